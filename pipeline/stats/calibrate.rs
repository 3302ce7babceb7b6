//! Weighting to population margins (docs/INPUTS.md): raking (iterative proportional fitting) as R
//! `survey::rake`, and the standard error of a weighted mean on the raked design as R's
//! `svymean` gives it (linearisation with the calibration residuals).
//!
//! Reference: R `survey` 4.1-1 — `rake(design, sample.margins, population.margins, control =
//! list(maxit = 100, epsilon = 1e-9))`, `survey:::postStratify.survey.design`,
//! `survey:::svymean.survey.design2` and `survey:::svyrecvar`; numbers in the tests come from
//! `tests/reference/rake_reference.R`.
//!
//! What R does, and this module repeats step for step:
//! - One *sweep* post-stratifies the weights to each margin in turn: wᵢ ← wᵢ · T_c / Σ_{c} w
//!   for respondent i in category c of the margin. After each sweep R compares the weighted
//!   table of all raking variables crossed (`svytable(~a + b + …)`) with the one before the
//!   sweep and stops when the largest absolute cell change is below ε · Σw₀ (ε < 1; an
//!   ε ≥ 1 is an absolute bound), Σw₀ the sum of the starting weights, after at most
//!   `maxit` sweeps (R warns "Raking did not converge"; here that is an error).
//! - R keeps, from the *last* sweep only, the weights after each margin's step (the
//!   `"weights"` attributes of the `postStrata` it stores, class `"raking"`).
//! - The variance of a mean: the linearised variable zᵢ = wᵢ(yᵢ − ŷ)/Σw (0 outside the domain
//!   or with a missing value) is replaced by calibration residuals through exactly 10 rounds
//!   (a fixed number in R, not a convergence test) of, for each margin m with its stored
//!   weights w⁽ᵐ⁾: zᵢ ← zᵢ − w⁽ᵐ⁾ᵢ · mean_{j in i's category}(zⱼ / w⁽ᵐ⁾ⱼ), the mean being
//!   unweighted over all respondents of the category (R `ave()`); then the usual
//!   with-replacement design variance of the total of z.

use std::collections::HashMap;
use std::fmt;

use super::survey::{Design, MeanEstimate, domain_mean, total_variance};

/// Rounds of the residual projection in R's `svyrecvar` for a raked design (fixed in R).
const PROJECTION_ROUNDS: usize = 10;

/// Convergence of cohesion's raking: ε relative to the starting total, and the largest number of
/// sweeps (ingest rakes the full-sample weights with them, the workbench each replicate).
pub const EPSILON: f64 = 1e-9;
/// At most this many sweeps over the margins.
pub const MAX_ITER: usize = 100;

/// Raked weights.
#[derive(Debug, Clone, PartialEq)]
pub struct RakeResult {
    /// The raked weights, one per respondent.
    pub weights: Vec<f64>,
    /// Sweeps over all margins made, the converging one included (R makes the same number;
    /// it is what `rake(..., control = list(verbose = TRUE))` prints tables for).
    pub iterations: usize,
    /// The weights after each margin's step of the last sweep, one `Vec` per dimension (the
    /// last equals `weights`): what R stores for the variance, used by [`raked_mean`].
    pub margin_weights: Vec<Vec<f64>>,
}

/// Why raking failed. Dimensions and categories are the indices of `dims` / `targets`.
#[derive(Debug, Clone, PartialEq)]
pub enum RakeError {
    /// `dims` and `targets` differ in length, or a dimension's codes are not one per weight.
    Shape(String),
    /// A starting weight is not finite and positive.
    InvalidWeight { respondent: usize },
    /// A population count is negative or not finite.
    InvalidTarget { dimension: usize, category: usize },
    /// A respondent has no category in a dimension (R's `rake` fails on a missing value too:
    /// give unknowns a category of their own, with a population count, or leave them out).
    UnknownCategory { dimension: usize, respondent: usize },
    /// A respondent's category has no population count (index beyond `targets[dimension]`).
    CategoryOutOfRange {
        dimension: usize,
        respondent: usize,
        category: usize,
    },
    /// A category with a positive population count has no respondents (R: "Some strata
    /// absent from sample").
    EmptyCategory { dimension: usize, category: usize },
    /// A category with respondents has a population count of 0 (R: "Strata in sample absent
    /// from population").
    ZeroTarget { dimension: usize, category: usize },
    /// No convergence within `max_iter` sweeps; `max_change` is the largest change of a cell
    /// of the crossed table in the last sweep.
    NotConverged { iterations: usize, max_change: f64 },
}

