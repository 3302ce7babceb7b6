//! Indicator estimates (SPEC §4, `estimates` table): for every indicator × city × wave ×
//! group, the design-based weighted estimate, its SE, CI, n, n_eff, design effect and
//! suppression. Index indicators come straight from `index_scores`.
//!
//! Each wave is estimated on its own (one responses file, in parallel with rayon); results
//! are sorted by key before writing, so the table is identical whatever the thread count.

use crate::config::indicators::{Indicator, IndicatorSet, Source, Statistic};
use crate::config::manifest::GROUP_DIMS;
use crate::stats::Z95;
use crate::stats::intervals::{normal_ci, wilson};
use crate::stats::survey::{Design, domain_mean};
use anyhow::{Context, Result};
use polars::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One row of `estimates`.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateRow {
    /// Indicator set.
    pub set_id: String,
    /// Indicator.
    pub indicator_id: String,
    /// Statistic (share_agree, mean, …).
    pub statistic: &'static str,
    /// City.
    pub city: String,
    /// survey | barometer | index.
    pub kind: String,
    /// Wave label (assessment year for the Index).
    pub wave: String,
    /// Fieldwork midpoint (1 July of the year for the Index), days since epoch.
    pub date: i32,
    /// Survey id (null for the Index).
    pub survey_id: Option<String>,
    /// Fieldwork mode, if known.
    pub mode: Option<String>,
    /// Index version (Index rows only).
    pub index_version: Option<String>,
    /// Group dimension or "all".
    pub group_dim: String,
    /// Group value or "all".
    pub group_value: String,
    /// Unweighted respondents with a value in the domain.
    pub n: Option<u64>,
    /// Kish effective sample size.
    pub n_eff: Option<f64>,
    /// Estimate (percent for shares/POMP/Index, item scale for means).
    pub estimate: Option<f64>,
    /// Standard error.
    pub se: Option<f64>,
    /// Lower 95% bound.
    pub ci_low: Option<f64>,
    /// Upper 95% bound.
    pub ci_high: Option<f64>,
    /// Design effect.
    pub deff: Option<f64>,
    /// True when n < min_n: estimate, se and CI are null.
    pub suppressed: bool,
    /// For a group row: the reference group of its dimension (see `changes::gaps`) and the SE
    /// of the difference to it from the joint linearisation on the full design (not written
    /// to `estimates`; `gaps` uses it).
    pub gap: Option<(String, f64)>,
}

/// Metadata of one wave (from the `waves` table).
#[derive(Debug, Clone)]
pub struct WaveMeta {
    /// Survey id.
    pub survey_id: String,
    /// survey | barometer.
    pub kind: String,
    /// City.
    pub city: String,
    /// Wave label.
    pub wave: String,
    /// Fieldwork midpoint.
    pub date: i32,
    /// Mode.
    pub mode: Option<String>,
}

/// Respondent-level data of one wave, in wide form.
pub struct WaveData {
    /// Weights, one per respondent.
    pub weight: Vec<f64>,
    /// Dense stratum codes.
    pub strata: Option<Vec<u32>>,
    /// Dense PSU codes (nested in strata).
    pub psu: Option<Vec<u32>>,
    /// Group values per dimension (index into GROUP_DIMS).
    pub groups: Vec<Vec<Option<String>>>,
    /// Per item: (value, value_pomp, agree as 0/100).
    pub items: BTreeMap<String, ItemData>,
}

/// One item's answers, one entry per respondent.
#[derive(Debug, Clone, Default)]
pub struct ItemData {
    /// Harmonised value.
    pub value: Vec<Option<f64>>,
    /// POMP.
    pub pomp: Vec<Option<f64>>,
    /// Agree as 0 or 100.
    pub agree: Vec<Option<f64>>,
}

fn str_col<'a>(df: &'a DataFrame, name: &str) -> Result<&'a StringChunked> {
    Ok(df
        .column(name)
        .map_err(anyhow::Error::from)
        .with_context(|| format!("column {name}"))?
        .str()?)
}

