# hkbm's messages in English: the command line, its help and what the commands say as they work.
# Every message here has its twin in ../zh-HK/cli.ftl.

## What the commands say: errors and warnings (after "hkbm: ")
cli-warning = warning: { $message }
cli-cannot-write-output = cannot write the output: { $error }
cli-no-home-config = no home folder, so no configuration file
cli-config-exists = already exists; edit it, or remove it first
cli-no-command = no command named "{ $name }"
cli-cannot-write-man = cannot write the manual page: { $error }
cli-no-home-sessions-app = no home folder to keep sessions in; give a FILE or --sessions-dir DIR
cli-no-home-sessions-new = no home folder to keep sessions in; give -o FILE or --sessions-dir DIR
cli-give-school = give the school's name: hkbm new --school "NAME"
cli-school-empty = the school's name is empty
cli-no-year-after = there is no academic year after { $year } that a session can be written for; give --year
cli-year-form = academic year "{ $year }" should look like 2025/26
cli-session-exists = already exists; choose another file with -o
cli-by-owner-html = --by owner groups the HTML report's action list; add --format html
cli-undated = { $n ->
    [one] { $n } action has no date hkbm can read and is not in the calendar:
   *[other] { $n } actions have no date hkbm can read and are not in the calendar:
}
cli-undated-no-due = no due
cli-undated-due = due "{ $due }"
cli-no-session-used = no session could be used
cli-not-a-pack-folder = is a directory, not a session file or a content pack (no framework.ron in it)
cli-not-a-date = "{ $text }" is not a date written YYYY-MM-DD
cli-not-a-whole-number = not a whole number from { $least } to { $most }

## What the commands say: done
cli-created = created { $path }
cli-wrote = wrote { $path }
cli-wrote-files = wrote { $n ->
    [one] { $n } file
   *[other] { $n } files
} to { $dir }
cli-check-pack = ok  { $path }: content pack { $id } { $version }, { $benchmarks ->
    [one] { $benchmarks } benchmark
   *[other] { $benchmarks } benchmarks
}, { $criteria ->
    [one] { $criteria } criterion
   *[other] { $criteria } criteria
}, { $tips ->
    [one] { $tips } tip
   *[other] { $tips } tips
}
cli-check-benchmark = ok  { $path }: benchmark { $number }, { $criteria ->
    [one] { $criteria } criterion
   *[other] { $criteria } criteria
}, { $tips ->
    [one] { $tips } tip
   *[other] { $tips } tips
}
cli-check-session = ok  { $path }: session { $school } { $year }
cli-check-session-newer = ok  { $path }: session { $school } { $year } (newer file version: read-only)

## The app on the command line: before it starts and after it ends
cli-needs-terminal = the app needs a terminal; for a printout use `hkbm summary FILE`
cli-needs-terminal-compare = the app needs a terminal; use --format text|md|csv|json to print
cli-cannot-use-terminal = cannot use this terminal: { $error }
cli-not-saved-recovery = the session could not be saved; your changes are in { $path }
cli-not-saved-no-recovery = the session could not be saved, nor a recovery file: { $error }
cli-internal-error-saved = internal error; nothing was lost (every change was already saved)
cli-internal-error-recovery = internal error; unsaved changes were written to { $path } and will be offered at the next start
cli-internal-error-no-recovery = internal error, and the recovery file could not be written: { $error }

