//! Rejected rows summarised per file and reason, and the rule that a wave which loses most
//! of its rows is an error (docs/INPUTS.md, "A wave that loses most of its rows").
//!
//! Pure functions over `rejects` rows; the CLI prints them, [`super::ingest`] applies the
//! rule before anything is written.

use crate::diag::{Owner, Problem};
use crate::store::rows::RejectRow;
use std::collections::BTreeMap;
use std::path::Path;

/// Rejected rows of one file that share a column and a reason.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectGroup {
    /// The file, as in the `rejects` table.
    pub file: String,
    /// The column named first in the rows' reasons (None: the whole row, e.g. field count).
    pub column: Option<String>,
    /// 1-based column number of `column` in the file.
    pub column_number: Option<u32>,
    /// The first reason of each row (a row's further problems, "…; also …", left out).
    pub reason: String,
    /// Lines of the rows, ascending.
    pub lines: Vec<u64>,
    /// Distinct offending values, in order of appearance (none for pseudonymised ids).
    pub values: Vec<String>,
}

impl RejectGroup {
    /// `column `Q12`: not a number (…)`, or the reason alone for a whole-row problem.
    pub fn what(&self) -> String {
        match &self.column {
            Some(c) => format!("column `{c}`: {}", self.reason),
            None => self.reason.clone(),
        }
    }

    /// `file:line:col: what` at the group's first row, as an editor opens it.
    pub fn located(&self, file: &str) -> String {
        let at = self.column_number.map(|c| format!(":{c}")).unwrap_or_default();
        format!(
            "{file}:{}{at}: {}",
            self.lines.first().copied().unwrap_or(0),
            self.what()
        )
    }
}

/// Group rejected rows by file, column and first reason; groups in file order, then by
/// first line.
pub fn group_rejects(rejects: &[RejectRow]) -> Vec<RejectGroup> {
    let mut groups: BTreeMap<(String, Option<String>, String), RejectGroup> = BTreeMap::new();
    for r in rejects {
        let reason = r.reason.split("; also ").next().unwrap_or(&r.reason).to_string();
        let g = groups
            .entry((r.file.clone(), r.column.clone(), reason.clone()))
            .or_insert_with(|| RejectGroup {
                file: r.file.clone(),
                column: r.column.clone(),
                column_number: r.column_number,
                reason: reason.clone(),
                lines: Vec::new(),
                values: Vec::new(),
            });
        g.lines.push(r.line);
        if let Some(v) = &r.value
            && !reason.contains("pseudonymised")
            && !g.values.contains(v)
        {
            g.values.push(v.clone());
        }
    }
    let mut out: Vec<RejectGroup> = groups.into_values().collect();
    for g in &mut out {
        g.lines.sort_unstable();
    }
    out.sort_by(|a, b| (&a.file, a.lines.first()).cmp(&(&b.file, b.lines.first())));
    out
}

/// The problem of a wave whose data file loses more than half of its rows (or all of them),
/// naming the file and its three most frequent reasons with counts; None when most rows
/// are kept. `rejects` are that file's rejected rows.
pub fn mostly_rejected(file: &Path, rows_in: u64, rejects: &[RejectRow]) -> Option<Problem> {
    let rejected = rejects.len() as u64;
    if rows_in == 0 || rejected * 2 <= rows_in {
        return None;
    }
    let mut groups = group_rejects(rejects);
    groups.sort_by(|a, b| {
        b.lines
            .len()
            .cmp(&a.lines.len())
            .then(a.lines.first().cmp(&b.lines.first()))
    });
    let mut top: Vec<String> = groups
        .iter()
        .take(3)
        .map(|g| format!("{} ({})", g.what(), rows(g.lines.len() as u64)))
        .collect();
    if groups.len() > 3 {
        let rest: usize = groups[3..].iter().map(|g| g.lines.len()).sum();
        top.push(format!("{} for other reasons", rows(rest as u64)));
    }
    let how_many = if rejected == rows_in {
        format!("all {} are rejected", rows(rows_in))
    } else {
        format!("{rejected} of {} are rejected (more than half)", rows(rows_in))
    };
    Some(Problem::file(
        file,
        format!(
            "{how_many}: {} — fix the file or the manifest, or pass --allow-rejects to keep only the accepted rows",
            top.join("; ")
        ),
        Owner::Data,
    ))
}

/// "1 row", "3 rows".
pub fn rows(n: u64) -> String {
    if n == 1 { "1 row".into() } else { format!("{n} rows") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reject(line: u64, column: Option<&str>, value: &str, reason: &str) -> RejectRow {
        RejectRow {
            file: "w/responses.csv".into(),
            line,
            column: column.map(str::to_string),
            column_number: column.map(|_| 7),
            value: Some(value.to_string()),
            reason: reason.into(),
        }
    }

    #[test]
    fn rejects_group_by_column_and_first_reason() {
        let r = vec![
            reject(5, Some("Q12"), "abc", "not a number"),
            reject(3, Some("Q12"), "x", "not a number; also wgt: missing weight"),
            reject(4, Some("wgt"), "0", "weight must be > 0"),
            reject(9, Some("Q12"), "abc", "not a number"),
        ];
        let g = group_rejects(&r);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].lines, vec![3, 5, 9]);
        assert_eq!(g[0].values, vec!["abc".to_string(), "x".into()]);
        assert_eq!(g[0].located("f.csv"), "f.csv:3:7: column `Q12`: not a number");
        assert_eq!(g[1].lines, vec![4]);
    }

    #[test]
    fn a_wave_losing_more_than_half_is_a_problem_naming_the_top_reasons() {
        let r: Vec<RejectRow> = (0..5)
            .map(|i| reject(i + 2, Some(["a", "b", "b", "c", "d"][i as usize]), "1", "bad"))
            .collect();
        assert!(
            mostly_rejected(Path::new("f.csv"), 10, &r).is_none(),
            "half is not most"
        );
        let p = mostly_rejected(Path::new("f.csv"), 9, &r).expect("5 of 9");
        assert_eq!(
            p.to_string(),
            "f.csv: 5 of 9 rows are rejected (more than half): column `b`: bad (2 rows); column `a`: bad (1 row); \
             column `c`: bad (1 row); 1 row for other reasons — fix the file or the manifest, or pass \
             --allow-rejects to keep only the accepted rows"
        );
        let all = mostly_rejected(Path::new("f.csv"), 5, &r).expect("all");
        assert!(all.message.starts_with("all 5 rows are rejected: "), "{}", all.message);
    }
}
