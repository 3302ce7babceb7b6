//! The indicator-set report for the working group: each set's indicators with what the run
//! already says about them (coverage, how often they changed significantly, precision,
//! association with the ICC Index), the workbench's `diagnostics` and `set_comparison` tables
//! in readable form when they exist, and a plain statement of what is missing when not.

use crate::config::indicators::{Aggregation, Normalisation, Weights};
use crate::report::Ctx;
use crate::report::doc::{Block, Cell, Doc, Table};
use crate::report::format::Unit;
use crate::store::rows::DiagRow;
use crate::vocab::GroupDim;
use crate::vocab::{Detectability, DiagMetric};
use anyhow::Result;
use polars::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// Write the set report into `dir` (`reports/sets/<lang>`); returns files written.
pub fn write(ctx: &Ctx, dir: &Path) -> Result<usize> {
    let doc = build(ctx)?;
    crate::report::write_doc(dir, "report", &doc, ctx.tr)?;
    Ok(2)
}

/// The set report as a document.
pub fn build(ctx: &Ctx) -> Result<Doc> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let d = ctx.data;
    let mut doc = Doc {
        lang: tr.lang().into(),
        kind: "report",
        title: tr.t("sets.title").into(),
        subtitle: tr.f(
            "sets.subtitle",
            &[("project", &ctx.cp.project.name), ("n", &ctx.cp.sets.len().to_string())],
        ),
        blocks: Vec::new(),
        footer: ctx.footer(),
    };
    let b = &mut doc.blocks;
    b.push(Block::p(tr.t("sets.intro")));
    for set in &ctx.cp.sets {
        b.push(Block::H2(ctx.set_title(set)));
        if let Some(desc) = crate::report::pick_lang(&set.description, tr.lang()) {
            b.push(Block::p(desc));
        }
        let mut rows = Vec::new();
        for ind in &set.indicators {
            let whole: Vec<&crate::store::rows::EstimateRow> = d
                .estimates
                .iter()
                .filter(|e| e.set_id == set.id && e.indicator_id == ind.id && e.group_dim == GroupDim::All)
                .collect();
            let mut cities: Vec<&str> = whole.iter().map(|e| e.city.as_str()).collect();
            cities.sort();
            cities.dedup();
            let unit = whole
                .first()
                .map(|e| Unit::of_statistic(e.statistic))
                .unwrap_or(Unit::Score);
            let widths: Vec<f64> = whole.iter().filter_map(|e| Some(e.ci_high? - e.ci_low?)).collect();
            let cons: Vec<&crate::store::rows::ChangeRow> = d
                .changes
                .iter()
                .filter(|c| {
                    c.set_id == set.id
                        && c.indicator_id == ind.id
                        && c.group_dim == GroupDim::All
                        && c.comparison == crate::vocab::Comparison::Consecutive
                        && c.q_value.is_some()
                })
                .collect();
            let sig = cons.iter().filter(|c| c.significant == Some(true)).count();
            let assoc = d
                .associations
                .iter()
                .find(|a| a.set_id == set.id && a.indicator_id == ind.id && a.index_measure == "aggregate");
            let items = if ind.source == crate::vocab::Source::Index {
                ind.items
                    .iter()
                    .map(|a| ctx.area_title(a))
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                ind.items
                    .iter()
                    .map(|i| ctx.item_title(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            rows.push(vec![
                Cell::text(ctx.indicator_title(&set.id, &ind.id)),
                Cell::text(format!(
                    "{} · {}",
                    tr.t(&format!("source.{}", ind.source.as_str())),
                    tr.t(&format!("statistic.{}", ind.statistic.as_str()))
                )),
                Cell::text(if items.is_empty() { "–".into() } else { items }),
                Cell::text(tr.t(&format!("polarity.{}", ind.polarity.as_str()))),
                Cell::num(cities.len().to_string()),
                Cell::num(if cons.is_empty() {
                    "–".into()
                } else {
                    tr.f(
                        "sets.share_sig",
                        &[("k", &sig.to_string()), ("n", &cons.len().to_string())],
                    )
                }),
                Cell::num(
                    crate::stats::descriptive::median(&widths)
                        .map(|w| f.bare(w, unit))
                        .unwrap_or_else(|| "–".into()),
                ),
                Cell::num(match assoc.and_then(|a| Some((a.rho?, a.ci_low?, a.ci_high?))) {
                    Some((r, lo, hi)) => tr.f(
                        "phrase.diff_ci",
                        &[("diff", &f.coef(r)), ("lo", &f.coef(lo)), ("hi", &f.coef(hi))],
                    ),
                    None => "–".into(),
                }),
            ]);
        }
        b.push(Block::Table(Table {
            caption: tr.t("sets.table").into(),
            head: [
                "col.indicator",
                "col.source",
                "col.items",
                "col.polarity",
                "col.n_cities",
                "col.sig_changes",
                "col.ci_width",
                "col.rho_index",
            ]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
            rows,
            note: format!("{} {}", tr.t("sets.table_note"), ctx.source()),
        }));
        if let Some(c) = &set.composite {
            let norm = match c.normalisation {
                Normalisation::Pomp => "pomp",
                Normalisation::MinMax => "minmax",
                Normalisation::ZScore => "zscore",
            };
            let agg = match c.aggregation {
                Aggregation::Arithmetic => "arithmetic",
                Aggregation::Geometric => "geometric",
            };
            let weights = match &c.weights {
                Weights::Equal => tr.t("sets.weights_equal").to_string(),
                _ => tr.t("sets.weights_explicit").to_string(),
            };
            b.push(Block::p(
                tr.f(
                    "sets.composite",
                    &[
                        (
                            "name",
                            &crate::report::pick_lang(&c.title, tr.lang()).unwrap_or_else(|| c.id.clone()),
                        ),
                        (
                            "list",
                            &c.indicators
                                .iter()
                                .map(|i| ctx.indicator_title(&set.id, i))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                        ("norm", tr.t(&format!("norm.{norm}"))),
                        ("agg", tr.t(&format!("agg.{agg}"))),
                        ("weights", &weights),
                        ("draws", &c.uncertainty_draws.to_string()),
                    ],
                ),
            ));
        }
    }

    b.push(Block::H2(tr.t("sets.diagnostics").into()));
    match &d.diagnostics {
        Some(rows) => b.extend(diagnostics_tables(ctx, rows)),
        None => b.push(Block::p(tr.t("common.no_diagnostics"))),
    }
    b.push(Block::H2(tr.t("sets.comparison").into()));
    match &d.set_comparison {
        Some(rows) => {
            let df = &<crate::store::rows::ComparisonRow as crate::store::schema::Table>::to_frame(rows)?;
            b.push(Block::p(tr.t("sets.comparison_intro")));
            // Two tables that fit a printed page: the numbers, then the verdicts and why.
            let pick = |cols: &[&str]| -> Result<DataFrame> {
                let have: Vec<&str> = cols.iter().copied().filter(|c| df.column(c).is_ok()).collect();
                Ok(df.select(have)?)
            };
            let numbers = pick(&[
                "set_id",
                "indicator_id",
                "statistic",
                "alpha_median",
                "mdc_median",
                "min_important_change",
                "detectable_slope_median",
                "true_change_sd",
                "share_significant",
                "max_abs_corr",
                "rho_icc_index",
            ])?;
            b.push(Block::Table(frame_table(ctx, &numbers, tr.t("sets.comparison_table"))?));
            b.push(Block::Table(verdict_table(ctx, rows)));
        }
        None => b.push(Block::p(tr.t("sets.no_comparison"))),
    }
    Ok(doc)
}

/// The set comparison's verdicts and the numbers behind them, worded in the report's language
/// from the flag and number columns (never from the English `verdict`/`reasons` text).
fn verdict_table(ctx: &Ctx, rows: &[crate::store::rows::ComparisonRow]) -> Table {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let rows = rows
        .iter()
        .map(|r| {
            let mut words: Vec<&str> = Vec::new();
            let mut why: Vec<String> = Vec::new();
            if r.no_data {
                words.push(tr.t("verdict.no_data"));
                why.push(tr.t("reason.no_data").to_string());
                return vec![
                    Cell::text(r.set_id.clone()),
                    Cell::text(ctx.indicator_title(&r.set_id, &r.indicator_id)),
                    Cell::text(words.join(" + ")),
                    Cell::text(why.join("; ")),
                ];
            }
            let not_assessed = r.detectability == Detectability::NotAssessed;
            for (flag, key) in [
                (r.weak_reliability, "verdict.weak_reliability"),
                (r.insensitive, "verdict.insensitive"),
                (not_assessed, "verdict.not_assessed"),
                (r.redundant, "verdict.redundant"),
            ] {
                if flag {
                    words.push(tr.t(key));
                }
            }
            if words.is_empty() {
                words.push(tr.t("verdict.keep"));
            }
            if let Some(a) = r.alpha_median {
                why.push(tr.f("reason.alpha", &[("alpha", &f.num(a, 2))]));
            }
            why.push(match (r.mdc_median, r.min_important_change) {
                (Some(m), Some(c)) => {
                    let key = if r.insensitive {
                        "reason.mdc_above"
                    } else if m > c {
                        "reason.mdc_above_moves"
                    } else {
                        "reason.mdc_within"
                    };
                    let show = |x: Option<f64>, d: usize| x.map(|t| f.num(t, d)).unwrap_or_else(|| "–".into());
                    tr.f(
                        key,
                        &[
                            ("mdc", &f.num(m, 2)),
                            ("mic", &f.num(c, 1)),
                            ("sd", &show(r.true_change_sd, 1)),
                            ("trend", &show(r.true_slope_rms, 2)),
                            ("dslope", &show(r.detectable_slope_median, 2)),
                        ],
                    )
                }
                (Some(m), None) => tr.f("reason.mdc_no_mic", &[("mdc", &f.num(m, 2))]),
                (None, _) => tr.t("reason.no_mdc").to_string(),
            });
            if let Some(b) = r.detectable_slope_median {
                why.push(tr.f("reason.detectable_slope", &[("slope", &f.num(b, 2))]));
            }
            if let Some(t) = r.true_change_sd {
                why.push(tr.f("reason.true_change", &[("sd", &f.num(t, 1))]));
            }
            if let Some(x) = r.responsiveness {
                why.push(tr.f("reason.responsiveness", &[("r", &f.num(x, 1))]));
            }
            if let Some(s) = r.share_significant {
                let k = (s * r.n_changes as f64).round() as u64;
                why.push(tr.f(
                    "reason.significant",
                    &[("k", &f.count(k)), ("n", &f.count(r.n_changes))],
                ));
            }
            if let (Some(c), Some(o)) = (r.max_abs_corr, &r.most_correlated_with) {
                why.push(tr.f(
                    "reason.corr",
                    &[("r", &f.num(c, 2)), ("other", &ctx.indicator_title(&r.set_id, o))],
                ));
            }
            if let Some(rho) = r.rho_icc_index {
                why.push(tr.f("reason.rho", &[("rho", &f.num(rho, 2))]));
            }
            vec![
                Cell::text(r.set_id.clone()),
                Cell::text(ctx.indicator_title(&r.set_id, &r.indicator_id)),
                Cell::text(words.join(" + ")),
                Cell::text(why.join("; ")),
            ]
        })
        .collect();
    Table {
        caption: tr.t("sets.comparison_verdicts").into(),
        head: ["col.set", "col.indicator", "col.verdict", "col.reasons"]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
        rows,
        note: String::new(),
    }
}

/// The diagnostics shown per indicator, in order (per-item and per-pair metrics, and the
/// set-level unit missingness, are left to the notebooks).
const SHOWN: [DiagMetric; 10] = [
    DiagMetric::Alpha,
    DiagMetric::Missing,
    DiagMetric::Floor,
    DiagMetric::Ceiling,
    DiagMetric::MdcMedian,
    DiagMetric::DetectableSlopeMedian,
    DiagMetric::ShareSignificant,
    DiagMetric::TypicalChange,
    DiagMetric::TrueChangeSd,
    DiagMetric::SpearmanIccIndex,
];

/// The metrics stored as proportions (0–1), printed as percentages.
const PERCENT: [DiagMetric; 4] = [
    DiagMetric::Missing,
    DiagMetric::Floor,
    DiagMetric::Ceiling,
    DiagMetric::ShareSignificant,
];

/// One table per set: indicators × diagnostic metrics, each cell the median over cities and
/// waves.
pub fn diagnostics_tables(ctx: &Ctx, rows: &[DiagRow]) -> Vec<Block> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let mut by_set: BTreeMap<&str, BTreeMap<&str, BTreeMap<DiagMetric, Vec<f64>>>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.other.is_none() && r.indicator_id != "*" && SHOWN.contains(&r.metric))
    {
        let cell = by_set
            .entry(&r.set_id)
            .or_default()
            .entry(&r.indicator_id)
            .or_default()
            .entry(r.metric)
            .or_default();
        if let Some(v) = r.value {
            cell.push(v);
        }
    }
    // Only the metrics that have a value somewhere.
    let metrics: Vec<DiagMetric> = SHOWN
        .iter()
        .copied()
        .filter(|m| {
            by_set
                .values()
                .any(|inds| inds.values().any(|ms| ms.get(m).is_some_and(|v| !v.is_empty())))
        })
        .collect();
    let mut out = Vec::new();
    for (set, inds) in by_set {
        let mut head = vec![tr.t("col.indicator").to_string()];
        head.extend(
            metrics
                .iter()
                .map(|m| tr.t(&format!("metric.{}", m.as_str())).to_string()),
        );
        let trows = inds
            .iter()
            .map(|(ind, ms)| {
                let mut row = vec![Cell::text(ctx.indicator_title(set, ind))];
                row.extend(metrics.iter().map(|m| {
                    // Proportions as percentages, as everywhere else (the CLI included).
                    let shown = |v: f64| match PERCENT.contains(m) {
                        true => f.num(v * 100.0, 0),
                        false => f.num(v, 2),
                    };
                    Cell::num(
                        ms.get(m)
                            .and_then(|v| crate::stats::descriptive::median(v))
                            .map(shown)
                            .unwrap_or_else(|| "–".into()),
                    )
                }));
                row
            })
            .collect();
        let title = ctx
            .cp
            .sets
            .iter()
            .find(|s| s.id == set)
            .map(|s| ctx.set_title(s))
            .unwrap_or_else(|| set.to_string());
        out.push(Block::Table(Table {
            caption: tr.f("sets.diag_table", &[("set", &title)]),
            head,
            rows: trows,
            note: format!("{} {}", tr.t("sets.diag_note"), ctx.source()),
        }));
    }
    out
}

/// Any frame as a table: strings as they are, numbers in this language's format.
pub fn frame_table(ctx: &Ctx, df: &DataFrame, caption: &str) -> Result<Table> {
    let f = ctx.fmt;
    let mut cols: Vec<Vec<String>> = Vec::new();
    let mut num = Vec::new();
    for c in df.columns() {
        let is_float = matches!(c.dtype(), DataType::Float64 | DataType::Float32);
        num.push(c.dtype().is_primitive_numeric());
        if is_float {
            let v = c.cast(&DataType::Float64)?;
            cols.push(
                v.f64()?
                    .iter()
                    .map(|x| x.map(|x| f.num(x, 3)).unwrap_or_default())
                    .collect(),
            );
        } else {
            let v = c.cast(&DataType::String)?;
            cols.push(v.str()?.iter().map(|x| x.unwrap_or("").to_string()).collect());
        }
    }
    let rows = (0..df.height())
        .map(|i| {
            cols.iter()
                .zip(&num)
                .map(|(c, n)| {
                    if *n {
                        Cell::num(c[i].clone())
                    } else {
                        Cell::text(c[i].clone())
                    }
                })
                .collect()
        })
        .collect();
    Ok(Table {
        caption: caption.to_string(),
        head: df
            .get_column_names()
            .iter()
            .map(|n| ctx.tr.get(&format!("column.{n}")).unwrap_or(n.as_str()).to_string())
            .collect(),
        rows,
        note: ctx.source(),
    })
}
