"""The app's settings (language, break reminder, recent cases): a small JSON file in the data folder.

Settings may fall back to defaults when their file is damaged (the caller is told); hearings never do.
No name is kept in plain text: recent encrypted cases keep their path sealed (``recent_cases.py``).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.text import Lang
from interview_guide.storage.atomic import remove_stale_temps, write_atomic
from interview_guide.storage.bounded_reader import MAX_SETTINGS_BYTES, read_bounded_json
from interview_guide.storage.crypto import CaseKey
from interview_guide.storage.paths import data_dir
from interview_guide.storage.recent_cases import RecentCase, recent_entry, remember

SETTINGS_FILE = "settings.json"
STALE_TEMP_AGE = 60.0  # seconds: a temp file of settings.json this old was left by a killed write


class AppSettings(BaseModel):
    """What the app remembers between runs."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    ui_lang: Lang = "nl"
    break_reminder_minutes: int = Field(default=90, ge=10, le=480)
    # Before format 2 of the settings this was "recent_files", a list of plain paths (with names):
    # no longer read, and dropped at the next save.
    recent_cases: list[RecentCase] = Field(default_factory=list)
    export_notice_seen: bool = False
    window_geometry: str = ""  # the main window's size, position and state (Qt's saveGeometry, base64)

    def remember_case(self, path: Path, case_number: str, key: CaseKey | None) -> None:
        """Put a case file first among the recent cases (its path sealed with ``key`` if encrypted)."""
        self.recent_cases = remember(self.recent_cases, recent_entry(path, case_number, key), key)


def settings_path() -> Path:
    """Where the settings live."""
    return data_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> tuple[AppSettings, str | None]:
    """Read the settings.

    Returns:
        The settings, and a warning when the file was damaged and defaults are used instead.
    """
    path = path or settings_path()
    remove_stale_temps(path, min_age=STALE_TEMP_AGE)
    if not path.exists() and not path.is_symlink():
        return AppSettings(), None
    try:
        raw = read_bounded_json(path, MAX_SETTINGS_BYTES, what="settings file")
        return AppSettings.model_validate(raw), None
    except InterviewGuideError as exc:
        return AppSettings(), f"{exc}; using the default settings"
    except (ValidationError, TypeError):
        return AppSettings(), f"{path}: settings were damaged; using defaults"


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write the settings atomically.

    Raises:
        WriteError: the file cannot be written.
    """
    write_atomic(path or settings_path(), settings.model_dump_json(indent=1).encode("utf-8"))
