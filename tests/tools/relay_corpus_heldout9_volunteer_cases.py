# ruff: noqa: E501  (hand-written bodies: a mail's lines are as long as the writer made them)
"""Hand-written bodies of part `volunteer` of the ninth held-out relay-text corpus.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span, <<...>> around spans that
are neither content nor identity (quoted lines typed by hand, `#thema:` lines). Dressed by
relay_corpus_heldout9_volunteer.py.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# What the volunteers answer: the help-seekers' words as the forward carried them.
FWD = {
    "nl": [
        "hey\nik weet ni goed hoe ik dit moet zeggen\nmijn beste vriend zegt dat ik te veel vraag\nen nu praat niemand nog tegen mij in de klas",
        "Hallo, ik ben 16 en ik denk al een jaar dat ik bi ben. Mijn mama maakt soms grapjes over\nhomo's en dan lach ik mee. Is dat normaal dat ik me daar zo slecht bij voel?",
        "ik slaap bijna niet meer sinds de examens begonnen zijn\nmijn papa zegt dat ik me aanstel",
        "Mijn zus (13) wordt uitgelachen op Snapchat om haar lijf. Ik ben haar broer en ik weet niet of ik\nhet aan mama moet zeggen want zij heeft het al zo zwaar.",
        "is het raar dat ik liever een jongen wil zijn? ik draag al een tijd binders maar niemand weet het",
        "ik heb ruzie met mijn lief en nu zegt hij dat hij de foto's gaat doorsturen\nwat moet ik doen",
        "Sorry dat ik weer stoor. Het gaat een beetje beter maar thuis is het nog altijd schreeuwen.\nIk ben gisteren bij mijn tante gaan slapen.",
        "wij zijn met 3 vriendinnen en 1 van ons snijdt zichzelf. ze wil niet dat we het zeggen",
    ],
    "fr": [
        "salut\nje sais pas si c'est normal mais je me sens jamais bien avec les autres à l'école\non m'appelle le fantôme",
        "Bonjour, j'ai 15 ans et je crois que je suis amoureuse de ma meilleure amie. J'ai peur de tout gâcher.",
        "mes parents divorcent et je dois choisir chez qui je vais vivre. je veux pas choisir",
    ],
    "en": [
        "hi. i moved here from the UK last year and i still dont have real friends. my dad says give it time",
        "Is it weird that I dont feel anything when people talk about crushes? Everyone at school has one.",
        "someone made a fake account with my photos and is sending stuff to people from my class",
    ],
}

# First names that open a person's full name in a signature or the running text.
EXTRA_FIRST_NAMES: frozenset[str] = frozenset({
    "Bram", "Ilse", "Katrien", "Joris", "Marleen", "Wout", "Hanne", "Femke", "Sofie", "Pieter",
    "Griet", "Ruben", "Annelies", "Mathilde", "Lukas", "Elke", "Jonas", "Hilde", "Toon", "Ines",
})

CASES: list[Case] = []


def v(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      sig: str = "", *, nick: str, vol: str = "", q: int = 0, **kw: object) -> None:
    """One volunteer's answer to the forward FWD[lang][q]."""
    CASES.append(Case(slug="h9v-" + slug, direction="volunteer", shape=shape, lang=lang,
                      tags=tags, sender=sender, body=body, sig=sig, volunteer=vol or sender[1],
                      nickname=nick, quote=FWD[lang][q % len(FWD[lang])], note_lang=lang,
                      **kw))  # type: ignore[arg-type]


# ------------------------------------------------------------------ nl (64)

v("gmail-android-student-kort", "gmail_android", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "tussentaal", "no-punctuation"],
  ("Bram Claessens", "bramclaessens03@gmail.example"),
  "Hey {pseudonym}\n\nda klinkt echt kut, zeker als het uw beste vriend is\n"
  "ge vraagt ni te veel, ge vraagt gewoon wa iedereen nodig heeft\n"
  "misschien kunde eens proberen met 1 iemand uit de klas apart te praten ipv met de hele groep\n\n"
  "laat maar weten hoe het gaat\n[[Bram]]",
  nick="Bram", q=0)

v("outlook-caw-disconnect", "outlook_desktop", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer",
   "phone-in-sig", "new-shape", "right-to-disconnect-footer"],
  ("Ilse Verbruggen", "ilse.verbruggen@welzijnshuis-oost.example"),
  "Dag {pseudonym},\n\nDank je om dit met ons te delen. Wat je beschrijft, dat je meelacht terwijl het "
  "eigenlijk pijn doet, herkennen heel veel jongeren. Dat is geen zwakte, dat is jezelf beschermen.\n\n"
  "Je hoeft niemand iets te vertellen voor je er klaar voor bent. Misschien helpt het om eerst uit te "
  "zoeken wie in je omgeving wél open reageert: een tante, een leerkracht, een vriend(in)?\n\n"
  "Schrijf gerust terug, ook als het maar een paar zinnen zijn.\n\nWarme groet,",
  "[[Ilse Verbruggen]]\n[[Trajectbegeleider jongeren]]\n[[Welzijnshuis Oost vzw]] | [[Kapellestraat 41, 9300 Aalst]]\n"
  "T [[053 77 21 90]] | M [[0486 31 72 05]]\n\n"
  "Ik stuur deze mail op een moment dat mij past. Mijn werkuren zijn niet de jouwe: je hoeft niet buiten je "
  "werkuren te antwoorden (recht op deconnectie).\n\n"
  "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Heb je het per vergissing "
  "ontvangen, verwijder het dan en breng de afzender op de hoogte.",
  nick="Ilse", q=1)

v("iphone-oneliner-emoji", "iphone", "nl",
  ["private-account", "very-short", "top-posted", "greets-pseudonym", "emoji", "client-line",
   "no-punctuation"],
  ("Femke", "femke.dhondt@icloud.example"),
  "{pseudonym} ik lees je morgen rustig na ik ben er 💛",
  nick="Femke", q=2)

v("samsung-papa-dialect", "samsung", "nl",
  ["private-account", "parent", "worker", "top-posted", "greets-pseudonym", "dialect", "typos",
   "client-line"],
  ("Joris Van Damme", "joris.vandamme@telenet.example"),
  "Dag {pseudonym}\n\nIk ben zelf papa van twee gasten en ik kan u zeggen: ge stelt u ni aan. "
  "Slapen als ge stress hebt is voor iedereen moeilijk, ook voor volwassenen.\n"
  "Wat bij mijn oudste hielp: een half uur voor het slapen gaan geen gsm meer, en alles wat in uw kop "
  "zit op een blad schrijven. Dan ligt het daar en moet ge het ni meer vasthouden.\n\n"
  "Allé, hou u sterk. Ge moogt altijd terugschrijven\n\n[[Joris]]",
  nick="Joris", q=2)

v("thunderbird-gepensioneerd-lang", "thunderbird", "nl",
  ["private-account", "retiree", "long", "top-posted", "greets-pseudonym", "sig-dash", "phone-in-sig"],
  ("Marleen De Coster", "marleen.decoster@skynet.example"),
  "Beste {pseudonym},\n\nJe schrijft dat je broer bent en dat je niet weet of je het aan je mama moet "
  "vertellen. Ik vind het heel mooi dat je zo voor je zus zorgt. Dat is niet vanzelfsprekend.\n\n"
  "Ik ben zelf jarenlang juf geweest in het lager onderwijs, en wat ik geleerd heb is dit: kinderen die "
  "gepest worden, dragen dat vaak heel lang alleen. Ze willen hun ouders niet nog meer zorgen geven. "
  "Precies zoals jij nu met je mama doet.\n\n"
  "Mag ik je iets voorstellen? Praat eerst met je zus zelf. Vraag haar wat zij wil. Misschien wil ze dat "
  "je meegaat naar de leerlingenbegeleiding op school, of dat je samen met haar naar mama stapt. "
  "Zo beslist zij mee en voelt ze zich niet overrompeld.\n\n"
  "En bewaar de berichten op Snapchat als het kan: maak screenshots. Dat kan later helpen.\n\n"
  "Je moeder heeft het zwaar, schrijf je. Maar de meeste mama's willen zoiets echt wel weten, ook "
  "als het zwaar is. Jij hoeft dat niet alleen te dragen.\n\nHartelijke groeten,\n[[Marleen]]",
  "[[Marleen De Coster]]\n[[Oude Baan 12]]\n[[9070 Destelbergen]]\n[[09 228 14 63]]",
  nick="Marleen", sig_dash=True, q=3)

v("gmail-web-bottom-post", "gmail_web", "nl",
  ["private-account", "student", "bottom-posted", "greets-pseudonym"],
  ("Wout Hendrickx", "wout.hendrickx@student.kuleuven.example"),
  "Hoi {pseudonym},\n\nNee, dat is helemaal niet raar. Veel mensen voelen dat en het mag er zijn.\n"
  "Een binder draag je best niet langer dan 8 uur per dag, en nooit als je sport of slaapt. "
  "Dat klinkt misschien streng maar je ribben zullen je dankbaar zijn.\n\n"
  "Wil je eens vertellen wat je nog meer voelt? Ik lees het graag.\n\n[[Wout]]",
  nick="Wout", quote_pos="above", q=4)

