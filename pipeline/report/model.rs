//! What the reports read: every store table they use, read once through the typed schema
//! ([`crate::store::rows`]), so that `cohesion report` runs from the store alone. `estimates`
//! is required; the other tables may be absent (optional inputs, workbench tables).

use crate::config::indicators::Statistic;
use crate::store::Store;
use crate::store::rows::{
    AssociationRow, ChangeRow, CityRow, ComparisonRow, CompositeRow, DiagRow, EffectRow, EstimateRow, GapRow,
    IndexScoreRow, PeerRow, RejectRow, TrendRow, VerdictRow, WaveRow,
};
use anyhow::{Context, Result};
use std::collections::BTreeMap;

/// Everything the reports read.
#[derive(Debug, Clone, Default)]
pub struct ReportData {
    /// `estimates`.
    pub estimates: Vec<EstimateRow>,
    /// `changes`.
    pub changes: Vec<ChangeRow>,
    /// `trends`.
    pub trends: Vec<TrendRow>,
    /// `verdicts`.
    pub verdicts: Vec<VerdictRow>,
    /// `gaps`.
    pub gaps: Vec<GapRow>,
    /// `peers`.
    pub peers: Vec<PeerRow>,
    /// `associations`.
    pub associations: Vec<AssociationRow>,
    /// `activity_effects`.
    pub effects: Vec<EffectRow>,
    /// `index_scores`.
    pub index_scores: Vec<IndexScoreRow>,
    /// `waves`.
    pub waves: Vec<WaveRow>,
    /// `rejects`.
    pub rejects: Vec<RejectRow>,
    /// Cities in `cities.csv` order.
    pub cities: Vec<String>,
    /// `composite` (workbench), when written.
    pub composite: Option<Vec<CompositeRow>>,
    /// `diagnostics` (workbench), when written.
    pub diagnostics: Option<Vec<DiagRow>>,
    /// `set_comparison`, when written.
    pub set_comparison: Option<Vec<ComparisonRow>>,
    /// National networks and clusters of `cities.csv` (all, the small ones too).
    pub networks: Vec<crate::store::networks::Network>,
    /// `network_estimates`.
    pub network_estimates: Vec<crate::store::rows::NetworkEstimateRow>,
    /// `network_verdicts`.
    pub network_verdicts: Vec<crate::store::rows::NetworkVerdictRow>,
    /// Row positions of each city in the city-level tables, built once (pages look a city's
    /// rows up instead of scanning whole tables per city, indicator and language).
    pub by_city: BTreeMap<String, CityRows>,
    /// The statistic of each (set, indicator), from its first `estimates` row.
    pub statistics: BTreeMap<String, BTreeMap<String, Statistic>>,
}

/// Positions of one city's rows in the tables of [`ReportData`].
#[derive(Debug, Clone, Default)]
pub struct CityRows {
    estimates: Vec<usize>,
    changes: Vec<usize>,
    trends: Vec<usize>,
    verdicts: Vec<usize>,
    gaps: Vec<usize>,
    peers: Vec<usize>,
}

/// One city's rows of every city-level table.
pub struct City<'a> {
    data: &'a ReportData,
    rows: Option<&'a CityRows>,
}

