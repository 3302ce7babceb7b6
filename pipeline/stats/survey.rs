//! Design-based weighted means with Taylor-linearisation standard errors (docs/METHODS.md).
//!
//! Reference: R `survey` 4.1-1 — `svydesign(ids = ~psu, strata = ~strata, weights = ~w,
//! nest = TRUE)` followed by `svymean(~y, design, na.rm = TRUE, deff = "replace")` and
//! `svyby(~y, ~g, design, svymean, na.rm = TRUE, deff = "replace")`; numbers in the tests
//! come from `tests/reference/survey_reference.R`.
//!
//! Conventions (all checked against R in the tests):
//! - PSUs are sampled with replacement within strata (no fpc). With no PSU column every
//!   respondent is its own PSU; with no strata column there is one stratum. PSU codes are
//!   nested in strata (R `nest = TRUE`).
//! - Domains (subgroups, and respondents with a missing item) use the full design: rows
//!   outside the domain contribute zero to the linearised variable but their PSUs still count
//!   in n_h, exactly as R's `subset()`, `svyby` and `na.rm = TRUE` do.
//! - Single-PSU ("lonely") strata follow R `options(survey.lonely.psu = "adjust")`: the
//!   stratum's PSU total is centred at the population mean (zero) instead of the stratum
//!   mean, so it adds its squared total to the variance (conservative) instead of nothing.
//! - The design effect is R's `deff = "replace"`: design variance over the variance of the
//!   mean under simple random sampling with replacement, s²/n, with
//!   s² = n/(n−1)·Σw(y−ŷ)²/Σw over the domain's respondents (R `svyvar`). For a domain this is
//!   the same formula on the domain's respondents, as `svyby(..., deff = "replace")` gives.
//!   R's `deff = TRUE` multiplies s²/n by (1 − n/Σw), which is undefined when weights are
//!   scaled to the sample size (or absent), so it is not used.
//! - Design degrees of freedom ([`domain_df`], `MeanEstimate::df`) are R's `degf()` of the
//!   design restricted to the estimate's respondents (PSUs minus strata), floored at 1.

/// A survey design: weights plus optional strata and PSU codes, one entry per respondent.
///
/// All respondents of the survey (wave, city) must be passed, including those outside the
/// domain of interest or with a missing item, so that domain variances use the full design.
#[derive(Debug, Clone, Copy)]
pub struct Design<'a> {
    /// Sampling weights (must be > 0 and finite for respondents that enter an estimate).
    pub weight: &'a [f64],
    /// Dense stratum codes; `None` means a single stratum.
    pub strata: Option<&'a [u32]>,
    /// Dense PSU codes, nested within strata; `None` means each respondent is its own PSU.
    pub psu: Option<&'a [u32]>,
}

/// Scale a wave's weights by a power of two so that the largest lies in [0.5, 1): every sum
/// the estimators form is then scaled by an exact power of two, so estimates, SEs, n_eff and
/// design effects are bit-for-bit those of the original weights — except that weights near
/// the float range (every weight 1e200, whose squares overflow to infinity) no longer
/// overflow. Weights that are not finite and positive are left as they are (the estimators
/// refuse them). Returns the factor applied.
pub fn rescale_weights(w: &mut [f64]) -> f64 {
    let max = w
        .iter()
        .copied()
        .filter(|x| x.is_finite() && *x > 0.0)
        .fold(0.0f64, f64::max);
    if max == 0.0 {
        return 1.0;
    }
    // max = m·2^e with m in [0.5, 1): multiply by 2^−e, in at most two exact steps (2^±1023
    // is the largest power of two a double holds).
    let e = max.log2().floor() as i32 + 1;
    let mut factor = 1.0;
    for part in [-e / 2, -e - (-e / 2)] {
        let f = 2f64.powi(part);
        for x in w.iter_mut() {
            *x *= f;
        }
        factor *= f;
    }
    factor
}

