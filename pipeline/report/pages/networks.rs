//! One report per national network or cluster of `cities.csv` (`reports/networks/<network>/
//! <lang>/report.html`): its member cities, the network's verdicts — for the typical member
//! city and for the residents of member cities — beside each member city's own verdict (no
//! ranks), and the network's latest levels with their intervals. A network of fewer than 3
//! cities gets a page that says why it has no network estimates.

use crate::report::Ctx;
use crate::report::doc::{Block, Cell, Doc, Table};
use crate::report::findings::word_tone;
use crate::report::format::Unit;
use crate::store::networks::{MIN_NETWORK_CITIES, Network};
use crate::vocab::{GroupDim, NetworkKind, Source, Weighting};
use anyhow::Result;
use std::path::Path;

/// Write the report of `net` into `dir`; returns the files written.
pub fn write(ctx: &Ctx, net: &Network, dir: &Path) -> Result<usize> {
    let doc = build(ctx, net);
    crate::report::write_doc(dir, "report", &doc, ctx.tr)?;
    Ok(2)
}

fn weighting_name(ctx: &Ctx, w: Weighting) -> String {
    ctx.tr.t(&format!("networks.weighting_{}", w.as_str())).to_string()
}

/// The network's report as a document.
pub fn build(ctx: &Ctx, net: &Network) -> Doc {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let kind = match net.kind {
        NetworkKind::NationalNetwork => tr.t("networks.kind_national"),
        NetworkKind::Cluster => tr.t("networks.kind_cluster"),
    };
    let members: Vec<&str> = net.members.iter().map(|m| m.0.as_str()).collect();
    let mut doc = Doc {
        lang: tr.lang().into(),
        kind: "report",
        title: net.name.clone(),
        subtitle: tr.f(
            "networks.subtitle",
            &[
                ("kind", kind),
                ("n", &members.len().to_string()),
                ("project", &ctx.cp.project.name),
            ],
        ),
        blocks: Vec::new(),
        footer: ctx.footer(),
    };
    let b = &mut doc.blocks;
    b.push(Block::p(tr.f("networks.members", &[("cities", &members.join(", "))])));
    if net.members.len() < MIN_NETWORK_CITIES {
        b.push(Block::p(tr.f(
            "networks.too_few",
            &[
                ("n", &net.members.len().to_string()),
                ("min", &MIN_NETWORK_CITIES.to_string()),
            ],
        )));
        return doc;
    }
    b.push(Block::p(tr.t("networks.intro")));
    let verdicts: Vec<&crate::store::rows::NetworkVerdictRow> = ctx
        .data
        .network_verdicts
        .iter()
        .filter(|v| v.network == net.name && v.network_kind == net.kind && v.kind == Source::Barometer)
        .collect();
    let set_ids: Vec<&str> = {
        let mut s: Vec<&str> = verdicts.iter().map(|v| v.set_id.as_str()).collect();
        s.dedup();
        s
    };
    for set_id in set_ids {
        let set_title = ctx
            .cp
            .sets
            .iter()
            .find(|s| s.id == set_id)
            .map(|s| ctx.set_title(s))
            .unwrap_or_else(|| set_id.to_string());
        b.push(Block::H2(set_title));
        // Verdicts: the network's (both weightings) and each member city's, no ranks.
        let mut head = vec![
            tr.t("col.indicator").to_string(),
            weighting_name(ctx, Weighting::Unweighted),
            weighting_name(ctx, Weighting::Population),
        ];
        head.extend(members.iter().map(|m| m.to_string()));
        let mut rows = Vec::new();
        let mut level_rows = Vec::new();
        let mut inds: Vec<&str> = verdicts
            .iter()
            .filter(|v| v.set_id == set_id)
            .map(|v| v.indicator_id.as_str())
            .collect();
        inds.dedup();
        for ind in inds {
            let unit = ctx
                .data
                .statistic(set_id, ind)
                .map(Unit::of_statistic)
                .unwrap_or(Unit::Score);
            let word_of = |w: Weighting| {
                verdicts
                    .iter()
                    .find(|v| v.set_id == set_id && v.indicator_id == ind && v.weighting == w)
                    .map(|v| {
                        let word = tr.t(&format!("word.{}", v.word.as_str())).to_string();
                        let range = match (
                            v.ci_adj_low,
                            v.ci_adj_high,
                            v.wave_from.as_deref(),
                            v.wave_to.as_deref(),
                        ) {
                            (Some(lo), Some(hi), Some(a), Some(z)) => format!(
                                " ({a}–{z}: {})",
                                tr.f(
                                    match v.test {
                                        crate::vocab::Test::Trend => "networks.range_trend",
                                        _ => "networks.range",
                                    },
                                    &[("lo", &f.signed(lo, unit)), ("hi", &f.signed(hi, unit))]
                                )
                            ),
                            _ => String::new(),
                        };
                        Cell::toned(format!("{word}{range}"), word_tone(v.word))
                    })
                    .unwrap_or_else(|| Cell::text("–".to_string()))
            };
            let mut row = vec![
                Cell::text(ctx.indicator_title(set_id, ind)),
                word_of(Weighting::Unweighted),
                word_of(Weighting::Population),
            ];
            for m in &members {
                let v = ctx.data.verdicts.iter().find(|v| {
                    v.city == *m
                        && v.set_id == set_id
                        && v.indicator_id == ind
                        && v.kind == Source::Barometer
                        && v.group_dim == GroupDim::All
                });
                row.push(match v {
                    Some(v) => Cell::toned(
                        tr.t(&format!("word.{}", v.word.as_str())).to_string(),
                        word_tone(v.word),
                    ),
                    None => Cell::text("–".to_string()),
                });
            }
            rows.push(row);
            // Latest level, both weightings.
            let latest = |w: Weighting| {
                ctx.data
                    .network_estimates
                    .iter()
                    .filter(|r| {
                        r.network == net.name
                            && r.network_kind == net.kind
                            && r.set_id == set_id
                            && r.indicator_id == ind
                            && r.kind == Source::Barometer
                            && r.weighting == w
                    })
                    .max_by_key(|r| r.year)
            };
            if let (Some(u), Some(p)) = (latest(Weighting::Unweighted), latest(Weighting::Population)) {
                let shown = |r: &crate::store::rows::NetworkEstimateRow| match (r.ci_low, r.ci_high) {
                    (Some(lo), Some(hi)) => format!(
                        "{} ({}–{})",
                        f.value(r.estimate, unit),
                        f.bare(lo, unit),
                        f.bare(hi, unit)
                    ),
                    _ => f.value(r.estimate, unit),
                };
                level_rows.push(vec![
                    Cell::text(ctx.indicator_title(set_id, ind)),
                    Cell::text(u.year.to_string()),
                    Cell::num(shown(u)),
                    Cell::num(shown(p)),
                    Cell::text(tr.f(
                        "networks.of_members",
                        &[("k", &u.n_cities.to_string()), ("n", &members.len().to_string())],
                    )),
                ]);
            }
        }
        b.push(Block::Table(Table {
            caption: tr.t("networks.verdicts_caption").to_string(),
            head,
            rows,
            note: format!("{} {}", tr.t("networks.verdicts_note"), ctx.source()),
        }));
        if !level_rows.is_empty() {
            b.push(Block::Table(Table {
                caption: tr.t("networks.levels_caption").to_string(),
                head: vec![
                    tr.t("col.indicator").to_string(),
                    tr.t("networks.year").to_string(),
                    weighting_name(ctx, Weighting::Unweighted),
                    weighting_name(ctx, Weighting::Population),
                    tr.t("networks.cities_with_value").to_string(),
                ],
                rows: level_rows,
                note: format!("{} {}", tr.t("networks.levels_note"), ctx.source()),
            }));
        }
    }
    index_areas(ctx, net, &mut doc.blocks);
    doc
}

