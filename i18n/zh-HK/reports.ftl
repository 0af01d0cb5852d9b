# hkbm 的繁體中文（香港）訊息：報告：Markdown、HTML、CSV，以及CSV和JSON的文字值。
# 每則訊息在 ../en/reports.ftl 都有英文版本。

## 各報告共用：評分、列表、目標、趨勢、分數
report-not-rated = 未評分
report-list-separator = 、
report-clause-separator = ；
report-trend-was = （原為{ $score }）
report-target-percent = { $percent }%
report-target-by = { $year }學年達{ $target }
report-target-year = { $year }學年達標
report-meta = { $group } · 分數：{ $score }（已評分{ $rated }/{ $criteria }項準則） · 目標：{ $target } · { $trend } · 已決定{ $decided }/{ $tips }項建議
report-no-baseline = 沒有基線
report-labelled = { $label }：{ $value }
report-sentence = { $text }。
report-sentence-gap = {""}
report-ours = { $mark } hkbm團隊草擬稿，學校可自行替換，並非HKBM原文
report-ours-note = { $legend }。標在基準旁：部分準則屬草擬稿；標在建議數目旁：部分建議屬草擬稿。
report-ours-title = hkbm團隊草擬稿
report-in-brackets = （{ $text }）

## 各報告共用：標題及表格的欄目名稱
report-title = { $school } — { $year }學年生涯發展自評
report-subtitle = { $year }學年生涯發展自評
report-facilitator = 主持人
report-participants = 參與者
report-sittings = 會議日期
report-framework = 框架
report-framework-content = { $name }（內容套件{ $id } { $version }）
report-framework-in-html = { $name } · 內容套件{ $id } { $version }
report-trends-compare = 趨勢與{ $year }學年比較
report-ten-benchmarks = 十項基準
report-text = 文字出處
report-sources = 參考來源
report-criteria = 準則
report-action-list = 行動清單
report-no-tips-decided = 尚未決定任何建議。
report-notes = 備註
report-col-number = #
report-col-benchmark = 基準
report-col-score = 分數
report-col-rated = 已評分
report-col-target = 目標
report-col-trend = 趨勢
report-col-tips-decided = 已決定建議
report-col-criterion = 準則
report-col-rating = 評分
report-col-measured = 量度所得
report-col-evidence = 證據
report-col-tip = 建議
report-col-phase = 階段
report-col-phase-status = 階段、狀態
report-col-status = 狀態
report-col-owner = 負責人
report-col-due = 限期
report-col-note = 備註
report-col-action = 行動

## 已停用項目：以內容套件中已不存在的id所作的紀錄
report-retired = 已停用項目的歷史資料
report-retired-explained = 所記錄的id已不在內容套件中，不計算分數。
report-md-retired = **已停用項目的歷史資料**（所記錄的id已不在內容套件中，不計算分數）
report-retired-rated = 評分{ $rating }
report-retired-note = 備註：{ $note }
report-retired-text = 「{ $text }」
report-retired-line = { $id }（內容版本{ $version }）{ $text }：{ $what } — { $reason }

## Markdown報告
report-md-labelled = *{ $label }*：{ $value }

## HTML報告：第1頁、雷達圖、每頁的頁首及頁尾
report-radar-label = 十項基準分數的雷達圖
report-radar-target = 中期目標
report-radar-ring = { $percent }%
report-page-of = 第{ $page }頁，共{ $pages }頁
report-running-footer = HKBM自評
report-running-summary = 摘要
report-running-benchmark = 基準{ $n }：{ $short }
report-top-actions = 優先跟進的行動
report-no-open-actions = 沒有已計劃或進行中的行動。
report-open-actions = { $n }項未完成的行動（已計劃或進行中），按限期先後排列
report-open-actions-late = ；截至{ $date }有{ $n }項逾期
report-open-actions-more = ；另有{ $n }項列於各基準的頁面

## HTML報告：行動、逾期、按負責人列出的行動
report-late = 逾期
report-late-brief = { $late }{ $time }
report-late-by = 逾期{ $time }
report-late-days = { $n }天
report-late-weeks = { $n }星期
report-due-read-as = { $due }{ $date }
report-actions-by-owner = 按負責人列出的行動
report-by-owner-intro = 已計劃、進行中或已完成的建議，按限期排列。
report-by-owner-intro-late = 已計劃、進行中或已完成的建議，按限期排列；逾期：於{ $date }仍未完成且已過限期。
report-no-owner = 未有負責人
report-owner-actions = { $n }項行動
report-owner-late = { $n }項逾期
report-owner-actions-none-late = （{ $actions }）
report-owner-actions-late = （{ $actions }，{ $late }）

## CSV：文字值（欄目名稱是鍵，維持不變）
report-csv-per = 每{ $per }
report-csv-yes = 是
report-csv-no = 否
report-csv-retired = 已停用（{ $version }）
