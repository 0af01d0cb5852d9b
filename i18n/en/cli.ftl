# hkbm's messages in English: the command line, its help and what the commands say as they work.
# Every message here has its twin in ../zh-HK/cli.ftl.
