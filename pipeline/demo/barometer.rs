//! Cohesion-barometer waves: ≥ 8 irregular waves per city, 2015–2025, all ten bank items.
//!
//! Some cities have a stratified cluster design (strata + PSU columns), the others none.
//! One wave is tiny (suppression), one city switches mode from phone to online, and a few
//! deliberately invalid rows are planted (see [`BAD_ROWS`]).

use super::cities::{CityDef, Item, MODE_SHIFT_ONLINE, Mode};
use super::manifest::{GroupSpec, ItemSpec, Manifest};
use super::people::{AGE_BANDS, CellStyle, Person, answer_cell, draw_person, weight_text, weights};
use super::util::{Date, code_text, csv_text};
use super::{BadRow, BadRowKind, GeneratedFile, ModeChange, SmallWave, WaveInfo};
use crate::rng::Rng;

/// Barometer questionnaire: (bank item, local column, scale min, scale max).
const QUESTIONNAIRE: [(Item, &str, i64, i64); 10] = [
    (Item::TrustPeople, "trust_gen", 0, 10),
    (Item::TrustNeighbours, "trust_nbh", 1, 5),
    (Item::TrustInstitutions, "trust_inst", 1, 5),
    (Item::Belonging, "belong", 1, 4),
    (Item::GetAlong, "getalong", 1, 5),
    (Item::DiversityAdvantage, "div_adv", 1, 5),
    (Item::ContactDiverse, "contact", 0, 1),
    (Item::DiscriminationExperienced, "discrim", 0, 1),
    (Item::SafetyNight, "safe_night", 1, 4),
    (Item::CivicParticipation, "civic", 0, 1),
];

/// Missing codes of the barometer.
const MISSING: [i64; 3] = [-9, 98, 99];

/// Neighbourhood names used by the barometer (ward column).
const WARDS: [&str; 8] = [
    "Centre",
    "North",
    "South",
    "East",
    "West",
    "Harbour",
    "Old Town",
    "Riverside",
];

/// The city (slug) and wave index of the tiny wave, and its size.
const SMALL_WAVE: (&str, usize, usize) = ("bergen", 3, 24);

/// Planted invalid rows: (city slug, wave index, row index, kind, column, value).
/// For a duplicate id the row at `row` is copied and inserted again 16 rows later.
const BAD_ROWS: [(&str, usize, usize, BadRowKind, &str, &str); 6] = [
    ("bergen", 1, 5, BadRowKind::OutOfScale, "trust_nbh", "7"),
    ("lublin", 2, 7, BadRowKind::NonNumeric, "trust_gen", "high"),
    ("milan", 3, 4, BadRowKind::DuplicateRespondentId, "resp_id", ""),
    ("oslo", 4, 11, BadRowKind::NonPositiveWeight, "wgt", "0"),
    ("dublin", 5, 3, BadRowKind::MissingWeight, "wgt", ""),
    ("lisbon", 6, 8, BadRowKind::UnknownGroupCode, "born_abroad", "3"),
];

/// What the barometer generator planted.
#[derive(Debug, Default)]
pub struct BarometerOut {
    /// Files written (relative path, bytes).
    pub files: Vec<GeneratedFile>,
    /// Waves.
    pub waves: Vec<WaveInfo>,
    /// Invalid rows.
    pub bad_rows: Vec<BadRow>,
    /// The tiny wave.
    pub small_wave: Option<SmallWave>,
    /// The mode change.
    pub mode_change: Option<ModeChange>,
}

/// Irregular fieldwork dates: one start per slot of the 2015–2025 span, jittered.
fn schedule(rng: &mut Rng, n: usize) -> Vec<(Date, Date)> {
    let (a, b) = (2015.1, 2025.5);
    let slot = (b - a) / n as f64;
    (0..n)
        .map(|k| {
            let t = a + slot * (k as f64 + rng.range_f64(0.05, 0.6));
            let start = Date::from_decimal_year(t);
            let end = start.plus_days(rng.range_i64(21, 56));
            (start, end)
        })
        .collect()
}

