"""The Dutch UI: every string translated, placeholders kept, the .qm current, Qt's own buttons in Dutch."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "interview_guide" / "translations" / "interview_guide_nl.ts"


def messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) for every message of the Dutch .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") != "unfinished", (
                f"{name}: {message.findtext('source')!r} untranslated"
            )
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms))
    return found


def test_every_string_is_translated_and_keeps_its_placeholders() -> None:
    items = messages()
    assert len(items) > 300
    for context, source, forms in items:
        for form in forms:
            assert form.strip(), f"{context}: {source!r} has an empty translation"
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", form)), (
                context,
                source,
                form,
            )
            assert ("%n" in source) == ("%n" in form), (context, source, form)
            assert source.count("\n") == form.count("\n"), (context, source, form)


def test_ts_and_qm_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def dutch(qapp: QApplication, data_dir: Path):  # type: ignore[no-untyped-def]
    from interview_guide.app import build_window, create_context
    from interview_guide.i18n import install_translators

    context = create_context("nl")
    window = build_window(context)
    yield window
    window.set_close_guard(lambda: True)
    window.close()
    context.autosave.stop(keep_session=False)
    install_translators(qapp, "en")


def test_the_window_speaks_dutch(dutch) -> None:  # type: ignore[no-untyped-def]
    menus = [action.text() for action in dutch.menuBar().actions()]
    assert "&Bestand" in menus
    assert dutch.start.new_button.text() != "Start new hearing"
    # Qt's own buttons come from qtbase_nl.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
