//! `cohesion bench`: the network-scale benchmark (docs/BENCHMARK.md). Generates a synthetic network
//! barometer (cities × waves × respondents × 10 items, stratified cluster design, weights),
//! then runs validate + ingest + compute on it and reports wall-clock time per stage, rows
//! per second and the peak resident memory. Figures belong in docs/BENCHMARK.md, never in a
//! timed test.

use crate::rng::Rng;
use crate::runner::{RunOptions, Stages, Ui};
use crate::store::write_atomic;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

/// Size of the synthetic network.
#[derive(Debug, Clone, Copy)]
pub struct BenchSize {
    /// Cities.
    pub cities: usize,
    /// Waves per city.
    pub waves: usize,
    /// Respondents per wave.
    pub respondents: usize,
}

const ITEMS: [(&str, i64, i64); 10] = [
    ("trust_people", 0, 10),
    ("trust_neighbours", 1, 5),
    ("trust_institutions", 1, 5),
    ("belonging", 1, 4),
    ("get_along", 1, 5),
    ("diversity_advantage", 1, 5),
    ("contact_diverse", 0, 1),
    ("discrimination_experienced", 0, 1),
    ("safety_night", 1, 4),
    ("civic_participation", 0, 1),
];

/// Write the synthetic project to `dir` (in parallel, one wave file per task).
pub fn write_project(dir: &Path, size: BenchSize, seed: u64) -> Result<u64> {
    let mut cities = String::from("city,country,population,foreign_born_share\n");
    let mut rng = Rng::derive(seed, "bench-cities");
    for c in 0..size.cities {
        let _ = writeln!(
            cities,
            "City {c:03},XX,{},{:.3}",
            rng.range_i64(40_000, 2_000_000),
            rng.range_f64(0.03, 0.45)
        );
    }
    write_atomic(&dir.join("data/cities.csv"), cities.as_bytes())?;
    write_atomic(
        &dir.join("cohesion.toml"),
        b"[project]\nname = \"cohesion benchmark (synthetic network barometer)\"\nlanguages = [\"en\"]\n\n[inputs]\nsurveys = \"data/surveys\"\ncities = \"data/cities.csv\"\n\n[indicators]\nsets = [\"indicators/icc-core.toml\"]\n\n[analysis]\nseed = 1\n",
    )?;
    for (name, src) in crate::config::indicators::SHIPPED_SETS {
        write_atomic(&dir.join(name), src.as_bytes())?;
    }
    let tasks: Vec<(usize, usize)> = (0..size.cities)
        .flat_map(|c| (0..size.waves).map(move |w| (c, w)))
        .collect();
    let rows: Result<Vec<u64>> = tasks
        .par_iter()
        .map(|&(c, w)| write_wave(dir, c, w, size.respondents, seed))
        .collect();
    Ok(rows?.iter().sum())
}

