//! Paired and k-sample non-parametric tests for pre/post activity evaluations (docs/METHODS.md):
//! Wilcoxon signed-rank with the matched-pairs rank-biserial r (zeros counted, see
//! [`Wilcoxon::r_rank_biserial`]), exact McNemar,
//! Kruskal–Wallis, Cohen's d_z, and the shared average-rank helper.
//!
//! References (numbers in `tests/reference/scipy_reference.py`):
//! - `scipy.stats.wilcoxon(d)` defaults of scipy 1.17.1 (zero_method="wilcox",
//!   correction=False, method="auto");
//! - `statsmodels.stats.contingency_tables.mcnemar(table, exact=True)` of statsmodels 0.15.0;
//! - `scipy.stats.kruskal` of scipy 1.17.1 (tie-corrected H, chi-square p).
//!
//! scipy 1.17.1's `method="auto"` rule, reproduced by [`wilcoxon_signed_rank`], with n the
//! number of differences *including zeros*:
//! 1. n > 50 → normal approximation;
//! 2. otherwise, no zeros and no tied |d| → exact null distribution of T+;
//! 3. otherwise (zeros or ties), n ≤ 13 → exact permutation test over all sign flips
//!    (scipy's `PermutationMethod`, exhaustive because 2ⁿ ≤ 9999 resamples);
//! 4. otherwise → normal approximation.
//!
//! The normal approximation drops zeros (Wilcoxon's method), uses the tie-corrected variance
//! n'(n'+1)(2n'+1)/24 − Σ(t³−t)/48 over the n' non-zero differences and no continuity
//! correction.

use statrs::distribution::{Binomial, ChiSquared, ContinuousCDF, DiscreteCDF};

use super::normal_two_sided_p;

/// Ranks of `x` (1-based) with ties given the average of the ranks they span
/// (scipy `rankdata(method="average")`, R `rank(ties.method="average")`). Values are
/// ordered by `f64::total_cmp`, so NaN ranks last; callers should pass finite values.
pub fn average_ranks(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
    let mut ranks = vec![0.0; n];
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        while j < n && x[order[j]] == x[order[i]] {
            j += 1;
        }
        // Positions i..j (0-based) share ranks i+1..=j; their average is (i + 1 + j) / 2.
        let r = (i + 1 + j) as f64 / 2.0;
        for &k in &order[i..j] {
            ranks[k] = r;
        }
        i = j;
    }
    ranks
}

/// Sizes of the groups of exactly equal values in `x` (only groups of size > 1).
fn tie_sizes(x: &[f64]) -> Vec<f64> {
    let mut s = x.to_vec();
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

/// How the Wilcoxon p-value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WilcoxonMethod {
    /// Exact null distribution of T+ (no zeros, no ties, n ≤ 50).
    Exact,
    /// Exhaustive sign-flip permutation test (zeros or ties, n ≤ 13).
    Permutation,
    /// Normal approximation with tie-corrected variance, no continuity correction.
    Normal,
}

impl WilcoxonMethod {
    /// Lower-case name for storage and reports: "exact", "permutation" or "normal".
    pub fn as_str(self) -> &'static str {
        match self {
            WilcoxonMethod::Exact => "exact",
            WilcoxonMethod::Permutation => "permutation",
            WilcoxonMethod::Normal => "normal",
        }
    }
}

