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
    assert!(text.starts_with(
        "section,benchmark,id,phase,source,text,2024/25,2025/26,change,change_from,change_to,\
         2024/25 text,2025/26 text,owner,due\r\n"
    ));
    let rows = csv_rows(&text);
    assert!(rows.iter().any(|r| r[..3] == ["score", "6", "bm6"]));
    assert!(rows.iter().any(|r| r[..3] == ["plan", "4", "bm4.plan.6"]));
}

/// The compare CSV of `files`, as rows, with a column finder.
fn compare_csv(files: &[&str]) -> (Vec<Vec<String>>, impl Fn(&str) -> usize + use<>) {
    let mut args = files.to_vec();
    args.extend(["--format", "csv"]);
    let rows = csv_rows(&compare(&args));
    let head = rows[0].clone();
    (rows, move |name: &str| {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name:?} in {head:?}"))
    })
}

#[test]
fn csv_year_columns_hold_only_numbers_and_the_words_have_their_own() {
    let (rows, col) = compare_csv(&[OLD, NEW]);
    for r in &rows[1..] {
        for y in ["2024/25", "2025/26", "change"] {
            let v = &r[col(y)];
            assert!(v.is_empty() || v.parse::<f64>().is_ok(), "{y}: {r:?}");
        }
    }
    let find = |section: &str, id: &str| {
        rows.iter()
            .find(|r| r[0] == section && r[2] == id)
            .unwrap_or_else(|| panic!("{section} {id}"))
            .clone()
    };
    // A criterion: the rating as a number, its label in words.
    let c = find("criterion", "bm2.c6");
    assert_eq!(
        (c[col("2024/25")].as_str(), c[col("2025/26")].as_str()),
        ("3", "4")
    );
    assert_eq!(c[col("2025/26 text")], "4 Fully met");
    // A plan: its phase, statuses in words, and who and by when.
    let p = find("plan", "bm4.plan.6");
    assert_eq!(p[col("phase")], "plan");
    assert_eq!(p[col("2024/25 text")], "planned");
    assert_eq!(p[col("2025/26 text")], "in progress");
    assert_eq!(p[col("owner")], "Ms Cheung");
    assert_eq!(p[col("due")], "2026-06-30");
    // Benchmark notes, one row per benchmark, each year's note in its column.
    let notes: Vec<_> = rows.iter().filter(|r| r[0] == "notes").collect();
    assert!(!notes.is_empty());
    assert!(notes.iter().any(|r| r[col("2025/26 text")].starts_with("Interviews: book the library rooms early")));
    // Interim targets as numbers.
    assert_eq!(find("target", "bm6")[col("2025/26")], "100");
    // The change says the years it spans.
    let s = find("score", "bm6");
    assert_eq!(
        [
            &s[col("change")],
            &s[col("change_from")],
            &s[col("change_to")]
        ],
        ["6.3", "2024/25", "2025/26"]
    );
}

/// A copy of an example session in `dir` as `name`, with `edit` applied.
fn edited(
    dir: &std::path::Path,
    from: &str,
    name: &str,
    edit: impl Fn(String) -> String,
) -> String {
    let path = dir.join(name);
    fs::write(&path, edit(fs::read_to_string(example(from)).unwrap())).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn the_change_says_which_years_it_spans_when_the_latest_has_no_score() {
    let dir = tempfile::tempdir().unwrap();
    // 2026/27 with nothing rated: every change is between the two earlier years.
    let next = edited(dir.path(), NEW, "next.ron", |t| {
        let t = t.replace("year: \"2025/26\"", "year: \"2026/27\"");
        (0..=4).fold(t, |t, n| {
            t.replace(&format!("rating: Some({n})"), "rating: None")
        })
    });
    let (rows, col) = compare_csv(&[OLD, NEW, &next]);
    let bm6 = rows
        .iter()
        .find(|r| r[0] == "score" && r[2] == "bm6")
        .unwrap();
    assert_eq!(bm6[col("2026/27")], "");
    assert_eq!(
        [
            &bm6[col("change")],
            &bm6[col("change_from")],
            &bm6[col("change_to")]
        ],
        ["6.3", "2024/25", "2025/26"]
    );
    let text = compare(&[OLD, NEW, &next, "--format", "text"]);
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("6  "))
        .unwrap();
    assert!(line.ends_with("(2024/25 → 2025/26)"), "{line}");
    let md = compare(&[OLD, NEW, &next, "--format", "md"]);
    assert!(md.contains("(2024/25 → 2025/26) |"), "{md}");
    let json: serde_json::Value =
        serde_json::from_str(&compare(&[OLD, NEW, &next, "--format", "json"])).unwrap();
    assert_eq!(
        json["benchmarks"][5]["delta_years"],
        serde_json::json!([0, 1])
    );
    // Over the last two years, no span is written: the header says it.
    let two = compare(&[OLD, NEW, "--format", "text"]);
    assert!(!two.contains(" → 2025/26)"), "{two}");
}

