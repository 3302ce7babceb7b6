//! `survey.toml`: the manifest of one survey or barometer wave (docs/INPUTS.md, contract).
//!
//! Parsing and checks that need only the manifest itself (and the question bank and city
//! list). Checks against the data file's header happen in `ingest::survey`, which reports
//! them at the manifest position kept here in [`ColumnRef::at`].

use super::coding::{Bands, Code, ColumnLabels, CsvFormat, FileLabels, code_in_column, list_codes};
use super::{Literal, days_from_civil, parse_toml};
use crate::config::bank::QuestionBank;
use crate::diag::{Owner, Problem, Problems, line_col};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The standard subgroup dimensions a manifest may map local columns onto.
pub const GROUP_DIMS: [&str; 4] = ["migrant_background", "age_band", "gender", "neighbourhood"];
/// Fieldwork modes (docs/INPUTS.md).
pub const MODES: [&str; 5] = ["online", "phone", "face_to_face", "paper", "mixed"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    city: Option<Spanned<String>>,
    #[serde(default)]
    wave: Option<Spanned<String>>,
    #[serde(default)]
    fieldwork_start: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    fieldwork_end: Option<Spanned<toml::value::Datetime>>,
    // --- a long file: many cities and/or waves in one file ---
    #[serde(default)]
    city_column: Option<Spanned<String>>,
    #[serde(default)]
    cities: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    wave_column: Option<Spanned<String>>,
    #[serde(default)]
    waves: Option<Spanned<BTreeMap<String, RawWaveEntry>>>,
    file: Spanned<String>,
    respondent_id: Spanned<String>,
    #[serde(default)]
    weight: Option<Spanned<toml::Value>>,
    #[serde(default)]
    strata: Option<Spanned<String>>,
    #[serde(default)]
    psu: Option<Spanned<String>>,
    #[serde(default)]
    mode: Option<Spanned<String>>,
    #[serde(default)]
    series_version: Option<String>,
    #[serde(default)]
    series_continuous: bool,
    // --- weighting to population margins ---
    #[serde(default)]
    calibrate: Option<Spanned<RawCalibrate>>,
    #[serde(default)]
    replicate_weights: Option<Spanned<RawReplicates>>,
    #[serde(default)]
    delimiter: Option<Spanned<String>>,
    #[serde(default)]
    decimal: Option<Spanned<String>>,
    #[serde(default)]
    encoding: Option<Spanned<String>>,
    #[serde(default)]
    missing_codes: Vec<Literal>,
    #[serde(default)]
    groups: BTreeMap<Spanned<String>, RawGroup>,
    items: BTreeMap<Spanned<String>, RawItem>,
}

/// One entry of a long file's `[waves]` table: `9 = { wave = "ESS9", fieldwork_start = …, … }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWaveEntry {
    wave: Spanned<String>,
    fieldwork_start: Spanned<toml::value::Datetime>,
    fieldwork_end: Spanned<toml::value::Datetime>,
    #[serde(default)]
    mode: Option<Spanned<String>>,
    #[serde(default)]
    series_version: Option<String>,
}

/// `calibrate = { margins = "margins.csv", by = ["age_band", "gender"], method = "rake" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalibrate {
    margins: Spanned<String>,
    by: Spanned<Vec<String>>,
    #[serde(default)]
    method: Option<Spanned<String>>,
}

/// `replicate_weights = { columns = "rw*", type = "jk1", scale = …, rscales = …, mse = …, rho = … }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReplicates {
    columns: Spanned<toml::Value>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    #[serde(default)]
    scale: Option<Spanned<Literal>>,
    #[serde(default)]
    rscales: Option<Spanned<toml::Value>>,
    #[serde(default)]
    mse: Option<bool>,
    #[serde(default)]
    rho: Option<Spanned<Literal>>,
}

/// The wave's own replicate-weight columns (`replicate_weights`, docs/INPUTS.md), with R
/// `svrepdesign` meanings: the columns hold replicate *analysis* weights (R's default
/// `combined.weights = TRUE`), and the variance of a statistic θ is
/// `scale · Σ_r rscales_r (θ_r − θ̄)²` (θ̄ = the full-sample θ when `mse`).
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicateSpec {
    /// Column names or glob patterns (`*` any run of characters, `?` one character), in the
    /// order given; the replicates are the matched columns in that order (a pattern's
    /// matches in the data file's order).
    pub columns: Vec<String>,
    /// Where `columns` is in the manifest (line, column).
    pub columns_at: (usize, usize),
    /// Kind of replicate weights.
    pub kind: crate::vocab::ReplicateKind,
    /// `scale`, when given (else R's default for the kind, see [`ReplicateSpec::scales`]).
    pub scale: Option<f64>,
    /// `rscales`, when given: one number (used for every replicate) or one per replicate.
    pub rscales: Option<Vec<f64>>,
    /// Where `rscales` is in the manifest (or the whole key when it is absent).
    pub rscales_at: (usize, usize),
    /// Centre the variance on the full-sample estimate (R `mse = TRUE`); default false, as
    /// R's `getOption("survey.replicates.mse")`.
    pub mse: bool,
    /// Fay's factor (type `fay` only).
    pub rho: Option<f64>,
}

impl ReplicateSpec {
    /// The header columns the replicate weights are in, as indices into `header`, in
    /// replicate order; `Err` says what is wrong (a name or pattern matching no column, a
    /// column matched twice, fewer than two replicates, an `rscales` list of another length).
    pub fn resolve(&self, header: &[String]) -> Result<Vec<usize>, String> {
        let mut out: Vec<usize> = Vec::new();
        for pat in &self.columns {
            let hits: Vec<usize> = header
                .iter()
                .enumerate()
                .filter(|(_, h)| glob_match(pat, h))
                .map(|(i, _)| i)
                .collect();
            if hits.is_empty() {
                let what = if is_glob(pat) { "pattern" } else { "column" };
                return Err(format!(
                    "replicate_weights: {what} `{pat}` matches no column of the data file (its columns are: {})",
                    header.join(", ")
                ));
            }
            for i in hits {
                if out.contains(&i) {
                    return Err(format!(
                        "replicate_weights: column `{}` is matched twice; each replicate must be named once",
                        header[i]
                    ));
                }
                out.push(i);
            }
        }
        if out.len() < 2 {
            return Err(format!(
                "replicate_weights: `{}` matches {} column; a replicate variance needs at least two replicate columns",
                self.columns.join("`, `"),
                out.len()
            ));
        }
        if let Some(r) = &self.rscales
            && r.len() != 1
            && r.len() != out.len()
        {
            return Err(format!(
                "replicate_weights: `rscales` has {} numbers but there are {} replicate columns ({}); give one number, or one per replicate column in that order",
                r.len(),
                out.len(),
                short_list(out.iter().map(|&i| header[i].as_str()))
            ));
        }
        Ok(out)
    }

    /// (scale, rscales) for `replicates` replicate columns, with R `svrepdesign`'s defaults
    /// where the manifest gives none: bootstrap scale 1/(R − 1); BRR 1/R; Fay 1/(R(1 − ρ)²);
    /// JK1 (R − 1)/R (R's guess n = R, right when each replicate deletes one PSU); JKn scale
    /// 1 with the rscales the manifest must give; rscales 1 otherwise. A single `rscales`
    /// number is used for every replicate.
    pub fn scales(&self, replicates: usize) -> (f64, Vec<f64>) {
        use crate::vocab::ReplicateKind as K;
        let r = replicates as f64;
        let default = match self.kind {
            K::Bootstrap => 1.0 / (r - 1.0),
            K::Brr => 1.0 / r,
            K::Fay => 1.0 / (r * (1.0 - self.rho.unwrap_or(0.0)).powi(2)),
            K::Jk1 => (r - 1.0) / r,
            K::Jkn => 1.0,
        };
        let rscales = match self.rscales.as_deref() {
            Some([one]) => vec![*one; replicates],
            Some(v) => v.to_vec(),
            None => vec![1.0; replicates],
        };
        (self.scale.unwrap_or(default), rscales)
    }
}

/// True when a `columns` entry is a pattern rather than a column name.
fn is_glob(p: &str) -> bool {
    p.contains(['*', '?'])
}

/// Glob match of a whole column name: `*` matches any run of characters (also none), `?`
/// exactly one; everything else literally.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    let (mut pi, mut ni, mut star, mut mark) = (0, 0, None, 0);
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ni;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ni = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// "a, b, c … z" for a long list of names.
fn short_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = names.collect();
    if v.len() <= 6 {
        v.join(", ")
    } else {
        format!("{}, … {}", v[..3].join(", "), v[v.len() - 1])
    }
}

