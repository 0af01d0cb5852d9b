# hkbm 的繁體中文（香港）訊息：報告：Markdown、HTML、CSV，以及CSV和JSON的文字值。
# 每則訊息在 ../en/reports.ftl 都有英文版本。
