//! Staging of the three flat inputs: `cities.csv`, `index_scores.csv` (docs/INPUTS.md) and
//! `activities.csv` (docs/INPUTS.md). Each row is accepted or rejected with a reason.

use super::reader::{TextTable, delimiter_hint};
use crate::config::bank::{AreaKind, IndexAreas, LENS_AREA, QuestionBank};
use crate::config::{parse_date, parse_number};
use crate::diag::{Owner, Problem, Problems};
use crate::store::rows::RejectRow;
use anyhow::Result;
use polars::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

/// Result of staging one flat file.
pub struct Staged {
    /// Accepted rows.
    pub frame: DataFrame,
    /// Rejected rows.
    pub rejects: Vec<RejectRow>,
    /// Data rows in the file.
    pub rows_in: u64,
    /// Rows accepted.
    pub accepted: u64,
}

/// Check required columns; a missing column is a problem of the whole file. When none is
/// there but the header splits on `;` or tab, one problem says so instead, naming the
/// `[inputs] delimiter` key of cohesion.toml.
pub fn require(table: &TextTable, path: &Path, cols: &[&str], problems: &mut Problems) -> bool {
    if let Some((key, hint)) = delimiter_hint(&table.header, b',', cols) {
        problems.push(Problem::at(
            path,
            1,
            1,
            format!("{hint}: set delimiter = \"{key}\" under [inputs] in cohesion.toml"),
            Owner::Data,
        ));
        return false;
    }
    let mut ok = true;
    // A repeated column name (the file cannot say which one is meant).
    let mut first: std::collections::HashMap<&str, usize> = Default::default();
    for (i, h) in table.header.iter().enumerate().filter(|(_, h)| !h.is_empty()) {
        if let Some(j) = first.insert(h.as_str(), i) {
            problems.push(Problem::at(
                path,
                1,
                i + 1,
                format!(
                    "column `{h}` appears twice in the header (fields {} and {}): every column needs its own name",
                    j + 1,
                    i + 1
                ),
                Owner::Data,
            ));
            ok = false;
        }
    }
    for c in cols {
        if table.col(c).is_none() {
            problems.push(Problem::at(
                path,
                1,
                1,
                format!(
                    "required column `{c}` is missing from the header (expected columns: {})",
                    cols.join(",")
                ),
                Owner::Data,
            ));
            ok = false;
        }
    }
    ok
}

fn reject(file: &str, line: usize, column: &str, value: &str, reason: impl Into<String>) -> RejectRow {
    RejectRow {
        file: file.to_string(),
        line: line as u64,
        column: (!column.is_empty()).then(|| column.to_string()),
        column_number: None,
        value: (!value.is_empty()).then(|| value.to_string()),
        reason: reason.into(),
    }
}

/// Required columns of `cities.csv`.
pub const CITY_COLUMNS: [&str; 4] = ["city", "country", "population", "foreign_born_share"];

