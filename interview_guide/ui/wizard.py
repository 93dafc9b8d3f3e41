"""HearingWizard: builds the page list from the banks and lets the officer jump to any page.

Pages are independent (Back and jumps never reset anything; the record holds every answer), and a
side list shows every page with how much was asked there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget, QWizard, QWizardPage

from interview_guide.core.text import Lang
from interview_guide.ui.controller import HearingController
from interview_guide.ui.pages.theme_page import ThemePage

PageFactory = Callable[[HearingController, Lang], QWizardPage]


class HearingWizard(QWizard):
    """The hearing as a wizard embedded in the main window."""

    page_shown = Signal(int)

    def __init__(
        self,
        controller: HearingController,
        lang: Lang,
        before_themes: list[PageFactory],
        after_themes: list[PageFactory],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
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

        for factory in before_themes:
            self._add(factory(controller, lang))
        common = controller.common_bank()
        if common is not None:
            self._add(ThemePage(controller, common, common.theme("opening"), lang))
        for bank in controller.claim_banks():
            for theme in bank.themes:
                self._add(ThemePage(controller, bank, theme, lang))
        if common is not None:
            self._add(ThemePage(controller, common, common.theme("closing"), lang))
        for factory in after_themes:
            self._add(factory(controller, lang))
        self.currentIdChanged.connect(self._on_page_changed)
        controller.changed.connect(self._on_record_changed)
        self.refresh_page_list()

    def _add(self, page: QWizardPage) -> None:
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
        return [page for page in self.pages() if isinstance(page, ThemePage)]

    def go_to(self, page_id: int) -> None:
        """Jump to any page; nothing typed is lost (the record holds it)."""
        if page_id == self.currentId():
            return
        self.setCurrentId(page_id)
        # QWizard does not initialise a page reached by jumping back; every page reads the record.
        self.currentPage().initializePage()

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
        self.page_shown.emit(page_id)

    def _on_record_changed(self, path: str) -> None:
        if path.startswith("entries/") or path == "case":
            self.refresh_page_list()

    def refresh_page_list(self) -> None:
        """Show the number of entries recorded on each theme page in the side list.

        Only rows whose text changed are updated.
        """
        hearing = self.controller.hearing
        if hearing is None:
            return
        counts: dict[str, int] = {}
        for entry in hearing.entries:
            counts[entry.theme_id] = counts.get(entry.theme_id, 0) + 1
        for row, page in enumerate(self.pages()):
            text = page.title()
            if isinstance(page, ThemePage):
                count = counts.get(page.theme.id, 0)
                text = f"{text}  ({count})" if count else text
            if self._shown_texts[row] != text:
                self._shown_texts[row] = text
                self.page_list.item(row).setText(text)

    # A QWizard is a QDialog: Escape or a stray accept() would hide the whole hearing.
    def reject(self) -> None:
        """Ignore Escape: the hearing is never closed by accident."""

    def accept(self) -> None:
        """Finishing is done from the review page, not by closing the wizard."""
