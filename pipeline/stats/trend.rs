//! Monotonic trend over waves: the Mann–Kendall test and Sen's (Theil–Sen) slope on real
//! (irregular) times.
//!
//! References: `pymannkendall.original_test` 1.4.3 (S, var(S) with the tie correction, z with
//! continuity correction, two-sided normal p, Tau = S / (n(n−1)/2)) and
//! `scipy.stats.theilslopes(x, t).slope` 1.17.1 (median of pairwise slopes over pairs with
//! distinct times). Numbers: `tests/reference/scipy_reference.py`.
//!
//! The p-value is computed from the normal upper tail ([`super::normal_sf`]); pymannkendall
//! computes 2·(1 − Φ(|z|)), which agrees to ~1e-16 absolute but loses relative precision when
//! p < 1e-10.

use super::normal_two_sided_p;

/// Result of the Mann–Kendall trend test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MannKendall {
    /// Kendall score S = Σ_{i<j} sign(x_j − x_i).
    pub s: f64,
    /// Variance of S under H0 with the tie correction.
    pub var_s: f64,
    /// Standardised statistic with continuity correction ((S ∓ 1)/√var, 0 when S = 0).
    pub z: f64,
    /// Two-sided normal p-value.
    pub p: f64,
    /// Kendall's tau as pymannkendall reports it: S / (n(n−1)/2) (tau-a, no tie adjustment).
    pub tau: f64,
}

/// Mann–Kendall test of `x` given in time order (missing waves already removed).
/// Returns `None` when fewer than 3 values are given or any value is not finite.
pub fn mann_kendall(x: &[f64]) -> Option<MannKendall> {
    let n = x.len();
    if n < 3 || x.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let mut s = 0.0;
    for i in 0..n - 1 {
        for j in i + 1..n {
            if x[j] > x[i] {
                s += 1.0;
            } else if x[j] < x[i] {
                s -= 1.0;
            }
        }
    }
    // Tie groups by exact equality (as numpy.unique).
    let mut sorted = x.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mut tie_term = 0.0;
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n && sorted[j] == sorted[i] {
            j += 1;
        }
        let t = (j - i) as f64;
        tie_term += t * (t - 1.0) * (2.0 * t + 5.0);
        i = j;
    }
    let nf = n as f64;
    let var_s = (nf * (nf - 1.0) * (2.0 * nf + 5.0) - tie_term) / 18.0;
    let z = if s > 0.0 {
        (s - 1.0) / var_s.sqrt()
    } else if s < 0.0 {
        (s + 1.0) / var_s.sqrt()
    } else {
        0.0
    };
    Some(MannKendall {
        s,
        var_s,
        z,
        p: normal_two_sided_p(z),
        tau: s / (0.5 * nf * (nf - 1.0)),
    })
}

/// Median of a non-empty slice (mean of the two middle values for an even count).
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    }
}

