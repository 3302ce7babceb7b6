//! What a city's numbers say, decided once and worded per language: for each indicator the
//! latest estimate, the last and overall changes, the trend, and a verdict (better, worse,
//! stable, too few waves) that follows significance (q < α for changes, the Mann–Kendall test
//! for trends) and the indicator's polarity. The city report and the mayor brief both use
//! these sentences, so they never disagree.
//!
//! Rules: a change across a series break never makes a verdict; a trend test already starts
//! after the last break (analysis stage); "no significant change" is stated as a finding.

use super::Ctx;
use super::doc::Tone;
use super::format::Unit;
use crate::config::bank::Polarity;
use crate::config::indicators::Indicator;
use crate::store::rows::{ChangeRow as Change, EstimateRow as Est, TrendRow as Trend};
use crate::vocab::{Comparison, Direction, Source};

/// z for a two-sided 95% interval.
pub const Z95: f64 = 1.959_964;

/// The verdict on one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Significantly better (trend or overall change), per polarity.
    Better,
    /// Significantly worse, per polarity.
    Worse,
    /// Tested, no significant change.
    Stable,
    /// Not enough waves to say.
    TooFew,
}

/// How it was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// A significant Mann–Kendall trend.
    Trend,
    /// A significant first→latest change.
    Change,
    /// Neither.
    None,
}

/// Everything known about one indicator in one city (whole population).
#[derive(Debug, Clone)]
pub struct Summary<'a> {
    /// The indicator definition.
    pub ind: &'a Indicator,
    /// Its set.
    pub set_id: String,
    /// Translated title.
    pub title: String,
    /// Unit of its values.
    pub unit: Unit,
    /// Waves (all respondents), oldest first, suppressed ones included.
    pub series: Vec<&'a Est>,
    /// Latest wave that was not suppressed.
    pub latest: Option<&'a Est>,
    /// Consecutive change into the latest wave.
    pub last_change: Option<&'a Change>,
    /// First → latest change.
    pub overall: Option<&'a Change>,
    /// Trend test.
    pub trend: Option<&'a Trend>,
    /// Verdict.
    pub verdict: Verdict,
    /// Basis of the verdict.
    pub basis: Basis,
}

fn sign_good(p: Polarity) -> f64 {
    match p {
        Polarity::HigherIsBetter => 1.0,
        Polarity::LowerIsBetter => -1.0,
    }
}

fn all(group_dim: &str, group_value: &str) -> bool {
    group_dim == "all" && group_value == "all"
}

/// Summaries of every indicator of `set_id` with source `kind` for `city`.
pub fn summaries<'a>(ctx: &Ctx<'a>, city: &str, set_id: &str, kind: Source) -> Vec<Summary<'a>> {
    let Some(set) = ctx.cp.sets.iter().find(|s| s.id == set_id) else {
        return Vec::new();
    };
    let d = ctx.data;
    let mut out = Vec::new();
    for ind in set.indicators.iter().filter(|i| i.source == kind) {
        let mut series: Vec<&Est> = d
            .estimates
            .iter()
            .filter(|e| e.city == city && e.set_id == set_id && e.indicator_id == ind.id && e.kind == kind)
            .filter(|e| all(&e.group_dim, &e.group_value))
            .collect();
        if series.is_empty() {
            continue;
        }
        series.sort_by(|a, b| a.date.cmp(&b.date).then(a.wave.cmp(&b.wave)));
        let latest = series.iter().rev().find(|e| e.estimate.is_some()).copied();
        let changes = |cmp: Comparison| {
            d.changes.iter().find(|c| {
                c.city == city
                    && c.set_id == set_id
                    && c.indicator_id == ind.id
                    && c.kind == kind
                    && all(&c.group_dim, &c.group_value)
                    && c.comparison == cmp
                    && latest.is_some_and(|l| l.wave == c.wave_to)
            })
        };
        let last_change = changes(Comparison::Consecutive);
        let overall = changes(Comparison::FirstLatest);
        let trend = d.trends.iter().find(|t| {
            t.city == city
                && t.set_id == set_id
                && t.indicator_id == ind.id
                && t.kind == kind
                && all(&t.group_dim, &t.group_value)
        });
        let good = sign_good(ind.polarity);
        let (verdict, basis) = match trend.map(|t| t.direction) {
            Some(Direction::Increasing) => (if good > 0.0 { Verdict::Better } else { Verdict::Worse }, Basis::Trend),
            Some(Direction::Decreasing) => (if good < 0.0 { Verdict::Better } else { Verdict::Worse }, Basis::Trend),
            _ => match overall.filter(|c| !c.series_break) {
                Some(c) if c.significant == Some(true) => {
                    let s = c.diff * good;
                    (if s > 0.0 { Verdict::Better } else { Verdict::Worse }, Basis::Change)
                }
                Some(c) if c.q_value.is_some() => (Verdict::Stable, Basis::None),
                _ if last_change.is_some_and(|c| c.q_value.is_some()) => (Verdict::Stable, Basis::None),
                _ => (Verdict::TooFew, Basis::None),
            },
        };
        out.push(Summary {
            ind,
            set_id: set_id.to_string(),
            title: ctx.indicator_title(set_id, &ind.id),
            unit: Unit::of_statistic(series[0].statistic),
            series,
            latest,
            last_change,
            overall,
            trend,
            verdict,
            basis,
        });
    }
    out
}