/// Pivot one wave's long responses into respondent-level vectors.
pub fn wave_data(df: &DataFrame) -> Result<WaveData> {
    let key = str_col(df, "respondent_key")?;
    let w = df.column("weight")?.f64()?;
    let st = str_col(df, "strata")?;
    let ps = str_col(df, "psu")?;
    let item = str_col(df, "item")?;
    let value = df.column("value")?.f64()?;
    let pomp = df.column("value_pomp")?.f64()?;
    let agree = df.column("agree")?.bool()?;
    let gcols: Vec<&StringChunked> = GROUP_DIMS.iter().map(|d| str_col(df, d)).collect::<Result<_>>()?;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut weight = Vec::new();
    let mut s_codes: Vec<Option<&str>> = Vec::new();
    let mut p_codes: Vec<Option<&str>> = Vec::new();
    let mut groups: Vec<Vec<Option<String>>> = vec![Vec::new(); GROUP_DIMS.len()];
    let mut rows_of: Vec<(usize, usize)> = Vec::with_capacity(df.height()); // (row, respondent)
    for i in 0..df.height() {
        let k = key.get(i).unwrap_or("");
        let r = match index.get(k) {
            Some(r) => *r,
            None => {
                let r = weight.len();
                index.insert(k, r);
                weight.push(w.get(i).unwrap_or(f64::NAN));
                s_codes.push(st.get(i));
                p_codes.push(ps.get(i));
                for (d, g) in gcols.iter().enumerate() {
                    groups[d].push(g.get(i).map(str::to_string));
                }
                r
            }
        };
        rows_of.push((i, r));
    }
    let n = weight.len();
    let mut items: BTreeMap<String, ItemData> = BTreeMap::new();
    for (i, r) in rows_of {
        let it = items
            .entry(item.get(i).unwrap_or("").to_string())
            .or_insert_with(|| ItemData {
                value: vec![None; n],
                pomp: vec![None; n],
                agree: vec![None; n],
            });
        it.value[r] = value.get(i);
        it.pomp[r] = pomp.get(i);
        it.agree[r] = agree.get(i).map(|a| if a { 100.0 } else { 0.0 });
    }
    let dense = |codes: &[Option<&str>], parent: Option<&[Option<&str>]>| -> Option<Vec<u32>> {
        if codes.iter().all(Option::is_none) {
            return None;
        }
        let mut map: HashMap<(Option<&str>, Option<&str>), u32> = HashMap::new();
        Some(
            codes
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let k = (parent.and_then(|p| p[i]), *c);
                    let next = map.len() as u32;
                    *map.entry(k).or_insert(next)
                })
                .collect(),
        )
    };
    let strata = dense(&s_codes, None);
    let psu = dense(&p_codes, Some(&s_codes));
    Ok(WaveData {
        weight,
        strata,
        psu,
        groups,
        items,
    })
}

/// Per-respondent values of an indicator; None when an item was not asked in this wave.
pub fn indicator_values(ind: &Indicator, data: &WaveData) -> Option<Vec<Option<f64>>> {
    let cols: Vec<&ItemData> = ind.items.iter().map(|i| data.items.get(i)).collect::<Option<_>>()?;
    Some(match ind.statistic {
        Statistic::ShareAgree => cols[0].agree.clone(),
        Statistic::Mean => cols[0].value.clone(),
        Statistic::MeanPomp => cols[0].pomp.clone(),
        Statistic::ScalePomp => {
            let k = cols.len();
            let need = k.div_ceil(2);
            (0..data.weight.len())
                .map(|r| {
                    let vals: Vec<f64> = cols.iter().filter_map(|c| c.pomp[r]).collect();
                    (vals.len() >= need).then(|| vals.iter().sum::<f64>() / vals.len() as f64)
                })
                .collect()
        }
        Statistic::IndexArea | Statistic::IndexAggregate => return None,
    })
}

