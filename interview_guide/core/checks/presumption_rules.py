"""Rules about what a question presumes: stereotypes, a struggle towards self-acceptance, Western forms
of gay or church life, and discretion on return or in the country of origin."""

from __future__ import annotations

import itertools
import re

from interview_guide.core.checks import lexicon as lx
from interview_guide.core.checks.analysis import Analysis
from interview_guide.core.checks.hits import Category, Hit, Severity

# Words for sexual orientation and gender identity (not faith: "why did you become a Christian?" is the
# motives pillar of the conversion test, not a stereotype).
_SOGI_CORE = r"""(?:gay|gays|lesbian\w*|homo(?:seksue\w*|sexual\w*|'s|s)?|bi(?:sexual|seksue\w*)|biseksue\w*
    |queer|trans(?:gender\w*)?|lesbisch\w*|lesbienne\w*|homoseksualiteit|homosexuality
    |attracted\s+to\s+(?:men|women|boys|girls|the\s+same\s+sex)|aangetrokken\s+(?:\w+\s+)?tot\s+(?:mannen|vrouwen)
    |love\s+(?:men|women)|van\s+(?:mannen|vrouwen)\s+houdt|into\s+(?:men|women|guys|girls|boys)
    |(?:valt|vallen|viel|vielen)\s+op\s+(?:mannen|vrouwen|jongens|meisjes)|op\s+(?:mannen|vrouwen|jongens|meisjes)\s+
    (?:valt|vallen|viel|vielen)|(?:the\s+)?(?:same|own)\s+sex|(?:op\s+)?(?:het\s+)?(?:hetzelfde|zelfde|eigen)\s+geslacht)"""
_SOGI = rf"(?:{_SOGI_CORE}|different|anders|like\s+this)"
_GROUP = r"""(?:gay\s+(?:men|people|couples?|women)|gays|lesbians|lesbian\s+women|homosexuals|bisexuals
    |trans\s+(?:women|men|people)|lgbti?\s+people|christians|converts|believers|muslims|homo's|homoseksuelen
    |lesbiennes|lesbische\s+vrouwen|biseksuelen|christenen|bekeerlingen|gelovigen|moslims|transvrouwen
    |transmannen)"""
_GROUP_ONE = r"""(?:gay(?:\s+man)?|lesbian|homosexual|christian|convert|believer|muslim|homo
    |lesbienne|christen
    |bekeerling|gelovige|moslim)"""

_STEREO_APPEARANCE = lx.rx(
    rf"""\b(?:look|looks|looked|seem|seems|seemed|appear|appears|act|acts|acted|behave|behaves|dress|dresses
    |sound|sounds|walk|walks|talk|talks|come\s+across|comes\s+across)\s+(?:like|as|very|so|rather|quite|really
    |more|less)?\s*(?:a\s+|an\s+)?(?:{_GROUP_ONE}|straight|feminine|masculine|manly|girly|effeminate)\b
    |\bziet\s+er\b[^.?!]{{0,30}}\buit\s+als\b|\bkomt\b[^.?!]{{0,30}}\bover\s+als\b|\bgedraagt\s+(?:zich|u\s+zich)\b
    |\blijkt\b[^.?!]{{0,20}}\bop\s+een\s+{_GROUP_ONE}|\bmaakt\b[^.?!]{{0,20}}\bindruk\s+van\s+een\b
    |\b(?:doet|loopt|praat|kleedt)\b[^.?!]{{0,15}}\bals\s+een\b"""
)
_STEREO_GENERIC = lx.rx(
    rf"""\b(?:most|all|many|usually|typically|normally|generally|real|true|genuine|proper|typical|every|no
    |de\s+meeste|alle|veel|meestal|normaal|doorgaans|echte|ware|typische|iedere|elke|geen\s+echte)\s+
    (?:\w+\s+)?(?:{_GROUP}|{_GROUP_ONE})\b
    |\b{_GROUP}\s+(?:\w+\s+){{0,4}}(?:usually|always|normally|typically|generally|often|never|tend\s+to
    |meestal|altijd|normaal|vaak|nooit|doorgaans)\b
    |\b(?:as|als)\s+(?:a\s+|een\s+)?(?:real\s+|true\s+|echte\s+)?{_GROUP_ONE}\s*,?\s+(?:you|u)\s+
    (?:would|should|must|zou|moet|zult)\b
    |\b(?:as|als)\s+(?:a\s+|een\s+)?(?:real\s+|true\s+|echte\s+)?{_GROUP_ONE}\s*,?\s+(?:\w+\s+)?(?:you|u)\s+
    (?:\w+\s+)?(?:surely|probably|certainly|must|vast|wel|zeker|natuurlijk|uiteraard|ook)\b"""
)
# "Quite deep for a gay man", "erg mannelijk voor een lesbienne": measured against a group.
_STEREO_FOR = lx.rx(
    rf"""\b(?:quite|very|too|rather|so|pretty|not\s+very|erg|heel|nogal|vrij|best|behoorlijk|te|niet\s+erg)\s+
    (?:\w+\s+){{1,2}}(?:for|voor)\s+(?:a\s+|an\s+|een\s+)?(?:real\s+|echte\s+)?{_GROUP_ONE}\b"""
)
_STEREO_TRAIT = lx.rx(
    r"""\b(?:feminine|masculine|effeminate|girly|manly|butch|campy|tomboy\w*|dolls?|make-?up|nail\s+polish
    |vrouwelijk|mannelijk|verwijfd|nichterig|manwijf|poppen|meisjesachtig|jongensachtig|nagellak)\b
    (?!\s+(?:tolk|interpreter|officer|hoormedewerker|medewerker))"""
)
_COUNTER_SIGN = r"""(?:marr\w*|wedding|wife|husband|child\w*|kids|pregnan\w*|getrouwd|trouw\w*|huwelijk
    |echtgeno\w*|vrouw|man|kinderen|kind|zwanger|girlfriend|boyfriend|vriendin)"""
