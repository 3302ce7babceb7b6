//! Random-effects meta-regression of wave estimates on time: the trend test of a series
//! (docs/METHODS.md "Trend").
//!
//! Each wave i gives an estimate yᵢ with its design standard error sᵢ at time tᵢ (years). The
//! model is yᵢ = β₀ + β₁·tᵢ + uᵢ + eᵢ with eᵢ ~ N(0, sᵢ²) known and uᵢ ~ N(0, τ²) the
//! wave-to-wave movement that sampling does not explain. τ² is estimated by REML, the slope β₁
//! gets the Knapp–Hartung standard error and a t test on k − 2 degrees of freedom (k waves),
//! and Cochran's Q_E of the residuals (fixed-effect weights 1/sᵢ²) tests whether the waves
//! move around the line by more than their sampling error.
//!
//! The computation follows R `metafor::rma(yi, sei = se, mods = ~ t, method = "REML",
//! test = "knha")` (metafor 3.8, `rma.uni`) step by step, so that the numbers agree to
//! rounding: the starting value of τ² is the Hedges (HE) estimate truncated at 0, Fisher
//! scoring τ² ← τ² + (yᵀPPy − tr P)/tr(PP) with step halving at the boundary, stops when a
//! step is below 10⁻⁵, and τ² = 0 is taken when its restricted likelihood is higher than the
//! end point's (metafor's `ll0check`). Knapp & Hartung (2003, Statistics in Medicine
//! 22:2693–2710) scale the covariance of the coefficients by s² = yᵀPy/(k − p), untruncated.
//!
//! Time is centred at its mean before fitting: the slope, its SE, τ² and Q_E do not change
//! (the model has an intercept) and the 2×2 system stays well conditioned for calendar years.

use super::tdist::{t_quantile, t_two_sided_p};
use statrs::distribution::{ChiSquared, ContinuousCDF};

/// Fewest waves for a trend test (the slope's t test then has 3 df; with fewer, the verdict
/// tests the first against the latest wave).
pub const MIN_TREND_WAVES: usize = 5;

/// Metafor's Fisher-scoring convergence threshold (`control$threshold`).
const THRESHOLD: f64 = 1e-5;
/// Metafor's iteration limit (`control$maxiter`).
const MAX_ITER: usize = 100;
/// Metafor's tolerance of the `ll0check` (`control$tol`).
const LL_TOL: f64 = 1e-7;

/// The fitted trend of one series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MetaRegression {
    /// Number of waves k.
    pub k: usize,
    /// REML estimate of the between-wave variance τ².
    pub tau2: f64,
    /// Slope β₁, units a year.
    pub slope: f64,
    /// Knapp–Hartung standard error of the slope.
    pub slope_se: f64,
    /// Degrees of freedom of the slope's t test: k − 2.
    pub df: f64,
    /// t statistic slope / slope_se.
    pub t: f64,
    /// Two-sided p of the slope's t test.
    pub p: f64,
    /// Lower bound of the slope's 95% interval.
    pub ci_low: f64,
    /// Upper bound of the slope's 95% interval.
    pub ci_high: f64,
    /// Cochran's Q_E of the residuals (weights 1/sᵢ²).
    pub q_e: f64,
    /// Its p-value: χ² on k − 2 df, upper tail (metafor's `QEp`).
    pub q_e_p: f64,
}

/// The weighted least-squares pieces of the model at τ²: for X = [1, t] and W = diag(wᵢ),
/// A⁻¹ = (XᵀWX)⁻¹ (as [a, b, d] for the symmetric [[a, b], [b, d]]) and β = A⁻¹XᵀWy.
struct Wls {
    w: Vec<f64>,
    ainv: [f64; 3],
    beta: [f64; 2],
}

