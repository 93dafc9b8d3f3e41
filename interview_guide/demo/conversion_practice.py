"""Demo conversion hearing, second sitting: activities (in Iran and here) and faith on return."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_B = "conversion"

PRACTICE: list[Step] = [
    Ask(
        "activities",
        Bi(
            "In het geheim. Ik las de Injil 's nachts met een zaklamp onder mijn deken. Soms lazen Maryam "
            "en ik in de pauze in het magazijn een paar zinnen, en die bespraken we dan. Naar een huiskerk "
            "ben ik in Iran nooit gegaan; Maryam zei dat het te gevaarlijk was zolang ik bij mijn familie "
            "woonde.",
            "In secret. I read the Injil at night with a torch under my blanket. Sometimes Maryam and I "
            "read a few lines in the storeroom during the break, and then we talked about them. I never "
            "went to a house church in Iran; Maryam said it was too dangerous as long as I lived with my "
            "family.",
        ),
        2.5,
        bank=_B,
        question="faith-in-origin",
        label="c-origin",
    ),
    Ask(
        "activities",
        Bi(
            "Ik bewaarde het boekje in een doos met haarverf, achter in mijn kast. Daar keek niemand. Met "
            "Maryam sprak ik alleen op het werk over het geloof, nooit door de telefoon.",
            "I kept the book in a box of hair dye at the back of my wardrobe. Nobody looked there. I only "
            "talked about the faith with Maryam at work, never on the phone.",
        ),
        1.5,
        bank=_B,
        question="faith-in-origin",
        follow_up="not-discovered",
        after="c-origin",
    ),
    Ask(
        "activities",
        Bi(
            "'s Ochtends kort, als ik wakker word, en 's avonds langer. Ik zit op mijn bed en praat in het "
            "Perzisch, gewoon zoals ik nu met u praat. Ik vertel wat er gebeurd is en voor wie ik bid: mijn "
            "moeder, Maryam, soms mijn broer.\n\n"
            "Als ik niet weet wat ik moet zeggen, bid ik het gebed dat Jezus ons leerde:\n"
            "ای پدر ما که در آسمانی، نام تو مقدس باد\n"
            "Onze Vader die in de hemel zijt, uw naam worde geheiligd. Dat gebed ken ik uit mijn hoofd.",
            "Briefly in the morning, when I wake up, and longer in the evening. I sit on my bed and talk in "
            "Persian, just as I am talking to you now. I tell what has happened and who I am praying for: my "
            "mother, Maryam, sometimes my brother.\n\n"
            "When I do not know what to say, I pray the prayer Jesus taught us:\n"
            "ای پدر ما که در آسمانی، نام تو مقدس باد\n"
            "Our Father in heaven, hallowed be your name. I know that prayer by heart.",
        ),
        3,
        bank=_B,
        question="how-you-pray",
        label="c-pray",
    ),
    Ask(
        "activities",
        Bi(
            "Rust. Dat ik niet alleen ben. In Kayseri had ik niemand; daar heb ik leren bidden.",
            "Peace. That I am not alone. In Kayseri I had nobody; that is where I learned to pray.",
        ),
        1,
        bank=_B,
        question="how-you-pray",
        follow_up="prayer-means",
        after="c-pray",
    ),
    Ask(
        "activities",
        Bi(
            "Ja, bijna elke zondag. Alleen als ik geen geld heb voor de trein, kijk ik de dienst op mijn "
            "telefoon.",
            "Yes, almost every Sunday. Only when I have no money for the train do I watch the service on my "
            "phone.",
        ),
        0.5,
        own=Bi("Gaat u elke zondag naar de kerk?", "Do you go to church every Sunday?"),
        trainer_note=Bi(
            "Zwakkere eigen vraag: gesloten, en zij meet alleen hoe vaak. Het antwoord zegt niets over wat "
            "de dienst voor de aanvrager betekent. Beter is de bankvraag die hierna volgt: 'Beschrijf eens "
            "een kerkdienst die u onlangs heeft bijgewoond.'",
            "A weaker own question: closed, and it only measures how often. The answer says nothing about "
            "what the service means to the applicant. Better is the bank question that follows: 'Describe a "
            "church service you attended recently.'",
        ),
    ),
    Ask(
        "activities",
        Bi(
            "Afgelopen zondag. De dienst is in het Perzisch en het Nederlands. We begonnen met zingen, "
            "liederen in het Perzisch. Daarna las een broeder Psalm 23 voor, 'De Heer is mijn herder'. De "
            "dominee preekte over Petrus, die drie keer zei dat hij Jezus niet kende en daarna toch "
            "vergeven werd.\n\nNa de dienst heb ik geholpen met de koffie; dat doe ik sinds mijn doop. Er "
            "was een Afghaanse vrouw die voor het eerst kwam. Ik heb haar laten zien waar ze haar jas kon "
            "hangen en naast haar gezeten.",
            "Last Sunday. The service is in Persian and Dutch. We started with singing, songs in Persian. "
            "Then a brother read Psalm 23, 'The Lord is my shepherd'. The minister preached about Peter, "
            "who said three times that he did not know Jesus and was forgiven all the same.\n\nAfter the "
            "service I helped with the coffee; I have done that since my baptism. There was an Afghan woman "
            "who came for the first time. I showed her where to hang her coat and sat next to her.",
        ),
        3.5,
        bank=_B,
        question="recent-service",
        label="c-service",
    ),
    Ask(
        "activities",
        Bi(
            "De preek over Petrus. Hij zweeg uit angst, en toch kreeg hij een nieuwe kans. Ik heb ook lang "
            "gezwegen uit angst.",
            "The sermon about Peter. He kept silent out of fear, and still he got a new chance. I too kept "
            "silent out of fear for a long time.",
        ),
        1.5,
        bank=_B,
        question="recent-service",
        follow_up="moved-you",
        after="c-service",
    ),
    Pause(20, Bi("Pauze", "Break")),
    Ask(
        "activities",
        Bi(
            "Na mijn doop heb ik op Instagram een foto van de doopdienst gezet, met een tekst uit de "
            "Bijbel. Mijn account is openbaar; ik wilde het niet meer verstoppen. Mijn nicht in Shiraz "
            "heeft het gezien en aan de familie laten zien.\n\nEen week later stuurde mijn broer Hamid mij "
            "een bericht:\nدیگه خواهر من نیستی، مرتد\n'Je bent mijn zus niet meer, afvallige.'",
            "After my baptism I posted a photo of the baptism service on Instagram, with a verse from the "
            "Bible. My account is public; I did not want to hide it any more. My cousin in Shiraz saw it "
            "and showed it to the family.\n\nA week later my brother Hamid sent me a message:\nدیگه خواهر "
            "من نیستی، مرتد\n'You are no longer my sister, apostate.'",
        ),
        3,
        bank=_B,
        question="online-sharing",
        label="c-online",
    ),
    Ask(
        "activities",
        Bi(
            "Iedereen. Ik heb ongeveer zeshonderd volgers, veel uit Iran, ook mensen van mijn oude werk.",
            "Everyone. I have about six hundred followers, many in Iran, including people from my old job.",
        ),
        1,
        bank=_B,
        question="online-sharing",
        follow_up="who-sees",
        after="c-online",
    ),
    Ask(
        "faith-on-return",
        Bi(
            "Zoals hier: naar de kerk gaan, bidden, mijn Bijbel bij me hebben. En over Jezus vertellen als "
            "iemand ernaar vraagt, zoals Maryam bij mij deed. Ik kan niet doen alsof ik moslim ben. Dan zou "
            "ik weer een leven van liegen leiden.",
            "As I do here: going to church, praying, having my Bible with me. And telling people about "
            "Jesus when they ask, as Maryam did with me. I cannot pretend to be a Muslim. Then I would be "
            "living a life of lies again.",
        ),
        2,
        bank=_B,
        question="live-faith-on-return",
        trainer_note=Bi(
            "Goed: vraagt hoe zij haar geloof zou willen beleven; van niemand mag worden verwacht dat hij "
            "zijn geloof verbergt (HvJ Y en Z).",
            "Good: asks how she would want to live her faith; nobody may be expected to hide their faith "
            "(CJEU Y and Z).",
        ),
    ),
    Ask(
        "faith-on-return",
        Bi(
            "Mijn familie weet het al door Instagram, en mijn broer noemt mij mortad, afvallige. In Iran "
            "kun je daarvoor worden opgepakt; ik heb gehoord dat christenen uit huiskerken gevangen zitten. "
            "Mijn foto is openbaar. Ik denk dat ze mij op het vliegveld al kennen.",
            "My family already knows through Instagram, and my brother calls me mortad, apostate. In Iran "
            "you can be arrested for that; I have heard that Christians from house churches are in prison. "
            "My photo is public. I think they will already know me at the airport.",
        ),
        2.5,
        bank=_B,
        question="expect-on-return",
    ),
    Ask(
        "faith-on-return",
        Bi(
            "Mijn moeder huilde aan de telefoon, maar zei: 'Als het je rust geeft.' Mijn vader praat niet "
            "meer met mij. Over Hamid heb ik al verteld.",
            "My mother cried on the phone, but said: 'If it gives you peace.' My father no longer speaks to "
            "me. I have already told you about Hamid.",
        ),
        2,
        bank=_B,
        question="family-reaction",
        label="c-family",
    ),
    Ask(
        "faith-on-return",
        Bi("", ""),
        1.5,
        bank=_B,
        question="family-reaction",
        follow_up="reaction-so-far",
        after="c-family",
        label="c-family-silent",
        unanswered=True,
    ),
]
