"""The app's settings (language, break reminder, recent files): a small JSON file in the data folder.

Settings may fall back to defaults when their file is damaged (the caller is told); hearings never do.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.text import Lang
from interview_guide.storage.atomic import write_atomic
from interview_guide.storage.bounded_reader import MAX_SETTINGS_BYTES, read_bounded_json
from interview_guide.storage.paths import data_dir

SETTINGS_FILE = "settings.json"
MAX_RECENT = 8


class AppSettings(BaseModel):
    """What the app remembers between runs."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    ui_lang: Lang = "nl"
    break_reminder_minutes: int = Field(default=90, ge=10, le=480)
    recent_files: list[str] = Field(default_factory=list)
    export_notice_seen: bool = False
    window_geometry: str = ""  # the main window's size, position and state (Qt's saveGeometry, base64)

    def remember_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        name = str(Path(path).resolve())
        self.recent_files = [name, *[p for p in self.recent_files if p != name][: MAX_RECENT - 1]]


def settings_path() -> Path:
    """Where the settings live."""
    return data_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> tuple[AppSettings, str | None]:
    """Read the settings.

    Returns:
        The settings, and a warning when the file was damaged and defaults are used instead.
    """
    path = path or settings_path()
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
