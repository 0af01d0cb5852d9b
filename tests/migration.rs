//! A session made with the release before content 2.0.0 (content 1.0.0,
//! session file version 1) opens, saves and compares with the new pack, and
//! nothing in it is lost: every rating, measured value, decision and note is
//! either on the item of the same id or in the retired history, never on
//! another item.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use hkbm::i18n::Lang;
use hkbm::model::migrate::migrate;
use hkbm::model::{Session, TipStatus};
use hkbm::store::content::{built_in, built_in_in};
use hkbm::store::session::{load, parse, save};

use common::app::*;
use common::*;

/// `sessions/lantau-bay-college-2025-26.ron` as the 1.0.0 release wrote it.
const V1: &str = "tests/fixtures/lantau-bay-college-2025-26-v1.ron";

fn fixture_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.ron");
    fs::copy(example(V1), &path).unwrap();
    (dir, path)
}

fn read(path: &Path) -> Session {
    let text = fs::read_to_string(path).unwrap();
    parse(path, &text).unwrap().0
}

/// Everything `old` recorded is in `new`: on the same id when the pack still
/// has it (and means the same), else in the benchmark's retired history.
fn nothing_lost(old: &Session, new: &Session) {
    let pack = built_in().unwrap().pack;
    for ob in &old.benchmarks {
        let nb = new.benchmark(&ob.id).unwrap();
        let bm = pack.benchmark(&ob.id).unwrap();
        assert_eq!(nb.notes, ob.notes);
        assert_eq!(nb.target_percent, ob.target_percent);
        assert_eq!(nb.target_year, ob.target_year);
        for oc in &ob.criteria {
            let empty = oc.rating.is_none() && oc.note.is_empty() && oc.measured.is_empty();
            let retired = nb
                .retired
                .iter()
                .find(|r| r.id == oc.id && r.rating == oc.rating);
            match nb.criterion(&oc.id) {
                Some(nc) if bm.retired(&oc.id).is_none() => {
                    assert_eq!(nc.rating, oc.rating, "{}", oc.id);
                    assert_eq!(nc.note, oc.note, "{}", oc.id);
                    for (k, v) in &oc.measured {
                        let kept = nc.measured.get(k) == Some(v);
                        let in_history = nb
                            .retired
                            .iter()
                            .any(|r| r.id == oc.id && r.measured.get(k) == Some(v));
                        assert!(kept ^ in_history, "{} {k}: kept once", oc.id);
                    }
                }
                _ if empty => {}
                _ => {
                    let r = retired.unwrap_or_else(|| panic!("{} not in the history", oc.id));
                    assert_eq!(r.note, oc.note);
                    assert_eq!(r.measured, oc.measured);
                    assert_eq!(r.recorded_with, "1.0.0");
                    // With the text it had, from the pack's list of retired ids.
                    assert_eq!(r.text, bm.retired(&oc.id).unwrap().text, "{}", oc.id);
                }
            }
        }
        for ot in &ob.tips {
            match nb.tip(&ot.id) {
                Some(nt) => assert_eq!(nt, ot),
                None => {
                    let empty = ot.status == TipStatus::NotDiscussed
                        && ot.owner.is_empty()
                        && ot.note.is_empty()
                        && ot.due.is_empty();
                    if !empty {
                        let r = nb.retired.iter().find(|r| r.id == ot.id).unwrap();
                        assert_eq!(r.status, Some(ot.status));
                        assert_eq!((&r.owner, &r.due, &r.note), (&ot.owner, &ot.due, &ot.note));
                    }
                }
            }
        }
        // No live record carries an id the pack retired.
        for c in &nb.criteria {
            assert!(bm.retired(&c.id).is_none(), "{} is retired", c.id);
        }
    }
}

#[test]
fn a_session_of_the_last_release_opens_saves_and_loses_nothing() {
    let pack = built_in().unwrap().pack;
    let (_dir, path) = fixture_copy();
    let before = fs::read(&path).unwrap();
    let old = read(&path);
    assert_eq!((old.version, old.content.version.as_str()), (1, "1.0.0"));

    let loaded = load(&path, &pack).unwrap();
    assert_eq!(loaded.migrated_from.as_deref(), Some("1.0.0"));
    assert_eq!(loaded.session.content.version, "2.0.0");
    assert!(!loaded.moved.is_empty());
    // Opening alone writes nothing.
    assert_eq!(fs::read(&path).unwrap(), before);
    nothing_lost(&old, &loaded.session);
    // Benchmark 1's six 1.0.0 drafts were rated: all six are history now.
    let bm1 = loaded.session.benchmark("bm1").unwrap();
    let ids: Vec<&str> = bm1.retired.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["bm1.c1", "bm1.c2", "bm1.c3", "bm1.c4", "bm1.c5", "bm1.c6"]
    );
    // 1.0.0 counted interviews per student; 2.0.0 asks for the % of students
    // who had one. The old numbers are kept aside, never read as a %.
    let bm6 = loaded.session.benchmark("bm6").unwrap();
    assert!(bm6.criterion("bm6.c1").unwrap().measured.is_empty());
    let r = bm6.retired.iter().find(|r| r.id == "bm6.c1").unwrap();
    assert_eq!(r.measured.get("by_s3"), Some(&1.0));
    // A 1.0.0 share in % that is still a share keeps its place.
    let bm2 = loaded.session.benchmark("bm2").unwrap();
    assert_eq!(
        bm2.criterion("bm2.c7").unwrap().measured.get("trained"),
        Some(&67.0)
    );

    // Saved, it is a 2.0.0 session of the current file format that loads
    // cleanly and the same.
    save(&path, &loaded.session).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("    version: 2,\n"), "{text}");
    assert!(text.contains("content: ContentRef(id: \"hkbm\", version: \"2.0.0\"),"));
    assert!(text.contains("            retired: [\n                RetiredRecord(\n                    id: \"bm1.c1\",\n                    recorded_with: \"1.0.0\",\n"), "{text}");
    let again = load(&path, &pack).unwrap();
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.migrated_from, None);
    assert!(again.session == loaded.session, "the same after a save");
    nothing_lost(&old, &again.session);

    // check: warnings, exit 0, for the file as the last release left it.
    let (_d2, fresh) = fixture_copy();
    let o = hkbm(&["check", fresh.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("kept as retired history"));
}

