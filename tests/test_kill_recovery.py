"""The crash test: the real app in a subprocess types, is killed with SIGKILL, and restores what it saved."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
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
