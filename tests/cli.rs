//! The command-line surface: help texts, `init` + `validate`, exit codes.

use crate::util::Workdir;

#[test]
fn help_lists_every_subcommand() {
    let wd = Workdir::new("cli-help");
    let o = wd.run(&["--help"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    for sub in [
        "run",
        "init",
        "validate",
        "ingest",
        "compute",
        "report",
        "explain",
        "compare-sets",
        "plan",
        "bench",
        "bank",
        "sql",
    ] {
        assert!(out.contains(sub), "--help does not mention `{sub}`:\n{out}");
    }
    let o = wd.run(&["run", "--help"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("demo"));
}

#[test]
fn init_then_validate_passes_and_a_broken_manifest_fails_with_file_line() {
    let wd = Workdir::new("cli-init");
    wd.ok(&["--quiet", "init", "proj"]);
    assert!(wd.path("proj/cohesion.toml").is_file());
    assert!(wd.path("proj/indicators/icc-core.toml").is_file());
    // The scaffold is valid (its deliberately bad rows are listed, not fatal).
    wd.ok(&["--quiet", "validate", "proj"]);
    // --strict fails on those rows.
    assert_eq!(
        wd.run(&["--quiet", "validate", "--strict", "proj"]).status.code(),
        Some(1)
    );
    // Break one manifest: an unknown key on line 3.
    let m = wd
        .path("proj/data/surveys")
        .read_dir()
        .expect("surveys")
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("survey.toml"))
        .find(|p| p.is_file())
        .expect("a manifest");
    let text = std::fs::read_to_string(&m).expect("read");
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(2, "colour = \"blue\"");
    std::fs::write(&m, lines.join("\n")).expect("write");
    let o = wd.run(&["validate", "proj"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    let rel = m.strip_prefix(&wd.root).expect("rel").display().to_string();
    assert!(err.contains(&format!("{rel}:3:1: unknown key `colour`")), "{err}");
    // init refuses to overwrite.
    assert_eq!(wd.run(&["--quiet", "init", "proj"]).status.code(), Some(2));
}

/// Two runs into one output folder: the second refuses with a clear message while the first
/// holds the OS lock on `OUT/.cohesion.lock`; a lock file left behind by a process that is gone
/// (whatever pid it names) holds nothing, since the kernel released the lock with the process.
#[test]
fn a_second_run_into_the_same_out_refuses_and_a_left_lock_file_holds_nothing() {
    let wd = Workdir::new("cli-lock");
    wd.copy_fixture("base", "project");
    std::fs::create_dir_all(wd.path("out")).expect("mkdir");
    let held = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(wd.path("out/.cohesion.lock"))
        .expect("lock file");
    held.lock().expect("lock");
    std::fs::write(wd.path("out/.cohesion.lock"), format!("{}\n", std::process::id())).expect("pid");
    let o = wd.run(&["--quiet", "run", "project", "--out", "out"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("another cohesion process (pid {})", std::process::id())) && err.contains("is writing"),
        "{err}"
    );
    assert!(!wd.path("out/store").exists(), "nothing written while locked");
    drop(held);
    // The file names a live pid (this test's) but nobody holds the lock: the run goes ahead.
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    assert!(wd.path("out/store/estimates").is_dir());
}

/// Every file under `dir`, relative path → bytes.
fn files_of(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &std::path::Path, d: &std::path::Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("rel").display().to_string();
                out.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// 20 pairs of runs started together into one output folder: in every pair one run writes the
/// store and the other either refuses (exit 2, the lock message) or runs after it; never both
/// fail, and after every pair the store is file for file and byte for byte the store of a run
/// alone (runs are deterministic, so any lost or mixed file shows).
#[test]
fn twenty_concurrent_pairs_always_leave_one_complete_store() {
    let wd = Workdir::new("cli-lock-pairs");
    wd.copy_fixture("base", "project");
    wd.ok(&["--quiet", "run", "project", "--out", "alone"]);
    let reference = files_of(&wd.path("alone/store"));
    assert!(
        reference.keys().any(|k| k.starts_with("responses/")),
        "{:?}",
        reference.keys()
    );
    let bin = env!("CARGO_BIN_EXE_cohesion");
    for pair in 0..20 {
        let spawn = || {
            std::process::Command::new(bin)
                .args(["--quiet", "run", "project", "--out", "shared"])
                .current_dir(&wd.root)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (a, b) = (spawn(), spawn());
        let outs = [a.wait_with_output().expect("wait"), b.wait_with_output().expect("wait")];
        let won = outs.iter().filter(|o| o.status.success()).count();
        assert!(won >= 1, "pair {pair}: both runs failed: {:?}", outs);
        for o in outs.iter().filter(|o| !o.status.success()) {
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "pair {pair}: {err}");
            assert!(err.contains("another cohesion process"), "pair {pair}: {err}");
        }
        let got = files_of(&wd.path("shared/store"));
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            reference.keys().collect::<Vec<_>>(),
            "pair {pair}: the store's files"
        );
        for (k, v) in &reference {
            assert!(got[k] == *v, "pair {pair}: {k} differs from a run alone");
        }
    }
}

/// `bench --compare-pandas` on a tiny network: bench/gen_big.py writes the project, cohesion
/// runs on it, bench/pandas_ref.py (the peer baseline, whose estimates and SEs equal R
/// survey's `svymean` on the full design) runs on the same files, and cohesion's share
/// estimates, SEs and n equal pandas' for every item × city × wave × {all, yes, no}.
#[test]
fn bench_compare_pandas_matches_the_pandas_reference_estimates() {
    if !crate::util::python_has("import numpy, pandas") {
        eprintln!("skipped: python3 with numpy and pandas is not available (pip install numpy pandas)");
        return;
    }
    let wd = Workdir::new("cli-bench-pandas");
    let o = wd.run(&[
        "--quiet",
        "bench",
        "--compare-pandas",
        "--cities",
        "2",
        "--waves",
        "3",
        "--respondents",
        "250",
        "--dir",
        "bw",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", String::from_utf8_lossy(&o.stderr));
    // 10 items × 2 cities × 3 waves × 3 groups.
    assert!(out.contains("| 180 of 180 matched ("), "{out}");
    let diffs = out
        .split("max abs difference: estimate ")
        .nth(1)
        .expect("agreement row");
    let num = |key: &str| -> f64 {
        let s = if key.is_empty() {
            diffs
        } else {
            diffs.split(key).nth(1).expect("key")
        };
        s.split([',', ' ']).next().expect("number").parse().expect("a number")
    };
    assert!(num("") < 1e-9, "{out}");
    assert!(num("SE ") < 1e-9, "{out}");
    assert_eq!(num("n "), 0.0, "{out}");
    assert!(out.contains("**speed-up: validate + ingest + compute**"), "{out}");
    assert!(wd.path("bw/network-2x3x250/cohesion.toml").is_file());
}

/// A surveys folder with links back up (`ln -s ..` twice) or set to `/` answers at once with
/// a clear error naming the loop (or the system folder), exit 1, instead of walking forever.
#[test]
fn symlink_loops_and_system_roots_in_the_surveys_folder_are_clear_errors() {
    let wd = Workdir::new("cli-walk");
    let p = wd.copy_fixture("base", "project");
    std::os::unix::fs::symlink("..", p.join("data/surveys/alpha-2023/up")).expect("link");
    std::os::unix::fs::symlink("..", p.join("data/surveys/alpha-2024/up")).expect("link");
    let o = wd.run(&["validate", "project"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot list the surveys folder: a symbolic link loop: ") && err.contains("/up is the folder "),
        "{err}"
    );
    std::fs::remove_file(p.join("data/surveys/alpha-2023/up")).expect("rm");
    std::fs::remove_file(p.join("data/surveys/alpha-2024/up")).expect("rm");
    let toml = std::fs::read_to_string(p.join("cohesion.toml")).expect("toml");
    std::fs::write(
        p.join("cohesion.toml"),
        toml.replace("surveys = \"data/surveys\"", "surveys = \"/\""),
    )
    .expect("toml");
    let o = wd.run(&["validate", "project"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("is a system folder"), "{err}");
}

/// Labels printed in every report have a length limit: a 10,000-character wave label (which
/// made the report stage crawl) is a manifest problem at its line and column.
#[test]
fn a_wave_label_longer_than_the_limit_is_a_manifest_problem() {
    let wd = Workdir::new("cli-long-label");
    let p = wd.copy_fixture("base", "project");
    let m = p.join("data/surveys/alpha-2023/survey.toml");
    let toml = std::fs::read_to_string(&m).expect("toml");
    std::fs::write(
        &m,
        toml.replace("wave = \"2023\"", &format!("wave = \"{}\"", "x".repeat(10_000))),
    )
    .expect("toml");
    let o = wd.run(&["validate", "project"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("alpha-2023/survey.toml:4:8: `wave` is 10000 characters long; at most 120"),
        "{err}"
    );
}
