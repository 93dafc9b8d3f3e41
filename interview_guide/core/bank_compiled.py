"""A bank's YAML text compiled to JSON, to start faster: used only while it matches the YAML exactly.

Reading the shipped banks as YAML takes about 60 ms of every start-up (PyYAML builds its objects in
Python); the same data as JSON is validated by pydantic's own parser in about a fifth of that. The
compiled form is written next to the YAML by ``scripts/compile_banks.py`` and carries the SHA-256 of
the YAML text it was made from. It is used only while that digest matches the YAML as read now, so an
edited bank is always read from its YAML (and ``tests/test_compiled_banks.py`` says the compiled form
is stale). It is trusted no more than the YAML beside it: it is data validated by the same model, and
a compiled form is only ever made from a bank that validates and gives the very same bank through
both routes.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import ValidationError

from interview_guide.core.bank import QuestionBank
from interview_guide.core.bank_loader import bank_data, validate_bank
from interview_guide.core.errors import BankError

_HEADER = "interview-guide compiled bank 1 sha256="
COMPILED_FOLDER = "compiled"  # beside the bank files: compiled/<stem>.json


def source_digest(text: str) -> str:
    """The SHA-256 (hex) of a bank's YAML text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def compile_bank(text: str, source: str) -> str:
    """The compiled form of a bank's YAML text: a header line with the text's digest, then JSON.

    Raises:
        BankError: the bank is not valid, or its data does not survive JSON unchanged (a date or a
            number used as a key, say), so only its YAML can be used.
    """
    data = bank_data(text, source)
    bank = validate_bank(data, source)
    try:
        body = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise BankError([f"{source}: cannot be compiled to JSON ({exc}); its YAML is used"]) from None
    if json.loads(body) != data or QuestionBank.model_validate_json(body) != bank:
        raise BankError([f"{source}: its data changes in JSON; its YAML is used"])
    return f"{_HEADER}{source_digest(text)}\n{body}\n"


def load_compiled(text: str, compiled: str) -> QuestionBank | None:
    """The bank from its compiled form, or None when that form does not belong to ``text``.

    Args:
        text: the bank's YAML text as read now.
        compiled: the text of its compiled form.

    Returns:
        The bank, or None: the form was made from another text (the YAML was edited), or it is not a
        compiled bank at all. The caller then reads the YAML, which reports any problem properly.
    """
    header, _, body = compiled.partition("\n")
    if header != _HEADER + source_digest(text):
        return None
    try:
        return QuestionBank.model_validate_json(body)
    except (ValidationError, ValueError):
        return None
