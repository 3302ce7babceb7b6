//! The catalog: the one place that knows where every table of the store lives and how it is
//! written and read (docs/STORE.md). Stages read and write tables by name through [`Store`].
//!
//! Every write goes to a temporary folder `<table>.tmp/` that replaces `<table>/` only when
//! complete, so a crash never leaves half a table. Every Parquet file carries provenance in
//! its footer (run id, tool version, SHA-256 of the inputs it came from).

pub mod networks;
mod pages;
pub mod responses;
pub mod rows;
pub mod schema;
pub mod wide;

use wide::has_replicates;
pub use wide::{wave_data_of, wave_data_of_responses};

use anyhow::{Context, Result, anyhow};
use polars::prelude::*;
use schema::{ColumnDef, Table};
use std::fs;
use std::path::{Path, PathBuf};

/// Layer of a table in the pipeline (dbt/Kedro style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Validated and harmonised inputs.
    Staged,
    /// Indicator estimates.
    Indicators,
    /// Tests, trends, comparisons.
    Analysis,
}

/// A table of the store.
#[derive(Debug, Clone, Copy)]
pub struct TableDef {
    /// Folder name under `store/`.
    pub name: &'static str,
    /// Layer.
    pub layer: Layer,
    /// Hive partition keys (empty = one file).
    pub partition_by: &'static [&'static str],
    /// One-line description for docs and `run.json`.
    pub about: &'static str,
}

/// Every table the pipeline writes.
pub const TABLES: &[TableDef] = &[
    TableDef {
        name: "responses",
        layer: Layer::Staged,
        partition_by: &["city", "kind"],
        about: "one row per respondent and item, harmonised onto the question bank",
    },
    TableDef {
        name: "waves",
        layer: Layer::Staged,
        partition_by: &[],
        about: "one row per survey or barometer wave: dates, mode, design, row counts",
    },
    TableDef {
        name: "replicate_weights",
        layer: Layer::Staged,
        partition_by: &["city", "kind"],
        about: "one row per respondent and replicate of the waves that bring their own replicate weights (manifest `replicate_weights`); the folder exists only when at least one wave does",
    },
    TableDef {
        name: "rejects",
        layer: Layer::Staged,
        partition_by: &[],
        about: "every rejected input row with file, line, column, value and reason",
    },
    TableDef {
        name: "cities",
        layer: Layer::Staged,
        partition_by: &[],
        about: "city attributes used for peer groups",
    },
    TableDef {
        name: "index_scores",
        layer: Layer::Staged,
        partition_by: &[],
        about: "ICC Index scores by city, assessment year and area",
    },
    TableDef {
        name: "activities",
        layer: Layer::Staged,
        partition_by: &[],
        about: "pre/post activity evaluation answers, participants pseudonymised",
    },
    TableDef {
        name: "aggregates",
        layer: Layer::Indicators,
        partition_by: &[],
        about: "stage-1 sufficient statistics (sums per indicator, wave, group, stratum and PSU): the output of the `cohesion sql` queries and the input of `cohesion compute --aggregates`; not written by `cohesion run`",
    },
    TableDef {
        name: "estimates",
        layer: Layer::Indicators,
        partition_by: &[],
        about: "design-based estimates per indicator, city, wave and group",
    },
    TableDef {
        name: "changes",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "changes between waves: t-tests on the design degrees of freedom, q-values, adjusted intervals, equivalence",
    },
    TableDef {
        name: "trends",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "Mann-Kendall trends and Sen slopes per year",
    },
    TableDef {
        name: "verdicts",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "one pre-specified verdict per indicator, city, kind and group: the only source of headline words",
    },
    TableDef {
        name: "gaps",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "subgroup gaps (e.g. migrant background yes − no): t-tests on the wave's design degrees of freedom, q-values, adjusted intervals",
    },
    TableDef {
        name: "peers",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "each city against the median and quartiles of its peer groups",
    },
    TableDef {
        name: "peer_waves",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "the latest wave, date and fieldwork mode of every peer behind a peer comparison",
    },
    TableDef {
        name: "network_estimates",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "national networks and clusters of cities.csv: the mean of the member cities' estimates per year, unweighted and by population",
    },
    TableDef {
        name: "network_verdicts",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "each network's trend and verdict by the rules of a city's, unweighted and by population",
    },
    TableDef {
        name: "associations",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "Spearman association between the ICC Index and cohesion indicators (ecological)",
    },
    TableDef {
        name: "activity_effects",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "paired pre/post effects of contact activities",
    },
    TableDef {
        name: "diagnostics",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "indicator-set diagnostics: reliability, missingness, detectability, redundancy",
    },
    TableDef {
        name: "composite",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "composite index scores with 95% sampling intervals (replicate weights) and sensitivity bands for score and rank",
    },
    TableDef {
        name: "composite_sensitivity",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "first-order and total sensitivity indices of composite ranks per uncertain choice",
    },
    TableDef {
        name: "set_comparison",
        layer: Layer::Analysis,
        partition_by: &[],
        about: "two indicator sets side by side with a verdict per indicator (compare-sets)",
    },
];

