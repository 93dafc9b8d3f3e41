"""No dead code in the package: vulture finds every function, method, class, property, import and
attribute of ``interview_guide`` that nothing in the repository uses (the tests, benchmarks and
scripts count as users).

Left out on purpose: names Qt or pydantic call by themselves (camelCase overrides such as
``initializePage``, validators, ``model_config``), and class-level variables (a record's fields and
enum members are read by name from JSON, from the banks or with ``getattr``). What remains that is
used only in ways vulture cannot see is named in WHITELIST, with why.
"""

from __future__ import annotations

from pathlib import Path

import vulture

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "interview_guide"
CHECKED = {"function", "method", "class", "property", "import", "attribute", "unreachable_code"}
WHITELIST = {
    # Fields of the reference frame the demo case sets; the record reads them by name.
    "sogiesc_self_description",
    "religion_now",
    "first_contact_date",
    "first_contact_place",
    "denomination",
}


def test_no_dead_code() -> None:
    finder = vulture.Vulture(
        ignore_names=["model_config", "*[a-z][A-Z]*", *WHITELIST],
        ignore_decorators=["@field_validator", "@model_validator"],
    )
    finder.scavenge([str(REPO / name) for name in ("interview_guide", "tests", "bench", "scripts")])
    dead = [
        f"{Path(item.filename).relative_to(REPO)}:{item.first_lineno}: unused {item.typ} {item.name}"
        for item in finder.get_unused_code(min_confidence=60)
        if item.typ in CHECKED and Path(item.filename).is_relative_to(PACKAGE)
    ]
    assert dead == []
