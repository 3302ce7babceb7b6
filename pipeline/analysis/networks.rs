//! National networks and clusters (docs/METHODS.md "Networks"): `cities.csv` may put a city
//! in one `national_network` and several `clusters` (`Nordic|Ports`). Every network with at
//! least [`MIN_NETWORK_CITIES`] cities gets, per indicator and calendar year, the mean of its
//! member cities' estimates — unweighted ("the typical member city") and weighted by
//! population ("the residents of member cities") — with the SE of a linear combination of
//! independent samples and Satterthwaite df (`network_estimates`), and a trend and verdict by
//! the same rules as a city's (`network_verdicts`).

use super::{changes, verdicts};
use crate::config::indicators::IndicatorSet;
use crate::config::project::MultipleTesting;
use crate::stats::intervals::t_ci;
use crate::store::rows::{EstimateRow, NetworkEstimateRow, NetworkVerdictRow};
use crate::store::schema::Day;
use crate::vocab::{GroupDim, Source, Weighting};
use std::collections::BTreeMap;

pub use crate::store::networks::{MIN_NETWORK_CITIES, Network, memberships, networks};

/// One city's value in a year: the mean of its waves' estimates that year, with the SE of that
/// mean (independent waves) and its Satterthwaite df; SE and df `None` for Index scores.
fn city_year(rows: &[&EstimateRow]) -> (f64, Option<(f64, f64)>) {
    let k = rows.len() as f64;
    let mean = rows.iter().filter_map(|r| r.estimate).sum::<f64>() / k;
    let parts: Option<Vec<(f64, f64)>> = rows
        .iter()
        .map(|r| Some(((r.se? / k).powi(2), f64::from(r.df?.max(1)))))
        .collect();
    (mean, parts.map(|p| satterthwaite(&p)))
}

/// (SE, df) of a sum of independent terms with variances vᵢ and dfᵢ: √Σvᵢ and
/// (Σvᵢ)² / Σ(vᵢ²/dfᵢ) (Satterthwaite 1946); df = the smallest dfᵢ when every vᵢ is 0.
fn satterthwaite(terms: &[(f64, f64)]) -> (f64, f64) {
    let v: f64 = terms.iter().map(|t| t.0).sum();
    let d: f64 = terms.iter().map(|(v, df)| v * v / df).sum();
    let df = if d > 0.0 {
        v * v / d
    } else {
        terms.iter().map(|t| t.1).fold(f64::INFINITY, f64::min)
    };
    (v.sqrt(), df)
}

/// The network estimates of every network with at least [`MIN_NETWORK_CITIES`] cities, from
/// the whole-population, non-suppressed rows of `estimates`.
pub fn network_estimates(estimates: &[EstimateRow], nets: &[Network]) -> Vec<NetworkEstimateRow> {
    // (set, indicator, kind) -> city -> year -> rows
    type ByCity<'a> = BTreeMap<&'a str, BTreeMap<i32, Vec<&'a EstimateRow>>>;
    let mut by: BTreeMap<(&str, &str, Source), ByCity> = BTreeMap::new();
    for r in estimates
        .iter()
        .filter(|r| r.group_dim == GroupDim::All && r.estimate.is_some())
    {
        let year = crate::config::civil_from_days(r.date.0).0 as i32;
        by.entry((&r.set_id, &r.indicator_id, r.kind))
            .or_default()
            .entry(&r.city)
            .or_default()
            .entry(year)
            .or_default()
            .push(r);
    }
    let mut out = Vec::new();
    for net in nets.iter().filter(|n| n.members.len() >= MIN_NETWORK_CITIES) {
        for ((set_id, ind, kind), cities) in &by {
            let mut years: BTreeMap<i32, Vec<(&str, f64, (f64, Option<(f64, f64)>))>> = BTreeMap::new();
            for (city, pop) in &net.members {
                for (year, rows) in cities.get(city.as_str()).into_iter().flatten() {
                    years.entry(*year).or_default().push((city, *pop, city_year(rows)));
                }
            }
            for (year, vals) in years {
                let with: Vec<&str> = vals.iter().map(|v| v.0).collect();
                let without: Vec<&str> = net
                    .members
                    .iter()
                    .map(|m| m.0.as_str())
                    .filter(|m| !with.contains(m))
                    .collect();
                let total_pop: f64 = vals.iter().map(|v| v.1).sum();
                for weighting in [Weighting::Unweighted, Weighting::Population] {
                    let a = |pop: f64| match weighting {
                        Weighting::Unweighted => 1.0 / vals.len() as f64,
                        Weighting::Population => pop / total_pop,
                    };
                    let estimate: f64 = vals.iter().map(|(_, pop, (x, _))| a(*pop) * x).sum();
                    let terms: Option<Vec<(f64, f64)>> = vals
                        .iter()
                        .map(|(_, pop, (_, sd))| sd.map(|(se, df)| ((a(*pop) * se).powi(2), df)))
                        .collect();
                    let (se, df) = match terms.map(|t| satterthwaite(&t)) {
                        Some((se, df)) => (Some(se), Some(df)),
                        None => (None, None),
                    };
                    let ci = match (se, df) {
                        (Some(se), Some(df)) => Some(t_ci(estimate, se, df.max(1.0), 0.95)),
                        _ => None,
                    };
                    out.push(NetworkEstimateRow {
                        set_id: set_id.to_string(),
                        indicator_id: ind.to_string(),
                        network: net.name.clone(),
                        network_kind: net.kind,
                        kind: *kind,
                        year,
                        weighting,
                        n_cities: vals.len() as u32,
                        cities: with.join(", "),
                        cities_without: without.join(", "),
                        estimate,
                        se,
                        df,
                        ci_low: ci.map(|c| c.0),
                        ci_high: ci.map(|c| c.1),
                    });
                }
            }
        }
    }
    out
}

