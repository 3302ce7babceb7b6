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
        out: out.clone(),
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
        let _ = writeln!(
            md,
            "| stage `{}` | {:.1} s ({:.1} s CPU) |",
            s.stage, s.seconds, s.cpu_seconds
        );
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
    // After the peak memory is read: re-reading the estimates must not count in it.
    let _ = writeln!(md, "{}", trend_cost(&out, 0.05)?);
    let _ = write!(md, "{}", explorer_cost(&out)?);
    Ok(md)
}

/// The cost of the trend tests at this scale: the run's estimates read back, then every
/// series' trend test (meta-regression, Mann–Kendall, Sen's slope) and the verdicts timed on
/// their own (they run inside `compute`, side by side with other tables).
fn trend_cost(out: &Path, alpha: f64) -> Result<String> {
    let store = crate::store::Store::new(out);
    let est: Vec<crate::store::rows::EstimateRow> = store.read_rows()?;
    let t = Instant::now();
    let trends = crate::analysis::changes::trends(&est, alpha, crate::config::project::MultipleTesting::Bh);
    let trend_s = t.elapsed().as_secs_f64();
    let tested = trends.iter().filter(|r| r.slope.is_some()).count();
    let t = Instant::now();
    let mut fits = 0usize;
    for s in crate::analysis::changes::series(&est).values() {
        let valid: Vec<&crate::store::rows::EstimateRow> = s.iter().copied().filter(|r| r.estimate.is_some()).collect();
        let (seg, _) = crate::analysis::changes::since_latest_break(&valid);
        fits += usize::from(crate::analysis::changes::trend_fit(&seg).is_some());
    }
    let fit_s = t.elapsed().as_secs_f64();
    Ok(format!(
        "| trend tests: {tested} series of {} (meta-regression, Mann–Kendall, Sen; one thread) | {trend_s:.2} s; the {fits} meta-regressions alone (with the grouping into series) {fit_s:.2} s |",
        trends.len()
    ))
}

/// Debian's headless browser, used to time the explorer when it is installed.
const CHROMIUM: &str = "/usr/bin/chromium";

/// The explorer at this scale: the English file's size and, when Chromium is installed, the
/// time until the app has drawn its first view (HTML and JSON parsed, indexes built) and the
/// time of each view switch (state set, view drawn, layout forced), measured inside the page
/// with `performance.now()` on a copy with a timing probe; the whole Chromium process's wall
/// clock (start-up included) is shown beside them.
fn explorer_cost(out: &Path) -> Result<String> {
    let page = out.join("reports/explorer/en/index.html");
    let Ok(meta) = std::fs::metadata(&page) else {
        return Ok(String::new());
    };
    let mut md = format!(
        "| explorer file (`reports/explorer/en/index.html`, data and app) | {:.1} MiB |\n",
        meta.len() as f64 / (1024.0 * 1024.0)
    );
    if !Path::new(CHROMIUM).is_file() {
        let _ = writeln!(md, "| explorer timings | not measured: {CHROMIUM} not installed |");
        return Ok(md);
    }
    let probe = "<script>(() => { const ready = performance.now(); const E = window.cohesionExplorer; \
                 const views = ['time', 'cities', 'gaps', 'index', 'composite']; const t = {}; \
                 for (const view of views) { const t0 = performance.now(); E.setState({ view }); \
                 document.body.getBoundingClientRect(); t[view] = performance.now() - t0; } \
                 const o = document.createElement('pre'); o.id = 'timing'; \
                 o.textContent = JSON.stringify({ ready, views: t }); document.body.appendChild(o); })();</script>";
    let html = std::fs::read_to_string(&page)?;
    let dir = out.join("bench-explorer");
    std::fs::create_dir_all(&dir)?;
    let copy = dir.join("index.html");
    std::fs::write(&copy, html.replacen("</body>", &format!("{probe}</body>"), 1))?;
    let t = Instant::now();
    let o = std::process::Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--window-size=1280,900",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", copy.display()))
        .output()
        .context("running chromium")?;
    let wall = t.elapsed().as_secs_f64();
    let _ = std::fs::remove_dir_all(&dir);
    let dom = String::from_utf8_lossy(&o.stdout);
    let json = dom
        .split("<pre id=\"timing\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok());
    let Some(json) = json else {
        let _ = writeln!(
            md,
            "| explorer timings | the probe did not report (Chromium exit {}) |",
            o.status
        );
        return Ok(md);
    };
    let views: Vec<String> = json["views"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k} {:.0} ms", v.as_f64().unwrap_or(f64::NAN)))
                .collect()
        })
        .unwrap_or_default();
    let _ = writeln!(
        md,
        "| explorer in headless Chromium: first view drawn | {:.0} ms after navigation ({wall:.1} s with Chromium's start-up) |",
        json["ready"].as_f64().unwrap_or(f64::NAN)
    );
    let _ = writeln!(md, "| explorer: switching views | {} |", views.join(", "));
    Ok(md)
}

