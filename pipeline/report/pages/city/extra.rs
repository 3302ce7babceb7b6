//! City report sections beyond the barometer: ICC Index profile (radar against the peer median,
//! version breaks), subgroup gaps, activity evaluations, city surveys and the data notes.

use crate::config::bank::AreaKind;
use crate::report::Ctx;
use crate::report::charts::{IntervalRow, RadarArea, interval_chart, radar_chart};
use crate::report::doc::{Block, Cell, Table, Tone};
use crate::report::figures::Figs;
use crate::report::format::Unit;
use crate::store::rows::{EffectRow as Effect, EstimateRow as Est};
use crate::vocab::{ALL, ALL_TYPES, GroupDim};
use crate::vocab::{Source, Statistic};
use anyhow::Result;

/// Peer cities of `city` for the Index comparison: its nearest-neighbour group, else everyone.
fn index_peers(ctx: &Ctx, city: &str) -> Vec<String> {
    let knn = ctx
        .data
        .city(city)
        .peers()
        .find(|p| p.peer_basis == crate::vocab::PeerBasis::Nearest);
    match knn {
        Some(p) => p.peer_cities.split(", ").map(str::to_string).collect(),
        None => ctx.data.cities.iter().filter(|c| *c != city).cloned().collect(),
    }
}

/// Latest assessment (year, version) of a city.
fn latest_assessment(ctx: &Ctx, city: &str) -> Option<(i32, String)> {
    ctx.data
        .index_scores
        .iter()
        .filter(|s| s.city == city)
        .map(|s| (s.year, s.index_version.clone()))
        .max()
}

fn area_score(ctx: &Ctx, city: &str, year: i32, area: &str) -> Option<f64> {
    ctx.data
        .index_scores
        .iter()
        .find(|s| s.city == city && s.year == year && s.area == area)
        .map(|s| s.score)
}

