"""Hand-written volunteer answers for part `volunteer` of the third held-out relay-text corpus.

Dressed by relay_corpus_heldout3_volunteer.py. Markup: [[...]] around every identity span (the
volunteer's names and short forms, addresses, phone numbers, streets, employer and team in a
signature), <<...>> around what is neither content nor identity (a #thema: line). {pseudonym}
is the conversation's pseudonym, as the volunteer types it.

Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# A person's name in a signature or in the text whose first name is not a sender's first name.
EXTRA_FIRST_NAMES = frozenset({"Trien", "Jef", "Rik", "Lies", "Kaat", "Nico", "Dave", "Jim",
                               "Chris", "Ewka", "Mathi", "Fran", "Dries"})

# ---------------------------------------------------------------- what the volunteers answer
# The help-seeker's words as the forward relayed them (the volunteer's client quotes them).

FWD_NL = [
    "hoi\nik ben 15 en ik denk dat ik op meisjes val\nmijn mama zou het nooit aanvaarden\n"
    "wat moet ik doen",
    "Hallo, ik zit in het 4de middelbaar en ze lachen elke dag met mij in de klas omdat ik "
    "anders ben. Ik wil niet meer naar school gaan.",
    "ik weet ni goe of ik een jongen of een meisje ben\nis da normaal\nik ben 13",
    "Dag Lumi,\n\nMijn vriend heeft het uitgemaakt en ik kan niet meer slapen. Ik heb niemand "
    "om mee te praten want niemand weet dat ik met een jongen was.\n\nGroetjes",
    "help",
    "Ik heb het aan mijn papa verteld dat ik bi ben en nu praat hij niet meer tegen mij. "
    "Mijn stiefmoeder zegt dat het wel zal overgaan. Ik ben 16.",
    "Is het raar dat ik me niet thuis voel in mijn lichaam? Ik wil mijn haar kort en een "
    "binder maar ik durf het niet te vragen",
    "hey ik heb een vraag\nhoe weet je of je aseksueel bent\nal mijn vriendinnen hebben "
    "al iets gedaan en ik heb daar gewoon geen zin in",
    "Bedankt voor jullie antwoord van vorige week. Het gaat iets beter maar op zaterdag "
    "moet ik naar mijn oma en die zegt altijd rare dingen over homo's.",
    "ik snij soms in mijn arm als het te veel wordt. niemand weet het.",
    "Mijn beste vriendin is verliefd op mij en ik weet niet wat ik moet zeggen, ik wil haar "
    "niet kwijt",
    "hallo\nmijn ouders gaan scheiden en ze maken de hele tijd ruzie over mij\nen nu heb ik "
    "ook nog gezegd dat ik lesbisch ben\nalles is mijn schuld",
    "kan ik op school vragen dat ze mij met een andere naam noemen? ik ben trans maar niemand "
    "weet het behalve mijn beste vriend",
    "sinds ik uit de kast ben gekomen praten mijn vrienden niet meer met mij. ik voel me zo "
    "alleen",
]
FWD_FR = [
    "Bonjour, j'ai 14 ans et je crois que je suis gay. Je n'ose pas le dire à mes parents "
    "parce que mon père fait toujours des blagues dessus.",
    "slt\njsp si je suis une fille ou un garçon\nc grave ?",
    "Bonjour,\n\nÀ l'école on m'insulte tous les jours dans le bus. J'ai 15 ans. Je ne veux "
    "plus y aller.\n\nMerci",
    "Je suis amoureuse de ma meilleure amie et elle ne le sait pas. J'ai peur de tout gâcher.",
]
FWD_EN = [
    "hi, I'm 16 and I just moved to Belgium. I think I'm bi but I don't know anyone here to "
    "talk to. my parents are pretty religious",
    "Hello. Can I ask something about changing my name at school? I'm trans and my teachers "
    "still use my old name.",
    "i feel really alone lately. my friends stopped talking to me after i came out",
]

DISCLAIMER_CAW = (
    "Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n) "
    "en kunnen vertrouwelijke informatie bevatten. Bent u niet de bedoelde ontvanger, verwittig "
    "dan de afzender en verwijder dit bericht. [[CAW Oost-Vlaanderen]] kan niet aansprakelijk "
    "gesteld worden voor schade door het gebruik van deze e-mail."
)


MICROSOFT = {"outlook_desktop", "outlook_web", "outlook_mobile", "outlook_android",
             "windows_mail", "v3vol_outlook_mac", "v3vol_o365_school"}


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      nickname: str, **kw: object) -> Case:
    """A volunteer's answer: the forward it answers is quote=..., else the first Dutch one.

    Microsoft's clients hand their mail over with CRLF line ends; an answer above the quoted
    forward is tagged top-posted.
    """
    kw.setdefault("quote", FWD_NL[0])
    if shape in MICROSOFT:
        kw.setdefault("crlf", True)
    if kw.get("quote_style") != "none" and kw.get("quote_pos", "below") == "below":
        tags = [*tags, "top-posted"]
    return Case(slug=slug, direction="volunteer", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, nickname=nickname, **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
    # ------------------------------------------------------------ Dutch
    V("caw-outlook-logo-disclaimer", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "logo", "greets-pseudonym", "quoted-history",
       "short-form-name", "long"],
      ("Katrien De Smet", "katrien.desmet@cawoostvlaanderen.example"),
      "Dag {pseudonym},\n\n"
      "Wat fijn dat je ons gemaild hebt. Dat vraagt moed, zeker als je thuis het gevoel hebt "
      "dat je er niet over kan praten.\n\n"
      "Op meisjes vallen is niets om je voor te schamen. Heel veel jongeren van jouw leeftijd "
      "ontdekken dat, en het is helemaal oké om nog niet te weten hoe je het thuis gaat "
      "vertellen. Je hoeft het ook nog niet te vertellen. Jij bepaalt wanneer en aan wie.\n\n"
      "Is er iemand in je buurt bij wie je je veilig voelt? Een tante, een leerkracht, een "
      "vriendin? Soms helpt het om het eerst aan één iemand te zeggen.\n\n"
      "Schrijf gerust terug, ook als het maar een paar zinnetjes zijn.\n\n"
      "Warme groet,\n[[Trien]]",
      "Trien",
      sig="[[Katrien De Smet]]\nMaatschappelijk werker – [[Team Jongerenwerk Gent]]\n"
          "[[CAW Oost-Vlaanderen]]\n[[Visserij 153, 9000 Gent]]\nT [[09 265 04 30]] | "
          "GSM [[0478 21 43 65]]\n[[www.cawoostvlaanderen.example]]\n\n" + DISCLAIMER_CAW,
      logo=("Logo CAW Oost-Vlaanderen", "inline"),
      identity=["cawoostvlaanderen.example"]),

    V("gmail-android-very-short", "gmail_android", "nl",
      ["very-short", "no-signature", "quoted-history", "no-punctuation"],
      ("Bram Vanhoutte", "bram.vanhoutte@gmail.example"),
      "ik lees dit vanavond rustig en antwoord morgen uitgebreid, hou vol",
      "Bram", quote=FWD_NL[4]),

    V("ocmw-blackberry-disclaimer", "blackberry", "nl",
      ["work-signature", "disclaimer", "client-line", "phone-in-sig", "quoted-history"],
      ("Verstraeten Griet", "griet.verstraeten@ocmwbrugge.example"),
      "Hallo {pseudonym}\n\n"
      "Bedankt voor je bericht. Wat je vertelt over de klas is pesten, en dat is nooit oké. "
      "Het is niet jouw schuld dat ze lachen.\n"
      "Weet je dat je op school naar het CLB kan stappen? Dat is gratis en ze mogen niets "
      "doorvertellen zonder jouw toestemming.\n"
      "Wil je me vertellen wat er precies gebeurt in de klas? Dan denken we samen na.\n\n"
      "Groeten\n[[Griet]]",
      "Griet",
      quote=FWD_NL[1],
      sig="[[Griet Verstraeten]]\nConsulent jeugdhulp\n[[OCMW Brugge]] – [[Sociaal Huis]]\n"
          "[[Kartuizerinnenstraat 4, 8000 Brugge]]\nTel. [[050 32 44 10]]\n\n"
          "Disclaimer: dit bericht is vertrouwelijk en uitsluitend bestemd voor de "
          "geadresseerde. Het [[OCMW Brugge]] verwerkt persoonsgegevens volgens de AVG, zie "
          "[[www.ocmwbrugge.example/privacy]].",
      identity=["ocmwbrugge.example"]),

    V("iphone-quoted-warm", "iphone", "nl",
      ["client-line", "quoted-history", "greets-pseudonym", "no-signature"],
      ("Wouter Claeys", "wouter.claeys@icloud.example"),
      "Hoi {pseudonym}\n\n"
      "Niet weten of je een jongen of een meisje bent is heel normaal, ook op je 13e. Er zijn "
      "veel jongeren die daar over twijfelen en dat mag gewoon even duren.\n\n"
      "Je hoeft nu niks te beslissen. Wat voelt er voor jou het meest juist als je aan jezelf "
      "denkt?\n\n"
      "Groetjes\n[[Wouter]]",
      "Wouter",
      quote=FWD_NL[2],
      identity=[]),

    V("school-o365-sig-disclaimer", "v3vol_o365_school", "nl",
      ["work-signature", "disclaimer", "school-account", "quoted-history", "greets-pseudonym"],
      ("Ilse Van den Broeck", "ilse.vandenbroeck@sintjozefscollege.example"),
      "Dag {pseudonym},\n\n"
      "Ik vind het heel erg dat je vriend het heeft uitgemaakt, en dat je daar met niemand "
      "over kan praten maakt het nog zwaarder. Liefdesverdriet na een relatie met een jongen "
      "is net zo echt als elk ander liefdesverdriet.\n\n"
      "Slecht slapen hoort er soms een tijdje bij. Probeer overdag iets te doen waar je je "
      "hoofd even mee leeg maakt, sporten of muziek of wandelen met de hond.\n\n"
      "Je mag hier altijd schrijven als het 's nachts te veel wordt.\n\n"
      "Liefs,\n[[Ilse]]",
      "Ilse",
      quote=FWD_NL[3],
      sig="[[Ilse Van den Broeck]]\nLeerkracht Nederlands en Engels – leerlingenbegeleiding\n"
          "[[Sint-Jozefscollege Aalst]]\n[[Kerkstraat 58, 9300 Aalst]]\n\n"
          "De inhoud van dit bericht is vertrouwelijk. Gelieve het niet door te sturen zonder "
          "toestemming van de afzender.",
      identity=["sintjozefscollege.example"]),

    V("samsung-warm-long", "samsung", "nl",
      ["client-line", "quoted-history", "long", "own-name-in-text", "greets-pseudonym"],
      ("Mehmet Yilmaz", "mehmet.yilmaz85@hotmail.example"),
      "Dag {pseudonym},\n\n"
      "Ik ben [[Mehmet]], een van de vrijwilligers van Lumi. Ik heb je mail een paar keer "
      "gelezen.\n"
      "Wat een moeilijke situatie met je papa. Het doet pijn als iemand van wie je houdt "
      "opeens zwijgt. Soms hebben ouders tijd nodig om iets te laten bezinken, en dat zwijgen "
      "zegt dan meer over hun schrik dan over jou.\n"
      "Dat je stiefmoeder zegt dat het overgaat, klopt niet. Bi zijn is geen fase die je moet "
      "uitzitten, het is wie je bent.\n"
      "Misschien kan je je papa een brief schrijven? Dan kan hij het lezen wanneer hij er "
      "klaar voor is.\n"
      "Laat je weten hoe het gaat?\n\n"
      "Groeten\n[[Mehmet]]",
      "Mehmet",
      quote=FWD_NL[5]),

    V("gmail-web-sig-dash-phone", "gmail_web", "nl",
      ["sig-dash", "phone-in-sig", "quoted-history", "greets-pseudonym"],
      ("Fatima El Amrani", "fatima.elamrani@gmail.example"),
      "Hoi {pseudonym},\n\n"
      "Je haar kort willen en een binder, dat is helemaal niet raar. Veel jongeren voelen zich "
      "niet thuis in hun lichaam, en het is goed dat je daar woorden voor zoekt.\n\n"
      "Een binder is iets om voorzichtig mee te zijn: niet te lang dragen, niet slapen ermee, "
      "en neem een maat die past. Als je wil, kan ik je uitleggen waar je daar betrouwbare "
      "info over vindt.\n\n"
      "Met wie zou je het het liefst eerst bespreken?\n\n"
      "Groetjes,\n[[Fatima]]",
      "Fatima",
      quote=FWD_NL[6],
      sig="[[Fatima El Amrani]]\n[[+32 486 55 21 09]]",
      sig_dash=True),

    V("outlook-ios-short-form", "outlook_mobile", "nl",
      ["client-line", "short-form-name", "quoted-history", "no-punctuation"],
      ("Jozef Vermeulen", "jozef.vermeulen@telenet.example"),
      "Hey {pseudonym}\n\n"
      "Geen zin hebben in seks of in iets doen is echt oké, je hoeft niet mee te doen omdat je "
      "vriendinnen het al gedaan hebben\n"
      "Aseksueel is een woord dat sommige mensen gebruiken en anderen niet, je mag er rustig "
      "over nadenken of het bij jou past\n\n"
      "Groetjes\n[[Jef]]",
      "Jef",
      quote=FWD_NL[7]),

    V("apple-mail-vcard", "apple_mail", "nl",
      ["vcard", "quoted-history", "greets-pseudonym", "short-form-name"],
      ("Annelies Goossens", "annelies.goossens@skynet.example"),
      "Dag {pseudonym},\n\n"
      "Fijn om te lezen dat het iets beter gaat!\n\n"
      "Naar je oma gaan als je weet dat ze zulke dingen zegt, dat is lastig. Je mag daar best "
      "iets op bedenken: een koptelefoon meenemen, even naar buiten gaan, of afspreken met je "
      "mama of papa dat je mag vertrekken als het te veel wordt.\n\n"
      "Wat denk je zelf dat zou helpen?\n\n"
      "Liefs,\n[[Anne]]",
      "Anne",
      quote=FWD_NL[8],
      vcard="BEGIN:VCARD\nVERSION:3.0\nN:[[Goossens]];[[Annelies]];;;\nFN:[[Annelies Goossens]]\n"
            "EMAIL;type=INTERNET;type=HOME;type=pref:[[annelies.goossens@skynet.example]]\n"
            "TEL;type=CELL;type=VOICE;type=pref:[[+32 472 90 18 36]]\n"
            "ADR;type=HOME;type=pref:;;[[Boomsesteenweg 212]];[[Wilrijk]];;[[2610]];België\n"
            "END:VCARD"),

    V("thunderbird-bottom-post", "thunderbird", "nl",
      ["bottom-posted", "quoted-history", "short-form-name", "sig-dash"],
      ("Pieter-Jan Maes", "pj.maes@posteo.example"),
      "Hallo {pseudonym},\n\n"
      "Dank je dat je dit durft te schrijven. Ik ben blij dat je het ons vertelt.\n\n"
      "Als het te veel wordt, kan je ook altijd bellen naar de Zelfmoordlijn op 1813, dag en "
      "nacht, of chatten via hun website. Dat is anoniem.\n\n"
      "Zijn er dingen die je al geprobeerd hebt in plaats van snijden, als het te veel wordt? "
      "Ijsblokjes vasthouden of heel hard lopen helpt sommige mensen.\n\n"
      "Ik denk aan je.\n[[PJ]]",
      "PJ",
      quote=FWD_NL[9], quote_pos="above",
      sig="[[Pieter-Jan Maes]]", sig_dash=True,
      identity=["posteo.example"]),

    V("hospital-owa-logo-attachment", "outlook_web", "nl",
      ["work-signature", "disclaimer", "logo", "logo-attachment", "quoted-history",
       "greets-pseudonym"],
      ("Hilde Wouters", "hilde.wouters@azgroeninge.example"),
      "Dag {pseudonym},\n\n"
      "Wat een lief en eerlijk bericht. Je wil je vriendin niet kwijt, en tegelijk wil je "
      "eerlijk zijn. Dat is niet makkelijk.\n\n"
      "Je mag haar gewoon zeggen wat je voelt: dat je heel blij bent met haar als vriendin, en "
      "dat je niet verliefd bent op haar. Een echte vriendschap kan zo'n gesprek aan, ook al "
      "is het even onwennig.\n\n"
      "Hoe denk je dat ze zou reageren?\n\n"
      "Groetjes,\n[[Hilde]]",
      "Hilde",
      quote=FWD_NL[10],
      sig="[[Hilde Wouters]]\nVerpleegkundige kinder- en jeugdpsychiatrie\n"
          "[[AZ Groeninge]] | [[Campus Kennedylaan]]\n[[Loofstraat 43, 8500 Kortrijk]]\n"
          "Tel. [[+32 (0)56 63 63 00]]\n\n"
          "Deze e-mail kan vertrouwelijke informatie bevatten en is uitsluitend bedoeld voor "
          "de geadresseerde. Indien u dit bericht verkeerdelijk ontving, gelieve de afzender "
          "te verwittigen en het bericht te verwijderen. Denk aan het milieu voor u dit "
          "bericht afdrukt.",
      logo=("AZ Groeninge logo", "attachment"),
      identity=["azgroeninge.example"]),

    V("gmail-ios-one-liner", "gmail_ios", "nl",
      ["very-short", "one-liner", "no-signature", "quoted-history"],
      ("Tom Dierckx", "tom.dierckx@gmail.example"),
      "Ik neem deze over, ik antwoord haar vanavond nog. [[Tom]]",
      "Tom",
      quote=FWD_NL[11],
      identity=[]),

    V("outlook-mac-sig-html-only", "v3vol_outlook_mac", "nl",
      ["sig-html-only", "work-signature", "quoted-history", "greets-pseudonym"],
      ("Sofie Lambrechts", "sofie.lambrechts@brabo-verzekeringen.example"),
      "Dag {pseudonym},\n\n"
      "Dat je ouders gaan scheiden is al zwaar genoeg. Als ze dan ook nog ruzie maken over "
      "jou, voelt het alsof je ertussen zit. Maar de scheiding is niet jouw schuld, en dat je "
      "gezegd hebt dat je lesbisch bent ook niet. Dat zijn twee aparte dingen.\n\n"
      "Heb je een plek waar je even rust hebt? Een vriendin, je kamer, de jeugdbeweging?\n\n"
      "Groetjes\n[[Sofie]]",
      "Sofie",
      quote=FWD_NL[11],
      sig="[[Sofie Lambrechts]]\nHR Business Partner\n[[Brabo Verzekeringen]]\n"
          "[[Diestsevest 112, 3000 Leuven]]\nM [[+32 475 11 82 64]]",
      sig_in="html",
      identity=["brabo-verzekeringen.example"]),

    V("proximus-bare-from-sig", "v3vol_proximus", "nl",
      ["no-display-name", "quoted-history", "signature-no-dash"],
      ("", "dries.vanacker@proximus.example"),
      "Beste {pseudonym}\n\n"
      "Bedankt voor je vraag. Over je naam op school: veel scholen gebruiken de naam die je "
      "zelf kiest als je dat met de directie of de zorgcoördinator bespreekt. In "
      "Smartschool kan je roepnaam vaak aangepast worden zonder dat je officiële papieren al "
      "veranderd zijn.\n\n"
      "Zou je het aandurven om dat aan één leerkracht te vragen die je vertrouwt?\n\n"
      "Vriendelijke groeten",
      "Dries",
      quote=FWD_NL[12],
      sig="[[Dries Van Acker]]\n[[Molenstraat 17]]\n[[2870 Puurs-Sint-Amands]]\n"
          "[[0495 30 71 42]]",
      identity=["Van Acker"]),

    V("telenet-webmail-long-warm", "telenet_webmail", "nl",
      ["long", "quoted-history", "greets-pseudonym", "thema"],
      ("Marijke Hermans", "marijke.hermans@telenet.example"),
      "Lieve {pseudonym},\n\n"
      "Je schrijft maar één woord, en toch hoor ik veel. Ik ben blij dat je het getypt hebt en "
      "op verzenden hebt gedrukt.\n\n"
      "Ik weet nog niet wat er aan de hand is, en dat hoeft ook niet meteen. Je mag schrijven "
      "in één zin, of in tien, of met alleen maar emoji. Wij lezen alles.\n\n"
      "Als je nu in gevaar bent of je jezelf iets wil aandoen, bel dan 112 of de "
      "Zelfmoordlijn op 1813. Als het niet dringend is maar wel zwaar, kan je ook altijd "
      "bij Awel terecht op 102.\n\n"
      "Ik wacht op je volgende mailtje. Neem je tijd.\n\n"
      "Een hele dikke knuffel\n[[Marijke]]\n\n"
      "<<#thema: welzijn>>",
      "Marijke",
      quote=FWD_NL[4]),

    V("outlook-android-company-disclaimer", "outlook_android", "nl",
      ["work-signature", "disclaimer", "client-line", "quoted-history"],
      ("Youssef Benali", "youssef.benali@vandewiele-logistics.example"),
      "Hoi {pseudonym}, sorry voor het late antwoord, ik zat op de baan.\n\n"
      "Dat je vrienden niet meer met je praten sinds je uit de kast kwam, dat is echt "
      "kl*te. Het zegt iets over hen, niet over jou.\n\n"
      "Zijn er plekken in je buurt waar je andere jongeren zoals jij kan leren kennen? Er "
      "bestaan holebi-jongerengroepen in bijna elke stad, ik kan er je een paar noemen als "
      "je zegt in welke regio je woont.\n\n"
      "Gr\n[[Youssef]]",
      "Youssef",
      quote=FWD_NL[13],
      sig="[[Youssef Benali]] | Transport Planner\n[[Vandewiele Logistics NV]]\n"
          "[[Industrieweg 24, 8800 Roeselare]] | T [[051 26 80 00]]\n\n"
          "This e-mail and any attachments are confidential and intended solely for the "
          "addressee. [[Vandewiele Logistics]] accepts no liability for the content of this "
          "e-mail.",
      identity=["vandewiele-logistics.example"]),

    V("yahoo-ios-short", "v3vol_yahoo_ios", "nl",
      ["client-line", "quoted-history", "short"],
      ("Elke De Clercq", "elke_declercq@yahoo.example"),
      "Dag {pseudonym}\n"
      "Wat spijtig van je oma. Zou je het aan iemand van je familie kunnen vragen om mee te "
      "gaan, zodat je niet alleen bent?\n"
      "Groetjes [[Elke]]",
      "Elke",
      quote=FWD_NL[8]),

    V("zimbra-school-athenee", "v3vol_zimbra", "nl",
      ["work-signature", "disclaimer", "school-account", "quoted-history", "greets-pseudonym"],
      ("Bart Willems", "bart.willems@atheneumlier.example"),
      "Dag {pseudonym},\n\n"
      "Dank je voor je mail. Pesten op de bus is even erg als pesten in de klas, en het is "
      "goed dat je het niet voor jezelf houdt.\n"
      "Zijn er volwassenen op de bus, of leerlingen uit een hogere klas, die je kunnen "
      "helpen? En weet je ouders of de school ervan?\n\n"
      "Met vriendelijke groeten,\n[[Bart]]",
      "Bart",
      quote=FWD_NL[1],
      sig="--\n[[Bart Willems]]\nleraar L.O. | [[GO! Atheneum Lier]]\n"
          "[[Frederik Peltzerstraat 24]] - [[2500 Lier]]\n[[03 480 08 52]]\n\n"
          "[[GO! onderwijs van de Vlaamse Gemeenschap]] - Dit bericht en eventuele bijlagen "
          "zijn vertrouwelijk.",
      identity=["atheneumlier.example"]),

    V("notes-hospital-long-disclaimer", "v3vol_notes", "nl",
      ["work-signature", "disclaimer", "quoted-history", "greets-pseudonym",
       "display-name-surname-first"],
      ("COPPENS Nathalie", "nathalie.coppens@uzleuven.example"),
      "Dag {pseudonym},\n\n"
      "Ik las dat je soms in je arm snijdt. Ik ben blij dat je het aan ons vertelt, want je "
      "zegt dat niemand het weet, en dat is een zware last om alleen te dragen.\n\n"
      "Zorg je goed voor de wondjes? Als een wonde diep is of niet stopt met bloeden, ga dan "
      "naar een dokter of de spoed. Dat is niet om je te straffen, maar om je te helpen.\n\n"
      "Je mag me vertellen wanneer het meestal te veel wordt. Dan kunnen we samen kijken wat "
      "helpt.\n\n"
      "Hartelijke groet,\n[[Nathalie]]",
      "Nathalie",
      quote=FWD_NL[9], subject="Antw: [{pseudonym}]",
      sig="[[Nathalie Coppens]]\nPsychologe | [[Dienst Kinder- en Jeugdpsychiatrie]]\n"
          "[[UZ Leuven]] – [[Campus Gasthuisberg]]\n[[Herestraat 121, 3000 Leuven]]\n"
          "tel. [[016 34 38 20]]\n\n"
          "UZ Leuven disclaimer: Dit bericht en alle bijlagen zijn uitsluitend bestemd voor "
          "de geadresseerde(n) en kunnen vertrouwelijke of medische informatie bevatten. "
          "Elke verspreiding of kopie is verboden.",
      identity=["uzleuven.example"]),

    V("fastmail-dutch-sig-dash", "v3vol_fastmail", "nl",
      ["sig-dash", "quoted-history", "own-name-in-text", "phone-in-sig"],
      ("Jan-Willem de Vries", "janwillem@devries.example"),
      "Hoi {pseudonym},\n\n"
      "Ik ben [[Jan-Willem]], ik woon al een paar jaar in België maar kom uit Utrecht, dus "
      "sorry als mijn Vlaams af en toe raar klinkt.\n\n"
      "Wat je schrijft over je twijfels, dat herken ik. Ik wist het zelf pas op mijn "
      "twintigste. Er is geen deadline om jezelf te begrijpen.\n\n"
      "Groet,\n[[JW]]",
      "Jan-Willem",
      quote=FWD_NL[2],
      sig="[[Jan-Willem de Vries]]\n[[+32 468 20 77 13]]",
      sig_dash=True,
      identity=["devries.example"]),

    V("gmail-android-polish-short-form", "gmail_android", "nl",
      ["short-form-name", "quoted-history", "emoji", "greets-pseudonym"],
      ("Ewa Kowalska", "ewa.kowalska@gmail.example"),
      "Hoi {pseudonym} 🙂\n\n"
      "Dat is echt een moeilijke keuze met je vriendin. Weet dat je niemand iets verschuldigd "
      "bent, ook niet als je haar graag ziet.\n\n"
      "Laat je iets weten? 💛\n[[Ewka]]",
      "Ewka",
      quote=FWD_NL[10]),

    V("spark-very-short", "v3vol_spark", "nl",
      ["very-short", "client-line", "quoted-history"],
      ("Kevin Mertens", "kevin@mertens-fotografie.example"),
      "Dag {pseudonym}, ben je er nog? We zijn hier als je wil praten. [[Kevin]]",
      "Kevin",
      quote=FWD_NL[4],
      identity=["mertens-fotografie.example"]),

    V("ipad-custom-client-line", "ipad", "nl",
      ["client-line", "quoted-history", "greets-pseudonym"],
      ("Ann-Sofie Vandamme", "annsofie.vandamme@icloud.example"),
      "Hoi {pseudonym},\n\n"
      "Veel jongeren die trans zijn of twijfelen beginnen met kleine stapjes: kort haar, "
      "andere kleren, een andere naam bij vrienden. Je mag zelf kiezen in welk tempo.\n\n"
      "Wil je eens vertellen wat jij als eerste stap zou willen?\n\n"
      "Groetjes,\n[[Ann-Sofie]]",
      "Ann-Sofie",
      quote=FWD_NL[6],
      client_line="Verstuurd vanaf mijn iPad (excuses voor de typfouten)"),

    V("huawei-tussentaal", "huawei", "nl",
      ["client-line", "tussentaal", "quoted-history", "no-punctuation"],
      ("Lotte Smeets", "lottesmeets@hotmail.example"),
      "Hey {pseudonym}\n\n"
      "Amai da klinkt echt zwaar met die ruzies thuis\n"
      "Ge moet weten da het ni aan u ligt, echt ni\n"
      "Kunde ergens efkes naartoe als het te veel wordt? Ne vriend of uw grootouders?\n\n"
      "[[Lotte]] x",
      "Lotte",
      quote=FWD_NL[11]),

    V("emclient-company-vcard", "v3vol_emclient", "nl",
      ["work-signature", "vcard", "quoted-history", "phone-in-sig"],
      ("Ruben Jacobs", "ruben.jacobs@stabilo-ingenieurs.example"),
      "Dag {pseudonym},\n\n"
      "Bedankt om ons te schrijven. Dat je je alleen voelt sinds je vrienden niet meer "
      "reageren, dat begrijp ik heel goed.\n"
      "Je bent niet alleen: er zijn veel jongeren die hetzelfde meegemaakt hebben en nu "
      "nieuwe vrienden gevonden hebben die hen nemen zoals ze zijn.\n\n"
      "Groeten,\n[[Ruben]]",
      "Ruben",
      quote=FWD_NL[13],
      sig="[[Ruben Jacobs]] ir.\nProjectingenieur stabiliteit\n[[Stabilo Ingenieurs bv]]\n"
          "[[Gouverneur Roppesingel 131, 3500 Hasselt]]\n"
          "T [[011 24 33 90]] - M [[0497 62 15 80]]\n[[www.stabilo-ingenieurs.example]]",
      vcard="BEGIN:VCARD\nVERSION:2.1\nN:[[Jacobs]];[[Ruben]]\nFN:[[Ruben Jacobs]]\n"
            "ORG:[[Stabilo Ingenieurs bv]]\nTITLE:Projectingenieur stabiliteit\n"
            "TEL;WORK;VOICE:[[011 24 33 90]]\nTEL;CELL;VOICE:[[0497 62 15 80]]\n"
            "EMAIL;PREF;INTERNET:[[ruben.jacobs@stabilo-ingenieurs.example]]\nEND:VCARD",
      identity=["stabilo-ingenieurs.example"]),

    V("k9-short-no-punctuation", "v3vol_k9", "nl",
      ["client-line", "quoted-history", "no-punctuation", "short", "bottom-posted"],
      ("Kobe Aerts", "kobe.aerts@kobeaerts.example"),
      "hey {pseudonym}\n"
      "da ge geen zin hebt in seks is helemaal ok\n"
      "laat u niks opdringen door uw vriendinnen\n"
      "groetjes [[Kobe]]",
      "Kobe",
      quote=FWD_NL[7], quote_pos="above",
      identity=["kobeaerts.example"]),

    V("windows-mail-warm", "windows_mail", "nl",
      ["client-line", "quoted-history", "greets-pseudonym", "own-name-in-text"],
      ("Emine Demir", "emine.demir@outlook.example"),
      "Hoi {pseudonym},\n\n"
      "Mijn naam is [[Emine]] en ik ben vrijwilliger bij Lumi. Ik las je mail en wou je eerst "
      "en vooral zeggen: wat knap dat je het aan je papa verteld hebt.\n\n"
      "Ik kom zelf uit een familie waar over zulke dingen niet gepraat werd, en bij mij heeft "
      "het ook een hele tijd geduurd voor mijn vader weer normaal deed. Het is niet makkelijk, "
      "maar het kan wel beteren.\n\n"
      "Heb je iemand bij wie je terecht kan zolang het thuis zo stil is?\n\n"
      "Veel liefs,\n[[Emine]]",
      "Emine",
      quote=FWD_NL[5]),

    V("accountancy-outlook-logo-attachment", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "logo", "logo-attachment", "quoted-history",
       "display-name-with-company"],
      ("Stijn Michiels | Fiduciaire Dewitte", "stijn.michiels@fiduciairedewitte.example"),
      "Beste {pseudonym},\n\n"
      "Bedankt voor je mail. Ik vind het heel goed dat je het opschrijft, ook al is het "
      "moeilijk om erover te praten.\n\n"
      "Als je wil, kan je ook eens langsgaan bij een JAC (Jongeren Advies Centrum) in je "
      "buurt. Daar kan je gratis en anoniem met iemand praten.\n\n"
      "Met vriendelijke groeten,\n[[Stijn]]",
      "Stijn",
      quote=FWD_NL[3],
      sig="[[Stijn Michiels]]\nAccountant – Belastingconsulent\n\n[[Fiduciaire Dewitte BV]]\n"
          "[[Brugsesteenweg 255]] | [[8500 Kortrijk]]\nT [[+32 56 21 44 90]]\n"
          "[[www.fiduciairedewitte.example]]\n\n"
          "Dit bericht is vertrouwelijk en kan informatie bevatten die onder het beroepsgeheim "
          "valt. Indien u niet de bestemmeling bent, verzoeken wij u de afzender te verwittigen "
          "en het bericht te vernietigen. [[Fiduciaire Dewitte BV]] – BTW BE 0456.789.123 – "
          "RPR Gent, afdeling Kortrijk.",
      logo=("Fiduciaire Dewitte", "attachment"),
      identity=["fiduciairedewitte.example", "BE 0456.789.123"]),

    V("gmail-web-no-quote-student", "gmail_web", "nl",
      ["no-quote", "signature-no-dash", "greets-pseudonym"],
      ("Hanne Bogaert", "hanne.bogaert@gmail.example"),
      "Hoi {pseudonym}\n\n"
      "Ik wou je nog even laten weten dat ik je vorige mail goed gelezen heb en dat ik er "
      "morgen uitgebreid op antwoord. Ik zit in de examens dus het is wat drukker, sorry!\n\n"
      "Tot snel",
      "Hanne",
      quote_style="none",
      sig="[[Hanne Bogaert]]\nStudente toegepaste psychologie"),

    V("apple-mail-short-form-rik", "apple_mail", "nl",
      ["short-form-name", "quoted-history", "signature-no-dash", "phone-in-sig"],
      ("Hendrik Pauwels", "hendrik.pauwels@me.example"),
      "Dag {pseudonym},\n\n"
      "Ik ben [[Rik]], ik ben vijftig en zelf homo. Toen ik zestien was had niemand het daar "
      "over, dus ik ben blij dat jij wel iemand zoekt om mee te praten.\n\n"
      "Dat je op meisjes valt is goed zoals het is. Je mama heeft misschien tijd nodig, maar "
      "dat wil niet zeggen dat ze het nooit zal begrijpen.\n\n"
      "Groeten,\n[[Rik]]",
      "Rik",
      sig="[[Rik Pauwels]]\n[[0474 08 19 55]]"),

    V("iphone-vanop-short-form", "iphone", "nl",
      ["client-line", "short-form-name", "quoted-history", "tussentaal"],
      ("Liesbeth Cools", "liesbethcools@icloud.example"),
      "Dag {pseudonym}\n\n"
      "Da is echt ni fijn van die klas. Ge verdient da ni.\n"
      "Kan ge er met iemand van thuis over praten?\n\n"
      "Groetjes\n[[Lies]]",
      "Lies",
      quote=FWD_NL[1],
      client_line="Verstuurd vanop mijn iPhone"),

    V("ocmw-owa-second-address", "outlook_web", "nl",
      ["work-signature", "disclaimer", "second-address", "quoted-history", "greets-pseudonym",
       "display-name-surname-first"],
      ("Dewulf Saskia", "saskia.dewulf@ocmwkortrijk.example"),
      "Dag {pseudonym},\n\n"
      "Dank je om terug te schrijven. Het is fijn dat de ergste nachten wat voorbij zijn.\n\n"
      "Over je oma: je mag grenzen stellen, ook bij familie. Je kan zeggen \"oma, dat doet "
      "me pijn\" en dan van onderwerp veranderen.\n\n"
      "(Voor de coördinatie: ik antwoord nu vanaf mijn werk, mijn gewone adres is "
      "[[saskia.dewulf@telenet.example]], stuur de volgende mails van dit gesprek liever "
      "daarnaar.)\n\n"
      "Groetjes,\n[[Saskia]]",
      "Saskia",
      quote=FWD_NL[8],
      sig="[[Saskia Dewulf]]\nMaatschappelijk assistent – [[Dienst Schuldbemiddeling]]\n"
          "[[OCMW Kortrijk]]\n[[Budastraat 27, 8500 Kortrijk]]\n[[056 24 08 71]]\n\n"
          "Disclaimer: de informatie in deze e-mail is vertrouwelijk en uitsluitend bestemd "
          "voor de geadresseerde.",
      identity=["ocmwkortrijk.example"]),

    V("samsung-custom-client-line", "samsung", "nl",
      ["very-short", "client-line", "quoted-history", "emoji"],
      ("Gert Huysmans", "gert.huysmans@skynet.example"),
      "Hou je taai {pseudonym}!! We zijn er voor jou 💪",
      "Gert",
      quote=FWD_NL[4],
      client_line="Verzonden vanaf mijn Samsung Galaxy smartphone."),

    V("gmail-android-tussentaal-no-quote", "gmail_android", "nl",
      ["no-quote", "tussentaal", "emoji", "no-punctuation"],
      ("Nadia Bouzid", "nadia.bouzid93@gmail.example"),
      "heyy {pseudonym}\n\n"
      "kheb uw bericht gelezen en amai ge zijt echt sterk om da allemaal te schrijven 🥺\n"
      "kzou zeggen probeer efkes met uw mentor te praten op school, die mag da ni zomaar "
      "doorvertellen\n"
      "en anders schrijfde gewoon terug hier\n\n"
      "dikke knuffel 🤗\n"
      "[[Nadia]]",
      "Nadia",
      quote_style="none"),

    V("primary-school-outlook-logo-inline", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "logo", "school-account", "quoted-history",
       "greets-pseudonym"],
      ("Mieke Stevens", "mieke.stevens@vbsdeklimop.example"),
      "Dag {pseudonym},\n\n"
      "Wat verdrietig dat je vrienden niet meer met je praten. Uit de kast komen is dapper, "
      "en het is oneerlijk dat je daar nu alleen voor staat.\n\n"
      "Er bestaan jongerengroepen waar je andere jongeren kan ontmoeten die hetzelfde "
      "meemaken. Wil je dat ik er een paar opzoek in jouw buurt?\n\n"
      "Vriendelijke groet,\n[[juf Mieke]]",
      "Mieke",
      quote=FWD_NL[13],
      sig="[[Mieke Stevens]]\nZorgcoördinator\n[[Vrije Basisschool De Klimop]]\n"
          "[[Dorpsstraat 12, 3590 Diepenbeek]]\n[[011 32 18 40]]\n\n"
          "Deze e-mail is enkel bestemd voor de geadresseerde. Gelieve geen leerlingen- of "
          "oudergegevens door te sturen naar dit adres.",
      logo=("Logo VBS De Klimop", "inline"),
      identity=["vbsdeklimop.example"]),

    V("gmail-ios-thema-end-of-sentence", "gmail_ios", "nl",
      ["quoted-history", "thema", "greets-pseudonym"],
      ("Lukas Wuyts", "lukas.wuyts@gmail.example"),
      "Hoi {pseudonym},\n\n"
      "Bedankt voor je eerlijke mail. Je hoeft niet meteen een label te kiezen: aseksueel, "
      "of gewoon nog geen zin, het is allebei oké. Neem de tijd om te voelen wat bij jou "
      "past. <<#thema: relaties>>\n\n"
      "Groetjes,\n[[Lukas]]",
      "Lukas",
      quote=FWD_NL[7]),

    V("roundcube-university-sig-dash", "webmail", "nl",
      ["sig-dash", "work-signature", "quoted-history", "phone-in-sig"],
      ("Sarah Vlaeminck", "sarah.vlaeminck@hogeschoolscheldeland.example"),
      "Dag {pseudonym},\n\n"
      "Het is goed dat je schrijft, ook al is het maar één woord. Je hoeft niet meteen alles "
      "uit te leggen.\n\n"
      "Als je wil, kan je ook chatten met Awel (102), elke dag vanaf 17 uur.\n\n"
      "Groetjes,\n[[Sarah]]",
      "Sarah",
      quote=FWD_NL[4],
      sig="[[Sarah Vlaeminck]]\nPraktijklector sociaal werk\n[[Hogeschool Scheldeland]] – "
          "[[campus Dendermonde]]\n[[Kapelstraat 8, 9200 Dendermonde]]\n[[052 21 70 09]]",
      sig_dash=True,
      identity=["hogeschoolscheldeland.example"]),

    V("blackberry-police-custom-line", "blackberry", "nl",
      ["work-signature", "disclaimer", "client-line", "quoted-history"],
      ("Dirk Van Hecke", "dirk.vanhecke@pzrupel.example"),
      "Dag {pseudonym},\n\n"
      "Bedankt voor je bericht. Wat op de bus gebeurt is niet oké. Als ze je ook fysiek "
      "lastigvallen of bedreigen, mag je dat altijd melden, ook als je minderjarig bent.\n\n"
      "Praat er ook over met iemand op school, zij kunnen met de busmaatschappij contact "
      "opnemen.\n\n"
      "Groeten,\n[[Dirk]]",
      "Dirk",
      quote=FWD_NL[1],
      client_line="Verzonden vanaf mijn BlackBerry 10-smartphone.",
      sig="[[Inspecteur D. Van Hecke]]\n[[Politiezone Rupel]] – [[Wijkdienst Boom]]\n"
          "[[Hoek 76, 2850 Boom]]\n[[03 880 98 00]]\n\n"
          "Dit bericht kan vertrouwelijke informatie bevatten. Indien u niet de bestemmeling "
          "bent, gelieve het onmiddellijk te verwijderen.",
      identity=["pzrupel.example"]),

    V("outlook-ios-private-short", "outlook_mobile", "nl",
      ["client-line", "quoted-history", "short"],
      ("Inge Segers", "inge.segers@outlook.example"),
      "Dag {pseudonym}, ik ben blij dat het iets beter gaat! Laat je weten hoe het bij je oma "
      "was? Groetjes, [[Inge]]",
      "Inge",
      quote=FWD_NL[8]),

    V("thunderbird-sig-dash-address", "thunderbird", "nl",
      ["sig-dash", "quoted-history", "phone-in-sig", "street-in-sig"],
      ("Arne De Backer", "arne@debacker.example"),
      "Hallo {pseudonym},\n\n"
      "Bedankt voor je mail. Voor je naam op school: vraag eens aan je leerlingenbegeleider "
      "of ze je roepnaam in de klaslijsten en in Smartschool kunnen aanpassen. Bij veel "
      "scholen kan dat al zonder papieren.\n\n"
      "Succes, en laat maar weten hoe het ging.\n"
      "[[Arne]]",
      "Arne",
      quote=FWD_NL[12],
      sig="[[Arne De Backer]]\n[[Kouter 14 bus 2]]\n[[9000 Gent]]\ngsm: [[0489 77 21 36]]\n"
          "pgp: [[4F2A 9C31 0B7E 55D0]]",
      sig_dash=True,
      identity=["debacker.example"]),

    V("telenet-html-only-short-form", "telenet_webmail", "nl",
      ["html-only", "short-form-name", "quoted-history", "greets-pseudonym"],
      ("Katrijn Vercammen", "katrijn.vercammen@telenet.example"),
      "Dag {pseudonym},\n\n"
      "Wat goed dat je je vriendin niet kwijt wil. Je mag eerlijk zijn én lief tegelijk.\n\n"
      "Misschien kan je het zo zeggen: \"Ik zie jou echt graag, maar niet op die manier.\"\n\n"
      "Liefs,\n[[Kaat]]",
      "Kaat",
      quote=FWD_NL[10],
      html="only"),

    V("owa-it-company-banner", "outlook_web", "nl",
      ["work-signature", "disclaimer", "logo", "quoted-history"],
      ("Thomas Lenaerts", "thomas.lenaerts@cloudwijs.example"),
      "Hoi {pseudonym},\n\n"
      "Slecht slapen na een breuk, dat kennen veel mensen. Je bent niet raar en je bent niet "
      "alleen.\n\n"
      "Wat mij hielp toen ik het zelf meemaakte: alles opschrijven voor ik ging slapen, en "
      "mijn gsm 's nachts buiten mijn kamer leggen.\n\n"
      "Groeten\n[[Thomas]]",
      "Thomas",
      quote=FWD_NL[3],
      sig="[[Thomas Lenaerts]]\nCloud Engineer\n[[Cloudwijs NV]] | [[Ter Waarde 50, 8900 Ieper]]\n"
          "[[+32 57 20 11 86]] | [[www.cloudwijs.example]]\n\n"
          "The information in this e-mail is confidential and may be legally privileged. "
          "It is intended solely for the addressee.",
      logo=("Cloudwijs - Your cloud, our care", "inline"),
      identity=["cloudwijs.example"]),

    V("yahoo-android-long-rambling", "yahoo", "nl",
      ["client-line", "quoted-history", "long", "own-name-in-text", "greets-pseudonym"],
      ("Joke Van Laere", "jokevanlaere@yahoo.example"),
      "Dag {pseudonym}\n\n"
      "Ik ben [[Joke]] en ik ben al een paar jaar vrijwilliger bij Lumi. Ik heb je mail gelezen "
      "en ik moest er de hele dag aan denken, want ik weet nog goed hoe het was toen mijn eigen "
      "ouders gingen scheiden, ik was toen ongeveer zo oud als jij denk ik.\n"
      "Wat ik toen niet wist en wat ik je nu wil zeggen: als ouders ruzie maken over hun "
      "kinderen, gaat het eigenlijk bijna altijd over hun eigen verdriet en boosheid. Niet over "
      "wat jij gedaan hebt. En zeker niet over het feit dat je lesbisch bent.\n"
      "Je schrijft \"alles is mijn schuld\". Dat is het niet. Echt niet.\n"
      "Ik weet niet of je een broer of zus hebt, of een tante of een grootouder bij wie je "
      "terecht kan? Soms helpt het om gewoon een weekend ergens anders te zijn.\n"
      "En als het thuis echt niet meer gaat, kan je ook bellen naar Awel op 102, dat is gratis "
      "en je hoeft je naam niet te zeggen.\n"
      "Schrijf je nog eens terug? Ik ben benieuwd hoe het met je gaat.\n\n"
      "Een warme groet\n[[Joke]]",
      "Joke",
      quote=FWD_NL[11]),

    V("gmail-web-initial-only", "gmail_web", "nl",
      ["very-short", "quoted-history", "initial-signature"],
      ("Hamza Ouali", "hamza.ouali@gmail.example"),
      "Dag {pseudonym}, dank je voor je vertrouwen. Je bent welkom zoals je bent.\n[[H.]]",
      "Hamza",
      quote=FWD_NL[0]),

    V("outlook-desktop-dash-and-disclaimer", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "quoted-history", "sig-dash", "greets-pseudonym"],
      ("Wim Verhaegen", "wim.verhaegen@verhaegenbouw.example"),
      "Dag {pseudonym},\n\n"
      "Het is helemaal niet raar om je niet thuis te voelen in je lichaam. Praat erover met "
      "wie je vertrouwt, en weet dat er ook gespecialiseerde hulp bestaat voor jongeren die "
      "twijfelen over hun gender.\n\n"
      "Groet,\n[[Wim]]",
      "Wim",
      quote=FWD_NL[6],
      sig="[[Wim Verhaegen]]\nZaakvoerder\n[[Verhaegen Bouw & Renovatie bv]]\n"
          "[[Steenweg op Aalst 301, 9400 Ninove]]\nGSM [[0476 44 19 82]]\n\n"
          "Deze e-mail en eventuele bijlagen zijn vertrouwelijk. Heeft u dit bericht per "
          "vergissing ontvangen, gelieve de afzender te verwittigen.",
      sig_dash=True,
      identity=["verhaegenbouw.example"]),

    # ------------------------------------------------------------ French
    V("cpas-outlook-logo-disclaimer-fr", "outlook_desktop", "fr",
      ["work-signature", "disclaimer", "logo", "quoted-history", "greets-pseudonym", "long"],
      ("Amandine Lefèbvre", "amandine.lefebvre@cpasnamur.example"),
      "Bonjour {pseudonym},\n\n"
      "Merci beaucoup pour ton message. Ce n'est pas facile d'écrire tout ça, et tu l'as fait.\n\n"
      "Être gay, ce n'est ni une maladie ni une faute. Tu n'as pas à le dire à tes parents "
      "tant que tu ne te sens pas prêt. Les blagues de ton père font mal, je comprends, mais "
      "elles ne disent rien sur ta valeur.\n\n"
      "Est-ce qu'il y a un adulte autour de toi à qui tu fais confiance ? Un prof, un "
      "éducateur, quelqu'un de ta famille ?\n\n"
      "N'hésite pas à nous réécrire.\n\n"
      "Bien à toi,\n[[Amandine]]",
      "Amandine",
      quote=FWD_FR[0], note_lang="fr", subject="RE : [{pseudonym}]",
      sig="[[Amandine Lefèbvre]]\nAssistante sociale – [[Service Jeunesse]]\n"
          "[[CPAS de Namur]]\n[[Rue de Dave 165, 5100 Jambes]]\n"
          "Tél. : [[081 33 70 42]] – GSM : [[0472 18 59 03]]\n\n"
          "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au(x) "
          "destinataire(s). Si vous avez reçu ce message par erreur, merci d'en avertir "
          "l'expéditeur et de le supprimer.",
      logo=("CPAS de Namur", "inline"),
      identity=["cpasnamur.example", "Lefebvre"]),

    V("gmail-web-fr-short", "gmail_web", "fr",
      ["short", "quoted-history", "no-signature"],
      ("Julien Dubois", "julien.dubois.75@gmail.example"),
      "Salut {pseudonym},\n\n"
      "Non, ce n'est pas grave du tout. Beaucoup de jeunes se posent cette question. Tu as le "
      "temps de trouver ce qui te correspond.\n\n"
      "Tu veux m'en dire un peu plus ?\n\n"
      "[[Julien]]",
      "Julien",
      quote=FWD_FR[1]),

    V("iphone-fr-quoted", "iphone", "fr",
      ["client-line", "quoted-history", "greets-pseudonym"],
      ("Céline Marchal", "celine.marchal@icloud.example"),
      "Coucou {pseudonym},\n\n"
      "Ce que tu vis dans le bus, c'est du harcèlement, et tu n'as pas à le supporter. Parles-"
      "en à quelqu'un à l'école, ou à tes parents si tu peux.\n\n"
      "Tu peux aussi appeler Écoute-Enfants au 103, c'est gratuit et anonyme.\n\n"
      "Bisous\n[[Céline]]",
      "Céline",
      quote=FWD_FR[2], note_lang="fr",
      identity=["Celine"]),

    V("samsung-fr-emoji", "samsung", "fr",
      ["client-line", "quoted-history", "emoji", "short"],
      ("Aurélie Dumont", "aurelie.dumont@skynet.example"),
      "Coucou {pseudonym} 😊\n"
      "Être amoureuse de sa meilleure amie, ça arrive tellement souvent ! Tu n'es pas "
      "obligée de lui dire tout de suite.\n"
      "Prends soin de toi 💜\n"
      "[[Aurélie]]",
      "Aurélie",
      quote=FWD_FR[3]),

    V("outlook-ios-fr-company", "outlook_mobile", "fr",
      ["client-line", "work-signature", "disclaimer", "quoted-history"],
      ("Karim Haddad", "karim.haddad@meuse-logistique.example"),
      "Bonjour {pseudonym},\n\n"
      "Je lis ton message entre deux réunions, mais je voulais te répondre tout de suite : "
      "ce n'est pas à toi d'avoir honte. Tes parents ont peut-être besoin de temps, mais toi "
      "tu as le droit d'être qui tu es.\n\n"
      "Je te réécris ce soir plus longuement.\n"
      "[[Karim]]",
      "Karim",
      quote=FWD_FR[0],
      sig="[[Karim Haddad]]\nResponsable d'exploitation\n[[Meuse Logistique SA]]\n"
          "[[Quai de Sclessin 12, 4000 Liège]]\n[[+32 4 252 60 18]]\n\n"
          "Ce courriel et toute pièce jointe sont confidentiels. Toute diffusion non autorisée "
          "est interdite.",
      identity=["meuse-logistique.example"]),

    V("apple-mail-fr-vcard", "apple_mail", "fr",
      ["vcard", "quoted-history", "greets-pseudonym"],
      ("Sophie Gérard", "sophie.gerard@me.example"),
      "Bonjour {pseudonym},\n\n"
      "Merci pour ta confiance. Ne pas savoir si on est une fille ou un garçon, ce n'est pas "
      "grave, et ce n'est pas une maladie. Certaines personnes ne se sentent ni l'un ni "
      "l'autre, et c'est OK aussi.\n\n"
      "Tu as quel âge, si tu veux bien me le dire ?\n\n"
      "Belle journée,\n[[Sophie]]",
      "Sophie",
      quote=FWD_FR[1], note_lang="fr",
      vcard="BEGIN:VCARD\nVERSION:3.0\nN:[[Gérard]];[[Sophie]];;;\nFN:[[Sophie Gérard]]\n"
            "EMAIL;type=INTERNET;type=HOME;type=pref:[[sophie.gerard@me.example]]\n"
            "TEL;type=CELL;type=VOICE;type=pref:[[+32 498 12 77 40]]\nEND:VCARD",
      identity=["Gerard"]),

    V("proton-fr-short-form", "proton", "fr",
      ["client-line", "short-form-name", "quoted-history"],
      ("Nicolas Lejeune", "nicolas.lejeune@proton.example"),
      "Salut {pseudonym},\n\n"
      "Tomber amoureuse de sa meilleure amie, c'est fréquent et c'est beau, même si ça fait "
      "peur. Tu n'as rien gâché en ressentant ça.\n\n"
      "À bientôt,\n[[Nico]]",
      "Nico",
      quote=FWD_FR[3]),

    V("orange-webmail-fr-long-warm", "v3vol_orange", "fr",
      ["long", "quoted-history", "greets-pseudonym", "own-name-in-text", "short-form-name",
       "phone-in-text"],
      ("Marie-Claire Delvaux", "mc.delvaux@orange.example"),
      "Bonjour {pseudonym},\n\n"
      "Je m'appelle [[Marie-Claire]], je suis bénévole chez Lumi depuis longtemps et j'ai "
      "moi-même trois petits-enfants à peu près de ton âge.\n\n"
      "Ce que tu racontes sur le bus m'a beaucoup touchée. Personne ne mérite d'être insulté "
      "tous les jours. Ce n'est pas de ta faute, et ce n'est pas à toi de changer.\n\n"
      "Il existe des choses à faire : en parler à l'éducateur ou au directeur de ton école, "
      "qui ont le devoir d'agir ; noter ce qui se passe, les jours et les mots ; et si tu "
      "peux, t'asseoir près du chauffeur.\n\n"
      "Et si un jour c'est trop lourd, Écoute-Enfants répond au 103, jour et nuit. Et si tu "
      "préfères parler plutôt qu'écrire, tu peux m'appeler au [[0477 31 62 08]] en journée.\n\n"
      "Je pense bien à toi et j'attends de tes nouvelles.\n\n"
      "Affectueusement,\n[[MC]]",
      "Marie-Claire",
      quote=FWD_FR[2], note_lang="fr",
      identity=["orange.example"]),

    V("gmail-android-fr-no-quote", "gmail_android", "fr",
      ["no-quote", "short", "greets-pseudonym"],
      ("Patience Mbuyi", "patience.mbuyi@gmail.example"),
      "Bonsoir {pseudonym},\n\n"
      "Je voulais juste te dire que ton message a bien été lu et que je te réponds demain "
      "matin. Tu n'es pas seul.\n\n"
      "[[Patience M.]]",
      "Patience",
      quote_style="none"),

    V("zimbra-athenee-fr", "v3vol_zimbra", "fr",
      ["work-signature", "disclaimer", "school-account", "quoted-history", "greets-pseudonym"],
      ("Laetitia Collignon", "laetitia.collignon@arhuy.example"),
      "Bonjour {pseudonym},\n\n"
      "Je suis désolée pour ce que tu vis dans le bus. Ton école a le devoir de te protéger, "
      "même en dehors des cours. N'hésite pas à en parler à ton titulaire ou au CPMS.\n\n"
      "Courage,\n[[Laetitia]]",
      "Laetitia",
      quote=FWD_FR[2], note_lang="fr",
      sig="[[Laetitia Collignon]]\nProfesseure de français – [[Athénée Royal de Huy]]\n"
          "[[Avenue Delchambre 14, 4500 Huy]]\n[[085 21 47 90]]\n\n"
          "Ce courriel peut contenir des informations confidentielles. Si vous n'en êtes pas "
          "le destinataire, veuillez le détruire.",
      identity=["arhuy.example"]),

    V("huawei-fr-sms-style", "huawei", "fr",
      ["client-line", "quoted-history", "no-punctuation", "short"],
      ("Chloé Martin", "chloe.martin@hotmail.example"),
      "coucou {pseudonym}\n"
      "c pas grave du tout de pas savoir\n"
      "prends ton temps et écris nous quand tu veux\n"
      "[[Chloé]]",
      "Chloé",
      quote=FWD_FR[1],
      identity=["Chloe"]),

    V("outlook-android-chu-fr", "outlook_android", "fr",
      ["client-line", "work-signature", "disclaimer", "quoted-history", "phone-in-sig"],
      ("LUKUSA Yannick", "yannick.lukusa@chu-charleroi.example"),
      "Bonjour {pseudonym},\n\n"
      "Merci pour ton courage. Tu n'as pas à dire à tes parents que tu es gay avant d'être "
      "prêt, et surtout pas si tu ne te sens pas en sécurité à la maison.\n\n"
      "Prends soin de toi,\n[[Yannick]]",
      "Yannick",
      quote=FWD_FR[0],
      sig="[[Dr Yannick Lukusa]]\nMédecin assistant – [[Service de pédiatrie]]\n"
          "[[CHU de Charleroi]] – [[Site Marie Curie]]\n[[Chaussée de Bruxelles 140, 6042 "
          "Lodelinsart]]\nBip [[4417]] – Tél. [[071 92 33 10]]\n\n"
          "Les informations contenues dans ce courriel sont strictement confidentielles et "
          "soumises au secret médical.",
      identity=["chu-charleroi.example"]),

    V("roundcube-fr-sig-dash", "webmail", "fr",
      ["sig-dash", "quoted-history", "phone-in-sig", "bottom-posted"],
      ("Olivier Piette", "olivier@piette-avocat.example"),
      "Bonjour {pseudonym},\n\n"
      "Dire à quelqu'un qu'on l'aime, c'est prendre un risque, c'est vrai. Mais une vraie "
      "amitié survit souvent à ce genre de conversation.\n\n"
      "Tu as envie de lui dire, ou plutôt de garder ça pour toi pour l'instant ?\n\n"
      "Cordialement,\n[[Olivier]]",
      "Olivier",
      quote=FWD_FR[3], note_lang="fr", quote_pos="above",
      sig="Me [[Olivier Piette]]\nAvocat au barreau de Mons\n[[Rue des Marcottes 9, 7000 Mons]]\n"
          "[[065 84 12 30]]",
      sig_dash=True,
      identity=["piette-avocat.example"]),

    V("ipad-fr-second-address", "ipad", "fr",
      ["client-line", "second-address", "quoted-history"],
      ("Inès Benhaddou", "ines.benhaddou@icloud.example"),
      "Bonjour {pseudonym},\n\n"
      "Merci pour ton message. Je comprends que ce soit difficile avec ton père. Tu n'as pas à "
      "tout lui dire maintenant.\n\n"
      "(Petite note pour l'équipe : je n'ai pas accès à cette adresse au travail, vous "
      "pouvez aussi m'écrire sur [[ines.b@outlook.example]].)\n\n"
      "Douce soirée,\n[[Inès]]",
      "Inès",
      quote=FWD_FR[0],
      identity=["Ines"]),

    V("emclient-fr-brussels", "v3vol_emclient", "fr",
      ["work-signature", "quoted-history", "greets-pseudonym", "mixed-language",
       "sig-html-only"],
      ("François Hubert", "f.hubert@hubert-architectes.example"),
      "Bonjour {pseudonym},\n\n"
      "Ton message m'a touché. Ce n'est pas toi le problème, ce sont ceux qui t'insultent.\n\n"
      "Si tu habites à Bruxelles, il y a aussi des groupes de jeunes LGBTQIA+ où tu peux "
      "rencontrer d'autres jeunes, en français ou en néerlandais. Et si tu préfères : ik "
      "spreek ook Nederlands, schrijf gerust in de taal die je wil.\n\n"
      "Bien à toi,\n[[François]]",
      "François",
      quote=FWD_FR[2],
      sig="[[François Hubert]] | Architecte associé\n[[Hubert & Vanderstraeten Architectes]]\n"
          "[[Rue Van Artevelde 33, 1000 Bruxelles]]\n[[+32 2 511 38 72]]",
      sig_in="html",
      identity=["hubert-architectes.example"]),

    # ------------------------------------------------------------ English
    V("gmail-web-en-warm", "gmail_web", "en",
      ["quoted-history", "greets-pseudonym", "long", "own-name-in-text"],
      ("Rachel Thompson", "rachel.thompson@gmail.example"),
      "Hi {pseudonym},\n\n"
      "I'm [[Rachel]], one of the volunteers at Lumi. I moved to Belgium myself when I was a "
      "teenager, so I know how lonely it can feel when you don't know anyone yet.\n\n"
      "Being bi is completely okay, and you don't have to have it all figured out. It's also "
      "okay not to tell your parents until you feel safe doing so.\n\n"
      "There are youth groups in most Belgian cities where people speak English too. If you "
      "tell me roughly where you live, I can look some up for you.\n\n"
      "Take care,\n[[Rachel]]",
      "Rachel",
      quote=FWD_EN[0], note_lang="en"),

    V("iphone-en-short-form", "iphone", "en",
      ["client-line", "short-form-name", "quoted-history", "short"],
      ("David O'Connor", "david.oconnor@icloud.example"),
      "Hey {pseudonym}, really sorry to hear about your friends. You didn't do anything wrong "
      "by coming out. Write back whenever you like.\n\n[[Dave]]",
      "Dave",
      quote=FWD_EN[2],
      identity=["OConnor"]),

    V("outlook-en-company-disclaimer-logo", "outlook_desktop", "en",
      ["work-signature", "disclaimer", "logo", "quoted-history", "greets-pseudonym",
       "phone-in-sig"],
      ("Priya Natarajan", "priya.natarajan@northgate-consulting.example"),
      "Dear {pseudonym},\n\n"
      "Thank you for writing to us. Having teachers use your old name must be exhausting and "
      "hurtful, and you're right to ask about it.\n\n"
      "Many Belgian schools will use your chosen name in class lists and on Smartschool if "
      "you or a parent ask the pupil support team (leerlingenbegeleiding). Your legal name "
      "doesn't need to change first.\n\n"
      "Would it help if I wrote down what you could say to them?\n\n"
      "Kind regards,\n[[Priya]]",
      "Priya",
      quote=FWD_EN[1], note_lang="en",
      sig="[[Priya Natarajan]]\nSenior Consultant, People & Change\n"
          "[[Northgate Consulting Belgium]]\n[[Avenue Louise 326, 1050 Brussels]]\n"
          "Direct: [[+32 2 640 18 77]] | Mobile: [[+32 470 55 93 21]]\n\n"
          "This message (including any attachments) is confidential and may be privileged. "
          "If you have received it by mistake please notify the sender by return e-mail and "
          "delete this message from your system. [[Northgate Consulting]] accepts no "
          "liability for any damage caused by viruses transmitted by this e-mail.",
      logo=("Northgate Consulting", "inline"),
      identity=["northgate-consulting.example"]),

    V("apple-mail-en-short-form", "apple_mail", "en",
      ["short-form-name", "quoted-history", "signature-no-dash"],
      ("James Whitfield", "james.whitfield@me.example"),
      "Hi {pseudonym},\n\n"
      "Moving country and figuring out you're bi at the same time is a lot. Be kind to "
      "yourself.\n\n"
      "Is there anything you enjoy doing, sport or music or gaming? Clubs can be a good way "
      "to meet people here, even if your Dutch or French isn't great yet.\n\n"
      "Cheers,\n[[Jim]]",
      "Jim",
      quote=FWD_EN[0],
      sig="[[James \"Jim\" Whitfield]]\n[[+44 7700 900418]]"),

    V("spark-en-very-short", "v3vol_spark", "en",
      ["very-short", "client-line", "quoted-history"],
      ("Emma Clarke", "emma.clarke@clarkeandco.example"),
      "I'm here if you want to talk more {pseudonym}. You're not alone. x",
      "Emma",
      quote=FWD_EN[2],
      identity=["clarkeandco.example"]),

    V("fastmail-en-sig-dash", "v3vol_fastmail", "en",
      ["sig-dash", "quoted-history", "greets-pseudonym", "phone-in-sig"],
      ("Hannah Becker", "hannah@becker.example"),
      "Hello {pseudonym},\n\n"
      "It's really good that you're asking about this. Your teachers should use the name you "
      "go by, and you're allowed to remind them.\n\n"
      "Is there one teacher you trust who could help tell the others?\n\n"
      "Best,\n[[Hannah]]",
      "Hannah",
      quote=FWD_EN[1], note_lang="en",
      sig="[[Hannah Becker]]\n[[+32 485 60 27 14]]\n[[she/her]]",
      sig_dash=True,
      identity=["becker.example"]),

    V("outlook-ios-en-european-school", "outlook_mobile", "en",
      ["client-line", "work-signature", "disclaimer", "school-account", "quoted-history"],
      ("OKAFOR Michael", "michael.okafor@eursc-woluwe.example"),
      "Hi {pseudonym},\n\n"
      "Thanks for reaching out. I work at a school myself, and I can tell you that most "
      "teachers want to get it right, they just need to be told. You could ask your "
      "counsellor to send a short note to all your teachers.\n\n"
      "Best wishes,\n[[Michael]]",
      "Michael",
      quote=FWD_EN[1],
      sig="[[Michael Okafor]]\nSecondary Counsellor\n[[International School Woluwe]]\n"
          "[[Avenue Ariane 21, 1200 Woluwe-Saint-Lambert]]\n[[+32 2 774 22 65]]\n\n"
          "This email and any files transmitted with it are confidential and intended solely "
          "for the use of the individual to whom they are addressed.",
      identity=["eursc-woluwe.example"]),

    V("gmail-android-en-one-liner", "gmail_android", "en",
      ["very-short", "one-liner", "quoted-history", "no-punctuation"],
      ("Laura Bennett", "laura.bennett88@gmail.example"),
      "you did nothing wrong {pseudonym} and you deserve friends who accept you",
      "Laura",
      quote=FWD_EN[2]),

    V("samsung-en-short-form", "samsung", "en",
      ["client-line", "short-form-name", "quoted-history"],
      ("Christopher Morgan", "chris.morgan@telenet.example"),
      "Hi {pseudonym},\n"
      "Being bi is nothing to be ashamed of, religious parents or not. Lots of people from "
      "religious families find their way, and some parents come round in time.\n"
      "Take it one step at a time.\n"
      "[[Chris]]",
      "Chris",
      quote=FWD_EN[0]),

    V("proton-en-no-quote", "proton", "en",
      ["client-line", "no-quote", "greets-pseudonym", "own-name-in-text"],
      ("Grace Mensah", "grace.mensah@proton.example"),
      "Hi {pseudonym},\n\n"
      "This is [[Grace]] again, following up on my message from Monday. I just wanted to check "
      "in and see how things are at school this week. No pressure to answer.\n\n"
      "Warmly,\n[[Grace]]",
      "Grace",
      quote_style="none"),
]
