//! The `hkbm` binary: parses the command line and runs one command. Every
//! failure is one line naming the file (and line:col) with exit code 1.

mod cli;
mod commands;
mod stop;
mod tui;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    commands::run(cli)
}
