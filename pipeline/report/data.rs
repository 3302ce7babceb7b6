//! Small typed readers for the store tables the reports use, so that `cohesion report` can
//! run on its own after `cohesion run`. Columns beyond SPEC §3's minimum are read when present
//! and left empty when not. Optional tables (`composite`, `diagnostics`, `set_comparison`,
//! written by the workbench) are `None` when absent.

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

/// Column accessors that tolerate absent columns (all `None`) and any numeric type.
struct Cols<'a> {
    df: &'a DataFrame,
    table: &'a str,
}

impl Cols<'_> {
    fn s(&self, name: &str) -> Result<Vec<Option<String>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::String)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.str()?.iter().map(|v| v.map(str::to_string)).collect())
    }
    fn st(&self, name: &str) -> Result<Vec<String>> {
        Ok(self.s(name)?.into_iter().map(Option::unwrap_or_default).collect())
    }
    fn f(&self, name: &str) -> Result<Vec<Option<f64>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::Float64)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.f64()?.iter().map(|v| v.filter(|x| x.is_finite())).collect())
    }
    fn u(&self, name: &str) -> Result<Vec<Option<u64>>> {
        Ok(self
            .f(name)?
            .into_iter()
            .map(|v| v.map(|x| x.max(0.0) as u64))
            .collect())
    }
    fn i(&self, name: &str) -> Result<Vec<Option<i32>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::Int32)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.i32()?.iter().collect())
    }
    fn b(&self, name: &str) -> Result<Vec<Option<bool>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::Boolean)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.bool()?.iter().collect())
    }
}

fn table(store: &Store, name: &str) -> Result<Option<DataFrame>> {
    if !store.dir(name).join("part-0.parquet").is_file() {
        return Ok(None);
    }
    store.read(name).map(Some)
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

/// A table that may be partitioned or a single file (scanned lazily, collected once).
fn table_any(store: &Store, name: &str) -> Result<Option<DataFrame>> {
    if !store.dir(name).is_dir() {
        return Ok(None);
    }
    let lf = store.scan(name)?;
    Ok(Some(
        lf.collect()
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading table `{name}`"))?,
    ))
}

fn read_changes(store: &Store) -> Result<Vec<Change>> {
    let Some(df) = table(store, "changes")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "changes",
    };
    let (set, ind, city, kind, gd, gv) = (
        c.st("set_id")?,
        c.st("indicator_id")?,
        c.st("city")?,
        c.st("kind")?,
        c.st("group_dim")?,
        c.st("group_value")?,
    );
    let (wf, wt, ef, et, diff, se) = (
        c.st("wave_from")?,
        c.st("wave_to")?,
        c.f("estimate_from")?,
        c.f("estimate_to")?,
        c.f("diff")?,
        c.f("se_diff")?,
    );
    let (q, sig, cmp, brk) = (
        c.f("q_value")?,
        c.b("significant")?,
        c.st("comparison")?,
        c.b("series_break")?,
    );
    Ok((0..df.height())
        .map(|i| Change {
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            city: city[i].clone(),
            kind: kind[i].clone(),
            group_dim: gd[i].clone(),
            group_value: gv[i].clone(),
            wave_from: wf[i].clone(),
            wave_to: wt[i].clone(),
            estimate_from: ef[i],
            estimate_to: et[i],
            diff: diff[i],
            se_diff: se[i],
            q_value: q[i],
            significant: sig[i],
            comparison: cmp[i].clone(),
            series_break: brk[i].unwrap_or(false),
        })
        .collect())
}

