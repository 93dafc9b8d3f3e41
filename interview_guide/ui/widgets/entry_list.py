"""EntryList: the entries recorded so far (for one theme, or all), to pick one for editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from interview_guide.core.hearing import Entry
from interview_guide.ui.controller import HearingController

_PREVIEW = 90


def entry_summary(entry: Entry, no_answer: str) -> str:
    """One line per entry: number, question, and the start of the answer."""
    answer = " ".join(entry.answer_text.split())
    if len(answer) > _PREVIEW:
        answer = answer[:_PREVIEW] + "…"
    marks = ""
    if entry.follow_up_of:
        marks += f" ↳{entry.follow_up_of}"
    if entry.own_question:
        marks += " ✎"
    if entry.communication_issues:
        marks += " ⚠"
    return f"{entry.number}.{marks}  {entry.question_text}\n     {answer or no_answer}"


class EntryList(QListWidget):
    """Lists entries of one theme (or of all themes when ``theme_id`` is None)."""

    entry_selected = Signal(int)

    def __init__(
        self, controller: HearingController, theme_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.theme_id = theme_id
        self.setObjectName("entryList")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        controller.changed.connect(self._on_changed)
        controller.current_entry_changed.connect(self._highlight)

    def numbers(self) -> list[int]:
        """The entry numbers shown, in order."""
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]

    def refresh(self) -> None:
        """Rebuild the list from the record."""
        hearing = self.controller.hearing
        self.clear()
        if hearing is None:
            return
        no_answer = self.tr("(no answer yet)")
        for entry in hearing.entries:
            if self.theme_id is None or entry.theme_id == self.theme_id:
                item = QListWidgetItem(entry_summary(entry, no_answer))
                item.setData(Qt.ItemDataRole.UserRole, entry.number)
                self.addItem(item)
        self._highlight(self.controller.current_entry)

    def _on_changed(self, path: str) -> None:
        if not path.startswith("entries/"):
            return
        number = int(path.split("/", 1)[1])
        hearing = self.controller.hearing
        if hearing is None or number > len(hearing.entries):
            return
        entry = hearing.entry(number)
        if self.theme_id is not None and entry.theme_id != self.theme_id:
            return
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setText(entry_summary(entry, self.tr("(no answer yet)")))
                return
        self.refresh()

    def _highlight(self, number: int) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return
        self.clearSelection()

    def _activated(self, item: QListWidgetItem) -> None:
        self.entry_selected.emit(int(item.data(Qt.ItemDataRole.UserRole)))
