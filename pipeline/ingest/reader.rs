//! Reading a tabular input file (CSV, or the first sheet of an XLSX workbook) as text cells
//! with the line number each row came from. No validation of values here: only file access,
//! the CSV dialect (delimiter, decimal comma, encoding, BOM) and the problems of reading it
//! (a byte that is not UTF-8, located by line, column and field).

use crate::config::coding::{CsvFormat, DELIMITERS, TextEncoding, decimal_comma_to_point};
use crate::diag::{Owner, Problem};
use anyhow::{Context, Result, anyhow};
use calamine::{Data, Reader};
use std::path::Path;

/// One data row: its 1-based line in the file (the spreadsheet row for XLSX) and its cells.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line (CSV) or row number (XLSX).
    pub line: usize,
    /// Cells as text; numbers from XLSX are written without a trailing `.0` when whole.
    pub cells: Vec<String>,
}

/// A table read from a file.
#[derive(Debug, Clone)]
pub struct TextTable {
    /// Header cells, trimmed.
    pub header: Vec<String>,
    /// Data rows in file order.
    pub rows: Vec<Row>,
}

impl TextTable {
    /// "expected N fields as in the header, found M" when a row is ragged.
    pub fn field_count_problem(&self, row: &Row) -> Option<String> {
        (row.cells.len() != self.header.len()).then(|| {
            format!(
                "expected {} fields as in the header, found {}",
                self.header.len(),
                row.cells.len()
            )
        })
    }

