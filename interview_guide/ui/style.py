"""Small visual cues set on the widgets that need them (an application-wide style sheet would make
building every widget slower: measured at about 0.4 s more at start-up)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ASKED = "#eef5ee"  # background of a question card already asked
INVALID = "border: 1px solid #b00020;"  # a refused value
MESSAGE = "#8a1c1c"  # inline messages about missing or refused values
HINT = "#3b4f7a"  # reference-frame hints
GUIDANCE = "#555555"  # one-line guidance under a field
REMINDER = "#fff3c4"  # the break reminder bar
PROPOSED = "#e8f0fe"  # a question proposed by the keyboard, about to be asked


def tint(widget: QWidget, color: str) -> None:
    """Set the text colour of ``widget``."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    palette.setColor(QPalette.ColorRole.Text, QColor(color))
    widget.setPalette(palette)


def shade(widget: QWidget, color: str | None) -> None:
    """Give ``widget`` a background colour (None: the normal one)."""
    palette = widget.palette()
    if color is None:
        widget.setPalette(QPalette())
        widget.setAutoFillBackground(False)
        return
    palette.setColor(QPalette.ColorRole.Window, QColor(color))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame a field whose value was refused; only touches the widget when its state changes."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(INVALID if invalid else "")