/// The store reference (`docs/STORE.md`), generated from the row types of [`rows`].
pub fn reference_markdown() -> Result<String> {
    use rows::*;
    fn entry<T: Table>() -> Result<(&'static str, &'static str, Vec<ColumnDef>, &'static [&'static str])> {
        let def = table(T::NAME)?;
        Ok((T::NAME, def.about, T::columns(), def.partition_by))
    }
    Ok(schema::reference_markdown(&[
        entry::<ResponseRow>()?,
        entry::<WaveRow>()?,
        entry::<ReplicateWeightRow>()?,
        entry::<RejectRow>()?,
        entry::<CityRow>()?,
        entry::<IndexScoreRow>()?,
        entry::<ActivityRow>()?,
        entry::<AggregateRow>()?,
        entry::<EstimateRow>()?,
        entry::<ChangeRow>()?,
        entry::<TrendRow>()?,
        entry::<VerdictRow>()?,
        entry::<GapRow>()?,
        entry::<PeerRow>()?,
        entry::<PeerWaveRow>()?,
        entry::<NetworkEstimateRow>()?,
        entry::<NetworkVerdictRow>()?,
        entry::<AssociationRow>()?,
        entry::<EffectRow>()?,
        entry::<DiagRow>()?,
        entry::<CompositeRow>()?,
        entry::<SensitivityRow>()?,
        entry::<ComparisonRow>()?,
    ]))
}

/// Check a frame built column by column (large tables) against its row type's schema: every
/// schema column present, in order, with its type. Extra columns after them are allowed
/// (`cities` keeps the optional attributes of `cities.csv`).
pub fn check_frame<T: Table>(df: &DataFrame) -> Result<()> {
    let cols = T::columns();
    for (i, c) in cols.iter().enumerate() {
        let got = schema::column(df, T::NAME, c.name)?;
        if got.dtype() != &c.ty.dtype() {
            return Err(anyhow!(
                "bug: table `{}`, column `{}` is {} but the schema says {}",
                T::NAME,
                c.name,
                got.dtype(),
                c.ty.dtype()
            ));
        }
        if df.get_column_names()[i].as_str() != c.name {
            return Err(anyhow!("bug: table `{}`: column `{}` out of order", T::NAME, c.name));
        }
    }
    Ok(())
}

/// Look up a table definition.
pub fn table(name: &str) -> Result<&'static TableDef> {
    TABLES
        .iter()
        .find(|t| t.name == name)
        .ok_or_else(|| anyhow!("bug: table `{name}` is not in the catalog"))
}

/// The Parquet store under `OUT/store`.
#[derive(Debug, Clone)]
pub struct Store {
    /// `OUT/store`.
    pub root: PathBuf,
    /// Footer metadata written into every file.
    pub meta: Vec<(String, String)>,
}

impl Store {
    /// A store rooted at `out/store`.
    pub fn new(out: &Path) -> Self {
        Store {
            root: out.join("store"),
            meta: Vec::new(),
        }
    }

