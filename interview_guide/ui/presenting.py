"""The presenter's app-wide state: the zoom (the application font) and whether personal data is hidden.

Kept as properties of the application, so a window rebuilt in another language presents as before,
and any widget can ask whether to show the applicant's name without knowing the presenter feature.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from interview_guide.core.presenting import DEFAULT_ZOOM, Mask, check_zoom, scaled_point_size

_PRESENTING = "interviewGuidePresenting"
_ZOOM = "interviewGuidePresenterZoom"
_BASE_SIZE = "interviewGuideBasePointSize"
_PAGE_LIST = "interviewGuidePageListHidden"
_FALLBACK_SIZE = 10.0  # points, when the platform font is sized in pixels


def presenting() -> bool:
    """Whether presenter mode is on (personal data hidden, the zoom applied)."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(_PRESENTING))


def presenter_zoom() -> int:
    """The zoom chosen for presenting, in percent."""
    app = QCoreApplication.instance()
    value = app.property(_ZOOM) if app is not None else None
    return value if isinstance(value, int) else DEFAULT_ZOOM


def page_list_shown() -> bool:
    """Whether the hearing's side list of pages is shown (presenter mode collapses it)."""
    app = QCoreApplication.instance()
    return not (app is not None and app.property(_PAGE_LIST))


def set_page_list_shown(shown: bool) -> None:
    """Show or collapse the side list of pages (kept app-wide, like the zoom)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_PAGE_LIST, not shown)


def base_point_size() -> float:
    """The application font's size before any zoom."""
    app = QCoreApplication.instance()
    value = app.property(_BASE_SIZE) if app is not None else None
    if isinstance(value, float):
        return value
    size = QApplication.font().pointSizeF()
    return size if size > 0 else _FALLBACK_SIZE


def button_text(text: str, longest: int = 30) -> str:
    """``text`` for a button that cannot wrap: in presenter mode's large type a text longer than
    ``longest`` characters goes on two lines, broken at the space nearest its middle."""
    if not presenting() or len(text) <= longest or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def set_presenting(on: bool, zoom: int) -> None:
    """Turn presenter mode on or off at ``zoom`` percent: every widget, dialogs included, follows the
    application font.

    Raises:
        ValueError: a zoom that is not one of the presenter's levels.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    check_zoom(zoom)
    base = base_point_size()
    app.setProperty(_BASE_SIZE, base)
    app.setProperty(_PRESENTING, on)
    app.setProperty(_ZOOM, zoom)
    font = QApplication.font()
    before = font.pointSizeF() if font.pointSizeF() > 0 else base
    after = scaled_point_size(base, zoom) if on else base
    font.setPointSizeF(after)
    QApplication.setFont(font)
    _scale_own_fonts(after / before)


def _scale_own_fonts(ratio: float) -> None:
    """Widgets with a font of their own (a title, a question card) were sized from the application
    font when they were built: scale them with it."""
    if ratio == 1:
        return
    for widget in QApplication.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            font = widget.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(round(font.pointSizeF() * ratio, 2))
                widget.setFont(font)
        elif widget.styleSheet():
            # A widget with a style sheet keeps the font it was polished with (and hands it to its
            # children, such as the trainer's note): polish it again in the new font.
            widget.setStyleSheet(widget.styleSheet())


_mask = Mask()  # what to hide of the hearing open now (set by the presenter feature)
_WAS_READ_ONLY = "interviewGuideReadOnlyBeforeMasking"


def set_mask(mask: Mask) -> None:
    """What to hide while presenting (the hearing's names, numbers and date of birth)."""
    global _mask
    _mask = mask


def shown(text: str) -> str:
    """``text`` as the room may see it: with personal data hidden while presenting."""
    return _mask.apply(text) if presenting() and text else text


def mask_editor(editor: QLineEdit | QPlainTextEdit) -> None:
    """Hide the personal data in ``editor`` (just filled from the record) while presenting, and make it
    read-only while it shows the masked text, so that the pseudonym can never be written back into
    the record; outside presenter mode an editor masked before is made editable again.

    The caller fills the editor with signals that write to the record ignored (a binding's loading)."""
    if isinstance(editor, QLineEdit) and editor.echoMode() != QLineEdit.EchoMode.Normal:
        return  # hidden as a whole while presenting (the presenter feature's personal fields)
    text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    masked = shown(text)
    if masked != text:
        if editor.property(_WAS_READ_ONLY) is None:
            editor.setProperty(_WAS_READ_ONLY, editor.isReadOnly())
        editor.setReadOnly(True)
        if isinstance(editor, QLineEdit):
            editor.setText(masked)
        else:
            editor.setPlainText(masked)
    elif editor.property(_WAS_READ_ONLY) is not None:
        editor.setReadOnly(bool(editor.property(_WAS_READ_ONLY)))
        editor.setProperty(_WAS_READ_ONLY, None)
