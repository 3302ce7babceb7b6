//! The ingest stage: validate a project and stage every input into the store.
//!
//! [`check_project`] parses every configuration file and every data-file header and collects
//! all problems (nothing is read twice later except the data rows). [`ingest`] then
//! harmonises wave by wave in parallel (rayon; bounded memory: one wave per worker) and
//! writes the staged tables through the catalog. Input rows = accepted + rejected, per file.

pub mod calibration;
pub mod draft;
pub mod labelled;
pub mod losses;
pub mod reader;
pub mod replicates;
mod spss_check;
pub mod survey;
pub mod tables;

use crate::config::bank::{IndexAreas, QuestionBank};
use crate::config::manifest::{Manifest, find_manifests};
use crate::config::project::Project;
use crate::diag::{Owner, Problem, Problems};
use crate::store::responses::WaveResponses;
use crate::store::rows::{ActivityRow, CityRow, IndexScoreRow, RejectRow, WaveRow};
use crate::store::schema::Day;
use crate::store::{PartitionWriter, Store};
use crate::vocab::Source;
use anyhow::{Context, Result};
use rayon::prelude::*;
use reader::{TextTable, read_table, sha256_file};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Row accounting and checksum of one input file (for `run.json`).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct InputFile {
    /// Path relative to the project folder.
    pub file: String,
    /// What the file is: survey, barometer, cities, index, activities, manifest, indicator_set,
    /// question_bank, margins.
    pub role: String,
    /// SHA-256 of the file's bytes.
    pub sha256: String,
    /// Data rows read (null for configuration files).
    pub rows_in: Option<u64>,
    /// Rows accepted.
    pub accepted: Option<u64>,
    /// Rows rejected.
    pub rejected: Option<u64>,
    /// Rows of a long file left out: their city or wave value is in neither of the
    /// manifest's maps (docs/INPUTS.md "Long files"). rows_in = accepted + rejected + left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_out: Option<u64>,
}

/// A project whose configuration and headers passed every check.
pub struct CheckedProject {
    /// The project file.
    pub project: Project,
    /// Question bank.
    pub bank: QuestionBank,
    /// ICC Index areas.
    pub areas: IndexAreas,
    /// Wave manifests, sorted by survey id.
    pub manifests: Vec<Manifest>,
    /// `cities.csv` as read.
    pub cities_table: TextTable,
    /// City names that passed staging.
    pub city_names: BTreeSet<String>,
    /// `index_scores.csv` as read.
    pub index_table: Option<TextTable>,
    /// `activities.csv` as read.
    pub activities_table: Option<TextTable>,
    /// Every input file with its checksum (row counts filled by [`ingest`]).
    pub inputs: Vec<InputFile>,
    /// Salt for pseudonymous keys.
    pub salt: String,
    /// Indicator sets (the project's, or the shipped ones).
    pub sets: Vec<crate::config::indicators::IndicatorSet>,
    /// Things that are not errors but lose nothing only if the user knows them.
    pub warnings: Vec<String>,
}

impl CheckedProject {
    /// A path as shown to users (relative to the project folder).
    pub fn label(&self, p: &Path) -> String {
        self.project.display_path(p).to_string_lossy().replace('\\', "/")
    }
    /// SHA-256 over all input checksums: identifies the inputs of a run.
    pub fn inputs_digest(&self) -> String {
        let mut s = String::new();
        for i in &self.inputs {
            s.push_str(&i.file);
            s.push(' ');
            s.push_str(&i.sha256);
            s.push('\n');
        }
        reader::sha256_bytes(s.as_bytes())
    }
}

/// How to read a wave's data file that is not UTF-8.
const WAVE_ENCODING_FIX: &str = "or set encoding = \"windows-1252\" in survey.toml";
/// How to read cities.csv, index_scores.csv or activities.csv that is not UTF-8: the
/// project file has no encoding key for them (docs/INPUTS.md lists its keys).
const FLAT_ENCODING_FIX: &str = "or set encoding = \"windows-1252\" under [inputs] in cohesion.toml";

/// Where the salt for pseudonymous keys lives: inside the project folder, never in the store or
/// the reports (the embedded demo's project folder is generated under `out/demo-project`).
pub const SALT_FILE: &str = ".cohesion/salt";