_CONCESSIVE = (
    r"(?:if|while|when|although|though|yet|but|since|whereas|so|als|terwijl|hoewel|ofschoon|maar|ondanks|dan)"
)
_STEREO_INCOMPATIBLE = lx.rx(
    rf"""^(?=.*\b(?:why|how\s+can|how\s+could|how\s+come|how\s+is\s+it\s+possible|waarom|hoe\s+kan|hoe\s+kon
    |hoe\s+kunt
    |hoe\s+is\s+het\s+mogelijk|hoezo)\b)
    (?=.*\b{_COUNTER_SIGN}\b)(?=.*\b{_CONCESSIVE}\b[^.?!]*\b{_SOGI_CORE}\b|.*\b{_SOGI_CORE}\b[^.?!]*\b{_CONCESSIVE}\b)"""
)
_STEREO_FIT = lx.rx(
    rf"""^(?=.*\b{_SOGI_CORE}\b)(?=.*\b(?:how\s+(?:does|do|can|could|did)\s+(?:that|this|it)\s+(?:fit|square|go\s+together)
    |how\s+(?:do|can)\s+you\s+(?:reconcile|combine|explain)\s+(?:that|this)|hoe\s+(?:past|rijmt|strookt)\s+(?:dat|dit)
    |hoe\s+(?:rijmt|verklaart|combineert)\s+u\s+(?:dat|dit))\b)"""
)
_STEREO_CAUSE = lx.rx(
    rf"""\b(?:why|what\s+made|what\s+caused|what\s+turned|how\s+did\s+you\s+become|waarom|waardoor|wat\s+maakte
    |hoe\s+bent\s+u)\b[^.?!]{{0,40}}\b(?:become|became|turn(?:ed)?|geworden|werd|worden)\b
    |\b(?:why|what\s+made|what\s+caused|waarom|waardoor)\b[^.?!]{{0,30}}\b(?:become|became|turned|geworden)\s+
     (?:a\s+|an\s+|een\s+)?{_SOGI_CORE}
    |\b(?:cho(?:ose|se|sen)|choice|decided?|gekozen|kiezen|koos|keuze)\b[^.?!]{{0,30}}\b{_SOGI_CORE}\b
    |\b(?:what\s+made|what\s+caused|what\s+turned|wat\s+maakte|waardoor\s+bent|waardoor\s+werd)\s+(?:you|u)\s+
     (?:\w+\s+)?{_SOGI_CORE}
    |\b(?:why|waarom)\s+(?:are|were|bent|was)\s+(?:you|u)\s+(?:\w+\s+)?{_SOGI_CORE}\b"""
)
_SOGI_WORD = re.compile(rf"\b{_SOGI_CORE}\b", re.IGNORECASE | re.VERBOSE)

