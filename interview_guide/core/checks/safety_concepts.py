"""The meanings the safety rules combine: media, intimacy, sexual acts, the body and medical treatment.

Written from the definitions (domain brief B.3, categories 4 and 9, and ``body-medical``: genitals,
surgery, hormones, a medical examination, a medical or psychological test of orientation or gender),
not from example questions. Each concept lists what carries the meaning in Dutch and English; the rules
in ``sexual_rules`` and ``body_rules`` decide from combinations of them.
"""

from __future__ import annotations

from interview_guide.core.checks.concepts import Concept

# --- images and recordings -------------------------------------------------------------------------
MEDIA = Concept(
    "media",
    """photo photograph photography pic pics picture image imagery video vid film footage recording clip
    selfie screenshot snapshot snap tape camera webcam livestream stream movie nude nudes material
    materiaal foto* *foto* fotootje kiekje *kiekje* *plaatje* afbeelding* beeld beeldmateriaal
    *beelden beeldje *video* film filmpje *filmpje* *film opname *opname *opnamen camera* webcam* screenshot*
    selfie* videos photos pictures images recordings selfies screenshots movies films clips
    -fotograaf -fotografe -fotografen -fotokopie -fotokopieën
    -voorbeeld -*voorbeeld -*voorbeelden -tegenvoorbeeld -filmster -filmmuziek -beeldspraak
    -photographer -fotograaf -beeldhouwer""",
)
# Making media: filming, recording, taking pictures.
RECORDING = Concept(
    "recording",
    """film filmed filming record recorded recording photograph photographed tape taped capture captured
    filmen gefilmd filmde fotograferen gefotografeerd fotografeerde opnemen opgenomen vastleggen
    vastgelegd""",
    phrases=(
        "take|took|taken picture|pictures|photo|photos|video|videos",
        "@foto maken",
        "@foto's maken",
        "@opname maken",
        "@filmpje maken",
        "@video maken",
    ),
)
# Handing over or showing: what a request for material is made of.
HANDING = Concept(
    "handing",
    """show send sent submit hand provide give bring share forward upload produce present email mail
    laten tonen toon sturen stuur opsturen doorsturen inleveren overleggen overhandigen geven meenemen
    delen uploaden mailen appen""",
)

