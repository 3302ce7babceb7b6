//! Index ↔ cohesion association across cities (docs/METHODS.md): Spearman ρ between the aggregate
//! ICC Index (and each core area) at each city's latest assessment and each cohesion
//! indicator at the wave nearest in time, with a Fisher-z CI. An ecological association
//! across cities, never a causal effect — the `note` column says so in every row.
//!
//! Test, q and intervals agree (docs/METHODS.md): the p-value is the z test of the same
//! Fisher-z statistic the interval uses (atanh ρ over the Bonett–Wright SE), q is
//! Benjamini–Hochberg within the set, and the interval printed beside q is the
//! Benjamini–Yekutieli false-coverage-adjusted one (level 1 − max(R, 1)·α/m, R rejections
//! among the set's m tests), which excludes 0 exactly when q < α.

use crate::stats::correlation::{bonett_wright_ci_level, bonett_wright_p, spearman_bonett_wright};
use crate::store::rows::{AssociationRow, EstimateRow, IndexScoreRow};
use crate::vocab::GroupDim;
use crate::vocab::Source;
use std::collections::BTreeMap;

/// Fewest cities for which a correlation is reported. With fewer, Spearman's t-approximate p
/// and the Fisher-z interval are unreliable (five cities in perfect order give ρ = 1 with a
/// zero-width interval), so the row keeps its n and leaves ρ null.
pub const MIN_CITIES: usize = 8;

/// Index measure per city at its latest assessment: (city) -> (date, measure -> score).
pub type IndexLatest = BTreeMap<String, (i32, BTreeMap<String, f64>)>;

/// Build [`IndexLatest`] from the `index_scores` rows.
pub fn index_latest(rows: &[IndexScoreRow]) -> IndexLatest {
    let mut by: BTreeMap<String, BTreeMap<i32, Vec<(&str, bool, f64)>>> = BTreeMap::new();
    for r in rows {
        by.entry(r.city.clone())
            .or_default()
            .entry(r.year)
            .or_default()
            .push((&r.area, r.core, r.score));
    }
    let mut out = BTreeMap::new();
    for (c, years) in by {
        if let Some((y, areas)) = years.into_iter().next_back() {
            let mut m: BTreeMap<String, f64> = BTreeMap::new();
            let core: Vec<f64> = areas.iter().filter(|a| a.1).map(|a| a.2).collect();
            if !core.is_empty() {
                m.insert("aggregate".into(), core.iter().sum::<f64>() / core.len() as f64);
            }
            for (a, is_core, s) in areas {
                if is_core {
                    m.insert(a.to_string(), s);
                }
            }
            out.insert(c, (crate::config::days_from_civil(y as i64, 7, 1), m));
        }
    }
    out
}

