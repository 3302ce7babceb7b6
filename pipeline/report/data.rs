//! Small typed readers for the store tables the reports use, so that `cohesion report` can
//! run on its own after `cohesion run`. Columns beyond SPEC §3's minimum are read when present
//! and left empty when not. Optional tables (`composite`, `diagnostics`, `set_comparison`,
//! written by the workbench) are `None` when absent. Row fields mirror the store columns of the
//! same name (SPEC §3), `None` where the column is null or absent.

use super::tables::{
    Cols, read_assoc, read_changes, read_composite, read_diag, read_effects, read_gaps, read_index, read_peers,
    read_trends, read_waves, table, table_any,
};
use crate::store::Store;
use anyhow::{Context, Result};
use polars::prelude::*;

/// One row of `estimates`.
#[derive(Debug, Clone)]
pub struct Est {
    pub set_id: String,
    pub indicator_id: String,
    pub statistic: String,
    pub city: String,
    pub kind: String,
    pub wave: String,
    /// Fieldwork midpoint, days since 1970-01-01.
    pub date: Option<i32>,
    pub mode: Option<String>,
    pub index_version: Option<String>,
    pub group_dim: String,
    pub group_value: String,
    pub n: Option<u64>,
    pub estimate: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub suppressed: bool,
}

/// One row of `changes`.
#[derive(Debug, Clone)]
pub struct Change {
    pub set_id: String,
    pub indicator_id: String,
    pub city: String,
    pub kind: String,
    pub group_dim: String,
    pub group_value: String,
    pub wave_from: String,
    pub wave_to: String,
    pub estimate_from: Option<f64>,
    pub estimate_to: Option<f64>,
    pub diff: Option<f64>,
    pub se_diff: Option<f64>,
    pub q_value: Option<f64>,
    pub significant: Option<bool>,
    /// "consecutive" or "first_latest".
    pub comparison: String,
    pub series_break: bool,
}

/// One row of `trends`.
#[derive(Debug, Clone)]
pub struct Trend {
    pub set_id: String,
    pub indicator_id: String,
    pub city: String,
    pub kind: String,
    pub group_dim: String,
    pub group_value: String,
    pub n_waves: Option<u64>,
    pub sen_slope_per_year: Option<f64>,
    /// increasing | decreasing | no significant trend | insufficient waves
    pub direction: String,
    pub first_wave: Option<String>,
    pub last_wave: Option<String>,
    pub series_break: bool,
}

/// One row of `gaps`.
#[derive(Debug, Clone)]
pub struct Gap {
    pub set_id: String,
    pub indicator_id: String,
    pub city: String,
    pub kind: String,
    pub wave: String,
    pub group_dim: String,
    pub group_value: String,
    pub reference_value: String,
    pub estimate: Option<f64>,
    pub reference_estimate: Option<f64>,
    pub gap: Option<f64>,
    pub se_gap: Option<f64>,
    pub q_value: Option<f64>,
    pub significant: Option<bool>,
}

/// One row of `peers`.
#[derive(Debug, Clone)]
pub struct Peer {
    pub city: String,
    pub peer_group: String,
    pub peer_cities: String,
    pub set_id: String,
    pub indicator_id: String,
    pub kind: String,
    pub wave: String,
    pub value: Option<f64>,
    pub peer_median: Option<f64>,
    pub peer_q1: Option<f64>,
    pub peer_q3: Option<f64>,
    pub n_peers: Option<u64>,
    /// above | within | below (the middle half of the peers), or none.
    pub position: Option<String>,
}

/// One row of `associations`.
#[derive(Debug, Clone)]
pub struct Assoc {
    pub set_id: String,
    pub indicator_id: String,
    pub kind: String,
    pub index_measure: String,
    pub n_cities: Option<u64>,
    pub rho: Option<f64>,
    pub p_value: Option<f64>,
    /// BH q within the set (computed by the analysis stage).
    pub q_value: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
}

/// One row of `activity_effects`.
#[derive(Debug, Clone)]
pub struct Effect {
    pub activity_type: String,
    pub item: String,
    pub n_pairs: Option<u64>,
    pub mean_pre: Option<f64>,
    pub mean_post: Option<f64>,
    pub diff: Option<f64>,
    pub p_value: Option<f64>,
    /// BH q over the whole table (computed by the analysis stage).
    pub q_value: Option<f64>,
    pub effect_size: Option<f64>,
    pub effect_size_kind: String,
    pub test: String,
}

/// One row of `index_scores`.
#[derive(Debug, Clone)]
pub struct IndexScore {
    pub city: String,
    pub year: i32,
    pub index_version: String,
    pub area: String,
    pub core: bool,
    pub score: Option<f64>,
}