impl fmt::Display for RakeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RakeError::Shape(s) => write!(f, "raking: {s}"),
            RakeError::InvalidWeight { respondent } => {
                write!(f, "raking: starting weight of respondent {respondent} is not positive")
            }
            RakeError::InvalidTarget { dimension, category } => write!(
                f,
                "raking: population count of dimension {dimension}, category {category} is negative or not a number"
            ),
            RakeError::UnknownCategory { dimension, respondent } => {
                write!(
                    f,
                    "raking: respondent {respondent} has no value in dimension {dimension}"
                )
            }
            RakeError::CategoryOutOfRange {
                dimension,
                respondent,
                category,
            } => write!(
                f,
                "raking: respondent {respondent} is in category {category} of dimension {dimension}, which has no population count"
            ),
            RakeError::EmptyCategory { dimension, category } => write!(
                f,
                "raking: dimension {dimension}, category {category} has a population count but no respondents"
            ),
            RakeError::ZeroTarget { dimension, category } => write!(
                f,
                "raking: dimension {dimension}, category {category} has respondents but a population count of 0"
            ),
            RakeError::NotConverged { iterations, max_change } => write!(
                f,
                "raking did not converge after {iterations} iterations (last change {max_change:e})"
            ),
        }
    }
}

impl std::error::Error for RakeError {}

/// Rakes `weights` (design weights, or 1s) to population margins, as R `rake(design,
/// list(~d1, ~d2, …), list(pop1, pop2, …), control = list(maxit = max_iter, epsilon))`.
///
/// `dims[d][i]` is respondent i's category in dimension d (an index into `targets[d]`, the
/// population counts of that dimension's categories). Checks before raking: shapes, weights
/// finite and > 0, targets finite and ≥ 0, every respondent with a known category that has a
/// count, no category with a positive count and no respondents ([`RakeError::EmptyCategory`]
/// names it) and none with respondents and a zero count. A category with neither is ignored,
/// as in R. Convergence: see the module doc (ε < 1 is relative to the starting total).
pub fn rake(
    weights: &[f64],
    dims: &[Vec<Option<usize>>],
    targets: &[Vec<f64>],
    max_iter: usize,
    epsilon: f64,
) -> Result<RakeResult, RakeError> {
    let n = weights.len();
    if dims.len() != targets.len() {
        return Err(RakeError::Shape(format!(
            "{} dimensions but {} sets of population counts",
            dims.len(),
            targets.len()
        )));
    }
    if let Some(respondent) = weights.iter().position(|w| !(w.is_finite() && *w > 0.0)) {
        return Err(RakeError::InvalidWeight { respondent });
    }
    let codes = checked_codes(n, dims, targets)?;

    let eps = if epsilon < 1.0 {
        epsilon * weights.iter().sum::<f64>()
    } else {
        epsilon
    };
    // Cell of the crossed table of all dimensions, per respondent.
    let mut cell_of: HashMap<Vec<usize>, usize> = HashMap::new();
    let cells: Vec<usize> = (0..n)
        .map(|i| {
            let key: Vec<usize> = codes.iter().map(|c| c[i]).collect();
            let next = cell_of.len();
            *cell_of.entry(key).or_insert(next)
        })
        .collect();
    let table = |w: &[f64]| -> Vec<f64> {
        let mut t = vec![0.0; cell_of.len()];
        for (c, wi) in cells.iter().zip(w) {
            t[*c] += wi;
        }
        t
    };

    let mut w = weights.to_vec();
    let mut old = table(&w);
    let mut margin_weights = vec![Vec::new(); dims.len()];
    let mut max_change = f64::NAN;
    for sweep in 1..=max_iter {
        for (d, (code, target)) in codes.iter().zip(targets).enumerate() {
            let mut sums = vec![0.0; target.len()];
            for (c, wi) in code.iter().zip(&w) {
                sums[*c] += wi;
            }
            let factor: Vec<f64> = target.iter().zip(&sums).map(|(t, s)| t / s).collect();
            for (wi, c) in w.iter_mut().zip(code) {
                *wi *= factor[*c];
            }
            margin_weights[d].clone_from(&w);
        }
        let new = table(&w);
        max_change = old.iter().zip(&new).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max);
        if max_change < eps {
            return Ok(RakeResult {
                weights: w,
                iterations: sweep,
                margin_weights,
            });
        }
        old = new;
    }
    Err(RakeError::NotConverged {
        iterations: max_iter,
        max_change,
    })
}