/// The network project generator of `--compare-pandas` (`bench/gen_big.py`, embedded).
pub const GEN_BIG_PY: &str = include_str!("../bench/gen_big.py");
/// The pandas peer baseline of `--compare-pandas` (`bench/pandas_ref.py`, embedded).
pub const PANDAS_REF_PY: &str = include_str!("../bench/pandas_ref.py");

/// A child process's wall clock and peak resident memory.
struct ChildRun {
    seconds: f64,
    /// User + system CPU seconds of the child (from `wait4`).
    cpu_seconds: f64,
    peak_mib: Option<f64>,
    stdout: String,
}

/// Run `python3 args…`, wait for it with `wait4` to get its own peak resident memory
/// (`ru_maxrss`), and fail with its stderr when it fails.
fn run_python(args: &[&std::ffi::OsStr], what: &str) -> Result<ChildRun> {
    use std::process::{Command, Stdio};
    let t = Instant::now();
    let child = Command::new("python3")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting python3 for {what}"))?;
    let pid = child.id() as libc::pid_t;
    // Read the pipes on threads so that a chatty child cannot block on a full pipe.
    let mut out = child.stdout.context("child stdout")?;
    let mut err = child.stderr.context("child stderr")?;
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut s);
        s
    });
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet reaped; status and usage are valid pointers.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = t.elapsed().as_secs_f64();
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    if r != pid {
        return Err(anyhow::anyhow!("waiting for python3 ({what}) failed"));
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        return Err(anyhow::anyhow!("python3 {what} failed:\n{}", stderr.trim_end()));
    }
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(ChildRun {
        seconds,
        cpu_seconds: tv(usage.ru_utime) + tv(usage.ru_stime),
        // Linux reports ru_maxrss in KiB.
        peak_mib: (usage.ru_maxrss > 0).then(|| usage.ru_maxrss as f64 / 1024.0),
        stdout,
    })
}

