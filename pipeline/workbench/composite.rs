//! The composite index of a set (docs/INPUTS.md `[composite]`; OECD/JRC *Handbook on
//! Constructing Composite Indicators*, 2008): units, normalisation, polarity, weights and
//! aggregation. Pure functions; the Monte Carlo over these choices is in [`super::uncertainty`].
//!
//! - **Units** are (city, barometer wave) with a whole-population, non-suppressed estimate of
//!   every composite indicator. A survey or Index indicator enters with its latest estimate
//!   dated on or before the barometer wave and at most `max_age_years` (default 3) older than
//!   it (365.25-day years); a unit without such a value for every indicator is left out.
//! - **Replicates**: each sample-based value carries its whole-population estimates under its
//!   wave's replicates ([`super::replicates`]); Index scores have no sampling error
//!   and keep their value in every replicate.
//! - **Normalisation**, goalposts fixed over all units (all cities and waves, so trends
//!   survive): POMP on theoretical bounds (0–100 for percent statistics, the item scale for
//!   `mean`), clamped to [0, 100]; min–max over all units to 0–100 (50 when constant);
//!   z-score with the mean and sample SD (n − 1) over all units (0 when constant). The
//!   goalposts come from the point estimates; a replicate of the data is normalised with the
//!   same goalposts ([`normalise_with`]), so its min–max scores may leave 0–100.
//! - **Polarity** explicitly: `lower_is_better` turns x into 100 − x (POMP, min–max) or −z.
//! - **Weights** sum to 1: equal; by construct (each construct the same share, split equally
//!   among its indicators); explicit (normalised to sum 1).
//! - **Aggregation**: weighted arithmetic mean, or weighted geometric mean, which needs
//!   positive values: it is taken of x − m + 1 and shifted back, score = G − 1 + m, where
//!   m = the smallest normalised value over all units and indicators when it is below 0
//!   (z-scores), else 0 (POMP and min–max, values in [0, 100]). m is fixed at the point
//!   estimates: a replicate (sampling interval, Sobol draws) is aggregated with the point
//!   estimates' m, so the shift does not move with the replicate. A replicate's value below m
//!   (outside the point estimates' range) continues the logarithm along its tangent at m,
//!   ln(x − m + 1) → x − m, and the mean is taken back the same way, so the order of values
//!   is kept and no ties are made. Equal inputs give back that value.

use crate::config::bank::Polarity;
use crate::config::indicators::{Aggregation, Composite, Indicator, IndicatorSet, Normalisation, Source, Weights};
use crate::store::rows::EstimateRow;
use crate::vocab::GroupDim;
use std::collections::{BTreeMap, HashMap};

/// Replicate estimates by (set, indicator, city, wave), from [`super::replicates`].
pub type RepIndex<'a> = HashMap<(&'a str, &'a str, &'a str, &'a str), &'a [f64]>;

/// The data a composite is built from.
#[derive(Debug, Clone)]
pub struct CompositeData {
    /// Set id.
    pub set_id: String,
    /// The composite.
    pub composite: Composite,
    /// Units: (city, wave, date).
    pub units: Vec<(String, String, i32)>,
    /// Point estimates, `est[unit][indicator]`.
    pub est: Vec<Vec<f64>>,
    /// Replicate estimates, `reps[unit][indicator][r]`; empty for a value without sampling
    /// error (Index scores).
    pub reps: Vec<Vec<Vec<f64>>>,
    /// Replicates per sample-based value (0 when the composite has none).
    pub replicates: usize,
    /// Per unit: every sample-based value has its replicates (else no sampling interval).
    pub sampled: Vec<bool>,
    /// Theoretical POMP bounds per indicator.
    pub bounds: Vec<(f64, f64)>,
    /// True when lower is better, per indicator.
    pub lower_is_better: Vec<bool>,
    /// Nominal weights per indicator (sum 1).
    pub weights: Vec<f64>,
}

/// Nominal weights of a composite (sum 1); indicators in the composite's order.
pub fn base_weights(c: &Composite, inds: &[&Indicator]) -> Vec<f64> {
    let raw: Vec<f64> = match &c.weights {
        Weights::Equal => vec![1.0; inds.len()],
        Weights::ByConstruct => {
            let mut per: BTreeMap<&str, usize> = BTreeMap::new();
            for i in inds {
                *per.entry(i.construct.as_str()).or_default() += 1;
            }
            inds.iter().map(|i| 1.0 / per[i.construct.as_str()] as f64).collect()
        }
        Weights::Explicit(m) => inds.iter().map(|i| m.get(&i.id).copied().unwrap_or(0.0)).collect(),
    };
    let total: f64 = raw.iter().sum();
    if total > 0.0 {
        raw.iter().map(|w| w / total).collect()
    } else {
        vec![1.0 / inds.len().max(1) as f64; inds.len()]
    }
}

