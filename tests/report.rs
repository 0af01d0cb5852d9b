//! Reports for the leadership team and the network view.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

fn out(args: &[&str]) -> String {
    let o = hkbm(args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

#[test]
fn csv_report_round_trips_its_ids() {
    let o = hkbm(&["report", NEW, "--format", "csv"]);
    assert!(o.status.success());
    assert_eq!(&o.stdout[..3], b"\xEF\xBB\xBF");
    let text = String::from_utf8(o.stdout[3..].to_vec()).unwrap();
    let rows = parse_csv(&text);
    assert_eq!(
        rows[0],
        [
            "school",
            "year",
            "content_version",
            "benchmark",
            "benchmark_title",
            "kind",
            "id",
            "phase",
            "source",
            "text",
            "rating",
            "rating_label",
            "measure",
            "value",
            "unit",
            "at_least",
            "our_target",
            "met",
            "target_reached",
            "status",
            "owner",
            "due",
            "note"
        ]
    );
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (kind, id) = (col("kind"), col("id"));
    let ids: Vec<&str> = rows[1..]
        .iter()
        .filter(|r| r[kind] == "criterion" || r[kind] == "tip")
        .map(|r| r[id].as_str())
        .collect();
    let pack = hkbm::store::content::built_in().unwrap().pack;
    let expected: Vec<String> = pack
        .benchmarks
        .iter()
        .flat_map(|b| {
            b.criteria
                .iter()
                .map(|c| c.id.clone())
                .chain(b.all_tips().map(|t| t.id.clone()))
        })
        .collect();
    assert_eq!(ids, expected);
    assert!(rows.iter().all(|r| r.len() == 23));
    // Chinese and multi-line notes come through intact.
    assert!(
        rows.iter()
            .any(|r| r[col("note")] == "Letter sent; eClass notice next week.\n家長信已發出。")
    );
    // Where each item comes from: the benchmark's source key, or "ours".
    let source = |i: &str| rows.iter().find(|r| r[id] == i).unwrap()[col("source")].clone();
    assert_eq!(source("bm4.c1"), "seed");
    assert_eq!(source("bm1.c11"), "web-en");
    assert_eq!(source("bm1.plan.1"), "ours");
}

#[test]
fn csv_items_give_each_measure_its_value_and_unit_in_columns_of_their_own() {
    let rows = parse_csv(out(&["report", NEW, "--format", "csv"]).trim_start_matches('\u{feff}'));
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let measure = |criterion: &str, m: &str| {
        rows.iter()
            .find(|r| {
                r[col("kind")] == "measure" && r[col("id")] == criterion && r[col("measure")] == m
            })
            .unwrap_or_else(|| panic!("{criterion} {m}"))
            .clone()
    };
    let by_s3 = measure("bm6.c1", "by_s3");
    // A number a spreadsheet can add up, its unit beside it.
    assert_eq!(by_s3[col("value")], "74");
    assert_eq!(by_s3[col("unit")], "%");
    assert_eq!(by_s3[col("at_least")], "100");
    assert_eq!(by_s3[col("our_target")], "80");
    assert_eq!(by_s3[col("met")], "no");
    assert_eq!(by_s3[col("target_reached")], "no");
    assert!(
        by_s3[col("text")].contains("at least 100 % of students with at least 1 by the end of S3")
    );
    let review = measure("bm1.c11", "policy_review");
    assert_eq!(
        (review[col("value")].as_str(), review[col("unit")].as_str()),
        ("1", "per three years")
    );
    // Every value cell is a number or empty.
    for r in rows[1..].iter() {
        let v = &r[col("value")];
        assert!(v.is_empty() || v.parse::<f64>().is_ok(), "{r:?}");
    }
    // No prose "measured" column is left.
    assert!(!rows[0].contains(&"measured".to_string()));
}

#[test]
fn csv_reports_of_several_years_stack_with_school_year_and_content_version() {
    for table in ["items", "benchmarks"] {
        let mut stacked = Vec::new();
        for file in [OLD, NEW] {
            let rows = parse_csv(
                out(&["report", file, "--format", "csv", "--table", table])
                    .trim_start_matches('\u{feff}'),
            );
            assert_eq!(
                rows[0][..3],
                ["school", "year", "content_version"],
                "{table}"
            );
            stacked.extend(rows.into_iter().skip(1));
        }
        let years: std::collections::BTreeSet<&str> =
            stacked.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(
            years.into_iter().collect::<Vec<_>>(),
            ["2024/25", "2025/26"],
            "{table}"
        );
        assert!(
            stacked.iter().all(|r| r[0] == "Lantau Bay College"),
            "{table}"
        );
        // The rows follow the content in use (the old file was brought up to it).
        assert!(stacked.iter().all(|r| r[2] == "2.0.0"), "{table}");
    }
}

#[test]
fn csv_benchmark_table_has_one_row_per_benchmark() {
    let text = out(&["report", NEW, "--format", "csv", "--table", "benchmarks"]);
    let rows = parse_csv(text.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 11);
    assert_eq!(rows[6][4], "bm6");
    assert_eq!(
        rows[0][7..12],
        [
            "criteria_official",
            "criteria_ours",
            "tips_official",
            "tips_ours",
            "score"
        ]
    );
    assert_eq!(rows[6][11], "68.8");
    // Benchmark 3's criteria and tips are all ours.
    assert_eq!(rows[3][7..11], ["0", "6", "0", "14"]);
}

#[test]
fn notes_are_escaped_for_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.ron");
    let text = fs::read_to_string(example(NEW)).unwrap().replacen(
        "note: \"Four of six team members now trained; everyone did CPD.\",",
        "note: \"=HYPERLINK(\\\"http://x\\\") <script>alert(1)</script> | pipe \\u{1b}[2J\",",
        1,
    );
    fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap();
    let html = out(&["report", p, "--format", "html"]);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains('\u{1b}'));
    let md = out(&["report", p, "--format", "md"]);
    assert!(!md.contains("<script>"));
    assert!(md.contains("\\| pipe"));
    let csv = out(&["report", p, "--format", "csv"]);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\")"),
        "{}",
        &csv[..200]
    );
    assert!(
        !csv.contains('\u{1b}'),
        "no escape character reaches a terminal that shows the CSV"
    );
    // Numbers are not treated as formulas: a drop in score stays a number.
    let bms = out(&["report", p, "--format", "csv", "--table", "benchmarks"]);
    assert!(!bms.contains(",'"), "{bms}");
    // The comparison's Markdown escapes the same way.
    let notes_file = dir.path().join("notes.ron");
    let with_notes = fs::read_to_string(&path).unwrap().replacen(
        "notes: \"Interviews: book the library rooms early.",
        "notes: \"<img src=x onerror=alert(1)> <!-- hidden",
        1,
    );
    assert!(with_notes.contains("<img"));
    fs::write(&notes_file, with_notes).unwrap();
    let md = out(&[
        "compare",
        OLD,
        notes_file.to_str().unwrap(),
        "--format",
        "md",
    ]);
    assert!(md.contains("&lt;img src=x"), "{md}");
    assert!(!md.contains("<img") && !md.contains("<!--"));
}

