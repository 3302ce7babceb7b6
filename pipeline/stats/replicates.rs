//! Replicate-weight variances (docs/METHODS.md "Replicate weights"): the Rao–Wu rescaled bootstrap
//! that cohesion makes when a wave brings no replicate weights of its own, and the variance
//! of any statistic from its replicate estimates with R `svrepdesign` meanings of `scale`,
//! `rscales` and `mse`.
//!
//! Reference: R `survey` 4.1-1 — `as.svrepdesign(design, type = "subbootstrap")`
//! (`survey:::subbootweights`, `survey:::subbootstratum`), `svrepdesign()` and
//! `survey:::svrVar`; numbers in the tests come from `tests/reference/replicates_reference.R`.
//!
//! R's conventions, kept here:
//! - Replicate weights are *analysis* weights (R `weights(rep_design, "analysis")`): the
//!   design weight times the replicate factor of the respondent's PSU.
//! - The variance is `scale · Σ_r rscales_r (θ_r − θ̄)²` with θ̄ the mean of the replicate
//!   estimates whose `rscales` is positive, or θ̄ = the full-sample estimate when `mse`
//!   (R's default `options(survey.replicates.mse = FALSE)`).

use super::survey::Design;
use crate::rng::Rng;

/// The seed of a wave's bootstrap replicates, derived from the project seed and the wave's
/// survey id (unique across a project, docs/INPUTS.md): the first output of the independent
/// stream `Rng::derive(project_seed, "replicates/<wave_id>")`. Each wave thus gets its own
/// replicates, which stay byte-identical from run to run and do not shift when another wave
/// is added or removed. Pass the result to [`rao_wu_bootstrap`].
pub fn replicate_seed(project_seed: u64, wave_id: &str) -> u64 {
    Rng::derive(project_seed, &format!("replicates/{wave_id}")).next_u64()
}

/// Rao–Wu rescaled bootstrap replicate weights, as R `as.svrepdesign(design, type =
/// "subbootstrap", replicates = R)`: in every replicate and every stratum with n_h ≥ 2 PSUs,
/// n_h − 1 PSUs are drawn with replacement (uniformly, independently across strata and
/// replicates) and each PSU of the stratum gets the factor (times drawn) · n_h / (n_h − 1),
/// so the factors of a stratum sum to n_h. A respondent's replicate weight is its design
/// weight times its PSU's factor. Returns one `Vec` per replicate, one entry per respondent
/// in design order. Use with [`subbootstrap_scales`] (scale 1/(R − 1), rscales 1).
///
/// - PSUs are keyed by (stratum, PSU) as in [`Design`]; without a PSU column every
///   respondent is its own PSU, without strata there is one stratum.
/// - Strata with a single PSU ("lonely" PSUs, where R would give NaN weights: 0 draws · 1/0)
///   are collapsed into one pseudo-stratum before resampling, the usual collapsed-strata
///   fix, so that they add variance as the linearised SE's `survey.lonely.psu = "adjust"`
///   does; a wave with only one lonely PSU has it joined to its smallest other stratum (the
///   first such by sort order). Only a design with a single PSU in all keeps factor 1.
/// - Deterministic for a seed (the crate's own xoshiro256** [`Rng`], not R's generator, so
///   the replicates differ from R's and agree only in distribution). Derive the seed of a wave
///   with [`replicate_seed`].
pub fn rao_wu_bootstrap(design: &Design, replicates: usize, seed: u64) -> Vec<Vec<f64>> {
    rao_wu_factors(design, replicates, seed)
        .into_iter()
        .map(|f| f.iter().zip(design.weight).map(|(f, w)| w * f).collect())
        .collect()
}

/// The replicate factors behind [`rao_wu_bootstrap`] (same seed, same draws): per replicate,
/// the factor of each respondent's PSU, so that replicate weight = design weight × factor.
/// The factors alone resample PSUs for a statistic computed without the design weights (an
/// unweighted Cronbach's α): a stratified cluster bootstrap of that statistic.
pub fn rao_wu_factors(design: &Design, replicates: usize, seed: u64) -> Vec<Vec<f64>> {
    let len = design.weight.len();
    // Dense PSU index per respondent, and the PSUs of each stratum, in sorted key order.
    let mut keys: Vec<(u32, u64)> = (0..len)
        .map(|i| {
            (
                design.strata.map_or(0, |s| s[i]),
                design.psu.map_or(i as u64, |p| u64::from(p[i])),
            )
        })
        .collect();
    let mut uniq = keys.clone();
    uniq.sort_unstable();
    uniq.dedup();
    let psu_of: Vec<usize> = keys
        .drain(..)
        .map(|k| uniq.binary_search(&k).expect("key present"))
        .collect();
    let mut strata: Vec<Vec<usize>> = Vec::new();
    for (j, k) in uniq.iter().enumerate() {
        if j == 0 || uniq[j - 1].0 != k.0 {
            strata.push(Vec::new());
        }
        strata.last_mut().expect("pushed").push(j);
    }
    collapse_lonely(&mut strata);

    let mut rng = Rng::new(seed);
    let mut factor = vec![0.0f64; uniq.len()];
    let mut counts = vec![0u32; uniq.len()];
    (0..replicates)
        .map(|_| {
            for psus in &strata {
                let nh = psus.len();
                if nh == 1 {
                    factor[psus[0]] = 1.0;
                    continue;
                }
                for &j in psus {
                    counts[j] = 0;
                }
                for _ in 0..nh - 1 {
                    counts[psus[rng.index(nh)]] += 1;
                }
                for &j in psus {
                    // R: table(...) * n / (n - 1), evaluated left to right.
                    factor[j] = f64::from(counts[j]) * nh as f64 / (nh as f64 - 1.0);
                }
            }
            (0..len).map(|i| factor[psu_of[i]]).collect()
        })
        .collect()
}

/// The pseudo-stratum of [`rao_wu_factors`]: every single-PSU stratum taken out and put
/// together in one stratum at the end; a lone one joins the smallest other stratum instead.
fn collapse_lonely(strata: &mut Vec<Vec<usize>>) {
    let (lonely, mut rest): (Vec<Vec<usize>>, Vec<Vec<usize>>) = strata.drain(..).partition(|s| s.len() == 1);
    let pseudo: Vec<usize> = lonely.into_iter().flatten().collect();
    match pseudo.len() {
        0 => {}
        1 if !rest.is_empty() => {
            let smallest = (0..rest.len()).min_by_key(|&i| rest[i].len()).expect("not empty");
            rest[smallest].extend(pseudo);
        }
        _ => rest.push(pseudo),
    }
    *strata = rest;
}

