"""Pages are built when first shown (issue 10, point 11): opening a hearing builds only the page on
screen, and what the window's features add to a page (the checker badge, the trainer's annotation bar,
the question-quality summary, the Finalise button, the guidance state) is there when a page is built
later.
"""

from __future__ import annotations

from gui_helpers import go_to_theme, jump
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from interview_guide.ui.checker.summary_view import QuestionQualityView
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.trainer.annotation_bar import AnnotationBar
from interview_guide.ui.widgets.checker_badge import CheckerBadge


def record_pages(window: MainWindow) -> list[RecordPage]:
    assert window.wizard is not None
    return [page for page in window.wizard.hearing_pages.in_order() if isinstance(page, RecordPage)]


def test_opening_a_hearing_builds_only_the_page_on_screen(demo_window: MainWindow) -> None:
    assert demo_window.wizard is not None
    pages = record_pages(demo_window)
    built = [page for page in pages if page.built]
    assert built == [demo_window.wizard.currentPage()], [page.title() for page in built]
    assert len(pages) > 10  # the demo has many pages: the others wait


def test_a_theme_page_built_later_gets_the_badge_the_bar_and_the_guidance_state(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    assert demo_window.wizard is not None
    demo_window.commands["guidance"].trigger()  # guidance on while the theme pages are not built yet
    assert demo_window.commands["guidance"].isChecked()
    target = demo_window.wizard.theme_pages()[2]
    assert not target.built
    page = go_to_theme(demo_window, target.theme.id)
    qtbot.waitUntil(lambda: page.isVisible())
    assert page.built
    assert len(page.panel.findChildren(CheckerBadge, "checkerBadge")) == 1
    assert len(page.panel.findChildren(AnnotationBar)) == 1
    assert page.guidance_button.isChecked()
    page.ensure_built()  # a second call builds nothing twice
    assert len(page.panel.findChildren(CheckerBadge, "checkerBadge")) == 1


def test_the_review_page_built_later_gets_the_summary_and_the_finalise_button(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    assert demo_window.wizard is not None
    review = demo_window.wizard.hearing_pages.review
    assert not review.built
    jump(demo_window, review.title())
    qtbot.waitUntil(lambda: review.isVisible())
    assert review.built
    assert len(review.findChildren(QuestionQualityView)) == 1
    assert review.findChild(QPushButton, "finaliseButton") is not None


def test_a_page_jumped_to_is_built_also_backwards_and_with_the_window_hidden(demo_window: MainWindow) -> None:
    """QWizard initialises a page only going forward, and a hidden page gets no show event: code that
    jumps to a page and then uses its widgets (recovery, the language switch) still finds them."""
    wizard = demo_window.wizard
    assert wizard is not None
    wizard.go_to_page(wizard.hearing_pages.corrections)  # the last page: every other jump goes back
    demo_window.hide()
    target = wizard.theme_pages()[3]
    assert not target.built
    wizard.go_to_page(target)
    assert wizard.currentPage() is target
    assert target.built
    number = target.entry_view.mapToSource(target.entry_view.index(0, 0)).row() + 1
    assert number > 0
    target.panel.show_entry(number)
    assert target.panel.number == number
