//! The row type of every store table (docs/STORE.md). Each struct is the table's schema: its fields
//! are the columns in order, its doc comments become `docs/STORE.md`. Stages build these rows
//! and hand them to [`crate::store::Store::write_rows`]; readers get them back from
//! [`crate::store::Store::read_rows`], checked column by column.

use super::schema::Day;
use crate::store_table;
use crate::vocab::{
    Comparison, Detectability, DiagKind, DiagMetric, Direction, EffectTest, Flag, GroupDim, Mode, NetworkKind,
    PeerBasis, Position, ReplicateKind, Source, Statistic, Test, Weighting, Word,
};

store_table! {
    /// One harmonised answer: respondent × item (schema of the frames ingest builds column-wise;
    /// `city` and `kind` are the hive partition keys and come back as columns on scanning).
    pub struct ResponseRow in "responses" {
        /// Survey or barometer wave id (unique across the project).
        pub survey_id: String,
        /// Wave label (unique per city and kind).
        pub wave: String,
        /// Fieldwork midpoint.
        pub date: Day,
        /// Fieldwork mode (online | phone | face_to_face | paper | mixed), when the manifest gives it.
        pub mode: Option<Mode>,
        /// Pseudonymous respondent key: the first 16 hex digits of SHA-256(salt, survey id, id).
        pub respondent_key: String,
        /// Sampling weight (1 when the wave has none).
        pub weight: f64,
        /// Stratum code, when the design has strata.
        pub strata: Option<String>,
        /// PSU code (nested in strata), when the design has clusters.
        pub psu: Option<String>,
        /// Migrant background group (null = unknown).
        pub migrant_background: Option<String>,
        /// Age band (null = unknown).
        pub age_band: Option<String>,
        /// Gender (null = unknown).
        pub gender: Option<String>,
        /// Neighbourhood (null = unknown).
        pub neighbourhood: Option<String>,
        /// Question-bank item id.
        pub item: String,
        /// Harmonised value on the item's local scale, mirrored when the manifest says `reverse`; null = missing answer.
        pub value: Option<f64>,
        /// Percent of maximum possible: (value − min) / (max − min) × 100.
        pub value_pomp: Option<f64>,
        /// The local code is in the item's `agree` list (or, without one, the value lies above the scale's midpoint).
        pub agree: Option<bool>,
        /// Lowest point of the local scale.
        pub scale_min: f64,
        /// Highest point of the local scale.
        pub scale_max: f64,
    }
}

store_table! {
    /// One survey or barometer wave: dates, mode, design and row accounting.
    pub struct WaveRow in "waves" {
        /// Wave id.
        pub survey_id: String,
        /// survey | barometer.
        pub kind: Source,
        /// City.
        pub city: String,
        /// Wave label.
        pub wave: String,
        /// First day of fieldwork.
        pub fieldwork_start: Day,
        /// Last day of fieldwork.
        pub fieldwork_end: Day,
        /// Fieldwork midpoint: the date the wave stands for in trends.
        pub date: Day,
        /// Fieldwork mode, when given.
        pub mode: Option<Mode>,
        /// Questionnaire or weighting version (manifest `series_version`), when given.
        pub series_version: Option<String>,
        /// Manifest `series_continuous`: an unknown mode or series_version beside a known one is not a break for this wave.
        pub series_continuous: bool,
        /// Each item's local mapping, one `item: column …, scale …, agree …` per line; a change between consecutive waves is a series break for the indicators using the item.
        pub item_mappings: String,
        /// Data file, relative to the project folder.
        pub file: String,
        /// Question-bank items of the wave, comma-separated.
        pub items: String,
        /// Subgroup dimensions of the wave, comma-separated.
        pub groups: String,
        /// The wave names a weight column.
        pub weighted: bool,
        /// The wave names a strata column.
        pub stratified: bool,
        /// The wave names a PSU column.
        pub clustered: bool,
        /// Group dimensions the weights were raked on (manifest `calibrate`), comma-separated; null when not raked.
        pub calibrated_by: Option<String>,
        /// Kind of the wave's own replicate weights (manifest `replicate_weights`, R `svrepdesign` meanings); null when the wave has none and cohesion makes Rao–Wu bootstrap replicates from its design.
        pub replicate_type: Option<ReplicateKind>,
        /// Number of the wave's own replicate-weight columns (0 when it has none); the weights are in `replicate_weights`.
        pub replicate_columns: u32,
        /// The replicate variance's `scale` (the manifest's, or R's default for the type); null without replicate weights.
        pub replicate_scale: Option<f64>,
        /// The replicate variance is centred on the full-sample estimate (manifest `mse`, default false as in R); null without replicate weights.
        pub replicate_mse: Option<bool>,
        /// Data rows in the file.
        pub rows_in: u64,
        /// Rows accepted into `responses` (rows_in = accepted + rejected).
        pub accepted: u64,
        /// Rows sent to `rejects`.
        pub rejected: u64,
    }
}

store_table! {
    /// One replicate weight of one respondent, for waves that bring their own (manifest
    /// `replicate_weights`; hive-partitioned by city and kind like `responses`, one file per
    /// wave, replicate by replicate). Rows of respondents rejected by ingest are not here.
    pub struct ReplicateWeightRow in "replicate_weights" {
        /// Survey or barometer wave id.
        pub survey_id: String,
        /// Pseudonymous respondent key, as in `responses`.
        pub respondent_key: String,
        /// Replicate number, 1 to `waves.replicate_columns`, in the order the manifest names the columns.
        pub replicate: u32,
        /// The data file's column the replicate came from.
        pub column: String,
        /// The replicate's `rscales` entry (1 unless the manifest gives rscales).
        pub rscale: f64,
        /// The replicate analysis weight (≥ 0), as in the data file.
        pub weight: f64,
    }
}

