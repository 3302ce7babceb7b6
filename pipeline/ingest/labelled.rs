//! Reading an SPSS (`.sav`, `.zsav`) or Stata (`.dta`) file as the same text table the CSV and
//! XLSX paths produce ([`TextTable`]), plus what the file says about its columns (variable
//! labels, value labels, SPSS user-missing values) as [`FileLabels`].
//!
//! Cells hold the stored codes (`1`, `2.5`, text for string variables), never the labels:
//! the same wave saved as CSV and as SPSS reads the same, and a manifest that names codes by
//! label has them resolved to codes when it is checked (`config::coding::code_in_column`).
//! SPSS user-missing values and Stata's extended missing values (`.a`–`.z`) are read as
//! empty cells (missing). A row's "line" is its case number (1 = the first respondent).
//!
//! The files are read by `polars-readstat-rs` (a maintained reader of the ReadStat formats),
//! sequentially: waves are already read in parallel inside polars' thread pool.

use super::reader::{ReadError, Row, TextTable};
use crate::config::coding::{Code, ColumnLabels, FileLabels};
use polars::prelude::*;
use polars_readstat_rs::{SpssReader, StataReader};
use std::path::Path;

/// The labelled formats, by lower-case extension.
pub const EXTENSIONS: [&str; 3] = ["sav", "zsav", "dta"];

/// True for a `.sav`, `.zsav` or `.dta` path.
pub fn is_labelled(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn is_stata(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("dta"))
}

fn unreadable(path: &Path, e: impl std::fmt::Display) -> ReadError {
    let what = if is_stata(path) { "Stata" } else { "SPSS" };
    ReadError::Other {
        line: None,
        message: format!("cannot read the file as {what} data: {e}"),
    }
}

thread_local! {
    /// Set while a reader runs under [`guarded`]: the panic hook stays silent then, since the
    /// panic becomes the file's "cannot read" error.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Wrap the process's panic hook so that panics inside [`guarded`] print nothing (call once
/// at start-up; other panics print as before).
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !GUARDED.with(|g| g.get()) {
            default(info);
        }
    }));
}

/// Run a reader; a panic in it (a damaged header, a value the library cannot convert)
/// becomes "cannot read FILE as SPSS/Stata data" for this file alone.
fn guarded<T>(path: &Path, f: impl FnOnce() -> Result<T, ReadError>) -> Result<T, ReadError> {
    let before = GUARDED.with(|g| g.replace(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(before));
    r.unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        Err(unreadable(
            path,
            format!("the file is damaged or not supported (the reader failed: {msg})"),
        ))
    })
}

/// The metadata frame (one row per variable: name, label, value-label codes and labels,
/// user-missing values) and, with `data`, every case with value labels left as codes.
fn open(path: &Path, data: bool) -> Result<(DataFrame, Option<DataFrame>), ReadError> {
    guarded(path, || open_unguarded(path, data))
}

fn open_unguarded(path: &Path, data: bool) -> Result<(DataFrame, Option<DataFrame>), ReadError> {
    if !is_stata(path) {
        super::spss_check::check_spss_dictionary(path).map_err(|e| unreadable(path, e))?;
    }
    if is_stata(path) {
        let r = StataReader::open(path).map_err(|e| unreadable(path, e))?;
        let df = if data {
            Some(
                r.read()
                    .sequential()
                    .value_labels_as_strings(false)
                    .finish()
                    .map_err(|e| unreadable(path, e))?,
            )
        } else {
            None
        };
        Ok((r.metadata().metadata_df.clone(), df))
    } else {
        let r = SpssReader::open(path).map_err(|e| unreadable(path, e))?;
        let df = if data {
            Some(
                r.read()
                    .sequential()
                    .value_labels_as_strings(false)
                    .finish()
                    .map_err(|e| unreadable(path, e))?,
            )
        } else {
            None
        };
        Ok((r.metadata().metadata_df.clone(), df))
    }
}

/// The labels of every column (metadata only; the cases are not read).
pub fn read_labels(path: &Path) -> Result<FileLabels, ReadError> {
    let (meta, _) = open(path, false)?;
    labels_from_meta(&meta).map_err(|e| unreadable(path, e))
}

