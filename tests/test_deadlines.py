"""Deadlines for corrections and additions: defaults per procedure track, the deadlines file, the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from test_report_data import rich_hearing

from interview_guide.cli import main
from interview_guide.core.deadlines import (
    DeadlineKind,
    DeadlineRule,
    DeadlineSettings,
    compute_deadline,
    explicit_deadline,
    within_deadline,
)
from interview_guide.core.hearing import ProcedureTrack
from interview_guide.storage import save_case
from interview_guide.storage.settings_files import (
    SettingsFileError,
    deadlines_path,
    load_deadlines,
    load_deadlines_or_defaults,
)

LAST_SITTING = dt.date(2026, 3, 3)


@pytest.mark.parametrize(
    ("track", "due"),
    [
        (ProcedureTrack.GENERAL, dt.date(2026, 3, 4)),
        (ProcedureTrack.GENERAL_EXTENDED, dt.date(2026, 3, 4)),
        (ProcedureTrack.EXTENDED, dt.date(2026, 3, 17)),
    ],
)
def test_default_deadline_counts_calendar_days_from_the_last_sitting(
    track: ProcedureTrack, due: dt.date
) -> None:
    hearing = rich_hearing()
    hearing.case.procedure_track = track
    deadline = compute_deadline(hearing)
    assert deadline.due is not None and deadline.due.date() == due
    assert deadline.due.time() == dt.time(23, 59)
    assert deadline.due.utcoffset() == dt.timedelta(hours=1)  # the zone the hearing was recorded in


def test_detention_deadline_comes_with_the_notice_of_intent() -> None:
    hearing = rich_hearing()
    hearing.case.procedure_track = ProcedureTrack.DETENTION
    deadline = compute_deadline(hearing)
    assert deadline.kind == DeadlineKind.WITH_NOTICE_OF_INTENT and deadline.due is None
    assert within_deadline(deadline, dt.datetime(2030, 1, 1, tzinfo=dt.UTC))


def test_within_deadline() -> None:
    deadline = compute_deadline(rich_hearing())
    assert deadline.due is not None
    assert within_deadline(deadline, deadline.due)
    assert not within_deadline(deadline, deadline.due + dt.timedelta(minutes=1))
    assert within_deadline(deadline, dt.datetime(2026, 3, 4, 12, 0))  # naive: the hearing's zone


def test_settings_override_some_tracks_only() -> None:
    settings = DeadlineSettings().merged({ProcedureTrack.EXTENDED: DeadlineRule(days=10, time=dt.time(17))})
    hearing = rich_hearing()
    hearing.case.procedure_track = ProcedureTrack.EXTENDED
    due = compute_deadline(hearing, settings).due
    assert due is not None and (due.date(), due.time()) == (dt.date(2026, 3, 13), dt.time(17))
    assert settings.rule(ProcedureTrack.GENERAL).days == 1


def test_deadlines_file_in_the_data_folder(data_dir: Path) -> None:
    assert load_deadlines() == DeadlineSettings()  # no file: defaults
    deadlines_path().write_text(
        'extended: {days: 10, time: "12:00"}\ngeneral: {days: 2, time: 17:30}\n', encoding="utf-8"
    )
    settings = load_deadlines()
    assert settings.rule(ProcedureTrack.EXTENDED) == DeadlineRule(days=10, time=dt.time(12))
    assert settings.rule(ProcedureTrack.GENERAL).time == dt.time(17, 30)  # unquoted: YAML's base 60
    assert settings.rule(ProcedureTrack.GENERAL).days == 2
    assert settings.rule(ProcedureTrack.DETENTION).kind == DeadlineKind.WITH_NOTICE_OF_INTENT


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("extended: {days: ten}", r"deadlines\.yaml: extended\.days: .*integer"),
        ("asylum-fast: {days: 1}", r"deadlines\.yaml: asylum-fast.*\(tracks: general, general-extended"),
        ("extended: {dayz: 3}", r"deadlines\.yaml: extended\.dayz: Extra inputs"),
        ("extended: [1, 2", r"deadlines\.yaml: not valid YAML at line"),
        ("- 1\n- 2\n", r"deadlines\.yaml: expected a mapping"),
        ("extended: {time: 25:00}", r"deadlines\.yaml: extended\.time: "),
        ("extended: {time: 7}", r"deadlines\.yaml: extended\.time: .*as text"),
    ],
)
def test_malformed_deadlines_file_is_a_clear_error(data_dir: Path, text: str, message: str) -> None:
    deadlines_path().write_text(text, encoding="utf-8")
    with pytest.raises(SettingsFileError, match=message):
        load_deadlines()
    settings, warning = load_deadlines_or_defaults()
    assert settings == DeadlineSettings()
    assert warning is not None and warning.endswith("the default deadlines are used instead")


def test_cli_deadline_options(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = tmp_path / "case.igcase"
    save_case(rich_hearing(), case)
    out = tmp_path / "r.docx"

    def printed() -> str:
        return "\n".join(p.text for p in Document(str(out)).paragraphs)

    assert main(["export", str(case), "-o", str(out), "--lang", "en", "--deadline", "2026-03-05T12:00"]) == 0
    assert "no later than Thursday 5 March 2026 at 12:00" in printed()
    rules = tmp_path / "rules.yaml"
    rules.write_text("general: {days: 3, time: '09:00'}\n", encoding="utf-8")
    assert (
        main(
            [
                "export",
                str(case),
                "-o",
                str(out),
                "--lang",
                "en",
                "--deadlines-file",
                str(rules),
                "--sent-on",
                "2026-03-03",
            ]
        )
        == 0
    )
    assert "no later than Friday 6 March 2026 at 09:00" in printed()
    deadlines_path().write_text("general: {days: -1}\n", encoding="utf-8")
    assert main(["export", str(case), "-o", str(out)]) == 2
    assert "deadlines.yaml: general.days" in capsys.readouterr().err
    assert main(["export", str(case), "-o", str(out), "--deadlines-file", str(tmp_path / "none.yaml")]) == 2
    assert "no such deadlines file" in capsys.readouterr().err


def test_explicit_deadline_takes_the_hearing_zone() -> None:
    deadline = explicit_deadline(rich_hearing(), dt.datetime(2026, 3, 5, 12, 0))
    assert deadline.explicit and deadline.due is not None
    assert deadline.due.utcoffset() == dt.timedelta(hours=1)