v("outlook-web-partner-account", "outlook_web", "nl",
  ["partner-account", "wrong-account", "worker", "top-posted", "greets-pseudonym", "signed-name",
   "work-signature", "reply-to-private"],
  ("Tom Lambrechts", "tom.lambrechts@bouwbedrijf-lambrechts.example"),
  "Dag {pseudonym},\n\nHet is helemaal niet oké dat hij dreigt met je foto's. Dat is strafbaar, ook als "
  "jullie een koppel waren.\n\nBewaar zijn berichten (screenshots), stuur hem niets meer en blokkeer hem "
  "niet meteen zodat je het bewijs hebt. Je kan ook melden bij Child Focus (116 000), zij helpen om "
  "foto's offline te halen.\n\nJe bent niet fout. Hij is fout.\n\n(sorry, verstuurd vanaf de laptop van "
  "mijn man)\n[[Hanne]]",
  "[[Tom Lambrechts]]\n[[Zaakvoerder]]\n[[Bouwbedrijf Lambrechts bv]]\n[[Industrieweg 7, 3590 Diepenbeek]]\n"
  "[[011 35 62 80]]",
  nick="Hanne", vol="hanne.stevens@hotmail.example",
  headers=[("Reply-To", "Hanne Stevens <hanne.stevens@hotmail.example>")],
  identity=["Hanne Stevens", "Stevens", "hanne.stevens@hotmail.example"], q=5)

v("ipad-sta-tussentaal", "ipad", "nl",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "tussentaal", "client-line"],
  ("Katrien Moens", "katrien.moens@proximus.example"),
  "Hallo {pseudonym}\n\nFijn da ge terugschrijft, en ni stoort he, daarvoor zijn we er.\n"
  "Goed dat ge bij uw tante zijt kunnen gaan slapen. Hebt ge met haar kunnen praten over hoe het thuis is?\n"
  "Als het schreeuwen erger wordt of ge voelt u ni veilig, bel dan 1712 of in nood 112.\n\n"
  "Dikke knuffel\n[[Katrien]]",
  nick="Katrien", q=6)

v("proton-crlf-kort", "proton", "nl",
  ["no-display-name", "private-account", "student", "top-posted", "greets-pseudonym", "crlf", "client-line"],
  ("", "w.d.vos@proton.example"),
  "Dag {pseudonym},\n\nHeel moedig dat jullie hier samen over nadenken. Jullie vriendin heeft hulp nodig, "
  "en jullie ook: dit is veel om te dragen met drie.\nPraat met een volwassene die jullie vertrouwen, "
  "ook als ze dat niet wil. Dat is geen verraad.\n\nGroetjes,\n[[Ward]]",
  nick="Ward", crlf=True, identity=["Ward"], q=7)

v("blackberry-politie", "blackberry", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "client-line", "work-signature",
   "disclaimer", "phone-in-sig"],
  ("Pieter Wouters (PZ)", "pieter.wouters@politie-zonewest.example"),
  "Dag {pseudonym},\n\nWat je vriend doet heet sextortion en het is een misdrijf. Je kan er aangifte van "
  "doen, ook als je minderjarig bent, en je hoeft dat niet alleen te doen.\n"
  "Neem iemand mee die je vertrouwt.\n\nSterkte.",
  "[[Inspecteur P. Wouters]]\n[[Jeugd en Gezin]]\n[[Politiezone West]]\n[[Stationsplein 3, 8900 Ieper]]\n"
  "Tel. [[057 20 31 18]]\n\nDeze e-mail kan vertrouwelijke informatie bevatten. Indien u niet de "
  "bestemmeling bent, gelieve de afzender te verwittigen en dit bericht te wissen.",
  nick="Pieter", identity=["P. Wouters"], q=5)

v("kmail-ict-thema", "v9vol_kmail", "nl",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "thema-line", "sig-dash"],
  ("Ruben Geerts", "ruben@geerts-thuis.example"),
  "Hoi {pseudonym},\n\nIk snap dat je niet weet wat te doen. Jullie klas is een groep en groepen "
  "kiezen soms iemand om buiten te zetten. Dat zegt iets over de groep, niet over jou.\n"
  "Is er iemand op school (een leerkracht, de CLB-medewerker) bij wie je eens kan binnenlopen?\n\n"
  "Groeten,\n<<#thema: pesten>>",
  "[[Ruben Geerts]]\n[[https://ruben.geerts-thuis.example]]",
  nick="Ruben", sig_dash=True, q=0)

v("outlook-mobile-strike", "outlook_mobile", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "client-line", "work-signature",
   "new-shape", "strike-notice-line"],
  ("Griet Van Acker", "griet.vanacker@stad-lokeren.example"),
  "Dag {pseudonym}\n\nKort want ik zit op de bus, maar ik wou je niet laten wachten.\n"
  "Dat je niet kan slapen van de stress is echt lastig. Probeer eens de ademhalingsoefening van 'Nupie'"
  " of gewoon: 4 tellen in, 6 tellen uit.\nMorgen schrijf ik meer.\n\n[[Griet]]",
  "[[Griet Van Acker]]\n[[Dienst Jeugd]] – [[Stad Lokeren]]\n[[Markt 1, 9160 Lokeren]]\n\n"
  "Let op: op dinsdag 13 januari is er een nationale staking. Het stadhuis is dan gesloten.",
  nick="Griet", q=2)

v("outlook-mac-hybride-week", "v9vol_outlook_mac", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "phone-in-sig",
   "new-shape", "hybrid-schedule-line"],
  ("Annelies Goris", "annelies.goris@hogeschool-kempen.example"),
  "Hallo {pseudonym},\n\nJe vraagt of het normaal is dat je je slecht voelt als je meelacht. Ja. Je "
  "lichaam zegt je iets: dit klopt niet voor mij.\nJe hoeft niet meteen iets te doen. Je mag eerst gewoon "
  "weten wat je voelt.\n\nIk ben benieuwd hoe het verder gaat.\nGroetjes",
  "[[Annelies Goris]] ([[zij/haar]])\n[[Studentenbegeleider]] – [[Hogeschool Kempen]]\n"
  "[[+32 14 56 71 20]]\n"
  "Op kantoor: ma – di – do | Thuiswerk: wo en vr | Niet bereikbaar op vrijdagnamiddag",
  nick="Annelies", q=1)

v("samsung-een-duim", "samsung", "nl",
  ["private-account", "parent", "top-posted", "greets-pseudonym", "typos", "client-line",
   "new-shape", "device-excuse-line"],
  ("Elke Smolders", "elke.smolders@gmail.example"),
  "Hoi {pseudonym}\nik typ met één duim want de kleine ligt op mijn arm te slapen dus sorry voor de fouten\n"
  "wat jij doet voor je zus is heel sterk. zeg het aan je mama, echt. zij wil dit weten ook al is het zwaar.\n"
  "en vraag op school naar de vertrouwensleerkracht\nx [[Elke]]",
  nick="Elke", q=3)

v("gmail-ios-kerstbanner", "gmail_ios", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "logo",
   "new-shape", "season-greeting-banner"],
  ("Jonas Lemmens", "jonas.lemmens@drukkerij-lemmens.example"),
  "Dag {pseudonym},\n\nWat een gedoe, dat examenstress. Je papa bedoelt het misschien niet zo, maar je "
  "stelt je niet aan. Slecht slapen is een echte klacht.\n\nProbeer 's avonds een vast ritueel: "
  "douchen, boek, licht uit. Geen herhaling meer in bed.\n\nHou vol!\n[[Jonas]]",
  "[[Jonas Lemmens]] – [[Prepress]]\n[[Drukkerij Lemmens & Zn]]\n[[Nijverheidsstraat 22, 2260 Westerlo]]\n\n"
  "🎄 Prettige feestdagen! Onze drukkerij is gesloten van 24/12 tot en met 2/1.",
  nick="Jonas", logo=("Drukkerij Lemmens", "inline"), q=2)

v("windows-mail-ehbo-badge", "windows_mail", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "client-line",
   "new-shape", "first-aider-badge"],
  ("Sofie Jacobs", "sofie.jacobs@logistiek-noord.example"),
  "Beste {pseudonym},\n\nJe schrijft dat jullie met drie zijn en dat één van jullie zichzelf pijn doet. "
  "Dat is zwaar om te weten en je mag daar hulp bij vragen, ook voor jezelf.\n\n"
  "Jullie hoeven haar geheim niet te bewaren als het over haar veiligheid gaat. Een goede vriendin zijn "
  "betekent soms: hulp halen, ook als zij dat niet wil. Zeg haar dat je het doet omdat je om haar geeft.\n\n"
  "Je kan anoniem bellen met Awel (102) om te bespreken hoe je dat aanpakt.\n\nVeel liefs,",
  "[[Sofie Jacobs]]\n[[HR Business Partner]] | [[Logistiek Noord nv]]\n"
  "Mental Health First Aider – spreek me gerust aan\n[[0472 19 88 31]]",
  nick="Sofie", q=7)

