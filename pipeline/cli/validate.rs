//! `cohesion validate`: check every input and write nothing.

use crate::diag::InvalidProject;
use crate::ingest::IngestOptions;
use crate::ingest::losses::{group_rejects, rows};
use crate::runner::Ui;
use anyhow::Result;
use std::path::PathBuf;

/// Check the configuration, manifests, headers and every data row; write nothing.
///
/// Problems that stop a run (broken TOML, unknown keys, missing columns, a file that is not
/// UTF-8…) are printed as `file:line:col: message` and exit with code 1, and so does a wave
/// that loses more than half of its rows (unless --allow-rejects). Rows that a run would
/// reject are summarised on stdout per file and reason (every row with --verbose); they fail
/// validation only with --strict.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml.
    pub project_dir: PathBuf,
    /// Also fail (exit 1) when any data row would be rejected.
    #[arg(long)]
    pub strict: bool,
    /// Accept waves that lose more than half of their rows (a run would need it too).
    #[arg(long)]
    pub allow_rejects: bool,
    /// List every row that would be rejected instead of one line per file and reason.
    #[arg(long)]
    pub verbose: bool,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let cp = crate::runner::checked(&a.project_dir, false)?;
    let summary = crate::ingest::ingest_with(
        &cp,
        None,
        &indicatif::ProgressBar::hidden(),
        IngestOptions {
            allow_rejects: a.allow_rejects,
        },
    )?;
    let shown = |file: &str| cp.project.dir.join(file).display().to_string();
    if a.verbose {
        for r in &summary.rejects {
            println!(
                "{} [row would be rejected]",
                crate::runner::describe_reject(&shown(&r.file), r)
            );
        }
    } else {
        for g in group_rejects(&summary.rejects) {
            let n = g.lines.len();
            let what = if n == 1 {
                "row would be rejected".to_string()
            } else {
                let mut lines: Vec<String> = g.lines.iter().take(10).map(u64::to_string).collect();
                if n > 10 {
                    lines.push("…".into());
                }
                let mut s = format!("{} would be rejected: lines {}", rows(n as u64), lines.join(", "));
                if !g.values.is_empty() {
                    let mut values: Vec<String> = g.values.iter().take(5).map(|v| format!("\"{v}\"")).collect();
                    if g.values.len() > 5 {
                        values.push("…".into());
                    }
                    s.push_str(&format!("; values {}", values.join(", ")));
                }
                s
            };
            println!("{} [{what}]", g.located(&shown(&g.file)));
        }
    }
    crate::runner::report_totals(&ui, &summary);
    if !a.allow_rejects && !summary.mostly_rejected.is_empty() {
        return Err(InvalidProject(summary.mostly_rejected).into());
    }
    if a.strict && !summary.rejects.is_empty() {
        return Ok(1);
    }
    ui.info(format!("{} is valid: {} waves", a.project_dir.display(), summary.waves));
    Ok(0)
}
