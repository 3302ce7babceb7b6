//! Ingest and compute on the clean base fixture (tests/fixtures/base): row accounting,
//! harmonisation (reverse, agree in local codes, POMP, missing codes, `3.0`), store layout,
//! Parquet footers, pseudonymisation, and one design-based estimate checked against R.

use crate::util::{Workdir, one_wave_project, read_table};
use polars::prelude::*;
use std::path::Path;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

#[test]
fn base_fixture_ingests_without_loss_and_harmonises() {
    let wd = Workdir::new("ingest-base");
    wd.copy_fixture("base", "project");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(wd.path("out/run.json")).expect("run.json")).expect("json");
    // Every data file: rows in = accepted + rejected, and nothing rejected in the clean fixture.
    let mut data_files = 0;
    for i in run["inputs"].as_array().expect("inputs") {
        if let Some(n) = i["rows_in"].as_u64() {
            data_files += 1;
            assert_eq!(
                n,
                i["accepted"].as_u64().unwrap_or(0) + i["rejected"].as_u64().unwrap_or(0),
                "{i}"
            );
            assert_eq!(i["rejected"].as_u64(), Some(0), "{i}");
        }
        assert_eq!(i["sha256"].as_str().map(str::len), Some(64));
    }
    assert_eq!(data_files, 5, "2 waves + cities + index + activities");
    assert_eq!(run["totals"]["rows_in"].as_u64(), Some(8 + 8 + 2 + 6 + 6));

    // Hive layout and footer provenance.
    let file = wd.path("out/store/responses/city=Alphaville/kind=survey/alpha-2023.parquet");
    assert!(file.is_file());
    let meta = cohesion::store::footer_metadata(&file).expect("footer");
    let get = |k: &str| meta.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
    assert_eq!(get("cohesion.run_id").as_deref(), run["run_id"].as_str());
    assert_eq!(get("cohesion.version").as_deref(), Some(env!("CARGO_PKG_VERSION")));
    let data_sha = run["inputs"]
        .as_array()
        .and_then(|a| a.iter().find(|i| i["file"] == "data/surveys/alpha-2023/responses.csv"))
        .and_then(|i| i["sha256"].as_str())
        .map(str::to_string);
    assert_eq!(get("cohesion.inputs_sha256"), data_sha);

    // Harmonisation, checked by hand against the CSV and the manifest.
    let df = ParquetReader::new(std::fs::File::open(&file).expect("open"))
        .finish()
        .expect("read");
    assert_eq!(
        df.height(),
        8 * 3,
        "8 respondents x 3 items, missing answers kept as null"
    );
    let keys = df.column("respondent_key").expect("key").str().expect("str").clone();
    assert!(
        keys.iter()
            .flatten()
            .all(|k| k.len() == 16 && k.chars().all(|c| c.is_ascii_hexdigit()))
    );
    let find = |item: &str, row: usize| -> (Option<f64>, Option<f64>, Option<bool>, Option<String>) {
        // Rows are respondent by respondent, items in manifest (alphabetical) order:
        // belonging, contact_diverse, trust_people.
        let order = ["belonging", "contact_diverse", "trust_people"];
        let i = row * 3 + order.iter().position(|o| *o == item).expect("item");
        assert_eq!(df.column("item").expect("item").str().expect("s").get(i), Some(item));
        (
            df.column("value").expect("v").f64().expect("f").get(i),
            df.column("value_pomp").expect("p").f64().expect("f").get(i),
            df.column("agree").expect("a").bool().expect("b").get(i),
            df.column("migrant_background")
                .expect("m")
                .str()
                .expect("s")
                .get(i)
                .map(str::to_string),
        )
    };
    // Respondent 1: Q3 = 1 on [1,4] reversed -> 4, POMP 100, agree (1 in agree list [1, 2]).
    assert_eq!(
        find("belonging", 0),
        (Some(4.0), Some(100.0), Some(true), Some("yes".into()))
    );
    // Respondent 1: Q12 = 7 on [0,10]: POMP 70, agree by midpoint rule (7 > 5).
    assert_eq!(find("trust_people", 0).0, Some(7.0));
    assert_eq!(find("trust_people", 0).2, Some(true));
    // Respondent 2: Q12 written "3.0" -> 3, not agreeing.
    assert_eq!(find("trust_people", 1).0, Some(3.0));
    assert_eq!(find("trust_people", 1).2, Some(false));
    // Respondent 3: empty Q12 -> missing; respondent 4: 98 is a missing code; "1.0" maps to yes.
    assert_eq!(find("trust_people", 2).0, None);
    assert_eq!(find("trust_people", 3), (None, None, None, Some("yes".into())));
    // Respondent 6: empty born_abroad -> unknown group, not an error.
    assert_eq!(find("trust_people", 5).3, None);

    // Index: Alphaville 2019 gave lens sub-areas only -> derived lens = mean(60, 70) = 65.
    let idx = read_table(&wd.path("out"), "index_scores");
    let lens = idx
        .clone()
        .lazy()
        .filter(
            col("city")
                .eq(lit("Alphaville"))
                .and(col("area").eq(lit("intercultural_lens"))),
        )
        .collect()
        .expect("filter");
    assert_eq!(lens.column("score").expect("s").f64().expect("f").get(0), Some(65.0));
    assert_eq!(lens.column("derived").expect("d").bool().expect("b").get(0), Some(true));
}

