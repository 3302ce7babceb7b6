//! One pre-specified verdict per indicator × city × kind × group (docs/METHODS.md "Verdict"): the
//! test is fixed before looking at the data — the trend (random-effects meta-regression of the
//! wave estimates on time, `trends`) when the series has at least five non-suppressed waves
//! since its latest break, otherwise the first-against-latest change since the break,
//! otherwise none — and its q-value is controlled (Benjamini–Hochberg) over the verdicts of a
//! set within (set, city, kind, group_dim, group_value).
//!
//! The word follows the evidence and nothing else: `improved`/`declined` only when q < α
//! (by the indicator's polarity); `stable` only through equivalence (the 90% interval inside
//! ± the indicator's margin) and, for a trend, no significant movement between waves;
//! `fluctuating` for a trend whose waves moved by more than sampling error without a steady
//! direction; otherwise `no_clear_change`, and `no_comparison` without a test. The interval
//! stored beside q is the Benjamini–Yekutieli false-coverage-adjusted one, so a printed
//! interval never contradicts the word. Every row also carries the latest wave-to-wave change
//! that is significant after correction, so that no word hides one.

use super::changes::{difference_test, series, since_latest_break, times};
use crate::config::bank::Polarity;
use crate::config::indicators::IndicatorSet;
use crate::config::project::MultipleTesting;
use crate::stats::intervals::{adjusted_ci, equivalent, t_ci};
use crate::stats::multtest::adjust_within;
use crate::store::rows::{ChangeRow, EstimateRow, TrendRow, VerdictRow};
use crate::vocab::{Comparison, GroupDim, Source, Test, Word};
use std::collections::HashMap;

type Key<'a> = (&'a str, &'a str, &'a str, Source, GroupDim, &'a str);

