//! Reports (README.md): structure against golden heading lists, charts that are not blank and
//! at least 1200 px wide, HTML escaping of data-derived text (a city named
//! `<script>alert(1)</script>`), complete translations (French, German) with the English
//! placeholders, and a real headless Chromium that opens every page, finds no broken image and
//! prints each brief on exactly one A4 page.

use crate::util::{Workdir, golden};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const EVIL: &str = "<script>alert(1)</script>";

/// The base fixture with its city renamed to EVIL everywhere, run once.
pub fn fixture_out() -> &'static PathBuf {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let wd = Workdir::new("reports-fixture");
        let proj = wd.copy_fixture("base", "proj");
        rename_city(&proj, "Alphaville", EVIL);
        wd.ok(&["--quiet", "run", "proj", "--out", "out"]);
        wd.path("out")
    })
}

fn rename_city(dir: &Path, from: &str, to: &str) {
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rename_city(&p, from, to);
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("csv" | "toml")) {
            let s = std::fs::read_to_string(&p).expect("read");
            std::fs::write(&p, s.replace(from, to)).expect("write");
        }
    }
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().and_then(|x| x.to_str()) == Some(ext) {
            out.push(p);
        }
    }
}

fn all(ext: &str) -> Vec<PathBuf> {
    let mut v = Vec::new();
    files(&fixture_out().join("reports"), ext, &mut v);
    v.sort();
    v
}

/// `#`/`##`/`###` outline of an HTML page's h1–h3 elements (tags stripped).
fn outline(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        let level = rest[i + 2..].chars().next().and_then(|c| c.to_digit(10));
        let after = &rest[i + 2..];
        match level {
            Some(l @ 1..=3) => {
                let Some(open_end) = after.find('>') else { break };
                let body = &after[open_end + 1..];
                let close = format!("</h{l}>");
                let Some(end) = body.find(&close) else { break };
                let text = &body[..end];
                if !text.is_empty() && !after.starts_with(&format!("{l} class=\"toc-title\"")) {
                    out.push_str(&format!("{} {}\n", "#".repeat(l as usize), text));
                }
                rest = &body[end..];
            }
            _ => rest = after,
        }
    }
    out
}

#[test]
fn city_report_and_brief_structure_is_golden() {
    let out = fixture_out();
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/reports");
    for lang in ["en", "fr"] {
        for page in ["report", "brief"] {
            let path = out
                .join("reports/city/script-alert-1-script")
                .join(lang)
                .join(format!("{page}.html"));
            let html = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
            golden(&golden_dir.join(format!("city_{page}_{lang}.txt")), &outline(&html));
        }
    }
    for (kind, lang) in [("network", "en"), ("sets", "en")] {
        let html =
            std::fs::read_to_string(out.join("reports").join(kind).join(lang).join("report.html")).expect("report");
        golden(&golden_dir.join(format!("{kind}_{lang}.txt")), &outline(&html));
    }
}

