//! The report stage (README.md): reads the store, writes `OUT/reports/`:
//!
//! ```text
//! reports/index.html                         links to everything below
//! reports/city/<city-slug>/<lang>/report.html + report.md + brief.html + brief.md + charts
//! reports/network/<lang>/report.html + report.md + charts
//! reports/sets/<lang>/report.html + report.md
//! reports/explorer/<lang>/index.html         the interactive explorer (one self-contained file)
//! reports/fonts/                             DejaVu fonts the stand-alone SVG files load
//! ```
//!
//! Each report is built once as a [`doc::Doc`] and rendered to HTML and Markdown. HTML pages are
//! self-contained (CSS inline, charts as PNG data URIs, no script). Every chart is also written
//! as a 1200 px PNG and an SVG next to the report. Every word comes from `reports/i18n/`.
//! City material never ranks cities; rank intervals appear only in the network report.
//!
//! The stage writes into `reports.tmp/` and swaps it into place when complete. It must not
//! compute statistics of its own beyond presentation (intervals of differences from their SE,
//! Benjamini–Hochberg q-values for the association and activity families that the store gives
//! only as p-values).

pub mod charts;
pub mod config;
pub mod doc;
pub mod figures;
pub mod findings;
pub mod format;
pub mod html;
pub mod i18n;
pub mod model;
pub mod pages;

use crate::config::indicators::IndicatorSet;
use crate::config::project::MultipleTesting;
use crate::store::{Store, write_atomic};
use anyhow::{Context, Result};
use config::ReportConfig;
use format::Fmt;
use i18n::Tr;
use model::ReportData;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What one language's reports need: project, data, words, number format, run id.
pub struct Ctx<'a> {
    /// The project as saved in the store (languages, sets, areas, bank).
    pub cp: &'a ReportConfig,
    /// Tables read from the store.
    pub data: &'a ReportData,
    /// Translations.
    pub tr: &'a Tr,
    /// Number formatting.
    pub fmt: &'a Fmt,
    /// Run id printed in every footer.
    pub run_id: &'a str,
    /// City → folder name.
    pub slugs: &'a BTreeMap<String, String>,
}

