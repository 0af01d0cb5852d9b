//! `hkbm actions`: "what's mine" for a colleague, in every format, and the
//! calendar file read back by an independent iCalendar parser.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::*;

/// Run `hkbm actions` on the 2025/26 example as of 10 March 2026.
fn actions(args: &[&str]) -> std::process::Output {
    let mut all = vec!["actions", NEW, "--today", "2026-03-10"];
    all.extend_from_slice(args);
    hkbm(&all)
}

#[test]
fn whats_mine_lists_one_owners_open_actions_late_first() {
    let o = actions(&["--owner", "ms cheung"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with("Actions — Lantau Bay College 2025/26\n"),
        "{text}"
    );
    assert!(text.contains("ms cheung · still to do · as of 2026-03-10"));
    assert!(text.contains("3 actions, 1 late."), "{text}");
    let blocks: Vec<&str> = text.split("\n\n").skip(1).collect();
    assert!(
        blocks[0].starts_with("LATE by 5 weeks · bm6.implement.4 · in progress · Ms Cheung"),
        "{}",
        blocks[0]
    );
    assert!(blocks[1].starts_with("bm4.plan.6 · in progress · Ms Cheung · due 2026-06-30"));
    assert!(blocks[2].contains("due Term 2 = 2026-07-31"));
    assert!(!text.contains("Ms Wong"), "only hers");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    // Late only, everyone's: the two Term 1 actions still in progress.
    let late = stdout(&actions(&["--late", "--format", "csv"]));
    let rows = csv_rows(&late);
    assert_eq!(rows.len(), 1 + 2, "{late}");
    // Whose actions, so that several schools' lists can be stacked.
    assert_eq!(rows[0][..3], ["school", "year", "tip_id"]);
    assert!(
        rows[1..]
            .iter()
            .all(|r| r[..2] == ["Lantau Bay College", "2025/26"]
                && r[8..12] == ["Term 1", "2026-01-31", "yes", "38"]),
        "{rows:?}"
    );
}

#[test]
fn the_date_comes_from_hkbm_today_and_a_bad_one_is_refused() {
    let o = hkbm_env(
        &["actions", NEW, "--late", "--format", "json"],
        &[("HKBM_TODAY", "2026-02-01")],
    );
    let j: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(j["today"], "2026-02-01");
    let a = &j["actions"][0];
    assert_eq!(a["days_late"], 1);
    assert_eq!(a["due"], "Term 1");
    assert_eq!(a["due_date"], "2026-01-31");
    let o = hkbm(&["actions", NEW, "--today", "2026-02-30"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a date"), "{}", stderr(&o));
}

#[test]
fn markdown_and_json_say_what_is_late_and_keep_free_text_as_written() {
    let md = stdout(&actions(&["--format", "md", "--status", "all"]));
    assert!(md.contains("| **LATE by 5 weeks**<br>Term 1 = 2026-01-31 | **bm2.implement.1**"));
    assert!(md.contains("| Summer (not a date hkbm can read) |"), "{md}");
    let j: serde_json::Value =
        serde_json::from_str(&stdout(&actions(&["--format", "json", "--status", "all"]))).unwrap();
    let list = j["actions"].as_array().unwrap();
    assert_eq!(list.len(), 19);
    let summer = list.iter().find(|a| a["due"] == "Summer").unwrap();
    assert!(summer["due_date"].is_null());
    assert_eq!(summer["late"], false);
}

#[test]
fn a_bad_session_file_says_where_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    fs::write(&bad, "Session(\n  version: 1,\n  school: ,\n)").unwrap();
    let o = hkbm(&["actions", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("bad.ron:3:"), "{e}");
}

/// Events of a calendar file as parsed by the `ical` crate: UID → properties.
fn parse_ics(text: &str) -> BTreeMap<String, BTreeMap<String, (String, String)>> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none());
    cal.events
        .iter()
        .map(|e| {
            let props: BTreeMap<String, (String, String)> = e
                .properties
                .iter()
                .map(|p| {
                    let params = p
                        .params
                        .iter()
                        .flatten()
                        .map(|(k, v)| format!("{k}={}", v.join(",")))
                        .collect::<Vec<_>>()
                        .join(";");
                    (
                        p.name.clone(),
                        (params, p.value.clone().unwrap_or_default()),
                    )
                })
                .collect();
            (props["UID"].1.clone(), props)
        })
        .collect()
}

#[test]
fn the_calendar_opens_in_a_real_parser_with_all_day_events_and_stable_uids() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mine.ics");
    let o = actions(&["--format", "ics", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The two "Summer" actions have no date: said, not guessed.
    let e = stderr(&o);
    assert!(e.contains("2 actions have no date hkbm can read"), "{e}");
    assert!(e.contains("bm4.review.2 (due \"Summer\")"), "{e}");
    let text = fs::read_to_string(&out).unwrap();
    assert!(text.lines().all(|l| l.len() <= 75), "lines folded");
    assert!(text.contains("\r\n"), "CRLF line ends");
    let events = parse_ics(&text);
    assert_eq!(events.len(), 6);
    let uid = "bm2.implement.1.2025-26.lantau-bay-college@hkbm";
    let ev = &events[uid];
    assert_eq!(ev["DTSTART"], ("VALUE=DATE".into(), "20260131".into()));
    assert_eq!(ev["DTEND"], ("VALUE=DATE".into(), "20260201".into()));
    assert!(
        ev["SUMMARY"]
            .1
            .starts_with("HKBM 2: Draw up a plan of continuing")
    );
    // This parser drops the space at a fold (calendars keep it): compare
    // without spaces.
    let description = ev["DESCRIPTION"].1.replace(' ', "");
    assert!(description.contains("Owner:MsWong"), "{description}");
    assert!(description.contains("Due:Term1=2026-01-31"));
    assert!(description.contains("Note:Twocolleagues"));
    assert_eq!(
        events["bm4.plan.6.2025-26.lantau-bay-college@hkbm"]["DTSTART"].1,
        "20260630"
    );

    // Re-dated in a copy of the session: the same UID with the new date, so
    // importing again updates the event instead of adding a second one.
    let copy = dir.path().join("session.ron");
    let session = fs::read_to_string(example(NEW)).unwrap();
    let moved = session.replacen("due: \"2026-06-30\"", "due: \"2026-05-15\"", 1);
    assert_ne!(moved, session);
    fs::write(&copy, moved).unwrap();
    let again = hkbm(&[
        "actions",
        copy.to_str().unwrap(),
        "--today",
        "2026-03-10",
        "--format",
        "ics",
    ]);
    let events2 = parse_ics(&stdout(&again));
    assert_eq!(
        events.keys().collect::<Vec<_>>(),
        events2.keys().collect::<Vec<_>>()
    );
    assert_eq!(
        events2["bm4.plan.6.2025-26.lantau-bay-college@hkbm"]["DTSTART"].1,
        "20260515"
    );
    // One owner's calendar holds only their events, with the same UIDs.
    let wong = parse_ics(&stdout(&actions(&["--owner", "Wong", "--format", "ics"])));
    assert_eq!(wong.keys().collect::<Vec<_>>(), [uid]);
}

#[test]
fn the_html_report_groups_actions_by_owner_on_request() {
    let o = hkbm(&[
        "report",
        NEW,
        "--format",
        "html",
        "--by",
        "owner",
        "--today",
        "2026-03-10",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = stdout(&o);
    assert!(html.contains("<h2>Actions by owner</h2>"));
    let wong = html.find("<h3>Ms Wong <span class=\"meta\">(").unwrap();
    let cheung = html.find("<h3>Ms Cheung").unwrap();
    assert!(cheung < wong, "owners in alphabetical order");
    let her = &html[wong..];
    let her = &her[..her.find("</table>").unwrap()];
    assert!(her.contains("1 late"), "{her}");
    assert!(her.contains(
        "Term 1 <span class=\"nw\">(2026-01-31)</span><br><strong class=\"late\">LATE by 5 weeks</strong>"
    ));
    // Listed once, by owner: no per-benchmark action lists as well.
    assert!(!html.contains("<h3>Action list</h3>"));
    let plain = stdout(&hkbm(&["report", NEW, "--format", "html"]));
    assert!(plain.contains("<h3>Action list</h3>") && !plain.contains("Actions by owner"));
    let md = hkbm(&["report", NEW, "--by", "owner"]);
    assert_eq!(md.status.code(), Some(2));
}

#[test]
fn the_summary_counts_actions_per_benchmark() {
    let text = stdout(&hkbm(&["summary", NEW, "--today", "2026-03-10"]));
    assert!(text.contains("Actions as of 2026-03-10"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with(" 2  Professional"))
        .and_then(|_| text.lines().filter(|l| l.starts_with(" 2  ")).nth(1))
        .unwrap();
    assert!(row.ends_with("3            1        0  1 LATE"), "{row:?}");
    let table = text.lines().skip_while(|l| !l.contains("Actions as of"));
    assert!(
        table
            .take_while(|l| !l.is_empty())
            .all(|l| l.chars().count() <= 80)
    );
    let j: serde_json::Value = serde_json::from_str(&stdout(&hkbm(&[
        "summary",
        NEW,
        "--format",
        "json",
        "--today",
        "2026-03-10",
    ])))
    .unwrap();
    assert_eq!(j["actions_as_of"], "2026-03-10");
    let a = &j["benchmarks"][5]["actions"];
    assert_eq!(
        (
            a["done"].as_u64(),
            a["in_progress"].as_u64(),
            a["planned"].as_u64(),
            a["late"].as_u64()
        ),
        (Some(2), Some(1), Some(1), Some(1))
    );
}

/// Only where the config folder follows XDG_CONFIG_HOME: elsewhere the test
/// would write into the user's real configuration.
#[cfg(target_os = "linux")]
#[test]
fn terms_named_in_the_config_date_the_dues_that_use_them() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("hkbm");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("config.ron"),
        r#"Config(terms: {"Term 1": ("09-01", "12-20"), "Summer": ("07-15", "08-31")})"#,
    )
    .unwrap();
    let config = home.path().to_str().unwrap();
    let o = hkbm_env(
        &["actions", NEW, "--today", "2026-03-10", "--format", "json"],
        &[("XDG_CONFIG_HOME", config)],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let j: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let due = |id: &str| {
        j["actions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["tip_id"] == id)
            .unwrap()["due_date"]
            .clone()
    };
    assert_eq!(due("bm4.review.2"), "2026-08-31");
    assert_eq!(due("bm2.implement.1"), "2025-12-20");
    // "Term 2" is not among this school's terms: shown as written, no date.
    assert!(due("bm8.plan.1").is_null());
}
