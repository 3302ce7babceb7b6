//! Correlations for the Index ↔ cohesion association across cities (docs/METHODS.md): Spearman's ρ
//! with its t-distribution p-value and a Fisher-z interval, and Pearson's r.
//!
//! Reference: `scipy.stats.spearmanr` and `scipy.stats.pearsonr` of scipy 1.17.1 (numbers in
//! `tests/reference/scipy_reference.py`). The interval is not part of scipy's result: it is
//! tanh(atanh(ρ) ± z₀.₉₇₅/√(n − 3)) (Fisher z with the Pearson standard error 1/√(n−3), a
//! common approximation for ρ), computed only when n > 3. docs/METHODS.md asks for the Bonett–Wright
//! standard error √((1 + ρ²/2)/(n − 3)) instead (Bonett & Wright 2000, Psychometrika
//! 65:23–28): [`bonett_wright_ci`] and [`spearman_bonett_wright`]; scipy has no such interval,
//! so the reference numbers are a hand computation of the published formula in numpy
//! (`tests/reference/honest_findings_reference.py`).

use statrs::distribution::{ContinuousCDF, StudentsT};

use super::Z95;
use super::nonparam::average_ranks;

/// Spearman rank correlation with its significance and a 95% Fisher-z interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spearman {
    /// Spearman's ρ (Pearson correlation of the average ranks).
    pub rho: f64,
    /// Two-sided p-value from t = ρ√((n−2)/((1+ρ)(1−ρ))) on n − 2 degrees of freedom.
    pub p: f64,
    /// Number of pairs.
    pub n: usize,
    /// Lower bound of the 95% Fisher-z interval (`None` when n ≤ 3).
    pub ci_low: Option<f64>,
    /// Upper bound of the 95% Fisher-z interval (`None` when n ≤ 3).
    pub ci_high: Option<f64>,
}

/// Pearson product-moment correlation of `x` and `y`, clipped to [−1, 1] as numpy's
/// `corrcoef`. Returns `None` on a length mismatch, fewer than 2 pairs, a non-finite value,
/// or a constant input.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    if n != y.len() || n < 2 || x.iter().chain(y).any(|v| !v.is_finite()) {
        return None;
    }
    let mx = x.iter().sum::<f64>() / n as f64;
    let my = y.iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        let (dx, dy) = (a - mx, b - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    Some((sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0))
}

/// Spearman's ρ between `x` and `y` (ties get average ranks), with the p-value of
/// `scipy.stats.spearmanr` and a Fisher-z 95% interval. Returns `None` on a length mismatch,
/// fewer than 3 pairs, a non-finite value, or a constant input.
pub fn spearman(x: &[f64], y: &[f64]) -> Option<Spearman> {
    let n = x.len();
    if n != y.len() || n < 3 || x.iter().chain(y).any(|v| !v.is_finite()) {
        return None;
    }
    let rho = pearson(&average_ranks(x), &average_ranks(y))?;
    let dof = (n - 2) as f64;
    let p = if rho.abs() >= 1.0 {
        0.0
    } else {
        let t = rho * (dof / ((rho + 1.0) * (1.0 - rho))).max(0.0).sqrt();
        let dist = StudentsT::new(0.0, 1.0, dof).ok()?;
        (2.0 * dist.sf(t.abs())).min(1.0)
    };
    let (ci_low, ci_high) = if n > 3 {
        let z = rho.atanh();
        let se = 1.0 / ((n - 3) as f64).sqrt();
        (Some((z - Z95 * se).tanh()), Some((z + Z95 * se).tanh()))
    } else {
        (None, None)
    };
    Some(Spearman {
        rho,
        p,
        n,
        ci_low,
        ci_high,
    })
}

/// 95% interval for a Spearman ρ on `n` pairs with the Bonett–Wright standard error:
/// tanh(atanh(ρ) ± z₀.₉₇₅·√((1 + ρ²/2)/(n − 3))) (Bonett & Wright 2000, Psychometrika
/// 65:23–28). `None` when n ≤ 3 or ρ is not in [−1, 1].
pub fn bonett_wright_ci(rho: f64, n: usize) -> Option<(f64, f64)> {
    if n <= 3 || !(-1.0..=1.0).contains(&rho) {
        return None;
    }
    let z = rho.atanh();
    let se = ((1.0 + rho * rho / 2.0) / (n - 3) as f64).sqrt();
    Some(((z - Z95 * se).tanh(), (z + Z95 * se).tanh()))
}