/// Weighting to population margins: raking on the named group dimensions.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibrate {
    /// The margins file (dimension, value, population), next to the manifest.
    pub margins: PathBuf,
    /// Group dimensions raked on, in order (each declared in `[groups]`).
    pub by: Vec<String>,
    /// Where `calibrate` is in the manifest (line, column).
    pub at: (usize, usize),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    column: Spanned<String>,
    #[serde(default)]
    map: Option<BTreeMap<String, String>>,
    #[serde(default)]
    bands: Option<Spanned<Vec<Spanned<Literal>>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    column: Spanned<String>,
    scale: Spanned<Vec<Literal>>,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    map: Option<Spanned<BTreeMap<String, Spanned<Literal>>>>,
    #[serde(default)]
    agree: Option<Spanned<Vec<Literal>>>,
    #[serde(default)]
    missing_codes: Option<Spanned<Vec<Literal>>>,
}

/// Survey or barometer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A city population survey.
    Survey,
    /// A barometer wave.
    Barometer,
}

impl Kind {
    /// Contract spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Survey => "survey",
            Kind::Barometer => "barometer",
        }
    }
}

/// A column named in the manifest, with where it was named (for "not in the data file").
#[derive(Debug, Clone)]
pub struct ColumnRef {
    /// Column name in the data file.
    pub name: String,
    /// (line, col) of the name in the manifest.
    pub at: (usize, usize),
}

/// The placeholders `cohesion init --from` leaves in a draft: every `"TODO"` string value (and
/// a bare key `TODO`) outside comments, as (line, column, key), the key as written before its
/// `=` (with the inline-table key inside it, e.g. `migrant_background.YES`).
pub fn draft_placeholders(src: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        // The part before a comment: a `#` outside a string.
        let (mut in_str, mut esc, mut end) = (false, false, line.len());
        for (i, ch) in line.char_indices() {
            match ch {
                '\\' if in_str => esc = !esc,
                '"' if !esc => in_str = !in_str,
                '#' if !in_str => {
                    end = i;
                    break;
                }
                _ => esc = false,
            }
            if ch != '\\' {
                esc = false;
            }
        }
        let code = &line[..end];
        let outer = code.split('=').next().unwrap_or("").trim().trim_matches('"');
        if outer == "TODO" {
            out.push((n + 1, code.find("TODO").unwrap_or(0) + 1, "TODO".to_string()));
            continue;
        }
        for (i, _) in code.match_indices("\"TODO\"") {
            let before = &code[..i];
            let Some(eq) = before.rfind('=') else { continue };
            let inner = before[..eq]
                .rsplit(['{', ','])
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches('"');
            let key = if inner.is_empty() || inner == outer {
                outer.to_string()
            } else {
                format!("{outer}.{inner}")
            };
            out.push((n + 1, i + 1, key));
        }
    }
    out
}

/// A wave of a long file (`[waves]` entry): its label, fieldwork, mode and series version.
#[derive(Debug, Clone)]
pub struct WaveEntry {
    /// Wave label.
    pub wave: String,
    /// Fieldwork start, days since epoch.
    pub fieldwork_start: i32,
    /// Fieldwork end, days since epoch.
    pub fieldwork_end: i32,
    /// Fieldwork mode (the manifest's `mode` when the entry gives none).
    pub mode: Option<crate::vocab::Mode>,
    /// Series version (the manifest's when the entry gives none).
    pub series_version: Option<String>,
}

/// A file holding many cities and/or waves (docs/INPUTS.md "Long files"): the column whose
/// value says the city (with the value → city map) and the column whose value says the wave
/// (with the value → wave table). Rows whose value is in neither map are left out (counted).
#[derive(Debug, Clone, Default)]
pub struct LongFile {
    /// `city_column` and `cities` (value → city), when the file holds many cities.
    pub cities: Option<(ColumnRef, Vec<(Code, String)>)>,
    /// `wave_column` and `[waves]` (value → wave), when the file holds many waves.
    pub waves: Option<(ColumnRef, Vec<(Code, WaveEntry)>)>,
}

/// A TOML date (no time) as days since the epoch; 0 and a problem otherwise.
fn date(d: &Spanned<toml::value::Datetime>, key: &str, later: &mut Vec<(usize, String)>) -> i32 {
    match d.get_ref().date {
        Some(dt) if d.get_ref().time.is_none() => days_from_civil(dt.year as i64, dt.month as u32, dt.day as u32),
        _ => {
            later.push((d.span().start, format!("`{key}` must be a date like 2023-03-01")));
            0
        }
    }
}

/// A fieldwork mode; `None` and a problem when it is not one of [`MODES`].
fn parse_mode(m: &Spanned<String>, later: &mut Vec<(usize, String)>) -> Option<crate::vocab::Mode> {
    let parsed = crate::vocab::Mode::parse(m.get_ref());
    if parsed.is_none() {
        later.push((
            m.span().start,
            format!("unknown mode `{}`, expected one of {}", m.get_ref(), MODES.join(", ")),
        ));
    }
    parsed
}

/// An id or wave label: not empty, at most [`MAX_LABEL_CHARS`] characters.
fn check_label(key: &str, v: &Spanned<String>, later: &mut Vec<(usize, String)>) {
    let n = v.get_ref().chars().count();
    if v.get_ref().trim().is_empty() {
        later.push((v.span().start, format!("`{key}` must not be empty")));
    } else if n > MAX_LABEL_CHARS {
        later.push((
            v.span().start,
            format!("`{key}` is {n} characters long; at most {MAX_LABEL_CHARS} (it names the wave in every report)"),
        ));
    }
}

