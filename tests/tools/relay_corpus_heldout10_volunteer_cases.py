# ruff: noqa: E501  (a mail's lines are as long as its writer typed them)
"""Hand-written volunteers' answers of the tenth held-out set, part `volunteer`.

Dressed by relay_corpus_heldout10_volunteer.py. Markup: [[identity]], <<neither content nor
identity>>; everything else in a body is the volunteer's own words and must arrive. Signatures
(sig=...) are not content; their [[...]] parts are identity.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Bart", "Hanne", "Wout", "Elke", "Joris", "Mieke", "Rosa", "Kobe", "Ilse", "Fien", "Maud",
    "Jef", "Lore", "Tuur", "Annick", "Gaëlle", "Benoît", "Solène", "Thibault", "Rachida", "Nadia",
    "Dirk", "Greet", "Koen", "Hilde", "Stijn", "Marleen", "Liesbet", "Pieter", "Ruth", "Mathis",
})

_QUOTES = {
    "nl": [
        "hoi\nik weet niet goed hoe ik dit moet zeggen maar ik denk dat ik op meisjes val\n"
        "en ik durf het aan niemand te vertellen, zeker niet thuis\nwat moet ik doen",
        "Sinds ik het aan mijn papa gezegd heb praat hij niet meer tegen mij.\n"
        "Mama zegt dat het wel overgaat maar het is al drie weken.",
        "ze lachen mij uit in de klas omdat ik anders praat en anders loop\n"
        "ik wil niet meer naar school gaan eigenlijk",
        "Ik ben 16 en ik voel me geen jongen en ook geen meisje. Is dat raar?\n"
        "Ik slaap slecht en ik pieker de hele tijd.",
        "mijn lief heeft het uitgemaakt en nu weet de hele school dat ik bi ben\nhelp",
    ],
    "fr": [
        "salut\njsp a qui parler, ma mère a lu mes messages et maintenant elle me parle plus\n"
        "je sais pas quoi faire",
        "Bonjour, j'ai 15 ans et je crois que je suis trans mais j'ai peur de le dire.\n"
        "Au lycée on se moque déjà de moi.",
        "je me sens seul(e) tout le temps, même avec mes potes. c'est normal ?",
    ],
    "en": [
        "hi\nmy best friend stopped talking to me after i told her i like her\n"
        "i cant stop thinking about it",
        "I'm 17 and my parents don't know I'm gay. My dad makes jokes about it every dinner.\n"
        "I don't know how much longer I can pretend.",
    ],
}


def v(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      nick: str, **kw: Any) -> Case:
    """One volunteer's answer; the quoted forward is picked from the pool unless given."""
    pool = _QUOTES[lang]
    quote = kw.pop("quote", "") or pool[sum(map(ord, slug)) % len(pool)]
    return Case(slug="h10v-" + slug, direction="volunteer", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, nickname=nick, quote=quote, note_lang=lang, **kw)


