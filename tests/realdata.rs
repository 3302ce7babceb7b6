//! Real data: the ESS extract in ../shared/realdata/ess (countries standing in for cities,
//! real weights, strata and PSUs, empty cells). Skipped when the folder is absent. The ESS
//! files are never copied into the repository; the test splits them into a project at run time.

use crate::util::{Workdir, read_table};
use polars::prelude::*;
use std::path::PathBuf;

fn ess_file() -> Option<PathBuf> {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/realdata/ess/ESS_r8r9_NO_GB_RU_cohesion_extract.csv");
    p.is_file().then_some(p)
}

const MANIFEST: &str = r#"id = "ess-CN"
kind = "survey"
city = "CN"
wave = "ESSR"
fieldwork_start = 2018-09-01
fieldwork_end = 2019-06-30
file = "responses.csv"
respondent_id = "idno"
weight = "pspwght"
strata = "stratum"
psu = "psu"
mode = "face_to_face"

[groups]
migrant_background = { column = "brncntr", map = { "1" = "no", "2" = "yes" } }
gender = { column = "gndr", map = { "1" = "man", "2" = "woman" } }

[items]
trust_people = { column = "ppltrst", scale = [0, 10] }
safety_night = { column = "aesfdrk", scale = [1, 4], reverse = true, agree = [1, 2] }
diversity_advantage = { column = "imueclt", scale = [0, 10] }
"#;

const SET: &str = r#"id = "ess"
title = { en = "ESS check" }

[[indicator]]
id = "trust_mean"
title = { en = "Trust (mean 0-10)" }
source = "survey"
items = ["trust_people"]
statistic = "mean"

[[indicator]]
id = "trust_share"
title = { en = "Trust (share > 5)" }
source = "survey"
items = ["trust_people"]
statistic = "share_agree"

[[indicator]]
id = "safe_share"
title = { en = "Safe after dark" }
source = "survey"
items = ["safety_night"]
statistic = "share_agree"
"#;

