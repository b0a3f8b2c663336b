# ruff: noqa: E501  (the bodies are written as people write: long lines are the point)
"""Hand-written bodies of part `seeker-nl` of the ninth held-out relay-text corpus.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span, <<...>> around spans
that are neither content nor identity. Everything else in a body is the writer's own words.
Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug="h9n-" + slug, direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)  # type: ignore[arg-type]


ANSWER_NL = """Hoi,

Fijn dat je ons schreef. Je mag hier alles vertellen, in je eigen tempo.
Wil je ons wat meer vertellen over hoe het thuis gaat?

Warme groet,
Lumi"""

ANSWER_NL2 = """Dag,

Dank je om terug te schrijven. Wat je vertelt is niet niks.
Je hoeft dit niet alleen te dragen. Wie zou je in de buurt kunnen helpen?

Lumi"""

ANSWER_FR = """Salut,

Merci pour ton message. Tu peux tout nous raconter ici, à ton rythme.

Lumi"""

ANSWER_EN = """Hi,

Thanks for writing to us. Take your time, we're here to listen.

Lumi"""

CASES: list[Case] = [
    S("da-stom-oneliner", "gmail_android", "nl",
      ["own-account", "one-liner", "no-punctuation", "no-identity-in-body", "dialect-antwerp",
       "coming-out"],
      ("Wout Verhaegen", "woutje.vh@mail.example"),
      "kan ik hier iets vragen over da ik op jongens val of is da stom",
      subject="vraag"),
    S("ngl-link", "iphone", "nl",
      ["own-account", "new-shape", "ngl-anonymous-paste", "paste", "bullying", "body-image",
       "own-name-in-text", "dialect-east-flemish", "no-punctuation"],
      ("Fien", "fien.vdb@icloud.example"),
      """hey
ik krijg al 2 weken anonieme berichten via mijn ngl link in mijn insta bio (ngl.link/[[fien.vdbroeck]])
ik kopieer er een paar

anoniem: niemand vindt u leuk in de klas
anoniem: waarom kom je nog naar school
anoniem: [[fientje]] de dikke 🐷

ik ben 13 en ik weet ni wie het is
ik durf het ni te zeggen tegen mijn mama want dan moet ik insta wegdoen""",
      subject="anonieme berichten"),
    S("sint-gedicht", "gmail_web", "nl",
      ["own-account", "new-shape", "sinterklaas-poem", "paste", "body-image", "family",
       "own-name-in-text", "dialect-flemish-brabant"],
      ("Marthe Lambrechts", "marthe.lambrechts2015@mail.example"),
      """Dag lumi

gisteren was het sinterklaas bij mijn oma en iedereen kreeg een gedicht. dit was het mijne:

Sint zag dat [[Marthe]] veel aan haar gsm zit
en bij het eten altijd snel weer opstaat en niet veel eet
de Sint vindt dat niet zo fijn
want een meisje van 11 mag best wat steviger zijn

iedereen moest lachen en mijn tante zei ja da's waar
ik eet wel maar ik wil niet dik worden en nu kijken ze allemaal naar mijn bord
is dat normaal dat ik daar zo van moet wenen?
groetjes
[[Marthe]] (11)""",
      subject="sinterklaas"),
    S("deepl-footer", "gmail_web", "nl",
      ["own-account", "new-shape", "deepl-translation-footer", "mixed-languages", "coming-out",
       "school", "no-identity-in-body"],
      ("Ella Moreau-Kint", "ella.mk@mail.example"),
      """Sorry my Dutch is not so good yet, I wrote it in English and put it in a translator.

Hallo, ik ben 14 en ik woon sinds de zomer in Leuven. Op mijn nieuwe school weet niemand dat ik twee mama's heb. Vandaag vroeg een jongen in de klas wat mijn vader doet en ik heb gelogen. Nu voel ik me slecht. Moet ik het vertellen?

<<Vertaald met DeepL.com (gratis versie)>>

Is it ok that I write in English next time?""",
      subject="question"),
    S("check-in-straat", "iphone", "nl",
      ["own-account", "new-shape", "apple-check-in-paste", "paste", "parents", "anxiety",
       "dialect-limburg", "own-name-in-text", "contact-in-text"],
      ("Lotte Vanhoyland", "lottevh@icloud.example"),
      """hoi
mijn mama wilt da ik elke keer check in aanzet op mijn iphone als ik naar huis fiets. kijk dit is wat zij dan krijgt:

Check In: [[Lotte]] is onderweg naar [[Hoogstraat 41]], verwachte aankomst 17:40. Je krijgt een melding als [[Lotte]] niet aankomt.

en als ik 5 min te laat ben belt ze al. ik ben 16. ik mag niks alleen. is da nog normaal of overdrijft ze
sorry als da een domme vraag is""",
      subject="mijn mama"),
    S("partiful-niemand", "gmail_ios", "nl",
      ["own-account", "new-shape", "party-invite-paste", "paste", "loneliness", "friends",
       "own-name-in-text", "dialect-east-flemish"],
      ("Yasmina Boukhari", "yasminab@mail.example"),
      """ik had een feestje gemaakt voor mijn 18de via zo een uitnodigingsapp, dit stond erop:

🎉 18 jaar!! 🎉
Georganiseerd door [[Yasmina B.]]
zaterdag 19 december · 20:00
'bring snacks & good vibes'
0 gaan · 2 misschien · 21 gezien

21 mensen hebben het gezien en niemand zegt dat ze komen. ik heb het net verwijderd.
ik weet niet waarom ik dit stuur eigenlijk. ik voel me gewoon heel alleen vanavond""",
      subject="18"),
    S("copilot-klinkt-niet", "outlook_web", "nl",
      ["school-account", "other-account", "new-shape", "copilot-draft-footer", "school",
       "anxiety", "signature-like-own-lines", "no-identity-in-body"],
      ("Vandenbussche Rens", "rens.vandenbussche@leerling.sintjozef.example"),
      """Geachte Lumi,

Ik wend mij tot u omdat ik de laatste tijd veel stress ervaar rond mijn examens. Ik slaap slecht en ik heb vaak hoofdpijn. Ik zou graag advies krijgen over hoe ik hiermee kan omgaan.

Met vriendelijke groeten

<<Opgesteld met Copilot. AI-gegenereerde inhoud kan onjuist zijn.>>

sorry da klinkt ni als mij. dit is het echt:
ik ben 15 en ik zit al 3 nachten te bleiten voor wiskunde
mijn pa zegt dat ik lui ben
ik ben ni lui ik snap het gewoon ni
een jongen uit het derde middelbaar""",
      subject="examens"),
    S("uitpas-kansentarief", "samsung", "nl",
      ["own-account", "new-shape", "uitpas-paste", "paste", "school", "loneliness",
       "own-name-in-text", "dialect-west-flemish"],
      ("Kobe De Wulf", "kobedewulf@mail.example"),
      """hallo
we hebben ni veel geld thuis, mama is alleen met ons 4
ik heb een uitpas met kansentarief voor de sportclub en het zwembad. gisteren moest ik hem laten zien aan de kassa en er stonden mannen van mijn klas achter mij. ze zagen het. op de kaart staat

UiTPAS [[Regio Kortrijk]]
[[Kobe De Wulf]]
kaartnr. [[0934 5521 8876 2]]
KANSENTARIEF

nu zeggen ze da ik een arme stakker ben en ze doen alsof ze mij geld geven. ik ben 12. ik wil ni meer naar de zwemles""",
      subject="uitpas"),
    S("tweedehands-binder", "v9snl_tb_android", "nl",
      ["own-account", "new-shape", "second-hand-ad-paste", "paste", "gender-identity",
       "parents", "own-name-in-text", "contact-in-text", "no-punctuation"],
      ("", "j.dierckx09@mail.example"),
      """ik verkoop mijn oude spullen zodat ik een binder kan kopen zonder dat mijn ouders het weten
dit is mijn zoekertje

Te koop: Nintendo Switch + 3 games
€ 140, ophalen in [[Mechelen]]
Verkoper: [[Jules_2009]]
Bel of sms: [[0471 23 98 10]]

maar nu heeft een man gestuurd dat hij het wil kopen als ik een foto van mezelf stuur
ik ben 16 en ik ben een jongen maar thuis weten ze dat niet
moet ik dat zoekertje weghalen""",
      subject="zoekertje"),
    S("groeipakket-mama", "outlook_desktop", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "new-shape",
       "family-allowance-letter", "paste", "signature", "disclaimer", "divorce", "parents",
       "own-name-in-text"],
      ("Van Damme Katrien", "katrien.vandamme@boekhouding-dewever.example"),
      """Goeiemiddag,

Ik schrijf voor mijn dochter [[Aline]] (14). Sinds de scheiding woont ze week om week bij haar vader en bij mij. Gisteren kreeg ik deze brief en ze heeft hem gelezen voor ik het wist:

