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
    ActivityRow, AssociationRow, ChangeRow, CityRow, EffectRow, EstimateRow, GapRow, IndexScoreRow, PeerRow,
    PeerWaveRow, TrendRow, VerdictRow, WaveRow,
};
use crate::store::wide::WaveData;
use anyhow::Result;
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
    /// The peers' waves behind `peers`.
    pub peer_waves: Vec<PeerWaveRow>,
    /// Associations.
    pub associations: Vec<AssociationRow>,
    /// Activity effects.
    pub activity_effects: Vec<EffectRow>,
    /// (set, indicator, why) for indicators that could not be computed somewhere.
    pub not_computable: Vec<(String, String, String)>,
    /// City attributes.
    pub cities: Vec<CityRow>,
}

/// What else a stage computes from one wave's respondent-level data, in the same pass (the
/// workbench's reliability and missingness diagnostics): called once per wave, in parallel.
pub type WaveHook<'a, T> = &'a (dyn Fn(&WaveRow, &WaveData) -> Vec<T> + Sync);

/// Compute every estimate of `sets` (all waves in parallel, sorted afterwards), with the
/// gap SEs of the group rows, the indicators some wave could not compute, and what `hook`
/// returns for each wave (in the order of the `waves` table). Each wave is read and pivoted
/// once.
pub fn compute_estimates<T: Send>(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    progress: &indicatif::ProgressBar,
    hook: WaveHook<T>,
) -> Result<(
    Vec<EstimateRow>,
    estimates::GapSe,
    Vec<(String, String, String)>,
    Vec<T>,
)> {
    let waves: Vec<WaveRow> = store.read_rows()?;
    progress.set_length(waves.len() as u64);
    let per_wave: Vec<Result<(estimates::WaveEstimates, Vec<T>)>> = waves
        .par_iter()
        .map(|w| {
            let data = store.read_wave(w)?;
            let r = estimates::estimate_wave(sets, w, &data, analysis.min_n);
            let extra = hook(w, &data);
            progress.inc(1);
            Ok((r, extra))
        })
        .collect();
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    let mut gap_se = estimates::GapSe::new();
    let mut extras = Vec::new();
    for r in per_wave {
        let (r, extra) = r?;
        rows.extend(r.rows);
        missing.extend(r.missing);
        gap_se.extend(r.gap_se);
        extras.extend(extra);
    }
    if let Some(index) = store.read_rows_if::<IndexScoreRow>()? {
        rows.extend(estimates::estimate_index(sets, &index));
    }
    estimates::sort_rows(&mut rows);
    missing.sort();
    missing.dedup();
    Ok((rows, gap_se, missing, extras))
}

/// Run the whole compute stage and write its tables.
/// `hook` runs on every wave's respondent-level data in the same pass as the estimates; its
/// rows are returned beside the tables.
pub fn compute<T: Send>(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    bank: &QuestionBank,
    digest: &str,
    progress: &indicatif::ProgressBar,
    hook: WaveHook<T>,
) -> Result<(Computed, Vec<T>)> {
    let (estimates, gap_se, not_computable, extras) = compute_estimates(store, sets, analysis, progress, hook)?;
    let changes = changes::changes(&estimates, sets, analysis.alpha, analysis.multiple_testing);
    let trends = changes::trends(&estimates, analysis.alpha);
    let verdicts = verdicts::verdicts(&estimates, sets, analysis.alpha);
    let gaps = changes::gaps(&estimates, &gap_se, analysis.alpha);
    let cities: Vec<CityRow> = store.read_rows()?;
    let (peers, peer_waves) = peers::peers(&estimates, &cities, analysis.peers_k);
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
    store.write_rows(&peer_waves, digest)?;
    store.write_rows(&associations, digest)?;
    store.write_rows(&activity_effects, digest)?;
    Ok((
        Computed {
            estimates,
            changes,
            trends,
            verdicts,
            gaps,
            peers,
            peer_waves,
            associations,
            activity_effects,
            not_computable,
            cities,
        },
        extras,
    ))
}
