"""One writer per case file in the window: a second instance is refused and told where the case is
open; a case file changed on disk is never overwritten (save a copy, or reload)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import close_without_asking
from PySide6.QtWidgets import QFileDialog, QMessageBox

from interview_guide.app import AppContext
from interview_guide.core.hearing import Hearing, HearingType
from interview_guide.core.record_paths import RecordField
from interview_guide.storage import CaseHandle, load_case, save_case
from interview_guide.ui.case_dialogs import ChangedOnDiskDialog
from interview_guide.ui.file_actions import FileActions
from interview_guide.ui.main_window import MainWindow
from tests.test_case_lock import Holder


def files_of(context: AppContext) -> FileActions:
    assert context.features is not None
    return context.features.files


@pytest.fixture
def window(window: MainWindow, context: AppContext) -> Iterator[MainWindow]:
    """The shared window; at the end the case file it holds is let go."""
    yield window
    close_without_asking(window)
    files_of(context)._release()


@pytest.fixture
def case(tmp_path: Path, small_hearing: Hearing) -> Path:
    small_hearing.case.hearing_type = HearingType.TRAINING  # a plain case file is for training only
    path = tmp_path / "V1234567890.igcase"
    save_case(small_hearing, path)
    return path


def test_second_instance_is_refused_with_where_it_is_open(
    window: MainWindow, context: AppContext, case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Holder(case)  # the first instance, in its own process
    try:
        warned: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append((a[1], a[2]))))
        assert not files_of(context).open_path(case)
        assert context.controller.hearing is None
        assert warned[0][0] == "The case file is open elsewhere"
        assert "V1234567890.igcase is open in Interview Guide on" in warned[0][1]
        assert f"(process {other.process.pid})" in warned[0][1]
        other.save("saved by the first instance")
    finally:
        other.kill()
    assert files_of(context).open_path(case)  # the killed instance left no lock behind
    assert context.controller.require().course_remarks == "saved by the first instance"


def test_the_window_holds_the_lock_while_the_case_is_open(
    window: MainWindow, context: AppContext, case: Path
) -> None:
    files = files_of(context)
    assert files.open_path(case)
    from interview_guide.storage import CaseLockedError

    with pytest.raises(CaseLockedError):
        CaseHandle.open(case)  # a command or another window
    context.controller.load(context.controller.require(), None)  # the hearing no longer has a file
    CaseHandle.open(case).release()


@pytest.mark.parametrize("choice", ["copy", "reload"])
def test_changed_on_disk_asks_and_overwrites_nothing(
    window: MainWindow,
    context: AppContext,
    case: Path,
    small_hearing: Hearing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    files = files_of(context)
    assert files.open_path(case)
    context.controller.set_remark(RecordField.COURSE_REMARKS, "typed in this window")
    theirs = small_hearing.model_copy(deep=True)
    theirs.course_remarks = "written by another program"
    case.write_bytes(theirs.model_dump_json().encode())  # a sync client ignores locks
    asked: list[str] = []
    monkeypatch.setattr(ChangedOnDiskDialog, "ask", classmethod(lambda cls, m, p: asked.append(m) or choice))
    copy = tmp_path / "my-version.igcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    saved = files.save()
    assert "V1234567890.igcase was changed by another program or window" in asked[0]
    assert load_case(case).course_remarks == "written by another program"  # never overwritten
    if choice == "copy":
        assert saved and load_case(copy).course_remarks == "typed in this window"
        assert context.controller.path == copy
    else:
        assert not saved and context.controller.require().course_remarks == "written by another program"
        assert context.controller.path == case and not context.controller.dirty
        assert files.save()  # the reloaded file is the one on disk now
