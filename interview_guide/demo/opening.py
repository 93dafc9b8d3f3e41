"""The demo hearing's opening, the interpreter check at the start of the second sitting, and the closing
(Shirin's demos; the trans demo has its own in trans_first.py and trans_second.py)."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Step

_C = "common"

# How the applicant is today and the interpreter check (the name and form of address come first,
# from lgbti_context.NAME_AND_ADDRESS).
OPENING_START: list[Step] = [
    Ask(
        "opening",
        Bi(
            "Het gaat wel. Ik ben zenuwachtig, ik heb vannacht weinig geslapen. Maar ik ben ook blij dat het "
            "gehoor er eindelijk is.",
            "I'm all right. I'm nervous, I slept little last night. But I'm also glad the hearing is finally "
            "here.",
        ),
        1.5,
        bank=_C,
        question="how-are-you",
        label="o-how",
    ),
    Ask(
        "opening",
        Bi(
            "Ik ben vanochtend om zes uur opgestaan. Een medewerker van het azc heeft mij naar de bus "
            "gebracht, en in Ter Apel ben ik met een andere vrouw uit het azc naar dit gebouw gelopen. Het "
            "was nog donker en het regende.",
            "I got up at six this morning. A member of staff at the reception centre took me to the bus, "
            "and in Ter Apel I walked to this building with another woman from the centre. It was still "
            "dark and it was raining.",
        ),
        2,
        bank=_C,
        question="interpreter-own-words",
        label="o-interp",
        trainer_note=Bi(
            "Goede controle: de aanvrager vertelt eerst iets in eigen woorden, pas daarna wordt gevraagd hoe "
            "het verstaan ging. 'Begrijpt u de tolk?' levert bijna altijd alleen 'ja' op.",
            "A good check: the applicant first says something in her own words, and only then is asked how "
            "the understanding went. 'Do you understand the interpreter?' nearly always gets just 'yes'.",
        ),
    ),
    Ask(
        "opening",
        Bi(
            "Goed. Zij spreekt zoals in Teheran en ik kom uit Shiraz, maar ik versta alles. Als ik iets niet "
            "begrijp, zeg ik het.",
            "Very well. She speaks the way people do in Tehran and I'm from Shiraz, but I understand "
            "everything. If I don't understand something, I'll say so.",
        ),
        1,
        bank=_C,
        question="interpreter-own-words",
        follow_up="how-understood",
        after="o-interp",
    ),
]

# Health and the registration interview, after the interpreter check and speaking freely.
OPENING_END: list[Step] = [
    Ask(
        "opening",
        Bi(
            "Ik slaap slecht sinds ik uit Iran weg ben. 's Nachts word ik wakker en dan pieker ik, vooral "
            "over mijn moeder. De huisarts van het azc heeft mij tabletten gegeven om te slapen. Die neem "
            "ik alleen als het echt niet gaat; gisteren heb ik er geen genomen, want ik wil vandaag helder "
            "zijn.\n\nSoms vergeet ik jaartallen of de volgorde van dingen. Dat staat ook in het medisch "
            "advies, zei mijn advocaat. Als ik iets niet meer precies weet, zal ik dat zeggen.",
            "I have slept badly since I left Iran. At night I wake up and then I worry, mostly about my "
            "mother. The doctor at the reception centre gave me sleeping tablets. I only take them when it "
            "really doesn't work; yesterday I didn't take one, because I want to be clear-headed "
            "today.\n\nSometimes I forget years or the order of things. That is also in the medical advice, "
            "my lawyer said. If I no longer know something exactly, I will say so.",
        ),
        3,
        bank=_C,
        question="health-today",
    ),
    Ask(
        "opening",
        Bi(
            "In het verslag staat dat ik in 2018 ben gescheiden. Dat klopt niet: het was in de winter van "
            "2017. Verder klopt het, voor zover ik het heb begrepen toen mijn advocaat het voorlas.",
            "The report says I got divorced in 2018. That is wrong: it was in the winter of 2017. The rest "
            "is correct, as far as I understood when my lawyer read it to me.",
        ),
        2,
        bank=_C,
        question="earlier-interview",
    ),
]

SECOND_SITTING_CHECK: list[Step] = [
    Ask(
        "opening",
        Bi(
            "Gisteren ben ik na het gehoor meteen gaan slapen. Vanochtend heb ik met mijn kamergenote "
            "ontbeten en daarna ben ik weer met de bus hierheen gekomen.",
            "Yesterday I went straight to sleep after the hearing. This morning I had breakfast with my "
            "roommate and then I came here by bus again.",
        ),
        1.5,
        bank=_C,
        question="interpreter-own-words",
        label="o2-interp",
    ),
    Ask(
        "opening",
        Bi(
            "Goed. Ik zie haar op het scherm en het geluid is een beetje zacht, maar ik versta haar. Ze "
            "spreekt zoals wij in het zuiden.",
            "Fine. I see her on the screen and the sound is a little quiet, but I understand her. She "
            "speaks the way we do in the south.",
        ),
        1,
        bank=_C,
        question="interpreter-own-words",
        follow_up="how-understood",
        after="o2-interp",
    ),
]

CLOSING: list[Step] = [
    Ask(
        "closing",
        Bi(
            "Alleen dat dit de eerste keer is dat ik alles achter elkaar heb verteld. In Iran kon ik met "
            "niemand zo praten, zelfs niet met mijn moeder. Ik heb geprobeerd alles te zeggen zoals het "
            "was, ook de dingen die ik niet precies meer weet.",
            "Only that this is the first time I have told everything in one go. In Iran I could not talk "
            "like this with anyone, not even with my mother. I have tried to say everything as it was, "
            "including the things I no longer remember exactly.",
        ),
        2,
        bank=_C,
        question="anything-to-add",
    ),
    Ask(
        "closing",
        Bi(
            "Goed. Er was één keer een woord dat ik anders gebruik, maar dat is meteen opgelost. Vandaag "
            "via het scherm was het geluid soms zacht, maar ik heb alles verstaan.",
            "It went well. Once there was a word that I use differently, but that was solved straight away. "
            "Today the sound through the screen was sometimes quiet, but I understood everything.",
        ),
        1,
        bank=_C,
        question="interpreter-check",
    ),
    Ask(
        "closing",
        Bi(
            "Ik vond het goed dat er vaak pauze was. Het duurde lang, maar ik heb alles kunnen vertellen. Ik "
            "heb geen klachten.",
            "I was glad there were frequent breaks. It took a long time, but I was able to tell everything. "
            "I have no complaints.",
        ),
        1,
        bank=_C,
        question="course-remarks",
    ),
    Ask(
        "closing",
        Bi(
            "Moe. Maar ook lichter, alsof ik een zware tas heb neergezet.",
            "Tired. But also lighter, as if I have put down a heavy bag.",
        ),
        1,
        bank=_C,
        question="how-feel-now",
    ),
]
