//! The compute stage: indicator sets → `estimates`, then `changes`, `trends`, `gaps`,
//! `peers`, `associations` and `activity_effects`. Reads the staged tables from the store,
//! writes its tables through the catalog, and returns every row for the report stage.

pub mod activities;
pub mod association;
pub mod changes;
pub mod estimates;
pub mod frames;
pub mod peers;

use crate::config::bank::QuestionBank;
use crate::config::indicators::IndicatorSet;
use crate::config::project::Analysis;
use crate::store::{Store, hive_escape};
use anyhow::{Context, Result};
use estimates::{EstimateRow, WaveMeta};
use polars::prelude::*;
use rayon::prelude::*;

/// Everything the compute stage produced.
pub struct Computed {
    /// Estimates, sorted.
    pub estimates: Vec<EstimateRow>,
    /// Changes.
    pub changes: Vec<changes::ChangeRow>,
    /// Trends.
    pub trends: Vec<changes::TrendRow>,
    /// Gaps.
    pub gaps: Vec<changes::GapRow>,
    /// Peers.
    pub peers: Vec<peers::PeerRow>,
    /// Associations.
    pub associations: Vec<association::AssociationRow>,
    /// Activity effects.
    pub activity_effects: Vec<activities::EffectRow>,
    /// (set, indicator, why) for indicators that could not be computed somewhere.
    pub not_computable: Vec<(String, String, String)>,
    /// City attributes.
    pub cities: Vec<peers::CityAttrs>,
}

fn strs(df: &DataFrame, name: &str) -> Result<Vec<String>> {
    Ok(df
        .column(name)?
        .str()?
        .iter()
        .map(|s| s.unwrap_or("").to_string())
        .collect())
}

/// Read the `waves` table.
pub fn read_waves(store: &Store) -> Result<Vec<WaveMeta>> {
    let df = store.read("waves")?;
    let date = df.column("date")?.cast(&DataType::Int32)?;
    let date = date.i32()?;
    let mode = df.column("mode")?.str()?;
    let (id, kind, city, wave) = (
        strs(&df, "survey_id")?,
        strs(&df, "kind")?,
        strs(&df, "city")?,
        strs(&df, "wave")?,
    );
    Ok((0..df.height())
        .map(|i| WaveMeta {
            survey_id: id[i].clone(),
            kind: kind[i].clone(),
            city: city[i].clone(),
            wave: wave[i].clone(),
            date: date.get(i).unwrap_or(0),
            mode: mode.get(i).map(str::to_string),
        })
        .collect())
}

/// Read one wave's responses file.
pub fn read_wave(store: &Store, w: &WaveMeta) -> Result<DataFrame> {
    let path = store
        .dir("responses")
        .join(format!("city={}", hive_escape(&w.city)))
        .join(format!("kind={}", w.kind))
        .join(format!("{}.parquet", hive_escape(&w.survey_id)));
    let f = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    ParquetReader::new(f)
        .finish()
        .map_err(anyhow::Error::from)
        .with_context(|| format!("reading {}", path.display()))
}

/// Compute every estimate of `sets` (all waves in parallel, sorted afterwards).
pub fn compute_estimates(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    progress: &indicatif::ProgressBar,
) -> Result<(Vec<EstimateRow>, Vec<(String, String, String)>)> {
    let waves = read_waves(store)?;
    progress.set_length(waves.len() as u64);
    let per_wave: Vec<Result<(Vec<EstimateRow>, Vec<(String, String, String)>)>> = waves
        .par_iter()
        .map(|w| {
            let df = read_wave(store, w)?;
            let data = estimates::wave_data(&df).with_context(|| format!("reading responses of {}", w.survey_id))?;
            let r = estimates::estimate_wave(sets, w, &data, analysis.min_n);
            progress.inc(1);
            Ok(r)
        })
        .collect();
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for r in per_wave {
        let (a, b) = r?;
        rows.extend(a);
        missing.extend(b);
    }
    if store.dir("index_scores").is_dir() {
        let index = store.read("index_scores")?;
        rows.extend(estimates::estimate_index(sets, &index)?);
    }
    estimates::sort_rows(&mut rows);
    missing.sort();
    missing.dedup();
    Ok((rows, missing))
}

