#!/usr/bin/env bash
# Installs the Debian 12 packages Daicho needs to build, test and run, when they
# are missing. Sourced by run.sh and test.sh; uses sudo when not root.
set -euo pipefail

DAICHO_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-translations-l10n
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev fonts-noto-cjk xvfb xauth poppler-utils sqlite3 python3
  qt6-svg-dev qt6-pdf-dev libxlsxwriter-dev libminizip-dev zlib1g-dev libssl-dev unzip
)

daicho_install_deps() {
  local missing=()
  for p in "${DAICHO_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
