//! Runs the pipeline's stages in order and writes `run.json`. The CLI calls this; this module
//! turns options into stage calls and owns the console summary, nothing else.

use crate::diag::InvalidProject;
use crate::ingest::{self, CheckedProject, IngestSummary};
use crate::runinfo::{RunInfo, Stopwatch, TableCount, Totals, run_id};
use crate::store::rows::WaveRow;
use crate::store::wide::WaveData;
use crate::store::{Store, write_atomic};
use anyhow::{Context, Result};
use indicatif::ProgressBar;
use std::path::{Path, PathBuf};

pub use crate::ui::Ui;

/// Which stages to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stages {
    /// Everything.
    All,
    /// Only validation and staging into the store.
    Ingest,
    /// Only the statistics, on a store that ingest already filled.
    Compute,
}

/// Options of one run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Project folder; None = the embedded demo project.
    pub project: Option<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Stages to run.
    pub stages: Stages,
    /// Accept waves that lose more than half of their rows (`--allow-rejects`).
    pub allow_rejects: bool,
    /// Console.
    pub ui: Ui,
}

/// Where the demo project is generated inside the output folder.
pub const DEMO_DIR: &str = "demo-project";

/// Write the demo project with the shipped indicator sets. With `fixed_salt` (the embedded
/// demo run) the salt is derived from the seed so that demo runs are byte-identical; a
/// project written by `cohesion init` gets a random salt on its first run instead, since
/// real data may be added to it.
pub fn write_demo(dir: &Path, seed: u64, fixed_salt: bool) -> Result<crate::demo::DemoSummary> {
    let summary = crate::demo::write_demo_project(dir, seed)
        .with_context(|| format!("writing the demo project to {}", dir.display()))?;
    for (name, src) in crate::config::indicators::SHIPPED_SETS {
        write_atomic(&dir.join(name), src.as_bytes())?;
    }
    if fixed_salt {
        let salt = crate::ingest::reader::sha256_bytes(format!("cohesion-demo-salt:{seed}").as_bytes());
        write_atomic(&dir.join(crate::ingest::SALT_FILE), salt.as_bytes())?;
    }
    Ok(summary)
}

/// Check a project or return every problem as an [`InvalidProject`] error.
pub fn checked(dir: &Path, create_salt: bool) -> Result<CheckedProject> {
    match ingest::check_project(dir, create_salt)? {
        Ok(cp) => Ok(cp),
        Err(problems) => Err(InvalidProject(problems).into()),
    }
}

/// The parameters that define a run (go into the run id).
pub fn parameters(cp: &CheckedProject) -> serde_json::Value {
    serde_json::json!({
        "analysis": cp.project.analysis,
        "languages": cp.project.languages,
        "indicator_sets": cp.project.indicator_sets.iter().map(|p| cp.label(p)).collect::<Vec<_>>(),
    })
}

/// Run the pipeline.
pub fn run(opts: &RunOptions) -> Result<RunInfo> {
    run_with(opts, &crate::analysis::Stage1::Native)
}

