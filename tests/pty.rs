//! The real app in a real pseudo-terminal: keys in, screen and file out.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;
use std::{fs, thread};

use hkbm::model::date::Date;
use hkbm::model::{Session, TipStatus};

use common::app::*;
use common::*;

const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";

fn copy_example() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    fs::copy(example(NEW), &path).unwrap();
    (dir, path)
}

fn load(path: &Path) -> Session {
    let text = fs::read_to_string(path).unwrap();
    hkbm::store::session::parse(path, &text).unwrap().0
}

fn tip_mut<'a>(s: &'a mut Session, id: &str) -> &'a mut hkbm::model::TipRecord {
    s.benchmarks
        .iter_mut()
        .flat_map(|b| b.tips.iter_mut())
        .find(|t| t.id == id)
        .unwrap()
}

fn criterion_mut<'a>(s: &'a mut Session, id: &str) -> &'a mut hkbm::model::CriterionRecord {
    s.benchmarks
        .iter_mut()
        .flat_map(|b| b.criteria.iter_mut())
        .find(|c| c.id == id)
        .unwrap()
}

/// Open benchmark 4 from the overview and step to its first criterion.
fn to_bm4_criteria(app: &mut App) {
    app.wait_for("Walk stands at");
    app.send(DOWN);
    app.send(DOWN);
    app.send(DOWN);
    app.send("\r");
    app.wait_for("Benchmark 4 · Address the Needs");
    app.send("n");
    app.wait_for("Criteria · item 1 of 5");
}

#[test]
fn keystrokes_end_up_in_the_file_and_nothing_else_changes() {
    let (_dir, path) = copy_example();
    let before = load(&path);
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    app.send("1");
    app.wait_for("Saved: bm4.c1: 1 Starting");
    app.send("\t");
    app.wait_for("Plan · item 1 of 6");
    app.send("1");
    app.wait_for("Saved: bm4.plan.1: planned");
    app.send("o");
    app.wait_for("Owner · bm4.plan.1");
    app.send("陳老師");
    app.send("\r");
    app.wait_for("Saved: Owner");
    app.send("e");
    app.wait_for("Note · bm4.plan.1");
    app.send("討論：下學期開始 😀");
    app.send("\r");
    // Pasted text arrives in one piece (bracketed paste).
    app.send("\x1b[200~second line\x1b[201~");
    app.wait_for("second line");
    app.send(ESC);
    app.wait_for("Saved: Note · bm4.plan.1");
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);

    let mut expected = before.clone();
    criterion_mut(&mut expected, "bm4.c1").rating = Some(1);
    let t = tip_mut(&mut expected, "bm4.plan.1");
    t.status = TipStatus::Planned;
    t.owner = "陳老師".into();
    t.note = "討論：下學期開始 😀\nsecond line".into();
    let today = Date::today().iso();
    if !expected.dates.contains(&today) {
        expected.dates.push(today);
    }
    assert_eq!(load(&path), expected);
    assert!(
        !hkbm::store::lock::lock_path(&path).exists(),
        "lock removed on quit"
    );
}

/// Start, rate, begin typing a note, send `signal`: the typing is kept, the
/// file saved, the process gone at once with `code`.
fn signal_saves_and_exits(signal: &str, code: u32) {
    let (_dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    app.send("4");
    app.wait_for("Saved: bm4.c1: 4 Fully met");
    app.send("e");
    app.wait_for("Evidence note · bm4.c1");
    app.send("typed before the line dropped");
    app.wait_for("typed before the line dropped");
    let pid = app.child.process_id().unwrap();
    let sent = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let (exit, took) = app.wait_exit(Duration::from_secs(5));
    eprintln!("exited {took:?} after {signal} with code {exit}");
    assert_eq!(exit, code);
    assert!(took < Duration::from_secs(1), "took {took:?}");
    let mut after = load(&path);
    let c = criterion_mut(&mut after, "bm4.c1");
    assert_eq!(c.rating, Some(4));
    assert_eq!(c.note, "typed before the line dropped");
    assert!(!hkbm::store::lock::lock_path(&path).exists());
}

#[test]
fn a_hang_up_saves_what_was_being_typed_and_the_process_goes() {
    signal_saves_and_exits("-HUP", 129);
}

#[test]
fn a_terminate_signal_saves_and_exits_too() {
    signal_saves_and_exits("-TERM", 143);
}

// The deliberate panic key exists only in debug builds (what `cargo test` builds).
#[cfg(debug_assertions)]
#[test]
fn a_crash_keeps_the_edit_in_a_recovery_file_that_the_next_start_offers() {
    let (_dir, path) = copy_example();
    let original = fs::read_to_string(&path).unwrap();
    let mut app = App::start(&path, &[("HKBM_TEST_PANIC", "1")]);
    to_bm4_criteria(&mut app);
    app.send("e");
    app.wait_for("Evidence note · bm4.c1");
    app.send("not yet saved");
    app.wait_for("not yet saved");
    app.send("\x1b[24~"); // F12: the test build's deliberate panic
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 101);
    app.wait_for("unsaved changes were written to");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        original,
        "file untouched"
    );
    let rec = path.with_file_name("session.ron.recovery.ron");
    assert!(rec.is_file());

    let mut app = App::start(&path, &[]);
    app.wait_for("Recovered changes");
    app.send("r");
    app.wait_for("Saved: restore recovered changes");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    let mut after = load(&path);
    assert_eq!(criterion_mut(&mut after, "bm4.c1").note, "not yet saved");
    assert!(!rec.exists(), "recovery file removed once restored");
}

