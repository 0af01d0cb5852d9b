# hkbm 的繁體中文（香港）訊息：命令列、它的說明，以及命令執行時的訊息。
# 每則訊息在 ../en/cli.ftl 都有英文版本。

## What the commands say: errors and warnings (after "hkbm: ")
cli-warning = 警告：{ $message }
cli-cannot-write-output = 無法寫出輸出：{ $error }
cli-no-home-config = 找不到使用者主資料夾，所以沒有設定檔
cli-config-exists = 已存在；請直接編輯，或先把它刪除
cli-no-command = 沒有名為「{ $name }」的命令
cli-cannot-write-man = 無法寫出說明手冊頁：{ $error }
cli-no-home-sessions-app = 找不到使用者主資料夾存放紀錄；請指定紀錄檔，或以 --sessions-dir 指定資料夾
cli-no-home-sessions-new = 找不到使用者主資料夾存放紀錄；請以 -o 指定檔案，或以 --sessions-dir 指定資料夾
cli-give-school = 請提供學校名稱，例如 hkbm new --school "校名"
cli-school-empty = 學校名稱是空白的
cli-no-year-after = { $year }學年之後再沒有可寫入紀錄的學年；請以 --year 指定
cli-year-form = 學年「{ $year }」的寫法應如2025/26
cli-session-exists = 已存在；請以 -o 另選檔案
cli-by-owner-html = --by owner 是把HTML報告的行動清單按負責人分組；請加上 --format html
cli-undated = { $n }項行動沒有hkbm讀得懂的日期，所以不在日曆內：
cli-undated-no-due = 沒有限期
cli-undated-due = 限期「{ $due }」
cli-no-session-used = 沒有一份紀錄可用
cli-not-a-pack-folder = 是資料夾，既不是紀錄檔，也不是內容套件（內裏沒有framework.ron）
cli-not-a-date = 「{ $text }」不是以YYYY-MM-DD寫成的日期
cli-not-a-whole-number = 須為{ $least }至{ $most }的整數

## What the commands say: done
cli-created = 已建立：{ $path }
cli-wrote = 已寫入：{ $path }
cli-wrote-files = 已寫入{ $n }個檔案到：{ $dir }
cli-check-pack = ok  { $path }：內容套件{ $id } { $version }，{ $benchmarks }項基準、{ $criteria }項準則、{ $tips }項建議
cli-check-benchmark = ok  { $path }：基準{ $number }，{ $criteria }項準則、{ $tips }項建議
cli-check-session = ok  { $path }：自評紀錄，{ $school }，{ $year }學年
cli-check-session-newer = ok  { $path }：自評紀錄，{ $school }，{ $year }學年（較新版本hkbm寫的紀錄檔：唯讀）

## The app on the command line: before it starts and after it ends
cli-needs-terminal = 這個程式需要在終端機內執行；如要輸出文字，請用 hkbm summary 紀錄檔
cli-needs-terminal-compare = 這個程式需要在終端機內執行；如要輸出文字，請用 --format text|md|csv|json
cli-cannot-use-terminal = 無法使用這個終端機：{ $error }
cli-not-saved-recovery = 紀錄未能儲存；你的修改已存於：{ $path }
cli-not-saved-no-recovery = 紀錄未能儲存，救回檔亦未能寫入：{ $error }
cli-internal-error-saved = 內部錯誤；沒有遺失任何資料（每項修改都已儲存）
cli-internal-error-recovery = 內部錯誤；未儲存的修改已寫入：{ $path }，下次啟動時可救回
cli-internal-error-no-recovery = 內部錯誤，而且救回檔未能寫入：{ $error }

