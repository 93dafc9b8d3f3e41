"""PresenterMode: Training › Presenter mode (Ctrl+Shift+P) for a workshop on a projector.

Larger type at a chosen zoom (the application font, so dialogs follow it), and the applicant's
names, V-number and case reference hidden: the window title and the theme pages say "Applicant A",
the case page shows those fields masked and read-only. The record is never changed.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QLineEdit, QMenu

from interview_guide.core.presenting import ZOOM_LEVELS
from interview_guide.i18n import fmt
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.record_page import RecordPage
from interview_guide.ui.presenting import presenter_zoom, presenting, set_presenting
from interview_guide.ui.wizard import HearingWizard

# The case page's fields that identify the applicant (object names of their line edits).
PERSONAL_FIELDS = ("vNumber", "caseReference", "applicantName", "nameUsed", "formOfAddress")
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
        self.action.toggled.connect(self._toggled)
        window.controller.hearing_replaced.connect(self.apply)
        self.apply()

    def attach(self, wizard: HearingWizard) -> None:
        """Hide the personal data also on the pages of ``wizard`` built later (pages are built when
        first shown)."""
        for page in wizard.hearing_pages.in_order():
            page.when_built(self._hide_fields)

    def set_zoom(self, zoom: int) -> None:
        """Choose the presenter's zoom (applied at once while presenting)."""
        set_presenting(presenting(), zoom)
        self.window.commands[f"presenter-zoom-{zoom}"].setChecked(True)

    def _toggled(self, on: bool) -> None:
        set_presenting(on, presenter_zoom())
        self.apply()
        self.window.statusBar().showMessage(
            fmt(self.tr("Presenter mode: %1 %, names hidden."), presenter_zoom())
            if on
            else self.tr("Presenter mode off."),
            5000,
        )

    def apply(self) -> None:
        """Show or hide the personal data in the window as presenter mode says."""
        self._hide_fields()
        self.window.refresh_title()
        page = self.window.wizard.currentPage() if self.window.wizard is not None else None
        if isinstance(page, RecordPage) and self.window.controller.hearing is not None:
            page.refresh()

    def _hide_fields(self) -> None:
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
