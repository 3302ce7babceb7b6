//! Trend chart: one indicator over barometer waves, with its confidence band,
//! suppressed waves shown as gaps, series breaks and an optional Sen-slope line.

use super::*;
use plotters::series::DashedLineSeries;

/// One wave of a trend series.
#[derive(Debug, Clone, Default)]
pub struct TrendPoint {
    /// Decimal year of the wave (e.g. 2021.5).
    pub t: f64,
    /// Wave label shown under the axis (e.g. "2021"); empty falls back to the year.
    pub label: String,
    /// Estimate, or `None` when suppressed (too few respondents).
    pub estimate: Option<f64>,
    /// Lower confidence limit.
    pub ci_low: Option<f64>,
    /// Upper confidence limit.
    pub ci_high: Option<f64>,
    /// Respondents behind the estimate.
    pub n: u64,
}

/// A trend series and its decorations.
#[derive(Debug, Clone, Default)]
pub struct TrendSeries {
    /// Waves, in any order.
    pub points: Vec<TrendPoint>,
    /// Fitted trend slope in y units per year; drawn dashed when given with `intercept_point`.
    pub slope_per_year: Option<f64>,
    /// A point `(t, y)` the trend line passes through (the weighted mean of the waves).
    pub intercept_point: Option<(f64, f64)>,
    /// Decimal years of series breaks (mode change): dashed vertical lines.
    pub breaks: Vec<f64>,
    /// Y-axis range; replaced by the data's extent if not finite and increasing.
    pub y_range: (f64, f64),
}

/// Line chart with CI band for one indicator over waves.
///
/// Suppressed waves (`estimate: None`) break the line and get a small marker
/// with `labels.text.suppressed`; breaks get `labels.text.series_break`.
pub fn trend_chart(series: &TrendSeries, labels: &Labels) -> Result<Rendered, ChartError> {
    render(&Trend { s: series, l: labels })
}

struct Trend<'a> {
    s: &'a TrendSeries,
    l: &'a Labels,
}

/// A wave with its values made finite-or-None and clamped to the y range.
struct Wave<'a> {
    t: f64,
    label: &'a str,
    est: Option<f64>,
    ci: Option<(f64, f64)>,
}

