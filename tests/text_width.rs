//! Text output fits the width it is laid out for — the terminal's, 80
//! columns when not a terminal, or `--width` — even with long Chinese
//! school names, notes, owners and ids (each Chinese character takes two
//! columns).

mod common;

use std::path::{Path, PathBuf};

use common::{NEW, OLD, example, hkbm, stdout, with_notes_and_owners};

const SCHOOL: &str = "聖保羅男女中學附屬小學暨幼稚園聯校職業及生涯規劃發展中心 St Paul's Co-educational College Career Centre";
const NOTE: &str = "與社工合作，跟進非華語學生的出路需要，並於下學期初安排家長會（詳見 https://www.edb.gov.hk/attachment/tc/curriculum-development/career-and-life-planning.pdf）。\\n第二行：面談安排：提早預訂圖書館房間，每節二十分鐘。";
const OWNER: &str = "陳大文老師（升學及就業輔導組主任）及李小明老師";

/// The example sessions with every name, note and owner made long and
/// Chinese, and a record under an id the content does not know.
fn chinese_sessions(dir: &Path) -> (PathBuf, PathBuf) {
    let make = |name: &str, extra_id: bool| {
        let mut text = std::fs::read_to_string(example(name)).unwrap();
        text = text.replace("\"Lantau Bay College\"", &format!("\"{SCHOOL}\""));
        text = text.replace(
            "\"Ms Wong Ka-yan (Career Master)\"",
            &format!("\"{OWNER}\""),
        );
        text = text.replace(
            "participants: [",
            &format!("participants: [\"{OWNER}\", \"黃嘉欣（學校社工）\", "),
        );
        text = text.replace("notes: \"\"", &format!("notes: \"{NOTE}\""));
        let mut out = with_notes_and_owners(&text, NOTE, OWNER);
        if extra_id {
            out = out.replacen(
                "criteria: [",
                "criteria: [\n                CriterionRecord(\n                    id: \"bm1.中文標識符很長很長很長很長很長很長很長很長很長很長\",\n                    rating: Some(2),\n                    note: \"舊的紀錄\",\n                ),",
                1,
            );
        }
        let path = dir.join(Path::new(name).file_name().unwrap());
        std::fs::write(&path, out).unwrap();
        path
    };
    (make(OLD, true), make(NEW, false))
}

fn widest(text: &str) -> (usize, String) {
    text.lines()
        .map(|l| (hkbm::text::width(l), l.to_string()))
        .max_by_key(|(w, _)| *w)
        .unwrap_or_default()
}

#[test]
fn no_line_is_wider_than_the_layout_with_chinese_text() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = chinese_sessions(dir.path());
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let today = ["--today", "2026-03-10"];
    let commands: Vec<Vec<&str>> = vec![
        vec!["summary", new],
        vec!["compare", old, new, "--format", "text"],
        vec!["aggregate", old, new],
        vec!["actions", new, "--status", "all"],
    ];
    // In Chinese too: the column heads are wide characters.
    for (cmd, lang) in commands.iter().flat_map(|c| [(c, "en"), (c, "zh-HK")]) {
        // Not a terminal: 80 columns, unless --width says otherwise.
        for width in [None, Some(70), Some(100), Some(132)] {
            let mut args = cmd.clone();
            args.extend(today);
            args.extend(["--lang", lang]);
            let w = width.map(|w: usize| w.to_string());
            if let Some(w) = &w {
                args.extend(["--width", w]);
            }
            let o = hkbm(&args);
            assert!(o.status.success(), "{args:?}: {}", common::stderr(&o));
            let text = stdout(&o);
            let limit = width.unwrap_or(80);
            let (most, line) = widest(&text);
            assert!(most <= limit, "{args:?}: {most} columns: {line}");
            // The Chinese text is there, not cut away entirely (aggregate
            // names no school).
            assert!(cmd[0] == "aggregate" || text.contains("聖保羅"), "{args:?}");
        }
    }
}

#[test]
fn notes_keep_their_lines_and_are_wrapped_not_cut() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = chinese_sessions(dir.path());
    let o = hkbm(&[
        "actions",
        new.to_str().unwrap(),
        "--status",
        "all",
        "--today",
        "2026-03-10",
    ]);
    let text = stdout(&o);
    assert!(text.contains("  Note: 與社工合作"), "{text}");
    // The note's second line starts a line of its own, under the first.
    assert!(text.contains("\n        第二行：面談安排"), "{text}");
    // The URL is all there, across lines.
    let joined: String = text.lines().map(str::trim).collect();
    assert!(joined.contains(
        "https://www.edb.gov.hk/attachment/tc/curriculum-development/career-and-life-planning.pdf"
    ));
    let o = hkbm(&[
        "compare",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "text",
    ]);
    let text = stdout(&o);
    assert!(text.contains("    2024/25: 與社工合作"), "{text}");
    assert!(text.contains("\n             第二行：面談安排"), "{text}");
}

#[test]
fn in_chinese_notes_keep_their_lines_under_a_chinese_label() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = chinese_sessions(dir.path());
    let o = hkbm(&[
        "actions",
        new.to_str().unwrap(),
        "--status",
        "all",
        "--today",
        "2026-03-10",
        "--lang",
        "zh-HK",
    ]);
    let text = stdout(&o);
    // 「  備註：」 is eight columns wide, as "  Note: " is.
    assert!(text.contains("  備註：與社工合作"), "{text}");
    assert!(text.contains("\n        第二行：面談安排"), "{text}");
    let o = hkbm(&[
        "compare",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "text",
        "--lang",
        "zh-HK",
    ]);
    let text = stdout(&o);
    assert!(text.contains("    2024/25：與社工合作"), "{text}");
    // Under the first line, past 「2024/25：」 (nine columns).
    assert!(text.contains("\n             第二行：面談安排"), "{text}");
}

#[test]
fn in_chinese_one_school_has_no_plural_and_the_heads_are_chinese() {
    let o = hkbm(&["aggregate", NEW, "--lang", "zh-HK"]);
    let text = stdout(&o);
    assert!(
        text.starts_with("已讀取1個紀錄檔，採用1個，失敗0個"),
        "{text}"
    );
    assert!(text.contains("2025/26學年 — 1所學校的紀錄\n"), "{text}");
    assert!(text.contains("基準") && text.contains("中位數"), "{text}");
}

#[test]
fn one_school_is_said_in_the_singular() {
    let o = hkbm(&["aggregate", NEW]);
    let text = stdout(&o);
    assert!(
        text.starts_with("1 session file read, 1 used, 0 failed"),
        "{text}"
    );
    assert!(text.contains("2025/26 — 1 school's session\n"), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    let text = std::fs::read_to_string(example(NEW)).unwrap();
    std::fs::write(
        &other,
        text.replace("Lantau Bay College", "Tai Po Secondary School"),
    )
    .unwrap();
    let o = hkbm(&["aggregate", NEW, other.to_str().unwrap()]);
    let text = stdout(&o);
    assert!(
        text.starts_with("2 session files read, 2 used, 0 failed"),
        "{text}"
    );
    assert!(text.contains("2025/26 — 2 schools' sessions\n"), "{text}");
}

#[test]
fn a_wider_layout_shows_whole_titles_and_a_narrow_one_is_refused() {
    let o = hkbm(&["summary", NEW, "--width", "132"]);
    let text = stdout(&o);
    assert!(
        text.contains("Meaningful Encounters with Further and Higher Education"),
        "{text}"
    );
    let o = hkbm(&["summary", NEW, "--width", "0"]);
    assert!(!o.status.success());
}