#[test]
fn base_fixture_estimate_matches_r_survey() {
    // Expected numbers: Rscript tests/reference/base_fixture_reference.R
    // (R 4.2.2, survey 4.1-1; svydesign(ids=~psu, strata=~stratum, weights=~wgt, nest=TRUE),
    // svymean(~pomp, na.rm=TRUE)):
    //   survey_trust all 53.333333333333 se 4.192880503136
    //   survey_belonging all 51.219512195122 se 36.226921350875
    // Hand check of the mean: Σw·y = 1.5·70+0.5·30+1·100+1.2·0+0.8·50+1·60 = 320, Σw = 6 -> 53.33.
    let wd = Workdir::new("ingest-estimate");
    wd.copy_fixture("base", "project");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let est = read_table(&wd.path("out"), "estimates");
    //   survey_trust df 1 ci 0.057735226169 106.608931440498   (confint(m, df = degf(...)))
    //   survey_belonging df 2 n 7 n_eff_kg 0.615719316645      (svyciprop "beta" effective n)
    let pick = |ind: &str| {
        let r = est
            .clone()
            .lazy()
            .filter(
                col("indicator_id")
                    .eq(lit(ind))
                    .and(col("wave").eq(lit("2023")))
                    .and(col("group_dim").eq(lit("all"))),
            )
            .collect()
            .expect("filter");
        assert_eq!(r.height(), 1, "{ind}");
        r
    };
    let f = |r: &DataFrame, c: &str| r.column(c).expect(c).f64().expect("f64").get(0);
    let df_of = |r: &DataFrame| r.column("df").expect("df").u32().expect("u32").get(0);
    let flag = |r: &DataFrame| {
        r.column("flag")
            .expect("flag")
            .str()
            .expect("str")
            .get(0)
            .map(str::to_string)
    };
    let r = pick("survey_trust");
    let (e, se) = (f(&r, "estimate").expect("e"), f(&r, "se").expect("se"));
    assert!(
        close(e, 53.333333333333, 1e-10) && close(se, 4.192880503136, 1e-9),
        "{e} {se}"
    );
    // One stratum-PSU structure leaves df = 1: a t interval, not 1.96, and flagged low_df.
    assert_eq!(df_of(&r), Some(1));
    assert!(close(f(&r, "ci_low").expect("lo"), 0.057735226169, 1e-9));
    assert!(close(f(&r, "ci_high").expect("hi"), 106.608931440498, 1e-10));
    assert_eq!(flag(&r).as_deref(), Some("low_df"));
    // The share rests on n*ₐ = 0.62 effective respondents (< 30): suppressed (NCHS), the row
    // kept with n, df and n_eff_kg.
    let r = pick("survey_belonging");
    assert_eq!(df_of(&r), Some(2));
    assert!(close(f(&r, "n_eff_kg").expect("kg"), 0.615719316645, 1e-9));
    assert_eq!(f(&r, "estimate"), None);
    assert_eq!(r.column("suppressed").expect("s").bool().expect("b").get(0), Some(true));
    assert_eq!(flag(&r), None);
}

