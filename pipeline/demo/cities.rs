//! The twelve demo cities and the latent "truth" that every demo data file is drawn from.
//!
//! Each city has a fixed cohesion level (an offset in POMP points), optional planted trends,
//! a fieldwork mode, a sample design, and an ICC Index profile. The structure is fixed; the
//! seed only drives sampling noise. [`item_mean`] gives the true mean of a question-bank
//! item (in POMP points, or percent for binary items) for a respondent profile at a date.

use super::util::csv_text;

/// The ten contract question-bank items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Item {
    /// Most people can be trusted.
    TrustPeople,
    /// People in this neighbourhood can be trusted.
    TrustNeighbours,
    /// Trust in the city administration.
    TrustInstitutions,
    /// I feel I belong to this city.
    Belonging,
    /// People from different backgrounds get on well together here.
    GetAlong,
    /// Diversity is an advantage for the city.
    DiversityAdvantage,
    /// Meaningful contact across backgrounds in the last month (binary).
    ContactDiverse,
    /// Experienced discrimination in the last 12 months (binary).
    DiscriminationExperienced,
    /// Feel safe walking alone after dark.
    SafetyNight,
    /// Took part in a civic activity in the last 12 months (binary).
    CivicParticipation,
}

impl Item {
    /// All ten items in bank order.
    pub const ALL: [Item; 10] = [
        Item::TrustPeople,
        Item::TrustNeighbours,
        Item::TrustInstitutions,
        Item::Belonging,
        Item::GetAlong,
        Item::DiversityAdvantage,
        Item::ContactDiverse,
        Item::DiscriminationExperienced,
        Item::SafetyNight,
        Item::CivicParticipation,
    ];

    /// Question-bank id.
    pub fn id(self) -> &'static str {
        match self {
            Item::TrustPeople => "trust_people",
            Item::TrustNeighbours => "trust_neighbours",
            Item::TrustInstitutions => "trust_institutions",
            Item::Belonging => "belonging",
            Item::GetAlong => "get_along",
            Item::DiversityAdvantage => "diversity_advantage",
            Item::ContactDiverse => "contact_diverse",
            Item::DiscriminationExperienced => "discrimination_experienced",
            Item::SafetyNight => "safety_night",
            Item::CivicParticipation => "civic_participation",
        }
    }

    /// Binary (0/1) item.
    pub fn is_binary(self) -> bool {
        matches!(
            self,
            Item::ContactDiverse | Item::DiscriminationExperienced | Item::CivicParticipation
        )
    }

    /// Network-wide baseline mean (POMP points, or percent yes for binary items).
    fn base_mean(self) -> f64 {
        match self {
            Item::TrustPeople => 55.0,
            Item::TrustNeighbours => 62.0,
            Item::TrustInstitutions => 50.0,
            Item::Belonging => 66.0,
            Item::GetAlong => 57.0,
            Item::DiversityAdvantage => 55.0,
            Item::ContactDiverse => 45.0,
            Item::DiscriminationExperienced => 14.0,
            Item::SafetyNight => 63.0,
            Item::CivicParticipation => 28.0,
        }
    }
}

/// Fieldwork mode (docs/INPUTS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Web questionnaire.
    Online,
    /// Telephone interview.
    Phone,
    /// Face-to-face interview.
    FaceToFace,
    /// Paper questionnaire.
    Paper,
    /// More than one mode.
    Mixed,
}

impl Mode {
    /// The manifest spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Online => "online",
            Mode::Phone => "phone",
            Mode::FaceToFace => "face_to_face",
            Mode::Paper => "paper",
            Mode::Mixed => "mixed",
        }
    }
}

/// A planted linear trend in one item of one city's barometer.
#[derive(Debug, Clone, Copy)]
pub struct TrendDef {
    /// The item that moves.
    pub item: Item,
    /// Slope in POMP points (percentage points for binary items) per year.
    pub slope: f64,
}

/// The year around which trends are centred (a trend city's mean level equals its offset).
pub const TREND_CENTRE: f64 = 2020.0;

/// Level shift (POMP points) of the non-binary items in online waves of a city whose mode
/// changes from phone to online; a phone interviewer draws more favourable answers.
pub const MODE_SHIFT_ONLINE: f64 = -8.0;

/// Planted gap, migrant background yes minus no: belonging (POMP points).
pub const GAP_BELONGING: f64 = -10.0;
/// Planted gap, migrant background yes minus no: discrimination experienced (percentage points).
pub const GAP_DISCRIMINATION: f64 = 16.0;

