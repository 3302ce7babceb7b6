//! A wave's own replicate weights (manifest `replicate_weights`, docs/INPUTS.md): the header
//! check of their columns, the validation of every cell (a bad cell rejects the row, as a bad
//! weight does) and the long frame of table `replicate_weights` (docs/STORE.md).
//!
//! Kept apart from the responses frame of [`super::survey`]: harmonisation only asks
//! [`RepCells`] to read a row's cells, and the frame is written as its own table, keyed by
//! survey id and respondent key like `responses`.

use crate::config::manifest::Manifest;
use crate::config::parse_number;
use crate::diag::{Owner, Problem, Problems};
use crate::store::rows::ReplicateWeightRow;
use anyhow::Result;
use polars::prelude::*;

/// Check the replicate-weight columns of `m` against the data file's header: every name or
/// pattern matches, at least two replicates, `rscales` of the right length, and no column the
/// manifest uses for something else. Problems point at `columns` (or `rscales`) in the manifest.
pub fn check_header(m: &Manifest, header: &[String], problems: &mut Problems) {
    let Some(spec) = &m.replicate_weights else { return };
    let at = |(l, c): (usize, usize), msg: String| Problem::at(&m.path, l, c, msg, Owner::Config);
    match spec.resolve(header) {
        Err(msg) => {
            let pos = if msg.contains("`rscales`") {
                spec.rscales_at
            } else {
                spec.columns_at
            };
            problems.push(at(pos, msg));
        }
        Ok(cols) => {
            for &i in &cols {
                if let Some(other) = m.columns().into_iter().find(|c| c.name == header[i]) {
                    problems.push(at(
                        spec.columns_at,
                        format!(
                            "replicate_weights: column `{}` is already used by the manifest (line {}); name the replicate columns only",
                            header[i], other.at.0
                        ),
                    ));
                }
            }
        }
    }
}

/// The replicate-weight columns of one wave, for reading its rows.
pub struct RepCells {
    cols: Vec<usize>,
}

impl RepCells {
    /// The wave's replicate columns in `header` (none without `replicate_weights`). The header
    /// was checked by [`check_header`], so a column that does not resolve cannot occur here.
    pub fn new(m: &Manifest, header: &[String]) -> Self {
        let cols = m
            .replicate_weights
            .as_ref()
            .and_then(|s| s.resolve(header).ok())
            .unwrap_or_default();
        RepCells { cols }
    }

    /// Number of replicates (0 without replicate weights).
    pub fn len(&self) -> usize {
        self.cols.len()
    }

    /// True without replicate weights.
    pub fn is_empty(&self) -> bool {
        self.cols.is_empty()
    }

    /// Read one row's replicate weights into `out` (cleared first). Each cell must be a number
    /// ≥ 0 (a replicate weight may be 0: the jackknife and BRR drop PSUs that way); every bad
    /// cell is passed to `bad(column, value, reason)` and the row must then be rejected.
    pub fn read_row<'a>(
        &self,
        cell: impl Fn(usize) -> &'a str,
        header: &[String],
        out: &mut Vec<f64>,
        mut bad: impl FnMut(String, Option<String>, String),
    ) {
        out.clear();
        for &c in &self.cols {
            let raw = cell(c);
            match parse_number(raw) {
                Some(v) if v >= 0.0 => out.push(v),
                Some(_) => bad(
                    header[c].clone(),
                    Some(raw.trim().to_string()),
                    "replicate weight must be ≥ 0".into(),
                ),
                None if raw.trim().is_empty() => bad(header[c].clone(), None, "missing replicate weight".into()),
                None => bad(
                    header[c].clone(),
                    Some(raw.trim().to_string()),
                    "replicate weight is not a number".into(),
                ),
            }
        }
    }

    /// The long `replicate_weights` frame of one wave (without the hive keys city and kind),
    /// replicate by replicate, respondents in file order: `keys` holds the accepted
    /// respondents' 16-digit keys back to back and `values` their replicate weights,
    /// respondent-major (`values[i · R + r]`).
    pub fn frame(&self, m: &Manifest, header: &[String], keys: &str, values: &[f64]) -> Result<DataFrame> {
        let r = self.cols.len();
        let n_resp = values.len().checked_div(r).unwrap_or(0);
        let n = n_resp * r;
        let rscales = m.replicate_weights.as_ref().map(|s| s.scales(r).1).unwrap_or_default();
        let key = |i: usize| &keys[i * 16..i * 16 + 16];
        let cols = vec![
            Column::new("survey_id".into(), vec![m.id.as_str(); n]),
            StringChunked::from_iter_values("respondent_key".into(), (0..r).flat_map(|_| (0..n_resp).map(key)))
                .into_column(),
            Column::new(
                "replicate".into(),
                (0..r)
                    .flat_map(|k| std::iter::repeat_n(k as u32 + 1, n_resp))
                    .collect::<Vec<u32>>(),
            ),
            StringChunked::from_iter_values(
                "column".into(),
                self.cols
                    .iter()
                    .flat_map(|&c| std::iter::repeat_n(header[c].as_str(), n_resp)),
            )
            .into_column(),
            Column::new(
                "rscale".into(),
                rscales
                    .iter()
                    .flat_map(|&s| std::iter::repeat_n(s, n_resp))
                    .collect::<Vec<f64>>(),
            ),
            Column::new(
                "weight".into(),
                (0..r)
                    .flat_map(|k| (0..n_resp).map(move |i| values[i * r + k]))
                    .collect::<Vec<f64>>(),
            ),
        ];
        let df = DataFrame::new(n, cols)?;
        crate::store::check_frame::<ReplicateWeightRow>(&df)?;
        Ok(df)
    }
}
