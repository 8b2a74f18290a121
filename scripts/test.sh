#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
daicho_install_deps
python3 scripts/ts_tool.py check
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDAICHO_WERROR=ON -DDAICHO_BUILD_BENCH=OFF >/dev/null
cmake --build build-test
# The layers: core links neither Widgets nor Sql, db no Widgets, daicho-cli no Widgets.
if grep -rnE '#include *<(QtWidgets|QtSql|QWidget|QDialog|QMessageBox|QSql[A-Za-z]*|QApplication)[>/.]' core; then
  echo "core/ must not include Widgets or Sql headers" >&2; exit 1
fi
if grep -rnE '#include *<(QtWidgets|QWidget|QDialog|QMessageBox|QApplication)[>/.]' db; then
  echo "db/ must not include Widgets headers" >&2; exit 1
fi
if ldd build-test/app/daicho-cli | grep -q Widgets; then
  echo "daicho-cli must not link Qt Widgets" >&2; exit 1
fi
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build-test --output-on-failure -j2
