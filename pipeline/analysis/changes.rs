//! Changes between waves, trends over waves and subgroup gaps (docs/METHODS.md), computed from the
//! estimates. Pure functions: estimate rows in, table rows out.
//!
//! - changes: consecutive non-suppressed waves and first vs latest, t = diff / √(se₁²+se₂²)
//!   on df₁ + df₂, two-sided p, BH (or Holm) q within each family (set, city, kind,
//!   wave_from, wave_to); a change across a series break is flagged.
//! - trends: random-effects meta-regression of the wave estimates on time (REML τ²,
//!   Knapp–Hartung slope test, Q_E of the residuals), with Mann–Kendall and Sen's slope beside
//!   as a robustness check, on the waves since the latest series break (never silently across
//!   one), ≥ 5 waves.
//! - gaps: each group value against a reference group of the same dimension and wave.

use super::estimates::{GapSe, gap_key};
use crate::config::decimal_year;
use crate::config::indicators::IndicatorSet;
use crate::config::project::MultipleTesting;
use crate::stats::intervals::{adjusted_ci, equivalent, t_ci};
use crate::stats::metareg::{MetaRegression, meta_regression};
use crate::stats::multtest::adjust_within;
use crate::stats::tdist::t_two_sided_p;
use crate::stats::trend::{mann_kendall, theil_sen};
use crate::store::rows::{ChangeRow, EstimateRow, GapRow, TrendRow};
use crate::vocab::GroupDim;
use crate::vocab::{Comparison, Direction, Source};
use std::collections::{BTreeMap, HashMap};

pub use crate::stats::metareg::MIN_TREND_WAVES;

type SeriesKey = (String, String, String, Source, GroupDim, String);

/// Group estimate rows into series (set, indicator, city, kind, group_dim, group_value),
/// each sorted by date.
pub fn series(rows: &[EstimateRow]) -> BTreeMap<SeriesKey, Vec<&EstimateRow>> {
    // Grouped on borrowed keys (no string copied per row), each key copied once at the end.
    let mut m: BTreeMap<(&str, &str, &str, Source, GroupDim, &str), Vec<&EstimateRow>> = BTreeMap::new();
    for r in rows {
        m.entry((&r.set_id, &r.indicator_id, &r.city, r.kind, r.group_dim, &r.group_value))
            .or_default()
            .push(r);
    }
    m.into_iter()
        .map(|((set, ind, city, kind, gd, gv), mut v)| {
            v.sort_by(|a, b| (a.date, &a.wave).cmp(&(b.date, &b.wave)));
            (
                (
                    set.to_string(),
                    ind.to_string(),
                    city.to_string(),
                    kind,
                    gd,
                    gv.to_string(),
                ),
                v,
            )
        })
        .collect()
}

