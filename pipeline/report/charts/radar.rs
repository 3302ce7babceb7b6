//! Radar chart: a city's ICC Index areas (0–100) against the peer median.
//!
//! plotters has no radar series, so the web, spokes and polygons are drawn in
//! pixel coordinates on the plot area.

use super::*;

/// One axis of the radar (an ICC Index area).
#[derive(Debug, Clone, Default)]
pub struct RadarArea {
    /// Area name, translated.
    pub label: String,
    /// The city's score, 0–100 (`None`: not answered).
    pub city: Option<f64>,
    /// The peer group's median score, 0–100.
    pub peer_median: Option<f64>,
}

/// Radar of ICC Index areas: city polygon (filled) vs peer-median polygon (dashed).
///
/// The legend uses `city_name` and `labels.text.peer_median`. Scores are
/// clamped to 0–100; a missing score leaves a gap in that polygon.
pub fn radar_chart(areas: &[RadarArea], city_name: &str, labels: &Labels) -> Result<Rendered, ChartError> {
    render(&Radar {
        areas,
        city_name,
        l: labels,
    })
}

struct Radar<'a> {
    areas: &'a [RadarArea],
    city_name: &'a str,
    l: &'a Labels,
}

const RINGS: [f64; 5] = [20.0, 40.0, 60.0, 80.0, 100.0];

impl Draw for Radar<'_> {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError>
    where
        DB::ErrorType: 'static,
    {
        let text = &self.l.text;
        let area = frame(root, self.l)?;
        let n = self.areas.len();
        let any = self
            .areas
            .iter()
            .any(|a| finite(a.city).is_some() || finite(a.peer_median).is_some());
        if n == 0 || !any {
            return no_data(&area, text);
        }
        legend(
            root,
            &[
                (Key::Box(BLUE, 0.35), self.city_name),
                (Key::Dashed(ORANGE), text.peer_median.as_str()),
            ],
            WIDTH as i32 - MARGIN,
            116,
        )?;

        // Plot region in root pixels: below the frame's top block, above the footer.
        let (top, bottom) = (156, HEIGHT as i32 - 84);
        let cx = WIDTH as i32 / 2;
        let cy = (top + bottom) / 2;
        let radius = f64::from((bottom - top) / 2 - 10);
        let at = |i: usize, v: f64| -> (i32, i32) {
            let ang = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
            let r = radius * v.clamp(0.0, 100.0) / 100.0;
            (cx + (r * ang.cos()).round() as i32, cy + (r * ang.sin()).round() as i32)
        };

        // Web: rings and spokes.
        for ring in RINGS {
            let mut pts: Vec<(i32, i32)> = (0..n).map(|i| at(i, ring)).collect();
            pts.push(at(0, ring));
            let style = if ring == 100.0 {
                MUTED.stroke_width(1)
            } else {
                GRID.stroke_width(1)
            };
            root.draw(&PathElement::new(pts, style))?;
        }
        for i in 0..n {
            root.draw(&PathElement::new(vec![(cx, cy), at(i, 100.0)], GRID.stroke_width(1)))?;
        }

        // Peer median: dashed outline with square markers.
        let peer: Vec<Option<(i32, i32)>> = self
            .areas
            .iter()
            .enumerate()
            .map(|(i, a)| finite(a.peer_median).map(|v| at(i, v)))
            .collect();
        for (a, b) in closed_segments(&peer) {
            dashed(root, a, b, ORANGE.stroke_width(3))?;
        }
        for p in peer.iter().flatten() {
            let (x, y) = *p;
            root.draw(&Rectangle::new([(x - 5, y - 5), (x + 5, y + 5)], ORANGE.filled()))?;
        }

        // City: filled polygon when complete, outline segments otherwise.
        let city: Vec<Option<(i32, i32)>> = self
            .areas
            .iter()
            .enumerate()
            .map(|(i, a)| finite(a.city).map(|v| at(i, v)))
            .collect();
        if n >= 3 && city.iter().all(Option::is_some) {
            let poly: Vec<(i32, i32)> = city.iter().flatten().copied().collect();
            root.draw(&Polygon::new(poly, BLUE.mix(0.22).filled()))?;
        }
        for (a, b) in closed_segments(&city) {
            root.draw(&PathElement::new(vec![a, b], BLUE.stroke_width(3)))?;
        }
        for p in city.iter().flatten() {
            root.draw(&Circle::new(*p, 7, WHITE.filled()))?;
            root.draw(&Circle::new(*p, 5, BLUE.filled()))?;
        }

        // Ring values along the first spoke, on a light halo over the polygons.
        let ring_style = anchored(font(SMALL_PX - 3.0, MUTED), HPos::Left, VPos::Center);
        for ring in RINGS {
            let (x, y) = at(0, ring);
            let label = tick(ring, 1.0, text);
            let w = text_width(root, &label, &ring_style);
            root.draw(&Rectangle::new(
                [(x + 3, y - 8), (x + 7 + w, y + 8)],
                WHITE.mix(0.75).filled(),
            ))?;
            root.draw(&Text::new(label, (x + 5, y), ring_style.clone()))?;
        }

        // Axis labels around the web, anchored away from the centre.
        let style = font(BODY_PX, INK);
        let line_h = (BODY_PX * 1.15) as i32;
        let max_w = cx - radius as i32 - MARGIN - 30;
        for (i, a) in self.areas.iter().enumerate() {
            let ang = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
            let (c, s) = (ang.cos(), ang.sin());
            let (x, y) = (
                cx + ((radius + 16.0) * c).round() as i32,
                cy + ((radius + 14.0) * s).round() as i32,
            );
            let h = if c > 0.25 {
                HPos::Left
            } else if c < -0.25 {
                HPos::Right
            } else {
                HPos::Center
            };
            let lines = wrap2(root, &a.label, &style, max_w);
            let total = line_h * lines.len() as i32;
            let y_first = if s < -0.6 {
                y - total
            } else if s > 0.6 {
                y
            } else {
                y - total / 2
            };
            for (k, line) in lines.into_iter().enumerate() {
                let st = anchored(style.clone(), h, VPos::Top);
                root.draw(&Text::new(line, (x, y_first + k as i32 * line_h), st))?;
            }
        }
        Ok(())
    }
}

