//! Indicator estimates (docs/METHODS.md, `estimates` table): for every indicator × city × wave ×
//! group, the design-based weighted estimate, its SE, CI, n, n_eff, design effect and
//! suppression. Index indicators come straight from `index_scores`.
//!
//! Two stages (docs/SCALE.md): `analysis::sufficient` reduces `responses` to sums per
//! indicator × wave × group × (stratum, PSU); each wave is then estimated from its sums alone
//! (`stats::sufficient`). Results are sorted by key before writing, so the table is identical
//! whatever the thread count.

use crate::analysis::sufficient::WaveSums;
use crate::config::indicators::{Indicator, IndicatorSet, Source, Statistic};
use crate::stats::intervals::{korn_graubard, t_ci};
use crate::stats::sufficient::{CellSums, WaveDesign, difference_from_sums, mean_from_sums};
use crate::stats::survey::{Design, MeanEstimate};
use crate::store::rows::{EstimateRow, IndexScoreRow, WaveRow};
use crate::store::schema::Day;
use crate::store::wide::{WaveData, indicator_values};
use crate::vocab::Flag;
use crate::vocab::GroupDim;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Joint-linearisation SE of each group's difference to the reference group of its dimension
/// (R `svycontrast` on `svyby(..., covmat = TRUE)`), keyed by the group row's
/// [`gap_key`]: (reference group, SE). `gaps` uses it; it is not a column of `estimates`.
pub type GapSe = HashMap<GapKey, (String, f64)>;

/// (set, indicator, city, kind, wave, group_dim, group_value) of an estimate row.
pub type GapKey = (String, String, String, Source, String, GroupDim, String);

/// The [`GapSe`] key of a row.
pub fn gap_key(r: &EstimateRow) -> GapKey {
    (
        r.set_id.clone(),
        r.indicator_id.clone(),
        r.city.clone(),
        r.kind,
        r.wave.clone(),
        r.group_dim,
        r.group_value.clone(),
    )
}

/// Estimates of one wave.
#[derive(Default)]
pub struct WaveEstimates {
    /// Rows of `estimates`.
    pub rows: Vec<EstimateRow>,
    /// (set, indicators, why): per set, the indicators (comma-separated) the wave cannot give,
    /// with the items it did not ask (or why it has no respondents).
    pub missing: Vec<(String, String, String)>,
    /// Gap SEs of the wave's group rows.
    pub gap_se: Vec<(GapKey, (String, f64))>,
}

/// Fewest effective respondents (n*ₐ) behind a shown share, and the widest shown interval
/// of a share in points (NCHS Data Presentation Standards for Proportions, 2017).
pub const MIN_N_EFF_KG: f64 = 30.0;
/// See [`MIN_N_EFF_KG`].
pub const MAX_SHARE_CI_WIDTH: f64 = 30.0;
/// Fewer design degrees of freedom than this flag an estimate `low_df` (NCHS 2017).
pub const LOW_DF: u32 = 8;

/// What a report may show of one estimate (docs/METHODS.md "What is shown").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Presentation {
    /// The 95% interval: Korn–Graubard for shares, t with the design df otherwise.
    pub ci: (f64, f64),
    /// Korn–Graubard n*ₐ (shares only).
    pub n_eff_kg: Option<f64>,
    /// Not shown.
    pub suppressed: bool,
    /// Reliability flag of a shown estimate.
    pub flag: Flag,
}

