//! `cohesion compute`: rerun the statistics on a store that `ingest` already filled.

use crate::runner::{RunOptions, Stages, Ui};
use anyhow::Result;
use std::path::PathBuf;

/// Compute indicator estimates, changes, trends, gaps, peers, associations and activity
/// effects from OUT/store (run `cohesion ingest` first). Use it after editing an indicator
/// set or the [analysis] parameters.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml.
    pub project_dir: PathBuf,
    /// Output folder whose store `ingest` filled.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Finish the estimation from an engine's output of the `cohesion sql` queries (a Parquet
    /// file or folder of parts) instead of summing `responses` here (docs/SCALE.md).
    #[arg(long, value_name = "PATH")]
    pub aggregates: Option<PathBuf>,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let stage1 = match a.aggregates {
        Some(p) => crate::analysis::Stage1::Aggregates(p),
        None => crate::analysis::Stage1::Native,
    };
    crate::runner::run_with(
        &RunOptions {
            project: Some(a.project_dir),
            out: a.out,
            stages: Stages::Compute,
            allow_rejects: false,
            ui,
        },
        &stage1,
    )?;
    Ok(0)
}
