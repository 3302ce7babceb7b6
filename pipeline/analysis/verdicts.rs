//! One pre-specified verdict per indicator × city × kind × group (docs/METHODS.md "Verdict"): the
//! test is fixed before looking at the data — the Mann–Kendall trend when the series has at
//! least five non-suppressed waves since its latest break, otherwise the first-against-latest
//! change since the break, otherwise none — and its q-value is controlled (Benjamini–Hochberg)
//! over the verdicts of a set within (set, city, kind, group_dim, group_value).
//!
//! The word follows the evidence and nothing else: `improved`/`declined` only when q < α
//! (by the indicator's polarity), `stable` only through equivalence (the 90% interval inside
//! ± the indicator's margin), otherwise `no_change_detected`, and `no_comparison` without a
//! test. The interval stored beside q is the Benjamini–Yekutieli false-coverage-adjusted one,
//! so a printed interval never contradicts the word.

use super::changes::{MIN_TREND_WAVES, difference_test, series, since_latest_break};
use crate::config::bank::Polarity;
use crate::config::decimal_year;
use crate::config::indicators::IndicatorSet;
use crate::stats::intervals::{equivalent, fcr_adjusted_ci, fcr_adjusted_level, t_ci};
use crate::stats::multtest::adjust_within;
use crate::stats::trend::{mann_kendall, mann_kendall_interval, theil_sen};
use crate::store::rows::{EstimateRow, VerdictRow};
use crate::vocab::{Test, Word};
use std::collections::HashMap;

/// What the adjusted interval needs besides the row.
enum Basis {
    /// Times (years) and values of the trend segment.
    Trend(Vec<f64>, Vec<f64>),
    /// SE and df of the change.
    Change(f64, f64),
    None,
}

