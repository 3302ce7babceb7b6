//! The question bank (`datasets/question_bank.toml`) and the ICC Index areas
//! (`datasets/icc_index_areas.toml`), both embedded in the binary so that a project never
//! depends on the working directory.

use crate::diag::{Owner, Problem};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Text of the shipped question bank.
pub const QUESTION_BANK_TOML: &str = include_str!("../../datasets/question_bank.toml");
/// Text of the shipped ICC Index areas.
pub const INDEX_AREAS_TOML: &str = include_str!("../../datasets/icc_index_areas.toml");

/// Direction in which an item or indicator is good news.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// More is better.
    HigherIsBetter,
    /// Less is better (e.g. discrimination).
    LowerIsBetter,
}

impl Polarity {
    /// The contract spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::HigherIsBetter => "higher_is_better",
            Polarity::LowerIsBetter => "lower_is_better",
        }
    }
}

/// One standard item of the question bank.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankItem {
    /// Contract id, e.g. `trust_people`.
    pub id: String,
    /// Construct, e.g. `trust`.
    pub construct: String,
    /// Direction of good news.
    pub polarity: Polarity,
    /// Binary items have scale [0, 1] and agree = [1].
    pub binary: bool,
    /// Wording by language code.
    pub wording: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBank {
    item: Vec<BankItem>,
}

/// The question bank, by item id.
#[derive(Debug, Clone)]
pub struct QuestionBank {
    /// Items by id.
    pub items: BTreeMap<String, BankItem>,
    /// The ids the project's own bank added (empty for the shipped bank alone).
    pub project_ids: std::collections::BTreeSet<String>,
    /// The project's bank file as written (saved in the store for the reports).
    pub project_source: Option<String>,
}

impl QuestionBank {
    /// The bank shipped with cohesion.
    pub fn shipped() -> Result<Self, Problem> {
        let raw: RawBank = super::parse_toml(
            Path::new("datasets/question_bank.toml"),
            QUESTION_BANK_TOML,
            Owner::Config,
        )?;
        Ok(QuestionBank {
            items: raw.item.into_iter().map(|i| (i.id.clone(), i)).collect(),
            project_ids: Default::default(),
            project_source: None,
        })
    }

    // --- a project's own question bank ([inputs] question_bank) ---

