"""One edit, one narrow path: what a keystroke in an answer wakes, and what it journals.

The controller has two kinds of signal: ``record_changed(path)`` for the autosave journal, and
narrow typed signals for views. These tests spy on every signal of the controller and of every item
model in the window while the officer types, and check that a keystroke reaches the journal and the
one row that shows the entry, nothing else.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path

from gui_helpers import go_to_theme
from helpers import FakeClock
from PySide6.QtCore import QAbstractItemModel, QMetaMethod, QObject, Qt
from pytestqt.qtbot import QtBot

from interview_guide.app import AppContext
from interview_guide.core import editing
from interview_guide.core.record_paths import LIST_FIELDS, RecordField, entry_path, item_path
from interview_guide.demo import build_demo_case
from interview_guide.storage.ops import FIELDS, op_for, split_path
from interview_guide.storage.ops import LIST_FIELDS as OPS_LIST_FIELDS
from interview_guide.ui.controller import EntryPart
from interview_guide.ui.entries_model import NUMBER_ROLE, _preview
from interview_guide.ui.main_window import MainWindow

Emission = tuple[str, str, tuple[object, ...]]


def test_record_paths_are_the_journal_paths() -> None:
    assert {field.value for field in RecordField} == FIELDS
    assert {field.value for field in LIST_FIELDS} == OPS_LIST_FIELDS
    for field in LIST_FIELDS:
        assert split_path(item_path(field, 3)) == (field.value, 3)
    assert split_path(entry_path(7)) == ("entries", 7)


def signal_names(obj: QObject) -> list[str]:
    """The names of every signal of ``obj`` (inherited ones too)."""
    meta = obj.metaObject()
    names = []
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == QMetaMethod.MethodType.Signal:
            names.append(bytes(method.name().data()).decode())
    return sorted(set(names))


def spy_on(objects: dict[str, QObject], log: list[Emission]) -> None:
    """Record every emission of every signal of ``objects`` in ``log``."""
    for label, obj in objects.items():
        for name in signal_names(obj):
            if name == "destroyed":
                continue
            getattr(obj, name).connect(lambda *args, o=label, n=name: log.append((o, n, args)))


def receivers(obj: QObject, signature: str) -> int:
    """How many slots are connected to the signal with ``signature``."""
    from PySide6.QtCore import SIGNAL

    return obj.receivers(SIGNAL(signature))


def models_of(context: AppContext, window: MainWindow) -> dict[str, QObject]:
    """The controller, the entries model and every item model in the window, by a readable name."""
    objects: dict[str, QObject] = {"controller": context.controller, "entries": context.entries}
    for index, model in enumerate(window.findChildren(QAbstractItemModel)):
        parent = model.parent()
        owner = parent.objectName() if parent is not None else ""
        objects[f"{type(model).__name__}#{index}({owner})"] = model
    return objects


def test_an_answer_keystroke_wakes_only_the_journal_and_its_row(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    context.controller.load(build_demo_case("lgbti", "en"), path=None, demo=True)
    page = go_to_theme(window, "life-now")
    card = next(iter(page.cards.values()))
    qtbot.mouseClick(card.ask_button, Qt.MouseButton.LeftButton)
    number = page.panel.number
    assert number == len(context.controller.require().entries)
    # The controller's view signals each have one listener: entry edits go to the entries model only.
    assert receivers(context.controller, "entry_changed(int,PyObject)") == 1
    assert receivers(context.controller, "record_changed(QString)") == 1  # the autosave service

    objects = models_of(context, window)
    log: list[Emission] = []
    spy_on(objects, log)
    text = "Ik heb hem in 2019 op de markt in Shiraz ontmoet; wij spraken over muziek en over ons geloof."
    text = (text + " " + text)[:100]
    qtbot.keyClicks(page.panel.answer_edit, text)

    assert context.controller.require().entry(number).answer_text == text
    emitted = Counter((label, name) for label, name, _ in log)
    proxy = next(label for label, obj in objects.items() if obj is page.entry_view)
    allowed = {
        ("controller", "record_changed"),
        ("controller", "entry_changed"),
        ("entries", "dataChanged"),
        (proxy, "dataChanged"),
    }
    assert set(emitted) <= allowed, f"a keystroke woke more than its row: {set(emitted) - allowed}"
    assert emitted["controller", "entry_changed"] == 100
    assert emitted["controller", "record_changed"] == 100
    journalled = {args[0] for label, name, args in log if name == "record_changed"}
    assert journalled == {entry_path(number)}  # not yet answered: nothing audited
    assert {args for label, name, args in log if name == "entry_changed"} == {(number, EntryPart.ANSWER)}
    # One row changes, and only while what it shows changes (the preview is the answer's start).
    rows = {args[0].row() for label, name, args in log if label == "entries" and name == "dataChanged"}
    assert rows == {number - 1}
    previews = [_preview(text[:k]) for k in range(len(text) + 1)]
    assert emitted["entries", "dataChanged"] == sum(a != b for a, b in itertools.pairwise(previews))
    proxy_rows = {args[0].data(NUMBER_ROLE) for label, name, args in log if label == proxy}
    assert proxy_rows == {number}


def test_an_audited_keystroke_journals_the_entry_and_one_audit_event(
    window: MainWindow, context: AppContext, qtbot: QtBot, clock: FakeClock, data_dir: Path
) -> None:
    hearing = build_demo_case("lgbti", "en")
    first = hearing.entries[0]
    answer = "I grew up in Shiraz with my grandmother; she taught me to read and to keep quiet. " * 3
    for minute in range(200):  # 200 earlier corrections, each in its own editing burst
        editing.set_answer(hearing, first.number, f"{answer}({minute})", clock.now)
        clock.advance(3)
    assert len(hearing.audit_trail) >= 200
    context.controller.load(hearing, path=None, demo=True)
    page = go_to_theme(window, first.theme_id)
    page.panel.show_entry(first.number)
    page.panel.focus_answer()
    log: list[Emission] = []
    spy_on({"controller": context.controller}, log)
    qtbot.keyClicks(page.panel.answer_edit, "!")

    paths = [args[0] for label, name, args in log if name == "record_changed"]
    assert paths == [entry_path(first.number), item_path(RecordField.AUDIT_TRAIL, len(hearing.audit_trail))]
    size = sum(len(json.dumps(op_for(hearing, path), ensure_ascii=False).encode()) for path in paths)
    whole = len(json.dumps(op_for(hearing, RecordField.AUDIT_TRAIL.value), ensure_ascii=False).encode())
    assert size < 2048 < whole  # the whole audit trail would be far more

    # What reaches the disk: the journal grows by about that much, not by the audit trail.
    service = context.autosave
    assert service.saver is not None
    service.flush()
    folder = service.saver.folder
    before = sum(f.stat().st_size for f in folder.iterdir() if f.name.startswith("journal"))
    qtbot.keyClicks(page.panel.answer_edit, "?")
    service.commit()
    assert service.saver.flush(10)
    after = sum(f.stat().st_size for f in folder.iterdir() if f.name.startswith("journal"))
    assert 0 < after - before < 2048