    /// Index of a column by name.
    pub fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

/// Row-by-column text access to a read table, whatever its source: a [`TextTable`] (XLSX,
/// and any reader that produces one) or a [`CsvGrid`] (CSV, the hot path at network scale).
/// Harmonisation (`survey::harmonise`) reads waves through this trait only.
pub trait Cells: Sync {
    /// Header cells, trimmed.
    fn header(&self) -> &[String];
    /// Number of data rows.
    fn n_rows(&self) -> usize;
    /// 1-based line (CSV) or row number (XLSX) of data row `r`.
    fn line(&self, r: usize) -> usize;
    /// Number of fields in data row `r`.
    fn width(&self, r: usize) -> usize;
    /// Field `i` of data row `r` ("" past the end of a short row).
    fn cell(&self, r: usize, i: usize) -> &str;
    /// Index of a column by name.
    fn col(&self, name: &str) -> Option<usize> {
        self.header().iter().position(|h| h == name)
    }
    /// "expected N fields as in the header, found M" when row `r` is ragged.
    fn field_count_problem_at(&self, r: usize) -> Option<String> {
        let (want, got) = (self.header().len(), self.width(r));
        (got != want).then(|| format!("expected {want} fields as in the header, found {got}"))
    }
}

impl Cells for TextTable {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn n_rows(&self) -> usize {
        self.rows.len()
    }
    fn line(&self, r: usize) -> usize {
        self.rows[r].line
    }
    fn width(&self, r: usize) -> usize {
        self.rows[r].cells.len()
    }
    fn cell(&self, r: usize, i: usize) -> &str {
        self.rows[r].cells.get(i).map_or("", String::as_str)
    }
}

/// A CSV file read column-agnostically into one text buffer with field offsets: no `String`
/// per cell (a wave of 1,000 rows × 16 fields is 2 allocations instead of 17,000). Read by
/// [`read_csv_grid`]; the same rows, lines and cells as [`read_csv`] gives in a [`TextTable`].
#[derive(Debug, Clone, Default)]
pub struct CsvGrid {
    /// Header cells, trimmed.
    pub header: Vec<String>,
    /// Every data field's text, back to back.
    buf: String,
    /// End offset in `buf` of each field.
    ends: Vec<u32>,
    /// Index in `ends` of each row's first field; one more entry than rows.
    row_first: Vec<u32>,
    /// 1-based line of each row.
    lines: Vec<u32>,
}

impl Cells for CsvGrid {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn n_rows(&self) -> usize {
        self.lines.len()
    }
    fn line(&self, r: usize) -> usize {
        self.lines[r] as usize
    }
    fn width(&self, r: usize) -> usize {
        (self.row_first[r + 1] - self.row_first[r]) as usize
    }
    fn cell(&self, r: usize, i: usize) -> &str {
        let (first, next) = (self.row_first[r] as usize, self.row_first[r + 1] as usize);
        let f = first + i;
        if f >= next {
            return "";
        }
        let start = if f == 0 { 0 } else { self.ends[f - 1] as usize };
        &self.buf[start..self.ends[f] as usize]
    }
}

/// Read a wave's data file for harmonisation: CSV files as a [`CsvGrid`], every other format
/// through [`read_table`] (XLSX today; readers of other formats that produce a [`TextTable`]
/// plug in there and need nothing here).
pub fn read_cells(path: &Path, format: &CsvFormat) -> Result<Box<dyn Cells>, ReadError> {
    if is_csv(path) {
        Ok(Box::new(read_csv_grid(path, format)?))
    } else {
        Ok(Box::new(read_table(path, format)?))
    }
}

/// True for files that [`read_table`] reads as CSV: not a workbook, and not one of the
/// statistical-package formats (SPSS, Stata, SAS), which have their own readers.
fn is_csv(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    !is_workbook(path) && !matches!(ext.as_str(), "sav" | "zsav" | "por" | "dta" | "sas7bdat" | "xpt")
}

/// [`read_csv`] into a [`CsvGrid`]: the same decoding, dialect, blank-line skipping, line
/// numbers and decimal-comma conversion, without a `String` per cell.
pub fn read_csv_grid(path: &Path, format: &CsvFormat) -> Result<CsvGrid, ReadError> {
    let bytes = std::fs::read(path).map_err(|e| ReadError::other(format!("cannot read the file: {e}")))?;
    let text = decode(bytes, format)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(format.delimiter)
        .from_reader(text.as_bytes());
    let too_big = || ReadError::other("the file is larger than 4 GiB; split it into several waves");
    let mut g = CsvGrid {
        buf: String::with_capacity(text.len()),
        row_first: vec![0],
        ..Default::default()
    };
    let mut header = None;
    let mut rec = csv::StringRecord::new();
    let mut lines = LineCounter::new(text.as_bytes());
    loop {
        let more = rdr.read_record(&mut rec).map_err(|e| ReadError::Other {
            line: e.position().map(|p| p.line() as usize),
            message: format!("not valid CSV: {e}"),
        })?;
        if !more {
            break;
        }
        if header.is_none() {
            header = Some(rec.iter().map(|s| s.trim().to_string()).collect());
            continue;
        }
        if rec.len() == 1 && rec.get(0).is_some_and(|s| s.is_empty()) {
            continue; // blank line
        }
        let line = rec.position().map_or(0, |p| lines.line_at(p.byte() as usize));
        g.lines.push(u32::try_from(line).map_err(|_| too_big())?);
        for f in rec.iter() {
            match format.decimal_comma.then(|| decimal_comma_to_point(f)).flatten() {
                Some(point) => g.buf.push_str(&point),
                None => g.buf.push_str(f),
            }
            g.ends.push(u32::try_from(g.buf.len()).map_err(|_| too_big())?);
        }
        g.row_first.push(u32::try_from(g.ends.len()).map_err(|_| too_big())?);
    }
    g.header = header.ok_or(ReadError::Other {
        line: Some(1),
        message: "the file is empty; expected a header row".into(),
    })?;
    Ok(g)
}

/// Why a file could not be read as a table. Turned into a located [`Problem`] (owner: the
/// data provider) by [`ReadError::problem`], with the fix that fits the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// A byte that is not UTF-8 in a file read as UTF-8: where, and in which column.
    NotUtf8 {
        /// 1-based line of the byte.
        line: usize,
        /// 1-based column (in characters) of the byte on its line.
        col: usize,
        /// The first bad byte.
        byte: u8,
        /// The header name of the field holding it (None in the header itself).
        column: Option<String>,
    },
    /// A UTF-16 file (Excel's "Unicode Text" export).
    Utf16,
    /// Anything else (I/O, an empty file, a broken workbook), as a sentence, with the line
    /// when known.
    Other {
        /// 1-based line, when known.
        line: Option<usize>,
        /// What went wrong.
        message: String,
    },
}

