//! Confidence intervals and planning quantities: the Wilson score interval for a proportion
//! (on a possibly fractional Kish effective sample size), the normal (Wald) interval, and the
//! minimum detectable change between two independent estimates; with the design degrees of
//! freedom (docs/METHODS.md): the t interval, the Korn–Graubard interval for shares, equivalence
//! (TOST), the Benjamini–Yekutieli false-coverage-rate adjusted interval, the minimum
//! detectable change with t quantiles and the detectable trend slope.
//!
//! References: R `stats::prop.test(x, n, correct = FALSE)$conf.int` (Wilson without continuity
//! correction); the minimum detectable change is the textbook two-sided z-test formula,
//! checked against hand-computed numbers with R `qnorm`. Korn–Graubard: R `survey`
//! `svyciprop(method = "beta")` and `binom.test` (Clopper–Pearson); the t-based intervals
//! against R `confint(..., df = )` and `qt` hand computations
//! (`tests/reference/honest_findings_reference.R`).

use super::std_normal;
use super::tdist::t_quantile;
use statrs::distribution::{Beta, ContinuousCDF};
use statrs::function::beta::{beta_reg, ln_beta};

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

/// Quantile of the Beta(a, b) distribution (R `qbeta(p, a, b)`), a, b > 0. statrs 0.19.1's
/// `Beta::inverse_cdf` agrees with R to ~1e-13 except for tiny quantiles, where its absolute
/// convergence tolerance leaves it far off in relative terms (qbeta(0.025, 0.02, 3) =
/// 1.78e-81 in R, 5.5e-18 from statrs); below 1e-3 the result is therefore refined by Newton
/// steps on ln x against ln I_x(a, b) (statrs `beta_reg`). NaN for invalid arguments.
pub fn beta_quantile(p: f64, a: f64, b: f64) -> f64 {
    if !(a > 0.0 && b > 0.0 && (0.0..=1.0).contains(&p)) || a.is_infinite() || b.is_infinite() {
        return f64::NAN;
    }
    if p == 0.0 {
        return 0.0;
    }
    if p == 1.0 {
        return 1.0;
    }
    let Ok(dist) = Beta::new(a, b) else {
        return f64::NAN;
    };
    let mut x = dist.inverse_cdf(p);
    if x > 0.0 && x < 1e-3 {
        let lnb = ln_beta(a, b);
        let ln_p = p.ln();
        for _ in 0..100 {
            let cdf = beta_reg(a, b, x);
            let ln_dens = (a - 1.0) * x.ln() + (b - 1.0) * (-x).ln_1p() - lnb;
            // d ln I / d ln x = x f(x) / I
            let slope = (x.ln() + ln_dens - cdf.ln()).exp();
            let step = (cdf.ln() - ln_p) / slope;
            if !step.is_finite() {
                break;
            }
            x *= (-step).exp();
            if step.abs() <= 4.0 * f64::EPSILON {
                break;
            }
        }
    }
    x
}

/// Korn–Graubard interval of a share (docs/METHODS.md "Shares"), with the effective size it used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KgInterval {
    /// Lower bound (proportion, 0..1).
    pub low: f64,
    /// Upper bound (proportion, 0..1).
    pub high: f64,
    /// n*ₐ: the effective sample size after the degrees-of-freedom adjustment (`n_eff_kg`).
    pub n_star_adj: f64,
}

