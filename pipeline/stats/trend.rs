//! Monotonic trend over waves: the Mann–Kendall test and Sen's (Theil–Sen) slope on real
//! (irregular) times.
//!
//! References: `pymannkendall.original_test` 1.4.3 (S, var(S) with the tie correction, z with
//! continuity correction, two-sided normal p, Tau = S / (n(n−1)/2)) and
//! `scipy.stats.theilslopes(x, t).slope` 1.17.1 (median of pairwise slopes over pairs with
//! distinct times), and its confidence interval `theilslopes(y, x, alpha)` (Sen 1968, eq. 2.6,
//! with scipy's tie correction and index rounding). Numbers: `tests/reference/scipy_reference.py`
//! and `tests/reference/honest_findings_reference.py`.
//!
//! The p-value is computed from the normal upper tail ([`super::normal_sf`]); pymannkendall
//! computes 2·(1 − Φ(|z|)), which agrees to ~1e-16 absolute but loses relative precision when
//! p < 1e-10.

use statrs::distribution::ContinuousCDF;

use super::{normal_two_sided_p, std_normal};

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
    super::descriptive::median_in_place(&mut slopes)
}

/// Theil–Sen slope with its confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TheilSen {
    /// Median of the pairwise slopes (equal to [`sen_slope`]).
    pub slope: f64,
    /// Lower bound of the interval (NaN when scipy gives NaN: negative tie-corrected variance).
    pub low: f64,
    /// Upper bound of the interval.
    pub high: f64,
}

/// Number of values in each group of equal values with at least two members.
fn repeat_counts(v: &[f64]) -> Vec<f64> {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let mut j = i + 1;
        while j < s.len() && s[j] == s[i] {
            j += 1;
        }
        if j - i > 1 {
            out.push((j - i) as f64);
        }
        i = j;
    }
    out
}

/// Theil–Sen slope of `y` on real times `t` with its confidence interval at `confidence`,
/// exactly as `scipy.stats.theilslopes(y, x = t, alpha = confidence)` (scipy 1.17.1): the
/// slope is the median of the pairwise slopes over pairs with distinct times (= [`sen_slope`]);
/// the bounds are the sorted slopes at indices Rl = max(round((N + z·σ)/2) − 1, 0) and
/// Ru = min(round((N − z·σ)/2), N − 1), with N the number of slopes, z = Φ⁻¹(α/2)
/// (α = 1 − confidence, or `confidence` itself when it is ≤ 0.5, as scipy), round half to
/// even (numpy), and σ² = [n(n−1)(2n+5) − Σ_x k(k−1)(2k+5) − Σ_y k(k−1)(2k+5)]/18 over the
/// groups of tied times and tied values (Sen 1968, JASA 63:1379–1389, eq. 2.6). Bounds are NaN
/// when σ² < 0 (scipy gives NaN). Returns `None` as [`sen_slope`] does, or when `confidence`
/// is not in (0, 1).
pub fn theil_sen(t: &[f64], y: &[f64], confidence: f64) -> Option<TheilSen> {
    theil_sen_impl(t, y, confidence)
}

