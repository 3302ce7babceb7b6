//! Peer groups — benchmarking, not ranking (docs/METHODS.md): ICC-style bands of population size
//! and foreign-born share, and the k nearest neighbours on standardised attributes
//! (log population, foreign-born share). A city is placed against the median and
//! interquartile range of its peers' latest estimates; no rank positions are produced. Each
//! peer's latest wave, date and fieldwork mode go to `peer_waves`, and `peers` counts the
//! peers whose mode differs from the city's (`n_peers_other_mode`): a mode effect can look
//! like a difference between cities.

use crate::rng::Rng;
use crate::stats::Z95;
use crate::stats::descriptive::quantile_sorted;
use crate::stats::tdist::t_quantile;
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

/// Monte Carlo draws behind a city's place against its peers' quartile ([`clears_quartile`]).
pub const PEER_DRAWS: usize = 2000;

/// The SE that makes a normal interval as wide as the estimate's own 95% interval: the
/// interval's half-width on the side that faces the quartile over z₀.₉₇₅ for the city (so a
/// Korn–Graubard interval keeps its asymmetry), SE × t_{df,0.975}/z₀.₉₇₅ for a peer; 0 without
/// an interval (an Index score).
fn interval_se(r: &EstimateRow, side: Position) -> f64 {
    match (r.estimate, r.ci_low, r.ci_high) {
        (Some(e), Some(lo), _) if side == Position::Above => (e - lo).max(0.0) / Z95,
        (Some(e), _, Some(hi)) if side == Position::Below => (hi - e).max(0.0) / Z95,
        _ => 0.0,
    }
}

fn peer_se(r: &EstimateRow) -> f64 {
    match (r.se, r.df) {
        (Some(se), Some(df)) if se.is_finite() => se * t_quantile(0.975, f64::from(df.max(1))) / Z95,
        (Some(se), None) if se.is_finite() => se,
        _ => 0.0,
    }
}

/// Whether the city's estimate clears its peers' quartile (`side` Above: the upper quartile,
/// Below: the lower) with the sampling error of both sides: over [`PEER_DRAWS`] normal draws
/// of the city's estimate and of each peer's (SEs from [`interval_se`], [`peer_se`]), the
/// difference to the quartile of the drawn peers keeps its sign in at least 97.5% of them —
/// the Monte Carlo counterpart of "the city's interval lies beyond the quartile", which it
/// equals when the peers have no sampling error. Deterministic for `rng`.
pub fn clears_quartile(own: (f64, f64), peers: &[(f64, f64)], side: Position, rng: &mut Rng) -> bool {
    let q = if side == Position::Above { 0.75 } else { 0.25 };
    let mut beyond = 0usize;
    let mut drawn = vec![0.0; peers.len()];
    for _ in 0..PEER_DRAWS {
        let city = own.0 + own.1 * rng.normal();
        for (d, (e, se)) in drawn.iter_mut().zip(peers) {
            *d = e + se * rng.normal();
        }
        drawn.sort_by(f64::total_cmp);
        let Some(quartile) = quantile_sorted(&drawn, q) else {
            return false;
        };
        if (side == Position::Above && city > quartile) || (side == Position::Below && city < quartile) {
            beyond += 1;
        }
    }
    beyond as f64 >= 0.975 * PEER_DRAWS as f64
}

/// How peers are compared (docs/METHODS.md "Peer groups").
#[derive(Clone, Copy)]
pub struct PeerRules<'a> {
    /// Nearest neighbours per city.
    pub k: usize,
    /// Project seed of the Monte Carlo draws.
    pub seed: u64,
    /// The oldest a peer's latest value may be, in years before the city's own, per set
    /// (the set's `[composite] max_age_years`, 3 without one).
    pub max_age_years: &'a dyn Fn(&str) -> f64,
}