v("mimestream-now-playing", "v9vol_mimestream", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "content-after-name", "emoji",
   "new-shape", "now-playing-line"],
  ("Lukas Baert", "lukas.baert@gmail.example"),
  "yo {pseudonym}\n\nwat een klootzak seg, sorry voor de taal. echt, ge zijt niks verplicht en ge zijt "
  "ni schuldig. ga naar politie of bel child focus, 116 000.\nen stuur hem NIKS meer\n\n"
  "sterkte, [[Lukas]]\n🎧 nu aan het luisteren: iets van Tamino, helpt mij altijd als ik kwaad ben",
  nick="Lukas", q=5)

v("hey-grammarly", "v9vol_hey", "nl",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "new-shape", "grammarly-line",
   "mixed-language"],
  ("Mathilde Cools", "mathilde@cools.hey.example"),
  "Dag {pseudonym},\n\nFijn dat je het opnieuw probeert, je stoort helemaal niet. Dat het een beetje "
  "beter gaat is al iets, echt.\nIs je tante iemand bij wie je vaker terecht kan? Een plek waar het rustig "
  "is, daar mag je gebruik van maken.\n\nTake care,\n[[Mathilde]]",
  "Geschreven met hulp van Grammarly – mijn Nederlands is mijn tweede taal",
  nick="Mathilde", q=6)

v("apple-mail-visitekaartje", "apple_mail", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "digital-business-card"],
  ("Toon Verhaegen", "toon@verhaegen-architecten.example"),
  "Dag {pseudonym},\n\nNee, het is niet raar. Het is wie je bent, of wie je aan het ontdekken bent. "
  "Daar is geen haast bij.\n\nOver die binder: let op je lichaam, en neem pauzes. Er zijn jongerenwerkers "
  "en huisartsen die hier meer over weten dan ik, maar ik lees graag mee.\n\n[[Toon]]",
  "[[Toon Verhaegen]] · [[architect]]\n[[Verhaegen Architecten]]\n"
  "Mijn digitale visitekaartje: [[https://card.verhaegen-architecten.example/toon]] (scan of tik met je gsm)",
  nick="Toon", q=4)

v("outlook-warmste-week", "outlook_desktop", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "logo-attachment",
   "logo", "disclaimer", "new-shape", "charity-campaign-banner"],
  ("Hilde Maes", "hilde.maes@ocmw-herentals.example"),
  "Dag {pseudonym},\n\nWat naar dat niemand in de klas nog met je praat. Dat je beste vriend zegt dat je "
  "te veel vraagt, doet extra pijn, dat begrijp ik.\n\nMag ik vragen wat hij bedoelt met 'te veel'? "
  "Soms zegt iemand zoiets als hij zelf iets moeilijk heeft.\n\nIk hoor graag van je.\nVriendelijke groet,",
  "[[Hilde Maes]]\n[[Maatschappelijk werker]]\n[[OCMW Herentals]] – [[Sociaal Huis]]\n"
  "[[Gasthuisstraat 5, 2200 Herentals]]\n[[014 28 44 60]]\n\n"
  "💛 Wij doen mee aan De Warmste Week: kom naar onze soepverkoop op 19/12 aan het Sociaal Huis!\n\n"
  "Disclaimer: de informatie in dit bericht is vertrouwelijk. Het OCMW is niet aansprakelijk voor "
  "schade door virussen of door onvolledige overdracht.",
  nick="Hilde", logo=("OCMW Herentals", "attachment"), q=0)

v("owa-phishing-knop", "outlook_web", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "phishing-button-footer"],
  ("De Ridder Wim", "wim.deridder@verzekeringen-dr.example"),
  "Hallo {pseudonym},\n\nBi zijn is niet raar en niet 'een fase' (tenzij jij dat zelf zo voelt). "
  "En je mama die grapjes maakt: dat zegt niets over wat ze zou doen als jij het vertelt. Maar je "
  "hoeft niets te vertellen zolang je niet wil.\n\nGroet,\n[[Wim]]",
  "[[Wim De Ridder]] | [[Schadebeheer]]\n[[DR Verzekeringen]] – [[FSMA 0123.456.789]]\n\n"
  "Twijfel je aan een mail van ons? Gebruik in Outlook de knop 'Phishing melden' of bel onze servicedesk.",
  nick="Wim", from_style="plain", q=1)

v("gmail-emoji-reactie", "gmail_web", "nl",
  ["private-account", "very-short", "emoji", "top-posted", "own-name-in-text", "new-shape",
   "gmail-emoji-reaction"],
  ("Elise Moreels", "elise.moreels@gmail.example"),
  "<<[[Elise Moreels]] reageerde via Gmail>>\n\n💛",
  nick="Elise", q=6)

v("outlook-subject-gateway", "outlook_desktop", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer",
   "new-shape", "subject-gateway-tag"],
  ("Ines Vervoort", "ines.vervoort@az-sintremi.example"),
  "Beste {pseudonym},\n\nJe schrijft dat jullie met drie vriendinnen zijn en dat je vriendin zichzelf "
  "snijdt. Als verpleegkundige wil ik je dit meegeven: als een wonde diep is of niet stopt met bloeden, "
  "ga dan naar de spoed. Dat is geen verraad, dat is zorg.\n\nPraat ook met een volwassene. Jullie "
  "moeten dit niet alleen dragen.\n\nMet vriendelijke groeten,",
  "[[Ines Vervoort]]\n[[Verpleegkundige Kinderafdeling]]\n[[AZ Sint-Remi]] – [[campus Bornem]]\n\n"
  "Dit bericht kan vertrouwelijke medische informatie bevatten en is enkel bestemd voor de geadresseerde.",
  nick="Ines", subject="RE: [{pseudonym}] [Verzonden via beveiligde mail AZ Sint-Remi]", q=7)

v("gmail-android-ouderschapsverlof", "gmail_android", "nl",
  ["work-account", "worker", "parent", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "parental-leave-line"],
  ("Kristof Adams", "kristof.adams@softwarehuis-adams.example"),
  "Hey {pseudonym}\n\nSorry dat je moest wachten. Goed dat je schrijft.\nDie examenstress ken ik nog van "
  "vroeger, en je papa misschien ook, maar hij vergeet het. Als het blijft duren, ga dan eens naar je "
  "huisarts. Echt waar, dat mag.\n\nGroetjes [[Kristof]]",
  "[[Kristof Adams]] – [[Lead developer]]\n[[Softwarehuis Adams]]\n"
  "Op woensdag ben ik met ouderschapsverlof, dan lees ik geen mails.",
  nick="Kristof", q=2)

v("iphone-sponsorloop", "iphone", "nl",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "client-line", "emoji",
   "new-shape", "sponsor-run-line"],
  ("Nathalie Segers", "nathaliesegers@icloud.example"),
  "Dag {pseudonym}\n\nWat je broer-zijn betreft: je doet het heel goed. Je zus heeft geluk met jou.\n"
  "Zeg het aan je mama. Samen met je zus, als dat kan.\n\nLiefs [[Nathalie]] 🌷",
  "[[Nathalie Segers]]\nIk loop de 20 km van Brussel voor Kom op tegen Kanker, sponsor mij via "
  "[[https://sponsor.komop.example/nathalie-segers]]",
  nick="Nathalie", q=3)

v("samsung-gedicteerd", "samsung", "nl",
  ["private-account", "retiree", "top-posted", "greets-pseudonym", "voice-to-text", "no-punctuation",
   "client-line", "new-shape", "dictated-not-read"],
  ("Frans Bogaerts", "frans.bogaerts@telenet.example"),
  "Dag {pseudonym} komma nieuwe regel\nik ben een oudere meneer en ik heb ook veel jaren slecht geslapen "
  "ik kan je zeggen dat het beter wordt als je er over praat met iemand die je vertrouwt\n"
  "en je papa zal het misschien ook wel begrijpen als je het hem op een rustig moment zegt\n"
  "groetjes van [[Frans]]\n\ngedicteerd niet nagelezen excuses voor de fouten",
  nick="Frans", q=2)

v("webmail-webinar", "webmail", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "phone-in-sig",
   "new-shape", "event-promo-line"],
  ("Leen Vandenberghe", "leen@jeugdhuis-tmolenke.example"),
  "Hallo {pseudonym},\n\nIk werk in een jeugdhuis en ik zie dit vaak: een groep die iemand laat vallen "
  "zonder echt te zeggen waarom. Dat is niet eerlijk.\nJe kan altijd eens langskomen in een jeugdhuis in "
  "je buurt, daar zijn ook mensen die luisteren.\n\nGroetjes,",
  "[[Leen Vandenberghe]]\n[[jeugdwerker]] – [[Jeugdhuis 't Molenke]]\n[[0495 63 28 17]]\n"
  "📅 Gratis webinar 'Online pesten: wat nu?' voor ouders op 22/01 – schrijf je in op onze site",
  nick="Leen", q=0)

v("outlook-bcorp", "outlook_desktop", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer",
   "new-shape", "certification-badge"],
  ("Gert-Jan Willems", "gertjan.willems@koffiebranderij-willems.example"),
  "Dag {pseudonym},\n\nEerst en vooral: het is niet jouw schuld. Wat hij doet heet sextortion en daar "
  "bestaat hulp voor.\nStuur niets meer, bewaar alles en vertel het aan een volwassene. Je kan ook "
  "terecht bij de politie.\n\nHou je goed,\n[[GJ]]",
  "[[Gert-Jan Willems]] – [[Koffiebranderij Willems]]\nGecertificeerde B Corp sinds 2023 · "
  "Fairtrade partner\n\nDeze e-mail is vertrouwelijk.",
  nick="Gert-Jan", q=5)

