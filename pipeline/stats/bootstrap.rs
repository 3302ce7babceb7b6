//! Activity-level cluster bootstrap of pre/post changes (docs/METHODS.md "Activity effects").
//!
//! Participants of one session are not independent, so the resampling unit is the activity:
//! each draw takes as many activities as there are, with replacement, and pools all their
//! participants. The statistics of a draw are
//! - the **pooled mean change**: Σ (post − pre) over the participants of the drawn
//!   activities / their number (an activity drawn twice counts twice), i.e. a mean over
//!   participants, not a mean of activity means, so it is the same statistic as the
//!   observed mean change over all pairs;
//! - the **share who improved**: the share of those participants with post > pre
//!   (a proportion 0..1; the store reports percent).
//!
//! The 95% interval is the percentile interval: the 2.5th and 97.5th percentiles of the
//! draws, with R's default `quantile(type = 7)` ([`quantile_type7`]). Draws come from the
//! crate's seeded [`Rng`]; derive the seed of one (activity type, item) from the project seed,
//! e.g. `Rng::derive(project_seed, "activity/<type>/<item>").next_u64()`, so that runs are
//! byte-identical.

use crate::rng::Rng;

/// Fewest activities for the test behind "significant" for an activity effect (and a
/// q-value): with fewer, the cluster-level t on G − 1 ≤ 3 df says little, and the reports say
/// "too few activities to judge" (docs/METHODS.md "Activity effects").
pub const MIN_ACTIVITIES_TEST: usize = 5;

/// Bootstrap draws when nothing else is said (docs/METHODS.md: 2,000 draws).
pub const DEFAULT_DRAWS: usize = 2000;

/// Cluster-bootstrap summary of the changes of one activity type and item.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterBoot {
    /// Activities with at least one pair (the resampling units).
    pub n_activities: usize,
    /// Pairs (participants with pre and post) over those activities.
    pub n_pairs: usize,
    /// Bootstrap draws made.
    pub draws: usize,
    /// Observed pooled mean change over all pairs.
    pub mean: f64,
    /// 2.5th percentile of the bootstrap pooled mean changes.
    pub ci_low: f64,
    /// 97.5th percentile of the bootstrap pooled mean changes.
    pub ci_high: f64,
    /// Standard deviation of the bootstrap pooled mean changes (divisor draws − 1; NaN for
    /// one draw): the bootstrap SE of `mean`.
    pub se: f64,
    /// Observed share of pairs with post > pre (0..1).
    pub share_up: f64,
    /// 2.5th percentile of the bootstrap shares who improved.
    pub share_up_low: f64,
    /// 97.5th percentile of the bootstrap shares who improved.
    pub share_up_high: f64,
}

/// Cluster bootstrap over activities of the pooled mean change and the share who improved
/// (module doc): `clusters[a]` holds, for activity a, each paired participant's post − pre.
/// Activities without pairs are left out; `draws` resamples of all remaining activities with
/// replacement, percentile 95% intervals. Deterministic for a `seed`.
///
/// `None` when no activity has a pair, `draws` is 0, or a change is not finite.
pub fn cluster_bootstrap_mean_change(clusters: &[Vec<f64>], draws: usize, seed: u64) -> Option<ClusterBoot> {
    // (Σ diff, pairs, pairs with diff > 0) per activity with pairs.
    let units: Vec<(f64, usize, usize)> = clusters
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| (c.iter().sum::<f64>(), c.len(), c.iter().filter(|d| **d > 0.0).count()))
        .collect();
    if units.is_empty() || draws == 0 || clusters.iter().flatten().any(|d| !d.is_finite()) {
        return None;
    }
    let k = units.len();
    let pooled = |picks: &mut dyn Iterator<Item = usize>| -> (f64, f64) {
        let (mut s, mut n, mut up) = (0.0, 0usize, 0usize);
        for a in picks {
            s += units[a].0;
            n += units[a].1;
            up += units[a].2;
        }
        (s / n as f64, up as f64 / n as f64)
    };
    let (mean, share_up) = pooled(&mut (0..k));

    let mut rng = Rng::new(seed);
    let mut means = Vec::with_capacity(draws);
    let mut shares = Vec::with_capacity(draws);
    for _ in 0..draws {
        let (m, s) = pooled(&mut (0..k).map(|_| rng.index(k)));
        means.push(m);
        shares.push(s);
    }
    let centre = means.iter().sum::<f64>() / draws as f64;
    let se = (means.iter().map(|m| (m - centre).powi(2)).sum::<f64>() / (draws as f64 - 1.0)).sqrt();
    means.sort_by(f64::total_cmp);
    shares.sort_by(f64::total_cmp);
    Some(ClusterBoot {
        n_activities: k,
        n_pairs: units.iter().map(|u| u.1).sum(),
        draws,
        mean,
        ci_low: quantile_type7(&means, 0.025),
        ci_high: quantile_type7(&means, 0.975),
        se,
        share_up,
        share_up_low: quantile_type7(&shares, 0.025),
        share_up_high: quantile_type7(&shares, 0.975),
    })
}

