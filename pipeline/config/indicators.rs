//! Indicator sets (`indicators/*.toml`, docs/INPUTS.md): a closed vocabulary, so that every
//! indicator is validated before anything runs (no free-form expressions reach the engine).

use super::parse_toml;
use crate::config::bank::{IndexAreas, Polarity, QuestionBank};
use crate::diag::{Owner, Problem, Problems, line_col};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The indicator sets shipped with cohesion (used when a project names none).
pub const SHIPPED_SETS: &[(&str, &str)] = &[
    (
        "indicators/icc-core.toml",
        include_str!("../../indicators/icc-core.toml"),
    ),
    ("indicators/icc-alt.toml", include_str!("../../indicators/icc-alt.toml")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSet {
    id: Spanned<String>,
    title: BTreeMap<String, String>,
    #[serde(default)]
    description: Option<BTreeMap<String, String>>,
    #[serde(default)]
    indicator: Vec<RawIndicator>,
    #[serde(default)]
    composite: Option<RawComposite>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    title: BTreeMap<String, String>,
    source: Spanned<String>,
    #[serde(default)]
    items: Option<Spanned<Vec<String>>>,
    statistic: Spanned<String>,
    #[serde(default)]
    polarity: Option<Spanned<String>>,
    #[serde(default)]
    equivalence_margin: Option<Spanned<f64>>,
    #[serde(default)]
    min_important_change: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComposite {
    id: Spanned<String>,
    #[serde(default)]
    title: Option<BTreeMap<String, String>>,
    indicators: Spanned<Vec<String>>,
    #[serde(default)]
    normalisation: Option<Spanned<String>>,
    #[serde(default)]
    weights: Option<Spanned<toml::Value>>,
    #[serde(default)]
    aggregation: Option<Spanned<String>>,
    #[serde(default)]
    uncertainty_draws: Option<Spanned<i64>>,
    #[serde(default)]
    max_age_years: Option<Spanned<f64>>,
}

pub use crate::vocab::{Source, Statistic};

/// One indicator.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// Id, unique in its set.
    pub id: String,
    /// Title by language.
    pub title: BTreeMap<String, String>,
    /// Data source.
    pub source: Source,
    /// Question-bank items, or Index areas for `index_area`.
    pub items: Vec<String>,
    /// Statistic.
    pub statistic: Statistic,
    /// Direction of good news.
    pub polarity: Polarity,
    /// Construct of its items (for weights by construct and reliability).
    pub construct: String,
    /// ± margin within which a change counts as "stable" by equivalence (set file
    /// `equivalence_margin`; default [`DEFAULT_EQUIVALENCE_MARGIN`] points for shares, POMP
    /// and Index scores, none for raw means).
    pub equivalence_margin: Option<f64>,
    /// Smallest change that matters (set file `min_important_change`), for detectability.
    pub min_important_change: Option<f64>,
}

/// Default equivalence margin, in points, for indicators on a 0–100 scale (docs/METHODS.md).
pub const DEFAULT_EQUIVALENCE_MARGIN: f64 = 3.0;

/// Normalisation of a composite (goalposts fixed over all waves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Normalisation {
    /// Percent of maximum possible on theoretical bounds.
    Pomp,
    /// Min–max over all cities and waves.
    MinMax,
    /// z-score over all cities and waves.
    ZScore,
}

/// Aggregation of a composite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregation {
    /// Weighted arithmetic mean.
    Arithmetic,
    /// Weighted geometric mean.
    Geometric,
}

/// Weights of a composite.
#[derive(Debug, Clone, PartialEq)]
pub enum Weights {
    /// Every indicator the same.
    Equal,
    /// Each construct the same, split equally among its indicators.
    ByConstruct,
    /// Explicit weights by indicator id.
    Explicit(BTreeMap<String, f64>),
}