/// Lowercase letters and digits, other runs as one `-`: a survey-id part from a city or wave.
fn id_part(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Where a wave's weight comes from (`weight`, docs/INPUTS.md "Weights").
#[derive(Debug, Clone)]
pub enum WeightSpec {
    /// `weight = "pspwght"`: one column.
    Column(ColumnRef),
    /// `weight = ["pspwght", "pweight"]`: the product of the columns (the ESS's cross-country
    /// weight = post-stratification weight × population size weight).
    Product(Vec<ColumnRef>),
    /// `weight = { inverse_of = "prob" }`: 1 / an inclusion probability in (0, 1].
    InverseOf(ColumnRef),
}

impl WeightSpec {
    /// The columns it reads.
    pub fn columns(&self) -> Vec<&ColumnRef> {
        match self {
            WeightSpec::Column(c) | WeightSpec::InverseOf(c) => vec![c],
            WeightSpec::Product(cs) => cs.iter().collect(),
        }
    }

    /// How the weight is made, for notes: "pspwght", "pspwght × pweight", "1 / prob".
    pub fn describe(&self) -> String {
        match self {
            WeightSpec::Column(c) => c.name.clone(),
            WeightSpec::Product(cs) => cs.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(" × "),
            WeightSpec::InverseOf(c) => format!("1 / {}", c.name),
        }
    }
}

/// The `weight` key: a column name, a list of columns to multiply, or `{ inverse_of = … }`.
fn weight_spec(v: &Spanned<toml::Value>, at: (usize, usize)) -> Result<WeightSpec, String> {
    let col = |name: &str| ColumnRef {
        name: name.to_string(),
        at,
    };
    let usage = "write `weight = \"column\"`, `weight = [\"a\", \"b\"]` (their product) or `weight = { inverse_of = \"prob\" }` (1 / an inclusion probability)";
    match v.get_ref() {
        toml::Value::String(s) if !s.trim().is_empty() => Ok(WeightSpec::Column(col(s))),
        toml::Value::Array(a) => {
            let names: Option<Vec<&str>> = a.iter().map(|x| x.as_str().filter(|s| !s.trim().is_empty())).collect();
            match names {
                Some(n) if n.len() >= 2 => Ok(WeightSpec::Product(n.into_iter().map(col).collect())),
                Some(n) if n.len() == 1 => Ok(WeightSpec::Column(col(n[0]))),
                _ => Err(format!("weight: a list must hold two or more column names; {usage}")),
            }
        }
        toml::Value::Table(t) => match (t.get("inverse_of").and_then(|x| x.as_str()), t.len()) {
            (Some(p), 1) if !p.trim().is_empty() => Ok(WeightSpec::InverseOf(col(p))),
            _ => Err(format!(
                "weight: a table takes only `inverse_of` with a column name (keys given: {}); {usage}",
                t.keys().map(String::as_str).collect::<Vec<_>>().join(", ")
            )),
        },
        _ => Err(format!("weight: not a column name; {usage}")),
    }
}

/// How one subgroup dimension is read from a local column.
#[derive(Debug, Clone)]
pub struct GroupSpec {
    /// Standard dimension id.
    pub dim: String,
    /// Local column.
    pub column: ColumnRef,
    /// Local code -> standard value; None = values taken as they are.
    pub map: Option<Vec<(String, String)>>,
    /// Numeric bands (`bands = [15, 30, 45, 65]`): the value is the label of the band the
    /// local number falls in. Never given together with `map`.
    pub bands: Option<Bands>,
}

/// How one local column maps onto a bank item.
#[derive(Debug, Clone)]
pub struct ItemSpec {
    /// Bank item id.
    pub item: String,
    /// Local column.
    pub column: ColumnRef,
    /// Scale minimum (local code).
    pub min: f64,
    /// Scale maximum (local code).
    pub max: f64,
    /// Mirror codes so that higher means more of the item.
    pub reverse: bool,
    /// Value map (`map = { "1" = 1, "2" = 0 }`): local code or label -> code on the scale,
    /// ordered by scale code. With a map, every non-missing cell must be one of its keys.
    pub map: Option<Vec<(Code, f64)>>,
    /// Local codes that count as agreeing, as written in the file (before the map and before
    /// mirroring); None = above the midpoint after mapping and mirroring.
    pub agree: Option<Vec<Code>>,
    /// Codes meaning missing for this item (the manifest's list unless the item gives its own);
    /// numbers or text such as "Don't know".
    pub missing_codes: Vec<Code>,
}

impl ItemSpec {
    /// The item's local mapping (column, scale, reverse, value map, agree codes) as one
    /// comparable string: when it differs between consecutive waves of a city, the indicators
    /// using the item have a series break (docs/METHODS.md). Items without a map keep the signature
    /// they had before value maps existed.
    pub fn mapping_signature(&self) -> String {
        let agree = self.agree.as_ref().map_or("above midpoint".to_string(), |a| {
            a.iter()
                .map(|c| match c.num {
                    Some(v) => v.to_string(),
                    None => c.text.clone(),
                })
                .collect::<Vec<_>>()
                .join(",")
        });
        let map = self.map.as_ref().map_or(String::new(), |m| {
            let pairs: Vec<String> = m.iter().map(|(k, v)| format!("\"{}\" = {v}", k.text)).collect();
            format!(", map {{ {} }}", pairs.join(", "))
        });
        format!(
            "column {}, scale {}–{}{}{map}, agree {}",
            self.column.name,
            self.min,
            self.max,
            if self.reverse { ", reversed" } else { "" },
            agree
        )
    }
}

/// A parsed, checked manifest.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// The manifest file.
    pub path: PathBuf,
    /// The wave folder.
    pub dir: PathBuf,
    /// Unique survey id.
    pub id: String,
    /// (line, col) of the id in the manifest.
    pub id_at: (usize, usize),
    /// (line, col) of the wave label in the manifest.
    pub wave_at: (usize, usize),
    /// Survey or barometer.
    pub kind: Kind,
    /// City (exists in cities.csv).
    pub city: String,
    /// Wave label.
    pub wave: String,
    /// Fieldwork start, days since epoch.
    pub fieldwork_start: i32,
    /// Fieldwork end, days since epoch.
    pub fieldwork_end: i32,
    /// Data file (CSV or XLSX).
    pub file: PathBuf,
    /// How the CSV data file is written (`delimiter`, `decimal`, `encoding`).
    pub csv: CsvFormat,
    /// Position of `file` in the manifest.
    pub file_at: (usize, usize),
    /// Respondent id column.
    pub respondent_id: ColumnRef,
    /// Weight: a column, a product of columns or the inverse of a probability column.
    pub weight: Option<WeightSpec>,
    /// A long file's city and wave columns (`None` for a file of one city and wave). Its
    /// `city`, `wave`, fieldwork and mode are then those of each part ([`Manifest::part`]).
    pub long: Option<LongFile>,
    /// Strata column.
    pub strata: Option<ColumnRef>,
    /// PSU column.
    pub psu: Option<ColumnRef>,
    /// Fieldwork mode, if given.
    pub mode: Option<crate::vocab::Mode>,
    /// Questionnaire or weighting version (`series_version`): a change between consecutive
    /// waves of a city and kind is a series break.
    pub series_version: Option<String>,
    /// `series_continuous = true`: the wave continues the series of its neighbours although
    /// its mode or series_version is unknown where theirs is known (otherwise a possible break).
    pub series_continuous: bool,
    /// Weighting to population margins (`calibrate`), when given.
    pub calibrate: Option<Calibrate>,
    /// The wave's own replicate weights (`replicate_weights`), when given; otherwise
    /// cohesion makes Rao–Wu bootstrap replicates from the design columns.
    pub replicate_weights: Option<ReplicateSpec>,
    /// Codes meaning missing: numbers, or text such as "Don't know".
    pub missing_codes: Vec<Code>,
    /// Subgroup dimensions.
    pub groups: Vec<GroupSpec>,
    /// Items.
    pub items: Vec<ItemSpec>,
}

impl Manifest {
    /// Fieldwork midpoint, days since epoch: the wave's date.
    pub fn midpoint(&self) -> i32 {
        ((self.fieldwork_start as i64 + self.fieldwork_end as i64) / 2) as i32
    }

    /// Read and check a manifest. Problems go to `problems`; None when unusable. `cities` is
    /// None when cities.csv could not be read: the city is then not checked (that problem is
    /// reported once, on cities.csv).
    pub fn load(
        path: &Path,
        bank: &QuestionBank,
        cities: Option<&BTreeSet<String>>,
        problems: &mut Problems,
    ) -> Option<Manifest> {
        Manifest::load_with_labels(path, bank, cities, &|_| FileLabels::new(), problems)
    }

