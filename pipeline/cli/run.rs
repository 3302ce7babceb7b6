//! `cohesion run`: every stage, on a project folder or on the embedded demo.

use crate::runner::{RunOptions, Stages, Ui};
use anyhow::Result;
use std::path::PathBuf;

/// Run every stage: validate, ingest, compute indicators and statistics, write reports.
///
/// Without PROJECT_DIR the embedded demo project (synthetic data for 12 cities, generated
/// from a fixed seed) is written to OUT/demo-project and run.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml (default: the embedded demo project).
    pub project_dir: Option<PathBuf>,
    /// Output folder for the store, reports and run.json.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Run even when a wave loses more than half of its rows to rejects (by default that
    /// stops the run with exit 1, naming the file and its main reasons).
    #[arg(long)]
    pub allow_rejects: bool,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    crate::runner::run(&RunOptions {
        project: a.project_dir,
        out: a.out,
        stages: Stages::All,
        allow_rejects: a.allow_rejects,
        ui,
    })?;
    Ok(0)
}
