//! What each command does, at the edge: load, call the model, print.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use hkbm::model::date::Date;
use hkbm::model::session::{academic_year, next_academic_year, parse_academic_year};
use hkbm::model::{ContentPack, Session};
use hkbm::output::summary::Summary;
use hkbm::store::content::{self as content_store, FRAMEWORK_FILE, LoadedPack};
use hkbm::store::session as session_store;
use hkbm::store::{FileError, read};
use hkbm::text::inert_line;
use hkbm::tr;

use clap::CommandFactory;

use crate::cli::{
    ActionsArgs, ActionsFormat, AggregateArgs, AggregateFormat, CheckArgs, Cli, Command, Common,
    CompareArgs, CompareFormat, ConfigCommand, ContentCommand, CsvTable, NewArgs, ReportArgs,
    ReportBy, ReportFormat, SortArg, StatusArg, SummaryArgs, SummaryFormat,
};

/// Write to standard output: the one way commands print, and it makes text
/// from files inert whatever the format. When the reader has gone
/// (`hkbm … | head`), stop quietly as other command-line tools do, instead
/// of panicking.
fn emit(text: &str) {
    use std::io::Write;
    let text = hkbm::text::inert_output(text);
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(141);
        }
        eprintln!(
            "hkbm: {}",
            tr!("cli-cannot-write-output", error = e.to_string())
        );
        std::process::exit(1);
    }
}

macro_rules! say {
    ($($t:tt)*) => { emit(&format!($($t)*)) };
}

macro_rules! sayln {
    ($($t:tt)*) => { emit(&(format!($($t)*) + "\n")) };
}

/// Text output with `--ascii`: drawing characters (arrows, dashes, marks)
/// replaced by ASCII.
fn plain(common: &Common, text: String) -> String {
    if common.ascii {
        hkbm::text::to_ascii(&text)
    } else {
        text
    }
}

/// The columns text output is laid out for: `--width`, else the terminal's
/// width when `to_stdout` and standard output is a terminal, else 80.
/// (Asked of standard output itself: crossterm would otherwise measure the
/// controlling terminal even when the output goes to a pipe or a file.)
fn text_width(arg: &crate::cli::TextWidth, to_stdout: bool) -> usize {
    if let Some(columns) = arg.columns {
        return usize::from(columns);
    }
    if to_stdout
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
        && let Ok((columns, _)) = crossterm::terminal::size()
        && columns > 0
    {
        return usize::from(columns);
    }
    hkbm::output::DEFAULT_WIDTH
}

/// A path as printed: control characters in a file name shown, not obeyed.
fn shown(path: &Path) -> String {
    inert_line(&path.display().to_string()).into_owned()
}

/// Print errors one per line on stderr and fail.
fn fail(errors: &[FileError]) -> ExitCode {
    for e in errors {
        eprintln!("hkbm: {}", inert_line(&e.to_string()));
    }
    ExitCode::FAILURE
}

fn fail_msg(msg: &str) -> ExitCode {
    eprintln!("hkbm: {}", inert_line(msg));
    ExitCode::FAILURE
}

fn warn(warnings: &[FileError]) {
    for w in warnings {
        eprintln!("hkbm: {}", tr!("cli-warning", message = w.to_string()));
    }
}