_SELF_PROCESS = lx.rx(
    r"""\bbewustwording\w*|\bzelfacceptatie\w*|\bacceptatieproces\w*|\bzelfaanvaarding\w*
    |\bprocess\s+of\s+(?:becoming\s+aware|awareness|realising|realizing|discovering|accepting|self-acceptance
       |coming\s+to\s+terms)|\bself-?acceptance\b|\bself-?awareness\b|\bawareness\s+process\b
    |\bc(?:o|a)me?s?\s+to\s+terms\b|\bcoming\s+to\s+terms\b|\bin\s+het\s+reine\b|\bmade?\s+peace\s+with\b
    |\bvrede\s+(?:hebben|had|gekregen)\s+met\b
    |\b(?:gevoelens|geaardheid|gerichtheid|identiteit|seksualiteit)\b[^.?!]{0,30}\b(?:een\s+plek|een\s+plaats
       |verwerk\w*|aanvaard\w*)|\b(?:feelings|orientation|sexuality|identity)\b[^.?!]{0,30}\b(?:reconcil\w*
       |process\w*|make\s+sense|a\s+place)|\breconcil\w*\s+(?:yourself|your\s+(?:faith|feelings|sexuality))"""
)
_SELF_ACCEPT = lx.rx(
    r"""\baccept(?:ed|ing)?\s+(?:yourself|who\s+you\s+are|that\s+you|your\s+(?:own\s+)?(?:sexuality|orientation
       |feelings|identity|homosexuality|nature))|\bhow\s+long\s+did\s+it\s+take\s+(?:you\s+)?to\s+accept\b
    |\b(?:uzelf|zichzelf|jezelf)\b[^.?!]{0,25}\b(?:(?:ge)?accept\w*|aanvaard\w*)|\baccepte\w*\s+(?:u|je)\s+(?:uzelf|jezelf)\b
    |\b(?:geaardheid|gerichtheid|gevoelens|identiteit|seksualiteit|homoseksualiteit|orientation|sexuality
       |feelings|identity|homosexuality)\b[^.?!]{0,25}\b(?:(?:ge)?accept\w*|aanvaard\w*)
    |\baccepteren\s+dat\b|\bgeaccepteerd\s+dat\b|\baanvaard\w*\s+(?:uzelf|dat\s+u)
    |\b(?:aanvaard\w*|accept\w*)\s+(?:van\s+)?(?:wie|hoe)\s+u\s+(?:bent|was|werd)\b
    |\b(?:could|can|learn(?:ed|t)?\s+to|come\s+to|able\s+to|before\s+you|managed\s+to)\s+(?:\w+\s+)?accept\b
    |\b(?:kon|kunnen|kunt|leren|leerde|geleerd)\s+(?:u\s+)?(?:het\s+|dit\s+|dat\s+)?(?:te\s+)?(?:accepteren|aanvaarden)\b
    |\baccept(?:ed|ing|ance)?\s+(?:of\s+)?(?:who|what)\s+you\s+(?:are|were)\b"""
)
_SELF_STRUGGLE = lx.rx(
    r"""\bstruggl\w*|\bgeworsteld\b|\bgeschaamd\b|\binner\s+(?:conflict|battle|turmoil)|\btorn\b|\bashamed\b|\bshame\w*|\bguilt(?:y)?\b
    |\bself-?hat\w*|\bin\s+denial\b|\bworstel\w*|\btweestrijd\b|\binnerlijk\w*\s+(?:conflict|strijd)
    |\bschaam\w*|\bschaamte\w*|\bschuldig\w*|\bschuldgevoel\w*|\bzelfhaat\b
    |\b(?:gay|lesbian|homosexual\w*|bisexual|homo\w*|lesbisch\w*|biseksu\w*|feelings|gevoelens)\b[^.?!]{0,30}
     \b(?:sin|sinful|zonde|zondig|abnormal|abnormaal|sick|ziek|disease|ziekte|wrong|verkeerd)\b"""
)
_NOT_STRUGGLE = lx.rx(r"\b(?:found|pleaded|plead|declared)\s+guilty\b|\bschuldig\s+(?:bevonden|verklaard)\b")
_SELF_MOMENT = lx.rx(
    rf"""\b(?:when|at\s+what\s+(?:age|moment|point|time)|how\s+old\s+were\s+you\s+when|how\s+did\s+you
    |wanneer|op\s+welk\s+(?:moment|tijdstip)|op\s+welke\s+leeftijd|hoe\s+oud\s+was\s+u\s+toen|vanaf\s+wanneer
    |sinds\s+wanneer|hoe)\b[^.?!]{{0,45}}\b(?:realis\w*|realiz\w*|know|knew|discover\w*|find\s+out|found\s+out
    |dawn\w*\s+on|hit\s+you|occur\w*\s+to|drong\s+(?:het\s+)?(?:tot\s+u\s+)?door|doordrong|kreeg\s+u\s+door
    |become\s+aware|became\s+aware|notice\w*|wist|weet|besef\w*|ontdekt\w*|ontdekte|merkte|achter\s+kwam
    |bewust\s+werd|erachter\s+kwam|doorhad|kwam\s+u\s+(?:erachter|achter)|werd\s+u\s+(?:zich\s+)?bewust)\b[^.?!]{{0,30}}\b(?:that\s+)?(?:you|u|je|jij)\s+(?:(?:were|are|was|bent|zelf)\s+)?
    (?:(?:a|an|een)\s+)?(?:{_SOGI}|liked?\s+(?:men|women|boys|girls)|viel\s+op|op\s+(?:mannen|vrouwen)\s+viel)"""
)
_SELF_DEAL = lx.rx(
    r"""\b(?:deal|cope|live|come\s+to\s+terms)\s+with\s+(?:the\s+fact|being|your\s+(?:own\s+)?(?:feelings
    |sexuality|orientation|identity|homosexuality|nature))|\bomgaan\s+met\s+(?:het\s+feit|uw\s+(?:eigen\s+)?
    (?:gevoelens|geaardheid|gerichtheid|seksualiteit|identiteit|homoseksualiteit))|\bging\s+u\b[^.?!]{0,20}\bom\s+
    met\s+(?:het\s+feit|uw\s+(?:eigen\s+)?(?:gevoelens|geaardheid|gerichtheid|seksualiteit))"""
)