/// Gather the units of a set's composite from the estimates; None when the set has no
/// composite. `item_scales` gives (min, max) per item for `mean` indicators.
pub fn composite_data(
    set: &IndicatorSet,
    rows: &[EstimateRow],
    item_scales: &BTreeMap<String, (f64, f64)>,
    reps: &RepIndex,
) -> Option<CompositeData> {
    let c = set.composite.as_ref()?;
    let inds: Vec<&Indicator> = c.indicators.iter().filter_map(|id| set.get(id)).collect();
    if inds.len() != c.indicators.len() {
        return None;
    }
    // (indicator, city) -> rows sorted by date
    let mut by: BTreeMap<(&str, &str), Vec<&EstimateRow>> = BTreeMap::new();
    for r in rows.iter().filter(|r| {
        r.set_id == set.id
            && r.group_dim == GroupDim::All
            && r.estimate.is_some()
            && c.indicators.contains(&r.indicator_id)
    }) {
        by.entry((&r.indicator_id, &r.city)).or_default().push(r);
    }
    for v in by.values_mut() {
        v.sort_by_key(|r| r.date);
    }
    // Units: every (city, wave) of a barometer indicator of the composite (or, with none, of
    // the first indicator's source).
    let anchor = inds
        .iter()
        .find(|i| i.source == Source::Barometer)
        .copied()
        .unwrap_or(inds[0]);
    let max_age_days = c.max_age_years * 365.25;
    let mut units = Vec::new();
    let (mut est, mut rep, mut sampled) = (Vec::new(), Vec::new(), Vec::new());
    let mut replicates = 0;
    for ((ind_id, city), anchor_rows) in by.range((anchor.id.as_str(), "")..) {
        if *ind_id != anchor.id {
            break;
        }
        for a in anchor_rows {
            let mut e = Vec::with_capacity(inds.len());
            let mut s = Vec::with_capacity(inds.len());
            let mut complete = true;
            for ind in &inds {
                let hit = by.get(&(ind.id.as_str(), *city)).and_then(|v| {
                    if ind.source == anchor.source {
                        v.iter().find(|r| r.wave == a.wave)
                    } else {
                        v.iter()
                            .rev()
                            .find(|r| r.date <= a.date && f64::from(a.date.0 - r.date.0) <= max_age_days)
                    }
                });
                if let Some(r) = hit {
                    e.push(r.estimate.unwrap_or(f64::NAN));
                    let key = (set.id.as_str(), ind.id.as_str(), *city, r.wave.as_str());
                    match reps.get(&key) {
                        Some(v) => {
                            replicates = replicates.max(v.len());
                            s.push(v.to_vec());
                        }
                        None => {
                            complete &= ind.source == Source::Index;
                            s.push(Vec::new());
                        }
                    }
                }
            }
            if e.len() == inds.len() && e.iter().all(|x| x.is_finite()) {
                units.push((city.to_string(), a.wave.clone(), a.date.0));
                est.push(e);
                rep.push(s);
                sampled.push(complete);
            }
        }
    }
    let bounds = inds
        .iter()
        .map(|i| {
            if i.statistic.is_percent() {
                (0.0, 100.0)
            } else {
                i.items
                    .first()
                    .and_then(|it| item_scales.get(it))
                    .copied()
                    .unwrap_or((0.0, 100.0))
            }
        })
        .collect();
    Some(CompositeData {
        set_id: set.id.clone(),
        composite: c.clone(),
        units,
        est,
        reps: rep,
        replicates,
        sampled,
        bounds,
        lower_is_better: inds.iter().map(|i| i.polarity == Polarity::LowerIsBetter).collect(),
        weights: base_weights(c, &inds),
    })
}

/// The goalposts of each indicator for a normalisation, from the values `x[unit][indicator]`:
/// the theoretical `bounds` (POMP), the smallest and largest value over all units (min–max),
/// or the mean and standard deviation over all units (z-score).
pub fn goalposts(x: &[Vec<f64>], method: Normalisation, bounds: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let n = x.len();
    (0..bounds.len())
        .map(|j| {
            let col = x.iter().map(|r| r[j]);
            match method {
                Normalisation::Pomp => bounds[j],
                Normalisation::MinMax => (
                    col.clone().fold(f64::INFINITY, f64::min),
                    col.fold(f64::NEG_INFINITY, f64::max),
                ),
                Normalisation::ZScore => {
                    let m = col.clone().sum::<f64>() / n.max(1) as f64;
                    let var = col.map(|v| (v - m).powi(2)).sum::<f64>() / (n.max(2) - 1) as f64;
                    (m, var.sqrt())
                }
            }
        })
        .collect()
}

