//! Multiple-testing adjustment: Benjamini–Hochberg q-values and Holm adjusted p-values.
//!
//! Reference: R `stats::p.adjust(p, method = "BH")` and `p.adjust(p, method = "holm")`
//! (same algorithm: step-up cumulative minimum / step-down cumulative maximum, capped at 1).
//! Tied p-values receive identical adjusted values, exactly as in R.

/// Indices of `p` sorted ascending by value (stable, NaN-free input assumed; NaN sorts last).
fn ascending_order(p: &[f64]) -> Vec<usize> {
    let mut o: Vec<usize> = (0..p.len()).collect();
    o.sort_by(|&a, &b| p[a].total_cmp(&p[b]));
    o
}

/// Benjamini–Hochberg (1995) false-discovery-rate q-values, returned in the order of the
/// input. Equivalent to R `p.adjust(p, "BH")`: q₍ᵢ₎ = min over j ≥ i of min(1, n/j · p₍ⱼ₎).
/// The input must be free of NaN (filter missing p-values before calling).
pub fn benjamini_hochberg(p: &[f64]) -> Vec<f64> {
    let n = p.len();
    let mut q = vec![0.0; n];
    let o = ascending_order(p);
    let nf = n as f64;
    let mut running = f64::INFINITY;
    // Walk from the largest p (rank n) down to the smallest (rank 1).
    for (rank0, &idx) in o.iter().enumerate().rev() {
        let rank = (rank0 + 1) as f64;
        let v = nf / rank * p[idx];
        if v < running {
            running = v;
        }
        q[idx] = running.min(1.0);
    }
    q
}

/// Holm (1979) step-down adjusted p-values, returned in the order of the input. Equivalent to
/// R `p.adjust(p, "holm")`: p̃₍ᵢ₎ = max over j ≤ i of min(1, (n − j + 1) · p₍ⱼ₎).
/// The input must be free of NaN.
pub fn holm(p: &[f64]) -> Vec<f64> {
    let n = p.len();
    let mut out = vec![0.0; n];
    let o = ascending_order(p);
    let mut running = f64::NEG_INFINITY;
    for (rank0, &idx) in o.iter().enumerate() {
        let v = (n - rank0) as f64 * p[idx];
        if v > running {
            running = v;
        }
        out[idx] = running.min(1.0);
    }
    out
}

/// One test's adjusted p-value with the size of its family and the family's rejections (what
/// a false-coverage-adjusted interval needs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Adjusted {
    /// Adjusted p-value (q).
    pub q: f64,
    /// Tests in the family, m.
    pub m: usize,
    /// Tests of the family with q < alpha, R.
    pub rejected: usize,
}

