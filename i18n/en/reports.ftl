# hkbm's messages in English: the reports: Markdown, HTML and CSV, and the text values of CSV and JSON.
# Every message here has its twin in ../zh-HK/reports.ftl.

## Shared by the reports: ratings, lists, targets, trends, the score
report-not-rated = not rated
report-list-separator = {", "}
report-clause-separator = {"; "}
report-trend-was = (was { $score })
report-target-percent = { $percent } %
report-target-by = { $target } by { $year }
report-target-year = by { $year }
report-meta = { $group } · Score { $score } ({ $rated } of { $criteria } { $criteria ->
        [one] criterion
       *[other] criteria
    } rated) · Target { $target } · { $trend } · { $decided } of { $tips } { $tips ->
        [one] tip
       *[other] tips
    } decided
report-no-baseline = no baseline
report-labelled = { $label }: { $value }
report-sentence = { $text }.
report-sentence-gap = {" "}
report-ours = { $mark } written by the hkbm team: a draft a school may replace, not HKBM text
report-ours-note = { $legend }. On a benchmark: some of its criteria; on tips: some of its tips.
report-ours-title = written by the hkbm team
report-in-brackets = ({ $text })

## Shared by the reports: headings and the column heads of tables
report-title = { $school } — career and life development review { $year }
report-subtitle = Career and life development review { $year }
report-facilitator = Facilitator
report-participants = Participants
report-sittings = Sittings
report-framework = Framework
report-framework-content = { $name } (content { $id } { $version })
report-framework-in-html = { $name } · content { $id } { $version }
report-trends-compare = Trends compare with { $year }
report-ten-benchmarks = The ten benchmarks
report-text = Text
report-sources = Sources
report-criteria = Criteria
report-action-list = Action list
report-no-tips-decided = No tips decided yet.
report-notes = Notes
report-col-number = #
report-col-benchmark = Benchmark
report-col-score = Score
report-col-rated = Rated
report-col-target = Target
report-col-trend = Trend
report-col-tips-decided = Tips decided
report-col-criterion = Criterion
report-col-rating = Rating
report-col-measured = Measured
report-col-evidence = Evidence
report-col-tip = Tip
report-col-phase = Phase
report-col-phase-status = Phase, status
report-col-status = Status
report-col-owner = Owner
report-col-due = Due
report-col-note = Note
report-col-action = Action

## Retired history: what was recorded against ids no longer in the content
report-retired = Retired history
report-retired-explained = Recorded against ids no longer in the content; not scored.
report-md-retired = **Retired history** (recorded against ids no longer in the content; not scored)
report-retired-rated = rated { $rating }
report-retired-note = note: { $note }
report-retired-text = {" "}"{ $text }"
report-retired-line = { $id } (content { $version }){ $text }: { $what } — { $reason }

## The Markdown report
report-md-labelled = *{ $label }:* { $value }

## The HTML report: page 1, the radar, the running header and footer
report-radar-label = Radar of the ten benchmark scores
report-radar-target = interim target
report-radar-ring = { $percent } %
report-page-of = page { $page } of { $pages }
report-running-footer = HKBM review
report-running-summary = Summary
report-running-benchmark = Benchmark { $n }: { $short }
report-top-actions = Top actions
report-no-open-actions = No actions planned or in progress.
report-open-actions = { $n ->
        [one] { $n } open action
       *[other] { $n } open actions
    } (planned or in progress), soonest due first
report-open-actions-late = ; { $n } late on { $date }
report-open-actions-more = ; { $n } more on the benchmarks' pages

## The HTML report: actions, lateness, actions by owner
report-late = LATE
report-late-brief = { $late } { $time }
report-late-by = LATE by { $time }
report-late-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
report-late-weeks = { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
report-due-read-as = { $due } { $date }
report-actions-by-owner = Actions by owner
report-by-owner-intro = Tips planned, in progress or done, by due date.
report-by-owner-intro-late = Tips planned, in progress or done, by due date; late: still open on { $date } and past the due date.
report-no-owner = No owner yet
report-owner-actions = { $n ->
        [one] { $n } action
       *[other] { $n } actions
    }
report-owner-late = { $n } late
report-owner-actions-none-late = ({ $actions })
report-owner-actions-late = ({ $actions }, { $late })

## CSV: the text values (the column heads are keys and stay)
report-csv-per = per { $per }
report-csv-yes = yes
report-csv-no = no
report-csv-retired = retired ({ $version })
