//! The demo-data generator: a complete synthetic project folder for ~12 cities, generated
//! from a seed, with effects planted so that the pipeline has something true to find.
//!
//! [`write_demo_project`] writes `cohesion.toml`, `data/cities.csv`, barometer waves and city
//! surveys under `data/surveys/`, `data/index_scores.csv` and `data/activities.csv` (docs/INPUTS.md),
//! and returns a [`DemoSummary`] of what was planted: trend cities and their direction,
//! flat cities, the mode change, subgroup gaps, activity effects and the deliberately
//! invalid rows. The structure of the truth is fixed; the seed drives the sampling noise.
//! The output is byte-identical for a seed: a hand-written PRNG ([`rng`]), fixed decimals,
//! files written in sorted order. The indicator-set files named in `cohesion.toml` are not
//! written here.

mod activities;
mod barometer;
mod cities;
mod index;
mod manifest;
mod people;
mod surveys;
mod util;

use std::path::Path;

use cities::{GAP_BELONGING, GAP_DISCRIMINATION};

/// The seed of the embedded demo project (`cohesion run` without a project folder).
pub const DEMO_SEED: u64 = 20261122;

/// A generated file: path relative to the project folder, and its bytes.
pub type GeneratedFile = (String, Vec<u8>);

/// Direction of a planted trend (spelled as `trends.direction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Rising over time.
    Increasing,
    /// Falling over time.
    Decreasing,
}

impl Direction {
    /// "increasing" or "decreasing".
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Increasing => "increasing",
            Direction::Decreasing => "decreasing",
        }
    }
}

/// A planted linear trend in a city's barometer.
#[derive(Debug, Clone)]
pub struct PlantedTrend {
    /// City name.
    pub city: String,
    /// Question-bank item.
    pub item: &'static str,
    /// Direction.
    pub direction: Direction,
    /// True slope in POMP points (percentage points for binary items) per year.
    pub slope_pomp_per_year: f64,
}

/// The planted change of fieldwork mode (a series break).
#[derive(Debug, Clone)]
pub struct ModeChange {
    /// City name.
    pub city: String,
    /// Mode before.
    pub from_mode: &'static str,
    /// Mode after.
    pub to_mode: &'static str,
    /// Label of the last wave in the old mode.
    pub last_wave_before: String,
    /// Label of the first wave in the new mode.
    pub first_wave_after: String,
    /// Level shift of every non-binary item in the new mode (POMP points).
    pub level_shift_pomp: f64,
}

/// A planted subgroup gap (group minus reference), in every city and wave.
#[derive(Debug, Clone)]
pub struct GroupGap {
    /// Group dimension.
    pub dimension: &'static str,
    /// Group value.
    pub group: &'static str,
    /// Reference group value.
    pub reference: &'static str,
    /// Question-bank item.
    pub item: &'static str,
    /// True gap, POMP points (percentage points for binary items).
    pub gap: f64,
}

/// The deliberately tiny wave (n below `min_n`).
#[derive(Debug, Clone)]
pub struct SmallWave {
    /// City name.
    pub city: String,
    /// Survey id.
    pub survey_id: String,
    /// Wave label.
    pub wave: String,
    /// Respondents.
    pub n: usize,
}

/// One generated survey wave.
#[derive(Debug, Clone)]
pub struct WaveInfo {
    /// City name.
    pub city: String,
    /// Survey id (also its folder under data/surveys).
    pub survey_id: String,
    /// "barometer" or "survey".
    pub kind: &'static str,
    /// Wave label.
    pub wave: String,
    /// Fieldwork midpoint (YYYY-MM-DD).
    pub fieldwork_mid: String,
    /// Fieldwork mode.
    pub mode: &'static str,
    /// Data rows in the file (including invalid ones).
    pub n_rows: usize,
}

/// The planted true effect of an activity type on one item.
#[derive(Debug, Clone)]
pub struct ActivityEffect {
    /// Activity type.
    pub activity_type: &'static str,
    /// Question-bank item.
    pub item: &'static str,
    /// True effect, in `unit`.
    pub true_effect: f64,
    /// Unit of `true_effect`.
    pub unit: &'static str,
    /// "strong", "moderate" or "none".
    pub strength: &'static str,
}

/// Why a planted row is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadRowKind {
    /// A value outside the item's scale and not a missing code.
    OutOfScale,
    /// A non-numeric item value.
    NonNumeric,
    /// A respondent id seen earlier in the same file (the later line is the bad one).
    DuplicateRespondentId,
    /// A weight ≤ 0.
    NonPositiveWeight,
    /// An empty weight where a weight column is named.
    MissingWeight,
    /// A group code absent from the manifest's map.
    UnknownGroupCode,
    /// A city absent from cities.csv (index_scores.csv).
    UnknownCity,
    /// An area absent from the ICC Index areas (index_scores.csv).
    UnknownArea,
    /// An item absent from the question bank (activities.csv).
    UnknownItem,
}

impl BadRowKind {
    /// A short reason text.
    pub fn reason(self) -> &'static str {
        match self {
            BadRowKind::OutOfScale => "value out of scale",
            BadRowKind::NonNumeric => "non-numeric value",
            BadRowKind::DuplicateRespondentId => "duplicate respondent id",
            BadRowKind::NonPositiveWeight => "weight <= 0",
            BadRowKind::MissingWeight => "missing weight",
            BadRowKind::UnknownGroupCode => "group code not in map",
            BadRowKind::UnknownCity => "unknown city",
            BadRowKind::UnknownArea => "unknown index area",
            BadRowKind::UnknownItem => "unknown item",
        }
    }
}