/// `cohesion bench --compare-pandas`: generate the network project with `bench/gen_big.py`
/// (reused when present), run the whole pipeline on it in this process, then the pandas
/// reference `bench/pandas_ref.py` on the same CSV files, and report both with their ratio.
/// Needs python3 with numpy and pandas. Returns a Markdown summary.
pub fn compare_pandas(work: &Path, size: BenchSize, ui: Ui) -> Result<String> {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import numpy, pandas; print(pandas.__version__)"])
        .output();
    let pandas_version = match probe {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        _ => {
            return Err(anyhow::anyhow!(
                "--compare-pandas needs python3 with numpy and pandas (`pip install numpy pandas`); run `cohesion bench` without it to measure cohesion alone"
            ));
        }
    };
    let scripts = work.join("scripts");
    write_atomic(&scripts.join("gen_big.py"), GEN_BIG_PY.as_bytes())?;
    write_atomic(&scripts.join("pandas_ref.py"), PANDAS_REF_PY.as_bytes())?;
    let tag = format!("{}x{}x{}", size.cities, size.waves, size.respondents);
    let project = work.join(format!("network-{tag}"));
    let out = work.join(format!("out-{tag}"));
    let t = Instant::now();
    let gen_s = if project.join("cohesion.toml").is_file() {
        ui.info(format!("reusing the network project in {}", project.display()));
        None
    } else {
        ui.info(format!(
            "generating {} cities × {} waves × {} respondents with bench/gen_big.py in {} (a few minutes)",
            size.cities,
            size.waves,
            size.respondents,
            project.display()
        ));
        // Generated into a temporary folder and renamed: a half-written project is never reused.
        let tmp = work.join(format!("network-{tag}.tmp"));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).with_context(|| format!("removing {}", tmp.display()))?;
        }
        let n = |v: usize| std::ffi::OsString::from(v.to_string());
        run_python(
            &[
                scripts.join("gen_big.py").as_os_str(),
                tmp.as_os_str(),
                &n(size.cities),
                &n(size.waves),
                &n(size.respondents),
            ],
            "bench/gen_big.py",
        )?;
        std::fs::rename(&tmp, &project).with_context(|| format!("moving {} into place", project.display()))?;
        Some(t.elapsed().as_secs_f64())
    };
    // A previous run's output is moved aside and deleted only after the measurement: on ext4,
    // files created within minutes of thousands of deletions pay for the allocator skipping
    // the recently freed inodes (measured: a quarter of ingest's CPU; docs/BENCHMARK.md).
    let old = work.join(format!("out-{tag}.old"));
    if out.exists() {
        if old.exists() {
            std::fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
        }
        std::fs::rename(&out, &old).with_context(|| format!("moving {} aside", out.display()))?;
    }
    ui.info("running cohesion on it");
    let t = Instant::now();
    let info = crate::runner::run(&RunOptions {
        project: Some(project.clone()),
        out: out.clone(),
        stages: Stages::All,
        allow_rejects: false,
        ui,
    })?;
    let total = t.elapsed().as_secs_f64();
    let peak = peak_rss_mib();
    ui.info(format!(
        "running the pandas reference (pandas {pandas_version}) on the same files"
    ));
    let pandas_out = work.join(format!("pandas-estimates-{tag}.parquet"));
    let py = run_python(
        &[
            scripts.join("pandas_ref.py").as_os_str(),
            project.as_os_str(),
            pandas_out.as_os_str(),
        ],
        "bench/pandas_ref.py",
    )?;
    if old.exists() {
        std::fs::remove_dir_all(&old).with_context(|| format!("removing {}", old.display()))?;
    }
    let agree = agreement(&pandas_out, &out.join("store/estimates/part-0.parquet"))?;
    let stage = |name: &str| info.timings.iter().find(|s| s.stage == name).map_or(0.0, |s| s.seconds);
    let through_compute = stage("validate") + stage("ingest") + stage("compute");
    let items = info
        .tables
        .iter()
        .find(|t| t.table == "responses")
        .map_or(0, |t| t.rows);
    let mut md = String::new();
    let _ = writeln!(md, "| measure | cohesion | pandas reference |\n|---|---|---|");
    let _ = writeln!(
        md,
        "| network | {} cities × {} waves × {} respondents × 10 items | same CSV files |",
        size.cities, size.waves, size.respondents
    );
    let _ = writeln!(md, "| item responses | {items} | |");
    let _ = writeln!(md, "| threads | {} | 1 (pandas) |", info.threads);
    if let Some(g) = gen_s {
        let _ = writeln!(md, "| generate CSV (bench/gen_big.py, not timed below) | {g:.1} s | |");
    }
    for s in &info.timings {
        let _ = writeln!(
            md,
            "| stage `{}` | {:.1} s ({:.1} s CPU) | |",
            s.stage, s.seconds, s.cpu_seconds
        );
    }
    let cpu = |name: &str| {
        info.timings
            .iter()
            .find(|s| s.stage == name)
            .map_or(0.0, |s| s.cpu_seconds)
    };
    let _ = writeln!(
        md,
        "| CPU seconds: validate + ingest + compute (all threads) vs the pandas process (with Python's start-up) | {:.1} s | {:.1} s |",
        cpu("validate") + cpu("ingest") + cpu("compute"),
        py.cpu_seconds
    );
    // pandas_ref.py prints "pandas reference: N estimates; read R s, total T s" (its own
    // clock, from after the imports); the ratio uses it, the process's wall clock is shown.
    let after = |key: &str| {
        py.stdout
            .split(key)
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|s| s.parse::<f64>().ok())
    };
    if let Some(r) = after("read ") {
        let _ = writeln!(md, "| reading the CSV files (pandas) | | {r:.1} s |");
    }
    let pandas_s = after("total ").unwrap_or(py.seconds);
    let _ = writeln!(
        md,
        "| validate + ingest + compute vs the pandas estimates | {through_compute:.1} s | {pandas_s:.1} s ({:.1} s with Python's start-up) |",
        py.seconds
    );
    let _ = writeln!(md, "| whole run (with workbench and reports) | {total:.1} s | |");
    let mib = |m: Option<f64>| m.map_or("n/a".to_string(), |m| format!("{m:.0} MiB"));
    let _ = writeln!(md, "| peak resident memory | {} | {} |", mib(peak), mib(py.peak_mib));
    let _ = writeln!(
        md,
        "| **speed-up: validate + ingest + compute** | **{:.1}×** | |",
        pandas_s / through_compute.max(1e-9)
    );
    let _ = writeln!(
        md,
        "| **speed-up: whole run** | **{:.1}×** | |",
        pandas_s / total.max(1e-9)
    );
    let _ = writeln!(
        md,
        "| estimates compared (item × city × wave × all/yes/no) | {} of {} matched ({} suppressed by cohesion) | max abs difference: estimate {:.1e}, SE {:.1e}, n {} |",
        agree.matched, agree.pandas_rows, agree.suppressed, agree.max_est, agree.max_se, agree.max_n
    );
    let _ = writeln!(md, "{}", trend_cost(&out, 0.05)?);
    let _ = write!(md, "{}", explorer_cost(&out)?);
    let _ = writeln!(md, "\npandas: {}", py.stdout.trim());
    Ok(md)
}

