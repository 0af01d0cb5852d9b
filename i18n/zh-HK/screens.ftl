# hkbm的繁體中文（香港）訊息：程式的畫面。每個訊息在../en/screens.ftl都有對應（測試會檢查兩個檔案的id相同）。

## 訊息目錄本身的測試
test-count = { NUMBER($n) }項
test-name = 你好，{ $name }

## 切換語言（L 鍵）
language-switched = 已轉為繁體中文。按 L 轉回English。
language-switched-own-content = 已轉為繁體中文（內容是學校自己的內容套件，即 --content，所以維持不變）。

## 按鍵：每個按鍵的作用（說明）及簡短提示（狀態列）
key-keep-the-text-and-close = 保留文字並關閉
key-close-without-keeping-the-text = 關閉，不保留文字
key-go-to-the-highlighted-result = 前往所選結果
key-previous-result-scroll-up = 上一個結果／向上捲動
key-next-result-scroll-down = 下一個結果／向下捲動
key-close-the-search = 關閉搜尋
key-close-the-help = 關閉說明
key-restore-the-recovered-changes = 還原救回的修改
key-delete-the-recovery-file = 刪除救回檔
key-decide-later-keep-the-recovery-file = 稍後再決定（保留救回檔）
key-show-the-chosen-persons-actions = 顯示所選人員的行動
key-previous-name = 上一個名字
key-next-name = 下一個名字
key-close-without-choosing = 關閉，不作選擇
key-stop-typing-the-search-stays-f = 停止輸入（搜尋保留；F 清除）
key-select-the-action-above = 選擇上一項行動
key-select-the-action-below = 選擇下一項行動
key-open-the-tip-in-the-walk = 在逐項檢視中打開這項建議
key-only-late-actions-all = 只看逾期行動／全部
key-whose-show-one-persons-actions = 負責人：只顯示一位人員的行動
key-search-the-actions-tip-owner-due = 搜尋行動（建議、負責人、限期、備註）
key-sort-by-due-date-benchmark-or = 按限期、基準或負責人排序
key-show-all-still-to-do-planned = 顯示全部、未完成、已計劃、進行中或已完成
key-only-those-due-in-the-next = 只看未來2、4或8星期內到期的行動／全部
key-list-the-tips-marked-not-for = 一併列出標為「不適用」的建議／隱藏
key-clear-every-filter-and-the-search = 清除所有篩選及搜尋
key-overview-of-all-ten-benchmarks = 十項基準總覽
key-select-the-benchmark-above = 選擇上一項基準
key-select-the-benchmark-below = 選擇下一項基準
key-open-the-selected-benchmark = 打開所選基準
key-continue-the-walk-where-it-stands = 從上次停下的地方繼續逐項檢視
key-edit-the-school-name = 修改學校名稱
key-edit-the-facilitator = 修改主持人
key-edit-the-participants = 修改參與者
key-start-next-years-session-from-this = 以本學年的紀錄開始下學年的紀錄
key-write-reports-for-the-leadership-team = 在紀錄檔旁撰寫給學校高級領導團隊的報告（Markdown、HTML、CSV）
key-bars-or-radar = 棒形圖或雷達圖
key-radar-drawing-braille-half-blocks-ascii = 雷達圖畫法：點字、半格、ASCII
key-next-section-scores-criteria-plans-notes = 下一部分（分數、準則、計劃、備註）
key-previous-section = 上一部分
key-scroll-up = 向上捲動
key-scroll-down = 向下捲動
key-notes-next-benchmark = 備註：下一項基準
key-notes-previous-benchmark = 備註：上一項基準
key-overview-of-the-latest-year = 最近一個學年的總覽
key-next-thing-to-discuss = 下一個討論項目
key-back-to-the-previous-thing = 返回上一個項目
key-select-the-item-above = 選擇上一項
key-select-the-item-below = 選擇下一項
key-next-step-aim-criteria-plan-implement = 下一步（宗旨、準則、計劃、推行、檢討、目標設定）
key-previous-step = 上一步
key-next-benchmark = 下一項基準
key-previous-benchmark = 上一項基準
key-reference-partners-insights-glossary-resources = 參考：合作夥伴、心得、詞彙、資源
key-scroll-the-details-or-the-reference = 向下捲動詳情（或參考欄）
key-scroll-the-details-or-the-reference-2 = 向上捲動詳情（或參考欄）
key-remove-the-rating = 刪除評分
key-evidence-note = 證據備註
key-measured-value-when-the-criterion-has = 量度數值（準則設有門檻時）
key-our-own-interim-target-for-the = 本校就這項量度指標自訂的中期目標
key-status-not-discussed = 狀態：未討論
key-status-planned = 狀態：已計劃
key-status-in-progress = 狀態：進行中
key-status-done = 狀態：已完成
key-status-not-for-us = 狀態：不適用
key-owner = 負責人
key-due-a-date-a-month-or = 限期（日期、月份或學期）
key-note = 備註
key-edit-the-selected-field = 修改所選欄位
key-presentation-mode-big-heading-one-item = 簡報模式：大標題，每次一項
key-start-or-pause-the-meeting-timer = 開始或暫停會議計時
key-one-more-minute-for-this-benchmark = 議程上這項基準多一分鐘
key-one-minute-less-for-this-benchmark = 議程上這項基準少一分鐘
key-compare-years-when-opened-with-hkbm = 比較不同學年（以 hkbm compare 打開時）
key-jump-search-benchmarks-criteria-tips-partners = 跳到：搜尋基準、準則、建議、合作夥伴、詞彙、備註
key-undo-the-last-change = 復原上一個修改
key-redo = 重做
key-save-now-everything-is-saved-as = 立即儲存（所有修改會隨即儲存；這也會覆寫在磁碟上被改動的檔案）
key-help-every-key = 說明：所有按鍵
key-quit-everything-is-already-saved = 離開（一切已經儲存）
key-actions-every-decided-tip-who-owns = 行動：每項已決定的建議、負責人、哪些逾期
key-radar-summary-of-this-session = 本紀錄的雷達圖摘要
key-switch-language-english-screens-and-content = 切換語言：English／繁體中文（畫面及內容；檔案不變）
key-rate-the-selected-criterion-a-value = 為所選準則評分（評分等級上的數值）
hint-keep = 保留
hint-discard = 放棄
hint-go = 前往
hint-close = 關閉
hint-restore = 還原
hint-delete = 刪除
hint-later = 稍後
hint-choose = 選擇
hint-done = 完成
hint-to-walk = 到逐項檢視
hint-search = 搜尋
hint-bars-radar = 棒形／雷達
hint-overview = 總覽
hint-section = 部分
hint-next = 下一項
hint-reference = 參考
hint-note = 備註
hint-planned-0-4-status = 已計劃（0–4狀態）
hint-owner = 負責人
hint-due = 限期
hint-edit = 修改
hint-rate = 評分