/// Normalise `x[unit][indicator]` with the given goalposts ([`goalposts`]; fixed over all
/// units), polarity applied. A replicate of the data is normalised with
/// the goalposts of the point estimates, so that a min–max score may leave 0–100 there: the
/// goalposts are part of the index's definition, and recomputing them on each replicate
/// would pin the city that sets a goalpost to it (its replicate scores could only move one
/// way).
pub fn normalise_with(
    x: &[Vec<f64>],
    method: Normalisation,
    goalposts: &[(f64, f64)],
    lower: &[bool],
) -> Vec<Vec<f64>> {
    let k = goalposts.len();
    let mut out = vec![vec![0.0; k]; x.len()];
    for (j, &(a, b)) in goalposts.iter().enumerate() {
        let f = |v: f64| match method {
            Normalisation::Pomp => ((v - a) / (b - a) * 100.0).clamp(0.0, 100.0),
            Normalisation::MinMax => {
                if b > a {
                    (v - a) / (b - a) * 100.0
                } else {
                    50.0
                }
            }
            Normalisation::ZScore => {
                if b > 0.0 {
                    (v - a) / b
                } else {
                    0.0
                }
            }
        };
        for (row, xr) in out.iter_mut().zip(x) {
            let v = f(xr[j]);
            row[j] = if !lower[j] {
                v
            } else if method == Normalisation::ZScore {
                -v
            } else {
                100.0 - v
            };
        }
    }
    out
}

/// The geometric-mean shift m of the module comment for a normalised matrix: the smallest
/// value when it is below 0 (z-scores, or min–max scores of a replicate normalised with the
/// point estimates' goalposts), else 0.
pub fn geometric_floor(z: &[Vec<f64>]) -> f64 {
    z.iter().flatten().copied().fold(f64::INFINITY, f64::min).min(0.0)
}

/// ln(x − m + 1), continued below m along its tangent (x − m), and its inverse.
fn log_shifted(x: f64, m: f64) -> f64 {
    if x >= m { (x - m + 1.0).ln() } else { x - m }
}

fn exp_shifted(l: f64, m: f64) -> f64 {
    if l >= 0.0 { l.exp() - 1.0 + m } else { l + m }
}

/// Aggregate one unit's normalised values with weights `w` (sum 1); `floor` = m (below it
/// the logarithm continues linearly, see the module comment).
pub fn aggregate(z: &[f64], w: &[f64], method: Aggregation, floor: f64) -> f64 {
    let tw: f64 = w.iter().sum();
    match method {
        Aggregation::Arithmetic => z.iter().zip(w).map(|(x, w)| x * w).sum::<f64>() / tw,
        Aggregation::Geometric => {
            let l = z.iter().zip(w).map(|(x, w)| w * log_shifted(*x, floor)).sum::<f64>() / tw;
            exp_shifted(l, floor)
        }
    }
}

/// Scores of every unit for one choice of normalisation, aggregation and weights.
pub fn scores(
    x: &[Vec<f64>],
    norm: Normalisation,
    agg: Aggregation,
    w: &[f64],
    bounds: &[(f64, f64)],
    lower: &[bool],
) -> Vec<f64> {
    scores_with(x, norm, agg, w, &goalposts(x, norm, bounds), lower, None)
}

/// The geometric-mean shift m of the point estimates `est` under a normalisation and its
/// goalposts, for scoring their replicates with [`scores_with`].
pub fn point_floor(est: &[Vec<f64>], norm: Normalisation, goalposts: &[(f64, f64)], lower: &[bool]) -> f64 {
    geometric_floor(&normalise_with(est, norm, goalposts, lower))
}