#[test]
fn html_is_one_self_contained_file_with_an_svg_radar() {
    let html = out(&["report", NEW, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg") && html.contains("class=\"current\""));
    assert!(html.contains("class=\"baseline\"") && html.contains("class=\"target\""));
    assert!(!html.contains("<script"));
    assert!(
        !html.contains("src=") && !html.contains("<link"),
        "nothing fetched"
    );
    assert!(html.contains("size: A4") && html.contains("break-before: page"));
    assert_eq!(html.matches("<section class=\"benchmark ").count(), 10);
}

#[test]
fn report_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let o = dir.path().join("r.html");
    let printed = out(&["report", NEW, "--format", "html", "-o", o.to_str().unwrap()]);
    assert!(printed.starts_with("wrote "));
    assert!(fs::read_to_string(&o).unwrap().contains("</html>"));
}

/// Chromium, if this machine has it (`.ci/run` installs it).
fn chromium() -> Option<&'static str> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists())
}

#[test]
fn html_report_renders_and_prints_in_a_real_browser() {
    let Some(browser) = chromium() else {
        eprintln!(
            "SKIPPED: chromium is not installed (apt-get install chromium); the HTML was not rendered"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    fs::write(&html, out(&["report", NEW, "--format", "html"])).unwrap();
    let url = format!("file://{}", html.display());
    let run = |extra: &str| {
        let profile = tempfile::tempdir().unwrap();
        let status = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1000,1400",
                &format!("--user-data-dir={}", profile.path().display()),
                extra,
                &url,
            ])
            .output()
            .expect("run chromium");
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    let png = dir.path().join("shot.png");
    run(&format!("--screenshot={}", png.display()));
    let shot = fs::read(&png).unwrap();
    assert_eq!(&shot[1..4], b"PNG");
    assert!(
        shot.len() > 20_000,
        "a blank page is much smaller: {}",
        shot.len()
    );
    let pdf = dir.path().join("report.pdf");
    run(&format!("--print-to-pdf={}", pdf.display()));
    let bytes = fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    // A page for the summary and one per benchmark at least.
    let pages = String::from_utf8_lossy(&bytes)
        .matches("/Type /Page")
        .count()
        + String::from_utf8_lossy(&bytes)
            .matches("/Type/Page")
            .count();
    assert!(pages >= 11, "{pages} pages");
}

#[test]
fn aggregate_many_schools_lists_failures_and_still_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let pack = hkbm::store::content::built_in().unwrap().pack;
    hkbm::sample::write_sessions(&pack, 30, &dir.path().join("net")).unwrap();
    fs::write(dir.path().join("net/broken.ron"), "Session(version: 1,").unwrap();
    // A content pack in the folder is not a session and is passed over.
    assert!(
        hkbm(&[
            "content",
            "export",
            dir.path().join("net/pack").to_str().unwrap()
        ])
        .status
        .success()
    );
    let o = hkbm(&[
        "aggregate",
        dir.path().join("net").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("broken.ron:1:"), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"], 31);
    assert_eq!(v["sessions"], 30);
    assert_eq!(v["failed"].as_array().unwrap().len(), 1);
    // Three academic years, ten schools each.
    let years: Vec<&str> = v["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["year"].as_str().unwrap())
        .collect();
    assert_eq!(years, ["2023/24", "2024/25", "2025/26"]);
    for y in v["years"].as_array().unwrap() {
        assert_eq!(y["sessions"], 10);
        for b in y["benchmarks"].as_array().unwrap() {
            let (q1, med, q3) = (
                b["q1"].as_f64().unwrap(),
                b["median"].as_f64().unwrap(),
                b["q3"].as_f64().unwrap(),
            );
            assert!(q1 <= med && med <= q3);
            assert!(b["at_or_above_target"].as_u64() <= b["with_target"].as_u64());
        }
    }
    let text = out(&["aggregate", dir.path().join("net").to_str().unwrap()]);
    assert!(text.contains("30 used, 1 failed"));
    let csv = out(&[
        "aggregate",
        dir.path().join("net").to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(csv.starts_with("\u{feff}year,benchmark,id,title,schools"));
}

#[test]
fn aggregate_csv_holds_data_only_and_tells_failures_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let pack = hkbm::store::content::built_in().unwrap().pack;
    let net = dir.path().join("net");
    hkbm::sample::write_sessions(&pack, 6, &net).unwrap();
    fs::write(net.join("broken.ron"), "Session(version: 1,").unwrap();
    let o = hkbm(&["aggregate", net.to_str().unwrap(), "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("broken.ron:1:"), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(!text.contains("broken"), "a failure among the data: {text}");
    let rows = csv_rows(&text);
    assert!(!rows[0].contains(&"error".to_string()), "{:?}", rows[0]);
    // Every row is a year and a benchmark, with numbers where numbers go.
    assert_eq!(rows.len(), 1 + 3 * 10);
    for r in &rows[1..] {
        assert!(r[0].contains('/'), "{r:?}");
        assert!(r[4].parse::<u32>().is_ok(), "{r:?}");
    }
    // Text and JSON keep failures in a section of their own.
    let json: serde_json::Value = serde_json::from_str(&out(&[
        "aggregate",
        net.to_str().unwrap(),
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["failed"].as_array().unwrap().len(), 1);
    assert!(!json["years"].to_string().contains("broken"));
}

/// The aggregate of `args` (run in `dir`) as JSON.
fn aggregate_json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["aggregate"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let o = hkbm_in(dir, &all);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn aggregate_counts_each_real_file_once_however_it_is_reached() {
    let dir = tempfile::tempdir().unwrap();
    let net = dir.path().join("net");
    fs::create_dir(&net).unwrap();
    fs::copy(example(OLD), net.join("old.ron")).unwrap();
    fs::copy(example(NEW), net.join("new.ron")).unwrap();
    let abs = net.to_str().unwrap();
    let abs_file = net.join("new.ron");
    // A folder and a file in it; a relative and an absolute path.
    for args in [
        vec!["net", "net/new.ron"],
        vec!["net", abs],
        vec![
            "net/new.ron",
            abs_file.to_str().unwrap(),
            "./net/old.ron",
            "net",
        ],
        vec!["net", "net/../net"],
    ] {
        let v = aggregate_json(dir.path(), &args);
        assert_eq!(
            (v["files"].as_u64(), v["sessions"].as_u64()),
            (Some(2), Some(2)),
            "{args:?}"
        );
        assert_eq!(v["duplicates"], serde_json::json!([]), "{args:?}");
    }
    // A symbolic link to the folder, beside it and inside it (a loop).
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&net, dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink(&net, net.join("loop")).unwrap();
        std::os::unix::fs::symlink(net.join("new.ron"), net.join("current.ron")).unwrap();
        let v = aggregate_json(dir.path(), &["net", "link"]);
        assert_eq!(
            (v["files"].as_u64(), v["sessions"].as_u64()),
            (Some(2), Some(2))
        );
        // A linked folder reached only through its link is still searched.
        let other = dir.path().join("other");
        fs::create_dir(&other).unwrap();
        std::os::unix::fs::symlink(&net, other.join("schools")).unwrap();
        let v = aggregate_json(dir.path(), &["other"]);
        assert_eq!(
            (v["files"].as_u64(), v["sessions"].as_u64()),
            (Some(2), Some(2))
        );
    }
    #[cfg(windows)]
    {
        // Windows: the relative and absolute paths above are the case that
        // matters (links need rights a school PC rarely grants).
    }
}

#[test]
fn aggregate_counts_a_school_once_a_year_and_reports_its_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let net = dir.path().join("net");
    fs::create_dir(&net).unwrap();
    fs::copy(example(OLD), net.join("a-2024-25.ron")).unwrap();
    let new = fs::read_to_string(example(NEW)).unwrap();
    fs::write(net.join("final.ron"), &new).unwrap();
    // An earlier draft of the same year, the school written another way,
    // with nothing rated: it must neither count nor pull the median down.
    let draft = (0..=4)
        .fold(new.clone(), |t, n| {
            t.replace(&format!("rating: Some({n})"), "rating: None")
        })
        .replace(
            "school: \"Lantau Bay College\"",
            "school: \"LANTAU BAY  college\"",
        )
        .replace("dates: [\"2025-09-05\"", "dates: [\"2025-06-01\"");
    assert_ne!(draft, new);
    fs::write(net.join("draft.ron"), draft).unwrap();
    let v = aggregate_json(dir.path(), &["net"]);
    assert_eq!(v["files"], 3);
    assert_eq!(v["sessions"], 2, "one school, two years");
    let y = &v["years"][1];
    assert_eq!(
        (y["year"].as_str(), y["sessions"].as_u64()),
        (Some("2025/26"), Some(1))
    );
    let summary: serde_json::Value =
        serde_json::from_str(&out(&["summary", NEW, "--format", "json"])).unwrap();
    assert_eq!(
        y["benchmarks"][5]["median"],
        summary["benchmarks"][5]["score"]
    );
    let named = |f: &str| Path::new("net").join(f).display().to_string();
    assert_eq!(
        v["duplicates"],
        serde_json::json!([{
            "school": "Lantau Bay College",
            "year": "2025/26",
            "counted": named("final.ron"),
            "not_counted": [named("draft.ron")],
        }])
    );
    // Said in the text, and on standard error whatever the format.
    let o = hkbm_in(dir.path(), &["aggregate", "net"]);
    let text = stdout(&o);
    assert!(
        text.contains("2 used, 0 failed, 1 not counted (same school and year)"),
        "{text}"
    );
    assert!(
        text.contains("Lantau Bay College, 2025/26: counted from net/final.ron"),
        "{text}"
    );
    assert!(text.contains("not counted: net/draft.ron"), "{text}");
    let o = hkbm_in(dir.path(), &["aggregate", "net", "--format", "csv"]);
    assert!(
        stderr(&o).contains("not counted: net/draft.ron"),
        "{}",
        stderr(&o)
    );
    assert!(!stdout(&o).contains("draft"));
}

#[test]
fn aggregate_of_the_example_school_matches_its_summaries() {
    let v: serde_json::Value =
        serde_json::from_str(&out(&["aggregate", OLD, NEW, "--format", "json"])).unwrap();
    let s: serde_json::Value =
        serde_json::from_str(&out(&["summary", NEW, "--format", "json"])).unwrap();
    // One school per year: every quartile is that school's score.
    let y = &v["years"][1];
    assert_eq!(y["year"], "2025/26");
    for i in 0..10 {
        assert_eq!(y["benchmarks"][i]["median"], s["benchmarks"][i]["score"]);
    }
}

#[test]
fn report_in_chinese_in_every_format() {
    let zh = |format: &str| out(&["report", NEW, "--format", format, "--lang", "zh-HK"]);
    let md = zh("md");
    assert!(md.starts_with("# Lantau Bay College — 2025/26學年生涯發展自評\n"));
    assert!(md.contains("\n## 十項基準\n") && md.contains("| # | 基準 | 分數 |"));
    let html = zh("html");
    assert!(html.contains("<html lang=\"zh-HK\">") && html.contains("<h2>優先跟進的行動</h2>"));
    assert!(html.contains("\"第\" counter(page) \"頁，共\" counter(pages) \"頁\""));
    let csv = zh("csv");
    let en = out(&["report", NEW, "--format", "csv"]);
    assert_eq!(
        csv.lines().next(),
        en.lines().next(),
        "the column heads are keys"
    );
    assert!(csv.contains(",進行中,") && !csv.contains(",in progress,"));
    // The language of the locale, as for the app.
    let o = hkbm_env(
        &["report", NEW, "--format", "md"],
        &[("LC_MESSAGES", "zh_HK.UTF-8")],
    );
    assert!(stdout(&o).contains("\n## 十項基準\n"));
}