#[test]
fn data_derived_text_is_escaped_everywhere() {
    let pages: Vec<PathBuf> = all("html").into_iter().chain(all("md")).chain(all("svg")).collect();
    assert!(pages.len() > 10, "reports were written: {pages:?}");
    let mut saw_name = false;
    for p in &pages {
        let s = std::fs::read_to_string(p).expect("read");
        // The explorer is the one page with scripts: its data and its app, nothing else.
        let explorer = p.components().any(|c| c.as_os_str() == "explorer");
        let scripts = if explorer { 2 } else { 0 };
        assert_eq!(
            s.matches("<script").count(),
            scripts,
            "{} contains a raw <script",
            p.display()
        );
        if explorer {
            let data = s
                .split("type=\"application/json\">")
                .nth(1)
                .and_then(|r| r.split("</script>").next());
            let data = data.expect("the explorer embeds its data");
            assert!(!data.contains('<'), "{}: a `<` in the embedded data", p.display());
            assert!(
                data.contains("\\u003cscript>alert(1)"),
                "{}: the city's name is in the data",
                p.display()
            );
        }
        saw_name |= s.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    assert!(saw_name, "the city's name is shown, escaped");
    let report = fixture_out().join("reports/city/script-alert-1-script/en/report.html");
    let html = std::fs::read_to_string(report).expect("report");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let fr =
        std::fs::read_to_string(fixture_out().join("reports/city/script-alert-1-script/fr/report.html")).expect("fr");
    assert!(fr.contains("<html lang=\"fr\">"));
}

#[test]
fn every_chart_is_wide_and_not_blank() {
    let pngs = all("png");
    assert!(!pngs.is_empty(), "charts were written");
    for p in &pngs {
        let img = image::open(p)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .to_rgb8();
        assert!(img.width() >= 1200, "{} is {} px wide", p.display(), img.width());
        let ink = img.pixels().filter(|px| px.0.iter().any(|&c| c < 235)).count();
        let share = ink as f64 / (img.width() * img.height()) as f64;
        assert!(share > 0.01, "{} is nearly blank ({:.4} non-white)", p.display(), share);
        let svg = p.with_extension("svg");
        assert!(svg.is_file(), "{} has an SVG twin", p.display());
    }
}

#[test]
fn every_translation_is_complete() {
    // Every shipped language other than English (French, German, …) has every English message,
    // and each of its messages uses every variable the English one uses (through selectors too).
    use cohesion::report::i18n::{EMBEDDED, Tr, messages};
    let en = messages(EMBEDDED[0].1).expect("en.ftl parses");
    let langs: Vec<&str> = EMBEDDED.iter().map(|(l, _)| *l).filter(|l| *l != "en").collect();
    assert!(
        langs.contains(&"fr") && langs.contains(&"de"),
        "shipped languages: {langs:?}"
    );
    for (lang, src) in EMBEDDED.iter().filter(|(l, _)| *l != "en") {
        let missing = Tr::embedded(lang).missing();
        assert!(
            missing.is_empty(),
            "messages missing from reports/i18n/{lang}.ftl (they fall back to English):\n{}",
            missing.join("\n")
        );
        for (id, vars) in messages(src).unwrap_or_else(|e| panic!("{lang}.ftl: {e}")) {
            let e = en
                .get(&id)
                .unwrap_or_else(|| panic!("{lang}.ftl has `{id}`, which en.ftl lacks"));
            let lacking: Vec<&String> = e.iter().filter(|v| !vars.contains(*v)).collect();
            assert!(
                lacking.is_empty(),
                "{lang}.ftl `{id}` lacks English variables {lacking:?}"
            );
        }
    }
}

#[test]
fn no_untranslated_key_leaks_into_a_page() {
    // A key missing from every language would print as itself, e.g. "city.title".
    // Message ids are `city-title`; the code asks for `city.title` and prints that if missing.
    let keys = cohesion::report::i18n::messages(cohesion::report::i18n::EMBEDDED[0].1).expect("en");
    let mut prefixes: Vec<String> = keys
        .keys()
        .filter_map(|k| k.split('-').next().map(|p| format!(">{p}.")))
        .collect();
    prefixes.dedup();
    for p in all("html") {
        let s = std::fs::read_to_string(&p).expect("read");
        for pre in &prefixes {
            assert!(
                !s.contains(pre.as_str()),
                "{} shows a raw key starting {pre}",
                p.display()
            );
        }
    }
}

pub const CHROMIUM: &str = "/usr/bin/chromium";

pub fn chromium(args: &[&str], tmp: &Path) -> std::process::Output {
    Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", tmp.join("profile").display()))
        .args(args)
        .output()
        .expect("run chromium")
}

/// Skip (or fail under CI) when Chromium is not installed.
pub fn have_chromium() -> bool {
    if Path::new(CHROMIUM).is_file() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI is set but {CHROMIUM} is missing: install Debian's chromium"
    );
    eprintln!("skipping the headless-browser checks: {CHROMIUM} not found (apt-get install chromium)");
    false
}

#[test]
fn chromium_opens_every_page_without_broken_images_and_briefs_print_on_one_page() {
    if !have_chromium() {
        return;
    }
    let out = fixture_out();
    let tmp = out.join("chromium");
    std::fs::create_dir_all(&tmp).expect("tmp");
    open_in_chromium(&all("html"), &tmp);
    for brief in all("html")
        .iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "brief.html"))
    {
        let pdf = tmp.join("brief.pdf");
        let _ = std::fs::remove_file(&pdf);
        let o = chromium(
            &[
                &format!("--print-to-pdf={}", pdf.display()),
                &format!("file://{}", brief.display()),
            ],
            &tmp,
        );
        assert!(o.status.success(), "printing {} failed", brief.display());
        assert_eq!(pdf_pages(&pdf), 1, "{} prints on more than one page", brief.display());
    }
}

