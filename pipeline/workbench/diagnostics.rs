//! Indicator-set diagnostics (docs/STORE.md `diagnostics`): one long table with a `kind`
//! column saying what each metric is about.
//!
//! Per city and wave, from respondent-level wave data:
//! - `reliability`: `alpha` (Cronbach's α over the POMP values of the items, listwise) and
//!   `item_rest:<item>` for every multi-item (`scale_pomp`) indicator, `n` = complete cases;
//! - `missingness`: `missing` (share of the wave's respondents without a value of the
//!   indicator: for a scale, fewer than half its items), `item_missing:<item>`, and per set
//!   `unit_missing` (indicator_id `*`: no answer to any item of the set's indicators);
//! - `floor_ceiling`: `floor` / `ceiling`, weighted share of respondents at the bottom /
//!   top of the scale (POMP 0 / 100; binary items are skipped, they are all at one end).
//!
//! From the estimates and changes (computed stage):
//! - `detectability`: `mdc` per city and wave, the minimum detectable change at 80% power and
//!   the per-test level α/m (m: the set's indicators of the source, the verdict family)
//!   assuming the next wave has the same SE (`stats::intervals`), with `n_eff` in `n`; across
//!   cities: `mdc_median`; per city `detectable_slope`, the trend slope a year the trend test
//!   detects at 80% power and α/m over the series since its latest break when it has 5 or
//!   more waves (`stats::metareg`: every wave at the latest SE, the fit's τ²; `n` = waves), and
//!   across cities `detectable_slope_median` (`n` = cities);
//! - `sensitivity`: `share_significant` (share of consecutive whole-population changes with
//!   q < α) per city and overall, `typical_change` (median |diff| of those changes), and
//!   across cities `true_change_sd`: √max(0, var(diffs) − mean(se_diff²)) over the
//!   consecutive whole-population changes that do not span a series break (sample variance,
//!   at least two changes; `n` = changes), and `responsiveness`, that SD over the median SE of
//!   those changes; and where trend tests run, `true_slope_rms`, the typical size of the true
//!   trend a year across cities, √max(0, mean(slope² − slope_se²)) (`n` = cities);
//! - `redundancy`: `corr_with:<other>` (Pearson) and `spearman_with:<other>` between the
//!   indicators of a set across city-waves of the same kind (≥ 5 pairs);
//! - `association`: `spearman_icc_index` (ρ with the aggregate ICC Index across cities, from
//!   `associations`) and its `_p`.
//!
//! Every value is finite or null (NaN never reaches the table).

use crate::config::bank::QuestionBank;
use crate::config::indicators::{IndicatorSet, Statistic};
use crate::stats::correlation::{pearson, spearman};
use crate::stats::intervals::minimum_detectable_change_t;
use crate::stats::metareg::{MIN_TREND_WAVES, detectable_slope, meta_regression, planned_slope_se};
use crate::stats::reliability::cronbach_alpha;
use crate::store::rows::{AssociationRow, ChangeRow, DiagRow, EstimateRow, WaveRow};
use crate::store::wide::{WaveData, indicator_values};
use crate::vocab::GroupDim;
use crate::vocab::{Comparison, DiagKind, DiagMetric, Source};
use std::collections::{BTreeMap, BTreeSet};

/// Power used for detectability.
pub const POWER: f64 = 0.8;
/// Fewest city-waves for a correlation between indicators.
pub const MIN_PAIRS: usize = 5;

