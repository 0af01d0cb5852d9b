//! The `hkbm` binary: parses the command line and runs one command. Every
//! failure is one line naming the file (and line:col) with exit code 1.

mod cli;
mod commands;
mod stop;
mod tui;
mod usage_error;

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
            Err(_) => cli::command()
                .try_get_matches_from(&args)
                .unwrap_or_else(|e| said(e)),
        };
        cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| said(e))
    });
    commands::run(cli)
}

/// Says a mistake on the command line (or the help asked for) and exits:
/// clap's own words in English, the catalogue's in Chinese (the help is
/// already in the language, and goes out as it is).
fn said(e: clap::Error) -> ! {
    if hkbm::i18n::lang() == hkbm::i18n::Lang::En {
        e.exit()
    }
    e.apply::<usage_error::InChinese>().exit()
}
