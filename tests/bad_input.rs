//! Bad files: every loader answers with exit code 1 and one line naming the
//! file (and line:col where there is one), never panics, and leaves the file
//! byte-for-byte as it was.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use hkbm::model::TipStatus;

/// Write `bytes` to a fresh file, run `hkbm args… FILE`, and check the
/// contract; returns stderr.
fn rejected(name: &str, bytes: &[u8], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    let err = rejected_path(&path, args);
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "the file must be left as it was"
    );
    err
}

fn rejected_path(path: &Path, args: &[&str]) -> String {
    let mut all: Vec<&str> = args.to_vec();
    all.push(path.to_str().unwrap());
    let o = hkbm(&all);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "args {all:?}\nstderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.starts_with("hkbm: "), "{err}");
    assert!(
        err.contains(path.to_str().unwrap()),
        "names the file: {err}"
    );
    assert!(o.stdout.is_empty() || args[0] == "check");
    err
}

fn example_text() -> String {
    fs::read_to_string(example(NEW)).unwrap()
}

/// `path:LINE:COL: ` appears in `err`.
fn has_line_col(err: &str, line: usize) -> bool {
    err.contains(&format!(".ron:{line}:"))
}

#[test]
fn an_empty_file() {
    for cmd in ["check", "summary"] {
        let err = rejected("empty.ron", b"", &[cmd]);
        assert!(err.contains("file is empty"), "{err}");
    }
}

#[test]
fn truncated_ron_points_at_the_end() {
    let text = example_text();
    let cut = &text[..text.len() / 2];
    let lines = cut.lines().count();
    let err = rejected("cut.ron", cut.as_bytes(), &["check"]);
    assert_eq!(err.lines().count(), 1, "{err}");
    // The parser stops at the last token it could read, at or just before the cut.
    assert!(
        (lines.saturating_sub(2)..=lines + 1).any(|l| has_line_col(&err, l)),
        "{err} (file has {lines} lines)"
    );
}

#[test]
fn a_wrong_type_names_line_and_column() {
    let text = example_text().replacen("    version: 2,", "    version: \"one\",", 1);
    let err = rejected("type.ron", text.as_bytes(), &["summary"]);
    assert!(err.contains("type.ron:3:"), "{err}");
}

#[test]
fn an_unknown_field_is_named() {
    let text = example_text().replacen("    school:", "    colour: \"red\",\n    school:", 1);
    let err = rejected("field.ron", text.as_bytes(), &["check"]);
    assert!(err.contains("field.ron:5:"), "{err}");
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn an_unknown_criterion_id_points_at_it() {
    let text = example_text().replacen("id: \"bm4.c5\"", "id: \"bm4.c9\"", 1);
    let line = text.lines().position(|l| l.contains("\"bm4.c9\"")).unwrap() + 1;
    let err = rejected("crit.ron", text.as_bytes(), &["check"]);
    assert!(err.contains(&format!("crit.ron:{line}:")), "{err}");
    assert!(err.contains("unknown criterion \"bm4.c9\""), "{err}");
}

#[test]
fn an_unknown_tip_id_points_at_it() {
    let text = example_text().replacen("id: \"bm9.review.4\"", "id: \"bm9.review.9\"", 1);
    let line = text
        .lines()
        .position(|l| l.contains("\"bm9.review.9\""))
        .unwrap()
        + 1;
    let err = rejected("tip.ron", text.as_bytes(), &["summary"]);
    assert!(err.contains(&format!("tip.ron:{line}:")), "{err}");
    assert!(err.contains("unknown tip"), "{err}");
}

#[test]
fn a_rating_off_the_scale_is_refused() {
    let text = example_text().replacen("rating: Some(3)", "rating: Some(7)", 1);
    let err = rejected("scale.ron", text.as_bytes(), &["check"]);
    assert!(err.contains("rating 7 is not on the scale"), "{err}");
}

#[test]
fn invalid_utf8_points_at_the_bad_byte() {
    let mut bytes = example_text().into_bytes();
    // Line 5 is `    school: "Lantau Bay College",`; break the 'L'.
    let at = bytes.windows(6).position(|w| w == b"Lantau").unwrap();
    bytes[at] = 0xFF;
    let err = rejected("utf8.ron", &bytes, &["check"]);
    assert!(err.contains("utf8.ron:5:14:"), "{err}");
    assert!(err.contains("UTF-8"), "{err}");
}

#[test]
fn a_fifty_megabyte_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let f = fs::File::create(&path).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    drop(f);
    let err = rejected_path(&path, &["check"]);
    assert!(err.contains("too large"), "{err}");
    assert_eq!(fs::metadata(&path).unwrap().len(), 50 * 1024 * 1024);
}

