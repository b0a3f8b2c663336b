"""Hand-written bodies of part `volunteer` of the eighth held-out relay-text corpus.

Written apart, by someone who has not read the relay's rules nor any earlier set's mails; dressed
by relay_corpus_heldout8_volunteer.py. Markup (see relay_corpus_heldout.py): [[identity]],
<<neither content nor identity>>; everything else in `body` is the volunteer's own words.
"""
# ruff: noqa: E501  (the volunteers' lines are kept as long as they typed them)

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# What the volunteers got forwarded: the help-seekers' relayed words (quoted under the answers).
Q = {
    "nl1": ("hoi ik ben 14 en ik denk dat ik op meisjes val maar ik durf het aan niemand te zeggen.\n"
            "mijn beste vriendin merkt dat ik raar doe. wat moet ik doen"),
    "nl2": ("Ik word gepest in de bus naar school. Ze filmen me en zetten het in een groep.\n"
            "Mijn ouders weten het niet."),
    "nl3": ("mijn mama en papa gaan scheiden en ik moet kiezen bij wie ik woon. ik ben 12.\n"
            "ik wil niemand pijn doen"),
    "nl4": ("Ik ben 16 en ik voel me al maanden niet goed, ik slaap slecht en heb geen zin meer in\n"
            "voetbal. Is dat normaal?"),
    "nl5": ("ik ben trans (denk ik) en ik wil dat ze op school een andere naam gebruiken maar ik\n"
            "weet niet hoe ik dat vraag"),
    "nl6": "mijn lief wil altijd mijn gsm zien en wordt boos als ik met vrienden afspreek. ik ben 17.",
    "nl7": ("ik ben 11 en mijn broer slaat mij als mama werkt. hij zegt dat ik het niet mag\n"
            "vertellen"),
    "nl8": ("ik heb een jongen gekust op een feestje en nu weet heel de klas het. ik wil niet meer\n"
            "naar school. ik ben 15"),
    "nl9": ("mijn beste vriendin zegt dat ze zichzelf snijdt en ik mocht het aan niemand zeggen.\n"
            "ik ben 14. moet ik het toch vertellen?"),
    "nl10": ("Ik ben 13 en ik eet bijna niks meer omdat ze zeggen dat ik dik ben. Mijn mama kookt\n"
             "elke dag en ik gooi het weg. Ik weet niet hoe ik moet stoppen."),
    "nl11": ("mijn papa drinkt veel en dan roept hij. ik ben 16 en ik wil weg maar ik wil mijn\n"
             "kleine zus niet alleen laten"),
    "fr1": ("salut jai 15 ans et je crois que je suis bi. ma mère dit que c'est une phase.\n"
            "je sais plus quoi penser"),
    "fr2": ("Bonjour, je me fais harceler sur Snap depuis que j'ai refusé de sortir avec un garçon\n"
            "de ma classe. J'ai 13 ans."),
    "fr3": ("j'arrive pas à dormir, je pense tout le temps à l'examen et j'ai peur de décevoir mon\n"
            "père"),
    "en1": ("hi im 15 and i think im gay but my family is really religious. i dont know who to talk\n"
            "to"),
    "en2": ("My best friend told me she hurts herself and made me promise not to tell anyone.\n"
            "I'm 14. What do I do?"),
}

