//! A wave's own replicate weights (manifest `replicate_weights`, docs/INPUTS.md) end to end:
//! ingested into `replicate_weights`, recorded in `waves`, used for `estimates.se_replicate`
//! (equal to R `svrepdesign` + `svymean`/`svyby`) and for the composite's sampling interval.
//!
//! Reference: tests/reference/user_replicates_reference.R, R 4.2.2 Patched (2022-11-10
//! r83330), survey 4.1-1, which also wrote the two wave files used here:
//! - user_rep_jk1.csv: apiclus1 with the 15 JK1 analysis weights of
//!   `as.svrepdesign(svydesign(ids = ~dnum, weights = ~pw, data = apiclus1), type = "JK1")`,
//!   read back as `svrepdesign(data = apiclus1, repweights = rw, weights = ~pw, type = "JK1",
//!   combined.weights = TRUE, scale = 14/15)` (14/15 = R's own default guess (R − 1)/R);
//! - user_rep_boot.csv: apistrat with 40 Rao–Wu bootstrap weights (`as.svrepdesign(dstrat,
//!   type = "subbootstrap", replicates = 40)`, `set.seed(20261130)`), read back as
//!   `svrepdesign(..., type = "bootstrap", combined.weights = TRUE, mse = TRUE)` (scale
//!   1/(R − 1) = 1/39).

#![allow(clippy::excessive_precision)] // R's numbers as printed with sprintf("%.17g")

use crate::util::{Workdir, numbered_csv, one_wave_project, read_table};
use polars::prelude::*;
use std::path::Path;

const SET: &str = r#"id = "rep"
title = { en = "Replicate weights" }

[[indicator]]
id = "api_mean"
title = { en = "API 2000 (mean)" }
source = "survey"
items = ["trust_people"]
statistic = "mean"

[[indicator]]
id = "schoolwide_share"
title = { en = "Met the school-wide target (share)" }
source = "survey"
items = ["contact_diverse"]
statistic = "share_agree"

[[indicator]]
id = "api_scale"
title = { en = "API 2000 and 1999 (scale)" }
source = "survey"
items = ["trust_people", "trust_neighbours"]
statistic = "scale_pomp"

[composite]
id = "api_index"
indicators = ["api_mean", "schoolwide_share"]
"#;

/// A wave folder: the manifest (`extra` appended to its header keys) and the R-written file.
fn wave(project: &Path, id: &str, city: &str, csv: &str, extra: &str, design: &str) {
    let dir = project.join("data/surveys").join(id);
    std::fs::create_dir_all(&dir).expect("mkdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference").join(csv);
    std::fs::copy(src, dir.join("responses.csv")).expect("copy");
    let manifest = format!(
        r#"id = "{id}"
kind = "survey"
city = "{city}"
wave = "2023"
fieldwork_start = 2023-03-01
fieldwork_end = 2023-04-15
file = "responses.csv"
respondent_id = "id"
weight = "pw"
{design}{extra}
[groups]
neighbourhood = {{ column = "stype" }}

[items]
trust_people = {{ column = "api00", scale = [0, 1000] }}
trust_neighbours = {{ column = "api99", scale = [0, 1000] }}
contact_diverse = {{ column = "sch_wide", scale = [0, 1], map = {{ "Yes" = 1, "No" = 0 }}, agree = ["Yes"] }}
"#
    );
    std::fs::write(dir.join("survey.toml"), manifest).expect("write");
}

