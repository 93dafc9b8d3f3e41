"""Demo LGBTI hearing: the name and form of address in the opening, and the modules her reference frame
switches on (a lesbian applicant who was married), plus LGBTI and conversion together for both claims."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Step

_C = "common"
_B = "lgbti"

# Asked first in every demo opening with Shirin: the name and the form of address, then whether she
# can speak freely with this interpreter.
NAME_AND_ADDRESS: list[Step] = [
    Ask(
        "opening",
        Bi("Shirin. Gewoon Shirin.", "Shirin. Just Shirin."),
        0.5,
        bank=_C,
        question="name-used",
    ),
    Ask(
        "opening",
        Bi(
            "Mevrouw Karimi is goed. Of Shirin, dat vind ik ook goed.",
            "Ms Karimi is fine. Or Shirin, that is fine too.",
        ),
        0.5,
        bank=_C,
        question="form-of-address",
    ),
]

SPEAK_FREELY: list[Step] = [
    Ask(
        "opening",
        Bi(
            "Met haar wel. Ze is een vrouw en ze komt uit Teheran, niet uit Shiraz. Ik was bang dat de tolk "
            "iemand uit mijn stad zou zijn die mijn familie kent.",
            "With her, yes. She is a woman and she comes from Tehran, not from Shiraz. I was afraid the "
            "interpreter would be someone from my city who knows my family.",
        ),
        1,
        bank=_C,
        question="speak-freely",
        trainer_note=Bi(
            "Goed: de vraag naar vrijuit spreken komt na de uitleg over vertrouwelijkheid, ook tegenover de "
            "gemeenschap van de tolk. Een 'nee' hier is een reden om een andere tolk te regelen, niet om "
            "door "
            "te gaan.",
            "Good: the question about speaking freely follows the explanation of confidentiality, also "
            "towards the interpreter's community. A 'no' here is a reason to arrange another interpreter, "
            "not to carry on.",
        ),
    ),
]

LESBIAN_AND_MARRIAGE: list[Step] = [
    Ask(
        "lesbian-context",
        Bi(
            "Naar mijn werk in de apotheek en naar mijn tante Shahla. Verder wilde mijn broer Hamid altijd "
            "weten waar ik was. Als ik later thuiskwam, belde hij mijn tante om te vragen of ik daar was "
            "geweest.",
            "To my work at the pharmacy and to my aunt Shahla. Otherwise my brother Hamid always wanted to "
            "know where I was. When I came home late, he called my aunt to ask whether I had been there.",
        ),
        2,
        bank=_B,
        question="freedom-of-movement",
        label="l-movement",
    ),
    Ask(
        "lesbian-context",
        Bi(
            "Mijn salaris ging naar mijn vader tot ik trouwde, daarna naar Reza. Na de scheiding mocht ik "
            "een "
            "deel houden. Daarvan betaalde ik de taxi naar Negar.",
            "My salary went to my father until I married, then to Reza. After the divorce I was allowed to "
            "keep part of it. With that I paid the taxi to Negar.",
        ),
        1.5,
        bank=_B,
        question="own-income",
    ),
    Ask(
        "marriage-context",
        Bi(
            "Mijn vader en mijn oom hebben het geregeld toen ik twintig was. Reza is de zoon van mijn oom. "
            "Ik "
            "werd gevraagd of ik akkoord was, maar iedereen zat al in de kamer met thee en zoetigheid.",
            "My father and my uncle arranged it when I was twenty. Reza is my uncle's son. I was asked "
            "whether "
            "I agreed, but everyone was already sitting in the room with tea and sweets.",
        ),
        2,
        bank=_B,
        question="how-marriage-came-about",
        label="l-married",
    ),
    Ask(
        "marriage-context",
        Bi(
            "We zijn na drie jaar gescheiden. Reza is hertrouwd. Zijn moeder vertelt iedereen dat ik 'geen "
            "echte vrouw' was, omdat ik geen kinderen kreeg.",
            "We divorced after three years. Reza has remarried. His mother tells everyone that I 'was not a "
            "real woman', because I had no children.",
        ),
        1.5,
        bank=_B,
        question="marriage-now",
    ),
]

FAITH_AND_ORIENTATION: list[Step] = [
    Ask(
        "faith-and-orientation",
        Bi(
            "Onze predikant heeft een keer gezegd dat God iedereen liefheeft die bij Hem komt. Een oudere "
            "man "
            "in de gemeente zei na de dienst dat 'zulke mensen' moeten veranderen. Ik heb toen niets gezegd.",
            "Our minister once said that God loves everyone who comes to Him. An older man in the "
            "congregation "
            "said after the service that 'such people' must change. I said nothing then.",
        ),
        2,
        bank=_B,
        question="teaching-heard",
        label="b-teaching",
    ),
    Ask(
        "faith-and-orientation",
        Bi(
            "Ik heb het aan de predikant verteld, na mijn doop. Hij zei dat ik welkom blijf. Met Negar "
            "praat ik "
            "nog steeds, en ik bid ook voor haar.",
            "I told the minister, after my baptism. He said I remain welcome. I still talk with Negar, and I "
            "pray for her too.",
        ),
        1.5,
        bank=_B,
        question="teaching-heard",
        follow_up="talked-to-about-teaching",
        after="b-teaching",
    ),
]
