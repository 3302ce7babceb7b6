//! `survey.toml` manifests (docs/INPUTS.md), written by hand with every contract key.

use super::util::{Date, toml_int_array, toml_key, toml_str};

/// A subgroup dimension mapping.
#[derive(Debug, Clone)]
pub struct GroupSpec {
    /// Standard dimension (migrant_background, age_band, gender, neighbourhood).
    pub dim: &'static str,
    /// Local column.
    pub column: String,
    /// Local code -> standard value; empty for no map.
    pub map: Vec<(String, String)>,
}

/// An item mapping.
#[derive(Debug, Clone)]
pub struct ItemSpec {
    /// Question-bank id.
    pub item: &'static str,
    /// Local column.
    pub column: String,
    /// Scale minimum.
    pub min: i64,
    /// Scale maximum.
    pub max: i64,
    /// Local codes run against the bank item.
    pub reverse: bool,
    /// Agree codes (local codes), if given.
    pub agree: Option<Vec<i64>>,
}

/// One survey wave manifest.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// Unique id, also the folder name.
    pub id: String,
    /// "survey" or "barometer".
    pub kind: &'static str,
    /// City name as in cities.csv.
    pub city: String,
    /// Wave label.
    pub wave: String,
    /// Fieldwork start.
    pub start: Date,
    /// Fieldwork end.
    pub end: Date,
    /// Data file name inside the folder.
    pub file: String,
    /// Respondent id column.
    pub respondent_id: String,
    /// Weight column.
    pub weight: Option<String>,
    /// Strata column.
    pub strata: Option<String>,
    /// PSU column.
    pub psu: Option<String>,
    /// Fieldwork mode.
    pub mode: &'static str,
    /// Missing codes.
    pub missing_codes: Vec<i64>,
    /// Group mappings.
    pub groups: Vec<GroupSpec>,
    /// Item mappings.
    pub items: Vec<ItemSpec>,
}

impl Manifest {
    /// The manifest as TOML text.
    pub fn to_toml(&self) -> String {
        let mut s = String::new();
        let line = |s: &mut String, k: &str, v: String| {
            s.push_str(k);
            s.push_str(" = ");
            s.push_str(&v);
            s.push('\n');
        };
        line(&mut s, "id", toml_str(&self.id));
        line(&mut s, "kind", toml_str(self.kind));
        line(&mut s, "city", toml_str(&self.city));
        line(&mut s, "wave", toml_str(&self.wave));
        line(&mut s, "fieldwork_start", self.start.to_string());
        line(&mut s, "fieldwork_end", self.end.to_string());
        line(&mut s, "file", toml_str(&self.file));
        line(&mut s, "respondent_id", toml_str(&self.respondent_id));
        if let Some(w) = &self.weight {
            line(&mut s, "weight", toml_str(w));
        }
        if let Some(w) = &self.strata {
            line(&mut s, "strata", toml_str(w));
        }
        if let Some(w) = &self.psu {
            line(&mut s, "psu", toml_str(w));
        }
        line(&mut s, "mode", toml_str(self.mode));
        line(&mut s, "missing_codes", toml_int_array(&self.missing_codes));
        s.push_str("\n[groups]\n");
        for g in &self.groups {
            let mut v = format!("{{ column = {}", toml_str(&g.column));
            if !g.map.is_empty() {
                let parts: Vec<String> = g
                    .map
                    .iter()
                    .map(|(k, val)| format!("{} = {}", toml_str(k), toml_str(val)))
                    .collect();
                v.push_str(&format!(", map = {{ {} }}", parts.join(", ")));
            }
            v.push_str(" }");
            line(&mut s, &toml_key(g.dim), v);
        }
        s.push_str("\n[items]\n");
        for it in &self.items {
            let mut v = format!("{{ column = {}, scale = [{}, {}]", toml_str(&it.column), it.min, it.max);
            if it.reverse {
                v.push_str(", reverse = true");
            }
            if let Some(a) = &it.agree {
                v.push_str(&format!(", agree = {}", toml_int_array(a)));
            }
            v.push_str(" }");
            line(&mut s, &toml_key(it.item), v);
        }
        s
    }
}
