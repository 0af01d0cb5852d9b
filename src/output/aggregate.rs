//! `hkbm aggregate`: load many schools' session files in parallel, keep
//! only their scores, and summarise per benchmark and academic year. Files
//! that fail are listed with their error; the rest still count.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::ContentPack;
use crate::model::aggregate::{Aggregate, Failure, SessionScores, aggregate, scores_of};
use crate::model::score::format_score;
use crate::output::{layout_width, prose_width, title_column};
use crate::store::session::load_for_compare;
use crate::text::{inert_line, pad, wrap, wrap_hanging};

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

/// A plain-text table per academic year, laid out for `width` columns (see
/// [`crate::output::layout_width`]).
pub fn text(a: &Aggregate, width: usize) -> String {
    let width = layout_width(width);
    let prose = prose_width(width);
    let mut out = String::new();
    let mut put = |lines: Vec<String>| {
        for l in lines {
            out.push_str(l.trim_end());
            out.push('\n');
        }
    };
    let files = if a.files == 1 {
        "1 session file read".to_string()
    } else {
        format!("{} session files read", a.files)
    };
    put(wrap(
        &format!(
            "{files}, {} used, {} failed · content {}",
            a.sessions,
            a.failed.len(),
            inert_line(&a.content.to_string())
        ),
        prose,
    ));
    for y in &a.years {
        let schools = if y.sessions == 1 {
            "1 school's session".to_string()
        } else {
            format!("{} schools' sessions", y.sessions)
        };
        put(vec![String::new()]);
        put(wrap(&format!("{} — {schools}", inert_line(&y.year)), width));
        // "#", then schools, five scores and the share at target.
        let fixed = 2 + 2 + 8 + 5 * 7 + 10;
        let titles: Vec<String> = y.benchmarks.iter().map(|b| b.title.clone()).collect();
        let title_w = title_column(width, fixed, 10, &titles);
        put(vec![format!(
            "{:>2}  {} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}",
            "#",
            pad("Benchmark", title_w),
            "Schools",
            "Min",
            "Q1",
            "Median",
            "Q3",
            "Max",
            "At target"
        )]);
        for b in &y.benchmarks {
            let share = match b.share_at_target {
                Some(s) => format!("{s:.0} %"),
                None => "—".into(),
            };
            put(vec![format!(
                "{:>2}  {} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}",
                b.number,
                pad(&inert_line(&b.title), title_w),
                b.schools,
                format_score(b.min),
                format_score(b.q1),
                format_score(b.median),
                format_score(b.q3),
                format_score(b.max),
                share
            )]);
        }
    }
    if !a.failed.is_empty() {
        put(vec![
            String::new(),
            format!("Files that could not be used ({}):", a.failed.len()),
        ]);
        for f in &a.failed {
            put(wrap_hanging(&inert_line(&f.error), "  ", "    ", prose));
        }
    }
    put(vec![String::new()]);
    put(wrap(&format!("Method: {}.", a.method), prose));
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

#[cfg(test)]
mod text_tests {
    use super::*;
    use crate::output::golden::{NEW, OLD, pack};

    #[test]
    fn golden_text() {
        let pack = pack();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let a = run(&pack, &[root.join(OLD), root.join(NEW)]);
        insta::assert_snapshot!("aggregate_text", text(&a, 80));
    }
}
