//! `cohesion`: measure the impact of intercultural integration policy in cities.
//!
//! City surveys, barometer waves, ICC Index histories and activity evaluations are validated
//! and harmonised into a Parquet store ([`ingest`], [`store`]); indicator sets are computed
//! with design-based estimates and tested for change and trend; reports come out last.
//! The binary (`pipeline/main.rs`) only parses arguments and calls [`runner`].

// Grouping maps keyed by tuples (set, indicator, city, …) read better inline than behind
// one-off type aliases.
#![allow(clippy::type_complexity)]

pub mod analysis;
pub mod bench;
pub mod cli;
pub mod config;
pub mod demo;
pub mod diag;
pub mod ingest;
pub mod report;
pub mod rng;
pub mod runinfo;
pub mod runner;
pub mod stats;
pub mod store;
pub mod ui;
pub mod vocab;
pub mod workbench;

/// The tool's version, written into `run.json` and every Parquet footer.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
