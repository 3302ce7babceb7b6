//! Parsing of every configuration file: `cohesion.toml`, survey manifests, the question bank,
//! the ICC Index areas and indicator sets.
//!
//! The schema is data: each file is parsed with serde (`deny_unknown_fields`), then checked,
//! and every failure becomes a located [`Problem`]. Nothing here reads data files.

pub mod bank;
pub mod coding;
pub mod indicators;
pub mod manifest;
pub mod project;
pub mod walk;

use crate::diag::{Owner, Problem};
use serde::Deserialize;
use std::path::Path;

/// Parse a TOML file into `T`, turning a syntax or schema error into a located problem.
pub fn parse_toml<T: for<'de> Deserialize<'de>>(file: &Path, src: &str, owner: Owner) -> Result<T, Problem> {
    toml::from_str::<T>(src).map_err(|e| {
        let msg = tidy_toml_message(e.message());
        match e.span() {
            Some(span) => Problem::at_offset(file, src, span.start, msg, owner),
            None => Problem::file(file, msg, owner),
        }
    })
}

/// serde's messages say "unknown field"; users write "keys" in TOML.
fn tidy_toml_message(msg: &str) -> String {
    let mut m = msg
        .trim()
        .replace("unknown field", "unknown key")
        .replace("missing field", "missing required key");
    // Our serde structs are named Raw*: say what the user has to write instead.
    for (raw, want) in [
        (
            "struct RawItem",
            "an item table such as { column = \"Q12\", scale = [0, 10] }",
        ),
        (
            "struct RawGroup",
            "a group table such as { column = \"sex\", map = { \"1\" = \"man\" } } or { column = \"agea\", bands = [15, 30, 45, 65] }",
        ),
        (
            "struct RawReplicates",
            "a table such as { columns = \"rw*\", type = \"jk1\" }",
        ),
        ("struct RawIndicator", "an [[indicator]] table"),
        ("struct RawComposite", "a [composite] table"),
        ("struct RawProject", "a [project] table"),
        ("struct RawInputs", "an [inputs] table"),
        ("struct RawAnalysis", "an [analysis] table"),
        ("struct RawIndicators", "an [indicators] table"),
    ] {
        m = m.replace(raw, want);
    }
    match m.strip_suffix('\n') {
        Some(s) => s.to_string(),
        None => m,
    }
}

/// A number or a string literal in TOML (codes may be written either way).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Literal {
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    Str(String),
}

impl Literal {
    /// The literal as a number, when it is one (strings like "3" count).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Literal::Int(i) => Some(*i as f64),
            Literal::Float(f) => Some(*f),
            Literal::Str(s) => parse_number(s),
        }
    }
    /// The literal as text.
    pub fn as_text(&self) -> String {
        match self {
            Literal::Int(i) => i.to_string(),
            Literal::Float(f) => f.to_string(),
            Literal::Str(s) => s.clone(),
        }
    }
}

/// Parse a cell or code as a finite number (`"3"`, `"3.0"`, `" 3 "`); None otherwise.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Two codes are equal as numbers when both are numeric, else as trimmed text (docs/INPUTS.md).
pub fn codes_equal(a: &str, b: &str) -> bool {
    match (parse_number(a), parse_number(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.trim() == b.trim(),
    }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), as Arrow's `Date32`.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i32 {
    // Howard Hinnant's algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146097 + doe - 719468) as i32
}

/// Civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i32) -> (i64, u32, u32) {
    civil_from_days_i64(i64::from(z))
}

/// [`civil_from_days`] for any day count (years far beyond ±262143 included).
pub fn civil_from_days_i64(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parse `YYYY-MM-DD` into days since the epoch.
pub fn parse_date(s: &str) -> Option<i32> {
    let t = s.trim();
    let mut it = t.splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Format days since the epoch as `YYYY-MM-DD`.
pub fn format_date(days: i32) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Decimal year of a day count (for Sen slopes per year: days / 365.25).
pub fn decimal_year(days: i32) -> f64 {
    1970.0 + days as f64 / 365.25
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_match_known_epochs() {
        // 2000-03-01 is day 11017 (Python: (date(2000,3,1)-date(1970,1,1)).days == 11017).
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(parse_date("2024-02-29"), Some(days_from_civil(2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29"), None);
        for d in [-1000, 0, 11017, 20000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(format_date(11017), "2000-03-01");
    }

    #[test]
    fn codes_compare_as_numbers_when_both_numeric() {
        assert!(codes_equal("1.0", "1"));
        assert!(codes_equal(" 2", "2.00"));
        assert!(!codes_equal("1", "2"));
        assert!(codes_equal("yes", "yes"));
        assert!(!codes_equal("01a", "1"));
    }
}
