#!/bin/sh
# Runs the bundle in a bare Debian 12 where nothing else is installed: the smoke test of issue 16.
#
#   ./scripts/build-bundle.sh && ./scripts/test-bundle-debian.sh
#
# As root, on Debian or Ubuntu. Makes (once, then cached) a minimal Debian 12 with
# `debootstrap --variant=minbase bookworm`, copies it afresh for every run, installs into the copy only
# the packages dist/interview-guide/SYSTEM-PACKAGES.txt names (with --no-install-recommends), checks
# that the copy has no Python and no Qt, copies the bundle into a folder whose name has a space and
# non-ASCII letters, and runs it as an ordinary user under `env -i` with only HOME, PATH,
# INTERVIEW_GUIDE_DATA_DIR and QT_QPA_PLATFORM=offscreen (no LANG): --version, check-banks, demo-case,
# export (the .docx is then opened with python-docx outside), lint (also a blocked question and
# inflected Dutch), gui --demo --quit-when-shown and screenshots; renders again with no font on the
# system; moves the bundle elsewhere and runs it again; and opens a real X11 window on an Xvfb of the
# host. Ends with "N passed, M failed"; exit status 1 if anything failed.
#
# Environment:
#   BUNDLE_CHROOT_CACHE  where the cached base system and the run's copy live
#                        (default /var/cache/interview-guide-bundle-test; never inside the repository)
#   DEBIAN_MIRROR        default http://deb.debian.org/debian
#   BUNDLE_SCREENSHOTS   a folder to copy the screenshots taken in the bare system into (optional)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
bundle=$root/dist/interview-guide
cache=${BUNDLE_CHROOT_CACHE:-/var/cache/interview-guide-bundle-test}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
started=$(date +%s)

fail() { echo "test-bundle-debian: $*" >&2; exit 2; }
[ "$(id -u)" = "0" ] || fail "needs root (debootstrap and chroot)"
[ -x "$bundle/interview-guide" ] || fail "no bundle in $bundle: run ./scripts/build-bundle.sh first"
[ -x build/bundle/venv/bin/python ] || fail "no build virtualenv (build/bundle/venv): run ./scripts/build-bundle.sh"
case "$cache" in "$root"|"$root"/*) fail "BUNDLE_CHROOT_CACHE must be outside the repository" ;; esac
if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null
fi

# 1. The cached base system: made into a temporary folder and renamed only when complete.
base=$cache/bookworm-minbase
if [ ! -f "$base/.complete" ]; then
  echo "test-bundle-debian: making a minimal Debian 12 in $base (once; about a minute)"
  rm -rf "$base.partial" "$base"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$base.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    fail "debootstrap failed; see $cache/debootstrap.log"
  touch "$base.partial/.complete"
  mv "$base.partial" "$base"
fi

# 2. A fresh copy for this run, with /proc, and the downloaded packages kept for the next run.
run=$cache/run
xvfb=""
cleanup() {
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; xvfb=""; fi
  for mount in "$run/var/cache/apt/archives" "$run/proc" "$run/tmp/.X11-unix"; do
    if mountpoint -q "$mount" 2>/dev/null; then umount "$mount" || umount -l "$mount"; fi
  done
}
trap cleanup EXIT INT TERM
cleanup
rm -rf "$run"
cp -a "$base" "$run"
mkdir -p "$cache/apt-archives/partial"
mount --bind "$cache/apt-archives" "$run/var/cache/apt/archives"
mount -t proc proc "$run/proc"
cp /etc/resolv.conf "$run/etc/resolv.conf" 2>/dev/null || true
# This workplace reaches the mirror through a TLS-intercepting proxy: give the copy the host's CA
# bundle and apt proxy settings, if there are any, so apt inside can reach what the host reaches.
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  mkdir -p "$run/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$run/etc/ssl/certs/"
fi
for conf in /etc/apt/apt.conf.d/*proxy* /etc/apt/apt.conf.d/*Proxy*; do
  [ -f "$conf" ] && cp "$conf" "$run/etc/apt/apt.conf.d/"
done

# 3. Only the packages the bundle documents.
packages=$(grep -v '^[[:space:]]*#' "$bundle/SYSTEM-PACKAGES.txt" | tr -s ' \n' ' ')
echo "test-bundle-debian: installing into the bare system: $packages"
chroot "$run" sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -q &&
  apt-get install -y -q --no-install-recommends $packages" >"$cache/apt.log" 2>&1 ||
  fail "apt-get in the bare system failed; see $cache/apt.log"

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# 4. Nothing of Python or Qt in the bare system.
if chroot "$run" sh -c 'ls /usr/bin/python* /usr/lib/python3* /usr/local/bin/python* 2>/dev/null | grep -q .'; then
  bad "the bare system has Python"
else
  ok "the bare system has no Python"
fi
if chroot "$run" sh -c 'ls /usr/lib/*/libQt* /usr/lib/libQt* 2>/dev/null | grep -q .'; then
  bad "the bare system has Qt libraries"
