//! `kquote`: parse the command line, run the check, print the findings, exit with their code.

use std::process::ExitCode;

// The pipeline allocates many small strings from both threads; mimalloc keeps that cheap.
// Its transparent huge pages are off (Cargo feature `no_thp`): with them, memory handed back
// and touched again costs the kernel 2 MB of zeroing a time, 12 % of a large check. Its version 2
// (Cargo feature `v2`) hands freed pages back after 10 ms, not version 3's second: the texts that
// the reader threads allocate are freed by the pool's, and a second of them set the peak (100,000
// real documents: 495-507 MB against 526-555 MB, in the same time).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use kquote::cli::{self, Cli, Command};
use kquote::report::terminal;
use kquote::{check, exit_codes};

fn main() -> ExitCode {
    let args = match Cli::parse().command {
        Command::Check(args) => args,
        Command::Completions { shell } => {
            return match cli::print_completions(shell) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => fail(&err.to_string()),
            };
        }
        Command::Man => {
            return match cli::print_man() {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => fail(&err.to_string()),
            };
        }
    };
    let resolved = match args.resolve() {
        Ok(resolved) => resolved,
        Err(err) => return fail(&err.to_string()),
    };
    if let Some(n) = resolved.threads
        && let Err(err) = rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
    {
        return fail(&format!("cannot start {n} threads: {err}"));
    }
    let code = match check::run(&resolved.settings) {
        Ok(outcome) => {
            terminal::print(&outcome, &resolved.terminal);
            let code = exit_codes::for_outcome(&outcome, resolved.fail_on);
            // The process ends here: handing back the memory of every quotation one allocation
            // at a time would only cost time (a tenth of a second per 100,000 documents).
            std::mem::forget(outcome);
            code
        }
        Err(err) => return fail(&err.to_string()),
    };
    ExitCode::from(code as u8)
}

/// Names the error on stderr; the check failed.
fn fail(message: &str) -> ExitCode {
    eprintln!("kquote: error: {}", terminal::printable(message));
    ExitCode::from(exit_codes::ERROR as u8)
}
