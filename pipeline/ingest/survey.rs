//! Harmonisation of one survey or barometer wave onto the question bank (docs/INPUTS.md).
//!
//! Staging only: rename, cast, validate, apply value maps, missing codes (numbers or text)
//! and numeric bands, mirror reversed scales, compute POMP and agree (from the local code as
//! written, before the map).
//! Every input row ends up either in the long `responses` frame (one row per respondent and
//! item, value null for a missing answer) or in the rejects, never both and never neither.

use super::reader::{TextTable, delimiter_hint};
use crate::config::coding::{decimal_comma_to_point, is_one_of, list_codes};
use crate::config::manifest::{ColumnRef, Manifest};
use crate::config::{codes_equal, parse_number};
use crate::diag::{Owner, Problem, Problems};
use crate::store::rows::RejectRow;
use anyhow::Result;
use polars::prelude::*;
use std::collections::HashMap;

/// The harmonised wave.
pub struct WaveResult {
    /// Long-format responses (without the hive keys city and kind).
    pub frame: DataFrame,
    /// Rejected rows.
    pub rejects: Vec<RejectRow>,
    /// Data rows in the file.
    pub rows_in: u64,
    /// Rows accepted.
    pub accepted: u64,
}

/// Check that every column the manifest names is in the data file's header. When none is
/// and the header splits on another delimiter, one problem says which `delimiter` to set
/// instead of one "not in the data file" per column.
pub fn check_header(m: &Manifest, table: &TextTable, problems: &mut Problems) {
    let cols = m.columns();
    let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
    if m.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        && let Some((key, hint)) = delimiter_hint(&table.header, m.csv.delimiter, &names)
    {
        problems.push(Problem::at(
            &m.file,
            1,
            1,
            format!("{hint}: set delimiter = \"{key}\" in survey.toml"),
            Owner::Config,
        ));
        return;
    }
    for c in cols {
        if table.col(&c.name).is_none() {
            problems.push(Problem::at(
                &m.path,
                c.at.0,
                c.at.1,
                format!(
                    "column `{}` is not in the data file {} (its columns are: {})",
                    c.name,
                    m.file
                        .file_name()
                        .map(|f| f.to_string_lossy().to_string())
                        .unwrap_or_default(),
                    table.header.join(", ")
                ),
                Owner::Config,
            ));
        }
    }
}

/// Pseudonymous respondent key: salted SHA-256 of survey id and respondent id, 16 hex digits.
pub fn respondent_key(salt: &str, survey_id: &str, id: &str) -> String {
    let mut s = String::with_capacity(salt.len() + survey_id.len() + id.len() + 2);
    s.push_str(salt);
    s.push('\u{1f}');
    s.push_str(survey_id);
    s.push('\u{1f}');
    s.push_str(id.trim());
    super::reader::sha256_bytes(s.as_bytes())[..16].to_string()
}

struct Bad {
    column: Option<String>,
    value: Option<String>,
    reason: String,
}

