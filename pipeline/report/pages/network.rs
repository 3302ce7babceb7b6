//! The network report for researchers: every city's latest barometer values with intervals,
//! the direction of every city's trends, Index ↔ cohesion associations (ecological, with BH
//! q-values within each set), the composite index with score and rank intervals when the
//! workbench wrote `composite` (the only place ranks appear), indicator-set diagnostics when
//! `diagnostics` exists, and the activity evaluations across the network.

use crate::report::Ctx;
use crate::report::charts::{IntervalRow, interval_chart};
use crate::report::doc::{Block, Cell, Doc, Inline, Table, Tone};
use crate::report::figures::Figs;
use crate::report::findings;
use crate::report::format::Unit;
use crate::report::pages::city::extra::{activity_title, effects_table};
use crate::report::pages::sets::diagnostics_tables;
use crate::vocab::{ALL, ALL_TYPES, Source};
use anyhow::Result;
use std::path::Path;

/// Write the network report into `dir` (`reports/network/<lang>`); returns files written.
pub fn write(ctx: &Ctx, dir: &Path) -> Result<usize> {
    let figs = Figs::new(dir.to_path_buf(), 2);
    let doc = build(ctx, &figs)?;
    crate::report::write_doc(dir, "report", &doc, ctx.tr)?;
    Ok(2 + 2 * doc.blocks.iter().filter(|b| matches!(b, Block::Figure(_))).count())
}

fn cities(ctx: &Ctx) -> Vec<String> {
    let mut c: Vec<String> = ctx.slugs.keys().cloned().collect();
    c.sort();
    c
}

