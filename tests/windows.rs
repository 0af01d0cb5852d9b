//! The Windows build keeps the command line's promises: run under Wine
//! against the same files as the native build, it must print the same
//! output, give the same exit codes and messages, write files that the
//! native build reads, and save from the interactive app.
//!
//! Runs when `HKBM_WINDOWS_EXE` names a cross-built `hkbm.exe` (`.ci/run`
//! builds one and installs Wine); otherwise every test says it skipped.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use common::app::App;

const EXAMPLE_2025: &str = "sessions/lantau-bay-college-2025-26.ron";
const EXAMPLE_2024: &str = "sessions/lantau-bay-college-2024-25.ron";

/// The Windows program, or `None` (and a note) when it was not built.
fn windows_exe() -> Option<PathBuf> {
    match std::env::var_os("HKBM_WINDOWS_EXE") {
        Some(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            assert!(
                p.is_file(),
                "HKBM_WINDOWS_EXE={} is not a file",
                p.display()
            );
            Some(p)
        }
        _ => {
            eprintln!("skipped: HKBM_WINDOWS_EXE is not set (see .ci/run)");
            None
        }
    }
}

fn wine() -> String {
    std::env::var("HKBM_WINE").unwrap_or_else(|_| "wine".to_string())
}

/// How a Windows program names a file of this machine: Wine's drive Z: is `/`.
fn win(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap();
    format!("Z:{}", abs.display()).replace('/', "\\")
}

