//! Helpers shared by the end-to-end tests: run the built binary, find the
//! example sessions.

#![allow(dead_code)]

pub mod app;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const OLD: &str = "sessions/lantau-bay-college-2024-25.ron";
pub const NEW: &str = "sessions/lantau-bay-college-2025-26.ron";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example(rel: &str) -> PathBuf {
    root().join(rel)
}

/// Run `hkbm` with `args` in `dir`, with no sessions folder from the environment.
pub fn hkbm_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hkbm"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env("LC_MESSAGES", "C")
        .env_remove("HKBM_SESSIONS")
        .env_remove("HKBM_TODAY")
        .env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config")
        .output()
        .expect("run hkbm")
}

pub fn hkbm(args: &[&str]) -> Output {
    hkbm_in(&root(), args)
}

/// Run `hkbm` with `args` and these environment variables.
pub fn hkbm_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hkbm"));
    cmd.args(args)
        .current_dir(root())
        .env_remove("LC_ALL")
        .env("LC_MESSAGES", "C")
        .env_remove("HKBM_SESSIONS")
        .env_remove("HKBM_TODAY")
        .env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run hkbm")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A small CSV reader (quotes, doubled quotes, CRLF rows).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// A CSV document's rows, byte-order mark dropped, every row as wide as the
/// header.
pub fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let rows = parse_csv(text.trim_start_matches('\u{feff}'));
    for r in &rows {
        assert_eq!(r.len(), rows[0].len(), "{r:?}");
    }
    rows
}