/// Read the project's salt; create it when `create` and absent. Without a salt file and
/// without `create` (validate writes nothing) a throw-away salt is used.
pub fn project_salt(dir: &Path, create: bool) -> Result<String> {
    let path = dir.join(SALT_FILE);
    if let Ok(s) = std::fs::read_to_string(&path) {
        return Ok(s.trim().to_string());
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let salt = reader::sha256_bytes(format!("{nanos}:{}:{}", std::process::id(), dir.display()).as_bytes());
    if create {
        crate::store::write_atomic(&path, salt.as_bytes()).context("writing the project's salt file")?;
    }
    Ok(salt)
}

/// Parse and check the whole project: configuration, manifests, headers, required columns.
/// Returns the checked project, or every problem found.
pub fn check_project(dir: &Path, create_salt: bool) -> Result<std::result::Result<CheckedProject, Problems>> {
    let mut problems = Problems::default();
    let bank = QuestionBank::shipped().map_err(|p| anyhow::anyhow!("{p}"))?;
    let areas = IndexAreas::shipped().map_err(|p| anyhow::anyhow!("{p}"))?;
    let Some(project) = Project::load(dir, &mut problems) else {
        problems.sort();
        return Ok(Err(problems));
    };
    let mut inputs = Vec::new();
    let label = |p: &Path| project.display_path(p).to_string_lossy().replace('\\', "/");
    // The project's own question bank, added to the shipped one.
    let bank = match project.question_bank.as_ref().filter(|p| p.is_file()) {
        None => bank,
        Some(p) => {
            let added = std::fs::read_to_string(p)
                .map_err(|e| {
                    vec![Problem::file(
                        p,
                        format!("cannot read the question bank: {e}"),
                        Owner::Config,
                    )]
                })
                .and_then(|src| bank.clone().with_project_items(p, &src));
            match added {
                Ok(b) => {
                    inputs.push(InputFile {
                        file: label(p),
                        role: "question_bank".into(),
                        sha256: sha256_file(p)?,
                        rows_in: None,
                        accepted: None,
                        rejected: None,
                        left_out: None,
                    });
                    b
                }
                Err(ps) => {
                    for pr in ps {
                        problems.push(pr);
                    }
                    bank
                }
            }
        }
    };
    let mut read = |p: &Path, role: &str, problems: &mut Problems| -> Option<TextTable> {
        if !p.is_file() {
            return None; // already reported by Project::load
        }
        match (read_table(p, &project.flat_csv), sha256_file(p)) {
            (Ok(mut t), Ok(sha)) => {
                // `decimal = ","`: numbers with a decimal comma become numbers with a point.
                if project.flat_csv.decimal_comma {
                    for cell in t.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
                        if let Some(v) = crate::config::coding::decimal_comma_to_point(cell) {
                            *cell = v;
                        }
                    }
                }
                inputs.push(InputFile {
                    file: label(p),
                    role: role.into(),
                    sha256: sha,
                    rows_in: None,
                    accepted: None,
                    rejected: None,
                    left_out: None,
                });
                Some(t)
            }
            (Err(e), _) => {
                problems.push(e.problem(p, FLAT_ENCODING_FIX));
                None
            }
            (_, Err(e)) => {
                problems.push(Problem::file(p, format!("{e:#}"), Owner::Data));
                None
            }
        }
    };
    let cities_table = read(&project.cities, "cities", &mut problems);
    let index_table = project.index.as_ref().and_then(|p| read(p, "index", &mut problems));
    let activities_table = project
        .activities
        .as_ref()
        .and_then(|p| read(p, "activities", &mut problems));
    // City names, when cities.csv could be read and staged. When it could not, that problem
    // is reported once and the city cross-checks are skipped: a broken cities.csv must not
    // also make every manifest's city "not in cities.csv".
    let mut city_names = BTreeSet::new();
    let mut cities_usable = false;
    if let Some(t) = &cities_table
        && let Some(staged) = tables::stage_cities(t, &project.cities, "", &mut problems)?
    {
        let col = staged.frame.column("city")?.str()?;
        city_names = col.iter().flatten().map(str::to_string).collect();
        // A city whose row is rejected (e.g. a missing population) still names a city: its
        // waves are not also "not in cities.csv" (the reject says what is wrong with the row).
        if let Some(ci) = t.col("city") {
            for r in &staged.rejects {
                if let Some(row) = t.rows.iter().find(|row| row.line as u64 == r.line)
                    && let Some(name) = row.cells.get(ci).map(|c| c.trim()).filter(|c| !c.is_empty())
                {
                    city_names.insert(name.to_string());
                }
            }
        }
        cities_usable = true;
    }
    for (t, p, cols) in [
        (&index_table, project.index.as_ref(), &tables::INDEX_COLUMNS[..]),
        (
            &activities_table,
            project.activities.as_ref(),
            &tables::ACTIVITY_COLUMNS[..],
        ),
    ] {
        if let (Some(t), Some(p)) = (t, p) {
            tables::require(t, p, cols, &mut problems);
        }
    }
    // Manifests and the headers of their data files.
    let manifest_paths = match find_manifests(&project.surveys) {
        Ok(v) => v,
        Err(e) => {
            if project.surveys.is_dir() {
                problems.push(Problem::file(
                    &project.surveys,
                    format!("cannot list the surveys folder: {e}"),
                    Owner::Config,
                ));
            }
            Vec::new()
        }
    };
    // In parallel (each wave's data file is decoded in full), problems kept in path order.
    let checked: Vec<(Option<Manifest>, Problems)> = manifest_paths
        .par_iter()
        .map(|p| {
            let mut problems = Problems::default();
            let labels_of = |f: &Path| labelled::read_labels(f).unwrap_or_default();
            let m = Manifest::load_with_labels(
                p,
                &bank,
                cities_usable.then_some(&city_names),
                &labels_of,
                &mut problems,
            );
            let m = m.and_then(|m| match read_wave_header(&m) {
                Ok(header) => {
                    let t = TextTable {
                        header,
                        rows: Vec::new(),
                    };
                    let before = problems.len();
                    survey::check_header(&m, &t, &mut problems);
                    replicates::check_header(&m, &t.header, &mut problems);
                    (problems.len() == before).then_some(m)
                }
                Err(e) => {
                    problems.push(e.problem(&m.file, WAVE_ENCODING_FIX));
                    None
                }
            });
            (m, problems)
        })
        .collect();
    let mut manifests = Vec::new();
    for (m, p) in checked {
        problems.0.extend(p.0);
        manifests.extend(m);
    }
    // Uniqueness of survey ids and of (city, kind, wave).
    let mut ids: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut waves: BTreeMap<(String, &str, String), PathBuf> = BTreeMap::new();
    // A long file's parts count as waves of their own.
    let parts: Vec<Manifest> = manifests
        .iter()
        .flat_map(|m| m.part_keys().into_iter().map(move |(c, w)| m.part(c, w)))
        .collect();
    for m in &parts {
        if let Some(first) = ids.insert(m.id.clone(), m.path.clone()) {
            problems.push(Problem::at(
                &m.path,
                m.id_at.0,
                m.id_at.1,
                format!(
                    "survey id `{}` is also used by {}; ids must be unique",
                    m.id,
                    first.display()
                ),
                Owner::Config,
            ));
        }
        if let Some(first) = waves.insert((m.city.clone(), m.kind.as_str(), m.wave.clone()), m.path.clone()) {
            problems.push(Problem::at(
                &m.path,
                m.wave_at.0,
                m.wave_at.1,
                format!(
                    "wave `{}` of {} {} is also declared by {}; wave labels must be unique per city and kind",
                    m.wave,
                    m.city,
                    m.kind.as_str(),
                    first.display()
                ),
                Owner::Config,
            ));
        }
    }
    if manifest_paths.is_empty() && project.surveys.is_dir() {
        problems.push(Problem::file(
            &project.surveys,
            "no survey.toml found in the surveys folder (expected one wave folder per survey)",
            Owner::Config,
        ));
    }
    for p in &project.indicator_sets {
        if let Ok(sha) = sha256_file(p) {
            inputs.push(InputFile {
                file: label(p),
                role: "indicator_set".into(),
                sha256: sha,
                rows_in: None,
                accepted: None,
                rejected: None,
                left_out: None,
            });
        }
    }
    let sets = crate::config::indicators::load_sets(&project.indicator_sets, &bank, &areas, &mut problems);
    let mut warnings: Vec<String> = orphan_data_folders(&project.surveys)
        .into_iter()
        .map(|d| {
            format!(
                "{}: a data file but no survey.toml — this folder is not ingested",
                label(&d)
            )
        })
        .collect();
    // Items a manifest maps that no indicator uses are stored but never reported: say so.
    let used: BTreeSet<&str> = sets
        .iter()
        .flat_map(|s| s.indicators.iter())
        .flat_map(|i| i.items.iter().map(String::as_str))
        .collect();
    for m in &manifests {
        let unused: Vec<&str> = m
            .items
            .iter()
            .map(|i| i.item.as_str())
            .filter(|i| !used.contains(i))
            .collect();
        if !unused.is_empty() {
            warnings.push(format!(
                "{}: {} mapped but used by no indicator of the project's sets: stored in `responses`, \
                 never estimated or reported (add an indicator, or remove the mapping)",
                label(&m.path),
                unused.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
            ));
        }
    }
    if !problems.is_empty() {
        problems.sort();
        return Ok(Err(problems));
    }
    manifests.sort_by(|a, b| a.id.cmp(&b.id));
    let shas: Vec<(String, String)> = manifests
        .par_iter()
        .map(|m| Ok((sha256_file(&m.path)?, sha256_file(&m.file)?)))
        .collect::<Result<_>>()?;
    for (m, (manifest_sha, data_sha)) in manifests.iter().zip(shas) {
        inputs.push(InputFile {
            file: label(&m.path),
            role: "manifest".into(),
            sha256: manifest_sha,
            rows_in: None,
            accepted: None,
            rejected: None,
            left_out: None,
        });
        if let Some(c) = &m.calibrate {
            inputs.push(InputFile {
                file: label(&c.margins),
                role: "margins".into(),
                sha256: sha256_file(&c.margins)?,
                rows_in: None,
                accepted: None,
                rejected: None,
                left_out: None,
            });
        }
        inputs.push(InputFile {
            file: label(&m.file),
            role: m.kind.as_str().into(),
            sha256: data_sha,
            rows_in: None,
            accepted: None,
            rejected: None,
            left_out: None,
        });
    }
    inputs.sort_by(|a, b| a.file.cmp(&b.file));
    let salt = project_salt(dir, create_salt)?;
    Ok(Ok(CheckedProject {
        project,
        bank,
        areas,
        manifests,
        cities_table: cities_table.unwrap_or(TextTable {
            header: Vec::new(),
            rows: Vec::new(),
        }),
        city_names,
        index_table,
        activities_table,
        inputs,
        salt,
        sets,
        warnings,
    }))
}

