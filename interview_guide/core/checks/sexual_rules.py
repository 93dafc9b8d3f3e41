"""Rules that block questions about sexual acts and requests for intimate images (CJEU A, B, C)."""

from __future__ import annotations

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.analysis import Analysis
from interview_guide.core.checks.hits import Category, Hit, Severity

# Sexual acts, bodies in a sexual context and sexual roles. Orientation and identity words are not here:
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
  | \b(?:top|bottom)\s+or\s+(?:the\s+)?(?:top|bottom)\b | \b(?:top|bottom)\s+(?:role|partner)\b
  | \bactive\b[^.?!]{0,25}\bpassive\b | \bpassive\b[^.?!]{0,25}\bactive\b
  | \b(?:active|passive)\s+(?:role|partner)\b | \bpositions?\b(?=[^.?!]{0,30}\b(?:bed|sex|together)\b)
  | \bintimate\s+(?:acts?|moments?|contact|details?|relations)\b
  | \bphysical(?:ly)?\s+(?:relationship|contact|intima\w*)\b
  | \bgeslachtsgemeenschap\b | \bnaar\s+bed\b | \bin\s+bed\b | \bvrij(?:en|de|den|t)\b | \bgevreeën\b
  | \bvrijpartij\w* | \bnaakt\w* | \bbloot\b | \banaal\b | \boraal\b | \bpenetr\w*
  | \bklaar\s*(?:kwam|komen|komt)\b
  | \borgasme\w* | \berectie\w* | \bcondoom\w* | \bgeslachtsde(?:el|len)\b | \bstandje\w*
  | \bactie(?:f|ve)\b[^.?!]{0,25}\bpassie(?:f|ve)\b | \bpassie(?:f|ve)\b[^.?!]{0,25}\bactie(?:f|ve)\b
  | \bintie(?:m|me)\s+(?:contact|momenten|handelingen|details)\b
  | \blichamelijk(?:e)?\s+(?:contact|relatie|omgang)\b
    """
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
