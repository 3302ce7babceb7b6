//! Sampling intervals and sensitivity analysis of a composite (docs/METHODS.md "Composite
//! index"; OECD/JRC Handbook 2008 §1.7 and COINr's `get_sensitivity`): the `composite` and
//! `composite_sensitivity` tables. Two intervals, never mixed:
//!
//! - The 95% **sampling interval** of score and rank: the composite is recomputed with the
//!   set's own normalisation, weights and aggregation on each bootstrap replicate (every
//!   indicator re-estimated on the same replicate weights of its wave, [`super::replicates`]),
//!   and the interval is the 2.5th–97.5th percentile of the replicate scores and ranks. The
//!   correlation between indicators measured on the same respondents is thereby kept.
//!   `rank_median` is the median replicate rank. Null for a unit whose sample-based values
//!   lack replicates, and when the composite has none (Index scores only).
//! - The 95% **sensitivity band**: the 2.5th–97.5th percentile over `uncertainty_draws` Monte
//!   Carlo draws of the construction choices, on the point estimates: normalisation (POMP,
//!   min–max or z-score, 1/3 each), aggregation (arithmetic or geometric, 1/2 each) and
//!   weights (each nominal weight times U(0.5, 1.5), renormalised). Scores of different
//!   normalisations are on different scales, so the score band keeps the set's
//!   normalisation and varies aggregation and weights; the rank band varies all three.
//!
//! Ranks (1 = best) are among cities in the same calendar year of fieldwork (barometer waves
//! are monthly and differ by city); a city with several waves in a year is ranked on its latest
//! one; ties share the mean rank. Rank intervals are for researchers only.
//!
//! **Sobol indices** of the rank for four factors — the three choices and `sampling` (which
//! bootstrap replicate the indicators come from, uniform over the replicates) — first-order
//! S_i (Saltelli et al. 2010, estimator f(B)(f(A_Bⁱ) − f(A))) and total S_Ti (Jansen 1999,
//! ½(f(A) − f(A_Bⁱ))²), N = `uncertainty_draws` rows in A and B, pooled over every ranked
//! city-year as Σ numerator / Σ variance (the variance-weighted "generalised" index of Gamboa
//! et al. 2014). They say which choice, or sampling, moves the ranks.
//!
//! Every input group of every draw comes from its own stream, seeded by hashing the global
//! seed with `composite/<set>/<composite>/<A|B>/<draw>/<factor>`; the replicates are seeded
//! per wave. Results are identical whatever the number of threads.

use super::composite::{CompositeData, goalposts, point_floor, scores, scores_with};
use crate::config::indicators::{Aggregation, Normalisation};
use crate::rng::Rng as Stream;
use crate::store::rows::{CompositeRow, SensitivityRow};
use crate::store::schema::Day;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// The factors of the uncertainty analysis, in input-group order.
pub const FACTORS: [&str; 4] = ["normalisation", "aggregation", "weights", "sampling"];

fn norm_name(n: Normalisation) -> &'static str {
    match n {
        Normalisation::Pomp => "pomp",
        Normalisation::MinMax => "minmax",
        Normalisation::ZScore => "zscore",
    }
}

fn agg_name(a: Aggregation) -> &'static str {
    match a {
        Aggregation::Arithmetic => "arithmetic",
        Aggregation::Geometric => "geometric",
    }
}

/// The random inputs of one draw, one group per factor.
#[derive(Debug, Clone)]
struct Draw {
    norm: f64,
    agg: f64,
    wmul: Vec<f64>,
    /// Replicate the indicators come from; `None` = the point estimates.
    rep: Option<usize>,
}

fn draw(seed: u64, name: &str, matrix: &str, j: usize, k: usize, replicates: usize) -> Draw {
    let s = |f: &str| Stream::derive(seed, &format!("{name}/{matrix}/{j}/{f}"));
    let mut w = s(FACTORS[2]);
    Draw {
        norm: s(FACTORS[0]).uniform(),
        agg: s(FACTORS[1]).uniform(),
        wmul: (0..k).map(|_| 0.5 + w.uniform()).collect(),
        rep: (replicates > 0).then(|| s(FACTORS[3]).index(replicates)),
    }
}

fn mix(a: &Draw, b: &Draw, factor: usize) -> Draw {
    let mut d = a.clone();
    match factor {
        0 => d.norm = b.norm,
        1 => d.agg = b.agg,
        2 => d.wmul = b.wmul.clone(),
        _ => d.rep = b.rep,
    }
    d
}

