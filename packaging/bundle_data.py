"""The runtime dependencies of Interview Guide and the data files they need, for the bundle.

Used by the PyInstaller spec (to collect the data of every runtime dependency, so that a new
dependency with word lists or templates is carried without anyone remembering to add it) and by
``check_bundle.py`` (to prove afterwards that every such file is in the bundle).
"""

from __future__ import annotations

from importlib.metadata import Distribution, PackageNotFoundError, distribution, packages_distributions
from pathlib import PurePosixPath

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

APP = "interview-guide"
# Collected by PyInstaller's Qt hooks (filtered by qt_selection.py), and checked separately.
QT_PACKAGES = {"pyside6-essentials", "shiboken6"}
# Files that are code, build inputs or type information, not data read at run time.
NOT_DATA_SUFFIXES = {
    ".py",
    ".pyc",
    ".pyi",
    ".so",
    ".pyd",
    ".dll",
    ".dylib",
    ".h",
    ".c",
    ".pxd",
    ".pyx",
    ".pxi",
}
NOT_DATA_NAMES = {"py.typed", "RECORD", "INSTALLER", "REQUESTED", "WHEEL", "METADATA"}
# Glob patterns for collect_data_files with the same meaning.
NOT_DATA_GLOBS = [f"**/*{suffix}" for suffix in sorted(NOT_DATA_SUFFIXES)] + ["**/py.typed"]


def runtime_distributions(name: str = APP) -> dict[str, Distribution]:
    """The installed distributions ``name`` needs at run time (its requirement closure, no extras)."""
    found: dict[str, Distribution] = {}
    pending = [name]
    while pending:
        wanted = pending.pop()
        try:
            dist = distribution(wanted)
        except PackageNotFoundError:
            continue  # a requirement for another platform or Python (markers are checked below)
        key = canonicalize_name(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            pending.append(requirement.name)
    return found


def import_names(dists: dict[str, Distribution]) -> dict[str, list[str]]:
    """Top-level import names of each distribution (canonical name -> names)."""
    names: dict[str, list[str]] = {key: [] for key in dists}
    for top, owners in packages_distributions().items():
        for owner in owners:
            key = canonicalize_name(owner)
            if key in names and top not in names[key]:
                names[key].append(top)
    return names


def is_data_file(path: PurePosixPath) -> bool:
    """Whether a file of an installed distribution is data read at run time (not code or metadata)."""
    if any(part.endswith((".dist-info", ".egg-info")) or part == "__pycache__" for part in path.parts):
        return False
    if path.parts[0] in ("..", "bin"):  # scripts and files outside site-packages
        return False
    return path.suffix not in NOT_DATA_SUFFIXES and path.name not in NOT_DATA_NAMES


def data_files(dist: Distribution) -> list[PurePosixPath]:
    """The data files a distribution installed, relative to site-packages."""
    return sorted(
        PurePosixPath(str(file)) for file in dist.files or () if is_data_file(PurePosixPath(str(file)))
    )