/// A design-based weighted mean with its linearisation standard error.
#[derive(Debug, Clone, PartialEq)]
pub struct MeanEstimate {
    /// Weighted mean ŷ = Σwy / Σw over the domain's respondents with a value.
    pub estimate: f64,
    /// Taylor-linearisation standard error (with-replacement PSUs within strata).
    pub se: f64,
    /// Unweighted number of respondents in the domain with a non-missing value.
    pub n: usize,
    /// Sum of the weights of those respondents.
    pub sum_w: f64,
    /// Kish effective sample size (Σw)² / Σw² over those respondents.
    pub n_eff: f64,
    /// Design effect (R `deff = "replace"`); NaN when undefined (n < 2 or no variation).
    pub deff: f64,
    /// Design degrees of freedom of the estimate, [`domain_df`]: distinct PSUs minus distinct
    /// strata among the domain's respondents with a value (R `degf()`), at least 1.
    pub df: f64,
}

/// Weighted mean of `y` over the respondents in `domain` (all respondents when `None`) with
/// a non-missing, finite value, and its design-based standard error.
///
/// `y`, `domain`, `design.weight` and the design columns must all have the same length;
/// returns `None` on a length mismatch, when the domain has no respondent with a value, or
/// when a weight entering the estimate is not finite and positive.
pub fn domain_mean(design: &Design, y: &[Option<f64>], domain: Option<&[bool]>) -> Option<MeanEstimate> {
    let len = design.weight.len();
    if y.len() != len
        || domain.is_some_and(|d| d.len() != len)
        || design.strata.is_some_and(|s| s.len() != len)
        || design.psu.is_some_and(|p| p.len() != len)
    {
        return None;
    }
    // Respondent i is "in" when in the domain with a finite value.
    let value = |i: usize| -> Option<f64> {
        if domain.is_some_and(|d| !d[i]) {
            return None;
        }
        y[i].filter(|v| v.is_finite())
    };

    let mut n = 0usize;
    let mut sum_w = 0.0;
    let mut sum_w2 = 0.0;
    let mut sum_wy = 0.0;
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (i, &w) in design.weight.iter().enumerate() {
        if let Some(v) = value(i) {
            if !(w.is_finite() && w > 0.0) {
                return None;
            }
            lo = lo.min(v);
            hi = hi.max(v);
            n += 1;
            sum_w += w;
            sum_w2 += w * w;
            sum_wy += w * v;
        }
    }
    if n == 0 {
        return None;
    }
    // A constant variable has that value as its mean exactly (Σwy/Σw can round to 1 + 4e-16,
    // i.e. a share above 100 %), a zero SE and no design effect.
    let constant = lo == hi;
    let estimate = if constant { lo } else { sum_wy / sum_w };

    // Linearised variable z_i = w_i (y_i − ŷ) / Σw (zero outside the domain).
    let mut sum_wr2 = 0.0;
    let var = design_variance(
        design,
        (0..len).map(|i| match value(i) {
            Some(v) => {
                let r = v - estimate;
                sum_wr2 += design.weight[i] * r * r;
                design.weight[i] * r / sum_w
            }
            None => 0.0,
        }),
    );
    let se = var.max(0.0).sqrt();

    let deff = design_effect(var, n, sum_wr2, sum_w, constant);

    Some(MeanEstimate {
        estimate,
        se,
        n,
        sum_w,
        n_eff: sum_w * sum_w / sum_w2,
        deff,
        df: df_of(design, |i| value(i).is_some()),
    })
}

/// Design degrees of freedom for an estimate over the respondents in `domain` (all when
/// `None`) with a non-missing, finite `y` (docs/METHODS.md "Design degrees of freedom"): the number
/// of distinct PSUs minus the number of distinct strata among them. Without a PSU column
/// every respondent is its own PSU (df = n − strata, n − 1 with no strata column); without a
/// strata column there is one stratum. Never below 1 (also for an empty domain).
///
/// Reference: R `survey` 4.1-1 `degf(subset(design, domain & !is.na(y)))` (numbers in
/// `tests/reference/honest_findings_reference.R`); R's `degf` may give 0 (a domain inside one
/// PSU), where this gives 1. Returns NaN when the lengths of `y`, `domain` and the design
/// columns differ.
pub fn domain_df(design: &Design, y: &[Option<f64>], domain: Option<&[bool]>) -> f64 {
    let len = design.weight.len();
    if y.len() != len
        || domain.is_some_and(|d| d.len() != len)
        || design.strata.is_some_and(|s| s.len() != len)
        || design.psu.is_some_and(|p| p.len() != len)
    {
        return f64::NAN;
    }
    df_of(design, |i| {
        domain.is_none_or(|d| d[i]) && y[i].is_some_and(|v| v.is_finite())
    })
}

