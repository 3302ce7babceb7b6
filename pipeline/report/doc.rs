//! The report document model: every report is built once as a [`Doc`] of blocks and then
//! rendered twice, to self-contained HTML (`html.rs`) and to Markdown (here). Keeping one model
//! instead of two templates means the HTML and Markdown never disagree, every piece of
//! data-derived text passes through one escaping function per format, and tests can read the
//! structure (headings) without parsing HTML.
//!
//! All strings in the model are plain text (already translated and formatted); renderers
//! escape them. Nothing here knows about statistics.

/// A whole report.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Language code for `<html lang>`.
    pub lang: String,
    /// Page kind: "report" or "brief" (selects the layout CSS).
    pub kind: &'static str,
    /// Title (the `<h1>`).
    pub title: String,
    /// Line under the title.
    pub subtitle: String,
    /// Body.
    pub blocks: Vec<Block>,
    /// Footer lines (source, run id, method).
    pub footer: Vec<String>,
}

/// A run of text with optional emphasis.
#[derive(Debug, Clone)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Bold text.
    Strong(String),
}

/// Tone of a finding or callout (drives a colour and an icon-free text label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Good news per the indicator's polarity.
    Good,
    /// Bad news per the indicator's polarity.
    Bad,
    /// No significant change, or no direction.
    Neutral,
}

/// One table cell.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// Text.
    pub text: String,
    /// Right-align (numbers).
    pub num: bool,
    /// Tone marker (colours the cell's left border), if any.
    pub tone: Option<Tone>,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            ..Cell::default()
        }
    }
    /// A right-aligned number cell.
    pub fn num(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            num: true,
            tone: None,
        }
    }
    /// A cell with a tone.
    pub fn toned(s: impl Into<String>, tone: Tone) -> Cell {
        Cell {
            text: s.into(),
            num: false,
            tone: Some(tone),
        }
    }
}

/// A table with caption and source note.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Caption (what the table shows).
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<Cell>>,
    /// Note under the table: n and source.
    pub note: String,
}

/// A chart: PNG inline (data URI) in HTML, linked file in Markdown.
#[derive(Debug, Clone, Default)]
pub struct Figure {
    /// File name of the PNG next to the report (the SVG has the same stem).
    pub png_file: String,
    /// File name of the SVG.
    pub svg_file: String,
    /// Base64 of the PNG, for the HTML data URI.
    pub png_base64: String,
    /// Alternative text: what the chart shows, in words.
    pub alt: String,
    /// Caption under the chart (n and source).
    pub caption: String,
}

/// A block of the body.
#[derive(Debug, Clone)]
pub enum Block {
    /// Section heading (`<h2>`).
    H2(String),
    /// Sub-section heading (`<h3>`).
    H3(String),
    /// Paragraph.
    P(Vec<Inline>),
    /// Bulleted list of paragraphs.
    List(Vec<Vec<Inline>>),
    /// Table.
    Table(Table),
    /// Chart.
    Figure(Figure),
    /// Findings: (tone, tone label, headline, detail).
    Findings(Vec<(Tone, String, String, String)>),
    /// A boxed aside with a title ("How to talk about this result").
    Callout(String, Vec<Block>),
}

impl Block {
    /// A plain paragraph.
    pub fn p(s: impl Into<String>) -> Block {
        Block::P(vec![Inline::Text(s.into())])
    }
}

impl Doc {
    /// Headings in order, indented by level: the structure the golden tests compare.
    pub fn outline(&self) -> String {
        let mut out = format!("# {}\n", self.title);
        fn walk(blocks: &[Block], out: &mut String) {
            for b in blocks {
                match b {
                    Block::H2(s) => out.push_str(&format!("## {s}\n")),
                    Block::H3(s) => out.push_str(&format!("### {s}\n")),
                    Block::Callout(t, inner) => {
                        out.push_str(&format!("[box] {t}\n"));
                        walk(inner, out);
                    }
                    Block::Figure(f) => out.push_str(&format!("[figure] {}\n", f.png_file)),
                    Block::Table(t) => out.push_str(&format!("[table] {} rows\n", t.rows.len())),
                    _ => {}
                }
            }
        }
        walk(&self.blocks, &mut out);
        out
    }

