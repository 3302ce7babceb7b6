//! How the cells of a wave's data file are read (docs/INPUTS.md, "Files as offices send them"):
//! the CSV dialect (`delimiter`, `decimal`, `encoding`), codes written as numbers or as text
//! (missing codes, `agree` lists, value-map keys) and numeric bands for subgroups.
//!
//! Types and matching only: `config::manifest` parses and checks these keys,
//! `ingest::reader` and `ingest::survey` apply them. Nothing here does I/O.

use super::{Literal, parse_number};

/// Text encoding of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextEncoding {
    /// UTF-8 (the default); a byte sequence that is not UTF-8 is an error.
    #[default]
    Utf8,
    /// Windows-1252, which Excel on Western-European Windows writes. `latin-1` is read as
    /// Windows-1252 too (the WHATWG Encoding Standard's reading of the label): the two agree
    /// on every printable character, and 0x80–0x9F are control characters in ISO-8859-1.
    Windows1252,
}

impl TextEncoding {
    /// The encoding a manifest's `encoding` value names; None for an unknown name.
    pub fn from_name(s: &str) -> Option<TextEncoding> {
        match s.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Some(TextEncoding::Utf8),
            "windows-1252" | "cp1252" | "latin-1" | "latin1" | "iso-8859-1" => Some(TextEncoding::Windows1252),
            _ => None,
        }
    }
}

/// The CSV dialect of a data file: field delimiter, decimal mark and text encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvFormat {
    /// Field delimiter: `,` (default), `;` or tab.
    pub delimiter: u8,
    /// True when numbers are written with a decimal comma (`3,5` is 3.5).
    pub decimal_comma: bool,
    /// Text encoding; a UTF-8 byte-order mark is skipped whatever the encoding.
    pub encoding: TextEncoding,
}

impl Default for CsvFormat {
    fn default() -> Self {
        CsvFormat {
            delimiter: b',',
            decimal_comma: false,
            encoding: TextEncoding::Utf8,
        }
    }
}

/// The delimiters a manifest may name, with how users call them.
pub const DELIMITERS: [(u8, &str, &str); 3] = [
    (b',', ",", "comma-separated"),
    (b';', ";", "semicolon-separated"),
    (b'\t', "\\t", "tab-separated"),
];

/// The delimiter a manifest's `delimiter` value names (`","`, `";"`, `"\t"` or `"tab"`).
pub fn delimiter_from_name(s: &str) -> Option<u8> {
    match s {
        "," => Some(b','),
        ";" => Some(b';'),
        "\t" | "tab" => Some(b'\t'),
        _ => None,
    }
}

/// A local code as written in a manifest (`1`, `"1"`, `"Don't know"`). Two codes are equal as
/// numbers when both are numeric, else as trimmed text (docs/INPUTS.md), so `1.0` in a file
/// matches `"1"` in a manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    /// The code as written, trimmed.
    pub text: String,
    /// The code as a number, when it is one.
    pub num: Option<f64>,
}

impl Code {
    /// A code from text (a TOML key, a string literal).
    pub fn new(s: &str) -> Code {
        Code {
            text: s.trim().to_string(),
            num: parse_number(s),
        }
    }

    /// A code from a TOML literal (number or string).
    pub fn from_literal(l: &Literal) -> Code {
        Code {
            text: l.as_text().trim().to_string(),
            num: l.as_f64(),
        }
    }

    /// True when a (trimmed) cell, whose numeric value is `cell_num`, is this code.
    pub fn matches(&self, cell: &str, cell_num: Option<f64>) -> bool {
        match (self.num, cell_num) {
            (Some(a), Some(b)) => a == b,
            _ => self.text == cell,
        }
    }

    /// The code for messages and signatures: numbers as numbers (`1`, `2.5`), text quoted.
    pub fn display(&self) -> String {
        match self.num {
            Some(v) => v.to_string(),
            None => format!("\"{}\"", self.text),
        }
    }
}

