# hkbm's messages in English: the overview, the app's first screen, and
# its status line. Parsed on its own, so that the first frame does not wait
# for the rest of the screens (screens.ftl). Every message here has its
# twin in ../zh-HK/overview.ftl.

## The keymap: what each key does (help) and its short hint (status bar)
hint-open = open
hint-continue-walk = continue walk
hint-jump = jump
hint-undo = undo
hint-help = help
hint-quit = quit
hint-actions = actions
hint-radar = radar
hint-language = 中文

## Screens: frame, header, progress line, timer, help
progress-overview = Walk stands at benchmark { $bm } · { $step } · { $share } % of items decided ({ $decided }/{ $total })

## Names: steps, phases, statuses, filters, sort orders, radar drawings
step-aim = Aim
step-criteria = Criteria
step-targets = Targets
phase-plan = Plan
phase-implement = Implement
phase-review = Review

## The overview
overview-tips = Tips
overview-benchmark = Benchmark
overview-score = Score
overview-rated = Rated
overview-done = Done
overview-prog = Prog
overview-plan = Plan
overview-late = Late
overview-trend = Trend
overview-tips-decided = { $decided }/{ $total } tips
overview-text-from = BM{ $n } text:
overview-ours = { $mark } criteria or tips written (in part) by the hkbm team, not HKBM text
overview-no-participants = no participants recorded (a to add)
overview-team = Team:
overview-trend-label = Trend:
overview-compared-with = compared with { $year }
overview-actions-note = Actions done, in progress (Prog), planned (Plan), late; A lists them
overview-read-only = Read-only: { $why }

## Where a benchmark's text comes from
provenance-aim = aim
provenance-criteria = criteria
provenance-why = why
provenance-tips = tips
provenance-partners = partners
provenance-insights = insights
provenance-official = official
provenance-official-from = official ({ $sources })
provenance-ours = hkbm drafts
provenance-mixed = partly official, partly hkbm drafts
provenance-group = { $parts }: { $what }
list-separator = ,{" "}

## Where a benchmark's text comes from: between sources
provenance-source-separator = ;{" "}
