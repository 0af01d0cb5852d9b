//! The interactive app at the edge: terminal set-up and tear-down, the event
//! and signal threads, saving, hang-ups and panics.
//!
//! Flow: key → keymap → `Action` → `update` → effects (save…) → redraw.

use hkbm::tr;
use std::cell::Cell;
use std::io::{self, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex, mpsc};
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

use hkbm::app::state::RadarMode;
use hkbm::app::update::commit_pending;
use hkbm::app::{Action, Effect, Overlay, State, handle_key, handle_paste, update};
use hkbm::model::compare::Comparison;
use hkbm::model::date::Date;
use hkbm::model::session::{academic_year, next_academic_year};
use hkbm::model::{ContentPack, Session};
use hkbm::store::lock::{self, Lock, LockError};
use hkbm::store::names::{fallback_recovery_name, recovery_dir, recovery_path, temp_prefix};
use hkbm::store::session as session_store;
use hkbm::store::{FileError, read};
use hkbm::ui::backend::FrameBackend;
use hkbm::ui::{self, Theme};

use crate::stop::{self, Stop};

/// What reaches the main loop.
enum Msg {
    Event(Event),
    /// A hang-up, termination or interrupt from outside (see `stop`).
    Stop(Stop),
    /// The terminal is gone (reading from it failed).
    InputGone,
    /// A second of the meeting timer.
    Tick,
}

/// The most recently changed session in `dir`, and the `.ron` names there
/// that are not regular files (a FIFO, a folder), passed over without
/// being opened.
pub fn latest_session(dir: &Path) -> (Option<PathBuf>, Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return (None, Vec::new());
    };
    let mut latest: Option<(SystemTime, PathBuf)> = None;
    let mut passed_over = Vec::new();
    for p in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        if p.extension().is_none_or(|x| x != "ron")
            || p.to_string_lossy().ends_with(".recovery.ron")
        {
            continue;
        }
        // Follows links; never opens the file.
        let Ok(meta) = fs::metadata(&p) else {
            continue;
        };
        if !meta.is_file() {
            passed_over.push(p);
            continue;
        }
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if latest.as_ref().is_none_or(|(t, _)| modified > *t) {
            latest = Some((modified, p));
        }
    }
    (latest.map(|(_, p)| p), passed_over)
}

/// Options from the command line.
pub struct Options {
    pub read_only: bool,
    pub ascii: bool,
    pub theme: String,
    pub present: bool,
    pub mouse: bool,
    /// Start on the actions screen.
    pub actions: bool,
    /// The date lateness is measured against (and sittings are dated).
    pub today: Date,
    pub config: hkbm::config::Config,
    /// The pack is the school's own (`--content DIR`), kept whatever the language.
    pub own_content: bool,
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
    state.own_content = options.own_content;
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
    state.terms = options.config.terms.clone();
    if options.actions {
        update(state, Action::Actions);
    }
    if let Some(p) = options.config_problems.first() {
        let p = p.clone();
        state.say_error(move || tr!("msg-configuration", problem = p.as_str()));
    }
}

/// Speak `lang` from now on: its catalogue and, unless the pack is the
/// school's own (`--content`), its built-in pack. The ids are the same in
/// both packs, so the walk stays where it was; the session is untouched.
fn switch_language(state: &mut State, lang: hkbm::i18n::Lang) {
    hkbm::i18n::set_lang(lang);
    state.lang = lang;
    if !state.own_content {
        match hkbm::store::content::built_in_in(lang) {
            Ok(loaded) => state.pack = loaded.pack,
            Err(e) => {
                let first = e.first().map(ToString::to_string).unwrap_or_default();
                state.error(hkbm::text::inert_line(&first).into_owned());
                return;
            }
        }
    }
    if let Some(c) = &mut state.comparison {
        c.say_again(&state.pack);
    }
    // What was said before is said again in the new language; an error
    // stays on screen (it still matters), anything else gives way to the
    // note on the switch.
    state.say_again();
    if state.message.as_ref().is_some_and(|m| m.error) {
        return;
    }
    let own = state.own_content;
    state.say(move || {
        if own {
            hkbm::tr!("language-switched-own-content")
        } else {
            hkbm::tr!("language-switched")
        }
    });
}

