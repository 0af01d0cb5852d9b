# hkbm's messages in English: the app's screens. Every message here has its
# twin in ../zh-HK/screens.ftl (a test checks both hold the same ids, and
# that the code uses each).

## Tests of the catalogue itself
test-count = { $n ->
    [one] { NUMBER($n) } item
   *[other] { NUMBER($n) } items
}
test-name = Hello, { $name }

## Switching language (the L key)
language-switched = Now in English. L switches back to 繁體中文.
language-switched-own-content = Now in English (the content is this school's own pack, --content, so it stays as it is).

## The keymap: what each key does (help) and its short hint (status bar)
key-keep-the-text-and-close = keep the text and close
key-close-without-keeping-the-text = close without keeping the text
key-go-to-the-highlighted-result = go to the highlighted result
key-previous-result-scroll-up = previous result / scroll up
key-next-result-scroll-down = next result / scroll down
key-close-the-search = close the search
key-close-the-help = close the help
key-restore-the-recovered-changes = restore the recovered changes
key-delete-the-recovery-file = delete the recovery file
key-decide-later-keep-the-recovery-file = decide later (keep the recovery file)
key-show-the-chosen-persons-actions = show the chosen person's actions
key-previous-name = previous name
key-next-name = next name
key-close-without-choosing = close without choosing
key-stop-typing-the-search-stays-f = stop typing (the search stays; F clears it)
key-select-the-action-above = select the action above
key-select-the-action-below = select the action below
key-open-the-tip-in-the-walk = open the tip in the walk
key-only-late-actions-all = only late actions / all
key-whose-show-one-persons-actions = whose: show one person's actions
key-search-the-actions-tip-owner-due = search the actions (tip, owner, due, note)
key-sort-by-due-date-benchmark-or = sort by due date, benchmark or owner
key-show-all-still-to-do-planned = show all, still to do, planned, in progress or done
key-only-those-due-in-the-next = only those due in the next 2, 4 or 8 weeks / all
key-list-the-tips-marked-not-for = list the tips marked "not for us" too / hide them
key-clear-every-filter-and-the-search = clear every filter and the search
key-overview-of-all-ten-benchmarks = overview of all ten benchmarks
key-select-the-benchmark-above = select the benchmark above
key-select-the-benchmark-below = select the benchmark below
key-open-the-selected-benchmark = open the selected benchmark
key-continue-the-walk-where-it-stands = continue the walk where it stands
key-edit-the-school-name = edit the school name
key-edit-the-facilitator = edit the facilitator
key-edit-the-participants = edit the participants
key-start-next-years-session-from-this = start next year's session from this one
key-write-reports-for-the-leadership-team = write reports for the leadership team (Markdown, HTML, CSV) beside the session
key-bars-or-radar = bars or radar
key-radar-drawing-braille-half-blocks-ascii = radar drawing: Braille, half blocks, ASCII
key-next-section-scores-criteria-plans-notes = next section (scores, criteria, plans, notes)
key-previous-section = previous section
key-scroll-up = scroll up
key-scroll-down = scroll down
key-notes-next-benchmark = notes: next benchmark
key-notes-previous-benchmark = notes: previous benchmark
key-overview-of-the-latest-year = overview of the latest year
key-next-thing-to-discuss = next thing to discuss
key-back-to-the-previous-thing = back to the previous thing
key-select-the-item-above = select the item above
key-select-the-item-below = select the item below
key-next-step-aim-criteria-plan-implement = next step (aim, criteria, plan, implement, review, targets)
key-previous-step = previous step
key-next-benchmark = next benchmark
key-previous-benchmark = previous benchmark
key-reference-partners-insights-glossary-resources = reference: partners, insights, glossary, resources
key-scroll-the-details-or-the-reference = scroll the details (or the reference pane) down
key-scroll-the-details-or-the-reference-2 = scroll the details (or the reference pane) up
key-remove-the-rating = remove the rating
key-evidence-note = evidence note
key-measured-value-when-the-criterion-has = measured value (when the criterion has a threshold)
key-our-own-interim-target-for-the = our own interim target for the measure
key-status-not-discussed = status: not discussed
key-status-planned = status: planned
key-status-in-progress = status: in progress
key-status-done = status: done
key-status-not-for-us = status: not for us
key-owner = owner
key-due-a-date-a-month-or = due (a date, a month or a term)
key-note = note
key-edit-the-selected-field = edit the selected field
key-presentation-mode-big-heading-one-item = presentation mode: big heading, one item at a time
key-start-or-pause-the-meeting-timer = start or pause the meeting timer
key-one-more-minute-for-this-benchmark = one more minute for this benchmark on the agenda
key-one-minute-less-for-this-benchmark = one minute less for this benchmark on the agenda
key-compare-years-when-opened-with-hkbm = compare years (when opened with hkbm compare)
key-jump-search-benchmarks-criteria-tips-partners = jump: search benchmarks, criteria, tips, partners, glossary, notes
key-undo-the-last-change = undo the last change
key-redo = redo
key-save-now-everything-is-saved-as = save now (everything is saved as you go; this also overwrites a file changed on disk)
key-help-every-key = help: every key
key-quit-everything-is-already-saved = quit (everything is already saved)
key-actions-every-decided-tip-who-owns = actions: every decided tip, who owns it, what is late
key-radar-summary-of-this-session = radar summary of this session
key-switch-language-english-screens-and-content = switch language: English / 繁體中文 (screens and content; the file is unchanged)
key-rate-the-selected-criterion-a-value = rate the selected criterion (a value on the rating scale)
hint-keep = keep
hint-discard = discard
hint-go = go
hint-close = close
hint-restore = restore
hint-delete = delete
hint-later = later
hint-choose = choose
hint-done = done
hint-to-walk = to walk
hint-search = search
hint-bars-radar = bars/radar
hint-overview = overview
hint-section = section
hint-next = next
hint-reference = reference
hint-note = note
hint-planned-0-4-status = planned (0–4 status)
hint-owner = owner
hint-due = due
hint-edit = edit
hint-rate = rate

## Screens: frame, header, progress line, timer, help
screen-too-small = hkbm needs a terminal of at least { $min }; this one is { $now }. Enlarge the window or use a smaller font.
recovery-intro = hkbm stopped unexpectedly last time and kept the unsaved changes in
recovery-keys = r: restore them (undo is possible) · d: delete them · Esc: decide later
recovery-title = Recovered changes
header-read-only = READ-ONLY
header-not-saved = NOT SAVED
progress-chart = { $share } % of items decided ({ $decided }/{ $total }) · radar drawn with { $drawing }
progress-benchmark = Benchmark { $bm } of { $bms } · { $step } · item { $item } of { $items } · walk { $walk } % · { $share } % decided
note-goes-on = … (the note goes on)
help-rating-scale = Rating scale
help-score = Score
help-score-formula = the mean of the rated criteria's level scores ({ $levels }); unrated criteria are left out and shown as coverage, not counted as zero.
help-title = Keys (↑/↓ scroll, Esc close)
context-anywhere = Anywhere
context-overview = Overview
context-aim = Aim
context-criteria = Criteria
context-tips = Tips (plan / implement / review)
context-targets = Targets & notes
context-summary = Summary (radar)
context-compare = Compare years
context-actions = Actions (between meetings)
context-action-search = Searching the actions
context-owners = Whose actions
context-editor = Editing text
context-jump = Jump (search)
context-help = Help
context-recovery = Recovery
progress-timer = { $over ->
    [yes] OVER{" "}
   *[no] {""}
}BM{ $bm } { $spent }/{ $allotted } · meeting { $meeting }/{ $meeting_allotted }{ $paused ->
    [yes] {" "}(paused)
   *[no] {""}
}

## Names: steps, phases, statuses, filters, sort orders, radar drawings
target-notes = Notes
target-interim = Interim target %
target-year = Target year
radar-braille = Braille
radar-half-blocks = half blocks
radar-ascii = ASCII
compare-tab-scores = Scores
compare-tab-criteria = Criteria changed
compare-tab-plans = Plans followed up
compare-tab-notes = Notes
status-not-discussed = not discussed
status-planned = planned
status-in-progress = in progress
status-done = done
status-not-for-us = not for us
filter-all = all
filter-open = still to do
sort-due = due date
sort-benchmark = benchmark
sort-owner = owner

## Measures: the pack's noun phrases (per, of, by) inside the language's own words
measure-value-count = { $n } per { $per }
measure-value-share = { $n } %
measure-count = at least { $n } per { $per }: { $what }
measure-share = at least { $n } % of { $of }: { $what }
measure-per-student = at least { $n } % of { $of } with at least { $each }: { $what }
measure-per-student-by = at least { $n } % of { $of } with at least { $each } by { $by }: { $what }
measure-suggested = suggested: { $measure }
measure-measured = measured { $value }
measure-not-measured = not measured
measure-met = met
measure-not-met = NOT met
measure-our-target = our target { $target }{ $reached ->
    [yes] , reached
    [no] , not yet
   *[unknown] {""}
}

## The benchmark screen
benchmark-heading = Benchmark { $n } · { $title }
aim-what-good-looks-like = What good looks like
aim-why-this-matters = Why this matters
aim-text-from = Text:{" "}
aim-title = Aim and why it matters (↑/↓ scroll · { $key }: rate the criteria)
ours-legend = † written by the hkbm team: a draft a school may replace, not HKBM text
not-rated = not rated
measure-keys = ({ $measured }; { $target }: our target)
evidence-label = Evidence:
no-evidence-yet = No evidence note yet ({ $key }).
field-status = Status
field-owner = Owner
field-due = Due
field-note = Note
note-label = Note:
score-now-label = Score now:{" "}
score-now = { $score } ({ $rated } of { $total } criteria rated) · { $decided } of { $tips } tips decided
last-year-label = Last year:{" "}
empty-to-edit = — ({ $key } to edit)
targets-explained = Schools set their own interim target (%) and the year they expect to reach the benchmark.
targets-title = Targets and notes
reference-nothing = Nothing here for this benchmark.
reference-title = { $pane } ({ $next }: next · { $down }/{ $up }: scroll)
reference-partners = Working with partners
reference-insights = Insights from the pilot schools
reference-glossary = Glossary
reference-resources = Online tools and resources
retired-rated = rated { $v }
retired-owner = owner { $owner }
retired-why = why: { $why }
retired-history = Retired history ({ $n ->
    [one] { $n } record
   *[other] { $n } records
}, read-only: ids no longer in the content)

## The summary (radar)
summary-heading = Summary · { $year }
summary-last-year = last year
summary-target = target
summary-target-head = Target
summary-target-short = Tgt
summary-actions-label = Actions:{" "}
summary-actions-done = { $done } done, { $progress } in progress,
summary-actions-planned = { $planned } planned,{" "}
summary-actions-late = { $late } late
summary-actions-list = {" "}(A lists them)
summary-ours = { $mark } criteria by the hkbm team
summary-score-1 = Score: mean of rated criteria;
summary-score-2 = unrated ones are not zeros (? help)
summary-view = ({ $view ->
    [bars] bars
   *[radar] radar
}; b switches, M changes the drawing)

## The actions screen
tracker-key-late = late
tracker-key-whose = whose
tracker-key-status = status
tracker-key-soon = soon
tracker-key-sort = sort
tracker-key-not-for-us = not for us
tracker-key-all = all
tracker-no-actions = No actions yet: in the walk, mark tips planned (1), in progress (2) or done (3), with an owner (o) and a due date (d).
tracker-nothing = No action matches what is shown: F clears the filters.
tracker-late-count = { $n } LATE
tracker-by = by { $sort } · { $status }
tracker-everyone = everyone
tracker-nobody = no owner yet
tracker-late-only = late only
tracker-with-not-for-us = with "not for us"
tracker-as-of = as of { $date }
tracker-search = Search: { $search }
tracker-late = LATE
tracker-head-bm = BM
tracker-head-phase = Phase
tracker-head-tip = Tip
tracker-details = The highlighted action
tracker-details-head = { $phase } · Benchmark { $n } · { $title }
tracker-owner-label = Owner:{" "}
tracker-due-label = Due:{" "}
tracker-due-none = none written (d to set it)
tracker-due-unread = (not a date hkbm can read, so never late; write e.g. 2026-03-31, March, or Term 2)
tracker-due-month = { $text } = { $date } (end of the month)
tracker-due-term = { $text } = { $date } (end of { $term })
tracker-whose-title = Whose actions?
tracker-shown = { $shown } of { $total ->
    [one] { $total } action
   *[other] { $total } actions
}
tracker-due-within = due in { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
tracker-late-by-days = LATE by { $days ->
    [one] { $days } day
   *[other] { $days } days
}
tracker-late-by-weeks = LATE by { $weeks } weeks

## Presentation mode
present-criterion = Criterion { $item } of { $items } · { $id }
present-where-we-are = Where we are: { $value } { $label } — { $descriptor }
present-not-rated = Where we are: not rated yet
present-evidence = Evidence
present-tip = { $phase } tip { $item } of { $items } · { $id }
present-ours-tip = { $mark } a tip by the hkbm team, not HKBM text
present-decision = Decision: { $status }
present-due = due { $due }
present-score = Score now { $score } ({ $rated } of { $total } criteria rated)

## Comparing years
compare-nothing = Nothing to compare.
compare-heading = Compare · { $school } · { $years }
compare-change = Change
compare-not-in-content = not in content
compare-no-record = no record
compare-scroll-title = ↑/↓ scroll · Tab next section
compare-notes-heading = Benchmark { $n } · { $title }   ([ ] other benchmark)
compare-benchmark-notes = Benchmark notes
compare-evidence = Evidence { $id }
compare-content-differs = Content differs between years ({ $n }):
compare-criteria-changed = { $n ->
    [one] { $n } criterion rated differently across the years:
   *[other] { $n } criteria rated differently across the years:
}
compare-retired = Retired history, not compared: { $n ->
    [one] { $n } record
   *[other] { $n } records
} against ids no longer in the content
compare-plans = { $n ->
    [one] { $n } tip planned or in progress in an earlier year, and its status each year:
   *[other] { $n } tips planned or in progress in an earlier year, and their status each year:
}

## Editor, jump, radar, bars
editor-keys-line = Enter or { $done }: keep · { $cancel }: discard
editor-keys-block = { $done }: keep and close · Enter: new line · { $cancel }: discard
jump-find = Find:{" "}
jump-title = Jump
jump-kind-benchmark = benchmark
jump-kind-criterion = criterion
jump-kind-tip = tip
jump-kind-partner = partner
jump-kind-insight = insight
jump-kind-glossary = glossary
jump-kind-resource = resource
jump-kind-note = note
radar-too-small = (too small for the radar: b shows bars)
bars-legend = { $score } score   { $target } target   { $earlier_mark } { $earlier }
jump-matches = { $n ->
    [one] { $n } match
   *[other] { $n } matches
} · ↑/↓ choose · Enter go · Esc close

## Status messages of the walk
msg-start-of-walk = This is the start of the walk.
msg-radar-drawn = Radar drawn with { $drawing }.
msg-nothing-to-compare = Nothing to compare: open two or more sessions with `hkbm compare A B`.
msg-present-on = Presentation mode: one item at a time. P leaves it.
msg-present-off = Presentation mode off.
msg-timer-running = Meeting timer running (T pauses it; + and - change this benchmark's minutes).
msg-timer-paused = Meeting timer paused.
msg-read-only = Read-only: { $why }
msg-save-before-next-year = This year's session is not saved yet: save it (Ctrl-S) before starting next year.
editor-evidence-note = Evidence note · { $id }
editor-note = Note · { $id }
editor-target-percent = Interim target % (0–100; empty = none)
editor-target-year = Target year, e.g. 2027/28 (empty = none)
msg-nothing-on-aim = Nothing to note on the aim; press Enter to rate the criteria.
editor-due = Due (a date, a month or a term)
editor-school = School
editor-facilitator = Facilitator
editor-participants = Participants (separated by commas)
msg-edit-discarded = Edit discarded.
msg-restore-what = restore recovered changes
msg-recovery-deleted = Recovery file deleted.
msg-end-of-walk = End of the walk: all ten benchmarks discussed. Here is the radar.
msg-no-record = the session has no record for { $id }
msg-not-on-scale = { $v } is not on the rating scale.
msg-no-measure = This criterion sets no measurable threshold; use e for an evidence note.
unit-count = number per { $per }
unit-share = % of { $of }
msg-minutes = Benchmark { $bm } has { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} on the agenda.
editor-measure = { $target ->
    [yes] Our target
   *[no] Measured
} ({ $k } of { $n }) · { $id } · { $measure } · enter { $unit }

## Status messages of the actions screen
msg-no-actions = No actions yet: tips become actions when they are planned (1), in progress (2) or done (3) in the walk.
msg-sorted-by = Sorted by { $sort }.
msg-showing = Showing: { $what }.
msg-late-only = Showing only late actions.
msg-late-and-not = Showing late and not late.
msg-due-any-time = Showing actions due at any time.
msg-not-for-us-listed = Tips marked "not for us" are listed too.
msg-not-for-us-hidden = Tips marked "not for us" are hidden.
msg-filters-cleared = Every action shown (filters cleared).
msg-everyone = Showing everyone's actions.
msg-nobody = Showing the actions nobody owns yet (o gives one an owner).
msg-owner = Showing the actions of { $name }.
msg-due-within = Showing actions due in the next { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.

## Changes, saving, undo
msg-text-too-large = This text would make the session file { $size }, over the { $limit } MiB that hkbm can open. The text is still here: shorten it, or leave the editor without keeping it.
msg-change-too-large = This change would make the session file { $size }, over the { $limit } MiB that hkbm can open. It was not made; shorten a long note first.
msg-saved = Saved: { $what }
msg-nothing-to-undo = Nothing to undo.
msg-nothing-to-redo = Nothing to redo.
msg-undone = Undone: { $what }
msg-redone = Redone: { $what }

## Values typed in the editor
msg-not-a-percent = { $text } is not a number (a % from 0 to 100)
msg-not-a-count = { $text } is not a number (a count)
msg-not-negative = the value must be 0 or more
msg-percent-range = { $value } is a % of a group: 0 to 100
msg-year-form = { $text }: write the academic year like 2027/28
msg-school-name = the school needs a name

## Jump: what the search finds
msg-whole-percent = { $text }: give a whole number from 0 to 100
jump-in-bm = BM{ $n } { $text }
jump-bm-notes = BM{ $n } notes: { $notes }

## Opening, saving, reports, next year, recovery
msg-configuration = Configuration: { $problem }
msg-passed-over = Passed over { $name } in the sessions folder: not a regular file.
msg-new-session = New session started in { $path }. Press s to set the school's name.
read-only-newer = the file was written by a newer hkbm
read-only-asked = opened with --read-only
read-only-held = already open for writing by { $holder }
read-only-comparing = comparing years
msg-note = Note: { $note }
msg-read-only-start = Read-only: { $why }.
msg-no-file-to-report = This view has no session file to report on.
msg-could-not-write = Could not write { $error }
msg-reports-written = Reports written beside the session: { $first }, .{ $others }
msg-no-file-to-start-from = This view has no file to start from.
msg-no-next-year = There is no academic year after { $year } that a session can be written for.
msg-could-not-create = Could not create { $name }: { $error }.
msg-could-not-create-exists = Could not create { $name }: { $error }: open it with `hkbm { $path }`.
msg-created-but = Created { $name }, but: { $error }
msg-started-next-year = Started { $year } in { $name }: team, targets and open plans carried over; { $last } scores kept for trends.
msg-changed-on-disk = The file was changed by something else since it was opened (e.g. git pull), so it was not overwritten. Your change is kept here: Ctrl-S overwrites the file; q keeps your version in a recovery file.
msg-could-not-save = Could not save ({ $error }). The change is kept here; Ctrl-S tries again.
msg-hang-ups = Cannot watch for hang-ups: { $error }
msg-recovery-unreadable = A recovery file could not be read and was left as it is ({ $error }).
msg-recovery-unrestorable = The recovery file { $file } cannot be restored ({ $why }); it was left as it is.
recovery-older = The session file was changed after it was written: restoring replaces those changes (u undoes the restore).
recovery-differs = It differs from the session file; restoring replaces the file's content (u undoes it).
recovery-left-out = Not valid, so left out: { $items }.
recovery-left-out-more = Not valid, so left out: { $items } and { $more } more.
msg-hard-links = Note: this file has { $n } other hard link(s); saving gives this name its own copy, and the other names keep the old content.

## Odds and ends
msg-read-only-nothing-to-save = Read-only: nothing to save.
new-session-school = Our school

## Comparing years: what differs between the years' content, and what to know first
compare-diff-other-content = { $year } ({ $file }) was made with content { $made_with }; compared using { $compared_with }: items are lined up by id; { $n ->
    [one] { $n } record
   *[other] { $n } records
} of that year recorded against ids retired since are listed as retired history, not compared
compare-diff-not-in-content = { $year }: not in that year's content (nothing to compare): { $ids }
compare-diff-unknown-at = { $year }: { $file }:{ $line }:{ $column }: { $message }
compare-diff-unknown = { $year }: { $file }: { $message }
compare-id-separator = ,{" "}
compare-notice-schools = these sessions are of different schools ({ $schools }): their numbers are set side by side, not one school's change over the years
compare-notice-schools-separator = ;{" "}
compare-notice-same-year = { $n } sessions are of { $year }: told apart by file name ({ $labels }), in that order; a change between them is between files, not years
compare-note = Note: { $note }.
compare-earlier-change = * between the last two years with a score, not the latest

## Presentation mode: the big heading (the big font draws Latin letters and digits only)
present-big-heading = Benchmark { $n }
present-big-heading-short = BM { $n }
present-big-actions = Actions
present-big-late = { $n } LATE

## Keys in the configuration file: why a key was not given
keys-ctrl-c-always-quits = Ctrl-C always quits (or discards an edit); not given to it
keys-needs-a-key = it needs at least one key (else there is no way out); its own keys are kept
