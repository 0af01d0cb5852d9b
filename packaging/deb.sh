#!/usr/bin/env bash
# Builds the Debian package: target/debian/hkbm_VERSION-1_ARCH.deb.
# Needs cargo-deb (`cargo install cargo-deb --locked`).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
packaging/assets.sh target/release/hkbm
cargo deb --no-build --no-strip
