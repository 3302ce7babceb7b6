//! The embedded demo end to end (`cohesion run` without a project): every deliberately bad
//! row lands in `rejects`, the planted trends are found and the flat cities are not flagged,
//! the fieldwork-mode break is respected, and tables are byte-identical across thread counts
//! and between `run` and `compute` on its store.

use crate::util::{Workdir, read_table};
use cohesion::demo::{DEMO_SEED, Direction, generate_demo_project};
use polars::prelude::*;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Run the demo once for the tests of this module (single thread).
pub fn demo_out() -> &'static PathBuf {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let wd = Workdir::new("demo");
        wd.ok(&["--quiet", "--threads", "1", "run", "--out", "out"]);
        wd.path("out")
    })
}

fn strs(df: &DataFrame, c: &str) -> Vec<String> {
    df.column(c)
        .expect(c)
        .str()
        .expect("str")
        .iter()
        .map(|s| s.unwrap_or("").to_string())
        .collect()
}

#[test]
fn every_planted_bad_row_is_rejected_and_rows_add_up() {
    let out = demo_out();
    let (_, summary) = generate_demo_project(DEMO_SEED).expect("demo");
    let rejects = read_table(out, "rejects");
    let files = strs(&rejects, "file");
    let lines: Vec<u64> = rejects
        .column("line")
        .expect("line")
        .u64()
        .expect("u64")
        .iter()
        .map(|l| l.unwrap_or(0))
        .collect();
    assert_eq!(
        rejects.height(),
        summary.bad_rows.len(),
        "exactly the planted bad rows are rejected"
    );
    for b in &summary.bad_rows {
        let file = if b.file.starts_with("data/") {
            b.file.clone()
        } else {
            format!("data/surveys/{}", b.file)
        };
        assert!(
            files
                .iter()
                .zip(&lines)
                .any(|(f, l)| f.ends_with(file.trim_start_matches("data/surveys/")) && *l == b.line as u64),
            "planted bad row {}:{} ({:?}) not in rejects: {files:?} {lines:?}",
            b.file,
            b.line,
            b.kind
        );
    }
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).expect("run.json")).expect("json");
    let t = &run["totals"];
    assert_eq!(
        t["rows_in"].as_u64(),
        Some(t["accepted"].as_u64().unwrap_or(0) + t["rejected"].as_u64().unwrap_or(0))
    );
    assert_eq!(t["rejected"].as_u64(), Some(summary.bad_rows.len() as u64));
}

#[test]
fn planted_trends_are_found_and_flat_cities_are_not_flagged() {
    let out = demo_out();
    let (_, summary) = generate_demo_project(DEMO_SEED).expect("demo");
    let trends = read_table(out, "trends")
        .lazy()
        .filter(
            col("set_id")
                .eq(lit("icc-core"))
                .and(col("kind").eq(lit("barometer")))
                .and(col("group_dim").eq(lit("all"))),
        )
        .collect()
        .expect("filter");
    let (ind, city, dir) = (
        strs(&trends, "indicator_id"),
        strs(&trends, "city"),
        strs(&trends, "direction"),
    );
    let direction = |i: &str, c: &str| {
        ind.iter()
            .zip(&city)
            .zip(&dir)
            .find(|((a, b), _)| *a == i && *b == c)
            .map(|(_, d)| d.clone())
    };
    // Bank item -> the single-item icc-core indicator that carries it.
    let indicator_of = |item: &str| match item {
        "trust_people" => Some("generalised_trust"),
        "get_along" => Some("get_along"),
        "belonging" => Some("belonging"),
        "safety_night" => Some("safety_night"),
        _ => None,
    };
    let mut checked = 0;
    for t in &summary.trends {
        let Some(i) = indicator_of(t.item) else { continue };
        let want = match t.direction {
            Direction::Increasing => "rising",
            Direction::Decreasing => "falling",
        };
        assert_eq!(
            direction(i, &t.city).as_deref(),
            Some(want),
            "planted {} trend in {} {}",
            want,
            t.city,
            t.item
        );
        checked += 1;
    }
    assert!(checked >= 12, "checked {checked} planted trends");
    // Flat cities: the planted indicators show no trend. Each test has a 5% false-alarm rate,
    // so about 0.05 × 18 ≈ 0.9 flags are expected by chance; more than 2 would mean the
    // test (or the demo) finds trends that are not there.
    let mut flagged = Vec::new();
    let mut tested = 0;
    for c in &summary.no_trend_cities {
        for i in ["generalised_trust", "get_along", "belonging"] {
            if let Some(d) = direction(i, c) {
                tested += 1;
                if d == "rising" || d == "falling" {
                    flagged.push(format!("{c}/{i}: {d}"));
                }
            }
        }
    }
    assert!(tested >= 15, "tested {tested}");
    assert!(flagged.len() <= 2, "flat series flagged: {flagged:?}");
}

