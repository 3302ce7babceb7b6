//! The stages only look down: cli → bench → runner → {ingest, analysis, workbench, report,
//! demo} → {store, config, stats} → {diag, rng, vocab, ui}. A module may use modules of lower layers
//! and, among the libraries (store, config, stats) and leaves, its own layer; a stage never
//! uses another stage or anything above it.

use std::collections::BTreeMap;
use std::path::Path;

/// Layer of each top-level module of `pipeline/` (0 = top).
fn layers() -> BTreeMap<&'static str, u8> {
    BTreeMap::from([
        ("main", 0),
        ("cli", 0),
        ("bench", 1),
        ("runner", 2),
        ("runinfo", 2),
        ("ingest", 3),
        ("analysis", 3),
        ("workbench", 3),
        ("report", 3),
        ("demo", 3),
        ("store", 4),
        ("config", 4),
        ("stats", 4),
        ("diag", 5),
        ("rng", 5),
        ("vocab", 5),
        ("ui", 5),
    ])
}

/// Stages (layer 2) must not use each other; the libraries below may share a layer.
const STAGE_LAYER: u8 = 3;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_module_imports_upward_or_sideways_between_stages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("pipeline");
    let layers = layers();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut bad = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&root).expect("prefix");
        let first = rel
            .components()
            .next()
            .expect("component")
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" {
            continue;
        }
        let Some(&own) = layers.get(module.as_str()) else {
            panic!(
                "pipeline/{} belongs to no layer: add `{module}` to tests/architecture.rs",
                rel.display()
            );
        };
        let text = std::fs::read_to_string(f).expect("read");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(i) = rest.find("crate::") {
                rest = &rest[i + 7..];
                let used: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let Some(&theirs) = layers.get(used.as_str()) else {
                    continue;
                };
                let upward = theirs < own;
                let sideways_stage = theirs == own && own == STAGE_LAYER && used != module;
                if upward || sideways_stage {
                    bad.push(format!(
                        "pipeline/{}:{}: `{module}` uses `crate::{used}`",
                        rel.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "imports against the layering:\n{}", bad.join("\n"));
}
