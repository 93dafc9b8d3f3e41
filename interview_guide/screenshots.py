"""Renders every page of the window on the demo case into PNG files (for the README and for review).

It builds the app as ``app.run_app`` does, so it sits beside the composition root, above ``ui/``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from interview_guide.app import build_window, create_context
from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.text import Lang
from interview_guide.demo import build_demo_case

SIZE = (1280, 800)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "page"


def take_screenshots(folder: Path, lang: Lang, claim: str = "both") -> list[Path]:
    """Render the start screen and every wizard page on the demo hearing at 1280x800.

    Returns:
        The files written, in page order.

    Raises:
        InterviewGuideError: the folder cannot be created or a file cannot be written.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InterviewGuideError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from None
    context = create_context(lang)
    window = build_window(context)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []

    def grab(name: str) -> None:
        QApplication.processEvents()
        path = folder / f"{len(written):02d}-{name}.png"
        if not window.grab().save(str(path)):
            raise InterviewGuideError(f"{path}: cannot be written")
        written.append(path)

    grab("start")
    context.controller.load(build_demo_case(claim, lang), path=None, demo=True)
    wizard = window.wizard
    assert wizard is not None
    for page_id in wizard.pageIds():
        wizard.go_to(page_id)
        grab(_slug(wizard.page(page_id).title()))
    window.set_close_guard(lambda: True)
    window.close()
    context.autosave.stop(keep_session=False)
    return written
