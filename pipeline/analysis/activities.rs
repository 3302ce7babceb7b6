//! Activity effects (docs/METHODS.md "Activity effects", `activity_effects`): pre/post pairs
//! per activity type and item, for each city that ran the type and pooled over cities
//! (`city = "all"`).
//!
//! The unit is the activity: participants of one session are not independent. The mean change
//! (post − pre over the paired participants) and the share who improved get a 95%
//! cluster-bootstrap interval over activities ([`cluster_bootstrap_mean_change`]: activities
//! resampled with replacement, [`DEFAULT_DRAWS`] draws, percentile interval), seeded from the
//! project seed and the row (`activity/<type>/<item>/<city>`), so that the table is
//! byte-identical whatever the thread count. With fewer than [`MIN_ACTIVITIES_CI`] activities
//! there is nothing to resample and the intervals are null.
//!
//! Participant-level descriptions beside them: ordinal items get the Wilcoxon signed-rank test
//! (scipy defaults: zeros dropped from the ranks, exact or normal per scipy's rule) with the
//! matched-pairs rank-biserial r counting zero differences (Pratt ranks, see
//! [`crate::stats::nonparam::Wilcoxon::r_rank_biserial`]); binary items the exact McNemar test
//! with the difference in proportions. These treat participants as independent, so their
//! p-values are descriptive; the interval is the inference.
//!
//! Activity types are compared per item by Kruskal–Wallis on activity-mean change scores (one
//! value per activity: the mean post − pre of its paired participants), pooled over cities.
//! q-values: Benjamini–Hochberg over the rows with a p-value and the same `city`.

use crate::config::bank::QuestionBank;
use crate::rng::Rng;
use crate::stats::bootstrap::{DEFAULT_DRAWS, cluster_bootstrap_mean_change, up_same_down};
use crate::stats::multtest::benjamini_hochberg;
use crate::stats::nonparam::{WilcoxonMethod, kruskal_wallis, mcnemar, wilcoxon_signed_rank};
use crate::store::rows::{ActivityRow, EffectRow};
use crate::vocab::{ALL, ALL_TYPES, EffectTest};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Fewest activities for a cluster-bootstrap interval: with one activity every draw is that
/// activity and the "interval" would be a point, which says nothing about other sessions.
pub const MIN_ACTIVITIES_CI: usize = 2;

/// One activity's answers to one item.
#[derive(Debug, Default)]
struct Activity {
    /// City of the activity.
    city: String,
    /// (pre, post) of each paired participant, in participant-key order.
    pairs: Vec<(f64, f64)>,
    /// Participants with only one of pre and post.
    unpaired: u32,
}

impl Activity {
    fn changes(&self) -> Vec<f64> {
        self.pairs.iter().map(|(a, b)| b - a).collect()
    }
}

