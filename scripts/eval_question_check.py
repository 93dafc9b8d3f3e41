"""Evaluate the question-quality checker on the labelled sets and print precision and recall per category.

Usage: python scripts/eval_question_check.py [--failures dev|heldout] [--split dev|heldout|all]

A question counts as flagged when it gets at least one warn or block finding; hints do not count.
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
SPLITS = {"dev": DATA / "question_check_dev.yaml", "heldout": DATA / "question_check_heldout.yaml"}


@dataclass
class Report:
    """The figures for one labelled set."""

    split: str
    bad: int = 0
    good: int = 0
    bad_flagged: int = 0
    good_flagged: int = 0
    main_named: int = 0
    main_first: int = 0
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
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
    with SPLITS[split].open(encoding="utf-8") as handle:
        items: list[dict[str, Any]] = yaml.safe_load(handle)["items"]
    return items


def evaluate(split: str) -> Report:
    """Run the checker over one labelled set."""
    report = Report(split)
    for item in load(split):
        findings = check_question(item["text"], item["lang"])
        flagged = [f for f in findings if f.severity >= Severity.WARN]
        predicted = {f.category.value for f in flagged}
        labels = set(item["labels"])
        if labels:
            report.bad += 1
            report.bad_flagged += bool(predicted)
            report.main_named += item["main"] in predicted
            report.main_first += bool(flagged) and flagged[0].category.value == item["main"]
        else:
            report.good += 1
            report.good_flagged += bool(predicted)
        for category in predicted & labels:
            report.tp[category] = report.tp.get(category, 0) + 1
        for category in predicted - labels:
            report.fp[category] = report.fp.get(category, 0) + 1
        for category in labels - predicted:
            report.fn[category] = report.fn.get(category, 0) + 1
        if predicted != labels:
            got = ", ".join(f"{f.category.value}/{f.rule_id}" for f in flagged) or "-"
            report.failures.append(
                f"  [{item['lang']}] {item['text']}\n      want {sorted(labels)} got {got}"
            )
    return report


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.0%}"


def print_report(report: Report, *, failures: bool) -> None:
    """Print the figures (and, on request, the mismatches) of one set."""
    print(f"== {report.split}: {report.bad} bad, {report.good} good questions")
    print(
        f"   bad flagged {report.bad_flagged_rate:.1%}  good flagged {report.good_flagged_rate:.1%}  "
        f"main category named {report.main_named_rate:.1%}  main category first "
        f"{(report.main_first / report.bad if report.bad else 1):.1%}"
    )
    print(f"   {'category':28} precision  recall  (tp/fp/fn)")
    for category in (c.value for c in CATEGORY_ORDER):
        tp, fp, fn = report.tp.get(category, 0), report.fp.get(category, 0), report.fn.get(category, 0)
        print(
            f"   {category:28} {_fmt(report.precision(category)):>9}  {_fmt(report.recall(category)):>6}  "
            f"({tp}/{fp}/{fn})"
        )
    if failures and report.failures:
        print("   mismatches:")
        print("\n".join(report.failures))


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--failures", choices=["dev", "heldout"], help="list the mismatches of this set")
    args = parser.parse_args(argv)
    for split in ("dev", "heldout") if args.split == "all" else (args.split,):
        print_report(evaluate(split), failures=args.failures == split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