_WESTERN_OUT = lx.rx(
    r"""\b(?:you|he|she|they|i|we|u|people|yourself)\s+(?:\w+\s+)?(?:came|come|comes|coming)\s+out\b(?!\s+of\b(?!\s+the\s+closet))
    |\b(?:came|come|comes|coming)\s+out\s+(?:to|as|publicly|openly)\b|\bcoming[\s-]out\b
    |\bout\s+of\s+the\s+closet\b|\buit\s+de\s+kast\b
    |\b(?:first\s+time|when\s+did)\s+you\s+(?:first\s+)?(?:tell|told)\b[^.?!]{0,40}\byou\s+(?:were|are|was)\s+(?:a\s+)?
     (?:gay|lesbian|bi\w*|homo\w*|trans\w*|queer|christian|convert\w*)
    |\b(?:wanneer|hoe)\s+(?:vertelde|heeft|hebt|zei)\s+u\b[^.?!]{0,40}\bdat\s+u\s+(?:\w+\s+)?(?:homo\w*|lesbi\w*|biseks\w*
     |trans\w*|queer|christen\w*|bekeerd)
    |\b(?:voor\s+het\s+eerst|de\s+eerste\s+keer)\b[^.?!]{0,40}\b(?:verteld\w*|vertelde|zei|gezegd)\b[^.?!]{0,20}
     \bdat\s+u\s+(?:\w+\s+)?(?:homo\w*|lesbi\w*|biseks\w*|trans\w*|queer)"""
)
_WESTERN_SCENE = lx.rx(
    r"""\bgay\s+(?:bars?|clubs?|scene|saunas?|part(?:y|ies)|district|neighbou?rhood|community|communities|rights
    |movement|organi[sz]ations?|groups?|apps?|sites?|venues?|events?)\b
    |\blgbt\w*\s+(?:community|communities|organi[sz]ations?|groups?|scene|movement|events?|centre|center|clubs?)\b
    |\bhomo(?:bar|scene|gemeenschap|beweging|organisatie|club|feest|café|cafe|sauna|uitgaans)\w*
    |\blhbt\w*[-\s]?(?:gemeenschap|organisatie|community|scene|beweging|groep|vereniging)\w*
    |\b(?:grindr|tinder|hornet|planetromeo|romeo|scruff)\b|\bdating[\s-]?(?:apps?|sites?|websites?)\b
    |\bdatingapp\w*|\bdatingsite\w*|\bgay\s+pride\b|\bpride[\s-]?(?:parade|march|walk|event|week|festival)\b
    |\b(?:the|de|naar|to|at|attend\w*|bezocht|bezoeken)\s+pride\b|\bcoc\b|\bcanal\s+parade\b|\bgay\s+bars?\b"""
)
_WESTERN_DENOMINATION = lx.rx(
    r"""\bdenomination\w*|\bkerkgenootschap\w*|\bkerkelijke\s+(?:stroming|richting)\b|\bstroming\b
    |\bwhich\s+(?:branch|tradition)\s+of\s+christianity\b"""
)