# --- intimacy and sex ------------------------------------------------------------------------------
# Words that make media, a place or a moment intimate.
INTIMATE = Concept(
    "intimate",
    """intimate intimately intimacy sexy sexual erotic explicit revealing compromising racy raunchy
    spicy steamy dirty naughty provocative suggestive undressed unclothed topless naked nude nudity
    lingerie underwear porn porno pornographic
    intiem intieme intimiteit pikant pikante erotisch erotische expliciet expliciete seksueel seksuele
    sexueel gewaagd gewaagde uitdagend uitdagende bloot blote naakt naakte *naakt naakt* ontbloot
    ontblote uitgekleed ondergoed lingerie ongekleed porno* *porno""",
    phrases=(
        "in bed",
        "@in bed",
        "in the act",
        "@op heterdaad",
        "private side",
        "intimate side",
        "private part of",
        "@intieme kant",
        "@privékant",
    ),
)
# Private, personal: intimate only next to a couple or a person ("private photos of you and him").
PRIVATE = Concept("private", "private privately secret privé privé* prive prive* geheim geheime persoonlijke")
NUDITY = Concept(
    "nudity",
    """naked nude nudes nudity undressed unclothed topless undress strip stripped
    naakt naakt* *naakt naakte bloot blote ontbloot uitgekleed uitkleden ontkleden ongekleed""",
    phrases=(
        "without clothes",
        "with nothing on",
        "took|take|taking|taken off clothes",
        "clothes off",
        "not dressed",
        "no clothes",
        "not wearing anything",
        "@zonder kleren",
        "@zonder kleding",
        "@kleren uit",
        "@kleding uit",
        "@kleren uittrekken",
        "@kleding uittrekken",
        "@geen kleren",
        "@geen kleding",
        "@niet aangekleed",
        "@niets aan",
    ),
)
# Explicit words for sex and sexual acts; orientation words are not here.
SEX_ACT = Concept(
    "sex act",
    """sex intercourse coitus penetration penetrate penetrated penetrating oral anal orgasm orgasms
    climax climaxed ejaculate ejaculated ejaculation erection aroused arousal foreplay masturbate
    masturbation condom condoms lubricant lube blowjob handjob fellatio cunnilingus sodomy sodomise
    sodomize virginity consummate consummated horny kinky
    seks seks* *seks geslachtsgemeenschap penetratie penetreren gepenetreerd oraal anaal orgasme
    klaarkomen klaargekomen zaadlozing erectie opgewonden opwinding voorspel masturberen masturbatie
    condoom condooms glijmiddel beffen maagdelijkheid ontmaagd vrijen gevreeën vrijpartij vrijage geil
    standje standjes standjes*
    -seksuele -seksueel -seksualiteit -sekse -seksen -seksuoloog -seksisme -seksistisch -seksistische
    -interseks -intersekse -transseksueel -transseksuele -homoseksueel -homoseksuele -homoseksualiteit
    -biseksueel -biseksuele -heteroseksueel -heteroseksuele""",
    phrases=(
        "make|made|making love",
        "sleep|slept|sleeping with",
        "go|went|gone to bed with",
        "have|had sex",
        "have|had relations",
        "be|were intimate",
        "get|got intimate",
        "in bed",
        "go|went all the way",
        "the act",
        "sexual relations",
        "sexual contact",
        "sexual act",
        "sexual activity",
        "sexual experience",
        "sexual practice",
        "sex life",
        "sex position|positions",
        "sexual position|positions",
        "been with a|any man|woman|men|women|boy|girl|guy",
        "@met een man geweest",
        "@met een vrouw geweest",
        "@met mannen geweest",
        "@met vrouwen geweest",
        "@naar bed gaan",
        "@met elkaar naar bed",
        "@slapen met",
        "@intiem zijn",
        "@intiem worden",
        "@in bed",
        "@de daad",
        "@seksueel contact",
        "@seksuele handeling",
        "@seksuele handelingen",
        "@seksueel actief",
        "gemeenschap met hem|haar|elkaar|hen|een|mannen|vrouwen|jongens|meisjes",
    ),
)
# Euphemisms that need a couple around them to mean sex: touching, closeness, pleasure.
INTIMATE_ACT = Concept(
    "intimate act",
    """touch touched touching caress caressed fondle fondled undress undressed pleasure pleasured
    physical physically bodily aroused
    aanraken aangeraakt aanraking aanrakingen strelen streelde gestreeld betasten betast bevredigen
    bevredigd bevrediging lichamelijk lichamelijke fysiek fysieke genot uitkleden uitgekleed ontkleden
    opwinden""",
    phrases=(
        # Euphemisms that need a couple or a person around them: "how far did it go" with a boyfriend
        # is the act, "hoe ging het verder" on its own is the story going on.
        "go|went further",
        "how far did it go",
        "how far did you go",
        "@hoe ver ging",
        "@hoe ver gingen",
        "@verder gaan",
        "@tot het uiterste",
        "first night",
        "wedding night",
        "satisfy|satisfied each",
        "satisfy|satisfied one",
        "@eerste nacht",
        "@huwelijksnacht",
    ),
)
# A kiss is tender, not sexual, unless it is asked about in a private frame or in detail.
KISS = Concept("kiss", "kiss kissed kissing kisses zoenen zoende gezoend zoen kussen kuste gekust kus")
# Keeping in touch is not touching.
NOT_TOUCH = Concept("not touch", "", phrases=("in touch", "keep touch", "stay touch", "lose touch"))
# Words that say the intimacy is one of the applicant and a partner.
COUPLE = Concept(
    "couple",
    """partner partners boyfriend girlfriend lover lovers husband wife spouse fiance fiancee together
    partner* vriend vriendin vriendje vriendinnetje geliefde minnaar minnares echtgenoot echtgenote
    elkaar samen jullie relationship relatie""",
    phrases=(
        "the two of you",
        "you two",
        "you both",
        "you and",
        "each other",
        "one another",
        "@u tweeën",
        "@jullie twee",
        "@u en",
        "@jij en",
    ),
)
# A person the applicant was with (pronouns too): only counts together with an explicit intimacy word.
PERSON = Concept("person", "he him she her hij hem zij haar ze man vrouw jongen meisje men women")
# Where and when intimacy happens: a bed, a bedroom, alone, at night, behind closed doors.
PRIVATE_FRAME = Concept(
    "private frame",
    """bed beds bedroom bedrooms alone privacy undisturbed overnight hotel room
    bed slaapkamer slaapkamers *slaapkamer alleen ongestoord hotelkamer hotel kamer nachts""",
    phrases=(
        "in private",
        "light|lights off|out",
        "lights were off|out",
        "@licht uit",
        "@lichten uit",
        "stay|stayed|staying the night",
        "@blijven slapen",
        "@bleef slapen",
        "behind closed doors",
        "at night",
        "that night",
        "the night",
        "spend|spent the night",
        "the room",
        "your room",
        "his room",
        "her room",
        "@'s nachts",
        "@die nacht",
        "@de nacht",
        "@achter gesloten deuren",
        "@onder vier ogen",
        "@op de kamer",
        "@op zijn kamer",
        "@op haar kamer",
        "@de nacht doorbrengen",
        "@nacht doorgebracht",
    ),
)
# A frame strong enough that a person ("he", "she") is enough for the couple: a bed, a night together.
STRONG_FRAME = Concept(
    "strong private frame",
    """bed beds bedroom bedrooms overnight slaapkamer slaapkamers *slaapkamer""",
    phrases=(
        "in private",
        "behind closed doors",
        "light|lights off|out",
        "lights were off|out",
        "stay|stayed|staying the night",
        "spend|spent the night",
        "@licht uit",
        "@lichten uit",
        "@blijven slapen",
        "@bleef slapen",
        "@achter gesloten deuren",
        "@onder vier ogen",
        "@de nacht doorbrengen",
        "@nacht doorgebracht",
    ),
)
# "What did you do", "what happened", "how did it go": asking for the act itself.
ACT_QUESTION = Concept(
    "act question",
    "",
    phrases=(
        "what do|did|does you",
        "what did you two",
        "what did the two",
        "what happened",
        "what happens",
        "how did it go",
        "how was it",
        "what went on",
        "get|got up to",
        "describe what",
        "tell me what",
        "tell me how",
        "explain what",
        "what exactly",
        "how exactly",
        "@wat deden",
        "@wat deed",
        "@wat doen jullie",
        "@wat gebeurde",
        "@wat gebeurt",
        "@hoe ging",
        "@hoe gaat",
        "@hoe verliep",
        "@wat speelde zich af",
        "@beschrijf wat",
        "@vertel wat",
        "@vertel hoe",
        "@wat precies",
    ),
)
# Daily life: what a couple does on a weekend, at the market or with friends is plainly not the act.
DAILY = Concept(
    "daily life",
    """weekend weekends weekday holiday holidays day days daily everyday work job school market shopping
    cooking cook meal dinner lunch breakfast park cinema friends walk walks trip trips
    weekend weekenden vakantie dag dagen dagelijks werk school markt boodschappen koken eten maaltijd
    ontbijt lunch park bioscoop vrienden wandelen wandeling uitstapje""",
)
# Someone else walking in on the couple: the question is about the incident, not about the act.
DISCOVERY = Concept(
    "discovery",
    """found find caught catch discovered discover saw see walked surprised raid raided police neighbour
    neighbours brother father mother family uncle cousin guard officer arrest arrested
    vond vinden gevonden betrapt betrapte betrappen ontdekte ontdekt ontdekken zag zien gezien binnenkwam
    binnenvielen binnenvallen inval politie buren buurman buurvrouw broer vader moeder familie oom neef
    bewaker agent agenten arrestatie gearresteerd""",
)
# Roles, positions and who does what in sex.
ROLE = Concept(
    "role",
    """top bottom versatile dominant submissive insertive receptive
    actief passief actieve passieve dominant dominante onderdanig""",
)