/// Run the command the command line asks for, in the language already
/// chosen (see [`lang`]).
pub fn run(cli: Cli) -> ExitCode {
    // Writing the configuration (or completions, a manual page) does not
    // read it; the other commands say what is wrong with it, once.
    if !matches!(
        cli.command,
        Some(Command::Config(_) | Command::Completions { .. } | Command::Man { .. })
    ) {
        config_and_problems();
    }
    match cli.command {
        None => open_app(&cli.common, cli.file.as_deref(), cli.actions),
        Some(Command::New(args)) => new(&cli.common, args),
        Some(Command::Summary(args)) => summary(&cli.common, args),
        Some(Command::Compare(args)) => compare(&cli.common, args),
        Some(Command::Report(args)) => report(&cli.common, args),
        Some(Command::Actions(args)) => actions(&cli.common, args),
        Some(Command::Aggregate(args)) => aggregate(&cli.common, args),
        Some(Command::Check(args)) => check(&cli.common, args),
        Some(Command::Content(ContentCommand::Export { dir })) => export(&dir),
        Some(Command::Config(ConfigCommand::Path)) => match hkbm::config::path() {
            Some(p) => {
                sayln!("{}", shown(&p));
                ExitCode::SUCCESS
            }
            None => fail_msg(&tr!("cli-no-home-config")),
        },
        Some(Command::Config(ConfigCommand::Export)) => config_export(),
        Some(Command::Completions { shell }) => completions(shell),
        Some(Command::Man { command }) => man_page(command.as_deref()),
    }
}

/// Shell completions, generated from the same clap definitions that parse
/// the command line.
fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::command(), "hkbm", &mut out);
    emit(&String::from_utf8_lossy(&out));
    ExitCode::SUCCESS
}

/// The manual page of hkbm or of one of its commands (`hkbm-report(1)`),
/// generated from the clap definitions.
fn man_page(command: Option<&str>) -> ExitCode {
    let mut hkbm = Cli::command();
    // Built, it also has the `help` command that its page lists.
    hkbm.build();
    let page = match command {
        None => hkbm,
        Some(name) => match hkbm.find_subcommand(name) {
            Some(sub) => {
                let title = format!("hkbm-{}", sub.get_name());
                sub.clone()
                    .name(title.clone())
                    .display_name(title)
                    .version(env!("CARGO_PKG_VERSION"))
                    .bin_name(format!("hkbm {}", sub.get_name()))
            }
            None => return fail_msg(&tr!("cli-no-command", name = name)),
        },
    };
    let mut out = Vec::new();
    if let Err(e) = clap_mangen::Man::new(page).render(&mut out) {
        return fail_msg(&tr!("cli-cannot-write-man", error = e.to_string()));
    }
    emit(&String::from_utf8_lossy(&out));
    ExitCode::SUCCESS
}

fn pack(common: &Common) -> Result<LoadedPack, ExitCode> {
    match content_store::load_pack(common.content.as_deref(), hkbm::i18n::lang()) {
        Ok(p) => {
            warn(&p.warnings);
            Ok(p)
        }
        Err(errors) => Err(fail(&errors)),
    }
}

fn open_app(common: &Common, file: Option<&Path>, actions: bool) -> ExitCode {
    let target = match file {
        Some(f) => crate::tui::Target::File(f.to_path_buf()),
        None => match sessions_dir(common) {
            Some(dir) => crate::tui::Target::Folder(dir),
            None => {
                return fail_msg(&tr!("cli-no-home-sessions-app"));
            }
        },
    };
    let pack = match pack(common) {
        Ok(p) => p.pack,
        Err(code) => return code,
    };
    let mut options = tui_options(common);
    options.actions = actions;
    ExitCode::from(crate::tui::run(pack, target, options))
}

fn tui_options(common: &Common) -> crate::tui::Options {
    let (config, config_problems) = config_and_problems();
    crate::tui::Options {
        read_only: common.read_only,
        ascii: common.ascii,
        theme: common.theme.clone().unwrap_or_else(|| config.theme.clone()),
        present: common.present || config.present,
        mouse: common.mouse || config.mouse,
        actions: false,
        today: today(common),
        config,
        own_content: common.content.is_some(),
        config_problems,
    }
}

/// The configuration as read to find the language, and the language its
/// problems were put in words in.
type Loaded = (hkbm::config::Config, Vec<FileError>);
static EARLY_CONFIG: std::sync::OnceLock<(hkbm::i18n::Lang, Loaded)> = std::sync::OnceLock::new();

