//! Changes between waves, trends over waves and subgroup gaps (SPEC §4), computed from the
//! estimates. Pure functions: estimate rows in, table rows out.
//!
//! - changes: consecutive non-suppressed waves and first vs latest, z = diff / √(se₁²+se₂²),
//!   two-sided normal p, BH (or Holm) q within each family (set, city, kind, wave_from,
//!   wave_to); a change across a fieldwork-mode or Index-version change is flagged.
//! - trends: Mann–Kendall + Sen slope per real year, on the waves since the latest series
//!   break (never silently across one), ≥ 5 waves.
//! - gaps: each group value against a reference group of the same dimension and wave.

use super::estimates::{GapSe, gap_key};
use crate::config::decimal_year;
use crate::config::project::MultipleTesting;
use crate::stats::multtest::{benjamini_hochberg, holm};
use crate::stats::normal_two_sided_p;
use crate::stats::trend::{mann_kendall, sen_slope};
use crate::store::rows::{ChangeRow, EstimateRow, GapRow, TrendRow};
use crate::vocab::{Comparison, Direction, Source};
use std::collections::BTreeMap;

/// Minimum number of waves for a trend test (with 4 the two-sided p never falls below 0.05).
pub const MIN_TREND_WAVES: usize = 5;

type SeriesKey = (String, String, String, Source, String, String);

/// Group estimate rows into series (set, indicator, city, kind, group_dim, group_value),
/// each sorted by date.
pub fn series(rows: &[EstimateRow]) -> BTreeMap<SeriesKey, Vec<&EstimateRow>> {
    let mut m: BTreeMap<SeriesKey, Vec<&EstimateRow>> = BTreeMap::new();
    for r in rows {
        m.entry((
            r.set_id.clone(),
            r.indicator_id.clone(),
            r.city.clone(),
            r.kind,
            r.group_dim.clone(),
            r.group_value.clone(),
        ))
        .or_default()
        .push(r);
    }
    for v in m.values_mut() {
        v.sort_by(|a, b| (a.date, &a.wave).cmp(&(b.date, &b.wave)));
    }
    m
}

/// Why two waves are not strictly comparable, if they are not.
pub fn break_between(a: &EstimateRow, b: &EstimateRow) -> Option<String> {
    match (&a.mode, &b.mode) {
        (Some(x), Some(y)) if x != y => return Some(format!("fieldwork mode changed ({x} → {y})")),
        _ => {}
    }
    if a.series_version != b.series_version {
        let name = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
        return Some(format!(
            "questionnaire version changed ({} → {})",
            name(&a.series_version),
            name(&b.series_version)
        ));
    }
    if let (Some(x), Some(y)) = (&a.mapping, &b.mapping)
        && x != y
    {
        return Some(format!("question mapping changed ({x} → {y})"));
    }
    match (&a.index_version, &b.index_version) {
        (Some(x), Some(y)) if x != y => Some(format!("ICC Index version changed ({x} → {y})")),
        _ => None,
    }
}

fn change(a: &EstimateRow, b: &EstimateRow, comparison: Comparison, brk: Option<String>) -> Option<ChangeRow> {
    let (ea, eb) = (a.estimate?, b.estimate?);
    let se = match (a.se, b.se) {
        (Some(x), Some(y)) => Some((x * x + y * y).sqrt()),
        _ => None,
    };
    let z = se.filter(|s| *s > 0.0).map(|s| (eb - ea) / s);
    Some(ChangeRow {
        set_id: a.set_id.clone(),
        indicator_id: a.indicator_id.clone(),
        city: a.city.clone(),
        kind: a.kind,
        group_dim: a.group_dim.clone(),
        group_value: a.group_value.clone(),
        comparison,
        wave_from: a.wave.clone(),
        wave_to: b.wave.clone(),
        estimate_from: ea,
        estimate_to: eb,
        diff: eb - ea,
        se_diff: se,
        z,
        p_value: z.map(normal_two_sided_p),
        q_value: None,
        significant: None,
        series_break: brk.is_some(),
        break_note: brk,
    })
}