// The deliberate panic in drawing exists only in debug builds.
#[cfg(debug_assertions)]
#[test]
fn a_crash_while_the_first_frame_is_drawn_gives_the_terminal_back() {
    let (_dir, path) = copy_example();
    let original = fs::read_to_string(&path).unwrap();
    let mut app = App::start(&path, &[("HKBM_TEST_PANIC", "draw")]);
    let (code, _) = app.wait_exit(Duration::from_secs(10));
    assert_eq!(code, 101);
    app.wait_for("hkbm: internal error");
    let parser = app.screen.lock().unwrap();
    let screen = parser.screen();
    assert!(
        !screen.alternate_screen(),
        "the screen taken over is given back"
    );
    assert!(!screen.hide_cursor(), "the cursor shows again");
    drop(parser);
    assert_eq!(fs::read_to_string(&path).unwrap(), original);
    assert!(!path.with_file_name("session.ron.lock").exists());
}

#[test]
fn a_second_app_on_the_same_file_is_read_only() {
    let (_dir, path) = copy_example();
    let mut first = App::start(&path, &[]);
    first.wait_for("Walk stands at");
    let mut second = App::start(&path, &[]);
    second.wait_for("READ-ONLY");
    second.wait_for("already open for writing by");
    second.send("q");
    assert_eq!(second.wait_exit(Duration::from_secs(5)).0, 0);
    first.send("q");
    assert_eq!(first.wait_exit(Duration::from_secs(5)).0, 0);
}

/// Bytes written for one key once the screen has settled.
fn bytes_for(app: &mut App, key: &str, shows: &str) -> usize {
    thread::sleep(Duration::from_millis(150));
    let before = *app.bytes.lock().unwrap();
    app.send(key);
    app.wait_for(shows);
    thread::sleep(Duration::from_millis(150));
    *app.bytes.lock().unwrap() - before
}

