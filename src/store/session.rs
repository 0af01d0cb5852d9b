//! Session files: reading (with the version check and validation against
//! the content pack) and writing in a stable, diff-friendly RON layout.
//!
//! The layout is written by hand rather than by a generic serializer so that
//! it never drifts: fields in a fixed order, one per line, LF endings,
//! multi-line notes as plain text, and a record for every criterion and tip
//! so that changing one rating changes one line.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use super::atomic::write_atomic;
use super::content::{locate, parse_ron};
use super::error::{FileError, Location, ron_message};
use super::read::{io_message, read_text};
use crate::i18n::tr;
use crate::model::migrate::Migration;
use crate::model::validate::{Kind, Severity, check_and_bring_up};
use crate::model::{ContentPack, SESSION_VERSION, Session};

/// A session read from disk.
#[derive(Debug, Clone)]
pub struct LoadedSession {
    pub session: Session,
    /// The file's text as read (kept to notice a change made by another
    /// program before saving over it, without reading the file again).
    pub text: String,
    /// Set when the file was written by a newer hkbm: never save over it.
    pub newer_version: bool,
    pub warnings: Vec<FileError>,
    /// Ids the content pack does not know (only from [`load_for_compare`]).
    pub content_changes: Vec<FileError>,
    /// The content version the file was made with, when it was another than
    /// the pack's (the session in memory is brought up to the pack).
    pub migrated_from: Option<String>,
    /// What moved to the retired history on the way, one line each.
    pub moved: Vec<String>,
    /// After a migration: ids of the pack's criteria and tips the file had
    /// no record of (new in the pack).
    pub unrecorded: Vec<String>,
}

/// Only the version, read before the rest so that a newer file gets a
/// message about versions rather than about a field we do not know.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    version: u32,
}

/// Parse session text without checking it against a content pack.
/// Returns the session and whether it comes from a newer hkbm (then fields
/// this build does not know are ignored and the file must be read-only).
pub fn parse(path: &Path, text: &str) -> Result<(Session, bool), FileError> {
    if text.trim().is_empty() {
        return Err(FileError::new(path, tr("file-empty")));
    }
    let spanned = |e: ron::error::SpannedError| {
        FileError::at(
            path,
            Some(Location {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            }),
            ron_message(&e.code),
        )
    };
    let mut de = ron::Deserializer::from_str(text).map_err(spanned)?;
    let mut unknown: Vec<String> = Vec::new();
    let parsed: Result<Session, _> =
        serde_ignored::deserialize(&mut de, |p| unknown.push(p.to_string()));
    let result = parsed
        .map_err(|e| de.span_error(e))
        .and_then(|s| de.end().map(|()| s).map_err(|e| de.span_error(e)));
    let mut session = match result {
        Ok(s) => s,
        Err(e) => {
            // A file from a newer hkbm may not fit these types at all: say
            // that rather than what does not fit.
            if let Ok(p) = parse_ron::<VersionProbe>(path, text)
                && p.version > SESSION_VERSION
            {
                return Err(FileError::at(
                    path,
                    Location::of_first(text, "version:"),
                    crate::tr!(
                        "file-session-newer",
                        version = p.version.to_string(),
                        known = SESSION_VERSION.to_string()
                    ),
                ));
            }
            return Err(spanned(e));
        }
    };
    if session.version == 0 {
        return Err(FileError::at(
            path,
            Location::of_first(text, "version:"),
            tr("file-session-version-zero"),
        ));
    }
    let newer = session.version > SESSION_VERSION;
    if !newer && let Some(first) = unknown.first() {
        let name = first.rsplit('.').next().unwrap_or(first);
        return Err(FileError::at(
            path,
            locate_unknown(text, &session, first),
            crate::tr!(
                "file-session-unknown-field",
                name = name,
                at = first.as_str()
            ),
        ));
    }
    session.normalise_line_breaks();
    Ok((session, newer))
}

/// Byte offset of the first field named `name` at or after `start`
/// (`name:` at the start of a line or after `(` or `,`).
fn field_offset(text: &str, start: usize, name: &str) -> Option<usize> {
    let needle = format!("{name}:");
    text[start..]
        .match_indices(&needle)
        .map(|(i, _)| start + i)
        .find(|&i| {
            let before = text[..i].chars().rev().find(|c| !c.is_whitespace());
            matches!(before, None | Some('(' | ',' | '\n'))
                || text[..i].ends_with(char::is_whitespace)
        })
}

