//! Stage 2 of the two-stage estimation (docs/SCALE.md, docs/METHODS.md): design-based domain
//! means, their linearisation SEs, design effects and design degrees of freedom from
//! *sufficient statistics* — per (stratum, PSU) cell of a domain the count and the weighted
//! sums Σw, Σwy, Σwy², Σw², Σw²y, Σw²y² and the range of y — plus the wave's design (how many
//! PSUs, or respondents when there are no PSUs, each stratum holds). Stage 1 (a GROUP BY in
//! polars, DuckDB or Spark) produces the sums; nothing here sees a respondent.
//!
//! The formulas are exactly those of [`super::survey::domain_mean`] and
//! [`super::survey::domain_difference`] (R `survey` 4.1-1 conventions: with-replacement PSUs
//! within strata, domains on the full design, lonely PSUs "adjust", `deff = "replace"`,
//! `degf()` of the domain, floored at 1), rewritten as functions of the sums:
//! - a PSU's total of the linearised variable is t_hj = (Σwy_hj − ŷ·Σw_hj) / Σw, zero for a PSU
//!   with no domain member (those still count in n_h);
//! - without a PSU column every respondent is its own PSU; a stratum's Σ_j t_hj and Σ_j t_hj²
//!   are (Σwy_h − ŷΣw_h)/Σw and (Σw²y²_h − 2ŷΣw²y_h + ŷ²Σw²_h)/(Σw)², and its term is
//!   n_h/(n_h − 1)·(Σt² − (Σt)²/n_h) over its n_h respondents;
//! - Σw(y − ŷ)² = Σwy² − 2ŷΣwy + ŷ²Σw for the design effect.
//!
//! Sums taken in a different order round differently: results agree with the respondent-level
//! functions to about 1e-13 relative (checked in the tests), not bit for bit.

use super::survey::MeanEstimate;

/// Sufficient statistics of one domain within one (stratum, PSU) cell of a wave. Sums run
/// over the cell's domain members with a non-missing value (zero when there are none).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CellSums {
    /// Stratum index into [`WaveDesign::units`].
    pub stratum: usize,
    /// PSU code within the wave (any number unique per PSU; ignored without PSUs).
    pub psu: usize,
    /// Respondents with a value.
    pub n: u64,
    /// Σw.
    pub sw: f64,
    /// Σwy.
    pub swy: f64,
    /// Σwy².
    pub swy2: f64,
    /// Σw².
    pub sw2: f64,
    /// Σw²y.
    pub sw2y: f64,
    /// Σw²y².
    pub sw2y2: f64,
    /// Smallest y (+∞ when n = 0).
    pub y_min: f64,
    /// Largest y (−∞ when n = 0).
    pub y_max: f64,
}

impl CellSums {
    /// An empty cell of stratum `stratum` and PSU `psu`.
    pub fn new(stratum: usize, psu: usize) -> CellSums {
        CellSums {
            stratum,
            psu,
            y_min: f64::INFINITY,
            y_max: f64::NEG_INFINITY,
            ..CellSums::default()
        }
    }

    /// Add one respondent with weight `w` and value `v`.
    pub fn add(&mut self, w: f64, v: f64) {
        self.n += 1;
        self.sw += w;
        self.swy += w * v;
        self.swy2 += w * v * v;
        self.sw2 += w * w;
        self.sw2y += w * w * v;
        self.sw2y2 += w * w * v * v;
        self.y_min = self.y_min.min(v);
        self.y_max = self.y_max.max(v);
    }
}

/// A wave's design as stage 2 needs it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WaveDesign {
    /// The wave has PSUs (some respondent has a PSU code); otherwise every respondent is its
    /// own PSU.
    pub clustered: bool,
    /// Per stratum index: its number of PSUs (clustered) or of respondents (not clustered),
    /// counting every respondent of the wave whatever the domain or item.
    pub units: Vec<u64>,
}

/// Domain totals over a wave's cells.
struct Totals {
    n: u64,
    sw: f64,
    swy: f64,
    swy2: f64,
    sw2: f64,
    lo: f64,
    hi: f64,
}

fn totals(cells: &[CellSums]) -> Totals {
    let mut t = Totals {
        n: 0,
        sw: 0.0,
        swy: 0.0,
        swy2: 0.0,
        sw2: 0.0,
        lo: f64::INFINITY,
        hi: f64::NEG_INFINITY,
    };
    for c in cells.iter().filter(|c| c.n > 0) {
        t.n += c.n;
        t.sw += c.sw;
        t.swy += c.swy;
        t.swy2 += c.swy2;
        t.sw2 += c.sw2;
        t.lo = t.lo.min(c.y_min);
        t.hi = t.hi.max(c.y_max);
    }
    t
}