/// Interval, suppression and flag of one domain estimate (docs/METHODS.md "Shares", "Means and
/// scores", "What is shown"): suppressed when n < `min_n`, or for a share when n*ₐ < 30 or
/// the interval is 30 points wide or more; otherwise `low_df` when df < 8, else
/// `wide_interval` for a share whose interval is wider than 5 points and wider than
/// 1.3 × min(p, 100 − p), else `ok`.
pub fn presentation(statistic: Statistic, e: &MeanEstimate, min_n: u64) -> Presentation {
    let df = e.df.max(1.0);
    let share = statistic == Statistic::ShareAgree;
    let (ci, n_eff_kg) = if share {
        let kg = korn_graubard((e.estimate / 100.0).clamp(0.0, 1.0), e.se / 100.0, e.n, df);
        (
            (kg.low * 100.0, kg.high * 100.0),
            Some(kg.n_star_adj).filter(|x| x.is_finite()),
        )
    } else {
        (t_ci(e.estimate, e.se, df, 0.95), None)
    };
    let width = ci.1 - ci.0;
    let suppressed = (e.n as u64) < min_n
        || (share && (n_eff_kg.is_none_or(|k| k < MIN_N_EFF_KG) || width.is_nan() || width >= MAX_SHARE_CI_WIDTH));
    let flag = if (df as u32) < LOW_DF {
        Flag::LowDf
    } else if share && width > 5.0 && width > 1.3 * e.estimate.min(100.0 - e.estimate) {
        Flag::WideInterval
    } else {
        Flag::Ok
    };
    Presentation {
        ci,
        n_eff_kg,
        suppressed,
        flag,
    }
}

/// The local mapping of an indicator's items in a wave (from `waves.item_mappings`).
fn indicator_mapping(ind: &Indicator, meta: &WaveRow) -> Option<String> {
    let lines: Vec<&str> = ind
        .items
        .iter()
        .filter_map(|it| {
            meta.item_mappings
                .lines()
                .find(|l| l.split_once(": ").is_some_and(|(i, _)| i == it))
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("; "))
}

/// A wave raked to population margins (`calibrated_by`): each raking dimension's categories
/// per respondent, and the raked weights standing for the weights after each margin's step
/// of R's last sweep (equal to them within the convergence tolerance, 1e-9 of the total).
fn raked_margins(
    meta: &WaveRow,
    data: &WaveData,
) -> Option<(Vec<Vec<Option<usize>>>, crate::stats::calibrate::RakeResult)> {
    let dims = data.raking_dims(meta.calibrated_by.as_deref()?)?;
    let n = dims.len();
    Some((
        dims,
        crate::stats::calibrate::RakeResult {
            weights: data.weight.clone(),
            iterations: 0,
            margin_weights: vec![data.weight.clone(); n],
        },
    ))
}

/// The domain means of a raked wave (`waves.calibrated_by`), from its respondents: the SE
/// needs the calibration residuals (R `rake()` + `svymean`), which the cell sums do not
/// carry. `None` for a wave that was not raked.
pub struct Raked<'a> {
    data: &'a WaveData,
    dims: Vec<Vec<Option<usize>>>,
    rake: crate::stats::calibrate::RakeResult,
}

impl<'a> Raked<'a> {
    /// The raking of `meta`'s wave, when it was raked.
    pub fn of(meta: &WaveRow, data: &'a WaveData) -> Option<Self> {
        raked_margins(meta, data).map(|(dims, rake)| Raked { data, dims, rake })
    }

    fn mean(&self, ind: &Indicator, dim: GroupDim, val: &str) -> Option<MeanEstimate> {
        let y = indicator_values(ind, self.data)?;
        let mask = self.data.domain(dim, val);
        let design = Design {
            weight: &self.data.weight,
            strata: self.data.strata.as_deref(),
            psu: self.data.psu.as_deref(),
        };
        crate::stats::calibrate::raked_mean(&design, &y, mask.as_deref(), &self.dims, &self.rake)
    }
}

/// A wave's own replicate weights (manifest `replicate_weights`) with its respondents: every
/// estimate and gap of such a wave takes its SE from them and its df from their rank
/// (docs/METHODS.md "Replicate weights"), as R `svymean`/`svyby`/`svycontrast` on the
/// `svrepdesign` and `degf()` of it restricted to the respondents who count.
pub struct OwnReplicates<'a> {
    data: &'a WaveData,
    reps: &'a crate::store::wide::UserReplicates,
}

impl<'a> OwnReplicates<'a> {
    /// The replicate weights of a wave, when it has its own.
    pub fn of(data: &'a WaveData) -> Option<Self> {
        data.replicates.as_ref().map(|reps| OwnReplicates { data, reps })
    }