#[test]
fn mode_change_is_a_series_break_and_small_wave_is_suppressed() {
    let out = demo_out();
    let (_, summary) = generate_demo_project(DEMO_SEED).expect("demo");
    let mc = summary.mode_change.expect("a planted mode change");
    let changes = read_table(out, "changes")
        .lazy()
        .filter(
            col("city")
                .eq(lit(mc.city.as_str()))
                .and(col("wave_from").eq(lit(mc.last_wave_before.as_str())))
                .and(col("wave_to").eq(lit(mc.first_wave_after.as_str()))),
        )
        .collect()
        .expect("filter");
    assert!(changes.height() > 0);
    assert!(
        changes
            .column("series_break")
            .expect("b")
            .bool()
            .expect("b")
            .iter()
            .all(|b| b == Some(true))
    );
    let trends = read_table(out, "trends")
        .lazy()
        .filter(
            col("city")
                .eq(lit(mc.city.as_str()))
                .and(col("kind").eq(lit("barometer")))
                .and(col("group_dim").eq(lit("all"))),
        )
        .collect()
        .expect("f");
    assert!(
        trends
            .column("series_break")
            .expect("b")
            .bool()
            .expect("b")
            .iter()
            .all(|b| b == Some(true))
    );
    let first = strs(&trends, "first_wave");
    assert!(
        first.iter().all(|w| *w == mc.first_wave_after),
        "trends start after the break: {first:?}"
    );

    let sw = summary.small_wave.expect("a small wave");
    let est = read_table(out, "estimates")
        .lazy()
        .filter(
            col("survey_id")
                .eq(lit(sw.survey_id.as_str()))
                .and(col("group_dim").eq(lit("all"))),
        )
        .collect()
        .expect("f");
    assert!(est.height() > 0);
    assert!(
        est.column("suppressed")
            .expect("s")
            .bool()
            .expect("b")
            .iter()
            .all(|b| b == Some(true))
    );
    assert_eq!(est.column("estimate").expect("e").null_count(), est.height());
}