/// The same relative path as Windows writes it: both programs then print
/// paths of the same length, so wrapped text lines up.
fn rel(path: &str) -> String {
    path.replace('/', "\\")
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_with(program: &mut Command, args: &[&str]) -> Out {
    let out = program
        .args(args)
        // Never a real user's configuration or data folder.
        .env("XDG_CONFIG_HOME", "/nonexistent/hkbm-test-config")
        .env("WINEDEBUG", "-all")
        .env_remove("NO_COLOR")
        .output()
        .expect("run");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn on_windows(exe: &Path, args: &[&str]) -> Out {
    let mut cmd = Command::new(wine());
    cmd.arg(exe);
    run_with(&mut cmd, args)
}

fn native(args: &[&str]) -> Out {
    run_with(&mut Command::new(env!("CARGO_BIN_EXE_hkbm")), args)
}

/// Text output is the same on both systems. Windows consoles get LF too;
/// only the lines naming a session file differ (`Z:\…` against `/…`).
fn same_text(windows: &str, linux: &str, what: &str) {
    assert!(!windows.contains('\r'), "{what}: CR in the Windows output");
    let without_paths = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| !l.contains(".ron"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(windows.lines().count(), linux.lines().count(), "{what}");
    let (w, l) = (without_paths(windows), without_paths(linux));
    if w != l {
        let first = w.iter().zip(&l).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{what}: Windows and Linux outputs differ from line {first}:\n{:?}\n{:?}",
            w.get(first),
            l.get(first)
        );
    }
}

#[test]
fn version_and_help() {
    let Some(exe) = windows_exe() else { return };
    let out = on_windows(&exe, &["--version"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout.trim(),
        format!("hkbm {}", env!("CARGO_PKG_VERSION"))
    );
    let help = on_windows(&exe, &["--help"]);
    assert_eq!(help.code, 0);
    for command in ["new", "summary", "compare", "report", "aggregate", "check"] {
        assert!(help.stdout.contains(command), "help lacks {command}");
    }
}

#[test]
fn new_session_in_a_folder_with_chinese_and_spaces() {
    let Some(exe) = windows_exe() else { return };
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("生涯 規劃 2025");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("聖約翰 書院 2025-26.ron");
    let out = on_windows(
        &exe,
        &[
            "new",
            "-o",
            &win(&file),
            "--school",
            "聖約翰書院 St John's",
            "--year",
            "2025/26",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = fs::read_to_string(&file).expect("the new session is there");
    assert!(text.contains("聖約翰書院 St John's"));
    assert!(
        !text.contains('\r'),
        "session files have LF line endings on Windows too"
    );
    // The native build reads what the Windows build wrote.
    let check = native(&["check", file.to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    // Creating is exclusive: a second `new` onto the same file is refused.
    let again = on_windows(
        &exe,
        &[
            "new",
            "-o",
            &win(&file),
            "--school",
            "X",
            "--year",
            "2025/26",
        ],
    );
    assert_eq!(again.code, 1, "{}", again.stdout);
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        text,
        "the file is left as it was"
    );
}

#[test]
fn check_good_and_bad_files() {
    let Some(exe) = windows_exe() else { return };
    let good = on_windows(&exe, &["check", &win(Path::new(EXAMPLE_2025))]);
    assert_eq!(good.code, 0, "{}", good.stderr);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    let text = fs::read_to_string(EXAMPLE_2025).unwrap();
    let broken = text.replacen("rating: Some(3)", "rating: Some(\"three\")", 1);
    fs::write(&bad, &broken).unwrap();
    let on_win = on_windows(&exe, &["check", &win(&bad)]);
    let on_linux = native(&["check", bad.to_str().unwrap()]);
    assert_eq!(on_win.code, 1);
    assert_eq!(on_linux.code, 1);
    // The same line:col and message, after the path as each system names it.
    let tail = |s: &str| {
        s.split_once("bad.ron")
            .map(|(_, t)| t.to_string())
            .unwrap_or_default()
    };
    assert!(tail(&on_win.stderr).starts_with(':'), "{}", on_win.stderr);
    assert_eq!(
        tail(&on_win.stderr).replace('\r', ""),
        tail(&on_linux.stderr)
    );
    assert_eq!(
        fs::read_to_string(&bad).unwrap(),
        broken,
        "a bad file is left as it was"
    );

    let missing = on_windows(&exe, &["check", &win(&dir.path().join("nope.ron"))]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("nope.ron"), "{}", missing.stderr);
}

#[test]
fn summary_and_compare_print_what_linux_prints() {
    let Some(exe) = windows_exe() else { return };
    for format in ["text", "json"] {
        let w = on_windows(&exe, &["summary", &rel(EXAMPLE_2025), "--format", format]);
        let l = native(&["summary", EXAMPLE_2025, "--format", format]);
        assert_eq!(w.code, 0, "{}", w.stderr);
        same_text(&w.stdout, &l.stdout, &format!("summary --format {format}"));
    }
    for format in ["text", "md", "csv", "json"] {
        let w = on_windows(
            &exe,
            &[
                "compare",
                &rel(EXAMPLE_2024),
                &rel(EXAMPLE_2025),
                "--format",
                format,
            ],
        );
        let l = native(&["compare", EXAMPLE_2024, EXAMPLE_2025, "--format", format]);
        assert_eq!(w.code, 0, "{}", w.stderr);
        if format == "csv" {
            // CSV is for Excel: CRLF on both systems; only the separator in
            // the file names differs.
            assert_eq!(
                w.stdout.replace("sessions\\", "sessions/"),
                l.stdout,
                "compare --format csv"
            );
        } else {
            same_text(&w.stdout, &l.stdout, &format!("compare --format {format}"));
        }
    }
}

#[test]
fn report_replaces_an_existing_file() {
    let Some(exe) = windows_exe() else { return };
    let dir = tempfile::tempdir().unwrap();
    for format in ["md", "html", "csv"] {
        let out = dir.path().join(format!("報告 report.{format}"));
        fs::write(&out, "last week's report\n").unwrap();
        let w = on_windows(
            &exe,
            &[
                "report",
                &win(Path::new(EXAMPLE_2025)),
                "--format",
                format,
                "-o",
                &win(&out),
            ],
        );
        assert_eq!(w.code, 0, "{}", w.stderr);
        let l = native(&["report", EXAMPLE_2025, "--format", format]);
        assert_eq!(
            fs::read_to_string(&out).unwrap(),
            l.stdout,
            "report --format {format}"
        );
        // No temporary file is left beside it.
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(names.is_empty(), "left behind: {names:?}");
    }
}

#[test]
fn aggregate_a_folder() {
    let Some(exe) = windows_exe() else { return };
    let dir = tempfile::tempdir().unwrap();
    for f in [EXAMPLE_2024, EXAMPLE_2025] {
        fs::copy(f, dir.path().join(Path::new(f).file_name().unwrap())).unwrap();
    }
    fs::write(dir.path().join("broken.ron"), "Session(").unwrap();
    let w = on_windows(&exe, &["aggregate", &win(dir.path()), "--format", "csv"]);
    let l = native(&["aggregate", dir.path().to_str().unwrap(), "--format", "csv"]);
    assert_eq!(w.code, l.code, "{}", w.stderr);
    // The data rows are the same; a failed file is named on both.
    let data = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| !l.contains("broken.ron"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(data(&w.stdout), data(&l.stdout));
    assert!(
        w.stdout.contains("broken.ron") || w.stderr.contains("broken.ron"),
        "the failed file is named"
    );
}

/// Runs the Windows app on `file` in a pseudo-terminal under Wine, types
/// `keys` (each after the screen settles a little) and gives its exit code.
fn drive(exe: &Path, file: &Path, keys: &[&str]) -> u32 {
    let (exe, file) = (exe.to_str().unwrap(), win(file));
    let mut app = App::start_program(&wine(), &[exe, &file], &[("WINEDEBUG", "-all")]);
    // Wine's console draws slowly and not always in place: wait for the
    // first frame to settle rather than for a text.
    let start = Instant::now();
    let mut last = 0;
    let mut quiet = Instant::now();
    loop {
        let n = *app.bytes.lock().unwrap();
        if n != last {
            last = n;
            quiet = Instant::now();
        } else if n >= 500 && quiet.elapsed() > Duration::from_millis(1500) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the app drew {last} bytes and never settled"
        );
        thread::sleep(Duration::from_millis(50));
    }
    for key in keys {
        app.writer_send(key);
        thread::sleep(Duration::from_millis(800));
    }
    app.wait_exit(Duration::from_secs(30)).0
}

/// The interactive app in a pseudo-terminal under Wine's console: a rating
/// typed there is saved into the file (atomically replacing it), nothing
/// but an empty lock file is left, and the next start can write again.
#[test]
fn the_app_saves_a_rating() {
    let Some(exe) = windows_exe() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("學校 session.ron");
    fs::copy(EXAMPLE_2025, &file).unwrap();
    let before = fs::read_to_string(&file).unwrap();
    assert!(before.contains("rating: Some(3)"));

    // Open benchmark 1, go to its criteria, rate the first one 0, quit.
    assert_eq!(drive(&exe, &file, &["\r", "n", "0", "q"]), 0);
    let after = fs::read_to_string(&file).unwrap();
    let expected = before.replacen("rating: Some(3)", "rating: Some(0)", 1);
    // The first change of a day also records the sitting date.
    let changed: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert!(after.lines().count() == before.lines().count(), "{after}");
    assert!(
        changed
            .iter()
            .any(|(a, b)| a.contains("rating: Some(3)") && b.contains("rating: Some(0)")),
        "the rating was not saved: {changed:?}"
    );
    assert!(
        changed
            .iter()
            .all(|(a, b)| (a.contains("rating") && b.contains("rating"))
                || (a.contains("dates:") && b.contains("dates:"))),
        "only the rating and the sitting date change: {changed:?}"
    );
    assert_eq!(
        after
            .lines()
            .filter(|l| l.contains("rating: Some(0)"))
            .count(),
        expected
            .lines()
            .filter(|l| l.contains("rating: Some(0)"))
            .count()
    );
    assert!(!after.contains('\r'));
    // Windows keeps the (emptied) lock file: it cannot be removed safely
    // while another hkbm may be opening it, and it never blocks by itself.
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "學校 session.ron")
        .filter(|n| {
            !(n == "學校 session.ron.lock" && fs::metadata(dir.path().join(n)).unwrap().len() == 0)
        })
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");

    // The next start is not blocked by what the first left: it can write.
    assert_eq!(drive(&exe, &file, &["\r", "n", "2", "q"]), 0);
    let again = fs::read_to_string(&file).unwrap();
    assert_eq!(
        again
            .lines()
            .filter(|l| l.contains("rating: Some(2)"))
            .count(),
        after
            .lines()
            .filter(|l| l.contains("rating: Some(2)"))
            .count()
            + 1,
        "the second run's rating was saved"
    );
}
