//! Confidence intervals and planning quantities: the Wilson score interval for a proportion
//! (on a possibly fractional Kish effective sample size), the normal (Wald) interval, and the
//! minimum detectable change between two independent estimates.
//!
//! References: R `stats::prop.test(x, n, correct = FALSE)$conf.int` (Wilson without continuity
//! correction); the minimum detectable change is the textbook two-sided z-test formula,
//! checked against hand-computed numbers with R `qnorm`.

use super::std_normal;
use statrs::distribution::ContinuousCDF;

/// Wilson score interval for a proportion `p` (in 0..=1) observed on `n` respondents, with
/// normal quantile `z` (use [`super::Z95`] for 95%). `n` may be fractional (Kish n_eff).
/// Matches R `prop.test(x, n, correct = FALSE)` when `p = x/n`: bounds are clamped to
/// [0, 1], and are exactly 0 (1) when p is 0 (1), as in R. Returns (NaN, NaN) when `n <= 0`,
/// `p` is outside [0, 1] or any input is not finite.
pub fn wilson(p: f64, n: f64, z: f64) -> (f64, f64) {
    if !(p.is_finite() && n.is_finite() && z.is_finite()) || n <= 0.0 || !(0.0..=1.0).contains(&p) {
        return (f64::NAN, f64::NAN);
    }
    let z2 = z * z;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    // R sets the bound to exactly 0 (1) when p is 0 (1).
    let lo = if p <= 0.0 { 0.0 } else { (centre - half).max(0.0) };
    let hi = if p >= 1.0 { 1.0 } else { (centre + half).min(1.0) };
    (lo, hi)
}

/// Normal (Wald) interval `est ± z·se`.
pub fn normal_ci(est: f64, se: f64, z: f64) -> (f64, f64) {
    (est - z * se, est + z * se)
}

/// Minimum detectable change between two independent estimates with standard errors `se1`
/// and `se2`, for a two-sided z-test at level `alpha` with the given `power`:
/// (z₁₋α/₂ + z_power) · √(se1² + se2²). With alpha = 0.05 and power = 0.8 the multiplier is
/// 1.959964 + 0.841621 = 2.801585. Returns NaN when alpha or power is outside (0, 1).
pub fn minimum_detectable_change(se1: f64, se2: f64, alpha: f64, power: f64) -> f64 {
    if !(alpha > 0.0 && alpha < 1.0 && power > 0.0 && power < 1.0) {
        return f64::NAN;
    }
    let n = std_normal();
    let mult = n.inverse_cdf(1.0 - alpha / 2.0) + n.inverse_cdf(power);
    mult * (se1 * se1 + se2 * se2).sqrt()
}

#[cfg(test)]
mod tests {
    use super::super::Z95;
    use super::*;

    fn rel(a: f64, b: f64) -> f64 {
        if b == 0.0 { a.abs() } else { ((a - b) / b).abs() }
    }

    #[test]
    fn wilson_prop_test_42_100() {
        // SPEC §4 / R: prop.test(42, 100, correct = FALSE)$conf.int = 0.3279837 0.5179352
        // (R 4.2.2, sprintf("%.15g"): see tests/reference/stats_reference.R)
        let (lo, hi) = wilson(0.42, 100.0, Z95);
        assert!(rel(lo, 0.327983826743547) < 1e-9, "{lo}");
        assert!(rel(hi, 0.51793513296957) < 1e-9, "{hi}");
    }

    #[test]
    fn wilson_edges() {
        // R 4.2.2: prop.test(0, 50, correct = FALSE)$conf.int = 0 0.0713475991333587
        let (lo, hi) = wilson(0.0, 50.0, Z95);
        assert_eq!(lo, 0.0);
        assert!(rel(hi, 0.0713475991333587) < 1e-9, "{hi}");
        // R 4.2.2: prop.test(50, 50, correct = FALSE)$conf.int = 0.928652400866641 1
        let (lo, hi) = wilson(1.0, 50.0, Z95);
        assert!(rel(lo, 0.928652400866641) < 1e-9, "{lo}");
        assert_eq!(hi, 1.0);
        assert!(wilson(0.5, 0.0, Z95).0.is_nan());
        assert!(wilson(1.5, 10.0, Z95).0.is_nan());
    }

    #[test]
    fn wilson_fractional_n() {
        // Closed form evaluated in R 4.2.2 (prop.test needs integer x, so the formula is
        // evaluated directly): p=0.3, n=37.4, z=qnorm(0.975):
        // (p + z^2/(2n) + c(-1,1)*z*sqrt(p*(1-p)/n + z^2/(4*n^2)))/(1 + z^2/n)
        let (lo, hi) = wilson(0.3, 37.4, Z95);
        assert!(rel(lo, 0.177534776237635) < 1e-9, "{lo}");
        assert!(rel(hi, 0.459723448185469) < 1e-9, "{hi}");
    }

    #[test]
    fn normal_interval() {
        let (lo, hi) = normal_ci(10.0, 2.0, Z95);
        // 10 ± 1.959963984540054*2, written by hand.
        assert!((lo - 6.080072030919892).abs() < 1e-12);
        assert!((hi - 13.919927969080108).abs() < 1e-12);
    }

    #[test]
    fn mdc() {
        // R 4.2.2: (qnorm(0.975) + qnorm(0.8)) * sqrt(1.5^2 + 2^2) = 7.00396304528242
        let m = minimum_detectable_change(1.5, 2.0, 0.05, 0.8);
        assert!(rel(m, 7.00396304528242) < 1e-9, "{m}");
        // R 4.2.2: (qnorm(0.975)+qnorm(0.8))*sqrt(0.02) = 0.396203981159934, the minimum
        // detectable standardised difference of two groups of 100 (se1 = se2 = 0.1).
        // statsmodels 0.15.0 NormalIndPower().solve_power(nobs1=100, alpha=0.05, power=0.8,
        // ratio=1) gives 0.39620357647695037 (scipy_reference.py): 1e-6 relative apart,
        // because statsmodels also counts the (negligible) opposite rejection tail in power.
        let d = minimum_detectable_change(0.1, 0.1, 0.05, 0.8);
        assert!(rel(d, 0.396203981159934) < 1e-9, "{d}");
        assert!(rel(d, 0.39620357647695037) < 2e-6, "{d}");
        assert!(minimum_detectable_change(1.0, 1.0, 0.0, 0.8).is_nan());
    }
}