/// The files behind an editable session.
struct Files {
    session: PathBuf,
    recovery: PathBuf,
    /// Held for as long as the file is open; dropping it removes the lock file.
    _lock: Option<Lock>,
    /// Temporary files of saves a killed hkbm never finished are still to
    /// be removed (see [`remove_orphan_temp_files`]).
    orphans_to_remove: bool,
    /// The file's text as last read or written here: if the file on disk no
    /// longer matches it (a `git pull`, another editor), it is not
    /// overwritten without asking.
    last_text: Option<String>,
}

/// Where the app was asked to open.
#[derive(Clone)]
pub enum Target {
    File(PathBuf),
    /// No file given: the latest in this sessions folder, or a new one there.
    Folder(PathBuf),
}

/// The session file to open, and its text parsed.
struct Found {
    /// The file and what reading it gave; None when the sessions folder
    /// has no session yet.
    session: Option<(PathBuf, Result<session_store::Parsed, Vec<FileError>>)>,
    passed_over: Vec<PathBuf>,
}

fn find_and_parse(target: &Target) -> Found {
    let (path, passed_over) = match target {
        Target::File(p) => (Some(p.clone()), Vec::new()),
        Target::Folder(dir) => latest_session(dir),
    };
    Found {
        session: path.map(|p| {
            let parsed = session_store::read_and_parse(&p);
            (p, parsed)
        }),
        passed_over,
    }
}