/// The language, known before the command line is parsed (its help is in
/// it): `--lang X` or `--lang=X` among `args`, else the config file's
/// `lang`, else the locale, else English.
pub fn lang(args: &[std::ffi::OsString]) -> hkbm::i18n::Lang {
    use hkbm::i18n::Lang;
    let locale = || Lang::from_env(|name| std::env::var(name).ok());
    lang_arg(args)
        .or_else(|| {
            // Its problems are put in the locale's language now (the likely
            // choice); said later, in the language chosen here, again if that
            // differs (see `config_and_problems`).
            hkbm::i18n::set_lang(locale());
            let path = hkbm::config::path()?;
            let loaded = hkbm::config::Config::load(&path);
            let lang = loaded.0.lang;
            let _ = EARLY_CONFIG.set((hkbm::i18n::lang(), loaded));
            lang
        })
        .unwrap_or_else(locale)
}

/// The language `--lang X` or `--lang=X` asks for (the last one given), up
/// to a `--` (after which everything is a file name).
fn lang_arg(args: &[std::ffi::OsString]) -> Option<hkbm::i18n::Lang> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(l) = value.as_deref().and_then(hkbm::i18n::Lang::parse) {
            found = Some(l);
        }
    }
    found
}

/// Today: `--today` (or `HKBM_TODAY`), else the local date.
fn today(common: &Common) -> Date {
    common
        .today
        .as_deref()
        .and_then(hkbm::model::date::parse_iso)
        .unwrap_or_else(Date::today)
}

/// The configuration in force; problems with the file are said, not fatal.
fn config() -> hkbm::config::Config {
    config_and_problems().0
}

/// The configuration, read once per run (its problems are said once).
fn config_and_problems() -> (hkbm::config::Config, Vec<String>) {
    static CONFIG: std::sync::OnceLock<(hkbm::config::Config, Vec<String>)> =
        std::sync::OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let Some(path) = hkbm::config::path() else {
                return (hkbm::config::Config::defaults(), Vec::new());
            };
            // Read already for the language, its problems said in the
            // language in use then (the locale's): read again only for another.
            let early = EARLY_CONFIG
                .get()
                .filter(|(l, _)| *l == hkbm::i18n::lang())
                .map(|(_, c)| c.clone());
            let (config, problems) = early.unwrap_or_else(|| hkbm::config::Config::load(&path));
            let problems: Vec<String> = problems
                .iter()
                .map(|p| inert_line(&p.to_string()).into_owned())
                .collect();
            for p in &problems {
                eprintln!("hkbm: {}", tr!("cli-warning", message = p.as_str()));
            }
            (config, problems)
        })
        .clone()
}

fn config_export() -> ExitCode {
    let Some(path) = hkbm::config::path() else {
        return fail_msg(&tr!("cli-no-home-config"));
    };
    if let Some(dir) = path.parent()
        && let Err(e) = fs::create_dir_all(dir)
    {
        return fail(&[FileError::new(dir, read::io_message(&e))]);
    }
    // Created only if there is none: never check-then-write.
    match hkbm::store::atomic::write_new(&path, hkbm::config::DEFAULTS.as_bytes(), 0o644) {
        Ok(()) => {
            sayln!("{}", tr!("cli-wrote", path = shown(&path)));
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fail(&[FileError::new(&path, tr!("cli-config-exists"))])
        }
        Err(e) => fail(&[FileError::new(&path, read::io_message(&e))]),
    }
}

/// The sessions folder: `--sessions-dir`, `HKBM_SESSIONS`, the config file,
/// or the platform's data folder.
fn sessions_dir(common: &Common) -> Option<PathBuf> {
    common
        .sessions_dir
        .clone()
        .or_else(|| config().sessions_dir)
        .or_else(|| {
            directories::ProjectDirs::from("hk", "hkbm", "hkbm")
                .map(|d| d.data_dir().join("sessions"))
        })
}

