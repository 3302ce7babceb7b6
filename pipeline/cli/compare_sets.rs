//! `cohesion compare-sets`: two candidate indicator sets side by side on the same data.

use crate::runner::Ui;
use crate::runner::{CompareOptions, compare_sets};
use crate::workbench::compare::{csv, markdown};
use anyhow::Result;
use std::path::PathBuf;

/// Evaluate two indicator sets on the same data and print a verdict per indicator
/// (no_data, or keep / weak reliability / insensitive / detectability not assessed /
/// redundant) with the numbers behind it.
///
/// Reuses OUT/store when it has been ingested (e.g. by `cohesion run`); otherwise ingests
/// PROJECT_DIR (default: the embedded demo project) first. Writes the `set_comparison` table
/// and prints Markdown (or CSV) on stdout.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Indicator set A (TOML).
    pub a: PathBuf,
    /// Indicator set B (TOML).
    pub b: PathBuf,
    /// Project folder holding cohesion.toml (default: the embedded demo project).
    pub project_dir: Option<PathBuf>,
    /// Output folder (its store is reused when present).
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Print CSV instead of Markdown.
    #[arg(long)]
    pub csv: bool,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let rows = compare_sets(
        &CompareOptions {
            a: a.a,
            b: a.b,
            project: a.project_dir,
            out: a.out,
        },
        &ui,
    )?;
    if a.csv {
        print!("{}", csv(&rows)?);
    } else {
        print!("{}", markdown(&rows));
    }
    Ok(0)
}
