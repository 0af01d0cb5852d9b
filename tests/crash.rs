//! Nothing is lost: the app is killed at random moments in the middle of
//! random edits, hung up on, and terminated, and each time the file on disk
//! is a complete session that the app really wrote.
//!
//! Every key sent to the real app is also replayed in-process through the
//! same `handle_key`, giving the file the app should have written after each
//! key. After a SIGKILL the file must equal one of those states (the app may
//! lag behind the keys sent, but never leaves half a file); after SIGHUP or
//! SIGTERM it must equal the state after the last key, with the text being
//! typed kept.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};
use std::{fs, thread};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hkbm::app::update::commit_pending;
use hkbm::app::{Effect, State, handle_key};
use hkbm::model::date::Date;
use hkbm::store::content::built_in;
use hkbm::store::session::{parse, to_ron};

use common::app::App;
use common::*;

/// A key: the bytes the terminal sends and the event the app receives.
#[derive(Clone)]
struct Key {
    bytes: String,
    event: KeyEvent,
}

fn key(bytes: &str, code: KeyCode, mods: KeyModifiers) -> Key {
    Key {
        bytes: bytes.into(),
        event: KeyEvent::new(code, mods),
    }
}

fn ch(c: char) -> Key {
    key(&c.to_string(), KeyCode::Char(c), KeyModifiers::NONE)
}

/// A random edit script: moving about, rating, deciding tips, notes, undo.
fn script(rng: &mut Rng, len: usize) -> Vec<Key> {
    let mut keys = vec![ch('n')];
    while keys.len() < len {
        match rng.below(12) {
            0 | 1 => keys.push(ch('n')),
            2 => keys.push(key("\x1b[B", KeyCode::Down, KeyModifiers::NONE)),
            3 => keys.push(key("\t", KeyCode::Tab, KeyModifiers::NONE)),
            4 => keys.push(ch(']')),
            5..=7 => keys.push(ch(char::from(b'0' + rng.below(5) as u8))),
            8 => keys.push(ch('u')),
            9 => keys.push(key("\x12", KeyCode::Char('r'), KeyModifiers::CONTROL)),
            _ => {
                keys.push(ch('e'));
                for c in ["記", "x", " ", "7", "é"][rng.below(5) as usize].chars() {
                    keys.push(ch(c));
                }
                // Ctrl-S finishes the editor (no lone Esc to time).
                keys.push(key("\x13", KeyCode::Char('s'), KeyModifiers::CONTROL));
            }
        }
    }
    keys
}

/// The file texts the app should have written after each key, starting
/// with the file as it is.
fn replay(text: &str, keys: &[Key]) -> (Vec<String>, State) {
    let pack = built_in().unwrap().pack;
    let (session, _) = parse(Path::new("replay.ron"), text).unwrap();
    let mut state = State::new(pack, session, "replay.ron".into(), Date::today().iso());
    let mut states = vec![text.to_string()];
    for k in keys {
        let effects = handle_key(&mut state, k.event);
        if effects
            .iter()
            .any(|e| matches!(e, Effect::Save | Effect::ForceSave))
        {
            states.push(to_ron(&state.session));
        }
    }
    (states, state)
}

fn kill(app: &App, signal: &str) {
    let pid = app.child.process_id().unwrap();
    let ok = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "session.ron")
        .collect()
}

#[test]
fn killed_at_random_moments_the_file_is_always_a_state_the_app_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    fs::copy(example(NEW), &path).unwrap();
    let mut rng = Rng(0x5eed_1234_abcd);
    let started = Instant::now();
    let mut runs = 0;
    // At least 200 kills, but never more than two minutes of them.
    while runs < 200 && started.elapsed() < Duration::from_secs(120) {
        let before = fs::read_to_string(&path).unwrap();
        let len = 3 + rng.below(25) as usize;
        let keys = script(&mut rng, len);
        let cut = rng.below(keys.len() as u64) as usize;
        let (states, _) = replay(&before, &keys[..=cut]);

        let mut app = App::start(&path, &[]);
        app.wait_for("Walk stands at");
        assert!(
            !app.contents().contains("READ-ONLY"),
            "run {runs}: a stale lock blocked the start"
        );
        for k in &keys[..=cut] {
            app.writer_send(&k.bytes);
        }
        // Sometimes let the app catch up, sometimes kill it mid-flight.
        if rng.below(2) == 0 {
            thread::sleep(Duration::from_millis(rng.below(40)));
        }
        kill(&app, "-KILL");
        app.wait_exit(Duration::from_secs(5));

        let now = fs::read_to_string(&path).unwrap();
        assert!(
            states.contains(&now),
            "run {runs}: the file is not a state the app wrote (keys {:?})",
            keys[..=cut]
                .iter()
                .map(|k| k.bytes.clone())
                .collect::<Vec<_>>()
        );
        assert!(parse(&path, &now).is_ok());
        runs += 1;
    }
    assert!(runs >= 200, "only {runs} runs in the time allowed");
    eprintln!("{runs} kills in {:?}", started.elapsed());

    // A clean start afterwards clears whatever the kills left behind.
    let mut app = App::start(&path, &[]);
    app.wait_for("Walk stands at");
    assert!(!app.contents().contains("READ-ONLY"));
    app.send("q");
    assert_eq!(app.wait_exit(Duration::from_secs(5)).0, 0);
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

/// Run random scripts, wait for the last edit to land, start typing a note,
/// send `signal`: the note and every edit are saved and the app is gone.
fn signal_keeps_every_committed_edit(signal: &str, code: u32, seed: u64) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.ron");
    fs::copy(example(NEW), &path).unwrap();
    let mut rng = Rng(seed);
    for run in 0..25 {
        let before = fs::read_to_string(&path).unwrap();
        let len = 3 + rng.below(20) as usize;
        let mut keys = script(&mut rng, len);
        // Finish in the criteria of some benchmark, typing a note.
        keys.extend([
            ch('g'),
            key("\r", KeyCode::Enter, KeyModifiers::NONE),
            ch('n'),
            ch('e'),
        ]);
        // A mark of this run: notes typed in earlier runs say "dropped" too,
        // so waiting for that word alone could stop the app mid-script.
        let mark = format!("r{run}q");
        keys.extend(
            format!("typed when the line dropped {mark}")
                .chars()
                .map(ch),
        );
        let (_, mut state) = replay(&before, &keys);
        commit_pending(&mut state);
        let expected = to_ron(&state.session);

        let mut app = App::start(&path, &[]);
        app.wait_for("Walk stands at");
        for k in &keys {
            app.writer_send(&k.bytes);
        }
        app.wait_for(&mark);
        kill(&app, signal);
        let (exit, took) = app.wait_exit(Duration::from_secs(5));
        assert_eq!(exit, code, "run {run}");
        assert!(took < Duration::from_secs(1), "run {run}: took {took:?}");
        assert_eq!(fs::read_to_string(&path).unwrap(), expected, "run {run}");
        assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "run {run}");
    }
}

#[test]
fn hang_ups_keep_every_committed_edit() {
    signal_keeps_every_committed_edit("-HUP", 129, 0xdead_beef);
}

#[test]
fn terminate_signals_keep_every_committed_edit() {
    signal_keeps_every_committed_edit("-TERM", 143, 0xfeed_f00d);
}