/// The slopes β not rejected by the Mann–Kendall test of the detrended series y − β·t at
/// level 1 − `confidence` (two-sided p ≥ 1 − confidence, continuity correction and tie
/// correction as [`mann_kendall`]): the interval obtained by inverting the very test a
/// verdict uses (Sen 1968, §3; Hollander & Wolfe, *Nonparametric Statistical Methods*, 1999,
/// §9.4). So it excludes 0 exactly when the Mann–Kendall p of `y` is below 1 − confidence, and
/// an interval printed beside a Mann–Kendall verdict never contradicts it. scipy's
/// `theilslopes` interval (kept in [`theil_sen`]) approximates the same inversion without the
/// continuity correction and with rounded ranks, and can exclude 0 for a series whose test is
/// not significant (5 monotone waves: MK p = 0.0275).
///
/// `t` must be in time order (as `y`). Bounds are slopes between pairs of waves; a side the
/// data cannot bound (every slope beyond it is accepted, e.g. 5 waves at a level stricter than
/// 0.0275) is ±∞. `None` as [`sen_slope`], or when `confidence` is not in (0, 1).
pub fn mann_kendall_interval(t: &[f64], y: &[f64], confidence: f64) -> Option<(f64, f64)> {
    if !(confidence > 0.0 && confidence < 1.0) || t.len() != y.len() || t.len() < 3 {
        return None;
    }
    let mut slopes = Vec::new();
    for i in 0..t.len() {
        for j in i + 1..t.len() {
            let dt = t[j] - t[i];
            if dt != 0.0 {
                slopes.push((y[j] - y[i]) / dt);
            }
        }
    }
    if slopes.is_empty() || slopes.iter().any(|s| !s.is_finite()) {
        return None;
    }
    slopes.sort_by(f64::total_cmp);
    slopes.dedup();
    let accept = |beta: f64| {
        let r: Vec<f64> = t.iter().zip(y).map(|(t, y)| y - beta * t).collect();
        mann_kendall(&r).is_some_and(|m| m.p >= 1.0 - confidence)
    };
    // Candidate slopes in order: each pairwise slope and the midpoint to the next one. S(β) is
    // non-increasing in β, so acceptance holds on one run of candidates around Sen's slope.
    let mut cand = Vec::with_capacity(2 * slopes.len());
    for w in slopes.windows(2) {
        cand.push(w[0]);
        cand.push((w[0] + w[1]) / 2.0);
    }
    cand.push(slopes[slopes.len() - 1]);
    let mut centre = cand.len() / 2;
    if !accept(cand[centre]) {
        match cand.iter().position(|c| accept(*c)) {
            Some(i) => centre = i,
            None => return Some((f64::NAN, f64::NAN)),
        }
    }
    let first = slopes[0];
    let last = slopes[slopes.len() - 1];
    let span = (last - first).abs().max(1.0);
    // Lower bound: the first accepted candidate left of the centre (binary search).
    let low = if accept(first - span) {
        f64::NEG_INFINITY
    } else {
        let (mut lo, mut hi) = (0usize, centre); // cand[hi] accepted; find the first accepted
        while lo < hi {
            let mid = (lo + hi) / 2;
            if accept(cand[mid]) { hi = mid } else { lo = mid + 1 }
        }
        // An accepted midpoint means the open gap is accepted: its infimum is the slope below.
        if lo % 2 == 1 { cand[lo - 1] } else { cand[lo] }
    };
    let high = if accept(last + span) {
        f64::INFINITY
    } else {
        let (mut lo, mut hi) = (centre, cand.len() - 1); // cand[lo] accepted; find the last
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if accept(cand[mid]) { lo = mid } else { hi = mid - 1 }
        }
        if lo % 2 == 1 { cand[lo + 1] } else { cand[lo] }
    };
    Some((low, high))
}

