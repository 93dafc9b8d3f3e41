"""Demo hearing of a trans applicant, first sitting: the opening (name and form of address first), gender
identity, family and community, risk and incidents."""

from __future__ import annotations

from interview_guide.demo.builder import Ask, Bi, Pause, Step

_C = "common"
_B = "lgbti"

TRANS_OPENING: list[Step] = [
    Ask(
        "opening",
        Bi(
            "Lina. Zo noemen mijn vrienden mij sinds ik zeventien was. In mijn paspoort staat nog mijn oude "
            "naam, maar die naam ben ik niet.",
            "Lina. My friends have called me that since I was seventeen. My passport still has my old name, "
            "but that name is not me.",
        ),
        1,
        bank=_C,
        question="name-used",
        label="t-name",
        trainer_note=Bi(
            "Goed: de naam en de aanspreekvorm worden aan het begin gevraagd, vóór de andere vragen, en "
            "daarna het hele gehoor gebruikt, ook in het rapport. De naam in de registratie blijft ernaast "
            "staan voor de identificatie.",
            "Good: the name and the form of address are asked at the start, before the other questions, "
            "and used for the whole hearing, also in the report. The name in the records stays beside it "
            "for identification.",
        ),
    ),
    Ask(
        "opening",
        Bi(
            "Ja, graag Lina Hassan in het rapport. Als de oude naam erin moet voor de papieren, dan liever "
            "tussen haakjes.",
            "Yes, Lina Hassan in the report, please. If the old name has to be in it for the papers, then "
            "rather in brackets.",
        ),
        1,
        bank=_C,
        question="name-used",
        follow_up="name-in-report",
        after="t-name",
    ),
    Ask(
        "opening",
        Bi(
            "Mevrouw Hassan. Of gewoon Lina. Als de tolk over mij praat: zij, niet hij.",
            "Ms Hassan. Or just Lina. When the interpreter talks about me: she, not he.",
        ),
        1,
        bank=_C,
        question="form-of-address",
        label="t-address",
    ),
    Ask(
        "opening",
        Bi(
            "In het Arabisch heeft elk werkwoord een vrouwelijke en een mannelijke vorm. Ik wil dat de tolk "
            "de vrouwelijke vorm gebruikt, ook als ze mijn woorden vertaalt.",
            "In Arabic every verb has a feminine and a masculine form. I want the interpreter to use the "
            "feminine form, also when she translates my words.",
        ),
        1,
        bank=_C,
        question="form-of-address",
        follow_up="interpreter-words",
        after="t-address",
    ),
    Ask(
        "opening",
        Bi(
            "Goed, dank u. Een beetje gespannen. Ik heb vannacht wel geslapen.",
            "Fine, thank you. A little tense. I did sleep last night.",
        ),
        1,
        bank=_C,
        question="how-are-you",
    ),
    Ask(
        "opening",
        Bi(
            "Met deze tolk wel. Ze is niet uit Bagdad en ze kijkt niet raar naar mij. In Ter Apel had ik "
            "bij het eerste gesprek een tolk die mij 'meneer' bleef noemen; toen heb ik bijna niets "
            "gezegd.",
            "With this interpreter, yes. She is not from Baghdad and she does not look at me strangely. In "
            "Ter Apel, at the first interview, I had an interpreter who kept calling me 'sir'; then I said "
            "almost nothing.",
        ),
        1.5,
        bank=_C,
        question="speak-freely",
        label="t-free",
    ),
    Ask(
        "opening",
        Bi(
            "Dat u zegt dat wat ik hier vertel niet naar mensen uit mijn land gaat. Dat heeft u aan het "
            "begin al gezegd. Dat helpt.",
            "That you say what I tell here does not go to people from my country. You already said that at "
            "the start. That helps.",
        ),
        1,
        bank=_C,
        question="speak-freely",
        follow_up="help-speak-freely",
        after="t-free",
    ),
    Ask(
        "opening",
        Bi(
            "Ik ben met de bus uit het azc in Zweeloo gekomen. Ik moest twee keer overstappen, in Emmen en "
            "in Ter Apel. Een jongen uit Syrië zat naast mij en hij heeft de hele weg geslapen.",
            "I came by bus from the reception centre in Zweeloo. I had to change twice, in Emmen and in Ter "
            "Apel. A boy from Syria sat next to me and he slept the whole way.",
        ),
        1.5,
        bank=_C,
        question="interpreter-own-words",
        label="t-interp",
    ),
    Ask(
        "opening",
        Bi("Goed. Zij spreekt Iraaks Arabisch, zoals ik.", "Well. She speaks Iraqi Arabic, like me."),
        0.5,
        bank=_C,
        question="interpreter-own-words",
        follow_up="how-understood",
        after="t-interp",
    ),
    Ask(
        "opening",
        Bi(
            "Ik slik hormonen die ik nog uit Irak had. Die zijn bijna op. De huisarts van het azc weet "
            "ervan. Soms ben ik moe en kan ik me slecht concentreren.",
            "I take hormones that I still had from Iraq. They have almost run out. The reception centre's "
            "doctor knows about it. Sometimes I am tired and find it hard to concentrate.",
        ),
        1.5,
        bank=_C,
        question="health-today",
        trainer_note=Bi(
            "De aanvrager noemt zelf hormonen. Vraag hier niet door naar het lichaam of de medische "
            "behandeling: dat is geen onderwerp van het gehoor. Wel: pauzes aanbieden als de concentratie "
            "minder wordt.",
            "The applicant mentions hormones herself. Do not ask further about the body or the medical "
            "treatment here: that is not a subject of the hearing. Do offer breaks when concentration "
            "drops.",
        ),
    ),
]