/// Open the app. Returns the process exit code.
pub fn run(pack: ContentPack, target: Target, options: Options) -> u8 {
    let force_read_only = options.read_only;
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        eprintln!("hkbm: {}", tr!("cli-needs-terminal"));
        return 1;
    }
    let live = match go_live() {
        Ok(l) => l,
        Err(e) => return unusable_terminal(e),
    };
    let mut note = None;
    let found = find_and_parse(&target);
    if let Some(odd) = found.passed_over.first() {
        note = Some(tr!(
            "msg-passed-over",
            name = hkbm::text::inert_line(&odd.file_name().unwrap_or_default().to_string_lossy())
                .into_owned()
        ));
    }
    let (path, parsed) = match (found.session, target) {
        (Some(found), _) => found,
        // A file named is always found (its reading may have failed).
        (None, Target::File(p)) => {
            let parsed = session_store::read_and_parse(&p);
            (p, parsed)
        }
        // No session in the folder yet: start one there.
        (None, Target::Folder(dir)) => {
            if let Err(e) = fs::create_dir_all(&dir) {
                return give_up([FileError::new(&dir, read::io_message(&e)).to_string()]);
            }
            let year = academic_year(Date::today().academic_year_start());
            let p = dir.join(format!("our-school-{}.ron", year.replace('/', "-")));
            let s = Session::new(&pack, &tr!("new-session-school"), &year);
            match session_store::create(&p, &s) {
                Ok(()) => {
                    note = Some(tr!(
                        "msg-new-session",
                        path = hkbm::text::inert_line(&p.display().to_string()).into_owned()
                    ));
                }
                // Another hkbm started at the same moment made it: open that one.
                Err(_) if p.exists() => {}
                Err(e) => return give_up([e.to_string()]),
            }
            let parsed = session_store::read_and_parse(&p);
            (p, parsed)
        }
    };
    let loaded = match parsed.and_then(|p| session_store::check_parsed(&path, p, &pack, false)) {
        Ok(l) => l,
        Err(errors) => return give_up(errors.iter().map(|e| e.to_string())),
    };
    let label = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Saving, the lock and the recovery file all go to the real file, so a
    // link (`current.ron → archive/2025-26.ron`) and its target are one
    // session, locked once.
    let path = fs::canonicalize(&path).unwrap_or(path);
    let mut state = State::new(pack, loaded.session, label, options.today.iso());
    let mut held: Option<Lock> = None;
    if loaded.newer_version {
        state.set_read_only(|| tr!("read-only-newer"));
    } else if force_read_only {
        state.set_read_only(|| tr!("read-only-asked"));
    } else {
        match lock::acquire(&path) {
            Ok(l) => held = Some(l),
            Err(LockError::Held { holder, .. }) => {
                let holder = holder.to_string();
                state.set_read_only(move || tr!("read-only-held", holder = holder.as_str()));
            }
            Err(e) => state.read_only = Some(e.to_string()),
        }
    }
    if let Some(w) = loaded.warnings.first() {
        let note = w.message.clone();
        state.say(move || tr!("msg-note", note = note.as_str()));
    }
    if let Some(n) = other_hard_links(&path)
        && state.read_only.is_none()
    {
        state.say(move || tr!("msg-hard-links", n = n));
    }
    if let Some(n) = note {
        state.info(n);
    }
    if let Some(why) = state.read_only.clone() {
        let again = state.read_only_again.clone();
        state.say_error(move || {
            let why = again.as_ref().map_or_else(|| why.clone(), |a| a.say());
            tr!("msg-read-only-start", why = why)
        });
    }
    configure(&mut state, &options);
    let rec = recovery_path(&path);
    if held.is_some() {
        offer_recovery(&mut state, &path);
    }
    let mut files = Some(Files {
        session: path,
        recovery: rec,
        // Left over only where no other hkbm works: tidied once the
        // first frame is out (the folder can be a large one).
        orphans_to_remove: held.is_some(),
        _lock: held,
        last_text: Some(loaded.text),
    });
    event_loop(&mut state, &mut files, options.mouse, live)
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
        eprintln!("hkbm: {}", tr!("cli-needs-terminal-compare"));
        return 1;
    }
    let mut state = State::new(pack, newest, "compare".into(), options.today.iso());
    state.set_read_only(|| tr!("read-only-comparing"));
    state.comparison = Some(comparison);
    state.screen = hkbm::app::Screen::Compare;
    configure(&mut state, &options);
    match go_live() {
        Ok(live) => event_loop(&mut state, &mut None, options.mouse, live),
        Err(e) => unusable_terminal(e),
    }
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
        state.say_error(move || tr!("msg-no-file-to-report"));
        return;
    };
    let stem = f
        .session
        .file_stem()
        .unwrap_or(std::ffi::OsStr::new("session"))
        .to_os_string();
    let mut written = Vec::new();
    for (ext, text) in [
        (
            "md",
            hkbm::output::report::markdown(&state.pack, &state.session),
        ),
        (
            "html",
            hkbm::output::report::html(&state.pack, &state.session),
        ),
        (
            "csv",
            hkbm::output::report::csv_items(&state.pack, &state.session),
        ),
    ] {
        let path = hkbm::store::names::beside(&f.session, &stem, &format!("-report.{ext}"));
        match hkbm::store::output::write_output(&path, text.as_bytes(), 0o600) {
            Ok(_) => written.push(ext),
            Err(e) => {
                state.say_error(move || tr!("msg-could-not-write", error = e.to_string()));
                return;
            }
        }
    }
    let first = hkbm::store::names::beside(&f.session, &stem, "-report.md");
    let first = first
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let others = written[1..].join(&format!("{}.", hkbm::i18n::tr("list-separator")));
    state.say(move || {
        tr!(
            "msg-reports-written",
            first = first.as_str(),
            others = others.as_str()
        )
    });
}

