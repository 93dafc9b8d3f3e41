"""Where the installed package keeps its data: question banks, report templates, translations.

The folders sit at the top of the source tree and are installed inside the package (see
pyproject.toml), so they are found next to the package code, never through the current folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    # A source checkout (editable install or PYTHONPATH): the folder beside the package.
    return _PACKAGE.parent / name


def banks_dir() -> Path:
    """The folder with the shipped question banks."""
    return _data_dir("question_banks")


def templates_dir() -> Path:
    """The folder with the shipped Word report templates."""
    return _data_dir("report_templates")


def fonts_dir() -> Path:
    """The folder with the fonts the self-contained bundle carries (absent in a developer install)."""
    return _PACKAGE / "fonts"


def translations_dir() -> Path:
    """The folder with the compiled UI translations (.qm)."""
    return _PACKAGE / "translations"
