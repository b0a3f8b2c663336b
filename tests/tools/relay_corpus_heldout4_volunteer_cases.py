# ruff: noqa: E501
"""Hand-written volunteers' answers of the fourth held-out relay-text corpus, part `volunteer`.

Markup (see relay_corpus_heldout.py): `[[...]]` around every identity span of the volunteer (names,
short forms and initials they sign with, addresses, phones, employer, team, street, postcode + town,
websites of their employer), `<<...>>` around what is neither content nor identity (a `#thema:`
tag, lines quoted inline from the forward). In `sig` and `vcard` everything unmarked is a
signature line (role, disclaimer, banner text): neither content nor identity; pronouns there are
marked identity (the Format's P5, 2026-12-07).

Choices made here, kept the same in every mail:
- A colleague named by first name in the volunteer's running text is content (it identifies
  nobody to the help-seeker); a colleague in a signature block ("bij afwezigheid: ...") is
  identity, like everything else that places the volunteer's workplace.
- The employer, a school, a town or a club named in running text is content; the same employer in
  a signature, a disclaimer, a logo's alt text or a banner is identity.
- The domain of a work account (it names the employer) is identity; gmail-like private domains
  are not listed separately.
- Helpline numbers (Awel 102, Tele-Onthaal 106, 1813, Écoute-Enfants 103, ...) are content.
- `Dag {pseudonym},`: the placeholder is neither; the words around it are content.

The forwards quoted under the answers are what the relay sent the volunteer (the help-seeker's
words with their identity already replaced): they carry no markup.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import Case

# ---------------------------------------------------------------- what the volunteers received

F_NL_MEISJES = """hoi
ik ben 14 en ik denk dat ik op meisjes val
mijn ouders zijn best streng en ik weet niet of ik het moet zeggen
mijn beste vriendin weet het wel
wat moet ik doen"""

F_NL_PESTEN = """Hallo, ik word al een paar maanden gepest in de klas omdat ik 'anders' ben. Ze noemen mij dingen in de groepschat en niemand zegt er iets van, ook de leerkrachten niet. Ik wil niet meer naar school. Sorry voor de lange mail."""

F_NL_GENDER = """Ik ben 16 en sinds vorig jaar voel ik dat ik geen meisje ben. Ik heb een andere naam gekozen maar thuis gebruikt niemand die. Op school wel een paar vrienden. Is het normaal dat ik zo twijfel over alles?
{pseudonym}"""

F_NL_LIEF = """mijn lief heeft het uitgemaakt en ik kan niet meer stoppen met wenen. we waren 2 jaar samen. ik weet dat het stom klinkt maar ik zie het niet meer zitten. niet op die manier hoor, ik ben gewoon moe"""

F_NL_GSM = """Dag,

Mijn papa heeft mijn gsm doorzocht en gezien dat ik met een jongen chat. Nu mag ik niet meer buiten na school. Mama zegt dat het een fase is.
Ik ben 15. Wat kan ik doen?

Groetjes
{pseudonym}"""

F_NL_ZUS = """bedankt voor je antwoord vorige keer!! ik heb het aan mijn zus verteld en ze reageerde super lief 🥹 nu wil ik het misschien aan mijn mama zeggen maar ik weet niet hoe beginnen"""

F_NL_SLAPEN = """ik slaap al weken slecht, ik lig elke nacht te piekeren over wat anderen van mij denken. op tiktok zie ik allemaal mensen die zo zeker zijn van wie ze zijn en ik ben dat totaal niet"""

F_NL_SCHOON = """hey ik ben 13 en ik ben nen jongen die ook jongens schoon vindt. is da normaal? ik heb da nog tegen niemand gezegd"""

F_NL_KAMP = """Hoi, ik ben 17 en ik ga deze zomer mee als leiding op kamp. Een van de andere leiding weet dat ik bi ben en nu voel ik dat ze er raar over doen. Moet ik het aankaarten of gewoon zwijgen tot na het kamp?"""

F_NL_OMA = """Ik woon bij mijn oma sinds mijn ouders gescheiden zijn. Ze is heel lief maar ze is gelovig en ik weet niet hoe ze zou reageren als ik zeg dat ik een vriendin heb. Ik ben 18 dus ik mag eigenlijk zelf kiezen maar ik wil haar niet kwetsen."""

F_NL_LEEG = """ik weet eigenlijk niet goed waarom ik schrijf
alles is gewoon veel
school thuis alles
ik ben niet in gevaar ofzo
ik wou het gewoon eens tegen iemand zeggen"""

F_FR_BI = """Bonjour, j'ai 15 ans et je pense que je suis bi. Ma mère a vu un message sur mon téléphone et depuis elle ne me parle presque plus. Je me sens super seule."""

F_FR_TRANS = """salut jsp trop comment dire ca mais je crois que je suis trans. j'ai 14 ans et personne le sait. j'ai peur que mes parents me mettent dehors"""

F_FR_CLASSE = """Merci pour votre réponse. J'ai parlé avec mon amie et elle m'a dit qu'elle m'acceptait comme je suis. Mais à l'école ça continue, les garçons de ma classe se moquent de moi tous les jours.
{pseudonym}"""

F_FR_FOOT = """Bonsoir, je joue au foot en club et j'entends tout le temps des blagues sur les gays dans le vestiaire. Je suis gay mais personne le sait. Je me demande si je dois arrêter le foot, j'aime trop ça pourtant."""

F_EN_MOVED = """hi, I'm 16 and I moved to Belgium last year. I don't speak Dutch well yet and I think I'm gay. I don't know anyone here I can talk to. is this okay to write in english?"""

F_EN_GIRLFRIEND = """Hello. My girlfriend and I keep fighting about whether to tell our families. She wants to, I'm scared. We're both 17. How do other people deal with this?"""

F_EN_HEAVY = """I don't really know why I'm writing. Everything feels heavy lately. School, home, everything. I'm not in danger or anything, I just needed to say it to someone."""

F_EN_NAME = """Thanks for answering so fast. My parents still use my old name, even when I asked them nicely. My teacher uses the new one though. I'm 15. Is there any way to make them understand?
- {pseudonym}"""


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str],
      nickname: str, body: str, quote: str, **kw: Any) -> Case:
    """One volunteer's answer; the forward's note is in the answer's language."""
    kw.setdefault("note_lang", lang)
    return Case(slug=slug, direction="volunteer", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, quote=quote, nickname=nickname, **kw)