/// One domain's linearised contribution: its cells, estimate, Σw and a sign (+1, or −1 for
/// the subtracted domain of a difference). A constant domain contributes exactly zero, as
/// its residuals y − ŷ are all exactly zero at respondent level.
struct Part<'a> {
    cells: &'a [CellSums],
    estimate: f64,
    sum_w: f64,
    sign: f64,
    constant: bool,
}

/// Variance of the total of the linearised variable Σ_parts sign·z (docs/METHODS.md): PSU
/// totals per stratum (clustered), or per-stratum first and second moments of the
/// respondent-level z (every respondent its own PSU), then Σ_h n_h/(n_h−1)·Σ_j(t_hj − t̄_h)²,
/// a single-unit stratum adding its squared total (R `survey.lonely.psu = "adjust"`).
/// `None` when a cell names a stratum outside the design.
fn variance(design: &WaveDesign, parts: &[Part]) -> Option<f64> {
    let strata = design.units.len();
    let mut var = 0.0;
    if design.clustered {
        // (stratum, psu) → total
        let mut t: Vec<(usize, usize, f64)> = Vec::new();
        for p in parts.iter().filter(|p| !p.constant) {
            for c in p.cells.iter().filter(|c| c.n > 0) {
                if c.stratum >= strata {
                    return None;
                }
                t.push((c.stratum, c.psu, p.sign * (c.swy - p.estimate * c.sw) / p.sum_w));
            }
        }
        t.sort_by_key(|k| (k.0, k.1));
        // Merge the parts' totals of the same PSU.
        let mut merged: Vec<(usize, f64)> = Vec::with_capacity(t.len());
        let mut i = 0;
        while i < t.len() {
            let (h, j) = (t[i].0, t[i].1);
            let mut s = 0.0;
            while i < t.len() && t[i].0 == h && t[i].1 == j {
                s += t[i].2;
                i += 1;
            }
            merged.push((h, s));
        }
        let mut i = 0;
        while i < merged.len() {
            let h = merged[i].0;
            let start = i;
            while i < merged.len() && merged[i].0 == h {
                i += 1;
            }
            let present = &merged[start..i];
            let nh = design.units[h].max(present.len() as u64);
            if nh == 1 {
                var += present[0].1 * present[0].1;
            } else {
                let nhf = nh as f64;
                let mean = present.iter().map(|p| p.1).sum::<f64>() / nhf;
                let ss: f64 = present.iter().map(|p| (p.1 - mean) * (p.1 - mean)).sum::<f64>()
                    + (nh - present.len() as u64) as f64 * mean * mean;
                var += nhf / (nhf - 1.0) * ss;
            }
        }
    } else {
        let mut s1 = vec![0.0; strata];
        let mut s2 = vec![0.0; strata];
        let mut used = vec![false; strata];
        for p in parts.iter().filter(|p| !p.constant) {
            let (e, w) = (p.estimate, p.sum_w);
            for c in p.cells.iter().filter(|c| c.n > 0) {
                if c.stratum >= strata {
                    return None;
                }
                used[c.stratum] = true;
                s1[c.stratum] += p.sign * (c.swy - e * c.sw) / w;
                s2[c.stratum] += (c.sw2y2 - 2.0 * e * c.sw2y + e * e * c.sw2) / (w * w);
            }
        }
        for h in (0..strata).filter(|&h| used[h]) {
            let nh = design.units[h];
            if nh <= 1 {
                var += s2[h];
            } else {
                let nhf = nh as f64;
                var += nhf / (nhf - 1.0) * (s2[h] - s1[h] * s1[h] / nhf);
            }
        }
    }
    Some(var)
}

/// Design degrees of freedom of a domain: PSUs minus strata among the cells with a value
/// (respondents minus strata without PSUs), at least 1 — R `degf()` of the design restricted
/// to the domain's respondents with a value, as [`super::survey::domain_df`].
fn df(design: &WaveDesign, cells: &[CellSums]) -> f64 {
    let mut keys: Vec<(usize, usize)> = cells.iter().filter(|c| c.n > 0).map(|c| (c.stratum, c.psu)).collect();
    keys.sort_unstable();
    keys.dedup();
    let strata = keys
        .iter()
        .enumerate()
        .filter(|(k, key)| *k == 0 || keys[k - 1].0 != key.0)
        .count() as u64;
    let units = if design.clustered {
        keys.len() as u64
    } else {
        cells.iter().map(|c| c.n).sum()
    };
    (units.saturating_sub(strata) as f64).max(1.0)
}