fn manifest(city: &CityDef, id: &str, label: &str, dates: (Date, Date), mode: Mode) -> Manifest {
    let yes_no = vec![
        ("1".to_string(), "yes".to_string()),
        ("2".to_string(), "no".to_string()),
    ];
    let sex = vec![
        ("1".to_string(), "man".to_string()),
        ("2".to_string(), "woman".to_string()),
        ("3".to_string(), "other".to_string()),
    ];
    let group = |dim, column: &str, map| GroupSpec {
        dim,
        column: column.to_string(),
        map,
    };
    Manifest {
        id: id.to_string(),
        kind: "barometer",
        city: city.name.to_string(),
        wave: label.to_string(),
        start: dates.0,
        end: dates.1,
        file: "responses.csv".to_string(),
        respondent_id: "resp_id".to_string(),
        weight: Some("wgt".to_string()),
        strata: city.design.then(|| "stratum".to_string()),
        psu: city.design.then(|| "psu".to_string()),
        mode: mode.as_str(),
        missing_codes: MISSING.to_vec(),
        groups: vec![
            group("migrant_background", "born_abroad", yes_no),
            group("age_band", "ageband", Vec::new()),
            group("gender", "sex", sex),
            group("neighbourhood", "ward", Vec::new()),
        ],
        items: QUESTIONNAIRE
            .iter()
            .map(|(item, col, min, max)| ItemSpec {
                item: item.id(),
                column: col.to_string(),
                min: *min,
                max: *max,
                reverse: false,
                agree: match (item, max - min) {
                    (Item::TrustPeople, _) => None,
                    (_, 1) => Some(vec![1]),
                    (_, 3) => Some(vec![3, 4]),
                    _ => Some(vec![4, 5]),
                },
            })
            .collect(),
    }
}