/// Segments between neighbouring present points, closing the ring.
fn closed_segments(pts: &[Option<(i32, i32)>]) -> Vec<((i32, i32), (i32, i32))> {
    let n = pts.len();
    if n < 2 {
        return Vec::new();
    }
    let limit = if n == 2 { 1 } else { n };
    (0..limit)
        .filter_map(|i| match (pts[i], pts[(i + 1) % n]) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        })
        .collect()
}

/// Draws a dashed segment from `a` to `b` in pixel coordinates.
fn dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    style: ShapeStyle,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let len = dx.hypot(dy);
    let (dash, gap) = (10.0, 7.0);
    let mut d = 0.0;
    while d < len {
        let e = (d + dash).min(len);
        let p = |t: f64| (a.0 + (dx * t / len).round() as i32, a.1 + (dy * t / len).round() as i32);
        root.draw(&PathElement::new(vec![p(d), p(e)], style))?;
        d += dash + gap;
    }
    Ok(())
}

/// Splits `label` into at most two lines that fit `max_w` px (the second is
/// shortened with "…" if needed).
fn wrap2<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, label: &str, style: &TextStyle, max_w: i32) -> Vec<String> {
    let fits = |s: &str| text_width(area, s, style) <= max_w;
    if label.chars().count() <= 18 && fits(label) {
        return vec![label.to_string()];
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let best = (1..words.len())
        .map(|k| (words[..k].join(" "), words[k..].join(" ")))
        .min_by_key(|(a, b)| text_width(area, a, style).max(text_width(area, b, style)));
    match best {
        Some((a, b)) => vec![fit_text(area, &a, style, max_w), fit_text(area, &b, style, max_w)],
        None => vec![fit_text(area, label, style, max_w)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_skip_missing_and_close_ring() {
        let p = [Some((0, 0)), Some((1, 1)), None, Some((3, 3))];
        let s = closed_segments(&p);
        assert_eq!(s, vec![((0, 0), (1, 1)), ((3, 3), (0, 0))]);
        assert!(closed_segments(&[Some((0, 0))]).is_empty());
    }
}