/// Every change of every series, with q-values per family.
pub fn changes(rows: &[EstimateRow], alpha: f64, method: MultipleTesting) -> Vec<ChangeRow> {
    let mut out = Vec::new();
    for s in series(rows).values() {
        let valid: Vec<&EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        for w in valid.windows(2) {
            out.extend(change(w[0], w[1], Comparison::Consecutive, break_between(w[0], w[1])));
        }
        if valid.len() >= 3 {
            let (first, last) = (valid[0], valid[valid.len() - 1]);
            let notes: Vec<String> = valid.windows(2).filter_map(|w| break_between(w[0], w[1])).collect();
            out.extend(change(
                first,
                last,
                Comparison::FirstLatest,
                (!notes.is_empty()).then(|| notes.join("; ")),
            ));
        }
    }
    adjust(&mut out, alpha, method, |c| {
        (
            c.set_id.clone(),
            c.city.clone(),
            c.kind,
            c.wave_from.clone(),
            c.wave_to.clone(),
        )
    });
    out
}

/// Fill q_value and significant within families given by `family`.
fn adjust<K: Ord>(rows: &mut [ChangeRow], alpha: f64, method: MultipleTesting, family: impl Fn(&ChangeRow) -> K) {
    let mut fam: BTreeMap<K, Vec<usize>> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        if r.p_value.is_some() {
            fam.entry(family(r)).or_default().push(i);
        }
    }
    for idx in fam.values() {
        let p: Vec<f64> = idx.iter().map(|&i| rows[i].p_value.unwrap_or(1.0)).collect();
        let q = match method {
            MultipleTesting::Bh => benjamini_hochberg(&p),
            MultipleTesting::Holm => holm(&p),
        };
        for (&i, q) in idx.iter().zip(q) {
            rows[i].q_value = Some(q);
            rows[i].significant = Some(q < alpha);
        }
    }
}

/// Mann–Kendall trend per series, on the segment since the latest break.
pub fn trends(rows: &[EstimateRow], alpha: f64) -> Vec<TrendRow> {
    let mut out = Vec::new();
    for ((set_id, indicator_id, city, kind, gd, gv), s) in series(rows) {
        let valid: Vec<&EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        let mut start = 0;
        let mut note = None;
        for i in 1..valid.len() {
            if let Some(b) = break_between(valid[i - 1], valid[i]) {
                start = i;
                note = Some(format!(
                    "series break before wave {}: {b}; only the waves since then are tested",
                    valid[i].wave
                ));
            }
        }
        let seg = &valid[start..];
        let mut row = TrendRow {
            set_id,
            indicator_id,
            city,
            kind,
            group_dim: gd,
            group_value: gv,
            n_waves: seg.len() as u32,
            first_wave: seg.first().map(|r| r.wave.clone()),
            last_wave: seg.last().map(|r| r.wave.clone()),
            mk_s: None,
            mk_var_s: None,
            mk_tau: None,
            mk_z: None,
            mk_p: None,
            sen_slope_per_year: None,
            direction: Direction::InsufficientWaves,
            series_break: start > 0,
            note,
        };
        if seg.len() >= MIN_TREND_WAVES {
            let x: Vec<f64> = seg.iter().filter_map(|r| r.estimate).collect();
            let t: Vec<f64> = seg.iter().map(|r| decimal_year(r.date.0)).collect();
            if let Some(mk) = mann_kendall(&x) {
                row.mk_s = Some(mk.s);
                row.mk_var_s = Some(mk.var_s);
                row.mk_tau = Some(mk.tau);
                row.mk_z = Some(mk.z);
                row.mk_p = Some(mk.p);
                row.direction = if mk.p < alpha {
                    if mk.z > 0.0 {
                        Direction::Increasing
                    } else {
                        Direction::Decreasing
                    }
                } else {
                    Direction::NoTrend
                };
            }
            row.sen_slope_per_year = sen_slope(&t, &x);
        }
        out.push(row);
    }
    out
}