/// Harmonise an already-read wave. `file_label` is the data file as shown in rejects.
pub fn harmonise(m: &Manifest, table: &TextTable, salt: &str, file_label: &str) -> Result<WaveResult> {
    let idx = |c: &ColumnRef| table.col(&c.name).unwrap_or(usize::MAX);
    let id_col = idx(&m.respondent_id);
    let w_col = m.weight.as_ref().map(idx);
    let s_col = m.strata.as_ref().map(idx);
    let p_col = m.psu.as_ref().map(idx);
    let g_cols: Vec<usize> = m.groups.iter().map(|g| idx(&g.column)).collect();
    let i_cols: Vec<usize> = m.items.iter().map(|i| idx(&i.column)).collect();
    let n_items = m.items.len();
    // ": -9, 98, \"Don't know\"" per item, for reasons (built once, not per cell).
    let missing_notes: Vec<String> = m
        .items
        .iter()
        .map(|i| {
            if i.missing_codes.is_empty() {
                String::new()
            } else {
                format!(": {}", list_codes(&i.missing_codes))
            }
        })
        .collect();

    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut rejects = Vec::new();
    let cap = table.rows.len() * n_items;
    let mut key: Vec<String> = Vec::with_capacity(cap);
    let mut weight: Vec<f64> = Vec::with_capacity(cap);
    let mut strata: Vec<Option<String>> = Vec::with_capacity(cap);
    let mut psu: Vec<Option<String>> = Vec::with_capacity(cap);
    let mut groups: Vec<Vec<Option<String>>> = vec![Vec::with_capacity(cap); crate::config::manifest::GROUP_DIMS.len()];
    let mut item: Vec<&str> = Vec::with_capacity(cap);
    let mut value: Vec<Option<f64>> = Vec::with_capacity(cap);
    let mut pomp: Vec<Option<f64>> = Vec::with_capacity(cap);
    let mut agree: Vec<Option<bool>> = Vec::with_capacity(cap);
    let mut scale_min: Vec<f64> = Vec::with_capacity(cap);
    let mut scale_max: Vec<f64> = Vec::with_capacity(cap);
    let mut accepted = 0u64;

    for row in &table.rows {
        let cell = |i: usize| row.cells.get(i).map(String::as_str).unwrap_or("");
        let mut bad: Vec<Bad> = Vec::new();
        if let Some(reason) = table.field_count_problem(row) {
            bad.push(Bad {
                column: None,
                value: None,
                reason,
            });
        }
        let rid = cell(id_col).trim();
        if rid.is_empty() {
            bad.push(Bad {
                column: Some(m.respondent_id.name.clone()),
                value: None,
                reason: "missing respondent id".into(),
            });
        }
        let w = match w_col {
            None => 1.0,
            Some(c) => match parse_number(cell(c)) {
                Some(w) if w > 0.0 => w,
                Some(_) => {
                    bad.push(Bad {
                        column: Some(table.header[c].clone()),
                        value: Some(cell(c).to_string()),
                        reason: "weight must be > 0".into(),
                    });
                    f64::NAN
                }
                None if cell(c).trim().is_empty() => {
                    bad.push(Bad {
                        column: Some(table.header[c].clone()),
                        value: None,
                        reason: "missing weight".into(),
                    });
                    f64::NAN
                }
                None => {
                    bad.push(Bad {
                        column: Some(table.header[c].clone()),
                        value: Some(cell(c).to_string()),
                        reason: format!("weight is not a number{}", decimal_hint(m, cell(c))),
                    });
                    f64::NAN
                }
            },
        };
        let mut design_cell = |c: Option<usize>, what: &str| -> Option<String> {
            let c = c?;
            let v = cell(c).trim();
            if v.is_empty() {
                bad.push(Bad {
                    column: Some(table.header[c].clone()),
                    value: None,
                    reason: format!("missing {what}"),
                });
                None
            } else {
                Some(normalise_code(v))
            }
        };
        let st = design_cell(s_col, "stratum");
        let ps = design_cell(p_col, "psu");
        let mut gvals: Vec<(usize, Option<String>)> = Vec::with_capacity(m.groups.len());
        for (g, &c) in m.groups.iter().zip(&g_cols) {
            let raw = cell(c).trim();
            let dim_idx = crate::config::manifest::GROUP_DIMS
                .iter()
                .position(|d| *d == g.dim)
                .unwrap_or(0);
            if raw.is_empty() {
                gvals.push((dim_idx, None));
                continue;
            }
            // A declared missing code (refused, don't know) is an unknown group, like an empty
            // cell, unless the map gives it a value.
            let num = parse_number(raw);
            let is_missing = is_one_of(&m.missing_codes, raw, num);
            if let Some(bands) = &g.bands {
                if is_missing {
                    gvals.push((dim_idx, None));
                    continue;
                }
                let why = match num.map(|v| bands.label(v)) {
                    Some(Some(label)) => {
                        gvals.push((dim_idx, Some(label.to_string())));
                        continue;
                    }
                    Some(None) => "below the first band",
                    None => "not a number",
                };
                bad.push(Bad {
                    column: Some(table.header[c].clone()),
                    value: Some(raw.to_string()),
                    reason: format!(
                        "{why} (expected a number for the {} bands {} or a missing code)",
                        g.dim,
                        bands.labels().join(", ")
                    ),
                });
                continue;
            }
            match &g.map {
                None if is_missing => gvals.push((dim_idx, None)),
                None => gvals.push((dim_idx, Some(normalise_code(raw)))),
                Some(map) => match map.iter().find(|(k, _)| codes_equal(k, raw)) {
                    Some((_, v)) => gvals.push((dim_idx, Some(v.clone()))),
                    None if is_missing => gvals.push((dim_idx, None)),
                    None => bad.push(Bad {
                        column: Some(table.header[c].clone()),
                        value: Some(raw.to_string()),
                        reason: format!(
                            "unknown code for {} (expected one of {})",
                            g.dim,
                            map.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(", ")
                        ),
                    }),
                },
            }
        }
        let mut ivals: Vec<(Option<f64>, Option<f64>, Option<bool>)> = Vec::with_capacity(n_items);
        for (k, (spec, &c)) in m.items.iter().zip(&i_cols).enumerate() {
            let raw = cell(c).trim();
            if raw.is_empty() {
                ivals.push((None, None, None));
                continue;
            }
            let num = parse_number(raw);
            if is_one_of(&spec.missing_codes, raw, num) {
                ivals.push((None, None, None));
                continue;
            }
            let missing_note = &missing_notes[k];
            let code = match (&spec.map, num) {
                (Some(map), _) => match map.iter().find(|(k, _)| k.matches(raw, num)) {
                    Some((_, v)) => *v,
                    None => {
                        bad.push(Bad {
                            column: Some(table.header[c].clone()),
                            value: Some(raw.to_string()),
                            reason: format!(
                                "not in the map of {} (expected one of {} or a missing code{missing_note})",
                                spec.item,
                                list_codes(&map.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>())
                            ),
                        });
                        continue;
                    }
                },
                (None, Some(code)) => code,
                (None, None) => {
                    bad.push(Bad {
                        column: Some(table.header[c].clone()),
                        value: Some(raw.to_string()),
                        reason: format!(
                            "not a number (expected a code on the scale [{}, {}] or a missing code{missing_note}){}",
                            spec.min,
                            spec.max,
                            decimal_hint(m, raw)
                        ),
                    });
                    continue;
                }
            };
            let whole_scale = spec.min.fract() == 0.0 && spec.max.fract() == 0.0;
            if code < spec.min || code > spec.max || (whole_scale && code.fract() != 0.0) {
                bad.push(Bad {
                    column: Some(table.header[c].clone()),
                    value: Some(raw.to_string()),
                    reason: format!(
                        "out of scale (expected a whole number from {} to {} or a missing code)",
                        spec.min, spec.max
                    ),
                });
                continue;
            }
            let v = if spec.reverse { spec.min + spec.max - code } else { code };
            let p = (v - spec.min) / (spec.max - spec.min) * 100.0;
            // `agree` lists local codes as written in the file, before the map and mirroring.
            let a = match &spec.agree {
                Some(list) => is_one_of(list, raw, num),
                None => v > (spec.min + spec.max) / 2.0,
            };
            ivals.push((Some(v), Some(p), Some(a)));
        }
        if !rid.is_empty()
            && bad.is_empty()
            && let Some(first) = seen.get(rid)
        {
            bad.push(Bad {
                column: Some(m.respondent_id.name.clone()),
                value: Some(respondent_key(salt, &m.id, rid)),
                reason: format!("duplicate respondent id (first seen on line {first}; value shown pseudonymised)"),
            });
        }
        if let Some(first) = bad.first() {
            let mut reason = first.reason.clone();
            if bad.len() > 1 {
                let more: Vec<String> = bad[1..]
                    .iter()
                    .map(|b| format!("{}: {}", b.column.as_deref().unwrap_or("row"), b.reason))
                    .collect();
                reason = format!("{reason}; also {}", more.join("; "));
            }
            rejects.push(RejectRow {
                file: file_label.to_string(),
                line: row.line as u64,
                column: first.column.clone(),
                column_number: None,
                value: first.value.clone(),
                reason,
            });
            continue;
        }
        seen.insert(rid.to_string(), row.line);
        accepted += 1;
        let k = respondent_key(salt, &m.id, rid);
        for (spec, (v, p, a)) in m.items.iter().zip(ivals) {
            key.push(k.clone());
            weight.push(w);
            strata.push(st.clone());
            psu.push(ps.clone());
            for (d, col) in groups.iter_mut().enumerate() {
                col.push(gvals.iter().find(|(i, _)| *i == d).and_then(|(_, v)| v.clone()));
            }
            item.push(spec.item.as_str());
            value.push(v);
            pomp.push(p);
            agree.push(a);
            scale_min.push(spec.min);
            scale_max.push(spec.max);
        }
    }

    let n = key.len();
    let date = Series::new("date".into(), vec![m.midpoint(); n]).cast(&DataType::Date)?;
    let mut cols: Vec<Column> = vec![
        Column::new("survey_id".into(), vec![m.id.as_str(); n]),
        Column::new("wave".into(), vec![m.wave.as_str(); n]),
        date.into(),
        Column::new("mode".into(), vec![m.mode.map(crate::vocab::Mode::as_str); n]),
        Column::new("respondent_key".into(), key),
        Column::new("weight".into(), weight),
        Column::new("strata".into(), strata),
        Column::new("psu".into(), psu),
    ];
    for (d, col) in crate::config::manifest::GROUP_DIMS.iter().zip(groups) {
        cols.push(Column::new((*d).into(), col));
    }
    cols.extend([
        Column::new("item".into(), item),
        Column::new("value".into(), value),
        Column::new("value_pomp".into(), pomp),
        Column::new("agree".into(), agree),
        Column::new("scale_min".into(), scale_min),
        Column::new("scale_max".into(), scale_max),
    ]);
    let frame = DataFrame::new(n, cols)?;
    super::number_columns(&mut rejects, table);
    Ok(WaveResult {
        frame,
        rejects,
        rows_in: table.rows.len() as u64,
        accepted,
    })
}

/// A hint for a number written with a decimal comma in a file read with a decimal point.
fn decimal_hint(m: &Manifest, raw: &str) -> &'static str {
    if !m.csv.decimal_comma && decimal_comma_to_point(raw).is_some() {
        " — it looks written with a decimal comma: set decimal = \",\" in survey.toml"
    } else {
        ""
    }
}

/// Codes like `1.0` become `1` so that the same group reads the same in every file.
fn normalise_code(s: &str) -> String {
    match parse_number(s) {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        _ => s.to_string(),
    }
}