## 畫面：框架、標題列、進度列、計時器、說明
screen-too-small = hkbm需要最少{ $min }的終端機視窗；現在是{ $now }。請放大視窗或使用較小的字體。
recovery-intro = hkbm上次意外停止，未儲存的修改保存在
recovery-keys = r：還原（之後可以復原）· d：刪除 · Esc：稍後再決定
recovery-title = 救回的修改
header-read-only = 唯讀
header-not-saved = 未儲存
progress-chart = 已決定{ $share }%的項目（{ $decided }/{ $total }）· 雷達圖以{ $drawing }繪畫
progress-benchmark = 基準{ $bm }/{ $bms } · { $step } · 第{ $item }/{ $items }項 · 檢視進度{ $walk }% · 已決定{ $share }%
note-goes-on = …（備註未完）
help-rating-scale = 評分等級
help-score = 分數
help-score-formula = 分數是已評分準則的等級分數平均值（{ $levels }）；未評分的準則不計算在內，另以已評分準則的數目顯示，不當作零分。
help-title = 按鍵（↑/↓ 捲動，Esc 關閉）
context-anywhere = 任何畫面
context-overview = 總覽
context-aim = 宗旨
context-criteria = 準則
context-tips = 建議（計劃／推行／檢討）
context-targets = 目標設定及備註
context-summary = 摘要（雷達圖）
context-compare = 比較學年
context-actions = 行動（會議之間）
context-action-search = 搜尋行動
context-owners = 誰的行動
context-editor = 編輯文字
context-jump = 跳到（搜尋）
context-help = 說明
context-recovery = 救回修改
progress-timer = { $over ->
    [yes] 超時
   *[no] {""}
}基準{ $bm } { $spent }/{ $allotted } · 會議{ $meeting }/{ $meeting_allotted }{ $paused ->
    [yes] （暫停）
   *[no] {""}
}

