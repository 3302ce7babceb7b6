//! The city report: one city against its own history (barometer trends with intervals, Sen
//! slope, breaks) and against its peer groups (median and middle half, never a rank), its ICC
//! Index profile, subgroup gaps, activity evaluations and data notes. Every number carries its
//! interval and n; findings are worded from the verdicts. The Index, gaps and activity sections
//! live in [`extra`], the survey table and data notes in [`notes`].

pub mod extra;
pub mod notes;

use crate::report::Ctx;
use crate::report::charts::{PeerRow, TrendPoint, TrendSeries, peer_band_chart, trend_chart};

use crate::config::bank::Polarity;
use crate::report::doc::{Block, Cell, Doc, Inline, Table, Tone};
use crate::report::figures::Figs;
use crate::report::findings::{self, Summary};
use crate::report::format::{Unit, decimal_year};
use crate::store::rows::EstimateRow as Est;
use crate::vocab::Mode;
use crate::vocab::{Direction, Position, Source};
use anyhow::Result;
use std::path::Path;

/// Write `report.html` and `report.md` (and charts) for `city` into `dir`; returns files written.
pub fn write(ctx: &Ctx, city: &str, dir: &Path) -> Result<usize> {
    let figs = Figs::new(dir.to_path_buf(), 3);
    let doc = build(ctx, city, &figs)?;
    crate::report::write_doc(dir, "report", &doc, ctx.tr)?;
    let charts = doc.blocks.iter().filter(|b| matches!(b, Block::Figure(_))).count();
    Ok(2 + 2 * charts)
}

/// The city report as a document.
pub fn build(ctx: &Ctx, city: &str, figs: &Figs) -> Result<Doc> {
    let tr = ctx.tr;
    let set = ctx.set_for_city(city);
    let set_id = set.map(|s| s.id.clone()).unwrap_or_default();
    let sums = findings::summaries(ctx, city, &set_id, Source::Barometer);
    let all_sources = findings::city_summaries(ctx, city, &set_id);
    let latest_wave = findings::latest_wave(ctx, city, &all_sources).map(|(e, _)| ctx.fmt.wave(&e.wave));
    let mut doc = Doc {
        lang: tr.lang().to_string(),
        kind: "report",
        title: tr.f("city.title", &[("city", city)]),
        subtitle: tr.f(
            "city.subtitle",
            &[
                ("project", &ctx.cp.project.name),
                ("set", &set.map(|s| ctx.set_title(s)).unwrap_or_default()),
                ("latest", &latest_wave.unwrap_or_else(|| "–".into())),
            ],
        ),
        blocks: Vec::new(),
        footer: ctx.footer(),
    };
    let b = &mut doc.blocks;

    b.push(Block::H2(tr.t("city.glance").into()));
    let picked = findings::pick(&all_sources);
    if picked.is_empty() {
        b.push(Block::p(tr.t("city.no_findings")));
    } else {
        b.push(Block::p(
            tr.f("city.glance_intro", &[("alpha", &ctx.fmt.num(ctx.alpha(), 2))]),
        ));
        b.push(Block::Findings(picked.iter().map(|s| ctx.finding(s)).collect()));
    }

    // Sections appear only with content; one line after "at a glance" says what is absent and
    // how to add it.
    let absent_at = b.len();
    let mut absent: Vec<&str> = Vec::new();
    if !over_time(ctx, city, &sums, figs, b)? {
        absent.push("absent.barometer");
    }
    if !peers(ctx, city, &set_id, figs, b)? {
        absent.push("absent.peers");
    }
    if !extra::index(ctx, city, figs, b)? {
        absent.push(if ctx.data.index_scores.is_empty() {
            "absent.index_project"
        } else {
            "absent.index_city"
        });
    }
    if !extra::gaps(ctx, city, &set_id, figs, b)? {
        absent.push("absent.gaps");
    }
    if !absent.is_empty() {
        let items: Vec<String> = absent.iter().map(|k| tr.t(k).to_string()).collect();
        b.insert(
            absent_at,
            Block::p(tr.f("absent.lead", &[("items", &items.join("; "))])),
        );
    }
    extra::activities(ctx, city, b);
    notes::surveys(ctx, city, &set_id, b);
    how_to_read(ctx, b);
    notes::data_notes(ctx, city, b);
    Ok(doc)
}

