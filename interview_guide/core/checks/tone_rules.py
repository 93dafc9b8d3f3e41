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
    |\b(?:nobody|no\s+one|no-one)\s+(?:would\s+|will\s+|could\s+)?believes?\b|\bstop\s+lying\b
    |\b(?:making|made|make)\s+(?:this|it|that|all\s+this)\s+up\b|\b(?:is|was|sounds|seems|all|just)\s+(?:\w+\s+)?made[\s-]up\b
    |\bfake\s+(?:story|account|convert|christian|relationship)\b|\bmade[\s-]up\s+(?:story|account)\b
    |\b(?:we|i)\s+(?:simply\s+|just\s+|really\s+)?(?:do\s+not|don't|cannot|can't)\s+(?:\w+\s+)?believe\b
    |\b(?:wij|we|ik|de\s+ind)\b[^.?!]{0,30}\bniet\s+(?:geloven|gelooft|geloof)\b
    |\bwaarom\s+(?:zouden|zou|moeten|moet)\s+(?:wij|we|ik|de\s+ind|iemand)\s+(?:\w+\s+)?(?:geloven|aannemen)\b
    |\b(?:wij|we|ik)\s+(?:geloven|geloof)\s+(?:u|uw\s+verhaal|dit|dat|het|hem|haar|zijn\s+verhaal|haar\s+verhaal)
     \s+(?:\w+\s+)?niet\b
    |\b(?:just|only|all|merely|gewoon|alleen|maar)\s+(?:a\s+|een\s+)?(?:story|verhaal|trick|truc|excuse|smoesje)\b
     [^.?!]{0,40}\b(?:permit|papers|residence|asylum|status|verblijfsvergunning|vergunning|papieren|asiel|blijven)\b
    |\b(?:only|just|simply|alleen|puur|enkel)\b[^.?!]{0,30}\b(?:to|om)\s+(?:get|obtain|receive|stay|krijgen|blijven
     |verkrijgen)\b[^.?!]{0,25}\b(?:permit|papers|residence|asylum|status|verblijfsvergunning|vergunning|papieren
     |asiel|here|hier)\b
    |\b(?:only|just|simply|alleen|puur|enkel)\b[^.?!]{0,30}\b(?:permit|papers|residence|verblijfsvergunning
     |vergunning|papieren)\b[^.?!]{0,15}\b(?:to\s+get|te\s+krijgen)\b
    |\binvented\s+(?:this|it|that)\b|\bfabricat\w+|\bridiculous\b|\bnonsense\b|\bcome\s+on\b|\bbe\s+honest\b
    |\bhow\s+convenient\b|\ba\s+likely\s+story\b|\bhard\s+to\s+believe\b(?!\s+in\b)
    |\bdat\s+gelooft\s+(?:toch\s+)?niemand\b|\bniemand\s+(?:zal|zou)?\s*(?:dat\s+)?geloven\b|\bniemand\s+gelooft\b
    |\bgelooft\s+u\s+dat\s+(?:nu\s+)?zelf\b|\bverzon\w+|\bverzint\b|\bonzin\b
    |\bbelachelijk\w*|\bkom\s+op\b|\bwees\s+eerlijk\b|\b(?:wel|echt)\s+eerlijk\b
    |\bongeloofwaardig\w*|\bsprookje\w*|\bdat\s+meent\s+u\s+niet\b"""
)
# Saying, or asking, that the applicant lies (or is not telling the truth) accuses them of it, whatever the
# grammatical form. Lying to someone else ("did you lie to the police?") is a question about what
# happened; "lying down" and "lie low" are about the body or about hiding; and the duty to tell the truth
# is part of the procedure.
_DECEIT = lx.rx(
    r"""\b(?:are|were|have|had|is)\s+(?:you|u)\s+(?:\w+\s+){0,2}?(?:been\s+)?lying\b
    |\b(?:did|do|would|will|have|had)\s+you\s+(?:\w+\s+)?(?:lie|lied)\b|\byou\s+(?:\w+\s+)?(?:lie|lied)\b
    |\byou(?:'re|'ve\s+been|\s+are|\s+were|\s+have\s+been)\s+(?:\w+\s+)?lying\b
    |\bare\s+you\s+(?:\w+\s+)?(?:telling\s+(?:me\s+|us\s+)?the\s+truth|being\s+(?:honest|truthful))\b
    |\btell\s+(?:me\s+|us\s+)?the\s+truth\b
    |\b(?:(?:your|the|this|that)\s+(?:whole\s+)?(?:story|account)|this|that|it)\s+(?:is|was|sounds\s+like)
     \s+(?:all\s+|just\s+)?(?:a\s+)?(?:lie|lies|pack\s+of\s+lies)\b
    |\b(?:is|was)\s+(?:(?:your|the|this|that|uw|dit|dat|het)\s+(?:whole\s+|hele\s+)?(?:story|account|verhaal)
     |this|that|it)\s+(?:all\s+|just\s+|dan\s+|allemaal\s+)?(?:a\s+|een\s+)?(?:lie|lies|leugen\w*|gelogen)\b
    |\btell(?:ing)?\s+(?:me\s+|us\s+)?lies\b|\bliars?\b
    |\b(?:liegt|loog|logen)\s+(?:u|je|jij|jullie)\b|\b(?:u|je|jij)\s+(?:\w+\s+){0,2}?(?:liegt|loog|gelogen)\b
    |\b(?:heeft|hebt|had)\s+(?:u|je)\b[^.?!]{0,30}\bgelogen\b
    |\b(?:zit|zat|bent|was)\s+(?:u|je|jij)\b[^.?!]{0,15}\b(?:te|aan\s+het)\s+liegen\b
    |\b(?:spreekt|vertelt)\s+u\s+(?:\w+\s+){0,2}?(?:de\s+)?waarheid\b|\bde\s+waarheid\s+(?:vertellen|spreken)\b
    |\b(?:dit|dat|het|uw\s+(?:\w+\s+)?verhaal)\s+(?:is|was|klinkt\s+als)\s+(?:\w+\s+)?(?:een\s+)?leugen\w*
    |\bleugenaar\w*|\bleugens\s+(?:vertel\w*|verteld)\b"""
)
_NOT_DECEIT = lx.rx(
    r"""\blying\s+(?:down|on|in|there|here|awake|still|under|next|beside|at|asleep|low|face|flat|around
    |across|by|near|with|behind)\b|\blie\s+(?:down|low|on|in|there|still|awake|with|next|beside|under|ahead)\b"""
)
_DUTY_OF_TRUTH = lx.rx(
    r"""\b(?:must|have\s+to|need\s+to|should|required|obliged|expected|important|duty|moet|moeten|dient
    |verplicht\w*|belangrijk|plicht)\b[^.?!]{0,40}\b(?:truth|waarheid)\b"""
)
_URGING = lx.rx(r"\b(?:finally|for\s+once|eindelijk|nou\s+eens|nu\s+eens)\b")
# A lie told in a story ("when your father found out that you had lied ...") is part of the account.
_NARRATED = lx.rx(
    r"""\b(?:when|that|because|after|before|since|if|found\s+out|discovered|knew|learned|heard|realised|realized
    |als|toen|dat|omdat|nadat|voordat|ontdekte|wist|hoorde|merkte)\s+(?:\w+\s+){0,2}?
    (?:you|u)\s+(?:\w+\s+)?(?:lied|lie|lying|gelogen|loog|liegt)\b"""
)
_TO_US = lx.rx(r"\b(?:to\s+(?:me|us|the\s+ind)|tegen\s+(?:mij|ons|de\s+ind))\b")
# Whom the lie was told to: another person makes it a question about the applicant's past.
_LIED_TO = lx.rx(
    r"""\b(?:lie|lied|lying|liegt|loog|gelogen|liegen)\b[^.?!]{0,20}?\b(?:to|tegen)\s+(?!(?:me|us|mij|ons|the\s+ind
    |de\s+ind|the\s+officer|this\s+(?:interview|officer)|de\s+hoormedewerker|de\s+medewerker|the\s+immigration)\b)\w+
    |\btegen\s+(?!(?:mij|ons|de\s+ind|de\s+hoormedewerker|de\s+medewerker)\b)\w+[^.?!]{0,20}\b(?:gelogen|liegen)\b"""
)
_IDENTITY = r"""(?:gay|lesbian|homosexual|bisexual|trans\w*|intersex\w*|interseks\w*|queer
    |christian|convert\w*|believer
    |orientation|sexuality|homo\w*|lesbisch\w*|lesbienne|biseks\w*|christen|gelovig\w*|bekeerd|geaardheid
    |gerichtheid|seksualiteit|identity|identiteit|gender)"""
# What is proven: that the applicant "is" gay or Christian, loves men, believes or converted; or "your
# faith", "uw geaardheid" as the object. Other facts (an arrest, a journey, a document) may be asked for.
_CLAIM = rf"""(?:{_IDENTITY}|believe\w*|gelooft|geloofde|converted|bekeerd
    |attracted|aangetrokken|lov(?:e|es|ed)\s+(?:men|women)|van\s+(?:mannen|vrouwen)\s+(?:houdt|hield))"""
_CLAIM_NOUN = r"""(?:orientation|sexuality|faith|belief|conversion|identity|homosexuality|christianity
    |geaardheid|gerichtheid|seksualiteit|geloof|bekering|identiteit|homoseksualiteit|christen-zijn)"""
_PROVE_VERB = r"""(?:prove|proves|proving|proof|evidence|demonstrate
    |convince\s+(?:me|us|the\s+ind|the\s+officer)|show\s+(?:me|us|the\s+ind)|bewij[sz]\w*|bewezen|aantonen
    |aantoont|aangetoond|aan\s+te\s+tonen|confirm|confirms|verify|certify|bevestigen|bevestigt|verifiëren
    |waaruit\s+blijkt|(?:which|that)\s+shows?
    |(?:mij|ons|de\s+ind)\s+(?:\w+\s+)?overtuigen|(?:mij|ons)\s+(?:\w+\s+)?laten\s+zien)"""
_PROVE = lx.rx(
    rf"""\b{_PROVE_VERB}\b(?:[^.?!]{{0,25}}?\b(?:that|dat))?\s+(?:you|you're|u)\b[^.?!]{{0,40}}?\b{_CLAIM}\b
    |\b{_PROVE_VERB}\s+(?:of|for|van|voor)\s+(?:your|uw)\s+(?:\w+\s+)?{_CLAIM_NOUN}\b
    |\b(?:prove|demonstrate)\s+(?:your|uw)\s+(?:\w+\s+)?{_CLAIM_NOUN}\b
    |\b(?:your|uw)\s+(?:\w+\s+)?{_CLAIM_NOUN}\b[^.?!]{{0,20}}\b(?:bewijzen|aantonen|aan\s+te\s+tonen|proven)\b"""
)
# "How do we know that you are really gay?" asks the applicant to prove it as well.
_HOW_KNOW = lx.rx(
    rf"""\bhow\s+(?:can|do|would|could|should|are|will)\s+(?:we|i|the\s+ind|anyone|they)\s+(?:\w+\s+)?
    (?:know|be\s+sure|tell|verify|check)\b[^.?!]{{0,15}}?\b(?:that\s+)?(?:you|you're)\b[^.?!]{{0,25}}?\b{_CLAIM}\b
    |\bhoe\s+(?:kunnen|weten|kan|weet|moeten|moet|zouden|zou)\s+(?:wij|we|ik|de\s+ind)\b[^.?!]{{0,25}}?
    \bdat\s+u\b[^.?!]{{0,25}}?\b{_CLAIM}\b
    |\bhow\s+(?:can|do|would|could|should|will)\s+(?:we|i|the\s+ind|anyone)\s+(?:\w+\s+)?(?:know|be\s+sure|tell
     |verify|check)\b[^.?!]{{0,20}}\b(?:your|this|the)\s+(?:\w+\s+)?{_CLAIM_NOUN}\b
    |\bhoe\s+(?:kunnen|weten|kan|weet|moeten|zouden)\s+(?:wij|we|ik|de\s+ind)\b[^.?!]{{0,25}}\b(?:uw|deze|die)\s+
     (?:\w+\s+)?{_CLAIM_NOUN}\b"""
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
    |ind|coa|vwn|cjeu|hvj|unhcr|zelfidentificatie|self-identification|relevante\s+elementen|material\s+facts
    |integrale|discretion\s+requirement|internal\s+relocation|binnenlands\s+vestigingsalternatief
    |vluchtalternatief|wherein|therein|thereof|aldus|derhalve|teneinde|voormeld\w*)\b"""
)
# The words of the law and the file: the applicant cannot know them, and the interpreter has no word for
# them. One of these, or two pieces of officialese, is a warning; a single abbreviation is a hint.
_LEGAL_JARGON = lx.rx(
    r"""\b(?:credibility|geloofwaardigheid\w*|referentiekader|reference\s+frame|asielrelaas|relaas
    |asylum\s+account|vervolgingsgrond\w*|persecution\s+ground|vreemdelingencirculaire|werkinstructie
    |work\s+instruction|discretiebeginsel|discretion\s+requirement|sogiesc|sogi|zelfidentificatie
    |self-identification|relevante\s+elementen|material\s+facts|internal\s+relocation
    |binnenlands\s+vestigingsalternatief|vluchtalternatief)\b"""
)
# An interpreter carries a sentence of about twenty words. One asking sentence of twice that, or a turn well
# over that, loses content. A preamble that sums up what the applicant said, in a sentence of its own,
# is part of the turn: the turn's limit leaves room for one (issue 11: a long-ish good question with a
# preamble must not be flagged).
HINT_WORDS = 30
WARN_SENTENCE_WORDS = 40
WARN_WORDS = 55


def accusatory(analysis: Analysis) -> list[Hit]:
    """Disbelief, ridicule or an accusation of lying (UN Special Rapporteur on freedom of religion)."""
    lower = analysis.lower
    match = _ACCUSE.search(lower)
    if match:
        return [Hit(Category.ACCUSATORY, Severity.WARN, "tone.disbelief", *match.span())]
    for sentence in analysis.sentences:
        lie = _DECEIT.search(lower, sentence.start, sentence.end)
        if lie is None:
            continue
        if _NOT_DECEIT.search(lower, sentence.start, sentence.end):
            continue
        if _DUTY_OF_TRUTH.search(lower, sentence.start, sentence.end) and not _URGING.search(
            lower, sentence.start, sentence.end
        ):
            continue
        if _LIED_TO.search(lower, sentence.start, sentence.end):
            continue
        if _NARRATED.search(lower, sentence.start, sentence.end) and not _TO_US.search(
            lower, sentence.start, sentence.end
        ):
            continue
        return [Hit(Category.ACCUSATORY, Severity.WARN, "tone.accuses-of-lying", *lie.span())]
    return []


def proof_demand(analysis: Analysis) -> list[Hit]:
    """Asking the applicant to prove orientation or faith, or to undergo a test or expert examination."""
    lower = analysis.lower
    match = _PROVE.search(lower) or _HOW_KNOW.search(lower)
    if match:
        return [Hit(Category.PROOF_DEMAND, Severity.WARN, "proof.prove-identity", *match.span())]
    if _TEST.search(lower):
        return [Hit(Category.PROOF_DEMAND, Severity.WARN, "proof.test-or-expert", 0, len(lower))]
    return []


def interpreter_load(analysis: Analysis) -> list[Hit]:
    """A question too long, or too full of jargon, for an interpreter to carry."""
    hits: list[Hit] = []
    count = analysis.word_count
    # The asking sentence must be short; a recap of the applicant's words before it counts in the turn.
    longest = max((len(analysis.words(s.start, s.end)) for s in analysis.sentences if s.is_ask), default=0)
    if count > WARN_WORDS or longest > WARN_SENTENCE_WORDS:
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
    if jargon and (not hits or hits[0].severity < Severity.WARN):
        term = analysis.text[jargon.start() : jargon.end()]
        heavy = bool(_LEGAL_JARGON.search(analysis.lower)) or len(_JARGON.findall(analysis.lower)) >= 2
        if heavy:
            hits.clear()
        elif hits:
            return hits
        hits.append(
            Hit(
                Category.INTERPRETER_LOAD,
                Severity.WARN if heavy else Severity.HINT,
                "load.jargon",
                *jargon.span(),
                "jargon",
                (("term", term),),
            )
        )
    return hits
