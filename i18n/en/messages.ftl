# hkbm's messages in English: what is wrong with a file (session, content pack,
# configuration, lock) and where.
# Every message here has its twin in ../zh-HK/messages.ftl.

## Files: reading and writing

file-separator = {": "}
file-list-separator = {", "}
file-empty = file is empty
file-too-large = file is too large ({ $size }; the limit is { $limit } MiB)
file-is-directory = is a directory, not a file
file-is-fifo = is a named pipe (FIFO), not a regular file
file-is-socket = is a socket, not a regular file
file-is-device = is a device, not a regular file
file-not-regular = is not a regular file
file-not-utf8 = not valid UTF-8 text (byte { $byte }); save the file as UTF-8
file-not-found = no such file
file-permission-denied = permission denied
file-read-only-filesystem = the disk is read-only
file-storage-full = the disk is full
file-already-exists = already exists
file-not-a-directory = a part of the path is not a folder
file-invalid-name = the file name is not valid here
file-system-error = { $error }
file-no-name = no file name
file-link-loop = too many levels of symbolic links
file-stream-error = { $what }; { $error }
file-could-not-save = could not save: { $error }
file-could-not-create = could not create: { $error }
file-save-refused-newer = refusing to overwrite a file from a newer hkbm

## Session files

file-session-newer = written by a newer hkbm (file version { $version }, this build reads up to { $known }); update hkbm to open it
file-session-version-zero = version 0 is not a session file version
file-session-unknown-field = unknown field `{ $name }` (at { $at })
file-key-twice = { $key } is given twice; keep one

## The RON syntax of a file (English says what ron itself says)

file-ron-eof = Unexpected end of RON
file-ron-expected-array = Expected opening `[`
file-ron-expected-attribute = Expected an `#![enable(...)]` attribute
file-ron-expected-attribute-end = Expected closing `)]` after the enable attribute
file-ron-expected-boolean = Expected boolean
file-ron-expected-comma = Expected comma
file-ron-expected-float = Expected float
file-ron-float-underscore = Unexpected underscore in float
file-ron-expected-integer = Expected integer
file-ron-expected-option = Expected option
file-ron-expected-option-end = Expected closing `)`
file-ron-expected-paren-end = Expected closing `)`
file-ron-expected-map = Expected opening `{"{"}`
file-ron-expected-colon = Expected colon
file-ron-other-struct-name = Expected struct `{ $expected }` but found `{ $found }`
file-ron-expected-paren = Expected opening `(`
file-ron-expected-named-paren = Expected opening `(` for struct `{ $name }`
file-ron-expected-string = Expected string
file-ron-expected-string-end = Expected end of string
file-ron-expected-identifier = Expected identifier
file-ron-bad-field-name = Found invalid std identifier "{ $name }", try the raw identifier `r#{ $name }` instead
file-ron-invalid-escape = Invalid escape sequence
file-ron-integer-out-of-bounds = Integer is out of bounds
file-ron-invalid-digit = Invalid digit { $digit } for base { $base } integers
file-ron-unclosed-comment = Unclosed block comment
file-ron-leading-underscore = Unexpected leading underscore in a number
file-ron-unexpected-char = Unexpected char { $char }
file-ron-trailing = Non-whitespace trailing characters
file-ron-wrong-length = Expected a tuple of size { $expected } but found { $found ->
    [one] one element
   *[other] { $found } elements
} instead
file-ron-unknown-variant = Unexpected variant named `{ $found }` in enum `{ $outer }`, expected one of { $expected }
file-ron-unknown-field = Unexpected field named `{ $found }` in `{ $outer }`, expected one of { $expected }
file-ron-missing-field = Unexpected missing field named `{ $field }` in `{ $outer }`
file-ron-duplicate-field = Unexpected duplicate field named `{ $field }` in `{ $outer }`
file-ron-too-deep = Exceeded recursion limit

## Moving what no longer fits to the retired history (a session made with
## another content version)

