//! `reports/explorer/<lang>/index.html`: the interactive explorer. One self-contained file per
//! language — the store's rows as JSON, the app (`reports/explorer/app.js`, hand-written SVG,
//! no library) and its style inline — that opens from disk with no network and no server.
//!
//! The data embedded is exactly what the store holds, read through [`ReportData`]: estimates,
//! series breaks, verdicts (with the report's own sentence in this language), gaps, peer
//! comparisons and composites. Nothing is recomputed in the browser: the app draws, filters
//! and formats. Tables are columnar (an object of equal-length arrays) with cities, groups,
//! sets and kinds as indices into lists, estimates name their (city, wave, date) by an index
//! into `cw`, and numbers are rounded to 4 decimals — far below the 1–2 decimals shown, and
//! never where rounding would change a printed digit — which keeps the benchmark network's file
//! small (docs/BENCHMARK.md).

use crate::report::Ctx;
use crate::report::format::Unit;
use crate::store::write_atomic;
use crate::vocab::{Comparison, GroupDim, Source, Vocab};
use anyhow::Result;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// The app's style and code, embedded at build time.
const APP_CSS: &str = include_str!("../../../reports/explorer/app.css");
const APP_JS: &str = include_str!("../../../reports/explorer/app.js");

/// The page may load nothing from anywhere: its script and style are inline, exported
/// images are drawn from data and blob URLs. A request the app tried to make would be refused
/// and logged, which the browser test would see.
const CSP: &str = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; \
                   img-src data: blob:; font-src data:";

/// Keys of the words the app uses besides its own `explorer.*` messages.
const SHARED_KEYS: &[&str] = &[
    "word.improved",
    "word.declined",
    "word.stable",
    "word.fluctuating",
    "word.no_clear_change",
    "word.no_comparison",
    "read.causation",
    "position.above",
    "position.below",
    "position.within",
    "position.unknown",
    "city.table_note_flag",
];

/// Placeholders the app fills in (`{n}` in the JSON for `{ $n }` in the translation file).
const PLACEHOLDERS: &[&str] = &[
    "n",
    "lo",
    "hi",
    "q",
    "city",
    "indicator",
    "wave",
    "group",
    "value",
    "from",
    "to",
    "source",
    "count",
];

/// Write the explorer of one language into `dir` (`…/explorer/<lang>/`); returns files written.
pub fn write(ctx: &Ctx, langs: &[(String, String)], dir: &Path) -> Result<usize> {
    let data = explorer_data(ctx, langs);
    // `<` only occurs inside JSON strings, where `\u003c` means the same and cannot close the
    // script element (a city named `</script>` stays text).
    let json = serde_json::to_string(&data)?.replace('<', "\\u003c");
    let tr = ctx.tr;
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\
         <title>{title}</title>\n<style>\n{APP_CSS}</style></head>\n<body>\n<div id=\"app\"></div>\n\
         <noscript>{noscript}</noscript>\n\
         <script id=\"explorer-data\" type=\"application/json\">{json}</script>\n<script>\n{APP_JS}</script>\n</body></html>\n",
        lang = crate::report::html::esc(tr.lang()),
        title = crate::report::html::esc(&format!("{} · {}", tr.t("explorer.title"), ctx.cp.project.name)),
        noscript = crate::report::html::esc(tr.t("explorer.noscript")),
    );
    write_atomic(&dir.join("index.html"), html.as_bytes())?;
    Ok(1)
}

/// A number rounded to 4 decimals (null when absent or not finite).
fn num(v: Option<f64>) -> Value {
    match v {
        Some(x) if x.is_finite() => json!((x * 1e4).round() / 1e4),
        _ => Value::Null,
    }
}

/// A number the app will print with `decimals` decimals, rounded to 4 decimals unless that
/// would change the printed digits (a value within a hair of a rounding boundary keeps its
/// full precision, so the page prints what the reports print).
fn shown(v: Option<f64>, decimals: usize) -> Value {
    match v {
        Some(x) if x.is_finite() => {
            let r = (x * 1e4).round() / 1e4;
            if format!("{:.*}", decimals, r) == format!("{:.*}", decimals, x) {
                json!(r)
            } else {
                json!(x)
            }
        }
        _ => Value::Null,
    }
}

