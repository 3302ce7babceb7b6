//! Translations: every word a report shows comes from `reports/i18n/<lang>.ftl`, a
//! [Project Fluent](https://projectfluent.org/) file read by `fluent-bundle`.
//!
//! English, French and German are embedded in the binary; any other `<lang>.ftl` found at run
//! time in a translation folder (the project's `reports/i18n/`, or `COHESION_I18N_DIR`) adds or
//! overrides a language, so adding a language is adding a file. A message missing from a
//! language falls back to English; one missing from English shows as its key (a bug the tests
//! catch).
//!
//! Keys in the code are dotted (`city.title`); in the files they are Fluent identifiers with
//! `-` for `.` and `_` for a space (`city-title`). Variables are `{ $name }`.
//!
//! Grammar is the translation's business, through Fluent selectors:
//! - a number passed with [`Arg::num`] selects a CLDR plural category (`[one]`, `[other]` …)
//!   with its visible decimals, so French says "0,1 point" and "2 points", German "1 Punkt"
//!   and "1,0 Punkte", English "1 point" and "1.0 points";
//! - every text argument `x` comes with `x_vowel` (`yes` | `no`: does it start with a vowel
//!   or a mute h?), so French can elide: `{ $first_vowel -> [yes] d'{ $first } *[no] de { $first } }`.
//!
//! Numbers passed with [`Arg::num`] are written in the language's own style (`number-decimal`,
//! `number-group`, true minus), exactly as [`super::format::Fmt::num`] writes them.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// The embedded translation files.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("en", include_str!("../../reports/i18n/en.ftl")),
    ("fr", include_str!("../../reports/i18n/fr.ftl")),
    ("de", include_str!("../../reports/i18n/de.ftl")),
    ("it", include_str!("../../reports/i18n/it.ftl")),
    ("es", include_str!("../../reports/i18n/es.ftl")),
    ("pt", include_str!("../../reports/i18n/pt.ftl")),
];

/// Private-use marks the number formatter writes for the decimal and group separators; [`Tr`]
/// replaces them with the language's own (the formatter callback cannot know the language's file).
const DECIMAL_MARK: char = '\u{E000}';
const GROUP_MARK: char = '\u{E001}';

/// One argument of a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text shown as is (already formatted numbers, names).
    Text(Cow<'a, str>),
    /// A number shown with `decimals` decimals, selecting a plural category.
    Num(f64, usize),
}

impl<'a> Arg<'a> {
    /// A text argument.
    pub fn text(s: impl Into<Cow<'a, str>>) -> Arg<'a> {
        Arg::Text(s.into())
    }
    /// A number with `decimals` decimals (plural category from the number as shown).
    pub fn num(v: f64, decimals: usize) -> Arg<'a> {
        Arg::Num(v, decimals)
    }
    /// A whole count.
    pub fn count(n: u64) -> Arg<'a> {
        Arg::Num(n as f64, 0)
    }
}

/// The Fluent identifier of a dotted key, or `None` when the key cannot be one (e.g. a
/// data-derived group value like `15–29`).
pub fn fluent_id(key: &str) -> Option<String> {
    let id: String = key
        .chars()
        .map(|c| {
            if c == '.' {
                '-'
            } else if c == ' ' {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut chars = id.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).then_some(id)
}

/// The messages of a Fluent file with the variables each references (through selectors too).
pub fn messages(src: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let res = FluentResource::try_new(src.to_string())
        .map_err(|(_, errs)| errs.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; "))?;
    let mut out = BTreeMap::new();
    for entry in res.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    Ok(out)
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Folders searched for extra `<lang>.ftl` files: `COHESION_I18N_DIR`, then the project's
/// `reports/i18n/`.
pub fn search_dirs(project_dir: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Ok(d) = std::env::var("COHESION_I18N_DIR") {
        dirs.push(PathBuf::from(d));
    }
    if let Some(p) = project_dir {
        dirs.push(p.join("reports").join("i18n"));
    }
    dirs
}

/// Formats `FluentValue::Number`s: digits with private-use separator marks, true minus.
fn number_formatter<M>(v: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let decimals = n.options.minimum_fraction_digits.unwrap_or(0);
    Some(format_number(n.value, decimals, DECIMAL_MARK, GROUP_MARK))
}

/// `v` with `decimals` decimals, digits grouped by three from four digits on (CLDR's minimum
/// grouping digits is 1 for en, fr and de: "1,411", "1 411"), a true minus (never "−0").
pub fn format_number(
    v: f64,
    decimals: usize,
    decimal: impl std::fmt::Display,
    group: impl std::fmt::Display,
) -> String {
    format_number_from(v, decimals, decimal, group, 4)
}

/// [`format_number`] with grouping from `group_from` integer digits on (the language's
/// `number-group_min_digits`: 4 for most languages, 5 where CLDR's minimum grouping digits is 2,
/// as in Spanish and European Portuguese: "1411" but "11 419").
pub fn format_number_from(
    v: f64,
    decimals: usize,
    decimal: impl std::fmt::Display,
    group: impl std::fmt::Display,
    group_from: usize,
) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) && digits.len() >= group_from.max(4) {
            out.push_str(&group.to_string());
        }
        out.push(*c);
    }
    if let Some(f) = frac {
        out.push_str(&decimal.to_string());
        out.push_str(f);
    }
    out
}

/// Drop the group marks of numbers with fewer than `group_from` integer digits (the Fluent
/// number formatter groups from four digits on; it cannot know the language).
fn ungroup_short(text: &str, group_from: usize) -> String {
    if group_from <= 4 || !text.contains(GROUP_MARK) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // An integer part: digits and group marks.
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == GROUP_MARK) {
            i += 1;
        }
        let run = &chars[start..i];
        let n_digits = run.iter().filter(|c| c.is_ascii_digit()).count();
        out.extend(run.iter().filter(|&&c| c != GROUP_MARK || n_digits >= group_from));
    }
    out
}

