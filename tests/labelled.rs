//! SPSS and Stata wave files: the GSS 2012 example project (examples/gss2012, files written
//! by pyreadstat) end to end against R survey, the same data as CSV, SPSS and Stata giving
//! identical estimates, and (when ../shared/realdata is present) the ESS extract written as
//! SPSS and Stata with value labels and user-missing values by polars-readstat-rs.

use crate::util::{Workdir, copy_dir, read_table};
use polars::prelude::*;
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/gss2012")
}

/// (indicator, group_dim, group_value) → (estimate, se, n), sorted.
fn estimates(out: &Path) -> Vec<(String, String, String, f64, f64, u64)> {
    let est = read_table(out, "estimates")
        .lazy()
        .sort(["indicator_id", "group_dim", "group_value"], Default::default())
        .collect()
        .expect("sort");
    let s = |c: &str| est.column(c).expect(c).str().expect("str").clone();
    let f = |c: &str| est.column(c).expect(c).f64().expect("f64").clone();
    let n = est.column("n").expect("n").cast(&DataType::UInt64).expect("n");
    let n = n.u64().expect("u64");
    let (ind, gd, gv, e, se) = (
        s("indicator_id"),
        s("group_dim"),
        s("group_value"),
        f("estimate"),
        f("se"),
    );
    (0..est.height())
        .map(|i| {
            (
                ind.get(i).unwrap_or("").to_string(),
                gd.get(i).unwrap_or("").to_string(),
                gv.get(i).unwrap_or("").to_string(),
                e.get(i).unwrap_or(f64::NAN),
                se.get(i).unwrap_or(f64::NAN),
                n.get(i).unwrap_or(0),
            )
        })
        .collect()
}

/// The project's own bank item (examples/gss2012/bank.toml) is listed by `cohesion bank`,
/// its wording shown by `explain --project` and saved in the store for the reports.
#[test]
fn gss_example_project_bank_item_is_listed_explained_and_reported() {
    let wd = Workdir::new("gss-bank");
    let stdout = |args: &[&str]| {
        let o = wd.run(args);
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stdout).to_string()
    };
    copy_dir(&example(), &wd.path("gss"));
    let wording =
        "Differences in jobs, income and housing between Black and white people are mainly due to discrimination.";
    let listing = stdout(&["bank", "gss"]);
    assert!(
        listing.contains(&format!(
            "gaps_due_to_discrimination  (diversity attitude; binary [0, 1]; higher_is_better; project)\n    en: {wording}\n"
        )),
        "{listing}"
    );
    assert!(listing.contains("trust_people  (trust; scale set per wave (survey.toml); higher_is_better; shipped)"));
    let shipped = stdout(&["bank"]);
    assert!(!shipped.contains("gaps_due_to_discrimination"));
    assert_eq!(shipped.lines().filter(|l| !l.starts_with(' ')).count(), 10, "{shipped}");
    let explained = stdout(&["explain", "discrimination_explains_gaps", "--project", "gss"]);
    assert!(
        explained.contains(&format!("item = gaps_due_to_discrimination (\"{wording}\")")),
        "{explained}"
    );
    wd.ok(&["--quiet", "run", "gss", "--out", "out"]);
    let snapshot = std::fs::read_to_string(wd.path("out/store/project/project.json")).expect("snapshot");
    assert!(
        snapshot.contains("gaps_due_to_discrimination"),
        "the project's bank is saved in the store"
    );
    let page = std::fs::read_to_string(wd.path("out/reports/sets/en/report.md")).expect("report");
    assert!(page.contains(wording), "the report shows the project's wording");
}