/// Result of the Wilcoxon signed-rank test on paired differences.
#[derive(Debug, Clone, PartialEq)]
pub struct Wilcoxon {
    /// Two-sided statistic as scipy reports it: min(T+, T−).
    pub statistic: f64,
    /// Sum of the ranks of |d| over positive differences.
    pub t_plus: f64,
    /// Sum of the ranks of |d| over negative differences.
    pub t_minus: f64,
    /// Number of non-zero differences used in the ranks.
    pub n: usize,
    /// Number of zero differences dropped.
    pub n_zero: usize,
    /// Two-sided p-value.
    pub p_value: f64,
    /// Signed normal statistic (T+ − n(n+1)/4)/σ, only for [`WilcoxonMethod::Normal`];
    /// positive when positive differences dominate (scipy reports −|z| instead).
    pub z: Option<f64>,
    /// Which null distribution gave `p_value`.
    pub method: WilcoxonMethod,
    /// Matched-pairs rank-biserial correlation with zero differences counted:
    /// r = (T⁺₀ − T⁻₀) / (N(N+1)/2), where N counts *all* differences, zeros included, and
    /// T⁺₀, T⁻₀ are the sums of the ranks of |d| over the positive and negative differences
    /// when the zeros are ranked with the others (Pratt 1959, "Remarks on zeros and ties in
    /// the Wilcoxon signed rank procedures", JASA 54:655–667) — Kerby's simple difference
    /// formula (Kerby 2014, "The simple difference formula: an approach to teaching
    /// nonparametric correlation", Comprehensive Psychology 3:11.IT.3.1) over all N pairs.
    /// The zeros' ranks go to neither side (Pratt) or half to each side (scipy's
    /// `zero_method="zsplit"`), which gives the same r: r = (2·T⁺_zsplit − N(N+1)/2) /
    /// (N(N+1)/2). Dropping zeros (Wilcoxon's handling, used for the p-value) would describe
    /// only the participants who changed and overstate the effect when many did not; here a
    /// sample where most answers stay the same gets an r near 0. Without zeros it is the usual
    /// (T+ − T−)/(T+ + T−).
    pub r_rank_biserial: f64,
}

/// Wilcoxon signed-rank test of paired differences `d` (e.g. post − pre), matching
/// `scipy.stats.wilcoxon(d)` defaults of scipy 1.17.1 (see the module docs for the method
/// rule). Returns `None` when `d` has a non-finite value or no non-zero difference.
pub fn wilcoxon_signed_rank(d: &[f64]) -> Option<Wilcoxon> {
    if d.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let nonzero: Vec<f64> = d.iter().copied().filter(|&v| v != 0.0).collect();
    let n = nonzero.len();
    if n == 0 {
        return None;
    }
    let n_zero = d.len() - n;
    let abs: Vec<f64> = nonzero.iter().map(|v| v.abs()).collect();
    let ranks = average_ranks(&abs);
    let t_plus: f64 = nonzero
        .iter()
        .zip(&ranks)
        .filter(|(v, _)| **v > 0.0)
        .map(|(_, r)| r)
        .sum();
    let t_minus: f64 = nonzero
        .iter()
        .zip(&ranks)
        .filter(|(v, _)| **v < 0.0)
        .map(|(_, r)| r)
        .sum();
    let ties = tie_sizes(&abs);

    let method = if d.len() > 50 {
        WilcoxonMethod::Normal
    } else if ties.is_empty() && n_zero == 0 {
        WilcoxonMethod::Exact
    } else if d.len() <= 13 {
        WilcoxonMethod::Permutation
    } else {
        WilcoxonMethod::Normal
    };

    let (p_value, z) = match method {
        WilcoxonMethod::Normal => {
            let nf = n as f64;
            let mean = nf * (nf + 1.0) * 0.25;
            let tie_correct: f64 = ties.iter().map(|t| t * t * t - t).sum();
            let se = ((nf * (nf + 1.0) * (2.0 * nf + 1.0) - tie_correct / 2.0) / 24.0).sqrt();
            let z = (t_plus - mean) / se;
            (normal_two_sided_p(z), Some(z))
        }
        WilcoxonMethod::Exact => (exact_signed_rank_p(n, t_plus), None),
        WilcoxonMethod::Permutation => (permutation_signed_rank_p(&ranks, t_plus), None),
    };
    let r_rank_biserial = rank_biserial_with_zeros(d);
    Some(Wilcoxon {
        statistic: t_plus.min(t_minus),
        t_plus,
        t_minus,
        n,
        n_zero,
        p_value,
        z,
        method,
        r_rank_biserial,
    })
}

