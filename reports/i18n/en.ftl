# English words of the cohesion reports, in Project Fluent syntax (https://projectfluent.org/).
# Every user-facing string lives here; a language is one file with the same message ids (a
# missing message falls back to English). See docs/TRANSLATIONS.md: variables are { $name };
# numbers select plural forms ({ $n -> [one] … *[other] … }); every text variable $x comes with
# $x_vowel (yes | no) for elision.

## number
number-decimal = {"."}
number-group = ,
number-group_min_digits = 4
number-percent = { $v }%

## date
date-pattern = { $d } { $month } { $y }
wave-pattern = { $month } { $y }

## month
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## month_short
month_short-1 = Jan
month_short-2 = Feb
month_short-3 = Mar
month_short-4 = Apr
month_short-5 = May
month_short-6 = Jun
month_short-7 = Jul
month_short-8 = Aug
month_short-9 = Sep
month_short-10 = Oct
month_short-11 = Nov
month_short-12 = Dec

## common
common-contents = Contents
common-source = Source: { $project }, cohesion run { $run }
common-footer_method = Verdicts come from a test fixed in advance (the trend over five or more waves, otherwise the first against the latest wave) with the survey design’s degrees of freedom; q-values by { $method }; significant means q < { $alpha }; “stable” requires an equivalence test. Estimates from fewer than { $min_n } responses are not shown.
common-footer_run = { $project } · cohesion { $version } · run { $run }
common-n_cities = { $n ->
        [one] { $n } city.
       *[other] { $n } cities.
    }
common-no_diagnostics = The indicator-set diagnostics table (diagnostics) is not in the store, so reliability, missingness, detectability and redundancy are not shown here. Run the workbench stage to add it.

## method
method-bh = Benjamini–Hochberg false discovery rate
method-holm = Holm

## unit
unit-pp = { $n ->
        [one] percentage point
       *[other] percentage points
    }
unit-points = { $n ->
        [one] point
       *[other] points
    }
unit-scale_points = { $n ->
        [one] scale point
       *[other] scale points
    }
unit-per_year = { $unit } a year

## axis
axis-percent = % of respondents
axis-score = score (0–100)
axis-raw = mean on the item's scale
axis-wave = barometer wave (fieldwork)
axis-gap_pp = difference between the groups, percentage points
axis-gap_points = difference between the groups, points (0–100)
axis-gap_raw = difference between the groups, on the item's scale
axis-rho = Spearman correlation ρ
axis-score_or_percent = % of respondents or score (0–100)

## chart
chart-estimate = Estimate
chart-interval = 95% confidence interval
chart-trend = Trend line (slope a year)
chart-break = series break
chart-suppressed = n < { $min_n }
chart-peer_median = Peer median
chart-peer_spread = Peers, middle half
chart-no_data = no data
chart-trend_subtitle = { $city }: { $waves } waves, { $n } respondents in total, { $first } to { $last }
chart-peer_title = { $city } and similar cities
chart-peer_subtitle = { $group }: { $n } peer cities; latest barometer wave
chart-radar_title = ICC Index areas: { $city } and the peer median
chart-radar_subtitle = Assessment { $year } (Index version { $version }); peer median of { $n } cities' latest assessments
chart-gap_title = { $dim }: { $group } − { $reference }
chart-gap_subtitle = { $city }, { $wave }; n = { $n ->
        [one] { $n } respondent
       *[other] { $n } respondents
    }
chart-gap_caption = Bars are the intervals adjusted for multiple comparisons (the ones printed beside q); highlighted (blue) rows are significant after correction.
chart-no_gap = no gap
chart-network_subtitle = Latest wave of { $n ->
        [one] { $n } city
       *[other] { $n } cities
    }, { $resp ->
        [one] { $resp } respondent
       *[other] { $resp } respondents
    }
chart-network_median = median of the cities
chart-assoc_title = ICC Index and cohesion across cities
chart-assoc_subtitle = Spearman ρ with its interval adjusted for multiple comparisons; { $n } cities
chart-no_association = no association
chart-composite_title = Composite index: { $set }
chart-composite_subtitle = Score with its 95% sampling interval (replicate weights); { $n } cities
chart-range = { $lo } to { $hi }
chart-interval_adjusted = interval adjusted for multiple comparisons
chart-interval_sampling = 95% sampling interval (replicate weights)

## alt
alt-trend = Line chart of { $indicator } in { $city } from { $first } to { $last }, with its 95% confidence band. Latest: { $latest }.
alt-peers = Dot chart placing { $city } against the middle half and median of its peers ({ $group })
alt-radar = Radar chart of the ICC Index areas of { $city } in { $year } (city score / peer median):

## phrase
phrase-estimate = { $value } in { $wave } (95% CI { $lo } to { $hi }; n = { $n })
phrase-estimate_short = { $value } ({ $lo }–{ $hi })
phrase-suppressed = too few responses in { $wave }
phrase-too_few = too few responses to show an estimate
phrase-too_few_short = too few responses
phrase-change = { $diff } { $unit } (adjusted interval { $lo } to { $hi }; { $q })
phrase-change_short = { $diff } ({ $lo } to { $hi }); { $q }
phrase-diff_ci = { $diff } ({ $lo } to { $hi })

