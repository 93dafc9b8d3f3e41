"""How a record says it is the fictional demo hearing: its case reference starts with DEMO_PREFIX.

Read where only the record is at hand, such as an autosave restored after a crash (the window then
says "demo hearing", not "new hearing").
"""

from __future__ import annotations

from interview_guide.core.hearing import Hearing

DEMO_PREFIX = "DEMO-"


def is_demo_case(hearing: Hearing) -> bool:
    """Whether ``hearing`` is the demo hearing (or a copy of it)."""
    return hearing.case.case_reference.startswith(DEMO_PREFIX)
