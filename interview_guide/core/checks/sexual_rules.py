"""Rules that block questions about sexual acts and requests for intimate images (CJEU A, B and C).

They fail closed: a question is blocked when its words combine into the meaning (a media or showing
word with an intimate or private context; an act word, or a euphemism with a couple around it), not only
when it uses a listed phrase, and it passes only when it plainly is about something else (who walked in
on the couple, a photo of a church service).
"""

from __future__ import annotations

import re

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks import safety_concepts as sc
from interview_guide.core.checks.analysis import Analysis, Token
from interview_guide.core.checks.concepts import Concept
from interview_guide.core.checks.hits import Category, Hit, Severity

# "sexual" and "seksueel" describe an orientation, an identity or violence as often as an act.
_SEXUAL_ADJ = Concept("sexual", "sexual sexually seksueel seksuele sexueel")
_NOT_ACT_NOUN = Concept(
    "not an act",
    """orientation orientations identity identities minority minorities preference preferences violence
    abuse abused assault assaulted harassment harassed health diversity
    gerichtheid geaardheid oriëntatie orientatie identiteit identiteiten minderheid minderheden voorkeur
    geweld misbruik misbruikt intimidatie gezondheid diversiteit""",
)

# Roles in sex: who was "active" or "passive", the "top" or the "bottom", "the man" or "the woman". The
# same adjectives describe church and community life ("actief in de kerk", "an active member", "a
# passive conversion"), so a role word only counts as a role of the couple: two roles set against each
# other, or a role noun (partner, role, part) in a sentence about the two of them and not about a
# church, a group or work.
_ROLE = r"""(?:active|passive|actie(?:f|ve)|passie(?:f|ve)|top|bottom|giving|receiving|gevende
    |ontvangende|insertive|receptive)"""
_ROLE_PAIR = lx.rx(
    r"""\b(?:active|actie(?:f|ve))\b[^.?!]{0,25}\b(?:passive|passie(?:f|ve))\b
    |\b(?:passive|passie(?:f|ve))\b[^.?!]{0,25}\b(?:active|actie(?:f|ve))\b
    |\btop\b[^.?!]{0,25}\bbottom\b(?!\s+(?:of|van)\b)|\bbottom\b[^.?!]{0,25}\btop\b(?!\s+(?:of|van)\b)
    |\b(?:giving|gevende)\b[^.?!]{0,25}\b(?:receiving|ontvangende)\b
    |\b(?:was|were|is|are|ben|bent|waren)\s+(?:he|she|you|i|hij|zij|ze|u|ik)\s+(?:\w+\s+)?(?:the|de)\s+
     (?:top|bottom)\b(?!\s+(?:of|van)\b)"""
)
# A role said outright: "the active one", "played the woman's role", "de rol van de vrouw".
_ROLE_SAID = lx.rx(
    r"""\b(?:degene|diegene|the\s+one)\s+(?:die|who|that)\s+(?:\w+\s+){0,2}(?:actief|passief|active|passive
    |dominant|on\s+top|bovenop|boven\s+lag)\b
    |\b(?:the|de|het)\s+(?:active|passive|actieve|passieve|dominant|dominante|submissive|giving|receiving)
    \s+(?:one|partner|party|role|part|rol|partij)\b
    |\b(?:play|played|plays|playing|take|took|takes|taking|had|have)\s+(?:the\s+)?(?:role\s+of\s+(?:the\s+)?)?
     (?:man|woman|man's|woman's|husband|wife|male|female)(?:'s)?(?:\s+(?:role|part))?\b
    |\b(?:de\s+)?rol\s+van\s+(?:de\s+)?(?:man|vrouw)\s+(?:speelde|speelt|vervulde|vervult|had|nam|aannam)\b
    |\b(?:speelde|speelt|vervulde|vervult|nam)\s+(?:u|hij|zij|jij)\s+(?:\w+\s+)?(?:de\s+)?rol\s+van\s+(?:de\s+)?
     (?:man|vrouw)\b"""
)
_ROLE_NOUN = lx.rx(
    rf"""\b{_ROLE}\s+(?:partners?|roles?|rol|rollen|part|one|side|kant|positie|position|partij)\b
    |\b(?:the|de|het)\s+(?:top|bottom)\b(?!\s+(?:of|van)\b)"""
)
# Who of the two "was the man" (or the woman, the wife ...): in bed, in the relationship, or set against
# the other ("wie was de man en wie de vrouw?").
_GENDER_ROLE = lx.rx(
    r"""\b(?:who|wie)(?P<couple>\s+(?:of\s+you|van\s+(?:u|jullie))(?:\s+(?:two|both|tweeën|twee|beiden|beide))?)?
    \s+(?:was|were|is|played|plays|play|took|takes|speelde|speelt|nam|neemt|vervulde)
    \s+(?:(?:always|usually|mostly|meestal|altijd|vaak)\s+)?(?:the\s+|de\s+|het\s+)?
    (?:role\s+of\s+(?:the\s+)?|rol\s+van\s+(?:de\s+)?)?
    (?:man|woman|husband|wife|male|female|vrouw|echtgenoot|echtgenote|mannelijke|vrouwelijke)(?:'s)?\b
    (?:(?P<follow>\s+(?:and\s+who|en\s+wie|in\s+bed|in\s+(?:the|your|that|jullie|uw|de|die)\s+(?:relationship
      |relatie)|between\s+(?:you|the\s+two)|tussen\s+(?:u|jullie)|of\s+the\s+two|van\s+(?:de\s+)?twee)\b)
      |(?=\s*(?:[?.!,;]|$|role\b|rol\b)))"""
)
_COUPLE = lx.rx(
    r"""\b(?:of\s+you|between\s+you|the\s+two\s+of\s+you|you\s+two|both\s+of\s+you|in\s+bed|together
    |relationships?|partners?|boyfriend|girlfriend|lover|sex\w*|intima\w*|with\s+(?:him|her)
    |van\s+(?:u|jullie)|u\s+(?:tweeën|beiden)|jullie\s+(?:tweeën|twee|beiden)|tussen\s+(?:u|jullie)
    |samen|relatie\w*|vriend|vriendin|geliefde|minnaar|seks\w*|intie\w*|met\s+(?:hem|haar)|bij\s+jullie)\b"""
)
# Where "active" and "passive" describe something other than sex.
_NOT_SEXUAL_ROLE = lx.rx(
    r"""\b(?:church\w*|kerk\w*|gemeente|congregation|community|gemeenschap|groups?|groep\w*|politic\w*
    |politiek\w*|party|organi[sz]ation\w*|organisatie\w*|vereniging\w*|movement|beweging|protest\w*
    |demonstrat\w*|activis\w*|campaign\w*|campagne\w*|work|werk|job|baan|business|bedrijf|school|stud\w*
    |sport\w*|team|club|faith|geloof\w*|belie\w*|conver\w*|bekering\w*|bekeerd|bible\w*|bijbel\w*|pray\w*
    |gebed\w*|bid\w*|mission\w*|zending|evangeli\w*|choir|koor|services?|dienst\w*|ministry
    |household|huishouden|housework|huishoudelijk\w*|family|familie|gezin|children|kinderen|voice
    |stem|vocabulary|woordenschat|language|taal|smok\w*|rook\w*|resistance|verzet)\b"""
)


