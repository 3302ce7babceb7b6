//! Stage 1 of the estimation as SQL (`cohesion sql`, docs/SCALE.md): the GROUP BY that
//! reduces `responses` to the `aggregates` table, for DuckDB or Spark SQL. The engine runs
//! it where the data are; `cohesion compute --aggregates` finishes stage 2 from its output.
//!
//! The query reads only the contract columns of `responses` and spells each indicator of the
//! sets as data (an inline `VALUES` table of set, indicator, kind, item, statistic and the
//! items a scale needs), so that its semantics are those of `analysis::sufficient`:
//! `share_agree` → 100·agree, `mean` → value, `mean_pomp` → value_pomp (first item);
//! `scale_pomp` → the mean of the respondent's value_pomp over the items present, when at
//! least half of them (rounded up) are. Domains are `all` plus each known group value, one
//! scan with GROUPING SETS (a respondent whose group is unknown counts in `all` only);
//! design rows (set_id null) count every respondent of the wave per stratum × PSU.

use super::sufficient::{respondent_indicators, scale_need};
use crate::config::indicators::{IndicatorSet, Statistic};
use crate::vocab::GroupDim;
use anyhow::{Result, bail};

/// The SQL dialect to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    /// DuckDB (1.x): `read_parquet` with hive partitioning, `COPY … TO` Parquet.
    Duckdb,
    /// Spark SQL (3.x/4.x, `spark-sql` or `spark.sql`): a temporary view over the Parquet
    /// folder, `INSERT OVERWRITE DIRECTORY … USING parquet`.
    Spark,
}

/// Where the query reads and writes.
#[derive(Debug, Clone)]
pub struct SqlPaths {
    /// The `responses` folder (`OUT/store/responses`, or its copy on object storage such as
    /// `s3a://bucket/cohesion/responses`).
    pub responses: String,
    /// Where the engine writes the aggregates (a Parquet file for DuckDB, a folder for Spark).
    pub aggregates: String,
}

/// A SQL string literal.
fn q(s: &str) -> Result<String> {
    if s.contains(['\n', '\r', ';', '\\']) {
        bail!("cannot write {s:?} into SQL: newlines, semicolons and backslashes are not allowed in ids and paths");
    }
    Ok(format!("'{}'", s.replace('\'', "''")))
}