impl ReadError {
    fn other(message: impl Into<String>) -> ReadError {
        ReadError::Other {
            line: None,
            message: message.into(),
        }
    }

    /// The error as a problem of `path`. `encoding_fix` says how to read a non-UTF-8 file
    /// (`or set encoding = "windows-1252" in survey.toml` for a wave, a note for files without
    /// an encoding key).
    pub fn problem(&self, path: &Path, encoding_fix: &str) -> Problem {
        match self {
            ReadError::NotUtf8 {
                line,
                col,
                byte,
                column,
            } => {
                let place = match column {
                    Some(c) => format!("in column `{c}`"),
                    None => "in the header".to_string(),
                };
                Problem::at(
                    path,
                    *line,
                    *col,
                    format!("not valid UTF-8 (byte 0x{byte:02X} {place}): save as UTF-8 {encoding_fix}"),
                    Owner::Data,
                )
            }
            ReadError::Utf16 => Problem::at(
                path,
                1,
                1,
                "the file is UTF-16 (Excel's \"Unicode Text\"): save it as \"CSV UTF-8\"",
                Owner::Data,
            ),
            ReadError::Other { line, message } => match line {
                Some(l) => Problem::at(path, *l, 1, message.clone(), Owner::Data),
                None => Problem::file(path, message.clone(), Owner::Data),
            },
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.problem(Path::new("file"), "").message)
    }
}

impl std::error::Error for ReadError {}

/// Read a CSV (in `format`) or XLSX file (by extension).
pub fn read_table(path: &Path, format: &CsvFormat) -> Result<TextTable, ReadError> {
    if is_workbook(path) {
        read_xlsx(path).map_err(|e| ReadError::other(format!("{e:#}")))
    } else {
        read_csv(path, format, false)
    }
}

fn is_workbook(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods")
}

/// The text of a CSV file in `format`'s encoding, without a byte-order mark. Every byte is
/// checked (an office's file is often UTF-8 but for one name typed on another machine).
pub fn decode(mut bytes: Vec<u8>, format: &CsvFormat) -> Result<String, ReadError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(ReadError::Utf16);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match format.encoding {
        TextEncoding::Windows1252 => {
            // Every byte is a character in Windows-1252: decoding cannot fail.
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
            Ok(text.into_owned())
        }
        // Validated in place, without a copy (waves can be large).
        TextEncoding::Utf8 => {
            String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error().valid_up_to(), format.delimiter))
        }
    }
}

/// Locate the first bad byte: line, column and the field it is in (quotes respected).
fn not_utf8(body: &[u8], at: usize, delimiter: u8) -> ReadError {
    let prefix = &body[..at];
    let (mut line, mut line_start) = (1, 0);
    let (mut record_start_line, mut field, mut quoted) = (1, 0usize, false);
    for (i, &b) in prefix.iter().enumerate() {
        if b == b'\n' {
            line += 1;
            line_start = i + 1;
            if !quoted {
                record_start_line = line;
                field = 0;
            }
        } else if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            field += 1;
        }
    }
    // Everything before `at` is valid UTF-8.
    let col = std::str::from_utf8(&prefix[line_start..]).map_or(1, |s| s.chars().count() + 1);
    let column = if record_start_line == 1 {
        None
    } else {
        std::str::from_utf8(prefix)
            .ok()
            .and_then(|text| parse_records(text, delimiter, 1).ok())
            .and_then(|(header, _)| header)
            .map(|h| h.get(field).cloned().unwrap_or_else(|| format!("{}", field + 1)))
    };
    ReadError::NotUtf8 {
        line,
        col,
        byte: body[at],
        column,
    }
}