impl Ctx<'_> {
    /// Significance level.
    pub fn alpha(&self) -> f64 {
        self.cp.project.analysis.alpha
    }

    /// Name of the multiple-testing correction, translated.
    pub fn method(&self) -> &str {
        self.tr.t(match self.cp.project.analysis.multiple_testing {
            MultipleTesting::Bh => "method.bh",
            MultipleTesting::Holm => "method.holm",
        })
    }

    /// The set whose indicators city material shows: the first one of the project.
    pub fn primary_set(&self) -> Option<&IndicatorSet> {
        self.cp.sets.first()
    }

    /// The set a city's report and brief draw on: the first set, in the project's order, with an
    /// estimate for the city (a city with only city surveys may have none in the first set).
    pub fn set_for_city(&self, city: &str) -> Option<&IndicatorSet> {
        let with_data = |s: &&IndicatorSet| {
            self.data
                .city(city)
                .estimates()
                .any(|e| e.set_id == s.id && e.estimate.is_some())
        };
        self.cp.sets.iter().find(with_data).or_else(|| self.primary_set())
    }

    /// The set the network report draws on for one source: the first set with an estimate of it.
    pub fn set_for_source(&self, kind: crate::vocab::Source) -> Option<&IndicatorSet> {
        let with_data = |s: &&IndicatorSet| {
            self.data
                .estimates
                .iter()
                .any(|e| e.set_id == s.id && e.kind == kind && e.estimate.is_some())
        };
        self.cp.sets.iter().find(with_data).or_else(|| self.primary_set())
    }

    /// A set's title in this language.
    pub fn set_title(&self, set: &IndicatorSet) -> String {
        pick_lang(&set.title, self.tr.lang()).unwrap_or_else(|| set.id.clone())
    }

    /// An indicator's title in this language (English, then the id, as fallbacks).
    pub fn indicator_title(&self, set_id: &str, id: &str) -> String {
        self.cp
            .sets
            .iter()
            .find(|s| s.id == set_id)
            .and_then(|s| s.get(id))
            .and_then(|i| pick_lang(&i.title, self.tr.lang()))
            .unwrap_or_else(|| id.to_string())
    }

    /// A question-bank item's short name.
    pub fn item_title(&self, id: &str) -> String {
        self.tr
            .get(&format!("item.{id}"))
            .map(str::to_string)
            .or_else(|| self.cp.bank.get(id).and_then(|b| pick_lang(&b.wording, self.tr.lang())))
            .unwrap_or_else(|| id.to_string())
    }

    /// An ICC Index area's title.
    pub fn area_title(&self, id: &str) -> String {
        self.cp
            .areas
            .areas
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| pick_lang(&a.title, self.tr.lang()))
            .unwrap_or_else(|| self.tr.get(&format!("area.{id}")).unwrap_or(id).to_string())
    }

    /// A subgroup dimension's name.
    pub fn dim_title(&self, dim: crate::vocab::GroupDim) -> String {
        self.tr.t(&format!("dim.{}", dim.as_str())).to_string()
    }

    /// A subgroup value's name (codes such as "yes" are translated; data values kept).
    pub fn group_title(&self, dim: crate::vocab::GroupDim, value: &str) -> String {
        self.tr
            .get(&format!("group.{}.{value}", dim.as_str()))
            .unwrap_or(value)
            .to_string()
    }

    /// A peer group's name in the report's language, from its basis and band.
    pub fn peer_group_title(&self, basis: crate::vocab::PeerBasis, band: &str) -> String {
        use crate::vocab::PeerBasis;
        match basis {
            PeerBasis::Nearest => self.tr.f("peers.knn", &[("k", band)]),
            PeerBasis::Population => self.tr.f(
                "peers.population",
                &[("band", &band.replace('.', self.tr.t("number.decimal")))],
            ),
            PeerBasis::ForeignBorn => self.tr.f(
                "peers.foreign_born",
                &[("band", &band.replace('.', self.tr.t("number.decimal")))],
            ),
        }
    }

    /// "Source: <project>, run <id>" for charts and tables.
    pub fn source(&self) -> String {
        self.tr.f(
            "common.source",
            &[("project", &self.cp.project.name), ("run", self.run_id)],
        )
    }

    /// Footer lines of every page.
    pub fn footer(&self) -> Vec<String> {
        vec![
            self.tr.f(
                "common.footer_method",
                &[
                    ("method", self.method()),
                    ("alpha", &self.fmt.num(self.alpha(), 2)),
                    ("min_n", &self.cp.project.analysis.min_n.to_string()),
                ],
            ),
            self.tr.f(
                "common.footer_run",
                &[
                    ("project", &self.cp.project.name),
                    ("run", self.run_id),
                    ("version", crate::VERSION),
                ],
            ),
        ]
    }
}

/// The text for `lang`, else English, else any.
pub fn pick_lang(m: &BTreeMap<String, String>, lang: &str) -> Option<String> {
    m.get(lang)
        .or_else(|| m.get("en"))
        .or_else(|| m.values().next())
        .cloned()
}

/// What the stage wrote.
#[derive(Debug, Clone, Default)]
pub struct ReportSummary {
    /// Files written.
    pub files: usize,
    /// Warnings (missing translations, charts that could not be drawn).
    pub warnings: Vec<String>,
}

