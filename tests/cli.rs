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
/// holds `OUT/.cohesion.lock`; a lock left by a process that is gone is taken over.
#[test]
fn a_second_run_into_the_same_out_refuses_and_a_stale_lock_is_taken_over() {
    let wd = Workdir::new("cli-lock");
    wd.copy_fixture("base", "project");
    std::fs::create_dir_all(wd.path("out")).expect("mkdir");
    // This test process is alive: its pid holds the lock.
    std::fs::write(wd.path("out/.cohesion.lock"), format!("{}\n", std::process::id())).expect("lock");
    let o = wd.run(&["--quiet", "run", "project", "--out", "out"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("another cohesion process") && err.contains("is writing"),
        "{err}"
    );
    assert!(!wd.path("out/store").exists(), "nothing written while locked");
    // A pid that cannot exist: stale, taken over, and removed when the run ends.
    std::fs::write(wd.path("out/.cohesion.lock"), "4294967295\n").expect("lock");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    assert!(wd.path("out/store/estimates").is_dir());
    assert!(!wd.path("out/.cohesion.lock").exists());
}

/// `bench --compare-pandas` on a tiny network: bench/gen_big.py writes the project, cohesion
/// runs on it, bench/pandas_ref.py (the peer baseline, whose estimates and SEs equal R
/// survey's `svymean` on the full design) runs on the same files, and cohesion's share
/// estimates, SEs and n equal pandas' for every item × city × wave × {all, yes, no}.
#[test]
fn bench_compare_pandas_matches_the_pandas_reference_estimates() {
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
