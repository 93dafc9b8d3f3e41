"""The knowledge-quiz rule: questions that test doctrinal or textbook facts instead of personal meaning."""

from __future__ import annotations

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.analysis import Analysis
from interview_guide.core.checks.hits import Category, Hit, Severity

# Things one can learn by heart: doctrine, scripture, feasts, church history; and for LGBTI claims the
# textbook facts of Western LGBTI life (what an acronym stands for, what a flag means, which law ...).
_DOCTRINE = r"""(?:apostles?|apostel\w*|disciples?|discipel\w*|commandments?|geboden|gebod
    |sacraments?|sacrament\w*
    |gospels?|evangeli[eë]n|evangelist\w*|books?\s+(?:of|in)\s+the\s+bible|bible\s+books?|bijbelboek\w*
    |boeken\s+van\s+de\s+bijbel|bible(?!\s+(?:study|studies|class|classes|group|groups|school|reading|circle))
    |bijbel(?!studie|kring|les|school|groep|lezing)|(?:old|new)\s+testament|(?:oude|nieuwe)\s+testament|testament|psalms?|psalmen
    |prophets?|profeten|profeet|chapters?|hoofdstuk\w*|verses|verzen|feasts?|feestdag\w*|pentecost|pinksteren
    |easter|pasen|christmas|kerstmis|kerst|ascension|hemelvaart|good\s+friday|goede\s+vrijdag|advent|epiphany
    |trinity|drie-?eenheid|drie-?enigheid|triniteit|creed|geloofsbelijdenis|apostolicum|lord'?s\s+prayer
    |our\s+father|onze\s+vader|beatitudes|zaligsprekingen|parables?|gelijkenis\w*|miracles?\s+of\s+jesus
    |wonderen\s+van\s+jezus|epistles?|brieven\s+van\s+paulus|genesis|exodus|leviticus|revelation|openbaring
    |romans|romeinen|corinthians|korintiërs|korinthiërs|galatians|galaten|ephesians|efeziërs|hebrews|hebreeën
    |acts\s+of\s+the\s+apostles|handelingen|letters?\s+(?:to|of)\s+the\s+\w+|brieven?\s+aan\s+de\s+\w+
    |jonah?|moses|mozes|abraham|noah|noach|paulus|petrus|judas|pilate|pilatus
    |john\s+the\s+baptist|johannes\s+de\s+doper|jesus|jezus|christ|christus|pope|paus|popes|pausen
    |reformation|reformatie|luther|calvin|calvijn|sermon\s+on\s+the\s+mount|bergrede|holy\s+spirit
    |heilige\s+geest|resurrection|opstanding|crucifixion|kruisiging|rainbow\s+flag|regenboogvlag
    |same-sex\s+marriage|homohuwelijk|catholic\w*|katholie\w*|protestant\w*|orthodox\w*|evangelical
    |evangelisch\w*|pentecostal|lutheran|luthers\w*|calvinis\w*|anglican\w*|anglicaan\w*)"""
_SACRAMENT = r"""(?:baptism|doop|communion|avondmaal|eucharist\w*|confirmation|vormsel|cross|kruis
    |born\s+again|wedergeboorte|wedergeboren|salvation|verlossing|redemption|grace|genade)"""