    /// [`Manifest::load`] for a data file that may carry value labels (SPSS, Stata):
    /// `labels_of(file)` gives them, and codes the manifest writes as labels (map keys,
    /// `agree`, missing codes) are read as the labelled codes. A map key or `agree` code that
    /// is text but no label of a labelled column is an error.
    pub fn load_with_labels(
        path: &Path,
        bank: &QuestionBank,
        cities: Option<&BTreeSet<String>>,
        labels_of: &dyn Fn(&Path) -> FileLabels,
        problems: &mut Problems,
    ) -> Option<Manifest> {
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                problems.push(Problem::file(
                    path,
                    format!("cannot read the manifest: {e}"),
                    Owner::Config,
                ));
                return None;
            }
        };
        // A draft's placeholders first: each names its key, and nothing else is checked yet.
        let todos = draft_placeholders(&src);
        if !todos.is_empty() {
            for (line, col, key) in todos {
                problems.push(Problem::at(
                    path,
                    line,
                    col,
                    format!(
                        "`{key}` is still the draft's placeholder \"TODO\": fill it in (docs/INPUTS.md explains every key), or delete the line if it does not apply"
                    ),
                    Owner::Config,
                ));
            }
            return None;
        }
        let raw: Raw = match parse_toml(path, &src, Owner::Config) {
            Ok(r) => r,
            Err(p) => {
                problems.push(p);
                return None;
            }
        };
        let start_problems = problems.len();
        let at = |off: usize| line_col(&src, off);
        let mut bad = |off: usize, msg: String| {
            let (l, c) = at(off);
            problems.push(Problem::at(path, l, c, msg, Owner::Config));
        };
        let col = |s: &Spanned<String>| ColumnRef {
            name: s.get_ref().clone(),
            at: line_col(&src, s.span().start),
        };

        let weight = raw
            .weight
            .as_ref()
            .and_then(|w| match weight_spec(w, at(w.span().start)) {
                Ok(spec) => Some(spec),
                Err(msg) => {
                    bad(w.span().start, msg);
                    None
                }
            });
        let kind = match raw.kind.get_ref().as_str() {
            "survey" => Kind::Survey,
            "barometer" => Kind::Barometer,
            other => {
                bad(
                    raw.kind.span().start,
                    format!("unknown kind `{other}`, expected `survey` or `barometer`"),
                );
                Kind::Survey
            }
        };
        if raw.id.get_ref().trim().is_empty() {
            bad(raw.id.span().start, "`id` must not be empty".into());
        }
        let mut long = LongFile::default();
        // Problems of this part, flushed below (the helpers cannot all borrow `bad`).
        let mut later: Vec<(usize, String)> = Vec::new();
        let mut missing: Vec<String> = Vec::new();
        // --- the city: one, or a column whose values name the cities of a long file ---
        let in_cities = |name: &str| cities.is_none_or(|c| c.contains(name));
        let city = match (&raw.city, &raw.city_column, &raw.cities) {
            (Some(c), None, None) => {
                if !in_cities(c.get_ref()) {
                    later.push((c.span().start, format!("city `{}` is not in cities.csv", c.get_ref())));
                }
                c.get_ref().clone()
            }
            (None, Some(column), Some(map)) => {
                if map.get_ref().is_empty() {
                    later.push((
                        map.span().start,
                        "`cities` is empty: map each value of the city column to a city of cities.csv, e.g. \
                         `cities = { NO = \"Norway\" }`"
                            .into(),
                    ));
                }
                let mut pairs = Vec::new();
                for (code, name) in map.get_ref() {
                    if !in_cities(name) {
                        later.push((
                            map.span().start,
                            format!("cities: `{code}` = `{name}`, which is not in cities.csv"),
                        ));
                    }
                    pairs.push((Code::new(code), name.clone()));
                }
                long.cities = Some((col(column), pairs));
                String::new()
            }
            (None, Some(column), None) => {
                later.push((
                    column.span().start,
                    "`city_column` needs `cities = { value = \"City\", … }`, the city of each value of the column"
                        .into(),
                ));
                String::new()
            }
            (None, None, Some(map)) => {
                later.push((
                    map.span().start,
                    "`cities` needs `city_column`, the column whose values it maps".into(),
                ));
                String::new()
            }
            (Some(c), _, _) => {
                later.push((
                    c.span().start,
                    "give either `city` or `city_column` with `cities` (a file of many cities), not both".into(),
                ));
                c.get_ref().clone()
            }
            (None, None, None) => {
                missing.push(
                    "missing required key `city` (or `city_column` with `cities` for a file that holds many cities)"
                        .into(),
                );
                String::new()
            }
        };
        let mode = raw.mode.as_ref().and_then(|m| parse_mode(m, &mut later));
        // --- the wave: one, or a column whose values name the waves of a long file ---
        if raw.id.get_ref().trim().is_empty() {
            later.push((raw.id.span().start, "`id` must not be empty".into()));
        } else {
            check_label("id", &raw.id, &mut later);
        }
        let (wave, fieldwork_start, fieldwork_end) = match (
            &raw.wave,
            &raw.fieldwork_start,
            &raw.fieldwork_end,
            &raw.wave_column,
            &raw.waves,
        ) {
            (Some(w), Some(a), Some(b), None, None) => {
                check_label("wave", w, &mut later);
                let (x, y) = (
                    date(a, "fieldwork_start", &mut later),
                    date(b, "fieldwork_end", &mut later),
                );
                if y < x {
                    later.push((b.span().start, "`fieldwork_end` is before `fieldwork_start`".into()));
                }
                (w.get_ref().clone(), x, y)
            }
            (None, None, None, Some(column), Some(table)) => {
                if table.get_ref().is_empty() {
                    later.push((
                        table.span().start,
                        "`[waves]` is empty: give each value of the wave column its `wave`, `fieldwork_start` \
                             and `fieldwork_end`"
                            .into(),
                    ));
                }
                let mut entries = Vec::new();
                for (code, e) in table.get_ref() {
                    check_label(&format!("waves.{code}.wave"), &e.wave, &mut later);
                    let x = date(&e.fieldwork_start, &format!("waves.{code}.fieldwork_start"), &mut later);
                    let y = date(&e.fieldwork_end, &format!("waves.{code}.fieldwork_end"), &mut later);
                    if y < x {
                        later.push((
                            e.fieldwork_end.span().start,
                            format!("waves.{code}: `fieldwork_end` is before `fieldwork_start`"),
                        ));
                    }
                    let entry_mode = match &e.mode {
                        Some(m) => parse_mode(m, &mut later),
                        None => mode,
                    };
                    entries.push((
                        Code::new(code),
                        WaveEntry {
                            wave: e.wave.get_ref().clone(),
                            fieldwork_start: x,
                            fieldwork_end: y,
                            mode: entry_mode,
                            series_version: e.series_version.clone().or_else(|| raw.series_version.clone()),
                        },
                    ));
                }
                long.waves = Some((col(column), entries));
                (String::new(), 0, 0)
            }
            (w, a, b, Some(column), Some(_)) => {
                let _ = (w, a, b);
                later.push((
                    column.span().start,
                    "give either `wave` with `fieldwork_start` and `fieldwork_end`, or `wave_column` with \
                         `[waves]` (a file of many waves), not both"
                        .into(),
                ));
                (String::new(), 0, 0)
            }
            (_, _, _, Some(column), None) => {
                later.push((
                    column.span().start,
                    "`wave_column` needs a `[waves]` table: each value of the column with its `wave`, \
                         `fieldwork_start` and `fieldwork_end`"
                        .into(),
                ));
                (String::new(), 0, 0)
            }
            (_, _, _, None, Some(table)) => {
                later.push((
                    table.span().start,
                    "`[waves]` needs `wave_column`, the column whose values it describes".into(),
                ));
                (String::new(), 0, 0)
            }
            (w, a, b, None, None) => {
                let lacking: Vec<String> = [
                    ("wave", w.is_none()),
                    ("fieldwork_start", a.is_none()),
                    ("fieldwork_end", b.is_none()),
                ]
                .iter()
                .filter(|(_, l)| *l)
                .map(|(k, _)| format!("`{k}`"))
                .collect();
                missing.push(format!(
                    "missing required key {} (or `wave_column` with a `[waves]` table for a file that holds many waves)",
                    lacking.join(", ")
                ));
                (w.as_ref().map(|w| w.get_ref().clone()).unwrap_or_default(), 0, 0)
            }
        };
        for (off, msg) in later {
            bad(off, msg);
        }
        for msg in missing {
            bad(0, msg);
        }
        let missing_codes: Vec<Code> = raw.missing_codes.iter().map(Code::from_literal).collect();
        // --- value labels of an SPSS / Stata file (codes written as labels) ---
        let data_file = path.parent().unwrap_or(Path::new("")).join(raw.file.get_ref());
        let file_labels = if data_file.is_file() && is_labelled_file(&data_file) {
            labels_of(&data_file)
        } else {
            FileLabels::new()
        };
        let labels_for = |column: &str| file_labels.get(column).filter(|l| !l.values.is_empty());
        let mut groups = Vec::new();
        for (dim, g) in &raw.groups {
            if !GROUP_DIMS.contains(&dim.get_ref().as_str()) {
                bad(
                    dim.span().start,
                    format!(
                        "unknown group dimension `{}`, expected one of {}",
                        dim.get_ref(),
                        GROUP_DIMS.join(", ")
                    ),
                );
                continue;
            }
            let bands = match &g.bands {
                None => None,
                Some(b) if g.map.is_some() => {
                    bad(
                        b.span().start,
                        format!("group `{}` has both `map` and `bands`; give one of them", dim.get_ref()),
                    );
                    None
                }
                Some(b) => check_bands(b, &mut bad),
            };
            let col_labels = labels_for(g.column.get_ref());
            let map = g.map.as_ref().map(|m| {
                m.iter()
                    .map(|(k, v)| {
                        (
                            group_key(k, g.column.get_ref(), col_labels, g.column.span().start, &mut bad),
                            v.clone(),
                        )
                    })
                    .collect()
            });
            groups.push(GroupSpec {
                dim: dim.get_ref().clone(),
                column: col(&g.column),
                map,
                bands,
            });
        }
        let mut items = Vec::new();
        for (item, spec) in &raw.items {
            let Some(bank_item) = bank.get(item.get_ref()) else {
                bad(
                    item.span().start,
                    format!(
                        "unknown item `{}`, expected a question-bank id ({})",
                        item.get_ref(),
                        bank.ids()
                    ),
                );
                continue;
            };
            let scale: Vec<Option<f64>> = spec.scale.get_ref().iter().map(Literal::as_f64).collect();
            let (min, max) = match scale.as_slice() {
                [Some(a), Some(b)] if a < b => (*a, *b),
                _ => {
                    bad(
                        spec.scale.span().start,
                        "`scale` must be two numbers [min, max] with min < max".into(),
                    );
                    continue;
                }
            };
            if bank_item.binary && (min != 0.0 || max != 1.0) {
                bad(
                    spec.scale.span().start,
                    format!("`{}` is a binary item: its scale must be [0, 1]", item.get_ref()),
                );
            }
            let col_labels = labels_for(spec.column.get_ref());
            let map = spec.map.as_ref().map(|m| {
                check_value_map(
                    item.get_ref(),
                    m,
                    min,
                    max,
                    (spec.column.get_ref(), col_labels),
                    &mut bad,
                )
            });
            // `agree` names local codes as written in the file: before the map and before
            // mirroring (docs/INPUTS.md). With a map they must be keys of it; without one, codes on
            // the scale.
            let agree = match &spec.agree {
                None => None,
                Some(a) => {
                    let mut codes = Vec::new();
                    for l in a.get_ref() {
                        let code = code_in_column(l, col_labels);
                        let ok = match &map {
                            Some(m) => m.iter().any(|(k, _)| k.matches(&code.text, code.num)),
                            None => code.num.is_some_and(|v| v >= min && v <= max),
                        };
                        if ok {
                            codes.push(code);
                        } else if let Some(m) = &map {
                            bad(
                                a.span().start,
                                format!(
                                    "agree code {} is not a key of the map of `{}` (agree lists the local codes \
                                     as written in the file, before the map: one of {})",
                                    code.display(),
                                    item.get_ref(),
                                    list_codes(&m.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>())
                                ),
                            );
                        } else {
                            let labels = match col_labels {
                                Some(c) if code.num.is_none() => format!(
                                    " nor a value label of column `{}` ({})",
                                    spec.column.get_ref(),
                                    c.describe()
                                ),
                                _ => String::new(),
                            };
                            bad(
                                a.span().start,
                                format!(
                                    "agree code `{}` is not a number within the scale [{min}, {max}]{labels}",
                                    l.as_text()
                                ),
                            );
                        }
                    }
                    Some(codes)
                }
            };
            // Where a clash is shown: the item's own list, else its map, else its scale.
            let (missing, missing_at) = match (&spec.missing_codes, &spec.map) {
                (Some(m), _) => (
                    m.get_ref()
                        .iter()
                        .map(|l| code_in_column(l, col_labels))
                        .collect::<Vec<Code>>(),
                    m.span().start,
                ),
                (None, Some(map)) => (
                    raw.missing_codes
                        .iter()
                        .map(|l| code_in_column(l, col_labels))
                        .collect(),
                    map.span().start,
                ),
                (None, None) => (
                    raw.missing_codes
                        .iter()
                        .map(|l| code_in_column(l, col_labels))
                        .collect(),
                    spec.scale.span().start,
                ),
            };
            // A missing code that is also an answer would silently delete valid answers: with
            // a map, a missing code may not be one of its keys; without, not a code on the scale.
            let clash = match &map {
                Some(m) => missing
                    .iter()
                    .find(|c| m.iter().any(|(k, _)| k.matches(&c.text, c.num)))
                    .map(|c| (c, "is also a key of the map".to_string())),
                None => missing
                    .iter()
                    .find(|c| c.num.is_some_and(|v| v >= min && v <= max))
                    .map(|c| (c, format!("lies inside the scale [{min}, {max}]"))),
            };
            if let Some((c, what)) = clash {
                bad(
                    missing_at,
                    format!(
                        "missing code {c} {what} of `{}`: answers coded {c} would be lost \
                         (give this item its own list: {} = {{ …, missing_codes = [...] }})",
                        item.get_ref(),
                        item.get_ref(),
                        c = c.display(),
                    ),
                );
            }
            items.push(ItemSpec {
                item: item.get_ref().clone(),
                column: col(&spec.column),
                min,
                max,
                reverse: spec.reverse,
                map,
                agree,
                missing_codes: missing,
            });
        }
        if raw.items.is_empty() {
            bad(
                0,
                "`[items]` must map at least one column onto a question-bank item".into(),
            );
        }
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let file = dir.join(raw.file.get_ref());
        if !file.is_file() {
            bad(
                raw.file.span().start,
                format!("data file `{}` does not exist next to the manifest", raw.file.get_ref()),
            );
        } else {
            let ext = file
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            if !matches!(ext.as_str(), "csv" | "xlsx" | "sav" | "zsav" | "dta") {
                bad(
                    raw.file.span().start,
                    format!(
                        "data file `{}` must be .csv, .xlsx, SPSS .sav/.zsav or Stata .dta",
                        raw.file.get_ref()
                    ),
                );
            } else if ext != "csv" {
                for key in [&raw.delimiter, &raw.decimal, &raw.encoding].into_iter().flatten() {
                    bad(
                        key.span().start,
                        format!(
                            "`delimiter`, `decimal` and `encoding` apply to CSV files only; `{}` is not a CSV file",
                            raw.file.get_ref()
                        ),
                    );
                }
            }
        }
        let csv = check_csv_format(&raw, &mut bad);
        // --- weighting to population margins ---
        let calibrate = raw.calibrate.as_ref().and_then(|c| {
            let spec = c.get_ref();
            let mut ok = true;
            if let Some(m) = &spec.method
                && m.get_ref() != "rake"
            {
                bad(
                    m.span().start,
                    format!("unknown calibration method `{}`, expected `rake`", m.get_ref()),
                );
                ok = false;
            }
            if spec.by.get_ref().is_empty() {
                bad(
                    spec.by.span().start,
                    "`by` must name at least one group dimension".into(),
                );
                ok = false;
            }
            for d in spec.by.get_ref() {
                if !groups.iter().any(|g| &g.dim == d) {
                    bad(
                        spec.by.span().start,
                        format!(
                            "`by` names `{d}`, which is not a group of this wave (declare it in [groups]; groups: {})",
                            groups.iter().map(|g| g.dim.as_str()).collect::<Vec<_>>().join(", ")
                        ),
                    );
                    ok = false;
                }
            }
            let margins = dir_of(path).join(spec.margins.get_ref());
            if !margins.is_file() {
                bad(
                    spec.margins.span().start,
                    format!(
                        "margins file `{}` does not exist next to the manifest",
                        spec.margins.get_ref()
                    ),
                );
                ok = false;
            }
            ok.then(|| Calibrate {
                margins,
                by: spec.by.get_ref().clone(),
                at: at(c.span().start),
            })
        });
        let replicate_weights = raw
            .replicate_weights
            .as_ref()
            .and_then(|r| check_replicates(r, &src, raw.calibrate.is_some(), &mut bad));
        if problems.len() > start_problems {
            return None;
        }
        Some(Manifest {
            path: path.to_path_buf(),
            dir,
            id: raw.id.get_ref().clone(),
            id_at: at(raw.id.span().start),
            wave_at: at(raw
                .wave
                .as_ref()
                .map(|w| w.span().start)
                .or(raw.wave_column.as_ref().map(|w| w.span().start))
                .unwrap_or(raw.id.span().start)),
            kind,
            city,
            wave,
            long: (long.cities.is_some() || long.waves.is_some()).then_some(long),
            fieldwork_start,
            fieldwork_end,
            file_at: at(raw.file.span().start),
            file,
            csv,
            respondent_id: col(&raw.respondent_id),
            weight,
            strata: raw.strata.as_ref().map(col),
            psu: raw.psu.as_ref().map(col),
            mode,
            series_version: raw.series_version.clone(),
            series_continuous: raw.series_continuous,
            calibrate,
            replicate_weights,
            missing_codes,
            groups,
            items,
        })
    }

    /// The (city, wave) parts of a long file as indices into `long.cities` / `long.waves`
    /// (every combination; a file of one city and wave has the one part `(None, None)`).
    pub fn part_keys(&self) -> Vec<(Option<usize>, Option<usize>)> {
        let n = |x: Option<usize>| x.map_or(vec![None], |k| (0..k).map(Some).collect());
        let long = self.long.as_ref();
        let cities = n(long.and_then(|l| l.cities.as_ref()).map(|c| c.1.len()));
        let waves = n(long.and_then(|l| l.waves.as_ref()).map(|w| w.1.len()));
        cities
            .iter()
            .flat_map(|c| waves.iter().map(move |w| (*c, *w)))
            .collect()
    }

    /// One part of a long file as a manifest of its own: the city `ci` of `long.cities`, the
    /// wave `wi` of `long.waves` (their fieldwork, mode and series version), and the survey id
    /// "<id>-<city>-<wave>" (lowercase, other characters as `-`). Itself for `(None, None)`.
    pub fn part(&self, ci: Option<usize>, wi: Option<usize>) -> Manifest {
        let mut m = self.clone();
        let long = m.long.take();
        let mut id = vec![self.id.clone()];
        if let (Some(ci), Some((_, cities))) = (ci, long.as_ref().and_then(|l| l.cities.as_ref())) {
            m.city = cities[ci].1.clone();
            id.push(id_part(&m.city));
        }
        if let (Some(wi), Some((_, waves))) = (wi, long.as_ref().and_then(|l| l.waves.as_ref())) {
            let e = &waves[wi].1;
            m.wave = e.wave.clone();
            m.fieldwork_start = e.fieldwork_start;
            m.fieldwork_end = e.fieldwork_end;
            m.mode = e.mode;
            m.series_version = e.series_version.clone();
            id.push(id_part(&e.wave));
        }
        m.id = id.join("-");
        m
    }

    /// The part a data row belongs to, from its cells in the city and wave columns; `None`
    /// when a value is in neither map (the row is left out).
    pub fn part_of(&self, city_cell: &str, wave_cell: &str) -> Option<(Option<usize>, Option<usize>)> {
        let Some(long) = &self.long else {
            return Some((None, None));
        };
        fn find<T>(codes: &[(Code, T)], cell: &str) -> Option<usize> {
            let num = super::parse_number(cell);
            codes.iter().position(|(c, _)| c.matches(cell.trim(), num))
        }
        let ci = match &long.cities {
            Some((_, c)) => Some(find(c, city_cell)?),
            None => None,
        };
        let wi = match &long.waves {
            Some((_, w)) => Some(find(w, wave_cell)?),
            None => None,
        };
        Some((ci, wi))
    }

    /// Every column the manifest names, for the header check.
    pub fn columns(&self) -> Vec<&ColumnRef> {
        let mut v = vec![&self.respondent_id];
        if let Some(l) = &self.long {
            v.extend(l.cities.as_ref().map(|c| &c.0));
            v.extend(l.waves.as_ref().map(|w| &w.0));
        }
        v.extend(self.weight.iter().flat_map(WeightSpec::columns));
        v.extend(self.strata.iter());
        v.extend(self.psu.iter());
        v.extend(self.groups.iter().map(|g| &g.column));
        v.extend(self.items.iter().map(|i| &i.column));
        v
    }
}

