//! Number, interval, q-value, date and wave-label formatting per language, plus file-name
//! slugs. The conventions (decimal mark, thousands separator,
//! percent pattern, month names) come from the translation file, so a new language needs no
//! code. Nothing here decides *what* to say; see `findings.rs` for that.

use super::i18n::Tr;
use crate::vocab::Statistic;

/// Formats numbers for one language.
#[derive(Debug, Clone)]
pub struct Fmt {
    decimal: String,
    group: String,
    group_from: usize,
    percent: String,
    months: Vec<String>,
    months_short: Vec<String>,
    date: String,
    /// A wave label's month and year ("March 2015", "marzo de 2015").
    wave: String,
}

/// How an indicator's values read (decides the unit and decimals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A share of respondents, 0–100 %; differences are percentage points.
    Percent,
    /// A score on 0–100 (POMP, scale, ICC Index); differences are points.
    Score,
    /// A mean on the item's own scale.
    Raw,
}

impl Unit {
    /// The unit of a statistic.
    pub fn of_statistic(statistic: Statistic) -> Unit {
        match statistic {
            Statistic::ShareAgree => Unit::Percent,
            Statistic::Mean => Unit::Raw,
            _ => Unit::Score,
        }
    }
    /// Decimals shown for values and differences in this unit.
    pub fn decimals(self) -> usize {
        match self {
            Unit::Raw => 2,
            _ => 1,
        }
    }
}

impl Fmt {
    /// The conventions of `tr`'s language.
    pub fn new(tr: &Tr) -> Fmt {
        Fmt {
            decimal: tr.t("number.decimal").to_string(),
            group: tr.t("number.group").to_string(),
            group_from: tr.t("number.group_min_digits").parse().unwrap_or(4),
            percent: tr.f("number.percent", &[("v", "{v}")]),
            months: (1..=12).map(|m| tr.t(&format!("month.{m}")).to_string()).collect(),
            months_short: (1..=12)
                .map(|m| tr.t(&format!("month_short.{m}")).to_string())
                .collect(),
            date: tr.f("date.pattern", &[("d", "{d}"), ("month", "{month}"), ("y", "{y}")]),
            wave: tr.f("wave.pattern", &[("month", "{month}"), ("y", "{y}")]),
        }
    }

    /// `v` with `decimals` decimals, thousands grouped, a true minus sign.
    pub fn num(&self, v: f64, decimals: usize) -> String {
        super::i18n::format_number_from(v, decimals, &self.decimal, &self.group, self.group_from)
    }

    /// A whole count, grouped like every other number of the language ("1,411" in English,
    /// "1 411" with a narrow space in French and German; CLDR's minimum grouping digits is 1
    /// for en, fr and de).
    pub fn count(&self, n: u64) -> String {
        self.num(n as f64, 0)
    }

    /// A value in its unit: "45.2%", "62.3", "6.71".
    pub fn value(&self, v: f64, unit: Unit) -> String {
        let n = self.num(v, unit.decimals());
        match unit {
            Unit::Percent => self.percent.replace("{v}", &n),
            _ => n,
        }
    }

    /// A bare number in the unit's precision (no % sign), for interval bounds.
    pub fn bare(&self, v: f64, unit: Unit) -> String {
        self.num(v, unit.decimals())
    }

    /// A signed difference: "+3.2", "−1.0".
    pub fn signed(&self, v: f64, unit: Unit) -> String {
        let s = self.num(v, unit.decimals());
        if v > 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
            format!("+{s}")
        } else {
            s
        }
    }

    /// A q-value: "0.003", or "< 0.001".
    pub fn q(&self, q: f64) -> String {
        if q < 0.001 {
            format!("< {}", self.num(0.001, 3))
        } else if q < 0.01 {
            self.num(q, 3)
        } else {
            self.num(q, 2)
        }
    }

    /// "q = 0.003" or "q < 0.001", for running text.
    pub fn q_expr(&self, q: f64) -> String {
        if q < 0.001 {
            format!("q {}", self.q(q))
        } else {
            format!("q = {}", self.q(q))
        }
    }

    /// A correlation or effect size with two decimals and its sign.
    pub fn coef(&self, v: f64) -> String {
        self.num(v, 2)
    }

    /// A wave label: "2015-03" becomes "March 2015"; anything else is kept.
    pub fn wave(&self, label: &str) -> String {
        match month_of(label) {
            Some((y, m)) => self
                .wave
                .replace("{month}", &self.months[m - 1])
                .replace("{y}", &y.to_string()),
            None => label.to_string(),
        }
    }

    /// A short wave label for chart axes: "2015-03" becomes "Mar 2015".
    pub fn wave_short(&self, label: &str) -> String {
        match month_of(label) {
            Some((y, m)) => format!("{} {y}", self.months_short[m - 1]),
            None => label.to_string(),
        }
    }

    /// A calendar date from days since 1970-01-01, e.g. "29 March 2015".
    pub fn date(&self, days: i32) -> String {
        let (y, m, d) = civil_from_days(days);
        self.date
            .replace("{d}", &d.to_string())
            .replace("{month}", &self.months[(m - 1) as usize])
            .replace("{y}", &y.to_string())
    }
}

