//! What the reports read: every store table they use, read once through the typed schema
//! ([`crate::store::rows`]), so that `cohesion report` runs from the store alone. `estimates`
//! is required; the other tables may be absent (optional inputs, workbench tables).

use crate::store::Store;
use crate::store::rows::{
    ActivityRow, AssociationRow, ChangeRow, CityRow, ComparisonRow, CompositeRow, DiagRow, EffectRow, EstimateRow,
    GapRow, IndexScoreRow, PeerRow, RejectRow, TrendRow, VerdictRow, WaveRow,
};
use anyhow::{Context, Result};

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
    /// (city, activity_type) pairs of the activity evaluations.
    pub activity_cities: Vec<(String, String)>,
    /// Cities in `cities.csv` order.
    pub cities: Vec<String>,
    /// `composite` (workbench), when written.
    pub composite: Option<Vec<CompositeRow>>,
    /// `diagnostics` (workbench), when written.
    pub diagnostics: Option<Vec<DiagRow>>,
    /// `set_comparison`, when written.
    pub set_comparison: Option<Vec<ComparisonRow>>,
}

/// Read every table the reports use.
pub fn read(store: &Store) -> Result<ReportData> {
    let activities: Vec<ActivityRow> = store.read_rows_if()?.unwrap_or_default();
    let mut activity_cities: Vec<(String, String)> =
        activities.into_iter().map(|a| (a.city, a.activity_type)).collect();
    activity_cities.sort();
    activity_cities.dedup();
    let cities: Vec<CityRow> = store.read_rows_if()?.unwrap_or_default();
    Ok(ReportData {
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
        activity_cities,
        cities: cities.into_iter().map(|c| c.city).collect(),
        composite: store.read_rows_if()?,
        diagnostics: store.read_rows_if()?,
        set_comparison: store.read_rows_if()?,
    })
}
