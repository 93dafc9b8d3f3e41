"""Make pasted text safe to keep and to print: drop control characters, keep every real character."""

from __future__ import annotations

import re

# XML 1.0 forbids these; Word and LibreOffice choke on them. Tab and newline stay; a carriage return
# becomes a newline. Lone surrogates cannot be encoded as UTF-8 at all.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85]")


def clean_text(text: str) -> str:
    """Return ``text`` with newlines normalised to ``\\n`` and XML-invalid control characters removed."""
    return _INVALID.sub("", _NEWLINES.sub("\n", text))


def clean_line(text: str) -> str:
    """Like :func:`clean_text`, for one-line fields: newlines and tabs become spaces, ends trimmed."""
    return " ".join(clean_text(text).replace("\t", " ").split("\n")).strip()
