#!/bin/sh
# Sets up Interview Guide from this checkout: Debian packages, a virtualenv in .venv, the package.
#   sh scripts/setup.sh          to run the app
#   sh scripts/setup.sh --test   to run the tests too (adds LibreOffice and the test tools)
set -eu
cd "$(dirname "$0")/.."

sh scripts/install-system-packages.sh "$@"

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: Interview Guide needs Python 3.11 or newer as '$python' (set PYTHON=...)" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install --quiet -e ".[test]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
