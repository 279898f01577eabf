//! `kquote`: parse the command line, run the check, print the findings, exit with their code.

use std::process::ExitCode;

// The pipeline allocates many small strings from both threads; mimalloc keeps that cheap.
// Its transparent huge pages are off (Cargo feature `no_thp`): with them, memory handed back
// and touched again costs the kernel 2 MB of zeroing a time, 12 % of a large check.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use kquote::cli::{Cli, Command};
use kquote::report::terminal;
use kquote::{check, exit_codes};

fn main() -> ExitCode {
    let Command::Check(args) = Cli::parse().command;
    let (settings, shown) = (args.settings(), args.terminal());
    if let Some(n) = args.threads
        && let Err(err) = rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
    {
        eprintln!("kquote: error: cannot start {n} threads: {err}");
        return ExitCode::from(exit_codes::ERROR as u8);
    }
    let code = match check::run(&settings) {
        Ok(outcome) => {
            terminal::print(&outcome, &shown);
            let code = exit_codes::for_outcome(&outcome);
            // The process ends here: handing back the memory of every quotation one allocation
            // at a time would only cost time (a tenth of a second per 100,000 documents).
            std::mem::forget(outcome);
            code
        }
        Err(err) => {
            eprintln!("kquote: error: {}", terminal::printable(&err.to_string()));
            exit_codes::ERROR
        }
    };
    ExitCode::from(code as u8)
}