/// The stage-1 statements for `sets`, each ending in `;` on its own line. Runs as one script
/// in the DuckDB CLI (`duckdb < stage1.sql`) or `spark-sql -f stage1.sql`.
pub fn stage1_sql(sets: &[IndicatorSet], dialect: Dialect, paths: &SqlPaths) -> Result<String> {
    let inds = respondent_indicators(sets);
    if inds.is_empty() {
        bail!("the indicator sets have no survey or barometer indicator: nothing for stage 1 to sum");
    }
    let mut values = Vec::new();
    for (set, ind) in &inds {
        let items: &[String] = if ind.statistic == Statistic::ScalePomp {
            &ind.items
        } else {
            &ind.items[..1]
        };
        for it in items {
            values.push(format!(
                "    ({}, {}, {}, {}, {}, {})",
                q(set)?,
                q(&ind.id)?,
                q(ind.source.as_str())?,
                q(it)?,
                q(ind.statistic.as_str())?,
                scale_need(ind)
            ));
        }
    }
    let dbl = |x: &str| format!("CAST({x} AS DOUBLE)");
    let resp_cols = "r.survey_id, r.city, r.kind, r.wave, r.weight, r.strata, r.psu, \
                     r.migrant_background, r.age_band, r.gender, r.neighbourhood";
    let dims: Vec<&str> = GroupDim::DIMS.iter().map(|d| d.as_str()).collect();
    let cell = "set_id, indicator_id, survey_id, city, kind, wave, strata, psu";
    let grouping_sets = std::iter::once(format!("    ({cell})"))
        .chain(dims.iter().map(|d| format!("    ({cell}, {d})")))
        .collect::<Vec<_>>()
        .join(",\n");
    let grouping_flags = dims
        .iter()
        .map(|d| format!("GROUPING({d}) AS g_{d}"))
        .collect::<Vec<_>>()
        .join(", ");
    let group_dim = dims
        .iter()
        .map(|d| format!("WHEN g_{d} = 0 THEN '{d}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let known = dims
        .iter()
        .map(|d| format!("(g_{d} = 1 OR {d} IS NOT NULL)"))
        .collect::<Vec<_>>()
        .join("\n  AND ");
    let query = format!(
        "WITH indicators AS (
  SELECT * FROM (VALUES
{values}
  ) AS t(set_id, indicator_id, kind, item, statistic, need)
),
single AS (
  SELECT i.set_id, i.indicator_id, {resp_cols},
    CASE i.statistic
      WHEN 'share_agree' THEN CASE WHEN r.agree THEN {hundred} WHEN NOT r.agree THEN {zero} END
      WHEN 'mean' THEN {value}
      ELSE {pomp}
    END AS y
  FROM responses r JOIN indicators i ON r.item = i.item AND r.kind = i.kind
  WHERE i.statistic <> 'scale_pomp'
),
scale AS (
  SELECT i.set_id, i.indicator_id, r.survey_id,
    MIN(r.city) AS city, MIN(r.kind) AS kind, MIN(r.wave) AS wave, MIN(r.weight) AS weight,
    MIN(r.strata) AS strata, MIN(r.psu) AS psu, MIN(r.migrant_background) AS migrant_background,
    MIN(r.age_band) AS age_band, MIN(r.gender) AS gender, MIN(r.neighbourhood) AS neighbourhood,
    CASE WHEN COUNT(r.value_pomp) >= MIN(i.need)
      THEN SUM({pomp}) / COUNT(r.value_pomp) END AS y
  FROM responses r JOIN indicators i ON r.item = i.item AND r.kind = i.kind
  WHERE i.statistic = 'scale_pomp'
  GROUP BY i.set_id, i.indicator_id, r.survey_id, r.respondent_key
),
y AS (
  SELECT * FROM single
  UNION ALL
  SELECT * FROM scale
),
cells AS (
  SELECT {cell}, {dims_list}, {grouping_flags},
    CAST(COUNT(*) AS BIGINT) AS n_resp,
    CAST(COUNT(y) AS BIGINT) AS n,
    COALESCE(SUM(CASE WHEN y IS NOT NULL THEN weight END), {zero}) AS sw,
    COALESCE(SUM(weight * y), {zero}) AS swy,
    COALESCE(SUM(weight * y * y), {zero}) AS swy2,
    COALESCE(SUM(CASE WHEN y IS NOT NULL THEN weight * weight END), {zero}) AS sw2,
    COALESCE(SUM(weight * weight * y), {zero}) AS sw2y,
    COALESCE(SUM(weight * weight * y * y), {zero}) AS sw2y2,
    MIN(y) AS y_min,
    MAX(y) AS y_max
  FROM y
  GROUP BY GROUPING SETS (
{grouping_sets}
  )
)
SELECT set_id, indicator_id, survey_id, city, kind, wave,
  CASE {group_dim} ELSE 'all' END AS group_dim,
  COALESCE({dims_list}, 'all') AS group_value,
  strata, psu, n_resp, n, sw, swy, swy2, sw2, sw2y, sw2y2, y_min, y_max
FROM cells
WHERE {known}
UNION ALL
SELECT CAST(NULL AS STRING) AS set_id, CAST(NULL AS STRING) AS indicator_id, survey_id, city, kind, wave,
  'all' AS group_dim, 'all' AS group_value, strata, psu,
  CAST(COUNT(DISTINCT respondent_key) AS BIGINT) AS n_resp, CAST(0 AS BIGINT) AS n,
  {zero} AS sw, {zero} AS swy, {zero} AS swy2, {zero} AS sw2, {zero} AS sw2y, {zero} AS sw2y2,
  CAST(NULL AS DOUBLE) AS y_min, CAST(NULL AS DOUBLE) AS y_max
FROM responses
GROUP BY survey_id, city, kind, wave, strata, psu",
        values = values.join(",\n"),
        hundred = dbl("100"),
        zero = dbl("0"),
        value = dbl("r.value"),
        pomp = dbl("r.value_pomp"),
        dims_list = dims.join(", "),
    );
    let header = format!(
        "-- cohesion {} — stage 1 of the estimation (docs/SCALE.md) for the indicator sets {}.
-- Reads the contract columns of `responses` and writes the `aggregates` table, which
-- `cohesion compute PROJECT --out OUT --aggregates <what this writes>` turns into estimates.
",
        crate::VERSION,
        sets.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
    );
    Ok(match dialect {
        Dialect::Duckdb => format!(
            "{header}CREATE OR REPLACE TEMPORARY VIEW responses AS
SELECT * FROM read_parquet({src}, hive_partitioning = true, hive_types_autocast = false, union_by_name = true);
COPY (
{query}
) TO {dst} (FORMAT parquet);
",
            src = q(&format!("{}/**/*.parquet", paths.responses.trim_end_matches('/')))?,
            dst = q(&paths.aggregates)?,
            query = query.replace("AS STRING)", "AS VARCHAR)"),
        ),
        Dialect::Spark => format!(
            "{header}SET spark.sql.sources.partitionColumnTypeInference.enabled = false;
CREATE OR REPLACE TEMPORARY VIEW responses
USING parquet OPTIONS (path {src}, mergeSchema 'true');
INSERT OVERWRITE DIRECTORY {dst} USING parquet
{query};
",
            src = q(paths.responses.trim_end_matches('/'))?,
            dst = q(&paths.aggregates)?,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_quoted_and_unsafe_text_refused() {
        assert_eq!(q("icc-core").expect("plain"), "'icc-core'");
        assert_eq!(q("O'Brien").expect("quote"), "'O''Brien'");
        assert!(q("a;b").is_err());
        assert!(q("a\nb").is_err());
    }

    #[test]
    fn every_respondent_indicator_of_the_shipped_sets_is_in_the_query() {
        let bank = crate::config::bank::QuestionBank::shipped().expect("bank");
        let areas = crate::config::bank::IndexAreas::shipped().expect("areas");
        let mut problems = crate::diag::Problems::default();
        let sets = crate::config::indicators::load_sets(&[], &bank, &areas, &mut problems);
        assert!(problems.is_empty());
        let paths = SqlPaths {
            responses: "s3a://b/responses/".into(),
            aggregates: "s3a://b/aggregates".into(),
        };
        for dialect in [Dialect::Duckdb, Dialect::Spark] {
            let sql = stage1_sql(&sets, dialect, &paths).expect("sql");
            for (set, ind) in respondent_indicators(&sets) {
                // One VALUES row per item of a scale, one for any other statistic.
                let rows = sql.matches(&format!("('{set}', '{}', ", ind.id)).count();
                let want = if ind.statistic == Statistic::ScalePomp {
                    ind.items.len()
                } else {
                    1
                };
                assert_eq!(rows, want, "{set}/{}", ind.id);
            }
            // Statements end with ';' on a line end and nowhere else.
            assert_eq!(sql.matches(';').count(), sql.matches(";\n").count());
        }
        let duck = stage1_sql(&sets, Dialect::Duckdb, &paths).expect("sql");
        assert!(duck.contains("read_parquet('s3a://b/responses/**/*.parquet'"));
        let spark = stage1_sql(&sets, Dialect::Spark, &paths).expect("sql");
        assert!(spark.contains("INSERT OVERWRITE DIRECTORY 's3a://b/aggregates' USING parquet"));
    }
}