/// The dimensions' codes as plain indices, after the checks described at [`rake`].
fn checked_codes(n: usize, dims: &[Vec<Option<usize>>], targets: &[Vec<f64>]) -> Result<Vec<Vec<usize>>, RakeError> {
    let mut out = Vec::with_capacity(dims.len());
    for (dimension, (dim, target)) in dims.iter().zip(targets).enumerate() {
        if dim.len() != n {
            return Err(RakeError::Shape(format!(
                "dimension {dimension} has {} codes for {n} respondents",
                dim.len()
            )));
        }
        if let Some(category) = target.iter().position(|t| !(t.is_finite() && *t >= 0.0)) {
            return Err(RakeError::InvalidTarget { dimension, category });
        }
        let mut count = vec![0usize; target.len()];
        let mut codes = Vec::with_capacity(n);
        for (respondent, c) in dim.iter().enumerate() {
            let c = c.ok_or(RakeError::UnknownCategory { dimension, respondent })?;
            if c >= target.len() {
                return Err(RakeError::CategoryOutOfRange {
                    dimension,
                    respondent,
                    category: c,
                });
            }
            count[c] += 1;
            codes.push(c);
        }
        for (category, (&k, &t)) in count.iter().zip(target).enumerate() {
            if k == 0 && t > 0.0 {
                return Err(RakeError::EmptyCategory { dimension, category });
            }
            if k > 0 && t == 0.0 {
                return Err(RakeError::ZeroTarget { dimension, category });
            }
        }
        out.push(codes);
    }
    Ok(out)
}

/// Rake one replicate's weights to the full sample's population counts, as R `rake()` does to
/// every replicate of a replicate design (each sweep post-stratifies the replicate weights
/// too): the respondents the replicate gives weight 0 (a PSU it leaves out) keep 0, the
/// others are raked by [`rake`] with the same `dims`, `targets`, `max_iter` and `epsilon`.
/// `None` when that fails — a category with a population count that the replicate leaves
/// without weight, where R's weights would be NaN.
pub fn rerake(
    weights: &[f64],
    dims: &[Vec<Option<usize>>],
    targets: &[Vec<f64>],
    max_iter: usize,
    epsilon: f64,
) -> Option<Vec<f64>> {
    let kept: Vec<usize> = (0..weights.len()).filter(|&i| weights[i] > 0.0).collect();
    let w: Vec<f64> = kept.iter().map(|&i| weights[i]).collect();
    let d: Vec<Vec<Option<usize>>> = dims.iter().map(|c| kept.iter().map(|&i| c[i]).collect()).collect();
    let raked = rake(&w, &d, targets, max_iter, epsilon).ok()?;
    let mut out = vec![0.0; weights.len()];
    for (&i, r) in kept.iter().zip(raked.weights) {
        out[i] = r;
    }
    Some(out)
}

/// The population counts a raked sample reproduces: per dimension, the total of `weights`
/// in each category (the targets for [`rerake`] of its replicates).
pub fn margin_totals(weights: &[f64], dims: &[Vec<Option<usize>>]) -> Vec<Vec<f64>> {
    dims.iter()
        .map(|codes| {
            let k = codes.iter().flatten().max().map_or(0, |m| m + 1);
            let mut t = vec![0.0; k];
            for (c, w) in codes.iter().zip(weights) {
                if let Some(c) = c {
                    t[*c] += w;
                }
            }
            t
        })
        .collect()
}