/// The example as shipped (SPSS, codes named by label), and the same project reading the
/// Stata file (labels) and the CSV twin (codes): identical estimates, equal to R.
#[test]
fn gss_example_sav_dta_and_csv_give_identical_estimates_equal_to_r() {
    let wd = Workdir::new("gss-example");
    let mut runs = Vec::new();
    for (name, file, codes) in [
        ("sav", "responses.sav", false),
        ("dta", "responses.dta", false),
        ("csv", "responses.csv", true),
    ] {
        let proj = wd.path(name);
        copy_dir(&example(), &proj);
        let manifest = proj.join("data/surveys/gss-2012/survey.toml");
        let mut text = std::fs::read_to_string(&manifest).expect("manifest");
        text = text.replace("file = \"responses.sav\"", &format!("file = \"{file}\""));
        if codes {
            text = text
                .replace(
                    "\"Male\" = \"man\", \"Female\" = \"woman\"",
                    "\"1\" = \"man\", \"2\" = \"woman\"",
                )
                .replace("\"YES\" = \"no\", \"NO\" = \"yes\"", "\"1\" = \"no\", \"2\" = \"yes\"")
                .replace("\"YES\" = 1, \"NO\" = 0", "\"1\" = 1, \"2\" = 0");
        }
        std::fs::write(&manifest, text).expect("write");
        wd.ok(&["--quiet", "run", name, "--out", &format!("out-{name}")]);
        let run: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(wd.path(&format!("out-{name}/run.json"))).expect("run"))
                .expect("json");
        // 1,974 respondents + 1 city row; nothing rejected (SPSS user-missing 99 is missing).
        assert_eq!(run["totals"]["rows_in"].as_u64(), Some(1975), "{name}");
        assert_eq!(run["totals"]["rejected"].as_u64(), Some(0), "{name}");
        runs.push((name, estimates(&wd.path(&format!("out-{name}")))));
    }
    let (_, first) = &runs[0];
    assert_eq!(
        first.len(),
        27,
        "3 indicators × (all + 2 genders + 2 birthplaces + 4 age bands)"
    );
    for (name, est) in &runs[1..] {
        assert_eq!(est, first, "{name} differs from sav");
    }
    // Expected (R 4.2.2, survey 4.1.1) on examples/gss2012/.../responses.csv:
    //   d$trusting <- as.numeric(d$social_trust >= 2)
    //   des <- svydesign(ids = ~1, weights = ~wtss, data = d)
    //   svymean(~trusting, subset(des, !is.na(social_trust)))   # ×100
    //   svymean(~social_trust, des, na.rm = TRUE)
    //   svyby(~trusting, ~gender, subset(des, !is.na(social_trust)), svymean)  # gender from sex 1/2
    //   d$disc <- as.numeric(d$racdif1 == 1); svymean(~disc, subset(des, !is.na(racdif1)))  # ×100
    let expected = [
        (
            "discrimination_explains_gaps",
            "all",
            "all",
            34.937854366373,
            1.620699891179,
        ),
        ("trust_share", "all", "all", 41.039936327125, 1.574747245537),
        ("trust_mean", "all", "all", 1.284408259431, 0.035637043693),
        ("trust_share", "gender", "man", 42.2729692196, 2.39148249400),
        ("trust_share", "gender", "woman", 39.9926778412, 2.08579570472),
    ];
    for (ind, gd, gv, e, se) in expected {
        let r = first
            .iter()
            .find(|r| r.0 == ind && r.1 == gd && r.2 == gv)
            .unwrap_or_else(|| panic!("{ind} {gd}={gv} missing"));
        assert!((r.3 - e).abs() < 1e-9 * e, "{ind} {gd}={gv}: {} vs R {e}", r.3);
        assert!((r.4 - se).abs() < 1e-8 * se, "{ind} {gd}={gv}: se {} vs R {se}", r.4);
    }
}

fn ess_file() -> Option<PathBuf> {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/realdata/ess/ESS_r8r9_NO_GB_RU_cohesion_extract.csv");
    p.is_file().then_some(p)
}

