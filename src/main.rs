//! The `hkbm` binary: parses the command line and runs one command. Every
//! failure is one line naming the file (and line:col) with exit code 1.

mod cli;
mod commands;
mod stop;
mod tui;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

fn main() -> ExitCode {
    // The language comes first: the help is in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    hkbm::i18n::set_lang(commands::lang(&args));
    // `hkbm` or `hkbm FILE` needs no clap; anything else does. A command
    // line that parses needs no help text: the command's words are read
    // from the catalogue only to say the help (or what is wrong), so
    // starting the app parses no more of it than before.
    let cli = cli::plain_app_line(&args, |v| std::env::var_os(v)).unwrap_or_else(|| {
        let matches = match cli::Cli::command().try_get_matches_from(&args) {
            Ok(m) => m,
            Err(_) => cli::command().get_matches_from(&args),
        };
        cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    });
    commands::run(cli)
}
