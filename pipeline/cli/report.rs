//! `cohesion report`: rewrite the reports from a store that `cohesion run` filled.

use crate::runner::Ui;
use anyhow::Result;
use std::path::PathBuf;

/// Write the city reports, mayor briefs, network report and indicator-set report (HTML,
/// Markdown, PNG and SVG) into OUT/reports from OUT/store alone: the tables and the project
/// settings `run` saved there (name, languages, indicator sets, translations). The project
/// folder is not read, so it may have moved. Use it after editing a translation (rerun `run`
/// to pick up a changed project translation file); the statistics are not recomputed.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Ignored: the reports come from OUT/store alone (kept so that older scripts still work).
    #[arg(hide = true)]
    pub project_dir: Option<PathBuf>,
    /// Output folder whose store `run` filled.
    #[arg(long, default_value = "out")]
    pub out: PathBuf,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    if let Some(p) = &a.project_dir {
        ui.info(format!(
            "note: reports are rewritten from {} alone; {} is not read",
            a.out.join("store").display(),
            p.display()
        ));
    }
    let summary = crate::report::run_standalone(&a.out)?;
    summary.print(&ui, &a.out);
    Ok(0)
}