## sentence
sentence-latest = Latest: { $latest }.
sentence-change_sig = Significant change from { $from } to { $to }: { $change }.
sentence-change_ns = No clear change from { $from } to { $to }: the data are compatible with anything from { $lo } to { $hi } { $unit } ({ $q }).
sentence-across_break = This comparison spans a series break, so it is not strictly comparable.
sentence-trend_up = Upward trend over { $n } waves from { $first } to { $last }: about { $slope } { $per_year } (trend test on the waves' estimates and their margins of error; { $q }).
sentence-trend_down = Downward trend over { $n } waves from { $first } to { $last }: about { $slope } { $per_year } (trend test on the waves' estimates and their margins of error; { $q }).
sentence-trend_none = No clear trend over { $n } waves from { $first } to { $last } (slope { $slope } { $per_year }; { $q }).
sentence-trend_fluctuating = No steady trend over { $n } waves from { $first } to { $last }, but the level moved between waves by more than the margin of error (average slope { $slope } { $per_year }; { $q }).
sentence-trend_few = Too few comparable waves ({ $n }) for a trend test; at least five are needed.
sentence-trend_after_break = The trend test uses only the waves after the last series break.
sentence-dip = The latest step in the wrong direction is inside the margin of error: it is not evidence of a decline.
sentence-lower_is_better = For this indicator lower values are better.
sentence-mode_break = Series break before { $wave }: fieldwork changed from { $from } to { $to }.
sentence-change_eq = Stable from { $from } to { $to }: { $change }; the change is within the equivalence margin.
sentence-flagged = Interpret the latest figure with care: it rests on few sampling units or has a wide interval.

## tone
tone-stable = No significant change
tone-significant = significant
tone-significant_cap = Significant

## trend
trend-up = rising, { $slope } { $per_year }
trend-down = falling, { $slope } { $per_year }
trend-none = no clear trend
trend-fluctuating = fluctuating, no steady direction
trend-few = too few waves

## position
position-above = above the middle half
position-below = below the middle half
position-within = not distinguishable from the middle half
position-unknown = not available

## peers
peers-knn = { $k ->
        [one] The most similar city
       *[other] The { $k } most similar cities
    }
peers-population = Cities of similar size (population { $band })
peers-foreign_born = Cities with a similar foreign-born share ({ $band })

## mode
mode-online = online
mode-phone = telephone
mode-face_to_face = face-to-face
mode-paper = paper
mode-mixed = mixed modes

## dim
dim-migrant_background = Migrant background
dim-age_band = Age
dim-gender = Gender
dim-neighbourhood = Neighbourhood

## group.migrant_background
group-migrant_background-yes = with migrant background
group-migrant_background-no = without migrant background

## group.gender
group-gender-man = men
group-gender-woman = women
group-gender-other = other gender

## item
item-trust_people = Most people can be trusted
item-trust_neighbours = Trust in neighbours
item-trust_institutions = Trust in the city administration
item-belonging = Belonging to the city
item-get_along = People of different backgrounds get on well
item-diversity_advantage = Diversity is an advantage
item-contact_diverse = Meaningful contact across backgrounds
item-discrimination_experienced = Experienced discrimination
item-safety_night = Feel safe after dark
item-civic_participation = Civic participation

## activity
activity-intercultural_dialogue = Intercultural dialogue
activity-sports_mixed_teams = Sport in mixed teams
activity-info_session = Information session

## effect
effect-difference_in_proportions = difference in shares
effect-matched-pairs_rank-biserial_r = rank-biserial r

## source
source-survey = city survey
source-barometer = barometer
source-index = ICC Index

## statistic
statistic-share_agree = share agreeing (%)
statistic-mean = mean on the item scale
statistic-mean_pomp = mean score (0–100)
statistic-scale_pomp = scale score (0–100)
statistic-index_area = Index area score
statistic-index_aggregate = aggregate Index

## polarity
polarity-higher_is_better = higher is better
polarity-lower_is_better = lower is better

## norm
norm-pomp = percent of maximum possible
norm-minmax = min–max
norm-zscore = z-scores

## agg
agg-arithmetic = arithmetic mean
agg-geometric = geometric mean

## metric
metric-alpha = Cronbach's α
metric-missing = item missing (%)
metric-unit_missing = not asked (share)
metric-floor = floor (%)
metric-ceiling = ceiling (%)
metric-mdc = minimum detectable change
metric-mdc_median = minimum detectable change (median)
metric-share_significant = changes significant (%)
metric-typical_change = typical change
metric-spearman_icc_index = ρ with ICC Index
metric-item_missing = item missing (share)
metric-item_rest = item–rest correlation
metric-corr_with = correlation (Pearson)
metric-spearman_with = correlation (Spearman)
metric-spearman_icc_index_p = p of ρ with ICC Index
metric-detectable_slope = detectable trend a year
metric-detectable_slope_median = detectable trend a year (median)
metric-true_change_sd = true-change SD

## col
col-indicator = Indicator
col-latest = Latest (95% CI)
col-n = n
col-last_change = Change since previous wave
col-trend = Trend
col-city_value = City
col-peer_median = Peer median
col-peer_iqr = Peers' middle half
col-position = Position
col-area = Area
col-city_score = City score
col-n_peers = Peers with data
col-year = Year
col-version = Index version
col-index = ICC Index
col-note = Note
col-groups = Groups compared
col-values = Values
col-gap = Gap (adjusted interval)
col-q = q
col-activity = Activity
col-item = Question
col-pairs = Pairs
col-before = Before
col-after = After
col-effect_size = Effect size
col-city = City
col-waves = Barometer waves
col-period = Period
col-respondents = Respondents
col-surveys = City surveys
col-index_latest = Latest ICC Index (version)
col-index_measure = ICC Index measure
col-n_cities = Cities
col-rho = ρ (interval adjusted for multiple comparisons)
col-wave = Wave
col-score = Score (95% sampling interval)
col-score_band = Sensitivity band of the score (95%)
col-rank_interval = Rank: sampling interval (median)
col-rank_band = Rank: sensitivity band
col-n_ranked = Cities ranked
col-source = Source · statistic
col-items = Questions or areas
col-polarity = Direction
col-sig_changes = Significant changes
col-ci_width = Typical 95% CI width
col-rho_index = ρ with ICC Index (95% CI)
col-verdict = Verdict
col-set = Set
col-reasons = Why

## city
city-title = { $city }: cohesion report
city-subtitle = { $project } · { $set } · latest barometer wave { $latest }
city-glance = At a glance
city-glance_intro = The verdict on each indicator, from the test chosen in advance (the trend over five or more waves, otherwise the first against the latest wave), after correcting for the many comparisons made (q < { $alpha }). “Stable” means the change is shown to lie within a small band; “fluctuating” means the level moved between waves by more than the margin of error without a steady direction; “no clear change” means the data cannot tell. The latest significant change between two waves is named beside the word.
city-no_findings = No change can be measured for this city yet: a comparison needs at least two waves of the same source.
city-over_time = The city over time
city-over_time_intro = Each indicator of the cohesion barometer, wave by wave, with its 95% confidence interval. A change is called significant when its q-value is below { $alpha } after correcting for the many comparisons made ({ $method }); otherwise the report says there was no significant change — which is a result, not a failure.
city-table_over_time = Barometer indicators: latest value, changes and trend
city-table_note_n = Based on { $n ->
        [one] { $n } response
       *[other] { $n } responses
    } over all waves.
city-table_note_units = Changes are in percentage points for shares (%) and in points for scores; the interval in brackets is adjusted for the many comparisons made (the interval that goes with q).
city-table_note_break = † spans a series break.
city-peers = Compared with similar cities
city-peers_intro = Each chart places the city (dot) against its peer cities: the grey bar is the middle half of the peers (from the first to the third quartile), the black tick their median. This is a comparison, not a ranking.
city-peer_list = Peer cities: { $cities } ({ $n ->
        [one] { $n } city
       *[other] { $n } cities
    }).
city-peer_table = Position against the peers: { $group }
city-peer_note = Peer values are the peers' latest barometer waves ({ $n ->
        [one] { $n } city
       *[other] { $n } cities
    }).
