# hkbm's messages in English: the text outputs of the commands: summary, compare, aggregate, actions.
# Every message here has its twin in ../zh-HK/outputs.ftl.
