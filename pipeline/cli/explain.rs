//! `cohesion explain`: how an indicator is computed, step by step, for a researcher.

use crate::config::bank::{IndexAreas, QuestionBank};
use crate::config::indicators::{IndicatorSet, Source, Statistic, load_sets};
use crate::diag::{InvalidProject, Problems};
use crate::runner::Ui;
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Print the plan of an indicator: its items and their wording, the harmonisation, the
/// estimator, the variance method, the interval, suppression and the tests applied to it.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Indicator id (e.g. generalised_trust), or SET/INDICATOR.
    pub indicator: String,
    /// Indicator-set files to search (default: the project's sets, else the shipped sets).
    #[arg(long = "set", value_name = "FILE")]
    pub sets: Vec<PathBuf>,
    /// Project folder: its own question-bank items (wording) and, without --set, its sets.
    #[arg(long = "project", value_name = "DIR")]
    pub project: Option<PathBuf>,
}

/// Execute.
pub fn run(a: Args, _ui: Ui) -> Result<u8> {
    let (bank, set_files) = match &a.project {
        None => (
            QuestionBank::shipped().map_err(|p| anyhow::anyhow!("{p}"))?,
            a.sets.clone(),
        ),
        Some(dir) => {
            let (project, bank) = QuestionBank::for_project(dir).map_err(InvalidProject)?;
            let sets = if a.sets.is_empty() {
                project.indicator_sets
            } else {
                a.sets.clone()
            };
            (bank, sets)
        }
    };
    let areas = IndexAreas::shipped().map_err(|p| anyhow::anyhow!("{p}"))?;
    let mut problems = Problems::default();
    let sets = load_sets(&set_files, &bank, &areas, &mut problems);
    if !problems.is_empty() {
        return Err(InvalidProject(problems).into());
    }
    let (want_set, want_ind) = match a.indicator.split_once('/') {
        Some((s, i)) => (Some(s), i),
        None => (None, a.indicator.as_str()),
    };
    let found: Vec<(&IndicatorSet, _)> = sets
        .iter()
        .filter(|s| want_set.is_none_or(|w| w == s.id))
        .filter_map(|s| s.get(want_ind).map(|i| (s, i)))
        .collect();
    if found.is_empty() {
        let all: Vec<String> = sets
            .iter()
            .flat_map(|s| s.indicators.iter().map(move |i| format!("{}/{}", s.id, i.id)))
            .collect();
        bail!("no indicator `{}` in the sets; known: {}", a.indicator, all.join(", "));
    }
    for (set, ind) in found {
        println!(
            "{}/{} — {}",
            set.id,
            ind.id,
            ind.title.get("en").map_or("", String::as_str)
        );
        println!("  source:     {} ({})", ind.source.as_str(), set.path.display());
        println!("  statistic:  {}", ind.statistic.as_str());
        println!("  polarity:   {}", ind.polarity.as_str());
        println!("  plan:");
        let mut step = 0;
        let mut say = |s: String| {
            step += 1;
            println!("    {step}. {s}");
        };
        if ind.source == Source::Index {
            say("read `index_scores` (one row per city, assessment year and area)".into());
            match ind.statistic {
                Statistic::IndexArea => say(format!(
                    "take the score of area `{}` (a lens given as sub-areas is their mean)",
                    ind.items.join(", ")
                )),
                _ => say("average the core areas present (optional areas never enter)".into()),
            }
            say("estimate = the score; n, se and the interval are null (an assessment, not a sample)".into());
            say("changes between assessments are flagged when the index_version differs".into());
            say("trend over ≥ 5 assessments since the latest version change: ordinary least squares of the score on the year (no sampling error, so the same model as below with every SE 0), slope t test on waves − 2 df".into());
            say(verdict_rule(ind));
            continue;
        }
        for it in &ind.items {
            let w = bank
                .get(it)
                .and_then(|b| b.wording.get("en"))
                .map_or("", String::as_str);
            say(format!(
                "scan `responses` where kind = {} and item = {it} (\"{w}\")",
                ind.source.as_str()
            ));
        }
        say("harmonise: missing codes and empty cells -> missing; reversed scales mirrored (min + max − code)".into());
        let y = match ind.statistic {
            Statistic::ShareAgree => "y = 100 if the local code is in the item's `agree` list (else the value lies above the midpoint), 0 otherwise".to_string(),
            Statistic::Mean => "y = the harmonised value on the item's own scale".to_string(),
            Statistic::MeanPomp => "y = POMP = (value − min) / (max − min) × 100".to_string(),
            _ => format!("y = mean POMP of the {} items when at least {} are answered, else missing", ind.items.len(), ind.items.len().div_ceil(2)),
        };
        say(y);
        say("per city, wave and group (all, and each value of migrant_background, age_band, gender, neighbourhood): ŷ = Σ w·y / Σ w over respondents with y".into());
        say("SE by Taylor linearisation, PSUs with replacement within strata, domains on the full design (R survey: svymean(~y, design, na.rm = TRUE) / svyby)".into());
        say(if ind.statistic == Statistic::ShareAgree {
            "95% CI: Korn–Graubard (Clopper–Pearson on the effective n adjusted for the design df; R svyciprop(method = \"beta\"))".into()
        } else {
            "95% CI: ŷ ± t(df, 0.975) · SE with the design df = PSUs − strata (R degf)".into()
        });
        say("suppressed (estimate, SE, CI null) when unweighted n < min_n, or for a share when its Korn–Graubard effective n < 30 or its CI is 30 points wide or more".into());
        say(
            "changes: consecutive waves and first vs latest, t = diff / √(se₁² + se₂²) on df₁ + df₂, q ([analysis] multiple_testing) within (set, city, kind, pair of waves)"
                .into(),
        );
        say("trend over ≥ 5 waves since the latest series break: random-effects meta-regression of the wave estimates on time with their SEs (REML τ², Knapp–Hartung slope test on waves − 2 df; R metafor::rma(yi, sei, mods = ~ year, method = \"REML\", test = \"knha\")), Cochran's Q_E for movement between waves beyond sampling error; Mann–Kendall and Sen's slope beside as a robustness check".into());
        say(verdict_rule(ind));
    }
    Ok(0)
}

/// The verdict rule of an indicator, with its equivalence margin.
fn verdict_rule(ind: &crate::config::indicators::Indicator) -> String {
    let margin = match ind.equivalence_margin {
        Some(m) => format!(
            "its 90% interval (for a trend: of the slope times the years spanned) inside ±{m} (equivalence_margin)"
        ),
        None => "never: no equivalence_margin is declared for this indicator".to_string(),
    };
    format!(
        "verdict (the one headline word): the trend when there are ≥ 5 waves since the latest break, else first vs latest since the break; BH q within (set, city, kind, group) over the set's verdicts; \
         improved/declined when q < alpha ({}); stable when {margin}, and for a trend no significant movement between waves (q of Q_E ≥ alpha); \
         fluctuating (trend only) when the waves moved by more than sampling error without a steady slope; otherwise no_clear_change; \
         the latest significant wave-to-wave change is printed beside the word",
        ind.polarity.as_str()
    )
}