_CONCEAL = lx.rx(
    r"""\bhid(?:e|ing|den)?\b|\bconceal\w*|\bkeep\b[^.?!]{0,30}\b(?:to\s+yourself|secret|quiet|private|hidden
    |under\s+wraps|low[\s-]key|a\s+secret)\b|\bbe\s+(?:more\s+|very\s+)?(?:discreet|careful|quiet|cautious|private)
    |\bdiscre(?:et|etly|tion)\b|\blow\s+profile\b|\bin\s+the\s+closet\b|\bin\s+secret\b|\bsecretly\b
    |\bprivately\b|\bin\s+private\b|\bat\s+home\b|\bbehind\s+closed\s+doors\b|\btone\b[^.?!]{0,10}\bdown\b
    |\bkept\s+(?:\w+\s+){0,2}(?:quiet|secret|hidden|to\s+yourself)\b|\b(?:not|never)\s+(?:talk|speak)\w*\s+about\b
    |\bniet\s+(?:over\s+\w+\s+)?(?:praten|spreken)\b|\bavoid\w*\b|\bstay\w*\s+away\s+from\b|\bkeep\w*\s+away\s+from\b|\bweg\s*blijven\b|\bwegblijven\b|\b(?:not|never)\s+(?:tell|mention|show)
     \s+(?:anyone|anybody|people|others|them)\b|\bvermijd\w*\b
    |\b(?:niet|niemand|nergens)\s+(?:\w+\s+){0,2}(?:over\s+)?(?:te\s+)?(?:vertellen|zeggen|praten|laten\s+zien)\b
    |\blive\s+as\s+(?:a\s+)?(?:single|straight|heterosexual)\b|\b(?:stay|remain)\s+single\b
    |\bpretend\w*\s+to\s+be\b|\b(?:just|simply)\s+(?:get\s+)?marr(?:y|ied)\b|\bals\s+(?:vrijgezel|hetero)\b
    |\bvrijgezel\s+blijven\b|\bgewoon\s+trouwen\b|\bhetero\s+(?:leven|lijken)\b
    |\bfour\s+walls\b|\bvier\s+muren\b|\bbinnenshuis\b|\bindoors\b|\binside\s+(?:your|the)\s+(?:own\s+)?(?:home|house)\b
    |\bonly\s+(?:at\s+home|inside|indoors)\b|\bachter\s+de\s+voordeur\b
    |\bpretend\w*|\bblend\s+in\b|\blive\s+quietly\b|\bkeep\s+quiet\b|\blie\s+low\b|\bwithout\s+(?:showing|telling)\b
    |\bverberg\w*|\bverborgen\b|\bverstop\w*|\bgeheim\b|\bvoor\s+(?:uzelf|zichzelf|jezelf)\b|\bdiscre\w+
    |\bterughoudend\w*|\bvoorzichtig\w*|\bstil\s+(?:te\s+)?houden\b
    |\b(?:niet|niemand|geen\s+mens)\s+(?:\w+\s+){0,3}?(?:te\s+)?(?:laten\s+)?(?:merken|blijken)\b
    |\b(?:laat|laten)\s+(?:u|je|jij)\b[^.?!]{0,30}\b(?:niet|niemand)\b[^.?!]{0,20}\b(?:merken|zien|blijken|weten)\b
    |\bniet\s+(?:te\s+)?laten\s+(?:zien|weten)\b
    |\b(?:not|never|don't|do\s+not)\s+(?:let|tell)\s+(?:anyone|anybody|people|others|them)\b
    |\b(?:let|tell)\s+(?:nobody|no\s+one|no-one)\b|\b(?:without|nobody|no\s+one)\s+(?:\w+\s+){0,2}?
     (?:knowing|noticing|needs?\s+to\s+know|has\s+to\s+know)\b|\bin\s+stilte\b|\bstilletjes\b
    |\bstil\s+(?:te\s+)?(?:bidden|geloven|leven)\b
    |\bzonder\s+dat\s+(?:iemand|anderen|mensen|men|de\s+buren)\b[^.?!]{0,15}\b(?:merkt|weet|ziet|hoort)\b
    |\bonopvallend\w*|\bin\s+de\s+kast\b|\bthuis\b|\bachter\s+gesloten\s+deuren\b|\bdoen\s+alsof\b
    |\bzich\s+aan(?:te)?passen\b|\bniet\s+uitdragen\b
    |\bkeep\s+(?:your|a|their|his|her)\s+head\s+down\b|\b(?:kop|hoofd)\s+laag\b|\bunder\s+the\s+radar\b
    |\bonder\s+de\s+radar\b|\bnot\s+draw\s+attention\b|\bgeen\s+aandacht\s+trekken\b|\bniet\s+opvallen\b
    |\bquietly\b|\bwithout\s+(?:going|attending|showing|telling|praying|talking|sharing)\b
    |\bzonder\s+(?:naar\s+(?:de\s+|een\s+)?kerk|het\s+te\s+laten|te\s+(?:laten|vertellen|praten|delen))
    |\bstil\s+(?:te\s+)?(?:blijven|houden|zijn)\b|\bzwijg\w*|\b(?:quiet|silent)\s+about\b|\bmond\s+houden\b"""
)
# An expectation put as a modal or negative question ("couldn't you ...?", "kunt u ... niet ...?").
_EXPECT_MODAL = r"""\b(?:can't|cannot|couldn't|wouldn't|won't|why\s+not|why\s+don't|why\s+can't|why\s+wouldn't
    |why\s+didn't)\b|\b(?:could|can|would|will|should)\s+you\s+not\b|\bwould\s+it\s+(?:not\s+)?be
    |\bisn't\s+it|\bis\s+it\s+not|\bis\s+it\s+(?:really\s+)?(?:possible|necessary)|\bit\s+would\s+be\b
    |\byou\s+(?:could|can|should|might)\b|\bkunt\s+u\b[^.?!]*\bniet\b|\bkon\s+u\b[^.?!]*\bniet\b
    |\bzou\s+u\b|\bwaarom\b[^.?!]*\bniet\b|\bu\s+kunt\s+toch\b|\bu\s+zou\b|\bis\s+het\s+(?:niet\s+)?
    (?:verstandiger|beter|veiliger|mogelijk|nodig|noodzakelijk)\b|\bhoeft\s+u\b
    |\b(?:zou|zal|is)\s+het\s+(?:dan\s+)?(?:niet\s+)?(?:verstandiger|beter|veiliger|handiger|slimmer|makkelijker)\b"""