## Help: what hkbm and each command is for
cli-about = Review a school against the Hong Kong Benchmarks for Career & Life Development
cli-about-new = Start a new session file (from scratch, or from last year's with --from)
cli-about-summary = Print a session's scores, coverage, targets and tips decided
cli-about-compare = Compare sessions across years (opens the app's compare screen in a terminal unless --format is given)
cli-about-report = Reports for the leadership team: Markdown, CSV or HTML (with an SVG radar)
cli-about-actions = Print the action list (decided tips with owner and due), e.g. one owner's, as text, Markdown, CSV, JSON or an iCalendar file
cli-about-aggregate = Summarise many schools' sessions per benchmark (a school network's view)
cli-about-check = Validate session files or a content pack; exit 1 if any is bad
cli-about-content = Work with content packs
cli-about-content-export = Write the built-in content pack into DIR for a school to edit (`--lang zh-HK` writes the Chinese one)
cli-about-config = Show or write the configuration file
cli-about-config-path = Print where the configuration file is read from
cli-about-config-export = Write the default configuration (with comments) there, to edit
cli-about-completions = Print shell completions for bash, zsh, fish, elvish or PowerShell
cli-about-man = Print the manual page (roff), e.g. `hkbm man > hkbm.1`, or a command's own page (`hkbm man report > hkbm-report.1`)
cli-about-help = Print this message or the help of the given subcommand(s)

## Help: each argument
cli-arg-file-open = Session file to open (default: the latest in the sessions folder)
cli-arg-actions = Start on the actions screen (every decided tip, who owns it, what is late)
cli-arg-content = Use the content pack in DIR instead of the built-in one
cli-arg-sessions-dir = Where sessions are kept (default: the platform's data folder)
cli-arg-read-only = Open without changing anything (no lock, no saving)
cli-arg-ascii = Draw with plain ASCII only (automatic when the locale is not UTF-8)
cli-arg-theme = Colours: dark, light (projectors), contrast or mono (NO_COLOR means mono)
cli-arg-lang = Language: en or zh-HK (default: the config file's, else the locale's, else en)
cli-arg-present = Start in presentation mode (big heading, one item at a time)
cli-arg-mouse = Let the mouse click and scroll (off by default so terminal copy and paste keep working)
cli-arg-width = Lay text out for COLUMNS columns (default: the terminal's width, or 80 when not printing to a terminal; at least 70)
cli-arg-file = Session file
cli-arg-new-output = File to write, never over an existing one; `-` prints it (default: SCHOOL-YEAR.ron in the sessions folder)
cli-arg-school = School name
cli-arg-year = Academic year, e.g. 2026/27 (default: the current one, or the year after --from's)
cli-arg-from = Last year's session: carry over school, team, targets and open plans, keep its scores as the baseline
cli-arg-facilitator = Who leads the review
cli-arg-participant = A member of the career team taking part (repeat for each)
cli-arg-compare-files = Two or more session files (any order: they are sorted by academic year)
cli-arg-compare-format = Print instead of opening the app
cli-arg-table = For CSV: `items` (a row per criterion and tip) or `benchmarks` (a row per benchmark)
cli-arg-by = For HTML: the action list per benchmark (default) or grouped by owner
cli-arg-report-output = Write to this file instead of standard output (`-` is standard output; a device or FIFO is written to, not replaced)
cli-arg-owner = Only the actions of owners whose name contains NAME as a word (any case)
cli-arg-status = Which actions by status (default: open, i.e. planned and in progress)
cli-arg-late = Only late actions (still open, due date passed)
cli-arg-within = Only actions due in the next WEEKS weeks
cli-arg-sort = Order: due date (default), benchmark or owner
cli-arg-output = Write to this file instead of standard output
cli-arg-aggregate-paths = Session files, or folders searched for them
cli-arg-check-paths = Session files, benchmark files, or content pack folders
cli-arg-export-dir = Folder to write into (created if missing; must not hold pack files)
cli-arg-shell = The shell to complete for
cli-arg-man-command = The command whose page to print (default: hkbm's own)
cli-arg-help-command = Print help for the subcommand(s)
cli-arg-version = Print version
cli-arg-help = Print help
cli-arg-help-more = Print help (see more with '--help')
cli-arg-help-summary = Print help (see a summary with '-h')

## Help: what some values of an argument mean
cli-value-status-open = Planned and in progress
cli-value-status-all = Planned, in progress and done
cli-value-format-ics = iCalendar: one all-day event per dated action

## Help: the words clap puts around the texts (the Chinese help only; English keeps clap's own)
cli-help-usage = Usage:
cli-help-commands = Commands:
cli-help-command = COMMAND
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-options-tag = [OPTIONS]
cli-help-default = default: { $value }
cli-help-env = environment variable: { $name }
cli-help-values = possible values: { $values }
cli-help-value = { $value }: { $help }
cli-help-list-separator = ,{" "}
cli-help-extras = [{ $extras }]
cli-no-file-open = no file is open
cli-folder-not-private = folder is not private to this user

## A mistake on the command line (the Chinese only; English keeps clap's own words)
cli-usage-error = error: { $what }
cli-usage-tip = tip: { $tip }
cli-usage-more = For more information, try '--help'.
cli-usage-quoted = '{ $name }'
cli-usage-wrong = the command line is not right
cli-usage-value-missing = a value is required for '{ $arg }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-usage-invalid-value-why = invalid value '{ $value }' for '{ $arg }': { $why }
cli-usage-unknown-argument = unexpected argument '{ $arg }' found
cli-usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-usage-too-few-values = { $min } values required by '{ $arg }'; only { $n } { $n ->
        [one] was
       *[other] were
    } provided
cli-usage-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $n } { $n ->
        [one] was
       *[other] were
    } provided
cli-usage-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-usage-conflict = the argument '{ $arg }' cannot be used with { $others }
cli-usage-conflict-twice = the argument '{ $arg }' cannot be used multiple times
cli-usage-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-usage-missing-arguments = the following required arguments were not provided:
cli-usage-unknown-command = unrecognized subcommand '{ $name }'
cli-usage-missing-command = '{ $name }' requires a subcommand but one was not provided
cli-usage-commands = [subcommands: { $values }]
cli-usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-usage-similar-command = a similar subcommand exists: { $names }
cli-usage-similar-argument = a similar argument exists: { $names }
cli-usage-similar-value = a similar value exists: { $names }
cli-usage-tip-as-value = to pass '{ $arg }' as a value, use '{ $instead }'
cli-usage-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-usage-tip-exists = '{ $what }' exists
