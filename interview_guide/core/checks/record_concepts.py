"""The words the record-aware checks look for: loaded words, questions about meaning, fact questions.

Each loaded word is a group across Dutch and English, so that the applicant's "ik schaamde me" counts as
having used "shame" when the officer later asks in English, and the other way round.
"""

from __future__ import annotations

from interview_guide.core.checks.concepts import Concept

# Words that carry a presumption (a struggle, shame, sin, a Western coming out) when the officer is the
# first to use them: the seed letter's "awareness process", COC's "Pride or Shame?".
LOADED: dict[str, Concept] = {
    "shame": Concept(
        "shame",
        """shame ashamed shameful embarrassed embarrassment humiliated
        schaamte schamen schaamde beschaamd gegeneerd vernederd *schaamte""",
    ),
    "struggle": Concept(
        "struggle",
        """struggle struggled struggling torn conflict turmoil
        worsteling worstelen worstelde tweestrijd strijd innerlijk""",
    ),
    "accept": Concept(
        "accept",
        """accept accepted accepting acceptance self-acceptance
        accepteren accepteerde geaccepteerd acceptatie zelfacceptatie aanvaarden aanvaard aanvaarding""",
    ),
    "coming out": Concept(
        "coming out",
        "closet kast",
        phrases=("come|came|coming out", "@uit de kast"),
    ),
    "sin": Concept("sin", "sin sins sinful sinner zonde zonden zondig zondaar"),
    "guilt": Concept("guilt", "guilt guilty schuld schuldig schuldgevoel schuldgevoelens"),
    "sick": Concept(
        "sick",
        """sick illness disease abnormal unnatural disorder perverse
        ziek ziekte abnormaal onnatuurlijk stoornis pervers""",
    ),
    "denial": Concept("denial", "denial deny denied ontkenning ontkennen ontkende"),
    "confused": Concept("confused", "confused confusion verward verwarring"),
}
# Questions that ask what an experience meant to the applicant, or how they felt or lived it.
MEANING = Concept(
    "meaning",
    """mean meant meaning significance feel felt feeling feelings experience experienced emotion emotions
    affect affected
    betekenen betekende betekenis voelen voelde gevoel gevoelens ervaren ervaring beleven beleefd beleefde
    emotie emoties raken raakte""",
    phrases=(
        "go|went through your mind",
        "do|did to you",
        "what was it like",
        "how was that for you",
        "@in u om",
        "@wat deed dat met u",
        "@wat deed het met u",
        "@hoe was dat voor u",
        "@hoe was het voor u",
        "important to you",
        "matter|matters|mattered to you",
        "@belangrijk voor u",
        "@betekenisvol",
    ),
)
# Answers that tell an experience: something happened, someone did something, at a time or a place.
EVENT = Concept(
    "event",
    """happened came went saw told took found arrested beat caught hit attacked threatened discovered
    ran fled left shouted screamed grabbed pushed kicked knocked broke burned raided kissed met married
    gebeurde kwam ging zag vertelde nam vond arresteerde gearresteerd sloeg geslagen betrapt betrapte
    aangevallen bedreigd bedreigde ontdekte rende vluchtte vertrok schreeuwde greep duwde schopte klopte
    brak verbrandde binnenvielen kuste ontmoette trouwde""",
)
# Questions that ask for an experience to be told.
NARRATIVE_QUESTION = Concept(
    "narrative question",
    "describe tell beschrijf beschrijven vertel vertellen",
    phrases=("what happened", "what happens", "@wat gebeurde", "@wat is er gebeurd", "@hoe ging"),
)
# Questions that fix a fact, by the kind of fact: a time, a place, a person, a number.
FACT_KINDS: dict[str, Concept] = {
    "time": Concept(
        "time",
        """when date year month day week time long wanneer datum jaar maand dag week tijd hoelang""",
        phrases=("how long", "@hoe lang", "what time", "@hoe laat"),
    ),
    "place": Concept("place", "where place city town village address waar plaats stad dorp adres"),
    "person": Concept("person", "who whom name called wie naam heet heette"),
    "number": Concept(
        "number",
        "many often age old number hoeveel vaak leeftijd oud aantal",
        phrases=("how many", "how old", "@hoe oud", "@hoe vaak"),
    ),
}