/// A network's years as estimate rows of a pseudo-city (`key` of the network; the weighting
/// as the group value), so that the city rules — changes, the trend test, BH within the
/// family, the verdict — apply to it unchanged.
fn as_series(
    rows: &[NetworkEstimateRow],
    sets: &[IndicatorSet],
    key: &dyn Fn(&NetworkEstimateRow) -> String,
) -> Vec<EstimateRow> {
    rows.iter()
        .filter_map(|r| {
            let statistic = sets.iter().find(|s| s.id == r.set_id)?.get(&r.indicator_id)?.statistic;
            Some(EstimateRow {
                set_id: r.set_id.clone(),
                indicator_id: r.indicator_id.clone(),
                statistic,
                city: key(r),
                kind: r.kind,
                wave: r.year.to_string(),
                date: Day(crate::config::days_from_civil(i64::from(r.year), 7, 1)),
                survey_id: None,
                mode: None,
                index_version: None,
                series_version: None,
                series_continuous: false,
                mapping: None,
                group_dim: GroupDim::All,
                group_value: r.weighting.as_str().to_string(),
                n: Some(u64::from(r.n_cities)),
                n_eff: None,
                n_eff_kg: None,
                df: r.df.map(|d| d.round().max(1.0) as u32),
                estimate: Some(r.estimate),
                se: r.se,
                ci_low: r.ci_low,
                ci_high: r.ci_high,
                deff: None,
                suppressed: false,
                flag: None,
                se_replicate: None,
            })
        })
        .collect()
}

