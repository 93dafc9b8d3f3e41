"""Rules about tone and load: disbelief or ridicule, demands for proof or tests, and questions an
interpreter cannot carry."""

from __future__ import annotations

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.analysis import Analysis
from interview_guide.core.checks.hits import Category, Hit, Severity

_ACCUSE = lx.rx(
    r"""\bexpect\s+(?:me|us|anyone|the\s+ind)\s+to\s+believe\b|\bwhy\s+should\s+(?:i|we|anyone)\s+believe\b
    |\b(?:do|would)\s+you\s+(?:really\s+)?think\s+(?:i|we)\s+(?:would\s+|will\s+)?believe\b
    |\b(?:denkt|verwacht)\s+u\s+(?:nu\s+|nou\s+)?(?:echt\s+|werkelijk\s+|serieus\s+)?dat\s+(?:ik|wij|we|de\s+ind)\b
     [^.?!]{0,25}\bgelo\w+
    |\b(?:nobody|no\s+one|no-one)\s+(?:would\s+|will\s+|could\s+)?believes?\b|\byou(?:'re|\s+are)\s+lying\b
    |\byou\s+lie\b|\bstop\s+lying\b|\b(?:making|made|make)\s+(?:this|it|that|all\s+this)\s+up\b
    |\binvented\s+(?:this|it|that)\b|\bfabricat\w+|\bridiculous\b|\bnonsense\b|\bcome\s+on\b|\bbe\s+honest\b
    |\btell\s+(?:me\s+|us\s+)?the\s+truth\b|\bhow\s+convenient\b|\ba\s+likely\s+story\b|\bhard\s+to\s+believe\b
    |\bdat\s+gelooft\s+(?:toch\s+)?niemand\b|\bniemand\s+(?:zal|zou)?\s*(?:dat\s+)?geloven\b|\bniemand\s+gelooft\b
    |\bgelooft\s+u\s+dat\s+(?:nu\s+)?zelf\b|\bliegt\s+u\b|\bu\s+liegt\b|\bverzon\w+|\bverzint\b|\bonzin\b
    |\bbelachelijk\w*|\bkom\s+op\b|\bwees\s+eerlijk\b|\b(?:wel|echt)\s+eerlijk\b|\bde\s+waarheid\s+(?:vertellen|spreken)\b
    |\bongeloofwaardig\w*|\bsprookje\w*|\bdat\s+meent\s+u\s+niet\b"""
)
_IDENTITY = r"""(?:gay|lesbian|homosexual|bisexual|trans\w*|intersex\w*|interseks\w*|queer
    |christian|convert|believer
    |orientation|sexuality|homo\w*|lesbisch\w*|lesbienne|biseks\w*|christen|gelovig\w*|bekeerd|geaardheid
    |gerichtheid|seksualiteit|identity|identiteit|gender)"""
_PROVE = lx.rx(
    rf"""\b(?:prove|proof|demonstrate|bewijs\w*|aantonen|aangetoond|aan\s+te\s+tonen)\b[^.?!]{{0,40}}\b{_IDENTITY}\b"""
)
_TEST = lx.rx(
    rf"""^(?=.*\b(?:test\w*|exam\w*|assessment|onderzo\w+|keuring|check\w*|psycholog\w*|psychiatr\w*|doctor
    |arts|physician|expert|deskundige|seksuoloog|sexologist|verklaring|report|rapport|attest)\b)
    (?=.*\b(?:psycholog\w*|psychiatr\w*|medic\w*|doctor|arts|physician|physical|lichamelijk\w*|phallometr\w*
    |expert|deskundige|seksuoloog|sexologist)\b)
    (?=.*\b{_IDENTITY}\b)"""
)
_JARGON = lx.rx(
    r"""\b(?:credibility|geloofwaardigheid\w*|referentiekader|reference\s+frame|asielrelaas|relaas
    |asylum\s+account|nader\s+gehoor|aanmeldgehoor|registration\s+interview|zienswijze|voornemen
    |correcties\s+en\s+aanvullingen|vervolgingsgrond\w*|persecution\s+ground|vreemdelingencirculaire
    |werkinstructie|work\s+instruction|discretiebeginsel|hetgeen|inachtneming|gelet\s+op|ten\s+aanzien\s+van
    |alvorens|dienaangaande|voornoemd\w*|desbetreffend\w*|bearing\s+in\s+mind|with\s+regard\s+to
    |aforementioned|in\s+light\s+of|pursuant\s+to|in\s+accordance\s+with|sogiesc|sogi|lhbti\w*|lgbti\w*
    |ind|coa|vwn|cjeu|hvj|unhcr)\b"""
)
# An interpreter carries a sentence of about twenty words; twice that, in one turn, loses content.
HINT_WORDS = 30
WARN_WORDS = 45


def accusatory(analysis: Analysis) -> list[Hit]:
    """Disbelief, ridicule or an accusation of lying (UN Special Rapporteur on freedom of religion)."""
    match = _ACCUSE.search(analysis.lower)
    if match:
        return [Hit(Category.ACCUSATORY, Severity.WARN, "tone.disbelief", *match.span())]
    return []


def proof_demand(analysis: Analysis) -> list[Hit]:
    """Asking the applicant to prove orientation or faith, or to undergo a test or expert examination."""
    lower = analysis.lower
    match = _PROVE.search(lower)
    if match:
        return [Hit(Category.PROOF_DEMAND, Severity.WARN, "proof.prove-identity", *match.span())]
    if _TEST.search(lower):
        return [Hit(Category.PROOF_DEMAND, Severity.WARN, "proof.test-or-expert", 0, len(lower))]
    return []


def interpreter_load(analysis: Analysis) -> list[Hit]:
    """A question too long, or too full of jargon, for an interpreter to carry."""
    hits: list[Hit] = []
    count = analysis.word_count
    if count > WARN_WORDS:
        hits.append(
            Hit(
                Category.INTERPRETER_LOAD,
                Severity.WARN,
                "load.length",
                0,
                len(analysis.text),
                "long",
                (("words", str(count)),),
            )
        )
    elif count > HINT_WORDS:
        hits.append(
            Hit(
                Category.INTERPRETER_LOAD,
                Severity.HINT,
                "load.length",
                0,
                len(analysis.text),
                "long",
                (("words", str(count)),),
            )
        )
    jargon = _JARGON.search(analysis.lower)
    if jargon and not hits:
        term = analysis.text[jargon.start() : jargon.end()]
        hits.append(
            Hit(
                Category.INTERPRETER_LOAD,
                Severity.HINT,
                "load.jargon",
                *jargon.span(),
                "jargon",
                (("term", term),),
            )
        )
    return hits
