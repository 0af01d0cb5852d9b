# hkbm 的繁體中文（香港）訊息：命令的文字輸出：summary、compare、aggregate、actions。
# 每則訊息在 ../en/outputs.ftl 都有英文版本。

## 各輸出共用
# 行文中列舉項目之間（姓名、日期、等級）。
out-list-separator = 、
# 標題及其項目數目。
out-count-after = { $text }（{ $n }項）
# 由其他文字組成的句子。
out-sentence = { $text }。
out-none = 沒有。
out-content-label = 內容套件：
out-heading-benchmark = 基準
out-radar-label = 雷達圖：
out-radar-rings = （圓環為25%、50%、75%、100%）
out-radar-target = 目標
out-ours-legend = † hkbm團隊草擬稿，學校可自行替換，並非HKBM原文
out-not-rated = 未評分
# CSV 儲存格中的字詞：是或否，及已停用紀錄的來源。
out-csv-yes = 是
out-csv-no = 否
out-csv-retired = 已停用（{ $version }）

## 摘要（hkbm summary）
out-summary-heading = { $school } — { $year }學年
out-summary-facilitator = 主持人：
out-summary-participants = 參與者：
out-summary-sittings = 會議日期：
out-summary-made-with = { $content }（紀錄以內容版本{ $version }寫成）
out-summary-level = { $label }（{ $value }）＝{ $score }%
out-summary-formula = 已評分準則的等級分數平均值（{ $levels }）；未評分的準則不計算在內，另以已評分準則的數目顯示，不當作零分
out-summary-score-line = 分數：{ $formula }。
out-summary-columns = 已評分：已評分準則數／準則總數。建議：已決定的建議數／建議總數。
out-summary-ours = { $legend }（標在基準標題後：部分準則是草擬稿；標在建議數目後：部分建議是草擬稿）。
out-summary-text-from = 文字出處：
out-summary-text-from-line = 基準{ $n }：{ $provenance }
out-summary-head-score = 分數
out-summary-head-rated = 已評分
out-summary-head-target = 目標
out-summary-head-tips = 建議
out-summary-head-versus = 對比{ $year }
out-summary-target-by = { $year }學年達{ $percent }%
out-summary-target-percent = { $percent }%
out-summary-target-year = { $year }學年達標
out-summary-was = （原為{ $score }）
out-summary-actions-as-of = 截至{ $date }的行動
out-summary-head-done = 已完成
out-summary-head-in-progress = 進行中
out-summary-head-planned = 已計劃
out-summary-head-late = 逾期
out-summary-late = 逾期{ $n }項

## 比較（hkbm compare）
out-compare-note-label = 注意：
out-compare-md-note = **注意：**
out-compare-scores = 分數
out-compare-change = 變化
out-compare-criteria-changed = 評分有變的準則
out-compare-plans = 較早學年的計劃及其後續
out-compare-benchmark-notes = 基準備註
out-compare-note-year = { $year }：
out-compare-retired = 已停用項目的歷史資料：所對應的id已不在內容套件中，不作比較
out-compare-retired-line = { $year }：{ $id }（{ $made_with }）{ $what }
out-compare-md-retired = 已停用項目的歷史資料（不作比較）
out-compare-md-retired-why = 這些資料所對應的id已不在內容套件中；資料保留，但不會歸入其他準則。
out-compare-content-differences = 不同學年的內容差異
out-compare-none = 沒有
out-compare-not-in-content = 不在內容套件中
out-compare-no-record = 沒有資料
out-compare-who = （{ $who }）
out-compare-rated = 評分{ $rating }
out-compare-note = 備註：{ $note }
out-compare-head-criterion = 準則
out-compare-head-text = 內容
out-compare-head-tip = 建議
out-compare-head-owner = 負責人
out-compare-head-due = 限期
out-compare-head-year = 學年
out-compare-head-id = id
out-compare-head-made-with = 所用內容版本
out-compare-head-recorded = 當年資料
out-compare-head-text-then = 當年文字
out-compare-head-why-retired = 停用原因

## 學校網絡（hkbm aggregate）
out-aggregate-totals = 已讀取{ $files }個紀錄檔，採用{ $used }個，失敗{ $failed }個{ $not_counted ->
    [0] {""}
   *[other] ，另有{ $not_counted }個不計算（同一學校同一學年）
} · 內容套件{ $content }
out-aggregate-year = { $year }學年 — { $sessions }所學校的紀錄
out-aggregate-head-schools = 學校數
out-aggregate-head-min = 最低
out-aggregate-head-q1 = Q1
out-aggregate-head-median = 中位數
out-aggregate-head-q3 = Q3
out-aggregate-head-max = 最高
out-aggregate-head-at-target = 達目標
out-aggregate-failed = 無法使用的檔案（{ $n }個）：
out-aggregate-duplicates = 同一學校同一學年見於多於一個檔案，只計算一次（{ $n }宗）：
out-aggregate-counted-from = { $school }，{ $year }學年：以{ $file }計算
out-aggregate-not-counted = 不計算：{ $file }
out-aggregate-method-line = 方法：{ $method }。
out-aggregate-method = Q1、Q3為下、上四分位數，以排序後的分數線性插值計算（即R第7型及試算表QUARTILE.INC的方法）；「達目標」的比率只計算有訂立目標的學校
out-aggregate-unreadable = 無法讀取

## 行動（hkbm actions）
out-actions-title = 行動
out-actions-heading = { $title } — { $school }（{ $year }學年）
out-actions-md-scope = { $scope }。{ $count }
out-actions-none = 沒有符合的行動。
out-actions-no-owner = 未有負責人
out-actions-no-due = 未有限期
out-actions-due-unread = { $due }（hkbm無法讀取的日期）
out-actions-everyone = 所有人
out-actions-late-only = 只看逾期
out-actions-due-within = 未來{ $weeks }星期內到期
out-actions-with-not-for-us = 包括「不適用」
out-actions-as-of = 截至{ $date }
out-actions-count = { $n }項行動，{ $late }項逾期。
out-actions-late-by-days = 逾期{ $days }天
out-actions-late-by-weeks = 逾期{ $weeks }星期
out-actions-due = 限期：{ $due }
out-actions-note-label = {"  "}備註：
out-actions-head-due = 限期
out-actions-head-tip = 建議
out-actions-head-status = 狀態
out-actions-head-owner = 負責人
out-actions-head-note = 備註
out-actions-calendar = HKBM行動
out-actions-event-done = （已完成）
out-actions-event = 基準{ $n }：{ $text }
out-actions-event-status = 狀態：{ $status }
out-actions-event-owner = 負責人：{ $owner }
out-actions-event-due = 限期：{ $due }
out-actions-event-note = 備註：{ $note }