v("proton-inline", "proton", "nl",
  ["private-account", "student", "inline-answer", "greets-pseudonym", "client-line"],
  ("Hanne Vos", "hannevos@proton.example"),
  "Hoi {pseudonym},\n\nik antwoord even tussen je zinnen, dat is makkelijker voor mij:\n\n"
  "<<> mijn beste vriend zegt dat ik te veel vraag>>\n"
  "Wat vraag je dan? Tijd, aandacht, dat hij je terugschrijft? Dat zijn normale dingen.\n\n"
  "<<> en nu praat niemand nog tegen mij in de klas>>\n"
  "Dat is heel eenzaam. Is er één iemand die vroeger wel vriendelijk was?\n\n"
  "Laat je wat horen?\n[[Hanne]]",
  nick="Hanne", quote_style="none", q=0)

v("gmail-web-html-only", "gmail_web", "nl",
  ["private-account", "worker", "html-only", "top-posted", "greets-pseudonym"],
  ("Stijn Mertens", "stijnmertens@gmail.example"),
  "Dag {pseudonym},\n\nGoed dat je het vraagt. Bi zijn is gewoon een van de manieren om te zijn. "
  "Je voelt je slecht bij die grapjes omdat ze over jou gaan, ook al weet je mama dat niet.\n\n"
  "Groetjes\n[[Stijn]]",
  nick="Stijn", html="only", q=1)

v("outlook-vcard-clb", "outlook_desktop", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "vcard",
   "disclaimer", "phone-in-sig"],
  ("Liesbeth Van Hoof", "liesbeth.vanhoof@clb-waasland.example"),
  "Beste {pseudonym},\n\nEen binder kan je helpen om je beter te voelen in je lichaam, maar draag hem "
  "niet te lang en niet te strak. Als je wil, kan je op school ook anoniem met iemand van het CLB "
  "praten. Niemand hoeft het te weten.\n\nMet vriendelijke groeten,",
  "[[Liesbeth Van Hoof]]\n[[CLB-medewerker]]\n[[CLB Waasland]]\n[[Hospitaalstraat 18, 9100 Sint-Niklaas]]\n"
  "[[03 776 20 45]]\n\nDeze e-mail en eventuele bijlagen zijn vertrouwelijk.",
  vcard="BEGIN:VCARD\nVERSION:3.0\nFN:[[Liesbeth Van Hoof]]\nORG:[[CLB Waasland]]\n"
  "TEL;TYPE=WORK:[[03 776 20 45]]\nEMAIL:[[liesbeth.vanhoof@clb-waasland.example]]\nEND:VCARD",
  nick="Liesbeth", q=4)

v("gmail-sig-html-only", "gmail_web", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "sig-html-only"],
  ("Jolien Peetermans", "jolienpeetermans@gmail.example"),
  "Hoi {pseudonym}!\n\nNiet stoppen met schrijven hé, ook als het wat beter gaat. Bij je tante slapen "
  "klinkt als een goed plan voor nu.\nHeb je een plek op school waar je even rust vindt?\n\nXxx",
  "[[Jolien Peetermans]]\n[[Masterstudent Klinische Psychologie]] – [[UGent]]\n[[0478 22 91 46]]",
  nick="Jolien", sig_in="html", q=6)

v("ew-display-huawei", "huawei", "nl",
  ["private-account", "retiree", "top-posted", "greets-pseudonym", "encoded-display-name",
   "client-line", "typos"],
  ("Rosette Dewaele", "rosette.dewaele@hotmail.example"),
  "Dag {pseudonym},\n\nik ben een oma van 71 jaar en ik heb ook mijn kleinzoon zien worstelen met zulke "
  "dingen. Wat jullie doen, met 3 om jullie vriendin te steunen, is heel mooi. Maar praat met een "
  "volwasen persoon, een leerkracht of de ouders van jullie vriendin.\n\nVeel sterkte\n[[oma Rosette]]",
  nick="Rosette", from_style="ew", q=7)

v("comment-display-kort", "v9vol_tb_android", "nl",
  ["private-account", "worker", "very-short", "top-posted", "greets-pseudonym", "comment-display-name",
   "no-punctuation"],
  ("Dirk Coppens", "dirk.coppens@scarlet.example"),
  "{pseudonym} goed dat je schrijft ik antwoord vanavond uitgebreid\n[[D.]]",
  nick="Dirk", from_style="comment", q=5)

v("tb-handboek-citaat", "thunderbird", "nl",
  ["private-account", "retiree", "top-posted", "greets-pseudonym", "long", "new-shape",
   "handbook-citation"],
  ("Paul Vermeiren", "paul.vermeiren@skynet.example"),
  "Beste {pseudonym},\n\nUit ons vrijwilligershandboek (Handboek Lumi, p. 14) haal ik graag deze zin aan, "
  "omdat hij zo goed past bij wat jij schrijft:\n\n"
  "\"Wie een vriend helpt die zichzelf pijn doet, draagt iets wat voor een jongere te zwaar is. "
  "Hulp zoeken is dan geen verraad maar zorg.\"\n\n"
  "Dat geldt voor jullie drie. Jullie vriendin vraagt jullie om te zwijgen, en dat begrijp ik: ze schaamt "
  "zich, of ze is bang voor wat er gebeurt als volwassenen het weten. Maar zwijgen maakt het voor jullie "
  "allemaal zwaarder.\n\nWat jullie kunnen doen:\n- samen met haar naar een leerkracht of het CLB stappen\n"
  "- haar zeggen dat jullie het doen omdat jullie om haar geven\n- voor jezelf ook iemand zoeken om mee "
  "te praten\n\nEn als het ooit echt gevaarlijk wordt: bel 112.\n\nMet warme groet,\n[[Paul]]",
  nick="Paul", q=7)

v("outlook-vrijwilliger-vh-jaar", "outlook_desktop", "nl",
  ["work-account", "retiree", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "award-line"],
  ("Georgette Lauwers", "georgette.lauwers@seniorenraad-mol.example"),
  "Dag {pseudonym},\n\nIk ben al lang met pensioen, maar ik heb nog goed onthouden hoe het voelt om "
  "alleen te staan op de speelplaats. Je bent niet te veel. Echt niet.\n\n"
  "Probeer iets te doen buiten school waar andere mensen zijn: een sportclub, de muziekschool, de "
  "jeugdbeweging. Daar ben je een nieuw blad.\n\nVeel liefs,",
  "[[Georgette Lauwers]]\n[[Voorzitter Seniorenraad Mol]]\n"
  "Vrijwilliger van het Jaar 2025 (Provincie Antwerpen)",
  nick="Georgette", q=0)

v("webmail-nieuwsbrief-uitschrijven", "webmail", "nl",
  ["cc-own-address", "wrong-account", "business-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "unsubscribe-line"],
  ("Bloemenatelier Roos", "info@bloemenatelier-roos.example"),
  "Dag {pseudonym},\n\nIk antwoord vanop mijn winkelmail, excuses daarvoor.\n\nNiet kunnen slapen door "
  "stress is heel vervelend. Wat mij helpt: een warme douche, een rustige podcast en mijn gsm aan de "
  "andere kant van de kamer.\nJe stelt je niet aan.\n\nGroetjes,\n[[Roos]]",
  "[[Bloemenatelier Roos]] – [[Kerkplein 9, 3200 Aarschot]]\n"
  "Wil je onze nieuwsbrief niet meer ontvangen? Uitschrijven",
  nick="Roos", vol="roos.hermans@gmail.example",
  headers=[("Cc", "roos.hermans@gmail.example")],
  identity=["roos.hermans@gmail.example"], q=2)

v("gmail-verificatiecode", "gmail_web", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "new-shape", "stray-paste"],
  ("Arne Peetroons", "arne.peetroons@gmail.example"),
  "<<Je verificatiecode is 482913>>\n\nDag {pseudonym}, oeps, dat was nog van iets anders\n\n"
  "Je vraag: nee, het is niet raar. Je mag een jongen zijn, ook als niemand het nog weet. Je bepaalt zelf "
  "wanneer je het aan iemand zegt.\nGroetjes\n[[Arne]]",
  nick="Arne", q=4)

v("owa-enquete-link", "outlook_web", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer",
   "new-shape", "survey-link"],
  ("Van den Bossche, Eva", "eva.vandenbossche@mutualiteit-zuid.example"),
  "Dag {pseudonym},\n\nFijn dat je terugschrijft. Je stoort niet, dat is echt zo.\nGoed dat je tante er "
  "is. Als je er nog eens wil slapen: doe dat. En als je wil praten met iemand van een dienst, kan je "
  "terecht bij een JAC in je buurt.\n\nGroet,\n[[Eva]]",
  "[[Eva Van den Bossche]]\n[[Consulent Maatschappelijke Dienst]]\n[[Mutualiteit Zuid]]\n\n"
  "Hoe tevreden ben je over ons contact? Vul onze korte enquête in (2 minuten).\n\n"
  "Dit bericht is enkel bestemd voor de geadresseerde.",
  nick="Eva", q=6)