/// Returns false (and writes nothing) when the city has no barometer waves.
fn over_time(ctx: &Ctx, city: &str, sums: &[Summary], figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    if sums.is_empty() {
        return Ok(false);
    }
    b.push(Block::H2(tr.t("city.over_time").into()));
    b.push(Block::p(tr.f(
        "city.over_time_intro",
        &[("alpha", &f.num(ctx.alpha(), 2)), ("method", ctx.method())],
    )));
    let mut t = Table {
        caption: tr.t("city.table_over_time").into(),
        head: [
            "col.indicator",
            "col.latest",
            "col.n",
            "col.last_change",
            "col.trend",
            "col.verdict",
        ]
        .iter()
        .map(|k| tr.t(k).to_string())
        .collect(),
        rows: Vec::new(),
        note: String::new(),
    };
    let mut total_n = 0u64;
    for s in sums {
        let latest = s
            .latest
            .map(|e| estimate_cell(ctx, e, s.unit))
            .unwrap_or_else(|| tr.t("phrase.too_few_short").into());
        let n = s.latest.and_then(|e| e.n).map(|n| f.count(n)).unwrap_or_default();
        total_n += s.series.iter().filter_map(|e| e.n).sum::<u64>();
        let change_cell = |c: Option<&crate::store::rows::ChangeRow>| match c {
            Some(c) => {
                let word = ctx.change_word(c);
                let mut txt = format!("{word}: {}", ctx.change_short(c, s.unit));
                if c.series_break {
                    txt.push_str(" †");
                }
                let tone = match c.significant {
                    _ if c.series_break => Tone::Neutral,
                    Some(true) if c.diff * polarity_sign(s.ind.polarity) > 0.0 => Tone::Good,
                    Some(true) => Tone::Bad,
                    _ => Tone::Neutral,
                };
                Cell::toned(txt, tone)
            }
            None => Cell::text("–"),
        };
        let trend = match s.trend {
            Some(tr_) => Cell::text(trend_short(ctx, tr_, s.unit)),
            None => Cell::text("–"),
        };
        let word = s.word();
        let verdict = Cell::toned(
            match s.verdict.filter(|v| v.test != crate::vocab::Test::None) {
                Some(v) => format!(
                    "{}: {}",
                    tr.t(&format!("word.{}", word.as_str())),
                    ctx.verdict_short(v, s.unit)
                ),
                None => tr.t("word.no_comparison").to_string(),
            },
            findings::word_tone(word),
        );
        t.rows.push(vec![
            Cell::text(s.title.clone()),
            Cell::num(latest),
            Cell::num(n),
            change_cell(s.last_change),
            trend,
            verdict,
        ]);
    }
    t.note = format!(
        "{} {} {} {} {}",
        tr.f("city.table_note_n", &[("n", &f.count(total_n))]),
        tr.t("city.table_note_units"),
        tr.t("city.table_note_break"),
        tr.t("city.table_note_flag"),
        ctx.source()
    );
    b.push(Block::Table(t));

    for s in sums {
        b.push(Block::H3(s.title.clone()));
        b.push(trend_figure(ctx, city, s, figs)?);
        let mut parts = vec![Inline::Strong(
            tr.f("sentence.latest", &[("latest", &ctx.latest_phrase(s))]),
        )];
        if let Some(v) = s.verdict {
            parts.push(Inline::Text(format!(" {}", ctx.verdict_sentence(v, s.unit))));
        }
        if let Some(c) = s.last_change {
            parts.push(Inline::Text(format!(" {}", ctx.change_sentence(c, s.unit))));
        }
        for (_, wave, a, m) in mode_breaks(&s.series) {
            let txt = tr.f(
                "sentence.mode_break",
                &[
                    ("wave", &f.wave(&wave)),
                    ("from", &mode_name(ctx, a)),
                    ("to", &mode_name(ctx, m)),
                ],
            );
            parts.push(Inline::Text(format!(" {txt}")));
        }
        if s.ind.polarity == Polarity::LowerIsBetter {
            parts.push(Inline::Text(format!(" {}", tr.t("sentence.lower_is_better"))));
        }
        b.push(Block::P(parts));
    }
    Ok(true)
}

fn polarity_sign(p: Polarity) -> f64 {
    if p == Polarity::HigherIsBetter { 1.0 } else { -1.0 }
}

