"""What presenter mode hides of a hearing (core/presenting.py, without a display)."""

from __future__ import annotations

from interview_guide.core.presenting import HIDDEN, presenter_mask
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
