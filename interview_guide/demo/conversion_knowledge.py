"""Demo conversion hearing, second pillar: knowledge, asked through what it means to the applicant."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Step

_B = "conversion"

KNOWLEDGE: list[Step] = [
    Ask(
        "knowledge",
        Bi(
            "Het verhaal van de vrouw bij de waterput. Jezus is moe en vraagt een vrouw uit Samaria om "
            "water. Zij schrikt, want joden en Samaritanen praten niet met elkaar, en een man praat niet "
            "zomaar met een vrouw alleen. Iedereen in haar dorp praat over haar; daarom haalt ze water op "
            "het heetste uur, als er niemand is.\n\nJezus weet alles van haar leven, maar hij stuurt haar "
            "niet weg. Hij praat met haar alsof ze belangrijk is. Daarna rent ze naar het dorp en vertelt "
            "het aan iedereen, aan dezelfde mensen voor wie ze zich verborg.",
            "The story of the woman at the well. Jesus is tired and asks a woman from Samaria for water. "
            "She is startled, because Jews and Samaritans do not talk to each other, and a man does not "
            "simply talk to a woman alone. Everyone in her village talks about her; that is why she fetches "
            "water at the hottest hour, when nobody is there.\n\nJesus knows everything about her life, but "
            "he does not send her away. He talks to her as if she matters. Afterwards she runs to the "
            "village and tells everyone, the same people she was hiding from.",
        ),
        4,
        bank=_B,
        question="story-that-matters",
        label="c-story",
        trainer_note=Bi(
            "Kennis via betekenis: de aanvrager vertelt een verhaal in eigen woorden en legt daarna uit "
            "waarom het haar raakt. Dat zegt meer dan een rijtje feiten, en past bij wat van haar verwacht "
            "kan worden.",
            "Knowledge through meaning: the applicant tells a story in her own words and then explains why "
            "it touches her. That says more than a list of facts, and fits what can be expected of her.",
        ),
    ),
    Ask(
        "knowledge",
        Bi(
            "Omdat ik die vrouw was. Ik haalde ook altijd water als er niemand keek; zo leefde ik. Jezus zag "
            "haar, en hij keek niet weg.",
            "Because I was that woman. I also always fetched water when nobody was looking; that is how I "
            "lived. Jesus saw her, and he did not look away.",
        ),
        1.5,
        bank=_B,
        question="story-that-matters",
        follow_up="why-speaks",
        after="c-story",
    ),
    Ask(
        "knowledge",
        Bi(
            "Voor moslims is hij een profeet, Isa; dat leerde ik op school. Voor mij is hij de Zoon van "
            "God, die zelf naar de mensen toe kwam. Ik kan het niet zo goed uitleggen als de dominee. Ik "
            "weet alleen dat hij mij zag toen ik alleen was in Kayseri.",
            "For Muslims he is a prophet, Isa; I learned that at school. For me he is the Son of God, who "
            "came to people himself. I cannot explain it as well as the minister. I only know that he saw "
            "me when I was alone in Kayseri.",
        ),
        2,
        bank=_B,
        question="jesus-for-you",
    ),
    Ask(
        "knowledge",
        Bi(
            "Dat ik niet meer bang hoef te zijn voor God. In de islam moest ik alles goed doen, anders kwam "
            "er straf. Nu weet ik dat ik fouten maak en dat God mij toch liefheeft. En ik praat met God in "
            "mijn eigen taal, niet in het Arabisch dat ik niet begreep.",
            "That I no longer have to be afraid of God. In Islam I had to do everything right, or "
            "punishment would come. Now I know that I make mistakes and that God loves me all the same. And "
            "I talk to God in my own language, not in the Arabic I did not understand.",
        ),
        2.5,
        bank=_B,
        question="main-difference",
        label="c-diff",
    ),
    Ask(
        "knowledge",
        Bi(
            "Als ik iets verkeerd doe, ren ik niet meer weg van God. Ik zeg het Hem 's avonds. Vroeger "
            "telde ik mijn gebeden; nu praat ik.",
            "When I do something wrong, I no longer run away from God. I tell Him in the evening. I used to "
            "count my prayers; now I talk.",
        ),
        1.5,
        bank=_B,
        question="main-difference",
        follow_up="in-own-life",
        after="c-diff",
    ),
    Ask(
        "knowledge",
        Bi(
            "Over de Drie-eenheid: Vader, Zoon en Heilige Geest, en toch één God. Mijn familie zegt dat "
            "christenen drie goden hebben. Ik weet dat dat niet klopt, maar ik kan het nog niet goed "
            "uitleggen.",
            "About the Trinity: Father, Son and Holy Spirit, and yet one God. My family says Christians have "
            "three gods. I know that is not right, but I cannot explain it well yet.",
        ),
        2,
        bank=_B,
        question="open-questions",
        label="c-questions",
    ),
    Ask(
        "knowledge",
        Bi(
            "Met de dominee, en in de Bijbelkring op woensdagavond. Hij zei dat hij het zelf ook niet "
            "helemaal begrijpt. Dat vond ik eerlijk.",
            "With the minister, and in the Bible study group on Wednesday evenings. He said that he does not "
            "fully understand it himself either. I thought that was honest.",
        ),
        1.5,
        bank=_B,
        question="open-questions",
        follow_up="discuss-with",
        after="c-questions",
    ),
]
