#!/usr/bin/env bash
# Generates what the packages carry besides the program: the manual pages
# (hkbm.1 and one page per command) and shell completions, all from the
# command line's own definitions, into target/assets/.
# Usage: packaging/assets.sh PATH/TO/hkbm
set -euo pipefail
cd "$(dirname "$0")/.."
hkbm=${1:-target/release/hkbm}
out=target/assets
rm -rf "$out"
mkdir -p "$out/man" "$out/completions"

"$hkbm" man >"$out/man/hkbm.1"
# hkbm.1 names each command's page as hkbm-COMMAND(1): write every one.
for command in $(grep -o 'hkbm\\-[a-z]*(1)' "$out/man/hkbm.1" | sed 's/hkbm\\-\(.*\)(1)/\1/'); do
  "$hkbm" man "$command" >"$out/man/hkbm-$command.1"
done
gzip -9n "$out"/man/*.1

"$hkbm" completions bash >"$out/completions/hkbm"
"$hkbm" completions zsh >"$out/completions/_hkbm"
"$hkbm" completions fish >"$out/completions/hkbm.fish"
"$hkbm" completions powershell >"$out/completions/hkbm.ps1"
ls "$out/man" | wc -l | xargs printf 'assets: %s manual pages and 4 completion files\n'
