"""What presenter mode hides of a hearing (core/presenting.py, without a display)."""

from __future__ import annotations

from interview_guide.core.presenting import HIDDEN, presenter_mask
from interview_guide.core.statements import AuthorRole, ExpertKind, ExpertReport
from interview_guide.demo import build_demo_case


def test_the_mask_hides_names_numbers_and_the_birth_date_and_keeps_ordinary_words() -> None:
    hearing = build_demo_case("both", "nl")
    mask = presenter_mask(hearing, "nl")
    text = (
        "Mijn naam is J. van Dijk (fictief). Bent u mevrouw Karimi, of Shirin, geboren 12-05-1994 "
        "(1994-05-12, 12 mei 1994), V-nummer 9900012345? Tolk 40512 tolkt; mr. A. Jansen en K. Bos "
        "zijn er ook. We liepen in het bos; of niet?"
    )
    shown = mask.apply(text)
    for secret in ("Dijk", "Karimi", "Shirin", "1994", "9900012345", "40512", "Jansen", "Bos "):
        assert secret not in shown, secret
    assert "Aanvrager A" in shown and HIDDEN in shown and "de hoormedewerker" in shown
    assert "in het bos; of niet?" in shown  # a name's words only where they are written as the name
    assert presenter_mask(hearing, "en").apply("Shirin") == "Applicant A"


def test_the_authors_of_statements_and_expert_reports_show_as_their_role() -> None:
    hearing = build_demo_case("both", "nl")
    friend = next(s for s in hearing.statements if "Parisa" in s.author_name)
    organisation = friend.model_copy(
        update={"number": 9, "author_name": "Stichting Regenboog", "author_role": AuthorRole.ORGANISATION}
    )
    report = ExpertReport(number=1, kind=ExpertKind.MEDICAL_ADVICE, author="dr. M. Visser")
    hearing = hearing.model_copy(
        update={"statements": [*hearing.statements, organisation], "expert_reports": [report]}
    )
    text = "Parisa R. (fictief) schrijft; ds. J. Bakker ook. Dr. Visser onderzocht hem. Stichting Regenboog."
    shown = presenter_mask(hearing, "nl").apply(text)
    for secret in ("Parisa", "Bakker", "Visser"):
        assert secret not in shown, secret
    assert f"de schrijver van verklaring {friend.number}" in shown
    assert "de deskundige van rapport 1" in shown
    assert "Stichting Regenboog" in shown  # a support organisation is not a person: it keeps its name
    english = presenter_mask(hearing, "en").apply("Parisa wrote.")
    assert english == f"the author of statement {friend.number} wrote."