fn write_wave(dir: &Path, c: usize, w: usize, n: usize, seed: u64) -> Result<u64> {
    let id = format!("c{c:03}-w{w:02}");
    let wave_dir = dir.join("data/surveys").join(&id);
    let mut rng = Rng::derive(seed, &id);
    let month = 1 + (w * 3 + c) % 12;
    let year = 2000 + w / 2;
    let mut manifest = format!(
        "id = \"{id}\"\nkind = \"barometer\"\ncity = \"City {c:03}\"\nwave = \"{year}-{month:02}\"\nfieldwork_start = {year}-{month:02}-01\nfieldwork_end = {year}-{month:02}-25\nfile = \"responses.csv\"\nrespondent_id = \"id\"\nweight = \"w\"\nstrata = \"s\"\npsu = \"p\"\nmode = \"online\"\nmissing_codes = [99]\n\n[groups]\nmigrant_background = {{ column = \"mb\", map = {{ \"1\" = \"yes\", \"2\" = \"no\" }} }}\ngender = {{ column = \"g\", map = {{ \"1\" = \"man\", \"2\" = \"woman\" }} }}\n\n[items]\n"
    );
    let mut header = String::from("id,w,s,p,mb,g");
    for (k, (item, lo, hi)) in ITEMS.iter().enumerate() {
        let _ = writeln!(manifest, "{item} = {{ column = \"q{k}\", scale = [{lo}, {hi}] }}");
        let _ = write!(header, ",q{k}");
    }
    let mut csv = String::with_capacity(n * 48);
    csv.push_str(&header);
    csv.push('\n');
    let level = rng.normal() * 0.3;
    for r in 0..n {
        let s = r % 8;
        let p = s * 4 + rng.index(4);
        let _ = write!(
            csv,
            "{r},{:.3},{s},{p},{},{}",
            rng.range_f64(0.3, 3.0),
            1 + rng.index(2),
            1 + rng.index(2)
        );
        for (lo, hi) in ITEMS.iter().map(|(_, lo, hi)| (*lo, *hi)) {
            if rng.bernoulli(0.03) {
                csv.push_str(if rng.bernoulli(0.5) { ",99" } else { "," });
                continue;
            }
            let u = (rng.uniform() + level * 0.2).clamp(0.0, 0.999);
            let v = lo + (u * (hi - lo + 1) as f64) as i64;
            let _ = write!(csv, ",{}", v.min(hi));
        }
        csv.push('\n');
    }
    write_atomic(&wave_dir.join("survey.toml"), manifest.as_bytes())?;
    write_atomic(&wave_dir.join("responses.csv"), csv.as_bytes())?;
    Ok(n as u64)
}

/// Peak resident set size of this process in MiB (Linux `VmHWM`), if known.
pub fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Generate, run and report. Returns a Markdown summary.
pub fn bench(work: &Path, size: BenchSize, ui: Ui) -> Result<String> {
    let project = work.join("project");
    let out = work.join("out");
    let t = Instant::now();
    let rows = if project.join("cohesion.toml").is_file() {
        ui.info(format!("reusing the synthetic project in {}", project.display()));
        (size.cities * size.waves * size.respondents) as u64
    } else {
        ui.info(format!(
            "generating {} cities × {} waves × {} respondents in {}",
            size.cities,
            size.waves,
            size.respondents,
            project.display()
        ));
        write_project(&project, size, 1).context("writing the benchmark project")?
    };
    let gen_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let info = crate::runner::run(&RunOptions {
        project: Some(project.clone()),
        out,
        stages: Stages::All,
        allow_rejects: false,
        ui,
    })?;
    let total = t.elapsed().as_secs_f64();
    let items = info
        .tables
        .iter()
        .find(|t| t.table == "responses")
        .map_or(0, |t| t.rows);
    let mut md = String::new();
    let _ = writeln!(md, "| measure | value |\n|---|---|");
    let _ = writeln!(
        md,
        "| network | {} cities × {} waves × {} respondents × 10 items |",
        size.cities, size.waves, size.respondents
    );
    let _ = writeln!(md, "| respondent rows | {rows} |");
    let _ = writeln!(md, "| item responses | {items} |");
    let _ = writeln!(md, "| threads | {} |", info.threads);
    let _ = writeln!(md, "| generate CSV (not part of the pipeline) | {gen_s:.1} s |");
    for s in &info.timings {
        let _ = writeln!(md, "| stage `{}` | {:.1} s |", s.stage, s.seconds);
    }
    let _ = writeln!(md, "| pipeline total | {total:.1} s |");
    let _ = writeln!(
        md,
        "| item responses per second | {:.0} |",
        items as f64 / total.max(1e-9)
    );
    if let Some(m) = peak_rss_mib() {
        let _ = writeln!(md, "| peak resident memory | {m:.0} MiB |");
    }
    for t in &info.tables {
        let _ = writeln!(md, "| rows in `{}` | {} |", t.table, t.rows);
    }
    Ok(md)
}
