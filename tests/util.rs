use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh folder per test under target/test-work, removed and recreated on each run.
pub struct Workdir {
    pub root: PathBuf,
}

impl Workdir {
    pub fn new(name: &str) -> Workdir {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join("test-work")
            .join(name);
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("create workdir");
        Workdir { root }
    }

    /// Copy a fixture project (tests/fixtures/NAME) to ROOT/dest.
    pub fn copy_fixture(&self, name: &str, dest: &str) -> PathBuf {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join("fixtures")
            .join(name);
        let dst = self.root.join(dest);
        copy_dir(&src, &dst);
        dst
    }

    /// Run the binary with `args` in ROOT.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_cohesion"))
            .args(args)
            .current_dir(&self.root)
            .output()
            .expect("run cohesion")
    }

    /// Run and require success, returning stderr.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert!(
            o.status.success(),
            "cohesion {args:?} failed: {}\nstdout:\n{}\nstderr:\n{err}",
            o.status,
            String::from_utf8_lossy(&o.stdout)
        );
        err
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for e in std::fs::read_dir(src).expect("read_dir") {
        let e = e.expect("entry");
        let to = dst.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), &to).expect("copy");
        }
    }
}

/// Compare `got` with the golden file; COHESION_BLESS=1 rewrites it.
pub fn golden(path: &Path, got: &str) {
    if std::env::var("COHESION_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(path, got).expect("bless");
        return;
    }
    let want = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("missing golden file {} (run with COHESION_BLESS=1)", path.display()));
    if want != got {
        panic!(
            "golden mismatch for {}\n--- expected\n{want}\n--- got\n{got}",
            path.display()
        );
    }
}

/// Read a Parquet table of the store with polars.
pub fn read_table(out: &Path, table: &str) -> polars::prelude::DataFrame {
    use polars::prelude::*;
    let f = std::fs::File::open(out.join("store").join(table).join("part-0.parquet")).expect("open table");
    ParquetReader::new(f).finish().expect("read table")
}

/// A column of a table as text (each value cast to a string; null as "").
pub fn text_column(df: &polars::prelude::DataFrame, name: &str) -> Vec<String> {
    df.column(name)
        .expect(name)
        .cast(&polars::prelude::DataType::String)
        .expect("cast")
        .str()
        .expect("str")
        .iter()
        .map(|v| v.unwrap_or("").to_string())
        .collect()
}

/// Whether `python3 -c check` succeeds (e.g. "import numpy, pandas"): tests that need an outside
/// tool skip with one line naming it when it is absent (`bash .ci/run` installs everything).
pub fn python_has(check: &str) -> bool {
    std::process::Command::new("python3")
        .args(["-c", check])
        .status()
        .is_ok_and(|s| s.success())
}

/// An R-written reference file (tests/reference) with a respondent id column `id` (1, 2, …)
/// in front and R's `NA` written as an empty cell.
pub fn numbered_csv(name: &str) -> String {
    let src = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference").join(name))
        .expect("reference file");
    src.lines()
        .enumerate()
        .map(|(i, l)| match i {
            0 => format!("id,{l}\n"),
            _ => format!("{i},{}\n", l.replace("NA", "")),
        })
        .collect()
}

/// The base fixture as project `project` with one survey wave `id` in Alphaville (file `csv`,
/// respondent id `id`, `keys` added to the manifest) whose column `item.0` on scale `item.1`
/// is trust_people, and one indicator set `rep` with the mean of it as indicator `item.2`.
pub fn one_wave_project(wd: &Workdir, id: &str, csv: &str, keys: &str, item: (&str, &str, &str)) {
    let p = wd.copy_fixture("base", "project");
    std::fs::remove_dir_all(p.join("data/surveys")).expect("rm");
    let dir = p.join("data/surveys").join(id);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("responses.csv"), csv).expect("csv");
    let (column, scale, indicator) = item;
    let manifest = format!(
        "id = \"{id}\"\nkind = \"survey\"\ncity = \"Alphaville\"\nwave = \"2023\"\n\
         fieldwork_start = 2023-03-01\nfieldwork_end = 2023-04-15\nfile = \"responses.csv\"\n\
         respondent_id = \"id\"\n{keys}\
         [items]\ntrust_people = {{ column = \"{column}\", scale = {scale} }}\n"
    );
    std::fs::write(dir.join("survey.toml"), manifest).expect("toml");
    std::fs::create_dir_all(p.join("indicators")).expect("mkdir");
    std::fs::write(
        p.join("indicators/rep.toml"),
        format!(
            "id = \"rep\"\ntitle = {{ en = \"{id}\" }}\n\n[[indicator]]\nid = \"{indicator}\"\n\
             title = {{ en = \"{column}\" }}\nsource = \"survey\"\nitems = [\"trust_people\"]\nstatistic = \"mean\"\n"
        ),
    )
    .expect("set");
    let toml = std::fs::read_to_string(p.join("cohesion.toml")).expect("toml").replace(
        "[analysis]",
        "[indicators]\nsets = [\"indicators/rep.toml\"]\n\n[analysis]",
    );
    std::fs::write(p.join("cohesion.toml"), toml).expect("toml");
}
