//! Reading a tabular input file (CSV, or the first sheet of an XLSX workbook) as text cells
//! with the line number each row came from. No validation here: only file access.

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

/// Read a CSV or XLSX file (by extension).
pub fn read_table(path: &Path) -> Result<TextTable> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext == "xlsx" || ext == "xlsm" || ext == "xls" || ext == "ods" {
        read_xlsx(path)
    } else {
        read_csv(path)
    }
}

/// Read a CSV file: comma-separated, first line is the header, UTF-8 (a BOM is ignored).
pub fn read_csv(path: &Path) -> Result<TextTable> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("{}: cannot open", path.display()))?;
    let mut header = None;
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        let more = rdr.read_record(&mut rec).map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            anyhow!("{}:{line}: not valid CSV: {e}", path.display())
        })?;
        if !more {
            break;
        }
        let line = rec.position().map_or(0, |p| p.line() as usize);
        if header.is_none() {
            let mut h: Vec<String> = rec.iter().map(|s| s.trim().to_string()).collect();
            if let Some(first) = h.first_mut() {
                *first = first.trim_start_matches('\u{feff}').to_string();
            }
            header = Some(h);
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
    let header = header.ok_or_else(|| anyhow!("{}:1: the file is empty; expected a header row", path.display()))?;
    Ok(TextTable { header, rows })
}

/// Read the first sheet of a workbook: row 1 is the header.
pub fn read_xlsx(path: &Path) -> Result<TextTable> {
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

/// Read only the header of a table (cheap for CSV; XLSX reads the sheet).
pub fn read_header(path: &Path) -> Result<Vec<String>> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ext != "csv" {
        return Ok(read_table(path)?.header);
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("{}: cannot open", path.display()))?;
    let mut rec = csv::StringRecord::new();
    if !rdr
        .read_record(&mut rec)
        .map_err(|e| anyhow!("{}:1: not valid CSV: {e}", path.display()))?
    {
        return Err(anyhow!(
            "{}:1: the file is empty; expected a header row",
            path.display()
        ));
    }
    let mut h: Vec<String> = rec.iter().map(|s| s.trim().to_string()).collect();
    if let Some(first) = h.first_mut() {
        *first = first.trim_start_matches('\u{feff}').to_string();
    }
    Ok(h)
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
        let t = read_table(&path).expect("read");
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

    #[test]
    fn csv_keeps_line_numbers_across_quoted_newlines_and_bom() {
        let dir = std::env::temp_dir().join(format!("cohesion-reader-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("t.csv");
        std::fs::write(&path, "\u{feff}id,note\n1,\"two\nlines\"\n2,x\n").expect("write");
        let t = read_table(&path).expect("read");
        assert_eq!(t.header, vec!["id", "note"]);
        assert_eq!(t.rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(read_header(&path).expect("header"), vec!["id", "note"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