/// One demo city.
#[derive(Debug, Clone)]
pub struct CityDef {
    /// Name as in cities.csv.
    pub name: &'static str,
    /// ASCII slug used in ids and folder names.
    pub slug: &'static str,
    /// Country.
    pub country: &'static str,
    /// Population.
    pub population: u64,
    /// Foreign-born share of the population, percent.
    pub foreign_born_pct: f64,
    /// Region of Europe.
    pub region: &'static str,
    /// Year the city joined the ICC network.
    pub joined_year: i32,
    /// Cohesion level offset (POMP points) added to every positive item.
    pub offset: f64,
    /// Planted trends (empty for a flat city).
    pub trends: &'static [TrendDef],
    /// Barometer fieldwork mode.
    pub mode: Mode,
    /// Mode switches from phone to online after this many waves.
    pub mode_change_after: Option<usize>,
    /// Barometer has strata and PSU columns.
    pub design: bool,
    /// Number of barometer waves.
    pub n_waves: usize,
    /// ICC Index gain per year (points).
    pub index_gain: f64,
    /// The city reports the optional Index areas in 2019-version assessments.
    pub optional_areas: bool,
    /// Number of Index assessments.
    pub n_assessments: usize,
}

const UP_OSLO: &[TrendDef] = &[
    TrendDef {
        item: Item::TrustPeople,
        slope: 3.0,
    },
    TrendDef {
        item: Item::GetAlong,
        slope: 3.0,
    },
    TrendDef {
        item: Item::Belonging,
        slope: 2.5,
    },
];
const UP_BOTKYRKA: &[TrendDef] = &[
    TrendDef {
        item: Item::TrustPeople,
        slope: 4.0,
    },
    TrendDef {
        item: Item::GetAlong,
        slope: 4.0,
    },
    TrendDef {
        item: Item::Belonging,
        slope: 3.5,
    },
];
const UP_LISBON: &[TrendDef] = &[
    TrendDef {
        item: Item::TrustPeople,
        slope: 3.0,
    },
    TrendDef {
        item: Item::GetAlong,
        slope: 3.5,
    },
    TrendDef {
        item: Item::Belonging,
        slope: 3.0,
    },
];
const UP_GENEVE: &[TrendDef] = &[
    TrendDef {
        item: Item::TrustPeople,
        slope: 3.5,
    },
    TrendDef {
        item: Item::GetAlong,
        slope: 3.0,
    },
    TrendDef {
        item: Item::Belonging,
        slope: 3.0,
    },
];
const DOWN_DUBLIN: &[TrendDef] = &[TrendDef {
    item: Item::SafetyNight,
    slope: -3.5,
}];
const DOWN_LIMASSOL: &[TrendDef] = &[TrendDef {
    item: Item::TrustInstitutions,
    slope: -4.0,
}];

