"""Menu actions after the hearing: import counsel's corrections, finalise, export the final report.

Finalising checks the record first (``core.finalise``: case data, a consideration note for every
third-party statement, a response to every correction, no running break) and lists what is missing;
otherwise it sets ``finalised_at``. The record stays editable afterwards; the status bar says
"finalised" and the final report is dated with that moment.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from interview_guide.core.finalise import finalise_problems
from interview_guide.core.record_paths import RecordField
from interview_guide.i18n import fmt
from interview_guide.ui.dates import day_and_time
from interview_guide.ui.features.export import ExportActions
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.corrections_page import CorrectionsPage
from interview_guide.ui.wizard import HearingWizard


class FinaliseActions(QObject):
    """File › Import corrections… and Export the final report…; Hearing › Finalise the hearing…."""

    def __init__(self, window: MainWindow, export: ExportActions) -> None:
        """Add the actions to ``window``.

        Args:
            window: the main window.
            export: the report export (the final report is exported through it).
        """
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.export = export
        self.wizard: HearingWizard | None = None
        quit_action = window.commands.get("quit")
        for key, text, slot in (
            ("import-corrections", self.tr("&Import corrections…"), self.import_corrections),
            ("export-final", self.tr("Export the &final report…"), self.export_final),
        ):
            action = window.make_command(key, text, None, slot)
            if quit_action is not None:
                window.file_menu.insertAction(quit_action, action)
            else:
                window.file_menu.addAction(action)
        window.hearing_menu.addSeparator()
        window.hearing_menu.addAction(
            window.make_command("finalise", self.tr("Finalise the &hearing…"), None, self.finalise)
        )
        self.state_label = QLabel()
        self.state_label.setObjectName("finalisedLabel")
        window.statusBar().addPermanentWidget(self.state_label)
        self.controller.hearing_replaced.connect(self._update)
        self.controller.section_changed.connect(self._on_section_changed)
        self._update()

    def _on_section_changed(self, section: RecordField) -> None:
        if section is RecordField.FINALISED_AT:
            self._update()

    def _update(self) -> None:
        hearing = self.controller.hearing
        for key in ("import-corrections", "export-final", "finalise"):
            self.window.commands[key].setEnabled(hearing is not None)
        finalised = hearing.finalised_at if hearing is not None else None
        self.state_label.setText(
            fmt(self.tr("Finalised %1"), day_and_time(finalised)) if finalised else ""
        )
        self.state_label.setVisible(finalised is not None)

    def attach(self, wizard: HearingWizard) -> None:
        """Connect the corrections and review pages of a new wizard."""
        self.wizard = wizard
        pages = wizard.hearing_pages
        pages.corrections.final_export_requested.connect(self.export_final)
        button = QPushButton(self.tr("Finalise the hearing…"))
        button.setObjectName("finaliseButton")
        button.clicked.connect(self.finalise)
        pages.review.add_side_widget(button)

    def corrections_page(self) -> CorrectionsPage | None:
        """The corrections page of the current wizard, if any."""
        return self.wizard.hearing_pages.corrections if self.wizard is not None else None

    def import_corrections(self) -> None:
        """Go to the corrections page and import a returned report from there."""
        if self.wizard is None:
            return
        page = self.wizard.hearing_pages.corrections
        self.wizard.go_to_page(page)
        page.import_report()

    def export_final(self) -> None:
        """Export the final report, with the annex of corrections, additions and responses."""
        self.export.export(final=True)

    def finalise(self) -> bool:
        """Check the record and finalise the hearing, or list what is still missing.

        Returns:
            True when the hearing was finalised.
        """
        hearing = self.controller.hearing
        if hearing is None:
            return False
        lang = self.window.lang
        problems = finalise_problems(hearing, lang)
        if problems:
            QMessageBox.warning(
                self.window,
                self.tr("The hearing cannot be finalised yet"),
                self.tr("Still to do before the hearing can be finalised:")
                + "\n\n"
                + "\n".join("• " + problem for problem in problems),
            )
            return False
        question = self.tr(
            "Finalise the hearing now? The final report is dated with this moment.\n\nThe record stays "
            "editable: counsel's corrections, your responses and later statements can still be added, "
            "and changes to recorded answers are kept in the audit trail."
        )
        if hearing.finalised_at is not None:
            question = (
                fmt(
                    self.tr("The hearing was finalised on %1; finalising again re-dates it."),
                    day_and_time(hearing.finalised_at),
                )
                + "\n\n"
                + question
            )
        answer = QMessageBox.question(self.window, self.tr("Finalise the hearing"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        problems = self.controller.finalise(lang)
        if problems:  # the record changed in between (not expected; the checks are the same)
            return False
        self.window.statusBar().showMessage(self.tr("The hearing is finalised."), 8000)
        return True