    /// Folder of a table.
    pub fn dir(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// Write an unpartitioned table (one file), atomically, with footer metadata.
    pub fn write(&self, name: &str, df: &mut DataFrame, inputs_sha: &str) -> Result<()> {
        let def = table(name)?;
        if !def.partition_by.is_empty() {
            return Err(anyhow!("bug: table `{name}` is partitioned; use a PartitionWriter"));
        }
        let w = self.partitioned(name)?;
        w.write_file(Path::new("part-0.parquet"), df, inputs_sha)?;
        w.commit()
    }

    /// Start writing a table file by file into a temporary folder.
    pub fn partitioned(&self, name: &str) -> Result<PartitionWriter> {
        table(name)?;
        let tmp = self.root.join(format!("{name}.tmp"));
        if tmp.exists() {
            fs::remove_dir_all(&tmp).with_context(|| format!("removing stale {}", tmp.display()))?;
        }
        fs::create_dir_all(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        Ok(PartitionWriter {
            tmp,
            dest: self.dir(name),
            meta: self.meta.clone(),
        })
    }

    /// Scan a table lazily (hive partitions become columns).
    pub fn scan(&self, name: &str) -> Result<LazyFrame> {
        let def = table(name)?;
        let dir = self.dir(name);
        if !dir.is_dir() {
            return Err(anyhow!(
                "table `{name}` is not in the store at {} — run `cohesion ingest` first",
                dir.display()
            ));
        }
        let args = ScanArgsParquet {
            hive_options: if def.partition_by.is_empty() {
                HiveOptions::default()
            } else {
                HiveOptions::new_enabled()
            },
            ..Default::default()
        };
        let glob = format!("{}/**/*.parquet", dir.display());
        LazyFrame::scan_parquet(PlRefPath::new(glob.as_str()), args)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("scanning table `{name}`"))
    }

    /// True when the table has been written.
    pub fn has(&self, name: &str) -> bool {
        self.dir(name).is_dir()
    }

    /// Write rows of an unpartitioned table (schema from the row type), atomically.
    pub fn write_rows<T: Table>(&self, rows: &[T], inputs_sha: &str) -> Result<()> {
        let mut df = T::to_frame(rows)?;
        self.write(T::NAME, &mut df, inputs_sha)
    }

    /// Read every row of an unpartitioned table, checking its schema against the row type.
    pub fn read_rows<T: Table>(&self) -> Result<Vec<T>> {
        T::from_frame(&self.read(T::NAME)?)
    }

    /// [`Store::read_rows`], or `None` when the table has not been written (optional inputs,
    /// workbench tables).
    pub fn read_rows_if<T: Table>(&self) -> Result<Option<Vec<T>>> {
        if !self.dir(T::NAME).join("part-0.parquet").is_file() {
            return Ok(None);
        }
        self.read_rows().map(Some)
    }

    /// Where ingest wrote one wave's responses (`responses/city=…/kind=…/<survey_id>.parquet`).
    pub fn wave_file(&self, city: &str, kind: &str, survey_id: &str) -> PathBuf {
        Self::wave_rel(city, kind, survey_id)
            .iter()
            .fold(self.dir("responses"), |p, c| p.join(c))
    }

    /// Read one wave's responses file and pivot it to respondent level.
    pub fn read_wave(&self, w: &rows::WaveRow) -> Result<wide::WaveData> {
        let path = self.wave_file(&w.city, w.kind.as_str(), &w.survey_id);
        let f = fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
        let df = ParquetReader::new(f)
            .finish()
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}", path.display()))?;
        let reps = match has_replicates(w) {
            true => {
                let rel = Self::wave_rel(&w.city, w.kind.as_str(), &w.survey_id);
                let path = rel.iter().fold(self.dir("replicate_weights"), |p, c| p.join(c));
                let f = fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
                Some(
                    ParquetReader::new(f)
                        .finish()
                        .map_err(anyhow::Error::from)
                        .with_context(|| format!("reading {}", path.display()))?,
                )
            }
            false => None,
        };
        wave_data_of(w, &df, reps.as_ref())
    }