/// The data of replicate `r`: each sample-based value's estimate under that replicate, the
/// point estimate where a value has no replicates (Index scores).
fn replicate_matrix(data: &CompositeData, r: usize) -> Vec<Vec<f64>> {
    data.est
        .iter()
        .zip(&data.reps)
        .map(|(e, reps)| {
            e.iter()
                .zip(reps)
                .map(|(e, v)| v.get(r).copied().unwrap_or(*e))
                .collect()
        })
        .collect()
}

/// Perturbed weights of a draw (sum 1).
fn perturbed_weights(data: &CompositeData, d: &Draw) -> Vec<f64> {
    let w: Vec<f64> = data.weights.iter().zip(&d.wmul).map(|(w, m)| w * m).collect();
    let t: f64 = w.iter().sum();
    w.iter().map(|v| v / t).collect()
}

fn methods(d: &Draw) -> (Normalisation, Aggregation) {
    let n = [Normalisation::Pomp, Normalisation::MinMax, Normalisation::ZScore][((d.norm * 3.0) as usize).min(2)];
    let a = [Aggregation::Arithmetic, Aggregation::Geometric][((d.agg * 2.0) as usize).min(1)];
    (n, a)
}

/// Ranks (1 = highest score, ties share the mean rank) of the ranked units within each
/// period; `periods` lists unit indices.
fn ranks(s: &[f64], periods: &[Vec<usize>]) -> Vec<f64> {
    let mut out = vec![f64::NAN; s.len()];
    for p in periods {
        for &u in p {
            let above = p.iter().filter(|&&v| s[v] > s[u]).count() as f64;
            let ties = p.iter().filter(|&&v| s[v] == s[u]).count() as f64;
            out[u] = 1.0 + above + (ties - 1.0) / 2.0;
        }
    }
    out
}

/// Percentile (type 7, linear interpolation as numpy's default) of the finite values.
pub fn percentile(v: &[f64], q: f64) -> Option<f64> {
    crate::stats::descriptive::quantile(v, q)
}

struct DrawResult {
    rank_a: Vec<f64>,
    rank_b: Vec<f64>,
    rank_ab: Vec<Vec<f64>>,
    /// Ranks of draw A on the point estimates (sensitivity band).
    rank_band: Vec<f64>,
    /// Scores of draw A with the set's normalisation, on the point estimates.
    score_band: Vec<f64>,
}

