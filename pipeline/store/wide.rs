//! One wave's responses in wide form: the long `responses` file of a wave pivoted into
//! respondent-level vectors (weight, design codes, groups, and per item the harmonised value,
//! POMP score and agree flag). Read once per wave and shared by everything that needs
//! respondent-level data (estimates, scale reliability, missingness).

use super::responses::WaveResponses;
use super::rows::WaveRow;
use crate::config::indicators::Indicator;
use crate::config::manifest::GROUP_DIMS;
use crate::vocab::{ReplicateKind, Statistic};
use anyhow::{Context, Result, anyhow};
use polars::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Respondent-level data of one wave, in wide form.
pub struct WaveData {
    /// Weights, one per respondent.
    pub weight: Vec<f64>,
    /// Dense stratum codes.
    pub strata: Option<Vec<u32>>,
    /// Dense PSU codes (nested in strata).
    pub psu: Option<Vec<u32>>,
    /// Group values per dimension (index into GROUP_DIMS); a value's text is shared by its
    /// respondents.
    pub groups: Vec<Vec<Option<Arc<str>>>>,
    /// Per item: (value, value_pomp, agree as 0/100).
    pub items: BTreeMap<String, ItemData>,
    /// The wave's own replicate weights (manifest `replicate_weights`), when it has them.
    pub replicates: Option<UserReplicates>,
}

/// A wave's own replicate weights with their variance constants (R `svrepdesign` meanings:
/// variance = `scale · Σ_r rscales_r (θ_r − θ̄)²`, θ̄ the full-sample θ when `mse`).
#[derive(Debug, Clone, PartialEq)]
pub struct UserReplicates {
    /// Kind of replicate weights.
    pub kind: ReplicateKind,
    /// Replicate analysis weights, one `Vec` per replicate, one entry per respondent in the
    /// order of [`WaveData::weight`].
    pub weights: Vec<Vec<f64>>,
    /// The variance's scale.
    pub scale: f64,
    /// The variance's rscales, one per replicate.
    pub rscales: Vec<f64>,
    /// Centre on the full-sample estimate.
    pub mse: bool,
}

impl WaveData {
    /// The respondents in group `val` of dimension `dim`; `None` for the whole population
    /// (dimension `all`).
    pub fn domain(&self, dim: crate::vocab::GroupDim, val: &str) -> Option<Vec<bool>> {
        crate::vocab::GroupDim::DIMS
            .iter()
            .position(|d| *d == dim)
            .map(|d| self.groups[d].iter().map(|g| g.as_deref() == Some(val)).collect())
    }

    /// Each raking dimension's category per respondent (codes in order of first appearance),
    /// for a wave raked on `calibrated_by` (`waves.calibrated_by`, comma-separated group
    /// dimensions). `None` when a dimension is not a group dimension.
    pub fn raking_dims(&self, calibrated_by: &str) -> Option<Vec<Vec<Option<usize>>>> {
        let mut dims = Vec::new();
        for d in calibrated_by.split(',') {
            let gd = GROUP_DIMS.iter().position(|g| *g == d)?;
            let mut cats: Vec<&str> = Vec::new();
            let codes = self.groups[gd]
                .iter()
                .map(|v| {
                    v.as_deref().map(|v| match cats.iter().position(|c| *c == v) {
                        Some(k) => k,
                        None => {
                            cats.push(v);
                            cats.len() - 1
                        }
                    })
                })
                .collect();
            dims.push(codes);
        }
        Some(dims)
    }
}

impl UserReplicates {
    /// Weighted mean of `y` over `domain` under the full-sample `weight` and its replicate SE
    /// with this wave's type, scale, rscales and mse ([`crate::stats::replicates::replicate_mean_se`]).
    pub fn mean_se(&self, y: &[Option<f64>], domain: Option<&[bool]>, weight: &[f64]) -> Option<(f64, f64)> {
        crate::stats::replicates::replicate_mean_se(
            y,
            domain,
            weight,
            &self.weights,
            self.scale,
            &self.rscales,
            self.mse,
        )
    }