v("insta-hashtag-campagne", "v9vol_emclient", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "hashtag-campaign-line"],
  ("Siska Dumon", "siska.dumon@gemeente-kortemark.example"),
  "Dag {pseudonym},\n\nBedankt om dit te vertellen. Een lief dat dreigt met foto's, dat is geen liefde. "
  "Jij hebt niets verkeerd gedaan.\nJe kan hulp vragen bij Child Focus (116 000) of de politie.\n\n"
  "Sterkte,\n[[Siska]]",
  "[[Siska Dumon]] – [[Jeugdconsulent]]\n[[Gemeente Kortemark]]\n"
  "#IkBenVrijwilliger #Vrijwilligersweek2026",
  nick="Siska", q=5)

v("iphone-iftar", "iphone", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "client-line", "emoji",
   "new-shape", "ramadan-note"],
  ("Yasmina El Idrissi", "yasmina.elidrissi@icloud.example"),
  "Salam {pseudonym} 🙂\n\nIk antwoord na de iftar, ik vast deze maand dus overdag ben ik wat traag.\n"
  "Je vraagt of het normaal is dat je je slecht voelt. Ja. Je voelt dat die grapjes over jou gaan. "
  "Dat is niet zwak.\nNeem je tijd, er is geen deadline om uit de kast te komen.\n\n[[Yas]]",
  nick="Yasmina", q=1)

v("fam-account-initialen", "webmail", "nl",
  ["reply-to-private", "wrong-account", "family-account", "worker", "top-posted", "greets-pseudonym", "initials", "signed-other-name"],
  ("Fam. Goossens-Daems", "gezin.goossens@telenet.example"),
  "Dag {pseudonym},\n\nIk ben een van de vrijwilligers. Wat je voor je zus doet, doe je goed.\n"
  "Praat met je mama, samen met je zus. Ze zal blij zijn dat jullie het haar vertellen, ook als het "
  "eerst schrikken is.\n\nGroetjes,\n[[K.G.]]",
  nick="Koen", vol="koen.goossens@vrijwilligers.example",
  headers=[("Reply-To", "koen.goossens@vrijwilligers.example")],
  identity=["koen.goossens@vrijwilligers.example"], q=3)

v("yahoo-caps-oma", "yahoo", "nl",
  ["private-account", "retiree", "capitals", "top-posted", "greets-pseudonym", "client-line"],
  ("Jeanine Huybrechts", "jeanine.huybrechts@yahoo.example"),
  "DAG {pseudonym}\n\nIK SCHRIJF IN HOOFDLETTERS OMDAT IK SLECHT ZIE, NIET OMDAT IK ROEP.\n"
  "WAT EEN LELIJKE MANIER VAN DOEN VAN DIE JONGEN. VERTEL HET AAN IEMAND DIE JE VERTROUWT.\n"
  "JE BENT NIET ALLEEN.\n\nGROETJES VAN [[JEANINE]]",
  nick="Jeanine", q=5)

v("samsung-textspeak", "samsung", "nl",
  ["private-account", "student", "very-short", "text-speak", "top-posted", "greets-pseudonym",
   "client-line", "emoji"],
  ("Lore", "lore.vdb2004@gmail.example"),
  "hey {pseudonym} ni raar hoor!! wnr je wil vertel je meer, ik lees mee 🫶 grtjs [[lore]]",
  nick="Lore", q=4)

v("outlook-android-bottom", "outlook_android", "nl",
  ["work-account", "worker", "bottom-posted", "greets-pseudonym", "client-line", "work-signature"],
  ("Bert Heylen", "bert.heylen@atheneum-geel.example"),
  "Dag {pseudonym},\n\nIk ben leerkracht en ik zie dit jammer genoeg vaak: een klas die iemand laat "
  "vallen. Wat jij kan doen: één klasgenoot zoeken die jij vertrouwt, en met die persoon iets afspreken "
  "buiten school.\n\nHoud vol,\n[[Bert]]",
  "[[Bert Heylen]] – [[leerkracht LO]]\n[[Atheneum Geel]]",
  nick="Bert", quote_pos="above", q=0)

v("tb-inline-lang", "thunderbird", "nl",
  ["contact-in-text", "private-account", "worker", "inline-answer", "greets-pseudonym", "long"],
  ("Karen Deckers", "karen.deckers@kpnmail.example"),
  "Hoi {pseudonym},\n\n<<> ik slaap bijna niet meer sinds de examens begonnen zijn>>\n\n"
  "Dat is zwaar. Hoe lang gaat dat al? Als het meer dan een paar weken is, is het goed om met je "
  "huisarts te praten. Die kan meer dan je denkt.\n\n"
  "<<> mijn papa zegt dat ik me aanstel>>\n\n"
  "Misschien weet je papa niet hoe hij moet reageren. Sommige ouders worden bot als ze zich zorgen "
  "maken. Kan je hem op een rustig moment zeggen: 'papa, ik meen het, ik slaap echt niet'?\n\n"
  "Een paar dingen die bij veel mensen helpen:\n* elke dag op hetzelfde uur opstaan, ook na een slechte "
  "nacht\n* geen schermen het laatste uur\n* als je na twintig minuten niet slaapt: even opstaan en iets "
  "saais doen\n\nSucces met de examens, en schrijf gerust terug.\n[[Karen]]\n\n"
  "(mijn werkmail [[karen.deckers@zorgbedrijf-rivierenland.example]] lees ik ook, mocht deze het niet doen)",
  nick="Karen", quote_style="none", q=2)

v("huawei-flauw-kort", "huawei", "nl",
  ["private-account", "student", "very-short", "top-posted", "greets-pseudonym", "client-line",
   "no-punctuation", "tussentaal"],
  ("Jelle Aerts", "jelleaerts@hotmail.example"),
  "{pseudonym} ge zijt ni alleen, schrijf morgen terug ok\n[[J]]",
  nick="Jelle", q=6)

v("apple-mail-gepensioneerd-dokter", "apple_mail", "nl",
  ["private-account", "retiree", "top-posted", "greets-pseudonym", "sig-dash", "title",
   "phone-in-sig"],
  ("Dr. Herman Claus", "herman.claus@pandora.example"),
  "Beste {pseudonym},\n\nAls gepensioneerd huisarts kan ik je geruststellen: slaapproblemen tijdens de "
  "examens zijn heel gewoon. Maar gewoon wil niet zeggen dat je het moet verdragen.\n\n"
  "Eet niet te laat, beweeg overdag, en beperk cola en energiedrank na de middag. Als het na de examens "
  "niet beter wordt, ga je best eens langs bij je huisarts.\n\nHartelijke groet,",
  "[[Dr. Herman Claus]]\n[[huisarts op rust]]\n[[Lindenlaan 44, 8400 Oostende]]\n[[059 50 12 77]]",
  nick="Herman", sig_dash=True, q=2)

v("gmail-ios-dialect-limburg", "gmail_ios", "nl",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "dialect", "no-punctuation"],
  ("Wendy Schepers", "wendy.schepers@gmail.example"),
  "Hoi {pseudonym}\n\ndat is ech ni normaal wat dae jong doot\ngae hoeft dat ni te pikke\n"
  "zeg et tege ene die ge vertrouwt en bel child focus 116 000\n\nhouw oech goe\n[[Wendy]]",
  nick="Wendy", q=5)

v("horde-reintegratie", "v9vol_horde", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "phone-in-sig",
   "new-shape", "reintegration-line"],
  ("Carine Smet", "carine.smet@vdab-regio.example"),
  "Dag {pseudonym},\n\nIk lees dat je beste vriend zegt dat je te veel vraagt. Soms helpt het om eens "
  "rechtstreeks te vragen: wat bedoel je daarmee? Misschien is het een misverstand.\n"
  "En als niemand in de klas nog met je praat, dan is dat niet alleen jouw probleem. Dat mag je "
  "aankaarten bij je klastitularis.\n\nVriendelijke groet,\n[[Carine]]",
  "[[Carine Smet]]\n[[Trajectbegeleider]] – [[VDAB Regio Waas]]\n[[03 760 42 18]]\n"
  "Ik werk momenteel halftijds (re-integratie): ma, di en do voormiddag.",
  nick="Carine", q=0)

v("sogo-trein", "v9vol_sogo", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "typos", "work-signature",
   "new-shape", "device-excuse-line"],
  ("Maarten Pauwels", "maarten.pauwels@kuleuven-kulak.example"),
  "hoi {pseudonym},\n\ngetypt op de trein tussen Kortrijk en Gent dus kort en met fouten waarschijnlijk\n"
  "binders: max 8u per dag, nooit slapen ermee, en neem een maat groter als je twijfelt. en je bent "
  "helemaal niet raar. morgen meer als je wil\n\n[[maarten]]",
  "[[Maarten Pauwels]]\n[[Onderzoeker Sociologie]] – [[KU Leuven Kulak]]",
  nick="Maarten", q=4)