city-peer_other_mode = Fieldwork mode: { $k } of the { $n } peers’ latest waves used another mode than this city’s, and a mode effect can look like a difference between cities (each peer’s wave, date and mode are in the store table peer_waves).
city-index = ICC Index
city-index_intro = The Intercultural Cities Index assessment of { $year } (Index version { $version }), area by area, against the median of its { $n } most similar cities' latest assessments ({ $cities }).
city-index_peer_versions = Some peers' latest assessments used another Index version and are not strictly comparable: { $list }.
city-index_table = ICC Index areas, { $year }
city-index_history = ICC Index assessments
city-index_not_comparable = version changed: not strictly comparable with the previous assessment
city-index_break = The Index questionnaire changed between { $from_year } (version { $from }) and { $to_year } (version { $to }): scores before and after are not strictly comparable.
city-gaps = Differences between groups
city-gaps_intro = Differences between groups of residents in { $wave }. { $sig } of the { $tested } differences tested are significant after correction ({ $method }).
city-gaps_none = None of the differences between groups is significant (q < { $alpha }): with these sample sizes, the groups cannot be told apart.
city-gaps_table = Significant differences between groups, { $wave }
city-gaps_note = { $n ->
        [one] { $n } respondent
       *[other] { $n } respondents
    } in the wave.
city-activities = Contact activities
city-activities_table = Before and after: participants' answers
city-surveys = City surveys
city-surveys_intro = Indicators from the city's own population surveys.
city-surveys_table = City-survey indicators
city-single_wave = only one wave so far
city-how_to_read = How to read this report
city-notes = Data notes
city-table_note_flag = ‡ interpret with care: the estimate rests on fewer than 8 design degrees of freedom or its interval is wide for its size.
city-gaps_source = Latest { $source }: { $wave }
city-peers_too_few = Too few comparable cities: a comparison needs at least { $min } of them with a value.

