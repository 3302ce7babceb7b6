//! Console output shared by every stage: informational lines on stderr prefixed `cohesion:`
//! and progress bars, both silent with `--quiet`. A leaf: it imports nothing from the crate.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Console output: diagnostics on stderr prefixed `cohesion:`, silent with `--quiet`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ui {
    /// Print nothing but errors.
    pub quiet: bool,
}

impl Ui {
    /// Print an informational line on stderr.
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("cohesion: {}", msg.as_ref());
        }
    }
    /// A progress bar on stderr (hidden when quiet or when stderr is not a terminal).
    pub fn bar(&self, msg: &'static str) -> ProgressBar {
        if self.quiet {
            return ProgressBar::hidden();
        }
        let pb = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("cohesion: {msg:<10} [{bar:30}] {pos}/{len} {elapsed}") {
            pb.set_style(style.progress_chars("=> "));
        }
        pb.set_message(msg);
        pb
    }
}