    /// Add the items of a project's bank file (`path`, text `src`; same format as the
    /// shipped bank). An item may not redefine a shipped id, nor appear twice; every
    /// problem is returned, located at the item's id.
    pub fn with_project_items(mut self, path: &Path, src: &str) -> Result<Self, Vec<Problem>> {
        let raw: RawBank = super::parse_toml(path, src, Owner::Config).map_err(|p| vec![p])?;
        let mut problems = Vec::new();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for item in raw.item {
            let nth = seen.entry(item.id.clone()).or_default();
            let at = id_offset(src, &item.id, *nth);
            *nth += 1;
            let clash = if self.items.contains_key(&item.id) && !self.project_ids.contains(&item.id) {
                Some("redefines an item of the shipped question bank; give the project's item its own id")
            } else if self.project_ids.contains(&item.id) {
                Some("is defined twice in this file")
            } else if item.id.trim().is_empty() || !item.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                Some("must be a non-empty id of letters, digits and _")
            } else if item.wording.is_empty() {
                Some("needs a wording (wording = { en = \"…\" })")
            } else {
                None
            };
            if let Some(why) = clash {
                problems.push(Problem::at_offset(
                    path,
                    src,
                    at,
                    format!("item `{}` {why}", item.id),
                    Owner::Config,
                ));
                continue;
            }
            self.project_ids.insert(item.id.clone());
            self.items.insert(item.id.clone(), item);
        }
        if problems.is_empty() {
            self.project_source = Some(src.to_string());
            Ok(self)
        } else {
            Err(problems)
        }
    }

    /// The bank of the project in `dir`: the shipped items plus the file named by
    /// `[inputs] question_bank` in its `cohesion.toml`, with that project.
    pub fn for_project(dir: &Path) -> Result<(super::project::Project, Self), crate::diag::Problems> {
        let mut problems = crate::diag::Problems::default();
        let shipped = QuestionBank::shipped().map_err(|p| {
            let mut ps = crate::diag::Problems::default();
            ps.push(p);
            ps
        })?;
        let project = super::project::Project::load(dir, &mut problems);
        let bank = match project.as_ref().and_then(|p| p.question_bank.clone()) {
            Some(path) if path.is_file() => match std::fs::read_to_string(&path) {
                Ok(src) => shipped.with_project_items(&path, &src).unwrap_or_else(|ps| {
                    for p in ps {
                        problems.push(p);
                    }
                    QuestionBank::shipped().unwrap_or_else(|_| unreachable!("parsed above"))
                }),
                Err(e) => {
                    problems.push(Problem::file(
                        &path,
                        format!("cannot read the question bank: {e}"),
                        Owner::Config,
                    ));
                    shipped
                }
            },
            _ => shipped,
        };
        match project {
            Some(p) if problems.is_empty() => Ok((p, bank)),
            _ => {
                problems.sort();
                Err(problems)
            }
        }
    }

    /// Every item as `cohesion bank` prints it: id, construct, scale, polarity, origin, then
    /// one indented line per wording language.
    pub fn listing(&self) -> String {
        let mut out = String::new();
        for item in self.items.values() {
            let scale = if item.binary {
                "binary [0, 1]"
            } else {
                "scale set per wave (survey.toml)"
            };
            let origin = if self.project_ids.contains(&item.id) {
                "project"
            } else {
                "shipped"
            };
            out.push_str(&format!(
                "{}  ({}; {scale}; {}; {origin})\n",
                item.id,
                item.construct,
                item.polarity.as_str()
            ));
            for (lang, w) in &item.wording {
                out.push_str(&format!("    {lang}: {w}\n"));
            }
        }
        out
    }

    /// The shipped bank plus a project's bank text, if any (as saved in the store snapshot).
    pub fn with_project_text(project: Option<&str>) -> Result<Self, String> {
        let bank = QuestionBank::shipped().map_err(|p| p.to_string())?;
        match project {
            None => Ok(bank),
            Some(src) => bank
                .with_project_items(Path::new("question_bank.toml"), src)
                .map_err(|ps| ps.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        }
    }
    /// Look up an item.
    pub fn get(&self, id: &str) -> Option<&BankItem> {
        self.items.get(id)
    }
    /// Comma-separated ids, for "expected one of" messages.
    pub fn ids(&self) -> String {
        self.items.keys().cloned().collect::<Vec<_>>().join(", ")
    }
}

/// Byte offset of the `nth` `id = "ID"` in a bank file (0 when not found), to locate a problem.
fn id_offset(src: &str, id: &str, nth: usize) -> usize {
    let quoted = format!("\"{id}\"");
    src.match_indices(&quoted)
        .filter(|(i, _)| {
            src[..*i].trim_end().ends_with('=') && src[..*i].trim_end().trim_end_matches('=').trim_end().ends_with("id")
        })
        .nth(nth)
        .map_or(0, |(i, _)| i)
}

/// Kind of an ICC Index area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    /// One of the ten core areas: enters the aggregate Index.
    Core,
    /// A sub-area of the intercultural lens.
    Lens,
    /// An optional area: never enters the aggregate.
    Optional,
}

impl AreaKind {
    /// Contract spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AreaKind::Core => "core",
            AreaKind::Lens => "lens",
            AreaKind::Optional => "optional",
        }
    }
}

/// One ICC Index area.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Contract id.
    pub id: String,
    /// Core, lens sub-area or optional.
    pub kind: AreaKind,
    /// Title by language.
    pub title: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAreas {
    area: Vec<Area>,
}