/// The optional composite index of a set.
#[derive(Debug, Clone)]
pub struct Composite {
    /// Id.
    pub id: String,
    /// Title by language.
    pub title: BTreeMap<String, String>,
    /// Indicators combined.
    pub indicators: Vec<String>,
    /// Normalisation.
    pub normalisation: Normalisation,
    /// Weights.
    pub weights: Weights,
    /// Aggregation.
    pub aggregation: Aggregation,
    /// Monte Carlo draws of the sensitivity analysis.
    pub uncertainty_draws: usize,
    /// A survey or Index value older than this (years before the barometer wave's date) is
    /// not carried forward into a composite unit.
    pub max_age_years: f64,
}

/// Default of `[composite] max_age_years`.
pub const DEFAULT_MAX_AGE_YEARS: f64 = 3.0;

/// A parsed and checked indicator set.
#[derive(Debug, Clone)]
pub struct IndicatorSet {
    /// File it came from.
    pub path: PathBuf,
    /// Set id.
    pub id: String,
    /// Title by language.
    pub title: BTreeMap<String, String>,
    /// Description by language.
    pub description: BTreeMap<String, String>,
    /// Indicators in file order.
    pub indicators: Vec<Indicator>,
    /// Composite, if any.
    pub composite: Option<Composite>,
    /// The TOML text the set was parsed from (kept so that reports can be rewritten from the
    /// store alone).
    pub source: String,
}

