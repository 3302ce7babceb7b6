//! The compute stage: indicator sets → `estimates`, then `changes`, `trends`, `gaps`,
//! `peers`, `associations` and `activity_effects`. Reads the staged tables from the store,
//! writes its tables through the catalog, and returns every row for the report stage.

pub mod activities;
pub mod association;
pub mod changes;
pub mod estimates;
pub mod networks;
pub mod peers;
pub mod sql;
pub mod sufficient;
pub mod verdicts;

use crate::config::bank::QuestionBank;
use crate::config::indicators::IndicatorSet;
use crate::config::project::Analysis;
use crate::store::Store;
use crate::store::rows::{
    ActivityRow, AssociationRow, ChangeRow, CityRow, EffectRow, EstimateRow, GapRow, IndexScoreRow, NetworkEstimateRow,
    NetworkVerdictRow, PeerRow, PeerWaveRow, TrendRow, VerdictRow, WaveRow,
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
    /// National networks and clusters of `cities.csv`.
    pub networks: Vec<networks::Network>,
    /// Network estimates.
    pub network_estimates: Vec<NetworkEstimateRow>,
    /// Network verdicts.
    pub network_verdicts: Vec<NetworkVerdictRow>,
}

/// What else a stage computes from one wave's respondent-level data, in the same pass (the
/// workbench's reliability and missingness diagnostics): called once per wave, in parallel.
pub type WaveHook<'a, T> = &'a (dyn Fn(&WaveRow, &WaveData) -> Vec<T> + Sync);

/// Where stage 1 of the estimation comes from.
#[derive(Debug, Clone, Default)]
pub enum Stage1 {
    /// Summed here, wave by wave, from the store's `responses` ([`sufficient::wave_sums`]).
    #[default]
    Native,
    /// An engine's output of the `cohesion sql` queries (Parquet file or folder).
    Aggregates(std::path::PathBuf),
}

/// One wave's estimates and hook rows, computed from its respondent-level data: the native
/// stage 1 (sums), stage 2, and the hook. `compute_estimates` runs it on each wave read from
/// the store; `cohesion run` runs it while ingest still holds the wave (see [`Passed`]).
pub fn wave_pass<T>(
    sets: &[IndicatorSet],
    analysis: &Analysis,
    w: &WaveRow,
    data: &WaveData,
    hook: Option<WaveHook<T>>,
) -> (estimates::WaveEstimates, Vec<T>) {
    let sums = sufficient::wave_sums(sets, w, data);
    let raked = estimates::Raked::of(w, data);
    let own = estimates::OwnReplicates::of(data);
    let est = estimates::estimate_wave(
        sets,
        w,
        (!data.weight.is_empty()).then_some(&sums),
        raked.as_ref(),
        own.as_ref(),
        analysis.min_n,
    );
    let extra = hook.map(|h| h(w, data)).unwrap_or_default();
    (est, extra)
}

/// Waves already passed through [`wave_pass`] (by survey id), e.g. by `cohesion run` during
/// ingest, when the harmonised wave was in memory: [`compute_estimates`] uses them instead of
/// reading those waves back from the store. They must come from the same sets, analysis
/// settings and hook, on the data that the store holds.
pub type Passed<T> = std::collections::HashMap<String, (estimates::WaveEstimates, Vec<T>)>;

