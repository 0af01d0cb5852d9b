#!/usr/bin/env bash
# Builds the Windows zip: target/hkbm-VERSION-windows-x86_64.zip with
# hkbm.exe, the README, the licence, the JSON Schemas and PowerShell completions.
# Needs the x86_64-pc-windows-gnu target (rustup) and Debian's gcc-mingw-w64-x86-64.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
cargo build --release --locked --target "$target"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
stage=target/windows-zip/hkbm-$version
rm -rf target/windows-zip
mkdir -p "$stage"
cp "target/$target/release/hkbm.exe" "$stage/"
cp README.md LICENSE "$stage/"
cp -r schema "$stage/"
# PowerShell completions, printed by this machine's build of the same version.
cargo build --release --locked
target/release/hkbm completions powershell >"$stage/hkbm.ps1"
zip_file="$PWD/target/hkbm-$version-windows-x86_64.zip"
rm -f "$zip_file"
(cd target/windows-zip && zip -qr "$zip_file" "hkbm-$version")
echo "wrote target/hkbm-$version-windows-x86_64.zip"
