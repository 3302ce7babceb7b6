//! Peer-band chart: per indicator, the peers' middle half (Q1–Q3) as a grey
//! bar, their median as a tick and the city as a coloured dot. The city is
//! placed against its peers' median and spread, never given a rank.

use super::interval::{RowLayout, number, row_chart};
use super::*;

/// One indicator row of a peer-band chart.
#[derive(Debug, Clone, Default)]
pub struct PeerRow {
    /// Indicator name, translated.
    pub indicator: String,
    /// The city's value (`None`: not available, shown as `labels.text.no_data`).
    pub value: Option<f64>,
    /// Peers' first quartile.
    pub q1: f64,
    /// Peers' median.
    pub median: f64,
    /// Peers' third quartile.
    pub q3: f64,
}

/// City value against the peers' interquartile band, one row per indicator,
/// on a common x scale. Legend words: `text.estimate` (city dot),
/// `text.peer_spread` (bar), `text.peer_median` (tick).
pub fn peer_band_chart(rows: &[PeerRow], labels: &Labels) -> Result<Rendered, ChartError> {
    render(&Peer { rows, l: labels })
}

struct Peer<'a> {
    rows: &'a [PeerRow],
    l: &'a Labels,
}

impl Draw for Peer<'_> {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError>
    where
        DB::ErrorType: 'static,
    {
        let text = &self.l.text;
        let area = frame(root, self.l)?;
        let rows = self.rows;
        let data: Vec<f64> = rows
            .iter()
            .flat_map(|r| [finite(r.value), Some(r.q1), Some(r.median), Some(r.q3)])
            .flatten()
            .filter(|v| v.is_finite())
            .collect();
        if rows.is_empty() || data.is_empty() {
            return no_data(&area, text);
        }
        let x = axis_range(None, &data);
        let span = x.1 - x.0;
        legend(
            root,
            &[
                (Key::Dot(BLUE), text.estimate.as_str()),
                (Key::Box(BAND, 1.0), text.peer_spread.as_str()),
                (Key::Tick(INK), text.peer_median.as_str()),
            ],
            WIDTH as i32 - MARGIN,
            116,
        )?;
        let layout = RowLayout {
            rows: rows.iter().map(|r| (r.indicator.as_str(), false)).collect(),
            values: rows
                .iter()
                .map(|r| match finite(r.value) {
                    Some(v) => number(v, span, text),
                    None => text.no_data.clone(),
                })
                .collect(),
            x,
        };
        let plot = area.margin(40, 0, 0, 0);
        let (mut chart, row_h) = row_chart(root, &plot, &layout, self.l)?;
        let half = (14.0 / row_h.max(1.0)).min(0.3);
        let tick_half = (half * 1.4).min(0.42);
        let radius = (row_h * 0.25).clamp(3.0, 8.0) as i32;
        for (i, r) in rows.iter().enumerate() {
            let y = i as f64;
            if r.q1.is_finite() && r.q3.is_finite() {
                let (lo, hi) = (r.q1.min(r.q3), r.q1.max(r.q3));
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(lo, y - half), (hi, y + half)],
                    BAND.filled(),
                )))?;
            }
            if r.median.is_finite() {
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![(r.median, y - tick_half), (r.median, y + tick_half)],
                    INK.stroke_width(3),
                )))?;
            }
            if let Some(v) = finite(r.value) {
                chart.draw_series([
                    Circle::new((v, y), radius + 2, WHITE.filled()),
                    Circle::new((v, y), radius, BLUE.filled()),
                ])?;
            }
        }
        Ok(())
    }
}
