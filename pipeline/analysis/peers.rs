//! Peer groups — benchmarking, not ranking (docs/METHODS.md): ICC-style bands of population size
//! and foreign-born share, and the k nearest neighbours on standardised attributes
//! (log population, foreign-born share). A city is placed against the median and
//! interquartile range of its peers' latest estimates; no rank positions are produced. Each
//! peer's latest wave, date and fieldwork mode go to `peer_waves`, and `peers` counts the
//! peers whose mode differs from the city's (`n_peers_other_mode`): a mode effect can look
//! like a difference between cities.

use crate::stats::descriptive::quantile_sorted;
use crate::store::rows::{CityRow, EstimateRow, PeerRow, PeerWaveRow};
use crate::vocab::GroupDim;
use crate::vocab::{PeerBasis, Position, Source};
use std::collections::BTreeMap;

/// Fewest peers with a value for a comparison ("too few comparable cities" below it): with
/// two or three, the quartiles of the peers are not a spread worth placing a city against.
pub use crate::vocab::MIN_PEERS;

/// Population band (ICC style).
pub fn population_band(p: f64) -> &'static str {
    if p < 100_000.0 {
        "population < 100k"
    } else if p < 250_000.0 {
        "population 100k–250k"
    } else if p < 500_000.0 {
        "population 250k–500k"
    } else {
        "population ≥ 500k"
    }
}

/// Foreign-born band (ICC style).
pub fn foreign_born_band(s: f64) -> &'static str {
    if s < 0.10 {
        "foreign-born < 10%"
    } else if s < 0.20 {
        "foreign-born 10–20%"
    } else {
        "foreign-born ≥ 20%"
    }
}

/// One peer group of a city: what it is built on, its band (or k), and the peer cities
/// (sorted, without the city).
#[derive(Debug, Clone, PartialEq)]
pub struct PeerGroup {
    /// Basis of the group.
    pub basis: PeerBasis,
    /// Band, or k for nearest neighbours.
    pub band: String,
    /// Peer cities.
    pub members: Vec<String>,
}

/// The band part of a band label ("population 100k–250k" → "100k–250k").
fn band_of(label: &str) -> String {
    label.split_once(' ').map_or(label, |(_, b)| b).to_string()
}

/// Peer groups of every city, keyed by (city, readable group label).
pub fn peer_groups(cities: &[CityRow], k: usize) -> BTreeMap<(String, String), PeerGroup> {
    let mut out = BTreeMap::new();
    let n = cities.len() as f64;
    let stats = |f: &dyn Fn(&CityRow) -> f64| {
        let m = cities.iter().map(f).sum::<f64>() / n;
        let sd = (cities.iter().map(|c| (f(c) - m).powi(2)).sum::<f64>() / (n - 1.0).max(1.0)).sqrt();
        (m, if sd > 0.0 { sd } else { 1.0 })
    };
    let (mp, sp) = stats(&|c| c.population.ln());
    let (mf, sf) = stats(&|c| c.foreign_born_share);
    for c in cities {
        let band_p = population_band(c.population);
        let band_f = foreign_born_band(c.foreign_born_share);
        let mut same = |band: &str, basis: PeerBasis, f: &dyn Fn(&CityRow) -> &'static str| {
            let mut v: Vec<String> = cities
                .iter()
                .filter(|o| o.city != c.city && f(o) == band)
                .map(|o| o.city.clone())
                .collect();
            v.sort();
            let group = PeerGroup {
                basis,
                band: band_of(band),
                members: v,
            };
            out.insert((c.city.clone(), band.to_string()), group);
        };
        same(band_p, PeerBasis::Population, &|o| population_band(o.population));
        same(band_f, PeerBasis::ForeignBorn, &|o| {
            foreign_born_band(o.foreign_born_share)
        });
        let mut d: Vec<(f64, &str)> = cities
            .iter()
            .filter(|o| o.city != c.city)
            .map(|o| {
                let dp = (o.population.ln() - mp) / sp - (c.population.ln() - mp) / sp;
                let df = (o.foreign_born_share - mf) / sf - (c.foreign_born_share - mf) / sf;
                ((dp * dp + df * df).sqrt(), o.city.as_str())
            })
            .collect();
        d.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
        let mut nn: Vec<String> = d.iter().take(k).map(|x| x.1.to_string()).collect();
        nn.sort();
        let group = PeerGroup {
            basis: PeerBasis::Nearest,
            band: k.to_string(),
            members: nn,
        };
        out.insert((c.city.clone(), format!("{k} nearest neighbours")), group);
    }
    out
}