/// Start next year's session next to the current file and switch to it.
fn start_next_year(state: &mut State, files: &mut Option<Files>) {
    let Some(f) = files else {
        state.say_error(move || tr!("msg-no-file-to-start-from"));
        return;
    };
    let Some(year) = next_academic_year(&state.session.year) else {
        let year = state.session.year.clone();
        state.say_error(move || tr!("msg-no-next-year", year = year.as_str()));
        return;
    };
    let name = session_store::default_file_name(&state.session.school, &year);
    let path = f.session.with_file_name(&name);
    let next = Session::next_year(&state.pack, &state.session, &state.session.school, &year);
    // Created only if nothing is there: never over another year's file,
    // even one made at this very moment by another hkbm.
    if let Err(e) = session_store::create(&path, &next) {
        let name = hkbm::text::inert_line(&name).into_owned();
        state.error(if path.exists() {
            tr!(
                "msg-could-not-create-exists",
                name = name,
                error = e.message.as_str(),
                path = path.display().to_string()
            )
        } else {
            tr!(
                "msg-could-not-create",
                name = name,
                error = e.message.as_str()
            )
        });
        return;
    }
    let lock = match lock::acquire(&path) {
        Ok(l) => Some(l),
        Err(e) => {
            state.say_error(move || {
                tr!(
                    "msg-created-but",
                    name = name.as_str(),
                    error = e.to_string()
                )
            });
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
    fresh.terms = state.terms.clone();
    fresh.lang = state.lang;
    fresh.own_content = state.own_content;
    let last = state.session.year.clone();
    fresh.say(move || {
        tr!(
            "msg-started-next-year",
            year = year.as_str(),
            name = name.as_str(),
            last = last.as_str()
        )
    });
    *state = fresh;
    *f = Files {
        recovery: recovery_path(&path),
        last_text: read::read_text(&path).ok(),
        session: path,
        _lock: lock,
        // A file just made: no save of it was ever left unfinished.
        orphans_to_remove: false,
    };
}

/// Take over the screen (raw mode is on already, see [`go_live`]): written
/// to `out`, the frames' writer, it goes out with the first frame in one
/// write.
fn setup_terminal(out: &mut impl Write, mouse: bool) -> io::Result<()> {
    crossterm::queue!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    if mouse {
        crossterm::queue!(out, event::EnableMouseCapture)?;
    }
    Ok(())
}

/// Put the terminal back as it was. Safe to call twice.
fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        EndSynchronizedUpdate,
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
    let prefix = temp_prefix(Path::new(name)).to_string_lossy().into_owned();
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
    // What is there now differs from what was read or saved here: changed
    // text, or something that is no longer a readable session file (a
    // FIFO, a file grown past the limit). A file that is simply gone is
    // written again.
    let changed = |expected: &String| match read::read_text(&f.session) {
        Ok(now) => &now != expected,
        Err(_) => fs::symlink_metadata(&f.session).is_ok(),
    };
    if !force
        && let Some(expected) = &f.last_text
        && changed(expected)
    {
        state.unsaved = true;
        state.say_error(move || tr!("msg-changed-on-disk"));
        return;
    }
    match session_store::save(&f.session, &state.session) {
        Ok(()) => {
            state.unsaved = false;
            f.last_text = Some(session_store::to_ron(&state.session));
        }
        Err(e) => {
            state.unsaved = true;
            state.say_error(move || tr!("msg-could-not-save", error = e.message.as_str()));
        }
    }
}

/// The app's inputs, made ready before the session file is read: raw mode,
/// and stop requests caught. The threads that read keys and watch for a
/// hang-up start only once the first frame is out (see
/// [`Listeners::start`]): keys typed meanwhile wait in the terminal, a stop
/// request in [`stop::Watch`]. The screen is taken over only when there is
/// something to show, so a file that cannot be opened leaves the terminal
/// as it was.
struct Live {
    rx: mpsc::Receiver<Msg>,
    /// Set (to the exit code of why) as soon as the app must end: checked
    /// before each queued key, so a hang-up saves first instead of after
    /// working through everything typed ahead.
    ending: Arc<AtomicU8>,
    /// Why hang-ups cannot be watched for, to be said on the screen.
    watch_error: Option<String>,
    /// The frames' buffers (nothing is written to the screen until the
    /// first frame, see [`setup_terminal`]).
    terminal: FrameTerminal,
    /// Set while a frame is made (see [`FrameOut`]).
    holding: Rc<Cell<bool>>,
    /// The listening threads, started once the first frame is out.
    listeners: Listeners,
}

/// What [`Listeners::start`] starts.
struct Listeners {
    tx: mpsc::Sender<Msg>,
    ending: Arc<AtomicU8>,
    stops: Option<stop::Watch>,
}

/// The terminal the frames are drawn on, through a [`FrameOut`].
type FrameTerminal = Terminal<FrameBackend<FrameOut>>;

/// Where frames are written. While [`FrameOut::holding`] is set (a frame is
/// being made), flushing sends nothing, so that the frame and the
/// synchronized-update marks around it go out in one write when it is
/// cleared: ratatui flushes inside its draw, before the closing mark, and
/// stdout alone writes every 1 KiB. Fewer, larger writes reach an SSH
/// client sooner and in one piece.
struct FrameOut {
    out: io::BufWriter<io::Stdout>,
    holding: Rc<Cell<bool>>,
}

impl Write for FrameOut {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.out.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.holding.get() {
            Ok(())
        } else {
            self.out.flush()
        }
    }
}