/// "45.2% (41.0–49.5)".
/// An estimate with its interval for a table cell; a flagged estimate (few sampling units or
/// a wide interval, docs/METHODS.md "What is shown") carries the mark explained by
/// `city.table_note_flag`.
pub fn estimate_cell(ctx: &Ctx, e: &Est, unit: Unit) -> String {
    let f = ctx.fmt;
    let mut s = match (e.estimate, e.ci_low, e.ci_high) {
        (Some(v), Some(lo), Some(hi)) => ctx.tr.f(
            "phrase.estimate_short",
            &[
                ("value", &f.value(v, unit)),
                ("lo", &f.bare(lo, unit)),
                ("hi", &f.bare(hi, unit)),
            ],
        ),
        (Some(v), _, _) => f.value(v, unit),
        _ => return ctx.tr.t("phrase.too_few_short").into(),
    };
    if e.flag.is_some_and(|f| f != crate::vocab::Flag::Ok) {
        s.push_str(" ‡");
    }
    s
}

fn trend_short(ctx: &Ctx, t: &crate::store::rows::TrendRow, unit: Unit) -> String {
    let key = match t.direction {
        Direction::Rising => "trend.up",
        Direction::Falling => "trend.down",
        Direction::Fluctuating => "trend.fluctuating",
        Direction::NoClearTrend => "trend.none",
        Direction::InsufficientWaves => "trend.few",
    };
    let slope = t.slope.map(|s| ctx.fmt.signed(s, unit)).unwrap_or_else(|| "–".into());
    let per_year = ctx.tr.f("unit.per_year", &[("unit", &ctx.diff_unit(unit, t.slope))]);
    let mut s = ctx.tr.f(key, &[("slope", &slope), ("per_year", &per_year)]);
    if t.series_break {
        s.push_str(" †");
    }
    s
}

/// Mode changes between consecutive waves of a series: (decimal year of the break, wave, from, to).
pub fn mode_breaks(series: &[&Est]) -> Vec<(f64, String, Mode, Mode)> {
    let mut out = Vec::new();
    for w in series.windows(2) {
        if let (Some(a), Some(b)) = (&w[0].mode, &w[1].mode)
            && a != b
        {
            let t = (decimal_year(w[0].date.0) + decimal_year(w[1].date.0)) / 2.0;
            out.push((t, w[1].wave.clone(), *a, *b));
        }
    }
    out
}

/// y range for 0–100 quantities: the data's extent padded to tens, within 0–100.
pub fn y_range(unit: Unit, vals: &[f64]) -> (f64, f64) {
    let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !lo.is_finite() {
        return (0.0, 100.0);
    }
    match unit {
        Unit::Raw => (lo - (hi - lo).max(0.5) * 0.2, hi + (hi - lo).max(0.5) * 0.2),
        _ => (
            ((lo - 5.0) / 10.0).floor().max(0.0) * 10.0,
            ((hi + 5.0) / 10.0).ceil().min(10.0) * 10.0,
        ),
    }
}

/// The y-axis words of a unit.
pub fn y_axis(ctx: &Ctx, unit: Unit) -> String {
    ctx.tr
        .t(match unit {
            Unit::Percent => "axis.percent",
            Unit::Score => "axis.score",
            Unit::Raw => "axis.raw",
        })
        .to_string()
}

