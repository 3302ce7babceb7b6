//! Text layout shared by the PNG and SVG outputs.
//!
//! plotters' `ab_glyph` text drawing ignores each glyph's left side bearing,
//! which gives visibly uneven letter spacing ("barom eter"), and measures text
//! at a different size from the one the SVG backend writes. [`Typeset`] wraps
//! a backend and (a) measures text with the metrics an SVG viewer uses
//! (`font-size = size / 1.24`, DejaVu advances and kerning) so both outputs
//! are laid out identically, and (b) on raster backends draws glyphs itself,
//! placed like SVG's `text-anchor` and `dy` so PNG and SVG look the same.

use super::{FONT_BOLD, FONT_REGULAR};
use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};
use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle};
use std::sync::OnceLock;

/// plotters' SVG backend writes `font-size = size / 1.24`.
const SVG_EM: f64 = 1.24;

fn fonts() -> Option<&'static (FontRef<'static>, FontRef<'static>)> {
    static FONTS: OnceLock<Option<(FontRef<'static>, FontRef<'static>)>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let regular = FontRef::try_from_slice(FONT_REGULAR).ok()?;
            let bold = FontRef::try_from_slice(FONT_BOLD).ok()?;
            Some((regular, bold))
        })
        .as_ref()
}

fn face(style: FontStyle) -> Option<&'static FontRef<'static>> {
    fonts().map(|(r, b)| if matches!(style, FontStyle::Bold) { b } else { r })
}

/// The ab_glyph scale giving an em of `em` pixels.
fn scale_for(font: &FontRef<'_>, em: f32) -> PxScale {
    let upem = font.units_per_em().unwrap_or(2048.0);
    PxScale::from(em * font.height_unscaled() / upem)
}

/// Advance width of `text` in pixels at `em` px per em.
fn advance(font: &FontRef<'_>, em: f32, text: &str) -> f32 {
    let sf = font.as_scaled(scale_for(font, em));
    let mut x = 0.0;
    let mut prev = None;
    for c in text.chars() {
        let id = sf.glyph_id(c);
        if let Some(p) = prev {
            x += sf.kern(p, id);
        }
        x += sf.h_advance(id);
        prev = Some(id);
    }
    x
}

/// A backend wrapper with SVG-consistent text metrics; draws glyphs itself
/// when `raster` is true.
pub(crate) struct Typeset<B> {
    pub inner: B,
    pub raster: bool,
}

impl<B: DrawingBackend> DrawingBackend for Typeset<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.blit_bitmap(pos, size, src)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let em = (style.size() / SVG_EM) as f32;
        match face(style.style()) {
            Some(font) => Ok((advance(font, em, text).ceil() as u32, em.ceil() as u32)),
            None => self.inner.estimate_text_size(text, style),
        }
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        let font = match face(style.style()) {
            Some(f) if self.raster => f,
            _ => return self.inner.draw_text(text, style, pos),
        };
        if color.alpha == 0.0 || text.is_empty() {
            return Ok(());
        }
        let em = (style.size() / SVG_EM) as f32;
        let sf = font.as_scaled(scale_for(font, em));
        let width = advance(font, em, text);
        let anchor = style.anchor();
        let x0 = match anchor.h_pos {
            HPos::Left => 0.0,
            HPos::Center => -width / 2.0,
            HPos::Right => -width,
        };
        // Same baseline as the SVG backend's `dy` (0.76em, 0.5ex, -0.5ex).
        let ex = 0.55 * em;
        let baseline = match anchor.v_pos {
            VPos::Top => 0.76 * em,
            VPos::Center => 0.5 * ex,
            VPos::Bottom => -0.5 * ex,
        };
        let trans = style.transform();
        let (w, h) = self.get_size();
        let mut x = x0;
        let mut prev = None;
        for c in text.chars() {
            let id = sf.glyph_id(c);
            if let Some(p) = prev {
                x += sf.kern(p, id);
            }
            prev = Some(id);
            let glyph = id.with_scale_and_position(sf.scale(), point(x, baseline));
            x += sf.h_advance(id);
            let Some(outline) = font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            let mut pixels = Vec::new();
            outline.draw(|gx, gy, cov| {
                if cov > 0.0 {
                    pixels.push((bounds.min.x as i32 + gx as i32, bounds.min.y as i32 + gy as i32, cov));
                }
            });
            for (px, py, cov) in pixels {
                let (dx, dy) = trans.transform(px, py);
                let (tx, ty) = (pos.0 + dx, pos.1 + dy);
                if tx >= 0 && ty >= 0 && tx < w as i32 && ty < h as i32 {
                    let c = BackendColor {
                        alpha: color.alpha * f64::from(cov.min(1.0)),
                        rgb: color.rgb,
                    };
                    self.inner.draw_pixel((tx, ty), c)?;
                }
            }
        }
        Ok(())
    }
}
