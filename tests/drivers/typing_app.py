"""Drives the real app in its own process for the crash test: types into an answer on command.

Usage: python typing_app.py type|stream|recover [--encrypted]
- ``type``: starts the app (offscreen), opens a new plain hearing, asks the first question of the first
  theme, prints READY, then for each line ``type TEXT`` on stdin types TEXT into the answer editor with
  real key events and prints ``SAVED <json answer>`` once the app reports that edit as autosaved;
  ``refcount`` prints ``REFCOUNT <sys.getrefcount(None)>``.
- ``stream``: like ``type``, but types STREAM_TEXT into the answer without ever pausing, one key every
  ``INTERVAL_MS`` (faster than any officer), until it is killed. Prints ``KEY <n> <t>`` after the n-th
  character (``t`` is ``time.monotonic()``, the same clock in every process) and ``SAVED <n>`` when the
  app reports the answer up to its n-th character as on disk.
- ``recover``: starts the app the way ``interview-guide gui`` does, accepts the recovery offer, and
  prints ``RECOVERED <json answer of entry 1>``, then ``WHERE <page> <focused widget> <cursor>``: the
  page on screen, the object name of the widget with the keyboard focus, and the cursor position in
  it when it is the answer editor (else -1).

With ``--encrypted`` the hearing is an encrypted one (passphrase PASSPHRASE, cheap key derivation), as
a real hearing is; ``recover`` then unlocks it with that passphrase.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from interview_guide.app import AppContext, build_window, create_context, restore_unfinished
from interview_guide.core.hearing import ClaimType
from interview_guide.storage import CaseKey, KdfParams
from interview_guide.ui import recovery_dialog
from interview_guide.ui.recovery_dialog import RecoveryDialog
from interview_guide.ui.widgets.entry_panel import AnswerEditor

STREAM_TEXT = (
    "Toen ik vijftien was, merkte ik dat ik anders naar jongens keek dan mijn vrienden deden. "
    "I did not have a word for it; my grandmother said nothing, but she knew. "
) * 400
INTERVAL_MS = 40
PASSPHRASE = "correct horse battery staple"
CHEAP = KdfParams.argon2id(8, 1, 1)
ENCRYPTED = "--encrypted" in sys.argv


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


def open_answer() -> tuple[AppContext, AnswerEditor]:
    """The app with a new hearing and the first question of the first LGBTI theme asked."""
    context = create_context("en")
    window = build_window(context)
    window.show()
    key = CaseKey.derive(PASSPHRASE, CHEAP) if ENCRYPTED else None
    context.controller.new_hearing([ClaimType.LGBTI], key=key)
    assert window.wizard is not None
    page = next(p for p in window.wizard.theme_pages() if p.bank.id == "lgbti")
    window.wizard.go_to_page(page)
    next(iter(page.cards.values())).ask_button.click()
    editor = page.panel.answer_edit
    editor.setFocus()
    return context, editor


def run_typing() -> None:
    context, editor = open_answer()
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


def run_stream() -> None:
    context, editor = open_answer()
    service = context.autosave
    answer = lambda: context.controller.require().entries[0].answer_text  # noqa: E731
    handed_over: dict[int, int] = {}  # save point -> characters of the answer it holds
    service.recorded.connect(lambda seq: handed_over.__setitem__(seq, len(answer())))

    def saved(seq: int, _when: object) -> None:
        held = [n for s, n in handed_over.items() if s <= seq]
        for done in [s for s in handed_over if s <= seq]:
            del handed_over[done]
        if held:
            say(f"SAVED {max(held)}")

    service.saved.connect(saved)
    typed = 0

    def key() -> None:
        nonlocal typed
        QTest.keyClick(editor, STREAM_TEXT[typed])
        typed += 1
        say(f"KEY {typed} {time.monotonic():.4f}")

    timer = QTimer()
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(key)
    say("READY")
    timer.start()
    QApplication.exec()


def run_recover() -> None:
    context = create_context("en")
    window = build_window(context)
    window.show()
    RecoveryDialog.ask = classmethod(lambda cls, description, parent: "restore")  # type: ignore[method-assign]
    recovery_dialog.unlock = lambda name, attempt, parent: attempt(PASSPHRASE)  # type: ignore[assignment]
    restored = restore_unfinished(context, window)
    hearing = context.controller.hearing
    answer = hearing.entries[0].answer_text if restored and hearing and hearing.entries else None
    say("RECOVERED " + json.dumps(answer))
    wait_until(lambda: QApplication.focusWidget() is not None, 5)
    page = window.wizard.currentPage() if window.wizard is not None else None
    focus = QApplication.focusWidget()
    cursor = focus.textCursor().position() if isinstance(focus, AnswerEditor) else -1
    say(f"WHERE {page.objectName() if page else '-'} {focus.objectName() if focus else '-'} {cursor}")
    window.set_close_guard(lambda: True)
    QApplication.quit()


if __name__ == "__main__":
    {"type": run_typing, "stream": run_stream, "recover": run_recover}[sys.argv[1]]()
