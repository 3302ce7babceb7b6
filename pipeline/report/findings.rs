//! What a city's numbers say, decided once in the analysis stage and only worded here: for
//! each indicator the latest estimate, the last change, the trend test and — the only source
//! of headline words — the pre-specified verdict of the `verdicts` table (improved, declined,
//! stable, fluctuating, no clear change, no comparison yet) with the latest significant
//! wave-to-wave change beside it. The city report, the mayor brief and the
//! network report all use these sentences, so they never disagree with each other or with the
//! test.
//!
//! Rules: every interval printed beside a q is the false-coverage-adjusted one stored by the
//! analysis stage; "stable" is said only with its equivalence interval and margin; a
//! non-significant change is "no clear change, compatible with A to B", never "stable".

use super::Ctx;
use super::doc::Tone;
use super::format::Unit;
use super::i18n::Arg;
use crate::config::bank::Polarity;
use crate::config::indicators::Indicator;
use crate::store::rows::{ChangeRow as Change, EstimateRow as Est, PeerRow, TrendRow as Trend, VerdictRow};
use crate::vocab::GroupDim;
use crate::vocab::{Comparison, Direction, Flag, Source, Test, Word};

/// A city's peer groups for the barometer indicators of a set, each with its rows, in the one
/// order every page uses: groups with a comparison (a median on some indicator, i.e. enough
/// peers with a recent value) first, nearest neighbours first among equals. The city report
/// shows them in this order and the mayor brief speaks of the first, so the two always use
/// the same comparison.
pub fn peer_groups<'a>(ctx: &Ctx<'a>, city: &str, set_id: &str) -> Vec<Vec<&'a PeerRow>> {
    let mut groups: Vec<Vec<&'a PeerRow>> = Vec::new();
    for r in ctx
        .data
        .city(city)
        .peers()
        .filter(|p| p.set_id == set_id && p.kind == Source::Barometer)
    {
        match groups.iter_mut().find(|g| g[0].peer_group == r.peer_group) {
            Some(g) => g.push(r),
            None => groups.push(vec![r]),
        }
    }
    groups.sort_by_key(|g| {
        (
            g.iter().all(|r| r.peer_median.is_none()),
            g[0].peer_basis != crate::vocab::PeerBasis::Nearest,
        )
    });
    groups
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
    /// Trend test.
    pub trend: Option<&'a Trend>,
    /// The pre-specified verdict.
    pub verdict: Option<&'a VerdictRow>,
}

fn sign_good(p: Polarity) -> f64 {
    match p {
        Polarity::HigherIsBetter => 1.0,
        Polarity::LowerIsBetter => -1.0,
    }
}

fn all(group_dim: &GroupDim, group_value: &str) -> bool {
    *group_dim == GroupDim::All && group_value == crate::vocab::ALL
}

/// Summaries of every indicator of `set_id` with source `kind` for `city`.
pub fn summaries<'a>(ctx: &Ctx<'a>, city: &str, set_id: &str, kind: Source) -> Vec<Summary<'a>> {
    let Some(set) = ctx.cp.sets.iter().find(|s| s.id == set_id) else {
        return Vec::new();
    };
    let d = ctx.data.city(city);
    let mut out = Vec::new();
    for ind in set.indicators.iter().filter(|i| i.source == kind) {
        let mut series: Vec<&Est> = d
            .estimates()
            .filter(|e| e.set_id == set_id && e.indicator_id == ind.id && e.kind == kind)
            .filter(|e| all(&e.group_dim, &e.group_value))
            .collect();
        if series.is_empty() {
            continue;
        }
        series.sort_by(|a, b| a.date.cmp(&b.date).then(a.wave.cmp(&b.wave)));
        let latest = series.iter().rev().find(|e| e.estimate.is_some()).copied();
        let last_change = d.changes().find(|c| {
            c.set_id == set_id
                && c.indicator_id == ind.id
                && c.kind == kind
                && all(&c.group_dim, &c.group_value)
                && c.comparison == Comparison::Consecutive
                && latest.is_some_and(|l| l.wave == c.wave_to)
        });
        let trend = d.trends().find(|t| {
            t.set_id == set_id && t.indicator_id == ind.id && t.kind == kind && all(&t.group_dim, &t.group_value)
        });
        let verdict = d.verdicts().find(|v| {
            v.set_id == set_id && v.indicator_id == ind.id && v.kind == kind && all(&v.group_dim, &v.group_value)
        });
        out.push(Summary {
            ind,
            set_id: set_id.to_string(),
            title: ctx.indicator_title(set_id, &ind.id),
            unit: Unit::of_statistic(series[0].statistic),
            series,
            latest,
            last_change,
            trend,
            verdict,
        });
    }
    out
}