/// Estimate every indicator of `sets` with a survey/barometer source on one wave.
/// Returns the rows and the ids of indicators that could not be computed (item not asked).
pub fn estimate_wave(
    sets: &[IndicatorSet],
    meta: &WaveMeta,
    data: &WaveData,
    min_n: u64,
) -> (Vec<EstimateRow>, Vec<(String, String, String)>) {
    let design = Design {
        weight: &data.weight,
        strata: data.strata.as_deref(),
        psu: data.psu.as_deref(),
    };
    // Domains: all, then each value of each group dimension present in the wave.
    let mut domains: Vec<(String, String, Option<Vec<bool>>)> = vec![("all".into(), "all".into(), None)];
    for (d, dim) in GROUP_DIMS.iter().enumerate() {
        let values: BTreeSet<&str> = data.groups[d].iter().flatten().map(String::as_str).collect();
        for v in values {
            let mask = data.groups[d].iter().map(|g| g.as_deref() == Some(v)).collect();
            domains.push((dim.to_string(), v.to_string(), Some(mask)));
        }
    }
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for set in sets {
        for ind in &set.indicators {
            if ind.source.as_str() != meta.kind {
                continue;
            }
            let Some(y) = indicator_values(ind, data) else {
                let absent: Vec<&str> = ind
                    .items
                    .iter()
                    .filter(|i| !data.items.contains_key(*i))
                    .map(String::as_str)
                    .collect();
                missing.push((
                    set.id.clone(),
                    ind.id.clone(),
                    format!("{} {}: item(s) {} not asked", meta.city, meta.wave, absent.join(", ")),
                ));
                continue;
            };
            let first = rows.len();
            for (dim, val, mask) in &domains {
                let est = domain_mean(&design, &y, mask.as_deref());
                let mut row = EstimateRow {
                    set_id: set.id.clone(),
                    indicator_id: ind.id.clone(),
                    statistic: ind.statistic.as_str(),
                    city: meta.city.clone(),
                    kind: meta.kind.clone(),
                    wave: meta.wave.clone(),
                    date: meta.date,
                    survey_id: Some(meta.survey_id.clone()),
                    mode: meta.mode.clone(),
                    index_version: None,
                    group_dim: dim.clone(),
                    group_value: val.clone(),
                    n: Some(0),
                    n_eff: None,
                    estimate: None,
                    se: None,
                    ci_low: None,
                    ci_high: None,
                    deff: None,
                    suppressed: true,
                    gap: None,
                };
                if let Some(e) = est {
                    row.n = Some(e.n as u64);
                    row.n_eff = Some(e.n_eff);
                    if e.n as u64 >= min_n {
                        let (lo, hi) = if ind.statistic == Statistic::ShareAgree {
                            let (l, h) = wilson((e.estimate / 100.0).clamp(0.0, 1.0), e.n_eff, Z95);
                            (l * 100.0, h * 100.0)
                        } else {
                            normal_ci(e.estimate, e.se, Z95)
                        };
                        let finite = |x: f64| x.is_finite().then_some(x);
                        row.estimate = finite(e.estimate);
                        row.se = finite(e.se);
                        row.ci_low = finite(lo);
                        row.ci_high = finite(hi);
                        row.deff = e.deff.is_finite().then_some(e.deff);
                        row.suppressed = false;
                    }
                }
                rows.push(row);
            }
            add_gap_se(&mut rows[first..], &domains, &design, &y);
        }
    }
    (rows, missing)
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

/// Fill `gap` on the group rows of one indicator and wave: the joint-linearisation SE of the
/// difference to the reference group (R `svycontrast` on `svyby(..., covmat = TRUE)`).
fn add_gap_se(
    rows: &mut [EstimateRow],
    domains: &[(String, String, Option<Vec<bool>>)],
    design: &Design,
    y: &[Option<f64>],
) {
    let mask = |dim: &str, val: &str| {
        domains
            .iter()
            .find(|d| d.0 == dim && d.1 == val)
            .and_then(|d| d.2.as_deref())
    };
    for dim in GROUP_DIMS {
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
        let Some(ref_mask) = mask(dim, &reference) else {
            continue;
        };
        for r in rows
            .iter_mut()
            .filter(|r| r.group_dim == dim && r.estimate.is_some() && r.group_value != reference)
        {
            if let Some(m) = mask(dim, &r.group_value)
                && let Some((_, se)) = crate::stats::survey::domain_difference(design, y, m, ref_mask)
            {
                r.gap = Some((reference.clone(), se));
            }
        }
    }
}

/// Index indicators from the `index_scores` table.
pub fn estimate_index(sets: &[IndicatorSet], index: &DataFrame) -> Result<Vec<EstimateRow>> {
    let city = str_col(index, "city")?;
    let year = index.column("year")?.i32()?;
    let version = str_col(index, "index_version")?;
    let area = str_col(index, "area")?;
    let core = index.column("core")?.bool()?;
    let score = index.column("score")?.f64()?;
    // (city, year) -> (version, area -> (score, core))
    let mut a: BTreeMap<(String, i32), (String, BTreeMap<String, (f64, bool)>)> = BTreeMap::new();
    for i in 0..index.height() {
        let e = a
            .entry((city.get(i).unwrap_or("").to_string(), year.get(i).unwrap_or(0)))
            .or_insert_with(|| (version.get(i).unwrap_or("").to_string(), BTreeMap::new()));
        e.1.insert(
            area.get(i).unwrap_or("").to_string(),
            (score.get(i).unwrap_or(f64::NAN), core.get(i).unwrap_or(false)),
        );
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
                    statistic: ind.statistic.as_str(),
                    city: c.clone(),
                    kind: "index".into(),
                    wave: y.to_string(),
                    date: crate::config::days_from_civil(*y as i64, 7, 1),
                    survey_id: None,
                    mode: None,
                    index_version: Some(v.clone()),
                    group_dim: "all".into(),
                    group_value: "all".into(),
                    n: None,
                    n_eff: None,
                    estimate: Some(value),
                    se: None,
                    ci_low: None,
                    ci_high: None,
                    deff: None,
                    suppressed: false,
                    gap: None,
                });
            }
        }
    }
    Ok(rows)
}