impl Summary<'_> {
    /// True when the latest consecutive change went the wrong way but not significantly
    /// (a dip inside the survey's margin of error).
    pub fn dip_inside_interval(&self) -> bool {
        self.last_change
            .is_some_and(|c| c.significant == Some(false) && c.diff * sign_good(self.ind.polarity) < 0.0)
    }

    /// Magnitude used to order findings.
    pub fn strength(&self) -> f64 {
        match self.basis {
            Basis::Trend => self.trend.and_then(|t| t.sen_slope_per_year).unwrap_or(0.0).abs() * 5.0,
            Basis::Change => self.overall.map(|c| c.diff).unwrap_or(0.0).abs(),
            Basis::None => 0.0,
        }
    }
}

/// Wording of summaries in one language.
impl Ctx<'_> {
    /// "45.2% in March 2024 (95% CI 41.0 to 49.5; n = 512)".
    pub fn latest_phrase(&self, s: &Summary) -> String {
        match s.latest {
            Some(e) => self.est_phrase(e, s.unit),
            None => self.tr.t("phrase.too_few").to_string(),
        }
    }

    /// One estimate with its interval and n.
    pub fn est_phrase(&self, e: &Est, unit: Unit) -> String {
        let f = self.fmt;
        match (e.estimate, e.ci_low, e.ci_high) {
            (Some(v), Some(lo), Some(hi)) => self.tr.f(
                "phrase.estimate",
                &[
                    ("value", &f.value(v, unit)),
                    ("wave", &f.wave(&e.wave)),
                    ("lo", &f.bare(lo, unit)),
                    ("hi", &f.bare(hi, unit)),
                    ("n", &f.count(e.n.unwrap_or(0))),
                ],
            ),
            _ => self.tr.f("phrase.suppressed", &[("wave", &f.wave(&e.wave))]),
        }
    }

    /// Unit words for differences ("percentage points").
    pub fn diff_unit(&self, unit: Unit) -> &str {
        self.tr.t(match unit {
            Unit::Percent => "unit.pp",
            Unit::Score => "unit.points",
            Unit::Raw => "unit.scale_points",
        })
    }

    /// "+3.2 percentage points (95% CI +0.4 to +6.0; q = 0.03)".
    pub fn change_phrase(&self, c: &Change, unit: Unit) -> String {
        let f = self.fmt;
        let diff = c.diff;
        let (lo, hi) = match c.se_diff {
            Some(se) => (f.signed(diff - Z95 * se, unit), f.signed(diff + Z95 * se, unit)),
            None => ("–".into(), "–".into()),
        };
        let q = c.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into());
        self.tr.f(
            "phrase.change",
            &[
                ("diff", &f.signed(diff, unit)),
                ("unit", self.diff_unit(unit)),
                ("lo", &lo),
                ("hi", &hi),
                ("q", &q),
            ],
        )
    }

    /// "+3.2 (+0.4 to +6.0); q = 0.03" for table cells (unit in the table note).
    pub fn change_short(&self, c: &Change, unit: Unit) -> String {
        let f = self.fmt;
        let diff = c.diff;
        let (lo, hi) = match c.se_diff {
            Some(se) => (f.signed(diff - Z95 * se, unit), f.signed(diff + Z95 * se, unit)),
            None => ("–".into(), "–".into()),
        };
        let q = c.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into());
        self.tr.f(
            "phrase.change_short",
            &[("diff", &f.signed(diff, unit)), ("lo", &lo), ("hi", &hi), ("q", &q)],
        )
    }

    /// A sentence on a change: significant or "no significant change", with the break caveat.
    pub fn change_sentence(&self, c: &Change, unit: Unit) -> String {
        let key = if c.significant == Some(true) {
            "sentence.change_sig"
        } else {
            "sentence.change_ns"
        };
        let mut s = self.tr.f(
            key,
            &[
                ("from", &self.fmt.wave(&c.wave_from)),
                ("to", &self.fmt.wave(&c.wave_to)),
                ("change", &self.change_phrase(c, unit)),
            ],
        );
        if c.series_break {
            s.push(' ');
            s.push_str(self.tr.t("sentence.across_break"));
        }
        s
    }

    /// A sentence on the trend test.
    pub fn trend_sentence(&self, t: &Trend, unit: Unit) -> String {
        let f = self.fmt;
        let first = t.first_wave.as_deref().map(|w| f.wave(w)).unwrap_or_default();
        let last = t.last_wave.as_deref().map(|w| f.wave(w)).unwrap_or_default();
        let n = t.n_waves.to_string();
        let slope = t
            .sen_slope_per_year
            .map(|s| f.signed(s, unit))
            .unwrap_or_else(|| "–".into());
        let per_year = self.tr.f("unit.per_year", &[("unit", self.diff_unit(unit))]);
        let alpha = f.num(self.alpha(), 2);
        let key = match t.direction.as_str() {
            "increasing" => "sentence.trend_up",
            "decreasing" => "sentence.trend_down",
            "no significant trend" => "sentence.trend_none",
            _ => "sentence.trend_few",
        };
        let mut s = self.tr.f(
            key,
            &[
                ("first", &first),
                ("last", &last),
                ("n", &n),
                ("slope", &slope),
                ("per_year", &per_year),
                ("alpha", &alpha),
            ],
        );
        if t.series_break {
            s.push(' ');
            s.push_str(self.tr.t("sentence.trend_after_break"));
        }
        s
    }

    /// (tone, tone label, headline, detail) of a summary.
    pub fn finding(&self, s: &Summary) -> (Tone, String, String, String) {
        let title = s.title.as_str();
        let up = match s.basis {
            Basis::Trend => s.trend.is_some_and(|t| t.direction == Direction::Increasing),
            _ => s.overall.map(|c| c.diff).unwrap_or(0.0) > 0.0,
        };
        let (tone, label) = match s.verdict {
            Verdict::Better => (Tone::Good, "tone.better"),
            Verdict::Worse => (Tone::Bad, "tone.worse"),
            Verdict::Stable => (Tone::Neutral, "tone.stable"),
            Verdict::TooFew => (Tone::Neutral, "tone.too_few"),
        };
        let head_key = match (s.verdict, up) {
            (Verdict::Better | Verdict::Worse, true) => "finding.up",
            (Verdict::Better | Verdict::Worse, false) => "finding.down",
            (Verdict::Stable, _) => "finding.stable",
            (Verdict::TooFew, _) => "finding.too_few",
        };
        let head = self.tr.f(head_key, &[("indicator", title)]);
        let latest = self.latest_phrase(s);
        let comparable = s.overall.filter(|c| !c.series_break);
        let tested_trend = s
            .trend
            .filter(|t| t.sen_slope_per_year.is_some() && t.direction != Direction::InsufficientWaves);
        let mut detail = match (s.basis, s.trend, comparable, tested_trend, s.last_change) {
            (Basis::Trend, Some(t), ..) => format!(
                "{} {}",
                self.trend_sentence(t, s.unit),
                self.tr.f("sentence.latest", &[("latest", &latest)])
            ),
            (_, _, Some(c), ..) => format!(
                "{} {}",
                self.change_sentence(c, s.unit),
                self.tr.f("sentence.latest", &[("latest", &latest)])
            ),
            (_, _, None, Some(t), _) => format!(
                "{} {}",
                self.trend_sentence(t, s.unit),
                self.tr.f("sentence.latest", &[("latest", &latest)])
            ),
            (_, _, None, None, Some(c)) => format!(
                "{} {}",
                self.change_sentence(c, s.unit),
                self.tr.f("sentence.latest", &[("latest", &latest)])
            ),
            _ => self.tr.f("sentence.latest", &[("latest", &latest)]),
        };
        if s.verdict != Verdict::Worse && s.dip_inside_interval() {
            detail.push(' ');
            detail.push_str(self.tr.t("sentence.dip"));
        }
        (tone, self.tr.t(label).to_string(), head, detail)
    }
}

/// Three to five findings that hold: significant deteriorations first (honesty), then
/// improvements, then stable indicators to fill up to three.
pub fn pick<'s, 'a>(sums: &'s [Summary<'a>]) -> Vec<&'s Summary<'a>> {
    let by = |v: Verdict| {
        let mut x: Vec<&Summary> = sums.iter().filter(|s| s.verdict == v).collect();
        x.sort_by(|a, b| b.strength().total_cmp(&a.strength()));
        x
    };
    let mut out: Vec<&Summary> = by(Verdict::Worse);
    out.extend(by(Verdict::Better));
    out.truncate(5);
    let need = 3usize.saturating_sub(out.len());
    let mut stable = by(Verdict::Stable);
    stable.sort_by_key(|s| std::cmp::Reverse(s.latest.and_then(|e| e.n).unwrap_or(0)));
    out.extend(
        stable
            .into_iter()
            .take(need.max(usize::from(out.len() < 5 && out.len() >= 3))),
    );
    out.truncate(5);
    out
}
