//! City surveys (kind = "survey"): six local questionnaires that ask bank items under other
//! column names, on other scales, sometimes reversed, with their own missing codes and group
//! codings. Milan's survey is written as XLSX (first sheet, header row then data).

use super::cities::{CityDef, Item, Mode};
use super::manifest::{GroupSpec, ItemSpec, Manifest};
use super::people::{Person, draw_person, weights};
use super::util::{Date, csv_text};
use super::{GeneratedFile, WaveInfo};
use crate::rng::Rng;

/// (bank item, column, scale min, scale max, reverse, agree codes in local codes)
type LocalItem = (Item, &'static str, i64, i64, bool, Option<&'static [i64]>);
/// (column, [(local code, standard value)])
type CodedGroup = (&'static str, &'static [(&'static str, &'static str)]);

/// One local questionnaire.
struct LocalSurvey {
    city: &'static str,
    years: &'static [i32],
    mode: Mode,
    xlsx: bool,
    respondent: &'static str,
    weight: Option<&'static str>,
    missing: &'static [i64],
    p_float: f64,
    migrant: CodedGroup,
    age: (&'static str, [&'static str; 4]),
    gender: CodedGroup,
    neighbourhood: Option<(&'static str, &'static [&'static str])>,
    items: &'static [LocalItem],
}

const AGES: [&str; 4] = ["18-29", "30-44", "45-64", "65+"];

const SURVEYS: [LocalSurvey; 6] = [
    LocalSurvey {
        city: "oslo",
        years: &[2018, 2023],
        mode: Mode::Online,
        xlsx: false,
        respondent: "lopenr",
        weight: Some("vekt"),
        missing: &[-9, -8],
        p_float: 0.0,
        migrant: ("landbakgrunn", &[("0", "no"), ("1", "yes")]),
        age: ("aldersgruppe", AGES),
        gender: ("kjonn", &[("1", "man"), ("2", "woman")]),
        neighbourhood: Some((
            "bydel",
            &[
                "Gamle Oslo",
                "Grünerløkka",
                "Sagene",
                "Frogner",
                "Stovner",
                "Søndre Nordstrand",
            ],
        )),
        items: &[
            (Item::TrustPeople, "Q12", 0, 10, false, None),
            (Item::Belonging, "Q3", 1, 4, true, Some(&[1, 2])),
            (Item::TrustNeighbours, "Q5", 1, 5, false, Some(&[4, 5])),
            (Item::GetAlong, "Q7", 1, 5, false, Some(&[4, 5])),
            (Item::ContactDiverse, "Q9", 0, 1, false, Some(&[1])),
        ],
    },
    LocalSurvey {
        city: "lisbon",
        years: &[2021],
        mode: Mode::FaceToFace,
        xlsx: false,
        respondent: "id_inq",
        weight: None,
        missing: &[8, 9],
        p_float: 0.0,
        migrant: ("natural_estrangeiro", &[("S", "yes"), ("N", "no")]),
        age: ("escalao_etario", ["18 a 29", "30 a 44", "45 a 64", "65 ou mais"]),
        gender: ("sexo", &[("M", "man"), ("F", "woman")]),
        neighbourhood: Some((
            "freguesia",
            &["Arroios", "Santa Maria Maior", "Alvalade", "Benfica", "Marvila"],
        )),
        items: &[
            (Item::TrustPeople, "v_trust", 1, 4, false, Some(&[3, 4])),
            (Item::TrustNeighbours, "v_viz", 1, 5, false, Some(&[4, 5])),
            (Item::DiversityAdvantage, "v_div", 1, 7, false, Some(&[5, 6, 7])),
            (Item::DiscriminationExperienced, "v_disc", 0, 1, false, Some(&[1])),
        ],
    },
    LocalSurvey {
        city: "milan",
        years: &[2022],
        mode: Mode::Mixed,
        xlsx: true,
        respondent: "ID",
        weight: Some("peso"),
        missing: &[97, 98, 99],
        p_float: 0.0,
        migrant: ("nato_estero", &[("1", "yes"), ("2", "no")]),
        age: ("classe_eta", AGES),
        gender: ("genere", &[("1", "man"), ("2", "woman"), ("3", "other")]),
        neighbourhood: Some((
            "municipio",
            &[
                "Municipio 1",
                "Municipio 2",
                "Municipio 3",
                "Municipio 4",
                "Municipio 5",
                "Municipio 6",
                "Municipio 7",
                "Municipio 8",
                "Municipio 9",
            ],
        )),
        items: &[
            (Item::TrustPeople, "D1_fiducia", 0, 10, false, None),
            (Item::TrustInstitutions, "D4_comune", 1, 4, false, Some(&[3, 4])),
            (Item::GetAlong, "D7_convivenza", 1, 5, true, Some(&[1, 2])),
            (Item::SafetyNight, "D9_sicurezza", 1, 4, false, Some(&[3, 4])),
        ],
    },
    LocalSurvey {
        city: "dublin",
        years: &[2019, 2024],
        mode: Mode::Phone,
        xlsx: false,
        respondent: "RespondentID",
        weight: Some("weight_final"),
        missing: &[-1],
        p_float: 0.0,
        migrant: ("born_outside_ireland", &[("1", "yes"), ("0", "no")]),
        age: ("age_group", AGES),
        gender: ("gender", &[("1", "man"), ("2", "woman"), ("3", "other")]),
        neighbourhood: None,
        items: &[
            (Item::TrustPeople, "trust_gen_0_10", 0, 10, false, None),
            (Item::SafetyNight, "unsafe_dark", 1, 5, true, Some(&[1, 2])),
            (Item::CivicParticipation, "volunteered", 0, 1, false, Some(&[1])),
            (Item::Belonging, "belong_dublin", 1, 5, false, Some(&[4, 5])),
        ],
    },
    LocalSurvey {
        city: "rotterdam",
        years: &[2020],
        mode: Mode::Paper,
        xlsx: false,
        respondent: "respnr",
        weight: Some("gewicht"),
        missing: &[9, 99],
        p_float: 0.1,
        migrant: ("migratieachtergrond", &[("1", "no"), ("2", "yes"), ("3", "yes")]),
        age: ("leeftijd_klasse", AGES),
        gender: ("geslacht", &[("1", "man"), ("2", "woman")]),
        neighbourhood: Some((
            "wijk",
            &[
                "Feijenoord",
                "Charlois",
                "Delfshaven",
                "Kralingen-Crooswijk",
                "Noord",
                "Centrum",
            ],
        )),
        items: &[
            (Item::TrustPeople, "vertrouwen", 1, 5, false, Some(&[4, 5])),
            (Item::Belonging, "thuis_voelen", 1, 5, false, Some(&[4, 5])),
            (Item::ContactDiverse, "contact_anders", 0, 1, false, Some(&[1])),
            (
                Item::DiscriminationExperienced,
                "gediscrimineerd",
                0,
                1,
                false,
                Some(&[1]),
            ),
            (
                Item::DiversityAdvantage,
                "diversiteit_verrijking",
                1,
                5,
                false,
                Some(&[4, 5]),
            ),
        ],
    },
    LocalSurvey {
        city: "lublin",
        years: &[2023],
        mode: Mode::Online,
        xlsx: false,
        respondent: "nr",
        weight: Some("waga"),
        missing: &[-99, 88],
        p_float: 0.0,
        migrant: ("P10", &[("1", "yes"), ("2", "no")]),
        age: ("P11", AGES),
        gender: ("P12", &[("1", "man"), ("2", "woman")]),
        neighbourhood: Some((
            "dzielnica",
            &["Śródmieście", "Czechów", "Kalinowszczyzna", "Wieniawa", "Bronowice"],
        )),
        items: &[
            (Item::TrustInstitutions, "P1", 1, 10, false, None),
            (Item::TrustNeighbours, "P2", 1, 4, true, Some(&[1, 2])),
            (Item::GetAlong, "P3", 1, 5, false, Some(&[4, 5])),
            (Item::CivicParticipation, "P4", 0, 1, false, Some(&[1])),
        ],
    },
];

/// One cell of a local data file.
#[derive(Debug, Clone)]
enum Cell {
    Empty,
    Code(i64, bool),
    Weight(f64),
    Text(String),
}

impl Cell {
    fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Code(v, true) => format!("{v}.0"),
            Cell::Code(v, false) => v.to_string(),
            Cell::Weight(w) => format!("{w:.4}"),
            Cell::Text(s) => s.clone(),
        }
    }
}

