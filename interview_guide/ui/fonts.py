"""The fonts the self-contained bundle carries, registered with Qt at start.

The bundle ships a font for Farsi and Arabic (Noto Sans Arabic UI) and one for Latin text (DejaVu
Sans), so an applicant's name in Persian script renders on a machine with no such font installed. A
developer install has no fonts folder and uses the system's fonts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from interview_guide.resources import fonts_dir

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_registered: dict[Path, list[str]] = {}  # file -> its families, so a second window adds nothing twice


def register_fonts(folder: Path | None = None) -> list[str]:
    """Register every font file in ``folder`` (default: the bundle's fonts folder) with Qt.

    Needs a QGuiApplication. A file Qt cannot read is skipped (the system's fonts remain).

    Returns:
        The font families that were added.
    """
    folder = fonts_dir() if folder is None else folder
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.extend(f for f in _registered[path] if f not in families)
    return families
