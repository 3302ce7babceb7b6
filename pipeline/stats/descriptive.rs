//! Order statistics used across the pipeline: the median (numpy's `median`: the mean of the
//! two middle values for an even count) and the R type 7 quantile (R's default
//! `quantile(type = 7)`, numpy's default `percentile`). One copy for every stage.

/// Median of the finite values of `v` (the mean of the two middle values for an even count,
/// as numpy `median` and R `median`); `None` when there is no finite value.
pub fn median(v: &[f64]) -> Option<f64> {
    let mut s: Vec<f64> = v.iter().copied().filter(|x| x.is_finite()).collect();
    median_in_place(&mut s)
}

/// [`median`] of a slice that may be reordered (sorted in place; every value must be finite).
/// `None` when empty.
pub fn median_in_place(v: &mut [f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    })
}

/// The `p` quantile of ascending `sorted` values as R `quantile(x, p, type = 7)` and numpy
/// `percentile(x, 100·p)`: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based).
/// `None` when empty or p is outside [0, 1].
pub fn quantile_sorted(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() || !(0.0..=1.0).contains(&p) {
        return None;
    }
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// [`quantile_sorted`] of the finite values of unsorted `v`.
pub fn quantile(v: &[f64], p: f64) -> Option<f64> {
    let mut s: Vec<f64> = v.iter().copied().filter(|x| x.is_finite()).collect();
    s.sort_by(f64::total_cmp);
    quantile_sorted(&s, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_quantiles_match_r() {
        // R 4.2.2: median(c(3, 1, 2, 10)) = 2.5; quantile(c(1, 2, 4, 10), c(.25, .5, .75))
        // = 1.75 3.00 5.50 (type 7; hand-checkable: h = 3p).
        assert_eq!(median(&[3.0, 1.0, 2.0, 10.0]), Some(2.5));
        assert_eq!(median(&[3.0, f64::NAN, 1.0]), Some(2.0));
        assert_eq!(median(&[]), None);
        let v = [1.0, 2.0, 4.0, 10.0];
        assert_eq!(quantile_sorted(&v, 0.25), Some(1.75));
        assert_eq!(quantile_sorted(&v, 0.5), Some(3.0));
        assert_eq!(quantile(&[10.0, 4.0, 2.0, 1.0], 0.75), Some(5.5));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile_sorted(&v, 1.5), None);
    }
}