/// Folders under the surveys folder that hold a CSV/XLSX file but no `survey.toml`.
fn orphan_data_folders(surveys: &Path) -> Vec<PathBuf> {
    // A walk that fails was reported by `find_manifests` already.
    let folders = crate::config::walk::folders(surveys).unwrap_or_default();
    let is_data = |p: &PathBuf| {
        p.extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| matches!(x.to_ascii_lowercase().as_str(), "csv" | "xlsx" | "sav" | "zsav" | "dta"))
    };
    folders
        .into_iter()
        .filter(|f| {
            f.files.iter().any(is_data)
                && !f
                    .files
                    .iter()
                    .any(|p| p.file_name().is_some_and(|n| n == "survey.toml"))
        })
        .map(|f| f.path)
        .collect()
}

/// What ingest produced, for `run.json` and the console summary.
pub struct IngestSummary {
    /// Every input file with row accounting.
    pub inputs: Vec<InputFile>,
    /// Every rejected row.
    pub rejects: Vec<RejectRow>,
    /// Total item responses written.
    pub item_rows: u64,
    /// Waves whose data file has no data rows.
    pub warnings: Vec<String>,
    /// Waves that lose more than half of their rows (or all): one problem per data file.
    /// An error unless [`IngestOptions::allow_rejects`].
    pub mostly_rejected: Problems,
    /// Waves ingested (a long file gives one per city and wave in it).
    pub waves: usize,
}