/// The column names (metadata only).
pub fn read_header(path: &Path) -> Result<Vec<String>, ReadError> {
    let (meta, _) = open(path, false)?;
    let names = meta
        .column("name")
        .and_then(|c| c.str().cloned())
        .map_err(|e| unreadable(path, e))?;
    Ok(names.iter().map(|n| n.unwrap_or("").to_string()).collect())
}

/// Every case as text cells, and the labels of every column.
pub fn read_table(path: &Path) -> Result<(TextTable, FileLabels), ReadError> {
    guarded(path, || read_table_unguarded(path))
}

fn read_table_unguarded(path: &Path) -> Result<(TextTable, FileLabels), ReadError> {
    let (meta, df) = open_unguarded(path, true)?;
    let labels = labels_from_meta(&meta).map_err(|e| unreadable(path, e))?;
    let df = df.unwrap_or_default();
    let header: Vec<String> = df.get_column_names().iter().map(|n| n.to_string()).collect();
    let mut columns: Vec<Vec<String>> = Vec::with_capacity(df.width());
    for c in df.columns() {
        columns.push(cells(c.as_materialized_series()).map_err(|e| unreadable(path, e))?);
    }
    let rows = (0..df.height())
        .map(|i| Row {
            line: i + 1,
            cells: columns.iter().map(|c| c[i].clone()).collect(),
        })
        .collect();
    Ok((TextTable { header, rows }, labels))
}

/// A column's cells as text: whole numbers without a decimal point (as XLSX cells are read),
/// other numbers as Rust prints them, null as an empty cell.
fn cells(s: &Series) -> PolarsResult<Vec<String>> {
    let dt = s.dtype();
    if dt.is_primitive_numeric() || dt.is_bool() {
        let f = s.cast(&DataType::Float64)?;
        return Ok(f
            .f64()?
            .iter()
            .map(|v| v.map(number_text).unwrap_or_default())
            .collect());
    }
    if let Some(cells) = far_dates(s)? {
        return Ok(cells);
    }
    let t = s.cast(&DataType::String)?;
    Ok(t.str()?.iter().map(|v| v.unwrap_or("").to_string()).collect())
}

/// Days from the epoch beyond which polars' date formatting panics (chrono's range ends in
/// year ±262143); a little inside it.
const FAR_DAYS: i64 = 90_000_000;

/// A date or date-time column holding a value beyond chrono's range (a 99999999 sentinel in
/// a `%td` column, say), written by our own calendar arithmetic instead of polars' formatting,
/// which panics on it: `YYYY-MM-DD` (and ` HH:MM:SS` for a date-time). `None` for other
/// columns and for columns whose values all lie in range (formatted as before).
fn far_dates(s: &Series) -> PolarsResult<Option<Vec<String>>> {
    let (per_day, with_time) = match s.dtype() {
        DataType::Date => (1i64, false),
        DataType::Datetime(unit, _) => (
            match unit {
                TimeUnit::Milliseconds => 86_400_000,
                TimeUnit::Microseconds => 86_400_000_000,
                TimeUnit::Nanoseconds => 86_400_000_000_000,
            },
            true,
        ),
        _ => return Ok(None),
    };
    let v = s.cast(&DataType::Int64)?;
    let v = v.i64()?;
    if !v.iter().flatten().any(|x| (x.div_euclid(per_day)).abs() > FAR_DAYS) {
        return Ok(None);
    }
    Ok(Some(
        v.iter()
            .map(|x| {
                let Some(x) = x else { return String::new() };
                let (days, rest) = (x.div_euclid(per_day), x.rem_euclid(per_day));
                let (y, m, d) = crate::config::civil_from_days_i64(days);
                if with_time {
                    let secs = rest / (per_day / 86_400);
                    format!(
                        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
                        secs / 3600,
                        secs / 60 % 60,
                        secs % 60
                    )
                } else {
                    format!("{y:04}-{m:02}-{d:02}")
                }
            })
            .collect(),
    ))
}

fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        v.to_string()
    }
}

