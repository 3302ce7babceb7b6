//! Two-stage estimation (docs/SCALE.md). Stage 1 reduces `responses` to sufficient statistics
//! — per indicator × wave × group × (stratum, PSU) cell: n, Σw, Σwy, Σwy², Σw², Σw²y, Σw²y²,
//! min and max of y — and adds the wave's design (respondents per stratum × PSU). Natively
//! it is a pass over each wave's respondent-level data ([`wave_sums`], waves in parallel,
//! sharing the read with the workbench's per-wave diagnostics); for DuckDB or Spark it is
//! the GROUP BY that `analysis::sql` writes, read back by [`read_aggregates`] and
//! [`by_wave`]. Stage 2 (`estimates::estimate_wave`) turns a wave's cells into estimates with
//! `stats::sufficient`, never seeing a respondent.
//!
//! Why not a polars lazy query over the whole store for the native stage 1: measured on the
//! demo in a debug build (docs/DECISIONS.md), the plan (per-indicator filters or a join on
//! item, a group-by per respondent for scales, five domain roll-ups) took 45–75 s against
//! 2–3 s for this pass, which the test suite runs dozens of times; and the wave files have
//! to be read for the workbench's diagnostics anyway.
//!
//! Stage 1 reads only the contract columns of `responses` (survey_id, kind, wave,
//! respondent_key, weight, strata, psu, the four group columns, item, value, value_pomp,
//! agree): the indicator's per-respondent value y is
//! - `share_agree`: 100 when `agree`, 0 when not, missing when null (first item);
//! - `mean`: `value`; `mean_pomp`: `value_pomp` (first item);
//! - `scale_pomp`: the mean of the respondent's non-missing `value_pomp` over the items, when
//!   at least half of them (rounded up) are present.
//!
//! A wave whose items do not include all of an indicator's items does not compute it (stage 2
//! decides from `waves.items`, as the respondent-level path did).

use crate::config::indicators::{Indicator, IndicatorSet, Source, Statistic};
use crate::stats::sufficient::{CellSums, WaveDesign};
use crate::store::rows::{AggregateRow, WaveRow};
use crate::store::schema::Table;
use crate::store::wide::{WaveData, indicator_values};
use crate::vocab::GroupDim;
use anyhow::{Context, Result, anyhow};
use polars::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The survey/barometer indicators of `sets`, as (set id, indicator).
pub fn respondent_indicators(sets: &[IndicatorSet]) -> Vec<(&str, &Indicator)> {
    sets.iter()
        .flat_map(|s| s.indicators.iter().map(move |i| (s.id.as_str(), i)))
        .filter(|(_, i)| matches!(i.source, Source::Survey | Source::Barometer))
        .filter(|(_, i)| !matches!(i.statistic, Statistic::IndexArea | Statistic::IndexAggregate))
        .collect()
}

/// Items a scale indicator needs per respondent: at least half of its items, rounded up.
pub fn scale_need(ind: &Indicator) -> usize {
    ind.items.len().div_ceil(2)
}