/// (trends, mode, design, waves, index gain, optional areas, assessments)
type CitySetup = (&'static [TrendDef], Mode, bool, usize, f64, bool, usize);

/// The twelve demo cities, in the order of cities.csv.
pub fn cities() -> Vec<CityDef> {
    let c = |name, slug, country, population, fb, region, joined, offset| CityDef {
        name,
        slug,
        country,
        population,
        foreign_born_pct: fb,
        region,
        joined_year: joined,
        offset,
        trends: &[],
        mode: Mode::Online,
        mode_change_after: None,
        design: false,
        n_waves: 8,
        index_gain: 1.0,
        optional_areas: false,
        n_assessments: 3,
    };
    let mut v = vec![
        c("Oslo", "oslo", "Norway", 709_037, 27.4, "Northern Europe", 2008, 4.0),
        c(
            "Bergen",
            "bergen",
            "Norway",
            289_330,
            14.6,
            "Northern Europe",
            2011,
            6.0,
        ),
        c(
            "Botkyrka",
            "botkyrka",
            "Sweden",
            97_226,
            43.8,
            "Northern Europe",
            2010,
            -2.0,
        ),
        c(
            "Dublin",
            "dublin",
            "Ireland",
            592_713,
            24.1,
            "Western Europe",
            2011,
            2.0,
        ),
        c(
            "Rotterdam",
            "rotterdam",
            "Netherlands",
            655_468,
            38.2,
            "Western Europe",
            2014,
            -6.0,
        ),
        c(
            "Lisbon",
            "lisbon",
            "Portugal",
            545_796,
            17.3,
            "Southern Europe",
            2008,
            0.0,
        ),
        c(
            "Milan",
            "milan",
            "Italy",
            1_371_498,
            20.1,
            "Southern Europe",
            2009,
            -4.0,
        ),
        c(
            "Reggio Emilia",
            "reggio-emilia",
            "Italy",
            171_944,
            17.7,
            "Southern Europe",
            2008,
            8.0,
        ),
        c(
            "Limassol",
            "limassol",
            "Cyprus",
            102_400,
            33.5,
            "Southern Europe",
            2016,
            -8.0,
        ),
        c(
            "Lublin",
            "lublin",
            "Poland",
            339_784,
            5.3,
            "Central and Eastern Europe",
            2013,
            -3.0,
        ),
        c(
            "Genève",
            "geneve",
            "Switzerland",
            203_856,
            41.9,
            "Western Europe",
            2010,
            5.0,
        ),
        c(
            "Ioannina",
            "ioannina",
            "Greece",
            65_574,
            7.6,
            "Southern Europe",
            2014,
            -5.0,
        ),
    ];
    // (trends, mode, design, waves, index gain, optional areas, assessments)
    let setup: [CitySetup; 12] = [
        (UP_OSLO, Mode::Online, true, 10, 2.5, true, 4),
        (&[], Mode::Online, false, 9, 1.0, false, 3),
        (UP_BOTKYRKA, Mode::Mixed, false, 8, 3.0, true, 3),
        (DOWN_DUBLIN, Mode::Phone, true, 9, 0.3, false, 3),
        (&[], Mode::Phone, true, 10, 0.8, true, 4),
        (UP_LISBON, Mode::FaceToFace, false, 9, 2.5, false, 3),
        (&[], Mode::Online, true, 8, 1.0, false, 2),
        (&[], Mode::Mixed, false, 8, 1.2, true, 4),
        (DOWN_LIMASSOL, Mode::Phone, false, 9, 0.2, false, 2),
        (&[], Mode::Online, true, 8, 1.0, false, 3),
        (UP_GENEVE, Mode::Online, true, 10, 2.5, true, 3),
        (&[], Mode::FaceToFace, false, 8, 0.8, false, 2),
    ];
    for (city, s) in v.iter_mut().zip(setup) {
        city.trends = s.0;
        city.mode = s.1;
        city.design = s.2;
        city.n_waves = s.3;
        city.index_gain = s.4;
        city.optional_areas = s.5;
        city.n_assessments = s.6;
    }
    // Rotterdam switches its barometer from phone to online after five waves.
    if let Some(r) = v.iter_mut().find(|c| c.slug == "rotterdam") {
        r.mode_change_after = Some(5);
    }
    v
}

/// A respondent profile used by [`item_mean`].
#[derive(Debug, Clone, Copy)]
pub struct Profile {
    /// Migrant background.
    pub migrant: bool,
    /// Age band index 0–3 (18-29, 30-44, 45-64, 65+).
    pub age: usize,
}

/// The true mean of `item` (POMP points, or percent yes for binary items) for a respondent
/// of `profile` in `city` at decimal year `t` interviewed in `mode`.
pub fn item_mean(city: &CityDef, item: Item, t: f64, profile: Profile, mode: Mode) -> f64 {
    let mut m = item.base_mean();
    // City cohesion level: positive items up, discrimination down.
    m += match item {
        Item::DiscriminationExperienced => -0.5 * city.offset,
        Item::ContactDiverse | Item::CivicParticipation => 0.8 * city.offset,
        _ => city.offset,
    };
    for tr in city.trends {
        if tr.item == item {
            m += tr.slope * (t - TREND_CENTRE);
        }
    }
    if profile.migrant {
        m += match item {
            Item::Belonging => GAP_BELONGING,
            Item::DiscriminationExperienced => GAP_DISCRIMINATION,
            Item::ContactDiverse => 8.0,
            _ => 0.0,
        };
    }
    let age = profile.age as f64 - 1.5;
    m += match item {
        Item::TrustPeople => 2.0 * age,
        Item::SafetyNight => -2.0 * age,
        Item::CivicParticipation => 3.0 * age,
        Item::ContactDiverse => -3.0 * age,
        _ => 0.0,
    };
    if city.mode_change_after.is_some() && mode == Mode::Online && !item.is_binary() {
        m += MODE_SHIFT_ONLINE;
    }
    m
}

/// The demo's national networks (docs/INPUTS.md "cities.csv"): the Norwegian and the Italian
/// network, each with two demo cities — too few for network estimates, which the network
/// page says.
fn national_network(city: &str) -> &'static str {
    match city {
        "Oslo" | "Bergen" => "Norwegian ICC network",
        "Milan" | "Reggio Emilia" => "Città del Dialogo",
        _ => "",
    }
}

/// The demo's clusters: a Nordic group and port cities (`|` between several).
fn clusters(city: &str) -> &'static str {
    match city {
        "Oslo" | "Bergen" => "Nordic|Ports",
        "Botkyrka" => "Nordic",
        "Dublin" | "Rotterdam" | "Lisbon" | "Limassol" => "Ports",
        _ => "",
    }
}

/// cities.csv text.
pub fn cities_csv(cities: &[CityDef]) -> String {
    let header: Vec<String> = [
        "city",
        "country",
        "population",
        "foreign_born_share",
        "region",
        "joined_year",
        "national_network",
        "clusters",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let rows: Vec<Vec<String>> = cities
        .iter()
        .map(|c| {
            vec![
                c.name.to_string(),
                c.country.to_string(),
                c.population.to_string(),
                format!("{:.3}", c.foreign_born_pct / 100.0),
                c.region.to_string(),
                c.joined_year.to_string(),
                national_network(c.name).to_string(),
                clusters(c.name).to_string(),
            ]
        })
        .collect();
    csv_text(&header, &rows)
}