/// Every verdict of every series of `rows` (estimates), sorted by series key.
pub fn verdicts(rows: &[EstimateRow], sets: &[IndicatorSet], alpha: f64) -> Vec<VerdictRow> {
    let info: HashMap<(&str, &str), (Polarity, Option<f64>)> = sets
        .iter()
        .flat_map(|s| {
            s.indicators
                .iter()
                .map(move |i| ((s.id.as_str(), i.id.as_str()), (i.polarity, i.equivalence_margin)))
        })
        .collect();
    let mut out: Vec<(VerdictRow, Basis, Polarity)> = Vec::new();
    for ((set_id, indicator_id, city, kind, gd, gv), s) in series(rows) {
        let (polarity, margin) = info
            .get(&(set_id.as_str(), indicator_id.as_str()))
            .copied()
            .unwrap_or((Polarity::HigherIsBetter, None));
        let valid: Vec<&EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        let (seg, _) = since_latest_break(&valid);
        let mut row = VerdictRow {
            set_id,
            indicator_id,
            city,
            kind,
            group_dim: gd,
            group_value: gv,
            test: Test::None,
            n_waves: seg.len() as u32,
            wave_from: None,
            wave_to: None,
            estimate: None,
            ci_low: None,
            ci_high: None,
            p_value: None,
            q_value: None,
            ci_adj_low: None,
            ci_adj_high: None,
            margin,
            eq_ci_low: None,
            eq_ci_high: None,
            equivalent: None,
            word: Word::NoComparison,
            series_break: seg.len() < valid.len(),
        };
        let mut basis = Basis::None;
        if let (Some(first), Some(last)) = (seg.first(), seg.last())
            && seg.len() >= 2
        {
            row.wave_from = Some(first.wave.clone());
            row.wave_to = Some(last.wave.clone());
        }
        if seg.len() >= MIN_TREND_WAVES {
            let y: Vec<f64> = seg.iter().filter_map(|r| r.estimate).collect();
            let t: Vec<f64> = seg.iter().map(|r| decimal_year(r.date.0)).collect();
            if let (Some(mk), Some(ts), Some(ts90)) =
                (mann_kendall(&y), theil_sen(&t, &y, 0.95), theil_sen(&t, &y, 0.90))
            {
                row.test = Test::Trend;
                row.estimate = Some(ts.slope);
                row.ci_low = ts.low.is_finite().then_some(ts.low);
                row.ci_high = ts.high.is_finite().then_some(ts.high);
                row.p_value = Some(mk.p);
                // Stable: the 90% interval of the slope, times the years spanned, inside ± margin.
                let span = t.last().copied().unwrap_or(0.0) - t.first().copied().unwrap_or(0.0);
                if ts90.low.is_finite() && ts90.high.is_finite() {
                    let (lo, hi) = (ts90.low * span, ts90.high * span);
                    row.eq_ci_low = Some(lo);
                    row.eq_ci_high = Some(hi);
                    row.equivalent = margin.map(|m| lo > -m && hi < m);
                }
                basis = Basis::Trend(t, y);
            }
        } else if seg.len() >= 2
            && let Some((se, df, _, p, ci)) = difference_test(seg[0], seg[seg.len() - 1])
            && p.is_finite()
        {
            let diff = seg[seg.len() - 1].estimate.unwrap_or(f64::NAN) - seg[0].estimate.unwrap_or(f64::NAN);
            row.test = Test::Change;
            row.estimate = Some(diff);
            row.ci_low = Some(ci.0);
            row.ci_high = Some(ci.1);
            row.p_value = Some(p);
            let eq = t_ci(diff, se, df, 0.90);
            row.eq_ci_low = Some(eq.0);
            row.eq_ci_high = Some(eq.1);
            row.equivalent = margin.map(|m| equivalent(diff, se, df, m));
            basis = Basis::Change(se, df);
        }
        out.push((row, basis, polarity));
    }
    // BH within (set, city, kind, group), then words and adjusted intervals.
    let tests = out
        .iter()
        .map(|(r, ..)| {
            r.p_value.map(|p| {
                let family = (
                    r.set_id.clone(),
                    r.city.clone(),
                    r.kind,
                    r.group_dim,
                    r.group_value.clone(),
                );
                (family, p)
            })
        })
        .collect();
    for ((r, basis, polarity), a) in out.iter_mut().zip(adjust_within(tests, alpha, false)) {
        let Some(a) = a else { continue };
        let q = a.q;
        r.q_value = Some(q);
        let est = r.estimate.unwrap_or(0.0);
        let good = match polarity {
            Polarity::HigherIsBetter => est > 0.0,
            Polarity::LowerIsBetter => est < 0.0,
        };
        r.word = if q < alpha && est != 0.0 {
            if good { Word::Improved } else { Word::Declined }
        } else if r.equivalent == Some(true) {
            Word::Stable
        } else {
            Word::NoChangeDetected
        };
        let (lo, hi) = match basis {
            Basis::Change(se, df) => fcr_adjusted_ci(est, *se, *df, alpha, a.m, a.rejected),
            Basis::Trend(t, y) => {
                mann_kendall_interval(t, y, fcr_adjusted_level(alpha, a.m, a.rejected)).unwrap_or((f64::NAN, f64::NAN))
            }
            Basis::None => (f64::NAN, f64::NAN),
        };
        r.ci_adj_low = lo.is_finite().then_some(lo);
        r.ci_adj_high = hi.is_finite().then_some(hi);
    }
    out.into_iter().map(|(r, ..)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::indicators::Indicator;
    use crate::rng::Rng;
    use crate::vocab::{Source, Statistic};

    fn set(n: usize, polarity: Polarity) -> IndicatorSet {
        IndicatorSet {
            path: Default::default(),
            id: "s".into(),
            title: Default::default(),
            description: Default::default(),
            composite: None,
            source: String::new(),
            indicators: (0..n)
                .map(|i| Indicator {
                    id: format!("i{i}"),
                    title: Default::default(),
                    source: Source::Barometer,
                    items: vec!["trust_people".into()],
                    statistic: Statistic::ShareAgree,
                    polarity,
                    construct: "trust".into(),
                    equivalence_margin: Some(3.0),
                    min_important_change: None,
                })
                .collect(),
        }
    }

    /// One whole-population estimate of indicator `ind` in `city` at `year` (fieldwork midpoint
    /// on 1 July), with standard error `se` on `df` design degrees of freedom.
    fn est(city: &str, ind: &str, year: i32, value: f64, se: f64, df: u32) -> EstimateRow {
        EstimateRow {
            wave: year.to_string(),
            survey_id: Some(format!("{city}-{year}")),
            mode: Some(crate::vocab::Mode::Online),
            n: Some(1000),
            n_eff: Some(800.0),
            n_eff_kg: Some(800.0),
            df: Some(df),
            ci_low: None,
            ci_high: None,
            ..crate::store::rows::test_estimate(ind, city, crate::config::days_from_civil(year as i64, 7, 1), value, se)
        }
    }

    #[test]
    fn a_rise_then_fall_like_slovakia_is_never_called_rising() {
        // Eurobarometer, trust in parliament, Slovakia: 21.5 → 36.3 → 36.9 → 27.3 → 27.9 →
        // 26.4 (Sen slope about −0.16 a year, Mann–Kendall not significant). The first→latest
        // difference (+4.9) is not the pre-specified test: with six waves it is the trend.
        let ys = [21.5, 36.3, 36.9, 27.3, 27.9, 26.4];
        let rows: Vec<EstimateRow> = ys
            .iter()
            .enumerate()
            .map(|(i, y)| est("SK", "i0", 2019 + i as i32, *y, 1.4, 200))
            .collect();
        let v = verdicts(&rows, &[set(1, Polarity::HigherIsBetter)], 0.05);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].test, Test::Trend);
        assert_ne!(v[0].word, Word::Improved);
        assert_ne!(v[0].word, Word::Declined);
        assert_eq!(v[0].word, Word::NoChangeDetected);
        // The adjusted interval printed beside the word contains 0 (a missing bound is one the
        // test cannot set: −∞ below, +∞ above).
        assert!(v[0].ci_adj_low.is_none_or(|lo| lo <= 0.0) && v[0].ci_adj_high.is_none_or(|hi| hi >= 0.0));
    }

    #[test]
    fn a_change_whose_interval_excludes_zero_is_never_stable() {
        // Oslo, demo: +5.2 points with se 2.3 on df 200: the 95% interval excludes 0, so the
        // change cannot lie within ±3 and is not "stable" (it may or may not be significant
        // after BH; here it is the only test, so q = p = 0.025 < 0.05: improved).
        let rows = vec![
            est("Oslo", "i0", 2022, 40.0, 1.6, 100),
            est("Oslo", "i0", 2024, 45.2, 1.65, 100),
        ];
        let v = verdicts(&rows, &[set(1, Polarity::HigherIsBetter)], 0.05);
        assert_eq!(v[0].test, Test::Change);
        assert!(v[0].ci_low.expect("lo") > 0.0);
        assert_eq!(v[0].equivalent, Some(false));
        assert_eq!(v[0].word, Word::Improved);
        // With lower-is-better polarity the same change is a decline.
        let v = verdicts(&rows, &[set(1, Polarity::LowerIsBetter)], 0.05);
        assert_eq!(v[0].word, Word::Declined);
        // A non-significant change whose interval is wider than the margin is "no change
        // detected", never "stable".
        let rows = vec![
            est("Oslo", "i0", 2022, 40.0, 3.0, 100),
            est("Oslo", "i0", 2024, 41.0, 3.0, 100),
        ];
        let v = verdicts(&rows, &[set(1, Polarity::HigherIsBetter)], 0.05);
        assert_eq!(v[0].word, Word::NoChangeDetected);
        // A precise small change is "stable": 90% interval 0.5 ± 1.66·0.5·√2 = (−0.67, 1.67)
        // inside ±3 (t(200, 0.95) = 1.6525; hand computation).
        let rows = vec![
            est("Oslo", "i0", 2022, 40.0, 0.5, 100),
            est("Oslo", "i0", 2024, 40.5, 0.5, 100),
        ];
        let v = verdicts(&rows, &[set(1, Polarity::HigherIsBetter)], 0.05);
        assert_eq!(v[0].word, Word::Stable);
        assert!((v[0].eq_ci_low.expect("lo") - (0.5 - 1.652508 * 0.5 * 2f64.sqrt())).abs() < 1e-5);
    }

    /// The false-alarm rate of headline verdicts in a network where nothing changes: 300
    /// synthetic cities × 9 flat indicators × 8 waves (Monte Carlo, deterministic for its
    /// seed). Benjamini–Hochberg within each city controls the chance that a city gets any
    /// "improved"/"declined" at α = 0.05 under the complete null, and the share of flagged
    /// verdicts is below α. The city-level rate is checked against α plus three Monte Carlo
    /// standard errors (√(0.05·0.95/300) = 0.0126).
    #[test]
    fn flat_cities_get_at_most_alpha_false_alarms() {
        let mut rng = Rng::derive(20261130, "verdicts/false-alarms");
        let (cities, inds, waves) = (300, 9, 8);
        let mut rows = Vec::new();
        for c in 0..cities {
            for i in 0..inds {
                let truth = 30.0 + 5.0 * i as f64;
                for w in 0..waves {
                    let se = 2.0;
                    rows.push(est(
                        &format!("c{c}"),
                        &format!("i{i}"),
                        2010 + w,
                        truth + rng.gauss(0.0, se),
                        se,
                        60,
                    ));
                }
            }
        }
        let v = verdicts(&rows, &[set(inds, Polarity::HigherIsBetter)], 0.05);
        assert_eq!(v.len(), cities * inds);
        assert!(v.iter().all(|r| r.test == Test::Trend));
        let flagged = v
            .iter()
            .filter(|r| matches!(r.word, Word::Improved | Word::Declined))
            .count();
        let share = flagged as f64 / v.len() as f64;
        assert!(share <= 0.05, "{flagged} of {} verdicts flagged", v.len());
        let mut any: std::collections::BTreeSet<&str> = Default::default();
        for r in v.iter().filter(|r| matches!(r.word, Word::Improved | Word::Declined)) {
            any.insert(&r.city);
        }
        let city_rate = any.len() as f64 / cities as f64;
        assert!(
            city_rate <= 0.05 + 3.0 * 0.0126,
            "{} of {cities} cities with a false alarm",
            any.len()
        );
    }
}