/// The base fixture with its waves replaced by the two R-made waves and the set above.
fn project(wd: &Workdir) -> std::path::PathBuf {
    let p = wd.copy_fixture("base", "project");
    std::fs::remove_dir_all(p.join("data/surveys")).expect("rm");
    wave(
        &p,
        "clus1-jk1",
        "Alphaville",
        "user_rep_jk1.csv",
        "replicate_weights = { columns = \"rw*\", type = \"jk1\" }\n",
        "psu = \"dnum\"\n",
    );
    wave(
        &p,
        "strat-boot",
        "Betatown",
        "user_rep_boot.csv",
        // A list of patterns: bw1…bw9, then bw10…bw40 (each in the file's order).
        "replicate_weights = { columns = [\"bw?\", \"bw??\"], type = \"bootstrap\", mse = true }\n",
        "strata = \"stype\"\n",
    );
    std::fs::create_dir_all(p.join("indicators")).expect("mkdir");
    std::fs::write(p.join("indicators/rep.toml"), SET).expect("set");
    let toml = std::fs::read_to_string(p.join("cohesion.toml")).expect("toml");
    let toml = toml
        .replace(
            "[analysis]",
            "[indicators]\nsets = [\"indicators/rep.toml\"]\n\n[analysis]\nreplicates = 2000",
        )
        .replace("index = \"data/index_scores.csv\"\n", "")
        .replace("activities = \"data/activities.csv\"\n", "");
    std::fs::write(p.join("cohesion.toml"), toml).expect("toml");
    p
}

fn near(got: Option<f64>, want: f64, tol: f64, what: &str) {
    let got = got.unwrap_or_else(|| panic!("{what}: null"));
    assert!((got - want).abs() <= tol, "{what}: got {got:.15} want {want:.15}");
}

/// One row of `estimates`: indicator, group value, estimate, se, se_replicate, suppressed.
type Row = (String, String, Option<f64>, Option<f64>, Option<f64>, bool);

/// The `estimates` rows of one city.
fn estimates(out: &Path, city: &str) -> Vec<Row> {
    let df = read_table(out, "estimates")
        .lazy()
        .filter(col("city").eq(lit(city)))
        .collect()
        .expect("filter");
    let s = |c: &str| df.column(c).expect(c).str().expect("str").clone();
    let f = |c: &str| df.column(c).expect(c).f64().expect("f64").clone();
    let (ind, gv, est, se, rse) = (
        s("indicator_id"),
        s("group_value"),
        f("estimate"),
        f("se"),
        f("se_replicate"),
    );
    let sup = df.column("suppressed").expect("s").bool().expect("bool").clone();
    (0..df.height())
        .map(|i| {
            (
                ind.get(i).expect("i").to_string(),
                gv.get(i).expect("g").to_string(),
                est.get(i),
                se.get(i),
                rse.get(i),
                sup.get(i).expect("s"),
            )
        })
        .collect()
}

