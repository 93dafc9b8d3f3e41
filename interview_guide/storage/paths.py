"""Where the app keeps settings, autosaves and recent files: one folder, overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "INTERVIEW_GUIDE_DATA_DIR"


def data_dir() -> Path:
    """The app's data folder, created if missing.

    ``INTERVIEW_GUIDE_DATA_DIR`` wins (tests and benchmarks use a temporary folder); otherwise the
    platform's user data folder (platformdirs). Created with owner-only permissions: it holds
    autosaves of special-category personal data.
    """
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        folder = Path(override)
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir("interview-guide", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder
