//! `cohesion.toml`: the project file (docs/INPUTS.md, contract). Parsing and checks only.

use super::parse_toml;
use crate::diag::{Owner, Problem, Problems};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    project: RawProject,
    inputs: RawInputs,
    #[serde(default)]
    indicators: Option<RawIndicators>,
    #[serde(default)]
    analysis: Option<RawAnalysis>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    name: String,
    #[serde(default)]
    languages: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInputs {
    surveys: Spanned<String>,
    cities: Spanned<String>,
    #[serde(default)]
    index: Option<Spanned<String>>,
    #[serde(default)]
    activities: Option<Spanned<String>>,
    /// The answer scale of each non-binary item in `activities.csv`: item id -> [min, max].
    #[serde(default)]
    activity_scales: Option<std::collections::BTreeMap<String, Spanned<Vec<f64>>>>,
    /// The project's own question-bank items (added to the shipped bank).
    #[serde(default)]
    question_bank: Option<Spanned<String>>,
    /// How the flat CSV files (cities, index, activities) are written.
    #[serde(default)]
    delimiter: Option<Spanned<String>>,
    #[serde(default)]
    decimal: Option<Spanned<String>>,
    #[serde(default)]
    encoding: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicators {
    #[serde(default)]
    sets: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnalysis {
    #[serde(default)]
    alpha: Option<Spanned<f64>>,
    #[serde(default)]
    min_n: Option<Spanned<i64>>,
    #[serde(default)]
    seed: Option<i64>,
    #[serde(default)]
    multiple_testing: Option<Spanned<String>>,
    #[serde(default)]
    peers_k: Option<Spanned<i64>>,
    #[serde(default)]
    replicates: Option<Spanned<i64>>,
}

/// Multiple-testing correction within each family of `changes` (docs/METHODS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MultipleTesting {
    /// Benjamini–Hochberg false discovery rate (default).
    Bh,
    /// Holm family-wise error rate.
    Holm,
}

/// Analysis parameters with their defaults applied.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Analysis {
    /// Significance level for q-values and trend tests.
    pub alpha: f64,
    /// Minimum unweighted n below which estimates are suppressed.
    pub min_n: u64,
    /// Global seed; each resampling step derives its own seed from it.
    pub seed: u64,
    /// Correction used within each family of changes.
    pub multiple_testing: MultipleTesting,
    /// Number of nearest neighbours in the k-NN peer group.
    pub peers_k: usize,
    /// Rao–Wu bootstrap replicate weights made per wave (docs/METHODS.md "Replicate weights").
    #[serde(default = "default_replicates")]
    pub replicates: usize,
}

/// Default number of bootstrap replicates per wave (R `as.svrepdesign`'s own default is 50;
/// 200 gives 2.5th/97.5th percentiles from 5 replicates in each tail).
pub const DEFAULT_REPLICATES: usize = 200;

fn default_replicates() -> usize {
    DEFAULT_REPLICATES
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis {
            alpha: 0.05,
            min_n: 30,
            seed: 42,
            multiple_testing: MultipleTesting::Bh,
            peers_k: 4,
            replicates: DEFAULT_REPLICATES,
        }
    }
}

/// A parsed and checked `cohesion.toml`, paths resolved against the project folder.
#[derive(Debug, Clone)]
pub struct Project {
    /// Project folder.
    pub dir: PathBuf,
    /// Display name.
    pub name: String,
    /// Report languages (first is the main one).
    pub languages: Vec<String>,
    /// Folder of wave folders.
    pub surveys: PathBuf,
    /// `cities.csv`.
    pub cities: PathBuf,
    /// `index_scores.csv`, if any.
    pub index: Option<PathBuf>,
    /// `activities.csv`, if any.
    pub activities: Option<PathBuf>,
    /// How `cities.csv`, `index_scores.csv` and `activities.csv` are written (`[inputs]`
    /// `delimiter`, `decimal`, `encoding`).
    pub flat_csv: crate::config::coding::CsvFormat,
    /// The answer scale (min, max) of each non-binary activity item (`[inputs] activity_scales`).
    pub activity_scales: std::collections::BTreeMap<String, (f64, f64)>,
    /// The project's own question-bank file, if any (`[inputs] question_bank`).
    pub question_bank: Option<PathBuf>,
    /// Indicator-set files (empty = the sets shipped with cohesion).
    pub indicator_sets: Vec<PathBuf>,
    /// Analysis parameters.
    pub analysis: Analysis,
}

/// The file name of a project file.
pub const PROJECT_FILE: &str = "cohesion.toml";