_EXPECT_STRONG = lx.rx(_EXPECT_MODAL)
# ... or only softened by "just" ("just keep it quiet").
_EXPECT = lx.rx(rf"{_EXPECT_MODAL}|\bjust\b|\bsimply\b|\bgewoon\b")
_FUTURE = lx.rx(
    r"""\bback\b|\breturn\w*|\bgo(?:es|ing)?\s+back|\bwent\s+back|\bin\s+(?:the\s+)?future\b|\bfrom\s+now\s+on\b
    |\bonce\s+you\b|\bafterwards\b|\bterug\w*|\bstraks\b|\bin\s+de\s+toekomst\b|\bvoortaan\b|\blater\b
    |\bna\s+terugkeer\b|\bbij\s+terugkeer\b|\bdaar\s+weer\b|\bwould\s+happen\s+if\b|\bzou\s+er\s+gebeuren\s+als\b
    |\bwould\s+it\s+be\s+(?:so\s+)?(?:bad|terrible|wrong|difficult|hard)\b
    |\bzou\s+het\s+(?:zo\s+)?(?:erg|slecht|moeilijk|verkeerd)\s+zijn\b"""
)
_NEED = lx.rx(
    r"""\b(?:really\s+)?(?:need|needs|have\s+to|has\s+to|necessary|must\s+you|nodig|noodzakelijk|moet\s+u
    |hoeft\s+u)\b|\bzou\s+u\b[^.?!]{0,40}\bmoeten\b"""
)
_EXPRESS = lx.rx(
    r"""\bgo\s+to\s+church\b|\battend\w*\s+(?:a\s+|the\s+)?church|\btell\s+(?:others|people|anyone|everyone)\b
    |\btalk\w*\s+(?:openly\s+)?about\b|\bevangeli[sz]\w*|\bshare\s+your\s+faith\b|\blive\s+openly\b|\bopenly\b
    |\bshow\w*\b|\bnaar\s+(?:een\s+|de\s+)?kerk\b|\bopenlijk\w*|\buitdragen\b|\bevangelis\w*|\bpraten\b
    |\bvertellen\b|\blaten\s+zien\b|\bopen\b"""
)
_PLACE_ABROAD = re.compile(r"\b(?:in|to|naar)\s+[A-Z]\w+")
# The country of origin, named ("in Iran") or described ("in your home country"): an expectation of
# discretion there is one about the return, even without the word "return".
_ORIGIN = lx.rx(
    r"""\b(?:(?:your|uw|je)\s+(?:own\s+|eigen\s+)?(?:home\s+country|country\s+of\s+origin|country|homeland
    |land\s+van\s+herkomst|land|vaderland|thuisland|geboorteland)|(?:the|het)\s+(?:country\s+of\s+origin
    |land\s+van\s+herkomst))\b"""
)
_ORIGIN_PREPOSITIONS = lx.words("in to naar")
_NOT_ORIGIN = lx.NOT_PLACES | lx.words(
    "nederland netherlands holland europe europa ter apel amsterdam january february march april may june "
    "july august september october november december januari februari maart mei juni juli augustus "
    "oktober english engels dutch farsi persian perzisch arabic arabisch"
)
# A past-tense question about what the applicant did ("what did you do in Iran to keep it hidden?") asks
# about the past, not for discretion in the future.
_PAST_ACCOUNT = lx.rx(
    r"""\A\W*(?:\w+\W+){0,2}?(?:what|how|where|when|who|why|wat|hoe|waar|wanneer|wie|waarom|waardoor)\b[^.?!]{0,25}?
    \b(?:did|had|were|was|used\s+to|deed|deden|hield|hielden|had|hadden|was|waren|moest|moesten|lukte|kon|kwam)
    \s+(?:you|u|jullie|het\s+u)\b"""
)