/// Weighted mean of `y` over `domain` (all respondents when `None`; missing values left out
/// but kept in the design) on a raked design, with the standard error R's `svymean(~y,
/// raked_design, na.rm = TRUE)` (or `svyby` for a domain) gives: the linearised variable is
/// projected on the raking margins as R does (module doc) before the design variance.
///
/// `design.weight` must be the raked weights (`raked.weights`) and `dims` the codes given to
/// [`rake`]. `estimate`, `n`, `sum_w`, `n_eff` and `df` are those of [`domain_mean`]; `se` is
/// the calibrated one and `deff` = its variance over s²/n as R's `deff = "replace"`. `None`
/// as [`domain_mean`], or when the shapes of `dims` or `raked` do not fit the design, or a
/// code is missing.
pub fn raked_mean(
    design: &Design,
    y: &[Option<f64>],
    domain: Option<&[bool]>,
    dims: &[Vec<Option<usize>>],
    raked: &RakeResult,
) -> Option<MeanEstimate> {
    let len = design.weight.len();
    if dims.len() != raked.margin_weights.len()
        || dims.iter().any(|d| d.len() != len)
        || raked.margin_weights.iter().any(|w| w.len() != len)
    {
        return None;
    }
    let lin = domain_mean(design, y, domain)?;
    let value = |i: usize| -> Option<f64> {
        if domain.is_some_and(|d| !d[i]) {
            return None;
        }
        y[i].filter(|v| v.is_finite())
    };
    let mut sum_wr2 = 0.0;
    let mut z: Vec<f64> = (0..len)
        .map(|i| match value(i) {
            Some(v) => {
                let r = v - lin.estimate;
                sum_wr2 += design.weight[i] * r * r;
                design.weight[i] * r / lin.sum_w
            }
            None => 0.0,
        })
        .collect();

    let codes: Vec<Vec<usize>> = dims
        .iter()
        .map(|d| d.iter().copied().collect::<Option<Vec<usize>>>())
        .collect::<Option<_>>()?;
    let mut sums: Vec<f64> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    for _ in 0..PROJECTION_ROUNDS {
        for (code, psw) in codes.iter().zip(&raked.margin_weights) {
            let k = code.iter().max().map_or(0, |m| m + 1);
            sums.clear();
            sums.resize(k, 0.0);
            counts.clear();
            counts.resize(k, 0);
            for ((c, zi), wi) in code.iter().zip(&z).zip(psw) {
                sums[*c] += zi / wi;
                counts[*c] += 1;
            }
            for ((zi, c), wi) in z.iter_mut().zip(code).zip(psw) {
                *zi -= wi * sums[*c] / counts[*c] as f64;
            }
        }
    }
    let var = total_variance(design, &z).max(0.0);
    let nf = lin.n as f64;
    let vsrs = if lin.n >= 2 {
        nf / (nf - 1.0) * sum_wr2 / lin.sum_w / nf
    } else {
        f64::NAN
    };
    Some(MeanEstimate {
        se: var.sqrt(),
        deff: if vsrs > 0.0 { var / vsrs } else { f64::NAN },
        ..lin
    })
}