_ENUMERATE = lx.rx(
    rf"""\b(?:name|list|enumerate|recite|sum\s+up|count|mention\s+(?:all|the)|noem\w*|opnoemen|opsommen|som\s+\w*\s*op
    |opzeggen|reciteer\w*|citeer\w*|opzegt)\b[^.?!]{{0,60}}\b{_DOCTRINE}\b
    |\b{_DOCTRINE}\b[^.?!]{{0,30}}\b(?:opzeggen|opnoemen|noemen|opsommen|reciteren|citeren)\b"""
)
_COUNT = lx.rx(rf"\b(?:how\s+many|how\s+much|hoeveel)\b[^.?!]{{0,40}}\b(?:{_DOCTRINE}|{_SACRAMENT})\b")
_LOCATE = lx.rx(
    r"""\b(?:which|what|in\s+which|in\s+what|welk|welke|in\s+welk|in\s+welke)\s+(?:\w+\s+)?(?:book|chapter|verse
    |gospel|testament|bijbelboek|hoofdstuk|vers|evangelie|psalm|brief|letter|boek)\b"""
)
_FACT_QUESTION = lx.rx(
    rf"""\b(?:what|who|whom|when|where|why|which|wat|wie|wanneer|waar|waarom|welk|welke)\b[^.?!]{{0,50}}\b{_DOCTRINE}\b
    |\b(?:{_DOCTRINE}|{_SACRAMENT})\b[^.?!]{{0,40}}\b(?:celebrat\w*|commemorat\w*|symboli[sz]\w*|stands?\s+for
    |mean|means|meaning|gevierd|herdacht|viert|vieren|symbool|staat\s+voor|betekent|betekenis)\b
    |\b(?:meaning|betekenis)\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?(?:{_DOCTRINE}|{_SACRAMENT})\b
    |\b(?:lgbti?q?|lhbti?q?)\b[^.?!]{{0,20}}\b(?:stands?\s+for|staat\s+voor|betekent)\b"""
)
_EXPLAIN = lx.rx(
    rf"""\b(?:explain|describe|tell\s+(?:me|us)\s+(?:about|what|who)|what\s+do\s+you\s+know\s+about|leg\s+\w*\s*uit
    |uitleggen|beschrijf\w*|vertel\w*\s+(?:\w+\s+)?(?:over|wat|wie)|wat\s+weet\s+u\s+(?:over|van)|vertellen\s+(?:over|wat|wie|welke))
    \b[^.?!]{{0,50}}\b(?:{_DOCTRINE}|{_SACRAMENT})\b"""
)
_KNOW = lx.rx(
    rf"""\b(?:do\s+you\s+know|know\s+about|weet\s+u|kent\s+u|kunt\s+u\s+\w*\s*(?:noemen|opzeggen))\b[^.?!]{{0,50}}
    \b(?:{_DOCTRINE}|{_SACRAMENT})\b"""
)
# Knowledge tied to the applicant's own life and meaning is what the seed letter asks for.
_PERSONAL = lx.rx(
    r"""\b(?:to\s+you|for\s+you|you\s+personally|personally|to\s+your|for\s+your|in\s+your\s+(?:own\s+)?life
    |your\s+own\s+life|speaks?\s+to\s+you|touch(?:es|ed)?\s+you|mov(?:es|ed)\s+you|means?\s+most|meant\s+most
    |important\s+to\s+you|matters?\s+to\s+you|favou?rite|inspir\w*\s+you|voor\s+u|u\s+persoonlijk|persoonlijk
    |aanspreekt|spreekt\s+u\b|raakt\s+u|raakte\s+u|in\s+uw\s+(?:eigen\s+)?leven|uw\s+eigen\s+leven|voor\s+uzelf
    |belangrijk\s+voor\s+u|favoriete|het\s+meest|geeft\s+u|give\s+you|gave\s+you|your\s+(?:baptism|church
    |pastor|congregation|prayer|faith)|uw\s+(?:doop|kerk|gemeente|voorganger|gebed|geloof)
    |(?:you|u)\s+(?:experience[ds]?|felt|feel|ervaren|beleefd|beleefde|beleeft|voelde|voelt)\b
    |(?:you|u)\s+and\s+your|u\s+en\s+uw|(?:told|taught|showed|gave|brought|introduced)\s+you
    |\b(?:do|did|does|have|had|would|were|are|was)\s+you\s+(?!know\b|remember\b|recall\b)
    |\b(?:gelooft|geloofde|bidt|bad|voelde|voelt|denkt|dacht|hoorde|leerde|las|leest|kwam|ging|deed|doet
      |heeft|had|bent|was|vierde|viert|kreeg|ontving|gaf|leerde|hoorde|las|zag)\s+u\b
    |\b(?:you|u)\s+(?:got|get|received|receive|were\s+given|kreeg|kregen|ontving)\b)"""
)
_ANSWER_KNOWN = lx.rx(r"\b(?:do\s+you\s+know|weet\s+u|kent\s+u|know\s+about|wat\s+weet\s+u)\b")


def knowledge_quiz(analysis: Analysis) -> list[Hit]:
    """Counting, listing, locating or defining doctrine (or LGBTI textbook facts) without personal meaning."""
    lower = analysis.lower
    personal = _PERSONAL.search(lower) is not None and _ANSWER_KNOWN.search(lower) is None
    rules = (
        ("quiz.enumerate", _ENUMERATE, False),
        ("quiz.count", _COUNT, False),
        ("quiz.know", _KNOW, False),
        ("quiz.locate-text", _LOCATE, True),
        ("quiz.define-or-date", _FACT_QUESTION, True),
        ("quiz.explain-doctrine", _EXPLAIN, True),
    )
    for rule_id, pattern, exempt_if_personal in rules:
        if exempt_if_personal and personal:
            continue
        match = pattern.search(lower)
        if match:
            return [
                Hit(Category.KNOWLEDGE_QUIZ, Severity.WARN, rule_id, *match.span(), _term(match.group(0)))
            ]
    return []


_FEASTS = {
    "pentecost": "pentecost",
    "pinksteren": "pentecost",
    "easter": "easter",
    "pasen": "easter",
    "christmas": "christmas",
    "kerstmis": "christmas",
    "kerst": "christmas",
    "ascension": "ascension",
    "hemelvaart": "ascension",
    "good friday": "good-friday",
    "goede vrijdag": "good-friday",
    "baptism": "baptism",
    "doop": "baptism",
    "communion": "communion",
    "avondmaal": "communion",
}


def _term(matched: str) -> str:
    """The feast or sacrament a quiz question names, so that the suggestion can ask what it means to them."""
    for word, key in _FEASTS.items():
        if word in matched:
            return key
    return ""
