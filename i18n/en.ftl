# hkbm's messages in English. Every message here has its twin in zh-HK.ftl
# (a test checks both files hold the same ids, and that the code uses each).

## Tests of the catalogue itself
test-count = { $n ->
    [one] { NUMBER($n) } item
   *[other] { NUMBER($n) } items
}
test-name = Hello, { $name }