CASES: list[Case] = [
    # ------------------------------------------------------------ Dutch and Flemish
    V("caw-outlook-topposted", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "phone-in-sig", "greets-pseudonym", "quoted-history",
       "top-posted", "own-name-in-text"],
      ("Griet Van Acker", "griet.vanacker@caw-oostvl.example"), "Griet",
      """Dag {pseudonym},

Wat goed dat je ons schrijft. Het is helemaal oké om nog niet te weten of je het aan je ouders wil zeggen. Daar bestaat geen deadline voor.

Je zegt dat je beste vriendin het al weet. Hoe reageerde zij? Soms helpt het om eerst met iemand die je vertrouwt te oefenen hoe je het zou zeggen.

Als je wil, mag je me vertellen wat je het meest schrik aanjaagt bij je ouders. Dan denken we samen na.

Warme groet,
[[Griet]]""",
      F_NL_MEISJES,
      sig="""[[Griet Van Acker]]
Maatschappelijk werker – Jongerenwerking
[[CAW Oost-Vlaanderen]] | [[Visserij 153, 9000 Gent]]
T [[09 265 04 12]] | M [[0496 81 27 30]]
[[www.caw-oostvl.example]]

Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per vergissing ontvangen, verwittig dan de afzender en verwijder het bericht.""",
      identity=["caw-oostvl.example"]),

    V("student-gmail-android-short", "gmail_android", "nl",
      ["student", "private-account", "short", "greets-pseudonym", "quoted-history", "top-posted",
       "emoji", "name-sign-off"],
      ("Jonas Verbeke", "jonasverbeke03@gmail.example"), "Jonas",
      """Hey {pseudonym}! Helemaal normaal om zo te twijfelen, echt. Ik was zelf 17 toen ik er pas woorden voor vond. Schrijf gerust terug als je wil, ik lees alles 🙂
[[Jonas]]""",
      F_NL_SCHOON),

    V("retiree-telenet-long", "telenet_webmail", "nl",
      ["retiree", "private-account", "long", "greets-pseudonym", "quoted-history", "top-posted",
       "name-sign-off"],
      ("Hilde Claerhout", "hilde.claerhout@telenet.example"), "Hilde",
      """Beste {pseudonym},

Dank je wel voor je mail. Ik heb hem twee keer gelezen, want ik wilde goed begrijpen wat je schrijft.

Wat me opvalt, is hoeveel je van je oma houdt. Je wil haar niet kwetsen, en tegelijk wil je eerlijk zijn over wie je graag ziet. Dat is geen kleine opdracht, en het siert je dat je er zo zorgvuldig over nadenkt.

Ik ben zelf van de generatie van je oma, dus ik durf je misschien iets te vertellen vanuit die kant. Veel grootouders zijn gelovig opgevoed en hebben lang geleerd dat "zoiets" niet hoorde. Maar ik zie in mijn eigen omgeving ook hoe mensen van zeventig en tachtig veranderen als het over hun eigen kleinkind gaat. Het is dan niet meer een idee of een regel, maar iemand die ze kennen en graag zien.

Dat wil niet zeggen dat het meteen goed zal vallen. Soms is de eerste reactie stil, of verdrietig, of zegt iemand iets dat pijn doet. Geef haar dan tijd. Een eerste reactie is zelden het laatste woord.

Een paar vragen om zelf over na te denken, je hoeft ze mij niet te beantwoorden:
Is er iemand in de familie, of in haar kerk, die je oma vertrouwt en die misschien al meer openstaat?
Wil je het zelf vertellen, of eerst je vriendin eens laten kennismaken als "een vriendin"?
Heb je een plek om naartoe te gaan als het thuis even moeilijk wordt?

Je bent 18, dat klopt, en je mag je leven zelf kiezen. Maar ik begrijp heel goed dat dat niet betekent dat je oma je niets meer kan schelen. Integendeel.

Schrijf gerust terug als je wil vertellen hoe het verder gaat. Ik lees hier elke week.

Met vriendelijke groeten,
[[Hilde]]""",
      F_NL_OMA),

    V("clb-owa-short-form", "outlook_web", "nl",
      ["work-signature", "disclaimer", "phone-in-sig", "short-form-name", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Mehmet Yildiz", "mehmet.yildiz@vclb-antwerpen.example"), "Memo",
      """Hallo {pseudonym},

Sorry dat je zolang moest wachten op een antwoord. Je mail is zeker niet te lang, integendeel, ik ben blij dat je alles zo duidelijk opschrijft.

Wat jij meemaakt is pesten, en dat is nooit jouw schuld. Niet omdat je 'anders' bent, en ook niet omdat je er niets van zegt. Dat de leerkrachten niet ingrijpen vind ik eerlijk gezegd erg.

Ik werk zelf in een CLB en ik kan je zeggen: het CLB van jouw school is er precies voor dit soort dingen. Je kan er alleen naartoe, je ouders hoeven dat niet te weten, en ze hebben beroepsgeheim. Je kan ook screenshots maken van wat er in de groepschat gezegd wordt, dan heb je iets om te tonen.

Niet meer naar school willen is een heel begrijpelijke reactie. Zullen we samen bekijken wie op school je zou kunnen helpen?

Groetjes,
[[Memo]]""",
      F_NL_PESTEN,
      sig="""[[Mehmet Yildiz]]
CLB-medewerker | onthaal en leerlingenbegeleiding
[[Vrij CLB Antwerpen]]
[[Lange Nieuwstraat 43, 2000 Antwerpen]]
[[03 221 45 80]]
[[mehmet.yildiz@vclb-antwerpen.example]]

Opgelet: medewerkers van het CLB zijn gebonden aan het beroepsgeheim. Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde.""",
      identity=["vclb-antwerpen.example"]),

    V("iphone-nickname-emoji", "iphone", "nl",
      ["private-account", "client-line", "short-form-name", "emoji", "greets-pseudonym",
       "quoted-history", "top-posted"],
      ("Katrien Goossens", "katrien.goossens@icloud.example"), "Trien",
      """Dag {pseudonym}

Wat fijn dat je zus zo lief reageerde!! 🥹 Dat is al een hele stap.
Voor je mama: je hoeft geen perfecte speech te hebben. Sommige jongeren schrijven een briefje, anderen zeggen het in de auto (dan moet je elkaar niet aankijken 😉). Misschien kan je zus erbij zijn?

Laat je weten hoe het gaat?
Dikke knuffel
[[Trien]]""",
      F_NL_ZUS),

    V("university-thunderbird-bottom", "thunderbird", "nl",
      ["work-signature", "sig-dash", "bottom-posted", "quoted-history", "greets-pseudonym",
       "signature-looking-content"],
      ("Ruben De Smedt", "ruben.desmedt@ugent.example"), "Ruben",
      """Dag {pseudonym},

Wat je beschrijft herken ik van heel veel jongeren (en eerlijk gezegd ook van mezelf op die leeftijd). Op TikTok zie je vooral mensen op hun beste moment, met de twijfels eruit geknipt. Dat zegt niets over hoe zeker ze echt zijn.

Piekeren 's nachts is uitputtend. Een paar dingen die soms helpen:
- schrijf je gedachten op een blaadje naast je bed
- gsm een half uur voor het slapen weg
- overdag iets doen waar je moe van wordt
Fietsen, zwemmen, dansen op je kamer

En als het blijft duren: je huisarts of het CLB van je school kan ook helpen, dat is niet overdreven.

Groetjes,
[[Ruben]]""",
      F_NL_SLAPEN,
      quote_pos="above", sig_dash=True,
      sig="""[[Ruben De Smedt]]
Doctoraatsbursaal – [[Vakgroep Experimentele Psychologie]]
[[Universiteit Gent]] – [[Henri Dunantlaan 2, 9000 Gent]]
[[https://www.ugent.example/pp/ruben.desmedt]]""",
      identity=["ugent.example"]),

    V("ocmw-outlook-ios", "outlook_mobile", "nl",
      ["work-signature", "client-line", "quoted-history", "top-posted", "helpline-numbers",
       "greets-pseudonym"],
      ("Fatima El Amrani", "fatima.elamrani@ocmw-mechelen.example"), "Fatima",
      """Hoi {pseudonym},

Dat je papa je gsm doorzocht heeft, is echt niet ok, ook al maakt hij zich misschien zorgen. Je hebt recht op een stukje privacy.

Je bent niet 'in een fase', en zelfs als je later anders zou voelen, is wat je nu voelt echt.

Wat je kan doen:
1. met iemand praten die je vertrouwt, een tante, een leerkracht, iemand van het CLB
2. Awel bellen (102) of chatten, gratis en anoniem
3. hier blijven schrijven, wij lezen mee

Het komt goed, ook al duurt het even.
Groetjes""",
      F_NL_GSM,
      sig="""[[Fatima El Amrani]]
Sociaal assistent
[[OCMW Mechelen]] – dienst [[Jeugd en Gezin]]""",
      identity=["ocmw-mechelen.example"]),

    V("police-blackberry", "blackberry", "nl",
      ["work-signature", "disclaimer", "client-line", "phone-in-sig", "quoted-history",
       "top-posted"],
      ("Wouter Lambrecht", "wouter.lambrecht@pzkkl.example"), "Wouter",
      """Dag {pseudonym}

Sorry, ik antwoord vanop mijn werk-gsm, dus kort.

Je hoeft niets aan te kaarten als je je daar niet goed bij voelt. Maar als het kamp er zwaarder door wordt, mag je het zeker bij de hoofdleiding of bij je groepsleiding zeggen. Zij zijn er ook voor de leiding, niet alleen voor de kinderen.

Misschien helpt het om het eerst kort te vragen aan die persoon zelf: "Ik heb het gevoel dat je raar doet sinds je het weet, klopt dat?" Soms is het onhandigheid, geen afkeer.

Ik schrijf je vanavond nog wat langer als je wil.
[[W.]]""",
      F_NL_KAMP,
      sig="""Inspecteur [[Wouter Lambrecht]]
[[Politiezone Kortrijk-Kuurne-Lendelede]] – Wijkwerking
[[Minister Vandeurzenlaan 2, 8500 Kortrijk]]
GSM [[0477 40 15 22]]

Dit bericht is enkel bestemd voor de geadresseerde. Indien u dit bericht verkeerdelijk ontvangen heeft, gelieve de afzender te verwittigen en het bericht te verwijderen.""",
      identity=["pzkkl.example"]),

    V("hospital-logo-inline", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "disclaimer-en", "logo", "phone-in-sig", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Annelies Wuyts", "annelies.wuyts@azklaverveld.example"), "Annelies",
      """Dag {pseudonym},

Fijn dat je het gewoon eens tegen iemand zegt. Daar hoeft geen reden voor te zijn, en je hoeft ook niet in gevaar te zijn om hier te mogen schrijven.

"Alles is veel" is soms precies de beste samenvatting. Als je wil, mag je het de volgende keer een beetje uit elkaar halen: wat is het zwaarst, school of thuis? Dan kunnen we samen kijken wat helpt.

Zorg goed voor jezelf vandaag, met iets kleins: een wandeling, je favoriete muziek, een warme douche.

Groetjes van [[Annelies]]""",
      F_NL_LEEG,
      sig="""[[Annelies Wuyts]]
Verpleegkundige – Kinder- en Jeugdpsychiatrie
[[AZ Klaverveld]] | [[campus Sint-Jozef]]
[[Kliniekstraat 27, 3000 Leuven]]
[[016 33 48 90]]

Disclaimer: Dit bericht en de bijlagen zijn vertrouwelijk. / This message and its attachments are confidential. If you are not the intended recipient, please notify the sender and delete this message.""",
      logo=("Logo AZ Klaverveld", "inline"),
      identity=["azklaverveld.example"]),

    V("bank-trilingual-disclaimer", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en", "phone-in-sig",
       "quoted-history", "top-posted", "helpline-numbers", "greets-pseudonym"],
      ("Bram Vervoort", "bram.vervoort@lindeboombank.example"), "Bram",
      """Hoi {pseudonym},

Het klinkt helemaal niet stom. Twee jaar is lang, en een breuk kan echt aanvoelen alsof de grond onder je voeten wegvalt. Dat je moe bent is logisch: verdriet kost energie.

Fijn dat je er even bij zegt hoe je het bedoelt. Mocht het ooit wel zo voelen, bel dan meteen 1813 (Zelfmoordlijn, gratis en anoniem, dag en nacht).

Heb je iemand bij wie je even kan uithuilen? Een vriend, je broer of zus, een tante?

Groetjes
[[Bram]]""",
      F_NL_LIEF,
      sig="""[[Bram Vervoort]]
Relationship Manager Private Banking
[[Lindeboom Bank NV]] – [[Meir 48, 2000 Antwerpen]]
Tel. [[+32 3 286 11 47]]

[[Lindeboom Bank NV]] – RPR Antwerpen – BTW [[BE 0404.476.835]]
Dit bericht is vertrouwelijk en kan juridisch beschermde informatie bevatten. Ce message est confidentiel et peut contenir des informations juridiquement protégées. This message is confidential and may contain legally privileged information. [[Lindeboom Bank]] kan niet aansprakelijk worden gesteld voor de correcte en volledige overbrenging van dit bericht.""",
      identity=["lindeboombank.example"]),

    V("teacher-smartschool-html-only", "smartschool", "nl",
      ["work-signature", "html-only", "quoted-history", "top-posted", "greets-pseudonym"],
      ("Els Van Damme", "els.vandamme@sint-lutgardis.example"), "Els",
      """Beste {pseudonym}

Dank je om ons te schrijven. Als leerkracht zie ik helaas ook hoe hard een groepschat kan zijn, en hoe weinig volwassenen daarvan merken.

Wat er met jou gebeurt, is niet ok. Je mag dat melden, ook als je bang bent dat het erger wordt. Op de meeste scholen is er een vertrouwensleerkracht of een leerlingbegeleider; je kan ook rechtstreeks naar het CLB stappen.

Bewaar screenshots van de berichten. Dat is geen verraad, dat is jezelf beschermen.

Hou je goed, en schrijf gerust terug.""",
      F_NL_PESTEN,
      html="only",
      sig="""[[Els Van Damme]]
Leerkracht Nederlands – derde graad
[[Sint-Lutgardisinstituut Schoten]]""",
      identity=["sint-lutgardis.example"]),

    V("gmail-initials-tussentaal", "gmail_web", "nl",
      ["private-account", "nickname-sign", "tussentaal", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Pieter-Jan Maes", "pj.maes@gmail.example"), "PJ",
      """Ewa {pseudonym}

Da's 100% normaal hé! Ik was zelf ook 13 of 14 toen ik da doorhad, en ik heb da ook heel lang tegen niemand gezegd. Ge moet da ook nie direct doen, ge bepaalt zelf wanneer.

Als ge wilt kunt ge hier gewoon alles vragen wa in u hoofd zit, hoe raar het ook klinkt.

Groetjes,
[[PJ]]""",
      F_NL_SCHOON),

    V("municipality-groupwise", "v4vol_groupwise", "nl",
      ["work-signature", "disclaimer", "phone-in-sig", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Ilse Vandenbroucke", "ilse.vandenbroucke@zemst.example"), "Ilse",
      """Dag {pseudonym},

Wat een mooie en zorgzame mail. Je oma mag blij zijn met een kleinkind dat zo over haar nadenkt.

Er is geen juiste manier, maar misschien helpt dit: begin bij wat jullie delen. Vertel haar dat je gelukkig bent en dat je dat met haar wil delen omdat ze belangrijk voor je is. Dan gaat het minder over 'een regel' en meer over jou.

Als ze gelovig is, weet dan dat er ook binnen kerken mensen en groepen zijn die holebi's en transpersonen steunen. Misschien vind je daar iemand die je oma kan helpen begrijpen.

Vriendelijke groeten,
[[Ilse]]""",
      F_NL_OMA,
      sig="""[[Ilse Vandenbroucke]]
Deskundige jeugd en welzijn
[[Gemeente Zemst]] – Dienst Vrije Tijd
[[Schoolstraat 1, 1980 Zemst]]
T [[015 62 71 23]]
[[www.zemst.example]]

De inhoud van deze e-mail is enkel bindend voor [[Gemeente Zemst]] indien dit uitdrukkelijk vermeld wordt. Deze e-mail kan vertrouwelijke informatie bevatten.""",
      identity=["zemst.example"]),

    V("samsung-typos", "samsung", "nl",
      ["private-account", "client-line", "typos", "no-punctuation", "quoted-history",
       "top-posted"],
      ("Tom Huybrechts", "tomhuybrechts@hotmail.example"), "Tom",
      """hey {pseudonym}

da klinkt helemaal nie stom, 2 jaar is lang en het is normaal dat ge moe zijt en veel weent
ik had dat ook na mijn eerste lief en het duurde maanden eer ik me beter voeldie
probeer tog elke dag iets klein te doen, ne wandeling, iets eten da ge graag hebt
en als het echt te zwaar word zeker eens praten met iemand he

groetjes [[tom]]""",
      F_NL_LIEF),

    V("apple-mail-vcard", "apple_mail", "nl",
      ["private-account", "vcard", "quoted-history", "top-posted", "greets-pseudonym",
       "name-sign-off"],
      ("Sofie Coppens", "sofie.coppens@mac.example"), "Sofie",
      """Dag {pseudonym},

Ja, het is heel normaal dat je twijfelt. Twijfel betekent niet dat je het mis hebt, het betekent dat je er ernstig over nadenkt.

Fijn dat je op school vrienden hebt die je gekozen naam gebruiken. Thuis is het lastiger, dat hoor ik vaak. Soms helpt het om één persoon thuis te vragen om het te proberen, in plaats van iedereen tegelijk.

Als je wil, kan je in Gent of Antwerpen ook eens langsgaan bij een jongerengroep voor transjongeren. Daar zitten jongeren die precies hetzelfde meemaken.

Liefs,
[[Sofie]]""",
      F_NL_GENDER,
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Coppens]];[[Sofie]];;;
FN:[[Sofie Coppens]]
EMAIL;type=INTERNET;type=HOME;type=pref:[[sofie.coppens@mac.example]]
TEL;type=CELL;type=VOICE;type=pref:[[+32 475 19 62 08]]
ADR;type=HOME;type=pref:;;[[Bosstraat 14]];[[Lochristi]];;[[9080]];België
END:VCARD"""),

    V("retiree-yahoo-phrase-lines", "yahoo", "nl",
      ["retiree", "private-account", "client-line", "one-phrase-a-line", "own-name-in-text",
       "signature-looking-content", "quoted-history", "top-posted", "greets-pseudonym"],
      ("Jef Michiels", "jef.michiels48@yahoo.example"), "Jef",
      """Dag {pseudonym}
Dank je om te schrijven
Dat is al veel
Ik ben [[Jef]], ik ben 71
en ik lees hier bijna elke dag de mails
Het is goed dat je het zegt
ook als er geen reden lijkt
Soms is alles gewoon veel
Dat mag
Schrijf terug wanneer je wil
ik ben er
[[Jef]]""",
      F_NL_LEEG),

    V("student-gmail-ios-thema-tail", "gmail_ios", "nl",
      ["student", "private-account", "emoji", "thema-line", "short-form-name", "quoted-history",
       "top-posted"],
      ("Yasmina Bouzid", "yasmina.bouzid@gmail.example"), "Yas",
      """omg wat fijn {pseudonym}!! 💛 echt blij voor je dat je zus zo reageerde

voor je mama: misschien eerst wat polsen? bv samen een serie kijken met een queer personage en zien hoe ze reageert. moet niet hoor, jij kent haar het best

succes en laat iets weten!! <<#thema: coming-out, familie>>
[[Yas]]""",
      F_NL_ZUS),

    V("company-outlook-mac-banner", "v4vol_outlook_mac", "nl",
      ["work-signature", "disclaimer-en", "disclaimer", "banner", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Dries Segers", "dries.segers@klaproos.example"), "Dries",
      """Hoi {pseudonym},

Goede vraag, en eerlijk: er is geen juist antwoord. Een paar dingen om af te wegen.

Als het 'raar doen' vooral ongemakkelijk is en je er op kamp weinig last van zult hebben, kan je het laten rusten en na het kamp eens rustig praten.
Als je merkt dat het de sfeer in de leidingsploeg verpest, of dat je er zelf van wakker ligt, is het beter om het vroeg te zeggen. Kamp is tien dagen dicht op elkaar, dat wordt anders alleen maar zwaarder.

Je kan ook iemand van de groepsleiding vragen om mee te denken zonder namen te noemen.

Veel succes, en vooral: veel plezier op kamp!""",
      F_NL_KAMP,
      sig="""Met vriendelijke groeten,

[[Dries Segers]]
Senior Developer | [[Team Payments]]
[[Klaproos Software]] · [[Ottergemsesteenweg-Zuid 808, 9000 Gent]]
[[+32 9 396 18 40]] · [[dries.segers@klaproos.example]]
Join me on Microsoft Teams: [[teams.klaproos.example/l/dries.segers]]

🌱 [[Klaproos Software]] is B Corp gecertificeerd. Bekijk onze vacatures op [[klaproos.example/jobs]]

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and notify the sender.""",
      identity=["klaproos.example"]),

    V("proton-short-form", "proton", "nl",
      ["private-account", "client-line", "short-form-name", "quoted-history", "top-posted",
       "greets-pseudonym", "helpline-numbers"],
      ("Liesbeth Moens", "liesbeth.moens@proton.example"), "Lies",
      """Dag {pseudonym},

Ik kan me voorstellen dat je je nu opgesloten voelt. Je papa en mama zijn waarschijnlijk geschrokken, en volwassenen die schrikken reageren niet altijd slim.

Een paar ideeën:
Probeer een moment te vinden waarop het rustig is en zeg hoe je je voelt, niet alleen wat je wil.
Vraag of je met iemand van het CLB mag praten, eventueel samen met je mama.
En als het thuis echt niet gaat, kan je altijd Awel bellen op 102.

Je bent niet alleen hierin.
[[Lies]]""",
      F_NL_GSM),

    V("retiree-ipad-grandfather", "ipad", "nl",
      ["retiree", "private-account", "client-line", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Karel Dierickx", "karel.dierickx@skynet.example"), "Karel",
      """Dag {pseudonym},

Ik ben zelf grootvader van vier kleinkinderen, en ik kan je één ding zeggen: als een van hen mij zoiets zou vertellen, zou ik eerst en vooral blij zijn dat ze het mij vertellen. Misschien niet meteen op de juiste manier, maar wel blij.

Je oma heeft jou in huis genomen. Dat zegt al veel over haar liefde.

Neem je tijd. En als je het doet, doe het op een moment dat jullie allebei rustig zijn, niet tussen de soep en de patatten.

Hartelijke groet,
[[Karel]]""",
      F_NL_OMA),

    V("caw-gmail-inline", "gmail_web", "nl",
      ["private-account", "inline-answer", "quoted-history", "greets-pseudonym"],
      ("Nathalie Geerts", "nathalie.geerts@gmail.example"), "Nathalie",
      """<<Op di 4 mrt 2025 om 14:02 schreef Lumi hulplijn <{alias}>:>>
Dag {pseudonym}, ik antwoord even tussen je zinnen, dat leest makkelijker denk ik.

<<> Mijn papa heeft mijn gsm doorzocht en gezien dat ik met een jongen chat.>>

Dat moet erg geschrokken zijn, voor jou en waarschijnlijk ook voor hem. Je privacy telt ook, ook als je 15 bent.

<<> Nu mag ik niet meer buiten na school. Mama zegt dat het een fase is.>>

Ouders zeggen dat soms omdat ze zelf tijd nodig hebben. Het zegt meer over hun schrik dan over jou.

<<> Ik ben 15. Wat kan ik doen?>>

Misschien een rustig moment kiezen met je mama alleen? Of een vertrouwenspersoon op school vragen om mee te praten.

Groetjes,
[[Nathalie]]""",
      "", quote_style="none"),

    V("student-huawei-no-greeting", "huawei", "nl",
      ["student", "private-account", "client-line", "short", "no-punctuation", "emoji",
       "quoted-history", "top-posted"],
      ("Arne Wouters", "arne.w@telenet.example"), "Arne",
      """ja echt normaal!! ik was 14 toen ik het doorhad en ik dacht ook dat ik de enige was. spoiler: niet 😄 je moet het aan niemand zeggen voor je er klaar voor bent
[[Arne]]""",
      F_NL_SCHOON),

    V("gmail-bottom-posted-nickname", "gmail_web", "nl",
      ["private-account", "bottom-posted", "quoted-history", "short-form-name",
       "greets-pseudonym"],
      ("Hannelore Vos", "hannelore.vos@gmail.example"), "Hanne",
      """Hoi {pseudonym},

Wat vervelend dat je dat gevoel hebt, zeker als je je op kamp eigenlijk wil focussen op de kinderen en op plezier maken.

Ik zou het niet helemaal wegduwen. Je hoeft er geen groot gesprek van te maken, maar een korte vraag kan al veel opklaren. En als het toch echt vervelend blijkt, weet dan dat je hoofdleiding er is voor de hele ploeg, jij incluis.

Hou ons op de hoogte!
[[Hanne]] x""",
      F_NL_KAMP,
      quote_pos="above"),

    V("university-no-display-name", "outlook_web", "nl",
      ["work-signature", "no-display-name", "phone-in-sig", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("", "stijn.baert@kulak.example"), "Stijn",
      """Dag {pseudonym},

Je bent echt niet alleen met die twijfel. Heel veel jongeren die ik spreek, zeggen precies hetzelfde: 'iedereen lijkt het te weten, behalve ik'.

Je hoeft geen antwoord te hebben vandaag. Je mag ook op TikTok wat minder kijken als het je onrustig maakt; het algoritme toont je alleen de mensen die het luidst roepen.

Probeer 's avonds eens een vast ritueel: een boek, thee, gsm in een andere kamer. Het klinkt saai, maar het helpt echt.

Vriendelijke groet""",
      F_NL_SLAPEN,
      from_style="bare",
      sig="""[[Stijn Baert]]
Begeleider studentenvoorzieningen
[[KU Leuven Kulak]], [[Etienne Sabbelaan 53, 8500 Kortrijk]]
[[056 24 61 11]]""",
      identity=["kulak.example"]),

    V("cggz-sig-html-only", "outlook_web", "nl",
      ["work-signature", "sig-html-only", "phone-in-sig", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Ingrid Smet", "ingrid.smet@cggz-kempen.example"), "Ingrid",
      """Dag {pseudonym},

Twijfelen over alles is heel normaal als je ontdekt wie je bent. Twijfel is geen teken dat je het verkeerd hebt, wel dat je eerlijk naar jezelf kijkt.

Dat niemand thuis je gekozen naam gebruikt, doet vast pijn. Misschien kan je met één iemand beginnen, bijvoorbeeld een broer, zus of een ouder die wat meer openstaat.

Je mag hier altijd terugschrijven.

Vriendelijke groet,""",
      F_NL_GENDER,
      sig_in="html",
      sig="""[[Ingrid Smet]]
Psychologe
[[Centrum Geestelijke Gezondheidszorg Kempen]]
[[Herentalsstraat 70, 2300 Turnhout]]
[[014 41 09 65]]""",
      identity=["cggz-kempen.example"]),

    V("apple-watch-very-short", "v4vol_watch", "nl",
      ["private-account", "client-line", "very-short", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Kobe Desmet", "kobe.desmet@icloud.example"), "Kobe",
      """Dag {pseudonym}, gelezen! Ik antwoord je vanavond uitgebreid, beloofd. Hou je goed.""",
      F_NL_LEEG),

    V("wrong-account-second-address", "v4vol_new_outlook", "nl",
      ["work-signature", "disclaimer", "wrong-account", "second-address", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Charlotte Van Hecke", "charlotte.vanhecke@stad-antwerpen.example"), "Charlotte",
      """Dag {pseudonym},

Wat goed dat je al met je beste vriendin kon praten. Iemand hebben die het weet, maakt het vaak een stuk lichter.

Over je ouders: je hoeft niets. Sommige jongeren wachten tot ze het huis uit zijn, anderen vertellen het aan één ouder eerst. Er is geen slechte keuze, zolang jij je veilig voelt.

Wat denk je dat je ouders zouden zeggen? Soms helpt het om dat eens uit te schrijven.

Groetjes,
[[Charlotte]]

PS: oeps, ik zie dat ik vanaf mijn werkadres antwoord. Mijn gewone adres bij Lumi is [[charlotte.vh@telenet.example]], maar dat maakt voor jou niets uit, je antwoord komt gewoon bij ons terecht.""",
      F_NL_MEISJES,
      volunteer="charlotte.vh@telenet.example",
      sig="""[[Charlotte Van Hecke]]
Beleidsmedewerker jeugd
[[Stad Antwerpen]] | [[Bedrijfseenheid Samenleving]]
[[Francis Wellesplein 1, 2018 Antwerpen]]
T [[03 338 24 17]]

Denk aan het milieu voor je deze e-mail afdrukt.
Disclaimer: deze e-mail en alle bijlagen zijn uitsluitend bestemd voor de geadresseerde. [[Stad Antwerpen]] is niet aansprakelijk voor schade ten gevolge van het gebruik van deze e-mail.""",
      identity=["stad-antwerpen.example"]),

    V("gmail-android-second-phone", "gmail_android", "nl",
      ["private-account", "phone-in-text", "second-address", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Bert Cools", "bert.cools@gmail.example"), "Bert",
      """Hallo {pseudonym},

Dank je voor je eerlijke mail. Wat je meemaakt is pesten en dat is nooit ok. Ook niet als 'iedereen' meedoet of als de leerkrachten zwijgen.

Niet meer naar school willen is heel begrijpelijk. Maar probeer het toch niet gewoon op te geven: praat met het CLB of met je ouders, en bewaar screenshots van de groepschat.

Als je liever eens praat dan schrijft: ik zit op dinsdagavond aan de chat van Lumi, maar je mag me ook een sms sturen op [[0485 20 63 91]] en dan bel ik je terug. Of mail naar mijn andere adres, [[bertcools@skynet.example]], als dat makkelijker is.

Hou je sterk!
[[Bert]]""",
      F_NL_PESTEN),

    V("chiro-student-samsung", "samsung", "nl",
      ["student", "private-account", "client-line", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Lotte Hermans", "lotte.hermans@hotmail.example"), "Lotte",
      """Hey {pseudonym}!

Ik ben zelf ook leiding bij de chiro in Herentals, dus ik herken dat wel. Op kamp zit je heel dicht op elkaar en dan voel je sneller dat er iets 'hangt'.

Mijn tip: zeg het voor het kamp, kort en luchtig. Bv. 'hey, ik merk dat het een beetje raar is sinds je het weet, mag je gewoon vragen hoor'. Vaak weet die persoon zelf ook niet goed hoe te reageren.

En als het niet beter wordt: ga naar je groepsleiding. Echt, daar zijn ze voor.

Veel plezier op kamp!!
[[Lotte]]""",
      F_NL_KAMP,
      client_line="Verzonden vanaf mijn Samsung Galaxy-smartphone."),

    V("province-logo-attachment", "outlook_desktop", "nl",
      ["work-signature", "logo", "logo-attachment", "phone-in-sig", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Gert Van Looy", "gert.vanlooy@limburg.example"), "Gert",
      """Dag {pseudonym},

Dank je om zo eerlijk te schrijven. Dat je ouders zo reageren, klinkt zwaar, zeker omdat je nu ook nog je vrijheid kwijt bent.

Weet dat je niets verkeerd gedaan hebt door met iemand te chatten. Het is je ouders hun taak om je te beschermen, maar niet om te bepalen wie je graag ziet.

Ik zou proberen het gesprek aan te gaan als de eerste storm wat gaan liggen is. En als dat niet lukt: je CLB kan bemiddelen.

Groet,
[[Gert]]""",
      F_NL_GSM,
      sig="""[[Gert Van Looy]]
Beleidsmedewerker Welzijn
[[Provincie Limburg]]
[[Universiteitslaan 1, 3500 Hasselt]]
[[011 23 74 51]]""",
      logo=("Provincie Limburg", "attachment"),
      identity=["limburg.example"]),

    V("clb-outlook-ios-initials", "outlook_mobile", "nl",
      ["work-signature", "client-line", "initials", "quoted-history", "top-posted", "short"],
      ("An Cornelis", "an.cornelis@clb-go-leuven.example"), "An",
      """Dag {pseudonym},

Kort antwoord van onderweg: wat fijn dat je het je zus verteld hebt en dat ze zo lief was! 💜
Voor je mama zou ik een rustig moment kiezen, met z'n tweetjes, en gewoon beginnen met 'ik wil je iets vertellen dat belangrijk is voor mij'. De rest volgt wel.

Morgen schrijf ik je langer.
Groetjes, [[AC]]""",
      F_NL_ZUS,
      sig="""[[An Cornelis]] | psychopedagogisch consulent
[[CLB GO! Leuven]]""",
      identity=["clb-go-leuven.example"]),

    V("police-banner-in-quote", "outlook_web", "nl",
      ["work-signature", "banner", "disclaimer", "phone-in-sig", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Kevin Mertens", "kevin.mertens@pzrupel.example"), "Kevin",
      """Dag {pseudonym},

Wat je schrijft, vind ik heel erg. Iemand uitlachen of uitschelden in een groepschat is pesten, en als het over wie je bent gaat, kan het zelfs strafbaar zijn.

Je hoeft dit niet alleen op te lossen. Vertel het aan een volwassene die je vertrouwt. Wil je dat het stopt zonder dat de klas weet dat het van jou komt? Dan kan het CLB of de directie discreet optreden.

Bewaar alles: screenshots, data, wie wat zei.

Groeten""",
      "[EXTERN] Deze e-mail is afkomstig van buiten Politiezone Rupel. Klik niet op links en open geen bijlagen tenzij je de afzender kent.\n\n" + F_NL_PESTEN,
      sig="""Hoofdinspecteur [[Kevin Mertens]]
Jeugd en Gezin – [[Politiezone Rupel]]
[[Kapelstraat 90, 2850 Boom]]
[[03 880 29 14]]

Politie – Samen maken we het veiliger.
Deze e-mail kan vertrouwelijke informatie bevatten. Indien u niet de bestemmeling bent, gelieve ons te verwittigen.""",
      identity=["pzrupel.example"]),

    V("nurse-iphone-break", "iphone", "nl",
      ["work-account", "client-line", "short", "quoted-history", "top-posted", "no-signature"],
      ("Joke Stevens", "joke.stevens@uzleuven.example"), "Joke",
      """Hoi {pseudonym}, ik zit even op pauze dus kort: het is oké dat alles veel is. Je hoeft het niet alleen te dragen. Schrijf gerust wat het zwaarst weegt, dan denken we samen mee. Zorg goed voor jezelf vandaag ❤️""",
      F_NL_LEEG,
      identity=["uzleuven.example"]),

    V("retiree-thunderbird-sig-dash-address", "thunderbird", "nl",
      ["retiree", "private-account", "sig-dash", "bottom-posted", "quoted-history",
       "greets-pseudonym"],
      ("Wim De Backer", "wim.debacker@scarlet.example"), "Wim",
      """Dag {pseudonym},

Ik heb veertig jaar voor de klas gestaan, en pesten in de klas heb ik helaas vaak gezien. Wat ik geleerd heb: het stopt bijna nooit vanzelf. Er moet een volwassene bij.

Jij hebt niets fout gedaan door 'anders' te zijn. Iedereen is anders, alleen durven sommigen het niet te laten zien.

Spreek alsjeblieft iemand aan op school. Als de leerkrachten niets doen, dan de directie of het CLB. Je mag ook je ouders vragen om mee te gaan.

En kom hier gerust terug vertellen hoe het gaat.

Hartelijk,
[[Wim]]""",
      F_NL_PESTEN,
      quote_pos="above", sig_dash=True,
      sig="""[[Wim De Backer]]
gepensioneerd leraar
[[Kapelstraat 8, 9240 Zele]]
[[052 44 86 03]]"""),

    V("student-workspace-pronouns", "v4vol_gmail_workspace", "nl",
      ["student", "work-signature", "pronouns", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Lore Vermeulen", "lore.vermeulen@student.kuleuven.example"), "Lore",
      """Hey {pseudonym},

Dank je voor je mail! Ik ben zelf ook non-binair en ik herken zoveel van wat je schrijft. Dat twijfelen, over alles, is echt een deel van het proces. Ik twijfel nu nog soms, en dat is ok.

Dat je vrienden op school je naam gebruiken is goud waard. Thuis komt misschien later. Als je wil, kan je je ouders een artikel of filmpje sturen, soms is dat makkelijker dan het zelf uitleggen.

Liefs,
[[Lore]]""",
      F_NL_GENDER,
      sig="""[[Lore Vermeulen]] ([[zij/hen]])
Master Klinische Psychologie – [[KU Leuven]]
[[r0781234]]""",
      identity=["student.kuleuven.example"]),

    V("ocmw-colleague-in-sig", "outlook_desktop", "nl",
      ["work-signature", "colleague-named", "disclaimer", "phone-in-sig", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Ahmed Chakir", "ahmed.chakir@ocmwgent.example"), "Ahmed",
      """Dag {pseudonym},

Je gevoelens mogen er zijn, ook die vermoeidheid. Na twee jaar samen verdwijnt er een hele routine uit je leven, niet alleen een persoon.

Het helpt soms om kleine dingen te plannen, elke dag één ding. Een vriend zien, een stuk gaan lopen, iets lekkers koken. Verwacht niet van jezelf dat je al 'over' bent.

Wil je me vertellen hoe je dagen er nu uitzien?

Met vriendelijke groet,
[[Ahmed]]""",
      F_NL_LIEF,
      sig="""[[Ahmed Chakir]]
Maatschappelijk werker – Team Jongvolwassenen
[[OCMW Gent]] | [[Onderbergen 86, 9000 Gent]]
T [[09 266 98 40]]

Bij afwezigheid kan je terecht bij mijn collega [[Evelien De Wilde]] ([[evelien.dewilde@ocmwgent.example]]).

Deze e-mail is vertrouwelijk. Als u niet de bedoelde ontvanger bent, gelieve de afzender te verwittigen en het bericht te wissen.""",
      identity=["ocmwgent.example"]),

    V("gmail-html-colleague-in-text", "gmail_web", "nl",
      ["private-account", "colleague-named", "quoted-history", "top-posted",
       "greets-pseudonym", "long"],
      ("Femke Jacobs", "femke.jacobs88@gmail.example"), "Femke",
      """Dag {pseudonym},

Dank je om ons opnieuw te schrijven. Ik wilde je mail niet zomaar beantwoorden, dus ik heb hem (zonder iets dat naar jou verwijst natuurlijk) even besproken met mijn collega Saar bij Lumi. Zij is zelf trans en weet beter dan ik hoe het voelt als thuis niemand je naam gebruikt.

Wat ze me vroeg je te zeggen: 'Het is normaal om te twijfelen, ook als je heel zeker bent. Twijfel gaat vaak niet over wie je bent, maar over of de wereld je zal aanvaarden.' Dat vond ik zelf heel mooi.

Nog een paar dingen:
Je kan je ouders vragen om het een week te proberen met je nieuwe naam, als een soort oefening.
Veel jongeren vinden steun bij een jongerengroep, zo zijn er in bijna elke provincie wel een paar.
En je huisarts kan je doorverwijzen als je ooit meer wil weten over begeleiding.

Je doet het goed. Echt.

Groetjes,
[[Femke]]""",
      F_NL_GENDER),

    V("student-bluemail-typos", "v4vol_bluemail", "nl",
      ["student", "private-account", "client-line", "typos", "quoted-history", "top-posted"],
      ("Sander Aerts", "sanderaerts@outlook.example"), "Sander",
      """yo {pseudonym}

das echt normaal man, ik heb da ook lang gehad. ik dacht dat ik de enige was op mijn school maar later bleek dat er nog 3 anderen waren lol. ge zijt echt nie alleen

als ge iemand zoekt om mee te praten kunt ge ook naar wel jong niet hetero, die hebben jongerengroepen in heel vlaanderen

grtz [[sander]]""",
      F_NL_SCHOON),

    V("retiree-roundcube-sig-dash", "webmail", "nl",
      ["retiree", "private-account", "sig-dash", "phone-in-sig", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Marijke Heylen", "marijke.heylen@edpnet.example"), "Marijke",
      """Lieve {pseudonym},

Ik lees je mail en ik wil je eerst en vooral zeggen: het is helemaal niet raar dat je 's nachts ligt te piekeren. Dat doen ook volwassenen, geloof me.

Wat anderen van je denken, is meestal veel minder dan je vreest. Iedereen is vooral met zichzelf bezig.

Misschien kan je overdag een moment inplannen om je zorgen op te schrijven, zodat ze 's nachts minder plaats innemen. Mijn kleindochter doet dat met een 'piekerschriftje' en dat helpt haar.

Veel liefs,
[[Marijke]]""",
      F_NL_SLAPEN,
      sig_dash=True,
      sig="""[[Marijke Heylen]]
[[Populierenlaan 22, 2440 Geel]]
tel. [[014 58 33 19]]"""),

    V("bank-owa-disclaimer-nl-fr-en", "outlook_web", "nl",
      ["work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en", "phone-in-sig",
       "quoted-history", "top-posted", "long", "greets-pseudonym"],
      ("Jasper Van den Broeck", "jasper.vandenbroeck@meridiaanbank.example"), "Jasper",
      """Dag {pseudonym},

Wat fijn dat je ons schrijft. Je schrijft het heel duidelijk op, en ik hoor vooral twee dingen: je bent nog niet zeker hoe je ouders zouden reageren, en je hebt al één iemand die je steunt.

Dat tweede is echt waardevol. Veel jongeren die hier schrijven, hebben nog niemand. Jij hebt je beste vriendin.

Over je ouders: strenge ouders kunnen verrassend reageren, in beide richtingen. Het is niet slecht om eerst wat te 'testen', bijvoorbeeld door eens te vragen wat ze denken over een bekende persoon die uit de kast kwam, of over een serie waarin twee meisjes samen zijn. Hun reactie zegt je al iets, zonder dat je zelf iets moet vertellen.

Vertel het pas als jij je er goed bij voelt. Dat kan volgende week zijn, of pas als je 18 bent en op kot zit. Beide zijn helemaal oké.

Schrijf gerust terug als je wil vertellen wat je vriendin ervan vindt.

Groetjes,
[[Jasper]]""",
      F_NL_MEISJES,
      sig="""[[Jasper Van den Broeck]]
Compliance Officer
[[Meridiaan Bank]] – [[Kunstlaan 14, 1000 Brussel]]
T [[+32 2 507 62 18]] | M [[+32 476 31 58 02]]

-----
DISCLAIMER – Dit bericht is vertrouwelijk. Indien u niet de geadresseerde bent, verwittig de afzender en vernietig het bericht.
Ce message est confidentiel. Si vous n'en êtes pas le destinataire, veuillez avertir l'expéditeur et le détruire.
This message is confidential. If you are not the addressee, please notify the sender and destroy it.
[[Meridiaan Bank NV]], [[Kunstlaan 14, 1000 Brussel]] – RPR Brussel – BTW [[BE 0403.211.380]]""",
      identity=["meridiaanbank.example"]),

    V("school-apple-logo-inline", "apple_mail", "nl",
      ["work-signature", "logo", "quoted-history", "top-posted", "greets-pseudonym"],
      ("Elke Bogaert", "elke.bogaert@atheneum-zottegem.example"), "Elke",
      """Dag {pseudonym},

Het is stoer dat je je zo openstelt naar je vriendin en nu naar ons. Je ouders streng, dat maakt het natuurlijk spannender.

Wat je ook kiest, je bent niets verplicht. Het is jouw verhaal, en jij kiest wanneer en aan wie je het vertelt.

Ik ben benieuwd hoe het verder gaat.

Groetjes,
[[Elke]]""",
      F_NL_MEISJES,
      sig="""[[Elke Bogaert]]
Leerlingbegeleiding
[[GO! atheneum Zottegem]]
[[Bevegemsevijvers 1, 9620 Zottegem]]""",
      logo=("GO! atheneum Zottegem", "inline"),
      identity=["atheneum-zottegem.example"]),

    V("iphone-initials-retiree", "iphone", "nl",
      ["retiree", "private-account", "initials", "client-line", "short", "quoted-history",
       "top-posted"],
      ("Rik Verstraete", "rik.verstraete@telenet.example"), "Rik",
      """Beste {pseudonym},
Een breuk na 2 jaar is zwaar, ook als je jong bent. Geef het tijd, ween zoveel als nodig en zoek mensen op die je graag ziet. Het wordt lichter, echt.
Groeten,
[[RV]]""",
      F_NL_LIEF),

    V("caw-own-name-first-line", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "own-name-in-text", "phone-in-sig", "quoted-history",
       "top-posted"],
      ("Tine Raes", "tine.raes@cawbrabant.example"), "Tine",
      """Ik ben [[Tine]], een van de vrijwilligers van Lumi, en ik heb je mail gelezen.

Wat je vertelt over de leiding op kamp is lastig. Je vertrouwde iemand iets persoonlijks toe en nu voelt het alsof het tussen jullie veranderd is.

Misschien helpt het om het eerst bij jezelf na te gaan: wat zou je willen dat die persoon doet of zegt? Als je dat weet, is het makkelijker om het gesprek te beginnen.

Als het kamp er echt onder lijdt, is je hoofdleiding de juiste persoon.

Tot snel,
[[Tine]]""",
      F_NL_KAMP,
      sig="""[[Tine Raes]] | Begeleider jongerenonthaal
[[CAW Brabant]] – [[JAC Leuven]]
[[Vismarkt 17, 3000 Leuven]] | [[016 23 10 45]]
Dit bericht en eventuele bijlagen zijn vertrouwelijk. Als je dit per vergissing ontving, laat het ons dan weten.""",
      identity=["cawbrabant.example"]),

    V("company-outlook-android", "outlook_android", "nl",
      ["work-account", "client-line", "short", "quoted-history", "top-posted",
       "greets-pseudonym", "helpline-numbers"],
      ("Mohamed Ouali", "m.ouali@vandelanotte-logistics.example"), "Mo",
      """Hey {pseudonym}, ik lees je mail net. Het is oké om alles veel te vinden. Als het ooit te zwaar wordt: Tele-Onthaal 106 is dag en nacht bereikbaar. Schrijf ons gerust terug, ook als je niet goed weet wat je wil zeggen.
[[Mo]]""",
      F_NL_LEEG,
      identity=["vandelanotte-logistics.example"]),

    V("retiree-windows-mail", "windows_mail", "nl",
      ["retiree", "private-account", "client-line", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Ria Van Gorp", "ria.vangorp@telenet.example"), "Ria",
      """Dag {pseudonym},

Wat een fijn nieuws van je zus! Dat maakt me blij.

Voor je mama: ik ben zelf mama van een zoon die het mij op zijn 16de vertelde. Ik was geschrokken, maar vooral omdat ik bang was dat hij het moeilijk zou hebben, niet omdat ik hem minder graag zag. Het heeft een paar weken geduurd voor ik de juiste woorden vond. Geef je mama ook die tijd.

Groetjes,
[[Ria]]""",
      F_NL_ZUS),

    V("student-gmail-android-one-liner", "gmail_android", "nl",
      ["student", "private-account", "very-short", "one-liner", "no-punctuation", "emoji",
       "quoted-history", "top-posted", "name-sign-off"],
      ("Jens Claes", "jensclaes2004@gmail.example"), "Jens",
      """ik ben [[jens]] en ik lees je mail morgen nog eens rustig en dan antwoord ik uitgebreid, hou vol 💪""",
      F_NL_PESTEN),

    V("municipality-new-outlook-banner", "v4vol_new_outlook", "nl",
      ["work-signature", "banner", "phone-in-sig", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Evi Lemmens", "evi.lemmens@stadgenk.example"), "Evi",
      """Dag {pseudonym},

Dank je om te schrijven. Het is ok om niet te weten waarom je schrijft. Soms is het al genoeg dat iemand het leest.

Als je wil, vertel ons wat 'veel' is voor jou. Is er iets op school dat zwaar weegt? Of thuis? Je mag het zo kort of zo lang maken als je wil.

Warme groet,
[[Evi]]""",
      F_NL_LEEG,
      sig="""[[Evi Lemmens]]
Jeugdconsulent
[[Stad Genk]] – [[Jeugddienst]]
[[Stadsplein 1, 3600 Genk]]
[[089 65 44 70]]

📅 Onze diensten zijn gesloten op maandag 21 april (paasmaandag).
Maak een afspraak via [[www.genk.example/afspraak]]""",
      identity=["stadgenk.example"]),

    V("doctor-outlook-en-disclaimer", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "disclaimer-en", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Kristof Wauters", "kristof.wauters@zna-ziekenhuis.example"), "Kristof",
      """Dag {pseudonym},

Wat je voelt, is heel normaal, en het is goed dat je het onder woorden brengt.

Slecht slapen door piekeren is iets waar veel jongeren mee zitten. Als het langer dan een paar weken duurt, is het een goed idee om met je huisarts te praten. Dat is niet omdat er iets mis is met jou, maar omdat slaap zo belangrijk is voor hoe je je overdag voelt.

Over wie je bent: zekerheid komt vaak pas met de tijd. Niemand moet op zijn 15de of 16de alles weten.

Vriendelijke groet,
[[Kristof]]""",
      F_NL_SLAPEN,
      sig="""Dr. [[Kristof Wauters]]
Arts-specialist in opleiding kinderpsychiatrie
[[ZNA Middelheim]]

This e-mail and any attachment are strictly confidential and intended solely for the named addressee(s). Any unauthorised use, disclosure or distribution is prohibited. If you received this e-mail in error, please notify the sender immediately.""",
      identity=["zna-ziekenhuis.example"]),

    V("ipad-bottom-thema-own-line", "ipad", "nl",
      ["student", "private-account", "client-line", "bottom-posted", "thema-line",
       "quoted-history", "greets-pseudonym"],
      ("Silke Dhondt", "silke.dhondt@icloud.example"), "Silke",
      """Hoi {pseudonym}!

Wauw, wat een stap dat je het al aan je zus verteld hebt. Dat ze zo lief reageerde, is echt goud waard.

Voor je mama: misschien kan je zus je helpen? Zij kent jullie mama ook en weet misschien wat een goed moment is.

Zet 'm op, je kan dit!
[[Silke]]

<<#thema: coming-out>>""",
      F_NL_ZUS,
      quote_pos="above"),

    V("airmail-ps-under-name", "v4vol_airmail", "nl",
      ["private-account", "client-line", "ps-after-name", "quoted-history", "top-posted",
       "greets-pseudonym", "helpline-numbers"],
      ("Koen Schepers", "koen@schepers-fotografie.example"), "Koen",
      """Dag {pseudonym},

Wat je papa gedaan heeft, was niet ok. Maar ik denk dat hij vooral geschrokken is en niet goed wist wat te doen.

Het is niet 'een fase'. Of als het dat wel is, dan is het nog steeds echt en belangrijk.

Kan je met een ander familielid praten, iemand die tussen jou en je ouders kan staan? Soms helpt een tante of oom daar wonderwel bij.

Groetjes,
[[Koen]]

PS: Awel (102) is ook elke dag bereikbaar als je eens wil praten in plaats van schrijven.""",
      F_NL_GSM,
      identity=["schepers-fotografie.example"]),

    V("outlook-inline-initials", "outlook_desktop", "nl",
      ["work-signature", "inline-answer", "initials", "quoted-history", "greets-pseudonym"],
      ("Ellen Goris", "ellen.goris@vzw-kompas.example"), "Ellen",
      """Dag {pseudonym},

Ik heb mijn antwoorden tussen je tekst gezet, met mijn initialen ervoor.

<<Van: Lumi hulplijn <{alias}>
Verzonden: dinsdag 4 maart 2025 14:02
Onderwerp: [{pseudonym}]

Ik ben 16 en sinds vorig jaar voel ik dat ik geen meisje ben.>>
[[EG]]: Dank je om dat met ons te delen. Dat is een grote stap.

<<Ik heb een andere naam gekozen maar thuis gebruikt niemand die.>>
[[EG]]: Dat doet pijn, en het is normaal dat je daar verdrietig of boos om bent.

<<Op school wel een paar vrienden.>>
[[EG]]: Wat fijn! Die vrienden zijn een veilige plek, koester ze.

<<Is het normaal dat ik zo twijfel over alles?>>
[[EG]]: Ja. Heel normaal. Twijfel hoort erbij, bij iedereen.

Groetjes,
[[Ellen]]""",
      "",
      quote_style="none",
      sig="""[[Ellen Goris]]
Jeugdwerker – [[vzw Kompas]]
[[Dorpsstraat 41, 3590 Diepenbeek]]""",
      identity=["vzw-kompas.example"]),

    V("gmail-thema-top-vcard", "gmail_web", "nl",
      ["private-account", "vcard", "thema-line", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Maarten Van Roy", "maarten.vanroy@gmail.example"), "Maarten",
      """<<#thema: pesten, welzijn>>

Hallo {pseudonym},

Wat vervelend dat je dat moet meemaken, en al zo lang. Ik snap dat je niet meer naar school wil.

Wat ik zou doen: zoek één volwassene op school die je vertrouwt. Dat kan een leerkracht zijn, de leerlingbegeleider, of iemand van het CLB. Laat de screenshots zien.

Je mag ook je ouders inlichten; je hoeft niet alles te vertellen, alleen dat je gepest wordt.

Sterkte!
[[Maarten]]""",
      F_NL_PESTEN,
      vcard="""BEGIN:VCARD
VERSION:3.0
FN:[[Maarten Van Roy]]
N:[[Van Roy]];[[Maarten]];;;
EMAIL;TYPE=INTERNET:[[maarten.vanroy@gmail.example]]
TEL;TYPE=CELL:[[0494 77 12 58]]
END:VCARD"""),

    V("outlook-ipad-short", "v4vol_outlook_ipad", "nl",
      ["private-account", "client-line", "short", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Laura Smolders", "laura.smolders@outlook.example"), "Laura",
      """Dag {pseudonym},

Helemaal normaal, en je bent zeker niet de enige. Je hoeft het niemand te vertellen tot jij er klaar voor bent. Als je vragen hebt, hoe klein ook, schrijf ze hier.

Groetjes
[[Laura]]""",
      F_NL_SCHOON),

    # ------------------------------------------------------------ French
    V("cpas-outlook-disclaimer-fr", "outlook_desktop", "fr",
      ["work-signature", "disclaimer", "disclaimer-fr", "phone-in-sig", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Aurélie Dubois", "aurelie.dubois@cpas-schaerbeek.example"), "Aurélie",
      """Bonjour {pseudonym},

Merci de nous avoir écrit. Ce que tu vis avec ta mère doit être très dur : on a besoin de ses parents surtout dans ces moments-là, et le silence fait parfois plus mal que des mots.

Souvent, les parents réagissent d'abord par la peur. Peur pour toi, peur du regard des autres, peur de ne pas comprendre. Ça ne veut pas dire qu'elle ne t'aime plus.

Est-ce qu'il y a une autre personne adulte à qui tu pourrais en parler ? Une tante, un prof, le PMS de ton école ?

Tu n'es pas seule. Réécris-nous quand tu veux.

Bien à toi,
[[Aurélie]]""",
      F_FR_BI,
      sig="""[[Aurélie Dubois]]
Assistante sociale – Service Jeunesse
[[CPAS de Schaerbeek]]
[[Rue de la Consolation 52, 1030 Schaerbeek]]
Tél. : [[02 240 31 74]]

Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.""",
      identity=["cpas-schaerbeek.example"]),

    V("student-gmail-android-fr", "gmail_android", "fr",
      ["student", "private-account", "short", "quoted-history", "top-posted", "emoji",
       "name-sign-off"],
      ("Julien Lambert", "julien.lambert02@gmail.example"), "Julien",
      """Salut {pseudonym} !

Merci d'avoir écrit, c'est déjà super courageux. T'as le droit de prendre ton temps, personne n'a besoin de savoir avant que tu sois prêt·e.

Si tu veux en parler à quelqu'un en vrai, y a des groupes de jeunes trans à Bruxelles et en Wallonie, on peut te donner des infos 🙂

[[Ju]]""",
      F_FR_TRANS),

    V("retiree-voo-webmail", "v4vol_voo_webmail", "fr",
      ["retiree", "private-account", "long", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Mathilde Renard", "mathilde.renard@voo.example"), "Mathilde",
      """Chère {pseudonym},

Je suis une vieille dame de 68 ans, et je voulais d'abord te dire que ton message m'a beaucoup touchée.

Ce qui se passe avec ta maman est douloureux. Je crois pourtant qu'elle a surtout besoin de temps. Quand on est parent, on imagine l'avenir de son enfant d'une certaine façon, et quand cette image change, il faut un moment pour la refaire. Ce n'est pas toi qui dois changer, c'est l'image.

Peut-être pourrais-tu lui écrire une lettre ? Parfois c'est plus facile que de parler en face, et elle pourra la relire quand elle sera prête.

En attendant, prends soin de toi. Vois tes amies, fais des choses qui te font du bien. Et si un jour tu te sens vraiment trop seule, tu peux appeler Écoute-Enfants au 103, c'est gratuit.

Je t'embrasse,
[[Mathilde]]""",
      F_FR_BI),

    V("athenee-o365-fr", "v4vol_school_o365", "fr",
      ["work-signature", "disclaimer-fr", "disclaimer", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Nadia Benali", "n.benali@ar-uccle.example"), "Nadia",
      """Bonjour {pseudonym},

Je suis contente que ton amie t'accepte comme tu es. C'est une vraie force.

Pour ce qui se passe en classe : ce n'est pas normal et ce n'est pas à toi de le supporter. Tu as le droit d'en parler à un·e éducateur·rice, au centre PMS ou à la direction. Si tu as peur que ce soit pire après, tu peux demander que ça reste discret.

Tu peux aussi noter ce qui se passe (date, ce qui a été dit, qui était là). Ça aide les adultes à agir.

Bon courage, et n'hésite pas à nous réécrire.
[[Nadia]]""",
      F_FR_CLASSE,
      sig="""[[Nadia Benali]]
Éducatrice – [[Athénée Royal d'Uccle 1]]
[[Avenue Coghen 213, 1180 Uccle]]

Ce message est destiné uniquement à la personne à qui il est adressé et peut contenir des informations confidentielles.""",
      identity=["ar-uccle.example"]),

    V("clinique-logo-attachment-fr", "outlook_desktop", "fr",
      ["work-signature", "logo", "logo-attachment", "disclaimer", "disclaimer-fr",
       "phone-in-sig", "quoted-history", "top-posted", "greets-pseudonym"],
      ("Thomas Lejeune", "thomas.lejeune@clinique-saint-luc-bouge.example"), "Thomas",
      """Bonjour {pseudonym},

Ta question est légitime et elle montre à quel point tu tiens au foot. Tu n'as pas à choisir entre être toi et faire ce que tu aimes.

Les blagues du vestiaire, c'est malheureusement fréquent. Ça ne veut pas forcément dire que tes coéquipiers te rejetteraient, mais c'est pesant, je comprends.

Quelques pistes :
- y a-t-il un entraîneur ou un membre du club en qui tu as confiance ?
- certains clubs ont un référent « fair-play » ou « inclusion »
- il existe aussi des clubs de foot ouvertement inclusifs à Bruxelles, si un jour tu veux changer d'air

Tiens-nous au courant !
[[Thomas]]""",
      F_FR_FOOT,
      sig="""[[Thomas Lejeune]]
Psychologue – Unité adolescents
[[Clinique Saint-Luc Bouge]]
[[Rue Saint-Luc 8, 5004 Bouge]]
Tél. [[081 20 91 62]]

AVERTISSEMENT : ce message et ses pièces jointes sont strictement confidentiels. Toute diffusion non autorisée est interdite.""",
      logo=("Clinique Saint-Luc Bouge", "attachment"),
      identity=["clinique-saint-luc-bouge.example"]),

    V("amo-iphone-fr", "iphone", "fr",
      ["work-account", "client-line", "short", "quoted-history", "top-posted",
       "greets-pseudonym", "name-sign-off"],
      ("Céline Gérard", "celine.gerard@amo-ladiagonale.example"), "Céline",
      """Coucou {pseudonym},

Je te réponds vite depuis mon téléphone. Ce que tu ressens est valable, et tu as le droit d'avoir peur. Personne ne devrait être mis dehors pour qui il est.

Si un jour ça se passe mal à la maison, sache que tu peux contacter une AMO (aide en milieu ouvert) près de chez toi, c'est gratuit et anonyme.

Je t'écris plus longuement ce soir.
[[Céline]]""",
      F_FR_TRANS,
      identity=["amo-ladiagonale.example"]),

    V("bank-owa-disclaimer-fr-nl-en", "outlook_web", "fr",
      ["work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Olivier Masson", "olivier.masson@banque-orion.example"), "Olivier",
      """Bonjour {pseudonym},

Tu n'as pas à arrêter le foot. Vraiment. Tu as le droit d'aimer ton sport et d'être qui tu es.

Je sais que c'est facile à dire. Les blagues dans le vestiaire font mal même quand elles ne te visent pas directement. Est-ce qu'il y a un coéquipier avec qui tu t'entends bien ? Parfois, avoir un allié change tout.

Écris-nous si tu veux qu'on réfléchisse ensemble à une façon d'en parler au coach.

Cordialement,
[[Olivier]]""",
      F_FR_FOOT,
      sig="""[[Olivier Masson]]
Analyste crédit
[[Banque Orion SA]]
[[Boulevard du Roi Albert II 31, 1030 Bruxelles]]
T [[+32 2 228 47 90]]

Ce message est confidentiel. / Dit bericht is vertrouwelijk. / This message is confidential.
[[Banque Orion SA]] – RPM Bruxelles – TVA [[BE 0462.920.226]]""",
      identity=["banque-orion.example"]),

    V("nickname-sign-fr-gmail", "gmail_web", "fr",
      ["private-account", "nickname-sign", "quoted-history", "top-posted", "emoji",
       "greets-pseudonym"],
      ("Émilie Fontaine", "emilie.fontaine@gmail.example"), "Mimi",
      """Hello {pseudonym} !

Ça fait plaisir de te relire, et trop bien pour ton amie 🥰

Pour l'école : tu n'as pas à supporter ça tous les jours. Est-ce que tu pourrais en parler à un prof en qui tu as confiance, ou au centre PMS ? Ils sont là pour ça.

Gros bisous,
[[Mimi]]""",
      F_FR_CLASSE),

    V("police-blackberry-fr", "blackberry", "fr",
      ["work-signature", "client-line", "disclaimer", "disclaimer-fr", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Sébastien Collard", "sebastien.collard@zp-namur.example"), "Seb",
      """Bonsoir {pseudonym},

Ce que font les garçons de ta classe, c'est du harcèlement, et ce n'est pas acceptable. Tu n'as rien fait pour mériter ça.

Je te conseille de garder une trace de ce qu'ils disent et de le signaler à l'école. Si ça se passe aussi en ligne, fais des captures d'écran.

Courage,
[[Seb]]""",
      F_FR_CLASSE,
      sig="""Inspecteur principal [[Sébastien Collard]]
[[Zone de police Namur Capitale]] – Service Jeunesse
Tél. [[081 24 66 31]]

Ce message peut contenir des informations confidentielles. Si vous n'êtes pas le destinataire, merci de le supprimer.""",
      identity=["zp-namur.example"]),

    V("student-samsung-fr-thema", "samsung", "fr",
      ["student", "private-account", "client-line", "thema-line", "emoji", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Aïcha Diallo", "aicha.diallo@hotmail.example"), "Aïcha",
      """Coucou {pseudonym} 💜

Déjà bravo d'avoir osé écrire. J'ai eu peur moi aussi à ton âge, et je peux te dire que ça va mieux avec le temps.

Tu n'es pas obligé·e d'en parler à tes parents maintenant. Prends le temps de trouver des personnes de confiance autour de toi.

Bisous et force à toi <<#thema: genderidentiteit>>
[[Aïcha]]""",
      F_FR_TRANS),

    V("university-thunderbird-fr-sig-dash", "thunderbird", "fr",
      ["work-signature", "sig-dash", "bottom-posted", "quoted-history", "greets-pseudonym",
       "phone-in-sig"],
      ("Christophe Lemaire", "christophe.lemaire@uclouvain.example"), "Christophe",
      """Bonjour {pseudonym},

Merci pour ton message. Beaucoup de sportifs vivent exactement la même chose que toi, y compris au haut niveau. Certains ont fait leur coming out bien plus tard, d'autres jamais, et c'est leur choix.

Tu n'as pas à arrêter ce que tu aimes. Si les blagues te pèsent trop, il est possible d'en parler à ton entraîneur sans parler de toi : juste dire que ces blagues ne sont pas ok.

Bonne soirée,
[[Christophe]]""",
      F_FR_FOOT,
      quote_pos="above", sig_dash=True,
      sig="""[[Christophe Lemaire]]
Chargé de recherche FNRS
[[Institut de recherche en sciences psychologiques (IPSY)]]
[[UCLouvain]] – [[Place Cardinal Mercier 10, 1348 Louvain-la-Neuve]]
[[+32 (0)10 47 38 15]]""",
      identity=["uclouvain.example"]),

    V("gmail-inline-fr", "gmail_web", "fr",
      ["private-account", "inline-answer", "quoted-history", "greets-pseudonym",
       "name-sign-off"],
      ("Manon Leclercq", "manon.leclercq@gmail.example"), "Manon",
      """Coucou {pseudonym}, je te réponds entre tes lignes :)

<<Le mar. 4 mars 2025 à 14:02, Lumi hulplijn <{alias}> a écrit :
> Bonjour, j'ai 15 ans et je pense que je suis bi.>>

C'est super que tu puisses mettre un mot dessus. Et tu as le droit de changer d'avis plus tard, ce n'est pas grave.

<<> Ma mère a vu un message sur mon téléphone et depuis elle ne me parle presque plus.>>

Ça doit être tellement difficile. Le silence, c'est parfois sa façon à elle de digérer. Ça ne veut pas dire que c'est fini.

<<> Je me sens super seule.>>

Tu n'es pas seule, on est là. Et tu peux nous écrire aussi souvent que tu veux.

[[Manon]]""",
      "", quote_style="none"),

    V("commune-vcard-bilingual", "outlook_desktop", "fr",
      ["work-signature", "vcard", "disclaimer", "disclaimer-fr", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Pascale Hendrickx", "phendrickx@ixelles.example"), "Pascale",
      """Bonjour {pseudonym},

Merci d'avoir pris le temps de nous écrire. Il y a plusieurs choses importantes dans ton message : tu as 14 ans, tu crois être trans, personne ne le sait et tu as peur.

Tout ça, c'est beaucoup à porter seul·e. Nous sommes là pour t'écouter, sans jugement.

Ta sécurité passe en premier. Si un jour tu avais l'impression de ne plus pouvoir rester chez toi, il existe des services pour les jeunes à Bruxelles qui peuvent t'aider.

À bientôt,
[[Pascale]]""",
      F_FR_TRANS,
      sig="""[[Pascale Hendrickx]]
Coordinatrice Jeunesse / Coördinator Jeugd
[[Commune d'Ixelles]] / [[Gemeente Elsene]]
[[Chaussée d'Ixelles 168, 1050 Ixelles]]
[[02 515 64 09]]

Ce message est confidentiel. / Dit bericht is vertrouwelijk.""",
      vcard="""BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=fr-be:[[Hendrickx]];[[Pascale]]
FN:[[Pascale Hendrickx]]
ORG:[[Commune d'Ixelles]];Service Jeunesse
TITLE:Coordinatrice Jeunesse
TEL;WORK;VOICE:[[02 515 64 09]]
ADR;WORK;PREF:;;[[Chaussée d'Ixelles 168]];[[Ixelles]];;[[1050]];Belgique
EMAIL;PREF;INTERNET:[[phendrickx@ixelles.example]]
END:VCARD""",
      identity=["ixelles.example"]),

    V("retiree-no-display-name-fr", "v4vol_thunderbird_html", "fr",
      ["retiree", "private-account", "no-display-name", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("", "didier.mathieu1952@skynet.example"), "Didier",
      """Bonjour {pseudonym},

Je suis bénévole chez Lumi depuis ma retraite, et des messages comme le tien, j'en ai lu beaucoup. Ce que tu vis à l'école n'est pas de ta faute.

Je suis content que ton amie soit à tes côtés. Garde-la près de toi.

Et parle de ce qui se passe en classe à un adulte de l'école. Tu mérites d'y aller sans avoir peur.

Amitiés,
[[Didier Mathieu]]""",
      F_FR_CLASSE,
      from_style="bare"),

    # ------------------------------------------------------------ English
    V("intl-school-owa-en", "outlook_web", "en",
      ["work-signature", "disclaimer", "disclaimer-en", "phone-in-sig", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Rebecca Hughes", "rhughes@bsb-waterloo.example"), "Becky",
      """Hi {pseudonym},

Of course it's okay to write in English! Thank you for reaching out.

Moving to a new country is hard on its own, and figuring out who you are at the same time is a lot. It makes complete sense that you feel alone right now. Please know there is nothing wrong with being gay, and nothing wrong with you.

There are youth groups in Brussels, Antwerp and Ghent where English is spoken too; we can send you a few if you'd like. And you can keep writing to us as often as you want.

Take care,
[[Becky]]""",
      F_EN_MOVED,
      sig="""[[Rebecca Hughes]]
Secondary School Counsellor
[[British School of Brussels-Waterloo]]
[[Chaussée de Tervuren 155, 1410 Waterloo]]
T: [[+32 2 357 08 42]]

The information in this email is confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it from your system.""",
      identity=["bsb-waterloo.example"]),

    V("researcher-outlook-en", "outlook_desktop", "en",
      ["work-signature", "disclaimer", "disclaimer-en", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Daniel O'Connor", "daniel.oconnor@kuleuven.example"), "Dan",
      """Dear {pseudonym},

That's a really common tension, and it says a lot that you're both thinking about it so carefully.

There's no rule that says you have to come out at the same time. Each of you knows your own family best. Maybe you could talk about what each of you needs: she might need to stop hiding, you might need more time. Both are fair.

Some couples agree on a "no outing" promise: she can tell her family about herself without naming you until you're ready. Would that work for you two?

Best wishes,
[[Dan]]""",
      F_EN_GIRLFRIEND,
      sig="""[[Daniel O'Connor]], PhD
Postdoctoral Researcher | [[Faculty of Psychology and Educational Sciences]]
[[KU Leuven]] | [[Tiensestraat 102, box 3713, 3000 Leuven]]

Disclaimer: this e-mail is intended only for the addressee. See [[www.kuleuven.example/disclaimer]]""",
      identity=["kuleuven.example"]),

    V("pharma-outlook-ios-en", "outlook_mobile", "en",
      ["work-signature", "client-line", "quoted-history", "top-posted", "helpline-numbers",
       "greets-pseudonym"],
      ("Priya Raman", "priya.raman@helix-pharma.example"), "Priya",
      """Hi {pseudonym},

I'm really glad you wrote, even without knowing exactly why. Sometimes just saying "everything feels heavy" out loud is the first step.

You don't have to have a reason, and you don't have to be in danger for your feelings to count. If it ever does get too much, you can call Tele-Onthaal on 106 any time (they'll speak English if you ask).

Would you like to tell us a bit more about what's going on at school or at home?

Warmly,
[[Priya]]""",
      F_EN_HEAVY,
      sig="""[[Priya Raman]]
Clinical Data Manager
[[Helix Pharma Belgium]] | [[Mechelen]]""",
      identity=["helix-pharma.example"]),

    V("student-gmail-bottom-en", "gmail_web", "en",
      ["student", "private-account", "bottom-posted", "quoted-history", "short-form-name",
       "greets-pseudonym"],
      ("Lukas Becker", "lukas.becker.be@gmail.example"), "Luke",
      """Hey {pseudonym},

I moved to Leuven from Germany when I was 17, so I know a bit how that feels. Not speaking the language makes everything twice as lonely.

Being gay is completely okay, and you're definitely not the only one in your situation. Writing in English here is totally fine.

If you'd like, we can point you to some groups where people speak English. Meeting even one person who gets it can make a huge difference.

Cheers,
[[Luke]]""",
      F_EN_MOVED,
      quote_pos="above"),

    V("ngo-apple-logo-inline-en", "apple_mail", "en",
      ["work-signature", "logo", "quoted-history", "top-posted", "greets-pseudonym",
       "pronouns"],
      ("Aoife Murphy", "aoife@rainbowbridge-ngo.example"), "Aoife",
      """Hi {pseudonym},

I'm sorry your parents still use your old name. That hurts, especially when you've asked them kindly.

It's great that your teacher uses your name. That shows it's possible, and it might even help to ask your teacher or the school counsellor to talk with your parents.

Some parents need time and information. There are booklets and short videos made for parents of trans kids; sometimes it's easier for them to hear it from someone else than from their own child.

Hang in there,
[[Aoife]]""",
      F_EN_NAME,
      sig="""[[Aoife Murphy]] ([[she/her]])
Youth Programme Lead
[[Rainbow Bridge Europe]]
[[Rue du Marché aux Herbes 61, 1000 Brussels]]
[[rainbowbridge-ngo.example]]""",
      logo=("Rainbow Bridge Europe", "inline"),
      identity=["rainbowbridge-ngo.example"]),

    V("iphone-short-en", "iphone", "en",
      ["private-account", "client-line", "short", "quoted-history", "top-posted"],
      ("Marco Rossi", "marco.rossi@icloud.example"), "Marco",
      """Hi {pseudonym}, thank you for writing. It's okay to feel like this and it's okay to just say it. We're here whenever you want to write more. Be gentle with yourself today.
[[M]]""",
      F_EN_HEAVY),

    V("inline-answer-en", "gmail_web", "en",
      ["private-account", "inline-answer", "quoted-history", "greets-pseudonym",
       "name-sign-off"],
      ("Hannah Klein", "hannah.klein@posteo.example"), "Hannah",
      """Hi {pseudonym}, answering inline below.

<<On Tue, 4 Mar 2025 at 14:02, Lumi hulplijn <{alias}> wrote:
> My parents still use my old name, even when I asked them nicely.>>

That's really painful. Asking nicely took courage, and you deserve to be heard.

<<> My teacher uses the new one though.>>

That's great! It shows that adults can get it right.

<<> Is there any way to make them understand?>>

Not "make", maybe, but help: give them something to read, or ask another adult they trust to talk with them. And keep being you.

[[Hannah]] x""",
      "", quote_style="none"),

    V("retiree-proton-initials-en", "proton", "en",
      ["retiree", "private-account", "client-line", "initials", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("James Whitfield", "j.whitfield@proton.example"), "James",
      """Dear {pseudonym},

I'm seventy-three and I came out to my own family in 1979, so forgive an old man for sharing a thought.

Being scared is reasonable. It's also reasonable that she wants to stop hiding. Neither of you is wrong. What matters is that you keep talking to each other, kindly, and don't let your families' opinions become a weapon between you.

You can be a couple without your families' blessing for a while. It's harder, but love has survived worse.

With warm regards,
[[J.W.]]""",
      F_EN_GIRLFRIEND),

    V("gmail-ios-second-phone-en", "gmail_ios", "en",
      ["private-account", "phone-in-text", "second-address", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Zeynep Kaya", "zeynep.kaya@gmail.example"), "Zeynep",
      """Hi {pseudonym}!

Writing in English is absolutely fine. I'm originally from Istanbul and I also arrived in Belgium without speaking Dutch, so I understand a little.

You are not alone, even if it feels that way. If you ever want to talk in person, I volunteer at an English-speaking youth evening in Brussels on Thursdays. You can text me on [[+32 471 09 88 53]] or write to my other address, [[zeynep.k@outlook.example]], and I'll tell you more.

Take care,
[[Zeynep]]""",
      F_EN_MOVED),

    V("bank-new-outlook-banner-en", "v4vol_new_outlook", "en",
      ["work-signature", "banner", "disclaimer", "disclaimer-en", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Tariq Hussain", "tariq.hussain@nordbank.example"), "Tariq",
      """Hi {pseudonym},

Thanks for reaching out. You don't need a reason to write. Feeling heavy, with school and home and everything, is enough of a reason.

It might help to pick one small thing that feels slightly lighter each day. A walk, a song, a chat with a friend. Small things add up.

We're here whenever you want to write again.

Best,
[[Tariq]]""",
      "CAUTION: This email originated from outside Nordbank Europe. Do not click links or open attachments unless you recognise the sender.\n\n" + F_EN_HEAVY,
      sig="""[[Tariq Hussain]]
Risk Analyst, [[Nordbank Europe SA]]
[[Avenue Louise 326, 1050 Brussels]]
M [[+32 478 66 20 14]]

This message is confidential and may be legally privileged. If you are not the intended recipient, please delete it. [[Nordbank Europe SA]] accepts no liability for errors or omissions.""",
      identity=["nordbank.example", "Nordbank Europe"]),

    V("html-only-sig-en", "gmail_web", "en",
      ["private-account", "html-only", "quoted-history", "top-posted", "greets-pseudonym"],
      ("Olga Nowak", "olga.nowak@gmail.example"), "Olga",
      """Hi {pseudonym},

So many people go through this. There's no perfect moment, and you don't have to decide today. Maybe start by asking her what telling her family would mean to her, and tell her what scares you. Understanding each other's reasons can make it feel less like a fight.

Good luck to you both,""",
      F_EN_GIRLFRIEND,
      html="only",
      sig="""[[Olga Nowak]]
Volunteer, Lumi
[[Kraków]] → [[Antwerp]]"""),

    # ------------------------------------------------------------ Dutch and Flemish, more shapes
    V("capitals-dot-joined-sig-crlf", "outlook_desktop", "nl",
      ["work-signature", "sig-one-line", "capitals-name", "phone-in-sig", "crlf",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("De Ridder Goedele", "goedele.deridder@huisvanhetkind-aalst.example"), "Goedele",
      """Dag {pseudonym},

Wat een fijne mail om te lezen! Je zus heeft het prachtig gedaan, en jij ook, want jij hebt de moed gehad om het te zeggen.

Je mama vertellen mag in je eigen tempo. Misschien kan je vooraf met je zus afspreken dat ze in de buurt is, of dat je na het gesprek bij haar terecht kan.

Groetjes en veel moed,""",
      F_NL_ZUS,
      crlf=True,
      sig="""[[GOEDELE DE RIDDER]]
Gezinsondersteuner · [[Huis van het Kind Aalst]] · [[Graanmarkt 3, 9300 Aalst]] · [[053 73 23 90]]""",
      identity=["huisvanhetkind-aalst.example"]),

    V("student-name-in-greeting", "gmail_android", "nl",
      ["student", "private-account", "own-name-in-text", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Oksana Kovalenko", "oksana.kovalenko@gmail.example"), "Oksana",
      """Hoi {pseudonym}, [[Oksana]] hier!

Ik studeer verpleegkunde en doe dit vrijwilligerswerk naast mijn stage. Ik wou je gewoon laten weten dat het echt normaal is om je zo te voelen na een breuk. Huilen is geen zwakte, het is je lijf dat verdriet verwerkt.

Probeer goed te eten en te slapen, ook al heb je er geen zin in. En praat met je vrienden, ook als je denkt dat je hen verveelt.

Liefs!""",
      F_NL_LIEF,
      from_style="ew"),

    V("youth-house-samsung-instagram", "samsung", "nl",
      ["work-signature", "client-line", "social-handle", "quoted-history", "top-posted",
       "greets-pseudonym", "tussentaal"],
      ("Bilal Amrani", "bilal@jhdeloods.example"), "Bilal",
      """Yo {pseudonym}

Eerst en vooral: respect da ge dit durft te schrijven. Ik werk in een jeugdhuis en ik zie elke week gasten die met dezelfde vraag zitten, ook al zeggen ze het nie luidop.

Da is normaal. Ge zijt normaal. Ge moet het aan niemand vertellen tot ge er zelf klaar voor zijt.

Als ge ooit wilt praten met iemand in't echt, laat iets weten en ik zoek iets in uw buurt.""",
      F_NL_SCHOON,
      sig="""[[Bilal Amrani]]
Jeugdwerker [[JH De Loods]]
Insta: [[@jhdeloods]]
Plan een babbel: [[calendly.example/bilal-jhdeloods]]""",
      identity=["jhdeloods.example"]),

    V("encoded-name-iso-charset", "webmail", "nl",
      ["private-account", "encoded-display-name", "legacy-charset", "thema-line",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Frédérique Vanhove", "frederique.vanhove@pandora.example"), "Frédérique",
      """Dag {pseudonym},

Wat je zegt over je oma vind ik heel mooi. Je wil eerlijk zijn zonder haar pijn te doen: dat is een teken van respect.

Misschien kan je beginnen met te vertellen over je vriendin als persoon: wat jullie samen doen, waarom ze belangrijk is voor je. Dan leert je oma haar eerst kennen, en het woord 'vriendin' krijgt een gezicht.

Veel sterkte, en laat gerust weten hoe het gaat. <<#thema: familie, relaties>>

[[Frédérique]]""",
      F_NL_OMA,
      from_style="ew", charset="iso-8859-1"),

    V("pharmacist-disclaimer-above-name", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "disclaimer-above-name", "phone-in-sig",
       "quoted-history", "top-posted", "greets-pseudonym"],
      ("Nguyen Thi Lan", "thilan.nguyen@azsintvincentius.example"), "Lan",
      """Dag {pseudonym},

Dat je 's nachts ligt te piekeren, is heel vermoeiend. Ik wil je vooral zeggen dat het niet raar is. Veel mensen twijfelen aan zichzelf, ook de mensen die er op TikTok heel zeker uitzien.

Als het slapen niet beter wordt, kan je huisarts je helpen met tips of iemand om mee te praten. Dat is geen grote stap, echt niet.

Vriendelijke groeten,
[[Lan]]""",
      F_NL_SLAPEN,
      sig="""VERTROUWELIJK – Deze e-mail is uitsluitend bestemd voor de geadresseerde. Gelieve deze e-mail niet door te sturen zonder toestemming van de afzender.

[[Thi Lan Nguyen]]
Ziekenhuisapotheker
[[AZ Sint-Vincentius]] – [[Sint-Vincentiusstraat 20, 2018 Antwerpen]]
[[03 285 23 41]]""",
      identity=["azsintvincentius.example"]),

    V("name-and-team-on-one-line", "gmail_web", "nl",
      ["private-account", "name-in-sign-off-line", "quoted-history", "top-posted",
       "greets-pseudonym", "signature-looking-content"],
      ("Wannes Claessens", "wannes.claessens@gmail.example"), "Wannes",
      """Hey {pseudonym},

Wat je beschrijft, zeggen heel veel jongeren tegen ons. Je bent dus zeker niet alleen.

Schrijf gerust eens op wat het zwaarst weegt. Dat mag in één woord, of in één lange mail.

Tot snel
[[Wannes]], namens het Lumi-team""",
      F_NL_LEEG),

    V("comment-style-from-iphone", "iphone", "nl",
      ["private-account", "client-line", "comment-display-name", "short", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Joris Wyns", "joris.wyns@me.example"), "Joris",
      """Dag {pseudonym}, dank je om terug te schrijven en wat fijn van je zus! Neem je tijd voor je mama. Wij zijn er als je wil oefenen wat je zou zeggen.
[[Joris]]""",
      F_NL_ZUS,
      from_style="comment"),

    V("gmail-motto-instagram-sig", "gmail_web", "nl",
      ["private-account", "motto-in-sig", "social-handle", "quoted-history", "top-posted",
       "greets-pseudonym"],
      ("Nele Willems", "nele.willems@gmail.example"), "Nele",
      """Dag {pseudonym},

Wat jij vertelt, verdient aandacht. Pesten in de groepschat is niet 'maar online', het is echt en het doet echt pijn.

Weet je dat je op school ook anoniem iets kan melden? Veel scholen hebben een brievenbus of een mailadres daarvoor. Vraag ernaar, of laat een vriend het voor je vragen.

En thuis: zijn je ouders iemand bij wie je terecht kan? Je hoeft niet alles te vertellen.

Groetjes""",
      F_NL_PESTEN,
      sig="""[[Nele Willems]]
"Wees zacht voor jezelf, je doet het beter dan je denkt."
illustraties op Instagram: [[@nele.tekent]]"""),

    V("insurer-logo-banner-alt", "outlook_desktop", "nl",
      ["work-signature", "logo", "banner", "disclaimer", "phone-in-sig", "quoted-history",
       "top-posted", "greets-pseudonym"],
      ("Ilona Pauwels", "ilona.pauwels@zuiderlicht.example"), "Ilona",
      """Dag {pseudonym},

Je hoeft niets aan te kaarten als je daar niet klaar voor bent. Maar weet dat jij niets fout gedaan hebt door open te zijn.

Als de sfeer op kamp er zwaar onder lijdt, praat er dan over met de hoofdleiding. Dat is geen klikken, dat is zorg dragen voor jezelf en voor de groep.

Veel plezier op kamp!
[[Ilona]]""",
      F_NL_KAMP,
      sig="""[[Ilona Pauwels]]
Schadebeheerder Particulieren
[[Zuiderlicht Verzekeringen NV]] – [[Frankrijklei 115, 2000 Antwerpen]]
T [[03 202 81 66]]

Zuiderlicht wordt 100! Ontdek ons verhaal op [[zuiderlicht.example/100jaar]]
Deze e-mail en de bijlagen zijn vertrouwelijk. Indien u niet de geadresseerde bent, verwittig ons en verwijder dit bericht.""",
      logo=("Zuiderlicht Verzekeringen – Samen vooruit", "inline"),
      identity=["zuiderlicht.example", "Zuiderlicht"]),

    V("voice-to-text-line-as-content", "gmail_android", "nl",
      ["private-account", "voice-to-text", "no-punctuation", "client-line-like-content",
       "quoted-history", "top-posted"],
      ("Dirk Van Hoof", "dirk.vanhoof61@gmail.example"), "Dirk",
      """dag {pseudonym} ik spreek dit in want ik zit in de auto dus excuses voor de fouten

wat je papa gedaan heeft met je gsm dat is niet oké maar ik denk dat hij heel erg geschrokken is en dat hij niet goed weet hoe hij ermee moet omgaan

jij bent 15 en jij mag verliefd worden op wie je wil dat is geen fase dat is gewoon jou

probeer eens met iemand van het CLB te praten of met een tante of nonkel die je vertrouwt

groetjes [[Dirk]]""",
      F_NL_GSM),

    V("no-quote-history-deleted", "gmail_web", "nl",
      ["private-account", "no-quote", "greets-pseudonym", "name-sign-off"],
      ("Kato Lenaerts", "kato.lenaerts@gmail.example"), "Kato",
      """Dag {pseudonym},

Ik heb je vorige mail weggeknipt uit dit antwoord, zodat het wat overzichtelijker blijft.

Wat je schreef over je papa en je gsm blijft in mijn hoofd hangen. Ik hoop dat het thuis intussen wat rustiger is. Als je wil, vertel me hoe het de afgelopen dagen ging: mag je al terug buiten na school?

Groetjes,
[[Kato]]""",
      "", quote_style="none"),

    V("no-quote-fr-iphone", "iphone", "fr",
      ["private-account", "no-quote", "client-line", "short", "greets-pseudonym"],
      ("Lucie Vandenberghe", "lucie.vdb@icloud.example"), "Lucie",
      """Coucou {pseudonym},
Je repensais à ton message sur le foot. Tu n'as pas à choisir entre toi et ce que tu aimes. On en reparle quand tu veux.
[[Lucie]]""",
      "", quote_style="none"),
]

# First names of people named in marked spans who are not a sender's display name: their parts
# identify too (a colleague in a signature, a name signed under a mail without a display name).
EXTRA_FIRST_NAMES = frozenset({"Stijn", "Didier", "Evelien", "Thi", "Goedele"})
