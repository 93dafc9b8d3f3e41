"""The command line and the record's confidentiality: passwd without plain text on disk, decrypt of a
real hearing only on request, the export's warning, and screenshots on an isolated data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_guide.cli import main
from interview_guide.cli.common import NEW_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE
from interview_guide.core.errors import WrongPassphraseError
from interview_guide.core.hearing import Hearing, HearingType
from interview_guide.storage import CaseKey, KdfParams, case_handle, is_encrypted, load_case, save_case
from interview_guide.storage.crypto import MAGIC

CHEAP = KdfParams.argon2id(8, 1, 1)
OLD, NEW = "the old passphrase", "the new passphrase"


@pytest.fixture
def cheap_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    real = CaseKey.derive.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        CaseKey, "derive", classmethod(lambda cls, secret, kdf=None: real(cls, secret, CHEAP))
    )


@pytest.fixture
def encrypted(tmp_path: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.delenv(NEW_PASSPHRASE_VARIABLE, raising=False)
    path = tmp_path / "case.igcase"
    save_case(small_hearing, path, OLD, kdf=CHEAP)
    return path


def test_passwd_re_encrypts_without_plain_text_on_disk(
    encrypted: Path,
    small_hearing: Hearing,
    cheap_keys: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    written: list[bytes] = []
    real_write = case_handle.write_atomic
    monkeypatch.setattr(
        case_handle, "write_atomic", lambda path, data: written.append(data) or real_write(path, data)
    )
    monkeypatch.setenv(PASSPHRASE_VARIABLE, OLD)
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, NEW)
    assert main(["passwd", str(encrypted)]) == 0
    assert "re-encrypted under the new passphrase" in capsys.readouterr().out
    assert len(written) == 1 and written[0].startswith(MAGIC) and b"Test Applicant" not in written[0]
    assert load_case(encrypted, NEW) == small_hearing
    with pytest.raises(WrongPassphraseError):
        load_case(encrypted, OLD)
    assert sorted(p.name for p in encrypted.parent.iterdir()) == ["case.igcase"]  # no temp, no lock


def test_passwd_refusals(
    encrypted: Path,
    small_hearing: Hearing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, OLD)
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, OLD)
    assert main(["passwd", str(encrypted)]) == 2
    assert "the new passphrase is the same" in capsys.readouterr().err
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, "short")
    assert main(["passwd", str(encrypted)]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    monkeypatch.delenv(NEW_PASSPHRASE_VARIABLE)
    assert main(["passwd", str(encrypted)]) == 2
    err = capsys.readouterr().err
    assert NEW_PASSPHRASE_VARIABLE in err and "--new-passphrase-file" in err and "no terminal" in err
    plain = tmp_path / "plain.igcase"
    save_case(small_hearing, plain)
    assert main(["passwd", str(plain)]) == 2
    assert "is not encrypted" in capsys.readouterr().err
    assert load_case(encrypted, OLD) == small_hearing  # untouched by every refusal


def test_decrypt_of_a_training_hearing_needs_no_force(
    tmp_path: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_hearing.case.hearing_type = HearingType.TRAINING
    case = tmp_path / "training.igcase"
    save_case(small_hearing, case, OLD, kdf=CHEAP)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, OLD)
    assert main(["decrypt", str(case), "-o", str(tmp_path / "plain.igcase")]) == 0
    assert not is_encrypted(tmp_path / "plain.igcase")


def test_decrypt_of_a_real_hearing_asks_on_the_terminal(
    encrypted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_guide.cli import crypt

    monkeypatch.setenv(PASSPHRASE_VARIABLE, OLD)
    monkeypatch.setattr(crypt, "can_prompt", lambda: True)
    out = tmp_path / "plain.igcase"
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert main(["decrypt", str(encrypted), "-o", str(out)]) == 2 and not out.exists()
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert main(["decrypt", str(encrypted), "-o", str(out)]) == 0 and out.exists()


def test_export_warns_once_that_the_docx_is_not_encrypted(
    tmp_path: Path, small_hearing: Hearing, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case.igcase"
    save_case(small_hearing, case)
    out = tmp_path / "report.docx"
    assert main(["export", str(case), "-o", str(out), "--lang", "en"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "not encrypted" in line]
    assert warnings == [
        f"interview-guide: warning: {out} is not encrypted: it holds special-category personal data in the "
        "clear; keep it on an encrypted disk and delete it once it has been sent"
    ]


def test_screenshots_run_on_an_isolated_data_folder(
    tmp_path: Path, data_dir: Path, small_hearing: Hearing, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_guide import screenshots
    from interview_guide.storage.app_settings import load_settings, save_settings
    from interview_guide.storage.paths import data_dir as current_data_dir

    real_case = tmp_path / "Jansen.igcase"
    small_hearing.case.hearing_type = HearingType.TRAINING
    save_case(small_hearing, real_case)
    settings, _ = load_settings()
    settings.remember_case(real_case, "", None)
    save_settings(settings)
    before = sorted(p.name for p in data_dir.rglob("*"))
    seen: list[tuple[Path, list[object]]] = []

    def fake(folder: Path, lang: str, claim: str) -> list[Path]:
        seen.append((current_data_dir(), load_settings()[0].recent_cases))
        return []

    monkeypatch.setattr(screenshots, "take_screenshots", fake)
    assert main(["screenshots", str(tmp_path / "shots")]) == 0
    folder, recent = seen[0]
    assert folder != data_dir and recent == [] and not folder.exists()  # removed afterwards
    assert os.environ["INTERVIEW_GUIDE_DATA_DIR"] == str(data_dir)
    assert sorted(p.name for p in data_dir.rglob("*")) == before
