//! Command-line interface: one file per subcommand, each an `Args` struct and a `run`
//! that turns arguments into options and calls the library. No logic lives here.

mod bank;
mod bench;
mod compare_sets;
mod compute;
mod explain;
mod ingest;
mod init;
mod plan;
mod report;
mod run;
mod sql;
mod validate;

use anyhow::Result;
use clap::{Parser, Subcommand};

/// Measure the impact of intercultural integration policy in cities.
///
/// Ingests city surveys, barometer waves, ICC Index histories and activity evaluations into a
/// Parquet store, computes indicator sets with design-based confidence intervals, tests
/// changes and trends, and writes reports. Run `cohesion run` to try it on the demo data.
#[derive(Debug, Parser)]
#[command(name = "cohesion", version, about, long_about)]
pub struct Cli {
    /// Print nothing but errors on stderr.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Worker threads (default: all cores). Results are identical whatever the number.
    #[arg(long, global = true, value_name = "N")]
    pub threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Run(run::Args),
    Init(init::Args),
    Validate(validate::Args),
    Ingest(ingest::Args),
    Compute(compute::Args),
    Bench(bench::Args),
    Bank(bank::Args),
    Explain(explain::Args),
    CompareSets(compare_sets::Args),
    Plan(plan::Args),
    Report(report::Args),
    Sql(sql::Args),
}

/// Run the parsed command; returns the process exit code.
///
/// Everything runs inside polars' own rayon pool. Our parallel loops (one wave per task) call
/// polars, which parallelises on that pool; were our loops on another pool, every polars call
/// would wait "across pools" while stealing more of our tasks, nesting them until the stack
/// overflows (seen at 6,400 waves). `--threads` sizes that one pool.
pub fn dispatch(cli: Cli) -> Result<u8> {
    if let Some(n) = cli.threads {
        // SAFETY: called at start-up, before any other thread exists.
        unsafe { std::env::set_var("POLARS_MAX_THREADS", n.max(1).to_string()) };
    }
    let ui = crate::runner::Ui { quiet: cli.quiet };
    let command = cli.command;
    polars_core::runtime::THREAD_POOL.install(move || match command {
        Command::Run(a) => run::run(a, ui),
        Command::Init(a) => init::run(a, ui),
        Command::Validate(a) => validate::run(a, ui),
        Command::Ingest(a) => ingest::run(a, ui),
        Command::Compute(a) => compute::run(a, ui),
        Command::Bench(a) => bench::run(a, ui),
        Command::Bank(a) => bank::run(a, ui),
        Command::Explain(a) => explain::run(a, ui),
        Command::CompareSets(a) => compare_sets::run(a, ui),
        Command::Plan(a) => plan::run(a, ui),
        Command::Report(a) => report::run(a, ui),
        Command::Sql(a) => sql::run(a, ui),
    })
}