fn trend_figure(ctx: &Ctx, city: &str, s: &Summary, figs: &Figs) -> Result<Block> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let pts: Vec<TrendPoint> = s
        .series
        .iter()
        .map(|e| TrendPoint {
            t: decimal_year(e.date.0),
            label: f.wave_short(&e.wave),
            estimate: e.estimate,
            ci_low: e.ci_low,
            ci_high: e.ci_high,
            n: e.n.unwrap_or(0),
        })
        .collect();
    let vals: Vec<f64> = pts
        .iter()
        .flat_map(|p| [p.estimate, p.ci_low, p.ci_high])
        .flatten()
        .collect();
    let breaks = mode_breaks(&s.series);
    let sig = s.trend.filter(|t| {
        matches!(
            t.direction,
            crate::vocab::Direction::Rising | crate::vocab::Direction::Falling
        ) && !t.series_break
    });
    // The fitted line passes through the weighted mean of the waves, weights 1/(se² + τ²).
    let intercept = sig.and_then(|t| {
        let tau2 = t.tau2?;
        let (mut sw, mut st, mut sy) = (0.0, 0.0, 0.0);
        for e in s.series.iter().filter(|e| e.estimate.is_some()) {
            let w = 1.0 / (e.se.unwrap_or(0.0).powi(2) + tau2);
            sw += w;
            st += w * decimal_year(e.date.0);
            sy += w * e.estimate?;
        }
        (sw > 0.0 && sw.is_finite()).then(|| (st / sw, sy / sw))
    });
    let series = TrendSeries {
        points: pts,
        slope_per_year: sig.and_then(|t| t.slope),
        intercept_point: intercept,
        breaks: breaks.iter().map(|b| b.0).collect(),
        y_range: y_range(s.unit, &vals),
    };
    let n_total: u64 = s.series.iter().filter_map(|e| e.n).sum();
    let first = s.series.first().map(|e| f.wave(&e.wave)).unwrap_or_default();
    let last = s.series.last().map(|e| f.wave(&e.wave)).unwrap_or_default();
    let subtitle = tr.f(
        "chart.trend_subtitle",
        &[
            ("city", city),
            ("waves", &s.series.len().to_string()),
            ("n", &f.count(n_total)),
            ("first", &first),
            ("last", &last),
        ],
    );
    let labels = ctx.labels(
        s.title.clone(),
        subtitle.clone(),
        y_axis(ctx, s.unit),
        tr.t("axis.wave").into(),
    );
    let mut alt = tr.f(
        "alt.trend",
        &[
            ("indicator", &s.title),
            ("city", city),
            ("first", &first),
            ("last", &last),
            ("latest", &ctx.latest_phrase(s)),
        ],
    );
    if let Some(t) = s.trend {
        alt.push(' ');
        alt.push_str(&ctx.trend_sentence(t, s.unit));
    }
    for (_, wave, a, b) in &breaks {
        alt.push(' ');
        alt.push_str(&tr.f(
            "sentence.mode_break",
            &[
                ("wave", &f.wave(wave)),
                ("from", &mode_name(ctx, *a)),
                ("to", &mode_name(ctx, *b)),
            ],
        ));
    }
    let caption = format!("{subtitle}. {}", ctx.source());
    figs.save(
        &format!("trend-{}", s.ind.id),
        trend_chart(&series, &labels),
        alt,
        caption,
    )
}

/// A fieldwork mode's name.
pub fn mode_name(ctx: &Ctx, mode: Mode) -> String {
    ctx.tr.t(&format!("mode.{}", mode.as_str())).to_string()
}

