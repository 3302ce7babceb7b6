//! Horizontal dot-and-whisker (forest) chart: subgroup gaps, a city against
//! its peers, composite scores and activity effects, each with its interval.
//!
//! Also hosts the row layout shared with the peer-band chart.

use super::*;
use plotters::coord::types::RangedCoordf64;
use plotters::series::DashedLineSeries;

/// One row of a forest plot.
#[derive(Debug, Clone, Default)]
pub struct IntervalRow {
    /// Row label, translated.
    pub label: String,
    /// Point estimate.
    pub estimate: f64,
    /// Lower interval limit.
    pub ci_low: f64,
    /// Upper interval limit.
    pub ci_high: f64,
    /// Draw this row in the accent colour with a bold label (e.g. the city).
    pub highlight: bool,
}

/// Forest plot: one row per `rows` entry, top to bottom, with the estimate
/// and interval printed at the right. `reference` draws a dashed vertical
/// line (e.g. the peer median, or 0 for a gap) named in the legend.
pub fn interval_chart(
    rows: &[IntervalRow],
    reference: Option<(f64, &str)>,
    labels: &Labels,
) -> Result<Rendered, ChartError> {
    render(&Interval {
        rows,
        reference,
        l: labels,
    })
}

struct Interval<'a> {
    rows: &'a [IntervalRow],
    reference: Option<(f64, &'a str)>,
    l: &'a Labels,
}

pub(crate) type RowChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Layout of a row chart.
pub(crate) struct RowLayout<'s> {
    /// Row labels and whether each is bold, top to bottom.
    pub rows: Vec<(&'s str, bool)>,
    /// Text printed right of each row.
    pub values: Vec<String>,
    /// X range.
    pub x: (f64, f64),
}

/// Builds the cartesian plot for a row chart, draws the mesh, row labels and
/// value column. Row `i` (from the top) sits at y = `i`.
pub(crate) fn row_chart<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &'a DrawingArea<DB, Shift>,
    layout: &RowLayout,
    labels: &Labels,
) -> Result<(RowChart<'a, DB>, f64), ChartError>
where
    DB::ErrorType: 'static,
{
    let text = &labels.text;
    let n = layout.rows.len().max(1);
    let (_, plot_h) = plot.dim_in_pixel();
    let row_h = f64::from(plot_h.saturating_sub(90)) / n as f64;
    let px = (row_h * 0.9).clamp(12.0, BODY_PX);
    let max_label = (WIDTH as i32) * 2 / 5;
    let label_w = layout
        .rows
        .iter()
        .map(|(s, b)| {
            let st = if *b { bold(px, INK) } else { font(px, INK) };
            text_width(root, s, &st)
        })
        .max()
        .unwrap_or(0)
        .min(max_label);
    let value_w = layout
        .values
        .iter()
        .map(|s| text_width(root, s, &font(px, INK)))
        .max()
        .unwrap_or(0);
    let (x0, x1) = layout.x;
    let step = (x1 - x0) / 8.0;
    let x_fmt = move |v: &f64| tick(*v, step, text);
    let mut chart = ChartBuilder::on(plot)
        .margin_left(MARGIN)
        .margin_right(MARGIN + value_w + 18)
        .margin_top(8)
        .x_label_area_size(70)
        .y_label_area_size(label_w + 18)
        .build_cartesian_2d(x0..x1, (n as f64 - 0.5)..-0.5)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(8)
        .x_label_formatter(&x_fmt)
        .light_line_style(WHITE.mix(0.0))
        .bold_line_style(GRID.stroke_width(1))
        .axis_style(MUTED.stroke_width(1))
        .label_style(font(BODY_PX, INK))
        .axis_desc_style(font(BODY_PX, MUTED))
        .x_desc(labels.x_label.as_str())
        .draw()?;
    for (i, ((label, is_bold), value)) in layout
        .rows
        .iter()
        .zip(layout.values.iter().map(Some).chain(std::iter::repeat(None)))
        .enumerate()
    {
        let y = i as f64;
        let (lx, ly) = chart.backend_coord(&(x0, y));
        let st = if *is_bold { bold(px, INK) } else { font(px, INK) };
        let shown = fit_text(root, label, &st, max_label);
        root.draw(&Text::new(
            shown,
            (lx - 12, ly),
            anchored(st, HPos::Right, VPos::Center),
        ))?;
        if let Some(v) = value {
            let (rx, ry) = chart.backend_coord(&(x1, y));
            let st = anchored(font(px, MUTED), HPos::Left, VPos::Center);
            root.draw(&Text::new(v.clone(), (rx + 14, ry), st))?;
        }
    }
    Ok((chart, row_h))
}

/// Draws a dashed vertical reference line at `x`.
pub(crate) fn reference_line<DB: DrawingBackend>(
    chart: &mut RowChart<'_, DB>,
    x: f64,
    n: usize,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let (lo, hi) = (-0.5, n as f64 - 0.5);
    chart.draw_series(DashedLineSeries::new(vec![(x, lo), (x, hi)], 8, 6, INK.stroke_width(2)))?;
    Ok(())
}

/// Formats `v` with decimals suited to a scale of width `span`.
pub(crate) fn number(v: f64, span: f64, text: &ChartText) -> String {
    let s = match text.decimals {
        Some(d) => tick(v, 10f64.powi(-(d as i32)) * 1.000001, text),
        None => tick(v, span / 200.0, text),
    };
    if text.signed && v > 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{s}")
    } else {
        s
    }
}