#[test]
fn missing_code_in_a_group_column_is_an_unknown_group_and_items_can_have_their_own_codes() {
    // docs/INPUTS.md: missing codes mean "don't know / refused -> missing"; in a group column that
    // is an unknown group (like an empty cell), not an invalid value.
    let wd = Workdir::new("ingest-group-missing");
    let proj = wd.copy_fixture("base", "project");
    let resp = proj.join("data/surveys/alpha-2023/responses.csv");
    let mut text = std::fs::read_to_string(&resp).expect("read");
    text.push_str("9,1.0,B,4,99,1,5,4,1\n");
    std::fs::write(&resp, text).expect("write");
    // trust_people gets its own list: 5 is no longer a missing code for it, 7 is.
    let man = proj.join("data/surveys/alpha-2023/survey.toml");
    let m = std::fs::read_to_string(&man).expect("read").replace(
        r#"trust_people = { column = "Q12", scale = [0, 10] }"#,
        r#"trust_people = { column = "Q12", scale = [0, 10], missing_codes = [-1] }"#,
    );
    std::fs::write(&man, m).expect("write");
    wd.ok(&["--quiet", "ingest", "project", "--out", "out"]);
    let df = ParquetReader::new(
        std::fs::File::open(wd.path("out/store/responses/city=Alphaville/kind=survey/alpha-2023.parquet"))
            .expect("open"),
    )
    .finish()
    .expect("read");
    // 9 rows: respondent 4 is now rejected (below), the new respondent 9 is accepted last.
    assert_eq!(df.height(), 8 * 3, "the row with born_abroad = 99 is accepted");
    let mb = df
        .column("migrant_background")
        .expect("mb")
        .str()
        .expect("s")
        .get(7 * 3);
    assert_eq!(mb, None, "99 is a missing code: unknown group");
    // Respondent 4 answered 98, a missing code of the manifest but not of trust_people's own
    // list [-1]; 98 is outside [0, 10], so now the row is rejected as out of scale.
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(wd.path("out/run.json")).expect("run")).expect("json");
    assert_eq!(run["totals"]["rejected"].as_u64(), Some(1));
}