/// Labels by column from the reader's metadata frame.
fn labels_from_meta(meta: &DataFrame) -> PolarsResult<FileLabels> {
    let names = meta.column("name")?.str()?.clone();
    let var_labels = meta.column("label")?.str()?.clone();
    let codes = meta.column("value_label_codes")?.list()?.clone();
    let texts = meta.column("value_label_labels")?.list()?.clone();
    let discrete = meta.column("missing_discrete")?.list()?.clone();
    let lo = meta.column("missing_range_lo")?.cast(&DataType::Float64)?;
    let hi = meta.column("missing_range_hi")?.cast(&DataType::Float64)?;
    let (lo, hi) = (lo.f64()?.clone(), hi.f64()?.clone());
    let strings = |s: Option<Series>| -> PolarsResult<Vec<String>> {
        match s {
            None => Ok(Vec::new()),
            Some(s) => Ok(s.str()?.iter().map(|v| v.unwrap_or("").to_string()).collect()),
        }
    };
    let mut out = FileLabels::new();
    for i in 0..meta.height() {
        let Some(name) = names.get(i) else { continue };
        let code_list = strings(codes.get_as_series(i))?;
        let label_list = strings(texts.get_as_series(i))?;
        let mut user_missing: Vec<String> = strings(discrete.get_as_series(i))?
            .into_iter()
            .map(|c| Code::new(&c).num.map(number_text).unwrap_or(c))
            .collect();
        if let (Some(a), Some(b)) = (lo.get(i), hi.get(i)) {
            user_missing.insert(0, format!("{} thru {}", number_text(a), number_text(b)));
        }
        let mut col = ColumnLabels {
            label: var_labels
                .get(i)
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string),
            values: code_list
                .iter()
                .zip(label_list)
                .map(|(c, l)| {
                    let code = Code::new(c);
                    let code = match code.num {
                        Some(v) => Code::new(&number_text(v)),
                        None => code,
                    };
                    (code, l)
                })
                .collect(),
            user_missing,
        };
        // By code (numbers first, in order): files written from a hash map store them in any order.
        col.values.sort_by(|(a, _), (b, _)| match (a.num, b.num) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.text.cmp(&b.text),
        });
        out.insert(name.to_string(), col);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_number;
    use std::path::PathBuf;

    fn gss(ext: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join(format!("examples/gss2012/data/surveys/gss-2012/responses.{ext}"))
    }

    /// The example's files were written by pyreadstat 1.3.7 (examples/gss2012/make_files.py)
    /// from one table: the SPSS and Stata files read cell for cell as the CSV twin (numbers
    /// compared as numbers; the SPSS user-missing code 99 reads as an empty cell).
    #[test]
    fn pyreadstat_sav_and_dta_read_as_their_csv_twin() {
        let csv = crate::ingest::reader::read_table(&gss("csv"), &Default::default()).expect("csv");
        for ext in ["sav", "dta"] {
            let (t, labels) = read_table(&gss(ext)).expect("read");
            assert_eq!(t.header, csv.header, "{ext}");
            assert_eq!(t.rows.len(), 1974, "{ext}");
            for (a, b) in t.rows.iter().zip(&csv.rows) {
                assert_eq!(a.line + 1, b.line, "{ext}: case number = CSV line - 1");
                for (c, (x, y)) in a.cells.iter().zip(&b.cells).enumerate() {
                    let same = match (parse_number(x), parse_number(y)) {
                        (Some(p), Some(q)) => p == q,
                        _ => x == y,
                    };
                    assert!(same, "{ext} case {} column {}: {x:?} vs {y:?}", a.line, t.header[c]);
                }
            }
            let sex = &labels["sex"];
            assert_eq!(sex.label.as_deref(), Some("Respondent's sex"));
            assert_eq!(sex.code_of("Female").map(|c| c.text.as_str()), Some("2"));
            assert_eq!(labels["region"].code_of("PACIFIC").and_then(|c| c.num), Some(9.0));
            let expect_missing: Vec<String> = if ext == "sav" { vec!["99".into()] } else { vec![] };
            assert_eq!(labels["racdif1"].user_missing, expect_missing, "{ext}");
            assert!(labels["age"].values.is_empty());
            assert_eq!(read_header(&gss(ext)).expect("header"), csv.header);
        }
    }

    /// A `%td` column holding a 99999999-day sentinel (year 275,760) used to make polars'
    /// date formatting panic; it is written by our own calendar (R 4.2.2:
    /// `as.Date(99999999, origin = "1970-01-01")` is "275760-09-12") and the ordinary dates beside it as before.
    #[test]
    fn a_date_beyond_chronos_range_is_read_not_a_panic() {
        let dir = std::env::temp_dir().join(format!("cohesion-labelled-far-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("far.dta");
        let dates = Series::new("d".into(), [Some(99_999_999i32), Some(100), None])
            .cast(&DataType::Date)
            .expect("date");
        let df = DataFrame::new(3, vec![Column::new("id".into(), [1.0, 2.0, 3.0]), dates.into()]).expect("frame");
        polars_readstat_rs::StataWriter::new(&path)
            .write_df(&df)
            .expect("write");
        let (t, _) = read_table(&path).expect("read");
        let col = t.header.iter().position(|h| h == "d").expect("d");
        let cells: Vec<&str> = t.rows.iter().map(|r| r.cells[col].as_str()).collect();
        assert_eq!(cells, ["275760-09-12", "1970-04-11", ""]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Damaged SPSS headers are refused before the reader allocates by them: a case size of
    /// 2³¹ − 1 (the reader reserved 231 GB for its variable list and the process aborted; found
    /// by tests/fuzz.rs) and an extension record claiming 2³⁰ × 2³⁰ bytes.
    #[test]
    fn damaged_spss_lengths_are_refused_before_reading() {
        let src = std::fs::read(gss("sav")).expect("gss");
        let dir = std::env::temp_dir().join(format!("cohesion-labelled-damaged-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("d.sav");
        let mut b = src.clone();
        b[68..72].copy_from_slice(&0x7fff_ffffi32.to_le_bytes());
        std::fs::write(&path, &b).expect("write");
        let e = read_table(&path).expect_err("refused").problem(&path, "").message;
        assert!(
            e.contains("cannot read the file as SPSS data: the header says each case has 2147483647 values"),
            "{e}"
        );
        // The first extension record (type 7): its size and count made huge.
        let at = (176..src.len() - 16)
            .step_by(4)
            .find(|&i| src[i..i + 4] == 7u32.to_le_bytes() && src[i + 4..i + 8] == 3u32.to_le_bytes())
            .expect("extension record");
        let mut b = src.clone();
        b[at + 8..at + 12].copy_from_slice(&0x4000_0000u32.to_le_bytes());
        b[at + 12..at + 16].copy_from_slice(&0x4000_0000u32.to_le_bytes());
        std::fs::write(&path, &b).expect("write");
        let e = read_table(&path).expect_err("refused").problem(&path, "").message;
        assert!(
            e.contains("the extension record at byte") && e.contains("the header is damaged"),
            "{e}"
        );
        // The file itself reads.
        assert!(read_table(&gss("sav")).is_ok());
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A .zsav file (pyreadstat 1.3.8 `write_sav(compress = True)`, tests/reference/small.zsav)
    /// reads; with its trailer's block count made huge (the reader reserves 24 bytes a block)
    /// it is refused before reading.
    #[test]
    fn a_zsav_trailer_that_cannot_fit_is_refused() {
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/reference/small.zsav");
        let (t, labels) = read_table(&src).expect("zsav");
        assert_eq!(t.header, ["id", "q", "name"]);
        assert_eq!(t.rows.len(), 4);
        assert_eq!(labels["q"].code_of("High").map(|c| c.text.as_str()), Some("3"));
        let mut b = std::fs::read(&src).expect("read");
        // The zlib header sits after the dictionary's end record (999 and a filler word).
        let end = (176..b.len() - 8)
            .step_by(4)
            .find(|&i| b[i..i + 4] == 999u32.to_le_bytes() && b[i + 4..i + 8] == [0; 4])
            .expect("end record");
        let trailer = u64::from_le_bytes(b[end + 16..end + 24].try_into().expect("8")) as usize;
        b[trailer + 20..trailer + 24].copy_from_slice(&0x7fff_ffffu32.to_le_bytes());
        let dir = std::env::temp_dir().join(format!("cohesion-labelled-zsav-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("d.zsav");
        std::fs::write(&path, &b).expect("write");
        let e = read_table(&path).expect_err("refused").problem(&path, "").message;
        assert!(e.contains("the zsav trailer declares 2147483647 blocks"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
