"""The crash test: the real app in a subprocess types, is killed with SIGKILL, and restores what it saved."""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

DRIVER = Path(__file__).parent / "drivers" / "typing_app.py"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def start(mode: str, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "INTERVIEW_GUIDE_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def read_line(process: subprocess.Popen[str], prefix: str) -> str:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
        assert not line.startswith("TIMEOUT"), "the app did not report the edit as saved"
    raise AssertionError(f"the app ended without printing {prefix!r}")


def test_everything_reported_saved_survives_sigkill(data_dir: Path) -> None:
    app = start("type", data_dir)
    try:
        read_line(app, "READY")
        assert app.stdin is not None
        app.stdin.write("type I grew up in Shiraz with my grandmother.\n")
        app.stdin.flush()
        first = json.loads(read_line(app, "SAVED "))
        assert first == "I grew up in Shiraz with my grandmother."
        app.stdin.write("type  She taught me to read.\n")
        app.stdin.flush()
        second = json.loads(read_line(app, "SAVED "))
        assert second == first + " She taught me to read."
        # More typing that is killed before it can be reported as saved.
        app.stdin.write("type  And then\n")
        app.stdin.flush()
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    assert app.returncode == -signal.SIGKILL

    again = start("recover", data_dir)
    try:
        recovered = json.loads(read_line(again, "RECOVERED "))
    finally:
        again.wait(timeout=60)
    assert recovered is not None
    assert recovered.startswith(second)


def _driver_text() -> str:
    spec = importlib.util.spec_from_file_location("typing_app_driver", DRIVER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.STREAM_TEXT)


@pytest.mark.parametrize("saves_before_kill", [2, 6])
def test_sigkill_during_nonstop_typing_keeps_what_was_saved(data_dir: Path, saves_before_kill: int) -> None:
    """The app types without ever pausing and is killed; autosave must not wait for a pause."""
    text = _driver_text()
    app = start("stream", data_dir)
    lines: queue.Queue[str] = queue.Queue()
    assert app.stdout is not None
    reader = threading.Thread(target=lambda: [lines.put(line) for line in app.stdout], daemon=True)  # type: ignore[union-attr]
    reader.start()
    saved, typed, keys_since_save = 0, 0, 0
    saves = 0
    try:
        while saves < saves_before_kill or keys_since_save < 3:
            line = lines.get(timeout=120)  # a hang guard only: saves come several times a second
            if line.startswith("KEY "):
                typed = int(line.split()[1])
                keys_since_save += 1
            elif line.startswith("SAVED "):
                saved = int(line.split()[1])
                saves += 1
                keys_since_save = 0
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    assert app.returncode == -signal.SIGKILL
    # Typing went on past every save: the saves came while the officer never paused.
    assert 0 < saved < typed

    again = start("recover", data_dir)
    try:
        recovered = json.loads(read_line(again, "RECOVERED "))
        where = read_line(again, "WHERE ").split()
    finally:
        again.wait(timeout=60)
    assert recovered is not None
    assert text.startswith(recovered)
    assert len(recovered) >= saved
    # Back where the officer was typing: the theme page, in the answer, the cursor at its end.
    assert where == ["themePage-self-description", "answerEditor", str(len(recovered))]