// Reference numbers are kept exactly as R printed them (sprintf("%.17g")).
#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::testdata::{col, csv, num};

    fn code(rows: &[Vec<Option<f64>>], k: usize) -> Vec<Option<usize>> {
        rows.iter().map(|r| r[k].map(|v| v as usize)).collect()
    }

    fn near(got: f64, want: f64, tol: f64) {
        assert!((got - want).abs() <= tol, "got {got:.15} want {want:.15}");
    }

    // Reference numbers: tests/reference/rake_reference.R, R 4.2.2 + survey 4.1-1, printed
    // with sprintf("%.17g"); control = list(maxit = 100, epsilon = 1e-9) (docs/INPUTS.md).
    // Population margins from apipop: stype E 4421, H 755, M 1018; sch.wide No 1072,
    // Yes 5122; awards No 2027, Yes 4167.

    #[test]
    fn rake_apiclus1_on_stype_and_sch_wide() {
        // api_clus1_rake.csv: dnum, pw, api00, stype (0 E, 1 H, 2 M), sch_wide (1 = Yes),
        // acs_k3, and R's weights(rclus1) for
        // rclus1 <- rake(svydesign(ids = ~dnum, weights = ~pw, data = apiclus1),
        //                list(~stype, ~sch.wide), list(pop.types, pop.schwide), control = ctl)
        let rows = csv(include_str!("../../tests/reference/api_clus1_rake.csv"));
        assert_eq!(rows.len(), 183);
        let psu: Vec<u32> = rows.iter().map(|r| r[0].expect("dnum") as u32).collect();
        let (pw, api00, acs_k3, want_w) = (num(&rows, 1), col(&rows, 2), col(&rows, 5), num(&rows, 6));
        let dims = vec![code(&rows, 3), code(&rows, 4)];
        let targets = vec![vec![4421.0, 755.0, 1018.0], vec![1072.0, 5122.0]];
        let r = rake(&pw, &dims, &targets, 100, 1e-9).expect("converges");
        for (got, want) in r.weights.iter().zip(&want_w) {
            near(*got, *want, 1e-8);
        }
        // R's verbose output prints the starting table and 9 more: 9 sweeps.
        assert_eq!(r.iterations, 9);
        assert_eq!(r.margin_weights.last(), Some(&r.weights));
        // svytable(~stype + sch.wide, rclus1): E/H/M × No, then × Yes
        let want_cells = [
            [478.07083493631592, 201.37658772613275, 392.55257733755121],
            [3942.9291649407292, 553.62341230415177, 625.44742275511908],
        ];
        for (s, cells) in want_cells.iter().enumerate() {
            for (t, want) in cells.iter().enumerate() {
                let got: f64 = (0..rows.len())
                    .filter(|&i| dims[0][i] == Some(t) && dims[1][i] == Some(s))
                    .map(|i| r.weights[i])
                    .sum();
                near(got, *want, 1e-8);
            }
        }

        let d = Design {
            weight: &r.weights,
            strata: None,
            psu: Some(&psu),
        };
        // svymean(~api00, rclus1, deff = "replace") = 641.23032092657161,
        // SE 23.942009914652679, deff 9.5413386825714053 (before raking: SE 23.779010720886877)
        let m = raked_mean(&d, &api00, None, &dims, &r).expect("mean");
        near(m.estimate, 641.23032092657161, 1e-8);
        near(m.se, 23.942009914652679, 1e-8);
        near(m.deff, 9.5413386825714053, 1e-8);
        assert_eq!(m.n, 183);
        // svyby(~api00, ~stype, rclus1, svymean): E, H, M
        let want = [
            (647.44657922862336, 23.037801929937935),
            (621.29186105451777, 37.112679600925759),
            (629.02153826697383, 30.264224923780617),
        ];
        for (k, (est, se)) in want.into_iter().enumerate() {
            let dom: Vec<bool> = dims[0].iter().map(|c| *c == Some(k)).collect();
            let m = raked_mean(&d, &api00, Some(&dom), &dims, &r).expect("domain");
            near(m.estimate, est, 1e-8);
            near(m.se, se, 1e-8);
        }
        // svymean(~acs.k3, rclus1, na.rm = TRUE) = 20.029273073050906, SE 0.5272209195870553
        let m = raked_mean(&d, &acs_k3, None, &dims, &r).expect("acs.k3");
        assert_eq!(m.n, 183 - 39);
        near(m.estimate, 20.029273073050906, 1e-10);
        near(m.se, 0.5272209195870553, 1e-10);
    }

    #[test]
    fn rake_stratified_apistrat_with_an_empty_cell() {
        // api_strat_rake.csv: stype (strata), pw, api00, sch_wide, awards (1 = Yes), and R's
        // weights(rstrat) for rstrat <- rake(svydesign(ids = ~1, strata = ~stype, weights =
        // ~pw, data = apistrat), list(~sch.wide, ~awards), list(pop.schwide, pop.awards),
        // control = ctl). No school has awards without sch.wide, so the crossed table has an
        // empty cell and raking converges slowly: 21 sweeps in R.
        let rows = csv(include_str!("../../tests/reference/api_strat_rake.csv"));
        assert_eq!(rows.len(), 200);
        let strata: Vec<u32> = rows.iter().map(|r| r[0].expect("stype") as u32).collect();
        let (pw, api00, want_w) = (num(&rows, 1), col(&rows, 2), num(&rows, 5));
        let dims = vec![code(&rows, 3), code(&rows, 4)];
        let targets = vec![vec![1072.0, 5122.0], vec![2027.0, 4167.0]];
        let r = rake(&pw, &dims, &targets, 100, 1e-9).expect("converges");
        for (got, want) in r.weights.iter().zip(&want_w) {
            near(*got, *want, 1e-8);
        }
        assert_eq!(r.iterations, 21);
        let d = Design {
            weight: &r.weights,
            strata: Some(&strata),
            psu: None,
        };
        // svymean(~api00, rstrat, deff = "replace") = 662.48976150426722,
        // SE 9.4157411578556882, deff 1.1685912191827879
        let m = raked_mean(&d, &api00, None, &dims, &r).expect("mean");
        near(m.estimate, 662.48976150426722, 1e-8);
        near(m.se, 9.4157411578556882, 1e-8);
        near(m.deff, 1.1685912191827879, 1e-8);
    }

    #[test]
    fn rake_errors() {
        let rows = csv(include_str!("../../tests/reference/api_clus1_rake.csv"));
        let pw = num(&rows, 1);
        let dims = vec![code(&rows, 3), code(&rows, 4)];
        // R with maxit = 2 warns "Raking did not converge after 2 iterations."
        let e = rake(
            &pw,
            &dims,
            &[vec![4421.0, 755.0, 1018.0], vec![1072.0, 5122.0]],
            2,
            1e-9,
        )
        .unwrap_err();
        assert!(matches!(e, RakeError::NotConverged { iterations: 2, .. }), "{e}");
        assert!(e.to_string().contains("did not converge after 2 iterations"));
        // A fourth stype category with a population count and no school: R stops with "Some
        // strata absent from sample: use partial=TRUE to ignore them."
        let e = rake(
            &pw,
            &dims,
            &[vec![4421.0, 755.0, 1018.0, 10.0], vec![1072.0, 5122.0]],
            100,
            1e-9,
        )
        .unwrap_err();
        assert_eq!(
            e,
            RakeError::EmptyCategory {
                dimension: 0,
                category: 3
            }
        );
        assert_eq!(
            e.to_string(),
            "raking: dimension 0, category 3 has a population count but no respondents"
        );
        // … with a count of 0 it is ignored, as in R (both zero: dropped from the merge).
        let r = rake(
            &pw,
            &dims,
            &[vec![4421.0, 755.0, 1018.0, 0.0], vec![1072.0, 5122.0]],
            100,
            1e-9,
        );
        assert_eq!(r.expect("ok").iterations, 9);
        // Respondents in a category with a zero count; an unknown category; out of range.
        let e = rake(
            &pw,
            &dims,
            &[vec![4421.0, 0.0, 1018.0], vec![1072.0, 5122.0]],
            100,
            1e-9,
        )
        .unwrap_err();
        assert_eq!(
            e,
            RakeError::ZeroTarget {
                dimension: 0,
                category: 1
            }
        );
        let mut holes = dims.clone();
        holes[1][5] = None;
        let e = rake(
            &pw,
            &holes,
            &[vec![4421.0, 755.0, 1018.0], vec![1072.0, 5122.0]],
            100,
            1e-9,
        )
        .unwrap_err();
        assert_eq!(
            e,
            RakeError::UnknownCategory {
                dimension: 1,
                respondent: 5
            }
        );
        let e = rake(&pw, &dims, &[vec![4421.0, 755.0], vec![1072.0, 5122.0]], 100, 1e-9).unwrap_err();
        assert!(matches!(
            e,
            RakeError::CategoryOutOfRange {
                dimension: 0,
                category: 2,
                ..
            }
        ));
        let mut bad = pw.clone();
        bad[3] = 0.0;
        assert_eq!(
            rake(&bad, &dims, &[vec![1.0; 3], vec![1.0; 2]], 100, 1e-9).unwrap_err(),
            RakeError::InvalidWeight { respondent: 3 }
        );
        assert!(matches!(
            rake(&pw, &dims[..1], &[vec![1.0; 3], vec![1.0; 2]], 100, 1e-9),
            Err(RakeError::Shape(_))
        ));
    }

    #[test]
    fn one_margin_is_post_stratification() {
        // By hand: one dimension, weights 1, categories (a, a, b), counts (10, 30): weights
        // 5, 5, 30 after one sweep; the second sweep changes nothing, so R's rule (compare
        // with the table before the sweep) stops after 2 sweeps. y = (1, 3, 2): mean
        // (5 + 15 + 60)/40 = 2. z = w(y − 2)/40 = (−0.125, 0.125, 0), z/w = (−0.025, 0.025, 0),
        // category means (0, 0), so the projection leaves z unchanged; one PSU per respondent:
        // var = 3/2·Σ(z − z̄)² = 1.5·0.03125 = 0.046875, SE 0.21650635094610965.
        // R (rake_reference.R, "one margin"): rake(svydesign(ids = ~1, data = d), list(~g),
        // list(data.frame(g = c("a", "b"), Freq = c(10, 30))), control = ctl) gives weights
        // 5, 5, 30 after 2 sweeps and svymean(~y, r) = 2, SE 0.21650635094610965.
        let dims = vec![vec![Some(0), Some(0), Some(1)]];
        let r = rake(&[1.0, 1.0, 1.0], &dims, &[vec![10.0, 30.0]], 100, 1e-9).expect("ok");
        assert_eq!(r.weights, vec![5.0, 5.0, 30.0]);
        assert_eq!(r.iterations, 2);
        let d = Design {
            weight: &r.weights,
            strata: None,
            psu: None,
        };
        let y = [Some(1.0), Some(3.0), Some(2.0)];
        let m = raked_mean(&d, &y, None, &dims, &r).expect("mean");
        assert_eq!(m.estimate, 2.0);
        near(m.se, 0.21650635094610965, 1e-15);
    }

    #[test]
    fn rerake_matches_r_rake_on_a_jk1_design() {
        // tests/reference/rerake_reference.R (R 4.2.2, survey 4.1-1): apiclus1's JK1 design
        // raked on stype (E, H, M: 4421, 755, 1018) and sch.wide (No, Yes: 1072, 5122), every
        // replicate raked too: svymean(~api00) = 641.23032092657161, SE 27.144258523870441;
        // replicate 2's first three raked weights 54.587644375096559, 30.421704675031897 (×2);
        // replicate 1 gives the first row's PSU 0 and keeps it.
        let reps_csv = csv(include_str!("../../tests/reference/rep_jk1_clus1.csv"));
        let raked_csv = csv(include_str!("../../tests/reference/api_clus1_rake.csv"));
        let y = col(&reps_csv, 0);
        let reps: Vec<Vec<f64>> = (2..17).map(|k| num(&reps_csv, k)).collect();
        let code = |k: usize| -> Vec<Option<usize>> { raked_csv.iter().map(|r| r[k].map(|v| v as usize)).collect() };
        let dims = vec![code(3), code(4)];
        let targets = vec![vec![4421.0, 755.0, 1018.0], vec![1072.0, 5122.0]];
        let full = rake(&num(&raked_csv, 1), &dims, &targets, 100, 1e-9)
            .expect("rake")
            .weights;
        let raked: Vec<Vec<f64>> = reps
            .iter()
            .map(|r| rerake(r, &dims, &targets, 100, 1e-9).expect("rerake"))
            .collect();
        assert!((raked[1][0] - 54.587644375096559).abs() < 1e-6, "{}", raked[1][0]);
        assert!((raked[1][1] - 30.421704675031897).abs() < 1e-6, "{}", raked[1][1]);
        assert_eq!(raked[0][0], 0.0);
        let (scale, rscales) =
            crate::stats::replicates::replicate_scales(crate::stats::replicates::ReplicateType::Jk1, 15).expect("s");
        let (m, se) =
            crate::stats::replicates::replicate_mean_se(&y, None, &full, &raked, scale, &rscales, false).expect("se");
        assert!((m - 641.23032092657161).abs() < 1e-8, "{m}");
        assert!((se - 27.144258523870441).abs() < 1e-6, "{se}");
        // The population counts come back from the raked full-sample weights.
        let back = margin_totals(&full, &dims);
        for (b, t) in back.iter().flatten().zip(targets.iter().flatten()) {
            assert!((b - t).abs() < 1e-6 * 6194.0, "{back:?}");
        }
        // A replicate that leaves a category without weight cannot be raked (R: NaN).
        let mut empty = reps[1].clone();
        for (w, c) in empty.iter_mut().zip(&dims[0]) {
            if *c == Some(1) {
                *w = 0.0;
            }
        }
        assert!(rerake(&empty, &dims, &targets, 100, 1e-9).is_none());
    }
}