## Help: what hkbm and each command is for
cli-about = 按「香港生涯發展自評基準」檢視學校的生涯發展工作
cli-about-new = 開始一份新的紀錄檔（從零開始，或以 --from 從去年的紀錄開始）
cli-about-summary = 顯示一份紀錄的分數、已評分的準則、目標及已決定的建議
cli-about-compare = 比較不同學年的紀錄（在終端機內打開程式的比較畫面；加上 --format 則改為輸出文字）
cli-about-report = 給學校高級領導團隊的報告：Markdown、CSV或HTML（附SVG雷達圖）
cli-about-actions = 輸出行動清單（已決定的建議，連負責人及限期），例如某位負責人的行動；格式可以是文字、Markdown、CSV、JSON或iCalendar日曆檔
cli-about-aggregate = 按基準彙總多所學校的紀錄（學校網絡的角度）
cli-about-check = 檢查紀錄檔或內容套件；有任何一個有問題便以代碼1結束
cli-about-content = 處理內容套件
cli-about-content-export = 把內置的內容套件寫入資料夾，讓學校自行修改（加 --lang zh-HK 寫出中文套件）
cli-about-config = 顯示或寫出設定檔
cli-about-config-path = 顯示設定檔所在的位置
cli-about-config-export = 把預設設定（附註解）寫到該位置，以便修改
cli-about-completions = 輸出bash、zsh、fish、elvish或PowerShell的命令自動完成設定
cli-about-man = 輸出說明手冊頁（英文），例如 hkbm man > hkbm.1；或某個命令的手冊頁（hkbm man report > hkbm-report.1）
cli-about-help = 顯示這段說明，或指定命令的說明

## Help: each argument
cli-arg-file-open = 要打開的紀錄檔（預設：紀錄資料夾中最新的一份）
cli-arg-actions = 打開時先顯示行動畫面（每項已決定的建議、負責人、哪些已逾期）
cli-arg-content = 使用資料夾內的內容套件，而不是內置的套件
cli-arg-sessions-dir = 存放紀錄的資料夾（預設：系統預設的應用程式資料夾）
cli-arg-read-only = 只打開來看，不作任何修改（不鎖定、不儲存）
cli-arg-ascii = 只用純ASCII字元繪畫（語言環境不是UTF-8時自動使用）
cli-arg-theme = 顏色：dark、light（投影機）、contrast或mono（設有NO_COLOR時即mono）
cli-arg-lang = 語言：en或zh-HK（預設：設定檔的語言，否則按系統語言環境，再否則en）
cli-arg-present = 以簡報模式開始（大標題，一次一項）
cli-arg-mouse = 容許用滑鼠點選及捲動（預設關閉，以便在終端機內照常複製貼上）
cli-arg-width = 按指定欄數排版文字（預設：終端機的寬度；不是輸出到終端機時為80；最少70）
cli-arg-file = 紀錄檔
cli-arg-new-output = 要寫入的檔案，絕不覆蓋已有的檔案；「-」即輸出到標準輸出（預設：紀錄資料夾中的「學校-學年.ron」）
cli-arg-school = 學校名稱
cli-arg-year = 學年，例如2026/27（預設：本學年，或 --from 紀錄的下一個學年）
cli-arg-from = 去年的紀錄：沿用學校、團隊、目標及未完成的計劃，並以其分數為基線
cli-arg-facilitator = 主持這次檢視的人
cli-arg-participant = 參與的生涯發展團隊成員（每位成員用一次這個選項）
cli-arg-compare-files = 兩份或以上的紀錄檔（次序不拘：會按學年排列）
cli-arg-compare-format = 以這個格式輸出，而不打開程式
cli-arg-table = 用於CSV：items（每項準則及建議一行）或benchmarks（每項基準一行）
cli-arg-by = 用於HTML：行動清單按基準排列（預設）或按負責人分組
cli-arg-report-output = 寫入這個檔案，而不是標準輸出（「-」即標準輸出；裝置或FIFO會直接寫入，不會被取代）
cli-arg-owner = 只列出負責人名字中含有這個詞的行動（不分大小寫）
cli-arg-status = 按狀態選出行動（預設：open，即已計劃及進行中）
cli-arg-late = 只列出逾期的行動（仍未完成，已過限期）
cli-arg-within = 只列出在未來若干星期內到期的行動
cli-arg-sort = 次序：限期（預設）、基準或負責人
cli-arg-output = 寫入這個檔案，而不是標準輸出
cli-arg-aggregate-paths = 紀錄檔，或在其中尋找紀錄檔的資料夾
cli-arg-check-paths = 紀錄檔、基準檔或內容套件資料夾
cli-arg-export-dir = 要寫入的資料夾（不存在會建立；內裏不可已有套件檔案）
cli-arg-shell = 要自動完成的命令殼
cli-arg-man-command = 要輸出手冊頁的命令（預設：hkbm本身）
cli-arg-help-command = 顯示指定命令的說明
cli-arg-version = 顯示版本
cli-arg-help = 顯示說明
cli-arg-help-more = 顯示說明（用 --help 看詳細說明）
cli-arg-help-summary = 顯示說明（用 -h 看摘要）