/// One row of `waves`.
#[derive(Debug, Clone)]
pub struct Wave {
    pub survey_id: String,
    pub kind: String,
    pub city: String,
    pub wave: String,
    pub date: Option<i32>,
    pub mode: Option<String>,
    pub file: String,
    pub rows_in: Option<u64>,
    pub rejected: Option<u64>,
}

/// One row of `composite` (workbench).
#[derive(Debug, Clone)]
pub struct CompositeRow {
    pub set_id: String,
    pub city: String,
    pub wave: String,
    pub score: Option<f64>,
    pub score_ci_low: Option<f64>,
    pub score_ci_high: Option<f64>,
    pub rank_median: Option<f64>,
    pub rank_low: Option<f64>,
    pub rank_high: Option<f64>,
    pub n_ranked: Option<u64>,
}

/// One row of `diagnostics` (workbench).
#[derive(Debug, Clone)]
pub struct DiagRow {
    pub set_id: String,
    pub indicator_id: String,
    pub metric: String,
    pub value: Option<f64>,
}

/// Everything the reports read.
#[derive(Debug, Clone, Default)]
pub struct ReportData {
    pub estimates: Vec<Est>,
    pub changes: Vec<Change>,
    pub trends: Vec<Trend>,
    pub gaps: Vec<Gap>,
    pub peers: Vec<Peer>,
    pub associations: Vec<Assoc>,
    pub effects: Vec<Effect>,
    pub index_scores: Vec<IndexScore>,
    pub waves: Vec<Wave>,
    /// `file` of every rejected row.
    pub reject_files: Vec<String>,
    /// (city, activity_type) pairs of the activity evaluations.
    pub activity_cities: Vec<(String, String)>,
    /// Cities in `cities.csv` order.
    pub cities: Vec<String>,
    pub composite: Option<Vec<CompositeRow>>,
    pub diagnostics: Option<Vec<DiagRow>>,
    pub set_comparison: Option<DataFrame>,
}

/// Read every table the reports use. Required: `estimates`; the rest may be absent.
pub fn read(store: &Store) -> Result<ReportData> {
    let mut d = ReportData::default();
    let df = store
        .read("estimates")
        .context("the reports need the `estimates` table")?;
    let c = Cols {
        df: &df,
        table: "estimates",
    };
    let (set, ind, stat, city, kind, wave) = (
        c.st("set_id")?,
        c.st("indicator_id")?,
        c.st("statistic")?,
        c.st("city")?,
        c.st("kind")?,
        c.st("wave")?,
    );
    let (date, mode, ver, gd, gv) = (
        c.i("date")?,
        c.s("mode")?,
        c.s("index_version")?,
        c.st("group_dim")?,
        c.st("group_value")?,
    );
    let (n, est, lo, hi, sup) = (
        c.u("n")?,
        c.f("estimate")?,
        c.f("ci_low")?,
        c.f("ci_high")?,
        c.b("suppressed")?,
    );
    for i in 0..df.height() {
        d.estimates.push(Est {
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            statistic: stat[i].clone(),
            city: city[i].clone(),
            kind: kind[i].clone(),
            wave: wave[i].clone(),
            date: date[i],
            mode: mode[i].clone(),
            index_version: ver[i].clone(),
            group_dim: gd[i].clone(),
            group_value: gv[i].clone(),
            n: n[i],
            estimate: est[i],
            ci_low: lo[i],
            ci_high: hi[i],
            suppressed: sup[i].unwrap_or(false),
        });
    }
    d.changes = read_changes(store)?;
    d.trends = read_trends(store)?;
    d.gaps = read_gaps(store)?;
    d.peers = read_peers(store)?;
    d.associations = read_assoc(store)?;
    d.effects = read_effects(store)?;
    d.index_scores = read_index(store)?;
    d.waves = read_waves(store)?;
    d.reject_files = match table(store, "rejects")? {
        Some(df) => Cols {
            df: &df,
            table: "rejects",
        }
        .st("file")?,
        None => Vec::new(),
    };
    if let Some(df) = table_any(store, "activities")? {
        let c = Cols {
            df: &df,
            table: "activities",
        };
        let mut pairs: Vec<(String, String)> = c.st("city")?.into_iter().zip(c.st("activity_type")?).collect();
        pairs.sort();
        pairs.dedup();
        d.activity_cities = pairs;
    }
    d.cities = match table(store, "cities")? {
        Some(df) => Cols {
            df: &df,
            table: "cities",
        }
        .st("city")?,
        None => Vec::new(),
    };
    d.composite = read_composite(store)?;
    d.diagnostics = read_diag(store)?;
    d.set_comparison = table(store, "set_comparison")?;
    Ok(d)
}