/// Options of [`ingest_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct IngestOptions {
    /// Accept waves that lose more than half of their rows (`--allow-rejects`); otherwise
    /// such a wave is an [`InvalidProject`](crate::diag::InvalidProject) error and nothing is
    /// written.
    pub allow_rejects: bool,
}

/// Harmonise every input. With `store = None` nothing is written (validate). A wave that
/// loses most of its rows is an error; see [`ingest_with`].
pub fn ingest(cp: &CheckedProject, store: Option<&Store>, progress: &indicatif::ProgressBar) -> Result<IngestSummary> {
    ingest_with(cp, store, progress, IngestOptions::default())
}

/// Harmonise every input with `opts`. Unless `opts.allow_rejects`, a wave whose data file
/// loses more than half of its rows stops the ingest with every such wave as a problem
/// (exit 1) before anything is committed to the store. Without a store (validate) the
/// summary carries those problems in `mostly_rejected` and the caller decides, so that it
/// can list the rejected rows first.
pub fn ingest_with(
    cp: &CheckedProject,
    store: Option<&Store>,
    progress: &indicatif::ProgressBar,
    opts: IngestOptions,
) -> Result<IngestSummary> {
    Ok(ingest_waves::<()>(cp, store, progress, opts, None)?.0)
}

/// What a caller computes from each harmonised wave while it is in memory (`cohesion run`:
/// the estimation's per-wave pass), given the wave's `waves` row and its responses exactly as
/// written to the store, with its `replicate_weights` frame when it has one. Called once per
/// wave that is written, in parallel.
pub type WaveFrameHook<'a, T> =
    &'a (dyn Fn(&WaveRow, &WaveResponses, Option<&polars::prelude::DataFrame>) -> Result<T> + Sync);

