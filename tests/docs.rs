//! The user manual's examples are real: every TOML block of `docs/INPUTS.md` parses, and the
//! project file, survey manifest and indicator set shown there validate together as a project.

use crate::util::Workdir;

/// The ```toml blocks of a Markdown file, in order.
fn toml_blocks(md: &str) -> Vec<String> {
    fenced_blocks(md, "toml")
}

/// The fenced blocks of language `lang` (```lang) of a Markdown file, in order.
fn fenced_blocks(md: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in md.lines() {
        match (&mut cur, line.trim_start()) {
            (None, l) if l.strip_prefix("```") == Some(lang) => cur = Some(String::new()),
            (Some(b), l) if l.starts_with("```") => {
                out.push(std::mem::take(b));
                cur = None;
            }
            (Some(b), _) => {
                b.push_str(line);
                b.push('\n');
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_toml_example_in_the_manual_parses_and_the_examples_validate_as_a_project() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(root.join("docs/INPUTS.md")).expect("docs/INPUTS.md");
    let blocks = toml_blocks(&md);
    assert_eq!(
        blocks.len(),
        8,
        "cohesion.toml, survey.toml, an SPSS wave's survey.toml, a long file, derived weights, a wave with replicate weights, an indicator set and a project bank"
    );
    for b in &blocks {
        if let Err(e) = b.parse::<toml::Table>() {
            panic!("a TOML example in docs/INPUTS.md does not parse: {e}\n{b}");
        }
    }
    // Build the project the manual describes, with small data files that have its columns.
    let wd = Workdir::new("docs-examples");
    let p = wd.path("p");
    let w = p.join("data/surveys/stavanger-2023");
    std::fs::create_dir_all(&w).expect("mkdir");
    std::fs::create_dir_all(p.join("indicators")).expect("mkdir");
    std::fs::write(p.join("cohesion.toml"), &blocks[0]).expect("write");
    std::fs::write(w.join("survey.toml"), &blocks[1]).expect("write");
    // The margins of its `calibrate` key: the manual's margins.csv example.
    let csv = fenced_blocks(&md, "csv");
    assert_eq!(csv.len(), 1, "the margins.csv example");
    std::fs::write(w.join("margins.csv"), &csv[0]).expect("write");
    std::fs::write(p.join("indicators/core.toml"), &blocks[6]).expect("write");
    std::fs::write(p.join("bank.toml"), &blocks[7]).expect("write");
    // The wave with its own replicate weights: 80 JK1 columns rw1 … rw80, as its comment says
    // (each replicate drops one of 80 respondents and scales the others by 80/79).
    let w2 = p.join("data/surveys/stavanger-2024");
    std::fs::create_dir_all(&w2).expect("mkdir");
    std::fs::write(w2.join("survey.toml"), &blocks[5]).expect("write");
    let mut csv = String::from("resp_id,wgt,Q12");
    for r in 1..=80 {
        csv.push_str(&format!(",rw{r}"));
    }
    csv.push('\n');
    for i in 0..80 {
        csv.push_str(&format!("{i},1,{}", i % 11));
        for r in 0..80 {
            csv.push_str(if r == i { ",0" } else { ",1.0126582278481013" });
        }
        csv.push('\n');
    }
    std::fs::write(w2.join("responses.csv"), csv).expect("write");
    std::fs::write(
        p.join("data/cities.csv"),
        "city,country,population,foreign_born_share\nStavanger,NO,144000,0.22\n",
    )
    .expect("write");
    std::fs::write(
        p.join("data/index_scores.csv"),
        "city,year,index_version,area,score\nStavanger,2022,2019,commitment,70\n",
    )
    .expect("write");
    std::fs::write(
        p.join("data/activities.csv"),
        "activity_id,activity_type,city,date,participant_id,phase,item,value\na1,dialogue,Stavanger,2023-05-01,p1,pre,get_along,2\na1,dialogue,Stavanger,2023-05-01,p1,post,get_along,4\n",
    )
    .expect("write");
    let mut csv = String::from("resp_id,wgt,stratum,psu,born_abroad,age,sex,ward,Q12,Q3,dscrgrp\n");
    for i in 0..40 {
        csv.push_str(&format!(
            "{i},1.{},{},{},{},{},{},W{},{},{},{}\n",
            i % 7,
            i % 2,
            i % 4,
            1 + i % 2,
            18 + i,
            1 + i % 3,
            i % 3,
            i % 11,
            1 + i % 4,
            if i % 5 == 0 {
                "Don't know".to_string()
            } else {
                (1 + i % 2).to_string()
            },
        ));
    }
    std::fs::write(w.join("responses.csv"), csv).expect("write");
    let out = wd.run(&["validate", "p"]);
    assert!(
        out.status.success(),
        "the manual's examples do not validate:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // The SPSS wave's manifest validates in the GSS example project it describes.
    let gss = wd.path("gss");
    crate::util::copy_dir(&root.join("examples/gss2012"), &gss);
    std::fs::write(gss.join("data/surveys/gss-2012/survey.toml"), &blocks[2]).expect("write");
    let out = wd.run(&["validate", "gss"]);
    assert!(
        out.status.success(),
        "the manual's SPSS example does not validate:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// --- every key the code accepts is documented, and every documented key is accepted ---

/// The first cell's code spans of each row of the first Markdown table after the first line
/// containing `marker` (`| `key` | …` gives "key"; "`a`, `b`" gives both).
fn table_keys(md: &str, marker: &str) -> Vec<String> {
    let mut lines = md.lines().skip_while(|l| !l.contains(marker));
    assert!(
        lines.next().is_some(),
        "docs/INPUTS.md has no line containing {marker:?}"
    );
    let rows: Vec<&str> = lines
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // header and separator
        .collect();
    assert!(!rows.is_empty(), "no key table after {marker:?} in docs/INPUTS.md");
    let mut keys = Vec::new();
    for row in rows {
        let first = row.trim_start_matches('|').split('|').next().unwrap_or("");
        keys.extend(first.split('`').skip(1).step_by(2).map(str::to_string));
    }
    keys
}

/// The keys a TOML table accepts, from the parser's answer to a key that does not exist
/// ("unknown key `zz_not_a_key`, expected one of `a`, `b`" or "expected `a`").
fn accepted_keys(problems: &[String]) -> std::collections::BTreeSet<String> {
    let msg = problems
        .iter()
        .find(|m| m.contains("unknown key `zz_not_a_key`"))
        .unwrap_or_else(|| panic!("no unknown-key problem in {problems:?}"));
    let expected = &msg[msg.find("expected").expect("expected …")..];
    expected.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

#[test]
fn every_key_the_code_accepts_is_in_the_manual_and_no_other() {
    use cohesion::config::bank::{IndexAreas, QuestionBank};
    use cohesion::config::indicators::IndicatorSet;
    use cohesion::config::manifest::Manifest;
    use cohesion::config::project::Project;
    use cohesion::diag::Problems;
    use std::collections::BTreeSet;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(root.join("docs/INPUTS.md")).expect("docs/INPUTS.md");
    let wd = Workdir::new("docs-keys");
    let bank = QuestionBank::shipped().expect("bank");
    let areas = IndexAreas::shipped().expect("areas");
    let messages = |p: Problems| p.0.into_iter().map(|p| p.message).collect::<Vec<_>>();
    let project = |toml: &str| {
        let dir = wd.path(&format!("p{}", toml.len()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("cohesion.toml"), toml).expect("write");
        let mut p = Problems::default();
        Project::load(&dir, &mut p);
        accepted_keys(&messages(p))
    };
    let manifest = |toml: &str| {
        let f = wd.path(&format!("survey{}.toml", toml.len()));
        std::fs::write(&f, toml).expect("write");
        let mut p = Problems::default();
        Manifest::load(&f, &bank, None, &mut p);
        accepted_keys(&messages(p))
    };
    let set = |toml: &str| {
        let mut p = Problems::default();
        IndicatorSet::parse(std::path::Path::new("set.toml"), toml, &bank, &areas, &mut p);
        accepted_keys(&messages(p))
    };
    let own_bank = |toml: &str| {
        let e = QuestionBank::shipped()
            .expect("bank")
            .with_project_items(std::path::Path::new("bank.toml"), toml)
            .expect_err("an unknown key is an error");
        accepted_keys(&e.into_iter().map(|p| p.message).collect::<Vec<_>>())
    };
    let set_of = |v: Vec<String>| v.into_iter().collect::<BTreeSet<String>>();
    let mut checked = 0;
    let mut compare = |what: &str, code: BTreeSet<String>, docs: BTreeSet<String>| {
        assert_eq!(
            code, docs,
            "{what}: the keys the code accepts (left) differ from the keys docs/INPUTS.md documents (right)"
        );
        checked += code.len();
    };

    // cohesion.toml: one table, rows "`[section] key`".
    let rows = table_keys(&md, "Unknown keys are errors");
    let in_section = |sec: &str| {
        rows.iter()
            .filter_map(|r| r.strip_prefix(&format!("[{sec}] ")).map(str::to_string))
            .collect::<BTreeSet<_>>()
    };
    let sections: BTreeSet<String> = rows
        .iter()
        .filter_map(|r| r.strip_prefix('[')?.split(']').next().map(str::to_string))
        .collect();
    compare("cohesion.toml", project("zz_not_a_key = 1\n"), sections.clone());
    for sec in &sections {
        compare(
            &format!("cohesion.toml [{sec}]"),
            project(&format!("[{sec}]\nzz_not_a_key = 1\n")),
            in_section(sec),
        );
    }
    // survey.toml and its inline tables.
    let top = |v: Vec<String>| set_of(v.into_iter().map(|k| k.trim_matches(['[', ']']).to_string()).collect());
    compare(
        "survey.toml",
        manifest("zz_not_a_key = 1\n"),
        top(table_keys(&md, "Every key of `survey.toml`")),
    );
    // (what, a manifest with an unknown key in that table, the heading of its docs table)
    for (what, toml, heading) in [
        (
            "survey.toml [groups]",
            "[groups]\ngender = { zz_not_a_key = 1 }\n",
            "A group, `[groups]",
        ),
        (
            "survey.toml [items]",
            "[items]\ntrust_people = { zz_not_a_key = 1 }\n",
            "An item, `[items]",
        ),
        (
            "survey.toml calibrate",
            "calibrate = { zz_not_a_key = 1 }\n",
            "`calibrate = { … }`",
        ),
        (
            "survey.toml replicate_weights",
            "replicate_weights = { zz_not_a_key = 1 }\n",
            "### The wave's own replicate weights",
        ),
    ] {
        compare(what, manifest(toml), set_of(table_keys(&md, heading)));
    }
    // Indicator sets.
    compare(
        "indicator set",
        set("zz_not_a_key = 1\n"),
        top(table_keys(&md, "Every key of an indicator set")),
    );
    for (what, heading) in [
        ("[[indicator]]", "An `[[indicator]]`:"),
        ("[composite]", "The `[composite]`:"),
    ] {
        compare(
            what,
            set(&format!("{what}\nzz_not_a_key = 1\n")),
            set_of(table_keys(&md, heading)),
        );
    }
    // A project's own question bank.
    compare(
        "question bank",
        own_bank("zz_not_a_key = 1\n"),
        BTreeSet::from(["item".to_string()]),
    );
    compare(
        "question bank [[item]]",
        own_bank("[[item]]\nzz_not_a_key = 1\n"),
        set_of(table_keys(&md, "Every key of an `[[item]]`")),
    );
    assert!(checked > 60, "only {checked} keys checked");

    // The [analysis] defaults the table states are the code's.
    let defaults = serde_json::to_value(cohesion::config::project::Analysis::default()).expect("json");
    for (key, value) in defaults.as_object().expect("object") {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| `[analysis] {key}` |")))
            .unwrap_or_else(|| panic!("no row for [analysis] {key}"));
        let default = row.trim_end_matches('|').rsplit('|').next().unwrap_or("");
        assert!(
            default.trim_start().starts_with(&format!("`{value}`")),
            "docs/INPUTS.md gives [analysis] {key} the default {default:?}; the code's is {value}"
        );
    }
}

// --- every command and option is in docs/CLI.md, and README names only real ones ---

#[test]
fn every_command_and_option_is_in_the_command_reference() {
    use clap::CommandFactory;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(root.join("docs/CLI.md")).expect("docs/CLI.md");
    let cli = cohesion::cli::Cli::command();
    // The section of docs/CLI.md under "## `cohesion NAME…`", up to the next "## ".
    let section = |name: &str| -> String {
        let head = format!("## `cohesion {name}");
        let start = md
            .find(&format!("{head} "))
            .or_else(|| md.find(&format!("{head}`")))
            .unwrap_or_else(|| panic!("docs/CLI.md has no section {head}…`"));
        let rest = &md[start + 3..];
        rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
    };
    let longs = |c: &clap::Command| -> Vec<String> {
        c.get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set())
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .filter(|l| l != "--help" && l != "--version")
            .collect()
    };
    // The options a text names: `--word` inside code spans.
    let named = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .flat_map(|span| span.split_whitespace())
            .filter(|w| w.starts_with("--") && w.len() > 2)
            .map(|w| w.trim_end_matches([',', ')']).to_string())
            .collect()
    };
    let globals: Vec<String> = cli
        .get_arguments()
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect();
    let global_section = &md[md.find("## Global options").expect("a Global options section")..];
    for g in &globals {
        assert!(
            global_section.contains(&format!("`{g}")),
            "docs/CLI.md: global option {g} is not documented"
        );
    }
    let mut n = 0;
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = sub.get_name();
        let text = section(name);
        let opts = longs(sub);
        for o in &opts {
            assert!(
                text.contains(&format!("`{o}")),
                "docs/CLI.md: `cohesion {name} {o}` is not documented in its section"
            );
            n += 1;
        }
        for w in named(&text) {
            assert!(
                opts.contains(&w) || globals.contains(&w),
                "docs/CLI.md names `{w}` under `cohesion {name}`, which has no such option"
            );
        }
    }
    assert!(n >= 25, "only {n} options checked");
    // Every command line in README and docs/ (code spans and ```sh blocks, `cohesion NAME …`
    // or `…/cohesion NAME …`, continued over `\` line ends, up to a `#` comment) names a
    // command, and its options exist.
    let mut files = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).expect("docs/") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "md") {
            files.push(p);
        }
    }
    let mut lines_checked = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        let file = f.file_name().unwrap_or_default().to_string_lossy().to_string();
        for code in text.split('`').skip(1).step_by(2) {
            for line in code.replace("\\\n", " ").lines() {
                let line = line.split(" #").next().unwrap_or("").trim();
                let Some(at) = line.find("cohesion ").filter(|&i| i == 0 || line[..i].ends_with('/')) else {
                    continue;
                };
                let rest = &line[at + "cohesion ".len()..];
                let name = rest.split_whitespace().next().unwrap_or("");
                // `cohesion --version`, or a placeholder such as `cohesion COMMAND --help`.
                if name.is_empty() || name.starts_with('-') || name.chars().any(|c| c.is_ascii_uppercase()) {
                    continue;
                }
                let sub = cli
                    .find_subcommand(name)
                    .unwrap_or_else(|| panic!("{file} names `cohesion {name}`, which is not a command"));
                let opts = longs(sub);
                for w in rest
                    .split_whitespace()
                    .filter(|w| w.trim_start_matches('[').starts_with("--"))
                {
                    let w = w.trim_matches(['[', ']', ',']);
                    let w = w.split('=').next().unwrap_or(w);
                    assert!(
                        opts.iter().any(|o| o == w) || globals.iter().any(|g| g == w),
                        "{file}: `cohesion {name}` has no option {w} (in `{line}`)"
                    );
                }
                lines_checked += 1;
            }
        }
    }
    assert!(lines_checked >= 20, "only {lines_checked} command lines checked");
}

#[test]
fn every_toml_example_in_the_docs_parses() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).expect("docs/") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "md") {
            files.push(p);
        }
    }
    let mut n = 0;
    for f in files {
        let md = std::fs::read_to_string(&f).expect("read");
        for b in toml_blocks(&md) {
            if let Err(e) = b.parse::<toml::Table>() {
                panic!("a TOML example in {} does not parse: {e}\n{b}", f.display());
            }
            n += 1;
        }
    }
    assert!(n >= 7, "only {n} TOML examples found");
}

