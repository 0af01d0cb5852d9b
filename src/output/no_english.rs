//! With `--lang zh-HK`, the outputs of summary, compare, aggregate and
//! actions are Chinese in every format: no English word is left but what
//! the data brings (the school's names and notes, the pack's own names and
//! abbreviations, ids, file names). The words allowed are taken from that
//! data, never from the output.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::i18n::{Lang, scoped};
use crate::model::ContentPack;
use crate::model::date::{Date, parse_iso};
use crate::model::due::Terms;
use crate::model::tracker::{Filter, Sort, StatusFilter, collect};
use crate::output::golden::{NEW, OLD, comparison, session};
use crate::output::{actions, aggregate, compare, summary::Summary};

/// Runs of ASCII letters of three or more: an English word, a name, an
/// abbreviation.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
}

/// The string values of a JSON value, leaving out those under `skip`
/// (machine keys such as statuses and phases).
fn strings<'a>(v: &'a Value, skip: &[&str], out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, skip, out)),
        Value::Object(o) => {
            for (k, x) in o {
                if !skip.contains(&k.as_str()) {
                    strings(x, skip, out);
                }
            }
        }
        _ => {}
    }
}

/// The example sessions as a Chinese school would have written them: the
/// notes in Chinese (their English would hide English words left in the
/// outputs), the names and dues as they are. Written to `dir`, with their
/// paths.
fn chinese_notes(dir: &Path) -> [PathBuf; 2] {
    [OLD, NEW].map(|name| {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        let text = std::fs::read_to_string(&from).unwrap();
        let (mut s, _) = crate::store::session::parse(&from, &text).unwrap();
        for b in &mut s.benchmarks {
            if !b.notes.is_empty() {
                b.notes = "與社工合作，跟進非華語學生的出路需要。\n第二行。".into();
            }
            for c in b.criteria.iter_mut().filter(|c| !c.note.is_empty()) {
                c.note = "周年計劃已寫明。".into();
            }
            for t in b.tips.iter_mut().filter(|t| !t.note.is_empty()) {
                t.note = "家長信已發出。\n下星期再跟進。".into();
            }
        }
        let to = dir.join(Path::new(name).file_name().unwrap());
        std::fs::write(&to, crate::store::session::to_ron(&s)).unwrap();
        to
    })
}

/// The words the data may bring: every text of the Chinese pack (but where
/// an item is from) and of the sessions (but statuses), and the session
/// files' paths.
fn allowed(pack: &ContentPack, files: &[PathBuf]) -> BTreeSet<String> {
    let mut texts: Vec<String> = Vec::new();
    let mut values = vec![serde_json::to_value(&pack.framework).unwrap()];
    values.extend(
        pack.benchmarks
            .iter()
            .map(|b| serde_json::to_value(b).unwrap()),
    );
    for v in &values {
        let mut out = Vec::new();
        strings(v, &["from"], &mut out);
        texts.extend(out.into_iter().map(String::from));
    }
    for f in files {
        let name = f.to_str().unwrap();
        let s = session(pack, name);
        // The ids of measures a retired record holds values of (map keys,
        // which `strings` does not read): ids, as the pack's are.
        for r in s.benchmarks.iter().flat_map(|b| &b.retired) {
            texts.extend(r.measured.keys().chain(r.targets.keys()).cloned());
        }
        let v = serde_json::to_value(s).unwrap();
        let mut out = Vec::new();
        strings(&v, &["status"], &mut out);
        texts.extend(out.into_iter().map(String::from));
        texts.push(name.to_string());
    }
    // The name of the spreadsheet function the method of the network's
    // quartiles is named by (a name, as an id is).
    texts.push("QUARTILE.INC".into());
    texts
        .iter()
        .flat_map(|t| words(t))
        .map(String::from)
        .collect()
}

/// The words of `text` that are not allowed, each with the line it is on.
fn english<'a>(text: &'a str, allowed: &BTreeSet<String>) -> Vec<(&'a str, &'a str)> {
    text.lines()
        .flat_map(|l| words(l).map(move |w| (w, l)))
        .filter(|(w, _)| !allowed.contains(*w))
        .collect()
}

/// The rows of a CSV written by [`crate::output::csv::Csv`]: fields quoted
/// with `"` (doubled inside) may hold commas and line breaks.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The cells of a CSV's rows (not its head), but those of the `skip`
/// columns (machine keys), one a line.
fn csv_cells(text: &str, skip: &[&str]) -> String {
    let rows = csv_rows(text);
    let (head, rows) = rows.split_first().expect("a head");
    let mut out = String::new();
    for row in rows {
        assert_eq!(row.len(), head.len(), "{row:?}");
        for (h, cell) in head.iter().zip(row) {
            if !skip.contains(&h.as_str()) {
                out.push_str(cell);
                out.push('\n');
            }
        }
    }
    out
}

