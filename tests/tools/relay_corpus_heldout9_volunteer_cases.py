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
  ["private-account", "student", "top-posted", "greets-pseudonym", "crlf", "client-line"],
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