/// Korn–Graubard 95% interval for a share `p` (a proportion in 0..1) with design standard
/// error `se`, observed on `n` respondents (the domain's unweighted count) with design degrees
/// of freedom `df`, exactly as docs/METHODS.md "Shares": n* = p(1−p)/SE² (n* = n when SE = 0 or p is
/// 0 or 1), capped at n (the NCHS rule); n*ₐ = n*·(t_{n−1,0.975}/t_{df,0.975})²; x = p·n*ₐ;
/// low = qbeta(0.025, x, n*ₐ − x + 1) (0 when x = 0), high = qbeta(0.975, x + 1, n*ₐ − x)
/// (1 when x = n*ₐ).
///
/// Reference: R `survey` 4.1-1 `svyciprop(~y, design, method = "beta")` (which does not cap
/// n*: the two agree whenever the design effect is ≥ 1), and with n*ₐ = n the Clopper–Pearson
/// interval of R `binom.test`. All fields are NaN when p is outside [0, 1], se is negative or
/// not finite, n < 2 or df is not positive.
pub fn korn_graubard(p: f64, se: f64, n: usize, df: f64) -> KgInterval {
    let nan = KgInterval {
        low: f64::NAN,
        high: f64::NAN,
        n_star_adj: f64::NAN,
    };
    let valid = (0.0..=1.0).contains(&p) && se >= 0.0 && se.is_finite() && n >= 2 && df > 0.0;
    if !valid {
        return nan;
    }
    let nf = n as f64;
    let var = p * (1.0 - p);
    let n_star = if se == 0.0 || var == 0.0 {
        nf
    } else {
        (var / (se * se)).min(nf)
    };
    let ratio = t_quantile(0.975, nf - 1.0) / t_quantile(0.975, df);
    let n_adj = n_star * ratio * ratio;
    let x = p * n_adj;
    let low = if x == 0.0 {
        0.0
    } else {
        beta_quantile(0.025, x, n_adj - x + 1.0)
    };
    let high = if p == 1.0 {
        1.0
    } else {
        beta_quantile(0.975, x + 1.0, n_adj - x)
    };
    KgInterval {
        low,
        high,
        n_star_adj: n_adj,
    }
}

/// t interval `est ± t_{df, (1+level)/2}·se` (R `confint(svymean(...), level, df = degf(d))`).
/// NaN bounds when level is outside (0, 1) or df is not positive.
pub fn t_ci(est: f64, se: f64, df: f64, level: f64) -> (f64, f64) {
    if !(level > 0.0 && level < 1.0) {
        return (f64::NAN, f64::NAN);
    }
    let q = t_quantile(0.5 + level / 2.0, df);
    (est - q * se, est + q * se)
}

/// Equivalence by two one-sided tests (docs/METHODS.md "Equivalence"): true when the 90% interval
/// diff ± t_{df,0.95}·se lies strictly inside (−margin, +margin). This is the TOST at
/// α = 0.05: max(P(T ≥ (diff + margin)/se), P(T ≤ (diff − margin)/se)) < 0.05 exactly when
/// the interval is inside the margins (checked against R `qt`/`pt` hand computations). False
/// for NaN inputs, a non-positive margin or df.
pub fn equivalent(diff: f64, se: f64, df: f64, margin: f64) -> bool {
    if margin.is_nan() || margin <= 0.0 || se.is_nan() || se < 0.0 {
        return false;
    }
    let (lo, hi) = t_ci(diff, se, df, 0.9);
    lo > -margin && hi < margin
}

/// Level of the Benjamini–Yekutieli false-coverage-rate adjusted interval for one of the
/// selected parameters of a family of `m` tests with `r` rejections: 1 − max(r, 1)·α/m
/// (Benjamini & Yekutieli 2005, JASA 100:71–81, with R = r). NaN when m = 0.
pub fn fcr_adjusted_level(alpha: f64, m: usize, r: usize) -> f64 {
    if m == 0 {
        return f64::NAN;
    }
    1.0 - r.max(1) as f64 * alpha / m as f64
}

/// Level of the interval printed beside a q-value, so that it never contradicts the word:
/// after Benjamini–Hochberg the Benjamini–Yekutieli level [`fcr_adjusted_level`]; after Holm,
/// 1 − α/max(m − r, 1), which excludes 0 exactly for Holm's rejections (Holm rejects the
/// r smallest p-values, each ≤ α/(m − r + 1) ≤ α/(m − r), and stops at the first
/// p > α/(m − r)); with no rejection it is Bonferroni's simultaneous level 1 − α/m.
pub fn adjusted_level(alpha: f64, m: usize, r: usize, holm: bool) -> f64 {
    if m == 0 {
        return f64::NAN;
    }
    match holm {
        true => 1.0 - alpha / m.saturating_sub(r).max(1) as f64,
        false => fcr_adjusted_level(alpha, m, r),
    }
}

