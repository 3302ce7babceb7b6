//! Barometer planning (`cohesion plan`): how small a change can the next wave detect, and how
//! many respondents are needed to detect a given change. Normal approximation for two
//! independent waves of the same design, two-sided test at the per-test level α* = α/m that
//! the run's Benjamini–Hochberg control demands when one of the m indicators tested together
//! (a set's indicators of one source) truly moves — the same rule as the `mdc` diagnostics —
//! with the given power:
//!
//! MDC = (z₁₋α*/₂ + z_power) · √2 · SE and n_eff = 2 (z₁₋α*/₂ + z_power)² σ² / D²,
//! respondents = ⌈n_eff · deff⌉,
//!
//! where σ is the per-respondent SD: √(p(100 − p)) percent points for a share p (%), the
//! item SD for a mean, or SE·√n_eff when both are known (Cochran, *Sampling Techniques*,
//! 1977, §4.4; Kish 1965 for the design effect).

use crate::stats::intervals::minimum_detectable_change;

/// What the user knows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanInput {
    /// Current SE of the estimate (percent points or scale units).
    pub se: Option<f64>,
    /// Current (Kish) effective sample size.
    pub n_eff: Option<f64>,
    /// Expected share, in percent (0–100).
    pub p: Option<f64>,
    /// Per-respondent SD of the item (for means).
    pub sd: Option<f64>,
    /// Change to detect, in the estimate's units.
    pub change: Option<f64>,
    /// Design effect (respondents = n_eff · deff).
    pub deff: f64,
    /// Two-sided level.
    pub alpha: f64,
    /// Power.
    pub power: f64,
    /// Indicators tested together (the verdict family): the test runs at alpha / indicators.
    pub indicators: u32,
}

/// The answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plan {
    /// The per-test level α/m.
    pub alpha_per_test: f64,
    /// z₁₋α*/₂ + z_power (2.801585 for α = 0.05, one indicator, power 0.8).
    pub multiplier: f64,
    /// Per-respondent SD used, if known.
    pub sigma: Option<f64>,
    /// SE per wave used, if known.
    pub se: Option<f64>,
    /// Minimum detectable change at that SE.
    pub mdc: Option<f64>,
    /// SE per wave needed for `change`.
    pub se_needed: Option<f64>,
    /// Effective sample size per wave needed for `change`.
    pub n_eff_needed: Option<f64>,
    /// Respondents per wave needed (n_eff · deff, rounded up).
    pub respondents_needed: Option<u64>,
}