/// Shares (0..1) of changes that are up (> 0), the same (= 0) and down (< 0), leaving out
/// values that are not finite; NaN for all three when none is left. The three add up to 1.
pub fn up_same_down(diffs: &[f64]) -> (f64, f64, f64) {
    let (mut up, mut same, mut down) = (0usize, 0usize, 0usize);
    for d in diffs.iter().filter(|d| d.is_finite()) {
        if *d > 0.0 {
            up += 1;
        } else if *d < 0.0 {
            down += 1;
        } else {
            same += 1;
        }
    }
    let n = (up + same + down) as f64;
    if n == 0.0 {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    (up as f64 / n, same as f64 / n, down as f64 / n)
}

/// The `p` quantile of ascending `sorted` values as R's default `quantile(x, p, type = 7)`
/// ([`super::descriptive::quantile_sorted`]); NaN when empty or p is outside [0, 1].
pub fn quantile_type7(sorted: &[f64], p: f64) -> f64 {
    super::descriptive::quantile_sorted(sorted, p).unwrap_or(f64::NAN)
}

// Reference numbers are kept exactly as R printed them (sprintf("%.17g")).
#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;

    /// Four activities of 2, 3, 1 and 2 participants (post − pre).
    fn four() -> Vec<Vec<f64>> {
        vec![vec![1.0, 2.0], vec![-1.0, 0.0, 0.0], vec![3.0], vec![0.5, -2.0]]
    }

    #[test]
    fn observed_statistics_by_hand() {
        // Σ changes = 3 − 1 + 3 − 1.5 = 3.5 over 8 pairs: mean 0.4375; up: 1, 2, 3, 0.5 → 4/8;
        // same: 0, 0 → 2/8; down: −1, −2 → 2/8. An activity without pairs is left out.
        let mut c = four();
        c.push(Vec::new());
        let b = cluster_bootstrap_mean_change(&c, 100, 1).expect("boot");
        assert_eq!((b.n_activities, b.n_pairs, b.draws), (4, 8, 100));
        assert_eq!(b.mean, 0.4375);
        assert_eq!(b.share_up, 0.5);
        let all: Vec<f64> = c.concat();
        assert_eq!(up_same_down(&all), (0.5, 0.25, 0.25));
        assert_eq!(up_same_down(&[1.0, f64::NAN]), (1.0, 0.0, 0.0));
        assert!(up_same_down(&[]).0.is_nan());
        assert!(cluster_bootstrap_mean_change(&[vec![], vec![]], 100, 1).is_none());
        assert!(cluster_bootstrap_mean_change(&c, 0, 1).is_none());
        assert!(cluster_bootstrap_mean_change(&[vec![f64::NAN]], 10, 1).is_none());
    }

    /// The exact bootstrap distribution of (pooled mean, share up): all 4⁴ = 256 ordered
    /// draws of four activities, each with probability 1/256.
    fn enumerate(c: &[Vec<f64>]) -> (Vec<f64>, Vec<f64>) {
        let k = c.len();
        let (mut means, mut shares) = (Vec::new(), Vec::new());
        for code in 0..k.pow(k as u32) {
            let (mut s, mut n, mut up) = (0.0, 0.0, 0.0);
            let mut x = code;
            for _ in 0..k {
                let a = &c[x % k];
                x /= k;
                s += a.iter().sum::<f64>();
                n += a.len() as f64;
                up += a.iter().filter(|d| **d > 0.0).count() as f64;
            }
            means.push(s / n);
            shares.push(up / n);
        }
        means.sort_by(f64::total_cmp);
        shares.sort_by(f64::total_cmp);
        (means, shares)
    }

    /// Inverse of the exact (discrete) distribution: the smallest value v with F(v) ≥ p.
    fn exact_quantile(sorted: &[f64], p: f64) -> f64 {
        let idx = ((p * sorted.len() as f64).ceil() as usize).max(1) - 1;
        sorted[idx.min(sorted.len() - 1)]
    }

    #[test]
    fn percentile_bounds_match_the_enumerated_bootstrap() {
        // With N = 2000 draws the empirical CDF at any point has SD ≤ √(p(1−p)/N); for
        // p = 0.025 that is 0.0035. The sample 2.5 % quantile (type 7, between order
        // statistics 50 and 51) lies between the exact quantiles at p ∓ δ with
        // δ = 5·0.0035 = 0.0175 except with probability below 1e-4 (binomial counts: at
        // p + δ = 0.0425 we expect 85 draws below, the bound needs ≥ 51, 3.9 SD), likewise at
        // 97.5 %.
        let c = four();
        let (means, shares) = enumerate(&c);
        let b = cluster_bootstrap_mean_change(&c, DEFAULT_DRAWS, 20240607).expect("boot");
        let d = 5.0 * (0.025f64 * 0.975 / 2000.0).sqrt();
        // The brackets, cross-checked with R 4.2.2 (bootstrap_reference.R, expand.grid over
        // the same four activities, inverse-CDF quantiles at 0.0075, 0.0425, 0.9575, 0.9925):
        // means -0.61111111111111116, -0.5, 2, 2.3999999999999999; shares up
        // 0.090909090909090912, 0.18181818181818182, 1, 1; exact SD 0.6470210219901642.
        let r_means = [-0.61111111111111116, -0.5, 2.0, 2.3999999999999999];
        let r_shares = [0.090909090909090912, 0.18181818181818182, 1.0, 1.0];
        for (k, p) in [0.025 - d, 0.025 + d, 0.975 - d, 0.975 + d].into_iter().enumerate() {
            assert!((exact_quantile(&means, p) - r_means[k]).abs() < 1e-15);
            assert!((exact_quantile(&shares, p) - r_shares[k]).abs() < 1e-15);
        }
        let within = |got: f64, exact: &[f64], p: f64| {
            let (lo, hi) = (exact_quantile(exact, p - d), exact_quantile(exact, p + d));
            assert!(lo <= got && got <= hi, "{got} not in [{lo}, {hi}] at p = {p}");
        };
        within(b.ci_low, &means, 0.025);
        within(b.ci_high, &means, 0.975);
        within(b.share_up_low, &shares, 0.025);
        within(b.share_up_high, &shares, 0.975);
        // The interval is not degenerate here and contains the observed mean.
        assert!(b.ci_low < b.mean && b.mean < b.ci_high);
        // Bootstrap SE against the exact SD of the enumerated distribution: the sample SD of
        // N draws has relative SD ≈ √((κ − 1)/(4N)) with κ the kurtosis of the exact
        // distribution; 5 of those.
        let mu = means.iter().sum::<f64>() / 256.0;
        let m2 = means.iter().map(|m| (m - mu).powi(2)).sum::<f64>() / 256.0;
        let m4 = means.iter().map(|m| (m - mu).powi(4)).sum::<f64>() / 256.0;
        assert!((m2.sqrt() - 0.6470210219901642).abs() < 1e-14);
        let rel = ((m4 / (m2 * m2) - 1.0) / (4.0 * 2000.0)).sqrt();
        assert!(
            (b.se / m2.sqrt() - 1.0).abs() < 5.0 * rel,
            "se {} vs {}",
            b.se,
            m2.sqrt()
        );
    }

    #[test]
    fn identical_activities_give_a_point_interval() {
        // Every draw pools copies of the same activity: mean (1 + 2)/2 = 1.5 and share up 1,
        // exactly, in every draw; the bootstrap SE is 0.
        let c = vec![vec![1.0, 2.0]; 5];
        let b = cluster_bootstrap_mean_change(&c, 500, 3).expect("boot");
        assert_eq!((b.mean, b.ci_low, b.ci_high, b.se), (1.5, 1.5, 1.5, 0.0));
        assert_eq!((b.share_up, b.share_up_low, b.share_up_high), (1.0, 1.0, 1.0));
        // One activity: nothing to resample but itself.
        let b = cluster_bootstrap_mean_change(&[vec![-1.0, 0.0, 4.0]], 200, 9).expect("boot");
        assert_eq!((b.ci_low, b.ci_high), (b.mean, b.mean));
        assert_eq!(b.mean, 1.0);
        assert_eq!(b.share_up, 1.0 / 3.0);
    }

    #[test]
    fn deterministic_for_a_seed() {
        let c = four();
        let a = cluster_bootstrap_mean_change(&c, 2000, 42).expect("a");
        assert_eq!(a, cluster_bootstrap_mean_change(&c, 2000, 42).expect("b"));
        let other = cluster_bootstrap_mean_change(&c, 2000, 43).expect("c");
        assert_eq!(other.mean, a.mean);
        assert_ne!(other.se, a.se);
    }

    #[test]
    fn quantile_type7_matches_r() {
        // R 4.2.2 (tests/reference/bootstrap_reference.R): x <- c(0.3, -1.2, 2.5, 0.7, 1.1,
        // -0.4, 3.3, 0.0, 1.9, -2.2, 0.8); quantile(x, c(0.025, 0.975, 0.5, 0.011, 0.039)) =
        // -1.9500000000000002 3.0999999999999996 0.69999999999999996 -2.0900000000000003
        // -1.8100000000000001
        let mut x = vec![0.3, -1.2, 2.5, 0.7, 1.1, -0.4, 3.3, 0.0, 1.9, -2.2, 0.8];
        x.sort_by(f64::total_cmp);
        let want = [
            (0.025, -1.9500000000000002),
            (0.975, 3.0999999999999996),
            (0.5, 0.69999999999999996),
            (0.011, -2.0900000000000003),
            (0.039, -1.8100000000000001),
        ];
        for (p, q) in want {
            let got = quantile_type7(&x, p);
            assert!((got - q).abs() < 1e-14, "{p}: {got} vs {q}");
        }
        assert_eq!(quantile_type7(&x, 0.0), -2.2);
        assert_eq!(quantile_type7(&x, 1.0), 3.3);
        assert!(quantile_type7(&[], 0.5).is_nan());
    }
}