/// The matched-pairs rank-biserial r with zeros counted (Pratt ranks), see
/// [`Wilcoxon::r_rank_biserial`]: (T⁺₀ − T⁻₀)/(N(N+1)/2) over all N differences.
fn rank_biserial_with_zeros(d: &[f64]) -> f64 {
    let abs: Vec<f64> = d.iter().map(|v| v.abs()).collect();
    let ranks = average_ranks(&abs);
    let signed: f64 = d
        .iter()
        .zip(&ranks)
        .map(|(v, r)| r * v.signum() * f64::from(*v != 0.0))
        .sum();
    let n = d.len() as f64;
    signed / (n * (n + 1.0) / 2.0)
}

/// Two-sided exact p of T+ for n untied non-zero differences (n ≤ 50 so counts fit in u64):
/// 2·min(P(T ≥ ⌊t⌋), P(T ≤ ⌈t⌉)), capped at 1, as scipy's `WilcoxonDistribution`.
fn exact_signed_rank_p(n: usize, t_plus: f64) -> f64 {
    let max = n * (n + 1) / 2;
    // counts[k] = number of subsets of {1..n} with rank sum k.
    let mut counts = vec![0u64; max + 1];
    counts[0] = 1;
    for r in 1..=n {
        for k in (r..=max).rev() {
            counts[k] += counts[k - r];
        }
    }
    let total = 2f64.powi(n as i32);
    let lo = t_plus.ceil().clamp(0.0, max as f64) as usize;
    let hi = t_plus.floor().clamp(0.0, max as f64) as usize;
    let cdf = counts[..=lo].iter().sum::<u64>() as f64 / total;
    let sf = counts[hi..].iter().sum::<u64>() as f64 / total;
    (2.0 * cdf.min(sf)).min(1.0)
}

/// Two-sided p of T+ over all 2^m sign assignments of the given ranks (m ≤ 13 here), with
/// scipy `permutation_test`'s relative tolerance 100·ε for equal statistics.
fn permutation_signed_rank_p(ranks: &[f64], t_plus: f64) -> f64 {
    let m = ranks.len();
    let total = 1usize << m;
    let gamma = (100.0 * f64::EPSILON * t_plus).abs();
    let (mut less, mut greater) = (0usize, 0usize);
    for mask in 0..total {
        let t: f64 = ranks
            .iter()
            .enumerate()
            .filter(|(k, _)| mask >> k & 1 == 1)
            .map(|(_, r)| r)
            .sum();
        if t <= t_plus + gamma {
            less += 1;
        }
        if t >= t_plus - gamma {
            greater += 1;
        }
    }
    (2.0 * less.min(greater) as f64 / total as f64).min(1.0)
}

/// Result of the exact McNemar test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct McNemar {
    /// min(b, c), as statsmodels reports it.
    pub statistic: f64,
    /// Exact two-sided binomial p-value 2·P(X ≤ min(b, c)), X ~ Bin(b + c, 1/2), capped at 1.
    pub p_value: f64,
}

/// Exact McNemar test from the discordant counts `b` (yes→no, or pre-only) and `c`
/// (no→yes), as `statsmodels.stats.contingency_tables.mcnemar(table, exact=True)`.
/// With b = c = 0 the p-value is 1.
pub fn mcnemar(b: u64, c: u64) -> McNemar {
    let k = b.min(c);
    let n = b + c;
    let cdf = match Binomial::new(0.5, n) {
        Ok(dist) => dist.cdf(k),
        Err(_) => f64::NAN,
    };
    McNemar {
        statistic: k as f64,
        p_value: (2.0 * cdf).min(1.0),
    }
}

/// Result of the Kruskal–Wallis test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KruskalWallis {
    /// Tie-corrected H statistic.
    pub h: f64,
    /// Degrees of freedom (number of groups − 1).
    pub df: f64,
    /// Upper-tail chi-square p-value.
    pub p: f64,
}

