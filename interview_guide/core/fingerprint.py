"""The record's fingerprint: SHA-256 over a canonical JSON form of the hearing as it was recorded.

Canonical form, in the spirit of RFC 8785: the JSON dump of the case data, the sittings and the
entries, with keys sorted, no insignificant white space, UTF-8 without escaping. The record holds
no floating-point numbers, so number formatting is unambiguous. Corrections, additions, the officer's
responses, statements and the audit trail are later layers and are not part of it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from interview_guide.core.hearing import Hearing

FINGERPRINT_FIELDS = ("case", "sittings", "entries")


def canonical_json(hearing: Hearing) -> bytes:
    """The canonical bytes the fingerprint is computed over."""
    data: dict[str, Any] = hearing.model_dump(mode="json", include=set(FINGERPRINT_FIELDS))
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(hearing: Hearing) -> str:
    """The fingerprint as 64 lowercase hexadecimal characters."""
    return hashlib.sha256(canonical_json(hearing)).hexdigest()
