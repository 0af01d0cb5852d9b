# hkbm 的繁體中文（香港）訊息：檔案（紀錄、內容套件、設定、鎖）有甚麼問題，在哪裏。
# 每則訊息在 ../en/messages.ftl 都有英文版本。

## 檔案：讀取和寫入

file-separator = ：
file-list-separator = 、
file-empty = 檔案是空的
file-too-large = 檔案太大（{ $size }；上限為{ $limit } MiB）
file-is-directory = 這是資料夾，不是檔案
file-is-fifo = 這是具名管道（FIFO），不是一般檔案
file-is-socket = 這是通訊端，不是一般檔案
file-is-device = 這是裝置，不是一般檔案
file-not-regular = 這不是一般檔案
file-not-utf8 = 不是有效的UTF-8文字（位元組{ $byte }）；請以UTF-8編碼儲存檔案
file-not-found = 沒有這個檔案
file-permission-denied = 沒有權限
file-read-only-filesystem = 磁碟是唯讀的
file-storage-full = 磁碟已滿
file-already-exists = 已經存在
file-not-a-directory = 路徑中有一部分不是資料夾
file-invalid-name = 這個檔名在此無效
file-system-error = 系統錯誤：{ $error }
file-no-name = 沒有檔名
file-link-loop = 符號連結的層數太多
file-stream-error = { $what }；{ $error }
file-could-not-save = 未能儲存：{ $error }
file-could-not-create = 未能建立：{ $error }
file-save-refused-newer = 不會覆寫由較新版本hkbm寫成的檔案

## 紀錄檔

file-session-newer = 由較新版本的hkbm寫成（檔案版本{ $version }，此版本最多只能讀取版本{ $known }）；請更新hkbm再打開
file-session-version-zero = 版本0不是有效的紀錄檔版本
file-session-unknown-field = 不認識的欄位`{ $name }`（位於{ $at }）
file-key-twice = { $key }出現了兩次；請只保留一個

## 檔案的RON語法

