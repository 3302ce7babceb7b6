//! Activity effects (docs/METHODS.md, `activity_effects`): pre/post pairs per activity type and item.
//! Ordinal items: Wilcoxon signed-rank (scipy defaults: zeros dropped, exact or normal per
//! scipy's rule) with the matched-pairs rank-biserial r; binary items: exact McNemar with the
//! difference in proportions; activity types compared by Kruskal–Wallis on change scores.

use crate::config::bank::QuestionBank;
use crate::stats::multtest::benjamini_hochberg;
use crate::stats::nonparam::{WilcoxonMethod, kruskal_wallis, mcnemar, wilcoxon_signed_rank};
use crate::store::rows::{ActivityRow, EffectRow};
use crate::vocab::EffectTest;
use std::collections::BTreeMap;

/// Pair answers and test every (activity type, item).
pub fn activity_effects(answers: &[ActivityRow], bank: &QuestionBank) -> Vec<EffectRow> {
    // (type, item) -> (activity, participant) -> (pre, post)
    type Pairs = BTreeMap<(String, String), (Option<f64>, Option<f64>)>;
    let mut by: BTreeMap<(String, String), Pairs> = BTreeMap::new();
    for a in answers {
        let e = by
            .entry((a.activity_type.clone(), a.item.clone()))
            .or_default()
            .entry((a.activity_id.clone(), a.participant_key.clone()))
            .or_default();
        if a.phase == "pre" {
            e.0 = Some(a.value);
        } else {
            e.1 = Some(a.value);
        }
    }
    let mut out = Vec::new();
    let mut changes_by_item: BTreeMap<String, Vec<(String, Vec<f64>)>> = BTreeMap::new();
    for ((atype, item), pairs) in &by {
        let full: Vec<(f64, f64)> = pairs.values().filter_map(|(a, b)| Some(((*a)?, (*b)?))).collect();
        let unpaired = (pairs.len() - full.len()) as u32;
        let n = full.len();
        let mean = |f: fn(&(f64, f64)) -> f64| (n > 0).then(|| full.iter().map(f).sum::<f64>() / n as f64);
        let (mpre, mpost) = (mean(|p| p.0), mean(|p| p.1));
        let d: Vec<f64> = full.iter().map(|(a, b)| b - a).collect();
        let binary = bank.get(item).is_some_and(|b| b.binary);
        let mut row = EffectRow {
            activity_type: atype.clone(),
            item: item.clone(),
            n_pairs: n as u32,
            n_unpaired: unpaired,
            mean_pre: mpre,
            mean_post: mpost,
            diff: mpre.zip(mpost).map(|(a, b)| b - a),
            statistic: None,
            p_value: None,
            q_value: None,
            effect_size: None,
            effect_size_kind: String::new(),
            test: EffectTest::NotComputable,
        };
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
            changes_by_item
                .entry(item.clone())
                .or_default()
                .push((atype.clone(), d));
        }
        out.push(row);
    }
    for (item, groups) in changes_by_item {
        if groups.len() < 2 {
            continue;
        }
        let refs: Vec<&[f64]> = groups.iter().map(|(_, d)| d.as_slice()).collect();
        let kw = kruskal_wallis(&refs);
        out.push(EffectRow {
            activity_type: "all types".into(),
            item,
            n_pairs: groups.iter().map(|(_, d)| d.len() as u32).sum(),
            n_unpaired: 0,
            mean_pre: None,
            mean_post: None,
            diff: None,
            statistic: kw.as_ref().map(|k| k.h),
            p_value: kw.as_ref().map(|k| k.p),
            q_value: None,
            effect_size: None,
            effect_size_kind: String::new(),
            test: EffectTest::KruskalWallis,
        });
    }
    let idx: Vec<usize> = (0..out.len()).filter(|&i| out[i].p_value.is_some()).collect();
    let p: Vec<f64> = idx.iter().filter_map(|&i| out[i].p_value).collect();
    for (&i, q) in idx.iter().zip(benjamini_hochberg(&p)) {
        out[i].q_value = Some(q);
    }
    out
}
