//! Comparing two candidate indicator sets on the same data (`cohesion compare-sets`, docs/INPUTS.md):
//! both sets are estimated on the store's waves, diagnosed, and summarised per indicator with
//! a verdict and the numbers behind it. Written as `set_comparison`, printed as Markdown.
//!
//! Verdicts (docs/METHODS.md "Detectability"; several can apply). Each indicator's verdict
//! rests on its own numbers, and on how many indicators are tested beside it only through the
//! per-test level the verdicts' multiple-testing control demands:
//! - `no_data`: no non-suppressed estimate in the store; nothing else is said;
//! - `weak reliability`: median Cronbach's α over city-waves < 0.70 (multi-item scales);
//! - `insensitive`: the median minimum detectable change (80% power, at the per-test level α/m
//!   the verdicts' BH control demands) exceeds the indicator's declared `min_important_change`
//!   *and* it does not detect its own observed movement — between waves (true-change SD
//!   below the MDC) nor over time (the typical true trend a year, `true_slope_rms`, below the
//!   detectable slope): it can detect neither;
//!   without a declared change (or without an MDC: Index scores carry no sampling error)
//!   detectability is `not_assessed` and the verdict says "detectability not assessed" —
//!   never `keep`;
//! - `redundant`: |Pearson r| > 0.90 with another indicator of the same set across city-waves
//!   (a property of the pair, whatever the set's size);
//! - `keep`: data, detectability `sensitive`, and none of the above.
//!
//! "Never significant" is a reason, not a verdict: `changes` adjusts q over all indicators of
//! a set (BH per family), so the share of significant changes moves with the set's size; the
//! typical |change| is printed as information only (under pure noise it is ≈ 0.95·SE, so the
//! MDC always exceeds it — the rule it once fed called every indicator insensitive).

use crate::config::bank::QuestionBank;
use crate::config::indicators::IndicatorSet;
use crate::diag::{Owner, Problem, Problems};
use crate::store::rows::{ComparisonRow, DiagRow, EstimateRow};
use crate::vocab::{Detectability, DiagMetric};
use anyhow::Result;
use polars::prelude::*;

/// Reliability threshold.
pub const WEAK_ALPHA: f64 = 0.7;
/// Redundancy threshold on |r|.
pub const REDUNDANT_R: f64 = 0.9;

/// What an indicator's detectability rests on (medians over cities).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Movement {
    /// Median MDC between two waves at the per-test level.
    pub mdc: Option<f64>,
    /// True-change SD between consecutive waves.
    pub true_change_sd: Option<f64>,
    /// Median detectable slope a year of the trend test.
    pub detectable_slope: Option<f64>,
    /// Typical size of the true trend a year.
    pub true_slope_rms: Option<f64>,
}

impl Movement {
    /// The indicator detects its own observed movement: between waves (true-change SD at
    /// least the MDC) or over time (typical true trend at least the detectable slope).
    pub fn detected(&self) -> bool {
        let between = matches!((self.true_change_sd, self.mdc), (Some(t), Some(m)) if t >= m);
        let over_time = matches!((self.true_slope_rms, self.detectable_slope), (Some(t), Some(b)) if t >= b);
        between || over_time
    }
}

/// Detectability of an indicator from its median MDC (at the per-test level the verdicts'
/// multiple-testing control demands), its declared smallest important change and its observed
/// movement: insensitive only when it can detect neither the declared change nor its own
/// movement (an unknown movement counts as undetected).
pub fn detectability(min_important_change: Option<f64>, mv: &Movement) -> Detectability {
    match (mv.mdc, min_important_change) {
        (Some(m), Some(c)) if m > c && !mv.detected() => Detectability::Insensitive,
        (Some(_), Some(_)) => Detectability::Sensitive,
        _ => Detectability::NotAssessed,
    }
}

/// `x` with `d` decimals, or "–".
fn fmt_opt(x: Option<f64>, d: usize) -> String {
    x.map_or("–".to_string(), |v| format!("{v:.d$}"))
}