v("proximus-chiro-gedeeld", "v9vol_proximus", "nl",
  ["reply-to-private", "shared-account", "wrong-account", "student", "top-posted", "greets-pseudonym", "signed-name",
   "work-signature"],
  ("Chiro Sint-Jozef Leuth", "leiding@chiro-leuth.example"),
  "Dag {pseudonym},\n\n(ik antwoord vanop het adres van onze jeugdbeweging omdat mijn eigen mail vastzit, sorry!)\n\n"
  "Dat je vriendin zichzelf pijn doet is heel heftig. Jullie zijn goede vriendinnen dat jullie dit "
  "samen proberen op te lossen. Maar zoek er een volwassene bij. Dat is het beste wat jullie voor haar "
  "kunnen doen.\n\nGroetjes,\n[[Lotte]] (eigenlijk [[Charlotte]], maar niemand zegt dat)",
  "[[Chiro Sint-Jozef Leuth]]\n[[Leidingsploeg]] – [[Kerkstraat 30, 3770 Riemst]]",
  nick="Lotte", vol="charlotte.bex@student.uhasselt.example",
  headers=[("Reply-To", "charlotte.bex@student.uhasselt.example")],
  identity=["charlotte.bex@student.uhasselt.example"], q=7)

v("mailbird-disconnect-lang", "v9vol_mailbird", "nl",
  ["work-account", "worker", "long", "top-posted", "greets-pseudonym", "work-signature",
   "disclaimer", "new-shape", "right-to-disconnect-footer"],
  ("Saskia Wuyts", "saskia.wuyts@advocaten-wuyts.example"),
  "Beste {pseudonym},\n\nIk ben advocate van beroep en ik wil je graag iets duidelijk maken, omdat veel "
  "jongeren dit niet weten: dreigen met het verspreiden van intieme beelden is in België strafbaar, ook "
  "als jij die foto zelf ooit gestuurd hebt. Jij bent het slachtoffer, niet de dader.\n\n"
  "Wat kan je concreet doen?\n1. Stuur niets meer en ga niet in op zijn eisen.\n"
  "2. Maak screenshots van zijn berichten, met datum en zijn gebruikersnaam zichtbaar.\n"
  "3. Vertel het aan een volwassene die je vertrouwt.\n4. Meld het bij de politie of bij Child Focus "
  "(116 000). Zij kunnen ook helpen om beelden te laten verwijderen.\n\n"
  "Ik weet dat dit eng klinkt. Maar je staat er niet alleen voor.\n\nMet vriendelijke groeten,",
  "[[Mr. Saskia Wuyts]]\n[[Advocaat]] – [[Wuyts & Partners]]\n[[Frankrijklei 120, 2000 Antwerpen]]\n"
  "[[BTW BE 0712.345.678]]\n\n"
  "Je krijgt deze mail misschien buiten je werkuren. Voel je niet verplicht om meteen te antwoorden.\n\n"
  "Deze e-mail is vertrouwelijk en kan onder het beroepsgeheim vallen.",
  nick="Saskia", q=5)

v("airmail-kort-hart", "v9vol_airmail", "nl",
  ["private-account", "worker", "very-short", "top-posted", "greets-pseudonym", "client-line", "emoji"],
  ("Evelien Stas", "evelien.stas@me.example"),
  "Dag {pseudonym}, goed dat je bij je tante was. Zorg goed voor jezelf ❤️ [[E.]]",
  nick="Evelien", q=6)

v("gmail-android-stiefmama", "gmail_android", "nl",
  ["private-account", "parent", "top-posted", "greets-pseudonym", "tussentaal"],
  ("Kim Daems", "kimdaems81@gmail.example"),
  "Hey {pseudonym}\n\nIk ben zelf plusmama van een meisje van 15 en die heeft ook zoiets meegemaakt op "
  "school. Wat haar geholpen heeft is dat ze een hobby vond buiten school, bij mensen die haar niet "
  "kenden. Daar kon ze opnieuw beginnen.\n\nGe vraagt ni te veel. Echt ni.\n\nGroetjes van [[Kim]]",
  nick="Kim", q=0)

v("outlook-school-disclaimer-en", "outlook_desktop", "nl",
  ["work-account", "teacher", "top-posted", "greets-pseudonym", "work-signature", "disclaimer-en",
   "disclaimer"],
  ("Tine Wijns", "tine.wijns@isa-antwerp.example"),
  "Beste {pseudonym},\n\nBi zijn is niet iets wat je moet uitleggen of bewijzen. Je mag het gewoon zijn. "
  "En je mag ook nog twijfelen.\n\nAls je ooit wil oefenen hoe je het je mama zou vertellen, kan je dat "
  "hier met ons doen.\n\nVriendelijke groet,",
  "[[Tine Wijns]]\n[[Dutch teacher, Secondary School]]\n[[International School of Antwerp]]\n\n"
  "This e-mail and any attachments are confidential and intended solely for the addressee.",
  nick="Tine", q=1)

v("webmail-ps-onder-naam", "telenet_webmail", "nl",
  ["contact-in-text", "private-account", "retiree", "top-posted", "greets-pseudonym", "content-after-name"],
  ("Roger Van Gorp", "roger.vangorp@telenet.example"),
  "Dag {pseudonym},\n\nIk ben al 40 jaar getrouwd en ik kan je zeggen: iemand die jou bedreigt, houdt "
  "niet van je.\nVertel het aan je ouders of aan een leerkracht. Of laat je mama of papa mij bellen op "
  "[[03 455 12 90]], ik ben altijd thuis.\n\nGroeten,\n[[Roger]]\n\n"
  "PS: mijn vrouw leest mee en zegt: 'zeg dat ze sterk is'. Bij deze.",
  nick="Roger", q=5)

v("samsung-emoji-lijst", "samsung", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "emoji", "client-line",
   "no-punctuation"],
  ("Ayoub Benali", "ayoub.benali@outlook.example"),
  "Yo {pseudonym}\n\n✅ ge zijt ni raar\n✅ binder max 8u\n✅ ni slapen ermee\n❌ ni sporten ermee\n"
  "✅ ge moogt dit allemaal op uw tempo ontdekken\n\nrespect dat ge dit vraagt\n[[Ayoub]]",
  nick="Ayoub", q=4)

v("owa-disclaimer-boven", "outlook_web", "nl",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer",
   "phone-in-sig"],
  ("Joke Verlinden", "joke.verlinden@provincie-vlaamsbrabant.example"),
  "Dag {pseudonym},\n\nGoed dat jullie elkaar steunen. Maar jullie zijn geen hulpverleners, en dat hoeft "
  "ook niet. Jullie vriendin heeft iemand nodig die meer kan. Vertel het aan een volwassene.\n\n"
  "Groeten,",
  "Deze e-mail kan vertrouwelijke informatie bevatten.\n[[Joke Verlinden]]\n[[Beleidsmedewerker Jeugd]]\n"
  "[[Provincie Vlaams-Brabant]]\n[[Provincieplein 1, 3010 Leuven]]\n[[016 26 75 11]]",
  nick="Joke", q=7)

v("gmail-web-broer-kort", "gmail_web", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "mixed-language"],
  ("Thibault Gilis", "thibault.gilis@gmail.example"),
  "Hey {pseudonym},\n\nRespect dat je voor je zus opkomt. Honestly, zeg het aan je mama. "
  "Ze gaat het willen weten.\n\nCheers,\n[[Thibault]]",
  nick="Thibault", q=3)

v("ipad-oma-lang-brief", "ipad", "nl",
  ["private-account", "retiree", "long", "top-posted", "greets-pseudonym", "client-line"],
  ("Maria Verstraete", "maria.verstraete@telenet.example"),
  "Lieve {pseudonym},\n\nIk ben een oma van zes kleinkinderen en ik heb je bericht twee keer gelezen.\n\n"
  "Toen ik zo oud was als jij, had ik ook een hartsvriendin die op een dag niet meer met mij wou praten. "
  "Ik heb toen veel geweend. Ik dacht dat het aan mij lag. Pas veel later hoorde ik dat zij thuis "
  "grote problemen had en het aan niemand durfde te zeggen.\n\n"
  "Ik zeg niet dat het bij jou ook zo is. Maar soms heeft wat iemand zegt meer met hemzelf te maken dan "
  "met jou.\n\nProbeer in de klas één persoon te vinden. Eén is genoeg om mee te beginnen.\n\n"
  "En schrijf ons. Wij lezen alles.\n\nEen dikke knuffel van een oma uit Brugge",
  nick="Maria", q=0)

v("kmail-crlf-initialen", "v9vol_kmail", "nl",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "crlf", "initials", "sig-dash"],
  ("Bart Dierickx", "bd@dierickx-net.example"),
  "Dag {pseudonym},\n\nOm op je vraag te antwoorden: nee, je stelt je niet aan. Slaap is belangrijk en "
  "stress maakt het moeilijk. Praat met iemand op school, dat kan ook anoniem.\n\nGroeten,\n[[BD]]",
  "[[Bart Dierickx]] <[[bd@dierickx-net.example]]>\nGPG: [[0x4A1F 9C2E 7B3D 11A0]]",
  nick="Bart", crlf=True, sig_dash=True, q=2)

