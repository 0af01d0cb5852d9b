//! The interactive app at the edge: terminal set-up and tear-down, the event
//! and signal threads, saving, hang-ups and panics.
//!
//! Flow: key → keymap → `Action` → `update` → effects (save…) → redraw.

use std::io::{self, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, mpsc};
use std::time::SystemTime;
use std::{fs, thread};

use crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyCode, KeyEventKind,
};
use crossterm::terminal::{
    self, BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen,
    LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use hkbm::app::state::RadarMode;
use hkbm::app::update::commit_pending;
use hkbm::app::{Action, Effect, Overlay, State, handle_key, handle_paste, update};
use hkbm::model::compare::Comparison;
use hkbm::model::date::Date;
use hkbm::model::session::{academic_year, parse_academic_year};
use hkbm::model::{ContentPack, Session};
use hkbm::store::lock::{self, Lock, LockError};
use hkbm::store::session as session_store;
use hkbm::store::{FileError, read};
use hkbm::ui::{self, Theme};

/// What reaches the main loop.
enum Msg {
    Event(Event),
    Signal(i32),
    /// The terminal is gone (reading from it failed).
    InputGone,
    /// A second of the meeting timer.
    Tick,
}

/// The recovery file that goes with a session file.
pub fn recovery_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".recovery.ron");
    file.with_file_name(name)
}

/// The most recently changed session in `dir`.
pub fn latest_session(dir: &Path) -> Option<PathBuf> {
    let entries = fs::read_dir(dir).ok()?;
    entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "ron")
                && !p.to_string_lossy().ends_with(".recovery.ron")
                && p.is_file()
        })
        .max_by_key(|p| {
            fs::metadata(p)
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH)
        })
}

/// Options from the command line.
pub struct Options {
    pub read_only: bool,
    pub ascii: bool,
    pub theme: String,
    pub present: bool,
    pub mouse: bool,
    pub config: hkbm::config::Config,
    /// What was wrong with the configuration file, to say on screen too.
    pub config_problems: Vec<String>,
}

/// True when the terminal's locale says UTF-8 (LC_ALL, else LC_CTYPE, else LANG).
fn locale_is_utf8() -> bool {
    let value = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty());
    value.is_some_and(|v| {
        let v = v.to_ascii_lowercase();
        v.contains("utf-8") || v.contains("utf8")
    })
}

/// Apply the command line and the configuration to a fresh state.
fn configure(state: &mut State, options: &Options) {
    state.theme_name = Some(options.theme.clone());
    state.present = options.present;
    state.ascii = options.ascii || !locale_is_utf8();
    if state.ascii {
        state.radar = RadarMode::Ascii;
    }
    for (i, bm) in state.pack.benchmarks.iter().enumerate() {
        if let Some(m) = state.timer.allotted.get_mut(i) {
            *m = options.config.minutes_for(&bm.id);
        }
    }
    options.config.apply_keys(&mut state.keymap);
    if let Some(p) = options.config_problems.first() {
        state.error(format!("Configuration: {p}"));
    }
}

/// The files behind an editable session.
struct Files {
    session: PathBuf,
    recovery: PathBuf,
    /// Held for as long as the file is open; dropping it removes the lock file.
    _lock: Option<Lock>,
    /// The file's text as last read or written here: if the file on disk no
    /// longer matches it (a `git pull`, another editor), it is not
    /// overwritten without asking.
    last_text: Option<String>,
}

/// Where the app was asked to open.
pub enum Target {
    File(PathBuf),
    /// No file given: the latest in this sessions folder, or a new one there.
    Folder(PathBuf),
}

