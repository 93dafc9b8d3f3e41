"""Read the optional deadlines files (``deadlines.yaml``) into DeadlineSettings.

The admin folder's file sets deadlines for all users; the one in the user's data folder replaces the
tracks it names. Each overrides the default deadline of some or all procedure tracks, for example::

    # deadlines.yaml: calendar days after the last sitting, and the time of day on the last day
    general: {days: 1, time: "23:59"}
    general-extended: {days: 1}
    extended: {days: 14, time: "17:00"}
    detention: {kind: with-notice-of-intent}
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from interview_guide.core.bank_loader import format_loc
from interview_guide.core.deadlines import DeadlineRule, DeadlineSettings
from interview_guide.core.errors import InterviewGuideError
from interview_guide.core.hearing import ProcedureTrack
from interview_guide.storage.bounded_reader import MAX_SETTINGS_BYTES, read_bounded_text
from interview_guide.storage.paths import data_dir

DEADLINES_FILE = "deadlines.yaml"


class SettingsFileError(InterviewGuideError):
    """A settings file exists but cannot be read or is malformed."""


def deadlines_path() -> Path:
    """Where the deadlines file lives: ``deadlines.yaml`` in the data folder."""
    return data_dir() / DEADLINES_FILE


def admin_deadlines_path() -> Path:
    """The deadlines file the IT department sets for all users: ``deadlines.yaml`` in the admin folder."""
    from interview_guide.storage.admin_folder import admin_dir

    return admin_dir() / DEADLINES_FILE


def load_deadlines(path: Path | None = None) -> DeadlineSettings:
    """The deadline settings: defaults, overridden by the deadlines files if there are any.

    Args:
        path: the file to read (default: ``deadlines.yaml`` in the admin folder, for all users, then
            the one in the user's data folder, whose tracks replace the admin folder's). A missing
            default file means "use the defaults"; a missing file named explicitly is an error.

    Raises:
        SettingsFileError: the file cannot be read or is malformed (naming the file and the field).
    """
    if path is not None:
        return DeadlineSettings().merged(_read_rules(path))
    settings = DeadlineSettings()
    for file in (admin_deadlines_path(), deadlines_path()):
        if file.exists() or file.is_symlink():
            settings = settings.merged(_read_rules(file))
    return settings


def _read_rules(file: Path) -> dict[ProcedureTrack, DeadlineRule]:
    """The rules one deadlines file sets (only the tracks it names)."""
    import yaml  # only when there is a deadlines file (most start-ups have none)

    from interview_guide.storage.settings_yaml import SettingsLoader

    text = read_bounded_text(file, MAX_SETTINGS_BYTES, what="deadlines file", error=SettingsFileError)
    try:
        data = yaml.load(text, Loader=SettingsLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        detail = f": {exc}" if type(exc) is yaml.YAMLError else ""
        raise SettingsFileError(f"{file}: not valid YAML{where}{detail}") from None
    except RecursionError:
        raise SettingsFileError(f"{file}: not valid YAML (nested too deeply)") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SettingsFileError(
            f"{file}: expected a mapping of procedure track to rule, e.g. 'extended: {{days: 14}}'"
        )
    try:
        return DeadlineSettings.model_validate({"rules": data}).rules
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = format_loc(first["loc"][1:] if first["loc"][:1] == ("rules",) else first["loc"])
        tracks = "general, general-extended, extended, detention"
        raise SettingsFileError(f"{file}: {loc}: {first['msg']} (tracks: {tracks})") from None


def load_deadlines_or_defaults(path: Path | None = None) -> tuple[DeadlineSettings, str | None]:
    """Like :func:`load_deadlines`, but a bad file falls back to the defaults (for the GUI).

    Returns:
        The settings, and a warning to show the user when the file was malformed (else None).
    """
    try:
        return load_deadlines(path), None
    except SettingsFileError as exc:
        return DeadlineSettings(), f"{exc}; the default deadlines are used instead"
