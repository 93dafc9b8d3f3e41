"""MainWindow: menus and shortcuts, the status bar (hearing clock, save state), hosts the wizard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_guide.core import editing
from interview_guide.core.presenting import pseudonym
from interview_guide.core.text import Lang
from interview_guide.i18n import fmt
from interview_guide.storage.app_settings import AppSettings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.ui.controller import HearingController
from interview_guide.ui.dates import clock_time, day
from interview_guide.ui.dialogs import BreakDialog, IssueDialog, NewSittingDialog, ShortcutsDialog
from interview_guide.ui.domain_messages import describe
from interview_guide.ui.pages.theme_page import ThemePage
from interview_guide.ui.presenting import presenting
from interview_guide.ui.retranslate import retranslate_tree
from interview_guide.ui.start_screen import StartScreen
from interview_guide.ui.status_bar import StatusLabel
from interview_guide.ui.style import REMINDER, shade
from interview_guide.ui.wizard import HearingWizard

WizardFactory = Callable[[], HearingWizard]  # builds the wizard (and its features) for the open hearing
CloseGuard = Callable[[], bool]  # True when the window may close (asks to save unsaved changes)


def _duration(delta: dt.timedelta) -> str:
    minutes = max(int(delta.total_seconds()) // 60, 0)
    return f"{minutes // 60}:{minutes % 60:02d}"


class MainWindow(QMainWindow):
    """The application window: the start screen, or the hearing wizard."""

    language_requested = Signal(str)
    language_changed = Signal(str)  # the window speaks another language now: features re-make texts

    def __init__(
        self,
        controller: HearingController,
        settings: AppSettings,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        """The window on the start screen; the composition root then sets how wizards are built
        (``set_wizard_factory``) and what guards closing (``set_close_guard``)."""
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.lang = lang
        self._make_wizard: WizardFactory | None = None
        self._close_guard: CloseGuard = lambda: True
        self.wizard: HearingWizard | None = None
        self.reminded_at: dt.datetime | None = None
        self.setObjectName("mainWindow")
        self.resize(1280, 800)

        self.stack = QStackedWidget()
        self.start = StartScreen(settings.recent_cases, lang=lang)
        self.stack.addWidget(self.start)
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)  # "Start new hearing", once shown
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._reminder_bar())
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.clock_label = StatusLabel()  # hidden under a status message
        self.clock_label.setObjectName("clockLabel")
        self.save_label = QLabel()
        self.save_label.setObjectName("saveLabel")
        # A fixed size: its text changes with every autosave while the officer types, and a label
        # that may change size lays out (and repaints) the whole status bar each time.
        self.fit_save_label()
        self.mode_label = QLabel()
        self.mode_label.setObjectName("modeLabel")
        self.statusBar().addWidget(self.clock_label, 1)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.save_label)

        self.commands: dict[str, QAction] = {}
        self._build_menus()
        controller.hearing_replaced.connect(self.show_hearing)
        controller.dirty_changed.connect(self._update_title)
        controller.section_changed.connect(lambda _: self._update_title())  # the V-number is typed
        controller.error_raised.connect(self.show_error)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()
        self._update_title()
        self._update_actions()

    # -- menus and shortcuts ---------------------------------------------------------------------

    def make_command(
        self,
        key: str,
        text: str,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action-{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _=False: slot())
        self.commands[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addAction(
            self.make_command("new", self.tr("&New hearing…"), QKeySequence.StandardKey.New, self.go_start)
        )
        hearing = bar.addMenu(self.tr("H&earing"))  # Alt+H is Help
        self.hearing_menu = hearing
        for key, text, keys, slot in (
            (
                "log",
                self.tr("&Log answer and next question"),
                "Ctrl+Return",
                lambda: self._on_theme(ThemePage.primary_action),
            ),
            ("own", self.tr("&Own question"), "Ctrl+E", self.own_question),
            ("follow", self.tr("&Follow-up"), "Ctrl+F", lambda: self._on_theme(ThemePage.follow_up)),
            ("issue", self.tr("&Interpreter or communication problem…"), "Ctrl+I", self.log_issue),
            ("break", self.tr("Start or end a &break"), "Ctrl+B", self.toggle_break),
            ("sitting", self.tr("&Continue on another day…"), None, self.new_sitting),
        ):
            hearing.addAction(self.make_command(key, text, keys, slot))
        hearing.addSeparator()
        guidance = self.make_command(
            "guidance",
            self.tr("Show follow-ups and &guidance of every question"),
            "Ctrl+G",
            self.toggle_guidance,
            checkable=True,
        )
        hearing.addAction(guidance)
        settings = bar.addMenu(self.tr("&Settings"))
        language = settings.addMenu(self.tr("&Language"))
        for code, text in (("nl", "Nederlands"), ("en", "English")):
            action = self.make_command(
                f"lang-{code}", text, None, partial(self.language_requested.emit, code), checkable=True
            )
            action.setChecked(code == self.lang)
            language.addAction(action)
        settings.addAction(
            self.make_command("breakinterval", self.tr("&Break reminder…"), None, self.set_break_interval)
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self.make_command("shortcuts", self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        )

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, for the help dialog (and the README)."""
        rows = []
        for action in self.commands.values():
            if not action.shortcut().isEmpty():
                rows.append(
                    (
                        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                        action.text().replace("&", "").rstrip("…"),
                    )
                )
        return rows

    def set_break_interval(self) -> None:
        """Ask after how many minutes without a break the reminder appears (remembered)."""
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Break reminder"),
            self.tr("Remind me to offer a break after this many minutes without one:"),
            self.settings.break_reminder_minutes,
            10,
            480,
            5,
        )
        if not ok:
            return
        self.settings.break_reminder_minutes = minutes
        try:
            save_settings(self.settings)
        except WriteError as exc:
            self.statusBar().showMessage(describe(exc), 10000)
        self.reminded_at = None
        self.tick()

    def show_shortcuts(self) -> None:
        """Show the keyboard shortcuts."""
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def _update_actions(self) -> None:
        open_hearing = self.controller.hearing is not None and self.wizard is not None
        for key in ("log", "own", "follow", "issue", "break", "sitting", "guidance"):
            self.commands[key].setEnabled(open_hearing)

    # -- wiring (by the composition root) ---------------------------------------------------------

    def set_wizard_factory(self, make_wizard: WizardFactory) -> None:
        """How the wizard for an open hearing is built (its pages, with the features added)."""
        self._make_wizard = make_wizard
        if self.controller.hearing is not None:
            self.show_hearing()

    def set_close_guard(self, guard: CloseGuard) -> None:
        """What decides whether the window may close (the unsaved-changes question)."""
        self._close_guard = guard

    # -- the hearing -----------------------------------------------------------------------------

    def show_hearing(self) -> None:
        """Build the wizard for the hearing now in the controller."""
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        if self.controller.hearing is None or self._make_wizard is None:
            self.stack.setCurrentWidget(self.start)
        else:
            self.wizard = self._make_wizard()
            self.stack.addWidget(self.wizard)
            self.stack.setCurrentWidget(self.wizard)
            self.wizard.restart()
            self.wizard.currentIdChanged.connect(lambda _: self._apply_guidance())
        self.reminded_at = None
        self._update_actions()
        self._update_title()
        self.tick()

    def go_start(self) -> None:
        """Back to the start screen (a new hearing, or another case)."""
        self.stack.setCurrentWidget(self.start)
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)  # on "Start new hearing"

    def current_theme_page(self) -> ThemePage | None:
        """The theme page on screen, if any."""
        return self.wizard.current_theme_page() if self.wizard is not None else None

    def own_question(self) -> None:
        """Ctrl+E from any page: the cursor in the own-question box of the current theme (the theme
        page shown last, or the opening); Ctrl+Return then asks it."""
        if self.wizard is None:
            return
        page = self.wizard.typing_theme_page()
        if page is None:
            return
        self.wizard.go_to_page(page)
        page.own_question()

    def _on_theme(self, action: Callable[[ThemePage], None]) -> None:
        page = self.current_theme_page()
        if page is not None:
            action(page)

    def toggle_guidance(self) -> None:
        """Show or hide the guidance and follow-ups of every card."""
        self._apply_guidance()

    def _apply_guidance(self) -> None:
        visible = self.commands["guidance"].isChecked()
        if self.wizard is not None:
            for page in self.wizard.theme_pages():
                page.set_guidance_visible(visible)

    def log_issue(self) -> None:
        """Note an interpreter or communication problem at the current (or last) entry."""
        hearing = self.controller.hearing
        if hearing is None or not hearing.entries:
            self.statusBar().showMessage(self.tr("No entry yet to note a problem at."), 5000)
            return
        page = self.current_theme_page()
        number = (
            (page.panel.number if page is not None else 0)
            or self.controller.current_entry
            or len(hearing.entries)
        )
        result = IssueDialog.ask(number, self.lang, self)
        if result is not None:
            self.controller.log_communication_issue(number, *result)
            self.statusBar().showMessage(fmt(self.tr("Problem noted at entry %1."), number), 5000)

    def toggle_break(self) -> None:
        """Start a break (asking the reason) or end the running one."""
        hearing = self.controller.hearing
        if hearing is None:
            return
        reason = ""
        if editing.running_break(hearing) is None:
            answer = BreakDialog.ask(self)
            if answer is None:
                return
            reason = answer
        self.controller.toggle_break(reason)
        self.reminded_at = None
        self.tick()

    def new_sitting(self) -> None:
        """Continue the hearing on another day in a new sitting."""
        hearing = self.controller.hearing
        if hearing is None:
            return
        current = editing.current_sitting(hearing)
        result = NewSittingDialog.ask(current.interpreter, current.location, self.lang, self)
        if result is not None:
            day, location, interpreter = result
            self.controller.new_sitting(day, location, interpreter)
            self.tick()

    # -- status bar: hearing clock and break reminder --------------------------------------------

    def _reminder_bar(self) -> QFrame:
        self.reminder = QFrame()
        self.reminder.setObjectName("reminderBar")
        shade(self.reminder, REMINDER)
        row = QHBoxLayout(self.reminder)
        row.setContentsMargins(8, 4, 8, 4)
        self.reminder_text = QLabel()
        self.reminder_text.setObjectName("reminderText")
        row.addWidget(self.reminder_text, 1)
        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("reminderButton")
        self.reminder_button.clicked.connect(self.toggle_break)
        row.addWidget(self.reminder_button)
        later = QPushButton(self.tr("Later"))
        later.setObjectName("reminderLater")
        later.clicked.connect(self._snooze)
        self.reminder_later = later
        row.addWidget(later)
        self.reminder.setVisible(False)
        return self.reminder

    def _snooze(self) -> None:
        self.reminded_at = self.controller.clock()
        self.reminder.setVisible(False)

    def tick(self) -> None:
        """Update the hearing clock; remind the officer to offer a break after the set interval."""
        hearing = self.controller.hearing
        if hearing is None or self.wizard is None:
            self.clock_label.setText("")
            self.reminder.setVisible(False)
            return
        now = self.controller.clock()
        sitting = editing.current_sitting(hearing)
        start = dt.datetime.combine(sitting.date, sitting.start, tzinfo=now.tzinfo) if sitting.start else None
        running = editing.running_break(hearing)
        since_break_start = editing.last_break_end(hearing) or start
        if sitting.date != now.date() or sitting.end is not None:
            # Not in progress (an earlier day, or ended): no clock, no break reminder.
            self.clock_label.setText(
                fmt(
                    self.tr("Sitting %1 of %2 (not in progress)"),
                    sitting.number,
                    day(sitting.date),
                )
            )
            self.reminder.setVisible(False)
            return
        parts = [fmt(self.tr("Sitting %1"), sitting.number)]
        if start is not None and start <= now:
            parts.append(fmt(self.tr("%1 elapsed"), _duration(now - start)))
        if running is not None:
            parts.append(fmt(self.tr("break since %1"), clock_time(running.start)))
        elif since_break_start is not None and since_break_start <= now:
            parts.append(fmt(self.tr("%1 since the last break"), _duration(now - since_break_start)))
        self.clock_label.setText("   ·   ".join(parts))
        self._update_reminder(now, running is not None, since_break_start)

    def _update_reminder(self, now: dt.datetime, on_break: bool, since: dt.datetime | None) -> None:
        if on_break:
            self.reminder_text.setText(self.tr("Break running."))
            self.reminder_button.setText(self.tr("End break (Ctrl+B)"))
            self.reminder_later.setVisible(False)
            self.reminder.setVisible(True)
            return
        interval = dt.timedelta(minutes=self.settings.break_reminder_minutes)
        due = since is not None and now - since >= interval
        snoozed = self.reminded_at is not None and now - self.reminded_at < dt.timedelta(minutes=15)
        if due and not snoozed:
            self.reminder_text.setText(
                self.tr(
                    "%n minutes without a break: offer the applicant and the interpreter a break.",
                    "",
                    self.settings.break_reminder_minutes,
                )
            )
            self.reminder_button.setText(self.tr("Start break (Ctrl+B)"))
            self.reminder_later.setVisible(True)
        self.reminder.setVisible(due and not snoozed)

    # -- title, errors, closing ------------------------------------------------------------------

    def refresh_title(self) -> None:
        """Rewrite the window title (after presenter mode hides or shows personal data)."""
        self._update_title()

    def _update_title(self) -> None:
        name = self.tr("Interview Guide")
        if self.controller.hearing is not None:
            # The case number, never the file name: a path may hold the applicant's name.
            number = self.controller.hearing.case.v_number
            doc = (
                fmt(self.tr("V-number %1"), number)
                if number and not self.controller.demo
                else (self.tr("demo hearing") if self.controller.demo else self.tr("case without a V-number"))
            )
            if presenting():  # a room is watching: no V-number
                doc = pseudonym(self.lang)
            name = f"{doc}{' *' if self.controller.dirty else ''} — {name}"
        self.setWindowTitle(name)

    def fit_save_label(self) -> None:
        """Fix the save label's size to its longest usual text in the current font."""
        self.save_label.setFixedSize(self.save_label_width(), self.save_label.sizeHint().height())

    def save_label_width(self) -> int:
        """The save label's usual, fixed width in the current font (widened only for a failure)."""
        metrics = self.save_label.fontMetrics()
        return (
            max(
                metrics.horizontalAdvance(text)
                for text in (
                    QCoreApplication.translate("AutosaveStatus", "Autosaved %1").replace("%1", "00:00:00"),
                    QCoreApplication.translate("AutosaveStatus", "Saving…"),
                    QCoreApplication.translate("AutosaveStatus", "Autosave on"),
                )
            )
            + 12
        )

    def show_error(self, title: str, message: str) -> None:
        """One dialog for every error the controller reports."""
        QMessageBox.critical(self, title, message)

    # -- the UI language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language of the settings once its translator is installed (a language switch);
        size the save label for a new font (presenter mode's zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self.save_label.property("error"):
            self.fit_save_label()
        if event.type() == QEvent.Type.LanguageChange and self.settings.ui_lang != self.lang:
            self.retranslate(self.settings.ui_lang)

    def retranslate(self, lang: Lang) -> None:
        """Put the window into ``lang`` in place: same size and state, same page, the same entry with the
        cursor where it was, the same indicators; the pages are rebuilt (they show bank text too)."""
        self.lang = lang
        retranslate_tree(self, lang, skip=[self.wizard] if self.wizard is not None else [])
        for code in ("nl", "en"):
            self.commands[f"lang-{code}"].setChecked(code == lang)
        if self.wizard is not None:
            place = self.wizard.place()
            self.show_hearing()
            if self.wizard is not None:
                self.wizard.go_back_to(place)
        self._update_title()
        self.tick()
        self.language_changed.emit(lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close, after the unsaved-changes guard (see the file actions)."""
        if self._close_guard():
            event.accept()
        else:
            event.ignore()
