"""HearingWizard: the pages of a hearing, Back and Next, and a side list to jump to any page.

Pages are independent (Back and jumps never reset anything; the record holds every answer), and the
side list shows every page with the number of entries recorded there (the theme pages' entry views
tell when it changes: a keystroke in an answer never touches the side list).

The theme pages follow the bank conditions (``core/bank_plan.py``): in the order they give, with a
theme they leave out greyed in the side list with why; Back and Next pass it by, a click still
opens it. The order is worked out again when the case or the reference frame changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
    QWizard,
    QWizardPage,
)

from interview_guide.core.bank_plan import Because, condition_fields, plan_hearing, plan_inputs, subject_of
from interview_guide.core.conditions import Effect
from interview_guide.core.record_paths import RecordField
from interview_guide.core.resume import ResumePoint
from interview_guide.i18n import fmt
from interview_guide.ui.accessibility import describe
from interview_guide.ui.pages.hearing_pages import HearingPages
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.pages.theme_page import ThemePage

SKIPPED_ROW = "#888888"  # the side-list text of a theme left out for this applicant
WIDGET_SIZE_MAX = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX (PySide6 does not export it): no maximum set


class SubtitleHeight(QObject):
    """Gives QWizard's subtitle label the height its wrapped text needs (QWizard lays it out at a fixed
    number of lines: a long theme purpose, or a larger system font, was cut off at the bottom)."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.labels: list[QLabel] = []
        self._laying_out = False

    def _find(self) -> None:
        # QWizard makes its title and subtitle labels when it first lays out a page.
        for label in self.wizard.findChildren(QLabel):
            if label in self.labels or not label.wordWrap():
                continue
            if any(page.isAncestorOf(label) for page in self.wizard.findChildren(QWizardPage)):
                continue
            self.labels.append(label)
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-fit the label's height when its width changes."""
        if isinstance(watched, QLabel) and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if self._fit(watched):
                self._lay_out_again()
        return False

    def _lay_out_again(self) -> None:
        """QWizard sizes its title area only when it lays itself out (setting the title format does)."""
        if not self._laying_out:
            self._laying_out = True
            try:
                self.wizard.setTitleFormat(self.wizard.titleFormat())
            finally:
                self._laying_out = False

    def refit(self) -> None:
        """Re-fit every subtitle (after a page change: the text changed)."""
        self._find()
        changed = [label for label in self.labels if self._fit(label)]
        if changed:
            self._lay_out_again()

    @staticmethod
    def _fit(label: QLabel) -> bool:
        """Whether the label's height had to change."""
        needed = label.heightForWidth(label.width()) if label.text() else 0
        if needed > 0 and label.minimumHeight() != needed:
            label.setMinimumHeight(needed)
            changed = True
        else:
            changed = False
        # QWizard fixes the height of the header holding the label (minimum = maximum) when it lays out
        # a page, from the label's height then: a taller label alone is cut off by the header. The
        # header follows the label's new height, as QWizard would have sized it.
        header = label.parentWidget()
        layout = header.layout() if header is not None else None
        if header is None or layout is None or header.maximumHeight() >= WIDGET_SIZE_MAX:
            return changed
        height = layout.totalMinimumSize().height()
        if header.minimumHeight() != height or header.maximumHeight() != height:
            header.setMinimumHeight(height)
            header.setMaximumHeight(height)
            changed = True
        return changed


@dataclass(frozen=True)
class WizardPlace:
    """Where the officer is in the wizard (kept across a rebuild, e.g. a language switch)."""

    page: str  # the page's object name
    entry: int  # the entry shown on a theme page (0: none)
    draft: str  # an own question being drafted there
    focus: str  # the object name of the widget with the keyboard focus on the page ("": none)
    cursor: int  # the cursor position in it, when it is a text editor (-1: not one)