/// Pair answers and describe every (activity type, item) for each city and pooled, then
/// compare the types of each item; `seed` is the project seed.
pub fn activity_effects(answers: &[ActivityRow], bank: &QuestionBank, seed: u64) -> Vec<EffectRow> {
    // (type, item) -> (city, activity) -> participant -> (pre, post)
    type Answers = BTreeMap<String, (Option<f64>, Option<f64>)>;
    let mut by: BTreeMap<(String, String), BTreeMap<(String, String), Answers>> = BTreeMap::new();
    for a in answers {
        let e = by
            .entry((a.activity_type.clone(), a.item.clone()))
            .or_default()
            .entry((a.city.clone(), a.activity_id.clone()))
            .or_default()
            .entry(a.participant_key.clone())
            .or_default();
        if a.phase == "pre" {
            e.0 = Some(a.value);
        } else {
            e.1 = Some(a.value);
        }
    }
    let by: BTreeMap<(String, String), Vec<Activity>> = by
        .into_iter()
        .map(|(k, acts)| {
            let acts = acts
                .into_iter()
                .map(|((city, _), people)| {
                    let pairs: Vec<(f64, f64)> = people.values().filter_map(|(a, b)| Some(((*a)?, (*b)?))).collect();
                    let unpaired = (people.len() - pairs.len()) as u32;
                    Activity { city, pairs, unpaired }
                })
                .collect();
            (k, acts)
        })
        .collect();

    // One task per row: the pooled row first, then each city in name order.
    let mut tasks: Vec<(&str, &str, String, Vec<&Activity>)> = Vec::new();
    for ((atype, item), acts) in &by {
        tasks.push((atype, item, ALL.to_string(), acts.iter().collect()));
        let cities: BTreeSet<&str> = acts.iter().map(|a| a.city.as_str()).collect();
        for c in cities {
            tasks.push((
                atype,
                item,
                c.to_string(),
                acts.iter().filter(|a| a.city == c).collect(),
            ));
        }
    }
    let mut out: Vec<EffectRow> = tasks
        .par_iter()
        .map(|(atype, item, city, acts)| {
            let binary = bank.get(item).is_some_and(|b| b.binary);
            let label = format!("activity/{atype}/{item}/{city}");
            effect_row(atype, item, city, acts, binary, Rng::derive(seed, &label).next_u64())
        })
        .collect();

    // Kruskal–Wallis across types per item, on activity-mean changes, pooled over cities.
    let mut by_item: BTreeMap<&str, Vec<(&str, &[Activity])>> = BTreeMap::new();
    for ((atype, item), acts) in &by {
        by_item.entry(item).or_default().push((atype, acts));
    }
    for (item, types) in by_item {
        out.extend(kruskal_row(item, &types));
    }

    // BH within each city (the pooled rows and the Kruskal–Wallis rows: `all`).
    let families: BTreeSet<String> = out.iter().map(|r| r.city.clone()).collect();
    for fam in families {
        let idx: Vec<usize> = (0..out.len())
            .filter(|&i| out[i].city == fam && out[i].p_value.is_some())
            .collect();
        let p: Vec<f64> = idx.iter().filter_map(|&i| out[i].p_value).collect();
        for (&i, q) in idx.iter().zip(benjamini_hochberg(&p)) {
            out[i].q_value = Some(q);
        }
    }
    out
}

/// The mean change of each activity with pairs (its participants' mean post − pre).
fn activity_means(acts: &[Activity]) -> Vec<f64> {
    acts.iter()
        .filter(|a| !a.pairs.is_empty())
        .map(|a| a.changes().iter().sum::<f64>() / a.pairs.len() as f64)
        .collect()
}

/// The Kruskal–Wallis row of one item (None with fewer than two types with pairs).
fn kruskal_row(item: &str, types: &[(&str, &[Activity])]) -> Option<EffectRow> {
    let groups: Vec<Vec<f64>> = types
        .iter()
        .map(|(_, acts)| activity_means(acts))
        .filter(|g| !g.is_empty())
        .collect();
    if groups.len() < 2 {
        return None;
    }
    let refs: Vec<&[f64]> = groups.iter().map(Vec::as_slice).collect();
    let kw = kruskal_wallis(&refs);
    let acts = || types.iter().flat_map(|(_, a)| a.iter());
    Some(EffectRow {
        activity_type: ALL_TYPES.into(),
        item: item.into(),
        city: ALL.into(),
        n_activities: groups.iter().map(|g| g.len() as u32).sum(),
        n_pairs: acts().map(|a| a.pairs.len() as u32).sum(),
        n_unpaired: acts().map(|a| a.unpaired).sum(),
        mean_pre: None,
        mean_post: None,
        diff: None,
        diff_ci_low: None,
        diff_ci_high: None,
        share_up: None,
        share_up_ci_low: None,
        share_up_ci_high: None,
        share_same: None,
        share_down: None,
        statistic: kw.map(|k| k.h),
        p_value: kw.map(|k| k.p),
        q_value: None,
        test: EffectTest::KruskalWallis,
        effect_size: None,
        effect_size_kind: String::new(),
    })
}