const ESS_HEAD: &str = "id = \"ess-gb\"\nkind = \"survey\"\ncity = \"GB\"\nwave = \"ESS9\"\n\
fieldwork_start = 2018-08-31\nfieldwork_end = 2019-02-22\nfile = \"FILE\"\nrespondent_id = \"idno\"\n\
weight = \"pspwght\"\nstrata = \"stratum\"\npsu = \"psu\"\nmode = \"face_to_face\"\n";

/// The manifest of the CSV extract: codes as the ESS writes them (dscrgrp 1 = yes, 2 = no).
const ESS_CODES: &str = r#"
[groups]
migrant_background = { column = "brncntr", map = { "1" = "no", "2" = "yes" } }
gender = { column = "gndr", map = { "1" = "man", "2" = "woman" } }
age_band = { column = "agea", bands = [15, 30, 45, 65] }

[items]
trust_people = { column = "ppltrst", scale = [0, 10] }
safety_night = { column = "aesfdrk", scale = [1, 4], reverse = true, agree = [1, 2] }
discrimination_experienced = { column = "dscrgrp", scale = [0, 1], map = { "1" = 1, "2" = 0 } }
"#;

/// The manifest of the labelled files: codes named by their value labels, no missing codes.
const ESS_LABELS: &str = r#"
[groups]
migrant_background = { column = "brncntr", map = { "Yes" = "no", "No" = "yes" } }
gender = { column = "gndr", map = { "Male" = "man", "Female" = "woman" } }
age_band = { column = "agea", bands = [15, 30, 45, 65] }

[items]
trust_people = { column = "ppltrst", scale = [0, 10] }
safety_night = { column = "aesfdrk", scale = [1, 4], reverse = true, agree = ["Very safe", "Safe"] }
discrimination_experienced = { column = "dscrgrp", scale = [0, 1], map = { "Yes" = 1, "No" = 0 } }
"#;

const ESS_SET: &str = r#"id = "ess"
title = { en = "ESS" }

[[indicator]]
id = "trust_mean"
title = { en = "Trust (mean 0-10)" }
source = "survey"
items = ["trust_people"]
statistic = "mean"

[[indicator]]
id = "safe_share"
title = { en = "Safe after dark" }
source = "survey"
items = ["safety_night"]
statistic = "share_agree"

[[indicator]]
id = "discriminated"
title = { en = "Member of a group discriminated against" }
source = "survey"
items = ["discrimination_experienced"]
statistic = "share_agree"
"#;