impl Draw for Trend<'_> {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError>
    where
        DB::ErrorType: 'static,
    {
        let (s, l, text) = (self.s, self.l, &self.l.text);
        let area = frame(root, l)?;
        let mut raw: Vec<&TrendPoint> = s.points.iter().filter(|p| p.t.is_finite()).collect();
        raw.sort_by(|a, b| a.t.total_cmp(&b.t));
        let data: Vec<f64> = raw
            .iter()
            .flat_map(|p| [p.estimate, p.ci_low, p.ci_high])
            .flatten()
            .collect();
        let (y0, y1) = axis_range(Some(s.y_range), &data);
        let clamp = |v: f64| v.clamp(y0, y1);
        let waves: Vec<Wave> = raw
            .iter()
            .map(|p| {
                let est = finite(p.estimate).map(clamp);
                let ci = match (est, finite(p.ci_low), finite(p.ci_high)) {
                    (Some(_), Some(a), Some(b)) => Some((clamp(a.min(b)), clamp(a.max(b)))),
                    _ => None,
                };
                Wave {
                    t: p.t,
                    label: &p.label,
                    est,
                    ci,
                }
            })
            .collect();
        if waves.is_empty() {
            return no_data(&area, text);
        }

        let tmin = waves[0].t;
        let tmax = waves[waves.len() - 1].t;
        let pad = ((tmax - tmin) * 0.04).max(0.4);
        let (x0, x1) = (tmin - pad, tmax + pad);

        let sen = match (finite(s.slope_per_year), s.intercept_point) {
            (Some(b), Some((tc, yc))) if tc.is_finite() && yc.is_finite() && tmax > tmin => {
                clip_line(b, tc, yc, tmin, tmax, y0, y1)
            }
            _ => None,
        };
        let has_ci = waves.iter().any(|w| w.ci.is_some());
        let legend_y = 116;
        legend(
            root,
            &[
                (Key::LineDot(BLUE), text.estimate.as_str()),
                (Key::Box(BLUE, 0.2), if has_ci { &text.interval } else { "" }),
                (Key::Dashed(VERMILLION), if sen.is_some() { &text.trend } else { "" }),
            ],
            WIDTH as i32 - MARGIN,
            legend_y,
        )?;

        let plot = area.margin(40, 0, 0, 0);
        let y_step = (y1 - y0) / 8.0;
        let y_fmt = |v: &f64| tick(*v, y_step, text);
        let mut chart = ChartBuilder::on(&plot)
            .margin_left(MARGIN - 8)
            .margin_right(MARGIN + 12)
            .margin_top(8)
            .x_label_area_size(66)
            .y_label_area_size(86)
            .build_cartesian_2d(x0..x1, y0..y1)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(7)
            .y_label_formatter(&y_fmt)
            .light_line_style(WHITE.mix(0.0))
            .bold_line_style(GRID.stroke_width(1))
            .axis_style(MUTED.stroke_width(1))
            .label_style(font(BODY_PX, INK))
            .axis_desc_style(font(BODY_PX, MUTED))
            .y_desc(l.y_label.as_str())
            .x_desc(l.x_label.as_str())
            .draw()?;

        // CI band per contiguous run of waves with an interval.
        for run in runs(&waves, &s.breaks, |w| w.ci.is_some()) {
            let band: Vec<(f64, f64)> = run
                .iter()
                .filter_map(|w| w.ci.map(|(_, hi)| (w.t, hi)))
                .chain(run.iter().rev().filter_map(|w| w.ci.map(|(lo, _)| (w.t, lo))))
                .collect();
            if run.len() > 1 {
                chart.draw_series(std::iter::once(Polygon::new(band, BLUE.mix(0.18).filled())))?;
            } else if let Some((lo, hi)) = run[0].ci {
                let t = run[0].t;
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![(t, lo), (t, hi)],
                    BLUE.mix(0.45).stroke_width(8),
                )))?;
            }
        }

        for &b in s.breaks.iter().filter(|b| b.is_finite() && **b > x0 && **b < x1) {
            chart.draw_series(DashedLineSeries::new(
                vec![(b, y0), (b, y1)],
                8,
                6,
                MUTED.stroke_width(2),
            ))?;
            let (px, py) = chart.backend_coord(&(b, y1));
            let style = anchored(font(SMALL_PX, MUTED), HPos::Left, VPos::Top);
            root.draw(&Text::new(text.series_break.clone(), (px + 6, py + 4), style))?;
        }

        if let Some(line) = sen {
            chart.draw_series(DashedLineSeries::new(line, 12, 8, VERMILLION.stroke_width(3)))?;
        }

        for run in runs(&waves, &s.breaks, |w| w.est.is_some()) {
            let pts: Vec<(f64, f64)> = run.iter().filter_map(|w| w.est.map(|e| (w.t, e))).collect();
            chart.draw_series(LineSeries::new(pts.clone(), BLUE.stroke_width(3)))?;
            chart.draw_series(pts.iter().map(|&p| Circle::new(p, 7, WHITE.filled())))?;
            chart.draw_series(pts.iter().map(|&p| Circle::new(p, 5, BLUE.filled())))?;
        }

        // Suppressed waves: hollow marker just above the axis with the reason.
        let marker_y = y0 + (y1 - y0) * 0.04;
        for w in waves.iter().filter(|w| w.est.is_none()) {
            chart.draw_series([
                Circle::new((w.t, marker_y), 6, MUTED.filled()),
                Circle::new((w.t, marker_y), 4, WHITE.filled()),
            ])?;
            let (px, py) = chart.backend_coord(&(w.t, marker_y));
            let style = anchored(font(SMALL_PX, MUTED), HPos::Center, VPos::Bottom);
            root.draw(&Text::new(text.suppressed.clone(), (px, py - 10), style))?;
        }

        // Wave labels under the axis, skipping any that would overlap. The first and the
        // latest wave are always labelled ("where we started", "where we are now").
        let style = anchored(font(BODY_PX, INK), HPos::Center, VPos::Top);
        let placed: Vec<(String, i32, i32, i32)> = waves
            .iter()
            .map(|w| {
                let label = if w.label.is_empty() {
                    tick(w.t, 1.0, text)
                } else {
                    w.label.to_string()
                };
                let (px, py) = chart.backend_coord(&(w.t, y0));
                let half = text_width(root, &label, &style) / 2;
                (label, px, py, half)
            })
            .collect();
        let last_left = placed.last().map_or(i32::MAX, |(_, px, _, half)| px - half);
        let mut last_right = i32::MIN;
        for (i, (label, px, py, half)) in placed.iter().enumerate() {
            let is_last = i + 1 == placed.len();
            if !is_last && (px - half < last_right + 10 || px + half + 10 > last_left) && i > 0 {
                continue;
            }
            root.draw(&PathElement::new(
                vec![(*px, *py), (*px, py + 6)],
                MUTED.stroke_width(1),
            ))?;
            root.draw(&Text::new(label.clone(), (*px, py + 10), style.clone()))?;
            last_right = px + half;
        }
        Ok(())
    }
}