/// Note that the app must end, with the exit code of `why` (the first
/// reason given stands).
fn end_with(ending: &AtomicU8, why: Stop) {
    let _ = ending.compare_exchange(0, why.exit_code(), Ordering::SeqCst, Ordering::SeqCst);
}

fn go_live() -> io::Result<Live> {
    terminal::enable_raw_mode()?;
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        default_hook(info);
    }));
    let (tx, rx) = mpsc::channel();
    let ending = Arc::new(AtomicU8::new(0));
    let stop_tx = Mutex::new(tx.clone());
    let stop_ending = ending.clone();
    let (stops, watch_error) = match stop::watch(move |why| {
        end_with(&stop_ending, why);
        if let Ok(tx) = stop_tx.lock() {
            let _ = tx.send(Msg::Stop(why));
        }
    }) {
        Ok(w) => (Some(w), None),
        Err(e) => (None, Some(tr!("msg-hang-ups", error = e.to_string()))),
    };
    let holding = Rc::new(Cell::new(false));
    let terminal = Terminal::new(FrameBackend::new(FrameOut {
        out: io::BufWriter::with_capacity(1 << 16, io::stdout()),
        holding: holding.clone(),
    }))?;
    Ok(Live {
        rx,
        ending: ending.clone(),
        watch_error,
        terminal,
        holding,
        listeners: Listeners { tx, ending, stops },
    })
}

impl Listeners {
    /// Start reading keys and watching for a hang-up, and act on stop
    /// requests: the first frame, drawn on `drawn`, is out.
    fn start(self, drawn: ratatui::layout::Rect) {
        let Listeners { tx, ending, stops } = self;
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
                        end_with(&input_ending, Stop::HangUp);
                        let _ = input_tx.send(Msg::InputGone);
                        break;
                    }
                }
            }
        });
        // crossterm's reader does not report a terminal that went away (it
        // reads end-of-file or EIO again and again), and without a
        // controlling terminal no SIGHUP comes: watch the terminal for the
        // hang-up itself.
        let hup_tx = tx.clone();
        watch_for_hang_up(move || {
            end_with(&ending, Stop::HangUp);
            let _ = hup_tx.send(Msg::InputGone);
        });
        if let Some(w) = stops {
            w.start();
        }
        // A resize while the first frame was drawn came before the key
        // reader could see it: draw again at the new size.
        if let Ok((w, h)) = terminal::size()
            && (w, h) != (drawn.width, drawn.height)
        {
            let _ = tx.send(Msg::Event(Event::Resize(w, h)));
        }
    }
}

/// The terminal could not be set up: put back what was changed, say why.
/// Returns the exit code.
fn unusable_terminal(e: io::Error) -> u8 {
    restore_terminal();
    eprintln!(
        "hkbm: {}",
        tr!("cli-cannot-use-terminal", error = e.to_string())
    );
    1
}

/// The session could not be opened after going live: raw mode off (nothing
/// else was changed yet), then say why. Returns the exit code.
fn give_up(messages: impl IntoIterator<Item = String>) -> u8 {
    let _ = terminal::disable_raw_mode();
    for m in messages {
        eprintln!("hkbm: {}", hkbm::text::inert_line(&m));
    }
    1
}

