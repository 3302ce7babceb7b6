//! The store reads back unchanged in DuckDB and pandas (tests/readback.py). Skipped when
//! python3 lacks duckdb/pandas/pyarrow — except in CI (env CI set), where .ci/run installs them.

use std::process::Command;

#[test]
fn store_reads_back_in_duckdb_and_pandas() {
    let has = Command::new("python3")
        .args(["-c", "import duckdb, pandas, pyarrow"])
        .status()
        .is_ok_and(|s| s.success());
    if !has {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install duckdb, pandas and pyarrow (see .ci/run)"
        );
        eprintln!("skipped: python3 with duckdb, pandas and pyarrow is not available");
        return;
    }
    let out = crate::demo::demo_out();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/readback.py");
    let o = Command::new("python3").arg(script).arg(out).output().expect("python3");
    assert!(
        o.status.success(),
        "readback failed:\n{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}