# --- the body and medical treatment ----------------------------------------------------------------
GENITALS = Concept(
    "genitals",
    """genital genitals genitalia penis vagina vulva testicle testicles scrotum clitoris anus foreskin
    hymen circumcision circumcised
    geslachtsdeel geslachtsdelen geslachtsorgaan geslachtsorganen penis piemel vagina vulva schede
    teelbal teelballen balzak clitoris anus voorhuid maagdenvlies besnijdenis besneden""",
    phrases=(
        "private parts",
        "down there",
        "between your legs",
        "between his legs",
        "between her legs",
        "@intieme delen",
        "@intieme lichaamsdelen",
        "@daar beneden",
        "@tussen uw benen",
        "@tussen de benen",
        "@tussen zijn benen",
        "@tussen haar benen",
    ),
)
# Parts of the body that are sexual in some questions and injured in others (a kick in the groin).
BREASTS = Concept(
    "breasts",
    "breast breasts nipple nipples crotch groin chest borst borsten tepel tepels kruis schaamstreek",
)
# Medical treatment that concerns sex or gender.
GENDER_MEDICAL = Concept(
    "gender medical",
    """hormone hormones hormonal testosterone oestrogen estrogen blocker blockers mastectomy hysterectomy
    vaginoplasty phalloplasty castration castrated sterilisation sterilization sterilised sterilized
    reassignment
    hormoon hormonen hormoonbehandeling hormoontherapie hormoonkuur hormonaal testosteron oestrogeen
    puberteitsremmers remmers borstamputatie castratie gecastreerd sterilisatie gesteriliseerd
    geslachtsaanpassing geslachtsverandering geslachtsoperatie geslachtsveranderende *hormonen
    hormoon*""",
    phrases=(
        "sex change",
        "sex changed",
        "change your sex|gender",
        "changed your sex|gender",
        "gender reassignment",
        "gender-affirming",
        "gender affirming",
        "@geslacht veranderen",
        "@geslacht laten veranderen",
        "@geslacht aanpassen",
        "@geslacht aangepast",
        "@geslachtsaanpassende operatie",
        "@geslachtsbevestigende zorg",
        "@geslachtsbevestigende behandeling",
    ),
)
# Medical or bodily words that become body-medical next to sex, gender or orientation.
MEDICAL = Concept(
    "medical",
    """surgery surgeries surgical operation operations operate operated treatment treatments medication
    medicine medicines pill pills therapy therapies procedure procedures examination examine examined
    checkup check-up scan scans chromosome chromosomes anatomy anatomical biological biologically medical
    medically implant implants
    operatie operaties opereren geopereerd ingreep ingrepen behandeling behandelingen medicijn medicijnen
    medicatie pil pillen therapie therapieën keuring gekeurd scan chromosoom chromosomen anatomie
    anatomisch biologisch biologische medisch medische implantaat""",
)