## read
read-ci = Every number comes from a sample survey. The 95% confidence interval gives the range in which the true value most likely lies; n is the number of responses behind it.
read-q = A change is called significant when its q-value is below { $alpha }. q-values correct for the many comparisons made at once ({ $method }), so that chance differences are not reported as findings.
read-no_change = “No clear change” is a finding, not a failure: a change, if any, was too small for the sample to detect. Only an equivalence test can show that an indicator held steady (“stable”).
read-peers = Comparisons with other cities show the middle half and median of similar cities. They are not rankings.
read-causation = These figures describe how the climate in the city changes; they do not by themselves show why. Links with the ICC Index across cities are associations, not causal effects.

## notes
notes-suppressed = { $k } of { $total } estimates for this city (by wave, group and indicator) rest on fewer than { $min_n } responses and are shown as “too few responses”.
notes-suppressed_waves = Whole-population estimates with fewer than { $min_n } responses: { $waves }.
notes-rejects = { $k } of { $n } input rows from this city's { $files } survey files were rejected during validation (listed with file, line and reason in the rejects table).
notes-all_rejected = { $k ->
        [one] One wave has
       *[other] { $k } waves have
    } no estimates because every row was rejected ({ $waves }); the rejected rows are listed in the store table rejects.
notes-unweighted = { $k ->
        [one] One wave is
       *[other] { $k } waves are
    } unweighted ({ $waves }): every respondent counts equally, so the estimates describe the sample and stand for the city only as far as the sample matches it.
notes-replicate_weights = { $k ->
        [one] One wave brings its own
       *[other] { $k } waves bring their own
    } replicate weights ({ $types }: { $waves }). Every standard error, interval and test of these waves comes from them, with their degrees of freedom (the rank of the replicate weights minus one); so do the composite's sampling intervals and the reliability intervals.
notes-no_mode_break = No change of fieldwork mode between barometer waves.
notes-mode_break_rule = Changes across it are flagged and trend tests start after it.
notes-method = Multiple testing: { $method }; significance level α = { $alpha }; estimates from fewer than { $min_n } responses are suppressed.
notes-run = Run { $run } of { $project }.

## brief
brief-title = { $city }: what the cohesion barometer shows
brief-subtitle = Latest survey { $latest } ({ $n ->
        [one] { $n } resident
       *[other] { $n } residents
    }); { $waves ->
        [one] { $waves } wave
       *[other] { $waves } waves
    } since { $first }
brief-subtitle_none = No barometer waves yet
brief-findings = What we found
brief-no_findings = There are not yet enough barometer waves to report findings.
brief-all_rejected = The { $wave } wave is not shown: all its { $n } rows were rejected when the data were checked.
brief-peers_lead = Compared with similar cities:
brief-peers = { $group } ({ $cities }): the city cannot be told apart from the middle half of them on { $within } of { $total } indicators{ $more }.
brief-peers_mode = { $k } of these { $n } cities surveyed with another fieldwork mode, and a mode effect can look like a difference between cities.
brief-peers_ahead = ; it is clearly ahead of most of them on { $n }
brief-peers_behind = ; it is clearly behind most of them on { $n }
brief-mode_break = Note: the survey method changed in { $wave } ({ $from } → { $to }), so results before and after are not directly comparable; trends are measured since then.
brief-what_shows = What these results show — and what they do not
brief-shows_sample = The numbers come from surveys of a sample of residents, so each has a margin of error (the 95% interval given).
brief-shows_q = We call a change significant only when it is unlikely to be chance after allowing for the many comparisons made (q < { $alpha }); the intervals printed beside q are adjusted for them too.
brief-shows_causation = { $source ->
        [survey] The city surveys show how residents see the city, not why: they do not prove that a policy caused a change.
       *[barometer] The barometer shows how the climate changes, not why: it does not prove that a policy caused a change.
    }
brief-shows_peers = Comparisons with similar cities place the city against their middle half — they are not a ranking.
brief-talk_title = How to talk about this result
brief-talk_dip = { $list }: the latest setback is within the margin of error. A dip inside the interval is not a failure and not a trend.
brief-talk_decline = { $list }: a real decline. This is a reason to act — look at which groups and neighbourhoods changed — not a reason to stop measuring.
brief-talk_keep = Keep measuring: only a continued series can show whether action works.
brief-talk_say = Say what the data show with their uncertainty; avoid “we failed” and “we succeeded” on one survey.
brief-full_report = The full city report gives every number with its interval, the peer comparison and the data notes.
brief-gaps_lead = Differences between groups that hold:
brief-subtitle_survey = Latest city survey { $latest } ({ $n ->
        [one] { $n } resident
       *[other] { $n } residents
    }); no barometer waves yet
brief-title_survey = { $city }: what the city surveys show
brief-no_findings_levels = No change can be measured yet: a comparison needs a second round. Where the city stands now:
brief-level_line = { $indicator }: { $latest }