/// Kinds of replicate weights (manifest `replicate_weights.type`, docs/METHODS.md), with R's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplicateType {
    /// `type = "bootstrap"` in `svrepdesign` (user-supplied bootstrap weights).
    Bootstrap,
    /// `as.svrepdesign(type = "subbootstrap")`: Rao–Wu rescaled bootstrap ([`rao_wu_bootstrap`]).
    SubBootstrap,
    /// Delete-one-PSU jackknife of an unstratified design, `type = "JK1"`.
    Jk1,
    /// Stratified delete-one-PSU jackknife, `type = "JKn"`.
    Jkn,
    /// Balanced repeated replication, `type = "BRR"` (no Fay factor).
    Brr,
}

/// R's default (scale, rscales) for `replicates` replicate weights of the given type, as
/// `svrepdesign(..., type = …)` sets them when the user gives none (`combined.weights =
/// TRUE`) and as `as.svrepdesign` makes them:
/// - bootstrap: scale = 1/(R − 1) (`bootstrap.average = 1`), rscales = 1. (R's
///   `as.svrepdesign(type = "bootstrap")` uses the Canty–Davison scale
///   n̄/((n̄ − 1)(R − 1)), n̄ the harmonic mean of PSUs per stratum; that is not this case.)
/// - subbootstrap: scale = 1/(R − 1), rscales = 1 (`survey:::subbootweights`).
/// - JK1: scale = (R − 1)/R (R guesses n = R, right when each replicate deletes one PSU),
///   rscales = 1.
/// - BRR: scale = 1/R, rscales = 1.
/// - JKn: `None` — R stops ("Must provide rscales for combined JKn weights"); the rscales
///   are (n_h − 1)/n_h of the stratum each replicate deletes from, see [`jkn_scales`].
///
/// `None` also when `replicates` is 0 (or 1 for the bootstraps, whose scale is 1/0).
pub fn replicate_scales(kind: ReplicateType, replicates: usize) -> Option<(f64, Vec<f64>)> {
    let r = replicates as f64;
    let ones = vec![1.0; replicates];
    match kind {
        ReplicateType::Bootstrap | ReplicateType::SubBootstrap if replicates >= 2 => Some((1.0 / (r - 1.0), ones)),
        ReplicateType::Jk1 if replicates >= 1 => Some(((r - 1.0) / r, ones)),
        ReplicateType::Brr if replicates >= 1 => Some((1.0 / r, ones)),
        _ => None,
    }
}

/// (scale, rscales) of a Rao–Wu bootstrap with `replicates` replicates, as R's
/// `subbootweights`: 1/(R − 1) and 1 for every replicate.
pub fn subbootstrap_scales(replicates: usize) -> (f64, Vec<f64>) {
    (1.0 / (replicates as f64 - 1.0), vec![1.0; replicates])
}

/// (scale, rscales) of stratified jackknife (JKn) replicates, as R `as.svrepdesign(type =
/// "JKn")` (`survey:::jknweights`) makes them: scale 1 and, for the replicate that deletes a
/// PSU of stratum h, rscales = (n_h − 1)/n_h. `psus_in_stratum[r]` is n_h of the stratum
/// replicate r deletes from. (R's special replicate for a single-PSU stratum under
/// `lonely.psu = "adjust"` is not covered.)
pub fn jkn_scales(psus_in_stratum: &[usize]) -> (f64, Vec<f64>) {
    (
        1.0,
        psus_in_stratum.iter().map(|&n| (n as f64 - 1.0) / n as f64).collect(),
    )
}

/// Replicate variance of an estimate, R `survey:::svrVar`:
/// `scale · Σ_r rscales_r (θ_r − θ̄)²`, where θ̄ = `theta_full` when `mse`, else the mean of
/// the θ_r whose rscales is > 0. A replicate whose estimate is NaN (e.g. a domain with no
/// weight in that replicate) is dropped with its rscales, as R's `na.omit` does (R warns).
/// NaN when the lengths of `theta_reps` and `rscales` differ or no replicate is left.
pub fn replicate_variance(theta_full: f64, theta_reps: &[f64], scale: f64, rscales: &[f64], mse: bool) -> f64 {
    if theta_reps.len() != rscales.len() {
        return f64::NAN;
    }
    let kept: Vec<(f64, f64)> = theta_reps
        .iter()
        .zip(rscales)
        .filter(|(t, _)| !t.is_nan())
        .map(|(&t, &s)| (t, s))
        .collect();
    if kept.is_empty() {
        return f64::NAN;
    }
    let centre = if mse {
        theta_full
    } else {
        let pos: Vec<f64> = kept.iter().filter(|(_, s)| *s > 0.0).map(|(t, _)| *t).collect();
        pos.iter().sum::<f64>() / pos.len() as f64
    };
    scale * kept.iter().map(|(t, s)| (t - centre) * (t - centre) * s).sum::<f64>()
}

/// The centre θ̄ of [`replicate_variance`]: `theta_full` when `mse`, else the mean of the
/// finite θ_r whose rscales is > 0.
fn replicate_centre(theta_full: f64, theta_reps: &[f64], rscales: &[f64], mse: bool) -> f64 {
    if mse {
        return theta_full;
    }
    let pos: Vec<f64> = theta_reps
        .iter()
        .zip(rscales)
        .filter(|(t, s)| !t.is_nan() && **s > 0.0)
        .map(|(t, _)| *t)
        .collect();
    pos.iter().sum::<f64>() / pos.len() as f64
}

