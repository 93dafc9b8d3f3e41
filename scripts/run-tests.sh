#!/bin/sh
# Installs what is missing and runs the whole test suite (extra arguments go to pytest).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
