"""Demo hearing of a trans applicant, second sitting: the interpreter check, gender identity continued,
life now, expectations on return, and the closing."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_C = "common"
_B = "lgbti"

TRANS_SECOND_CHECK: list[Step] = [
    Ask(
        "opening",
        Bi(
            "Ik ben gisteren na het gehoor gaan wandelen langs het kanaal. Vanochtend heb ik koffie "
            "gedronken "
            "met mijn kamergenote uit Eritrea, en toen ben ik hierheen gekomen.",
            "Yesterday after the hearing I went for a walk along the canal. This morning I had coffee with "
            "my "
            "roommate from Eritrea, and then I came here.",
        ),
        1.5,
        bank=_C,
        question="interpreter-own-words",
        label="t2-interp",
    ),
    Ask(
        "opening",
        Bi(
            "Goed. Het is een andere tolk, via het scherm, maar zij zegt ook 'zij' over mij.",
            "Fine. It is another interpreter, on the screen, but she also says 'she' about me.",
        ),
        1,
        bank=_C,
        question="interpreter-own-words",
        follow_up="how-understood",
        after="t2-interp",
    ),
]

TRANS_SECOND: list[Step] = [
    Ask(
        "gender-identity",
        Bi(
            "Noor, natuurlijk. En de oudere klant in de salon. Die zei op een dag: 'God heeft jou zo "
            "gemaakt, "
            "dochter, en God maakt geen fouten.' Ik heb die zin onthouden.",
            "Noor, of course. And the older customer at the salon. One day she said: 'God made you like "
            "this, "
            "daughter, and God makes no mistakes.' I have remembered that sentence.",
        ),
        1.5,
        bank=_B,
        question="people-who-knew",
    ),
    Ask(
        "gender-identity",
        Bi(
            "Ik wil kapster worden, met mijn eigen salon. Ik wil dat op mijn papieren staat wie ik ben, "
            "zodat "
            "ik niet bij elke balie hoef uit te leggen waarom mijn gezicht niet bij mijn naam past.",
            "I want to be a hairdresser, with my own salon. I want my papers to say who I am, so that I do "
            "not "
            "have to explain at every counter why my face does not match my name.",
        ),
        2,
        bank=_B,
        question="future-as-yourself",
        label="t-future",
    ),
    Ask(
        "life-now",
        Bi(
            "Hier kan ik over straat als mezelf. De eerste keer dat ik in Emmen met een rok de bus instapte, "
            "trilden mijn benen. Niemand keek. Dat was het vreemdste van alles.",
            "Here I can walk down the street as myself. The first time I got on the bus in Emmen wearing a "
            "skirt, my legs were shaking. Nobody looked. That was the strangest thing of all.",
        ),
        2,
        bank=_B,
        question="experience-now",
    ),
    Ask(
        "life-now",
        Bi(
            "In het eerste azc sliep ik op een kamer met vijf mannen. Eén van hen, ook uit Irak, zei dat hij "
            "wist 'wat ik was' en dat hij het aan mensen in Bagdad zou vertellen. Na een klacht van "
            "VluchtelingenWerk ben ik verhuisd naar Zweeloo, naar een kamer met een vrouw.",
            "In the first reception centre I slept in a room with five men. One of them, also from Iraq, "
            "said "
            "he knew 'what I was' and that he would tell people in Baghdad. After a complaint by the Dutch "
            "Council for Refugees I was moved to Zweeloo, to a room with a woman.",
        ),
        2,
        bank=_B,
        question="reception-centre",
        label="t-azc",
    ),
    Ask(
        "life-now",
        Bi(
            "Een kamer met een vrouw, en die heb ik nu. En een deur die op slot kan, want als ik in de "
            "keuken "
            "Iraakse mannen hoor praten, ga ik terug naar mijn kamer.",
            "A room with a woman, and I have that now. And a door that locks, because when I hear Iraqi men "
            "talking in the kitchen, I go back to my room.",
        ),
        1,
        bank=_B,
        question="reception-centre",
        follow_up="feel-safe",
        after="t-azc",
    ),
    Ask(
        "life-now",
        Bi(
            "Op maandag en woensdag Nederlandse les. Op dinsdag help ik in de kapsalon van het azc; ik knip "
            "de kinderen en soms de vrouwen. In het weekend ga ik wandelen of ik kijk series met mijn "
            "kamergenote. Om de week ga ik naar de groep in Groningen.",
            "On Mondays and Wednesdays Dutch lessons. On Tuesdays I help in the reception centre's hair "
            "salon; "
            "I cut the children's hair and sometimes the women's. At the weekend I go for a walk or watch "
            "series with my roommate. Every other week I go to the group in Groningen.",
        ),
        1.5,
        bank=_B,
        question="ordinary-week",
    ),
    Ask(
        "life-now",
        Bi(
            "Met Noor, via WhatsApp, als zij veilig kan praten. En met een groep voor lhbti-vluchtelingen in "
            "Groningen; daar ga ik elke twee weken heen.",
            "With Noor, on WhatsApp, when she can talk safely. And with a group for LGBTI refugees in "
            "Groningen; I go there every two weeks.",
        ),
        1.5,
        bank=_B,
        question="someone-to-talk-to",
        label="t-talk-to",
    ),
    Pause(15, Bi("pauze volgens medisch advies", "break as advised medically")),
    Ask(
        "living-with-risk",
        Bi(
            "Noor schreef mij dat mijn broers twee keer bij haar aan de deur zijn geweest om te vragen "
            "waar ik "
            "ben. In april kwam er ook een man van de politie naar de salon, met mijn oude naam op een "
            "papier. De eigenaar heeft gezegd dat hij mij niet kende.",
            "Noor wrote to me that my brothers came to her door twice to ask where I am. In April a man from "
            "the police also came to the salon, with my old name on a piece of paper. The owner said he did "
            "not know me.",
        ),
        2,
        bank=_B,
        question="since-leaving",
        label="t-since",
    ),
    Ask(
        "return-expectations",
        Bi(
            "Mijn moeder zou huilen. Mijn vader heeft tegen Noor gezegd dat ik voor hem dood ben. Mijn "
            "broers zouden mij niet in huis laten, of erger.",
            "My mother would cry. My father told Noor that I am dead to him. My brothers would not let me "
            "into the house, or worse.",
        ),
        1.5,
        bank=_B,
        question="family-reception",
    ),
    Ask(
        "return-expectations",
        Bi(
            "Dat mijn broers mij vinden. Of de politie, want zij hebben mijn naam en de foto's van mijn "
            "telefoon. Ik zou niet als vrouw kunnen leven en ook niet als man, want iedereen ziet wie ik "
            "ben.",
            "That my brothers find me. Or the police, because they have my name and the photos from my "
            "phone. "
            "I could not live as a woman and not as a man either, because everyone sees who I am.",
        ),
        2,
        bank=_B,
        question="expect-to-happen",
        label="t-expect",
    ),
    Ask(
        "return-expectations",
        Bi(
            "Alleen Bagdad. Ik ben één keer in Erbil geweest, die ene nacht op weg naar Turkije. Ik ken daar "
            "niemand en ik spreek geen Koerdisch.",
            "Only Baghdad. I have been to Erbil once, that one night on the way to Turkey. I know nobody "
            "there "
            "and I do not speak Kurdish.",
        ),
        1.5,
        bank=_B,
        question="places-lived",
        trainer_note=Bi(
            "Deze vraag hoort bij het onderzoek naar een binnenlands vestigingsalternatief. Let op: zo'n "
            "alternatief mag er niet van uitgaan dat de aanvrager zich daar verbergt of als man gaat leven.",
            "This question belongs to the inquiry into an internal protection alternative. Note: such an "
            "alternative may not assume that the applicant hides there or lives as a man.",
        ),
    ),
    Ask(
        "return-expectations",
        Bi(
            "Dat ik weer in die container zit.",
            "That I will be sitting in that container again.",
        ),
        0.5,
        bank=_B,
        question="greatest-fear",
    ),
]

TRANS_CLOSING: list[Step] = [
    Ask(
        "closing",
        Bi(
            "Dat ik niet gekomen ben om een operatie te krijgen. Ik ben gekomen omdat ik wil leven.",
            "That I did not come to get an operation. I came because I want to live.",
        ),
        1,
        bank=_C,
        question="anything-to-add",
    ),
    Ask(
        "closing",
        Bi(
            "Goed. Beide tolken gebruikten de goede vorm. Gisteren vertaalde de tolk de eerste vraag over "
            "mijn gender met 'hij', maar ze verbeterde zich meteen.",
            "Well. Both interpreters used the right form. Yesterday the interpreter translated the first "
            "question about my gender with 'he', but she corrected herself at once.",
        ),
        1,
        bank=_C,
        question="interpreter-check",
    ),
    Ask(
        "closing",
        Bi(
            "U heeft mij de hele tijd 'mevrouw' genoemd. Dat heeft mij geholpen.",
            "You called me 'Ms' the whole time. That helped me.",
        ),
        0.5,
        bank=_C,
        question="course-remarks",
    ),
    Ask(
        "closing",
        Bi("Moe, maar gehoord.", "Tired, but heard."),
        0.5,
        bank=_C,
        question="how-feel-now",
    ),
]