/// Opens each page in headless Chromium with a 1280 × 900 viewport and checks that it loads,
/// that no image is broken, and that nothing overflows horizontally (the document is no wider
/// than the viewport: tables scroll inside their own box).
fn open_in_chromium(pages: &[PathBuf], tmp: &Path) {
    // A checker script is added to a copy of each page (the reports themselves have none).
    let probe = "<script>window.addEventListener('load',()=>{const b=[...document.images].filter(i=>!i.complete||i.naturalWidth===0).length;\
                 document.body.setAttribute('data-images',document.images.length);document.body.setAttribute('data-broken',b);\
                 const w=document.documentElement.scrollWidth;document.body.setAttribute('data-width',w>window.innerWidth?w:0);});</script>";
    for (k, page) in pages.iter().enumerate() {
        let html = std::fs::read_to_string(page).expect("read");
        // Charts are inlined as data URIs, so a copy elsewhere renders as the page does (and
        // other tests scanning the reports never see it).
        let copy = tmp.join(format!("probe-{k}.html"));
        std::fs::write(&copy, html.replacen("</body>", &format!("{probe}</body>"), 1)).expect("write");
        let o = chromium(
            &[
                "--window-size=1280,900",
                "--virtual-time-budget=5000",
                "--dump-dom",
                &format!("file://{}", copy.display()),
            ],
            tmp,
        );
        let _ = std::fs::remove_file(&copy);
        let dom = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success() && dom.contains("data-broken"),
            "{} did not load in Chromium:\n{}",
            page.display(),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            dom.contains("data-broken=\"0\""),
            "{} has broken images",
            page.display()
        );
        if html.contains("<img") {
            assert!(!dom.contains("data-images=\"0\""), "{} lost its images", page.display());
        }
        let width = dom
            .split("data-width=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("?");
        assert_eq!(width, "0", "{} is {width} px wide in a 1280 px window", page.display());
    }
}

/// The demo's network and indicator-set reports (the widest tables) and one city report, in
/// every language, fit a 1280 px window.
#[test]
fn demo_reports_fit_a_1280_px_window() {
    if !have_chromium() {
        return;
    }
    let out = crate::demo::demo_out().join("reports");
    let tmp = Workdir::new("reports-demo-width").root;
    let mut pages = Vec::new();
    for lang in ["en", "fr", "de"] {
        for p in [
            out.join("network").join(lang).join("report.html"),
            out.join("sets").join(lang).join("report.html"),
            out.join("city/bergen").join(lang).join("report.html"),
        ] {
            assert!(p.exists(), "missing {}", p.display());
            pages.push(p);
        }
    }
    open_in_chromium(&pages, &tmp);
}

/// The Italian, Spanish and Portuguese briefs of the demo contain no English: no sentence of
/// en.ftl (a message without variables, of 20 characters or more, that the language translates)
/// appears in them.
#[test]
fn demo_briefs_in_italian_spanish_and_portuguese_contain_no_english() {
    use cohesion::report::i18n::{EMBEDDED, Tr, messages};
    let out = crate::demo::demo_out();
    let en = Tr::embedded("en");
    let ids = messages(EMBEDDED[0].1).expect("en.ftl");
    for lang in ["it", "es", "pt"] {
        let tr = Tr::embedded(lang);
        let english: Vec<String> = ids
            .iter()
            .filter(|(_, vars)| vars.is_empty())
            .map(|(id, _)| id.replace('-', "."))
            .filter_map(|key| {
                let e = en.get(&key)?;
                (e.chars().count() >= 20 && tr.get(&key) != Some(e)).then(|| e.to_string())
            })
            .collect();
        assert!(english.len() > 50, "{lang}: English sentences to look for");
        let mut briefs = Vec::new();
        files(&out.join("reports/city"), "md", &mut briefs);
        briefs.retain(|p| p.ends_with(format!("{lang}/brief.md")));
        assert!(briefs.len() >= 8, "{lang}: a brief per city");
        for b in &briefs {
            let text = std::fs::read_to_string(b).expect("brief");
            for e in &english {
                assert!(!text.contains(e.as_str()), "{}: English `{e}`", b.display());
            }
            assert!(
                text.contains(tr.t("brief.what_shows")),
                "{}: the brief in {lang}",
                b.display()
            );
        }
    }
}

/// Pages of a PDF: `/Type /Page` objects (not `/Pages`).
pub fn pdf_pages(pdf: &Path) -> usize {
    let bytes = std::fs::read(pdf).expect("pdf");
    let s = String::from_utf8_lossy(&bytes);
    let mut n = 0;
    let mut rest: &str = &s;
    while let Some(i) = rest.find("/Type") {
        let after = rest[i + 5..].trim_start();
        if after.starts_with("/Page") && !after.starts_with("/Pages") {
            n += 1;
        }
        rest = &rest[i + 5..];
    }
    n
}