/// (year, month) of a "YYYY-MM" label.
fn month_of(label: &str) -> Option<(i32, usize)> {
    let b = label.as_bytes();
    if b.len() != 7 || b[4] != b'-' {
        return None;
    }
    let y = label[..4].parse::<i32>().ok()?;
    let m = label[5..].parse::<usize>().ok()?;
    (1..=12).contains(&m).then_some((y, m))
}

/// (year, month, day) of a day count since 1970-01-01 (H. Hinnant's algorithm).
pub fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Decimal year of a day count (for chart x positions).
pub fn decimal_year(days: i32) -> f64 {
    let (y, _, _) = civil_from_days(days);
    let start = days_from_civil(y, 1, 1);
    let end = days_from_civil(y + 1, 1, 1);
    f64::from(y) + f64::from(days - start) / f64::from(end - start)
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A file-system-safe, lowercase ASCII name for a city ("Genève" → "geneve").
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(fold) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "city".into() } else { out }
}

/// Latin letters with diacritics folded to ASCII.
fn fold(c: char) -> Vec<char> {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'Ñ' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ś' | 'š' | 'Ś' | 'Š' => "s",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return vec![c],
    };
    s.chars().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        let en = Fmt::new(&Tr::embedded("en"));
        let fr = Fmt::new(&Tr::embedded("fr"));
        assert_eq!(en.num(12345.678, 1), "12,345.7");
        assert_eq!(fr.num(12345.678, 1), "12\u{202f}345,7");
        // CLDR 44 minimumGroupingDigits = 1 for en, fr and de: four digits are grouped.
        assert_eq!(en.num(1234.5, 1), "1,234.5");
        assert_eq!(en.count(1411), "1,411");
        assert_eq!(fr.count(1411), "1\u{202f}411");
        assert_eq!(Fmt::new(&Tr::embedded("de")).count(1411), "1\u{202f}411");
        assert_eq!(en.count(999), "999");
        assert_eq!(en.num(-1000.0, 0), "−1,000");
        assert_eq!(en.count(1_234_567), "1,234,567");
        assert_eq!(en.value(45.25, Unit::Percent), "45.2%");
        assert_eq!(fr.value(45.25, Unit::Percent), "45,2\u{a0}%");
        assert_eq!(en.signed(-1.04, Unit::Score), "−1.0");
        assert_eq!(en.signed(-0.04, Unit::Score), "0.0");
        assert_eq!(en.signed(3.0, Unit::Percent), "+3.0");
        assert_eq!(en.q(0.0004), "< 0.001");
        assert_eq!(fr.q(0.0312), "0,03");
        assert_eq!(en.wave("2015-03"), "March 2015");
        assert_eq!(fr.wave("2015-03"), "mars 2015");
        assert_eq!(fr.wave("2023"), "2023");
        assert_eq!(en.date(16523), "29 March 2015");
        assert_eq!(fr.date(16523), "29 mars 2015");
    }

    #[test]
    fn calendar_round_trips() {
        for d in [-1000, 0, 16523, 19000, 20000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert!((decimal_year(0) - 1970.0).abs() < 1e-9);
    }

    #[test]
    fn slugs_are_safe() {
        assert_eq!(slug("Genève"), "geneve");
        assert_eq!(slug("Reggio Emilia"), "reggio-emilia");
        assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
        assert_eq!(slug("///"), "city");
    }
}
