//! Replicate estimates of one wave (docs/METHODS.md "Replicate weights"), computed in the
//! estimation pass from the wave's respondent-level data and kept in memory, never stored
//! (docs/DECISIONS.md "Replicate weights are regenerated, not stored"):
//!
//! - the whole-population estimate of every composite indicator measured in the wave under
//!   each of the wave's Rao–Wu bootstrap replicates (`stats::replicates`), so that a
//!   composite recomputed per replicate keeps the correlation between indicators measured
//!   on the same respondents ([`super::uncertainty`]);
//! - the 95% percentile interval of Cronbach's α of every multi-item indicator over the
//!   same replicates (`alpha_ci_low`, `alpha_ci_high` in `diagnostics`).
//!
//! All indicators of a wave share one set of replicates, seeded from the project seed and the
//! wave's survey id (`stats::replicates::replicate_seed`), so results do not depend on the
//! thread count or on which other waves exist.
//!
//! A wave with its **own replicate weights** (manifest `replicate_weights`) uses them instead:
//! every statistic is computed on each of its replicate weights, and the replicate estimates
//! are turned into `replicates` multiplier draws with the wave's type, scale, rscales and mse
//! (`stats::replicates::replicate_draws`; the multipliers are Student-t on the replicate
//! design's df, shared by every statistic of the wave and seeded from the project seed and
//! the survey id), so that their percentile intervals are t intervals. Draws, unlike a
//! jackknife's or BRR's replicate estimates, can be read like bootstrap replicates: their
//! covariance is the replicate covariance R `svrepdesign` gives, so the composite and the α
//! intervals downstream need not know which kind of replicates a wave has.

use crate::config::indicators::IndicatorSet;
use crate::stats::descriptive::quantile;
use crate::stats::reliability::{cronbach_alpha, weighted_alpha};
use crate::stats::replicates::{
    rao_wu_factors, replicate_draws, replicate_rank, replicate_seed, t_multipliers, weighted_mean,
};
use crate::stats::survey::Design;
use crate::store::rows::{DiagRow, WaveRow};
use crate::store::wide::{WaveData, indicator_values};
use crate::vocab::{DiagKind, DiagMetric, Statistic};

/// Whole-population estimates of one indicator in one wave, one per replicate.
#[derive(Debug, Clone, PartialEq)]
pub struct RepEstimate {
    /// Indicator set.
    pub set_id: String,
    /// Indicator.
    pub indicator_id: String,
    /// City.
    pub city: String,
    /// Wave.
    pub wave: String,
    /// Estimate under each replicate's analysis weights (NaN when a replicate puts no weight
    /// on the respondents with a value).
    pub values: Vec<f64>,
}

