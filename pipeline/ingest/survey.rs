//! Harmonisation of one survey or barometer wave onto the question bank (docs/INPUTS.md).
//!
//! Staging only: rename, cast, validate, apply value maps, missing codes (numbers or text)
//! and numeric bands, mirror reversed scales, compute POMP and agree (from the local code as
//! written, before the map).
//! Every input row ends up either in the long `responses` frame (one row per respondent and
//! item, value null for a missing answer) or in the rejects, never both and never neither.

use super::reader::{Cells, TextTable, delimiter_hint};
use crate::config::coding::{decimal_comma_to_point, is_one_of, list_codes};
use crate::config::manifest::{ColumnRef, GROUP_DIMS, ItemSpec, Manifest, WeightSpec};
use crate::config::parse_number;
use crate::diag::{Owner, Problem, Problems};
use crate::store::responses::{Codes, WaveResponses};
use crate::store::rows::RejectRow;
use anyhow::Result;
use polars::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

/// The harmonised wave.
pub struct WaveResult {
    /// The accepted responses, columnar (the long `responses` table without the hive keys
    /// city and kind).
    pub responses: WaveResponses,
    /// Rejected rows.
    pub rejects: Vec<RejectRow>,
    /// Data rows in the file.
    pub rows_in: u64,
    /// Rows accepted.
    pub accepted: u64,
    /// The wave's own replicate weights as the long `replicate_weights` frame (manifest
    /// `replicate_weights`), accepted respondents only.
    pub replicate_weights: Option<DataFrame>,
    /// Number of replicate-weight columns (0 without them).
    pub replicates: u32,
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
    let mut out = String::with_capacity(16);
    KeyHasher::new(salt, survey_id).key_into(id, &mut out);
    out
}

/// [`respondent_key`] for many respondents of one wave: the salted prefix is built once and
/// the hash input buffer is reused (one SHA-256 per respondent, never per item).
struct KeyHasher {
    input: Vec<u8>,
    prefix: usize,
}

impl KeyHasher {
    fn new(salt: &str, survey_id: &str) -> Self {
        let mut input = Vec::with_capacity(salt.len() + survey_id.len() + 64);
        input.extend_from_slice(salt.as_bytes());
        input.push(0x1f);
        input.extend_from_slice(survey_id.as_bytes());
        input.push(0x1f);
        let prefix = input.len();
        KeyHasher { input, prefix }
    }

