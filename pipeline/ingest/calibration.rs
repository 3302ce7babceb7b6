//! Weighting a wave to population margins (`calibrate` in survey.toml, docs/INPUTS.md):
//! read `margins.csv` (dimension, value, population), rake the harmonised respondents'
//! weights (`stats::calibrate::rake`, R `survey::rake`: ε = 1e-9, at most 100 sweeps) and
//! put the raked weights in the wave's `weight` column before it is stored.
//!
//! A respondent whose value of a raking dimension is unknown (empty cell or missing code)
//! stops the wave with an error, as R's `rake` does (docs/DECISIONS.md): the population
//! counts of a dimension describe everybody, so the unknowns would need a category and a
//! count of their own.

use super::reader::{TextTable, read_table};
use crate::config::coding::CsvFormat;
use crate::config::manifest::{Calibrate, GROUP_DIMS, Manifest};
use crate::config::parse_number;
use crate::diag::{Owner, Problem};
use crate::stats::calibrate::{EPSILON, MAX_ITER, RakeError, rake};
use crate::store::responses::WaveResponses;

/// One raking dimension's population counts: (value as in the responses, count, line).
struct Margin {
    dim: String,
    cats: Vec<(String, f64, usize)>,
}

/// Values compare with en and hyphen dashes alike ("18–29" = "18-29") and trimmed.
fn same(a: &str, b: &str) -> bool {
    a.trim().replace('–', "-") == b.trim().replace('–', "-")
}

/// Parse and check `margins.csv` for the dimensions of `c`; every problem is returned.
fn read_margins(c: &Calibrate) -> Result<Vec<Margin>, Vec<Problem>> {
    let path = &c.margins;
    let t: TextTable = read_table(path, &CsvFormat::default()).map_err(|e| vec![e.problem(path, "")])?;
    let col = |name: &str| t.col(name);
    let (Some(dc), Some(vc), Some(pc)) = (col("dimension"), col("value"), col("population")) else {
        return Err(vec![Problem::at(
            path,
            1,
            1,
            format!(
                "expected the columns dimension, value, population (found: {})",
                t.header.join(", ")
            ),
            Owner::Config,
        )]);
    };
    let mut problems = Vec::new();
    let mut out: Vec<Margin> =
        c.by.iter()
            .map(|d| Margin {
                dim: d.clone(),
                cats: Vec::new(),
            })
            .collect();
    for r in &t.rows {
        let cell = |i: usize| r.cells.get(i).map(|s| s.trim()).unwrap_or("");
        let (d, v, p) = (cell(dc), cell(vc), cell(pc));
        let Some(m) = out.iter_mut().find(|m| m.dim == d) else {
            problems.push(Problem::at(
                path,
                r.line,
                dc + 1,
                format!("dimension `{d}` is not raked on (`by` names {})", c.by.join(", ")),
                Owner::Config,
            ));
            continue;
        };
        match parse_number(p) {
            Some(x) if x.is_finite() && x >= 0.0 => {
                if m.cats.iter().any(|(val, _, _)| same(val, v)) {
                    problems.push(Problem::at(
                        path,
                        r.line,
                        vc + 1,
                        format!("{d} = {v} is listed twice"),
                        Owner::Config,
                    ));
                } else {
                    m.cats.push((v.to_string(), x, r.line));
                }
            }
            _ => problems.push(Problem::at(
                path,
                r.line,
                pc + 1,
                format!("population `{p}` is not a number ≥ 0"),
                Owner::Config,
            )),
        }
    }
    for m in &out {
        if m.cats.is_empty() {
            problems.push(Problem::file(
                path,
                format!("no population counts for `{}`, which survey.toml rakes on", m.dim),
                Owner::Config,
            ));
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// Rake the weights of a harmonised wave frame (one row per respondent and item, `n_items`
/// rows per respondent, in order) to the margins of `m.calibrate`, in place. Problems name
/// the manifest's `calibrate` or the margins file's line.
pub fn rake_responses(m: &Manifest, resp: &mut WaveResponses) -> anyhow::Result<Result<(), Vec<Problem>>> {
    let Some(c) = &m.calibrate else { return Ok(Ok(())) };
    let margins = match read_margins(c) {
        Ok(x) => x,
        Err(p) => return Ok(Err(p)),
    };
    let file = m
        .file
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let n = resp.respondents();
    let weights = resp.weight.clone();
    let mut dims = Vec::with_capacity(margins.len());
    let mut targets = Vec::with_capacity(margins.len());
    for mg in &margins {
        let d = GROUP_DIMS
            .iter()
            .position(|d| *d == mg.dim)
            .ok_or_else(|| anyhow::anyhow!("bug: margin dimension {} is not a group", mg.dim))?;
        let vals = &resp.groups[d];
        let mut codes = Vec::with_capacity(n);
        let (mut unknown, mut unlisted) = (0usize, Vec::<String>::new());
        for i in 0..n {
            match vals.get(i) {
                None => {
                    unknown += 1;
                    codes.push(None);
                }
                Some(v) => match mg.cats.iter().position(|(c, _, _)| same(c, v)) {
                    Some(k) => codes.push(Some(k)),
                    None => {
                        if !unlisted.iter().any(|u| u == v) {
                            unlisted.push(v.to_string());
                        }
                        codes.push(None);
                    }
                },
            }
        }
        let mut problems = Vec::new();
        if unknown > 0 {
            problems.push(Problem::at(
                &m.path,
                c.at.0,
                c.at.1,
                format!(
                    "{unknown} respondent(s) of {file} have no {} (an empty cell or a missing code); raking needs \
                     everybody in a category of each margin: give the unknowns a value with a population count in \
                     {}, or rake on other dimensions",
                    mg.dim,
                    c.margins
                        .file_name()
                        .map(|f| f.to_string_lossy().to_string())
                        .unwrap_or_default()
                ),
                Owner::Data,
            ));
        }
        if !unlisted.is_empty() {
            problems.push(Problem::file(
                &c.margins,
                format!(
                    "no population count for {} = {} (values in {file}), listed: {}",
                    mg.dim,
                    unlisted.join(", "),
                    mg.cats
                        .iter()
                        .map(|(v, _, _)| v.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Owner::Config,
            ));
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        dims.push(codes);
        targets.push(mg.cats.iter().map(|(_, t, _)| *t).collect::<Vec<f64>>());
    }
    let raked = match rake(&weights, &dims, &targets, MAX_ITER, EPSILON) {
        Ok(r) => r,
        Err(e) => {
            let p = match e {
                RakeError::EmptyCategory { dimension, category } => {
                    let mg = &margins[dimension];
                    let (v, _, line) = &mg.cats[category];
                    Problem::at(
                        &c.margins,
                        *line,
                        1,
                        format!(
                            "{} = {v} has a population count but no respondents in {file}: raking cannot reach it \
                             (merge it with a neighbouring value, or rake on other dimensions)",
                            mg.dim
                        ),
                        Owner::Data,
                    )
                }
                RakeError::ZeroTarget { dimension, category } => {
                    let mg = &margins[dimension];
                    let (v, _, line) = &mg.cats[category];
                    Problem::at(
                        &c.margins,
                        *line,
                        1,
                        format!("{} = {v} has respondents in {file} but a population count of 0", mg.dim),
                        Owner::Data,
                    )
                }
                other => Problem::at(&m.path, c.at.0, c.at.1, format!("{file}: {other}"), Owner::Data),
            };
            return Ok(Err(vec![p]));
        }
    };
    resp.weight = raked.weights;
    Ok(Ok(()))
}
