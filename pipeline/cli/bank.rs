//! `cohesion bank`: the question bank a project sees (shipped items plus its own).

use crate::config::bank::QuestionBank;
use crate::diag::InvalidProject;
use crate::runner::Ui;
use anyhow::Result;
use std::path::PathBuf;

/// List every question-bank item: id, construct, scale, polarity, where it comes from and its
/// wording in each language.
///
/// Without DIR, the bank shipped with cohesion; with a project folder, also the items of the
/// file its cohesion.toml names in `[inputs] question_bank`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml (default: the shipped bank only).
    pub project_dir: Option<PathBuf>,
}

/// Execute.
pub fn run(a: Args, _ui: Ui) -> Result<u8> {
    let bank = match &a.project_dir {
        None => QuestionBank::shipped().map_err(|p| anyhow::anyhow!("{p}"))?,
        Some(dir) => QuestionBank::for_project(dir).map_err(InvalidProject)?.1,
    };
    print!("{}", bank.listing());
    Ok(0)
}