/// Replicate covariance of two estimates computed on the same replicates, R `survey:::svrVar`
/// for a vector statistic (`vcov(svymean(~a + b, rep_design))`):
/// `scale · Σ_r rscales_r (a_r − ā)(b_r − b̄)`, centres as in [`replicate_variance`]. A
/// replicate where either estimate is NaN is left out. NaN on a length mismatch.
pub fn replicate_covariance(a: (f64, &[f64]), b: (f64, &[f64]), scale: f64, rscales: &[f64], mse: bool) -> f64 {
    let (a_full, a_reps) = a;
    let (b_full, b_reps) = b;
    if a_reps.len() != rscales.len() || b_reps.len() != rscales.len() {
        return f64::NAN;
    }
    let keep: Vec<bool> = a_reps
        .iter()
        .zip(b_reps)
        .map(|(x, y)| !x.is_nan() && !y.is_nan())
        .collect();
    let mask = |t: &[f64]| -> Vec<f64> {
        t.iter()
            .zip(&keep)
            .map(|(t, k)| if *k { *t } else { f64::NAN })
            .collect()
    };
    let (am, bm) = (mask(a_reps), mask(b_reps));
    let (ca, cb) = (
        replicate_centre(a_full, &am, rscales, mse),
        replicate_centre(b_full, &bm, rscales, mse),
    );
    scale
        * am.iter()
            .zip(&bm)
            .zip(rscales)
            .filter(|((x, _), _)| !x.is_nan())
            .map(|((x, y), s)| s * (x - ca) * (y - cb))
            .sum::<f64>()
}

/// Gaussian multiplier draws of an estimate from replicate estimates of any kind: draw b is
/// `θ̂ + Σ_r z_br · √(scale · rscales_r) · (θ_r − θ̄)` with `z[b]` independent standard
/// normals shared by every statistic of the wave (θ̄ as in [`replicate_variance`]; a NaN θ_r
/// adds nothing). Given the replicates, draws of two statistics have mean θ̂ and covariance
/// exactly [`replicate_covariance`] (the variance for one statistic), so percentile intervals
/// over the draws approach θ̂ ± z·SE with R's replicate SE, and statistics built from several
/// estimates keep their replicate covariance — whether the replicates are a bootstrap, a
/// jackknife or BRR (whose replicate estimates cannot be read as draws themselves: a
/// jackknife's spread is about SE/√(R − 1)). Used for a wave's own replicate weights.
pub fn replicate_draws(
    theta_full: f64,
    theta_reps: &[f64],
    scale: f64,
    rscales: &[f64],
    mse: bool,
    z: &[Vec<f64>],
) -> Vec<f64> {
    let centre = replicate_centre(theta_full, theta_reps, rscales, mse);
    let dev: Vec<f64> = theta_reps
        .iter()
        .zip(rscales)
        .map(|(t, s)| {
            if t.is_nan() {
                0.0
            } else {
                (scale * s).sqrt() * (t - centre)
            }
        })
        .collect();
    z.iter()
        .map(|zb| theta_full + zb.iter().zip(&dev).map(|(z, d)| z * d).sum::<f64>())
        .collect()
}

/// `draws` × `replicates` multipliers for [`replicate_draws`], from the stream
/// `Rng::derive(seed, name)` (deterministic for a seed and name): independent standard
/// normals, each draw's row divided by √(χ²_df/df) of its own (a χ² as the sum of `df`
/// squared normals), so that the draws of every statistic are Student-t with the replicate
/// design's df and those of several statistics jointly multivariate t. Percentile intervals
/// over the draws then approach θ̂ ± t_{df,0.975}·SE, as the t interval of an estimate with
/// the same replicates. `df = 0` leaves them normal.
pub fn t_multipliers(seed: u64, name: &str, draws: usize, replicates: usize, df: usize) -> Vec<Vec<f64>> {
    let mut rng = Rng::derive(seed, name);
    (0..draws)
        .map(|_| {
            let mut z: Vec<f64> = (0..replicates).map(|_| rng.normal()).collect();
            if df > 0 {
                let chi2: f64 = (0..df).map(|_| rng.normal().powi(2)).sum();
                let s = (df as f64 / chi2).sqrt();
                z.iter_mut().for_each(|x| *x *= s);
            }
            z
        })
        .collect()
}

/// Weighted mean Σwy/Σw over the respondents in `domain` (all when `None`) with a finite
/// value, under one set of (replicate or full-sample) analysis weights. NaN when that total
/// weight is 0 (a domain that a replicate leaves empty), `None` on a length mismatch or when
/// no respondent has a value.
pub fn weighted_mean(y: &[Option<f64>], domain: Option<&[bool]>, weights: &[f64]) -> Option<f64> {
    if y.len() != weights.len() || domain.is_some_and(|d| d.len() != y.len()) {
        return None;
    }
    let (mut sw, mut swy, mut n) = (0.0, 0.0, 0usize);
    for (i, (yi, &w)) in y.iter().zip(weights).enumerate() {
        if domain.is_some_and(|d| !d[i]) {
            continue;
        }
        if let Some(v) = yi.filter(|v| v.is_finite()) {
            n += 1;
            sw += w;
            swy += w * v;
        }
    }
    if n == 0 {
        return None;
    }
    Some(if sw == 0.0 { f64::NAN } else { swy / sw })
}

/// Weighted mean of `y` (over `domain`, missing values left out) and its replicate standard
/// error, as R `svymean(~y, rep_design, na.rm = TRUE)` (or `svyby` for a domain) on a
/// replicate design with analysis weights `weights` and replicate weights `reps`:
/// (estimate, √[`replicate_variance`]). `None` as [`weighted_mean`] for the full sample or a
/// replicate.
pub fn replicate_mean_se(
    y: &[Option<f64>],
    domain: Option<&[bool]>,
    weights: &[f64],
    reps: &[Vec<f64>],
    scale: f64,
    rscales: &[f64],
    mse: bool,
) -> Option<(f64, f64)> {
    let full = weighted_mean(y, domain, weights)?;
    let thetas = reps
        .iter()
        .map(|w| weighted_mean(y, domain, w))
        .collect::<Option<Vec<f64>>>()?;
    let var = replicate_variance(full, &thetas, scale, rscales, mse);
    Some((full, var.max(0.0).sqrt()))
}