impl IndicatorSet {
    /// Parse and check a set from its text; problems go to `problems`.
    pub fn parse(
        path: &Path,
        src: &str,
        bank: &QuestionBank,
        areas: &IndexAreas,
        problems: &mut Problems,
    ) -> Option<IndicatorSet> {
        let raw: RawSet = match parse_toml(path, src, Owner::IndicatorSet) {
            Ok(r) => r,
            Err(p) => {
                problems.push(p);
                return None;
            }
        };
        let before = problems.len();
        let mut bad = |off: usize, msg: String| {
            let (l, c) = line_col(src, off);
            problems.push(Problem::at(path, l, c, msg, Owner::IndicatorSet));
        };
        let mut ids = BTreeSet::new();
        let mut indicators = Vec::new();
        for ri in &raw.indicator {
            if !ids.insert(ri.id.get_ref().clone()) {
                bad(
                    ri.id.span().start,
                    format!("indicator id `{}` is used twice in this set", ri.id.get_ref()),
                );
            }
            let source = match ri.source.get_ref().as_str() {
                "survey" => Source::Survey,
                "barometer" => Source::Barometer,
                "index" => Source::Index,
                other => {
                    bad(
                        ri.source.span().start,
                        format!("unknown source `{other}`, expected survey, barometer or index"),
                    );
                    continue;
                }
            };
            let Some(statistic) = Statistic::parse(ri.statistic.get_ref()) else {
                bad(
                    ri.statistic.span().start,
                    format!(
                        "unknown statistic `{}`, expected one of share_agree, mean, mean_pomp, scale_pomp, index_area, index_aggregate",
                        ri.statistic.get_ref()
                    ),
                );
                continue;
            };
            let items = ri.items.as_ref().map(|i| i.get_ref().clone()).unwrap_or_default();
            let items_at = ri.items.as_ref().map_or(ri.id.span().start, |i| i.span().start);
            let is_index_stat = matches!(statistic, Statistic::IndexArea | Statistic::IndexAggregate);
            if is_index_stat != (source == Source::Index) {
                bad(
                    ri.statistic.span().start,
                    format!(
                        "statistic `{}` does not fit source `{}`",
                        statistic.as_str(),
                        source.as_str()
                    ),
                );
                continue;
            }
            let n_ok = match statistic {
                Statistic::ScalePomp => items.len() >= 2,
                Statistic::IndexAggregate => items.is_empty(),
                _ => items.len() == 1,
            };
            if !n_ok {
                let want = match statistic {
                    Statistic::ScalePomp => "at least two items",
                    Statistic::IndexAggregate => "no items (it averages the core areas)",
                    _ => "exactly one item",
                };
                bad(items_at, format!("statistic `{}` takes {want}", statistic.as_str()));
                continue;
            }
            let mut construct = String::from("index");
            let mut default_polarity = Polarity::HigherIsBetter;
            for it in &items {
                if source == Source::Index {
                    if areas.get(it).is_none() {
                        bad(
                            items_at,
                            format!("unknown ICC Index area `{it}` (expected one of {})", areas.ids()),
                        );
                    }
                } else if let Some(b) = bank.get(it) {
                    construct = b.construct.clone();
                    default_polarity = b.polarity;
                } else {
                    bad(
                        items_at,
                        format!("unknown item `{it}`, expected a question-bank id ({})", bank.ids()),
                    );
                }
            }
            let polarity = match &ri.polarity {
                None => default_polarity,
                Some(p) => match p.get_ref().as_str() {
                    "higher_is_better" => Polarity::HigherIsBetter,
                    "lower_is_better" => Polarity::LowerIsBetter,
                    other => {
                        bad(
                            p.span().start,
                            format!("unknown polarity `{other}`, expected higher_is_better or lower_is_better"),
                        );
                        default_polarity
                    }
                },
            };
            if !ri.title.contains_key("en") {
                bad(
                    ri.id.span().start,
                    format!(
                        "indicator `{}` needs an English title (title = {{ en = \"…\" }})",
                        ri.id.get_ref()
                    ),
                );
            }
            let positive = |v: &Option<Spanned<f64>>, key: &str, bad: &mut dyn FnMut(usize, String)| {
                v.as_ref().and_then(|m| {
                    if m.get_ref().is_finite() && *m.get_ref() > 0.0 {
                        Some(*m.get_ref())
                    } else {
                        bad(m.span().start, format!("{key} must be a positive number of points"));
                        None
                    }
                })
            };
            let equivalence_margin = positive(&ri.equivalence_margin, "equivalence_margin", &mut bad)
                .or(statistic.is_percent().then_some(DEFAULT_EQUIVALENCE_MARGIN));
            let min_important_change = positive(&ri.min_important_change, "min_important_change", &mut bad);
            indicators.push(Indicator {
                id: ri.id.get_ref().clone(),
                title: ri.title.clone(),
                source,
                items,
                statistic,
                polarity,
                construct,
                equivalence_margin,
                min_important_change,
            });
        }
        if indicators.is_empty() && raw.indicator.is_empty() {
            bad(raw.id.span().start, "the set has no [[indicator]]".into());
        }
        let composite = raw
            .composite
            .as_ref()
            .and_then(|c| parse_composite(c, &indicators, &mut bad));
        if problems.len() > before {
            return None;
        }
        Some(IndicatorSet {
            path: path.to_path_buf(),
            id: raw.id.get_ref().clone(),
            title: raw.title,
            description: raw.description.unwrap_or_default(),
            indicators,
            composite,
            source: src.to_string(),
        })
    }

