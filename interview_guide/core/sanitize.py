"""Make pasted text safe to keep and to print: drop control characters, keep every real character."""

from __future__ import annotations

import re

# XML 1.0 forbids these; Word and LibreOffice choke on them. Tab and newline stay; a carriage return
# and a vertical tab (what Word puts on the clipboard for a line break) become a newline. Lone
# surrogates cannot be encoded as UTF-8 at all. The bidirectional embeddings and overrides
# (U+202A-U+202E) are dropped too: an override pasted into an answer prints its text backwards, and
# the report sets the direction of every paragraph and run itself.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\ufffe\uffff\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85\x0b]")


def clean_text(text: str) -> str:
    """Return ``text`` with newlines normalised to ``\\n`` and XML-invalid control characters removed."""
    return _INVALID.sub("", _NEWLINES.sub("\n", text))


def clean_line(text: str) -> str:
    """Like :func:`clean_text`, for one-line fields: newlines and tabs become spaces, ends trimmed."""
    return " ".join(clean_text(text).replace("\t", " ").split("\n")).strip()