/// One row: the activities `acts` of a type, item and city (or all cities).
fn effect_row(atype: &str, item: &str, city: &str, acts: &[&Activity], binary: bool, seed: u64) -> EffectRow {
    let full: Vec<(f64, f64)> = acts.iter().flat_map(|a| a.pairs.iter().copied()).collect();
    let n = full.len();
    let mean = |f: fn(&(f64, f64)) -> f64| (n > 0).then(|| full.iter().map(f).sum::<f64>() / n as f64);
    let clusters: Vec<Vec<f64>> = acts.iter().map(|a| a.changes()).collect();
    let d: Vec<f64> = clusters.concat();
    let boot = cluster_bootstrap_mean_change(&clusters, DEFAULT_DRAWS, seed);
    let with_ci = boot.as_ref().filter(|b| b.n_activities >= MIN_ACTIVITIES_CI);
    let pct = |x: f64| x * 100.0;
    let (up, same, down) = up_same_down(&d);
    let share = |x: f64| (n > 0).then(|| pct(x));
    let mut row = EffectRow {
        activity_type: atype.into(),
        item: item.into(),
        city: city.into(),
        n_activities: boot.as_ref().map_or(0, |b| b.n_activities as u32),
        n_pairs: n as u32,
        n_unpaired: acts.iter().map(|a| a.unpaired).sum(),
        mean_pre: mean(|p| p.0),
        mean_post: mean(|p| p.1),
        diff: boot.as_ref().map(|b| b.mean),
        diff_ci_low: with_ci.map(|b| b.ci_low),
        diff_ci_high: with_ci.map(|b| b.ci_high),
        share_up: share(up),
        share_up_ci_low: with_ci.map(|b| pct(b.share_up_low)),
        share_up_ci_high: with_ci.map(|b| pct(b.share_up_high)),
        share_same: share(same),
        share_down: share(down),
        statistic: None,
        p_value: None,
        q_value: None,
        test: EffectTest::NotComputable,
        effect_size: None,
        effect_size_kind: String::new(),
    };
    if n == 0 {
        return row;
    }
    if binary {
        let b = full.iter().filter(|(a, p)| *a == 1.0 && *p == 0.0).count() as u64;
        let c = full.iter().filter(|(a, p)| *a == 0.0 && *p == 1.0).count() as u64;
        let m = mcnemar(b, c);
        row.statistic = Some(m.statistic);
        row.p_value = Some(m.p_value);
        row.effect_size = row.diff;
        row.effect_size_kind = "difference in proportions".into();
        row.test = EffectTest::McNemarExact;
    } else {
        if let Some(w) = wilcoxon_signed_rank(&d) {
            row.statistic = Some(w.statistic);
            row.p_value = Some(w.p_value);
            row.effect_size = Some(w.r_rank_biserial);
            row.test = match w.method {
                WilcoxonMethod::Exact => EffectTest::WilcoxonExact,
                WilcoxonMethod::Permutation => EffectTest::WilcoxonPermutation,
                WilcoxonMethod::Normal => EffectTest::WilcoxonNormal,
            };
        }
        row.effect_size_kind = "matched-pairs rank-biserial r".into();
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::nonparam::kruskal_wallis;
    use crate::store::schema::Day;

    /// (activity, type, city, participant, item, pre, post); `None` = that phase is missing.
    type Spec = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        Option<f64>,
        Option<f64>,
    );

    fn rows(spec: &[Spec]) -> Vec<ActivityRow> {
        let mut out = Vec::new();
        for (act, ty, city, p, item, pre, post) in spec {
            for (phase, v) in [("pre", pre), ("post", post)] {
                if let Some(v) = v {
                    out.push(ActivityRow {
                        activity_id: act.to_string(),
                        activity_type: ty.to_string(),
                        city: city.to_string(),
                        date: Day(19000),
                        participant_key: p.to_string(),
                        phase: phase.to_string(),
                        item: item.to_string(),
                        value: *v,
                    });
                }
            }
        }
        out
    }

    /// Two types in two cities. get_along changes (post − pre) per activity:
    /// dialogue d1 (Oslo) [1, 1] + one pre-only; d2 (Oslo) [0, 0, −1, 1] + one post-only;
    /// d3 (Lund) [3, 0]; info i1 (Oslo) [0, −1]; i2 (Lund) [0, 0, 1]; i3 (Lund) [−1].
    /// contact_diverse (binary), dialogue: d1 (Oslo) 0→1, 0→1, 1→1; d3 (Lund) 1→0, 0→0.
    fn data() -> Vec<ActivityRow> {
        let g = "get_along";
        let c = "contact_diverse";
        rows(&[
            ("d1", "dialogue", "Oslo", "p1", g, Some(2.), Some(3.)),
            ("d1", "dialogue", "Oslo", "p2", g, Some(2.), Some(3.)),
            ("d1", "dialogue", "Oslo", "p3", g, Some(3.), None),
            ("d2", "dialogue", "Oslo", "p1", g, Some(3.), Some(3.)),
            ("d2", "dialogue", "Oslo", "p2", g, Some(3.), Some(3.)),
            ("d2", "dialogue", "Oslo", "p3", g, Some(4.), Some(3.)),
            ("d2", "dialogue", "Oslo", "p4", g, Some(2.), Some(3.)),
            ("d2", "dialogue", "Oslo", "p5", g, None, Some(5.)),
            ("d3", "dialogue", "Lund", "p1", g, Some(1.), Some(4.)),
            ("d3", "dialogue", "Lund", "p2", g, Some(2.), Some(2.)),
            ("i1", "info", "Oslo", "p1", g, Some(3.), Some(3.)),
            ("i1", "info", "Oslo", "p2", g, Some(4.), Some(3.)),
            ("i2", "info", "Lund", "p1", g, Some(3.), Some(3.)),
            ("i2", "info", "Lund", "p2", g, Some(2.), Some(2.)),
            ("i2", "info", "Lund", "p3", g, Some(2.), Some(3.)),
            ("i3", "info", "Lund", "p1", g, Some(5.), Some(4.)),
            ("d1", "dialogue", "Oslo", "p1", c, Some(0.), Some(1.)),
            ("d1", "dialogue", "Oslo", "p2", c, Some(0.), Some(1.)),
            ("d1", "dialogue", "Oslo", "p3", c, Some(1.), Some(1.)),
            ("d3", "dialogue", "Lund", "p1", c, Some(1.), Some(0.)),
            ("d3", "dialogue", "Lund", "p2", c, Some(0.), Some(0.)),
        ])
    }

    fn effects() -> Vec<EffectRow> {
        activity_effects(&data(), &QuestionBank::shipped().expect("bank"), 42)
    }

    fn row<'a>(fx: &'a [EffectRow], t: &str, item: &str, city: &str) -> &'a EffectRow {
        fx.iter()
            .find(|r| r.activity_type == t && r.item == item && r.city == city)
            .unwrap_or_else(|| panic!("no row {t} {item} {city}"))
    }

    #[test]
    fn rows_per_city_and_pooled_in_order() {
        let fx = effects();
        let keys: Vec<(&str, &str, &str)> = fx
            .iter()
            .map(|r| (r.activity_type.as_str(), r.item.as_str(), r.city.as_str()))
            .collect();
        assert_eq!(
            keys,
            [
                ("dialogue", "contact_diverse", "all"),
                ("dialogue", "contact_diverse", "Lund"),
                ("dialogue", "contact_diverse", "Oslo"),
                ("dialogue", "get_along", "all"),
                ("dialogue", "get_along", "Lund"),
                ("dialogue", "get_along", "Oslo"),
                ("info", "get_along", "all"),
                ("info", "get_along", "Lund"),
                ("info", "get_along", "Oslo"),
                // contact_diverse has one type only: no comparison of types.
                ("all types", "get_along", "all"),
            ]
        );
    }

    #[test]
    fn counts_means_and_shares_by_hand() {
        let fx = effects();
        // Pooled dialogue × get_along: changes d1 [1, 1], d2 [0, 0, −1, 1], d3 [3, 0]:
        // 3 activities, 8 pairs, 2 unpaired (d1 p3 pre only, d2 p5 post only).
        // pre (2+2 + 3+3+4+2 + 1+2)/8 = 19/8, post (3+3 + 3+3+3+3 + 4+2)/8 = 3,
        // diff 5/8; up 4/8, same 3/8, down 1/8.
        let r = row(&fx, "dialogue", "get_along", "all");
        assert_eq!((r.n_activities, r.n_pairs, r.n_unpaired), (3, 8, 2));
        assert_eq!((r.mean_pre, r.mean_post, r.diff), (Some(2.375), Some(3.0), Some(0.625)));
        assert_eq!(
            (r.share_up, r.share_same, r.share_down),
            (Some(50.0), Some(37.5), Some(12.5))
        );
        // Participant-level Wilcoxon on d = (1, 1, 0, 0, −1, 1, 3, 0): scipy 1.17.1
        // wilcoxon(d) = (statistic 2.5, p 0.3125) (zeros and ties, n ≤ 13: permutation).
        assert_eq!(r.test, EffectTest::WilcoxonPermutation);
        assert_eq!(r.statistic, Some(2.5));
        assert!((r.p_value.expect("p") - 0.3125).abs() < 1e-15);
        // Rank-biserial with the zeros: |d| ranks: zeros 2, ones 5.5, the 3 → 8;
        // (3·5.5 + 8 − 5.5)/36 = 19/36; scipy zsplit alternative="greater" statistic 27.5:
        // (2·27.5 − 36)/36 = 0.5277777777777778.
        assert!((r.effect_size.expect("r") - 19.0 / 36.0).abs() < 1e-15);
        // Oslo: d1 and d2 only: 2 activities, 6 pairs, 2 unpaired, diff 2/6, up 3/6.
        let r = row(&fx, "dialogue", "get_along", "Oslo");
        assert_eq!((r.n_activities, r.n_pairs, r.n_unpaired), (2, 6, 2));
        assert!((r.diff.expect("d") - 1.0 / 3.0).abs() < 1e-15);
        assert_eq!(r.share_up, Some(50.0));
        // Lund: d3 alone: one activity, so no interval; diff 3/2, up 1/2, same 1/2.
        let r = row(&fx, "dialogue", "get_along", "Lund");
        assert_eq!((r.n_activities, r.n_pairs, r.n_unpaired), (1, 2, 0));
        assert_eq!(r.diff, Some(1.5));
        assert_eq!((r.diff_ci_low, r.diff_ci_high), (None, None));
        assert_eq!((r.share_up_ci_low, r.share_up_ci_high), (None, None));
        assert_eq!(
            (r.share_up, r.share_same, r.share_down),
            (Some(50.0), Some(50.0), Some(0.0))
        );
        // Binary contact_diverse pooled: pre (0+0+1+1+0)/5, post (1+1+1+0+0)/5; McNemar with
        // b = 1 (yes→no), c = 2 (no→yes): min 1, p = 2·P(X ≤ 1 | 3, ½) = 2·4/8 = 1.
        let r = row(&fx, "dialogue", "contact_diverse", "all");
        assert_eq!((r.n_activities, r.n_pairs, r.n_unpaired), (2, 5, 0));
        assert_eq!((r.mean_pre, r.mean_post), (Some(0.4), Some(0.6)));
        assert!((r.diff.expect("d") - 0.2).abs() < 1e-15);
        assert_eq!(r.test, EffectTest::McNemarExact);
        assert_eq!((r.statistic, r.p_value), (Some(1.0), Some(1.0)));
        assert_eq!(r.effect_size, r.diff);
        assert_eq!(
            (r.share_up, r.share_same, r.share_down),
            (Some(40.0), Some(40.0), Some(20.0))
        );
    }

    #[test]
    fn cluster_bootstrap_intervals_by_enumeration() {
        let fx = effects();
        // Oslo dialogue: two activities, d1 [1, 1] (mean 1, all up) and d2 [0, 0, −1, 1]
        // (mean 0, 1 of 4 up). A draw of two activities with replacement is {d1, d1} with
        // probability 1/4 (mean 1, share up 1), {d2, d2} with 1/4 (mean 0, share 1/4), a mix
        // with 1/2 (mean 2/6, share 3/6). The 2.5% and 97.5% quantiles of 2,000 draws sit
        // at order statistics 50–51 and 1950–1951; they are the two extremes unless fewer
        // than 51 of the 2,000 draws are {d2, d2} (or {d1, d1}), expected 500, i.e. never.
        // So the interval is exactly [0, 1] and the share who improved [25, 100] %.
        let r = row(&fx, "dialogue", "get_along", "Oslo");
        assert_eq!((r.diff_ci_low, r.diff_ci_high), (Some(0.0), Some(1.0)));
        assert_eq!((r.share_up_ci_low, r.share_up_ci_high), (Some(25.0), Some(100.0)));
        // Pooled: three activities (means 1, 0, 3/2): 27 equally likely ordered draws; the
        // lowest pooled mean is {d2, d2, d2} = 0 and the highest {d3, d3, d3} = 3/2, each with
        // probability 1/27 = 3.7% > 2.5%, so they are the interval's ends (the 2.5% quantile
        // needs ≥ 51 of 2,000 such draws, expected 74).
        let r = row(&fx, "dialogue", "get_along", "all");
        assert_eq!((r.diff_ci_low, r.diff_ci_high), (Some(0.0), Some(1.5)));
        // The wiring: the row is the bootstrap of its activities' changes with the row's own
        // seed, derived from the project seed and `activity/<type>/<item>/<city>`.
        let seed = Rng::derive(42, "activity/dialogue/get_along/all").next_u64();
        let clusters = vec![vec![1.0, 1.0], vec![0.0, 0.0, -1.0, 1.0], vec![3.0, 0.0]];
        let b = cluster_bootstrap_mean_change(&clusters, DEFAULT_DRAWS, seed).expect("boot");
        assert_eq!((r.diff_ci_low, r.diff_ci_high), (Some(b.ci_low), Some(b.ci_high)));
        assert_eq!(r.share_up_ci_low, Some(b.share_up_low * 100.0));
        assert_eq!(r.share_up_ci_high, Some(b.share_up_high * 100.0));
    }

    #[test]
    fn kruskal_wallis_on_activity_means() {
        let fx = effects();
        // One value per activity: dialogue means (1, 0, 1.5), info (−0.5, 1/3, −1).
        // scipy 1.17.1: kruskal([1, 0, 1.5], [-0.5, 1/3, -1]) =
        // (statistic 2.3333333333333286, pvalue 0.1266304579476181).
        let r = row(&fx, ALL_TYPES, "get_along", "all");
        assert_eq!(r.test, EffectTest::KruskalWallis);
        assert_eq!((r.n_activities, r.n_pairs, r.n_unpaired), (6, 14, 2));
        assert!((r.statistic.expect("h") - 2.3333333333333286).abs() < 1e-12);
        assert!((r.p_value.expect("p") - 0.1266304579476181).abs() < 1e-12);
        // Not the participants' changes (8 and 6 of them), which would give another H.
        let dialogue = [1., 1., 0., 0., -1., 1., 3., 0.];
        let info = [0., -1., 0., 0., 1., -1.];
        let participants = kruskal_wallis(&[&dialogue, &info]).expect("kw");
        assert!((participants.h - r.statistic.expect("h")).abs() > 0.1);
    }

    #[test]
    fn q_values_within_each_city() {
        let fx = effects();
        for city in ["all", "Lund", "Oslo"] {
            let idx: Vec<usize> = (0..fx.len())
                .filter(|&i| fx[i].city == city && fx[i].p_value.is_some())
                .collect();
            let p: Vec<f64> = idx.iter().filter_map(|&i| fx[i].p_value).collect();
            let q = benjamini_hochberg(&p);
            for (k, &i) in idx.iter().enumerate() {
                assert_eq!(fx[i].q_value, Some(q[k]), "{city}");
            }
        }
        assert!(fx.iter().all(|r| r.p_value.is_some() == r.q_value.is_some()));
    }

    #[test]
    fn deterministic_whatever_the_thread_count() {
        let bank = QuestionBank::shipped().expect("bank");
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("pool");
            pool.install(|| activity_effects(&data(), &bank, 42))
        };
        let one = run(1);
        assert_eq!(one, run(4));
        assert_eq!(one, effects());
        // Another seed redraws the bootstrap only: the observed statistics stay.
        let other = activity_effects(&data(), &bank, 7);
        let (a, b) = (
            row(&one, "dialogue", "get_along", "all"),
            row(&other, "dialogue", "get_along", "all"),
        );
        assert_eq!((a.diff, a.share_up, a.p_value), (b.diff, b.share_up, b.p_value));
    }
}
