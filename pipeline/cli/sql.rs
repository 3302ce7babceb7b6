//! `cohesion sql`: print (or write) stage 1 of the estimation as SQL for DuckDB or Spark.

use crate::analysis::sql::{Dialect, SqlPaths, stage1_sql};
use crate::config::bank::{IndexAreas, QuestionBank};
use crate::config::indicators::load_sets;
use crate::diag::{InvalidProject, Problems};
use crate::runner::Ui;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// Write the stage-1 query of the estimation (sums per indicator, wave, group, stratum and
/// PSU over the hive-partitioned `responses`) for an engine that runs where the data are
/// (DuckDB, Spark); `cohesion compute PROJECT --aggregates PATH` finishes the estimates from
/// its output. See docs/SCALE.md.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Project folder holding cohesion.toml, for its indicator sets (default: the shipped
    /// sets, which the demo uses).
    pub project_dir: Option<PathBuf>,
    /// SQL dialect.
    #[arg(long, value_enum)]
    pub dialect: Dialect,
    /// Write the SQL to FILE instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Output folder whose store `ingest` filled (the query reads OUT/store/responses).
    #[arg(long, value_name = "OUT", default_value = "out")]
    pub store: PathBuf,
    /// Read `responses` from this folder or URI instead (e.g. s3a://bucket/cohesion/responses).
    #[arg(long, value_name = "URI")]
    pub responses: Option<String>,
    /// Where the engine writes the aggregates (default: OUT/aggregates.parquet for DuckDB,
    /// the folder OUT/aggregates for Spark).
    #[arg(long, value_name = "URI")]
    pub aggregates: Option<String>,
}

fn absolute(p: &Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let sets = match &a.project_dir {
        Some(dir) => crate::runner::checked(dir, false)?.sets,
        None => {
            let bank = QuestionBank::shipped().map_err(|p| anyhow::anyhow!("{p}"))?;
            let areas = IndexAreas::shipped().map_err(|p| anyhow::anyhow!("{p}"))?;
            let mut problems = Problems::default();
            let sets = load_sets(&[], &bank, &areas, &mut problems);
            if !problems.is_empty() {
                return Err(InvalidProject(problems).into());
            }
            sets
        }
    };
    let paths = SqlPaths {
        responses: a
            .responses
            .unwrap_or_else(|| absolute(&a.store.join("store").join("responses"))),
        aggregates: a.aggregates.unwrap_or_else(|| {
            absolute(&a.store.join(match a.dialect {
                Dialect::Duckdb => "aggregates.parquet",
                Dialect::Spark => "aggregates",
            }))
        }),
    };
    let sql = stage1_sql(&sets, a.dialect, &paths)?;
    match &a.out {
        Some(f) => {
            crate::store::write_atomic(f, sql.as_bytes()).with_context(|| format!("writing {}", f.display()))?;
            ui.info(format!("stage-1 SQL written to {}", f.display()));
        }
        None => print!("{sql}"),
    }
    Ok(0)
}