/// Compare each city's latest whole-population estimate with its peers'; returns the
/// comparisons and the peers' waves behind them. A peer whose latest value is more than
/// `max_age_years` older than the city's is left out of the comparison.
pub fn peers(rows: &[EstimateRow], cities: &[CityRow], rules: PeerRules) -> (Vec<PeerRow>, Vec<PeerWaveRow>) {
    let k = rules.k;
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
            let max_age_days = (rules.max_age_years)(set_id) * 365.25;
            let peer_rows: Vec<&EstimateRow> = members
                .iter()
                .filter_map(|m| by_city.get(m.as_str()).copied())
                .filter(|r| r.estimate.is_some() && f64::from(own.date.0 - r.date.0) <= max_age_days)
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
            // without an interval, by its score), and the difference to the quartile still
            // holds with the peers' sampling error (clears_quartile).
            let lo = own.ci_low.or(own.estimate);
            let hi = own.ci_high.or(own.estimate);
            let candidate = match (lo, hi, q1, q3) {
                (Some(lo), Some(hi), Some(a), Some(b)) => Some(if hi < a {
                    Position::Below
                } else if lo > b {
                    Position::Above
                } else {
                    Position::Within
                }),
                _ => None,
            };
            let position = match candidate {
                Some(side @ (Position::Above | Position::Below)) => {
                    let drawn: Vec<(f64, f64)> = peer_rows
                        .iter()
                        .filter_map(|r| Some((r.estimate?, peer_se(r))))
                        .collect();
                    let mut rng = Rng::derive(
                        rules.seed,
                        &format!("peers/{city}/{label}/{set_id}/{ind}/{}", kind.as_str()),
                    );
                    let own_draw = (own.estimate.unwrap_or(f64::NAN), interval_se(own, side));
                    let sure = drawn.iter().all(|d| d.1 == 0.0) || clears_quartile(own_draw, &drawn, side, &mut rng);
                    Some(if sure { side } else { Position::Within })
                }
                other => other,
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

    fn three(_: &str) -> f64 {
        3.0
    }

    fn rules(k: usize) -> PeerRules<'static> {
        PeerRules {
            k,
            seed: 42,
            max_age_years: &three,
        }
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
            peers(rows, &cities, rules(2))
                .0
                .into_iter()
                .find(|r| r.city == "A" && r.peer_basis == PeerBasis::Population)
                .expect("population group")
        };
        let r = band(&rows);
        assert_eq!((r.n_peers, r.peer_q1, r.peer_q3), (4, Some(47.5), Some(62.5)));
        assert_eq!(r.position, Some(Position::Within));
        // Peers measured almost without error: the rule is the interval's alone.
        let precise = |rows: &mut Vec<EstimateRow>, se: f64| {
            for r in rows.iter_mut().skip(1) {
                r.se = Some(se);
            }
        };
        rows[0] = est("A", 70.0, 5.0);
        precise(&mut rows, 1e-9);
        assert_eq!(band(&rows).position, Some(Position::Above));
        // A near miss: A's interval 70 ± 7.46 clears the upper quartile 62.5 by 0.04, but the
        // peers' own sampling error (SE 3 each, t on 499 df) moves the quartile too. By hand:
        // Q3 of four draws (R type 7) is 0.75·x₍₃₎ + 0.25·x₍₄₎, SD ≈ 3·√(0.75² + 0.25²) = 2.37;
        // A's SE is 7.46/1.96 = 3.81; P(A − Q3 > 0) ≈ Φ(7.5/√(3.81² + 2.37²)) = Φ(1.68) = 0.953
        // < 0.975: within, not "clearly above". With precise peers it is above.
        rows[0] = est("A", 70.0, 7.46);
        precise(&mut rows, 3.0);
        assert_eq!(band(&rows).position, Some(Position::Within));
        precise(&mut rows, 1e-9);
        assert_eq!(band(&rows).position, Some(Position::Above));
        // Well clear (80 ± 5: 17.5 points above, SD ≈ 3.5 by the same sum): above.
        rows[0] = est("A", 80.0, 5.0);
        precise(&mut rows, 3.0);
        assert_eq!(band(&rows).position, Some(Position::Above));
        // A peer whose latest value is more than 3 years older than the city's is left out:
        // three peers remain, too few.
        // (3 years = 1095.75 days; the others share the city's date.)
        for r in rows.iter_mut() {
            r.date = crate::store::schema::Day(2000);
        }
        rows[4].date = crate::store::schema::Day(2000 - 1096);
        let r = band(&rows);
        assert_eq!((r.n_peers, r.peer_median, r.position), (3, None, None));
        rows[4].date = crate::store::schema::Day(2000 - 1095);
        assert_eq!(band(&rows).n_peers, 4);
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
        let (p, w) = peers(&rows, &cities, rules(2));
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