    /// Replicate SE of the difference of the means of domains `a` and `b`
    /// ([`crate::stats::replicates::replicate_difference_se`]).
    pub fn difference_se(&self, y: &[Option<f64>], a: &[bool], b: &[bool], weight: &[f64]) -> Option<f64> {
        crate::stats::replicates::replicate_difference_se(
            y,
            a,
            b,
            weight,
            &self.weights,
            self.scale,
            &self.rscales,
            self.mse,
        )
    }
}

pub(super) fn has_replicates(w: &WaveRow) -> bool {
    w.replicate_type.is_some() && w.replicate_scale.is_some() && w.replicate_columns > 0
}

/// One wave's respondent-level data from its `responses` frame and, when the wave brings its
/// own replicate weights, its `replicate_weights` frame, as read from the store by
/// [`super::Store::read_wave`].
pub fn wave_data_of(w: &WaveRow, df: &DataFrame, reps: Option<&DataFrame>) -> Result<WaveData> {
    let (mut data, keys) = wave_data_keyed(df).with_context(|| format!("reading the responses of {}", w.survey_id))?;
    if has_replicates(w) {
        attach(w, &mut data, &keys, reps)?;
    }
    Ok(data)
}

/// [`wave_data_of`] for a wave still in memory during ingest (`cohesion run`).
pub fn wave_data_of_responses(w: &WaveRow, r: &WaveResponses, reps: Option<&DataFrame>) -> Result<WaveData> {
    let mut data = r.wave_data();
    if has_replicates(w) {
        let keys: Vec<&str> = (0..r.respondents()).map(|i| r.key(i)).collect();
        attach(w, &mut data, &keys, reps)?;
    }
    Ok(data)
}

fn attach(w: &WaveRow, data: &mut WaveData, keys: &[&str], reps: Option<&DataFrame>) -> Result<()> {
    let (Some(kind), Some(scale)) = (w.replicate_type, w.replicate_scale) else {
        return Ok(());
    };
    let reps = reps.ok_or_else(|| anyhow!("bug: wave {} has replicate weights but none were given", w.survey_id))?;
    let meta = (
        kind,
        w.replicate_columns as usize,
        scale,
        w.replicate_mse.unwrap_or(false),
    );
    attach_replicates(data, keys, reps, meta)
        .with_context(|| format!("reading the replicate weights of {}", w.survey_id))
}

/// Attach a wave's `replicate_weights` rows (`reps`, one file of the table) to its wide data,
/// matching respondents by key: `keys` are the respondents' keys in the order of `data`.
/// Every respondent must have every replicate: the table is written by ingest from the same
/// accepted rows, so a gap means the store is inconsistent (an error, not a guess).
pub fn attach_replicates(
    data: &mut WaveData,
    keys: &[&str],
    reps: &DataFrame,
    (kind, replicates, scale, mse): (ReplicateKind, usize, f64, bool),
) -> Result<()> {
    let index: HashMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let n = data.weight.len();
    let mut weights = vec![vec![f64::NAN; n]; replicates];
    let mut rscales = vec![f64::NAN; replicates];
    let rk = str_col(reps, "respondent_key")?;
    let rep = reps.column("replicate")?.u32()?;
    let rs = reps.column("rscale")?.f64()?;
    let w = reps.column("weight")?.f64()?;
    for i in 0..reps.height() {
        let (Some(k), Some(r), Some(s), Some(v)) = (rk.get(i), rep.get(i), rs.get(i), w.get(i)) else {
            anyhow::bail!("replicate_weights: row {i} has a null");
        };
        let (Some(&resp), Some(r)) = (index.get(k), (r as usize).checked_sub(1).filter(|r| *r < replicates)) else {
            anyhow::bail!("replicate_weights: respondent {k}, replicate {r} is not in the wave's responses");
        };
        weights[r][resp] = v;
        rscales[r] = s;
    }
    if weights.iter().flatten().chain(&rscales).any(|v| v.is_nan()) {
        anyhow::bail!("replicate_weights: some respondent lacks a replicate weight");
    }
    data.replicates = Some(UserReplicates {
        kind,
        weights,
        scale,
        rscales,
        mse,
    });
    Ok(())
}