/// The body of [`theil_sen`].
fn theil_sen_impl(t: &[f64], y: &[f64], confidence: f64) -> Option<TheilSen> {
    if !(confidence > 0.0 && confidence < 1.0) || t.len() != y.len() || t.iter().chain(y).any(|v| !v.is_finite()) {
        return None;
    }
    let n = t.len();
    let mut slopes = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for i in 0..n {
        for j in i + 1..n {
            let dt = t[j] - t[i];
            if dt != 0.0 {
                slopes.push((y[j] - y[i]) / dt);
            }
        }
    }
    if slopes.is_empty() {
        return None;
    }
    let slope = super::descriptive::median_in_place(&mut slopes)?; // also sorts `slopes`
    let alpha = if confidence > 0.5 { 1.0 - confidence } else { confidence };
    let z = std_normal().inverse_cdf(alpha / 2.0);
    let tie = |k: &f64| k * (k - 1.0) * (2.0 * k + 5.0);
    let nf = n as f64;
    let sigsq = (nf * (nf - 1.0) * (2.0 * nf + 5.0)
        - repeat_counts(t).iter().map(tie).sum::<f64>()
        - repeat_counts(y).iter().map(tie).sum::<f64>())
        / 18.0;
    if sigsq.is_nan() || sigsq < 0.0 {
        return Some(TheilSen {
            slope,
            low: f64::NAN,
            high: f64::NAN,
        });
    }
    let sigma = sigsq.sqrt();
    let nt = slopes.len() as f64;
    let ru = ((nt - z * sigma) / 2.0).round_ties_even().min(nt - 1.0);
    let rl = (((nt + z * sigma) / 2.0).round_ties_even() - 1.0).max(0.0);
    Some(TheilSen {
        slope,
        low: slopes[rl as usize],
        high: slopes[ru as usize],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inverted-test interval agrees with the Mann–Kendall test it accompanies: at every
    /// level it excludes 0 exactly when the MK p of the series is below 1 − level, on series of
    /// 5–9 points with and without ties and irregular times. The motivating case: 5 monotone
    /// waves give S = 10, var(S) = 5·4·15/18 = 16.667, z = (10 − 1)/√16.667 = 2.2045,
    /// p = 0.0275 (hand calculation; pymannkendall 1.4.3 `original_test` agrees), so at level
    /// 0.99 the test is not significant and no slope can be excluded (the interval is
    /// unbounded), while at 0.95 it is and the interval excludes 0.
    #[test]
    fn mk_interval_agrees_with_the_mann_kendall_test() {
        let series: Vec<Vec<f64>> = vec![
            vec![1.0, 2.0, 3.0, 4.0, 5.0],
            vec![1.0, 2.0, 3.0, 5.0, 4.0],
            vec![2.0, 1.0, 3.0, 4.0, 5.0, 6.0],
            vec![1.0, 3.0, 2.0, 4.0, 6.0, 5.0, 7.0],
            vec![5.0, 4.0, 4.0, 3.0, 1.0, 2.0, 0.0, -1.0],
            vec![1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 4.0, 5.0],
            vec![3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0],
            vec![21.5, 36.3, 36.9, 27.3, 27.9, 26.4],
        ];
        let times = [0.0, 0.4, 1.5, 2.0, 3.1, 3.5, 4.9, 6.0, 6.2];
        for y in &series {
            let t = &times[..y.len()];
            let p = mann_kendall(y).expect("mk").p;
            for level in [0.8, 0.9, 0.95, 0.99, 0.995] {
                let (lo, hi) = mann_kendall_interval(t, y, level).expect("interval");
                assert!(lo <= hi, "{y:?}");
                let excludes = lo > 0.0 || hi < 0.0;
                assert_eq!(excludes, p < 1.0 - level, "{y:?} at {level}: p = {p}, [{lo}, {hi}]");
                let sen = sen_slope(t, y).expect("sen");
                assert!(lo <= sen && sen <= hi, "Sen's slope inside: {y:?}");
            }
        }
        let t = [0.0, 1.0, 2.0, 3.0, 4.0];
        let y = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(
            mann_kendall_interval(&t, &y, 0.99),
            Some((f64::NEG_INFINITY, f64::INFINITY))
        );
        let (lo, _) = mann_kendall_interval(&t, &y, 0.95).expect("interval");
        assert!(lo > 0.0);
    }

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

    #[test]
    fn theil_sen_interval_matches_scipy() {
        // scipy 1.17.1 (tests/reference/honest_findings_reference.py):
        //   r = scipy.stats.theilslopes(y, x, alpha=conf); r.slope, r.low_slope, r.high_slope
        let cases: [(&[f64], &[f64], f64, [f64; 3]); 9] = [
            // irregular times with a tied time (2019.6)
            (
                &[2015.2, 2016.9, 2017.1, 2019.6, 2019.6, 2021.3, 2024.8],
                &[52.1, 53.4, 51.9, 55.0, 54.2, 56.3, 55.1],
                0.95,
                [0.5349326599326878, 0.019230769230769336, 0.9200000000000017],
            ),
            (
                &[2015.2, 2016.9, 2017.1, 2019.6, 2019.6, 2021.3, 2024.8],
                &[52.1, 53.4, 51.9, 55.0, 54.2, 56.3, 55.1],
                0.90,
                [0.5349326599326878, 0.1730769230769213, 0.764705882352919],
            ),
            // ties in both x and y
            (
                &[1., 2., 2., 3., 4., 4., 4., 5., 6., 7., 8.],
                &[3., 5., 5., 2., 7., 7., 7., 9., 4., 10., 10.],
                0.95,
                [1.0, 0.5, 1.6],
            ),
            (
                &[1., 2., 2., 3., 4., 4., 4., 5., 6., 7., 8.],
                &[3., 5., 5., 2., 7., 7., 7., 9., 4., 10., 10.],
                0.90,
                [1.0, 0.75, 1.3333333333333333],
            ),
            // five irregular waves
            (
                &[2012.5, 2014.75, 2016.5, 2019.25, 2023.0],
                &[61.0, 59.5, 62.25, 63.0, 64.5],
                0.95,
                [0.33974358974358976, -0.6666666666666666, 1.5714285714285714],
            ),
            (
                &[2012.5, 2014.75, 2016.5, 2019.25, 2023.0],
                &[61.0, 59.5, 62.25, 63.0, 64.5],
                0.90,
                [0.33974358974358976, 0.2727272727272727, 0.7777777777777778],
            ),
            // constant series: σ² = 0
            (
                &[1., 2., 3., 4., 5., 6.],
                &[4., 4., 4., 4., 4., 4.],
                0.95,
                [0.0, 0.0, 0.0],
            ),
            (
                &FALLING_T,
                &FALLING_Y,
                0.95,
                [-2.1333333333333333, -2.38738738738736, -1.6915422885571252],
            ),
            (
                &FALLING_T,
                &FALLING_Y,
                0.90,
                [-2.1333333333333333, -2.387387387387357, -1.7647058823529744],
            ),
        ];
        for (t, y, conf, [slope, lo, hi]) in cases {
            let r = theil_sen(t, y, conf).expect("theil-sen");
            assert_eq!(r.slope, sen_slope(t, y).expect("sen"));
            close(r.slope, slope, 1e-14);
            close(r.low, lo, 1e-14);
            close(r.high, hi, 1e-14);
            // scipy treats alpha <= 0.5 as 1 - alpha
            assert_eq!(theil_sen(t, y, 1.0 - conf), Some(r));
        }
        assert!(theil_sen(&[1.0, 1.0], &[1.0, 2.0], 0.95).is_none());
        assert!(theil_sen(&[1.0, 2.0], &[1.0, 2.0], 1.0).is_none());
    }

    /// `falling20` of honest_findings_reference.py: x = 2000 + 0.37 i + 0.05 (i mod 3),
    /// y = 80 − 0.8 i + ((7 i) mod 5) − 2, i = 0..19 (evaluated in Python floating point).
    const FALLING_T: [f64; 20] = falling_t();
    const FALLING_Y: [f64; 20] = falling_y();

    const fn falling_t() -> [f64; 20] {
        let mut v = [0.0; 20];
        let mut i = 0;
        while i < 20 {
            v[i] = 2000.0 + 0.37 * i as f64 + 0.05 * (i % 3) as f64;
            i += 1;
        }
        v
    }

    const fn falling_y() -> [f64; 20] {
        let mut v = [0.0; 20];
        let mut i = 0;
        while i < 20 {
            v[i] = 80.0 - 0.8 * i as f64 + ((i * 7) % 5) as f64 - 2.0;
            i += 1;
        }
        v
    }
}