/// Open the app. Returns the process exit code.
pub fn run(pack: ContentPack, target: Target, options: Options) -> u8 {
    let force_read_only = options.read_only;
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!("hkbm: the app needs a terminal; for a printout use `hkbm summary FILE`");
        return 1;
    }
    let mut note = None;
    let path = match target {
        Target::File(p) => p,
        Target::Folder(dir) => match latest_session(&dir) {
            Some(p) => p,
            None => {
                if let Err(e) = fs::create_dir_all(&dir) {
                    eprintln!(
                        "hkbm: {}",
                        hkbm::text::inert_line(
                            &FileError::new(&dir, read::io_message(&e)).to_string()
                        )
                    );
                    return 1;
                }
                let year = academic_year(Date::today().academic_year_start());
                let p = dir.join(format!("our-school-{}.ron", year.replace('/', "-")));
                let s = Session::new(&pack, "Our school", &year);
                if let Err(e) = session_store::save(&p, &s) {
                    eprintln!("hkbm: {}", hkbm::text::inert_line(&e.to_string()));
                    return 1;
                }
                note = Some(format!(
                    "New session started in {}. Press s to set the school's name.",
                    hkbm::text::inert_line(&p.display().to_string())
                ));
                p
            }
        },
    };
    let loaded = match session_store::load(&path, &pack) {
        Ok(l) => l,
        Err(errors) => {
            for e in errors {
                eprintln!("hkbm: {}", hkbm::text::inert_line(&e.to_string()));
            }
            return 1;
        }
    };
    let label = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut state = State::new(pack, loaded.session, label, Date::today().iso());
    let mut held: Option<Lock> = None;
    if loaded.newer_version {
        state.read_only = Some("the file was written by a newer hkbm".into());
    } else if force_read_only {
        state.read_only = Some("opened with --read-only".into());
    } else {
        match lock::acquire(&path) {
            Ok(l) => held = Some(l),
            Err(LockError::Held { holder, .. }) => {
                state.read_only = Some(format!("already open for writing by {holder}"));
            }
            Err(e) => state.read_only = Some(e.to_string()),
        }
    }
    if let Some(w) = loaded.warnings.first() {
        state.info(format!("Note: {}", w.message));
    }
    if let Some(n) = note {
        state.info(n);
    }
    if let Some(why) = state.read_only.clone() {
        state.error(format!("Read-only: {why}."));
    }
    configure(&mut state, &options);
    let rec = recovery_path(&path);
    if held.is_some()
        && rec.is_file()
        && let Ok(text) = read::read_text(&rec)
        && let Ok((session, _)) = session_store::parse(&rec, &text)
    {
        let mut recovered = session;
        recovered.complete_for(&state.pack);
        if recovered == state.session {
            // Nothing in it that the file does not have.
            let _ = fs::remove_file(&rec);
        } else {
            let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
            let note = match (modified(&rec), modified(&path)) {
                (Some(r), Some(f)) if r < f => "The session file was changed after it was written: restoring replaces those changes (u undoes the restore).".to_string(),
                _ => "It differs from the session file; restoring replaces the file's content (u undoes it).".to_string(),
            };
            state.overlay = Some(Overlay::Recovery {
                file: rec.clone(),
                session: Box::new(recovered),
                note,
            });
        }
    }
    if held.is_some() {
        remove_orphan_temp_files(&path);
    }
    let last_text = fs::read_to_string(&path).ok();
    let mut files = Some(Files {
        session: path,
        recovery: rec,
        _lock: held,
        last_text,
    });
    event_loop(&mut state, &mut files, options.mouse)
}

/// Open the compare screen for `comparison`; the newest session is shown
/// read-only behind it.
pub fn run_compare(
    pack: ContentPack,
    comparison: Comparison,
    newest: Session,
    options: Options,
) -> u8 {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!("hkbm: the app needs a terminal; use --format text|md|csv|json to print");
        return 1;
    }
    let mut state = State::new(pack, newest, "compare".into(), Date::today().iso());
    state.read_only = Some("comparing years".into());
    state.comparison = Some(comparison);
    state.screen = hkbm::app::Screen::Compare;
    configure(&mut state, &options);
    event_loop(&mut state, &mut None, options.mouse)
}

