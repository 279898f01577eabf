use std::process::ExitCode;

use clap::Parser;
use kquote::cli::{Cli, Command};
use kquote::{check, exit_codes};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check(args) => match check::run(&args.settings()) {
            Ok(outcome) => {
                for err in &outcome.source_errors {
                    eprintln!("kquote: error: {err}");
                }
                for name in &outcome.empty_sources {
                    eprintln!("kquote: warning: {name}: empty, no quotations");
                }
                eprintln!(
                    "kquote: {} sources, {} quotations",
                    outcome.sources,
                    outcome.quotes.len()
                );
                if outcome.source_errors.is_empty() {
                    exit_codes::SUCCESS
                } else {
                    exit_codes::ERROR
                }
            }
            Err(err) => {
                eprintln!("kquote: error: {err}");
                exit_codes::ERROR
            }
        },
    };
    ExitCode::from(code as u8)
}
