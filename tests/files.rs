//! Files the user names on the command line: FIFOs and devices, symbolic
//! links, `-o`, creating a file two processes want at once, and the errors
//! a hand-edited session can hold.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn copy_example(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    fs::copy(example(NEW), &path).unwrap();
    path
}

/// Run hkbm with a time limit: a command that hangs is a failure, not a
/// stuck test run.
#[cfg_attr(not(unix), allow(dead_code))]
fn hkbm_within(dir: &Path, args: &[&str], limit: Duration) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hkbm"))
        .args(args)
        .current_dir(dir)
        .env_remove("HKBM_SESSIONS")
        .env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            let _ = status;
            return (
                out.status.code(),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            );
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hkbm {args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(ok.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_by_every_command_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = copy_example(d, "good.ron");
    let sessions = d.join("folder");
    fs::create_dir(&sessions).unwrap();
    copy_example(&sessions, "a.ron");
    mkfifo(&sessions.join("x.ron"));
    let fifo = d.join("fifo.ron");
    mkfifo(&fifo);
    let (f, g, s) = (
        fifo.to_str().unwrap(),
        good.to_str().unwrap(),
        sessions.to_str().unwrap(),
    );
    let limit = Duration::from_secs(10);
    for args in [
        vec!["check", f],
        vec!["summary", f],
        vec!["report", f],
        vec!["compare", g, f, "--format", "text"],
        vec!["new", "--from", f, "-o", "n.ron"],
        vec!["aggregate", f],
        vec!["--content", f, "summary", g],
    ] {
        let (code, _, err) = hkbm_within(d, &args, limit);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(
            err.contains("not a regular file")
                || err.contains("not a file")
                || err.contains("content pack"),
            "{args:?}: {err}"
        );
    }
    // A folder scan skips the FIFO with a message and uses the rest.
    let (code, out, err) = hkbm_within(d, &["aggregate", s], limit);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("1 used"), "{out}");
    assert!(err.contains("x.ron") && err.contains("FIFO"), "{err}");
}

#[cfg(unix)]
#[test]
fn report_to_a_device_fifo_or_link_writes_into_it_and_replaces_nothing() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = copy_example(d, "s.ron");
    let s = s.to_str().unwrap();

    let out = hkbm_in(d, &["report", s, "-o", "/dev/null"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    let fifo = d.join("pipe");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let (code, _, err) = hkbm_within(d, &["report", s, "-o", "pipe"], Duration::from_secs(10));
    assert_eq!(code, Some(0), "{err}");
    assert!(reader.join().unwrap().starts_with("# "));
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());

    fs::create_dir(d.join("archive")).unwrap();
    fs::write(d.join("archive/report.md"), "old").unwrap();
    std::os::unix::fs::symlink("archive/report.md", d.join("latest.md")).unwrap();
    let out = hkbm_in(d, &["report", s, "-o", "latest.md"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::symlink_metadata(d.join("latest.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(d.join("archive/report.md"))
            .unwrap()
            .starts_with("# ")
    );
}

#[test]
fn report_to_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = copy_example(d, "s.ron");
    let out = hkbm_in(d, &["report", s.to_str().unwrap(), "-o", "-"]);
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("# "));
    assert!(!d.join("-").exists());
}

#[test]
fn of_eight_new_at_once_on_one_file_exactly_one_creates_it() {
    for _round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let children: Vec<_> = (0..8)
            .map(|i| {
                Command::new(env!("CARGO_BIN_EXE_hkbm"))
                    .args(["new", "-o", "same.ron", "--year", "2025/26"])
                    .args(["--school", &format!("School {i}")])
                    .current_dir(d)
                    .env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let winners: Vec<usize> = (0..8).filter(|&i| outs[i].status.success()).collect();
        assert_eq!(winners.len(), 1, "{outs:?}");
        for (i, o) in outs.iter().enumerate() {
            if i != winners[0] {
                assert!(stderr(o).contains("already exists"), "{}", stderr(o));
            }
        }
        let text = fs::read_to_string(d.join("same.ron")).unwrap();
        assert!(text.contains(&format!("School {}", winners[0])));
        assert_eq!(
            fs::read_dir(d).unwrap().count(),
            1,
            "no temporary files left"
        );
    }
}

/// The example session with `edit` applied to its text.
fn edited(d: &Path, edit: impl FnOnce(String) -> String) -> PathBuf {
    let text = fs::read_to_string(example(NEW)).unwrap();
    let path = d.join("edited.ron");
    fs::write(&path, edit(text)).unwrap();
    path
}

#[test]
fn a_measure_given_twice_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(example(NEW)).unwrap();
    let i = text.find("measured: {").unwrap();
    let line = text[..i].matches('\n').count() + 1;
    let p = edited(dir.path(), |t| {
        t.replacen("measured: {", "measured: {\"x\": 1.0, \"x\": 2.0, ", 1)
    });
    let out = hkbm(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("edited.ron:{line}:")), "{err}");
    assert!(err.contains("twice"), "{err}");
}

#[test]
fn a_negative_measured_value_is_refused_as_when_typed() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(example(NEW)).unwrap();
    let i = text.find("measured: {\"").unwrap() + "measured: {".len();
    let key_end = text[i + 1..].find('"').unwrap() + i + 2;
    let colon = key_end + 1;
    let value_end = text[colon..].find(['}', ',']).unwrap() + colon;
    let p = edited(dir.path(), |t| {
        format!("{}: -5.0{}", &t[..key_end], &t[value_end..])
    });
    let out = hkbm(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stderr(&out).contains("0 or more"), "{}", stderr(&out));
}

#[test]
fn a_baseline_entry_given_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = edited(dir.path(), |t| {
        let i = t.find("BaselineScore(").unwrap();
        let end = t[i..].find('\n').unwrap() + i + 1;
        let line = t[i..end].to_string();
        format!("{}{line}{}", &t[..end], &t[end..])
    });
    let out = hkbm(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("twice"), "{}", stderr(&out));
}

#[test]
fn an_unknown_field_in_the_last_criterion_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(example(NEW)).unwrap();
    let i = text.rfind("CriterionRecord(").unwrap() + "CriterionRecord(".len();
    let line = text[..i].matches('\n').count() + 2;
    let p = edited(dir.path(), |t| {
        format!("{}\n owner: \"x\",{}", &t[..i], &t[i..])
    });
    let out = hkbm(&["check", p.to_str().unwrap()]);
    assert!(
        stderr(&out).contains(&format!("edited.ron:{line}:")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_oversized_file_is_said_in_mib() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.ron");
    fs::File::create(&p).unwrap().set_len(17_600_000).unwrap();
    let out = hkbm(&["check", p.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("(16.8 MiB; the limit is 16 MiB)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn new_from_the_last_writable_year_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = edited(dir.path(), |t| {
        t.replace("year: \"2025/26\"", "year: \"9999/00\"")
    });
    let out = hkbm_in(
        dir.path(),
        &["new", "--from", p.to_str().unwrap(), "-o", "n.ron"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no academic year after 9999/00"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("n.ron").exists());
}

#[test]
fn new_to_dash_prints_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let out = hkbm_in(
        dir.path(),
        &["new", "--school", "S", "--year", "2025/26", "-o", "-"],
    );
    assert!(out.status.success());
    assert!(stdout(&out).contains("school: \"S\""));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}