def stereotyping(analysis: Analysis) -> list[Hit]:
    """Appearance, gender roles, marriage or a group norm read as a sign of orientation or faith."""
    lower = analysis.lower
    rules = (
        ("stereotype.appearance", _STEREO_APPEARANCE),
        ("stereotype.group-norm", _STEREO_GENERIC),
        ("stereotype.gender-traits", _STEREO_TRAIT),
        ("stereotype.for-a-group", _STEREO_FOR),
        ("stereotype.incompatible", _STEREO_INCOMPATIBLE),
        ("stereotype.does-not-fit", _STEREO_FIT),
        ("stereotype.cause-or-choice", _STEREO_CAUSE),
    )
    for rule_id, pattern in rules:
        match = pattern.search(lower)
        if match is None:
            continue
        if rule_id == "stereotype.cause-or-choice" and not _SOGI_WORD.search(lower):
            continue
        start, end = match.span()
        if rule_id in ("stereotype.incompatible", "stereotype.does-not-fit"):
            start, end = 0, len(lower)
        variant = "marriage" if rule_id == "stereotype.incompatible" else ""
        return [Hit(Category.STEREOTYPING, Severity.WARN, rule_id, start, end, variant)]
    return []


def self_acceptance(analysis: Analysis) -> list[Hit]:
    """The awareness process, self-acceptance, or a presumed struggle, shame or guilt (the seed letter)."""
    lower = analysis.lower
    rules = [
        ("self-acceptance.process", _SELF_PROCESS),
        ("self-acceptance.accepting", _SELF_ACCEPT),
        ("self-acceptance.moment-of-knowing", _SELF_MOMENT),
        ("self-acceptance.dealing-with", _SELF_DEAL),
    ]
    if not _NOT_STRUGGLE.search(lower):
        rules.append(("self-acceptance.presumed-struggle", _SELF_STRUGGLE))
    for rule_id, pattern in rules:
        matches = list(pattern.finditer(lower))
        # Picking up a word the applicant used ("you said you felt ashamed ... that shame") presumes nothing.
        quoted = {m.group(0)[:5] for m in matches if analysis.quoted(m.start())}
        for match in matches:
            if rule_id == "self-acceptance.presumed-struggle" and match.group(0)[:5] in quoted:
                continue
            return [Hit(Category.SELF_ACCEPTANCE_AWARENESS, Severity.WARN, rule_id, *match.span())]
    return []