store_table! {
    /// One rejected input row, with where it was and why.
    #[derive(serde::Serialize)]
    pub struct RejectRow in "rejects" {
        /// Input file, relative to the project folder.
        pub file: String,
        /// 1-based line (CSV, counting the header) or sheet row (XLSX).
        pub line: u64,
        /// Column name, when the problem is in one cell.
        pub column: Option<String>,
        /// 1-based column number of that cell.
        pub column_number: Option<u32>,
        /// The offending value (respondent ids pseudonymised).
        pub value: Option<String>,
        /// What was wrong and what was expected (further bad cells of the row appended after "; also").
        pub reason: String,
    }
}

store_table! {
    /// One city and the attributes used for peer groups (further numeric or text columns of
    /// `cities.csv` follow these, under their own names).
    pub struct CityRow in "cities" {
        /// City name, as the manifests and other inputs spell it.
        pub city: String,
        /// Country.
        pub country: String,
        /// Population.
        pub population: f64,
        /// Share of foreign-born residents, 0–1.
        pub foreign_born_share: f64,
    }
}

store_table! {
    /// One ICC Index score: city × assessment × area, with the derived intercultural-lens score
    /// where an assessment gave sub-areas.
    pub struct IndexScoreRow in "index_scores" {
        /// City.
        pub city: String,
        /// Assessment year.
        pub year: i32,
        /// Index version of the assessment (different versions are not strictly comparable).
        pub index_version: String,
        /// Area id (datasets/icc_index_areas.toml).
        pub area: String,
        /// core | lens | optional.
        pub area_kind: String,
        /// A core area (enters the aggregate index).
        pub core: bool,
        /// Computed by cohesion (the lens as the mean of its sub-areas), not in the input.
        pub derived: bool,
        /// Score, 0–100.
        pub score: f64,
    }
}

store_table! {
    /// One activity-evaluation answer: participant × phase × item.
    pub struct ActivityRow in "activities" {
        /// Activity (session) id.
        pub activity_id: String,
        /// Activity type.
        pub activity_type: String,
        /// City.
        pub city: String,
        /// Date of the activity.
        pub date: Day,
        /// Pseudonymous participant key.
        pub participant_key: String,
        /// pre | post.
        pub phase: String,
        /// Question-bank item.
        pub item: String,
        /// Answer.
        pub value: f64,
        /// Lowest answer of the item's scale (0 for a binary item; else `[inputs]
        /// activity_scales` of cohesion.toml).
        pub scale_min: f64,
        /// Highest answer of the item's scale (1 for a binary item).
        pub scale_max: f64,
    }
}

store_table! {
    /// Stage-1 sufficient statistics of the two-stage estimation (docs/SCALE.md): one row per
    /// indicator × wave × group × (stratum, PSU) cell, plus the wave's design rows. Written by
    /// the queries of `cohesion sql` (DuckDB, Spark) and read by `cohesion compute --aggregates`;
    /// a native run computes the same rows in memory and does not store them.
    pub struct AggregateRow in "aggregates" {
        /// Indicator set; null on a design row (one per stratum × PSU of the wave, all respondents).
        pub set_id: Option<String>,
        /// Indicator; null on a design row.
        pub indicator_id: Option<String>,
        /// Wave id (`responses.survey_id`): stage 2 joins the rows to `waves` on it.
        pub survey_id: String,
        /// City (informative; stage 2 takes it from `waves`).
        pub city: String,
        /// survey | barometer.
        pub kind: Source,
        /// Wave label (informative).
        pub wave: String,
        /// Subgroup dimension (`all` on design rows).
        pub group_dim: GroupDim,
        /// Subgroup value (`all` for the whole population).
        pub group_value: String,
        /// Stratum code as in `responses` (null = none).
        pub strata: Option<String>,
        /// PSU code as in `responses` (null = none; a wave whose PSUs are all null has every respondent as its own PSU).
        pub psu: Option<String>,
        /// Respondents in the cell (with or without a value); on a design row, every respondent of the wave in this stratum × PSU.
        pub n_resp: u64,
        /// Respondents in the cell with a value of the indicator (0 on design rows).
        pub n: u64,
        /// Σw over those respondents.
        pub sw: f64,
        /// Σw·y.
        pub swy: f64,
        /// Σw·y².
        pub swy2: f64,
        /// Σw².
        pub sw2: f64,
        /// Σw²·y.
        pub sw2y: f64,
        /// Σw²·y².
        pub sw2y2: f64,
        /// Smallest y (null when n = 0).
        pub y_min: Option<f64>,
        /// Largest y (null when n = 0).
        pub y_max: Option<f64>,
    }
}

