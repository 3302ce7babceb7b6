//! `cohesion plan`: the barometer sample-size calculator.

use crate::runner::Ui;
use crate::workbench::plan::{PlanInput, plan};
use anyhow::{Result, anyhow};

/// How small a change can a wave detect, and how many respondents are needed to see a given
/// change? Normal approximation, two independent waves, two-sided test at alpha / indicators
/// (the level a run's multiple-testing control demands of one indicator among several).
///
/// Examples: `cohesion plan --p 50 --change 3` (respondents for a 3-point change in a 50%
/// share); `cohesion plan --se 2.4` (minimum detectable change at that SE).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Current standard error of the estimate (percent points or scale units).
    #[arg(long)]
    pub se: Option<f64>,
    /// Current effective sample size (Kish n_eff).
    #[arg(long = "n-eff")]
    pub n_eff: Option<f64>,
    /// Expected share in percent (0–100), for share indicators.
    #[arg(long)]
    pub p: Option<f64>,
    /// Per-respondent standard deviation, for mean indicators.
    #[arg(long)]
    pub sd: Option<f64>,
    /// Change to detect, in the estimate's units.
    #[arg(long)]
    pub change: Option<f64>,
    /// Design effect (respondents = n_eff × deff).
    #[arg(long, default_value_t = 1.0)]
    pub deff: f64,
    /// Two-sided significance level.
    #[arg(long, default_value_t = 0.05)]
    pub alpha: f64,
    /// Power.
    #[arg(long, default_value_t = 0.8)]
    pub power: f64,
    /// Indicators tested together (a set's indicators of one source): the test runs at
    /// alpha / indicators, as the run's Benjamini–Hochberg control demands.
    #[arg(long, default_value_t = 1)]
    pub indicators: u32,
}

/// Execute.
pub fn run(a: Args, _ui: Ui) -> Result<u8> {
    let p = plan(&PlanInput {
        se: a.se,
        n_eff: a.n_eff,
        p: a.p,
        sd: a.sd,
        change: a.change,
        deff: a.deff,
        alpha: a.alpha,
        power: a.power,
        indicators: a.indicators,
    })
    .map_err(|e| anyhow!(e))?;
    println!(
        "alpha = {}, indicators tested together = {} -> per-test level {:.4}; power = {}, multiplier z = {:.6}",
        a.alpha, a.indicators, p.alpha_per_test, a.power, p.multiplier
    );
    if let Some(s) = p.sigma {
        println!("per-respondent SD: {s:.3}");
    }
    if let (Some(se), Some(m)) = (p.se, p.mdc) {
        println!("SE per wave: {se:.3} -> minimum detectable change: {m:.2}");
    }
    if let (Some(d), Some(se)) = (a.change, p.se_needed) {
        println!("to detect a change of {d}: SE per wave <= {se:.3}");
    }
    if let (Some(n), Some(r)) = (p.n_eff_needed, p.respondents_needed) {
        println!(
            "effective sample size per wave: {n:.1}; respondents per wave (deff {}): {r}",
            a.deff
        );
    }
    Ok(0)
}