## 名稱：步驟、階段、狀態、篩選、排序、雷達圖畫法
target-notes = 備註
target-interim = 中期目標%
target-year = 目標年份
radar-braille = 點字
radar-half-blocks = 半格
radar-ascii = ASCII
compare-tab-scores = 分數
compare-tab-criteria = 評分有變的準則
compare-tab-plans = 計劃跟進
compare-tab-notes = 備註
status-not-discussed = 未討論
status-planned = 已計劃
status-in-progress = 進行中
status-done = 已完成
status-not-for-us = 不適用
filter-all = 全部
filter-open = 未完成
sort-due = 限期
sort-benchmark = 基準
sort-owner = 負責人

## 量度：在中文句式中套入內容套件的名詞短語（per、of、by）
measure-value-count = 每{ $per }{ $n }次
measure-value-share = { $n }%
measure-count = 每{ $per }最少{ $n }次：{ $what }
measure-share = 最少{ $n }%的{ $of }：{ $what }
measure-per-student = 最少{ $n }%的{ $of }每人最少{ $each }次：{ $what }
measure-per-student-by = 最少{ $n }%的{ $of }在{ $by }前每人最少{ $each }次：{ $what }
measure-suggested = 參考量度指標：{ $measure }
measure-measured = 量度所得{ $value }
measure-not-measured = 未量度
measure-met = 達標
measure-not-met = 未達標
measure-our-target = 本校目標{ $target }{ $reached ->
    [yes] ，已達到
    [no] ，尚未達到
   *[unknown] {""}
}

## 基準畫面
benchmark-heading = 基準{ $n } · { $title }
aim-what-good-looks-like = 良好的實踐標準
aim-why-this-matters = 為何重要
aim-text-from = 文字出處：
aim-title = 宗旨及其重要性（↑/↓ 捲動 · { $key }：為準則評分）
ours-legend = † hkbm團隊草擬稿：學校可自行替換，並非HKBM原文
not-rated = 未評分
measure-keys = （{ $measured }；{ $target }：本校目標）
evidence-label = 證據：
no-evidence-yet = 尚未有證據備註（{ $key }）。
field-status = 狀態
field-owner = 負責人
field-due = 限期
field-note = 備註
note-label = 備註：
score-now-label = 現時分數：
score-now = { $score }（已評分{ $rated }/{ $total }項準則）· 已決定{ $decided }/{ $tips }項建議
last-year-label = 去年：
empty-to-edit = —（按 { $key } 修改）
targets-explained = 學校自訂中期目標（%）及預計達到基準的年份。
targets-title = 目標設定及備註
reference-nothing = 這項基準在此沒有內容。
reference-title = { $pane }（{ $next }：下一個 · { $down }/{ $up }：捲動）
reference-partners = 與夥伴合作
reference-insights = 試行學校的心得
reference-glossary = 詞彙
reference-resources = 網上工具及資源
retired-rated = 評分{ $v }
retired-owner = 負責人：{ $owner }
retired-why = 原因：{ $why }
retired-history = 已停用項目的歷史資料（{ $n }項，唯讀：這些id已不在內容套件中）

## 摘要（雷達圖）
summary-heading = 摘要 · { $year }
summary-last-year = 去年
summary-target = 目標
summary-target-head = 目標
summary-target-short = 目標
summary-actions-label = 行動：
summary-actions-done = 已完成{ $done }，進行中{ $progress }，
summary-actions-planned = 已計劃{ $planned }，
summary-actions-late = 逾期{ $late }
summary-actions-list = （按 A 列出）
summary-ours = { $mark } hkbm團隊草擬的準則
summary-score-1 = 分數：已評分準則的平均值；
summary-score-2 = 未評分的不當作零分（? 說明）
summary-view = （{ $view ->
    [bars] 棒形圖
   *[radar] 雷達圖
}；按 b 切換，按 M 改變畫法）

