//! The indicator-set workbench for the working group on smart indicators (docs/METHODS.md):
//! `diagnostics`, `composite` and `composite_sensitivity` after the compute stage, the
//! comparison of two candidate sets ([`compare`]) and the sample-size calculator ([`plan`]).
//!
//! Reads waves and estimates, writes its tables through the catalog; it never changes the
//! tables of the compute stage.

pub mod compare;
pub mod composite;
pub mod diagnostics;
pub mod plan;
pub mod replicates;
pub mod uncertainty;

use crate::config::bank::QuestionBank;
use crate::config::indicators::{IndicatorSet, Statistic};
use crate::config::project::Analysis;
use crate::store::Store;
use crate::store::rows::{AssociationRow, ChangeRow, CompositeRow, DiagRow, EstimateRow, SensitivityRow, WaveRow};
use crate::store::wide::WaveData;
use anyhow::{Context, Result};
use polars::prelude::*;
use replicates::RepEstimate;
use std::collections::BTreeMap;

/// What the workbench produced.
#[derive(Debug, Clone, Default)]
pub struct Workbench {
    /// `diagnostics` rows, sorted.
    pub diagnostics: Vec<DiagRow>,
    /// `composite` rows.
    pub composite: Vec<CompositeRow>,
    /// `composite_sensitivity` rows.
    pub sensitivity: Vec<SensitivityRow>,
}

/// What the workbench takes from one wave's respondent-level data in the estimation pass.
#[derive(Debug, Clone)]
pub enum WaveOutput {
    /// A respondent-level diagnostic ([`diagnostics::wave_diagnostics`], α intervals).
    Diag(DiagRow),
    /// Replicate estimates of a composite indicator ([`replicates::wave_replicates`]).
    Replicates(RepEstimate),
}

/// The workbench's per-wave hook: respondent-level diagnostics, α intervals and the
/// replicate estimates of composite indicators (`analysis.replicates` bootstrap replicates
/// seeded from `analysis.seed` and the wave's survey id).
pub fn wave_outputs(
    sets: &[IndicatorSet],
    meta: &WaveRow,
    data: &WaveData,
    bank: &QuestionBank,
    analysis: &Analysis,
) -> Vec<WaveOutput> {
    let mut out: Vec<WaveOutput> = diagnostics::wave_diagnostics(sets, meta, data, bank)
        .into_iter()
        .map(WaveOutput::Diag)
        .collect();
    let (reps, diags) = replicates::wave_replicates(sets, meta, data, analysis.replicates, analysis.seed);
    out.extend(diags.into_iter().map(WaveOutput::Diag));
    out.extend(reps.into_iter().map(WaveOutput::Replicates));
    out
}

/// Split the hook's outputs into diagnostics and replicate estimates.
pub fn split_outputs(outputs: Vec<WaveOutput>) -> (Vec<DiagRow>, Vec<RepEstimate>) {
    let (mut d, mut r) = (Vec::new(), Vec::new());
    for o in outputs {
        match o {
            WaveOutput::Diag(x) => d.push(x),
            WaveOutput::Replicates(x) => r.push(x),
        }
    }
    (d, r)
}

/// Scale (min, max) of every item, over all waves (the POMP goalposts of `mean` indicators).
pub fn item_scales(store: &Store) -> Result<BTreeMap<String, (f64, f64)>> {
    let df = store
        .scan("responses")?
        .group_by([col("item")])
        .agg([col("scale_min").min(), col("scale_max").max()])
        .collect()
        .map_err(anyhow::Error::from)
        .context("reading the item scales from `responses`")?;
    let item = df.column("item")?.str()?;
    let lo = df.column("scale_min")?.cast(&DataType::Float64)?;
    let hi = df.column("scale_max")?.cast(&DataType::Float64)?;
    let (lo, hi) = (lo.f64()?, hi.f64()?);
    Ok((0..df.height())
        .filter_map(|i| Some((item.get(i)?.to_string(), (lo.get(i)?, hi.get(i)?))))
        .collect())
}

/// Every diagnostic of `sets`.
/// `respondent` holds the per-wave diagnostics ([`diagnostics::wave_diagnostics`]) computed in
/// the estimation pass.
pub fn all_diagnostics(
    sets: &[IndicatorSet],
    respondent: Vec<DiagRow>,
    estimates: &[EstimateRow],
    changes: &[ChangeRow],
    associations: &[AssociationRow],
    alpha: f64,
) -> Vec<DiagRow> {
    let mut rows = respondent;
    rows.extend(diagnostics::estimate_diagnostics(
        sets,
        estimates,
        changes,
        associations,
        alpha,
    ));
    diagnostics::sort(&mut rows);
    rows
}

/// Composite scores, sampling intervals (from `reps`) and sensitivity of every set with a
/// composite.
pub fn composites(
    store: &Store,
    sets: &[IndicatorSet],
    estimates: &[EstimateRow],
    reps: &[RepEstimate],
    seed: u64,
) -> Result<(Vec<CompositeRow>, Vec<SensitivityRow>)> {
    let index: composite::RepIndex = reps
        .iter()
        .map(|r| {
            (
                (
                    r.set_id.as_str(),
                    r.indicator_id.as_str(),
                    r.city.as_str(),
                    r.wave.as_str(),
                ),
                r.values.as_slice(),
            )
        })
        .collect();
    let needs_scales = sets.iter().any(|s| {
        s.composite.as_ref().is_some_and(|c| {
            c.indicators
                .iter()
                .any(|i| s.get(i).is_some_and(|i| i.statistic == Statistic::Mean))
        })
    });
    let scales = if needs_scales {
        item_scales(store)?
    } else {
        BTreeMap::new()
    };
    let (mut rows, mut sens) = (Vec::new(), Vec::new());
    for set in sets {
        if let Some(data) = composite::composite_data(set, estimates, &scales, &index) {
            let (r, s) = uncertainty::analyse(&data, seed);
            rows.extend(r);
            sens.extend(s);
        }
    }
    rows.sort_by(|a, b| (&a.set_id, &a.city, a.date, &a.wave).cmp(&(&b.set_id, &b.city, b.date, &b.wave)));
    Ok((rows, sens))
}

/// The workbench stage of `cohesion run`: compute and write `diagnostics`, `composite`,
/// `composite_sensitivity` and, with two or more sets, `set_comparison` of the first two.
/// `respondent` holds what [`wave_outputs`] returned in the estimation pass.
pub fn run(
    store: &Store,
    sets: &[IndicatorSet],
    analysis: &Analysis,
    (estimates, changes, associations): (&[EstimateRow], &[ChangeRow], &[AssociationRow]),
    respondent: Vec<WaveOutput>,
    digest: &str,
) -> Result<Workbench> {
    let (respondent, reps) = split_outputs(respondent);
    let diagnostics = all_diagnostics(sets, respondent, estimates, changes, associations, analysis.alpha);
    let (composite, sensitivity) = composites(store, sets, estimates, &reps, analysis.seed)?;
    store.write_rows(&diagnostics, digest)?;
    store.write_rows(&composite, digest)?;
    store.write_rows(&sensitivity, digest)?;
    // With two or more sets, compare the first two side by side (as `compare-sets` does), so
    // that the indicator-set report always has a comparison to show.
    if let [a, b, ..] = sets {
        let mut rows = compare::summarise("A", a, &diagnostics, estimates);
        rows.extend(compare::summarise("B", b, &diagnostics, estimates));
        store.write_rows(&rows, digest)?;
    }
    Ok(Workbench {
        diagnostics,
        composite,
        sensitivity,
    })
}