impl<'a> City<'a> {
    fn pick<T>(&self, table: &'a [T], ix: impl Fn(&'a CityRows) -> &'a [usize]) -> impl Iterator<Item = &'a T> + 'a {
        self.rows.map(ix).unwrap_or(&[]).iter().map(move |&i| &table[i])
    }
    /// The city's estimates.
    pub fn estimates(&self) -> impl Iterator<Item = &'a EstimateRow> + 'a {
        self.pick(&self.data.estimates, |r| &r.estimates)
    }
    /// The city's changes.
    pub fn changes(&self) -> impl Iterator<Item = &'a ChangeRow> + 'a {
        self.pick(&self.data.changes, |r| &r.changes)
    }
    /// The city's trends.
    pub fn trends(&self) -> impl Iterator<Item = &'a TrendRow> + 'a {
        self.pick(&self.data.trends, |r| &r.trends)
    }
    /// The city's verdicts.
    pub fn verdicts(&self) -> impl Iterator<Item = &'a VerdictRow> + 'a {
        self.pick(&self.data.verdicts, |r| &r.verdicts)
    }
    /// The city's subgroup gaps.
    pub fn gaps(&self) -> impl Iterator<Item = &'a GapRow> + 'a {
        self.pick(&self.data.gaps, |r| &r.gaps)
    }
    /// The city's peer comparisons.
    pub fn peers(&self) -> impl Iterator<Item = &'a PeerRow> + 'a {
        self.pick(&self.data.peers, |r| &r.peers)
    }
}

impl ReportData {
    /// The rows of `city`.
    pub fn city(&self, city: &str) -> City<'_> {
        City {
            data: self,
            rows: self.by_city.get(city),
        }
    }

    fn build_index(&mut self) {
        let mut m: BTreeMap<String, CityRows> = BTreeMap::new();
        macro_rules! index {
            ($table:ident) => {
                for (i, r) in self.$table.iter().enumerate() {
                    if let Some(c) = m.get_mut(r.city.as_str()) {
                        c.$table.push(i);
                    } else {
                        m.entry(r.city.clone()).or_default().$table.push(i);
                    }
                }
            };
        }
        index!(estimates);
        index!(changes);
        index!(trends);
        index!(verdicts);
        index!(gaps);
        index!(peers);
        self.by_city = m;
        let mut st: BTreeMap<String, BTreeMap<String, Statistic>> = BTreeMap::new();
        for e in &self.estimates {
            let set = st.entry(e.set_id.clone()).or_default();
            if !set.contains_key(&e.indicator_id) {
                set.insert(e.indicator_id.clone(), e.statistic);
            }
        }
        self.statistics = st;
    }

    /// The statistic of an indicator of a set (as its first `estimates` row says), when it
    /// has estimates.
    pub fn statistic(&self, set_id: &str, indicator_id: &str) -> Option<Statistic> {
        self.statistics.get(set_id)?.get(indicator_id).copied()
    }
}

/// Read every table the reports use.
pub fn read(store: &Store) -> Result<ReportData> {
    let cities: Vec<CityRow> = store.read_rows_if()?.unwrap_or_default();
    let networks = match cities.is_empty() {
        true => Vec::new(),
        false => {
            crate::store::networks::networks(&cities, &crate::store::networks::memberships(&store.read("cities")?))
        }
    };
    let mut d = ReportData {
        networks,
        network_estimates: store.read_rows_if()?.unwrap_or_default(),
        network_verdicts: store.read_rows_if()?.unwrap_or_default(),
        estimates: store.read_rows().context("the reports need the `estimates` table")?,
        changes: store.read_rows_if()?.unwrap_or_default(),
        trends: store.read_rows_if()?.unwrap_or_default(),
        verdicts: store.read_rows_if()?.unwrap_or_default(),
        gaps: store.read_rows_if()?.unwrap_or_default(),
        peers: store.read_rows_if()?.unwrap_or_default(),
        associations: store.read_rows_if()?.unwrap_or_default(),
        effects: store.read_rows_if()?.unwrap_or_default(),
        index_scores: store.read_rows_if()?.unwrap_or_default(),
        waves: store.read_rows_if()?.unwrap_or_default(),
        rejects: store.read_rows_if()?.unwrap_or_default(),
        cities: cities.into_iter().map(|c| c.city).collect(),
        composite: store.read_rows_if()?,
        diagnostics: store.read_rows_if()?,
        set_comparison: store.read_rows_if()?,
        by_city: BTreeMap::new(),
        statistics: BTreeMap::new(),
    };
    d.build_index();
    Ok(d)
}