_AUTO = {"below": "top-posted", "above": "bottom-posted"}


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      *, q: str = "", nickname: str, **kw: object) -> Case:
    """One volunteer's answer; the tags a reader can see from the call are added here."""
    quote = Q[q or {"nl": "nl1", "fr": "fr1", "en": "en1"}[lang]]
    tags = list(tags)
    if kw.get("quote_style") == "none":
        tags.append("inline-answer" if "inline-answer" in tags else "no-quote")
    else:
        tags.append(_AUTO[str(kw.get("quote_pos", "below"))])
        tags.append("quoted-history")
    if "{pseudonym}" in body:
        tags.append("greets-pseudonym")
    if kw.get("crlf"):
        tags.append("crlf")
    if not sender[0]:
        tags.append("no-display-name")
    if kw.get("sig_dash"):
        tags.append("sig-dash")
    if kw.get("vcard"):
        tags.append("vcard")
    if kw.get("html") == "only":
        tags.append("html-only")
    registered = str(kw.get("volunteer") or "")
    if registered and registered != sender[1]:
        # Answered from someone else's account: the client's Reply-To carries their own address.
        tags += ["wrong-account", "reply-to-private"]
        kw["headers"] = [*list(kw.get("headers") or []), ("Reply-To", registered)]  # type: ignore[misc]
        kw["identity"] = [*list(kw.get("identity") or []), registered]  # type: ignore[misc]
    seen: list[str] = []
    for tag in tags:
        if tag not in seen:
            seen.append(tag)
    return Case(slug=f"h8v-{slug}", direction="volunteer", shape=shape, lang=lang, tags=seen,
                sender=sender, body=body, quote=quote, nickname=nickname, note_lang=lang,
                **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
    # ------------------------------------------------------------------ nl
    V("gmail-kort-griet", "gmail_android", "nl", ["private-account", "student", "very-short",
                                                 "signed-name", "no-punctuation"],
      ("Griet Vanhaverbeke", "griet.vhb@postbus.example"),
      """Hey {pseudonym}

wat goed dat je dit aan ons schrijft
dat je raar doet bij je vriendin is heel logisch, je draagt iets groots mee
je moet niks vertellen voor je er klaar voor bent
en als je wil mag je hier alles eerst eens oefenen

[[Griet]]""",
      nickname="Griet"),
    V("outlook-clb-wannes", "outlook_desktop", "nl",
      ["thema-line", "work-account", "worker", "work-signature", "disclaimer", "signed-name", "long",
       "new-shape", "absence-in-sig"],
      ("Wannes Debrabandere", "wannes.debrabandere@clb-leieland.example"),
      """Dag {pseudonym},

Dank je voor je bericht. Wat je vertelt over de bus is echt niet oké, en het is niet jouw schuld.
Filmpjes van iemand maken en die rondsturen zonder toestemming mag gewoon niet. Dat is ook iets
waar de school iets mee moet doen, ook al gebeurt het op de bus.

Een paar dingen die je kan doen:
- maak screenshots van de groep als je ze te zien krijgt (met datum)
- zoek één volwassene op school die je vertrouwt, een leerkracht of iemand van de leerlingbegeleiding
- je mag ook altijd bellen naar 1712 of chatten met Awel (102)

Het is zwaar om dat alleen te dragen. Misschien kunnen we samen bekijken hoe je het aan je ouders
kan vertellen? Schrijf gerust terug.

Groetjes,
[[Wannes]]

<<#thema: pesten>>""",
      sig="""[[Wannes Debrabandere]]
Psychopedagogisch consulent
[[Vrij CLB Leieland]] – [[vestiging Kortrijk]]
[[Doorniksewijk 66, 8500 Kortrijk]]
T [[056 21 43 87]]
Afwezig van 17 t.e.m. 21 maart (bij dringende vragen: het onthaal van het CLB)

Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de
geadresseerde(n). Indien u dit bericht verkeerdelijk ontving, verwittig dan de afzender en
verwijder het bericht.""",
      q="nl2", nickname="Wannes"),
    V("iphone-oma-rita", "iphone", "nl", ["private-account", "retiree", "typos", "client-line",
                                          "signed-name", "capitals"],
      ("Rita Goossens-Mertens", "rita.goossens@skynetmail.example"),
      """Dag {pseudonym}

Wat een moeilijke keuze moet gij maken op uw 12 jaar. Dat is eigenlijk niet aan U om te kiezen
eh. Uw mama en papa zien u allebei graag, ook als gij bij één van de twee meer woont.
Mag ik u iets vragen? Wie heeft er gezegd dat ge moet kiezen? Soms kan iemand van de jeugdhulp of
de advocaat van de kinderen helpen om dat te vragen aan u op een rustige manier.
Zeg gerust wat ge voelt. Gij doet niemand pijn door te zeggen wat ge wilt.

Veel liefs
[[Rita]]""",
      q="nl3", nickname="Rita"),
    V("samsung-student-bram", "samsung", "nl", ["private-account", "student", "text-speak",
                                                 "emoji", "client-line", "no-punctuation",
                                                 "tussentaal"],
      ("Bram V.", "bramv2004@postbus.example"),
      """yo {pseudonym} 👋
da ge slecht slaapt en geen zin meer hebt in voetbal da's ni niks hé
maanden is lang
ik zou echt eens naar de huisdokter gaan of naar een CAW / JAC, ge moogt daar alleen naartoe vanaf 12
en als ge wilt kunde ook gwn hier verder schrijven 🙂
sterkte
[[Bram]]""",
      q="nl4", nickname="Bram"),
    V("webmail-vzw-els", "webmail", "nl",
      ["work-account", "worker", "work-signature", "signed-name", "new-shape", "hiring-banner",
       "phone-in-sig"],
      ("Els Wuyts | vzw Kompas", "els.wuyts@kompas-vzw.example"),
      """Hallo {pseudonym},

Wat moedig dat je al weet wat je wil vragen: dat ze een andere naam gebruiken. Dat is al een
grote stap.

Op veel scholen kan je een gesprek vragen met de leerlingbegeleider of de vertrouwensleerkracht.
Je kan het ook eerst opschrijven, dat is soms makkelijker dan het te zeggen. Bijvoorbeeld:

"Ik wil graag dat jullie mij op school [naam] noemen en 'hij' zeggen. Kunnen we bekijken hoe dat
kan, ook op Smartschool en in de klaslijsten?"

Je mag dat zo overnemen hoor. En als je wil, vertel je ons hoe het ging.

Warme groet,
[[Els]]""",
      sig="""[[Els Wuyts]] | begeleider jongerenwerking
[[vzw Kompas]] | [[Lange Lozanastraat 142, 2018 Antwerpen]] | [[03 291 08 44]]
👉 We zoeken collega's! Bekijk onze vacatures op www.kompas-vzw.example/jobs""",
      q="nl5", nickname="Els"),
    V("thunderbird-gepensioneerd", "thunderbird", "nl",
      ["private-account", "retiree", "long", "signed-name", "sig-dash", "family-named"],
      ("Hubert Claeys", "hubert.claeys@telenet-mail.example"),
      """Beste {pseudonym},

Ik lees dat je lief altijd je gsm wil zien en boos wordt als je met vrienden afspreekt.
Ik wil je iets eerlijks zeggen: dat is geen liefde die je vrij laat, en dat voel jij
waarschijnlijk zelf ook, anders had je ons niet geschreven.

Mijn kleindochter [[Amber]] heeft ooit iets gelijkaardigs meegemaakt, en wat haar hielp was
erover praten met mensen die ze vertrouwde, en het niet meer stil te houden.

Je hoeft niet meteen iets te beslissen. Maar je mag wél je vrienden blijven zien. Dat is jouw
recht.

Als je je onveilig voelt, kan je ook altijd 1712 bellen.

Met een hartelijke groet,
[[Hubert]]""",
      sig="""[[Hubert Claeys]]
[[Kapelstraat 9]]
[[9840 De Pinte]]""",
      sig_dash=True, q="nl6", nickname="Hubert"),
    V("owa-stad-ilias", "outlook_web", "nl",
      ["thema-line", "work-account", "worker", "work-signature", "disclaimer", "signed-name",
       "new-shape", "directions-line"],
      ("Benali Ilias", "ilias.benali@stad-mechelen.example"),
      """Hoi {pseudonym},

Eerst en vooral: goed dat je dit vertelt. Wat je broer doet is niet oké, ook niet als hij zegt
dat je het niet mag vertellen. Geheimen die pijn doen mag je altijd verklappen.

Kan je het aan je mama zeggen als ze thuis is? Of aan een juf of meester op school?
Je kan ook bellen naar 1712, dat is gratis en het komt niet op de rekening van de telefoon.

Als het nu gevaarlijk is, bel 112.

Ik ben blij dat je ons schreef.
[[Ilias]]
<<#thema: familie, welzijn>>""",
      sig="""[[Ilias Benali]]
Jeugdconsulent – [[Stad Mechelen]], [[dienst Jeugd]]
[[Grote Markt 21, 2800 Mechelen]]
Bezoekers: ingang via de Befferstraat, 2de verdieping
[[015 29 78 12]]

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Stad Mechelen kan niet
aansprakelijk gesteld worden voor de inhoud van niet-dienstgerelateerde berichten.""",
      q="nl7", nickname="Ilias"),
    V("gmail-web-kort-jens", "gmail_web", "nl", ["private-account", "student", "very-short",
                                                "initials"],
      ("Jens Tavernier", "jenstavernier@postbus.example"),
      """Hey {pseudonym}, een kus op een feestje is niks om je voor te schamen. Ik snap wel dat
het heel eng voelt dat de klas het weet. Mag ik vragen: wat zeggen ze precies? Dan kunnen we
samen kijken wat je kan doen. Ga maar naar school als je kan, je hebt niks fout gedaan.
[[JT]]""",
      q="nl8", nickname="Jens"),
    V("apple-partner-account", "apple_mail", "nl",
      ["partner-account", "wrong-account", "signed-other-name", "signed-name", "worker",
       "own-name-in-text"],
      ("Tom Verhaegen", "tom.verhaegen@verhaegen-bouw.example"),
      """Dag {pseudonym},

Ik ben het, [[Katrien]], van Lumi (ik schrijf even van het account van mijn vriend, mijn laptop
is stuk).

Wat je schrijft over meisjes: dat mag gewoon. Je hoeft er geen naam op te plakken en je hoeft
het aan niemand te vertellen tot jij dat wil. Je beste vriendin merkt dat je anders doet, maar
jij beslist wat je haar vertelt. "Ik zit met iets, ik vertel het later" is ook een antwoord.

Liefs,
[[Katrien]]""",
      sig="""[[Tom Verhaegen]]
Zaakvoerder – [[Verhaegen Bouw bv]]
[[0476 55 21 09]]""",
      volunteer="katrien.dhondt@postbus.example", nickname="Katrien"),
    V("outlook-ios-ziekenhuis", "outlook_mobile", "nl",
      ["work-account", "worker", "client-line", "signed-name", "short-form-name",
       "no-punctuation"],
      ("Van Looveren Annelies", "annelies.vanlooveren@az-kempen.example"),
      """Hoi {pseudonym}
Kort want ik zit in mijn pauze
Wat je vriendin je verteld heeft is echt zwaar om te dragen. Je hoeft dat niet alleen
Een belofte om te zwijgen geldt niet als iemand zichzelf pijn doet. Vertel het aan een volwassene die je vertrouwt
Je bent een goede vriend(in) door het wél te zeggen
Straks meer
[[Anneke]]""",
      q="nl9", nickname="Annelies"),
    V("spike-carplay-dries", "v8vol_spike", "nl",
      ["private-account", "worker", "voice-to-text", "client-line", "new-shape",
       "carplay-dictation", "no-punctuation", "signed-name"],
      ("Dries Lambrecht", "dries.lambrecht@postbus.example"),
      """Hallo {pseudonym} ik zit in de auto dus ik spreek dit in
wat je zegt over eten dat is echt belangrijk dat je het verteld
als mensen zeggen dat je dik bent dan zegt dat iets over hen niet over jou
zou je het aan de huisarts willen vertellen of aan je mama
er is ook een lijn voor eetproblemen die heet Eetexpert
groetjes [[Dries]]""",
      sig="— ingesproken via CarPlay, sorry als er rare woorden tussen staan",
      q="nl10", nickname="Dries"),
    V("notes-bank-kristof", "v8vol_notes", "nl",
      ["work-account", "worker", "work-signature", "disclaimer", "disclaimer-en", "new-shape",
       "archive-gateway-footer", "signed-name", "title"],
      ("Kristof Denys/BE/Argenta-Krediet", "kristof.denys@argenta-krediet.example"),
      """Dag {pseudonym},

Dank je wel om zo eerlijk te zijn over je papa. Dat moet heel zwaar zijn, en dat je aan je zus
denkt zegt veel over jou.

Je hoeft niet te kiezen tussen jezelf en je zus. Er zijn mensen die jullie allebei kunnen helpen:
het CAW heeft een JAC waar je gratis en anoniem terecht kan, en bij Tele-Onthaal (106) kan je
dag en nacht bellen. Als het thuis onveilig wordt, bel 112 of 101.

Wil je ons laten weten hoe oud je zus is? Dan denken we mee.

Met vriendelijke groeten,
[[Kristof]]""",
      sig="""[[ir. Kristof Denys]]
Risk Officer – [[Argenta Krediet nv]]
[[Belgiëlei 49-53, 2018 Antwerpen]]
[[+32 3 285 51 17]]

Dit bericht is gearchiveerd door Mimecast ten behoeve van de bewaarplicht.
This message has been archived by Mimecast.
The information in this e-mail is confidential and intended solely for the addressee.""",
      q="nl11", nickname="Kristof"),
    V("gmail-inline-laura", "gmail_web", "nl",
      ["private-account", "student", "inline-answer", "signed-name", "emoji"],
      ("Laura Moerman", "lauramoerman99@postbus.example"),
      """Hoi {pseudonym}!

<<> Ik ben 13 en ik eet bijna niks meer omdat ze zeggen dat ik dik ben.>>

Wat ze zeggen is gemeen en het is niet waar dat je dan minder moet eten. Je lichaam heeft eten
nodig om te groeien, ook als je 13 bent 💛

<<> Mijn mama kookt elke dag en ik gooi het weg.>>

Denk je dat je mama het zou begrijpen als je het vertelt? Je hoeft niet alles in één keer te
zeggen. "Mama, ik heb het moeilijk met eten" is al genoeg om te beginnen.

<<> Ik weet niet hoe ik moet stoppen.>>

Dat hoef je ook niet alleen uit te zoeken. Een huisarts of het CLB kan je helpen, echt.

xx [[Laura]]""",
      quote_style="none", q="nl10", nickname="Laura"),
    V("yahoo-fam-account", "yahoo", "nl",
      ["own-name-in-text", "family-account", "parent", "signed-name", "client-line", "family-named", "tussentaal"],
      ("Fam. Van den Broeck - De Wolf", "vandenbroeck.dewolf@yahoomail.example"),
      """Dag {pseudonym},

Hier is [[Sofie]] van Lumi (ik zit op de computer van ons gezin, vandaar den raren naam).

Gij zijt 11 en ge draagt al een heel groot geheim. Dat is te zwaar voor iemand van uw leeftijd.
Uw broer mag u geen pijn doen, nooit. Zeg het aan mama, of aan de juf.
En ge moogt altijd gratis bellen naar 1712.

Ik denk aan u.
[[Sofie]]""",
      q="nl7", nickname="Sofie", volunteer="sofie.dewolf@postbus.example"),
    V("posteo-leestijd-jef", "v8vol_posteo", "nl",
      ["private-account", "worker", "new-shape", "reading-time-line", "signed-name",
       "sig-dash", "pronouns"],
      ("Jef Roelandts", "jef.roelandts@posteo.example"),
      """Leestijd: 2 minuten

Dag {pseudonym},

Wat je vraagt is eigenlijk heel eenvoudig en tegelijk heel moeilijk: dat mensen je noemen zoals
je heet. Dat je "denk ik" schrijft, is helemaal oké. Je mag twijfelen en toch al vragen om een
andere naam. Dat is geen belofte voor altijd.

Stap 1: kies één persoon op school bij wie je je veilig voelt.
Stap 2: vraag een gesprek, mag ook per mail of via Smartschool.
Stap 3: zeg welke naam en welke voornaamwoorden je wil.

Veel scholen hebben hier al ervaring mee. Je bent niet de eerste, en zeker niet de laatste.

[[Jef]]""",
      sig="""[[Jef Roelandts]] ([[hij/hem]])
[[jef.roelandts@posteo.example]]""",
      sig_dash=True, q="nl5", nickname="Jef"),
    V("huawei-zus-kort", "huawei", "nl",
      ["private-account", "student", "very-short", "client-line", "text-speak", "typos"],
      ("", "xx.yentl.xx@postbus.example"),
      """hey {pseudonym}
das echt kut van die filmpjes. vertel het aub aan iemand op school, je verdient da ni
groetjs [[yentl]]""",
      q="nl2", nickname="Yentl"),
    V("zimbra-school-leraar", "v8vol_zimbra", "nl",
      ["work-account", "teacher", "work-signature", "signed-name", "new-shape",
       "location-pin-line", "logo", "logo-attachment"],
      ("Pieter-Jan Goethals", "pj.goethals@sint-jozefscollege.example"),
      """Dag {pseudonym},

Ik ben zelf leerkracht, en ik kan je zeggen: wij willen het weten als er iets gebeurt op de bus.
Echt. Ook als het buiten de schooluren is.

Je hoeft niet zelf met die filmpjes naar de directie. Je kan een vriend(in) meenemen, of het
opschrijven en afgeven. En je mag vragen dat ze het discreet aanpakken.

Je bent dapper dat je het vertelt.

Vriendelijke groet,
[[PJ]]""",
      sig="""[[Pieter-Jan Goethals]]
leraar wiskunde en informatica
📍 [[Sint-Jozefscollege Torhout]]""",
      logo=("Sint-Jozefscollege Torhout", "attachment"), q="nl2", nickname="Pieter-Jan"),
    V("gmail-ademhaling-fien", "gmail_web", "nl",
      ["private-account", "student", "new-shape", "breathing-count-numbers",
       "content-like-identity", "signed-name", "long"],
      ("Fien Dierickx", "fien.dierickx@ugentmail.example"),
      """Hoi {pseudonym},

Slecht slapen en nergens meer zin in hebben, al maanden: dat is iets om serieus te nemen. Het
is niet "gewoon moe". Ga alsjeblieft eens langs bij je huisarts, die mag je ook alleen zien.

Iets wat mij helpt als ik niet kan slapen, is de 4-7-8 ademhaling:
4 tellen in door je neus
7 tellen vasthouden
8 tellen uit door je mond
Doe dat 4 keer.

Of deze, als je hoofd vol zit:
0-0-0: niks moeten, niks denken, gewoon liggen
1-2-3: drie dingen opnoemen waar je vandaag blij om was
Klinkt stom, werkt soms toch.

Hoe gaat het eigenlijk op school?
Liefs,
[[Fien]]""",
      q="nl4", nickname="Fien"),
    V("outlook-ocmw-bingo", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "disclaimer", "new-shape", "bingo-grid",
       "advice-like-signature", "signed-name"],
      ("Deprez, Marieke (OCMW Roeselare)", "marieke.deprez@ocmw-roeselare.example"),
      """Dag {pseudonym},

Je schreef dat je slecht slaapt en geen zin meer hebt. Ik stuur je een "zorg-voor-jezelf-bingo".
Probeer deze week een rij te halen. Niemand controleert, het is voor jou.

BINGO
wandelen | douchen | iemand sms'en | fruit | muziek
buiten zitten | 8u slapen | lachen | tekenen | water
huisarts bellen | VRIJ VAK | dagboek | bad | film

Als je een rij hebt, mag je ons dat laten weten. En als het niet lukt: ook dat mag je schrijven.

Groeten,
[[Marieke]]""",
      sig="""[[Marieke Deprez]]
Maatschappelijk werker – Sociale dienst
[[OCMW Roeselare]]
[[Zuidstraat 7, 8800 Roeselare]]
tel. [[051 26 31 40]] | gsm [[0492 17 88 03]]

Disclaimer: De informatie in dit bericht is vertrouwelijk. Gebruik, verspreiding of kopiëren door
anderen dan de bestemmeling is verboden.""",
      q="nl4", nickname="Marieke"),
    V("proton-kort-ruben", "proton", "nl",
      ["private-account", "student", "client-line", "signed-name", "short-form-name"],
      ("Ruben Haesaert", "rubenh@proton.example"),
      """Dag {pseudonym},

Dat je lief je gsm wil zien en boos wordt als je afspreekt: dat heet controle, en dat is geen
teken van liefde. Je mag nee zeggen. Je mag je vrienden zien.

Als je wil, kunnen we samen bedenken hoe je dat zegt zonder dat het escaleert.

Groetjes van [[Rube]]""",
      q="nl6", nickname="Ruben"),
    V("ipad-oma-drie-zinnen", "ipad", "nl",
      ["private-account", "retiree", "very-short", "client-line", "capitals", "signed-name"],
      ("Jeanine Vercruysse", "jeanine.vercruysse@skynetmail.example"),
      """DAG {pseudonym}
HET IS NIET JOUW SCHULD.
VERTEL HET AAN MAMA OF DE JUF.
BEL 1712, DAT IS GRATIS.
LIEFS [[JEANINE]]""",
      q="nl7", nickname="Jeanine"),
    V("windows-mail-self-contract", "windows_mail", "nl",
      ["private-account", "worker", "new-shape", "self-contract", "content-like-signature",
       "client-line", "signed-name", "long"],
      ("Nathalie Bosmans", "nathalie.bosmans@telenet-mail.example"),
      """Dag {pseudonym},

Dank je voor je eerlijkheid. Ik weet dat stoppen met eten weggooien niet van vandaag op morgen
gaat. Misschien helpt het om een klein afspraakje met jezelf te maken. Je kan dit overschrijven
in je agenda:

Afspraak met mezelf
Ik probeer deze week elke dag mijn ontbijt op te eten.
Als het niet lukt, ben ik niet boos op mezelf.
Ik vertel het aan één volwassene.
Datum: ____________
Handtekening: ____________

Het is geen contract met straf. Het is een belofte om lief te zijn voor jezelf.

Groetjes,
[[Nathalie]]""",
      q="nl10", nickname="Nathalie"),
    V("gmail-ios-ai-disclosure", "gmail_ios", "nl",
      ["private-account", "student", "new-shape", "ai-disclosure-line", "signed-name"],
      ("Arne Seghers", "arne.seghers@postbus.example"),
      """Hey {pseudonym},

Ik vind het heel knap dat je dit schrijft. Dat je papa drinkt en roept is niet jouw schuld, en
ook niet jouw verantwoordelijkheid om op te lossen.

Wat je kan doen:
1. Praat erover met iemand buiten het gezin: een leerkracht, het CLB, het JAC.
2. Maak met je zus een plan: waar gaan jullie naartoe als het te erg wordt (buren, tante, oma)?
3. Bel 112 als er geweld is.

Ik heb voor de volgorde van mijn antwoord even ChatGPT gebruikt, de woorden en het meeleven zijn
van mij.

[[Arne]]""",
      q="nl11", nickname="Arne"),
    V("mailfence-kudos-link", "v8vol_mailfence", "nl",
      ["private-account", "worker", "new-shape", "kudos-link", "signed-name", "sig-dash"],
      ("Tine Cornelis", "tine.cornelis@mailfence.example"),
      """Dag {pseudonym},

Een eerste kus die de hele klas te weten komt: ik kan me voorstellen dat je je wil verstoppen.
Maar weet je, over een paar weken praten ze over iets anders. Zo werkt een klas.

Wil je dat ik met je meedenk wat je kan zeggen als iemand er iets over zegt? Een kort zinnetje
klaar hebben helpt vaak. Bijvoorbeeld: "Ja, en?" of "Fijn dat jullie zo geïnteresseerd zijn."

Groetjes,
[[Tine]]""",
      sig="""[[Tine Cornelis]] · coach & vrijwilliger
Tevreden over een gesprek? Laat een kudo achter op www.kudos.example/[[tine-cornelis]]""",
      sig_dash=True, q="nl8", nickname="Tine"),
    V("outlook-android-poetsfirma", "outlook_android", "nl",
      ["work-account", "worker", "client-line", "signed-name", "no-punctuation", "typos",
       "tussentaal"],
      ("Glenn Wittevrongel", "glenn@wittevrongel-schoonmaak.example"),
      """Dag {pseudonym}
Sorry da ik pas nu antwoord, drukke week
Wat ge vertelt over uwe papa en uw zusje da raakt mij
Ik ben zelf opgegroeid me ne papa die dronk dus ik weet een beetje hoe da voelt
Ge moet da ni alleen dragen. Babbel ermee met iemand op school of bel 106 (Tele-Onthaal) da is dag en nacht
En ge zijt ne goeie grote broer of zus
[[Glenn]]""",
      sig="""[[Wittevrongel Schoonmaak bv]]
[[0478 61 22 90]]""",
      q="nl11", nickname="Glenn"),
    V("smartschool-werk-juf", "smartschool", "nl",
      ["work-account", "teacher", "signed-name", "html-only", "wrong-account"],
      ("Juf Hanne (3de lj)", "hanne.devlieger@basisschool-dekrekel.example"),
      """Dag {pseudonym},

Ik schrijf even vanuit mijn schoolmail, dat had ik niet mogen doen, maar ik wilde je niet laten
wachten.

Wat je broer doet is niet oké. Nooit. Jij bent niet slecht als je het vertelt. Er zijn juffen en
meesters die naar je willen luisteren, ook op jouw school.

Liefs,
[[juf Hanne]]""",
      html="only", q="nl7", nickname="Hanne", volunteer="hanne.dv@postbus.example"),
    V("gmail-grounding-wout", "gmail_web", "nl",
      ["private-account", "student", "new-shape", "grounding-list", "signed-name", "initials"],
      ("Wout Mahieu", "woutmahieu@postbus.example"),
      """Dag {pseudonym},

Als je hoofd te vol zit 's avonds, kan je deze oefening proberen. Ze heet 5-4-3-2-1:

5 dingen die je ziet
4 dingen die je voelt (je deken, je kussen)
3 dingen die je hoort
2 dingen die je ruikt
1 ding dat je proeft

Het klinkt simpel, maar het haalt je even uit je gedachten.
En ga eens langs bij de huisarts, oké? Maanden slecht slapen is niet iets om alleen te dragen.

[[W.]]
[[Wout]]""",
      q="nl4", nickname="Wout"),
    V("samsung-papa-account", "samsung", "nl",
      ["own-name-in-text", "family-account", "parent", "signed-other-name", "client-line", "family-named",
       "tussentaal"],
      ("Papa Kobe", "kobe.huysmans@postbus.example"),
      """Dag {pseudonym},

Hier is [[Hilde]] van Lumi (dit is het account van mijn man, ik zit op zijn gsm).

Ge zijt zeker ni de enige die valt op meisjes en het nog aan niemand durft te zeggen. Neem uw
tijd. Uw beste vriendin zal het wel snappen dat ge iets moeilijks meedraagt.

Als ge wilt, kunt ge ook eens kijken bij wel jong niet hetero, daar schrijven jongeren over
hetzelfde.

Dikke knuffel,
[[Hilde]]""",
      q="nl1", nickname="Hilde", volunteer="hilde.huysmans@postbus.example"),
    V("apple-psycholoog-uitspraak", "apple_mail", "nl",
      ["private-account", "worker", "new-shape", "name-pronunciation", "signed-name",
       "title"],
      ("Siobhan Mertens", "siobhan.mertens@praktijkmail.example"),
      """Dag {pseudonym},

Dat je vriendin je dat toevertrouwd heeft, zegt hoeveel ze je vertrouwt. En tegelijk is het
te zwaar voor iemand van 14 om alleen te dragen.

Een belofte van geheimhouding houdt op als iemand gevaar loopt. Je mag het vertellen aan een
volwassene: een leerkracht, het CLB, je ouders. Dat is geen verraad, dat is zorg.

Zeg het ook tegen haar, als je durft: "Ik zie je graag, daarom vertel ik het."

Hartelijke groet,
[[Siobhan]]""",
      sig="""[[Siobhan Mertens]] (spreek uit: [[Sjie-voon]])
klinisch psycholoog
[[Praktijk De Linde]], [[Hasselt]]""",
      q="nl9", nickname="Siobhan"),
    V("webmail-scheduled-send", "webmail", "nl",
      ["private-account", "worker", "new-shape", "scheduled-send-line", "signed-name",
       "nickname-sign"],
      ("Koen Vanparys", "koen.vanparys@combell-mail.example"),
      """Dag {pseudonym},

Ik schrijf je dit 's nachts, maar ik heb het ingepland zodat het overdag aankomt.

Kiezen tussen je mama en je papa, dat zou niemand van 12 moeten doen. Vanaf 12 jaar mag je wel
je mening geven aan de rechter, maar je hoeft niet te kiezen. Je mag gewoon zeggen wat je voelt,
ook "ik wil bij allebei zijn".

Je doet niemand pijn door eerlijk te zijn.

[[Koentje]]""",
      sig="""Verzending ingepland: di 4 mrt 2025 07:30""",
      q="nl3", nickname="Koen"),
    V("aqua-bcc-note", "v8vol_aqua", "nl",
      ["private-account", "worker", "new-shape", "bcc-note", "client-line", "signed-name",
       "cc-own-address"],
      ("Lotte Beerens", "lotte.beerens@postbus.example"),
      """Hoi {pseudonym},

(ik zet mezelf in bcc voor mijn eigen notities, zoals we in de opleiding leerden)

Dat je broer je slaat als mama werkt, is ernstig. Jij hebt niks fout gedaan. Vertel het aan je
mama of aan iemand op school. Als je wil, bel 1712: daar luisteren ze en ze zeggen niet wie je
bent.

Ik ben trots op je dat je schreef.
[[Lotte]]""",
      headers=[("Cc", "lotte.beerens@postbus.example")], q="nl7", nickname="Lotte"),
    V("gmail-lijstje-kort-mats", "gmail_android", "nl",
      ["private-account", "student", "no-punctuation", "one-phrase-a-line", "signed-name"],
      ("Mats Desmet", "mats.desmet@postbus.example"),
      """dag {pseudonym}
dus
je lief mag je gsm niet eisen
je mag je vrienden zien
je mag nee zeggen
je mag het uitmaken
en je mag hier altijd terug schrijven
[[mats]]""",
      q="nl6", nickname="Mats"),
    V("evolution-itsme", "v8vol_evolution", "nl",
      ["private-account", "worker", "new-shape", "itsme-signature", "signed-name",
       "sig-dash"],
      ("Mathias Verbruggen", "mathias@verbruggen-fam.example"),
      """Dag {pseudonym},

Je schrijft dat je niet meer naar school wil. Dat begrijp ik. Maar je hebt niks verkeerd
gedaan: je hebt iemand gekust die je leuk vond. Dat mag.

Als ze je uitlachen of er rare dingen over zeggen, is dat pesten. Dan mag je het melden bij je
klastitularis of de leerlingbegeleiding. Wil je daar samen over nadenken?

Groet,
[[Mathias]]""",
      sig="""[[Mathias Verbruggen]]
Digitaal ondertekend met itsme® door [[Mathias Verbruggen]] op 04/03/2025 21:14""",
      sig_dash=True, q="nl8", nickname="Mathias"),
    V("outlook-ziekenfonds-tijdzone", "outlook_web", "nl",
      ["private-account", "worker", "new-shape", "timezone-line", "signed-name", "long"],
      ("An-Sofie Baert", "ansofie.baert@hotmail-mail.example"),
      """Hallo {pseudonym},

Dank je voor je bericht. Ik lees dat je ouders gaan scheiden en dat je moet kiezen. Dat is heel
veel voor iemand van 12.

Wat ik je wil meegeven:
Je mag allebei je ouders graag zien.
Je mag verdrietig zijn, en boos, en allebei tegelijk.
Je hoeft de beslissing niet alleen te nemen. Volwassenen (je ouders, een bemiddelaar, soms een
rechter) moeten dat doen. Jij mag vertellen wat je wil.

Misschien helpt het om eens op te schrijven wat je mist bij mama en wat je mist bij papa.
Niet om te kiezen, maar om te weten wat belangrijk is voor jou.

Groetjes,
[[An-Sofie]]""",
      sig="""[[An-Sofie Baert]]
Ik woon tijdelijk in [[Montréal]] (UTC−5): mijn antwoorden komen soms 's nachts jullie tijd.""",
      q="nl3", nickname="An-Sofie"),
    V("telenet-opa-lang", "telenet_webmail", "nl",
      ["private-account", "retiree", "long", "signed-name", "typos", "dialect"],
      ("Willy Vandamme", "willy.vandamme@telenet-mail.example"),
      """Beste {pseudonym}

Ik ben al wat ouder en ik heb al veel meegemaakt, maar wat gij schrijft over uwe vader die
drinkt, da heb ik ook gekend bij ons thuis in de jaren zestig. Toen sprak daar niemand over.
Nu wel, en da is goed.

Ge zijt 16 jaar en ge wilt weg, da is normaal. Maar ge zijt ook bezorgd voor uw zuske, en da
siert u.

Ik zou u willen aanraden om eens te gaan spreken met iemand van het CAW of het JAC, da is
gratis en ze zeggen niets tegen uw ouders als ge da niet wilt.
Ook Al-Anon heeft groepen voor jongeren, Alateen heet da.

Hou u sterk jong.
Vriendelijke groeten
[[Willy]]""",
      sig="""[[W. Vandamme]]
[[Oostendsesteenweg 212]]
[[8000 Brugge]]
tel [[050 31 88 27]]""",
      q="nl11", nickname="Willy"),
    V("gmail-web-markdown-student", "gmail_web", "nl",
      ["thema-line", "private-account", "student", "signed-name", "emoji", "top-posted"],
      ("Hajar El Amrani", "hajar.elamrani@kuleuven-mail.example"),
      """Hoi {pseudonym} 🌈

Ik las je bericht en ik wil je eerst gewoon zeggen: je bent oké zoals je bent.

Je hoeft nog niks te weten. Misschien val je op meisjes, misschien op iedereen, misschien weet
je het over een jaar beter. Dat is allemaal goed.

Over je vriendin: je mag zeggen "ik ben een beetje met mezelf bezig, het ligt niet aan jou". Dat
is eerlijk en je vertelt niks wat je nog niet wil vertellen.

<<#thema:coming-out>>
Liefs uit Leuven,
[[Hajar]] 💜""",
      q="nl1", nickname="Hajar"),
    V("claws-code-comment", "v8vol_claws", "nl",
      ["private-account", "worker", "new-shape", "code-comment-signoff", "signed-name",
       "no-display-name"],
      ("", "jolan@devhuis.example"),
      """dag {pseudonym},

ik ben informaticus dus excuseer als ik een beetje kort ben.

wat je zegt over je lief die je gsm controleert: dat is een rode vlag. in een goede relatie mag
je een eigen leven hebben. vrienden, gsm, tijd voor jezelf.

als je wil, kan je ook eens kijken op de site van Awel of bellen naar 102.

// [[Jolan]]""",
      q="nl6", nickname="Jolan"),
    V("outlook-advocaat-disclaimer", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "disclaimer", "disclaimer-fr",
       "disclaimer-en", "signed-name", "title", "long"],
      ("Mtr. Evelien Stroobants", "e.stroobants@advocaten-stroobants.example"),
      """Dag {pseudonym},

Ik ben in het dagelijkse leven advocaat, dus ik kan je iets vertellen over je vraag.

Als je ouders uit elkaar gaan, beslissen zij (of als ze het niet eens raken: de familierechter)
waar je woont. Kinderen vanaf 12 jaar krijgen een brief van de rechtbank waarin staat dat ze
gehoord mogen worden. Dat is een recht, geen plicht. Je mag het gesprek weigeren, en je mag ook
gaan en zeggen wat je voelt. De rechter zal je nooit vragen "wie zie je het liefst".

Je kan ook gratis advies vragen bij een jeugdadvocaat, via de jeugdbalie.

Veel sterkte,
[[Evelien]]""",
      sig="""[[Evelien Stroobants]]
Advocaat – Avocate
[[Stroobants & Partners]]
[[Frère-Orbanlaan 24, 9000 Gent]]
T [[09 223 41 70]] | [[e.stroobants@advocaten-stroobants.example]]

Dit bericht is vertrouwelijk en kan onder het beroepsgeheim vallen.
Ce message est confidentiel et peut être couvert par le secret professionnel.
This message is confidential and may be covered by professional secrecy.""",
      q="nl3", nickname="Evelien"),
    V("gmail-go-maten-kort", "v8vol_gmail_go", "nl",
      ["private-account", "student", "very-short", "no-punctuation", "emoji", "signed-name"],
      ("Emre Yıldız", "emre.yildiz06@postbus.example"),
      """{pseudonym} je bent niet alleen 💪
vertel het aan iemand die je vertrouwt ok
je vriendin heeft hulp nodig en jij ook
[[Emre]]""",
      q="nl9", nickname="Emre"),
    V("fastmail-bottom-post", "v8vol_fastmail", "nl",
      ["private-account", "worker", "bottom-posted", "signed-name", "sig-dash"],
      ("Bieke Lauwers", "bieke@lauwers.example"),
      """Dag {pseudonym},

Ik antwoord even onder je bericht, zo kan je lezen wat ik over welk stukje zeg.

Dat je niet meer naar school wil, snap ik heel goed. Het voelt alsof iedereen naar je kijkt.
Maar jij hebt iets heel normaals gedaan. Probeer één vriend(in) te zoeken die naast je blijft
staan, en vertel het aan je mentor als het pesten wordt.

Groetjes,
[[Bieke]]""",
      sig="""[[Bieke Lauwers]]
[[bieke@lauwers.example]]""",
      sig_dash=True, quote_pos="above", q="nl8", nickname="Bieke"),
    V("outlook-bedrijf-qr", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "new-shape", "qr-code-alt", "logo",
       "signed-name", "phone-in-sig"],
      ("Steven Lemmens", "steven.lemmens@lemmens-it.example"),
      """Beste {pseudonym},

Wat je broer doet, mag niet. Je mag dat aan iedereen vertellen die je vertrouwt, ook al zegt hij
dat het niet mag.

Als je wil, kan je met een juf of meester praten, of bellen naar 1712. En als het heel erg
wordt: 112.

Vriendelijke groeten,
[[Steven]]""",
      sig="""[[Steven Lemmens]] | Zaakvoerder
[[Lemmens IT]] · [[Genk]]
M [[0495 43 12 67]]""",
      logo=("QR-code: voeg Steven Lemmens toe aan je contacten", "inline"),
      q="nl7", nickname="Steven"),
    V("iphone-dyslexie", "iphone", "nl",
      ["private-account", "student", "typos", "client-line", "signed-name", "no-punctuation"],
      ("Lander Coppens", "landercoppens@postbus.example"),
      """hoi {pseudonym}
ik heb zelf dyslexie dus sorry voor de foute
maar ik wil je zegen dat je niet dik ben om dat ze dat zegen
mensen die zo iets zegen zijn zelf onzeker
eet je ontbijt ok en zeg het aan je mama of aan de dokter
groetjes [[Lander]]""",
      q="nl10", nickname="Lander"),
    V("webmail-shop-uren", "webmail", "nl",
      ["business-account", "worker", "work-signature", "new-shape", "shop-hours-in-sig",
       "signed-name", "phone-in-sig"],
      ("Boekhandel De Vuurvlieg", "info@devuurvlieg.example"),
      """Dag {pseudonym},

Ik schrijf je vanaf de mail van mijn boekenwinkel, sorry daarvoor.

Wat je vertelt over je vriendin en meisjes: weet dat er heel veel boeken zijn over jongeren die
hetzelfde voelen. "Heartstopper" bijvoorbeeld (ook een serie) of "Zomer van de libellen". Soms
helpt het om te lezen dat anderen ook zo twijfelen.

En je hoeft niemand iets te vertellen voor je er klaar voor bent.

Warme groet,
[[Charlotte]]""",
      sig="""[[Boekhandel De Vuurvlieg]]
[[Kerkstraat 14, 3200 Aarschot]]
Open di–za 10u–18u, zondag 10u–12u
[[016 56 71 23]]""",
      q="nl1", nickname="Charlotte", volunteer="charlotte.meulemans@postbus.example"),
    V("samsung-dictee-moeder", "samsung", "nl",
      ["private-account", "parent", "voice-to-text", "client-line", "signed-name",
       "no-punctuation"],
      ("Naima Bouzian", "naima.bouzian@postbus.example"),
      """Dag {pseudonym} ik spreek dit in met mijn gsm omdat ik aan het koken ben
ik wil je zeggen dat wat je voelt over je papa normaal is je mag boos zijn en bang
je zus heeft geluk met jou
maar jij moet ook voor jezelf zorgen
bel eens naar Tele-Onthaal 106 of ga naar het JAC
groetjes [[Naima]]""",
      q="nl11", nickname="Naima"),
    V("outlook-hogeschool-mentor", "outlook_web", "nl",
      ["work-account", "teacher", "work-signature", "disclaimer", "signed-name", "pronouns",
       "new-shape", "communication-preference-line"],
      ("Robbe Van Acker", "robbe.vanacker@hogent-mail.example"),
      """Dag {pseudonym},

Dank je wel voor je bericht. Ik wil je zeggen dat je vraag heel normaal is. Scholen krijgen ze
steeds vaker, en de meeste willen echt meewerken.

Je kan het vragen aan de leerlingbegeleiding. Vraag ook of ze je naam in de digitale systemen
kunnen aanpassen (Smartschool, het rapport), dat kan soms zonder officiële papieren.

Groet,
[[Robbe]]""",
      sig="""[[Robbe Van Acker]] ([[die/hen]])
lector sociaal werk – [[HOGENT]]
Ik ben autistisch: ik antwoord liever per mail dan aan de telefoon.

De inhoud van dit bericht is vertrouwelijk. HOGENT kan niet aansprakelijk gesteld worden voor
eventuele schade.""",
      q="nl5", nickname="Robbe"),
    V("gmail-brusselaar-kort", "gmail_android", "nl",
      ["private-account", "worker", "dialect", "very-short", "signed-name", "mixed-language"],
      ("Yannick Vandervelde", "yannick.vdv@postbus.example"),
      """Allei {pseudonym}, da's ni goe wat ze in de bus doen eh, franchement. Zeg da tegen iemand van
't school, of tegen u ma. Ge moet da ni allein opzuipen. Courage!
[[Yan]]""",
      q="nl2", nickname="Yannick"),
    V("apple-mail-drop", "apple_mail", "nl",
      ["private-account", "worker", "new-shape", "mail-drop-link", "signed-name"],
      ("Ilse Van de Velde", "ilse.vandevelde@icloud-mail.example"),
      """Dag {pseudonym},

Ik heb voor jou een kleine podcastaflevering opgenomen (10 minuten) van een meisje dat vertelt
hoe ze haar vriendin vertelde dat ze verliefd was op meisjes. Ik dacht dat het je misschien
helpt. Je kan hem hieronder downloaden, hij blijft 30 dagen staan.

En onthoud: jouw tempo is het juiste tempo.

Groetjes,
[[Ilse]]""",
      sig="""[[Ilse Van de Velde]] heeft een bestand gedeeld met Mail Drop.
podcast_vriendinnen.m4a (48,2 MB) – beschikbaar tot 3 april 2025
Downloaden: https://maildrop.icloud.example/d/8KZ2-[[ilse.vandevelde]]""",
      q="nl1", nickname="Ilse"),
    V("gmail-kassaticket", "gmail_web", "nl",
      ["private-account", "student", "new-shape", "receipt-layout", "content-like-identity",
       "signed-name"],
      ("Febe Lagae", "febe.lagae@postbus.example"),
      """Hoi {pseudonym},

Ik maakte een kassaticket voor jou, van alles wat je deze week al gedaan hebt:

*** KASSATICKET ***
1x eerlijk geweest tegen Lumi ........ 0,00
1x opgestaan ondanks slecht slapen ... 0,00
1x nagedacht over hulp vragen ........ 0,00
TOTAAL: jij bent genoeg
BTW: 0% schuld
Bewaar dit ticket.

Serieus nu: probeer een afspraak te maken bij je huisarts. Slaapproblemen die maanden duren,
daar kunnen ze echt iets aan doen.

Groetjes,
[[Febe]]""",
      q="nl4", nickname="Febe"),
    V("outlook-pensioen-countdown", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "new-shape", "countdown-line",
       "signed-name", "disclaimer"],
      ("Dirk Haeck", "dirk.haeck@vlaamse-waterweg.example"),
      """Dag {pseudonym},

Ik heb zelf drie kinderen en een van hen is trans. Ik wil je zeggen: wat je vraagt is
helemaal normaal en je school kan dat. Bij mijn zoon ging het met één gesprek bij de
directeur en een mailtje aan de leerkrachten.

Het spannendste is de eerste keer vragen. Daarna wordt het makkelijker.

Met vriendelijke groeten,
[[Dirk]]""",
      sig="""[[Dirk Haeck]]
Projectleider infrastructuur
[[De Vlaamse Waterweg nv]]
[[Havenstraat 44, 3500 Hasselt]]
Nog 212 werkdagen tot mijn pensioen 🎉

Dit bericht kan vertrouwelijke informatie bevatten. Ben je niet de bestemmeling, verwijder het
dan en laat het ons weten.""",
      q="nl5", nickname="Dirk"),
    V("gmail-weerbericht", "gmail_ios", "nl",
      ["private-account", "student", "new-shape", "weather-report-advice", "signed-name",
       "emoji"],
      ("Margot Depoorter", "margot.depoorter@postbus.example"),
      """Dag {pseudonym},

Het weerbericht voor jouw hoofd vandaag:
🌧️ 's ochtends: grijs, wat zwaar
⛅ 's middags: opklaringen als je even buiten loopt
🌙 's avonds: onrustig, kans op piekeren
Vooruitzichten: beter, als je erover praat met iemand (huisarts, CLB, je ouders)

Voetbal mag even wachten. Maar laat het niet te lang duren voor je hulp vraagt, oké?

[[Margot]]""",
      q="nl4", nickname="Margot"),
    V("outlook-mail-merge", "outlook_desktop", "nl",
      ["private-account", "worker", "new-shape", "mail-merge-residue", "signed-name",
       "typos"],
      ("Gerda Van Hecke", "gerda.vanhecke@telenet-mail.example"),
      """Beste «Voornaam»,

Oei, dat is een stukje van een sjabloon dat ik gebruik in mijn werk, sorry! Ik bedoel natuurlijk:
beste {pseudonym}.

Wat je vriendin je vertelde is heel zwaar. Je mag het vertellen aan een volwassene, ook al heb je
beloofd van niet. Zij heeft hulp nodig en dat kan jij niet alleen geven.

Wat je wél kan: bij haar blijven, naar haar luisteren, en samen met haar naar iemand stappen.

Groetjes,
[[Gerda]]""",
      q="nl9", nickname="Gerda"),
    V("webmail-beschikbaar-status", "webmail", "nl",
      ["private-account", "worker", "new-shape", "availability-status-line", "signed-name",
       "sig-dash", "phone-in-sig"],
      ("Jonas Vermeiren", "jonas.vermeiren@combell-mail.example"),
      """Hallo {pseudonym},

Je lief wordt boos als je met vrienden afspreekt. Dat is niet jouw probleem om op te lossen,
dat is het zijne (of hare).

Probeer eens te letten op hoe je je voelt na een dag met je vrienden, en hoe na een dag met je
lief. Dat zegt vaak veel.

Schrijf gerust terug.
[[Jonas]]""",
      sig="""[[Jonas Vermeiren]]
🟢 bereikbaar ma–do 18u–21u · 🔴 vr–zo offline
[[0471 90 34 55]]""",
      sig_dash=True, q="nl6", nickname="Jonas"),
    V("provider-reclame-footer", "v8vol_carrier", "nl",
      ["private-account", "retiree", "new-shape", "carrier-ad-footer", "signed-name",
       "capitals"],
      ("Marcel Verstraete", "marcel.verstraete@pingumail.example"),
      """Beste {pseudonym},

Ik ben een opa van 74 en ik help bij Lumi. Wat ge schrijft over die jongen op het feestje: dat
is iets moois, ook al lachen ze nu. Later zult ge daar anders over denken.

Als het te erg wordt op school, ZEG HET aan een leraar. Ge hebt niks misdaan.

Groeten,
[[Marcel]]""",
      sig="""[[Verstuurd via PinguMail]] – gratis mailbox met 5 GB opslag. Ook jij? www.pingumail.example""",
      q="nl8", nickname="Marcel"),
    V("owa-politie-kort", "outlook_web", "nl",
      ["work-account", "worker", "work-signature", "disclaimer", "signed-name",
       "wrong-account"],
      ("INP Sarah-Jane Lowie", "sarahjane.lowie@politie-zonekempen.example"),
      """Dag {pseudonym},

Het filmen en verspreiden van beelden zonder toestemming is strafbaar. Je kan daar aangifte van
doen, maar je hoeft dat niet alleen te beslissen. Praat er eerst over met je ouders of iemand
op school.

Groet,
[[Sarah-Jane]]""",
      sig="""[[INP Sarah-Jane Lowie]]
Jeugd en gezin – [[Politiezone Kempen Noord-Oost]]
[[014 44 51 00]]

Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten.""",
      q="nl2", nickname="Sarah-Jane", volunteer="sj.lowie@postbus.example"),
    V("gmail-web-lang-student-antwerps", "gmail_web", "nl",
      ["private-account", "student", "dialect", "long", "signed-name"],
      ("Seppe Wouters", "seppe.wouters@postbus.example"),
      """Hey {pseudonym},

Ik kom uit Borgerhout en ik ben zelf ook pas uit de kast gekomen bij mijn beste maat vorig
jaar, ik was zo zenuwachtig da'k bijna moest overgeven haha. Maar weette wa hij zei? "Ja en?
Gade nog mee frietjes halen?" 😂

Ik wil ni zeggen dat het bij u ook zo gaat, maar vaak valt da beter mee dan ge denkt. En ge
moet het pas zeggen als gij da wilt. Niet eerder.

Ge kunt ook eens naar een holebi-jongerengroep gaan, in veel steden is er ene. Daar zitten
gasten die hetzelfde meemaken.

Veel moed eh,
[[Seppe]]""",
      q="nl1", nickname="Seppe"),
    V("outlook-desktop-kort-zonder-groet", "outlook_desktop", "nl",
      ["private-account", "worker", "very-short", "no-greeting", "signed-name",
       "initials"],
      ("Ward Cools", "ward.cools@skynetmail.example"),
      """{pseudonym}, wat je broer doet is niet oké. Vertel het. Vandaag nog. Aan mama of de juf. Of
bel 1712. Je bent niet stout als je het zegt.

[[W.C.]]""",
      q="nl7", nickname="Ward"),
    V("thunderbird-zaterdag-vervolg", "thunderbird", "nl",
      ["private-account", "worker", "signed-name", "ps-after-name", "sig-dash"],
      ("Anouk Blommaert", "anouk.blommaert@postbus.example"),
      """Dag {pseudonym},

Dank je om het te vertellen. Dat je ontbijt weggooit omdat je je dik voelt: ik neem dat
serieus. Je bent 13, je lichaam groeit, het heeft eten nodig.

Vertel het aan één volwassene. Dat kan je mama zijn, je huisarts, of iemand van het CLB.

Groetjes,
[[Anouk]]

PS: er is een site van Eetexpert met info voor jongeren. Misschien wil je daar eerst rustig
lezen.
PPS: je mag ook altijd terugschrijven, ook als het maar één zin is.""",
      sig="""[[Anouk Blommaert]]""",
      sig_dash=True, q="nl10", nickname="Anouk"),
    V("samsung-tante-kort", "samsung", "nl",
      ["private-account", "worker", "client-line", "signed-name", "emoji", "very-short"],
      ("Kimberly", "kimberly.deridder@postbus.example"),
      """Dag {pseudonym} 🫂
ik wou je gewoon even laten weten dat ik je bericht gelezen heb en dat je niet alleen bent
je papa's drinken is niet jouw schuld
praat erover met iemand van het JAC, dat is anoniem
[[Kim]] 🌻""",
      q="nl11", nickname="Kimberly"),
    V("gmail-twee-talen-brussel", "gmail_web", "nl",
      ["private-account", "worker", "mixed-language", "signed-name", "new-shape",
       "absence-in-sig"],
      ("Mehdi Ouali", "mehdi.ouali@postbus.example"),
      """Hallo {pseudonym},

Eerst: wat er op de bus gebeurt is pesten, ook al noemen ze het "lachen". Je hoeft dat niet te
pikken. Je kan bewijs verzamelen (screenshots) en het melden op school.

Je mag het ook aan mij vertellen in het Frans als dat makkelijker is, ik spreek beide talen.
Tu peux aussi m'écrire en français.

Groetjes,
[[Mehdi]]""",
      sig="""[[Mehdi Ouali]]
Afwezig van 10 tot 14 maart – absent du 10 au 14 mars""",
      q="nl2", nickname="Mehdi"),
    V("iphone-html-kort-nacht", "iphone", "nl",
      ["private-account", "student", "very-short", "client-line", "no-punctuation",
       "signed-name"],
      ("Ella Vandekerckhove", "ella.vdk@icloud-mail.example"),
      """{pseudonym} slaap je nog slecht
ik ook soms
probeer je gsm een uur voor je slaap weg te leggen
en ga naar de dokter ok
[[ella]]""",
      q="nl4", nickname="Ella"),
    V("outlook-scouts-lokaal", "outlook_web", "nl",
      ["private-account", "worker", "signed-name", "long", "numbered-list"],
      ("Thibault Cardoen", "thibault.cardoen@outlook-mail.example"),
      """Dag {pseudonym},

Ik ben leider bij de scouts en ik heb al veel jongeren zien twijfelen over hun identiteit. Wat
jij doet, een andere naam vragen, is een heel gewone vraag.

Drie tips van mij:
1) Schrijf de vraag eerst op. Lees ze luidop voor jezelf.
2) Neem iemand mee naar het gesprek als je dat wil.
3) Als het eerste gesprek niet goed gaat, geef niet op. Soms moet een school nog wat leren.

En bij ons op de scouts kan het ook gewoon, hoor. Veel jeugdbewegingen doen dat al.

Stevige linker,
[[Thibault]]""",
      q="nl5", nickname="Thibault"),
    V("outlook-vcard-mutualiteit", "outlook_desktop", "nl",
      ["work-account", "worker", "work-signature", "signed-name", "phone-in-sig",
       "disclaimer", "encoded-display-name"],
      ("Gülşen Aydoğan", "gulsen.aydogan@cm-limburg.example"),
      """Dag {pseudonym},

Ik lees je mail in mijn middagpauze en ik wil je meteen laten weten: je bent niet de enige
die thuis met een papa zit die te veel drinkt. Er zijn in Vlaanderen zelfs groepen voor
jongeren zoals jij, waar je anderen ontmoet die hetzelfde meemaken.

Je hoeft niet weg te gaan om hulp te krijgen. Begin met één gesprek: het CLB, het JAC, of je
huisarts. En spreek met je zus af wat jullie doen als het thuis te erg wordt.

Hartelijke groet,
[[Gülşen]]""",
      sig="""[[Gülşen Aydoğan]]
Consulent jeugd & gezin – [[CM Limburg]]
[[Mgr. Broekxplein 6, 3500 Hasselt]]
T [[011 28 02 11]]

Dit bericht is enkel bestemd voor de geadresseerde. Gelieve het te verwijderen als het niet voor u bestemd is.""",
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Aydoğan]];[[Gülşen]];;;
FN:[[Gülşen Aydoğan]]
ORG:[[CM Limburg]]
TEL;TYPE=WORK:[[011 28 02 11]]
EMAIL:[[gulsen.aydogan@cm-limburg.example]]
END:VCARD""",
      from_style="ew", q="nl11", nickname="Gülşen"),
    V("thunderbird-crlf-comment", "thunderbird", "nl",
      ["private-account", "retiree", "signed-name", "comment-display-name", "long"],
      ("Roger Vanmeirhaeghe", "roger.vmh@skynetmail.example"),
      """Beste {pseudonym},