/// Does `s` start with a vowel or a (mute) h, for elision selectors?
fn starts_with_vowel(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| {
        let l: String = c.to_lowercase().collect();
        "aàâäeéèêëiîïoôöuùûüyœæh".contains(l.as_str())
    })
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: &str, sources: &[&str], warnings: &mut Vec<String>, names: &[String]) -> Bundle {
    // `pt` is European Portuguese here (the Portuguese ICC network): CLDR's `pt` plural rule is
    // Brazil's ("0 cidade", "1,5 ponto"), `pt-PT` has `one` for a whole 1 only.
    let tag = if lang == "pt" { "pt-PT" } else { lang };
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b.set_formatter(Some(number_formatter));
    for (i, src) in sources.iter().enumerate() {
        match FluentResource::try_new(src.to_string()) {
            Ok(r) => b.add_resource_overriding(r),
            Err((r, errs)) => {
                let name = names.get(i).map(String::as_str).unwrap_or("embedded");
                warnings.push(format!(
                    "reports/i18n/{name}: {} syntax error(s), first: {:?}",
                    errs.len(),
                    errs.first()
                ));
                b.add_resource_overriding(r);
            }
        }
    }
    b
}

/// Translations of one language with the English fallback.
#[derive(Clone)]
pub struct Tr {
    lang: String,
    bundles: Arc<[Bundle; 2]>,
    /// Messages without variables, resolved once (key in code form → text).
    plain: BTreeMap<String, String>,
    /// Message ids English has and this language's files lack.
    missing: Vec<String>,
    decimal: String,
    group: String,
    /// Integer digits from which numbers are grouped (`number-group_min_digits`, default 4).
    group_from: usize,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tr").field("lang", &self.lang).finish()
    }
}

fn embedded_src(lang: &str) -> Option<&'static str> {
    EMBEDDED.iter().find(|(l, _)| *l == lang).map(|(_, s)| *s)
}

impl Tr {
    /// The embedded translations of `lang` (English fallback).
    pub fn embedded(lang: &str) -> Tr {
        Tr::load(lang, &[]).0
    }

    /// `lang` from the embedded files, overridden by the extra `(<lang>.ftl, text)` files in
    /// order (later wins; an extra `en.ftl` also overrides the English fallback). Returns the
    /// translations and a warning per file that could not be read.
    pub fn load(lang: &str, files: &[(String, String)]) -> (Tr, Vec<String>) {
        let mut warnings = Vec::new();
        let mut own: Vec<&str> = embedded_src(lang).into_iter().collect();
        let mut own_names: Vec<String> = own.iter().map(|_| format!("{lang}.ftl (embedded)")).collect();
        let mut en: Vec<&str> = vec![embedded_src("en").unwrap_or("")];
        let mut en_names = vec!["en.ftl (embedded)".to_string()];
        for (name, text) in files {
            if name == &format!("{lang}.ftl") {
                own.push(text);
                own_names.push(name.clone());
            }
            if name == "en.ftl" && lang != "en" {
                en.push(text);
                en_names.push(name.clone());
            }
        }
        if own.is_empty() && lang != "en" {
            warnings.push(format!(
                "no translation file for language `{lang}`; its reports use English (add reports/i18n/{lang}.ftl)"
            ));
        }
        let own_ids: BTreeSet<String> = own
            .iter()
            .filter_map(|s| messages(s).ok())
            .flat_map(|m| m.into_keys())
            .collect();
        let en_ids: BTreeSet<String> = en
            .iter()
            .filter_map(|s| messages(s).ok())
            .flat_map(|m| m.into_keys())
            .collect();
        let missing = en_ids.difference(&own_ids).cloned().collect();
        let bundles = Arc::new([
            bundle(lang, &own, &mut warnings, &own_names),
            bundle("en", &en, &mut warnings, &en_names),
        ]);
        let mut tr = Tr {
            lang: lang.to_string(),
            bundles,
            plain: BTreeMap::new(),
            missing,
            decimal: ".".into(),
            group: ",".into(),
            group_from: 4,
        };
        let mut plain = BTreeMap::new();
        for id in own_ids.iter().chain(en_ids.iter()) {
            if plain.contains_key(id) {
                continue;
            }
            if let Some(text) = tr.format(id, None) {
                plain.insert(id.clone(), text);
            }
        }
        tr.plain = plain;
        tr.decimal = tr.t("number.decimal").to_string();
        tr.group = tr.t("number.group").to_string();
        tr.group_from = tr.t("number.group_min_digits").parse().unwrap_or(4);
        (tr, warnings)
    }