## network
network-title = Cohesion barometer: network report
network-subtitle = { $project } · { $n ->
        [one] { $n } city
       *[other] { $n } cities
    } · for researchers
network-intro = All cities of the network side by side: the barometer over time, the links between the ICC Index and cohesion, the composite index and the indicator diagnostics. Estimates carry 95% confidence intervals and significance uses q-values; the composite index carries two separate ranges: a 95% sampling interval from replicate weights, and a sensitivity band over its construction choices, which is not a confidence interval.
network-cities = Cities and their data
network-cities_table = Data available per city
network-barometer = The barometer over time
network-barometer_intro = Indicators of the set “{ $set }”: first the direction of every city's series, then the latest value of every city with its interval (cities in alphabetical order).
network-trend_table = Verdict on each city’s series
network-trend_table_part = { $caption } (part { $part } of { $parts })
network-trend_note = Each cell is the verdict from the test fixed in advance (the trend over five or more waves since the latest break, otherwise the first against the latest wave), after multiple-testing control (q < { $alpha }); “stable” only through an equivalence test.
network-associations = ICC Index and cohesion
network-associations_intro = Across cities, how the latest aggregate ICC Index goes with each cohesion indicator (Spearman ρ with a Fisher-z interval). These are ecological associations between cities — not causal effects, and not statements about individuals.
network-assoc_table = Associations with the ICC Index
network-assoc_note = q-values by { $method } within the set (aggregate Index and areas together).
network-assoc_areas = Associations with the ICC Index areas (Spearman ρ)
network-assoc_areas_note = {"*"} q < { $alpha } ({ $method } within the set).
network-ecological = Ecological association across cities, not a causal effect.
network-index_aggregate = aggregate Index
network-too_few_cities = too few cities
network-too_few_cities_long = Too few cities have both an ICC Index and this indicator to estimate an association.
network-no_values = No city has a value for this indicator yet.
network-composite = Composite index
network-composite_intro = Composite scores with two separate ranges. The 95% sampling interval recomputes every indicator on the same replicate weights of each wave (bootstrap replicates made by cohesion, or the survey’s own replicate weights where it ships them), so it keeps the correlation between indicators measured on the same respondents. The sensitivity band shows how far the score and rank move when normalisation, weighting and aggregation are chosen differently; it is not a confidence interval. Rank intervals are given for researchers only: a city's rank is uncertain and should not be quoted as a position.
network-composite_table = Composite scores and rank intervals: { $set }
network-composite_note = Rank 1 is the highest score; rank sampling intervals come from the replicate weights, rank sensitivity bands from the Monte Carlo draws of the construction choices.
network-rank_interval = { $lo }–{ $hi } ({ $median })
network-diagnostics = Indicator-set diagnostics
network-diagnostics_intro = Medians over cities and waves of each diagnostic, per indicator.
network-activities = Contact activities
network-activities_intro = Before/after evaluations of contact activities, pooled across cities.
network-notes_rejects = { $k } of { $n } input rows were rejected during validation (see the rejects table).
network-surveys = City surveys
network-surveys_intro = Indicators of the set “{ $set }” from the cities’ own population surveys: first the verdict on each city’s rounds (round to round), then each city’s latest value with its interval (cities in alphabetical order).

## sets
sets-title = Indicator sets: report for the working group
sets-subtitle = { $project } · { $n ->
        [one] { $n } indicator set
       *[other] { $n } indicator sets
    }
sets-intro = Each candidate set with its indicators and what this run says about them: coverage, how often they detected a significant change, their precision and their association with the ICC Index.
sets-table = Indicators of the set
sets-table_note = Significant changes: consecutive waves, whole population, q < α. CI width: median width of the 95% interval over all city-waves.
sets-share_sig = { $k } of { $n }
sets-composite = Composite “{ $name }”: { $list }; { $norm }, { $weights }, { $agg }; { $draws } Monte Carlo draws for the sensitivity band; 95% sampling intervals from replicate weights.
sets-weights_equal = equal weights
sets-weights_explicit = explicit weights
sets-diagnostics = Diagnostics
sets-diag_table = Diagnostics: { $set }
sets-diag_note = Median over cities and waves.
sets-comparison = Set comparison
sets-comparison_intro = The two candidate sets side by side, indicator by indicator, with a verdict and the numbers behind it.
sets-comparison_table = Set comparison
sets-comparison_verdicts = Verdicts and the numbers behind them
sets-no_comparison = No set comparison is in the store (set_comparison table). Run the compare-sets command to add one.

## column
column-side = Set
column-set_id = Set id
column-indicator_id = Indicator
column-source = Source
column-statistic = Statistic
column-alpha_median = Median α
column-mdc_median = Median MDC
column-typical_change = Typical change
column-share_significant = Share significant
column-n_changes = Changes tested
column-max_abs_corr = Max |r|
column-most_correlated_with = Most correlated with
column-rho_icc_index = ρ with ICC Index
column-verdict = Verdict
column-reasons = Reasons
column-min_important_change = Min. important change
column-detectable_slope_median = Detectable trend a year
column-true_change_sd = True-change SD

