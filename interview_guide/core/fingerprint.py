"""The record's fingerprint: SHA-256 over a canonical JSON form of everything the report shows.

Canonical form, in the spirit of RFC 8785: a JSON dump with keys sorted, no insignificant white
space, UTF-8 without escaping. The record holds no floating-point numbers, so number formatting is
unambiguous. Covered: the case data, the sittings (attendees and breaks), the reference frame, the
opening explanation as read, the entries (without the officer's internal notes), the remarks on the
course of the hearing, third-party statements as recorded (without how they were weighed, which the
report does not show), submitted material, refusals, expert reports and the audit trail (the report
marks changes after the hearing). Counsel's corrections and the officer's responses are a later layer
and not part of it, nor are the exported versions.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from interview_guide.core.hearing import Hearing

FINGERPRINT_FIELDS = (
    "case",
    "sittings",
    "reference_frame",
    "opening_statement",
    "entries",
    "course_remarks",
    "statements",
    "material",
    "material_refusals",
    "expert_reports",
    "audit_trail",
)
# Kept in the record but never printed in the report.
_NOT_SHOWN: dict[str, Any] = {
    "entries": {"__all__": {"trainer_note", "check_override"}},
    "statements": {"__all__": {"consideration_note"}},
}
# The fingerprint before it covered the whole report: case data, sittings and entries, with the fields
# they had then (fields added later are left out, so an old report's fingerprint can still be matched).
_LEGACY: dict[str, Any] = {
    "case": {
        "v_number",
        "case_reference",
        "applicant_name",
        "date_of_birth",
        "nationality",
        "hearing_type",
        "procedure_track",
        "subsequent_application",
        "language",
        "dialect",
        "officer_name",
        "officer_gender",
        "officer_gender_requested",
        "officer_gender_request_honoured",
        "interpreter_gender_requested",
        "interpreter_gender_request_honoured",
        "claim_types",
        "applicant_objects_to_counsel_report",
        "banks",
    },
    "sittings": {
        "__all__": {"number", "date", "location", "start", "end", "interpreter", "attendees", "breaks"}
    },
    "entries": {
        "__all__": {
            "number",
            "sitting",
            "theme_id",
            "bank_id",
            "question_id",
            "follow_up_id",
            "question_text",
            "answer_text",
            "asked_at",
            "answered_at",
            "follow_up_of",
            "clarifies",
            "communication_issues",
            "check_override",
            "trainer_note",
        }
    },
}


def canonical_json(hearing: Hearing) -> bytes:
    """The canonical bytes the fingerprint is computed over."""
    data: dict[str, Any] = hearing.model_dump(
        mode="json", include=set(FINGERPRINT_FIELDS), exclude=_NOT_SHOWN
    )
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(hearing: Hearing) -> str:
    """The fingerprint as 64 lowercase hexadecimal characters."""
    return hashlib.sha256(canonical_json(hearing)).hexdigest()


def legacy_fingerprint(hearing: Hearing) -> str:
    """The fingerprint reports carried before it covered the whole report (to import their returns)."""
    data: dict[str, Any] = hearing.model_dump(mode="json", include=_LEGACY)
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