fn event_loop(state: &mut State, files: &mut Option<Files>, mouse: bool, live: Live) -> u8 {
    let Live {
        rx,
        ending,
        watch_error,
        mut terminal,
        holding,
        listeners,
    } = live;
    if let Err(e) = setup_terminal(terminal.backend_mut(), mouse) {
        return unusable_terminal(e);
    }
    let mut listeners = Some(listeners);
    if let Some(e) = watch_error {
        state.error(e);
    }

    let theme = Theme::choose(state.theme_name.as_deref());
    let test_panic = std::env::var_os("HKBM_TEST_PANIC");
    // The test build's deliberate panics: F12 (a key), or in the first
    // frame's drawing (`HKBM_TEST_PANIC=draw`).
    let panic_in_draw = cfg!(debug_assertions) && test_panic.as_deref() == Some("draw".as_ref());
    let test_panic = test_panic.is_some();
    let mut first = true;
    // When a stop request was first seen (see STOP_GRACE).
    let mut stop_seen: Option<std::time::Instant> = None;
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
                    // Keys that came before the stop request are the user's
                    // last words and are kept, but only for a moment: a
                    // long queue never delays the save.
                    let code = ending.load(Ordering::SeqCst);
                    if code != 0
                        && stop_seen
                            .get_or_insert_with(std::time::Instant::now)
                            .elapsed()
                            > STOP_GRACE
                    {
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
                        Msg::Stop(why) => {
                            return Some(finish_on_hang_up(state, files, why.exit_code()));
                        }
                        Msg::InputGone => {
                            return Some(finish_on_hang_up(state, files, Stop::HangUp.exit_code()));
                        }
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
                            Effect::SwitchLanguage(lang) => switch_language(state, lang),
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
            holding.set(true);
            let _ = crossterm::queue!(terminal.backend_mut(), BeginSynchronizedUpdate);
            let drawn = terminal
                .draw(|f| {
                    ui::render(f, state, &theme);
                    assert!(!panic_in_draw, "test panic requested in drawing");
                })
                .is_ok();
            let _ = crossterm::queue!(terminal.backend_mut(), EndSynchronizedUpdate);
            holding.set(false);
            let drawn = drawn && terminal.backend_mut().flush().is_ok();
            if !drawn {
                // The terminal is unusable (gone): as for a hang-up, keep
                // what was being typed and save.
                return Some(finish_on_hang_up(state, files, Stop::HangUp.exit_code()));
            }
            if let Some(l) = listeners.take() {
                l.start(terminal.get_frame().area());
                // The first frame needed only the overview's part of the
                // catalogue: the rest of the screens' text is parsed while
                // that frame is read (a key that needs it sooner waits).
                thread::spawn(|| hkbm::i18n::prepare(hkbm::i18n::Part::Screens));
            }
            // Before any key can start a save of its own.
            if let Some(f) = files.as_mut()
                && std::mem::take(&mut f.orphans_to_remove)
            {
                remove_orphan_temp_files(&f.session);
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
                                "hkbm: {}",
                                tr!("cli-not-saved-recovery", path = p.display().to_string())
                            );
                            1
                        }
                        Err(e) => {
                            eprintln!(
                                "hkbm: {}",
                                tr!("cli-not-saved-no-recovery", error = e.as_str())
                            );
                            1
                        }
                    };
                }
                return code;
            }
            Err(_) => {
                // A bug. Keep unsaved work (text being typed, a failed save)
                // in a recovery file and say where. What a frame cut short
                // left in the frames' writer goes out first, so that it
                // cannot follow (and undo) the restoring.
                holding.set(false);
                let _ = terminal.backend_mut().flush();
                restore_terminal();
                let mut session = state.session.clone();
                let mut pending = state.unsaved;
                if let Some(Overlay::Editor(ed)) = &state.overlay {
                    pending |= ed.field.read(&session) != ed.text();
                    let _ = ed.field.write(&mut session, &ed.text());
                }
                if state.read_only.is_some() || !pending {
                    eprintln!("hkbm: {}", tr!("cli-internal-error-saved"));
                    return 101;
                }
                match write_recovery(&session, files) {
                    Ok(p) => eprintln!(
                        "hkbm: {}",
                        tr!(
                            "cli-internal-error-recovery",
                            path = p.display().to_string()
                        )
                    ),
                    Err(e) => eprintln!(
                        "hkbm: {}",
                        tr!("cli-internal-error-no-recovery", error = e.as_str())
                    ),
                }
                return 101;
            }
        }
    }
}