#[test]
fn user_replicate_weights_give_r_replicate_ses_and_feed_the_composite() {
    let wd = Workdir::new("user-replicates");
    project(&wd);
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let out = wd.path("out");

    // Stored: 183 × 15 and 200 × 40 replicate weights, keyed like responses; the waves say which.
    let jk = wd.path("out/store/replicate_weights/city=Alphaville/kind=survey/clus1-jk1.parquet");
    let jk = ParquetReader::new(std::fs::File::open(jk).expect("jk1 file"))
        .finish()
        .expect("read");
    assert_eq!(jk.height(), 183 * 15);
    assert_eq!(
        jk.get_column_names().iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ["survey_id", "respondent_key", "replicate", "column", "rscale", "weight"]
    );
    let waves = read_table(&out, "waves");
    let wcol = |c: &str| waves.column(c).expect(c).clone();
    assert_eq!(
        wcol("replicate_type").str().expect("s").iter().collect::<Vec<_>>(),
        [Some("jk1"), Some("bootstrap")]
    );
    assert_eq!(
        wcol("replicate_columns").u32().expect("u").iter().collect::<Vec<_>>(),
        [Some(15), Some(40)]
    );
    // R: jk1 scale (R − 1)/R = 14/15; bootstrap u2$scale = 0.02564102564102564.
    let scale = wcol("replicate_scale");
    let scale = scale.f64().expect("f");
    assert_eq!(scale.get(0), Some(14.0 / 15.0));
    assert_eq!(scale.get(1), Some(0.02564102564102564));
    assert_eq!(
        wcol("replicate_mse").bool().expect("b").iter().collect::<Vec<_>>(),
        [Some(false), Some(true)]
    );

    // JK1 wave, R: svymean(~api00 + sw, u1) = 644.16939890710387, 0.87431693989071035 with
    // SEs 26.594161357710593, 0.020762751077169014; svyby(~api00, ~stype, u1, svymean) SEs
    // E 25.629499080217311, H 46.810215822828404, M 34.026424567149519; svyby(~sw, ~stype)
    // SEs E 0.023928672646477026, H 0.099589780011269446, M 0.11594097371793227. The
    // linearised SE stays R's svymean(~api00, dclus1): 23.779010720886877. Shares in percent.
    let want_jk1 = [
        ("api_mean", "all", 644.16939890710387, 26.594161357710593),
        ("api_mean", "E", 648.86805555555554, 25.629499080217311),
        ("api_mean", "H", 618.57142857142856, 46.810215822828404),
        ("api_mean", "M", 631.44000000000005, 34.026424567149519),
        ("schoolwide_share", "all", 87.431693989071035, 2.0762751077169014),
        ("schoolwide_share", "E", 91.666666666666663, 2.3928672646477026),
        ("schoolwide_share", "H", 78.57142857142857, 9.9589780011269446),
        ("schoolwide_share", "M", 68.000000000000005, 11.594097371793227),
    ];
    // Bootstrap wave with mse = TRUE, R: svymean(~api00 + sw, u2) = 662.28736315932076,
    // 0.82794801141582341, SEs 9.7368570777428598, 0.027159784978006005; svyby(~api00,
    // ~stype, u2) SEs E 12.549157998225931, H 17.160876508076242, M 17.160549229418489.
    let want_boot = [
        ("api_mean", "all", 662.28736315932076, 9.7368570777428598),
        ("api_mean", "E", 674.42999999999995, 12.549157998225931),
        ("api_mean", "H", 625.82000000000005, 17.160876508076242),
        ("api_mean", "M", 636.60000000000002, 17.160549229418489),
        ("schoolwide_share", "all", 82.794801141582341, 2.7159784978006005),
    ];
    for (city, want) in [("Alphaville", &want_jk1[..]), ("Betatown", &want_boot[..])] {
        let rows = estimates(&out, city);
        let mut checked = 0;
        for (ind, gv, est, rse) in want {
            let row = rows
                .iter()
                .find(|r| r.0 == *ind && r.1 == *gv)
                .unwrap_or_else(|| panic!("{city} {ind} {gv}: no row"));
            if row.5 {
                // Suppressed (NCHS rules): no estimate, no SE of either kind.
                assert!(row.2.is_none() && row.4.is_none(), "{row:?}");
                continue;
            }
            let what = format!("{city} {ind} {gv}");
            near(row.2, *est, 1e-9, &what);
            // The replicate SE is the headline SE (R's linearised SE of the JK1 wave's
            // one-stage cluster design, svymean(~api00, dclus1), was 23.779010720886877).
            near(row.3, *rse, 1e-10 * rse.max(1.0), &what);
            near(row.4, *rse, 1e-10 * rse.max(1.0), &what);
            checked += 1;
        }
        assert!(checked >= 4, "{city}: only {checked} rows shown");
    }
    // df = rank of the replicate weights − 1, R degf() (tests/reference/replicate_df_reference.R):
    // JK1 14 overall and in E, 7 in H, 11 in M; the 40 bootstrap replicates 39 everywhere.
    // The interval is t on that df: confint(svymean(~api00, u1), df = degf(u1)) =
    // 587.13059565074809 to 701.20820216345965.
    let est = read_table(&out, "estimates")
        .lazy()
        .filter(col("indicator_id").eq(lit("api_mean")))
        .collect()
        .expect("filter");
    let (city, gv) = (
        est.column("city").expect("c").str().expect("s").clone(),
        est.column("group_value").expect("g").str().expect("s").clone(),
    );
    let df = est.column("df").expect("df").u32().expect("u").clone();
    let (lo, hi) = (
        est.column("ci_low").expect("l").f64().expect("f").clone(),
        est.column("ci_high").expect("h").f64().expect("f").clone(),
    );
    let at = |c: &str, g: &str| {
        (0..est.height())
            .find(|&i| city.get(i) == Some(c) && gv.get(i) == Some(g))
            .unwrap_or_else(|| panic!("{c} {g}"))
    };
    for (c, g, want) in [
        ("Alphaville", "all", 14),
        ("Alphaville", "E", 14),
        ("Alphaville", "H", 7),
        ("Alphaville", "M", 11),
        ("Betatown", "all", 39),
        ("Betatown", "H", 39),
    ] {
        assert_eq!(df.get(at(c, g)), Some(want), "{c} {g} df");
    }
    let i = at("Alphaville", "all");
    near(lo.get(i), 587.13059565074809, 1e-9, "ci_low");
    near(hi.get(i), 701.20820216345965, 1e-9, "ci_high");

    // Gaps take the replicate SE of the difference on the wave's df: R svycontrast(svyby(~api00,
    // ~stype, u1, svymean, covmat = TRUE), c(-1, 1, 0)) = -30.296626984126988, SE
    // 37.985743580334699 (H − E); c(-1, 0, 1): -17.428055555555488, SE 15.053424215038724.
    let gaps = read_table(&out, "gaps")
        .lazy()
        .filter(
            col("city")
                .eq(lit("Alphaville"))
                .and(col("indicator_id").eq(lit("api_mean"))),
        )
        .collect()
        .expect("gaps");
    let gval = gaps.column("group_value").expect("g").str().expect("s").clone();
    let f = |c: &str| gaps.column(c).expect(c).f64().expect("f").clone();
    let (gap, se_gap) = (f("gap"), f("se_gap"));
    let gdf = gaps.column("df").expect("df").u32().expect("u").clone();
    for (g, want, want_se) in [
        ("H", -30.296626984126988, 37.985743580334699),
        ("M", -17.428055555555488, 15.053424215038724),
    ] {
        let i = (0..gaps.height()).find(|&i| gval.get(i) == Some(g)).expect("gap row");
        near(gap.get(i), want, 1e-9, &format!("gap {g}"));
        near(se_gap.get(i), want_se, 1e-9, &format!("se_gap {g}"));
        assert_eq!(gdf.get(i), Some(14), "gap df {g}");
    }

    // Composite (POMP, equal weights, arithmetic): score = 0.05·api00 + 50·sw. R:
    // svycontrast(svymean(~api00 + sw, u1), c(api00 = 0.05, sw = 50)) = 75.924316939890716,
    // SE 1.9183462362359047. Its 95% sampling interval is the percentile interval of 2,000
    // Student-t multiplier draws with that covariance on the design's 14 df: ≈ score ±
    // t_{14,0.975}·SE, t_{14,0.975} = 2.144786687917804 (scipy 1.17.1). Each end's Monte Carlo
    // SD is √(0.025·0.975/2000)/f_t14(2.1448)·SE = 0.0750·SE = 0.1439; 4 SD allowed.
    let comp = read_table(&out, "composite")
        .lazy()
        .filter(col("city").eq(lit("Alphaville")))
        .collect()
        .expect("composite");
    let g = |c: &str| comp.column(c).expect(c).f64().expect("f").get(0);
    let (score, se) = (75.924316939890716, 1.9183462362359047);
    near(g("score"), score, 1e-9, "score");
    let half = 2.144786687917804 * se;
    near(g("score_ci_low"), score - half, 4.0 * 0.1439, "score_ci_low");
    near(g("score_ci_high"), score + half, 4.0 * 0.1439, "score_ci_high");
    assert_eq!(
        comp.column("replicates").expect("r").u32().expect("u").get(0),
        Some(2000)
    );

    // Cronbach's α of (api00, api99), unweighted, with its interval from the same draws. R:
    // withReplicates(u1, function(w, data) walpha(cbind(data$api00, data$api99), w / data$pw))
    // = 0.9811424418650867, SE 0.004838402648022753 (JK1); on u2 (bootstrap, mse = TRUE)
    // 0.98671444386785212, SE 0.0022913127891002654 — walpha is cohesion's weighted α
    // written in R (user_replicates_reference.R), the factors w / pw perturbing it. Interval
    // ≈ α ± t_{df,0.975}·SE with the design's df (JK1 14: 2.144786687917804; 40 bootstrap
    // replicates 39: 2.022690920036761, scipy 1.17.1); each end within 4 × 0.0750·SE
    // (2,000 draws; 0.0648·SE for 39 df).
    let diag = read_table(&out, "diagnostics")
        .lazy()
        .filter(col("indicator_id").eq(lit("api_scale")))
        .collect()
        .expect("diagnostics");
    let metric = diag.column("metric").expect("m").str().expect("s").clone();
    let city = diag.column("city").expect("c").str().expect("s").clone();
    let value = diag.column("value").expect("v").f64().expect("f").clone();
    let n = diag.column("n").expect("n").u64().expect("u").clone();
    let get = |c: &str, m: &str| {
        (0..diag.height())
            .find(|&i| city.get(i) == Some(c) && metric.get(i) == Some(m))
            .map(|i| (value.get(i), n.get(i)))
            .unwrap_or_else(|| panic!("{c} {m}: no row"))
    };
    for (c, alpha, se, t) in [
        (
            "Alphaville",
            0.9811424418650867,
            0.004838402648022753,
            2.144786687917804,
        ),
        (
            "Betatown",
            0.98671444386785212,
            0.0022913127891002654,
            2.022690920036761,
        ),
    ] {
        near(get(c, "alpha").0, alpha, 1e-12, &format!("{c} alpha"));
        let tol = 4.0 * 0.0750 * se;
        let (lo, n_lo) = get(c, "alpha_ci_low");
        let (hi, _) = get(c, "alpha_ci_high");
        near(lo, alpha - t * se, tol, &format!("{c} alpha_ci_low"));
        near(hi, alpha + t * se, tol, &format!("{c} alpha_ci_high"));
        assert_eq!(n_lo, Some(2000));
    }

    // The city report's data notes say which waves bring replicate weights and where their
    // SEs are; a city without them gets no such note.
    let report = |c: &str| std::fs::read_to_string(wd.path(&format!("out/reports/city/{c}/en/report.md"))).expect("md");
    assert!(
        report("alphaville").contains("One wave brings its own replicate weights (JK1: 2023)"),
        "{}",
        report("alphaville")
    );
    assert!(report("betatown").contains("One wave brings its own replicate weights (bootstrap: 2023)"));
}

