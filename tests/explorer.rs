//! The explorer (`reports/explorer/<lang>/index.html`) driven in a real headless Chromium on the
//! demo: the numbers on screen are the store's rows in every view, switching city, indicator,
//! subgroup and language changes them as the store says, the URL fragment restores a view, the
//! exports are a valid PNG, SVG and CSV, nothing is requested from the network and no script
//! error occurs, and every view fits a 1,280 px and a 390 px window.
//!
//! Each check opens a copy of the page with a probe script appended after the app's: the probe
//! drives the app through `window.cohesionExplorer` (the same functions the controls call),
//! reads the tables under the charts (`tr[data-key]`, raw values in `data-v`) and writes what it
//! saw as JSON into `<pre id="probe">`, which `--dump-dom` returns.

use crate::reports::{chromium, fixture_out, have_chromium};
use crate::util::Workdir;
use cohesion::store::Store;
use cohesion::store::rows::{EstimateRow, GapRow, VerdictRow};
use cohesion::vocab::{GroupDim, Source, Word};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn page(out: &Path, lang: &str) -> PathBuf {
    out.join("reports/explorer").join(lang).join("index.html")
}

/// The probe's result and Chromium's console log.
struct Seen {
    json: Value,
    log: String,
}

/// Open `page` (with `#hash`) in a `width` px window, run `body` (an async JS function body
/// with `E` = `window.cohesionExplorer` that returns a JSON-able value) after the app.
fn drive(page: &Path, hash: &str, width: u32, body: &str, tmp: &Path, k: usize) -> Seen {
    let html = std::fs::read_to_string(page).expect("explorer page");
    let probe = format!(
        "<script>(async () => {{ const out = document.createElement('pre'); out.id = 'probe';\
         const E = window.cohesionExplorer; const rows = () => [...document.querySelectorAll('tr[data-key]')]\
         .map(tr => ({{ key: tr.dataset.key, v: [...tr.querySelectorAll('[data-v]')].map(td => Number(td.dataset.v)), text: tr.textContent }}));\
         const fits = () => document.documentElement.scrollWidth <= window.innerWidth;\
         try {{ out.textContent = JSON.stringify(await (async () => {{ {body} }})()); }}\
         catch (e) {{ out.textContent = JSON.stringify({{ error: String(e && e.stack || e) }}); }}\
         document.body.appendChild(out); if (parent !== window) parent.postMessage(out.textContent, '*'); }})();</script>"
    );
    let copy = tmp.join(format!("explorer-{k}.html"));
    std::fs::write(&copy, html.replacen("</body>", &format!("{probe}</body>"), 1)).expect("write copy");
    // Headless Chromium lays a window out no narrower than 500 px: a phone's width is tested
    // in an iframe of that width, whose probe posts its result to the host page.
    let (url, window) = if width < 500 {
        let host = tmp.join(format!("host-{k}.html"));
        let page_url = format!("file://{}#{hash}", copy.display());
        std::fs::write(
            &host,
            format!(
                "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\"{page_url}\" \
                 style=\"width:{width}px;height:900px;border:0\"></iframe><script>addEventListener('message', e => {{ \
                 const p = document.createElement('pre'); p.id = 'probe'; p.textContent = e.data; \
                 document.body.appendChild(p); }});</script></body></html>"
            ),
        )
        .expect("write host");
        (format!("file://{}", host.display()), 1280)
    } else {
        (format!("file://{}#{hash}", copy.display()), width)
    };
    let o = chromium(
        &[
            &format!("--window-size={window},900"),
            "--virtual-time-budget=10000",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            &url,
        ],
        tmp,
    );
    let dom = String::from_utf8_lossy(&o.stdout).to_string();
    let log = String::from_utf8_lossy(&o.stderr).to_string();
    let text = dom
        .split("<pre id=\"probe\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or_else(|| panic!("the probe did not report on {}#{hash}:\n{log}", page.display()));
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("probe output {text}: {e}"));
    assert!(
        json.get("error").is_none(),
        "{}#{hash}: {}",
        page.display(),
        json["error"]
    );
    Seen { json, log }
}

/// Console lines that mean a script error or a refused request.
fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| {
            l.contains("Uncaught")
                || l.contains("Refused to")
                || l.contains("Content Security Policy")
                || l.contains("net::ERR")
        })
        .collect()
}

