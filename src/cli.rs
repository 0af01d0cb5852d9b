//! The command line: the contract other tools and the tests rely on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Review a school against the ten Hong Kong Benchmarks for Career & Life
/// Development: rate, plan, implement, review; compare years.
#[derive(Debug, Parser)]
#[command(name = "hkbm", version, about, long_about = None)]
pub struct Cli {
    /// Session file to open (default: the latest in the sessions folder).
    pub file: Option<PathBuf>,

    /// Start on the actions screen (every decided tip, who owns it, what is late).
    #[arg(long)]
    pub actions: bool,

    #[command(flatten)]
    pub common: Common,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Common {
    /// Use the content pack in DIR instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Where sessions are kept (default: the platform's data folder).
    #[arg(long, global = true, value_name = "DIR", env = "HKBM_SESSIONS")]
    pub sessions_dir: Option<PathBuf>,

    /// Open without changing anything (no lock, no saving).
    #[arg(long, global = true)]
    pub read_only: bool,

    /// Draw with plain ASCII only (automatic when the locale is not UTF-8).
    #[arg(long, global = true)]
    pub ascii: bool,

    /// Colours: dark, light (projectors), contrast or mono (NO_COLOR means mono).
    #[arg(long, global = true, value_parser = ["dark", "light", "contrast", "mono"])]
    pub theme: Option<String>,

    /// Language: en or zh-HK (default: the config file's, else the locale's, else en).
    #[arg(long, global = true, value_name = "LANG", value_parser = ["en", "zh-HK"])]
    pub lang: Option<String>,

    /// Start in presentation mode (big heading, one item at a time).
    #[arg(long, global = true)]
    pub present: bool,

    /// Let the mouse click and scroll (off by default so terminal copy and paste keep working).
    #[arg(long, global = true)]
    pub mouse: bool,

    /// The date lateness is measured against (for tests and demonstrations).
    #[arg(long, global = true, hide = true, env = "HKBM_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<String>,
}

/// The commands' names as typed (clap's own `help` among them); a test
/// keeps this list the same as clap's.
const COMMAND_NAMES: &[&str] = &[
    "new",
    "summary",
    "compare",
    "report",
    "actions",
    "aggregate",
    "check",
    "content",
    "config",
    "completions",
    "man",
    "help",
];

/// The command line as it is typed most often, `hkbm` or `hkbm FILE`, read
/// without building clap's whole tree of commands and arguments (a quarter
/// of a millisecond at start, before the first frame). Anything else, or a
/// setting clap would take from the environment (`HKBM_SESSIONS`,
/// `HKBM_TODAY`, read here with `env`), is left to clap: None. A test holds
/// the two readings equal.
pub fn plain_app_line(
    args: &[std::ffi::OsString],
    env: impl Fn(&str) -> Option<std::ffi::OsString>,
) -> Option<Cli> {
    if args.len() > 2
        || ["HKBM_SESSIONS", "HKBM_TODAY"]
            .iter()
            .any(|v| env(v).is_some())
    {
        return None;
    }
    let file = match args.get(1) {
        None => None,
        Some(a) => {
            let text = a.to_string_lossy();
            if text.is_empty() || text.starts_with('-') || COMMAND_NAMES.contains(&text.as_ref()) {
                return None;
            }
            Some(PathBuf::from(a))
        }
    };
    Some(Cli {
        file,
        actions: false,
        common: Common {
            content: None,
            sessions_dir: None,
            read_only: false,
            ascii: false,
            theme: None,
            lang: None,
            present: false,
            mouse: false,
            today: None,
        },
        command: None,
    })
}

fn parse_today(s: &str) -> Result<String, String> {
    hkbm::model::date::parse_iso(s)
        .map(|d| d.iso())
        .ok_or_else(|| hkbm::tr!("cli-not-a-date", text = s))
}

fn parse_columns(s: &str) -> Result<u16, String> {
    whole_number(s, 1, u16::MAX)
}

fn parse_weeks(s: &str) -> Result<u32, String> {
    whole_number(s, 0, u32::MAX)
}

/// A whole number from `least` to `most`, or why not in the catalogue's
/// words (clap's own parsers say it in English).
fn whole_number<T>(s: &str, least: T, most: T) -> Result<T, String>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display,
{
    match s.parse::<T>() {
        Ok(n) if n >= least && n <= most => Ok(n),
        _ => Err(hkbm::tr!(
            "cli-not-a-whole-number",
            least = least.to_string(),
            most = most.to_string()
        )),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new session file (from scratch, or from last year's with --from).
    New(NewArgs),
    /// Print a session's scores, coverage, targets and tips decided.
    Summary(SummaryArgs),
    /// Compare sessions across years (opens the app's compare screen in a
    /// terminal unless --format is given).
    Compare(CompareArgs),
    /// Reports for the leadership team: Markdown, CSV or HTML (with an SVG radar).
    Report(ReportArgs),
    /// Print the action list (decided tips with owner and due), e.g. one
    /// owner's, as text, Markdown, CSV, JSON or an iCalendar file.
    Actions(ActionsArgs),
    /// Summarise many schools' sessions per benchmark (a school network's view).
    Aggregate(AggregateArgs),
    /// Validate session files or a content pack; exit 1 if any is bad.
    Check(CheckArgs),
    /// Work with content packs.
    #[command(subcommand)]
    Content(ContentCommand),
    /// Show or write the configuration file.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print shell completions for bash, zsh, fish, elvish or PowerShell.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `hkbm man > hkbm.1`, or a
    /// command's own page (`hkbm man report > hkbm-report.1`).
    Man {
        /// The command whose page to print (default: hkbm's own).
        command: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the configuration file is read from.
    Path,
    /// Write the default configuration (with comments) there, to edit.
    Export,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// File to write, never over an existing one; `-` prints it (default: SCHOOL-YEAR.ron in the sessions folder).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// School name.
    #[arg(long, value_name = "NAME")]
    pub school: Option<String>,
    /// Academic year, e.g. 2026/27 (default: the current one, or the year after --from's).
    #[arg(long, value_name = "YYYY/YY")]
    pub year: Option<String>,
    /// Last year's session: carry over school, team, targets and open plans, keep its scores as the baseline.
    #[arg(long, value_name = "PREV")]
    pub from: Option<PathBuf>,
    /// Who leads the review.
    #[arg(long, value_name = "NAME")]
    pub facilitator: Option<String>,
    /// A member of the career team taking part (repeat for each).
    #[arg(long = "participant", value_name = "NAME")]
    pub participants: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// Session file.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    #[command(flatten)]
    pub width: TextWidth,
}

/// How wide text output is laid out.
#[derive(Debug, Args)]
pub struct TextWidth {
    /// Lay text out for COLUMNS columns (default: the terminal's width, or
    /// 80 when not printing to a terminal; at least 70).
    #[arg(long = "width", value_name = "COLUMNS", value_parser = parse_columns)]
    pub columns: Option<u16>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SummaryFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more session files (any order: they are sorted by academic year).
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    /// Print instead of opening the app.
    #[arg(long, value_enum)]
    pub format: Option<CompareFormat>,
    #[command(flatten)]
    pub width: TextWidth,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CompareFormat {
    Text,
    Md,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Session file.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// For CSV: `items` (a row per criterion and tip) or `benchmarks` (a row per benchmark).
    #[arg(long, value_enum, default_value_t = CsvTable::Items)]
    pub table: CsvTable,
    /// For HTML: the action list per benchmark (default) or grouped by owner.
    #[arg(long, value_enum, default_value_t = ReportBy::Benchmark)]
    pub by: ReportBy,
    /// Write to this file instead of standard output (`-` is standard output; a device or FIFO is written to, not replaced).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportBy {
    Benchmark,
    Owner,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CsvTable {
    Items,
    Benchmarks,
}

#[derive(Debug, Args)]
pub struct ActionsArgs {
    /// Session file.
    pub file: PathBuf,
    /// Only the actions of owners whose name contains NAME as a word (any case).
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Which actions by status (default: open, i.e. planned and in progress).
    #[arg(long, value_enum, default_value_t = StatusArg::Open)]
    pub status: StatusArg,
    /// Only late actions (still open, due date passed).
    #[arg(long)]
    pub late: bool,
    /// Only actions due in the next WEEKS weeks.
    #[arg(long, value_name = "WEEKS", value_parser = parse_weeks)]
    pub within: Option<u32>,
    /// Order: due date (default), benchmark or owner.
    #[arg(long, value_enum, default_value_t = SortArg::Due)]
    pub sort: SortArg,
    #[arg(long, value_enum, default_value_t = ActionsFormat::Text)]
    pub format: ActionsFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub width: TextWidth,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    /// Planned and in progress.
    Open,
    /// Planned, in progress and done.
    All,
    Planned,
    // Also the keys the JSON outputs use, so a script can pass one back.
    #[value(alias = "in_progress")]
    InProgress,
    Done,
    #[value(alias = "not_for_us")]
    NotForUs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Due,
    Benchmark,
    Owner,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ActionsFormat {
    Text,
    Md,
    Csv,
    Json,
    /// iCalendar: one all-day event per dated action.
    Ics,
}

#[derive(Debug, Args)]
pub struct AggregateArgs {
    /// Session files, or folders searched for them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = AggregateFormat::Text)]
    pub format: AggregateFormat,
    #[command(flatten)]
    pub width: TextWidth,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AggregateFormat {
    Text,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Session files, benchmark files, or content pack folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Write the built-in content pack into DIR for a school to edit
    /// (`--lang zh-HK` writes the Chinese one).
    Export {
        /// Folder to write into (created if missing; must not hold pack files).
        dir: PathBuf,
    },
}

/// Each command's about, from the catalogue: (command path, message id).
/// The path is the command's names below `hkbm`, joined by spaces.
const ABOUTS: &[(&str, &str)] = &[
    ("", "cli-about"),
    ("new", "cli-about-new"),
    ("summary", "cli-about-summary"),
    ("compare", "cli-about-compare"),
    ("report", "cli-about-report"),
    ("actions", "cli-about-actions"),
    ("aggregate", "cli-about-aggregate"),
    ("check", "cli-about-check"),
    ("content", "cli-about-content"),
    ("content export", "cli-about-content-export"),
    ("config", "cli-about-config"),
    ("config path", "cli-about-config-path"),
    ("config export", "cli-about-config-export"),
    ("completions", "cli-about-completions"),
    ("man", "cli-about-man"),
];

/// Each argument's help, from the catalogue: (command path, argument id,
/// message id). A path of `*` is any command that has the argument (the
/// options every command takes, the text width).
const ARG_HELPS: &[(&str, &str, &str)] = &[
    ("", "file", "cli-arg-file-open"),
    ("", "actions", "cli-arg-actions"),
    ("new", "output", "cli-arg-new-output"),
    ("new", "school", "cli-arg-school"),
    ("new", "year", "cli-arg-year"),
    ("new", "from", "cli-arg-from"),
    ("new", "facilitator", "cli-arg-facilitator"),
    ("new", "participants", "cli-arg-participant"),
    ("compare", "files", "cli-arg-compare-files"),
    ("compare", "format", "cli-arg-compare-format"),
    ("report", "table", "cli-arg-table"),
    ("report", "by", "cli-arg-by"),
    ("report", "output", "cli-arg-report-output"),
    ("actions", "owner", "cli-arg-owner"),
    ("actions", "status", "cli-arg-status"),
    ("actions", "late", "cli-arg-late"),
    ("actions", "within", "cli-arg-within"),
    ("actions", "sort", "cli-arg-sort"),
    ("actions", "output", "cli-arg-output"),
    ("aggregate", "paths", "cli-arg-aggregate-paths"),
    ("check", "paths", "cli-arg-check-paths"),
    ("content export", "dir", "cli-arg-export-dir"),
    ("completions", "shell", "cli-arg-shell"),
    ("man", "command", "cli-arg-man-command"),
    ("*", "file", "cli-arg-file"),
    ("*", "content", "cli-arg-content"),
    ("*", "sessions_dir", "cli-arg-sessions-dir"),
    ("*", "read_only", "cli-arg-read-only"),
    ("*", "ascii", "cli-arg-ascii"),
    ("*", "theme", "cli-arg-theme"),
    ("*", "lang", "cli-arg-lang"),
    ("*", "present", "cli-arg-present"),
    ("*", "mouse", "cli-arg-mouse"),
    ("*", "columns", "cli-arg-width"),
];

/// What some values of an argument mean: (argument id, value, message id).
const VALUE_HELPS: &[(&str, &str, &str)] = &[
    ("status", "open", "cli-value-status-open"),
    ("status", "all", "cli-value-status-all"),
    ("format", "ics", "cli-value-format-ics"),
];

/// The command line, its help in the language in use (chosen before
/// parsing: see `commands::lang`). The texts come from the catalogue, the
/// shape from the definitions above; the English catalogue holds the same
/// texts as the doc comments (a test checks the help is the same). In
/// Chinese, clap's own words around them (`Usage:`, `Options:`, default and
/// possible values) are said in Chinese too.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let chinese = hkbm::i18n::lang() != hkbm::i18n::Lang::En;
    let mut cmd = localized(Cli::command(), "", chinese);
    // Built, it has its `--help`, `--version` and `help` command, and the
    // options every command takes are in each command.
    cmd.build();
    built_ins(cmd, chinese)
}

/// The help of the command at `path` and of those below it.
fn localized(cmd: clap::Command, path: &str, chinese: bool) -> clap::Command {
    use hkbm::i18n::tr;
    let about = ABOUTS.iter().find(|(p, _)| *p == path).map(|(_, id)| *id);
    let mut cmd = match about {
        Some(id) => cmd.about(tr(id)),
        None => cmd,
    };
    cmd = cmd.mut_args(|a| {
        let id = a.get_id().as_str();
        let help = ARG_HELPS
            .iter()
            .find(|(p, arg, _)| *p == path && *arg == id)
            .or_else(|| ARG_HELPS.iter().find(|(p, arg, _)| *p == "*" && *arg == id))
            .map(|(_, _, m)| tr(m));
        let a = match help {
            Some(h) => a.help(h),
            None => a,
        };
        if chinese { in_chinese(a) } else { a }
    });
    if chinese {
        cmd = cmd.subcommand_value_name(tr("cli-help-command"));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localized(s, &sub_path, chinese));
    }
    cmd
}

/// An argument's help with clap's own words said in Chinese: its heading,
/// and its default, environment variable and possible values (with what
/// some of them mean) written into the help instead of clap's English.
fn in_chinese(a: clap::Arg) -> clap::Arg {
    use hkbm::i18n::tr;
    use hkbm::tr;
    let mut a = a;
    if a.is_hide_set() {
        return a;
    }
    let id = a.get_id().as_str().to_string();
    let separator = tr("cli-help-list-separator");
    let mut extras = Vec::new();
    let mut meanings = Vec::new();
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        let default = tr!("cli-help-default", value = defaults.join(&separator));
        // Not twice when the help says it already.
        if !help.contains(&default) {
            extras.push(default);
        }
        a = a.hide_default_value(true);
    }
    if let Some(env) = a.get_env()
        && !a.is_hide_env_set()
    {
        extras.push(tr!(
            "cli-help-env",
            name = env.to_string_lossy().into_owned()
        ));
        a = a.hide_env(true);
    }
    let values = a.get_possible_values();
    let takes_value = a.get_action().takes_values();
    if !values.is_empty() && takes_value && !a.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        extras.push(tr!("cli-help-values", values = names.join(&separator)));
        for v in &values {
            if let Some((_, _, m)) = VALUE_HELPS
                .iter()
                .find(|(arg, value, _)| *arg == id && *value == v.get_name())
            {
                meanings.push(tr!("cli-help-value", value = v.get_name(), help = tr(m)));
            }
        }
        a = a.hide_possible_values(true);
    }
    if extras.is_empty() {
        return a;
    }
    let extras = tr!("cli-help-extras", extras = extras.join(&separator));
    let short = if help.is_empty() {
        extras.clone()
    } else {
        format!("{help}{extras}")
    };
    a = a.help(short.clone());
    if !meanings.is_empty() {
        let mut long = short;
        for m in meanings {
            long.push_str("\n- ");
            long.push_str(&m);
        }
        a = a.long_help(long);
    }
    a
}

/// A built command's help laid out with Chinese headings: usage, then the
/// commands, arguments and options it has.
fn in_chinese_template(cmd: clap::Command) -> clap::Command {
    use hkbm::i18n::tr;
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n",
        tr("cli-help-usage")
    );
    let sections = [
        (
            cmd.get_subcommands().any(|s| !s.is_hide_set()),
            "cli-help-commands",
            "{subcommands}",
        ),
        (
            cmd.get_positionals().any(|a| !a.is_hide_set()),
            "cli-help-arguments",
            "{positionals}",
        ),
        (
            cmd.get_arguments()
                .any(|a| !a.is_positional() && !a.is_hide_set()),
            "cli-help-options",
            "{options}",
        ),
    ];
    for (shown, heading, tag) in sections {
        if shown {
            template.push_str(&format!("\n{}\n{tag}\n", tr(heading)));
        }
    }
    template.push_str("{after-help}");
    cmd.help_template(template)
}

/// A built command's usage line with clap's `[OPTIONS]` said in Chinese,
/// without its heading: the help and the command line's errors put theirs.
fn chinese_usage(cmd: &clap::Command) -> String {
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.strip_prefix(CLAP_USAGE_HEADING).unwrap_or(&usage);
    usage.replace("[OPTIONS]", &hkbm::i18n::tr("cli-help-options-tag"))
}

/// How clap begins a usage line it renders.
pub const CLAP_USAGE_HEADING: &str = "Usage: ";

/// The built-in `--help`, `--version` and `help` command of a built
/// command and those below it, from the catalogue.
fn built_ins(cmd: clap::Command, chinese: bool) -> clap::Command {
    use hkbm::i18n::tr;
    let mut cmd = cmd.mut_args(|a| match a.get_id().as_str() {
        "help" if a.get_long_help().is_some() => a
            .help(tr("cli-arg-help-more"))
            .long_help(tr("cli-arg-help-summary")),
        "help" => a.help(tr("cli-arg-help")),
        "version" => a.help(tr("cli-arg-version")),
        "subcommand" => a.help(tr("cli-arg-help-command")),
        _ => a,
    });
    if chinese {
        cmd = in_chinese_template(cmd);
        let usage = chinese_usage(&cmd);
        cmd = cmd.override_usage(usage);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| {
            let s = if name == "help" {
                s.about(tr("cli-about-help"))
            } else {
                s
            };
            built_ins(s, chinese)
        });
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use hkbm::i18n::{Lang, scoped};

    #[test]
    fn the_command_names_are_clap_s() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut clap_s: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        let mut ours = COMMAND_NAMES.to_vec();
        clap_s.sort_unstable();
        ours.sort_unstable();
        assert_eq!(ours, clap_s);
    }

    #[test]
    fn a_plain_app_line_reads_as_clap_reads_it() {
        let line = |words: &[&str]| -> Vec<std::ffi::OsString> {
            std::iter::once("hkbm")
                .chain(words.iter().copied())
                .map(Into::into)
                .collect()
        };
        let no_env = |_: &str| None;
        let clap_s =
            |args: &[std::ffi::OsString]| format!("{:?}", Cli::try_parse_from(args).unwrap());
        for plain in [
            &[][..],
            &["s.ron"],
            &["folder/2025-26 draft.ron"],
            &["基準.ron"],
        ] {
            let args = line(plain);
            let ours = plain_app_line(&args, no_env).expect("read without clap");
            assert_eq!(format!("{ours:?}"), clap_s(&args), "{plain:?}");
        }
        // Left to clap: options, commands, help, more than one word, and
        // settings from the environment.
        for other in [
            &["--read-only", "s.ron"][..],
            &["s.ron", "--lang", "zh-HK"],
            &["summary"],
            &["help"],
            &["-V"],
            &["--help"],
            &["-"],
            &[""],
            &["a.ron", "b.ron"],
        ] {
            assert!(plain_app_line(&line(other), no_env).is_none(), "{other:?}");
        }
        let today = |v: &str| (v == "HKBM_TODAY").then(|| "2026-01-15".into());
        assert!(plain_app_line(&line(&["s.ron"]), today).is_none());
        let sessions = |v: &str| (v == "HKBM_SESSIONS").then(|| "".into());
        assert!(plain_app_line(&line(&[]), sessions).is_none());
    }

    /// Every command below `cmd` (and itself), with its path.
    fn all(cmd: &mut clap::Command, path: String, out: &mut Vec<(String, String, String)>) {
        out.push((
            path.clone(),
            cmd.render_help().to_string(),
            cmd.render_long_help().to_string(),
        ));
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let sub = cmd.find_subcommand_mut(&name).unwrap();
            all(sub, format!("{path} {name}"), out);
        }
    }

    fn helps(mut cmd: clap::Command) -> Vec<(String, String, String)> {
        cmd.build();
        let mut out = Vec::new();
        all(&mut cmd, "hkbm".into(), &mut out);
        out
    }

    #[test]
    fn the_english_help_from_the_catalogue_is_the_help_of_the_definitions() {
        let _en = scoped(Lang::En);
        let ours = helps(command());
        let theirs = helps(Cli::command());
        assert_eq!(ours.len(), theirs.len());
        for (o, t) in ours.iter().zip(&theirs) {
            assert_eq!(o, t);
        }
    }

    fn has_chinese(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Every command's about and every argument's help (the built-in ones
    /// too), in a built command and those below it.
    fn texts(cmd: &clap::Command, out: &mut Vec<(String, Option<String>)>) {
        out.push((
            format!("about of {}", cmd.get_name()),
            cmd.get_about().map(ToString::to_string),
        ));
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            out.push((
                format!("{} {}", cmd.get_name(), a.get_id()),
                a.get_help().map(ToString::to_string),
            ));
        }
        for s in cmd.get_subcommands() {
            texts(s, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_chinese_help_text() {
        let _zh = scoped(Lang::ZhHk);
        let mut out = Vec::new();
        texts(&command(), &mut out);
        assert!(out.len() > 100, "{}", out.len());
        for (what, text) in out {
            let text = text.unwrap_or_default();
            assert!(has_chinese(&text), "{what}: {text:?}");
        }
        // And the help says it, with clap's own words in Chinese too.
        let help = helps(command());
        for (path, short, long) in help {
            for h in [short, long] {
                assert!(h.contains("用法："), "{path}: {h}");
                for english in [
                    "Usage",
                    "Options",
                    "Arguments",
                    "Commands",
                    "Print",
                    "possible",
                    "default",
                ] {
                    assert!(!h.contains(english), "{path}: {english} in {h}");
                }
            }
        }
    }

    #[test]
    fn every_table_entry_names_a_command_or_argument_there_is() {
        let _en = scoped(Lang::En);
        let mut cmd = Cli::command();
        cmd.build();
        let find = |path: &str| {
            path.split(' ')
                .filter(|p| !p.is_empty())
                .try_fold(&cmd, |c, name| c.find_subcommand(name))
        };
        for (path, _) in ABOUTS {
            assert!(find(path).is_some(), "{path}");
        }
        for (path, arg, _) in ARG_HELPS {
            if *path == "*" {
                continue;
            }
            let c = find(path).unwrap_or_else(|| panic!("{path}"));
            assert!(
                c.get_arguments().any(|a| a.get_id() == *arg),
                "{path} {arg}"
            );
        }
    }
}