/// Write one rendered document as `<stem>.html` and `<stem>.md` in `dir`.
pub fn write_doc(dir: &Path, stem: &str, d: &doc::Doc, tr: &Tr) -> Result<()> {
    // Depth below the reports folder, so that the page finds `fonts/` by a relative URL.
    let depth = dir
        .ancestors()
        .position(|a| a.file_name().is_some_and(|n| n == "reports" || n == "reports.tmp"))
        .unwrap_or(0);
    let fonts = fonts_rel(depth).to_string_lossy().replace('\\', "/");
    write_atomic(
        &dir.join(format!("{stem}.html")),
        html::render(d, tr.t("common.contents"), &fonts).as_bytes(),
    )?;
    write_atomic(&dir.join(format!("{stem}.md")), d.to_markdown().as_bytes())
}

/// Folder names for cities: slugs, made unique.
pub fn city_slugs(cities: &[String]) -> BTreeMap<String, String> {
    let mut used = BTreeMap::new();
    let mut out = BTreeMap::new();
    for c in cities {
        let base = format::slug(c);
        let n = used.entry(base.clone()).or_insert(0usize);
        *n += 1;
        let s = if *n == 1 { base } else { format!("{base}-{n}") };
        out.insert(c.clone(), s);
    }
    out
}

/// Run the report stage on `out/store`, writing `out/reports`.
pub fn write_reports(cp: &ReportConfig, out: &Path) -> Result<ReportSummary> {
    let run_id = cp.run_id.as_str();
    let store = Store::new(out);
    let data = model::read(&store)?;
    let final_dir = out.join("reports");
    let tmp = out.join("reports.tmp");
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).with_context(|| format!("removing stale {}", tmp.display()))?;
    }
    let mut summary = ReportSummary::default();
    for (name, bytes) in [
        ("DejaVuSans.ttf", charts::FONT_REGULAR),
        ("DejaVuSans-Bold.ttf", charts::FONT_BOLD),
        (
            "LICENSE-DejaVu.txt",
            include_bytes!("../../reports/fonts/LICENSE-DejaVu.txt").as_slice(),
        ),
    ] {
        write_atomic(&tmp.join("fonts").join(name), bytes)?;
    }
    let mut cities: Vec<String> = data.cities.clone();
    for e in &data.estimates {
        if !cities.contains(&e.city) {
            cities.push(e.city.clone());
        }
    }
    cities.retain(|c| data.estimates.iter().any(|e| &e.city == c));
    let slugs = city_slugs(&cities);
    let mut index = Vec::new();
    // Each language names itself in the explorer's language switch.
    let lang_names: Vec<(String, String)> = cp
        .project
        .languages
        .iter()
        .map(|l| {
            (
                l.clone(),
                Tr::load(l, &cp.translations).0.t("explorer.language_name").to_string(),
            )
        })
        .collect();
    for lang in &cp.project.languages {
        let (tr, warnings) = Tr::load(lang, &cp.translations);
        summary.warnings.extend(warnings);
        let fmt = Fmt::new(&tr);
        let ctx = Ctx {
            cp,
            data: &data,
            tr: &tr,
            fmt: &fmt,
            run_id,
            slugs: &slugs,
        };
        let results: Vec<Result<usize>> = cities
            .par_iter()
            .map(|city| {
                let dir = tmp.join("city").join(&slugs[city]).join(lang);
                let n = pages::city::write(&ctx, city, &dir)
                    .with_context(|| format!("writing the {lang} report of {city}"))?;
                let m = pages::brief::write(&ctx, city, &dir)
                    .with_context(|| format!("writing the {lang} brief of {city}"))?;
                Ok(n + m)
            })
            .collect();
        for r in results {
            summary.files += r?;
        }
        summary.files +=
            pages::network::write(&ctx, &tmp.join("network").join(lang)).context("writing the network report")?;
        summary.files +=
            pages::sets::write(&ctx, &tmp.join("sets").join(lang)).context("writing the indicator-set report")?;
        summary.files += pages::explorer::write(&ctx, &lang_names, &tmp.join("explorer").join(lang))
            .context("writing the explorer")?;
        for net in &data.networks {
            let dir = tmp.join("networks").join(format::slug(&net.name)).join(lang);
            summary.files += pages::networks::write(&ctx, net, &dir)
                .with_context(|| format!("writing the {lang} report of the network {}", net.name))?;
        }
        index.push((lang.clone(), tr.clone()));
    }
    write_atomic(
        &tmp.join("index.html"),
        index_page(cp, &data.networks, &cities, &slugs, &index, run_id).as_bytes(),
    )?;
    if final_dir.exists() {
        std::fs::remove_dir_all(&final_dir).with_context(|| format!("removing old {}", final_dir.display()))?;
    }
    std::fs::rename(&tmp, &final_dir).with_context(|| format!("moving {} into place", final_dir.display()))?;
    Ok(summary)
}