/// [`scores`] with given goalposts and, for a replicate, the point estimates' geometric shift
/// `floor` ([`point_floor`]; `None` takes it from `x` itself).
pub fn scores_with(
    x: &[Vec<f64>],
    norm: Normalisation,
    agg: Aggregation,
    w: &[f64],
    goalposts: &[(f64, f64)],
    lower: &[bool],
    floor: Option<f64>,
) -> Vec<f64> {
    let z = normalise_with(x, norm, goalposts, lower);
    let floor = floor.unwrap_or_else(|| geometric_floor(&z));
    z.iter().map(|r| aggregate(r, w, agg, floor)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Three units × two indicators; indicator 2 is lower_is_better. Bounds 0–100.
    //   unit A: (40, 20)   unit B: (60, 40)   unit C: (80, 60)
    fn x() -> Vec<Vec<f64>> {
        vec![vec![40.0, 20.0], vec![60.0, 40.0], vec![80.0, 60.0]]
    }
    const B: [(f64, f64); 2] = [(0.0, 100.0), (0.0, 100.0)];
    const L: [bool; 2] = [false, true];
    const W: [f64; 2] = [0.75, 0.25];

    fn close(a: &[f64], b: &[f64]) {
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(b) {
            assert!((x - y).abs() < 1e-9, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn pomp_arithmetic_by_hand() {
        // POMP: (40, 100−20=80), (60, 60), (80, 40).
        // Arithmetic 0.75/0.25: A = 30 + 20 = 50; B = 45 + 15 = 60; C = 60 + 10 = 70.
        let s = scores(&x(), Normalisation::Pomp, Aggregation::Arithmetic, &W, &B, &L);
        close(&s, &[50.0, 60.0, 70.0]);
    }

    #[test]
    fn pomp_geometric_by_hand() {
        // Geometric on x + 1 (m = 0): A = 41^0.75 · 81^0.25 − 1, with
        // 41^0.75 = exp(0.75·ln 41) = exp(2.785179) = 16.202719 and 81^0.25 = 3:
        // A = 48.608156 − 1 = 47.608156. B = 61^0.75 · 61^0.25 − 1 = 60.
        // C = 81^0.75 · 41^0.25 − 1 = 27 · 2.530440 − 1 = 67.321867.
        let s = scores(&x(), Normalisation::Pomp, Aggregation::Geometric, &W, &B, &L);
        close(&[s[1]], &[60.0]);
        assert!((s[0] - 47.608156).abs() < 1e-5, "{}", s[0]);
        assert!((s[2] - 67.321867).abs() < 1e-5, "{}", s[2]);
    }

    #[test]
    fn minmax_by_hand() {
        // Indicator 1: min 40, max 80 → 0, 50, 100. Indicator 2: min 20, max 60 → 0, 50, 100,
        // reversed → 100, 50, 0. Arithmetic: A = 0·.75 + 100·.25 = 25; B = 50; C = 75.
        let s = scores(&x(), Normalisation::MinMax, Aggregation::Arithmetic, &W, &B, &L);
        close(&s, &[25.0, 50.0, 75.0]);
        // Geometric on x + 1: A = 1^0.75 · 101^0.25 − 1 = 3.170154 − 1 = 2.170154;
        // B = 50; C = 101^0.75 · 1 − 1 = 31.859652 − 1 = 30.859652.
        let g = scores(&x(), Normalisation::MinMax, Aggregation::Geometric, &W, &B, &L);
        assert!((g[0] - 2.170154).abs() < 1e-5, "{}", g[0]);
        assert!((g[1] - 50.0).abs() < 1e-9);
        assert!((g[2] - 30.859652).abs() < 1e-5, "{}", g[2]);
    }

    #[test]
    fn a_replicate_keeps_the_point_estimates_geometric_shift() {
        // Min–max goalposts and shift m from the point estimates (m = 0, as above). A replicate
        // moves A's first indicator to 36: (36 − 40)/40·100 = −10 on the point goalposts.
        // With the point m = 0 its log term continues linearly: 0.75·(−10) + 0.25·ln 101 =
        // −7.5 + 1.153780 = −6.346220 < 0, taken back linearly: A = −6.346220, below every
        // point score as its value is. Recomputing m on the replicate (m = −10) would give
        // 1^0.75 · 111^0.25 − 1 − 10 = 3.245867 − 11 = −7.754133 and move the other units too: C = 111^0.75 · 11^0.25 − 1 − 10
        // = 62.278824 − 11 = 51.278824 instead of its 30.859652.
        let gp = goalposts(&x(), Normalisation::MinMax, &B);
        let m = point_floor(&x(), Normalisation::MinMax, &gp, &L);
        assert_eq!(m, 0.0);
        let mut rep = x();
        rep[0][0] = 36.0;
        let g = scores_with(
            &rep,
            Normalisation::MinMax,
            Aggregation::Geometric,
            &W,
            &gp,
            &L,
            Some(m),
        );
        assert!((g[0] + 6.346220).abs() < 1e-5, "{}", g[0]);
        assert!((g[2] - 30.859652).abs() < 1e-5, "{}", g[2]);
        // One indicator: the linear continuation gives the value back, below m too.
        for v in [-10.0, 0.0, 37.5] {
            let s = aggregate(&[v], &[1.0], Aggregation::Geometric, 0.0);
            assert!((s - v).abs() < 1e-12, "{v}: {s}");
        }
        let moving = scores_with(&rep, Normalisation::MinMax, Aggregation::Geometric, &W, &gp, &L, None);
        assert!((moving[0] + 7.754133).abs() < 1e-5, "{}", moving[0]);
        assert!((moving[2] - 30.859652).abs() > 1.0, "{}", moving[2]);
    }

    #[test]
    fn zscore_by_hand() {
        // Indicator 1: mean 60, sample SD 20 → −1, 0, 1. Indicator 2: mean 40, SD 20 → −1, 0, 1,
        // negated → 1, 0, −1. Arithmetic: A = −0.75 + 0.25 = −0.5; B = 0; C = 0.5.
        let s = scores(&x(), Normalisation::ZScore, Aggregation::Arithmetic, &W, &B, &L);
        close(&s, &[-0.5, 0.0, 0.5]);
        // Geometric: m = −1, so on z + 2: A = 1^0.75 · 3^0.25 − 2 = 1.316074 − 2 = −0.683926;
        // B = 2 − 2 = 0; C = 3^0.75 · 1 − 2 = 2.279507 − 2 = 0.279507.
        let g = scores(&x(), Normalisation::ZScore, Aggregation::Geometric, &W, &B, &L);
        assert!((g[0] + 0.683926).abs() < 1e-5, "{}", g[0]);
        assert!(g[1].abs() < 1e-12);
        assert!((g[2] - 0.279507).abs() < 1e-5, "{}", g[2]);
    }

    #[test]
    fn pomp_uses_the_item_scale_for_means() {
        // A 0–10 mean of 7.5 is 75 POMP; clamped when a draw leaves the scale.
        let x = [vec![7.5], vec![11.0]];
        let gp = goalposts(&x, Normalisation::Pomp, &[(0.0, 10.0)]);
        let z = normalise_with(&x, Normalisation::Pomp, &gp, &[false]);
        close(&[z[0][0], z[1][0]], &[75.0, 100.0]);
    }

    fn est(ind: &str, kind: crate::vocab::Source, wave: &str, date: i32, e: f64) -> EstimateRow {
        EstimateRow {
            kind,
            wave: wave.into(),
            n: Some(400),
            n_eff: Some(400.0),
            df: Some(10),
            ci_low: None,
            ci_high: None,
            ..crate::store::rows::test_estimate(ind, "A", date, e, 2.0)
        }
    }

    #[test]
    fn survey_values_are_carried_forward_at_most_max_age_years() {
        let src = r#"
id = "s"
title = { en = "S" }
[[indicator]]
id = "b"
title = { en = "B" }
source = "barometer"
items = ["trust_people"]
statistic = "share_agree"
[[indicator]]
id = "v"
title = { en = "V" }
source = "survey"
items = ["belonging"]
statistic = "share_agree"
[composite]
id = "c"
indicators = ["b", "v"]
max_age_years = 2
"#;
        let bank = crate::config::bank::QuestionBank::shipped().unwrap();
        let areas = crate::config::bank::IndexAreas::shipped().unwrap();
        let mut p = crate::diag::Problems::default();
        let set = IndicatorSet::parse(std::path::Path::new("s.toml"), src, &bank, &areas, &mut p).unwrap();
        assert_eq!(set.composite.as_ref().unwrap().max_age_years, 2.0);
        use crate::vocab::Source::{Barometer, Survey};
        // Survey wave on day 0; barometer waves 730 days later (≤ 2·365.25 = 730.5: kept) and
        // 731 days later (too old: the unit is left out).
        let rows = vec![
            est("v", Survey, "2020", 0, 40.0),
            est("b", Barometer, "m1", 730, 60.0),
            est("b", Barometer, "m2", 731, 61.0),
        ];
        let reps: Vec<f64> = vec![1.0, 2.0];
        let mut index = RepIndex::new();
        index.insert(("s", "b", "A", "m1"), &reps);
        let d = composite_data(&set, &rows, &BTreeMap::new(), &index).unwrap();
        assert_eq!(d.units, vec![("A".to_string(), "m1".to_string(), 730)]);
        assert_eq!(d.est, vec![vec![60.0, 40.0]]);
        // The survey value has no replicates here: the unit gets no sampling interval.
        assert_eq!((d.replicates, d.sampled.clone()), (2, vec![false]));
        assert_eq!(d.reps[0][0], vec![1.0, 2.0]);
    }
}
