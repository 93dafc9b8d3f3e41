"""AnnotationBar: the trainer note on the entry shown in a theme page, and the checker's view of it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.ui.controller import HearingController
from interview_guide.ui.widgets.checker_badge import CheckContext, CheckerBadge
from interview_guide.ui.widgets.entry_panel import EntryPanel

_STYLE = (
    "QFrame#annotationBar { background: #f3ecfb; border-left: 4px solid #6a3fa0; border-radius: 3px; }"
    " QFrame#annotationBar > QLabel { color: #1b1b1b; background: transparent; }"
)


class AnnotationBar(QFrame):
    """Shows the trainer note and the checker's findings of the entry shown in an entry panel."""

    def __init__(
        self,
        panel: EntryPanel,
        controller: HearingController,
        lang: Lang,
        context: CheckContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.controller = controller
        self.enabled = False
        self.number = 0
        self.setObjectName("annotationBar")
        self.setStyleSheet(_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("annotationTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        layout.addWidget(self.title)
        self.note = QLabel()
        self.note.setObjectName("trainerNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        self.index = QLabel()
        self.index.setObjectName("annotatedEntries")
        self.index.setWordWrap(True)
        self.index.setTextFormat(Qt.TextFormat.RichText)
        self.index.linkActivated.connect(lambda link: panel.show_entry(int(link)))
        layout.addWidget(self.index)
        self.badge = CheckerBadge(
            lang, context, delay_ms=0, expanded=True, offer_wording=False, reasons_height=96
        )
        self.badge.setObjectName("annotationBadge")
        layout.addWidget(self.badge)

        panel.entry_shown.connect(self.show_entry)
        panel.draft_changed.connect(lambda _text: self.show_entry(0) if panel.number == 0 else None)
        panel.question_corrected.connect(self._question_corrected)
        self.setVisible(False)

    def set_enabled(self, enabled: bool) -> None:
        """Turn the annotations on or off (the Training menu's toggle)."""
        self.enabled = enabled
        self.show_entry(self.panel.number)

    def show_entry(self, number: int) -> None:
        """Annotate entry ``number``; 0 lists the annotated entries of the theme instead."""
        self.number = number
        hearing = self.controller.hearing
        if not self.enabled or hearing is None:
            self.setVisible(False)
            return
        if number == 0 or number > len(hearing.entries):
            self._show_index()
            return
        entry = hearing.entry(number)
        self.title.setText(fmt(self.tr("Trainer's view of entry %1"), number))
        self.note.setText(entry.trainer_note or self.tr("No trainer note on this entry."))
        self.note.setVisible(True)
        self.index.setVisible(False)
        self.badge.check_now(entry.question_text)
        self.badge.setVisible(True)
        self.setVisible(True)

    def _show_index(self) -> None:
        hearing = self.controller.require()
        theme = self.panel.theme_id
        annotated = [e.number for e in hearing.entries if e.theme_id == theme and e.trainer_note]
        self.badge.setVisible(False)
        self.note.setVisible(False)
        if not annotated:
            self.setVisible(False)
            return
        self.title.setText(self.tr("Trainer notes in this theme"))
        links = ", ".join(f'<a href="{n}">{n}</a>' for n in annotated)
        self.index.setText(html.escape(self.tr("Entries with a note (click to open):")) + " " + links)
        self.index.setVisible(True)
        self.setVisible(True)

    def _question_corrected(self, number: int) -> None:
        if self.enabled and number == self.number:
            self.show_entry(number)