    /// The respondents of a domain (all when the dimension is `all`).
    fn domain(&self, dim: GroupDim, val: &str) -> Vec<bool> {
        self.data
            .domain(dim, val)
            .unwrap_or_else(|| vec![true; self.data.weight.len()])
    }

    /// (replicate SE, df) of the domain mean of `y`: df = rank of the replicate weights of
    /// the domain's respondents with a value − 1 (R `degf()` of the subset), at least 1.
    fn se_df(&self, y: &[Option<f64>], dim: GroupDim, val: &str) -> Option<(f64, f64)> {
        let dom = self.domain(dim, val);
        let (_, se) = self.reps.mean_se(y, Some(&dom), &self.data.weight)?;
        let counts = |i: usize| dom[i] && y[i].is_some_and(f64::is_finite);
        let rank = crate::stats::replicates::replicate_rank(&self.reps.weights, counts);
        se.is_finite().then_some((se, (rank as f64 - 1.0).max(1.0)))
    }

    /// Replicate SE of each group's difference to the reference group of its dimension (R
    /// `svycontrast` on `svyby(..., covmat = TRUE)` of the replicate design), as
    /// [`joint_gap_se`] does from the linearisation.
    fn gap_se(&self, rows: &[EstimateRow], y: &[Option<f64>]) -> Vec<(GapKey, (String, f64))> {
        gap_pairs(rows)
            .into_iter()
            .filter_map(|(row, reference)| {
                let (a, b) = (
                    self.domain(row.group_dim, &row.group_value),
                    self.domain(row.group_dim, &reference),
                );
                let se = self.reps.difference_se(y, &a, &b, &self.data.weight)?;
                se.is_finite().then(|| (gap_key(row), (reference, se)))
            })
            .collect()
    }
}