/// Kruskal–Wallis H test across `groups` with the tie correction, as `scipy.stats.kruskal`.
/// Returns `None` with fewer than two groups, an empty group, a non-finite value, or when all
/// values are equal (H undefined; scipy returns NaN).
pub fn kruskal_wallis(groups: &[&[f64]]) -> Option<KruskalWallis> {
    if groups.len() < 2 || groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    let all: Vec<f64> = groups.iter().flat_map(|g| g.iter().copied()).collect();
    if all.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let n = all.len() as f64;
    let ranks = average_ranks(&all);
    let mut start = 0;
    let mut ssbn = 0.0;
    for g in groups {
        let r: f64 = ranks[start..start + g.len()].iter().sum();
        ssbn += r * r / g.len() as f64;
        start += g.len();
    }
    let ties = 1.0 - tie_sizes(&all).iter().map(|t| t * t * t - t).sum::<f64>() / (n * n * n - n);
    if ties <= 0.0 {
        return None;
    }
    let h = (12.0 / (n * (n + 1.0)) * ssbn - 3.0 * (n + 1.0)) / ties;
    let df = (groups.len() - 1) as f64;
    let p = ChiSquared::new(df).map(|c| c.sf(h)).ok()?;
    Some(KruskalWallis { h, df, p })
}

/// Exact permutation p-value of the Kruskal–Wallis H of `groups`: the share of all
/// distinct assignments of the pooled values to groups of the observed sizes whose H (with
/// the tie correction, as [`kruskal_wallis`]) is at least the observed H (relative tolerance
/// 1e-12, the observed assignment included) — what `scipy.stats.permutation_test(groups,
/// statistic = kruskal H, permutation_type = "independent", n_resamples = np.inf,
/// alternative = "greater")` computes. `None` when [`kruskal_wallis`] is, or when the number
/// of assignments N!/Π nᵢ! exceeds `max_assignments` (or N > 64).
pub fn kruskal_wallis_exact(groups: &[&[f64]], max_assignments: f64) -> Option<f64> {
    kruskal_wallis(groups)?;
    let sizes: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let n: usize = sizes.iter().sum();
    if n > 64 {
        return None;
    }
    let ln_count = ln_factorial(n) - sizes.iter().map(|&k| ln_factorial(k)).sum::<f64>();
    if ln_count > max_assignments.ln() {
        return None;
    }
    let all: Vec<f64> = groups.iter().flat_map(|g| g.iter().copied()).collect();
    let ranks = average_ranks(&all);
    // H is increasing in Σ Rᵢ²/nᵢ (the other terms are fixed by the pooled values), so count
    // assignments with Σ Rᵢ²/nᵢ ≥ the observed one.
    let stat = |sums: &[f64]| sums.iter().zip(&sizes).map(|(r, &k)| r * r / k as f64).sum::<f64>();
    let mut start = 0;
    let obs_sums: Vec<f64> = sizes
        .iter()
        .map(|&k| {
            let r = ranks[start..start + k].iter().sum();
            start += k;
            r
        })
        .collect();
    let target = stat(&obs_sums);
    let tol = 1e-12 * target.abs().max(1.0);
    let (mut hits, mut total) = (0u64, 0u64);
    let mut sums = vec![0.0; sizes.len()];
    #[allow(clippy::too_many_arguments)]
    fn assign(
        g: usize,
        from: usize,
        left: usize,
        free: u64,
        ranks: &[f64],
        sizes: &[usize],
        sums: &mut [f64],
        out: &mut dyn FnMut(&[f64]),
    ) {
        if g + 1 == sizes.len() {
            // The last group takes what is left.
            sums[g] = (0..ranks.len()).filter(|i| free >> i & 1 == 1).map(|i| ranks[i]).sum();
            out(sums);
            return;
        }
        if left == 0 {
            sums[g + 1] = 0.0;
            assign(g + 1, 0, sizes[g + 1], free, ranks, sizes, sums, out);
            return;
        }
        for i in from..ranks.len() {
            if free >> i & 1 == 1 {
                sums[g] += ranks[i];
                assign(g, i + 1, left - 1, free & !(1u64 << i), ranks, sizes, sums, out);
                sums[g] -= ranks[i];
            }
        }
    }
    let free = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
    assign(0, 0, sizes[0], free, &ranks, &sizes, &mut sums, &mut |s: &[f64]| {
        total += 1;
        if stat(s) >= target - tol {
            hits += 1;
        }
    });
    Some(hits as f64 / total as f64)
}

