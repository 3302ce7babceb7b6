//! `cohesion ingest`: only validation and staging into the store.

use crate::runner::{RunOptions, Stages, Ui};
use anyhow::Result;
use std::path::PathBuf;

/// Validate the inputs and stage them into OUT/store (responses, rejects, waves, cities,
/// index_scores, activities), then stop.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml.
    pub project_dir: PathBuf,
    /// Output folder.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
    /// Stage the inputs even when a wave loses more than half of its rows to rejects.
    #[arg(long)]
    pub allow_rejects: bool,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    crate::runner::run(&RunOptions {
        project: Some(a.project_dir),
        out: a.out,
        stages: Stages::Ingest,
        allow_rejects: a.allow_rejects,
        ui,
    })?;
    Ok(0)
}