file-ron-eof = 檔案在未完結處結束（可能欠缺右括號）
file-ron-expected-array = 這裏應有左方括號（[）
file-ron-expected-attribute = 這裏應有 #![enable(…)] 屬性
file-ron-expected-attribute-end = enable屬性之後應有「)]」
file-ron-expected-boolean = 這裏應為true或false
file-ron-expected-comma = 這裏應有逗號（,）
file-ron-expected-float = 這裏應為數字
file-ron-float-underscore = 小數中不可有底線（_）
file-ron-expected-integer = 這裏應為整數
file-ron-expected-option = 這裏應為Some(…)或None
file-ron-expected-option-end = Some(…)欠缺右括號（)）
file-ron-expected-paren-end = 這裏應有右括號（)）
file-ron-expected-map = 這裏應有左花括號（{"{"}）
file-ron-expected-colon = 這裏應有冒號（:）
file-ron-other-struct-name = 這裏應為`{ $expected }`，而不是`{ $found }`
file-ron-expected-paren = 這裏應有左括號（(）
file-ron-expected-named-paren = 這裏應為`{ $name }`(…)
file-ron-expected-string = 這裏應為以雙引號括住的文字
file-ron-expected-string-end = 文字欠缺結尾的雙引號（"）
file-ron-expected-identifier = 這裏應為欄位名稱
file-ron-bad-field-name = 「{ $name }」不是有效的欄位名稱
file-ron-invalid-escape = 文字中有無效的跳脫序列（反斜線「\」及其後的字元）
file-ron-integer-out-of-bounds = 數字超出範圍
file-ron-invalid-digit = { $digit }不是{ $base }進制整數的數字
file-ron-unclosed-comment = 區塊註解（/* … */）沒有結束
file-ron-leading-underscore = 數字不可以底線（_）開頭
file-ron-unexpected-char = 這裏不應有字元{ $char }
file-ron-trailing = 結尾之後還有多餘的內容
file-ron-wrong-length = 這裏應有{ $expected }項，但寫了{ $found }項
file-ron-unknown-variant = 沒有名為`{ $found }`的選項；可用的有：{ $expected }
file-ron-unknown-field = `{ $outer }`沒有名為`{ $found }`的欄位；可用的有：{ $expected }
file-ron-missing-field = `{ $outer }`欠缺欄位`{ $field }`
file-ron-duplicate-field = `{ $outer }`中的欄位`{ $field }`出現了兩次
file-ron-too-deep = 括號的層數太多

## 把不再適用的資料移到已停用項目的歷史資料（以另一個內容版本建立的紀錄）

file-migrate-list-separator = 、
file-migrate-and = { $rest }及{ $last }
file-migrate-unit-percent = { $n }%
file-migrate-unit-years = { $n }年
file-migrate-unit-per-year = 每年{ $n }
file-migrate-unit-groups-per-year = 每年{ $n }組
file-migrate-unit-per-form-per-year = 每級每年{ $n }
file-migrate-unit-per-student = 每位學生{ $n }
file-migrate-unit-per-student-per-year = 每位學生每年{ $n }
file-migrate-unit-per-student-by-s6 = 每位學生於中六學年結束前{ $n }
file-migrate-unit-name-per-year = 每年
file-migrate-unit-name-groups-per-year = 每年組數
file-migrate-unit-name-per-form-per-year = 每級每年
file-migrate-unit-name-per-student = 每位學生
file-migrate-unit-name-per-student-per-year = 每位學生每年
file-migrate-unit-name-per-student-by-s6 = 每位學生於中六學年結束前
file-migrate-measure-unit = { $measure }（{ $unit }）
file-migrate-reason-measure-changed = 量度指標{ $measures }在內容版本{ $new }中改變了計算的對象；{ $old }的數值保留在此，不作新的解讀
file-migrate-reason-not-in-pack = 不在內容套件{ $pack } { $version }中
file-migrate-text-measured = { $id }的量度數值
file-migrate-moved-measured = { $id }：量度數值{ $measures }保留為已停用項目的歷史資料（{ $reason }）
file-migrate-moved = { $id }：{ $what }保留為已停用項目的歷史資料（{ $reason }）
file-migrate-what-decision = 決定「{ $status }」
file-migrate-what-owner = 負責人
file-migrate-what-due = 限期
file-migrate-what-note = 備註
file-migrate-what-rating = 評分{ $rating }
file-migrate-what-measured = 量度數值
file-migrate-what-targets = 自訂目標

## 救回檔不能完整還原時：未有還原的部分

file-recovery-newer = 它由較新版本的hkbm寫成
file-recovery-other-pack = 它是為內容套件{ $made }而建立的，而不是{ $pack }
file-recovery-school-empty = 空白的學校名稱（保留檔案中的名稱）
file-recovery-year = 學年{ $year }（保留檔案中的學年）
file-recovery-dates = { $n }個格式錯誤的日期
file-recovery-baseline-twice = { $id }的第二個基線分數
file-recovery-baseline-range = { $id }的基線分數{ $score }
file-recovery-unknown-benchmark = 內容套件不認識的基準{ $id }
file-recovery-second-record = { $id }的第二份資料
file-recovery-target = { $id }：目標{ $target }%
file-recovery-target-year = { $id }：目標年份{ $year }
file-recovery-unknown-criterion = 內容套件不認識的準則{ $id }
file-recovery-rating = { $id }：評分{ $rating }不在評分等級內
file-recovery-measured = { $id }：量度數值{ $measure } = { $value }
file-recovery-unknown-tip = 內容套件不認識的建議{ $id }

## 按內容套件檢查紀錄

check-session-newer = 由較新版本的hkbm寫成（檔案版本{ $version }，此版本只認識版本{ $known }）；只能以唯讀方式打開
check-other-pack = 此紀錄為內容套件{ $made }而建立，但現用的內容套件是{ $pack }
check-other-version = 此紀錄以內容版本{ $made }建立，現用的內容套件是版本{ $version }
check-other-version-brought-up = 此紀錄以內容版本{ $made }建立，現用的內容套件是版本{ $version }：打開時轉為{ $version }，並以{ $version }儲存（不再適用的部分保留為已停用項目的歷史資料）
check-school-empty = 學校名稱是空的
check-year-shape = 學年{ $year }應寫成2025/26的樣式
check-date-shape = 日期{ $date }應為真實的日期，並寫成2025-11-28的樣式
check-unknown-benchmark = 不認識的基準{ $id }（內容套件{ $pack } { $version }中沒有）
check-benchmark-two-records = 基準{ $id }的資料出現了兩次
check-target-over-100 = { $id }：目標百分比（target_percent）{ $target }超過100
check-target-year-shape = { $id }：目標年份{ $year }應寫成2027/28的樣式
check-criterion-two-records = 準則{ $id }的資料出現了兩次
check-unknown-criterion = { $benchmark }中有不認識的準則{ $id }（內容套件{ $pack } { $version }沒有這個id）
check-rating-off-scale = { $id }：評分{ $rating }不在評分等級內（{ $values }）
check-no-measure = { $id }：沒有名為{ $measure }的量度指標
check-measured-negative = { $id }：量度數值{ $measure }必須是0或以上的數字
check-target-negative = { $id }：目標{ $measure }必須是0或以上的數字
check-measured-over-100 = { $id }：量度數值{ $measure }是{ $of }的百分比：{ $value }超過100
check-target-over-100-percent = { $id }：目標{ $measure }是{ $of }的百分比：{ $value }超過100
check-tip-two-records = 建議{ $id }的資料出現了兩次
check-unknown-tip = { $benchmark }中有不認識的建議{ $id }（內容套件{ $pack } { $version }沒有這個id）
check-baseline-twice = 基線中{ $id }出現了兩次；請只保留一個
check-baseline-unknown = 基線提及不認識的基準{ $id }
check-baseline-range = { $id }的基線分數{ $score }不在0至100之間

## 檢查內容套件

check-pack-id-empty = 內容套件的id是空的
check-pack-version-empty = 內容套件的版本是空的
check-scale-empty = 評分等級中沒有任何等級
check-scale-order = 評分等級必須遞增：{ $level }排在{ $before }之後
check-scale-worth-less = 等級{ $level }的分數低於等級{ $before }
check-scale-over-100 = 等級{ $level }的分數為{ $score }%，超過100
check-group-twice = 組別id{ $group }用了兩次
check-benchmark-in-two-groups = 基準{ $number }列在多於一個組別中
check-groups-empty = 組別中沒有列出任何基準
check-benchmark-no-group = 基準{ $number }不在任何組別中
check-benchmark-other-group = 組別為{ $group }，但framework.ron把基準{ $number }列在{ $listed }之下
check-id-used-in-other = id{ $id }已在基準{ $number }中使用
check-benchmark-no-file = 基準{ $number }列在組別{ $group }中，但沒有檔案
check-benchmark-id = 基準{ $number }的id必須是{ $expected }，而不是{ $id }
check-short-width = 簡稱{ $short }的闊度必須為1至{ $max }欄（現為{ $width }欄）
check-no-criteria = 每項基準最少要有一項準則
check-id-twice = id{ $id }用了兩次
check-id-shape = id{ $id }應寫成{ $shape }的樣式
check-measure-twice = 準則{ $criterion }有兩個名為{ $measure }的量度指標
check-measure-threshold = { $criterion }的量度指標{ $measure }需要0或以上的門檻
check-measure-threshold-percent = { $criterion }的量度指標{ $measure }是群組的百分比：門檻{ $threshold }必須介乎0至100
check-measure-per = { $criterion }的量度指標{ $measure }必須註明按甚麼計算
check-measure-group = { $criterion }的量度指標{ $measure }必須註明所指的組別
check-measure-each = { $criterion }的量度指標{ $measure }要求每位學生最少0次：`each`必須為1或以上
check-retired-twice = id{ $id }停用了兩次
check-retired-in-use = id{ $id }已停用但仍在使用：已停用的id不可再用
check-retired-other-benchmark = 已停用的id{ $id }不是基準{ $number }的id
check-source-reserved = 來源鍵{ $key }保留給hkbm團隊草擬的項目
check-source-twice = 來源{ $key }聲明了兩次
check-from-unknown = from{ $from }沒有對應此基準的任何來源（請在`sources`下聲明，或用{ $ours }）
check-source-unused = 來源{ $key }已聲明，但沒有項目引用

## 內容套件的檔案

pack-missing-built-in = 內置內容套件中沒有此檔案
pack-not-a-folder = 內容套件是一個資料夾，內有framework.ron、bm01.ron等檔案
pack-wrong-number = 檔案{ $name }載有基準{ $found }，應為基準{ $expected }
pack-export-exists = 已經存在；請匯出到一個空資料夾

## 防止兩個程式同時寫入同一紀錄檔的鎖

lock-holder = { $user }@{ $host }（程序{ $pid }，自{ $since }起）
lock-held = { $path }已被{ $holder }打開並正在修改
lock-cannot-create = 無法建立鎖定檔{ $path }：{ $error }
lock-keeps-replaced = 鎖定檔不斷被替換
lock-is-link = 鎖定檔是一個連結；請刪除它
lock-is-symlink = 鎖定檔是符號連結；請刪除它
lock-not-regular = 鎖定檔不是一般檔案；請刪除它
lock-unknown-user = 另一個hkbm
lock-unknown-host = 本機或另一部電腦
lock-unknown-since = 剛才

## 設定檔

config-bad-term = terms：{ $name }：請把日子寫成「09-01」（紀錄的學年內）或「2025-09-01」的樣式；此學期不予採用
config-bad-lang = lang{ $lang }不是en或zh-HK；改由系統的語言設定決定
config-defaults-used = { $problem }；改用預設設定
config-bad-theme = theme{ $theme }不是{ $themes }之一；改用dark
config-no-action = keys：沒有名為{ $name }的功能；不予理會
config-bad-key = keys：{ $name }：無法讀取按鍵{ $key }；不予理會
config-key-note = keys：{ $name }：{ $note }