/// Generate every barometer wave of every city.
pub fn generate(seed: u64, cities: &[CityDef]) -> BarometerOut {
    let mut out = BarometerOut::default();
    for city in cities {
        let mut crng = Rng::derive(seed, &format!("barometer/{}", city.slug));
        let dates = schedule(&mut crng, city.n_waves);
        let n_strata = crng.range_i64(4, 8) as usize;
        let psus_per_stratum: Vec<usize> = (0..n_strata).map(|_| crng.range_i64(2, 6) as usize).collect();
        let mut labels = Vec::new();
        for (k, span) in dates.iter().enumerate() {
            let mut rng = Rng::derive(seed, &format!("barometer/{}/{}", city.slug, k));
            let label = span.0.year_month();
            let id = format!("{}-baro-{}", city.slug, label);
            let mode = match city.mode_change_after {
                Some(after) if k >= after => Mode::Online,
                Some(_) => Mode::Phone,
                None => city.mode,
            };
            let mid = Date::from_days((span.0.to_days() + span.1.to_days()) / 2);
            let t = mid.decimal_year();
            let n = if (city.slug, k) == (SMALL_WAVE.0, SMALL_WAVE.1) {
                out.small_wave = Some(SmallWave {
                    city: city.name.to_string(),
                    survey_id: id.clone(),
                    wave: label.clone(),
                    n: SMALL_WAVE.2,
                });
                SMALL_WAVE.2
            } else if city.trends.is_empty() && rng.bernoulli(0.2) {
                rng.range_i64(150, 280) as usize
            } else {
                rng.range_i64(300, 600) as usize
            };
            // Design: PSU slots spread evenly over respondents, then shuffled.
            let psu_list: Vec<(usize, usize)> = psus_per_stratum
                .iter()
                .enumerate()
                .flat_map(|(h, &m)| (0..m).map(move |j| (h + 1, j + 1)))
                .collect();
            // PSU effects are centred within the wave: clustering without a wave-level shock.
            let mut psu_effect: Vec<f64> = psu_list.iter().map(|_| rng.gauss(0.0, 4.0)).collect();
            let centre = psu_effect.iter().sum::<f64>() / psu_effect.len().max(1) as f64;
            psu_effect.iter_mut().for_each(|e| *e -= centre);
            let mut slots: Vec<usize> = (0..n).map(|i| i % psu_list.len()).collect();
            for i in (1..slots.len()).rev() {
                let j = rng.index(i + 1);
                slots.swap(i, j);
            }
            let people: Vec<Person> = slots
                .iter()
                .map(|&s| {
                    let cl = if city.design { psu_effect[s] } else { 0.0 };
                    draw_person(&mut rng, city, t, mode, cl)
                })
                .collect();
            let w = weights(&mut rng, &people);
            let float_wave = rng.bernoulli(0.3);
            let style = CellStyle {
                p_empty: 0.015,
                p_code: 0.02,
                p_float: if float_wave { 0.15 } else { 0.0 },
            };
            let mut header: Vec<String> = vec!["resp_id".into(), "wgt".into()];
            if city.design {
                header.push("stratum".into());
                header.push("psu".into());
            }
            for h in ["born_abroad", "ageband", "sex", "ward"] {
                header.push(h.into());
            }
            for q in &QUESTIONNAIRE {
                header.push(q.1.into());
            }
            let mut rows: Vec<Vec<String>> = Vec::with_capacity(n + 1);
            for (i, p) in people.iter().enumerate() {
                let mut r = vec![format!("r{:05}", i + 1), weight_text(w[i])];
                let (h, j) = psu_list[slots[i]];
                if city.design {
                    r.push(h.to_string());
                    r.push((h * 100 + j).to_string());
                }
                let as_float = rng.bernoulli(style.p_float);
                r.push(if rng.bernoulli(0.01) {
                    String::new()
                } else {
                    code_text(if p.migrant { 1 } else { 2 }, as_float)
                });
                r.push(if rng.bernoulli(0.01) {
                    String::new()
                } else {
                    AGE_BANDS[p.age].to_string()
                });
                r.push(if rng.bernoulli(0.005) {
                    String::new()
                } else {
                    p.gender.to_string()
                });
                let ward = if city.design {
                    WARDS[(h - 1) % WARDS.len()]
                } else {
                    WARDS[rng.index(6)]
                };
                r.push(ward.to_string());
                for (item, _, min, max) in &QUESTIONNAIRE {
                    let code = p.code(*item, *min, *max, false);
                    r.push(answer_cell(&mut rng, code, &MISSING, style));
                }
                rows.push(r);
            }
            let file = format!("data/surveys/{id}/responses.csv");
            for (slug, wave, row, kind, column, value) in BAD_ROWS {
                if slug != city.slug || wave != k || row >= rows.len() {
                    continue;
                }
                let col = header.iter().position(|h| h == column).unwrap_or(0);
                if kind == BadRowKind::DuplicateRespondentId {
                    let copy = rows[row].clone();
                    let at = (row + 16).min(rows.len());
                    out.bad_rows.push(BadRow {
                        file: file.clone(),
                        line: at + 2,
                        column: column.to_string(),
                        value: copy[col].clone(),
                        kind,
                    });
                    rows.insert(at, copy);
                } else {
                    rows[row][col] = value.to_string();
                    out.bad_rows.push(BadRow {
                        file: file.clone(),
                        line: row + 2,
                        column: column.to_string(),
                        value: value.to_string(),
                        kind,
                    });
                }
            }
            let m = manifest(city, &id, &label, *span, mode);
            out.files
                .push((format!("data/surveys/{id}/survey.toml"), m.to_toml().into_bytes()));
            out.files.push((file, csv_text(&header, &rows).into_bytes()));
            out.waves.push(WaveInfo {
                city: city.name.to_string(),
                survey_id: id,
                kind: "barometer",
                wave: label.clone(),
                fieldwork_mid: mid.to_string(),
                mode: mode.as_str(),
                n_rows: rows.len(),
            });
            labels.push((label, mode));
        }
        if let Some(after) = city.mode_change_after
            && after > 0
            && after < labels.len()
        {
            out.mode_change = Some(ModeChange {
                city: city.name.to_string(),
                from_mode: labels[after - 1].1.as_str(),
                to_mode: labels[after].1.as_str(),
                last_wave_before: labels[after - 1].0.clone(),
                first_wave_after: labels[after].0.clone(),
                level_shift_pomp: MODE_SHIFT_ONLINE,
            });
        }
    }
    out
}