fn wls(t: &[f64], y: &[f64], w: Vec<f64>) -> Option<Wls> {
    let (mut s0, mut s1, mut s2, mut sy, mut sty) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for i in 0..t.len() {
        s0 += w[i];
        s1 += w[i] * t[i];
        s2 += w[i] * t[i] * t[i];
        sy += w[i] * y[i];
        sty += w[i] * t[i] * y[i];
    }
    let det = s0 * s2 - s1 * s1;
    if !(det.is_finite() && det > 0.0) {
        return None;
    }
    let ainv = [s2 / det, -s1 / det, s0 / det];
    let beta = [ainv[0] * sy + ainv[1] * sty, ainv[1] * sy + ainv[2] * sty];
    Some(Wls { w, ainv, beta })
}

impl Wls {
    /// xᵢᵀA⁻¹xⱼ for rows (1, tᵢ) and (1, tⱼ).
    fn h(&self, ti: f64, tj: f64) -> f64 {
        self.ainv[0] + self.ainv[1] * (ti + tj) + self.ainv[2] * ti * tj
    }

    /// The three traces Fisher scoring needs, in O(k) without forming the k×k projection
    /// P = W − WHW (H = X(XᵀWX)⁻¹Xᵀ): (yᵀPPy, tr P, tr PP), using Py = W·(y − Xβ),
    /// tr P = Σwᵢ − Σwᵢ²hᵢᵢ and tr PP = Σwᵢ² − 2Σwᵢ³hᵢᵢ + tr(A⁻¹MA⁻¹M) with
    /// M = Σwᵢ²xᵢxᵢᵀ.
    fn traces(&self, t: &[f64], y: &[f64]) -> (f64, f64, f64) {
        let (mut ypppy, mut tr_p, mut w2, mut w3h) = (0.0, 0.0, 0.0, 0.0);
        let mut m = [0.0; 3];
        for i in 0..t.len() {
            let w = self.w[i];
            let r = y[i] - self.beta[0] - self.beta[1] * t[i];
            let h = self.h(t[i], t[i]);
            ypppy += (w * r) * (w * r);
            tr_p += w - w * w * h;
            w2 += w * w;
            w3h += w * w * w * h;
            m[0] += w * w;
            m[1] += w * w * t[i];
            m[2] += w * w * t[i] * t[i];
        }
        // B = A⁻¹M (2×2, not symmetric); tr(BB).
        let a = self.ainv;
        let b00 = a[0] * m[0] + a[1] * m[1];
        let b01 = a[0] * m[1] + a[1] * m[2];
        let b10 = a[1] * m[0] + a[2] * m[1];
        let b11 = a[1] * m[1] + a[2] * m[2];
        let tr_bb = b00 * b00 + 2.0 * b01 * b10 + b11 * b11;
        (ypppy, tr_p, w2 - 2.0 * w3h + tr_bb)
    }

    /// Weighted residual sum of squares Σwᵢ(yᵢ − xᵢβ)² (= yᵀPy).
    fn rss(&self, t: &[f64], y: &[f64]) -> f64 {
        (0..t.len())
            .map(|i| {
                let r = y[i] - self.beta[0] - self.beta[1] * t[i];
                self.w[i] * r * r
            })
            .sum()
    }

    /// REML log-likelihood up to the constant: −½[Σ log(vᵢ+τ²) + log|XᵀWX| + yᵀPy].
    fn reml_ll(&self, t: &[f64], y: &[f64]) -> f64 {
        let log_v: f64 = self.w.iter().map(|w| -w.ln()).sum();
        // |XᵀWX| = 1/|A⁻¹|.
        let log_det_a = -(self.ainv[0] * self.ainv[2] - self.ainv[1] * self.ainv[1]).ln();
        -0.5 * (log_v + log_det_a + self.rss(t, y))
    }
}

fn weights(v: &[f64], tau2: f64) -> Vec<f64> {
    v.iter().map(|v| 1.0 / (v + tau2)).collect()
}

/// Hedges' (HE) estimate of τ² from the ordinary least-squares fit: (RSS − tr(P_ols·V))/(k − 2),
/// metafor's starting value for REML (before truncation at 0).
fn hedges_tau2(t: &[f64], y: &[f64], v: &[f64]) -> Option<f64> {
    let ols = wls(t, y, vec![1.0; t.len()])?;
    let tr_pv: f64 = (0..t.len()).map(|i| (1.0 - ols.h(t[i], t[i])) * v[i]).sum();
    Some((ols.rss(t, y) - tr_pv) / (t.len() as f64 - 2.0))
}

