//! Stage 1 of the estimation as SQL (`cohesion sql`) run by DuckDB and by Apache Spark in
//! local mode on the demo store, finished by `cohesion compute --aggregates`: the estimates
//! equal the native run's. Skipped when python3 lacks duckdb / pyspark (or Java) — except in
//! CI (env CI set), where .ci/run installs them.

use crate::demo::demo_out;
use crate::util::python_has;
use crate::util::{Workdir, copy_dir, read_table};
use polars::prelude::*;
use std::process::Command;

/// Every column of `estimates` from the engine's aggregates equals the native run's:
/// strings, words, counts, flags exactly; floats to 1e-9 relative (the engines sum in their
/// own, parallel order, which moves the last bits — about 1e-14 relative on the demo; a
/// wrong sum or formula would differ by far more than 1e-9).
fn same_estimates(native: &DataFrame, got: &DataFrame) {
    assert_eq!(native.height(), got.height(), "estimates rows");
    assert_eq!(native.get_column_names(), got.get_column_names());
    let mut worst = 0.0f64;
    for c in native.columns() {
        let name = c.name().as_str();
        let g = got.column(name).expect("column");
        if c.dtype() == &DataType::Float64 {
            let (a, b) = (c.f64().expect("f64"), g.f64().expect("f64"));
            for (i, (x, y)) in a.iter().zip(b.iter()).enumerate() {
                match (x, y) {
                    (Some(x), Some(y)) => {
                        let d = (x - y).abs() / x.abs().max(1.0);
                        worst = worst.max(d);
                        assert!(d <= 1e-9, "{name} row {i}: native {x} engine {y}");
                    }
                    (None, None) => {}
                    _ => panic!("{name} row {i}: native {x:?} engine {y:?}"),
                }
            }
        } else {
            assert!(c.equals_missing(g), "column {name} differs");
        }
    }
    eprintln!("largest relative difference of a float: {worst:e}");
}

/// Write the SQL for `dialect`, run it with tests/sql_engines.py, finish with
/// `compute --aggregates` on a copy of the demo store, compare with the native estimates.
fn engine_round_trip(dialect: &str, aggregates: &str) {
    let native = demo_out();
    let wd = Workdir::new(&format!("sql-{dialect}"));
    copy_dir(&native.join("store"), &wd.path("out/store"));
    copy_dir(&native.join("demo-project"), &wd.path("out/demo-project"));
    std::fs::remove_dir_all(wd.path("out/store/estimates")).expect("remove the copied estimates");
    let agg = wd.path(aggregates);
    let agg_s = agg.display().to_string();
    wd.ok(&[
        "--quiet",
        "sql",
        "out/demo-project",
        "--dialect",
        dialect,
        "--store",
        "out",
        "--aggregates",
        &agg_s,
        "--out",
        "stage1.sql",
    ]);
    let sql = std::fs::read_to_string(wd.path("stage1.sql")).expect("sql");
    assert!(sql.contains("share_agree") && sql.contains("scale_pomp"), "{sql}");
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sql_engines.py");
    let o = Command::new("python3")
        .arg(script)
        .arg(dialect)
        .arg(wd.path("stage1.sql"))
        .output()
        .expect("python3");
    assert!(
        o.status.success(),
        "{dialect} failed:\n{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    eprintln!("{}", String::from_utf8_lossy(&o.stdout).trim());
    wd.ok(&[
        "--quiet",
        "--threads",
        "1",
        "compute",
        "out/demo-project",
        "--out",
        "out",
        "--aggregates",
        &agg_s,
    ]);
    same_estimates(
        &read_table(native, "estimates"),
        &read_table(&wd.path("out"), "estimates"),
    );
    // The later stages ran as usual on those estimates.
    assert_eq!(
        read_table(native, "verdicts").column("word").expect("word"),
        read_table(&wd.path("out"), "verdicts").column("word").expect("word")
    );
}

#[test]
fn duckdb_stage1_gives_the_native_estimates() {
    if !python_has("import duckdb") {
        assert!(std::env::var_os("CI").is_none(), "CI must install duckdb (see .ci/run)");
        eprintln!("skipped: python3 with duckdb is not available");
        return;
    }
    engine_round_trip("duckdb", "aggregates.parquet");
}

#[test]
fn spark_stage1_gives_the_native_estimates() {
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !(java && python_has("import pyspark")) {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install pyspark and Java 17 (see .ci/run)"
        );
        eprintln!("skipped: pyspark or Java is not available");
        return;
    }
    engine_round_trip("spark", "aggregates");
}

#[test]
fn aggregates_from_other_sets_are_refused() {
    // Aggregates that lack an indicator of the sets must not give empty estimates silently.
    let native = demo_out();
    let wd = Workdir::new("sql-mismatch");
    copy_dir(&native.join("store"), &wd.path("out/store"));
    copy_dir(&native.join("demo-project"), &wd.path("out/demo-project"));
    // One design row of an unknown wave: no sums for any wave of the store.
    let empty = wd.path("empty.parquet");
    let mut rows = polars::df!(
        "set_id" => [None::<&str>],
        "indicator_id" => [None::<&str>],
        "survey_id" => ["x"],
        "city" => ["Nowhere"],
        "kind" => ["survey"],
        "wave" => ["1"],
        "group_dim" => ["all"],
        "group_value" => ["all"],
        "strata" => [None::<&str>],
        "psu" => [None::<&str>],
        "n_resp" => [1u64],
        "n" => [0u64],
        "sw" => [0.0],
        "swy" => [0.0],
        "swy2" => [0.0],
        "sw2" => [0.0],
        "sw2y" => [0.0],
        "sw2y2" => [0.0],
        "y_min" => [None::<f64>],
        "y_max" => [None::<f64>]
    )
    .expect("frame");
    ParquetWriter::new(std::fs::File::create(&empty).expect("create"))
        .finish(&mut rows)
        .expect("write");
    let o = wd.run(&[
        "--quiet",
        "compute",
        "out/demo-project",
        "--out",
        "out",
        "--aggregates",
        "empty.parquet",
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("empty.parquet holds no rows for wave"), "{err}");
}