/// The network report as a document.
pub fn build(ctx: &Ctx, figs: &Figs) -> Result<Doc> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let cities = cities(ctx);
    let mut doc = Doc {
        lang: tr.lang().into(),
        kind: "report",
        title: tr.t("network.title").into(),
        subtitle: tr.f(
            "network.subtitle",
            &[("project", &ctx.cp.project.name), ("n", &cities.len().to_string())],
        ),
        blocks: Vec::new(),
        footer: ctx.footer(),
    };
    let b = &mut doc.blocks;
    b.push(Block::p(tr.t("network.intro")));

    // Cities and their data.
    b.push(Block::H2(tr.t("network.cities").into()));
    let rows = cities
        .iter()
        .map(|c| {
            let waves: Vec<&crate::store::rows::WaveRow> = ctx
                .data
                .waves
                .iter()
                .filter(|w| &w.city == c && w.kind == Source::Barometer)
                .collect();
            let mut labels: Vec<(i32, &str)> = waves.iter().map(|w| (w.date.0, w.wave.as_str())).collect();
            labels.sort();
            let span = match (labels.first(), labels.last()) {
                (Some(a), Some(z)) => format!("{} – {}", f.wave(a.1), f.wave(z.1)),
                _ => "–".into(),
            };
            let resp: u64 = waves.iter().map(|w| w.rows_in).sum();
            let surveys = ctx
                .data
                .waves
                .iter()
                .filter(|w| &w.city == c && w.kind == Source::Survey)
                .count();
            let index = ctx
                .data
                .index_scores
                .iter()
                .filter(|s| &s.city == c)
                .map(|s| (s.year, s.index_version.clone()))
                .max()
                .map(|(y, v)| format!("{y} ({v})"))
                .unwrap_or_else(|| "–".into());
            vec![
                Cell::text(c.clone()),
                Cell::num(waves.len().to_string()),
                Cell::text(span),
                Cell::num(f.count(resp)),
                Cell::num(surveys.to_string()),
                Cell::text(index),
            ]
        })
        .collect();
    b.push(Block::Table(Table {
        caption: tr.t("network.cities_table").into(),
        head: [
            "col.city",
            "col.waves",
            "col.period",
            "col.respondents",
            "col.surveys",
            "col.index_latest",
        ]
        .iter()
        .map(|k| tr.t(k).to_string())
        .collect(),
        rows,
        note: format!(
            "{} {}",
            tr.f("common.n_cities", &[("n", &cities.len().to_string())]),
            ctx.source()
        ),
    }));

    // Sections appear only with content; one line says what is absent and how to add it.
    let absent_at = b.len();
    let mut absent: Vec<&str> = Vec::new();
    if !source_section(ctx, &cities, Source::Barometer, figs, b)? {
        absent.push("absent.network_barometer");
    }
    if !source_section(ctx, &cities, Source::Survey, figs, b)? {
        absent.push("absent.network_surveys");
    }
    if !associations(ctx, figs, b)? {
        absent.push("absent.index_project");
    }
    if !composite(ctx, figs, b)? {
        absent.push("absent.composite");
    }
    if !absent.is_empty() {
        let items: Vec<String> = absent.iter().map(|k| tr.t(k).to_string()).collect();
        b.insert(
            absent_at,
            Block::p(tr.f("absent.lead", &[("items", &items.join("; "))])),
        );
    }

    b.push(Block::H2(tr.t("network.diagnostics").into()));
    match &ctx.data.diagnostics {
        Some(d) => {
            b.push(Block::p(tr.t("network.diagnostics_intro")));
            b.extend(diagnostics_tables(ctx, d));
        }
        None => b.push(Block::p(tr.t("common.no_diagnostics"))),
    }

    if !ctx.data.effects.is_empty() {
        b.push(Block::H2(tr.t("network.activities").into()));
        b.push(Block::p(tr.t("network.activities_intro")));
        let rows = |pooled: bool| -> Vec<&crate::store::rows::EffectRow> {
            ctx.data
                .effects
                .iter()
                .filter(|e| e.activity_type != ALL_TYPES && (e.city == ALL) == pooled)
                .collect()
        };
        b.push(Block::Table(effects_table(
            ctx,
            &rows(true),
            false,
            tr.t("city.activities_table"),
        )));
        let kw: Vec<Vec<Inline>> = ctx
            .data
            .effects
            .iter()
            .filter(|e| {
                matches!(
                    e.test,
                    crate::vocab::EffectTest::KruskalWallis | crate::vocab::EffectTest::KruskalWallisExact
                )
            })
            .map(|e| {
                let mut types: Vec<String> = ctx
                    .data
                    .effects
                    .iter()
                    .filter(|x| x.item == e.item && x.city == ALL && x.activity_type != ALL_TYPES && x.n_pairs > 0)
                    .map(|x| activity_title(ctx, &x.activity_type))
                    .collect();
                types.dedup();
                vec![Inline::Text(tr.f(
                    "effects.kruskal",
                    &[
                        ("item", &ctx.item_title(&e.item)),
                        ("k", &f.count(u64::from(e.n_activities))),
                        ("n", &f.count(u64::from(e.n_pairs))),
                        ("q", &e.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into())),
                        ("types", &types.join(", ")),
                    ],
                ))]
            })
            .collect();
        if !kw.is_empty() {
            b.push(Block::List(kw));
        }
        let by_city = rows(false);
        if !by_city.is_empty() {
            b.push(Block::p(tr.t("effects.network_by_city")));
            b.push(Block::Table(effects_table(
                ctx,
                &by_city,
                true,
                tr.t("effects.by_city_table"),
            )));
        }
    }

    b.push(Block::H2(tr.t("city.notes").into()));
    // The run's own row accounting (every data file); stores written before it was kept fall
    // back to the survey files and the rejects table.
    let (rows_in, rejected) = if ctx.cp.inputs.is_empty() {
        (
            ctx.data.waves.iter().map(|w| w.rows_in).sum(),
            ctx.data.rejects.len() as u64,
        )
    } else {
        (
            ctx.cp.inputs.iter().map(|i| i.rows_in).sum(),
            ctx.cp.inputs.iter().map(|i| i.rejected).sum(),
        )
    };
    b.push(Block::List(
        [
            tr.f(
                "network.notes_rejects",
                &[("k", &f.count(rejected)), ("n", &f.count(rows_in))],
            ),
            tr.f(
                "notes.method",
                &[
                    ("method", ctx.method()),
                    ("alpha", &f.num(ctx.alpha(), 2)),
                    ("min_n", &ctx.cp.project.analysis.min_n.to_string()),
                ],
            ),
            tr.f("notes.run", &[("run", ctx.run_id), ("project", &ctx.cp.project.name)]),
        ]
        .into_iter()
        .map(|s| vec![Inline::Text(s)])
        .collect(),
    ));
    Ok(doc)
}

