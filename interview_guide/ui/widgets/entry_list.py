"""EntryList: the entries recorded so far (of one theme, or all), to pick one for editing.

A view on the entries model (or a theme's proxy of it): typing an answer repaints the one row that
shows the entry, nothing else. It is a tree view without branches, because a QListView lays out and
repaints every row when one row's data changes; rows are two lines high (question, start of the
answer), with the full question as a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from interview_guide.ui.controller import HearingController
from interview_guide.ui.entries_model import NUMBER_ROLE, EntriesModel


class EntryList(QTreeView):
    """Lists the entries of ``model``: the entries model itself, or a proxy of it."""

    entry_selected = Signal(int)

    def __init__(
        self, controller: HearingController, model: QAbstractItemModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryList")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)  # a changed row is repainted alone, never the rows after it
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setModel(model)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        self.controller = controller
        # A bound method, not a lambda: Qt drops the connection when this list is destroyed (the model
        # outlives it: a rebuilt wizard would otherwise leave the old list connected).
        model.modelReset.connect(self._highlight_current)
        controller.current_entry_changed.connect(self._highlight)
        self._highlight(controller.current_entry)

    def numbers(self) -> list[int]:
        """The entry numbers shown, in order."""
        model = self.model()
        return [int(model.index(row, 0).data(NUMBER_ROLE)) for row in range(model.rowCount())]

    def count(self) -> int:
        """How many entries are shown."""
        return self.model().rowCount()

    def _row_of(self, number: int) -> QModelIndex:
        model = self.model()
        if isinstance(model, EntriesModel):
            return model.index(number - 1, 0) if 0 < number <= model.rowCount() else QModelIndex()
        if isinstance(model, QSortFilterProxyModel):
            source = model.sourceModel()
            return model.mapFromSource(source.index(number - 1, 0)) if number > 0 else QModelIndex()
        return QModelIndex()

    def _highlight_current(self) -> None:
        self._highlight(self.controller.current_entry)

    def _highlight(self, number: int) -> None:
        index = self._row_of(number)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
        else:
            self.clearSelection()

    def _activated(self, index: QModelIndex) -> None:
        self.entry_selected.emit(int(index.data(NUMBER_ROLE)))