## Help: what some values of an argument mean
cli-value-status-open = 已計劃及進行中
cli-value-status-all = 已計劃、進行中及已完成
cli-value-format-ics = iCalendar：每項有日期的行動一個全日事件

## Help: the words clap puts around the texts (the Chinese help only; English keeps clap's own)
cli-help-usage = 用法：
cli-help-commands = 命令：
cli-help-command = 命令
cli-help-arguments = 參數：
cli-help-options = 選項：
cli-help-options-tag = [選項]
cli-help-default = 預設：{ $value }
cli-help-env = 環境變數：{ $name }
cli-help-values = 可選值：{ $values }
cli-help-value = { $value }（{ $help }）
cli-help-list-separator = 、
cli-help-extras = （{ $extras }）
cli-no-file-open = 沒有打開任何檔案
cli-folder-not-private = 這個資料夾並非只屬於目前的使用者

## A mistake on the command line (the Chinese only; English keeps clap's own words)
cli-usage-error = 錯誤：{ $what }
cli-usage-tip = 提示：{ $tip }
cli-usage-more = 詳情請用 --help 查看。
cli-usage-quoted = 「{ $name }」
cli-usage-wrong = 命令列有誤
cli-usage-value-missing = 「{ $arg }」需要一個值，但沒有提供
cli-usage-invalid-value = 「{ $arg }」不接受「{ $value }」這個值
cli-usage-invalid-value-why = 「{ $arg }」不接受「{ $value }」這個值：{ $why }
cli-usage-unknown-argument = 不認識的參數「{ $arg }」
cli-usage-too-many-values = 「{ $arg }」不需要更多的值，卻多了「{ $value }」
cli-usage-too-few-values = 「{ $arg }」最少需要{ $min }個值，只提供了{ $n }個
cli-usage-wrong-number-of-values = 「{ $arg }」需要{ $expected }個值，卻提供了{ $n }個
cli-usage-no-equals = 為「{ $arg }」指定值時，須用等號（=）連接
cli-usage-conflict = 參數「{ $arg }」不能與{ $others }一起使用
cli-usage-conflict-twice = 參數「{ $arg }」只能使用一次
cli-usage-conflict-others = 參數「{ $arg }」不能與命令列上的其他參數一起使用
cli-usage-missing-arguments = 缺少以下必須提供的參數：
cli-usage-unknown-command = 沒有名為「{ $name }」的命令
cli-usage-missing-command = 「{ $name }」後面需要一個命令，但沒有提供
cli-usage-commands = 可用的命令：{ $values }
cli-usage-invalid-utf8 = 參數中有不是UTF-8的字元
cli-usage-similar-command = 相似的命令：{ $names }
cli-usage-similar-argument = 相似的參數：{ $names }
cli-usage-similar-value = 相似的值：{ $names }
cli-usage-tip-as-value = 如要把「{ $arg }」當作值，請寫成「{ $instead }」
cli-usage-tip-remove-dashes = 有名為「{ $name }」的命令；如要使用它，請刪去前面的「--」
cli-usage-tip-exists = 有「{ $what }」可用
