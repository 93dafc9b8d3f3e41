"""Closed word classes (question words, auxiliaries, subjects) and topic vocabularies, Dutch and English.

These are the grammar's building blocks, not lists of bad questions: the rules in the sibling modules
combine them into patterns (an auxiliary before a subject is a yes/no question, and so on).
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A frozen set of the whitespace-separated words in ``text``."""
    return frozenset(text.split())


def rx(pattern: str) -> re.Pattern[str]:
    """Compile a case-insensitive verbose pattern once, at import time."""
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# --- language detection -----------------------------------------------------------------------------
NL_MARKERS = words(
    "u uw het de een en van wat hoe waarom wanneer waar wie bent heeft hebt niet dat met voor zich er ik "
    "je jij toen naar ook geen welke welk kunt zou eens nog dit deze die daar hier op bij uit over wilt "
    "was waren had werd wordt zijn haar hun jullie vertel beschrijf noem kwam ging deed zei moet mag"
)
EN_MARKERS = words(
    "you your the a an and of what how why when where who are did do does have has not that with for to "
    "which can could would will tell me about describe explain there this these those from at been were "
    "my his her their they he she we it if so just really any"
)

# --- English clause grammar -------------------------------------------------------------------------
EN_DISCOURSE = words("so and but okay ok well then now also right alright next finally lastly first firstly")
EN_WH = words("what who whom whose which when where why how")
EN_WH_SUBORDINATORS = words("when where while how")
EN_SUBORDINATORS = words(
    "if while after before since because although though once until unless whenever whereas as"
)
EN_SUBJECTS = words(
    "you he she they we it i there this that these those your his her their our my the a an any anyone "
    "anybody someone somebody people everyone anything something"
)
EN_AUX = words(
    "am are is was were do does did have has had can could would will shall should may might must "
    "aren't isn't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't cannot couldn't "
    "wouldn't won't shouldn't mustn't"
)
EN_NEGATIVE_AUX = frozenset(w for w in EN_AUX if w.endswith("n't") or w == "cannot")
EN_REQUEST_VERBS = words(
    "tell describe explain give name list walk talk share outline recount send provide show please "
    "recite enumerate elaborate clarify summarise summarize mention ask"
)
EN_PREPOSITIONS = words(
    "in at on during before after as for from with without within between under back about to by "
    "through among apart"
)
EN_DECLARATIVE_STARTS = words("you your i he she they we it that this there his her their my")
_EN_INVITE_VERB = r"""
    (?: tell (?:\s+(?:me|us|more|a|something|anything|about|what|how|why|when|where|who|which|in|the)\b)
      | describe | explain | give | say \s+ (?:more|something|anything|a\s+bit|a\s+little|what|how)
      | share | talk \s+ (?:about|to\s+me|more|a\s+bit) | walk \s+ (?:me|us) | take \s+ (?:me|us) \s+ through
      | elaborate | expand | clarify | outline | recount | illustrate | help \s+ (?:me|us) \s+ understand
      | put \s+ (?:it|that|this|into) | paint | go \s+ through | name | list | add | mention | recite
      | enumerate | sum \s+ up | summari[sz]e | think \s+ of )
"""
EN_INVITATION = rx(
    rf"""
    ^(?:can|could|would|will|may|might)\s+you\s+
       (?:(?:please|perhaps|maybe|just|also|now|briefly|first|then|still|kindly)\s+)*
       (?:(?:be\s+able|like|want|wish|care|try)\s+to\s+|mind\s+)?
       {_EN_INVITE_VERB}\b
  | ^(?:can|could|would|will)\s+you\s+(?:please\s+)?ask\s+(?:him|her|them|the\s+applicant)\s+
       (?:what|how|why|when|where|who|which|about|to)\b
  | ^(?:do|would|did)\s+you\s+(?:\w+\s+)?(?:want|wish|like|care)\s+to\s+{_EN_INVITE_VERB}\b
  | ^(?:are|were)\s+you\s+(?:able|willing|prepared)\s+to\s+{_EN_INVITE_VERB}\b
  | ^do\s+you\s+have\s+(?:(?:an?|any|another|other|some|more|further|still)\s+)*
       (?:examples?|anything|something|more|additions?)\b
  | ^(?:is|are)\s+there\s+(?:still\s+)?
       (?:anything|something|more|any|other|things|moments|matters|points|issues|topics|experiences
         |anyone|someone)\b
       .*\b(?:add|tell|say|mention|share|know|ask|discuss|raise|important|else|more)\b
    """
)
EN_EMBEDDED_YES_NO = rx(
    r"\b(?:tell|say|explain|indicate|confirm|let\s+(?:me|us)\s+know)\s+(?:me\s+|us\s+)?(?:whether|if)\b"
)