/// Byte offset of the `nth` occurrence of `needle` at or after `start`.
fn nth_after(text: &str, start: usize, needle: &str, nth: usize) -> Option<usize> {
    text[start..]
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| start + i)
}

/// Where the record holding the field at `at` begins: the last `open`
/// (`CriterionRecord(`) before it, so fields written before the id are
/// inside the search too.
fn record_start(text: &str, at: usize, open: &str) -> usize {
    text[..at].rfind(open).unwrap_or(at)
}

/// Where the field at `path` (as serde_ignored names it, e.g.
/// `benchmarks.9.criteria.5.owner`) is written: the search for the field
/// starts at its own record, found by the record's id in the parsed
/// session, so an error in the last record is not reported at the first.
fn locate_unknown(text: &str, s: &Session, path: &str) -> Option<Location> {
    let parts: Vec<&str> = path.split('.').collect();
    let (name, outer) = parts.split_last()?;
    let index = |i: usize| outer.get(i + 1).and_then(|x| x.parse::<usize>().ok());
    let id_line = |id: &str| format!("id: {}", string(id));
    let mut start = 0;
    let mut bm = None;
    let mut i = 0;
    while i < outer.len() {
        let found = match (outer[i], index(i)) {
            ("benchmarks", Some(n)) => {
                let rec = s.benchmarks.get(n)?;
                let nth = s.benchmarks[..n].iter().filter(|r| r.id == rec.id).count();
                bm = Some(rec);
                i += 1;
                nth_after(text, 0, &id_line(&rec.id), nth)
                    .map(|at| record_start(text, at, "BenchmarkRecord("))
            }
            ("criteria", Some(n)) => {
                let list = &bm?.criteria;
                let nth = list[..n].iter().filter(|c| c.id == list[n].id).count();
                i += 1;
                nth_after(text, start, &id_line(&list.get(n)?.id), nth)
                    .map(|at| record_start(text, at, "CriterionRecord("))
            }
            ("tips", Some(n)) => {
                let list = &bm?.tips;
                let nth = list[..n].iter().filter(|t| t.id == list[n].id).count();
                i += 1;
                nth_after(text, start, &id_line(&list.get(n)?.id), nth)
                    .map(|at| record_start(text, at, "TipRecord("))
            }
            ("scores", Some(n)) => {
                let list = &s.baseline.as_ref()?.scores;
                let needle = format!("benchmark: {}", string(&list.get(n)?.benchmark));
                let nth = list[..n]
                    .iter()
                    .filter(|b| b.benchmark == list[n].benchmark)
                    .count();
                i += 1;
                nth_after(text, start, &needle, nth)
                    .map(|at| record_start(text, at, "BaselineScore("))
            }
            (field @ ("baseline" | "content"), _) => field_offset(text, start, field),
            _ => Some(start),
        };
        // A record written in a way we do not find (by hand, oddly): fall
        // back to searching from where we are.
        if let Some(at) = found {
            start = at;
        }
        i += 1;
    }
    field_offset(text, start, name)
        .or_else(|| field_offset(text, 0, name))
        .map(|at| Location::of_offset(text, at))
}

impl LoadedSession {
    /// This session as one of those compared, named `file` in the outputs.
    pub fn into_compare_input(self, file: String) -> crate::model::compare::Input {
        crate::model::compare::Input {
            file,
            session: self.session,
            unknown_ids: self
                .content_changes
                .iter()
                .map(|e| crate::model::compare::UnknownId {
                    line: e.at.map(|at| at.line),
                    column: e.at.map(|at| at.col),
                    message: e.message.clone(),
                })
                .collect(),
            migrated_from: self.migrated_from,
            unrecorded: self.unrecorded,
        }
    }
}

/// Read and check a session file against `pack`.
pub fn load(path: &Path, pack: &ContentPack) -> Result<LoadedSession, Vec<FileError>> {
    load_with(path, pack, false)
}

/// Read a session to compare with others: ids the pack does not know (the
/// content changed between the years) are reported, not fatal.
pub fn load_for_compare(path: &Path, pack: &ContentPack) -> Result<LoadedSession, Vec<FileError>> {
    load_with(path, pack, true)
}