/// Answer a planning question; an error names what is missing or out of range.
pub fn plan(i: &PlanInput) -> Result<Plan, String> {
    if !(i.alpha > 0.0 && i.alpha < 1.0 && i.power > 0.0 && i.power < 1.0) {
        return Err("alpha and power must lie strictly between 0 and 1".into());
    }
    if i.indicators == 0 {
        return Err("--indicators must be at least 1".into());
    }
    let alpha = i.alpha / f64::from(i.indicators);
    if !(i.deff.is_finite() && i.deff > 0.0) {
        return Err("deff must be a positive number".into());
    }
    if let Some(p) = i.p
        && !(0.0..=100.0).contains(&p)
    {
        return Err("--p is a share in percent (0–100)".into());
    }
    if let Some(p) = i.p
        && (p == 0.0 || p == 100.0)
    {
        return Err(
            "--p must lie strictly between 0 and 100: a share of 0% or 100% has no sampling variance to plan for"
                .into(),
        );
    }
    if i.change.is_some_and(|d| !(d.is_finite() && d > 0.0)) {
        return Err("--change must be a positive number (the size of the change to detect)".into());
    }
    let pos = |x: Option<f64>| x.filter(|v| v.is_finite() && *v > 0.0);
    let (se_in, n_eff, sd, change) = (pos(i.se), pos(i.n_eff), pos(i.sd), pos(i.change));
    let z = minimum_detectable_change(0.5f64.sqrt(), 0.5f64.sqrt(), alpha, i.power);
    let sigma =
        i.p.map(|p| (p * (100.0 - p)).sqrt())
            .or(sd)
            .or_else(|| se_in.zip(n_eff).map(|(s, n)| s * n.sqrt()));
    let se = se_in.or_else(|| sigma.zip(n_eff).map(|(s, n)| s / n.sqrt()));
    if se.is_none() && (change.is_none() || sigma.is_none()) {
        return Err(
            "give --se, or --n-eff with --p (share) or --sd (mean); add --change D to get the sample size".into(),
        );
    }
    let se_needed = change.map(|d| d / (z * 2f64.sqrt()));
    let n_eff_needed = change.zip(sigma).map(|(d, s)| 2.0 * z * z * s * s / (d * d));
    Ok(Plan {
        alpha_per_test: alpha,
        multiplier: z,
        sigma,
        se,
        mdc: se.map(|s| minimum_detectable_change(s, s, alpha, i.power)),
        se_needed,
        n_eff_needed,
        respondents_needed: n_eff_needed.map(|n| (n * i.deff - 1e-9).ceil() as u64),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PlanInput {
        PlanInput {
            se: None,
            n_eff: None,
            p: None,
            sd: None,
            change: None,
            deff: 1.0,
            alpha: 0.05,
            power: 0.8,
            indicators: 1,
        }
    }

    #[test]
    fn four_indicators_tested_together_need_the_per_test_level() {
        // α* = 0.05/4: z = qnorm(1 − 0.00625) + qnorm(0.8) = 3.339326708 (R 4.2.2);
        // n_eff = 2 · z² · 2500 / 3² = 6195.057146 → 6196 respondents.
        let p = plan(&PlanInput {
            p: Some(50.0),
            change: Some(3.0),
            indicators: 4,
            ..input()
        })
        .unwrap();
        assert!((p.alpha_per_test - 0.0125).abs() < 1e-15);
        assert!((p.multiplier - 3.339326708).abs() < 1e-8, "{p:?}");
        assert!((p.n_eff_needed.unwrap() - 6195.057146).abs() < 1e-5, "{p:?}");
        assert_eq!(p.respondents_needed, Some(6196));
        assert!(
            plan(&PlanInput {
                indicators: 0,
                ..input()
            })
            .is_err()
        );
    }

    #[test]
    fn three_points_on_a_share_of_fifty_percent_by_hand() {
        // z = qnorm(0.975) + qnorm(0.8) = 1.959964 + 0.841621 = 2.801585; z² = 7.848879.
        // σ² = 50 · 50 = 2500; n_eff = 2 · 7.848879 · 2500 / 3² = 4360.488 → 4361 respondents;
        // with deff 1.5: 6540.73 → 6541.
        let p = plan(&PlanInput {
            p: Some(50.0),
            change: Some(3.0),
            ..input()
        })
        .unwrap();
        assert!((p.multiplier - 2.801585).abs() < 1e-6);
        assert!((p.n_eff_needed.unwrap() - 4360.488).abs() < 1e-3, "{p:?}");
        assert_eq!(p.respondents_needed, Some(4361));
        let p = plan(&PlanInput {
            p: Some(50.0),
            change: Some(3.0),
            deff: 1.5,
            ..input()
        })
        .unwrap();
        assert_eq!(p.respondents_needed, Some(6541));
    }

    #[test]
    fn mdc_from_se_and_from_n_eff_by_hand() {
        // SE 2.5: MDC = 2.801585 · √2 · 2.5 = 9.905102.
        let p = plan(&PlanInput {
            se: Some(2.5),
            ..input()
        })
        .unwrap();
        assert!((p.mdc.unwrap() - 9.905102).abs() < 1e-5);
        // p = 50%, n_eff = 400: SE = 50/20 = 2.5, the same MDC.
        let q = plan(&PlanInput {
            p: Some(50.0),
            n_eff: Some(400.0),
            ..input()
        })
        .unwrap();
        assert!((q.mdc.unwrap() - 9.905102).abs() < 1e-5);
        // SE 2.5 at n_eff 400 implies σ = 50; a 5-point change needs 2·7.848879·2500/25 = 1569.8.
        let r = plan(&PlanInput {
            se: Some(2.5),
            n_eff: Some(400.0),
            change: Some(5.0),
            ..input()
        })
        .unwrap();
        assert_eq!(r.respondents_needed, Some(1570));
        assert!(plan(&input()).is_err());
    }
}