/// Replicate SE of the difference of two domain means computed on the same replicates (R
/// `svycontrast(svyby(~y, ~g, rep_design, svymean, covmat = TRUE), c(-1, 1))`): the variance
/// of `a − b` over the replicates, by [`replicate_variance`]. `None` as [`weighted_mean`].
#[allow(clippy::too_many_arguments)]
pub fn replicate_difference_se(
    y: &[Option<f64>],
    a: &[bool],
    b: &[bool],
    weights: &[f64],
    reps: &[Vec<f64>],
    scale: f64,
    rscales: &[f64],
    mse: bool,
) -> Option<f64> {
    let full = weighted_mean(y, Some(a), weights)? - weighted_mean(y, Some(b), weights)?;
    let thetas = reps
        .iter()
        .map(|w| Some(weighted_mean(y, Some(a), w)? - weighted_mean(y, Some(b), w)?))
        .collect::<Option<Vec<f64>>>()?;
    Some(replicate_variance(full, &thetas, scale, rscales, mse).max(0.0).sqrt())
}

/// Relative tolerance of [`replicate_rank`], R's `qr(..., tol = 1e-5)` in `degf()`.
const RANK_TOL: f64 = 1e-5;

/// The rank of the replicate analysis weights of the respondents `keep` selects (rows) — R
/// `qr(weights(design, "analysis")[keep, ], tol = 1e-5)$rank`, whose value minus 1 is
/// `degf()` of a replicate design (R subsets the design to a domain, and to the respondents
/// with a value under `na.rm = TRUE`, before it asks). As LINPACK's `dqrdc2` behind R's
/// `qr`, columns are taken left to right and one is left out when its part orthogonal to
/// the columns already taken is shorter than 1e-5 of its own length.
///
/// Computed on the replicates' cross-product matrix: respondents whose rows of replicate
/// weights are proportional (those of one PSU, in any replicate scheme) are summed as one
/// row first, so the cost is that of the distinct rows, not of the respondents.
#[allow(clippy::needless_range_loop)] // the Gram matrix is indexed by (column, column)
pub fn replicate_rank(reps: &[Vec<f64>], keep: impl Fn(usize) -> bool) -> usize {
    let r = reps.len();
    let Some(n) = reps.first().map(Vec::len) else { return 0 };
    let mut rows: std::collections::HashMap<Vec<u64>, (Vec<f64>, f64)> = std::collections::HashMap::new();
    for i in (0..n).filter(|&i| keep(i)) {
        let v: Vec<f64> = reps.iter().map(|w| w[i]).collect();
        let s = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        if s == 0.0 || !s.is_finite() {
            continue;
        }
        let u: Vec<f64> = v.iter().map(|x| x / s).collect();
        let key = u.iter().map(|x| x.to_bits()).collect();
        rows.entry(key).or_insert_with(|| (u, 0.0)).1 += s * s;
    }
    // Sorted so that the sum does not depend on the hash order (it is a rank, but the
    // rounding near the tolerance should not vary from run to run).
    let mut rows: Vec<(Vec<f64>, f64)> = rows.into_values().collect();
    rows.sort_by(|a, b| {
        a.0.iter()
            .zip(&b.0)
            .map(|(x, y)| x.total_cmp(y))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut gram = vec![vec![0.0f64; r]; r];
    for (u, m) in &rows {
        for j in 0..r {
            let mu = m * u[j];
            for k in j..r {
                gram[j][k] += mu * u[k];
            }
        }
    }
    // In-order Cholesky of the Gram matrix of the columns taken so far.
    let mut taken: Vec<(usize, Vec<f64>)> = Vec::new();
    for j in 0..r {
        let own = gram[j][j];
        if own <= 0.0 {
            continue;
        }
        let mut b = Vec::with_capacity(taken.len() + 1);
        for (idx, (c, l)) in taken.iter().enumerate() {
            // Columns are taken left to right: c < j, in the upper triangle.
            let g = gram[*c][j];
            let s: f64 = (0..idx).map(|m| l[m] * b[m]).sum();
            b.push((g - s) / l[idx]);
        }
        let resid = own - b.iter().map(|x| x * x).sum::<f64>();
        if resid > RANK_TOL * RANK_TOL * own {
            b.push(resid.sqrt());
            taken.push((j, b));
        }
    }
    taken.len()
}

// Reference numbers are kept exactly as R printed them (sprintf("%.17g")).
#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::survey::domain_mean;
    use crate::stats::testdata::{col, csv, num};

    /// Replicate weights stored as columns `first..` of the CSV, one Vec per replicate.
    fn reps_from(rows: &[Vec<Option<f64>>], first: usize) -> Vec<Vec<f64>> {
        (first..rows[0].len()).map(|k| num(rows, k)).collect()
    }

    fn near(got: f64, want: f64, tol: f64) {
        assert!((got - want).abs() <= tol, "got {got:.15} want {want:.15}");
    }

    // Reference numbers: tests/reference/replicates_reference.R, R 4.2.2 + survey 4.1-1,
    // printed with sprintf("%.17g"). R's default options(survey.replicates.mse) is FALSE.

    #[test]
    fn jk1_weights_from_r_reproduce_its_se() {
        // rep_jk1_clus1.csv: weights(as.svrepdesign(dclus1, type = "JK1"), "analysis"),
        // dclus1 <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1).
        let rows = csv(include_str!("../../tests/reference/rep_jk1_clus1.csv"));
        assert_eq!(rows.len(), 183);
        let (y, pw, reps) = (col(&rows, 0), num(&rows, 1), reps_from(&rows, 2));
        assert_eq!(reps.len(), 15);
        // jk1$scale = 0.93333333333333335, rscales all 1; svrepdesign(type = "JK1",
        // combined.weights = TRUE) guesses the same scale from ncol = 15.
        let (scale, rscales) = replicate_scales(ReplicateType::Jk1, 15).expect("scales");
        assert_eq!(scale, 0.93333333333333335);
        assert!(rscales.iter().all(|&s| s == 1.0));
        // svymean(~api00, jk1) = 644.16939890710387, SE 26.594161357710597
        let (m, se) = replicate_mean_se(&y, None, &pw, &reps, scale, &rscales, false).expect("mean");
        near(m, 644.16939890710387, 1e-10);
        near(se, 26.594161357710597, 1e-10);
        // as.svrepdesign(dclus1, type = "JK1", mse = TRUE): SE 26.59971372209883
        let (_, se) = replicate_mean_se(&y, None, &pw, &reps, scale, &rscales, true).expect("mean");
        near(se, 26.59971372209883, 1e-10);
        // svyby(~api00, ~stype, jk1, svymean): E, H, M (api_clus1.csv codes stype 0, 1, 2)
        let clus = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let stype: Vec<u32> = clus.iter().map(|r| r[3].expect("stype") as u32).collect();
        let want = [
            (648.86805555555554, 25.629499080217311),
            (618.57142857142856, 46.810215822828404),
            (631.44000000000005, 34.026424567149519),
        ];
        for (k, (est, sd)) in want.into_iter().enumerate() {
            let dom: Vec<bool> = stype.iter().map(|&s| s == k as u32).collect();
            let (m, se) = replicate_mean_se(&y, Some(&dom), &pw, &reps, scale, &rscales, false).expect("domain");
            near(m, est, 1e-10);
            near(se, sd, 1e-10);
        }
    }

    #[test]
    fn jkn_weights_from_r_reproduce_its_se() {
        // rep_jkn_hw.csv: weights(as.svrepdesign(hd2, type = "JKn"), "analysis") for the
        // hand-written design hw without its single-PSU stratum 3 (strata 1, 2, 4 with 3, 4
        // and 2 PSUs); y has missing values.
        let rows = csv(include_str!("../../tests/reference/rep_jkn_hw.csv"));
        assert_eq!(rows.len(), 18);
        let (y, w, reps) = (col(&rows, 0), num(&rows, 1), reps_from(&rows, 2));
        // jkn$scale = 1; jkn$rscales = 2/3 ×3, 0.75 ×4, 0.5 ×2
        let (scale, rscales) = jkn_scales(&[3, 3, 3, 4, 4, 4, 4, 2, 2]);
        assert_eq!(scale, 1.0);
        let want = [
            0.66666666666666663,
            0.66666666666666663,
            0.66666666666666663,
            0.75,
            0.75,
            0.75,
            0.75,
            0.5,
            0.5,
        ];
        assert_eq!(rscales, want);
        assert!(replicate_scales(ReplicateType::Jkn, 9).is_none());
        // svymean(~y, jkn, na.rm = TRUE) = 2.9375, SE 0.33311694923989338
        let (m, se) = replicate_mean_se(&y, None, &w, &reps, scale, &rscales, false).expect("mean");
        near(m, 2.9375, 1e-12);
        near(se, 0.33311694923989338, 1e-12);
    }

    #[test]
    fn brr_help_page_example() {
        // rep_brr_scd.csv: data(scd) with the replicate weights of the svrepdesign help page,
        // svrepdesign(data = scd, type = "BRR", repweights = 2 * cbind(c(1,0,1,0,1,0),
        // c(1,0,0,1,0,1), c(0,1,1,0,0,1), c(0,1,0,1,1,0)), combined.weights = FALSE):
        // scale 0.25, rscales 1; svymean(~alive) = 46.333333333333336, SE 3.582364210034112;
        // svymean(~arrests) = 301.83333333333331, SE 25.39302178858506.
        let rows = csv(include_str!("../../tests/reference/rep_brr_scd.csv"));
        let reps = reps_from(&rows, 2);
        let ones = vec![1.0; rows.len()];
        let (scale, rscales) = replicate_scales(ReplicateType::Brr, reps.len()).expect("scales");
        assert_eq!(scale, 0.25);
        let (m, se) = replicate_mean_se(&col(&rows, 0), None, &ones, &reps, scale, &rscales, false).expect("alive");
        near(m, 46.333333333333336, 1e-12);
        near(se, 3.582364210034112, 1e-12);
        let (m, se) = replicate_mean_se(&col(&rows, 1), None, &ones, &reps, scale, &rscales, false).expect("arrests");
        near(m, 301.83333333333331, 1e-10);
        near(se, 25.39302178858506, 1e-10);
    }

    #[test]
    fn covariance_and_gaussian_draws_reproduce_r_vcov_of_jk1_weights() {
        // user_rep_jk1.csv (tests/reference/user_replicates_reference.R, R 4.2.2 + survey
        // 4.1-1): apiclus1 with the 15 JK1 analysis weights of as.svrepdesign(dclus1, "JK1")
        // in columns 7.., read back as user weights: svrepdesign(data = apiclus1, repweights
        // = rw, weights = ~pw, type = "JK1", combined.weights = TRUE, scale = 14/15);
        // vcov(svymean(~api00 + sw, u1)), sw = (sch.wide == "Yes"):
        // (api00, api00) 707.24941831994738, (api00, sw) 0.16683983110987705,
        // (sw, sw) 0.00043109183229248302.
        let text = include_str!("../../tests/reference/user_rep_jk1.csv");
        let rows = csv(text);
        let yes: Vec<Option<f64>> = text
            .lines()
            .skip(1)
            .map(|l| Some(if l.split(',').nth(6) == Some("Yes") { 1.0 } else { 0.0 }))
            .collect();
        let (pw, api, reps) = (num(&rows, 2), col(&rows, 4), reps_from(&rows, 7));
        assert_eq!(reps.len(), 15);
        let (scale, rscales) = replicate_scales(ReplicateType::Jk1, 15).expect("scales");
        let est = |y: &[Option<f64>]| -> (f64, Vec<f64>) {
            (
                weighted_mean(y, None, &pw).expect("full"),
                reps.iter().map(|w| weighted_mean(y, None, w).expect("rep")).collect(),
            )
        };
        let (a, b) = (est(&api), est(&yes));
        let cov = |x: &(f64, Vec<f64>), y: &(f64, Vec<f64>)| {
            replicate_covariance((x.0, &x.1), (y.0, &y.1), scale, &rscales, false)
        };
        near(cov(&a, &a), 707.24941831994738, 1e-9);
        near(cov(&a, &b), 0.16683983110987705, 1e-13);
        near(cov(&b, &b), 0.00043109183229248302, 1e-15);
        near(cov(&a, &a), replicate_variance(a.0, &a.1, scale, &rscales, false), 1e-9);
        // Draws with shared multipliers: sample moments over 20,000 draws within Monte Carlo
        // error of the replicate (co)variances. The sample variance's relative SD is
        // √(2/N) = 1%; the correlation's SD (1 − ρ²)/√N ≤ 0.007: 4 SD allowed.
        let z = t_multipliers(1, "test", 20_000, 15, 0);
        let (da, db) = (
            replicate_draws(a.0, &a.1, scale, &rscales, false, &z),
            replicate_draws(b.0, &b.1, scale, &rscales, false, &z),
        );
        let n = da.len() as f64;
        let (ma, mb) = (da.iter().sum::<f64>() / n, db.iter().sum::<f64>() / n);
        let va = da.iter().map(|x| (x - ma).powi(2)).sum::<f64>() / (n - 1.0);
        let vb = db.iter().map(|x| (x - mb).powi(2)).sum::<f64>() / (n - 1.0);
        let cab = da.iter().zip(&db).map(|(x, y)| (x - ma) * (y - mb)).sum::<f64>() / (n - 1.0);
        assert!((va / 707.24941831994738 - 1.0).abs() < 0.04, "{va}");
        assert!((vb / 0.00043109183229248302 - 1.0).abs() < 0.04, "{vb}");
        let rho_r = 0.16683983110987705 / (707.24941831994738f64 * 0.00043109183229248302).sqrt();
        assert!((cab / (va * vb).sqrt() - rho_r).abs() < 0.03, "{cab} vs ρ {rho_r}");
        // The draws centre on the full-sample estimate (SE/√N = 0.19 for api00: 4 SD).
        assert!((ma - 644.16939890710387).abs() < 0.76, "{ma}");
        // Deterministic for a seed and name.
        assert_eq!(z, t_multipliers(1, "test", 20_000, 15, 0));
        assert_ne!(z[0], t_multipliers(2, "test", 1, 15, 0)[0]);
        // Student-t multipliers on the JK1 design's 14 df: the standardised draws' 97.5th
        // percentile is t_{14,0.975} = 2.144786687917804 (scipy 1.17.1 stats.t.ppf), with Monte
        // Carlo SD √(0.025·0.975/20000)/f_t14(2.1448) = 0.0237 (4 SD allowed; the normal's
        // 1.96 is 7.8 SD away); their variance is 14/12 of the replicate variance (2% SD).
        let zt = t_multipliers(1, "test", 20_000, 15, 14);
        let dt = replicate_draws(a.0, &a.1, scale, &rscales, false, &zt);
        let se = 707.24941831994738f64.sqrt();
        let mut std: Vec<f64> = dt.iter().map(|x| (x - a.0) / se).collect();
        std.sort_by(f64::total_cmp);
        let q975 = crate::stats::descriptive::quantile(&std, 0.975).expect("q");
        assert!((q975 - 2.144786687917804).abs() < 4.0 * 0.0237, "{q975}");
        let vt = std.iter().map(|x| x * x).sum::<f64>() / std.len() as f64;
        assert!((vt / (14.0 / 12.0) - 1.0).abs() < 0.08, "{vt}");
    }

    #[test]
    fn replicate_variance_conventions() {
        // svrVar by hand: thetas (1, 2, 4), scale 0.5, rscales (1, 1, 0) → centre mean of
        // the first two = 1.5; 0.5·(0.25 + 0.25 + 0) = 0.25. With mse, centre 2:
        // 0.5·(1 + 0 + 0) = 0.5. A NaN replicate is dropped with its rscales.
        assert_eq!(
            replicate_variance(2.0, &[1.0, 2.0, 4.0], 0.5, &[1.0, 1.0, 0.0], false),
            0.25
        );
        assert_eq!(
            replicate_variance(2.0, &[1.0, 2.0, 4.0], 0.5, &[1.0, 1.0, 0.0], true),
            0.5
        );
        assert_eq!(
            replicate_variance(2.0, &[1.0, f64::NAN, 2.0], 0.5, &[1.0, 1.0, 1.0], false),
            0.25
        );
        assert!(replicate_variance(2.0, &[1.0], 0.5, &[1.0, 1.0], false).is_nan());
        assert!(replicate_variance(2.0, &[f64::NAN], 0.5, &[1.0], false).is_nan());
        // Defaults of svrepdesign: bootstrap 1/(R−1), BRR 1/R, JK1 (R−1)/R.
        assert_eq!(replicate_scales(ReplicateType::Bootstrap, 5).expect("b").0, 0.25);
        assert_eq!(subbootstrap_scales(2000).0, 1.0 / 1999.0);
        // as.svrepdesign(dclus1, "subbootstrap", replicates = 2000)$scale = 0.00050025012506253123
        assert_eq!(subbootstrap_scales(2000).0, 0.00050025012506253123);
        assert!(replicate_scales(ReplicateType::SubBootstrap, 1).is_none());
    }

    /// Relative Monte Carlo standard deviation of a replicate SE from R replicates whose
    /// estimates are `thetas`: var̂ = Σ(θ_r − θ̄)²/(R − 1) has relative SD √((κ − 1)/R), κ the
    /// kurtosis m4/m2² of the θ_r (delta method; κ = 3 for normal θ gives √(2/R)), and the SE
    /// = √var̂ half of that.
    fn mc_rel_sd_of_se(thetas: &[f64]) -> f64 {
        let r = thetas.len() as f64;
        let mean = thetas.iter().sum::<f64>() / r;
        let m2 = thetas.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / r;
        let m4 = thetas.iter().map(|t| (t - mean).powi(4)).sum::<f64>() / r;
        ((m4 / (m2 * m2) - 1.0) / r).sqrt() / 2.0
    }

    /// Compares the subbootstrap SE of the mean of api00 with R's (one run of 2,000 R
    /// replicates) and with the linearised SE.
    fn check_subbootstrap(design: &Design, y: &[Option<f64>], seed: u64, r_se: f64, lin_se: f64, bias: f64) {
        let r = 2000;
        let reps = rao_wu_bootstrap(design, r, seed);
        let (scale, rscales) = subbootstrap_scales(r);
        let (_, se) = replicate_mean_se(y, None, design.weight, &reps, scale, &rscales, false).expect("se");
        let thetas: Vec<f64> = reps.iter().map(|w| weighted_mean(y, None, w).expect("m")).collect();
        let rel = mc_rel_sd_of_se(&thetas);
        // R = 2000 with near-normal replicate means: rel ≈ 1/√(2R) = 0.0158. R's own SE over
        // 20 seeds (replicates_reference.R) had sd/mean 0.0142 (apiclus1), 0.0149 (apistrat).
        assert!(rel > 0.010 && rel < 0.025, "MC rel sd {rel}");
        // Ours and R's are independent runs: their difference has relative SD √2·rel; allow 4 SD.
        let tol_r = 4.0 * std::f64::consts::SQRT_2 * rel;
        assert!((se / r_se - 1.0).abs() < tol_r, "ours {se} vs R {r_se} (tol {tol_r})");
        // Against the linearised SE: our MC error (4 SD) plus the bias of the bootstrap SE of
        // a ratio mean relative to linearisation (`bias`, measured in R, see below).
        let tol_lin = 4.0 * rel + bias;
        assert!(
            (se / lin_se - 1.0).abs() < tol_lin,
            "ours {se} vs linearised {lin_se} (tol {tol_lin})"
        );
    }

    #[test]
    fn subbootstrap_agrees_with_r_and_linearisation_apiclus1() {
        let rows = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let psu: Vec<u32> = rows.iter().map(|r| r[0].expect("dnum") as u32).collect();
        let (w, y) = (num(&rows, 1), col(&rows, 2));
        let d = Design {
            weight: &w,
            strata: None,
            psu: Some(&psu),
        };
        // R: set.seed(20240607); svymean(~api00, as.svrepdesign(dclus1, type =
        // "subbootstrap", replicates = 2000)): SE 23.260794697101836. Linearised:
        // SE(svymean(~api00, dclus1)) = 23.779010720886877. Over seeds 1..20 R's SE averages
        // 23.5907 (sd 0.3356): the bootstrap SE of this ratio mean with 15 PSUs sits ≈ 0.8 %
        // below the linearised one, so 1.5 % bias is allowed in the comparison.
        let lin = domain_mean(&d, &y, None).expect("lin").se;
        near(lin, 23.779010720886877, 1e-9);
        check_subbootstrap(
            &d,
            &y,
            replicate_seed(2024, "api/clus1"),
            23.260794697101836,
            lin,
            0.015,
        );
    }

    #[test]
    fn lonely_psus_are_resampled_in_a_pseudo_stratum() {
        // tests/reference/lonely_psu_reference.R (R 4.2.2, survey 4.1-1): apiclus1's 15
        // districts in strata by sorted district number, the first three alone (lonely), the
        // other twelve in three strata of four. R: linearised SE with lonely.psu = "adjust"
        // 22.870573601492165, with "certainty" (lonely strata add nothing — what the bootstrap
        // gave before the pseudo-stratum) 21.79228926188949; the collapsed design (the three
        // lonely PSUs in one stratum): linearised 22.998556900749154, and its subbootstrap SE
        // (2000 replicates) over R's seeds 1..20 has mean 23.600847242368026, sd
        // 0.421667925130983. The mean of cohesion's SE over 5 seeds has sd 0.4217/√5 = 0.189:
        // 4 sd = 0.75 allowed, which leaves "certainty" 5 sd away.
        let rows = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let dnum: Vec<u32> = rows.iter().map(|r| r[0].expect("dnum") as u32).collect();
        let mut districts = dnum.clone();
        districts.sort_unstable();
        districts.dedup();
        assert_eq!(districts.len(), 15);
        let strata: Vec<u32> = dnum
            .iter()
            .map(|d| {
                let k = districts.binary_search(d).expect("district") as u32;
                if k < 3 { k } else { 3 + (k - 3) / 4 }
            })
            .collect();
        let (w, y) = (num(&rows, 1), col(&rows, 2));
        let d = Design {
            weight: &w,
            strata: Some(&strata),
            psu: Some(&dnum),
        };
        near(domain_mean(&d, &y, None).expect("lin").se, 22.870573601492165, 1e-9);
        let (scale, rscales) = subbootstrap_scales(2000);
        let mean_se = (1..=5)
            .map(|s| {
                let reps = rao_wu_bootstrap(&d, 2000, replicate_seed(s, "lonely"));
                replicate_mean_se(&y, None, &w, &reps, scale, &rscales, false)
                    .expect("se")
                    .1
            })
            .sum::<f64>()
            / 5.0;
        assert!((mean_se - 23.600847242368026).abs() < 0.75, "{mean_se}");
        // The three lonely districts now move: within one replicate their factors are k·3/2
        // with k draws of 2 (sum 3).
        let f = rao_wu_factors(&d, 1, 7).remove(0);
        let lonely: Vec<f64> = districts[..3]
            .iter()
            .map(|x| f[dnum.iter().position(|d| d == x).expect("row")])
            .collect();
        assert_eq!(lonely.iter().sum::<f64>(), 3.0, "{lonely:?}");
        // A lone single-PSU stratum joins the smallest other stratum.
        let mut s = vec![vec![0, 1, 2], vec![3], vec![4, 5]];
        collapse_lonely(&mut s);
        assert_eq!(s, vec![vec![0, 1, 2], vec![4, 5, 3]]);
        let mut s = vec![vec![0], vec![1, 2], vec![3]];
        collapse_lonely(&mut s);
        assert_eq!(s, vec![vec![1, 2], vec![0, 3]]);
    }

    #[test]
    fn subbootstrap_agrees_with_r_and_linearisation_apistrat() {
        let rows = csv(include_str!("../../tests/reference/api_strat.csv"));
        let strata: Vec<u32> = rows.iter().map(|r| r[0].expect("stype") as u32).collect();
        let (w, y) = (num(&rows, 1), col(&rows, 2));
        let d = Design {
            weight: &w,
            strata: Some(&strata),
            psu: None,
        };
        // R: set.seed(20240608); svymean(~api00, as.svrepdesign(dstrat, type =
        // "subbootstrap", replicates = 2000)): SE 9.5697965840348562; linearised
        // 9.5361322969251585; R over seeds 1..20: mean 9.5442 (sd 0.1422), no visible bias
        // (n_h = 100, 50, 50), 0.5 % allowed.
        let lin = domain_mean(&d, &y, None).expect("lin").se;
        near(lin, 9.5361322969251585, 1e-9);
        check_subbootstrap(
            &d,
            &y,
            replicate_seed(2024, "api/strat"),
            9.5697965840348562,
            lin,
            0.005,
        );
    }

    #[test]
    fn subbootstrap_structure_and_determinism() {
        // Hand-written design: stratum 0 has PSUs 1, 2, 3 (rows 0–4), stratum 1 has PSUs 1, 2
        // (rows 5–7; PSU codes nested in strata), stratum 2 a single PSU (row 8).
        let strata = [0, 0, 0, 0, 0, 1, 1, 1, 2];
        let psu = [1, 1, 2, 3, 3, 1, 2, 2, 1];
        let w = [1.0, 2.0, 1.5, 0.5, 1.0, 3.0, 2.0, 2.0, 4.0];
        let d = Design {
            weight: &w,
            strata: Some(&strata),
            psu: Some(&psu),
        };
        let a = rao_wu_bootstrap(&d, 500, 7);
        assert_eq!(a, rao_wu_bootstrap(&d, 500, 7));
        assert_ne!(a, rao_wu_bootstrap(&d, 500, 8));
        assert_eq!(a.len(), 500);
        let mut mean_factor = [0.0; 9];
        for rw in &a {
            let f: Vec<f64> = rw.iter().zip(&w).map(|(r, w)| r / w).collect();
            // Rows of one PSU share its factor.
            assert_eq!(f[0], f[1]);
            assert_eq!(f[3], f[4]);
            assert_eq!(f[6], f[7]);
            // Stratum 0 (n = 3): 2 draws, factors k·3/2 summing to 3 — R's colSums of the
            // factors are n_h as well. Stratum 2's lone PSU joins the smallest other stratum,
            // stratum 1 (n = 2 → 3), resampled alike.
            let s0 = [f[0], f[2], f[3]];
            assert!(s0.iter().all(|x| [0.0, 1.5, 3.0].contains(x)), "{s0:?}");
            assert_eq!(s0.iter().sum::<f64>(), 3.0);
            let s1 = [f[5], f[6], f[8]];
            assert!(s1.iter().all(|x| [0.0, 1.5, 3.0].contains(x)), "{s1:?}");
            assert_eq!(s1.iter().sum::<f64>(), 3.0);
            for (m, x) in mean_factor.iter_mut().zip(&f) {
                *m += x / 500.0;
            }
        }
        // E[factor] = 1 for every PSU: factor = k·n/(n−1) with k ~ Binomial(n − 1, 1/n), so
        // var(factor) = n²/(n−1)² · (n−1)(1/n)(1 − 1/n) = 1 for every n. The mean over 500
        // replicates has SD 1/√500 = 0.045; 4 SD = 0.18.
        for m in mean_factor {
            assert!((m - 1.0).abs() < 0.18, "{mean_factor:?}");
        }
        // Without design columns: one stratum, every respondent its own PSU (n = 9, 8 draws).
        let plain = Design {
            weight: &w,
            strata: None,
            psu: None,
        };
        for rw in rao_wu_bootstrap(&plain, 50, 1) {
            let sum: f64 = rw.iter().zip(&w).map(|(r, w)| r / w).sum();
            assert!((sum - 9.0).abs() < 1e-12);
        }
        assert!(rao_wu_bootstrap(&plain, 0, 1).is_empty());
        // Seeds per wave: reproducible, distinct per wave id.
        assert_eq!(replicate_seed(11, "oslo-2023"), replicate_seed(11, "oslo-2023"));
        assert_ne!(replicate_seed(11, "oslo-2023"), replicate_seed(11, "oslo-2024"));
    }

    // Reference numbers: tests/reference/replicate_df_reference.R, R 4.2.2 + survey 4.1-1.
    #[test]
    fn replicate_rank_and_difference_match_r_degf_and_svycontrast() {
        let rows = csv(include_str!("../../tests/reference/rep_jk1_clus1.csv"));
        let (y, pw, reps) = (col(&rows, 0), num(&rows, 1), reps_from(&rows, 2));
        let clus = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let stype: Vec<u32> = clus.iter().map(|r| r[3].expect("stype") as u32).collect();
        // degf(u1) = 14; degf(subset(u1, stype == "E" / "H" / "M")) = 14, 7, 11.
        assert_eq!(replicate_rank(&reps, |_| true), 15);
        let dom = |k: u32| -> Vec<bool> { stype.iter().map(|s| *s == k).collect() };
        let (e, h, m) = (dom(0), dom(1), dom(2));
        assert_eq!(replicate_rank(&reps, |i| e[i]), 15);
        assert_eq!(replicate_rank(&reps, |i| h[i]), 8);
        assert_eq!(replicate_rank(&reps, |i| m[i]), 12);
        // svycontrast(svyby(~api00, ~stype, u1, svymean, covmat = TRUE), c(-1, 1, 0)):
        // -30.296626984126988, SE 37.985743580334699; c(-1, 0, 1): SE 15.053424215038724.
        let (scale, rscales) = replicate_scales(ReplicateType::Jk1, 15).expect("scales");
        let se = replicate_difference_se(&y, &h, &e, &pw, &reps, scale, &rscales, false).expect("se");
        near(se, 37.985743580334699, 1e-9);
        let se = replicate_difference_se(&y, &m, &e, &pw, &reps, scale, &rscales, false).expect("se");
        near(se, 15.053424215038724, 1e-9);
        // Rank-deficient: columns rw1, rw2, rw1 + rw2, 2 rw1, rw3 → qr(..., tol = 1e-5)$rank 3;
        // rw1 + 1e-7 rw4 as the fifth column → 2 (within tol), rw1 + 1e-3 rw4 → 3.
        let comb = |a: &[f64], b: &[f64], x: f64| -> Vec<f64> { a.iter().zip(b).map(|(a, b)| a + x * b).collect() };
        let base = [
            reps[0].clone(),
            reps[1].clone(),
            comb(&reps[0], &reps[1], 1.0),
            comb(&reps[0], &reps[0], 1.0),
        ];
        let with = |c: Vec<f64>| -> Vec<Vec<f64>> { base.iter().cloned().chain([c]).collect() };
        assert_eq!(replicate_rank(&with(reps[2].clone()), |_| true), 3);
        assert_eq!(replicate_rank(&with(comb(&reps[0], &reps[3], 1e-7)), |_| true), 2);
        assert_eq!(replicate_rank(&with(comb(&reps[0], &reps[3], 1e-3)), |_| true), 3);
        assert_eq!(replicate_rank(&[], |_| true), 0);
    }
}
