//! Comparing two candidate indicator sets on the same data (`cohesion compare-sets`, docs/INPUTS.md):
//! both sets are estimated on the store's waves, diagnosed, and summarised per indicator with
//! a verdict and the numbers behind it. Written as `set_comparison`, printed as Markdown.
//!
//! Verdicts (several can apply; none = `keep`):
//! - `weak reliability`: median Cronbach's α over city-waves < 0.70 (multi-item scales);
//! - `insensitive`: the median minimum detectable change (80% power) exceeds the median
//!   |consecutive change|, or no consecutive change was ever significant;
//! - `redundant`: |Pearson r| > 0.90 with another indicator of the same set across city-waves.

use crate::config::bank::QuestionBank;
use crate::config::indicators::IndicatorSet;
use crate::diag::{Owner, Problem, Problems};
use crate::store::rows::{ComparisonRow, DiagRow};
use crate::vocab::DiagMetric;
use anyhow::Result;
use polars::prelude::*;

/// Reliability threshold.
pub const WEAK_ALPHA: f64 = 0.7;
/// Redundancy threshold on |r|.
pub const REDUNDANT_R: f64 = 0.9;

/// Summarise one set's diagnostics per indicator, with verdicts.
pub fn summarise(side: &'static str, set: &IndicatorSet, diags: &[DiagRow]) -> Vec<ComparisonRow> {
    set.indicators
        .iter()
        .map(|ind| {
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
            let typical_change = across(DiagMetric::TypicalChange).and_then(|d| d.value);
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
            let (mut flags, mut why) = (Vec::new(), Vec::new());
            if let Some(a) = alpha_median {
                if a < WEAK_ALPHA {
                    flags.push("weak reliability");
                    why.push(format!("median α {a:.2} < {WEAK_ALPHA:.2}"));
                } else {
                    why.push(format!("median α {a:.2}"));
                }
            }
            let never = n_changes > 0 && share_significant == Some(0.0);
            let too_coarse = matches!((mdc_median, typical_change), (Some(m), Some(t)) if m > t);
            if never || too_coarse {
                flags.push("insensitive");
            }
            if let (Some(m), Some(t)) = (mdc_median, typical_change) {
                let cmp = if m > t { ">" } else { "≤" };
                why.push(format!("MDC {m:.1} {cmp} typical change {t:.1}"));
            }
            if let Some(s) = share_significant {
                why.push(format!(
                    "{} of {n_changes} changes significant",
                    (s * n_changes as f64).round() as u64
                ));
            }
            if let (Some(r), Some(o)) = (max_abs_corr, &most) {
                if r > REDUNDANT_R {
                    flags.push("redundant");
                    why.push(format!("|r| {r:.2} > {REDUNDANT_R:.2} with {o}"));
                } else {
                    why.push(format!("max |r| {r:.2} ({o})"));
                }
            }
            if let Some(r) = rho_icc_index {
                why.push(format!("ρ with ICC Index {r:.2}"));
            }
            ComparisonRow {
                side: side.to_string(),
                set_id: set.id.clone(),
                indicator_id: ind.id.clone(),
                source: ind.source,
                statistic: ind.statistic,
                alpha_median,
                mdc_median,
                typical_change,
                share_significant,
                n_changes,
                max_abs_corr,
                most_correlated_with: most,
                rho_icc_index,
                weak_reliability: flags.contains(&"weak reliability"),
                insensitive: flags.contains(&"insensitive"),
                redundant: flags.contains(&"redundant"),
                verdict: if flags.is_empty() {
                    "keep".into()
                } else {
                    flags.join(" + ")
                },
                reasons: why.join("; "),
            }
        })
        .collect()
}

/// A Markdown table of the comparison, one section per set.
pub fn markdown(rows: &[ComparisonRow]) -> String {
    let f = |x: Option<f64>, d: usize| x.map_or("–".to_string(), |v| format!("{v:.d$}"));
    let mut out = String::new();
    for side in ["A", "B"] {
        let Some(first) = rows.iter().find(|r| r.side == side) else {
            continue;
        };
        out.push_str(&format!("\n## {side}: {}\n\n", first.set_id));
        out.push_str(
            "| indicator | statistic | α | MDC | typical change | % significant | max \\|r\\| | ρ ICC | verdict | why |\n",
        );
        out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
        for r in rows.iter().filter(|r| r.side == side) {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | **{}** | {} |\n",
                r.indicator_id,
                r.statistic,
                f(r.alpha_median, 2),
                f(r.mdc_median, 1),
                f(r.typical_change, 1),
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

    #[test]
    fn verdicts_follow_the_numbers() {
        let src = r#"
id = "s"
title = { en = "S" }
[[indicator]]
id = "scale"
title = { en = "Scale" }
source = "barometer"
items = ["trust_people", "trust_neighbours", "trust_institutions"]
statistic = "scale_pomp"
[[indicator]]
id = "single"
title = { en = "Single" }
source = "barometer"
items = ["belonging"]
statistic = "share_agree"
"#;
        let bank = QuestionBank::shipped().unwrap();
        let areas = crate::config::bank::IndexAreas::shipped().unwrap();
        let mut p = crate::diag::Problems::default();
        let set = IndicatorSet::parse(std::path::Path::new("s.toml"), src, &bank, &areas, &mut p).unwrap();
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
        let rows = summarise("A", &set, &diags);
        assert_eq!(rows[0].verdict, "weak reliability");
        assert_eq!(rows[0].alpha_median, Some(0.625));
        assert!(rows[0].reasons.contains("median α 0.62 < 0.70"), "{}", rows[0].reasons);
        assert_eq!(rows[1].verdict, "insensitive + redundant");
        assert!(rows[1].reasons.contains("MDC 9.0 > typical change 3.0"));
        assert!(rows[1].reasons.contains("0 of 10 changes significant"));
        assert!(rows[1].reasons.contains("|r| 0.95 > 0.90 with scale"));
        let md = markdown(&rows);
        assert!(md.contains("## A: s") && md.contains("**insensitive + redundant**"));
    }
}