/// A group code whose mapped value is `label` (first of several), or empty if none maps.
fn coded(rng: &mut Rng, map: &[(&str, &str)], label: &str) -> Cell {
    let codes: Vec<&str> = map.iter().filter(|(_, v)| *v == label).map(|(k, _)| *k).collect();
    if codes.is_empty() {
        return Cell::Empty;
    }
    let c = codes[rng.index(codes.len())];
    match c.parse::<i64>() {
        Ok(v) => Cell::Code(v, false),
        Err(_) => Cell::Text(c.to_string()),
    }
}

fn rows_for(rng: &mut Rng, s: &LocalSurvey, people: &[Person]) -> (Vec<String>, Vec<Vec<Cell>>) {
    let mut header = vec![s.respondent.to_string()];
    if let Some(w) = s.weight {
        header.push(w.to_string());
    }
    header.push(s.migrant.0.to_string());
    header.push(s.age.0.to_string());
    header.push(s.gender.0.to_string());
    if let Some((col, _)) = s.neighbourhood {
        header.push(col.to_string());
    }
    for it in s.items {
        header.push(it.1.to_string());
    }
    let w = weights(rng, people);
    let first_id = rng.range_i64(1000, 8000);
    let mut rows = Vec::with_capacity(people.len());
    for (i, p) in people.iter().enumerate() {
        let mut r = vec![Cell::Code(first_id + 3 * i as i64, false)];
        if s.weight.is_some() {
            r.push(Cell::Weight((w[i] * 10_000.0).round() / 10_000.0));
        }
        r.push(if rng.bernoulli(0.01) {
            Cell::Empty
        } else {
            coded(rng, s.migrant.1, if p.migrant { "yes" } else { "no" })
        });
        r.push(Cell::Text(s.age.1[p.age].to_string()));
        let g = ["man", "woman", "other"][usize::from(p.gender.saturating_sub(1)).min(2)];
        r.push(coded(rng, s.gender.1, g));
        if let Some((_, names)) = s.neighbourhood {
            r.push(Cell::Text(names[rng.index(names.len())].to_string()));
        }
        for (item, _, min, max, reverse, _) in s.items {
            let code = p.code(*item, *min, *max, *reverse);
            let u = rng.uniform();
            r.push(if u < 0.02 {
                Cell::Empty
            } else if u < 0.05 {
                Cell::Code(s.missing[rng.index(s.missing.len())], false)
            } else {
                Cell::Code(code, rng.bernoulli(s.p_float))
            });
        }
        rows.push(r);
    }
    (header, rows)
}