#[test]
fn ess_extract_ingests_without_loss_and_matches_r_survey() {
    let Some(src) = ess_file() else {
        eprintln!("skipped: ../shared/realdata is absent");
        return;
    };
    let wd = Workdir::new("realdata-ess");
    let proj = wd.path("ess");
    let text = std::fs::read_to_string(&src).expect("read ESS");
    let mut lines = text.lines();
    let header = lines.next().expect("header");
    let mut by: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for l in lines {
        by.entry(l.split(',').next().unwrap_or("")).or_default().push(l);
    }
    std::fs::create_dir_all(proj.join("sets")).expect("mkdir");
    let mut cities = String::from("city,country,population,foreign_born_share\n");
    for (cn, rows) in &by {
        let round = rows[0].split(',').nth(1).unwrap_or("?");
        let dir = proj.join(format!("data/surveys/ess-{cn}"));
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("responses.csv"), format!("{header}\n{}\n", rows.join("\n"))).expect("write");
        std::fs::write(
            dir.join("survey.toml"),
            MANIFEST.replace("CN", cn).replace("ESSR", &format!("ESS{round}")),
        )
        .expect("write");
        cities.push_str(&format!("{cn},{cn},1000000,0.1\n"));
    }
    std::fs::write(proj.join("data/cities.csv"), cities).expect("cities");
    std::fs::write(proj.join("sets/ess.toml"), SET).expect("set");
    std::fs::write(
        proj.join("cohesion.toml"),
        "[project]\nname = \"ESS check\"\n[inputs]\nsurveys = \"data/surveys\"\ncities = \"data/cities.csv\"\n[indicators]\nsets = [\"sets/ess.toml\"]\n",
    )
    .expect("toml");
    wd.ok(&["--quiet", "run", "ess", "--out", "out"]);

    // No loss: 6,040 rows in, every one accepted (missing answers are empty cells).
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(wd.path("out/run.json")).expect("run")).expect("json");
    assert_eq!(run["totals"]["rows_in"].as_u64(), Some(6040 + 3));
    assert_eq!(run["totals"]["rejected"].as_u64(), Some(0));

    // Expected: Rscript tests/reference/ess_reference.R <ESS csv> (R 4.2.2, survey 4.1-1,
    // options(survey.lonely.psu = "adjust"); svydesign(ids=~psu, strata=~stratum,
    // weights=~pspwght, nest=TRUE); svymean(..., na.rm=TRUE); svyby(~ppltrst, ~mig, ...)).
    let expected: &[(&str, &str, &str, &str, f64, f64)] = &[
        ("GB", "trust_mean", "all", "all", 5.186599173204, 0.060710502033),
        ("GB", "trust_share", "all", "all", 45.522948703060, 1.437753862139),
        ("GB", "safe_share", "all", "all", 77.149375618028, 1.131470986032),
        (
            "GB",
            "trust_mean",
            "migrant_background",
            "no",
            5.104795574834,
            0.064098404581,
        ),
        (
            "GB",
            "trust_mean",
            "migrant_background",
            "yes",
            5.595716023297,
            0.143643552689,
        ),
        ("NO", "trust_mean", "all", "all", 6.590166836531, 0.059869262988),
        ("NO", "trust_share", "all", "all", 71.133582166903, 1.366945433228),
        ("NO", "safe_share", "all", "all", 93.739400443738, 0.730145698901),
        (
            "NO",
            "trust_mean",
            "migrant_background",
            "no",
            6.649595404200,
            0.062049283795,
        ),
        (
            "NO",
            "trust_mean",
            "migrant_background",
            "yes",
            6.098659960099,
            0.205124688126,
        ),
        ("RU", "trust_mean", "all", "all", 4.389100813848, 0.112738001012),
        ("RU", "trust_share", "all", "all", 30.024398063487, 1.795080924169),
        ("RU", "safe_share", "all", "all", 77.317757597563, 1.974097685899),
        (
            "RU",
            "trust_mean",
            "migrant_background",
            "no",
            4.425708639977,
            0.117331399273,
        ),
        (
            "RU",
            "trust_mean",
            "migrant_background",
            "yes",
            3.844680174491,
            0.272866644591,
        ),
    ];
    let est = read_table(&wd.path("out"), "estimates");
    for (city, ind, gd, gv, e, se) in expected {
        let r = est
            .clone()
            .lazy()
            .filter(
                col("city")
                    .eq(lit(*city))
                    .and(col("indicator_id").eq(lit(*ind)))
                    .and(col("group_dim").eq(lit(*gd)))
                    .and(col("group_value").eq(lit(*gv))),
            )
            .collect()
            .expect("filter");
        assert_eq!(r.height(), 1, "{city} {ind} {gd}={gv}");
        let got_e = r
            .column("estimate")
            .expect("e")
            .f64()
            .expect("f")
            .get(0)
            .expect("estimate");
        let got_se = r.column("se").expect("se").f64().expect("f").get(0).expect("se");
        assert!(
            (got_e - e).abs() < 1e-9 * e.abs(),
            "{city} {ind} {gd}={gv}: estimate {got_e} vs R {e}"
        );
        assert!(
            (got_se - se).abs() < 1e-8 * se.abs(),
            "{city} {ind} {gd}={gv}: se {got_se} vs R {se}"
        );
    }

    // The same file as it comes, with one manifest (docs/INPUTS.md "Long files"): the same
    // estimates as the file split by country above, column for column but the survey id.
    let long = wd.path("ess-long");
    let dir = long.join("data/surveys/ess");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::create_dir_all(long.join("sets")).expect("mkdir");
    std::fs::copy(&src, dir.join("responses.csv")).expect("copy");
    std::fs::copy(proj.join("data/cities.csv"), long.join("data/cities.csv")).expect("cities");
    std::fs::copy(proj.join("sets/ess.toml"), long.join("sets/ess.toml")).expect("set");
    std::fs::copy(proj.join("cohesion.toml"), long.join("cohesion.toml")).expect("toml");
    let manifest = MANIFEST
        .replace("id = \"ess-CN\"", "id = \"ess\"")
        .replace(
            "city = \"CN\"",
            "city_column = \"cntry\"\ncities = { GB = \"GB\", NO = \"NO\", RU = \"RU\" }",
        )
        .replace(
            "wave = \"ESSR\"\nfieldwork_start = 2018-09-01\nfieldwork_end = 2019-06-30",
            "wave_column = \"essround\"",
        )
        + "\n[waves]\n8 = { wave = \"ESS8\", fieldwork_start = 2018-09-01, fieldwork_end = 2019-06-30 }\n\
           9 = { wave = \"ESS9\", fieldwork_start = 2018-09-01, fieldwork_end = 2019-06-30 }\n";
    std::fs::write(dir.join("survey.toml"), manifest).expect("manifest");
    wd.ok(&["--quiet", "run", "ess-long", "--out", "out-long"]);
    let without_id = |out: &str| read_table(&wd.path(out), "estimates").drop("survey_id").expect("drop");
    let (split, whole) = (without_id("out"), without_id("out-long"));
    assert!(split.height() > 0);
    assert!(split.equals_missing(&whole), "estimates differ:\n{split}\n{whole}");
}