def _span(words: tuple[Token, ...], concept: Concept) -> tuple[int, int] | None:
    return concept.first(words)


def _join(*spans: tuple[int, int] | None) -> tuple[int, int]:
    present = [s for s in spans if s is not None]
    return min(s[0] for s in present), max(s[1] for s in present)


def sexual_image_request(analysis: Analysis) -> list[Hit]:
    """Asking for, or about, photos or films of intimate acts or nudity: never, not even as offered evidence.

    A media word (or filming, recording) counts together with an intimate word, nudity, a sexual act or
    the genitals anywhere in the question; a private word ("private photos") or a bed or bedroom counts
    when the question is about the couple or a person.
    """
    words = analysis.words()
    media = _span(words, sc.MEDIA) or _span(words, sc.RECORDING)
    if media is None:
        return []
    strong = _span(words, sc.INTIMATE) or _span(words, sc.NUDITY) or _act(words) or _span(words, sc.GENITALS)
    if strong is None:
        weak = _span(words, sc.PRIVATE) or _span(words, sc.PRIVATE_FRAME)
        person = _span(words, sc.COUPLE) or _span(words, sc.PERSON)
        if weak is None or person is None:
            return []
        strong = weak
    return [Hit(Category.SEXUAL_IMAGE_REQUEST, Severity.BLOCK, "image.intimate-media", *_join(media, strong))]


def _sexual_adjective(words: tuple[Token, ...]) -> tuple[int, int] | None:
    """ "sexual" where it describes an act, not an orientation, an identity or violence."""
    for index, word in enumerate(words):
        if not _SEXUAL_ADJ.word_matches(word):
            continue
        following = words[index + 1 : index + 3]
        if any(_NOT_ACT_NOUN.word_matches(w) for w in following):
            continue
        return word.start, word.end
    return None


# "Your sex", "het geslacht": the sex of a person, not an act (unless the sex life follows).
_POSSESSIVE = Concept(
    "possessive",
    "your his her their my its biological assigned same opposite other either uw zijn haar hun mijn",
)
_SEX_LIFE = Concept("sex life", "life leven partner partners act drive")


def _act(words: tuple[Token, ...]) -> tuple[int, int] | None:
    """A sexual act word, leaving out "your sex" in the sense of male or female."""
    gender_sense = {
        word.end
        for index, word in enumerate(words)
        if word.lemma in ("sex", "seks")
        and index > 0
        and _POSSESSIVE.word_matches(words[index - 1])
        and not (index + 1 < len(words) and _SEX_LIFE.word_matches(words[index + 1]))
    }
    for span in sc.SEX_ACT.spans(words):
        if span[1] not in gender_sense:
            return span
    return _sexual_adjective(words)