fn xlsx_bytes(header: &[String], rows: &[Vec<Cell>]) -> std::io::Result<Vec<u8>> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| std::io::Error::other(e.to_string());
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(2022, 12, 1).map_err(err)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let ws = wb.add_worksheet();
    ws.set_name("data").map_err(err)?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, h).map_err(err)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let rr = (r + 1) as u32;
        for (c, cell) in row.iter().enumerate() {
            let cc = c as u16;
            match cell {
                Cell::Empty => {}
                Cell::Code(v, _) => {
                    ws.write_number(rr, cc, *v as f64).map_err(err)?;
                }
                Cell::Weight(w) => {
                    ws.write_number(rr, cc, *w).map_err(err)?;
                }
                Cell::Text(s) => {
                    ws.write_string(rr, cc, s).map_err(err)?;
                }
            }
        }
    }
    wb.save_to_buffer().map_err(err)
}

/// Generate every city-survey wave.
pub fn generate(seed: u64, cities: &[CityDef]) -> std::io::Result<(Vec<GeneratedFile>, Vec<WaveInfo>)> {
    let mut files = Vec::new();
    let mut waves = Vec::new();
    for s in &SURVEYS {
        let Some(city) = cities.iter().find(|c| c.slug == s.city) else {
            continue;
        };
        for year in s.years {
            let mut rng = Rng::derive(seed, &format!("survey/{}/{}", s.city, year));
            let start = Date::ymd(*year, rng.range_i64(2, 9) as u32, rng.range_i64(1, 28) as u32);
            let end = start.plus_days(rng.range_i64(30, 75));
            let mid = Date::from_days((start.to_days() + end.to_days()) / 2);
            let n = rng.range_i64(500, 1100) as usize;
            let people: Vec<Person> = (0..n)
                .map(|_| draw_person(&mut rng, city, mid.decimal_year(), s.mode, 0.0))
                .collect();
            let (header, rows) = rows_for(&mut rng, s, &people);
            let id = format!("{}-survey-{}", s.city, year);
            let file = if s.xlsx { "responses.xlsx" } else { "responses.csv" };
            let bytes = if s.xlsx {
                xlsx_bytes(&header, &rows)?
            } else {
                let text: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(Cell::csv).collect()).collect();
                csv_text(&header, &text).into_bytes()
            };
            let map = |m: &[(&str, &str)]| -> Vec<(String, String)> {
                m.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
            };
            let mut groups = vec![
                GroupSpec {
                    dim: "migrant_background",
                    column: s.migrant.0.to_string(),
                    map: map(s.migrant.1),
                },
                GroupSpec {
                    dim: "age_band",
                    column: s.age.0.to_string(),
                    map: Vec::new(),
                },
                GroupSpec {
                    dim: "gender",
                    column: s.gender.0.to_string(),
                    map: map(s.gender.1),
                },
            ];
            if let Some((col, _)) = s.neighbourhood {
                groups.push(GroupSpec {
                    dim: "neighbourhood",
                    column: col.to_string(),
                    map: Vec::new(),
                });
            }
            let manifest = Manifest {
                id: id.clone(),
                kind: "survey",
                city: city.name.to_string(),
                wave: year.to_string(),
                start,
                end,
                file: file.to_string(),
                respondent_id: s.respondent.to_string(),
                weight: s.weight.map(str::to_string),
                strata: None,
                psu: None,
                mode: s.mode.as_str(),
                missing_codes: s.missing.to_vec(),
                groups,
                items: s
                    .items
                    .iter()
                    .map(|(item, col, min, max, reverse, agree)| ItemSpec {
                        item: item.id(),
                        column: col.to_string(),
                        min: *min,
                        max: *max,
                        reverse: *reverse,
                        agree: agree.map(<[i64]>::to_vec),
                    })
                    .collect(),
            };
            files.push((
                format!("data/surveys/{id}/survey.toml"),
                manifest.to_toml().into_bytes(),
            ));
            files.push((format!("data/surveys/{id}/{file}"), bytes));
            waves.push(WaveInfo {
                city: city.name.to_string(),
                survey_id: id,
                kind: "survey",
                wave: year.to_string(),
                fieldwork_mid: mid.to_string(),
                mode: s.mode.as_str(),
                n_rows: rows.len(),
            });
        }
    }
    Ok((files, waves))
}