impl Project {
    /// Read `DIR/cohesion.toml`; every problem found is added to `problems`.
    pub fn load(dir: &Path, problems: &mut Problems) -> Option<Project> {
        let file = dir.join(PROJECT_FILE);
        let src = match std::fs::read_to_string(&file) {
            Ok(s) => s,
            Err(e) => {
                problems.push(Problem::file(
                    &file,
                    format!("cannot read the project file: {e}"),
                    Owner::Config,
                ));
                return None;
            }
        };
        let raw: Raw = match parse_toml(&file, &src, Owner::Config) {
            Ok(r) => r,
            Err(p) => {
                problems.push(p);
                return None;
            }
        };
        let mut check_path = |s: &Spanned<String>, must_be_dir: bool| -> PathBuf {
            let p = dir.join(s.get_ref());
            let ok = if must_be_dir { p.is_dir() } else { p.is_file() };
            if !ok {
                let what = if must_be_dir { "folder" } else { "file" };
                problems.push(Problem::at_offset(
                    &file,
                    &src,
                    s.span().start,
                    format!(
                        "{what} `{}` does not exist (paths are relative to the project folder)",
                        s.get_ref()
                    ),
                    Owner::Config,
                ));
            }
            p
        };
        let surveys = check_path(&raw.inputs.surveys, true);
        let cities = check_path(&raw.inputs.cities, false);
        let index = raw.inputs.index.as_ref().map(|s| check_path(s, false));
        let activities = raw.inputs.activities.as_ref().map(|s| check_path(s, false));
        let question_bank = raw.inputs.question_bank.as_ref().map(|s| check_path(s, false));
        let indicator_sets = raw
            .indicators
            .as_ref()
            .map(|i| i.sets.iter().map(|s| check_path(s, false)).collect())
            .unwrap_or_default();

        let flat_csv = {
            let mut bad = |off: usize, msg: String| {
                problems.push(Problem::at_offset(&file, &src, off, msg, Owner::Config));
            };
            crate::config::coding::csv_format(
                raw.inputs.delimiter.as_ref(),
                raw.inputs.decimal.as_ref(),
                raw.inputs.encoding.as_ref(),
                &mut bad,
            )
        };
        let mut activity_scales = std::collections::BTreeMap::new();
        for (item, scale) in raw.inputs.activity_scales.iter().flatten() {
            match scale.get_ref().as_slice() {
                [lo, hi] if lo < hi => {
                    activity_scales.insert(item.clone(), (*lo, *hi));
                }
                _ => problems.push(Problem::at_offset(
                    &file,
                    &src,
                    scale.span().start,
                    format!("activity_scales: `{item}` must be [min, max] with min < max, e.g. {item} = [1, 5]"),
                    Owner::Config,
                )),
            }
        }
        let mut analysis = Analysis::default();
        if let Some(a) = &raw.analysis {
            if let Some(alpha) = &a.alpha {
                if *alpha.get_ref() > 0.0 && *alpha.get_ref() < 1.0 {
                    analysis.alpha = *alpha.get_ref();
                } else {
                    problems.push(Problem::at_offset(
                        &file,
                        &src,
                        alpha.span().start,
                        "`alpha` must lie strictly between 0 and 1",
                        Owner::Config,
                    ));
                }
            }
            if let Some(m) = &a.min_n {
                if *m.get_ref() >= 2 {
                    analysis.min_n = *m.get_ref() as u64;
                } else {
                    problems.push(Problem::at_offset(
                        &file,
                        &src,
                        m.span().start,
                        "`min_n` must be a whole number of at least 2",
                        Owner::Config,
                    ));
                }
            }
            if let Some(s) = a.seed {
                analysis.seed = s as u64;
            }
            if let Some(k) = &a.peers_k {
                if *k.get_ref() >= 1 {
                    analysis.peers_k = *k.get_ref() as usize;
                } else {
                    problems.push(Problem::at_offset(
                        &file,
                        &src,
                        k.span().start,
                        "`peers_k` must be at least 1",
                        Owner::Config,
                    ));
                }
            }
            if let Some(r) = &a.replicates {
                if (20..=10_000).contains(r.get_ref()) {
                    analysis.replicates = *r.get_ref() as usize;
                } else {
                    problems.push(Problem::at_offset(
                        &file,
                        &src,
                        r.span().start,
                        "`replicates` must be a whole number between 20 and 10000",
                        Owner::Config,
                    ));
                }
            }
            if let Some(m) = &a.multiple_testing {
                match m.get_ref().as_str() {
                    "bh" | "BH" | "fdr" => analysis.multiple_testing = MultipleTesting::Bh,
                    "holm" => analysis.multiple_testing = MultipleTesting::Holm,
                    other => problems.push(Problem::at_offset(
                        &file,
                        &src,
                        m.span().start,
                        format!("unknown multiple-testing method `{other}`, expected `bh` or `holm`"),
                        Owner::Config,
                    )),
                }
            }
        }
        let languages = match &raw.project.languages {
            Some(l) if l.get_ref().is_empty() => {
                problems.push(Problem::at_offset(
                    &file,
                    &src,
                    l.span().start,
                    "`languages` must list at least one language, e.g. [\"en\"]",
                    Owner::Config,
                ));
                vec!["en".to_string()]
            }
            Some(l) => l.get_ref().clone(),
            None => vec!["en".to_string()],
        };
        Some(Project {
            dir: dir.to_path_buf(),
            name: raw.project.name,
            languages,
            surveys,
            cities,
            index,
            activities,
            flat_csv,
            activity_scales,
            question_bank,
            indicator_sets,
            analysis,
        })
    }

    /// A path shown to users: relative to the project folder when inside it.
    pub fn display_path(&self, p: &Path) -> PathBuf {
        p.strip_prefix(&self.dir)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| p.to_path_buf())
    }
}