/// The ESS United Kingdom wave as CSV, as SPSS (value labels; an empty trust answer written
/// as 88 "Don't know", an SPSS user-missing value) and as Stata (value labels; system
/// missing), both written by polars-readstat-rs: one project per format, no preprocessing
/// outside cohesion, identical estimates; the CSV one equal to R (tests/realdata.rs).
#[test]
fn ess_csv_sav_and_dta_give_identical_estimates() {
    use polars_readstat_rs::{SpssMissingValue, SpssValueLabelKey, SpssWriter, StataWriter};
    use std::collections::{BTreeMap, HashMap};
    let Some(src) = ess_file() else {
        eprintln!("skipped: ../shared/realdata is absent");
        return;
    };
    let wd = Workdir::new("ess-formats");
    let keep = [
        "idno", "pspwght", "stratum", "psu", "ppltrst", "aesfdrk", "dscrgrp", "gndr", "brncntr", "agea",
    ];
    let all = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(None)
        .try_into_reader_with_file_path(Some(src))
        .expect("csv")
        .finish()
        .expect("read");
    let gb = all
        .lazy()
        .filter(col("cntry").eq(lit("GB")))
        .select(keep.iter().map(|c| col(*c)).collect::<Vec<_>>())
        .collect()
        .expect("GB");
    assert_eq!(gb.height(), 2204);
    let labels: [(&str, &[(i32, &str)]); 5] = [
        (
            "aesfdrk",
            &[(1, "Very safe"), (2, "Safe"), (3, "Unsafe"), (4, "Very unsafe")],
        ),
        ("dscrgrp", &[(1, "Yes"), (2, "No")]),
        ("gndr", &[(1, "Male"), (2, "Female")]),
        ("brncntr", &[(1, "Yes"), (2, "No")]),
        (
            "ppltrst",
            &[
                (0, "You can't be too careful"),
                (10, "Most people can be trusted"),
                (88, "Don't know"),
            ],
        ),
    ];
    let mut files = Vec::new();
    for fmt in ["csv", "sav", "dta"] {
        let proj = wd.path(fmt);
        let dir = proj.join("data/surveys/ess-gb");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::create_dir_all(proj.join("sets")).expect("mkdir");
        let file = dir.join(format!("responses.{fmt}"));
        match fmt {
            "csv" => {
                let mut df = gb.clone();
                CsvWriter::new(std::fs::File::create(&file).expect("create"))
                    .finish(&mut df)
                    .expect("csv");
            }
            "sav" => {
                // Empty trust answers become 88 "Don't know", declared user-missing.
                let trust = gb.column("ppltrst").expect("ppltrst").f64().expect("f64").clone();
                let filled: Float64Chunked = trust.iter().map(|v| Some(v.unwrap_or(88.0))).collect();
                let mut df = gb.clone();
                df.with_column(filled.into_series().with_name("ppltrst".into()).into_column())
                    .expect("column");
                let value_labels = labels
                    .iter()
                    .map(|(c, l)| {
                        let m: HashMap<SpssValueLabelKey, String> = l
                            .iter()
                            .map(|(k, v)| (SpssValueLabelKey::from_f64(*k as f64), v.to_string()))
                            .collect();
                        (c.to_string(), m)
                    })
                    .collect();
                // ESS round 9 variable labels, for `init --from` below.
                let variable_labels = HashMap::from([
                    (
                        "ppltrst".to_string(),
                        "Most people can be trusted or you can't be too careful".to_string(),
                    ),
                    (
                        "aesfdrk".to_string(),
                        "Feeling of safety of walking alone in local area after dark".to_string(),
                    ),
                    ("gndr".to_string(), "Gender".to_string()),
                ]);
                SpssWriter::new(&file)
                    .with_value_labels(value_labels)
                    .with_variable_labels(variable_labels)
                    .with_missing_values(HashMap::from([(
                        "ppltrst".to_string(),
                        vec![SpssMissingValue::Num(88.0)],
                    )]))
                    .write_df(&df)
                    .expect("sav");
            }
            _ => {
                let mut df = gb.clone();
                for (c, _) in &labels {
                    let s = df.column(c).expect(c).cast(&DataType::Int32).expect("int");
                    df.with_column(s).expect("column");
                }
                let value_labels = labels
                    .iter()
                    .map(|(c, l)| {
                        let m: BTreeMap<i32, String> = l.iter().map(|(k, v)| (*k, v.to_string())).collect();
                        (c.to_string(), m)
                    })
                    .collect();
                StataWriter::new(&file)
                    .with_value_labels(value_labels)
                    .write_df(&df)
                    .expect("dta");
            }
        }
        let body = if fmt == "csv" { ESS_CODES } else { ESS_LABELS };
        std::fs::write(
            dir.join("survey.toml"),
            format!("{}{body}", ESS_HEAD.replace("FILE", &format!("responses.{fmt}"))),
        )
        .expect("manifest");
        std::fs::write(
            proj.join("data/cities.csv"),
            "city,country,population,foreign_born_share\nGB,GB,67000000,0.14\n",
        )
        .expect("cities");
        std::fs::write(proj.join("sets/ess.toml"), ESS_SET).expect("set");
        std::fs::write(
            proj.join("cohesion.toml"),
            "[project]\nname = \"ESS GB\"\n[inputs]\nsurveys = \"data/surveys\"\ncities = \"data/cities.csv\"\n[indicators]\nsets = [\"sets/ess.toml\"]\n",
        )
        .expect("toml");
        wd.ok(&["--quiet", "run", fmt, "--out", &format!("out-{fmt}")]);
        let run: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(wd.path(&format!("out-{fmt}/run.json"))).expect("run"))
                .expect("json");
        assert_eq!(run["totals"]["rejected"].as_u64(), Some(0), "{fmt}");
        files.push((fmt, estimates(&wd.path(&format!("out-{fmt}")))));
    }
    // `init --from` on the SPSS file guesses the bank items from the variable labels, with
    // the user-missing value as the item's missing code, `reverse = true` where the labels
    // put the positive pole at the low end (1 = "Very safe" … 4 = "Very unsafe"), the gender
    // map from the labels, and the design columns from their names.
    let draft_dir = wd.path("draft");
    wd.ok(&[
        "--quiet",
        "init",
        "--from",
        "sav/data/surveys/ess-gb/responses.sav",
        "draft",
    ]);
    let draft = std::fs::read_to_string(draft_dir.join("survey.toml")).expect("draft");
    for want in [
        "trust_people = { column = \"ppltrst\", scale = [0, 10], missing_codes = [88] }",
        "safety_night = { column = \"aesfdrk\", scale = [1, 4], reverse = true }",
        "reverse because the labels say 1 = \"Very safe\" … 4 = \"Very unsafe\"",
        "strata = \"stratum\"",
        "psu = \"psu\"",
        "gender = { column = \"gndr\", map = { \"Male\" = \"man\", \"Female\" = \"woman\" } }",
        "age_band = { column = \"agea\", bands = [15, 30, 45, 65] }",
        "migrant_background = { column = \"brncntr\", map = { \"Yes\" = \"TODO\", \"No\" = \"TODO\" } }",
        "respondent_id = \"idno\"",
        "weight = \"pspwght\"",
        "#       labels: 0 = \"You can't be too careful\", 10 = \"Most people can be trusted\", 88 = \"Don't know\"",
    ] {
        assert!(draft.contains(want), "the draft lacks {want:?}:\n{draft}");
    }
    let (_, csv) = &files[0];
    assert!(csv.len() >= 3 * 9, "{} estimates", csv.len());
    for (fmt, est) in &files[1..] {
        assert_eq!(est, csv, "{fmt} differs from csv");
    }
    // Anchor: the same as tests/realdata.rs (R 4.2.2, survey 4.1-1, svydesign(ids=~psu,
    // strata=~stratum, weights=~pspwght, nest=TRUE), lonely PSU "adjust"; svymean(~ppltrst)).
    let t = csv
        .iter()
        .find(|r| r.0 == "trust_mean" && r.1 == "all")
        .expect("trust_mean");
    assert!((t.3 - 5.186599173204).abs() < 1e-9 * 5.2, "{}", t.3);
    assert!((t.4 - 0.060710502033).abs() < 1e-8 * 0.06, "{}", t.4);
}