store_table! {
    /// One design-based estimate: indicator × city × wave × group.
    pub struct EstimateRow in "estimates" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// How the indicator is computed.
        pub statistic: Statistic,
        /// City.
        pub city: String,
        /// survey | barometer | index.
        pub kind: Source,
        /// Wave label (assessment year for the Index).
        pub wave: String,
        /// Fieldwork midpoint (1 July of the year for the Index).
        pub date: Day,
        /// Wave id (null for the Index).
        pub survey_id: Option<String>,
        /// Fieldwork mode, when known.
        pub mode: Option<Mode>,
        /// Index version (Index rows only).
        pub index_version: Option<String>,
        /// Questionnaire or weighting version of the wave (manifest `series_version`).
        pub series_version: Option<String>,
        /// The wave declares itself continuous with its neighbours (manifest `series_continuous`).
        pub series_continuous: bool,
        /// Local mapping of the indicator's items in this wave (column, scale, reverse, value map, agree codes); a change between waves is a series break.
        pub mapping: Option<String>,
        /// Group dimension, or `all`.
        pub group_dim: GroupDim,
        /// Group value, or `all`.
        pub group_value: String,
        /// Respondents in the domain with a value (null for the Index).
        pub n: Option<u64>,
        /// Kish effective sample size (Σw)² / Σw².
        pub n_eff: Option<f64>,
        /// Shares: the Korn–Graubard effective size n*ₐ behind the interval (design-based, df-adjusted).
        pub n_eff_kg: Option<f64>,
        /// Design degrees of freedom: PSUs − strata among the respondents who count (R `degf()` on the domain); n − 1 without design columns; for a wave with its own replicate weights, their rank among those respondents − 1.
        pub df: Option<u32>,
        /// Estimate: percent for shares, POMP scores and the Index; the item's scale for means.
        pub estimate: Option<f64>,
        /// Standard error (Taylor linearisation, with-replacement PSUs within strata; the replicate SE for a wave with its own replicate weights).
        pub se: Option<f64>,
        /// Lower bound of the 95% interval (shares: Korn–Graubard; others: t with the design df).
        pub ci_low: Option<f64>,
        /// Upper bound of the 95% interval.
        pub ci_high: Option<f64>,
        /// Design effect (R `deff = "replace"`).
        pub deff: Option<f64>,
        /// Not shown: n < min_n, or for a share n_eff_kg < 30 or an interval 30 points wide or more (estimate, se, CI and deff are null; the row is kept).
        pub suppressed: bool,
        /// For a shown estimate: ok | low_df (df < 8) | wide_interval (a share whose interval is wider than 5 points and than 1.3 × min(p, 100 − p)); reports mark flagged numbers.
        pub flag: Option<Flag>,
        /// Replicate standard error of the estimate from the wave's own replicate weights (manifest `replicate_weights`, R `svrepdesign` + `svymean`/`svyby` with the wave's type, scale, rscales and mse); null for waves without them, for Index scores and for suppressed rows. For those waves `se` is this SE and `df` the rank of the replicate weights minus 1 (R `degf()`).
        pub se_replicate: Option<f64>,
    }
}

store_table! {
    /// One change between two waves of an indicator, city, kind and group.
    pub struct ChangeRow in "changes" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// City.
        pub city: String,
        /// survey | barometer | index.
        pub kind: Source,
        /// Group dimension, or `all`.
        pub group_dim: GroupDim,
        /// Group value, or `all`.
        pub group_value: String,
        /// Earlier wave.
        pub wave_from: String,
        /// Later wave.
        pub wave_to: String,
        /// Estimate at the earlier wave.
        pub estimate_from: f64,
        /// Estimate at the later wave.
        pub estimate_to: f64,
        /// estimate_to − estimate_from.
        pub diff: f64,
        /// √(se₁² + se₂²) (null for the Index, whose scores have no SE).
        pub se_diff: Option<f64>,
        /// df₁ + df₂: the design degrees of freedom of the two estimates.
        pub df: Option<u32>,
        /// diff / se_diff, referred to a t distribution with `df`.
        pub t: Option<f64>,
        /// Two-sided p.
        pub p_value: Option<f64>,
        /// Benjamini–Hochberg (or Holm) adjusted p within the family (set, city, kind, wave_from, wave_to).
        pub q_value: Option<f64>,
        /// q < alpha.
        pub significant: Option<bool>,
        /// Lower bound of the unadjusted 95% interval diff ± t_{df,0.975}·se_diff.
        pub ci_low: Option<f64>,
        /// Upper bound of the unadjusted 95% interval.
        pub ci_high: Option<f64>,
        /// Lower bound of the Benjamini–Yekutieli false-coverage-adjusted interval (level 1 − max(R, 1)·α/m in a family of m tests with R rejections): the interval to print beside q.
        pub ci_adj_low: Option<f64>,
        /// Upper bound of the adjusted interval.
        pub ci_adj_high: Option<f64>,
        /// The 90% interval lies inside ± the indicator's equivalence margin (TOST): the only basis for "stable" (null without a margin or SE).
        pub equivalent: Option<bool>,
        /// consecutive | first_latest.
        pub comparison: Comparison,
        /// A series break (a change of fieldwork mode, questionnaire version, item mapping or Index version) lies between the two waves.
        pub series_break: bool,
        /// What the break is.
        pub break_note: Option<String>,
    }
}

