//! Hand-written statistics for `cohesion` (docs/METHODS.md): design-based survey means, confidence
//! intervals (Wilson, t with design degrees of freedom, Korn–Graubard, equivalence,
//! false-coverage-rate adjusted), the t distribution (`tdist`), multiple-testing adjustment,
//! Mann–Kendall trend and Theil–Sen slope with its interval, paired non-parametric tests,
//! correlations and reliability; replicate weights (Rao–Wu rescaled bootstrap, replicate
//! variances with R `svrepdesign` scales, `replicates`), raking to population margins with
//! the calibrated SE (`calibrate`) and the activity-level cluster bootstrap (`bootstrap`).
//!
//! Every formula is cross-checked in its module's tests against an independent reference
//! (R `survey`, R `stats`, scipy, statsmodels, pymannkendall); the scripts that produced the
//! expected numbers live in `tests/reference/`.

pub mod bootstrap;
pub mod calibrate;
pub mod correlation;
pub mod descriptive;
pub mod intervals;
pub mod metareg;
pub mod multtest;
pub mod nonparam;
pub mod reliability;
pub mod replicates;
pub mod sufficient;
pub mod survey;
pub mod tdist;
pub mod trend;

/// Reference data of the tests: numeric CSV files exported from R (`tests/reference/`).
#[cfg(test)]
pub(crate) mod testdata {
    /// Parses a numeric CSV with a header (values may be "NA").
    pub fn csv(text: &str) -> Vec<Vec<Option<f64>>> {
        text.lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split(',').map(|v| v.trim().parse::<f64>().ok()).collect())
            .collect()
    }

    /// Column `k`, missing values kept.
    pub fn col(rows: &[Vec<Option<f64>>], k: usize) -> Vec<Option<f64>> {
        rows.iter().map(|r| r[k]).collect()
    }

    /// Column `k`, every value present.
    pub fn num(rows: &[Vec<Option<f64>>], k: usize) -> Vec<f64> {
        rows.iter().map(|r| r[k].expect("number")).collect()
    }

    /// Column `k` as design codes (strata, PSUs); a missing code becomes `u32::MAX`.
    pub fn codes(rows: &[Vec<Option<f64>>], k: usize) -> Vec<u32> {
        rows.iter().map(|r| r[k].map_or(u32::MAX, |v| v as u32)).collect()
    }

    /// Column `k` as weights; a missing weight becomes NaN.
    pub fn weights(rows: &[Vec<Option<f64>>], k: usize) -> Vec<f64> {
        rows.iter().map(|r| r[k].unwrap_or(f64::NAN)).collect()
    }

    /// Asserts `got` is within `rel` of `want`, relative to `want` (floored at 1e-12).
    pub fn close(got: f64, want: f64, rel: f64) {
        let tol = rel * want.abs().max(1e-12);
        assert!((got - want).abs() <= tol, "got {got:.15} want {want:.15}");
    }
}

use statrs::distribution::Normal;

/// The 0.975 quantile of the standard normal distribution (R: `qnorm(0.975)`), used for 95%
/// intervals throughout.
pub const Z95: f64 = 1.959963984540054;

/// Standard normal distribution N(0, 1) from statrs (used for quantiles only; its `cdf`/`sf`
/// are accurate to only ~1e-11 relative in statrs 0.19.1, so tails use [`normal_sf`]).
pub(crate) fn std_normal() -> Normal {
    Normal::standard()
}

/// Two-sided p-value of a standard normal statistic: 2·(1 − Φ(|z|)), computed from the upper
/// tail so that tiny p-values keep their precision. NaN in gives NaN out.
pub fn normal_two_sided_p(z: f64) -> f64 {
    if z.is_nan() {
        return f64::NAN;
    }
    (2.0 * normal_sf(z.abs())).min(1.0)
}

/// Standard normal distribution function Φ(x), accurate to full double precision
/// (Cody's rational Chebyshev algorithm as in R's `pnorm`).
pub fn normal_cdf(x: f64) -> f64 {
    pnorm_both(x).0
}

/// Standard normal upper tail 1 − Φ(x), accurate to full double precision in the far tail
/// (R `pnorm(x, lower.tail = FALSE)`).
pub fn normal_sf(x: f64) -> f64 {
    pnorm_both(x).1
}

