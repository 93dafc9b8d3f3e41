"""HearingWizard: the pages of a hearing, Back and Next, and a side list to jump to any page.

Pages are independent (Back and jumps never reset anything; the record holds every answer), and the
side list shows every page with the number of entries recorded there (the theme pages' entry views
tell when it changes: a keystroke in an answer never touches the side list).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget, QWizard, QWizardPage

from interview_guide.core.resume import ResumePoint
from interview_guide.ui.pages.hearing_pages import HearingPages
from interview_guide.ui.pages.theme_page import ThemePage


class HearingWizard(QWizard):
    """The hearing as a wizard embedded in the main window."""

    def __init__(self, pages: HearingPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hearing_pages = pages
        self.setObjectName("hearingWizard")
        self.setWindowFlags(Qt.WindowType.Widget)  # a page of the main window, not a dialog
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)  # Enter in a field is not "Next"
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        # Back and Next step through the pages in their order. QWizard's own buttons follow the
        # history of visited pages, which jumps make confusing (Back disabled after a jump).
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("&Next >"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("backButton")
        self.button(QWizard.WizardButton.CustomButton2).setObjectName("nextButton")
        self.setButtonLayout(
            [
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.CustomButton2,
            ]
        )
        self.customButtonClicked.connect(self._step)
        self.page_list = QListWidget()
        self.page_list.setObjectName("pageList")
        self.page_list.setFixedWidth(250)
        self.page_list.setWordWrap(True)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.itemClicked.connect(self._jump_to_item)
        self.page_list.itemActivated.connect(self._jump_to_item)
        self.setSideWidget(self.page_list)
        # What each side-list row shows now: rows are only touched when their text changes, never
        # per keystroke (typing an answer changes no count, and a text setter per keystroke is what
        # exposed the reference-count fault of PySide6 6.12.0).
        self._shown_texts: list[str] = []

        order = pages.in_order()
        for page in order:
            self._add(page)
        for theme_page in pages.themes:
            row = order.index(theme_page)
            entries = theme_page.entry_view
            for signal in (entries.rowsInserted, entries.rowsRemoved, entries.modelReset):
                signal.connect(lambda *_, r=row, p=theme_page: self._show_count(r, p))
            self._show_count(row, theme_page)
        self.currentIdChanged.connect(self._on_page_changed)

    def _add(self, page: QWizardPage) -> None:
        # Expanding: QWizard gives a page only its size hint and the rest of the height to a spacer;
        # on a large screen the answer editor is to take that room.
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        page_id = self.addPage(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, page_id)
        self.page_list.addItem(item)
        self._shown_texts.append(page.title())

    def pages(self) -> list[QWizardPage]:
        """All pages, in order."""
        return [self.page(page_id) for page_id in self.pageIds()]

    def theme_pages(self) -> list[ThemePage]:
        """The theme and pillar pages (with opening and closing)."""
        return list(self.hearing_pages.themes)

    def current_theme_page(self) -> ThemePage | None:
        """The theme page on screen, if the current page is one."""
        current = self.currentPage()
        return next((page for page in self.hearing_pages.themes if page is current), None)

    def go_to(self, page_id: int) -> None:
        """Jump to any page; nothing typed is lost (the record holds it)."""
        if page_id == self.currentId():
            return
        self.setCurrentId(page_id)  # every page reads the record when it is shown (RecordPage)

    def step(self, delta: int) -> None:
        """Go to the previous (-1) or next (+1) page in the page order."""
        ids = self.pageIds()
        index = ids.index(self.currentId()) + delta
        if 0 <= index < len(ids):
            self.go_to(ids[index])

    def _step(self, which: object) -> None:
        back = QWizard.WizardButton.CustomButton1.value
        self.step(-1 if int(getattr(which, "value", which)) == back else 1)  # type: ignore[call-overload]

    def go_to_page(self, page: QWizardPage) -> None:
        """Jump to ``page``."""
        for page_id in self.pageIds():
            if self.page(page_id) is page:
                self.go_to(page_id)
                return

    def resume_at(self, point: ResumePoint) -> None:
        """Go back to where the officer was typing (after recovery): the entry's theme page, its answer
        shown with the cursor at the end; with no entry, the theme page and its next question."""
        page = next((p for p in self.hearing_pages.themes if p.theme.id == point.theme_id), None)
        if page is None:
            return
        hearing = page.controller.require()
        if point.entry and hearing.entry(point.entry).answered_at is None:
            page.controller.set_current_entry(point.entry)  # Ctrl+Return logs it, as before the crash
        self.go_to_page(page)
        if point.entry:
            page.panel.show_entry(point.entry)
            page.panel.focus_answer()
        else:
            page.focus_next_question()

    def _jump_to_item(self, item: QListWidgetItem) -> None:
        self.go_to(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_page_changed(self, page_id: int) -> None:
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page_id:
                self.page_list.setCurrentItem(item)
        ids = self.pageIds()
        index = ids.index(page_id) if page_id in ids else 0
        self.button(QWizard.WizardButton.CustomButton1).setEnabled(index > 0)
        self.button(QWizard.WizardButton.CustomButton2).setEnabled(index < len(ids) - 1)

    def _show_count(self, row: int, page: ThemePage) -> None:
        """Show the number of entries recorded on a theme page in its side-list row (if it changed)."""
        count = page.entry_view.rowCount()
        text = f"{page.title()}  ({count})" if count else page.title()
        if self._shown_texts[row] != text:
            self._shown_texts[row] = text
            self.page_list.item(row).setText(text)

    # A QWizard is a QDialog: Escape or a stray accept() would hide the whole hearing.
    def reject(self) -> None:
        """Ignore Escape: the hearing is never closed by accident."""

    def accept(self) -> None:
        """Finishing is done from the review page, not by closing the wizard."""
