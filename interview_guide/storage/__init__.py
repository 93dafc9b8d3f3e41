"""Everything that touches the disk: case files, banks, autosave, encryption. No Qt."""

from __future__ import annotations

from pathlib import Path

from interview_guide.core.hearing import Hearing
from interview_guide.storage.case_file import load_plain, save_plain


def load_case(path: str | Path) -> Hearing:
    """Load a case file.

    Raises:
        CaseFileError: the file is missing, damaged, foreign or from a newer version.
    """
    return load_plain(Path(path))


def save_case(hearing: Hearing, path: str | Path) -> None:
    """Save a case file atomically; the record itself is not changed.

    Raises:
        WriteError: the file cannot be written (the old file stays as it was).
    """
    save_plain(hearing, Path(path))


__all__ = ["load_case", "save_case"]
