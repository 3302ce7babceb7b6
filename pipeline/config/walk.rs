//! The walk over a project's surveys folder: every folder below it, symbolic links followed
//! (a wave folder may be a link to a shared drive), but never in a loop. Each folder is
//! identified by its device and inode, so a link back to a folder already seen (`ln -s ..`)
//! stops the walk with an error that names both paths instead of walking forever. A system
//! root (`/`, `/proc`, `/sys`, `/dev`) is refused outright, and the walk stops below
//! [`MAX_DEPTH`] levels.

use std::collections::HashMap;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Deepest folder level the walk enters below the surveys folder.
pub const MAX_DEPTH: usize = 32;

/// One folder of the walk and the files directly in it (sorted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    /// The folder, as reached from the root (through links, not resolved).
    pub path: PathBuf,
    /// Its regular files (links to files followed).
    pub files: Vec<PathBuf>,
}

fn refuse(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, msg)
}

/// Every folder under `root` (itself first, then in path order), or an error naming a link
/// loop, a system folder or an unreadable folder.
pub fn folders(root: &Path) -> io::Result<Vec<Folder>> {
    let real = std::fs::canonicalize(root)?;
    if real == Path::new("/") || ["/proc", "/sys", "/dev"].iter().any(|s| real.starts_with(s)) {
        return Err(refuse(format!(
            "{} is a system folder ({}), not a folder of survey waves",
            root.display(),
            real.display()
        )));
    }
    let mut seen: HashMap<(u64, u64), PathBuf> = HashMap::new();
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        let md = std::fs::metadata(&dir)?;
        if let Some(first) = seen.insert((md.dev(), md.ino()), dir.clone()) {
            return Err(refuse(format!(
                "a symbolic link loop: {} is the folder {} again",
                dir.display(),
                first.display()
            )));
        }
        if depth > MAX_DEPTH {
            return Err(refuse(format!(
                "{} is more than {MAX_DEPTH} folders deep below {}",
                dir.display(),
                root.display()
            )));
        }
        let mut files = Vec::new();
        let mut subdirs = Vec::new();
        for e in std::fs::read_dir(&dir)? {
            let p = e?.path();
            // A dangling link is neither: skipped, as before.
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => subdirs.push(p),
                Ok(m) if m.is_file() => files.push(p),
                _ => {}
            }
        }
        files.sort();
        subdirs.sort();
        // Reversed onto the stack, so folders come out in path order.
        stack.extend(subdirs.into_iter().rev().map(|d| (d, depth + 1)));
        out.push(Folder { path: dir, files });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("cohesion-walk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("mkdir");
        d
    }

    #[test]
    fn folders_and_files_in_path_order_through_links() {
        let d = tmp("order");
        std::fs::create_dir_all(d.join("b/inner")).expect("mkdir");
        std::fs::create_dir_all(d.join("a")).expect("mkdir");
        std::fs::write(d.join("a/survey.toml"), "").expect("write");
        std::fs::write(d.join("b/inner/x.csv"), "").expect("write");
        let shared = tmp("order-shared");
        std::fs::write(shared.join("survey.toml"), "").expect("write");
        std::os::unix::fs::symlink(&shared, d.join("c")).expect("link");
        let f = folders(&d).expect("walk");
        let rel: Vec<String> = f
            .iter()
            .map(|f| f.path.strip_prefix(&d).expect("rel").display().to_string())
            .collect();
        assert_eq!(rel, ["", "a", "b", "b/inner", "c"]);
        assert_eq!(f[4].files, [d.join("c/survey.toml")]);
        let _ = std::fs::remove_dir_all(&d);
        let _ = std::fs::remove_dir_all(&shared);
    }

    #[test]
    fn a_link_back_up_is_a_loop_named_in_the_error() {
        let d = tmp("loop");
        std::fs::create_dir_all(d.join("w1")).expect("mkdir");
        std::os::unix::fs::symlink("..", d.join("w1/up")).expect("link");
        std::os::unix::fs::symlink("..", d.join("w1/up2")).expect("link");
        let e = folders(&d).expect_err("loop").to_string();
        assert!(e.contains("symbolic link loop") && e.contains("w1/up"), "{e}");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn system_roots_are_refused() {
        for root in ["/", "/proc", "/sys/kernel"] {
            if Path::new(root).exists() {
                let e = folders(Path::new(root)).expect_err(root).to_string();
                assert!(e.contains("is a system folder"), "{e}");
            }
        }
    }
}