/// Every verdict of every series of `rows` (estimates), sorted by series key, from the trend
/// rows and change rows computed from the same estimates.
pub fn verdicts(
    rows: &[EstimateRow],
    trends: &[TrendRow],
    changes: &[ChangeRow],
    sets: &[IndicatorSet],
    alpha: f64,
    method: MultipleTesting,
) -> Vec<VerdictRow> {
    let info: HashMap<(&str, &str), (Polarity, Option<f64>)> = sets
        .iter()
        .flat_map(|s| {
            s.indicators
                .iter()
                .map(move |i| ((s.id.as_str(), i.id.as_str()), (i.polarity, i.equivalence_margin)))
        })
        .collect();
    let trend_of: HashMap<Key, &TrendRow> = trends
        .iter()
        .map(|t| {
            (
                (
                    &*t.set_id,
                    &*t.indicator_id,
                    &*t.city,
                    t.kind,
                    t.group_dim,
                    &*t.group_value,
                ),
                t,
            )
        })
        .collect();
    // The latest significant consecutive change of each series that does not cross a break.
    let mut latest_change: HashMap<Key, &ChangeRow> = HashMap::new();
    for c in changes
        .iter()
        .filter(|c| c.comparison == Comparison::Consecutive && !c.series_break && c.significant == Some(true))
    {
        latest_change.insert(
            (
                &*c.set_id,
                &*c.indicator_id,
                &*c.city,
                c.kind,
                c.group_dim,
                &*c.group_value,
            ),
            c,
        );
    }
    let mut out: Vec<(VerdictRow, Option<(f64, f64)>, Polarity)> = Vec::new();
    for ((set_id, indicator_id, city, kind, gd, gv), s) in series(rows) {
        let (polarity, margin) = info
            .get(&(set_id.as_str(), indicator_id.as_str()))
            .copied()
            .unwrap_or((Polarity::HigherIsBetter, None));
        let key: Key = (&set_id, &indicator_id, &city, kind, gd, &gv);
        let trend = trend_of.get(&key).copied();
        // The latest significant change, provided it lies in the waves since the latest break.
        let latest = latest_change.get(&key).copied();
        let valid: Vec<&EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        let (seg, _) = since_latest_break(&valid);
        let latest = latest.filter(|c| seg.iter().any(|r| r.wave == c.wave_from));
        let mut row = VerdictRow {
            set_id: set_id.clone(),
            indicator_id: indicator_id.clone(),
            city: city.clone(),
            kind,
            group_dim: gd,
            group_value: gv.clone(),
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
            q_value_het: None,
            word: Word::NoComparison,
            series_break: seg.len() < valid.len(),
            latest_change_wave_from: latest.map(|c| c.wave_from.clone()),
            latest_change_wave_to: latest.map(|c| c.wave_to.clone()),
            latest_change: latest.map(|c| c.diff),
            latest_change_q: latest.and_then(|c| c.q_value),
            latest_change_ci_adj_low: latest.and_then(|c| c.ci_adj_low),
            latest_change_ci_adj_high: latest.and_then(|c| c.ci_adj_high),
        };
        if let (Some(first), Some(last)) = (seg.first(), seg.last())
            && seg.len() >= 2
        {
            row.wave_from = Some(first.wave.clone());
            row.wave_to = Some(last.wave.clone());
        }
        // (SE, df) of the tested estimate, for the adjusted interval.
        let basis = match trend {
            Some(t) => trend_test(&mut row, t, &seg),
            None => None,
        }
        .or_else(|| change_test(&mut row, &seg));
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
    let holm = method == MultipleTesting::Holm;
    for ((r, basis, polarity), a) in out.iter_mut().zip(adjust_within(tests, alpha, holm)) {
        let Some(a) = a else { continue };
        let q = a.q;
        r.q_value = Some(q);
        let est = r.estimate.unwrap_or(0.0);
        r.word = word(r, q, *polarity, alpha);
        if let Some((se, df)) = basis {
            let (lo, hi) = adjusted_ci(est, *se, *df, alpha, a.m, a.rejected, holm);
            r.ci_adj_low = lo.is_finite().then_some(lo);
            r.ci_adj_high = hi.is_finite().then_some(hi);
        }
    }
    out.into_iter().map(|(r, ..)| r).collect()
}

/// Fill `row` with the trend test of its series when the trend row has one; (SE, df) of the
/// slope.
fn trend_test(row: &mut VerdictRow, t: &TrendRow, seg: &[&EstimateRow]) -> Option<(f64, f64)> {
    // A trend row without a p (no test possible) leaves the verdict to the change test.
    let (slope, se, df, _p) = (t.slope?, t.slope_se?, f64::from(t.slope_df?), t.slope_p?);
    row.test = Test::Trend;
    row.estimate = Some(slope);
    row.ci_low = t.slope_ci_low;
    row.ci_high = t.slope_ci_high;
    row.p_value = t.slope_p;
    row.q_value_het = t.q_value_het;
    // Stable: the 90% interval of the slope, times the years spanned (the total change over
    // the period), inside ± margin.
    let tt = times(seg);
    let span = tt.last().copied().unwrap_or(0.0) - tt.first().copied().unwrap_or(0.0);
    let (lo, hi) = t_ci(slope, se, df, 0.90);
    row.eq_ci_low = Some(lo * span);
    row.eq_ci_high = Some(hi * span);
    row.equivalent = row.margin.map(|m| lo * span > -m && hi * span < m);
    Some((se, df))
}

/// Fill `row` with the first-against-latest change of the segment, when it can be tested;
/// (SE, df) of the change.
fn change_test(row: &mut VerdictRow, seg: &[&EstimateRow]) -> Option<(f64, f64)> {
    let (first, last) = (seg.first()?, seg.last()?);
    if seg.len() < 2 {
        return None;
    }
    let (se, df, _, p, ci) = difference_test(first, last).filter(|t| t.3.is_finite())?;
    let diff = last.estimate.unwrap_or(f64::NAN) - first.estimate.unwrap_or(f64::NAN);
    row.test = Test::Change;
    row.estimate = Some(diff);
    row.ci_low = Some(ci.0);
    row.ci_high = Some(ci.1);
    row.p_value = Some(p);
    let eq = t_ci(diff, se, df, 0.90);
    row.eq_ci_low = Some(eq.0);
    row.eq_ci_high = Some(eq.1);
    row.equivalent = row.margin.map(|m| equivalent(diff, se, df, m));
    Some((se, df))
}

/// The word of a tested verdict with q-value `q` (docs/METHODS.md "Verdict").
fn word(r: &VerdictRow, q: f64, polarity: Polarity, alpha: f64) -> Word {
    let est = r.estimate.unwrap_or(0.0);
    let good = match polarity {
        Polarity::HigherIsBetter => est > 0.0,
        Polarity::LowerIsBetter => est < 0.0,
    };
    let moved = r.test == Test::Trend && r.q_value_het.is_some_and(|h| h < alpha);
    if q < alpha && est != 0.0 {
        if good { Word::Improved } else { Word::Declined }
    } else if r.equivalent == Some(true) && !moved {
        Word::Stable
    } else if moved {
        Word::Fluctuating
    } else {
        Word::NoClearChange
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::indicators::Indicator;
    use crate::rng::Rng;
    use crate::vocab::{Source, Statistic};

    /// Changes and trends of `rows`, then the verdicts (as the compute stage does).
    fn run(rows: &[EstimateRow], sets: &[IndicatorSet]) -> Vec<VerdictRow> {
        let ch = crate::analysis::changes::changes(rows, sets, 0.05, MultipleTesting::Bh);
        let tr = crate::analysis::changes::trends(rows, 0.05, MultipleTesting::Bh);
        verdicts(rows, &tr, &ch, sets, 0.05, MultipleTesting::Bh)
    }

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
    fn a_rise_then_fall_like_slovakia_is_fluctuating_with_its_latest_change() {
        // Eurobarometer, trust in parliament, Slovakia: 21.5 → 36.3 → 36.9 → 27.3 → 27.9 →
        // 26.4 (SE 1.4). No steady slope, but the waves move far more than their sampling
        // error: "fluctuating", never "rising" — and the verdict carries the latest significant
        // wave-to-wave change, 2021 → 2022: −9.6 (se 1.4·√2 = 1.98, t = −4.85 on 400 df).
        let ys = [21.5, 36.3, 36.9, 27.3, 27.9, 26.4];
        let rows: Vec<EstimateRow> = ys
            .iter()
            .enumerate()
            .map(|(i, y)| est("SK", "i0", 2019 + i as i32, *y, 1.4, 200))
            .collect();
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].test, Test::Trend);
        assert_eq!(v[0].word, Word::Fluctuating);
        assert!(v[0].q_value_het.expect("q het") < 0.05);
        assert_eq!(
            (
                v[0].latest_change_wave_from.as_deref(),
                v[0].latest_change_wave_to.as_deref()
            ),
            (Some("2021"), Some("2022"))
        );
        assert!((v[0].latest_change.expect("change") + 9.6).abs() < 1e-9);
        assert!(v[0].latest_change_ci_adj_high.expect("hi") < 0.0);
        // The adjusted interval printed beside the word contains 0.
        assert!(v[0].ci_adj_low.expect("lo") <= 0.0 && v[0].ci_adj_high.expect("hi") >= 0.0);
    }

    /// The five-wave rise of the issue: first-vs-latest +15 would be significant, and the trend
    /// test over all five waves must say so too (metafor 3.8.1 knha p = 0.0157, one test); a
    /// steady decline is "declined"; a flat precise series whose waves agree is "stable".
    #[test]
    fn a_steady_rise_is_improved_and_a_steady_decline_declined() {
        let rise = [30.0, 40.0, 38.0, 45.0, 50.0];
        let rows: Vec<EstimateRow> = rise
            .iter()
            .enumerate()
            .map(|(i, y)| est("A", "i0", 2019 + i as i32, *y, 2.0, 500))
            .collect();
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
        assert_eq!((v[0].test, v[0].word), (Test::Trend, Word::Improved));
        assert!(v[0].ci_adj_low.expect("lo") > 0.0);
        let fall = [70.0, 66.0, 63.0, 58.0, 55.0];
        let rows: Vec<EstimateRow> = fall
            .iter()
            .enumerate()
            .map(|(i, y)| est("B", "i0", 2019 + i as i32, *y, 1.8, 500))
            .collect();
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
        assert_eq!(v[0].word, Word::Declined);
        // Flat within ±0.3 with SE 0.5 over six years: the 90% interval of the total change
        // lies well inside ±3 and Q_E is small: stable.
        let flat = [50.0, 50.3, 49.8, 50.1, 49.9, 50.2];
        let rows: Vec<EstimateRow> = flat
            .iter()
            .enumerate()
            .map(|(i, y)| est("C", "i0", 2019 + i as i32, *y, 0.5, 500))
            .collect();
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
        assert_eq!(v[0].word, Word::Stable);
        assert!(v[0].latest_change.is_none());
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
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
        assert_eq!(v[0].test, Test::Change);
        assert!(v[0].ci_low.expect("lo") > 0.0);
        assert_eq!(v[0].equivalent, Some(false));
        assert_eq!(v[0].word, Word::Improved);
        // With lower-is-better polarity the same change is a decline.
        let v = run(&rows, &[set(1, Polarity::LowerIsBetter)]);
        assert_eq!(v[0].word, Word::Declined);
        // A non-significant change whose interval is wider than the margin is "no change
        // detected", never "stable".
        let rows = vec![
            est("Oslo", "i0", 2022, 40.0, 3.0, 100),
            est("Oslo", "i0", 2024, 41.0, 3.0, 100),
        ];
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
        assert_eq!(v[0].word, Word::NoClearChange);
        // A precise small change is "stable": 90% interval 0.5 ± 1.66·0.5·√2 = (−0.67, 1.67)
        // inside ±3 (t(200, 0.95) = 1.6525; hand computation).
        let rows = vec![
            est("Oslo", "i0", 2022, 40.0, 0.5, 100),
            est("Oslo", "i0", 2024, 40.5, 0.5, 100),
        ];
        let v = run(&rows, &[set(1, Polarity::HigherIsBetter)]);
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
        let v = run(&rows, &[set(inds, Polarity::HigherIsBetter)]);
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