/// Fit the random-effects meta-regression of `y` (standard errors `se`) on times `t` in years.
/// With every SE 0 (values without sampling error, such as ICC Index scores) the model is
/// ordinary least squares: τ² = RSS/(k − 2) and the slope's SE and t test are `lm`'s, and
/// Q_E is NaN. `None` with fewer than 3 waves, a length mismatch, a non-finite value, a
/// negative SE, fewer than two distinct times, a perfect fit without sampling error, or when
/// Fisher scoring does not converge in 100 iterations (metafor stops with an error then).
pub fn meta_regression(t: &[f64], y: &[f64], se: &[f64]) -> Option<MetaRegression> {
    let k = t.len();
    if k < 3 || y.len() != k || se.len() != k {
        return None;
    }
    if t.iter().chain(y).any(|x| !x.is_finite()) || se.iter().any(|s| !(s.is_finite() && *s >= 0.0)) {
        return None;
    }
    let mean_t = t.iter().sum::<f64>() / k as f64;
    let tc: Vec<f64> = t.iter().map(|x| x - mean_t).collect();
    let v: Vec<f64> = se.iter().map(|s| s * s).collect();

    let mut tau2 = hedges_tau2(&tc, y, &v)?.max(0.0);
    let mut iterations = 0;
    let mut change = THRESHOLD + 1.0;
    while change > THRESHOLD {
        iterations += 1;
        if iterations > MAX_ITER {
            return None;
        }
        let (ypppy, tr_p, tr_pp) = wls(&tc, y, weights(&v, tau2))?.traces(&tc, y);
        let mut adj = (ypppy - tr_p) / tr_pp;
        if adj.is_nan() {
            adj = 0.0;
        }
        // Step halving at the boundary (terminates: a negative step halves to −0).
        while tau2 + adj < 0.0 {
            adj /= 2.0;
        }
        let old = tau2;
        tau2 += adj;
        change = (old - tau2).abs();
    }
    // τ² = 0 when the restricted likelihood is higher there (metafor's ll0check, made only
    // when every sampling variance is positive).
    if tau2 > THRESHOLD && v.iter().all(|v| *v > 0.0) {
        let at0 = wls(&tc, y, weights(&v, 0.0))?;
        let at = wls(&tc, y, weights(&v, tau2))?;
        if at0.reml_ll(&tc, y) - at.reml_ll(&tc, y) > LL_TOL {
            tau2 = 0.0;
        }
    }
    let fit = wls(&tc, y, weights(&v, tau2))?;
    let df = k as f64 - 2.0;
    // Knapp–Hartung: Var(β) = s²·(XᵀWX)⁻¹ with s² = yᵀPy/(k − p).
    let s2 = fit.rss(&tc, y) / df;
    let slope = fit.beta[1];
    let slope_se = (s2 * fit.ainv[2]).sqrt();
    let tstat = slope / slope_se;
    let p = t_two_sided_p(tstat, df);
    let h = t_quantile(0.975, df) * slope_se;
    // Cochran's Q_E: residual sum of squares of the fixed-effect (τ² = 0) fit.
    // Undefined without sampling error (an SE of 0: a census score such as the ICC Index).
    let (q_e, q_e_p) = match v.iter().all(|v| *v > 0.0) {
        true => {
            let q_e = wls(&tc, y, weights(&v, 0.0))?.rss(&tc, y);
            (q_e, ChiSquared::new(df).map(|c| c.sf(q_e)).unwrap_or(f64::NAN))
        }
        false => (f64::NAN, f64::NAN),
    };
    Some(MetaRegression {
        k,
        tau2,
        slope,
        slope_se,
        df,
        t: tstat,
        p,
        ci_low: slope - h,
        ci_high: slope + h,
        q_e,
        q_e_p,
    })
}