store_table! {
    /// One trend test: indicator × city × kind × group, on the waves since the latest break.
    pub struct TrendRow in "trends" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// City.
        pub city: String,
        /// survey | barometer | index.
        pub kind: Source,
        /// Group dimension, or `all`.
        pub group_dim: GroupDim,
        /// Group value, or `all`.
        pub group_value: String,
        /// Non-suppressed waves in the tested segment.
        pub n_waves: u32,
        /// Slope a year of the random-effects meta-regression of the wave estimates on time (REML τ², Knapp–Hartung; R `metafor::rma(yi, sei, mods = ~ year, method = "REML", test = "knha")`).
        pub slope: Option<f64>,
        /// Knapp–Hartung standard error of the slope.
        pub slope_se: Option<f64>,
        /// Degrees of freedom of the slope's t test: waves − 2.
        pub slope_df: Option<u32>,
        /// Lower bound of the slope's 95% interval (t on slope_df).
        pub slope_ci_low: Option<f64>,
        /// Upper bound of the slope's 95% interval.
        pub slope_ci_high: Option<f64>,
        /// Two-sided p of the slope's t test.
        pub slope_p: Option<f64>,
        /// Benjamini–Hochberg q of slope_p within (set, city, kind, group_dim, group_value): all indicators of a set for one city, kind and group.
        pub q_value: Option<f64>,
        /// REML estimate of τ², the wave-to-wave variance that sampling error does not explain (units²).
        pub tau2: Option<f64>,
        /// Cochran's Q_E of the residuals around the line (weights 1/se²); null for values without sampling error (the ICC Index).
        pub q_het: Option<f64>,
        /// p of Q_E: χ² on waves − 2 df, upper tail (metafor's `QEp`).
        pub p_het: Option<f64>,
        /// Benjamini–Hochberg q of p_het within the same family as q_value: the waves moved by more than sampling error when below alpha.
        pub q_value_het: Option<f64>,
        /// Mann–Kendall S (robustness check).
        pub mk_s: Option<f64>,
        /// Var(S) with the tie correction.
        pub mk_var_s: Option<f64>,
        /// Kendall's τ.
        pub mk_tau: Option<f64>,
        /// z with continuity correction.
        pub mk_z: Option<f64>,
        /// Two-sided p of Mann–Kendall (pymannkendall `original_test`).
        pub mk_p: Option<f64>,
        /// Sen's slope in units per year (fieldwork midpoints, days / 365.25).
        pub sen_slope_per_year: Option<f64>,
        /// Lower bound of Sen's slope's 95% interval (scipy `theilslopes` with x = years).
        pub sen_ci_low: Option<f64>,
        /// Upper bound of Sen's slope's 95% interval.
        pub sen_ci_high: Option<f64>,
        /// Mann–Kendall is significant at alpha (unadjusted) in the direction opposite to the slope: read the series with care.
        pub mk_disagrees: Option<bool>,
        /// rising | falling (q < alpha) | fluctuating (no steady slope, q_value_het < alpha) | no clear trend | insufficient waves (fewer than 5 since the latest break).
        pub direction: Direction,
        /// First wave of the tested segment.
        pub first_wave: Option<String>,
        /// Last wave of the tested segment.
        pub last_wave: Option<String>,
        /// The series has a break: only the waves since the latest one are tested.
        pub series_break: bool,
        /// What the break is.
        pub note: Option<String>,
    }
}

store_table! {
    /// One pre-specified verdict: indicator × city × kind × group. Every headline in every
    /// report (brief, city report "at a glance", network direction table) is this word.
    pub struct VerdictRow in "verdicts" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// City.
        pub city: String,
        /// survey | barometer | index.
        pub kind: Source,
        /// Group dimension, or `all`.
        pub group_dim: GroupDim,
        /// Group value, or `all`.
        pub group_value: String,
        /// trend (5 or more waves since the latest break) | change (first against latest since the break) | none.
        pub test: Test,
        /// Non-suppressed waves since the latest series break.
        pub n_waves: u32,
        /// First wave of the comparison.
        pub wave_from: Option<String>,
        /// Last wave of the comparison.
        pub wave_to: Option<String>,
        /// The meta-regression's slope a year (trend) or the difference latest − first (change).
        pub estimate: Option<f64>,
        /// Lower bound of the unadjusted 95% interval (t on waves − 2 df for a trend, on df₁ + df₂ for a change).
        pub ci_low: Option<f64>,
        /// Upper bound of the unadjusted 95% interval.
        pub ci_high: Option<f64>,
        /// Two-sided p of the test (the slope's Knapp–Hartung t, or the change's t).
        pub p_value: Option<f64>,
        /// Benjamini–Hochberg q within (set, city, kind, group_dim, group_value).
        pub q_value: Option<f64>,
        /// Lower bound of the Benjamini–Yekutieli false-coverage-adjusted interval within the same family: the interval printed beside the word.
        pub ci_adj_low: Option<f64>,
        /// Upper bound of the adjusted interval.
        pub ci_adj_high: Option<f64>,
        /// Equivalence margin used (points; null: none declared for a raw mean).
        pub margin: Option<f64>,
        /// Lower bound of the 90% interval the equivalence test uses: of the change, or of the slope times the years spanned (the total change over the series).
        pub eq_ci_low: Option<f64>,
        /// Upper bound of that 90% interval.
        pub eq_ci_high: Option<f64>,
        /// The 90% interval lies inside ± margin (two one-sided tests at 5%).
        pub equivalent: Option<bool>,
        /// Trend only: q of the heterogeneity test (trends.q_value_het); below alpha the waves moved by more than sampling error.
        pub q_value_het: Option<f64>,
        /// improved | declined (q < alpha, by polarity) | stable (equivalent, and for a trend no significant movement between waves) | fluctuating (trend only: q_value_het < alpha) | no_clear_change | no_comparison.
        pub word: Word,
        /// A series break was left out (only the waves since the latest break count).
        pub series_break: bool,
        /// The latest consecutive change since the latest break that is significant after correction (changes.significant): its first wave.
        pub latest_change_wave_from: Option<String>,
        /// Its second wave.
        pub latest_change_wave_to: Option<String>,
        /// Its difference (points).
        pub latest_change: Option<f64>,
        /// Its q (changes.q_value).
        pub latest_change_q: Option<f64>,
        /// Lower bound of its adjusted interval (changes.ci_adj_low), printed beside it.
        pub latest_change_ci_adj_low: Option<f64>,
        /// Upper bound of its adjusted interval.
        pub latest_change_ci_adj_high: Option<f64>,
    }
}

