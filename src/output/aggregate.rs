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

use crate::i18n::tr;
use crate::model::ContentPack;
use crate::model::aggregate::{Aggregate, Duplicate, Failure, SessionScores, aggregate, scores_of};
use crate::model::score::format_score;
use crate::output::{layout_width, prose_width, title_column};
use crate::store::session::load_for_compare;
use crate::text::{inert_line, pad, pad_left, width as text_width, wrap, wrap_hanging};
use crate::tr;

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
                    .unwrap_or_else(|| tr("out-aggregate-unreadable")),
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
    let not_counted: usize = a.duplicates.iter().map(|d| d.not_counted.len()).sum();
    put(wrap(
        &tr!(
            "out-aggregate-totals",
            files = a.files,
            used = a.sessions,
            failed = a.failed.len(),
            not_counted = not_counted,
            content = inert_line(&a.content.to_string()).into_owned()
        ),
        prose,
    ));
    // Each column as wide as its head, and at least as wide as its numbers
    // need: schools, five scores and the share at target.
    let heads = [
        "out-aggregate-head-schools",
        "out-aggregate-head-min",
        "out-aggregate-head-q1",
        "out-aggregate-head-median",
        "out-aggregate-head-q3",
        "out-aggregate-head-max",
        "out-aggregate-head-at-target",
    ]
    .map(tr);
    let widths: Vec<usize> = heads
        .iter()
        .zip([7, 6, 6, 6, 6, 6, 9])
        .map(|(h, least)| text_width(h).max(least))
        .collect();
    // "#", then each column after a space.
    let fixed = 2 + 2 + widths.iter().map(|w| 1 + w).sum::<usize>();
    let columns = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!(" {}", pad_left(c, *w)))
            .collect()
    };
    for y in &a.years {
        put(vec![String::new()]);
        put(wrap(
            &tr!(
                "out-aggregate-year",
                year = inert_line(&y.year).into_owned(),
                sessions = y.sessions
            ),
            width,
        ));
        let titles: Vec<String> = y.benchmarks.iter().map(|b| b.title.clone()).collect();
        let title_w = title_column(width, fixed, 10, &titles);
        put(vec![format!(
            "{:>2}  {}{}",
            "#",
            pad(&tr("out-heading-benchmark"), title_w),
            columns(&heads)
        )]);
        for b in &y.benchmarks {
            let share = match b.share_at_target {
                Some(s) => format!("{s:.0} %"),
                None => "—".into(),
            };
            put(vec![format!(
                "{:>2}  {}{}",
                b.number,
                pad(&inert_line(&b.title), title_w),
                columns(&[
                    b.schools.to_string(),
                    format_score(b.min),
                    format_score(b.q1),
                    format_score(b.median),
                    format_score(b.q3),
                    format_score(b.max),
                    share,
                ])
            )]);
        }
    }
    if !a.failed.is_empty() {
        put(vec![
            String::new(),
            tr!("out-aggregate-failed", n = a.failed.len()),
        ]);
        for f in &a.failed {
            put(wrap_hanging(&inert_line(&f.error), "  ", "    ", prose));
        }
    }
    if !a.duplicates.is_empty() {
        put(vec![
            String::new(),
            tr!("out-aggregate-duplicates", n = a.duplicates.len()),
        ]);
        for d in &a.duplicates {
            // The files not counted stay nested under the one counted.
            for l in duplicate_lines(d) {
                let text = l.trim_start();
                let lead = " ".repeat(2 + l.len() - text.len());
                put(wrap_hanging(text, &lead, &format!("{lead}  "), prose));
            }
        }
    }
    put(vec![String::new()]);
    put(wrap(
        &tr!("out-aggregate-method-line", method = a.method.as_str()),
        prose,
    ));
    out
}

/// What to say of a school's year found in several files, one line each.
pub fn duplicate_lines(d: &Duplicate) -> Vec<String> {
    let mut out = vec![tr!(
        "out-aggregate-counted-from",
        school = inert_line(&d.school).into_owned(),
        year = inert_line(&d.year).into_owned(),
        file = inert_line(&d.counted).into_owned()
    )];
    for f in &d.not_counted {
        out.push(format!(
            "  {}",
            tr!(
                "out-aggregate-not-counted",
                file = inert_line(f).into_owned()
            )
        ));
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

    #[test]
    fn golden_zh() {
        let (_zh, pack) = crate::output::golden::in_chinese();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let a = run(&pack, &[root.join(OLD), root.join(NEW)]);
        insta::assert_snapshot!("aggregate_text_zh", text(&a, 80));
        insta::assert_snapshot!("aggregate_csv_zh", csv(&a));
        insta::assert_snapshot!("aggregate_json_zh", json(&a));
    }

    #[test]
    fn a_file_not_counted_stays_nested_under_the_one_counted() {
        let pack = pack();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        fs::copy(root.join(NEW), dir.path().join("copy.ron")).unwrap();
        let a = run(&pack, &[root.join(NEW), dir.path().to_path_buf()]);
        let t = text(&a, 80);
        // Which copy counts depends on where the files sit (the first path
        // on a tie), and a long path wraps to the next line: only the words
        // and their indents are fixed.
        assert!(
            t.contains("\n  Lantau Bay College, 2025/26: counted from"),
            "{t}"
        );
        // Two columns further in, as on standard error.
        assert!(t.contains("\n    not counted:"), "{t}");
    }

    #[test]
    fn duplicates_and_failures_are_told_in_chinese() {
        let (_zh, pack) = crate::output::golden::in_chinese();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("copy.ron");
        fs::copy(root.join(NEW), &copy).unwrap();
        fs::write(dir.path().join("broken.ron"), "Session(").unwrap();
        let a = run(&pack, &[root.join(NEW), dir.path().to_path_buf()]);
        let t = text(&a, 80);
        assert!(
            t.starts_with("已讀取3個紀錄檔，採用1個，失敗1個，另有1個不計算（同一學校同一學年）"),
            "{t}"
        );
        assert!(t.contains("\n無法使用的檔案（1個）：\n"), "{t}");
        assert!(
            t.contains("\n同一學校同一學年見於多於一個檔案，只計算一次（1宗）：\n"),
            "{t}"
        );
        assert!(t.contains("Lantau Bay College，2025/26學年：以"), "{t}");
        assert!(t.contains("\n    不計算："), "{t}");
        assert!(t.contains("\n方法：Q1、Q3為下、上四分位數"), "{t}");
    }
}