/// Returns false (and writes nothing) when the city has no peer comparison.
fn peers(ctx: &Ctx, city: &str, set_id: &str, figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    // The order of findings::peer_groups: the brief speaks of the first group shown here.
    let groups = crate::report::findings::peer_groups(ctx, city, set_id);
    if groups.is_empty() {
        return Ok(false);
    }
    b.push(Block::H2(tr.t("city.peers").into()));
    b.push(Block::p(tr.t("city.peers_intro")));
    let set = ctx.cp.sets.iter().find(|s| s.id == set_id);
    for (gi, gr) in groups.iter().enumerate() {
        let gtitle = ctx.peer_group_title(gr[0].peer_basis, &gr[0].band);
        b.push(Block::H3(gtitle.clone()));
        let peer_cities = gr.first().map(|r| r.peer_cities.clone()).unwrap_or_default();
        let n_peers = gr.iter().map(|r| r.n_peers).max().unwrap_or(0);
        b.push(Block::p(tr.f(
            "city.peer_list",
            &[("cities", &peer_cities), ("n", &n_peers.to_string())],
        )));
        if gr.iter().all(|r| r.peer_median.is_none()) {
            b.push(Block::p(
                tr.f("city.peers_too_few", &[("min", &crate::vocab::MIN_PEERS.to_string())]),
            ));
            continue;
        }
        // Chart rows in the set's indicator order.
        let order: Vec<&str> = set
            .map(|s| s.indicators.iter().map(|i| i.id.as_str()).collect())
            .unwrap_or_default();
        let mut sorted = gr.clone();
        sorted.sort_by_key(|r| order.iter().position(|o| *o == r.indicator_id).unwrap_or(usize::MAX));
        let chart_rows: Vec<PeerRow> = sorted
            .iter()
            .filter(|r| r.peer_median.is_some())
            .map(|r| PeerRow {
                indicator: ctx.indicator_title(set_id, &r.indicator_id),
                value: r.value,
                q1: r.peer_q1.unwrap_or(f64::NAN),
                median: r.peer_median.unwrap_or(f64::NAN),
                q3: r.peer_q3.unwrap_or(f64::NAN),
            })
            .collect();
        let subtitle = tr.f(
            "chart.peer_subtitle",
            &[("city", city), ("n", &n_peers.to_string()), ("group", &gtitle)],
        );
        let mut labels = ctx.labels(
            tr.f("chart.peer_title", &[("city", city)]),
            subtitle.clone(),
            String::new(),
            tr.t("axis.score_or_percent").into(),
        );
        labels.text.estimate = city.to_string();
        let mut t = Table {
            caption: tr.f("city.peer_table", &[("group", &gtitle)]),
            head: [
                "col.indicator",
                "col.city_value",
                "col.peer_median",
                "col.peer_iqr",
                "col.position",
            ]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
            rows: Vec::new(),
            note: format!(
                "{} {}",
                tr.f("city.peer_note", &[("n", &n_peers.to_string())]),
                ctx.source()
            ),
        };
        // A different fieldwork mode among the peers is flagged (docs/METHODS.md "Peers").
        if let Some(r) = gr
            .iter()
            .filter(|r| r.n_peers_other_mode > 0)
            .max_by_key(|r| r.n_peers_other_mode)
        {
            t.note = format!(
                "{} {}",
                tr.f(
                    "city.peer_other_mode",
                    &[("k", &r.n_peers_other_mode.to_string()), ("n", &r.n_peers.to_string())]
                ),
                t.note
            );
        }
        let mut alt_parts = Vec::new();
        for r in &sorted {
            let unit = ctx
                .data
                .statistic(set_id, &r.indicator_id)
                .map(Unit::of_statistic)
                .unwrap_or(Unit::Score);
            let pol = set
                .and_then(|s| s.get(&r.indicator_id))
                .map(|i| i.polarity)
                .unwrap_or(Polarity::HigherIsBetter);
            let (pos_text, tone) = match r.position {
                Some(Position::Above) => (
                    tr.t("position.above"),
                    if pol == Polarity::HigherIsBetter {
                        Tone::Good
                    } else {
                        Tone::Bad
                    },
                ),
                Some(Position::Below) => (
                    tr.t("position.below"),
                    if pol == Polarity::HigherIsBetter {
                        Tone::Bad
                    } else {
                        Tone::Good
                    },
                ),
                Some(Position::Within) => (tr.t("position.within"), Tone::Neutral),
                _ => (tr.t("position.unknown"), Tone::Neutral),
            };
            let title = ctx.indicator_title(set_id, &r.indicator_id);
            alt_parts.push(format!("{title}: {pos_text}"));
            let opt = |v: Option<f64>| v.map(|v| f.value(v, unit)).unwrap_or_else(|| "–".into());
            t.rows.push(vec![
                Cell::text(title),
                Cell::num(opt(r.value)),
                Cell::num(opt(r.peer_median)),
                Cell::num(match (r.peer_q1, r.peer_q3) {
                    (Some(a), Some(c)) => format!("{}–{}", f.bare(a, unit), f.bare(c, unit)),
                    _ => "–".into(),
                }),
                Cell::toned(pos_text, tone),
            ]);
        }
        let alt = format!(
            "{}. {}",
            tr.f("alt.peers", &[("city", city), ("group", &gtitle)]),
            alt_parts.join("; ")
        );
        let caption = format!("{subtitle}. {}", ctx.source());
        if !chart_rows.is_empty() {
            b.push(figs.save(
                &format!("peers-{}", gi + 1),
                peer_band_chart(&chart_rows, &labels),
                alt,
                caption,
            )?);
        }
        b.push(Block::Table(t));
    }
    Ok(true)
}

fn how_to_read(ctx: &Ctx, b: &mut Vec<Block>) {
    let tr = ctx.tr;
    let alpha = ctx.fmt.num(ctx.alpha(), 2);
    b.push(Block::H2(tr.t("city.how_to_read").into()));
    b.push(Block::List(
        ["read.ci", "read.q", "read.no_change", "read.peers", "read.causation"]
            .iter()
            .map(|k| vec![Inline::Text(tr.f(k, &[("alpha", &alpha), ("method", ctx.method())]))])
            .collect(),
    ));
}
