//! `run.json`: the run manifest — inputs with SHA-256 and row counts, parameters, versions,
//! the run id and wall-clock timings per stage. Timings live here and never in Parquet.

use crate::ingest::InputFile;
use serde::Serialize;

/// Wall-clock and CPU time of one stage.
#[derive(Debug, Clone, Serialize)]
pub struct StageTiming {
    /// Stage name.
    pub stage: String,
    /// Seconds (wall clock).
    pub seconds: f64,
    /// CPU seconds of the process during the stage (user + system, all threads): on a shared
    /// machine the wall clock moves with the other load, this much less.
    pub cpu_seconds: f64,
}

/// Times one stage: wall clock and the process's CPU time.
#[derive(Debug, Clone, Copy)]
pub struct Stopwatch {
    wall: std::time::Instant,
    cpu: f64,
}

impl Stopwatch {
    /// Start timing.
    pub fn start() -> Self {
        Stopwatch {
            wall: std::time::Instant::now(),
            cpu: process_cpu_seconds(),
        }
    }

    /// The timing of `stage` from the start until now.
    pub fn stop(&self, stage: &str) -> StageTiming {
        StageTiming {
            stage: stage.into(),
            seconds: self.wall.elapsed().as_secs_f64(),
            cpu_seconds: (process_cpu_seconds() - self.cpu).max(0.0),
        }
    }
}

/// CPU seconds used by this process so far, user + system, all threads (`getrusage`; 0 where
/// it is not available).
pub fn process_cpu_seconds() -> f64 {
    #[cfg(unix)]
    {
        // SAFETY: getrusage only writes into the zeroed struct we pass.
        let mut u: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) } == 0 {
            let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            return tv(u.ru_utime) + tv(u.ru_stime);
        }
    }
    0.0
}

/// Rows written per table.
#[derive(Debug, Clone, Serialize)]
pub struct TableCount {
    /// Table name.
    pub table: String,
    /// Rows.
    pub rows: u64,
}

/// Contents of `run.json`.
#[derive(Debug, Clone, Serialize)]
pub struct RunInfo {
    /// Always "cohesion".
    pub tool: String,
    /// Tool version.
    pub version: String,
    /// Hash of inputs, parameters and version: same inputs and parameters, same id.
    pub run_id: String,
    /// Project name.
    pub project: String,
    /// True when the embedded demo project was run.
    pub demo: bool,
    /// Analysis parameters.
    pub parameters: serde_json::Value,
    /// Every input file.
    pub inputs: Vec<InputFile>,
    /// Totals: rows in = accepted + rejected.
    pub totals: Totals,
    /// Rows per table written.
    pub tables: Vec<TableCount>,
    /// Timings.
    pub timings: Vec<StageTiming>,
    /// Worker threads used.
    pub threads: usize,
    /// Things the user should know: indicators that could not be computed somewhere, and why.
    pub notes: Vec<String>,
}

/// Row accounting over all data files.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Totals {
    /// Data rows read.
    pub rows_in: u64,
    /// Accepted.
    pub accepted: u64,
    /// Rejected.
    pub rejected: u64,
    /// Rows of long files left out (a city or wave value the manifest does not map).
    pub left_out: u64,
}

impl Totals {
    /// Sum the row counts of data files.
    pub fn of(inputs: &[InputFile]) -> Totals {
        inputs.iter().fold(Totals::default(), |t, i| Totals {
            rows_in: t.rows_in + i.rows_in.unwrap_or(0),
            accepted: t.accepted + i.accepted.unwrap_or(0),
            rejected: t.rejected + i.rejected.unwrap_or(0),
            left_out: t.left_out + i.left_out.unwrap_or(0),
        })
    }
}

/// The run id: first 16 hex digits of SHA-256 over the inputs digest, parameters and version.
pub fn run_id(inputs_digest: &str, parameters: &serde_json::Value) -> String {
    let s = format!("{inputs_digest}\n{parameters}\n{}", crate::VERSION);
    crate::ingest::reader::sha256_bytes(s.as_bytes())[..16].to_string()
}