/// How far cohesion's share estimates are from the pandas reference's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Agreement {
    /// Rows the pandas reference wrote.
    pub pandas_rows: usize,
    /// Of those, rows with a cohesion estimate for the same item, city, wave and group.
    pub matched: usize,
    /// Largest |estimate difference| (percentage points).
    pub max_est: f64,
    /// Largest |SE difference|.
    pub max_se: f64,
    /// Largest |n difference|.
    pub max_n: f64,
    /// Matched rows that cohesion suppresses (no estimate published: too few respondents or
    /// too small an effective sample), left out of the differences.
    pub suppressed: usize,
}

/// Compare the pandas reference's estimates (`pandas_ref.py DIR OUT`: city, wave, indicator,
/// group, est, se, n) with the `share_agree` rows of cohesion's `estimates` table (indicator
/// `<item>_share`, group `all` or a migrant_background value).
pub fn agreement(pandas: &Path, estimates: &Path) -> Result<Agreement> {
    use polars::prelude::*;
    use std::collections::HashMap;
    let read = |p: &Path| -> Result<DataFrame> {
        let f = std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?;
        ParquetReader::new(f)
            .finish()
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}", p.display()))
    };
    let strs = |df: &DataFrame, c: &str| -> Result<Vec<Option<String>>> {
        let col = df.column(c)?.cast(&DataType::String)?;
        Ok(col.str()?.iter().map(|v| v.map(str::to_string)).collect())
    };
    let nums = |df: &DataFrame, c: &str| -> Result<Vec<Option<f64>>> {
        let col = df.column(c)?.cast(&DataType::Float64)?;
        Ok(col.f64()?.iter().collect())
    };
    let ours = read(estimates)?;
    let (stat, ind, city, wave, grp) = (
        strs(&ours, "statistic")?,
        strs(&ours, "indicator_id")?,
        strs(&ours, "city")?,
        strs(&ours, "wave")?,
        strs(&ours, "group_value")?,
    );
    let (est, se, n) = (nums(&ours, "estimate")?, nums(&ours, "se")?, nums(&ours, "n")?);
    let mut map: HashMap<(String, String, String, String), (Option<f64>, Option<f64>, Option<f64>)> = HashMap::new();
    for i in 0..ours.height() {
        if stat[i].as_deref() != Some("share_agree") {
            continue;
        }
        let item = ind[i].as_deref().unwrap_or("").trim_end_matches("_share").to_string();
        let key = (
            item,
            city[i].clone().unwrap_or_default(),
            wave[i].clone().unwrap_or_default(),
            grp[i].clone().unwrap_or_default(),
        );
        map.insert(key, (est[i], se[i], n[i]));
    }
    let theirs = read(pandas)?;
    let (pi, pc, pw, pg) = (
        strs(&theirs, "indicator")?,
        strs(&theirs, "city")?,
        strs(&theirs, "wave")?,
        strs(&theirs, "group")?,
    );
    let (pe, ps, pn) = (nums(&theirs, "est")?, nums(&theirs, "se")?, nums(&theirs, "n")?);
    let mut a = Agreement {
        pandas_rows: theirs.height(),
        matched: 0,
        max_est: 0.0,
        max_se: 0.0,
        max_n: 0.0,
        suppressed: 0,
    };
    let diff = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) if x.is_finite() && y.is_finite() => (x - y).abs(),
        (None, None) => 0.0,
        (Some(x), None) | (None, Some(x)) if x.is_nan() => 0.0,
        _ => f64::INFINITY,
    };
    for i in 0..theirs.height() {
        let key = (
            pi[i].clone().unwrap_or_default(),
            pc[i].clone().unwrap_or_default(),
            pw[i].clone().unwrap_or_default(),
            pg[i].clone().unwrap_or_default(),
        );
        if let Some(&(e, s, n)) = map.get(&key) {
            a.matched += 1;
            if e.is_none() {
                a.suppressed += 1;
                continue;
            }
            a.max_est = a.max_est.max(diff(e, pe[i]));
            a.max_se = a.max_se.max(diff(s, ps[i]));
            a.max_n = a.max_n.max(diff(n, pn[i]));
        }
    }
    Ok(a)
}