/// The domain mean, SE, n, Σw, Kish n_eff, design effect and df from the domain's cells of
/// one wave, as [`super::survey::domain_mean`] computes them from respondents. `None` when
/// the domain has no respondent with a value or a cell names a stratum outside `design`.
pub fn mean_from_sums(design: &WaveDesign, cells: &[CellSums]) -> Option<MeanEstimate> {
    let t = totals(cells);
    if t.n == 0 {
        return None;
    }
    let constant = t.lo == t.hi;
    let estimate = if constant { t.lo } else { t.swy / t.sw };
    let var = variance(
        design,
        &[Part {
            cells,
            estimate,
            sum_w: t.sw,
            sign: 1.0,
            constant,
        }],
    )?;
    let se = var.max(0.0).sqrt();
    // Σw(y − ŷ)² from the sums.
    let sum_wr2 = t.swy2 - 2.0 * estimate * t.swy + estimate * estimate * t.sw;
    let deff = super::survey::design_effect(var, t.n as usize, sum_wr2, t.sw, constant);
    Some(MeanEstimate {
        estimate,
        se,
        n: t.n as usize,
        sum_w: t.sw,
        n_eff: t.sw * t.sw / t.sw2,
        deff,
        df: df(design, cells),
    })
}

/// ŷ_a − ŷ_b and its SE from the joint linearisation of two disjoint domains of one wave (R
/// `svycontrast` on `svyby(..., covmat = TRUE)`), as [`super::survey::domain_difference`].
/// `None` when either domain has no respondent with a value.
pub fn difference_from_sums(design: &WaveDesign, a: &[CellSums], b: &[CellSums]) -> Option<(f64, f64)> {
    let ea = mean_from_sums(design, a)?;
    let eb = mean_from_sums(design, b)?;
    let part = |cells, e: &MeanEstimate, sign| {
        let t = totals(cells);
        Part {
            cells,
            estimate: e.estimate,
            sum_w: e.sum_w,
            sign,
            constant: t.lo == t.hi,
        }
    };
    let var = variance(design, &[part(a, &ea, 1.0), part(b, &eb, -1.0)])?;
    Some((ea.estimate - eb.estimate, var.max(0.0).sqrt()))
}

