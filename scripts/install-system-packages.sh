#!/bin/sh
# Installs the Debian packages Interview Guide needs, and only those that are missing.
#   sh scripts/install-system-packages.sh          what the app needs (Python venv, Qt's libraries, fonts)
#   sh scripts/install-system-packages.sh --test   plus what the tests need (LibreOffice, poppler, Xvfb)
#   sh scripts/install-system-packages.sh --bundle plus what scripts/build-bundle.sh needs (Python's shared
#                                                  library, binutils for PyInstaller, the fonts it carries)
# Runs apt-get as root, or through sudo for a normal user. Does nothing when all are present.
set -eu

packages="python3 python3-venv
  libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core"
if [ "${1:-}" = "--test" ]; then
  packages="$packages libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-noto-ui-core xvfb xauth"
fi
if [ "${1:-}" = "--bundle" ]; then
  # The bundle is frozen from Debian's own Python (libpython3.N is its shared library) and carries
  # Noto Sans Arabic UI (Farsi and Arabic) and DejaVu Sans (Latin) from Debian's font packages.
  python_version=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo 3.11)
  packages="$packages libpython$python_version binutils fonts-noto-ui-core"
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-packages: not a Debian-like system; install the equivalents of: $packages" >&2
  exit 0
fi

missing=""
for package in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $package" ;;
  esac
done
[ -z "$missing" ] && exit 0

echo "install-system-packages: installing$missing" >&2
if [ "$(id -u)" = "0" ]; then
  run=""
elif command -v sudo >/dev/null 2>&1; then
  run="sudo"
else
  echo "install-system-packages: need root (or sudo) to install:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -q
# shellcheck disable=SC2086
$run apt-get install -y -q --no-install-recommends $missing
