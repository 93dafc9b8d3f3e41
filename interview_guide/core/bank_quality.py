"""Every shipped bank question must pass the question-quality checker: this lists the ones that do not."""

from __future__ import annotations

from interview_guide.core.bank import BankClaimType, QuestionBank
from interview_guide.core.hearing import ClaimType
from interview_guide.core.question_check import Severity, check_question
from interview_guide.core.text import LANGUAGES, LocalizedText

_CLAIMS: dict[BankClaimType, tuple[ClaimType, ...]] = {
    BankClaimType.COMMON: (),
    BankClaimType.LGBTI: (ClaimType.LGBTI,),
    BankClaimType.CONVERSION: (ClaimType.CONVERSION,),
}


def check_bank_questions(bank: QuestionBank) -> list[str]:
    """Run the checker over every question and follow-up of a bank, in every language.

    Only warn and block findings are problems; hints (a closed question that fixes a fact, a long
    sentence) are not.

    Args:
        bank: a validated question bank.

    Returns:
        One line per problem, naming the field path, e.g.
        ``themes[2].questions[4].text.en: closed-yes-no (warn): Closed question: ... [closed.yes-no]``.
    """
    claims = _CLAIMS[bank.claim_type]
    problems: list[str] = []
    for i, theme in enumerate(bank.themes):
        for j, question in enumerate(theme.questions):
            base = f"themes[{i}].questions[{j}]"
            problems.extend(_check(f"{base}.text", question.text, claims))
            for k, follow_up in enumerate(question.follow_ups):
                problems.extend(_check(f"{base}.follow_ups[{k}].text", follow_up.text, claims))
    return problems


def _check(path: str, text: LocalizedText, claims: tuple[ClaimType, ...]) -> list[str]:
    lines: list[str] = []
    for lang in LANGUAGES:
        for finding in check_question(text.get(lang), lang, claim_types=claims, ui_lang="en"):
            if finding.severity >= Severity.WARN:
                lines.append(
                    f"{path}.{lang}: {finding.category.value} ({finding.severity.value}): "
                    f'{finding.message} [{finding.rule_id}: "{finding.matched}"]'
                )
    return lines
