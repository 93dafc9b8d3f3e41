"""What changed between two versions of a text, word by word, for the annex of changes after the hearing."""

from __future__ import annotations

import difflib
import re

Piece = tuple[str, str]  # (kind, text): kind "" kept, "del" struck, "ins" added

_TOKENS = re.compile(r"\n|[^\S\n]+|[^\s]+")


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> list[list[Piece]]:
    """The changes from ``old`` to ``new`` as lines of pieces (a line break ends a line).

    Kept words are ``("", text)``, removed words ``("del", text)``, added words ``("ins", text)``;
    adjacent pieces of one kind are merged.
    """
    a, b = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces += [("", t) for t in a[i1:i2]]
            continue
        if tag in ("delete", "replace"):
            pieces += [("del", t) for t in a[i1:i2]]
        if tag in ("insert", "replace"):
            pieces += [("ins", t) for t in b[j1:j2]]
    lines: list[list[Piece]] = [[]]
    for kind, token in pieces:
        if token == "\n":  # a removed or added line break still ends the line as printed
            lines.append([])
            continue
        line = lines[-1]
        if line and line[-1][0] == kind:
            line[-1] = (kind, line[-1][1] + token)
        else:
            line.append((kind, token))
    return [line for line in lines if any(text.strip() for _, text in line)]