/// (Φ(x), 1 − Φ(x)) by W. J. Cody (1993), ACM TOMS 715, arranged as R's nmath `pnorm_both`.
// The published coefficients are kept digit for digit.
#[allow(clippy::excessive_precision)]
fn pnorm_both(x: f64) -> (f64, f64) {
    const A: [f64; 5] = [
        2.2352520354606839287,
        161.02823106855587881,
        1067.6894854603709582,
        18154.981253343561249,
        0.065682337918207449113,
    ];
    const B: [f64; 4] = [
        47.20258190468824187,
        976.09855173777669322,
        10260.932208618978205,
        45507.789335026729956,
    ];
    const C: [f64; 9] = [
        0.39894151208813466764,
        8.8831497943883759412,
        93.506656132177855979,
        597.27027639480026226,
        2494.5375852903726711,
        6848.1904505362823326,
        11602.651437647350124,
        9842.7148383839780218,
        1.0765576773720192317e-8,
    ];
    const D: [f64; 8] = [
        22.266688044328115691,
        235.38790178262499861,
        1519.377599407554805,
        6485.558298266760755,
        18615.571640885098091,
        34900.952721145977266,
        38912.003286093271411,
        19685.429676859990727,
    ];
    const P: [f64; 6] = [
        0.21589853405795699,
        0.1274011611602473639,
        0.022235277870649807,
        0.001421619193227893466,
        2.9112874951168792e-5,
        0.02307344176494017303,
    ];
    const Q: [f64; 5] = [
        1.28426009614491121,
        0.468238212480865118,
        0.0659881378689285515,
        0.00378239633202758244,
        7.29751555083966205e-5,
    ];
    const M_SQRT_32: f64 = 5.656854249492380195206754896838;
    const M_1_SQRT_2PI: f64 = 0.398942280401432677939946059934;

    if x.is_nan() {
        return (f64::NAN, f64::NAN);
    }
    // exp(-x²/2)·temp evaluated with the split x = xsq + rest, as R does, to avoid
    // cancellation; returns (lower tail of -|x|, its complement) before the tail swap.
    let del = |v: f64, temp: f64| -> (f64, f64) {
        let xsq = (v * 16.0).trunc() / 16.0;
        let d = (v - xsq) * (v + xsq);
        let cum = (-xsq * xsq * 0.5).exp() * (-d * 0.5).exp() * temp;
        (cum, 1.0 - cum)
    };
    let y = x.abs();
    if y <= 0.67448975 {
        let (mut xnum, mut xden) = (0.0, 0.0);
        if y > f64::EPSILON * 0.5 {
            let xsq = x * x;
            xnum = A[4] * xsq;
            xden = xsq;
            for i in 0..3 {
                xnum = (xnum + A[i]) * xsq;
                xden = (xden + B[i]) * xsq;
            }
        }
        let temp = x * (xnum + A[3]) / (xden + B[3]);
        return (0.5 + temp, 0.5 - temp);
    }
    let (small, large) = if y <= M_SQRT_32 {
        let mut xnum = C[8] * y;
        let mut xden = y;
        for i in 0..7 {
            xnum = (xnum + C[i]) * y;
            xden = (xden + D[i]) * y;
        }
        del(y, (xnum + C[7]) / (xden + D[7]))
    } else if y < 37.5193 {
        let xsq = 1.0 / (x * x);
        let mut xnum = P[5] * xsq;
        let mut xden = xsq;
        for i in 0..4 {
            xnum = (xnum + P[i]) * xsq;
            xden = (xden + Q[i]) * xsq;
        }
        let temp = xsq * (xnum + P[4]) / (xden + Q[4]);
        del(x, (M_1_SQRT_2PI - temp) / y)
    } else {
        (0.0, 1.0)
    };
    if x > 0.0 { (large, small) } else { (small, large) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn z95_matches_qnorm() {
        // R 4.2.2: sprintf("%.17g", qnorm(0.975)) = 1.959963984540054
        use statrs::distribution::ContinuousCDF;
        let q = std_normal().inverse_cdf(0.975);
        assert!((q - Z95).abs() < 1e-12);
    }

    #[test]
    fn two_sided_p() {
        // R 4.2.2 (tests/reference/stats_reference.R): 2*pnorm(-qnorm(0.975)) =
        // 0.0500000000000001; 2*pnorm(-3) = 0.00269979606326019
        assert!((normal_two_sided_p(Z95) - 0.0500000000000001).abs() < 1e-14);
        assert!((normal_two_sided_p(-3.0) / 0.00269979606326019 - 1.0).abs() < 1e-12);
        assert_eq!(normal_two_sided_p(0.0), 1.0);
        assert!(normal_two_sided_p(f64::NAN).is_nan());
    }

    #[test]
    fn pnorm_all_branches() {
        // R 4.2.2 (stats_reference.R): sprintf("%.15g", pnorm(c(-0.3, 0.5, -1.7, 2.5, -7, 12, -40)))
        // and pnorm(c(2.5, 7, 12), lower.tail = FALSE)
        let want = [
            (-0.3, 0.382088577811047),
            (0.5, 0.691462461274013),
            (-1.7, 0.044565462758543),
            (2.5, 0.993790334674224),
            (-7.0, 1.27981254388584e-12),
            (12.0, 1.0),
            (-40.0, 0.0),
        ];
        for (x, p) in want {
            let got = normal_cdf(x);
            assert!((got - p).abs() <= 1e-14 * p.max(1e-300), "{x}: {got:e} vs {p:e}");
        }
        for (x, p) in [
            (2.5, 0.00620966532577613),
            (7.0, 1.27981254388584e-12),
            (12.0, 1.77648211207768e-33),
        ] {
            let got = normal_sf(x);
            assert!((got / p - 1.0).abs() < 1e-13, "{x}: {got:e} vs {p:e}");
        }
    }
}