/// Compare each city's latest whole-population estimate with its peers'; returns the
/// comparisons and the peers' waves behind them.
pub fn peers(rows: &[EstimateRow], cities: &[CityRow], k: usize) -> (Vec<PeerRow>, Vec<PeerWaveRow>) {
    // Latest non-suppressed estimate per (set, indicator, kind, city).
    let mut latest: BTreeMap<(&str, &str, Source), BTreeMap<&str, &EstimateRow>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.group_dim == GroupDim::All && r.estimate.is_some())
    {
        let e = latest.entry((&r.set_id, &r.indicator_id, r.kind)).or_default();
        match e.get(r.city.as_str()) {
            Some(prev) if (prev.date, &prev.wave) >= (r.date, &r.wave) => {}
            _ => {
                e.insert(&r.city, r);
            }
        }
    }
    let groups = peer_groups(cities, k);
    let mut out = Vec::new();
    let mut waves = Vec::new();
    for ((city, label), group) in &groups {
        let members = &group.members;
        for ((set_id, ind, kind), by_city) in &latest {
            let Some(own) = by_city.get(city.as_str()) else {
                continue;
            };
            let peer_rows: Vec<&EstimateRow> = members
                .iter()
                .filter_map(|m| by_city.get(m.as_str()).copied())
                .filter(|r| r.estimate.is_some())
                .collect();
            let other_mode = |r: &EstimateRow| match (own.mode, r.mode) {
                (Some(a), Some(b)) => Some(a != b),
                _ => None,
            };
            for r in &peer_rows {
                waves.push(PeerWaveRow {
                    city: city.clone(),
                    peer_group: label.clone(),
                    set_id: set_id.to_string(),
                    indicator_id: ind.to_string(),
                    kind: *kind,
                    peer_city: r.city.clone(),
                    wave: r.wave.clone(),
                    date: r.date,
                    mode: r.mode,
                    value: r.estimate,
                    other_mode: other_mode(r),
                });
            }
            let n_other = peer_rows.iter().filter(|r| other_mode(r) == Some(true)).count() as u32;
            let mut vals: Vec<f64> = peer_rows.iter().filter_map(|r| r.estimate).collect();
            vals.sort_by(f64::total_cmp);
            let (q1, med, q3) = (
                quantile_sorted(&vals, 0.25),
                quantile_sorted(&vals, 0.5),
                quantile_sorted(&vals, 0.75),
            );
            // Too few comparable cities: no median, no quartiles, no position.
            let (q1, med, q3) = if vals.len() >= MIN_PEERS {
                (q1, med, q3)
            } else {
                (None, None, None)
            };
            // Above (below) the middle half only when the city's whole interval is (the Index,
            // without an interval, by its score).
            let lo = own.ci_low.or(own.estimate);
            let hi = own.ci_high.or(own.estimate);
            let position = match (lo, hi, q1, q3) {
                (Some(lo), Some(hi), Some(a), Some(b)) => Some(if hi < a {
                    Position::Below
                } else if lo > b {
                    Position::Above
                } else {
                    Position::Within
                }),
                _ => None,
            };
            out.push(PeerRow {
                city: city.clone(),
                peer_group: label.clone(),
                peer_basis: group.basis,
                band: group.band.clone(),
                peer_cities: members.join(", "),
                n_peers: vals.len() as u32,
                set_id: set_id.to_string(),
                indicator_id: ind.to_string(),
                kind: *kind,
                wave: own.wave.clone(),
                date: own.date,
                mode: own.mode,
                value: own.estimate,
                peer_median: med,
                peer_q1: q1,
                peer_q3: q3,
                n_peers_other_mode: n_other,
                position,
            });
        }
    }
    (out, waves)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_groups_exclude_the_city_and_use_bands() {
        let c = |n: &str, p: f64, s: f64| CityRow {
            city: n.into(),
            country: String::new(),
            population: p,
            foreign_born_share: s,
        };
        let cities = vec![
            c("A", 50_000.0, 0.05),
            c("B", 60_000.0, 0.25),
            c("C", 700_000.0, 0.06),
            c("D", 80_000.0, 0.07),
        ];
        let g = peer_groups(&cities, 2);
        let pop = &g[&("A".to_string(), "population < 100k".to_string())];
        assert_eq!(pop.members, vec!["B", "D"]);
        assert_eq!((pop.basis, pop.band.as_str()), (PeerBasis::Population, "< 100k"));
        assert_eq!(
            g[&("A".to_string(), "foreign-born < 10%".to_string())].members,
            vec!["C", "D"]
        );
        // Nearest on (log population, share): D is closest to A on both.
        let nn = &g[&("A".to_string(), "2 nearest neighbours".to_string())];
        assert!(nn.members.contains(&"D".to_string()));
        assert_eq!((nn.basis, nn.band.as_str()), (PeerBasis::Nearest, "2"));
    }

    fn est(city: &str, v: f64, half: f64) -> EstimateRow {
        crate::store::rows::test_estimate("i", city, 0, v, half / 1.96)
    }

    #[test]
    fn too_few_peers_and_intervals_that_overlap_the_quartiles_are_not_placed() {
        let c = |n: &str, p: f64| CityRow {
            city: n.into(),
            country: String::new(),
            population: p,
            foreign_born_share: 0.15,
        };
        // Five cities of one band: A has four peers (values 40, 50, 60, 70: quartiles 47.5 and
        // 62.5, R type 7). A at 66 ± 5 overlaps the upper quartile: within, not above; at
        // 70 ± 5 its whole interval is above: above.
        let cities: Vec<CityRow> = ["A", "B", "C", "D", "E"].iter().map(|n| c(n, 150_000.0)).collect();
        let mut rows = vec![
            est("A", 66.0, 5.0),
            est("B", 40.0, 5.0),
            est("C", 50.0, 5.0),
            est("D", 60.0, 5.0),
            est("E", 70.0, 5.0),
        ];
        let band = |rows: &[EstimateRow]| {
            peers(rows, &cities, 2)
                .0
                .into_iter()
                .find(|r| r.city == "A" && r.peer_basis == PeerBasis::Population)
                .expect("population group")
        };
        let r = band(&rows);
        assert_eq!((r.n_peers, r.peer_q1, r.peer_q3), (4, Some(47.5), Some(62.5)));
        assert_eq!(r.position, Some(Position::Within));
        rows[0] = est("A", 70.0, 5.0);
        assert_eq!(band(&rows).position, Some(Position::Above));
        // Three peers with a value: too few comparable cities.
        rows[4].estimate = None;
        let r = band(&rows);
        assert_eq!((r.n_peers, r.peer_median, r.position), (3, None, None));
    }

    #[test]
    fn peer_waves_list_dates_and_modes_and_flag_another_mode() {
        use crate::vocab::Mode;
        let c = |n: &str| CityRow {
            city: n.into(),
            country: String::new(),
            population: 150_000.0,
            foreign_born_share: 0.15,
        };
        let cities: Vec<CityRow> = ["A", "B", "C", "D", "E"].iter().map(|n| c(n)).collect();
        let mut rows: Vec<EstimateRow> = ["A", "B", "C", "D", "E"]
            .iter()
            .zip([50.0, 40.0, 45.0, 55.0, 60.0])
            .map(|(n, v)| est(n, v, 2.0))
            .collect();
        for (r, (m, d)) in rows.iter_mut().zip([
            (Mode::Online, 100),
            (Mode::Online, 90),
            (Mode::Phone, 80),
            (Mode::Online, 70),
            (Mode::FaceToFace, 60),
        ]) {
            r.mode = Some(m);
            r.date = crate::store::schema::Day(d);
        }
        let (p, w) = peers(&rows, &cities, 2);
        let a = p
            .iter()
            .find(|r| r.city == "A" && r.peer_basis == PeerBasis::Population)
            .expect("A");
        // A is online; of its four peers C (phone) and E (face to face) are not.
        assert_eq!((a.n_peers, a.n_peers_other_mode), (4, 2));
        assert_eq!((a.mode, a.date.0), (Some(Mode::Online), 100));
        let listed: Vec<(&str, i32, Option<Mode>, Option<bool>)> = w
            .iter()
            .filter(|r| r.city == "A" && r.peer_group == a.peer_group)
            .map(|r| (r.peer_city.as_str(), r.date.0, r.mode, r.other_mode))
            .collect();
        assert_eq!(
            listed,
            [
                ("B", 90, Some(Mode::Online), Some(false)),
                ("C", 80, Some(Mode::Phone), Some(true)),
                ("D", 70, Some(Mode::Online), Some(false)),
                ("E", 60, Some(Mode::FaceToFace), Some(true)),
            ]
        );
    }
}
