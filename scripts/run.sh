#!/usr/bin/env bash
# Installs what is missing, builds Daicho (Release) and opens it on the demo register.
# With no display it writes a screenshot and the demo register's JSON export instead.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
daicho_install_deps
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DDAICHO_BUILD_TESTS=OFF >/dev/null
cmake --build build-release --target daicho daicho-cli
exec ./build-release/app/daicho "$@"