## index
index-heading = Reports in English
index-city_report = city report
index-brief = mayor brief

## verdict
verdict-keep = keep
verdict-weak_reliability = weak reliability
verdict-insensitive = insensitive
verdict-redundant = redundant
verdict-no_data = no data
verdict-not_assessed = detectability not assessed

## word
word-improved = Improved
word-declined = Declined
word-stable = Stable
word-fluctuating = Fluctuating
word-no_clear_change = No clear change
word-no_comparison = Too few waves

## verdict_sentence
verdict_sentence-trend_sig = Over { $n } waves from { $first } to { $last } the trend is { $estimate } { $unit } (adjusted interval { $lo } to { $hi }; { $q }).
verdict_sentence-trend_ns = No clear trend over { $n } waves from { $first } to { $last }: compatible with a slope from { $lo } to { $hi } { $unit } (slope { $estimate }; { $q }).
verdict_sentence-trend_fluctuating = No steady trend over { $n } waves from { $first } to { $last }, but the level moved between waves by more than the margin of error (average slope { $estimate } { $unit }, adjusted interval { $lo } to { $hi }; { $q }).
verdict_sentence-trend_stable = Held steady over { $n } waves from { $first } to { $last }: the total change over the period, { $eq_lo } to { $eq_hi } { $total_unit } (90% interval), lies within the ±{ $margin } band that counts as stable.
verdict_sentence-change_sig = From { $first } to { $last }: { $estimate } { $unit } (adjusted interval { $lo } to { $hi }; { $q }).
verdict_sentence-change_ns = No clear change from { $first } to { $last }: compatible with anything from { $lo } to { $hi } { $unit } (change { $estimate }; { $q }).
verdict_sentence-change_stable = Held steady from { $first } to { $last }: the change, { $eq_lo } to { $eq_hi } { $unit } (90% interval), lies within the ±{ $margin } band that counts as stable.
verdict_sentence-none = Too few comparable waves to test a change yet.
verdict_sentence-latest_change = Latest significant change: { $diff } { $unit } from { $from } to { $to } (adjusted interval { $lo } to { $hi }; { $q }).

## verdict_short
verdict_short-per_year = { $slope } a year
verdict_short-stable = { $estimate } (90% interval { $lo } to { $hi }, inside ±{ $margin })
verdict_short-stable_trend = total change { $lo } to { $hi } over the period (90% interval), inside ±{ $margin }
verdict_short-latest_change = { $short }; latest change { $diff } ({ $lo } to { $hi }), { $from } → { $to }
word_cell-latest_change = { $word }; latest change { $diff } ({ $from } → { $to })

## reason
reason-alpha = median α { $alpha }
reason-significant = { $k } of { $n } changes significant
reason-corr = largest |r| { $r } (with { $other })
reason-rho = ρ with the ICC Index { $rho }
reason-no_data = no estimate in the store
reason-mdc_above = minimum detectable change { $mdc } (80% power, allowing for the other indicators tested beside it) above the smallest change that matters ({ $mic }) and above its own real movement between waves: it can detect neither
reason-mdc_above_moves = minimum detectable change { $mdc } above the smallest change that matters ({ $mic }), but it does pick up its own real movement (between waves: SD { $sd }; over time: a typical trend of { $trend } a year against a detectable { $dslope })
reason-mdc_within = minimum detectable change { $mdc } (80% power, allowing for the other indicators tested beside it), no larger than the smallest change that matters ({ $mic })
reason-mdc_no_mic = minimum detectable change { $mdc }; the set declares no smallest change that matters (min_important_change)
reason-no_mdc = no minimum detectable change (no sampling error)
reason-detectable_slope = detectable trend { $slope } a year (five or more waves)
reason-true_change = SD of the true change between waves { $sd }
reason-responsiveness = responsiveness { $r } (real movement over the noise of a change; above 1, it moves more than sampling noise)

## finding
finding-survey = { $indicator } (city survey)

## gap
gap-sentence = { $indicator }, { $source } { $wave }: { $group } { $value }, { $reference } { $ref_value } — a gap of { $gap } { $unit } (adjusted interval { $lo } to { $hi }; { $q }).

## absent
absent-lead = Limits of this report: { $items }.
absent-barometer = no barometer waves for this city (add barometer waves with kind = "barometer" under the surveys folder)
absent-peers = no comparison with similar cities (it needs other cities with the same barometer indicators)
absent-index_project = no ICC Index scores in this project (add data/index_scores.csv and name it in cohesion.toml)
absent-index_city = no ICC Index assessment for this city (add its scores to the Index file)
absent-gaps = no subgroup comparison (map a [groups] column such as migrant_background in the survey manifests)
absent-network_barometer = no barometer waves (add waves with kind = "barometer")
absent-network_surveys = no city survey indicators with data (add survey waves and survey indicators to the set)
absent-composite = no composite index (add a [composite] section to the indicator set)