#[test]
fn a_directory_instead_of_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = rejected_path(dir.path(), &["check"]);
    assert!(err.contains("is a directory"), "{err}");
    let err = rejected_path(dir.path(), &["summary"]);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn a_missing_file() {
    let err = rejected_path(&PathBuf::from("no/such/file.ron"), &["summary"]);
    assert!(err.contains("no such file"), "{err}");
}

#[test]
fn a_newer_file_version_is_read_only_not_an_error() {
    let text = example_text().replacen("    version: 2,", "    version: 3,", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.ron");
    fs::write(&path, &text).unwrap();
    let o = hkbm(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("read-only"));
    assert!(stderr(&o).contains("newer hkbm"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_newer_file_with_fields_we_do_not_know_is_still_read_only_not_refused() {
    let text = example_text()
        .replacen("    version: 2,", "    version: 3,", 1)
        .replacen("    school:", "    region: \"NT\",\n    school:", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer3.ron");
    fs::write(&path, &text).unwrap();
    let o = hkbm(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("read-only"));
    assert!(
        stderr(&o).contains("newer3.ron:3:5: written by a newer hkbm"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_newer_file_we_cannot_read_at_all_says_to_update() {
    let text = example_text()
        .replacen("    version: 2,", "    version: 3,", 1)
        .replacen("    year: \"2025/26\",", "    year: (2025, 26),", 1);
    let err = rejected("newer.ron", text.as_bytes(), &["check"]);
    assert!(err.contains("newer.ron:3:5:"), "{err}");
    assert!(err.contains("update hkbm"), "{err}");
}

#[test]
fn a_byte_order_mark_and_windows_line_breaks_are_accepted() {
    let text = example_text().replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("windows.ron");
    fs::write(&path, &bytes).unwrap();
    let o = hkbm(&["summary", path.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Notes come back with plain line breaks.
    let (s, _) = hkbm::store::session::parse(&path, &text).unwrap();
    let note = &s.benchmarks[5].notes;
    assert!(note.contains('\n') && !note.contains('\r'), "{note:?}");
}

/// Copy the built-in pack to a folder, let `edit` change it, and check it.
fn broken_pack(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    assert!(
        hkbm(&["content", "export", pack.to_str().unwrap()])
            .status
            .success()
    );
    edit(&pack);
    let o = hkbm(&["check", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{err}");
    (dir, err)
}

#[test]
fn duplicate_ids_in_a_content_pack() {
    // Within one benchmark.
    let (_d, err) = broken_pack(|p| {
        let f = p.join("bm04.ron");
        let t = fs::read_to_string(&f)
            .unwrap()
            .replacen("\"bm4.c2\"", "\"bm4.c1\"", 1);
        fs::write(f, t).unwrap();
    });
    assert!(err.contains("bm04.ron:"), "{err}");
    assert!(err.contains("\"bm4.c1\" is used twice"), "{err}");

    // Across benchmarks: bm6 reusing an id of bm4 (also mis-numbered).
    let (_d, err) = broken_pack(|p| {
        let f = p.join("bm06.ron");
        let t = fs::read_to_string(&f)
            .unwrap()
            .replacen("\"bm6.plan.1\"", "\"bm4.plan.1\"", 1);
        fs::write(f, t).unwrap();
    });
    assert!(err.contains("bm06.ron:"), "{err}");
    assert!(err.contains("bm4.plan.1"), "{err}");
}

#[test]
fn a_broken_benchmark_file_in_a_pack_names_its_line() {
    let (_d, err) = broken_pack(|p| {
        let f = p.join("bm09.ron");
        let t = fs::read_to_string(&f)
            .unwrap()
            .replacen("criteria: [", "criteria: [[", 1);
        fs::write(f, t).unwrap();
    });
    assert!(err.contains("bm09.ron:"), "{err}");
    let after = err.split("bm09.ron:").nth(1).unwrap();
    assert!(after.chars().next().unwrap().is_ascii_digit(), "{err}");
}

#[test]
fn a_missing_benchmark_file_in_a_pack() {
    let (_d, err) = broken_pack(|p| fs::remove_file(p.join("bm07.ron")).unwrap());
    assert!(err.contains("bm07.ron: no such file"), "{err}");
}

#[test]
fn a_session_made_for_another_pack() {
    let text = example_text().replacen("ContentRef(id: \"hkbm\"", "ContentRef(id: \"gatsby\"", 1);
    let err = rejected("pack.ron", text.as_bytes(), &["summary"]);
    assert!(err.contains("\"gatsby\""), "{err}");
}

/// The line (1-based) of the `nth` line containing `needle`.
fn line_of(text: &str, needle: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(nth)
        .unwrap()
        .0
        + 1
}

#[test]
fn field_problems_point_into_their_own_record() {
    // A target over 100 % on bm4: its own target_percent line, not bm1's.
    let text = example_text();
    let bm4 = line_of(&text, "id: \"bm4\"", 0);
    let text = {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines[bm4] = "            target_percent: Some(150),".into();
        lines.join("\n") + "\n"
    };
    let err = rejected("target.ron", text.as_bytes(), &["check"]);
    assert!(err.contains(&format!("target.ron:{}:", bm4 + 1)), "{err}");

    // An unknown measure on bm9.c7, when bm9.c2 has measures too.
    let text = example_text();
    let at = line_of(&text, "id: \"bm9.c7\"", 0);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.insert(
        at + 1,
        "                    measured: {\"visits\": 2.0},".into(),
    );
    let err = rejected(
        "measure.ron",
        (lines.join("\n") + "\n").as_bytes(),
        &["check"],
    );
    assert!(err.contains(&format!("measure.ron:{}:", at + 2)), "{err}");
    assert!(err.contains("no measure named \"visits\""), "{err}");
}

#[test]
fn a_second_record_for_a_benchmark_points_at_the_second() {
    let text = example_text();
    let start = line_of(&text, "id: \"bm4\"", 0) - 1; // the BenchmarkRecord( line
    let end = line_of(&text, "id: \"bm5\"", 0) - 1;
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<&str> = lines[..end].to_vec();
    out.extend_from_slice(&lines[start..end]); // bm4 again
    out.extend_from_slice(&lines[end..]);
    let text = out.join("\n") + "\n";
    let second = line_of(&text, "id: \"bm4\"", 1);
    let err = rejected("twice.ron", text.as_bytes(), &["check"]);
    assert!(err.contains(&format!("twice.ron:{second}:")), "{err}");
    assert!(err.contains("two records"), "{err}");
}

/// Edit one file of an exported pack and return `check`'s error output.
fn pack_with(file: &str, from: &str, to: &str) -> (tempfile::TempDir, String, String) {
    let mut edited = String::new();
    let (d, err) = broken_pack(|p| {
        let f = p.join(file);
        let t = fs::read_to_string(&f).unwrap();
        assert!(t.contains(from), "{file} has no {from:?}");
        edited = t.replacen(from, to, 1);
        fs::write(f, &edited).unwrap();
    });
    (d, err, edited)
}

/// The 1-based line of the first `needle` in `text`.
fn line_in(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn an_item_naming_an_undeclared_source_is_a_pack_error_at_its_line() {
    // bm4.c2's `from` names a source bm04.ron does not declare.
    let (_d, err, text) = pack_with(
        "bm04.ron",
        "id: \"bm4.c2\",\n            from: \"seed\",",
        "id: \"bm4.c2\",\n            from: \"web-en\",",
    );
    let line = line_in(&text, "from: \"web-en\"");
    assert!(err.contains(&format!("bm04.ron:{line}:")), "{err}");
    assert!(err.contains("from \"web-en\" names no source"), "{err}");
}

#[test]
fn a_declared_source_no_item_names_is_a_pack_error() {
    let (_d, err, text) = pack_with(
        "bm04.ron",
        "    sources: [\n",
        "    sources: [\n        Source(key: \"web-zh\", name: \"Unused\", url: None),\n",
    );
    let line = line_in(&text, "key: \"web-zh\"");
    assert!(err.contains(&format!("bm04.ron:{line}:")), "{err}");
    assert!(
        err.contains("source \"web-zh\" is declared but no item names it"),
        "{err}"
    );
}

#[test]
fn a_share_over_100_percent_is_a_pack_error_at_its_measure() {
    let (_d, err, text) = pack_with(
        "bm02.ron",
        "Share(of: \"career team members\"), what: \"have had initial training in career guidance and counselling\", at_least: 50)",
        "Share(of: \"career team members\"), what: \"have had initial training in career guidance and counselling\", at_least: 150)",
    );
    let line = line_in(&text, "at_least: 150");
    assert!(err.contains(&format!("bm02.ron:{line}:")), "{err}");
    assert!(
        err.contains("is a % of a group: its threshold 150 must be 0 to 100"),
        "{err}"
    );
}

#[test]
fn a_retired_id_used_again_is_a_pack_error() {
    // bm1.c1 is retired in 2.0.0; giving its id to a live criterion is refused.
    let (_d, err, _) = pack_with("bm01.ron", "id: \"bm1.c7\",", "id: \"bm1.c1\",");
    assert!(err.contains("bm01.ron:"), "{err}");
    assert!(
        err.contains("id \"bm1.c1\" is retired and also in use"),
        "{err}"
    );
}

#[test]
fn a_share_over_100_in_a_session_names_its_line() {
    // bm6.c1 counts the % of students who had an interview: 740 is no %.
    let text = example_text();
    assert!(text.contains("measured: {\"by_s3\": 74.0, "));
    let text = text.replacen(
        "measured: {\"by_s3\": 74.0, ",
        "measured: {\"by_s3\": 740.0, ",
        1,
    );
    let line = text.lines().position(|l| l.contains("740.0")).unwrap() + 1;
    let err = rejected("share.ron", text.as_bytes(), &["check"]);
    assert!(err.contains(&format!("share.ron:{line}:")), "{err}");
    assert!(
        err.contains("bm6.c1: measured by_s3 is a % of students: 740 is over 100"),
        "{err}"
    );
    // A target for a measure the criterion does not have.
    let text = example_text().replacen(
        "targets: {\"by_s3\": 80.0, ",
        "targets: {\"by_s9\": 80.0, ",
        1,
    );
    let err = rejected("target.ron", text.as_bytes(), &["check"]);
    assert!(err.contains("bm6.c1: no measure named \"by_s9\""), "{err}");
}

#[test]
fn a_newer_file_made_with_newer_content_is_still_read_only_not_refused() {
    // A later hkbm with content 3.0.0, where bm4.c1 was retired for bm4.c6.
    let text = example_text()
        .replacen("    version: 2,", "    version: 3,", 1)
        .replacen("version: \"2.0.0\"", "version: \"3.0.0\"", 1)
        .replacen("id: \"bm4.c1\"", "id: \"bm4.c6\"", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer-content.ron");
    fs::write(&path, &text).unwrap();
    let o = hkbm(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("read-only"), "{}", stdout(&o));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    // Loaded, the rating of the id this build does not know is shown as
    // history, and the session stays one that is never saved over.
    let pack = hkbm::store::content::built_in().unwrap().pack;
    let l = hkbm::store::session::load(&path, &pack).unwrap();
    assert!(l.newer_version);
    assert_eq!(l.session.version, 3);
    let bm4 = l.session.benchmark("bm4").unwrap();
    assert!(
        bm4.retired
            .iter()
            .any(|r| r.id == "bm4.c6" && r.rating == Some(3))
    );
    assert!(hkbm::store::session::save(&path, &l.session).is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

/// `hkbm CMD --lang zh-HK FILE` on a bad file: exit code 1, one line
/// `hkbm: FILE:LINE:COL：message` (or `FILE：message` where no place can be
/// given), the message in Chinese with no English word but the file's own.
/// Returns the message.
fn rejected_in_chinese(name: &str, bytes: &[u8], cmd: &str, at: Option<usize>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    let err = rejected_path(&path, &[cmd, "--lang", "zh-HK"]);
    assert_eq!(fs::read(&path).unwrap(), bytes, "left as it was");
    assert_eq!(err.lines().count(), 1, "{err}");
    let shown = path.display().to_string();
    let rest = err
        .trim_end()
        .strip_prefix("hkbm: ")
        .and_then(|e| e.strip_prefix(&shown))
        .unwrap_or_else(|| panic!("hkbm: PATH…: {err}"));
    let message = match at {
        // Line 0: on whatever line the parser stopped.
        Some(0) => {
            let rest = rest.strip_prefix(':').expect("a line");
            let (line, rest) = rest.split_once(':').expect("a column");
            assert!(line.parse::<usize>().is_ok(), "{err}");
            let (col, message) = rest.split_once('：').expect("full-width colon");
            assert!(col.parse::<usize>().is_ok(), "{err}");
            message
        }
        Some(line) => {
            let rest = rest
                .strip_prefix(&format!(":{line}:"))
                .unwrap_or_else(|| panic!("line {line}: {err}"));
            let (col, message) = rest.split_once('：').expect("full-width colon");
            assert!(col.parse::<usize>().is_ok(), "{err}");
            message
        }
        None => rest.strip_prefix('：').expect("full-width colon"),
    };
    assert!(
        message
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "not Chinese: {err}"
    );
    // What a file may hold: a tip's decisions, all of them, as the file
    // writes them; the name of the encoding a file is saved in.
    let statuses: Vec<&str> = TipStatus::ALL.iter().map(|s| s.file_name()).collect();
    let data = [
        String::from_utf8_lossy(bytes).into_owned(),
        shown.clone(),
        statuses.join(" "),
        "UTF-8".to_string(),
    ];
    let data: Vec<&str> = data.iter().map(String::as_str).collect();
    let left = english_left(message, &data);
    assert!(left.is_empty(), "English left {left:?}: {err}");
    message.to_string()
}

#[test]
fn a_missing_colon_is_said_in_chinese_where_it_is() {
    let text = example_text().replacen("    school: \"", "    school \"", 1);
    let line = line_of(&text, "    school \"", 0);
    let said = rejected_in_chinese("colon.ron", text.as_bytes(), "check", Some(line));
    assert_eq!(said, "這裏應有冒號（:）");
}

#[test]
fn parse_errors_are_said_in_chinese_by_every_command() {
    let text = example_text();
    let cases = [
        (
            text[..text.find("    baseline:").unwrap()].to_string(),
            "檔案在未完結處結束（可能欠缺右括號）",
        ),
        (
            text.replacen("    version: 2,", "    version: \"one\",", 1),
            "這裏應為整數",
        ),
        (
            text.replacen("rating: Some(3)", "rating: 3", 1),
            "這裏應為Some(…)或None",
        ),
        (
            text.replacen("status: Planned", "status: Maybe", 1),
            "沒有名為`Maybe`的選項；可用的有：`NotDiscussed`、`Planned`、`InProgress`、`Done`、`NotForUs`",
        ),
        (
            text.replacen("    school: \"Lantau Bay College\",\n", "", 1),
            "`Session`欠缺欄位`school`",
        ),
    ];
    for (cmd, (bad, expected)) in ["check", "summary", "report", "check", "compare"]
        .iter()
        .zip(cases)
    {
        // `compare` reads two files; the bad one is the last.
        if *cmd == "compare" {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("bad.ron");
            fs::write(&path, &bad).unwrap();
            let o = hkbm(&[
                "compare",
                "--lang",
                "zh-HK",
                example(OLD).to_str().unwrap(),
                path.to_str().unwrap(),
            ]);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{err}");
            assert!(err.contains(expected), "{err}");
            continue;
        }
        let said = rejected_in_chinese("bad.ron", bad.as_bytes(), cmd, Some(0));
        assert_eq!(said, expected, "{cmd}");
    }
}

#[test]
fn check_problems_are_said_in_chinese_at_their_place() {
    let text = example_text();
    let cases = [
        (
            text.replacen("id: \"bm4.c5\"", "id: \"bm4.c9\"", 1),
            "\"bm4.c9\"",
            "bm4中有不認識的準則「bm4.c9」（內容套件hkbm 2.0.0沒有這個id）",
        ),
        (
            text.replacen("rating: Some(3)", "rating: Some(7)", 1),
            "rating: Some(7)",
            "bm1.c7：評分7不在評分等級內（0、1、2、3、4）",
        ),
        (
            text.replacen("dates: [\"2025-09-05\"]", "dates: [\"2025-09-31\"]", 1),
            "2025-09-31",
            "日期「2025-09-31」應為真實的日期，並寫成2025-11-28的樣式",
        ),
        (
            text.replacen("    year: \"2025/26\",", "    year: \"2025-26\",", 1),
            "    year: \"2025-26\"",
            "學年「2025-26」應寫成2025/26的樣式",
        ),
        (
            text.replacen("    school: ", "    colour: \"red\",\n    school: ", 1),
            "colour",
            "不認識的欄位`colour`（位於colour）",
        ),
    ];
    for (bad, needle, expected) in cases {
        let line = line_of(&bad, needle, 0);
        let said = rejected_in_chinese("bad.ron", bad.as_bytes(), "check", Some(line));
        assert_eq!(said, expected);
    }
}

#[test]
fn file_errors_are_said_in_chinese() {
    let said = rejected_in_chinese("empty.ron", b"", "check", None);
    assert_eq!(said, "檔案是空的");
    let mut bytes = example_text().into_bytes();
    let at = bytes.windows(6).position(|w| w == b"Lantau").unwrap();
    bytes[at] = 0xFF;
    let said = rejected_in_chinese("utf8.ron", &bytes, "summary", Some(5));
    assert_eq!(
        said,
        "不是有效的UTF-8文字（位元組0xFF）；請以UTF-8編碼儲存檔案"
    );
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let err = rejected_path(&missing, &["summary", "--lang", "zh-HK"]);
    assert_eq!(
        err.trim_end(),
        format!("hkbm: {}：沒有這個檔案", missing.display())
    );
}

#[test]
fn a_schools_own_pack_is_checked_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    hkbm::store::content::export(&pack, hkbm::i18n::Lang::ZhHk).unwrap();
    let file = pack.join("bm01.ron");
    let text = fs::read_to_string(&file)
        .unwrap()
        .replacen("id: \"bm1.c8\"", "id: \"bm1.c7\"", 1)
        .replacen("short: \"政策\"", "short: \"穩定和清晰的生涯發展政策\"", 1);
    fs::write(&file, &text).unwrap();
    let o = hkbm(&["check", "--lang", "zh-HK", pack.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let shown = file.display().to_string();
    let short = line_of(&text, "short:", 0);
    let twice = line_of(&text, "id: \"bm1.c7\"", 1);
    assert!(
        err.contains(&format!(
            "hkbm: {shown}:{short}:5：簡稱「穩定和清晰的生涯發展政策」的闊度必須為1至12欄（現為24欄）\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("hkbm: {shown}:{twice}:17：id「bm1.c7」用了兩次\n")),
        "{err}"
    );
    for line in err.lines() {
        let message = line.split_once('：').map_or(line, |(_, m)| m);
        let left = english_left(message, &[&text]);
        assert!(left.is_empty(), "English left {left:?}: {line}");
    }
}

/// Everything `hkbm check` finds wrong in one session file, in English and
/// in Chinese (golden files, read as a user would), the folder of the
/// file left out so the output is the same wherever it runs.
#[test]
fn every_check_problem_of_a_session_golden_in_both_languages() {
    let mut text = example_text();
    for (from, to) in [
        ("    school: \"Lantau Bay College\"", "    school: \"\""),
        ("    year: \"2025/26\"", "    year: \"2025\""),
        ("dates: [\"2025-09-05\"]", "dates: [\"2025-09-31\"]"),
        (
            "BaselineScore(benchmark: \"bm2\"",
            "BaselineScore(benchmark: \"bm11\"",
        ),
        ("score: Some(45.5)", "score: Some(145.5)"),
        ("target_percent: Some(75)", "target_percent: Some(175)"),
        (
            "target_year: Some(\"2026/27\")",
            "target_year: Some(\"2026\")",
        ),
        ("rating: Some(3)", "rating: Some(9)"),
        ("id: \"bm1.c8\"", "id: \"bm1.c7\""),
        ("\"policy_review\": 1.0", "\"policy_revue\": -1.0"),
        ("id: \"bm4.c5\"", "id: \"bm4.c9\""),
        ("id: \"bm9.review.4\"", "id: \"bm9.review.9\""),
    ] {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bad.ron"), &text).unwrap();
    for lang in ["en", "zh-HK"] {
        let o = hkbm_in(dir.path(), &["check", "--lang", lang, "bad.ron"]);
        assert_eq!(o.status.code(), Some(1));
        insta::assert_snapshot!(format!("check_problems_{lang}"), stderr(&o));
    }
}
