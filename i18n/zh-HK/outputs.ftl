# hkbm 的繁體中文（香港）訊息：命令的文字輸出：summary、compare、aggregate、actions。
# 每則訊息在 ../en/outputs.ftl 都有英文版本。