/// The two-sided t interval at [`adjusted_level`] (docs/METHODS.md `ci_adj_low`/`ci_adj_high`):
/// after BH, diff ± t_{df, 1 − max(r,1)·α/(2m)}·se.
pub fn adjusted_ci(diff: f64, se: f64, df: f64, alpha: f64, m: usize, r: usize, holm: bool) -> (f64, f64) {
    t_ci(diff, se, df, adjusted_level(alpha, m, r, holm))
}

/// Minimum detectable change between two independent estimates with the design degrees of
/// freedom (docs/METHODS.md "Detectability"): (t_{df,1−α/2} + t_{df,power})·√(se1² + se2²).
/// NaN when alpha or power is outside (0, 1) or df is not positive.
pub fn minimum_detectable_change_t(se1: f64, se2: f64, df: f64, alpha: f64, power: f64) -> f64 {
    if !(alpha > 0.0 && alpha < 1.0 && power > 0.0 && power < 1.0) {
        return f64::NAN;
    }
    let mult = t_quantile(1.0 - alpha / 2.0, df) + t_quantile(power, df);
    mult * (se1 * se1 + se2 * se2).sqrt()
}

// Reference numbers are kept exactly as R printed them (sprintf("%.17g")).
#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::super::Z95;
    use super::super::survey::{Design, domain_df, domain_mean};
    use super::*;

    fn rel(a: f64, b: f64) -> f64 {
        if b == 0.0 { a.abs() } else { ((a - b) / b).abs() }
    }

    #[test]
    fn wilson_prop_test_42_100() {
        // docs/METHODS.md / R: prop.test(42, 100, correct = FALSE)$conf.int = 0.3279837 0.5179352
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

    // Numbers below: R 4.2.2, survey 4.1-1, tests/reference/honest_findings_reference.R.

    #[test]
    fn beta_quantile_matches_qbeta() {
        // qbeta(c(0.025, 0.975), a, b), sprintf("%.17g")
        let want = [
            (0.3, 30.1, 1.0707705590239771e-07, 0.061870870057438965),
            (1.3, 29.8, 0.0022648899018435443, 0.13357351628955993),
            (12.7, 33.5, 0.15758808040571198, 0.41063971176452485),
            (2000.5, 3000.8, 0.38645860605937365, 0.41360915229420814),
            (0.02, 3.0, 1.7820634230519177e-81, 0.073378470176783325),
            (1.02, 2.0, 0.013580592235647384, 0.84404851016563498),
            (49.9, 1.4, 0.91434926331081912, 0.99826874243444863),
            (50.9, 0.4, 0.95698729218537215, 0.99999855173540064),
            (20000.3, 80000.1, 0.19752871994625351, 0.20248704573090348),
        ];
        for (a, b, lo, hi) in want {
            assert!(
                rel(beta_quantile(0.025, a, b), lo) < 1e-11,
                "{a} {b} {:e}",
                beta_quantile(0.025, a, b)
            );
            assert!(rel(beta_quantile(0.975, a, b), hi) < 1e-11, "{a} {b}");
        }
        assert!(beta_quantile(0.5, 0.0, 1.0).is_nan());
    }

    #[test]
    fn korn_graubard_is_clopper_pearson_when_n_star_is_n() {
        // binom.test(42, 100)$conf.int = 0.32198553935479696 0.52288080427608619: with
        // SE = √(p(1−p)/n), n* = n (after the cap) and df = n − 1, so n*ₐ = n = 100.
        let p = 0.42;
        let kg = korn_graubard(p, (p * (1.0 - p) / 100.0).sqrt(), 100, 99.0);
        assert!(rel(kg.n_star_adj, 100.0) < 1e-14, "{}", kg.n_star_adj);
        assert!(rel(kg.low, 0.32198553935479696) < 1e-10, "{}", kg.low);
        assert!(rel(kg.high, 0.52288080427608619) < 1e-10, "{}", kg.high);
        // binom.test(0, 30)$conf.int = 0 0.11570330822202779; binom.test(30, 30)$conf.int =
        // 0.88429669177797221 1 (SE = 0: n* = n).
        let kg = korn_graubard(0.0, 0.0, 30, 29.0);
        assert_eq!(kg.low, 0.0);
        assert!(rel(kg.high, 0.11570330822202779) < 1e-10);
        let kg = korn_graubard(1.0, 0.0, 30, 29.0);
        assert!(rel(kg.low, 0.88429669177797221) < 1e-10);
        assert_eq!(kg.high, 1.0);
        assert!(korn_graubard(0.5, 0.1, 1, 1.0).low.is_nan());
        assert!(korn_graubard(1.2, 0.1, 10, 9.0).high.is_nan());
    }

    /// api_clus1.csv (dnum, pw, api00, stype), as survey.rs's tests read it.
    fn apiclus1() -> (Vec<u32>, Vec<f64>, Vec<Option<f64>>, Vec<u32>) {
        let text = include_str!("../../tests/reference/api_clus1.csv");
        let rows: Vec<Vec<f64>> = text
            .lines()
            .skip(1)
            .map(|l| l.split(',').map(|v| v.parse::<f64>().expect("number")).collect())
            .collect();
        (
            rows.iter().map(|r| r[0] as u32).collect(),
            rows.iter().map(|r| r[1]).collect(),
            rows.iter()
                .map(|r| Some(if r[2] > 700.0 { 1.0 } else { 0.0 }))
                .collect(),
            rows.iter().map(|r| r[3] as u32).collect(),
        )
    }

    #[test]
    fn korn_graubard_matches_svyciprop_on_apiclus1() {
        // dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)  (no fpc)
        // confint(svyciprop(~I(api00 > 700), dclus1, method = "beta")) and the same on
        // subset(dclus1, stype == "E" / "H" / "M") (= svyby(..., svyciprop, method = "beta")):
        //   p, se, nrow, degf, n.eff (adjusted), ci_low, ci_high
        // The domains' design effects are 3.9, 1.9, 1.8 (≥ 1), so the NCHS cap on n* does not
        // bite and R (which does not cap) is the reference. p, SE, n and df come from our own
        // domain_mean / domain_df, so the whole chain is checked.
        let want: [(Option<u32>, [f64; 7]); 4] = [
            (
                None,
                [
                    0.33879781420765026,
                    0.080608663315802104,
                    183.0,
                    14.0,
                    29.176582038439346,
                    0.17511776230425605,
                    0.53660228811501931,
                ],
            ),
            (
                Some(0),
                [
                    0.3611111111111111,
                    0.079252330029009901,
                    144.0,
                    14.0,
                    31.1998131642811,
                    0.19778916392340859,
                    0.55189213338063636,
                ],
            ),
            (
                Some(1),
                [
                    0.2857142857142857,
                    0.17096459494079488,
                    14.0,
                    7.0,
                    5.8280465687125975,
                    0.026499293615401199,
                    0.74800826398664055,
                ],
            ),
            (
                Some(2),
                [
                    0.23999999999999999,
                    0.11757550765359255,
                    25.0,
                    11.0,
                    11.602019120284854,
                    0.048234890549798237,
                    0.56795831167605848,
                ],
            ),
        ];
        let (psu, w, y, stype) = apiclus1();
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        for (dom, r) in want {
            let mask: Option<Vec<bool>> = dom.map(|k| stype.iter().map(|&s| s == k).collect());
            let m = domain_mean(&d, &y, mask.as_deref()).expect("mean");
            assert!(rel(m.estimate, r[0]) < 1e-12 && rel(m.se, r[1]) < 1e-10, "{dom:?}");
            assert_eq!((m.n as f64, m.df), (r[2], r[3]));
            assert_eq!(domain_df(&d, &y, mask.as_deref()), r[3]);
            let kg = korn_graubard(m.estimate, m.se, m.n, m.df);
            assert!(rel(kg.n_star_adj, r[4]) < 1e-9, "{dom:?} {}", kg.n_star_adj);
            assert!(rel(kg.low, r[5]) < 1e-8, "{dom:?} {}", kg.low);
            assert!(rel(kg.high, r[6]) < 1e-8, "{dom:?} {}", kg.high);
        }
    }

    #[test]
    fn t_interval_matches_confint() {
        // confint(svymean(~api00, dclus1), df = degf(dclus1)): mean 644.16939890710387,
        // SE 23.779010720886877, [593.16849326109093, 695.17030455311681]; level = 0.9:
        // [602.28718630570597, 686.05161150850176]
        let (lo, hi) = t_ci(644.16939890710387, 23.779010720886877, 14.0, 0.95);
        assert!(rel(lo, 593.16849326109093) < 1e-13 && rel(hi, 695.17030455311681) < 1e-13);
        let (lo, hi) = t_ci(644.16939890710387, 23.779010720886877, 14.0, 0.9);
        assert!(rel(lo, 602.28718630570597) < 1e-13 && rel(hi, 686.05161150850176) < 1e-13);
        assert!(t_ci(1.0, 1.0, 5.0, 1.0).0.is_nan());
    }

    #[test]
    fn equivalence_is_tost() {
        // R: ci <- diff + c(-1, 1) * qt(0.95, df) * se;
        //    p <- max(pt((diff - margin)/se, df), pt((diff + margin)/se, df, lower.tail = FALSE))
        //    (diff, se, df, margin): 90% CI, TOST p, inside / p < 0.05
        let cases = [
            (1.2, 0.9, 20.0, 3.0, -0.3522464186287082, 2.7522464186287081, true), // p 0.0296
            (-0.8, 1.1, 7.0, 3.0, -2.8840364655990074, 1.2840364655990071, true), // p 0.0428
            (2.1, 0.6, 14.0, 3.0, 1.0432139185350651, 3.1567860814649351, false), // p 0.0779
            (0.0, 1.8, 30.0, 3.0, -3.0550695958691225, 3.0550695958691225, false), // p 0.0530
            (-2.5, 0.2, 5.0, 3.0, -2.9030096746666043, -2.0969903253333957, true), // p 0.0272
        ];
        for (diff, se, df, margin, lo, hi, eq) in cases {
            let (l, h) = t_ci(diff, se, df, 0.9);
            assert!(rel(l, lo) < 1e-13 && rel(h, hi) < 1e-13, "{diff}");
            assert_eq!(equivalent(diff, se, df, margin), eq, "{diff}");
        }
        assert!(!equivalent(f64::NAN, 1.0, 5.0, 3.0));
        assert!(!equivalent(0.0, 1.0, 5.0, 0.0));
    }

    #[test]
    fn fcr_adjusted_interval() {
        // R: k <- max(r, 1); q <- qt(1 - k*alpha/(2*m), df); 1 - k*alpha/m; diff ± q*se
        //   (4.2, 1.5, 25, 0.05, m = 8, r = 3): 0.98124999999999996, q 2.5138557495845935,
        //     [0.42921637562310977, 7.9707836243768906]
        //   (-1, 2, 12, 0.05, m = 12, r = 0): 0.99583333333333335, q 3.5273520248164036,
        //     [-8.0547040496328073, 6.0547040496328073]
        //   (0.7, 0.3, 1000, 0.1, m = 1, r = 1): 0.9, q 1.6463788172854634,
        //     [0.20608635481436094, 1.1939136451856389]
        assert!(rel(fcr_adjusted_level(0.05, 8, 3), 0.98124999999999996) < 1e-15);
        assert!(rel(fcr_adjusted_level(0.05, 12, 0), 0.99583333333333335) < 1e-15);
        let cases = [
            (4.2, 1.5, 25.0, 0.05, 8, 3, 0.42921637562310977, 7.9707836243768906),
            (-1.0, 2.0, 12.0, 0.05, 12, 0, -8.0547040496328073, 6.0547040496328073),
            (0.7, 0.3, 1000.0, 0.1, 1, 1, 0.20608635481436094, 1.1939136451856389),
        ];
        for (diff, se, df, alpha, m, r, lo, hi) in cases {
            let (l, h) = adjusted_ci(diff, se, df, alpha, m, r, false);
            assert!(rel(l, lo) < 1e-12 && rel(h, hi) < 1e-12, "{diff}: {l} {h}");
        }
        assert!(fcr_adjusted_level(0.05, 0, 0).is_nan());
    }

    #[test]
    fn mdc_with_design_df() {
        // R: (qt(0.975, 12) + qt(0.8, 12)) * sqrt(1.5^2 + 2^2) = 7.6285553031384161;
        //    df = 60: 7.1198770709271866; (qt(0.95, 12) + qt(0.9, 12)) * sqrt(0.4^2 + 0.7^2) =
        //    2.5303435364835201
        assert!(
            rel(
                minimum_detectable_change_t(1.5, 2.0, 12.0, 0.05, 0.8),
                7.6285553031384161
            ) < 1e-13
        );
        assert!(
            rel(
                minimum_detectable_change_t(1.5, 2.0, 60.0, 0.05, 0.8),
                7.1198770709271866
            ) < 1e-13
        );
        assert!(
            rel(
                minimum_detectable_change_t(0.4, 0.7, 12.0, 0.1, 0.9),
                2.5303435364835201
            ) < 1e-13
        );
        assert!(minimum_detectable_change_t(1.0, 1.0, 12.0, 0.05, 1.0).is_nan());
    }

    /// The interval printed beside a Holm or BH q never contradicts it: over 2,000 random
    /// families of 1–12 t tests (df 30), the adjusted interval excludes 0 exactly when q < α.
    /// The issue's case is in it: m = 10, p = 0.001 … 0.005, 0.02, 0.5 ×4: Holm rejects 5 and
    /// stops at 0.02 > α/5; the BY level 1 − 5α/10 = 0.975 would exclude 0 for it, the Holm
    /// level 1 − α/5 = 0.99 does not.
    #[test]
    fn adjusted_intervals_agree_with_holm_and_bh_decisions() {
        use crate::stats::multtest::{benjamini_hochberg, holm};
        use crate::stats::tdist::{t_quantile, t_two_sided_p};
        let check = |ps: &[f64]| {
            let df = 30.0;
            // diff with se 1 whose two-sided p is ps[i].
            let diffs: Vec<f64> = ps.iter().map(|p| t_quantile(1.0 - p / 2.0, df)).collect();
            let ps: Vec<f64> = diffs.iter().map(|d| t_two_sided_p(*d, df)).collect();
            for holm_method in [true, false] {
                let q = if holm_method {
                    holm(&ps)
                } else {
                    benjamini_hochberg(&ps)
                };
                let r = q.iter().filter(|q| **q < 0.05).count();
                for (d, q) in diffs.iter().zip(&q) {
                    let (lo, _) = adjusted_ci(*d, 1.0, df, 0.05, ps.len(), r, holm_method);
                    assert_eq!(lo > 0.0, *q < 0.05, "p {ps:?} q {q} holm {holm_method}");
                }
            }
        };
        let mut issue = vec![0.001, 0.002, 0.003, 0.004, 0.005, 0.02];
        issue.extend([0.5; 4]);
        check(&issue);
        assert!((adjusted_level(0.05, 10, 5, true) - 0.99).abs() < 1e-15);
        let mut rng = crate::rng::Rng::derive(7, "holm");
        for _ in 0..2000 {
            let m = 1 + (rng.next_u64() % 12) as usize;
            // Mostly small p-values, so that families have several rejections.
            let ps: Vec<f64> = (0..m).map(|_| rng.uniform().powi(3).max(1e-9)).collect();
            check(&ps);
        }
    }
}