/// Stage `cities.csv`: unique city, positive population, foreign-born share as a fraction 0–1.
/// Extra columns (region, joined_year, …) are kept as text.
pub fn stage_cities(table: &TextTable, path: &Path, label: &str, problems: &mut Problems) -> Result<Option<Staged>> {
    if !require(table, path, &CITY_COLUMNS, problems) {
        return Ok(None);
    }
    let c = |n: &str| table.col(n).unwrap_or(0);
    let (ci, co, po, fb) = (c("city"), c("country"), c("population"), c("foreign_born_share"));
    let extra: Vec<usize> = (0..table.header.len())
        .filter(|i| ![ci, co, po, fb].contains(i))
        .collect();
    let mut rejects = Vec::new();
    let mut seen = HashSet::new();
    let (mut city, mut country, mut pop, mut share) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut extras: Vec<Vec<Option<String>>> = vec![Vec::new(); extra.len()];
    for row in &table.rows {
        let cell = |i: usize| row.cells.get(i).map(|s| s.trim()).unwrap_or("");
        let name = cell(ci);
        let r = if let Some(why) = table.field_count_problem(row) {
            Some(reject(label, row.line, "", "", why))
        } else if name.is_empty() {
            Some(reject(label, row.line, "city", "", "missing city name"))
        } else if name.chars().count() > crate::config::manifest::MAX_LABEL_CHARS {
            Some(reject(
                label,
                row.line,
                "city",
                name,
                format!(
                    "city name longer than {} characters",
                    crate::config::manifest::MAX_LABEL_CHARS
                ),
            ))
        } else if seen.contains(name) {
            Some(reject(label, row.line, "city", name, "duplicate city"))
        } else if !parse_number(cell(po)).is_some_and(|p| p > 0.0) {
            Some(reject(
                label,
                row.line,
                "population",
                cell(po),
                "population must be a number > 0",
            ))
        } else if !parse_number(cell(fb)).is_some_and(|s| (0.0..=1.0).contains(&s)) {
            Some(reject(
                label,
                row.line,
                "foreign_born_share",
                cell(fb),
                "expected a fraction from 0 to 1 (e.g. 0.23 for 23%)",
            ))
        } else {
            None
        };
        if let Some(r) = r {
            rejects.push(r);
            continue;
        }
        seen.insert(name.to_string());
        city.push(name.to_string());
        country.push(cell(co).to_string());
        pop.push(parse_number(cell(po)).unwrap_or(0.0));
        share.push(parse_number(cell(fb)).unwrap_or(0.0));
        for (k, &i) in extra.iter().enumerate() {
            let v = cell(i);
            extras[k].push((!v.is_empty()).then(|| v.to_string()));
        }
    }
    let n = city.len();
    let mut cols = vec![
        Column::new("city".into(), city),
        Column::new("country".into(), country),
        Column::new("population".into(), pop),
        Column::new("foreign_born_share".into(), share),
    ];
    for (k, &i) in extra.iter().enumerate() {
        if table.header[i].is_empty() {
            continue;
        }
        // Optional attributes (region, joined_year, …): numbers when every value is one.
        let values = std::mem::take(&mut extras[k]);
        let name = table.header[i].as_str().into();
        if values.iter().flatten().all(|v| parse_number(v).is_some()) && values.iter().any(Option::is_some) {
            let nums: Vec<Option<f64>> = values.iter().map(|v| v.as_deref().and_then(parse_number)).collect();
            cols.push(Column::new(name, nums));
        } else {
            cols.push(Column::new(name, values));
        }
    }
    super::number_columns(&mut rejects, &table.header);
    Ok(Some(Staged {
        frame: DataFrame::new(n, cols)?,
        rows_in: table.rows.len() as u64,
        accepted: n as u64,
        rejects,
    }))
}

/// Required columns of `index_scores.csv`.
pub const INDEX_COLUMNS: [&str; 5] = ["city", "year", "index_version", "area", "score"];