/// One item's answers, one entry per respondent.
#[derive(Debug, Clone, Default)]
pub struct ItemData {
    /// Harmonised value.
    pub value: Vec<Option<f64>>,
    /// POMP.
    pub pomp: Vec<Option<f64>>,
    /// Agree as 0 or 100.
    pub agree: Vec<Option<f64>>,
}

fn str_col<'a>(df: &'a DataFrame, name: &str) -> Result<&'a StringChunked> {
    Ok(df
        .column(name)
        .map_err(anyhow::Error::from)
        .with_context(|| format!("column {name}"))?
        .str()?)
}

/// Pivot one wave's long responses into respondent-level vectors.
pub fn wave_data(df: &DataFrame) -> Result<WaveData> {
    Ok(wave_data_keyed(df)?.0)
}

/// [`wave_data`], with the respondents' keys in the order of its respondents.
pub fn wave_data_keyed(df: &DataFrame) -> Result<(WaveData, Vec<&str>)> {
    let key = str_col(df, "respondent_key")?;
    let w = df.column("weight")?.f64()?;
    let st = str_col(df, "strata")?;
    let ps = str_col(df, "psu")?;
    let item = str_col(df, "item")?;
    let value = df.column("value")?.f64()?;
    let pomp = df.column("value_pomp")?.f64()?;
    let agree = df.column("agree")?.bool()?;
    let gcols: Vec<&StringChunked> = GROUP_DIMS.iter().map(|d| str_col(df, d)).collect::<Result<_>>()?;
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut weight = Vec::new();
    let mut s_codes: Vec<Option<&str>> = Vec::new();
    let mut p_codes: Vec<Option<&str>> = Vec::new();
    let mut groups: Vec<Vec<Option<Arc<str>>>> = vec![Vec::new(); GROUP_DIMS.len()];
    let mut texts: Vec<HashMap<&str, Arc<str>>> = vec![HashMap::new(); GROUP_DIMS.len()];
    let mut rows_of: Vec<(usize, usize)> = Vec::with_capacity(df.height()); // (row, respondent)
    // A respondent's rows are consecutive in the files ingest writes: the previous row's key
    // is checked before the hash map.
    let mut last: Option<(&str, usize)> = None;
    for i in 0..df.height() {
        // Ingest never writes a null key or weight: one here means the file was changed
        // outside cohesion, and a made-up value would be estimated silently.
        let k = key.get(i).ok_or_else(|| {
            anyhow!(
                "row {} of the responses has no respondent_key: the store was changed outside cohesion; run again",
                i + 1
            )
        })?;
        let r = match last
            .filter(|(lk, _)| *lk == k)
            .map(|(_, r)| r)
            .or_else(|| index.get(k).copied())
        {
            Some(r) => r,
            None => {
                let r = weight.len();
                index.insert(k, r);
                keys.push(k);
                weight.push(w.get(i).ok_or_else(|| {
                    anyhow!(
                        "row {} of the responses has no weight: the store was changed outside cohesion; run again",
                        i + 1
                    )
                })?);
                s_codes.push(st.get(i));
                p_codes.push(ps.get(i));
                for (d, g) in gcols.iter().enumerate() {
                    groups[d].push(
                        g.get(i)
                            .map(|v| texts[d].entry(v).or_insert_with(|| Arc::from(v)).clone()),
                    );
                }
                r
            }
        };
        last = Some((k, r));
        rows_of.push((i, r));
    }
    let n = weight.len();
    let mut items: BTreeMap<String, ItemData> = BTreeMap::new();
    for (i, r) in rows_of {
        let name = item.get(i).unwrap_or("");
        if !items.contains_key(name) {
            items.insert(
                name.to_string(),
                ItemData {
                    value: vec![None; n],
                    pomp: vec![None; n],
                    agree: vec![None; n],
                },
            );
        }
        let Some(it) = items.get_mut(name) else { continue };
        it.value[r] = value.get(i);
        it.pomp[r] = pomp.get(i);
        it.agree[r] = agree.get(i).map(|a| if a { 100.0 } else { 0.0 });
    }
    let strata = dense_codes(&s_codes, None);
    let psu = dense_codes(&p_codes, Some(&s_codes));
    // Scale-invariant estimators; exact power-of-two scaling keeps extreme weights finite.
    crate::stats::survey::rescale_weights(&mut weight);
    let data = WaveData {
        weight,
        strata,
        psu,
        groups,
        items,
        replicates: None,
    };
    Ok((data, keys))
}