def western_concept(analysis: Analysis) -> list[Hit]:
    """Coming out, gay venues, apps, Pride, COC, or church denomination used as a yardstick."""
    rules = (
        ("western.coming-out", _WESTERN_OUT, "coming-out"),
        ("western.scene", _WESTERN_SCENE, "scene"),
        ("western.denomination", _WESTERN_DENOMINATION, "denomination"),
    )
    for rule_id, pattern, variant in rules:
        for match in pattern.finditer(analysis.lower):
            if analysis.quoted(match.start()):
                continue  # the applicant's own words ("you said you went to a gay bar") presume nothing
            return [Hit(Category.WESTERN_CONCEPT, Severity.WARN, rule_id, *match.span(), variant)]
    return []


def discretion_expectation(analysis: Analysis) -> list[Hit]:
    """Expecting the applicant to hide, or be reticent about, orientation or faith (CJEU Y and Z; X, Y, Z)."""
    lower = analysis.lower
    conceal = _CONCEAL.search(lower)
    expect = _EXPECT.search(lower)
    future = _FUTURE.search(lower)
    faith = "faith" if lx.FAITH.search(lower) else "orientation"
    if conceal and expect and (future or re.search(r"\bwhy\b|\bwaarom\b", lower)):
        return [
            Hit(Category.DISCRETION_EXPECTATION, Severity.WARN, "discretion.conceal", *conceal.span(), faith)
        ]
    if conceal and future and re.match(r"\s*(?:would|will|zou|zult|gaat)\s+(?:you|u)\b", lower):
        return [
            Hit(Category.DISCRETION_EXPECTATION, Severity.WARN, "discretion.conceal", *conceal.span(), faith)
        ]
    if conceal and _EXPECT_STRONG.search(lower) and _names_origin(analysis) and not _past_account(analysis):
        return [
            Hit(Category.DISCRETION_EXPECTATION, Severity.WARN, "discretion.conceal", *conceal.span(), faith)
        ]
    need = _NEED.search(lower)
    express = _EXPRESS.search(lower)
    if need and express and (future or _PLACE_ABROAD.search(analysis.text)):
        return [
            Hit(Category.DISCRETION_EXPECTATION, Severity.WARN, "discretion.necessity", *need.span(), faith)
        ]
    return []


def _names_origin(analysis: Analysis) -> bool:
    """Whether a question places itself in a country other than the Netherlands ("in Iran", "in uw land")."""
    if _ORIGIN.search(analysis.lower):
        return True
    tokens = analysis.tokens
    for previous, token in itertools.pairwise(tokens):
        if (
            previous.text in _ORIGIN_PREPOSITIONS
            and token.capitalised
            and token.text not in _NOT_ORIGIN
            and token.start not in analysis.sentence_starts
        ):
            return True
    return False


def _past_account(analysis: Analysis) -> bool:
    """Whether a sentence of the question asks what the applicant did or had to do in the past."""
    return any(_PAST_ACCOUNT.search(sentence.text.lower()) for sentence in analysis.sentences)