/// True when a trimmed cell is one of `codes`.
pub fn is_one_of(codes: &[Code], cell: &str, cell_num: Option<f64>) -> bool {
    codes.iter().any(|c| c.matches(cell, cell_num))
}

/// Codes for a message: `-9, 98, "Don't know"`.
pub fn list_codes(codes: &[Code]) -> String {
    codes.iter().map(Code::display).collect::<Vec<_>>().join(", ")
}

/// What an SPSS or Stata file says about one of its columns: its variable label, its value
/// labels (code → label) and its SPSS user-missing values, as text for messages and drafts
/// (`8`, `97 thru 99`). Read by `ingest::labelled`; used here to resolve codes written as
/// labels.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ColumnLabels {
    /// The variable label ("Feel safe walking alone after dark"), when set.
    pub label: Option<String>,
    /// Value labels in file order: the code and its label.
    pub values: Vec<(Code, String)>,
    /// SPSS user-missing values (read as missing), as SPSS shows them.
    pub user_missing: Vec<String>,
}

impl ColumnLabels {
    /// The code whose value label is `label` (trimmed, exact).
    pub fn code_of(&self, label: &str) -> Option<&Code> {
        let t = label.trim();
        self.values.iter().find(|(_, l)| l.trim() == t).map(|(c, _)| c)
    }

