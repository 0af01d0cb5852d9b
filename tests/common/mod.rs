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

/// The ASCII words of three letters or more in `text` that none of the
/// `data` (the file read, its path, the program's name) holds: English left
/// in a Chinese message.
pub fn english_left(text: &str, data: &[&str]) -> Vec<String> {
    let words = |s: &str| -> Vec<String> {
        // Numbers (`0xFF`, `bm4`) are no words.
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_string)
            .collect()
    };
    let allowed: Vec<String> = data.iter().flat_map(|d| words(d)).collect();
    words(text)
        .into_iter()
        .filter(|w| !allowed.contains(w) && w != "hkbm")
        .collect()
}

/// A session's text with every note (a note written over several lines is
/// replaced whole) and every owner replaced; `note` and `owner` are written
/// as they go inside a RON string.
pub fn with_notes_and_owners(text: &str, note: &str, owner: &str) -> String {
    let mut out = String::new();
    let mut in_note = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if in_note {
            in_note = !line.ends_with("\",");
        } else if trimmed.starts_with("note: \"") {
            in_note = !line.ends_with("\",");
            out.push_str(&format!("{indent}note: \"{note}\",\n"));
        } else if trimmed.starts_with("owner: \"") {
            out.push_str(&format!("{indent}owner: \"{owner}\",\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A small deterministic generator (xorshift), so a failing run can be
/// repeated.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