/// The ICC Index areas in their canonical order.
#[derive(Debug, Clone)]
pub struct IndexAreas {
    /// Areas in file order.
    pub areas: Vec<Area>,
}

/// The id of the area that lens sub-areas average into.
pub const LENS_AREA: &str = "intercultural_lens";

impl IndexAreas {
    /// The areas shipped with cohesion.
    pub fn shipped() -> Result<Self, Problem> {
        let raw: RawAreas = super::parse_toml(
            Path::new("datasets/icc_index_areas.toml"),
            INDEX_AREAS_TOML,
            Owner::Config,
        )?;
        Ok(IndexAreas { areas: raw.area })
    }
    /// Look up an area.
    pub fn get(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }
    /// Ids of the core areas, in order.
    pub fn core_ids(&self) -> Vec<&str> {
        self.areas
            .iter()
            .filter(|a| a.kind == AreaKind::Core)
            .map(|a| a.id.as_str())
            .collect()
    }
    /// Comma-separated ids.
    pub fn ids(&self) -> String {
        self.areas.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_bank_has_every_contract_item_in_en_and_fr() {
        let bank = QuestionBank::shipped().expect("bank parses");
        for id in [
            "trust_people",
            "trust_neighbours",
            "trust_institutions",
            "belonging",
            "get_along",
            "diversity_advantage",
            "contact_diverse",
            "discrimination_experienced",
            "safety_night",
            "civic_participation",
        ] {
            let item = bank.get(id).unwrap_or_else(|| panic!("{id} missing"));
            assert!(
                item.wording.contains_key("en") && item.wording.contains_key("fr"),
                "{id}"
            );
        }
        assert_eq!(
            bank.get("discrimination_experienced").map(|i| i.polarity),
            Some(Polarity::LowerIsBetter)
        );
        assert!(bank.get("contact_diverse").is_some_and(|i| i.binary));
    }

    #[test]
    fn shipped_areas_are_ten_core_six_lens_two_optional() {
        let a = IndexAreas::shipped().expect("areas parse");
        assert_eq!(a.core_ids().len(), 10);
        assert_eq!(a.areas.iter().filter(|x| x.kind == AreaKind::Lens).count(), 6);
        assert_eq!(a.areas.iter().filter(|x| x.kind == AreaKind::Optional).count(), 2);
        assert!(a.core_ids().contains(&LENS_AREA));
    }

    #[test]
    fn project_items_are_added_and_may_not_redefine_a_shipped_or_repeated_id() {
        let item = |id: &str| {
            format!(
                "[[item]]\nid = \"{id}\"\nconstruct = \"trust\"\npolarity = \"higher_is_better\"\nbinary = false\nwording = {{ en = \"I trust the parliament.\" }}\n\n"
            )
        };
        let path = Path::new("bank.toml");
        let src = item("trust_parliament");
        let bank = QuestionBank::shipped()
            .expect("bank")
            .with_project_items(path, &src)
            .expect("added");
        assert_eq!(bank.items.len(), 11);
        assert!(bank.project_ids.contains("trust_parliament") && bank.project_ids.len() == 1);
        assert_eq!(bank.project_source.as_deref(), Some(src.as_str()));
        assert!(bank.listing().contains("trust_parliament  (trust; scale set per wave (survey.toml); higher_is_better; project)\n    en: I trust the parliament.\n"));
        let src = format!("{}{}{}", item("a_new_one"), item("belonging"), item("a_new_one"));
        let problems = QuestionBank::shipped()
            .expect("bank")
            .with_project_items(path, &src)
            .expect_err("clashes");
        let msgs: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            vec![
                "bank.toml:9:6: item `belonging` redefines an item of the shipped question bank; give the project's item its own id",
                "bank.toml:16:6: item `a_new_one` is defined twice in this file",
            ]
        );
    }
}
