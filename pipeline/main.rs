//! The `cohesion` binary: parse, run, print the error chain, map it to an exit code
//! (0 ok, 1 checks failed, 2 error).

use clap::Parser;
use std::process::ExitCode;

// mimalloc instead of glibc's malloc: glibc returns large freed buffers to the kernel
// (munmap / heap trimming), so every wave's columns and Parquet pages are fresh pages that
// fault in again; mimalloc keeps and reuses them (measured in docs/BENCHMARK.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // `cohesion explain … | head` must end quietly, as other command-line tools do, instead
    // of panicking on a closed pipe: restore the default SIGPIPE action that Rust ignores.
    // SAFETY: called first thing, before any thread exists.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // A panic inside the SPSS/Stata reader becomes that file's error, printed once.
    cohesion::ingest::labelled::install_panic_hook();
    let cli = cohesion::cli::Cli::parse();
    match cohesion::cli::dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if let Some(invalid) = e.downcast_ref::<cohesion::diag::InvalidProject>() {
                eprint!("{invalid}");
                eprintln!();
                return ExitCode::from(1);
            }
            eprintln!("cohesion: error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