/// `init --from` drafts a survey.toml from the example's SPSS file: labels, guessed groups,
/// user-missing values and TODOs; with its TODOs filled in, the draft validates.
#[test]
fn init_from_an_spss_file_drafts_a_manifest_that_validates_once_its_todos_are_filled() {
    let wd = Workdir::new("init-from");
    copy_dir(&example(), &wd.path("gss"));
    let wave = wd.path("gss/data/surveys/gss-2012");
    std::fs::remove_file(wave.join("survey.toml")).expect("rm");
    wd.ok(&["--quiet", "init", "--from", "gss/data/surveys/gss-2012/responses.sav"]);
    let draft = std::fs::read_to_string(wave.join("survey.toml")).expect("draft");
    for want in [
        "file = \"responses.sav\"",
        "respondent_id = \"id\"",
        "weight = \"wtss\"",
        "gender = { column = \"sex\", map = { \"Male\" = \"man\", \"Female\" = \"woman\" } }",
        "age_band = { column = \"age\", bands = [15, 30, 45, 65] }",
        "migrant_background = { column = \"born\", map = { \"YES\" = \"TODO\", \"NO\" = \"TODO\" } }",
        "#   racdif1 — Differences due to discrimination [1 to 2]; 1248 of 1974 filled",
        "#       labels: 1 = \"YES\", 2 = \"NO\", 99 = \"No answer\"",
        "#       user-missing (read as missing): 99",
        "#   social_trust — Social trust index (can trust, fair, helpful), 0-3 [0 to 3]; 1314 of 1974 filled",
    ] {
        assert!(draft.contains(want), "the draft lacks {want:?}:\n{draft}");
    }
    // As drafted, it does not validate, and says which placeholders are left.
    let o = wd.run(&["--quiet", "validate", "gss"]);
    assert_eq!(o.status.code(), Some(1));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    for key in [
        "id",
        "city",
        "wave",
        "fieldwork_start",
        "fieldwork_end",
        "migrant_background.YES",
    ] {
        assert!(
            said.contains(&format!("`{key}` is still the draft's placeholder \"TODO\"")),
            "{key}: {said}"
        );
    }
    // A person fills in the TODOs.
    let filled: String = draft
        .lines()
        .map(|l| {
            let key = l.split('=').next().unwrap_or("").trim();
            match key {
                "id" => "id = \"gss-2012\"".to_string(),
                "city" => "city = \"United States\"".to_string(),
                "wave" => "wave = \"2012\"".to_string(),
                "fieldwork_start" => "fieldwork_start = 2012-03-01".to_string(),
                "fieldwork_end" => "fieldwork_end = 2012-09-30".to_string(),
                "migrant_background" => {
                    "migrant_background = { column = \"born\", map = { \"NO\" = \"yes\", \"YES\" = \"no\" } }"
                        .to_string()
                }
                "TODO" => "trust_people = { column = \"social_trust\", scale = [0, 3], agree = [2, 3] }".to_string(),
                _ => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !filled.lines().any(|l| !l.starts_with('#') && l.contains("\"TODO\"")),
        "{filled}"
    );
    std::fs::write(wave.join("survey.toml"), filled).expect("write");
    let o = wd.run(&["--quiet", "validate", "gss"]);
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    // A second draft never overwrites a manifest.
    assert_eq!(
        wd.run(&["--quiet", "init", "--from", "gss/data/surveys/gss-2012/responses.sav"])
            .status
            .code(),
        Some(2)
    );
}

/// Raking wired to the manifest: the GSS example raked to margins by gender and Census
/// division (`calibrate`), estimates and SEs as R `rake()` + `svymean`; the golden errors
/// for a margin without respondents and for respondents with an unknown raking value.
#[test]
fn gss_example_raked_to_margins_matches_r_rake() {
    let wd = Workdir::new("gss-rake");
    let proj = wd.path("gss");
    copy_dir(&example(), &proj);
    let wave = proj.join("data/surveys/gss-2012");
    let manifest = std::fs::read_to_string(wave.join("survey.toml")).expect("manifest");
    // Illustrative margins (thousands of adults, total 240,000): NOT official figures —
    // men 116,000 / women 124,000; the nine Census divisions in the GSS region codes 1-9
    // (New England … Pacific) at 4.7, 13.2, 15.0, 6.6, 19.4, 5.9, 11.9, 7.2, 16.1 per cent.
    let margins = "dimension,value,population\ngender,man,116000\ngender,woman,124000\n\
                   neighbourhood,1,11280\nneighbourhood,2,31680\nneighbourhood,3,36000\nneighbourhood,4,15840\n\
                   neighbourhood,5,46560\nneighbourhood,6,14160\nneighbourhood,7,28560\nneighbourhood,8,17280\n\
                   neighbourhood,9,38640\n";
    std::fs::write(wave.join("margins.csv"), margins).expect("margins");
    let raked = manifest
        .replace(
            "mode = \"face_to_face\"\n",
            "mode = \"face_to_face\"\ncalibrate = { margins = \"margins.csv\", by = [\"gender\", \"neighbourhood\"], method = \"rake\" }\n",
        )
        .replace("[groups]\n", "[groups]\nneighbourhood = { column = \"region\" }\n");
    std::fs::write(wave.join("survey.toml"), &raked).expect("write");
    wd.ok(&["--quiet", "run", "gss", "--out", "out"]);
    let est = estimates(&wd.path("out"));
    // Expected (R 4.2.2, survey 4.1.1) on examples/gss2012/.../responses.csv:
    //   d$trusting <- as.numeric(d$social_trust >= 2); d$gender <- ifelse(d$sex == 1, "man", "woman")
    //   des <- svydesign(ids = ~1, weights = ~wtss, data = d)
    //   rk <- rake(des, list(~gender, ~region), list(pop_gender, pop_region),
    //              control = list(maxit = 100, epsilon = 1e-9))      # region as a factor
    //   svymean(~trusting, rk, na.rm = TRUE) ×100; svymean(~social_trust, rk, na.rm = TRUE)
    //   svyby(~trusting, ~gender, rk, svymean, na.rm = TRUE) ×100
    // The SE uses the raked weights for R's per-margin weights of the last sweep (equal
    // within the 1e-9 convergence), hence the 1e-7 tolerance on SEs.
    for (ind, gd, gv, e, se) in [
        ("trust_share", "all", "all", 40.837076413501, 1.578114343758),
        ("trust_mean", "all", "all", 1.279492183948, 0.035697123017),
        ("trust_share", "gender", "man", 41.973885485825, 2.403115868114),
        ("trust_share", "gender", "woman", 39.781584397551, 2.085126147977),
    ] {
        let r = est
            .iter()
            .find(|r| r.0 == ind && r.1 == gd && r.2 == gv)
            .unwrap_or_else(|| panic!("{ind} {gd}={gv} missing"));
        assert!((r.3 - e).abs() < 1e-8 * e, "{ind} {gd}={gv}: {} vs R {e}", r.3);
        assert!((r.4 - se).abs() < 1e-7 * se, "{ind} {gd}={gv}: se {} vs R {se}", r.4);
    }
    let waves = read_table(&wd.path("out"), "waves");
    let by = waves
        .column("calibrated_by")
        .expect("calibrated_by")
        .str()
        .expect("str")
        .get(0)
        .map(str::to_string);
    assert_eq!(by.as_deref(), Some("gender,neighbourhood"));

    // A margin value nobody in the wave has: an error naming the dimension at its line.
    std::fs::write(wave.join("margins.csv"), format!("{margins}neighbourhood,10,5000\n")).expect("margins");
    let o = wd.run(&["--quiet", "validate", "gss"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).lines().next().unwrap_or(""),
        "gss/data/surveys/gss-2012/margins.csv:13:1: neighbourhood = 10 has a population count but no respondents in \
         responses.sav: raking cannot reach it (merge it with a neighbouring value, or rake on other dimensions)"
    );
    assert!(!wd.path("out2").exists());
    // Respondents with an unknown raking value (age: 5 empty cells): an error, as in R.
    std::fs::write(
        wave.join("margins.csv"),
        "dimension,value,population\nage_band,18–29,50000\nage_band,30–44,60000\nage_band,45-64,85000\nage_band,65+,45000\n",
    )
    .expect("margins");
    std::fs::write(
        wave.join("survey.toml"),
        raked.replace("by = [\"gender\", \"neighbourhood\"]", "by = [\"age_band\"]"),
    )
    .expect("write");
    let o = wd.run(&["--quiet", "run", "gss", "--out", "out2"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(
            "gss/data/surveys/gss-2012/survey.toml:14:13: 5 respondent(s) of responses.sav have no age_band (an empty \
             cell or a missing code); raking needs everybody in a category of each margin"
        ),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!wd.path("out2/store").exists(), "nothing is written");
}