#[test]
fn every_repository_path_the_docs_name_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for e in std::fs::read_dir(root.join("docs")).expect("docs/") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "md") {
            files.push(p);
        }
    }
    let tops = [
        "pipeline/",
        "tests/",
        "datasets/",
        "indicators/",
        "bench/",
        "reports/",
        "notebooks/",
        "examples/",
        "docs/",
    ];
    let mut n = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        // Code spans and link targets: `pipeline/stats/survey.rs`, (docs/STORE.md).
        let spans = text.split('`').skip(1).step_by(2);
        let links = text.split("](").skip(1).filter_map(|s| s.split(')').next());
        for cand in spans.chain(links) {
            let cand = cand.trim().trim_end_matches(['.', ',', ':']);
            if cand.contains(char::is_whitespace) || !tops.iter().any(|t| cand.starts_with(t)) {
                continue;
            }
            // `tests/bad/` is a folder; `reports/i18n/<lang>.ftl` a pattern: check its folder.
            let path = cand.split(['<', '*']).next().unwrap_or(cand);
            let path = if path.len() < cand.len() {
                path.rsplit_once('/').map_or(path, |p| p.0)
            } else {
                path
            };
            assert!(
                root.join(path).exists(),
                "{} names `{cand}`, which is not in the repository",
                f.display()
            );
            n += 1;
        }
    }
    assert!(n >= 30, "only {n} paths checked");
}

#[test]
fn readme_names_every_store_table() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let store = &readme[readme.find("### The store").expect("a store section")..];
    let store = &store[..store[4..].find("\n### ").map_or(store.len(), |i| i + 4)];
    for t in cohesion::store::TABLES {
        assert!(
            store.contains(&format!("`{}`", t.name)),
            "README's store section does not name the table `{}` ({})",
            t.name,
            t.about
        );
    }
}