# --- Dutch clause grammar ---------------------------------------------------------------------------
NL_DISCOURSE = words(
    "dus en maar oké ok okay goed nou ja nee zo dan allereerst verder vervolgens ook eerst tenslotte "
    "mevrouw meneer tot slot"
)
NL_WH = words(
    "wat wie wiens welk welke wanneer waar waarom hoe hoeveel hoezo waardoor waarmee waarover waarvoor "
    "waaraan waarin waarop waarnaar waarbij waarvan waaruit vanwaar waarheen hoelang"
)
NL_WH_SUBORDINATORS = words("wanneer waar")
NL_SUBORDINATORS = words(
    "toen als nadat voordat terwijl sinds zodra omdat hoewel indien zolang totdat doordat ofschoon zoals "
    "aangezien mits tenzij zodat opdat"
)
NL_SUBJECTS = words(
    "u je jij jullie hij zij ze het er dat dit die men iemand uw de een mijn ik wij we uzelf niemand iets "
    "deze hun"
)
NL_REQUEST_VERBS = words(
    "vertel beschrijf leg geef noem schets omschrijf licht stuur som citeer reciteer zeg probeer vraag"
)
NL_PREPOSITIONS = words(
    "in op met voor na bij uit aan over door tot tijdens sinds vanaf naar via zonder tegen onder boven "
    "volgens om binnen buiten rond van"
)
NL_DECLARATIVE_STARTS = words("u uw ik je jij hij zij ze het dat dit er die jullie men wij we")
NL_NOT_VERBS = (
    NL_WH
    | NL_SUBORDINATORS
    | NL_PREPOSITIONS
    | NL_DECLARATIVE_STARTS
    | NL_DISCOURSE
    | words(
        "de een geen echt echte misschien wellicht eigenlijk alleen nog niet al daar hier daarna later "
        "nu of toch zeker vast natuurlijk uiteraard waarschijnlijk ongetwijfeld alle veel de meeste "
        "elke iedere"
    )
)
NL_INVITATION = rx(
    r"""
    ^(?:kunt|kan|kon|zou|zoudt|wilt|wil|wou|mag)\s+(?:u|je|jij)\b.*\b
       (?:vertellen|beschrijven|omschrijven|uitleggen|toelichten|schetsen|verduidelijken|aangeven
         |zeggen|noemen|opnoemen|opsommen|opzeggen|delen|verwoorden|meenemen|geven|praten|kwijt
         |toevoegen|uiteenzetten|illustreren|verhalen|vragen)\b
  | ^(?:heeft|hebt)\s+(?:u|je|jij)\s+(?:(?:nog|verder|misschien|ook|soms)\s+)*
       (?:iets|een\s+voorbeeld|voorbeelden|meer|aanvullingen|opmerkingen)\b
  | ^(?:is|zijn)\s+er\s+.*\b
       (?:vertellen|toevoegen|zeggen|kwijt|weten|bespreken|noemen|delen|vragen|aanvullen|belangrijk)\b
  | ^(?:vertelt|beschrijft|legt|geeft)\s+u\b
    """
)
NL_EMBEDDED_YES_NO = rx(r"\b(?:zeggen|vertellen|aangeven|bevestigen|laten\s+weten|vragen)\s+of\b")

# --- shared ---------------------------------------------------------------------------------------
TAIL = rx(
    r"(?:and|en|or|of)?\s*(?:why|why\s+not|why\s+is\s+that|how\s+come|waarom|waarom\s+niet|waarom\s+dan|hoezo)\s*[?.!]*"
)
ECHO = rx(
    r"""
    \byou\s+(?:just\s+|also\s+|earlier\s+)?(?:said|say|mentioned|mention|described|used\s+the\s+word
       |told\s+(?:me|us|the\s+officer|earlier|before)|spoke\s+(?:of|about)|talked\s+about
       |called\s+(?:it|this|that|yourself|him|her|them)|referred\s+to)\b
  | \bas\s+you\s+(?:said|put\s+it|told)\b
  | \bu\s+(?:(?:net|eerder|zelf|ook)\s+)?(?:zei|zegt|noemde|noemt|gaf\s+aan|geeft\s+aan|sprak\s+over
       |had\s+het\s+over|beschreef|gebruikte|vertelde\s+(?:dat|eerder|net|over|ons|mij|me))\b
  | \bzoals\s+u\s+(?:zelf\s+)?(?:zei|vertelde|aangaf|zegt)\b
    """
)
NOT_PLACES = words(
    "islam christianity christendom god jesus jezus allah christ christus bible bijbel koran quran heilige "
    "holy lord heer"
)

