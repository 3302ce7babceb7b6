//! City report sections at the end: the city's own surveys and the data notes (suppressed
//! cells, rejected rows, series breaks, multiple-testing method, run id).

use crate::report::Ctx;
use crate::report::doc::{Block, Cell, Inline, Table};
use crate::report::findings;
use crate::report::pages::city::{estimate_cell, mode_breaks, mode_name};
use crate::store::rows::EstimateRow as Est;
use crate::vocab::GroupDim;
use crate::vocab::Source;
use std::collections::BTreeMap;

/// The city-survey section (only when the city has survey estimates).
pub fn surveys(ctx: &Ctx, city: &str, set_id: &str, b: &mut Vec<Block>) {
    let sums = findings::summaries(ctx, city, set_id, Source::Survey);
    if sums.is_empty() {
        return;
    }
    let tr = ctx.tr;
    b.push(Block::H2(tr.t("city.surveys").into()));
    b.push(Block::p(tr.t("city.surveys_intro")));
    let rows = sums
        .iter()
        .map(|s| {
            vec![
                Cell::text(s.title.clone()),
                Cell::num(
                    s.latest
                        .map(|e| estimate_cell(ctx, e, s.unit))
                        .unwrap_or_else(|| tr.t("phrase.too_few_short").into()),
                ),
                Cell::num(s.latest.and_then(|e| e.n).map(|n| ctx.fmt.count(n)).unwrap_or_default()),
                Cell::text(
                    s.last_change
                        .map(|c| ctx.change_sentence(c, s.unit))
                        .unwrap_or_else(|| tr.t("city.single_wave").into()),
                ),
            ]
        })
        .collect();
    b.push(Block::Table(Table {
        caption: tr.t("city.surveys_table").into(),
        head: ["col.indicator", "col.latest", "col.n", "col.last_change"]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
        rows,
        note: ctx.source(),
    }));
}

/// Data notes: suppressed cells, rejected rows, series breaks, method, run.
pub fn data_notes(ctx: &Ctx, city: &str, b: &mut Vec<Block>) {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let d = ctx.data;
    b.push(Block::H2(tr.t("city.notes").into()));
    let mut items: Vec<String> = Vec::new();
    let mine: Vec<&Est> = d.city(city).estimates().collect();
    let suppressed = mine.iter().filter(|e| e.suppressed).count();
    let mut sup_waves: Vec<String> = mine
        .iter()
        .filter(|e| e.suppressed && e.group_dim == GroupDim::All)
        .map(|e| f.wave(&e.wave))
        .collect();
    sup_waves.sort();
    sup_waves.dedup();
    let min_n = ctx.cp.project.analysis.min_n.to_string();
    items.push(tr.f(
        "notes.suppressed",
        &[
            ("k", &f.count(suppressed as u64)),
            ("total", &f.count(mine.len() as u64)),
            ("min_n", &min_n),
        ],
    ));
    if !sup_waves.is_empty() {
        items.push(tr.f(
            "notes.suppressed_waves",
            &[("waves", &sup_waves.join(", ")), ("min_n", &min_n)],
        ));
    }
    let files: Vec<&str> = d
        .waves
        .iter()
        .filter(|w| w.city == city)
        .map(|w| w.file.as_str())
        .collect();
    let rows_in: u64 = d.waves.iter().filter(|w| w.city == city).map(|w| w.rows_in).sum();
    let rejected = d.rejects.iter().filter(|r| files.contains(&r.file.as_str())).count();
    items.push(tr.f(
        "notes.rejects",
        &[
            ("k", &f.count(rejected as u64)),
            ("n", &f.count(rows_in)),
            ("files", &files.len().to_string()),
        ],
    ));
    // Waves with their own replicate weights: say what uses them and where their SEs are.
    let own: Vec<&crate::store::rows::WaveRow> = d
        .waves
        .iter()
        .filter(|w| w.city == city && w.replicate_columns > 0)
        .collect();
    if !own.is_empty() {
        let mut types: Vec<String> = own
            .iter()
            .filter_map(|w| w.replicate_type)
            .map(|k| {
                use crate::vocab::ReplicateKind as K;
                // As R's svrepdesign names the types.
                match k {
                    K::Bootstrap => "bootstrap",
                    K::Brr => "BRR",
                    K::Fay => "Fay",
                    K::Jk1 => "JK1",
                    K::Jkn => "JKn",
                }
                .to_string()
            })
            .collect();
        types.sort();
        types.dedup();
        let waves: Vec<String> = own.iter().map(|w| f.wave(&w.wave)).collect();
        items.push(tr.f(
            "notes.replicate_weights",
            &[
                ("k", &own.len().to_string()),
                ("waves", &waves.join(", ")),
                ("types", &types.join(", ")),
            ],
        ));
    }
    // Waves whose rows were all rejected (kept with --allow-rejects): named, not skipped silently.
    let empty: Vec<String> = d
        .waves
        .iter()
        .filter(|w| w.city == city && w.accepted == 0 && w.rows_in > 0)
        .map(|w| f.wave(&w.wave))
        .collect();
    if !empty.is_empty() {
        items.push(tr.f(
            "notes.all_rejected",
            &[("k", &empty.len().to_string()), ("waves", &empty.join(", "))],
        ));
    }
    // Waves without any weight (and not raked): every respondent counts equally.
    let unweighted: Vec<String> = d
        .waves
        .iter()
        .filter(|w| w.city == city && !w.weighted && w.calibrated_by.is_none())
        .map(|w| f.wave(&w.wave))
        .collect();
    if !unweighted.is_empty() {
        items.push(tr.f(
            "notes.unweighted",
            &[("k", &unweighted.len().to_string()), ("waves", &unweighted.join(", "))],
        ));
    }
    // Mode breaks, from any whole-population barometer series of the city.
    let mut by_ind: BTreeMap<(&str, &str), Vec<&Est>> = BTreeMap::new();
    for e in mine
        .iter()
        .filter(|e| e.kind == Source::Barometer && e.group_dim == GroupDim::All)
    {
        by_ind
            .entry((e.set_id.as_str(), e.indicator_id.as_str()))
            .or_default()
            .push(e);
    }
    let mut breaks: Vec<(String, crate::vocab::Mode, crate::vocab::Mode)> = Vec::new();
    if let Some(series) = by_ind.values_mut().max_by_key(|v| v.len()) {
        series.sort_by_key(|e| e.date);
        for (_, w, a, bb) in mode_breaks(series) {
            breaks.push((w, a, bb));
        }
    }
    if breaks.is_empty() {
        items.push(tr.t("notes.no_mode_break").into());
    }
    for (w, a, bb) in breaks {
        items.push(format!(
            "{} {}",
            tr.f(
                "sentence.mode_break",
                &[
                    ("wave", &f.wave(&w)),
                    ("from", &mode_name(ctx, a)),
                    ("to", &mode_name(ctx, bb))
                ]
            ),
            tr.t("notes.mode_break_rule")
        ));
    }
    items.push(tr.f(
        "notes.method",
        &[
            ("method", ctx.method()),
            ("alpha", &f.num(ctx.alpha(), 2)),
            ("min_n", &min_n),
        ],
    ));
    items.push(tr.f("notes.run", &[("run", ctx.run_id), ("project", &ctx.cp.project.name)]));
    b.push(Block::List(items.into_iter().map(|s| vec![Inline::Text(s)]).collect()));
}
