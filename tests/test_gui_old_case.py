"""A case recorded with the 1.0 banks, opened in the window of the 2.0 banks: its entries show on their
theme pages, and Ctrl+F on a question that the newer bank removed drafts an own follow-up."""

from __future__ import annotations

import shutil
from pathlib import Path

from interview_guide.app import AppContext
from interview_guide.ui.main_window import MainWindow

OLD_CASE = Path(__file__).resolve().parent / "data" / "old_cases" / "banks-1.0.igcase"


def test_follow_up_on_a_removed_question_drafts_an_own_follow_up(
    window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    target = tmp_path / "old.igcase"
    shutil.copy(OLD_CASE, target)
    assert context.features is not None and context.features.files.open_path(target)
    hearing = context.controller.require()
    old = next(e for e in hearing.entries if e.question_id == "childhood-friendships")
    assert window.wizard is not None
    pages = window.wizard.page_list
    row = next(r for r in range(pages.count()) if pages.item(r).text().startswith("Situations"))
    pages.itemClicked.emit(pages.item(row))
    page = window.current_theme_page()
    assert page is not None and page.theme.id == "experiences-and-meaning"
    # The old entries of this theme are listed on its page, as they were asked.
    assert old.number in [e.number for e in hearing.entries if e.theme_id == page.theme.id]
    page.panel.show_entry(old.number)
    count = len(hearing.entries)
    page.follow_up()  # Ctrl+F: the 2.0 bank has no "childhood-friendships" and so no follow-ups for it
    assert len(hearing.entries) == count
    assert page.panel.number == 0  # an own follow-up is being drafted
