#!/bin/sh
# Installs what is missing and starts Interview Guide (with the demo hearing unless arguments are given).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
if [ "$#" -eq 0 ]; then
  set -- gui --demo
fi
exec .venv/bin/interview-guide "$@"
