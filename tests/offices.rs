//! Files as offices send them (docs/INPUTS.md): a semicolon-separated, decimal-comma,
//! Windows-1252 wave ingests exactly like its UTF-8 comma twin; item value maps from codes or
//! labels, text missing codes and numeric age bands harmonise as the manifest says.

use crate::util::{Workdir, read_table};
use polars::prelude::*;

/// The base fixture's 2023 wave with a neighbourhood column whose names need more than ASCII.
fn wave_2023_with_wards() -> Vec<Vec<String>> {
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/base/data/surveys/alpha-2023/responses.csv"),
    )
    .expect("base wave");
    let wards = [
        "Sørbyen",
        "Gamle Bærum",
        "Sørbyen",
        "Østli",
        "Gamle Bærum",
        "Sørbyen",
        "Østli",
        "Sentrum",
    ];
    base.lines()
        .enumerate()
        .map(|(i, l)| {
            let mut cells: Vec<String> = l.split(',').map(str::to_string).collect();
            cells.push(if i == 0 { "ward".into() } else { wards[i - 1].into() });
            cells
        })
        .collect()
}

/// Windows-1252 bytes of text whose characters all lie in Latin-1 (there they agree).
fn windows_1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
        .collect()
}

fn frame(path: &std::path::Path) -> DataFrame {
    ParquetReader::new(std::fs::File::open(path).expect("open"))
        .finish()
        .expect("read")
}

#[test]
fn a_semicolon_decimal_comma_windows_1252_wave_matches_its_utf8_comma_twin() {
    let rows = wave_2023_with_wards();
    let manifest = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/base/data/surveys/alpha-2023/survey.toml"),
    )
    .expect("manifest")
    .replace("[groups]\n", "[groups]\nneighbourhood = { column = \"ward\" }\n");
    let wave = "data/surveys/alpha-2023";

    // The UTF-8, comma-separated twin.
    let utf8 = Workdir::new("offices-utf8");
    let p = utf8.copy_fixture("base", "project");
    let text: String = rows.iter().map(|r| r.join(",") + "\n").collect();
    std::fs::write(p.join(wave).join("responses.csv"), text).expect("write");
    std::fs::write(p.join(wave).join("survey.toml"), &manifest).expect("write");

    // As an office's Excel writes it: semicolons, decimal commas, Windows-1252, CRLF.
    let office = Workdir::new("offices-cp1252");
    let p = office.copy_fixture("base", "project");
    let text: String = rows
        .iter()
        .map(|r| {
            let cells: Vec<String> = r.iter().map(|c| c.replace('.', ",")).collect();
            cells.join(";") + "\r\n"
        })
        .collect();
    assert!(text.contains(";1,5;") && text.contains("S\u{f8}rbyen"));
    std::fs::write(p.join(wave).join("responses.csv"), windows_1252(&text)).expect("write");
    let keyed = manifest.replace(
        "missing_codes =",
        "delimiter = \";\"\ndecimal = \",\"\nencoding = \"windows-1252\"\nmissing_codes =",
    );
    std::fs::write(p.join(wave).join("survey.toml"), keyed).expect("write");

    for wd in [&utf8, &office] {
        wd.ok(&["--quiet", "run", "project", "--out", "out"]);
    }
    let part = "out/store/responses/city=Alphaville/kind=survey/alpha-2023.parquet";
    let (a, b) = (frame(&utf8.path(part)), frame(&office.path(part)));
    assert!(a.equals_missing(&b), "responses differ:\n{a}\n{b}");
    let wards = b.column("neighbourhood").expect("ward").str().expect("str").clone();
    assert_eq!(wards.get(0), Some("Sørbyen"));
    assert_eq!(b.column("weight").expect("w").f64().expect("f").get(0), Some(1.5));
    let (ea, eb) = (
        read_table(&utf8.path("out"), "estimates"),
        read_table(&office.path("out"), "estimates"),
    );
    assert!(ea.height() > 0);
    assert!(ea.equals_missing(&eb), "estimates differ");
}

const MAPPED_WAVE: &str = "\
idno,pspwght,agea,gndr,dscrgrp,ppltrst,getalong
1,1.0,17,1,2,7,Agree strongly
2,1.0,29,2,1,3,Agree
3,1.0,30,1,7,Refusal,Disagree
4,1.0,44,2,2,8,Don't know
5,1.0,45,1,8,77,Disagree strongly
6,1.0,64,2,1,5,Agree
7,1.0,65,1,2,10,
8,1.0,97,2,2,6,Agree strongly
9,1.0,999,1,2,6,Agree
10,1.0,14,2,2,6,Agree
11,1.0,50,1,2,6,Neither
";

const MAPPED_MANIFEST: &str = r#"id = "alpha-2024"
kind = "survey"
city = "Alphaville"
wave = "2024"
fieldwork_start = 2024-03-01
fieldwork_end = 2024-04-20
file = "responses.csv"
respondent_id = "idno"
weight = "pspwght"
mode = "face_to_face"
missing_codes = [999]