store_table! {
    /// One subgroup gap: a group against the reference group of its dimension, in one wave.
    pub struct GapRow in "gaps" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// City.
        pub city: String,
        /// survey | barometer.
        pub kind: Source,
        /// Wave.
        pub wave: String,
        /// Group dimension.
        pub group_dim: GroupDim,
        /// Group compared.
        pub group_value: String,
        /// Reference group (`no` when the dimension has it, else the largest group).
        pub reference_value: String,
        /// Group estimate.
        pub estimate: f64,
        /// Reference-group estimate.
        pub reference_estimate: f64,
        /// estimate − reference_estimate.
        pub gap: f64,
        /// SE of the difference from the joint linearisation on the full design.
        pub se_gap: f64,
        /// The wave's design df for the item (PSUs − strata among respondents with a value).
        pub df: u32,
        /// gap / se_gap, referred to a t distribution with `df`.
        pub t: Option<f64>,
        /// Two-sided p.
        pub p_value: Option<f64>,
        /// Benjamini–Hochberg q within (set, city, kind, wave).
        pub q_value: Option<f64>,
        /// q < alpha.
        pub significant: Option<bool>,
        /// Lower bound of the unadjusted 95% interval of the gap.
        pub ci_low: f64,
        /// Upper bound of the unadjusted 95% interval.
        pub ci_high: f64,
        /// Lower bound of the Benjamini–Yekutieli false-coverage-adjusted interval within the family: the interval to print beside q.
        pub ci_adj_low: Option<f64>,
        /// Upper bound of the adjusted interval.
        pub ci_adj_high: Option<f64>,
    }
}

store_table! {
    /// One city against one of its peer groups, for one indicator.
    pub struct PeerRow in "peers" {
        /// City.
        pub city: String,
        /// Peer group, as a readable label ("population 100k–250k", "4 nearest neighbours").
        pub peer_group: String,
        /// population | foreign_born | nearest: what the group is built on.
        pub peer_basis: PeerBasis,
        /// The band ("100k–250k", "< 10%") or, for nearest neighbours, k.
        pub band: String,
        /// Peer cities, comma-separated.
        pub peer_cities: String,
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// Kind of the estimates compared.
        pub kind: Source,
        /// The city's latest wave.
        pub wave: String,
        /// Fieldwork midpoint of that wave.
        pub date: Day,
        /// Fieldwork mode of that wave (null for Index scores).
        pub mode: Option<Mode>,
        /// The city's latest estimate.
        pub value: Option<f64>,
        /// Median of the peers' latest estimates.
        pub peer_median: Option<f64>,
        /// First quartile (R type 7).
        pub peer_q1: Option<f64>,
        /// Third quartile.
        pub peer_q3: Option<f64>,
        /// Peers with a value.
        pub n_peers: u32,
        /// Peers with a value whose latest wave used another fieldwork mode than the city's (a mode effect can look like a difference; each peer's wave, date and mode are in `peer_waves`).
        pub n_peers_other_mode: u32,
        /// above | below (the city's whole 95% interval lies above the third / below the first quartile) | within; null with fewer than 4 peers with a value ("too few comparable cities"; median and quartiles are null too).
        pub position: Option<Position>,
    }
}

store_table! {
    /// One network (national network or cluster of `cities.csv`, at least 3 cities) in one
    /// calendar year, for one indicator: the mean of its member cities' estimates.
    pub struct NetworkEstimateRow in "network_estimates" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// Network name, as `cities.csv` gives it.
        pub network: String,
        /// national_network | cluster.
        pub network_kind: NetworkKind,
        /// survey | barometer | index.
        pub kind: Source,
        /// Calendar year of the member cities' fieldwork midpoints.
        pub year: i32,
        /// unweighted (each city alike: the typical member city) | population (each city by its population: the residents of member cities).
        pub weighting: Weighting,
        /// Member cities with a (non-suppressed, whole-population) estimate that year.
        pub n_cities: u32,
        /// Those cities, comma-separated; members without one that year are listed in `cities_without`, never imputed.
        pub cities: String,
        /// Member cities without an estimate that year, comma-separated.
        pub cities_without: String,
        /// Σ aᵢ·xᵢ over the cities' values xᵢ (a city's mean over its waves that year) with aᵢ = 1/n or population share.
        pub estimate: f64,
        /// √Σ aᵢ²·seᵢ² (the cities' samples are independent); null for Index scores.
        pub se: Option<f64>,
        /// Satterthwaite df (Σ aᵢ²seᵢ²)² / Σ (aᵢ²seᵢ²)²/dfᵢ.
        pub df: Option<f64>,
        /// Lower bound of the 95% interval (t on df).
        pub ci_low: Option<f64>,
        /// Upper bound of the 95% interval.
        pub ci_high: Option<f64>,
    }
}

