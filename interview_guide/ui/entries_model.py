"""EntriesModel: the hearing's entries as a Qt list model (row = entry number - 1), and a view per theme.

The model follows the controller's narrow signals: ``entry_added`` inserts a row, ``entry_changed``
updates one row (one ``dataChanged``, and only when what the row shows changed), ``hearing_replaced``
resets it. The entry lists, the review page and the side-list counts all read from it; a
:class:`ThemeEntries` proxy shows the entries of one theme.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from interview_guide.core.hearing import Entry
from interview_guide.ui.controller import HearingController
from interview_guide.ui.presenting import shown

ModelIndex = QModelIndex | QPersistentModelIndex

NUMBER_ROLE = Qt.ItemDataRole.UserRole  # the entry number (int)
THEME_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's theme id (str)
PREVIEW = 90  # characters of the answer a row shows


def _marks(entry: Entry) -> str:
    marks = ""
    if entry.follow_up_of:
        marks += f" ↳{entry.follow_up_of}"
    if entry.own_question:
        marks += " ✎"
    if entry.communication_issues:
        marks += " ⚠"
    if entry.withdrawn_at is not None:
        marks += " ⊘"
    return marks


def _preview(answer: str) -> str:
    # Only the start of the answer is shown: split at most what the preview needs (answers grow long).
    words = " ".join(answer[: PREVIEW * 4].split())
    return words[:PREVIEW] + "…" if len(words) > PREVIEW else words


class EntriesModel(QAbstractListModel):
    """Every entry of the open hearing, in number order."""

    def __init__(self, controller: HearingController, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        # What each row shows (its question line and answer preview): a keystroke that does not
        # change it (the answer is longer than the preview) changes no row at all.
        self._shown: list[tuple[str, str]] = []
        self._reload()
        controller.hearing_replaced.connect(self._reset)
        controller.entry_added.connect(self._added)
        controller.entry_changed.connect(self._changed)
        controller.entry_removed.connect(self._removed)

    # -- QAbstractListModel -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex | None = None) -> int:
        """The number of entries (a list model has no children)."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._shown)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The row's summary (display), its entry number or its theme id."""
        hearing = self.controller.hearing
        rows = min(len(self._shown), len(hearing.entries)) if hearing is not None else 0
        if hearing is None or not index.isValid() or not 0 <= index.row() < rows:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # names hidden while presenting
            question, answer = (shown(text) for text in self._shown[index.row()])
            if not answer:
                answer = self.tr("(no answer yet)")
            if hearing.entries[index.row()].withdrawn_at is not None:
                question += "   " + self.tr("(withdrawn)")
            return f"{question}\n     {answer}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hearing.entries[index.row()].question_text
        if role == Qt.ItemDataRole.FontRole and hearing.entries[index.row()].withdrawn_at is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == NUMBER_ROLE:
            return index.row() + 1
        if role == THEME_ROLE:
            return hearing.entries[index.row()].theme_id
        return None

    # -- following the controller ---------------------------------------------------------------

    @staticmethod
    def _summary(entry: Entry) -> tuple[str, str]:
        return f"{entry.number}.{_marks(entry)}  {entry.question_text}", _preview(entry.answer_text)

    def _reload(self) -> None:
        hearing = self.controller.hearing
        self._shown = [self._summary(e) for e in hearing.entries] if hearing is not None else []

    def _reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _added(self, number: int) -> None:
        hearing = self.controller.require()
        if len(self._shown) != number - 1 or number > len(hearing.entries):  # not an append: start over
            self._reset()
            return
        self.beginInsertRows(QModelIndex(), number - 1, number - 1)
        self._shown.append(self._summary(hearing.entry(number)))
        self.endInsertRows()

    def _removed(self, number: int) -> None:
        if number != len(self._shown):  # only the last entry ever leaves; anything else: start over
            self._reset()
            return
        self.beginRemoveRows(QModelIndex(), number - 1, number - 1)
        self._shown.pop()
        self.endRemoveRows()

    def _changed(self, number: int, _part: object) -> None:
        hearing = self.controller.require()
        if not 1 <= number <= len(self._shown):
            return
        shown = self._summary(hearing.entry(number))
        if shown != self._shown[number - 1]:
            self._shown[number - 1] = shown
            index = self.index(number - 1)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])


class ThemeEntries(QSortFilterProxyModel):
    """The entries of one theme (an entry never changes theme, so rows are filtered once, on insert)."""

    def __init__(self, source: EntriesModel, theme_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme_id = theme_id
        self.setDynamicSortFilter(False)  # dataChanged never moves a row in or out
        self.setSourceModel(source)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Whether the entry in ``source_row`` belongs to this theme."""
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(THEME_ROLE) == self.theme_id)