else
  ok "the bare system has no Qt"
fi

# 5. The bundle, in a folder with a space and non-ASCII letters, run by an ordinary user.
chroot "$run" sh -c 'id officer >/dev/null 2>&1 || useradd --create-home --uid 4242 officer'
place="/opt/Programmas van de IND/Interview Guide é"
mkdir -p "$run$place"
cp -a "$bundle/." "$run$place/"
chroot "$run" chown -R officer "/opt/Programmas van de IND"
home=/home/officer
ig() {  # runs the bundle in the bare system: ig OUT ERR ARGS...
  out=$1 err=$2
  shift 2
  chroot --userspec=officer:officer "$run" /usr/bin/env -i HOME=$home PATH=/usr/bin:/bin \
    INTERVIEW_GUIDE_DATA_DIR=$home/data QT_QPA_PLATFORM=offscreen "$place/interview-guide" "$@" \
    >"$run$home/$out" 2>"$run$home/$err"
}
check() {  # check NAME EXPECTED_STATUS ARGS...: runs, then checks the status and that no traceback escaped
  name=$1 expected=$2
  shift 2
  status=0
  ig "$name.out" "$name.err" "$@" || status=$?
  if [ "$status" != "$expected" ]; then
    bad "$name: exit status $status, expected $expected: $(head -c 600 "$run$home/$name.err")"
    return 1
  fi
  if grep -q "Traceback" "$run$home/$name.err" "$run$home/$name.out"; then
    bad "$name: a traceback: $(head -c 600 "$run$home/$name.err")"
    return 1
  fi
  return 0
}
has() {  # has NAME FILE TEXT: the output file contains TEXT
  if grep -qF -- "$3" "$run$home/$2"; then ok "$1"; else bad "$1: no '$3' in $(head -c 400 "$run$home/$2")"; fi
}

