//! A mutation fuzzer over the parsers and readers that take users' files: the project check
//! (`cohesion.toml`, `cities.csv`, `index_scores.csv`, `activities.csv`, every `survey.toml`
//! and data-file header, i.e. what `cohesion validate` reads), the CSV reader under every
//! dialect, the XLSX reader and the SPSS and Stata readers. It runs on the stable toolchain,
//! in process: each input is a seed file (from `tests/bad/`, `tests/fixtures/base` and
//! `examples/gss2012`) with a few random byte-level mutations (flips, interesting values,
//! inserts, deletions, duplicated chunks, truncation) from a seeded generator, and a harness
//! must answer with a value or an error, never a panic.
//!
//! Time and seed come from the environment: `COHESION_FUZZ_SECONDS` (default 20; `.ci/run`
//! gives the CI budget) and `COHESION_FUZZ_SEED` (default: fixed, so a plain `cargo test` is
//! reproducible). A longer run on demand:
//!
//! ```sh
//! COHESION_FUZZ_SECONDS=1800 COHESION_FUZZ_SEED=7 cargo test --release --test tests fuzz -- --nocapture
//! ```
//!
//! A panicking input is written to `target/fuzz-crashes/` and named in the failure; turn it
//! into a golden case under `tests/bad/` once fixed. An abort (an allocation the machine
//! cannot give) ends the test process, which fails the run as well; its input is then the
//! last file in `target/test-work/fuzz-SEED/input/` (or the project file being mutated).