/// Read a CSV file in `format`: the first line is the header. With `header_only` the data
/// rows are not parsed (the whole file is still decoded, so that encoding errors show).
pub fn read_csv(path: &Path, format: &CsvFormat, header_only: bool) -> Result<TextTable, ReadError> {
    let bytes = std::fs::read(path).map_err(|e| ReadError::other(format!("cannot read the file: {e}")))?;
    let text = decode(bytes, format)?;
    let limit = if header_only { 1 } else { usize::MAX };
    let (header, mut rows) = parse_records(&text, format.delimiter, limit)?;
    let header = header.ok_or(ReadError::Other {
        line: Some(1),
        message: "the file is empty; expected a header row".into(),
    })?;
    if format.decimal_comma {
        for row in &mut rows {
            for c in &mut row.cells {
                if let Some(point) = decimal_comma_to_point(c) {
                    *c = point;
                }
            }
        }
    }
    Ok(TextTable { header, rows })
}

/// A parsed CSV text: the trimmed header (None for an empty file) and the data rows.
type Records = (Option<Vec<String>>, Vec<Row>);

/// Parse CSV text into a trimmed header and up to `limit` records (header included).
fn parse_records(text: &str, delimiter: u8, limit: usize) -> Result<Records, ReadError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut header = None;
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut lines = LineCounter::new(text.as_bytes());
    for _ in 0..limit {
        let more = rdr.read_record(&mut rec).map_err(|e| ReadError::Other {
            line: e.position().map(|p| p.line() as usize),
            message: format!("not valid CSV: {e}"),
        })?;
        if !more {
            break;
        }
        let line = rec.position().map_or(0, |p| lines.line_at(p.byte() as usize));
        if header.is_none() {
            header = Some(rec.iter().map(|s| s.trim().to_string()).collect());
            continue;
        }
        if rec.len() == 1 && rec.get(0).is_some_and(|s| s.is_empty()) {
            continue; // blank line
        }
        rows.push(Row {
            line,
            cells: rec.iter().map(str::to_string).collect(),
        });
    }
    Ok((header, rows))
}

/// 1-based line of a byte offset, counted forward from the previous call (offsets must not
/// decrease). The csv crate's own record line skips blank lines, so that every row after a
/// blank line was reported one line too early.
struct LineCounter<'a> {
    text: &'a [u8],
    pos: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a [u8]) -> Self {
        LineCounter { text, pos: 0, line: 1 }
    }

    /// The line of the record whose reading began at `byte`: blank lines the csv crate
    /// skipped before it count.
    fn line_at(&mut self, byte: usize) -> usize {
        let mut end = byte.min(self.text.len()).max(self.pos);
        while end < self.text.len() && matches!(self.text[end], b'\n' | b'\r') {
            end += 1;
        }
        // A line ends at `\n`, or at a `\r` not followed by `\n` (old Mac files).
        let t = self.text;
        self.line += (self.pos..end)
            .filter(|&i| t[i] == b'\n' || (t[i] == b'\r' && t.get(i + 1) != Some(&b'\n')))
            .count();
        self.pos = end;
        self.line
    }
}

/// Most cells of a sheet's used rectangle (rows with content × columns up to the farthest
/// used one) a workbook may span: 25 million (10,000 respondents × 2,500 columns).
pub const MAX_SHEET_CELLS: usize = 25_000_000;