# --- topics (for the severity of a closed question and for suggestions) ----------------------------
PROCEDURE = rx(
    r"""\b(?:interpreter|tolk|break|pauze|toilet|continue|doorgaan|verder\s+gaan|understand\s+(?:all\s+(?:the\s+|my\s+)?questions
    |the\s+questions|my\s+questions|me|the\s+
    (?:question|interpreter))|begrijpt\s+(?:u\s+)?(?:de\s+)?(?:tolk|vraag|mij)|vraag\s+(?:goed\s+)?begrepen
    |verstaan|verstaat|hear\s+me|well\s+enough|goed\s+genoeg|tired|lawyer|advocaat|correcties|corrections
    |vragen\s+begrepen|medisch\s+advies|medical\s+advice)\b"""
)
IDENTITY = rx(
    r"""\b(?:gay|gays|lesbian\w*|lesbienne\w*|lesbisch\w*|homo\w*|bisex\w*|biseks\w*|queer|trans|transgender\w*
    |transsex\w*|transseks\w*|intersex\w*|interseks\w*|lgbt\w*|lhbt\w*|orientation|ori[eë]ntatie|geaardheid
    |gerichtheid|sexuality|seksualiteit|attracted|aangetrokken|identity|identiteit|gender|christian\w*
    |christen\w*|muslim|moslim|convert\w*|bekeerd\w*|bekering|believer|gelovige)\b
    |\b(?:feel|feels|voelt|voelde|voel)\s+(?:yourself\s+|zich\s+|uzelf\s+)?(?:like|as|als)?\s*
     (?:a\s+|an\s+|een\s+)?(?:woman|man|vrouw|girl|boy|meisje|jongen)\b"""
)
FEELINGS = rx(
    r"""\b(?:feel\w*|felt|voel\w*|gevoel\w*|emotion\w*|emotie\w*|afraid|scared|fear\w*|frightened|terrified
    |bang|angst\w*|angry|anger|boos|woede\w*|happy|happiness|blij|gelukkig|sad|sadness|verdriet\w*
    |ashamed|shame|schaam\w*|schaamte|guilt\w*|schuldig\w*|lonely|loneliness|eenzaam\w*|love|loved|loving
    |verliefd|worried|worry|ongerust|upset|hurt|pijn|pain|safe|veilig|unsafe|onveilig|proud|trots
    |jealous|jaloers|hate|haat)\b
    |\b(?:hou|houdt|hield|hielden|houden)\b[^.?!]{0,30}\bvan\b|\bvan\b[^.?!]{0,30}\b(?:hou|houdt|hield|hielden)\b"""
)
RELATIONSHIP = rx(
    r"""\b(?:partner\w*|boyfriend\w*|girlfriend\w*|lover\w*|relationships?|relatie\w*|vriend|vriendin
    |vriendje|vriendinnetje|geliefde|minnaar|minnares|dating|verkering|samenwonen|lived\s+together
    |seeing\s+(?:him|her|them|someone|each\s+other|a\s+man|a\s+woman)|going\s+out\s+with|met\s+elkaar
    |iets\s+met\s+(?:hem|haar)|kiss\w*|kus\w*|zoen\w*|hug\w*|knuffel\w*)\b"""
)
FAITH = rx(
    r"""\b(?:church\w*|kerk\w*|pray\w*|bid|bidt|bidden|baden|gebed\w*|bible|bijbel\w*|baptis\w*|baptiz\w*
    |doop\w*|gedoopt|worship\w*|aanbid\w*|faith|geloof\w*|believe\w*|gelooft|god|jesus|jezus|christ
    |christus|allah|mosque|moskee|fellowship|sermon|preek|huiskerk|pastor|predikant|dominee|priest
    |priester|imam|quran|koran|ramadan|holy|heilige?|religious|religieus|gelovig\w*|easter|pasen
    |christmas|kerst\w*)\b"""
)
RETURN = rx(r"\b(?:return\w*|go\s+back|went\s+back|going\s+back|back\s+home|terug\w*|terugkeer|terugkomst)\b")
FAMILY = rx(
    r"""\b(?:family|families|mother|father|parents?|brother|sister|uncle|aunt|familie|gezin|moeder|vader
    |ouders|broer|zus|oom|tante)\b"""
)
FACT = rx(
    r"""\b(?:name|names|naam|namen|heet|heette|called|born|geboren|year|years|jaar|jaren|date|datum|age
    |leeftijd|how\s+old|hoe\s+oud|address|adres|before\s+or\s+after|v[oó]{1,2}r\s+of\s+na|\d+
    |january|february|march|april|may|june|july|august|september|october|november|december|januari
    |februari|maart|mei|juni|juli|augustus|oktober|documents?|documenten|papers|papieren|certificate
    |certificaat|doopbewijs|letters?\s+from|brief\s+van|verklaring|photos?|photographs?|pictures?|foto'?s?
    |passport|paspoort|tickets?|kaartje)\b"""
)
COPULAS = words("is was are were am ben bent waren zijn")
PLACE_PREPOSITIONS = words("in at through from to near te naar uit via bij door van")