impl Draw for Interval<'_> {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError>
    where
        DB::ErrorType: 'static,
    {
        let text = &self.l.text;
        let area = frame(root, self.l)?;
        let rows: Vec<&IntervalRow> = self.rows.iter().filter(|r| r.estimate.is_finite()).collect();
        if rows.is_empty() {
            return no_data(&area, text);
        }
        let reference = self.reference.filter(|(v, _)| v.is_finite());
        let mut data: Vec<f64> = rows.iter().flat_map(|r| [r.estimate, r.ci_low, r.ci_high]).collect();
        data.extend(reference.map(|(v, _)| v));
        let x = axis_range(None, &data);
        let span = x.1 - x.0;
        let any_highlight = rows.iter().any(|r| r.highlight);
        legend(
            root,
            &[
                (
                    Key::Whisker(if any_highlight { MUTED } else { BLUE }),
                    text.interval.as_str(),
                ),
                (Key::Dashed(INK), reference.map_or("", |(_, l)| l)),
            ],
            WIDTH as i32 - MARGIN,
            116,
        )?;
        let layout = RowLayout {
            rows: rows.iter().map(|r| (r.label.as_str(), r.highlight)).collect(),
            values: rows
                .iter()
                .map(|r| {
                    let ci = match (r.ci_low.is_finite(), r.ci_high.is_finite()) {
                        (true, true) => {
                            let template = if text.range.is_empty() {
                                "{lo} to {hi}"
                            } else {
                                &text.range
                            };
                            let range = template
                                .replace("{lo}", &number(r.ci_low.min(r.ci_high), span, text))
                                .replace("{hi}", &number(r.ci_low.max(r.ci_high), span, text));
                            format!(" ({range})")
                        }
                        _ => String::new(),
                    };
                    format!("{}{ci}", number(r.estimate, span, text))
                })
                .collect(),
            x,
        };
        let plot = area.margin(40, 0, 0, 0);
        let (mut chart, row_h) = row_chart(root, &plot, &layout, self.l)?;
        if let Some((v, _)) = reference {
            reference_line(&mut chart, v, rows.len())?;
        }
        let radius = (row_h * 0.22).clamp(3.0, 7.0) as i32;
        let cap = (8.0 / row_h.max(1.0)).min(0.25);
        for (i, r) in rows.iter().enumerate() {
            let y = i as f64;
            let colour = if r.highlight || !any_highlight { BLUE } else { MUTED };
            let width = if r.highlight { 4 } else { 3 };
            if r.ci_low.is_finite() && r.ci_high.is_finite() {
                let (lo, hi) = (r.ci_low.min(r.ci_high), r.ci_low.max(r.ci_high));
                let c = cap;
                chart.draw_series([
                    PathElement::new(vec![(lo, y), (hi, y)], colour.stroke_width(width)),
                    PathElement::new(vec![(lo, y - c), (lo, y + c)], colour.stroke_width(2)),
                    PathElement::new(vec![(hi, y - c), (hi, y + c)], colour.stroke_width(2)),
                ])?;
            }
            chart.draw_series([
                Circle::new((r.estimate, y), radius + 2, WHITE.filled()),
                Circle::new((r.estimate, y), radius, colour.filled()),
            ])?;
        }
        Ok(())
    }
}