Ik ben een gepensioneerde onderwijzer uit het Meetjesland. In mijn klas heb ik ook kinderen
gehad die thuis geslagen werden door een broer of zus. Wat ik toen altijd zei, zeg ik nu ook
tegen jou: een geheim dat pijn doet, mag je altijd vertellen. Dat is geen verklikken.

Kies iemand die je vertrouwt: je mama, een juf, de zorgleerkracht. Of bel 1712.

Met een warme groet,
[[Roger]]""",
      from_style="comment", crlf=True, q="nl7", nickname="Roger"),
    V("gmail-sig-enkel-html", "gmail_web", "nl",
      ["private-account", "student", "signed-name", "sig-html-only", "short-form-name"],
      ("Kato Verlinden", "kato.verlinden@postbus.example"),
      """Hoi {pseudonym},

Een andere naam vragen op school: ik heb dat vorig jaar zelf gedaan, op mijn 17de. Mijn
leerlingbegeleider was eerst wat onwennig, maar na twee weken zei iedereen mijn nieuwe naam.
Sommige leerkrachten vergisten zich nog, dan zei ik het gewoon opnieuw, vriendelijk.

Het komt goed. Echt.
[[Kat]]""",
      sig="""[[Kato Verlinden]] · [[instagram.example/kato.tekent]]""",
      sig_in="html", q="nl5", nickname="Kato"),
    # ------------------------------------------------------------------ fr
    V("gmail-fr-etudiante", "gmail_android", "fr",
      ["private-account", "student", "signed-name", "emoji", "no-punctuation"],
      ("Inès Delvaux", "ines.delvaux@postbus.example"),
      """Coucou {pseudonym}
