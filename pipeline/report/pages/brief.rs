//! The mayor brief: one printable A4 page per city in plain language — three to five findings
//! that hold (with size, interval and n), what they do and do not show, the city's place among
//! similar cities (never a rank), and, when an indicator declined, how to talk about it.
//! The print stylesheet (`body.brief` in `reports/style.css`) keeps it to one page; a
//! headless-Chromium test prints it and counts pages.

use crate::config::bank::Polarity;
use crate::report::Ctx;
use crate::report::doc::{Block, Doc, Inline};
use crate::report::findings;
use crate::vocab::Word;
use crate::vocab::{Position, Source};
use anyhow::Result;
use std::path::Path;

/// Write `brief.html` and `brief.md` for `city` into `dir`; returns files written.
pub fn write(ctx: &Ctx, city: &str, dir: &Path) -> Result<usize> {
    let doc = build(ctx, city);
    crate::report::write_doc(dir, "brief", &doc, ctx.tr)?;
    Ok(2)
}

/// The brief as a document.
pub fn build(ctx: &Ctx, city: &str) -> Doc {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let set_id = ctx.set_for_city(city).map(|s| s.id.clone()).unwrap_or_default();
    let sums = findings::city_summaries(ctx, city, &set_id);
    let baro: Vec<&findings::Summary> = sums.iter().filter(|s| s.ind.source == Source::Barometer).collect();
    let first = baro
        .iter()
        .filter_map(|s| s.series.first().copied())
        .min_by_key(|e| e.date);
    let n_waves = baro.iter().map(|s| s.series.len()).max().unwrap_or(0);
    let latest_baro = findings::latest_wave(ctx, city, baro.iter().copied());
    let subtitle = match (latest_baro.or(findings::latest_wave(ctx, city, &sums)), first) {
        (Some((l, n)), Some(fst)) if l.kind == Source::Barometer => tr.f(
            "brief.subtitle",
            &[
                ("latest", &f.wave(&l.wave)),
                ("n", &f.count(n)),
                ("waves", &n_waves.to_string()),
                ("first", &f.wave(&fst.wave)),
            ],
        ),
        (Some((l, n)), _) => tr.f(
            "brief.subtitle_survey",
            &[("latest", &f.wave(&l.wave)), ("n", &f.count(n))],
        ),
        _ => tr.t("brief.subtitle_none").to_string(),
    };
    let mut doc = Doc {
        lang: tr.lang().to_string(),
        kind: "brief",
        title: if baro.is_empty() && !sums.is_empty() {
            tr.f("brief.title_survey", &[("city", city)])
        } else {
            tr.f("brief.title", &[("city", city)])
        },
        subtitle,
        blocks: Vec::new(),
        footer: ctx.footer(),
    };
    doc.footer.push(tr.t("brief.full_report").to_string());
    let b = &mut doc.blocks;

    b.push(Block::H2(tr.t("brief.findings").into()));
    // One printed page holds four statements: the findings that hold, and the largest
    // subgroup gap that holds (if any) in the last place.
    let gaps = findings::gap_sentences(ctx, city, &set_id, 1);
    let mut picked = findings::pick(&sums);
    picked.truncate(if gaps.is_empty() { 4 } else { 3 });
    if picked.is_empty() {
        // No comparison yet (e.g. a single survey round): say where the city stands.
        let levels: Vec<Vec<Inline>> = sums
            .iter()
            .filter(|s| s.latest.is_some())
            .take(4)
            .map(|s| {
                vec![Inline::Text(tr.f(
                    "brief.level_line",
                    &[("indicator", &s.title), ("latest", &ctx.latest_phrase(s))],
                ))]
            })
            .collect();
        if levels.is_empty() {
            b.push(Block::p(tr.t("brief.no_findings")));
        } else {
            b.push(Block::p(tr.t("brief.no_findings_levels")));
            b.push(Block::List(levels));
        }
    } else {
        b.push(Block::Findings(
            picked.iter().map(|s| ctx.finding_with(s, false)).collect(),
        ));
    }
    if !gaps.is_empty() {
        b.push(Block::P(vec![Inline::Strong(tr.t("brief.gaps_lead").to_string())]));
        b.push(Block::List(gaps.into_iter().map(|g| vec![Inline::Text(g)]).collect()));
    }
    let peer_line = peer_sentence(ctx, city, &set_id);
    if let Some(p) = &peer_line {
        b.push(Block::P(vec![
            Inline::Strong(tr.t("brief.peers_lead").to_string()),
            Inline::Text(format!(" {p}")),
        ]));
    }

    let mut breaks: Vec<String> = Vec::new();
    if let Some(s) = sums.iter().max_by_key(|s| s.series.len()) {
        for (_, wave, a, m) in crate::report::pages::city::mode_breaks(&s.series) {
            let (a, m) = (
                crate::report::pages::city::mode_name(ctx, a),
                crate::report::pages::city::mode_name(ctx, m),
            );
            breaks.push(tr.f(
                "brief.mode_break",
                &[("wave", &f.wave(&wave)), ("from", &a), ("to", &m)],
            ));
        }
    }
    // A wave whose rows were all rejected is named: the brief would otherwise show the wave
    // before it as the latest without saying why.
    for w in ctx
        .data
        .waves
        .iter()
        .filter(|w| w.city == city && w.accepted == 0 && w.rows_in > 0)
    {
        breaks.push(tr.f(
            "brief.all_rejected",
            &[("wave", &f.wave(&w.wave)), ("n", &f.count(w.rows_in))],
        ));
    }
    for line in breaks {
        b.push(Block::p(line));
    }

    b.push(Block::H2(tr.t("brief.what_shows").into()));
    let alpha = f.num(ctx.alpha(), 2);
    // What the city's evidence is (the barometer, or only city surveys) and whether a peer
    // comparison was printed decide which caveats apply.
    let source = if baro.is_empty() { "survey" } else { "barometer" };
    let mut caveats = vec!["brief.shows_sample", "brief.shows_q", "brief.shows_causation"];
    if peer_line.is_some() {
        caveats.push("brief.shows_peers");
    }
    b.push(Block::List(
        caveats
            .iter()
            .map(|k| {
                vec![Inline::Text(tr.f(
                    k,
                    &[("alpha", &alpha), ("method", ctx.method()), ("source", source)],
                ))]
            })
            .collect(),
    ));

    let worse: Vec<String> = sums
        .iter()
        .filter(|s| s.word() == Word::Declined)
        .map(|s| s.title.clone())
        .collect();
    let dips: Vec<String> = sums
        .iter()
        .filter(|s| s.word() != Word::Declined && s.dip_inside_interval())
        .map(|s| s.title.clone())
        .collect();
    if !worse.is_empty() || !dips.is_empty() {
        let mut items = Vec::new();
        if !dips.is_empty() {
            items.push(vec![Inline::Text(
                tr.f("brief.talk_dip", &[("list", &dips.join(", "))]),
            )]);
        }
        if !worse.is_empty() {
            items.push(vec![Inline::Text(
                tr.f("brief.talk_decline", &[("list", &worse.join(", "))]),
            )]);
        }
        items.push(vec![Inline::Text(tr.t("brief.talk_keep").into())]);
        items.push(vec![Inline::Text(tr.t("brief.talk_say").into())]);
        b.push(Block::Callout(
            tr.t("brief.talk_title").into(),
            vec![Block::List(items)],
        ));
    }
    doc
}