store_table! {
    /// A network's trend and verdict for one indicator and weighting, by the rules of a city's
    /// (`verdicts`), over the years of `network_estimates`; BH within the network, kind and
    /// weighting.
    pub struct NetworkVerdictRow in "network_verdicts" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// Network name.
        pub network: String,
        /// national_network | cluster.
        pub network_kind: NetworkKind,
        /// survey | barometer | index.
        pub kind: Source,
        /// unweighted | population.
        pub weighting: Weighting,
        /// trend | change | none, as in `verdicts`.
        pub test: Test,
        /// Years with a network estimate since the latest break.
        pub n_waves: u32,
        /// First year of the comparison.
        pub wave_from: Option<String>,
        /// Last year of the comparison.
        pub wave_to: Option<String>,
        /// Slope a year (trend) or the difference latest − first (change).
        pub estimate: Option<f64>,
        /// Two-sided p of the test.
        pub p_value: Option<f64>,
        /// Benjamini–Hochberg q within (set, network, kind, weighting).
        pub q_value: Option<f64>,
        /// Lower bound of the false-coverage-adjusted interval printed beside the word.
        pub ci_adj_low: Option<f64>,
        /// Upper bound of the adjusted interval.
        pub ci_adj_high: Option<f64>,
        /// The equivalence test's 90% interval lies inside ± margin.
        pub equivalent: Option<bool>,
        /// improved | declined | stable | fluctuating | no_clear_change | no_comparison, as in `verdicts`.
        pub word: Word,
    }
}

store_table! {
    /// The latest wave of one peer behind a row of `peers`: what the city is compared with.
    pub struct PeerWaveRow in "peer_waves" {
        /// City compared.
        pub city: String,
        /// Peer group (as in `peers`).
        pub peer_group: String,
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// Kind of the estimates compared.
        pub kind: Source,
        /// The peer city.
        pub peer_city: String,
        /// The peer's latest wave with a value.
        pub wave: String,
        /// Its fieldwork midpoint.
        pub date: Day,
        /// Its fieldwork mode (null for Index scores).
        pub mode: Option<Mode>,
        /// The peer's estimate.
        pub value: Option<f64>,
        /// True when the peer's mode differs from the city's (null when either is unknown).
        pub other_mode: Option<bool>,
    }
}

store_table! {
    /// One ecological association between the ICC Index and a cohesion indicator across cities.
    pub struct AssociationRow in "associations" {
        /// Indicator set.
        pub set_id: String,
        /// Cohesion indicator.
        pub indicator_id: String,
        /// Kind of the cohesion estimates.
        pub kind: Source,
        /// `aggregate` or a core area id.
        pub index_measure: String,
        /// Cities with both values.
        pub n_cities: u32,
        /// Spearman ρ (null with fewer than 8 cities).
        pub rho: Option<f64>,
        /// Two-sided p of z = atanh(ρ)/SE_BW (the test that goes with the interval).
        pub p_value: Option<f64>,
        /// Benjamini–Hochberg q within the set.
        pub q_value: Option<f64>,
        /// Lower bound of the 95% interval: Fisher z with the Bonett–Wright SE √((1 + ρ²/2)/(n − 3)).
        pub ci_low: Option<f64>,
        /// Upper bound.
        pub ci_high: Option<f64>,
        /// Lower bound of the Benjamini–Yekutieli false-coverage-adjusted interval (level 1 − max(R, 1)·α/m over the set's m tests with R having q < α): the interval shown beside q; it excludes 0 exactly when q < α.
        pub ci_adj_low: Option<f64>,
        /// Upper bound of the adjusted interval.
        pub ci_adj_high: Option<f64>,
        /// Caveat (an ecological association, not a causal effect).
        pub note: String,
    }
}

