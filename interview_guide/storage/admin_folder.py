"""The admin folder: question banks, report templates and deadlines an IT department sets for all users.

Its files override the shipped ones without a new release::

    <admin folder>/question_banks/<bank id>.yaml        replaces the shipped bank with that id, or adds one
    <admin folder>/report_templates/hearing_report_nl.docx  (and _en) replaces the shipped template
    <admin folder>/deadlines.yaml                        deadlines for all users (see settings_files.py)

The folder is ``INTERVIEW_GUIDE_ADMIN_DIR`` if set, else the platform's machine-wide data folder
(``C:\\ProgramData\\interview-guide`` on Windows, ``/usr/local/share/interview-guide`` on Linux). Nothing
is created there: users only read it.

Every admin bank is checked as ``check-banks`` checks a bank (schema, unique ids, every question
through the question checker). A broken one is not used: the shipped bank stays, and a warning says
which file and why, so a broken update never leaves the officer with a blank or half wizard.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interview_guide.core.bank import QuestionBank
from interview_guide.core.bank_loader import check_bank_set
from interview_guide.core.errors import BankError
from interview_guide.storage.bank_files import BANK_SUFFIXES, BankSet, load_banks

ADMIN_DIR_VARIABLE = "INTERVIEW_GUIDE_ADMIN_DIR"
BANKS_FOLDER = "question_banks"
TEMPLATES_FOLDER = "report_templates"
MAX_PROBLEMS_SHOWN = 3  # per broken file in a warning; check-banks on the file lists them all

# The last result, by the (name, modification time, size) of every file involved.
_CACHE: dict[tuple[tuple[str, int, int], ...], EffectiveBanks] = {}


def admin_dir() -> Path:
    """The admin folder (which may not exist): ``INTERVIEW_GUIDE_ADMIN_DIR``, else the machine-wide one."""
    override = os.environ.get(ADMIN_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.site_data_dir("interview-guide", appauthor=False))


@dataclass(frozen=True)
class EffectiveBanks:
    """The banks in use: the shipped ones with the admin folder's valid banks over them."""

    banks: BankSet
    overrides: tuple[str, ...] = ()  # admin files in use
    warnings: tuple[str, ...] = ()  # admin files not used, and why; for the user and the IT department


def admin_bank_files(folder: Path | None = None) -> tuple[list[Path], list[str]]:
    """The bank files in the admin folder's ``question_banks`` (none if it does not exist), and problems."""
    banks = (folder if folder is not None else admin_dir()) / BANKS_FOLDER
    try:
        entries = sorted(banks.iterdir())
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        return [], [f"{banks}: cannot be read ({exc.strerror or exc}); the shipped question banks are used"]
    # Not only regular files: a pipe or a folder named *.yaml is reported by the bounded reader.
    return [path for path in entries if path.suffix in BANK_SUFFIXES], []


def _signature(files: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    signature = []
    for file in files:
        try:
            info = file.stat()
            signature.append((str(file), info.st_mtime_ns, info.st_size))
        except OSError:
            signature.append((str(file), -1, -1))
    return tuple(signature)


def _check_admin_bank(file: Path) -> tuple[QuestionBank | None, list[str]]:
    """Load one admin bank as check-banks would; (bank, []) or (None, problems)."""
    from interview_guide.core.bank_quality import check_bank_questions

    try:
        bank = load_banks([file]).banks[0]
    except BankError as exc:
        return None, exc.problems
    problems = [f"{file}: {line}" for line in check_bank_questions(bank)]
    return (None, problems) if problems else (bank, [])


def _warning(file: Path, problems: list[str], replaces: str | None) -> str:
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
    fallback = f"the shipped bank {replaces!r} is used instead" if replaces else "it is not used"
    return f"{file.name} in the admin folder is broken, {fallback}: {shown}{more}"


def load_effective_banks(folder: Path | None = None) -> EffectiveBanks:
    """The shipped banks, with each valid bank of the admin folder in place of the shipped bank with its id.

    A broken admin bank (malformed, failing the schema or the question checker, or clashing with
    another bank) is left out with a warning, and the shipped bank of that id stays in use.

    Raises:
        BankError: the shipped banks themselves are broken.
    """
    shipped = load_banks()
    files, warnings = admin_bank_files(folder)
    if not files:
        return EffectiveBanks(shipped, (), tuple(warnings))
    signature = _signature([*files, *(Path(source) for source in shipped.sources)])
    cached = _CACHE.get(signature)
    if cached is not None:
        return cached
    by_id: dict[str, tuple[str, QuestionBank]] = {
        bank.id: (source, bank) for source, bank in zip(shipped.sources, shipped.banks, strict=True)
    }
    shipped_ids = set(by_id)
    overrides: list[str] = []
    for file in files:
        bank, problems = _check_admin_bank(file)
        stem_id = file.stem if file.stem in shipped_ids else None
        if bank is None:
            warnings.append(_warning(file, problems, stem_id))
            continue
        replaces = bank.id if bank.id in shipped_ids else None
        shipped_type = by_id[bank.id][1].claim_type if replaces is not None else bank.claim_type
        if bank.claim_type != shipped_type:
            problem = f"claim_type: {bank.claim_type.value}, but the shipped bank is {shipped_type.value}"
            warnings.append(_warning(file, [problem], replaces))
            continue
        earlier = by_id.get(bank.id, ("", bank))[0]
        if earlier in overrides:
            warnings.append(_warning(file, [f"bank id {bank.id!r} is also used by {earlier}"], replaces))
            continue
        candidate = {**by_id, bank.id: (str(file), bank)}
        # The set so far is consistent, so whatever check_bank_set finds now comes from this file.
        clashes = check_bank_set(list(candidate.values()))
        if clashes:
            warnings.append(_warning(file, clashes, replaces))
            continue
        by_id = candidate
        overrides.append(str(file))
    entries = list(by_id.values())
    result = EffectiveBanks(
        BankSet(tuple(bank for _, bank in entries), tuple(source for source, _ in entries)),
        tuple(overrides),
        tuple(warnings),
    )
    _CACHE.clear()
    _CACHE[signature] = result
    return result


def admin_template(name: str, folder: Path | None = None) -> Path | None:
    """The admin folder's report template ``name`` (e.g. ``hearing_report_nl.docx``), or None."""
    path = (folder if folder is not None else admin_dir()) / TEMPLATES_FOLDER / name
    return path if path.is_file() else None


def admin_template_files(folder: Path | None = None) -> list[Path]:
    """The Word templates in the admin folder's ``report_templates`` (none if it does not exist)."""
    templates = (folder if folder is not None else admin_dir()) / TEMPLATES_FOLDER
    try:
        return sorted(path for path in templates.iterdir() if path.suffix.lower() == ".docx")
    except OSError:
        return []
