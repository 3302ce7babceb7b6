//! Problems found in a project's inputs, located as `file:line:col`, and who must fix them.
//!
//! Validation collects every problem into a [`Problems`] list, as a linter does, instead of
//! stopping at the first one. This module only formats and carries problems; it does no I/O.

use std::fmt;
use std::path::{Path, PathBuf};

/// Who has to act on a problem (STYLE.md: errors by who must fix them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Owner {
    /// The project's configuration (`cohesion.toml`, manifests): the analyst.
    Config,
    /// An indicator-set definition: the working group.
    IndicatorSet,
    /// A data file: the data provider.
    Data,
}

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file, as given to the user (relative to the project folder where possible).
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub col: Option<usize>,
    /// What is wrong and what was expected, as one sentence.
    pub message: String,
    /// Who must fix it.
    pub owner: Owner,
}

impl Problem {
    /// A problem located at a byte offset of `src` (the text of `file`).
    pub fn at_offset(file: &Path, src: &str, offset: usize, message: impl Into<String>, owner: Owner) -> Self {
        let (line, col) = line_col(src, offset);
        Problem {
            file: file.to_path_buf(),
            line: Some(line),
            col: Some(col),
            message: message.into(),
            owner,
        }
    }

    /// A problem with a known line and column.
    pub fn at(file: &Path, line: usize, col: usize, message: impl Into<String>, owner: Owner) -> Self {
        Problem {
            file: file.to_path_buf(),
            line: Some(line),
            col: Some(col),
            message: message.into(),
            owner,
        }
    }

    /// A problem about a whole file.
    pub fn file(file: &Path, message: impl Into<String>, owner: Owner) -> Self {
        Problem {
            file: file.to_path_buf(),
            line: None,
            col: None,
            message: message.into(),
            owner,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// 1-based line and column (in characters) of a byte offset in `src`.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src[..floor_char_boundary(src, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Every problem found in a project, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Add one problem.
    pub fn push(&mut self, p: Problem) {
        self.0.push(p);
    }
    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Number of problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// "N problem(s) found (a in the project's configuration, b in indicator sets, c in data
    /// files)": who has to act, from each problem's [`Owner`].
    pub fn summary(&self) -> String {
        let count = |o: Owner| self.0.iter().filter(|p| p.owner == o).count();
        let parts: Vec<String> = [
            (Owner::Config, "in the project's configuration"),
            (Owner::IndicatorSet, "in indicator sets"),
            (Owner::Data, "in data files"),
        ]
        .iter()
        .filter(|(o, _)| count(*o) > 0)
        .map(|(o, what)| format!("{} {what}", count(*o)))
        .collect();
        format!("{} problem(s) found ({})", self.len(), parts.join(", "))
    }
    /// Sort by file, line, column so that output is stable.
    pub fn sort(&mut self) {
        self.0.sort();
        self.0.dedup();
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.0 {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

/// The project is invalid: the list of problems, ready to print, and who has to act.
#[derive(Debug, thiserror::Error)]
#[error("{}{}; nothing was written", .0, .0.summary())]
pub struct InvalidProject(pub Problems);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let src = "a = 1\nbé = 2\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 6), (2, 1));
        // 'é' is two bytes: offset 9 is the space after it, the 3rd character.
        assert_eq!(line_col(src, 9), (2, 3));
    }

    #[test]
    fn the_summary_says_who_has_to_act() {
        let mut ps = Problems::default();
        ps.push(Problem::at(Path::new("a.toml"), 1, 1, "x", Owner::Config));
        ps.push(Problem::at(Path::new("b.csv"), 2, 1, "y", Owner::Data));
        ps.push(Problem::at(Path::new("c.csv"), 3, 1, "z", Owner::Data));
        assert_eq!(
            InvalidProject(ps).to_string(),
            "a.toml:1:1: x\nb.csv:2:1: y\nc.csv:3:1: z\n3 problem(s) found (1 in the project's configuration, 2 in data files); nothing was written"
        );
    }

    #[test]
    fn display_is_file_line_col() {
        let p = Problem::at(Path::new("a/survey.toml"), 3, 7, "unknown key `foo`", Owner::Config);
        assert_eq!(p.to_string(), "a/survey.toml:3:7: unknown key `foo`");
    }
}