/// Excel's name of a 0-based column ("A", "Z", "AA", … "XFD").
fn column_name(col: u32) -> String {
    let mut c = col + 1;
    let mut letters = Vec::new();
    while c > 0 {
        letters.push(b'A' + ((c - 1) % 26) as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

/// Read the first sheet of a workbook: row 1 is the header. An `.xlsx`/`.xlsm` sheet is read
/// cell by cell (sparsely): a stray value far from the data (in XFD1048576, say) costs one
/// cell, not the dense grid up to it; a sheet whose used rectangle still exceeds
/// [`MAX_SHEET_CELLS`] is refused with the farthest cell named.
pub fn read_xlsx(path: &Path) -> Result<TextTable> {
    let ext = path
        .extension()
        .and_then(|x| x.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(ext.as_str(), "xlsx" | "xlsm") {
        return read_xlsx_sparse(path);
    }
    let mut wb =
        calamine::open_workbook_auto(path).with_context(|| format!("{}: cannot open the workbook", path.display()))?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or_else(|| anyhow!("{}: the workbook has no sheet", path.display()))?
        .with_context(|| format!("{}: cannot read the first sheet", path.display()))?;
    let start_row = range.start().map_or(0, |(r, _)| r as usize);
    let start_col = range.start().map_or(0, |(_, c)| c as usize);
    let mut it = range.rows().enumerate();
    let header = match it.next() {
        Some((_, r)) => {
            let mut h = vec![String::new(); start_col];
            h.extend(r.iter().map(|c| cell_text(c).trim().to_string()));
            h
        }
        None => {
            return Err(anyhow!(
                "{}: the first sheet is empty; expected a header row",
                path.display()
            ));
        }
    };
    let mut rows = Vec::new();
    for (i, r) in it {
        let mut cells = vec![String::new(); start_col];
        cells.extend(r.iter().map(cell_text));
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        rows.push(Row {
            line: start_row + i + 1,
            cells,
        });
    }
    Ok(TextTable { header, rows })
}

fn read_xlsx_sparse(path: &Path) -> Result<TextTable> {
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook(path).with_context(|| format!("{}: cannot open the workbook", path.display()))?;
    let name = wb
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| anyhow!("{}: the workbook has no sheet", path.display()))?;
    let mut cells = wb
        .worksheet_cells_reader(&name)
        .with_context(|| format!("{}: cannot read the first sheet", path.display()))?;
    // Rows with content, each a list of (column, text).
    let mut by_row: std::collections::BTreeMap<u32, Vec<(u32, String)>> = Default::default();
    let mut width = 0u32;
    while let Some(c) = cells
        .next_cell()
        .with_context(|| format!("{}: cannot read the first sheet", path.display()))?
    {
        let text = cell_ref_text(c.get_value());
        if text.is_empty() {
            continue;
        }
        let (r, col) = c.get_position();
        width = width.max(col + 1);
        by_row.entry(r).or_default().push((col, text));
    }
    let span = by_row.len().saturating_mul(width as usize);
    if span > MAX_SHEET_CELLS {
        let last = by_row.keys().next_back().copied().unwrap_or(0);
        return Err(anyhow!(
            "{}: the first sheet's used cells reach column {} and row {} ({} rows with content × {} columns, more than {} cells): delete the stray cells beyond the data, or save the sheet as CSV",
            path.display(),
            column_name(width - 1),
            last + 1,
            by_row.len(),
            width,
            MAX_SHEET_CELLS
        ));
    }
    let dense = |cells: Vec<(u32, String)>| {
        let mut v = vec![String::new(); width as usize];
        for (c, t) in cells {
            v[c as usize] = t;
        }
        v
    };
    let mut it = by_row.into_iter();
    let Some((_, head)) = it.next() else {
        return Err(anyhow!(
            "{}: the first sheet is empty; expected a header row",
            path.display()
        ));
    };
    let header = dense(head).into_iter().map(|h| h.trim().to_string()).collect();
    let rows = it
        .map(|(r, cells)| Row {
            line: r as usize + 1,
            cells: dense(cells),
        })
        .collect();
    Ok(TextTable { header, rows })
}

/// [`cell_text`] of a cell read by the sparse reader.
fn cell_ref_text(c: &calamine::DataRef) -> String {
    use calamine::DataRef as D;
    match c {
        D::Empty => String::new(),
        D::String(s) | D::DateTimeIso(s) | D::DurationIso(s) => s.clone(),
        D::SharedString(s) => s.to_string(),
        D::Int(i) => cell_text(&Data::Int(*i)),
        D::Float(f) => cell_text(&Data::Float(*f)),
        D::Bool(b) => cell_text(&Data::Bool(*b)),
        D::DateTime(d) => d.as_f64().to_string(),
        D::Error(e) => format!("#ERROR:{e:?}"),
    }
}

fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#ERROR:{e:?}"),
    }
}

/// SHA-256 of a file, hex.
pub fn sha256_file(path: &Path) -> Result<String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut f = std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f
            .read(&mut buf)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex(&h.finalize()))
}