/// The slope detectable with 80% power by the trend test at per-test level `alpha` (two-sided;
/// docs/METHODS.md "Detectability"): (t_{k−2,1−α/2} + t_{k−2,0.8})·`slope_se`, k = `waves`.
/// NaN with fewer than 3 waves or `alpha` outside (0, 1).
pub fn detectable_slope(slope_se: f64, waves: usize, alpha: f64) -> f64 {
    if waves < 3 || !(alpha > 0.0 && alpha < 1.0) {
        return f64::NAN;
    }
    let df = waves as f64 - 2.0;
    (t_quantile(1.0 - alpha / 2.0, df) + t_quantile(0.8, df)) * slope_se
}

/// The model-based SE of the slope when every wave has standard error `se` and the waves move
/// by τ² around the line: √((se² + τ²)/Σ(tᵢ − t̄)²) — the SE a trend test on these waves has
/// in expectation (the Knapp–Hartung factor has expectation 1 under the model). NaN with
/// fewer than two distinct times.
pub fn planned_slope_se(se: f64, tau2: f64, times: &[f64]) -> f64 {
    if times.len() < 2 || times.iter().any(|t| !t.is_finite()) {
        return f64::NAN;
    }
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let sxx: f64 = times.iter().map(|t| (t - mean) * (t - mean)).sum();
    if sxx > 0.0 {
        ((se * se + tau2) / sxx).sqrt()
    } else {
        f64::NAN
    }
}

