//! Renders a [`Doc`] as one self-contained HTML file: the stylesheet (`reports/style.css`)
//! inline, charts as PNG data URIs with alt text, no script, no network. Every string of the
//! model goes through [`esc`]. A table of contents links the sections of long reports.

use super::doc::{Block, Cell, Doc, Figure, Inline, Table, Tone};

/// The shared stylesheet (screen and print).
pub const STYLE: &str = include_str!("../../reports/style.css");

/// Escape text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Good => "good",
        Tone::Bad => "bad",
        Tone::Neutral => "neutral",
    }
}

fn inlines(parts: &[Inline]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Inline::Text(s) => esc(s),
            Inline::Strong(s) => format!("<strong>{}</strong>", esc(s)),
        })
        .collect()
}

/// The full page.
/// `fonts` is the relative URL of the reports' `fonts/` folder: the page text uses the same
/// shipped DejaVu font as the charts, so its layout (and the brief's one page) does not depend
/// on the fonts installed where it is opened.
pub fn render(doc: &Doc, toc_title: &str, fonts: &str) -> String {
    let mut body = String::new();
    let mut toc = Vec::new();
    blocks(&doc.blocks, &mut body, &mut toc);
    let toc_html = if doc.kind == "report" && toc.len() > 2 {
        let items: String = toc
            .iter()
            .map(|(id, t)| format!("<li><a href=\"#{id}\">{}</a></li>", esc(t)))
            .collect();
        format!(
            "<nav class=\"toc\" aria-label=\"{0}\"><h2 class=\"toc-title\">{0}</h2><ol>{items}</ol></nav>\n",
            esc(toc_title)
        )
    } else {
        String::new()
    };
    let footer: String = doc.footer.iter().map(|l| format!("<p>{}</p>", esc(l))).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n\
         @font-face {{ font-family: \"DejaVu Sans\"; font-weight: normal; src: local(\"DejaVu Sans\"), url(\"{fonts}/DejaVuSans.ttf\"); }}\n\
         @font-face {{ font-family: \"DejaVu Sans\"; font-weight: bold; src: local(\"DejaVu Sans Bold\"), url(\"{fonts}/DejaVuSans-Bold.ttf\"); }}\n\
         {STYLE}</style>\n</head>\n<body class=\"{kind}\">\n<main>\n\
         <header class=\"top\"><h1>{title}</h1><p class=\"subtitle\">{subtitle}</p></header>\n\
         {toc_html}{body}<footer>{footer}</footer>\n</main>\n</body>\n</html>\n",
        lang = esc(&doc.lang),
        title = esc(&doc.title),
        subtitle = esc(&doc.subtitle),
        kind = doc.kind,
    )
}

fn blocks(bs: &[Block], out: &mut String, toc: &mut Vec<(String, String)>) {
    for b in bs {
        match b {
            Block::H2(s) => {
                let id = format!("s{}", toc.len() + 1);
                out.push_str(&format!("<h2 id=\"{id}\">{}</h2>\n", esc(s)));
                toc.push((id, s.clone()));
            }
            Block::H3(s) => out.push_str(&format!("<h3>{}</h3>\n", esc(s))),
            Block::P(parts) => out.push_str(&format!("<p>{}</p>\n", inlines(parts))),
            Block::List(items) => {
                out.push_str("<ul>");
                for i in items {
                    out.push_str(&format!("<li>{}</li>", inlines(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Findings(items) => {
                out.push_str("<ul class=\"findings\">");
                for (tone, label, head, detail) in items {
                    let c = tone_class(*tone);
                    out.push_str(&format!(
                        "<li class=\"tone-{c}\"><span class=\"tag tag-{c}\">{}</span><strong>{}</strong><br>{}</li>",
                        esc(label),
                        esc(head),
                        esc(detail)
                    ));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => table(t, out),
            Block::Figure(f) => figure(f, out),
            Block::Callout(title, inner) => {
                out.push_str(&format!("<aside class=\"callout\"><h3>{}</h3>\n", esc(title)));
                let mut ignore = Vec::new();
                blocks(inner, out, &mut ignore);
                out.push_str("</aside>\n");
            }
        }
    }
}

fn cell(tag: &str, c: &Cell) -> String {
    let mut classes = Vec::new();
    if c.num {
        classes.push("num".to_string());
    }
    if let Some(t) = c.tone {
        classes.push(format!("tone-{}", tone_class(t)));
    }
    let class = if classes.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", classes.join(" "))
    };
    format!("<{tag}{class}>{}</{tag}>", esc(&c.text))
}

fn table(t: &Table, out: &mut String) {
    out.push_str("<div class=\"table-wrap\"><table>");
    if !t.caption.is_empty() {
        out.push_str(&format!("<caption>{}</caption>", esc(&t.caption)));
    }
    out.push_str("<thead><tr>");
    for h in &t.head {
        out.push_str(&format!("<th scope=\"col\">{}</th>", esc(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for r in &t.rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            out.push_str(&cell(if i == 0 { "th" } else { "td" }, c).replacen(
                "<th",
                "<th scope=\"row\"",
                usize::from(i == 0),
            ));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if !t.note.is_empty() {
        out.push_str(&format!("<p class=\"table-note\">{}</p>", esc(&t.note)));
    }
    out.push_str("</div>\n");
}

fn figure(f: &Figure, out: &mut String) {
    out.push_str(&format!(
        "<figure><img src=\"data:image/png;base64,{}\" alt=\"{}\" width=\"1200\" height=\"675\">\
         <figcaption>{} <a href=\"{}\">PNG</a> · <a href=\"{}\">SVG</a></figcaption></figure>\n",
        f.png_base64,
        esc(&f.alt),
        esc(&f.caption),
        esc(&f.png_file),
        esc(&f.svg_file)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_script() {
        let doc = Doc {
            lang: "en".into(),
            kind: "report",
            title: "<script>alert(1)</script>".into(),
            blocks: vec![Block::p("<b>x</b> & \"y\"")],
            ..Doc::default()
        };
        let html = render(&doc, "Contents", "../fonts");
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"));
    }
}