/// Run the sampling and sensitivity analysis of one composite.
pub fn analyse(data: &CompositeData, seed: u64) -> (Vec<CompositeRow>, Vec<SensitivityRow>) {
    let c = &data.composite;
    let (k, n_units) = (data.weights.len(), data.units.len());
    if n_units == 0 {
        return (Vec::new(), Vec::new());
    }
    let name = format!("composite/{}/{}", data.set_id, c.id);
    // Periods: calendar year; each city's latest wave in the year is ranked.
    let mut latest: BTreeMap<(i32, &str), usize> = BTreeMap::new();
    for (u, (city, _, date)) in data.units.iter().enumerate() {
        let y = crate::config::civil_from_days(*date).0 as i32;
        let e = latest.entry((y, city.as_str())).or_insert(u);
        if data.units[*e].2 < *date {
            *e = u;
        }
    }
    let mut by_year: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    for ((y, _), u) in &latest {
        by_year.entry(*y).or_default().push(*u);
    }
    let periods: Vec<Vec<usize>> = by_year.into_values().collect();
    let ranked: Vec<usize> = {
        let mut r: Vec<usize> = periods.iter().flatten().copied().collect();
        r.sort_unstable();
        r
    };
    let nominal = |x: &[Vec<f64>]| {
        scores(
            x,
            c.normalisation,
            c.aggregation,
            &data.weights,
            &data.bounds,
            &data.lower_is_better,
        )
    };
    // Sampling: the nominal composite on every replicate, normalised with the point
    // estimates' goalposts (docs/DECISIONS.md, "Workbench").
    let nrep = data.replicates;
    let fixed = goalposts(&data.est, c.normalisation, &data.bounds);
    let floor = point_floor(&data.est, c.normalisation, &fixed, &data.lower_is_better);
    let sampling: Vec<(Vec<f64>, Vec<f64>)> = (0..nrep)
        .into_par_iter()
        .map(|r| {
            let s = scores_with(
                &replicate_matrix(data, r),
                c.normalisation,
                c.aggregation,
                &data.weights,
                &fixed,
                &data.lower_is_better,
                Some(floor),
            );
            let rk = ranks(&s, &periods);
            (s, rk)
        })
        .collect();
    // Sensitivity: Monte Carlo over the choices (and, for the Sobol indices, the replicate).
    let eval = |d: &Draw| {
        let x = match d.rep {
            Some(r) => replicate_matrix(data, r),
            None => data.est.clone(),
        };
        let (nm, ag) = methods(d);
        let gp = goalposts(&data.est, nm, &data.bounds);
        let floor = point_floor(&data.est, nm, &gp, &data.lower_is_better);
        ranks(
            &scores_with(
                &x,
                nm,
                ag,
                &perturbed_weights(data, d),
                &gp,
                &data.lower_is_better,
                Some(floor),
            ),
            &periods,
        )
    };
    let n = c.uncertainty_draws;
    let results: Vec<DrawResult> = (0..n)
        .into_par_iter()
        .map(|j| {
            let a = draw(seed, &name, "A", j, k, nrep);
            let b = draw(seed, &name, "B", j, k, nrep);
            let w = perturbed_weights(data, &a);
            let (nm, ag) = methods(&a);
            DrawResult {
                rank_a: eval(&a),
                rank_b: eval(&b),
                rank_ab: (0..FACTORS.len()).map(|f| eval(&mix(&a, &b, f))).collect(),
                rank_band: ranks(
                    &scores(&data.est, nm, ag, &w, &data.bounds, &data.lower_is_better),
                    &periods,
                ),
                score_band: scores(&data.est, c.normalisation, ag, &w, &data.bounds, &data.lower_is_better),
            }
        })
        .collect();
    let point = nominal(&data.est);
    let point_rank = ranks(&point, &periods);
    let n_in_period: BTreeMap<usize, u32> = periods
        .iter()
        .flat_map(|p| p.iter().map(move |u| (*u, p.len() as u32)))
        .collect();
    let fin = |x: f64| x.is_finite().then_some(x);
    let rows = data
        .units
        .iter()
        .enumerate()
        .map(|(u, (city, wave, date))| {
            let is_ranked = n_in_period.contains_key(&u);
            let has_sampling = data.sampled[u] && nrep >= 2;
            let rep_scores: Vec<f64> = sampling.iter().map(|(s, _)| s[u]).collect();
            let rep_ranks: Vec<f64> = sampling.iter().map(|(_, r)| r[u]).collect();
            let band_scores: Vec<f64> = results.iter().map(|r| r.score_band[u]).collect();
            let band_ranks: Vec<f64> = results.iter().map(|r| r.rank_band[u]).collect();
            let sq = |p: f64| if has_sampling { percentile(&rep_scores, p) } else { None };
            let rq = |p: f64| {
                if has_sampling && is_ranked {
                    percentile(&rep_ranks, p)
                } else {
                    None
                }
            };
            let bq = |p: f64| if is_ranked { percentile(&band_ranks, p) } else { None };
            CompositeRow {
                set_id: data.set_id.clone(),
                composite_id: c.id.clone(),
                city: city.clone(),
                wave: wave.clone(),
                date: Day(*date),
                rank_period: crate::config::civil_from_days(*date).0 as i32,
                score: fin(point[u]),
                score_ci_low: sq(0.025),
                score_ci_high: sq(0.975),
                score_band_low: percentile(&band_scores, 0.025),
                score_band_high: percentile(&band_scores, 0.975),
                rank_point: fin(point_rank[u]),
                rank_median: rq(0.5),
                rank_ci_low: rq(0.025),
                rank_ci_high: rq(0.975),
                rank_band_low: bq(0.025),
                rank_band_high: bq(0.975),
                n_ranked: n_in_period.get(&u).copied().unwrap_or(0),
                n_indicators: k as u32,
                replicates: if has_sampling { nrep as u32 } else { 0 },
                draws: n as u32,
                normalisation: norm_name(c.normalisation).to_string(),
                aggregation: agg_name(c.aggregation).to_string(),
            }
        })
        .collect();
    // Pooled Sobol indices over ranked units.
    let nf = n as f64;
    let mut var_sum = 0.0;
    let mut first = [0.0; 4];
    let mut total = [0.0; 4];
    for &u in &ranked {
        let all: Vec<f64> = results.iter().flat_map(|r| [r.rank_a[u], r.rank_b[u]]).collect();
        let m = all.iter().sum::<f64>() / all.len() as f64;
        var_sum += all.iter().map(|y| (y - m).powi(2)).sum::<f64>() / all.len() as f64;
        for f in 0..FACTORS.len() {
            first[f] += results
                .iter()
                .map(|r| r.rank_b[u] * (r.rank_ab[f][u] - r.rank_a[u]))
                .sum::<f64>()
                / nf;
            total[f] += results
                .iter()
                .map(|r| (r.rank_a[u] - r.rank_ab[f][u]).powi(2))
                .sum::<f64>()
                / (2.0 * nf);
        }
    }
    let sens = FACTORS
        .iter()
        .enumerate()
        .map(|(f, name)| SensitivityRow {
            set_id: data.set_id.clone(),
            composite_id: c.id.clone(),
            output: "rank".to_string(),
            factor: name.to_string(),
            first_order: (var_sum > 0.0).then(|| first[f] / var_sum),
            total: (var_sum > 0.0).then(|| total[f] / var_sum),
            draws: n as u32,
            n_outputs: ranked.len() as u32,
        })
        .collect();
    (rows, sens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::indicators::{Composite, Weights};

    fn composite(draws: usize, k: usize) -> Composite {
        Composite {
            id: "ci".into(),
            title: Default::default(),
            indicators: ["a", "b", "c"][..k].iter().map(|s| s.to_string()).collect(),
            normalisation: Normalisation::Pomp,
            weights: Weights::Equal,
            aggregation: Aggregation::Arithmetic,
            uncertainty_draws: draws,
            max_age_years: 3.0,
        }
    }

    fn data(draws: usize) -> CompositeData {
        // Four cities × two years, three indicators; the third is lower_is_better. Synthetic
        // replicates: estimate + SE·N(0, 1), 200 per value.
        let cities = ["A", "B", "C", "D"];
        let mut units = Vec::new();
        let (mut est, mut reps) = (Vec::new(), Vec::new());
        let mut z = Stream::new(5);
        for (i, c) in cities.iter().enumerate() {
            for (y, date) in [(0, 17_000), (1, 17_400)] {
                units.push((c.to_string(), format!("w{y}"), date));
                let b = 40.0 + 4.0 * i as f64 + y as f64;
                let e = vec![b, 60.0 - 2.0 * i as f64, 20.0 + 0.5 * i as f64];
                reps.push(
                    e.iter()
                        .zip([2.0, 2.5, 1.5])
                        .map(|(e, s)| (0..200).map(|_| e + s * z.normal()).collect())
                        .collect(),
                );
                est.push(e);
            }
        }
        let sampled = vec![true; units.len()];
        CompositeData {
            set_id: "s".into(),
            composite: composite(draws, 3),
            units,
            est,
            reps,
            replicates: 200,
            sampled,
            bounds: vec![(0.0, 100.0); 3],
            lower_is_better: vec![false, false, true],
            weights: vec![1.0 / 3.0; 3],
        }
    }

    #[test]
    fn ranks_share_ties_and_stay_in_their_period() {
        let r = ranks(&[3.0, 5.0, 5.0, 1.0, 9.0], &[vec![0, 1, 2], vec![3, 4]]);
        assert_eq!(r, vec![3.0, 1.5, 1.5, 2.0, 1.0]);
    }

    #[test]
    fn percentile_matches_numpy_linear() {
        // numpy 2.4.6: np.percentile([1, 2, 3, 4, 10], [5, 50, 95]) = [1.2, 3.0, 8.8]
        let v = [4.0, 1.0, 10.0, 3.0, 2.0];
        assert!((percentile(&v, 0.05).unwrap() - 1.2).abs() < 1e-12);
        assert_eq!(percentile(&v, 0.5), Some(3.0));
        assert!((percentile(&v, 0.95).unwrap() - 8.8).abs() < 1e-12);
    }

    #[test]
    fn intervals_are_seeded_and_identical_across_thread_counts() {
        let d = data(200);
        let pool = |t| rayon::ThreadPoolBuilder::new().num_threads(t).build().unwrap();
        let one = pool(1).install(|| analyse(&d, 42));
        let two = pool(2).install(|| analyse(&d, 42));
        assert_eq!(one, two);
        assert_eq!(analyse(&d, 42), one);
        assert_ne!(analyse(&d, 43).0, one.0);
        // Non-degenerate: the score interval brackets the point score and has width.
        for r in &one.0 {
            let (lo, hi) = (r.score_ci_low.unwrap(), r.score_ci_high.unwrap());
            let s = r.score.expect("score");
            assert!(lo < s && s < hi, "{r:?}");
            let (lo, hi) = (r.score_band_low.unwrap(), r.score_band_high.unwrap());
            assert!(lo < s && s < hi, "{r:?}");
            assert!(r.rank_ci_low.unwrap() <= r.rank_median.unwrap());
            assert!(r.rank_median.unwrap() <= r.rank_ci_high.unwrap());
            assert!(r.rank_band_low.unwrap() <= r.rank_band_high.unwrap());
            assert_eq!((r.n_ranked, r.replicates, r.draws), (4, 200, 200));
        }
        assert_eq!(one.1.len(), 4);
        for s in &one.1 {
            let (f, t) = (s.first_order.unwrap(), s.total.unwrap());
            assert!((-0.2..1.2).contains(&f) && (0.0..1.5).contains(&t), "{s:?}");
        }
    }

    #[test]
    fn sampling_dominates_when_methods_agree_on_ranks() {
        // With one indicator every normalisation and aggregation give the same order, so
        // only sampling can move a rank: its total index is ~1, the others' ~0.
        let mut d = data(400);
        for e in d.est.iter_mut() {
            e.truncate(1);
        }
        for s in d.reps.iter_mut() {
            s.truncate(1);
        }
        d.bounds.truncate(1);
        d.lower_is_better.truncate(1);
        d.weights = vec![1.0];
        d.composite.indicators.truncate(1);
        let (_, sens) = analyse(&d, 7);
        let t: BTreeMap<&str, f64> = sens.iter().map(|s| (s.factor.as_str(), s.total.unwrap())).collect();
        assert!(t["sampling"] > 0.9, "{t:?}");
        assert!(
            t["normalisation"] < 1e-9 && t["aggregation"] < 1e-9 && t["weights"] < 1e-9,
            "{t:?}"
        );
    }

    #[test]
    fn sampling_interval_keeps_the_correlation_between_indicators() {
        // One city, one wave of n = 400 respondents (weights 1, no design columns), two
        // indicators on 0–100 built from a = (+1, −1, +1, −1, …) and b = (+1, +1, −1, −1, …),
        // which have mean 0, Σa² = Σb² = n and Σab = 0:
        //   y1 = 50 + 10a,   y2 = 50 + 10(0.6a + 0.8b)   (values 36…64, no clamping),
        // so s1² = s2² = 100·n/(n − 1) and the sample correlation is exactly ρ = 0.6.
        // Composite: POMP on 0–100, equal weights, arithmetic: score = (ȳ1 + ȳ2)/2 = 50.
        // The Rao–Wu factors of one stratum of n PSUs sum to n, so a replicate mean is
        // Σ f·y / n and its variance over replicates is s²/n (Rao & Wu 1988, m = n − 1):
        // var(score) = ¼(s1² + s2² + 2ρ s1 s2)/n = ¼·100·(2 + 1.2)/(n − 1) = 80/399,
        // σ = 0.447772 and the 95% interval 50 ± 1.959964·σ = [49.122390, 50.877610]
        // (width 1.755220). Drawing each indicator's noise independently would give
        // σ = √(50/399) = 0.353996 and width 1.387633, 21% narrower.
        // Monte Carlo error with R = 2000 replicates: a 2.5% quantile has SD
        // √(0.025·0.975/R)/φ(1.96)·σ = 0.0598σ, so each end is allowed 4·0.0598σ = 0.107.
        let n = 400;
        let a: Vec<f64> = (0..n).map(|i| if i % 2 == 0 { 1.0 } else { -1.0 }).collect();
        let b: Vec<f64> = (0..n).map(|i| if i % 4 < 2 { 1.0 } else { -1.0 }).collect();
        let y1: Vec<Option<f64>> = a.iter().map(|a| Some(50.0 + 10.0 * a)).collect();
        let y2: Vec<Option<f64>> = a
            .iter()
            .zip(&b)
            .map(|(a, b)| Some(50.0 + 10.0 * (0.6 * a + 0.8 * b)))
            .collect();
        let w = vec![1.0; n];
        let design = crate::stats::survey::Design {
            weight: &w,
            strata: None,
            psu: None,
        };
        let r = 2000;
        let rw = crate::stats::replicates::rao_wu_bootstrap(&design, r, 99);
        let mean = |y: &[Option<f64>], w: &[f64]| crate::stats::replicates::weighted_mean(y, None, w).unwrap();
        let reps = vec![vec![
            rw.iter().map(|w| mean(&y1, w)).collect(),
            rw.iter().map(|w| mean(&y2, w)).collect(),
        ]];
        let d = CompositeData {
            set_id: "s".into(),
            composite: composite(100, 2),
            units: vec![("A".into(), "w".into(), 17_000)],
            est: vec![vec![mean(&y1, &w), mean(&y2, &w)]],
            reps,
            replicates: r,
            sampled: vec![true],
            bounds: vec![(0.0, 100.0); 2],
            lower_is_better: vec![false, false],
            weights: vec![0.5, 0.5],
        };
        let (rows, _) = analyse(&d, 1);
        let row = &rows[0];
        assert!((row.score.unwrap() - 50.0).abs() < 1e-12);
        let (lo, hi) = (row.score_ci_low.unwrap(), row.score_ci_high.unwrap());
        assert!((lo - 49.122390).abs() < 0.107, "low {lo}");
        assert!((hi - 50.877610).abs() < 0.107, "high {hi}");
        // The width rules out independent noise (1.3876) with room to spare.
        assert!((hi - lo - 1.755220).abs() < 0.2, "width {}", hi - lo);
        // Same weights, same aggregation, same normalisation: the sensitivity band of the score
        // moves only through the weights; one city: every rank is 1.
        assert_eq!((row.rank_ci_low, row.rank_ci_high), (Some(1.0), Some(1.0)));
    }

    #[test]
    fn min_max_goalposts_stay_those_of_the_point_estimates_on_replicates() {
        // One indicator, min–max, three cities in one year: A 0, B 5, C 10 (goalposts 0, 10).
        // A's replicates alternate 1 and −1 (B and C do not move): on the point goalposts its
        // replicate scores are +10 and −10, 100 each, so the 2.5th and 97.5th percentiles
        // (numpy linear, positions 4.975 and 194.025 of 200 sorted) are −10 and +10 around
        // its score 0. Recomputing the goalposts on each replicate would make A the minimum
        // in every replicate and pin its interval to (0, 0).
        let mut c = composite(10, 1);
        c.normalisation = Normalisation::MinMax;
        let a: Vec<f64> = (0..200).map(|r| if r % 2 == 0 { 1.0 } else { -1.0 }).collect();
        let d = CompositeData {
            set_id: "s".into(),
            composite: c,
            units: ["A", "B", "C"]
                .iter()
                .map(|c| (c.to_string(), "w".to_string(), 17_000))
                .collect(),
            est: vec![vec![0.0], vec![5.0], vec![10.0]],
            reps: vec![vec![a], vec![vec![5.0; 200]], vec![vec![10.0; 200]]],
            replicates: 200,
            sampled: vec![true; 3],
            bounds: vec![(0.0, 100.0)],
            lower_is_better: vec![false],
            weights: vec![1.0],
        };
        let rows = analyse(&d, 1).0;
        let a = rows.iter().find(|r| r.city == "A").expect("A");
        assert_eq!(a.score, Some(0.0));
        assert_eq!((a.score_ci_low, a.score_ci_high), (Some(-10.0), Some(10.0)));
        // C, the other goalpost, does not move at all.
        let cc = rows.iter().find(|r| r.city == "C").expect("C");
        assert_eq!(
            (cc.score_ci_low, cc.score, cc.score_ci_high),
            (Some(100.0), Some(100.0), Some(100.0))
        );
    }

    #[test]
    fn no_sampling_interval_without_replicates() {
        // A unit whose sample-based values lack replicates keeps its band but gets no CI.
        let mut d = data(50);
        d.sampled[0] = false;
        let (rows, _) = analyse(&d, 3);
        assert!(rows[0].score_ci_low.is_none() && rows[0].rank_ci_low.is_none());
        assert_eq!(rows[0].replicates, 0);
        assert!(rows[0].score_band_low.is_some() && rows[1].score_ci_low.is_some());
    }
}