fn fin(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// A metric, alone or about an item / another indicator.
trait Metric {
    fn split(self) -> (DiagMetric, Option<String>);
}
impl Metric for DiagMetric {
    fn split(self) -> (DiagMetric, Option<String>) {
        (self, None)
    }
}
impl Metric for (DiagMetric, &str) {
    fn split(self) -> (DiagMetric, Option<String>) {
        (self.0, Some(self.1.to_string()))
    }
}
impl Metric for (DiagMetric, Option<&str>) {
    fn split(self) -> (DiagMetric, Option<String>) {
        (self.0, self.1.map(str::to_string))
    }
}

#[allow(clippy::too_many_arguments)]
fn row(
    set: &str,
    ind: &str,
    kind: DiagKind,
    city: Option<&str>,
    wave: Option<&str>,
    metric: impl Metric,
    value: f64,
    n: Option<u64>,
) -> DiagRow {
    let (metric, other) = metric.split();
    DiagRow {
        set_id: set.into(),
        indicator_id: ind.into(),
        kind,
        city: city.map(str::to_string),
        wave: wave.map(str::to_string),
        metric,
        other,
        value: fin(value),
        n,
    }
}

fn share(hits: usize, n: usize) -> f64 {
    if n == 0 { f64::NAN } else { hits as f64 / n as f64 }
}

/// Respondent-level diagnostics of one wave.
pub fn wave_diagnostics(sets: &[IndicatorSet], meta: &WaveRow, data: &WaveData, bank: &QuestionBank) -> Vec<DiagRow> {
    let n = data.weight.len();
    let (c, w) = (Some(meta.city.as_str()), Some(meta.wave.as_str()));
    let mut out = Vec::new();
    for set in sets {
        let mut set_items: BTreeSet<&str> = BTreeSet::new();
        for ind in set.indicators.iter().filter(|i| i.source == meta.kind) {
            let Some(y) = indicator_values(ind, data) else { continue };
            set_items.extend(ind.items.iter().map(String::as_str));
            let id = ind.id.as_str();
            let missing = y.iter().filter(|v| v.is_none()).count();
            out.push(row(
                &set.id,
                id,
                DiagKind::Missingness,
                c,
                w,
                DiagMetric::Missing,
                share(missing, n),
                Some(n as u64),
            ));
            if ind.items.len() > 1 {
                for it in &ind.items {
                    let m = data
                        .items
                        .get(it)
                        .map_or(n, |d| d.value.iter().filter(|v| v.is_none()).count());
                    out.push(row(
                        &set.id,
                        id,
                        DiagKind::Missingness,
                        c,
                        w,
                        (DiagMetric::ItemMissing, it.as_str()),
                        share(m, n),
                        Some(n as u64),
                    ));
                }
            }
            if ind.statistic == Statistic::ScalePomp {
                let cols: Vec<Vec<Option<f64>>> = ind
                    .items
                    .iter()
                    .filter_map(|it| data.items.get(it).map(|d| d.pomp.clone()))
                    .collect();
                match cronbach_alpha(&cols) {
                    Some(a) => {
                        let nc = Some(a.n_complete as u64);
                        out.push(row(
                            &set.id,
                            id,
                            DiagKind::Reliability,
                            c,
                            w,
                            DiagMetric::Alpha,
                            a.alpha,
                            nc,
                        ));
                        for (it, r) in ind.items.iter().zip(&a.item_rest) {
                            out.push(row(
                                &set.id,
                                id,
                                DiagKind::Reliability,
                                c,
                                w,
                                (DiagMetric::ItemRest, it.as_str()),
                                *r,
                                nc,
                            ));
                        }
                    }
                    None => out.push(row(
                        &set.id,
                        id,
                        DiagKind::Reliability,
                        c,
                        w,
                        DiagMetric::Alpha,
                        f64::NAN,
                        None,
                    )),
                }
            }
            // Floor and ceiling on the POMP scale (binary items skipped).
            let binary = ind.items.iter().all(|it| bank.get(it).is_some_and(|b| b.binary));
            if !binary {
                let pomp: Vec<Option<f64>> = match ind.statistic {
                    Statistic::ScalePomp | Statistic::MeanPomp => y.clone(),
                    _ => ind
                        .items
                        .first()
                        .and_then(|it| data.items.get(it))
                        .map(|d| d.pomp.clone())
                        .unwrap_or_default(),
                };
                let (mut tw, mut lo, mut hi, mut k) = (0.0, 0.0, 0.0, 0u64);
                for (v, wt) in pomp.iter().zip(&data.weight) {
                    if let Some(v) = v {
                        tw += wt;
                        k += 1;
                        if *v <= 1e-9 {
                            lo += wt;
                        }
                        if *v >= 100.0 - 1e-9 {
                            hi += wt;
                        }
                    }
                }
                out.push(row(
                    &set.id,
                    id,
                    DiagKind::FloorCeiling,
                    c,
                    w,
                    DiagMetric::Floor,
                    lo / tw,
                    Some(k),
                ));
                out.push(row(
                    &set.id,
                    id,
                    DiagKind::FloorCeiling,
                    c,
                    w,
                    DiagMetric::Ceiling,
                    hi / tw,
                    Some(k),
                ));
            }
        }
        if !set_items.is_empty() {
            let none = (0..n)
                .filter(|&r| {
                    set_items
                        .iter()
                        .all(|it| data.items.get(*it).is_none_or(|d| d.value[r].is_none()))
                })
                .count();
            out.push(row(
                &set.id,
                "*",
                DiagKind::Missingness,
                c,
                w,
                DiagMetric::UnitMissing,
                share(none, n),
                Some(n as u64),
            ));
        }
    }
    out
}

/// The per-test level of each (set, source): α/m with m the set's indicators of that source
/// (the size of a verdict family), the level a test must pass under Benjamini–Hochberg when
/// one indicator of the family truly moves and the others do not.
pub fn per_test_alpha(sets: &[IndicatorSet], alpha: f64) -> BTreeMap<(&str, Source), f64> {
    let mut m: BTreeMap<(&str, Source), usize> = BTreeMap::new();
    for s in sets {
        for i in &s.indicators {
            *m.entry((s.id.as_str(), i.source)).or_default() += 1;
        }
    }
    m.into_iter().map(|(k, n)| (k, alpha / n.max(1) as f64)).collect()
}

/// Diagnostics from estimates, changes and associations.
pub fn estimate_diagnostics(
    sets: &[IndicatorSet],
    estimates: &[EstimateRow],
    changes: &[ChangeRow],
    associations: &[AssociationRow],
    alpha: f64,
) -> Vec<DiagRow> {
    let mut out = Vec::new();
    let ids: BTreeSet<&str> = sets.iter().map(|s| s.id.as_str()).collect();
    let whole = |r: &&EstimateRow| ids.contains(r.set_id.as_str()) && r.group_dim == GroupDim::All;
    // Detectability, at the per-test level BH demands when one indicator of a verdict family
    // truly moves: α* = α/m, m = the set's indicators of the estimate's source.
    let per_test = per_test_alpha(sets, alpha);
    let alpha_of = |set: &str, kind: Source| per_test.get(&(set, kind)).copied().unwrap_or(alpha);
    let mut mdcs: BTreeMap<(&str, &str), Vec<f64>> = BTreeMap::new();
    for r in estimates.iter().filter(whole) {
        if let (Some(se), Some(df), false) = (r.se, r.df, r.kind == Source::Index) {
            // Two waves like this one: df₁ + df₂ design degrees of freedom (docs/METHODS.md).
            let m = minimum_detectable_change_t(se, se, f64::from(2 * df), alpha_of(&r.set_id, r.kind), POWER);
            mdcs.entry((&r.set_id, &r.indicator_id)).or_default().push(m);
            out.push(DiagRow {
                n: r.n_eff.map(|x| x.round() as u64),
                ..row(
                    &r.set_id,
                    &r.indicator_id,
                    DiagKind::Detectability,
                    Some(&r.city),
                    Some(&r.wave),
                    DiagMetric::Mdc,
                    m,
                    None,
                )
            });
        }
    }
    for ((s, i), v) in mdcs {
        let k = v.len() as u64;
        out.push(row(
            s,
            i,
            DiagKind::Detectability,
            None,
            None,
            DiagMetric::MdcMedian,
            crate::stats::descriptive::median(&v).unwrap_or(f64::NAN),
            Some(k),
        ));
    }
    // Trend detectability: each city's whole-population series since its latest break (the
    // segment a trend test would use; breaks as flagged in `changes`).
    let breaks: BTreeSet<(&str, &str, &str, Source, &str)> = changes
        .iter()
        .filter(|c| c.series_break && c.group_dim == GroupDim::All && c.comparison == Comparison::Consecutive)
        .map(|c| {
            (
                c.set_id.as_str(),
                c.indicator_id.as_str(),
                c.city.as_str(),
                c.kind,
                c.wave_to.as_str(),
            )
        })
        .collect();
    let mut series: BTreeMap<(&str, &str, &str, Source), Vec<&EstimateRow>> = BTreeMap::new();
    for r in estimates.iter().filter(whole) {
        if r.estimate.is_some() && r.kind != Source::Index {
            series
                .entry((&r.set_id, &r.indicator_id, &r.city, r.kind))
                .or_default()
                .push(r);
        }
    }
    let mut slopes: BTreeMap<(&str, &str), Vec<f64>> = BTreeMap::new();
    // (slope², SE²) of each city's fitted trend, for the typical size of the true trend.
    let mut observed: BTreeMap<(&str, &str), Vec<f64>> = BTreeMap::new();
    for ((s, i, city, kind), mut v) in series {
        v.sort_by(|a, b| (a.date, &a.wave).cmp(&(b.date, &b.wave)));
        let start = v
            .iter()
            .rposition(|r| breaks.contains(&(s, i, city, kind, r.wave.as_str())))
            .unwrap_or(0);
        let seg = &v[start..];
        // Only where the trend test runs (5 or more waves since the break), with its τ².
        let times: Vec<f64> = seg.iter().map(|r| crate::config::decimal_year(r.date.0)).collect();
        let ys: Vec<f64> = seg.iter().map(|r| r.estimate.unwrap_or(f64::NAN)).collect();
        let ses: Vec<f64> = seg.iter().map(|r| r.se.unwrap_or(f64::NAN)).collect();
        let fit = (seg.len() >= MIN_TREND_WAVES)
            .then(|| meta_regression(&times, &ys, &ses))
            .flatten();
        let (Some(se), Some(fit)) = (seg.last().and_then(|r| r.se), fit) else {
            continue;
        };
        let b = detectable_slope(planned_slope_se(se, fit.tau2, &times), seg.len(), alpha_of(s, kind));
        if fit.slope_se.is_finite() {
            observed
                .entry((s, i))
                .or_default()
                .push(fit.slope * fit.slope - fit.slope_se * fit.slope_se);
        }
        if b.is_finite() {
            slopes.entry((s, i)).or_default().push(b);
        }
        out.push(row(
            s,
            i,
            DiagKind::Detectability,
            Some(city),
            None,
            DiagMetric::DetectableSlope,
            b,
            Some(seg.len() as u64),
        ));
    }
    for ((s, i), v) in slopes {
        out.push(row(
            s,
            i,
            DiagKind::Detectability,
            None,
            None,
            DiagMetric::DetectableSlopeMedian,
            crate::stats::descriptive::median(&v).unwrap_or(f64::NAN),
            Some(v.len() as u64),
        ));
    }
    for ((s, i), v) in observed {
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        out.push(row(
            s,
            i,
            DiagKind::Sensitivity,
            None,
            None,
            DiagMetric::TrueSlopeRms,
            mean.max(0.0).sqrt(),
            Some(v.len() as u64),
        ));
    }
    // True-change variance across cities (docs/METHODS.md "Detectability"): the observed
    // variance of consecutive changes less the mean sampling variance of a change.
    let mut true_change: BTreeMap<(&str, &str), Vec<(f64, f64)>> = BTreeMap::new();
    for ch in changes.iter().filter(|c| {
        ids.contains(c.set_id.as_str())
            && c.group_dim == GroupDim::All
            && c.comparison == Comparison::Consecutive
            && !c.series_break
    }) {
        if let Some(se) = ch.se_diff {
            true_change
                .entry((&ch.set_id, &ch.indicator_id))
                .or_default()
                .push((ch.diff, se));
        }
    }
    for ((s, i), v) in true_change {
        let sd = true_change_variance(&v).map_or(f64::NAN, f64::sqrt);
        out.push(row(
            s,
            i,
            DiagKind::Sensitivity,
            None,
            None,
            DiagMetric::TrueChangeSd,
            sd,
            Some(v.len() as u64),
        ));
        let ses: Vec<f64> = v.iter().map(|x| x.1).collect();
        let se = crate::stats::descriptive::median(&ses).unwrap_or(f64::NAN);
        out.push(row(
            s,
            i,
            DiagKind::Sensitivity,
            None,
            None,
            DiagMetric::Responsiveness,
            if se > 0.0 { sd / se } else { f64::NAN },
            Some(v.len() as u64),
        ));
    }
    // Sensitivity: consecutive whole-population changes.
    type Sig = (usize, usize, Vec<f64>);
    let mut sig: BTreeMap<(&str, &str, Option<&str>), Sig> = BTreeMap::new();
    for ch in changes.iter().filter(|c| {
        ids.contains(c.set_id.as_str()) && c.group_dim == GroupDim::All && c.comparison == Comparison::Consecutive
    }) {
        for city in [Some(ch.city.as_str()), None] {
            let e = sig.entry((&ch.set_id, &ch.indicator_id, city)).or_default();
            if let Some(s) = ch.significant {
                e.0 += 1;
                e.1 += usize::from(s);
            }
            e.2.push(ch.diff.abs());
        }
    }
    for ((s, i, city), (tested, hits, diffs)) in sig {
        out.push(row(
            s,
            i,
            DiagKind::Sensitivity,
            city,
            None,
            DiagMetric::ShareSignificant,
            share(hits, tested),
            Some(tested as u64),
        ));
        let k = diffs.len() as u64;
        out.push(row(
            s,
            i,
            DiagKind::Sensitivity,
            city,
            None,
            DiagMetric::TypicalChange,
            crate::stats::descriptive::median(&diffs).unwrap_or(f64::NAN),
            Some(k),
        ));
    }
    // Redundancy: correlations across city-waves of the same kind.
    for set in sets {
        let mut vals: BTreeMap<&str, BTreeMap<(&str, &str, &str), f64>> = BTreeMap::new();
        for r in estimates
            .iter()
            .filter(|r| r.set_id == set.id && r.group_dim == GroupDim::All)
        {
            if let Some(e) = r.estimate {
                vals.entry(&r.indicator_id)
                    .or_default()
                    .insert((r.kind.as_str(), r.city.as_str(), r.wave.as_str()), e);
            }
        }
        for a in &set.indicators {
            for b in set.indicators.iter().filter(|b| b.id != a.id) {
                let (Some(va), Some(vb)) = (vals.get(a.id.as_str()), vals.get(b.id.as_str())) else {
                    continue;
                };
                let (x, y): (Vec<f64>, Vec<f64>) = va.iter().filter_map(|(k, x)| vb.get(k).map(|y| (*x, *y))).unzip();
                if x.len() < MIN_PAIRS {
                    continue;
                }
                let k = Some(x.len() as u64);
                let p = pearson(&x, &y).unwrap_or(f64::NAN);
                let s = spearman(&x, &y).map_or(f64::NAN, |s| s.rho);
                out.push(row(
                    &set.id,
                    &a.id,
                    DiagKind::Redundancy,
                    None,
                    None,
                    (DiagMetric::CorrWith, b.id.as_str()),
                    p,
                    k,
                ));
                out.push(row(
                    &set.id,
                    &a.id,
                    DiagKind::Redundancy,
                    None,
                    None,
                    (DiagMetric::SpearmanWith, b.id.as_str()),
                    s,
                    k,
                ));
            }
        }
    }
    // Association with the aggregate ICC Index.
    for a in associations
        .iter()
        .filter(|a| ids.contains(a.set_id.as_str()) && a.index_measure == "aggregate")
    {
        let k = Some(u64::from(a.n_cities));
        // Barometer indicators name no kind; others name theirs in `other`.
        let other = (a.kind != Source::Barometer).then(|| a.kind.as_str());
        out.push(row(
            &a.set_id,
            &a.indicator_id,
            DiagKind::Association,
            None,
            None,
            (DiagMetric::SpearmanIccIndex, other),
            a.rho.unwrap_or(f64::NAN),
            k,
        ));
        out.push(row(
            &a.set_id,
            &a.indicator_id,
            DiagKind::Association,
            None,
            None,
            (DiagMetric::SpearmanIccIndexP, other),
            a.p_value.unwrap_or(f64::NAN),
            k,
        ));
    }
    out
}

/// Variance of the true change from observed changes and their SEs: the sample variance
/// (n − 1) of the diffs less the mean of se_diff², floored at 0; None with fewer than two.
pub fn true_change_variance(changes: &[(f64, f64)]) -> Option<f64> {
    let n = changes.len();
    if n < 2 {
        return None;
    }
    let mean = changes.iter().map(|c| c.0).sum::<f64>() / n as f64;
    let var = changes.iter().map(|c| (c.0 - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
    let noise = changes.iter().map(|c| c.1 * c.1).sum::<f64>() / n as f64;
    Some((var - noise).max(0.0))
}

/// Sort key: identical tables whatever the thread count.
pub fn sort(rows: &mut [DiagRow]) {
    rows.sort_by(|a, b| {
        (&a.set_id, &a.indicator_id, a.kind, &a.city, &a.wave, a.metric, &a.other).cmp(&(
            &b.set_id,
            &b.indicator_id,
            b.kind,
            &b.city,
            &b.wave,
            b.metric,
            &b.other,
        ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn est(ind: &str, city: &str, wave: &str, e: f64, se: f64) -> EstimateRow {
        EstimateRow {
            wave: wave.into(),
            n: Some(400),
            n_eff: Some(400.0),
            df: Some(10),
            ci_low: None,
            ci_high: None,
            ..crate::store::rows::test_estimate(ind, city, 0, e, se)
        }
    }

    fn set() -> IndicatorSet {
        let src = r#"
id = "s"
title = { en = "S" }
[[indicator]]
id = "a"
title = { en = "A" }
source = "barometer"
items = ["trust_people"]
statistic = "share_agree"
[[indicator]]
id = "b"
title = { en = "B" }
source = "barometer"
items = ["belonging"]
statistic = "share_agree"
"#;
        let bank = QuestionBank::shipped().unwrap();
        let areas = crate::config::bank::IndexAreas::shipped().unwrap();
        let mut p = crate::diag::Problems::default();
        IndicatorSet::parse(std::path::Path::new("s.toml"), src, &bank, &areas, &mut p).unwrap()
    }

    #[test]
    fn mdc_and_redundancy_by_hand() {
        // SE 2.5 points in both waves, df 10 each (so 20 for the change), two barometer
        // indicators in the set, so the per-test level is α/2 = 0.025: MDC =
        // (t(20, 1 − 0.0125) + t(20, 0.8)) · √(2.5² + 2.5²) = 11.607444119319156 points (R 4.2.2:
        // (qt(1 - 0.0125, 20) + qt(0.8, 20)) * sqrt(2) * 2.5).
        // b = 2·a + 1 exactly over six city-waves: Pearson = Spearman = 1.
        let mut rows = Vec::new();
        for (i, city) in ["P", "Q", "R", "S", "T", "U"].iter().enumerate() {
            let a = 30.0 + 3.0 * i as f64 + (i % 2) as f64;
            rows.push(est("a", city, "1", a, 2.5));
            rows.push(est("b", city, "1", 2.0 * a + 1.0, 2.5));
        }
        let d = estimate_diagnostics(&[set()], &rows, &[], &[], 0.05);
        let get = |ind: &str, metric: &str| {
            let (m, other) = metric.split_once(':').map_or((metric, None), |(m, o)| (m, Some(o)));
            d.iter()
                .find(|r| r.indicator_id == ind && r.metric.as_str() == m && r.other.as_deref() == other)
                .and_then(|r| r.value)
        };
        assert!((get("a", "mdc").unwrap() - 11.607444119319156).abs() < 1e-9);
        assert!((get("a", "mdc_median").unwrap() - 11.607444119319156).abs() < 1e-9);
        assert!((get("a", "corr_with:b").unwrap() - 1.0).abs() < 1e-12);
        assert!((get("b", "spearman_with:a").unwrap() - 1.0).abs() < 1e-12);
    }

    fn change(ind: &str, city: &str, from: &str, to: &str, diff: f64, se: f64, brk: bool) -> ChangeRow {
        ChangeRow {
            set_id: "s".into(),
            indicator_id: ind.into(),
            city: city.into(),
            kind: Source::Barometer,
            group_dim: GroupDim::All,
            group_value: "all".into(),
            wave_from: from.into(),
            wave_to: to.into(),
            estimate_from: 50.0,
            estimate_to: 50.0 + diff,
            diff,
            se_diff: Some(se),
            df: Some(20),
            t: Some(diff / se),
            p_value: None,
            q_value: None,
            significant: None,
            ci_low: None,
            ci_high: None,
            ci_adj_low: None,
            ci_adj_high: None,
            equivalent: None,
            comparison: Comparison::Consecutive,
            series_break: brk,
            break_note: None,
        }
    }

    #[test]
    fn true_change_variance_by_hand() {
        // diffs 2, −1, 4, 3 (mean 2; squared deviations 0 + 9 + 4 + 1 = 14; sample variance
        // 14/3) with se_diff 1, 1, 2, 2 (mean se² = 10/4 = 2.5): 14/3 − 2.5 = 13/6.
        let v = true_change_variance(&[(2.0, 1.0), (-1.0, 1.0), (4.0, 2.0), (3.0, 2.0)]).unwrap();
        assert!((v - 13.0 / 6.0).abs() < 1e-12, "{v}");
        // Pure noise: var(diffs) = 2 < mean se² = 9, floored at 0.
        assert_eq!(true_change_variance(&[(1.0, 3.0), (-1.0, 3.0)]), Some(0.0));
        assert_eq!(true_change_variance(&[(1.0, 3.0)]), None);
    }

    #[test]
    fn true_change_sd_and_detectable_slope_are_wired_and_respect_breaks() {
        // Two cities, six waves on days 0, 730, 1461, 2191, 2922, 3652 (decimal years
        // 1970 + d/365.25), SE 2 at every wave, values 50 ± 0.1 (τ² = 0: metafor 3.8.1 REML).
        // P has a series break before wave 3, so its trend segment (4 waves) gets no trend test
        // and no detectable slope; Q's is all six waves: with two barometer indicators the
        // per-test level is 0.025, and (qt(1 - 0.0125, 4) + qt(0.8, 4)) · √(2²/Σ(tᵢ − t̄)²) =
        // 1.0605575925405668 (R 4.2.2). The median over cities is Q's alone.
        let days = [0, 730, 1461, 2191, 2922, 3652];
        let wiggle = [0.0, 0.1, -0.1, 0.0, 0.1, -0.1];
        let mut rows = Vec::new();
        for city in ["P", "Q"] {
            for (k, d) in days.iter().enumerate() {
                let mut r = est("a", city, &(k + 1).to_string(), 50.0 + wiggle[k], 2.0);
                r.date = crate::store::schema::Day(*d);
                rows.push(r);
            }
        }
        // The break's change (diff 30) is left out of the true-change variance; the others are
        // the hand case of `true_change_variance_by_hand`: √(13/6) = 1.4719601443879744, and
        // responsiveness that over the median se_diff of those changes (1, 1, 2, 2: 1.5).
        let changes = vec![
            change("a", "P", "1", "2", 2.0, 1.0, false),
            change("a", "P", "2", "3", 30.0, 1.0, true),
            change("a", "P", "3", "4", -1.0, 1.0, false),
            change("a", "Q", "1", "2", 4.0, 2.0, false),
            change("a", "Q", "2", "3", 3.0, 2.0, false),
        ];
        let d = estimate_diagnostics(&[set()], &rows, &changes, &[], 0.05);
        let get = |city: Option<&str>, m: DiagMetric| {
            d.iter()
                .find(|r| r.indicator_id == "a" && r.metric == m && r.city.as_deref() == city)
                .map(|r| (r.value.unwrap(), r.n.unwrap()))
        };
        assert_eq!(get(Some("P"), DiagMetric::DetectableSlope), None);
        let (q, nq) = get(Some("Q"), DiagMetric::DetectableSlope).expect("Q");
        assert!((q - 1.0605575925405668).abs() < 1e-9 && nq == 6, "{q} {nq}");
        let (m, k) = get(None, DiagMetric::DetectableSlopeMedian).expect("median");
        assert!((m - 1.0605575925405668).abs() < 1e-9 && k == 1, "{m} {k}");
        let (sd, n) = get(None, DiagMetric::TrueChangeSd).expect("sd");
        assert!((sd - 1.4719601443879744).abs() < 1e-12 && n == 4, "{sd} {n}");
        let (r, _) = get(None, DiagMetric::Responsiveness).expect("responsiveness");
        assert!((r - 1.4719601443879744 / 1.5).abs() < 1e-12, "{r}");
        // Q's flat series: its slope is smaller than its SE, so the true trend is 0.
        assert_eq!(get(None, DiagMetric::TrueSlopeRms), Some((0.0, 1)));
    }

    #[test]
    fn median_and_share_are_null_safe() {
        assert_eq!(
            row(
                "s",
                "i",
                DiagKind::Sensitivity,
                None,
                None,
                DiagMetric::ShareSignificant,
                share(0, 0),
                None
            )
            .value,
            None
        );
    }
}