#[test]
fn activity_effects_and_index_association_are_found() {
    let out = demo_out();
    let fx = read_table(out, "activity_effects");
    let (t, item, city) = (strs(&fx, "activity_type"), strs(&fx, "item"), strs(&fx, "city"));
    let f64s = |c: &str| fx.column(c).expect(c).f64().expect("f").clone();
    let (p, lo, hi) = (f64s("p_value"), f64s("diff_ci_low"), f64s("diff_ci_high"));
    let k_of = |a: &str, i: &str, c: &str| {
        (0..t.len())
            .find(|&k| t[k] == a && item[k] == i && city[k] == c)
            .unwrap_or_else(|| panic!("no row {a} {i} {c}"))
    };
    // Pooled over the three cities that ran each type (one session each).
    let strong = k_of("intercultural_dialogue", "get_along", "all");
    let none = k_of("info_session", "get_along", "all");
    assert!(p.get(strong).expect("p") < 0.001);
    assert!(p.get(none).expect("p") > 0.05);
    // The planted strong effect (+0.9 latent points) is clear of 0 across activities; the
    // null activity's cluster-bootstrap interval covers 0.
    assert!(lo.get(strong).expect("lo") > 0.0);
    assert!(lo.get(none).expect("lo") <= 0.0 && hi.get(none).expect("hi") >= 0.0);
    // Each city ran one session: its own row has no interval over activities.
    let oslo = k_of("intercultural_dialogue", "get_along", "Oslo");
    assert!(lo.get(oslo).is_none() && hi.get(oslo).is_none());
    let n_act = fx.column("n_activities").expect("n").u32().expect("u").clone();
    assert_eq!((n_act.get(strong), n_act.get(oslo)), (Some(3), Some(1)));
    // Each row carries its item's scale: the demo declares get_along = [1, 5] in
    // cohesion.toml ([inputs] activity_scales); contact_diverse is binary.
    let (lo, hi) = (f64s("scale_min"), f64s("scale_max"));
    assert_eq!((lo.get(strong), hi.get(strong)), (Some(1.0), Some(5.0)));
    let binary = k_of("intercultural_dialogue", "contact_diverse", "all");
    assert_eq!((lo.get(binary), hi.get(binary)), (Some(0.0), Some(1.0)));
    // Types compared on activity-mean changes: 3 types × 3 activities.
    let kw = k_of("all types", "get_along", "all");
    assert_eq!(n_act.get(kw), Some(9));
    assert!(p.get(kw).expect("kruskal-wallis p") < 0.05);
    let assoc = read_table(out, "associations")
        .lazy()
        .filter(
            col("set_id")
                .eq(lit("icc-core"))
                .and(col("indicator_id").eq(lit("get_along")))
                .and(col("index_measure").eq(lit("aggregate"))),
        )
        .collect()
        .expect("f");
    let rho = assoc.column("rho").expect("rho").f64().expect("f").get(0).expect("rho");
    assert!(rho > 0.5, "planted Index <-> cohesion association, got rho = {rho}");
}

#[test]
fn tables_are_byte_identical_whatever_the_thread_count() {
    let a = demo_out();
    let wd = Workdir::new("demo-threads-2");
    wd.ok(&["--quiet", "--threads", "2", "run", "--out", "out"]);
    let b = wd.path("out");
    let mut n = 0;
    for t in cohesion::store::TABLES {
        let (da, db) = (a.join("store").join(t.name), b.join("store").join(t.name));
        if !da.exists() {
            continue;
        }
        let mut files = Vec::new();
        collect(&da, &mut files);
        for f in files {
            let rel = f.strip_prefix(&da).expect("rel");
            let (x, y) = (std::fs::read(&f).expect("a"), std::fs::read(db.join(rel)).expect("b"));
            assert!(x == y, "{} differs between 1 and 2 threads", rel.display());
            n += 1;
        }
    }
    assert!(n > 100, "compared {n} files");
    // `run` estimates each wave while ingest holds it; `compute` reads the waves back from
    // the store. Both must write the same bytes.
    wd.ok(&["--quiet", "compute", "out/demo-project", "--out", "out"]);
    for t in [
        "estimates",
        "changes",
        "gaps",
        "trends",
        "verdicts",
        "diagnostics",
        "composite",
    ] {
        let rel = std::path::Path::new(t).join("part-0.parquet");
        let (x, y) = (
            std::fs::read(a.join("store").join(&rel)).expect("run"),
            std::fs::read(b.join("store").join(&rel)).expect("compute"),
        );
        assert!(x == y, "{} differs between `run` and `compute`", rel.display());
    }
}

fn collect(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        if e.path().is_dir() {
            collect(&e.path(), out);
        } else {
            out.push(e.path());
        }
    }
}