v("tb-android-thema-mid", "v9vol_tb_android", "nl",
  ["private-account", "student", "top-posted", "greets-pseudonym", "thema-line", "no-punctuation"],
  ("Febe Van Looy", "febe.vanlooy@telenet.example"),
  "hoi {pseudonym}\n\nik ben zelf bi en mijn mama maakte ook zulke grapjes\nuiteindelijk heb ik het "
  "verteld en ze schrok maar ze was ok\nmaar neem uw tijd he\n\n<<#thema: coming-out>>\n\n[[febe]]",
  nick="Febe", q=1)

v("outlook-mobile-kort-werk", "outlook_mobile", "nl",
  ["work-account", "worker", "very-short", "top-posted", "greets-pseudonym", "client-line",
   "signed-name"],
  ("Dries Wauters", "dries.wauters@infrabel-test.example"),
  "Dag {pseudonym}, ik ben je mail niet vergeten, vanavond antwoord ik uitgebreid. [[Dries]]",
  nick="Dries", q=3)


# ------------------------------------------------------------------ fr (16)

v("orange-deconnexion", "v9vol_orange", "fr",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "phone-in-sig",
   "new-shape", "right-to-disconnect-footer"],
  ("Delphine Lejeune", "delphine.lejeune@cpas-namur.example"),
  "Bonjour {pseudonym},\n\nMerci d'avoir écrit. Se sentir mal avec les autres à l'école, c'est "
  "épuisant. Et ce surnom, « le fantôme », c'est blessant, même si on le dit en rigolant.\n\n"
  "Est-ce qu'il y a un adulte à l'école à qui tu pourrais en parler ? Un éducateur, le PMS ?\n\n"
  "Bien à toi,\n[[Delphine]]",
  "[[Delphine Lejeune]]\n[[Assistante sociale]] – [[CPAS de Namur]]\n[[Rue de Dave 165, 5100 Jambes]]\n"
  "[[081 33 70 12]]\n\nJe respecte le droit à la déconnexion : ne te sens pas obligé·e de répondre "
  "en dehors de tes heures.",
  nick="Delphine", q=0)

v("gmail-android-greve", "gmail_android", "fr",
  ["work-account", "teacher", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "strike-notice-line"],
  ("Olivier Dubois", "olivier.dubois@athenee-waterloo.example"),
  "Salut {pseudonym},\n\nÊtre amoureuse de sa meilleure amie, ça arrive, et ce n'est ni bizarre ni "
  "grave. La peur de tout gâcher est normale aussi.\nTu n'es pas obligée de lui dire tout de suite. "
  "Prends le temps de voir ce que tu ressens.\n\nAmicalement,\n[[Olivier]]",
  "[[Olivier Dubois]] – [[professeur de français]]\n[[Athénée Royal de Waterloo]]\n"
  "En raison de la grève du 26 janvier, l'école sera fermée ce jour-là.",
  nick="Olivier", q=1)

v("iphone-clavier-qwerty", "iphone", "fr",
  ["private-account", "student", "top-posted", "greets-pseudonym", "client-line", "typos",
   "new-shape", "device-excuse-line"],
  ("Chloé Mathieu", "chloe.mathieu@icloud.example"),
  "coucou {pseudonym}\n\ndesole pour les accents, je suis en erasmus et mon clavier est en qwerty\n"
  "tu as le droit de ne pas vouloir choisir. dis le a tes parents, ou au PMS, ils peuvent t'aider a "
  "exprimer ce que tu veux vraiment\n\nbisous\n[[chloe]]",
  nick="Chloé", q=2)

v("outlook-voeux", "outlook_desktop", "fr",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer-fr",
   "disclaimer", "logo", "new-shape", "season-greeting-banner"],
  ("Frédéric Lambert", "frederic.lambert@mutualite-liege.example"),
  "Bonjour {pseudonym},\n\nTu n'as pas à choisir seul·e. En Belgique, le juge peut entendre l'enfant, et "
  "ton avis compte. Tu peux aussi en parler au service d'aide à la jeunesse ou à un AMO près de chez toi.\n\n"
  "Courage,\n[[Fred]]",
  "[[Frédéric Lambert]]\n[[Conseiller social]]\n[[Mutualité de Liège]]\n\n"
  "✨ Toute l'équipe vous présente ses meilleurs vœux pour 2027 ✨\n\n"
  "Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le supprimer.",
  nick="Fred", logo=("Mutualité de Liège", "inline"), q=2)

v("owa-teletravail", "outlook_web", "fr",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "hybrid-schedule-line"],
  ("Gilson, Aurélie", "aurelie.gilson@region-bruxelles.example"),
  "Bonjour {pseudonym},\n\nJe lis que tu te sens fantôme à l'école. C'est dur, et tu n'es pas seul·e à "
  "vivre ça. Parfois un club, une activité en dehors de l'école aide à retrouver sa place.\n\n"
  "Tu peux nous réécrire quand tu veux.\n[[Aurélie]]",
  "[[Aurélie Gilson]]\n[[Attachée]] – [[Service Jeunesse]]\n[[Région de Bruxelles-Capitale]]\n"
  "Télétravail le mercredi et le vendredi",
  nick="Aurélie", q=0)

v("samsung-secouriste", "samsung", "fr",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "client-line",
   "new-shape", "first-aider-badge"],
  ("Karim Haddad", "karim.haddad@bpost-test.example"),
  "Salut {pseudonym}\n\nLe divorce de tes parents, ce n'est pas ta faute. Et tu n'as pas à porter le "
  "choix tout seul. Parle à quelqu'un de confiance, ça peut être un prof, un éducateur, ou nous.\n\n"
  "Force à toi\n[[Karim]]",
  "[[Karim Haddad]] – [[Chef d'équipe]]\n[[Centre de tri Charleroi X]]\n"
  "Secouriste en santé mentale – ma porte est ouverte",
  nick="Karim", q=2)

v("gmail-web-hameconnage", "gmail_web", "fr",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "phishing-button-footer"],
  ("Nathalie Renard", "nathalie.renard@banque-ardennaise.example"),
  "Bonjour {pseudonym},\n\nAimer une amie, c'est beau, même si ça fait peur. Tu peux y aller à ton "
  "rythme. Et si ton amitié est solide, elle survivra à beaucoup de choses.\n\nBelle journée,\n[[Nath]]",
  "[[Nathalie Renard]]\n[[Conseillère clientèle]] – [[Banque Ardennaise]]\n"
  "Un doute sur un e-mail ? Signalez toute tentative d'hameçonnage à notre service sécurité.",
  nick="Nathalie", q=1)

v("apple-conge-parental", "apple_mail", "fr",
  ["work-account", "worker", "parent", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "parental-leave-line"],
  ("Maxime Collard", "maxime.collard@uclouvain-test.example"),
  "Bonjour {pseudonym},\n\nC'est très dur de devoir choisir entre ses parents. Tu n'as pas à le faire "
  "seul, et tu as le droit de dire que tu ne veux pas choisir.\nSi tu veux, écris-nous ce qui te fait le "
  "plus peur.\n\nAmitiés,\n[[Maxime]]",
  "[[Maxime Collard]]\n[[Chercheur]] – [[UCLouvain]]\nEn congé parental le lundi.",
  nick="Maxime", q=2)

v("yahoo-fr-retraitee", "yahoo", "fr",
  ["contact-in-text", "private-account", "retiree", "top-posted", "greets-pseudonym", "client-line", "long"],
  ("Monique Dethier", "monique.dethier@yahoo.example"),
  "Chère {pseudonym},\n\nJe suis une grand-mère de 74 ans et j'ai été institutrice pendant 38 ans à "
  "Verviers. J'ai vu beaucoup d'enfants qui se sentaient invisibles à l'école.\n\n"
  "Ce que je peux te dire, c'est que ça ne dure pas toujours. Les groupes changent, les classes "
  "changent, et un jour tu trouveras des gens qui te voient vraiment.\n\n"
  "En attendant, essaie de trouver une chose que tu aimes faire : dessiner, jouer de la musique, courir. "
  "Une chose à toi.\n\nSi tu préfères, écris-moi directement : [[monique point dethier arobase yahoo point example]].\n\nEt si ce surnom te fait mal, dis-le à un adulte à l'école. Ce n'est pas une blague "
  "si ça fait mal.\n\nJe t'embrasse,\n[[Monique]]",
  nick="Monique", q=0)

v("proton-fr-inline", "proton", "fr",
  ["private-account", "student", "inline-answer", "greets-pseudonym", "client-line"],
  ("Inès Bouazza", "ines.bouazza@proton.example"),
  "Coucou {pseudonym},\n\n<<> je crois que je suis amoureuse de ma meilleure amie>>\n"
  "C'est ok. Vraiment.\n\n<<> J'ai peur de tout gâcher.>>\n"
  "Tu n'es pas obligée de lui dire maintenant. Tu peux d'abord en parler ici.\n\n"
  "Gros bisous,\n[[Inès]]",
  nick="Inès", quote_style="none", q=1)

v("gmail-ios-fr-kort", "gmail_ios", "fr",
  ["private-account", "student", "very-short", "top-posted", "greets-pseudonym", "no-punctuation"],
  ("Théo Gérard", "theo.gerard@gmail.example"),
  "{pseudonym} t'es pas un fantôme t'es juste pas encore tombé sur les bonnes personnes\n[[théo]]",
  nick="Théo", q=0)