fn ln_factorial(n: usize) -> f64 {
    (2..=n).map(|k| (k as f64).ln()).sum()
}

/// Cohen's d_z for paired differences: mean(d) / sd(d) with the n − 1 standard deviation.
/// Returns `None` with fewer than two values, a non-finite value, or zero spread.
pub fn cohens_dz(d: &[f64]) -> Option<f64> {
    let n = d.len();
    if n < 2 || d.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let mean = d.iter().sum::<f64>() / n as f64;
    let ss: f64 = d.iter().map(|v| (v - mean) * (v - mean)).sum();
    let sd = (ss / (n as f64 - 1.0)).sqrt();
    (sd > 0.0).then(|| mean / sd)
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

    #[test]
    fn ranks_average_ties() {
        // scipy 1.17.1: rankdata([3, 1, 4, 1, 5, 9, 2, 6, 5]) =
        // [4., 1.5, 5., 1.5, 6.5, 9., 3., 8., 6.5]
        let r = average_ranks(&[3., 1., 4., 1., 5., 9., 2., 6., 5.]);
        assert_eq!(r, vec![4., 1.5, 5., 1.5, 6.5, 9., 3., 8., 6.5]);
    }

    // Wilcoxon numbers: scipy 1.17.1 `st.wilcoxon(d)` (defaults) and
    // `st.wilcoxon(d, method="asymptotic").zstatistic`, scipy_reference.py.

    #[test]
    fn wilcoxon_exact_branch() {
        // exact10: statistic 7.0, p 0.037109375
        let d = [1.5, -0.3, 2.7, 3.1, -1.2, 0.8, 4.4, 2.2, -0.6, 1.9];
        let w = wilcoxon_signed_rank(&d).expect("w");
        assert_eq!(w.method, WilcoxonMethod::Exact);
        assert_eq!((w.statistic, w.t_plus, w.t_minus, w.n), (7.0, 48.0, 7.0, 10));
        close(w.p_value, 0.037109375, 1e-15);
        // r = (48 − 7)/55, by hand
        close(w.r_rank_biserial, 41.0 / 55.0, 1e-15);
        // exact20: statistic 35.0, p 0.0072956085205078125
        let d = [
            0.7, -1.9, 2.4, 3.3, -0.2, 1.1, 4.8, 2.9, -0.5, 1.6, 5.2, -2.6, 0.9, 3.7, 6.1, -1.4, 2.05, 4.1, 0.35, 1.3,
        ];
        let w = wilcoxon_signed_rank(&d).expect("w");
        assert_eq!(w.method, WilcoxonMethod::Exact);
        assert_eq!(w.statistic, 35.0);
        close(w.p_value, 0.0072956085205078125, 1e-14);
    }

    #[test]
    fn wilcoxon_permutation_branch() {
        // perm9 (a zero and ties, n = 9 ≤ 13): statistic 5.5, p 0.1015625
        let d = [1., 2., 2., -1., 3., 0., 4., -2., 3.];
        let w = wilcoxon_signed_rank(&d).expect("w");
        assert_eq!(w.method, WilcoxonMethod::Permutation);
        assert_eq!((w.statistic, w.n, w.n_zero), (5.5, 8, 1));
        close(w.p_value, 0.1015625, 1e-15);
        assert!(w.z.is_none());
        // Rank-biserial with the zero counted, by hand: |d| ranked with the zero: 0 → 1,
        // 1 1 → 2.5, 2 2 2 → 5, 3 3 → 7.5, 4 → 9; T⁺₀ = 2.5 + 5 + 5 + 7.5 + 9 + 7.5 = 36.5,
        // T⁻₀ = 2.5 + 5 = 7.5, N(N+1)/2 = 45: r = 29/45. scipy 1.17.1
        // `wilcoxon(d, zero_method="zsplit", alternative="greater").statistic` = 37.0
        // (T⁺ plus half the zero's rank): (2·37 − 45)/45 = 29/45 = 0.6444444444444445.
        close(w.r_rank_biserial, 29.0 / 45.0, 1e-15);
    }

    #[test]
    fn rank_biserial_counts_zero_differences() {
        // d = (0, 0, 1, −1, 2, 3), by hand: |d| ranks 1.5 1.5 3.5 3.5 5 6; T⁺₀ = 3.5 + 5 + 6 =
        // 14.5, T⁻₀ = 3.5, N(N+1)/2 = 21: r = 11/21 = 0.5238095238095238. scipy 1.17.1
        // `wilcoxon(d, zero_method="zsplit", alternative="greater").statistic` = 16.0 and
        // (2·16 − 21)/21 = 0.5238095238095238. Dropping the zeros would give
        // (8.5 − 1.5)/10 = 0.7, as if the two who did not move had not been asked.
        let w = wilcoxon_signed_rank(&[0., 0., 1., -1., 2., 3.]).expect("w");
        close(w.r_rank_biserial, 11.0 / 21.0, 1e-15);
        close(w.r_rank_biserial, 0.5238095238095238, 1e-15);
        assert_eq!((w.t_plus, w.t_minus), (8.5, 1.5));
        // All moved up: r = 1; one zero among three ups (ranks 1; 3, 3, 3): (9 − 0)/10 = 0.9.
        close(
            wilcoxon_signed_rank(&[1., 1., 1.]).expect("w").r_rank_biserial,
            1.0,
            1e-15,
        );
        close(
            wilcoxon_signed_rank(&[0., 1., 1., 1.]).expect("w").r_rank_biserial,
            0.9,
            1e-15,
        );
    }

    #[test]
    fn wilcoxon_normal_branch() {
        // normal20 (zeros and ties, n = 20 > 13): statistic 26.5, p 0.01712582887219501,
        // asymptotic zstatistic -2.3839951328405053 (scipy reports −|z|; T+ > T− here)
        let d = [
            1., 2., 2., -1., 3., 0., 4., -2., 3., 1., 0., 2., 5., -1., 2., 3., 0., 1., -3., 4.,
        ];
        let w = wilcoxon_signed_rank(&d).expect("w");
        assert_eq!(w.method, WilcoxonMethod::Normal);
        assert_eq!((w.statistic, w.n, w.n_zero), (26.5, 17, 3));
        close(w.p_value, 0.01712582887219501, 1e-13);
        close(w.z.expect("z"), 2.3839951328405053, 1e-14);
        // normal60 (n > 50, no ties): statistic 404.0, p 0.00016870899841559241,
        // z -3.7617791338311464
        let d: Vec<f64> = (0..60).map(|i| ((i * 37) % 61 - 20) as f64 + 0.01 * i as f64).collect();
        let w = wilcoxon_signed_rank(&d).expect("w");
        assert_eq!(w.method, WilcoxonMethod::Normal);
        assert_eq!(w.statistic, 404.0);
        close(w.p_value, 0.00016870899841559241, 1e-12);
        close(w.z.expect("z").abs(), 3.7617791338311464, 1e-14);
        assert!(wilcoxon_signed_rank(&[0.0, 0.0]).is_none());
    }

    #[test]
    fn mcnemar_exact() {
        // statsmodels 0.15.0 mcnemar([[10, b], [c, 10]], exact=True): (statistic, pvalue)
        let cases = [
            (3, 11, 3.0, 0.057373046875),
            (15, 25, 15.0, 0.1538599441628321),
            (5, 5, 5.0, 1.0),
            (0, 0, 0.0, 1.0),
            (0, 7, 0.0, 0.015625),
            (40, 61, 40.0, 0.046044066929342785),
        ];
        for (b, c, s, p) in cases {
            let m = mcnemar(b, c);
            assert_eq!(m.statistic, s);
            close(m.p_value, p, 1e-12);
        }
    }

    #[test]
    fn kruskal_with_ties() {
        // scipy 1.17.1 kruskal(g1, g2, g3): H 0.39505437211380384, p 0.8207578271554268
        let g1 = [2.9, 3.0, 2.5, 2.6, 3.2, 3.0];
        let g2 = [3.8, 2.7, 4.0, 2.4, 3.0];
        let g3 = [2.8, 3.4, 3.7, 2.2, 2.0, 3.0, 4.1];
        let k = kruskal_wallis(&[&g1, &g2, &g3]).expect("kw");
        close(k.h, 0.39505437211380384, 1e-13);
        close(k.p, 0.8207578271554268, 1e-13);
        assert_eq!(k.df, 2.0);
        // scipy docstring / 1.17.1: kruskal([1,1,1],[2,2,2],[2,2]) = (7.0, 0.0301973834223185)
        let k = kruskal_wallis(&[&[1., 1., 1.], &[2., 2., 2.], &[2., 2.]]).expect("kw");
        close(k.h, 7.0, 1e-14);
        close(k.p, 0.0301973834223185, 1e-13);
        assert!(kruskal_wallis(&[&[1., 1.], &[1.]]).is_none());
        assert!(kruskal_wallis(&[&[1., 2.]]).is_none());
    }

    #[test]
    fn dz() {
        // d = (1, 2, 3, 6): mean 3, sd (n−1) = sqrt(14/3); d_z = 3/sqrt(14/3) =
        // 1.3887301496588271 (R 4.2.2: mean(d)/sd(d))
        close(cohens_dz(&[1., 2., 3., 6.]).expect("dz"), 1.3887301496588271, 1e-14);
        assert!(cohens_dz(&[2., 2.]).is_none());
        assert!(cohens_dz(&[2.]).is_none());
    }

    #[test]
    fn kruskal_wallis_exact_matches_scipy_permutation_test() {
        // scipy 1.17.1: permutation_test(groups, lambda *g: kruskal(*g).statistic,
        // permutation_type="independent", n_resamples=np.inf, alternative="greater").pvalue
        let cases: [(&[&[f64]], f64); 3] = [
            (&[&[1.0, 0.0, 1.5], &[-0.5, 1.0 / 3.0, -1.0]], 0.2),
            (&[&[1.0, 0.0, 1.5], &[-0.5, 1.0 / 3.0, -1.0], &[2.0, 2.5, 0.0]], 0.175),
            (
                &[&[1.0, 1.0, 2.0], &[2.0, 3.0], &[0.0, 0.0, 1.0, 4.0]],
                0.44047619047619047,
            ),
        ];
        for (g, want) in cases {
            let p = kruskal_wallis_exact(g, 1e6).expect("exact");
            assert!((p - want).abs() < 1e-12, "{p} vs {want}");
        }
        // Too many assignments: no exact p (12!/(3!)^4 = 369600 > 1000).
        let big: [&[f64]; 4] = [&[1., 2., 3.], &[4., 5., 6.], &[7., 8., 9.], &[10., 11., 12.]];
        assert!(kruskal_wallis_exact(&big, 1000.0).is_none());
        assert!(kruskal_wallis_exact(&big, 1e6).is_some());
    }
}
