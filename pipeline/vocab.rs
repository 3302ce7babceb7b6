//! Closed vocabularies shared by every stage: the words that appear in store columns
//! (`kind`, `statistic`, `comparison`, `direction`, …) as Rust enums.
//!
//! Strings exist only at the schema boundary: [`crate::store::schema`] writes an enum as its
//! contract spelling ([`Vocab::as_str`]) and refuses, on reading, any other word. Stages match
//! on variants, and reports translate variants through the translation files (key
//! `<vocabulary>.<spelling>`), never English labels. This module is a leaf: it imports nothing
//! from the crate.

/// A closed vocabulary: every variant has one contract spelling.
///
/// Variants are declared in the alphabetical order of their spellings, so that sorting by
/// the enum sorts as the stored strings do (tables stay byte-identical).
pub trait Vocab: Sized + Copy + 'static {
    /// Name of the vocabulary (used in error messages and the store reference).
    const NAME: &'static str;
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The contract spelling written to the store.
    fn as_str(self) -> &'static str;
    /// Parse the contract spelling.
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s)
    }
    /// "a | b | c", for error messages and docs.
    fn spellings() -> String {
        Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(" | ")
    }
}

/// Declare a closed vocabulary: `vocab! { /// doc  pub enum Name { /// doc  Variant = "spelling", … } }`.
macro_rules! vocab {
    (
        $(#[$meta:meta])*
        pub enum $name:ident as $label:literal {
            $( $(#[$vmeta:meta])* $var:ident = $s:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $var ),*
        }
        impl $crate::vocab::Vocab for $name {
            const NAME: &'static str = $label;
            const ALL: &'static [Self] = &[$($name::$var),*];
            fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),* }
            }
        }
        impl $name {
            /// The contract spelling written to the store.
            pub fn as_str(self) -> &'static str {
                <Self as $crate::vocab::Vocab>::as_str(self)
            }
            /// Parse the contract spelling.
            pub fn parse(s: &str) -> Option<Self> {
                <Self as $crate::vocab::Vocab>::parse(s)
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocab! {
    /// Where an indicator's data come from; also the `kind` column of the analysis tables.
    pub enum Source as "kind" {
        /// Barometer waves.
        Barometer = "barometer",
        /// ICC Index scores.
        Index = "index",
        /// City population surveys.
        Survey = "survey",
    }
}

vocab! {
    /// The closed list of statistics an indicator can use (`estimates.statistic`).
    pub enum Statistic as "statistic" {
        /// The aggregate ICC Index (mean of the core areas present).
        IndexAggregate = "index_aggregate",
        /// One ICC Index area score.
        IndexArea = "index_area",
        /// Weighted mean on the item's own (harmonised) scale.
        Mean = "mean",
        /// Weighted mean of the POMP score (0–100).
        MeanPomp = "mean_pomp",
        /// Per-respondent mean POMP over several items (at least half present), then weighted mean.
        ScalePomp = "scale_pomp",
        /// Weighted share agreeing, in percent.
        ShareAgree = "share_agree",
    }
}

impl Statistic {
    /// True when the estimate is on a 0–100 scale (shares, POMP, Index).
    pub fn is_percent(self) -> bool {
        !matches!(self, Statistic::Mean)
    }
}

vocab! {
    /// Fieldwork mode of a wave (manifest `mode`); a change between consecutive waves is a
    /// series break.
    pub enum Mode as "mode" {
        /// Interviewer in person.
        FaceToFace = "face_to_face",
        /// More than one mode.
        Mixed = "mixed",
        /// Web questionnaire.
        Online = "online",
        /// Self-completed on paper.
        Paper = "paper",
        /// Telephone interview.
        Phone = "phone",
    }
}

vocab! {
    /// The kind of a wave's own replicate weights (manifest `replicate_weights.type`, with R
    /// `svrepdesign` meanings; `waves.replicate_type`).
    pub enum ReplicateKind as "replicate type" {
        /// Bootstrap replicate weights (R `type = "bootstrap"`).
        Bootstrap = "bootstrap",
        /// Balanced repeated replication (R `type = "BRR"`).
        Brr = "brr",
        /// Fay's modified BRR with factor `rho` (R `type = "Fay"`).
        Fay = "fay",
        /// Delete-one-PSU jackknife of an unstratified design (R `type = "JK1"`).
        Jk1 = "jk1",
        /// Stratified delete-one-PSU jackknife (R `type = "JKn"`).
        Jkn = "jkn",
    }
}

vocab! {
    /// Which two waves a row of `changes` compares.
    pub enum Comparison as "comparison" {
        /// Two consecutive non-suppressed waves.
        Consecutive = "consecutive",
        /// The first against the latest wave (with at least three waves).
        FirstLatest = "first_latest",
    }
}

vocab! {
    /// The trend test's reading of a series (`trends.direction`).
    pub enum Direction as "direction" {
        /// The meta-regression's slope is negative with q < α.
        Falling = "falling",
        /// No steady slope (q ≥ α) while the waves moved by more than sampling error (q_value_het < α).
        Fluctuating = "fluctuating",
        /// Fewer than five non-suppressed waves since the latest break.
        InsufficientWaves = "insufficient waves",
        /// Tested: neither a slope nor movement beyond sampling error shown.
        NoClearTrend = "no clear trend",
        /// The meta-regression's slope is positive with q < α.
        Rising = "rising",
    }
}

vocab! {
    /// The pre-specified test behind a verdict (`verdicts.test`).
    pub enum Test as "test" {
        /// First against latest wave since the latest break (2–4 waves).
        Change = "change",
        /// No test possible (fewer than two comparable waves).
        None = "none",
        /// Random-effects meta-regression on time (5 or more waves since the latest break).
        Trend = "trend",
    }
}

vocab! {
    /// The one word a report may say about an indicator (`verdicts.word`), following the
    /// indicator's polarity.
    pub enum Word as "word" {
        /// The test says worse after multiple-testing control (q < α).
        Declined = "declined",
        /// Trend only: no steady direction, but the level moved between waves by more than
        /// sampling error (q_value_het < α).
        Fluctuating = "fluctuating",
        /// The test says better after multiple-testing control (q < α).
        Improved = "improved",
        /// Tested, none of the other words earned: the data cannot tell ("no clear change,
        /// compatible with A to B").
        NoClearChange = "no_clear_change",
        /// Fewer than two comparable waves.
        NoComparison = "no_comparison",
        /// The change lies within ± the equivalence margin (TOST).
        Stable = "stable",
    }
}

vocab! {
    /// How far a shown estimate can be trusted (`estimates.flag`; NCHS Data Presentation
    /// Standards for Proportions, 2017, adapted).
    pub enum Flag as "flag" {
        /// Fewer than 8 design degrees of freedom.
        LowDf = "low_df",
        /// Meets the presentation standards.
        Ok = "ok",
        /// A share whose interval is wider than 5 points and than 1.3 × min(p, 100 − p).
        WideInterval = "wide_interval",
    }
}

vocab! {
    /// What a row of `diagnostics` is about.
    pub enum DiagKind as "diagnostic kind" {
        /// Association with the ICC Index across cities.
        Association = "association",
        /// Minimum detectable change.
        Detectability = "detectability",
        /// Share at the bottom / top of the scale.
        FloorCeiling = "floor_ceiling",
        /// Missing answers.
        Missingness = "missingness",
        /// Correlation with the other indicators of the set.
        Redundancy = "redundancy",
        /// Internal consistency of a scale.
        Reliability = "reliability",
        /// How often the indicator changes significantly.
        Sensitivity = "sensitivity",
    }
}

vocab! {
    /// A diagnostic metric (`diagnostics.metric`); per-item and per-pair metrics name the item
    /// or the other indicator in `diagnostics.other`.
    pub enum DiagMetric as "diagnostic metric" {
        /// Cronbach's α.
        Alpha = "alpha",
        /// 97.5th percentile of α over the wave's bootstrap replicates (`n` = replicates).
        AlphaCiHigh = "alpha_ci_high",
        /// 2.5th percentile of α over the wave's bootstrap replicates (`n` = replicates).
        AlphaCiLow = "alpha_ci_low",
        /// Weighted share at the top of the scale.
        Ceiling = "ceiling",
        /// Pearson r with the indicator named in `other`.
        CorrWith = "corr_with",
        /// Trend slope a year that the trend test (at the per-test level α/m that BH demands
        /// when one of the family's m indicators moves) detects with 80% power over one city's
        /// series since its latest break (5 or more waves): (t_{k−2,1−α/2m} + t_{k−2,0.8})·SE(β₁),
        /// SE(β₁) of the meta-regression with every wave at the latest wave's SE and the fit's
        /// τ² (`n` = waves).
        DetectableSlope = "detectable_slope",
        /// Median of `detectable_slope` over cities (`n` = cities).
        DetectableSlopeMedian = "detectable_slope_median",
        /// Weighted share at the bottom of the scale.
        Floor = "floor",
        /// Share missing for the item named in `other`.
        ItemMissing = "item_missing",
        /// Item–rest correlation of the item named in `other`.
        ItemRest = "item_rest",
        /// Minimum detectable change between two waves like this one, at the per-test level
        /// α/m (m: the indicators of the set with this source, the verdicts' family size).
        Mdc = "mdc",
        /// Median MDC over city-waves.
        MdcMedian = "mdc_median",
        /// Share of respondents without a value.
        Missing = "missing",
        /// Responsiveness: `true_change_sd` over the median SE of those changes (above 1: the
        /// indicator's real movement exceeds its sampling noise; `n` = changes).
        Responsiveness = "responsiveness",
        /// Share of consecutive changes that are significant.
        ShareSignificant = "share_significant",
        /// Spearman ρ with the aggregate ICC Index across cities (kind in `other` when not barometer).
        SpearmanIccIndex = "spearman_icc_index",
        /// Its p-value.
        SpearmanIccIndexP = "spearman_icc_index_p",
        /// Spearman ρ with the indicator named in `other`.
        SpearmanWith = "spearman_with",
        /// Standard deviation of the true consecutive change across cities: √max(0,
        /// var(diffs) − mean(se_diff²)), in the indicator's units (`n` = changes).
        TrueChangeSd = "true_change_sd",
        /// Typical size of the true trend a year across cities, where the trend test runs:
        /// √max(0, mean(slope² − slope_se²)) over the cities' meta-regression slopes (`n` =
        /// cities); the trend's counterpart of `true_change_sd`.
        TrueSlopeRms = "true_slope_rms",
        /// Median |consecutive change|.
        TypicalChange = "typical_change",
        /// Share answering none of the set's items (indicator `*`).
        UnitMissing = "unit_missing",
    }
}

vocab! {
    /// Whether an indicator can detect the smallest change that matters
    /// (`set_comparison.detectability`, docs/METHODS.md "Detectability").
    pub enum Detectability as "detectability" {
        /// The median MDC exceeds the declared `min_important_change`.
        Insensitive = "insensitive",
        /// No `min_important_change` declared, or no MDC (no data, no sampling error).
        NotAssessed = "not_assessed",
        /// The median MDC is at most the declared `min_important_change`.
        Sensitive = "sensitive",
    }
}

vocab! {
    /// The test behind a row of `activity_effects`.
    pub enum EffectTest as "activity test" {
        /// Kruskal–Wallis across activity types on activity-mean change scores (one per activity).
        KruskalWallis = "kruskal_wallis",
        /// Kruskal–Wallis with the exact permutation p-value (all assignments of activities
        /// to types enumerated; used whenever there are at most a million of them).
        KruskalWallisExact = "kruskal_wallis_exact",
        /// Exact McNemar test (binary items).
        McNemarExact = "mcnemar_exact",
        /// No test possible (no non-zero difference).
        NotComputable = "not_computable",
        /// Wilcoxon signed-rank, exact distribution (scipy's rule).
        WilcoxonExact = "wilcoxon_signed_rank_exact",
        /// Wilcoxon signed-rank, normal approximation.
        WilcoxonNormal = "wilcoxon_signed_rank_normal",
        /// Wilcoxon signed-rank, permutation distribution.
        WilcoxonPermutation = "wilcoxon_signed_rank_permutation",
    }
}

/// Fewest peers with a value for a peer comparison (below it: "too few comparable cities").
pub const MIN_PEERS: usize = 4;

/// The `group_value` of whole-population rows (their `group_dim` is [`GroupDim::All`]).
pub const ALL: &str = "all";

/// The `activity_type` of the `activity_effects` rows comparing the activity types
/// (Kruskal–Wallis); those rows have `city` = [`ALL`].
pub const ALL_TYPES: &str = "all types";

vocab! {
    /// A subgroup dimension (`group_dim`); `all` marks whole-population rows.
    pub enum GroupDim as "group dimension" {
        /// Age band.
        AgeBand = "age_band",
        /// The whole population.
        All = "all",
        /// Gender.
        Gender = "gender",
        /// Migrant background.
        MigrantBackground = "migrant_background",
        /// Neighbourhood.
        Neighbourhood = "neighbourhood",
    }
}

impl GroupDim {
    /// The four subgroup dimensions, in the order of the `responses` columns.
    pub const DIMS: [GroupDim; 4] = [
        GroupDim::MigrantBackground,
        GroupDim::AgeBand,
        GroupDim::Gender,
        GroupDim::Neighbourhood,
    ];
}

vocab! {
    /// What kind of network a group of cities is (`cities.csv` `national_network`, `clusters`).
    pub enum NetworkKind as "network kind" {
        /// A regional or thematic cluster (`clusters`, several per city).
        Cluster = "cluster",
        /// A national network (`national_network`, one per city).
        NationalNetwork = "national_network",
    }
}

vocab! {
    /// How a network's cities are combined (`network_estimates.weighting`).
    pub enum Weighting as "weighting" {
        /// Each city by its population: "the residents of member cities".
        Population = "population",
        /// Each city alike: "the typical member city".
        Unweighted = "unweighted",
    }
}

vocab! {
    /// What a peer group is built on (`peers.peer_basis`).
    pub enum PeerBasis as "peer basis" {
        /// The same band of foreign-born share (< 10%, 10–20%, ≥ 20%).
        ForeignBorn = "foreign_born",
        /// The k nearest cities on standardised log population and foreign-born share.
        Nearest = "nearest",
        /// The same population band (< 100k, 100k–250k, 250k–500k, ≥ 500k).
        Population = "population",
    }
}

vocab! {
    /// Where a city's value lies against its peers' interquartile range (`peers.position`).
    pub enum Position as "position" {
        /// Above the third quartile.
        Above = "above",
        /// Below the first quartile.
        Below = "below",
        /// Within the middle half.
        Within = "within",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip_and_unknown_words_are_refused() {
        for s in Statistic::ALL {
            assert_eq!(Statistic::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Source::parse("barometer"), Some(Source::Barometer));
        assert_eq!(Source::parse("Barometer"), None);
        assert_eq!(
            Direction::spellings(),
            "falling | fluctuating | insufficient waves | no clear trend | rising"
        );
    }
}