# Every library each binary of the bundle links is found (in the bundle or the documented packages).
missing=$(chroot "$run" sh -c 'cd "$1/_internal" && find . -type f \( -name "*.so*" -o -name "*.abi3.so" \) |
  while read -r f; do LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" ldd "$f" 2>/dev/null |
  sed -n "s|^[[:space:]]*\([^ ]*\) => not found.*|$f: \1|p"; done' sh "$place")
if [ -z "$missing" ]; then ok "every library the bundle links is found"; else bad "libraries not found: $missing"; fi

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' interview_guide/__init__.py)
check version 0 --version && has "--version" version.out "interview-guide $version"
check check-banks 0 check-banks && has "check-banks" check-banks.out "lgbti"
if check demo-case 0 demo-case -o "$home/demo.igcase" --claim both --lang nl; then
  has "demo-case" demo-case.out "entries"
fi
if check export 0 export "$home/demo.igcase" -o "$home/report.docx"; then
  if build/bundle/venv/bin/python - "$run$home/report.docx" <<'EOF'
import sys
import docx

document = docx.Document(sys.argv[1])
text = "\n".join(p.text for p in document.paragraphs)
tables = sum(len(t.rows) for t in document.tables)
assert len(text) > 2000 and tables > 10, (len(text), tables)
print(f"report: {len(document.paragraphs)} paragraphs, {tables} table rows")
EOF
  then ok "export: the .docx opens in python-docx outside the bare system"; else bad "export: the .docx does not open"; fi
fi
check lint 0 lint "Wanneer wist u dat u homo bent?" && has "lint: a flagged question, exit 0" lint.out "NOT OK"
check lint-blocked 0 lint "Kunt u foto's laten zien van de seks met uw partner?" &&
  has "lint: a blocked question, exit 0" lint-blocked.out "block"
# Inflected Dutch: only the lemmatiser (simplemma, issue 11) reads "kleedde ... uit" as "uitkleden".
inflected="Kleedde hij zich uit toen jullie alleen waren?"
if [ -d "$bundle/_internal/simplemma" ]; then
  check lint-inflected 0 lint --lang nl "$inflected" &&
    has "lint: inflected Dutch, through the bundled lemmatiser's dictionaries" lint-inflected.out "sexual-explicit"
else
  check lint-inflected 0 lint --lang nl "$inflected" &&
    has "lint: inflected Dutch (this version has no lemmatiser)" lint-inflected.out ": $inflected"
fi
check lint-utf8 0 lint --json "Heeft u één keer gebeden?" && has "lint: UTF-8 output without LANG" lint-utf8.out "één"
check demo-utf8 0 demo-case -o "$home/é-فارسی.igcase" && if [ -f "$run$home/é-فارسی.igcase" ]; then
  ok "demo-case: a non-ASCII file name without LANG"
else bad "demo-case: no file with a non-ASCII name"; fi
check user-error 2 export "$home/no-such.igcase" -o "$home/x.docx" &&
  if [ "$(wc -l <"$run$home/user-error.err")" -le 1 ]; then ok "a user error: exit 2, one line"; else
    bad "a user error printed more than one line"; fi
if check gui 0 gui --demo --quit-when-shown; then
  if grep -qiE "could not|cannot|failed|not found" "$run$home/gui.err"; then
    bad "gui: warnings at start: $(head -c 600 "$run$home/gui.err")"
  else ok "gui --demo --quit-when-shown"; fi
fi
if check screenshots 0 screenshots "$home/shots" --lang nl; then
  count=$(ls "$run$home/shots" | grep -c '\.png$' || true)
  if [ "$count" -ge 8 ]; then ok "screenshots: $count pages rendered"; else bad "screenshots: only $count pages"; fi
  if [ -n "${BUNDLE_SCREENSHOTS:-}" ]; then mkdir -p "$BUNDLE_SCREENSHOTS" && cp "$run$home/shots/"*.png "$BUNDLE_SCREENSHOTS/"; fi
fi

# 6. No font at all on the system: the fonts the bundle carries render the same page (Persian script
# included). Above the status bar (whose autosave time differs) both renderings must be the same pixels.
rm -rf "$run/usr/share/fonts/"*
if check no-fonts 0 screenshots "$home/shots-no-fonts" --lang nl; then
  if QT_QPA_PLATFORM=offscreen build/bundle/venv/bin/python -c '
import sys
from PySide6.QtGui import QImage
first, second = (QImage(path) for path in sys.argv[1:3])
height = first.height() - 40
same = first.copy(0, 0, first.width(), height) == second.copy(0, 0, second.width(), height)
sys.exit(0 if same and not first.isNull() else 1)
' "$run$home/shots/02-"*.png "$run$home/shots-no-fonts/02-"*.png; then
    ok "no system fonts: the page with Persian script renders the same from the bundled fonts"
  else bad "no system fonts: the page renders differently (fonts not carried or not registered)"; fi
fi

# 7. Relocatable: the folder moved elsewhere still runs.
moved="/srv/elders"
mkdir -p "$run$moved"
mv "$run$place" "$run$moved/ig"
place="$moved/ig"
check moved 0 check-banks && has "relocated: check-banks from another folder" moved.out "conversion"
check moved-gui 0 gui --demo --quit-when-shown && ok "relocated: gui --demo --quit-when-shown"

# 8. A real X11 window (Qt's xcb platform, not offscreen) on an Xvfb server of the host, whose socket
# is the only thing shared with the bare system: the documented packages are enough for a display.
if command -v Xvfb >/dev/null 2>&1; then
  Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$cache/xvfb.display" >"$cache/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$cache/xvfb.display" ] && break; sleep 0.1; done
  display=":$(cat "$cache/xvfb.display")"
  mkdir -p "$run/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$run/tmp/.X11-unix"
  status=0
  chroot --userspec=officer:officer "$run" /usr/bin/env -i HOME=$home PATH=/usr/bin:/bin \
    INTERVIEW_GUIDE_DATA_DIR=$home/data DISPLAY="$display" "$place/interview-guide" gui --demo --quit-when-shown \
    >"$run$home/x11.out" 2>"$run$home/x11.err" || status=$?
  if [ "$status" = 0 ] && ! grep -q "Traceback" "$run$home/x11.err"; then
    ok "a real X11 window (xcb) with only the documented packages"
  else bad "X11 window: exit status $status: $(head -c 600 "$run$home/x11.err")"; fi
  cleanup
else
  bad "no Xvfb on this machine to test a real window (apt-get install xvfb)"
fi

elapsed=$(( $(date +%s) - started ))
echo "test-bundle-debian: bundle $(du -sm "$bundle" | cut -f1) MB; bare-Debian run took ${elapsed} s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
