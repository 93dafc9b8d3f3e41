"""Export of the Word hearing report from the GUI: a file dialog, progress, and the folder to open.

The report holds special-category personal data in plain form; the first export shows a one-time
reminder (store it on an encrypted disk; hand it to counsel only if the applicant does not object).
The report renderer is imported only when the first export starts, to keep start-up fast.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.filenames import report_file_name
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.storage.app_settings import AppSettings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.ui.domain_messages import describe
from interview_guide.ui.file_places import start_folder
from interview_guide.ui.main_window import MainWindow
from interview_guide.ui.pages.review_page import ReviewPage
from interview_guide.ui.wizard import HearingWizard

WORD_FILTER = "Word (*.docx)"


class ExportActions(QObject):
    """Adds "Export report" to the File menu and the review page, and carries it out."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.settings = settings
        self.last_export: Path | None = None
        action = window.make_command(
            "export", self.tr("&Export the hearing report…"), QKeySequence("Ctrl+P"), self.export
        )
        window.file_menu.insertAction(window.commands["quit"], action)
        action = window.make_command(
            "export-audit-trail",
            self.tr("Export the report with the a&udit trail…"),
            None,
            lambda: self.export(audit_trail=True),
        )
        window.file_menu.insertAction(window.commands["quit"], action)
        self.review: ReviewPage | None = None
        self.controller.hearing_replaced.connect(self._update)
        self._update()

    def _update(self) -> None:
        for key in ("export", "export-audit-trail"):
            self.window.commands[key].setEnabled(self.controller.hearing is not None)

    def attach(self, wizard: HearingWizard) -> None:
        """Export from the review page of a new wizard."""
        self.review = wizard.hearing_pages.review
        self.review.export_requested.connect(self.export)

    def suggested_name(self, final: bool) -> str:
        """A file name from the case number and the date, in the UI language, never the applicant's name."""
        return report_file_name(self.controller.require(), self.window.lang, final)

    def export(self, final: bool = False, audit_trail: bool = False) -> Path | None:
        """Ask where, then export the report.

        Args:
            final: add the annex with the corrections and additions.
            audit_trail: end with the annex of changes after recording (the audit trail).
        """
        if self.controller.hearing is None:
            return None
        if final and not self._final_allowed():
            return None
        if not self._sensitive_data_notice():
            return None
        folder = self.last_export.parent if self.last_export is not None else start_folder(self.settings)
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the final report") if final else self.tr("Export the hearing report"),
            str(folder / self.suggested_name(final)),
            WORD_FILTER,
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        return path if self.export_to(path, final, audit_trail=audit_trail) else None

    def export_to(
        self, path: Path, final: bool = False, lang: Lang | None = None, audit_trail: bool = False
    ) -> bool:
        """Export to ``path`` with a progress dialog; errors become one dialog (the final report is
        refused while the hearing is not finalised or an item of counsel has no response)."""
        from interview_guide.report.admin_templates import template_for

        if final and not self._final_allowed():
            return False
        from interview_guide.report.docx_report import export_report
        from interview_guide.storage.settings_files import load_deadlines_or_defaults

        deadlines, warning = load_deadlines_or_defaults()
        template, template_warning = template_for(lang or self.window.lang, audit_trail=audit_trail)
        warnings = [text for text in (warning, template_warning) if text]
        if warnings:
            self.window.statusBar().showMessage("; ".join(warnings), 15000)
        progress = QProgressDialog(self.tr("Writing the report…"), "", 0, 100, self.window)
        progress.setObjectName("exportProgress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(fraction: float, _text: str) -> None:
            progress.setValue(int(fraction * 100))
            QApplication.processEvents()

        try:
            version = export_report(
                self.controller.require(),
                path,
                lang or self.window.lang,
                template,
                progress=step,
                final=final,
                audit_trail=audit_trail,
                deadline_settings=deadlines,
                now=self.controller.clock(),
            )
        except InterviewGuideError as exc:
            progress.close()
            self.controller.report_error(self.tr("The report was not written"), exc)
            return False
        progress.close()
        self.controller.keep_exported_version(version)
        self.last_export = path
        self._done(path)
        return True

    def _final_allowed(self) -> bool:
        from interview_guide.core.finalise import final_report_problems

        problems = final_report_problems(self.controller.require(), self.window.lang)
        if problems:
            QMessageBox.warning(
                self.window,
                self.tr("No final report yet"),
                self.tr("The final report can be exported once:")
                + "\n\n"
                + "\n".join("• " + problem for problem in problems),
            )
        return not problems

    def _done(self, path: Path) -> None:
        text = fmt(self.tr("Report written to %1"), path)
        self.window.statusBar().showMessage(text, 15000)
        review = self.review
        if review is not None:
            review.ensure_built()  # exported from the menu before the review page was ever shown
            review.show_message(text)
            review.open_folder_button.setVisible(True)
            review.open_folder_button.clicked.connect(self.open_folder, Qt.ConnectionType.UniqueConnection)

    def open_folder(self) -> None:
        """Open the folder of the last export in the file manager."""
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))

    def _sensitive_data_notice(self) -> bool:
        hearing = self.controller.require()
        objects = hearing.case.applicant_objects_to_counsel_report
        if self.settings.export_notice_seen and not objects:
            return True
        text = self.tr(
            "The report holds special-category personal data (sexual orientation, religion) in plain, "
            "unencrypted form.\n\nStore it only on an encrypted disk, and hand it to counsel only if the "
            "applicant does not object."
        )
        if objects:
            text += "\n\n" + self.tr("In this case the applicant OBJECTS to counsel receiving the report.")
        answer = QMessageBox.information(
            self.window,
            self.tr("Sensitive personal data"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return False
        self.settings.export_notice_seen = True
        try:
            save_settings(self.settings)
        except WriteError as exc:
            self.window.statusBar().showMessage(describe(exc), 8000)
        return True