#[test]
fn a_keystroke_redraws_only_what_changed() {
    let (_dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    let first = *app.bytes.lock().unwrap();
    let select = bytes_for(&mut app, DOWN, "Walk stands at");
    app.send("\r");
    app.wait_for("Benchmark 2 · Professional");
    let next = bytes_for(&mut app, "n", "Criteria · item 1 of 11");
    let down = bytes_for(&mut app, DOWN, "Criteria · item 2 of 11");
    let rate = bytes_for(&mut app, "3", "Saved: bm2.c2");
    eprintln!(
        "bytes at 80x24: first frame {first}, overview selection {select}, next {next}, item selection {down}, rating {rate}"
    );
    // A selection move repaints two rows, not the screen (80×24 is ~2 KB of text alone).
    assert!(select < 1024, "{select}");
    assert!(down < 1024 * 2, "{down}");
    app.send("q");
    app.wait_exit(Duration::from_secs(5));
}

#[test]
fn with_no_file_the_latest_session_in_the_folder_opens() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(example(OLD), dir.path().join("a.ron")).unwrap();
    thread::sleep(Duration::from_millis(20));
    fs::copy(example(NEW), dir.path().join("b.ron")).unwrap();
    let folder = dir.path().to_str().unwrap();
    let mut app = App::start_args(&[], &[("HKBM_SESSIONS", folder)]);
    app.wait_for("Lantau Bay College · 2025/26");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_by_the_app_and_passed_over_by_the_folder_scan() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(example(NEW), dir.path().join("a.ron")).unwrap();
    thread::sleep(Duration::from_millis(20));
    let fifo = dir.path().join("x.ron");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    // Named on the command line: refused at once.
    let mut app = App::start(&fifo, &[]);
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 1);
    app.wait_for("FIFO");
    // The newest `.ron` in the folder, but not a file: the session opens.
    let folder = dir.path().to_str().unwrap();
    let mut app = App::start_args(&[], &[("HKBM_SESSIONS", folder)]);
    app.wait_for("Lantau Bay College · 2025/26");
    app.wait_for("x.ron in the sessions folder: not a regular file");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn with_an_empty_folder_a_new_session_starts_there() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sessions");
    let mut app = App::start_args(&["--sessions-dir", folder.to_str().unwrap()], &[]);
    app.wait_for("New session started in");
    app.send("s");
    app.wait_for("School");
    // Replace the placeholder name.
    for _ in 0.."Our school".len() {
        app.send("\x7f");
    }
    app.send("Tai Po Secondary School\r");
    app.wait_for("Saved: School");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    let files: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(load(&files[0]).school, "Tai Po Secondary School");
}

#[test]
fn next_year_starts_from_inside_the_app() {
    let (dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    app.send("N");
    app.wait_for("Started 2026/27 in lantau-bay-college-2026-27.ron");
    app.wait_for("Lantau Bay College · 2026/27");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    let next = dir.path().join("lantau-bay-college-2026-27.ron");
    let s = load(&next);
    assert_eq!(s.baseline.as_ref().unwrap().year, "2025/26");
    assert!(
        s.benchmarks
            .iter()
            .all(|b| b.criteria.iter().all(|c| c.rating.is_none()))
    );
    assert!(!hkbm::store::lock::lock_path(&next).exists());
    assert!(!hkbm::store::lock::lock_path(&path).exists());
    // The old year is untouched.
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        fs::read_to_string(example(NEW)).unwrap()
    );
}

#[test]
fn next_year_follows_the_same_rule_as_new_from() {
    // After 9999/00 there is no year a session can be written for: N says
    // so and writes nothing, as `hkbm new --from` does.
    let (dir, path) = copy_example();
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("year: \"2025/26\"", "year: \"9999/00\""),
    )
    .unwrap();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    app.send("N");
    app.wait_for("no academic year after 9999/00");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);

    // A next year's file already there (made meanwhile) is never overwritten.
    let (dir, path) = copy_example();
    let next = dir.path().join("lantau-bay-college-2026-27.ron");
    fs::write(&next, "someone else's").unwrap();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    app.send("N");
    app.wait_for("already exists");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    assert_eq!(fs::read_to_string(&next).unwrap(), "someone else's");
}

#[test]
fn compare_in_a_terminal_opens_the_compare_screen() {
    let old = example(OLD);
    let new = example(NEW);
    let mut app = App::start_args(
        &[
            "compare",
            new.to_str().unwrap(),
            old.to_str().unwrap(),
            "--ascii",
        ],
        &[],
    );
    // --ascii: every drawing character is plain ASCII.
    app.wait_for("Compare - Lantau Bay College - 2024/25 > 2025/26");
    assert!(app.contents().is_ascii(), "{}", app.contents());
    app.wait_for("o 2024/25");
    app.send("\t");
    app.wait_for("criteria rated differently");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn when_saving_fails_the_change_is_kept_and_lands_in_a_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("share");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("session.ron");
    fs::copy(example(NEW), &path).unwrap();
    let data = dir.path().join("data");
    let env = [("XDG_DATA_HOME", data.to_str().unwrap())];
    let real = fs::canonicalize(&path).unwrap();
    let mut app = App::start(&path, &env);
    to_bm4_criteria(&mut app);
    // The shared folder disappears (an unmounted drive, a deleted folder).
    fs::remove_dir_all(&folder).unwrap();
    app.send("0");
    app.wait_for("Could not save");
    app.wait_for("NOT SAVED");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 1);
    app.wait_for("your changes are in");
    // Named after the whole path: another folder's session.ron has its own.
    let name = hkbm::store::names::fallback_recovery_name(&real);
    let rec = data.join("hkbm/recovery").join(&name);
    let mut kept = load(&rec);
    assert_eq!(criterion_mut(&mut kept, "bm4.c1").rating, Some(0));

    // The folder is back: the next start offers what was kept.
    fs::create_dir(&folder).unwrap();
    fs::copy(example(NEW), &path).unwrap();
    let mut app = App::start(&path, &env);
    app.wait_for("Recovered changes");
    app.send("r");
    app.wait_for("Saved: restore recovered changes");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    assert_eq!(criterion_mut(&mut load(&path), "bm4.c1").rating, Some(0));
    assert!(!rec.exists());
}