/// `reports/index.html`: links to every report, per language.
fn index_page(
    cp: &ReportConfig,
    networks: &[crate::store::networks::Network],
    cities: &[String],
    slugs: &BTreeMap<String, String>,
    langs: &[(String, Tr)],
    run_id: &str,
) -> String {
    use html::esc;
    let mut body = String::new();
    for (lang, tr) in langs {
        body.push_str(&format!(
            "<section lang=\"{}\"><h2>{}</h2><ul>",
            esc(lang),
            esc(tr.t("index.heading"))
        ));
        body.push_str(&format!(
            "<li><a href=\"network/{0}/report.html\">{1}</a></li>",
            esc(lang),
            esc(tr.t("network.title"))
        ));
        body.push_str(&format!(
            "<li><a href=\"explorer/{0}/index.html\">{1}</a></li>",
            esc(lang),
            esc(tr.t("explorer.title"))
        ));
        body.push_str(&format!(
            "<li><a href=\"sets/{0}/report.html\">{1}</a></li>",
            esc(lang),
            esc(tr.t("sets.title"))
        ));
        for net in networks {
            body.push_str(&format!(
                "<li>{0}: <a href=\"networks/{1}/{2}/report.html\">{3}</a></li>",
                esc(&net.name),
                esc(&format::slug(&net.name)),
                esc(lang),
                esc(tr.t("index.network_report"))
            ));
        }
        for c in cities {
            let s = &slugs[c];
            body.push_str(&format!(
                "<li>{0}: <a href=\"city/{1}/{2}/report.html\">{3}</a> · <a href=\"city/{1}/{2}/brief.html\">{4}</a></li>",
                esc(c),
                esc(s),
                esc(lang),
                esc(tr.t("index.city_report")),
                esc(tr.t("index.brief"))
            ));
        }
        body.push_str("</ul></section>\n");
    }
    let lang = langs.first().map(|(l, _)| l.as_str()).unwrap_or("en");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head>\n\
         <body class=\"report\"><main><header class=\"top\"><h1>{}</h1><p class=\"subtitle\">run {}</p></header>{body}</main></body></html>\n",
        esc(lang),
        esc(&cp.project.name),
        html::STYLE,
        esc(&cp.project.name),
        esc(run_id)
    )
}

/// Where a figure's files go and how its SVG finds the fonts.
pub fn fonts_rel(depth: usize) -> PathBuf {
    let mut p = PathBuf::new();
    for _ in 0..depth {
        p.push("..");
    }
    p.join("fonts")
}

impl ReportSummary {
    /// Print the warnings and the count on stderr.
    pub fn print(&self, ui: &crate::ui::Ui, out: &Path) {
        for w in &self.warnings {
            ui.info(format!("warning: {w}"));
        }
        ui.info(format!(
            "{} report files written to {}",
            self.files,
            out.join("reports").display()
        ));
    }
}

/// `cohesion report`: rerun only this stage on a store that `run` filled.
pub fn run_standalone(out: &Path) -> Result<ReportSummary> {
    let _lock = crate::store::OutLock::acquire(out)?;
    let cfg = ReportConfig::load(&Store::new(out))?;
    write_reports(&cfg, out)
}