    /// Append the key of respondent `id` (trimmed) to `out`: the first 8 bytes of the digest
    /// as 16 lower-case hex digits.
    fn key_into(&mut self, id: &str, out: &mut String) {
        use sha2::{Digest, Sha256};
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.input.truncate(self.prefix);
        self.input.extend_from_slice(id.trim().as_bytes());
        let d = Sha256::digest(&self.input);
        for b in &d[..8] {
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

struct Bad {
    column: Option<String>,
    value: Option<String>,
    reason: String,
}

/// A respondent's weight from the weight's columns (`weight`, docs/INPUTS.md): 1 without
/// any, the product of the columns, or 1 / the probability in the one column when
/// `inverse`. A missing, non-numeric or non-positive factor (a probability above 1) rejects
/// the row, naming that column; NaN is returned then.
fn weight_of<'c>(
    cols: &[usize],
    inverse: bool,
    cell: impl Fn(usize) -> &'c str,
    header: &[String],
    m: &Manifest,
    bad: &mut Vec<Bad>,
) -> f64 {
    let mut w = 1.0;
    for &c in cols {
        let text = cell(c);
        let problem = match parse_number(text) {
            Some(x) if inverse && !(x > 0.0 && x <= 1.0) => Some((
                Some(text.to_string()),
                "an inclusion probability must be > 0 and ≤ 1".to_string(),
            )),
            Some(x) if x > 0.0 => {
                w *= if inverse { 1.0 / x } else { x };
                None
            }
            Some(_) => Some((Some(text.to_string()), "weight must be > 0".to_string())),
            None if text.trim().is_empty() => Some((None, "missing weight".to_string())),
            None => Some((
                Some(text.to_string()),
                format!("weight is not a number{}", decimal_hint(m, text)),
            )),
        };
        if let Some((value, reason)) = problem {
            bad.push(Bad {
                column: Some(header[c].clone()),
                value,
                reason,
            });
            w = f64::NAN;
        }
    }
    w
}

/// Harmonise an already-read wave. `file_label` is the data file as shown in rejects.
///
/// Respondent-level columns (key, weight, design, groups) are computed once per respondent and
/// only expanded to one row per item when the long frame is built, from borrowed text.
pub fn harmonise<T: Cells + ?Sized>(m: &Manifest, table: &T, salt: &str, file_label: &str) -> Result<WaveResult> {
    let header = table.header();
    let idx = |c: &ColumnRef| table.col(&c.name).unwrap_or(usize::MAX);
    let id_col = idx(&m.respondent_id);
    // The weight's columns and whether they hold a probability to invert (`weight`).
    let w_cols: Vec<usize> = m.weight.iter().flat_map(|w| w.columns()).map(idx).collect();
    let w_inverse = matches!(m.weight, Some(WeightSpec::InverseOf(_)));
    let s_col = m.strata.as_ref().map(idx);
    let p_col = m.psu.as_ref().map(idx);
    let g_cols: Vec<usize> = m.groups.iter().map(|g| idx(&g.column)).collect();
    let g_dims: Vec<usize> = m
        .groups
        .iter()
        .map(|g| GROUP_DIMS.iter().position(|d| *d == g.dim).unwrap_or(0))
        .collect();
    // Group maps with their keys parsed once (`codes_equal` per cell parsed both sides).
    let g_maps: Vec<Option<Vec<(Option<f64>, &str, &str)>>> = m
        .groups
        .iter()
        .map(|g| {
            g.map.as_ref().map(|map| {
                map.iter()
                    .map(|(k, v)| (parse_number(k), k.trim(), v.as_str()))
                    .collect()
            })
        })
        .collect();
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

    // Per item, the answer of each accepted one-digit cell ("0" to "9"), by the same code as
    // every other cell (`item_cell`); a rejected digit goes the long way to say why.
    let digits: Vec<[Option<Answer>; 10]> = m
        .items
        .iter()
        .zip(&missing_notes)
        .map(|(spec, note)| std::array::from_fn(|d| item_cell(m, spec, note, &d.to_string()).ok()))
        .collect();
    let n_rows = table.n_rows();
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(n_rows);
    let mut rejects = Vec::new();
    let mut hasher = KeyHasher::new(salt, &m.id);
    // Respondent level: one entry per accepted respondent.
    let mut keys = String::with_capacity(n_rows * 16);
    let mut weight: Vec<f64> = Vec::with_capacity(n_rows);
    let mut strata = Codes::default();
    let mut psu = Codes::default();
    let mut groups: Vec<Codes> = vec![Codes::default(); GROUP_DIMS.len()];
    // Item level, respondent-major: one entry per accepted respondent and item.
    let cap = n_rows * n_items;
    let mut value: Vec<Option<f64>> = Vec::with_capacity(cap);
    let mut pomp: Vec<Option<f64>> = Vec::with_capacity(cap);
    let mut agree: Vec<Option<bool>> = Vec::with_capacity(cap);
    let mut accepted = 0u64;
    let mut bad: Vec<Bad> = Vec::new();
    let mut gvals: Vec<(usize, Option<Cow<str>>)> = Vec::with_capacity(m.groups.len());
    let mut ivals: Vec<Answer> = Vec::with_capacity(n_items);
    // The wave's own replicate weights (validated like the weight; a table of their own).
    let rep_cells = super::replicates::RepCells::new(m, header);
    let (mut rep_row, mut rep_values) = (Vec::new(), Vec::new());

    for r in 0..n_rows {
        let cell = |i: usize| table.cell(r, i);
        let line = table.line(r);
        bad.clear();
        gvals.clear();
        ivals.clear();
        if let Some(reason) = table.field_count_problem_at(r) {
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
        let w = weight_of(&w_cols, w_inverse, |c| cell(c), header, m, &mut bad);
        rep_cells.read_row(cell, header, &mut rep_row, |column, value, reason| {
            bad.push(Bad {
                column: Some(column),
                value,
                reason,
            })
        });
        let mut design_cell = |c: Option<usize>, what: &str| -> Option<Cow<str>> {
            let c = c?;
            let v = table.cell(r, c).trim();
            if v.is_empty() {
                bad.push(Bad {
                    column: Some(header[c].clone()),
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
        for (((g, &c), &dim_idx), g_map) in m.groups.iter().zip(&g_cols).zip(&g_dims).zip(&g_maps) {
            let raw = cell(c).trim();
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
                        gvals.push((dim_idx, Some(Cow::Borrowed(label))));
                        continue;
                    }
                    Some(None) => "below the first band",
                    None => "not a number",
                };
                bad.push(Bad {
                    column: Some(header[c].clone()),
                    value: Some(raw.to_string()),
                    reason: format!(
                        "{why} (expected a number for the {} bands {} or a missing code)",
                        g.dim,
                        bands.labels().join(", ")
                    ),
                });
                continue;
            }
            match g_map {
                None if is_missing => gvals.push((dim_idx, None)),
                None => gvals.push((dim_idx, Some(normalise_code(raw)))),
                Some(map) => match map.iter().find(|(kn, kt, _)| match (kn, num) {
                    (Some(x), Some(y)) => *x == y,
                    _ => *kt == raw,
                }) {
                    Some((_, _, v)) => gvals.push((dim_idx, Some(Cow::Borrowed(*v)))),
                    None if is_missing => gvals.push((dim_idx, None)),
                    None => bad.push(Bad {
                        column: Some(header[c].clone()),
                        value: Some(raw.to_string()),
                        reason: format!(
                            "unknown code for {} (expected one of {})",
                            g.dim,
                            g.map
                                .iter()
                                .flatten()
                                .map(|(k, _)| k.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    }),
                },
            }
        }
        for (k, &c) in i_cols.iter().enumerate() {
            let cell = cell(c);
            // A one-digit cell, most answers on a scale: its outcome was worked out once.
            if let [d @ b'0'..=b'9'] = cell.as_bytes()
                && let Some(o) = digits[k][(d - b'0') as usize]
            {
                ivals.push(o);
                continue;
            }
            let raw = cell.trim();
            match item_cell(m, &m.items[k], &missing_notes[k], raw) {
                Ok(o) => ivals.push(o),
                Err(reason) => bad.push(Bad {
                    column: Some(header[c].clone()),
                    value: Some(raw.to_string()),
                    reason,
                }),
            }
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
                line: line as u64,
                column: first.column.clone(),
                column_number: None,
                value: first.value.clone(),
                reason,
            });
            continue;
        }
        seen.insert(rid, line);
        accepted += 1;
        hasher.key_into(rid, &mut keys);
        weight.push(w);
        rep_values.extend_from_slice(&rep_row);
        strata.push(st.as_deref());
        psu.push(ps.as_deref());
        for (d, col) in groups.iter_mut().enumerate() {
            // A dimension declared twice keeps its first column, as before.
            col.push(gvals.iter().find(|(i, _)| *i == d).and_then(|(_, v)| v.as_deref()));
        }
        for (v, p, a) in ivals.drain(..) {
            value.push(v);
            pomp.push(p);
            agree.push(a);
        }
    }

    let responses = WaveResponses {
        survey_id: m.id.clone(),
        wave: m.wave.clone(),
        date: m.midpoint(),
        mode: m.mode.map(crate::vocab::Mode::as_str),
        items: m.items.iter().map(|i| i.item.clone()).collect(),
        scales: m.items.iter().map(|i| (i.min, i.max)).collect(),
        keys,
        weight,
        strata,
        psu,
        groups,
        value,
        pomp,
        agree,
    };
    super::number_columns(&mut rejects, header);
    let replicate_weights = match rep_cells.is_empty() {
        true => None,
        false => Some(rep_cells.frame(m, header, &responses.keys, &rep_values)?),
    };
    Ok(WaveResult {
        responses,
        rejects,
        rows_in: n_rows as u64,
        accepted,
        replicate_weights,
        replicates: rep_cells.len() as u32,
    })
}

/// An item's harmonised answer: (value, POMP, agree), all None for a missing answer.
type Answer = (Option<f64>, Option<f64>, Option<bool>);

/// One item cell (trimmed): its answer, or why the row is rejected.
fn item_cell(m: &Manifest, spec: &ItemSpec, missing_note: &str, raw: &str) -> std::result::Result<Answer, String> {
    if raw.is_empty() {
        return Ok((None, None, None));
    }
    let num = parse_number(raw);
    if is_one_of(&spec.missing_codes, raw, num) {
        return Ok((None, None, None));
    }
    let code = match (&spec.map, num) {
        (Some(map), _) => match map.iter().find(|(k, _)| k.matches(raw, num)) {
            Some((_, v)) => *v,
            None => {
                return Err(format!(
                    "not in the map of {} (expected one of {} or a missing code{missing_note})",
                    spec.item,
                    list_codes(&map.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>())
                ));
            }
        },
        (None, Some(code)) => code,
        (None, None) => {
            return Err(format!(
                "not a number (expected a code on the scale [{}, {}] or a missing code{missing_note}){}",
                spec.min,
                spec.max,
                decimal_hint(m, raw)
            ));
        }
    };
    let whole_scale = spec.min.fract() == 0.0 && spec.max.fract() == 0.0;
    if code < spec.min || code > spec.max || (whole_scale && code.fract() != 0.0) {
        return Err(format!(
            "out of scale (expected a whole number from {} to {} or a missing code)",
            spec.min, spec.max
        ));
    }
    let v = if spec.reverse { spec.min + spec.max - code } else { code };
    let p = (v - spec.min) / (spec.max - spec.min) * 100.0;
    // `agree` lists local codes as written in the file, before the map and mirroring.
    let a = match &spec.agree {
        Some(list) => is_one_of(list, raw, num),
        None => v > (spec.min + spec.max) / 2.0,
    };
    Ok((Some(v), Some(p), Some(a)))
}

/// A hint for a number written with a decimal comma in a file read with a decimal point.
fn decimal_hint(m: &Manifest, raw: &str) -> &'static str {
    if !m.csv.decimal_comma && decimal_comma_to_point(raw).is_some() {
        " — it looks written with a decimal comma: set decimal = \",\" in survey.toml"
    } else {
        ""
    }
}

/// Codes like `1.0` become `1` so that the same group reads the same in every file. A code
/// already written that way (plain digits, no leading zero) is borrowed as it is.
fn normalise_code(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    if !b.is_empty() && b.len() < 15 && b.iter().all(u8::is_ascii_digit) && (b.len() == 1 || b[0] != b'0') {
        return Cow::Borrowed(s);
    }
    match parse_number(s) {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => Cow::Owned(format!("{}", v as i64)),
        _ => Cow::Borrowed(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key is the first 16 hex digits of SHA-256(salt ␟ survey id ␟ trimmed id); the value
    /// is Python 3.11 `hashlib.sha256(b"salt\x1fw1\x1f42").hexdigest()[:16]`.
    #[test]
    fn respondent_key_is_the_salted_sha256_prefix() {
        assert_eq!(respondent_key("salt", "w1", " 42 "), "2358af15c4d4c256");
        let mut h = KeyHasher::new("salt", "w1");
        let mut out = String::new();
        h.key_into("7", &mut out);
        h.key_into("42", &mut out);
        assert_eq!(&out[16..], "2358af15c4d4c256");
        assert_eq!(&out[..16], respondent_key("salt", "w1", "7"));
    }
}