/// SHA-256 of bytes, hex.
pub fn sha256_bytes(b: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(b))
}

/// Lower-case hex of bytes.
pub fn hex(b: &[u8]) -> String {
    use std::fmt::Write;
    b.iter().fold(String::with_capacity(b.len() * 2), |mut s, x| {
        let _ = write!(s, "{x:02x}");
        s
    })
}

/// Read only the header of a table (CSV: the whole file is decoded, so that an encoding
/// error anywhere shows before the run; XLSX reads the sheet).
pub fn read_header(path: &Path, format: &CsvFormat) -> Result<Vec<String>, ReadError> {
    if is_workbook(path) {
        return Ok(read_table(path, format)?.header);
    }
    Ok(read_csv(path, format, true)?.header)
}

/// When the header holds none of the `wanted` columns but splits on another delimiter into
/// some of them: the delimiter as a manifest writes it (`";"`, `"\t"`) and a message such as
/// `the header has one column "rowid;weight;…" — the file looks semicolon-separated`.
pub fn delimiter_hint(header: &[String], read_with: u8, wanted: &[&str]) -> Option<(&'static str, String)> {
    if header.iter().any(|h| wanted.contains(&h.as_str())) {
        return None;
    }
    let line = header.join(&char::from(read_with).to_string());
    let (d, key, looks) = DELIMITERS
        .iter()
        .filter(|(d, _, _)| *d != read_with)
        .find(|(d, _, _)| {
            line.split(char::from(*d))
                .any(|f| wanted.contains(&f.trim().trim_matches('"')))
        })?;
    let fields: Vec<&str> = line.split(char::from(*d)).collect();
    let sep = char::from(*d).to_string().replace('\t', "\\t");
    let shown = if fields.len() > 2 {
        format!("{}{sep}{}{sep}…", fields[0], fields[1])
    } else {
        fields.join(&sep)
    };
    let count = match header.len() {
        1 => "one column".to_string(),
        n => format!("{n} columns"),
    };
    Some((
        key,
        format!("the header has {count} \"{shown}\" — the file looks {looks}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xlsx_first_sheet_reads_with_row_numbers_and_whole_numbers() {
        let dir = std::env::temp_dir().join(format!("cohesion-reader-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("t.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["id", "q1", "grp"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).expect("write");
        }
        ws.write_number(1, 0, 1001.0).expect("write");
        ws.write_number(1, 1, 3.0).expect("write");
        ws.write_string(1, 2, "A").expect("write");
        // Row 3 (spreadsheet numbering) is left empty and skipped; row 4 has a gap in q1.
        ws.write_number(3, 0, 1002.0).expect("write");
        ws.write_number(3, 1, 2.5).expect("write");
        wb.add_worksheet()
            .write_string(0, 0, "second sheet is ignored")
            .expect("write");
        wb.save(&path).expect("save");
        let t = read_table(&path, &CsvFormat::default()).expect("read");
        assert_eq!(t.header, vec!["id", "q1", "grp"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            (t.rows[0].line, t.rows[0].cells.clone()),
            (2, vec!["1001".to_string(), "3".into(), "A".into()])
        );
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(t.rows[1].cells[1], "2.5");
        assert_eq!(t.rows[1].cells[2], "");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// One value in the sheet's last cell (XFD1048576), as Excel allows: read sparsely, so the
    /// data come back with that row at its line, not a 16,384 × 1,048,576 grid. A sheet whose
    /// used rectangle is too large is refused with the farthest column and row named.
    #[test]
    fn xlsx_with_a_value_in_the_last_cell_is_read_sparsely() {
        let dir = std::env::temp_dir().join(format!("cohesion-reader-xfd-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("t.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "id").expect("write");
        ws.write_number(1, 0, 7.0).expect("write");
        ws.write_string(1_048_575, 16_383, "x").expect("write");
        wb.save(&path).expect("save");
        let t = read_table(&path, &CsvFormat::default()).expect("read");
        assert_eq!(t.header.len(), 16_384);
        assert_eq!(t.header[0], "id");
        assert_eq!(t.rows.len(), 2);
        assert_eq!((t.rows[0].line, t.rows[0].cells[0].as_str()), (2, "7"));
        assert_eq!((t.rows[1].line, t.rows[1].cells[16_383].as_str()), (1_048_576, "x"));
        // 2,000 rows of data and the stray cell: 2,002 rows × 16,384 columns > 25 M cells.
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for r in 0..2001 {
            ws.write_number(r, 0, f64::from(r)).expect("write");
        }
        ws.write_string(1_048_575, 16_383, "x").expect("write");
        wb.save(&path).expect("save");
        let e = format!("{:#}", read_xlsx(&path).expect_err("too large"));
        assert!(
            e.contains("reach column XFD and row 1048576") && e.contains("save the sheet as CSV"),
            "{e}"
        );
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(26), "AA");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn csv_keeps_line_numbers_across_quoted_newlines_and_bom() {
        let dir = std::env::temp_dir().join(format!("cohesion-reader-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("t.csv");
        std::fs::write(&path, "\u{feff}id,note\n1,\"two\nlines\"\n2,x\n").expect("write");
        let t = read_table(&path, &CsvFormat::default()).expect("read");
        assert_eq!(t.header, vec!["id", "note"]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(
            read_header(&path, &CsvFormat::default()).expect("header"),
            vec!["id", "note"]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn semicolon_decimal_comma_windows_1252_reads_like_its_utf8_twin() {
        let dir = std::env::temp_dir().join(format!("cohesion-reader-dialect-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let utf8 = dir.join("a.csv");
        let cp1252 = dir.join("b.csv");
        std::fs::write(&utf8, "id,w,ward,note\n1,1.5,Sørbyen,\"a, b\"\n2,0.25,Bærum,x\n").expect("write");
        // Windows-1252: ø = 0xF8, æ = 0xE6; a UTF-8 BOM first, as Excel writes it.
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend(b"id;w;ward;note\n1;1,5;S\xF8rbyen;a, b\n2;0,25;B\xE6rum;x\n");
        std::fs::write(&cp1252, bytes).expect("write");
        let fmt = CsvFormat {
            delimiter: b';',
            decimal_comma: true,
            encoding: TextEncoding::Windows1252,
        };
        let a = read_table(&utf8, &CsvFormat::default()).expect("utf8");
        let b = read_table(&cp1252, &fmt).expect("cp1252");
        assert_eq!(a.header, b.header);
        assert_eq!(
            a.rows.iter().map(|r| (r.line, r.cells.clone())).collect::<Vec<_>>(),
            b.rows.iter().map(|r| (r.line, r.cells.clone())).collect::<Vec<_>>()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Every cell and line of a [`CsvGrid`] equals what [`read_csv`] gives as a [`TextTable`]:
    /// quoted newlines, a BOM, blank lines, ragged rows, decimal commas, Windows-1252.
    #[test]
    fn csv_grid_reads_the_same_rows_lines_and_cells_as_the_text_table() {
        let dir = std::env::temp_dir().join(format!("cohesion-reader-grid-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let cases: [(&[u8], CsvFormat); 3] = [
            (
                b"\xEF\xBB\xBFid,note,w\n1,\"two\nlines\",1.5\n\n2,x\n3,\"a,b\",0.5,extra\n4,,\n",
                CsvFormat::default(),
            ),
            (
                b"id;w;ward\n1;1,5;S\xF8rbyen\n2;0,25;B\xE6rum\n",
                CsvFormat {
                    delimiter: b';',
                    decimal_comma: true,
                    encoding: TextEncoding::Windows1252,
                },
            ),
            (b"id,q\n", CsvFormat::default()),
        ];
        for (i, (bytes, fmt)) in cases.iter().enumerate() {
            let path = dir.join(format!("g{i}.csv"));
            std::fs::write(&path, bytes).expect("write");
            let t = read_csv(&path, fmt, false).expect("table");
            let g = read_csv_grid(&path, fmt).expect("grid");
            assert_eq!(g.header(), t.header.as_slice());
            assert_eq!(g.n_rows(), t.rows.len());
            for (r, row) in t.rows.iter().enumerate() {
                assert_eq!(g.line(r), row.line);
                assert_eq!(g.width(r), row.cells.len());
                for c in 0..row.cells.len() + 2 {
                    assert_eq!(g.cell(r, c), t.cell(r, c), "case {i} row {r} col {c}");
                }
            }
        }
        // Hand-checked against the first file: rows on lines 2, 5, 6 and 7 (the blank line 4
        // is skipped), the third ragged with 4 fields, the decimal comma read as a point.
        let g = read_csv_grid(&dir.join("g0.csv"), &CsvFormat::default()).expect("grid");
        assert_eq!((0..g.n_rows()).map(|r| g.line(r)).collect::<Vec<_>>(), vec![2, 5, 6, 7]);
        std::fs::write(dir.join("b.csv"), "id,x\n\n2,x\n\n\n3,y\n").expect("write");
        let blank = read_csv_grid(&dir.join("b.csv"), &CsvFormat::default()).expect("grid");
        assert_eq!(
            (0..blank.n_rows()).map(|r| blank.line(r)).collect::<Vec<_>>(),
            vec![3, 6]
        );
        assert_eq!(
            read_csv(&dir.join("b.csv"), &CsvFormat::default(), false)
                .expect("table")
                .rows
                .iter()
                .map(|r| r.line)
                .collect::<Vec<_>>(),
            vec![3, 6]
        );
        assert_eq!((g.cell(0, 1), g.cell(2, 3), g.width(1)), ("two\nlines", "extra", 2));
        let g = read_csv_grid(&dir.join("g1.csv"), &cases[1].1).expect("grid");
        assert_eq!((g.cell(0, 1), g.cell(1, 2)), ("1.5", "Bærum"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_byte_that_is_not_utf8_is_located_by_line_column_and_field() {
        let fmt = CsvFormat::default();
        // The bad byte is on line 4, inside the `note` field that began on line 3.
        let text = b"id,note,city\n1,x,Oslo\n2,\"two\nlines\",G\xF8vik\n";
        assert_eq!(
            decode(text.to_vec(), &fmt),
            Err(ReadError::NotUtf8 {
                line: 4,
                col: 9,
                byte: 0xF8,
                column: Some("city".into())
            })
        );
        assert_eq!(
            decode(b"id,b\xE6r\n".to_vec(), &fmt),
            Err(ReadError::NotUtf8 {
                line: 1,
                col: 5,
                byte: 0xE6,
                column: None
            })
        );
        assert_eq!(decode(vec![0xFF, 0xFE, b'i', 0], &fmt), Err(ReadError::Utf16));
        let p = decode(text.to_vec(), &fmt)
            .expect_err("bad byte")
            .problem(Path::new("r.csv"), "or set encoding");
        assert_eq!(
            p.to_string(),
            "r.csv:4:9: not valid UTF-8 (byte 0xF8 in column `city`): save as UTF-8 or set encoding"
        );
    }

    #[test]
    fn a_header_that_splits_on_another_delimiter_names_it() {
        let h = vec!["rowid;weight;trust".to_string()];
        assert_eq!(
            delimiter_hint(&h, b',', &["rowid", "trust"]),
            Some((
                ";",
                "the header has one column \"rowid;weight;…\" — the file looks semicolon-separated".to_string()
            ))
        );
        let tabs = vec!["rowid\tweight".to_string()];
        assert_eq!(delimiter_hint(&tabs, b',', &["weight"]).map(|(k, _)| k), Some("\\t"));
        let fine = vec!["rowid".to_string(), "x;y".to_string()];
        assert_eq!(delimiter_hint(&fine, b',', &["rowid"]), None);
        assert_eq!(delimiter_hint(&h, b',', &["other"]), None);
    }
}