    /// Look up an indicator.
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

fn parse_composite(
    c: &RawComposite,
    indicators: &[Indicator],
    bad: &mut impl FnMut(usize, String),
) -> Option<Composite> {
    let mut ok = true;
    for id in c.indicators.get_ref() {
        if !indicators.iter().any(|i| &i.id == id) {
            bad(
                c.indicators.span().start,
                format!("composite indicator `{id}` is not an indicator of this set"),
            );
            ok = false;
        }
    }
    if c.indicators.get_ref().len() < 2 {
        bad(
            c.indicators.span().start,
            "a composite combines at least two indicators".into(),
        );
        ok = false;
    }
    let normalisation = match c.normalisation.as_ref().map(|s| s.get_ref().as_str()) {
        None | Some("pomp") => Normalisation::Pomp,
        Some("minmax") => Normalisation::MinMax,
        Some("zscore") => Normalisation::ZScore,
        Some(other) => {
            bad(
                c.normalisation.as_ref().map_or(0, |s| s.span().start),
                format!("unknown normalisation `{other}`, expected pomp, minmax or zscore"),
            );
            return None;
        }
    };
    let aggregation = match c.aggregation.as_ref().map(|s| s.get_ref().as_str()) {
        None | Some("arithmetic") => Aggregation::Arithmetic,
        Some("geometric") => Aggregation::Geometric,
        Some(other) => {
            bad(
                c.aggregation.as_ref().map_or(0, |s| s.span().start),
                format!("unknown aggregation `{other}`, expected arithmetic or geometric"),
            );
            return None;
        }
    };
    let weights = match c.weights.as_ref() {
        None => Weights::Equal,
        Some(w) => match w.get_ref() {
            toml::Value::String(s) if s == "equal" => Weights::Equal,
            toml::Value::String(s) if s == "by_construct" => Weights::ByConstruct,
            toml::Value::Table(t) => {
                let mut m = BTreeMap::new();
                for (k, v) in t {
                    let x = match v {
                        toml::Value::Integer(i) => *i as f64,
                        toml::Value::Float(f) => *f,
                        _ => f64::NAN,
                    };
                    if !(x.is_finite() && x >= 0.0 && c.indicators.get_ref().contains(k)) {
                        bad(
                            w.span().start,
                            format!("weight `{k}` must be a number ≥ 0 for an indicator of the composite"),
                        );
                        ok = false;
                    }
                    m.insert(k.clone(), x);
                }
                Weights::Explicit(m)
            }
            _ => {
                bad(
                    w.span().start,
                    "weights must be \"equal\", \"by_construct\" or a table { indicator = weight, … }".into(),
                );
                return None;
            }
        },
    };
    let draws = match &c.uncertainty_draws {
        None => 1000,
        Some(d) if (10..=100_000).contains(d.get_ref()) => *d.get_ref() as usize,
        Some(d) => {
            bad(d.span().start, "uncertainty_draws must be between 10 and 100000".into());
            return None;
        }
    };
    let max_age_years = match &c.max_age_years {
        None => DEFAULT_MAX_AGE_YEARS,
        Some(a) if *a.get_ref() > 0.0 && *a.get_ref() <= 100.0 => *a.get_ref(),
        Some(a) => {
            bad(
                a.span().start,
                "max_age_years must be a number of years above 0 (at most 100)".into(),
            );
            return None;
        }
    };
    ok.then(|| Composite {
        id: c.id.get_ref().clone(),
        title: c.title.clone().unwrap_or_default(),
        indicators: c.indicators.get_ref().clone(),
        normalisation,
        weights,
        aggregation,
        uncertainty_draws: draws,
        max_age_years,
    })
}

/// Load the project's sets, or the shipped ones when it names none.
pub fn load_sets(
    paths: &[PathBuf],
    bank: &QuestionBank,
    areas: &IndexAreas,
    problems: &mut Problems,
) -> Vec<IndicatorSet> {
    let mut sets = Vec::new();
    if paths.is_empty() {
        for (name, src) in SHIPPED_SETS {
            if let Some(s) = IndicatorSet::parse(Path::new(name), src, bank, areas, problems) {
                sets.push(s);
            }
        }
    } else {
        for p in paths {
            match std::fs::read_to_string(p) {
                Ok(src) => {
                    if let Some(s) = IndicatorSet::parse(p, &src, bank, areas, problems) {
                        sets.push(s);
                    }
                }
                Err(e) => problems.push(Problem::file(
                    p,
                    format!("cannot read the indicator set: {e}"),
                    Owner::IndicatorSet,
                )),
            }
        }
    }
    let mut seen = BTreeSet::new();
    for s in &sets {
        if !seen.insert(s.id.clone()) {
            problems.push(Problem::file(
                &s.path,
                format!("set id `{}` is used by two sets", s.id),
                Owner::IndicatorSet,
            ));
        }
    }
    sets
}
