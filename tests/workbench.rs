//! The working group's workbench from the command line: `plan` and `compare-sets`, and the
//! composite and diagnostics tables of the demo run.

use crate::util::{Workdir, read_table};

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
    assert!(
        ["keep", "weak reliability", "insensitive", "redundant"]
            .iter()
            .any(|v| md.contains(v))
    );
    let t = read_table(out, "set_comparison");
    assert!(
        t.height() >= 20,
        "one row per indicator of both sets, got {}",
        t.height()
    );
}

#[test]
fn demo_composite_has_non_degenerate_score_and_rank_intervals() {
    let out = crate::demo::demo_out();
    let c = read_table(out, "composite");
    assert!(c.height() > 0);
    let lo = c.column("score_ci_low").expect("lo").f64().expect("f").clone();
    let hi = c.column("score_ci_high").expect("hi").f64().expect("f").clone();
    let wide = lo
        .iter()
        .zip(hi.iter())
        .filter(|(l, h)| matches!((l, h), (Some(l), Some(h)) if h > l))
        .count();
    assert!(
        wide * 10 >= c.height() * 9,
        "most score intervals have width: {wide}/{}",
        c.height()
    );
    let rl = c
        .column("rank_low")
        .expect("rl")
        .cast(&polars::prelude::DataType::Float64)
        .expect("cast");
    let rh = c
        .column("rank_high")
        .expect("rh")
        .cast(&polars::prelude::DataType::Float64)
        .expect("cast");
    let (rl, rh) = (rl.f64().expect("f").clone(), rh.f64().expect("f").clone());
    assert!(
        rl.iter()
            .zip(rh.iter())
            .any(|(l, h)| matches!((l, h), (Some(l), Some(h)) if h > l)),
        "some rank intervals are wider than one rank"
    );
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
    for m in ["alpha", "item_rest", "mdc", "floor", "spearman_icc_index"] {
        assert!(
            metrics.iter().any(|x| x.starts_with(m)),
            "metric {m} missing; have {metrics:?}"
        );
    }
}