GENDER_AND_ORIGIN: list[Step] = [
    Ask(
        "gender-identity",
        Bi(
            "Ik ben een vrouw. Ik ben geboren in een lichaam dat de mensen een jongen noemden, maar "
            "vanbinnen ben ik altijd een meisje geweest. Ik zeg het zo, niet ingewikkelder.",
            "I am a woman. I was born in a body that people called a boy, but inside I have always been a "
            "girl. That is how I say it, nothing more complicated.",
        ),
        2,
        bank=_B,
        question="describe-gender",
        label="t-describe",
        issue=Bi(
            "De tolk vertaalde de vraag eerst met de mannelijke vorm. De aanvrager wees erop; de tolk "
            "verbeterde zich en gebruikt verder de vrouwelijke vormen.",
            "The interpreter first translated the question with the masculine form. The applicant pointed "
            "it out; the interpreter corrected herself and uses the feminine forms from then on.",
        ),
    ),
    Ask(
        "gender-identity",
        Bi(
            "Met vrienden zeiden we\nعابرة\n('aabira): iemand die oversteekt. Dat vind ik een mooi woord.",
            "With friends we said\nعابرة\n('aabira): someone who crosses over. I think that is a beautiful "
            "word.",
        ),
        1.5,
        bank=_B,
        question="describe-gender",
        follow_up="own-language",
        after="t-describe",
    ),
    Ask(
        "gender-identity",
        Bi(
            "Op straat en in mijn familie zeggen ze\nمخنث\n(mukhannath). Dat is een scheldwoord: het "
            "betekent dat je een man bent die zich schaamteloos als een vrouw gedraagt. Mijn broer Karim "
            "riep het toen hij mij op de bruiloft van mijn nicht zag.",
            "On the street and in my family they say\nمخنث\n(mukhannath). It is an insult: it means you are "
            "a man who behaves shamelessly like a woman. My brother Karim shouted it when he saw me at my "
            "cousin's wedding.",
        ),
        2,
        bank=_B,
        question="describe-gender",
        follow_up="words-others-use",
        after="t-describe",
        label="t-slur",
    ),
    Ask(
        "gender-identity",
        Bi(
            "Lina was de naam van de zus van mijn oma. Zij was de enige in de familie die mij nooit "
            "corrigeerde als ik met de poppen van mijn nichtjes speelde. Toen ik zeventien was, heb ik die "
            "naam voor mezelf gekozen. Ik schrijf hem zo:\nلينا",
            "Lina was the name of my grandmother's sister. She was the only one in the family who never "
            "corrected me when I played with my cousins' dolls. When I was seventeen, I chose that name for "
            "myself. I write it like this:\nلينا",
        ),
        2,
        bank=_B,
        question="name",
        label="t-name-means",
    ),
    Ask(
        "gender-identity",
        Bi(
            "Ik besloot het niet. Ik wist altijd al dat ik een meisje was. Er was geen dag waarop ik het "
            "besloot.",
            "I did not decide it. I always knew I was a girl. There was no day on which I decided it.",
        ),
        0.5,
        own=Bi(
            "Wanneer heeft u besloten om als vrouw te gaan leven?",
            "When did you decide to live as a woman?",
        ),
        label="t-weak",
        trainer_note=Bi(
            "Zwakkere eigen vraag: veronderstelt een besluit en een moment, dus een bewustwordingsproces "
            "waar de nadruk niet meer op ligt. Het antwoord is kort en corrigeert de vraag. Beter: de "
            "bankvraag 'Hoe liet u in uw land zien wie u bent?' of 'Vertel eens over een dag waarop u "
            "liet zien wie u bent.'",
            "A weaker own question: it presumes a decision and a moment, that is an awareness process, which "
            "is no longer the focus. The answer is short and corrects the question. Better: the bank "
            "question 'How did you show who you are in your country?' or 'Tell me about a day on which you "
            "showed who you are.'",
        ),
    ),
    Ask(
        "gender-identity",
        Bi(
            "Alleen binnen. Bij mijn vriendin Noor thuis, in Karrada, droeg ik jurken en maakte ik mij op. "
            "Noor is ook trans. We keken films en deden elkaars haar. Buiten droeg ik een spijkerbroek en "
            "een wijd shirt, en ik liet mijn haar niet langer groeien dan tot mijn oren.\n\nIn de kapsalon "
            "waar ik werkte, mocht ik vrouwen helpen met hun haar. Daar voelde ik mij het meest mezelf, "
            "want de klanten praatten met mij zoals vrouwen met elkaar praten.\n\nMaar als de eigenaar "
            "binnenkwam, moest ik mijn stem lager maken.",
            "Only indoors. At my friend Noor's home, in Karrada, I wore dresses and did my make-up. Noor is "
            "trans too. We watched films and did each other's hair. Outside I wore jeans and a loose shirt, "
            "and I did not let my hair grow longer than my ears.\n\nIn the hair salon where I worked, I was "
            "allowed to help women with their hair. There I felt most myself, because the customers talked "
            "to me the way women talk to each other.\n\nBut when the owner came in, I had to make my voice "
            "lower.",
        ),
        4,
        bank=_B,
        question="expressing-self",
        label="t-express",
    ),
    Ask(
        "gender-identity",
        Bi(
            "Mijn moeder zag het en zweeg. Mijn vader deed alsof hij het niet zag. Mijn broers sloegen mij "
            "als ik 'als een meisje' liep. Toen ik vijftien was, heeft mijn oom mijn haar met een schaar "
            "afgeknipt, midden in de woonkamer, terwijl de hele familie keek.",
            "My mother saw it and kept silent. My father pretended not to see it. My brothers hit me when I "
            "walked 'like a girl'. When I was fifteen, my uncle cut off my hair with scissors, in the middle "
            "of the living room, while the whole family watched.",
        ),
        2.5,
        bank=_B,
        question="family-treatment",
        label="t-family",
    ),
    Ask(
        "gender-identity",
        Bi(
            "Elke controlepost was gevaarlijk. Op mijn identiteitskaart staat een jongensnaam en een foto "
            "van "
            "toen ik veertien was. Als een agent mijn gezicht zag en dan de kaart, begon hij te lachen of te "
            "schreeuwen. Daarom ging ik bijna nergens meer heen waar een controle was.",
            "Every checkpoint was dangerous. My identity card has a boy's name and a photo from when I was "
            "fourteen. When an officer saw my face and then the card, he started to laugh or to shout. So I "
            "hardly went anywhere any more where there was a checkpoint.",
        ),
        2,
        bank=_B,
        question="papers",
        label="t-papers",
    ),
    Pause(10, Bi("pauze op verzoek van de aanvrager", "break at the applicant's request")),
    Ask(
        "environment-origin",
        Bi(
            "Sinds de nieuwe wet van 2024 kun je in Irak de gevangenis in gaan als je je 'als een vrouw "
            "gedraagt'. Dat zeiden ze op televisie. Daarna heeft Noor haar jurken weggegooid en zijn wij "
            "niet meer samen naar buiten gegaan.",
            "Since the new law of 2024 you can go to prison in Iraq if you 'behave like a woman'. They said "
            "so on television. After that Noor threw away her dresses and we no longer went out together.",
        ),
        2,
        bank=_B,
        question="law-in-your-life",
        label="t-law",
    ),
    Ask(
        "environment-origin",
        Bi(
            "In onze straat woonde een jongen die zacht praatte en met de meisjes speelde. De mannen van de "
            "wijk noemden hem uit en op een dag is hij in elkaar geslagen bij de moskee. Iedereen wist "
            "waarom. Niemand heeft iets gedaan. Daarna heb ik geleerd om buiten niet op te vallen.",
            "In our street there was a boy who spoke softly and played with the girls. The men of the "
            "neighbourhood called him names, and one day he was beaten up near the mosque. Everyone knew "
            "why. "
            "Nobody did anything. After that I learned not to stand out outside.",
        ),
        2,
        bank=_B,
        question="neighbours-view",
    ),
    Ask(
        "environment-origin",
        Bi(
            "Alleen Noor en mijn oma's zus, zolang zij leefde. En één klant in de salon, een oudere "
            "vrouw, die mij 'dochter' noemde als de eigenaar weg was.",
            "Only Noor, and my grandmother's sister while she was alive. And one customer at the salon, an "
            "older woman, who called me 'daughter' when the owner was away.",
        ),
        1.5,
        bank=_B,
        question="someone-to-trust",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "In de bus keken mannen naar mijn handen en mijn wenkbrauwen. Ik haalde mijn nagellak er "
            "altijd af "
            "voordat ik naar huis ging, en ik nam een taxi als ik het kon betalen, want in een taxi kijkt "
            "alleen de chauffeur.",
            "On the bus men looked at my hands and my eyebrows. I always took my nail polish off before I "
            "went "
            "home, and I took a taxi when I could pay for it, because in a taxi only the driver looks.",
        ),
        1.5,
        bank=_B,
        question="risk-in-daily-life",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Op 3 maart 2025 werd ik aangehouden bij de controlepost bij de Jadriya-brug. Ik kwam van Noor "
            "en ik had nog nagellak op. De agent keek naar mijn handen en naar mijn kaart en nam mij mee "
            "naar een container naast de weg. Ze hebben mijn telefoon doorzocht en foto's gevonden van mij "
            "in een jurk. Ik heb daar de hele nacht gezeten. Ze hebben mij uitgescholden en geslagen.",
            "On 3 March 2025 I was stopped at the checkpoint near the Jadriya bridge. I was coming from "
            "Noor's and I still had nail polish on. The officer looked at my hands and at my card and took "
            "me to a container next to the road. They searched my phone and found photos of me in a dress. "
            "I sat there the whole night. They insulted me and hit me.",
        ),
        3,
        bank=_B,
        question="day-problems-began",
        label="t-day",
    ),
    Ask(
        "living-with-risk",
        Bi("", ""),
        1.5,
        bank=_B,
        question="day-problems-began",
        follow_up="mind-then",
        after="t-day",
        label="t-mind",
        unanswered=True,
    ),
    Ask(
        "living-with-risk",
        Bi(
            "'s Ochtends belden ze mijn vader. Mijn broer Haider kwam mij halen. Hij zei in de auto niets. "
            "Thuis zei mijn vader dat ik de familie had onteerd en dat mijn broers 'het zouden oplossen'. "
            "Mijn moeder heeft mij die nacht geld gegeven en gezegd dat ik moest gaan.",
            "In the morning they called my father. My brother Haider came to fetch me. He said nothing in "
            "the car. At home my father said I had dishonoured the family and that my brothers 'would solve "
            "it'. That night my mother gave me money and told me to go.",
        ),
        2.5,
        own=Bi(
            "U zei dat uw broer u kwam halen. Wat gebeurde er toen u thuiskwam?",
            "You said your brother came to fetch you. What happened when you got home?",
        ),
        after="t-day",
        label="t-home",
        trainer_note=Bi(
            "Goede eigen vervolgvraag: sluit aan bij de woorden van de aanvrager en vraagt naar wat er "
            "gebeurde, zonder te sturen. Na de vraag waarop zij niet antwoordde, is niet aangedrongen.",
            "A good own follow-up: it builds on the applicant's words and asks what happened, without "
            "steering. After the question she did not answer, the officer did not press.",
        ),
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Dat 'oplossen' betekent bij ons dat ze je doden of dat je verdwijnt. Een vriendin van Noor, "
            "Rania, is in 2023 verdwenen nadat haar familie het wist. Ik ben dezelfde nacht met een taxi "
            "naar Erbil gegaan en vandaar naar Turkije.",
            "That 'solving' means with us that they kill you or that you disappear. A friend of Noor's, "
            "Rania, disappeared in 2023 after her family found out. I went to Erbil by taxi the same night "
            "and from there to Turkey.",
        ),
        2,
        bank=_B,
        question="decision-to-leave",
        label="t-leave",
    ),
    Ask(
        "living-with-risk",
        Bi(
            "Alleen mijn moeder en Noor. Mijn moeder heeft de taxichauffeur betaald; hij was de neef van een "
            "buurvrouw en stelde geen vragen. Mijn telefoon heb ik in Erbil weggegooid, want de politie had "
            "hem doorzocht.",
            "Only my mother and Noor. My mother paid the taxi driver; he was a neighbour's nephew and "
            "asked no "
            "questions. I threw my phone away in Erbil, because the police had searched it.",
        ),
        1.5,
        bank=_B,
        question="decision-to-leave",
        follow_up="who-knew-leaving",
        after="t-leave",
    ),
]
