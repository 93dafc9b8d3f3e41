"""AnnotationBar: the trainer's note on the entry shown in a theme page (written here, with tags), and
the checker's view of the question.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core.text import Lang
from interview_guide.core.trainer_tags import TrainerTag, tag_label
from interview_guide.i18n import fmt
from interview_guide.ui.controller import HearingController
from interview_guide.ui.presenting import mask_editor
from interview_guide.ui.widgets.checker_badge import CheckContext, CheckerBadge
from interview_guide.ui.widgets.entry_panel import EntryPanel

_STYLE = (
    "QFrame#annotationBar { background: #f3ecfb; border-left: 4px solid #6a3fa0; border-radius: 3px; }"
    " QFrame#annotationBar > QLabel { color: #1b1b1b; background: transparent; }"
)


class AnnotationBar(QFrame):
    """The trainer's note (editable, tagged) and the checker's findings of the entry in an entry panel."""

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
        self.lang: Lang = lang
        self.enabled = False
        self.number = 0
        self._loading = False
        self.setObjectName("annotationBar")
        self.setStyleSheet(_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("annotationTitle")
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        top.addWidget(self.title, 1)
        self.tag_button = QToolButton()
        self.tag_button.setObjectName("trainerTagButton")
        self.tag_button.setText(self.tr("Tags"))
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_menu = QMenu(self.tag_button)
        self.tag_actions: dict[TrainerTag, QAction] = {}
        for tag in TrainerTag:
            action = self.tag_menu.addAction(tag_label(tag, lang))
            action.setCheckable(True)
            action.setObjectName(f"trainerTag-{tag.value}")
            action.toggled.connect(self._tags_edited)
            self.tag_actions[tag] = action
        self.tag_button.setMenu(self.tag_menu)
        top.addWidget(self.tag_button)
        layout.addLayout(top)
        self.tags = QLabel()
        self.tags.setObjectName("trainerTags")
        self.tags.setWordWrap(True)
        layout.addWidget(self.tags)
        self.note = QPlainTextEdit()
        self.note.setObjectName("trainerNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Write a trainer note on this question…"))
        self._fit_note()
        self.note.textChanged.connect(self._note_edited)
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

        # Like the entry panel, the bar listens to no controller signal: it is the only editor of the note
        # it shows, and reads the record again whenever an entry is shown.
        panel.entry_shown.connect(self.show_entry)
        panel.draft_changed.connect(lambda _text: self.show_entry(0) if panel.number == 0 else None)
        panel.question_corrected.connect(self._question_corrected)
        self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        """Keep the note three lines high in a new font (presenter mode's zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_note()

    def _fit_note(self) -> None:
        self.note.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * 3 + 12)

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
        self._loading = True
        if self.note.toPlainText() != entry.trainer_note:
            self.note.setPlainText(entry.trainer_note)
        mask_editor(self.note)  # names hidden while presenting (read-only then)
        for tag, action in self.tag_actions.items():
            action.setChecked(tag in entry.trainer_tags)
        self._loading = False
        self._show_tags(entry.trainer_tags)
        self.note.setVisible(True)
        self.tag_button.setVisible(True)
        self.index.setVisible(False)
        self.badge.check_now(entry.question_text)
        self.badge.setVisible(True)
        self.setVisible(True)

    def chosen_tags(self) -> list[TrainerTag]:
        """The tags ticked in the menu."""
        return [tag for tag, action in self.tag_actions.items() if action.isChecked()]

    def _show_tags(self, tags: list[TrainerTag]) -> None:
        self.tags.setVisible(bool(tags))
        self.tags.setText(
            fmt(self.tr("About: %1"), ", ".join(tag_label(tag, self.lang) for tag in tags)) if tags else ""
        )

    def _note_edited(self) -> None:
        if self._loading or self.number == 0:
            return
        self.controller.set_trainer_note(self.number, self.note.toPlainText())

    def _tags_edited(self) -> None:
        if self._loading or self.number == 0:
            return
        tags = self.chosen_tags()
        self.controller.set_trainer_tags(self.number, tags)
        self._show_tags(tags)

    def _show_index(self) -> None:
        hearing = self.controller.require()
        theme = self.panel.theme_id
        annotated = [
            e.number
            for e in hearing.entries
            if e.theme_id == theme and (e.trainer_note.strip() or e.trainer_tags)
        ]
        self.badge.setVisible(False)
        self.note.setVisible(False)
        self.tags.setVisible(False)
        self.tag_button.setVisible(False)
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
