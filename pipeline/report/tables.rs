//! Typed readers of single store tables for [`super::data::read`]: column accessors that
//! tolerate absent columns and any numeric type, one function per table.

use super::data::*;
use crate::store::Store;
use anyhow::{Context, Result};
use polars::prelude::*;

/// Column accessors that tolerate absent columns (all `None`) and any numeric type.
pub(crate) struct Cols<'a> {
    pub(crate) df: &'a DataFrame,
    pub(crate) table: &'a str,
}

impl Cols<'_> {
    pub(crate) fn s(&self, name: &str) -> Result<Vec<Option<String>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::String)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.str()?.iter().map(|v| v.map(str::to_string)).collect())
    }
    pub(crate) fn st(&self, name: &str) -> Result<Vec<String>> {
        Ok(self.s(name)?.into_iter().map(Option::unwrap_or_default).collect())
    }
    pub(crate) fn f(&self, name: &str) -> Result<Vec<Option<f64>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::Float64)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.f64()?.iter().map(|v| v.filter(|x| x.is_finite())).collect())
    }
    pub(crate) fn u(&self, name: &str) -> Result<Vec<Option<u64>>> {
        Ok(self
            .f(name)?
            .into_iter()
            .map(|v| v.map(|x| x.max(0.0) as u64))
            .collect())
    }
    pub(crate) fn i(&self, name: &str) -> Result<Vec<Option<i32>>> {
        let Ok(c) = self.df.column(name) else {
            return Ok(vec![None; self.df.height()]);
        };
        let c = c
            .cast(&DataType::Int32)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}.{name}", self.table))?;
        Ok(c.i32()?.iter().collect())
    }
    pub(crate) fn b(&self, name: &str) -> Result<Vec<Option<bool>>> {
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

pub(crate) fn table(store: &Store, name: &str) -> Result<Option<DataFrame>> {
    if !store.dir(name).join("part-0.parquet").is_file() {
        return Ok(None);
    }
    store.read(name).map(Some)
}

/// A table that may be partitioned or a single file (scanned lazily, collected once).
pub(crate) fn table_any(store: &Store, name: &str) -> Result<Option<DataFrame>> {
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

pub(crate) fn read_changes(store: &Store) -> Result<Vec<Change>> {
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

pub(crate) fn read_trends(store: &Store) -> Result<Vec<Trend>> {
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

pub(crate) fn read_gaps(store: &Store) -> Result<Vec<Gap>> {
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

pub(crate) fn read_peers(store: &Store) -> Result<Vec<Peer>> {
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

pub(crate) fn read_assoc(store: &Store) -> Result<Vec<Assoc>> {
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
    let q = c.f("q_value")?;
    Ok((0..df.height())
        .map(|i| Assoc {
            set_id: set[i].clone(),
            indicator_id: ind[i].clone(),
            kind: kind[i].clone(),
            index_measure: im[i].clone(),
            n_cities: n[i],
            rho: rho[i],
            p_value: p[i],
            q_value: q[i],
            ci_low: lo[i],
            ci_high: hi[i],
        })
        .collect())
}

pub(crate) fn read_effects(store: &Store) -> Result<Vec<Effect>> {
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
    let q = c.f("q_value")?;
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
            q_value: q[i],
            effect_size: es[i],
            effect_size_kind: esk[i].clone(),
            test: test[i].clone(),
        })
        .collect())
}

pub(crate) fn read_index(store: &Store) -> Result<Vec<IndexScore>> {
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

pub(crate) fn read_waves(store: &Store) -> Result<Vec<Wave>> {
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

pub(crate) fn read_composite(store: &Store) -> Result<Option<Vec<CompositeRow>>> {
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

pub(crate) fn read_diag(store: &Store) -> Result<Option<Vec<DiagRow>>> {
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
