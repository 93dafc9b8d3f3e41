"""Demo LGBTI hearing, first sitting, part one: self-description, experiences and the environment at home."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_B = "lgbti"

BACKGROUND: list[Step] = [
    Ask(
        "self-description",
        Bi(
            "Ik houd van vrouwen. Zo zeg ik het het liefst, gewoon zo. Als ik aan later denk, zie ik mezelf "
            "met een vrouw, in een eigen huis, niet met een man.\n\nMet een man heb ik het geprobeerd, ik "
            "ben zelfs getrouwd geweest, maar dat was voor mijn familie. Bij een man voelde ik niets in "
            "mijn hart. Bij Negar voelde ik alles.",
            "I love women. That is how I prefer to say it, just like that. When I think about the future, I "
            "see myself with a woman, in a home of our own, not with a man.\n\nI tried with a man, I was "
            "even married, but that was for my family. With a man I felt nothing in my heart. With Negar I "
            "felt everything.",
        ),
        3,
        bank=_B,
        question="own-words",
        label="l-own-words",
    ),
    Ask(
        "self-description",
        Bi(
            "Ik gebruik het woord\nهمجنس‌گرا\n(hamjensgara). Dat betekent: iemand die van iemand van "
            "hetzelfde geslacht houdt. Het is een net woord; mensen die respect hebben, zeggen het zo. Met "
            "Negar zeiden we meestal niets. We wisten het van elkaar.",
            "I use the word\nهمجنس‌گرا\n(hamjensgara). It means: someone who loves someone of the same sex. "
            "It is a decent word; people who show respect say it like that. With Negar we mostly said "
            "nothing. We knew it about each other.",
        ),
        2,
        bank=_B,
        question="own-words",
        follow_up="own-language-word",
        after="l-own-words",
    ),
    Ask(
        "experiences-and-meaning",
        Bi(
            "Dat was Mina, een meisje uit mijn klas op de middelbare school. Ik was vijftien. Ze zat naast "
            "mij bij wiskunde en lachte heel hard; de leraar werd altijd boos op haar. Ik wachtte elke "
            "ochtend bij de poort tot zij kwam. Als zij ziek was, was de hele dag grijs.\n\nWe waren "
            "vriendinnen, meer niet. Zij wist niet wat ik voelde. Na twee jaar verhuisde haar familie naar "
            "Isfahan en ik heb haar nooit meer gezien.",
            "That was Mina, a girl in my class at secondary school. I was fifteen. She sat next to me in "
            "maths and laughed very loudly; the teacher was always angry with her. Every morning I waited "
            "at the gate until she came. When she was ill, the whole day was grey.\n\nWe were friends, "
            "nothing more. She did not know what I felt. After two years her family moved to Isfahan and I "
            "never saw her again.",
        ),
        3,
        bank=_B,
        question="important-person",
        label="l-first",
    ),
    Ask(
        "experiences-and-meaning",
        Bi(
            "Nee. Ik dacht dat het bij het opgroeien hoorde en dat het over zou gaan als ik trouwde. Ik had "
            "er geen woord voor.",
            "No. I thought it was part of growing up and that it would pass once I married. I had no word "
            "for it.",
        ),
        1,
        own=Bi("Wist u toen al dat u lesbisch was?", "Did you already know then that you were a lesbian?"),
        after="l-first",
        trainer_note=Bi(
            "Zwakkere eigen vraag: gesloten (ja/nee) en gericht op een 'moment van weten', dus op het "
            "bewustwordingsproces waar de nadruk niet meer op ligt. Het antwoord is kort en zegt weinig. "
            "Beter: 'Wat betekende Mina in die tijd voor u?'.",
            "A weaker own question: closed (yes/no) and aimed at a 'moment of knowing', that is, at the "
            "awareness process that is no longer the emphasis. The answer is short and says little. Better: "
            "'What did Mina mean to you at that time?'.",
        ),
    ),
    Ask(
        "experiences-and-meaning",
        Bi(
            "Zij deed niets; zij wist het niet. Ik schreef gedichten in een schrift dat ik onder mijn matras "
            "bewaarde: gedichten van Hafez die ik overschreef, en soms zinnen van mijzelf. Toen mijn moeder "
            "het schrift vond, zei ik dat het voor school was.",
            "She did nothing; she did not know. I wrote poems in a notebook that I kept under my mattress: "
            "poems by Hafez that I copied, and sometimes lines of my own. When my mother found the notebook, "
            "I said it was for school.",
        ),
        1.5,
        bank=_B,
        question="important-person",
        follow_up="what-they-did",
        after="l-first",
    ),
    Ask(
        "self-description",
        Bi(
            "Op straat en in mijn familie zeggen ze\nهمجنس‌باز\n(hamjensbaz). Dat is een scheldwoord. Mijn "
            "broer gebruikte het. Over vrouwen zeggen ze ook wel dat je ziek bent, of dat er iets mis is "
            "met je opvoeding.\n\nDe tolk gebruikte net ook het woord hamjensbaz toen zij uw vraag "
            "vertaalde. Ik wil vragen of zij dat woord niet meer gebruikt. Het doet pijn om het te horen.",
            "On the street and in my family they say\nهمجنس‌باز\n(hamjensbaz). It is an insult. My brother "
            "used it. About women they also say that you are ill, or that something went wrong with your "
            "upbringing.\n\nThe interpreter also used the word hamjensbaz just now when she translated your "
            "question. I would like to ask her not to use that word any more. It hurts to hear it.",
        ),
        3,
        bank=_B,
        question="words-at-home",
        label="l-words",
        issue=Bi(
            "De aanvrager gaf aan dat de tolk bij het vertalen van de vraag het woord 'hamjensbaz' "
            "gebruikte, dat zij als scheldwoord ervaart. Met de tolk afgesproken verder 'hamjensgara' te "
            "gebruiken. De aanvrager kon daarna goed verder.",
            "The applicant said that the interpreter used the word 'hamjensbaz' when translating the "
            "question, which she hears as an insult. Agreed with the interpreter to use 'hamjensgara' from "
            "now on. The applicant could then continue well.",
        ),
        trainer_note=Bi(
            "Het bezwaar tegen een woord van de tolk is meteen vastgelegd en opgelost. Noteer zo'n opmerking "
            "letterlijk: zij kan later van belang zijn voor correcties en aanvullingen.",
            "The objection to the interpreter's word was recorded and resolved at once. Record such a remark "
            "literally: it may matter later for corrections and additions.",
        ),
    ),
    Ask(
        "experiences-and-meaning",
        Bi(
            "Het was Chaharshanbe Suri, het vuurfeest voor het nieuwe jaar, in maart 2022. Negar en ik "
            "waren met Laleh en haar neven in het park. Er waren overal mensen en kleine vuren. In de "
            "drukte pakte Negar mijn hand en liet die niet meer los, tot we bij de auto waren.\n\nIk was zo "
            "blij dat ik bang werd van mezelf. Ik dacht: iedereen kan het zien. Maar niemand keek, iedereen "
            "sprong over de vuren.",
            "It was Chaharshanbe Suri, the fire festival before the new year, in March 2022. Negar and I "
            "were in the park with Laleh and her cousins. There were people and small fires everywhere. In "
            "the crowd Negar took my hand and did not let go until we reached the car.\n\nI was so happy "
            "that I became afraid of myself. I thought: everyone can see it. But nobody looked, everybody "
            "was jumping over the fires.",
        ),
        2.5,
        bank=_B,
        question="strong-feelings",
        label="l-strong",
    ),
    Ask(
        "experiences-and-meaning",
        Bi(
            "Ik kon niet ophouden met lachen. Thuis zong ik in de keuken, wat ik nooit deed. Mijn moeder "
            "keek mij aan en zei: 'Je lijkt wel een bruid.' Toen ben ik snel naar mijn kamer gegaan.",
            "I could not stop smiling. At home I sang in the kitchen, which I never did. My mother looked "
            "at me and said: 'You look like a bride.' Then I quickly went to my room.",
        ),
        1.5,
        bank=_B,
        question="strong-feelings",
        follow_up="how-showed",
        after="l-strong",
    ),
    Ask(
        "environment-origin",
        Bi(
            "Er werd niet over gesproken, alleen als er iets op televisie kwam. Eén keer was er een bericht "
            "over twee mannen die in een andere stad waren opgehangen. Mijn vader zei: 'Dat is wat God wil "
            "met zulke mensen.' Mijn broer Hamid knikte. Mijn moeder stond op en ging naar de keuken.\n\nIk "
            "was toen zeventien of achttien, dat weet ik niet meer precies. Ik weet nog wel dat ik mijn "
            "thee niet meer kon drinken. Ik dacht: als zij het van mij wisten, zouden ze hetzelfde zeggen.",
            "It was not talked about, only when something came on television. Once there was a news item "
            "about two men who had been hanged in another city. My father said: 'That is what God wants for "
            "such people.' My brother Hamid nodded. My mother got up and went to the kitchen.\n\nI was "
            "seventeen or eighteen then, I no longer know exactly. But I do remember that I could not drink "
            "my tea any more. I thought: if they knew about me, they would say the same.",
        ),
        3,
        bank=_B,
        question="family-talk",
    ),
    Ask(
        "environment-origin",
        Bi(
            "Dat ik zou trouwen zodra ik klaar was met school, het liefst met iemand uit de familie. Toen "
            "ik twintig was, kwam de familie van mijn neef Reza om mijn hand vragen. Mijn vader had al ja "
            "gezegd voordat ik iets wist.\n\nIk heb gezegd dat ik nog wilde studeren. Mijn vader zei dat "
            "studeren ook na het huwelijk kon. Mijn moeder zei: 'Reza is een goede jongen, de liefde komt "
            "later.' Ik heb ja gezegd, omdat ik geen reden had die ik hardop mocht zeggen.\n\nReza was niet "
            "slecht voor mij. Maar ik voelde niets, en dat merkte hij. Na drie jaar zonder kinderen begon "
            "zijn moeder te praten. In de winter van 2017 zijn we gescheiden. Voor mijn familie was dat een "
            "schande; voor mij was het een opluchting.",
            "That I would marry as soon as I finished school, preferably someone from the family. When I "
            "was twenty, my cousin Reza's family came to ask for my hand. My father had already said yes "
            "before I knew anything.\n\nI said I still wanted to study. My father said studying could also "
            "happen after the wedding. My mother said: 'Reza is a good boy, love comes later.' I said yes, "
            "because I had no reason that I was allowed to say out loud.\n\nReza was not bad to me. But I "
            "felt nothing, and he noticed. After three years without children his mother began to talk. In "
            "the winter of 2017 we divorced. For my family it was a disgrace; for me it was a relief.",
        ),
        5,
        bank=_B,
        question="marriage-expectations",
        label="l-marriage",
        trainer_note=Bi(
            "Het eerdere huwelijk is context, geen tegenindicatie (zie de hint bij deze vraag). De vraag "
            "laat de aanvrager zelf vertellen hoe het huwelijk tot stand kwam, zonder 'waarom trouwde u "
            "dan?'.",
            "The earlier marriage is context, not a counter-indication (see the hint with this question). "
            "The question lets the applicant tell how the marriage came about, without 'why did you marry "
            "then?'.",
        ),
    ),
    Ask(
        "environment-origin",
        Bi(
            "Na de scheiding zeiden ze dat niemand mij meer zou willen. Eerlijk gezegd vond ik dat goed. Ik "
            "ging werken bij een apotheek en zei dat ik voor mijn ouders wilde zorgen. Zo kon ik thuis "
            "wonen zonder dat iemand vroeg waarom ik niet hertrouwde.",
            "After the divorce they said nobody would want me any more. To be honest, that suited me. I "
            "went to work at a pharmacy and said I wanted to look after my parents. That way I could live "
            "at home without anyone asking why I did not remarry.",
        ),
        2,
        bank=_B,
        question="marriage-expectations",
        follow_up="dealt-with-expectations",
        after="l-marriage",
    ),
    Pause(
        15,
        Bi(
            "Pauze volgens medisch advies (ongeveer elk uur)", "Break as advised medically (about every hour)"
        ),
    ),
]
