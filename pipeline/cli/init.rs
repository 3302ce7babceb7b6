//! `cohesion init`: write the demo project as an editable project folder, or draft a wave's
//! `survey.toml` from its data file.

use crate::runner::Ui;
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Write a project folder to start from: cohesion.toml, indicator sets, and the demo data
/// (cities, barometer waves, city surveys, ICC Index history, activity evaluations).
///
/// With --from FILE (CSV, XLSX, SPSS .sav/.zsav, Stata .dta), draft the wave's survey.toml
/// instead, next to FILE: every column with its label and value labels, guessed question-bank
/// items and groups, SPSS user-missing values as missing codes, and TODO markers where a
/// person must decide.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to create (must not exist or be empty); with --from, the folder of the draft
    /// (default: FILE's folder).
    pub dir: Option<PathBuf>,
    /// Seed of the synthetic data.
    #[arg(long, default_value_t = crate::demo::DEMO_SEED)]
    pub seed: u64,
    /// Draft a survey.toml from this data file instead of writing the demo.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    if let Some(file) = &a.from {
        let dir = a
            .dir
            .clone()
            .or_else(|| file.parent().map(PathBuf::from))
            .unwrap_or_default();
        let out = dir.join("survey.toml");
        if out.exists() {
            bail!("{} exists; remove it or choose another folder", out.display());
        }
        let bank = crate::config::bank::QuestionBank::shipped().map_err(|p| anyhow::anyhow!("{p}"))?;
        let text = match crate::ingest::draft::draft_manifest(file, &bank) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}", e.problem(file, ""));
                return Ok(1);
            }
        };
        std::fs::create_dir_all(&dir)?;
        crate::store::write_atomic(&out, text.as_bytes())?;
        ui.info(format!(
            "draft written to {}; fill in its TODOs, then run `cohesion validate` on the project",
            out.display()
        ));
        return Ok(0);
    }
    let Some(dir) = a.dir else {
        bail!("give a folder to create (cohesion init DIR), or --from FILE to draft a survey.toml");
    };
    if dir.exists() && std::fs::read_dir(&dir)?.next().is_some() {
        bail!("{} exists and is not empty; choose a new folder", dir.display());
    }
    crate::runner::write_demo(&dir, a.seed, false)?;
    ui.info(format!(
        "project written to {}; check it with `cohesion validate {}`",
        dir.display(),
        dir.display()
    ));
    Ok(0)
}