/// Compute every estimate of `sets` in two stages (stage 1: sums per cell, from `stage1`;
/// stage 2: estimates per wave; waves in parallel, rows sorted afterwards), with the gap SEs
/// of the group rows, the indicators some wave could not compute, and what `hook` returns
/// for each wave's respondent-level data (in the order of the `waves` table). Natively each
/// wave is read and pivoted once, for its sums and the hook.
pub fn compute_estimates<T: Send>(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    stage1: &Stage1,
    progress: &indicatif::ProgressBar,
    hook: Option<WaveHook<T>>,
    passed: Passed<T>,
) -> Result<(
    Vec<EstimateRow>,
    estimates::GapSe,
    Vec<(String, String, String)>,
    Vec<T>,
)> {
    use crate::store::schema::Table;
    let waves: Vec<WaveRow> = store.read_rows()?;
    progress.set_length(waves.len() as u64);
    let per_wave: Vec<Result<(estimates::WaveEstimates, Vec<T>)>> = match stage1 {
        Stage1::Native => {
            let mut passed = passed;
            let done: Vec<Option<(estimates::WaveEstimates, Vec<T>)>> =
                waves.iter().map(|w| passed.remove(&w.survey_id)).collect();
            waves
                .par_iter()
                .zip(done)
                .map(|(w, done)| {
                    let r = match done {
                        Some(r) => r,
                        None => wave_pass(sets, analysis, w, &store.read_wave(w)?, hook),
                    };
                    progress.inc(1);
                    Ok(r)
                })
                .collect()
        }
        Stage1::Aggregates(path) => {
            let frame = sufficient::read_aggregates(path)?;
            let sums = sufficient::by_wave(crate::store::rows::AggregateRow::from_frame(&frame)?)?;
            drop(frame);
            check_sums(sets, &waves, &sums, path)?;
            waves
                .par_iter()
                .map(|w| {
                    // A raked wave's SEs need its respondents (calibration residuals), and
                    // the hook reads them too: only then is the wave read here.
                    // So is a wave with its own replicate weights (their SEs and df).
                    let data = match hook.is_some() || w.calibrated_by.is_some() || w.replicate_columns > 0 {
                        true => Some(store.read_wave(w)?),
                        false => None,
                    };
                    let raked = data.as_ref().and_then(|d| estimates::Raked::of(w, d));
                    let own = data.as_ref().and_then(estimates::OwnReplicates::of);
                    let est = estimates::estimate_wave(
                        sets,
                        w,
                        sums.get(&w.survey_id),
                        raked.as_ref(),
                        own.as_ref(),
                        analysis.min_n,
                    );
                    let extra = match (hook, &data) {
                        (Some(h), Some(d)) => h(w, d),
                        _ => Vec::new(),
                    };
                    progress.inc(1);
                    Ok((est, extra))
                })
                .collect()
        }
    };
    let (n_rows, n_gaps) = per_wave
        .iter()
        .flatten()
        .fold((0, 0), |(a, b), (r, _)| (a + r.rows.len(), b + r.gap_se.len()));
    let mut rows = Vec::with_capacity(n_rows + 1024);
    let mut missing = Vec::new();
    let mut gap_se = estimates::GapSe::with_capacity(n_gaps);
    let mut all_extras = Vec::new();
    for r in per_wave {
        let (r, extra) = r?;
        rows.extend(r.rows);
        missing.extend(r.missing);
        gap_se.extend(r.gap_se);
        all_extras.extend(extra);
    }
    if let Some(index) = store.read_rows_if::<IndexScoreRow>()? {
        rows.extend(estimates::estimate_index(sets, &index));
    }
    estimates::sort_rows(&mut rows);
    missing.sort();
    missing.dedup();
    Ok((rows, gap_se, missing, all_extras))
}

/// Every wave with respondents must have stage-1 cells for each indicator it can compute;
/// aggregates made for other indicator sets (or another store) would otherwise give empty
/// estimates silently.
fn check_sums(
    sets: &[IndicatorSet],
    waves: &[WaveRow],
    sums: &std::collections::HashMap<String, sufficient::WaveSums>,
    path: &std::path::Path,
) -> Result<()> {
    for w in waves {
        let Some(s) = sums.get(&w.survey_id) else {
            if w.accepted > 0 {
                anyhow::bail!(
                    "{} holds no rows for wave {} ({} {}) — were the aggregates made with `cohesion sql` over this store?",
                    path.display(),
                    w.survey_id,
                    w.city,
                    w.wave
                );
            }
            continue;
        };
        let asked: Vec<&str> = w.items.split(',').map(str::trim).collect();
        for set in sets {
            for ind in set.indicators.iter().filter(|i| i.source == w.kind) {
                if ind.items.iter().all(|i| asked.contains(&i.as_str()))
                    && !s.cells.contains_key(&(set.id.clone(), ind.id.clone()))
                {
                    anyhow::bail!(
                        "{} holds no sums for {}/{} in wave {} — were the aggregates made with `cohesion sql` for these indicator sets?",
                        path.display(),
                        set.id,
                        ind.id,
                        w.survey_id
                    );
                }
            }
        }
    }
    Ok(())
}