/// Maximal runs of consecutive waves satisfying `keep`, also cut at every series break: a
/// line or band drawn across a fieldwork-mode change would show a jump that is partly method.
fn runs<'a, 'b>(waves: &'a [Wave<'b>], breaks: &[f64], keep: impl Fn(&Wave) -> bool) -> Vec<&'a [Wave<'b>]> {
    let mut out = Vec::new();
    for run in waves.split(|w| !keep(w)).filter(|r| !r.is_empty()) {
        let mut start = 0;
        for i in 1..run.len() {
            if breaks.iter().any(|b| run[i - 1].t < *b && *b < run[i].t) {
                out.push(&run[start..i]);
                start = i;
            }
        }
        out.push(&run[start..]);
    }
    out
}

/// The Sen line over `[t0, t1]`, clipped to `[y0, y1]`.
fn clip_line(slope: f64, tc: f64, yc: f64, t0: f64, t1: f64, y0: f64, y1: f64) -> Option<Vec<(f64, f64)>> {
    let y = |t: f64| yc + slope * (t - tc);
    let (mut a, mut b) = (t0, t1);
    if slope.abs() > 1e-12 {
        let ta = tc + (y0 - yc) / slope;
        let tb = tc + (y1 - yc) / slope;
        let (lo, hi) = (ta.min(tb), ta.max(tb));
        a = a.max(lo);
        b = b.min(hi);
    } else if !(y0..=y1).contains(&yc) {
        return None;
    }
    (b > a).then(|| vec![(a, y(a)), (b, y(b))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_at_gaps_and_at_series_breaks() {
        let w = |t: f64, est: Option<f64>| Wave {
            t,
            label: "",
            est,
            ci: None,
        };
        let waves = [
            w(2015.0, Some(1.0)),
            w(2016.0, Some(1.0)),
            w(2017.0, None),
            w(2018.0, Some(1.0)),
            w(2019.0, Some(1.0)),
            w(2020.0, Some(1.0)),
        ];
        let lens: Vec<usize> = runs(&waves, &[2018.5], |w| w.est.is_some())
            .iter()
            .map(|r| r.len())
            .collect();
        // 2015–2016 | gap at 2017 | 2018 | break at 2018.5 | 2019–2020.
        assert_eq!(lens, vec![2, 1, 2]);
    }

    #[test]
    fn sen_line_is_clipped() {
        let line = clip_line(10.0, 2020.0, 50.0, 2015.0, 2025.0, 0.0, 100.0);
        let line = line.expect("visible");
        assert!((line[0].0 - 2015.0).abs() < 1e-9 && (line[0].1 - 0.0).abs() < 1e-9);
        assert!((line[1].0 - 2025.0).abs() < 1e-9 && (line[1].1 - 100.0).abs() < 1e-9);
        assert!(clip_line(0.0, 2020.0, 150.0, 2015.0, 2025.0, 0.0, 100.0).is_none());
    }
}
