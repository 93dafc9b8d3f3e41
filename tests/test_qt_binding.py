"""The Qt binding must not corrupt Python's reference counts: a faulty release fails CI, not a hearing.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a text setter; a few thousand typed
characters then aborted the app with "none_dealloc: deallocating None". The first test calls every
text setter the app uses in a loop in a fresh process and checks the count of ``None`` did not fall;
the second types 10,000 characters into an answer of the real app, with real key events.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DRIVER = Path(__file__).parent / "drivers" / "typing_app.py"

SETTER_LOOP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import (
        QApplication, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
        QTextEdit, QToolButton, QTreeWidgetItem,
    )
    app = QApplication([])
    view = QListWidget()
    item = QListWidgetItem("x")
    view.addItem(item)
    tree_item, standard_item = QTreeWidgetItem(), QStandardItem()
    label, line, button, tool = QLabel(), QLineEdit(), QPushButton(), QToolButton()
    plain, rich = QPlainTextEdit(), QTextEdit()
    setters = {
        "QListWidgetItem.setText": lambda i: item.setText(f"t{i}"),
        "QListWidgetItem.setToolTip": lambda i: item.setToolTip(f"t{i}"),
        "QTreeWidgetItem.setText": lambda i: tree_item.setText(0, f"t{i}"),
        "QStandardItem.setText": lambda i: standard_item.setText(f"t{i}"),
        "QLabel.setText": lambda i: label.setText(f"t{i}"),
        "QLineEdit.setText": lambda i: line.setText(f"t{i}"),
        "QPushButton.setText": lambda i: button.setText(f"t{i}"),
        "QToolButton.setText": lambda i: tool.setText(f"t{i}"),
        "QPlainTextEdit.setPlainText": lambda i: plain.setPlainText(f"t{i}"),
        "QTextEdit.setPlainText": lambda i: rich.setPlainText(f"t{i}"),
        "QWidget.setToolTip": lambda i: label.setToolTip(f"t{i}"),
    }
    for name, call in setters.items():
        for i in range(50):  # warm up caches (interned strings, method lookups)
            call(i)
        before = sys.getrefcount(None)
        for i in range(300):
            call(i)
        print(name, sys.getrefcount(None) - before, flush=True)
    """
)


def test_text_setters_keep_the_reference_count_of_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SETTER_LOOP], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, f"the setter loop crashed the process:\n{run.stderr[-2000:]}"
    drift = {name: int(delta) for name, delta in (line.rsplit(" ", 1) for line in run.stdout.splitlines())}
    assert len(drift) == 11
    # A faulty binding loses one reference per call (-300); a sound one stays within a few.
    falling = {name: delta for name, delta in drift.items() if delta < -10}
    assert not falling, f"the installed Qt binding drops references to None: {falling}"


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="the driver's subprocess control is POSIX")
def test_typing_ten_thousand_characters_into_an_answer(data_dir: Path) -> None:
    env = {**os.environ, "INTERVIEW_GUIDE_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, str(DRIVER), "type"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert app.stdin is not None and app.stdout is not None

    def ask(command: str, prefix: str) -> str:
        assert app.stdin is not None and app.stdout is not None
        app.stdin.write(command + "\n")
        app.stdin.flush()
        for line in app.stdout:
            if line.startswith(prefix):
                return line[len(prefix) :].strip()
            assert not line.startswith("TIMEOUT"), "the app did not report the edit as saved"
        raise AssertionError(f"the app ended while typing (exit {app.wait()}): {app.stderr.read()[-2000:]}")

    try:
        for line in app.stdout:
            if line.startswith("READY"):
                break
        start = int(ask("refcount", "REFCOUNT "))
        chunk = "Ik ben in Shiraz opgegroeid bij mijn grootmoeder, zij leerde mij lezen. " * 7  # 497 chars
        typed = 0
        while typed < 10_000:
            ask("type " + chunk[:500], "SAVED ")
            typed += len(chunk[:500])
        assert app.poll() is None, "the app died while the officer typed"
        end = int(ask("refcount", "REFCOUNT "))
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    assert typed >= 10_000
    # A fault of the 6.12.0 kind loses one reference per keystroke (thousands here).
    assert end >= start - 100, f"references to None fell from {start} to {end} while typing"
