"""Demo LGBTI hearing, first sitting, part two: the relationship with Negar and living with risk."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_B = "lgbti"

RELATIONSHIP: list[Step] = [
    Ask(
        "relationships",
        Bi(
            "Mijn relatie met Negar. Haar naam schrijf je zo:\nنگار\nIk heb haar leren kennen in het najaar "
            "van 2021, op de verjaardag van mijn vriendin Laleh. Negar was grafisch ontwerper en had een "
            "klein kantoor aan huis. Die avond zaten we in een hoek en praatten we over boeken, over "
            "Forough Farrokhzad, tot iedereen weg was.\n\nDaarna stuurde ze mij een bericht of ik een boek "
            "van haar wilde lenen. Zo begon het. We waren bijna drie jaar samen, tot ik wegging. Niemand "
            "wist het, behalve Laleh.",
            "My relationship with Negar. You write her name like this:\nنگار\nI met her in the autumn of "
            "2021, at my friend Laleh's birthday. Negar was a graphic designer and had a small office at "
            "home. That evening we sat in a corner and talked about books, about Forough Farrokhzad, until "
            "everyone had gone.\n\nAfterwards she sent me a message asking whether I wanted to borrow a "
            "book of hers. That is how it began. We were together for almost three years, until I left. "
            "Nobody knew, except Laleh.",
        ),
        4,
        bank=_B,
        question="important-relationship",
        label="l-negar",
    ),
    Ask(
        "relationships",
        Bi(
            "Bij haar hoefde ik niet te doen alsof. Ze kende mij zoals ik ben. Als ik moe was van thuis, "
            "zei ze niets en zette ze muziek op. Ze heeft mij leren autorijden; mijn vader vond dat niet "
            "nodig voor een vrouw.",
            "With her I did not have to pretend. She knew me as I am. When I was tired of home, she said "
            "nothing and put on music. She taught me to drive; my father did not think a woman needed that.",
        ),
        2,
        bank=_B,
        question="important-relationship",
        follow_up="why-important",
        after="l-negar",
    ),
    Ask(
        "relationships",
        Bi(
            "Op vrijdag, als haar ouders naar haar oom in Marvdasht gingen, was ik bij haar thuis. We "
            "kookten samen, meestal ghormeh sabzi, want dat kon ik niet goed en zij wel. Daarna keken we "
            "een film op haar laptop of lazen we elkaar voor.\n\n's Avonds bracht zij mij met de auto tot "
            "twee straten van ons huis, zodat niemand ons samen zag. Het laatste stuk liep ik alleen. Dat "
            "was altijd het moeilijkste stuk van de week.",
            "On Fridays, when her parents went to her uncle in Marvdasht, I was at her home. We cooked "
            "together, usually ghormeh sabzi, because I could not make it well and she could. Then we "
            "watched a film on her laptop or read to each other.\n\nIn the evening she drove me to two "
            "streets from our house, so that nobody would see us together. I walked the last bit alone. "
            "That was always the hardest part of the week.",
        ),
        3,
        bank=_B,
        question="day-together",
        trainer_note=Bi(
            "Goed: een gewone dag samen geeft details die alleen iemand kent die het beleefde, zonder naar "
            "intimiteit te vragen. Doorvragen kan op wat zij zelf noemt: het koken, de vrijdagen.",
            "Good: an ordinary day together gives details only someone who lived it knows, without asking "
            "about intimacy. Follow up on what she mentions herself: the cooking, the Fridays.",
        ),
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Thuis zei ik altijd dat ik bij Laleh was. Laleh wist alles en loog voor ons. Negar stond in "
            "mijn telefoon als 'Nazanin apotheek'. Berichten wiste ik elke avond voor het "
            "slapengaan.\n\nHet vroeg veel van mij. Ik was altijd op mijn hoede, zelfs in mijn slaap. Als "
            "mijn telefoon trilde terwijl mijn broer in de kamer was, kreeg ik het warm.",
            "At home I always said I was at Laleh's. Laleh knew everything and lied for us. Negar was in my "
            "phone as 'Nazanin pharmacy'. I deleted messages every evening before going to sleep.\n\n"
            "It asked a lot of me. I was always on my guard, even in my sleep. When my phone buzzed while my "
            "brother was in the room, I went hot.",
        ),
        3,
        bank=_B,
        question="staying-safe",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Het was half september 2024, een donderdagavond. Ik stond onder de douche en mijn telefoon lag "
            "in de woonkamer aan de lader. Negar stuurde een spraakbericht. Ik was die avond vergeten het "
            "geluid uit te zetten.\n\nToen ik uit de badkamer kwam, stond mijn broer Hamid in de gang met "
            "mijn telefoon in zijn hand. Hij had de berichten gelezen, ook de oude, want die dag had ik nog "
            "niets gewist. Hij schreeuwde het woord dat ik eerder noemde en sloeg mij in mijn gezicht. Mijn "
            "vader kwam erbij en vroeg wat er was. Hamid liet hem de telefoon zien.\n\nMijn vader zei niets "
            "tegen mij. Hij pakte mij bij mijn arm, duwde mij mijn kamer in en draaide de deur op slot. Hij "
            "nam mijn telefoon en mijn paspoort mee. Door de deur hoorde ik Hamid zeggen dat hij het aan de "
            "politie zou vertellen, en mijn vader die zei dat dit in de familie bleef.",
            "It was mid-September 2024, a Thursday evening. I was in the shower and my phone was charging "
            "in the living room. Negar sent a voice message. That evening I had forgotten to turn the sound "
            "off.\n\nWhen I came out of the bathroom, my brother Hamid was standing in the hall with my "
            "phone in his hand. He had read the messages, the old ones too, because I had not deleted "
            "anything that day. He shouted the word I mentioned earlier and hit me in the face. My father "
            "came and asked what was going on. Hamid showed him the phone.\n\nMy father said nothing to me. "
            "He took me by the arm, pushed me into my room and locked the door. He took my phone and my "
            "passport. Through the door I heard Hamid say he would tell the police, and my father saying "
            "that this would stay in the family.",
        ),
        6,
        bank=_B,
        question="day-problems-began",
        label="l-problems",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Mijn telefoon had een code, maar Hamid had die een keer gezien toen ik in een winkel betaalde. "
            "Hij dacht dat het bericht van de apotheek kwam, omdat ik die week laat moest werken. Toen "
            "hoorde hij de stem van een vrouw die 'azizam' zei, 'mijn lieverd'.",
            "My phone had a code, but Hamid once saw it when I paid in a shop. He thought the message came "
            "from the pharmacy, because I had to work late that week. Then he heard a woman's voice saying "
            "'azizam', 'my darling'.",
        ),
        2,
        own=Bi(
            "U zei dat uw broer de berichten las. Hoe kon hij uw telefoon openen?",
            "You said your brother read the messages. How was he able to open your phone?",
        ),
        after="l-problems",
        label="l-phone",
        trainer_note=Bi(
            "Goede eigen vervolgvraag: sluit aan bij wat de aanvrager net zei, is één open vraag en vraagt "
            "naar een concreet detail dat alleen iemand weet die het heeft meegemaakt.",
            "A good own follow-up: it builds on what the applicant just said, is one open question and asks "
            "for a concrete detail that only someone who lived through it would know.",
        ),
    ),
    Ask(
        "living-with-risk",
        Bi("", ""),
        2,
        bank=_B,
        question="day-problems-began",
        follow_up="saw-around",
        after="l-problems",
        label="l-saw",
        unanswered=True,
        trainer_note=Bi(
            "De aanvrager werd emotioneel en gaf geen antwoord. De hoormedewerker drong niet aan en stelde "
            "een pauze voor; het lege antwoord blijft zichtbaar in het rapport.",
            "The applicant became emotional and gave no answer. The officer did not press and suggested a "
            "break; the empty answer stays visible in the report.",
        ),
    ),
    Pause(
        15,
        Bi(
            "Aanvrager emotioneel; pauze op voorstel van de hoormedewerker",
            "Applicant emotional; break suggested by the officer",
        ),
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Die nacht heb ik niets gedaan. Ik zat op de grond tegen de deur. Drie dagen zat ik in mijn "
            "kamer. Mijn moeder bracht eten en huilde, maar ze mocht niet met mij praten.\n\nOp vrijdag "
            "ging mijn vader met Hamid naar de moskee. Toen deed mijn moeder de deur open. Ze gaf mij geld "
            "en haar oude telefoon en zei dat ik naar haar zus Shahla moest gaan. Ik heb alleen een tas met "
            "kleren meegenomen.",
            "That night I did nothing. I sat on the floor against the door. For three days I was in my "
            "room. My mother brought food and cried, but she was not allowed to talk to me.\n\nOn Friday my "
            "father went to the mosque with Hamid. Then my mother opened the door. She gave me money and "
            "her old phone and said I should go to her sister Shahla. I took only a bag of clothes.",
        ),
        3,
        bank=_B,
        question="day-problems-began",
        follow_up="straight-after",
        after="l-problems",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Bij tante Shahla hoorde ik dat Hamid bij Laleh aan de deur was geweest en had gedreigd. Mijn "
            "tante zei: in deze stad ben je niet meer veilig, en in heel Iran niet als je broer naar de "
            "politie gaat. Haar man kende iemand die mensen over de grens bracht. Begin oktober 2024 ben ik "
            "vanuit Urmia te voet over de bergen naar Turkije gegaan.",
            "At aunt Shahla's I heard that Hamid had been to Laleh's door and had made threats. My aunt "
            "said: you are no longer safe in this city, and nowhere in Iran if your brother goes to the "
            "police. Her husband knew someone who took people across the border. At the beginning of "
            "October 2024 I crossed the mountains on foot from Urmia into Turkey.",
        ),
        3,
        bank=_B,
        question="decision-to-leave",
    ),
]