    /// [`Store::wave_file`] relative to the table's folder.
    pub fn wave_rel(city: &str, kind: &str, survey_id: &str) -> PathBuf {
        Path::new(&format!("city={}", hive_escape(city)))
            .join(format!("kind={kind}"))
            .join(format!("{}.parquet", hive_escape(survey_id)))
    }

    /// Read a whole unpartitioned table.
    pub fn read(&self, name: &str) -> Result<DataFrame> {
        let path = self.dir(name).join("part-0.parquet");
        let f = fs::File::open(&path)
            .with_context(|| format!("opening {} — run the stage that writes `{name}` first", path.display()))?;
        ParquetReader::new(f)
            .finish()
            .map_err(anyhow::Error::from)
            .with_context(|| format!("reading {}", path.display()))
    }
}

/// True when wave `w` brings its own replicate weights (a `replicate_weights` file).
/// Writes the files of one table into a temporary folder; [`PartitionWriter::commit`] swaps
/// it into place.
pub struct PartitionWriter {
    tmp: PathBuf,
    dest: PathBuf,
    meta: Vec<(String, String)>,
}

impl PartitionWriter {
    /// Write one Parquet file at `rel` (e.g. `city=Oslo/kind=barometer/x.parquet`).
    pub fn write_file(&self, rel: &Path, df: &mut DataFrame, inputs_sha: &str) -> Result<()> {
        let path = self.tmp.join(rel);
        // Encoded in memory and written with one call: the Parquet writer issues a write per
        // page header and page (about 2,850 per wave file here), each a system call on a bare
        // `File` (docs/BENCHMARK.md).
        let mut bytes: Vec<u8> = Vec::new();
        ParquetWriter::new(&mut bytes)
            .with_compression(ParquetCompression::Zstd(None))
            .with_key_value_metadata(Some(KeyValueMetadata::from_static(self.file_meta(inputs_sha))))
            .finish(df)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("writing {}", path.display()))?;
        self.write_bytes(rel, &bytes)
    }

    /// One wave's `responses` file at `rel`, encoded by [`responses::WaveResponses::parquet`].
    pub fn write_responses(&self, rel: &Path, r: &responses::WaveResponses, inputs_sha: &str) -> Result<()> {
        let bytes = r
            .parquet(&self.file_meta(inputs_sha))
            .with_context(|| format!("writing {}", self.tmp.join(rel).display()))?;
        self.write_bytes(rel, &bytes)
    }

    /// The footer metadata of a file: the store's, and the SHA-256 of the file's inputs.
    fn file_meta(&self, inputs_sha: &str) -> Vec<(String, String)> {
        let mut meta = self.meta.clone();
        meta.push(("cohesion.inputs_sha256".to_string(), inputs_sha.to_string()));
        meta
    }

    fn write_bytes(&self, rel: &Path, bytes: &[u8]) -> Result<()> {
        let path = self.tmp.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))
    }

    /// Drop the temporary folder: the table keeps its previous files (if any).
    pub fn abort(self) -> Result<()> {
        fs::remove_dir_all(&self.tmp).with_context(|| format!("removing {}", self.tmp.display()))
    }

    /// Replace the table's folder with the finished temporary folder.
    pub fn commit(self) -> Result<()> {
        if self.dest.exists() {
            fs::remove_dir_all(&self.dest).with_context(|| format!("removing old {}", self.dest.display()))?;
        }
        fs::rename(&self.tmp, &self.dest).with_context(|| format!("moving {} into place", self.dest.display()))
    }

    /// As [`Self::commit`], but a table that received no file is removed rather than left as an
    /// empty folder (which a `**/*.parquet` scan in DuckDB or polars would reject): for tables
    /// that only some projects have.
    pub fn commit_unless_empty(self) -> Result<()> {
        let empty = fs::read_dir(&self.tmp)
            .with_context(|| format!("reading {}", self.tmp.display()))?
            .next()
            .is_none();
        if !empty {
            return self.commit();
        }
        if self.dest.exists() {
            fs::remove_dir_all(&self.dest).with_context(|| format!("removing old {}", self.dest.display()))?;
        }
        self.abort()
    }
}