/// Stage 1 natively, for one wave: its respondents' indicator values
/// ([`indicator_values`]) summed per domain and (stratum, PSU) cell, with the wave's design.
/// Called once per wave (in parallel) on the wave's respondent-level data, which the
/// workbench's per-wave diagnostics read in the same pass.
pub fn wave_sums(sets: &[IndicatorSet], meta: &WaveRow, data: &WaveData) -> WaveSums {
    let n = data.weight.len();
    let stratum = |i: usize| data.strata.as_ref().map_or(0, |s| s[i] as usize);
    let psu = |i: usize| data.psu.as_ref().map_or(0, |p| p[i] as usize);
    let strata = (0..n).map(stratum).max().map_or(0, |m| m + 1);
    let mut units = vec![0u64; strata];
    match &data.psu {
        Some(p) => {
            // PSU codes are dense over (stratum, PSU) pairs: count each code once.
            let mut seen = vec![false; p.iter().map(|&c| c as usize + 1).max().unwrap_or(0)];
            for i in 0..n {
                if !seen[p[i] as usize] {
                    seen[p[i] as usize] = true;
                    units[stratum(i)] += 1;
                }
            }
        }
        None => (0..n).for_each(|i| units[stratum(i)] += 1),
    }
    let mut out = WaveSums {
        design: WaveDesign {
            clustered: data.psu.is_some(),
            units,
        },
        ..Default::default()
    };
    if n > 0 {
        out.domains.insert((GroupDim::All, crate::vocab::ALL.to_string()));
    }
    for (d, dim) in GroupDim::DIMS.iter().enumerate() {
        let values: std::collections::BTreeSet<&str> = data.groups[d].iter().flatten().map(|v| &**v).collect();
        out.domains.extend(values.into_iter().map(|v| (*dim, v.to_string())));
    }
    // Each respondent's domains, as indices into the wave's sorted domain list.
    let domains: Vec<&(GroupDim, String)> = out.domains.iter().collect();
    let index: HashMap<(GroupDim, &str), usize> = domains
        .iter()
        .enumerate()
        .map(|(k, (dim, v))| ((*dim, v.as_str()), k))
        .collect();
    let all = index.get(&(GroupDim::All, crate::vocab::ALL)).copied();
    let member: Vec<Vec<usize>> = (0..n)
        .map(|i| {
            all.into_iter()
                .chain(GroupDim::DIMS.iter().enumerate().filter_map(|(d, dim)| {
                    data.groups[d][i]
                        .as_deref()
                        .and_then(|g| index.get(&(*dim, g)).copied())
                }))
                .collect()
        })
        .collect();
    // A (stratum, PSU) cell's dense number: PSU codes are dense over (stratum, PSU) pairs;
    // without PSUs a stratum is one cell.
    let n_cells = match &data.psu {
        Some(p) => p.iter().map(|&c| c as usize + 1).max().unwrap_or(0),
        None => strata,
    };
    let cell = |i: usize| match &data.psu {
        Some(p) => p[i] as usize,
        None => stratum(i),
    };
    let mut cells_out = HashMap::new();
    for set in sets {
        for ind in set.indicators.iter().filter(|i| i.source == meta.kind) {
            let Some(y) = indicator_values(ind, data) else { continue };
            // Cells of a domain by dense cell number, then in (stratum, PSU) order.
            let mut by_domain: Vec<Vec<Option<CellSums>>> = vec![vec![None; n_cells]; domains.len()];
            for (i, yi) in y.iter().enumerate() {
                let Some(v) = yi.filter(|v| v.is_finite()) else {
                    continue;
                };
                let (h, j) = (stratum(i), psu(i));
                let (c, w) = (cell(i), data.weight[i]);
                for &k in &member[i] {
                    by_domain[k][c].get_or_insert_with(|| CellSums::new(h, j)).add(w, v);
                }
            }
            cells_out.insert(
                (set.id.clone(), ind.id.clone()),
                by_domain
                    .into_iter()
                    .enumerate()
                    .filter_map(|(k, cells)| {
                        let mut cells: Vec<CellSums> = cells.into_iter().flatten().collect();
                        cells.sort_by_key(|c| (c.stratum, c.psu));
                        (!cells.is_empty()).then(|| (domains[k].clone(), cells))
                    })
                    .collect(),
            );
        }
    }
    out.cells = cells_out;
    out
}

