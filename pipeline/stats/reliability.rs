//! Scale reliability per construct and wave (docs/METHODS.md): Cronbach's α with listwise deletion
//! and item-rest correlations.
//!
//! References: `pingouin.cronbach_alpha` 0.7.0 with `nan_policy="listwise"` (pingouin's
//! default is "pairwise"; listwise = R `psych::alpha(use = "complete.obs")`) and R
//! `psych::alpha` 2.2.9 (`raw_alpha`, `r.drop` = item-rest correlation) on R's public
//! `datasets::attitude`; numbers in `tests/reference/scipy_reference.py` and
//! `tests/reference/stats_reference.R`.

use super::correlation::pearson;

/// Cronbach's α with the item-rest correlations.
#[derive(Debug, Clone, PartialEq)]
pub struct Alpha {
    /// α = k/(k−1) · (1 − Σ var(item) / var(total)) over complete respondents.
    pub alpha: f64,
    /// Number of respondents with all items present (listwise deletion).
    pub n_complete: usize,
    /// Per item (same order as the input): Pearson correlation of the item with the sum of
    /// the other items; NaN when undefined (constant item or rest score).
    pub item_rest: Vec<f64>,
}

/// Sample variance (n − 1).
fn var(x: &[f64]) -> f64 {
    let n = x.len() as f64;
    let m = x.iter().sum::<f64>() / n;
    x.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (n - 1.0)
}

/// Cronbach's α of `items` (`items[k][i]` = item k for respondent i) using only respondents
/// with every item present and finite. Returns `None` with fewer than 2 items, items of
/// different lengths, fewer than 2 complete respondents, or a constant total score.
pub fn cronbach_alpha(items: &[Vec<Option<f64>>]) -> Option<Alpha> {
    let k = items.len();
    if k < 2 {
        return None;
    }
    let n = items[0].len();
    if items.iter().any(|it| it.len() != n) {
        return None;
    }
    let complete: Vec<usize> = (0..n)
        .filter(|&i| items.iter().all(|it| it[i].is_some_and(f64::is_finite)))
        .collect();
    if complete.len() < 2 {
        return None;
    }
    let cols: Vec<Vec<f64>> = items
        .iter()
        .map(|it| complete.iter().map(|&i| it[i].unwrap_or(f64::NAN)).collect())
        .collect();
    let total: Vec<f64> = (0..complete.len()).map(|r| cols.iter().map(|c| c[r]).sum()).collect();
    let var_total = var(&total);
    if var_total <= 0.0 {
        return None;
    }
    let sum_var: f64 = cols.iter().map(|c| var(c)).sum();
    let kf = k as f64;
    let alpha = kf / (kf - 1.0) * (1.0 - sum_var / var_total);
    let item_rest = cols
        .iter()
        .map(|c| {
            let rest: Vec<f64> = total.iter().zip(c).map(|(t, v)| t - v).collect();
            pearson(c, &rest).unwrap_or(f64::NAN)
        })
        .collect();
    Some(Alpha {
        alpha,
        n_complete: complete.len(),
        item_rest,
    })
}

