"""Extract the UI strings into the Dutch .ts file (keeping existing translations) and compile the .qm.

    .venv/bin/python scripts/update_translations.py          update .ts and .qm
    .venv/bin/python scripts/update_translations.py --check  exit 1 if either is out of date

The English UI is the source text; Dutch translations are edited in
interview_guide/translations/interview_guide_nl.ts (Qt Linguist, or any XML editor).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "interview_guide"
TS = PACKAGE / "translations" / "interview_guide_nl.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to this Python."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(candidate) if candidate.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    """The Python files with UI strings (the Qt layer)."""
    files = [PACKAGE / "app.py", PACKAGE / "i18n.py", *sorted((PACKAGE / "ui").rglob("*.py"))]
    return [f for f in files if f.name != "__init__.py" or f.stat().st_size > 200]


def extract(ts: Path) -> None:
    """Run lupdate: add new strings to ``ts``, mark vanished ones obsolete, keep translations."""
    subprocess.run(
        [tool("lupdate"), *map(str, sources()), "-source-language", "en", "-target-language", "nl",
         "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    """Run lrelease: compile ``ts`` into ``qm``."""
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that .ts and .qm are current")
    args = parser.parse_args()
    if not args.check:
        extract(TS)
        compile_qm(TS, QM)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / TS.name, Path(tmp) / QM.name
        shutil.copy(TS, ts)
        extract(ts)
        compile_qm(TS, qm)
        stale = []
        if ts.read_bytes() != TS.read_bytes():
            stale.append(f"{TS.relative_to(ROOT)} lacks strings now in the code")
        if not QM.exists() or qm.read_bytes() != QM.read_bytes():
            stale.append(f"{QM.relative_to(ROOT)} is not compiled from the current .ts")
    for line in stale:
        print(line, file=sys.stderr)
    if stale:
        print("run: .venv/bin/python scripts/update_translations.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