#[test]
fn a_session_with_a_250_byte_name_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{}.ron", "x".repeat(246)));
    fs::copy(example(NEW), &path).unwrap();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    app.send("e");
    app.wait_for("Evidence note · bm4.c1");
    app.send("kept under a long name");
    app.send(ESC);
    app.wait_for("Saved: Evidence note");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    let mut after = load(&path);
    assert_eq!(
        criterion_mut(&mut after, "bm4.c1").note,
        "kept under a long name"
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the session is left"
    );
}

#[cfg(unix)]
#[test]
fn a_linked_session_saves_into_its_target_which_is_locked_too() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("archive")).unwrap();
    let target = dir.path().join("archive/2025-26.ron");
    fs::copy(example(NEW), &target).unwrap();
    let link = dir.path().join("current.ron");
    std::os::unix::fs::symlink("archive/2025-26.ron", &link).unwrap();
    let mut app = App::start(&link, &[]);
    to_bm4_criteria(&mut app);
    app.send("1");
    app.wait_for("Saved: bm4.c1: 1");
    // The target, opened by its own name, is the same locked file.
    let mut second = App::start(&target, &[]);
    second.wait_for("READ-ONLY");
    second.send("q");
    assert_eq!(second.wait_exit(Duration::from_secs(5)).0, 0);
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(criterion_mut(&mut load(&target), "bm4.c1").rating, Some(1));
}

