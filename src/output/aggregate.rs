//! `hkbm aggregate`: load many schools' session files in parallel, keep
//! only their scores, and summarise per benchmark and academic year. Files
//! that fail are listed with their error (never among the data); the rest
//! still count. Each real file is read once, and each school counts once a
//! year (its other files of that year are reported, see
//! [`crate::model::aggregate::one_per_school_and_year`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::ContentPack;
use crate::model::aggregate::{Aggregate, Duplicate, Failure, SessionScores, aggregate, scores_of};
use crate::model::score::format_score;
use crate::output::{layout_width, prose_width, title_column};
use crate::store::session::load_for_compare;
use crate::text::{inert_line, pad, wrap, wrap_hanging};

/// The session files under `paths`: files as given, folders searched
/// (recursively, through symbolic links) for `.ron` files. Content packs,
/// recovery files and lock files are not sessions and are passed over.
///
/// Each real file is listed once, however it is reached: a folder and a
/// file in it, a relative and an absolute path, a symbolic link to a folder
/// or a file (compared by canonical path). It is named as first reached.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Failure>) {
    let mut found = Found::default();
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => found.walk(p),
            Ok(_) => found.file(p.clone()),
            Err(e) => found.failed.push(Failure {
                file: p.display().to_string(),
                error: crate::store::FileError::new(p, crate::store::read::io_message(&e))
                    .to_string(),
            }),
        }
    }
    let mut files: Vec<PathBuf> = found.files.into_values().collect();
    files.sort();
    (files, found.failed)
}

/// What [`collect`] found so far, keyed by canonical path.
#[derive(Default)]
struct Found {
    files: BTreeMap<PathBuf, PathBuf>,
    folders: BTreeSet<PathBuf>,
    failed: Vec<Failure>,
}

/// The path that names the real file or folder; the path itself when it
/// cannot be resolved (a dangling link: loading it says why).
fn canonical(p: &Path) -> PathBuf {
    fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

impl Found {
    fn file(&mut self, path: PathBuf) {
        self.files.entry(canonical(&path)).or_insert(path);
    }

    fn walk(&mut self, dir: &Path) {
        // A folder reached twice (given twice, or through a link that loops
        // back) is searched once.
        if !self.folders.insert(canonical(dir)) {
            return;
        }
        if dir.join(crate::store::content::FRAMEWORK_FILE).exists() {
            return; // a content pack, not sessions
        }
        let entries = match fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.failed.push(Failure {
                    file: dir.display().to_string(),
                    error: crate::store::FileError::new(dir, crate::store::read::io_message(&e))
                        .to_string(),
                });
                return;
            }
        };
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            // A symbolic link counts as what it points to.
            let is_dir = match entry.file_type() {
                Ok(t) if t.is_symlink() => fs::metadata(&path).is_ok_and(|m| m.is_dir()),
                Ok(t) => t.is_dir(),
                Err(_) => false,
            };
            if is_dir {
                self.walk(&path);
            } else if name.ends_with(".ron")
                && !name.ends_with(".recovery.ron")
                && !name.starts_with('.')
            {
                self.file(path);
            }
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
            Ok(l) => Ok(SessionScores {
                file: f.display().to_string(),
                ..scores_of(pack, &l.session)
            }),
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
    let mut put = |lines: Vec<String>| crate::output::put_lines(&mut out, lines);
    let files = if a.files == 1 {
        "1 session file read".to_string()
    } else {
        format!("{} session files read", a.files)
    };
    let not_counted: usize = a.duplicates.iter().map(|d| d.not_counted.len()).sum();
    let not_counted = if not_counted > 0 {
        format!(", {not_counted} not counted (same school and year)")
    } else {
        String::new()
    };
    put(wrap(
        &format!(
            "{files}, {} used, {} failed{not_counted} · content {}",
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
    if !a.duplicates.is_empty() {
        put(vec![
            String::new(),
            format!(
                "One school's year in more than one file: counted once ({}):",
                a.duplicates.len()
            ),
        ]);
        for d in &a.duplicates {
            for l in duplicate_lines(d) {
                put(wrap_hanging(&l, "  ", "    ", prose));
            }
        }
    }
    put(vec![String::new()]);
    put(wrap(&format!("Method: {}.", a.method), prose));
    out
}

/// What to say of a school's year found in several files, one line each.
pub fn duplicate_lines(d: &Duplicate) -> Vec<String> {
    let mut out = vec![format!(
        "{}, {}: counted from {}",
        inert_line(&d.school),
        inert_line(&d.year),
        inert_line(&d.counted)
    )];
    for f in &d.not_counted {
        out.push(format!("  not counted: {}", inert_line(f)));
    }
    out
}

/// CSV (UTF-8 with BOM, CRLF): one row per year and benchmark, data only.
/// Files that could not be used and duplicates are told on standard error
/// (a row of them would be read as data by a spreadsheet or a script).
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
            ]);
        }
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
