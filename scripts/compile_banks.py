"""Write the compiled form of every shipped question bank (question_banks/compiled/<bank>.json).

The app reads a bank from its compiled form only while it was made from exactly the YAML beside it
(see interview_guide/core/bank_compiled.py), so an edited bank is never shown stale, only read slower.
Run this after editing a bank; ``--check`` exits 1 when a compiled form is missing or stale (the test
suite checks the same).

    .venv/bin/python scripts/compile_banks.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interview_guide.core.bank_compiled import compile_bank  # noqa: E402
from interview_guide.core.errors import BankError  # noqa: E402
from interview_guide.storage.bank_files import bank_files, compiled_path  # noqa: E402
from interview_guide.storage.bounded_reader import MAX_BANK_BYTES, read_bounded_text  # noqa: E402

BANKS = ROOT / "question_banks"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether every form is current")
    args = parser.parse_args()
    stale: list[str] = []
    for file in bank_files([BANKS]):
        target = compiled_path(file)
        try:
            compiled = compile_bank(read_bounded_text(file, MAX_BANK_BYTES), file.name)
        except BankError as exc:
            print("\n".join(exc.problems), file=sys.stderr)
            return 2
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == compiled:
            continue
        stale.append(str(target.relative_to(ROOT)))
        if not args.check:
            target.parent.mkdir(exist_ok=True)
            target.write_text(compiled, encoding="utf-8")
    known = {compiled_path(file) for file in bank_files([BANKS])}
    orphans = [p for p in (BANKS / "compiled").glob("*.json") if p not in known]
    for orphan in orphans:
        stale.append(str(orphan.relative_to(ROOT)))
        if not args.check:
            orphan.unlink()
    if args.check and stale:
        print("stale compiled banks (run scripts/compile_banks.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    for name in stale:
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
