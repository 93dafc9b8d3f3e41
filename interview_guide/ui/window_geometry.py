"""The main window opens fitted to the available screen, and where and as large as the officer left it.

The first start opens maximised on the screen's available area (without the taskbar); later starts
restore the size, position and maximised state last seen (saved in the settings when they change and
on close), shrunk and moved onto the screen when that screen is smaller than the one it was saved on.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from interview_guide.storage.app_settings import AppSettings, save_settings
from interview_guide.storage.atomic import WriteError
from interview_guide.ui.domain_messages import describe

SAVE_DELAY_MS = 1500  # after the last move or resize


def available_area(window: QMainWindow) -> QRect:
    """The part of the window's screen that windows may use (without taskbars and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_into(frame: QRect, area: QRect) -> QRect:
    """``frame`` made no larger than ``area`` and moved inside it."""
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    left = min(max(frame.left(), area.left()), area.right() - width + 1)
    top = min(max(frame.top(), area.top()), area.bottom() - height + 1)
    return QRect(left, top, width, height)


def place_window(window: QMainWindow, settings: AppSettings) -> None:
    """Give the window its remembered geometry, fitted to the screen, or fill the available screen.

    Call just before the window is first shown.
    """
    area = available_area(window)
    saved = QByteArray.fromBase64(settings.window_geometry.encode("ascii"))
    # Qt refuses a geometry saved on a screen of a quite different width (then: fill this screen).
    if settings.window_geometry and window.restoreGeometry(saved):
        keep_on_screen(window)
        QTimer.singleShot(0, lambda: keep_on_screen(window))  # again once shown, with its frame known
        return
    window.setGeometry(area)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def keep_on_screen(window: QMainWindow) -> None:
    """Shrink and move a window that is not maximised so that it lies within the available screen
    (its frame is known only once it is shown: call again then)."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    frame = window.frameGeometry()
    fitted = fit_into(frame, available_area(window))
    if fitted != frame:
        extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
        window.resize(fitted.width() - extra_w, fitted.height() - extra_h)
        window.move(fitted.topLeft())


def remember_geometry(window: QMainWindow, settings: AppSettings) -> str | None:
    """Save the window's size, position and state in the settings.

    Returns:
        None, or a message when the settings file cannot be written (the geometry is then not kept).
    """
    text = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    if text == settings.window_geometry:
        return None
    settings.window_geometry = text
    try:
        save_settings(settings)
    except WriteError as exc:
        return describe(exc)
    return None


class GeometryKeeper(QObject):
    """Saves the window geometry a moment after the officer moved or resized the window, and on close."""

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note moves, resizes and state changes of the window; save on close."""
        kind = event.type()
        if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange):
            if self.window.isVisible():
                self._timer.start()
        elif kind == QEvent.Type.Close:
            self.save()
        return False

    def save(self) -> None:
        """Save now (a failure to write the settings only costs the remembered geometry)."""
        self._timer.stop()
        if self.window.isVisible():
            remember_geometry(self.window, self.settings)