/// Run the pipeline with stage 1 of the estimation from `stage1` (`cohesion compute
/// --aggregates` passes an engine's output of the `cohesion sql` queries).
pub fn run_with(opts: &RunOptions, stage1: &crate::analysis::Stage1) -> Result<RunInfo> {
    let ui = opts.ui;
    let _lock = crate::store::OutLock::acquire(&opts.out)?;
    let mut timings = Vec::new();
    let (dir, demo) = match &opts.project {
        Some(d) => (d.clone(), false),
        None => {
            let dir = opts.out.join(DEMO_DIR);
            let t = Stopwatch::start();
            write_demo(&dir, crate::demo::DEMO_SEED, true)?;
            ui.info(format!("demo project generated in {}", dir.display()));
            timings.push(t.stop("demo"));
            (dir, true)
        }
    };
    let t = Stopwatch::start();
    let cp = checked(&dir, true)?;
    timings.push(t.stop("validate"));
    let params = parameters(&cp);
    let id = run_id(&cp.inputs_digest(), &params);
    let mut store = Store::new(&opts.out);
    store.meta = vec![
        ("cohesion.run_id".into(), id.clone()),
        ("cohesion.version".into(), crate::VERSION.into()),
    ];

    let mut tables = Vec::new();
    let mut notes = Vec::new();
    let mut inputs = cp.inputs.clone();
    // The workbench's per-wave outputs, computed in the estimation's pass over each wave.
    let wb_hook =
        |w: &WaveRow, d: &WaveData| crate::workbench::wave_outputs(&cp.sets, w, d, &cp.bank, &cp.project.analysis);
    let wb_hook: crate::analysis::WaveHook<crate::workbench::WaveOutput> = &wb_hook;
    let mut passed = crate::analysis::Passed::new();
    if opts.stages != Stages::Compute {
        let t = Stopwatch::start();
        let bar = ui.bar("ingest");
        // A whole run estimates each wave while ingest holds it in memory (the same pass over
        // the same data that `compute` makes when it reads the wave back from the store).
        let pass = |w: &WaveRow,
                    resp: &crate::store::responses::WaveResponses,
                    reps: Option<&polars::prelude::DataFrame>|
         -> Result<_> {
            let data = crate::store::wave_data_of_responses(w, resp, reps)?;
            Ok(crate::analysis::wave_pass(
                &cp.sets,
                &cp.project.analysis,
                w,
                &data,
                Some(wb_hook),
            ))
        };
        let fuse = opts.stages == Stages::All && matches!(stage1, crate::analysis::Stage1::Native);
        let (summary, done) = ingest::ingest_waves(
            &cp,
            Some(&store),
            &bar,
            ingest::IngestOptions {
                allow_rejects: opts.allow_rejects,
            },
            fuse.then_some(&pass as ingest::WaveFrameHook<_>),
        )?;
        passed.extend(done);
        bar.finish_and_clear();
        timings.push(t.stop("ingest"));
        report_rows(&ui, &summary);
        tables.push(TableCount {
            table: "responses".into(),
            rows: summary.item_rows,
        });
        tables.push(TableCount {
            table: "rejects".into(),
            rows: summary.rejects.len() as u64,
        });
        notes.extend(summary.warnings.iter().cloned());
        inputs = summary.inputs;
    } else if let Some(prev) = previous_inputs(&opts.out, &id) {
        inputs = prev;
    }

    if opts.stages != Stages::Ingest {
        let t = Stopwatch::start();
        let bar = ui.bar("estimate");
        let (computed, respondent_diagnostics) = crate::analysis::compute(
            &store,
            &cp.sets,
            &cp.project.analysis,
            &cp.bank,
            &cp.inputs_digest(),
            stage1,
            &bar,
            Some(wb_hook),
            std::mem::take(&mut passed),
        )?;
        bar.finish_and_clear();
        timings.push(t.stop("compute"));
        notes.extend(
            computed
                .not_computable
                .iter()
                .map(|(set, ind, why)| format!("{set}/{ind} not computed for {why}")),
        );
        let t = Stopwatch::start();
        let wb = crate::workbench::run(
            &store,
            &cp.sets,
            &cp.project.analysis,
            (&computed.estimates, &computed.changes, &computed.associations),
            respondent_diagnostics,
            &cp.inputs_digest(),
        )?;
        timings.push(t.stop("workbench"));
        for (name, n) in [
            ("diagnostics", wb.diagnostics.len()),
            ("composite", wb.composite.len()),
            ("composite_sensitivity", wb.sensitivity.len()),
        ] {
            tables.push(TableCount {
                table: name.into(),
                rows: n as u64,
            });
        }
        for (set, ind, why) in computed.not_computable.iter().take(20) {
            ui.info(format!("note: {set}/{ind} not computed for {why}"));
        }
        if computed.not_computable.len() > 20 {
            ui.info(format!(
                "note: … and {} more indicator/wave combinations not computable",
                computed.not_computable.len() - 20
            ));
        }
        for (name, n) in [
            ("estimates", computed.estimates.len()),
            ("changes", computed.changes.len()),
            ("trends", computed.trends.len()),
            ("gaps", computed.gaps.len()),
            ("peers", computed.peers.len()),
            ("associations", computed.associations.len()),
            ("activity_effects", computed.activity_effects.len()),
        ] {
            tables.push(TableCount {
                table: name.into(),
                rows: n as u64,
            });
        }
        let t = Stopwatch::start();
        let snapshot = crate::report::config::Snapshot {
            name: cp.project.name.clone(),
            languages: cp.project.languages.clone(),
            analysis: cp.project.analysis.clone(),
            run_id: id.clone(),
            sets: cp.sets.iter().map(|s| (cp.label(&s.path), s.source.clone())).collect(),
            translations: crate::report::config::Snapshot::translations_in(&crate::report::i18n::search_dirs(Some(
                &cp.project.dir,
            ))),
            question_bank: cp.bank.project_source.clone(),
            inputs: inputs
                .iter()
                .filter_map(|f| {
                    Some(crate::report::config::InputRows {
                        file: f.file.clone(),
                        role: f.role.clone(),
                        rows_in: f.rows_in?,
                        accepted: f.accepted?,
                        rejected: f.rejected?,
                    })
                })
                .collect(),
        };
        snapshot.save(&store)?;
        // The reports read the project from the store, exactly as `cohesion report` does.
        let cfg = crate::report::config::ReportConfig::load(&store)?;
        let rs = crate::report::write_reports(&cfg, &opts.out)?;
        timings.push(t.stop("report"));
        rs.print(&ui, &opts.out);
    }

    let info = RunInfo {
        tool: "cohesion".into(),
        version: crate::VERSION.into(),
        run_id: id,
        project: cp.project.name.clone(),
        demo,
        parameters: params,
        totals: Totals::of(&inputs),
        inputs,
        tables,
        timings,
        threads: rayon::current_num_threads(),
        notes,
    };
    let json = serde_json::to_string_pretty(&info)?;
    write_atomic(&opts.out.join("run.json"), json.as_bytes())?;
    ui.info(format!("run {} written to {}", info.run_id, opts.out.display()));
    Ok(info)
}

