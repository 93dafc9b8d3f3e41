"""Read question-bank files from disk: one YAML file per bank, all problems reported in one go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.bank import BankClaimType, QuestionBank
from interview_guide.core.bank_compiled import COMPILED_FOLDER, load_compiled
from interview_guide.core.bank_loader import check_bank_set, parse_bank
from interview_guide.core.errors import BankError, InterviewGuideError
from interview_guide.resources import banks_dir
from interview_guide.storage.bounded_reader import MAX_BANK_BYTES, read_bounded_text

BANK_SUFFIXES = (".yaml", ".yml")
# The last set loaded, by (file, modification time, size) of each file: start-up and the demo case
# both need the shipped banks, and a changed file is read again.
_CACHE: dict[tuple[tuple[str, int, int], ...], BankSet] = {}


@dataclass(frozen=True)
class BankSet:
    """The banks used in a hearing, by claim type."""

    banks: tuple[QuestionBank, ...]
    sources: tuple[str, ...] = ()  # the file each bank was read from, in the same order

    def by_id(self, bank_id: str) -> QuestionBank:
        """Return the bank with ``bank_id``.

        Raises:
            KeyError: no such bank.
        """
        for bank in self.banks:
            if bank.id == bank_id:
                return bank
        raise KeyError(bank_id)

    def of_type(self, claim_type: BankClaimType) -> QuestionBank | None:
        """The first bank of ``claim_type``, or None."""
        return next((b for b in self.banks if b.claim_type == claim_type), None)


def bank_files(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into the bank files directly inside them; keep files as given.

    Raises:
        BankError: a path does not exist, or a folder holds no bank.
    """
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in BANK_SUFFIXES and p.is_file())
            if not found:
                problems.append(f"{path}: no question bank (*.yaml) in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)  # a pipe or device is refused by the reader, with a clear line
        else:
            problems.append(f"{path}: no such file or folder")
    if problems:
        raise BankError(problems)
    return files


def load_banks(paths: Sequence[Path] | None = None) -> BankSet:
    """Load and validate banks from files or folders (default: the shipped banks).

    Every file is read even when an earlier one fails, so one run lists all problems.

    Raises:
        BankError: one line per problem, each naming the file.
    """
    files = bank_files(list(paths) if paths else [banks_dir()])
    signature = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    cached = _CACHE.get(signature)
    if cached is not None:
        return cached
    loaded: list[tuple[str, QuestionBank]] = []
    problems: list[str] = []
    for file in files:
        try:
            text = read_bounded_text(file, MAX_BANK_BYTES, what="question bank")
        except InterviewGuideError as exc:
            problems.append(str(exc))
            continue
        compiled = _compiled(file, text)
        if compiled is not None:
            loaded.append((str(file), compiled))
            continue
        try:
            loaded.append((str(file), parse_bank(text, str(file))))
        except BankError as exc:
            problems.extend(exc.problems)
    problems.extend(check_bank_set(loaded))
    if problems:
        raise BankError(problems)
    _CACHE.clear()  # keep only the latest set: the banks are immutable, so sharing it is safe
    _CACHE[signature] = BankSet(tuple(bank for _, bank in loaded), tuple(source for source, _ in loaded))
    return _CACHE[signature]


def compiled_path(file: Path) -> Path:
    """Where the compiled form of a bank file is kept (see ``core/bank_compiled.py``)."""
    return file.parent / COMPILED_FOLDER / f"{file.stem}.json"


def _compiled(file: Path, text: str) -> QuestionBank | None:
    """The bank from its compiled form, when there is one made from exactly ``text``; else None."""
    path = compiled_path(file)
    if not path.is_file():
        return None
    try:
        compiled = read_bounded_text(path, 2 * MAX_BANK_BYTES, what="compiled question bank")
    except InterviewGuideError:
        return None  # unreadable: the YAML is read instead
    return load_compiled(text, compiled)