/// Refuse the ingest for `problems`: drop the partitioned tables being written (their
/// previous files stay), remove the store folder only when ingest created it and left it
/// empty (an earlier run's store stays), and return the problems as the error.
fn refuse(writers: [Option<PartitionWriter>; 2], store: Option<&Store>, mut problems: Problems) -> anyhow::Error {
    for w in writers.into_iter().flatten() {
        if let Err(e) = w.abort() {
            return e;
        }
    }
    if let Some(s) = store {
        let _ = std::fs::remove_dir(&s.root);
    }
    problems.sort();
    crate::diag::InvalidProject(problems).into()
}

/// [`ingest_with`], also returning what `hook` computed for each wave written to the store,
/// by survey id.
pub fn ingest_waves<T: Send>(
    cp: &CheckedProject,
    store: Option<&Store>,
    progress: &indicatif::ProgressBar,
    opts: IngestOptions,
    hook: Option<WaveFrameHook<T>>,
) -> Result<(IngestSummary, Vec<(String, T)>)> {
    let digest = cp.inputs_digest();
    // Input checksums by file label, looked up once per file (a scan per wave was quadratic
    // in the number of waves).
    let mut shas: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for i in &cp.inputs {
        shas.entry(i.file.as_str()).or_insert(i.sha256.as_str());
    }
    let sha_of = |p: &Path| {
        shas.get(cp.label(p).as_str())
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    let responses_writer = match store {
        Some(s) => Some(s.partitioned("responses")?),
        None => None,
    };
    // The waves' own replicate weights: a table of their own, written beside `responses`.
    let replicate_writer = match store {
        Some(s) => Some(s.partitioned("replicate_weights")?),
        None => None,
    };
    progress.set_length(cp.manifests.len() as u64);
    // One data file per task (one wave, or the parts of a long file): read, harmonise, write
    // each wave's partition file, drop it.
    let results: Vec<Result<FileResult<T>>> = cp
        .manifests
        .par_iter()
        .map(|m| {
            let r = ingest_file(
                cp,
                m,
                (responses_writer.as_ref(), replicate_writer.as_ref()),
                &sha_of(&m.file),
                hook,
            );
            progress.inc(1);
            r
        })
        .collect();
    let mut passed = Vec::new();
    let mut rejects = Vec::new();
    let mut counts: BTreeMap<String, (u64, u64, u64, Option<u64>)> = BTreeMap::new();
    let mut wave_rows = Vec::new();
    let mut item_rows = 0;
    let mut warnings = cp.warnings.clone();
    let mut mostly_rejected = Problems::default();
    let mut not_calibrated = Problems::default();
    for (file_manifest, r) in cp.manifests.iter().zip(results) {
        let r = r?;
        let label = cp.label(&file_manifest.file);
        let mut in_file = (r.left_out, 0, 0);
        for (m, mut c, rj, out) in r.parts {
            if let Some(out) = out {
                passed.push((m.id.clone(), out));
            }
            for p in std::mem::take(&mut c.calibration) {
                not_calibrated.push(p);
            }
            if let Some(p) = losses::mostly_rejected(&m.file, c.rows_in, &rj) {
                mostly_rejected.push(p);
                if opts.allow_rejects {
                    warnings.push(format!(
                        "{label}{}: {} of {} rejected, kept with --allow-rejects",
                        part_name(&m, file_manifest),
                        rj.len(),
                        losses::rows(c.rows_in)
                    ));
                }
            }
            in_file.0 += c.rows_in;
            in_file.1 += c.accepted;
            in_file.2 += rj.len() as u64;
            item_rows += c.item_rows;
            let n_rejected = rj.len() as u64;
            wave_rows.push((m, c, n_rejected));
            rejects.extend(rj);
        }
        if in_file.0 == 0 {
            warnings.push(format!("{label}: the data file has a header but no rows"));
        } else if file_manifest.long.is_some() && in_file.0 == r.left_out {
            warnings.push(format!(
                "{label}: every row was left out: no row has a city and wave value that the manifest maps"
            ));
        }
        let left_out = file_manifest.long.as_ref().map(|_| r.left_out);
        counts.insert(label, (in_file.0, in_file.1, in_file.2, left_out));
    }
    // A wave that cannot be weighted to its margins stops validate and run alike.
    if !not_calibrated.is_empty() {
        return Err(refuse([responses_writer, replicate_writer], store, not_calibrated));
    }
    if !opts.allow_rejects && !mostly_rejected.is_empty() && store.is_some() {
        return Err(refuse([responses_writer, replicate_writer], store, mostly_rejected));
    }
    if let Some(w) = responses_writer {
        w.commit()?;
    }
    if let Some(w) = replicate_writer {
        w.commit_unless_empty()?;
    }
    // Flat files.
    let mut problems = Problems::default();
    let mut flat: Vec<(&str, PathBuf, Option<tables::Staged>)> = Vec::new();
    let cities = tables::stage_cities(
        &cp.cities_table,
        &cp.project.cities,
        &cp.label(&cp.project.cities),
        &mut problems,
    )?;
    flat.push(("cities", cp.project.cities.clone(), cities));
    if let (Some(t), Some(p)) = (&cp.index_table, &cp.project.index) {
        let s = tables::stage_index(t, p, &cp.label(p), &cp.city_names, &cp.areas, &mut problems)?;
        flat.push(("index_scores", p.clone(), s));
    }
    if let (Some(t), Some(p)) = (&cp.activities_table, &cp.project.activities) {
        let s = tables::stage_activities(
            t,
            p,
            &cp.label(p),
            &cp.city_names,
            &cp.bank,
            &cp.project.activity_scales,
            &cp.salt,
            &mut problems,
        )?;
        flat.push(("activities", p.clone(), s));
    }
    if !problems.is_empty() {
        return Err(crate::diag::InvalidProject(problems).into());
    }
    // A flat file that loses most of its rows is refused like a wave that does.
    let mut flat_lost = Problems::default();
    for (_, path, staged) in &flat {
        if let Some(p) = staged
            .as_ref()
            .and_then(|s| losses::mostly_rejected(path, s.rows_in, &s.rejects))
        {
            if opts.allow_rejects {
                warnings.push(format!("{}: {}, kept with --allow-rejects", cp.label(path), p.message));
            }
            flat_lost.push(p);
        }
    }
    if !opts.allow_rejects && !flat_lost.is_empty() {
        if store.is_some() {
            return Err(crate::diag::InvalidProject(flat_lost).into());
        }
        for p in flat_lost.0 {
            mostly_rejected.push(p);
        }
    }
    for (name, path, staged) in flat {
        let Some(mut s) = staged else { continue };
        counts.insert(cp.label(&path), (s.rows_in, s.accepted, s.rejects.len() as u64, None));
        if let Some(store) = store {
            match name {
                "cities" => crate::store::check_frame::<CityRow>(&s.frame)?,
                "index_scores" => crate::store::check_frame::<IndexScoreRow>(&s.frame)?,
                "activities" => crate::store::check_frame::<ActivityRow>(&s.frame)?,
                _ => {}
            }
            store.write(name, &mut s.frame, &sha_of(&path))?;
        }
        rejects.extend(s.rejects);
    }
    let n_waves = wave_rows.len();
    if let Some(store) = store {
        store.write_rows(&self::wave_rows(cp, &wave_rows), &digest)?;
        store.write_rows(&sorted_rejects(&rejects), &digest)?;
    }
    let mut inputs = cp.inputs.clone();
    for i in &mut inputs {
        if let Some((a, b, c, d)) = counts.get(&i.file) {
            i.rows_in = Some(*a);
            i.accepted = Some(*b);
            i.rejected = Some(*c);
            i.left_out = *d;
        }
    }
    mostly_rejected.sort();
    Ok((
        IngestSummary {
            inputs,
            rejects,
            item_rows,
            warnings,
            mostly_rejected,
            waves: n_waves,
        },
        passed,
    ))
}

/// The header of a wave's data file: SPSS/Stata from its metadata, CSV/XLSX by `reader`.
fn read_wave_header(m: &Manifest) -> std::result::Result<Vec<String>, reader::ReadError> {
    if labelled::is_labelled(&m.file) {
        labelled::read_header(&m.file)
    } else {
        reader::read_header(&m.file, &m.csv)
    }
}

/// A wave's data file as cells (SPSS/Stata cells hold codes; labels were resolved in the
/// manifest when it was checked).
fn read_wave(m: &Manifest) -> std::result::Result<Box<dyn reader::Cells>, reader::ReadError> {
    if labelled::is_labelled(&m.file) {
        Ok(Box::new(labelled::read_table(&m.file)?.0))
    } else {
        reader::read_cells(&m.file, &m.csv)
    }
}

struct WaveCounts {
    rows_in: u64,
    accepted: u64,
    item_rows: u64,
    /// Replicate-weight columns of the wave (0 without `replicate_weights`).
    replicates: u32,
    /// Why the wave could not be weighted to its margins (nothing was written for it).
    calibration: Vec<Problem>,
}

/// The waves one data file gave: each with its manifest (a part of a long file has its own,
/// [`Manifest::part`]), counts, rejects and hook output; and the rows of a long file left out.
struct FileResult<T> {
    parts: Vec<(Manifest, WaveCounts, Vec<RejectRow>, Option<T>)>,
    left_out: u64,
}

/// " (Norway, ESS9)" for a part of a long file, "" for a file of one wave.
fn part_name(part: &Manifest, file: &Manifest) -> String {
    match &file.long {
        None => String::new(),
        Some(_) => format!(" ({}, {})", part.city, part.wave),
    }
}

/// The rows of a data file that make one part of a long file, with their original line
/// numbers (rejects name the line of the file).
struct RowSubset<'a> {
    inner: &'a dyn reader::Cells,
    rows: Vec<usize>,
}