/// `weight = ["pw", "k"]` multiplies columns and `weight = { inverse_of = "p" }` inverts an
/// inclusion probability, as R `svydesign(weights = ~I(pw * k))` / `~I(1 / p)`; a probability
/// outside (0, 1] rejects its row, naming the column.
#[test]
#[allow(clippy::excessive_precision)] // R's numbers as printed with sprintf("%.17g")
fn derived_weights_match_r() {
    // tests/reference/derived_weights_reference.R (R 4.2.2, survey 4.1-1): apiclus1 with
    // k = 1, 1.5, 2, … by row and p = 1 / (pw · k): svymean(~api00) = 642.56466302367937,
    // SE 23.654943575642015 both ways (pw alone: 644.16939890710387, SE 23.779010720886877).
    let src = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/api_clus1.csv"))
        .expect("api_clus1.csv");
    let mut csv = String::from("id,dnum,pw,api00,k,p\n");
    for (i, line) in src.lines().skip(1).enumerate() {
        let c: Vec<&str> = line.split(',').collect();
        let pw: f64 = c[1].parse().expect("pw");
        let k = 1.0 + (i % 3) as f64 / 2.0;
        csv.push_str(&format!(
            "{},{},{},{},{k},{}\n",
            i + 1,
            c[0],
            c[1],
            c[2],
            1.0 / (pw * k)
        ));
    }
    for (tag, keys) in [
        ("product", "weight = [\"pw\", \"k\"]\npsu = \"dnum\"\n"),
        ("inverse", "weight = { inverse_of = \"p\" }\npsu = \"dnum\"\n"),
    ] {
        let wd = Workdir::new(&format!("derived-weights-{tag}"));
        one_wave_project(&wd, "w", &csv, keys, ("api00", "[0, 1000]", "api_mean"));
        wd.ok(&["--quiet", "run", "project", "--out", "out"]);
        let est = read_table(&wd.path("out"), "estimates")
            .lazy()
            .filter(
                col("indicator_id")
                    .eq(lit("api_mean"))
                    .and(col("group_value").eq(lit("all"))),
            )
            .collect()
            .expect("estimates");
        let f = |c: &str| est.column(c).expect(c).f64().expect("f64").get(0).expect("value");
        assert!(
            close(f("estimate"), 642.56466302367937, 1e-9),
            "{tag}: {}",
            f("estimate")
        );
        assert!(close(f("se"), 23.654943575642015, 1e-9), "{tag}: {}", f("se"));
    }
    // A probability of 1.5 on line 4 and of 0 on line 6: rejected, the column named.
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    for (line, v) in [(4, "1.5"), (6, "0")] {
        let mut c: Vec<String> = lines[line - 1].split(',').map(str::to_string).collect();
        c[5] = v.to_string();
        lines[line - 1] = c.join(",");
    }
    let wd = Workdir::new("derived-weights-rejects");
    one_wave_project(
        &wd,
        "w",
        &(lines.join("\n") + "\n"),
        "weight = { inverse_of = \"p\" }\npsu = \"dnum\"\n",
        ("api00", "[0, 1000]", "api_mean"),
    );
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let rejects = read_table(&wd.path("out"), "rejects");
    let got: Vec<(u64, String, String)> = (0..rejects.height())
        .map(|i| {
            let s = |c: &str| {
                rejects
                    .column(c)
                    .expect(c)
                    .str()
                    .expect("str")
                    .get(i)
                    .expect("v")
                    .to_string()
            };
            (
                rejects
                    .column("line")
                    .expect("line")
                    .u64()
                    .expect("u64")
                    .get(i)
                    .expect("line"),
                s("column"),
                s("reason"),
            )
        })
        .collect();
    let why = "an inclusion probability must be > 0 and ≤ 1".to_string();
    assert_eq!(got, [(4, "p".to_string(), why.clone()), (6, "p".to_string(), why)]);
}

