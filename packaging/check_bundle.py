"""Checks a freshly built bundle before anyone runs it: run by scripts/build-bundle.sh after PyInstaller.

    python packaging/check_bundle.py dist/interview-guide

Run with the build virtualenv's Python (it compares the bundle with what is installed there). Prints
one line per problem and exits 1 if there is any:

- the executable, the app's data (banks, templates, translations, qtbase_nl) and the fonts are there;
- every data file of every runtime dependency is there, at the path the dependency reads it from;
- of Qt, only the Python modules the app imports (QtCore, QtGui, QtWidgets) are there;
- SYSTEM-PACKAGES.txt names no Python and no Qt package, and (on a Debian-like system) every library
  a bundled binary links that the bundle does not carry comes from a package it names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_data import APP, QT_PACKAGES, data_files, runtime_distributions

QT_PYTHON_MODULES = {"QtCore", "QtGui", "QtWidgets"}
# Libraries that every Debian system has (libc6 is Essential) and need not be listed.
ESSENTIAL_PACKAGES = {"libc6"}
FORBIDDEN_PACKAGE = re.compile(r"^(python|libpython|pyside|shiboken|libqt|qt[0-9]|qml)", re.IGNORECASE)


def system_packages(bundle: Path) -> tuple[list[str], list[str]]:
    """The package names in SYSTEM-PACKAGES.txt, and problems with the file."""
    path = bundle / "SYSTEM-PACKAGES.txt"
    if not path.is_file():
        return [], [f"{path}: missing"]
    names: list[str] = []
    problems: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", line):
            problems.append(f"{path}:{number}: not a Debian package name: {line!r}")
        elif FORBIDDEN_PACKAGE.match(line):
            problems.append(f"{path}:{number}: {line} is a Python or Qt package; the bundle carries those")
        names.append(line)
    return names, problems


def check_contents(bundle: Path) -> list[str]:
    """The executable, the app's data, the fonts and Qt's Dutch translation."""
    internal = bundle / "_internal"
    windows = sys.platform == "win32"
    wanted = [bundle / ("interview-guide.exe" if windows else "interview-guide")]
    wanted += [internal / "interview_guide" / "translations" / "interview_guide_nl.qm"]
    wanted += [internal / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm"] if not windows else []
    problems = [f"{path}: missing" for path in wanted if not path.is_file()]
    for folder, pattern in (
        ("question_banks", "*.yaml"),
        ("question_banks/compiled", "*.json"),
        ("report_templates", "*.docx"),
    ):
        if not list((internal / "interview_guide" / folder).glob(pattern)):
            problems.append(f"{internal / 'interview_guide' / folder}: no {pattern}")
    # Windows' own fonts render Farsi and Arabic; elsewhere the bundle must carry one.
    fonts = [p.name for p in (internal / "interview_guide" / "fonts").glob("*.ttf")]
    if not windows and not any("Arabic" in name for name in fonts):
        problems.append(f"{internal / 'interview_guide' / 'fonts'}: no font for Farsi and Arabic")
    return problems


def check_dependency_data(bundle: Path) -> list[str]:
    """Every data file of every runtime dependency is in the bundle."""
    internal = bundle / "_internal"
    problems: list[str] = []
    for key, dist in sorted(runtime_distributions().items()):
        if key in QT_PACKAGES:
            continue
        for file in data_files(dist):
            if key == canonical(APP) and file.suffix == ".ts":
                continue  # translation sources; the compiled .qm files are what the app loads
            if not (internal / Path(*PurePosixPath(file).parts)).is_file():
                problems.append(f"{key}: data file {file} is not in the bundle")
    return problems


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def check_qt_modules(bundle: Path) -> list[str]:
    """Only the Qt modules the app imports."""
    folder = bundle / "_internal" / "PySide6"
    present = {path.name.split(".")[0] for path in folder.glob("Qt*.*") if path.suffix in (".so", ".pyd")}
    extra = sorted(present - QT_PYTHON_MODULES)
    return [f"{folder}: Qt module {name} is carried but the app does not use it" for name in extra]


def linked_outside(bundle: Path) -> dict[str, set[str]]:
    """Libraries (name -> resolved path) that binaries in the bundle link and the bundle does not carry."""
    carried = {path.name for path in bundle.rglob("*") if path.is_file()}
    outside: dict[str, set[str]] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False)
        for needed in re.findall(r"^\s*NEEDED\s+(\S+)$", dump.stdout, re.MULTILINE):
            if needed not in carried:
                outside.setdefault(needed, set()).add(str(path.relative_to(bundle)))
    return outside


def check_system_packages(bundle: Path) -> list[str]:
    """SYSTEM-PACKAGES.txt is well-formed and covers every library the bundle expects from the system."""
    names, problems = system_packages(bundle)
    if sys.platform != "linux" or shutil.which("dpkg") is None or shutil.which("objdump") is None:
        return problems
    listed = set(names) | ESSENTIAL_PACKAGES
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for library, users in sorted(linked_outside(bundle).items()):
        match = re.search(rf"^\s*{re.escape(library)} \(libc6,x86-64[^)]*\) => (\S+)$", cache, re.MULTILINE)
        if match is None:
            problems.append(f"{library} (linked by {min(users)}) is neither in the bundle nor on this system")
            continue
        owner = subprocess.run(["dpkg", "-S", match.group(1)], capture_output=True, text=True, check=False)
        if owner.returncode != 0:  # /lib is a link to /usr/lib on merged-/usr systems
            real = str(Path(match.group(1)).resolve())
            owner = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True, check=False)
        package = owner.stdout.split(":", 1)[0].strip()
        if package not in listed:
            problems.append(
                f"{library} (linked by {min(users)}) comes from the Debian package {package or '?'}, "
                "which SYSTEM-PACKAGES.txt does not name"
            )
    return problems


def main() -> int:
    bundle = Path(sys.argv[1])
    problems = (
        check_contents(bundle)
        + check_dependency_data(bundle)
        + check_qt_modules(bundle)
        + check_system_packages(bundle)
    )
    for problem in problems:
        print(f"check-bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