/// Bonett–Wright standard error of atanh(ρ) for a Spearman ρ on `n` pairs:
/// √((1 + ρ²/2)/(n − 3)). `None` when n ≤ 3 or ρ is not in [−1, 1].
pub fn bonett_wright_se(rho: f64, n: usize) -> Option<f64> {
    (n > 3 && (-1.0..=1.0).contains(&rho)).then(|| ((1.0 + rho * rho / 2.0) / (n - 3) as f64).sqrt())
}

/// The test that goes with the Bonett–Wright interval: two-sided normal p of
/// z = atanh(ρ)/SE_BW, so that the interval at level 1 − a excludes 0 exactly when p < a
/// (docs/METHODS.md "Index ↔ cohesion association"). 0 for |ρ| = 1.
pub fn bonett_wright_p(rho: f64, n: usize) -> Option<f64> {
    let se = bonett_wright_se(rho, n)?;
    Some(super::normal_two_sided_p(rho.atanh() / se))
}

/// The Bonett–Wright interval at any `level` (e.g. the Benjamini–Yekutieli false-coverage
/// level 1 − R·α/m): tanh(atanh(ρ) ± z_{(1+level)/2}·SE_BW).
pub fn bonett_wright_ci_level(rho: f64, n: usize, level: f64) -> Option<(f64, f64)> {
    let se = bonett_wright_se(rho, n)?;
    if !(level > 0.0 && level < 1.0) {
        return None;
    }
    let q = super::std_normal().inverse_cdf(0.5 + level / 2.0);
    let z = rho.atanh();
    Some(((z - q * se).tanh(), (z + q * se).tanh()))
}