/// The trend and verdict of every network, indicator and weighting (`network_verdicts`).
pub fn network_verdicts(
    rows: &[NetworkEstimateRow],
    nets: &[Network],
    sets: &[IndicatorSet],
    alpha: f64,
    method: MultipleTesting,
) -> Vec<NetworkVerdictRow> {
    // A pseudo-city per network, looked up again by the exact key (a national network and a
    // cluster may share a name).
    let keys: BTreeMap<String, &Network> = nets
        .iter()
        .map(|n| (format!("{}\u{1f}{}", n.kind.as_str(), n.name), n))
        .collect();
    let key = |r: &NetworkEstimateRow| format!("{}\u{1f}{}", r.network_kind.as_str(), r.network);
    let series = as_series(rows, sets, &key);
    let ch = changes::changes(&series, sets, alpha, method);
    let tr = changes::trends(&series, alpha, method);
    verdicts::verdicts(&series, &tr, &ch, sets, alpha, method)
        .into_iter()
        .filter_map(|v| {
            let net = keys.get(&v.city)?;
            Some(NetworkVerdictRow {
                network_kind: net.kind,
                weighting: Weighting::parse(&v.group_value)?,
                set_id: v.set_id,
                indicator_id: v.indicator_id,
                network: net.name.clone(),
                kind: v.kind,
                test: v.test,
                n_waves: v.n_waves,
                wave_from: v.wave_from,
                wave_to: v.wave_to,
                estimate: v.estimate,
                p_value: v.p_value,
                q_value: v.q_value,
                ci_adj_low: v.ci_adj_low,
                ci_adj_high: v.ci_adj_high,
                equivalent: v.equivalent,
                word: v.word,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::rows::CityRow;

    fn city(name: &str, population: f64) -> CityRow {
        CityRow {
            city: name.into(),
            country: String::new(),
            population,
            foreign_born_share: 0.1,
        }
    }

    fn est(city: &str, day: i32, x: f64, se: f64, df: u32) -> EstimateRow {
        let mut r = crate::store::rows::test_estimate("trust", city, day, x, se);
        r.df = Some(df);
        r
    }

    #[test]
    fn network_means_ses_and_df_by_hand() {
        // RECI = A (100k), B (200k), C (700k); the cluster Ports = A and B only (too few).
        let cities = [city("A", 1e5), city("B", 2e5), city("C", 7e5)];
        let of = [
            (Some("RECI".to_string()), vec!["Ports".to_string()]),
            (Some("RECI".to_string()), vec!["Ports".to_string()]),
            (Some("RECI".to_string()), vec![]),
        ];
        let nets = networks(&cities, &of);
        assert_eq!(nets.len(), 2);
        let (y23, y24) = (
            crate::config::days_from_civil(2023, 5, 1),
            crate::config::days_from_civil(2024, 5, 1),
        );
        // 2023: A 40 (SE 2, df 10), B 50 (3, 20), C two waves 60 and 64 (4, 30 each): C's
        // value is their mean 62 with SE √(4² + 4²)/2 = 2.828427 and Satterthwaite df
        // 8²/(4²/30 + 4²/30) = 60. 2024: A and B only.
        let rows = vec![
            est("A", y23, 40.0, 2.0, 10),
            est("B", y23, 50.0, 3.0, 20),
            est("C", y23, 60.0, 4.0, 30),
            est("C", y23 + 30, 64.0, 4.0, 30),
            est("A", y24, 41.0, 2.0, 10),
            est("B", y24, 52.0, 3.0, 20),
        ];
        let out = network_estimates(&rows, &nets);
        // Ports has 2 cities: no estimates. RECI: 2 years × 2 weightings.
        assert!(out.iter().all(|r| r.network == "RECI"));
        assert_eq!(out.len(), 4);
        let get = |year: i32, w: Weighting| out.iter().find(|r| r.year == year && r.weighting == w).expect("row");
        let close = |a: f64, b: f64| assert!((a - b).abs() < 1e-9, "{a} vs {b}");
        // Unweighted, by hand: (40 + 50 + 62)/3 = 50.666667; variance (4 + 9 + 8)/9, SE
        // 1.5275252316519465; df (21/9)² / ((4/9)²/10 + 1²/20 + (8/9)²/60) = 65.65756823821337;
        // 95% CI with t on that df (scipy 1.17.1 stats.t.ppf): 47.61656722218265 to
        // 53.71676611115066.
        let u = get(2023, Weighting::Unweighted);
        close(u.estimate, 152.0 / 3.0);
        close(u.se.expect("se"), 1.5275252316519465);
        close(u.df.expect("df"), 65.65756823821337);
        close(u.ci_low.expect("lo"), 47.61656722218265);
        close(u.ci_high.expect("hi"), 53.71676611115066);
        assert_eq!(
            (u.n_cities, u.cities.as_str(), u.cities_without.as_str()),
            (3, "A, B, C", "")
        );
        // By population (0.1, 0.2, 0.7): 4 + 10 + 43.4 = 57.4; variance 0.01·4 + 0.04·9 +
        // 0.49·8 = 4.32, SE 2.0784609690826525; df 4.32² / (0.04²/10 + 0.36²/20 + 3.92²/60) =
        // 71.02811326499544; CI 53.25569496134464 to 61.54430503865536.
        let p = get(2023, Weighting::Population);
        close(p.estimate, 57.4);
        close(p.se.expect("se"), 2.0784609690826525);
        close(p.df.expect("df"), 71.02811326499544);
        close(p.ci_low.expect("lo"), 53.25569496134464);
        close(p.ci_high.expect("hi"), 61.54430503865536);
        // 2024: C has no wave: listed, not imputed; weights over A and B (1/3, 2/3).
        let p24 = get(2024, Weighting::Population);
        assert_eq!((p24.n_cities, p24.cities_without.as_str()), (2, "C"));
        close(p24.estimate, 41.0 / 3.0 + 52.0 * 2.0 / 3.0);
    }

    #[test]
    fn memberships_read_the_optional_columns() {
        use polars::prelude::*;
        let df = df!(
            "city" => ["A", "B"],
            "national_network" => [Some("RECI"), None],
            "clusters" => [Some("Nordic| Ports"), Some("")],
        )
        .expect("frame");
        assert_eq!(
            memberships(&df),
            vec![
                (
                    Some("RECI".to_string()),
                    vec!["Nordic".to_string(), "Ports".to_string()]
                ),
                (None, vec![]),
            ]
        );
        let plain = df!("city" => ["A"]).expect("frame");
        assert_eq!(memberships(&plain), vec![(None, vec![])]);
    }
}
