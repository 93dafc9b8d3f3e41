"""Demo LGBTI hearing, second sitting: after the flight, life now, the relationship now and return."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_B = "lgbti"

NOW: list[Step] = [
    Ask(
        "living-with-risk",
        Bi(
            "Negar heeft haar telefoonnummer veranderd, maar via Laleh hoor ik dat haar ouders haar hebben "
            "verloofd met een man uit Marvdasht. Ze zegt dat ze wacht, maar ik weet niet waarop.\n\nMijn "
            "broer heeft mij in november 2024 een bericht gestuurd op de oude telefoon van mijn moeder. Er "
            "stond:\nاگه برگردی خونت حلاله\nDat betekent: als je terugkomt, is je bloed halal. Dat wil "
            "zeggen dat het geoorloofd is om mij te doden. Ik heb het bericht nog; mijn advocaat heeft er "
            "een schermafdruk van.",
            "Negar changed her phone number, but through Laleh I hear that her parents have engaged her to a "
            "man from Marvdasht. She says she is waiting, but I do not know for what.\n\n"
            "In November 2024 my brother sent me a message on my mother's old phone. It said:\n"
            "اگه برگردی خونت حلاله\n"
            "That means: if you come back, your blood is halal. It means that it is permitted to kill me. I "
            "still have the message; my lawyer has a screenshot of it.",
        ),
        4,
        bank=_B,
        question="since-leaving",
        label="l-since",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "In de zomer van 2022 reden Negar en ik door Shiraz en werden we aangehouden door de "
            "zedenpolitie, de gasht-e ershad, omdat mijn hoofddoek te ver naar achteren zat. Ze vroegen wat "
            "wij van elkaar waren. Negar zei dat we nichten waren. Ik moest een verklaring tekenen dat ik "
            "mij voortaan goed zou kleden, en toen mochten we gaan.\n\nDaarna ben ik nooit meer met de "
            "politie in aanraking geweest. Mijn moeder vertelde wel dat er in november 2024 twee mannen in "
            "burger aan de deur waren die naar mij vroegen. Wie dat waren, weet ik niet.",
            "In the summer of 2022 Negar and I were driving through Shiraz and were stopped by the morality "
            "police, the gasht-e ershad, because my headscarf was too far back. They asked what we were to "
            "each other. Negar said we were cousins. I had to sign a statement that I would dress properly "
            "from then on, and then we could go.\n\nAfter that I never had contact with the police again. "
            "But my mother told me that in November 2024 two men in plain clothes came to the door asking "
            "for me. I do not know who they were.",
        ),
        4,
        bank=_B,
        question="authorities-contact",
    ),
    Ask(
        "life-now",
        Bi(
            "Rustiger. Ik hoef mijn telefoon niet meer elke avond leeg te maken. Maar ik woon in een azc "
            "met veel mensen uit Iran en Afghanistan, dus binnen ben ik nog steeds voorzichtig met wat ik "
            "zeg.\n\nBuiten het azc is het anders. In Zwolle zag ik een keer twee vrouwen hand in hand over "
            "straat lopen. Niemand keek. Ik moest bijna huilen, omdat niemand keek.",
            "Calmer. I no longer have to empty my phone every evening. But I live in a reception centre "
            "with many people from Iran and Afghanistan, so inside I am still careful about what I "
            "say.\n\nOutside the centre it is different. In Zwolle I once saw two women walking hand in "
            "hand down the street. Nobody looked. I nearly cried, because nobody looked.",
        ),
        3,
        bank=_B,
        question="experience-now",
    ),
    Ask(
        "life-now",
        Bi(
            "Met Parisa. Zij woont ook in het azc, op mijn gang. Ik heb het haar in de zomer verteld, na een "
            "avond koken. Zij zei: 'Dat wist ik al lang.' Sindsdien zit ze erbij als ik met Negar bel, als "
            "Negar kan bellen. Parisa heeft een brief geschreven voor mijn advocaat.",
            "With Parisa. She also lives at the reception centre, on my corridor. I told her in the summer, "
            "after an evening of cooking. She said: 'I have known that for a long time.' Since then she "
            "sits with me when I call Negar, when Negar is able to call. Parisa has written a letter for my "
            "lawyer.",
        ),
        2.5,
        bank=_B,
        question="someone-to-talk-to",
        label="l-talk-to",
    ),
    Ask(
        "life-now",
        Bi(
            "Meestal gaat het. Maar in november 2025 stond ik in de gemeenschappelijke keuken en zei een "
            "man uit het azc hardop het woord hamjensbaz en dat ik de keuken vies maakte. Hij had mij met "
            "Parisa over Negar horen praten. Parisa stond erbij. Ik heb het aan de COA-medewerker gemeld; "
            "hij is naar een andere gang verhuisd.\n\nSindsdien kook ik als het stil is, laat op de avond.",
            "Most of the time it is all right. But in November 2025 I was in the shared kitchen and a man "
            "from the centre said the word hamjensbaz out loud and that I was making the kitchen dirty. He "
            "had heard me talking with Parisa about Negar. Parisa was there. I reported it to the COA "
            "staff; he was moved to another corridor.\n\nSince then I cook when it is quiet, late in the "
            "evening.",
        ),
        3,
        bank=_B,
        question="reception-centre",
        label="l-azc",
        trainer_note=Bi(
            "Let op: zij vertelt over een scheldwoord in het azc. Een goede doorvraag is wat dat met haar "
            "deed, niet of zij het kan bewijzen.",
            "Mind: she tells of an insult in the reception centre. A good follow-up asks what it did to her, "
            "not whether she can prove it.",
        ),
    ),
    Pause(20, Bi("Pauze volgens medisch advies", "Break as advised medically")),
    Ask(
        "relationships",
        Bi(
            "We hebben nog contact, maar weinig. Als haar verloofde weg is, stuurt ze een bericht. Het "
            "laatste bericht was vorige week:\nدلم برات تنگ شده\nDat betekent: ik mis je. Ik heb "
            "teruggestuurd dat ik haar ook mis. Meer durven we niet te schrijven.\n\nZe blijft mijn liefde. "
            "Maar ik weet niet of we elkaar ooit terugzien.",
            "We are still in touch, but not often. When her fiancé is away, she sends a message. The last "
            "message was last week:\n"
            "دلم برات تنگ شده\n"
            "It means: I miss you. I wrote back that I miss her too. We do not dare to write more.\n\n"
            "She remains my love. But I do not know whether we will ever see each other again.",
        ),
        3,
        bank=_B,
        question="relationship-now",
        label="l-rel-now",
    ),
    Ask(
        "return-expectations",
        Bi(
            "Zoals hier: werken, een eigen huis, en met een vrouw leven als ik dat wil. Ik wil niet meer "
            "elke avond mijn telefoon leegmaken en liegen tegen iedereen. Dat leven heb ik tien jaar gehad; "
            "dat kan ik niet nog eens.",
            "As I do here: working, a home of my own, and living with a woman if I want to. I no longer "
            "want to empty my phone every evening and lie to everyone. I lived that life for ten years; I "
            "cannot do it again.",
        ),
        2,
        bank=_B,
        question="how-want-to-live",
        trainer_note=Bi(
            "Goed: vraagt hoe zij zou willen leven, zonder discretie te verwachten (HvJ X, Y en Z). "
            "Vergelijk de zwakkere versie: 'Kunt u na uw terugkeer niet gewoon discreet leven?'",
            "Good: asks how she would want to live, without expecting discretion (CJEU X, Y and Z). Compare "
            "the weaker version: 'Couldn't you just live discreetly after your return?'",
        ),
    ),
    Ask(
        "return-expectations",
        Bi(
            "Dat mijn broer mij vindt. Hij heeft het geschreven, en hij meent het. En als hij naar de "
            "politie gaat, of als hij dat al gedaan heeft, word ik gearresteerd. Voor een vrouw die "
            "gescheiden is en zonder haar familie leeft, is er in Iran geen plek waar je onzichtbaar bent.",
            "That my brother finds me. He wrote it, and he means it. And if he goes to the police, or if he "
            "already has, I will be arrested. For a divorced woman living without her family there is no "
            "place in Iran where you are invisible.",
        ),
        2.5,
        bank=_B,
        question="expect-to-happen",
        label="l-expect",
    ),
    Ask(
        "return-expectations",
        Bi(
            "Van Hamid in de eerste plaats. Mijn vader weet ik niet; hij heeft sinds ik weg ben niets "
            "gezegd. En van de overheid, als zij het weten.",
            "From Hamid first of all. My father, I do not know; he has said nothing since I left. And from "
            "the authorities, if they know.",
        ),
        1.5,
        bank=_B,
        question="expect-to-happen",
        follow_up="from-whom",
        after="l-expect",
    ),
]