/// Row accounting of the previous run of the same inputs (for `cohesion compute`).
fn previous_inputs(out: &Path, run_id: &str) -> Option<Vec<crate::ingest::InputFile>> {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).ok()?).ok()?;
    if v.get("run_id")?.as_str()? != run_id {
        return None;
    }
    serde_json::from_value(v.get("inputs")?.clone()).ok()
}

/// Print the row accounting: every data file, in = accepted + rejected.
pub fn report_rows(ui: &Ui, s: &IngestSummary) {
    report_totals(ui, s);
    list_rejects(ui, s);
}

/// Print rows in = accepted + rejected, overall and for each file with rejects, and warnings.
pub fn report_totals(ui: &Ui, s: &IngestSummary) {
    for w in &s.warnings {
        ui.info(format!("warning: {w}"));
    }
    let t = Totals::of(&s.inputs);
    let left = |n: u64| match n {
        0 => String::new(),
        n => format!(" + {n} left out"),
    };
    ui.info(format!(
        "{} input rows = {} accepted + {} rejected{} ({} item responses)",
        t.rows_in,
        t.accepted,
        t.rejected,
        left(t.left_out),
        s.item_rows
    ));
    for i in s
        .inputs
        .iter()
        .filter(|i| i.rejected.unwrap_or(0) > 0 || i.left_out.unwrap_or(0) > 0)
    {
        ui.info(format!(
            "  {}: {} rows = {} accepted + {} rejected{}",
            i.file,
            i.rows_in.unwrap_or(0),
            i.accepted.unwrap_or(0),
            i.rejected.unwrap_or(0),
            left(i.left_out.unwrap_or(0))
        ));
    }
}