/// The usual public-use file: replicate weights and no PSU or stratum column. The replicate
/// SE and df are the headline ones, and changes are tested with them.
#[test]
fn replicate_only_waves_carry_r_se_and_df_into_changes() {
    let wd = Workdir::new("user-replicates-only");
    let p = project(&wd);
    // Both waves in Alphaville, neither with a design column: apiclus1 (JK1) in 2023,
    // apistrat (bootstrap, mse) in 2025.
    let strip = |id: &str, wave: Option<&str>| {
        let f = p.join("data/surveys").join(id).join("survey.toml");
        let mut t = std::fs::read_to_string(&f).expect("toml");
        t = t.replace("psu = \"dnum\"\n", "").replace("strata = \"stype\"\n", "");
        if let Some(w) = wave {
            t = t
                .replace("city = \"Betatown\"", "city = \"Alphaville\"")
                .replace("wave = \"2023\"", &format!("wave = \"{w}\""))
                .replace("2023-03-01", "2025-03-01")
                .replace("2023-04-15", "2025-04-15");
        }
        std::fs::write(&f, t).expect("toml");
    };
    strip("clus1-jk1", None);
    strip("strat-boot", Some("2025"));
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let out = wd.path("out");
    // R (tests/reference/user_replicates_reference.R, replicate_df_reference.R; R 4.2.2,
    // survey 4.1-1): svymean(~api00, u1) = 644.16939890710387, SE 26.594161357710597, degf 14;
    // svymean(~api00, u2) = 662.28736315932076, SE 9.7368570777428598, degf 39. Without the
    // replicate weights, "each respondent its own PSU" would give 182 df.
    let est = read_table(&out, "estimates")
        .lazy()
        .filter(
            col("indicator_id")
                .eq(lit("api_mean"))
                .and(col("group_value").eq(lit("all"))),
        )
        .sort(["wave"], Default::default())
        .collect()
        .expect("estimates");
    let f = |c: &str| est.column(c).expect(c).f64().expect("f").clone();
    let (e, se) = (f("estimate"), f("se"));
    let df = est.column("df").expect("df").u32().expect("u").clone();
    near(e.get(0), 644.16939890710387, 1e-9, "2023 estimate");
    near(se.get(0), 26.594161357710597, 1e-9, "2023 se");
    near(e.get(1), 662.28736315932076, 1e-9, "2025 estimate");
    near(se.get(1), 9.7368570777428598, 1e-9, "2025 se");
    assert_eq!((df.get(0), df.get(1)), (Some(14), Some(39)));
    // The change 2023 → 2025 by hand from R's numbers: diff = 18.11796425221689,
    // se = √(26.594161357710597² + 9.7368570777428598²) = 28.320506..., df = 14 + 39 = 53;
    // 95% CI diff ± t_{53,0.975}·se, t_{53,0.975} = 2.0057459953178687 (scipy 1.17.1).
    let ch = read_table(&out, "changes")
        .lazy()
        .filter(
            col("indicator_id")
                .eq(lit("api_mean"))
                .and(col("group_value").eq(lit("all"))),
        )
        .collect()
        .expect("changes");
    assert_eq!(ch.height(), 1);
    let g = |c: &str| ch.column(c).expect(c).f64().expect("f").get(0);
    let want_se = (26.594161357710597f64.powi(2) + 9.7368570777428598f64.powi(2)).sqrt();
    near(g("diff"), 662.28736315932076 - 644.16939890710387, 1e-9, "diff");
    near(g("se_diff"), want_se, 1e-9, "se_diff");
    assert_eq!(ch.column("df").expect("df").u32().expect("u").get(0), Some(53));
    let half = 2.0057459953178687 * want_se;
    near(g("ci_low"), 18.11796425221689 - half, 1e-8, "ci_low");
    near(g("ci_high"), 18.11796425221689 + half, 1e-8, "ci_high");
}