## effects
effects-city_own = Before/after evaluations of the activities { $city } ran itself: { $types }. The first table describes only this city's sessions; the second pools every city that ran the same types, with an interval over their activities.
effects-city_pooled = { $city } has no evaluated activities of its own. The table shows what the activities of the other cities of the network found, pooled across cities: { $types }.
effects-col_activities = Activities
effects-col_change_ci = Change (95% CI over activities)
effects-col_up_same_down = Improved / same / worse (%)
effects-note = Change: the mean of after − before over the participants who answered both, with a 95% interval that treats the activity as the unit (participants of one session are not independent): a cluster-robust t interval over the activities. Improved / same / worse: shares of those participants. A result is called significant only when the test on the same footing — the mean change over its cluster-robust standard error, t on the number of activities − 1 — gives q below the threshold ({ $method } among the results of the same city; the results pooled across cities form one group of their own), so the word always agrees with the interval. The Wilcoxon signed-rank or McNemar test and the rank-biserial r (which counts those who did not change) describe the participants as if they were independent and are never the gate. There is no control group: a change among volunteers is not proof that the activity caused it.
effects-single_activity = {"*"} A single activity: there is no variation between activities to estimate, so no interval can be given.
effects-not_assessed = too few activities to judge
effects-item_scale = { $item } (scale { $lo }–{ $hi })
effects-few_activities = Fewer than { $min } activities: the interval is shown, but no significance is judged (a test on so few activities says little).
effects-kruskal = { $item }: change compared across activity types ({ $types }) with a Kruskal–Wallis test on the mean change of each activity, { $k } activities ({ $n } pairs), { $q }.
effects-network_by_city = The same evaluations city by city: each city's own sessions. With one activity in a city there is no interval.
effects-by_city_table = Before and after, by city
effects-pooled_table = The same activity types, all cities that ran them pooled

## networks
index-network_report = network report
networks-kind_national = national network
networks-kind_cluster = cluster
networks-subtitle = A { $kind } of { $n } cities in { $project }
networks-members = Member cities: { $cities }.
networks-too_few = This network has { $n } member { $n ->
        [one] city
       *[other] cities
    } in the project: network estimates need at least { $min }, because a mean of two cities would let each read the other's value off it. Each member's own report has its numbers.
networks-intro = The network's verdicts use the same tests as a city's, over the years in which its members have barometer waves. “Typical member city” gives each city the same weight; “residents of member cities” weights each city by its population. A member without a wave in a year is left out of that year, never imputed, so the number of cities behind each year is given. Cities are not ranked.
networks-weighting_unweighted = Typical member city
networks-weighting_population = Residents of member cities
networks-range = { $lo } to { $hi }
networks-verdicts_caption = Verdicts of the network and of each member city
networks-verdicts_note = The network's interval (a slope a year for a trend, a difference for a change) is adjusted for the number of indicators tested.
networks-levels_caption = Latest network levels (95% interval)
networks-levels_note = Means of the member cities' estimates of the year; the interval combines the cities' independent sampling errors.
networks-year = Year
networks-cities_with_value = Cities with a value
networks-of_members = { $k } of { $n }
networks-range_trend = { $lo } to { $hi } a year
networks-index_heading = ICC Index by area
networks-index_caption = Members' mean against all cities of the project (latest assessment of each city)
networks-area = Area
networks-members_mean = Member cities (mean)
networks-all_mean = All cities (mean)
networks-index_note = Core areas; each city's latest assessment. Assessments made with different Index versions are not strictly comparable.

## Explorer (reports/explorer/<lang>/index.html): words the page needs before its script runs
explorer-language_name = English
explorer-group_all = All residents
explorer-noscript = The explorer needs JavaScript. The same figures are in the city and network reports.

explorer-title = Cohesion explorer
explorer-language = Language
explorer-views = Views
explorer-view_time = City over time
explorer-view_cities = Cities side by side
explorer-view_gaps = Subgroup gaps
explorer-view_index = ICC Index by area
explorer-view_composite = Composite (researchers)
explorer-no_data = No data for this choice.
explorer-download_png = Download PNG
explorer-download_svg = Download SVG
explorer-download_csv = Download CSV

explorer-set = Indicator set
explorer-indicator = Indicator
explorer-city = City
explorer-city_highlight = Highlight city
explorer-kind = Source
explorer-group = Group
explorer-compare = Compare with
explorer-compare_none = (no second group)
explorer-dim = Groups compared
explorer-peer = Peer group
explorer-period = Period
explorer-period_latest = Latest wave of each city
explorer-sort = Order
explorer-sort_name = By name
explorer-sort_peer = Peer group first
explorer-composite = Composite score

