//! `cohesion bench`: measure speed and memory on a synthetic network barometer.

use crate::bench::BenchSize;
use crate::runner::Ui;
use anyhow::Result;
use std::path::PathBuf;

/// Generate a synthetic network barometer (default: the docs/BENCHMARK.md scale, 160 cities × 40 waves ×
/// 1,000 respondents × 10 items = 64 M item responses), run validate + ingest + compute on it
/// and print a Markdown table of timings, throughput and peak memory. Build with --release.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Cities.
    #[arg(long, default_value_t = 160)]
    pub cities: usize,
    /// Waves per city.
    #[arg(long, default_value_t = 40)]
    pub waves: usize,
    /// Respondents per wave.
    #[arg(long, default_value_t = 1000)]
    pub respondents: usize,
    /// Working folder (the generated project is reused when present).
    #[arg(long, default_value = "bench-work")]
    pub dir: PathBuf,
    /// Generate the network project with bench/gen_big.py (embedded), run the whole pipeline
    /// on it, then the pandas reference bench/pandas_ref.py on the same files, and print both
    /// with the speed-up. Needs python3 with numpy and pandas.
    #[arg(long)]
    pub compare_pandas: bool,
}

/// Execute.
pub fn run(a: Args, ui: Ui) -> Result<u8> {
    let size = BenchSize {
        cities: a.cities,
        waves: a.waves,
        respondents: a.respondents,
    };
    let md = if a.compare_pandas {
        crate::bench::compare_pandas(&a.dir, size, ui)?
    } else {
        crate::bench::bench(&a.dir, size, ui)?
    };
    print!("{md}");
    Ok(0)
}
