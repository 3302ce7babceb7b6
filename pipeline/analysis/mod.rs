//! The compute stage: indicator sets → `estimates`, then `changes`, `trends`, `gaps`,
//! `peers`, `associations` and `activity_effects`. Reads the staged tables from the store,
//! writes its tables through the catalog, and returns every row for the report stage.

pub mod activities;
pub mod association;
pub mod changes;
pub mod estimates;
pub mod peers;
pub mod verdicts;

use crate::config::bank::QuestionBank;
use crate::config::indicators::IndicatorSet;
use crate::config::project::Analysis;
use crate::store::Store;
use crate::store::rows::{
    ActivityRow, AssociationRow, ChangeRow, CityRow, EffectRow, EstimateRow, GapRow, IndexScoreRow, PeerRow, TrendRow,
    VerdictRow, WaveRow,
};
use anyhow::{Context, Result};
use polars::prelude::*;
use rayon::prelude::*;

/// Everything the compute stage produced.
pub struct Computed {
    /// Estimates, sorted.
    pub estimates: Vec<EstimateRow>,
    /// Changes.
    pub changes: Vec<ChangeRow>,
    /// Trends.
    pub trends: Vec<TrendRow>,
    /// Verdicts.
    pub verdicts: Vec<VerdictRow>,
    /// Gaps.
    pub gaps: Vec<GapRow>,
    /// Peers.
    pub peers: Vec<PeerRow>,
    /// Associations.
    pub associations: Vec<AssociationRow>,
    /// Activity effects.
    pub activity_effects: Vec<EffectRow>,
    /// (set, indicator, why) for indicators that could not be computed somewhere.
    pub not_computable: Vec<(String, String, String)>,
    /// City attributes.
    pub cities: Vec<CityRow>,
}

/// Read one wave's responses file (the store knows where ingest put it).
pub fn read_wave(store: &Store, w: &WaveRow) -> Result<DataFrame> {
    let path = store.wave_file(&w.city, w.kind.as_str(), &w.survey_id);
    let f = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    ParquetReader::new(f)
        .finish()
        .map_err(anyhow::Error::from)
        .with_context(|| format!("reading {}", path.display()))
}

/// Compute every estimate of `sets` (all waves in parallel, sorted afterwards), with the
/// gap SEs of the group rows and the indicators some wave could not compute.
pub fn compute_estimates(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    progress: &indicatif::ProgressBar,
) -> Result<(Vec<EstimateRow>, estimates::GapSe, Vec<(String, String, String)>)> {
    let waves: Vec<WaveRow> = store.read_rows()?;
    progress.set_length(waves.len() as u64);
    let per_wave: Vec<Result<estimates::WaveEstimates>> = waves
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
    let mut gap_se = estimates::GapSe::new();
    for r in per_wave {
        let r = r?;
        rows.extend(r.rows);
        missing.extend(r.missing);
        gap_se.extend(r.gap_se);
    }
    if let Some(index) = store.read_rows_if::<IndexScoreRow>()? {
        rows.extend(estimates::estimate_index(sets, &index));
    }
    estimates::sort_rows(&mut rows);
    missing.sort();
    missing.dedup();
    Ok((rows, gap_se, missing))
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
    let (estimates, gap_se, not_computable) = compute_estimates(store, sets, analysis, progress)?;
    let changes = changes::changes(&estimates, sets, analysis.alpha, analysis.multiple_testing);
    let trends = changes::trends(&estimates, analysis.alpha);
    let verdicts = verdicts::verdicts(&estimates, sets, analysis.alpha);
    let gaps = changes::gaps(&estimates, &gap_se, analysis.alpha);
    let cities: Vec<CityRow> = store.read_rows()?;
    let peers = peers::peers(&estimates, &cities, analysis.peers_k);
    let index: Vec<IndexScoreRow> = store.read_rows_if()?.unwrap_or_default();
    let associations = association::associations(&estimates, &association::index_latest(&index));
    let answers: Vec<ActivityRow> = store.read_rows_if()?.unwrap_or_default();
    let activity_effects = activities::activity_effects(&answers, bank);
    store.write_rows(&estimates, digest)?;
    store.write_rows(&changes, digest)?;
    store.write_rows(&trends, digest)?;
    store.write_rows(&verdicts, digest)?;
    store.write_rows(&gaps, digest)?;
    store.write_rows(&peers, digest)?;
    store.write_rows(&associations, digest)?;
    store.write_rows(&activity_effects, digest)?;
    Ok(Computed {
        estimates,
        changes,
        trends,
        verdicts,
        gaps,
        peers,
        associations,
        activity_effects,
        not_computable,
        cities,
    })
}