"Groeipakket – wijziging begunstigde
Kind: [[Aline Van Damme]]
Het schoolbonus wordt vanaf januari uitbetaald aan de andere ouder."

Ze denkt nu dat ze bij haar vader moet gaan wonen omdat het geld daarheen gaat. Ze eet slecht en wil er niet over praten met mij. Kan iemand van jullie met haar mailen? Ze heeft zelf geen mailadres, ze mag dit adres gebruiken.

Dank u""",
      sig="""[[Katrien Van Damme]]
Boekhouding
[[Boekhoudkantoor De Wever bv]]
[[Stationsstraat 14, 9300 Aalst]]
[[053 21 44 09]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht verkeerdelijk ontving, gelieve de afzender te verwittigen en het bericht te verwijderen.""",
      subject="voor mijn dochter"),
    S("namedrop-feestje", "iphone", "nl",
      ["own-account", "new-shape", "namedrop-card-paste", "paste", "anxiety", "love",
       "contact-in-text", "own-name-in-text", "dialect-limburg"],
      ("Rune Claessens", "rune.claessens@icloud.example"),
      """Hallo

Op een fuif in Hasselt heb ik mijn gsm tegen die van een jongen gehouden (NameDrop) en nu heeft hij alles van mij. Dit is wat hij kreeg:

[[Rune Claessens]]
[[+32 478 55 60 12]]
[[rune.claessens@icloud.example]]

Hij is 24 denk ik en ik ben 15. Hij stuurt nu elke avond berichtjes en zegt dat ik volwassen ben voor mijn leeftijd. Ik vind het eerst wel leuk maar nu ben ik bang. Mijn ouders mogen dit echt niet weten want ik mocht niet naar die fuif.

Wat moet ik doen?""",
      subject="jongen van de fuif"),
    S("padel-coach", "gmail_android", "nl",
      ["own-account", "new-shape", "sports-booking-paste", "paste", "bullying",
       "own-name-in-text", "dialect-antwerp", "one-phrase-a-line"],
      ("Arne Bogaerts", "arneb.padel@mail.example"),
      """yo
ik speel padel in een club
onze trainer stuurt altijd de reservatie in de groep
zo

Reservatie bevestigd
Terrein 3 · wo 18:00-19:30
Speler 1: [[Arne Bogaerts]]
Speler 2: trainer
Speler 3: –
Speler 4: –

en dan zet hij erbij: 'wie durft tegen de mongool te spelen 😂'
dat is over mij
ik ben 14
iedereen lacht
mijn pa zegt gewoon harder trainen""",
      subject="trainer"),
    S("reddit-post", "gmail_web", "en",
      ["own-account", "new-shape", "reddit-post-paste", "paste", "self-harm", "own-name-in-text"],
      ("M. Ceulemans", "mceul.2008@mail.example"),
      """hey, i posted this on reddit last night and someone said i should email a helpline instead, so here

posted by u/[[quiet_moth_2008]] in r/teenagers
"i (17) keep scratching my arms when my parents fight. it's not that deep i think. anyone else?"

12 upvotes, one comment said "get help". so i guess this is me getting help?
i live in belgium, my dutch is fine but english is easier for this""",
      subject="reddit said to write here"),
    S("galaxy-watch", "v9snl_galaxy_watch", "nl",
      ["own-account", "new-shape", "galaxy-watch-client", "one-phrase-a-line", "voice-to-text",
       "no-punctuation", "family-violence", "no-identity-in-body", "short-last-line"],
      ("Dries Lauwers", "driesl@mail.example"),
      """papa is weer boos
ik zit in de badkamer
ik heb alleen mijn horloge
niet terug mailen naar thuis
ik ben 13
ok""",
      subject="hulp"),
    S("android-auto-papa", "v9snl_android_auto", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "new-shape",
       "car-dictation", "voice-to-text", "gender-identity", "own-name-in-text",
       "dialect-west-flemish"],
      ("Geert Vandecasteele", "geert.vandecasteele@mail.example"),
      """goeiendag ik ben aan het rijden dus ik spreek dit in punt mijn zoon [[Ward]] is 17 en hij heeft gisteren gezegd dat hij zich eigenlijk een meisje voelt punt ik wil hem helpen maar ik weet niet hoe ik moet reageren komma ik heb niks verkeerd gezegd denk ik maar hij zit nu de hele dag op zijn kamer punt kunnen jullie mij zeggen waar ik kan beginnen vraagteken hij weet dat ik jullie schrijf punt""",
      subject="mijn zoon"),
    S("cc-eigen-school", "gmail_web", "nl",
      ["own-account", "new-shape", "cc-own-school-address", "school", "anxiety",
       "no-identity-in-body", "nl-netherlands"],
      ("Sanne de Groot", "sannedg@mail.example"),
      """Hoi Lumi,

Ik woon in Breda maar mijn oma woont in Belgie en zij zei dat ik jullie mocht mailen.
Ik heb sinds de brugklas paniekaanvallen in de aula. Ik ben nu 13 en het wordt erger.
Ik heb mijn schoolmail in de cc gezet zodat ik het ook op mijn chromebook kan lezen, is dat oké?

Groetjes""",
      headers=[("Cc", "s.degroot@leerling.stedelijkgym.example")],
      identity=["s.degroot@leerling.stedelijkgym.example"],
      subject="paniekaanvallen"),
    S("theorie-examen", "outlook_mobile", "nl",
      ["own-account", "new-shape", "driving-theory-result-paste", "paste", "parents",
       "own-name-in-text", "dialect-flemish-brabant"],
      ("Bram Wyns", "bram.wyns@outlook.example"),
      """ik ben vandaag gezakt voor mn theorie examen voor de 3e keer

Resultaat theorie-examen rijbewijs B
Kandidaat: [[Bram Wyns]]
Score: 37/50 – NIET GESLAAGD

mijn pa heeft al 2 keer betaald en hij zei als ge weer zakt moogt ge zelf afbetalen en praat ik ni meer tegen u
hij praat nu echt ni meer tegen mij
ik ben 18 en ik voel mij zo dom""",
      subject="gezakt"),
    S("agenda-coming-out", "gmail_android", "nl",
      ["own-account", "new-shape", "calendar-event-paste", "paste", "coming-out", "parents",
       "own-name-in-text", "dialect-antwerp"],
      ("Tibo Raes", "tibo.raes@mail.example"),
      """hey
ik heb het in mijn agenda gezet zodat ik ni meer kan terugkrabbelen

Coming out bij papa 🏳️‍🌈
zaterdag 12 december · 19:00 – 19:30
Organisator: [[Tibo Raes]]
Herinnering: 1 dag van tevoren

nu is het morgen en ik heb zo schrik. ik ben 16. mama weet het al en die vindt het goe. papa maakt altijd van die mopjes. hoe begin ik da?""",
      subject="morgen"),
    S("gen-alpha", "gmail_ios", "nl",
      ["own-account", "new-shape", "gen-alpha-slang", "text-speak", "bullying", "school",
       "no-identity-in-body", "no-punctuation"],
      ("Mats Wouters", "matsw2016@mail.example"),
      """yo lumi
ik ben 10 en op school zeggen ze de hele tijd dat ik 0 aura heb en een npc ben en dan doen ze skibidi geluiden als ik iets zeg
iedereen lacht en de juf denkt da het een spelletje is
het is geen spelletje ik wil ni meer naar de speelplaats
ok bye""",
      subject="aura"),
    S("hinge-profiel", "apple_mail", "nl",
      ["own-account", "new-shape", "dating-profile-paste", "paste", "love", "coming-out",
       "own-name-in-text", "nl-netherlands"],
      ("Daan Hoekstra", "daanhoekstra@icloud.example"),
      """Hoi,

Ik ben 18 en heb net voor het eerst een datingapp gedownload. Ik durfde alleen mannen aan te vinken als ik niet mijn echte foto gebruikte. Dit is mijn profiel:

[[Daan]], 18
Student · [[Eindhoven]]
'Eerste keer hier, wees lief'
Ik zoek: iets serieus

Nu heeft een jongen van mijn opleiding me herkend aan mijn tekst en hij heeft het in de groepsapp gezet. Ik ben nog niet uit de kast bij mijn ouders. Wat moet ik nu doen?

Groetjes,
[[Daan]]""",
      subject="datingapp"),
    S("locket-widget", "iphone", "nl",
      ["own-account", "new-shape", "locket-widget-paste", "paste", "friends", "loneliness",
       "own-name-in-text", "one-phrase-a-line", "emoji"],
      ("Hanne Vervoort", "hannevervoort@icloud.example"),
      """hoii
ik heb de app locket met mijn 3 beste vriendinnen
da zijn fotos op je startscherm
maar ze hebben een nieuwe groep gemaakt zonder mij
ik zag het op de gsm van lisa
'Locket: [[Hanne]] is verwijderd uit Meiden 💕'
ik ben 12
ik heb niks misdaan 😭😭""",
      subject="vriendinnen"),
    S("sportvrijstelling", "outlook_android", "nl",
      ["own-account", "new-shape", "gym-exemption-note", "paste", "gender-identity", "school",
       "own-name-in-text", "dialect-limburg"],
      ("Noa Segers", "noa.segers@outlook.example"),
      """Hallo,

Ik draag een binder en ik kan daarin niet sporten. Ik wou niet zwemmen in de les dus ik heb de huisarts een briefje gevraagd. Op het briefje staat:

Medisch attest
Hierbij verklaar ik dat [[Noa Segers]], geboren op [[14/03/2011]], om medische redenen vrijgesteld is van lichamelijke opvoeding van 01/12/2026 tot 31/01/2027.

Maar de turnleraar zegt dat ik het moet uitleggen voor de hele klas. Ik ben 15 en niemand op school weet dat ik non-binair ben. Mag hij dat vragen?""",
      subject="turnen"),
    S("snap-map", "samsung", "nl",
      ["own-account", "new-shape", "snap-map-paste", "paste", "parents", "friends",
       "own-name-in-text", "contact-in-text", "dialect-east-flemish", "no-punctuation"],
      ("Ibe Van Hecke", "ibevh@mail.example"),
      """ik was vergeten da ik mijn locatie aan had op snap
nu heeft iemand van mijn klas een screenshot gemaakt van de snap map en rondgestuurd
daarop staat mijn bitmoji met '[[ibe.vhecke]] · [[Kapelstraat 12]] · 03:14'
da is mijn huis en ik zat daar om 3u s nachts op de stoep omdat ik ni binnen mocht van mijn stiefvader
nu vraagt iedereen waarom ik buiten zat
ik ben 14
wat moet ik zeggen""",
      subject="snap"),
    S("itsme-jobstudent", "gmail_web", "nl",
      ["own-account", "new-shape", "e-signature-line-paste", "paste", "parents", "anxiety",
       "own-name-in-text", "dialect-flemish-brabant"],
      ("Wannes Goossens", "wannes.goossens@mail.example"),
      """Hey

Ik heb mijn eerste studentencontract getekend voor de kerstvakantie in een magazijn. Onderaan de pdf staat nu:

Digitaal ondertekend door [[Wannes Goossens]] via itsme op 02/12/2026 om 21:14

Mijn ma zegt dat ik al mijn loon moet afgeven voor de huishuur. Ze zegt da da normaal is als ge 17 zijt. Ik wou sparen voor mijn rijbewijs. Is da echt normaal? Ik durf het niet te vragen aan mijn vrienden want dan weten ze dat we het moeilijk hebben.

Merci""",
      subject="mijn loon"),
    S("kot-contract", "outlook_web", "nl",
      ["own-account", "new-shape", "rental-contract-paste", "paste", "loneliness", "anxiety",
       "own-name-in-text", "contact-in-text"],
      ("Robbe Maes", "robbe.maes@student.kuleuven.example"),
      """Beste

Ik ben 19 en zit op kot in Leuven. Mijn huisbaas komt de laatste tijd zomaar binnen als ik er niet ben. In het contract staat:

Huurder: [[Robbe Maes]]
Adres van het gehuurde goed: [[Naamsestraat 88 bus 12]], [[3000 Leuven]]
De verhuurder kan het goed bezoeken na afspraak.

Gisteren lag mijn dagboek open op mijn bureau. Ik slaap er niet meer goed. Ik durf het mijn ouders niet te zeggen want zij betalen alles en ik wil geen gezeur.

Groeten""",
      subject="kot"),
    S("kdienst-pc", "webmail", "nl",
      ["shared-account", "other-account", "new-shape", "ward-pc-footer", "self-harm",
       "loneliness", "own-name-in-text", "words-after-signoff"],
      ("PC Vlinder", "pc.vlinder@kjp.azsintmaarten.example"),
      """hallo ik zit in de k-dienst (jeugdpsychiatrie) sinds 3 weken
we mogen 1 keer per dag een half uur op de pc van de leefgroep
ik ben 16
mijn ouders komen maar 1 keer per week en dan zeggen ze niks
ik mag hier geen gsm hebben dus als jullie terugschrijven lees ik het morgen pas
groetjes [[Zita]]
ps de begeleiders lezen dit niet""",
      sig="""Verzonden vanaf de leefgroep-pc
[[AZ Sint-Maarten]], dienst kinder- en jeugdpsychiatrie
[[Leefgroep 2]] - [[015 89 12 00]]""",
      sig_dash=True,
      subject="vanuit de k dienst"),
    S("teams-transcript", "outlook_web", "nl",
      ["school-account", "other-account", "new-shape", "meeting-transcript-paste", "paste",
       "bullying", "school", "own-name-in-text", "dialect-antwerp"],
      ("Lina El Amrani", "lina.elamrani@leerling.atheneumhoboken.example"),
      """Dag

In de online les gisteren stond de transcriptie aan en dit stond erin, ik heb het gekopieerd:

[[Lina El Amrani]]  10:42
Mevrouw ik heb de opdracht ingediend
Onbekende deelnemer  10:42
niemand wil uw opdracht ruiken habibi
Onbekende deelnemer  10:43
🧕🐪

De lerares heeft het niet gezien of ze doet alsof. Ik ben 15 en ik draag sinds dit jaar een hoofddoek. Ik wil niet meer meedoen aan de online lessen maar dat telt mee voor punten.""",
      subject="online les"),
    S("sextortion", "gmail_android", "nl",
      ["own-account", "new-shape", "sextortion-message-paste", "paste", "anxiety", "love",
       "own-name-in-text", "dialect-west-flemish", "all-caps"],
      ("Jarne Devos", "jarnedevos08@mail.example"),
      """HELP
ik heb fotos gestuurd naar een meisje op insta en nu stuurt die account dit

'[[Jarne Devos]] 17j, [[Sint-Lodewijkscollege Brugge]]. Betaal 300 euro of ik stuur alles naar je klasgroep en je mama. Je hebt 24 uur.'

ik heb geen 300 euro
IK WEET NI WA DOEN
ik durf da ni zeggen tegen mijn ouders""",
      subject="DRINGEND"),
    S("avast-mama", "windows_mail", "nl",
      ["parent-account", "other-account", "new-shape", "antivirus-footer", "grief",
       "no-identity-in-body", "dialect-limburg", "no-punctuation", "short-last-line"],
      ("Familie Jorissen-Thijs", "jorissen.thijs@telenet.example"),
      """dit is de computer van mijn mama maar ik schrijf zelf
mijn opa is vorige week gestorven
ik was heel close met hem we gingen elke zondag vissen
ik ben 11
iedereen is verdrietig maar ze zeggen tegen mij da ik sterk moet zijn voor oma
ik wil ni sterk zijn
mag da""",
      client_line="Virusvrij.www.avast.com",
      subject="opa"),
]

CASES += [
    S("bxl-une-ligne", "gmail_android", "fr",
      ["own-account", "one-liner", "no-punctuation", "text-speak", "no-identity-in-body",
       "dialect-brussels", "school", "bullying"],
      ("Ilyas Benali", "ilyas.bnl@mail.example"),
      "slt jsuis en 2eme secondaire a anderlecht jai 13 ans et dans ma classe ils me traitent de sale flamand parce que ma mere est flamande et jparle neerlandais a la maison jsais pas quoi faire ya personne qui me defend",
      subject="aide"),
    S("maman-pour-fils", "outlook_desktop", "fr",
      ["parent-account", "other-account", "written-for", "parent-writing", "signature",
       "disclaimer", "coming-out", "own-name-in-text"],
      ("Nathalie Dumont", "n.dumont@cabinet-kine-ixelles.example"),
      """Bonjour,

Je vous écris pour mon fils [[Théo]], 15 ans. Il m'a dit hier soir qu'il est amoureux d'un garçon de sa classe. Je l'ai pris dans mes bras mais je n'ai pas su quoi dire d'autre. Son père ne sait encore rien.
Il parle mieux néerlandais que français, il va à l'école en néerlandais à Bruxelles. Pourriez-vous lui écrire directement ? Son adresse : [[theo.dmt@mail.example]]

Merci de tout cœur""",
      sig="""[[Nathalie Dumont]]
Kinésithérapeute
[[Cabinet de kiné du Châtelain]]
[[Rue Américaine 61, 1050 Ixelles]]
[[02 538 17 40]]

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire.""",
      subject="pour mon fils"),
    S("re-fr-merci", "gmail_ios", "fr",
      ["own-account", "reply-with-quote", "no-identity-in-body", "friends", "anxiety",
       "one-phrase-a-line"],
      ("Chaïma Ouali", "chaima.ouali@mail.example"),
      """merci d'avoir repondu
en vrai ça va un peu mieux
j'ai parlé a ma meilleure amie
elle m'a dit qu'elle aussi elle fait des crises la nuit
on va essayer d'aller voir le PMS ensemble lundi
j'ai 14 ans au fait""",
      quote=ANSWER_FR, subject="Re: crises la nuit"),
    S("intl-school-html", "gmail_web", "en",
      ["school-account", "other-account", "html-only", "coming-out", "loneliness",
       "own-name-in-text", "signature"],
      ("Oskar Lindqvist", "oskar.lindqvist@students.britschool-tervuren.example"),
      """Hi Lumi,

I'm 16, I go to an international school near Brussels and my family moves every three years. I think I'm bi. Back in Sweden I would have told my friends, but here I only have people I've known for four months, and in the summer we move again.

Is it weird to come out to people you'll leave anyway?

[[Oskar]]""",
      sig="""[[Oskar Lindqvist]]
[[Year 12]] · [[Tutor group 12C]]
[[The British School of Tervuren]]""",
      html="only", subject="coming out when you move a lot"),
    S("zus-voor-broer", "yahoo", "en",
      ["sibling-account", "other-account", "written-for", "sibling", "family-violence",
       "own-name-in-text", "short-last-line"],
      ("Amira Haddou", "amira_haddou@yahoo.example"),
      """hello, I'm writing for my little brother [[Bilal]], he's 10. He doesn't speak much dutch yet, we came from Morocco via Spain two years ago. Our dad hits him when he gets bad grades. I'm 19 and I moved out but he still lives there. He asked me to write because he saw your poster at school.
can he write to you himself in english or french?
please""",
      subject="my brother"),
    S("re-antwerps", "gmail_android", "nl",
      ["own-account", "reply-with-quote", "dialect-antwerp", "parents", "divorce",
       "no-identity-in-body", "no-punctuation", "one-phrase-a-line"],
      ("Seppe Verlinden", "seppe.vrl@mail.example"),
      """thuis gaat da ni goe
mijn pa en ma roepen de hele tijd
over geld en over mij
ik zit da met mijn koptelefoon op
mijn broer is 19 en die is al weg
ik wil ook weg""",
      quote=ANSWER_NL, subject="Re: thuis"),
    S("west-vlaams", "gmail_android", "nl",
      ["own-account", "dialect-west-flemish", "love", "own-name-in-text", "words-after-signoff",
       "no-punctuation", "one-phrase-a-line"],
      ("jente.d", "jente.d2011@mail.example"),
      """hallo
'k zyn verliefd op e meisje van men klasse
mor 'k zyn zelve e meisje
en 'k weten nie of dat ze da ok vindt
ze zegt olsan tegen mie dat ik heur beste vriendinne ben
'k zyn 15
tot latere
ps 'k ben [[Jente]] mor zeg da tegen niemand eh""",
      subject="verliefd"),
    S("oma-ipad", "ipad", "nl",
      ["grandparent-account", "other-account", "written-for", "grandparent", "grief", "all-caps",
       "own-name-in-text", "typos"],
      ("Oma Rosa", "rosa.verbruggen@skynet.example"),
      """GOEDENDAG

IK BEN DE GROOTMOEDER VAN [[LIESE]] ZIJ IS 12 JAAR. HAAR MOEDER IS IN SEPTEMBER OVERLEDEN AAN KANKER. ZIJ WOONT NU BIJ MIJ EN MIJN MAN IN ZOTTEGEM.
ZE ZEGT NIKS. ZE ZIT HELE DAGEN OP HAAR KAMER MET DE TELEFOON VAN HAAR MAMA. IK WEET NIET OF DAT GOED IS
DE JUF VAN SCHOOL GAF MIJ UW ADRES. KAN [[LIESE]] U ZELF SCHRIJVEN OP DIT ADRES ?

MET VRIENDELIJKE GROETEN
[[ROSA VERBRUGGEN]]""",
      subject="kleindochter"),
    S("leerkracht", "outlook_desktop", "nl",
      ["school-account", "other-account", "written-for", "teacher", "signature", "disclaimer",
       "self-harm", "no-identity-in-body"],
      ("Mevr. De Cock Evi", "evi.decock@sint-vincentius-gent.example"),
      """Beste,

Ik ben klastitularis van een 4de jaar. Een leerling (16) heeft mij na de les een briefje gegeven waarin ze schrijft dat ze zichzelf snijdt en dat ze het niet aan het CLB wil zeggen. Ze heeft mij gevraagd om jullie te contacteren omdat ze zelf niet weet hoe ze moet beginnen. Ze wil anoniem blijven, ook voor haar ouders.
Mag ik haar jullie adres geven, of is het beter dat ik haar help om de eerste mail te schrijven?

Met vriendelijke groet""",
      sig="""[[Evi De Cock]]
Leerkracht Nederlands – klastitularis [[4B]]
[[Sint-Vincentiusinstituut]]
[[Kortrijksesteenweg 210, 9000 Gent]]
[[09 222 41 80]]

Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n).""",
      subject="vraag van een leerkracht"),
    S("jeugdwerker", "outlook_mobile", "nl",
      ["work-account", "other-account", "written-for", "youth-worker", "signature",
       "family-violence", "own-name-in-text", "dialect-brussels"],
      ("Karim Azzouzi | JH De Brug", "karim@jhdebrug.example"),
      """Hey

Ik ben jeugdwerker in een jeugdhuis in Molenbeek. Een jongen van 17 komt hier elke dag, hij heet [[Mehdi]], en hij slaapt al een week bij vrienden want thuis is het te gevaarlijk zegt hij. Hij wil met jullie praten maar niet via mijn mail. Hij zit nu naast mij en zegt "zeg dat ik zelf ga mailen vanavond". Kan dat met een nieuw gmailadres?

[[Karim]]""",
      sig="""[[Karim Azzouzi]]
Jeugdwerker
[[Jeugdhuis De Brug vzw]] – [[Ninoofsesteenweg 7, 1080 Molenbeek]]
[[0487 33 21 90]]""",
      subject="jongere"),
    S("voetbalcoach", "webmail", "nl",
      ["club-account", "other-account", "written-for", "coach", "signature", "body-image",
       "own-name-in-text", "dialect-limburg"],
      ("KFC Herk-de-Stad jeugd", "jeugd@kfcherk.example"),
      """Goeiendag

Ik ben trainer van de U15. Een van mijn spelers, [[Senne]], is de laatste maanden heel veel afgevallen en hij eet niks meer op tornooien. Hij zegt dat hij "droog moet staan" voor zijn Instagram. Zijn mama zei dat het een fase is.
Ik wil niet de baas spelen maar ik maak me zorgen. Hij weet dat ik dit stuur en hij zegt dat hij jullie misschien zelf mailt.

Sportieve groeten""",
      sig="""[[Dirk Swinnen]]
Trainer U15 – [[KFC Herk-de-Stad]]
[[0496 12 78 55]]""",
      subject="speler U15"),
    S("vriendin-limburg", "gmail_ios", "nl",
      ["own-account", "written-for", "friend-writing", "self-harm", "dialect-limburg",
       "own-name-in-text", "no-punctuation"],
      ("Elise Vanderhoydonck", "elisevdh@mail.example"),
      """hallo
ik schrijf voor mijn beste vriendin [[Marie-Lou]] zij is 14 en zij zeet dat ze ni meer wilt leven
ze heeft dat gisteren gestuurd om 2u snachts en nu antwoordt ze ni meer
ik heb het tegen mijn mama gezegd en die belt nu haar mama
maar kan iemand haar ook schrijven
haar insta is [[marielou.x]]
ik ben 14 ook""",
      subject="mijn vriendin"),
    S("proton-html", "proton", "nl",
      ["own-account", "html-only", "gender-identity", "parents", "no-identity-in-body",
       "dialect-east-flemish"],
      ("lumen", "lumen_7@proton.example"),
      """Dag,

ik heb een proton adres gemaakt zodat mijn ouders het niet kunnen lezen.

ik ben 17 en ik ben trans (mtf). niemand weet het. ik heb al 2 jaar een geheime pot met geld voor kleren.
ik wil volgend jaar op kot gaan in gent en dan wil ik beginnen als mezelf.
is het dom om zo lang te wachten? soms denk ik dat ik het niet volhoud tot dan.

dank je""",
      html="only", subject="wachten"),
    S("brussel-mix", "huawei", "nl",
      ["own-account", "dialect-brussels", "mixed-languages", "family", "school",
       "own-name-in-text", "no-punctuation"],
      ("Yannick Mbuyi", "yannick.mbuyi@mail.example"),
      """hallo ik ben [[Yannick]] ik zit in 't 5de in een Nederlandstalige school in Jette
thuis spreken we frans en lingala et ma mère zegt altijd dat Nederlands niks waard is
maar ik wil verder studeren in 't Nederlands
ze zegt que je renie ma famille
ik ben 17 en ik weet ni hoe ik da moet uitleggen""",
      subject="school"),
    S("nl-ziggo", "v9snl_ziggo", "nl",
      ["own-account", "nl-netherlands", "loneliness", "anxiety", "own-name-in-text"],
      ("Femke Bosman", "femke.bosman@ziggo.example"),
      """Hallo,

Ik ben [[Femke]], 14 jaar, uit Tilburg. Ik zit sinds de zomervakantie bijna alleen maar thuis. Ik durf niet meer naar school, mijn buik doet elke ochtend zo'n pijn dat ik moet overgeven. De huisarts zegt dat er niks is.
Mijn moeder is boos want de leerplichtambtenaar heeft gebeld.

Groetjes, [[Femke]]""",
      subject="niet naar school"),
    S("nl-gmx", "v9snl_gmx", "nl",
      ["own-account", "nl-netherlands", "love", "family", "no-identity-in-body",
       "one-phrase-a-line"],
      ("Jesse van Leeuwen", "jessevl@gmx.example"),
      """hoi
ik ben 15
ik woon in Zeeland vlak bij de grens
mijn vriendin is 18
mijn ouders zeggen dat dat niet mag
maar we houden echt van elkaar
zij zegt dat ik het aan niemand mag vertellen
is dat raar""",
      subject="vriendin"),
    S("caps-een-lijn", "samsung", "nl",
      ["own-account", "one-liner", "all-caps", "self-harm", "no-identity-in-body",
       "no-punctuation"],
      ("Tuur Coppens", "tuurcoppens@mail.example"),
      "IK KAN NI MEER IK WIL DA HET STOPT",
      subject="."),
    S("lang-scheiding", "v9snl_xiaomi", "nl",
      ["own-account", "divorce", "parents", "anxiety", "own-name-in-text",
       "dialect-flemish-brabant"],
      ("Amber Cools", "ambercools@mail.example"),
      """Hoi Lumi

Ik ben [[Amber]], ik ben 16 en ik woon in Aarschot. Ik ga het proberen kort te houden maar het is veel.

Mijn ouders zijn 2 jaar gescheiden. In het begin ging het nog, week om week. Maar sinds papa een nieuwe vriendin heeft, mag ik daar niks meer. Ik moet om 9u op mijn kamer en ik mag mijn gsm niet mee naar boven want zij zegt dat ik 'alles doorvertel aan mama'. Als ik iets zeg tegen papa zegt hij dat ik moet meewerken want dat het anders nooit goed komt.

Bij mama is het ook niet makkelijk want zij is heel verdrietig en vraagt altijd wat er bij papa gebeurd is. Dan voel ik mij een verklikker.

Nu wil ik eigenlijk alleen nog bij mama wonen maar ik durf het niet te zeggen tegen papa want dan ben ik hem helemaal kwijt. Mijn broertje is 10 en hij vindt het wel leuk bij papa, dus dan zou ik hem ook minder zien.

Ik weet niet wat ik wil. Ik ben gewoon moe.

Sorry voor de lange mail
[[Amber]]""",
      subject="lang verhaal sorry"),
    S("dictee-iphone", "iphone", "nl",
      ["own-account", "voice-to-text", "friends", "bullying", "own-name-in-text",
       "dialect-east-flemish"],
      ("Stan Maenhout", "stanmaenhout@icloud.example"),
      """Hallo ik ben aan het inspreken omdat ik niet goed kan typen met mijn hand in het gips. Ik ben [[Stan]] ik ben 13 en ik heb mijn hand gebroken omdat ze mij in de gang hebben geduwd. Ik heb gezegd dat ik gevallen ben met de fiets. Ze zeggen dat als ik het zeg ze mijn fiets kapot maken. Ik weet niet of ik het moet zeggen tegen de directeur. Einde bericht""",
      subject="Gips"),
    S("dyslexie", "gmail_android", "nl",
      ["own-account", "typos", "school", "loneliness", "no-identity-in-body",
       "no-punctuation", "dialect-antwerp"],
      ("Lars Van Gorp", "lars.vgorp@mail.example"),
      """hallo ik heb dislexie en ik schrijf ni goed sorry
in de klas lacht ze met mij as ik moet voorlezen
de leeraar laat mij altijd voorlezen ook al weet hij da
ik ben 11 en ik zit in het 6de lerejaar
ik wil ni meer naar school vant jaar
mijn mama zecht doorzetten""",
      subject="voorlezen"),
    S("re-eigen-vorige", "outlook_mobile", "nl",
      ["own-account", "reply-with-quote", "family-violence", "own-name-in-text",
       "dialect-west-flemish"],
      ("Mauro Vandewalle", "mauro.vdw@outlook.example"),
      """Hey, 'k ben [[Mauro]] van de mail van vorige week over mijn stiefvader.
Ge vroegt wie mij kan helpen in de buurt. Mijn tante in Roeselare misschien. Zij weet da hij soms slaat want ze heeft mijn blauwe plekken gezien op de communie van mijn nicht.
Maar als ik da tegen haar zeg gaat ze direct naar de politie en dan wordt mama boos op mij.
Wa moet ik doen""",
      quote=ANSWER_NL2, subject="Re: stiefvader"),
    S("emoji-zwaar", "iphone", "nl",
      ["own-account", "emoji", "love", "friends", "no-identity-in-body", "text-speak"],
      ("Lore Deckers", "lore.deckers@icloud.example"),
      """hiii 👋😊
ik heb een vraagje 🙈
mijn bff 👭 heeft gezegd dat ze op mij verliefd is 😳😳
en ik weet ni wat ik voel 🤯
ik wil haar ni kwijt 💔
ik ben 12 btw
help 🙏🙏🙏""",
      subject="🙈🙈"),
    S("meisje-uit-tienen", "gmail_web", "nl",
      ["own-account", "signature-like-own-lines", "body-image", "no-identity-in-body",
       "dialect-flemish-brabant"],
      ("Kaat Wuyts", "kaatwuyts@mail.example"),
      """Hallo,

Ik heb een vraag over eten. Ik tel al sinds de zomer al mijn calorieën in een app en als ik over de 900 ga, ga ik 's avonds nog een uur lopen. Ik ben al 7 kilo kwijt en ik krijg complimenten, maar ik ben altijd koud en moe.
Is dit al een eetstoornis of ben ik gewoon gezond aan het leven?

Een meisje van 17 uit Tienen
dat het niet meer weet""",
      subject="eten"),
    S("bijles-app", "gmail_ios", "nl",
      ["own-account", "new-shape", "tutoring-app-message-paste", "paste", "anxiety",
       "own-name-in-text", "dialect-antwerp"],
      ("Amber De Roeck", "amberderoeck09@mail.example"),
      """hoi
ik krijg bijles wiskunde via een app, de leerkracht is een student van 23
hij stuurt nu berichten via die app die niks met wiskunde te maken hebben

Bericht van je bijlesleerkracht:
"Hoi [[Amberke]] 😊 je was weer supermooi vandaag op camera. Zullen we de volgende les bij mij thuis doen? Niet tegen je mama zeggen, da's ons geheimpje"

ik ben 15 en ik vind da raar maar hij is wel heel lief
mijn mama betaalt ervoor dus ik wil ook ni moeilijk doen""",
      subject="bijles"),
    S("rapport-opmerking", "gmail_web", "nl",
      ["own-account", "new-shape", "report-card-comment-paste", "paste", "school", "parents",
       "own-name-in-text", "dialect-east-flemish"],
      ("Lise Van Acker", "lisevanacker@mail.example"),
      """Hallo

Vandaag kregen we ons kerstrapport. Bij de opmerkingen van de klassenraad staat:

"[[Lise]] is een stille leerling die zich meer moet openstellen in de groep. De klassenraad maakt zich zorgen over haar afwezigheden op maandag."

Op maandag blijf ik thuis omdat mijn papa dan altijd dronken is van het weekend en ik mijn zusjes naar school breng. Dat weet niemand. Mijn mama werkt 's nachts. Nu willen ze een gesprek met mijn ouders en ik ben bang dat alles uitkomt.

Ik ben 14""",
      subject="rapport"),
    S("burgerprofiel", "outlook_web", "nl",
      ["own-account", "new-shape", "government-portal-paste", "paste", "parents",
       "gender-identity", "own-name-in-text"],
      ("Kato Pauwels", "kato.pauwels@outlook.example"),
      """Dag,

Ik ben vorige maand 18 geworden en vandaag kwam dit binnen in Mijn Burgerprofiel:

Welkom [[Katrien Pauwels]]
Je hebt 1 nieuw bericht: Je oproepingsbrief als kiezer staat klaar.

[[Katrien]] is mijn officiële naam maar ik heet [[Kato]] en ik ben non-binair. Mijn ouders noemen mij nog altijd [[Katrien]] en nu staat het ook nog op een brief van de overheid. Kan ik mijn voornaam laten veranderen zonder dat zij het moeten weten? En kost dat veel?

Groetjes""",
      subject="mijn naam"),
    S("bike-share", "gmail_android", "nl",
      ["own-account", "new-shape", "bike-share-receipt-paste", "paste", "family-violence",
       "own-name-in-text", "contact-in-text", "dialect-east-flemish"],
      ("Jana Moens", "jana.moens@mail.example"),
      """ik ben gisteravond weggelopen van thuis met een deelfiets
ik kreeg een mail van de app en ik zie nu dat mijn papa die ook krijgt want het is zijn account

Ritbewijs
Gebruiker: [[Jana Moens]]
Start: station [[Gent-Dampoort]] 22:41
Einde: [[Sleepstraat 3]], [[Gent]] 23:05
Kost: € 2,40

op dat adres woont mijn vriendin en nu weet hij waar ik ben
ik ben 16
ik wil ni terug""",
      subject="weggelopen"),
    S("beheerd-toestel", "v9snl_new_outlook", "nl",
      ["school-account", "other-account", "new-shape", "managed-device-notice", "paste",
       "coming-out", "school", "own-name-in-text"],
      ("Verheyen Milan", "milan.verheyen@leerling.kasgeel.example"),
      """hallo

ik schrijf vanop mijn schoollaptop en daar staat bovenaan dit:

"Dit apparaat wordt beheerd door [[Kasgeel Scholengroep]]. Aangemeld als [[milan.verheyen@leerling.kasgeel.example]]. Je organisatie kan je activiteit bekijken."

kunnen ze op school zien dat ik jullie mail of dingen opzoek over gay zijn? ik ben 13 en ik heb dat opgezocht in de les
ik heb geen eigen laptop""",
      subject="laptop"),
    S("insta-notitie", "iphone", "nl",
      ["own-account", "new-shape", "insta-notes-paste", "paste", "friends", "self-harm",
       "own-name-in-text", "one-phrase-a-line"],
      ("Ruben Claes", "ruben.claes08@icloud.example"),
      """hey
ik had dit in mijn notitie op insta gezet
die bubbel boven je profielfoto

[[rubenclaes.08]] · notitie
'ben het beu om er te zijn 🫠'

niemand heeft gereageerd
alleen 1 iemand liket het
ik ben 17
ik meende het wel""",
      subject="notitie"),
    S("pv-nummer", "gmail_web", "nl",
      ["own-account", "new-shape", "police-report-receipt-paste", "paste", "bullying",
       "own-name-in-text", "dialect-limburg"],
      ("Jolien Schepers", "jolienschepers@mail.example"),
      """Hallo

Ik ben met mijn mama naar de politie gegaan omdat een meisje een filmpje van mij heeft verspreid in de kleedkamer. We kregen dit papiertje mee:

Ontvangstbewijs klacht
PV nr. [[LI.55.L3.012345/2026]]
Aangifte door: [[Jolien Schepers]] (minderjarig), vergezeld door moeder

Nu is het al 3 weken en er gebeurt niks. Het filmpje gaat nog altijd rond. Ik ben 15. Ik ga niet meer naar de turnclub.

Wat kan ik nog doen?""",
      subject="filmpje"),
]