[groups]
age_band = { column = "agea", bands = [15, 30, 45, 65] }
gender = { column = "gndr", map = { "1" = "man", "2" = "woman" } }

[items]
discrimination_experienced = { column = "dscrgrp", map = { "1" = 1, "2" = 0 }, scale = [0, 1], agree = ["1"], missing_codes = [7, 8, 9] }
trust_people = { column = "ppltrst", scale = [0, 10], missing_codes = [77, 88, 99, "Refusal"] }
get_along = { column = "getalong", map = { "Agree strongly" = 1, "Agree" = 2, "Disagree" = 3, "Disagree strongly" = 4 }, scale = [1, 4], reverse = true, agree = ["Agree strongly", "Agree"], missing_codes = ["Don't know"] }
"#;

#[test]
fn value_maps_text_missing_codes_and_bands_harmonise() {
    let wd = Workdir::new("offices-mapped");
    let p = wd.copy_fixture("base", "project");
    let wave = p.join("data/surveys/alpha-2024");
    std::fs::write(wave.join("responses.csv"), MAPPED_WAVE).expect("write");
    std::fs::write(wave.join("survey.toml"), MAPPED_MANIFEST).expect("write");
    wd.ok(&["--quiet", "ingest", "project", "--out", "out"]);

    let df = frame(&wd.path("out/store/responses/city=Alphaville/kind=survey/alpha-2024.parquet"));
    assert_eq!(df.height(), 9 * 3, "9 of 11 respondents accepted, 3 items each");
    let col = |name: &str| df.column(name).expect("column").clone();
    let (item, value, agree, band) = (col("item"), col("value"), col("agree"), col("age_band"));
    let (item, value, agree, band) = (
        item.str().expect("str"),
        value.f64().expect("f64"),
        agree.bool().expect("bool"),
        band.str().expect("str"),
    );
    // Items in manifest (alphabetical) order: discrimination_experienced, get_along, trust_people.
    let at = |row: usize, it: &str| {
        let order = ["discrimination_experienced", "get_along", "trust_people"];
        let i = row * 3 + order.iter().position(|o| *o == it).expect("item");
        assert_eq!(item.get(i), Some(it));
        (value.get(i), agree.get(i), band.get(i))
    };
    // Respondent 1: dscrgrp 2 = no; "Agree strongly" is code 1, mirrored to 4; age 17.
    assert_eq!(
        at(0, "discrimination_experienced"),
        (Some(0.0), Some(false), Some("15–29"))
    );
    assert_eq!(at(0, "get_along"), (Some(4.0), Some(true), Some("15–29")));
    assert_eq!(at(0, "trust_people"), (Some(7.0), Some(true), Some("15–29")));
    // Respondent 2: dscrgrp 1 = yes; "Agree" -> 2 -> 3, agrees by its local label.
    assert_eq!(
        at(1, "discrimination_experienced"),
        (Some(1.0), Some(true), Some("15–29"))
    );
    assert_eq!(at(1, "get_along"), (Some(3.0), Some(true), Some("15–29")));
    // Respondent 3: missing codes 7 and "Refusal"; age 30 opens the next band.
    assert_eq!(at(2, "discrimination_experienced"), (None, None, Some("30–44")));
    assert_eq!(at(2, "trust_people"), (None, None, Some("30–44")));
    assert_eq!(at(2, "get_along"), (Some(2.0), Some(false), Some("30–44")));
    // Respondent 4: the text missing code "Don't know".
    assert_eq!(at(3, "get_along"), (None, None, Some("30–44")));
    assert_eq!(at(4, "get_along"), (Some(1.0), Some(false), Some("45–64")));
    assert_eq!(at(6, "get_along"), (None, None, Some("65+")));
    assert_eq!(at(7, "trust_people").2, Some("65+"));
    // Respondent 9: age 999 is a missing code: an unknown band, still in `all`.
    assert_eq!(at(8, "trust_people"), (Some(6.0), Some(true), None));

    let rejects = read_table(&wd.path("out"), "rejects");
    let reasons: Vec<(u64, String)> = rejects
        .column("line")
        .expect("line")
        .u64()
        .expect("u64")
        .iter()
        .zip(rejects.column("reason").expect("reason").str().expect("str").iter())
        .filter_map(|(l, r)| Some((l?, r?.to_string())))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (
                11,
                "below the first band (expected a number for the age_band bands 15–29, 30–44, 45–64, 65+ or a \
                 missing code)"
                    .to_string()
            ),
            (
                12,
                "not in the map of get_along (expected one of \"Agree strongly\", \"Agree\", \"Disagree\", \
                 \"Disagree strongly\" or a missing code: \"Don't know\")"
                    .to_string()
            ),
        ]
    );
    let waves = read_table(&wd.path("out"), "waves");
    let mappings = waves
        .column("item_mappings")
        .expect("mappings")
        .str()
        .expect("str")
        .clone();
    assert!(
        mappings.iter().flatten().any(|m| m
            .contains("discrimination_experienced: column dscrgrp, scale 0–1, map { \"2\" = 0, \"1\" = 1 }, agree 1")),
        "{mappings:?}"
    );
}
