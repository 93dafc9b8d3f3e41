"""Write the curriculum map into docs/training.md (between its marker lines).

    .venv/bin/python scripts/update_training_doc.py          update the map
    .venv/bin/python scripts/update_training_doc.py --check  exit 1 if the map is out of date

The map comes from interview_guide/training/curriculum.py, the demo hearing and the examples; run
this after changing any of them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from interview_guide.demo import build_demo_case
from interview_guide.storage.bank_files import load_banks
from interview_guide.training.curriculum_doc import curriculum_markdown, replace_map

DOC = Path(__file__).resolve().parent.parent / "docs" / "training.md"


def current_document() -> str:
    """docs/training.md with the map as the code makes it now."""
    table = curriculum_markdown(build_demo_case("both", "en"), load_banks().banks, "en")
    return replace_map(DOC.read_text(encoding="utf-8"), table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that the map is current")
    args = parser.parse_args()
    wanted = current_document()
    if args.check:
        if wanted != DOC.read_text(encoding="utf-8"):
            print(f"{DOC} is out of date: run scripts/update_training_doc.py")
            return 1
        return 0
    DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