fn new(common: &Common, args: NewArgs) -> ExitCode {
    let pack = match pack(common) {
        Ok(p) => p.pack,
        Err(code) => return code,
    };
    let previous = match &args.from {
        None => None,
        Some(path) => match session_store::load(path, &pack) {
            Ok(l) => {
                warn(&l.warnings);
                Some(l.session)
            }
            Err(errors) => return fail(&errors),
        },
    };
    let school = match (args.school, &previous) {
        (Some(s), _) => s,
        (None, Some(p)) => p.school.clone(),
        (None, None) => return fail_msg(&tr!("cli-give-school")),
    };
    if school.trim().is_empty() {
        return fail_msg(&tr!("cli-school-empty"));
    }
    let year = match (args.year, &previous) {
        (Some(y), _) => y,
        (None, Some(p)) => match next_academic_year(&p.year) {
            Some(next) => next,
            None => {
                return fail_msg(&tr!("cli-no-year-after", year = p.year.as_str()));
            }
        },
        (None, None) => academic_year(Date::today().academic_year_start()),
    };
    if parse_academic_year(&year).is_none() {
        return fail_msg(&tr!("cli-year-form", year = year.as_str()));
    }
    let mut session = match &previous {
        Some(prev) => Session::next_year(&pack, prev, &school, &year),
        None => Session::new(&pack, &school, &year),
    };
    if let Some(f) = args.facilitator {
        session.facilitator = f;
    }
    if !args.participants.is_empty() {
        session.participants = args.participants;
    }
    let path = match args.output {
        Some(p) => p,
        None => match sessions_dir(common) {
            Some(dir) => {
                if let Err(e) = fs::create_dir_all(&dir) {
                    return fail(&[FileError::new(&dir, read::io_message(&e))]);
                }
                dir.join(session_store::default_file_name(&school, &year))
            }
            None => {
                return fail_msg(&tr!("cli-no-home-sessions-new"));
            }
        },
    };
    let text = session_store::to_ron(&session);
    if hkbm::store::output::is_stdout(&path) {
        say!("{text}");
        return ExitCode::SUCCESS;
    }
    // A device or FIFO (`-o /dev/stdout`, a pipe) is written to as a stream;
    // anything else is created only if nothing is there, atomically, so of
    // two `hkbm new` at once one creates the file and the other is told.
    let real = hkbm::store::atomic::resolve_links(&path).unwrap_or_else(|_| path.clone());
    if let Ok(m) = fs::metadata(&real)
        && !m.is_file()
        && !m.is_dir()
    {
        return match hkbm::store::output::write_output(&real, text.as_bytes(), 0o600) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => fail(&[e]),
        };
    }
    match session_store::create(&path, &session) {
        Ok(()) => {
            sayln!("{}", tr!("cli-created", path = shown(&path)));
            ExitCode::SUCCESS
        }
        Err(mut e) => {
            // Created only if nothing was there: what is there now is why.
            if fs::symlink_metadata(&path).is_ok() {
                e.message = tr!("cli-session-exists");
            }
            fail(&[e])
        }
    }
}

/// The content pack in use and the session in `file` (warnings said), or
/// the exit code after saying why not.
fn pack_and_session(common: &Common, file: &Path) -> Result<(ContentPack, Session), ExitCode> {
    pack_and_loaded(common, file).map(|(p, l)| (p, l.session))
}

/// [`pack_and_session`], with what loading said (e.g. the content version
/// the file was made with, when it was brought up to the pack).
fn pack_and_loaded(
    common: &Common,
    file: &Path,
) -> Result<(ContentPack, session_store::LoadedSession), ExitCode> {
    let pack = pack(common)?.pack;
    match session_store::load(file, &pack) {
        Ok(l) => {
            warn(&l.warnings);
            Ok((pack, l))
        }
        Err(errors) => Err(fail(&errors)),
    }
}

fn summary(common: &Common, args: SummaryArgs) -> ExitCode {
    let (pack, loaded) = match pack_and_loaded(common, &args.file) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut summary = Summary::build(&pack, &loaded.session).with_actions(
        &pack,
        &loaded.session,
        &config().terms,
        today(common),
    );
    if let Some(v) = loaded.migrated_from {
        summary.content_version = v;
    }
    match args.format {
        SummaryFormat::Text => say!(
            "{}",
            plain(common, summary.to_text(text_width(&args.width, true)))
        ),
        SummaryFormat::Json => say!("{}", summary.to_json()),
    }
    ExitCode::SUCCESS
}

