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
        })
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
}