fn read_trends(store: &Store) -> Result<Vec<Trend>> {
    let Some(df) = table(store, "trends")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "trends",
    };
    let (set, ind, city, kind, gd, gv) = (
        c.st("set_id")?,
        c.st("indicator_id")?,
        c.st("city")?,
        c.st("kind")?,
        c.st("group_dim")?,
        c.st("group_value")?,
    );
    let (nw, sen, dir, fw, lw, brk) = (
        c.u("n_waves")?,
        c.f("sen_slope_per_year")?,
        c.st("direction")?,
        c.s("first_wave")?,
        c.s("last_wave")?,
        c.b("series_break")?,
    );
    Ok((0..df.height())
        .map(|i| Trend {
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            city: city[i].clone(),
            kind: kind[i].clone(),
            group_dim: gd[i].clone(),
            group_value: gv[i].clone(),
            n_waves: nw[i],
            sen_slope_per_year: sen[i],
            direction: dir[i].clone(),
            first_wave: fw[i].clone(),
            last_wave: lw[i].clone(),
            series_break: brk[i].unwrap_or(false),
        })
        .collect())
}

fn read_gaps(store: &Store) -> Result<Vec<Gap>> {
    let Some(df) = table(store, "gaps")? else {
        return Ok(Vec::new());
    };
    let c = Cols { df: &df, table: "gaps" };
    let (set, ind, city, kind, wave) = (
        c.st("set_id")?,
        c.st("indicator_id")?,
        c.st("city")?,
        c.st("kind")?,
        c.st("wave")?,
    );
    let (gd, gv, rv, e, re) = (
        c.st("group_dim")?,
        c.st("group_value")?,
        c.st("reference_value")?,
        c.f("estimate")?,
        c.f("reference_estimate")?,
    );
    let (gap, se, q, sig) = (c.f("gap")?, c.f("se_gap")?, c.f("q_value")?, c.b("significant")?);
    Ok((0..df.height())
        .map(|i| Gap {
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            city: city[i].clone(),
            kind: kind[i].clone(),
            wave: wave[i].clone(),
            group_dim: gd[i].clone(),
            group_value: gv[i].clone(),
            reference_value: rv[i].clone(),
            estimate: e[i],
            reference_estimate: re[i],
            gap: gap[i],
            se_gap: se[i],
            q_value: q[i],
            significant: sig[i],
        })
        .collect())
}

fn read_peers(store: &Store) -> Result<Vec<Peer>> {
    let Some(df) = table(store, "peers")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "peers",
    };
    let (city, pg, pc, set, ind, kind, wave) = (
        c.st("city")?,
        c.st("peer_group")?,
        c.st("peer_cities")?,
        c.st("set_id")?,
        c.st("indicator_id")?,
        c.st("kind")?,
        c.st("wave")?,
    );
    let (v, m, q1, q3, np, pos) = (
        c.f("value")?,
        c.f("peer_median")?,
        c.f("peer_q1")?,
        c.f("peer_q3")?,
        c.u("n_peers")?,
        c.s("position")?,
    );
    Ok((0..df.height())
        .map(|i| Peer {
            city: city[i].clone(),
            peer_group: pg[i].clone(),
            peer_cities: pc[i].clone(),
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            kind: kind[i].clone(),
            wave: wave[i].clone(),
            value: v[i],
            peer_median: m[i],
            peer_q1: q1[i],
            peer_q3: q3[i],
            n_peers: np[i],
            position: pos[i].clone(),
        })
        .collect())
}

fn read_assoc(store: &Store) -> Result<Vec<Assoc>> {
    let Some(df) = table(store, "associations")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "associations",
    };
    let (set, ind, kind, im, n) = (
        c.st("set_id")?,
        c.st("indicator_id")?,
        c.st("kind")?,
        c.st("index_measure")?,
        c.u("n_cities")?,
    );
    let (rho, p, lo, hi) = (c.f("rho")?, c.f("p_value")?, c.f("ci_low")?, c.f("ci_high")?);
    Ok((0..df.height())
        .map(|i| Assoc {
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            kind: kind[i].clone(),
            index_measure: im[i].clone(),
            n_cities: n[i],
            rho: rho[i],
            p_value: p[i],
            ci_low: lo[i],
            ci_high: hi[i],
        })
        .collect())
}

