"""RecordPage: the life cycle every page of the hearing shares.

A page makes its widgets only when it is first needed (``build``, run by ``ensure_built``: before the
wizard first shows it, or when a feature or a test asks), so that opening a hearing does not build
twenty pages nobody has looked at yet. Features that add to a page's widgets register with
``when_built``.

A page reads the record whenever it comes on screen (``refresh``: by Next, Back, a jump, or coming
back from the start screen), writes every edit through the controller at once, and never resets
anything on Back. While it is off screen it listens to nothing: what it shows is read anew when it
is shown, so an edit elsewhere (a keystroke in an answer) never wakes a page nobody sees. Signals a
page must follow while on screen are registered with :meth:`follow_while_shown`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizardPage,
)

from interview_guide.core.text import Lang
from interview_guide.ui.controller import HearingController
from interview_guide.ui.while_shown import WhileShown


class RecordPage(QWizardPage):
    """A wizard page showing part of the record in the controller; subclasses implement ``refresh``."""

    def __init__(self, controller: HearingController, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self._built = False
        self._when_built: list[Callable[[], None]] = []
        self._shown = WhileShown(self, self._read_record)

    def build(self) -> None:
        """Make the page's widgets (once; subclasses put their layout here, not in ``__init__``)."""

    def ensure_built(self) -> None:
        """Build the page now if it was not built yet, then run what waited for it."""
        if self._built:
            return
        self._built = True
        self.build()
        waiting, self._when_built = self._when_built, []
        for callback in waiting:
            callback()

    @property
    def built(self) -> bool:
        """Whether the page's widgets exist."""
        return self._built

    def when_built(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the page is built (at once if it is)."""
        if self._built:
            callback()
        else:
            self._when_built.append(callback)

    def refresh(self) -> None:
        """Bring everything on the page up to date with the record (called with a hearing open)."""
        raise NotImplementedError

    def take_focus(self) -> None:
        """Put the keyboard focus where the officer types first on this page (called when it is shown;
        the default: its first field). Without this QWizard focuses its Next button."""
        field = first_field(self)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def follow_while_shown(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``slot`` to ``signal`` only while the page is on screen."""
        self._shown.follow(signal, slot)

    def _read_record(self) -> None:
        self.ensure_built()
        if self.controller.hearing is not None:
            self.refresh()

    # -- QWizardPage ------------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Build the page (QWizard calls this before first showing it); read the record if it is on
        screen (otherwise it does so when it is shown)."""
        self.ensure_built()
        if self.isVisible():
            self._read_record()

    def cleanupPage(self) -> None:
        """Back never resets anything: the record holds every value."""


FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def first_field(page: QWidget) -> QWidget | None:
    """The first field of ``page`` in Tab order that can take the focus now (not a button)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            isinstance(widget, FIELDS)
            and page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