/// Why two waves are not strictly comparable, if they are not.
pub fn break_between(a: &EstimateRow, b: &EstimateRow) -> Option<String> {
    // An unknown mode or version beside a known one is a possible break (mode effects on
    // trust items are often 5–15 points), unless a manifest declares the series continuous.
    let continuous = a.series_continuous || b.series_continuous;
    match (&a.mode, &b.mode) {
        (Some(x), Some(y)) if x != y => return Some(format!("fieldwork mode changed ({x} → {y})")),
        (Some(x), None) if !continuous => {
            return Some(format!("fieldwork mode unknown after {x}: a possible break"));
        }
        (None, Some(y)) if !continuous => {
            return Some(format!("fieldwork mode unknown before {y}: a possible break"));
        }
        _ => {}
    }
    let one_unknown = a.series_version.is_none() != b.series_version.is_none();
    if a.series_version != b.series_version && !(one_unknown && continuous) {
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

/// The equivalence margin of every (set, indicator).
pub type Margins = HashMap<(String, String), Option<f64>>;

/// [`Margins`] of the sets.
pub fn margins(sets: &[IndicatorSet]) -> Margins {
    sets.iter()
        .flat_map(|s| {
            s.indicators
                .iter()
                .map(|i| ((s.id.clone(), i.id.clone()), i.equivalence_margin))
        })
        .collect()
}

/// The difference of two independent estimates with its t-test on df₁ + df₂ design degrees of
/// freedom (docs/METHODS.md "Change between two waves"): (se, df, t, p, 95% CI). `None` when either
/// side has no SE or df (the Index).
pub fn difference_test(a: &EstimateRow, b: &EstimateRow) -> Option<(f64, f64, f64, f64, (f64, f64))> {
    let (ea, eb) = (a.estimate?, b.estimate?);
    let se = (a.se?.powi(2) + b.se?.powi(2)).sqrt();
    let df = f64::from(a.df? + b.df?);
    let diff = eb - ea;
    let t = diff / se;
    let p = if se > 0.0 { t_two_sided_p(t, df) } else { f64::NAN };
    Some((se, df, t, p, t_ci(diff, se, df, 0.95)))
}

fn change(
    a: &EstimateRow,
    b: &EstimateRow,
    comparison: Comparison,
    brk: Option<String>,
    margin: Option<f64>,
) -> Option<ChangeRow> {
    let (ea, eb) = (a.estimate?, b.estimate?);
    let test = difference_test(a, b);
    let fin = |x: f64| x.is_finite().then_some(x);
    Some(ChangeRow {
        set_id: a.set_id.clone(),
        indicator_id: a.indicator_id.clone(),
        city: a.city.clone(),
        kind: a.kind,
        group_dim: a.group_dim,
        group_value: a.group_value.clone(),
        wave_from: a.wave.clone(),
        wave_to: b.wave.clone(),
        estimate_from: ea,
        estimate_to: eb,
        diff: eb - ea,
        se_diff: test.map(|t| t.0),
        df: test.map(|t| t.1 as u32),
        t: test.and_then(|t| fin(t.2)),
        p_value: test.and_then(|t| fin(t.3)),
        q_value: None,
        significant: None,
        ci_low: test.map(|t| t.4.0),
        ci_high: test.map(|t| t.4.1),
        ci_adj_low: None,
        ci_adj_high: None,
        equivalent: match (test, margin) {
            (Some((se, df, ..)), Some(m)) => Some(equivalent(eb - ea, se, df, m)),
            _ => None,
        },
        comparison,
        series_break: brk.is_some(),
        break_note: brk,
    })
}

/// Every change of every series, with q-values and false-coverage-adjusted intervals per
/// family (set, city, kind, wave_from, wave_to).
pub fn changes(rows: &[EstimateRow], sets: &[IndicatorSet], alpha: f64, method: MultipleTesting) -> Vec<ChangeRow> {
    let margins = margins(sets);
    let mut out = Vec::new();
    for s in series(rows).values() {
        let margin = margins
            .get(&(s[0].set_id.clone(), s[0].indicator_id.clone()))
            .copied()
            .flatten();
        let valid: Vec<&EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        for w in valid.windows(2) {
            out.extend(change(
                w[0],
                w[1],
                Comparison::Consecutive,
                break_between(w[0], w[1]),
                margin,
            ));
        }
        if valid.len() >= 3 {
            let (first, last) = (valid[0], valid[valid.len() - 1]);
            let notes: Vec<String> = valid.windows(2).filter_map(|w| break_between(w[0], w[1])).collect();
            out.extend(change(
                first,
                last,
                Comparison::FirstLatest,
                (!notes.is_empty()).then(|| notes.join("; ")),
                margin,
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

/// Fill q_value, significant and the false-coverage-adjusted interval within families given
/// by `family`.
fn adjust<K: Ord>(rows: &mut [ChangeRow], alpha: f64, method: MultipleTesting, family: impl Fn(&ChangeRow) -> K) {
    let tests = rows.iter().map(|r| r.p_value.map(|p| (family(r), p))).collect();
    for (r, a) in rows
        .iter_mut()
        .zip(adjust_within(tests, alpha, method == MultipleTesting::Holm))
    {
        let Some(a) = a else { continue };
        r.q_value = Some(a.q);
        r.significant = Some(a.q < alpha);
        if let (Some(se), Some(df)) = (r.se_diff, r.df) {
            let holm = method == MultipleTesting::Holm;
            let (lo, hi) = adjusted_ci(r.diff, se, f64::from(df), alpha, a.m, a.rejected, holm);
            r.ci_adj_low = Some(lo);
            r.ci_adj_high = Some(hi);
        }
    }
}

/// The waves of a series since its latest break, and a note on that break.
pub fn since_latest_break<'a>(valid: &[&'a EstimateRow]) -> (Vec<&'a EstimateRow>, Option<String>) {
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
    (valid[start..].to_vec(), note)
}

/// The trend fit of a segment: the random-effects meta-regression of its estimates (with
/// their SEs; 0 for values without sampling error, the ICC Index) on the fieldwork midpoints
/// in years. `None` below [`MIN_TREND_WAVES`] or when the model cannot be fitted.
pub fn trend_fit(seg: &[&EstimateRow]) -> Option<MetaRegression> {
    if seg.len() < MIN_TREND_WAVES {
        return None;
    }
    let y: Vec<f64> = seg.iter().map(|r| r.estimate.unwrap_or(f64::NAN)).collect();
    let se: Vec<f64> = seg.iter().map(|r| r.se.unwrap_or(0.0)).collect();
    meta_regression(&times(seg), &y, &se)
}

/// The fieldwork midpoints of a segment in years (days / 365.25).
pub fn times(seg: &[&EstimateRow]) -> Vec<f64> {
    seg.iter().map(|r| decimal_year(r.date.0)).collect()
}

/// The trend test per series on the segment since the latest break (docs/METHODS.md "Trend"):
/// the random-effects meta-regression with its Knapp–Hartung slope test and Cochran's Q_E of
/// the residuals, with Mann–Kendall and Sen's slope beside as a robustness check. q-values
/// (of the slope and of Q_E) are Benjamini–Hochberg within each family (set, city, kind,
/// group_dim, group_value): every indicator of a set for one city, kind and group.
/// `direction` is rising/falling when the slope's q < α, else fluctuating when Q_E's q < α,
/// else "no clear trend".
pub fn trends(rows: &[EstimateRow], alpha: f64, method: MultipleTesting) -> Vec<TrendRow> {
    let mut out = Vec::new();
    for ((set_id, indicator_id, city, kind, gd, gv), s) in series(rows) {
        let valid: Vec<&EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        let (seg, note) = since_latest_break(&valid);
        let mut row = TrendRow {
            set_id,
            indicator_id,
            city,
            kind,
            group_dim: gd,
            group_value: gv,
            n_waves: seg.len() as u32,
            slope: None,
            slope_se: None,
            slope_df: None,
            slope_ci_low: None,
            slope_ci_high: None,
            slope_p: None,
            q_value: None,
            tau2: None,
            q_het: None,
            p_het: None,
            q_value_het: None,
            mk_s: None,
            mk_var_s: None,
            mk_tau: None,
            mk_z: None,
            mk_p: None,
            sen_slope_per_year: None,
            sen_ci_low: None,
            sen_ci_high: None,
            mk_disagrees: None,
            direction: Direction::InsufficientWaves,
            first_wave: seg.first().map(|r| r.wave.clone()),
            last_wave: seg.last().map(|r| r.wave.clone()),
            series_break: seg.len() < valid.len(),
            note,
        };
        if let Some(fit) = trend_fit(&seg) {
            let fin = |x: f64| x.is_finite().then_some(x);
            row.slope = Some(fit.slope);
            row.slope_se = fin(fit.slope_se);
            row.slope_df = Some(fit.df as u32);
            row.slope_ci_low = fin(fit.ci_low);
            row.slope_ci_high = fin(fit.ci_high);
            row.slope_p = fin(fit.p);
            row.tau2 = Some(fit.tau2);
            row.q_het = fin(fit.q_e);
            row.p_het = fin(fit.q_e_p);
            row.direction = Direction::NoClearTrend;
            let x: Vec<f64> = seg.iter().filter_map(|r| r.estimate).collect();
            if let Some(mk) = mann_kendall(&x) {
                row.mk_s = Some(mk.s);
                row.mk_var_s = Some(mk.var_s);
                row.mk_tau = Some(mk.tau);
                row.mk_z = Some(mk.z);
                row.mk_p = Some(mk.p);
                row.mk_disagrees = Some(mk.p < alpha && mk.s * fit.slope < 0.0);
            }
            if let Some(ts) = theil_sen(&times(&seg), &x, 0.95) {
                row.sen_slope_per_year = Some(ts.slope);
                row.sen_ci_low = ts.low.is_finite().then_some(ts.low);
                row.sen_ci_high = ts.high.is_finite().then_some(ts.high);
            }
        }
        out.push(row);
    }
    let family = |r: &TrendRow| {
        (
            r.set_id.clone(),
            r.city.clone(),
            r.kind,
            r.group_dim,
            r.group_value.clone(),
        )
    };
    let slope_tests = out.iter().map(|r| r.slope_p.map(|p| (family(r), p))).collect();
    let het_tests = out.iter().map(|r| r.p_het.map(|p| (family(r), p))).collect();
    let holm = method == MultipleTesting::Holm;
    let slope_q = adjust_within(slope_tests, alpha, holm);
    let het_q = adjust_within(het_tests, alpha, holm);
    for ((r, a), h) in out.iter_mut().zip(slope_q).zip(het_q) {
        r.q_value = a.map(|a| a.q);
        r.q_value_het = h.map(|h| h.q);
        if r.direction == Direction::InsufficientWaves {
            continue;
        }
        r.direction = if r.q_value.is_some_and(|q| q < alpha) && r.slope.is_some_and(|b| b != 0.0) {
            if r.slope.unwrap_or(0.0) > 0.0 {
                Direction::Rising
            } else {
                Direction::Falling
            }
        } else if r.q_value_het.is_some_and(|q| q < alpha) {
            Direction::Fluctuating
        } else {
            Direction::NoClearTrend
        };
    }
    out
}

/// Subgroup gaps for every dimension, city and wave.
pub fn gaps(rows: &[EstimateRow], gap_se: &GapSe, alpha: f64, method: MultipleTesting) -> Vec<GapRow> {
    let mut by: BTreeMap<(&str, &str, &str, Source, &str, GroupDim), Vec<&EstimateRow>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.group_dim != GroupDim::All && r.estimate.is_some() && r.se.is_some())
    {
        by.entry((&r.set_id, &r.indicator_id, &r.city, r.kind, &r.wave, r.group_dim))
            .or_default()
            .push(r);
    }
    // The wave's df for the item: PSUs − strata among all respondents with a value.
    let wave_df: HashMap<(&str, &str, &str, Source, &str), u32> = rows
        .iter()
        .filter(|r| r.group_dim == GroupDim::All)
        .filter_map(|r| {
            Some((
                (
                    r.set_id.as_str(),
                    r.indicator_id.as_str(),
                    r.city.as_str(),
                    r.kind,
                    r.wave.as_str(),
                ),
                r.df?,
            ))
        })
        .collect();
    let mut out = Vec::new();
    for ((set, ind, city, kind, wave, _), g) in &by {
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
            let df = wave_df
                .get(&(*set, *ind, *city, *kind, *wave))
                .copied()
                .or(r.df.max(reference.df))
                .unwrap_or(1)
                .max(1);
            let t = (se > 0.0).then(|| (e - re) / se);
            let ci = t_ci(e - re, se, f64::from(df), 0.95);
            out.push(GapRow {
                set_id: r.set_id.clone(),
                indicator_id: r.indicator_id.clone(),
                city: r.city.clone(),
                kind: r.kind,
                wave: r.wave.clone(),
                group_dim: r.group_dim,
                group_value: r.group_value.clone(),
                reference_value: reference.group_value.clone(),
                estimate: e,
                reference_estimate: re,
                gap: e - re,
                se_gap: se,
                df,
                t,
                p_value: t.map(|t| t_two_sided_p(t, f64::from(df))),
                q_value: None,
                significant: None,
                ci_low: ci.0,
                ci_high: ci.1,
                ci_adj_low: None,
                ci_adj_high: None,
            });
        }
    }
    let tests = out
        .iter()
        .map(|r| {
            r.p_value
                .map(|p| ((r.set_id.clone(), r.city.clone(), r.kind, r.wave.clone()), p))
        })
        .collect();
    let holm = method == MultipleTesting::Holm;
    for (r, a) in out.iter_mut().zip(adjust_within(tests, alpha, holm)) {
        let Some(a) = a else { continue };
        r.q_value = Some(a.q);
        r.significant = Some(a.q < alpha);
        let (lo, hi) = adjusted_ci(r.gap, r.se_gap, f64::from(r.df), alpha, a.m, a.rejected, holm);
        r.ci_adj_low = Some(lo);
        r.ci_adj_high = Some(hi);
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
            mode: crate::vocab::Mode::parse(mode),
            index_version: None,
            series_version: None,
            series_continuous: false,
            mapping: None,
            group_dim: GroupDim::All,
            group_value: "all".into(),
            n: Some(100),
            n_eff: Some(90.0),
            n_eff_kg: None,
            df: Some(10),
            estimate: est,
            se,
            ci_low: None,
            ci_high: None,
            deff: None,
            suppressed: est.is_none(),
            flag: None,
            se_replicate: None,
        }
    }

    #[test]
    fn change_t_test_bh_and_adjusted_intervals_within_the_family() {
        // Every wave has df = 10, so a change has df = 20 (docs/METHODS.md).
        // a: 50 (se 3) -> 56 (se 4): diff 6, se √(9+16) = 5, t = 1.2,
        // p = 0.24416160768409248 (scipy 1.17.1: 2*t.sf(1.2, 20)).
        // b: 10 (se 2) -> 20 (se √12): se = √(4 + 12) = 4, t = 2.5,
        // p = 0.02123354543913238 (scipy 1.17.1: 2*t.sf(2.5, 20)).
        // BH over the family (statsmodels 0.15.0 multipletests fdr_bh): q = (0.24416161,
        // 0.04246709); one rejection of m = 2, so the BY interval has level 1 − 0.05/2:
        // a: 6 ∓ t.ppf(0.9875, 20)·5 = (−6.115582699367044, 18.115582699367046); the
        // unadjusted 95% interval is 6 ∓ t.ppf(0.975, 20)·5 = (−4.4298172363293205,
        // 16.42981723632932); the 90% interval (−2.62, 14.62) is not inside ±3: not equivalent.
        let se_b2 = (16.0f64 - 4.0).sqrt();
        let rows = vec![
            row("a", "w1", 100, Some(50.0), Some(3.0), "online"),
            row("a", "w2", 200, Some(56.0), Some(4.0), "online"),
            row("b", "w1", 100, Some(10.0), Some(2.0), "online"),
            row("b", "w2", 200, Some(20.0), Some(se_b2), "online"),
        ];
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        assert_eq!(c.len(), 2, "two waves: consecutive only, no separate first-latest row");
        let a = c.iter().find(|r| r.indicator_id == "a").expect("a");
        assert!((a.diff - 6.0).abs() < 1e-12 && (a.se_diff.expect("se") - 5.0).abs() < 1e-12);
        assert_eq!(a.df, Some(20));
        assert!((a.t.expect("t") - 1.2).abs() < 1e-12);
        assert!((a.p_value.expect("p") - 0.24416160768409248).abs() < 1e-12);
        assert!((a.q_value.expect("q") - 0.24416160768409248).abs() < 1e-12);
        assert!((a.ci_low.expect("lo") + 4.4298172363293205).abs() < 1e-9);
        assert!((a.ci_high.expect("hi") - 16.42981723632932).abs() < 1e-9);
        assert!((a.ci_adj_low.expect("lo") + 6.115582699367044).abs() < 1e-9);
        assert!((a.ci_adj_high.expect("hi") - 18.115582699367046).abs() < 1e-9);
        assert_eq!(a.equivalent, None, "no set given: no margin");
        let b = c.iter().find(|r| r.indicator_id == "b").expect("b");
        assert!((b.t.expect("t") - 2.5).abs() < 1e-12);
        assert!((b.q_value.expect("q") - 0.04246709087826476).abs() < 1e-9);
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
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        let pairs: Vec<(&str, &str, bool)> = c
            .iter()
            .map(|r| (r.wave_from.as_str(), r.wave_to.as_str(), r.series_break))
            .collect();
        assert_eq!(pairs, vec![("w1", "w3", true), ("w3", "w4", false), ("w1", "w4", true)]);
        assert!(c[0].break_note.as_deref().is_some_and(|n| n.contains("phone → online")));
    }

    /// A wave without a mode next to a phone wave is a possible break (it splits trends and
    /// verdicts), unless one of the two declares `series_continuous`.
    #[test]
    fn an_unknown_mode_next_to_a_known_one_is_a_possible_break() {
        let mut rows = vec![
            row("a", "w1", 100, Some(50.0), Some(3.0), "phone"),
            row("a", "w2", 200, Some(52.0), Some(3.0), "phone"),
            row("a", "w3", 300, Some(53.0), Some(3.0), "phone"),
        ];
        rows[2].mode = None;
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        let note = |from: &str, to: &str| {
            c.iter()
                .find(|r| r.wave_from == from && r.wave_to == to)
                .and_then(|r| r.break_note.clone())
        };
        assert_eq!(note("w1", "w2"), None);
        assert_eq!(
            note("w2", "w3").as_deref(),
            Some("fieldwork mode unknown after phone: a possible break")
        );
        rows[2].series_continuous = true;
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        assert!(c.iter().all(|r| !r.series_break), "{c:?}");
        // The same for a questionnaire version known on one side only.
        rows[2].series_continuous = false;
        rows[2].mode = Some(crate::vocab::Mode::Phone);
        rows[1].series_version = Some("v2".into());
        rows[2].series_version = Some("v2".into());
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        assert!(c.iter().any(|r| r.wave_to == "w2" && r.series_break));
        rows[1].series_continuous = true;
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        assert!(c.iter().all(|r| !r.series_break), "{c:?}");
    }

    #[test]
    fn questionnaire_version_and_item_mapping_changes_are_breaks() {
        let mut rows = vec![
            row("a", "w1", 100, Some(50.0), Some(3.0), "online"),
            row("a", "w2", 200, Some(52.0), Some(3.0), "online"),
            row("a", "w3", 300, Some(53.0), Some(3.0), "online"),
            row("a", "w4", 400, Some(54.0), Some(3.0), "online"),
        ];
        for r in &mut rows {
            r.mapping = Some("trust_people: column Q12, scale 0–10, agree above midpoint".into());
        }
        rows[2].series_version = Some("2024-questionnaire".into());
        rows[3].series_version = Some("2024-questionnaire".into());
        rows[3].mapping = Some("trust_people: column Q7, scale 1–5, agree 4,5".into());
        let c = changes(&rows, &[], 0.05, MultipleTesting::Bh);
        let brk = |from: &str, to: &str| {
            c.iter()
                .find(|r| r.wave_from == from && r.wave_to == to)
                .and_then(|r| r.break_note.clone())
        };
        assert_eq!(brk("w1", "w2"), None);
        assert!(
            brk("w2", "w3").is_some_and(|n| n.contains("questionnaire version changed (none → 2024-questionnaire)"))
        );
        assert!(brk("w3", "w4").is_some_and(|n| n.contains("question mapping changed")));
        // Trends and verdicts use only the waves since the latest break: one wave here.
        let t = trends(&rows, 0.05, MultipleTesting::Bh);
        assert_eq!((t[0].n_waves, t[0].series_break), (1, true));
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
        let t = trends(&rows, 0.05, MultipleTesting::Bh);
        assert_eq!(t.len(), 1);
        let r = &t[0];
        assert_eq!((r.n_waves, r.direction.as_str(), r.series_break), (7, "rising", false));
        assert_eq!(r.mk_s, Some(17.0));
        assert!((r.mk_z.expect("z") - 2.4030056367444423).abs() < 1e-12);
        assert!((r.mk_p.expect("p") - 0.016260936780450264).abs() < 1e-12);
        assert!((r.mk_tau.expect("tau") - 0.8095238095238095).abs() < 1e-12);
        // Day counts are truncated to whole days, so the slope per year is within 1e-3.
        assert!((r.sen_slope_per_year.expect("slope") - 5.0 / 3.0).abs() < 1e-3);

        // A mode change before the 4th wave leaves 4 waves since the break: not tested.
        let mut broken = rows.clone();
        for r in broken.iter_mut().take(3) {
            r.mode = Some(crate::vocab::Mode::Phone);
        }
        let t = trends(&broken, 0.05, MultipleTesting::Bh);
        assert_eq!(
            (t[0].n_waves, t[0].direction.as_str(), t[0].series_break),
            (4, "insufficient waves", true)
        );
        assert!(t[0].mk_p.is_none());
    }

    /// The trend row carries the meta-regression: series A of stats::metareg (30, 40, 38, 45,
    /// 50 with SE 2; metafor 3.8.1 knha: slope 4.5 a wave, SE 0.907377172588, p 0.0157405204582,
    /// τ² 4.23333333333, Q_E 6.175, QEp 0.10339965992) with waves four years apart (1461 days:
    /// whole days, so t = 0, 4, 8, 12, 16 exactly), a slope of 4.5/4 a year.
    #[test]
    fn trend_rows_carry_the_metafor_fit_and_the_direction_follows_q() {
        let ys = [30.0, 40.0, 38.0, 45.0, 50.0];
        let mut rows: Vec<EstimateRow> = ys
            .iter()
            .enumerate()
            .map(|(i, v)| row("a", &format!("w{i}"), 1461 * i as i32, Some(*v), Some(2.0), "online"))
            .collect();
        // A zigzag of ±10 points in the same family (series C: QEp 1.83e-12, slope p 0.573).
        rows.extend(
            [40.0, 50.0, 40.0, 50.0, 40.0, 50.0]
                .iter()
                .enumerate()
                .map(|(i, v)| row("z", &format!("w{i}"), 1461 * i as i32, Some(*v), Some(1.5), "online")),
        );
        let t = trends(&rows, 0.05, MultipleTesting::Bh);
        let a = t.iter().find(|r| r.indicator_id == "a").expect("a");
        assert!((a.slope.expect("slope") - 4.5 / 4.0).abs() < 1e-9);
        assert!((a.slope_se.expect("se") - 0.907377172588 / 4.0).abs() < 1e-9);
        assert!((a.slope_p.expect("p") - 0.0157405204582).abs() < 1e-9);
        assert!((a.tau2.expect("tau2") - 4.23333333333).abs() < 1e-8);
        assert!((a.q_het.expect("qe") - 6.175).abs() < 1e-9);
        assert!((a.p_het.expect("qep") - 0.10339965992).abs() < 1e-9);
        assert_eq!(a.slope_df, Some(3));
        // BH over the family's two slope tests (0.0157, 0.573): q = 0.0315 < 0.05, rising;
        // Mann–Kendall (S = 8, p = 0.086) is not significant, so it does not disagree.
        assert!((a.q_value.expect("q") - 2.0 * 0.0157405204582).abs() < 1e-9);
        assert_eq!(a.direction, Direction::Rising);
        assert_eq!(a.mk_disagrees, Some(false));
        let z = t.iter().find(|r| r.indicator_id == "z").expect("z");
        assert_eq!(z.direction, Direction::Fluctuating);
        assert!(z.q_value_het.expect("q het") < 1e-10);
    }

    #[test]
    fn gap_is_group_minus_reference_no() {
        let mut yes = row("a", "w1", 100, Some(40.0), Some(3.0), "online");
        yes.group_dim = GroupDim::MigrantBackground;
        yes.group_value = "yes".into();
        let mut no = row("a", "w1", 100, Some(48.0), Some(4.0), "online");
        no.group_dim = GroupDim::MigrantBackground;
        no.group_value = "no".into();
        let g = gaps(&[yes, no], &GapSe::new(), 0.05, MultipleTesting::Bh);
        assert_eq!(g.len(), 1);
        // yes − no = −8, se = 5, t = −1.6 on df = 10 (no whole-population row: the larger of
        // the two groups' df), p = 0.14068175725631726 (scipy 1.17.1: 2*t.sf(1.6, 10)).
        assert_eq!(
            (g[0].group_value.as_str(), g[0].reference_value.as_str()),
            ("yes", "no")
        );
        assert!((g[0].gap + 8.0).abs() < 1e-12 && (g[0].t.expect("t") + 1.6).abs() < 1e-12);
        assert_eq!(g[0].df, 10);
        assert!((g[0].p_value.expect("p") - 0.14068175725631726).abs() < 1e-12);
    }
}
