# hkbm's messages in English: what is wrong with a file (session, content pack,
# configuration, lock) and where.
# Every message here has its twin in ../zh-HK/messages.ftl.