/// Summarise one set's diagnostics per indicator, with verdicts; `estimates` tell which
/// indicators have data at all.
pub fn summarise(
    side: &'static str,
    set: &IndicatorSet,
    diags: &[DiagRow],
    estimates: &[EstimateRow],
) -> Vec<ComparisonRow> {
    let f = fmt_opt;
    set.indicators
        .iter()
        .map(|ind| {
            let no_data = !estimates
                .iter()
                .any(|e| e.set_id == set.id && e.indicator_id == ind.id && e.estimate.is_some());
            let mine: Vec<&DiagRow> = diags
                .iter()
                .filter(|d| d.set_id == set.id && d.indicator_id == ind.id)
                .collect();
            let across = |m: DiagMetric| {
                mine.iter()
                    .find(|d| d.city.is_none() && d.metric == m && d.other.is_none())
                    .copied()
            };
            let alphas: Vec<f64> = mine
                .iter()
                .filter(|d| d.metric == DiagMetric::Alpha && d.city.is_some())
                .filter_map(|d| d.value)
                .collect();
            let alpha_median = crate::stats::descriptive::median(&alphas);
            let mdc_median = across(DiagMetric::MdcMedian).and_then(|d| d.value);
            let min_important_change = ind.min_important_change;
            let detectable_slope_median = across(DiagMetric::DetectableSlopeMedian).and_then(|d| d.value);
            let typical_change = across(DiagMetric::TypicalChange).and_then(|d| d.value);
            let true_change_sd = across(DiagMetric::TrueChangeSd).and_then(|d| d.value);
            let responsiveness = across(DiagMetric::Responsiveness).and_then(|d| d.value);
            let true_slope_rms = across(DiagMetric::TrueSlopeRms).and_then(|d| d.value);
            let movement = Movement {
                mdc: mdc_median,
                true_change_sd,
                detectable_slope: detectable_slope_median,
                true_slope_rms,
            };
            let sig = across(DiagMetric::ShareSignificant);
            let share_significant = sig.and_then(|d| d.value);
            let n_changes = sig.and_then(|d| d.n).unwrap_or(0);
            let (mut max_abs_corr, mut most) = (None::<f64>, None);
            for d in mine.iter().filter(|d| d.metric == DiagMetric::CorrWith) {
                if let Some(v) = d.value
                    && max_abs_corr.is_none_or(|m| v.abs() > m)
                {
                    max_abs_corr = Some(v.abs());
                    most = d.other.clone();
                }
            }
            let rho_icc_index = across(DiagMetric::SpearmanIccIndex).and_then(|d| d.value);
            let detect = detectability(min_important_change, &movement);
            let weak_reliability = !no_data && alpha_median.is_some_and(|a| a < WEAK_ALPHA);
            let redundant = !no_data && max_abs_corr.is_some_and(|r| r > REDUNDANT_R);
            let insensitive = !no_data && detect == Detectability::Insensitive;
            let mut why = Vec::new();
            let verdict = if no_data {
                why.push("no estimate in the store".to_string());
                "no_data".to_string()
            } else {
                if let Some(a) = alpha_median {
                    let cmp = if weak_reliability {
                        format!(" < {WEAK_ALPHA:.2}")
                    } else {
                        String::new()
                    };
                    why.push(format!("median α {a:.2}{cmp}"));
                }
                why.push(match (mdc_median, min_important_change) {
                    (Some(m), Some(c)) if m <= c => {
                        format!("detects a change of {m:.2} (MDC) ≤ its min important change {c:.1}")
                    }
                    (Some(m), Some(c)) if movement.detected() => format!(
                        "MDC {m:.2} > min important change {c:.1}, but it detects its own movement (true-change SD {} vs MDC; true trend {} vs detectable {} a year)",
                        f(true_change_sd, 1),
                        f(true_slope_rms, 2),
                        f(detectable_slope_median, 2)
                    ),
                    (Some(m), Some(c)) => format!(
                        "MDC {m:.2} > min important change {c:.1}, and it detects no movement of its own (true-change SD {}; true trend {} vs detectable {} a year)",
                        f(true_change_sd, 1),
                        f(true_slope_rms, 2),
                        f(detectable_slope_median, 2)
                    ),
                    (Some(m), None) => format!("MDC {m:.2}, no min important change declared"),
                    (None, _) => "no MDC (no sampling error)".to_string(),
                });
                if let Some(b) = detectable_slope_median {
                    why.push(format!("detectable trend {b:.2} a year"));
                }
                if let (Some(t), None) = (true_change_sd, min_important_change) {
                    why.push(format!("true-change SD {t:.1}"));
                }
                if let Some(r) = responsiveness {
                    why.push(format!("responsiveness {r:.1}"));
                }
                if let Some(s) = share_significant {
                    why.push(format!(
                        "{} of {n_changes} changes significant",
                        (s * n_changes as f64).round() as u64
                    ));
                }
                if let (Some(r), Some(o)) = (max_abs_corr, &most) {
                    if redundant {
                        why.push(format!("|r| {r:.2} > {REDUNDANT_R:.2} with {o}"));
                    } else {
                        why.push(format!("max |r| {r:.2} ({o})"));
                    }
                }
                if let Some(r) = rho_icc_index {
                    why.push(format!("ρ with ICC Index {r:.2}"));
                }
                let mut flags = Vec::new();
                if weak_reliability {
                    flags.push("weak reliability");
                }
                match detect {
                    Detectability::Insensitive => flags.push("insensitive"),
                    Detectability::NotAssessed => flags.push("detectability not assessed"),
                    Detectability::Sensitive => {}
                }
                if redundant {
                    flags.push("redundant");
                }
                if flags.is_empty() {
                    "keep".to_string()
                } else {
                    flags.join(" + ")
                }
            };
            ComparisonRow {
                side: side.to_string(),
                set_id: set.id.clone(),
                indicator_id: ind.id.clone(),
                source: ind.source,
                statistic: ind.statistic,
                alpha_median,
                mdc_median,
                min_important_change,
                detectable_slope_median,
                typical_change,
                true_change_sd,
                responsiveness,
                true_slope_rms,
                share_significant,
                n_changes,
                max_abs_corr,
                most_correlated_with: most,
                rho_icc_index,
                no_data,
                weak_reliability,
                detectability: detect,
                insensitive,
                redundant,
                verdict,
                reasons: why.join("; "),
            }
        })
        .collect()
}

