"""Strings of Qt's own file dialog that the Dutch translation shipped with this Qt lacks.

Qt 6.11 asks "&Look in:" and "Files of &type:" where its qtbase_nl.qm still translates the older
"Look in:" and "Files of type:", and it has no Dutch for the kinds of file in the dialog's list or for
its overwrite question; the dialog came out half English. The strings below are extracted by
pyside6-lupdate into our own .ts (under Qt's contexts) and translated there; our translator is
installed after Qt's, so Qt's dialogs find them. tests/test_small_points.py renders the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_dialog_strings() -> dict[str, str]:
    """Each of these strings of Qt's, in the UI language (a test checks none stays English)."""
    translate = QCoreApplication.translate
    return {
        "&Look in:": translate("QFileDialog", "&Look in:"),
        "Files of &type:": translate("QFileDialog", "Files of &type:"),
        "%1 already exists.": translate("QFileDialog", "%1 already exists."),
        "Do you want to replace it?": translate("QFileDialog", "Do you want to replace it?"),
        "Directory not found.": translate("QFileDialog", "Directory not found."),
        "File not found.": translate("QFileDialog", "File not found."),
        "Please verify the correct file name was given.": translate(
            "QFileDialog", "Please verify the correct file name was given."
        ),
        "Please verify the correct directory name was given.": translate(
            "QFileDialog", "Please verify the correct directory name was given."
        ),
        "'%1' is write protected.": translate("QFileDialog", "'%1' is write protected."),
        "Do you want to delete it anyway?": translate("QFileDialog", "Do you want to delete it anyway?"),
        "Folder": translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        "Drive": translate("QAbstractFileIconProvider", "Drive"),
        "File": translate("QAbstractFileIconProvider", "File"),
        "Unknown": translate("QAbstractFileIconProvider", "Unknown"),
    }