/// Distinct (stratum, PSU) pairs minus distinct strata among the respondents `i` with
/// `inside(i)`, at least 1. Lengths must have been checked.
fn df_of(design: &Design, inside: impl Fn(usize) -> bool) -> f64 {
    let mut keys: Vec<(u32, u64)> = (0..design.weight.len())
        .filter(|&i| inside(i))
        .map(|i| {
            (
                design.strata.map_or(0, |s| s[i]),
                design.psu.map_or(i as u64, |p| u64::from(p[i])),
            )
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let psus = keys.len();
    let strata = keys
        .iter()
        .enumerate()
        .filter(|(k, key)| *k == 0 || keys[k - 1].0 != key.0)
        .count();
    (psus.saturating_sub(strata) as f64).max(1.0)
}

/// Difference of two domain means on the same design, ŷ_a − ŷ_b, with the standard error of
/// the difference from the joint linearisation z_i = a_i·w_i(y_i − ŷ_a)/W_a − b_i·w_i(y_i − ŷ_b)/W_b
/// (so the covariance of the two domains through shared PSUs is counted), as R's
/// `svycontrast(svyby(~y, ~g, design, svymean, covmat = TRUE), c(1, -1))`.
/// Returns `None` when either domain has no respondent with a value (or as [`domain_mean`]).
pub fn domain_difference(design: &Design, y: &[Option<f64>], a: &[bool], b: &[bool]) -> Option<(f64, f64)> {
    let ea = domain_mean(design, y, Some(a))?;
    let eb = domain_mean(design, y, Some(b))?;
    let var = design_variance(
        design,
        y.iter().enumerate().map(|(i, yi)| {
            let w = design.weight[i];
            match yi.filter(|v| v.is_finite()) {
                Some(v) => {
                    let za = if a[i] { w * (v - ea.estimate) / ea.sum_w } else { 0.0 };
                    let zb = if b[i] { w * (v - eb.estimate) / eb.sum_w } else { 0.0 };
                    za - zb
                }
                None => 0.0,
            }
        }),
    );
    Some((ea.estimate - eb.estimate, var.max(0.0).sqrt()))
}

/// Variance of the total of `z` (one value per respondent, in design order, e.g. a
/// linearised variable already divided by Σw) under `design`: with-replacement PSUs within
/// strata and single-PSU strata as R `survey.lonely.psu = "adjust"`, exactly as inside
/// [`domain_mean`]. Used by the calibrated (raked) means of `stats::calibrate`. NaN when the
/// lengths of `z` and the design columns differ.
pub(crate) fn total_variance(design: &Design, z: &[f64]) -> f64 {
    let len = design.weight.len();
    if z.len() != len || design.strata.is_some_and(|s| s.len() != len) || design.psu.is_some_and(|p| p.len() != len) {
        return f64::NAN;
    }
    design_variance(design, z.iter().copied())
}

/// Variance of a total of the linearised variable `z` (one value per respondent, in design
/// order) under the design: respondents keyed by (stratum, PSU), then
/// [`stratified_psu_variance`]. Without a PSU column each respondent is its own PSU.
fn design_variance(design: &Design, z: impl Iterator<Item = f64>) -> f64 {
    let mut keyed: Vec<(u32, u64, f64)> = z
        .enumerate()
        .map(|(i, z)| {
            (
                design.strata.map_or(0, |s| s[i]),
                design.psu.map_or(i as u64, |p| u64::from(p[i])),
                z,
            )
        })
        .collect();
    stratified_psu_variance(&mut keyed)
}

/// Σ_h n_h/(n_h−1) Σ_j (z_hj − z̄_h)² over PSU totals z_hj; a stratum with a single PSU adds
/// z_h1² (R `survey.lonely.psu = "adjust"`). Sorts `keyed` by (stratum, PSU).
fn stratified_psu_variance(keyed: &mut [(u32, u64, f64)]) -> f64 {
    keyed.sort_by_key(|k| (k.0, k.1));
    let mut var = 0.0;
    let mut totals: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < keyed.len() {
        let h = keyed[i].0;
        totals.clear();
        while i < keyed.len() && keyed[i].0 == h {
            let j = keyed[i].1;
            let mut t = 0.0;
            while i < keyed.len() && keyed[i].0 == h && keyed[i].1 == j {
                t += keyed[i].2;
                i += 1;
            }
            totals.push(t);
        }
        let nh = totals.len();
        if nh == 1 {
            var += totals[0] * totals[0];
        } else {
            let mean = totals.iter().sum::<f64>() / nh as f64;
            let ss: f64 = totals.iter().map(|t| (t - mean) * (t - mean)).sum();
            var += nh as f64 / (nh as f64 - 1.0) * ss;
        }
    }
    var
}

/// The design effect of a mean: its design variance `var` over the variance a simple random
/// sample of the same n would give, n/(n − 1)·Σw(y − ŷ)²/Σw / n with `sum_wr2` = Σw(y − ŷ)²
/// (R `svymean(..., deff = TRUE)`); NaN with fewer than 2 respondents, a `constant` y or a
/// zero SRS variance.
pub(crate) fn design_effect(var: f64, n: usize, sum_wr2: f64, sum_w: f64, constant: bool) -> f64 {
    if n < 2 || constant {
        return f64::NAN;
    }
    let nf = n as f64;
    let s2 = nf / (nf - 1.0) * sum_wr2 / sum_w;
    let vsrs = s2 / nf;
    if vsrs > 0.0 { var / vsrs } else { f64::NAN }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::testdata::{close, codes, col, csv, weights};

    fn check(m: &MeanEstimate, est: f64, se: f64, deff: f64) {
        close(m.estimate, est, 1e-12);
        close(m.se, se, 1e-10);
        close(m.deff, deff, 1e-10);
    }

    // Data: R survey's public `api` data (survey 4.1-1), exported by
    // tests/reference/api_export.R. Expected numbers: tests/reference/survey_reference.R,
    // R 4.2.2 + survey 4.1-1, printed with sprintf("%.15g").

    #[test]
    fn apistrat_stratified() {
        let rows = csv(include_str!("../../tests/reference/api_strat.csv"));
        assert_eq!(rows.len(), 200);
        let (strata, w, y) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2));
        let d = Design {
            weight: &w,
            strata: Some(&strata),
            psu: None,
        };
        // svymean(~api00, svydesign(ids=~1, strata=~stype, weights=~pw), deff="replace")
        let m = domain_mean(&d, &y, None).expect("estimate");
        check(&m, 662.287363159321, 9.53613229692516, 1.19729176941933);
        assert_eq!(m.n, 200);
        // svyby(~api00, ~sch.wide, dstrat, svymean, deff="replace"): No, Yes
        let yes: Vec<bool> = rows.iter().map(|r| r[3] == Some(1.0)).collect();
        let no: Vec<bool> = yes.iter().map(|b| !b).collect();
        let m = domain_mean(&d, &y, Some(&no)).expect("No");
        check(&m, 593.746858214589, 18.9437086790918, 1.29721870983788);
        let m = domain_mean(&d, &y, Some(&yes)).expect("Yes");
        check(&m, 676.530443656777, 10.6540738827517, 1.1923801871354);
    }

    #[test]
    fn apiclus1_cluster() {
        let rows = csv(include_str!("../../tests/reference/api_clus1.csv"));
        assert_eq!(rows.len(), 183);
        let (psu, w, y, stype) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2), codes(&rows, 3));
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        // svymean(~api00, svydesign(ids=~dnum, weights=~pw), deff="replace")
        let m = domain_mean(&d, &y, None).expect("estimate");
        check(&m, 644.169398907104, 23.7790107208869, 9.25309907058891);
        // svyby(~api00, ~stype, dclus1, svymean, deff="replace"): E, H, M
        let want = [
            (648.868055555556, 22.5873130662433, 6.51832167114677),
            (618.571428571429, 38.4026282327055, 2.206140832905),
            (631.44, 31.9273692889703, 2.14242009206088),
        ];
        for (k, (est, se, deff)) in want.into_iter().enumerate() {
            let dom: Vec<bool> = stype.iter().map(|&s| s == k as u32).collect();
            check(&domain_mean(&d, &y, Some(&dom)).expect("domain"), est, se, deff);
        }
    }

    #[test]
    fn apiclus2_first_stage() {
        let rows = csv(include_str!("../../tests/reference/api_clus2.csv"));
        assert_eq!(rows.len(), 126);
        let (psu, w, y) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2));
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        // svymean(~api00, svydesign(ids=~dnum, weights=~pw, data=apiclus2), deff="replace")
        let m = domain_mean(&d, &y, None).expect("estimate");
        check(&m, 670.811808118081, 30.7115763093288, 6.3476375041482);
    }

    /// Hand-written stratified cluster design (same rows as `hw` in survey_reference.R):
    /// stratum 3 has a single PSU, y has missing values, g defines two domains.
    struct Hw {
        strata: Vec<u32>,
        psu: Vec<u32>,
        w: Vec<f64>,
        y: Vec<Option<f64>>,
        g: Vec<bool>,
    }

    fn hw() -> Hw {
        let y = [
            3., 4., -1., 2., 5., 4., 1., 2., -1., 3., 5., 4., 4., 1., 2., 5., -1., 3., 1., 2., 5.,
        ];
        Hw {
            strata: vec![1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4],
            psu: vec![1, 1, 2, 2, 3, 3, 3, 1, 1, 2, 2, 3, 4, 4, 4, 1, 1, 1, 1, 2, 2],
            w: vec![
                1.2, 0.8, 1.5, 1.1, 0.9, 2.0, 1.3, 0.7, 1.4, 1.0, 1.6, 0.5, 1.1, 0.9, 1.8, 2.2, 1.7, 0.6, 1.0, 1.3, 0.4,
            ],
            y: y.iter().map(|&v| (v >= 0.0).then_some(v)).collect(),
            g: [1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0]
                .iter()
                .map(|&v| v == 1)
                .collect(),
        }
    }

    #[test]
    fn handwritten_domains_missing_lonely_adjust() {
        let h = hw();
        let d = Design {
            weight: &h.w,
            strata: Some(&h.strata),
            psu: Some(&h.psu),
        };
        // options(survey.lonely.psu="adjust"); svymean(~y, hd, na.rm=TRUE, deff="replace")
        let m = domain_mean(&d, &h.y, None).expect("all");
        check(&m, 3.16176470588235, 0.328225456277032, 0.890275060860101);
        assert_eq!(m.n, 18);
        // svyby(~y, ~g, hd, svymean, na.rm=TRUE, deff="replace"): g = 0, g = 1
        let g0: Vec<bool> = h.g.iter().map(|b| !b).collect();
        let m0 = domain_mean(&d, &h.y, Some(&g0)).expect("g0");
        check(&m0, 3.59459459459459, 0.496779167442116, 0.761669621050741);
        let m1 = domain_mean(&d, &h.y, Some(&h.g)).expect("g1");
        check(&m1, 2.91538461538462, 0.500898915350234, 1.2759319244707);
        assert_eq!(m0.n + m1.n, 18);
    }

    #[test]
    fn lonely_psu_is_not_remove() {
        // With options(survey.lonely.psu="remove") R gives SE 0.26513425313773 overall and
        // 0.49443432444011 / 0.355591399662425 by g; "adjust" (what we do) must differ.
        let h = hw();
        let d = Design {
            weight: &h.w,
            strata: Some(&h.strata),
            psu: Some(&h.psu),
        };
        let m = domain_mean(&d, &h.y, None).expect("all");
        assert!((m.se - 0.26513425313773).abs() > 1e-3);
    }

    #[test]
    fn no_design_columns_closed_form() {
        // Complete cases of hw, svydesign(ids=~1, weights=~w): R's svymean and the documented
        // closed form n/(n−1)·Σw²(y−ŷ)²/(Σw)² both give se 0.383970799901421; deff
        // 1.21836126546329; Kish n_eff = 15.1883211678832 (survey_reference.R).
        let h = hw();
        let keep: Vec<usize> = (0..h.w.len()).filter(|&i| h.y[i].is_some()).collect();
        let w: Vec<f64> = keep.iter().map(|&i| h.w[i]).collect();
        let y: Vec<Option<f64>> = keep.iter().map(|&i| h.y[i]).collect();
        let d = Design {
            weight: &w,
            strata: None,
            psu: None,
        };
        let m = domain_mean(&d, &y, None).expect("all");
        check(&m, 3.16176470588235, 0.383970799901421, 1.21836126546329);
        close(m.n_eff, 15.1883211678832, 1e-12);
        // Σw of the 18 complete cases, by hand: 25.0 − (1.5 + 1.4 + 1.7) = 20.4
        close(m.sum_w, 20.4, 1e-12);
    }

    #[test]
    fn no_design_columns_missing_stay_in_design() {
        // All 21 rows of hw with 3 missing y: svymean(~y, svydesign(ids=~1, weights=~w,
        // data=hw), na.rm=TRUE, deff="replace") = 3.16176470588235, SE 0.382367574528048,
        // deff 1.20820825491776 (R 4.2.2, survey 4.1-1): the respondents with a missing
        // value still count as PSUs, so n/(n−1) uses n = 21, not 18.
        let h = hw();
        let d = Design {
            weight: &h.w,
            strata: None,
            psu: None,
        };
        let m = domain_mean(&d, &h.y, None).expect("all");
        check(&m, 3.16176470588235, 0.382367574528048, 1.20820825491776);
        assert_eq!(m.n, 18);
    }

    #[test]
    fn constant_binary_has_zero_se() {
        // R: svymean(~z0, hd) = 0, SE 0; svymean(~z1, hd) = 1, SE 0.
        let h = hw();
        let d = Design {
            weight: &h.w,
            strata: Some(&h.strata),
            psu: Some(&h.psu),
        };
        for c in [0.0, 1.0] {
            let y = vec![Some(c); h.w.len()];
            let m = domain_mean(&d, &y, None).expect("estimate");
            assert_eq!(m.estimate, c);
            assert_eq!(m.se, 0.0);
            assert!(m.deff.is_nan());
            let m = domain_mean(&d, &y, Some(&h.g)).expect("domain");
            assert_eq!(m.estimate, c);
            assert_eq!(m.se, 0.0);
        }
    }

    #[test]
    fn domain_differences_use_the_joint_linearisation() {
        // R 4.2.2, survey 4.1-1 (tests/reference/survey_reference.R, "domain differences"):
        //   b <- svyby(~api00, ~sch.wide, dstrat, svymean, covmat = TRUE)
        //   svycontrast(b, c(-1, 1))  # Yes − No: 82.783585442189, SE 21.748568971661
        //   b <- svyby(~api00, ~stype, dclus1, svymean, covmat = TRUE)
        //   svycontrast(b, c(1, -1, 0))  # E − H: 30.296626984127, SE 30.329601113418
        let rows = csv(include_str!("../../tests/reference/api_strat.csv"));
        let (strata, w, y) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2));
        let d = Design {
            weight: &w,
            strata: Some(&strata),
            psu: None,
        };
        let yes: Vec<bool> = rows.iter().map(|r| r[3] == Some(1.0)).collect();
        let no: Vec<bool> = yes.iter().map(|b| !b).collect();
        let (diff, se) = domain_difference(&d, &y, &yes, &no).expect("difference");
        assert!(
            (diff - 82.783585442189).abs() < 1e-9 && (se - 21.748568971661).abs() < 1e-9,
            "{diff} {se}"
        );

        let rows = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let (psu, w, y, stype) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2), codes(&rows, 3));
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        // api_clus1.csv codes stype as 0 = E, 1 = H, 2 = M (R factor order minus one).
        let e: Vec<bool> = stype.iter().map(|s| *s == 0).collect();
        let h: Vec<bool> = stype.iter().map(|s| *s == 1).collect();
        let (diff, se) = domain_difference(&d, &y, &e, &h).expect("difference");
        assert!(
            (diff - 30.296626984127).abs() < 1e-9 && (se - 30.329601113418).abs() < 1e-9,
            "{diff} {se}"
        );
    }

    #[test]
    fn constant_variable_is_exact_despite_rounding() {
        // Σw·100 / Σw with these weights is 99.99999999999999 in floating point (Python 3.11:
        // sum(x*100.0 for x in w)/sum(w)); a share of respondents who all agree must be 100.
        let w = [1.503, 2.248, 0.918, 2.852, 2.734, 0.383, 0.369];
        let d = Design {
            weight: &w,
            strata: None,
            psu: None,
        };
        let y = vec![Some(100.0); w.len()];
        let m = domain_mean(&d, &y, None).expect("estimate");
        assert_eq!((m.estimate, m.se), (100.0, 0.0));
        assert!(m.deff.is_nan());
    }

    #[test]
    fn empty_domain_and_mismatch() {
        let h = hw();
        let d = Design {
            weight: &h.w,
            strata: None,
            psu: None,
        };
        let none = vec![false; h.w.len()];
        assert!(domain_mean(&d, &h.y, Some(&none)).is_none());
        assert!(domain_mean(&d, &h.y[..3], None).is_none());
    }

    // Design degrees of freedom. R 4.2.2, survey 4.1-1 (tests/reference/
    // honest_findings_reference.R, "design degrees of freedom"); data exported by the same
    // script (api_clus2_df.csv, api_strat_df.csv) and api_export.R (api_clus1.csv).

    #[test]
    fn degf_apiclus1_domains() {
        // degf(dclus1) = 14; degf(subset(dclus1, stype == "E" / "H" / "M")) = 14, 7, 11
        let rows = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let (psu, w, y, stype) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2), codes(&rows, 3));
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        assert_eq!(domain_df(&d, &y, None), 14.0);
        for (k, want) in [14.0, 7.0, 11.0].into_iter().enumerate() {
            let dom: Vec<bool> = stype.iter().map(|&s| s == k as u32).collect();
            assert_eq!(domain_df(&d, &y, Some(&dom)), want, "stype {k}");
            assert_eq!(domain_mean(&d, &y, Some(&dom)).expect("mean").df, want);
        }
    }

    #[test]
    fn degf_apiclus2_domains_with_missing() {
        // degf(dclus2) = 39; degf(subset(dclus2, stype == "E" & !is.na(acs.k3))) = 34;
        // degf(subset(dclus2, stype == "H" & !is.na(enroll))) = 13;
        // degf(subset(dclus2, !is.na(acs.k3))) = 34
        let rows = csv(include_str!("../../tests/reference/api_clus2_df.csv"));
        assert_eq!(rows.len(), 126);
        let (psu, w, stype, acs_k3, enroll) = (
            codes(&rows, 0),
            weights(&rows, 1),
            codes(&rows, 2),
            col(&rows, 3),
            col(&rows, 4),
        );
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        let all = vec![Some(1.0); rows.len()];
        assert_eq!(domain_df(&d, &all, None), 39.0);
        let e: Vec<bool> = stype.iter().map(|&s| s == 0).collect();
        let h: Vec<bool> = stype.iter().map(|&s| s == 1).collect();
        assert_eq!(domain_df(&d, &acs_k3, Some(&e)), 34.0);
        assert_eq!(domain_df(&d, &enroll, Some(&h)), 13.0);
        assert_eq!(domain_df(&d, &acs_k3, None), 34.0);
        assert_eq!(domain_mean(&d, &enroll, Some(&h)).expect("mean").df, 13.0);
    }

    #[test]
    fn degf_apistrat_domains() {
        // degf(dstrat) = 197; degf(subset(dstrat, sch.wide == "Yes" & !is.na(acs.k3))) = 87;
        // sch.wide == "No" & !is.na(acs.k3): 8; degf(subset(dstrat, stype == "H")) = 49
        let rows = csv(include_str!("../../tests/reference/api_strat_df.csv"));
        assert_eq!(rows.len(), 200);
        let (strata, w, yes, acs_k3) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2), col(&rows, 3));
        let d = Design {
            weight: &w,
            strata: Some(&strata),
            psu: None,
        };
        let all = vec![Some(1.0); rows.len()];
        assert_eq!(domain_df(&d, &all, None), 197.0);
        let yes_dom: Vec<bool> = yes.iter().map(|v| *v == Some(1.0)).collect();
        let no_dom: Vec<bool> = yes_dom.iter().map(|b| !b).collect();
        assert_eq!(domain_df(&d, &acs_k3, Some(&yes_dom)), 87.0);
        assert_eq!(domain_df(&d, &acs_k3, Some(&no_dom)), 8.0);
        let h: Vec<bool> = strata.iter().map(|&s| s == 1).collect();
        assert_eq!(domain_df(&d, &all, Some(&h)), 49.0);
    }

    #[test]
    fn degf_handwritten_and_floor() {
        // hw: degf(subset(hd, !is.na(y))) = 6; g == 1 & !is.na(y): 5; g == 0 & !is.na(y): 3;
        // degf(subset(hd, strat == 3)) = 0 in R (one PSU), floored at 1 here (docs/METHODS.md).
        // Without design columns: degf(subset(svydesign(ids=~1, weights=~w, data=hw),
        // g == 1 & !is.na(y))) = 9 (n − 1).
        let h = hw();
        let d = Design {
            weight: &h.w,
            strata: Some(&h.strata),
            psu: Some(&h.psu),
        };
        assert_eq!(domain_df(&d, &h.y, None), 6.0);
        assert_eq!(domain_df(&d, &h.y, Some(&h.g)), 5.0);
        let g0: Vec<bool> = h.g.iter().map(|b| !b).collect();
        assert_eq!(domain_df(&d, &h.y, Some(&g0)), 3.0);
        let s3: Vec<bool> = h.strata.iter().map(|&s| s == 3).collect();
        let all = vec![Some(1.0); h.w.len()];
        assert_eq!(domain_df(&d, &all, Some(&s3)), 1.0);
        assert_eq!(domain_mean(&d, &h.y, Some(&h.g)).expect("mean").df, 5.0);
        let plain = Design {
            weight: &h.w,
            strata: None,
            psu: None,
        };
        assert_eq!(domain_df(&plain, &h.y, Some(&h.g)), 9.0);
        let none = vec![false; h.w.len()];
        assert_eq!(domain_df(&plain, &h.y, Some(&none)), 1.0);
        assert!(domain_df(&plain, &h.y[..3], None).is_nan());
    }

    /// Rescaling by a power of two changes nothing, bit for bit, for ordinary weights, and
    /// turns weights of 1e200 (whose squares overflow) into a finite, correct SE: the same as
    /// with weights of 1 (the estimate and SE are scale-invariant; hand check: y = 0, 1, 1, 0
    /// with equal weights: mean 0.5, SE = √(n/(n−1)·Σ(y−ȳ)²/n²) = √(4/3 · 1/16) = 0.288675…).
    #[test]
    fn rescaled_weights_give_identical_estimates_and_no_overflow() {
        let y = [Some(0.0), Some(1.0), Some(1.0), Some(0.0)];
        let mean = |w: &[f64]| {
            let design = Design {
                weight: w,
                strata: None,
                psu: None,
            };
            domain_mean(&design, &y, None).expect("mean")
        };
        let mut w = vec![1.3, 0.7, 2.9, 1.1];
        let before = mean(&w);
        let f = rescale_weights(&mut w);
        assert_eq!(f, 0.25);
        let after = mean(&w);
        assert_eq!(
            (before.estimate, before.se, before.n_eff, before.deff),
            (after.estimate, after.se, after.n_eff, after.deff)
        );
        let mut huge = vec![1e200; 4];
        rescale_weights(&mut huge);
        let e = mean(&huge);
        assert!((e.estimate - 0.5).abs() < 1e-15);
        assert!((e.se - (4.0f64 / 3.0 / 16.0).sqrt()).abs() < 1e-15, "{}", e.se);
        let mut tiny = vec![1e-300, 2e-300];
        rescale_weights(&mut tiny);
        assert!(tiny[1] >= 0.5 && tiny[1] < 1.0 && (tiny[0] * 2.0 - tiny[1]).abs() < 1e-15);
    }
}
