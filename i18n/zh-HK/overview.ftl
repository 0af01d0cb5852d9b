# hkbm的訊息（繁體中文）：總覽（程式的第一個畫面）及其狀態列。這部分單獨
# 剖析，第一個畫面不必等待其餘畫面的文字（screens.ftl）。這裏每則訊息在
# ../en/overview.ftl都有對應。

## 按鍵：每個按鍵的作用（說明）及簡短提示（狀態列）
hint-open = 打開
hint-continue-walk = 繼續檢視
hint-jump = 跳到
hint-undo = 復原
hint-help = 說明
hint-quit = 離開
hint-actions = 行動
hint-radar = 雷達圖
hint-language = English

## 畫面：框架、標題列、進度列、計時器、說明
progress-overview = 逐項檢視停在基準{ $bm } · { $step } · 已決定{ $share }%的項目（{ $decided }/{ $total }）

## 名稱：步驟、階段、狀態、篩選、排序、雷達圖畫法
step-aim = 宗旨
step-criteria = 準則
step-targets = 目標設定
phase-plan = 計劃
phase-implement = 推行
phase-review = 檢討

## 總覽
overview-tips = 建議
overview-benchmark = 基準
overview-score = 分數
overview-rated = 已評
overview-done = 完成
overview-prog = 進行
overview-plan = 計劃
overview-late = 逾期
overview-trend = 趨勢
overview-tips-decided = { $decided }/{ $total }項建議
overview-text-from = 基準{ $n }文字出處：
overview-ours = { $mark } hkbm團隊草擬（部分）的準則或建議，並非HKBM原文
overview-no-participants = 未記錄參與者（按 a 加入）
overview-team = 團隊：
overview-trend-label = 趨勢：
overview-compared-with = 與{ $year }比較
overview-actions-note = 行動：已完成、進行中（進行）、已計劃（計劃）、逾期；按 A 列出
overview-read-only = 唯讀：{ $why }

## 基準文字的出處
provenance-aim = 宗旨
provenance-criteria = 準則
provenance-why = 為何重要
provenance-tips = 建議
provenance-partners = 合作夥伴
provenance-insights = 心得
provenance-official = 官方
provenance-official-from = 官方（{ $sources }）
provenance-ours = hkbm草擬稿
provenance-mixed = 部分官方、部分hkbm草擬稿
provenance-group = { $parts }：{ $what }
list-separator = 、

## 基準文字的出處：來源之間
provenance-source-separator = ；