#[test]
fn a_leftover_lock_file_does_not_make_the_file_read_only() {
    let (_dir, path) = copy_example();
    let body = format!(
        "user: x\nhost: somewhere\npid: {}\nsince: 2020-01-01T00:00:00Z\n",
        std::process::id()
    );
    fs::write(hkbm::store::lock::lock_path(&path), body).unwrap();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    app.send("2");
    app.wait_for("Saved: bm4.c1: 2");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn an_invalid_recovery_file_is_offered_without_what_check_would_refuse() {
    let (_dir, path) = copy_example();
    let mut rec = load(&path);
    criterion_mut(&mut rec, "bm4.c1").rating = Some(9);
    criterion_mut(&mut rec, "bm4.c2").note = "worth keeping".into();
    rec.benchmarks[3].target_percent = Some(200);
    rec.school = String::new();
    rec.year = "next year".into();
    let rec_path = hkbm::store::names::recovery_path(&path);
    fs::write(&rec_path, hkbm::store::session::to_ron(&rec)).unwrap();
    let mut app = App::start(&path, &[]);
    app.wait_for("Recovered changes");
    app.wait_for("left out");
    app.send("r");
    app.wait_for("Saved: restore recovered changes");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    let check = hkbm(&["check", path.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stderr(&check));
    let mut after = load(&path);
    assert_eq!(criterion_mut(&mut after, "bm4.c2").note, "worth keeping");
    assert_eq!(criterion_mut(&mut after, "bm4.c1").rating, None);
}

#[test]
fn reports_are_written_from_inside_the_app() {
    let (dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    app.send("R");
    app.wait_for("Reports written beside the session: session-report.md, .html, .csv");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    let html = fs::read_to_string(dir.path().join("session-report.html")).unwrap();
    assert!(html.contains("<svg"));
    assert!(dir.path().join("session-report.md").is_file());
}

#[test]
fn a_file_replaced_on_disk_is_not_overwritten_blindly() {
    let (_dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    // Someone runs `git pull` and gets last year's file instead.
    let pulled = fs::read_to_string(example(OLD)).unwrap();
    fs::write(&path, &pulled).unwrap();
    app.send("4");
    app.wait_for("changed by something else");
    app.wait_for("NOT SAVED");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        pulled,
        "not overwritten"
    );
    // Ctrl-S says: overwrite it with what is on screen.
    app.send("\x13");
    app.wait_for("session.ron"); // the header shows the file again, not NOT SAVED
    let mut now = load(&path);
    assert_eq!(criterion_mut(&mut now, "bm4.c1").rating, Some(4));
    assert_eq!(now.year, "2025/26");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn rapid_resizes_from_tiny_to_huge_never_break_the_app() {
    let (_dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    for (i, (rows, cols)) in [
        (1, 1),
        (200, 500),
        (5, 20),
        (24, 80),
        (70, 250),
        (16, 60),
        (2, 300),
        (24, 80),
    ]
    .into_iter()
    .cycle()
    .take(40)
    .enumerate()
    {
        app.master
            .resize(portable_pty::PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        if i % 5 == 0 {
            app.send("n");
        }
    }
    // Back at 80×24 the screen is whole again, and keys still work.
    app.wait_for("Benchmark 4 of 10");
    app.send("q");
    assert_eq!(
        app.wait_exit(Duration::from_secs(5)).0,
        0,
        "{}",
        app.contents()
    );
}

/// A small tmpfs mounted for a test, unmounted when dropped. None where
/// mounting is not allowed (not root).
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount(&self, how: &str) {
        let ok = std::process::Command::new("mount")
            .args(["-o", &format!("remount,{how}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(ok.success());
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_or_a_read_only_folder_keeps_the_edit_and_allows_a_retry() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mount) = Mount::tmpfs(dir.path(), "96k") else {
        eprintln!("SKIPPED: cannot mount a small tmpfs here (needs root); full-disk case not run");
        return;
    };
    let path = dir.path().join("session.ron");
    fs::copy(example(NEW), &path).unwrap();
    let original = fs::read_to_string(&path).unwrap();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);

    // Full disk: fill what is left.
    let filler = dir.path().join("filler");
    let _ = fs::write(&filler, vec![0u8; 200 * 1024]);
    app.send("0");
    app.wait_for("Could not save");
    app.wait_for("NOT SAVED");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        original,
        "old file intact"
    );
    fs::remove_file(&filler).unwrap();
    app.send("\x13"); // Ctrl-S: try again
    app.wait_for("session.ron");
    assert_eq!(criterion_mut(&mut load(&path), "bm4.c1").rating, Some(0));

    // Read-only folder (a read-only mount stops even root).
    mount.remount("ro");
    let saved = fs::read_to_string(&path).unwrap();
    app.send("3");
    app.wait_for("Could not save");
    app.wait_for("NOT SAVED");
    assert_eq!(fs::read_to_string(&path).unwrap(), saved);
    mount.remount("rw");
    app.send("\x13");
    app.wait_for("session.ron");
    assert_eq!(criterion_mut(&mut load(&path), "bm4.c1").rating, Some(3));
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

/// CPU time (user + system, in clock ticks) the process has used so far.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.rsplit_once(')').unwrap().1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

#[test]
fn idle_means_no_cpu_and_the_timer_redraws_only_its_cells() {
    if !Path::new("/proc/self/stat").exists() {
        eprintln!("SKIPPED: no /proc to read CPU time from");
        return;
    }
    let (_dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    let pid = app.child.process_id().unwrap();
    thread::sleep(Duration::from_millis(300));
    let before = cpu_ticks(pid);
    thread::sleep(Duration::from_secs(5));
    let idle = cpu_ticks(pid) - before;
    eprintln!("CPU used in 5 s idle: {idle} ticks");
    assert!(idle <= 1, "{idle} clock ticks of CPU while idle");

    // With the meeting timer running, each second rewrites a few cells.
    app.send("T");
    app.wait_for("meeting 00:01");
    let start = *app.bytes.lock().unwrap();
    app.wait_for("meeting 00:04");
    let per_tick = (*app.bytes.lock().unwrap() - start) / 3;
    eprintln!("bytes per timer second: {per_tick}");
    assert!(per_tick < 200, "{per_tick} bytes a second");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn with_mouse_on_a_click_opens_a_benchmark() {
    let (_dir, path) = copy_example();
    let mut app = App::start_args(&["--mouse", path.to_str().unwrap()], &[]);
    app.wait_for("Walk stands at");
    let row = app
        .contents()
        .lines()
        .position(|l| l.contains("Personal Guidance"))
        .unwrap();
    // SGR mouse report: left button pressed at column 10, that row (1-based).
    app.send(&format!("\x1b[<0;10;{}M", row + 1));
    app.send(&format!("\x1b[<0;10;{}m", row + 1));
    app.wait_for("Benchmark 6 · Personal Guidance");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn a_signal_to_an_idle_app_writes_nothing() {
    let (dir, path) = copy_example();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    // A `git pull` while the app sits idle.
    let pulled = fs::read_to_string(example(OLD)).unwrap();
    fs::write(&path, &pulled).unwrap();
    let pid = app.child.process_id().unwrap();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 143);
    assert_eq!(fs::read_to_string(&path).unwrap(), pulled);
    assert!(!dir.path().join("session.ron.recovery.ron").exists());
}

#[cfg(unix)]
#[test]
fn a_hard_linked_session_says_what_saving_does_to_the_other_name() {
    let (dir, path) = copy_example();
    let other = dir.path().join("other-name.ron");
    fs::hard_link(&path, &other).unwrap();
    let mut app = App::start(&path, &[]);
    app.wait_for("other hard link");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

#[test]
fn of_several_apps_opening_at_once_over_a_stale_lock_one_can_write() {
    for round in 0..3 {
        let (_dir, path) = copy_example();
        fs::write(
            hkbm::store::lock::lock_path(&path),
            "user: x\nhost: gone\npid: 1\nsince: 2020-01-01T00:00:00Z\n",
        )
        .unwrap();
        let mut apps: Vec<App> = (0..4).map(|_| App::start(&path, &[])).collect();
        for app in &apps {
            app.wait_for("Walk stands at");
        }
        // Read-only is said in the title bar from the first frame on.
        let writable = apps
            .iter()
            .filter(|a| !a.contents().contains("READ-ONLY"))
            .count();
        assert_eq!(writable, 1, "round {round}");
        for app in &mut apps {
            app.send("q");
            assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
        }
    }
}

/// The mid-year check-in: open last September's session in March, one key
/// shows what is late and whose it is; two actions marked done and one
/// re-dated, in place; the file holds exactly those changes.
#[test]
fn actions_are_edited_in_place_and_saved() {
    let (_dir, path) = copy_example();
    let before = load(&path);
    let mut app = App::start(&path, &[("HKBM_TODAY", "2026-03-10")]);
    app.wait_for("Walk stands at");
    app.send("A");
    app.wait_for("19 of 19 actions · 2 LATE");
    app.wait_for("2026-01-31 LATE");
    app.send("l");
    app.wait_for("2 of 19 actions · 2 LATE");
    app.wait_for("LATE by 5 weeks · in progress · Owner: Ms Wong");
    app.send("3");
    app.wait_for("Saved: bm2.implement.1: done");
    // Done is no longer late: the other late action is highlighted.
    app.wait_for("1 of 19 actions · 1 LATE");
    app.wait_for("Owner: Ms Cheung");
    app.send("3");
    app.wait_for("Saved: bm6.implement.4: done");
    app.wait_for("0 of 19 actions");
    app.send("F");
    app.wait_for("19 of 19 actions");
    app.send("/");
    app.send("exit data");
    app.send("\r");
    app.wait_for("1 of 19 actions");
    app.send("d");
    app.wait_for("Due (a date, a month or a term) · bm4.plan.6");
    for _ in 0.."2026-06-30".len() {
        app.send("\x7f");
    }
    app.send("May");
    app.send("\r");
    app.wait_for("Saved: Due (a date, a month or a term) · bm4.plan.6");
    app.wait_for("May = 2026-05-31 (end of the month)");
    // Undo and redo reach the actions screen's changes too.
    app.send("u");
    app.wait_for("Undone: Due");
    app.send("\x12");
    app.wait_for("Redone: Due");
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);

    let mut expected = before.clone();
    tip_mut(&mut expected, "bm2.implement.1").status = TipStatus::Done;
    tip_mut(&mut expected, "bm6.implement.4").status = TipStatus::Done;
    tip_mut(&mut expected, "bm4.plan.6").due = "May".into();
    expected.dates.push("2026-03-10".into());
    assert_eq!(load(&path), expected);
}

#[test]
fn actions_flag_starts_on_the_actions_screen_and_enter_opens_the_tip() {
    let (_dir, path) = copy_example();
    let mut app = App::start_args(
        &[path.to_str().unwrap(), "--actions"],
        &[("HKBM_TODAY", "2026-03-10")],
    );
    app.wait_for("19 of 19 actions · 2 LATE");
    app.send("w");
    app.wait_for("Whose actions?");
    // Everyone, Mr Chan, Mr Ho, Mr Lam, Ms Cheung…
    for _ in 0..4 {
        app.send(DOWN);
    }
    app.send("\r");
    app.wait_for("Showing the actions of Ms Cheung.");
    app.wait_for("4 of 19 actions · 1 LATE");
    app.send("\r");
    app.wait_for("Benchmark 6 · Personal Guidance");
    app.wait_for("Implement · item 4 of");
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);
}

/// The app on a pseudo-terminal that is not its controlling terminal (so no
/// SIGHUP can come): typing a note, then the terminal closes. The app must
/// notice by itself, keep the typing, save and exit — not spin on a dead
/// terminal (crossterm reads end-of-file or EIO again and again).
#[cfg(unix)]
#[test]
fn a_terminal_that_closes_without_a_hang_up_signal_saves_and_exits() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::{Read, Write};
    let (_dir, path) = copy_example();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_hkbm"));
    cmd.arg(path.to_str().unwrap());
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config");
    cmd.set_controlling_tty(false);
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    // Read the screen until `text` shows, then stop reading (the reader
    // must not keep the terminal open).
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let (shown_tx, shown_rx) = std::sync::mpsc::channel::<()>();
    let screen_thread = thread::spawn(move || {
        let mut screen = vt100::Parser::new(
            std::num::NonZeroU16::new(24).unwrap(),
            std::num::NonZeroU16::new(80).unwrap(),
            0,
        );
        let mut buf = [0u8; 4096];
        while let Ok(wanted) = rx.recv() {
            while !screen.screen().contents().contains(&wanted) {
                match reader.read(&mut buf) {
                    Ok(n) if n > 0 => screen.process(&buf[..n]),
                    _ => return,
                }
            }
            let _ = shown_tx.send(());
        }
    });
    let mut step = |keys: &str, wanted: &str| {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
        thread::sleep(Duration::from_millis(60));
        tx.send(wanted.to_string()).unwrap();
        shown_rx
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("the screen never showed {wanted:?}"));
    };
    step("", "Walk stands at");
    step(&format!("{DOWN}{DOWN}{DOWN}\r"), "Benchmark 4");
    step("n", "Criteria · item 1 of 5");
    step("e", "Evidence note · bm4.c1");
    step("typed as the window closed", "typed as the window closed");
    drop(tx);
    screen_thread.join().unwrap();
    // portable-pty's writer types a newline and end-of-file (Ctrl-J,
    // Ctrl-D) when dropped; a closing terminal window types nothing.
    let fd = pty.master.as_raw_fd().unwrap();
    // SAFETY: a termios filled by tcgetattr on an open descriptor.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        assert_eq!(libc::tcgetattr(fd, &mut t), 0);
        t.c_cc[libc::VEOF] = 0;
        assert_eq!(libc::tcsetattr(fd, libc::TCSANOW, &t), 0);
    }
    drop(writer);
    drop(pty.master);

    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("the app kept running after its terminal closed");
        }
        thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.exit_code(), 129);
    let mut after = load(&path);
    assert_eq!(
        criterion_mut(&mut after, "bm4.c1").note,
        "typed as the window closed"
    );
    assert!(!hkbm::store::lock::lock_path(&path).exists());
}
/// Keys typed ahead are still queued when the line drops: the app saves
/// and goes at once instead of working through the queue first. (A long
/// note makes each key cost something, so keys do queue up.)
#[test]
fn a_hang_up_with_keys_queued_saves_first() {
    let (_dir, path) = copy_example();
    let mut session = load(&path);
    let long = "a long evidence note for the record. ".repeat(30_000);
    criterion_mut(&mut session, "bm4.c1").note = long.trim_end().to_string();
    hkbm::store::session::save(&path, &session).unwrap();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    app.send("e");
    app.wait_for("Evidence note · bm4.c1");
    app.send(" then");
    app.wait_for(" then");
    app.writer_send(&" more".repeat(300));
    let pid = app.child.process_id().unwrap();
    let sent = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let (exit, took) = app.wait_exit(Duration::from_secs(30));
    assert_eq!(exit, 129);
    assert!(took < Duration::from_secs(2), "took {took:?}");
    let mut after = load(&path);
    let note = &criterion_mut(&mut after, "bm4.c1").note;
    assert!(note.starts_with(&format!("{} then", long.trim_end())));
}

#[test]
fn a_file_the_app_cannot_open_leaves_the_terminal_as_it_was() {
    // The app reads the file while it gets the terminal ready: a refused
    // file must still be said line by line (raw mode off again before
    // printing) and never take over the screen.
    let (_dir, path) = copy_example();
    let text = fs::read_to_string(&path).unwrap();
    let bad = text
        .replacen("rating: Some(3)", "rating: Some(9)", 1)
        .replacen("rating: Some(2)", "rating: Some(8)", 1);
    fs::write(&path, &bad).unwrap();
    let mut app = App::start(&path, &[]);
    assert_eq!(app.wait_exit(Duration::from_secs(10)).0, 1);
    app.wait_for("rating 8 is not on the scale");
    let screen = app.contents();
    let lines: Vec<&str> = screen.lines().filter(|l| l.contains("hkbm:")).collect();
    assert_eq!(lines.len(), 2, "{screen}");
    for l in &lines {
        assert!(
            l.starts_with("hkbm: "),
            "each message starts its own line: {screen}"
        );
    }
    assert!(!app.screen.lock().unwrap().screen().alternate_screen());
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        bad,
        "the file is untouched"
    );
}

/// A bilingual meeting: L speaks Chinese, screens and content at once, and
/// L again English; the walk stays where it was and the file is untouched.
#[test]
fn the_language_key_switches_both_ways_and_the_file_keeps_its_bytes() {
    let (_dir, path) = copy_example();
    let before = fs::read(&path).unwrap();
    let mut app = App::start(&path, &[]);
    to_bm4_criteria(&mut app);
    app.send("L");
    app.wait_for("已轉為繁體中文");
    // The content pack's Chinese, at the same criterion.
    app.wait_for("基準4");
    assert!(
        !app.contents().contains("Address the Needs"),
        "{}",
        app.contents()
    );
    app.send("L");
    app.wait_for("Now in English");
    app.wait_for("Benchmark 4 · Address the Needs");
    app.send("L");
    app.wait_for("已轉為繁體中文");
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);
    assert_eq!(fs::read(&path).unwrap(), before, "switching is never saved");
}

/// The locale chooses the language when nothing else does.
#[test]
fn a_hong_kong_locale_opens_in_chinese() {
    let (_dir, path) = copy_example();
    let mut app = App::start(&path, &[("LANG", "zh_HK.UTF-8")]);
    app.wait_for("穩定和清晰的生涯發展政策");
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);
}