CASES += [
    S("wvl-lange-lijn", "v9snl_aquamail", "nl",
      ["own-account", "one-liner", "no-punctuation", "dialect-west-flemish", "coming-out",
       "parents", "no-identity-in-body"],
      ("Thibo Vanneste", "thibo.vanneste@mail.example"),
      "goeiendag 'k zyn 14 en 'k zyn gay en men va zeit olsan da da tegen de natuur is en da 'k later wel e vrouwe gon vinden en men moe zwygt der over en 'k zitten gelyk alleene in ons hus en 'k weten nie me wien dat 'k kan klappen",
      subject="vraag"),
    S("re-wvl-kort", "gmail_android", "nl",
      ["own-account", "reply-with-quote", "dialect-west-flemish", "loneliness",
       "no-identity-in-body", "short-last-line", "no-punctuation"],
      ("Thibo Vanneste", "thibo.vanneste@mail.example"),
      """merci voe te antwoorden
'k gon proberen met men nonkel te klappen
hy is ok e bitje anders zeggen ze
ok""",
      quote=ANSWER_NL2, subject="Re: vraag"),
    S("brussel-tussentaal", "thunderbird", "nl",
      ["own-account", "dialect-brussels", "friends", "anxiety", "own-name-in-text",
       "mixed-languages"],
      ("Robin Delvaux", "robin.delvaux@mail.example"),
      """allez hallo

ik ben [[Robin]], 15 jaar, ik woon in Schaarbeek. ik zit in een Nederlandstalige school maar al mijn vrienden van de wijk spreken frans. ze zeggen dat ik 'un flamand de merde' ben als ik met mijn klasgenoten praat. en op school zeggen ze dat ik een 'franskiljon' ben. ik hoor nergens bij.

bon, dat was het. merci om te lezen""",
      subject="nergens"),
    S("broer-werkmail-bxl", "outlook_web", "nl",
      ["sibling-account", "work-account", "other-account", "written-for", "sibling",
       "signature", "disclaimer", "self-harm", "own-name-in-text", "dialect-brussels"],
      ("Youssef El Idrissi", "youssef.elidrissi@stib-partner.example"),
      """Hallo,

Ik schrijf vanop mijn werk want thuis is er geen computer. Mijn zus [[Salma]] is 13. Ik heb gisteren snijwonden op haar arm gezien toen ze haar mouw opstroopte. Ze zegt dat het de kat was maar we hebben geen kat. Onze ouders werken allebei 's avonds en ik ben de oudste. Ik wil niet dat ze boos wordt op mij omdat ik het doorvertel.
Hoe spreek ik haar erover aan?

Dank je""",
      sig="""Met vriendelijke groeten,
[[Youssef El Idrissi]]
Planner – [[Brussels Transit Partners nv]]
[[Havenlaan 86C, 1000 Brussel]]
[[+32 2 515 44 10]]

Disclaimer: this e-mail and any attachments are confidential and intended solely for the addressee.""",
      subject="mijn zus"),
    S("papa-telenet", "telenet_webmail", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "signature",
       "bullying", "own-name-in-text", "dialect-flemish-brabant"],
      ("Luc Verschueren", "luc.verschueren@telenet.example"),
      """Goedenavond,

Mijn dochter [[Jolien]] (12) wordt op de bus naar school elke dag uitgelachen omdat ze een beugel en een bril heeft. Ze heeft er vandaag voor het eerst over gepraat, al huilend. Ik heb de school gebeld maar die zeggen dat de bus niet hun verantwoordelijkheid is.
Ze wil liever met iemand anders praten dan met mij. Mag ze u schrijven vanaf dit adres?

Vriendelijke groeten,""",
      sig="""[[Luc Verschueren]]
[[0475 60 18 33]]""",
      subject="mijn dochter op de bus"),
    S("nl-broer-apple", "apple_mail", "nl",
      ["own-account", "written-for", "sibling", "nl-netherlands", "anxiety",
       "own-name-in-text"],
      ("Bas Mulder", "basmulder@icloud.example"),
      """Hallo,

Mijn broertje [[Thijs]] (11) durft sinds de aanslag die hij op het nieuws zag niet meer alleen te slapen. Hij komt elke nacht bij mij in bed en vraagt of wij ook doodgaan. Mijn ouders zeggen dat het vanzelf overgaat. Ik ben 17 en ik weet niet wat ik tegen hem moet zeggen. We wonen in Maastricht.

Groet,
[[Bas]]""",
      subject="broertje"),
    S("plusmama", "outlook_desktop", "nl",
      ["parent-account", "other-account", "written-for", "not-the-parent", "signature",
       "divorce", "own-name-in-text", "dialect-limburg"],
      ("Griet Vanderlinden", "griet.vanderlinden@apotheek-bree.example"),
      """Dag Lumi,

Ik ben de plusmama van [[Wiebe]], hij is 14. Zijn eigen mama woont sinds de zomer in Spanje en belt bijna nooit. Hij zegt tegen mij "gij zijt mijn ma ni", en dat begrijp ik. Maar hij praat met niemand, ook niet met zijn vader.
Hij mag jullie zeker zelf schrijven, ik wil alleen weten of jullie ook met jongens van zijn leeftijd praten.

Groetjes""",
      sig="""[[Griet Vanderlinden]]
Apotheker
[[Apotheek Vanderlinden]] · [[Markt 4, 3960 Bree]] · [[089 46 22 10]]""",
      subject="plusmama"),
    S("spark-antwerps", "v9snl_spark", "nl",
      ["own-account", "love", "dialect-antwerp", "no-identity-in-body", "no-punctuation"],
      ("Noah Van den Bossche", "noahvdb@icloud.example"),
      """ik heb vandaag mijn lief gedumpt via snap en nu voel ik mij de grootste klootzak
we waren 8 maand samen
ik was ni meer verliefd maar ik durfde da ni in het echt te zeggen
nu zet heel de klas story's over mij
ik ben 16
is da normaal da ik mij zo schuldig voel terwijl ik het zelf uitmaakte""",
      subject="lief"),
    S("tuta-anoniem", "v9snl_tuta", "nl",
      ["own-account", "gender-identity", "no-identity-in-body", "dialect-east-flemish",
       "one-phrase-a-line"],
      ("", "x7k2q9@tuta.example"),
      """hallo
ik heb een anoniem adres gemaakt
ik weet niet of ik een jongen of meisje ben
of geen van beide
ik ben 12
mag je dat al weten op 12
in mijn klas zeggen ze dat dat een trend is van tiktok""",
      subject="vraag"),
    S("bring-lijst", "gmail_android", "nl",
      ["own-account", "new-shape", "family-list-app-notice", "paste", "body-image", "parents",
       "own-name-in-text", "dialect-flemish-brabant"],
      ("Femke Luyten", "femke.luyten11@mail.example"),
      """hallo ik heb een vraag maar het is een beetje gênant

we hebben thuis een app voor de boodschappenlijst en als iemand iets toevoegt krijgt iedereen een melding. ik had dit erop gezet:

🛒 Boodschappen
[[Femke]] heeft toegevoegd: maandverband (nachtversie)

en mijn broer van 17 heeft een screenshot gemaakt en naar zijn vrienden gestuurd. en papa zei aan tafel 'ons kleine meisje wordt groot' en iedereen lachte. ik ben 11 en ik ben de eerste van mijn klas. ik schaam mij zo""",
      subject="gênant"),
    S("valdetectie", "iphone", "nl",
      ["own-account", "new-shape", "fall-detection-message-paste", "paste", "body-image",
       "anxiety", "own-name-in-text", "contact-in-text", "dialect-limburg"],
      ("Elien Thys", "elienthys@icloud.example"),
      """Hallo

Ik ben gisteren flauwgevallen in de badkamer en mijn horloge heeft automatisch dit naar mijn mama gestuurd:

Noodmelding: [[Elien Thys]] heeft mogelijk een zware val gehad en reageert niet. Locatie bij benadering: [[Bosstraat 27]], [[Genk]].

Mijn mama is in paniek en wil dat ik naar de dokter ga. Ik weet waarom ik flauwviel, ik eet al 3 dagen bijna niks omdat ik 2 kilo wil kwijt voor het gala. Ik ben 17. Ik wil niet naar de dokter want dan moet ik op de weegschaal.""",
      subject="flauwgevallen"),
    S("youtube-reactie", "gmail_web", "nl",
      ["own-account", "new-shape", "video-comment-notice-paste", "paste", "bullying",
       "own-name-in-text", "dialect-antwerp"],
      ("Bent Janssen-Moons", "bent.jm@mail.example"),
      """Hallo

Ik maak YouTube filmpjes over Lego (ik heb 340 abonnees). Vandaag kreeg ik deze melding:

Nieuwe reactie op je video 'MOC treinstation – deel 4'
Kanaal: [[BentBouwt]]
@anoniem_2011: ge zijt 13 en speelt nog met lego 😂 iedereen van [[Sint-Jan Berchem]] lacht met u, [[Bent]]

Ze weten mijn school en mijn naam. Ik heb mijn gezicht nooit laten zien. Moet ik stoppen met mijn kanaal?""",
      subject="youtube"),
    S("limburg-spraak", "samsung", "nl",
      ["own-account", "voice-to-text", "one-liner", "dialect-limburg", "parents",
       "no-identity-in-body", "no-punctuation"],
      ("Mathis Ramaekers", "mathisramaekers@mail.example"),
      "ik spreek dit in want ik lig in bed mijn ouders willen da ik naar het internaat ga in Tongeren vanaf januari omdat ze zeggen dat ik te veel gamen en ik wil ni weg van mijn vrienden ik ben 13 kan ik da weigeren",
      subject="internaat"),
    S("school-html-kort", "outlook_web", "nl",
      ["school-account", "other-account", "html-only", "school", "anxiety",
       "no-identity-in-body", "dialect-antwerp", "short-last-line"],
      ("Ayoub Tahiri", "ayoub.tahiri@leerling.kamino-schoten.example"),
      """hallo
ik heb morgen mijn mondeling frans en ik heb echt zo een faalangst da ik ga overgeven
hoe doe ik da weg
snel aub""",
      html="only", subject="faalangst"),
    S("mama-yahoo-kind", "yahoo", "nl",
      ["parent-account", "other-account", "friends", "loneliness", "own-name-in-text",
       "text-speak", "dialect-east-flemish"],
      ("Sofie Baert", "sofiebaert@yahoo.example"),
      """dis de mail van ma mama want ik heb nog gn gsm
ik ben [[Warre]] en ik ben 10
op de speelplaats mag ik nooit meedoen met voetbal
ze zeggen da ik te traag ben
ik speel dan alleen met de steentjes
groetjes [[Warre]]""",
      subject="voetbal"),
    S("ipad-gezin", "ipad", "nl",
      ["family-account", "other-account", "shared-account", "grief", "own-name-in-text",
       "words-after-signoff", "dialect-flemish-brabant"],
      ("Familie Smolders", "fam.smolders@mail.example"),
      """Hallo

Onze hond Bollie is vandaag ingeslapen. Hij was 13, even oud als ik. Mijn ouders zeggen dat het maar een hond is en dat we wel een nieuwe kopen. Ik heb heel de avond op mijn kamer zitten wenen en ik mocht niet thuisblijven van school morgen.

Groetjes van [[Tiebe]] (maar iedereen zegt [[Tibbe]])

ik heb zijn halsband onder mijn kussen gelegd, is dat raar""",
      subject="Bollie"),
    S("re-brabant-lang", "gmail_web", "nl",
      ["own-account", "reply-with-quote", "family", "anxiety", "own-name-in-text",
       "dialect-flemish-brabant"],
      ("Jitske Vermeiren", "jitske.vermeiren@mail.example"),
      """Hallo opnieuw

Ik heb er lang over nagedacht wie mij zou kunnen helpen. Mijn meter misschien. Zij woont in Diest en ik ga daar soms in de vakantie. Zij weet dat mama veel drinkt maar ze zegt er nooit iets over.

Het is erger geworden sinds de vorige keer dat ik schreef. Zaterdag is mama gevallen in de keuken en ik moest haar alleen in de zetel krijgen. Mijn zus van 10 heeft het allemaal gezien. Ik heb die nacht bij haar geslapen omdat ze zo bang was.

Ik wil niet dat er iemand van de jeugdhulp komt want dan moeten we misschien weg. Maar ik kan het ook niet meer alleen.

[[Jitske]]""",
      quote=ANSWER_NL2, subject="Re: mama"),
    S("papa-werk-mac", "v9snl_outlook_mac", "nl",
      ["parent-account", "other-account", "signature", "disclaimer", "school", "anxiety",
       "no-identity-in-body", "no-punctuation", "one-phrase-a-line"],
      ("Pieter-Jan Hermans", "pj.hermans@architecten-hermans.example"),
      """dit is de laptop van mijn papa
hij weet het niet
ik zit in het 1ste middelbaar
iedereen heeft al een lief behalve ik
ze zeggen dat ik lelijk ben
ik ben 12""",
      sig="""[[Pieter-Jan Hermans]]
Architect – zaakvoerder
[[Hermans & Partners Architecten]]
[[Lindenlaan 9, 2800 Mechelen]] | [[015 41 90 27]]

Deze e-mail is vertrouwelijk. Bent u niet de bedoelde ontvanger, verwijder hem dan en breng de afzender op de hoogte.""",
      subject="(geen onderwerp)"),
    S("bb-mama-politie", "blackberry", "nl",
      ["parent-account", "work-account", "other-account", "written-for", "parent-writing",
       "signature", "gender-identity", "own-name-in-text", "dialect-east-flemish"],
      ("Inspecteur Hilde Rogiers", "hilde.rogiers@politiezone-vlas.example"),
      """Goedemiddag

Ik schrijf als mama, niet als agent. Mijn kind [[Robin]] (vroeger [[Robine]]) is 16 en heeft ons verteld dat hij een jongen is. Thuis is dat oké, maar op de school in Oudenaarde weigeren ze zijn naam te gebruiken in Smartschool zonder attest.
Wie kan ons daarin helpen? Hij wil zelf ook graag met iemand praten die hem begrijpt.

Vriendelijke groet
[[Hilde]]""",
      sig="""[[Hilde Rogiers]]
Inspecteur – wijkwerking
[[Politiezone Vlaamse Ardennen]]""",
      subject="naam op school"),
    S("huawei-examens-wvl", "huawei", "nl",
      ["own-account", "dialect-west-flemish", "school", "anxiety", "own-name-in-text",
       "typos"],
      ("Lowie Degryse", "lowiedegryse@mail.example"),
      """hallo 'k zyn [[Lowie]] en 'k zitten in 't 6de jaar in Tielt
'k moeten volgend jaar kiezen wa dat 'k ga studeren en 'k weten 't nie
men ouders willen da 'k ingenieur wordt gelyk men va mor 'k zyn slecht in wiskunde
'k wil eigenlik kok worden
'k zyn 18 en 'k voelen mie nu al e mislukking""",
      subject="studiekeuze"),
    S("woord-per-lijn", "gmail_android", "nl",
      ["own-account", "one-phrase-a-line", "self-harm", "no-identity-in-body",
       "no-punctuation", "short-last-line"],
      ("Nina Callens", "ninacallens@mail.example"),
      """hey
het
gaat
niet
ik heb weer
gedaan
wat ik
beloofd had
niet meer
te doen
15""",
      subject="."),
    S("konijn-thunderbird", "thunderbird", "nl",
      ["own-account", "grief", "loneliness", "own-name-in-text", "dialect-flemish-brabant",
       "signature-like-own-lines"],
      ("Ruth Van Roy", "ruth.vanroy@mail.example"),
      """Hallo,

Mijn konijn is dood. Ik had haar al sinds mijn 6de. Ik ben nu 14 en ik vind het stom dat ik zo verdrietig ben om een konijn terwijl mijn nicht vorig jaar haar papa verloren heeft.

Mag dat?

[[Ruth]]
9de keer dat ik dit herschrijf""",
      subject="konijn"),
    S("fr-wallonne-apple", "apple_mail", "fr",
      ["own-account", "family", "school", "own-name-in-text", "mixed-languages"],
      ("Manon Lejeune", "manon.lejeune@icloud.example"),
      """Bonjour,

Je m'appelle [[Manon]], j'ai 15 ans et j'habite à Namur, mais mes parents m'ont mise en immersion en néerlandais à Bruxelles. Je fais deux heures de train par jour et je n'ai pas d'amis ici, ils parlent tous entre eux en « vlaams ». Ma mère dit que c'est une chance pour mon avenir.
Je pleure chaque dimanche soir. Est-ce que je suis ingrate ?

[[Manon]]""",
      subject="immersion"),
    S("fr-soeur-html", "gmail_web", "fr",
      ["own-account", "written-for", "sibling", "html-only", "love", "anxiety",
       "own-name-in-text"],
      ("Inès Kabeya", "ines.kabeya@mail.example"),
      """Bonsoir,

Ma petite sœur [[Grâce]] a 14 ans et elle sort avec un garçon de 20 ans qu'elle a rencontré sur Snap. Il vient la chercher devant l'école à Etterbeek et il lui a offert un iPhone. Elle dit qu'il l'aime. Nos parents ne savent rien.
Moi j'ai 19 ans, je ne veux pas la trahir mais j'ai peur pour elle.

[[Inès]]""",
      html="only", subject="ma petite soeur"),
    S("fr-spark-sms", "v9snl_spark", "fr",
      ["own-account", "text-speak", "no-punctuation", "bullying", "no-identity-in-body"],
      ("Louka Renard", "louka.renard@icloud.example"),
      """wsh
jsp si c le bon endroit
g 12 ans et ya des gars de ma classe qui me rackettent mon argent de la cantine tous les jours
si je dis rien ils me laissent tranquille
si je dis a ma mere elle va aller crier a l ecole et ça sera pire
jfais quoi""",
      subject="racket"),
    S("en-nl-expat", "outlook_mobile", "en",
      ["own-account", "nl-netherlands", "loneliness", "parents", "own-name-in-text"],
      ("Priya Raghunathan", "priya.r@outlook.example"),
      """Hi,

I'm 14 and we moved from Chennai to Eindhoven for my dad's job at the chip company. I'm learning Dutch but at school everyone switches to English when I'm there and then they stop talking to me. My parents work until late and tell me I should be grateful.
My cousin in Mechelen told me about you.

Thanks,
[[Priya]]""",
      subject="new here"),
    S("en-vivaldi", "v9snl_vivaldi", "en",
      ["own-account", "gender-identity", "signature-like-own-lines", "no-identity-in-body",
       "words-after-signoff"],
      ("Alex Ferreira", "alexferreira@vivaldi.example"),
      """hello

i'm 18, i study in ghent, and i've been using they/them with my friends since september. it felt amazing at first. now my uni group chat has a running joke where they count how many times people "misgender the enby" and it's always them doing it on purpose. i laughed along because i didn't want to be difficult.

i don't know if i'm overreacting. everyone says it's just banter.

someone who laughs along
(but not really)

ps sorry it's in english, it's easier to say this in english""",
      subject="banter?"),
    S("en-re-kort", "gmail_android", "en",
      ["own-account", "reply-with-quote", "friends", "own-name-in-text", "one-liner",
       "short-last-line"],
      ("Kwame Mensah", "kwame.mensah@mail.example"),
      """thanks. i told my best friend and he was cool about it. it's [[Kwame]] btw, the one who wrote on sunday
i'm 16""",
      quote=ANSWER_EN, subject="Re: sunday"),
]