CASES: list[Case] = [
    # ------------------------------------------------------------------ Dutch / Flemish
    v("ticket-tool", "v10vol_zimbra", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "helpdesk-reply-line"],
      ("Bart Wouters", "bart.wouters@lokeren-stad.example"),
      """<<##- Typ uw antwoord boven deze lijn -##>>

Dag {pseudonym},

Sorry dat mijn antwoord er een beetje raar uitziet, je bericht kwam op mijn werkadres binnen en ons ticketsysteem plakt er altijd zijn lijntjes bij.

Wat je schrijft over je papa die niet meer tegen je praat sinds je het verteld hebt: dat is echt zwaar. Stilte kan harder zijn dan ruzie.
Misschien kan je hem een briefje geven in plaats van een gesprek te forceren? Dan kan hij het lezen op zijn eigen tempo, zonder dat hij meteen iets moet zeggen.
Drie weken is lang, maar het is niet voor altijd. Veel ouders hebben tijd nodig om hun beeld bij te stellen.

Laat je iets weten hoe het gaat?
Groetjes""",
      "Bart",
      sig="""[[Bart]]

Ticket [[#48213]] · behandeld door [[Bart Wouters]] · Servicedesk ICT [[Stad Lokeren]]
Dit ticket wordt automatisch gesloten na 7 dagen zonder reactie.
##- Ticket-ID: [[48213]] -##""",
      quote=_QUOTES["nl"][1]),
    v("keymash-kleuter", "gmail_android", "nl",
      ["private-account", "parent", "greets-pseudonym", "top-posted", "relative-named", "emoji",
       "tussentaal", "new-shape", "child-keymash"],
      ("Hanne Verstraeten", "hanne.verstraeten@gmail.example"),
      """Hey {pseudonym}

Eerst: wat goed dat je dit durft te schrijven, ook al is het aan een onbekende.
Op meisjes vallen is helemaal oké, echt. Ge zijt niet de enige, ook al voelt het nu zo.

hhhhhjjjjjkkkkkk;;;;;;;;;;;;;;

sorry!! mijn kleine [[Wout]] (2) zat op mijn schoot en heeft op de gsm geslagen 😅 ik laat het staan anders verlies ik alles

Waar was ik. Je moet het aan niemand vertellen voor je er klaar voor bent. Misschien is er één iemand, een nicht, een vriendin, een leerkracht, bij wie je je veilig voelt? Begin daar.

Liefs""",
      "Hanne",
      sig="[[Hanne]] 🌷"),
    v("ice-lijn", "outlook_desktop", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name", "phone-in-sig",
       "relative-named", "new-shape", "ice-contact"],
      ("Dirk Vanhoutte", "dirk.vanhoutte@telenet.example"),
      """Beste {pseudonym},

Ik ben al een oude man, dus vergeef me als ik de juiste woorden niet altijd vind.
Ik lees dat ze je uitlachen omdat je anders praat en anders loopt. Dat mag niemand doen. Niet in de klas, niet op de speelplaats, nergens.

Niet meer naar school willen is een heel begrijpelijk gevoel. Toch zou ik je willen vragen: is er op school een leerlingenbegeleider of een CLB-medewerker? Zij moeten hier iets mee doen. Je mag ook je ouders vragen om mee te gaan.

Je bent goed zoals je bent.

Met vriendelijke groeten,""",
      "Dirk",
      sig="""[[Dirk Vanhoutte]]
[[Kortrijkse Heerweg 112]]
[[8500 Kortrijk]]

ICE: [[Greet Vanhoutte-Decock]] (echtgenote) [[+32 56 21 47 09]]""",
      quote=_QUOTES["nl"][2]),
    v("radio-73", "v10vol_claws", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name", "sig-dash",
       "new-shape", "callsign"],
      ("Koen De Smedt", "on4kds@uba-leden.example"),
      """Dag {pseudonym},

Je vraagt of het raar is dat je je geen jongen en geen meisje voelt.
Nee. Het is niet raar. Er zijn veel mensen die zich zo voelen, en er zijn woorden voor, zoals non-binair, als je die wil gebruiken. Je moet niet.

Dat je slecht slaapt en veel piekert, daar zou ik wel iets mee doen. Schrijf 's avonds op wat in je hoofd zit, op papier, en leg het dan weg. Het klinkt simpel maar het helpt veel mensen.
Je mag ons altijd opnieuw schrijven.

Vriendelijke groet""",
      "Koen",
      sig="""[[Koen]]
73 de [[ON4KDS]]
QTH [[Herzele]] – locator [[JO10ux]]""",
      sig_dash=True, quote=_QUOTES["nl"][3]),
    v("doof-sms", "iphone", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "client-line", "contact-in-text",
       "new-shape", "deaf-contact-note"],
      ("Elke Claeys", "elke.claeys@icloud.example"),
      """Hoi {pseudonym}

Ik schrijf je even kort vanop mijn gsm.
Wat er gebeurd is met je lief en dat nu iedereen het weet, dat is echt niet eerlijk tegenover jou. Jij had moeten kiezen wie het mocht weten en wanneer.

Ik ben zelf doof, dus bellen met mij lukt niet, maar als je ooit liever via sms wil praten met iemand van Lumi dan kan dat via de coördinator, mijn eigen nummer is [[0486 33 71 20]] maar dat mag ik eigenlijk niet geven dus vraag het liever aan Lumi 🙈

Hou je sterk
x""",
      "Elke",
      quote=_QUOTES["nl"][4]),
    v("gemeenteraad", "outlook_web", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer", "new-shape", "political-mandate-line"],
      ("Stijn Van Acker", "stijn.vanacker@zottegem-raad.example"),
      """Dag {pseudonym},

Bedankt voor je bericht. Ik lees dat je het aan niemand durft te vertellen, zeker niet thuis.
Je hoeft niets te overhaasten. Coming-out is geen deadline, het is iets wat je doet wanneer jij er klaar voor bent, en bij wie jij kiest.

Wat misschien helpt: online zijn er jongerengroepen waar je eerst anoniem kan meelezen. Zo merk je dat er veel jongeren zijn zoals jij.

Groeten,""",
      "Stijn",
      sig="""[[Stijn Van Acker]]
Gemeenteraadslid [[Zottegem]] – fractie [[Burgerlijst Leefbaar Zottegem]]
Voorzitter welzijnscommissie
[[0472 18 64 30]]

Deze e-mail is uitsluitend bestemd voor de geadresseerde. Meningen in dit bericht zijn persoonlijk en binden het gemeentebestuur niet.""",
      quote=_QUOTES["nl"][0]),
    v("attest-plak", "gmail_web", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "own-name-in-text", "new-shape", "training-certificate-paste"],
      ("Fien Maes", "fienmaes03@gmail.example"),
      """Hey {pseudonym}!

Ik ben nog niet zo lang vrijwilliger, maar ik heb net de vorming rond non-binaire jongeren gevolgd, dus ik ga mijn best doen 😊 (ik moest mijn attest nog doorsturen naar de coördinator, ik plak het hier per ongeluk erbij, negeer dat maar)

<<Attest van deelname – >>[[Fien Maes]]<< (°>>[[14/02/2003]]<<) heeft deelgenomen aan de vorming "Luisteren zonder oordeel" (6 u)>>

Oké. Wat ik wil zeggen: dat gevoel van geen jongen en geen meisje, dat mag er gewoon zijn. Je hoeft er nu nog geen naam op te plakken.
Voor het slapen: probeer je gsm een halfuur voor je gaat slapen weg te leggen. Ik weet het, makkelijker gezegd dan gedaan.

Groetjes van [[Fien]]""",
      "Fien",
      quote=_QUOTES["nl"][3]),
    v("google-groep", "gmail_web", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "google-groups-footer"],
      ("Marleen Goossens", "marleen.goossens@gmail.example"),
      """Dag {pseudonym},

Ik las je bericht twee keer. Je schrijft dat ze je uitlachen omdat je anders praat. Ik wil je zeggen dat de manier waarop jij praat en beweegt van jou is, en dat niemand het recht heeft om je daarvoor klein te maken.

Probeer eens op te schrijven wanneer het gebeurt en wie erbij is. Dat lijkt klein, maar als je later naar de directie of het CLB gaat, heb je iets in handen.

Hartelijke groet""",
      "Marleen",
      sig="""[[Marleen]]

--
Je hebt dit bericht ontvangen omdat je geabonneerd bent op de groep "[[Breigroep Kessel-Lo]]" in Google Groepen.
Stuur een e-mail naar [[breigroep-kessel-lo]]+unsubscribe@googlegroups.example om je af te melden.""",
      quote=_QUOTES["nl"][2]),
    v("todoist-lijn", "apple_mail", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "task-app-line"],
      ("Joris Vlaeminck", "joris@vlaeminck-familie.example"),
      """Dag {pseudonym},

Wat een rotsituatie met je mama die je berichten las. Je privacy is belangrijk, ook als je jong bent.

Wat je kan doen:
- Zeg haar rustig dat je je gekwetst voelt, zonder meteen te verdedigen wat er in die berichten stond.
- Vraag of jullie er samen over kunnen praten op een moment dat jullie allebei kalm zijn.
- Zoek een volwassene die je vertrouwt om bij dat gesprek te helpen.

Sterkte,
[[Joris]]

<<✅ Voltooid in Todoist: "Lumi-antwoord sturen" – gedeeld project van >>[[Joris Vlaeminck]]

(en als het niet lukt, schrijf gewoon terug, ook al is het maar één zin)""",
      "Joris"),
    v("overlijden", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "relative-named", "disclaimer", "new-shape", "bereavement-note"],
      ("Annick Deprez", "annick.deprez@vdab-partner.example"),
      """Dag {pseudonym},

Wat fijn dat je ons schrijft. Op meisjes vallen is geen probleem dat opgelost moet worden, het is een deel van wie je bent.
Thuis niets durven zeggen, dat begrijp ik goed. Je hoeft ook niet. Een coming-out thuis kan later, als je je sterker voelt of als je ergens anders kan slapen als het misloopt.

Tot dan: zoek plekken waar je wél jezelf kan zijn. Een jeugdhuis, een online groep, een vriendin.

Warme groet,""",
      "Annick",
      sig="""[[Annick Deprez]]
Trajectbegeleider | [[Werkwinkel Menen]]
[[Stationsstraat 17, 8930 Menen]]
T [[056 51 88 02]]

Opgelet: wegens het overlijden van mijn moeder [[Rosa Vandamme]] ben ik tot en met 14 maart minder bereikbaar. Voor dringende vragen: [[onthaal.menen@vdab-partner.example]].

Dit bericht en eventuele bijlagen zijn vertrouwelijk.""",
      quote=_QUOTES["nl"][0]),
    v("auteur", "thunderbird", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "book-author-line"],
      ("Greet Lambrechts", "greet.lambrechts@skynet.example"),
      """Beste {pseudonym},

Niet meer naar school willen gaan omdat je uitgelachen wordt, dat is geen zwakte. Het is je lichaam dat zegt: hier is het niet veilig.
Toch zou ik niet zomaar thuisblijven zonder dat iemand weet waarom. Vertel het aan één volwassene op school. Als die niets doet, vertel het aan een tweede.

Ik heb veertig jaar les gegeven en ik weet dat er op elke school mensen zijn die dit wél ernstig nemen. Zoek ze.

Met hartelijke groet,""",
      "Greet",
      sig="""[[Greet Lambrechts]]
Auteur van "[[Krijtstof en kastanjes]]" ([[Uitgeverij Hooglied]], 2019)
www.[[greetlambrechts]].example""",
      quote=_QUOTES["nl"][2]),
    v("groepje-optreden", "samsung", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name", "client-line",
       "emoji", "no-punctuation", "new-shape", "band-gig-line"],
      ("Tuur Willems", "tuur.willems@hotmail.example"),
      """hey {pseudonym}

da is echt kut wat er gebeurd is met uw lief
iedereen die het nu weet heeft het niet van u gehoord en da is niet eerlijk
ma bi zijn is niks om u voor te schamen echt nie
ik ben zelf 18 en ik weet hoe da voelt op school
misschien is er iemand in de klas die wel normaal reageert probeer bij die te gaan zitten

en als ge wilt schrijven doe da gwn

[[Tuur]] 🎸""",
      "Tuur",
      sig="""🎶 Live met [[Zeven Kwartier]] – za 22/03 in [[JH De Kluis, Opwijk]] – tickets via [[zevenkwartier]].example""",
      quote=_QUOTES["nl"][4]),
    v("nieuw-nummer", "outlook_mobile", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name", "client-line",
       "phone-in-sig", "new-shape", "number-change-notice"],
      ("Ilse Dewaele", "ilse.dewaele@outlook.example"),
      """Dag {pseudonym},

Ik begrijp dat je bang bent dat je ouders het te weten komen. Dat is een heel normale angst.
Weet dat jij beslist wanneer en aan wie je iets vertelt. Niemand anders.

Als je wil, kunnen we samen bekijken wie in je omgeving misschien wel veilig is.

Groetjes,
[[Ilse]]""",
      "Ilse",
      sig="""Let op: nieuw nummer vanaf 1 april: [[0491 27 55 83]] (het oude [[0477 90 12 44]] vervalt)""",
      quote=_QUOTES["nl"][0]),
    v("xauth-header", "webmail", "nl",
      ["work-account", "teacher", "greets-pseudonym", "top-posted", "signed-name", "work-signature",
       "new-shape", "auth-sender-header"],
      ("Mieke Van den Broeck", "mieke.vandenbroeck@sint-jozef-school.example"),
      """Dag {pseudonym},

Ik ben leerkracht en ik zie elke dag hoe hard jongeren kunnen zijn voor elkaar. Wat jij meemaakt, is pesten, ook als zij het "maar plagen" noemen.

Je hebt recht op een veilige school. Elke school moet een aanspreekpunt hebben. Vraag op het secretariaat wie dat is bij jullie.
Je mag ook thuis zeggen dat je niet meer wil gaan en waarom. Ouders kunnen mee naar school komen.

Veel moed,""",
      "Mieke",
      sig="""[[Mieke Van den Broeck]]
Leerkracht Nederlands – [[Sint-Jozefscollege Aarschot]]""",
      headers=[("X-Authenticated-Sender", "mvdbroeck@smtp.sint-jozef-school.example"),
               ("X-Sender-Login", "mvdbroeck")],
      identity=["mvdbroeck"],
      quote=_QUOTES["nl"][2]),
    v("ai-herschreven", "gmail_web", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "ai-draft-remnant"],
      ("Maud Hermans", "maud.hermans.02@gmail.example"),
      """<<Natuurlijk! Hier is een herschreven versie van je tekst, warmer en iets korter:>>

Lieve {pseudonym},

Dankjewel dat je je verhaal met ons deelt. Dat vraagt moed.
Dat je papa nu zwijgt, doet pijn. Zijn stilte zegt meer over zijn schrik dan over jou.
Geef hem wat tijd, maar vergeet jezelf niet: zoek iemand bij wie je wel terechtkan, zoals je mama, een tante of een vriend.

Warme groet,
[[Maud]]

<<Wil je dat ik de toon nog wat formeler of juist informeler maak?>>

oei sorry dat laatste stuk was van de chatbot, ik heb je tekst gewoon wat laten nalezen omdat ik twijfelde. de woorden zijn wel echt van mij hoor""",
      "Maud",
      quote=_QUOTES["nl"][1]),
    v("ingepland", "gmail_ios", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name", "initials",
       "new-shape", "scheduled-send-note"],
      ("Pieter Goris", "pietergoris@gmail.example"),
      """Dag {pseudonym},

(ik schrijf dit om kwart over twee 's nachts na mijn nachtdienst, ik heb de mail ingepland voor 9u zodat hij niet midden in de nacht bij je binnenkomt)

Je bent zestien en je voelt je geen jongen en geen meisje. Dat is niet raar. Het is iets wat je over jezelf ontdekt, en ontdekken gaat met vallen en opstaan.

Misschien helpt het om een dagboekje bij te houden: wanneer voel ik me goed in mijn lijf, wanneer niet. Dan zie je na een tijd patronen.

Slaap zacht (straks),
[[P.G.]]""",
      "Pieter",
      quote=_QUOTES["nl"][3]),
    v("ademhaling", "apple_mail", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "breathing-script"],
      ("Liesbet Coppens", "liesbet.coppens@me.example"),
      """Dag {pseudonym},

Je schrijft dat je veel piekert en slecht slaapt. Ik geef je een oefening die ik zelf elke avond doe:

adem in … 2 … 3 … 4
hou vast … 2 … 3 … 4 … 5 … 6 … 7
adem uit … 2 … 3 … 4 … 5 … 6 … 7 … 8

Vier keer na elkaar. Niet meer. Het is geen toverformule, maar je hart gaat er trager van kloppen.

En over geen jongen en geen meisje voelen: je bent welkom zoals je bent, met of zonder label.

Liefs,
[[Liesbet]]

adem in … adem uit. Je doet het goed.""",
      "Liesbet",
      quote=_QUOTES["nl"][3]),
    v("invul-ik-boodschap", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer", "logo", "new-shape", "fill-in-blanks"],
      ("Hilde Schepens", "hilde.schepens@caw-oostkust.example"),
      """Dag {pseudonym},

Je vroeg hoe je met je papa kan praten zonder dat het ontploft. Een ik-boodschap kan helpen. Vul de lijntjes in met je eigen woorden:

Papa, ik voel me ___ als jij ___ .
Ik zou graag willen dat ___ .
Kunnen we daar ___ (wanneer?) over praten?

Schrijf het eerst op papier. Je hoeft het niet meteen te zeggen, je mag het ook als briefje geven.

Groeten,""",
      "Hilde",
      sig="""[[Hilde Schepens]]
Hulpverlener Jongerenonthaal
[[CAW Oostkust]] – [[Kerkstraat 41, 8400 Oostende]]
T [[059 33 18 70]] | GSM [[0495 62 11 08]]

Dit bericht is vertrouwelijk en enkel bestemd voor de geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwittig dan de afzender en verwijder het.""",
      logo=("CAW Oostkust", "inline"),
      quote=_QUOTES["nl"][1]),
    v("bingo", "gmail_android", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name", "emoji",
       "new-shape", "bingo-card"],
      ("Kobe Lemmens", "kobelemmens@gmail.example"),
      """Yo {pseudonym}

Ik ga het eens anders doen. Hier is een bingokaart voor deze week. Elke keer dat je iets doet, zet je een kruisje. Volle rij = je mag trots zijn op jezelf.

B I N G O
| 1 leuk ding gedaan | iemand aangesproken | 8u geslapen |
| buiten gewandeld | 🎧 muziek die je blij maakt | iets gegeten dat je lekker vond |
| tegen een volwassene gezegd hoe het gaat | gehuild (mag!) | een berichtje naar Lumi |

BINGO = rij vol

Je lief heeft iets gedaan wat niet oké was. Maar jij bent nog altijd jij.

[[Kobe]]""",
      "Kobe",
      quote=_QUOTES["nl"][4]),
    v("samenvoegveld", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "mail-merge-field"],
      ("Ruth Verbeke", "ruth.verbeke@jeugdwerkloket.example"),
      """Beste {pseudonym},

Ik werk elke dag met standaardbrieven en ik merk dat mijn sjabloon er nog half in zat, excuses, ik heb het meeste weggehaald: «Aanhef_Jongere» vergeet je maar.

Wat je vertelt over je mama die je berichten gelezen heeft: je mag boos zijn. Je mag ook verdrietig zijn. Allebei tegelijk mag ook.
Probeer een rustig moment te kiezen om te zeggen wat het met je deed.

<<«Slotformule»>>
Met vriendelijke groeten,""",
      "Ruth",
      sig="""[[Ruth Verbeke]]
Consulent | [[Jeugdwerkloket Roeselare]]
[[051 26 44 90]]""",
      quote=_QUOTES["nl"][1]),
    v("ecosia", "v10vol_vivaldi", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "ecosia-counter"],
      ("Lore Segers", "lore.segers@posteo.example"),
      """Hoi {pseudonym},

Bedankt om te schrijven. Iedereen weet het nu, en dat is niet jouw schuld. Jij hebt niemand uit de kast gezet, dat heeft je ex gedaan.
Als mensen vragen stellen, mag je gewoon zeggen: "daar wil ik het nu niet over hebben."

Zorg goed voor jezelf deze week. Eet, slaap, zie mensen die lief zijn.

Groetjes""",
      "Lore",
      sig="""[[Lore]] ([[zij/haar]])
🌳 Ik plantte al 1 284 bomen met Ecosia""",
      quote=_QUOTES["nl"][4]),
    v("adhd-brein", "v10vol_fairemail", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name", "typos",
       "new-shape", "neurodivergent-note"],
      ("Jef Raes", "jef.raes@fastmail.example"),
      """Dag {pseudonym},

Ik antwoord wat later dan ik wou, sorry daarvoor.
Wat je schrijft over je vader raakte me. Ik heb zelf ook een papa gehad die niet wist wat hij moest zeggen toen ik het vertelde. Bij ons duurde het een paar maanden. Nu is het oké, nie perfect maar oké.

Dus: het kan veranderen. Maar je moet er niet op wachten om je goed te voelen. Zoek ondertussen mensen die je wel zien.

Groetjes,
[[Jef]]""",
      "Jef",
      sig="""🧠 ADHD-brein aan het werk: vergeet ik iets, stuur gerust een herinnering!""",
      quote=_QUOTES["nl"][1]),
    v("mail-drop", "apple_mail", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "mail-drop-link"],
      ("Mathis Van Hove", "mathis.vanhove@icloud.example"),
      """Beste {pseudonym},

Ik heb je een klein luisterboek-fragmentje willen sturen over een jongen die hetzelfde meemaakte als jij, maar het bestand is te groot, dus mijn computer heeft er een link van gemaakt. Ik weet niet of die bij jou aankomt.

In elk geval: je bent niet alleen. Schrijf op wat er gebeurt op school en wie het doet. Toon het aan iemand die iets kan doen.

Hartelijk,""",
      "Mathis",
      sig="""[[Mathis]]

[[Mathis Van Hove]] heeft een bestand met je gedeeld via Mail Drop. Beschikbaar tot 3 april 2025.
fragment_[[vanhove]]_hoofdstuk3.m4a (212,4 MB)
https://www.icloud.example/attachment/?u=[[mathis.vanhove]]&uk=Qm9zY2g""",
      quote=_QUOTES["nl"][2]),
    v("geen-psycholoog", "windows_mail", "nl",
      ["private-account", "parent", "greets-pseudonym", "top-posted", "signed-name", "client-line",
       "content-after-name", "new-shape", "not-a-professional-note"],
      ("Nadia El Khatib", "nadia.elkhatib@hotmail.example"),
      """Dag {pseudonym},

Dat je veel piekert en slecht slaapt, dat hoor ik vaker bij jongeren die met hun identiteit bezig zijn. Dat is logisch: je hoofd werkt overuren.

Zoek iemand om mee te praten, liefst ook iemand die er echt voor opgeleid is: de huisarts, het CLB, of een jongerenpsycholoog via je mutualiteit (soms gratis).

Liefs,
[[Nadia]]

Ik ben geen psycholoog, gewoon een mama en vrijwilliger, dus neem wat ik zeg mee als raad van iemand die om je geeft, niet als diagnose.""",
      "Nadia",
      quote=_QUOTES["nl"][3]),
    v("vacaturebanner", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer", "new-shape", "vacancy-banner"],
      ("Thibault Mertens", "thibault.mertens@bouwgroep-mertens.example"),
      """Dag {pseudonym},

Mijn excuses voor de lange handtekening eronder, die kan ik niet uitzetten op het werk.

Op meisjes vallen is oké. Ik weet dat het thuis misschien anders klinkt, maar het is echt oké.
Iets wat veel jongeren helpt: eerst online lezen van anderen die het meemaakten. Daarna één persoon in vertrouwen nemen.

Groeten,""",
      "Thibault",
      sig="""[[Thibault Mertens]] | Projectleider
[[Bouwgroep Mertens nv]] | [[Nijverheidslaan 8, 2390 Malle]]
M [[0476 40 19 22]]

🔨 We zoeken collega's! Bekijk onze vacatures op [[werkenbijmertens]].example

Dit e-mailbericht is vertrouwelijk. BTW [[BE 0412.778.301]]""",
      quote=_QUOTES["nl"][0]),
    # ordinary shapes, some in shapes earlier rounds named
    v("gezinsaccount", "telenet_webmail", "nl",
      ["others-account", "family-account", "parent", "greets-pseudonym", "top-posted", "signed-other-name", "tussentaal"],
      ("Familie Van Damme-Cools", "vandamme.cools@telenet.example"),
      """Hallo {pseudonym},

Hier is [[Rachida]], ik schrijf vanaf ons gezinsadres want mijn eigen mail doet raar.

Ge schrijft dat iedereen op school nu weet dat ge bi zijt. Da moet echt een schok geweest zijn. Weet dat het nieuws over iemand na een paar weken meestal gaat liggen, ook al voelt het nu als het einde van de wereld.

Houd u vast aan de mensen die normaal doen.

Groetjes
[[Rachida]]""",
      "Rachida",
      volunteer="rachida.cools@gmail.example",
      headers=[("Reply-To", "rachida.cools@gmail.example")],
      identity=["Rachida", "Cools", "Van Damme"],
      quote=_QUOTES["nl"][4]),
    v("inline-vader", "thunderbird", "nl",
      ["private-account", "retiree", "greets-pseudonym", "inline-answer", "signed-name", "initials"],
      ("Benoît Callewaert", "b.callewaert@scarlet.example"),
      """Dag {pseudonym},

Ik antwoord tussen je zinnen, dat is voor mij het makkelijkst.

> Sinds ik het aan mijn papa gezegd heb praat hij niet meer tegen mij.

Dat is pijnlijk. Maar dat hij zwijgt, betekent niet dat hij je niet graag ziet. Soms weten vaders niet wat ze moeten zeggen en zeggen ze dan niets.

> Mama zegt dat het wel overgaat maar het is al drie weken.

Drie weken is lang als je zestien bent. Vraag aan je mama of zij eens met hem wil praten, of dat jullie met z'n drieën aan tafel gaan zitten.

Hou moed,
[[B.C.]]""",
      "Benoît",
      quote_style="none", quote=_QUOTES["nl"][1]),
    v("onderaan", "v10vol_betterbird", "nl",
      ["private-account", "worker", "greets-pseudonym", "bottom-posted", "signed-name", "sig-dash"],
      ("Wout Aerts", "wout.aerts@proximus.example"),
      """Dag {pseudonym},

Ik zet mijn antwoord onderaan, zoals ik het op het werk gewoon ben.

Dat ze je uitlachen, dat is pesten. Punt. Het is niet jouw taak om anders te praten of te lopen zodat zij stoppen.
Vraag hulp aan een leerkracht die jij vertrouwt. En als je echt niet meer naar school durft, zeg dat thuis: dan is het tijd dat volwassenen ingrijpen.

[[Wout]]""",
      "Wout",
      sig="""[[Wout Aerts]] – [[0468 22 91 37]]""",
      sig_dash=True, quote_pos="above", quote=_QUOTES["nl"][2]),
    v("html-only-kaart", "outlook_web", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "html-only", "phone-in-sig"],
      ("Gaëlle Bogaert", "gaelle.bogaert@uzbrugge-zorg.example"),
      """Dag {pseudonym},

Als verpleegkundige zie ik veel jongeren die slecht slapen door piekeren. Je bent daar zeker niet alleen in.

Een paar dingen die kunnen helpen:
• elke dag op hetzelfde uur opstaan, ook in het weekend
• schermen weg een uur voor het slapen
• piekergedachten opschrijven in een schriftje naast je bed

En over je gevoel: geen jongen en geen meisje, dat mag. Er zijn veel jongeren die zich zo voelen.

Vriendelijke groet,""",
      "Gaëlle",
      sig="""[[Gaëlle Bogaert]]
Verpleegkundige pediatrie – [[AZ Sint-Pieter Brugge]]
[[050 45 92 13]] (afdeling)""",
      html="only", quote=_QUOTES["nl"][3]),
    v("spraak-auto", "iphone", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "voice-to-text", "client-line",
       "no-punctuation", "signed-name"],
      ("Stijn Claes", "stijnclaes@icloud.example"),
      """hallo {pseudonym} ik dicteer dit in de auto dus excuses voor de fouten
wat jij meemaakt met je mama die je berichten leest dat is een schending van je privacy ook al bedoelt ze het misschien goed
probeer haar te zeggen hoe dat voelde zonder te roepen
en als het niet lukt zoek dan iemand anders een tante een leerkracht iemand van het CLB
groetjes [[Stijn]]""",
      "Stijn",
      quote=_QUOTES["nl"][1]),
    v("crlf-kort", "v10vol_pegasus", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "very-short", "crlf",
       "signed-name"],
      ("Jan-Willem Dekkers", "jw.dekkers@zeelandnet.example"),
      """Beste {pseudonym},

Dank voor je moed. Je bent niet raar. Schrijf ons gerust opnieuw.

Met groet,
[[Jan-Willem]]""",
      "Jan-Willem",
      crlf=True, quote=_QUOTES["nl"][3]),
    v("school-vcard", "outlook_desktop", "nl",
      ["work-account", "teacher", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "vcard", "phone-in-sig"],
      ("Koen Vermeulen", "koen.vermeulen@atheneum-lier.example"),
      """Dag {pseudonym},

Ik ben leraar en ik weet hoe klein een school kan aanvoelen als iedereen iets over je weet.
Het beste wat je nu kan doen: je omringen met één of twee mensen die normaal doen, en de rest zoveel mogelijk laten praten. Het gaat voorbij, ook al geloof je dat nu niet.

Als iemand je lastigvalt, meld het. Dat is geen klikken, dat is jezelf beschermen.

Groeten,""",
      "Koen",
      sig="""[[Koen Vermeulen]]
Leraar geschiedenis – [[Koninklijk Atheneum Lier]]
[[03 480 12 77]]""",
      vcard="""BEGIN:VCARD
VERSION:3.0
FN:[[Koen Vermeulen]]
ORG:[[Koninklijk Atheneum Lier]]
TEL;TYPE=cell:[[+32 478 55 20 16]]
EMAIL:koen.vermeulen@atheneum-lier.example
END:VCARD""",
      quote=_QUOTES["nl"][4]),
    v("thema-lijn", "gmail_web", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "thema-line", "signed-name",
       "emoji"],
      ("Fleur Jacobs", "fleur.jacobs.01@gmail.example"),
      """<<#thema: coming-out, familie>>

Hoi {pseudonym} 🌈

Wat fijn dat je ons schrijft! Op meisjes vallen is mooi en normaal, ook als het thuis niet zo voelt.
Je bepaalt zelf wanneer je het vertelt. Er is geen haast.

Als je wil, kan je ons altijd opnieuw mailen.

Liefs, [[Fleur]]""",
      "Fleur",
      quote=_QUOTES["nl"][0]),
    v("cc-werk", "gmail_web", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "cc-own-address", "signed-name",
       "wrong-account"],
      ("Marleen Wuyts", "marleenwuyts@gmail.example"),
      """Dag {pseudonym},

Ik antwoord van thuis en zet mijn werkadres, waar Lumi je berichten naar stuurt, even in kopie zodat ik eraan denk om binnen een paar dagen opnieuw te kijken of je geantwoord hebt.

Je lief heeft iets gedaan wat heel kwetsend is. Niemand mag zomaar vertellen dat jij bi bent. Dat is van jou.
Zoek steun bij vrienden die achter je staan. En weet dat wij er ook zijn.

Groetjes,
[[Marleen]]""",
      "Marleen",
      volunteer="marleen.wuyts@provincie-limburg.example",
      headers=[("Cc", "Marleen Wuyts <marleen.wuyts@provincie-limburg.example>")],
            quote=_QUOTES["nl"][4]),
    v("geleend-buur", "yahoo", "nl",
      ["others-account", "borrowed-account", "retiree", "greets-pseudonym", "top-posted", "wrong-account",
       "signed-other-name", "client-line", "own-name-in-text"],
      ("Roger Timmermans", "roger.timmermans@yahoo.example"),
      """Beste {pseudonym},

Ik ben [[Greet Wouters]], vrijwilliger bij Lumi. Mijn internet ligt plat dus ik schrijf even van bij mijn buurman, die het goedvindt.

Ik lees dat je je geen jongen en geen meisje voelt en dat je slecht slaapt. Je bent niet raar. Je bent aan het zoeken, en dat mag tijd kosten.

Probeer voor het slapen iets rustigs te doen: lezen, muziek, tekenen.

Vriendelijke groeten,
[[Greet]]""",
      "Greet",
      volunteer="greet.wouters@skynet.example",
      headers=[("Reply-To", "greet.wouters@skynet.example")],
      quote=_QUOTES["nl"][3]),
    v("copilot-werk", "v10vol_new_outlook", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer", "new-shape", "ai-draft-remnant"],
      ("Elke Vandevelde", "elke.vandevelde@mutualiteit-west.example"),
      """Dag {pseudonym},

Je schrijft dat ze je uitlachen omdat je anders praat en loopt. Dat is pesten en dat is niet oké.
Ik wil je aanmoedigen om het te melden, ook al lijkt dat eng. Je kan ook samen met een vriend(in) gaan.

<<Concept gegenereerd met Copilot. Controleer de inhoud op juistheid.>>

(dat zinnetje hierboven zet mijn computer er vanzelf bij, maar alles hierboven heb ik zelf geschreven en herlezen!)

Groeten,""",
      "Elke",
      sig="""[[Elke Vandevelde]]
Sociaal werker | [[Mutualiteit West]] – regio [[Ieper]]
[[057 20 31 44]]

Privacy: wij verwerken uw gegevens volgens de AVG. Meer info op onze website.""",
      quote=_QUOTES["nl"][2]),
    v("ticket-ocmw", "outlook_web", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "helpdesk-reply-line"],
      ("Kobe Janssen-Cuypers", "kobe.cuypers@ocmw-genk.example"),
      """<<##- Gelieve boven deze lijn te antwoorden -##>>

Dag {pseudonym},

Ik ben het, je vrijwilliger. Mijn werkmail zit gekoppeld aan ons meldingssysteem, vandaar die rare lijn bovenaan.

Je mama heeft je berichten gelezen en dat voelt als een inbraak. Dat begrijp ik. Misschien is ze bang, en doet ze daarom dingen die niet kunnen. Dat maakt het niet goed, maar het helpt soms om te snappen waarom.

Zeg haar wat je nodig hebt: "ik wil dat je me eerst vraagt". Dat is een duidelijke grens.

Groetjes,
[[Kobe]]""",
      "Kobe",
      sig="""Melding [[#GNK-2025-00917]] – toegewezen aan: [[Kobe Janssen-Cuypers]] ([[Sociale Dienst Genk]])
U kunt de status van uw melding volgen via het e-loket.""",
      quote=_QUOTES["nl"][1]),
    v("ice-nl-nederland", "gmail_android", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name", "relative-named",
       "new-shape", "ice-contact"],
      ("Tessa Hoekstra", "tessahoekstra@gmail.example"),
      """Hoi {pseudonym},

Ik woon in Nederland maar doe vrijwilligerswerk voor Lumi, dus sorry als ik soms andere woorden gebruik dan jij.

Wat rot dat je vader niet meer met je praat. Drie weken is echt lang. Heb je een oom, tante of opa bij wie je even kunt zijn? Soms helpt het om niet elke dag in die stilte te zitten.

Groetjes,
[[Tessa]]""",
      "Tessa",
      sig="""[[Tessa Hoekstra]] · [[Groningen]]
In geval van nood (ICE): [[Jelle Hoekstra]] (broer) [[06 41 27 83 90]]""",
      quote=_QUOTES["nl"][1]),
    v("ocmw-raadslid", "outlook_desktop", "nl",
      ["work-account", "retiree", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "title", "new-shape", "political-mandate-line"],
      ("dr. Marc Heylen", "marc.heylen@sint-truiden-mandataris.example"),
      """Beste {pseudonym},

Ik schrijf je als gepensioneerd huisarts en vrijwilliger.

Slecht slapen en veel piekeren zijn klachten die ik vaak zag bij jongeren die met hun gender bezig waren. Dat hoort niet "gewoon bij de leeftijd". Praat erover met je huisarts, die zwijgplicht heeft, ook tegenover je ouders als je dat vraagt.

Je bent niet raar. Je bent jij.

Met vriendelijke groeten,""",
      "Marc",
      sig="""dr. [[Marc Heylen]]
OCMW-raadslid en schepen van welzijn, [[Sint-Truiden]]
[[Diestersteenweg 201, 3800 Sint-Truiden]]""",
      quote=_QUOTES["nl"][3]),
    v("googlegroep-buurt", "gmail_ios", "nl",
      ["others-account", "shared-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "google-groups-footer"],
      ("Buurtwerking Heilig Hart", "buurt-heilighart@googlegroups.example"),
      """Dag {pseudonym},

Hier [[Pieter]] van Lumi. Ik antwoord via ons buurtadres, sorry als dat verwarrend is.

Iedereen weet het nu op school, en jij had daar niets over te zeggen. Dat is niet eerlijk. Weet wel dat wie jou echt graag ziet, dit niet zal gebruiken tegen jou.

Groetjes,
[[Pieter]]""",
      "Pieter",
      volunteer="pieter.bauwens@gmail.example",
      sig="""--
Je ontvangt dit bericht omdat je geabonneerd bent op de Google Groups-groep "[[Buurtwerking Heilig Hart Hasselt]]".
Verzonden namens [[pieter.bauwens@gmail.example]].""",
      quote=_QUOTES["nl"][4]),
    v("to-do-lijst", "outlook_android", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name", "client-line",
       "content-after-name", "new-shape", "task-app-line"],
      ("Ilse Verhaegen", "ilse.verhaegen@outlook.example"),
      """Hoi {pseudonym},

Je hoeft het niet aan iedereen te vertellen. Begin met één persoon.
Als je twijfelt wie: kies iemand die al eens iets positiefs zei over holebi's of die zelf ook "anders" is.

Liefs,
[[Ilse]]

<<☑ Taak voltooid in Microsoft To Do – "antwoord Lumi" (lijst: >>[[Ilse]]<< privé)>>

Nog één ding: je bent al moediger dan je denkt, want je hebt ons geschreven.""",
      "Ilse",
      quote=_QUOTES["nl"][0]),
    v("ingepland-werk", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "scheduled-send-note"],
      ("Stefanie Wyns", "stefanie.wyns@kinderopvang-elfje.example"),
      """Dag {pseudonym},

Ik schrijf je 's avonds laat, maar ik heb deze mail ingepland voor morgenvroeg, zodat je hem niet om middernacht leest.

Dat ze je uitlachen in de klas, daar moet iets aan gebeuren. Je hoeft het niet alleen op te lossen. Vraag je ouders of een leerkracht om mee te gaan naar de directie.

Vriendelijke groet,""",
      "Stefanie",
      sig="""[[Stefanie Wyns]]
Verantwoordelijke [[Kinderopvang 't Elfje]]
[[Dorpsplein 3, 9160 Lokeren]] – [[09 348 71 02]]
Onze openingsuren: ma-vr 7u-18u30""",
      quote=_QUOTES["nl"][2]),
    v("lange-uitleg", "v10vol_geary", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name", "long"],
      ("Wannes Deckers", "wannes.deckers@posteo.example"),
      """Dag {pseudonym},

Ik wil je een langere mail schrijven, omdat ik denk dat je vraag dat verdient.

Je bent zestien en je voelt je geen jongen en geen meisje. Misschien heb je al woorden gelezen als non-binair, genderfluïde, agender. Misschien herken je jezelf in één ervan, misschien in geen enkele. Dat is allemaal oké. Woorden zijn er om je te helpen, niet om je in een doos te stoppen.

Ik ben zelf non-binair, en ik herinner me dat ik op jouw leeftijd ook slecht sliep. Ik lag 's nachts scenario's te bedenken: wat als ik het zeg, wat als ze lachen, wat als ze me niet meer graag zien. Wat mij geholpen heeft:

1. Het opschrijven. Niet voor iemand anders, enkel voor mezelf.
2. Lezen over andere mensen. Er zijn boeken, YouTube-kanalen, podcasts.
3. Eén persoon vinden die het wist. Voor mij was dat mijn nicht.
4. Geduld hebben met mezelf.

Het piekeren is niet helemaal verdwenen, maar het is wel veel stiller geworden.

Je mag ons altijd terug schrijven. Ook als het maar één zin is. Ook als het is om te zeggen dat het goed gaat.

Warme groet,
[[Wannes]] ([[hen/hun]])""",
      "Wannes",
      quote=_QUOTES["nl"][3]),
    v("heel-kort", "huawei", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "very-short", "client-line",
       "no-punctuation", "initials"],
      ("Dries Maes", "dries.maes@hotmail.example"),
      """hey {pseudonym} ge zijt niet alleen
schrijf gerust nog eens
[[dm]]""",
      "Dries",
      quote=_QUOTES["nl"][4]),
    v("west-vlaams", "samsung", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "dialect", "client-line",
       "signed-name"],
      ("Noël Vandenbussche", "noel.vdbussche@telenet.example"),
      """Dag {pseudonym},

K'è je bericht gelezen en 't doet me zeer da ze joen zo uitlachen.
Da moe nie. Gie moe je nie anders gedroagen vo hunder plezier.
Goa no iemand van de school en zeg wat er gebeurt. Ge zyt 't weerd.

Vele groetn
[[Noël]]""",
      "Noël",
      quote=_QUOTES["nl"][2]),
    v("limburgs-mam", "gmail_android", "nl",
      ["private-account", "parent", "greets-pseudonym", "top-posted", "dialect", "emoji",
       "signed-name", "typos"],
      ("Evi Schoofs", "evischoofs@gmail.example"),
      """Hoeai {pseudonym},

Ich heb dien berich gelezen en ich wil dich zègke: dich bis good wie ste bis ❤️
Das dien mam dien berichte haet gelaeze, da is nie ok, ma misschien is ze gewoen bang vur dich.
Praot mit heur op e rustig moment.

Groetjes
[[Evi]]""",
      "Evi",
      quote=_QUOTES["nl"][1]),
    v("hoofdletters", "iphone", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "capitals", "client-line",
       "signed-name"],
      ("Jozef Vermeiren", "jozef.vermeiren@skynet.example"),
      """BESTE {pseudonym},

EXCUSEER DE HOOFDLETTERS, IK BEN 80 EN MIJN OGEN ZIJN NIET MEER ZO GOED.

OP MEISJES VALLEN IS NIETS OM JE VOOR TE SCHAMEN. IN MIJN TIJD KON MEN DAT NIET ZEGGEN, NU GELUKKIG WEL.
NEEM JE TIJD.

MET VRIENDELIJKE GROETEN,
[[JOZEF]]""",
      "Jozef",
      quote=_QUOTES["nl"][0]),
    v("encoded-naam", "gmail_web", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "encoded-display-name",
       "signed-name"],
      ("Zoë Dumoulin", "zoe.dumoulin@gmail.example"),
      """Hoi {pseudonym},

Dat je papa zwijgt, is heel zwaar. Stilte is soms erger dan woorden.
Probeer het niet op te geven, maar zorg dat je ondertussen ergens anders steun vindt. Bij een vriend, een tante, of bij ons.

Groetjes,
[[Zoë]]""",
      "Zoë",
      from_style="ew", quote=_QUOTES["nl"][1]),
    v("comment-naam", "v10vol_neomutt", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "comment-display-name",
       "signed-name", "sig-dash", "no-punctuation"],
      ("Arne Pauwels", "arne@pauwels-thuis.example"),
      """dag {pseudonym}

je schrijft dat je het aan niemand durft te zeggen en dat is helemaal ok
er is geen regel die zegt dat je het moet vertellen
wel fijn als je iemand hebt om mee te praten en dat mogen wij ook zijn

[[arne]]""",
      "Arne",
      sig="""[[Arne Pauwels]] | [[arne@pauwels-thuis.example]] | gpg 0x[[7F3A19C2]]""",
      sig_dash=True, from_style="comment", quote=_QUOTES["nl"][0]),
    v("logo-bijlage", "v10vol_zimbra", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "logo", "logo-attachment", "phone-in-sig"],
      ("Griet Van Landeghem", "griet.vanlandeghem@jeugddienst-eeklo.example"),
      """Dag {pseudonym},

Ik werk zelf met jongeren en ik hoor dit jammer genoeg vaak: dat een ex iets doorvertelt wat niet van hem of haar was.

Jij bent niet degene die zich moet schamen. Hou je hoofd hoog, ook al is dat moeilijk.

Groeten,""",
      "Griet",
      sig="""[[Griet Van Landeghem]]
Jeugdconsulent – [[Jeugddienst Eeklo]]
[[09 376 42 80]]""",
      logo=("Jeugddienst Eeklo", "attachment"), quote=_QUOTES["nl"][4]),
    v("sig-enkel-html", "gmail_web", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "sig-html-only", "phone-in-sig"],
      ("Bram Lenaerts", "bram.lenaerts@studio-lenaerts.example"),
      """Hey {pseudonym},

Wat een moed om dit op te schrijven. Ik wil je zeggen: je bent welkom, precies zoals je bent.
Thuis niets durven zeggen is heel normaal. Zoek eerst veilige plekken.

Groetjes,
[[Bram]]""",
      "Bram",
      sig="""[[Bram Lenaerts]] – grafisch ontwerper
[[Studio Lenaerts]] · [[Mechelsesteenweg 90, 2018 Antwerpen]] · [[0479 61 02 35]]""",
      sig_in="html", quote=_QUOTES["nl"][0]),
    v("koppel-account", "v10vol_posteo", "nl",
      ["others-account", "partner-account", "worker", "greets-pseudonym", "top-posted", "signed-name"],
      ("Hanne & Bert Coolen", "hanneenbert@posteo.example"),
      """Dag {pseudonym},

Ik ben [[Hanne]], ik deel dit adres met mijn man, dus niet schrikken van de naam.

Wat je vertelt over je mama: ik denk dat veel ouders uit angst dingen doen die niet kunnen. Dat maakt het niet oké voor jou. Je mag daar boos om zijn.

Liefs,
[[Hanne]]""",
      "Hanne",
      identity=["Bert", "Coolen"],
      quote=_QUOTES["nl"][1]),
    v("hogeschool-student", "outlook_web", "nl",
      ["school-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer"],
      ("Yasmine Aouad", "yasmine.aouad@student.hogent-hs.example"),
      """Hoi {pseudonym},

Ik ben student sociaal werk en vrijwilliger bij Lumi. Ik schrijf van mijn schoolaccount, want mijn gewone mail laadt niet op de campus.

Je bent niet raar. Geen jongen en geen meisje voelen is iets wat meer mensen ervaren dan je denkt.
Slaap is belangrijk, probeer een vast ritme te houden.

Groetjes,
[[Yasmine]]""",
      "Yasmine",
      sig="""[[Yasmine Aouad]]
Student Bachelor Sociaal Werk – [[HOGENT]], klas [[2SW3]]

Deze e-mail werd verzonden via het studentenaccount van een hogeschool en vertegenwoordigt niet het standpunt van de instelling.""",
      quote=_QUOTES["nl"][3]),
    v("tekstspeak", "gmail_android", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "text-speak", "emoji",
       "signed-name", "no-punctuation"],
      ("Lotte Peetermans", "lottepeetermans@gmail.example"),
      """heyy {pseudonym}
omg wa ne rotstreek van uw ex 😤
ge verdient da echt nie
zoek uw mensen op die wel chill reageren en laat de rest maar praten
ik ben er ook he, stuur gwn

xx [[lotte]]""",
      "Lotte",
      quote=_QUOTES["nl"][4]),
    v("ipad-oma", "ipad", "nl",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "client-line", "signed-name",
       "relative-named", "own-name-in-text"],
      ("Maria Van Goethem", "maria.vangoethem@icloud.example"),
      """Lieve {pseudonym},

Ik ben een oma van 78 en mijn kleindochter [[Lise]] heeft me geleerd hoe ik dit moet doen op de iPad, dus wees niet te streng voor mijn schrijven.

Wat je vertelt over je papa doet me pijn. Ik heb zelf een zoon die het lang moeilijk had toen zijn broer zei dat hij op mannen viel. Het is goed gekomen. Niet snel, maar het is goed gekomen.

Wees lief voor jezelf.

Oma [[Maria]]""",
      "Maria",
      quote=_QUOTES["nl"][1]),
    v("proton-prive", "proton", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "client-line", "signed-name",
       "initials", "no-display-name"],
      ("", "kd.vrijwilliger@proton.example"),
      """Dag {pseudonym},

Je schrijft dat je het thuis niet durft. Dat is oké. Veiligheid eerst.
Misschien is er op school een vertrouwenspersoon? Of een jeugdhuis in de buurt waar je eens kan binnenlopen?

Groet,
[[K.D.]]""",
      "KD",
      quote=_QUOTES["nl"][0]),
    v("blackberry-politie", "blackberry", "nl",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "client-line", "disclaimer"],
      ("Jolien Smets", "jolien.smets@pz-kempen.example"),
      """Dag {pseudonym},

Ik ben in het dagelijkse leven bij de politie, maar hier schrijf ik als vrijwilliger, niet als agent.

Wat er in de klas gebeurt is pesten. Als het ooit verder gaat, fysiek, of met bedreigingen online, dan mag je dat altijd melden. Maar eerst: zoek iemand op school die je vertrouwt.

Groeten,
[[Jolien]]""",
      "Jolien",
      sig="""INP [[J. Smets]] – Wijkteam [[Geel]]
[[PZ Kempen Noord-Oost]]
Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten.""",
      quote=_QUOTES["nl"][2]),
    v("smartschool-leerkracht", "smartschool", "nl",
      ["school-account", "teacher", "greets-pseudonym", "top-posted", "signed-name", "html-only",
       "work-signature"],
      ("Liesbeth Dhondt", "liesbeth.dhondt@sint-maria-zele.example"),
      """Dag {pseudonym},

Ik ben leerkracht en ik gebruik even het schoolplatform omdat ik op school zit tussen twee lessen.

Niet meer naar school willen omdat ze je uitlachen: dat verdient aandacht. Zeg het aan je klastitularis of de leerlingenbegeleiding.

Vriendelijke groeten,""",
      "Liesbeth",
      sig="""[[Liesbeth Dhondt]]
Klastitularis [[5B]] – [[Sint-Maria Zele]]""",
      html="only", quote=_QUOTES["nl"][2]),
    v("windows-mail-inline", "windows_mail", "nl",
      ["private-account", "parent", "greets-pseudonym", "inline-answer", "signed-name", "client-line"],
      ("Kristof Baert", "kristof.baert@live.example"),
      """Dag {pseudonym},

> ik denk dat ik op meisjes val

Dat is oké. Echt waar.

> en ik durf het aan niemand te vertellen, zeker niet thuis

Dat hoeft ook niet nu. Je mag je tijd nemen.

> wat moet ik doen

Niets "moeten". Misschien eerst met ons blijven praten, en kijken wie in je buurt veilig is.

Groetjes,
[[Kristof]]""",
      "Kristof",
      quote_style="none", quote=_QUOTES["nl"][0]),
    v("spike-chatstijl", "v10vol_spike", "nl",
      ["private-account", "student", "greets-pseudonym", "top-posted", "client-line", "signed-name",
       "emoji"],
      ("Robbe Van Camp", "robbe.vancamp@gmail.example"),
      """Hey {pseudonym} 👋

Kort maar gemeend: wat je ex deed is niet oké.
Jij mag kiezen wie wat weet. Dat is van jou afgenomen, en dat mag je kwaad maken.
Laat je niet wegduwen door wat anderen zeggen.

✌️ [[Robbe]]""",
      "Robbe",
      quote=_QUOTES["nl"][4]),
    v("dochter-school", "gmail_web", "nl",
      ["others-account", "borrowed-account", "parent", "greets-pseudonym", "top-posted", "wrong-account",
       "signed-name", "own-name-in-text", "contact-in-text"],
      ("Ella Vercammen 4C", "ella.vercammen@leerling.sint-lutgardis.example"),
      """Dag {pseudonym},

Ik ben [[Joke]], de mama van de persoon wiens account dit is, mijn laptop is stuk. Antwoorden mag naar mijn eigen adres [[joke.vercammen@telenet.example]] of gewoon via Lumi.

Je schrijft dat je 's nachts ligt te piekeren. Dat ken ik van mijn eigen tienerjaren. Wat hielp: een schriftje naast het bed, alles erin, en dan het licht uit.

Geen jongen, geen meisje: dat mag. Je bent welkom.

Groetjes,
[[Joke]]""",
      "Joke",
      volunteer="joke.vercammen@telenet.example",
      identity=["4C", "sint-lutgardis.example"],
      quote=_QUOTES["nl"][3]),
    v("aquamail-tussentaal", "v10vol_aquamail", "nl",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "client-line", "tussentaal",
       "signed-name"],
      ("Sander Vets", "sander.vets@scarlet.example"),
      """Dag {pseudonym}

Ik heb uw bericht gelezen op de tram. Da uw papa nie meer tegen u praat, dat is echt hard.
Ge moet weten: da is zijn probleem om op te lossen, nie het uwe. Gij hebt niks verkeerd gedaan door eerlijk te zijn.

Zoekt ondertussen mensen bij wie ge u goed voelt.

Groetjes
[[Sander]]""",
      "Sander",
      quote=_QUOTES["nl"][1]),
    v("mailfence-onder", "v10vol_mailfence", "nl",
      ["private-account", "retiree", "greets-pseudonym", "bottom-posted", "signed-name"],
      ("Hugo Vandenberghe", "hugo.vdberghe@mailfence.example"),
      """Beste {pseudonym},

Ik antwoord onder je bericht, zoals ik dat vroeger op kantoor deed.

Het is geen schande om te zeggen dat je op meisjes valt. Ook niet als het thuis moeilijk ligt.
Zoek een volwassene die je vertrouwt. Een leerkracht, een tante, een trainer.

Met vriendelijke groet,
[[Hugo Vandenberghe]]""",
      "Hugo",
      quote_pos="above", quote=_QUOTES["nl"][0]),
    v("evolution-gezin", "v10vol_evolution", "nl",
      ["others-account", "family-account", "parent", "greets-pseudonym", "top-posted", "signed-name", "sig-dash",
       "relative-named", "wrong-account", "reply-to-private"],
      ("Gezin Claessens", "gezin@claessens-thuis.example"),
      """Dag {pseudonym},

Hier [[Tine]], vrijwilliger. Ik typ dit op onze gezinscomputer, mijn zoon [[Warre]] heeft Linux geïnstalleerd dus alles ziet er wat anders uit.

Wat gebeurd is met je lief en de hele school: dat moet enorm zwaar zijn. Je hoeft niets uit te leggen aan wie het niet verdient.
Praat met één vriend(in) die je vertrouwt.

Liefs,
[[Tine]]""",
      "Tine",
      sig="""Gezin [[Claessens]] – [[Tine]], [[Raf]], [[Warre]] en [[Jitse]]
[[Hoogstraat 56, 3290 Diest]]""",
      sig_dash=True, volunteer="tine.claessens@gezin-claessens.example",
      headers=[("Reply-To", "Tine Claessens <tine.claessens@gezin-claessens.example>")],
      identity=["Tine Claessens", "tine.claessens@gezin-claessens.example"],
      quote=_QUOTES["nl"][4]),
    # ------------------------------------------------------------------ French
    v("fr-reformulee", "gmail_web", "fr",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "ai-draft-remnant"],
      ("Solène Marchal", "solene.marchal@gmail.example"),
      """<<Bien sûr ! Voici une version reformulée, plus douce :>>

Coucou {pseudonym},

Merci de nous avoir écrit. Ce que ta mère a fait, lire tes messages, c'est une vraie intrusion, et c'est normal que tu sois blessé·e.
Essaie de lui dire ce que tu ressens, à un moment calme, sans te justifier sur ce qu'il y avait dans les messages.

Prends soin de toi,
[[Solène]]

<<Souhaitez-vous une version plus courte ?>>

(oups, j'ai laissé la phrase de l'assistant, désolée, mais le fond vient vraiment de moi)""",
      "Solène",
      quote=_QUOTES["fr"][0]),
    v("fr-conseillere", "outlook_desktop", "fr",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer-fr", "disclaimer", "new-shape", "political-mandate-line"],
      ("Nathalie Dufrasne", "n.dufrasne@ville-ciney.example"),
      """Bonjour {pseudonym},

Tu as quinze ans et tu crois que tu es trans, et tu as peur de le dire. Cette peur est tout à fait compréhensible.
Tu n'es pas obligé·e de le dire à tout le monde. Commence par une personne en qui tu as confiance.

Au lycée, si on se moque de toi, tu as le droit d'en parler à un·e éducateur·rice ou au CPMS.

Bien à toi,""",
      "Nathalie",
      sig="""[[Nathalie Dufrasne]]
Conseillère communale – [[Ciney]]
Présidente de la commission jeunesse
[[083 21 77 40]]

Ce message est confidentiel. Les opinions exprimées n'engagent que leur auteure.""",
      quote=_QUOTES["fr"][1]),
    v("fr-deces", "v10vol_laposte", "fr",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name",
       "relative-named", "new-shape", "bereavement-note"],
      ("Jacqueline Hanquet", "jacqueline.hanquet@laposte.example"),
      """Bonjour {pseudonym},

Se sentir seul·e même entouré·e de ses amis, ça arrive, et ce n'est pas anormal. Parfois on est avec les autres sans vraiment pouvoir être soi-même.

Est-ce qu'il y a quelqu'un avec qui tu pourrais parler plus profondément, pas juste rigoler ? Un seul ami, c'est déjà beaucoup.

Je t'embrasse,""",
      "Jacqueline",
      sig="""[[Jacqueline]]

Suite au décès de mon mari [[Albert Hanquet]], je réponds plus lentement ces jours-ci. Merci de votre patience.""",
      quote=_QUOTES["fr"][2]),
    v("fr-nouveau-numero", "samsung", "fr",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name", "client-line",
       "phone-in-sig", "new-shape", "number-change-notice"],
      ("Rachid Bensaïd", "rachid.bensaid@gmail.example"),
      """Salut {pseudonym},

Ta mère a lu tes messages, c'est pas ok. T'as le droit d'avoir ta vie privée, même à ton âge.
Parle-lui quand vous êtes calmes toutes les deux. Et si ça marche pas, trouve un adulte qui peut t'aider à lui parler.

Courage,
[[Rachid]]""",
      "Rachid",
      sig="""📱 Nouveau numéro : [[0485 73 20 19]] (l'ancien ne marche plus)""",
      quote=_QUOTES["fr"][0]),
    v("fr-programme", "gmail_android", "fr",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "scheduled-send-note"],
      ("Inès Lambotte", "ines.lambotte@gmail.example"),
      """Hello {pseudonym},

(j'écris à 1h du matin mais j'ai programmé l'envoi pour 8h, pour pas que ton tel vibre la nuit)

Tu dis que tu te sens seul·e même avec tes potes. Je connais ça. C'est souvent parce qu'on cache une partie de soi.
Peut-être qu'il y a une personne à qui tu pourrais montrer un peu plus de toi ?

Bisous,
[[Inès]]""",
      "Inès",
      quote=_QUOTES["fr"][2]),
    v("fr-respiration", "apple_mail", "fr",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "breathing-script"],
      ("Margaux Delvaux", "margaux.delvaux@me.example"),
      """Bonjour {pseudonym},

Quand la peur monte, essaie ça :

inspire ... 1 ... 2 ... 3 ... 4
bloque ... 1 ... 2 ... 3 ... 4
expire ... 1 ... 2 ... 3 ... 4 ... 5 ... 6
recommence trois fois

Ça ne règle rien au problème, mais ça te rend un peu de calme pour réfléchir.

Et être trans, ce n'est pas une faute. Tu as le droit d'être qui tu es.

Douce journée,
[[Margaux]]

inspire. expire. tu es là.""",
      "Margaux",
      quote=_QUOTES["fr"][1]),
    v("fr-pas-psy", "v10vol_laposte", "fr",
      ["private-account", "parent", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "not-a-professional-note"],
      ("Véronique Lejeune", "veronique.lejeune@laposte.example"),
      """Bonjour {pseudonym},

Se sentir seul·e au milieu des autres, c'est douloureux. Tu n'es pas bizarre.
Si ça dure, parle-en à ton médecin ou au centre PMS de ton école : ce sont des gens formés pour ça.

Amitiés,
[[Véronique]]

Je ne suis pas psy, juste une maman bénévole, alors prends mes mots comme un conseil d'amie.""",
      "Véronique",
      quote=_QUOTES["fr"][2]),
    v("fr-recrute", "outlook_web", "fr",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer-fr", "disclaimer", "new-shape", "vacancy-banner"],
      ("Thomas Gilson", "thomas.gilson@transports-gilson.example"),
      """Bonjour {pseudonym},

Désolé pour la longue signature, c'est mon adresse du boulot.

Si au lycée on se moque déjà de toi, c'est normal que tu aies peur de dire que tu es trans. Mais tu n'as pas à le dire à tout le monde. Choisis les personnes.
Il existe des associations pour les jeunes trans en Belgique, tu peux les contacter de façon anonyme.

Bon courage,""",
      "Thomas",
      sig="""[[Thomas Gilson]] – Responsable logistique
[[Transports Gilson SA]] – [[Rue de l'Industrie 14, 5300 Andenne]]
GSM [[0478 32 90 51]]

🚚 On recrute ! Chauffeurs C/CE – toutes nos offres sur [[gilson-jobs]].example

Ce courriel et ses annexes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire.""",
      quote=_QUOTES["fr"][1]),
    v("fr-autrice", "thunderbird", "fr",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "book-author-line"],
      ("Colette Warnier", "colette.warnier@skynet.example"),
      """Chère ou cher {pseudonym},

J'ai lu ton message avec beaucoup d'attention. Ce que ta mère a fait t'a blessé·e, et tu as le droit de le lui dire.
Choisis tes mots, écris-les d'abord, puis parle-lui. Une lettre, c'est parfois plus facile.

Avec toute mon amitié,""",
      "Colette",
      sig="""[[Colette Warnier]]
Autrice de « [[Les saisons de l'Ourthe]] » ([[Éditions du Pré]], 2021)""",
      quote=_QUOTES["fr"][0]),
    v("fr-sourde", "iphone", "fr",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "client-line",
       "contact-in-text", "new-shape", "deaf-contact-note"],
      ("Amélie Hubert", "amelie.hubert@icloud.example"),
      """Coucou {pseudonym},

Je suis sourde, alors je ne peux pas téléphoner, mais j'adore écrire 🙂
Te sentir seul·e alors que tu es avec tes potes, ça arrive à beaucoup de monde. Ce n'est pas normal au sens où ça devrait rester comme ça, mais c'est fréquent.

Si un jour tu veux écrire par SMS, Lumi peut arranger ça. (mon numéro perso c'est le [[0497 15 62 38]] mais normalement je ne dois pas le donner, passe plutôt par Lumi)

Bisous""",
      "Amélie",
      quote=_QUOTES["fr"][2]),
    v("fr-inline", "v10vol_zimbra", "fr",
      ["work-account", "teacher", "greets-pseudonym", "inline-answer", "signed-name",
       "work-signature"],
      ("Benoît Collard", "benoit.collard@athenee-namur.example"),
      """Bonjour {pseudonym},

> j'ai 15 ans et je crois que je suis trans mais j'ai peur de le dire.

C'est courageux de l'écrire ici. Tu n'es pas obligé·e de le dire tout de suite.

> Au lycée on se moque déjà de moi.

Ça, c'est du harcèlement. Parles-en à un éducateur ou au PMS.

Cordialement,""",
      "Benoît",
      sig="""[[B. Collard]]
Professeur de français – [[Athénée royal de Namur]]""",
      quote_style="none", quote=_QUOTES["fr"][1]),
    v("fr-bas", "v10vol_claws", "fr",
      ["private-account", "retiree", "greets-pseudonym", "bottom-posted", "signed-name", "sig-dash"],
      ("Henri Dethier", "henri.dethier@voo.example"),
      """Bonjour {pseudonym},

Je réponds sous ton message, à l'ancienne.

Se sentir seul au milieu des amis, je l'ai vécu à ton âge. Ça passe quand on trouve les bonnes personnes. Elles existent, je te le promets.

[[Henri]]""",
      "Henri",
      sig="""[[Henri Dethier]]
[[Rue des Tilleuls 9, 4910 Theux]]""",
      sig_dash=True, quote_pos="above", quote=_QUOTES["fr"][2]),
    v("fr-html-only", "gmail_web", "fr",
      ["private-account", "student", "greets-pseudonym", "top-posted", "html-only", "signed-name",
       "emoji"],
      ("Lina Bouzid", "lina.bouzid@gmail.example"),
      """Salut {pseudonym} 💜

Je suis étudiante et bénévole. Être trans, c'est pas un problème, c'est qui tu es.
Les moqueries au lycée, c'est pas ta faute. T'as le droit de te protéger.

Des bisous,
[[Lina]]""",
      "Lina",
      html="only", quote=_QUOTES["fr"][1]),
    v("fr-bruxelles-mix", "outlook_mobile", "fr",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "mixed-language",
       "client-line", "signed-name"],
      ("Karim Ouali", "karim.ouali@outlook.example"),
      """Salut {pseudonym},

Franchement, ta mère qui lit tes messages, c'est pas correct. Maar ik snap ook dat ouders soms bang zijn, tu vois ?
Essaie de lui parler calmement. Zeg wat je nodig hebt: un peu de confiance.

Courage hein,
[[Karim]]""",
      "Karim",
      quote=_QUOTES["fr"][0]),
    v("fr-quebec", "v10vol_geary", "fr",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name", "dialect"],
      ("Marie-Ève Tremblay", "marieeve.tremblay@videotron.example"),
      """Allô {pseudonym},

Je suis une Québécoise qui vit à Liège, fait que pardonne mes expressions!
Te sentir seul·e même avec ta gang, c'est plate en maudit, mais c'est pas rare pantoute.
Essaie de trouver une personne avec qui jaser pour vrai.

Lâche pas,
[[Marie-Ève]]""",
      "Marie-Ève",
      quote=_QUOTES["fr"][2]),
    v("fr-crlf-court", "v10vol_pegasus", "fr",
      ["work-account", "retiree", "greets-pseudonym", "top-posted", "very-short", "crlf",
       "signed-name", "work-signature", "title", "initials"],
      ("Dr Philippe Masson", "p.masson@cabinet-masson.example"),
      """Bonjour {pseudonym},

Vous n'êtes pas seul·e. Parlez-en à votre médecin, il est tenu au secret.

[[Dr Ph. Masson]]""",
      "Philippe",
      sig="""[[Cabinet médical Masson]] – [[Place Saint-Lambert 3, 4000 Liège]]""",
      crlf=True, quote=_QUOTES["fr"][2]),
    # ------------------------------------------------------------------ English
    v("en-callsign", "v10vol_neomutt", "en",
      ["private-account", "retiree", "greets-pseudonym", "top-posted", "signed-name", "sig-dash",
       "new-shape", "callsign"],
      ("Graham Whitlock", "g4gwk@radioclub-members.example"),
      """Hello {pseudonym},

Losing a best friend after telling her how you feel is one of the hardest things there is. It isn't a sign you did something wrong. You were honest.

Give it some time. She may need a while to sort out her own feelings. Meanwhile, try to spend time with people who make you laugh.

Best wishes,
[[Graham]]""",
      "Graham",
      sig="""[[Graham Whitlock]]
73 de [[G4GWK]] – call sign [[G4GWK]], [[Harrogate]] ([[IO94fa]])""",
      sig_dash=True, quote=_QUOTES["en"][0]),
    v("en-ice", "gmail_ios", "en",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name",
       "relative-named", "phone-in-sig", "new-shape", "ice-contact"],
      ("Priya Raman", "priya.raman@gmail.example"),
      """Hey {pseudonym},

I'm a uni student volunteering with Lumi. Pretending every dinner while your dad makes jokes sounds exhausting. You don't owe anyone a coming out before you're safe.

Could you find one adult, a teacher, a school nurse, an aunt, who you can be yourself around?

Take care,
[[Priya]]""",
      "Priya",
      sig="""[[Priya Raman]] ([[she/her]])
ICE: [[Anjali Raman]] (mum) [[+44 7700 900418]]""",
      quote=_QUOTES["en"][1]),
    v("en-things", "apple_mail", "en",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "content-after-name", "new-shape", "task-app-line"],
      ("Oliver Brennan", "oliver@brennan-home.example"),
      """Hi {pseudonym},

It takes courage to tell someone how you feel. The fact that she stopped talking says more about her confusion than about your worth.

A few ideas:
- write her a short message saying you miss her friendship, no pressure
- then let it be, and focus on yourself for a bit

All the best,
[[Oliver]]

<<✓ Completed in Things 3: "Reply to Lumi" – area: >>[[Oliver]]<<'s volunteering>>

PS: thinking about someone all the time is normal after this. It fades, I promise.""",
      "Oliver",
      quote=_QUOTES["en"][0]),
    v("en-certificate", "outlook_web", "en",
      ["work-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "own-name-in-text", "work-signature", "new-shape", "training-certificate-paste"],
      ("Megan O'Rourke", "megan.orourke@eu-agency-brussels.example"),
      """Dear {pseudonym},

Apologies, I meant to send my training certificate to the coordinator and it ended up pasted in here:

<<Certificate of completion – >>[[Megan O'Rourke]]<< – "Supporting LGBTQ+ Youth Online" – ref. >>[[LUMI-TR-2025-0417]]

Anyway! What you describe, your dad's jokes, pretending at every dinner, is a lot to carry at seventeen. You're not doing anything wrong by waiting until it's safe.

Warmly,
[[Megan]]""",
      "Megan",
      sig="""[[Megan O'Rourke]] | Policy Officer | [[European Skills Agency]]
[[Rue Belliard 28, 1040 Brussels]]""",
      quote=_QUOTES["en"][1]),
    v("en-gig", "gmail_android", "en",
      ["private-account", "student", "greets-pseudonym", "top-posted", "signed-name", "emoji",
       "no-punctuation", "new-shape", "band-gig-line"],
      ("Callum Fraser", "callumfraser99@gmail.example"),
      """hey {pseudonym}

that really hurts and im sorry
you were brave to tell her
give it time and dont beat yourself up
talk to someone you trust about it if you can

[[cal]] 🥁""",
      "Callum",
      sig="""gig alert: [[The Soft Hazards]] live at [[The Cellar, Leith]] – Fri 28 March – [[softhazards]].example""",
      quote=_QUOTES["en"][0]),
    v("en-adhd", "v10vol_fairemail", "en",
      ["private-account", "worker", "greets-pseudonym", "top-posted", "signed-name",
       "new-shape", "neurodivergent-note"],
      ("Ffion Pritchard", "ffion.pritchard@fastmail.example"),
      """Hi {pseudonym},

Living with jokes like that at every dinner and having to laugh along is draining. Your feelings make total sense.

If you can, find one place where you can be fully yourself, even online at first.

Take care of yourself,
[[Ffion]]""",
      "Ffion",
      sig="""(autistic & ADHD – I write plainly, please don't read coldness into it)""",
      quote=_QUOTES["en"][1]),
    v("en-inline", "v10vol_betterbird", "en",
      ["private-account", "retiree", "greets-pseudonym", "inline-answer", "signed-name", "initials"],
      ("Margaret Ellison", "m.ellison@btinternet.example"),
      """Dear {pseudonym},

> my best friend stopped talking to me after i told her i like her

I'm so sorry. That silence must hurt.

> i cant stop thinking about it

That's natural. Try writing it all down, then doing something with your hands: cooking, drawing, a walk.

Kind regards,
[[M.E.]]""",
      "Margaret",
      quote_style="none", quote=_QUOTES["en"][0]),
    v("en-outlook-work", "outlook_desktop", "en",
      ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "signed-name",
       "disclaimer-en", "disclaimer", "phone-in-sig"],
      ("Daniel Okafor", "daniel.okafor@hartwell-legal.example"),
      """Hi {pseudonym},

Sorry for the formal footer below, I'm writing from work.

Keeping a big part of yourself hidden from your parents is hard and it's OK to feel tired of it. You get to choose when and how. There's no deadline.

Best,
[[Dan]]""",
      "Dan",
      sig="""[[Daniel Okafor]]
Associate | [[Hartwell & Sloane LLP]]
[[020 7946 0381]]

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.""",
      quote=_QUOTES["en"][1]),
    v("en-bottom", "v10vol_vivaldi", "en",
      ["private-account", "student", "greets-pseudonym", "bottom-posted", "signed-name"],
      ("Hannah Lowe", "hannah.lowe@posteo.example"),
      """Hi {pseudonym},

Answering under your message.

You don't have to pretend forever. For now, look after yourself, and find one person who knows the real you.

[[Hannah]] x""",
      "Hannah",
      quote_pos="above", quote=_QUOTES["en"][1]),
    v("en-auth-header", "webmail", "en",
      ["work-account", "teacher", "greets-pseudonym", "top-posted", "signed-name", "work-signature",
       "title", "new-shape", "auth-sender-header"],
      ("Ruth Adeyemi", "ruth.adeyemi@st-columba-intl.example"),
      """Hi {pseudonym},

I'm a teacher and a Lumi volunteer. Telling someone you like her takes courage, and her reaction isn't a verdict on you.

It's fine to feel sad, and to keep thinking about it for a while. Try to be kind to yourself.

Best wishes,
[[Ms Adeyemi]]""",
      "Ruth",
      sig="""[[Ruth Adeyemi]] – Head of Year 11, [[St Columba International School]]""",
      headers=[("X-Authenticated-Sender", "radeyemi@smtp.st-columba-intl.example")],
      identity=["radeyemi"],
      quote=_QUOTES["en"][0]),
]
