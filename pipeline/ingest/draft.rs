//! `cohesion init --from FILE`: a draft `survey.toml` for a data file (CSV, XLSX, SPSS,
//! Stata). Every column is listed with its variable label, value labels and the values seen;
//! a bank item is guessed for a column whose label matches the item's wording (English, French
//! or German), groups for
//! columns that look like sex, age or birthplace; SPSS user-missing values become the item's
//! `missing_codes`. Whatever a person must decide is marked `TODO`; the draft is not a valid
//! manifest until the TODOs are filled (its `city` names no city).

use super::labelled;
use super::reader::{ReadError, TextTable, read_table};
use crate::config::bank::QuestionBank;
use crate::config::coding::{ColumnLabels, CsvFormat, FileLabels};
use crate::config::parse_number;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

/// What the cells of one column hold.
struct Seen {
    filled: usize,
    distinct: BTreeSet<String>,
    numeric: bool,
    min: f64,
    max: f64,
}

fn seen(t: &TextTable, c: usize) -> Seen {
    let mut s = Seen {
        filled: 0,
        distinct: BTreeSet::new(),
        numeric: true,
        min: f64::INFINITY,
        max: f64::NEG_INFINITY,
    };
    for r in &t.rows {
        let v = r.cells.get(c).map(|x| x.trim()).unwrap_or("");
        if v.is_empty() {
            continue;
        }
        s.filled += 1;
        if s.distinct.len() <= 50 {
            s.distinct.insert(v.to_string());
        }
        match parse_number(v) {
            Some(x) => {
                s.min = s.min.min(x);
                s.max = s.max.max(x);
            }
            None => s.numeric = false,
        }
    }
    s
}

/// Lower-case words of at least three letters, accents folded ("sécurité" = "securite"),
/// without the commonest function words of English, French and German.
fn words(s: &str) -> BTreeSet<String> {
    const STOP: [&str; 44] = [
        "the", "and", "you", "are", "this", "that", "with", "for", "not", "can", "how", "your", "feel", "much", //
        "les", "des", "une", "dans", "pour", "est", "que", "qui", "sur", "aux", "avec", "ces", "cette", "mon", "mes",
        "vous", //
        "der", "die", "das", "den", "dem", "und", "ich", "mich", "ist", "mit", "einer", "eine", "man", "sich",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .filter(|w| w.chars().count() >= 3 && !STOP.contains(&w.as_str()))
        .collect()
}

/// `w` in lower case with the accents of French and German letters folded.
fn fold(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for c in w.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'î' | 'ï' | 'í' => out.push('i'),
            'ô' | 'ö' | 'ó' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
            'ç' => out.push('c'),
            'ß' => out.push_str("ss"),
            _ => out.push(c),
        }
    }
    out
}

/// The bank item whose wording, in any of its languages, best matches `label`: at least two
/// thirds of the wording's words appear in the label.
fn guess_item<'a>(label: &str, bank: &'a QuestionBank) -> Option<&'a str> {
    let have = words(label);
    let mut best: Option<(f64, &str)> = None;
    for item in bank.items.values() {
        for w in item.wording.values() {
            let want = words(w);
            if want.is_empty() {
                continue;
            }
            let score = want.intersection(&have).count() as f64 / want.len() as f64;
            if score >= 2.0 / 3.0 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, item.id.as_str()));
            }
        }
    }
    best.map(|(_, id)| id)
}

/// The value labels of a column but those of its user-missing codes.
fn answer_labels(l: &ColumnLabels) -> Vec<&str> {
    l.values
        .iter()
        .filter(|(c, _)| !l.user_missing.iter().any(|m| m == &c.text))
        .map(|(_, lab)| lab.as_str())
        .collect()
}