    /// Format message `id` (Fluent form) from the first bundle that has it; `None` when no
    /// bundle has it or (without arguments) it needs variables.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        for b in self.bundles.iter() {
            let Some(msg) = b.get_message(id) else {
                continue;
            };
            let pattern = msg.value()?;
            let mut errors = vec![];
            let text = b.format_pattern(pattern, args, &mut errors);
            if args.is_none() && !errors.is_empty() {
                return None;
            }
            return Some(
                ungroup_short(&text, self.group_from)
                    .replace(DECIMAL_MARK, &self.decimal)
                    .replace(GROUP_MARK, &self.group),
            );
        }
        None
    }

    /// The language code (for `<html lang>`).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text of `key` (English fallback; the key itself if unknown or if the message needs
    /// arguments).
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.get(key).unwrap_or(key)
    }

    /// The text of `key`, if any language defines it (and it needs no arguments).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.plain.get(&fluent_id(key)?).map(String::as_str)
    }

    /// The text of `key` with text arguments. An argument that is a number as this language
    /// writes it ("4 812", "−0,4") is passed as that number with its visible decimals, so it
    /// selects a plural category exactly as CLDR defines the operands (from the digits shown)
    /// and prints unchanged.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(k, v)| (*k, self.shown_number(v).unwrap_or_else(|| Arg::text(*v))))
            .collect();
        self.fa(key, &args)
    }

    /// `s` as a number if it is one exactly as [`format_number`] writes it in this language.
    fn shown_number(&self, s: &str) -> Option<Arg<'static>> {
        if s.is_empty() || s.len() > 40 {
            return None;
        }
        let plain: String = s
            .replace(self.group.as_str(), "")
            .replace(self.decimal.as_str(), ".")
            .replace('−', "-");
        if !plain.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-') {
            return None;
        }
        let v: f64 = plain.parse().ok()?;
        let decimals = plain.split_once('.').map_or(0, |(_, f)| f.len());
        (format_number_from(v, decimals, &self.decimal, &self.group, self.group_from) == s)
            .then_some(Arg::Num(v, decimals))
    }

    /// The text of `key` with typed arguments (numbers select plural forms).
    pub fn fa(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(id) = fluent_id(key) else {
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (name, a) in args {
            match a {
                Arg::Text(s) => {
                    fargs.set(format!("{name}_vowel"), if starts_with_vowel(s) { "yes" } else { "no" });
                    fargs.set(*name, s.to_string());
                }
                Arg::Num(v, d) => {
                    let shown: f64 = format!("{:.*}", d, v).parse().unwrap_or(*v);
                    let opts = FluentNumberOptions {
                        minimum_fraction_digits: Some(*d),
                        maximum_fraction_digits: Some(*d),
                        ..Default::default()
                    };
                    fargs.set(*name, FluentValue::Number(FluentNumber::new(shown, opts)));
                }
            }
        }
        self.format(&id, Some(&fargs)).unwrap_or_else(|| key.to_string())
    }

    /// Message ids (Fluent form) English has and this language lacks.
    pub fn missing(&self) -> Vec<String> {
        self.missing.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse() {
        for (lang, src) in EMBEDDED {
            if let Err(e) = messages(src) {
                panic!("{lang}.ftl does not parse: {e}");
            }
        }
    }

    #[test]
    fn every_embedded_language_is_complete() {
        for (lang, _) in EMBEDDED.iter().skip(1) {
            let tr = Tr::embedded(lang);
            assert_eq!(tr.missing(), Vec::<String>::new(), "messages missing from {lang}.ftl");
        }
    }

    #[test]
    fn variables_match_english() {
        let en = messages(EMBEDDED[0].1).expect("en");
        for (lang, src) in EMBEDDED.iter().skip(1) {
            for (id, vars) in messages(src).expect("parse") {
                let Some(e) = en.get(&id) else {
                    panic!("{lang}.ftl has message `{id}` that en.ftl lacks");
                };
                for v in e {
                    assert!(vars.contains(v), "{lang}.ftl `{id}` lacks variable ${v}");
                }
            }
        }
    }

    #[test]
    fn fallback_to_english() {
        let xx = Tr::embedded("xx");
        assert_eq!(xx.t("number.decimal"), ".");
        assert_eq!(xx.t("no.such.key"), "no.such.key");
        assert_eq!(fluent_id("city.title").as_deref(), Some("city-title"));
        assert_eq!(fluent_id("group.age_band.15–29"), None);
    }

    /// CLDR cardinal plural rules (Unicode CLDR 44, via intl_pluralrules): English and German
    /// "one" is i = 1 and v = 0; French "one" is i = 0,1 — so a number shown with a decimal
    /// is plural in English and German but singular below 2 in French.
    /// CLDR 44 minimumGroupingDigits: 1 for en/fr/de/it (group from 4 digits), 2 for es and
    /// pt-PT (from 5 digits: "1411", "11.419").
    #[test]
    fn grouping_starts_where_the_language_says() {
        assert_eq!(format_number_from(1411.0, 0, ",", ".", 5), "1411");
        assert_eq!(format_number_from(11419.0, 0, ",", ".", 5), "11.419");
        assert_eq!(format_number_from(-1234.5, 1, ",", ".", 5), "−1234,5");
        assert_eq!(format_number_from(1411.0, 0, ".", ",", 4), "1,411");
        let g = GROUP_MARK;
        assert_eq!(
            ungroup_short(&format!("1{g}411 of 11{g}419, 1{g}234{g}567 and 2024"), 5),
            format!("1411 of 11{g}419, 1{g}234{g}567 and 2024")
        );
        assert_eq!(ungroup_short(&format!("1{g}411"), 4), format!("1{g}411"));
    }

    #[test]
    fn plural_forms_follow_cldr() {
        let cases = [
            ("en", 1.0, 0, "1 point"),
            ("en", 1.0, 1, "1.0 points"),
            ("en", 2.0, 0, "2 points"),
            ("fr", 1.0, 0, "1 point"),
            ("fr", 0.1, 1, "0,1 point"),
            ("fr", 1.5, 1, "1,5 point"),
            ("fr", 2.0, 0, "2 points"),
            // CLDR 44: it, es and pt-PT have `one` for a whole 1 only (pt-BR would say "0 ponto").
            ("it", 1.0, 0, "1 punto"),
            ("it", 1.0, 1, "1,0 punti"),
            ("es", 1.0, 0, "1 punto"),
            ("es", 0.5, 1, "0,5 puntos"),
            ("pt", 1.0, 0, "1 ponto"),
            ("pt", 0.0, 0, "0 pontos"),
            ("pt", 1.5, 1, "1,5 pontos"),
            ("fr", -0.4, 1, "−0,4 point"),
            ("de", 1.0, 0, "1 Punkt"),
            ("de", 1.0, 1, "1,0 Punkte"),
            ("de", 2.0, 0, "2 Punkte"),
        ];
        for (lang, v, d, want) in cases {
            let tr = Tr::embedded(lang);
            let shown = format_number(v, d, tr.t("number.decimal"), tr.t("number.group"));
            let got = format!("{shown} {}", tr.fa("unit.points", &[("n", Arg::num(v, d))]));
            assert_eq!(got, want, "{lang} {v} with {d} decimals");
        }
        // A number already written in the language's style selects by its visible digits.
        let de = Tr::embedded("de");
        assert_eq!(de.f("common.n_cities", &[("n", "1")]), "1 Stadt.");
        assert_eq!(
            de.f("common.n_cities", &[("n", "40\u{202F}297")]),
            "40\u{202F}297 Städte."
        );
        let fr = Tr::embedded("fr");
        assert_eq!(fr.f("city.gaps_note", &[("n", "1")]), "1 répondant dans la vague.");
        assert_eq!(fr.f("city.gaps_note", &[("n", "513")]), "513 répondants dans la vague.");
    }

    #[test]
    fn french_elides_before_a_vowel() {
        let fr = Tr::embedded("fr");
        let s = |first: &str| {
            fr.f(
                "chart.trend_subtitle",
                &[
                    ("city", "Lyon"),
                    ("waves", "5"),
                    ("n", "900"),
                    ("first", first),
                    ("last", "mai 2024"),
                ],
            )
        };
        assert!(s("août 2020").contains("d’août 2020 à mai 2024"), "{}", s("août 2020"));
        assert!(s("avril 2020").contains("d’avril 2020"), "{}", s("avril 2020"));
        assert!(s("mars 2020").contains("de mars 2020"), "{}", s("mars 2020"));
    }
}