/// Build the cells of one domain from respondent-level data (what stage 1 does with a GROUP
/// BY), for tests and for checking an engine's output: respondents in `domain` (all when
/// `None`) with a finite value, grouped by (stratum, PSU) codes.
#[cfg(test)]
pub(crate) fn cells_of(
    strata: Option<&[u32]>,
    psu: Option<&[u32]>,
    w: &[f64],
    y: &[Option<f64>],
    domain: Option<&[bool]>,
) -> (WaveDesign, Vec<CellSums>) {
    use std::collections::BTreeMap;
    let n = w.len();
    let h = |i: usize| strata.map_or(0, |s| s[i] as usize);
    let j = |i: usize| psu.map_or(0, |p| p[i] as usize);
    let nstrata = (0..n).map(h).max().map_or(0, |m| m + 1);
    let mut units = vec![0u64; nstrata];
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..n {
        if psu.is_some() {
            if seen.insert((h(i), j(i))) {
                units[h(i)] += 1;
            }
        } else {
            units[h(i)] += 1;
        }
    }
    let mut cells: BTreeMap<(usize, usize), CellSums> = BTreeMap::new();
    for i in 0..n {
        let c = cells.entry((h(i), j(i))).or_insert(CellSums::new(h(i), j(i)));
        let Some(v) = y[i].filter(|v| v.is_finite()) else {
            continue;
        };
        if domain.is_some_and(|d| !d[i]) {
            continue;
        }
        c.add(w[i], v);
    }
    (
        WaveDesign {
            clustered: psu.is_some(),
            units,
        },
        cells.into_values().collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::survey::{Design, domain_difference, domain_mean};
    use crate::stats::testdata::{close, codes, col, csv, weights};

    /// The sums give R's numbers and the respondent-level function's to 1e-12.
    fn agree(
        strata: Option<&[u32]>,
        psu: Option<&[u32]>,
        w: &[f64],
        y: &[Option<f64>],
        dom: Option<&[bool]>,
    ) -> MeanEstimate {
        let (design, cells) = cells_of(strata, psu, w, y, dom);
        let got = mean_from_sums(&design, &cells).expect("estimate from sums");
        let d = Design { weight: w, strata, psu };
        let want = domain_mean(&d, y, dom).expect("estimate");
        close(got.estimate, want.estimate, 1e-13);
        close(got.se, want.se, 1e-12);
        close(got.n_eff, want.n_eff, 1e-13);
        close(got.sum_w, want.sum_w, 1e-13);
        if want.deff.is_nan() {
            assert!(got.deff.is_nan());
        } else {
            close(got.deff, want.deff, 1e-12);
        }
        assert_eq!((got.n, got.df), (want.n, want.df));
        got
    }

    // Data: R survey's public `api` data (survey 4.1-1), exported by
    // tests/reference/api_export.R; expected numbers from tests/reference/survey_reference.R,
    // R 4.2.2 + survey 4.1-1 (the same as stats::survey's tests).

    #[test]
    fn apistrat_from_sums_equals_r() {
        let rows = csv(include_str!("../../tests/reference/api_strat.csv"));
        let (strata, w, y) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2));
        // svymean(~api00, svydesign(ids=~1, strata=~stype, weights=~pw), deff="replace")
        let m = agree(Some(&strata), None, &w, &y, None);
        close(m.estimate, 662.287363159321, 1e-12);
        close(m.se, 9.53613229692516, 1e-10);
        close(m.deff, 1.19729176941933, 1e-10);
        // svyby(~api00, ~sch.wide, dstrat, svymean, deff="replace"): Yes
        let yes: Vec<bool> = rows.iter().map(|r| r[3] == Some(1.0)).collect();
        let no: Vec<bool> = yes.iter().map(|b| !b).collect();
        let m = agree(Some(&strata), None, &w, &y, Some(&yes));
        close(m.se, 10.6540738827517, 1e-10);
        agree(Some(&strata), None, &w, &y, Some(&no));
        // svycontrast(svyby(~api00, ~sch.wide, dstrat, svymean, covmat = TRUE), c(-1, 1)):
        // 82.783585442189, SE 21.748568971661
        let (design, a) = cells_of(Some(&strata), None, &w, &y, Some(&yes));
        let (_, b) = cells_of(Some(&strata), None, &w, &y, Some(&no));
        let (diff, se) = difference_from_sums(&design, &a, &b).expect("difference");
        assert!((diff - 82.783585442189).abs() < 1e-9 && (se - 21.748568971661).abs() < 1e-9);
    }

    #[test]
    fn apiclus1_from_sums_equals_r() {
        let rows = csv(include_str!("../../tests/reference/api_clus1.csv"));
        let (psu, w, y, stype) = (codes(&rows, 0), weights(&rows, 1), col(&rows, 2), codes(&rows, 3));
        // svymean(~api00, svydesign(ids=~dnum, weights=~pw), deff="replace")
        let m = agree(None, Some(&psu), &w, &y, None);
        close(m.se, 23.7790107208869, 1e-10);
        close(m.deff, 9.25309907058891, 1e-10);
        // svyby(~api00, ~stype, dclus1, ...): E, H, M — SEs; degf 14, 7, 11
        let want = [
            (22.5873130662433, 14.0),
            (38.4026282327055, 7.0),
            (31.9273692889703, 11.0),
        ];
        for (k, (se, df)) in want.into_iter().enumerate() {
            let dom: Vec<bool> = stype.iter().map(|&s| s == k as u32).collect();
            let m = agree(None, Some(&psu), &w, &y, Some(&dom));
            close(m.se, se, 1e-10);
            assert_eq!(m.df, df);
        }
        // svycontrast(svyby(~api00, ~stype, dclus1, svymean, covmat = TRUE), c(1, -1, 0)):
        // 30.296626984127, SE 30.329601113418
        let e: Vec<bool> = stype.iter().map(|s| *s == 0).collect();
        let h: Vec<bool> = stype.iter().map(|s| *s == 1).collect();
        let (design, a) = cells_of(None, Some(&psu), &w, &y, Some(&e));
        let (_, b) = cells_of(None, Some(&psu), &w, &y, Some(&h));
        let (diff, se) = difference_from_sums(&design, &a, &b).expect("difference");
        assert!((diff - 30.296626984127).abs() < 1e-9 && (se - 30.329601113418).abs() < 1e-9);
    }

    /// The hand-written stratified cluster design of stats::survey's tests (survey_reference.R
    /// `hw`): a lonely-PSU stratum, missing values, two domains, and the no-design variant.
    #[test]
    fn handwritten_lonely_missing_domains_from_sums() {
        let yv = [
            3., 4., -1., 2., 5., 4., 1., 2., -1., 3., 5., 4., 4., 1., 2., 5., -1., 3., 1., 2., 5.,
        ];
        let strata = vec![1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4];
        let psu = vec![1, 1, 2, 2, 3, 3, 3, 1, 1, 2, 2, 3, 4, 4, 4, 1, 1, 1, 1, 2, 2];
        let w = vec![
            1.2, 0.8, 1.5, 1.1, 0.9, 2.0, 1.3, 0.7, 1.4, 1.0, 1.6, 0.5, 1.1, 0.9, 1.8, 2.2, 1.7, 0.6, 1.0, 1.3, 0.4,
        ];
        let y: Vec<Option<f64>> = yv.iter().map(|&v| (v >= 0.0).then_some(v)).collect();
        let g: Vec<bool> = [1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0]
            .iter()
            .map(|&v| v == 1)
            .collect();
        let g0: Vec<bool> = g.iter().map(|b| !b).collect();
        // options(survey.lonely.psu="adjust"); svymean(~y, hd, na.rm=TRUE, deff="replace")
        let m = agree(Some(&strata), Some(&psu), &w, &y, None);
        close(m.se, 0.328225456277032, 1e-10);
        close(m.deff, 0.890275060860101, 1e-10);
        // svyby(~y, ~g, hd, svymean, na.rm=TRUE, deff="replace"): g = 0, g = 1
        close(
            agree(Some(&strata), Some(&psu), &w, &y, Some(&g0)).se,
            0.496779167442116,
            1e-10,
        );
        close(
            agree(Some(&strata), Some(&psu), &w, &y, Some(&g)).se,
            0.500898915350234,
            1e-10,
        );
        // svymean(~y, svydesign(ids=~1, weights=~w, data=hw), na.rm=TRUE, deff="replace"):
        // SE 0.382367574528048, deff 1.20820825491776 (missing values stay in the design)
        let m = agree(None, None, &w, &y, None);
        close(m.se, 0.382367574528048, 1e-10);
        close(m.deff, 1.20820825491776, 1e-10);
        agree(Some(&strata), None, &w, &y, Some(&g));
        agree(None, None, &w, &y, Some(&g0));
        // Differences agree with the respondent-level joint linearisation, all four designs.
        for (s, p) in [
            (Some(&strata[..]), Some(&psu[..])),
            (Some(&strata[..]), None),
            (None, Some(&psu[..])),
            (None, None),
        ] {
            let (design, a) = cells_of(s, p, &w, &y, Some(&g));
            let (_, b) = cells_of(s, p, &w, &y, Some(&g0));
            let got = difference_from_sums(&design, &a, &b).expect("difference");
            let d = Design {
                weight: &w,
                strata: s,
                psu: p,
            };
            let want = domain_difference(&d, &y, &g, &g0).expect("difference");
            close(got.0, want.0, 1e-13);
            close(got.1, want.1, 1e-12);
        }
    }

    #[test]
    fn constant_domain_is_exact() {
        // As stats::survey: a share where everyone agrees is exactly 100 with SE 0, and a
        // constant domain adds nothing to a difference's variance.
        let w = [1.503, 2.248, 0.918, 2.852, 2.734, 0.383, 0.369];
        let y = vec![Some(100.0); w.len()];
        let (design, cells) = cells_of(None, None, &w, &y, None);
        let m = mean_from_sums(&design, &cells).expect("estimate");
        assert_eq!((m.estimate, m.se), (100.0, 0.0));
        assert!(m.deff.is_nan());
        let y2: Vec<Option<f64>> = (0..w.len())
            .map(|i| Some(if i < 3 { 100.0 } else { i as f64 }))
            .collect();
        let a: Vec<bool> = (0..w.len()).map(|i| i < 3).collect();
        let b: Vec<bool> = a.iter().map(|x| !x).collect();
        let (design, ca) = cells_of(None, None, &w, &y2, Some(&a));
        let (_, cb) = cells_of(None, None, &w, &y2, Some(&b));
        let got = difference_from_sums(&design, &ca, &cb).expect("difference");
        let want = domain_difference(
            &Design {
                weight: &w,
                strata: None,
                psu: None,
            },
            &y2,
            &a,
            &b,
        )
        .expect("difference");
        close(got.0, want.0, 1e-13);
        close(got.1, want.1, 1e-12);
    }

    #[test]
    fn empty_domain_is_none() {
        let w = [1.0, 2.0];
        let y = vec![Some(1.0), None];
        let dom = [false, true];
        let (design, cells) = cells_of(None, None, &w, &y, Some(&dom));
        assert!(mean_from_sums(&design, &cells).is_none());
    }
}