#[test]
fn a_bad_replicate_weight_rejects_its_row() {
    let wd = Workdir::new("user-replicates-rejects");
    let p = project(&wd);
    let file = p.join("data/surveys/clus1-jk1/responses.csv");
    let text = std::fs::read_to_string(&file).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Line 3: rw2 negative; line 5: rw15 empty; line 7: rw1 not a number.
    let set = |lines: &mut Vec<String>, line: usize, col: usize, v: &str| {
        let mut cells: Vec<String> = lines[line - 1].split(',').map(str::to_string).collect();
        cells[col] = v.to_string();
        lines[line - 1] = cells.join(",");
    };
    set(&mut lines, 3, 8, "-1");
    set(&mut lines, 5, 21, "");
    set(&mut lines, 7, 7, "n/a");
    std::fs::write(&file, lines.join("\n") + "\n").expect("write");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let rejects = read_table(&wd.path("out"), "rejects");
    let reason = rejects.column("reason").expect("r").str().expect("s").clone();
    let line = rejects.column("line").expect("l").u64().expect("u").clone();
    let column = rejects.column("column").expect("c").str().expect("s").clone();
    let got: Vec<(u64, &str, &str)> = (0..rejects.height())
        .map(|i| {
            (
                line.get(i).expect("l"),
                column.get(i).expect("c"),
                reason.get(i).expect("r"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (3, "rw2", "replicate weight must be ≥ 0"),
            (5, "rw15", "missing replicate weight"),
            (7, "rw1", "replicate weight is not a number"),
        ]
    );
    // Input rows = accepted + rejected, and the replicate table holds the accepted only.
    let waves = read_table(&wd.path("out"), "waves");
    let u = |c: &str| waves.column(c).expect(c).u64().expect("u").get(0).expect("v");
    assert_eq!((u("rows_in"), u("accepted"), u("rejected")), (183, 180, 3));
    let jk = wd.path("out/store/replicate_weights/city=Alphaville/kind=survey/clus1-jk1.parquet");
    let jk = ParquetReader::new(std::fs::File::open(jk).expect("jk1 file"))
        .finish()
        .expect("read");
    assert_eq!(jk.height(), 180 * 15);
}

/// A stratified jackknife (JKn) whose rscales come from the manifest, in replicate order, and
/// travel through the store (`replicate_weights.rscale`) to the SE.
#[test]
fn jkn_rscales_from_the_manifest_reach_the_replicate_se() {
    // rep_jkn_hw.csv (tests/reference/replicates_reference.R): the hand-written stratified
    // cluster design hw without its single-PSU stratum (strata of 3, 4 and 2 PSUs), weights of
    // as.svrepdesign(hd2, type = "JKn"); y has missing values (written NA there, empty here).
    // R 4.2.2, survey 4.1-1: svrepdesign(data = d, repweights = rw, weights = ~w, type = "JKn",
    // rscales = c(2/3, 2/3, 2/3, 0.75, 0.75, 0.75, 0.75, 0.5, 0.5), combined.weights = TRUE);
    // svymean(~y, u, na.rm = TRUE) = 2.9375, SE 0.33311694923989338; with mse = TRUE the SE
    // is 0.33314043735577137.
    let csv = numbered_csv("rep_jkn_hw.csv");
    for (mse, want) in [(false, 0.33311694923989338), (true, 0.33314043735577137)] {
        let wd = Workdir::new(&format!("user-replicates-jkn-{mse}"));
        let third = "0.6666666666666666";
        one_wave_project(
            &wd,
            "hw-jkn",
            &csv,
            &format!(
                "weight = \"w\"\nreplicate_weights = {{ columns = \"rw*\", type = \"jkn\", mse = {mse}, \
                 rscales = [{third}, {third}, {third}, 0.75, 0.75, 0.75, 0.75, 0.5, 0.5] }}\n"
            ),
            ("y", "[1, 5]", "y_mean"),
        );
        wd.ok(&["--quiet", "run", "project", "--out", "out"]);
        let rows = estimates(&wd.path("out"), "Alphaville");
        let all = rows.iter().find(|r| r.0 == "y_mean" && r.1 == "all").expect("row");
        near(all.2, 2.9375, 1e-12, "estimate");
        near(all.4, want, 1e-12, &format!("se_replicate, mse = {mse}"));
    }
}

/// BRR and Fay: the scale is fixed by the type (1/R, 1/(R(1 − rho)²)), the weight column may
/// be absent (equal weights), and a wave without design columns still gets its replicate SE.
#[test]
fn brr_and_fay_waves_use_rs_fixed_scales() {
    // rep_brr_scd.csv: data(scd) with the replicate weights of the svrepdesign help page,
    // 2 × cbind(c(1,0,1,0,1,0), c(1,0,0,1,0,1), c(0,1,1,0,0,1), c(0,1,0,1,1,0)). R 4.2.2,
    // survey 4.1-1: svymean(~alive, svrepdesign(data = scd, type = "BRR", repweights = rw,
    // combined.weights = TRUE)) = 46.333333333333336, SE 3.582364210034112; type = "Fay",
    // rho = 0.3 (the same weights, only the scale 1/(4 · 0.7²) differs): SE 5.1176631571915889.
    let csv = numbered_csv("rep_brr_scd.csv");
    for (key, want) in [
        ("type = \"brr\"", 3.582364210034112),
        ("type = \"fay\", rho = 0.3", 5.1176631571915889),
    ] {
        let wd = Workdir::new(&format!("user-replicates-{}", &key[8..11]));
        one_wave_project(
            &wd,
            "scd",
            &csv,
            &format!("replicate_weights = {{ columns = \"X?\", {key} }}\n"),
            ("alive", "[0, 100]", "alive"),
        );
        wd.ok(&["--quiet", "run", "project", "--out", "out"]);
        let rows = estimates(&wd.path("out"), "Alphaville");
        let all = rows.iter().find(|r| r.0 == "alive" && r.1 == "all").expect("row");
        near(all.2, 46.333333333333336, 1e-12, "estimate");
        near(all.4, want, 1e-12, key);
    }
}

/// The same project gives byte-identical tables whatever the thread count, with the waves'
/// own replicate weights (the multiplier draws are seeded per wave).
#[test]
fn user_replicate_tables_are_byte_identical_across_thread_counts() {
    let mut dirs = Vec::new();
    let mut wds = Vec::new();
    for threads in ["1", "2"] {
        let wd = Workdir::new(&format!("user-replicates-threads-{threads}"));
        project(&wd);
        wd.ok(&["--quiet", "--threads", threads, "run", "project", "--out", "out"]);
        dirs.push(wd.path("out/store"));
        wds.push(wd);
    }
    let mut n = 0;
    for t in ["replicate_weights", "estimates", "composite", "diagnostics", "waves"] {
        let mut files = Vec::new();
        collect(&dirs[0].join(t), &mut files);
        for f in files {
            let rel = f.strip_prefix(&dirs[0]).expect("rel");
            let (a, b) = (
                std::fs::read(&f).expect("a"),
                std::fs::read(dirs[1].join(rel)).expect("b"),
            );
            assert!(a == b, "{} differs between 1 and 2 threads", rel.display());
            n += 1;
        }
    }
    assert!(n >= 6, "compared {n} files");
    // `run` estimates each wave (its replicate weights included) while ingest holds it;
    // `compute` reads the waves back from the store. Both must write the same bytes.
    let wd = &wds[1];
    let before: Vec<Vec<u8>> = ["estimates", "composite", "diagnostics"]
        .iter()
        .map(|t| std::fs::read(dirs[1].join(t).join("part-0.parquet")).expect("run"))
        .collect();
    wd.ok(&["--quiet", "compute", "project", "--out", "out"]);
    for (t, x) in ["estimates", "composite", "diagnostics"].iter().zip(before) {
        let y = std::fs::read(dirs[1].join(t).join("part-0.parquet")).expect("compute");
        assert!(x == y, "{t} differs between `run` and `compute`");
    }
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        if e.path().is_dir() {
            collect(&e.path(), out);
        } else {
            out.push(e.path());
        }
    }
}

/// `cohesion init --from` drafts `replicate_weights` for columns named like replicate weights.
#[test]
fn init_from_drafts_the_replicate_weights_key() {
    let wd = Workdir::new("user-replicates-draft");
    let dir = wd.path("wave");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/user_rep_jk1.csv"),
        dir.join("responses.csv"),
    )
    .expect("copy");
    wd.ok(&["--quiet", "init", "--from", "wave/responses.csv"]);
    let draft = std::fs::read_to_string(dir.join("survey.toml")).expect("draft");
    let line = draft
        .lines()
        .find(|l| l.starts_with("replicate_weights"))
        .unwrap_or_else(|| panic!("no replicate_weights in\n{draft}"));
    assert!(
        line.starts_with("replicate_weights = { columns = \"rw*\", type = \"TODO\" }"),
        "{line}"
    );
}