/// Read an engine's stage-1 output (a Parquet file, or a folder of Parquet parts as Spark
/// and DuckDB write them), casting counts and sums to the [`AggregateRow`] types so that an
/// engine's integer width does not matter.
pub fn read_aggregates(path: &std::path::Path) -> Result<DataFrame> {
    let glob = if path.is_dir() {
        format!("{}/**/*.parquet", path.display())
    } else {
        path.display().to_string()
    };
    let lf = LazyFrame::scan_parquet(PlRefPath::new(glob.as_str()), ScanArgsParquet::default())
        .map_err(anyhow::Error::from)
        .with_context(|| format!("reading the aggregates {}", path.display()))?;
    let exprs: Vec<Expr> = AggregateRow::columns()
        .iter()
        .map(|c| col(c.name).strict_cast(c.ty.dtype()))
        .collect();
    lf.select(exprs)
        .collect()
        .map_err(anyhow::Error::from)
        .with_context(|| {
            format!(
                "reading the aggregates {}: expected the columns of `cohesion sql`'s query ({})",
                path.display(),
                AggregateRow::columns()
                    .iter()
                    .map(|c| c.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

/// One wave's stage-1 rows, ready for stage 2.
#[derive(Debug, Default)]
pub struct WaveSums {
    /// The wave's design (strata indexed by first appearance in sorted order).
    pub design: WaveDesign,
    /// (set, indicator) → domain → cells.
    pub cells: HashMap<(String, String), BTreeMap<(GroupDim, String), Vec<CellSums>>>,
    /// The domains present in the wave, "all" first.
    pub domains: BTreeSet<(GroupDim, String)>,
}

/// Group stage-1 rows by wave (`survey_id`): design from the design rows, cells by indicator
/// and domain. Strata and PSUs are numbered per wave; a cell whose (stratum, PSU) is not
/// among the wave's design rows is an error (the aggregates come from another store).
pub fn by_wave(rows: Vec<AggregateRow>) -> Result<HashMap<String, WaveSums>> {
    // (stratum, psu) keys of each wave from its design rows, sorted.
    let mut design: HashMap<String, BTreeMap<(Option<String>, Option<String>), u64>> = HashMap::new();
    for r in rows.iter().filter(|r| r.set_id.is_none()) {
        *design
            .entry(r.survey_id.clone())
            .or_default()
            .entry((r.strata.clone(), r.psu.clone()))
            .or_default() += r.n_resp;
    }
    type Index = (
        HashMap<Option<String>, usize>,
        HashMap<(Option<String>, Option<String>), usize>,
    );
    let mut index: HashMap<String, Index> = HashMap::new();
    let mut out: HashMap<String, WaveSums> = HashMap::new();
    for (survey, cells) in &design {
        let clustered = cells.keys().any(|(_, p)| p.is_some());
        let mut strata: HashMap<Option<String>, usize> = HashMap::new();
        let mut psus = HashMap::new();
        let mut units: Vec<u64> = Vec::new();
        for ((s, p), n) in cells {
            let next = strata.len();
            let h = *strata.entry(s.clone()).or_insert(next);
            if h == units.len() {
                units.push(0);
            }
            units[h] += if clustered { 1 } else { *n };
            let next = psus.len();
            psus.entry((s.clone(), p.clone())).or_insert(next);
        }
        index.insert(survey.clone(), (strata, psus));
        out.insert(
            survey.clone(),
            WaveSums {
                design: WaveDesign { clustered, units },
                ..Default::default()
            },
        );
    }
    for r in rows {
        let (Some(set), Some(ind)) = (r.set_id, r.indicator_id) else {
            continue;
        };
        let (Some((strata, psus)), Some(wave)) = (index.get(&r.survey_id), out.get_mut(&r.survey_id)) else {
            return Err(anyhow!(
                "aggregates: wave {} has indicator rows but no design rows (rows with set_id null)",
                r.survey_id
            ));
        };
        let key = (r.strata.clone(), r.psu.clone());
        let (Some(&stratum), Some(&psu)) = (strata.get(&r.strata), psus.get(&key)) else {
            return Err(anyhow!(
                "aggregates: wave {} has a cell for stratum {:?}, PSU {:?} that its design rows do not list",
                r.survey_id,
                r.strata,
                r.psu
            ));
        };
        let domain = (r.group_dim, r.group_value);
        wave.domains.insert(domain.clone());
        wave.cells
            .entry((set, ind))
            .or_default()
            .entry(domain)
            .or_default()
            .push(CellSums {
                stratum,
                psu,
                n: r.n,
                sw: r.sw,
                swy: r.swy,
                swy2: r.swy2,
                sw2: r.sw2,
                sw2y: r.sw2y,
                sw2y2: r.sw2y2,
                y_min: r.y_min.unwrap_or(f64::INFINITY),
                y_max: r.y_max.unwrap_or(f64::NEG_INFINITY),
            });
    }
    // Cells in (stratum, PSU) order, whatever order the engine returned them in.
    for wave in out.values_mut() {
        for domains in wave.cells.values_mut() {
            for cells in domains.values_mut() {
                cells.sort_by_key(|c| (c.stratum, c.psu));
            }
        }
    }
    Ok(out)
}
