//! The researcher notebooks run top to bottom against the demo store (notebooks/run_all.sh),
//! so they cannot rot. Skipped when jupyter is missing — except in CI, where .ci/run installs
//! notebooks/requirements.txt.

use std::process::Command;

#[test]
fn notebooks_execute_against_the_demo_store() {
    let has = Command::new("jupyter")
        .args(["nbconvert", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install notebooks/requirements.txt (see .ci/run)"
        );
        eprintln!("skipped: jupyter nbconvert is not available");
        return;
    }
    let out = crate::demo::demo_out();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dest = root.join("target/test-work/notebooks");
    let _ = std::fs::create_dir_all(&dest);
    let o = Command::new("bash")
        .arg(root.join("notebooks/run_all.sh"))
        .arg(out)
        .env("NOTEBOOK_OUTPUT", &dest)
        .output()
        .expect("run_all.sh");
    assert!(
        o.status.success(),
        "notebooks failed:\n{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}