/// Cronbach's α with frequency weights `w` (one per respondent, ≥ 0), listwise:
/// k/(k−1) · (1 − Σ V_j / V_T) with V the weighted variance Σw(x − x̄_w)²/Σw of each item and
/// of the total. The variances' common denominator cancels, so integer weights give the α of
/// the data with each respondent repeated w times, and unit weights give [`cronbach_alpha`].
/// Used with bootstrap replicate factors (PSUs resampled) for the α interval
/// (docs/METHODS.md "Replicate weights"). `None` as [`cronbach_alpha`], or when fewer than 2
/// complete respondents have a positive weight.
pub fn weighted_alpha(items: &[Vec<Option<f64>>], w: &[f64]) -> Option<f64> {
    let k = items.len();
    if k < 2 || items.iter().any(|it| it.len() != w.len()) {
        return None;
    }
    let complete: Vec<usize> = (0..w.len())
        .filter(|&i| w[i] > 0.0 && items.iter().all(|it| it[i].is_some_and(f64::is_finite)))
        .collect();
    if complete.len() < 2 {
        return None;
    }
    let sw: f64 = complete.iter().map(|&i| w[i]).sum();
    let wvar = |x: &dyn Fn(usize) -> f64| {
        let m = complete.iter().map(|&i| w[i] * x(i)).sum::<f64>() / sw;
        complete.iter().map(|&i| w[i] * (x(i) - m).powi(2)).sum::<f64>() / sw
    };
    let val = |j: usize, i: usize| items[j][i].unwrap_or(f64::NAN);
    let var_total = wvar(&|i| (0..k).map(|j| val(j, i)).sum());
    if var_total <= 0.0 {
        return None;
    }
    let sum_var: f64 = (0..k).map(|j| wvar(&|i| val(j, i))).sum();
    let kf = k as f64;
    Some(kf / (kf - 1.0) * (1.0 - sum_var / var_total))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// R `datasets::attitude` (30 × 7, public R data), rows as in R; columns rating,
    /// complaints, privileges, learning, raises, critical, advance.
    const ATTITUDE: [[f64; 7]; 30] = [
        [43., 51., 30., 39., 61., 92., 45.],
        [63., 64., 51., 54., 63., 73., 47.],
        [71., 70., 68., 69., 76., 86., 48.],
        [61., 63., 45., 47., 54., 84., 35.],
        [81., 78., 56., 66., 71., 83., 47.],
        [43., 55., 49., 44., 54., 49., 34.],
        [58., 67., 42., 56., 66., 68., 35.],
        [71., 75., 50., 55., 70., 66., 41.],
        [72., 82., 72., 67., 71., 83., 31.],
        [67., 61., 45., 47., 62., 80., 41.],
        [64., 53., 53., 58., 58., 67., 34.],
        [67., 60., 47., 39., 59., 74., 41.],
        [69., 62., 57., 42., 55., 63., 25.],
        [68., 83., 83., 45., 59., 77., 35.],
        [77., 77., 54., 72., 79., 77., 46.],
        [81., 90., 50., 72., 60., 54., 36.],
        [74., 85., 64., 69., 79., 79., 63.],
        [65., 60., 65., 75., 55., 80., 60.],
        [65., 70., 46., 57., 75., 85., 46.],
        [50., 58., 68., 54., 64., 78., 52.],
        [50., 40., 33., 34., 43., 64., 33.],
        [64., 61., 52., 62., 66., 80., 41.],
        [53., 66., 52., 50., 63., 80., 37.],
        [40., 37., 42., 58., 50., 57., 49.],
        [63., 54., 42., 48., 66., 75., 33.],
        [66., 77., 66., 63., 88., 76., 72.],
        [78., 75., 58., 74., 80., 78., 49.],
        [48., 57., 44., 45., 51., 83., 38.],
        [85., 85., 71., 71., 77., 74., 55.],
        [82., 82., 39., 59., 64., 78., 39.],
    ];

    fn items(missing: &[(usize, usize)]) -> Vec<Vec<Option<f64>>> {
        (0..7)
            .map(|k| {
                (0..30)
                    .map(|i| (!missing.contains(&(i, k))).then_some(ATTITUDE[i][k]))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn attitude_alpha_and_item_rest() {
        // pingouin 0.7.0 cronbach_alpha(attitude) = 0.8431427695647599;
        // R psych 2.2.9 alpha(attitude)$total$raw_alpha = 0.84314276956476
        let a = cronbach_alpha(&items(&[])).expect("alpha");
        assert!((a.alpha - 0.8431427695647599).abs() < 1e-14, "{}", a.alpha);
        assert_eq!(a.n_complete, 30);
        // R psych 2.2.9 alpha(attitude)$item.stats$r.drop (= numpy corrcoef(item, total −
        // item) in scipy_reference.py)
        let want = [
            0.671262057223664,
            0.742109710222238,
            0.560711111480256,
            0.714445498133676,
            0.7862755938344,
            0.265034339196676,
            0.460810549468496,
        ];
        for (g, w) in a.item_rest.iter().zip(want) {
            assert!((g - w).abs() < 1e-13, "{g} vs {w}");
        }
    }

    #[test]
    fn listwise_deletion() {
        // pingouin 0.7.0 cronbach_alpha(m, nan_policy="listwise") with NaN at (row 2,
        // complaints), (7, raises), (20, rating) (0-based): 0.810503128020365 (numpy on the
        // dropna() rows gives the same). Note pingouin's *default* is nan_policy="pairwise"
        // (0.8371529565527421), which we do not follow.
        let a = cronbach_alpha(&items(&[(2, 1), (7, 4), (20, 0)])).expect("alpha");
        assert!((a.alpha - 0.810503128020365).abs() < 1e-14, "{}", a.alpha);
        assert_eq!(a.n_complete, 27);
        assert!(cronbach_alpha(&items(&[])[..1]).is_none());
    }

    #[test]
    fn weighted_alpha_is_alpha_of_repeated_rows() {
        // Unit weights: pingouin 0.7.0 / R psych 2.2.9 raw_alpha of attitude, 0.8431427695647599.
        let it = items(&[]);
        let a = weighted_alpha(&it, &[1.0; 30]).expect("alpha");
        assert!((a - 0.8431427695647599).abs() < 1e-13, "{a}");
        // Weights i mod 3 (0, 1, 2, 0, …): numpy 2.x on np.repeat(attitude, [i % 3], axis=0)
        // (30 rows), k/(k−1)·(1 − Σ var(ddof=1)/var(total, ddof=1)) = 0.8915002876061442.
        let w: Vec<f64> = (0..30).map(|i| (i % 3) as f64).collect();
        let a = weighted_alpha(&it, &w).expect("alpha");
        assert!((a - 0.8915002876061442).abs() < 1e-13, "{a}");
        // Listwise as cronbach_alpha: unit weights with missing values give its 0.810503128020365.
        let a = weighted_alpha(&items(&[(2, 1), (7, 4), (20, 0)]), &[1.0; 30]).expect("alpha");
        assert!((a - 0.810503128020365).abs() < 1e-13, "{a}");
        let mut one = vec![0.0; 30];
        one[3] = 1.0;
        assert!(weighted_alpha(&it, &one).is_none());
    }
}
