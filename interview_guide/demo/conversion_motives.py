"""Demo conversion hearing, first pillar: motives and process (a mixed route: a secret start, a dream)."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_B = "conversion"

MOTIVES: list[Step] = [
    Ask(
        "motives-and-process",
        Bi(
            "Een grote rol. Mijn vader bad vijf keer per dag en nam mijn broer mee naar de moskee. Wij "
            "meisjes leerden thuis bidden, in het Arabisch. Ik kende de woorden, maar begreep ze niet. Elk "
            "gebed begon met\nبسم الله الرحمن الرحيم\n(bismillah ar-rahman ar-rahim), in de naam van God, "
            "de Erbarmer. Ik zei het elke dag, maar God voelde ver weg en streng.\n\nIn de maand Moharram "
            "gingen we naar de rouwbijeenkomsten. Ik vond het mooi dat de vrouwen daar samen kookten. Maar "
            "het geloof zelf was voor mij vooral regels, en angst voor straf.",
            "A big role. My father prayed five times a day and took my brother to the mosque. We girls "
            "learned to pray at home, in Arabic. I knew the words but did not understand them. Every prayer "
            "began with\nبسم الله الرحمن الرحيم\n(bismillah ar-rahman ar-rahim), in the name of God, the "
            "Merciful. I said it every day, but God felt far away and strict.\n\nIn the month of Muharram "
            "we went to the mourning gatherings. I liked how the women cooked together there. But the faith "
            "itself was mostly rules for me, and fear of punishment.",
        ),
        4,
        bank=_B,
        question="faith-growing-up",
        label="c-up",
    ),
    Ask(
        "motives-and-process",
        Bi(
            "In het voorjaar van 2023, via Maryam, een collega in de apotheek. Zij was ouder dan ik en "
            "altijd rustig, ook als klanten tegen ons schreeuwden. Ik vroeg haar een keer hoe ze dat deed. "
            "Ze zei: 'Ik bid voor ze.' Ik moest lachen, want wij bidden niet voor mensen die "
            "schreeuwen.\n\nWeken later, toen we samen het magazijn opruimden, vertelde ze dat ze christen "
            "was. Ik mocht het aan niemand vertellen. Een paar dagen later gaf ze mij een klein boekje, in "
            "een krant gewikkeld: het Evangelie in het Perzisch, de Injil.",
            "In the spring of 2023, through Maryam, a colleague at the pharmacy. She was older than me and "
            "always calm, even when customers shouted at us. Once I asked her how she did it. She said: 'I "
            "pray for them.' I had to laugh, because we do not pray for people who shout.\n\nWeeks later, "
            "when we were tidying the storeroom together, she told me she was a Christian. I was not to "
            "tell anyone. A few days later she gave me a small book wrapped in a newspaper: the Gospel in "
            "Persian, the Injil.",
        ),
        4,
        bank=_B,
        question="first-contact",
        label="c-first",
    ),
    Ask(
        "motives-and-process",
        Bi(
            "Dat het gevaarlijk was. En dat ik nieuwsgierig was. Op school had ik geleerd dat de christenen "
            "hun boek hebben veranderd. Maar Maryam was de eerlijkste persoon die ik kende.",
            "That it was dangerous. And that I was curious. At school I had learned that the Christians "
            "changed their book. But Maryam was the most honest person I knew.",
        ),
        1.5,
        bank=_B,
        question="first-contact",
        follow_up="first-thoughts",
        after="c-first",
    ),
    Ask(
        "motives-and-process",
        Bi(
            "Dat was in Turkije, in Kayseri, in december 2024. Ik woonde daar met drie andere vrouwen in "
            "één kamer en wachtte op papieren. Ik was alleen en heel bang; ik sliep bijna niet.\n\nOp een "
            "nacht droomde ik dat ik door een donkere straat liep. Aan het einde stond een man in wit "
            "licht. Zijn gezicht kon ik niet zien, maar hij keek naar mij alsof hij mij kende. Hij "
            "zei:\nنترس\n(natars), niet bang zijn. Meer niet.\n\nIk werd wakker en ik was niet bang. Voor "
            "het eerst in maanden. Ik dacht meteen aan het boekje van Maryam, want daarin had ik gelezen "
            "dat Jezus die woorden zei tegen zijn leerlingen op het water.",
            "That was in Turkey, in Kayseri, in December 2024. I lived there with three other women in one "
            "room and was waiting for papers. I was alone and very afraid; I hardly slept.\n\nOne night I "
            "dreamed I was walking down a dark street. At the end stood a man in white light. I could not "
            "see his face, but he looked at me as if he knew me. He said:\nنترس\n(natars), do not be "
            "afraid. Nothing more.\n\nI woke up and I was not afraid. For the first time in months. I "
            "immediately thought of Maryam's little book, because I had read in it that Jesus said those "
            "words to his disciples on the water.",
        ),
        5,
        bank=_B,
        question="decisive-experience",
        label="c-dream",
    ),
    Ask(
        "motives-and-process",
        Bi(
            "Ik heb Farideh gebeld, een Iraanse vrouw die ik bij de bakker had leren kennen. Zij had mij "
            "een keer uitgenodigd voor een bijeenkomst van Iraanse christenen in een flat. Toen had ik nee "
            "gezegd. Die ochtend vroeg ik haar wanneer de volgende bijeenkomst was. Dat was dezelfde zondag.",
            "I called Farideh, an Iranian woman I had met at the baker's. She had once invited me to a "
            "gathering of Iranian Christians in a flat. I had said no then. That morning I asked her when "
            "the next gathering was. It was that same Sunday.",
        ),
        2,
        own=Bi(
            "U zei dat u na de droom niet meer bang was. Wat deed u die ochtend?",
            "You said you were no longer afraid after the dream. What did you do that morning?",
        ),
        after="c-dream",
        trainer_note=Bi(
            "Goede eigen vervolgvraag bij een passieve ervaring: niet naar kennis, maar naar wat de "
            "aanvrager daarna deed. Concrete handelingen na de ervaring zeggen veel over wat die betekende.",
            "A good own follow-up to a passive experience: not about knowledge, but about what the applicant "
            "did next. Concrete actions after the experience say a lot about what it meant.",
        ),
    ),
    Ask(
        "motives-and-process",
        Bi(
            "Ik ben minder bang. Vroeger was ik bang voor God, voor mijn vader, voor wat mensen zeiden. Nu "
            "bid ik als ik bang word, en dan wordt het stiller in mij.\n\nEn ik kan vergeven. Niet alles, "
            "en niet snel. Maar ik bid nu voor mijn broer, ook al heeft hij mij pijn gedaan. Een jaar "
            "geleden kon ik dat niet.",
            "I am less afraid. I used to be afraid of God, of my father, of what people said. Now I pray "
            "when I become afraid, and then it grows quieter inside me.\n\nAnd I can forgive. Not "
            "everything, and not quickly. But I now pray for my brother, even though he has hurt me. A year "
            "ago I could not do that.",
        ),
        3,
        bank=_B,
        question="what-changed",
        label="c-changed",
    ),
    Ask(
        "motives-and-process",
        Bi(
            "Parisa, mijn vriendin in het azc. Ze zei: 'Je bent zachter geworden.' En mijn moeder hoort het "
            "aan mijn stem als we bellen.",
            "Parisa, my friend at the reception centre. She said: 'You have become softer.' And my mother "
            "hears it in my voice when we call.",
        ),
        1,
        bank=_B,
        question="what-changed",
        follow_up="who-noticed",
        after="c-changed",
    ),
    Ask(
        "motives-and-process",
        Bi(
            "Het woord is ta'mid, niet ghosl. Ghosl is de wassing in de islam. Bij ons heet het\nتعمید\nNa "
            "de doopcursus bij onze predikant, van september tot december, vroeg hij wie gedoopt wilde "
            "worden. Ik wilde het al lang, maar ik was bang: als ik gedoopt ben, is er geen weg terug. Ik "
            "heb er een week over gebeden.\n\nToen dacht ik aan de droom: niet bang zijn. Op 11 januari ben "
            "ik gedoopt in de kerk in Zwolle. Het water was koud en de hele gemeente zong. Toen ik "
            "bovenkwam, voelde ik mij schoon, van binnen.",
            "The word is ta'mid, not ghosl. Ghosl is the ritual washing in Islam. We call it\nتعمید\nAfter "
            "the baptism course with our minister, from September to December, he asked who wanted to be "
            "baptised. I had wanted it for a long time, but I was afraid: once I am baptised, there is no "
            "way back. I prayed about it for a week.\n\nThen I thought of the dream: do not be afraid. On "
            "11 January I was baptised in the church in Zwolle. The water was cold and the whole "
            "congregation sang. When I came up, I felt clean, inside.",
        ),
        4,
        bank=_B,
        question="baptism-decision",
        label="c-baptism",
        issue=Bi(
            "De tolk vertaalde 'doop' eerst met 'ghosl' (rituele wassing in de islam). De aanvrager "
            "corrigeerde dit: zij gebruikt 'ta'mid'. De tolk gebruikt verder 'ta'mid'.",
            "The interpreter first translated 'baptism' as 'ghosl' (ritual washing in Islam). The applicant "
            "corrected this: she uses 'ta'mid'. The interpreter uses 'ta'mid' from now on.",
        ),
    ),
    Pause(
        15,
        Bi(
            "Pauze volgens medisch advies (ongeveer elk uur)", "Break as advised medically (about every hour)"
        ),
    ),
]