/// A session file read and parsed, not yet checked against a content pack
/// (parsing needs no pack, so it can run while the pack is being loaded).
pub struct Parsed {
    /// The text as read: what the file held when it was opened.
    pub text: String,
    pub session: Session,
    /// Written by a newer hkbm (see [`parse`]).
    pub newer_version: bool,
}

/// Read and parse a session file.
pub fn read_and_parse(path: &Path) -> Result<Parsed, Vec<FileError>> {
    let text = read_text(path).map_err(|e| vec![e])?;
    let (session, newer_version) = parse(path, &text).map_err(|e| vec![e])?;
    Ok(Parsed {
        text,
        session,
        newer_version,
    })
}

fn load_with(
    path: &Path,
    pack: &ContentPack,
    lenient: bool,
) -> Result<LoadedSession, Vec<FileError>> {
    check_parsed(path, read_and_parse(path)?, pack, lenient)
}

/// Check a parsed session against `pack` (see [`load`]; `lenient` as
/// [`load_for_compare`]).
pub fn check_parsed(
    path: &Path,
    parsed: Parsed,
    pack: &ContentPack,
    lenient: bool,
) -> Result<LoadedSession, Vec<FileError>> {
    let Parsed {
        text,
        session,
        newer_version,
    } = parsed;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut content_changes = Vec::new();
    let (problems, brought) = check_and_bring_up(&session, pack);
    for p in problems {
        let e = locate(path, &text, &p);
        match p.severity {
            Severity::Error if lenient && p.kind == Kind::UnknownId => content_changes.push(e),
            Severity::Error => errors.push(e),
            // Said once, in the comparison itself.
            Severity::Warning if lenient && p.kind == Kind::Retired => {}
            Severity::Warning => warnings.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Checked as it will be used: brought up to the pack when made with
    // another content version. (A file from a newer hkbm keeps its newer
    // version number, so it stays read-only and is never saved over.)
    let (session, migration) = brought.unwrap_or((session, Migration::default()));
    let migrated_from = migration.from;
    let unrecorded = migration.unrecorded;
    let moved = migration
        .moved
        .into_iter()
        .map(|m| format!("{}{}{}", m.benchmark, tr("file-separator"), m.message))
        .collect();
    Ok(LoadedSession {
        session,
        text,
        newer_version,
        warnings,
        content_changes,
        migrated_from,
        moved,
        unrecorded,
    })
}

/// Save `session` to `path` atomically. New files are private (0600): notes
/// can name students.
pub fn save(path: &Path, session: &Session) -> Result<(), FileError> {
    if session.version > SESSION_VERSION {
        return Err(FileError::new(path, tr("file-save-refused-newer")));
    }
    write_atomic(path, to_ron(session).as_bytes(), 0o600).map_err(|e| {
        FileError::new(
            path,
            crate::tr!("file-could-not-save", error = io_message(&e)),
        )
    })
}

/// Create `path` holding `session`, only if nothing is there yet: of two
/// hkbm creating the same file at once, one succeeds and the other is told
/// the file already exists; nothing is overwritten.
pub fn create(path: &Path, session: &Session) -> Result<(), FileError> {
    match super::atomic::write_new(path, to_ron(session).as_bytes(), 0o600) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(FileError::new(path, tr("file-already-exists")))
        }
        Err(e) => Err(FileError::new(
            path,
            crate::tr!("file-could-not-create", error = io_message(&e)),
        )),
    }
}

/// The usual file name of a session: `Sunrise College` + `2025/26` →
/// `sunrise-college-2025-26.ron`.
pub fn default_file_name(school: &str, year: &str) -> String {
    let mut slug = String::new();
    for c in school.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    // A school's name is short; a very long one is cut so the file name
    // stays far below the 255-byte limit of file names.
    let mut cut = 0;
    for (i, c) in slug.char_indices() {
        if i + c.len_utf8() > 120 {
            break;
        }
        cut = i + c.len_utf8();
    }
    let slug = slug[..cut].trim_end_matches('-');
    let slug = if slug.is_empty() { "session" } else { slug };
    format!("{slug}-{}.ron", year.replace('/', "-"))
}