impl reader::Cells for RowSubset<'_> {
    fn header(&self) -> &[String] {
        self.inner.header()
    }
    fn n_rows(&self) -> usize {
        self.rows.len()
    }
    fn line(&self, r: usize) -> usize {
        self.inner.line(self.rows[r])
    }
    fn width(&self, r: usize) -> usize {
        self.inner.width(self.rows[r])
    }
    fn cell(&self, r: usize, i: usize) -> &str {
        self.inner.cell(self.rows[r], i)
    }
}

/// Read one data file and ingest its wave — or, for a long file (docs/INPUTS.md "Long
/// files"), each (city, wave) part present in it, in the order of the manifest's maps, as if
/// each were a file of its own.
fn ingest_file<T: Send>(
    cp: &CheckedProject,
    m: &Manifest,
    writers: (Option<&PartitionWriter>, Option<&PartitionWriter>),
    sha: &str,
    hook: Option<WaveFrameHook<T>>,
) -> Result<FileResult<T>> {
    let table = read_wave(m).map_err(|e| anyhow::anyhow!("{}", e.problem(&m.file, WAVE_ENCODING_FIX)))?;
    let Some(long) = &m.long else {
        let (c, rj, out) = ingest_wave(cp, m, table.as_ref(), writers, sha, hook)?;
        return Ok(FileResult {
            parts: vec![(m.clone(), c, rj, out)],
            left_out: 0,
        });
    };
    let column = |c: Option<&crate::config::manifest::ColumnRef>| c.and_then(|c| table.col(&c.name));
    let (cc, wc) = (
        column(long.cities.as_ref().map(|c| &c.0)),
        column(long.waves.as_ref().map(|w| &w.0)),
    );
    let mut groups: BTreeMap<(Option<usize>, Option<usize>), Vec<usize>> = BTreeMap::new();
    let mut left_out = 0u64;
    for r in 0..table.n_rows() {
        let cell = |c: Option<usize>| c.map_or("", |c| table.cell(r, c));
        match m.part_of(cell(cc), cell(wc)) {
            Some(key) => groups.entry(key).or_default().push(r),
            None => left_out += 1,
        }
    }
    let parts: Vec<Result<(Manifest, WaveCounts, Vec<RejectRow>, Option<T>)>> = groups
        .into_iter()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|((ci, wi), rows)| {
            let part = m.part(ci, wi);
            let view = RowSubset {
                inner: table.as_ref(),
                rows,
            };
            let (c, rj, out) = ingest_wave(cp, &part, &view, writers, sha, hook)?;
            Ok((part, c, rj, out))
        })
        .collect();
    Ok(FileResult {
        parts: parts.into_iter().collect::<Result<_>>()?,
        left_out,
    })
}

