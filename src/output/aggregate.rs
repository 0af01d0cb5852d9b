//! `hkbm aggregate`: load many schools' session files in parallel, keep
//! only their scores, and summarise per benchmark and academic year. Files
//! that fail are listed with their error; the rest still count.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::ContentPack;
use crate::model::aggregate::{Aggregate, Failure, SessionScores, aggregate, scores_of};
use crate::model::score::format_score;
use crate::store::session::load_for_compare;
use crate::text::inert_line;

/// The session files under `paths`: files as given, folders searched
/// (recursively) for `.ron` files. Content packs, recovery files and lock
/// files are not sessions and are passed over.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Failure>) {
    let mut files = Vec::new();
    let mut failed = Vec::new();
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut files, &mut failed),
            Ok(_) => files.push(p.clone()),
            Err(e) => failed.push(Failure {
                file: p.display().to_string(),
                error: crate::store::FileError::new(p, crate::store::read::io_message(&e))
                    .to_string(),
            }),
        }
    }
    files.sort();
    files.dedup();
    (files, failed)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<Failure>) {
    if dir.join(crate::store::content::FRAMEWORK_FILE).exists() {
        return; // a content pack, not sessions
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            failed.push(Failure {
                file: dir.display().to_string(),
                error: crate::store::FileError::new(dir, crate::store::read::io_message(&e))
                    .to_string(),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, files, failed),
            Ok(_)
                if name.ends_with(".ron")
                    && !name.ends_with(".recovery.ron")
                    && !name.starts_with('.') =>
            {
                files.push(path)
            }
            _ => {}
        }
    }
}

/// Load every session under `paths` (in parallel) and summarise them.
pub fn run(pack: &ContentPack, paths: &[PathBuf]) -> Aggregate {
    let (files, mut failed) = collect(paths);
    let unreadable = failed.len();
    let results: Vec<Result<SessionScores, Failure>> = files
        .par_iter()
        .map(|f| match load_for_compare(f, pack) {
            Ok(l) => Ok(scores_of(pack, &l.session)),
            Err(errors) => Err(Failure {
                file: f.display().to_string(),
                error: errors
                    .first()
                    .map(|e| e.to_string())
                    .unwrap_or_else(|| "could not be read".into()),
            }),
        })
        .collect();
    let mut scores = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(s) => scores.push(s),
            Err(f) => failed.push(f),
        }
    }
    aggregate(pack, &scores, files.len() + unreadable, failed)
}

fn num(x: Option<f64>) -> String {
    x.map_or(String::new(), |v| format!("{v}"))
}

/// A plain-text table per academic year.
pub fn text(a: &Aggregate) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} session files read, {} used, {} failed · content {}",
        a.files,
        a.sessions,
        a.failed.len(),
        a.content
    );
    for y in &a.years {
        let _ = writeln!(
            out,
            "\n{} — {} schools' sessions",
            inert_line(&y.year),
            y.sessions
        );
        let _ = writeln!(
            out,
            "{:>2}  {:<34} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}",
            "#", "Benchmark", "Schools", "Min", "Q1", "Median", "Q3", "Max", "At target"
        );
        for b in &y.benchmarks {
            let share = match b.share_at_target {
                Some(s) => format!("{s:.0} %"),
                None => "—".into(),
            };
            let _ = writeln!(
                out,
                "{:>2}  {:<34} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}",
                b.number,
                fit(&b.title, 34),
                b.schools,
                format_score(b.min),
                format_score(b.q1),
                format_score(b.median),
                format_score(b.q3),
                format_score(b.max),
                share
            );
        }
    }
    if !a.failed.is_empty() {
        let _ = writeln!(out, "\nFiles that could not be used ({}):", a.failed.len());
        for f in &a.failed {
            let _ = writeln!(out, "  {}", inert_line(&f.error));
        }
    }
    let _ = writeln!(out, "\nMethod: {}.", a.method);
    out
}

/// CSV (UTF-8 with BOM, CRLF): one row per year and benchmark, then one row
/// per failed file.
pub fn csv(a: &Aggregate) -> String {
    let mut csv = crate::output::csv::Csv::new();
    let mut row = |fields: Vec<String>| csv.row(&fields);
    row([
        "year",
        "benchmark",
        "id",
        "title",
        "schools",
        "unscored",
        "min",
        "q1",
        "median",
        "q3",
        "max",
        "with_target",
        "at_or_above_target",
        "share_at_target",
        "error",
    ]
    .map(String::from)
    .to_vec());
    for y in &a.years {
        for b in &y.benchmarks {
            row(vec![
                y.year.clone(),
                b.number.to_string(),
                b.id.clone(),
                b.title.clone(),
                b.schools.to_string(),
                b.unscored.to_string(),
                num(b.min),
                num(b.q1),
                num(b.median),
                num(b.q3),
                num(b.max),
                b.with_target.to_string(),
                b.at_or_above_target.to_string(),
                num(b.share_at_target),
                String::new(),
            ]);
        }
    }
    for f in &a.failed {
        let mut r = vec![String::new(); 14];
        r[3] = f.file.clone();
        r.push(f.error.clone());
        row(r);
    }
    csv.finish()
}

pub fn json(a: &Aggregate) -> String {
    crate::output::json::write(a)
}

fn fit(s: &str, width: usize) -> String {
    let s = inert_line(s);
    if s.chars().count() <= width {
        return s.into_owned();
    }
    let mut out: String = s.chars().take(width - 1).collect();
    out.push('…');
    out
}