/// The ICC Index by area: the mean of the members' latest assessments against the mean over
/// every city of the project (each city's latest assessment; no ranks).
fn index_areas(ctx: &Ctx, net: &Network, b: &mut Vec<Block>) {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let rows = &ctx.data.index_scores;
    // Each city's latest assessment year.
    let mut latest: std::collections::BTreeMap<&str, i32> = std::collections::BTreeMap::new();
    for r in rows {
        let y = latest.entry(r.city.as_str()).or_insert(r.year);
        *y = (*y).max(r.year);
    }
    let is_member = |c: &str| net.members.iter().any(|m| m.0 == c);
    let mut areas: Vec<&str> = Vec::new();
    for r in rows.iter().filter(|r| r.core) {
        if !areas.contains(&r.area.as_str()) {
            areas.push(&r.area);
        }
    }
    let mean = |area: &str, members_only: bool| -> (Option<f64>, usize) {
        let v: Vec<f64> = rows
            .iter()
            .filter(|r| r.area == area && latest.get(r.city.as_str()) == Some(&r.year))
            .filter(|r| !members_only || is_member(&r.city))
            .map(|r| r.score)
            .collect();
        ((!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64), v.len())
    };
    let table_rows: Vec<Vec<Cell>> = areas
        .iter()
        .filter_map(|a| {
            let (m, n) = mean(a, true);
            let (all, _) = mean(a, false);
            Some(vec![
                Cell::text(ctx.area_title(a)),
                Cell::num(f.value(m?, Unit::Score)),
                Cell::num(all.map(|x| f.value(x, Unit::Score)).unwrap_or_else(|| "–".into())),
                Cell::text(tr.f(
                    "networks.of_members",
                    &[("k", &n.to_string()), ("n", &net.members.len().to_string())],
                )),
            ])
        })
        .collect();
    if table_rows.is_empty() {
        return;
    }
    b.push(Block::H2(tr.t("networks.index_heading").into()));
    b.push(Block::Table(Table {
        caption: tr.t("networks.index_caption").to_string(),
        head: vec![
            tr.t("networks.area").to_string(),
            tr.t("networks.members_mean").to_string(),
            tr.t("networks.all_mean").to_string(),
            tr.t("networks.cities_with_value").to_string(),
        ],
        rows: table_rows,
        note: format!("{} {}", tr.t("networks.index_note"), ctx.source()),
    }));
}
