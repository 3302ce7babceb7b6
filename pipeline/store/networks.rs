//! National networks and clusters of `cities.csv` (docs/INPUTS.md "cities.csv"): which cities
//! belong to which network, read from the optional `national_network` and `clusters` columns
//! of the `cities` table. Shared by the analysis stage (network estimates and verdicts) and
//! the reports (a page per network).

use super::rows::CityRow;
use crate::vocab::NetworkKind;
use std::collections::BTreeMap;

/// Fewest cities a network needs for estimates and a report: with two, a "network mean" is
/// a pair of cities, and each could read the other's value off it.
pub const MIN_NETWORK_CITIES: usize = 3;

/// One network and its member cities (sorted), with their populations.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Name, as `cities.csv` gives it.
    pub name: String,
    /// National network or cluster.
    pub kind: NetworkKind,
    /// (city, population), sorted by city.
    pub members: Vec<(String, f64)>,
}

/// The networks of `cities`, from the `national_network` and `clusters` columns of the
/// `cities` table (`networks_of[i]` = (national network, clusters) of `cities[i]`), sorted by
/// kind and name; networks with fewer than [`MIN_NETWORK_CITIES`] cities included (a report
/// says why they get no estimates).
pub fn networks(cities: &[CityRow], networks_of: &[(Option<String>, Vec<String>)]) -> Vec<Network> {
    let mut by: BTreeMap<(NetworkKind, String), Vec<(String, f64)>> = BTreeMap::new();
    for (c, (national, clusters)) in cities.iter().zip(networks_of) {
        let member = (c.city.clone(), c.population);
        if let Some(n) = national.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            by.entry((NetworkKind::NationalNetwork, n.to_string()))
                .or_default()
                .push(member.clone());
        }
        for k in clusters.iter().map(|k| k.trim()).filter(|k| !k.is_empty()) {
            by.entry((NetworkKind::Cluster, k.to_string()))
                .or_default()
                .push(member.clone());
        }
    }
    by.into_iter()
        .map(|((kind, name), mut members)| {
            members.sort_by(|a, b| a.0.cmp(&b.0));
            members.dedup_by(|a, b| a.0 == b.0);
            Network { name, kind, members }
        })
        .collect()
}

/// (national network, clusters) of each city, read from the optional text columns of the
/// `cities` table (`clusters` split on `|`); empty where the table has no such column.
pub fn memberships(frame: &polars::prelude::DataFrame) -> Vec<(Option<String>, Vec<String>)> {
    let text = |name: &str| -> Vec<Option<String>> {
        frame
            .column(name)
            .ok()
            .and_then(|c| c.cast(&polars::prelude::DataType::String).ok())
            .and_then(|c| c.str().ok().map(|s| s.iter().map(|v| v.map(str::to_string)).collect()))
            .unwrap_or_else(|| vec![None; frame.height()])
    };
    let (national, clusters) = (text("national_network"), text("clusters"));
    national
        .into_iter()
        .zip(clusters)
        .map(|(n, c)| {
            let list = c
                .map(|c| {
                    c.split('|')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            (n.filter(|n| !n.trim().is_empty()), list)
        })
        .collect()
}