fn read_effects(store: &Store) -> Result<Vec<Effect>> {
    let Some(df) = table(store, "activity_effects")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "activity_effects",
    };
    let (at, item, n, pre, post, diff) = (
        c.st("activity_type")?,
        c.st("item")?,
        c.u("n_pairs")?,
        c.f("mean_pre")?,
        c.f("mean_post")?,
        c.f("diff")?,
    );
    let (p, es, esk, test) = (
        c.f("p_value")?,
        c.f("effect_size")?,
        c.st("effect_size_kind")?,
        c.st("test")?,
    );
    Ok((0..df.height())
        .map(|i| Effect {
            activity_type: at[i].clone(),
            item: item[i].clone(),
            n_pairs: n[i],
            mean_pre: pre[i],
            mean_post: post[i],
            diff: diff[i],
            p_value: p[i],
            effect_size: es[i],
            effect_size_kind: esk[i].clone(),
            test: test[i].clone(),
        })
        .collect())
}

fn read_index(store: &Store) -> Result<Vec<IndexScore>> {
    let Some(df) = table(store, "index_scores")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "index_scores",
    };
    let (city, year, ver, area, core, score) = (
        c.st("city")?,
        c.i("year")?,
        c.st("index_version")?,
        c.st("area")?,
        c.b("core")?,
        c.f("score")?,
    );
    Ok((0..df.height())
        .map(|i| IndexScore {
            city: city[i].clone(),
            year: year[i].unwrap_or(0),
            index_version: ver[i].clone(),
            area: area[i].clone(),
            core: core[i].unwrap_or(false),
            score: score[i],
        })
        .collect())
}

fn read_waves(store: &Store) -> Result<Vec<Wave>> {
    let Some(df) = table(store, "waves")? else {
        return Ok(Vec::new());
    };
    let c = Cols {
        df: &df,
        table: "waves",
    };
    let (id, kind, city, wave, date, mode) = (
        c.st("survey_id")?,
        c.st("kind")?,
        c.st("city")?,
        c.st("wave")?,
        c.i("date")?,
        c.s("mode")?,
    );
    let (file, rows_in, rejected) = (c.st("file")?, c.u("rows_in")?, c.u("rejected")?);
    Ok((0..df.height())
        .map(|i| Wave {
            survey_id: id[i].clone(),
            kind: kind[i].clone(),
            city: city[i].clone(),
            wave: wave[i].clone(),
            date: date[i],
            mode: mode[i].clone(),
            file: file[i].clone(),
            rows_in: rows_in[i],
            rejected: rejected[i],
        })
        .collect())
}

fn read_composite(store: &Store) -> Result<Option<Vec<CompositeRow>>> {
    let Some(df) = table(store, "composite")? else {
        return Ok(None);
    };
    let c = Cols {
        df: &df,
        table: "composite",
    };
    let (set, city, wave, score, lo, hi) = (
        c.st("set_id")?,
        c.st("city")?,
        c.st("wave")?,
        c.f("score")?,
        c.f("score_ci_low")?,
        c.f("score_ci_high")?,
    );
    let (rm, rl, rh, nr) = (
        c.f("rank_median")?,
        c.f("rank_low")?,
        c.f("rank_high")?,
        c.u("n_ranked")?,
    );
    Ok(Some(
        (0..df.height())
            .map(|i| CompositeRow {
                set_id: set[i].clone(),
                city: city[i].clone(),
                wave: wave[i].clone(),
                score: score[i],
                score_ci_low: lo[i],
                score_ci_high: hi[i],
                rank_median: rm[i],
                rank_low: rl[i],
                rank_high: rh[i],
                n_ranked: nr[i],
            })
            .collect(),
    ))
}

fn read_diag(store: &Store) -> Result<Option<Vec<DiagRow>>> {
    let Some(df) = table(store, "diagnostics")? else {
        return Ok(None);
    };
    let c = Cols {
        df: &df,
        table: "diagnostics",
    };
    let (set, ind, metric, value) = (c.st("set_id")?, c.st("indicator_id")?, c.st("metric")?, c.f("value")?);
    Ok(Some(
        (0..df.height())
            .map(|i| DiagRow {
                set_id: set[i].clone(),
                indicator_id: ind[i].clone(),
                metric: metric[i].clone(),
                value: value[i],
            })
            .collect(),
    ))
}