CASES += [
    S("hockey-jeugdbestuur", "gmail_web", "nl",
      ["club-account", "shared-account", "other-account", "signature", "coming-out",
       "friends", "own-name-in-text", "dialect-flemish-brabant"],
      ("KHC Dijlevallei", "jeugdbestuur@khcdijlevallei.example"),
      """Hoi,

Ik zit in het jeugdbestuur van onze hockeyclub en ik gebruik even deze mail omdat mijn eigen mail op de laptop van thuis staat. Ik ben [[Floor]], 16.

In de kleedkamer zeggen de meisjes van mijn ploeg dingen als "kijk niet zo, straks denkt ze nog dat je lesbisch bent". Ik ben lesbisch. Ik heb het nog tegen niemand gezegd. Ik ben aanvoerder en ik weet niet of ik nog in die kleedkamer durf.

Liefs
[[Floor]]""",
      sig="""Jeugdbestuur [[KHC Dijlevallei]]
[[Terrein Dijleweg 2, 3020 Herent]]
www.khcdijlevallei.example""",
      subject="kleedkamer"),
    S("html-emoji-antwerps", "outlook_web", "nl",
      ["own-account", "html-only", "emoji", "dialect-antwerp", "love", "parents",
       "own-name-in-text"],
      ("Jade Mertens", "jade.mertens@outlook.example"),
      """heyy 🌸
ik ben [[Jade]] ik ben 15 en ik heb nen lief van 16 🥰
mijn ma heeft mijn gsm afgepakt omda ze onze berichtjes gelezen heeft 😤
nu mag ik hem ni meer zien en ze wilt dat ik naar een andere school ga
da is toch ni normaal???
ik schrijf op mijn laptop van school dus sorry als het raar staat""",
      html="only", subject="mijn ma 😤"),
    S("nl-fam-account-typos", "windows_mail", "nl",
      ["family-account", "other-account", "typos", "emoji", "nl-netherlands", "family-violence",
       "own-name-in-text"],
      ("Fam. de Vries", "famdevries@kpnmail.example"),
      """hoi ik ben [[Mees]] ik ben 11 en ik woon in Roosendaal
mijn moeder heeft een nieuwe vriend en hij schreeuwd heel hard als ik mijn kamer niet op ruim 😢
gisteren heeft hij mijn playstation kapot gegooit
mijn moeder zegt dat ik hem moet snappen omdat hij stres heeft van zijn werk
ik durf niet meer thuis te komen na school
dit is de computer van ons allemaal dus ik weet niet of jullie terug kunnen mailen""",
      subject="hulp"),
]

EXTRA_FIRST_NAMES = frozenset({
    "Aline", "Katrien", "Lotte", "Marthe", "Kobe", "Rune", "Arne", "Jarne", "Noa", "Jana",
    "Lina", "Robbe", "Wannes", "Bram", "Tibo", "Elien", "Evi", "Karim", "Youssef", "Dirk",
    "Pieter-Jan", "Hilde", "Griet", "Luc", "Nathalie",
})
