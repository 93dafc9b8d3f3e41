"""Key derivation in the window runs off the UI thread, with a busy dialog, and errors come back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from interview_guide.core.errors import WrongPassphraseError
from interview_guide.ui.passphrase_dialog import run_with_progress


def test_work_runs_on_another_thread_while_the_ui_shows_progress(qapp: QApplication) -> None:
    seen: dict[str, object] = {}
    ui_ran = threading.Event()

    def on_ui_thread() -> None:
        seen["ui thread"] = threading.current_thread() is threading.main_thread()
        seen["progress shown"] = [
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        ui_ran.set()

    def work() -> int:
        seen["work thread"] = threading.current_thread().name
        QTimer.singleShot(0, qapp, on_ui_thread)  # runs only if the UI thread's event loop runs now
        assert ui_ran.wait(30), "the UI thread was blocked during the derivation"
        return 42

    assert run_with_progress(None, "Checking the passphrase…", work) == 42
    assert seen["work thread"] == "key-derivation" and seen["ui thread"] is True
    assert seen["progress shown"] == ["Checking the passphrase…"]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_errors_of_the_work_reach_the_caller(qapp: QApplication) -> None:
    def wrong() -> None:
        raise WrongPassphraseError("f: wrong passphrase")

    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        run_with_progress(None, "x", wrong)