// Reference numbers: R 4.2.2 with metafor 3.8.1 (Debian r-cran-metafor 3.8-1-1),
// `rma(yi, sei = se, mods = ~ t, method = "REML", test = "knha")`, printed with
// sprintf("%.12g"); script and output in tests/reference/metafor_trend_reference.{R,out}.
#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;

    struct Want {
        tau2: f64,
        slope: f64,
        se: f64,
        t: f64,
        p: f64,
        lo: f64,
        hi: f64,
        qe: f64,
        qep: f64,
    }

    fn close(got: f64, want: f64, tol: f64, what: &str) {
        let scale = want.abs().max(1.0);
        assert!(
            (got - want).abs() <= tol * scale,
            "{what}: got {got:.12e} want {want:.12e}"
        );
    }

    fn check(t: &[f64], y: &[f64], se: &[f64], w: Want) {
        let f = meta_regression(t, y, se).expect("fit");
        assert_eq!(f.df, t.len() as f64 - 2.0);
        // metafor prints 12 significant digits; τ² at 0 is exactly 0 in both.
        close(f.tau2, w.tau2, 1e-9, "tau2");
        close(f.slope, w.slope, 1e-9, "slope");
        close(f.slope_se, w.se, 1e-9, "slope_se");
        close(f.t, w.t, 1e-9, "t");
        close(f.p, w.p, 1e-9, "p");
        close(f.ci_low, w.lo, 1e-9, "ci_low");
        close(f.ci_high, w.hi, 1e-9, "ci_high");
        close(f.q_e, w.qe, 1e-9, "QE");
        close(f.q_e_p, w.qep, 1e-9, "QEp");
        // Relative agreement for the small p-values too.
        assert!(((f.p - w.p) / w.p).abs() < 1e-8, "p relative: {} vs {}", f.p, w.p);
        assert!(
            ((f.q_e_p - w.qep) / w.qep).abs() < 1e-8,
            "QEp relative: {} vs {}",
            f.q_e_p,
            w.qep
        );
    }

    #[test]
    fn five_wave_rise_with_heterogeneity_equals_metafor() {
        // Series A: the five-wave rise of docs/METHODS.md (30, 40, 38, 45, 50; SE 2).
        check(
            &[0.0, 1.0, 2.0, 3.0, 4.0],
            &[30.0, 40.0, 38.0, 45.0, 50.0],
            &[2.0; 5],
            Want {
                tau2: 4.23333333333,
                slope: 4.5,
                se: 0.907377172588,
                t: 4.959348919,
                p: 0.0157405204582,
                lo: 1.6123208696,
                hi: 7.3876791304,
                qe: 6.175,
                qep: 0.10339965992,
            },
        );
    }

    #[test]
    fn homogeneous_series_with_unequal_ses_equals_metafor() {
        // Series B: τ² at the boundary 0; the Knapp–Hartung factor below 1 is kept (not
        // truncated), as metafor's "knha" does.
        check(
            &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0],
            &[50.2, 50.9, 51.1, 52.3, 52.2, 53.4],
            &[1.5, 1.4, 1.6, 1.5, 1.3, 1.5],
            Want {
                tau2: 0.0,
                slope: 0.590308001529,
                se: 0.0758715101028,
                t: 7.78036447053,
                p: 0.00147154744213,
                lo: 0.37965491868,
                hi: 0.800961084378,
                qe: 0.189636334091,
                qep: 0.995779058263,
            },
        );
    }

    #[test]
    fn zigzag_is_heterogeneous_without_a_slope() {
        // Series C: ±10 points wave to wave.
        check(
            &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0],
            &[40.0, 50.0, 40.0, 50.0, 40.0, 50.0],
            &[1.5; 6],
            Want {
                tau2: 32.0357142857,
                slope: 0.857142857143,
                se: 1.39970842445,
                t: 0.612372435696,
                p: 0.573392253825,
                lo: -3.02907074662,
                hi: 4.7433564609,
                qe: 60.9523809524,
                qep: 1.82953537627e-12,
            },
        );
    }

    #[test]
    fn irregular_flat_series_at_the_boundary_equals_metafor() {
        // Series D: irregular fieldwork times, τ² = 0.
        check(
            &[0.0, 0.75, 2.1, 3.0, 4.6],
            &[60.0, 60.1, 59.9, 60.2, 60.0],
            &[2.0, 2.5, 1.8, 2.2, 3.0],
            Want {
                tau2: 0.0,
                slope: 0.0103903260116,
                se: 0.0428895147091,
                t: 0.242257952371,
                p: 0.824197357931,
                lo: -0.12610325161,
                hi: 0.146883903633,
                qe: 0.0120398780275,
                qep: 0.999649906682,
            },
        );
    }

    #[test]
    fn twelve_waves_with_unequal_ses_equal_metafor() {
        // Series E: half-yearly waves.
        let t: Vec<f64> = (0..12).map(|i| 0.5 * i as f64).collect();
        check(
            &t,
            &[20.1, 21.5, 19.8, 23.0, 24.2, 22.9, 25.5, 27.1, 24.8, 28.3, 29.0, 27.6],
            &[1.0, 2.0, 1.2, 0.8, 1.5, 2.5, 1.1, 0.9, 1.3, 2.2, 1.0, 1.7],
            Want {
                tau2: 0.0,
                slope: 1.70020795473,
                se: 0.196415862826,
                t: 8.65616417261,
                p: 5.86537739943e-06,
                lo: 1.26256613962,
                hi: 2.13784976984,
                qe: 9.02632201779,
                qep: 0.52960735641,
            },
        );
    }

    #[test]
    fn steady_decline_and_long_flat_series_equal_metafor() {
        // Series F.
        check(
            &[0.0, 1.0, 2.0, 3.0, 4.0],
            &[70.0, 66.0, 63.0, 58.0, 55.0],
            &[1.8, 1.9, 2.0, 1.7, 1.8],
            Want {
                tau2: 0.0,
                slope: -3.80853977418,
                se: 0.159584849846,
                t: -23.8652965983,
                p: 0.000161224842956,
                lo: -4.31640998995,
                hi: -3.3006695584,
                qe: 0.236003332711,
                qep: 0.971577938706,
            },
        );
        // Series G: ten flat waves.
        let t: Vec<f64> = (0..10).map(f64::from).collect();
        check(
            &t,
            &[45.0, 45.4, 44.8, 45.2, 44.9, 45.1, 45.3, 44.7, 45.0, 45.2],
            &[0.8; 10],
            Want {
                tau2: 0.0,
                slope: -0.0060606060606,
                se: 0.0258483249844,
                t: -0.234468038616,
                p: 0.82051110496,
                lo: -0.0656669503627,
                hi: 0.0535457382415,
                qe: 0.689015151515,
                qep: 0.999553737304,
            },
        );
    }

    #[test]
    fn calendar_years_give_the_same_fit_as_years_from_zero() {
        // Centring is internal: times 2019.5, 2020.5, … give series A's numbers.
        let a = meta_regression(&[0.0, 1.0, 2.0, 3.0, 4.0], &[30.0, 40.0, 38.0, 45.0, 50.0], &[2.0; 5]).expect("a");
        let b = meta_regression(
            &[2019.5, 2020.5, 2021.5, 2022.5, 2023.5],
            &[30.0, 40.0, 38.0, 45.0, 50.0],
            &[2.0; 5],
        )
        .expect("b");
        close(b.slope, a.slope, 1e-12, "slope");
        close(b.slope_se, a.slope_se, 1e-10, "se");
        close(b.tau2, a.tau2, 1e-10, "tau2");
    }

    #[test]
    fn without_sampling_error_the_fit_is_ordinary_least_squares() {
        // R 4.2.2: summary(lm(y ~ t)) gives slope 2.11627906977, SE 0.334323389967,
        // p 0.0079716323788, σ² 1.92248062016; metafor 3.8.1 rma(y, vi = 0, mods = ~ t,
        // method = "REML", test = "knha") gives the same with τ² = σ².
        let f = meta_regression(
            &[2015.0, 2016.0, 2017.0, 2019.0, 2020.0],
            &[52.0, 55.0, 54.0, 60.0, 63.0],
            &[0.0; 5],
        )
        .expect("fit");
        close(f.slope, 2.11627906977, 1e-9, "slope");
        close(f.slope_se, 0.334323389967, 1e-9, "se");
        close(f.p, 0.0079716323788, 1e-9, "p");
        close(f.tau2, 1.92248062016, 1e-6, "tau2");
        assert!(f.q_e.is_nan() && f.q_e_p.is_nan());
    }

    #[test]
    fn degenerate_inputs_give_no_fit() {
        assert!(meta_regression(&[0.0, 1.0], &[1.0, 2.0], &[1.0, 1.0]).is_none());
        assert!(meta_regression(&[1.0, 1.0, 1.0], &[1.0, 2.0, 3.0], &[1.0; 3]).is_none());
        assert!(meta_regression(&[0.0, 1.0, 2.0], &[1.0, 2.0, 3.0], &[1.0, -1.0, 1.0]).is_none());
        // A perfect line without sampling error has no residual variance to test against.
        assert!(meta_regression(&[0.0, 1.0, 2.0], &[1.0, 2.0, 3.0], &[0.0; 3]).is_none());
        assert!(meta_regression(&[0.0, 1.0, 2.0], &[1.0, f64::NAN, 3.0], &[1.0; 3]).is_none());
    }

    #[test]
    fn detectable_slope_is_the_t_power_formula_on_the_fits_se() {
        // Hand calculation: k = 5 (df 3), α = 0.05/4: t_{3, 0.99375} = 5.391949 (R 4.2.2 qt(1 - 0.0125/2, 3)
        // = 5.391949072), t_{3, 0.8} = 0.9784723 (R qt(0.8, 3)); series A's SE 0.907377172588.
        let want = (5.391949072 + 0.9784723124) * 0.907377172588;
        let got = detectable_slope(0.907377172588, 5, 0.05 / 4.0);
        assert!((got - want).abs() < 1e-8 * want, "{got}");
        assert!(detectable_slope(1.0, 2, 0.05).is_nan());
    }

    #[test]
    fn planned_slope_se_equals_metafors_with_equal_ses_and_fixed_tau2() {
        // Series A's fit has τ² = 4.2333… and SE 2 for every wave, so the model-based SE is
        // √((4 + τ²)/Σ(t − t̄)²) = √(8.2333…/10) = 0.907377…: with equal SEs and τ² > 0 the
        // Knapp–Hartung factor is 1 (metafor 3.8.1 gives SE 0.907377172588 with test = "z"
        // and with test = "knha" alike).
        let got = planned_slope_se(2.0, 4.23333333333, &[0.0, 1.0, 2.0, 3.0, 4.0]);
        assert!((got - 0.907377172588).abs() < 1e-10, "{got}");
    }
}
