//! `cohesion report`: rewrite the reports from a store that `cohesion run` filled.

use crate::runner::{DEMO_DIR, Ui};
use anyhow::Result;
use std::path::PathBuf;

/// Write the city reports, mayor briefs, network report and indicator-set report (HTML,
/// Markdown, PNG and SVG) into OUT/reports from the tables in OUT/store. Use it after editing a
/// translation file; the statistics are not recomputed.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml (default: the demo project inside OUT).
    pub project_dir: Option<PathBuf>,
    /// Output folder whose store `run` filled.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let project = a.project_dir.unwrap_or_else(|| a.out.join(DEMO_DIR));
    let summary = crate::report::run_standalone(&project, &a.out)?;
    summary.print(&ui, &a.out);
    Ok(0)
}