#[test]
fn every_demo_brief_prints_on_one_page() {
    if !have_chromium() {
        return;
    }
    let out = crate::demo::demo_out();
    let tmp = Workdir::new("reports-demo-briefs").root;
    let mut briefs = Vec::new();
    files(&out.join("reports/city"), "html", &mut briefs);
    briefs.retain(|p| p.file_name().is_some_and(|n| n == "brief.html"));
    assert!(briefs.len() >= 24, "a brief per city and language: {}", briefs.len());
    for brief in &briefs {
        let pdf = tmp.join("brief.pdf");
        let _ = std::fs::remove_file(&pdf);
        let o = chromium(
            &[
                &format!("--print-to-pdf={}", pdf.display()),
                &format!("file://{}", brief.display()),
            ],
            &tmp,
        );
        assert!(o.status.success(), "printing {} failed", brief.display());
        assert_eq!(pdf_pages(&pdf), 1, "{} prints on more than one page", brief.display());
    }
}

/// `cohesion report` rewrites every page from OUT/store alone: after the project folder is
/// deleted, the rewritten reports are byte for byte the ones `run` wrote.
#[test]
fn reports_are_rewritten_from_the_store_after_the_project_is_deleted() {
    let wd = Workdir::new("reports-store-alone");
    wd.copy_fixture("base", "project");
    wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    let before = wd.path("reports-before");
    crate::util::copy_dir(&wd.path("out/reports"), &before);
    std::fs::remove_dir_all(wd.path("project")).expect("delete the project");
    wd.ok(&["--quiet", "report", "--out", "out"]);
    let mut files = Vec::new();
    fn walk(d: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    walk(&before, &mut files);
    assert!(files.len() > 20, "{} report files", files.len());
    for f in &files {
        let rel = f.strip_prefix(&before).expect("prefix");
        let again = wd.path("out/reports").join(rel);
        let (a, b) = (
            std::fs::read(f).expect("read"),
            std::fs::read(&again).expect("rewritten"),
        );
        assert!(
            a == b,
            "{} differs after `cohesion report` without the project",
            rel.display()
        );
    }
}

/// The visible text of an HTML fragment: scripts, styles and tags removed, entities decoded,
/// whitespace collapsed to single spaces.
fn visible_text(html: &str) -> String {
    let mut s = html.to_string();
    for tag in ["script", "style", "head", "nav"] {
        while let Some(i) = s.find(&format!("<{tag}")) {
            let close = format!("</{tag}>");
            let Some(j) = s[i..].find(&close) else { break };
            s.replace_range(i..i + j + close.len(), " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let mut decoded = String::new();
    let mut rest = out.as_str();
    while let Some(i) = rest.find('&') {
        decoded.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').filter(|&j| j <= 10);
        let ent = end.map(|j| &tail[1..j]);
        let rep = match ent {
            Some("amp") => Some("&".to_string()),
            Some("lt") => Some("<".to_string()),
            Some("gt") => Some(">".to_string()),
            Some("quot") => Some("\"".to_string()),
            Some("apos") | Some("#39") => Some("'".to_string()),
            Some("nbsp") => Some("\u{a0}".to_string()),
            Some(e) if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32)
                .map(String::from),
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32).map(String::from),
            _ => None,
        };
        match (rep, end) {
            (Some(r), Some(j)) => {
                decoded.push_str(&r);
                rest = &tail[j + 1..];
            }
            _ => {
                decoded.push('&');
                rest = &tail[1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each Markdown twin, rendered by a CommonMark library (pulldown-cmark 0.13, tables on), reads
/// exactly as its HTML page: the same words in the same order (no stray `**`, `\<` or `&lt;`,
/// no text lost to escaping).
#[test]
fn markdown_twins_render_to_the_text_of_their_html_pages() {
    use pulldown_cmark::{Options, Parser, html};
    let mut mds = all("md");
    assert!(mds.len() >= 8, "Markdown twins: {}", mds.len());
    files(&crate::demo::demo_out().join("reports"), "md", &mut mds);
    for md in &mds {
        let src = std::fs::read_to_string(md).expect("read md");
        let mut rendered = String::new();
        html::push_html(&mut rendered, Parser::new_ext(&src, Options::ENABLE_TABLES));
        let page = std::fs::read_to_string(md.with_extension("html")).expect("html twin");
        let body = page.split_once("<body").map_or(page.as_str(), |(_, b)| b);
        let body = body.split_once('>').map_or(body, |(_, b)| b);
        let (a, b) = (visible_text(&rendered), visible_text(body));
        if a != b {
            let wa: Vec<&str> = a.split(' ').collect();
            let wb: Vec<&str> = b.split(' ').collect();
            let k = wa.iter().zip(&wb).take_while(|(x, y)| x == y).count();
            panic!(
                "{}: the Markdown renders differently from the HTML at word {k}:\n  md:   …{}…\n  html: …{}…",
                md.display(),
                wa[k.saturating_sub(8)..(k + 12).min(wa.len())].join(" "),
                wb[k.saturating_sub(8)..(k + 12).min(wb.len())].join(" ")
            );
        }
    }
}

/// The numbers after `marker` in `text` (digits with thousands separators), e.g. for
/// "(226 residents)" the 226 before " residents".
fn number_before(text: &str, marker: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(marker) {
        let digits: String = rest[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect::<String>()
            .chars()
            .rev()
            .filter(char::is_ascii_digit)
            .collect();
        if let Ok(n) = digits.parse() {
            out.push(n);
        }
        rest = &rest[i + marker.len()..];
    }
    out
}

/// Every count the reports print about people and rows is the store's and the run's: the
/// brief's "N residents" is the accepted respondents of the city's latest barometer wave
/// (`waves.accepted`), the city notes' rejected and input rows are the city's survey files'
/// rows in `run.json`, and the network notes' totals are `run.json`'s totals.
#[test]
fn printed_counts_trace_back_to_the_store_and_the_run() {
    use cohesion::store::Store;
    use cohesion::store::rows::WaveRow;
    use cohesion::vocab::Source;
    let out = crate::demo::demo_out();
    let waves: Vec<WaveRow> = Store::new(out).read_rows().expect("waves");
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).expect("run.json")).expect("json");
    let slug = |c: &str| cohesion::report::format::slug(c);
    let mut checked = 0;
    let cities: std::collections::BTreeSet<&str> = waves.iter().map(|w| w.city.as_str()).collect();
    for city in cities {
        let dir = out.join("reports/city").join(slug(city)).join("en");
        // The brief's subtitle: the latest barometer wave's accepted respondents.
        let latest = waves
            .iter()
            .filter(|w| w.city == city && w.kind == Source::Barometer)
            .max_by_key(|w| w.date.0);
        let brief = visible_text(&std::fs::read_to_string(dir.join("brief.html")).expect("brief"));
        if let Some(w) = latest {
            let n = number_before(&brief, " residents)");
            assert_eq!(
                n.first(),
                Some(&w.accepted),
                "{city}: brief says {n:?} residents; latest wave {}",
                w.wave
            );
            checked += 1;
        }
        // The notes: this city's survey files' rows and rejected rows, as run.json counts them.
        let files: Vec<&str> = waves
            .iter()
            .filter(|w| w.city == city)
            .map(|w| w.file.as_str())
            .collect();
        let (mut rows_in, mut rejected) = (0u64, 0u64);
        for i in run["inputs"].as_array().expect("inputs") {
            if files.contains(&i["file"].as_str().unwrap_or("")) {
                rows_in += i["rows_in"].as_u64().unwrap_or(0);
                rejected += i["rejected"].as_u64().unwrap_or(0);
            }
        }
        let report = visible_text(&std::fs::read_to_string(dir.join("report.html")).expect("report"));
        let notes = report
            .split(" input rows from this city")
            .next()
            .expect("notes sentence");
        let k_of_n: Vec<u64> = number_before(notes, " of ");
        let n = number_before(&format!("{notes} input"), " input");
        assert_eq!(
            (k_of_n.last(), n.last()),
            (Some(&rejected), Some(&rows_in)),
            "{city}: the notes' rejected and input rows"
        );
        checked += 1;
    }
    let network = visible_text(&std::fs::read_to_string(out.join("reports/network/en/report.html")).expect("network"));
    let sentence = network
        .split(" input rows were rejected")
        .next()
        .expect("network notes");
    let k = number_before(sentence, " of ");
    let n = number_before(&format!("{sentence} input"), " input");
    assert_eq!(
        k.last().copied(),
        run["totals"]["rejected"].as_u64(),
        "network: rejected rows"
    );
    assert_eq!(
        n.last().copied(),
        run["totals"]["rows_in"].as_u64(),
        "network: input rows"
    );
    assert!(checked >= 20, "checked {checked} counts");
}

/// The structure of a barometer-only city (Bergen) and of a city with barometer waves and city
/// surveys (Dublin) in the demo; the fixture's city above has city surveys only.
#[test]
fn barometer_only_and_mixed_city_structure_is_golden() {
    let out = crate::demo::demo_out();
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/reports");
    for city in ["bergen", "dublin"] {
        for page in ["report", "brief"] {
            let path = out
                .join("reports/city")
                .join(city)
                .join("en")
                .join(format!("{page}.html"));
            let html = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
            golden(&golden_dir.join(format!("demo_{city}_{page}_en.txt")), &outline(&html));
        }
    }
}
