"""Where the file dialogs start: the folder of the most recent case file, else the documents folder
(not the folder the app happened to be started from)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from interview_guide.storage.app_settings import AppSettings


def start_folder(settings: AppSettings) -> Path:
    """The folder of the most recent plain case file that still exists, else the documents folder,
    else home. The path of an encrypted case is sealed in the settings (``storage/recent_cases.py``)
    and stays so: it is not unsealed to choose a folder."""
    for recent in settings.recent_cases:
        if recent.path is None:
            continue
        folder = Path(recent.path).parent
        if folder.is_dir():
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