/// Adjust p-values within families: `tests[i]` is `Some((family key, p))` for a test, `None`
/// for a row without one; each family is adjusted on its own (Benjamini–Hochberg, or Holm
/// with `holm = true`). Returns, per row, the adjusted value with its family's m and R.
pub fn adjust_within<K: Ord>(tests: Vec<Option<(K, f64)>>, alpha: f64, holm_method: bool) -> Vec<Option<Adjusted>> {
    let mut fam: std::collections::BTreeMap<K, Vec<(usize, f64)>> = std::collections::BTreeMap::new();
    let n = tests.len();
    for (i, t) in tests.into_iter().enumerate() {
        if let Some((k, p)) = t {
            fam.entry(k).or_default().push((i, p));
        }
    }
    let mut out = vec![None; n];
    for members in fam.values() {
        let p: Vec<f64> = members.iter().map(|m| m.1).collect();
        let q = if holm_method { holm(&p) } else { benjamini_hochberg(&p) };
        let rejected = q.iter().filter(|q| **q < alpha).count();
        for (&(i, _), q) in members.iter().zip(q) {
            out[i] = Some(Adjusted {
                q,
                m: members.len(),
                rejected,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjust_within_adjusts_each_family_on_its_own() {
        // Family "a" is the docs/METHODS.md example split in two: R 4.2.2
        // p.adjust(c(0.001, 0.008, 0.039), "BH") = 0.003 0.012 0.039; family "b" alone:
        // p.adjust(0.041, "BH") = 0.041; row 2 has no test.
        let t = vec![
            Some(("a", 0.001)),
            Some(("b", 0.041)),
            None,
            Some(("a", 0.008)),
            Some(("a", 0.039)),
        ];
        let a = adjust_within(t, 0.02, false);
        let q: Vec<Option<f64>> = a.iter().map(|x| x.map(|x| x.q)).collect();
        let close = |x: Option<f64>, y: f64| x.is_some_and(|x| (x - y).abs() < 1e-12);
        assert!(close(q[0], 0.003) && close(q[3], 0.012) && close(q[4], 0.039) && close(q[1], 0.041));
        assert_eq!(q[2], None);
        assert_eq!((a[0].unwrap().m, a[0].unwrap().rejected), (3, 2));
        assert_eq!((a[1].unwrap().m, a[1].unwrap().rejected), (1, 0));
    }

    fn close_all(got: &[f64], want: &[f64], tol: f64) {
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() <= tol * w.abs().max(1e-300), "got {got:?} want {want:?}");
        }
    }

    #[test]
    fn bh_spec_example() {
        // docs/METHODS.md example; R 4.2.2 (stats_reference.R):
        // p.adjust(c(0.001,0.008,0.039,0.041,0.042,0.06,0.074,0.205), "BH")
        // = 0.008 0.032 0.0672 0.0672 0.0672 0.08 0.0845714285714286 0.205 (R 4.2.2)
        let p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205];
        let want = [0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.0845714285714286, 0.205];
        close_all(&benjamini_hochberg(&p), &want, 1e-12);
    }

    #[test]
    fn bh_ties_unsorted() {
        // R 4.2.2 (tests/reference/stats_reference.R):
        // p.adjust(c(0.04, 0.01, 0.04, 0.3, 0.01, 0.02, 0.9, 0.04), "BH") = 0.0533333333333333
        // 0.04 0.0533333333333333 0.342857142857143 0.04 0.0533333333333333 0.9 0.0533333333333333
        let p = [0.04, 0.01, 0.04, 0.3, 0.01, 0.02, 0.9, 0.04];
        let t = 0.0533333333333333;
        let want = [t, 0.04, t, 0.342857142857143, 0.04, t, 0.9, t];
        close_all(&benjamini_hochberg(&p), &want, 1e-13);
        // statsmodels multipletests(p, method="fdr_bh")[1] gives the same values.
    }

    #[test]
    fn holm_ties_unsorted() {
        // R 4.2.2 (stats_reference.R): p.adjust(c(0.04, 0.01, 0.04, 0.3, 0.01, 0.02, 0.9, 0.04), "holm")
        // = 0.2 0.08 0.2 0.6 0.08 0.12 0.9 0.2
        let p = [0.04, 0.01, 0.04, 0.3, 0.01, 0.02, 0.9, 0.04];
        let want = [0.2, 0.08, 0.2, 0.6, 0.08, 0.12, 0.9, 0.2];
        close_all(&holm(&p), &want, 1e-12);
    }

    #[test]
    fn holm_spec_family_and_cap() {
        // R 4.2.2 (stats_reference.R): p.adjust(c(0.001,0.008,0.039,0.041,0.042,0.06,0.074,0.205), "holm")
        // = 0.008 0.056 0.234 0.234 0.234 0.234 0.234 0.234
        let p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205];
        let want = [0.008, 0.056, 0.234, 0.234, 0.234, 0.234, 0.234, 0.234];
        close_all(&holm(&p), &want, 1e-12);
        // R: p.adjust(c(0.5, 0.6), "holm") = 1 1 (capped at 1)
        close_all(&holm(&[0.5, 0.6]), &[1.0, 1.0], 0.0);
        assert!(benjamini_hochberg(&[]).is_empty());
        assert!(holm(&[]).is_empty());
    }
}