/// The ICC Index section.
/// Returns false (and writes nothing) when the city has no assessment.
pub fn index(ctx: &Ctx, city: &str, figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let Some((year, version)) = latest_assessment(ctx, city) else {
        return Ok(false);
    };
    b.push(Block::H2(tr.t("city.index").into()));
    let peers = index_peers(ctx, city);
    let peer_latest: Vec<(String, i32, String)> = peers
        .iter()
        .filter_map(|p| latest_assessment(ctx, p).map(|(y, v)| (p.clone(), y, v)))
        .collect();
    let mut areas = Vec::new();
    let mut rows = Vec::new();
    for a in ctx.cp.areas.areas.iter().filter(|a| a.kind == AreaKind::Core) {
        let mut vals: Vec<f64> = peer_latest
            .iter()
            .filter_map(|(p, y, _)| area_score(ctx, p, *y, &a.id))
            .collect();
        vals.sort_by(f64::total_cmp);
        let med = if vals.is_empty() {
            None
        } else {
            let m = vals.len() / 2;
            Some(if vals.len() % 2 == 1 {
                vals[m]
            } else {
                (vals[m - 1] + vals[m]) / 2.0
            })
        };
        let own = area_score(ctx, city, year, &a.id);
        let title = ctx.area_title(&a.id);
        rows.push(vec![
            Cell::text(title.clone()),
            Cell::num(own.map(|v| f.num(v, 1)).unwrap_or_else(|| "–".into())),
            Cell::num(med.map(|v| f.num(v, 1)).unwrap_or_else(|| "–".into())),
            Cell::num(vals.len().to_string()),
        ]);
        areas.push(RadarArea {
            label: title,
            city: own,
            peer_median: med,
        });
    }
    b.push(Block::p(tr.f(
        "city.index_intro",
        &[
            ("year", &year.to_string()),
            ("version", &version),
            ("n", &peer_latest.len().to_string()),
            ("cities", &peers.join(", ")),
        ],
    )));
    let other_versions: Vec<String> = peer_latest
        .iter()
        .filter(|(_, _, v)| *v != version)
        .map(|(p, y, v)| format!("{p} ({y}, {v})"))
        .collect();
    let subtitle = tr.f(
        "chart.radar_subtitle",
        &[
            ("year", &year.to_string()),
            ("version", &version),
            ("n", &peer_latest.len().to_string()),
        ],
    );
    let labels = ctx.labels(
        tr.f("chart.radar_title", &[("city", city)]),
        subtitle.clone(),
        String::new(),
        String::new(),
    );
    let alt = format!(
        "{} {}",
        tr.f("alt.radar", &[("city", city), ("year", &year.to_string())]),
        areas
            .iter()
            .map(|a| format!(
                "{} {} / {}",
                a.label,
                a.city.map(|v| f.num(v, 0)).unwrap_or_else(|| "–".into()),
                a.peer_median.map(|v| f.num(v, 1)).unwrap_or_else(|| "–".into())
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let mut caption = format!("{subtitle}. {}", ctx.source());
    if !other_versions.is_empty() {
        caption = format!(
            "{} {caption}",
            tr.f("city.index_peer_versions", &[("list", &other_versions.join(", "))])
        );
    }
    b.push(figs.save("index-radar", radar_chart(&areas, city, &labels), alt, caption)?);
    b.push(Block::Table(Table {
        caption: tr.f("city.index_table", &[("year", &year.to_string())]),
        head: ["col.area", "col.city_score", "col.peer_median", "col.n_peers"]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
        rows,
        note: ctx.source(),
    }));

    // History of the aggregate Index, with version breaks.
    let mut hist: Vec<&Est> = ctx
        .data
        .estimates
        .iter()
        .filter(|e| e.city == city && e.kind == Source::Index && e.statistic == Statistic::IndexAggregate)
        .filter(|e| ctx.set_for_city(city).is_none_or(|s| s.id == e.set_id))
        .collect();
    hist.sort_by(|a, b| a.wave.cmp(&b.wave));
    hist.dedup_by(|a, b| a.wave == b.wave);
    if !hist.is_empty() {
        let mut rows = Vec::new();
        let mut notes = Vec::new();
        for (i, e) in hist.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| hist[j]);
            let brk = prev.is_some_and(|p| p.index_version != e.index_version);
            if let (true, Some(p)) = (brk, prev) {
                notes.push(tr.f(
                    "city.index_break",
                    &[
                        ("from_year", &p.wave),
                        ("to_year", &e.wave),
                        ("from", p.index_version.as_deref().unwrap_or("?")),
                        ("to", e.index_version.as_deref().unwrap_or("?")),
                    ],
                ));
            }
            rows.push(vec![
                Cell::text(e.wave.clone()),
                Cell::text(e.index_version.clone().unwrap_or_default()),
                Cell::num(e.estimate.map(|v| f.num(v, 1)).unwrap_or_else(|| "–".into())),
                if brk {
                    Cell::toned(tr.t("city.index_not_comparable"), Tone::Neutral)
                } else {
                    Cell::text("")
                },
            ]);
        }
        b.push(Block::Table(Table {
            caption: tr.t("city.index_history").into(),
            head: ["col.year", "col.version", "col.index", "col.note"]
                .iter()
                .map(|k| tr.t(k).to_string())
                .collect(),
            rows,
            note: ctx.source(),
        }));
        for n in notes {
            b.push(Block::p(n));
        }
    }
    Ok(true)
}

/// The subgroup gaps section: the latest barometer wave and the latest city survey, each with
/// its own table. Returns false (and writes nothing) when the city has no gap at all.
pub fn gaps(ctx: &Ctx, city: &str, set_id: &str, figs: &Figs, b: &mut Vec<Block>) -> Result<bool> {
    let mut body = Vec::new();
    for kind in [Source::Barometer, Source::Survey] {
        gaps_of(ctx, city, set_id, kind, figs, &mut body)?;
    }
    if body.is_empty() {
        return Ok(false);
    }
    b.push(Block::H2(ctx.tr.t("city.gaps").into()));
    b.extend(body);
    Ok(true)
}

/// The gaps of the latest wave of one source.
fn gaps_of(ctx: &Ctx, city: &str, set_id: &str, kind: Source, figs: &Figs, b: &mut Vec<Block>) -> Result<()> {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let date_of = |w: &str| {
        ctx.data
            .waves
            .iter()
            .find(|x| x.city == city && x.kind == kind && x.wave == w)
            .map(|x| x.date.0)
    };
    let all: Vec<&crate::store::rows::GapRow> = ctx
        .data
        .city(city)
        .gaps()
        .filter(|g| g.set_id == set_id && g.kind == kind)
        .collect();
    let Some(wave) = all
        .iter()
        .map(|g| g.wave.as_str())
        .max_by_key(|w| (date_of(w), w.to_string()))
    else {
        return Ok(());
    };
    b.push(Block::H3(tr.f(
        "city.gaps_source",
        &[
            ("source", tr.t(&format!("source.{}", kind.as_str()))),
            ("wave", &f.wave(wave)),
        ],
    )));
    let rows: Vec<&&crate::store::rows::GapRow> = all.iter().filter(|g| g.wave == wave).collect();
    let unit_of = |ind: &str| {
        ctx.data
            .statistic(set_id, ind)
            .map(Unit::of_statistic)
            .unwrap_or(Unit::Score)
    };
    let n_wave = ctx
        .data
        .city(city)
        .estimates()
        .filter(|e| e.set_id == set_id && e.kind == kind && e.wave == wave && e.group_dim == GroupDim::All)
        .filter_map(|e| e.n)
        .max()
        .unwrap_or(0);
    let tested = rows.iter().filter(|g| g.q_value.is_some()).count();
    let sig: Vec<&&&crate::store::rows::GapRow> = rows.iter().filter(|g| g.significant == Some(true)).collect();
    b.push(Block::p(tr.f(
        "city.gaps_intro",
        &[
            ("wave", &f.wave(wave)),
            ("tested", &tested.to_string()),
            ("sig", &sig.len().to_string()),
            ("method", ctx.method()),
        ],
    )));
    // Chart: the migrant-background gap (or the first dimension) for every indicator.
    let dim = if rows.iter().any(|g| g.group_dim == GroupDim::MigrantBackground) {
        GroupDim::MigrantBackground
    } else {
        rows.first().map_or(GroupDim::All, |g| g.group_dim)
    };
    let dim_rows: Vec<&&&crate::store::rows::GapRow> = rows.iter().filter(|g| g.group_dim == dim).collect();
    if let Some(first) = dim_rows.first() {
        let (gv, rv) = (
            ctx.group_title(dim, &first.group_value),
            ctx.group_title(dim, &first.reference_value),
        );
        // One chart per unit: a gap in percentage points, in points on 0–100 and on an
        // item's own scale never share an axis.
        let of_group: Vec<&&&&crate::store::rows::GapRow> =
            dim_rows.iter().filter(|g| g.group_value == first.group_value).collect();
        let mut units: Vec<Unit> = Vec::new();
        for g in &of_group {
            let u = unit_of(&g.indicator_id);
            if !units.contains(&u) {
                units.push(u);
            }
        }
        let title = tr.f(
            "chart.gap_title",
            &[("dim", &ctx.dim_title(dim)), ("group", &gv), ("reference", &rv)],
        );
        let subtitle = tr.f(
            "chart.gap_subtitle",
            &[("city", city), ("wave", &f.wave(wave)), ("n", &f.count(n_wave))],
        );
        for unit in &units {
            let these: Vec<&&&&crate::store::rows::GapRow> = of_group
                .iter()
                .copied()
                .filter(|g| unit_of(&g.indicator_id) == *unit)
                .collect();
            let chart_rows: Vec<IntervalRow> = these
                .iter()
                .map(|g| IntervalRow {
                    label: ctx.indicator_title(set_id, &g.indicator_id),
                    estimate: g.gap,
                    ci_low: g.ci_adj_low.unwrap_or(g.ci_low),
                    ci_high: g.ci_adj_high.unwrap_or(g.ci_high),
                    highlight: g.significant == Some(true),
                })
                .collect();
            if chart_rows.is_empty() {
                continue;
            }
            let (axis, slug) = match unit {
                Unit::Percent => ("axis.gap_pp", "pp"),
                Unit::Score => ("axis.gap_points", "points"),
                Unit::Raw => ("axis.gap_raw", "scale"),
            };
            let mut labels = ctx.labels(title.clone(), subtitle.clone(), String::new(), tr.t(axis).into());
            // The whiskers are the intervals printed beside q: adjusted for the many comparisons.
            labels.text.interval = tr.t("chart.interval_adjusted").into();
            labels.text.signed = true;
            labels.text.decimals = Some(unit.decimals());
            let alt = format!(
                "{title}. {}",
                chart_rows
                    .iter()
                    .map(|r| format!("{} {}", r.label, f.signed(r.estimate, *unit)))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            let caption = format!("{subtitle}. {} {}", tr.t("chart.gap_caption"), ctx.source());
            // One chart file per source (a city with barometer and survey gaps has two), and
            // per unit when the indicators of a source use several.
            let name = if units.len() == 1 {
                format!("gaps-{}", kind.as_str())
            } else {
                format!("gaps-{}-{slug}", kind.as_str())
            };
            b.push(figs.save(
                &name,
                interval_chart(&chart_rows, Some((0.0, tr.t("chart.no_gap"))), &labels),
                alt,
                caption,
            )?);
        }
    }
    if sig.is_empty() {
        b.push(Block::p(tr.f("city.gaps_none", &[("alpha", &f.num(ctx.alpha(), 2))])));
        return Ok(());
    }
    let mut sorted = sig.clone();
    sorted.sort_by(|a, b| b.gap.abs().total_cmp(&a.gap.abs()));
    let t = Table {
        caption: tr.f("city.gaps_table", &[("wave", &f.wave(wave))]),
        head: ["col.indicator", "col.groups", "col.values", "col.gap", "col.q"]
            .iter()
            .map(|k| tr.t(k).to_string())
            .collect(),
        rows: sorted
            .iter()
            .map(|g| {
                let unit = unit_of(&g.indicator_id);
                let gap = g.gap;
                vec![
                    Cell::text(ctx.indicator_title(set_id, &g.indicator_id)),
                    Cell::text(format!(
                        "{}: {} − {}",
                        ctx.dim_title(g.group_dim),
                        ctx.group_title(g.group_dim, &g.group_value),
                        ctx.group_title(g.group_dim, &g.reference_value)
                    )),
                    Cell::num(format!(
                        "{} / {}",
                        f.value(g.estimate, unit),
                        f.value(g.reference_estimate, unit)
                    )),
                    Cell::num(tr.f(
                        "phrase.diff_ci",
                        &[
                            ("diff", &f.signed(gap, unit)),
                            ("lo", &f.signed(g.ci_adj_low.unwrap_or(g.ci_low), unit)),
                            ("hi", &f.signed(g.ci_adj_high.unwrap_or(g.ci_high), unit)),
                        ],
                    )),
                    Cell::num(g.q_value.map(|q| f.q(q)).unwrap_or_default()),
                ]
            })
            .collect(),
        note: format!(
            "{} {}",
            tr.f("city.gaps_note", &[("n", &f.count(n_wave))]),
            ctx.source()
        ),
    };
    b.push(Block::Table(t));
    Ok(())
}

/// An activity type's name.
pub fn activity_title(ctx: &Ctx, t: &str) -> String {
    ctx.tr
        .get(&format!("activity.{t}"))
        .map(str::to_string)
        .unwrap_or_else(|| t.replace('_', " "))
}

/// Table of activity effects: the given rows of `activity_effects` (no Kruskal–Wallis rows),
/// with a city column when `with_city`. The change is printed with its 95% cluster-robust t
/// interval over activities (none with a single activity); the word "significant" is the
/// row's `significant` column (the cluster-level t test after BH, at least five activities),
/// which agrees with that interval; with fewer activities the table says "too few activities
/// to judge".
pub fn effects_table(ctx: &Ctx, rows_in: &[&Effect], with_city: bool, caption: &str) -> Table {
    let tr = ctx.tr;
    let f = ctx.fmt;
    let mut rows = Vec::new();
    let mut single = false;
    let mut few = false;
    for e in rows_in.iter().filter(|e| e.mean_pre.is_some()) {
        let binary = e.test == crate::vocab::EffectTest::McNemarExact;
        let v = |x: Option<f64>| match x {
            Some(x) if binary => f.value(x * 100.0, Unit::Percent),
            Some(x) => f.num(x, 2),
            None => "–".into(),
        };
        let s = |x: f64| {
            if binary {
                f.signed(x * 100.0, Unit::Percent)
            } else {
                f.signed(x, Unit::Raw)
            }
        };
        let pp = if binary {
            let last = e.diff_ci_high.or(e.diff).map(|x| x * 100.0);
            format!(" {}", ctx.diff_unit(Unit::Percent, last))
        } else {
            String::new()
        };
        let d = match (e.diff, e.diff_ci_t_low, e.diff_ci_t_high) {
            (Some(x), Some(lo), Some(hi)) => format!(
                "{}{pp}",
                tr.f("phrase.diff_ci", &[("diff", &s(x)), ("lo", &s(lo)), ("hi", &s(hi))])
            ),
            (Some(x), _, _) => {
                single = true;
                format!("{}{pp} *", s(x))
            }
            _ => "–".into(),
        };
        let split = match (e.share_up, e.share_same, e.share_down) {
            (Some(u), Some(m), Some(w)) => format!("{} / {} / {}", f.num(u, 0), f.num(m, 0), f.num(w, 0)),
            _ => "–".into(),
        };
        let q = e.q_value;
        let sig = e.significant == Some(true);
        few |= q.is_none() && e.diff_ci_t_low.is_some();
        let tone = match (sig, e.diff.is_some_and(|d| d > 0.0)) {
            (false, _) => Tone::Neutral,
            (true, true) => Tone::Good,
            (true, false) => Tone::Bad,
        };
        let es_kind = tr
            .get(&format!("effect.{}", e.effect_size_kind))
            .unwrap_or(&e.effect_size_kind)
            .to_string();
        let mut row = vec![Cell::text(activity_title(ctx, &e.activity_type))];
        if with_city {
            row.push(Cell::text(e.city.clone()));
        }
        row.extend([
            Cell::text(match (e.scale_min, e.scale_max) {
                // Means and changes of an ordinal item are on its declared scale: say which.
                (Some(lo), Some(hi)) if !binary => tr.f(
                    "effects.item_scale",
                    &[
                        ("item", &ctx.item_title(&e.item)),
                        ("lo", &f.num(lo, 0)),
                        ("hi", &f.num(hi, 0)),
                    ],
                ),
                _ => ctx.item_title(&e.item),
            }),
            Cell::num(f.count(u64::from(e.n_activities))),
            Cell::num(f.count(u64::from(e.n_pairs))),
            Cell::num(v(e.mean_pre)),
            Cell::num(v(e.mean_post)),
            Cell::num(d),
            Cell::num(split),
            Cell::num(
                e.effect_size
                    .map(|x| format!("{} ({es_kind})", f.coef(x)))
                    .unwrap_or_else(|| "–".into()),
            ),
            Cell::toned(
                format!(
                    "{} {}",
                    q.map(|q| f.q(q)).unwrap_or_else(|| "–".into()),
                    if sig {
                        tr.t("tone.significant")
                    } else if q.is_none() {
                        // Fewer than five activities: no test, no word.
                        tr.t("effects.not_assessed")
                    } else {
                        tr.t("tone.stable")
                    }
                ),
                tone,
            ),
        ]);
        rows.push(row);
    }
    let mut head = vec!["col.activity"];
    if with_city {
        head.push("col.city");
    }
    head.extend([
        "col.item",
        "effects.col_activities",
        "col.pairs",
        "col.before",
        "col.after",
        "effects.col_change_ci",
        "effects.col_up_same_down",
        "col.effect_size",
        "col.q",
    ]);
    let mut note = tr.f("effects.note", &[("method", tr.t("method.bh"))]);
    if single {
        note = format!("{note} {}", tr.t("effects.single_activity"));
    }
    if few {
        note = format!(
            "{note} {}",
            tr.f(
                "effects.few_activities",
                &[("min", &f.count(crate::stats::bootstrap::MIN_ACTIVITIES_TEST as u64))]
            )
        );
    }
    Table {
        caption: caption.to_string(),
        head: head.iter().map(|k| tr.t(k).to_string()).collect(),
        rows,
        note: format!("{note} {}", ctx.source()),
    }
}

/// The activity evaluations section: the effects of the city's own activities when it ran
/// evaluated activities, otherwise the rows pooled over every city, with a sentence saying
/// which. Nothing when the store has no activity effects.
pub fn activities(ctx: &Ctx, city: &str, b: &mut Vec<Block>) {
    let is_row = |e: &&Effect| e.activity_type != ALL_TYPES && e.mean_pre.is_some();
    let own: Vec<&Effect> = ctx
        .data
        .effects
        .iter()
        .filter(is_row)
        .filter(|e| e.city == city)
        .collect();
    let pooled: Vec<&Effect> = ctx
        .data
        .effects
        .iter()
        .filter(is_row)
        .filter(|e| e.city == ALL)
        .collect();
    let tr = ctx.tr;
    let names = |rows: &[&Effect]| {
        let mut n: Vec<String> = rows.iter().map(|e| activity_title(ctx, &e.activity_type)).collect();
        n.dedup();
        n.join(", ")
    };
    if !own.is_empty() {
        b.push(Block::H2(tr.t("city.activities").into()));
        b.push(Block::p(
            tr.f("effects.city_own", &[("types", &names(&own)), ("city", city)]),
        ));
        b.push(Block::Table(effects_table(
            ctx,
            &own,
            false,
            tr.t("city.activities_table"),
        )));
        // The same types across the network, for the interval over activities that one
        // city's few sessions cannot give.
        let same: Vec<&Effect> = pooled
            .into_iter()
            .filter(|p| {
                own.iter()
                    .any(|o| o.activity_type == p.activity_type && o.item == p.item)
            })
            .collect();
        if !same.is_empty() {
            b.push(Block::Table(effects_table(
                ctx,
                &same,
                false,
                tr.t("effects.pooled_table"),
            )));
        }
    } else if !pooled.is_empty() {
        b.push(Block::H2(tr.t("city.activities").into()));
        b.push(Block::p(
            tr.f("effects.city_pooled", &[("types", &names(&pooled)), ("city", city)]),
        ));
        b.push(Block::Table(effects_table(
            ctx,
            &pooled,
            false,
            tr.t("city.activities_table"),
        )));
    }
}
