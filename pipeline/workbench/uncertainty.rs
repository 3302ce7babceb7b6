//! Monte Carlo uncertainty and sensitivity analysis of a composite (docs/METHODS.md; OECD/JRC
//! Handbook 2008 §1.7 and COINr's `get_sensitivity`): the `composite` and
//! `composite_sensitivity` tables.
//!
//! Four uncertain inputs ("factors") per draw:
//! - `normalisation`: POMP, min–max or z-score, each with probability 1/3;
//! - `aggregation`: arithmetic or geometric, probability 1/2 each;
//! - `weights`: each nominal weight times U(0.5, 1.5), renormalised to sum 1 (±50%);
//! - `sampling`: each estimate drawn from N(estimate, SE).
//!
//! **Scores** are on the scale of the set's own normalisation, so the score interval
//! (5th–95th percentile, a 90% interval) comes from draws that keep the set's normalisation
//! and aggregation and vary weights and sampling. **Ranks** (1 = best) are comparable across
//! methods, so rank median/low/high (50th/5th/95th percentiles) come from draws varying all
//! four factors. Ranks are among cities in the same calendar year of fieldwork (barometer
//! waves are monthly and differ by city); a city with several waves in a year is ranked on
//! its latest one; ties share the mean rank. Rank intervals are for researchers only.
//!
//! **Sensitivity** of the rank to each factor: first-order index S_i (Saltelli et al. 2010,
//! estimator f(B)(f(A_Bⁱ) − f(A))) and total index S_Ti (Jansen 1999,
//! ½(f(A) − f(A_Bⁱ))²), with N = `uncertainty_draws` rows in A and B, each factor a group
//! of inputs; pooled over every ranked city-year as Σ numerator / Σ variance (the
//! variance-weighted "generalised" index of Gamboa et al. 2014).
//!
//! Every input group of every draw comes from its own stream, seeded by hashing the global
//! seed with `composite/<set>/<A|B>/<draw>/<factor>`, so results are identical whatever the
//! number of threads.

use super::composite::{CompositeData, scores};
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
    noise: Vec<Vec<f64>>,
}

fn draw(seed: u64, name: &str, matrix: &str, j: usize, k: usize, n_units: usize) -> Draw {
    let s = |f: &str| Stream::derive(seed, &format!("{name}/{matrix}/{j}/{f}"));
    let mut w = s(FACTORS[2]);
    let mut z = s(FACTORS[3]);
    Draw {
        norm: s(FACTORS[0]).uniform(),
        agg: s(FACTORS[1]).uniform(),
        wmul: (0..k).map(|_| 0.5 + w.uniform()).collect(),
        noise: (0..n_units).map(|_| (0..k).map(|_| z.normal()).collect()).collect(),
    }
}

fn mix(a: &Draw, b: &Draw, factor: usize) -> Draw {
    let mut d = a.clone();
    match factor {
        0 => d.norm = b.norm,
        1 => d.agg = b.agg,
        2 => d.wmul = b.wmul.clone(),
        _ => d.noise = b.noise.clone(),
    }
    d
}

/// Inputs of one evaluation: perturbed data and weights.
fn perturbed(data: &CompositeData, d: &Draw) -> (Vec<Vec<f64>>, Vec<f64>) {
    let x = data
        .est
        .iter()
        .zip(&data.se)
        .zip(&d.noise)
        .map(|((e, s), z)| e.iter().zip(s).zip(z).map(|((e, s), z)| e + s * z).collect())
        .collect();
    let w: Vec<f64> = data.weights.iter().zip(&d.wmul).map(|(w, m)| w * m).collect();
    let t: f64 = w.iter().sum();
    (x, w.iter().map(|v| v / t).collect())
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
    score_nominal: Vec<f64>,
}

/// Run the uncertainty and sensitivity analysis of one composite.
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
    let eval = |d: &Draw| {
        let (x, w) = perturbed(data, d);
        let (nm, ag) = methods(d);
        ranks(&scores(&x, nm, ag, &w, &data.bounds, &data.lower_is_better), &periods)
    };
    let n = c.uncertainty_draws;
    let results: Vec<DrawResult> = (0..n)
        .into_par_iter()
        .map(|j| {
            let a = draw(seed, &name, "A", j, k, n_units);
            let b = draw(seed, &name, "B", j, k, n_units);
            let (x, w) = perturbed(data, &a);
            DrawResult {
                rank_a: eval(&a),
                rank_b: eval(&b),
                rank_ab: (0..FACTORS.len()).map(|f| eval(&mix(&a, &b, f))).collect(),
                score_nominal: scores(
                    &x,
                    c.normalisation,
                    c.aggregation,
                    &w,
                    &data.bounds,
                    &data.lower_is_better,
                ),
            }
        })
        .collect();
    let point = scores(
        &data.est,
        c.normalisation,
        c.aggregation,
        &data.weights,
        &data.bounds,
        &data.lower_is_better,
    );
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
            let sc: Vec<f64> = results.iter().map(|r| r.score_nominal[u]).collect();
            let is_ranked = n_in_period.contains_key(&u);
            let rk: Vec<f64> = results.iter().map(|r| r.rank_a[u]).collect();
            let q = |p: f64| if is_ranked { percentile(&rk, p) } else { None };
            CompositeRow {
                set_id: data.set_id.clone(),
                composite_id: c.id.clone(),
                city: city.clone(),
                wave: wave.clone(),
                date: Day(*date),
                rank_period: crate::config::civil_from_days(*date).0 as i32,
                score: fin(point[u]),
                // A 95% Monte Carlo band (2.5th–97.5th percentiles), not a sampling CI: the
                // draws vary weights and choices as well as sampling noise.
                score_ci_low: percentile(&sc, 0.025),
                score_ci_high: percentile(&sc, 0.975),
                rank_point: fin(point_rank[u]),
                rank_median: q(0.5),
                rank_low: q(0.025),
                rank_high: q(0.975),
                n_ranked: n_in_period.get(&u).copied().unwrap_or(0),
                n_indicators: k as u32,
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

    fn data(draws: usize) -> CompositeData {
        // Four cities × two years, three indicators; the third is lower_is_better.
        let cities = ["A", "B", "C", "D"];
        let mut units = Vec::new();
        let (mut est, mut se) = (Vec::new(), Vec::new());
        for (i, c) in cities.iter().enumerate() {
            for (y, date) in [(0, 17_000), (1, 17_400)] {
                units.push((c.to_string(), format!("w{y}"), date));
                let b = 40.0 + 4.0 * i as f64 + y as f64;
                est.push(vec![b, 60.0 - 2.0 * i as f64, 20.0 + 0.5 * i as f64]);
                se.push(vec![2.0, 2.5, 1.5]);
            }
        }
        CompositeData {
            set_id: "s".into(),
            composite: Composite {
                id: "ci".into(),
                title: Default::default(),
                indicators: vec!["a".into(), "b".into(), "c".into()],
                normalisation: Normalisation::Pomp,
                weights: Weights::Equal,
                aggregation: Aggregation::Arithmetic,
                uncertainty_draws: draws,
            },
            units,
            est,
            se,
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
            assert!(r.rank_low.unwrap() <= r.rank_median.unwrap());
            assert!(r.rank_median.unwrap() <= r.rank_high.unwrap());
            assert_eq!(r.n_ranked, 4);
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
        for s in d.se.iter_mut() {
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
}
