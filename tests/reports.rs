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
fn fixture_out() -> &'static PathBuf {
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
        assert!(!s.contains("<script"), "{} contains a raw <script", p.display());
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

const CHROMIUM: &str = "/usr/bin/chromium";

fn chromium(args: &[&str], tmp: &Path) -> std::process::Output {
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
fn have_chromium() -> bool {
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
    // A checker script is added to a copy of each page (the reports themselves have none).
    let probe = "<script>window.addEventListener('load',()=>{const b=[...document.images].filter(i=>!i.complete||i.naturalWidth===0).length;\
                 document.body.setAttribute('data-images',document.images.length);document.body.setAttribute('data-broken',b);});</script>";
    for (k, page) in all("html").iter().enumerate() {
        let html = std::fs::read_to_string(page).expect("read");
        let copy = tmp.join(format!("probe-{k}.html"));
        std::fs::write(&copy, html.replacen("</body>", &format!("{probe}</body>"), 1)).expect("write");
        let o = chromium(
            &[
                "--virtual-time-budget=5000",
                "--dump-dom",
                &format!("file://{}", copy.display()),
            ],
            &tmp,
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
    }
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
