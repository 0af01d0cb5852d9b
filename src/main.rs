//! The `hkbm` binary: parses the command line and runs one command. Every
//! failure is one line naming the file (and line:col) with exit code 1.

mod cli;
mod commands;
mod stop;
mod tui;

use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    // The language comes first: the help and clap's errors are in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    hkbm::i18n::set_lang(commands::lang(&args));
    let matches = cli::command().get_matches_from(args);
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    commands::run(cli)
}
