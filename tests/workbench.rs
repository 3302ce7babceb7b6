//! The working group's workbench from the command line: `plan` and `compare-sets`, and the
//! composite and diagnostics tables of the demo run.

use crate::util::{Workdir, read_table, text_column};

#[test]
fn plan_matches_a_hand_calculation() {
    // Respondents per wave to detect a 3-point change in a 50% share at α = 0.05, power 0.8,
    // two independent waves: n = 2·(z₀.₉₇₅ + z₀.₈)²·p(1−p)/d² with z's from R 4.2.2
    // qnorm(0.975) = 1.959964, qnorm(0.8) = 0.841621: 2·2.801585²·2500/9 = 4360.5 -> 4361.
    let wd = Workdir::new("wb-plan");
    let o = wd.run(&["plan", "--p", "50", "--change", "3"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("respondents per wave (deff 1): 4361"), "{out}");
    // With a design effect of 1.5: ceil(4360.49·1.5) = 6541.
    let o = wd.run(&["plan", "--p", "50", "--change", "3", "--deff", "1.5"]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("6541"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn compare_sets_gives_a_verdict_for_every_indicator_of_both_shipped_sets() {
    let out = crate::demo::demo_out();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let wd = Workdir::new("wb-compare");
    let a = root.join("indicators/icc-core.toml");
    let b = root.join("indicators/icc-alt.toml");
    let o = wd.run(&[
        "--quiet",
        "compare-sets",
        a.to_str().expect("utf8"),
        b.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = String::from_utf8_lossy(&o.stdout);
    for id in ["generalised_trust", "trust_scale", "social_climate", "contact_share"] {
        assert!(md.contains(id), "{id} missing from the comparison:\n{md}");
    }
    let t = read_table(out, "set_comparison");
    assert!(
        t.height() >= 20,
        "one row per indicator of both sets, got {}",
        t.height()
    );
    // Detectability follows each indicator's declared min_important_change and its observed
    // movement (docs/METHODS.md): the shipped sets declare 5 points for shares and POMP
    // scores, none for raw means and Index scores. An indicator is insensitive only when its
    // MDC exceeds the declared change and it detects no movement of its own: its true-change SD
    // is below the MDC and its typical true trend below the detectable slope; the Index and the
    // raw mean are not assessed; every indicator has data, so none is `no_data`.
    let col = |c: &str| text_column(&t, c);
    let (ids, det, no_data, verdict) = (
        col("indicator_id"),
        col("detectability"),
        col("no_data"),
        col("verdict"),
    );
    let mic = t
        .column("min_important_change")
        .expect("mic")
        .f64()
        .expect("f64")
        .clone();
    let mdc = t.column("mdc_median").expect("mdc").f64().expect("f64").clone();
    let moves = t.column("true_change_sd").expect("sd").f64().expect("f64").clone();
    let trend = t.column("true_slope_rms").expect("rms").f64().expect("f64").clone();
    let dslope = t
        .column("detectable_slope_median")
        .expect("b")
        .f64()
        .expect("f64")
        .clone();
    for i in 0..t.height() {
        let between = matches!((moves.get(i), mdc.get(i)), (Some(sd), Some(m)) if sd >= m);
        let over_time = matches!((trend.get(i), dslope.get(i)), (Some(r), Some(b)) if r >= b);
        let want = match (mdc.get(i), mic.get(i)) {
            (Some(m), Some(c)) if m > c && !between && !over_time => "insensitive",
            (Some(_), Some(_)) => "sensitive",
            _ => "not_assessed",
        };
        assert_eq!(det[i], want, "{}", ids[i]);
        assert_eq!(no_data[i], "false", "{}", ids[i]);
        assert_eq!(verdict[i].contains("insensitive"), want == "insensitive", "{}", ids[i]);
        if verdict[i] == "keep" {
            assert_eq!(want, "sensitive", "keep needs an assessed detectability: {}", ids[i]);
        }
    }
    for state in ["insensitive", "sensitive", "not_assessed"] {
        assert!(det.iter().any(|d| d == state), "no {state} indicator in {det:?}");
    }
    // The demo plants a real trend in generalised_trust: a working group must not be told to
    // drop it as insensitive.
    for i in (0..t.height()).filter(|&i| ids[i] == "generalised_trust") {
        assert_ne!(det[i], "insensitive", "generalised_trust:\n{md}");
    }
    assert!(
        md.contains("| 5.0 | insensitive |") && md.contains("| 5.0 | sensitive |"),
        "{md}"
    );
}

#[test]
fn demo_composite_has_a_sampling_interval_and_a_separate_sensitivity_band() {
    let out = crate::demo::demo_out();
    let c = read_table(out, "composite");
    assert!(c.height() > 0);
    let f64col = |name: &str| {
        c.column(name)
            .expect(name)
            .cast(&polars::prelude::DataType::Float64)
            .expect("cast")
            .f64()
            .expect("f")
            .clone()
    };
    let score = f64col("score");
    for (lo, hi) in [("score_ci_low", "score_ci_high"), ("score_band_low", "score_band_high")] {
        let (lo, hi) = (f64col(lo), f64col(hi));
        // Every demo composite indicator is sampled (barometer or survey) or an Index score:
        // the sampling interval and the band both exist, have width and hold the score.
        let good = (0..c.height())
            .filter(|&i| matches!((lo.get(i), score.get(i), hi.get(i)), (Some(l), Some(s), Some(h)) if l < h && l <= s && s <= h))
            .count();
        assert!(good * 10 >= c.height() * 9, "{lo:?}: {good}/{}", c.height());
    }
    let reps = f64col("replicates");
    assert!(reps.iter().all(|r| r == Some(200.0)), "200 replicates by default");
    for (lo, hi) in [("rank_ci_low", "rank_ci_high"), ("rank_band_low", "rank_band_high")] {
        let (rl, rh) = (f64col(lo), f64col(hi));
        assert!(
            rl.iter()
                .zip(rh.iter())
                .any(|(l, h)| matches!((l, h), (Some(l), Some(h)) if h > l)),
            "some {lo}..{hi} intervals are wider than one rank"
        );
    }
    let d = read_table(out, "diagnostics");
    let metrics: std::collections::BTreeSet<String> = d
        .column("metric")
        .expect("m")
        .str()
        .expect("s")
        .iter()
        .flatten()
        .map(str::to_string)
        .collect();
    for m in [
        "alpha",
        "alpha_ci_low",
        "alpha_ci_high",
        "item_rest",
        "mdc",
        "floor",
        "spearman_icc_index",
    ] {
        assert!(
            metrics.iter().any(|x| x.starts_with(m)),
            "metric {m} missing; have {metrics:?}"
        );
    }
}

/// Planted series end to end: five barometer waves of Alphaville, 400 respondents each, whose
/// 0/1 answers give exactly the planted shares. A steady rise (30, 35, 41, 44, 50) is
/// "improved", a steady decline (70, 66, 63, 58, 55) "declined", and a zigzag of ±10 points
/// (40, 50, 40, 50, 40) "fluctuating" with its latest significant change (−10 points, 2022 →
/// 2023) printed beside the word in the brief, in every language.
#[test]
fn planted_series_get_their_trend_verdicts_and_the_brief_prints_the_latest_change() {
    let wd = Workdir::new("verdicts-planted");
    let p = wd.copy_fixture("base", "project");
    std::fs::remove_dir_all(p.join("data/surveys")).expect("rm");
    let rise = [30, 35, 41, 44, 50];
    let zigzag = [40, 50, 40, 50, 40];
    let fall = [70, 66, 63, 58, 55];
    let n = 400;
    for (w, year) in (2019..2024).enumerate() {
        let dir = p.join(format!("data/surveys/alpha-{year}"));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let mut csv = String::from("id,r,z,f\n");
        for i in 0..n {
            // The first k·n/100 respondents agree: the share is exactly k%.
            let yes = |k: i32| u8::from(i < k * n / 100);
            csv.push_str(&format!("{i},{},{},{}\n", yes(rise[w]), yes(zigzag[w]), yes(fall[w])));
        }
        std::fs::write(dir.join("responses.csv"), csv).expect("csv");
        std::fs::write(
            dir.join("survey.toml"),
            format!(
                "id = \"alpha-{year}\"\nkind = \"barometer\"\ncity = \"Alphaville\"\nwave = \"{year}\"\n\
                 fieldwork_start = {year}-05-01\nfieldwork_end = {year}-05-31\nfile = \"responses.csv\"\n\
                 respondent_id = \"id\"\nmode = \"online\"\n\n[items]\n\
                 contact_diverse = {{ column = \"r\", scale = [0, 1], agree = [1] }}\n\
                 belonging = {{ column = \"z\", scale = [0, 1], agree = [1] }}\n\
                 trust_people = {{ column = \"f\", scale = [0, 1], agree = [1] }}\n"
            ),
        )
        .expect("toml");
    }
    std::fs::create_dir_all(p.join("indicators")).expect("mkdir");
    let ind = |id: &str, item: &str| {
        format!(
            "[[indicator]]\nid = \"{id}\"\ntitle = {{ en = \"{id}\", fr = \"{id}\", de = \"{id}\" }}\nsource = \"barometer\"\n\
             items = [\"{item}\"]\nstatistic = \"share_agree\"\n"
        )
    };
    std::fs::write(
        p.join("indicators/planted.toml"),
        format!(
            "id = \"planted\"\ntitle = {{ en = \"Planted\", fr = \"Planted\", de = \"Planted\" }}\n\n{}\n{}\n{}",
            ind("rise", "contact_diverse"),
            ind("zigzag", "belonging"),
            ind("decline", "trust_people")
        ),
    )
    .expect("set");
    let toml = std::fs::read_to_string(p.join("cohesion.toml")).expect("toml").replace(
        "[analysis]",
        "[indicators]\nsets = [\"indicators/planted.toml\"]\n\n[analysis]",
    );
    std::fs::write(p.join("cohesion.toml"), toml).expect("toml");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);

    let v = read_table(&wd.path("out"), "verdicts");
    let s = |c: &str| text_column(&v, c);
    let (ids, city, gd, test, word, from, to, latest) = (
        s("indicator_id"),
        s("city"),
        s("group_dim"),
        s("test"),
        s("word"),
        s("latest_change_wave_from"),
        s("latest_change_wave_to"),
        s("latest_change"),
    );
    let row = |id: &str| {
        (0..v.height())
            .find(|&i| ids[i] == id && city[i] == "Alphaville" && gd[i] == "all")
            .unwrap_or_else(|| panic!("no verdict for {id}"))
    };
    let (r, z, f) = (row("rise"), row("zigzag"), row("decline"));
    assert_eq!((test[r].as_str(), word[r].as_str()), ("trend", "improved"));
    assert_eq!((test[f].as_str(), word[f].as_str()), ("trend", "declined"));
    assert_eq!((test[z].as_str(), word[z].as_str()), ("trend", "fluctuating"));
    assert_eq!((from[z].as_str(), to[z].as_str()), ("2022", "2023"));
    assert!(
        (latest[z].parse::<f64>().expect("number") + 10.0).abs() < 1e-9,
        "{}",
        latest[z]
    );

    // The brief says "fluctuating" and prints the latest change beside it, in every language.
    for (lang, word, latest) in [
        ("en", "Fluctuating", "Latest significant change: −10.0"),
        ("fr", "Fluctuant", "Dernière évolution significative : −10,0"),
        ("de", "Schwankend", "Letzte signifikante Veränderung: −10,0"),
    ] {
        let path = wd.path(&format!("out/reports/city/alphaville/{lang}/brief.md"));
        let md = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(md.contains(word), "{lang}: no {word}:\n{md}");
        assert!(md.contains(latest), "{lang}: no {latest}:\n{md}");
    }
}