#[test]
fn ess_norway_round_9_to_10_change_matches_r_survey() {
    let Some(src) = ess_file() else {
        eprintln!("skipped: ../shared/realdata is absent");
        return;
    };
    let r10 = src.with_file_name("ESS10NO_stevedata.csv");
    let wd = Workdir::new("realdata-ess-change");
    let proj = wd.path("no");
    let text = std::fs::read_to_string(&src).expect("read ESS");
    let mut lines = text.lines();
    let header = lines.next().expect("header");
    let no: Vec<&str> = lines.filter(|l| l.starts_with("NO,")).collect();
    let manifest = |id: &str, wave: &str, start: &str, end: &str| {
        format!(
            "id = \"{id}\"\nkind = \"survey\"\ncity = \"NO\"\nwave = \"{wave}\"\nfieldwork_start = {start}\nfieldwork_end = {end}\nfile = \"responses.csv\"\nrespondent_id = \"idno\"\nweight = \"pspwght\"\nstrata = \"stratum\"\npsu = \"psu\"\nmode = \"face_to_face\"\n\n[items]\ndiversity_advantage = {{ column = \"imueclt\", scale = [0, 10] }}\n"
        )
    };
    for (id, wave, start, end, data) in [
        (
            "ess9-no",
            "ESS9",
            "2018-10-01",
            "2019-06-30",
            format!("{header}\n{}\n", no.join("\n")),
        ),
        (
            "ess10-no",
            "ESS10",
            "2021-06-01",
            "2022-06-30",
            std::fs::read_to_string(&r10).expect("read ESS10"),
        ),
    ] {
        let dir = proj.join("data/surveys").join(id);
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("responses.csv"), data).expect("write");
        std::fs::write(dir.join("survey.toml"), manifest(id, wave, start, end)).expect("write");
    }
    std::fs::create_dir_all(proj.join("sets")).expect("mkdir");
    std::fs::write(
        proj.join("data/cities.csv"),
        "city,country,population,foreign_born_share\nNO,NO,5400000,0.16\n",
    )
    .expect("cities");
    std::fs::write(
        proj.join("sets/no.toml"),
        "id = \"no\"\ntitle = { en = \"NO\" }\n\n[[indicator]]\nid = \"culture_enriched\"\ntitle = { en = \"Cultural life enriched by immigrants (0-10)\" }\nsource = \"survey\"\nitems = [\"diversity_advantage\"]\nstatistic = \"mean\"\n",
    )
    .expect("set");
    std::fs::write(
        proj.join("cohesion.toml"),
        "[project]\nname = \"ESS Norway\"\n[inputs]\nsurveys = \"data/surveys\"\ncities = \"data/cities.csv\"\n[indicators]\nsets = [\"sets/no.toml\"]\n",
    )
    .expect("toml");
    wd.ok(&["--quiet", "run", "no", "--out", "out"]);
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(wd.path("out/run.json")).expect("run")).expect("json");
    assert_eq!(run["totals"]["rows_in"].as_u64(), Some(1406 + 1411 + 1));
    assert_eq!(run["totals"]["rejected"].as_u64(), Some(0));

    // Expected: Rscript tests/reference/ess_change_reference.R ../shared/realdata/ess
    // (R 4.2.2, survey 4.1-1, lonely PSU "adjust"; svymean(~imueclt, na.rm = TRUE) per round):
    //   ESS9 6.250611396446 se 0.065681610990; ESS10 6.531228939558 se 0.087338985805
    //   diff 0.280617543112 se 0.109280247363
    //   df9 1351 df10 1366 df 2717 t 2.567870680044 p 0.0102855506233
    //   ci 0.066336737324 0.494898348900   (degf(subset(d, !is.na(imueclt))), 2*pt, qt)
    // One test in its family (set, city, ESS9 -> ESS10), so BH q = p and the
    // false-coverage-adjusted interval (level 1 − 1·0.05/1) is the 95% one.
    let ch = read_table(&wd.path("out"), "changes")
        .lazy()
        .filter(col("group_dim").eq(lit("all")))
        .collect()
        .expect("filter");
    assert_eq!(ch.height(), 1);
    let g = |c: &str| ch.column(c).expect(c).f64().expect("f64").get(0).expect("value");
    let close = |a: f64, b: f64, tol: f64| (a - b).abs() <= tol * b.abs();
    assert!(
        close(g("estimate_from"), 6.250611396446, 1e-11),
        "{}",
        g("estimate_from")
    );
    assert!(close(g("estimate_to"), 6.531228939558, 1e-11), "{}", g("estimate_to"));
    assert!(close(g("diff"), 0.280617543112, 1e-9));
    assert!(close(g("se_diff"), 0.109280247363, 1e-9), "{}", g("se_diff"));
    assert!(close(g("t"), 2.567870680044, 1e-9));
    assert_eq!(ch.column("df").expect("df").u32().expect("u32").get(0), Some(2717));
    assert!(close(g("p_value"), 0.0102855506233, 1e-8), "{}", g("p_value"));
    assert!(close(g("q_value"), 0.0102855506233, 1e-8));
    assert!(close(g("ci_low"), 0.066336737324, 1e-9), "{}", g("ci_low"));
    assert!(close(g("ci_high"), 0.494898348900, 1e-9), "{}", g("ci_high"));
    assert!(close(g("ci_adj_low"), 0.066336737324, 1e-9));
    assert!(close(g("ci_adj_high"), 0.494898348900, 1e-9));
    assert_eq!(
        ch.column("significant").expect("s").bool().expect("b").get(0),
        Some(true)
    );
}