/// Subgroup gaps for every dimension, city and wave.
pub fn gaps(rows: &[EstimateRow], gap_se: &GapSe, alpha: f64) -> Vec<GapRow> {
    let mut by: BTreeMap<(&str, &str, &str, Source, &str, &str), Vec<&EstimateRow>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.group_dim != "all" && r.estimate.is_some() && r.se.is_some())
    {
        by.entry((&r.set_id, &r.indicator_id, &r.city, r.kind, &r.wave, &r.group_dim))
            .or_default()
            .push(r);
    }
    let mut out = Vec::new();
    for g in by.values() {
        if g.len() < 2 {
            continue;
        }
        let Some(reference) = super::estimates::reference_group(g) else {
            continue;
        };
        for r in g.iter().filter(|r| r.group_value != reference.group_value) {
            let (e, re) = (r.estimate.unwrap_or(f64::NAN), reference.estimate.unwrap_or(f64::NAN));
            let (s1, s2) = (r.se.unwrap_or(f64::NAN), reference.se.unwrap_or(f64::NAN));
            // The joint-linearisation SE on the full design when the estimate stage computed it
            // for this reference; otherwise the two groups are treated as independent.
            let se = match gap_se.get(&gap_key(r)) {
                Some((rf, se)) if *rf == reference.group_value => *se,
                _ => (s1 * s1 + s2 * s2).sqrt(),
            };
            let z = (se > 0.0).then(|| (e - re) / se);
            out.push(GapRow {
                set_id: r.set_id.clone(),
                indicator_id: r.indicator_id.clone(),
                city: r.city.clone(),
                kind: r.kind,
                wave: r.wave.clone(),
                group_dim: r.group_dim.clone(),
                group_value: r.group_value.clone(),
                reference_value: reference.group_value.clone(),
                estimate: e,
                reference_estimate: re,
                gap: e - re,
                se_gap: se,
                z,
                p_value: z.map(normal_two_sided_p),
                q_value: None,
                significant: None,
            });
        }
    }
    let mut fam: BTreeMap<(String, String, Source, String), Vec<usize>> = BTreeMap::new();
    for (i, r) in out.iter().enumerate() {
        if r.p_value.is_some() {
            fam.entry((r.set_id.clone(), r.city.clone(), r.kind, r.wave.clone()))
                .or_default()
                .push(i);
        }
    }
    for idx in fam.values() {
        let p: Vec<f64> = idx.iter().map(|&i| out[i].p_value.unwrap_or(1.0)).collect();
        for (&i, q) in idx.iter().zip(benjamini_hochberg(&p)) {
            out[i].q_value = Some(q);
            out[i].significant = Some(q < alpha);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(ind: &str, wave: &str, date: i32, est: Option<f64>, se: Option<f64>, mode: &str) -> EstimateRow {
        EstimateRow {
            set_id: "s".into(),
            indicator_id: ind.into(),
            statistic: crate::vocab::Statistic::MeanPomp,
            city: "C".into(),
            kind: Source::Barometer,
            wave: wave.into(),
            date: crate::store::schema::Day(date),
            survey_id: Some(format!("C-{wave}")),
            mode: Some(mode.into()),
            index_version: None,
            series_version: None,
            mapping: None,
            group_dim: "all".into(),
            group_value: "all".into(),
            n: Some(100),
            n_eff: Some(90.0),
            estimate: est,
            se,
            ci_low: None,
            ci_high: None,
            deff: None,
            suppressed: est.is_none(),
        }
    }

    #[test]
    fn change_z_test_and_bh_within_the_family() {
        // Hand calculation: a: 50 (se 3) -> 56 (se 4): diff 6, se √(9+16) = 5, z = 1.2,
        // p = 2·(1 − Φ(1.2)) = 0.23013934044341644 (scipy 1.17.1: 2*norm.sf(1.2)).
        // b: 10 (se 2) -> 20 (se √12): se = √(4 + 12) = 4, z = 2.5,
        // p = 0.012419330651552265 (scipy 1.17.1: 2*norm.sf(2.5)).
        // BH over the family {0.2301…, 0.01242…} (statsmodels 0.15.0 multipletests
        // fdr_bh): q = (0.23013934, 0.02483866).
        let se_b2 = (16.0f64 - 4.0).sqrt();
        let rows = vec![
            row("a", "w1", 100, Some(50.0), Some(3.0), "online"),
            row("a", "w2", 200, Some(56.0), Some(4.0), "online"),
            row("b", "w1", 100, Some(10.0), Some(2.0), "online"),
            row("b", "w2", 200, Some(20.0), Some(se_b2), "online"),
        ];
        let c = changes(&rows, 0.05, MultipleTesting::Bh);
        assert_eq!(c.len(), 2, "two waves: consecutive only, no separate first-latest row");
        let a = c.iter().find(|r| r.indicator_id == "a").expect("a");
        assert!((a.diff - 6.0).abs() < 1e-12 && (a.se_diff.expect("se") - 5.0).abs() < 1e-12);
        assert!((a.z.expect("z") - 1.2).abs() < 1e-12);
        assert!((a.p_value.expect("p") - 0.23013934044341644).abs() < 1e-12);
        assert!((a.q_value.expect("q") - 0.23013934044341644).abs() < 1e-12);
        let b = c.iter().find(|r| r.indicator_id == "b").expect("b");
        assert!((b.z.expect("z") - 2.5).abs() < 1e-12);
        assert!((b.q_value.expect("q") - 0.024_838_661_303_104_53).abs() < 1e-9);
        assert_eq!((a.significant, b.significant), (Some(false), Some(true)));
        assert!(!a.series_break);
    }

    #[test]
    fn suppressed_waves_are_skipped_and_mode_changes_are_breaks() {
        let rows = vec![
            row("a", "w1", 100, Some(50.0), Some(3.0), "phone"),
            row("a", "w2", 200, None, None, "phone"),
            row("a", "w3", 300, Some(52.0), Some(3.0), "online"),
            row("a", "w4", 400, Some(53.0), Some(3.0), "online"),
        ];
        let c = changes(&rows, 0.05, MultipleTesting::Bh);
        let pairs: Vec<(&str, &str, bool)> = c
            .iter()
            .map(|r| (r.wave_from.as_str(), r.wave_to.as_str(), r.series_break))
            .collect();
        assert_eq!(pairs, vec![("w1", "w3", true), ("w3", "w4", false), ("w1", "w4", true)]);
        assert!(c[0].break_note.as_deref().is_some_and(|n| n.contains("phone → online")));
    }

    #[test]
    fn trend_matches_pymannkendall_and_respects_breaks() {
        // pymannkendall 1.4.3 original_test([40, 42, 41, 45, 47, 46, 50]):
        // s = 17, var_s = 44.333…, z = 2.4030056367444423, p = 0.016260936780450264,
        // Tau = 0.8095238095238095. Dates one year apart (365.25 days): Sen slope per year
        // = median pairwise slope = 1.6666… (pymannkendall's slope with unit spacing).
        let x = [40.0, 42.0, 41.0, 45.0, 47.0, 46.0, 50.0];
        let rows: Vec<EstimateRow> = x
            .iter()
            .enumerate()
            .map(|(i, v)| {
                row(
                    "a",
                    &format!("w{i}"),
                    (i as f64 * 365.25) as i32,
                    Some(*v),
                    Some(1.0),
                    "online",
                )
            })
            .collect();
        let t = trends(&rows, 0.05);
        assert_eq!(t.len(), 1);
        let r = &t[0];
        assert_eq!(
            (r.n_waves, r.direction.as_str(), r.series_break),
            (7, "increasing", false)
        );
        assert_eq!(r.mk_s, Some(17.0));
        assert!((r.mk_z.expect("z") - 2.4030056367444423).abs() < 1e-12);
        assert!((r.mk_p.expect("p") - 0.016260936780450264).abs() < 1e-12);
        assert!((r.mk_tau.expect("tau") - 0.8095238095238095).abs() < 1e-12);
        // Day counts are truncated to whole days, so the slope per year is within 1e-3.
        assert!((r.sen_slope_per_year.expect("slope") - 5.0 / 3.0).abs() < 1e-3);

        // A mode change before the 4th wave leaves 4 waves since the break: not tested.
        let mut broken = rows.clone();
        for r in broken.iter_mut().take(3) {
            r.mode = Some("phone".into());
        }
        let t = trends(&broken, 0.05);
        assert_eq!(
            (t[0].n_waves, t[0].direction.as_str(), t[0].series_break),
            (4, "insufficient waves", true)
        );
        assert!(t[0].mk_p.is_none());
    }

    #[test]
    fn gap_is_group_minus_reference_no() {
        let mut yes = row("a", "w1", 100, Some(40.0), Some(3.0), "online");
        yes.group_dim = "migrant_background".into();
        yes.group_value = "yes".into();
        let mut no = row("a", "w1", 100, Some(48.0), Some(4.0), "online");
        no.group_dim = "migrant_background".into();
        no.group_value = "no".into();
        let g = gaps(&[yes, no], &GapSe::new(), 0.05);
        assert_eq!(g.len(), 1);
        // yes − no = −8, se = 5, z = −1.6, p = 2·Φ(−1.6) = 0.10959858339911595 (scipy 1.17.1).
        assert_eq!(
            (g[0].group_value.as_str(), g[0].reference_value.as_str()),
            ("yes", "no")
        );
        assert!((g[0].gap + 8.0).abs() < 1e-12 && (g[0].z.expect("z") + 1.6).abs() < 1e-12);
        assert!((g[0].p_value.expect("p") - 0.10959858339911599).abs() < 1e-12);
    }
}