/// Estimate every indicator of `sets` with a survey/barometer source on one wave, from the
/// wave's stage-1 sums (`analysis::sufficient`; `None` when the wave has no respondents).
/// Returns the rows, the indicators that could not be computed (item not asked) and the gap
/// SEs of the group rows.
///
/// An indicator is computed when the wave asked all of its items (`waves.items`) and has
/// respondents; every domain present in the wave gets a row (n = 0 and suppressed when no
/// respondent of the domain has a value).
/// A raked wave's domain means come from its respondents instead (`raked`, see [`Raked`]);
/// its gap SEs still come from the sums (the joint linearisation without the calibration).
/// A wave with its own replicate weights (`own`, see [`OwnReplicates`]) takes every SE, df
/// and gap SE from them; its interval, suppression and flag follow from those.
pub fn estimate_wave(
    sets: &[IndicatorSet],
    meta: &WaveRow,
    sums: Option<&WaveSums>,
    raked: Option<&Raked>,
    own: Option<&OwnReplicates>,
    min_n: u64,
) -> WaveEstimates {
    let asked: BTreeSet<&str> = match sums {
        Some(_) => meta.items.split(',').map(str::trim).filter(|s| !s.is_empty()).collect(),
        None => BTreeSet::new(),
    };
    let none = BTreeMap::new();
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    let mut gap_se = Vec::new();
    for set in sets {
        // Indicators of this set the wave cannot give, and the items it did not ask: one note
        // per set and wave, not one per indicator.
        let mut not_computed: Vec<&str> = Vec::new();
        let mut not_asked: BTreeSet<&str> = BTreeSet::new();
        for ind in &set.indicators {
            if ind.source != meta.kind {
                continue;
            }
            let absent: Vec<&str> = ind
                .items
                .iter()
                .filter(|i| !asked.contains(i.as_str()))
                .map(String::as_str)
                .collect();
            let Some(sums) = sums.filter(|_| absent.is_empty()) else {
                not_computed.push(ind.id.as_str());
                not_asked.extend(absent);
                continue;
            };
            let cells = sums.cells.get(&(set.id.clone(), ind.id.clone())).unwrap_or(&none);
            let of = |dim: GroupDim, val: &str| cells.get(&(dim, val.to_string())).map_or(&[][..], Vec::as_slice);
            let first = rows.len();
            let mapping = indicator_mapping(ind, meta);
            let own_y = own.and_then(|o| Some((o, indicator_values(ind, o.data)?)));
            for (dim, val) in &sums.domains {
                let mut est = match raked {
                    // Raked weights: SE with the calibration residuals, as R rake() + svymean.
                    Some(r) => r.mean(ind, *dim, val),
                    None => mean_from_sums(&sums.design, of(*dim, val)),
                };
                let mut se_replicate = None;
                if let (Some(e), Some((o, y))) = (est.as_mut(), &own_y) {
                    // The wave's own replicate weights carry its design: their SE and df.
                    if let Some((se, df)) = o.se_df(y, *dim, val) {
                        if e.se > 0.0 {
                            e.deff *= (se / e.se).powi(2);
                        }
                        (e.se, e.df) = (se, df);
                        se_replicate = Some(se);
                    }
                }
                let mut row = EstimateRow {
                    set_id: set.id.clone(),
                    indicator_id: ind.id.clone(),
                    statistic: ind.statistic,
                    city: meta.city.clone(),
                    kind: meta.kind,
                    wave: meta.wave.clone(),
                    date: meta.date,
                    survey_id: Some(meta.survey_id.clone()),
                    mode: meta.mode,
                    index_version: None,
                    series_version: meta.series_version.clone(),
                    series_continuous: meta.series_continuous,
                    mapping: mapping.clone(),
                    group_dim: *dim,
                    group_value: val.clone(),
                    n: Some(0),
                    n_eff: None,
                    n_eff_kg: None,
                    df: None,
                    estimate: None,
                    se: None,
                    ci_low: None,
                    ci_high: None,
                    deff: None,
                    suppressed: true,
                    flag: None,
                    se_replicate: None,
                };
                if let Some(e) = est {
                    let shown = presentation(ind.statistic, &e, min_n);
                    row.n = Some(e.n as u64);
                    row.n_eff = Some(e.n_eff);
                    row.n_eff_kg = shown.n_eff_kg;
                    row.df = Some(e.df as u32);
                    if !shown.suppressed {
                        let finite = |x: f64| x.is_finite().then_some(x);
                        row.estimate = finite(e.estimate);
                        row.se = finite(e.se);
                        row.ci_low = finite(shown.ci.0);
                        row.ci_high = finite(shown.ci.1);
                        row.deff = e.deff.is_finite().then_some(e.deff);
                        row.suppressed = false;
                        row.flag = Some(shown.flag);
                        row.se_replicate = se_replicate;
                    }
                }
                rows.push(row);
            }
            gap_se.extend(match &own_y {
                Some((o, y)) => o.gap_se(&rows[first..], y),
                None => joint_gap_se(&rows[first..], &sums.design, &of),
            });
        }
        if !not_computed.is_empty() {
            // A wave whose rows were all rejected asked its items; it has no respondents.
            let why = match meta.accepted {
                0 if meta.rows_in > 0 => format!(
                    "{} {}: all {} rows of the wave were rejected (kept with --allow-rejects), so it has no estimates",
                    meta.city, meta.wave, meta.rows_in
                ),
                0 => format!("{} {}: the wave's data file has no rows", meta.city, meta.wave),
                _ => format!(
                    "{} {}: item(s) {} not asked",
                    meta.city,
                    meta.wave,
                    not_asked.into_iter().collect::<Vec<_>>().join(", ")
                ),
            };
            missing.push((set.id.clone(), not_computed.join(", "), why));
        }
    }
    WaveEstimates { rows, missing, gap_se }
}

/// The reference group of a dimension among its non-suppressed rows: "no" when present
/// (migrant background: yes − no), otherwise the largest group (ties: the first by name).
pub fn reference_group<'a>(rows: &[&'a EstimateRow]) -> Option<&'a EstimateRow> {
    rows.iter().find(|r| r.group_value == "no").copied().or_else(|| {
        rows.iter()
            .copied()
            .max_by(|a, b| (a.n, &b.group_value).cmp(&(b.n, &a.group_value)))
    })
}