/// Summaries of every source the city has — barometer first, then its city surveys — so that
/// the brief and "at a glance" draw on all of its evidence.
pub fn city_summaries<'a>(ctx: &Ctx<'a>, city: &str, set_id: &str) -> Vec<Summary<'a>> {
    let mut out = summaries(ctx, city, set_id, Source::Barometer);
    out.extend(summaries(ctx, city, set_id, Source::Survey));
    out
}

/// The wave whose respondents a sentence counts: the latest shown wave of `sums` (by date)
/// with its accepted respondents from `waves` (every respondent of the wave, not one
/// indicator's n).
pub fn latest_wave<'s, 'a: 's>(
    ctx: &Ctx<'a>,
    city: &str,
    sums: impl IntoIterator<Item = &'s Summary<'a>>,
) -> Option<(&'a Est, u64)> {
    let e = sums
        .into_iter()
        .filter_map(|s| s.latest)
        .max_by_key(|e| (e.date, e.kind))?;
    let n = ctx
        .data
        .waves
        .iter()
        .find(|w| w.city == city && w.kind == e.kind && w.wave == e.wave)
        .map_or(e.n.unwrap_or(0), |w| w.accepted);
    Some((e, n))
}

/// Sentences on the significant subgroup gaps of the city's latest wave of each source (at
/// most `max`, largest first), each with the interval printed beside its q (adjusted).
pub fn gap_sentences(ctx: &Ctx, city: &str, set_id: &str, max: usize) -> Vec<String> {
    let d = ctx.data.city(city);
    let mut out: Vec<(f64, String)> = Vec::new();
    for kind in [Source::Barometer, Source::Survey] {
        let rows: Vec<&crate::store::rows::GapRow> =
            d.gaps().filter(|g| g.set_id == set_id && g.kind == kind).collect();
        let latest = rows
            .iter()
            .filter_map(|g| {
                ctx.data
                    .waves
                    .iter()
                    .find(|w| w.city == city && w.kind == kind && w.wave == g.wave)
                    .map(|w| (w.date, &g.wave))
            })
            .max();
        let Some((_, wave)) = latest else { continue };
        for g in rows.iter().filter(|g| &g.wave == wave && g.significant == Some(true)) {
            let Some(ind) = ctx
                .cp
                .sets
                .iter()
                .find(|s| s.id == set_id)
                .and_then(|s| s.get(&g.indicator_id))
            else {
                continue;
            };
            let unit = Unit::of_statistic(ind.statistic);
            let f = ctx.fmt;
            let s = ctx.tr.f(
                "gap.sentence",
                &[
                    ("indicator", &ctx.indicator_title(set_id, &g.indicator_id)),
                    ("group", &ctx.group_title(g.group_dim, &g.group_value)),
                    ("value", &f.value(g.estimate, unit)),
                    ("reference", &ctx.group_title(g.group_dim, &g.reference_value)),
                    ("ref_value", &f.value(g.reference_estimate, unit)),
                    ("gap", &f.signed(g.gap, unit)),
                    ("unit", &ctx.diff_unit(unit, Some(g.gap))),
                    ("lo", &g.ci_adj_low.map_or("–".into(), |x| f.signed(x, unit))),
                    ("hi", &g.ci_adj_high.map_or("–".into(), |x| f.signed(x, unit))),
                    ("q", &g.q_value.map_or("q = –".into(), |q| f.q_expr(q))),
                    ("wave", &f.wave(&g.wave)),
                    ("source", ctx.tr.t(&format!("source.{}", kind.as_str()))),
                ],
            );
            out.push((g.gap.abs(), s));
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0));
    out.into_iter().take(max).map(|x| x.1).collect()
}