explorer-title_time = { $indicator }: { $city }, { $group } ({ $source })
explorer-title_cities = { $indicator }: cities side by side, { $group } ({ $source }; { $wave })
explorer-title_gaps = { $indicator }: gaps by { $group }, { $city } ({ $source })
explorer-title_index = ICC Index by area: { $city }
explorer-title_index_year = ICC Index by area: { $city }, { $wave }
explorer-title_composite = { $indicator }: { $city }
explorer-summary_time = { $indicator } in { $city }, { $group }: dots with 95% intervals for { $n } waves, { $from } to { $to }. The numbers are in the table below.
explorer-summary_cities = { $indicator } ({ $source }, { $group }): one row per city, dots with 95% intervals; cities shown: { $n }. The numbers are in the table below.
explorer-summary_gaps = { $indicator } in { $city }: differences between groups ({ $group }) with 95% intervals; points: { $n }. The numbers are in the table below.
explorer-summary_index = ICC Index of { $city } in { $wave } by area, against the peer group's median and middle half; areas: { $n }. The numbers are in the table below.
explorer-summary_composite = { $indicator } for { $city } with its 95% sampling interval and sensitivity band; waves: { $n }. The numbers are in the table below.

explorer-axis_percent = % of respondents
explorer-axis_score = score (0–100)
explorer-axis_raw = mean on the question's scale
explorer-axis_gap_percent = difference in percentage points
explorer-axis_gap_score = difference in points (0–100 scale)
explorer-axis_gap_raw = difference on the question's scale
explorer-axis_composite = composite score
explorer-legend_estimate = estimate with 95% interval
explorer-legend_break = series break (hover or focus for the note)
explorer-legend_members = { $group } (members)
explorer-legend_median = peer group median
explorer-legend_iqr = peer group middle half
explorer-legend_sig = filled: significant after correcting for multiple comparisons
explorer-legend_notsig = hollow: not significant
explorer-legend_score = composite score
explorer-legend_sampling = 95% sampling interval
explorer-legend_band = sensitivity band (not a sampling interval)
explorer-diff_to = { $group }: difference to { $value }
explorer-other_cities = Other cities
explorer-too_few = too few responses
explorer-flag_short = ‡ interpret with care
explorer-label_value = { $group }: { $value }

explorer-tip_value = { $wave }: { $value }
explorer-tip_interval = 95% interval: { $lo } to { $hi }
explorer-tip_adjusted = adjusted interval: { $lo } to { $hi }
explorer-tip_n = n = { $n }
explorer-tip_verdict = verdict: { $value }
explorer-tip_sig = significant after correction ({ $q })
explorer-tip_notsig = not significant after correction ({ $q })
explorer-not_tested = not tested
explorer-tip_member = in the peer group
explorer-tip_median = peer group median: { $value }
explorer-tip_iqr = peer group middle half: { $lo } to { $hi }
explorer-tip_position = position: { $value }
explorer-tip_n_peers = peers with data: { $n }
explorer-tip_sampling = 95% sampling interval: { $lo } to { $hi }
explorer-tip_band = sensitivity band: { $lo } to { $hi }

explorer-verdict = Verdict
explorer-no_verdict = No verdict for this choice.
explorer-break = Series break between { $from } and { $to }: { $value }
explorer-break_plain = Series break between { $from } and { $to }.
explorer-n_range_wave = n = { $lo }–{ $hi } per wave
explorer-n_one_wave = n = { $n } per wave
explorer-n_range_city = n = { $lo }–{ $hi } per city
explorer-n_one_city = n = { $n } per city
explorer-missing_cities = Cities without a value for this choice: { $n }.
explorer-peer_note = The peer group's median and middle half show where similar cities stand. They are not a ranking.
explorer-peer_too_few = Too few comparable cities have a value: no peer group median or middle half can be shown.
explorer-peer_group = Peer group: { $group }.
explorer-peer_caption = { $city } against its peer group ({ $wave })
explorer-peer_latest_only = The peer group is shown with each city's latest wave only: choose “{ $value }” under Period to see it.
explorer-peer_all_only = Peer groups are compared for all residents only: choose “{ $group }” under Group to see the peer group.
explorer-gap_note = Filled dots: significant after correcting for multiple comparisons (q < { $q }). Correction: { $value }. The adjusted intervals are in the table.
explorer-index_note = ICC Index scores come from an assessment, not a sample: they have no sampling interval, so none is drawn.
explorer-composite_note = For researchers. The 95% sampling interval comes from the replicate weights of each wave. The sensitivity band shows how far the score moves when the composite is built differently (normalisation, weights, aggregation); it is not a sampling interval. A composite does not show which indicators moved.

explorer-col_group = Group
explorer-col_reference = Compared with
explorer-col_wave = Wave
explorer-col_city = City
explorer-col_area = Area
explorer-col_n = n
explorer-col_estimate = Estimate
explorer-col_lo = 95% interval, from
explorer-col_hi = 95% interval, to
explorer-col_alo = Adjusted interval, from
explorer-col_ahi = Adjusted interval, to
explorer-col_gap = Difference
explorer-col_sig = Significant after correction
explorer-col_note = Note
explorer-col_member = In the peer group
explorer-col_city_value = City's value
explorer-col_score = Score
explorer-col_median = Peer group median
explorer-col_q1 = Peer group middle half, from
explorer-col_q3 = Peer group middle half, to
explorer-col_n_peers = Peers with data
explorer-col_other_mode = Peers surveyed in another mode
explorer-col_position = Position
explorer-col_blo = Sensitivity band, from
explorer-col_bhi = Sensitivity band, to
explorer-yes = yes
explorer-no = no