/// A mouse event (only with `--mouse`): the wheel moves, a click selects.
fn on_mouse(state: &mut State, m: event::MouseEvent) -> Vec<Effect> {
    use event::{MouseButton, MouseEventKind};
    match m.kind {
        MouseEventKind::ScrollDown => update(state, Action::Down),
        MouseEventKind::ScrollUp => update(state, Action::Up),
        MouseEventKind::Down(MouseButton::Left) => match ui::hit_at(m.column, m.row) {
            Some(hit) => hkbm::app::update::handle_click(state, hit),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Write `NAME-report.md` and `NAME-report.html` beside the session file.
fn write_reports(state: &mut State, files: &Option<Files>) {
    let Some(f) = files else {
        state.error("This view has no session file to report on.");
        return;
    };
    let stem = f
        .session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".into());
    let mut written = Vec::new();
    for (ext, text) in [
        ("md", hkbm::report::markdown(&state.pack, &state.session)),
        ("html", hkbm::report::html(&state.pack, &state.session)),
        ("csv", hkbm::report::csv_items(&state.pack, &state.session)),
    ] {
        let path = f.session.with_file_name(format!("{stem}-report.{ext}"));
        match hkbm::store::atomic::write_atomic(&path, text.as_bytes(), 0o600) {
            Ok(()) => written.push(ext),
            Err(e) => {
                state.error(format!("Could not write {}: {e}", path.display()));
                return;
            }
        }
    }
    state.info(format!(
        "Reports written beside the session: {}-report.{}",
        hkbm::text::inert_line(&stem),
        written.join(", .")
    ));
}

/// Start next year's session next to the current file and switch to it.
fn start_next_year(state: &mut State, files: &mut Option<Files>) {
    let Some(f) = files else {
        state.error("This view has no file to start from.");
        return;
    };
    let Some(first) = parse_academic_year(&state.session.year) else {
        state.error("This session's year is not like 2025/26.");
        return;
    };
    let year = academic_year(first + 1);
    let name = session_store::default_file_name(&state.session.school, &year);
    let path = f.session.with_file_name(&name);
    if path.exists() {
        state.error(format!(
            "{name} already exists: open it with `hkbm {}`.",
            path.display()
        ));
        return;
    }
    let next = Session::next_year(&state.pack, &state.session, &state.session.school, &year);
    if let Err(e) = session_store::save(&path, &next) {
        state.error(format!("Could not create {name}: {}", e.message));
        return;
    }
    let lock = match lock::acquire(&path) {
        Ok(l) => Some(l),
        Err(e) => {
            state.error(format!("Created {name}, but: {e}"));
            return;
        }
    };
    let mut fresh = State::new(state.pack.clone(), next, name.clone(), state.today.clone());
    // The way the app was started carries over: drawing, theme, keys, the
    // room's settings and the running meeting timer.
    fresh.radar = state.radar;
    fresh.ascii = state.ascii;
    fresh.theme_name = state.theme_name.clone();
    fresh.present = state.present;
    fresh.bars = state.bars;
    fresh.timer = state.timer.clone();
    fresh.keymap = state.keymap.clone();
    fresh.info(format!(
        "Started {year} in {name}: team, targets and open plans carried over; {} scores kept for trends.",
        state.session.year
    ));
    *state = fresh;
    *f = Files {
        recovery: recovery_path(&path),
        last_text: fs::read_to_string(&path).ok(),
        session: path,
        _lock: lock,
    };
}

fn setup_terminal(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if mouse {
        execute!(io::stdout(), event::EnableMouseCapture)?;
    }
    Ok(())
}

/// Put the terminal back as it was. Safe to call twice.
fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        event::DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
}

/// Temporary files of saves that a killed hkbm never finished (`.NAME.*.tmp`).
/// Only called while holding the lock, so none of them is in use.
fn remove_orphan_temp_files(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(&prefix) && n.ends_with(".tmp") {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

/// Save the session. Unless `force`, a file changed on disk since it was
/// read or last saved here is left alone and the change kept in memory.
fn save(state: &mut State, files: &mut Option<Files>, force: bool) {
    let Some(f) = files else { return };
    if !force
        && let Some(expected) = &f.last_text
        && let Ok(now) = fs::read_to_string(&f.session)
        && &now != expected
    {
        state.unsaved = true;
        state.error(
            "The file was changed by something else since it was opened (e.g. git pull), so it was not overwritten. Your change is kept here: Ctrl-S overwrites the file; q keeps your version in a recovery file.",
        );
        return;
    }
    match session_store::save(&f.session, &state.session) {
        Ok(()) => {
            state.unsaved = false;
            f.last_text = Some(session_store::to_ron(&state.session));
        }
        Err(e) => {
            state.unsaved = true;
            state.error(format!(
                "Could not save ({}). The change is kept here; Ctrl-S tries again.",
                e.message
            ));
        }
    }
}

fn event_loop(state: &mut State, files: &mut Option<Files>, mouse: bool) -> u8 {
    if let Err(e) = setup_terminal(mouse) {
        restore_terminal();
        eprintln!("hkbm: cannot use this terminal: {e}");
        return 1;
    }
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        default_hook(info);
    }));

    let (tx, rx) = mpsc::channel();
    // Set (to the signal, or HUNG_UP) as soon as the app must end: checked
    // before each queued key, so a hang-up saves first instead of after
    // working through everything typed ahead.
    let ending = Arc::new(AtomicI32::new(0));
    let end_with = |ending: &AtomicI32, code: i32| {
        let _ = ending.compare_exchange(0, code, Ordering::SeqCst, Ordering::SeqCst);
    };
    let input_tx = tx.clone();
    let input_ending = ending.clone();
    thread::spawn(move || {
        loop {
            match event::read() {
                Ok(e) => {
                    if input_tx.send(Msg::Event(e)).is_err() {
                        break;
                    }
                }
                Err(_) => {
                    end_with(&input_ending, HUNG_UP);
                    let _ = input_tx.send(Msg::InputGone);
                    break;
                }
            }
        }
    });
    // crossterm's reader does not report a terminal that went away (it reads
    // end-of-file or EIO again and again), and without a controlling
    // terminal no SIGHUP comes: watch the terminal for the hang-up itself.
    let hup_tx = tx.clone();
    let hup_ending = ending.clone();
    watch_for_hang_up(move || {
        end_with(&hup_ending, HUNG_UP);
        let _ = hup_tx.send(Msg::InputGone);
    });
    match signal_hook::iterator::Signals::new([SIGHUP, SIGTERM, SIGINT]) {
        Ok(mut signals) => {
            let signal_ending = ending.clone();
            thread::spawn(move || {
                for sig in signals.forever() {
                    end_with(&signal_ending, sig);
                    if tx.send(Msg::Signal(sig)).is_err() {
                        break;
                    }
                }
            });
        }
        Err(e) => state.error(format!("Cannot watch for hang-ups: {e}")),
    }

    let theme = Theme::choose(state.theme_name.as_deref());
    let backend = CrosstermBackend::new(io::stdout());
    let mut terminal = match Terminal::new(backend) {
        Ok(t) => t,
        Err(e) => {
            restore_terminal();
            eprintln!("hkbm: cannot use this terminal: {e}");
            return 1;
        }
    };
    let test_panic = std::env::var_os("HKBM_TEST_PANIC").is_some();
    let mut first = true;
    let second = std::time::Duration::from_secs(1);
    let mut next_tick = std::time::Instant::now() + second;
    loop {
        let step = catch_unwind(AssertUnwindSafe(|| -> Option<u8> {
            if !first {
                // Block until something happens; only a running meeting
                // timer wakes the app on its own, once a second.
                let msg = if state.timer.running {
                    let wait = next_tick.saturating_duration_since(std::time::Instant::now());
                    match rx.recv_timeout(wait) {
                        Ok(m) => m,
                        Err(mpsc::RecvTimeoutError::Timeout) => {
                            // After a suspend, tick once and carry on from
                            // now rather than replaying every missed second.
                            next_tick = (next_tick + second).max(std::time::Instant::now());
                            Msg::Tick
                        }
                        Err(mpsc::RecvTimeoutError::Disconnected) => return Some(0),
                    }
                } else {
                    let Ok(m) = rx.recv() else {
                        return Some(0);
                    };
                    next_tick = std::time::Instant::now() + second;
                    m
                };
                let mut batch = vec![msg];
                // Coalesce whatever else is waiting: one redraw for all of it.
                while let Ok(m) = rx.try_recv() {
                    batch.push(m);
                }
                for msg in batch {
                    let code = ending.load(Ordering::SeqCst);
                    if code != 0 {
                        return Some(finish_on_hang_up(state, files, code));
                    }
                    let effects = match msg {
                        Msg::Event(Event::Key(k)) if k.kind != KeyEventKind::Release => {
                            if cfg!(debug_assertions) && test_panic && k.code == KeyCode::F(12) {
                                panic!("test panic requested with F12");
                            }
                            handle_key(state, k)
                        }
                        Msg::Event(Event::Paste(text)) => handle_paste(state, &text),
                        Msg::Event(Event::Mouse(m)) => on_mouse(state, m),
                        Msg::Tick => update(state, Action::Tick),
                        Msg::Event(_) => Vec::new(),
                        Msg::Signal(sig) => return Some(finish_on_hang_up(state, files, sig)),
                        Msg::InputGone => return Some(finish_on_hang_up(state, files, HUNG_UP)),
                    };
                    for e in effects {
                        match e {
                            Effect::Save => save(state, files, false),
                            Effect::ForceSave => save(state, files, true),
                            Effect::StartNextYear => start_next_year(state, files),
                            Effect::WriteReports => write_reports(state, files),
                            Effect::DeleteRecovery(f) => {
                                let _ = fs::remove_file(f);
                            }
                            Effect::Quit => {}
                        }
                    }
                    if state.quit {
                        if state.unsaved {
                            // One more try before giving up on the file.
                            save(state, files, false);
                        }
                        return Some(0);
                    }
                }
            }
            first = false;
            let _ = execute!(io::stdout(), BeginSynchronizedUpdate);
            let drawn = terminal.draw(|f| ui::render(f, state, &theme));
            let _ = execute!(io::stdout(), EndSynchronizedUpdate);
            if drawn.is_err() {
                // The terminal is unusable (gone): as for a hang-up, keep
                // what was being typed and save.
                return Some(finish_on_hang_up(state, files, HUNG_UP));
            }
            None
        }));
        match step {
            Ok(None) => continue,
            Ok(Some(code)) => {
                if code == 129 {
                    // The terminal is gone: do not let the terminal's drop
                    // write a "show cursor" to it.
                    std::mem::forget(terminal);
                } else {
                    restore_terminal();
                    let _ = io::stdout().flush();
                }
                if state.unsaved {
                    // The file could not be written: keep the work elsewhere.
                    return match write_recovery(&state.session, files) {
                        Ok(p) => {
                            eprintln!(
                                "hkbm: the session could not be saved; your changes are in {}",
                                hkbm::text::inert_line(&p.display().to_string())
                            );
                            1
                        }
                        Err(e) => {
                            eprintln!(
                                "hkbm: the session could not be saved, nor a recovery file: {}",
                                hkbm::text::inert_line(&e)
                            );
                            1
                        }
                    };
                }
                return code;
            }
            Err(_) => {
                // A bug. Keep unsaved work (text being typed, a failed save)
                // in a recovery file and say where.
                restore_terminal();
                let mut session = state.session.clone();
                let mut pending = state.unsaved;
                if let Some(Overlay::Editor(ed)) = &state.overlay {
                    pending |= ed.field.read(&session) != ed.text();
                    let _ = ed.field.write(&mut session, &ed.text());
                }
                if state.read_only.is_some() || !pending {
                    eprintln!(
                        "hkbm: internal error; nothing was lost (every change was already saved)"
                    );
                    return 101;
                }
                match write_recovery(&session, files) {
                    Ok(p) => eprintln!(
                        "hkbm: internal error; unsaved changes were written to {} and will be offered at the next start",
                        hkbm::text::inert_line(&p.display().to_string())
                    ),
                    Err(e) => eprintln!(
                        "hkbm: internal error, and the recovery file could not be written: {}",
                        hkbm::text::inert_line(&e)
                    ),
                }
                return 101;
            }
        }
    }
}

/// `ending`'s value when the terminal went away (reading or drawing failed,
/// or it hung up) rather than a signal arriving.
const HUNG_UP: i32 = -1;

/// The app must end (a signal, or the terminal went away): keep what is
/// being typed, save, and give the exit code. After a hang-up the terminal
/// is gone: nothing is written to it. Only what is new is saved: an idle
/// app has nothing to write (and must not write over a file changed on disk
/// meanwhile).
fn finish_on_hang_up(state: &mut State, files: &mut Option<Files>, why: i32) -> u8 {
    let typed = commit_pending(state);
    if state.read_only.is_none() && (!typed.is_empty() || state.unsaved) {
        save(state, files, false);
    }
    match why {
        SIGINT => 130,
        SIGTERM => 143,
        _ => 129,
    }
}

/// Call `on_hang_up` (once, from another thread) when the terminal on
/// standard input hangs up: its other side closed, or it was revoked.
#[cfg(unix)]
fn watch_for_hang_up(on_hang_up: impl FnOnce() + Send + 'static) {
    use std::os::fd::AsRawFd;
    let fd = io::stdin().as_raw_fd();
    thread::spawn(move || {
        loop {
            // No events asked for: poll reports only a hang-up or an error,
            // so this sleeps until the terminal goes away.
            let mut watched = libc::pollfd {
                fd,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd, for the duration of the call.
            let n = unsafe { libc::poll(&mut watched, 1, -1) };
            if n < 0 {
                if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return;
            }
            if watched.revents & (libc::POLLHUP | libc::POLLERR) != 0 {
                on_hang_up();
            }
            // POLLNVAL: this terminal cannot be watched (left to SIGHUP and
            // to reading failing). Never poll again in a loop.
            return;
        }
    });
}

/// On Windows closing the console ends the process through the console's
/// close event and reading the console fails, which ends the app as a
/// hang-up: nothing more to watch.
#[cfg(not(unix))]
fn watch_for_hang_up(_on_hang_up: impl FnOnce() + Send + 'static) {}

/// Write `session` to the recovery file beside the session file or, when
/// that folder cannot be written, to the platform's data folder.
fn write_recovery(session: &Session, files: &Option<Files>) -> Result<PathBuf, String> {
    let Some(f) = files else {
        return Err("no file is open".into());
    };
    let text = session_store::to_ron(session);
    let first = hkbm::store::atomic::write_atomic(&f.recovery, text.as_bytes(), 0o600);
    if first.is_ok() {
        return Ok(f.recovery.clone());
    }
    let dir = directories::ProjectDirs::from("hk", "hkbm", "hkbm")
        .map(|d| d.data_dir().join("recovery"))
        .unwrap_or_else(std::env::temp_dir);
    let name = f.recovery.file_name().unwrap_or_default();
    let fallback = dir.join(name);
    fs::create_dir_all(&dir)
        .and_then(|()| hkbm::store::atomic::write_atomic(&fallback, text.as_bytes(), 0o600))
        .map(|()| fallback)
        .map_err(|e| e.to_string())
}