store_table! {
    /// One paired pre/post effect of an activity type on an item, in one city or pooled.
    pub struct EffectRow in "activity_effects" {
        /// Activity type, or `all types` for the Kruskal–Wallis comparison of the types.
        pub activity_type: String,
        /// Item (question bank; its scale is known, so scales are never pooled).
        pub item: String,
        /// City whose activities the row describes, or `all` for the row pooled over every
        /// city (the Kruskal–Wallis rows are pooled).
        pub city: String,
        /// Lowest answer of the item's scale (0 for a binary item; the means and changes of
        /// an ordinal item are on this scale); null on Kruskal–Wallis rows of mixed items.
        pub scale_min: Option<f64>,
        /// Highest answer of the item's scale (1 for a binary item).
        pub scale_max: Option<f64>,
        /// Activities with at least one complete pre/post pair: the clusters of the
        /// interval (Kruskal–Wallis rows: the activities compared).
        pub n_activities: u32,
        /// Complete pre/post pairs (participants with both answers) over those activities.
        pub n_pairs: u32,
        /// Participants with a pre or a post answer but not both (attrition; left out).
        pub n_unpaired: u32,
        /// Mean before, over the paired participants (item scale; 0–1 for a binary item).
        pub mean_pre: Option<f64>,
        /// Mean after, over the paired participants.
        pub mean_post: Option<f64>,
        /// Mean change post − pre over the paired participants (= mean_post − mean_pre).
        pub diff: Option<f64>,
        /// Lower end of the 95% cluster-bootstrap interval of the mean change: the 2.5th
        /// percentile of the pooled mean change over 2,000 resamples of the activities with
        /// replacement (seeded); null with fewer than 2 activities.
        pub diff_ci_low: Option<f64>,
        /// Upper end of that interval (97.5th percentile); null with fewer than 2 activities.
        pub diff_ci_high: Option<f64>,
        /// Lower end of the 95% cluster-robust t interval of the mean change (activities as
        /// clusters, CR1 SE by linearisation, t with n_activities − 1 df): honest with few
        /// activities, where a bootstrap cannot be wider than their spread; null with fewer
        /// than 2 activities.
        pub diff_ci_t_low: Option<f64>,
        /// Upper end of the cluster-robust t interval of the mean change.
        pub diff_ci_t_high: Option<f64>,
        /// Share of the pairs with post > pre, in percent (0–100).
        pub share_up: Option<f64>,
        /// Lower end of the 95% cluster-bootstrap interval of the share who improved (percent;
        /// the same resamples as the mean change); null with fewer than 2 activities.
        pub share_up_ci_low: Option<f64>,
        /// Upper end of that interval (percent); null with fewer than 2 activities.
        pub share_up_ci_high: Option<f64>,
        /// Lower end of the 95% cluster-robust t interval of the share who improved (percent,
        /// clamped to 0–100); null with fewer than 2 activities.
        pub share_up_ci_t_low: Option<f64>,
        /// Upper end of that interval (percent, clamped to 0–100).
        pub share_up_ci_t_high: Option<f64>,
        /// Share of the pairs with post = pre, in percent (0–100).
        pub share_same: Option<f64>,
        /// Share of the pairs with post < pre, in percent (0–100).
        pub share_down: Option<f64>,
        /// Test statistic: min(T+, T−) (Wilcoxon), min(b, c) (McNemar) or H (Kruskal–Wallis).
        pub statistic: Option<f64>,
        /// p-value of `test` (Wilcoxon and McNemar: participant-level descriptions that treat
        /// participants as independent, never the gate of "significant"; Kruskal–Wallis: across
        /// activity types, on activity-mean changes).
        pub p_value: Option<f64>,
        /// Cluster-level t of the mean change: diff over its cluster-robust (CR1) SE with the
        /// activities as clusters, on n_activities − 1 df; null with fewer than 5 activities.
        pub t_cluster: Option<f64>,
        /// Two-sided p of that t (the test behind "significant").
        pub p_cluster: Option<f64>,
        /// Benjamini–Hochberg q within the rows of the same `city` (the pooled rows with the
        /// Kruskal–Wallis rows form one family, each city's rows another), of p_cluster (of
        /// p_value on Kruskal–Wallis rows); null with fewer than 5 activities.
        pub q_value: Option<f64>,
        /// q < alpha: the only source of the word "significant" for an activity effect.
        pub significant: Option<bool>,
        /// Test used.
        pub test: EffectTest,
        /// Effect size: the matched-pairs rank-biserial r with zero differences counted
        /// (ordinal items) or the difference in proportions (binary items).
        pub effect_size: Option<f64>,
        /// What the effect size is.
        pub effect_size_kind: String,
    }
}

store_table! {
    /// One indicator-set diagnostic (long format).
    pub struct DiagRow in "diagnostics" {
        /// Indicator set.
        pub set_id: String,
        /// Indicator (or `*` for the whole set).
        pub indicator_id: String,
        /// What the metric is about.
        pub kind: DiagKind,
        /// City (null across cities).
        pub city: Option<String>,
        /// Wave (null across waves).
        pub wave: Option<String>,
        /// The metric.
        pub metric: DiagMetric,
        /// The item (item_rest, item_missing), the other indicator (corr_with, spearman_with) or the kind of the estimates (spearman_icc_index for survey indicators).
        pub other: Option<String>,
        /// Value (null when undefined).
        pub value: Option<f64>,
        /// Respondents, pairs, cities, waves or changes behind the value.
        pub n: Option<u64>,
    }
}

store_table! {
    /// One composite-index score of a city and wave.
    pub struct CompositeRow in "composite" {
        /// Indicator set.
        pub set_id: String,
        /// Composite id.
        pub composite_id: String,
        /// City.
        pub city: String,
        /// Barometer wave.
        pub wave: String,
        /// Fieldwork midpoint.
        pub date: Day,
        /// Score with the nominal choices and point estimates.
        pub score: Option<f64>,
        /// 95% sampling interval of the score, low end: the 2.5th percentile of the score recomputed on each bootstrap replicate (every indicator re-estimated on the same replicate weights; for a wave with its own replicate weights, on multiplier draws with their replicate covariance). Null without replicates.
        pub score_ci_low: Option<f64>,
        /// 95% sampling interval of the score, high end (97.5th percentile over the replicates).
        pub score_ci_high: Option<f64>,
        /// 95% sensitivity band of the score, low end: 2.5th percentile over the Monte Carlo draws of aggregation and weights (the set's normalisation kept), on the point estimates. Not a sampling interval.
        pub score_band_low: Option<f64>,
        /// 95% sensitivity band of the score, high end (97.5th percentile).
        pub score_band_high: Option<f64>,
        /// Median rank over the bootstrap replicates.
        pub rank_median: Option<f64>,
        /// 95% sampling interval of the rank, best end (2.5th percentile over the replicates).
        pub rank_ci_low: Option<f64>,
        /// 95% sampling interval of the rank, worst end (97.5th percentile over the replicates).
        pub rank_ci_high: Option<f64>,
        /// 95% sensitivity band of the rank, best end: 2.5th percentile over the Monte Carlo draws of normalisation, aggregation and weights, on the point estimates.
        pub rank_band_low: Option<f64>,
        /// 95% sensitivity band of the rank, worst end (97.5th percentile).
        pub rank_band_high: Option<f64>,
        /// Rank of the nominal score among the period's cities (null when not ranked).
        pub rank_point: Option<f64>,
        /// Calendar year within which cities are ranked.
        pub rank_period: i32,
        /// Cities ranked in the period.
        pub n_ranked: u32,
        /// Indicators combined.
        pub n_indicators: u32,
        /// Replicates behind the sampling interval (cohesion's bootstrap replicates, or as many draws from the waves' own replicate weights; 0 when it is null).
        pub replicates: u32,
        /// Monte Carlo draws behind the sensitivity band.
        pub draws: u32,
        /// Nominal normalisation.
        pub normalisation: String,
        /// Nominal aggregation.
        pub aggregation: String,
    }
}