/// [`spearman`] with the 95% interval from [`bonett_wright_ci`] instead of the Fisher-z
/// interval with SE 1/√(n − 3) (docs/METHODS.md "Index ↔ cohesion association").
pub fn spearman_bonett_wright(x: &[f64], y: &[f64]) -> Option<Spearman> {
    let s = spearman(x, y)?;
    let ci = bonett_wright_ci(s.rho, s.n);
    Some(Spearman {
        ci_low: ci.map(|c| c.0),
        ci_high: ci.map(|c| c.1),
        ..s
    })
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

    const X: [f64; 12] = [3., 5., 1., 4., 4., 2., 6., 5., 7., 3., 8., 6.];
    const Y: [f64; 12] = [2.1, 3.3, 1.0, 2.8, 3.5, 1.9, 3.1, 3.3, 4.6, 2.0, 4.4, 2.9];

    #[test]
    fn spearman_with_ties() {
        // scipy 1.17.1 spearmanr(X, Y): statistic 0.8465726964337703, pvalue 0.000514459342809115;
        // Fisher CI computed in numpy with norm.ppf(0.975): 0.5303331364742443, 0.9560015138665411
        let s = spearman(&X, &Y).expect("rho");
        close(s.rho, 0.8465726964337703, 1e-14);
        close(s.p, 0.000514459342809115, 1e-12);
        assert_eq!(s.n, 12);
        close(s.ci_low.expect("lo"), 0.5303331364742443, 1e-13);
        close(s.ci_high.expect("hi"), 0.9560015138665411, 1e-13);
    }

    #[test]
    fn spearman_small_n() {
        // scipy 1.17.1 spearmanr([1,2,3,4],[1,3,2,4]): 0.7999999999999999, p 0.2000000000000001
        let s = spearman(&[1., 2., 3., 4.], &[1., 3., 2., 4.]).expect("rho");
        close(s.rho, 0.8, 1e-15);
        close(s.p, 0.2, 1e-13);
        assert!(s.ci_low.is_some());
        // scipy 1.17.1 spearmanr([1,2,3],[1,3,2]): 0.5, p 0.6666666666666666; no CI at n = 3
        let s = spearman(&[1., 2., 3.], &[1., 3., 2.]).expect("rho");
        close(s.rho, 0.5, 1e-15);
        close(s.p, 0.6666666666666666, 1e-13);
        assert!(s.ci_low.is_none() && s.ci_high.is_none());
        assert!(spearman(&[1., 2.], &[2., 1.]).is_none());
        assert!(spearman(&[1., 1., 1.], &[2., 1., 3.]).is_none());
        // Perfect monotone: scipy 1.17.1 gives statistic 0.9999999999999999 and pvalue
        // 1.4042654220543602e-24 (np.corrcoef rounding); we get ρ = 1 exactly and p = 0.
        // Both agree to 1e-15 in ρ and 1e-23 in p.
        let s = spearman(&[1., 2., 3., 4., 5.], &[2., 4., 8., 16., 32.]).expect("rho");
        close(s.rho, 0.9999999999999999, 1e-15);
        assert!(s.p < 1e-23);
    }

    #[test]
    fn pearson_matches_scipy() {
        // scipy 1.17.1 pearsonr(X, Y).statistic = 0.9143319978846901
        close(pearson(&X, &Y).expect("r"), 0.9143319978846901, 1e-14);
        assert!(pearson(&[1., 2.], &[3., 3.]).is_none());
        assert!(pearson(&[1., 2.], &[3.]).is_none());
    }

    #[test]
    fn bonett_wright_interval() {
        // Hand computation of the published formula (Bonett & Wright 2000) in numpy 2.4.6 /
        // scipy 1.17.1 (honest_findings_reference.py): rho = spearmanr(x, y).statistic,
        // tanh(arctanh(rho) -/+ norm.ppf(0.975) * sqrt((1 + rho**2/2)/(n - 3)))
        //   X, Y: rho 0.8465726964337703, [0.4482413036653294, 0.9644044959244473]
        //   [1,2,3,4], [1,3,2,4]: rho 0.7999999999999999, [-0.818816304971491, 0.9975433602775398]
        //   neg9: rho -0.9500000000000001, [-0.9925682118389675, -0.7002827081716562]
        let s = spearman_bonett_wright(&X, &Y).expect("rho");
        close(s.rho, 0.8465726964337703, 1e-14);
        close(s.ci_low.expect("lo"), 0.4482413036653294, 1e-13);
        close(s.ci_high.expect("hi"), 0.9644044959244473, 1e-13);
        // p and ρ are those of spearman()
        let plain = spearman(&X, &Y).expect("rho");
        assert_eq!((s.rho, s.p, s.n), (plain.rho, plain.p, plain.n));
        let s = spearman_bonett_wright(&[1., 2., 3., 4.], &[1., 3., 2., 4.]).expect("rho");
        close(s.ci_low.expect("lo"), -0.818816304971491, 1e-13);
        close(s.ci_high.expect("hi"), 0.9975433602775398, 1e-13);
        let x9 = [1., 2., 3., 4., 5., 6., 7., 8., 9.];
        let y9 = [9.5, 7.1, 8.2, 6.0, 4.4, 5.1, 2.2, 3.3, 1.0];
        let s = spearman_bonett_wright(&x9, &y9).expect("rho");
        close(s.rho, -0.9500000000000001, 1e-14);
        close(s.ci_low.expect("lo"), -0.9925682118389675, 1e-13);
        close(s.ci_high.expect("hi"), -0.7002827081716562, 1e-13);
        // The Bonett–Wright interval is wider than the 1/√(n−3) one.
        assert!(s.ci_low.expect("lo") < spearman(&x9, &y9).expect("rho").ci_low.expect("lo"));
        assert!(bonett_wright_ci(0.5, 3).is_none());
        assert!(bonett_wright_ci(f64::NAN, 10).is_none());
        let s = spearman_bonett_wright(&[1., 2., 3.], &[1., 3., 2.]).expect("rho");
        assert!(s.ci_low.is_none());
    }

    #[test]
    fn bonett_wright_test_and_adjusted_level() {
        // scipy 1.17.1 / numpy on ρ = 0.8465726964337703, n = 12: se = √((1 + ρ²/2)/9),
        // 2·norm.sf(arctanh(ρ)/se) = 0.0013650790500121944; level 0.95:
        // tanh(arctanh(ρ) ∓ norm.ppf(0.975)·se) = (0.4482413036653294, 0.9644044959244473);
        // level 1 − 2·0.05/5 = 0.98 with norm.ppf(0.99): (0.32761982832291325, 0.9731043910942225).
        let r = 0.8465726964337703;
        close(bonett_wright_p(r, 12).expect("p"), 0.0013650790500121944, 1e-9);
        let (lo, hi) = bonett_wright_ci_level(r, 12, 0.95).expect("ci");
        close(lo, 0.4482413036653294, 1e-9);
        close(hi, 0.9644044959244473, 1e-9);
        let (blo, bhi) = bonett_wright_ci(r, 12).expect("ci");
        close(blo, lo, 1e-12);
        close(bhi, hi, 1e-12);
        let (lo, hi) = bonett_wright_ci_level(r, 12, 0.98).expect("ci");
        close(lo, 0.32761982832291325, 1e-9);
        close(hi, 0.9731043910942225, 1e-9);
        // The interval at level 1 − a excludes 0 exactly when p < a.
        for (rho, n) in [(0.3, 20), (0.45, 20), (0.6, 12), (-0.5, 15)] {
            let p = bonett_wright_p(rho, n).expect("p");
            for a in [0.01, 0.05, 0.1] {
                let (lo, hi) = bonett_wright_ci_level(rho, n, 1.0 - a).expect("ci");
                assert_eq!(p < a, lo > 0.0 || hi < 0.0, "{rho} {n} {a} {p}");
            }
        }
    }
}