/// A long file (docs/INPUTS.md "Long files"): one file with a city column and a wave column
/// gives the same waves, estimates and rejects (with the file's own line numbers) as its
/// parts given as files of their own; rows whose city or wave the manifest does not map are
/// left out and counted: rows in = accepted + rejected + left out.
#[test]
fn a_long_file_gives_the_waves_its_parts_would_give_as_files_of_their_own() {
    let wd = Workdir::new("long-file");
    let split = wd.copy_fixture("base", "split");
    let surveys = split.join("data/surveys");
    let read = |p: &Path| std::fs::read_to_string(p).expect("read");
    // One bad row (weight -1) in 2024, so that rejects are compared too.
    let bad_row = "9,-1,B,4,2,1,6,4,1";
    let f24 = surveys.join("alpha-2024/responses.csv");
    std::fs::write(&f24, read(&f24) + bad_row + "\n").expect("write");
    // The parts' survey ids, "<id>-<city>-<wave>", given to the split waves.
    for (dir, id) in [
        ("alpha-2023", "long-alphaville-2023"),
        ("alpha-2024", "long-alphaville-2024"),
    ] {
        let f = surveys.join(dir).join("survey.toml");
        std::fs::write(
            &f,
            read(&f).replace(&format!("id = \"{dir}\""), &format!("id = \"{id}\"")),
        )
        .expect("write");
    }
    // The long project: one file, town and year in front; a row of town B and one of year 2019
    // are left out.
    let long = wd.copy_fixture("base", "long");
    std::fs::remove_dir_all(long.join("data/surveys")).expect("rm");
    let dir = long.join("data/surveys/long");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let a23 = read(&surveys.join("alpha-2023/responses.csv"));
    let a24 = read(&f24);
    let header = a23.lines().next().expect("header");
    let mut csv = format!("town,year,{header}\n");
    // origin[k]: where line k of the long file comes from (0 unused, line 1 the header).
    let mut origin = vec![String::new(), String::new()];
    for (year, text) in [("2023", &a23), ("2024", &a24)] {
        for (k, l) in text.lines().skip(1).enumerate() {
            csv.push_str(&format!("A,{year},{l}\n"));
            origin.push(format!("{year}:{}", k + 2));
            if year == "2023" && k == 3 {
                csv.push_str(&format!("B,2023,{l}\n"));
                origin.push(String::new());
                csv.push_str(&format!("A,2019,{l}\n"));
                origin.push(String::new());
            }
        }
    }
    std::fs::write(dir.join("responses.csv"), &csv).expect("csv");
    let manifest = read(&surveys.join("alpha-2023/survey.toml"))
        .replace("id = \"long-alphaville-2023\"", "id = \"long\"")
        .replace(
            "city = \"Alphaville\"",
            "city_column = \"town\"\ncities = { A = \"Alphaville\" }",
        )
        .replace(
            "wave = \"2023\"\nfieldwork_start = 2023-03-01\nfieldwork_end = 2023-04-15",
            "wave_column = \"year\"",
        )
        + "\n[waves]\n2023 = { wave = \"2023\", fieldwork_start = 2023-03-01, fieldwork_end = 2023-04-15 }\n\
           2024 = { wave = \"2024\", fieldwork_start = 2024-03-01, fieldwork_end = 2024-04-20 }\n";
    assert!(
        manifest.contains("wave_column") && manifest.contains("city_column"),
        "{manifest}"
    );
    std::fs::write(dir.join("survey.toml"), manifest).expect("toml");
    wd.ok(&["--quiet", "run", "split", "--out", "out-split"]);
    wd.ok(&["--quiet", "run", "long", "--out", "out-long"]);

    // The same waves and estimates, column for column.
    for table in ["estimates", "changes", "gaps"] {
        let (a, b) = (
            read_table(&wd.path("out-split"), table),
            read_table(&wd.path("out-long"), table),
        );
        assert!(a.height() > 0, "{table}");
        assert!(a.equals_missing(&b), "{table} differ:\n{a}\n{b}");
    }
    let waves = |out: &str| {
        read_table(&wd.path(out), "waves")
            .select([
                "survey_id",
                "city",
                "wave",
                "fieldwork_start",
                "fieldwork_end",
                "mode",
                "rows_in",
                "accepted",
                "rejected",
            ])
            .expect("select")
    };
    assert!(waves("out-split").equals_missing(&waves("out-long")));
    // The reject: same reason, the long file's own line, which holds the same row.
    let (rs, rl) = (
        read_table(&wd.path("out-split"), "rejects"),
        read_table(&wd.path("out-long"), "rejects"),
    );
    assert_eq!((rs.height(), rl.height()), (1, 1));
    let line = |df: &DataFrame| {
        df.column("line")
            .expect("line")
            .u64()
            .expect("u64")
            .get(0)
            .expect("line") as usize
    };
    let reason = |df: &DataFrame| {
        df.column("reason")
            .expect("r")
            .str()
            .expect("s")
            .get(0)
            .expect("r")
            .to_string()
    };
    assert_eq!(reason(&rs), reason(&rl));
    assert_eq!(origin[line(&rl)], format!("2024:{}", line(&rs)));
    assert!(csv.lines().nth(line(&rl) - 1).expect("line").ends_with(bad_row));
    // Row accounting of the long file: 8 + 9 rows in its parts, 2 left out.
    let run: serde_json::Value = serde_json::from_str(&read(&wd.path("out-long/run.json"))).expect("json");
    let input = run["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .find(|i| i["file"].as_str().is_some_and(|f| f.ends_with("long/responses.csv")))
        .expect("the long file");
    let n = |k: &str| input[k].as_u64().unwrap_or(0);
    assert_eq!(
        (n("rows_in"), n("accepted"), n("rejected"), n("left_out")),
        (19, 16, 1, 2)
    );
}

/// `init --from` on a file of many cities and waves proposes the long-file keys with a TODO
/// for each value, which `validate` names until they are filled in; filled, the draft runs.
#[test]
fn init_from_proposes_a_long_file_and_its_todos_block_validation() {
    let wd = Workdir::new("long-file-draft");
    let p = wd.copy_fixture("base", "project");
    std::fs::remove_dir_all(p.join("data/surveys")).expect("rm");
    let dir = p.join("data/surveys/panel");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let mut csv = String::from("resp_id,cntry,round,trust\n");
    for i in 0..120 {
        let (c, r) = (["AL", "BE"][i % 2], ["1", "2"][(i / 2) % 2]);
        csv.push_str(&format!("{i},{c},{r},{}\n", i % 11));
    }
    std::fs::write(dir.join("responses.csv"), &csv).expect("csv");
    wd.ok(&["--quiet", "init", "--from", "project/data/surveys/panel/responses.csv"]);
    let draft = std::fs::read_to_string(dir.join("survey.toml")).expect("draft");
    for want in [
        "city_column = \"cntry\"",
        "cities = { \"AL\" = \"TODO\", \"BE\" = \"TODO\" }",
        "wave_column = \"round\"",
        "[waves]\n\"1\" = { wave = \"TODO\", fieldwork_start = \"TODO\", fieldwork_end = \"TODO\" }",
    ] {
        assert!(draft.contains(want), "the draft lacks {want:?}:\n{draft}");
    }
    let o = wd.run(&["--quiet", "validate", "project"]);
    assert_eq!(o.status.code(), Some(1));
    let said = String::from_utf8_lossy(&o.stderr).to_string();
    for key in ["cities.AL", "cities.BE", "1.wave", "2.fieldwork_end"] {
        assert!(
            said.contains(&format!("`{key}` is still the draft's placeholder")),
            "{key}: {said}"
        );
    }
    // Filled in (and the trust column mapped), it validates and runs: two cities × two waves.
    let filled = draft
        .replace("\"AL\" = \"TODO\"", "\"AL\" = \"Alphaville\"")
        .replace("\"BE\" = \"TODO\"", "\"BE\" = \"Betatown\"")
        .replace(
            "\"1\" = { wave = \"TODO\", fieldwork_start = \"TODO\", fieldwork_end = \"TODO\" }",
            "\"1\" = { wave = \"2023\", fieldwork_start = 2023-03-01, fieldwork_end = 2023-04-01 }",
        )
        .replace(
            "\"2\" = { wave = \"TODO\", fieldwork_start = \"TODO\", fieldwork_end = \"TODO\" }",
            "\"2\" = { wave = \"2024\", fieldwork_start = 2024-03-01, fieldwork_end = 2024-04-01 }",
        )
        .replace("id = \"TODO\"", "id = \"panel\"")
        .lines()
        .map(|l| {
            if l.starts_with("TODO = ") {
                "trust_people = { column = \"trust\", scale = [0, 10] }"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("survey.toml"), filled).expect("write");
    let cities = std::fs::read_to_string(p.join("data/cities.csv")).expect("cities");
    if !cities.contains("Betatown") {
        std::fs::write(p.join("data/cities.csv"), cities + "Betatown,XX,150000,0.12\n").expect("cities");
    }
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let waves = read_table(&wd.path("out"), "waves");
    assert_eq!(waves.height(), 4);
}