## 行動畫面
tracker-key-late = 逾期
tracker-key-whose = 負責人
tracker-key-status = 狀態
tracker-key-soon = 即將到期
tracker-key-sort = 排序
tracker-key-not-for-us = 不適用
tracker-key-all = 全部
tracker-no-actions = 尚未有行動：在逐項檢視中把建議標為已計劃（1）、進行中（2）或已完成（3），並填上負責人（o）及限期（d）。
tracker-nothing = 沒有行動符合現時的篩選：按 F 清除篩選。
tracker-late-count = { $n }項逾期
tracker-by = 按{ $sort }排序 · { $status }
tracker-everyone = 所有人
tracker-nobody = 尚未有負責人
tracker-late-only = 只看逾期
tracker-with-not-for-us = 包括「不適用」
tracker-as-of = 截至{ $date }
tracker-search = 搜尋：{ $search }
tracker-late = 逾期
tracker-head-bm = 基準
tracker-head-phase = 階段
tracker-head-tip = 建議
tracker-details = 所選行動
tracker-details-head = { $phase } · 基準{ $n } · { $title }
tracker-owner-label = 負責人：
tracker-due-label = 限期：
tracker-due-none = 未填寫（按 d 設定）
tracker-due-unread = （hkbm無法讀取這個日期，所以不會逾期；可寫成2026-03-31、3月或下學期）
tracker-due-month = { $text } = { $date }（月底）
tracker-due-term = { $text } = { $date }（{ $term }結束）
tracker-whose-title = 誰的行動？
tracker-shown = { $shown }/{ $total }項行動
tracker-due-within = { $weeks }星期內到期
tracker-late-by-days = 逾期{ $days }天
tracker-late-by-weeks = 逾期{ $weeks }星期

## 簡報模式
present-criterion = 準則{ $item }/{ $items } · { $id }
present-where-we-are = 本校現況：{ $value }（{ $label }）— { $descriptor }
present-not-rated = 本校現況：尚未評分
present-evidence = 證據
present-tip = { $phase }建議{ $item }/{ $items } · { $id }
present-ours-tip = { $mark } hkbm團隊草擬的建議，並非HKBM原文
present-decision = 決定：{ $status }
present-due = 限期：{ $due }
present-score = 現時分數{ $score }（已評分{ $rated }/{ $total }項準則）

## 比較學年
compare-nothing = 沒有可比較的紀錄。
compare-heading = 比較 · { $school } · { $years }
compare-change = 變化
compare-not-in-content = 不在內容套件中
compare-no-record = 沒有資料
compare-scroll-title = ↑/↓ 捲動 · Tab 下一部分
compare-notes-heading = 基準{ $n } · { $title }   （[ ] 其他基準）
compare-benchmark-notes = 基準備註
compare-evidence = 證據（{ $id }）
compare-content-differs = 不同學年的內容有差異（{ $n }項）：
compare-criteria-changed = 有{ $n }項準則在不同學年的評分不同：
compare-retired = 已停用項目的歷史資料，不作比較：{ $n }項資料所對應的id已不在內容套件中
compare-plans = 有{ $n }項建議在較早學年已計劃或進行中，以下是每年的狀態：

## 編輯、跳到、雷達圖、棒形圖
editor-keys-line = Enter 或 { $done }：保留 · { $cancel }：放棄
editor-keys-block = { $done }：保留並關閉 · Enter：換行 · { $cancel }：放棄
jump-find = 尋找：
jump-title = 跳到
jump-kind-benchmark = 基準
jump-kind-criterion = 準則
jump-kind-tip = 建議
jump-kind-partner = 合作夥伴
jump-kind-insight = 心得
jump-kind-glossary = 詞彙
jump-kind-resource = 資源
jump-kind-note = 備註
radar-too-small = （空間不足以顯示雷達圖：按 b 顯示棒形圖）
bars-legend = { $score } 分數   { $target } 目標   { $earlier_mark } { $earlier }
jump-matches = { $n }個結果 · ↑/↓ 選擇 · Enter 前往 · Esc 關閉

