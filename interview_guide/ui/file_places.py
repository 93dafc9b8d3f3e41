"""Where the file dialogs start: the folder of the most recent case file, else the documents folder
(not the folder the app happened to be started from)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from interview_guide.storage.app_settings import AppSettings


def start_folder(settings: AppSettings) -> Path:
    """The folder of the most recent case file that still exists, else the documents folder, else home."""
    for name in settings.recent_files:
        folder = Path(name).parent
        if folder.is_dir():
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
