# hkbm's messages in English: the reports: Markdown, HTML and CSV, and the text values of CSV and JSON.
# Every message here has its twin in ../zh-HK/reports.ftl.