/// How long keys already received before a stop request are still applied
/// before saving (they arrive in order, ahead of the request itself).
const STOP_GRACE: std::time::Duration = std::time::Duration::from_millis(250);

/// The app must end (a stop request, or the terminal went away): keep what
/// is being typed, save, and give back the exit `code`. After a hang-up the
/// terminal is gone: nothing is written to it. Only what is new is saved: an
/// idle app has nothing to write (and must not write over a file changed on
/// disk meanwhile).
fn finish_on_hang_up(state: &mut State, files: &mut Option<Files>, code: u8) -> u8 {
    let typed = commit_pending(state);
    if state.read_only.is_none() && (!typed.is_empty() || state.unsaved) {
        save(state, files, false);
    }
    // On Windows a closing console waits for this before the process ends.
    stop::stopped();
    code
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

/// On Windows closing the console comes as the console's close event (see
/// `stop`), and reading the console then fails, which ends the app as a
/// hang-up: nothing more to watch.
#[cfg(not(unix))]
fn watch_for_hang_up(_on_hang_up: impl FnOnce() + Send + 'static) {}

/// Write `session` to the recovery file beside the session file or, when
/// that folder cannot be written, to `recovery/` in the data folder (under a
/// name unique to the session's full path), or as a last resort to the
/// system's temporary folder.
fn write_recovery(session: &Session, files: &Option<Files>) -> Result<PathBuf, String> {
    let Some(f) = files else {
        return Err(tr!("cli-no-file-open"));
    };
    let text = session_store::to_ron(session);
    let first = hkbm::store::atomic::replace(&f.recovery, text.as_bytes(), 0o600);
    if first.is_ok() {
        return Ok(f.recovery.clone());
    }
    let name = fallback_recovery_name(&f.session);
    let mut last = first.err().map(|e| e.to_string()).unwrap_or_default();
    for (dir, shared) in recovery_dir()
        .map(|d| (d, false))
        .into_iter()
        .chain([(temp_recovery_dir(), true)])
    {
        let fallback = dir.join(&name);
        match create_private_dir(&dir)
            .and_then(|()| {
                if shared && !private_to_us(&dir) {
                    Err(io::Error::other(tr!("cli-folder-not-private")))
                } else {
                    Ok(())
                }
            })
            .and_then(|()| hkbm::store::atomic::replace(&fallback, text.as_bytes(), 0o600))
        {
            Ok(()) => return Ok(fallback),
            Err(e) => last = format!("{}: {e}", dir.display()),
        }
    }
    Err(last)
}

/// Create `dir` (and its parents); on Unix a new folder is private, since
/// recovery files hold notes that can name students.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

/// The recovery files that may hold unsaved work for `path`: beside it, and
/// in the data folder's `recovery/` (where they go when the session's own
/// folder could not be written).
fn recovery_candidates(path: &Path) -> Vec<PathBuf> {
    let name = fallback_recovery_name(path);
    let mut out = vec![recovery_path(path)];
    out.extend(recovery_dir().map(|d| d.join(&name)));
    let temp = temp_recovery_dir();
    if private_to_us(&temp) {
        out.push(temp.join(&name));
    }
    out
}

/// The last resort for recovery files: a folder in the system's temporary
/// folder, used only while it is private to this user (on a shared machine
/// someone else could have made it, to read notes or plant a file).
fn temp_recovery_dir() -> PathBuf {
    std::env::temp_dir().join("hkbm-recovery")
}

#[cfg(unix)]
fn private_to_us(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::symlink_metadata(dir).is_ok_and(|m| {
        // SAFETY: geteuid has no preconditions and cannot fail.
        m.is_dir() && m.uid() == unsafe { libc::geteuid() } && m.mode() & 0o077 == 0
    })
}

/// Windows gives each user a temporary folder of their own.
#[cfg(not(unix))]
fn private_to_us(dir: &Path) -> bool {
    dir.is_dir()
}

/// Offer the newest recovery file of `path`, checked like a session file
/// first: what the content pack or the checks refuse is left out and said,
/// so restoring never saves a file `hkbm check` refuses.
fn offer_recovery(state: &mut State, path: &Path) {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(rec) = recovery_candidates(path)
        .into_iter()
        .filter(|p| fs::symlink_metadata(p).is_ok())
        .max_by_key(|p| modified(p))
    else {
        return;
    };
    let shown = hkbm::text::inert_line(&rec.display().to_string()).into_owned();
    let parsed = read::read_text(&rec).and_then(|text| session_store::parse(&rec, &text));
    let recovered = match parsed {
        Ok((s, _)) => s,
        Err(e) => {
            state.say_error(move || {
                tr!(
                    "msg-recovery-unreadable",
                    error = hkbm::text::inert_line(&e.to_string()).into_owned()
                )
            });
            return;
        }
    };
    let (recovered, dropped) =
        match hkbm::model::repair::salvage(recovered, &state.session, &state.pack) {
            Ok(x) => x,
            Err(why) => {
                state.say_error(move || {
                    tr!(
                        "msg-recovery-unrestorable",
                        file = shown.as_str(),
                        why = hkbm::text::inert_line(&why).into_owned()
                    )
                });
                return;
            }
        };
    if recovered == state.session {
        // Nothing in it that the file does not have.
        let _ = fs::remove_file(&rec);
        return;
    }
    let mut note = match (modified(&rec), modified(path)) {
        (Some(r), Some(f)) if r < f => tr!("recovery-older"),
        _ => tr!("recovery-differs"),
    };
    if !dropped.is_empty() {
        let shown: Vec<&str> = dropped.iter().take(3).map(String::as_str).collect();
        let more = dropped.len().saturating_sub(3);
        note.push(' ');
        note.push_str(&if more > 0 {
            tr!(
                "recovery-left-out-more",
                items = shown.join("; "),
                more = more
            )
        } else {
            tr!("recovery-left-out", items = shown.join("; "))
        });
    }
    state.overlay = Some(Overlay::Recovery {
        file: rec,
        session: Box::new(recovered),
        note,
    });
}

/// How many other names (hard links) the file at `path` has, when it has any.
#[cfg(unix)]
fn other_hard_links(path: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let n = fs::metadata(path).ok()?.nlink();
    (n > 1).then_some(n - 1)
}

/// On Windows the count comes from the file's information by handle (NTFS
/// hard links; stable std does not tell it).
#[cfg(windows)]
fn other_hard_links(path: &Path) -> Option<u64> {
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Storage::FileSystem::{
        BY_HANDLE_FILE_INFORMATION, GetFileInformationByHandle,
    };
    let file = fs::File::open(path).ok()?;
    // SAFETY: a plain-data struct filled by the call; the handle is open
    // for the duration of the call.
    let mut info: BY_HANDLE_FILE_INFORMATION = unsafe { std::mem::zeroed() };
    let ok = unsafe { GetFileInformationByHandle(file.as_raw_handle() as _, &mut info) };
    let n = u64::from(info.nNumberOfLinks);
    (ok != 0 && n > 1).then_some(n - 1)
}

#[cfg(not(any(unix, windows)))]
fn other_hard_links(_: &Path) -> Option<u64> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_shared_recovery_folder_is_used_only_while_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("hkbm-recovery");
        create_private_dir(&d).unwrap();
        assert!(private_to_us(&d));
        fs::set_permissions(&d, fs::Permissions::from_mode(0o777)).unwrap();
        assert!(!private_to_us(&d));
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&d, &link).unwrap();
        assert!(!private_to_us(&link));
    }
}