/// Dense design codes (0, 1, … in order of first appearance) of respondents' stratum or PSU
/// codes; a PSU is numbered within its stratum (`parent`). None when no respondent has one.
pub fn dense_codes(codes: &[Option<&str>], parent: Option<&[Option<&str>]>) -> Option<Vec<u32>> {
    if codes.iter().all(Option::is_none) {
        return None;
    }
    let mut map: HashMap<(Option<&str>, Option<&str>), u32> = HashMap::new();
    Some(
        codes
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let k = (parent.and_then(|p| p[i]), *c);
                let next = map.len() as u32;
                *map.entry(k).or_insert(next)
            })
            .collect(),
    )
}

/// Per-respondent values of an indicator; None when an item was not asked in this wave.
pub fn indicator_values(ind: &Indicator, data: &WaveData) -> Option<Vec<Option<f64>>> {
    let cols: Vec<&ItemData> = ind.items.iter().map(|i| data.items.get(i)).collect::<Option<_>>()?;
    Some(match ind.statistic {
        Statistic::ShareAgree => cols[0].agree.clone(),
        Statistic::Mean => cols[0].value.clone(),
        Statistic::MeanPomp => cols[0].pomp.clone(),
        Statistic::ScalePomp => {
            let k = cols.len();
            let need = k.div_ceil(2);
            (0..data.weight.len())
                .map(|r| {
                    let vals: Vec<f64> = cols.iter().filter_map(|c| c.pomp[r]).collect();
                    (vals.len() >= need).then(|| vals.iter().sum::<f64>() / vals.len() as f64)
                })
                .collect()
        }
        Statistic::IndexArea | Statistic::IndexAggregate => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two respondents with one item each; `key` and `weight` of the second as given.
    fn frame(key: Option<&str>, weight: Option<f64>) -> DataFrame {
        let none: [Option<&str>; 2] = [None, None];
        let mut cols = vec![
            Column::new("respondent_key".into(), [Some("a"), key]),
            Column::new("weight".into(), [Some(1.0), weight]),
            Column::new("strata".into(), none),
            Column::new("psu".into(), none),
            Column::new("item".into(), ["trust_people", "trust_people"]),
            Column::new("value".into(), [Some(3.0), Some(4.0)]),
            Column::new("value_pomp".into(), [Some(30.0), Some(40.0)]),
            Column::new("agree".into(), [Some(false), Some(false)]),
        ];
        cols.extend(GROUP_DIMS.iter().map(|d| Column::new((*d).into(), none)));
        DataFrame::new(2, cols).expect("frame")
    }

    #[test]
    fn a_null_key_or_weight_is_an_error_not_a_made_up_value() {
        let clean = frame(Some("b"), Some(2.0));
        let (data, keys) = wave_data_keyed(&clean).expect("clean");
        // (Weights come back rescaled by a power of two, stats::survey::rescale_weights.)
        assert_eq!(keys, vec!["a", "b"]);
        assert_eq!(data.weight[1] / data.weight[0], 2.0);
        let e = wave_data_keyed(&frame(None, Some(2.0))).err().expect("null key");
        assert!(
            e.to_string().contains("row 2 of the responses has no respondent_key"),
            "{e}"
        );
        let e = wave_data_keyed(&frame(Some("b"), None)).err().expect("null weight");
        assert!(e.to_string().contains("row 2 of the responses has no weight"), "{e}");
    }
}
