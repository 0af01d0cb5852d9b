# hkbm's messages in English: the text outputs of the commands: summary, compare, aggregate, actions.
# Every message here has its twin in ../zh-HK/outputs.ftl.

## Shared by the outputs
# Between the items of a list in running text (names, dates, levels).
out-list-separator = ,{" "}
# A heading with how many items it has.
out-count-after = { $text } ({ $n })
# A sentence made of text from elsewhere.
out-sentence = { $text }.
out-none = None.
out-content-label = Content:{" "}
out-heading-benchmark = Benchmark
out-radar-label = Radar:{" "}
out-radar-rings = (rings at 25, 50, 75, 100 %)
out-radar-target = target
out-ours-legend = † written by the hkbm team: a draft a school may replace, not HKBM text
out-not-rated = not rated
# Words in CSV cells: yes or no, and the source of a retired record.
out-csv-yes = yes
out-csv-no = no
out-csv-retired = retired ({ $version })

## Summary (hkbm summary)
out-summary-heading = { $school } — { $year }
out-summary-facilitator = Facilitator:{" "}
out-summary-participants = Participants:{" "}
out-summary-sittings = Sittings:{" "}
out-summary-made-with = { $content } (session made with { $version })
out-summary-level = { $value } { $label } = { $score } %
out-summary-formula = the mean of the rated criteria's level scores ({ $levels }); unrated criteria are left out and shown as coverage, not counted as zero
out-summary-score-line = Score: { $formula }.
out-summary-columns = Rated: criteria rated / criteria. Tips: tips with a decision / tips.
out-summary-ours = { $legend } (on a title: some criteria; on tips: some tips).
out-summary-text-from = Where the text comes from:
out-summary-text-from-line = BM{ $n }: { $provenance }
out-summary-head-score = Score
out-summary-head-rated = Rated
out-summary-head-target = Target
out-summary-head-tips = Tips
out-summary-head-versus = vs { $year }
out-summary-target-by = { $percent } % by { $year }
out-summary-target-percent = { $percent } %
out-summary-target-year = by { $year }
out-summary-was = (was { $score })
out-summary-actions-as-of = Actions as of { $date }
out-summary-head-done = Done
out-summary-head-in-progress = In progress
out-summary-head-planned = Planned
out-summary-head-late = Late
out-summary-late = { $n } LATE

## Compare (hkbm compare)
out-compare-note-label = Note:{" "}
out-compare-md-note = **Note:**
out-compare-scores = Scores
out-compare-change = Change
out-compare-criteria-changed = Criteria whose rating changed
out-compare-plans = Plans from earlier years and what became of them
out-compare-benchmark-notes = Benchmark notes
out-compare-note-year = { $year }:{" "}
out-compare-retired = Retired history: recorded against ids no longer in the content, not compared
out-compare-retired-line = { $year }: { $id } ({ $made_with }) { $what }
out-compare-md-retired = Retired history (not compared)
out-compare-md-retired-why = Recorded against ids no longer in the content; kept, never attached to another criterion.
out-compare-content-differences = Content differences between the years
out-compare-none = none
out-compare-not-in-content = not in content
out-compare-no-record = no record
out-compare-who = {" "}({ $who })
out-compare-rated = rated { $rating }
out-compare-note = note: { $note }
out-compare-head-criterion = Criterion
out-compare-head-text = Text
out-compare-head-tip = Tip
out-compare-head-owner = Owner
out-compare-head-due = Due
out-compare-head-year = Year
out-compare-head-id = Id
out-compare-head-made-with = Made with
out-compare-head-recorded = Recorded
out-compare-head-text-then = Text then
out-compare-head-why-retired = Why retired

## Aggregate (hkbm aggregate)
out-aggregate-totals = { $files ->
    [one] 1 session file read
   *[other] { $files } session files read
}, { $used } used, { $failed } failed{ $not_counted ->
    [0] {""}
   *[other] , { $not_counted } not counted (same school and year)
} · content { $content }
out-aggregate-year = { $year } — { $sessions ->
    [one] 1 school's session
   *[other] { $sessions } schools' sessions
}
out-aggregate-head-schools = Schools
out-aggregate-head-min = Min
out-aggregate-head-q1 = Q1
out-aggregate-head-median = Median
out-aggregate-head-q3 = Q3
out-aggregate-head-max = Max
out-aggregate-head-at-target = At target
out-aggregate-failed = Files that could not be used ({ $n }):
out-aggregate-duplicates = One school's year in more than one file: counted once ({ $n }):
out-aggregate-counted-from = { $school }, { $year }: counted from { $file }
out-aggregate-not-counted = not counted: { $file }
out-aggregate-method-line = Method: { $method }.
out-aggregate-method = quartiles by linear interpolation between the sorted scores (the method of R type 7 and spreadsheets' QUARTILE.INC); share at target counts only schools that set a target
out-aggregate-unreadable = could not be read

## Actions (hkbm actions)
out-actions-title = Actions
out-actions-heading = { $title } — { $school } { $year }
out-actions-md-scope = { $scope }. { $count }
out-actions-none = No actions match.
out-actions-no-owner = no owner
out-actions-no-due = no due date
out-actions-due-unread = { $due } (not a date hkbm can read)
out-actions-everyone = everyone
out-actions-late-only = late only
out-actions-due-within = due in the next { $weeks } weeks
out-actions-with-not-for-us = with "not for us"
out-actions-as-of = as of { $date }
out-actions-count = { $n ->
    [one] 1 action
   *[other] { $n } actions
}, { $late } late.
out-actions-late-by-days = LATE by { $days ->
    [one] 1 day
   *[other] { $days } days
}
out-actions-late-by-weeks = LATE by { $weeks } weeks
out-actions-due = due { $due }
out-actions-note-label = {"  "}Note:{" "}
out-actions-head-due = Due
out-actions-head-tip = Tip
out-actions-head-status = Status
out-actions-head-owner = Owner
out-actions-head-note = Note
out-actions-calendar = HKBM actions
out-actions-event-done = (done){" "}
out-actions-event = HKBM { $n }: { $text }
out-actions-event-status = Status: { $status }
out-actions-event-owner = Owner: { $owner }
out-actions-event-due = Due: { $due }
out-actions-event-note = Note: { $note }
