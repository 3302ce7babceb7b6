//! Translations: every word a report shows comes from `reports/i18n/<lang>.toml`.
//!
//! English, French and German are embedded in the binary; any other `<lang>.toml` found at run
//! time in a translation folder (the project's `reports/i18n/`, or `COHESION_I18N_DIR`) adds or
//! overrides a language, so adding a language is adding a file. Nested TOML tables flatten
//! to dotted keys (`[city] title = …` is `city.title`). A key missing from a language falls
//! back to English; a key missing from English shows as the key itself (a bug the tests catch).
//! Placeholders are `{name}`, filled by [`Tr::f`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The embedded translation files.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("en", include_str!("../../reports/i18n/en.toml")),
    ("fr", include_str!("../../reports/i18n/fr.toml")),
    ("de", include_str!("../../reports/i18n/de.toml")),
];

/// Translations of one language with the English fallback.
#[derive(Debug, Clone)]
pub struct Tr {
    lang: String,
    map: BTreeMap<String, String>,
    en: BTreeMap<String, String>,
}

/// Flatten a TOML document into dotted keys; non-string values are ignored.
pub fn flatten(src: &str) -> Result<BTreeMap<String, String>, String> {
    let table: toml::Table = src.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut out = BTreeMap::new();
    walk("", &table, &mut out);
    Ok(out)
}

fn walk(prefix: &str, t: &toml::Table, out: &mut BTreeMap<String, String>) {
    for (k, v) in t {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(sub) => walk(&key, sub, out),
            _ => {}
        }
    }
}

fn embedded_map(lang: &str) -> BTreeMap<String, String> {
    EMBEDDED
        .iter()
        .find(|(l, _)| *l == lang)
        .and_then(|(_, src)| flatten(src).ok())
        .unwrap_or_default()
}

/// Folders searched for extra `<lang>.toml` files: `COHESION_I18N_DIR`, then the project's
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

impl Tr {
    /// The embedded translations of `lang` (English fallback).
    pub fn embedded(lang: &str) -> Tr {
        Tr {
            lang: lang.to_string(),
            map: embedded_map(lang),
            en: embedded_map("en"),
        }
    }

    /// `lang` from the embedded files, overridden by the extra `(<lang>.toml, text)` files in
    /// order (later wins; an extra `en.toml` also overrides the English fallback). Returns the
    /// translations and a warning per file that could not be read.
    pub fn load(lang: &str, files: &[(String, String)]) -> (Tr, Vec<String>) {
        let mut tr = Tr::embedded(lang);
        let mut warnings = Vec::new();
        for (name, text) in files {
            let target = if name == &format!("{lang}.toml") {
                false
            } else if name == "en.toml" {
                true
            } else {
                continue;
            };
            match flatten(text) {
                Ok(m) if target => tr.en.extend(m),
                Ok(m) => tr.map.extend(m),
                Err(e) => warnings.push(format!("reports/i18n/{name}: {e}")),
            }
        }
        if lang == "en" {
            let en = tr.map.clone();
            tr.en.extend(en);
        }
        if tr.map.is_empty() && lang != "en" {
            warnings.push(format!(
                "no translation file for language `{lang}`; its reports use English (add reports/i18n/{lang}.toml)"
            ));
        }
        (tr, warnings)
    }

    /// The language code (for `<html lang>`).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The text of `key` (English fallback; the key itself if unknown).
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.map
            .get(key)
            .or_else(|| self.en.get(key))
            .map(String::as_str)
            .unwrap_or(key)
    }

    /// The text of `key`, if any language defines it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.map.get(key).or_else(|| self.en.get(key)).map(String::as_str)
    }

    /// The text of `key` with `{name}` placeholders filled.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// Keys English has and this language lacks.
    pub fn missing(&self) -> Vec<String> {
        self.en.keys().filter(|k| !self.map.contains_key(*k)).cloned().collect()
    }
}

/// Replace `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse() {
        for (lang, src) in EMBEDDED {
            assert!(flatten(src).is_ok(), "{lang}.toml does not parse");
        }
    }

    #[test]
    fn every_embedded_language_is_complete() {
        for (lang, _) in EMBEDDED.iter().skip(1) {
            let tr = Tr::embedded(lang);
            assert_eq!(tr.missing(), Vec::<String>::new(), "keys missing from {lang}.toml");
        }
    }

    #[test]
    fn placeholders_match_english() {
        let en = flatten(EMBEDDED[0].1).expect("en");
        for (lang, src) in EMBEDDED.iter().skip(1) {
            let other = flatten(src).expect("parse");
            for (k, v) in &other {
                let Some(e) = en.get(k) else {
                    panic!("{lang}.toml has key `{k}` that en.toml lacks");
                };
                for p in placeholders(e) {
                    assert!(v.contains(&p), "{lang}.toml `{k}` lacks placeholder {p}");
                }
            }
        }
    }

    fn placeholders(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = s;
        while let Some(i) = rest.find('{') {
            if let Some(j) = rest[i..].find('}') {
                out.push(rest[i..i + j + 1].to_string());
                rest = &rest[i + j + 1..];
            } else {
                break;
            }
        }
        out
    }

    #[test]
    fn fallback_to_english() {
        let xx = Tr::embedded("xx");
        assert_eq!(xx.t("number.decimal"), ".");
        assert_eq!(xx.t("no.such.key"), "no.such.key");
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    }
}
