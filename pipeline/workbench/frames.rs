//! Workbench rows → polars frames for the catalog (no logic, no I/O).

use super::diagnostics::DiagRow;
use super::uncertainty::{CompositeRow, SensitivityRow};
use anyhow::Result;
use polars::prelude::*;

/// The `diagnostics` table.
pub fn diagnostics(rows: &[DiagRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        rows.len(),
        vec![
            Column::new(
                "set_id".into(),
                rows.iter().map(|r| r.set_id.as_str()).collect::<Vec<_>>(),
            ),
            Column::new(
                "indicator_id".into(),
                rows.iter().map(|r| r.indicator_id.as_str()).collect::<Vec<_>>(),
            ),
            Column::new("kind".into(), rows.iter().map(|r| r.kind).collect::<Vec<_>>()),
            Column::new(
                "city".into(),
                rows.iter().map(|r| r.city.as_deref()).collect::<Vec<_>>(),
            ),
            Column::new(
                "wave".into(),
                rows.iter().map(|r| r.wave.as_deref()).collect::<Vec<_>>(),
            ),
            Column::new(
                "metric".into(),
                rows.iter().map(|r| r.metric.as_str()).collect::<Vec<_>>(),
            ),
            Column::new("value".into(), rows.iter().map(|r| r.value).collect::<Vec<_>>()),
            Column::new("n".into(), rows.iter().map(|r| r.n).collect::<Vec<_>>()),
        ],
    )?)
}

/// The `composite` table.
pub fn composite(rows: &[CompositeRow]) -> Result<DataFrame> {
    let s = |f: fn(&CompositeRow) -> &str| -> Vec<&str> { rows.iter().map(f).collect() };
    let o = |f: fn(&CompositeRow) -> Option<f64>| -> Vec<Option<f64>> { rows.iter().map(f).collect() };
    let u = |f: fn(&CompositeRow) -> u32| -> Vec<u32> { rows.iter().map(f).collect() };
    Ok(DataFrame::new(
        rows.len(),
        vec![
            Column::new("set_id".into(), s(|r| &r.set_id)),
            Column::new("composite_id".into(), s(|r| &r.composite_id)),
            Column::new("city".into(), s(|r| &r.city)),
            Column::new("wave".into(), s(|r| &r.wave)),
            Series::new("date".into(), rows.iter().map(|r| r.date).collect::<Vec<i32>>())
                .cast(&DataType::Date)?
                .into(),
            Column::new("score".into(), o(|r| Some(r.score).filter(|x| x.is_finite()))),
            Column::new("score_ci_low".into(), o(|r| r.score_ci_low)),
            Column::new("score_ci_high".into(), o(|r| r.score_ci_high)),
            Column::new("rank_median".into(), o(|r| r.rank_median)),
            Column::new("rank_low".into(), o(|r| r.rank_low)),
            Column::new("rank_high".into(), o(|r| r.rank_high)),
            Column::new("rank_point".into(), o(|r| r.rank_point)),
            Column::new(
                "rank_period".into(),
                rows.iter().map(|r| r.rank_period).collect::<Vec<_>>(),
            ),
            Column::new("n_ranked".into(), u(|r| r.n_ranked)),
            Column::new("n_indicators".into(), u(|r| r.n_indicators)),
            Column::new("draws".into(), u(|r| r.draws)),
            Column::new("normalisation".into(), s(|r| r.normalisation)),
            Column::new("aggregation".into(), s(|r| r.aggregation)),
        ],
    )?)
}

/// The `composite_sensitivity` table.
pub fn sensitivity(rows: &[SensitivityRow]) -> Result<DataFrame> {
    Ok(DataFrame::new(
        rows.len(),
        vec![
            Column::new(
                "set_id".into(),
                rows.iter().map(|r| r.set_id.as_str()).collect::<Vec<_>>(),
            ),
            Column::new(
                "composite_id".into(),
                rows.iter().map(|r| r.composite_id.as_str()).collect::<Vec<_>>(),
            ),
            Column::new("output".into(), vec!["rank"; rows.len()]),
            Column::new("factor".into(), rows.iter().map(|r| r.factor).collect::<Vec<_>>()),
            Column::new(
                "first_order".into(),
                rows.iter().map(|r| r.first_order).collect::<Vec<_>>(),
            ),
            Column::new("total".into(), rows.iter().map(|r| r.total).collect::<Vec<_>>()),
            Column::new("draws".into(), rows.iter().map(|r| r.draws).collect::<Vec<_>>()),
            Column::new("n_outputs".into(), rows.iter().map(|r| r.n_outputs).collect::<Vec<_>>()),
        ],
    )?)
}