#[test]
fn two_sessions_of_one_year_get_columns_of_their_own_and_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let draft = edited(dir.path(), NEW, "draft.ron", |t| t);
    let (rows, col) = compare_csv(&[OLD, NEW, &draft]);
    let head = &rows[0];
    let mut unique = head.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), head.len(), "duplicate headers: {head:?}");
    col("2025/26 (draft.ron)");
    col("2025/26 (lantau-bay-college-2025-26.ron)");
    col("2025/26 (draft.ron) text");
    let notice = rows
        .iter()
        .find(|r| r[0] == "notice")
        .expect("a notice row");
    assert!(
        notice[col("text")].contains("2 sessions are of 2025/26"),
        "{notice:?}"
    );
    for format in ["text", "md", "json"] {
        let out = compare(&[OLD, NEW, &draft, "--format", format]);
        assert!(out.contains("2 sessions are of 2025/26"), "{format}: {out}");
    }
}

#[test]
fn sessions_of_different_schools_are_compared_with_a_notice_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let other = edited(dir.path(), NEW, "other.ron", |t| {
        t.replace(
            "school: \"Lantau Bay College\"",
            "school: \"Tsuen Wan Secondary School\"",
        )
    });
    let said = "different schools (Lantau Bay College; Tsuen Wan Secondary School)";
    for format in ["text", "md", "json", "csv"] {
        // Text wraps the notice: read it as words.
        let out = compare(&[OLD, &other, "--format", format]);
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(out.contains(said), "{format}: {out}");
        // At the head, before any number.
        let at = out.find(said).unwrap();
        assert!(out.find("Lantau Bay College").unwrap() <= at || format == "csv");
        if format != "json" {
            assert!(
                at < out
                    .find("bm1")
                    .unwrap_or(usize::MAX)
                    .min(out.find("Scores").unwrap_or(usize::MAX)),
                "{format}"
            );
        }
    }
    // The same school written differently is the same school.
    let same = edited(dir.path(), NEW, "same.ron", |t| {
        t.replace(
            "school: \"Lantau Bay College\"",
            "school: \"lantau bay  College \"",
        )
    });
    assert!(!compare(&[OLD, &same, "--format", "text"]).contains("different schools"));
    // And one school over two years gets no notice at all.
    let v: serde_json::Value =
        serde_json::from_str(&compare(&[OLD, NEW, "--format", "json"])).unwrap();
    assert_eq!(v["notices"], serde_json::json!([]));
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

/// What differs between the years' content, and the notice on sessions of
/// different schools, in the chosen language (every format that says it).
#[test]
fn content_differences_and_notices_are_said_in_chinese_with_lang_zh_hk() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    let text = fs::read_to_string(example(NEW))
        .unwrap()
        .replace("Lantau Bay College", "荃灣中學")
        .replace("2025/26", "2026/27");
    fs::write(&other, text).unwrap();
    let other = other.to_str().unwrap();
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join("");
    let out = flat(compare(&[
        OLD, NEW, other, "--format", "text", "--lang", "zh-HK",
    ]));
    assert!(
        out.contains("2024/25（sessions/lantau-bay-college-2024-25.ron）是用內容套件hkbm1.0.0建立的，現以hkbm2.0.0比較"),
        "{out}"
    );
    assert!(
        out.contains("2024/25：不在該學年的內容套件中（無從比較）：bm1.c7、bm1.c8"),
        "{out}"
    );
    assert!(
        out.contains("這些紀錄屬於不同學校（LantauBayCollege；荃灣中學）"),
        "{out}"
    );
    let md = compare(&[OLD, NEW, other, "--format", "md", "--lang", "zh-HK"]);
    assert!(md.contains("是用內容套件hkbm 1.0.0建立的"), "{md}");
    for english in ["was made with", "nothing to compare", "different schools"] {
        assert!(!md.contains(english), "{english} in {md}");
    }
}