/// The raw values of the table rows the probe read.
fn table(v: &Value) -> Vec<(String, Vec<f64>, String)> {
    v.as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().unwrap_or("").to_string(),
                r["v"].as_array().expect("v").iter().filter_map(Value::as_f64).collect(),
                r["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Is `want` among `have` (the page's numbers are the store's rounded to 4 decimals)?
fn shown(have: &[f64], want: f64) -> bool {
    have.iter().any(|h| (h - want).abs() <= 1e-4 + 1e-9 * want.abs())
}

/// One table row per wave of `series`, with the estimate and its 95% interval as stored (and
/// no number for a suppressed estimate).
fn check_series(rows: &[(String, Vec<f64>, String)], series: &[&EstimateRow]) {
    assert!(!series.is_empty(), "a series to compare");
    assert_eq!(rows.len(), series.len(), "one row per wave: {rows:?}");
    for e in series {
        let row = rows.iter().find(|r| r.0.contains(&e.wave));
        let row = row.unwrap_or_else(|| panic!("wave {} missing: {rows:?}", e.wave));
        if e.suppressed {
            assert!(row.1.is_empty(), "{} {}: suppressed, no number shown", e.city, e.wave);
            continue;
        }
        for x in [e.estimate, e.ci_low, e.ci_high].into_iter().flatten() {
            assert!(shown(&row.1, x), "{} {}: {x} not in {:?}", e.city, e.wave, row.1);
        }
    }
}

#[test]
fn explorer_shows_the_stores_numbers_and_verdicts_in_every_view_and_language() {
    if !have_chromium() {
        return;
    }
    let out = crate::demo::demo_out();
    let tmp = Workdir::new("explorer-demo").root;
    let store = Store::new(out);
    let estimates: Vec<EstimateRow> = store.read_rows().expect("estimates");
    let verdicts: Vec<VerdictRow> = store.read_rows().expect("verdicts");
    let gaps: Vec<GapRow> = store.read_rows().expect("gaps");

    // A barometer verdict of the whole population that says something, and its series.
    // (In the project's first set, the one the city reports draw on.)
    let v = verdicts
        .iter()
        .find(|v| {
            v.set_id == "icc-core"
                && v.kind == Source::Barometer
                && v.group_dim == GroupDim::All
                && v.word == Word::Declined
        })
        .expect("the demo plants a decline");
    let series: Vec<&EstimateRow> = estimates
        .iter()
        .filter(|e| {
            e.set_id == v.set_id
                && e.indicator_id == v.indicator_id
                && e.city == v.city
                && e.kind == v.kind
                && e.group_dim == GroupDim::All
        })
        .collect();
    assert!(series.len() >= 5, "a series with a trend verdict");
    let state = format!(
        "{{view: 'time', set: {:?}, ind: {:?}, city: {:?}, kind: 'barometer', group: 'all'}}",
        v.set_id, v.indicator_id, v.city
    );
    // Another indicator of the set with a migrant-background series in the same city.
    let other = estimates
        .iter()
        .find(|e| {
            e.set_id == v.set_id
                && e.indicator_id != v.indicator_id
                && e.city == v.city
                && e.kind == v.kind
                && e.group_dim == GroupDim::MigrantBackground
                && e.group_value == "yes"
        })
        .map(|e| e.indicator_id.clone())
        .expect("another indicator");
    let switched: Vec<&EstimateRow> = estimates
        .iter()
        .filter(|e| {
            e.set_id == v.set_id
                && e.indicator_id == other
                && e.city == v.city
                && e.kind == v.kind
                && e.group_dim == GroupDim::MigrantBackground
                && e.group_value == "yes"
        })
        .collect();
    let en = page(out, "en");
    let size = std::fs::metadata(&en).expect("explorer written").len();
    assert!(size > 10_000, "the explorer holds the data ({size} bytes)");

    // City over time: one table row per wave, the estimate and its 95% interval as stored; the
    // verdict's sentence is the city report's.
    let body = format!(
        "E.setState({state}); await new Promise(r => setTimeout(r, 50)); \
         const first = {{ hash: location.hash, rows: rows(), text: document.body.innerText, state: E.state() }}; \
         E.setState({{ ind: {other:?}, group: 'migrant_background:yes' }}); await new Promise(r => setTimeout(r, 50)); \
         return Object.assign(first, {{ switched: rows() }});"
    );
    let seen = drive(&en, "", 1280, &body, &tmp, 0);
    assert!(
        console_errors(&seen.log).is_empty(),
        "console: {:?}",
        console_errors(&seen.log)
    );
    let rows = table(&seen.json["rows"]);
    check_series(&rows, &series);
    // Switching indicator and subgroup shows that series.
    check_series(&table(&seen.json["switched"]), &switched);
    let text = seen.json["text"].as_str().expect("text");
    let slug = v.city.to_lowercase().replace(' ', "-");
    let report = std::fs::read_to_string(out.join("reports/city").join(&slug).join("en/report.md")).expect("report");
    let sentence = text
        .lines()
        .find(|l| l.starts_with("Over ") || l.contains(" waves from "))
        .unwrap_or_else(|| panic!("no verdict sentence on screen:\n{text}"));
    assert!(
        report.contains(sentence.trim()),
        "the verdict sentence `{sentence}` is the report's"
    );
    assert!(
        text.contains("Declined") || text.contains("Improved"),
        "the verdict word is shown"
    );
    let hash = seen.json["hash"]
        .as_str()
        .expect("hash")
        .trim_start_matches('#')
        .to_string();
    assert!(!hash.is_empty(), "the view is in the URL fragment");

    // The fragment restores the view, in another language too: same numbers, French words.
    for (k, lang) in ["en", "fr"].into_iter().enumerate() {
        let again = drive(
            &page(out, lang),
            &hash,
            1280,
            "return { rows: rows(), state: E.state(), text: document.body.innerText };",
            &tmp,
            1 + k,
        );
        assert_eq!(
            again.json["state"], seen.json["state"],
            "{lang}: the fragment restores the view"
        );
        let r2 = table(&again.json["rows"]);
        assert_eq!(
            r2.iter().map(|r| &r.1).collect::<Vec<_>>(),
            rows.iter().map(|r| &r.1).collect::<Vec<_>>(),
            "{lang}: same numbers"
        );
        if lang == "fr" {
            let t = again.json["text"].as_str().expect("text");
            // The French word of the verdict, as fr.ftl spells it.
            let ftl = std::fs::read_to_string("reports/i18n/fr.ftl").expect("fr.ftl");
            let key = format!("word-{} = ", v.word.as_str());
            let word = ftl
                .lines()
                .find_map(|l| l.strip_prefix(key.as_str()))
                .expect("word in fr.ftl");
            assert!(t.contains(word.trim()), "French verdict word `{word}`:\n{t}");
        }
    }

    // Another city and a subgroup: the gaps view shows the store's gaps of that city.
    let g = gaps
        .iter()
        .find(|g| g.city != v.city && g.group_dim == GroupDim::MigrantBackground && g.kind == Source::Barometer)
        .expect("a migrant-background gap");
    let want: Vec<&GapRow> = gaps
        .iter()
        .filter(|x| {
            x.set_id == g.set_id
                && x.indicator_id == g.indicator_id
                && x.city == g.city
                && x.kind == g.kind
                && x.group_dim == g.group_dim
        })
        .collect();
    let body = format!(
        "E.setState({{view: 'gaps', set: {:?}, ind: {:?}, city: {:?}, kind: 'barometer', dim: 'migrant_background'}}); \
         await new Promise(r => setTimeout(r, 50)); return {{ rows: rows() }};",
        g.set_id, g.indicator_id, g.city
    );
    let seen = drive(&en, "", 1280, &body, &tmp, 3);
    let rows = table(&seen.json["rows"]);
    assert_eq!(rows.len(), want.len(), "one row per wave and group: {rows:?}");
    for x in &want {
        assert!(
            rows.iter()
                .any(|r| shown(&r.1, x.gap) && shown(&r.1, x.ci_low) && shown(&r.1, x.ci_high)),
            "gap {} {} {}: {rows:?}",
            x.wave,
            x.group_value,
            x.gap
        );
    }

    // Cities side by side: every city's latest estimate of the indicator.
    let body = format!(
        "E.setState({{view: 'cities', set: {:?}, ind: {:?}, city: {:?}, kind: 'barometer', period: 'latest'}}); \
         await new Promise(r => setTimeout(r, 50)); return {{ rows: rows() }};",
        v.set_id, v.indicator_id, v.city
    );
    let seen = drive(&en, "", 1280, &body, &tmp, 4);
    let rows = table(&seen.json["rows"]);
    let mut cities: Vec<&str> = Vec::new();
    for e in estimates.iter().filter(|e| {
        e.set_id == v.set_id && e.indicator_id == v.indicator_id && e.kind == v.kind && e.group_dim == GroupDim::All
    }) {
        if !cities.contains(&e.city.as_str()) {
            cities.push(&e.city);
        }
    }
    assert_eq!(rows.len(), cities.len(), "one row per city: {rows:?}");
    for c in cities {
        let latest = estimates
            .iter()
            .filter(|e| {
                e.city == c
                    && e.set_id == v.set_id
                    && e.indicator_id == v.indicator_id
                    && e.kind == v.kind
                    && e.group_dim == GroupDim::All
            })
            .max_by_key(|e| e.date.0)
            .expect("latest");
        let row = rows
            .iter()
            .find(|r| r.2.contains(c))
            .unwrap_or_else(|| panic!("{c} missing"));
        if let (false, Some(x)) = (latest.suppressed, latest.estimate) {
            assert!(shown(&row.1, x), "{c}: latest {x} not in {:?}", row.1);
        }
        assert!(
            !row.2.contains("1st") && !row.2.contains("#1"),
            "no rank on a city-facing view"
        );
    }
}

#[test]
fn explorer_exports_a_png_an_svg_and_a_csv_and_fits_a_phone() {
    if !have_chromium() {
        return;
    }
    let out = crate::demo::demo_out();
    let tmp = Workdir::new("explorer-export").root;
    let en = page(out, "en");
    let body = "const csv = E.csv(); const svg = E.svg(); const png = await E.png(); \
                return { csv, svg, png: png.slice(0, 40), png_len: png.length, rows: rows().length };";
    let seen = drive(&en, "", 1280, body, &tmp, 0);
    assert!(
        console_errors(&seen.log).is_empty(),
        "console: {:?}",
        console_errors(&seen.log)
    );
    let csv = seen.json["csv"].as_str().expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    let n_rows = seen.json["rows"].as_u64().expect("rows") as usize;
    assert!(n_rows > 0, "the first view has a table");
    assert_eq!(lines.len(), n_rows + 1, "a header and one line per table row:\n{csv}");
    let cols = lines[0].split(',').count();
    assert!(
        lines.iter().all(|l| l.split(',').count() >= cols),
        "rectangular:\n{csv}"
    );
    let svg = seen.json["svg"].as_str().expect("svg");
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "an SVG document");
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""), "standalone SVG");
    let run: Value = serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).expect("run.json"))
        .expect("run.json parses");
    let run_id = run["run_id"].as_str().expect("run id");
    assert!(svg.contains(run_id), "the exported SVG names its source (run {run_id})");
    // "data:image/png;base64," + the base64 of the PNG signature.
    assert!(
        seen.json["png"]
            .as_str()
            .expect("png")
            .starts_with("data:image/png;base64,iVBORw0KGgo"),
        "a PNG"
    );
    assert!(
        seen.json["png_len"].as_u64().expect("len") > 5_000,
        "a PNG with a picture in it"
    );

    // Every view fits 1,280 px and 390 px: the page never scrolls sideways.
    for (k, width) in [1280, 390].into_iter().enumerate() {
        let body = "const views = ['time', 'cities', 'gaps', 'index', 'composite']; const res = {}; \
                    for (const view of views) { E.setState({ view }); await new Promise(r => setTimeout(r, 30)); \
                    res[view] = { fits: fits(), width: document.documentElement.scrollWidth, inner: window.innerWidth, view: E.state().view }; } \
                    return res;";
        let seen = drive(&en, "", width, body, &tmp, 1 + k);
        for (view, r) in seen.json.as_object().expect("views") {
            assert_eq!(
                r["inner"].as_u64(),
                Some(width as u64),
                "{view}: laid out {width} px wide"
            );
            assert_eq!(r["view"].as_str(), Some(view.as_str()), "the {view} view was shown");
            assert_eq!(
                r["fits"],
                Value::Bool(true),
                "{view} is {} px wide in a {width} px window",
                r["width"]
            );
        }
        assert!(
            console_errors(&seen.log).is_empty(),
            "console: {:?}",
            console_errors(&seen.log)
        );
    }
}

/// A city named `<script>alert(1)</script>` is text in the explorer, never markup.
#[test]
fn explorer_shows_a_hostile_city_name_as_text() {
    if !have_chromium() {
        return;
    }
    let out = fixture_out();
    let tmp = Workdir::new("explorer-evil").root;
    let body = "return { scripts: document.scripts.length, text: document.body.innerText, \
                cities: [...document.querySelectorAll('option')].map(o => o.textContent) };";
    let seen = drive(&page(out, "en"), "", 1280, body, &tmp, 0);
    assert_eq!(
        seen.json["scripts"], 3,
        "the data, the app and the probe: no injected script"
    );
    let cities = seen.json["cities"].as_array().expect("options");
    assert!(
        cities.iter().any(|c| c.as_str() == Some("<script>alert(1)</script>")),
        "the name is shown as written: {cities:?}"
    );
}