fn ingest_wave<T>(
    cp: &CheckedProject,
    m: &Manifest,
    table: &dyn reader::Cells,
    (writer, replicate_writer): (Option<&PartitionWriter>, Option<&PartitionWriter>),
    sha: &str,
    hook: Option<WaveFrameHook<T>>,
) -> Result<(WaveCounts, Vec<RejectRow>, Option<T>)> {
    let mut res = survey::harmonise(m, table, &cp.salt, &cp.label(&m.file))
        .with_context(|| format!("harmonising {} ({})", m.id, cp.label(&m.file)))?;
    let item_rows = res.responses.height() as u64;
    // --- weighting to population margins ---
    if let Err(calibration) = calibration::rake_responses(m, &mut res.responses)? {
        return Ok((
            WaveCounts {
                rows_in: res.rows_in,
                accepted: res.accepted,
                item_rows,
                replicates: 0,
                calibration,
            },
            res.rejects,
            None,
        ));
    }
    let mut out = None;
    if let Some(w) = writer {
        let rel = Store::wave_rel(&m.city, m.kind.as_str(), &m.id);
        w.write_responses(&rel, &res.responses, sha)?;
    }
    let replicates = match &mut res.replicate_weights {
        Some(rw) => {
            if let Some(w) = replicate_writer {
                w.write_file(&Store::wave_rel(&m.city, m.kind.as_str(), &m.id), rw, sha)?;
            }
            res.replicates
        }
        None => 0,
    };
    let counts = WaveCounts {
        rows_in: res.rows_in,
        accepted: res.accepted,
        item_rows,
        replicates,
        calibration: Vec::new(),
    };
    if let (Some(_), Some(hook)) = (writer, hook) {
        let row = wave_row(cp, m, &counts, res.rejects.len() as u64);
        let reps = res.replicate_weights.as_ref().filter(|_| replicates > 0);
        out = Some(hook(&row, &res.responses, reps).with_context(|| format!("estimating {} during ingest", m.id))?);
    }
    Ok((counts, res.rejects, out))
}