/// The `replicate_weights` key, checked on its own (the columns are matched against the data
/// file's header later, by [`ReplicateSpec::resolve`]).
fn check_replicates(
    r: &Spanned<RawReplicates>,
    src: &str,
    calibrated: bool,
    bad: &mut impl FnMut(usize, String),
) -> Option<ReplicateSpec> {
    use crate::vocab::ReplicateKind as K;
    let raw = r.get_ref();
    let mut ok = true;
    let mut fail = |off: usize, msg: String, ok: &mut bool| {
        bad(off, format!("replicate_weights: {msg}"));
        *ok = false;
    };
    if calibrated {
        fail(
            r.span().start,
            "a wave with its own replicate weights cannot also be raked (`calibrate`): replicate weights \
             are final weights, and raking the full-sample weight alone would leave the replicates \
             behind; rake the replicates before exporting them, or leave out one of the two keys"
                .into(),
            &mut ok,
        );
    }
    let kind = K::parse(raw.kind.get_ref());
    if kind.is_none() {
        fail(
            raw.kind.span().start,
            format!(
                "unknown type `{}`, expected one of {}",
                raw.kind.get_ref(),
                <K as crate::vocab::Vocab>::spellings().replace(" | ", ", ")
            ),
            &mut ok,
        );
    }
    let columns: Vec<String> = match raw.columns.get_ref() {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Array(a) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    let listed = match raw.columns.get_ref() {
        toml::Value::Array(a) => a.len(),
        _ => 1,
    };
    if columns.is_empty() || columns.len() != listed || columns.iter().any(|c| c.trim().is_empty()) {
        fail(
            raw.columns.span().start,
            "`columns` must be a column name pattern such as \"rw*\" or a list of column names such as \
             [\"rw1\", \"rw2\"]"
                .into(),
            &mut ok,
        );
    }
    let number = |l: &Literal| match l {
        Literal::Int(i) => Some(*i as f64),
        Literal::Float(f) if f.is_finite() => Some(*f),
        _ => None,
    };
    let scale = raw.scale.as_ref().and_then(|s| match number(s.get_ref()) {
        Some(v) if v > 0.0 => Some(v),
        _ => {
            fail(
                s.span().start,
                format!("`scale` must be a number > 0, not `{}`", s.get_ref().as_text()),
                &mut ok,
            );
            None
        }
    });
    if let (Some(s), Some(K::Brr | K::Fay)) = (&raw.scale, kind) {
        fail(
            s.span().start,
            "type `brr` and `fay` fix the scale (1/R, and 1/(R(1 − rho)²) for fay), as R svrepdesign does: \
             leave `scale` out"
                .into(),
            &mut ok,
        );
    }
    let rho = match (&raw.rho, kind) {
        (Some(p), Some(K::Fay)) => match number(p.get_ref()) {
            Some(v) if (0.0..1.0).contains(&v) => Some(v),
            _ => {
                fail(
                    p.span().start,
                    format!(
                        "`rho` must be a number from 0 to below 1, not `{}`",
                        p.get_ref().as_text()
                    ),
                    &mut ok,
                );
                None
            }
        },
        (None, Some(K::Fay)) => {
            fail(
                r.span().start,
                "type `fay` needs Fay's factor `rho` (e.g. rho = 0.5), as R svrepdesign does".into(),
                &mut ok,
            );
            None
        }
        (Some(p), _) => {
            fail(p.span().start, "`rho` applies to type `fay` only".into(), &mut ok);
            None
        }
        (None, _) => None,
    };
    let rscales = raw.rscales.as_ref().and_then(|v| {
        let nums: Option<Vec<f64>> = match v.get_ref() {
            toml::Value::Integer(i) => Some(vec![*i as f64]),
            toml::Value::Float(f) => Some(vec![*f]),
            toml::Value::Array(a) => a
                .iter()
                .map(|x| x.as_float().or_else(|| x.as_integer().map(|i| i as f64)))
                .collect(),
            _ => None,
        };
        match nums {
            Some(n) if !n.is_empty() && n.iter().all(|x| x.is_finite() && *x >= 0.0) && n.iter().any(|x| *x > 0.0) => {
                Some(n)
            }
            _ => {
                fail(
                    v.span().start,
                    "`rscales` must be a number ≥ 0 or a list of them, one per replicate column (not all 0)".into(),
                    &mut ok,
                );
                None
            }
        }
    });
    if kind == Some(K::Jkn) && raw.rscales.is_none() {
        fail(
            r.span().start,
            "type `jkn` needs `rscales`: (n_h − 1)/n_h for the stratum each replicate deletes a PSU from, \
             one per replicate column (R svrepdesign stops without them as well)"
                .into(),
            &mut ok,
        );
    }
    let at = |off: usize| line_col(src, off);
    Some(ReplicateSpec {
        columns,
        columns_at: at(raw.columns.span().start),
        kind: kind?,
        scale,
        rscales,
        rscales_at: at(raw.rscales.as_ref().map_or(r.span().start, |v| v.span().start)),
        mse: raw.mse.unwrap_or(false),
        rho,
    })
    .filter(|_| ok)
}

/// The CSV dialect keys (`delimiter`, `decimal`, `encoding`), checked.
fn check_csv_format(raw: &Raw, bad: &mut impl FnMut(usize, String)) -> CsvFormat {
    super::coding::csv_format(raw.delimiter.as_ref(), raw.decimal.as_ref(), raw.encoding.as_ref(), bad)
}

/// A group's `bands`: at least one whole number, strictly increasing (no overlaps, no gaps
/// to sort out). Problems point at the offending bound.
fn check_bands(b: &Spanned<Vec<Spanned<Literal>>>, bad: &mut impl FnMut(usize, String)) -> Option<Bands> {
    const EXAMPLE: &str =
        "bands are increasing whole-number lower bounds, e.g. [15, 30, 45, 65] for 15–29, 30–44, 45–64, 65+";
    if b.get_ref().is_empty() {
        bad(b.span().start, format!("`bands` is empty: {EXAMPLE}"));
        return None;
    }
    let mut bounds: Vec<f64> = Vec::new();
    let mut ok = true;
    for l in b.get_ref() {
        match l.get_ref().as_f64() {
            Some(v) if v.fract() == 0.0 => {
                if let Some(prev) = bounds.last().filter(|p| **p >= v) {
                    bad(
                        l.span().start,
                        format!(
                            "band {v} does not come after {prev}: the bands overlap or are out of order; {EXAMPLE}"
                        ),
                    );
                    ok = false;
                }
                bounds.push(v);
            }
            _ => {
                bad(
                    l.span().start,
                    format!("band `{}` is not a whole number; {EXAMPLE}", l.get_ref().as_text()),
                );
                ok = false;
            }
        }
    }
    ok.then(|| Bands::new(bounds))
}

/// An item's value `map`: every value a code on the item's scale (whole on a whole-number
/// scale). Returns the pairs ordered by scale code, then key.
fn check_value_map(
    item: &str,
    m: &Spanned<BTreeMap<String, Spanned<Literal>>>,
    min: f64,
    max: f64,
    (column, labels): (&str, Option<&ColumnLabels>),
    bad: &mut impl FnMut(usize, String),
) -> Vec<(Code, f64)> {
    if m.get_ref().is_empty() {
        bad(
            m.span().start,
            format!("the map of `{item}` is empty; give each local code or label its value on the scale"),
        );
    }
    let whole = min.fract() == 0.0 && max.fract() == 0.0;
    let mut pairs = Vec::new();
    for (k, v) in m.get_ref() {
        match v.get_ref().as_f64() {
            Some(x) if x >= min && x <= max && (!whole || x.fract() == 0.0) => {
                let code = code_in_column(&Literal::Str(k.clone()), labels);
                // A text key that is no label is an error only where the column's codes are
                // numbers; in a text column it is a code as written ("N" beside Y = "Yes").
                let numeric_codes = labels.is_some_and(|c| c.values.iter().all(|(code, _)| code.num.is_some()));
                match labels {
                    Some(c) if numeric_codes && code.num.is_none() && c.code_of(k).is_none() => bad(
                        v.span().start,
                        format!(
                            "the map of `{item}` names \"{k}\", which is not a value label of column `{column}` ({})",
                            c.describe()
                        ),
                    ),
                    _ => pairs.push((code, x)),
                }
            }
            _ => bad(
                v.span().start,
                format!(
                    "the map of `{item}` sends \"{k}\" to `{}`, which is not a code on the scale [{min}, {max}]",
                    v.get_ref().as_text()
                ),
            ),
        }
    }
    pairs.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.text.cmp(&b.0.text)));
    pairs
}