/// Spearman associations for every survey/barometer indicator and Index measure; q-values
/// (Benjamini–Hochberg within each set) and the Benjamini–Yekutieli adjusted intervals at the
/// project's significance level `alpha`.
pub fn associations(rows: &[EstimateRow], index: &IndexLatest, alpha: f64) -> Vec<AssociationRow> {
    let measures: std::collections::BTreeSet<&String> = index.values().flat_map(|(_, m)| m.keys()).collect();
    let mut by: BTreeMap<(&str, &str, Source), BTreeMap<&str, Vec<&EstimateRow>>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.kind != Source::Index && r.group_dim == GroupDim::All && r.estimate.is_some())
    {
        by.entry((&r.set_id, &r.indicator_id, r.kind))
            .or_default()
            .entry(&r.city)
            .or_default()
            .push(r);
    }
    let mut out = Vec::new();
    for ((set_id, ind, kind), cities) in &by {
        for m in &measures {
            let (mut x, mut y) = (Vec::new(), Vec::new());
            for (city, ests) in cities {
                let Some((date, scores)) = index.get(*city) else {
                    continue;
                };
                let Some(score) = scores.get(*m) else { continue };
                let nearest = ests.iter().min_by_key(|r| ((r.date.0 - date).abs(), r.date));
                if let Some(e) = nearest.and_then(|r| r.estimate) {
                    x.push(*score);
                    y.push(e);
                }
            }
            let s = (x.len() >= MIN_CITIES)
                .then(|| spearman_bonett_wright(&x, &y))
                .flatten();
            out.push(AssociationRow {
                set_id: set_id.to_string(),
                indicator_id: ind.to_string(),
                kind: *kind,
                index_measure: m.to_string(),
                n_cities: x.len() as u32,
                rho: s.as_ref().map(|s| s.rho),
                p_value: s.as_ref().and_then(|s| bonett_wright_p(s.rho, s.n)),
                q_value: None,
                ci_low: s.as_ref().and_then(|s| s.ci_low),
                ci_high: s.as_ref().and_then(|s| s.ci_high),
                ci_adj_low: None,
                ci_adj_high: None,
                note: "ecological association across cities (Spearman, Fisher-z interval with the Bonett–Wright SE); not a causal effect".into(),
            });
        }
    }
    let tests = out.iter().map(|r| r.p_value.map(|p| (r.set_id.clone(), p))).collect();
    for (r, a) in out
        .iter_mut()
        .zip(crate::stats::multtest::adjust_within(tests, alpha, false))
    {
        let Some(a) = a else { continue };
        r.q_value = Some(a.q);
        let level = 1.0 - a.rejected.max(1) as f64 * alpha / a.m as f64;
        if let Some((lo, hi)) = r
            .rho
            .and_then(|rho| bonett_wright_ci_level(rho, r.n_cities as usize, level))
        {
            r.ci_adj_low = Some(lo);
            r.ci_adj_high = Some(hi);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::store::rows::test_estimate;

    #[test]
    fn interval_and_q_follow_the_projects_alpha() {
        // 8 cities: Index x = 1..8, indicator y = (1, 3, 2, 5, 4, 7, 6, 8) at the assessment date.
        // scipy 1.17.1: spearmanr(x, y) = 0.9285714285714287; Bonett–Wright SE
        // √((1 + ρ²/2)/(n − 3)), z = atanh ρ: tanh(z ∓ Φ⁻¹(1 − α/2)·SE) gives
        // α = 0.05: (0.5365787878206821, 0.9909445391230495),
        // α = 0.10: (0.6457198126429918, 0.9873365243994372).
        // One test in the family, rejected (p ≈ 0.002): the BY level 1 − 1·α/1 = 1 − α, so the
        // adjusted interval is the (1 − α) interval.
        let y = [1.0, 3.0, 2.0, 5.0, 4.0, 7.0, 6.0, 8.0];
        let mut rows = Vec::new();
        let mut index = IndexLatest::new();
        for (k, v) in y.iter().enumerate() {
            let city = format!("C{k}");
            rows.push(test_estimate("trust", &city, 100, *v, 1.0));
            index.insert(city, (100, [("aggregate".to_string(), (k + 1) as f64)].into()));
        }
        for (alpha, lo, hi) in [
            (0.05, 0.5365787878206821, 0.9909445391230495),
            (0.10, 0.6457198126429918, 0.9873365243994372),
        ] {
            let out = associations(&rows, &index, alpha);
            assert_eq!(out.len(), 1);
            let r = &out[0];
            assert_eq!(r.n_cities, 8);
            assert!((r.rho.unwrap() - 0.9285714285714287).abs() < 1e-12);
            assert!(r.q_value.unwrap() < 0.01);
            assert!((r.ci_adj_low.unwrap() - lo).abs() < 1e-9, "{alpha}: {:?}", r.ci_adj_low);
            assert!((r.ci_adj_high.unwrap() - hi).abs() < 1e-9);
            // The unadjusted interval stays the 95% one.
            assert!((r.ci_low.unwrap() - 0.5365787878206821).abs() < 1e-9);
        }
    }
}