/// A Markdown table of the comparison, one section per set.
pub fn markdown(rows: &[ComparisonRow]) -> String {
    let f = fmt_opt;
    let mut out = String::new();
    for side in ["A", "B"] {
        let Some(first) = rows.iter().find(|r| r.side == side) else {
            continue;
        };
        out.push_str(&format!("\n## {side}: {}\n\n", first.set_id));
        out.push_str(
            "| indicator | statistic | α | MDC | min important change | detectability | detectable trend / year | true-change SD | responsiveness | % significant | max \\|r\\| | ρ ICC | verdict | why |\n",
        );
        out.push_str("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for r in rows.iter().filter(|r| r.side == side) {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | **{}** | {} |\n",
                r.indicator_id,
                r.statistic,
                f(r.alpha_median, 2),
                f(r.mdc_median, 1),
                f(r.min_important_change, 1),
                if r.no_data { "–" } else { r.detectability.as_str() },
                f(r.detectable_slope_median, 2),
                f(r.true_change_sd, 1),
                f(r.responsiveness, 1),
                f(r.share_significant.map(|s| s * 100.0), 0),
                f(r.max_abs_corr, 2),
                f(r.rho_icc_index, 2),
                r.verdict,
                r.reasons.replace('|', "\\|")
            ));
        }
    }
    out
}