    /// `1 = "Yes", 2 = "No"` for messages.
    pub fn describe(&self) -> String {
        self.values
            .iter()
            .map(|(c, l)| format!("{} = \"{l}\"", c.text))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The labels of every column of a labelled (SPSS or Stata) file, by column name. Empty for
/// CSV and XLSX files.
pub type FileLabels = std::collections::BTreeMap<String, ColumnLabels>;

/// A code as a manifest writes it, read against the labels of its column: text that is a
/// value label of the column becomes that label's code (kept as the label's text for
/// messages, matched as the code's number). Everything else is read as [`Code::from_literal`].
pub fn code_in_column(l: &Literal, labels: Option<&ColumnLabels>) -> Code {
    let code = Code::from_literal(l);
    match (code.num, labels.and_then(|c| c.code_of(&code.text))) {
        (None, Some(resolved)) => match resolved.num {
            Some(n) => Code {
                text: code.text,
                num: Some(n),
            },
            None => resolved.clone(),
        },
        _ => code,
    }
}

/// Numeric bands of a group (`bands = [15, 30, 45, 65]`): increasing whole-number lower
/// bounds; a value v falls in the band whose lower bound is the largest one ≤ v, labelled
/// "15–29", "30–44", "45–64" and "65+" (with an en dash, as docs/INPUTS.md shows).
#[derive(Debug, Clone, PartialEq)]
pub struct Bands {
    /// Lower bounds, strictly increasing whole numbers.
    pub bounds: Vec<f64>,
    labels: Vec<String>,
}

impl Bands {
    /// Bands from checked bounds (strictly increasing whole numbers, at least one).
    pub fn new(bounds: Vec<f64>) -> Bands {
        let labels = bounds
            .iter()
            .enumerate()
            .map(|(i, lo)| match bounds.get(i + 1) {
                Some(hi) if hi - 1.0 == *lo => format!("{lo}"),
                Some(hi) => format!("{lo}–{}", hi - 1.0),
                None => format!("{lo}+"),
            })
            .collect();
        Bands { bounds, labels }
    }

    /// The label of the band holding `v`; None below the first bound.
    pub fn label(&self, v: f64) -> Option<&str> {
        let i = self.bounds.iter().rposition(|lo| *lo <= v)?;
        self.labels.get(i).map(String::as_str)
    }

    /// Every band label, lowest first.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }
}

/// With a decimal comma, a numeric cell such as `3,5` or `-0,25` written with a point
/// (`3.5`), so that every later step reads it as a number; other cells as they are.
pub fn decimal_comma_to_point(cell: &str) -> Option<String> {
    let t = cell.trim();
    if t.matches(',').count() != 1 || t.contains('.') {
        return None;
    }
    let s = t.replacen(',', ".", 1);
    parse_number(&s).map(|_| s)
}

/// The CSV format keys (`delimiter`, `decimal`, `encoding`) of a manifest or of `[inputs]` in
/// `cohesion.toml`, checked; `bad(offset, message)` gets each unknown value.
pub fn csv_format(
    delimiter: Option<&toml::Spanned<String>>,
    decimal: Option<&toml::Spanned<String>>,
    encoding: Option<&toml::Spanned<String>>,
    bad: &mut impl FnMut(usize, String),
) -> CsvFormat {
    let mut f = CsvFormat::default();
    if let Some(d) = delimiter {
        match delimiter_from_name(d.get_ref()) {
            Some(b) => f.delimiter = b,
            None => bad(
                d.span().start,
                format!(
                    "unknown delimiter {:?}, expected \",\" (the default), \";\" or \"\\t\" (tab)",
                    d.get_ref()
                ),
            ),
        }
    }
    if let Some(d) = decimal {
        match d.get_ref().as_str() {
            "." => {}
            "," => f.decimal_comma = true,
            other => bad(
                d.span().start,
                format!("unknown decimal mark {other:?}, expected \".\" (the default) or \",\""),
            ),
        }
    }
    if let Some(e) = encoding {
        match TextEncoding::from_name(e.get_ref()) {
            Some(enc) => f.encoding = enc,
            None => bad(
                e.span().start,
                format!(
                    "unknown encoding {:?}, expected \"utf-8\" (the default), \"windows-1252\" or \"latin-1\"",
                    e.get_ref()
                ),
            ),
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_label_values_and_refuse_values_below_the_first_bound() {
        let b = Bands::new(vec![15.0, 30.0, 45.0, 65.0]);
        assert_eq!(b.labels(), ["15–29", "30–44", "45–64", "65+"]);
        assert_eq!(b.label(15.0), Some("15–29"));
        assert_eq!(b.label(29.9), Some("15–29"));
        assert_eq!(b.label(30.0), Some("30–44"));
        assert_eq!(b.label(97.0), Some("65+"));
        assert_eq!(b.label(14.0), None);
        assert_eq!(Bands::new(vec![0.0, 1.0, 5.0]).labels(), ["0", "1–4", "5+"]);
    }

    #[test]
    fn codes_match_as_numbers_or_as_text() {
        let one = Code::from_literal(&Literal::Int(1));
        assert!(one.matches("1.0", parse_number("1.0")));
        assert!(!one.matches("2", Some(2.0)));
        let dk = Code::new("Don't know");
        assert!(dk.matches("Don't know", None));
        assert!(!dk.matches("don't know", None));
        assert_eq!(list_codes(&[one, dk]), "1, \"Don't know\"");
    }

    #[test]
    fn decimal_commas_become_points_only_in_numbers() {
        assert_eq!(decimal_comma_to_point("3,5").as_deref(), Some("3.5"));
        assert_eq!(decimal_comma_to_point(" -0,25 ").as_deref(), Some("-0.25"));
        assert_eq!(decimal_comma_to_point("7"), None);
        assert_eq!(decimal_comma_to_point("Yes, often"), None);
        assert_eq!(decimal_comma_to_point("1.234,5"), None);
    }

    #[test]
    fn encodings_and_delimiters_by_name() {
        assert_eq!(TextEncoding::from_name("latin-1"), Some(TextEncoding::Windows1252));
        assert_eq!(TextEncoding::from_name("UTF-8"), Some(TextEncoding::Utf8));
        assert_eq!(TextEncoding::from_name("utf-16"), None);
        assert_eq!(delimiter_from_name("\t"), Some(b'\t'));
        assert_eq!(delimiter_from_name("|"), None);
    }
}
