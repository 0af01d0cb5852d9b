# hkbm 的繁體中文（香港）訊息。每個訊息在 en.ftl 都有對應（測試會檢查兩個檔案的 id 相同）。

## 訊息目錄本身的測試
test-count = { NUMBER($n) }項
test-name = 你好，{ $name }
