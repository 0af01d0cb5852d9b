# hkbm's messages in English: the command line's messages and errors, and the texts of files, locks and checks.
# Every message here has its twin in ../zh-HK/messages.ftl.
