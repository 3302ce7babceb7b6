//! Integration tests: the real `cohesion` binary on small fixture projects, the demo, the
//! bad-input corpus and (when present) the real ESS data. One test binary, modules below.

/// Workdir and command helpers (after ripgrep's tests/util.rs).
mod util;

/// Layering: stages only look down (no upward or stage-to-stage imports).
mod architecture;
/// The bad-input corpus: one case per rejection reason and manifest error, golden messages.
mod bad_inputs;
/// CLI surface: help, init + validate, exit codes.
mod cli;
/// The embedded demo end to end: planted effects found, rejects, determinism.
mod demo;
/// The user manual's TOML examples parse and validate.
mod docs;
/// The interactive explorer in headless Chromium: numbers equal the store, fragment, exports, widths.
mod explorer;
/// A mutation fuzzer over the parsers and readers of users' files (bounded by COHESION_FUZZ_SECONDS).
mod fuzz;
/// Ingest of the base fixture: row accounting, harmonisation, store layout, footers.
mod ingest;
/// SPSS and Stata wave files: the GSS example, three formats, identical estimates.
mod labelled;
/// The researcher notebooks execute against the demo store.
mod notebooks;
/// Files as offices send them: CSV dialects and encodings, value maps, text missing codes, bands.
mod offices;
/// The store read back by DuckDB and pandas.
mod readback;
/// Real data (ESS extract) when ../shared/realdata is present.
mod realdata;
/// A wave's own replicate weights: stored, recorded, replicate SEs equal to R, composite interval.
mod replicates;
/// Reports: golden structure, chart pixels, escaping, translations, headless Chromium.
mod reports;
/// Stage 1 as SQL in DuckDB and Spark: `cohesion sql` + `compute --aggregates` equal the native estimates.
mod sql;
/// The working group's workbench: plan, compare-sets, composite, diagnostics.
mod workbench;