#[test]
fn it_compares_with_a_new_session_and_says_what_cannot_be_lined_up() {
    let o = hkbm(&["compare", V1, NEW, "--format", "json"]);
    // Both are 2025/26: fine for compare, which orders by year then file.
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let years = v["years"].as_array().unwrap();
    let made: Vec<&str> = years
        .iter()
        .map(|y| y["content_version"].as_str().unwrap())
        .collect();
    assert!(
        made.contains(&"1.0.0") && made.contains(&"2.0.0"),
        "{made:?}"
    );
    // The retired ratings are listed with their year, not compared.
    let retired = v["retired"].as_array().unwrap();
    assert!(
        retired
            .iter()
            .any(|r| r["id"] == "bm1.c3" && r["rating"] == 4)
    );
    // Each difference is a record a script can read, not a sentence.
    let diffs = v["content_differences"].as_array().unwrap();
    assert!(
        diffs.iter().any(|d| d["kind"] == "other_content"
            && d["made_with"]["id"] == "hkbm"
            && d["made_with"]["version"] == "1.0.0"
            && d["retired_records"].as_u64().unwrap() > 0),
        "{diffs:?}"
    );
    assert_eq!(v["content"]["version"], "2.0.0");
    assert!(
        diffs.iter().any(|d| d["kind"] == "not_in_content"
            && d["ids"].as_array().unwrap().iter().any(|id| id == "bm1.c7")),
        "{diffs:?}"
    );
    // The text still says it in words.
    let text = hkbm(&["compare", V1, NEW, "--format", "md"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("was made with content hkbm 1.0.0; compared using hkbm 2.0.0"));
    // Same ids line up: bm2 is compared across both.
    let bm2 = &v["benchmarks"][1];
    assert!(bm2["scores"][0].is_number() && bm2["scores"][1].is_number());
}

#[test]
fn in_the_app_the_history_is_shown_and_an_edit_saves_it_with_the_rest() {
    let (_dir, path) = fixture_copy();
    let old = read(&path);
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    // Benchmark 1, criteria step: the retired ratings, read-only, below.
    app.send("\r");
    app.wait_for("Benchmark 1 · A Stable");
    app.send("n");
    app.wait_for("Criteria · item 1 of 7");
    app.wait_for("Retired history (6 records");
    app.send("J");
    app.send("J");
    app.send("J");
    app.wait_for("bm1.c2 (1.0.0) rated 3");
    app.send("2");
    app.wait_for("Saved: bm1.c7: 2 Developing");
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);

    let new = read(&path);
    assert_eq!(new.version, 2);
    assert_eq!(new.content.version, "2.0.0");
    let c7 = new.benchmark("bm1").unwrap().criterion("bm1.c7").unwrap();
    assert_eq!(c7.rating, Some(2));
    nothing_lost(&old, &new);
}

#[test]
fn next_year_from_a_1_0_session_has_no_baseline_for_criteria_since_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let next = dir.path().join("next.ron");
    let o = hkbm(&["new", "--from", V1, "-o", next.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = read(&next);
    assert_eq!(s.content.version, "2.0.0");
    // Benchmark 1 was rated only against drafts retired since: no baseline,
    // rather than a score of other criteria; benchmark 2's criteria held.
    assert_eq!(s.baseline_score("bm1"), None);
    assert_eq!(s.baseline_score("bm2"), Some(59.1));
    // The history stays in the year it belongs to.
    assert!(s.benchmarks.iter().all(|b| b.retired.is_empty()));
    // A tip still in progress comes over.
    let t = s.benchmark("bm8").unwrap().tip("bm8.plan.1").unwrap();
    assert_eq!(t.status, TipStatus::InProgress);
}

/// The language is a view: a 1.0.0 session migrated with the Chinese pack
/// keeps the same values on the same ids, and moves the same records to the
/// retired history, as with the English pack.
#[test]
fn the_language_of_the_pack_never_changes_what_migration_keeps() {
    let text = fs::read_to_string(example(V1)).unwrap();
    let migrated = |lang: Lang| {
        let mut session = parse(Path::new("v1.ron"), &text).unwrap().0;
        let pack = built_in_in(lang).unwrap().pack;
        let moved: Vec<_> = migrate(&mut session, &pack)
            .into_iter()
            .map(|m| (m.benchmark, m.id, m.measure))
            .collect();
        (session, moved)
    };
    let (en, en_moved) = migrated(Lang::En);
    let (zh, zh_moved) = migrated(Lang::ZhHk);
    assert!(!en_moved.is_empty());
    assert_eq!(en_moved, zh_moved);
    for (e, z) in en.benchmarks.iter().zip(&zh.benchmarks) {
        assert_eq!(e.criteria, z.criteria, "{}", e.id);
        assert_eq!(e.tips, z.tips, "{}", e.id);
        let ids = |b: &hkbm::model::BenchmarkRecord| {
            b.retired.iter().map(|r| r.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(ids(e), ids(z), "{}", e.id);
    }
}
