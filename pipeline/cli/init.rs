//! `cohesion init`: write the demo project as an editable project folder.

use crate::runner::Ui;
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Write a project folder to start from: cohesion.toml, indicator sets, and the demo data
/// (cities, barometer waves, city surveys, ICC Index history, activity evaluations).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to create (must not exist or be empty).
    pub dir: PathBuf,
    /// Seed of the synthetic data.
    #[arg(long, default_value_t = crate::demo::DEMO_SEED)]
    pub seed: u64,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    if a.dir.exists() && std::fs::read_dir(&a.dir)?.next().is_some() {
        bail!("{} exists and is not empty; choose a new folder", a.dir.display());
    }
    crate::runner::write_demo(&a.dir, a.seed, false)?;
    ui.info(format!(
        "project written to {}; check it with `cohesion validate {}`",
        a.dir.display(),
        a.dir.display()
    ));
    Ok(0)
}