/// Read `cities` as peer attributes.
pub fn read_cities(store: &Store) -> Result<Vec<peers::CityAttrs>> {
    let df = store.read("cities")?;
    let city = strs(&df, "city")?;
    let pop = df.column("population")?.f64()?;
    let share = df.column("foreign_born_share")?.f64()?;
    Ok((0..df.height())
        .map(|i| peers::CityAttrs {
            city: city[i].clone(),
            population: pop.get(i).unwrap_or(0.0),
            foreign_born_share: share.get(i).unwrap_or(0.0),
        })
        .collect())
}

fn read_index_rows(store: &Store) -> Result<Vec<(String, i32, String, bool, f64)>> {
    if !store.dir("index_scores").is_dir() {
        return Ok(Vec::new());
    }
    let df = store.read("index_scores")?;
    let (city, area) = (strs(&df, "city")?, strs(&df, "area")?);
    let year = df.column("year")?.i32()?;
    let core = df.column("core")?.bool()?;
    let score = df.column("score")?.f64()?;
    Ok((0..df.height())
        .map(|i| {
            (
                city[i].clone(),
                year.get(i).unwrap_or(0),
                area[i].clone(),
                core.get(i).unwrap_or(false),
                score.get(i).unwrap_or(f64::NAN),
            )
        })
        .collect())
}

fn read_activities(store: &Store) -> Result<Vec<activities::ActivityAnswer>> {
    if !store.dir("activities").is_dir() {
        return Ok(Vec::new());
    }
    let df = store.read("activities")?;
    let (aid, at, pk, ph, it) = (
        strs(&df, "activity_id")?,
        strs(&df, "activity_type")?,
        strs(&df, "participant_key")?,
        strs(&df, "phase")?,
        strs(&df, "item")?,
    );
    let v = df.column("value")?.f64()?;
    Ok((0..df.height())
        .map(|i| activities::ActivityAnswer {
            activity_id: aid[i].clone(),
            activity_type: at[i].clone(),
            participant_key: pk[i].clone(),
            phase: ph[i].clone(),
            item: it[i].clone(),
            value: v.get(i).unwrap_or(f64::NAN),
        })
        .collect())
}

/// Run the whole compute stage and write its tables.
pub fn compute(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    bank: &QuestionBank,
    digest: &str,
    progress: &indicatif::ProgressBar,
) -> Result<Computed> {
    let (estimates, not_computable) = compute_estimates(store, sets, analysis, progress)?;
    let changes = changes::changes(&estimates, analysis.alpha, analysis.multiple_testing);
    let trends = changes::trends(&estimates, analysis.alpha);
    let gaps = changes::gaps(&estimates, analysis.alpha);
    let cities = read_cities(store)?;
    let peers = peers::peers(&estimates, &cities, analysis.peers_k);
    let associations = association::associations(&estimates, &association::index_latest(&read_index_rows(store)?));
    let activity_effects = activities::activity_effects(&read_activities(store)?, bank);
    store.write("estimates", &mut estimates::to_frame(&estimates)?, digest)?;
    store.write("changes", &mut frames::changes(&changes)?, digest)?;
    store.write("trends", &mut frames::trends(&trends)?, digest)?;
    store.write("gaps", &mut frames::gaps(&gaps)?, digest)?;
    store.write("peers", &mut frames::peers(&peers)?, digest)?;
    store.write("associations", &mut frames::associations(&associations)?, digest)?;
    store.write(
        "activity_effects",
        &mut frames::activity_effects(&activity_effects)?,
        digest,
    )?;
    Ok(Computed {
        estimates,
        changes,
        trends,
        gaps,
        peers,
        associations,
        activity_effects,
        not_computable,
        cities,
    })
}