# Surgery: about the applicant's body, and never about an injury, it is body-medical on its own.
SURGERY = Concept(
    "surgery",
    """surgery surgeries surgical operation operations operated implant implants
    operatie operaties geopereerd opereren implantaat implantaten""",
)
# Who examines or treats: counts with a test or a treatment next to sex, gender or orientation.
CLINICIAN = Concept(
    "clinician",
    """doctor doctors physician gynaecologist gynecologist urologist endocrinologist nurse clinic hospital
    arts artsen dokter huisarts gynaecoloog uroloog endocrinoloog verpleegkundige kliniek ziekenhuis""",
)
# Sex, gender and orientation: what turns a medical or bodily word into body-medical.
SEX_GENDER = Concept(
    "sex or gender",
    """trans transgender transsexual intersex nonbinary non-binary gender sex male female masculine
    feminine manhood womanhood orientation sexuality gay lesbian bisexual homosexual homosexuality queer
    heterosexual transition transitioned transitioning attracted attraction
    trans transgender transseksueel transvrouw transman interseks intersekse non-binair gender geslacht
    sekse mannelijk vrouwelijk geaardheid gerichtheid seksualiteit homo homoseksueel homoseksualiteit
    lesbisch lesbienne biseksueel queer hetero heteroseksueel transitie aangetrokken aantrekking""",
    phrases=(
        "born as",
        "into men|women|guys|girls",
        "@op vrouwen vallen",
        "@op mannen vallen",
        "@op vrouwen valt",
        "@op mannen valt",
        "born a",
        "born male",
        "born female",
        "real man",
        "real woman",
        "fully a",
        "become a woman|man|girl|boy",
        "@vrouw worden",
        "@man worden",
        "@vrouw te worden",
        "@geboren als",
        "@als man geboren",
        "@als vrouw geboren",
        "@als jongen geboren",
        "@als meisje geboren",
        "@echte man",
        "@echte vrouw",
        "@volledig vrouw",
        "@volledig man",
    ),
)
# The body itself, asked about (how it looks, what it is like): body-medical unless it is about injuries.
BODY = Concept(
    "body",
    """body bodies anatomy physique biological biologically lichaam lichamen anatomie lichaamsbouw
    biologisch biologische""",
    phrases=("your physical", "@uw lichamelijke"),
)
# The applicant's sex at birth.
BIRTH_SEX = Concept(
    "birth sex",
    "",
    phrases=(
        "born a|as boy|girl|man|woman|male|female",
        "born male|female",
        "assigned at birth",
        "@geboren als jongen",
        "@geboren als meisje",
        "@geboren als man",
        "@geboren als vrouw",
        "@als jongen geboren",
        "@als meisje geboren",
        "@als man geboren",
        "@als vrouw geboren",
        "@bij geboorte",
    ),
)
# "Biological" parents are family, not the body.
KIN = Concept(
    "kin",
    """father mother parent parents child children son daughter brother sister family vader moeder
    ouder ouders kind kinderen zoon dochter broer zus familie""",
)
# A role in sex set against its counterpart: who gave and who received.
GIVE_RECEIVE = Concept(
    "give and receive",
    "",
    phrases=(
        "one who gave|give|gives or the one who received|receive|receives",
        "@degene die gaf of degene die ontving",
        "@gever of ontvanger",
        "giver or receiver",
    ),
)
# The body of Christ is not the applicant's body.
CHRIST = Concept("christ", "christ christus jesus jezus lord heer god eucharist communion avondmaal")
# The Virgin Mary is not a question about virginity.
VIRGIN = Concept("virgin", "virgin maagd")
MARY = Concept("mary", "mary maria")
# Psychological assessment: a test of orientation or gender by a psychologist or psychiatrist.
PSYCH = Concept(
    "psychological",
    """psychologist psychologists psychiatrist psychiatrists psychological psychiatric psychology sexologist
    therapist psychotherapist diagnosis diagnosed diagnose phallometric
    phallometry plethysmograph
    psycholoog psychologen psychiater psychiaters psychologisch psychologische psychiatrisch
    psychiatrische seksuoloog therapeut psychotherapeut diagnose gediagnosticeerd""",
)
# An expert in sexuality: asking for one is asking to have the applicant's sexuality examined.
SEXOLOGY = Concept(
    "sexology", "sexologist sexologists sexology seksuoloog seksuologen seksuologie seksuologisch"
)
# The applicant's health and wellbeing (medical advice, trauma): a psychologist there is care, not a test.
WELLBEING = Concept(
    "wellbeing",
    """trauma traumatic ptsd stress depression depressed anxiety nightmare nightmares sleep sleeping
    concentration memory wellbeing well-being mental health care support
    trauma traumatisch ptss depressie depressief angst angstig nachtmerrie nachtmerries slapen slaap
    concentratie geheugen welzijn zorg steun hulp begeleiding""",
    phrases=("medical advice", "mental health", "@medisch advies", "@geestelijke gezondheid"),
)
# Tests and examinations.
TESTING = Concept(
    "testing",
    """test tests tested testing examination examine examined exam assessment assess assessed evaluation
    evaluate evaluated check checked checkup screening screened measure measured questionnaire look
    confirm confirmed determine determined establish established verify verified
    test tests testen getest onderzoek onderzoeken onderzocht keuring gekeurd beoordeling beoordelen
    beoordeeld evaluatie meting gemeten vragenlijst controle gecontroleerd kijken gekeken bekijken
    attest attestation certificate report statement verklaring rapport
    bevestigen bevestigd vaststellen vastgesteld""",
)
# Sexual health: what is asked about the sex life through the body.
SEXUAL_HEALTH = Concept(
    "sexual health",
    """hiv aids std stds sti stis syphilis gonorrhoea gonorrhea chlamydia herpes soa soa's syfilis
    gonorroe""",
    phrases=("sexually transmitted", "@seksueel overdraagbare"),
)
# Sexual violence, where only detail is off limits (what happened in general terms may be asked).
VIOLENCE = Concept(
    "sexual violence",
    """rape raped raping rapist molested molest molestation assaulted abuse abused
    verkracht verkrachting verkrachtte verkrachten aangerand aanranding misbruikt misbruik""",
    phrases=(
        "sexual assault",
        "sexually assaulted",
        "sexual abuse",
        "sexually abused",
        "sexual violence",
        "@seksueel geweld",
        "@seksueel misbruik",
        "@seksueel misbruikt",
    ),
)
DETAIL = Concept(
    "detail",
    """exactly precisely detail details detailed step
    precies gedetailleerd details detail stap""",
    phrases=(
        "step by step",
        "what did he do",
        "what did they do",
        "how did he",
        "how did they",
        "@wat deed hij",
        "@wat deden ze",
        "@wat deden zij",
        "@hoe deed hij",
        "@hoe deden ze",
    ),
)
# What makes a bodily word plainly something else: injuries, violence, illness, scars from torture.
INJURY = Concept(
    "injury",
    """injury injuries injured wound wounds wounded scar scars bruise bruises beaten beating beat hit
    torture tortured attack attacked fracture broken pain illness ill sick disease accident burn burns
    blood bleeding stab stabbed shot gunshot kicked violence violent punish punished punishment
    verwonding verwondingen gewond wond wonden litteken littekens blauwe geslagen mishandeld mishandeling
    marteling gemarteld aanval aangevallen breuk gebroken pijn ziekte ziek ongeluk brandwond brandwonden
    bloed bloeding gestoken neergeschoten geschopt geweld gewelddadig straf gestraft""",
)
