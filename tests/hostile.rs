//! A downloaded content pack with escape sequences, C1 controls, bidi
//! overrides and HTML in every string field: every command and format
//! prints it inert, JSON escapes it, Markdown escapes its HTML.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// An OSC title change, an OSC 52 clipboard write, a screen clear, a C1 CSI
/// and NEL, a bidi override and an isolate, and raw HTML.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{9b}31m\u{85}\u{202e}\u{2067}<b onmouseover=x>";

/// Characters that must never reach the terminal raw.
fn obeyed(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn hostile_pack(dir: &Path) -> std::path::PathBuf {
    let pack = dir.join("pack");
    let o = hkbm(&["content", "export", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let framework = pack.join("framework.ron");
    let text = fs::read_to_string(&framework).unwrap();
    let text = text
        .replace("id: \"hkbm\"", &format!("id: \"hkbm{HOSTILE}\""))
        .replace("name: \"Hong Kong", &format!("name: \"{HOSTILE}Hong Kong"))
        .replace(
            "version: \"1.0.0\"",
            &format!("version: \"1.0.0{HOSTILE}\""),
        )
        .replace("name: \"Core\"", &format!("name: \"Core{HOSTILE}\""))
        .replace(
            "label: \"Starting\"",
            &format!("label: \"Starting{HOSTILE}\""),
        )
        .replace(
            "label: \"Fully met\"",
            &format!("label: \"Fully met{HOSTILE}\""),
        );
    fs::write(&framework, text).unwrap();
    for f in fs::read_dir(&pack).unwrap() {
        let path = f.unwrap().path();
        if !path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("bm")
        {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let text: String = text
            .replace("    title: \"", &format!("    title: \"{HOSTILE}"))
            .replace(
                "            text: \"",
                &format!("            text: \"{HOSTILE}"),
            )
            .lines()
            // A short label may take 12 columns at most (shown inert).
            .map(|l| match l.starts_with("    short: ") {
                true => "    short: \"\u{9b}<i>\",\n".to_string(),
                false => format!("{l}\n"),
            })
            .collect();
        fs::write(&path, text).unwrap();
    }
    pack
}

#[test]
fn a_hostile_pack_is_printed_inert_by_every_command_and_format() {
    let dir = tempfile::tempdir().unwrap();
    let pack = hostile_pack(dir.path());
    let p = pack.to_str().unwrap();
    let o = hkbm(&["check", p]);
    assert!(o.status.success(), "the pack is accepted: {}", stderr(&o));
    // Two years of sessions made with the pack (its id is hostile too), by a
    // school whose name is.
    let sessions = dir.path().join("sessions");
    fs::create_dir(&sessions).unwrap();
    let old = sessions.join("old.ron");
    let new = sessions.join("new.ron");
    let (old_s, new_s) = (old.to_str().unwrap(), new.to_str().unwrap());
    let school = format!("School{HOSTILE}");
    let o = hkbm(&[
        "new",
        "-o",
        old_s,
        "--school",
        &school,
        "--year",
        "2024/25",
        "--content",
        p,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = hkbm(&[
        "new",
        "-o",
        new_s,
        "--from",
        old_s,
        "--year",
        "2025/26",
        "--content",
        p,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let folder = sessions.to_str().unwrap();
    let (older, newer) = (old_s, new_s);
    let runs: Vec<Vec<&str>> = vec![
        vec!["check", p],
        vec!["check", newer, "--content", p],
        vec!["check", newer],
        vec!["summary", newer, "--content", p],
        vec!["summary", newer, "--content", p, "--format", "json"],
        vec!["compare", older, newer, "--content", p, "--format", "text"],
        vec!["compare", older, newer, "--content", p, "--format", "md"],
        vec!["compare", older, newer, "--content", p, "--format", "csv"],
        vec!["compare", older, newer, "--content", p, "--format", "json"],
        vec!["report", newer, "--content", p, "--format", "md"],
        vec!["report", newer, "--content", p, "--format", "html"],
        vec!["report", newer, "--content", p, "--format", "csv"],
        vec!["aggregate", folder, "--content", p],
        vec!["aggregate", folder, "--content", p, "--format", "csv"],
        vec!["aggregate", folder, "--content", p, "--format", "json"],
    ];
    for args in runs {
        let o = hkbm(&args);
        let (out, err) = (stdout(&o), stderr(&o));
        assert!(o.status.success() || args[0] == "check", "{args:?}: {err}");
        for (name, text) in [("stdout", &out), ("stderr", &err)] {
            let raw: Vec<char> = text.chars().filter(|c| obeyed(*c)).collect();
            assert!(raw.is_empty(), "{args:?} {name} has {raw:?}");
        }
        if args.contains(&"md") || args.contains(&"html") {
            assert!(!out.contains("<b "), "{args:?}: raw HTML in\n{out}");
        }
        if args.contains(&"json") {
            let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
            assert!(
                v.to_string().contains("pwned"),
                "{args:?}: the text is still there"
            );
        }
    }
}
