//! Activity evaluations (`activities.csv`, docs/INPUTS.md): pre/post answers of participants in
//! three kinds of contact activity with different true effects (strong, moderate, none).
//!
//! Likert items: a participant's latent attitude plus independent measurement noise at each
//! phase, shifted by the activity's true effect at post (in scale points). Binary contact: the
//! post answer re-draws from the stationary share with probability 0.15 (no net change), then
//! a "no" turns into "yes" with the activity's conversion probability.

use super::util::{Date, csv_text};
use super::{ActivityEffect, BadRow, BadRowKind, GeneratedFile};
use crate::rng::Rng;

/// (activity type, strength label, get_along shift, diversity_advantage shift, contact conversion)
const TYPES: [(&str, &str, f64, f64, f64); 3] = [
    ("intercultural_dialogue", "strong", 0.9, 0.7, 0.40),
    ("sports_mixed_teams", "moderate", 0.45, 0.35, 0.20),
    ("info_session", "none", 0.0, 0.0, 0.0),
];

/// (activity id, type index, city, date)
/// (activity id, type index, city, (year, month, day))
type ActivityDef = (&'static str, usize, &'static str, (i32, u32, u32));

const ACTIVITIES: [ActivityDef; 9] = [
    ("dialogue-oslo-2023", 0, "Oslo", (2023, 3, 14)),
    ("dialogue-botkyrka-2023", 0, "Botkyrka", (2023, 9, 20)),
    ("dialogue-lisbon-2024", 0, "Lisbon", (2024, 2, 8)),
    ("sports-rotterdam-2022", 1, "Rotterdam", (2022, 6, 11)),
    ("sports-dublin-2023", 1, "Dublin", (2023, 5, 27)),
    ("sports-geneve-2024", 1, "Genève", (2024, 4, 13)),
    ("info-milan-2022", 2, "Milan", (2022, 11, 9)),
    ("info-lublin-2023", 2, "Lublin", (2023, 10, 4)),
    ("info-reggio-emilia-2024", 2, "Reggio Emilia", (2024, 3, 21)),
];

/// Participants (activity index, participant number) who dropped out: pre rows only.
const DROPOUTS: [(usize, usize); 3] = [(1, 4), (4, 9), (7, 2)];

/// The unknown item planted in one pre row (activity index, participant number).
const UNKNOWN_ITEM: (usize, usize, &str) = (5, 3, "empathy");

/// Likert item: 1–5 from a latent, clamped and rounded.
fn likert(x: f64) -> i64 {
    (x.round() as i64).clamp(1, 5)
}

/// The planted true effects, one row per type and item.
pub fn true_effects() -> Vec<ActivityEffect> {
    let mut v = Vec::new();
    for (t, strength, ga, da, conv) in TYPES {
        for (item, eff, unit) in [
            ("get_along", ga, "scale points (1-5), latent shift"),
            ("diversity_advantage", da, "scale points (1-5), latent shift"),
            ("contact_diverse", conv, "probability that a pre 'no' turns 'yes'"),
        ] {
            v.push(ActivityEffect {
                activity_type: t,
                item,
                true_effect: eff,
                unit,
                strength,
            });
        }
    }
    v
}

/// activities.csv, the number of unpaired (pre-only) rows, and the planted invalid row.
pub fn generate(seed: u64) -> (GeneratedFile, usize, Vec<BadRow>) {
    let header: Vec<String> = [
        "activity_id",
        "activity_type",
        "city",
        "date",
        "participant_id",
        "phase",
        "item",
        "value",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut unpaired = 0;
    let mut bad = Vec::new();
    for (a, (id, ty, city, (y, m, d))) in ACTIVITIES.iter().enumerate() {
        let mut rng = Rng::derive(seed, &format!("activity/{id}"));
        let (tname, _, ga, da, conv) = TYPES[*ty];
        let pre_date = Date::ymd(*y, *m, *d);
        let post_date = pre_date.plus_days(rng.range_i64(28, 56));
        let n = rng.range_i64(15, 40) as usize;
        for p in 1..=n {
            let pid = format!("p{p:03}");
            let base_ga = rng.gauss(3.0, 0.8);
            let base_da = rng.gauss(3.2, 0.8);
            let pre_contact = rng.bernoulli(0.4);
            let noise = 0.45;
            let pre = [
                ("get_along", likert(base_ga + rng.gauss(0.0, noise))),
                ("diversity_advantage", likert(base_da + rng.gauss(0.0, noise))),
                ("contact_diverse", i64::from(pre_contact)),
            ];
            let mut post_contact = pre_contact;
            if rng.bernoulli(0.15) {
                post_contact = rng.bernoulli(0.4);
            }
            if !post_contact && rng.bernoulli(conv) {
                post_contact = true;
            }
            let post = [
                ("get_along", likert(base_ga + ga + rng.gauss(0.0, noise))),
                ("diversity_advantage", likert(base_da + da + rng.gauss(0.0, noise))),
                ("contact_diverse", i64::from(post_contact)),
            ];
            let row = |date: Date, phase: &str, item: &str, value: String| {
                vec![
                    id.to_string(),
                    tname.to_string(),
                    city.to_string(),
                    date.to_string(),
                    pid.clone(),
                    phase.to_string(),
                    item.to_string(),
                    value,
                ]
            };
            for (item, v) in pre {
                rows.push(row(pre_date, "pre", item, v.to_string()));
            }
            if (a, p) == (UNKNOWN_ITEM.0, UNKNOWN_ITEM.1) {
                let v = likert(rng.gauss(3.0, 1.0));
                rows.push(row(pre_date, "pre", UNKNOWN_ITEM.2, v.to_string()));
                bad.push(BadRow {
                    file: "data/activities.csv".to_string(),
                    line: rows.len() + 1,
                    column: "item".to_string(),
                    value: UNKNOWN_ITEM.2.to_string(),
                    kind: BadRowKind::UnknownItem,
                });
            }
            if DROPOUTS.contains(&(a, p)) {
                unpaired += pre.len();
                continue;
            }
            for (item, v) in post {
                rows.push(row(post_date, "post", item, v.to_string()));
            }
        }
    }
    (
        ("data/activities.csv".to_string(), csv_text(&header, &rows).into_bytes()),
        unpaired,
        bad,
    )
}
