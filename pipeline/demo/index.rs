//! ICC Index history (`index_scores.csv`, docs/INPUTS.md): 2–4 assessments per city, 2012–2025.
//!
//! A city's Index level follows its cohesion level (the same offset that drives the
//! barometer), so that the Index and the barometer are positively associated across cities;
//! most cities improve over time, the trend cities fastest. Assessments before 2019 use index
//! version "2011", later ones "2019". Some assessments give the intercultural lens itself,
//! others its six sub-areas instead; a few cities also give the optional areas.

use super::cities::CityDef;
use super::util::csv_text;
use super::{BadRow, BadRowKind, GeneratedFile};
use crate::rng::Rng;

/// The ten core areas.
pub const CORE_AREAS: [&str; 10] = [
    "commitment",
    "intercultural_lens",
    "mediation",
    "language",
    "media_communication",
    "international_outlook",
    "intercultural_competence",
    "welcoming",
    "leadership_citizenship",
    "anti_discrimination",
];

/// Sub-areas of the intercultural lens.
pub const LENS_SUB_AREAS: [&str; 6] = [
    "education",
    "neighbourhoods",
    "public_services",
    "business_labour_market",
    "cultural_civil_life",
    "public_space",
];

/// Optional areas (never part of the aggregate).
pub const OPTIONAL_AREAS: [&str; 2] = ["participation", "interaction"];

/// City (slug) whose first assessment gets an extra row with an unknown area.
const UNKNOWN_AREA: (&str, &str) = ("bergen", "housing");
/// A city that is not in cities.csv; its row is inserted after this city's rows.
const UNKNOWN_CITY: (&str, &str) = ("dublin", "Tampere");

/// The true Index level of a city in a year (before area offsets and noise).
pub fn true_level(city: &CityDef, year: i32) -> f64 {
    52.0 + 2.2 * city.offset + city.index_gain * f64::from(year - 2018)
}

fn score_text(x: f64) -> String {
    format!("{}", x.round().clamp(0.0, 100.0) as i64)
}

fn years(rng: &mut Rng, n: usize) -> Vec<i32> {
    let mut y = if n >= 4 {
        rng.range_i64(2012, 2013)
    } else {
        rng.range_i64(2012, 2016)
    };
    let mut v = vec![y as i32];
    for k in 1..n {
        let left = (n - k) as i64;
        let max_gap = ((2025 - y) / left).clamp(2, 5);
        y += rng.range_i64(2, max_gap);
        v.push(y.min(2025) as i32);
    }
    v.dedup();
    v
}

/// index_scores.csv and its planted invalid rows.
pub fn generate(seed: u64, cities: &[CityDef]) -> (GeneratedFile, Vec<BadRow>) {
    let header: Vec<String> = ["city", "year", "index_version", "area", "score"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut rows: Vec<(Vec<String>, Option<BadRowKind>)> = Vec::new();
    for city in cities {
        let mut rng = Rng::derive(seed, &format!("index/{}", city.slug));
        let area_offset: Vec<f64> = CORE_AREAS
            .iter()
            .chain(LENS_SUB_AREAS.iter())
            .chain(OPTIONAL_AREAS.iter())
            .map(|_| rng.gauss(0.0, 7.0))
            .collect();
        let lens_first = rng.bernoulli(0.5);
        for (k, year) in years(&mut rng, city.n_assessments).into_iter().enumerate() {
            let version = if year >= 2019 { "2019" } else { "2011" };
            let level = true_level(city, year) + if version == "2019" { -2.0 } else { 0.0 };
            let row = |area: &str, score: f64| {
                vec![
                    city.name.to_string(),
                    year.to_string(),
                    version.to_string(),
                    area.to_string(),
                    score_text(score),
                ]
            };
            let give_lens = (k % 2 == 0) == lens_first;
            for (a, area) in CORE_AREAS.iter().enumerate() {
                let s = level + area_offset[a] + rng.gauss(0.0, 3.0);
                if *area == "intercultural_lens" && !give_lens {
                    for (b, sub) in LENS_SUB_AREAS.iter().enumerate() {
                        let sb = s + area_offset[CORE_AREAS.len() + b] * 0.8 + rng.gauss(0.0, 3.0);
                        rows.push((row(sub, sb), None));
                    }
                } else {
                    rows.push((row(area, s), None));
                }
            }
            if city.optional_areas && version == "2019" {
                for (o, area) in OPTIONAL_AREAS.iter().enumerate() {
                    let off = area_offset[CORE_AREAS.len() + LENS_SUB_AREAS.len() + o];
                    rows.push((row(area, level + off + rng.gauss(0.0, 3.0)), None));
                }
            }
            if k == 0 && city.slug == UNKNOWN_AREA.0 {
                rows.push((
                    row(UNKNOWN_AREA.1, level + rng.gauss(0.0, 5.0)),
                    Some(BadRowKind::UnknownArea),
                ));
            }
        }
        if city.slug == UNKNOWN_CITY.0 {
            let r = vec![
                UNKNOWN_CITY.1.to_string(),
                "2021".to_string(),
                "2019".to_string(),
                "commitment".to_string(),
                "61".to_string(),
            ];
            rows.push((r, Some(BadRowKind::UnknownCity)));
        }
    }
    let mut bad = Vec::new();
    for (i, (r, kind)) in rows.iter().enumerate() {
        if let Some(kind) = kind {
            let (column, value) = match kind {
                BadRowKind::UnknownCity => ("city", r[0].clone()),
                _ => ("area", r[3].clone()),
            };
            bad.push(BadRow {
                file: "data/index_scores.csv".to_string(),
                line: i + 2,
                column: column.to_string(),
                value,
                kind: *kind,
            });
        }
    }
    let plain: Vec<Vec<String>> = rows.into_iter().map(|(r, _)| r).collect();
    (
        (
            "data/index_scores.csv".to_string(),
            csv_text(&header, &plain).into_bytes(),
        ),
        bad,
    )
}