/// The group rows of one indicator and wave with the joint-linearisation SE of their
/// difference to the reference group (R `svycontrast` on `svyby(..., covmat = TRUE)`), from
/// the domains' cells.
fn joint_gap_se<'c>(
    rows: &[EstimateRow],
    design: &WaveDesign,
    cells: &dyn Fn(GroupDim, &str) -> &'c [CellSums],
) -> Vec<(GapKey, (String, f64))> {
    gap_pairs(rows)
        .into_iter()
        .filter_map(|(r, reference)| {
            let (_, se) = difference_from_sums(
                design,
                cells(r.group_dim, &r.group_value),
                cells(r.group_dim, &reference),
            )?;
            Some((gap_key(r), (reference, se)))
        })
        .collect()
}

/// Each group row with an estimate and the reference group of its dimension
/// ([`reference_group`]), for dimensions with at least two groups with an estimate.
fn gap_pairs(rows: &[EstimateRow]) -> Vec<(&EstimateRow, String)> {
    let mut out = Vec::new();
    for dim in GroupDim::DIMS {
        let valid: Vec<&EstimateRow> = rows
            .iter()
            .filter(|r| r.group_dim == dim && r.estimate.is_some())
            .collect();
        if valid.len() < 2 {
            continue;
        }
        let Some(reference) = reference_group(&valid).map(|r| r.group_value.clone()) else {
            continue;
        };
        out.extend(
            valid
                .iter()
                .filter(|r| r.group_value != reference)
                .map(|r| (*r, reference.clone())),
        );
    }
    out
}

/// Index indicators from the `index_scores` table.
pub fn estimate_index(sets: &[IndicatorSet], index: &[IndexScoreRow]) -> Vec<EstimateRow> {
    // (city, year) -> (version, area -> (score, core))
    let mut a: BTreeMap<(String, i32), (String, BTreeMap<String, (f64, bool)>)> = BTreeMap::new();
    for r in index {
        let e = a
            .entry((r.city.clone(), r.year))
            .or_insert_with(|| (r.index_version.clone(), BTreeMap::new()));
        e.1.insert(r.area.clone(), (r.score, r.core));
    }
    let mut rows = Vec::new();
    for set in sets {
        for ind in set.indicators.iter().filter(|i| i.source == Source::Index) {
            for ((c, y), (v, scores)) in &a {
                let value = match ind.statistic {
                    Statistic::IndexArea => ind.items.first().and_then(|it| scores.get(it)).map(|s| s.0),
                    _ => {
                        let core: Vec<f64> = scores
                            .values()
                            .filter(|(_, is_core)| *is_core)
                            .map(|(s, _)| *s)
                            .collect();
                        (!core.is_empty()).then(|| core.iter().sum::<f64>() / core.len() as f64)
                    }
                };
                let Some(value) = value else { continue };
                rows.push(EstimateRow {
                    set_id: set.id.clone(),
                    indicator_id: ind.id.clone(),
                    statistic: ind.statistic,
                    city: c.clone(),
                    kind: Source::Index,
                    wave: y.to_string(),
                    date: Day(crate::config::days_from_civil(*y as i64, 7, 1)),
                    survey_id: None,
                    mode: None,
                    index_version: Some(v.clone()),
                    series_version: None,
                    series_continuous: false,
                    mapping: None,
                    group_dim: GroupDim::All,
                    group_value: "all".into(),
                    n: None,
                    n_eff: None,
                    n_eff_kg: None,
                    df: None,
                    estimate: Some(value),
                    se: None,
                    ci_low: None,
                    ci_high: None,
                    deff: None,
                    suppressed: false,
                    flag: None,
                    se_replicate: None,
                });
            }
        }
    }
    rows
}

/// Sort key: identical tables whatever the thread count.
pub fn sort_rows(rows: &mut [EstimateRow]) {
    // Stable like `sort_by`, on both cores.
    rows.par_sort_by(|a, b| {
        (
            &a.set_id,
            &a.indicator_id,
            &a.city,
            &a.kind,
            a.date,
            &a.wave,
            &a.group_dim,
            &a.group_value,
        )
            .cmp(&(
                &b.set_id,
                &b.indicator_id,
                &b.city,
                &b.kind,
                b.date,
                &b.wave,
                &b.group_dim,
                &b.group_value,
            ))
    });
}
