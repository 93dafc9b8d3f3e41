"""Driver for tests/test_x11_shortcuts.py: on a real X11 display, Ctrl+E typed in a line field of the
main window must open the own-question box (prints where the focus ended up)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from interview_guide.app import build_window, create_context
from interview_guide.demo import build_demo_case


def main() -> None:
    app = QApplication([])
    context = create_context("nl")
    window = build_window(context)
    window.show()
    context.controller.load(build_demo_case("lgbti", "nl"), path=None, demo=True)
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    edit = window.findChild(QLineEdit, "vNumber")
    assert edit is not None
    edit.setFocus()
    edit.setCursorPosition(0)
    QTest.qWait(100)
    QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(300)
    focus = QApplication.focusWidget()
    page = window.wizard.currentPage() if window.wizard is not None else None
    print("FOCUS", focus.objectName() if focus is not None else "-", page.objectName() if page else "-")
    context.autosave.stop(keep_session=False)
    app.processEvents()


if __name__ == "__main__":
    main()
