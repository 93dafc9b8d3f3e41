"""PresenterMode: Training › Presenter mode (Ctrl+Shift+P) for a workshop on a projector.

Larger type at a chosen zoom (the application font, so dialogs follow it), and the applicant's
names, V-number and case reference hidden: the window title and the theme pages say "Applicant A",
the case page shows those fields masked and read-only. The record is never changed.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu

from interview_guide.core.presenting import ZOOM_LEVELS, Mask, presenter_mask, scaled_point_size
from interview_guide.i18n import fmt
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.presenting import (
    base_point_size,
    page_list_shown,
    presenter_zoom,
    presenting,
    set_mask,
    set_page_list_shown,
    set_presenting,
    shown,
)
from interview_guide.ui.wizard import HearingWizard

# The case page's fields that identify the applicant (object names of their line edits).
PERSONAL_FIELDS = ("vNumber", "caseReference", "applicantName", "nameUsed", "formOfAddress", "dateOfBirth")
_UNMASKED = "interviewGuideTextBeforePresenting"  # a label's own text, while it shows the masked one
_MASKED = "interviewGuideTextWhilePresenting"  # the masked text it was given
_WAS_READ_ONLY = "interviewGuideReadOnlyBeforePresenting"


class PresenterMode(QObject):
    """The presenter's actions in the Training menu, and hiding personal data in the window."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        """Add Presenter mode and Presenter zoom to ``menu`` (the Training menu of ``window``)."""
        super().__init__(window)
        self.window = window
        self.action = window.make_command(
            "presenter-mode",
            self.tr("Presenter mode (larger type, no names)"),
            "Ctrl+Shift+P",
            lambda: None,  # the toggled signal does the work (also when set from code)
            checkable=True,
        )
        menu.addAction(self.action)
        # The side list of pages takes a fifth of a 1280-pixel projector: presenter mode collapses
        # it (Next and Back, PgDn and PgUp still step through the pages); this brings it back.
        self.page_list_action = window.make_command(
            "page-list",
            self.tr("Show the &page list"),
            "Ctrl+Shift+L",
            lambda: None,  # the toggled signal does the work
            checkable=True,
        )
        menu.addAction(self.page_list_action)
        zoom_menu = menu.addMenu(self.tr("Presenter &zoom"))
        zoom_menu.setObjectName("presenterZoomMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        for level in ZOOM_LEVELS:
            action = window.make_command(
                f"presenter-zoom-{level}",
                fmt(self.tr("%1 %"), level),
                None,
                partial(self.set_zoom, level),
                checkable=True,
            )
            group.addAction(action)
            zoom_menu.addAction(action)
        # A window rebuilt in another language presents as the one before it.
        self.action.setChecked(presenting())
        window.commands[f"presenter-zoom-{presenter_zoom()}"].setChecked(True)
        self.page_list_action.setChecked(page_list_shown())
        self.page_list_action.toggled.connect(self._page_list_toggled)
        self.action.toggled.connect(self._toggled)
        window.controller.hearing_replaced.connect(self.apply)
        self.apply()

    def attach(self, wizard: HearingWizard) -> None:
        """Hide the personal data also on the pages of ``wizard`` built later (pages are built when
        first shown)."""
        for page in wizard.hearing_pages.in_order():
            page.when_built(self._hide_fields)
        if not page_list_shown():
            # Only ever hidden here: the wizard is not in the window yet, and showing its side list
            # now would open it as a window of its own, which takes the activation from the main
            # window (the keyboard focus was then nowhere until the window was activated again).
            wizard.page_list.setVisible(False)

    def _page_list_toggled(self, shown: bool) -> None:
        set_page_list_shown(shown)
        if self.window.wizard is not None:
            self.window.wizard.page_list.setVisible(shown)

    def set_zoom(self, zoom: int) -> None:
        """Choose the presenter's zoom (applied at once while presenting)."""
        set_presenting(presenting(), zoom)
        self._fit_status_bar()
        self.window.commands[f"presenter-zoom-{zoom}"].setChecked(True)

    def _toggled(self, on: bool) -> None:
        set_presenting(on, presenter_zoom())
        self._fit_status_bar()
        self.page_list_action.setChecked(not on)  # collapsed while presenting, back after
        self.apply()
        self.window.statusBar().showMessage(
            fmt(self.tr("Presenter mode: %1 %, names hidden."), presenter_zoom())
            if on
            else self.tr("Presenter mode off."),
            5000,
        )

    def _fit_status_bar(self) -> None:
        """The status bar (clock, mode, autosave) is for the presenter, not the room: at most 150 %, so
        that its three labels fit a 1280-pixel projector."""
        bar = self.window.statusBar()
        font = QFont(QApplication.font())
        font.setPointSizeF(scaled_point_size(base_point_size(), min(presenter_zoom(), 150)))
        if presenting():
            bar.setFont(font)
        else:
            bar.setFont(QFont())  # follows the application font again
            bar.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
        self.window.fit_save_label()

    def apply(self) -> None:
        """Show or hide the personal data in the window as presenter mode says."""
        hearing = self.window.controller.hearing
        set_mask(presenter_mask(hearing, self.window.lang) if hearing is not None else Mask())
        self._hide_fields()
        self.window.refresh_title()
        page = self.window.wizard.currentPage() if self.window.wizard is not None else None
        if isinstance(page, RecordPage) and self.window.controller.hearing is not None:
            page.refresh()

    def _mask_labels(self) -> None:
        """Labels (a theme's script line, a summary) with a name or number in them show it masked while
        presenting, their own text again after."""
        for label in self.window.findChildren(QLabel):
            own, masked_as = label.property(_UNMASKED), label.property(_MASKED)
            if not isinstance(own, str) or label.text() != masked_as:
                own = label.text()  # never masked, or set anew by its page since
            masked = shown(own)
            if masked != own:
                label.setProperty(_UNMASKED, own)
                label.setProperty(_MASKED, masked)
                label.setText(masked)
            elif label.property(_UNMASKED) is not None:
                label.setText(own)
                label.setProperty(_UNMASKED, None)
                label.setProperty(_MASKED, None)

    def _hide_fields(self) -> None:
        self._mask_labels()
        hide = presenting()
        for name in PERSONAL_FIELDS:
            for edit in self.window.findChildren(QLineEdit, name):
                if hide and edit.property(_WAS_READ_ONLY) is None:
                    edit.setProperty(_WAS_READ_ONLY, edit.isReadOnly())
                    edit.setEchoMode(QLineEdit.EchoMode.Password)
                    edit.setReadOnly(True)
                elif not hide and edit.property(_WAS_READ_ONLY) is not None:
                    edit.setEchoMode(QLineEdit.EchoMode.Normal)
                    edit.setReadOnly(bool(edit.property(_WAS_READ_ONLY)))
                    edit.setProperty(_WAS_READ_ONLY, None)