/// Parse the two candidate sets of `compare-sets` against the project's bank and areas;
/// the same id twice becomes `id@A` and `id@B`.
pub fn parse_pair(
    a: &std::path::Path,
    b: &std::path::Path,
    bank: &QuestionBank,
    areas: &crate::config::bank::IndexAreas,
) -> std::result::Result<Vec<IndicatorSet>, Problems> {
    let mut problems = Problems::default();
    let mut sets = Vec::new();
    for p in [a, b] {
        match std::fs::read_to_string(p) {
            Ok(src) => sets.extend(IndicatorSet::parse(p, &src, bank, areas, &mut problems)),
            Err(e) => problems.push(Problem::file(
                p,
                format!("cannot read the indicator set: {e}"),
                Owner::IndicatorSet,
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if sets[0].id == sets[1].id {
        sets[0].id.push_str("@A");
        sets[1].id.push_str("@B");
    }
    Ok(sets)
}

/// CSV of the comparison (same columns as the table).
pub fn csv(rows: &[ComparisonRow]) -> Result<String> {
    let mut df = <ComparisonRow as crate::store::schema::Table>::to_frame(rows)?;
    let mut buf = Vec::new();
    CsvWriter::new(&mut buf).finish(&mut df)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(ind: &str, city: Option<&str>, metric: &str, value: f64, n: u64) -> DiagRow {
        // "corr_with:other" names the other indicator.
        let (m, other) = metric
            .split_once(':')
            .map_or((metric, None), |(m, o)| (m, Some(o.to_string())));
        DiagRow {
            set_id: "s".into(),
            indicator_id: ind.into(),
            kind: crate::vocab::DiagKind::Redundancy,
            city: city.map(str::to_string),
            wave: None,
            metric: DiagMetric::parse(m).expect("metric"),
            other,
            value: Some(value),
            n: Some(n),
        }
    }

    fn parse(src: &str) -> IndicatorSet {
        let bank = QuestionBank::shipped().unwrap();
        let areas = crate::config::bank::IndexAreas::shipped().unwrap();
        let mut p = crate::diag::Problems::default();
        IndicatorSet::parse(std::path::Path::new("s.toml"), src, &bank, &areas, &mut p).unwrap()
    }

    fn est(ind: &str, city: &str, wave: &str, day: i32, e: f64, se: f64, df: u32) -> EstimateRow {
        EstimateRow {
            wave: wave.into(),
            n: Some(1000),
            n_eff: Some(1000.0),
            df: Some(df),
            ci_low: None,
            ci_high: None,
            ..crate::store::rows::test_estimate(ind, city, day, e, se)
        }
    }

    #[test]
    fn verdicts_follow_the_numbers() {
        let set = parse(
            r#"
id = "s"
title = { en = "S" }
[[indicator]]
id = "scale"
title = { en = "Scale" }
source = "barometer"
items = ["trust_people", "trust_neighbours", "trust_institutions"]
statistic = "scale_pomp"
min_important_change = 5
[[indicator]]
id = "single"
title = { en = "Single" }
source = "barometer"
items = ["belonging"]
statistic = "share_agree"
"#,
        );
        let diags = vec![
            d("scale", Some("X"), "alpha", 0.6, 300),
            d("scale", Some("Y"), "alpha", 0.65, 300),
            d("scale", None, "mdc_median", 4.0, 10),
            d("scale", None, "typical_change", 5.0, 10),
            d("scale", None, "share_significant", 0.3, 10),
            d("scale", None, "corr_with:single", 0.5, 20),
            d("single", None, "mdc_median", 9.0, 10),
            d("single", None, "typical_change", 3.0, 10),
            d("single", None, "share_significant", 0.0, 10),
            d("single", None, "corr_with:scale", -0.95, 20),
        ];
        let estimates = vec![
            est("scale", "X", "1", 0, 50.0, 1.0, 100),
            est("single", "X", "1", 0, 50.0, 1.0, 100),
        ];
        let rows = summarise("A", &set, &diags, &estimates);
        // MDC 4.0 ≤ 5: sensitive, so only the reliability flag remains.
        assert_eq!(rows[0].verdict, "weak reliability");
        assert_eq!(rows[0].detectability, Detectability::Sensitive);
        assert_eq!(rows[0].alpha_median, Some(0.625));
        assert!(rows[0].reasons.contains("median α 0.62 < 0.70"), "{}", rows[0].reasons);
        assert!(
            rows[0]
                .reasons
                .contains("detects a change of 4.00 (MDC) ≤ its min important change 5.0"),
            "{}",
            rows[0].reasons
        );
        // No min_important_change: MDC 9 above a typical change of 3 and no significant change
        // do not make it insensitive (the old rule); its detectability is not assessed.
        assert_eq!(rows[1].verdict, "detectability not assessed + redundant");
        assert_eq!(rows[1].detectability, Detectability::NotAssessed);
        assert!(!rows[1].insensitive && rows[1].redundant && !rows[1].no_data);
        assert!(rows[1].reasons.contains("MDC 9.00, no min important change declared"));
        assert!(rows[1].reasons.contains("0 of 10 changes significant"));
        assert!(rows[1].reasons.contains("|r| 0.95 > 0.90 with scale"));
        let md = markdown(&rows);
        assert!(md.contains("## A: s") && md.contains("**detectability not assessed + redundant**"));
        assert!(md.contains("| 4.0 | 5.0 | sensitive |"), "{md}");
    }

    /// An indicator is insensitive only when it can detect neither its declared smallest
    /// important change nor its own movement. The issue's Eurobarometer case: trust in
    /// parliament, MDC 6.4 > 5, while its true-change SD is 10.2 — it moves far more than it
    /// can miss, so it is sensitive; with a true-change SD of 3 it would be insensitive.
    #[test]
    fn an_indicator_that_moves_more_than_its_mdc_is_not_insensitive() {
        let mv = |mdc: f64, sd: Option<f64>| Movement {
            mdc: Some(mdc),
            true_change_sd: sd,
            ..Movement::default()
        };
        assert_eq!(detectability(Some(5.0), &mv(6.4, Some(10.2))), Detectability::Sensitive);
        assert_eq!(
            detectability(Some(5.0), &mv(6.4, Some(3.0))),
            Detectability::Insensitive
        );
        assert_eq!(detectability(Some(5.0), &mv(6.4, None)), Detectability::Insensitive);
        assert_eq!(detectability(Some(5.0), &mv(4.0, None)), Detectability::Sensitive);
        assert_eq!(detectability(None, &mv(6.4, Some(10.2))), Detectability::NotAssessed);
        // A steady planted trend moves little from one wave to the next but a lot over time:
        // a typical true trend of 2.3 a year against a detectable slope of 1.6 is detected.
        let trend = Movement {
            detectable_slope: Some(1.6),
            true_slope_rms: Some(2.3),
            ..mv(13.9, Some(2.8))
        };
        assert_eq!(detectability(Some(5.0), &trend), Detectability::Sensitive);
        let flat = Movement {
            true_slope_rms: Some(0.4),
            ..trend
        };
        assert_eq!(detectability(Some(5.0), &flat), Detectability::Insensitive);
    }

    /// A barometer set of four single-item shares over cities P, Q, R and waves on days 0 and
    /// 730; `sharp` and `coarse` declare a smallest important change of 5 points.
    const FOUR: &str = r#"
id = "s"
title = { en = "S" }
[[indicator]]
id = "sharp"
title = { en = "Sharp" }
source = "barometer"
items = ["trust_people"]
statistic = "share_agree"
min_important_change = 5
[[indicator]]
id = "coarse"
title = { en = "Coarse" }
source = "barometer"
items = ["belonging"]
statistic = "share_agree"
min_important_change = 5
[[indicator]]
id = "undeclared"
title = { en = "Undeclared" }
source = "barometer"
items = ["get_along"]
statistic = "share_agree"
[[indicator]]
id = "absent"
title = { en = "Absent" }
source = "barometer"
items = ["contact_diverse"]
statistic = "share_agree"
min_important_change = 5
"#;

    #[test]
    fn detectability_rests_on_the_min_important_change_and_no_data_is_its_own_verdict() {
        // Four barometer indicators: a verdict family of 4, so the per-test level is 0.05/4.
        // sharp: SE 1, df 100 per wave, a planted change of +10 = 2 × the min important change
        // in every city. MDC = (t(200, 1 − 0.00625) + t(200, 0.8)) · √(1² + 1²) =
        // 4.757_304_091_399_896 (R 4.2.2) ≤ 5 ≤ 10: sensitive.
        // coarse: SE 2.5, df 10: MDC = (t(20, 1 − 0.00625) + t(20, 0.8)) · √2 · 2.5 =
        // 12.743269143258297 (R 4.2.2) > 5, and no observed movement to detect: insensitive.
        // undeclared: the same precision as sharp but no min_important_change: not assessed.
        // absent: no estimate at all: no_data (never keep).
        // Pearson r between the three series over the six city-waves: 0.117, −0.076, −0.103
        // (numpy 2): nobody is redundant.
        let mut estimates = Vec::new();
        for (city, s, c, u) in [
            ("P", (40.0, 50.0), (30.0, 31.0), (60.0, 62.0)),
            ("Q", (45.0, 55.0), (36.0, 30.0), (58.0, 57.0)),
            ("R", (50.0, 60.0), (33.0, 34.0), (61.0, 60.0)),
        ] {
            for (wave, day, k) in [("1", 0, 0), ("2", 730, 1)] {
                let pick = |p: (f64, f64)| if k == 0 { p.0 } else { p.1 };
                estimates.push(est("sharp", city, wave, day, pick(s), 1.0, 100));
                estimates.push(est("coarse", city, wave, day, pick(c), 2.5, 10));
                estimates.push(est("undeclared", city, wave, day, pick(u), 1.0, 100));
            }
        }
        let set = parse(FOUR);
        let diags =
            crate::workbench::diagnostics::estimate_diagnostics(std::slice::from_ref(&set), &estimates, &[], &[], 0.05);
        let rows = summarise("A", &set, &diags, &estimates);
        let by = |id: &str| rows.iter().find(|r| r.indicator_id == id).unwrap();

        let sharp = by("sharp");
        assert!((sharp.mdc_median.unwrap() - 4.757_304_091_399_896).abs() < 1e-9);
        assert!(sharp.mdc_median.unwrap() < 10.0, "the planted change exceeds the MDC");
        assert_eq!(sharp.min_important_change, Some(5.0));
        assert_eq!(sharp.detectability, Detectability::Sensitive);
        assert_eq!(sharp.verdict, "keep");
        // Two waves: no trend test runs, so no detectable slope is claimed.
        assert_eq!(sharp.detectable_slope_median, None);

        let coarse = by("coarse");
        assert!((coarse.mdc_median.unwrap() - 12.743269143258297).abs() < 1e-9);
        assert_eq!(coarse.detectability, Detectability::Insensitive);
        assert!(coarse.insensitive && !coarse.no_data);
        assert_eq!(coarse.verdict, "insensitive");
        assert!(
            coarse
                .reasons
                .contains("MDC 12.74 > min important change 5.0, and it detects no movement of its own"),
            "{}",
            coarse.reasons
        );

        let undeclared = by("undeclared");
        assert_eq!(undeclared.detectability, Detectability::NotAssessed);
        assert!(!undeclared.insensitive);
        assert_eq!(undeclared.verdict, "detectability not assessed");

        let absent = by("absent");
        assert!(absent.no_data && !absent.insensitive && !absent.redundant && !absent.weak_reliability);
        assert_eq!(absent.verdict, "no_data");
        assert_eq!(absent.detectability, Detectability::NotAssessed);

        // Alone in a set, sharp is tested at the full α = 0.05 (a family of one): MDC =
        // (t(200, 0.975) + t(200, 0.8)) · √2 = 3.981461400278377 (scipy 1.17.1) — testing more
        // indicators at once costs detectability — and its verdict stays "keep".
        let alone = parse(&FOUR[..FOUR.find("[[indicator]]\nid = \"coarse\"").unwrap()]);
        let d1 = crate::workbench::diagnostics::estimate_diagnostics(
            std::slice::from_ref(&alone),
            &estimates,
            &[],
            &[],
            0.05,
        );
        let one = summarise("B", &alone, &d1, &estimates);
        assert_eq!(one.len(), 1);
        assert_eq!(
            (&one[0].verdict, one[0].detectability),
            (&sharp.verdict, sharp.detectability)
        );
        assert!((one[0].mdc_median.unwrap() - 3.981461400278377).abs() < 1e-9);

        let md = markdown(&rows);
        assert!(md.contains("**no_data**") && md.contains("**insensitive**") && md.contains("**keep**"));

        // The verdict moves with the declared min_important_change: coarse, MDC 12.74, is
        // sensitive once 13 points is the smallest change that matters; sharp, MDC 4.76,
        // becomes insensitive at 3.
        let moved = parse(
            &FOUR
                .replacen("min_important_change = 5", "min_important_change = 3", 1)
                .replacen("min_important_change = 5", "min_important_change = 13", 1),
        );
        let d2 = crate::workbench::diagnostics::estimate_diagnostics(
            std::slice::from_ref(&moved),
            &estimates,
            &[],
            &[],
            0.05,
        );
        let rows2 = summarise("A", &moved, &d2, &estimates);
        let by2 = |id: &str| rows2.iter().find(|r| r.indicator_id == id).unwrap();
        assert_eq!(by2("sharp").detectability, Detectability::Insensitive);
        assert_eq!(by2("coarse").detectability, Detectability::Sensitive);
        assert_eq!(by2("coarse").verdict, "keep");
        assert_eq!(by2("absent").verdict, "no_data");
    }
}
