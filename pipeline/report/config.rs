//! What the reports need to know about the project, saved in the store so that `cohesion
//! report` rewrites every page from `OUT/store` alone — after the project folder has been
//! moved or deleted.
//!
//! `cohesion run` writes a [`Snapshot`] to `OUT/store/project/project.json`: the project's
//! name, languages and analysis parameters, the run id, the source text of every indicator
//! set, and the project's own translation files. [`ReportConfig::load`] parses it back with
//! the shipped question bank and ICC Index areas.

use crate::config::bank::{IndexAreas, QuestionBank};
use crate::config::indicators::IndicatorSet;
use crate::config::project::Analysis;
use crate::store::{Store, write_atomic};
use anyhow::{Context, Result, anyhow};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The file under `OUT/store/`.
pub const SNAPSHOT_FILE: &str = "project/project.json";

/// The project as the reports see it, serialised into the store.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    /// Project name.
    pub name: String,
    /// Report languages (first is the main one).
    pub languages: Vec<String>,
    /// Analysis parameters.
    pub analysis: Analysis,
    /// Run id printed in every footer.
    pub run_id: String,
    /// Every indicator set: (path as shown to users, TOML source).
    pub sets: Vec<(String, String)>,
    /// Extra translation files in the order they apply (later wins): (`<lang>.ftl`, Fluent
    /// text) from `COHESION_I18N_DIR`, then the project's `reports/i18n/`.
    pub translations: Vec<(String, String)>,
    /// The project's own question-bank file (`[inputs] question_bank`), as written: its items'
    /// wording is used wherever an item is named.
    #[serde(default)]
    pub question_bank: Option<String>,
    /// Row accounting of every data file of the run (as in `run.json`), so that the reports
    /// print the run's own counts.
    #[serde(default)]
    pub inputs: Vec<InputRows>,
}

/// Rows read, accepted and rejected from one data file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InputRows {
    /// Path relative to the project folder.
    pub file: String,
    /// survey, barometer, cities, index or activities.
    pub role: String,
    /// Data rows read.
    pub rows_in: u64,
    /// Rows accepted.
    pub accepted: u64,
    /// Rows rejected.
    pub rejected: u64,
}

impl Snapshot {
    /// Write into the store (atomically).
    pub fn save(&self, store: &Store) -> Result<()> {
        let json = serde_json::to_vec_pretty(self)?;
        write_atomic(&store.root.join(SNAPSHOT_FILE), &json)
    }

    /// Read from the store.
    pub fn read(store: &Store) -> Result<Snapshot> {
        let path = store.root.join(SNAPSHOT_FILE);
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "reading {}: the reports need a store written by `cohesion run` (version {} or later)",
                path.display(),
                crate::VERSION
            )
        })?;
        serde_json::from_str(&text).with_context(|| format!("reading {}", path.display()))
    }

    /// The `<lang>.ftl` files of the translation folders `dirs`, in order (file names
    /// sorted within a folder).
    pub fn translations_in(dirs: &[std::path::PathBuf]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for dir in dirs {
            let mut files: BTreeMap<String, String> = BTreeMap::new();
            if let Ok(entries) = std::fs::read_dir(dir) {
                for e in entries.flatten() {
                    let p = e.path();
                    if p.extension().is_some_and(|x| x == "ftl")
                        && let (Some(name), Ok(text)) = (p.file_name(), std::fs::read_to_string(&p))
                    {
                        files.insert(name.to_string_lossy().into_owned(), text);
                    }
                }
            }
            out.extend(files);
        }
        out
    }
}

/// Project name, languages and analysis parameters.
#[derive(Debug, Clone)]
pub struct ProjectInfo {
    /// Project name.
    pub name: String,
    /// Report languages.
    pub languages: Vec<String>,
    /// Analysis parameters.
    pub analysis: Analysis,
}

/// Everything the reports read besides the tables.
#[derive(Debug, Clone)]
pub struct ReportConfig {
    /// Name, languages, parameters.
    pub project: ProjectInfo,
    /// Indicator sets, in the project's order.
    pub sets: Vec<IndicatorSet>,
    /// Question bank (item wording).
    pub bank: QuestionBank,
    /// ICC Index areas.
    pub areas: IndexAreas,
    /// Extra translation files, in the order they apply.
    pub translations: Vec<(String, String)>,
    /// Run id.
    pub run_id: String,
    /// Row accounting of every data file of the run (empty in stores written before it existed).
    pub inputs: Vec<InputRows>,
}

impl ReportConfig {
    /// Parse a snapshot with the shipped bank (plus the project's items) and areas.
    pub fn from_snapshot(s: Snapshot) -> Result<ReportConfig> {
        let bank = QuestionBank::with_project_text(s.question_bank.as_deref()).map_err(|m| anyhow!("{m}"))?;
        let areas = IndexAreas::shipped().map_err(|p| anyhow!("{}", p.message))?;
        let mut problems = crate::diag::Problems::default();
        let sets: Vec<IndicatorSet> = s
            .sets
            .iter()
            .filter_map(|(path, src)| IndicatorSet::parse(Path::new(path), src, &bank, &areas, &mut problems))
            .collect();
        if !problems.0.is_empty() {
            return Err(anyhow!(
                "the indicator sets saved in the store do not parse:\n{problems}"
            ));
        }
        Ok(ReportConfig {
            project: ProjectInfo {
                name: s.name,
                languages: s.languages,
                analysis: s.analysis,
            },
            sets,
            bank,
            areas,
            translations: s.translations,
            run_id: s.run_id,
            inputs: s.inputs,
        })
    }

    /// Read the snapshot of `store`.
    pub fn load(store: &Store) -> Result<ReportConfig> {
        Self::from_snapshot(Snapshot::read(store)?)
    }
}