file-migrate-list-separator = {", "}
file-migrate-and = { $rest } and { $last }
file-migrate-unit-percent = { $n } %
file-migrate-unit-years = { $n } { $count ->
    [one] year
   *[other] years
}
file-migrate-unit-per-year = { $n } per year
file-migrate-unit-groups-per-year = { $n } groups per year
file-migrate-unit-per-form-per-year = { $n } per form per year
file-migrate-unit-per-student = { $n } per student
file-migrate-unit-per-student-per-year = { $n } per student per year
file-migrate-unit-per-student-by-s6 = { $n } per student by S6
file-migrate-unit-name-per-year = per year
file-migrate-unit-name-groups-per-year = groups per year
file-migrate-unit-name-per-form-per-year = per form per year
file-migrate-unit-name-per-student = per student
file-migrate-unit-name-per-student-per-year = per student per year
file-migrate-unit-name-per-student-by-s6 = per student by S6
file-migrate-measure-unit = { $measure } ({ $unit })
file-migrate-reason-measure-changed = measure { $measures } changed what it counts in content { $new }; the { $old } value is kept here, not reinterpreted
file-migrate-reason-not-in-pack = not in content pack { $pack } { $version }
file-migrate-text-measured = measured values of { $id }
file-migrate-moved-measured = { $id }: measured { $measures } kept as retired history ({ $reason })
file-migrate-moved = { $id }: { $what } kept as retired history ({ $reason })
file-migrate-what-decision = decision "{ $status }"
file-migrate-what-owner = owner
file-migrate-what-due = due
file-migrate-what-note = a note
file-migrate-what-rating = rating { $rating }
file-migrate-what-measured = measured values
file-migrate-what-targets = own targets

## A recovery file that cannot be restored whole: what is left out