// --- value labels (SPSS / Stata files) ---

fn dir_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// True for the labelled formats (`.sav`, `.zsav`, `.dta`).
pub fn is_labelled_file(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["sav", "zsav", "dta"].contains(&e.to_ascii_lowercase().as_str()))
}

/// A group map key read against its column's value labels: a label becomes its code as
/// text (`"Female"` → `"2"`); text that is no label of a labelled column is an error.
fn group_key(
    k: &str,
    column: &str,
    labels: Option<&ColumnLabels>,
    at: usize,
    bad: &mut impl FnMut(usize, String),
) -> String {
    let Some(c) = labels else { return k.to_string() };
    if super::parse_number(k).is_some() {
        return k.to_string();
    }
    match c.code_of(k) {
        Some(code) => code.text.clone(),
        None => {
            bad(
                at,
                format!(
                    "the map of column `{column}` names \"{k}\", which is not one of its value labels ({})",
                    c.describe()
                ),
            );
            k.to_string()
        }
    }
}

/// Longest `id`, `wave` (and city name in cities.csv) accepted, in characters: they are
/// printed in every report, chart and file name.
pub const MAX_LABEL_CHARS: usize = 120;

/// Find every `survey.toml` under the surveys folder (one per wave folder), sorted.
pub fn find_manifests(surveys: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = super::walk::folders(surveys)?
        .into_iter()
        .flat_map(|f| f.files)
        .filter(|p| p.file_name().is_some_and(|n| n == "survey.toml"))
        .collect();
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Load `toml` as a wave's survey.toml next to an empty responses.csv.
    fn load(name: &str, toml: &str) -> (Option<Manifest>, Vec<String>) {
        let dir = std::env::temp_dir().join(format!("cohesion-manifest-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        std::fs::write(dir.join("responses.csv"), "id\n").expect("write");
        let path = dir.join("survey.toml");
        std::fs::write(&path, toml).expect("write");
        let bank = QuestionBank::shipped().expect("bank");
        let cities: BTreeSet<String> = ["Oslo".to_string()].into();
        let mut problems = Problems::default();
        let m = Manifest::load(&path, &bank, Some(&cities), &mut problems);
        let msgs = problems
            .0
            .iter()
            .map(|p| format!("{}:{}: {}", p.line.unwrap_or(0), p.col.unwrap_or(0), p.message))
            .collect();
        let _ = std::fs::remove_dir_all(&dir);
        (m, msgs)
    }

    const HEAD: &str = "id = \"w\"\nkind = \"survey\"\ncity = \"Oslo\"\nwave = \"1\"\n\
                        fieldwork_start = 2024-01-01\nfieldwork_end = 2024-02-01\n\
                        file = \"responses.csv\"\nrespondent_id = \"id\"\n";

    #[test]
    fn csv_keys_value_maps_text_missing_codes_and_bands_parse() {
        let toml = format!(
            "{HEAD}delimiter = \";\"\ndecimal = \",\"\nencoding = \"latin-1\"\n\
             missing_codes = [7, 8, \"Don't know\"]\n\
             [groups]\nage_band = {{ column = \"agea\", bands = [15, 30, 45, 65] }}\n\
             [items]\n\
             discrimination_experienced = {{ column = \"dscrgrp\", map = {{ \"1\" = 1, \"2\" = 0 }}, scale = [0, 1], agree = [\"1\"] }}\n\
             get_along = {{ column = \"q5\", map = {{ \"Agree\" = 3, \"Agree strongly\" = 4, \"Disagree\" = 2, \"Disagree strongly\" = 1 }}, scale = [1, 4], agree = [\"Agree\", \"Agree strongly\"] }}\n"
        );
        let (m, problems) = load("ok", &toml);
        assert_eq!(problems, Vec::<String>::new());
        let m = m.expect("manifest");
        assert_eq!(
            m.csv,
            CsvFormat {
                delimiter: b';',
                decimal_comma: true,
                encoding: crate::config::coding::TextEncoding::Windows1252
            }
        );
        assert_eq!(m.missing_codes.last().map(|c| c.text.as_str()), Some("Don't know"));
        let bands = m.groups[0].bands.as_ref().expect("bands");
        assert_eq!(bands.labels(), ["15–29", "30–44", "45–64", "65+"]);
        let d = &m.items[0];
        assert_eq!(
            d.mapping_signature(),
            "column dscrgrp, scale 0–1, map { \"2\" = 0, \"1\" = 1 }, agree 1"
        );
        let g = &m.items[1];
        let keys: Vec<&str> = g.map.iter().flatten().map(|(k, _)| k.text.as_str()).collect();
        assert_eq!(keys, ["Disagree strongly", "Disagree", "Agree", "Agree strongly"]);
    }

    #[test]
    fn a_mapping_change_changes_the_signature_and_no_map_keeps_the_old_one() {
        let item = |map: &str| {
            let toml = format!("{HEAD}[items]\ncontact_diverse = {{ column = \"c\", scale = [0, 1]{map} }}\n");
            load("sig", &toml).0.expect("manifest").items[0].mapping_signature()
        };
        assert_eq!(item(""), "column c, scale 0–1, agree above midpoint");
        assert_ne!(
            item(", map = { \"1\" = 1, \"2\" = 0 }"),
            item(", map = { \"1\" = 1, \"0\" = 0 }")
        );
    }

    #[test]
    fn codes_named_by_value_label_resolve_to_the_codes_and_unknown_labels_are_errors() {
        use crate::config::coding::{Code, ColumnLabels};
        let dir = std::env::temp_dir().join(format!("cohesion-manifest-labels-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        std::fs::write(dir.join("responses.sav"), b"not read here").expect("write");
        let path = dir.join("survey.toml");
        let labels_of = |_: &Path| -> FileLabels {
            let yes_no = ColumnLabels {
                label: None,
                values: vec![(Code::new("1"), "Yes".into()), (Code::new("2"), "No".into())],
                user_missing: vec![],
            };
            let safe = ColumnLabels {
                label: None,
                values: vec![
                    (Code::new("1"), "Very safe".into()),
                    (Code::new("2"), "Safe".into()),
                    (Code::new("3"), "Unsafe".into()),
                    (Code::new("4"), "Very unsafe".into()),
                ],
                user_missing: vec![],
            };
            let text_codes = ColumnLabels {
                label: None,
                values: vec![(Code::new("Y"), "Yes".into())],
                user_missing: vec![],
            };
            [
                ("dscrgrp".to_string(), yes_no.clone()),
                ("brn".into(), yes_no),
                ("aesfdrk".into(), safe),
                ("yn".into(), text_codes),
            ]
            .into()
        };
        let bank = QuestionBank::shipped().expect("bank");
        let head = HEAD.replace("responses.csv", "responses.sav");
        let run = |body: &str| {
            std::fs::write(&path, format!("{head}{body}")).expect("write");
            let mut problems = Problems::default();
            let m = Manifest::load_with_labels(&path, &bank, None, &labels_of, &mut problems);
            let msgs: Vec<String> = problems.0.iter().map(|p| p.message.clone()).collect();
            (m, msgs)
        };
        let (m, msgs) = run(
            "[groups]\nmigrant_background = { column = \"brn\", map = { \"Yes\" = \"no\", \"No\" = \"yes\" } }\n\
             [items]\ndiscrimination_experienced = { column = \"dscrgrp\", scale = [0, 1], map = { \"Yes\" = 1, \"No\" = 0 } }\n\
             safety_night = { column = \"aesfdrk\", scale = [1, 4], reverse = true, agree = [\"Very safe\", \"Safe\"] }\n",
        );
        assert_eq!(msgs, Vec::<String>::new());
        let m = m.expect("manifest");
        assert_eq!(
            m.groups[0].map,
            Some(vec![
                ("2".to_string(), "yes".to_string()),
                ("1".to_string(), "no".to_string())
            ])
        );
        let d = m
            .items
            .iter()
            .find(|i| i.item == "discrimination_experienced")
            .expect("item");
        let map = d.map.as_ref().expect("map");
        assert!(map.iter().any(|(k, v)| k.matches("1", Some(1.0)) && *v == 1.0));
        assert!(map.iter().any(|(k, v)| k.matches("2", Some(2.0)) && *v == 0.0));
        let s = m.items.iter().find(|i| i.item == "safety_night").expect("item");
        let agree = s.agree.as_ref().expect("agree");
        assert!(agree.iter().any(|c| c.matches("1", Some(1.0))));
        assert!(agree.iter().any(|c| c.matches("2", Some(2.0))));
        assert!(!agree.iter().any(|c| c.matches("3", Some(3.0))));

        let (m, msgs) = run(
            "[items]\ndiscrimination_experienced = { column = \"dscrgrp\", scale = [0, 1], map = { \"Yes\" = 1, \"Nope\" = 0 } }\n\
             safety_night = { column = \"aesfdrk\", scale = [1, 4], agree = [\"Quite safe\"] }\n",
        );
        assert!(m.is_none());
        assert_eq!(
            msgs,
            vec![
                "the map of `discrimination_experienced` names \"Nope\", which is not a value label of column `dscrgrp` (1 = \"Yes\", 2 = \"No\")".to_string(),
                "agree code `Quite safe` is not a number within the scale [1, 4] nor a value label of column `aesfdrk` (1 = \"Very safe\", 2 = \"Safe\", 3 = \"Unsafe\", 4 = \"Very unsafe\")".to_string(),
            ]
        );
        // A text column labels only "Y" = "Yes": its unlabelled code "N" is a code as written,
        // accepted beside the label (and matched as text).
        let (m, msgs) =
            run("[items]\ncontact_diverse = { column = \"yn\", scale = [0, 1], map = { \"Yes\" = 1, \"N\" = 0 } }\n");
        assert_eq!(msgs, Vec::<String>::new());
        let m = m.expect("manifest");
        let map = m.items[0].map.as_ref().expect("map");
        assert!(map.iter().any(|(k, v)| k.matches("N", None) && *v == 0.0));
        assert!(map.iter().any(|(k, v)| k.matches("Y", None) && *v == 1.0));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    #[allow(clippy::excessive_precision)] // R's numbers as printed with sprintf("%.17g")
    fn replicate_weights_parse_resolve_and_take_r_defaults() {
        use crate::vocab::ReplicateKind as K;
        let spec = |key: &str| {
            let toml = format!(
                "{HEAD}replicate_weights = {key}\n[items]\ncontact_diverse = {{ column = \"c\", scale = [0, 1] }}\n"
            );
            let (m, problems) = load("rep", &toml);
            assert_eq!(problems, Vec::<String>::new(), "{key}");
            m.expect("manifest").replicate_weights.expect("replicate_weights")
        };
        let header: Vec<String> = ["id", "w", "rw1", "rw2", "rw10", "rwx", "c", "PW", "PW1", "PW2"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // R 4.2.2, survey 4.1-1, svrepdesign(type = …) on 4 replicate columns of data(scd):
        // BRR scale 0.25; Fay (rho = 0.3) 0.51020408163265318; JK1 (combined.weights = TRUE)
        // 0.75; bootstrap 0.33333333333333331; JKn with rscales = 0.5 → scale 1; bootstrap
        // with scale = 0.1, rscales = c(1, 2, 3, 4) keeps them. rscales 1 unless given.
        let s = spec("{ columns = \"rw?*\", type = \"brr\" }");
        assert_eq!((s.kind, s.mse), (K::Brr, false));
        // The pattern takes rwx as well (it is the user's to choose), in the file's order.
        assert_eq!(s.resolve(&header), Ok(vec![2, 3, 4, 5]));
        assert_eq!(s.scales(4), (0.25, vec![1.0; 4]));
        let s = spec("{ columns = [\"rw1\", \"rw2\"], type = \"fay\", rho = 0.3 }");
        assert_eq!(s.scales(4).0, 0.51020408163265318);
        assert_eq!(spec("{ columns = \"rw*\", type = \"jk1\" }").scales(4).0, 0.75);
        let s = spec("{ columns = \"rw*\", type = \"bootstrap\", mse = true }");
        assert_eq!((s.scales(4).0, s.mse), (0.33333333333333331, true));
        let s = spec("{ columns = \"rw*\", type = \"jkn\", rscales = 0.5 }");
        assert_eq!(s.scales(4), (1.0, vec![0.5; 4]));
        let s = spec("{ columns = \"PW?*\", type = \"bootstrap\", scale = 0.1, rscales = [1, 2, 3, 4] }");
        assert_eq!(s.scales(4), (0.1, vec![1.0, 2.0, 3.0, 4.0]));
        assert_eq!(
            s.resolve(&header),
            Err(
                "replicate_weights: `rscales` has 4 numbers but there are 2 replicate columns (PW1, PW2); give one \
                 number, or one per replicate column in that order"
                    .to_string()
            )
        );
        // Resolution errors: no match, a column matched twice, a single replicate.
        let s = spec("{ columns = [\"rw1\", \"rw?\"], type = \"jk1\" }");
        assert!(s.resolve(&header).unwrap_err().contains("`rw1` is matched twice"));
        let s = spec("{ columns = \"w\", type = \"jk1\" }");
        assert!(
            s.resolve(&header)
                .unwrap_err()
                .contains("at least two replicate columns")
        );
        let s = spec("{ columns = \"rep*\", type = \"jk1\" }");
        assert!(
            s.resolve(&header)
                .unwrap_err()
                .starts_with("replicate_weights: pattern `rep*` matches no column")
        );
        // Manifest-level errors.
        let toml = format!(
            "{HEAD}calibrate = {{ margins = \"m.csv\", by = [\"gender\"] }}\n\
             replicate_weights = {{ columns = \"rw*\", type = \"brr\", scale = 2, rscales = [-1] }}\n\
             [items]\ncontact_diverse = {{ column = \"c\", scale = [0, 1] }}\n"
        );
        let (m, problems) = load("rep-bad", &toml);
        assert!(m.is_none());
        let joined = problems.join("\n");
        for want in [
            "cannot also be raked",
            "type `brr` and `fay` fix the scale",
            "`rscales` must be a number ≥ 0",
        ] {
            assert!(joined.contains(want), "{want} not in\n{joined}");
        }
    }

    #[test]
    fn glob_matches_whole_names() {
        assert!(glob_match("rw*", "rw"));
        assert!(glob_match("rw*", "rw12"));
        assert!(!glob_match("rw?*", "rw"));
        assert!(glob_match("a*b?c", "aXXbYc"));
        assert!(!glob_match("a*b?c", "aXXbYcd"));
        assert!(glob_match("rw1", "rw1") && !glob_match("rw1", "rw10"));
        assert!(glob_match("*", ""));
    }

    #[test]
    fn bad_maps_bands_and_csv_keys_are_located() {
        let toml = format!(
            "{HEAD}delimiter = \"|\"\nmissing_codes = [\"Refused\"]\n\
             [groups]\nage_band = {{ column = \"agea\", bands = [15, 30, 30] }}\n\
             gender = {{ column = \"sex\", map = {{ \"1\" = \"man\" }}, bands = [1] }}\n\
             [items]\n\
             contact_diverse = {{ column = \"c\", map = {{ \"yes\" = 1, \"no\" = 2 }}, scale = [0, 1], agree = [\"ja\"] }}\n\
             belonging = {{ column = \"b\", map = {{ \"Refused\" = 1, \"Yes\" = 4 }}, scale = [1, 4] }}\n"
        );
        let (m, mut problems) = load("bad", &toml);
        assert!(m.is_none());
        problems.sort_by_key(|p| {
            let mut it = p.split(':').map(|n| n.parse::<usize>().unwrap_or(0));
            (it.next(), it.next())
        });
        let want = [
            "9:13: unknown delimiter \"|\", expected \",\" (the default), \";\" or \"\\t\" (tab)",
            "12:48: band 30 does not come after 30: the bands overlap or are out of order; bands are increasing \
             whole-number lower bounds, e.g. [15, 30, 45, 65] for 15–29, 30–44, 45–64, 65+",
            "13:59: group `gender` has both `map` and `bands`; give one of them",
            "15:61: the map of `contact_diverse` sends \"no\" to `2`, which is not a code on the scale [0, 1]",
            "15:90: agree code \"ja\" is not a key of the map of `contact_diverse` (agree lists the local codes as \
             written in the file, before the map: one of \"yes\")",
            "16:35: missing code \"Refused\" is also a key of the map of `belonging`: answers coded \"Refused\" would \
             be lost (give this item its own list: belonging = { …, missing_codes = [...] })",
        ];
        assert_eq!(problems, want);
    }

    #[test]
    fn draft_placeholders_name_their_keys_and_skip_comments() {
        let src = "id = \"TODO\"   # TODO: unique\n\
                   # weight = \"TODO\"\n\
                   fieldwork_start = \"TODO\"\n\
                   city = \"Oslo # not a comment\"\n\
                   migrant_background = { column = \"born\", map = { \"YES\" = \"TODO\", \"NO\" = \"no\" } }\n\
                   TODO = { column = \"TODO\", scale = [0, 10] }\n\
                   replicate_weights = { columns = \"rw*\", type = \"TODO\" }\n";
        assert_eq!(
            draft_placeholders(src),
            vec![
                (1, 6, "id".to_string()),
                (3, 19, "fieldwork_start".to_string()),
                (5, 57, "migrant_background.YES".to_string()),
                (6, 1, "TODO".to_string()),
                (7, 47, "replicate_weights.type".to_string()),
            ]
        );
        assert!(draft_placeholders("id = \"oslo-2024\"\n").is_empty());
    }
}