/// "The 4 most similar cities (…): the city cannot be told apart from the middle half of them
/// on 5 of 9 indicators; it is clearly ahead of most of them on 3", about the peer group the
/// city report shows first ([`findings::peer_groups`]), with the peers' other fieldwork modes
/// when there are any (a city is placed only when its interval clears a quartile, with the
/// peers' sampling error).
fn peer_sentence(ctx: &Ctx, city: &str, set_id: &str) -> Option<String> {
    let groups = findings::peer_groups(ctx, city, set_id);
    let rows = groups.first()?;
    let first = rows.first()?;
    let set = ctx.cp.sets.iter().find(|s| s.id == set_id)?;
    let (mut better, mut within, mut behind) = (0, 0, 0);
    for r in rows {
        let higher_good = set
            .get(&r.indicator_id)
            .is_none_or(|i| i.polarity == Polarity::HigherIsBetter);
        match (r.position, higher_good) {
            (Some(Position::Within), _) => within += 1,
            (Some(Position::Above), true) | (Some(Position::Below), false) => better += 1,
            (Some(Position::Above), false) | (Some(Position::Below), true) => behind += 1,
            _ => {}
        }
    }
    if better + within + behind == 0 {
        return Some(
            ctx.tr
                .f("city.peers_too_few", &[("min", &crate::vocab::MIN_PEERS.to_string())]),
        );
    }
    // The clauses for cities ahead and behind appear only when there are any.
    let mut more = String::new();
    for (key, n) in [("brief.peers_ahead", better), ("brief.peers_behind", behind)] {
        if n > 0 {
            more.push_str(&ctx.tr.f(key, &[("n", &n.to_string())]));
        }
    }
    let mut text = ctx.tr.f(
        "brief.peers",
        &[
            ("group", &ctx.peer_group_title(first.peer_basis, &first.band)),
            ("cities", &first.peer_cities),
            ("total", &(better + within + behind).to_string()),
            ("within", &within.to_string()),
            ("more", &more),
        ],
    );
    // A mode effect can look like a difference between cities: said wherever the comparison is.
    if let Some(r) = rows
        .iter()
        .filter(|r| r.peer_median.is_some() && r.n_peers_other_mode > 0)
        .max_by_key(|r| r.n_peers_other_mode)
    {
        text.push(' ');
        text.push_str(&ctx.tr.f(
            "brief.peers_mode",
            &[("k", &r.n_peers_other_mode.to_string()), ("n", &r.n_peers.to_string())],
        ));
    }
    Some(text)
}