/// The text values of a JSON output, but those under `skip`.
fn json_text(text: &str, skip: &[&str]) -> String {
    let v: Value = serde_json::from_str(text).unwrap();
    let mut out = Vec::new();
    strings(&v, skip, &mut out);
    out.join("\n")
}

/// What an iCalendar file says to people: its name, and each event's
/// summary and description (lines unfolded first).
fn ics_text(text: &str) -> String {
    text.replace("\r\n ", "")
        .lines()
        .filter(|l| {
            ["X-WR-CALNAME", "SUMMARY", "DESCRIPTION"]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .map(|l| {
            l.split_once(':')
                .map_or("", |(_, v)| v)
                .replace("\\n", "\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn today() -> Date {
    parse_iso("2026-03-10").unwrap()
}

#[test]
fn the_zh_hk_outputs_leave_no_english_word() {
    let _zh = scoped(Lang::ZhHk);
    let pack = crate::store::content::built_in_in(Lang::ZhHk).unwrap().pack;
    let dir = tempfile::tempdir().unwrap();
    let files = chinese_notes(dir.path());
    let [old, new] = files.clone().map(|f| f.to_str().unwrap().to_string());
    let allowed = allowed(&pack, &files);
    let mut outputs: Vec<(&str, String)> = Vec::new();

    let s = session(&pack, &new);
    let sum = Summary::build(&pack, &s).with_actions(&pack, &s, &Terms::hong_kong(), today());
    outputs.push(("summary text", sum.to_text(80)));
    outputs.push(("summary json", json_text(&sum.to_json(), &[])));

    let c = comparison(&pack, &[&old, &new]);
    outputs.push(("compare text", compare::text(&c, &pack, 80)));
    outputs.push(("compare md", compare::markdown(&c, &pack)));
    let csv = compare::csv(&c, &pack);
    let csv = csv_cells(&csv, &["section", "phase"]);
    // `source` is a key (official, ours) but on a benchmark's row, where it
    // says where the text comes from, and on a retired record's.
    let csv: String = csv
        .lines()
        .filter(|l| !["official", "ours"].contains(l))
        .map(|l| format!("{l}\n"))
        .collect();
    outputs.push(("compare csv", csv));
    outputs.push((
        "compare json",
        json_text(&compare::json(&c), &["statuses", "kind", "phase"]),
    ));

    let a = aggregate::run(&pack, &files);
    outputs.push(("aggregate text", aggregate::text(&a, 80)));
    outputs.push(("aggregate csv", csv_cells(&aggregate::csv(&a), &[])));
    outputs.push(("aggregate json", json_text(&aggregate::json(&a), &[])));

    let items = collect(&pack, &s, &Terms::hong_kong());
    for f in [
        Filter {
            status: StatusFilter::All,
            ..Filter::default()
        },
        Filter {
            owner: Some(String::new()),
            late: true,
            within_weeks: Some(4),
            not_for_us: true,
            ..Filter::default()
        },
    ] {
        let l = actions::Listing::select(&pack, &s, &items, &f, Sort::Due, today());
        outputs.push(("actions text", actions::text(&l, 80)));
        outputs.push(("actions md", actions::markdown(&l)));
        // `phase` is the phase's key.
        if !l.items.is_empty() {
            outputs.push(("actions csv", csv_cells(&actions::csv(&l), &["phase"])));
        }
        outputs.push((
            "actions json",
            json_text(&actions::json(&l), &["phase", "status"]),
        ));
        outputs.push((
            "actions ics",
            ics_text(&actions::ics(&l, chrono::Utc::now()).0),
        ));
    }

    let mut left = Vec::new();
    for (what, text) in &outputs {
        assert!(!text.trim().is_empty(), "{what} is empty");
        for (word, line) in english(text, &allowed) {
            left.push(format!("{what}: {word:?} in {line:?}"));
        }
    }
    assert!(left.is_empty(), "English left:\n{}", left.join("\n"));
}

#[test]
fn the_check_finds_english_that_is_left() {
    let pack = crate::store::content::built_in_in(Lang::ZhHk).unwrap().pack;
    let files = [OLD, NEW].map(|f| Path::new(env!("CARGO_MANIFEST_DIR")).join(f));
    let allowed = allowed(&pack, &files);
    // The school's and the pack's words pass; the English of an output not
    // translated does not.
    assert!(english("Lantau Bay College · 大學聯合招生辦法（JUPAS）", &allowed).is_empty());
    let left: Vec<&str> = english("Score  Rated  Target", &allowed)
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    assert_eq!(left, ["Score", "Rated", "Target"]);
}