file-recovery-newer = it was written by a newer hkbm
file-recovery-other-pack = it was made for content pack { $made }, not { $pack }
file-recovery-school-empty = an empty school name (the file's name is kept)
file-recovery-year = the year { $year } (the file's year is kept)
file-recovery-dates = { $n ->
    [one] { $n } malformed date
   *[other] { $n } malformed dates
}
file-recovery-baseline-twice = a second baseline score for { $id }
file-recovery-baseline-range = baseline score { $score } for { $id }
file-recovery-unknown-benchmark = benchmark { $id }, unknown to the content pack
file-recovery-second-record = a second record of { $id }
file-recovery-target = { $id }: target { $target } %
file-recovery-target-year = { $id }: target year { $year }
file-recovery-unknown-criterion = criterion { $id }, unknown to the content pack
file-recovery-rating = { $id }: rating { $rating }, not on the scale
file-recovery-measured = { $id }: measured { $measure } = { $value }
file-recovery-unknown-tip = tip { $id }, unknown to the content pack

## Checks of a session against the content pack

check-session-newer = written by a newer hkbm (file version { $version }, this build knows { $known }); it can only be opened read-only
check-other-pack = made for content pack { $made }, but the pack in use is { $pack }
check-other-version = made with content version { $made }, the pack in use is version { $version }
check-other-version-brought-up = made with content version { $made }, the pack in use is version { $version }: it opens with { $version } and is saved as { $version } (what no longer fits is kept as retired history)
check-school-empty = the school name is empty
check-year-shape = academic year { $year } should look like 2025/26
check-date-shape = date { $date } should be a real date written YYYY-MM-DD
check-unknown-benchmark = unknown benchmark { $id } (not in content pack { $pack } { $version })
check-benchmark-two-records = benchmark { $id } has two records
check-target-over-100 = { $id }: target_percent { $target } is over 100
check-target-year-shape = { $id }: target year { $year } should look like 2027/28
check-criterion-two-records = criterion { $id } has two records
check-unknown-criterion = unknown criterion { $id } in { $benchmark } (the content pack { $pack } { $version } has no such id)
check-rating-off-scale = { $id }: rating { $rating } is not on the scale ({ $values })
check-no-measure = { $id }: no measure named { $measure }
check-measured-negative = { $id }: measured { $measure } must be a number, 0 or more
check-target-negative = { $id }: target { $measure } must be a number, 0 or more
check-measured-over-100 = { $id }: measured { $measure } is a % of { $of }: { $value } is over 100
check-target-over-100-percent = { $id }: target { $measure } is a % of { $of }: { $value } is over 100
check-tip-two-records = tip { $id } has two records
check-unknown-tip = unknown tip { $id } in { $benchmark } (the content pack { $pack } { $version } has no such id)
check-baseline-twice = the baseline gives { $id } twice; keep one
check-baseline-unknown = baseline names unknown benchmark { $id }
check-baseline-range = baseline score { $score } for { $id } is outside 0–100

## Checks of a content pack

check-pack-id-empty = the pack id is empty
check-pack-version-empty = the pack version is empty
check-scale-empty = the rating scale has no levels
check-scale-order = rating levels must go up: { $level } comes after { $before }
check-scale-worth-less = level { $level } is worth less than level { $before }
check-scale-over-100 = level { $level } is worth { $score } %, over 100
check-group-twice = group id { $group } is used twice
check-benchmark-in-two-groups = benchmark { $number } is in more than one group
check-groups-empty = no benchmarks are listed in the groups
check-benchmark-no-group = benchmark { $number } is not listed in any group
check-benchmark-other-group = group is { $group } but framework.ron lists benchmark { $number } under { $listed }
check-id-used-in-other = id { $id } is already used in benchmark { $number }
check-benchmark-no-file = benchmark { $number } is listed in group { $group } but has no file
check-benchmark-id = benchmark { $number } must have id { $expected }, not { $id }
check-short-width = short label { $short } must be 1 to { $max } columns wide (it is { $width })
check-no-criteria = a benchmark needs at least one criterion
check-id-twice = id { $id } is used twice
check-id-shape = id { $id } should look like { $shape }
check-measure-twice = criterion { $criterion } has two measures named { $measure }
check-measure-threshold = measure { $measure } of { $criterion } needs a threshold of 0 or more
check-measure-threshold-percent = measure { $measure } of { $criterion } is a % of a group: its threshold { $threshold } must be 0 to 100
check-measure-per = measure { $measure } of { $criterion } must say per what it counts
check-measure-group = measure { $measure } of { $criterion } must name its group
check-measure-each = measure { $measure } of { $criterion } asks for at least 0 per student: `each` must be 1 or more
check-retired-twice = id { $id } is retired twice
check-retired-in-use = id { $id } is retired and also in use: a retired id is never used again
check-retired-other-benchmark = retired id { $id } is not an id of benchmark { $number }
check-source-reserved = source key { $key } is reserved for the hkbm team's own items
check-source-twice = source { $key } is declared twice
check-from-unknown = from { $from } names no source of this benchmark (declare it under `sources`, or use { $ours })
check-source-unused = source { $key } is declared but no item names it

## Content pack files

pack-missing-built-in = missing from the built-in pack
pack-not-a-folder = a content pack is a folder holding framework.ron and bm01.ron…
pack-wrong-number = file { $name } holds benchmark { $found }, expected { $expected }
pack-export-exists = already exists; export into an empty folder

## The lock that keeps two writers off one session file

lock-holder = { $user }@{ $host } (process { $pid }) since { $since }
lock-held = { $path } is open for writing by { $holder }
lock-cannot-create = cannot create lock file { $path }: { $error }
lock-keeps-replaced = lock file keeps being replaced
lock-is-link = the lock file is a link; remove it
lock-is-symlink = the lock file is a symbolic link; remove it
lock-not-regular = the lock file is not a regular file; remove it
lock-unknown-user = another hkbm
lock-unknown-host = this or another machine
lock-unknown-since = just now

## The configuration file

config-bad-term = terms: { $name }: write its days as "MM-DD" (in the session's academic year) or "YYYY-MM-DD"; this term is ignored
config-bad-lang = lang { $lang } is not en or zh-HK; the locale decides
config-defaults-used = { $problem }; the defaults are used
config-bad-theme = theme { $theme } is not one of { $themes }; using dark
config-no-action = keys: no action named { $name }; ignored
config-bad-key = keys: { $name }: cannot read the key { $key }; ignored
config-key-note = keys: { $name }: { $note }