    /// The Markdown rendering (charts linked as files next to the report).
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n", md(&self.title));
        if !self.subtitle.is_empty() {
            out.push_str(&format!("_{}_\n\n", md(&self.subtitle)));
        }
        md_blocks(&self.blocks, &mut out, "");
        out.push_str("---\n\n");
        for f in &self.footer {
            out.push_str(&format!("{}  \n", md(f)));
        }
        out
    }
}

fn md_inlines(parts: &[Inline]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Inline::Text(s) => md(s),
            Inline::Strong(s) => format!("**{}**", md(s)),
        })
        .collect()
}

fn md_blocks(blocks: &[Block], out: &mut String, quote: &str) {
    for b in blocks {
        let text = match b {
            Block::H2(s) => format!("## {}\n", md(s)),
            Block::H3(s) => format!("### {}\n", md(s)),
            Block::P(parts) => format!("{}\n", md_inlines(parts)),
            Block::List(items) => items.iter().map(|i| format!("- {}\n", md_inlines(i))).collect(),
            Block::Findings(items) => items
                .iter()
                .map(|(_, label, head, detail)| format!("- _{}_ **{}**\\\n  {}\n", md(label), md(head), md(detail)))
                .collect(),
            Block::Figure(f) => format!(
                "![{}]({})\n\n_{}_ [PNG]({}) · [SVG]({})\n",
                md(&f.alt),
                f.png_file,
                md(&f.caption),
                f.png_file,
                f.svg_file
            ),
            Block::Table(t) => md_table(t),
            Block::Callout(title, inner) => {
                let mut s = format!("**{}**\n\n", md(title));
                md_blocks(inner, &mut s, "");
                s
            }
        };
        let prefixed: String = if let Block::Callout(..) = b {
            text.lines().map(|l| format!("> {l}\n")).collect()
        } else {
            text
        };
        for line in prefixed.lines() {
            out.push_str(quote);
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
}

fn md_table(t: &Table) -> String {
    let mut s = String::new();
    if !t.caption.is_empty() {
        s.push_str(&format!("**{}**\n\n", md(&t.caption)));
    }
    let cell = |c: &str| md(c).replace('|', "\\|");
    s.push_str(&format!(
        "| {} |\n",
        t.head.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | ")
    ));
    let aligns: Vec<&str> = (0..t.head.len())
        .map(|i| {
            if t.rows.first().and_then(|r| r.get(i)).is_some_and(|c| c.num) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    s.push_str(&format!("| {} |\n", aligns.join(" | ")));
    for r in &t.rows {
        s.push_str(&format!(
            "| {} |\n",
            r.iter().map(|c| cell(&c.text)).collect::<Vec<_>>().join(" | ")
        ));
    }
    if !t.note.is_empty() {
        s.push_str(&format!("\n_{}_\n", md(&t.note)));
    }
    s
}

/// Escape text for Markdown. A `<` that could open raw HTML (before a letter, `/`, `!` or `?`)
/// and an `&` that could open an entity become entities, so raw HTML in data never reaches a
/// Markdown renderer; every other `<` and `>` is backslash-escaped, so the file reads
/// `q \< 0.001` rather than `q &lt; 0.001`; Markdown punctuation is backslash-escaped.
pub fn md(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        match c {
            '<' if next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?') => out.push_str("&lt;"),
            '&' if next.is_ascii_alphanumeric() || next == '#' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_html_and_markup() {
        assert_eq!(md("<script>alert(1)</script>"), "&lt;script\\>alert(1)&lt;/script\\>");
        assert_eq!(md("q < 0.001 & more, a&b"), "q \\< 0.001 & more, a&amp;b");
        assert_eq!(md("a_b*c"), "a\\_b\\*c");
    }
}
