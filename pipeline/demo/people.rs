//! Synthetic respondents: profile, post-stratification-like weight, and answers drawn from
//! the latent truth of [`super::cities::item_mean`].
//!
//! A respondent has one general "cohesion disposition" factor shared by all items (so that
//! scales have a sensible Cronbach's α) plus item-specific noise. Non-binary answers are a
//! continuous latent on the POMP scale, rounded onto whatever scale a questionnaire uses;
//! binary answers are drawn from a logistic model around the item's true share.

use super::cities::{CityDef, Item, Mode, Profile, item_mean};
use super::util::{code_text, logistic, logit, pomp_to_code};
use crate::rng::Rng;

/// Age bands as written in the data files.
pub const AGE_BANDS: [&str; 4] = ["18-29", "30-44", "45-64", "65+"];
/// Age-band shares in the population.
const AGE_POP: [f64; 4] = [0.22, 0.27, 0.33, 0.18];
/// Age-band shares in the (biased) achieved sample.
const AGE_SAMPLE: [f64; 4] = [0.15, 0.24, 0.36, 0.25];
/// Gender shares (man, woman, other) in the population.
const GENDER_POP: [f64; 3] = [0.49, 0.50, 0.01];
/// Gender shares in the achieved sample.
const GENDER_SAMPLE: [f64; 3] = [0.45, 0.535, 0.015];

/// One synthetic respondent.
#[derive(Debug, Clone)]
pub struct Person {
    /// Migrant background.
    pub migrant: bool,
    /// Age band index into [`AGE_BANDS`].
    pub age: usize,
    /// Gender code 1 = man, 2 = woman, 3 = other.
    pub gender: u8,
    /// Latent answer per item (POMP scale) for non-binary items, in [`Item::ALL`] order.
    pub latent: [f64; 10],
    /// Answer per item for binary items, in [`Item::ALL`] order.
    pub yes: [bool; 10],
}

impl Person {
    /// The answer to `item` as a code on `[min, max]`; `reverse` mirrors it into local codes.
    pub fn code(&self, item: Item, min: i64, max: i64, reverse: bool) -> i64 {
        let k = item_index(item);
        let v = if item.is_binary() {
            i64::from(self.yes[k])
        } else {
            pomp_to_code(self.latent[k], min, max)
        };
        if reverse { min + max - v } else { v }
    }
}

/// Position of an item in [`Item::ALL`].
pub fn item_index(item: Item) -> usize {
    Item::ALL.iter().position(|x| *x == item).unwrap_or(0)
}

/// Draw one respondent of `city` interviewed at decimal year `t` in `mode`.
/// `cluster` is the PSU's random effect in POMP points (0 without a cluster design).
pub fn draw_person(rng: &mut Rng, city: &CityDef, t: f64, mode: Mode, cluster: f64) -> Person {
    let migrant = rng.bernoulli(city.foreign_born_pct / 100.0);
    let age = rng.choose_weighted(&AGE_SAMPLE);
    let gender = (rng.choose_weighted(&GENDER_SAMPLE) + 1) as u8;
    let profile = Profile { migrant, age };
    let z = rng.normal();
    let mut latent = [0.0; 10];
    let mut yes = [false; 10];
    for (k, item) in Item::ALL.iter().enumerate() {
        let mean = item_mean(city, *item, t, profile, mode);
        if item.is_binary() {
            let eta = logit(mean / 100.0) + 0.4 * z + cluster / 25.0;
            yes[k] = rng.bernoulli(logistic(eta));
        } else {
            latent[k] = mean + cluster + 13.0 * z + 16.0 * rng.normal();
        }
    }
    Person {
        migrant,
        age,
        gender,
        latent,
        yes,
    }
}

/// Post-stratification-like weights: population share / sample share of the age and gender
/// cells, times a little raking noise, scaled to mean 1 and trimmed to [0.3, 3].
pub fn weights(rng: &mut Rng, people: &[Person]) -> Vec<f64> {
    let raw: Vec<f64> = people
        .iter()
        .map(|p| {
            let g = usize::from(p.gender.saturating_sub(1)).min(2);
            let cell = AGE_POP[p.age] / AGE_SAMPLE[p.age] * GENDER_POP[g] / GENDER_SAMPLE[g];
            cell * (0.25 * rng.normal()).exp()
        })
        .collect();
    let mean = raw.iter().sum::<f64>() / raw.len().max(1) as f64;
    raw.iter().map(|w| (w / mean).clamp(0.3, 3.0)).collect()
}

/// Weight as written in a file (4 decimals).
pub fn weight_text(w: f64) -> String {
    format!("{w:.4}")
}

/// How answers are written: missing-answer rates and the share of codes written as `3.0`.
#[derive(Debug, Clone, Copy)]
pub struct CellStyle {
    /// Probability of an empty cell.
    pub p_empty: f64,
    /// Probability of a missing code.
    pub p_code: f64,
    /// Probability that a code is written with a `.0` suffix.
    pub p_float: f64,
}

/// One answer cell: the code, or an empty cell, or one of `missing_codes`.
pub fn answer_cell(rng: &mut Rng, code: i64, missing_codes: &[i64], style: CellStyle) -> String {
    let u = rng.uniform();
    if u < style.p_empty {
        String::new()
    } else if u < style.p_empty + style.p_code && !missing_codes.is_empty() {
        let m = missing_codes[rng.index(missing_codes.len())];
        m.to_string()
    } else {
        let f = rng.bernoulli(style.p_float);
        code_text(code, f)
    }
}
