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

fn parse_today(s: &str) -> Result<String, String> {
    hkbm::model::date::parse_iso(s)
        .map(|d| d.iso())
        .ok_or_else(|| format!("{s:?} is not a date written YYYY-MM-DD"))
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
    #[arg(long = "width", value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(1..))]
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
    #[arg(long, value_name = "WEEKS")]
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
