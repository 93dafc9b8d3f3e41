"""Demo conversion hearing as a subsequent application: the common bank's module on what changed since the
previous application, asked without suspicion (the conversion demo only; the LGBTI demos are first
applications)."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Step

_C = "common"
_M = "subsequent-application"

SUBSEQUENT: list[Step] = [
    Ask(
        _M,
        Bi(
            "Ik ben gedoopt, op 11 januari. Bij de eerste aanvraag ging ik pas een paar weken naar de kerk "
            "in "
            "Zwolle en durfde ik het niemand te zeggen. Nu hoor ik bij de gemeente en weet mijn moeder het.",
            "I have been baptised, on 11 January. At the first application I had only been going to the "
            "church in Zwolle for a few weeks and I did not dare tell anyone. Now I belong to the "
            "congregation "
            "and my mother knows.",
        ),
        2,
        bank=_C,
        question="what-is-new",
        label="s-new",
        trainer_note=Bi(
            "Goed: de module vraagt wat er veranderde, niet 'waarom nu pas?'. Bij een bekering kan er "
            "werkelijk iets nieuws zijn gebeurd; de doop is zo'n nieuw feit.",
            "Good: the module asks what changed, not 'why only now?'. With a conversion something new may "
            "really have happened; the baptism is such a new fact.",
        ),
    ),
    Ask(
        _M,
        Bi(
            "Na de doopcursus, in december. Toen begreep ik voor het eerst wat ik in de droom had gezien.",
            "After the baptism classes, in December. Then I understood for the first time what I had seen in "
            "the dream.",
        ),
        1,
        bank=_C,
        question="what-is-new",
        follow_up="change-began",
        after="s-new",
    ),
    Ask(
        _M,
        Bi(
            "Bij het eerste gehoor was de tolk een man uit Shiraz. Hij vroeg in de pauze uit welke wijk ik "
            "kwam. Ik was bang dat hij mijn familie kende, en daarom heb ik alleen over mijn scheiding en de "
            "ruzie met mijn broer gesproken.\n\nDe tolk van vandaag ken ik niet, en u heeft aan "
            "het begin gezegd dat niets naar mensen uit mijn land gaat.",
            "At the first hearing the interpreter was a man from Shiraz. During the break he asked which "
            "district I came from. I was afraid he knew my family, so I only spoke about my divorce and the "
            "quarrel with my brother.\n\nI do not know today's interpreter, and at the start you said that "
            "nothing goes to people from my country.",
        ),
        2.5,
        bank=_C,
        question="earlier-hearings",
        label="s-earlier",
    ),
    Ask(
        _M,
        Bi(
            "De tolk vertaalde wel goed, denk ik. Maar ik zei niet alles.",
            "The interpreter translated well, I think. But I did not say everything.",
        ),
        1,
        bank=_C,
        question="earlier-hearings",
        follow_up="interpreter-then",
        after="s-earlier",
    ),
    Ask(
        _M,
        Bi(
            "Het klopt nog steeds, wat ik toen zei over mijn scheiding en mijn broer. Ik heb er alleen niet "
            "bij gezegd dat ik sinds 2023 in het geheim de Injil las, en dat ik in Turkije christenen had "
            "leren kennen.",
            "What I said then about my divorce and my brother is still true. I just did not add that I had "
            "been reading the Injil in secret since 2023, and that I had got to know Christians in Turkey.",
        ),
        2,
        bank=_C,
        question="previous-statements",
        label="s-previous",
    ),
    Ask(
        _M,
        Bi(
            "Een verklaring van onze predikant, mijn doopbewijs en een foto van de doopdienst. Mijn advocaat "
            "heeft ze vorige maand opgestuurd.",
            "A statement from our minister, my baptism certificate and a photo of the baptism service. My "
            "lawyer sent them last month.",
        ),
        1,
        bank=_C,
        question="new-documents",
    ),
]