/// Print the first rejected rows.
fn list_rejects(ui: &Ui, s: &IngestSummary) {
    if !s.rejects.is_empty() {
        ui.info("  rejected rows are in the `rejects` table; the first ones:");
        for r in s.rejects.iter().take(10) {
            ui.info(format!("    {}", describe_reject(&r.file, r)));
        }
    }
}

/// `file:line:col: column `X`: reason` for one rejected row.
pub fn describe_reject(file: &str, r: &crate::store::rows::RejectRow) -> String {
    let at = r.column_number.map(|c| format!(":{c}")).unwrap_or_default();
    let col = r
        .column
        .as_deref()
        .map(|c| format!("column `{c}`: "))
        .unwrap_or_default();
    format!("{file}:{}{at}: {col}{}", r.line, r.reason)
}

/// Options of `cohesion compare-sets`.
#[derive(Debug, Clone)]
pub struct CompareOptions {
    /// Set A (TOML).
    pub a: PathBuf,
    /// Set B (TOML).
    pub b: PathBuf,
    /// Project folder; None = the embedded demo project (generated under `out` if absent).
    pub project: Option<PathBuf>,
    /// Output folder whose store is reused when it has been ingested.
    pub out: PathBuf,
}

/// `cohesion compare-sets`: evaluate two sets on the same data (ingesting the project first
/// unless the store already holds it) and write `set_comparison`; returns its rows.
pub fn compare_sets(o: &CompareOptions, ui: &Ui) -> Result<Vec<crate::store::rows::ComparisonRow>> {
    use crate::workbench::compare;
    let dir = match &o.project {
        Some(d) => d.clone(),
        None => {
            let d = o.out.join(DEMO_DIR);
            if !d.join(crate::config::project::PROJECT_FILE).is_file() {
                write_demo(&d, crate::demo::DEMO_SEED, true)?;
                ui.info(format!("demo project generated in {}", d.display()));
            }
            d
        }
    };
    let cp = checked(&dir, true)?;
    let sets = compare::parse_pair(&o.a, &o.b, &cp.bank, &cp.areas).map_err(InvalidProject)?;
    let store = Store::new(&o.out);
    if store.dir("waves").is_dir() && store.dir("responses").is_dir() {
        ui.info(format!("reusing the store in {}", store.root.display()));
    } else {
        ui.info(format!("ingesting {} into {}", dir.display(), store.root.display()));
        ingest::ingest(&cp, Some(&store), &ProgressBar::hidden())?;
    }
    let (est, diags) = evaluate(&store, &sets, &cp.bank, &cp.project.analysis)?;
    let mut rows = compare::summarise("A", &sets[0], &diags, &est);
    rows.extend(compare::summarise("B", &sets[1], &diags, &est));
    store.write_rows(&rows, &cp.inputs_digest())?;
    Ok(rows)
}

/// Estimate and diagnose `sets` on the store's data (one pass over the waves), writing
/// nothing; returns the estimates and the diagnostics.
fn evaluate(
    store: &Store,
    sets: &[crate::config::indicators::IndicatorSet],
    bank: &crate::config::bank::QuestionBank,
    analysis: &crate::config::project::Analysis,
) -> Result<(Vec<crate::store::rows::EstimateRow>, Vec<crate::store::rows::DiagRow>)> {
    use crate::analysis::{association, changes, compute_estimates};
    let hook = |w: &WaveRow, d: &WaveData| crate::workbench::diagnostics::wave_diagnostics(sets, w, d, bank);
    let (est, _, _, respondent) = compute_estimates(
        store,
        sets,
        analysis,
        &crate::analysis::Stage1::Native,
        &ProgressBar::hidden(),
        Some(&hook),
        crate::analysis::Passed::new(),
    )?;
    let ch = changes::changes(&est, sets, analysis.alpha, analysis.multiple_testing);
    let index: Vec<crate::store::rows::IndexScoreRow> = store.read_rows_if()?.unwrap_or_default();
    let assoc = association::associations(&est, &association::index_latest(&index), analysis.alpha);
    let diags = crate::workbench::all_diagnostics(sets, respondent, &est, &ch, &assoc, analysis.alpha);
    Ok((est, diags))
}