c'est pas une phase parce que ta mère le dit
et même si un jour tu changes d'avis c'est ok aussi
tu as le droit de te poser des questions 💛
si tu veux en parler on est là
[[Inès]]""",
      q="fr1", nickname="Inès"),
    V("outlook-cpas-fr", "outlook_desktop", "fr",
      ["thema-line", "work-account", "worker", "work-signature", "disclaimer-fr", "disclaimer",
       "signed-name", "long"],
      ("Lambotte Christelle", "christelle.lambotte@cpas-namur.example"),
      """Bonjour {pseudonym},

Merci pour ton message. Ce que tu vis sur Snap, c'est du harcèlement, et ce n'est jamais de ta
faute. Refuser de sortir avec quelqu'un, c'est ton droit le plus strict.

Voici ce que tu peux faire :
- faire des captures d'écran des messages (avec la date) ;
- bloquer et signaler le compte dans Snapchat ;
- en parler à un adulte de confiance : un parent, un éducateur, le centre PMS de ton école.

Tu peux aussi appeler le 103 (Écoute-Enfants), c'est gratuit et anonyme.

Bien à toi,
[[Christelle]]

<<#thema: pesten>>""",
      sig="""[[Christelle Lambotte]]
Assistante sociale – Service jeunesse
[[CPAS de Namur]]
[[Rue de Dave 165, 5100 Jambes]]
Tél. : [[081 33 70 21]]

Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire.
Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.""",
      q="fr2", nickname="Christelle"),
    V("iphone-fr-court", "iphone", "fr",
      ["private-account", "worker", "very-short", "client-line", "signed-name"],
      ("Olivier Gérard", "olivier.gerard@icloud-mail.example"),
      """Salut {pseudonym}, le sommeil et le stress des examens, c'est dur. Essaie de parler à ton père
de ta peur, souvent les parents sont plus compréhensifs qu'on croit. Courage. [[Olivier]]""",
      q="fr3", nickname="Olivier"),
    V("webmail-fr-conseillere", "webmail", "fr",
      ["private-account", "worker", "new-shape", "mandate-line", "signed-name",
       "work-signature"],
      ("Nathalie Dubois-Lemaire", "nathalie.dubois@skynetmail.example"),
      """Bonjour {pseudonym},

Ta mère dit que c'est une phase. Tu sais, beaucoup de parents disent ça parce qu'ils ont peur
ou parce qu'ils ne savent pas quoi dire. Ça ne veut pas dire que tes sentiments ne comptent pas.

Tu peux lui laisser du temps. Et de ton côté, tu peux en parler avec des jeunes qui vivent la
même chose, par exemple dans une maison arc-en-ciel.

Amitiés,
[[Nathalie]]""",
      sig="""[[Nathalie Dubois-Lemaire]]
Conseillère communale à [[Ottignies-Louvain-la-Neuve]]
Échevine de la Jeunesse (2019-2024)""",
      q="fr1", nickname="Nathalie"),
    V("samsung-fr-papa", "samsung", "fr",
      ["own-name-in-text", "family-account", "parent", "signed-other-name", "client-line", "mixed-language",
       "family-named"],
      ("Famille Kabongo", "famille.kabongo@postbus.example"),
      """Bonsoir {pseudonym},

C'est [[Aline]] de Lumi, j'écris depuis le téléphone de mon mari.

Le harcèlement sur Snap, ce n'est pas normal et ce n'est pas de ta faute. Bloque-le, fais des
captures, et parle à un adulte. Tu as 13 ans, tu n'as pas à gérer ça seule.

Bisous,
[[Aline]]""",
      q="fr2", nickname="Aline", volunteer="aline.mutombo@postbus.example"),
    V("apple-fr-prononciation", "apple_mail", "fr",
      ["private-account", "worker", "new-shape", "name-pronunciation", "signed-name",
       "pronouns"],
      ("Aoife Renard", "aoife.renard@icloud-mail.example"),
      """Bonjour {pseudonym},

Tu ne dors pas, tu penses à l'examen, tu as peur de décevoir ton père : c'est beaucoup.
Je te propose une petite chose : écris ce soir, avant de dormir, trois choses qui te font
peur sur un papier. Puis ferme le carnet. Ça ne règle rien, mais ça aide parfois ta tête à
lâcher un peu.

Et essaie de dire à ton père : « J'ai peur de te décevoir. » Ça peut ouvrir une vraie
conversation.

Douce soirée,
[[Aoife]]""",
      sig="""[[Aoife]] (se prononce « [[I-fa]] ») – [[elle/she]]""",
      q="fr3", nickname="Aoife"),
    V("outlook-fr-hopital", "outlook_web", "fr",
      ["work-account", "worker", "work-signature", "disclaimer-fr", "disclaimer",
       "signed-name", "title"],
      ("Dr Karim Haddad", "karim.haddad@chu-charleroi.example"),
      """Bonjour {pseudonym},

Le manque de sommeil avant les examens est très fréquent. Quelques conseils de médecin :
pas d'écran une heure avant de dormir, se lever à la même heure chaque jour, et pas de café ou
de boisson énergisante après 16 h.

Si ça dure plus de quelques semaines, va voir ton médecin traitant.

Confraternellement (ou plutôt : amicalement),
[[Karim]]""",
      sig="""[[Dr Karim Haddad]]
Médecin assistant – Pédiatrie
[[CHU de Charleroi]] – [[site Marie Curie]]
[[071 92 41 00]]

Ce message peut contenir des informations médicales confidentielles. Si vous n'en êtes pas le
destinataire, veuillez le détruire.""",
      q="fr3", nickname="Karim"),
    V("gmail-fr-inline", "gmail_web", "fr",
      ["private-account", "student", "inline-answer", "signed-name"],
      ("Manon Lefèvre", "manon.lefevre@ulb-mail.example"),
      """Salut {pseudonym},

<<> je crois que je suis bi.>>

Tu as le droit de le croire, de le savoir, ou de ne pas encore savoir. Tout ça est valable.

<<> ma mère dit que c'est une phase.>>

Les parents ont parfois besoin de temps. Ce n'est pas à toi de les convaincre tout de suite.

<<> je sais plus quoi penser>>

Pense à ce que toi tu ressens. C'est ça qui compte.

[[Manon]]""",
      quote_style="none", q="fr1", nickname="Manon"),
    V("zimbra-fr-on-recrute", "v8vol_zimbra", "fr",
      ["work-account", "worker", "work-signature", "new-shape", "hiring-banner",
       "signed-name", "phone-in-sig"],
      ("Quentin Lejeune", "quentin.lejeune@amo-oxygene.example"),
      """Bonjour {pseudonym},

Tu as très bien fait d'écrire. Le harcèlement en ligne, ça peut devenir très lourd, et tu n'as
pas à l'accepter.

Chez nous, dans une AMO, on reçoit des jeunes gratuitement et sans rendez-vous pour en parler.
Il y en a dans presque chaque commune.

Bon courage,
[[Quentin]]""",
      sig="""[[Quentin Lejeune]] – éducateur
[[AMO Oxygène]] – [[Rue Haute 12, 4800 Verviers]]
[[087 31 55 09]]
📣 On recrute ! Un·e éducateur·rice mi-temps : www.amo-oxygene.example/emploi""",
      q="fr2", nickname="Quentin"),
    V("yahoo-fr-grand-mere", "yahoo", "fr",
      ["private-account", "retiree", "client-line", "signed-name", "capitals", "typos"],
      ("Josiane Henrard", "josiane.henrard@yahoomail.example"),
      """Bonjour {pseudonym}

Je suis une grand mère de 70 ans et benevole chez Lumi. Je voulais te dire que ce que tu ressens
n'est PAS une phase si tu le ressens vraiment. Ma petite fille m'a dit la même chose il y a deux
ans et aujourd hui elle est heureuse avec son amoureuse.
Ta maman finira peut etre par comprendre. Laisse lui du temps, et prends soin de toi.

Je t'embrasse
[[Josiane]]""",
      q="fr1", nickname="Josiane"),
    V("proton-fr-temps-lecture", "proton", "fr",
      ["private-account", "worker", "new-shape", "reading-time-line", "client-line",
       "signed-name"],
      ("Baptiste Renier", "b.renier@proton.example"),
      """Temps de lecture : 1 minute

Salut {pseudonym},

Refuser de sortir avec quelqu'un n'autorise personne à te harceler. Jamais.
Bloque, fais des captures, signale. Et parle à un adulte : ce n'est pas « cafter », c'est te
protéger.

[[Baptiste]]""",
      q="fr2", nickname="Baptiste"),
    V("outlook-ios-fr-court", "outlook_mobile", "fr",
      ["work-account", "worker", "client-line", "very-short", "signed-name",
       "short-form-name"],
      ("Stéphanie Collard", "stephanie.collard@ing-belgique.example"),
      """Hello {pseudonym}, juste un petit mot : tu n'es pas seule. Appelle le 103 si tu as besoin de
parler ce soir. Bises, [[Steph]]""",
      q="fr2", nickname="Stéphanie"),
    V("mailfence-fr-lettre", "v8vol_mailfence", "fr",
      ["private-account", "retiree", "long", "signed-name", "sig-dash"],
      ("Jean-Marc Pirotte", "jm.pirotte@mailfence.example"),
      """Cher·e {pseudonym},

J'ai été professeur pendant quarante ans, et j'ai vu beaucoup d'élèves qui, comme toi, avaient
peur de décevoir leurs parents. Je peux te dire une chose : la plupart des parents préfèrent un
enfant qui dort bien à un enfant qui a 18/20.

Prépare-toi bien, bien sûr. Mais fais des pauses. Marche un peu dehors. Mange. Dors.
Et si ton père te met beaucoup de pression, dis-le-lui calmement, ou demande à ton titulaire de
l'appeler.

Avec toute ma sympathie,
[[Jean-Marc]]""",
      sig="""[[J.-M. Pirotte]]
[[Rue des Tilleuls 8, 4500 Huy]]""",
      sig_dash=True, q="fr3", nickname="Jean-Marc"),
    V("gmail-fr-brusseleir", "gmail_web", "fr",
      ["private-account", "worker", "mixed-language", "signed-name", "emoji"],
      ("Yasmina Tahiri", "yasmina.tahiri@postbus.example"),
      """Hey {pseudonym} !

Je suis bénévole chez Lumi et je parle aussi néerlandais, dus als je liever in het Nederlands
schrijft, dat mag ook 😊

Ce que tu vis sur Snap n'est pas ok. Tu mérites le respect. Parle à ton éduc ou à quelqu'un du
PMS, et garde les preuves.

Courage, on est là,
[[Yasmina]]""",
      q="fr2", nickname="Yasmina"),
    V("thunderbird-fr-bas", "thunderbird", "fr",
      ["private-account", "worker", "bottom-posted", "signed-name", "no-punctuation"],
      ("Cédric Wauters", "cedric.wauters@postbus.example"),
      """salut {pseudonym}
le stress des examens tout le monde connait
mais si tu dors plus du tout faut en parler
à ton père à ton prof au PMS
et respire
[[cédric]]""",
      quote_pos="above", q="fr3", nickname="Cédric"),
    # ------------------------------------------------------------------ en
    V("gmail-en-expat", "gmail_web", "en",
      ["private-account", "worker", "new-shape", "timezone-line", "signed-name"],
      ("Rachel Okafor", "rachel.okafor@postbus.example"),
      """Hi {pseudonym},

Thank you for trusting us with this. Being gay in a religious family can feel really lonely,
but you are not broken and you are not alone. Lots of religious people are queer, and lots of
religious families learn to accept their kids, even if it takes time.

You don't have to come out to anyone right now. It's okay to find one safe person first: a
friend, a teacher, a counsellor at school.

Take care,
[[Rachel]]""",
      sig="""[[Rachel Okafor]]
Based in [[Lagos]] until June (WAT, UTC+1) – replies may come at odd hours""",
      q="en1", nickname="Rachel"),
    V("outlook-en-eu", "outlook_desktop", "en",
      ["thema-line", "work-account", "worker", "work-signature", "disclaimer-en", "disclaimer",
       "signed-name", "long"],
      ("HENDRIKS Pieter (EAC)", "pieter.hendriks@ec-europa.example"),
      """Dear {pseudonym},

What your friend told you is a lot to carry at 14. I want to say clearly: a promise to keep a
secret stops counting when someone is getting hurt. Telling a trusted adult is not betraying
her, it's caring for her.

You could say to her: "I'm worried about you and I want you to get help. Can we tell someone
together?" If she says no, you can still tell a school counsellor or a parent.

And please look after yourself too. This is heavy.

<<#thema: welzijn>>

Kind regards,
[[Pieter]]""",
      sig="""[[Pieter HENDRIKS]]
Policy Officer
[[European Commission]] – [[DG EAC]], [[Unit B.3]]
[[Rue Joseph II 70, 1049 Brussels]]
[[+32 2 298 14 55]]

The content of this e-mail is personal and does not necessarily represent the views of the
European Commission.""",
      q="en2", nickname="Pieter"),
    V("iphone-en-short", "iphone", "en",
      ["private-account", "student", "very-short", "client-line", "no-punctuation",
       "signed-name"],
      ("Josh Whitfield", "josh.whitfield@icloud-mail.example"),
      """hey {pseudonym} youre not alone
i grew up in a really religious house too
it gets better and there are people who will love you as you are
[[josh]]""",
      q="en1", nickname="Josh"),
    V("gmail-en-contract", "gmail_android", "en",
      ["private-account", "worker", "new-shape", "self-contract", "content-like-signature",
       "signed-name"],
      ("Aisha Rahman", "aisha.rahman@postbus.example"),
      """Hi {pseudonym},

Here's something you could do with your friend, if she agrees. A little safety deal:

Our deal
If I feel like hurting myself, I will text you.
You will not panic, you will stay with me.
We will tell an adult together this week.
Signed: ______ and ______
Date: ______

It doesn't replace real help, but it can be a first step. And you still need to tell an adult,
okay? You are a really good friend.

[[Aisha]] x""",
      q="en2", nickname="Aisha"),
    V("samsung-en-dad", "samsung", "en",
      ["own-name-in-text", "family-account", "parent", "client-line", "signed-other-name", "family-named"],
      ("Murphy Household", "murphy.home@postbus.example"),
      """Hi {pseudonym},

[[Siobhán]] from Lumi here (on our family phone, sorry for the name at the top).

It's okay to be gay and it's okay to be scared. Your faith and who you love don't have to be
enemies. There are LGBTQ+ groups for religious young people too, if you ever want that.

Warmly,
[[Siobhán]]""",
      q="en1", nickname="Siobhán", volunteer="siobhan.murphy@postbus.example"),
    V("proton-en-breathing", "proton", "en",
      ["private-account", "student", "new-shape", "breathing-count-numbers", "client-line",
       "signed-name", "content-like-identity"],
      ("Leo Brandt", "leo.brandt@proton.example"),
      """Hey {pseudonym},

When you feel panicky about your friend, try this: box breathing, 4-4-4-4.
Breathe in 4, hold 4, out 4, hold 4.
Repeat 3-5 times.

Then talk to an adult you trust. Seriously. You don't have to carry this alone.

[[Leo]]""",
      q="en2", nickname="Leo"),
    V("outlook-web-en-university", "outlook_web", "en",
      ["work-account", "worker", "work-signature", "signed-name", "pronouns", "new-shape",
       "location-pin-line"],
      ("Dr. Hannah Kowalczyk", "h.kowalczyk@vub-mail.example"),
      """Hi {pseudonym},

I'm a researcher by day, and I study young people in religious communities. One thing I can
tell you from our interviews: many young people who felt exactly like you found their way, and
many families came around over time.

You deserve support now, not later. A school counsellor or a youth centre could be a safe
start.

Best,
[[Hannah]]""",
      sig="""[[Dr. Hannah Kowalczyk]] ([[she/her]])
Postdoctoral researcher
📍 [[Pleinlaan 2, 1050 Brussels]]""",
      q="en1", nickname="Hannah"),
    V("spike-en-top", "v8vol_spike", "en",
      ["private-account", "worker", "client-line", "signed-name", "typos"],
      ("Marcus Lindqvist", "marcus.lindqvist@postbus.example"),
      """Hi {pseudonym},

Your friend is lucky to have you. But this is too big for a 14 year old to hold alone. Tell an
adult - a teacher, a school nurse, a parent. You can even bring your friend along.

If she's in danger right now, call 112.

Take care of yourself too,
[[Marcus]]""",
      q="en2", nickname="Marcus"),
    V("apple-en-inline", "apple_mail", "en",
      ["private-account", "retiree", "inline-answer", "signed-name"],
      ("Margaret Doyle", "margaret.doyle@icloud-mail.example"),
      """Dear {pseudonym},

<<> i think im gay>>

Then you are. Or you might be. Either way you are loved.

<<> my family is really religious>>

So was mine. It took my parents years, but they came around. Not everyone's do, and that is
not your fault.

<<> i dont know who to talk to>>

You're talking to us now. That's a start.

[[Margaret]]""",
      quote_style="none", q="en1", nickname="Margaret"),
    V("fastmail-en-sig-dash", "v8vol_fastmail", "en",
      ["private-account", "worker", "signed-name", "sig-dash", "phone-in-sig"],
      ("Tomasz Nowicki", "tomasz@nowicki.example"),
      """Hi {pseudonym},

It is not your job to keep her secret. It's your job to be her friend, and sometimes that
means telling someone. You can call 1712 together with her, or talk to the CLB at school.

Best,
[[Tomasz]]""",
      sig="""[[Tomasz Nowicki]]
[[+32 478 12 90 66]]""",
      sig_dash=True, q="en2", nickname="Tomasz"),
]

# Names that start a marked person's name but are no sender's first name: each part identifies.
EXTRA_FIRST_NAMES = frozenset({
    "Wannes", "Ilias", "Mathias", "Kristof", "Evelien", "Pieter", "Hannah", "Dirk", "Christelle",
    "Karim", "Nathalie", "Quentin", "Ilse", "Siobhan", "Jef", "Rachel", "Tomasz", "Jonas",
    "Anouk", "Mehdi", "Robbe", "Marieke", "Steven", "Tine", "Bieke", "Gülşen", "Kato",
})
