//! Every case in tests/bad/<case>/ is the clean base fixture with the files of `overlay/`
//! laid over it. `cohesion --quiet validate --strict` must fail with exactly the messages in
//! `expected.txt` (file:line:col and what was expected). COHESION_BLESS=1 rewrites them.

use crate::util::{Workdir, copy_dir, golden};
use std::path::Path;

fn case(name: &str) {
    let wd = Workdir::new(&format!("bad-{name}"));
    wd.copy_fixture("base", "project");
    let case_dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("bad")
        .join(name);
    copy_dir(&case_dir.join("overlay"), &wd.path("project"));
    let o = wd.run(&["--quiet", "validate", "--strict", "project"]);
    let code = o.status.code().unwrap_or(-1);
    assert_ne!(code, 0, "{name}: a bad input must fail validation");
    let got = format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    golden(&case_dir.join("expected.txt"), &got);
    // A project that fails validation must not be run either: nothing is written.
    if ["manifest", "project", "set", "data", "wave"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        let o = wd.run(&["--quiet", "run", "project", "--out", "out"]);
        assert_eq!(o.status.code(), Some(1), "{name}: run must refuse an invalid project");
        assert!(!wd.path("out/store").exists(), "{name}: nothing may be written");
    }
}

macro_rules! cases {
    ($($name:ident),* $(,)?) => { $( #[test] fn $name() { case(stringify!($name)); } )* };
}

cases!(
    manifest_toml_syntax,
    manifest_draft_placeholders,
    index_all_rows_rejected,
    manifest_long_file_bad,
    manifest_long_file_no_city,
    manifest_weight_bad,
    row_inclusion_probability_invalid,
    manifest_unknown_key,
    manifest_missing_key,
    manifest_wrong_type,
    manifest_missing_column,
    manifest_unknown_city,
    manifest_unknown_item,
    manifest_bad_scale,
    manifest_unknown_mode,
    manifest_missing_code_in_scale,
    project_unknown_key,
    project_missing_file,
    project_bank_redefines_item,
    set_unknown_statistic,
    row_out_of_scale,
    row_non_numeric,
    row_duplicate_id,
    row_weight_zero,
    row_weight_missing,
    row_unknown_group_code,
    row_wrong_field_count,
    index_unknown_city,
    index_unknown_area,
    index_score_out_of_range,
    index_lens_and_subareas,
    activities_unknown_item,
    activities_bad_phase,
    activities_unknown_city,
    activities_value_outside_scale,
    activities_scale_not_declared,
    project_activity_scale_bad,
    row_missing_psu,
    cities_bad_share,
    cities_missing_population,
    cities_repeated_column,
    data_semicolon_csv,
    data_windows_1252,
    data_cities_windows_1252,
    data_cities_semicolon,
    row_label_not_in_map,
    manifest_spss_label_not_a_value_label,
    row_spss_out_of_scale,
    wave_margin_without_respondents,
    row_unknown_text_missing_code,
    manifest_bands_overlap,
    wave_all_rows_rejected,
    wave_most_rows_rejected,
    manifest_replicate_weights_bad,
    manifest_replicate_weights_no_column,
    manifest_replicate_weights_jkn,
    manifest_replicate_weights_rscales,
    row_replicate_weight_invalid,
);

/// `--allow-rejects` lets a wave that loses most of its rows through `validate` and `run`,
/// with the rows in `rejects` and a note in run.json; without it `run` writes nothing.
#[test]
fn allow_rejects_lets_a_mostly_rejected_wave_through() {
    let wd = Workdir::new("bad-allow-rejects");
    wd.copy_fixture("base", "project");
    let case_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad/wave_most_rows_rejected");
    copy_dir(&case_dir.join("overlay"), &wd.path("project"));
    let o = wd.run(&["--quiet", "run", "project", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "run must refuse the wave");
    assert!(!wd.path("out/store").exists(), "nothing may be written");

    wd.ok(&["--quiet", "validate", "--allow-rejects", "project"]);
    wd.ok(&["--quiet", "run", "--allow-rejects", "project", "--out", "out"]);
    let rejects = crate::util::read_table(&wd.path("out"), "rejects");
    let files = rejects.column("file").expect("file").str().expect("str").clone();
    let n = files
        .iter()
        .filter(|f| *f == Some("data/surveys/alpha-2024/responses.csv"))
        .count();
    assert_eq!(n, 5, "the 5 rejected rows are kept in `rejects`");
    let run = std::fs::read_to_string(wd.path("out/run.json")).expect("run.json");
    assert!(
        run.contains("data/surveys/alpha-2024/responses.csv: 5 of 8 rows rejected, kept with --allow-rejects"),
        "{run}"
    );
}

/// A wave whose rows were all rejected, kept with `--allow-rejects`, is named wherever it is
/// missing: in the brief (which otherwise shows the wave before it as the latest), in the
/// city report's data notes, and in the reason an indicator has no 2024 estimate.
#[test]
fn an_all_rejected_wave_is_named_not_skipped() {
    let wd = Workdir::new("bad-all-rejected-named");
    wd.copy_fixture("base", "project");
    let case_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad/wave_all_rows_rejected");
    copy_dir(&case_dir.join("overlay"), &wd.path("project"));
    wd.ok(&["--quiet", "run", "--allow-rejects", "project", "--out", "out"]);
    let read = |p: &str| std::fs::read_to_string(wd.path(p)).expect(p);
    let brief = read("out/reports/city/alphaville/en/brief.md");
    assert!(
        brief.contains("The 2024 wave is not shown: all its 8 rows were rejected when the data were checked."),
        "{brief}"
    );
    let report = read("out/reports/city/alphaville/en/report.md");
    assert!(
        report.contains("One wave has no estimates because every row was rejected (2024)"),
        "{report}"
    );
    assert!(!report.contains("not asked"), "{report}");
}

/// The flat files take the CSV keys a wave takes, under `[inputs]` (one setting for the
/// three): the Excel-saved `cities.csv` of the two golden cases above (Windows-1252;
/// semicolons) goes in once the keys the errors name are set, with its city names decoded.
#[test]
fn flat_files_take_delimiter_decimal_and_encoding_keys() {
    for (case, keys) in [
        ("data_cities_windows_1252", "encoding = \"windows-1252\"\n"),
        ("data_cities_semicolon", "delimiter = \";\"\n"),
    ] {
        let wd = Workdir::new(&format!("flat-keys-{case}"));
        let p = wd.copy_fixture("base", "project");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/bad")
                .join(case)
                .join("overlay"),
            &p,
        );
        if case == "data_cities_semicolon" {
            // One setting for the three flat files: the other two saved the same way.
            for f in ["data/index_scores.csv", "data/activities.csv"] {
                let text = std::fs::read_to_string(p.join(f)).expect("flat file");
                assert!(!text.contains(';') && !text.contains('"'), "{f}");
                std::fs::write(p.join(f), text.replace(',', ";")).expect("write");
            }
        }
        let toml = std::fs::read_to_string(p.join("cohesion.toml")).expect("toml");
        std::fs::write(
            p.join("cohesion.toml"),
            toml.replace("[inputs]\n", &format!("[inputs]\n{keys}")),
        )
        .expect("toml");
        wd.ok(&["--quiet", "run", "project", "--out", "out"]);
        let cities = crate::util::read_table(&wd.path("out"), "cities");
        let names = crate::util::text_column(&cities, "city");
        assert!(names.len() >= 2, "{case}: {names:?}");
        assert!(
            names.iter().all(|n| !n.contains('\u{FFFD}') && !n.contains(';')),
            "{case}: {names:?}"
        );
    }
}

/// Every directory in tests/bad has a test above (no case silently skipped).
#[test]
fn every_case_is_listed() {
    let src = include_str!("bad_inputs.rs");
    for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad")).expect("tests/bad") {
        let name = e.expect("entry").file_name().to_string_lossy().to_string();
        assert!(src.contains(&format!("    {name},")), "tests/bad/{name} has no test");
    }
}