/// Sort key: identical tables whatever the thread count.
pub fn sort_rows(rows: &mut [EstimateRow]) {
    rows.sort_by(|a, b| {
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

/// The `estimates` table.
pub fn to_frame(rows: &[EstimateRow]) -> Result<DataFrame> {
    let n = rows.len();
    let s = |f: fn(&EstimateRow) -> &str| -> Vec<&str> { rows.iter().map(f).collect() };
    let o = |f: fn(&EstimateRow) -> Option<f64>| -> Vec<Option<f64>> {
        rows.iter().map(|r| super::frames::clean(f(r))).collect()
    };
    Ok(DataFrame::new(
        n,
        vec![
            Column::new("set_id".into(), s(|r| &r.set_id)),
            Column::new("indicator_id".into(), s(|r| &r.indicator_id)),
            Column::new("statistic".into(), s(|r| r.statistic)),
            Column::new("city".into(), s(|r| &r.city)),
            Column::new("kind".into(), s(|r| &r.kind)),
            Column::new("wave".into(), s(|r| &r.wave)),
            Series::new("date".into(), rows.iter().map(|r| r.date).collect::<Vec<i32>>())
                .cast(&DataType::Date)?
                .into(),
            Column::new(
                "survey_id".into(),
                rows.iter().map(|r| r.survey_id.as_deref()).collect::<Vec<_>>(),
            ),
            Column::new(
                "mode".into(),
                rows.iter().map(|r| r.mode.as_deref()).collect::<Vec<_>>(),
            ),
            Column::new(
                "index_version".into(),
                rows.iter().map(|r| r.index_version.as_deref()).collect::<Vec<_>>(),
            ),
            Column::new("group_dim".into(), s(|r| &r.group_dim)),
            Column::new("group_value".into(), s(|r| &r.group_value)),
            Column::new("n".into(), rows.iter().map(|r| r.n).collect::<Vec<_>>()),
            Column::new("n_eff".into(), o(|r| r.n_eff)),
            Column::new("estimate".into(), o(|r| r.estimate)),
            Column::new("se".into(), o(|r| r.se)),
            Column::new("ci_low".into(), o(|r| r.ci_low)),
            Column::new("ci_high".into(), o(|r| r.ci_high)),
            Column::new("deff".into(), o(|r| r.deff)),
            Column::new(
                "suppressed".into(),
                rows.iter().map(|r| r.suppressed).collect::<Vec<_>>(),
            ),
        ],
    )?)
}
