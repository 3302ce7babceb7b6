//! Small helpers shared by the demo generators: calendar dates, CSV and TOML text.
//!
//! Everything is formatted by hand with fixed rules so that the generated files are
//! byte-identical for a seed.

use std::fmt::Write as _;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2019.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day of month 1–31.
    pub day: u32,
}

impl Date {
    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (`civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date {
            year: y as i32,
            month: m as u32,
            day: d as u32,
        }
    }

    /// A date from year, month and day.
    pub fn ymd(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// The date `n` days later.
    pub fn plus_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The date as a decimal year (days / 365.25 since 1970, plus 1970).
    pub fn decimal_year(self) -> f64 {
        1970.0 + self.to_days() as f64 / 365.25
    }

    /// The date at a decimal year (inverse of [`Date::decimal_year`], to the day).
    pub fn from_decimal_year(t: f64) -> Date {
        Date::from_days(((t - 1970.0) * 365.25).floor() as i64)
    }

    /// `YYYY-MM` label.
    pub fn year_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A CSV document from a header and rows (LF line ends, final newline).
pub fn csv_text(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    push_csv_line(&mut out, header);
    for r in rows {
        push_csv_line(&mut out, r);
    }
    out
}

fn push_csv_line(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(f));
    }
    out.push('\n');
}

/// A TOML basic string literal, with quotes.
pub fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML inline array of integers.
pub fn toml_int_array(v: &[i64]) -> String {
    let parts: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("[{}]", parts.join(", "))
}

/// A TOML bare or quoted key.
pub fn toml_key(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        s.to_string()
    } else {
        toml_str(s)
    }
}

/// An integer code as written in a data file; with `as_float` it is written `3.0`.
pub fn code_text(v: i64, as_float: bool) -> String {
    if as_float { format!("{v}.0") } else { v.to_string() }
}

/// Clamp then round a continuous latent on the POMP scale (0–100) to an integer code on
/// the scale `[min, max]`.
pub fn pomp_to_code(latent_pomp: f64, min: i64, max: i64) -> i64 {
    let span = (max - min) as f64;
    let x = min as f64 + span * (latent_pomp / 100.0);
    let r = x.round();
    (r as i64).clamp(min, max)
}

/// Logistic function.
pub fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Log-odds of a probability, clamped away from 0 and 1.
pub fn logit(p: f64) -> f64 {
    let p = p.clamp(0.005, 0.995);
    (p / (1.0 - p)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        let d = Date::ymd(2019, 3, 1);
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(Date::ymd(1970, 1, 1).to_days(), 0);
        assert_eq!(Date::ymd(2020, 2, 28).plus_days(1), Date::ymd(2020, 2, 29));
        assert_eq!(d.to_string(), "2019-03-01");
    }

    #[test]
    fn csv_quotes_when_needed() {
        assert_eq!(csv_field("Genève"), "Genève");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
