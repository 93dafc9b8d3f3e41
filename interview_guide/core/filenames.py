"""File names the app makes up itself (an export's suggested name, say) that every supported system accepts.

Windows refuses the characters ``< > : " / \\ | ? *`` and control characters, a name ending in a dot
or a space, and the device names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 (also with an extension:
``CON.docx``). A V-number typed as ``V/123:45`` or a case called ``aux`` must not make a name that a
Windows laptop refuses or, worse, writes to a device.
"""

from __future__ import annotations

import re
import unicodedata

from interview_guide.core.hearing import Hearing
from interview_guide.core.text import Lang

REFUSED_CHARACTERS = '<>:"/\\|?*'
_REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DEVICE = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)
# NTFS allows 255 UTF-16 units per name and ext4 255 bytes; stay well under both, leaving room for
# the extension and for the temporary name of an atomic write (".<name>.<random>.tmp").
MAX_NAME_CHARS = 120


def file_name_problem(name: str) -> str | None:
    """Why Windows (or Linux) would refuse ``name`` as a file name, or None if it is fine."""
    if not name or name in (".", ".."):
        return "the name is empty"
    found = sorted(set(_REFUSED.findall(name)))
    if found:
        shown = " ".join(repr(char) if char.isprintable() else f"U+{ord(char):04X}" for char in found)
        return f"the name contains characters Windows refuses: {shown}"
    if name[-1] in ". ":
        return "the name ends in a dot or a space"
    if _DEVICE.match(name.split(".", 1)[0].rstrip(" ")):
        return f"{name.split('.', 1)[0]} is a device name on Windows"
    if len(name) > MAX_NAME_CHARS or len(name.encode("utf-8")) > 240:
        return f"the name is longer than {MAX_NAME_CHARS} characters"
    return None


def safe_file_name(text: str, suffix: str = "", fallback: str = "file") -> str:
    """``text`` made into a file name every supported system accepts, with ``suffix`` appended.

    Refused characters become ``-``; a device name gets ``_`` appended; trailing dots and spaces
    go; the name is shortened to :data:`MAX_NAME_CHARS` (suffix included). Letters in any script
    are kept (normalised to NFC, as macOS and Windows store them).
    """
    name = _REFUSED.sub("-", unicodedata.normalize("NFC", text)).strip().rstrip(". ")
    name = re.sub(r"-{2,}", "-", name)
    if not name or name in (".", ".."):
        name = fallback
    stem, dot, rest = name.partition(".")
    if _DEVICE.match(stem.rstrip(" ")):
        name = f"{stem.rstrip(' ')}_{dot}{rest}"
    name = name[: MAX_NAME_CHARS - len(suffix)].rstrip(". ")
    while len((name + suffix).encode("utf-8")) > 240:
        name = name[:-1]
    return name + suffix


# -- the names the app suggests: the case number (the V-number) and a date, never the applicant's name
# (a file name shows in folders, recent-file lists and e-mail) -------------------------------------

_WORDS = {
    "nl": {"hearing": "gehoor", "report": "rapport-van-gehoor", "final": "definitief-rapport"},
    "en": {"hearing": "hearing", "report": "hearing-report", "final": "final-report"},
}


def case_file_name(hearing: Hearing, lang: Lang) -> str:
    """``9900012345.igcase``; without a V-number ``gehoor-2026-03-02.igcase`` (the first sitting)."""
    fallback = f"{_WORDS[lang]['hearing']}-{hearing.sittings[0].date.isoformat()}"
    return safe_file_name(hearing.case.v_number.strip() or fallback, ".igcase", fallback=fallback)


def report_file_name(hearing: Hearing, lang: Lang, final: bool) -> str:
    """``9900012345-rapport-van-gehoor-2026-03-03.docx`` (the date of the last sitting)."""
    base = hearing.case.v_number.strip() or _WORDS[lang]["hearing"]
    kind = _WORDS[lang]["final" if final else "report"]
    day = hearing.sittings[-1].date.isoformat()
    return safe_file_name(f"{base}-{kind}-{day}", ".docx", fallback=f"{kind}-{day}")