/// The verdicts and latest values of every city for the indicators of one source (the
/// barometer, or the city surveys); false (nothing written) when no city has such data.
fn source_section(ctx: &Ctx, cities: &[String], kind: Source, figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let Some(set) = ctx.set_for_source(kind) else {
        return Ok(false);
    };
    let has_data = ctx
        .data
        .estimates
        .iter()
        .any(|e| e.set_id == set.id && e.kind == kind && e.estimate.is_some());
    if !has_data {
        return Ok(false);
    }
    let (title, intro) = match kind {
        Source::Survey => ("network.surveys", "network.surveys_intro"),
        _ => ("network.barometer", "network.barometer_intro"),
    };
    b.push(Block::H2(tr.t(title).into()));
    b.push(Block::p(tr.f(intro, &[("set", &ctx.set_title(set))])));
    // Trend overview: one row per city, one column per indicator.
    let inds: Vec<&crate::config::indicators::Indicator> = set.indicators.iter().filter(|i| i.source == kind).collect();
    // At most five indicator columns per table, so that the table fits a 1280 px window (and an
    // A4 page) with the verdict words written out.
    const COLUMNS: usize = 5;
    let per_city: Vec<(String, Vec<findings::Summary>)> = cities
        .iter()
        .map(|c| (c.clone(), findings::summaries(ctx, c, &set.id, kind)))
        .collect();
    let parts = inds.len().div_ceil(COLUMNS).max(1);
    for (part, chunk) in inds.chunks(COLUMNS).enumerate() {
        let rows = per_city
            .iter()
            .map(|(c, sums)| {
                let mut row = vec![Cell::text(c.clone())];
                for i in chunk {
                    row.push(match sums.iter().find(|s| s.ind.id == i.id) {
                        Some(s) => Cell::toned(ctx.word_cell(s), findings::word_tone(s.word())),
                        None => Cell::text("–"),
                    });
                }
                row
            })
            .collect();
        let mut head = vec![tr.t("col.city").to_string()];
        head.extend(chunk.iter().map(|i| ctx.indicator_title(&set.id, &i.id)));
        let caption = if parts > 1 {
            tr.f(
                "network.trend_table_part",
                &[
                    ("caption", tr.t("network.trend_table")),
                    ("part", &(part + 1).to_string()),
                    ("parts", &parts.to_string()),
                ],
            )
        } else {
            tr.t("network.trend_table").into()
        };
        let note = if part + 1 == parts {
            format!(
                "{} {}",
                tr.f("network.trend_note", &[("alpha", &f.num(ctx.alpha(), 2))]),
                ctx.source()
            )
        } else {
            String::new()
        };
        b.push(Block::Table(Table {
            caption,
            head,
            rows,
            note,
        }));
    }
    // Latest value of every city, one forest chart per indicator (cities alphabetically).
    for i in &inds {
        let title = ctx.indicator_title(&set.id, &i.id);
        b.push(Block::H3(title.clone()));
        let mut chart_rows = Vec::new();
        let mut table_rows = Vec::new();
        let mut unit = Unit::Score;
        let mut n_total = 0u64;
        for (c, sums) in &per_city {
            let Some(s) = sums.iter().find(|s| s.ind.id == i.id) else {
                continue;
            };
            unit = s.unit;
            let Some(e) = s.latest else { continue };
            if let (Some(v), Some(lo), Some(hi)) = (e.estimate, e.ci_low, e.ci_high) {
                n_total += e.n.unwrap_or(0);
                chart_rows.push(IntervalRow {
                    label: format!("{c} ({})", f.wave_short(&e.wave)),
                    estimate: v,
                    ci_low: lo,
                    ci_high: hi,
                    highlight: false,
                });
                table_rows.push(format!("{c}: {}", ctx.est_phrase(e, unit)));
            }
        }
        if chart_rows.is_empty() {
            b.push(Block::p(tr.t("network.no_values")));
            continue;
        }
        let vals: Vec<f64> = chart_rows.iter().map(|r| r.estimate).collect();
        let median = crate::stats::descriptive::median(&vals);
        let subtitle = tr.f(
            "chart.network_subtitle",
            &[("n", &chart_rows.len().to_string()), ("resp", &f.count(n_total))],
        );
        let median_label = tr.t("chart.network_median");
        let mut labels = ctx.labels(
            title.clone(),
            subtitle.clone(),
            String::new(),
            crate::report::pages::city::y_axis(ctx, unit),
        );
        labels.text.decimals = Some(unit.decimals());
        let alt = format!("{title}. {}", table_rows.join("; "));
        let caption = format!("{subtitle}. {}", ctx.source());
        b.push(figs.save(
            &format!("latest-{}", i.id),
            interval_chart(&chart_rows, median.map(|m| (m, median_label)), &labels),
            alt,
            caption,
        )?);
    }
    Ok(true)
}

