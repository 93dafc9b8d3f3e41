"""The bundle's fonts are registered with Qt at start (Farsi and Arabic on a machine without such fonts)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

from interview_guide.ui import fonts

# The fonts the bundle carries, from fonts-noto-ui-core and fonts-dejavu-core (the set-up script).
NOTO_ARABIC = Path("/usr/share/fonts/truetype/noto/NotoSansArabicUI-Regular.ttf")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PERSIAN = "همجنس‌گرا پچژ تعمید".replace(" ", "").replace("\u200c", "")


def test_register_fonts_adds_the_families_in_the_folder_once(qapp: QApplication, tmp_path: Path) -> None:
    shutil.copy(NOTO_ARABIC, tmp_path / "NotoSansArabicUI-Regular.ttf")
    shutil.copy(DEJAVU, tmp_path / "DejaVuSans.ttf")
    (tmp_path / "NotoSansArabicUI-LICENSE.txt").write_text("licence", encoding="utf-8")
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    expected = ["DejaVu Sans", "Noto Sans Arabic UI"]
    assert fonts.register_fonts(tmp_path) == expected
    assert fonts.register_fonts(tmp_path) == expected  # a second window adds nothing twice
    raw = QRawFont.fromFont(QFont("Noto Sans Arabic UI"))
    assert raw.familyName() == "Noto Sans Arabic UI"
    assert all(raw.supportsCharacter(ord(char)) for char in PERSIAN)


def test_a_developer_install_has_no_fonts_folder(qapp: QApplication, tmp_path: Path) -> None:
    assert fonts.register_fonts(tmp_path / "missing") == []