/// A deliberately invalid row.
#[derive(Debug, Clone)]
pub struct BadRow {
    /// File, relative to the project folder.
    pub file: String,
    /// 1-based line in the file (the header is line 1).
    pub line: usize,
    /// Offending column.
    pub column: String,
    /// Offending value as written (may be empty).
    pub value: String,
    /// Why it is invalid.
    pub kind: BadRowKind,
}

/// What [`write_demo_project`] planted.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    /// Seed used.
    pub seed: u64,
    /// Files written, relative to the project folder, sorted.
    pub files: Vec<String>,
    /// All city names, in cities.csv order.
    pub cities: Vec<String>,
    /// Planted barometer trends.
    pub trends: Vec<PlantedTrend>,
    /// Cities with no planted trend in any item (flat latent means; sampling noise only).
    pub no_trend_cities: Vec<String>,
    /// The mode change (phone -> online) with a level shift.
    pub mode_change: Option<ModeChange>,
    /// Planted migrant-background gaps.
    pub group_gaps: Vec<GroupGap>,
    /// Each city's cohesion level offset (POMP points); the ICC Index level rises with it.
    pub cohesion_offsets: Vec<(String, f64)>,
    /// The tiny wave.
    pub small_wave: Option<SmallWave>,
    /// Every survey and barometer wave.
    pub waves: Vec<WaveInfo>,
    /// Survey id of the wave written as XLSX.
    pub xlsx_survey: String,
    /// Planted activity effects.
    pub activity_effects: Vec<ActivityEffect>,
    /// Rows of activities.csv without a post partner (dropouts; the unknown-item row excluded).
    pub unpaired_activity_rows: usize,
    /// Deliberately invalid rows (one of each kind).
    pub bad_rows: Vec<BadRow>,
}

/// cohesion.toml text.
fn project_toml(seed: u64) -> String {
    format!(
        "# Synthetic demo project written by `cohesion` (demo generator, seed {seed}).\n\
         # Every number in data/ is invented; effects are planted for the pipeline to find.\n\
         \n\
         [project]\n\
         name = \"Cohesion demo (synthetic)\"\n\
         languages = [\"en\", \"fr\", \"de\", \"it\", \"es\", \"pt\"]\n\
         \n\
         [inputs]\n\
         surveys = \"data/surveys\"\n\
         cities = \"data/cities.csv\"\n\
         index = \"data/index_scores.csv\"\n\
         activities = \"data/activities.csv\"\n\
         activity_scales = {{ get_along = [1, 5], diversity_advantage = [1, 5] }}\n\
         \n\
         [indicators]\n\
         sets = [\"indicators/icc-core.toml\", \"indicators/icc-alt.toml\"]\n\
         \n\
         [analysis]\n\
         alpha = 0.05\n\
         min_n = 30\n\
         seed = {seed}\n"
    )
}

/// Generate every file of the demo project in memory, with its summary.
pub fn generate_demo_project(seed: u64) -> std::io::Result<(Vec<GeneratedFile>, DemoSummary)> {
    let cities = cities::cities();
    let mut files: Vec<GeneratedFile> = vec![
        ("cohesion.toml".to_string(), project_toml(seed).into_bytes()),
        ("data/cities.csv".to_string(), cities::cities_csv(&cities).into_bytes()),
    ];
    let baro = barometer::generate(seed, &cities);
    let (survey_files, survey_waves) = surveys::generate(seed, &cities)?;
    let (index_file, index_bad) = index::generate(seed, &cities);
    let (act_file, unpaired, act_bad) = activities::generate(seed);
    files.extend(baro.files);
    files.extend(survey_files);
    files.push(index_file);
    files.push(act_file);
    files.sort_by(|a, b| a.0.cmp(&b.0));

    let mut trends = Vec::new();
    for c in &cities {
        for t in c.trends {
            trends.push(PlantedTrend {
                city: c.name.to_string(),
                item: t.item.id(),
                direction: if t.slope > 0.0 {
                    Direction::Increasing
                } else {
                    Direction::Decreasing
                },
                slope_pomp_per_year: t.slope,
            });
        }
    }
    let mut bad_rows = baro.bad_rows;
    bad_rows.extend(index_bad);
    bad_rows.extend(act_bad);
    let mut waves = baro.waves;
    waves.extend(survey_waves);
    let xlsx_survey = files
        .iter()
        .find(|(p, _)| p.ends_with(".xlsx"))
        .and_then(|(p, _)| p.split('/').nth(2))
        .unwrap_or_default()
        .to_string();
    let gap = |item, gap| GroupGap {
        dimension: "migrant_background",
        group: "yes",
        reference: "no",
        item,
        gap,
    };
    let summary = DemoSummary {
        seed,
        files: files.iter().map(|(p, _)| p.clone()).collect(),
        cities: cities.iter().map(|c| c.name.to_string()).collect(),
        trends,
        no_trend_cities: cities
            .iter()
            .filter(|c| c.trends.is_empty())
            .map(|c| c.name.to_string())
            .collect(),
        mode_change: baro.mode_change,
        group_gaps: vec![
            gap("belonging", GAP_BELONGING),
            gap("discrimination_experienced", GAP_DISCRIMINATION),
        ],
        cohesion_offsets: cities.iter().map(|c| (c.name.to_string(), c.offset)).collect(),
        small_wave: baro.small_wave,
        waves,
        xlsx_survey,
        activity_effects: activities::true_effects(),
        unpaired_activity_rows: unpaired,
        bad_rows,
    };
    Ok((files, summary))
}

/// Write a complete demo project folder into `dir` (created if needed; existing files with
/// the same names are overwritten, others left alone). Deterministic for a seed.
pub fn write_demo_project(dir: &Path, seed: u64) -> std::io::Result<DemoSummary> {
    let (files, summary) = generate_demo_project(seed)?;
    for (rel, bytes) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
    }
    Ok(summary)
}