/// The session as RON text, in the stable layout.
pub fn to_ron(s: &Session) -> String {
    let mut w = Writer::default();
    w.line(
        "// hkbm session file. Plain text, safe to keep in git; see the README, \"Session file\".",
    );
    w.open("Session(");
    // An older file is written in this build's format (it is one now: it may
    // hold targets and retired history); a newer one is never saved over.
    w.field("version", &s.version.max(SESSION_VERSION).to_string());
    w.field(
        "content",
        &format!(
            "ContentRef(id: {}, version: {})",
            string(&s.content.id),
            string(&s.content.version)
        ),
    );
    w.field("school", &string(&s.school));
    w.field("year", &string(&s.year));
    w.field("dates", &string_list(&s.dates));
    w.field("facilitator", &string(&s.facilitator));
    w.field("participants", &string_list(&s.participants));
    match &s.baseline {
        None => w.field("baseline", "None"),
        Some(b) => {
            w.open("baseline: Some(Baseline(");
            w.field("year", &string(&b.year));
            w.open("scores: [");
            for sc in &b.scores {
                w.line(&format!(
                    "BaselineScore(benchmark: {}, score: {}),",
                    string(&sc.benchmark),
                    option_f64(sc.score)
                ));
            }
            w.close("],");
            w.close(")),");
        }
    }
    w.open("benchmarks: [");
    for b in &s.benchmarks {
        w.open("BenchmarkRecord(");
        w.field("id", &string(&b.id));
        w.field(
            "target_percent",
            &b.target_percent
                .map_or("None".into(), |t| format!("Some({t})")),
        );
        w.field(
            "target_year",
            &b.target_year
                .as_ref()
                .map_or("None".into(), |y| format!("Some({})", string(y))),
        );
        w.field("notes", &string(&b.notes));
        w.open("criteria: [");
        for c in &b.criteria {
            w.open("CriterionRecord(");
            w.field("id", &string(&c.id));
            w.field(
                "rating",
                &c.rating.map_or("None".into(), |r| format!("Some({r})")),
            );
            if !c.measured.is_empty() {
                w.field("measured", &number_map(&c.measured));
            }
            if !c.targets.is_empty() {
                w.field("targets", &number_map(&c.targets));
            }
            if !c.note.is_empty() {
                w.field("note", &string(&c.note));
            }
            w.close("),");
        }
        w.close("],");
        w.open("tips: [");
        for t in &b.tips {
            w.open("TipRecord(");
            w.field("id", &string(&t.id));
            w.field("status", t.status.file_name());
            if !t.owner.is_empty() {
                w.field("owner", &string(&t.owner));
            }
            if !t.due.is_empty() {
                w.field("due", &string(&t.due));
            }
            if !t.note.is_empty() {
                w.field("note", &string(&t.note));
            }
            w.close("),");
        }
        w.close("],");
        if !b.retired.is_empty() {
            w.open("retired: [");
            for r in &b.retired {
                w.open("RetiredRecord(");
                w.field("id", &string(&r.id));
                w.field("recorded_with", &string(&r.recorded_with));
                w.field("text", &string(&r.text));
                w.field("reason", &string(&r.reason));
                if let Some(v) = r.rating {
                    w.field("rating", &format!("Some({v})"));
                }
                if !r.measured.is_empty() {
                    w.field("measured", &number_map(&r.measured));
                }
                if !r.targets.is_empty() {
                    w.field("targets", &number_map(&r.targets));
                }
                if let Some(st) = r.status {
                    w.field("status", &format!("Some({})", st.file_name()));
                }
                if !r.owner.is_empty() {
                    w.field("owner", &string(&r.owner));
                }
                if !r.due.is_empty() {
                    w.field("due", &string(&r.due));
                }
                if !r.note.is_empty() {
                    w.field("note", &string(&r.note));
                }
                w.close("),");
            }
            w.close("],");
        }
        w.close("),");
    }
    w.close("],");
    w.close(")");
    w.out
}

/// `{"cpd": 1.0, "trained": 40.0}`.
fn number_map(map: &std::collections::BTreeMap<String, f64>) -> String {
    let items: Vec<String> = map
        .iter()
        .map(|(k, v)| format!("{}: {}", string(k), f64_text(*v)))
        .collect();
    format!("{{{}}}", items.join(", "))
}

#[derive(Default)]
struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn open(&mut self, text: &str) {
        self.line(text);
        self.depth += 1;
    }

    fn close(&mut self, text: &str) {
        self.depth -= 1;
        self.line(text);
    }

    fn field(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}: {value},"));
    }
}