/// Stage `index_scores.csv`. When an assessment gives lens sub-areas but not the lens itself,
/// a derived `intercultural_lens` row (mean of the sub-areas given, `derived = true`) is added.
pub fn stage_index(
    table: &TextTable,
    path: &Path,
    label: &str,
    cities: &BTreeSet<String>,
    areas: &IndexAreas,
    problems: &mut Problems,
) -> Result<Option<Staged>> {
    if !require(table, path, &INDEX_COLUMNS, problems) {
        return Ok(None);
    }
    let c = |n: &str| table.col(n).unwrap_or(0);
    let (ci, yi, vi, ai, si) = (c("city"), c("year"), c("index_version"), c("area"), c("score"));
    let mut rejects = Vec::new();
    let mut seen = HashSet::new();
    // (city, year) -> (version, area -> score)
    let mut rows: BTreeMap<(String, i32), (String, BTreeMap<String, f64>)> = BTreeMap::new();
    let mut line_of: BTreeMap<(String, i32, String), usize> = BTreeMap::new();
    let mut accepted = 0u64;
    for row in &table.rows {
        let cell = |i: usize| row.cells.get(i).map(|s| s.trim()).unwrap_or("");
        let (city, year, version, area, score) = (cell(ci), cell(yi), cell(vi), cell(ai), cell(si));
        let y = parse_number(year).filter(|y| y.fract() == 0.0 && (1900.0..=2200.0).contains(y));
        let s = parse_number(score).filter(|s| (0.0..=100.0).contains(s));
        let r = if let Some(why) = table.field_count_problem(row) {
            Some(reject(label, row.line, "", "", why))
        } else if !cities.contains(city) {
            Some(reject(
                label,
                row.line,
                "city",
                city,
                "unknown city (not in cities.csv)",
            ))
        } else if y.is_none() {
            Some(reject(label, row.line, "year", year, "expected a year such as 2019"))
        } else if version.is_empty() {
            Some(reject(label, row.line, "index_version", "", "missing index_version"))
        } else if areas.get(area).is_none() {
            Some(reject(
                label,
                row.line,
                "area",
                area,
                format!("unknown ICC Index area (expected one of {})", areas.ids()),
            ))
        } else if s.is_none() {
            Some(reject(
                label,
                row.line,
                "score",
                score,
                "score must be a number from 0 to 100",
            ))
        } else if !seen.insert((city.to_string(), year.to_string(), area.to_string())) {
            Some(reject(
                label,
                row.line,
                "area",
                area,
                "duplicate area for this city and year",
            ))
        } else {
            let e = rows
                .entry((city.to_string(), y.unwrap_or(0.0) as i32))
                .or_insert_with(|| (version.to_string(), BTreeMap::new()));
            if e.0 != version {
                seen.remove(&(city.to_string(), year.to_string(), area.to_string()));
                Some(reject(
                    label,
                    row.line,
                    "index_version",
                    version,
                    format!("index_version differs within the assessment (first row says {})", e.0),
                ))
            } else {
                e.1.insert(area.to_string(), s.unwrap_or(0.0));
                line_of.insert((city.to_string(), y.unwrap_or(0.0) as i32, area.to_string()), row.line);
                None
            }
        };
        match r {
            Some(r) => rejects.push(r),
            None => accepted += 1,
        }
    }
    // docs/INPUTS.md: an assessment gives either the lens itself or its sub-areas. When it gives
    // both, the lens is used and the sub-area rows are rejected rather than silently ignored.
    for ((c, y), (_, scores)) in rows.iter_mut() {
        if !scores.contains_key(LENS_AREA) {
            continue;
        }
        for a in areas.areas.iter().filter(|a| a.kind == AreaKind::Lens) {
            if scores.remove(&a.id).is_some() {
                accepted -= 1;
                let line = line_of.get(&(c.clone(), *y, a.id.clone())).copied().unwrap_or(0);
                rejects.push(reject(
                    label,
                    line,
                    "area",
                    &a.id,
                    "the assessment also gives intercultural_lens itself; give either the lens or its sub-areas",
                ));
            }
        }
    }
    rejects.sort_by_key(|r| r.line);
    let (mut city, mut year, mut version, mut area, mut kind, mut core, mut derived, mut score) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for ((c, y), (v, scores)) in &rows {
        let mut push = |a: &str, s: f64, d: bool| {
            let k = areas.get(a).map_or(AreaKind::Optional, |x| x.kind);
            city.push(c.clone());
            year.push(*y);
            version.push(v.clone());
            area.push(a.to_string());
            kind.push(k.as_str());
            core.push(k == AreaKind::Core);
            derived.push(d);
            score.push(s);
        };
        for area_def in &areas.areas {
            if let Some(s) = scores.get(&area_def.id) {
                push(&area_def.id, *s, false);
            }
        }
        if !scores.contains_key(LENS_AREA) {
            let subs: Vec<f64> = areas
                .areas
                .iter()
                .filter(|a| a.kind == AreaKind::Lens)
                .filter_map(|a| scores.get(&a.id))
                .copied()
                .collect();
            if !subs.is_empty() {
                push(LENS_AREA, subs.iter().sum::<f64>() / subs.len() as f64, true);
            }
        }
    }
    let n = city.len();
    let frame = DataFrame::new(
        n,
        vec![
            Column::new("city".into(), city),
            Column::new("year".into(), year),
            Column::new("index_version".into(), version),
            Column::new("area".into(), area),
            Column::new("area_kind".into(), kind),
            Column::new("core".into(), core),
            Column::new("derived".into(), derived),
            Column::new("score".into(), score),
        ],
    )?;
    super::number_columns(&mut rejects, &table.header);
    Ok(Some(Staged {
        frame,
        rows_in: table.rows.len() as u64,
        accepted,
        rejects,
    }))
}

/// Required columns of `activities.csv`.
pub const ACTIVITY_COLUMNS: [&str; 8] = [
    "activity_id",
    "activity_type",
    "city",
    "date",
    "participant_id",
    "phase",
    "item",
    "value",
];

