"""Rules that block questions about sexual acts and requests for intimate images (CJEU A, B, C)."""

from __future__ import annotations

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.analysis import Analysis
from interview_guide.core.checks.hits import Category, Hit, Severity

# Sexual acts and bodies in a sexual context (roles are below). Orientation and identity words are not here:
# "sexual orientation", "seksuele gerichtheid" and "sexuality" are what the hearing is about.
_SEXUAL = lx.rx(
    r"""
    \bsex\b(?!\s*(?:characteristics|of\b))(?<!same\ssex)(?<!same-sex)(?<!opposite\ssex)(?<!other\ssex)
  | \bsexual(?:ly)?\b(?!\s+(?:orientation|identity|identities|minorit\w*|preference|violence|abuse|assault
       |harassment|minority|and\s+gender))
  | \bseks\b | \bseks(?:ueel|uele)\b(?!\s+(?:gerichtheid|geaardheid|ori[eë]ntatie|identiteit|minderhe\w*
       |voorkeur|geweld|misbruik|intimidatie|diversiteit))
  | \bseks(?:partner|leven|contact)\w* | \bhad\s+sex | \bsle(?:ep|pt|eping)\s+with\b
  | \bma(?:ke|de|king)\s+love\b | \bin\s+(?:the\s+)?bed\b | \bnaked\b | \bnude\b | \banal\b | \boral\b
  | \bintercourse\b | \bpenetrat\w* | \borgasm\w* | \bclimax\w* | \berection\w* | \bejaculat\w*
  | \bgenital\w* | \bpenis\b | \bvagina\w* | \bcondoms?\b | \bforeplay\b | \bmasturbat\w*
  | \bpositions?\b(?=[^.?!]{0,30}\b(?:bed|sex|together)\b)
  | \bintimate\s+(?:acts?|moments?|contact|details?|relations)\b
  | \bphysical(?:ly)?\s+(?:relationship|contact|intima\w*)\b
  | \bgeslachtsgemeenschap\b | \bnaar\s+bed\b | \bin\s+bed\b | \bvrij(?:en|de|den|t)\b | \bgevreeën\b
  | \bvrijpartij\w* | \bnaakt\w* | \bbloot\b | \banaal\b | \boraal\b | \bpenetr\w*
  | \bklaar\s*(?:kwam|komen|komt)\b
  | \borgasme\w* | \berectie\w* | \bcondoom\w* | \bgeslachtsde(?:el|len)\b | \bstandje\w*
  | \bintie(?:m|me)\s+(?:contact|momenten|handelingen|details)\b
  | \blichamelijk(?:e)?\s+(?:contact|relatie|omgang)\b
    """
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
_VIOLENCE = lx.rx(
    r"\b(?:rape[ds]?|raping|sexual(?:ly)?\s+(?:assault\w*|abuse\w*|violence)|verkracht\w*|seksueel\s+(?:geweld|misbruik)|aangerand)\b"
)
_DETAIL = lx.rx(
    r"""\b(?:exactly|precisely|in\s+detail|step\s+by\s+step|what\s+(?:did|exactly)\s+(?:they|he|she)\s+do
    |how\s+(?:did|exactly)\s+(?:they|he|she)|precies|gedetailleerd|in\s+detail|stap\s+voor\s+stap
    |wat\s+deden\s+ze|wat\s+deed\s+hij|hoe\s+(?:deden|deed))\b"""
)
_MEDIA = lx.rx(
    r"""\b\w*(?:photo|foto|picture|afbeelding|video|film|footage|recording|opname|selfie|screenshot|plaatje)\w*
    |\bpics?\b|\bclips?\b|\btapes?\b|\bimages?\b|\b\w*(?<!voor)beeld\w*"""
)
_INTIMATE = lx.rx(
    r"""\b(?:sex\w*|seks\w*|intimate|intimacy|intie\w*|naked|nude|naakt\w*|bloot|in\s+bed|bed\b|explicit
    |expliciet\w*|erotic\w*|erotisch\w*|porn\w*|undress\w*|uitgekleed)"""
)


def sexual_image_request(analysis: Analysis) -> list[Hit]:
    """Asking for photos or films of intimate acts or nudity: never, not even as offered evidence."""
    lower = analysis.lower
    for sentence in analysis.sentences:
        media = _MEDIA.search(lower, sentence.start, sentence.end)
        if media is None:
            continue
        # The qualifier may sit inside the media word itself ("naaktfoto", "seksfilmpje").
        intimate = _INTIMATE.search(lower, sentence.start, sentence.end)
        if intimate is not None:
            start, end = min(media.start(), intimate.start()), max(media.end(), intimate.end())
            return [Hit(Category.SEXUAL_IMAGE_REQUEST, Severity.BLOCK, "image.intimate-media", start, end)]
    return []


def sexual_explicit(analysis: Analysis) -> list[Hit]:
    """Questions about sexual acts, roles or bodies, and detailed questions about sexual violence."""
    match = _SEXUAL.search(analysis.lower)
    if match:
        return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.act", match.start(), match.end())]
    role = _sexual_role(analysis)
    if role is not None:
        return [Hit(Category.SEXUAL_EXPLICIT, Severity.BLOCK, "sexual.role", *role)]
    violence = _VIOLENCE.search(analysis.lower)
    if violence and _DETAIL.search(analysis.lower):
        return [
            Hit(
                Category.SEXUAL_EXPLICIT,
                Severity.BLOCK,
                "sexual.violence-detail",
                violence.start(),
                violence.end(),
            )
        ]
    return []


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
        if _NOT_SEXUAL_ROLE.search(lower, start, end):
            continue
        pair = _ROLE_PAIR.search(lower, start, end)
        if pair is not None:
            return pair.span()
        role = _ROLE_NOUN.search(lower, start, end)
        if role is not None and _COUPLE.search(lower, start, end):
            return role.span()
    return None