/// A RON string literal that a person can read: plain `"…"` with real line
/// breaks, a raw string when it holds quotes or backslashes, and escapes only
/// for control and bidi-override characters (which must never reach a
/// terminal or hide text in a diff).
pub fn string(s: &str) -> String {
    let needs_escape = s.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    });
    if needs_escape {
        return ron::to_string(s).unwrap_or_else(|_| "\"\"".into());
    }
    if s.contains('"') || s.contains('\\') {
        let mut longest = 0;
        let mut run = 0;
        for c in s.chars() {
            run = if c == '#' { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        let hashes = "#".repeat(longest + 1);
        return format!("r{hashes}\"{s}\"{hashes}");
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    out.push_str(s);
    out.push('"');
    out
}

fn string_list(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| string(s)).collect();
    format!("[{}]", parts.join(", "))
}

fn f64_text(v: f64) -> String {
    let mut s = String::new();
    let _ = write!(s, "{v:?}");
    s
}

fn option_f64(v: Option<f64>) -> String {
    v.map_or("None".into(), |x| format!("Some({})", f64_text(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(s: &str) -> String {
        ron::from_str::<String>(&string(s)).unwrap()
    }

    #[test]
    fn strings_round_trip_whatever_they_hold() {
        for s in [
            "",
            "plain",
            "two\nlines",
            "say \"hi\"",
            "back\\slash",
            "r#\"tricky\"#",
            "中文筆記 😀",
            "esc \u{1b}[31m red",
            "bell \u{7}",
            "crlf\r\n",
            "bidi \u{202E}evil",
            "tab\there",
        ] {
            assert_eq!(round_trip(s), s, "{s:?}");
        }
    }

    #[test]
    fn multi_line_notes_stay_readable_and_control_characters_do_not_reach_the_file() {
        assert_eq!(string("a\nb"), "\"a\nb\"");
        assert!(!string("x\u{1b}y").contains('\u{1b}'));
        assert!(!string("x\u{202E}y").contains('\u{202E}'));
    }

    #[test]
    fn a_very_long_school_name_gives_a_file_name_that_fits() {
        assert_eq!(
            default_file_name("Sunrise College", "2025/26"),
            "sunrise-college-2025-26.ron"
        );
        let name = default_file_name(&"學校".repeat(200), "2025/26");
        assert!(name.len() <= 132, "{}", name.len());
        assert!(name.ends_with("-2025-26.ron"));
    }

    #[test]
    fn an_unknown_field_in_the_last_record_is_located_there() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sessions/lantau-bay-college-2025-26.ron"
        ))
        .unwrap();
        // An `owner:` (a tip's field) in the last criterion of the file;
        // tips earlier in the file have `owner:` fields of their own.
        let i = text.rfind("CriterionRecord(").unwrap() + "CriterionRecord(".len();
        let text = format!("{}\n owner: \"x\",{}", &text[..i], &text[i..]);
        let line = text[..i].matches('\n').count() + 2;
        assert!(text[..i].contains("owner:"));
        let e = parse(Path::new("s.ron"), &text).unwrap_err();
        assert_eq!(e.at.map(|a| a.line), Some(line), "{e}");
        assert!(e.message.contains("owner"));
    }

    #[test]
    fn an_unknown_field_in_a_later_baseline_score_is_located_there() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sessions/lantau-bay-college-2025-26.ron"
        ))
        .unwrap();
        let i = text.rfind("BaselineScore(").unwrap() + "BaselineScore(".len();
        let text = format!("{}qq: 1, {}", &text[..i], &text[i..]);
        let line = text[..i].matches('\n').count() + 1;
        let e = parse(Path::new("s.ron"), &text).unwrap_err();
        assert_eq!(e.at.map(|a| a.line), Some(line), "{e}");
    }

    #[test]
    fn a_measure_given_twice_is_refused_where_it_is() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sessions/lantau-bay-college-2025-26.ron"
        ))
        .unwrap();
        let i = text
            .find("measured: {")
            .expect("the example has a measured value");
        let line = text[..i].matches('\n').count() + 1;
        let text = format!(
            "{}measured: {{\"a\": 1.0, \"a\": 2.0}}, //{}",
            &text[..i],
            &text[i..]
        );
        let e = parse(Path::new("s.ron"), &text).unwrap_err();
        assert_eq!(e.at.map(|a| a.line), Some(line), "{e}");
        assert!(e.message.contains("twice"), "{e}");
    }
}