/// Stage `activities.csv`: participant ids pseudonymised; pairing happens in the analysis.
#[allow(clippy::too_many_arguments)] // the file, its label and every lookup its rows are checked against
pub fn stage_activities(
    table: &TextTable,
    path: &Path,
    label: &str,
    cities: &BTreeSet<String>,
    bank: &QuestionBank,
    scales: &std::collections::BTreeMap<String, (f64, f64)>,
    salt: &str,
    problems: &mut Problems,
) -> Result<Option<Staged>> {
    if !require(table, path, &ACTIVITY_COLUMNS, problems) {
        return Ok(None);
    }
    let c = |n: &str| table.col(n).unwrap_or(0);
    let idx: Vec<usize> = ACTIVITY_COLUMNS.iter().map(|n| c(n)).collect();
    let mut rejects = Vec::new();
    let mut seen = HashSet::new();
    let (mut smin, mut smax): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
    let (mut aid, mut atype, mut city, mut date, mut pkey, mut phase, mut item, mut value) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for row in &table.rows {
        let cell = |i: usize| row.cells.get(idx[i]).map(|s| s.trim()).unwrap_or("");
        let v = parse_number(cell(7));
        let bank_item = bank.get(cell(6));
        let d = parse_date(cell(3));
        let r = if let Some(why) = table.field_count_problem(row) {
            Some(reject(label, row.line, "", "", why))
        } else if cell(0).is_empty() {
            Some(reject(label, row.line, "activity_id", "", "missing activity_id"))
        } else if cell(1).is_empty() {
            Some(reject(label, row.line, "activity_type", "", "missing activity_type"))
        } else if !cities.contains(cell(2)) {
            Some(reject(
                label,
                row.line,
                "city",
                cell(2),
                "unknown city (not in cities.csv)",
            ))
        } else if d.is_none() {
            Some(reject(
                label,
                row.line,
                "date",
                cell(3),
                "expected a date like 2024-05-17",
            ))
        } else if cell(4).is_empty() {
            Some(reject(label, row.line, "participant_id", "", "missing participant_id"))
        } else if !matches!(cell(5), "pre" | "post") {
            Some(reject(
                label,
                row.line,
                "phase",
                cell(5),
                "phase must be `pre` or `post`",
            ))
        } else if bank_item.is_none() {
            Some(reject(
                label,
                row.line,
                "item",
                cell(6),
                format!("unknown item (expected a question-bank id: {})", bank.ids()),
            ))
        } else if v.is_none() {
            Some(reject(label, row.line, "value", cell(7), "value is not a number"))
        } else if bank_item.is_some_and(|b| b.binary) && !matches!(v, Some(x) if x == 0.0 || x == 1.0) {
            Some(reject(
                label,
                row.line,
                "value",
                cell(7),
                "binary item: value must be 0 or 1",
            ))
        } else if bank_item.is_some_and(|b| !b.binary) && !scales.contains_key(cell(6)) {
            // Without a declared scale, answers on different scales could be pooled.
            Some(reject(
                label,
                row.line,
                "item",
                cell(6),
                format!(
                    "no answer scale declared for `{0}`: add `{0} = [min, max]` to `activity_scales` under [inputs] in cohesion.toml",
                    cell(6)
                ),
            ))
        } else if let (Some((lo, hi)), Some(x)) = (scales.get(cell(6)), v)
            && bank_item.is_some_and(|b| !b.binary)
            && !(*lo..=*hi).contains(&x)
        {
            Some(reject(
                label,
                row.line,
                "value",
                cell(7),
                format!("outside the declared scale [{lo}, {hi}] of `{}`", cell(6)),
            ))
        } else if !seen.insert((
            cell(0).to_string(),
            cell(4).to_string(),
            cell(5).to_string(),
            cell(6).to_string(),
        )) {
            Some(reject(
                label,
                row.line,
                "participant_id",
                "",
                "duplicate row for this activity, participant, phase and item",
            ))
        } else {
            None
        };
        if let Some(r) = r {
            rejects.push(r);
            continue;
        }
        aid.push(cell(0).to_string());
        atype.push(cell(1).to_string());
        city.push(cell(2).to_string());
        date.push(d.unwrap_or(0));
        pkey.push(super::survey::respondent_key(salt, cell(0), cell(4)));
        phase.push(cell(5).to_string());
        item.push(cell(6).to_string());
        value.push(v.unwrap_or(0.0));
        let (lo, hi) = match scales.get(cell(6)) {
            Some(s) if bank_item.is_some_and(|b| !b.binary) => *s,
            _ => (0.0, 1.0),
        };
        smin.push(lo);
        smax.push(hi);
    }
    let n = aid.len();
    let frame = DataFrame::new(
        n,
        vec![
            Column::new("activity_id".into(), aid),
            Column::new("activity_type".into(), atype),
            Column::new("city".into(), city),
            Series::new("date".into(), date).cast(&DataType::Date)?.into(),
            Column::new("participant_key".into(), pkey),
            Column::new("phase".into(), phase),
            Column::new("item".into(), item),
            Column::new("value".into(), value),
            Column::new("scale_min".into(), smin),
            Column::new("scale_max".into(), smax),
        ],
    )?;
    super::number_columns(&mut rejects, &table.header);
    Ok(Some(Staged {
        frame,
        rows_in: table.rows.len() as u64,
        accepted: n as u64,
        rejects,
    }))
}