## 逐項檢視的狀態訊息
msg-start-of-walk = 這是逐項檢視的開始。
msg-radar-drawn = 雷達圖以{ $drawing }繪畫。
msg-nothing-to-compare = 沒有可比較的紀錄：請以 `hkbm compare A B` 打開兩個或以上的紀錄。
msg-present-on = 簡報模式：每次一項。按 P 離開。
msg-present-off = 已關閉簡報模式。
msg-timer-running = 會議計時進行中（按 T 暫停；按 + 和 - 調整這項基準的分鐘數）。
msg-timer-paused = 會議計時已暫停。
msg-read-only = 唯讀：{ $why }
msg-save-before-next-year = 本學年的紀錄尚未儲存：開始下學年前請先儲存（Ctrl-S）。
editor-evidence-note = 證據備註 · { $id }
editor-note = 備註 · { $id }
editor-target-percent = 中期目標%（0–100；留空即沒有）
editor-target-year = 目標年份，例如2027/28（留空即沒有）
msg-nothing-on-aim = 宗旨部分無需備註；按 Enter 為準則評分。
editor-due = 限期（日期、月份或學期）
editor-school = 學校
editor-facilitator = 主持人
editor-participants = 參與者（以逗號分隔）
msg-edit-discarded = 已放棄修改。
msg-restore-what = 還原救回的修改
msg-recovery-deleted = 已刪除救回檔。
msg-end-of-walk = 逐項檢視完成：十項基準已全部討論。以下是雷達圖。
msg-no-record = 紀錄中沒有{ $id }的資料
msg-not-on-scale = { $v }不在評分等級上。
msg-no-measure = 這項準則沒有可量度的門檻；請按 e 寫證據備註。
unit-count = 每{ $per }次數
unit-share = { $of }的百分比
msg-minutes = 議程上基準{ $bm }有{ $minutes }分鐘。
editor-measure = { $target ->
    [yes] 本校目標
   *[no] 量度所得
}（{ $k }/{ $n }）· { $id } · { $measure } · 請輸入{ $unit }

## 行動畫面的狀態訊息
msg-no-actions = 尚未有行動：建議在逐項檢視中標為已計劃（1）、進行中（2）或已完成（3）後便成為行動。
msg-sorted-by = 已按{ $sort }排序。
msg-showing = 顯示：{ $what }。
msg-late-only = 只顯示逾期行動。
msg-late-and-not = 顯示逾期及未逾期的行動。
msg-due-any-time = 顯示所有限期的行動。
msg-not-for-us-listed = 一併列出標為「不適用」的建議。
msg-not-for-us-hidden = 隱藏標為「不適用」的建議。
msg-filters-cleared = 顯示所有行動（已清除篩選）。
msg-everyone = 顯示所有人的行動。
msg-nobody = 顯示尚未有負責人的行動（按 o 指派負責人）。
msg-owner = 顯示{ $name }的行動。
msg-due-within = 顯示未來{ $weeks }星期內到期的行動。

## 修改、儲存、復原
msg-text-too-large = 這段文字會令紀錄檔變成{ $size }，超過hkbm能打開的{ $limit } MiB。文字仍然保留：請縮短，或離開編輯而不保留。
msg-change-too-large = 這個修改會令紀錄檔變成{ $size }，超過hkbm能打開的{ $limit } MiB。修改未有進行；請先縮短較長的備註。
msg-saved = 已儲存：{ $what }
msg-nothing-to-undo = 沒有可復原的修改。
msg-nothing-to-redo = 沒有可重做的修改。
msg-undone = 已復原：{ $what }
msg-redone = 已重做：{ $what }

## 在編輯框輸入的數值
msg-not-a-percent = { $text }不是數字（0至100的百分比）
msg-not-a-count = { $text }不是數字（次數）
msg-not-negative = 數值必須是0或以上
msg-percent-range = { $value }是群組的百分比：0至100
msg-year-form = { $text }：請以2027/28的格式填寫學年
msg-school-name = 請填寫學校名稱

## 跳到：搜尋結果
msg-whole-percent = { $text }：請填寫0至100的整數
jump-in-bm = 基準{ $n }：{ $text }
jump-bm-notes = 基準{ $n }備註：{ $notes }