/// The replicate estimates and α intervals of one wave with `replicates` Rao–Wu bootstrap
/// replicates seeded from `seed` and the wave's survey id — or, when the wave has its own
/// replicate weights, `replicates` multiplier draws from them (module comment). Nothing is
/// drawn when the wave measures no composite indicator and no multi-item indicator.
pub fn wave_replicates(
    sets: &[IndicatorSet],
    meta: &WaveRow,
    data: &WaveData,
    replicates: usize,
    seed: u64,
) -> (Vec<RepEstimate>, Vec<DiagRow>) {
    let mut composite_y = Vec::new();
    let mut scales = Vec::new();
    for set in sets {
        for ind in set.indicators.iter().filter(|i| i.source == meta.kind) {
            let Some(y) = indicator_values(ind, data) else { continue };
            if set.composite.as_ref().is_some_and(|c| c.indicators.contains(&ind.id)) {
                composite_y.push((set.id.as_str(), ind.id.as_str(), y));
            }
            if ind.statistic == Statistic::ScalePomp && ind.items.len() > 1 {
                let cols: Vec<Vec<Option<f64>>> = ind
                    .items
                    .iter()
                    .filter_map(|it| data.items.get(it).map(|d| d.pomp.clone()))
                    .collect();
                scales.push((set.id.as_str(), ind.id.as_str(), cols));
            }
        }
    }
    if (composite_y.is_empty() && scales.is_empty()) || replicates < 2 {
        return (Vec::new(), Vec::new());
    }
    let (values, alphas) = match &data.replicates {
        Some(own) => {
            // The wave's own replicate weights: estimates on each, then multiplier draws.
            // Student-t multipliers on the replicate design's df (rank − 1, R `degf()`).
            let df = replicate_rank(&own.weights, |_| true).saturating_sub(1).max(1);
            let z = t_multipliers(
                seed,
                &format!("replicate-draws/{}", meta.survey_id),
                replicates,
                own.weights.len(),
                df,
            );
            let draws = |full: f64, reps: Vec<f64>| replicate_draws(full, &reps, own.scale, &own.rscales, own.mse, &z);
            let values = composite_y
                .iter()
                .map(|(_, _, y)| {
                    let full = weighted_mean(y, None, &data.weight).unwrap_or(f64::NAN);
                    let reps = own
                        .weights
                        .iter()
                        .map(|w| weighted_mean(y, None, w).unwrap_or(f64::NAN))
                        .collect();
                    draws(full, reps)
                })
                .collect();
            // α is unweighted: each replicate's factors (replicate weight / weight) perturb it.
            let factors: Vec<Vec<f64>> = own
                .weights
                .iter()
                .map(|rw| rw.iter().zip(&data.weight).map(|(r, w)| r / w).collect())
                .collect();
            let alphas = scales
                .iter()
                .map(|(_, _, cols)| {
                    let full = cronbach_alpha(cols).map_or(f64::NAN, |a| a.alpha);
                    let reps = factors
                        .iter()
                        .map(|f| weighted_alpha(cols, f).unwrap_or(f64::NAN))
                        .collect();
                    draws(full, reps)
                })
                .collect();
            (values, alphas)
        }
        None => {
            let design = Design {
                weight: &data.weight,
                strata: data.strata.as_deref(),
                psu: data.psu.as_deref(),
            };
            let factors = rao_wu_factors(&design, replicates, replicate_seed(seed, &meta.survey_id));
            // A raked wave's replicates are raked again to the same population counts (R
            // `rake()` on a replicate design), which the raked weights reproduce.
            let raking = meta
                .calibrated_by
                .as_deref()
                .and_then(|by| data.raking_dims(by))
                .map(|dims| {
                    let targets = crate::stats::calibrate::margin_totals(&data.weight, &dims);
                    (dims, targets)
                });
            let mut values = vec![Vec::with_capacity(replicates); composite_y.len()];
            let mut alphas = vec![Vec::with_capacity(replicates); scales.len()];
            let mut w = vec![0.0; data.weight.len()];
            for f in &factors {
                for ((wi, fi), dw) in w.iter_mut().zip(f).zip(&data.weight) {
                    *wi = dw * fi;
                }
                if let Some((dims, targets)) = &raking {
                    // A replicate that leaves a category without weight stays as drawn.
                    let (iter, eps) = (crate::stats::calibrate::MAX_ITER, crate::stats::calibrate::EPSILON);
                    if let Some(r) = crate::stats::calibrate::rerake(&w, dims, targets, iter, eps) {
                        w = r;
                    }
                }
                for (v, (_, _, y)) in values.iter_mut().zip(&composite_y) {
                    v.push(weighted_mean(y, None, &w).unwrap_or(f64::NAN));
                }
                // α is computed without the design weights, so its replicates resample PSUs only.
                for (a, (_, _, cols)) in alphas.iter_mut().zip(&scales) {
                    a.push(weighted_alpha(cols, f).unwrap_or(f64::NAN));
                }
            }
            (values, alphas)
        }
    };
    let reps = composite_y
        .iter()
        .zip(values)
        .map(|((set, ind, _), values)| RepEstimate {
            set_id: set.to_string(),
            indicator_id: ind.to_string(),
            city: meta.city.clone(),
            wave: meta.wave.clone(),
            values,
        })
        .collect();
    let mut diags = Vec::new();
    for ((set, ind, cols), a) in scales.iter().zip(&alphas) {
        if cronbach_alpha(cols).is_none() {
            continue;
        }
        for (metric, q) in [(DiagMetric::AlphaCiLow, 0.025), (DiagMetric::AlphaCiHigh, 0.975)] {
            diags.push(DiagRow {
                set_id: set.to_string(),
                indicator_id: ind.to_string(),
                kind: DiagKind::Reliability,
                city: Some(meta.city.clone()),
                wave: Some(meta.wave.clone()),
                metric,
                other: None,
                value: quantile(a, q).filter(|x| x.is_finite()),
                n: Some(a.iter().filter(|x| x.is_finite()).count() as u64),
            });
        }
    }
    (reps, diags)
}