/// Run the whole compute stage and write its tables.
/// `hook` runs on every wave's respondent-level data in the same pass as the estimates; its
/// rows are returned beside the tables.
#[allow(clippy::too_many_arguments)] // the stage's inputs, each from a different owner
pub fn compute<T: Send>(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    bank: &QuestionBank,
    digest: &str,
    stage1: &Stage1,
    progress: &indicatif::ProgressBar,
    hook: Option<WaveHook<T>>,
    passed: Passed<T>,
) -> Result<(Computed, Vec<T>)> {
    let (estimates, gap_se, not_computable, extras) =
        compute_estimates(store, sets, analysis, stage1, progress, hook, passed)?;
    // The tables derived from the estimates are independent of each other: built side by
    // side, then written side by side (each is a function of the estimates alone, so the
    // result does not depend on the order).
    let cities: Vec<CityRow> = store.read_rows()?;
    let nets = networks::networks(&cities, &networks::memberships(&store.read("cities")?));
    let index: Vec<IndexScoreRow> = store.read_rows_if()?.unwrap_or_default();
    let answers: Vec<ActivityRow> = store.read_rows_if()?.unwrap_or_default();
    // Verdicts read the changes and trends, so they come third in the first branch.
    let ((changes, trends, verdicts), (gaps, ((peers, peer_waves), (associations, activity_effects)))) = rayon::join(
        || {
            let (changes, trends) = rayon::join(
                || changes::changes(&estimates, sets, analysis.alpha, analysis.multiple_testing),
                || changes::trends(&estimates, analysis.alpha, analysis.multiple_testing),
            );
            let verdicts = verdicts::verdicts(
                &estimates,
                &trends,
                &changes,
                sets,
                analysis.alpha,
                analysis.multiple_testing,
            );
            (changes, trends, verdicts)
        },
        || {
            rayon::join(
                || changes::gaps(&estimates, &gap_se, analysis.alpha, analysis.multiple_testing),
                || {
                    rayon::join(
                        || {
                            let max_age = |set_id: &str| {
                                sets.iter()
                                    .find(|s| s.id == set_id)
                                    .and_then(|s| s.composite.as_ref())
                                    .map_or(crate::config::indicators::DEFAULT_MAX_AGE_YEARS, |c| c.max_age_years)
                            };
                            let rules = peers::PeerRules {
                                k: analysis.peers_k,
                                seed: analysis.seed,
                                max_age_years: &max_age,
                            };
                            peers::peers(&estimates, &cities, rules)
                        },
                        || {
                            (
                                association::associations(
                                    &estimates,
                                    &association::index_latest(&index),
                                    analysis.alpha,
                                ),
                                activities::activity_effects(&answers, bank, analysis.seed, analysis.alpha),
                            )
                        },
                    )
                },
            )
        },
    );
    let network_estimates = networks::network_estimates(&estimates, &nets);
    let network_verdicts = networks::network_verdicts(
        &network_estimates,
        &nets,
        sets,
        analysis.alpha,
        analysis.multiple_testing,
    );
    let writes: [&(dyn Fn() -> Result<()> + Sync); 11] = [
        &|| store.write_rows(&network_estimates, digest),
        &|| store.write_rows(&network_verdicts, digest),
        &|| store.write_rows(&estimates, digest),
        &|| store.write_rows(&changes, digest),
        &|| store.write_rows(&trends, digest),
        &|| store.write_rows(&verdicts, digest),
        &|| store.write_rows(&gaps, digest),
        &|| store.write_rows(&peers, digest),
        &|| store.write_rows(&peer_waves, digest),
        &|| store.write_rows(&associations, digest),
        &|| store.write_rows(&activity_effects, digest),
    ];
    writes.par_iter().map(|w| w()).collect::<Result<Vec<()>>>()?;
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
            networks: nets,
            network_estimates,
            network_verdicts,
        },
        extras,
    ))
}
