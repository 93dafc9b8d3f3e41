"""Drives the real app in its own process for the crash test: types into an answer on command.

Usage: python typing_app.py type|recover
- ``type``: starts the app (offscreen), opens a new plain hearing, asks the first question of the first
  theme, prints READY, then for each line ``type TEXT`` on stdin types TEXT into the answer editor with
  real key events and prints ``SAVED <json answer>`` once the app reports that edit as autosaved;
  ``refcount`` prints ``REFCOUNT <sys.getrefcount(None)>``.
- ``recover``: starts the app the way ``interview-guide gui`` does, accepts the recovery offer, and
  prints ``RECOVERED <json answer of entry 1>``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from interview_guide.app import build_window, create_context
from interview_guide.core.hearing import ClaimType
from interview_guide.ui.recovery_dialog import RecoveryDialog, offer_recovery


def say(line: str) -> None:
    print(line, flush=True)


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> bool:
    """Run the event loop until ``condition`` holds (the autosave timers and signals need it)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(20)
    return True


def run_typing() -> None:
    context = create_context("en")
    window = build_window(context)
    window.show()
    context.controller.new_hearing([ClaimType.LGBTI])
    page = next(p for p in window.wizard.theme_pages() if p.bank.id == "lgbti")
    window.wizard.go_to_page(page)
    next(iter(page.cards.values())).ask_button.click()
    editor = page.panel.answer_edit
    editor.setFocus()
    service = context.autosave
    say("READY")
    for line in sys.stdin:
        command, _, text = line.rstrip("\n").partition(" ")
        if command == "refcount":
            say(f"REFCOUNT {sys.getrefcount(None)}")
            continue
        if command != "type":
            continue
        QTest.keyClicks(editor, text)
        typed = context.controller.require().entries[0].answer_text
        # Saved = the writer confirmed every save point handed over after this keystroke.
        if not wait_until(lambda: not service.pending()):
            say("TIMEOUT")
            continue
        say("SAVED " + json.dumps(typed))


def run_recover() -> None:
    context = create_context("en")
    window = build_window(context)
    window.show()
    RecoveryDialog.ask = classmethod(lambda cls, description, parent: "restore")  # type: ignore[method-assign]
    restored = offer_recovery(context.controller, context.autosave, window)
    hearing = context.controller.hearing
    answer = hearing.entries[0].answer_text if restored and hearing and hearing.entries else None
    say("RECOVERED " + json.dumps(answer))
    window.set_close_guard(lambda: True)
    QApplication.quit()


if __name__ == "__main__":
    {"type": run_typing, "recover": run_recover}[sys.argv[1]]()