## 開啟、儲存、報告、下學年、復原
msg-configuration = 設定：{ $problem }
msg-passed-over = 略過紀錄資料夾中的{ $name }：不是一般檔案。
msg-new-session = 已在{ $path }開始新紀錄。按 s 填寫學校名稱。
read-only-newer = 這個檔案由較新版本的hkbm寫成
read-only-asked = 以 --read-only 打開
read-only-held = 已被{ $holder }打開並正在修改
read-only-comparing = 正在比較學年
msg-note = 注意：{ $note }
msg-read-only-start = 唯讀：{ $why }。
msg-no-file-to-report = 這個畫面沒有可撰寫報告的紀錄檔。
msg-could-not-write = 無法寫入{ $error }
msg-reports-written = 報告已寫在紀錄檔旁：{ $first }、.{ $others }
msg-no-file-to-start-from = 這個畫面沒有可作起點的檔案。
msg-no-next-year = { $year }之後沒有可寫成紀錄的學年。
msg-could-not-create = 無法建立{ $name }：{ $error }。
msg-could-not-create-exists = 無法建立{ $name }：{ $error }：請以 `hkbm { $path }` 打開。
msg-created-but = 已建立{ $name }，但：{ $error }
msg-started-next-year = 已在{ $name }開始{ $year }學年：團隊、目標及未完成的計劃已帶過來；保留{ $last }的分數以顯示趨勢。
msg-changed-on-disk = 檔案打開後被其他程式改動了（例如 git pull），所以沒有覆寫。你的修改保留在這裏：按 Ctrl-S 覆寫檔案；按 q 把你的版本存入救回檔。
msg-could-not-save = 無法儲存（{ $error }）。修改保留在這裏；按 Ctrl-S 再試。
msg-hang-ups = 無法監察連線中斷：{ $error }
msg-recovery-unreadable = 無法讀取救回檔，檔案維持原狀（{ $error }）。
msg-recovery-unrestorable = 無法還原救回檔{ $file }（{ $why }）；檔案維持原狀。
recovery-older = 紀錄檔在救回檔寫成後被改動過：還原會取代那些改動（按 u 可復原這次還原）。
recovery-differs = 它與紀錄檔不同；還原會取代檔案內容（按 u 可復原）。
recovery-left-out = 無效而略去：{ $items }。
recovery-left-out-more = 無效而略去：{ $items }及另外{ $more }項。
msg-hard-links = 注意：這個檔案另有{ $n }個硬連結；儲存時這個名稱會得到自己的副本，其他名稱保留舊內容。

## 其他
msg-read-only-nothing-to-save = 唯讀：沒有需要儲存的內容。
new-session-school = 本校

## Comparing years: what differs between the years' content, and what to know first
compare-diff-other-content = { $year }（{ $file }）是用內容套件{ $made_with }建立的，現以{ $compared_with }比較：各項按id對齊；該學年有{ $n }項資料屬於其後已停用的id，列作已停用項目的歷史資料，不作比較
compare-diff-not-in-content = { $year }：不在該學年的內容套件中（無從比較）：{ $ids }
compare-diff-unknown-at = { $year }：{ $file }:{ $line }:{ $column }：{ $message }
compare-diff-unknown = { $year }：{ $file }：{ $message }
compare-id-separator = 、
compare-notice-schools = 這些紀錄屬於不同學校（{ $schools }）：數字只是並列，並非同一所學校歷年的變化
compare-notice-schools-separator = ；
compare-notice-same-year = 有{ $n }份紀錄同屬{ $year }學年，以檔案名稱區分（{ $labels }，按此次序）；它們之間的變化是檔案之間的差異，並非學年之間的變化
compare-note = 注意：{ $note }。
compare-earlier-change = * 為最近兩個有分數的學年之間的變化，並非最新學年

## Presentation mode: the big heading (the big font draws Latin letters and digits only)
present-big-heading = 基準{ $n }
present-big-heading-short = 基準{ $n }
present-big-actions = 行動
present-big-late = 項行動逾期

## Keys in the configuration file: why a key was not given
keys-ctrl-c-always-quits = 按 Ctrl-C 一定是離開（或放棄正在編輯的文字），所以沒有把它指定給這項功能
keys-needs-a-key = 這項功能最少要有一個按鍵（否則無法離開），所以保留它原有的按鍵