class HearingWizard(QWizard):
    """The hearing as a wizard embedded in the main window."""

    def __init__(self, pages: HearingPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hearing_pages = pages
        self.lang = pages.case.lang
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
        # Dutch "< Te&rug": Alt+T opens the Training menu.
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
        describe(
            self.page_list,
            self.tr("Pages of the hearing"),
            self.tr("The arrow keys choose a page; Return opens it. Each theme shows its number of entries."),
        )
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
        self.controller = pages.case.controller
        self._rows: list[QWizardPage] = []  # the pages in the side list, in the order of the hearing
        self._last_theme_page: ThemePage | None = None  # where Ctrl+E drafts an own question
        self._skipped: dict[QWizardPage, Because | None] = {}  # theme pages the conditions leave out
        self._plan_key: tuple[object, ...] = ()
        self._inputs: tuple[object, ...] | None = None  # what the plan was last worked out from
        self._fields: tuple[tuple[int, ...], frozenset[str]] = ((), frozenset())  # banks -> fields read
        self._page_ids: dict[int, int] = {}  # id(page) -> wizard page id

        for page in pages.in_order():
            # Expanding: QWizard gives a page only its size hint and the rest of the height to a
            # spacer; on a large screen the answer editor is to take that room.
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            self._page_ids[id(page)] = self.addPage(page)
        for theme_page in pages.themes:
            entries = theme_page.entry_view
            for signal in (entries.rowsInserted, entries.rowsRemoved, entries.modelReset):
                signal.connect(lambda *_, p=theme_page: self._show_row(p))
        self.apply_plan()
        self.currentIdChanged.connect(self._on_page_changed)
        self._subtitle_guard = SubtitleHeight(self)
        self.currentIdChanged.connect(self._focus_page)
        self.controller.section_changed.connect(self._on_section_changed)

    def apply_plan(self) -> None:
        """Order the theme pages as the bank conditions say, and grey the ones they leave out."""
        hearing = self.controller.hearing
        if hearing is None:
            return
        banks = self.controller.hearing_banks()
        key = tuple(id(bank) for bank in banks)
        if self._fields[0] != key:
            self._fields = (key, condition_fields(banks))
        inputs = plan_inputs(self._fields[1], subject_of(hearing))
        if inputs == self._inputs:
            return  # nothing a condition reads has changed (most keystrokes in the frame)
        self._inputs = inputs
        pages = self.hearing_pages
        by_theme = {(p.bank.id, p.theme.id): p for p in pages.themes}
        planned = [
            (by_theme[(plan.bank.id, plan.theme.id)], plan)
            for plan in plan_hearing(banks, subject_of(hearing))
            if (plan.bank.id, plan.theme.id) in by_theme
        ]
        rows: list[QWizardPage] = [pages.case, pages.frame, *(page for page, _ in planned)]
        rows += [pages.statements, pages.review, pages.corrections]
        skipped: dict[QWizardPage, Because | None] = {
            page: plan.skip_reason() for page, plan in planned if not plan.shown
        }
        plan_key = (
            tuple(id(page) for page in rows),
            tuple((id(page), reason.text.en if reason else "") for page, reason in skipped.items()),
        )
        if plan_key == self._plan_key:
            return
        self._plan_key, self._rows, self._skipped = plan_key, rows, skipped
        self.page_list.clear()
        self._shown_texts = []
        for page in rows:
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, self._page_ids[id(page)])
            if page in skipped:
                item.setForeground(QBrush(QColor(SKIPPED_ROW)))
            self.page_list.addItem(item)
            self._shown_texts.append(page.title())
            self._show_row(page)
        if self.currentId() != -1:
            self._on_page_changed(self.currentId())

    def _on_section_changed(self, field: object) -> None:
        if field in (RecordField.REFERENCE_FRAME, RecordField.CASE):
            self.apply_plan()

    def row_pages(self) -> list[QWizardPage]:
        """The pages in the order of the side list (the order of the hearing for this applicant)."""
        return list(self._rows)

    def skipped_pages(self) -> list[QWizardPage]:
        """The theme pages the bank conditions leave out for this applicant."""
        return list(self._skipped)

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
        """Jump to any page; nothing typed is lost (the record holds it). The page is built first: QWizard
        initialises a page only going forward, and a hidden window shows nothing."""
        page = self.page(page_id)
        if isinstance(page, RecordPage):
            page.ensure_built()
        if page_id == self.currentId():
            return
        self.setCurrentId(page_id)  # every page reads the record when it is shown (RecordPage)

    def _neighbour(self, delta: int) -> QWizardPage | None:
        """The page Back (-1) or Next (+1) goes to: the next one in the side list that is not left out."""
        current = self.currentPage()
        if current not in self._rows:
            return None
        index = self._rows.index(current) + delta
        while 0 <= index < len(self._rows):
            if self._rows[index] not in self._skipped:
                return self._rows[index]
            index += delta
        return None

    def step(self, delta: int) -> None:
        """Go to the previous (-1) or next (+1) page in the order of the hearing, past left-out themes."""
        page = self._neighbour(delta)
        if page is not None:
            self.go_to(self._page_ids[id(page)])

    def _step(self, which: int | QWizard.WizardButton) -> None:
        button = which.value if isinstance(which, QWizard.WizardButton) else which
        self.step(-1 if button == QWizard.WizardButton.CustomButton1.value else 1)

    def go_to_page(self, page: QWizardPage) -> None:
        """Jump to ``page``."""
        for page_id in self.pageIds():
            if self.page(page_id) is page:
                self.go_to(page_id)
                return

    def place(self) -> WizardPlace:
        """Where the officer is: the page, the entry shown, a drafted own question, the cursor."""
        page = self.currentPage()
        panel = page.panel if isinstance(page, ThemePage) else None
        focus = QApplication.focusWidget()
        on_page = focus is not None and page.isAncestorOf(focus)
        cursor = focus.textCursor().position() if isinstance(focus, QPlainTextEdit) and on_page else -1
        return WizardPlace(
            page=page.objectName(),
            entry=panel.number if panel is not None else 0,
            draft=panel.question_edit.toPlainText() if panel is not None and not panel.number else "",
            focus=focus.objectName() if focus is not None and on_page else "",
            cursor=cursor,
        )

    def go_back_to(self, place: WizardPlace) -> None:
        """Show the page of ``place`` (in a rebuilt wizard), its entry or draft, the cursor where it was."""
        page = next((p for p in self.pages() if p.objectName() == place.page), None)
        if page is None:
            return
        self.go_to_page(page)
        if isinstance(page, ThemePage):
            if place.entry:
                page.panel.show_entry(place.entry)
            elif place.draft:
                page.panel.show_draft()
                page.panel.question_edit.setPlainText(place.draft)
        if not place.focus:
            return
        target = page.findChild(QWidget, place.focus)
        if target is None:
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QPlainTextEdit) and place.cursor >= 0:
            cursor = target.textCursor()
            cursor.setPosition(min(place.cursor, len(target.toPlainText())))
            target.setTextCursor(cursor)

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

    def typing_theme_page(self) -> ThemePage | None:
        """The theme page on screen, else the theme page shown last, else the first (the opening)."""
        current = self.current_theme_page()
        if current is not None:
            return current
        if self._last_theme_page is not None:
            return self._last_theme_page
        themes = [page for page in self._rows if isinstance(page, ThemePage)]
        return themes[0] if themes else None

    def _focus_page(self, page_id: int) -> None:
        self._subtitle_guard.refit()
        page = self.page(page_id)
        if isinstance(page, ThemePage):
            self._last_theme_page = page
        if isinstance(page, RecordPage) and self.isVisible():
            page.take_focus()  # what the officer needs next on that page, not the Next button

    def changeEvent(self, event: QEvent) -> None:
        """A new font (presenter mode's zoom): QWizard sizes its title area only when it lays itself
        out, so lay it out again (setting the title format does that), and fit the subtitle."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setTitleFormat(self.titleFormat())
            self._subtitle_guard.refit()  # (lays out again if the subtitle changed height)

    def _on_page_changed(self, page_id: int) -> None:
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page_id:
                self.page_list.setCurrentItem(item)
        self.button(QWizard.WizardButton.CustomButton1).setEnabled(self._neighbour(-1) is not None)
        self.button(QWizard.WizardButton.CustomButton2).setEnabled(self._neighbour(1) is not None)

    def _show_row(self, page: QWizardPage) -> None:
        """Show a page's side-list row: the entries recorded on a theme page, and why a theme is left out.

        The row is only touched when its text changes.
        """
        if page not in self._rows:
            return
        row = self._rows.index(page)
        text = page.title()
        if isinstance(page, ThemePage):
            count = page.entry_view.rowCount()
            text = f"{text}  ({count})" if count else text
        if page in self._skipped:
            reason = self._skipped[page]
            why = reason.text.get(self.lang) if reason else ""
            only_for = reason is not None and reason.effect == Effect.SHOW
            text = fmt(self.tr("%1 — only for: %2") if only_for else self.tr("%1 — skipped: %2"), text, why)
        if self._shown_texts[row] != text:
            self._shown_texts[row] = text
            item = self.page_list.item(row)
            item.setText(text)
            item.setToolTip(text)

    # A QWizard is a QDialog: Escape or a stray accept() would hide the whole hearing.
    def reject(self) -> None:
        """Ignore Escape: the hearing is never closed by accident."""

    def accept(self) -> None:
        """Finishing is done from the review page, not by closing the wizard."""