/// Columnar table under construction: column name → values.
#[derive(Default)]
struct Columns(Vec<(&'static str, Vec<Value>)>);

impl Columns {
    fn push(&mut self, row: Vec<(&'static str, Value)>) {
        if self.0.is_empty() {
            self.0 = row.iter().map(|(k, _)| (*k, Vec::new())).collect();
        }
        for ((_, col), (_, v)) in self.0.iter_mut().zip(row) {
            col.push(v);
        }
    }

    fn into_value(self, names: &[&'static str]) -> Value {
        let mut m = Map::new();
        if self.0.is_empty() {
            for n in names {
                m.insert((*n).to_string(), json!([]));
            }
        }
        for (k, v) in self.0 {
            m.insert(k.to_string(), Value::Array(v));
        }
        Value::Object(m)
    }
}

/// Index of each key in a list built on first sight.
struct Interner<K> {
    index: BTreeMap<K, usize>,
    list: Vec<K>,
}

impl<K> Default for Interner<K> {
    fn default() -> Self {
        Interner {
            index: BTreeMap::new(),
            list: Vec::new(),
        }
    }
}

impl<K: Ord + Clone> Interner<K> {
    fn id(&mut self, key: K) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.list.push(key.clone());
        self.index.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// Everything the app shows, in this language.
fn explorer_data(ctx: &Ctx, langs: &[(String, String)]) -> Value {
    let d = ctx.data;
    let tr = ctx.tr;
    let f = ctx.fmt;
    // The cities with estimates, as the report stage lists them (sorted).
    let cities: Vec<String> = ctx.slugs.keys().cloned().collect();
    let city_ix: BTreeMap<&str, usize> = cities.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
    let kinds = Source::ALL;
    let kind_ix = |k: Source| kinds.iter().position(|x| *x == k).unwrap_or(0);
    // Sets and indicators, with the unit each indicator's values read in.
    let mut set_ix = BTreeMap::new();
    let mut ind_ix = BTreeMap::new();
    let mut units = BTreeMap::new();
    let mut sets = Vec::new();
    for (si, set) in ctx.cp.sets.iter().enumerate() {
        set_ix.insert(set.id.as_str(), si);
        let mut inds = Vec::new();
        for (ii, ind) in set.indicators.iter().enumerate() {
            ind_ix.insert((set.id.as_str(), ind.id.as_str()), ii);
            let unit = Unit::of_statistic(ind.statistic);
            units.insert((set.id.as_str(), ind.id.as_str()), unit);
            inds.push(json!({
                "id": ind.id,
                "title": ctx.indicator_title(&set.id, &ind.id),
                "unit": match unit { Unit::Percent => "percent", Unit::Score => "score", Unit::Raw => "raw" },
                "decimals": unit.decimals(),
                "polarity": match ind.polarity {
                    crate::config::bank::Polarity::HigherIsBetter => 1,
                    crate::config::bank::Polarity::LowerIsBetter => -1,
                },
                "statistic": ind.statistic.as_str(),
                "source": ind.source.as_str(),
            }));
        }
        sets.push(json!({"id": set.id, "title": ctx.set_title(set), "indicators": inds}));
    }
    // (set, indicator, city) of a row as indices; None for a row of an unknown set or city.
    let locate =
        |set: &str, ind: &str, city: &str| Some((*set_ix.get(set)?, *ind_ix.get(&(set, ind))?, *city_ix.get(city)?));
    let mut groups: Interner<(GroupDim, String)> = Interner::default();
    let mut group = |dim: GroupDim, value: &str| json!(groups.id((dim, value.to_string())));
    group(GroupDim::All, crate::vocab::ALL);
    let mut waves = BTreeMap::new();
    let mut wave = |w: &str| {
        waves.entry(w.to_string()).or_insert_with(|| f.wave(w));
        Value::String(w.to_string())
    };
    let opt_wave = |w: &Option<String>, wave: &mut dyn FnMut(&str) -> Value| w.as_deref().map_or(Value::Null, wave);

    // Estimates name their (city, wave, date) through an index into `cw`, and waves through an
    // index into `wave_list`: the app expands both on load (a third of the file at scale).
    let mut wave_list: Interner<String> = Interner::default();
    let mut cw: Interner<(usize, usize, i32)> = Interner::default();
    let mut est = Columns::default();
    for e in &d.estimates {
        let Some((s, i, c)) = locate(&e.set_id, &e.indicator_id, &e.city) else {
            continue;
        };
        wave(&e.wave);
        let k = cw.id((c, wave_list.id(e.wave.clone()), e.date.0));
        let decimals = units[&(e.set_id.as_str(), e.indicator_id.as_str())].decimals();
        est.push(vec![
            ("set", json!(s)),
            ("ind", json!(i)),
            ("cw", json!(k)),
            ("kind", json!(kind_ix(e.kind))),
            ("group", group(e.group_dim, &e.group_value)),
            ("n", e.n.map_or(Value::Null, |n| json!(n))),
            ("est", shown(e.estimate, decimals)),
            ("lo", shown(e.ci_low, decimals)),
            ("hi", shown(e.ci_high, decimals)),
            ("sup", json!(u8::from(e.suppressed))),
            (
                "flag",
                json!(match e.flag {
                    Some(crate::vocab::Flag::LowDf) => 1,
                    Some(crate::vocab::Flag::WideInterval) => 2,
                    _ => 0,
                }),
            ),
        ]);
    }

    let mut breaks = Columns::default();
    for ch in d
        .changes
        .iter()
        .filter(|c| c.series_break && c.comparison == Comparison::Consecutive)
    {
        let Some((s, i, c)) = locate(&ch.set_id, &ch.indicator_id, &ch.city) else {
            continue;
        };
        breaks.push(vec![
            ("set", json!(s)),
            ("ind", json!(i)),
            ("city", json!(c)),
            ("kind", json!(kind_ix(ch.kind))),
            ("group", group(ch.group_dim, &ch.group_value)),
            ("from", wave(&ch.wave_from)),
            ("to", wave(&ch.wave_to)),
            ("note", ch.break_note.as_ref().map_or(Value::Null, |n| json!(n))),
        ]);
    }

    let mut verdicts = Columns::default();
    for v in &d.verdicts {
        let Some((s, i, c)) = locate(&v.set_id, &v.indicator_id, &v.city) else {
            continue;
        };
        let unit = units[&(v.set_id.as_str(), v.indicator_id.as_str())];
        verdicts.push(vec![
            ("set", json!(s)),
            ("ind", json!(i)),
            ("city", json!(c)),
            ("kind", json!(kind_ix(v.kind))),
            ("group", group(v.group_dim, &v.group_value)),
            ("word", json!(v.word.as_str())),
            ("test", json!(v.test.as_str())),
            ("from", opt_wave(&v.wave_from, &mut wave)),
            ("to", opt_wave(&v.wave_to, &mut wave)),
            ("n_waves", json!(v.n_waves)),
            ("est", num(v.estimate)),
            ("lo", num(v.ci_adj_low)),
            ("hi", num(v.ci_adj_high)),
            ("q", num(v.q_value)),
            ("sentence", json!(ctx.verdict_sentence(v, unit))),
        ]);
    }

    let mut gaps = Columns::default();
    for g in &d.gaps {
        let Some((s, i, c)) = locate(&g.set_id, &g.indicator_id, &g.city) else {
            continue;
        };
        let gd = units[&(g.set_id.as_str(), g.indicator_id.as_str())].decimals();
        gaps.push(vec![
            ("set", json!(s)),
            ("ind", json!(i)),
            ("city", json!(c)),
            ("kind", json!(kind_ix(g.kind))),
            ("wave", {
                wave(&g.wave);
                json!(wave_list.id(g.wave.clone()))
            }),
            ("group", group(g.group_dim, &g.group_value)),
            ("ref", group(g.group_dim, &g.reference_value)),
            ("gap", shown(Some(g.gap), gd)),
            ("lo", shown(Some(g.ci_low), gd)),
            ("hi", shown(Some(g.ci_high), gd)),
            ("alo", shown(g.ci_adj_low, gd)),
            ("ahi", shown(g.ci_adj_high, gd)),
            ("q", num(g.q_value)),
            ("sig", g.significant.map_or(Value::Null, |b| json!(u8::from(b)))),
        ]);
    }

    let mut peers = Columns::default();
    for p in &d.peers {
        let Some((s, i, c)) = locate(&p.set_id, &p.indicator_id, &p.city) else {
            continue;
        };
        let members: Vec<usize> = p
            .peer_cities
            .split(", ")
            .filter_map(|m| city_ix.get(m).copied())
            .collect();
        peers.push(vec![
            ("city", json!(c)),
            ("set", json!(s)),
            ("ind", json!(i)),
            ("kind", json!(kind_ix(p.kind))),
            ("label", json!(ctx.peer_group_title(p.peer_basis, &p.band))),
            ("members", json!(members)),
            ("wave", wave(&p.wave)),
            ("value", num(p.value)),
            ("median", num(p.peer_median)),
            ("q1", num(p.peer_q1)),
            ("q3", num(p.peer_q3)),
            ("n_peers", json!(p.n_peers)),
            ("n_other_mode", json!(p.n_peers_other_mode)),
            ("position", p.position.map_or(Value::Null, |x| json!(x.as_str()))),
        ]);
    }

    let mut composite = Columns::default();
    for r in d.composite.iter().flatten() {
        let (Some(&s), Some(&c)) = (set_ix.get(r.set_id.as_str()), city_ix.get(r.city.as_str())) else {
            continue;
        };
        let set = &ctx.cp.sets[s];
        let title = set
            .composite
            .as_ref()
            .filter(|k| k.id == r.composite_id)
            .and_then(|k| crate::report::pick_lang(&k.title, tr.lang()))
            .unwrap_or_else(|| r.composite_id.clone());
        let (y, _, _) = crate::report::format::civil_from_days(r.date.0);
        // z-scores read in hundredths; POMP and min-max scores on 0–100 in tenths.
        let decimals = if r.normalisation == "zscore" { 2 } else { 1 };
        composite.push(vec![
            ("set", json!(s)),
            ("id", json!(r.composite_id)),
            ("title", json!(title)),
            ("city", json!(c)),
            ("wave", wave(&r.wave)),
            ("date", json!(r.date.0)),
            ("year", json!(y)),
            ("decimals", json!(decimals)),
            ("score", num(r.score)),
            ("lo", num(r.score_ci_low)),
            ("hi", num(r.score_ci_high)),
            ("blo", num(r.score_band_low)),
            ("bhi", num(r.score_band_high)),
        ]);
    }

    let group_list: Vec<Value> = groups
        .list
        .iter()
        .map(|(dim, value)| {
            let (dim_title, title) = if *dim == GroupDim::All {
                let all = tr.t("explorer.group_all").to_string();
                (all.clone(), all)
            } else {
                (ctx.dim_title(*dim), ctx.group_title(*dim, value))
            };
            json!({"dim": dim.as_str(), "dim_title": dim_title, "value": value, "title": title})
        })
        .collect();
    let placeholders: Vec<(&str, String)> = PLACEHOLDERS.iter().map(|p| (*p, format!("{{{p}}}"))).collect();
    let args: Vec<(&str, &str)> = placeholders.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut t = Map::new();
    for key in explorer_keys()
        .iter()
        .map(String::as_str)
        .chain(SHARED_KEYS.iter().copied())
    {
        t.insert(key.to_string(), json!(tr.f(key, &args)));
    }
    json!({
        "version": 1,
        "lang": tr.lang(),
        "langs": langs.iter().map(|(code, name)| json!({"code": code, "name": name})).collect::<Vec<_>>(),
        "project": ctx.cp.project.name,
        "run_id": ctx.run_id,
        "alpha": ctx.alpha(),
        "method": ctx.method(),
        "source": ctx.source(),
        "fmt": {
            "decimal": tr.t("number.decimal"),
            "group": tr.t("number.group"),
            "percent": tr.f("number.percent", &[("v", "{v}")]),
        },
        "t": t,
        "cities": cities,
        "kinds": kinds.iter().map(|k| json!({"id": k.as_str(), "title": tr.t(&format!("source.{}", k.as_str()))})).collect::<Vec<_>>(),
        "groups": group_list,
        "sets": sets,
        "waves": waves,
        "wave_list": wave_list.list,
        "cw": {
            "city": cw.list.iter().map(|k| k.0).collect::<Vec<_>>(),
            "wave": cw.list.iter().map(|k| k.1).collect::<Vec<_>>(),
            "date": cw.list.iter().map(|k| k.2).collect::<Vec<_>>(),
        },
        "est": est.into_value(&["set", "ind", "cw", "kind", "group", "n", "est", "lo", "hi", "sup", "flag"]),
        "breaks": breaks.into_value(&["set", "ind", "city", "kind", "group", "from", "to", "note"]),
        "verdicts": verdicts.into_value(&["set", "ind", "city", "kind", "group", "word", "test", "from", "to", "n_waves", "est", "lo", "hi", "q", "sentence"]),
        "gaps": gaps.into_value(&["set", "ind", "city", "kind", "wave", "group", "ref", "gap", "lo", "hi", "alo", "ahi", "q", "sig"]),
        "peers": peers.into_value(&["city", "set", "ind", "kind", "label", "members", "wave", "value", "median", "q1", "q3", "n_peers", "n_other_mode", "position"]),
        "composite": composite.into_value(&["set", "id", "title", "city", "wave", "date", "year", "decimals", "score", "lo", "hi", "blo", "bhi"]),
    })
}

/// The `explorer-*` message ids of the embedded English file, in code form (`explorer.title`).
fn explorer_keys() -> Vec<String> {
    crate::report::i18n::EMBEDDED[0]
        .1
        .lines()
        .filter_map(|l| l.strip_prefix("explorer-"))
        .filter_map(|l| l.split_once('=').map(|(k, _)| format!("explorer.{}", k.trim())))
        .collect()
}