def sexual_explicit(analysis: Analysis) -> list[Hit]:
    """Questions about sexual acts, roles or the sex life, in any wording, and detail of sexual violence."""
    words = analysis.words()
    violence = _span(words, sc.VIOLENCE)
    act = _act(words)
    if violence is None and act is not None:
        return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.act", *act)]
    virgin = _span(words, sc.VIRGIN)
    if virgin is not None and _span(words, sc.MARY) is None:
        return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.act", *virgin)]
    role = _sexual_role(analysis) or _span(words, sc.GIVE_RECEIVE)
    if role is not None:
        return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.role", *role)]
    if violence is not None:
        detail = _span(words, sc.DETAIL) or _span(words, sc.INTIMATE_ACT) or act
        if detail is not None:
            return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.violence-detail", *violence)]
        return []
    euphemism = _euphemism(analysis)
    if euphemism is not None:
        return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.euphemism", *euphemism)]
    return []


def _euphemism(analysis: Analysis) -> tuple[int, int] | None:
    """The act put in other words: touching, nudity or bodily closeness of the couple, or what the couple
    did in bed, alone or at night (unless someone walked in on them: then it is about the incident)."""
    for sentence in analysis.sentences:
        words = analysis.words(sentence.start, sentence.end)
        whole = analysis.words()
        intimate = _span(words, sc.INTIMATE_ACT) or _span(words, sc.NUDITY) or _span(words, sc.INTIMATE)
        if intimate is not None and _moved_by_a_text(analysis, sentence.start, sentence.end, words):
            intimate = None  # "which story touches you most": moved, not touched
        if intimate is not None and _span(words, sc.NOT_TOUCH) is None:
            about = _span(whole, sc.COUPLE) or _span(whole, sc.PERSON)
            if about is not None and _span(words, sc.INJURY) is None:
                return intimate
        frame = _span(words, sc.PRIVATE_FRAME)
        if frame is None:
            # "What exactly did you do when you were together?": the act asked for in detail.
            detail = _span(words, sc.DETAIL)
            asks = _span(words, sc.ACT_QUESTION)
            daily = _span(words, sc.DAILY)
            if detail and asks and _span(words, sc.COUPLE) and not _span(words, sc.DISCOVERY) and not daily:
                return _join(asks, detail)
            continue
        couple = _span(whole, sc.COUPLE)
        strong = _span(words, sc.STRONG_FRAME)
        if couple is None and strong is not None:
            # In a bed or a bedroom, at night: "what happened there" needs no couple to mean the act.
            couple = _span(whole, sc.PERSON) or strong
        kiss = _span(words, sc.KISS)
        asks = _span(words, sc.ACT_QUESTION) or (kiss if kiss is not None and couple else None)
        if couple is not None and asks is not None and _span(words, sc.DISCOVERY) is None:
            return _join(frame, asks)
    return None


# A text, a song or a sermon that touches someone moves them: "Which story from the Bible touches you
# most?". Only when the toucher is such a thing, right before the verb, and no person is named.
_MOVING_THING = re.compile(
    r"\b(?:story|stories|verse|verses|sermon|sermons|song|songs|hymn|hymns|passage|passages|text|texts"
    r"|words|bible|book|film|music|poem|prayer|prayers|message|service)\b(?:\W+\w+){0,4}?\W+"
    r"(?:touch|touches|touched)\b"
)


def _moved_by_a_text(analysis: Analysis, start: int, end: int, words: tuple[Token, ...]) -> bool:
    if _span(words, sc.NUDITY) or _span(words, sc.INTIMATE) or _span(words, sc.PERSON):
        return False
    return _MOVING_THING.search(analysis.lower, start, end) is not None


def _sexual_role(analysis: Analysis) -> tuple[int, int] | None:
    """Where a sentence asks about roles in sex (active or passive, top or bottom, the man or the woman)."""
    lower = analysis.lower
    for sentence in analysis.sentences:
        start, end = sentence.start, sentence.end
        gender = _GENDER_ROLE.search(lower, start, end)
        if gender is not None and (
            gender.group("couple")
            or gender.group("follow")
            or (_COUPLE.search(lower, start, end) and not _NOT_SEXUAL_ROLE.search(lower, start, end))
        ):
            return gender.span()
        said = _ROLE_SAID.search(lower, start, end)
        if said is not None and not _NOT_SEXUAL_ROLE.search(lower, start, end):
            return said.span()
        if _NOT_SEXUAL_ROLE.search(lower, start, end):
            continue
        pair = _ROLE_PAIR.search(lower, start, end)
        if pair is not None:
            return pair.span()
        role = _ROLE_NOUN.search(lower, start, end)
        if role is not None and _COUPLE.search(lower, start, end):
            return role.span()
    return None
