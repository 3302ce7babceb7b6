//! `cohesion validate`: check every input and write nothing.

use crate::runner::Ui;
use anyhow::Result;
use std::path::PathBuf;

/// Check the configuration, manifests, headers and every data row; write nothing.
///
/// Problems that stop a run (broken TOML, unknown keys, missing columns…) are printed as
/// `file:line:col: message` and exit with code 1. Rows that a run would reject are listed
/// too; they fail validation only with --strict.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml.
    pub project_dir: PathBuf,
    /// Also fail (exit 1) when any data row would be rejected.
    #[arg(long)]
    pub strict: bool,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let cp = crate::runner::checked(&a.project_dir, false)?;
    let summary = crate::ingest::ingest(&cp, None, &indicatif::ProgressBar::hidden())?;
    for r in &summary.rejects {
        println!(
            "{} [row would be rejected]",
            crate::runner::describe_reject(&cp.project.dir.join(&r.file).display().to_string(), r)
        );
    }
    crate::runner::report_totals(&ui, &summary);
    if a.strict && !summary.rejects.is_empty() {
        return Ok(1);
    }
    ui.info(format!(
        "{} is valid: {} waves",
        a.project_dir.display(),
        cp.manifests.len()
    ));
    Ok(0)
}