fn wave_rows(cp: &CheckedProject, rows: &[(Manifest, WaveCounts, u64)]) -> Vec<WaveRow> {
    rows.iter()
        .map(|(m, c, rejected)| wave_row(cp, m, c, *rejected))
        .collect()
}

/// The `waves` row of one ingested wave.
fn wave_row(cp: &CheckedProject, m: &Manifest, c: &WaveCounts, rejected: u64) -> WaveRow {
    WaveRow {
        survey_id: m.id.clone(),
        kind: match m.kind {
            crate::config::manifest::Kind::Survey => Source::Survey,
            crate::config::manifest::Kind::Barometer => Source::Barometer,
        },
        city: m.city.clone(),
        wave: m.wave.clone(),
        fieldwork_start: Day(m.fieldwork_start),
        fieldwork_end: Day(m.fieldwork_end),
        date: Day(m.midpoint()),
        mode: m.mode,
        series_version: m.series_version.clone(),
        series_continuous: m.series_continuous,
        item_mappings: m
            .items
            .iter()
            .map(|i| format!("{}: {}", i.item, i.mapping_signature()))
            .collect::<Vec<_>>()
            .join("\n"),
        file: cp.label(&m.file),
        items: m.items.iter().map(|i| i.item.as_str()).collect::<Vec<_>>().join(","),
        groups: m.groups.iter().map(|g| g.dim.as_str()).collect::<Vec<_>>().join(","),
        weighted: m.weight.is_some(),
        stratified: m.strata.is_some(),
        clustered: m.psu.is_some(),
        calibrated_by: m.calibrate.as_ref().map(|c| c.by.join(",")),
        replicate_type: m.replicate_weights.as_ref().map(|r| r.kind),
        replicate_columns: c.replicates,
        replicate_scale: m
            .replicate_weights
            .as_ref()
            .filter(|_| c.replicates > 0)
            .map(|r| r.scales(c.replicates as usize).0),
        replicate_mse: m.replicate_weights.as_ref().map(|r| r.mse),
        rows_in: c.rows_in,
        accepted: c.accepted,
        rejected,
    }
}

/// Fill in the column numbers of rejects from the table's header.
pub fn number_columns(rejects: &mut [RejectRow], header: &[String]) {
    for r in rejects {
        r.column_number = r
            .column
            .as_ref()
            .and_then(|c| header.iter().position(|h| h == c))
            .map(|i| i as u32 + 1);
    }
}

/// The `rejects` rows, sorted by file and line.
pub fn sorted_rejects(rejects: &[RejectRow]) -> Vec<RejectRow> {
    let mut r = rejects.to_vec();
    r.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    r
}
