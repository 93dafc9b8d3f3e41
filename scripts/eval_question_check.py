"""Evaluate the question-quality checker on the labelled sets and print its figures per category.

Usage: python scripts/eval_question_check.py [--split dev|dev2|corpus|blind|all] [--failures dev|dev2|corpus]

A question counts as flagged when it gets at least one warn or block finding; hints do not count.

- ``dev``, ``dev2``: the development sets (``dev2`` is the former held-out set; both are tuned on).
- ``corpus``: good questions only, from every theme of the banks and beyond (false alarms).
- ``blind``: the blind held-out set, written by people who saw only the category definitions. It is
  evaluated once, at the end; only aggregate figures are printed, never an item (``--failures`` refuses
  it), so that nobody can tune on it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from interview_guide.core.question_check import CATEGORY_ORDER, Severity, check_question

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SPLITS: dict[str, tuple[Path, ...]] = {
    "dev": (DATA / "question_check_dev.yaml",),
    "dev2": (DATA / "question_check_dev2.yaml",),
    "corpus": (DATA / "question_check_good_corpus.yaml",),
    "blind": (DATA / "question_check_blind_nl.yaml", DATA / "question_check_blind_en.yaml"),
}
TUNABLE = ("dev", "dev2", "corpus")
# The harm the checker must never let through: each of these questions must get a block finding.
SAFETY = frozenset({"sexual-image-request", "sexual-explicit", "body-medical"})


@dataclass
class Report:
    """The figures for one labelled set (aggregates only; ``failures`` is filled for tunable sets)."""

    split: str
    bad: int = 0
    good: int = 0
    bad_flagged: int = 0
    good_flagged: int = 0
    main_named: int = 0
    main_first: int = 0
    safety: int = 0
    safety_blocked: int = 0
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    by_main: dict[str, list[int]] = field(default_factory=dict)  # main -> [count, flagged, first right]
    failures: list[str] = field(default_factory=list)

    @property
    def bad_flagged_rate(self) -> float:
        """Share of bad questions that got a warn or block finding."""
        return self.bad_flagged / self.bad if self.bad else 1.0

    @property
    def good_flagged_rate(self) -> float:
        """Share of good questions that got a warn or block finding."""
        return self.good_flagged / self.good if self.good else 0.0

    @property
    def main_named_rate(self) -> float:
        """Share of bad questions whose main category is among the warn/block findings."""
        return self.main_named / self.bad if self.bad else 1.0

    @property
    def main_first_rate(self) -> float:
        """Share of bad questions whose first (most severe) finding names the main category."""
        return self.main_first / self.bad if self.bad else 1.0

    @property
    def safety_blocked_rate(self) -> float:
        """Share of image, sexual-act and body-medical questions that got a block finding."""
        return self.safety_blocked / self.safety if self.safety else 1.0

    def precision(self, category: str) -> float | None:
        """Precision for one category, or None when it was never predicted."""
        predicted = self.tp.get(category, 0) + self.fp.get(category, 0)
        return self.tp.get(category, 0) / predicted if predicted else None

    def recall(self, category: str) -> float | None:
        """Recall for one category, or None when it never occurs in the labels."""
        actual = self.tp.get(category, 0) + self.fn.get(category, 0)
        return self.tp.get(category, 0) / actual if actual else None


def load(split: str) -> list[dict[str, Any]]:
    """The items of one labelled set."""
    items: list[dict[str, Any]] = []
    for path in SPLITS[split]:
        with path.open(encoding="utf-8") as handle:
            items.extend(yaml.safe_load(handle)["items"])
    return items


def evaluate(split: str) -> Report:
    """Run the checker over one labelled set."""
    report = Report(split)
    for item in load(split):
        findings = check_question(item["text"], item["lang"], ui_lang=item["lang"])
        flagged = [f for f in findings if f.severity >= Severity.WARN]
        predicted = {f.category.value for f in flagged}
        labels = set(item["labels"])
        if labels:
            report.bad += 1
            report.bad_flagged += bool(predicted)
            report.main_named += item["main"] in predicted
            first_right = bool(flagged) and flagged[0].category.value == item["main"]
            report.main_first += first_right
            row = report.by_main.setdefault(item["main"], [0, 0, 0])
            row[0] += 1
            row[1] += bool(predicted)
            row[2] += first_right
            if labels & SAFETY:
                report.safety += 1
                report.safety_blocked += any(f.severity is Severity.BLOCK for f in findings)
        else:
            report.good += 1
            report.good_flagged += bool(predicted)
        for category in predicted & labels:
            report.tp[category] = report.tp.get(category, 0) + 1
        for category in predicted - labels:
            report.fp[category] = report.fp.get(category, 0) + 1
        for category in labels - predicted:
            report.fn[category] = report.fn.get(category, 0) + 1
        if predicted != labels and split in TUNABLE:
            got = ", ".join(f"{f.category.value}/{f.rule_id}" for f in flagged) or "-"
            report.failures.append(
                f"  [{item['lang']}] {item['text']}\n      want {sorted(labels)} got {got}"
            )
    return report


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.0%}"


def print_report(report: Report, *, failures: bool) -> None:
    """Print the figures (and, on request, the mismatches of a tunable set) of one set."""
    print(f"== {report.split}: {report.bad} bad, {report.good} good questions")
    print(
        f"   bad flagged {report.bad_flagged_rate:.1%}  good flagged {report.good_flagged_rate:.1%}  "
        f"main category right (first finding) {report.main_first_rate:.1%}  main category among the "
        f"findings {report.main_named_rate:.1%}  safety blocked {report.safety_blocked}/{report.safety}"
    )
    if report.bad:
        print(f"   {'category':28} precision  recall  (tp/fp/fn)   as main: n  flagged  first right")
    seen = {c.value for c in CATEGORY_ORDER}
    extra = sorted((set(report.tp) | set(report.fn) | set(report.by_main)) - seen)
    for category in [c.value for c in CATEGORY_ORDER] + extra:
        if not report.bad:
            break
        tp, fp, fn = report.tp.get(category, 0), report.fp.get(category, 0), report.fn.get(category, 0)
        n, flagged, first = report.by_main.get(category, [0, 0, 0])
        as_main = f"{n:3}  {flagged / n:7.0%}  {first / n:11.0%}" if n else f"{0:3}"
        print(
            f"   {category:28} {_fmt(report.precision(category)):>9}  {_fmt(report.recall(category)):>6}  "
            f"({tp}/{fp}/{fn}){' ' * max(1, 12 - len(f'({tp}/{fp}/{fn})'))}{as_main}"
        )
    if failures and report.failures:
        print("   mismatches:")
        print("\n".join(report.failures))


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--failures", choices=TUNABLE, help="list the mismatches of this (tunable) set")
    args = parser.parse_args(argv)
    splits = TUNABLE if args.split == "all" else (args.split,)
    for split in splits:
        print_report(evaluate(split), failures=args.failures == split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
