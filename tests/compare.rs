//! `hkbm compare` and `hkbm new --from`: golden outputs, Excel-friendly CSV,
//! and content that changed between the years.

mod common;

use std::fs;

use common::*;

fn compare(args: &[&str]) -> String {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    let o = hkbm(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn without_a_terminal_and_without_format_it_prints_text() {
    assert_eq!(
        compare(&[OLD, NEW]),
        compare(&[OLD, NEW, "--format", "text"])
    );
}

#[test]
fn csv_opens_in_excel_with_chinese_intact() {
    let o = hkbm(&["compare", OLD, NEW, "--format", "csv"]);
    let bytes = o.stdout;
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark first");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("section,benchmark,id,source,text,2024/25,2025/26,change\r\n"));
    // Every line has the same number of fields (quoted commas aside).
    let rows: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(rows.iter().any(|r| r.starts_with("score,6,bm6,")));
    assert!(rows.iter().any(|r| r.starts_with("plan,4,bm4.plan.6,")));
}

#[test]
fn the_same_numbers_everywhere() {
    let v: serde_json::Value =
        serde_json::from_str(&compare(&[OLD, NEW, "--format", "json"])).unwrap();
    let summary: serde_json::Value =
        serde_json::from_slice(&hkbm(&["summary", NEW, "--format", "json"]).stdout).unwrap();
    let old: serde_json::Value =
        serde_json::from_slice(&hkbm(&["summary", OLD, "--format", "json"]).stdout).unwrap();
    for i in 0..10 {
        let row = &v["benchmarks"][i];
        assert_eq!(row["scores"][1], summary["benchmarks"][i]["score"]);
        assert_eq!(row["scores"][0], old["benchmarks"][i]["score"]);
        // The baseline kept in the new file is last year's score, against
        // the same criteria (none where they were all retired since).
        assert_eq!(
            summary["benchmarks"][i]["baseline"],
            old["benchmarks"][i]["score"]
        );
        assert_eq!(row["delta"], summary["benchmarks"][i]["delta"]);
    }
    // Benchmark 1's 2024/25 ratings were all of criteria retired in 2.0.0.
    assert_eq!(v["benchmarks"][0]["scores"][0], serde_json::Value::Null);
    assert!(
        v["retired"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "bm1.c1" && r["year"] == "2024/25" && r["rating"] == 2)
    );
}

#[test]
fn content_that_changed_between_the_years_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    assert!(
        hkbm(&["content", "export", pack.to_str().unwrap()])
            .status
            .success()
    );
    // Version 2.1.0 drops bm4.plan.6 and adds bm4.plan.7.
    let fw = pack.join("framework.ron");
    let t = fs::read_to_string(&fw)
        .unwrap()
        .replace("version: \"2.0.0\"", "version: \"2.1.0\"");
    fs::write(&fw, t).unwrap();
    let bm4 = pack.join("bm04.ron");
    let t = fs::read_to_string(&bm4)
        .unwrap()
        .replace("\"bm4.plan.6\"", "\"bm4.plan.7\"");
    fs::write(&bm4, t).unwrap();

    let o = hkbm(&[
        "compare",
        OLD,
        NEW,
        "--format",
        "text",
        "--content",
        pack.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let section = out
        .split("Content differences between the years")
        .nth(1)
        .unwrap();
    let flat = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("2024/25 (sessions/lantau-bay-college-2024-25.ron) was made with content hkbm 1.0.0; compared using hkbm 2.1.0: items are lined up by id;"), "{flat}");
    assert!(flat.contains("2025/26 (sessions/lantau-bay-college-2025-26.ron) was made with content hkbm 2.0.0; compared using hkbm 2.1.0"), "{flat}");
    assert!(
        flat.contains("2025/26: not in that year's content (nothing to compare): bm4.plan.7"),
        "{flat}"
    );
    // Everything else is still compared.
    assert!(out.contains("Plans from earlier years"));

    // Against that pack the session opens: what was recorded against the
    // dropped tip is kept as retired history, said as a warning.
    let o = hkbm(&["check", NEW, "--content", pack.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("bm4.plan.6: decision \"in progress\", owner, due and a note kept as retired history (not in content pack hkbm 2.1.0)"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn compare_needs_two_files_and_names_a_bad_one() {
    let o = hkbm(&["compare", NEW]);
    assert_eq!(o.status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    fs::write(&bad, "Session(").unwrap();
    let o = hkbm(&["compare", NEW, bad.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.ron:1:"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn next_year_round_trip_compares_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let next = dir.path().join("next.ron");
    assert!(
        hkbm(&["new", "--from", NEW, "-o", next.to_str().unwrap()])
            .status
            .success()
    );
    let v: serde_json::Value =
        serde_json::from_str(&compare(&[NEW, next.to_str().unwrap(), "--format", "json"])).unwrap();
    assert_eq!(v["years"][1]["year"], "2026/27");
    // Plans still open in 2025/26 come over with their status.
    let plans = v["plans"].as_array().unwrap();
    let letter = plans.iter().find(|p| p["id"] == "bm6.implement.4").unwrap();
    assert_eq!(
        letter["statuses"],
        serde_json::json!(["in_progress", "in_progress"])
    );
    assert!(v["content_differences"].as_array().unwrap().is_empty());
}