v("outlook-android-fr-bottom", "outlook_android", "fr",
  ["work-account", "worker", "bottom-posted", "greets-pseudonym", "client-line", "work-signature",
   "phone-in-sig"],
  ("Sophie Lemaire", "sophie.lemaire@amo-tournai.example"),
  "Bonjour {pseudonym},\n\nEn AMO, on accompagne souvent des jeunes dans ta situation. Tu peux nous "
  "contacter sans que tes parents le sachent, c'est gratuit et confidentiel.\n\nBien à toi,\n[[Sophie]]",
  "[[Sophie Lemaire]]\n[[Éducatrice]] – [[AMO Tournai]]\n[[069 22 18 40]]",
  nick="Sophie", quote_pos="above", q=2)

v("html-only-fr", "samsung", "fr",
  ["private-account", "worker", "html-only", "top-posted", "greets-pseudonym"],
  ("Julien Masson", "julien.masson@skynet.example"),
  "Salut {pseudonym},\n\nTu n'as rien à prouver à personne. Aimer ta meilleure amie, ça ne gâche rien, "
  "ça montre juste que tu as un grand cœur.\n\nÀ bientôt,\n[[Julien]]",
  nick="Julien", html="only", client_line="", q=1)

v("webmail-fr-famille", "webmail", "fr",
  ["reply-to-private", "family-account", "wrong-account", "retiree", "top-posted", "greets-pseudonym", "signed-name"],
  ("Famille Wathelet", "famille.wathelet@voo.example"),
  "Bonjour {pseudonym},\n\nC'est [[Bernadette]] qui écrit, depuis l'adresse de la famille.\n"
  "Je voulais te dire que ton avis compte, même si tu as l'impression que personne ne t'écoute. Tu peux "
  "demander à être entendu par le juge.\n\nAvec toute mon affection,\n[[Bernadette]]",
  nick="Bernadette", vol="bernadette.wathelet@gmail.example",
  headers=[("Reply-To", "bernadette.wathelet@gmail.example")],
  identity=["bernadette.wathelet@gmail.example"], q=2)

v("ew-split-fr", "gmail_web", "fr",
  ["private-account", "student", "top-posted", "greets-pseudonym", "encoded-display-name", "emoji"],
  ("Anaïs Lefèvre", "anais.lefevre@gmail.example"),
  "Hello {pseudonym} 🌈\n\nMoi aussi je suis tombée amoureuse de ma meilleure amie à 15 ans. On est "
  "toujours amies aujourd'hui. Prends ton temps.\n\nBisous,\n[[Anaïs]]",
  nick="Anaïs", from_style="ew-split", q=1)

v("huawei-fr-vocal", "huawei", "fr",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "voice-to-text", "client-line",
   "no-punctuation"],
  ("Pascal Gobert", "pascal.gobert@hotmail.example"),
  "Bonjour {pseudonym} virgule à la ligne\nje suis dans ma voiture alors je dicte mon message\n"
  "je voulais te dire que personne n'a le droit de t'appeler comme ça si ça te fait mal point\n"
  "parle à un éducateur demain\n[[Pascal]]",
  nick="Pascal", q=0)


# ------------------------------------------------------------------ en (10)

v("outlook-en-working-hours", "outlook_desktop", "en",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature", "disclaimer-en",
   "disclaimer", "new-shape", "right-to-disconnect-footer"],
  ("Rachel Okafor", "rachel.okafor@euro-agency.example"),
  "Hi {pseudonym},\n\nMoving country is one of the hardest things to do as a teenager, and a year is not "
  "that long. Your dad is right that it takes time, but that doesn't mean you have to just wait.\n\n"
  "Is there a club or activity you liked back in the UK? Football, drama, a coding club? Those are "
  "often the easiest places to meet people.\n\nBest,\n[[Rachel]]",
  "[[Rachel Okafor]] | [[Policy Officer]]\n[[European Youth Agency]]\n[[Avenue de la Loi 56, 1040 Brussels]]\n\n"
  "My working hours may not be your working hours. Please do not feel obliged to reply outside of yours.\n\n"
  "This email is confidential and may be legally privileged.",
  nick="Rachel", q=0)

v("gmail-en-mhfa", "gmail_web", "en",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "first-aider-badge"],
  ("Daniel Whitfield", "daniel.whitfield@brusselsbrewco.example"),
  "Hey {pseudonym},\n\nNot feeling anything about crushes is completely fine. Some people never do, some "
  "people feel it later, and some feel it differently. There's even a word for it if you want to look it "
  "up: aromantic. But you don't need a label.\n\nTake care,\n[[Dan]]",
  "[[Daniel Whitfield]] – [[Operations Manager]]\n[[Brussels Brew Co.]]\n"
  "Mental Health First Aider (MHFA England certified)",
  nick="Dan", q=1)

v("hey-en-grammarly", "v9vol_hey", "en",
  ["private-account", "student", "top-posted", "greets-pseudonym", "new-shape", "grammarly-line"],
  ("Priya Raman", "priya@raman.hey.example"),
  "Hi {pseudonym},\n\nThat sounds really scary. Report the fake account to the platform (there's usually "
  "a 'pretending to be me' option), screenshot everything, and tell an adult you trust. You did nothing "
  "wrong.\n\n[[Priya]]",
  "Written with Grammarly",
  nick="Priya", q=2)

v("apple-en-business-card", "apple_mail", "en",
  ["work-account", "worker", "top-posted", "greets-pseudonym", "work-signature",
   "new-shape", "digital-business-card"],
  ("Marcus Lindqvist", "marcus@lindqvist-design.example"),
  "Hi {pseudonym},\n\nI moved to Belgium at 14 and I remember that first year very well. It got better, "
  "slowly. Say yes to things even when you don't feel like it. That's how it started for me.\n\n"
  "Cheers,\n[[Marcus]]",
  "[[Marcus Lindqvist]] – [[Lindqvist Design]]\n"
  "Tap to save my digital business card: [[https://card.lindqvist-design.example/m]]",
  nick="Marcus", q=0)

v("iphone-en-train", "iphone", "en",
  ["private-account", "worker", "top-posted", "greets-pseudonym", "client-line", "no-punctuation",
   "new-shape", "device-excuse-line"],
  ("Hannah Brooks", "hannah.brooks@icloud.example"),
  "hi {pseudonym}\n\nwriting this on the train so sorry if it's short\nyou're not weird, lots of people "
  "don't get crushes or get them much later\nhappy to talk more\n\n[[H]]",
  nick="Hannah", q=1)

v("mimestream-en-now-playing", "v9vol_mimestream", "en",
  ["private-account", "student", "top-posted", "greets-pseudonym", "content-after-name", "emoji",
   "new-shape", "now-playing-line"],
  ("Oliver Grant", "olliegrant@gmail.example"),
  "Hey {pseudonym},\n\nThat's horrible. Report it, block it, and tell someone at school so they know "
  "those messages aren't from you.\n\n[[Ollie]]\n🎧 on repeat while writing this: something loud",
  nick="Ollie", q=2)

v("gmail-en-reaction", "gmail_android", "en",
  ["private-account", "very-short", "emoji", "top-posted", "own-name-in-text", "new-shape",
   "gmail-emoji-reaction"],
  ("Grace Adeyemi", "grace.adeyemi@gmail.example"),
  "<<[[Grace Adeyemi]] reacted via Gmail>>\n\n🤗",
  nick="Grace", q=0)

v("tb-en-inline", "thunderbird", "en",
  ["contact-in-text", "private-account", "retiree", "inline-answer", "greets-pseudonym", "sig-dash"],
  ("Edward Harris", "ted.harris@btinternet.example"),
  "Dear {pseudonym},\n\n<<> someone made a fake account with my photos>>\n\n"
  "I'm sorry. That is a form of harassment and it can be reported to the police.\n\n"
  "<<> and is sending stuff to people from my class>>\n\n"
  "Tell your classmates it isn't you. Real friends will believe you. If a parent or teacher wants to "
  "talk to me, my landline is [[056 21 43 87]].\n\nKind regards,\n[[Ted]]",
  "[[Edward Harris]]\n[[retired teacher]], [[Kortrijk]]",
  nick="Ted", quote_style="none", sig_dash=True, q=2)

v("outlook-mobile-en-kort", "outlook_mobile", "en",
  ["work-account", "worker", "very-short", "top-posted", "greets-pseudonym", "client-line"],
  ("Sarah Nkemelu", "sarah.nkemelu@nato-test.example"),
  "{pseudonym}, you're not weird. Will write more tonight. [[S.]]",
  nick="Sarah", q=1)

v("ipad-en-bottom", "ipad", "en",
  ["private-account", "parent", "bottom-posted", "greets-pseudonym", "client-line"],
  ("Jennifer Walsh", "jen.walsh@me.example"),
  "Hi {pseudonym},\n\nMy son went through the same after we moved from Dublin. What helped him was "
  "joining a scouts group. Give it a go?\n\n[[Jen]]",
  nick="Jen", quote_pos="above", q=0)
