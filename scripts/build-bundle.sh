#!/bin/sh
# Builds the self-contained bundle of Interview Guide into dist/interview-guide/ (Linux).
#
#   ./scripts/build-bundle.sh
#
# From a fresh clone on Debian 12 (or Ubuntu 22.04+), as root or with sudo: installs the Debian
# packages it needs, makes a build virtualenv in build/bundle/venv from Debian's Python, installs the
# pinned freezer (PyInstaller, packaging/requirements-build.txt) and the app with its pinned
# dependencies (packaging/constraints.txt), and freezes it with packaging/interview-guide.spec.
#
# The result runs without Python or Qt on the machine: dist/interview-guide/interview-guide, with the
# Debian packages it still needs listed in dist/interview-guide/SYSTEM-PACKAGES.txt. Copy or move the
# folder anywhere. Windows: packaging/windows/build-bundle.ps1.
#
# Environment: BUNDLE_PYTHON (default /usr/bin/python3, Debian's Python).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)

if [ "$(uname -s)" != "Linux" ]; then
  echo "build-bundle: this script builds the Linux bundle; on Windows run packaging/windows/build-bundle.ps1" >&2
  exit 2
fi

sh scripts/install-system-packages.sh --bundle

python=${BUNDLE_PYTHON:-/usr/bin/python3}
work=build/bundle
venv=$work/venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sys; sys.exit(0)' 2>/dev/null; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r packaging/requirements-build.txt
# A regular (not editable) install: the package data (banks, templates, translations) sits inside the
# installed package, where the spec collects it. setuptools builds in build/lib: start it clean, so
# that no module deleted from the source tree survives in the bundle.
rm -rf build/lib build/bdist.*
"$venv/bin/python" -m pip install --quiet -c packaging/constraints.txt .
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps .

# The fonts the bundle carries, with their licences (from Debian's font packages).
fonts=$work/fonts
rm -rf "$fonts"
mkdir -p "$fonts"
for font in /usr/share/fonts/truetype/noto/NotoSansArabicUI-Regular.ttf \
  /usr/share/fonts/truetype/noto/NotoSansArabicUI-Bold.ttf \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
  /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf; do
  cp "$font" "$fonts/"
done
cp /usr/share/doc/fonts-noto-ui-core/copyright "$fonts/NotoSansArabicUI-LICENSE.txt"
cp /usr/share/doc/fonts-dejavu-core/copyright "$fonts/DejaVuSans-LICENSE.txt"

rm -rf dist/interview-guide
IG_BUNDLE_FONTS="$root/$fonts" "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath "$work/pyinstaller" packaging/interview-guide.spec

bundle=dist/interview-guide
cp packaging/linux/system-packages.txt "$bundle/SYSTEM-PACKAGES.txt"
"$venv/bin/python" packaging/check_bundle.py "$bundle"

elapsed=$(( $(date +%s) - started ))
size=$(du -sm "$bundle" | cut -f1)
echo "build-bundle: $bundle ($size MB) built in ${elapsed} s; run $bundle/interview-guide --help"