/// Returns false (and writes nothing) when no association was computed (no ICC Index).
fn associations(ctx: &Ctx, figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let Some(set) = ctx.primary_set() else { return Ok(false) };
    let rows: Vec<&crate::store::rows::AssociationRow> =
        ctx.data.associations.iter().filter(|a| a.set_id == set.id).collect();
    if rows.is_empty() {
        return Ok(false);
    }
    b.push(Block::H2(tr.t("network.associations").into()));
    b.push(Block::p(tr.t("network.associations_intro")));
    // BH q within the set, as the analysis stage computed it.
    let q: Vec<Option<f64>> = rows.iter().map(|r| r.q_value).collect();
    let agg: Vec<(usize, &&crate::store::rows::AssociationRow)> = rows
        .iter()
        .enumerate()
        .filter(|(_, a)| a.index_measure == "aggregate" && a.rho.is_some())
        .collect();
    let chart_rows: Vec<IntervalRow> = agg
        .iter()
        .filter_map(|(i, a)| {
            Some(IntervalRow {
                label: ctx.indicator_title(&a.set_id, &a.indicator_id),
                estimate: a.rho?,
                // The interval that goes with q (false-coverage adjusted), as for changes.
                ci_low: a.ci_adj_low.or(a.ci_low)?,
                ci_high: a.ci_adj_high.or(a.ci_high)?,
                highlight: q[*i].is_some_and(|q| q < ctx.alpha()),
            })
        })
        .collect();
    let n = agg.iter().map(|(_, a)| a.n_cities).max().unwrap_or(0);
    if chart_rows.is_empty() {
        b.push(Block::p(tr.t("network.too_few_cities_long")));
    }
    let subtitle = tr.f("chart.assoc_subtitle", &[("n", &n.to_string())]);
    let mut labels = ctx.labels(
        tr.t("chart.assoc_title").into(),
        subtitle.clone(),
        String::new(),
        tr.t("axis.rho").into(),
    );
    labels.text.interval = tr.t("chart.interval_adjusted").into();
    let alt = format!(
        "{}. {}",
        tr.t("chart.assoc_title"),
        chart_rows
            .iter()
            .map(|r| format!("{} ρ = {}", r.label, f.coef(r.estimate)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let caption = format!("{subtitle}. {} {}", tr.t("network.ecological"), ctx.source());
    if !chart_rows.is_empty() {
        b.push(figs.save(
            "associations",
            interval_chart(&chart_rows, Some((0.0, tr.t("chart.no_association"))), &labels),
            alt,
            caption,
        )?);
    }
    let table_rows = rows
        .iter()
        .enumerate()
        .filter(|(_, a)| a.index_measure == "aggregate")
        .map(|(i, a)| {
            let sig = q[i].is_some_and(|q| q < ctx.alpha());
            vec![
                Cell::text(ctx.indicator_title(&a.set_id, &a.indicator_id)),
                Cell::text(if a.index_measure == "aggregate" {
                    tr.t("network.index_aggregate").to_string()
                } else {
                    ctx.area_title(&a.index_measure)
                }),
                Cell::num(a.n_cities.to_string()),
                Cell::num(match (a.rho, a.ci_adj_low.or(a.ci_low), a.ci_adj_high.or(a.ci_high)) {
                    (Some(r), Some(lo), Some(hi)) => tr.f(
                        "phrase.diff_ci",
                        &[("diff", &f.coef(r)), ("lo", &f.coef(lo)), ("hi", &f.coef(hi))],
                    ),
                    _ => tr.t("network.too_few_cities").into(),
                }),
                Cell::toned(
                    q[i].map(|q| f.q(q)).unwrap_or_else(|| "–".into()),
                    if sig { Tone::Good } else { Tone::Neutral },
                ),
            ]
        })
        .collect();
    b.push(Block::Table(Table {
        caption: tr.t("network.assoc_table").into(),
        head: ["col.indicator", "col.index_measure", "col.n_cities", "col.rho", "col.q"]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
        rows: table_rows,
        note: format!(
            "{} {} {}",
            tr.f("network.assoc_note", &[("method", tr.t("method.bh"))]),
            tr.t("network.ecological"),
            ctx.source()
        ),
    }));
    area_matrix(ctx, &rows, &q, b);
    Ok(true)
}

/// Associations with the Index areas: a compact matrix of ρ, significant cells marked.
fn area_matrix(ctx: &Ctx, rows: &[&crate::store::rows::AssociationRow], q: &[Option<f64>], b: &mut Vec<Block>) {
    let (tr, f) = (ctx.tr, ctx.fmt);
    let mut areas: Vec<&str> = Vec::new();
    let mut inds: Vec<(&str, &str)> = Vec::new();
    for a in rows.iter().filter(|a| a.index_measure != "aggregate") {
        if !areas.contains(&a.index_measure.as_str()) {
            areas.push(&a.index_measure);
        }
        if !inds.contains(&(a.set_id.as_str(), a.indicator_id.as_str())) {
            inds.push((&a.set_id, &a.indicator_id));
        }
    }
    if areas.is_empty() {
        return;
    }
    let mut head = vec![tr.t("col.indicator").to_string()];
    head.extend(areas.iter().map(|a| ctx.area_title(a)));
    let mrows = inds
        .iter()
        .map(|(s, ind)| {
            let mut row = vec![Cell::text(ctx.indicator_title(s, ind))];
            for area in &areas {
                let hit = rows
                    .iter()
                    .enumerate()
                    .find(|(_, a)| a.indicator_id == *ind && a.index_measure == *area);
                row.push(match hit.and_then(|(i, a)| Some((i, a.rho?))) {
                    Some((i, rho)) => {
                        let sig = q[i].is_some_and(|q| q < ctx.alpha());
                        let txt = format!("{}{}", f.coef(rho), if sig { "*" } else { "" });
                        Cell {
                            text: txt,
                            num: true,
                            tone: sig.then_some(Tone::Good),
                        }
                    }
                    None => Cell::text("–"),
                });
            }
            row
        })
        .collect();
    b.push(Block::Table(Table {
        caption: tr.t("network.assoc_areas").into(),
        head,
        rows: mrows,
        note: format!(
            "{} {}",
            tr.f(
                "network.assoc_areas_note",
                &[("alpha", &f.num(ctx.alpha(), 2)), ("method", tr.t("method.bh"))]
            ),
            ctx.source()
        ),
    }));
}

/// Returns false (and writes nothing) when no set has a composite.
fn composite(ctx: &Ctx, figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let Some(rows) = ctx.data.composite.as_ref().filter(|r| !r.is_empty()) else {
        return Ok(false);
    };
    b.push(Block::H2(tr.t("network.composite").into()));
    b.push(Block::p(tr.t("network.composite_intro")));
    let mut sets: Vec<&str> = rows.iter().map(|r| r.set_id.as_str()).collect();
    sets.dedup();
    for (k, set_id) in sets.iter().enumerate() {
        // Latest wave per city.
        let mut latest: Vec<&crate::store::rows::CompositeRow> = Vec::new();
        for r in rows.iter().filter(|r| r.set_id == *set_id && r.score.is_some()) {
            match latest.iter_mut().find(|x| x.city == r.city) {
                Some(x) if x.wave < r.wave => *x = r,
                Some(_) => {}
                None => latest.push(r),
            }
        }
        latest.sort_by(|a, b| a.city.cmp(&b.city));
        let set_title = ctx
            .cp
            .sets
            .iter()
            .find(|s| s.id == *set_id)
            .map(|s| ctx.set_title(s))
            .unwrap_or_else(|| set_id.to_string());
        b.push(Block::H3(set_title.clone()));
        let chart_rows: Vec<IntervalRow> = latest
            .iter()
            .filter_map(|r| {
                Some(IntervalRow {
                    label: format!("{} ({})", r.city, f.wave_short(&r.wave)),
                    estimate: r.score?,
                    ci_low: r.score_ci_low?,
                    ci_high: r.score_ci_high?,
                    highlight: false,
                })
            })
            .collect();
        let subtitle = tr.f("chart.composite_subtitle", &[("n", &latest.len().to_string())]);
        let mut labels = ctx.labels(
            tr.f("chart.composite_title", &[("set", &set_title)]),
            subtitle.clone(),
            String::new(),
            tr.t("axis.score").into(),
        );
        // The sampling interval from the bootstrap replicates; the sensitivity band over the
        // construction choices is in the table, under its own name.
        labels.text.interval = tr.t("chart.interval_sampling").into();
        let alt = format!(
            "{}. {}",
            tr.f("chart.composite_title", &[("set", &set_title)]),
            chart_rows
                .iter()
                .map(|r| format!("{} {}", r.label, f.num(r.estimate, 1)))
                .collect::<Vec<_>>()
                .join("; ")
        );
        if chart_rows.is_empty() {
            continue;
        }
        b.push(figs.save(
            &format!("composite-{}", k + 1),
            interval_chart(&chart_rows, None, &labels),
            alt,
            format!("{subtitle}. {}", ctx.source()),
        )?);
        let trows = latest
            .iter()
            .map(|r| {
                let rank = match (r.rank_ci_low, r.rank_ci_high, r.rank_median) {
                    (Some(lo), Some(hi), Some(m)) => tr.f(
                        "network.rank_interval",
                        &[("lo", &f.num(lo, 0)), ("hi", &f.num(hi, 0)), ("median", &f.num(m, 0))],
                    ),
                    _ => "–".into(),
                };
                let range = |lo: Option<f64>, hi: Option<f64>, d: usize| match (lo, hi) {
                    (Some(lo), Some(hi)) => tr.f("chart.range", &[("lo", &f.num(lo, d)), ("hi", &f.num(hi, d))]),
                    _ => "–".into(),
                };
                vec![
                    Cell::text(r.city.clone()),
                    Cell::text(f.wave(&r.wave)),
                    Cell::num(match (r.score, r.score_ci_low, r.score_ci_high) {
                        (Some(s), Some(lo), Some(hi)) => tr.f(
                            "phrase.estimate_short",
                            &[("value", &f.num(s, 1)), ("lo", &f.num(lo, 1)), ("hi", &f.num(hi, 1))],
                        ),
                        _ => "–".into(),
                    }),
                    Cell::num(range(r.score_band_low, r.score_band_high, 1)),
                    Cell::num(rank),
                    Cell::num(range(r.rank_band_low, r.rank_band_high, 0)),
                    Cell::num(r.n_ranked.to_string()),
                ]
            })
            .collect();
        b.push(Block::Table(Table {
            caption: tr.f("network.composite_table", &[("set", &set_title)]),
            head: [
                "col.city",
                "col.wave",
                "col.score",
                "col.score_band",
                "col.rank_interval",
                "col.rank_band",
                "col.n_ranked",
            ]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
            rows: trows,
            note: format!("{} {}", tr.t("network.composite_note"), ctx.source()),
        }));
    }
    Ok(true)
}