/// Load sessions for comparing; ids the pack does not know are reported as
/// content differences rather than refused.
pub fn load_comparison(
    pack: &ContentPack,
    files: &[PathBuf],
) -> Result<(hkbm::model::compare::Comparison, Session), Vec<FileError>> {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        match session_store::load_for_compare(f, pack) {
            Ok(l) => {
                warn(&l.warnings);
                inputs.push(l.into_compare_input(f.display().to_string()));
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        let newest = inputs
            .iter()
            .max_by_key(|i| parse_academic_year(&i.session.year))
            .map(|i| i.session.clone())
            .expect("at least two files");
        Ok((hkbm::model::compare::compare(pack, inputs), newest))
    } else {
        Err(errors)
    }
}

fn compare(common: &Common, args: CompareArgs) -> ExitCode {
    let pack = match pack(common) {
        Ok(p) => p.pack,
        Err(code) => return code,
    };
    let (comparison, newest) = match load_comparison(&pack, &args.files) {
        Ok(c) => c,
        Err(errors) => return fail(&errors),
    };
    let format = match args.format {
        Some(f) => f,
        None if std::io::IsTerminal::is_terminal(&std::io::stdout()) => {
            return ExitCode::from(crate::tui::run_compare(
                pack,
                comparison,
                newest,
                tui_options(common),
            ));
        }
        None => CompareFormat::Text,
    };
    use hkbm::output::compare;
    let out = match format {
        CompareFormat::Text => plain(
            common,
            compare::text(&comparison, &pack, text_width(&args.width, true)),
        ),
        CompareFormat::Md => compare::markdown(&comparison, &pack),
        CompareFormat::Csv => compare::csv(&comparison, &pack),
        CompareFormat::Json => compare::json(&comparison),
    };
    say!("{out}");
    ExitCode::SUCCESS
}

fn report(common: &Common, args: ReportArgs) -> ExitCode {
    if args.by == ReportBy::Owner && !matches!(args.format, ReportFormat::Html) {
        eprintln!("hkbm: {}", tr!("cli-by-owner-html"));
        return ExitCode::from(2);
    }
    let (pack, session) = match pack_and_session(common, &args.file) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let s = &session;
    let text = match (args.format, args.table) {
        (ReportFormat::Md, _) => hkbm::output::report::markdown(&pack, s),
        (ReportFormat::Csv, CsvTable::Items) => hkbm::output::report::csv_items(&pack, s),
        (ReportFormat::Csv, CsvTable::Benchmarks) => hkbm::output::report::csv_benchmarks(&pack, s),
        (ReportFormat::Html, _) => {
            let actions = hkbm::output::report::HtmlActions {
                by_owner: args.by == ReportBy::Owner,
                terms: config().terms,
                today: Some(today(common)),
            };
            hkbm::output::report::html_with(&pack, s, &actions)
        }
    };
    print_or_write(args.output.as_deref(), &text)
}

/// Print `text`, or write it to `-o OUT` by the output rules (a regular or
/// new file replaced atomically, a device or FIFO written to, `-` for
/// standard output).
fn print_or_write(output: Option<&Path>, text: &str) -> ExitCode {
    let Some(out) = output else {
        say!("{text}");
        return ExitCode::SUCCESS;
    };
    match hkbm::store::output::write_output(out, text.as_bytes(), 0o600) {
        Ok(hkbm::store::output::Written::Stdout) => ExitCode::SUCCESS,
        Ok(_) => {
            sayln!("{}", tr!("cli-wrote", path = shown(out)));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&[e]),
    }
}

fn actions(common: &Common, args: ActionsArgs) -> ExitCode {
    use hkbm::model::TipStatus;
    use hkbm::model::tracker::{self, Filter, Sort, StatusFilter};
    let (pack, session) = match pack_and_session(common, &args.file) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let today = today(common);
    let items = tracker::collect(&pack, &session, &config().terms);
    let filter = Filter {
        owner: args.owner.clone(),
        status: match args.status {
            StatusArg::Open => StatusFilter::Open,
            StatusArg::All => StatusFilter::All,
            StatusArg::Planned => StatusFilter::Only(TipStatus::Planned),
            StatusArg::InProgress => StatusFilter::Only(TipStatus::InProgress),
            StatusArg::Done => StatusFilter::Only(TipStatus::Done),
            StatusArg::NotForUs => StatusFilter::Only(TipStatus::NotForUs),
        },
        not_for_us: false,
        late: args.late,
        within_weeks: args.within,
        search: String::new(),
    };
    let sort = match args.sort {
        SortArg::Due => Sort::Due,
        SortArg::Benchmark => Sort::Benchmark,
        SortArg::Owner => Sort::Owner,
    };
    let listing =
        hkbm::output::actions::Listing::select(&pack, &session, &items, &filter, sort, today);
    use hkbm::output::actions as out;
    let text = match args.format {
        ActionsFormat::Text => {
            let to_stdout = args.output.as_deref().is_none_or(|o| o == Path::new("-"));
            plain(
                common,
                out::text(&listing, text_width(&args.width, to_stdout)),
            )
        }
        ActionsFormat::Md => out::markdown(&listing),
        ActionsFormat::Csv => out::csv(&listing),
        ActionsFormat::Json => out::json(&listing),
        ActionsFormat::Ics => {
            let (cal, undated) = out::ics(&listing, chrono::Utc::now());
            if !undated.is_empty() {
                // Never guessed: say which actions the calendar leaves out.
                eprintln!("hkbm: {}", tr!("cli-undated", n = undated.len()));
                for a in undated {
                    let due = if a.due_text.trim().is_empty() {
                        tr!("cli-undated-no-due")
                    } else {
                        tr!("cli-undated-due", due = a.due_text.as_str())
                    };
                    eprintln!("hkbm:   {} ({due})", a.tip_id);
                }
            }
            cal
        }
    };
    print_or_write(args.output.as_deref(), &text)
}

fn aggregate(common: &Common, args: AggregateArgs) -> ExitCode {
    let pack = match pack(common) {
        Ok(p) => p.pack,
        Err(code) => return code,
    };
    let a = hkbm::output::aggregate::run(&pack, &args.paths);
    let out = match args.format {
        AggregateFormat::Text => plain(
            common,
            hkbm::output::aggregate::text(&a, text_width(&args.width, true)),
        ),
        AggregateFormat::Csv => hkbm::output::aggregate::csv(&a),
        AggregateFormat::Json => hkbm::output::aggregate::json(&a),
    };
    say!("{out}");
    for f in &a.failed {
        eprintln!("hkbm: {}", inert_line(&f.error));
    }
    for d in &a.duplicates {
        for l in hkbm::output::aggregate::duplicate_lines(d) {
            eprintln!("hkbm: {l}");
        }
    }
    if a.sessions == 0 {
        eprintln!("hkbm: {}", tr!("cli-no-session-used"));
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// What a path given to `check` is.
enum CheckTarget {
    Pack(PathBuf),
    Benchmark,
    Session,
}

fn classify(path: &Path) -> CheckTarget {
    if path.is_dir() {
        return CheckTarget::Pack(path.to_path_buf());
    }
    if path.file_name().is_some_and(|n| n == FRAMEWORK_FILE) {
        return CheckTarget::Pack(path.parent().unwrap_or(Path::new(".")).to_path_buf());
    }
    // A benchmark file starts (after comments) with `Benchmark(`.
    if let Ok(text) = read::read_text(path) {
        let body = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("//"));
        if body.is_some_and(|l| l.starts_with("Benchmark(")) {
            return CheckTarget::Benchmark;
        }
    }
    CheckTarget::Session
}

fn check(common: &Common, args: CheckArgs) -> ExitCode {
    let mut failed = false;
    // The pack sessions are checked against, loaded on first need.
    let mut session_pack: Option<Option<ContentPack>> = None;
    for path in &args.paths {
        match classify(path) {
            CheckTarget::Pack(dir) => {
                if path.is_dir() && !dir.join(FRAMEWORK_FILE).exists() {
                    failed = true;
                    fail(&[FileError::new(path, tr!("cli-not-a-pack-folder"))]);
                    continue;
                }
                match content_store::load_dir(&dir) {
                    Ok(p) => {
                        warn(&p.warnings);
                        let criteria: usize =
                            p.pack.benchmarks.iter().map(|b| b.criteria.len()).sum();
                        let tips: usize =
                            p.pack.benchmarks.iter().map(|b| b.all_tips().count()).sum();
                        sayln!(
                            "{}",
                            tr!(
                                "cli-check-pack",
                                path = shown(&dir),
                                id = p.pack.framework.id.as_str(),
                                version = p.pack.framework.version.to_string(),
                                benchmarks = p.pack.benchmarks.len(),
                                criteria = criteria,
                                tips = tips
                            )
                        );
                    }
                    Err(errors) => {
                        failed = true;
                        fail(&errors);
                    }
                }
            }
            CheckTarget::Benchmark => match content_store::check_benchmark_file(path) {
                Ok(bm) => sayln!(
                    "{}",
                    tr!(
                        "cli-check-benchmark",
                        path = shown(path),
                        number = bm.number,
                        criteria = bm.criteria.len(),
                        tips = bm.all_tips().count()
                    )
                ),
                Err(errors) => {
                    failed = true;
                    fail(&errors);
                }
            },
            CheckTarget::Session => {
                let pack = session_pack.get_or_insert_with(|| match pack(common) {
                    Ok(p) => Some(p.pack),
                    Err(_) => None,
                });
                let Some(pack) = pack else {
                    return ExitCode::FAILURE;
                };
                match session_store::load(path, pack) {
                    Ok(l) => {
                        warn(&l.warnings);
                        let s = &l.session;
                        let id = if l.newer_version {
                            "cli-check-session-newer"
                        } else {
                            "cli-check-session"
                        };
                        sayln!(
                            "{}",
                            tr!(
                                id,
                                path = shown(path),
                                school = s.school.as_str(),
                                year = s.year.as_str()
                            )
                        );
                    }
                    Err(errors) => {
                        failed = true;
                        fail(&errors);
                    }
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn export(dir: &Path) -> ExitCode {
    match content_store::export(dir, hkbm::i18n::lang()) {
        Ok(written) => {
            sayln!(
                "{}",
                tr!("cli-wrote-files", n = written.len(), dir = shown(dir))
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&[e]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hkbm::i18n::Lang;

    fn args(a: &[&str]) -> Vec<std::ffi::OsString> {
        a.iter().map(Into::into).collect()
    }

    #[test]
    fn the_language_is_found_on_the_command_line_before_clap_parses_it() {
        assert_eq!(
            lang_arg(&args(&["hkbm", "--lang", "zh-HK", "x.ron"])),
            Some(Lang::ZhHk)
        );
        assert_eq!(
            lang_arg(&args(&["hkbm", "summary", "--lang=zh_hk"])),
            Some(Lang::ZhHk)
        );
        assert_eq!(
            lang_arg(&args(&["hkbm", "--lang=zh-HK", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_arg(&args(&["hkbm", "--help"])), None);
        assert_eq!(lang_arg(&args(&["hkbm", "--lang", "fr"])), None);
        assert_eq!(lang_arg(&args(&["hkbm", "--lang"])), None);
        // After `--`, a file may be called anything.
        assert_eq!(lang_arg(&args(&["hkbm", "--", "--lang=zh-HK"])), None);
        assert_eq!(lang_arg(&args(&["hkbm", "--language", "zh-HK"])), None);
    }
}