store_table! {
    /// First-order and total Sobol indices of composite ranks for one uncertain choice.
    pub struct SensitivityRow in "composite_sensitivity" {
        /// Indicator set.
        pub set_id: String,
        /// Composite id.
        pub composite_id: String,
        /// The output analysed (`rank`).
        pub output: String,
        /// normalisation | aggregation | weights | sampling (which bootstrap replicate the indicators come from).
        pub factor: String,
        /// First-order index of the rank.
        pub first_order: Option<f64>,
        /// Total-effect index of the rank.
        pub total: Option<f64>,
        /// Draws N (the analysis used N·(2 + 4) composite evaluations).
        pub draws: u32,
        /// Ranked city-years pooled.
        pub n_outputs: u32,
    }
}

store_table! {
    /// One indicator of two compared sets, with the working group's verdict.
    pub struct ComparisonRow in "set_comparison" {
        /// A or B.
        pub side: String,
        /// Indicator set.
        pub set_id: String,
        /// Indicator.
        pub indicator_id: String,
        /// survey | barometer | index.
        pub source: Source,
        /// How the indicator is computed.
        pub statistic: Statistic,
        /// Median Cronbach's α over city-waves (scales only).
        pub alpha_median: Option<f64>,
        /// Median minimum detectable change over city-waves.
        pub mdc_median: Option<f64>,
        /// The smallest change that matters, as the set declares it (`min_important_change`).
        pub min_important_change: Option<f64>,
        /// Median over cities of the trend slope a year detectable at 80% power.
        pub detectable_slope_median: Option<f64>,
        /// Median |consecutive change| (information only).
        pub typical_change: Option<f64>,
        /// SD of the true consecutive change: √max(0, var(diffs) − mean(se_diff²)).
        pub true_change_sd: Option<f64>,
        /// Responsiveness: true_change_sd over the median SE of a change (above 1: real movement exceeds sampling noise).
        pub responsiveness: Option<f64>,
        /// Typical size of the true trend a year across cities, √max(0, mean(slope² − slope_se²)), where trend tests run.
        pub true_slope_rms: Option<f64>,
        /// Share of consecutive changes that are significant (information only: q-values are
        /// adjusted over the set's indicators, so this depends on the set's size).
        pub share_significant: Option<f64>,
        /// Consecutive changes tested.
        pub n_changes: u64,
        /// Largest |r| with another indicator of the set.
        pub max_abs_corr: Option<f64>,
        /// That other indicator.
        pub most_correlated_with: Option<String>,
        /// Spearman ρ with the aggregate ICC Index across cities.
        pub rho_icc_index: Option<f64>,
        /// No non-suppressed estimate of the indicator in the store (verdict `no_data`).
        pub no_data: bool,
        /// Median α below the reliability threshold (0.7).
        pub weak_reliability: bool,
        /// Median MDC against `min_important_change`: sensitive | insensitive | not_assessed.
        pub detectability: Detectability,
        /// `detectability` is `insensitive`: the median MDC exceeds `min_important_change`.
        pub insensitive: bool,
        /// |r| above 0.9 with another indicator of the set.
        pub redundant: bool,
        /// `no_data`, or `keep`, or the flags joined with " + " (weak reliability, insensitive,
        /// detectability not assessed, redundant): the columns above, as text.
        pub verdict: String,
        /// The numbers behind the verdict.
        pub reasons: String,
    }
}

/// A whole-population `estimates` row for tests: set `s`, a share indicator, barometer wave
/// `w` on `day`, n = 500 with df 499, and the given estimate and SE (95% normal interval).
#[cfg(test)]
pub fn test_estimate(ind: &str, city: &str, day: i32, estimate: f64, se: f64) -> EstimateRow {
    EstimateRow {
        set_id: "s".into(),
        indicator_id: ind.into(),
        statistic: crate::vocab::Statistic::ShareAgree,
        city: city.into(),
        kind: crate::vocab::Source::Barometer,
        wave: "w".into(),
        date: crate::store::schema::Day(day),
        survey_id: None,
        mode: None,
        index_version: None,
        series_version: None,
        series_continuous: false,
        mapping: None,
        group_dim: crate::vocab::GroupDim::All,
        group_value: crate::vocab::ALL.into(),
        n: Some(500),
        n_eff: Some(500.0),
        n_eff_kg: None,
        df: Some(499),
        estimate: Some(estimate),
        se: Some(se),
        ci_low: Some(estimate - 1.96 * se),
        ci_high: Some(estimate + 1.96 * se),
        deff: None,
        suppressed: false,
        flag: None,
        se_replicate: None,
    }
}