/// Sen's slope: the median over pairs i < j with t_j ≠ t_i of (x_j − x_i)/(t_j − t_i), on
/// real times `t` (e.g. years as fractional numbers; need not be sorted or evenly spaced).
/// Returns `None` on a length mismatch, a non-finite value, or when no pair has distinct
/// times.
pub fn sen_slope(t: &[f64], x: &[f64]) -> Option<f64> {
    if t.len() != x.len() || t.iter().chain(x).any(|v| !v.is_finite()) {
        return None;
    }
    let n = t.len();
    let mut slopes = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            let dt = t[j] - t[i];
            if dt != 0.0 {
                slopes.push((x[j] - x[i]) / dt);
            }
        }
    }
    if slopes.is_empty() {
        return None;
    }
    Some(median(&mut slopes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: f64, want: f64, rel: f64) {
        assert!(
            (got - want).abs() <= rel * want.abs().max(1e-300),
            "got {got:e} want {want:e}"
        );
    }

    /// Bogra monthly rainfall 1981–2010 from pymannkendall's own test data (see the CSV
    /// header); returns (month index, value) of the non-missing months.
    fn bogra() -> (Vec<f64>, Vec<f64>) {
        let text = include_str!("../../tests/reference/mk_rainfall_bogra.csv");
        let vals: Vec<Option<f64>> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .map(|l| l.trim().parse::<f64>().ok())
            .collect();
        assert_eq!(vals.len(), 360);
        vals.iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i as f64, v)))
            .unzip()
    }

    #[test]
    fn pymannkendall_rainfall_series() {
        // pymannkendall tests/test_pymannkendall.py::test_original_test (and pymannkendall
        // 1.4.3 mk.original_test on the same column, scipy_reference.py): s = -1959.0,
        // var_s = 4889800.333333333, z = -0.8854562842589916, p = 0.37591058740506833,
        // Tau = -0.03153167653875869 (missing months skipped, n = 353).
        let (_, x) = bogra();
        assert_eq!(x.len(), 353);
        let r = mann_kendall(&x).expect("mk");
        assert_eq!(r.s, -1959.0);
        close(r.var_s, 4889800.333333333, 1e-15);
        close(r.z, -0.8854562842589916, 1e-14);
        close(r.p, 0.37591058740506833, 1e-13);
        close(r.tau, -0.03153167653875869, 1e-15);
    }

    #[test]
    fn sen_on_rainfall_series() {
        // Real times (month index, gaps where missing): pymannkendall 1.4.3 original_test
        // slope = scipy 1.17.1 theilslopes(x, t).slope = -0.006369426751592357.
        let (t, x) = bogra();
        close(sen_slope(&t, &x).expect("sen"), -0.006369426751592357, 1e-14);
        // Positions 0..n-1 after dropping missing months: the slope published in
        // test_pymannkendall.py (-0.0064516129032258064) = theilslopes(x).slope.
        let pos: Vec<f64> = (0..x.len()).map(|i| i as f64).collect();
        close(sen_slope(&pos, &x).expect("sen"), -0.0064516129032258064, 1e-14);
    }

    #[test]
    fn short_series_with_ties() {
        // pymannkendall 1.4.3: mk.original_test([3,5,5,2,7,7,7,9,4,10]) -> s=23.0,
        // var_s=120.33333333333333, z=2.0055325140271214, p=0.0449061483905,
        // Tau=0.5111111111111111, slope=0.6666666666666666
        let x = [3., 5., 5., 2., 7., 7., 7., 9., 4., 10.];
        let r = mann_kendall(&x).expect("mk");
        assert_eq!(r.s, 23.0);
        close(r.var_s, 120.33333333333333, 1e-15);
        close(r.z, 2.0055325140271214, 1e-14);
        close(r.p, 0.0449061483905, 1e-11);
        close(r.tau, 0.5111111111111111, 1e-15);
        let t: Vec<f64> = (0..10).map(f64::from).collect();
        close(sen_slope(&t, &x).expect("sen"), 0.6666666666666666, 1e-15);
        // mk.original_test([5,4,4,3,1]): s=-9, var_s=15.666666666666666,
        // z=-2.0211646105596457, p=0.04326272780691065, Tau=-0.9
        let r = mann_kendall(&[5., 4., 4., 3., 1.]).expect("mk");
        assert_eq!(r.s, -9.0);
        close(r.var_s, 15.666666666666666, 1e-15);
        close(r.z, -2.0211646105596457, 1e-14);
        close(r.p, 0.04326272780691065, 1e-13);
        close(r.tau, -0.9, 1e-15);
    }

    #[test]
    fn constant_and_short() {
        // mk.original_test([2,2,2,2,2]): s=0, var_s=0, z=0, p=1.0, Tau=0
        let r = mann_kendall(&[2.0; 5]).expect("mk");
        assert_eq!((r.s, r.var_s, r.z, r.p, r.tau), (0.0, 0.0, 0.0, 1.0, 0.0));
        assert!(mann_kendall(&[1.0, 2.0]).is_none());
        assert!(mann_kendall(&[1.0, f64::NAN, 2.0]).is_none());
    }

    #[test]
    fn sen_irregular_times() {
        // scipy 1.17.1: theilslopes([52.1,53.4,51.9,55.0,54.2,56.3,55.1],
        //   [2015.2,2016.9,2017.1,2019.6,2019.6,2021.3,2024.8]).slope = 0.5349326599326878
        // (the pair with equal times 2019.6 is skipped).
        let t = [2015.2, 2016.9, 2017.1, 2019.6, 2019.6, 2021.3, 2024.8];
        let x = [52.1, 53.4, 51.9, 55.0, 54.2, 56.3, 55.1];
        close(sen_slope(&t, &x).expect("sen"), 0.5349326599326878, 1e-13);
        assert!(sen_slope(&[1.0, 1.0], &[2.0, 3.0]).is_none());
        assert!(sen_slope(&[1.0, 2.0], &[2.0]).is_none());
    }
}