/// An output folder held by one run: an OS lock (`flock`) on `OUT/.cohesion.lock`, which the
/// kernel releases when the process ends, however it ends. A second `cohesion run` (or
/// `report`) into the same folder refuses with a clear message instead of both writing the
/// store. The file stays in place (removing it would let a third process lock a new file
/// while a second still waits on the old one); it holds the holder's pid, for the message.
#[derive(Debug)]
pub struct OutLock {
    _file: fs::File,
}

impl OutLock {
    /// Take the lock of `out` (creating the folder).
    pub fn acquire(out: &Path) -> Result<OutLock> {
        use std::io::{Seek, Write};
        fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        let path = out.join(".cohesion.lock");
        let mut file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .with_context(|| format!("opening {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {
                // Informational only: the lock is the kernel's, not the file's content.
                file.set_len(0)?;
                file.rewind()?;
                writeln!(file, "{}", std::process::id())?;
                Ok(OutLock { _file: file })
            }
            Err(fs::TryLockError::WouldBlock) => {
                let holder = fs::read_to_string(&path).unwrap_or_default();
                let who = match holder.trim().parse::<u32>() {
                    Ok(pid) => format!("pid {pid}"),
                    Err(_) => "a process that is starting".to_string(),
                };
                Err(anyhow!(
                    "another cohesion process ({who}) is writing {}; wait for it to finish or use another --out",
                    out.display()
                ))
            }
            Err(fs::TryLockError::Error(e)) => Err(e).with_context(|| format!("locking {}", path.display())),
        }
    }
}

/// Hive partition value escaping: bytes outside `[A-Za-z0-9._-]` become `%XX`, as Hive,
/// pyarrow, polars and DuckDB expect.
pub fn hive_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Write bytes to `path` atomically (temporary file in the same folder, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    let tmp = path.with_extension(format!(
        "{}.tmp",
        path.extension().and_then(|e| e.to_str()).unwrap_or("")
    ));
    fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    fs::rename(&tmp, path).with_context(|| format!("moving {} into place", path.display()))
}

/// Read the key-value footer metadata of one Parquet file.
pub fn footer_metadata(path: &Path) -> Result<Vec<(String, String)>> {
    let f = fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut r = ParquetReader::new(f);
    let md = r.get_metadata()?;
    Ok(md
        .key_value_metadata
        .as_ref()
        .map(|kv| {
            kv.iter()
                .map(|k| (k.key.clone(), k.value.clone().unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `docs/STORE.md` is generated from the row types; this fails when it is stale.
    /// `COHESION_BLESS=1 cargo test store_reference` rewrites it.
    #[test]
    fn store_reference_is_current() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/STORE.md");
        let want = reference_markdown().expect("reference");
        if std::env::var_os("COHESION_BLESS").is_some() {
            fs::write(&path, &want).expect("writing docs/STORE.md");
        }
        let have = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "docs/STORE.md is stale: run `COHESION_BLESS=1 cargo test store_reference`"
        );
    }

    #[test]
    fn every_catalog_table_has_a_row_type() {
        let doc = reference_markdown().expect("reference");
        for t in TABLES {
            assert!(doc.contains(&format!("## `{}`", t.name)), "{} has no row type", t.name);
        }
    }

    #[test]
    fn hive_escape_keeps_safe_bytes_and_escapes_the_rest() {
        assert_eq!(hive_escape("Oslo"), "Oslo");
        assert_eq!(hive_escape("Reggio Emilia"), "Reggio%20Emilia");
        assert_eq!(hive_escape("Zürich"), "Z%C3%BCrich");
        assert_eq!(hive_escape("a/b=c"), "a%2Fb%3Dc");
    }
}