impl Summary<'_> {
    /// The verdict's word (no comparison without a verdict row).
    pub fn word(&self) -> Word {
        self.verdict.map_or(Word::NoComparison, |v| v.word)
    }

    /// True when the latest consecutive change went the wrong way but not significantly
    /// (a dip inside the survey's margin of error).
    pub fn dip_inside_interval(&self) -> bool {
        self.last_change
            .is_some_and(|c| c.significant == Some(false) && c.diff * sign_good(self.ind.polarity) < 0.0)
    }

    /// Magnitude used to order findings: the total change the verdict estimates.
    pub fn strength(&self) -> f64 {
        match self.verdict {
            Some(v) if v.test == Test::Trend => v.estimate.unwrap_or(0.0).abs() * 5.0,
            Some(v) => v.estimate.unwrap_or(0.0).abs(),
            None => 0.0,
        }
    }
}

/// The adjusted interval of a verdict as text ("–" for a bound that is unknown).
fn adjusted_bounds(v: &VerdictRow, fmt: impl Fn(f64) -> String) -> (String, String) {
    let lo = v.ci_adj_low.map_or_else(|| "–".into(), &fmt);
    let hi = v.ci_adj_high.map_or_else(|| "–".into(), &fmt);
    (lo, hi)
}

/// Named arguments with owned values as the translator takes them.
fn borrowed<'a>(args: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    args.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// Tone of a verdict word.
pub fn word_tone(w: Word) -> Tone {
    match w {
        Word::Improved => Tone::Good,
        Word::Declined => Tone::Bad,
        _ => Tone::Neutral,
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

    /// Unit words for a difference `v` as shown ("1 point", "0,1 point", "2 points": the
    /// plural form follows the number the unit comes after; `None` reads as plural).
    pub fn diff_unit(&self, unit: Unit, v: Option<f64>) -> String {
        let key = match unit {
            Unit::Percent => "unit.pp",
            Unit::Score => "unit.points",
            Unit::Raw => "unit.scale_points",
        };
        let n = match v.filter(|x| x.is_finite()) {
            Some(x) => Arg::num(x, unit.decimals()),
            None => Arg::num(2.0, 0),
        };
        self.tr.fa(key, &[("n", n)])
    }

    /// The adjusted interval of a change (the one printed beside its q), as text.
    fn change_bounds(&self, c: &Change, unit: Unit) -> (String, String) {
        let f = self.fmt;
        match (c.ci_adj_low, c.ci_adj_high) {
            (Some(lo), Some(hi)) => (f.signed(lo, unit), f.signed(hi, unit)),
            _ => ("–".into(), "–".into()),
        }
    }

    /// "+3.2 percentage points (interval adjusted for multiple comparisons +0.4 to +6.0;
    /// q = 0.03)".
    pub fn change_phrase(&self, c: &Change, unit: Unit) -> String {
        let f = self.fmt;
        let (lo, hi) = self.change_bounds(c, unit);
        let q = c.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into());
        self.tr.f(
            "phrase.change",
            &[
                ("diff", &f.signed(c.diff, unit)),
                ("unit", &self.diff_unit(unit, Some(c.diff))),
                ("lo", &lo),
                ("hi", &hi),
                ("q", &q),
            ],
        )
    }

    /// "+3.2 (+0.4 to +6.0); q = 0.03" for table cells (adjusted interval; unit in the note).
    pub fn change_short(&self, c: &Change, unit: Unit) -> String {
        let f = self.fmt;
        let (lo, hi) = self.change_bounds(c, unit);
        let q = c.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into());
        self.tr.f(
            "phrase.change_short",
            &[("diff", &f.signed(c.diff, unit)), ("lo", &lo), ("hi", &hi), ("q", &q)],
        )
    }

    /// The word for one change: significant, stable (equivalent) or no clear change.
    pub fn change_word(&self, c: &Change) -> &str {
        self.tr.t(if c.significant == Some(true) {
            "tone.significant_cap"
        } else if c.equivalent == Some(true) {
            "word.stable"
        } else {
            "word.no_clear_change"
        })
    }

    /// A sentence on a change: significant, stable by equivalence, or "no clear change,
    /// compatible with …", with the break caveat.
    pub fn change_sentence(&self, c: &Change, unit: Unit) -> String {
        let key = if c.significant == Some(true) {
            "sentence.change_sig"
        } else if c.equivalent == Some(true) {
            "sentence.change_eq"
        } else {
            "sentence.change_ns"
        };
        let (lo, hi) = self.change_bounds(c, unit);
        let mut s = self.tr.f(
            key,
            &[
                ("from", &self.fmt.wave(&c.wave_from)),
                ("to", &self.fmt.wave(&c.wave_to)),
                ("change", &self.change_phrase(c, unit)),
                ("lo", &lo),
                ("hi", &hi),
                ("unit", &self.diff_unit(unit, c.ci_adj_high)),
                (
                    "q",
                    &c.q_value.map(|q| self.fmt.q_expr(q)).unwrap_or_else(|| "q = –".into()),
                ),
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
        let slope = t.slope.map(|s| f.signed(s, unit)).unwrap_or_else(|| "–".into());
        let per_year = self.tr.f("unit.per_year", &[("unit", &self.diff_unit(unit, t.slope))]);
        let alpha = f.num(self.alpha(), 2);
        let key = match t.direction {
            Direction::Rising => "sentence.trend_up",
            Direction::Falling => "sentence.trend_down",
            Direction::Fluctuating => "sentence.trend_fluctuating",
            Direction::NoClearTrend => "sentence.trend_none",
            Direction::InsufficientWaves => "sentence.trend_few",
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
                ("q", &t.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into())),
            ],
        );
        if t.series_break {
            s.push(' ');
            s.push_str(self.tr.t("sentence.trend_after_break"));
        }
        s
    }

    /// The latest significant wave-to-wave change a verdict carries, when it is not the very
    /// comparison the verdict tests: (difference, adjusted low, adjusted high, from, to, q).
    fn latest_change_args(&self, v: &VerdictRow, unit: Unit) -> Option<[(&'static str, String); 6]> {
        let (d, from, to) = (
            v.latest_change?,
            v.latest_change_wave_from.as_deref()?,
            v.latest_change_wave_to.as_deref()?,
        );
        if v.test == Test::Change && v.wave_from.as_deref() == Some(from) && v.wave_to.as_deref() == Some(to) {
            return None;
        }
        let f = self.fmt;
        let b = |x: Option<f64>| x.map_or("–".to_string(), |x| f.signed(x, unit));
        Some([
            ("diff", f.signed(d, unit)),
            ("lo", b(v.latest_change_ci_adj_low)),
            ("hi", b(v.latest_change_ci_adj_high)),
            ("from", f.wave(from)),
            ("to", f.wave(to)),
            (
                "q",
                v.latest_change_q.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into()),
            ),
        ])
    }

    /// "latest change +11.3 points from 2017 to 2019 (adjusted interval +7.2 to +15.3; q < 0.001)"
    /// — the sentence a verdict carries so that no word hides a significant change.
    pub fn latest_change_sentence(&self, v: &VerdictRow, unit: Unit) -> Option<String> {
        let a = self.latest_change_args(v, unit)?;
        let unit_words = self.diff_unit(unit, v.latest_change);
        let mut args: Vec<(&str, &str)> = borrowed(&a);
        args.push(("unit", &unit_words));
        Some(self.tr.f("verdict_sentence.latest_change", &args))
    }

    /// The verdict's word for a table cell, with the latest significant change beside it when
    /// there is one ("Fluctuating; latest change +11.3 (2017 → 2019)").
    pub fn word_cell(&self, s: &Summary) -> String {
        let word = self.tr.t(&format!("word.{}", s.word().as_str())).to_string();
        match s.verdict.and_then(|v| self.latest_change_args(v, s.unit)) {
            Some(a) => {
                let args: Vec<(&str, &str)> = borrowed(&a);
                let mut all = vec![("word", word.as_str())];
                all.extend(args);
                self.tr.f("word_cell.latest_change", &all)
            }
            None => word,
        }
    }

    /// "+1.2 a year (+0.3 to +2.0); q = 0.01" for table cells: the verdict's estimate with
    /// the interval printed beside q (adjusted), or the 90% equivalence interval for "stable".
    pub fn verdict_short(&self, v: &VerdictRow, unit: Unit) -> String {
        let f = self.fmt;
        let s = |x: Option<f64>| x.map_or("–".to_string(), |x| f.signed(x, unit));
        let (lo_adj, hi_adj) = adjusted_bounds(v, |x| f.signed(x, unit));
        let est = match v.test {
            Test::Trend => self.tr.f("verdict_short.per_year", &[("slope", &s(v.estimate))]),
            _ => s(v.estimate),
        };
        let q = v.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into());
        let short = if v.word == Word::Stable && v.test == Test::Trend {
            // The equivalence interval is of the total change over the period, not the slope.
            self.tr.f(
                "verdict_short.stable_trend",
                &[
                    ("lo", &s(v.eq_ci_low)),
                    ("hi", &s(v.eq_ci_high)),
                    ("margin", &v.margin.map(|m| f.bare(m, unit)).unwrap_or_default()),
                ],
            )
        } else if v.word == Word::Stable {
            self.tr.f(
                "verdict_short.stable",
                &[
                    ("estimate", &est),
                    ("lo", &s(v.eq_ci_low)),
                    ("hi", &s(v.eq_ci_high)),
                    ("margin", &v.margin.map(|m| f.bare(m, unit)).unwrap_or_default()),
                ],
            )
        } else {
            self.tr.f(
                "phrase.change_short",
                &[("diff", &est), ("lo", &lo_adj), ("hi", &hi_adj), ("q", &q)],
            )
        };
        match self.latest_change_args(v, unit) {
            Some(a) => {
                let mut args: Vec<(&str, &str)> = borrowed(&a);
                args.push(("short", &short));
                self.tr.f("verdict_short.latest_change", &args)
            }
            None => short,
        }
    }

    /// The sentence that states a verdict with its evidence: the estimate with the interval
    /// printed beside q (false-coverage adjusted), or the equivalence interval and margin.
    pub fn verdict_sentence(&self, v: &VerdictRow, unit: Unit) -> String {
        let f = self.fmt;
        let first = v.wave_from.as_deref().map(|w| f.wave(w)).unwrap_or_default();
        let last = v.wave_to.as_deref().map(|w| f.wave(w)).unwrap_or_default();
        let s = |x: Option<f64>| x.map_or("–".to_string(), |x| f.signed(x, unit));
        let q = v.q_value.map(|q| f.q_expr(q)).unwrap_or_else(|| "q = –".into());
        // The unit follows the estimate in a significant or fluctuating sentence, the upper
        // adjusted bound in a "no clear change" one, the upper equivalence bound in a "stable"
        // one: its plural form follows that number.
        let unit_number = match v.word {
            Word::NoClearChange => v.ci_adj_high,
            Word::Stable => v.eq_ci_high,
            _ => v.estimate,
        };
        let unit_words = match v.test {
            Test::Trend => self
                .tr
                .f("unit.per_year", &[("unit", &self.diff_unit(unit, unit_number))]),
            _ => self.diff_unit(unit, unit_number),
        };
        let test = match v.test {
            Test::Trend => "trend",
            _ => "change",
        };
        let key = match v.word {
            Word::Improved | Word::Declined => format!("verdict_sentence.{test}_sig"),
            Word::Stable => format!("verdict_sentence.{test}_stable"),
            Word::Fluctuating => "verdict_sentence.trend_fluctuating".to_string(),
            Word::NoClearChange => format!("verdict_sentence.{test}_ns"),
            Word::NoComparison => "verdict_sentence.none".to_string(),
        };
        let (lo_adj, hi_adj) = adjusted_bounds(v, |x| f.signed(x, unit));
        let mut out = self.tr.f(
            &key,
            &[
                ("first", &first),
                ("last", &last),
                ("n", &v.n_waves.to_string()),
                ("estimate", &s(v.estimate)),
                ("unit", &unit_words),
                ("total_unit", &self.diff_unit(unit, v.eq_ci_high)),
                ("lo", &lo_adj),
                ("hi", &hi_adj),
                ("eq_lo", &s(v.eq_ci_low)),
                ("eq_hi", &s(v.eq_ci_high)),
                ("margin", &v.margin.map(|m| f.bare(m, unit)).unwrap_or_default()),
                ("q", &q),
            ],
        );
        if let Some(latest) = self.latest_change_sentence(v, unit) {
            out.push(' ');
            out.push_str(&latest);
        }
        if v.series_break {
            out.push(' ');
            out.push_str(self.tr.t("sentence.trend_after_break"));
        }
        out
    }

    /// (tone, tone label, headline, detail) of a summary: the verdict's word, then its evidence.
    pub fn finding(&self, s: &Summary) -> (Tone, String, String, String) {
        self.finding_with(s, true)
    }

    /// [`Ctx::finding`], optionally without the note on a dip inside the margin of error (the
    /// brief says it once, in "how to talk about this result").
    pub fn finding_with(&self, s: &Summary, dip_note: bool) -> (Tone, String, String, String) {
        let word = s.word();
        // The word is the tone label beside the headline; the headline names the indicator
        // (and the source when it is a city survey).
        let survey_word = self.tr.t("source.survey").to_lowercase();
        let head = match s.latest.or(s.series.first().copied()).map(|e| e.kind) {
            // Unless the set's own title already says it.
            Some(Source::Survey) if !s.title.to_lowercase().contains(&survey_word) => {
                self.tr.f("finding.survey", &[("indicator", s.title.as_str())])
            }
            _ => s.title.clone(),
        };
        let latest = self.latest_phrase(s);
        let mut detail = match s.verdict {
            Some(v) if v.test != Test::None => format!(
                "{} {}",
                self.verdict_sentence(v, s.unit),
                self.tr.f("sentence.latest", &[("latest", &latest)])
            ),
            _ => format!(
                "{} {}",
                self.tr.t("verdict_sentence.none"),
                self.tr.f("sentence.latest", &[("latest", &latest)])
            ),
        };
        if s.latest.and_then(|e| e.flag).is_some_and(|f| f != Flag::Ok) {
            detail.push(' ');
            detail.push_str(self.tr.t("sentence.flagged"));
        }
        if dip_note && word != Word::Declined && s.dip_inside_interval() {
            detail.push(' ');
            detail.push_str(self.tr.t("sentence.dip"));
        }
        (
            word_tone(word),
            self.tr.t(&format!("word.{}", word.as_str())).to_string(),
            head,
            detail,
        )
    }
}

/// Three to five findings that hold: declines first (honesty), then improvements, then
/// indicators whose level moved between waves without a steady direction, then indicators
/// that held steady (equivalence), then — to reach three — tested indicators whose data
/// cannot tell.
pub fn pick<'s, 'a>(sums: &'s [Summary<'a>]) -> Vec<&'s Summary<'a>> {
    let by = |w: Word| {
        let mut x: Vec<&Summary> = sums.iter().filter(|s| s.word() == w).collect();
        x.sort_by(|a, b| b.strength().total_cmp(&a.strength()));
        x
    };
    let mut out: Vec<&Summary> = by(Word::Declined);
    out.extend(by(Word::Improved));
    out.extend(by(Word::Fluctuating));
    out.truncate(5);
    for w in [Word::Stable, Word::NoClearChange] {
        if out.len() >= 3 {
            break;
        }
        let mut more = by(w);
        more.sort_by_key(|s| std::cmp::Reverse(s.latest.and_then(|e| e.n).unwrap_or(0)));
        let need = 3 - out.len();
        out.extend(more.into_iter().take(need));
    }
    out
}
