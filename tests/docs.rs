//! The user manual's examples are real: every TOML block of `docs/INPUTS.md` parses, and the
//! project file, survey manifest and indicator set shown there validate together as a project.

use crate::util::Workdir;

/// The ```toml blocks of a Markdown file, in order.
fn toml_blocks(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in md.lines() {
        match (&mut cur, line.trim_start()) {
            (None, l) if l.starts_with("```toml") => cur = Some(String::new()),
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
        6,
        "cohesion.toml, survey.toml, an SPSS wave's survey.toml, a wave with replicate weights, an indicator set and a project bank"
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
    // The margins of its `calibrate` key, as the manual's margins.csv example writes them.
    std::fs::write(
        w.join("margins.csv"),
        "dimension,value,population\ngender,man,70500\ngender,woman,73500\ngender,other,1500\n",
    )
    .expect("write");
    std::fs::write(p.join("indicators/core.toml"), &blocks[4]).expect("write");
    std::fs::write(p.join("bank.toml"), &blocks[5]).expect("write");
    // The wave with its own replicate weights: 80 JK1 columns rw1 … rw80, as its comment says
    // (each replicate drops one of 80 respondents and scales the others by 80/79).
    let w2 = p.join("data/surveys/stavanger-2024");
    std::fs::create_dir_all(&w2).expect("mkdir");
    std::fs::write(w2.join("survey.toml"), &blocks[3]).expect("write");
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