use cohesion::config::coding::{CsvFormat, TextEncoding};
use cohesion::rng::Rng;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` whose extension is one of `exts`.
fn seeds(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            seeds(&p, exts, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| exts.contains(&x.to_ascii_lowercase().as_str()))
        {
            out.push(p);
        }
    }
    out.sort();
}

fn below(rng: &mut Rng, n: usize) -> usize {
    (rng.next_u64() % n.max(1) as u64) as usize
}

/// One to four random mutations of `data`.
fn mutate(rng: &mut Rng, data: &[u8]) -> Vec<u8> {
    const INTERESTING: [&[u8]; 12] = [
        b"\x00",
        b"\xff",
        b"\xff\xff\xff\x7f",
        b"\x00\x00\x00\x80",
        b"99999999",
        b"-1",
        b"1e308",
        b"NaN",
        b"\"",
        b",,,,",
        b"\r\n",
        "é\u{FEFF}".as_bytes(),
    ];
    let mut d = data.to_vec();
    for _ in 0..1 + below(rng, 4) {
        let at = below(rng, d.len() + 1);
        match below(rng, 7) {
            0 if !d.is_empty() => {
                let i = below(rng, d.len());
                d[i] ^= 1 << below(rng, 8);
            }
            1 if !d.is_empty() => {
                let i = below(rng, d.len());
                d[i] = (rng.next_u64() & 0xff) as u8;
            }
            2 => {
                let v = INTERESTING[below(rng, INTERESTING.len())];
                let end = (at + v.len()).min(d.len());
                d.splice(at..end, v.iter().copied());
            }
            3 => {
                let v = INTERESTING[below(rng, INTERESTING.len())];
                d.splice(at..at, v.iter().copied());
            }
            4 if !d.is_empty() => {
                let n = 1 + below(rng, 16.min(d.len()));
                let end = (at + n).min(d.len());
                d.drain(at.min(end)..end);
            }
            5 if !d.is_empty() => {
                // Duplicate a chunk (a repeated record, header or row).
                let s = below(rng, d.len());
                let n = 1 + below(rng, 64.min(d.len() - s));
                let chunk = d[s..s + n].to_vec();
                d.splice(at..at, chunk);
            }
            _ => d.truncate(at),
        }
    }
    d
}

/// Run `f`; a panic is recorded with its input.
fn guarded(name: &str, input: &[u8], ext: &str, crashes: &mut Vec<String>, f: impl FnOnce()) {
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err() {
        let dir = root().join("target/fuzz-crashes");
        let _ = std::fs::create_dir_all(&dir);
        let p = dir.join(format!("{name}-{}.{ext}", crashes.len()));
        let _ = std::fs::write(&p, input);
        crashes.push(p.display().to_string());
    }
}

#[test]
fn parsers_and_readers_never_panic_on_mutated_files() {
    let seconds: u64 = std::env::var("COHESION_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("COHESION_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20261207);
    let mut rng = Rng::derive(seed, "fuzz");
    // One folder per seed: a crash's last input stays in `input/` (an abort ends the process
    // before it can be saved), and runs with different seeds do not share files.
    let work = crate::util::Workdir::new(&format!("fuzz-{seed}"));

    // Seeds.
    let mut csv = Vec::new();
    seeds(&root().join("tests/bad"), &["csv"], &mut csv);
    seeds(&root().join("tests/fixtures/base"), &["csv"], &mut csv);
    let mut toml = Vec::new();
    seeds(&root().join("tests/bad"), &["toml"], &mut toml);
    seeds(&root().join("tests/fixtures/base"), &["toml"], &mut toml);
    let mut labelled = Vec::new();
    seeds(&root().join("examples/gss2012/data"), &["sav", "dta"], &mut labelled);
    seeds(&root().join("tests/bad"), &["sav"], &mut labelled);
    seeds(&root().join("tests/reference"), &["zsav"], &mut labelled);
    let xlsx = work.path("seed.xlsx");
    {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["resp_id", "wgt", "Q12", "grp"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).expect("xlsx");
        }
        for r in 1..20u32 {
            ws.write_number(r, 0, f64::from(r)).expect("xlsx");
            ws.write_number(r, 1, 1.5).expect("xlsx");
            ws.write_number(r, 2, f64::from(r % 11)).expect("xlsx");
            ws.write_string(r, 3, if r % 2 == 0 { "yes" } else { "no" })
                .expect("xlsx");
        }
        wb.save(&xlsx).expect("xlsx");
    }
    assert!(
        !csv.is_empty() && !toml.is_empty() && labelled.len() >= 2,
        "seed corpus"
    );
    let read = |p: &Path| std::fs::read(p).expect("seed");
    let csv: Vec<Vec<u8>> = csv.iter().map(|p| read(p)).collect();
    let labelled: Vec<(Vec<u8>, String)> = labelled
        .iter()
        .map(|p| {
            (
                read(p),
                p.extension().and_then(|x| x.to_str()).unwrap_or("sav").to_string(),
            )
        })
        .collect();
    let xlsx = read(&xlsx);

    // The project harness mutates one file of a copy of the base fixture per input.
    let project = work.copy_fixture("base", "project");
    let project_files: Vec<PathBuf> = {
        let mut v = Vec::new();
        seeds(&project, &["toml", "csv"], &mut v);
        v
    };
    let originals: Vec<Vec<u8>> = project_files.iter().map(|p| read(p)).collect();
    let toml_seeds: Vec<Vec<u8>> = toml.iter().map(|p| read(p)).collect();
    let bank = cohesion::config::bank::QuestionBank::shipped().expect("bank");

    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut crashes = Vec::new();
    let mut slow = Vec::new();
    let mut counts = [0u64; 5];
    let file = work.path("input");
    let _ = std::fs::create_dir_all(&file);
    while Instant::now() < deadline {
        let started = Instant::now();
        let which = below(&mut rng, 5);
        counts[which] += 1;
        let name = ["project", "csv", "xlsx", "labelled", "manifest"][which];
        let (input, ext) = match which {
            0 => {
                let k = below(&mut rng, project_files.len());
                let input = mutate(&mut rng, &originals[k]);
                std::fs::write(&project_files[k], &input).expect("write");
                guarded(name, &input, "txt", &mut crashes, || {
                    let _ = cohesion::ingest::check_project(&project, false);
                });
                std::fs::write(&project_files[k], &originals[k]).expect("restore");
                (input, "txt".to_string())
            }
            1 => {
                let k = below(&mut rng, csv.len());
                let input = mutate(&mut rng, &csv[k]);
                let p = file.join("f.csv");
                std::fs::write(&p, &input).expect("write");
                let format = CsvFormat {
                    delimiter: [b',', b';', b'\t'][below(&mut rng, 3)],
                    decimal_comma: below(&mut rng, 2) == 1,
                    encoding: [TextEncoding::Utf8, TextEncoding::Windows1252][below(&mut rng, 2)],
                };
                guarded(name, &input, "csv", &mut crashes, || {
                    let _ = cohesion::ingest::reader::read_table(&p, &format);
                });
                (input, "csv".into())
            }
            2 => {
                let input = mutate(&mut rng, &xlsx);
                let p = file.join("f.xlsx");
                std::fs::write(&p, &input).expect("write");
                guarded(name, &input, "xlsx", &mut crashes, || {
                    let _ = cohesion::ingest::reader::read_xlsx(&p);
                });
                (input, "xlsx".into())
            }
            3 => {
                let (seed, ext) = &labelled[below(&mut rng, labelled.len())];
                let input = mutate(&mut rng, seed);
                let p = file.join(format!("f.{ext}"));
                std::fs::write(&p, &input).expect("write");
                guarded(name, &input, ext, &mut crashes, || {
                    let _ = cohesion::ingest::labelled::read_table(&p);
                });
                (input, ext.clone())
            }
            _ => {
                // A manifest from the corpus, alone (its data file need not exist: the check
                // reports that too).
                let k = below(&mut rng, toml_seeds.len());
                let input = mutate(&mut rng, &toml_seeds[k]);
                let p = file.join("survey.toml");
                std::fs::write(&p, &input).expect("write");
                guarded(name, &input, "toml", &mut crashes, || {
                    let mut problems = cohesion::diag::Problems::default();
                    let _ = cohesion::config::manifest::Manifest::load(&p, &bank, None, &mut problems);
                });
                (input, "toml".into())
            }
        };
        if started.elapsed() > Duration::from_secs(10) {
            let p = root().join(format!("target/fuzz-crashes/slow-{name}-{}.{ext}", slow.len()));
            let _ = std::fs::create_dir_all(p.parent().expect("dir"));
            let _ = std::fs::write(&p, &input);
            slow.push(p.display().to_string());
        }
    }
    let total: u64 = counts.iter().sum();
    eprintln!(
        "fuzz: {total} inputs in {seconds} s (seed {seed}): project {}, csv {}, xlsx {}, spss/stata {}, manifest {}",
        counts[0], counts[1], counts[2], counts[3], counts[4]
    );
    assert!(crashes.is_empty(), "inputs that panicked: {crashes:?}");
    assert!(slow.is_empty(), "inputs that took more than 10 s: {slow:?}");
}