/// The Eurobarometer trend file: 9 waves 1996–2019 × 7 countries, read as it comes with one
/// long-file manifest (fieldwork dates from the GESIS study descriptions), trust in the
/// national parliament as a 0/1 share with 99997/99999 missing. Italy rises to 43.7%, falls,
/// then jumps +11.3 points from 2017 to 2019: its verdict must not be "no change" beside that.
/// Its trend row equals R 4.2.2 metafor 3.8.1 `rma(estimate, sei = se, mods = ~ t,
/// method = "REML", test = "knha")` on the stored estimates (t = 1970 + days/365.25):
/// τ² 91.3073768121, slope −0.825427125083, SE 0.425530249897, p 0.093567885041,
/// Q_E 342.684807262.
#[test]
fn eurobarometer_italy_fluctuates_and_its_brief_prints_the_2019_jump() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/realdata/barometer/eurobarometer_trust_9waves_7countries.csv");
    if !src.is_file() {
        eprintln!("skipped: {} not present", src.display());
        return;
    }
    let wd = Workdir::new("realdata-eurobarometer");
    let p = wd.path("project");
    let dates = [
        ("ZA2828", "1996-01-20", "1996-03-05"),
        ("ZA3171", "1999-03-05", "1999-04-20"),
        ("ZA3639", "2002-03-20", "2002-05-05"),
        ("ZA4414", "2006-03-20", "2006-05-01"),
        ("ZA4744", "2008-03-25", "2008-05-04"),
        ("ZA5481", "2011-05-06", "2011-05-26"),
        ("ZA5913", "2013-06-01", "2013-06-17"),
        ("ZA6863", "2017-05-13", "2017-05-22"),
        ("ZA7562", "2019-06-14", "2019-07-01"),
    ];
    let names = [
        ("BE", "Belgium"),
        ("IT", "Italy"),
        ("NL", "Netherlands"),
        ("HU", "Hungary"),
        ("MT", "Malta"),
        ("PL", "Poland"),
        ("SK", "Slovakia"),
    ];
    // The file as it comes, with one manifest (docs/INPUTS.md "Long files"): the country
    // column names the city, the study number the wave.
    let dir = p.join("data/surveys/eurobarometer");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy(&src, dir.join("responses.csv")).expect("copy");
    let cities_map: Vec<String> = names.iter().map(|(cc, name)| format!("{cc} = \"{name}\"")).collect();
    let waves: String = dates
        .iter()
        .map(|(za, start, end)| {
            format!(
                "{za} = {{ wave = \"{}\", fieldwork_start = {start}, fieldwork_end = {end} }}\n",
                &end[..4]
            )
        })
        .collect();
    std::fs::write(
        dir.join("survey.toml"),
        format!(
            "id = \"eb\"\nkind = \"barometer\"\ncity_column = \"country_id\"\ncities = {{ {} }}\n\
             wave_column = \"wave\"\nfile = \"responses.csv\"\nrespondent_id = \"rowid\"\n\
             weight = \"weight_poststrat\"\nmode = \"face_to_face\"\nmissing_codes = [99997, 99999]\n\n\
             [items]\ntrust_institutions = {{ column = \"trust_national_parliament\", scale = [0, 1], agree = [1] }}\n\n\
             [waves]\n{waves}",
            cities_map.join(", ")
        ),
    )
    .expect("toml");
    let mut cities = String::from("city,country,population,foreign_born_share\n");
    for (cc, name) in names {
        cities.push_str(&format!("{name},{cc},1000000,0.1\n"));
    }
    std::fs::write(p.join("data/cities.csv"), cities).expect("cities");
    std::fs::create_dir_all(p.join("indicators")).expect("mkdir");
    std::fs::write(
        p.join("indicators/eb.toml"),
        "id = \"eb\"\ntitle = { en = \"Eurobarometer trust\" }\n\n[[indicator]]\nid = \"parliament_trust\"\n\
         title = { en = \"Trust in the national parliament\" }\nsource = \"barometer\"\n\
         items = [\"trust_institutions\"]\nstatistic = \"share_agree\"\nmin_important_change = 5\n",
    )
    .expect("set");
    std::fs::write(
        p.join("cohesion.toml"),
        "[project]\nname = \"Eurobarometer\"\nlanguages = [\"en\"]\n\n[inputs]\nsurveys = \"data/surveys\"\n\
         cities = \"data/cities.csv\"\n\n[indicators]\nsets = [\"indicators/eb.toml\"]\n\n[analysis]\nalpha = 0.05\n",
    )
    .expect("toml");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);

    let out = wd.path("out");
    // 51 waves: 7 countries × 9 studies, less Hungary, Malta, Poland and Slovakia in the three
    // studies before they joined the EU in 2004 (only the parts present become waves); every
    // row of the file accounted for.
    assert_eq!(read_table(&out, "waves").height(), 7 * 9 - 4 * 3);
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).expect("run")).expect("json");
    let input = run["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .find(|i| i["role"] == "barometer")
        .expect("the file");
    let n = |k: &str| input[k].as_u64().unwrap_or(0);
    assert_eq!(n("rows_in"), 58_917);
    assert_eq!(n("rows_in"), n("accepted") + n("rejected") + n("left_out"));
    let t = read_table(&out, "trends")
        .lazy()
        .filter(col("city").eq(lit("Italy")).and(col("group_dim").eq(lit("all"))))
        .collect()
        .expect("italy");
    assert_eq!(t.height(), 1);
    let num = |c: &str| t.column(c).expect(c).f64().expect("f64").get(0).expect("value");
    for (c, want) in [
        ("tau2", 91.3073768121),
        ("slope", -0.825427125083),
        ("slope_se", 0.425530249897),
        ("slope_p", 0.093567885041),
        ("q_het", 342.684807262),
    ] {
        let got = num(c);
        assert!(
            (got - want).abs() <= 1e-9 * want.abs().max(1.0),
            "{c}: {got} vs metafor {want}"
        );
    }
    let brief = std::fs::read_to_string(out.join("reports/city/italy/en/brief.md")).expect("brief");
    assert!(!brief.contains("No change"), "{brief}");
    assert!(brief.contains("_Fluctuating_"), "{brief}");
    assert!(
        brief.contains("Latest significant change: +11.3 percentage points from 2017 to 2019"),
        "{brief}"
    );
}