/// A message on screen when the language key is pressed is said again in
/// the new language, and so is why the file is read-only.
#[test]
fn a_message_shown_before_the_language_key_is_in_the_new_language_after_it() {
    let (_dir, path) = copy_example();
    let mut app = App::start_args(
        &[path.to_str().unwrap(), "--read-only", "--lang", "en"],
        &[],
    );
    app.wait_for("Read-only: opened with --read-only.");
    app.send("L");
    app.wait_for("唯讀：以 --read-only 打開。");
    assert!(!app.contents().contains("Read-only"), "{}", app.contents());
    // An edit refused (s: the school's name): the error stays through the
    // language key, said again in English.
    app.send("s");
    app.wait_for("唯讀：以 --read-only 打開");
    app.send("L");
    app.wait_for("Read-only: opened with --read-only");
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
}

/// A save left unfinished by a killed hkbm (`.session.ron.*.tmp`) is removed
/// by the next hkbm to hold the lock; other files in the folder are kept.
#[test]
fn unfinished_saves_of_a_killed_hkbm_are_removed_at_start() {
    let (dir, path) = copy_example();
    let orphan = dir.path().join(".session.ron.a1b2c3.tmp");
    let other = dir.path().join(".other.ron.a1b2c3.tmp");
    fs::write(&orphan, "half a sessi").unwrap();
    fs::write(&other, "someone else's").unwrap();
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    // Tidied right after the first frame, before any key is read.
    app.send("?");
    app.wait_for("Keys");
    assert!(!orphan.exists(), "the unfinished save is removed");
    assert!(other.exists(), "another file's temporary file is kept");
    app.send(ESC);
    app.send("q");
    let (code, _) = app.wait_exit(Duration::from_secs(5));
    assert_eq!(code, 0);
}
