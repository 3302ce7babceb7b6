//! Writes charts next to a report (`<stem>.png`, 1200 px, and `<stem>.svg`) and returns the
//! [`Block::Figure`] that inlines the PNG in the HTML. The stand-alone SVG files load the
//! DejaVu fonts from `reports/fonts/` through a relative `@font-face` rule (embedding 1.5 MB of
//! font in every SVG would make the reports folder hundreds of megabytes); the PNGs and HTML
//! pages need nothing outside themselves.

use super::Ctx;
use super::charts::{ChartError, ChartText, FONT_FAMILY, Labels, Rendered};
use super::doc::{Block, Figure};
use crate::store::write_atomic;
use anyhow::{Result, anyhow};
use std::path::PathBuf;

/// A folder receiving charts.
pub struct Figs {
    dir: PathBuf,
    fonts_url: String,
}

impl Figs {
    /// Charts in `dir`, which sits `depth` folders below `reports/`.
    pub fn new(dir: PathBuf, depth: usize) -> Figs {
        let fonts_url = super::fonts_rel(depth).to_string_lossy().replace('\\', "/");
        Figs { dir, fonts_url }
    }

    /// Write the chart's files and return its figure block.
    pub fn save(&self, stem: &str, chart: Result<Rendered, ChartError>, alt: String, caption: String) -> Result<Block> {
        let r = chart.map_err(|e| anyhow!("drawing chart {stem}: {e}"))?;
        let png_file = format!("{stem}.png");
        let svg_file = format!("{stem}.svg");
        write_atomic(&self.dir.join(&png_file), &r.png)?;
        write_atomic(&self.dir.join(&svg_file), self.svg_with_font_link(&r.svg).as_bytes())?;
        Ok(Block::Figure(Figure {
            png_file,
            svg_file,
            png_base64: super::charts::base64_encode(&r.png),
            alt,
            caption,
        }))
    }

    fn svg_with_font_link(&self, svg: &str) -> String {
        let u = &self.fonts_url;
        let style = format!(
            "<defs><style>@font-face{{font-family:\"{FONT_FAMILY}\";font-weight:normal;src:url(\"{u}/DejaVuSans.ttf\")}}\
             @font-face{{font-family:\"{FONT_FAMILY}\";font-weight:bold;src:url(\"{u}/DejaVuSans-Bold.ttf\")}}</style></defs>"
        );
        match svg.find("<svg").and_then(|i| svg[i..].find('>').map(|j| i + j + 1)) {
            Some(pos) => format!("{}\n{}{}", &svg[..pos], style, &svg[pos..]),
            None => svg.to_string(),
        }
    }
}

impl Ctx<'_> {
    /// Chart labels with the translated legend words and this language's decimal mark.
    pub fn labels(&self, title: String, subtitle: String, y_label: String, x_label: String) -> Labels {
        let t = |k: &str| self.tr.t(k).to_string();
        Labels {
            title,
            subtitle,
            source: self.source(),
            y_label,
            x_label,
            text: ChartText {
                estimate: t("chart.estimate"),
                interval: t("chart.interval"),
                trend: t("chart.trend"),
                series_break: t("chart.break"),
                suppressed: self.tr.f(
                    "chart.suppressed",
                    &[("min_n", &self.cp.project.analysis.min_n.to_string())],
                ),
                peer_median: t("chart.peer_median"),
                peer_spread: t("chart.peer_spread"),
                no_data: t("chart.no_data"),
                decimal_separator: t("number.decimal"),
                range: self.tr.f("chart.range", &[("lo", "{lo}"), ("hi", "{hi}")]),
                signed: false,
                decimals: None,
            },
        }
    }
}
