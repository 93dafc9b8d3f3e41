"""CounselFeature: "Review a report (counsel)" on the start screen and in the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from interview_guide.ui.main_window import MainWindow

if TYPE_CHECKING:
    from interview_guide.ui.counsel.review_window import CounselReview


class CounselFeature(QObject):
    """Opens the counsel tool (see ``app.FEATURES``); it needs no case file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review: CounselReview | None = None
        action = window.make_command(
            "counsel-review", self.tr("Review a report (&counsel)…"), None, self.open
        )
        quit_action = window.commands.get("quit")
        if quit_action is not None:
            window.file_menu.insertAction(quit_action, action)
        else:
            window.file_menu.addAction(action)
        window.start.counsel_requested.connect(self.open)

    def open(self) -> CounselReview:
        """Show the counsel tool and ask for a report."""
        if self.review is None:
            # Imported when first used: the counsel check pulls in the question checker and the
            # report stack, which a start-up does not need.
            from interview_guide.ui.counsel.review_window import CounselReview

            self.review = CounselReview(self.window)
        self.review.show()
        self.review.activateWindow()
        if self.review.path is None:
            self.review.choose()
        return self.review
