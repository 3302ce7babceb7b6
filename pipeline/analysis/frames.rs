//! Row structs of the analysis tables turned into polars frames (column order = SPEC §3
//! key columns first, extras after).

use super::activities::EffectRow;
use super::association::AssociationRow;
use super::changes::{ChangeRow, GapRow, TrendRow};
use super::peers::PeerRow;
use anyhow::Result;
use polars::prelude::*;

fn s<T>(rows: &[T], name: &str, f: impl Fn(&T) -> &str) -> Column {
    Column::new(name.into(), rows.iter().map(f).collect::<Vec<_>>())
}
fn os<T>(rows: &[T], name: &str, f: impl Fn(&T) -> Option<&str>) -> Column {
    Column::new(name.into(), rows.iter().map(f).collect::<Vec<_>>())
}
fn f<T>(rows: &[T], name: &str, g: impl Fn(&T) -> f64) -> Column {
    Column::new(name.into(), rows.iter().map(g).collect::<Vec<_>>())
}
/// Optional floats: NaN and ±inf are written as null, −0.0 as 0.0.
fn of<T>(rows: &[T], name: &str, g: impl Fn(&T) -> Option<f64>) -> Column {
    Column::new(name.into(), rows.iter().map(|r| clean(g(r))).collect::<Vec<_>>())
}

/// Null for a non-finite value; −0.0 becomes 0.0 (same bytes for the same number).
pub fn clean(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite()).map(|v| v + 0.0)
}
fn u<T>(rows: &[T], name: &str, g: impl Fn(&T) -> u32) -> Column {
    Column::new(name.into(), rows.iter().map(g).collect::<Vec<_>>())
}
fn b<T>(rows: &[T], name: &str, g: impl Fn(&T) -> bool) -> Column {
    Column::new(name.into(), rows.iter().map(g).collect::<Vec<_>>())
}
fn ob<T>(rows: &[T], name: &str, g: impl Fn(&T) -> Option<bool>) -> Column {
    Column::new(name.into(), rows.iter().map(g).collect::<Vec<_>>())
}

/// `changes`.
pub fn changes(r: &[ChangeRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        r.len(),
        vec![
            s(r, "set_id", |x| &x.set_id),
            s(r, "indicator_id", |x| &x.indicator_id),
            s(r, "city", |x| &x.city),
            s(r, "kind", |x| &x.kind),
            s(r, "group_dim", |x| &x.group_dim),
            s(r, "group_value", |x| &x.group_value),
            s(r, "wave_from", |x| &x.wave_from),
            s(r, "wave_to", |x| &x.wave_to),
            f(r, "estimate_from", |x| x.estimate_from),
            f(r, "estimate_to", |x| x.estimate_to),
            f(r, "diff", |x| x.diff),
            of(r, "se_diff", |x| x.se_diff),
            of(r, "z", |x| x.z),
            of(r, "p_value", |x| x.p_value),
            of(r, "q_value", |x| x.q_value),
            ob(r, "significant", |x| x.significant),
            s(r, "comparison", |x| x.comparison),
            b(r, "series_break", |x| x.series_break),
            os(r, "break_note", |x| x.break_note.as_deref()),
        ],
    )?)
}

/// `trends`.
pub fn trends(r: &[TrendRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        r.len(),
        vec![
            s(r, "set_id", |x| &x.set_id),
            s(r, "indicator_id", |x| &x.indicator_id),
            s(r, "city", |x| &x.city),
            s(r, "kind", |x| &x.kind),
            s(r, "group_dim", |x| &x.group_dim),
            s(r, "group_value", |x| &x.group_value),
            u(r, "n_waves", |x| x.n_waves),
            of(r, "mk_s", |x| x.mk_s),
            of(r, "mk_var_s", |x| x.mk_var_s),
            of(r, "mk_tau", |x| x.mk_tau),
            of(r, "mk_z", |x| x.mk_z),
            of(r, "mk_p", |x| x.mk_p),
            of(r, "sen_slope_per_year", |x| x.sen_slope_per_year),
            s(r, "direction", |x| &x.direction),
            os(r, "first_wave", |x| x.first_wave.as_deref()),
            os(r, "last_wave", |x| x.last_wave.as_deref()),
            b(r, "series_break", |x| x.series_break),
            os(r, "note", |x| x.note.as_deref()),
        ],
    )?)
}

/// `gaps`.
pub fn gaps(r: &[GapRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        r.len(),
        vec![
            s(r, "set_id", |x| &x.set_id),
            s(r, "indicator_id", |x| &x.indicator_id),
            s(r, "city", |x| &x.city),
            s(r, "kind", |x| &x.kind),
            s(r, "wave", |x| &x.wave),
            s(r, "group_dim", |x| &x.group_dim),
            s(r, "group_value", |x| &x.group_value),
            s(r, "reference_value", |x| &x.reference_value),
            f(r, "estimate", |x| x.estimate),
            f(r, "reference_estimate", |x| x.reference_estimate),
            f(r, "gap", |x| x.gap),
            f(r, "se_gap", |x| x.se_gap),
            of(r, "z", |x| x.z),
            of(r, "p_value", |x| x.p_value),
            of(r, "q_value", |x| x.q_value),
            ob(r, "significant", |x| x.significant),
        ],
    )?)
}

/// `peers`.
pub fn peers(r: &[PeerRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        r.len(),
        vec![
            s(r, "city", |x| &x.city),
            s(r, "peer_group", |x| &x.peer_group),
            s(r, "peer_cities", |x| &x.peer_cities),
            s(r, "set_id", |x| &x.set_id),
            s(r, "indicator_id", |x| &x.indicator_id),
            s(r, "kind", |x| &x.kind),
            s(r, "wave", |x| &x.wave),
            of(r, "value", |x| x.value),
            of(r, "peer_median", |x| x.peer_median),
            of(r, "peer_q1", |x| x.peer_q1),
            of(r, "peer_q3", |x| x.peer_q3),
            u(r, "n_peers", |x| x.n_peers),
            os(r, "position", |x| x.position.as_deref()),
        ],
    )?)
}

/// `associations`.
pub fn associations(r: &[AssociationRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        r.len(),
        vec![
            s(r, "set_id", |x| &x.set_id),
            s(r, "indicator_id", |x| &x.indicator_id),
            s(r, "kind", |x| &x.kind),
            s(r, "index_measure", |x| &x.index_measure),
            u(r, "n_cities", |x| x.n_cities),
            of(r, "rho", |x| x.rho),
            of(r, "p_value", |x| x.p_value),
            of(r, "q_value", |x| x.q_value),
            of(r, "ci_low", |x| x.ci_low),
            of(r, "ci_high", |x| x.ci_high),
            s(r, "note", |x| &x.note),
        ],
    )?)
}

/// `activity_effects`.
pub fn activity_effects(r: &[EffectRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        r.len(),
        vec![
            s(r, "activity_type", |x| &x.activity_type),
            s(r, "item", |x| &x.item),
            u(r, "n_pairs", |x| x.n_pairs),
            of(r, "mean_pre", |x| x.mean_pre),
            of(r, "mean_post", |x| x.mean_post),
            of(r, "diff", |x| x.diff),
            of(r, "statistic", |x| x.statistic),
            of(r, "p_value", |x| x.p_value),
            of(r, "q_value", |x| x.q_value),
            of(r, "effect_size", |x| x.effect_size),
            s(r, "test", |x| &x.test),
            s(r, "effect_size_kind", |x| &x.effect_size_kind),
            u(r, "n_unpaired", |x| x.n_unpaired),
        ],
    )?)
}