/// Codes of a column that look like missing-answer codes: labelled "Don't know", "Refusal",
/// "No answer", "Not applicable" (en/fr/de), or sentinel values (97–99, 997–999, 9997–9999,
/// 99997–99999) more than five times the largest other value (ESS 77/88/99 beside 0–10 answers).
fn sentinels(s: &Seen, l: &ColumnLabels) -> Vec<String> {
    const WORDS: [&str; 12] = [
        "don't know",
        "dont know",
        "refus",
        "no answer",
        "not applicable",
        "not asked",
        "ne sait pas",
        "sans réponse",
        "non applicable",
        "weiß nicht",
        "keine angabe",
        "verweigert",
    ];
    let mut out: Vec<String> = l
        .values
        .iter()
        .filter(|(_, lab)| {
            let low = lab.to_lowercase();
            WORDS.iter().any(|w| low.contains(w))
        })
        .filter(|(c, _)| c.num.is_some())
        .map(|(c, _)| c.text.clone())
        .collect();
    if s.distinct.len() > 50 {
        return out; // the distinct values were not all kept
    }
    let values: Vec<f64> = s.distinct.iter().filter_map(|v| parse_number(v)).collect();
    let is_sentinel = |v: f64| {
        v.fract() == 0.0
            && [99.0, 999.0, 9999.0, 99999.0]
                .iter()
                .any(|top| v <= *top && v >= top - 2.0)
    };
    let rest = values
        .iter()
        .filter(|v| !is_sentinel(**v))
        .fold(f64::NEG_INFINITY, |a, v| a.max(*v));
    for v in values
        .iter()
        .filter(|v| is_sentinel(**v) && rest.is_finite() && **v > 5.0 * rest.max(1.0))
    {
        let t = num(*v);
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// When the value labels put the positive pole at the low end of the scale ("1 = Very safe …
/// 4 = Very unsafe"), the two labels: the item then needs `reverse = true`.
fn reversed_poles(l: &ColumnLabels, min: f64, max: f64) -> Option<(String, String)> {
    const NEGATIVE: [&str; 14] = [
        "unsafe",
        "disagree",
        "dissatisf",
        "distrust",
        "unhappy",
        "not at all",
        "never",
        "bad",
        "pas du tout",
        "jamais",
        "pas d'accord",
        "unsicher",
        "überhaupt nicht",
        "nie",
    ];
    let label = |v: f64| {
        l.values
            .iter()
            .find(|(c, _)| c.num == Some(v))
            .map(|(_, lab)| lab.clone())
    };
    let (low, high) = (label(min)?, label(max)?);
    let neg = |s: &str| {
        let t = s.to_lowercase();
        NEGATIVE.iter().any(|w| t.contains(w))
    };
    (neg(&high) && !neg(&low)).then_some((low, high))
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        v.to_string()
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Columns that look like replicate weights: at least four numeric columns, every value ≥ 0,
/// whose names are one stem plus a number (`rw1`…`rw80`, `PWGTP1`…, `W_FSTR1`…) where the stem
/// speaks of weights or replicates. Returns the `columns` value to draft: a pattern when the
/// stem's pattern matches exactly those columns, else the list of names.
fn replicate_columns(cols: &[(&str, &ColumnLabels, Seen)], skip: Option<&str>) -> Option<String> {
    const HINTS: [&str; 10] = ["rep", "rw", "wt", "wgt", "wght", "weight", "fstr", "brr", "jk", "boot"];
    let mut groups: std::collections::BTreeMap<String, Vec<&str>> = std::collections::BTreeMap::new();
    for (n, _, s) in cols {
        let stem = n.trim_end_matches(|c: char| c.is_ascii_digit());
        if stem.len() == n.len() || stem.is_empty() || Some(*n) == skip || !s.numeric || s.filled == 0 || s.min < 0.0 {
            continue;
        }
        groups.entry(stem.to_string()).or_default().push(n);
    }
    let (stem, names) = groups
        .into_iter()
        .filter(|(stem, names)| {
            let low = stem.to_lowercase();
            names.len() >= 4 && HINTS.iter().any(|h| low.contains(h))
        })
        .max_by_key(|(_, names)| names.len())?;
    for pattern in [format!("{stem}*"), format!("{stem}?*")] {
        let hits: Vec<&str> = cols
            .iter()
            .map(|(n, _, _)| *n)
            .filter(|n| crate::config::manifest::glob_match(&pattern, n))
            .collect();
        if hits == names {
            return Some(quote(&pattern));
        }
    }
    Some(format!(
        "[{}]",
        names.iter().map(|n| quote(n)).collect::<Vec<_>>().join(", ")
    ))
}

/// The draft manifest of `path`, as TOML text.
pub fn draft_manifest(path: &Path, bank: &QuestionBank) -> Result<String, ReadError> {
    let (table, labels): (TextTable, FileLabels) = if labelled::is_labelled(path) {
        labelled::read_table(path)?
    } else {
        (read_table(path, &CsvFormat::default())?, FileLabels::new())
    };
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let none = ColumnLabels::default();
    let cols: Vec<(&str, &ColumnLabels, Seen)> = table
        .header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), labels.get(h).unwrap_or(&none), seen(&table, i)))
        .collect();
    let lname = |n: &str, l: &ColumnLabels| format!("{} {}", n, l.label.as_deref().unwrap_or("")).to_lowercase();
    let find = |pred: &dyn Fn(&str, &ColumnLabels, &Seen) -> bool| {
        cols.iter().find(|(n, l, s)| pred(n, l, s)).map(|(n, _, _)| *n)
    };
    let n_rows = table.rows.len();
    let id_col = find(&|n, l, s| {
        let t = lname(n, l);
        s.filled == n_rows
            && s.distinct.len() > 50.min(n_rows.saturating_sub(1))
            && (t.contains("id") || t.contains("respondent"))
    })
    .or_else(|| find(&|_, _, s| s.filled == n_rows && s.distinct.len() > 50.min(n_rows.saturating_sub(1))));
    let weight =
        find(&|n, l, s| s.numeric && s.filled > 0 && s.min > 0.0 && lname(n, l).contains("weight")).or_else(|| {
            find(&|n, _, s| {
                let n = n.to_lowercase();
                s.numeric && s.min > 0.0 && (n.starts_with("wt") || n.contains("wgt") || n.contains("wght"))
            })
        });

    // A long file: a column, filled in every row with a few distinct values, whose name says
    // it holds the city (country) or the wave (round, study, year) of each row.
    let key_col = |hints: &[&str]| {
        find(&|n, _, s| {
            let n = n.to_lowercase();
            s.filled == n_rows
                && (2..=60).contains(&s.distinct.len())
                && Some(n.as_str()) != id_col.map(str::to_lowercase).as_deref()
                && hints
                    .iter()
                    .any(|h| n == *h || n.ends_with(&format!("_{h}")) || n.starts_with(&format!("{h}_")))
        })
    };
    let city_col = key_col(&[
        "cntry",
        "country",
        "country_id",
        "city",
        "municipality",
        "town",
        "commune",
        "gemeinde",
    ]);
    let wave_col = key_col(&[
        "essround",
        "round",
        "wave",
        "study",
        "year",
        "survey_year",
        "edition",
        "vague",
        "welle",
    ]);
    let values_of = |c: &str| -> Vec<String> {
        cols.iter()
            .find(|(n, _, _)| *n == c)
            .map(|(_, _, s)| s.distinct.iter().cloned().collect())
            .unwrap_or_default()
    };

    let mut o = String::new();
    let _ = writeln!(
        o,
        "# Drafted by `cohesion init --from {file}` ({} rows, {} columns).",
        n_rows,
        cols.len()
    );
    let _ = writeln!(
        o,
        "# Fill in every TODO, check the guesses, delete what does not apply, then run"
    );
    let _ = writeln!(
        o,
        "# `cohesion validate PROJECT`. Every key is explained in docs/INPUTS.md."
    );
    let _ = writeln!(
        o,
        "id = \"TODO\"                    # TODO: unique across the project, e.g. \"oslo-2024\""
    );
    let _ = writeln!(
        o,
        "kind = \"survey\"                # TODO: \"survey\" (a city survey) or \"barometer\""
    );
    match city_col {
        Some(c) => {
            let values = values_of(c);
            let _ = writeln!(
                o,
                "# A long file? Column {} holds {} values; each can be a city (docs/INPUTS.md \"Long files\").",
                quote(c),
                values.len()
            );
            let _ = writeln!(o, "city_column = {}", quote(c));
            let map: Vec<String> = values.iter().map(|v| format!("{} = \"TODO\"", quote(v))).collect();
            let _ = writeln!(
                o,
                "cities = {{ {} }}  # TODO: the city of cities.csv for each value; delete a value to leave its rows out",
                map.join(", ")
            );
        }
        None => {
            let _ = writeln!(o, "city = \"TODO\"                  # TODO: a city of cities.csv");
        }
    }
    match wave_col {
        Some(c) => {
            let _ = writeln!(
                o,
                "# Column {} holds {} values; each can be a wave, described in [waves] at the end.",
                quote(c),
                values_of(c).len()
            );
            let _ = writeln!(o, "wave_column = {}", quote(c));
        }
        None => {
            let _ = writeln!(o, "wave = \"TODO\"                  # TODO: e.g. \"2024\"");
            let _ = writeln!(
                o,
                "fieldwork_start = \"TODO\"       # TODO: first day of fieldwork, e.g. 2024-03-01 (no quotes)"
            );
            let _ = writeln!(o, "fieldwork_end = \"TODO\"         # TODO: last day of fieldwork");
        }
    }
    let _ = writeln!(o, "file = {}", quote(&file));
    match id_col {
        Some(c) => {
            let _ = writeln!(o, "respondent_id = {}  # guessed: every value distinct", quote(c));
        }
        None => {
            let _ = writeln!(
                o,
                "respondent_id = \"TODO\"         # TODO: the column that identifies respondents"
            );
        }
    }
    match weight {
        Some(w) => {
            let _ = writeln!(
                o,
                "weight = {}  # guessed from the name; delete for equal weights",
                quote(w)
            );
        }
        None => {
            let _ = writeln!(
                o,
                "# weight = \"TODO\"              # the weight column, if any (absent = equal weights)"
            );
        }
    }
    // Design columns, from their names or labels (ESS `stratum`, `psu`; "Primary sampling unit").
    let design_col = |names: &[&str], words: &[&str]| {
        find(&|n, l, s| {
            let low = n.to_lowercase();
            let t = lname(n, l);
            s.filled > 0 && (names.contains(&low.as_str()) || words.iter().any(|w| t.contains(w)))
        })
    };
    let strata = design_col(&["stratum", "strata", "strat", "stratify"], &["stratum", "strata"]);
    let psu = design_col(
        &["psu", "cluster", "psu_id", "sampling_unit"],
        &["primary sampling unit", "sampling unit"],
    );
    for (key, c) in [("strata", strata), ("psu", psu)] {
        match c {
            Some(c) => {
                let _ = writeln!(
                    o,
                    "{key} = {}  # guessed from the name or label; delete if it is not the sample design's",
                    quote(c)
                );
            }
            None if key == "strata" => {
                let _ = writeln!(
                    o,
                    "# strata = \"TODO\"              # design columns of a stratified / clustered sample"
                );
            }
            None => {
                let _ = writeln!(o, "# psu = \"TODO\"");
            }
        }
    }
    let _ = writeln!(
        o,
        "# mode = \"TODO\"                # online | phone | face_to_face | paper | mixed"
    );
    if let Some(columns) = replicate_columns(&cols, weight) {
        let _ = writeln!(
            o,
            "replicate_weights = {{ columns = {columns}, type = \"TODO\" }}  # guessed from the names; TODO: \
             type = bootstrap | jk1 | jkn | brr | fay as the data's documentation says (add scale, rscales, \
             mse or rho if it gives them); delete if these are not replicate weights"
        );
    }
    if labels.is_empty() {
        let _ = writeln!(
            o,
            "# missing_codes = [-9, 98, 99]  # TODO: codes meaning missing (numbers or text)"
        );
    }

    // Groups.
    let _ = writeln!(o, "\n[groups]");
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let gender = find(&|n, l, _| {
        let t = lname(n, l);
        n.eq_ignore_ascii_case("sex")
            || n.eq_ignore_ascii_case("gender")
            || n.eq_ignore_ascii_case("gndr")
            || t.contains(" sex")
            || t.contains("gender")
    });
    if let Some(g) = gender {
        let l = labels.get(g).unwrap_or(&none);
        let map = if l.values.is_empty() {
            let s = &cols.iter().find(|(n, _, _)| *n == g).expect("column").2;
            s.distinct
                .iter()
                .map(|v| format!("{} = \"TODO\"", quote(v)))
                .collect::<Vec<_>>()
        } else {
            answer_labels(l)
                .into_iter()
                .map(|lab| {
                    let low = lab.to_lowercase();
                    let to = if low.starts_with("male") || low == "man" || low == "men" {
                        "man"
                    } else if low.starts_with("female") || low == "woman" || low == "women" {
                        "woman"
                    } else {
                        "TODO"
                    };
                    format!("{} = {}", quote(lab), quote(to))
                })
                .collect()
        };
        let _ = writeln!(
            o,
            "gender = {{ column = {}, map = {{ {} }} }}  # TODO: check the map",
            quote(g),
            map.join(", ")
        );
        used.insert(g);
    }
    let age = find(&|n, l, s| {
        let t = lname(n, l);
        s.numeric
            && (n.eq_ignore_ascii_case("age") || n.eq_ignore_ascii_case("agea") || t.contains("age of respondent"))
    });
    if let Some(a) = age {
        let _ = writeln!(
            o,
            "age_band = {{ column = {}, bands = [15, 30, 45, 65] }}  # TODO: check the bands",
            quote(a)
        );
        used.insert(a);
    }
    let born = find(&|n, l, _| {
        let t = lname(n, l);
        n.eq_ignore_ascii_case("born") || n.eq_ignore_ascii_case("brncntr") || t.contains("born in")
    });
    if let Some(b) = born {
        let l = labels.get(b).unwrap_or(&none);
        let keys: Vec<String> = if l.values.is_empty() {
            let s = &cols.iter().find(|(n, _, _)| *n == b).expect("column").2;
            s.distinct.iter().take(10).cloned().collect()
        } else {
            answer_labels(l).into_iter().map(str::to_string).collect()
        };
        let map: Vec<String> = keys.iter().map(|k| format!("{} = \"TODO\"", quote(k))).collect();
        let _ = writeln!(
            o,
            "migrant_background = {{ column = {}, map = {{ {} }} }}  # TODO: \"yes\" (born abroad) or \"no\" for each",
            quote(b),
            map.join(", ")
        );
        used.insert(b);
    }
    let _ = writeln!(o, "# neighbourhood = {{ column = \"TODO\" }}");

    // Items: a guess per column whose label matches a bank item's wording.
    let _ = writeln!(o, "\n[items]");
    let mut guessed = BTreeSet::new();
    let mut any = false;
    for (n, l, s) in &cols {
        if used.contains(n) || Some(*n) == id_col || Some(*n) == weight {
            continue;
        }
        let Some(item) = l.label.as_deref().and_then(|lab| guess_item(lab, bank)) else {
            continue;
        };
        if !guessed.insert(item) || !s.numeric || s.filled == 0 {
            continue;
        }
        any = true;
        // Likely missing codes: SPSS user-missing values, codes labelled "Don't know" and the
        // like, and sentinels (97–99, 997–999, …) far above the other values.
        let mut missing: Vec<String> = l
            .user_missing
            .iter()
            .filter(|m| parse_number(m).is_some())
            .cloned()
            .collect();
        for m in sentinels(s, l) {
            if !missing.contains(&m) {
                missing.push(m);
            }
        }
        let codes: Vec<f64> = missing.iter().filter_map(|m| parse_number(m)).collect();
        let answers: Vec<f64> = s
            .distinct
            .iter()
            .filter_map(|v| parse_number(v))
            .filter(|v| !codes.contains(v))
            .collect();
        let (min, max) = answers
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(*v), b.max(*v)));
        // Only the first 51 distinct values are kept: past that, the seen range stands.
        let (min, max) = if min.is_finite() && s.distinct.len() <= 50 {
            (min, max)
        } else {
            (s.min, s.max)
        };
        let mut keys = vec![
            format!("column = {}", quote(n)),
            format!("scale = [{}, {}]", num(min), num(max)),
        ];
        let mut notes = vec!["TODO: guessed from the label; check scale, reverse and agree".to_string()];
        if let Some((low, high)) = reversed_poles(l, min, max) {
            keys.push("reverse = true".to_string());
            notes.push(format!(
                "reverse because the labels say {} = \"{low}\" … {} = \"{high}\" (higher must mean more of the item)",
                num(min),
                num(max)
            ));
        }
        if !missing.is_empty() {
            keys.push(format!("missing_codes = [{}]", missing.join(", ")));
        }
        let _ = writeln!(o, "{item} = {{ {} }}  # {}", keys.join(", "), notes.join("; "));
    }
    if !any {
        let _ = writeln!(
            o,
            "TODO = {{ column = \"TODO\", scale = [0, 10] }}  # TODO: map columns onto bank items (`cohesion bank`)"
        );
    }

    if let Some(c) = wave_col {
        let _ = writeln!(
            o,
            "\n# TODO: each value of {}: the wave's label and fieldwork dates (no quotes: 2024-03-01);\n\
             # a value left out of this table leaves its rows out.\n[waves]",
            quote(c)
        );
        for v in values_of(c) {
            let _ = writeln!(
                o,
                "{} = {{ wave = \"TODO\", fieldwork_start = \"TODO\", fieldwork_end = \"TODO\" }}",
                quote(&v)
            );
        }
    }

    // Every column, for reference.
    let _ = writeln!(o, "\n# The columns of {file}:");
    for (n, l, s) in &cols {
        let mut line = format!("#   {n}");
        if let Some(lab) = &l.label {
            let _ = write!(line, " — {lab}");
        }
        if s.numeric && s.filled > 0 {
            let _ = write!(line, " [{} to {}]", num(s.min), num(s.max));
        } else if s.filled > 0 {
            let shown: Vec<&str> = s.distinct.iter().take(6).map(String::as_str).collect();
            let more = if s.distinct.len() > 6 { ", …" } else { "" };
            let _ = write!(line, " (text: {}{more})", shown.join(", "));
        }
        let _ = write!(line, "; {} of {n_rows} filled", s.filled);
        let _ = writeln!(o, "{line}");
        if !l.values.is_empty() {
            let _ = writeln!(o, "#       labels: {}", l.describe());
        }
        if !l.user_missing.is_empty() {
            let _ = writeln!(
                o,
                "#       user-missing (read as missing): {}",
                l.user_missing.join(", ")
            );
        }
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_bank_wording_by_most_of_its_words() {
        let bank = QuestionBank::shipped().expect("bank");
        // ESS round 9 variable labels (ppltrst, aesfdrk, stflife).
        assert_eq!(
            guess_item("Most people can be trusted or you can't be too careful", &bank),
            Some("trust_people")
        );
        assert_eq!(
            guess_item("Feeling of safety of walking alone in local area after dark", &bank),
            Some("safety_night")
        );
        assert_eq!(guess_item("How satisfied with life as a whole", &bank), None);
        // French and German labels, with or without their accents.
        assert_eq!(
            guess_item("On peut faire confiance a la plupart des gens", &bank),
            Some("trust_people")
        );
        assert_eq!(
            guess_item(
                "Sentiment de sécurité : je me sens en sécurité en marchant seul dans mon quartier la nuit",
                &bank
            ),
            Some("safety_night")
        );
        assert_eq!(
            guess_item("F12: Ich fühle mich dieser Stadt zugehörig", &bank),
            Some("belonging")
        );
        assert_eq!(guess_item("Vielfalt in der Stadt", &bank), None);
        assert_eq!(
            guess_item("Vielfalt ist ein Vorteil für die Stadt?", &bank),
            Some("diversity_advantage")
        );
        assert_eq!(guess_item("", &bank), None);
    }

    fn cols_of(names: &[&str], min: f64) -> Vec<(String, Seen)> {
        names
            .iter()
            .map(|n| {
                (
                    n.to_string(),
                    Seen {
                        filled: 3,
                        distinct: BTreeSet::new(),
                        numeric: true,
                        min,
                        max: 9.0,
                    },
                )
            })
            .collect()
    }

    #[test]
    fn replicate_weight_columns_are_recognised_by_stem_and_number() {
        let none = ColumnLabels::default();
        let guess = |names: &[&str], min: f64, weight: Option<&str>| {
            let owned = cols_of(names, min);
            let cols: Vec<(&str, &ColumnLabels, Seen)> = owned
                .into_iter()
                .map(|(n, s)| (names.iter().find(|x| **x == n).copied().expect("name"), &none, s))
                .collect();
            replicate_columns(&cols, weight)
        };
        let rw = ["id", "wgt", "rw1", "rw2", "rw3", "rw4", "q1"];
        assert_eq!(guess(&rw, 0.0, Some("wgt")), Some("\"rw*\"".into()));
        // ACS: PWGTP is the weight and PWGTP1… the replicates; `PWGTP*` would match the
        // weight, `PWGTP?*` does not.
        let acs = ["SERIALNO", "PWGTP", "PWGTP1", "PWGTP2", "PWGTP3", "PWGTP4", "PWGTP5"];
        assert_eq!(guess(&acs, 0.0, Some("PWGTP")), Some("\"PWGTP?*\"".into()));
        // An item battery is not taken for replicate weights; neither are negative values or
        // fewer than four columns.
        assert_eq!(guess(&["q1", "q2", "q3", "q4", "q5"], 0.0, None), None);
        assert_eq!(guess(&rw, -1.0, Some("wgt")), None);
        assert_eq!(guess(&["rw1", "rw2", "rw3"], 0.0, None), None);
        // A stem whose pattern would catch another column: the names are listed.
        let mixed = ["repw1", "repw2", "repw3", "repw4", "repwx"];
        assert_eq!(
            guess(&mixed, 0.0, None),
            Some("[\"repw1\", \"repw2\", \"repw3\", \"repw4\"]".into())
        );
    }

    fn labelled(values: &[(&str, &str)]) -> ColumnLabels {
        ColumnLabels {
            label: None,
            values: values
                .iter()
                .map(|(c, l)| (crate::config::coding::Code::new(c), l.to_string()))
                .collect(),
            user_missing: Vec::new(),
        }
    }

    fn seen_of(values: &[&str]) -> Seen {
        let t = TextTable {
            header: vec!["x".into()],
            rows: values
                .iter()
                .enumerate()
                .map(|(i, v)| crate::ingest::reader::Row {
                    line: i + 2,
                    cells: vec![v.to_string()],
                })
                .collect(),
        };
        seen(&t, 0)
    }

    #[test]
    fn a_positive_low_end_proposes_reverse() {
        // ESS aesfdrk: 1 = Very safe … 4 = Very unsafe: reverse. ppltrst-style 0 = "You can't
        // be too careful" … 10 = "Most people can be trusted": no negative word at the top.
        let safe = labelled(&[("1", "Very safe"), ("2", "Safe"), ("3", "Unsafe"), ("4", "Very unsafe")]);
        assert_eq!(
            reversed_poles(&safe, 1.0, 4.0),
            Some(("Very safe".to_string(), "Very unsafe".to_string()))
        );
        let agree = labelled(&[("1", "Strongly disagree"), ("5", "Strongly agree")]);
        assert_eq!(reversed_poles(&agree, 1.0, 5.0), None);
        let fr = labelled(&[("1", "Tout à fait d'accord"), ("4", "Pas du tout d'accord")]);
        assert!(reversed_poles(&fr, 1.0, 4.0).is_some());
        assert_eq!(reversed_poles(&labelled(&[]), 1.0, 4.0), None);
    }

    #[test]
    fn sentinels_and_dont_know_labels_are_proposed_as_missing_codes() {
        // Eurobarometer: 0/1 answers with 99997 (don't know) and 99999 (not asked).
        let eb = seen_of(&["0", "1", "1", "99997", "0", "99999"]);
        assert_eq!(sentinels(&eb, &labelled(&[])), vec!["99997", "99999"]);
        // 98 beside answers up to 10 (ESS-style don't know), but not 97 beside answers up to 50.
        let scale = seen_of(&["0", "10", "98"]);
        assert_eq!(sentinels(&scale, &labelled(&[])), vec!["98"]);
        let pct = seen_of(&["12", "97", "50"]);
        assert!(sentinels(&pct, &labelled(&[])).is_empty());
        // Labelled codes.
        let dk = labelled(&[("1", "Yes"), ("2", "No"), ("8", "Don't know"), ("9", "Refusal")]);
        assert_eq!(sentinels(&seen_of(&["1", "2"]), &dk), vec!["8", "9"]);
    }
}
