# ruff: noqa: E501
"""Hand-written volunteers' answers for part `volunteer` of the fifth held-out relay-text corpus.

Markup (see relay_corpus_heldout.py): `[[...]]` around every identity span, `<<...>>` around spans
that are neither content nor identity (a `#thema:` tag, a hand-written quote of the help-seeker),
`{pseudonym}` as the volunteer writes it. Everything in `sig` and `vcard` that is not marked is
neither (disclaimers, eco lines, working hours). `quote` is what the volunteer received: the
help-seeker's words as the relay forwarded them (no names: the relay had replaced them).

Label decisions written down here so that a reader can disagree with them in one place:
- A friend's, child's, partner's or colleague's name in the volunteer's running text is content;
  the name of the account holder whose address the mail comes from is identity.
- Lines software adds under the answer (an antivirus "Virusvrij" line, a DeepL "Traduit avec"
  line, "Verzonden met ...") are client lines, so identity (the format's rule for volunteers).
- A scouts totem used to sign, and a name in the volunteer's own script, are identity.
- Roles, employers, streets, phones and websites in a signature are identity; disclaimers, eco
  lines ("denk aan het milieu") and working hours in a signature are neither.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import SHAPES, Case

# ---------------------------------------------------------------- what the volunteers received

FORWARDS: dict[str, str] = {
    "gay15": "hoi\nik ben 15 en ik denk dat ik op jongens val\nmijn ouders weten het niet en ik durf het niet te zeggen\nwat moet ik doen",
    "pest": "Hallo,\nIk word al een paar maanden gepest in de klas. Ze maken foto's van mij in de kleedkamer en zetten die in een groepschat. Ik wil niet meer naar school. Mijn mama denkt dat ik gewoon lui ben.",
    "trans": "ik ben 14 en ik voel me geen meisje\nik heb op school gevraagd of ze mij met een andere naam willen aanspreken maar de leerkracht lacht erom\nik weet niet of ik dit nog lang volhoud",
    "slaap": "Hey, ik slaap al weken slecht. Ik pieker over alles, examens, mijn vriendin die boos is, mijn papa die ziek is. Ik weet niet met wie ik daarover kan praten.",
    "lief": "mijn lief heeft het uitgemaakt via snap en nu zegt iedereen dingen over mij\nik voel me zo dom\nhoe stop ik met eraan te denken",
    "scheiding": "Mijn ouders gaan scheiden en ik moet kiezen bij wie ik ga wonen. Ik wil niemand kwetsen. Mijn broer zegt dat het mij niet uitmaakt maar dat is niet waar.",
    "pijn": "ik heb mezelf terug pijn gedaan gisteren. ik had het een half jaar niet meer gedaan. ik schaam me. niemand weet het",
    "bi": "Ik heb aan mijn beste vriendin verteld dat ik bi ben en nu praat ze niet meer met mij. De hele klas weet het al. Was het dom om het te vertellen?",
    "alleen": "ik heb geen vrienden op mijn nieuwe school. in de pauze zit ik op de wc met mijn gsm. ik ben 13",
    "thuis": "thuis wordt er veel geroepen. mijn stiefvader drinkt en dan is hij kwaad. ik ga dan naar mijn kamer en zet muziek op. is dat normaal?",
    "eten": "Ik eet bijna niks meer omdat ik me dik voel. Mijn zus zegt dat ik mager word maar ik zie dat niet. Ik ben 16.",
    "geloof": "ik ben moslim en ik denk dat ik lesbisch ben. ik hou van mijn familie en ik wil ze niet kwijt. kan dat allebei?",
    "sextortion": "iemand die ik online ken vraagt foto's en zegt dat hij anders dingen gaat doorsturen naar mijn vrienden. ik heb er al 1 gestuurd. help",
    "examens": "examens beginnen volgende week en ik blokkeer volledig. ik zit in het 5de middelbaar en als ik dit jaar niet haal moet ik van school veranderen",
    "vriend": "Mijn beste vriend zegt dat hij niet meer wil leven. Hij heeft me gevraagd het aan niemand te zeggen. Wat moet ik doen??",
    "fr_gay": "salut\nj'ai 16 ans et je crois que je suis gay\nmes parents sont très religieux\nj'ai peur qu'ils me mettent dehors",
    "fr_harcel": "Bonjour, depuis la rentrée des filles de ma classe m'insultent sur Insta. J'ai bloqué mais elles créent d'autres comptes. Je n'ose pas le dire à mes parents.",
    "fr_trans": "je suis un garçon trans de 15 ans, personne le sait sauf ma meilleure amie. j'aimerais commencer à en parler à ma mère mais je sais pas comment",
    "fr_vide": "je me sens vide depuis des semaines. je dors mal, je mange pas. j'ai pas envie d'en parler à l'école",
    "fr_copine": "ma copine veut tout le temps savoir où je suis et elle fouille mon téléphone. c'est normal ?",
    "en_bi": "hi\ni'm 17 and i think i'm bi\nmy friends make jokes about it all the time\ni don't know if i should tell them",
    "en_lonely": "I moved to Belgium last year and I still don't have real friends. I don't speak Dutch well and everyone already has their groups. Some days I don't want to get out of bed.",
    "en_parents": "my parents found my messages with my girlfriend and took my phone. they say it's a phase. i'm using my brother's laptop now",
    "en_panic": "I keep having panic attacks before school. My heart races and I feel like I can't breathe. Is something wrong with me?",
}

DISC_NL = ("Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). "
           "Hebt u dit bericht per vergissing ontvangen, verwittig dan onmiddellijk de afzender en verwijder het bericht. "
           "Elk gebruik, elke verspreiding of kopie door anderen is verboden.")
DISC_NL_GDPR = ("Wij verwerken uw persoonsgegevens volgens de Algemene Verordening Gegevensbescherming (AVG). "
                "Meer info in onze privacyverklaring op onze website.")
DISC_FR = ("Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur(s) "
           "destinataire(s). Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer. "
           "Toute utilisation ou diffusion non autorisée est interdite.")
DISC_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error, please notify the sender and delete it. Any views expressed are those of the "
           "author and do not necessarily reflect those of the organisation.")
ECO_NL = "🌱 Denk aan het milieu voor je deze e-mail afdrukt."
BANNER_NL = ("LET OP: Deze e-mail is afkomstig van buiten {org}. Klik niet op links en open geen bijlagen "
             "tenzij je de afzender herkent en weet dat de inhoud veilig is.")

EXTRA_FIRST_NAMES = frozenset({"Mieke", "Jeroen", "Nadia", "Olena", "Toon", "Siska"})


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      quote: str, nickname: str, **kw: Any) -> Case:
    """One volunteer's answer; the dressing's facts (quote position, client line...) tag themselves."""
    quote_text = FORWARDS.get(quote, quote)
    auto: list[str] = []
    style = kw.get("quote_style", "")
    if style != "none":
        auto += ["quoted-history",
                 "bottom-posted" if kw.get("quote_pos") == "above" else "top-posted"]
    elif "inline-answer" not in tags:
        auto.append("no-quote")
    client_line = kw.get("client_line")
    if client_line or (client_line is None and SHAPES[shape].client_line.get(lang)):
        auto.append("client-line")
    if "{pseudonym}" in body:
        auto.append("greets-pseudonym")
    if "#thema:" in body:
        auto.append("thema-line")
    if kw.get("html") == "only":
        auto.append("html-only")
    if kw.get("crlf"):
        auto.append("crlf")
    if kw.get("vcard"):
        auto.append("vcard")
    if kw.get("sig_dash"):
        auto.append("sig-dash")
    if kw.get("sig_in") == "html":
        auto.append("sig-html-only")
    if kw.get("logo"):
        auto.append("logo")
        if kw["logo"][1] == "attachment":
            auto.append("logo-attachment")
    if not sender[0] or kw.get("from_style") == "bare":
        auto.append("no-display-name")
    if kw.get("from_style") in ("ew", "ew-split"):
        auto.append("encoded-display-name")
    if kw.get("from_style") == "comment":
        auto.append("comment-display-name")
    if kw.get("volunteer") and kw["volunteer"] != sender[1]:
        auto.append("wrong-account")
    all_tags = [*tags, *(t for t in auto if t not in tags)]
    return Case(slug=slug, direction="volunteer", shape=shape, lang=lang, tags=all_tags,
                sender=sender, body=body, quote=quote_text, nickname=nickname,
                note_lang=kw.pop("note_lang", lang), **kw)


CASES: list[Case] = [
    # ------------------------------------------------------------------------------------- nl
    V("fien-gmail-android-phrases", "gmail_android", "nl",
      ["private-account", "student", "one-phrase-a-line", "no-punctuation", "own-name-in-text"],
      ("Fien Desmet", "fiendesmet03@gmail.example"),
      """\
Hey {pseudonym}

wat goed dat je ons schrijft echt
ik ben ook 15 geweest en ik weet nog hoe dat voelde, zo een geheim met je meedragen
je moet het niet morgen aan je ouders zeggen he
misschien eerst aan 1 iemand die je vertrouwt? een tante, een leerkracht, iemand van de jeugdbeweging
en wij zijn er ook, je mag altijd terugschrijven

dikke knuffel
[[Fien]] x""",
      "gay15", "Fien"),

    V("griet-caw-outlook-logo-disclaimer", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "phone-in-sig"],
      ("Griet Vandamme", "griet.vandamme@caw-meetjesland.example"),
      """\
Dag {pseudonym},

Dank je om te vertellen wat er in de klas gebeurt. Foto's nemen in de kleedkamer en die rondsturen is geen "gewoon plagen": dat is ernstig, en het is niet jouw schuld.

Een paar dingen die je kan doen:
- Maak screenshots van de groepschat (met de datum erbij) en bewaar ze ergens veilig.
- Zoek op school één volwassene die je vertrouwt: de leerlingenbegeleiding, iemand van het CLB, een leerkracht.
- Je mag het CLB ook zelf bellen of mailen, daar moet je mama niet eerst van weten.

Als je wil, kunnen we samen bekijken hoe je het aan je mama vertelt. Soms helpt het om het eerst op te schrijven, en haar dan die brief te geven.

Warme groet,
[[Griet]]""",
      "pest", "Griet",
      sig="""\
[[Griet Vandamme]]
[[Maatschappelijk werker jongerenonthaal]]
[[CAW Meetjesland]] | [[Stationsstraat 41, 9900 Eeklo]]
[[T 09 377 12 48]] | [[griet.vandamme@caw-meetjesland.example]]
[[www.caw-meetjesland.example]]

""" + DISC_NL,
      logo=("Logo CAW Meetjesland", "inline")),

    V("bram-iphone-oneliner", "iphone", "nl",
      ["private-account", "very-short", "one-liner", "own-name-in-text"],
      ("Bram Verstraeten", "bramv@telenet.example"),
      "Dag {pseudonym}, ik ben [[Bram]] en ik lees je mail vanavond nog eens rustig, ik schrijf je morgen uitgebreid terug. Je staat er niet alleen voor",
      "examens", "Bram"),

    V("dorien-samsung-tussentaal-emoji", "samsung", "nl",
      ["private-account", "tussentaal", "emoji"],
      ("Dorien Wouters", "dorien.w@hotmail.example"),
      """\
Hey {pseudonym} 🌈

Amai, da's veel op ene keer hé. Gij zijt nie dom, echt nie. Iedereen die al ne keer gedumpt is via snap weet hoe da voelt 😕
Wat mij hielp toen ik zo oud was als gij: zijn account efkes muten, nie blijven kijken wie uw story bekijkt, en iets doen met uw handen (sporten, tekenen, gamen, wa ge wilt)
En de mensen die nu dingen zeggen, die zijn volgende week weer met iets anders bezig. Beloofd.

Laat ge nog iets weten? 💛
[[Dorien]]""",
      "lief", "Dorien"),

    V("yasmina-clb-owa-banner-in-quote", "outlook_web", "nl",
      ["work-signature", "banner", "own-name-in-text", "disclaimer"],
      ("Yasmina El Amrani", "y.elamrani@clb-waasland.example"),
      """\
Dag {pseudonym},

Ik ben [[Yasmina]], een van de vrijwilligers van Lumi. Ik heb je bericht een paar keer gelezen.

Wat je beschrijft, dat je je geen meisje voelt en dat je een andere naam wil, is iets wat veel jongeren van jouw leeftijd meemaken. Het is niet raar en het is niet "een fase" waar je om moet lachen. Dat je leerkracht erom lacht, is niet oké.

Je hebt recht op een school waar je je veilig voelt. Veel scholen hebben al afspraken over een andere roepnaam in de klas en op Smartschool. De leerlingenbegeleider of het CLB kan dat mee regelen, zonder dat de hele klas eerst alles moet weten.

En als je je heel slecht voelt, bel dan 1813 (dag en nacht) of chat via de Zelfmoordlijn. Je mag ook gewoon hier blijven schrijven.

Groetjes,
[[Yasmina]]

<<#thema: genderidentiteit>>""",
      BANNER_NL.format(org="CLB Waasland") + "\n\n" + FORWARDS["trans"], "Yasmina",
      sig="""\
[[Yasmina El Amrani]]
[[Psychopedagogisch consulent]]
[[Vrij CLB Waasland]] – [[Kazernestraat 12, 9100 Sint-Niklaas]]
[[03 776 41 90]]

""" + DISC_NL,
      identity=["CLB Waasland"]),

    V("joris-retiree-thunderbird-sigdash-long", "thunderbird", "nl",
      ["unlisted-shape", "private-account", "retiree", "long", "phone-in-sig", "family-named"],
      ("Joris Claeys", "joris.claeys@skynet.example"),
      """\
Beste {pseudonym},

Je schrijft dat je slecht slaapt en over alles piekert: de examens, je vriendin die boos is, je papa die ziek is. Dat is geen klein beetje, dat zijn drie grote dingen tegelijk. Het is logisch dat je hoofd 's nachts niet stilvalt.

Ik ben zelf 41 jaar leraar geweest in een middelbare school in Roeselare, en ik heb veel leerlingen gezien die in de examens sliepen als een vos met één oog open. Wat sommigen hielp, en wat ik mijn eigen kleindochter [[Margot]] ook heb aangeraden:

1. Leg een schriftje naast je bed. Als je piekert, schrijf het op. Het staat dan op papier en moet niet meer in je hoofd blijven rondtollen.
2. Geen gsm het laatste halfuur. Ik weet het, dat klinkt als een oude man. Maar het werkt echt.
3. Praat met één iemand over je papa. Dat hoeft geen psycholoog te zijn: een nonkel, een tante, een leerkracht die je graag ziet.

Over je vriendin: soms is iemand boos en weet die zelf niet goed waarom. Vraag het haar rustig, op een moment dat jullie niet moe zijn.

Als je wil, schrijf je gerust terug. Ik lees alles.

Met hartelijke groet,""",
      "slaap", "Joris",
      sig="""\
[[Joris Claeys]]
[[gsm 0497 21 63 08]]""",
      sig_dash=True),

    V("katrien-hospital-outlook-disclaimer-above", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "phone-in-sig", "self-harm"],
      ("Moens Katrien", "katrien.moens@azsintlucas.example"),
      """\
Dag {pseudonym},

Dank je dat je het ons vertelt. Ik weet dat het veel moed vraagt om dit op te schrijven, zeker als niemand het weet.

Na een half jaar opnieuw pijn doen betekent niet dat je "terug bij nul" bent. Je hebt zes maanden volgehouden: dat kan je niet meer afgenomen worden.

Als er een wonde is die diep is of niet stopt met bloeden, ga dan naar de huisarts of de spoed. Zij hebben dat al vaak gezien en ze zullen je niet veroordelen.

Wat kan helpen als de drang opkomt: een ijsblokje in je hand, heel hard tekenen met rode stift, buiten gaan lopen, iemand sturen. En misschien vind je het fijn om samen met ons een lijstje te maken van wat voor jou werkt?

Je mag altijd terugschrijven. En wil je praten met iemand, dan kan dat bij Awel (102) of de Zelfmoordlijn (1813).

Hartelijke groeten,
[[Katrien]]

<<#thema: welzijn>>""",
      "pijn", "Katrien",
      sig="""\
DISCLAIMER: """ + DISC_NL + """

[[Katrien Moens]]
[[Klinisch psycholoog – Dienst Kinder- en Jeugdpsychiatrie]]
[[AZ Sint-Lucas]]
[[Groenebriel 1, 9000 Gent]]
[[Tel. 09 224 61 11]] – [[intern 6173]]"""),

    V("mehmet-gmail-web-cc-own", "gmail_web", "nl",
      ["private-account", "cc-own-address", "family-named", "unlisted-shape"],
      ("Mehmet Yılmaz", "mehmet.yilmaz84@gmail.example"),
      """\
Hoi {pseudonym},

Ik herken wat je schrijft. Ik ben zelf moslim, en het heeft lang geduurd voor ik durfde te geloven dat ik van mijn familie én van mezelf kan houden. Dat kan allebei, echt.

Mijn zus [[Elif]] was de eerste aan wie ik het vertelde. Niet mijn ouders, niet de imam, gewoon één iemand die ik vertrouwde. Misschien is er zo iemand bij jou? Een nicht, een tante, een vriendin?

Je hoeft niks te beslissen. Niet nu, niet volgende maand. Jij bepaalt wanneer en aan wie.

Als je wil, kan ik je een paar namen geven van groepen waar moslims en queer mensen elkaar ontmoeten, in Brussel en Antwerpen. Zeg maar.

Groet,
[[Mehmet]]""",
      "geloof", "Mehmet",
      headers=[("Cc", "Mehmet Yilmaz <m.yilmaz@vdab-partners.example>")],
      identity=["Yilmaz", "m.yilmaz@vdab-partners.example"]),

    V("sofie-roundcube-inline", "webmail", "nl",
      ["private-account", "inline-answer"],
      ("Sofie Lambrecht", "sofie@lambrecht-thuis.example"),
      """\
Dag {pseudonym},

Ik antwoord even tussen je zinnen, dan vergeet ik niks.

<<> Mijn ouders gaan scheiden en ik moet kiezen bij wie ik ga wonen.>>

Eigenlijk hoor je als kind niet te "moeten" kiezen. Je mag zeggen wat je wil, maar de beslissing ligt bij je ouders (en soms bij de rechter). Je mag dat ook zo tegen hen zeggen: "ik wil niet kiezen".

<<> Ik wil niemand kwetsen.>>

Dat zegt veel over jou. Maar je mag ook aan jezelf denken. Bij wie kan je het best studeren, slapen, je vrienden zien?

<<> Mijn broer zegt dat het mij niet uitmaakt maar dat is niet waar.>>

Je broer beleeft het op zijn manier. Het mag jou wel uitmaken. Misschien kunnen jullie er samen eens over praten, of met iemand van het CLB.

Sterkte,
[[Sofie]]""",
      "", "Sofie", quote_style="none"),

    V("pieterjan-outlook-ios-pj", "outlook_mobile", "nl",
      ["private-account", "short-form-name", "initials"],
      ("Pieter-Jan De Smedt", "pj.desmedt@outlook.example"),
      """\
Hey {pseudonym}

Kort want ik zit op de trein, maar ik wou je niet laten wachten: wat je vriend je vertelde is te zwaar om alleen te dragen. Ook al vroeg hij het geheim te houden.

Je mag een volwassene inlichten. Dat is geen verraad, dat is om hem te helpen. Je kan ook samen met hem de Zelfmoordlijn bellen: 1813.

En hoe gaat het eigenlijk met jou?

[[PJ]]""",
      "vriend", "PJ"),

    V("tinne-apple-mail-vcard", "apple_mail", "nl",
      ["private-account", "own-name-in-text"],
      ("Tinne Goossens", "tinne.goossens@icloud.example"),
      """\
Dag {pseudonym},

Wat fijn dat je het aan je beste vriendin durfde te vertellen. Dat was niet dom. Het was eerlijk, en dat is moedig.

Dat zij nu zwijgt, kan veel betekenen. Soms schrikken mensen, weten ze niet wat zeggen, en zwijgen ze dan maar. Dat zegt meer over haar dan over jou. Geef haar een beetje tijd, en stuur haar misschien één berichtje: "ik mis je, ik ben nog altijd dezelfde".

Dat de klas het weet, is wel heel pijnlijk. Als er mensen lelijk tegen je doen, zeg het dan aan iemand op school.

Ik ben [[Tinne]], trouwens. Ik ben zelf bi en ik was 16 toen ik het aan mijn beste vriendin vertelde. Zij heeft twee weken niks gezegd. Nu is ze de meter van mijn dochter.

Liefs,
[[Tinne]]""",
      "bi", "Tinne",
      vcard="""\
BEGIN:VCARD
VERSION:3.0
N:[[Goossens]];[[Tinne]];;;
FN:[[Tinne Goossens]]
EMAIL;TYPE=INTERNET:[[tinne.goossens@icloud.example]]
TEL;TYPE=CELL:[[+32 485 60 17 93]]
ADR;TYPE=HOME:;;[[Molenstraat 8]];[[Herentals]];;[[2200]];België
END:VCARD"""),

    V("arne-police-blackberry", "blackberry", "nl",
      ["work-signature", "phone-in-sig", "sextortion"],
      ("Vermeulen Arne (PZ Kempenland)", "arne.vermeulen@pz-kempenland.example"),
      """\
Dag {pseudonym},

Eerst dit: jij hebt niks strafbaars gedaan. Degene die jou onder druk zet, wel. Dat heet sextortion en het gebeurt bij heel veel jongeren.

Wat je nu best doet:
- Stuur niks meer, ook niet als hij dreigt.
- Antwoord niet meer, maar blokkeer hem nog niet: maak eerst screenshots van zijn profiel en de berichten.
- Meld het profiel op het platform.
- Vertel het aan een volwassene die je vertrouwt. Je kan ook naar de politie gaan, zij nemen dit ernstig.

Via Child Focus (116 000) kan je ook gratis en anoniem hulp krijgen om de foto's te laten verwijderen.

Je bent niet alleen hierin.

Groet,
[[Arne]]

<<#thema: andere>>""",
      "sextortion", "Arne",
      sig="""\
[[INP Arne Vermeulen]]
[[Lokale politie Kempenland]] – [[Dienst Jeugd en Gezin]]
[[Stationsplein 3, 2400 Mol]]
[[014 33 90 00]]"""),

    V("wout-k9-no-punctuation", "v5vol_k9", "nl",
      ["private-account", "no-punctuation", "one-phrase-a-line", "typos", "unlisted-shape"],
      ("Wout Declercq", "woutdeclercq@telenet.example"),
      """\
dag {pseudonym}

sorry voor het korte antwoord ik zit op mijn werk
maar ik wou je wel laten weten dat je mail is aangekomen en dat we je niet vergeten
wat je vertelt over je stiefvader is niet normaal nee
het is wel heel slim dat je naar je kamer gaat en muziek opzet, dat is jezelf beschermen
als het ooit gevaarlijk word bel 112
ik schrijf je morgenavond langer

[[wout]]""",
      "thuis", "Wout"),

    V("ilse-huawei-voice", "huawei", "nl",
      ["private-account", "voice-to-text", "no-punctuation", "own-name-in-text"],
      ("Ilse Maes", "ilsemaes71@hotmail.example"),
      """\
hallo {pseudonym} met [[ilse]] van Lumi ik spreek dit in want ik zit in de auto te wachten op mijn zoon
ik vind het zo goed dat je dit schrijft over het eten want dat is heel moeilijk om toe te geven
als je zus zegt dat je mager wordt dan ziet zij iets wat jij zelf misschien niet kan zien dat is heel typisch bij een eetstoornis
praat er eens over met je huisarts die kan je doorverwijzen
en op de website van eetexpert punt be staat heel veel uitleg
je bent welkom om terug te schrijven
dikke groet [[ilse]]""",
      "eten", "Ilse"),

    V("kobe-bank-hcl-notes", "v5vol_notes", "nl",
      ["work-signature", "disclaimer", "disclaimer-en", "unlisted-shape"],
      ("Kobe Van Hecke/BE/Bank", "kobe.vanhecke@fidesbank.example"),
      """\
Dag {pseudonym},

Dat je op je nieuwe school geen vrienden hebt en in de pauze op de wc zit, dat doet pijn om te lezen. Ik wil je zeggen dat het heel veel nieuwe leerlingen zo vergaat, ook al lijkt het alsof iedereen al een groepje heeft.

Een paar ideeën:
- Kijk of er middagactiviteiten zijn (sport, schaakclub, bib, leerlingenraad). Daar praat je makkelijker met iemand omdat je samen iets doet.
- Zoek één iemand die ook vaak alleen staat en vraag iets kleins: "weet jij welk lokaal we nu hebben?"
- Zeg het aan je klastitularis. Die kan soms ongemerkt helpen.

Je bent 13 en je bent nieuw. Dat gaat beter worden, ook al duurt het soms een paar maanden.

Groetjes,
[[Kobe]]""",
      "alleen", "Kobe",
      sig="""\
[[Kobe Van Hecke]]
[[Risk & Compliance Officer]]
[[Fides Bank NV]] | [[Kunstlaan 56, 1000 Brussel]]
[[T +32 2 508 71 44]]

""" + DISC_EN,
      identity=["Kobe Van Hecke/BE/Bank"]),

    V("nadia-gmail-ios-own-script-daughter", "gmail_ios", "nl",
      ["private-account", "family-named", "own-script", "unlisted-shape"],
      ("Nadia Bouzid", "nadia.bouzid@gmail.example"),
      """\
Dag {pseudonym},

Je vraag "kan dat allebei?" raakt me. Het antwoord is ja. Er zijn moslima's die lesbisch zijn en die hun geloof en hun familie niet kwijt zijn. Het is niet altijd makkelijk, maar het kan.

Mijn dochter [[Yousra]] is 19. Toen ze het mij vertelde, was ik eerst bang. Bang voor wat de familie zou zeggen. Maar ze is mijn dochter, en dat was sterker dan mijn angst. Ik zeg niet dat het bij jou ook zo zal gaan, maar ouders veranderen soms meer dan je denkt.

Zorg eerst voor jezelf. Er zijn groepen voor jonge queer moslims, en je kan ook bij ons blijven schrijven zolang je wil.

Met een warme groet,
[[Nadia]]
[[نادية]]""",
      "geloof", "Nadia"),

    V("elif-yahoo-bottom", "yahoo", "nl",
      ["private-account", "student"],
      ("Elif Demir", "elif_demir@yahoo.example"),
      """\
Hoi {pseudonym},

Ik heb je bericht gelezen en wil je eerst zeggen: goed dat je het vraagt en niet gewoon stil blijft.

Wat je vriendin doet, is niet oké. Mensen die bi zijn, verdienen evenveel respect als iedereen. Als ze je echt graag ziet, komt ze wel terug, maar dat is haar werk, niet het jouwe.

Als de klas dingen zegt: zoek iemand op school die je kan steunen. En als je wil, kan je ook een kijkje nemen bij een holebi-jongerengroep in je buurt. Daar zijn mensen die hetzelfde hebben meegemaakt.

Groetjes,
[[Elif]]""",
      "bi", "Elif", quote_pos="above"),

    V("anouk-gmail-antivirus-footer", "gmail_web", "nl",
      ["private-account", "antivirus-footer", "unlisted-shape"],
      ("Anouk Smets", "anouk.smets@gmail.example"),
      """\
Hallo {pseudonym},

Het is heel normaal dat je je vragen stelt en dat je bang bent hoe je ouders zullen reageren. Veel jongens van jouw leeftijd gaan door hetzelfde.

Er is geen haast. Sommige jongeren vertellen het eerst aan een vriend of vriendin, anderen schrijven eerst een brief. Je kan ook eens kijken op de website van Wel Jong, daar staan verhalen van jongeren die het al verteld hebben.

Wat zou jij het liefst willen? Dat je ouders het weten, of eerst rust in je eigen hoofd?

Liefs,
[[Anouk]]""",
      "gay15", "Anouk",
      client_line="Virusvrij. www.avast.com"),

    V("jelle-neomutt-sigdash-fortune", "v5vol_mutt", "nl",
      ["private-account", "student", "no-html", "unlisted-shape"],
      ("Jelle Coppens", "jelle@coppens.test"),
      """\
Hey {pseudonym},

Ik ga niet doen alsof ik alle antwoorden heb, maar ik wil je wel iets meegeven.

Dat het voelt alsof je hoofd volledig blokkeert, dat heet vaak examenstress en het is super veel voorkomend. Het zegt niks over hoe slim je bent.

Probeer eens het volgende:
  * Schrijf elke avond op wat je WEL gedaan hebt, hoe klein ook.
  * Maak een planning met ruimte voor niks doen.
  * Vraag je leerkrachten welke delen het belangrijkst zijn.

En zeg het eens aan je ouders, dat je zo blokkeert. Soms denken ze dat je gewoon geen zin hebt.

Succes,
[[Jelle]]""",
      "examens", "Jelle",
      sig="""\
[[Jelle Coppens]] · [[https://jelle.coppens.test]]
"Het zijn niet de bergen die we overwinnen, maar onszelf." – Edmund Hillary""",
      sig_dash=True),

    V("marijke-windows-mail-capitals-retiree", "windows_mail", "nl",
      ["private-account", "retiree", "capitals", "typos"],
      ("marijke dewaele", "marijke.dewaele@telenet.example"),
      """\
BESTE {pseudonym}

IK HEB UW BERICHT GELEZEN EN HET HEEFT ME GERAAKT. IK SCHRIJF IN HOOFDLETTERS WANT MIJN OGEN ZIJN NIET MEER ZO GOED, EXCUUS DAARVOOR.

WAT U BESCHRIJFT MET UW STIEFVADER IS NIET NORMAAL. KINDEREN HOREN NIET BANG TE ZIJN IN HUN EIGEN HUIS. HET IS GOED DAT U NAAR UW KAMER GAAT.

PRAAT ER OVER MET IEMAND OP SCHOOL OF BEL 102, DAT IS AWEL, DIE LUISTEREN NAAR JONGEREN. EN ALS HET GEVAARLIJK IS: 112.

VEEL MOED GEWENST
[[MARIJKE]]""",
      "thuis", "Marijke"),

    V("ruben-fastmail-working-hours", "v5vol_fastmail", "nl",
      ["private-account", "working-hours", "unlisted-shape"],
      ("Ruben Hendrickx", "ruben@hendrickx.example"),
      """\
Dag {pseudonym},

Wat je vriend je heeft verteld, is zwaar. Dat hij het aan jou vertelde, betekent dat hij je vertrouwt. Maar het betekent niet dat jij hem alleen moet redden.

Drie dingen:
1. Neem het ernstig, ook als hij er later om lacht.
2. Vertel het aan een volwassene: je ouders, een leerkracht, iemand van het CLB. Dat is geen verraad.
3. Als het acuut is (hij zegt dat hij het vandaag gaat doen): bel 112.

De Zelfmoordlijn (1813) is er ook voor jou, als vriend. Je mag daar bellen om te vragen wat je kan doen.

Zorg ook voor jezelf, oké?

[[Ruben]]""",
      "vriend", "Ruben",
      sig="""\
[[Ruben Hendrickx]] · [[ruben@hendrickx.example]]
Ik lees mijn mails op maandag, woensdag en vrijdag."""),

    V("emma-municipality-org-header", "outlook_web", "nl",
      ["work-signature", "organization-header", "disclaimer", "unlisted-shape"],
      ("Lievens Emma", "emma.lievens@oudenburg.example"),
      """\
Dag {pseudonym},

Dank je voor je bericht. Wat je beschrijft over eten en je dik voelen, neem ik heel ernstig. Ook als je zelf denkt dat het "nog meevalt".

Je zus ziet dat je mager wordt. Dat is een signaal. Het zou heel goed zijn als je met je huisarts gaat praten. Neem je zus mee als dat makkelijker is.

Op eetexpert.be kan je anoniem chatten met mensen die hier veel van weten.

En je mag hier altijd terugschrijven, ook gewoon om te vertellen hoe je dag was.

Groetjes,
[[Emma]]

<<#thema: welzijn>>""",
      "eten", "Emma",
      sig="""\
[[Emma Lievens]]
[[Deskundige jeugd]] – [[Stad Oudenburg]]
[[Marktplein 24, 8460 Oudenburg]]
[[059 56 84 10]] – [[www.oudenburg.example]]

""" + DISC_NL_GDPR,
      headers=[("Organization", "Stad Oudenburg")]),

    V("toon-scouts-totem", "gmail_android", "nl",
      ["private-account", "student", "totem-sign", "tussentaal", "unlisted-shape"],
      ("Toon Vercammen", "toonvercammen@gmail.example"),
      """\
Yo {pseudonym}

Ik ben leider bij de scouts en ik zie elk jaar gasten die nieuw zijn en zich de eerste maanden echt alleen voelen. Gij zijt dus zeker nie de enige, ook al voelt het zo.

Misschien is een jeugdbeweging of een sportclub iets voor u? Daar leert ge mensen kennen buiten school, en dan is school soms ook minder erg.

En op school: probeer eens bij de bib of een middagactiviteit te gaan zitten ipv op de wc. Ik weet dat dat eng is. Maar ge moogt het proberen, en als het nie lukt, probeert ge morgen opnieuw.

Stevige linker,
[[Stille Das]] (mijn totem, zo noemt iedereen mij 😄)""",
      "alleen", "Toon"),

    V("liesbeth-telenet-html-only-bold", "telenet_webmail", "nl",
      ["private-account", "own-name-in-text", "html-bold-name"],
      ("Liesbeth Dumon", "liesbeth.dumon@telenet.example"),
      """\
Dag {pseudonym},

Ik ben [[Liesbeth]], ik ben vrijwilliger bij Lumi en ik ben zelf mama van een transzoon van 17.

Wat je schrijft, herken ik. Mijn zoon heeft ook op school moeten vechten om met zijn nieuwe naam aangesproken te worden. Uiteindelijk heeft een gesprek met de directie en het CLB geholpen. De leerkracht die lachte, moest zich verontschuldigen.

Je hoeft dat niet alleen te doen. Wil je dat we samen kijken wie op school jou kan steunen?

Hou je goed,
[[Liesbeth]]""",
      "trans", "Liesbeth", html="only",
      html_own=("<div>Dag {pseudonym},<br><br>Ik ben <b>Liesbeth</b>, ik ben vrijwilliger bij Lumi en ik ben zelf mama van een transzoon van 17.<br><br>"
                "Wat je schrijft, herken ik. Mijn zoon heeft ook op school moeten vechten om met zijn nieuwe naam aangesproken te worden. Uiteindelijk heeft een gesprek met de directie en het CLB geholpen. De leerkracht die lachte, moest zich verontschuldigen.<br><br>"
                "Je hoeft dat niet alleen te doen. Wil je dat we samen kijken wie op school jou kan steunen?<br><br>"
                "Hou je goed,<br><span style=\"color:#8e44ad;font-family:cursive\">Liesbeth</span></div>")),

    V("zeynep-outlook-android-thema-in-sentence", "outlook_android", "nl",
      ["private-account", "thema-in-sentence"],
      ("Zeynep Kaya", "zeynep.kaya@outlook.example"),
      """\
Dag {pseudonym},

Wat je nu meemaakt met die persoon online is echt eng, en het is niet jouw fout. Hij is degene die iets strafbaars doet.

Stuur niks meer. Maak screenshots. Blokkeer hem daarna. En praat met een volwassene die je vertrouwt, of met Child Focus via 116 000: zij helpen jongeren hier elke dag mee en ze kunnen ook helpen om foto's van het internet te laten halen.

Je hebt het goed gedaan door "help" te schrijven. Hou vol. <<#thema: andere>>

[[Zeynep]]""",
      "sextortion", "Zeynep", quote_pos="above"),

    V("olena-gmail-cyrillic-learner", "gmail_web", "nl",
      ["private-account", "own-script", "learner-dutch", "typos", "unlisted-shape"],
      ("Olena Kovalenko", "olena.kovalenko@gmail.example"),
      """\
Dag {pseudonym},

Ik ben sinds 3 jaar in België en mijn Nederlands is niet perfect, sorry daarvoor. Maar ik wil je toch antwoorden, want ik ken dit gevoel heel goed: nieuwe school, niemand kennen, alleen zijn in de pauze.

Voor mij het hielp om één ding te zoeken waar ik goed in ben. Voor mij was dat tekenen. Ik heb in de klas getekend en een meisje vroeg "mag ik kijken?". Zo begon het.

Jij bent 13 en jij bent niet fout. Het is de situatie die moeilijk is.

Groetjes uit Leuven,
[[Olena]] / [[Олена]]""",
      "alleen", "Olena"),

    V("piotr-garage-business-account", "samsung", "nl",
      ["business-account", "work-signature", "phone-in-sig", "unlisted-shape"],
      ("Garage Nowak", "info@garage-nowak.example"),
      """\
Dag {pseudonym}

Ik stuur dit vanaf het adres van mijn zaak, excuus, mijn gsm staat zo ingesteld.

Ik heb zelf een vader gehad die dronk. Wat jij doet, naar je kamer gaan en muziek opzetten, deed ik ook. Dat is slim. Maar het is niet normaal dat jij bang moet zijn thuis.

Zoek iemand buiten je huis om mee te praten: een leerkracht, een buurvrouw, Awel op 102. En als je stiefvader gevaarlijk wordt, bel 112. Ook als je twijfelt.

Sterkte jongen of meisje, ik weet niet wie je bent maar je bent niet alleen.

[[Piotr]]""",
      "thuis", "Piotr", volunteer="info@garage-nowak.example",
      sig="""\
[[Garage Nowak]] – [[Piotr Nowak]]
[[Herstellingen alle merken]]
[[Nijverheidslaan 17, 3290 Diest]]
[[0473 58 20 16]]"""),

    V("chidi-doctor-outlook-riziv", "outlook_desktop", "nl",
      ["work-signature", "title", "professional-number", "disclaimer", "unlisted-shape"],
      ("Okafor, Chidi (Dr.)", "chidi.okafor@huisartsenpraktijk-deschelde.example"),
      """\
Beste {pseudonym},

Ik ben huisarts en vrijwilliger bij Lumi. Wat je beschrijft, een hart dat tekeer gaat, het gevoel dat je niet kan ademen, heet een paniekaanval. Het voelt afschuwelijk, maar het is niet gevaarlijk en het gaat altijd weer over.

Wat je kan doen tijdens zo'n aanval: adem 4 tellen in, houd 4 tellen vast, adem 6 tellen uit. Zeg tegen jezelf "dit is paniek, het gaat voorbij". Voel je voeten op de grond.

Het is wel een goed idee om bij je huisarts langs te gaan, om andere oorzaken uit te sluiten en om samen te kijken of praten met een psycholoog kan helpen. Eerstelijnspsychologische zorg is voor jongeren gratis.

Vriendelijke groet,
[[Dr. Okafor]]""",
      "en_panic", "Chidi", note_lang="nl",
      sig="""\
[[Dr. Chidi Okafor]]
[[Huisarts – praktijkhouder]] – [[RIZIV 1-23456-78-004]]
[[Huisartsenpraktijk De Schelde]]
[[Kaai 9, 2900 Schoten]]
[[03 658 14 22]]

""" + DISC_NL,
      identity=["Okafor, Chidi (Dr.)"]),

    V("ayesha-iphone-subject-name", "iphone", "nl",
      ["private-account", "subject-name", "unlisted-shape"],
      ("Ayesha Rahimi", "ayesha.r@icloud.example"),
      """\
Dag {pseudonym},

Je schreef dat je bent beginnen eten overslaan omdat je je dik voelt. Ik wil je zeggen: je lichaam verdient eten, elke dag. Ook op de dagen dat je je slecht voelt.

Misschien kan je eens met je zus praten, zij maakt zich zorgen om jou omdat ze je graag ziet. En met de huisarts of de CLB-arts.

Ik ben er als je wil praten.
[[Ayesha]]""",
      "eten", "Ayesha", subject="Re: [{pseudonym}] antwoord van Ayesha"),

    V("thuy-ipad-long-resources", "ipad", "nl",
      ["private-account", "long", "resources"],
      ("Thuy Nguyen", "thuy.nguyen@telenet.example"),
      """\
Lieve {pseudonym},

Wat een moedige mail. Je schrijft het zo eerlijk: dat je bijna niks meer eet, dat je je dik voelt, dat je zus iets anders ziet dan jij. Dat laatste is belangrijk. Bij een eetprobleem verandert de manier waarop je naar jezelf kijkt, en dan kan je in de spiegel iets zien wat er niet is. Dat is geen inbeelding of aanstellerij: het is een deel van het probleem zelf.

Ik wil je een paar plekken geven waar je terecht kan:

• Eetexpert (eetexpert.be): uitleg, tips en een chat waar je anoniem kan praten.
• Je huisarts: die kan je wegen en je bloed laten nakijken, en je doorverwijzen naar iemand die gespecialiseerd is.
• Awel (102): als je gewoon eens wil praten, over wat dan ook.
• Het CLB van je school: die zijn gratis en hebben beroepsgeheim.

En voor vandaag: probeer iets te eten, ook al is het maar een beetje. Een boterham, een yoghurt, een banaan. Niet om dikker of dunner te worden, maar omdat je hersenen energie nodig hebben om na te denken, te slapen, je goed te voelen.

Je bent 16. Je hebt nog zoveel voor je. En je hoeft dit niet alleen te dragen.

Schrijf gerust terug, ook als het gewoon is om te zeggen dat je dit gelezen hebt.

Een warme knuffel,
[[Thuy]]""",
      "eten", "Thuy"),

    V("femke-emclient-read-receipt", "v5vol_emclient", "nl",
      ["private-account", "read-receipt", "unlisted-shape"],
      ("Femke Raes", "femke.raes@pandora-mail.example"),
      """\
Dag {pseudonym},

Je bent niet dom omdat je je zo voelt na een breuk. Zeker niet als het via snap gebeurt en iedereen erover praat. Dat is gewoon veel.

Wat helpt: schrijf eens alles op wat je voelt, ook de boze dingen. Praat met één vriend of vriendin die je vertrouwt. En wees een beetje lief voor jezelf deze week.

Het gaat slijten. Niet morgen, maar het gaat.

Groetjes,
[[Femke]]""",
      "lief", "Femke",
      headers=[("Disposition-Notification-To", "Femke Raes <femke.raes@pandora-mail.example>")]),

    V("dries-outlook-eco-footer", "outlook_desktop", "nl",
      ["work-signature", "eco-footer", "disclaimer", "phone-in-sig", "unlisted-shape"],
      ("Dries Willems", "dries.willems@willems-architecten.example"),
      """\
Hallo {pseudonym},

Fijn dat je ons schreef. Het is heel goed dat je jezelf vragen stelt, en dat je niet meteen alles moet weten.

Je hoeft het je ouders niet nu te vertellen. Veel jongeren vinden het fijn om eerst met iemand anders te praten: bij Wel Jong of bij een holebi-jongerengroep bijvoorbeeld. Daar zie je dat je echt niet de enige bent.

Ik ben 38, ik ben het zelf pas op mijn 24e aan mijn ouders gaan vertellen. Ik had het liever vroeger gedaan, maar ik had ook pas toen de mensen rondom mij die me steunden. Jij bepaalt je eigen tempo.

Groeten,
[[Dries]]""",
      "gay15", "Dries",
      sig="""\
Met vriendelijke groeten,

[[Dries Willems]]
[[Architect – zaakvoerder]]
[[Willems Architecten BV]]
[[Brugsesteenweg 212, 8520 Kuurne]]
[[M +32 477 09 31 55]]

""" + ECO_NL + "\n\n" + DISC_NL),

    V("jana-school-reply-to-private", "gmail_web", "nl",
      ["work-signature", "reply-to-private", "teacher", "unlisted-shape"],
      ("Jana Verbeke", "jana.verbeke@sint-jozefscollege.example"),
      """\
Dag {pseudonym},

Je schrijft dat je geen vrienden hebt op je nieuwe school. Als leerkracht zie ik dat vaker dan je denkt, ook bij leerlingen die er van buitenaf uitzien alsof alles goed gaat.

Durf je het aan je klastitularis te vertellen? Die kan bijvoorbeeld in een groepswerk zorgen dat je bij mensen komt die ook wat rustiger zijn. Dat is een kleine duw, maar het kan veel doen.

En wat doe jij graag? Misschien is er op school een club of een activiteit rond iets wat je leuk vindt.

Groetjes,
[[Jana]]""",
      "alleen", "Jana",
      headers=[("Reply-To", "Jana Verbeke <jana.verbeke83@gmail.example>")],
      identity=["jana.verbeke83@gmail.example"],
      sig="""\
[[Jana Verbeke]]
[[Leerkracht Nederlands – 3de graad]]
[[Sint-Jozefscollege]] – [[Hoogstraat 22, 3500 Hasselt]]"""),

    V("karim-outlook-web-wrong-account", "outlook_web", "nl",
      ["work-signature", "second-address", "own-name-in-text"],
      ("Haddad, Karim", "k.haddad@logistiek-vdb.example"),
      """\
Dag {pseudonym},

Ik ben [[Karim]]. Excuus, ik antwoord vanaf mijn werkmail, ik had geen tijd om thuis in te loggen. Voor volgende keer gebruik ik weer [[karim.haddad@skynet.example]].

Over je vraag: scheidingen zijn voor kinderen vaak het zwaarst omdat je tussen twee mensen zit van wie je houdt. Je hoeft niemand te kiezen. Je mag zeggen wat jij nodig hebt: een rustige kamer om te studeren, dicht bij je school, je vrienden kunnen zien.

Bij het CAW en het CLB zijn er mensen die met jou (en met je broer) kunnen praten over wat jullie willen. Soms kan er ook een bemiddelaar helpen.

Hou je goed,
[[Karim]]""",
      "scheiding", "Karim", volunteer="karim.haddad@skynet.example",
      sig="""\
[[Karim Haddad]]
[[Planner]] | [[Logistiek Van den Bossche]]
[[+32 9 340 18 77]]"""),

    V("siska-family-account", "telenet_webmail", "nl",
      ["shared-family-account", "own-name-in-text"],
      ("Familie Van Damme", "gezin.vandamme@telenet.example"),
      """\
Dag {pseudonym},

Hier [[Siska]] (ik gebruik het gezinsadres, dat is makkelijker op de tablet thuis).

Ik vind het heel goed dat je dit vertelt. Je bent niet de enige die zo slecht slaapt, zeker niet met zoveel zorgen tegelijk.

Over je papa: weet je wat hij heeft? Soms helpt het om het gewoon te vragen, aan hem of aan je mama. Niet weten maakt het vaak erger in je hoofd.

En over je vriendin: misschien kan je haar een berichtje sturen dat je het moeilijk hebt? Dan begrijpt ze je misschien beter.

Groetjes,
[[Siska]]""",
      "slaap", "Siska"),

    V("gitte-gmail-sig-html-only", "gmail_web", "nl",
      ["work-signature", "phone-in-sig"],
      ("Gitte Lemmens", "gitte.lemmens@jeugdhuis-dezolder.example"),
      """\
Hoi {pseudonym}!

Wat vervelend dat je je zo alleen voelt. Ik werk in een jeugdhuis en daar komen veel jongeren die op school ook niet zo snel aansluiting vonden. Bij ons vonden ze wel mensen die op dezelfde golflengte zitten.

Misschien is er een jeugdhuis in je gemeente? Je kan gewoon eens binnenlopen, je moet niks.

Groetjes!
[[Gitte]]""",
      "alleen", "Gitte",
      sig="""\
[[Gitte Lemmens]] | [[Jeugdwerker]]
[[Jeugdhuis De Zolder]] · [[Kerkplein 4, 3550 Heusden-Zolder]]
[[0492 18 44 07]]""",
      sig_in="html"),

    V("koen-partner-account-cc-own", "outlook_desktop", "nl",
      ["partner-account", "work-signature", "cc-own-address", "disclaimer", "unlisted-shape"],
      ("Koen Vanderlinden", "koen.vanderlinden@vanderlinden-advocaten.example"),
      """\
Dag {pseudonym},

Ik ben [[Mieke]], vrijwilliger bij Lumi. Ik schrijf vanaf de computer van mijn man, vandaar dat zijn naam erboven staat. Ik zet mijn eigen adres in kopie.

Je vroeg of het dom was om het te vertellen. Nee. Het was eerlijk. Jij hebt niks fout gedaan, ook al voelt het nu zo omdat je vriendin zwijgt en de klas het weet.

Wat je nu kan doen:
- Praat met iemand op school die je vertrouwt, zeker als er lelijke dingen gezegd worden.
- Geef je vriendin tijd, maar blijf niet wachten tot zij bepaalt hoe jij je voelt.
- Zoek mensen die je wel steunen: een andere vriend, een holebi-jongerengroep, ons.

Liefs,
[[Mieke]]""",
      "bi", "Mieke", volunteer="mieke.boeckx@gmail.example",
      headers=[("Cc", "mieke.boeckx@gmail.example")],
      identity=["mieke.boeckx@gmail.example", "Boeckx"],
      sig="""\
[[Mr. Koen Vanderlinden]]
[[Advocaat – Vennoot]]
[[Vanderlinden Advocaten]]
[[Frankrijklei 90, 2000 Antwerpen]]
[[T 03 233 18 60]]

""" + DISC_NL),

    V("greet-outlook-logo-attachment", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "phone-in-sig"],
      ("Greet Coene", "greet.coene@ocmw-lebbeke.example"),
      """\
Dag {pseudonym},

Dank je om ons te schrijven. Het is heel belangrijk wat je vertelt.

Dat je stiefvader drinkt en kwaad wordt, is niet jouw verantwoordelijkheid. Jij moet je thuis veilig kunnen voelen. Dat je naar je kamer gaat, is een goede manier om jezelf te beschermen, maar je hoeft het niet alleen op te lossen.

Je kan praten met:
- Awel: 102 (gratis en anoniem)
- het CLB van je school
- 1712, als je je niet veilig voelt thuis

Wil je ons laten weten hoe het gaat? We lezen alles.

Vriendelijke groeten,
[[Greet]]""",
      "thuis", "Greet",
      sig="""\
[[Greet Coene]]
[[Sociaal assistent]]
[[OCMW Lebbeke]]
[[Kerkstraat 1, 9280 Lebbeke]]
[[052 46 71 20]]

""" + DISC_NL,
      logo=("OCMW Lebbeke", "attachment")),

    V("bart-proximus-webmail", "v5vol_proximus", "nl",
      ["private-account", "tussentaal", "unlisted-shape"],
      ("Bart Huysmans", "bart.huysmans@proximus.example"),
      """\
Dag {pseudonym},

Eerst en vooral: gij zijt nie dom. Da ge u zo voelt na zo'n breuk, da's menselijk.

Mijn tip: gsm efkes weg, ne goeie film, en als ge kunt met ne vriend gaan wandelen of sporten. En laat die mensen maar praten, da gaat vanzelf over.

Schrijf maar terug als ge wilt.

Groetjes,
[[Bart]]""",
      "lief", "Bart", quote_pos="above"),

    V("lore-gmail-long-own-story", "gmail_web", "nl",
      ["unlisted-shape", "private-account", "long", "family-named", "own-story"],
      ("Lore Vandenberghe", "lorevdb@gmail.example"),
      """\
Hoi {pseudonym},

Ik heb je mail gisteren gelezen en ik heb er de hele avond aan gedacht, dus ik schrijf je nu een lang antwoord, sorry alvast 🙂

Ik was 14 toen ik wist dat ik op meisjes viel. Ik woonde in een klein dorp in de Westhoek, iedereen kende iedereen, en ik was doodsbang dat het zou uitkomen. Ik heb het eerst aan mijn nicht Charlotte verteld, omdat zij in Gent woonde en ver weg leek. Zij zei gewoon "oké, en?", en dat was het mooiste wat ze kon zeggen.

Aan mijn ouders heb ik het pas twee jaar later verteld. Mijn mama moest huilen, mijn papa zei een week niks. Nu, tien jaar later, komt mijn papa naar de Pride. Mensen kunnen veranderen, maar het duurt soms.

Ik vertel je dit niet omdat het bij jou ook zo moet gaan. Jouw verhaal is het jouwe. Maar ik wil je laten weten dat er een tijd komt waarin dit niet meer zo zwaar voelt.

Wat ik je kan aanraden:
- Zoek één iemand die je vertrouwt, binnen of buiten je familie.
- Kijk eens op de website van Wel Jong, daar vind je holebi-jongerengroepen in heel Vlaanderen.
- Wees niet te hard voor jezelf. Je hoeft niet "klaar" te zijn.

En als je ooit wil vertellen hoe het gaat: wij zijn er.

Dikke knuffel,
[[Lore]]""",
      "gay15", "Lore"),

    V("amira-gmail-android-brussels-emoji", "gmail_android", "nl",
      ["private-account", "student", "emoji", "tussentaal"],
      ("Amira Tahiri", "amira.tahiri02@gmail.example"),
      """\
Heyy {pseudonym} 🤍

Ik snap zo goed wat je bedoelt, echt. Familie is alles maar ge wilt ook gewoon uzelf kunnen zijn 😔
Weet dat er veel meisjes zijn zoals gij, ook moslima's, ook in Brussel. Ge zijt niet kapot of fout.

Neem uw tijd. Ge moet niks vertellen zolang ge niet klaar zijt. En als ge wilt praten, wij zijn hier 💬

Bisous,
[[Amira]]

<<#thema: coming-out>>
<<#thema: familie>>""",
      "geloof", "Amira"),

    V("ward-ipad-west-flemish", "ipad", "nl",
      ["private-account", "dialect", "retiree"],
      ("Ward Geerts", "ward.geerts@telenet.example"),
      """\
Dag {pseudonym},

't Is ier [[Ward]]. Ik zyn al e bitje ouder, gepensioneerd, en ik klappe no altyd West-Vlams, dus excuseer als 't wa raar leest.

Ge zyt nie alleene. Veel jonge mensen zitten mee zukken gedachten tegen de examens. Mijn raad: doe ne kleine stap per dag, ga e kee wandelen, en zeg 't tegen je ouders of je leraar dat 't nie goa.

't Komt in orde, geloof me.

Groetn,
[[Ward]]""",
      "examens", "Ward"),

    V("jolien-outlook-inline-initials", "outlook_desktop", "nl",
      ["work-signature", "inline-answer", "initials", "disclaimer"],
      ("Jolien Cools", "jolien.cools@ziekenfonds-kempen.example"),
      """\
Dag {pseudonym},

Ik heb mijn antwoorden tussen je tekst gezet, achter mijn initialen.

<<Van: Lumi hulplijn
Onderwerp: [{pseudonym}]

ik heb mezelf terug pijn gedaan gisteren.>>
[[JC]]: Dank je dat je het vertelt. Dat is echt niet makkelijk.

<<ik had het een half jaar niet meer gedaan.>>
[[JC]]: Een half jaar! Dat is heel lang. Een terugval wist dat niet uit.

<<ik schaam me. niemand weet het>>
[[JC]]: Schaamte is heel normaal, maar je hoeft je niet te schamen. Misschien kan je het aan één persoon vertellen? Of aan je huisarts? Je kan ook bellen naar Awel op 102.

Warme groet,
[[Jolien]]""",
      "", "Jolien", quote_style="none",
      sig="""\
[[Jolien Cools]]
[[Medewerker sociale dienst]] – [[Ziekenfonds Kempen]]
[[014 40 55 30]]

""" + DISC_NL),

    V("nele-encoded-display-name", "gmail_web", "nl",
      ["private-account", "own-name-in-text"],
      ("Nele D'hondt", "nele.dhondt@gmail.example"),
      """\
Dag {pseudonym},

Ik ben [[Nele]]. Wat je schrijft over je ouders die scheiden, herken ik heel goed: ik was 12 toen mijn ouders uit elkaar gingen.

Je hoeft niet te kiezen. Zeg eerlijk wat je voelt, maar het is niet jouw taak om iedereen gelukkig te maken.

En praat met je broer! Misschien voelt hij zich ook rot, maar toont hij het anders.

Groetjes,
[[Nele]]""",
      "scheiding", "Nele", from_style="ew"),

    V("birgit-yahoo-comment-display", "yahoo", "nl",
      ["private-account"],
      ("Birgit Schoofs", "birgit.schoofs@yahoo.example"),
      """\
Dag {pseudonym},

Ik wil je zeggen dat het heel dapper is dat je je vriend wil helpen. Maar het is te zwaar om dit alleen te dragen.

Praat erover met een volwassene die je vertrouwt, of bel samen met hem naar 1813. Ook als hij boos wordt omdat je het verteld hebt: zijn leven is belangrijker.

Denk ook aan jezelf, oké?

[[Birgit]]""",
      "vriend", "Birgit", from_style="comment"),

    V("kaat-bare-lowercase", "gmail_android", "nl",
      ["private-account", "no-punctuation", "lowercase", "student"],
      ("", "kaat.bogaerts@gmail.example"),
      """\
hoi {pseudonym}

ik ben [[kaat]] en ik zit zelf nog op kot in leuven
ik wil gewoon zeggen dat examenstress heel normaal is
adem eens diep
begin met het vak dat je het minst erg vindt
en slaap genoeg das echt belangrijker dan nog een uur blokken

succes ❤️
[[kaat]]""",
      "examens", "Kaat",
      identity=["Kaat", "Bogaerts"]),

    V("robbe-samsung-very-short", "samsung", "nl",
      ["private-account", "very-short", "student", "emoji", "no-punctuation"],
      ("Robbe Aerts", "robbe.aerts@hotmail.example"),
      "{pseudonym} ge zijt ni alleen 💪 bel vandaag nog 1813 samen met uw vriend, da is geen verraad\n\n[[robbe]]",
      "vriend", "Robbe", quote_style="none"),

    V("hilde-retiree-outlook-crlf-cp1252", "v5vol_outlook2010", "nl",
      ["cp1252", "unlisted-shape", "private-account", "retiree", "long", "formal"],
      ("Hilde Verhaegen", "hilde.verhaegen@scarlet.example"),
      """\
Beste {pseudonym},

Ik heb uw bericht met aandacht gelezen. U schrijft dat er thuis veel geroepen wordt, dat uw stiefvader drinkt en dan kwaad wordt, en dat u naar uw kamer gaat en muziek opzet.

Ik ben gepensioneerd verpleegkundige en ik heb in mijn loopbaan veel gezinnen gezien waar alcohol een rol speelde. Ik wil u een paar dingen zeggen.

Ten eerste: het is niet uw schuld. Kinderen denken vaak dat ze iets fout doen, dat ze stiller moeten zijn of beter moeten doen op school. Dat is niet zo. Het drinken is een probleem van de volwassene.

Ten tweede: wat u doet, naar uw kamer gaan, is verstandig. Maar u hoeft dit niet voor altijd alleen te dragen. Er zijn mensen die u kunnen helpen: een leerkracht, de leerlingenbegeleiding, het CLB, uw huisarts. Awel (102) is er om naar u te luisteren.

Ten derde: als u zich ooit niet veilig voelt, als er geslagen wordt of gedreigd, bel dan 112 of 1712.

Ik hoop dat u ons laat weten hoe het met u gaat.

Met vriendelijke groeten,
[[Hilde Verhaegen]]""",
      "thuis", "Hilde", crlf=True, charset="windows-1252"),

    V("frans-windows-mail-opa", "windows_mail", "nl",
      ["unlisted-shape", "private-account", "retiree", "typos", "self-made-sig"],
      ("Frans Wuyts", "frans.wuyts@telenet.example"),
      """\
Dag {pseudonym}

Ik heb je bericht gelezen. Ik ben een opa en ik heb zelf 5 kleinkinderen, waarvan 2 van jouw leeftijd. Wat je schrijft over de foto's in de kleedkamer vind ik heel erg. Dat mag niet gebeuren.

Zeg het aan een leerkracht of aan de directie. Als je mama denkt dat je lui bent, laat haar dan deze mail lezen, of de berichten uit de groepschat. Dan ziet ze dat het iets anders is.

Je verdient een school waar je je veilig voelt.

Veel sterkte
[[Frans]]""",
      "pest", "Frans",
      sig="""\
[[Frans Wuyts]]
[[opa van Jonas, Lisa, Mats, Fleur en Wout]]"""),

    V("rik-football-club-sponsor", "gmail_web", "nl",
      ["reply-to-private", "unlisted-shape", "work-signature", "club", "phone-in-sig", "logo"],
      ("Rik Timmermans", "jeugd@kfc-eendracht-zele.example"),
      """\
Dag {pseudonym},

Als jeugdtrainer zie ik vaak gasten die zo blokkeren voor examens. Weet je wat ik tegen hen zeg? Je bent geen machine. Pauzes horen erbij, net als rustdagen bij sporten.

Probeer eens elke dag een half uurtje te bewegen. Lopen, fietsen, een balletje trappen. Je hoofd wordt er echt helderder van.

En praat met je ouders over je schrik om van school te moeten veranderen. Soms is dat minder erg dan het lijkt.

Sportieve groeten,
[[Rik]]""",
      "examens", "Rik", volunteer="rik.timmermans@telenet.example",
      identity=["rik.timmermans@telenet.example"],
      headers=[("Reply-To", "rik.timmermans@telenet.example")],
      sig="""\
[[Rik Timmermans]]
[[Jeugdcoördinator U13–U17]]
[[KFC Eendracht Zele]] – [[Sportlaan 3, 9240 Zele]]
[[0478 22 61 09]]""",
      logo=("Hoofdsponsor: Bakkerij Stevens", "inline")),

    V("tamara-outlook-android-tam", "outlook_android", "nl",
      ["private-account", "short-form-name", "nickname-sign"],
      ("Tamara Vos", "tamara.vos@outlook.example"),
      """\
Dag {pseudonym},

Wat een lastige situatie. Je wil niemand kwetsen, maar je hebt ook zelf gevoelens en een mening. Dat mag.

Zeg tegen je mama en papa dat je het moeilijk vindt om te kiezen. Ze moeten dat weten. En je broer is misschien ook in de war.

Je kan altijd terugschrijven.

[[Tam]] 🧡""",
      "scheiding", "Tamara"),

    V("senne-university-workspace", "gmail_web", "nl",
      ["work-signature", "student", "pronouns"],
      ("Senne Jacobs", "senne.jacobs@student.hogent.example"),
      """\
Hey {pseudonym},

Ik studeer sociaal werk en ik ben vrijwilliger bij Lumi. Ik ben zelf non-binair, en ik weet hoe het voelt als mensen lachen om iets wat voor jou heel serieus is.

Je hoeft het niet te blijven volhouden op je eentje. Zoek iemand op school die je serieus neemt: een andere leerkracht, de zorgcoördinator, het CLB. En ken je Çavaria? Daar vind je info over transjongeren en ondersteuning op school.

Hou je goed, en schrijf terug als je wil.

[[Senne]]""",
      "trans", "Senne",
      sig="""\
[[Senne Jacobs]] ([[hen/die]])
[[Student Bachelor Sociaal Werk]] – [[HOGENT]]"""),

    V("marthe-proton-second-address", "proton", "nl",
      ["private-account", "second-address", "own-name-in-text"],
      ("Marthe Van Acker", "marthe.vanacker@proton.example"),
      """\
Dag {pseudonym},

Ik ben [[Marthe]]. Ik schrijf vanaf mijn Proton-adres; mijn gewone adres [[marthe.va@gmail.example]] gebruik ik niet meer voor Lumi.

Wat je vertelt over je vriendin die zwijgt, is pijnlijk. Maar dat jij eerlijk was, is iets om trots op te zijn. Niet om je voor te schamen.

Geef het wat tijd, en zoek steun bij mensen die je wel accepteren.

[[Marthe]]""",
      "bi", "Marthe"),

    V("ayoub-city-sender-on-behalf", "outlook_desktop", "nl",
      ["work-signature", "sender-header", "disclaimer", "unlisted-shape"],
      ("Ayoub Benali", "ayoub.benali@stad-vilvoorde.example"),
      """\
Dag {pseudonym},

Ik zie dat je je heel alleen voelt op je nieuwe school. Dat is zwaar, zeker op je 13de.

Weet je dat er in veel gemeentes gratis activiteiten zijn voor jongeren na school? Vraag eens in de jeugddienst of het jeugdhuis bij jou in de buurt. Daar leer je mensen kennen zonder dat het "moet".

Op school: probeer iemand te zoeken die ook vaak alleen is. Die is misschien net zo blij als jij met een babbel.

Groeten,
[[Ayoub]]""",
      "alleen", "Ayoub",
      headers=[("Sender", "Jeugddienst Vilvoorde <jeugddienst@stad-vilvoorde.example>")],
      identity=["Jeugddienst Vilvoorde", "jeugddienst@stad-vilvoorde.example"],
      sig="""\
[[Ayoub Benali]]
[[Jeugdconsulent]]
[[Stad Vilvoorde]] – [[Grote Markt 1, 1800 Vilvoorde]]
[[02 255 46 00]]

""" + DISC_NL),

    V("wim-kmail-phone-in-text", "v5vol_kmail", "nl",
      ["private-account", "retiree", "phone-in-text", "no-html", "unlisted-shape"],
      ("Wim Goris", "wim@goris-thuis.example"),
      """\
Dag {pseudonym},

Ik ben gepensioneerd ingenieur en ik heb lang getwijfeld of ik dit mocht zeggen: als het met je vriend echt dringend is en je weet niet waarheen, bel dan 1813 of 112. Mij mag je altijd sms'en op [[0495 33 80 12]], maar ik ben geen hulpverlener, dus bel eerst die nummers.

Je bent een goede vriend. Maar je hoeft hem niet alleen te redden.

[[Wim]]""",
      "vriend", "Wim", quote_style="none"),

    V("evi-evolution-two-themas", "v5vol_evolution", "nl",
      ["private-account", "no-html", "unlisted-shape"],
      ("Evi Hermans", "evi.hermans@posteo.example"),
      """\
Hallo {pseudonym},

Eerst: het is niet jouw schuld dat die persoon dreigt. Jij hebt niks strafbaars gedaan.

Wat je kan doen: niks meer sturen, screenshots maken, blokkeren, melden. En praat met een volwassene. Child Focus (116 000) helpt jongeren hiermee, anoniem en gratis.

Je hoeft je niet te schamen. Dit gebeurt heel vaak, en de dader is degene die fout is.

Groetjes,
[[Evi]]

<<#thema: andere>>
<<#thema: welzijn>>""",
      "sextortion", "Evi"),

    V("jeroen-apple-mail-colleague-named", "apple_mail", "nl",
      ["private-account", "own-name-in-text", "colleague-named"],
      ("Jeroen Van Laere", "jeroen.vanlaere@me.example"),
      """\
Dag {pseudonym},

Mijn naam is [[Jeroen]], ik ben een van de vrijwilligers. Mijn collega-vrijwilliger Hasna heeft me gevraagd om je ook even te antwoorden, omdat ik zelf een transman ben.

Ik was 15 toen ik het wist. Op school was het eerst heel moeilijk: een paar leerkrachten weigerden mijn naam te gebruiken. Het heeft geholpen dat een leerlingenbegeleider voor mij opkwam.

Weet dat je niet alleen bent en dat het beter wordt. Je mag altijd terugschrijven.

[[Jeroen]]""",
      "trans", "Jeroen"),

    V("hasna-outlook-ios-youth-work", "outlook_mobile", "nl",
      ["work-signature", "disclaimer", "own-name-in-text"],
      ("Hasna Amrani", "hasna.amrani@vzw-deschakel.example"),
      """\
Dag {pseudonym},

Met [[Hasna]] hier. Ik werk in een vzw voor jongeren en ik ben ook moslima.

Ik wil je zeggen: je geloof en wie je bent, dat sluit elkaar niet uit. Er zijn imams en moslimgeleerden die dat ook zeggen, en er zijn groepen waar jongeren zoals jij elkaar vinden.

Jij bepaalt wanneer je iets vertelt aan je familie. Er is geen haast.

Salaam en een warme groet,
[[Hasna]]""",
      "geloof", "Hasna",
      sig="""\
[[Hasna Amrani]] – [[jongerenwerker]]
[[vzw De Schakel]] · [[Boomsesteenweg 120, 2610 Wilrijk]]

""" + DISC_NL),

    V("ferre-voice-siri-dictated", "iphone", "nl",
      ["private-account", "voice-to-text", "student", "own-name-in-text"],
      ("Ferre Martens", "ferre.martens@icloud.example"),
      """\
Hey {pseudonym} ik ben [[Ferre]] en ik spreek dit in op mijn fiets dus sorry voor de rare zinnen
wat je schreef over je lief dat het uit is via snap dat is echt super kut
ik heb dat ook gehad vorig jaar en het beste wat ik deed was mijn vrienden bellen en veel gaan sporten
je bent niet dom oké
laat die mensen maar praten
groetjes [[Ferre]]""",
      "lief", "Ferre"),

    V("helena-outlook-desktop-reversed-team", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "disclaimer-en", "phone-in-sig"],
      ("Van Gorp Helena", "helena.vangorp@uzleuven-kjp.example"),
      """\
Beste {pseudonym},

Dank je dat je dit met ons deelt. Het eten en je lichaamsbeeld zijn moeilijke onderwerpen, en het is goed dat je er woorden voor zoekt.

Je bent 16 en je hebt recht op hulp. Ga langs bij je huisarts, en vertel eerlijk wat je hier schreef. Als het makkelijker is: neem je zus mee.

Met vriendelijke groet,
[[Helena]]""",
      "eten", "Helena",
      sig="""\
[[Helena Van Gorp]]
[[Diëtist – Eetteam jongeren]]
[[UZ Leuven]] | [[Herestraat 49, 3000 Leuven]]
[[T +32 16 34 00 00]]

""" + DISC_NL + "\n\n" + DISC_EN),

    # ------------------------------------------------------------------------------------- fr
    V("aurelie-cpas-outlook-disclaimer-fr", "outlook_desktop", "fr",
      ["work-signature", "disclaimer-fr", "disclaimer", "phone-in-sig"],
      ("Aurélie Lambert", "aurelie.lambert@cpas-namur.example"),
      """\
Bonjour {pseudonym},

Merci de nous avoir écrit. Ce que tu vis avec ces filles sur Insta, c'est du harcèlement, et ce n'est pas de ta faute.

Quelques idées :
- Fais des captures d'écran de tout, avec les dates.
- Signale les comptes à Instagram.
- Parles-en à un adulte de confiance à l'école : un éducateur, le centre PMS.

Tes parents ont le droit de savoir ce qui t'arrive. Tu peux peut-être leur montrer les captures ?

Tu peux aussi appeler le 103 (Écoute-Enfants), c'est gratuit et anonyme.

Bien à toi,
[[Aurélie]]""",
      "fr_harcel", "Aurélie",
      sig="""\
[[Aurélie Lambert]]
[[Assistante sociale]] – [[Service jeunesse]]
[[CPAS de Namur]] | [[Rue de Dave 165, 5100 Jambes]]
[[Tél. 081 33 70 11]]

""" + DISC_FR),

    V("maxime-gmail-android-short", "gmail_android", "fr",
      ["private-account", "student", "no-punctuation"],
      ("Maxime Dubois", "maxdubois.05@gmail.example"),
      """\
salut {pseudonym}

t'es pas seul vraiment
moi j'ai fait mon coming out à 17 ans et mes parents étaient aussi très croyants
ça a été dur au début mais aujourd'hui ça va
prends ton temps t'es pas obligé de leur dire maintenant
si tu as peur d'être mis dehors il y a des associations qui peuvent t'aider

courage
[[max]]""",
      "fr_gay", "Max"),

    V("chloe-iphone-fr-voice", "iphone", "fr",
      ["private-account", "voice-to-text", "own-name-in-text"],
      ("Chloé Renard", "chloe.renard@icloud.example"),
      """\
Coucou {pseudonym} c'est [[Chloé]] je te réponds en dictant parce que je suis dans le bus
je comprends ce sentiment de vide c'est très lourd à porter
si tu ne veux pas en parler à l'école tu peux en parler à ton médecin traitant ou appeler le 103
ça ne va pas rester comme ça tu mérites de te sentir mieux
je t'embrasse""",
      "fr_vide", "Chloé",
      identity=["Renard"]),

    V("nathalie-amo-owa-logo-bilingual", "outlook_web", "fr",
      ["work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en", "logo"],
      ("Nathalie Gilson", "n.gilson@amo-lepassage.example"),
      """\
Bonjour {pseudonym},

Je m'appelle [[Nathalie]], je travaille dans une AMO et je suis bénévole chez Lumi.

Ce que tu décris, qu'elle veut tout le temps savoir où tu es et qu'elle fouille ton téléphone, ce n'est pas normal. Dans une relation saine, on se fait confiance. Le contrôle, ce n'est pas une preuve d'amour.

Tu peux lui dire calmement ce que tu ressens. Et si tu as peur de sa réaction, parles-en à quelqu'un de confiance.

Bien à toi,
[[Nathalie]]

<<#thema: relaties>>""",
      "fr_copine", "Nathalie",
      sig="""\
[[Nathalie Gilson]]
[[Éducatrice]] – [[AMO Le Passage]]
[[Rue Saint-Gilles 33, 4000 Liège]]
[[04 222 18 19]]

""" + DISC_FR + "\n\n" + DISC_EN,
      logo=("AMO Le Passage", "inline")),

    V("fatou-gmail-long-own-story", "gmail_web", "fr",
      ["unlisted-shape", "private-account", "long", "own-story", "family-named"],
      ("Fatou Diallo", "fatou.diallo@gmail.example"),
      """\
Bonjour {pseudonym},

J'ai lu ton message plusieurs fois. Ce que tu vis avec tes parents, la peur qu'ils te mettent dehors, c'est quelque chose que beaucoup de jeunes LGBT+ connaissent, et c'est une peur très réelle.

Je te raconte un peu mon histoire. J'ai grandi à Schaerbeek dans une famille très pratiquante. J'ai su que j'aimais les filles vers 15 ans. Je n'ai rien dit pendant des années. La première personne à qui je l'ai dit, c'était ma cousine Aminata, et elle m'a serrée dans ses bras. Mes parents l'ont appris bien plus tard, quand j'étais déjà indépendante financièrement. Ça a été difficile, mais aujourd'hui on se parle.

Je ne te dis pas ça pour que tu fasses pareil. Ton histoire t'appartient. Mais je voudrais que tu saches :

1. Tu n'as aucune obligation de le dire maintenant.
2. Si un jour tu te retrouves à la rue, il existe des lieux d'accueil pour les jeunes, comme Rainbow House à Bruxelles ou le CAW/CPAS de ta commune.
3. Parler à un adulte de confiance (un prof, un éducateur, le PMS) peut t'aider à préparer ce moment.

Tu n'es pas seul. On est là.

Avec toute ma tendresse,
[[Fatou]]""",
      "fr_gay", "Fatou"),

    V("samia-samsung-emoji", "samsung", "fr",
      ["private-account", "emoji", "student"],
      ("Samia Belkacem", "samia.belkacem@hotmail.example"),
      """\
Hello {pseudonym} 🌷

Je suis trop contente que tu m'écrives (enfin, qu'tu nous écrives 😅). Ce que tu ressens, c'est pas rien. Être trans et pas encore pouvoir en parler, c'est lourd.

Ta meilleure amie est déjà au courant, c'est génial 💜 Peut-être qu'elle peut t'aider à préparer la discussion avec ta mère ?

Courage, vraiment.
[[Samia]] 🌈""",
      "fr_trans", "Samia", quote_pos="above"),

    V("thijs-gmail-deepl-line-fr", "gmail_web", "fr",
      ["private-account", "translator-line", "own-name-in-text", "unlisted-shape"],
      ("Thijs Bracke", "thijs.bracke@gmail.example"),
      """\
Bonjour {pseudonym},

Je suis [[Thijs]], un bénévole flamand, j'ai traduit mon message avec un outil parce que mon français n'est pas très bon.

Ce que ta copine fait, surveiller où tu es et fouiller ton téléphone, ce n'est pas normal. Dans une relation, chacun a droit à sa vie privée. Tu peux lui en parler, et si elle ne change pas, il est important d'en parler à quelqu'un.

Prends soin de toi.
[[Thijs]]""",
      "fr_copine", "Thijs",
      client_line="Traduit avec DeepL.com (version gratuite)"),

    V("celine-proton-inline-fr", "proton", "fr",
      ["private-account", "inline-answer"],
      ("Céline Hainaut", "celine.hainaut@proton.example"),
      """\
Bonjour {pseudonym},

Je te réponds entre tes lignes :

<<> je suis un garçon trans de 15 ans, personne le sait sauf ma meilleure amie.>>

Merci de me le dire. Tu as déjà quelqu'un qui te soutient, c'est une belle force.

<<> j'aimerais commencer à en parler à ma mère mais je sais pas comment>>

Tu peux lui écrire une lettre, ou commencer par lui parler d'une série ou d'une personne trans que tu admires, pour voir sa réaction. Tu peux aussi demander à ta meilleure amie d'être là.

À bientôt,
[[Céline]]""",
      "", "Céline", quote_style="none"),

    V("gregoire-thunderbird-retiree-sigdash", "thunderbird", "fr",
      ["private-account", "retiree", "phone-in-sig"],
      ("Grégoire Pirard", "gregoire.pirard@skynet.example"),
      """\
Bonjour {pseudonym},

Je suis un ancien professeur, aujourd'hui à la retraite, et j'ai vu beaucoup d'élèves victimes de harcèlement sur les réseaux. Je veux te dire une chose : ce n'est jamais la faute de la victime.

Garde des preuves (captures d'écran), signale les comptes, et parle à un adulte de l'école. Et si tu n'oses pas en parler à tes parents, commence peut-être par un autre adulte de ta famille.

Avec mes sentiments les meilleurs,""",
      "fr_harcel", "Grégoire",
      sig="""\
[[Grégoire Pirard]]
[[Rue des Tilleuls 14, 6900 Marche-en-Famenne]]
[[0475 41 22 90]]""",
      sig_dash=True),

    V("amandine-outlook-ios-mandy", "outlook_mobile", "fr",
      ["private-account", "short-form-name", "nickname-sign"],
      ("Amandine Collard", "amandine.collard@outlook.example"),
      """\
Salut {pseudonym},

Ce que tu vis avec ta copine, ça ressemble à du contrôle. Et le contrôle, même par amour, ça n'est pas ok.

Tu as le droit d'avoir ta vie, tes ami·e·s, ton téléphone. Parle-lui, et si ça continue, parle-en à quelqu'un.

Bises,
[[Mandy]]""",
      "fr_copine", "Amandine"),

    V("jeanmarc-roundcube-capitals", "webmail", "fr",
      ["private-account", "retiree", "capitals"],
      ("Jean-Marc Thiry", "jm.thiry@voo.example"),
      """\
BONJOUR {pseudonym},

JE SUIS UN GRAND-PERE DE 72 ANS ET JE VEUX JUSTE TE DIRE QUE TU COMPTES. CE SENTIMENT DE VIDE, BEAUCOUP DE JEUNES LE CONNAISSENT ET ON PEUT EN SORTIR.

VA VOIR TON MEDECIN, IL EST LA POUR CA. OU APPELLE LE 103.

AMITIES,
[[JEAN-MARC]]""",
      "fr_vide", "Jean-Marc"),

    V("yannick-gmail-ios-phone-in-text", "gmail_ios", "fr",
      ["private-account", "phone-in-text", "own-name-in-text"],
      ("Yannick Mbuyi", "yannick.mbuyi@gmail.example"),
      """\
Salut {pseudonym},

C'est [[Yannick]]. J'ai grandi dans une famille congolaise très croyante, et j'ai fait mon coming out à 19 ans. Ça n'a pas été simple, mais aujourd'hui ma mère et moi, on se parle à nouveau.

Tu n'es pas obligé de le dire tout de suite. Protège-toi d'abord. Si un jour ça devient dangereux à la maison, appelle le 103 ou le 112.

Si tu veux parler à quelqu'un de vive voix, mon numéro c'est le [[0486 72 39 15]] (en soirée), mais d'abord écris ici, c'est plus sûr.

Force à toi,
[[Yannick]]""",
      "fr_gay", "Yannick"),

    V("helene-owa-html-only-fr", "outlook_web", "fr",
      ["work-signature", "disclaimer-fr", "disclaimer"],
      ("Hélène Vandevelde", "helene.vandevelde@ulb-psy.example"),
      """\
Bonjour {pseudonym},

Je suis psychologue et bénévole chez Lumi. Ce que tu décris, le vide, le sommeil, l'appétit, ça ressemble à une période de déprime, et ça se soigne.

Tu peux consulter gratuitement un psychologue de première ligne : ton médecin peut t'orienter. Et si un jour tu as des idées noires, appelle le 0800 32 123 (Centre de Prévention du Suicide).

Je te souhaite beaucoup de courage,
[[Hélène]]""",
      "fr_vide", "Hélène", html="only",
      sig="""\
[[Hélène Vandevelde]]
[[Psychologue clinicienne]] – [[Service de Santé Mentale]]
[[Avenue Franklin Roosevelt 50, 1050 Bruxelles]]

""" + DISC_FR),

    V("sophieanne-zoho-vcard", "v5vol_zoho", "fr",
      ["work-signature", "phone-in-sig", "unlisted-shape"],
      ("Sophie-Anne Leroy", "sa.leroy@atelier-leroy.example"),
      """\
Bonjour {pseudonym},

Le harcèlement sur Insta, c'est épuisant, surtout quand elles créent de nouveaux comptes à chaque fois. Tu as bien fait de bloquer.

Une idée : mets ton compte en privé pendant un temps, et demande à une amie de t'aider à surveiller et signaler. Et parle à un adulte, même si ce n'est pas tes parents.

Amitiés,
[[Sophie-Anne]]""",
      "fr_harcel", "Sophie-Anne",
      sig="""\
[[Sophie-Anne Leroy]] – [[Céramiste]]
[[Atelier Leroy]] · [[www.atelier-leroy.example]]""",
      vcard="""\
BEGIN:VCARD
VERSION:3.0
N:[[Leroy]];[[Sophie-Anne]];;;
FN:[[Sophie-Anne Leroy]]
ORG:[[Atelier Leroy]]
TEL;TYPE=WORK:[[+32 10 45 67 21]]
EMAIL:[[sa.leroy@atelier-leroy.example]]
ADR;TYPE=WORK:;;[[Rue du Moulin 7]];[[Wavre]];;[[1300]];Belgique
END:VCARD"""),

    V("lea-outlook-android-fr-thema", "outlook_android", "fr",
      ["private-account", "thema-in-sentence"],
      ("Léa Marchal", "lea.marchal@outlook.example"),
      """\
Salut {pseudonym},

Ta mère est peut-être plus prête que tu ne le penses. Mais tu n'as pas à tout dire d'un coup : tu peux commencer par « j'aimerais te parler de quelque chose d'important pour moi ». Et si ça se passe mal, tu peux revenir nous écrire. <<#thema: genderidentiteit>>

[[Léa]]""",
      "fr_trans", "Léa"),

    # ------------------------------------------------------------------------------------- en
    V("rachel-gmail-expat", "gmail_web", "en",
      ["private-account", "own-story"],
      ("Rachel Thompson", "rachel.thompson@gmail.example"),
      """\
Hi {pseudonym},

I'm one of the volunteers here, and I moved to Belgium from Manchester when I was 16, so your message really hit home.

The first year was awful. Everyone already had their groups and I felt like the odd one out. What helped me was joining something outside school: a climbing gym, then an English-speaking theatre group in Brussels. It was easier to make friends doing something together.

Also, days when you don't want to get out of bed are a sign you're carrying a lot. Please talk to a doctor or the CLB at your school (they speak English too, usually).

You're not alone in this.

[[Rachel]]""",
      "en_lonely", "Rachel"),

    V("daniel-eu-outlook-disclaimer-en", "outlook_desktop", "en",
      ["work-signature", "disclaimer", "disclaimer-en", "phone-in-sig"],
      ("OKOYE Daniel (DG EMPL)", "daniel.okoye@ec-europa.example"),
      """\
Dear {pseudonym},

Thank you for writing to us. Panic attacks are frightening, but they are not dangerous, and you are not "broken".

A few things that can help in the moment:
- Breathe slowly: in for 4, out for 6.
- Name five things you can see.
- Remind yourself that it will pass, usually within minutes.

It would also be good to talk to a doctor, and perhaps the school's CLB. They can help you find support so this happens less often.

Kind regards,
[[Daniel]]""",
      "en_panic", "Daniel",
      sig="""\
[[Daniel OKOYE]]
[[Policy Officer]]
[[European Commission – DG Employment, Social Affairs & Inclusion]]
[[Unit D.2 – Youth Employment]]
[[Rue Joseph II 27, B-1049 Brussels]]
[[+32 2 299 41 18]]

""" + DISC_EN),

    V("priya-iphone-short-en", "iphone", "en",
      ["private-account", "very-short"],
      ("Priya Raman", "priya.raman@icloud.example"),
      "Hi {pseudonym}, being bi is completely okay and you don't owe anyone a coming out. Tell them when it feels safe. I'll write more tonight x [[Priya]]",
      "en_bi", "Priya"),

    V("tom-hey-en", "v5vol_hey", "en",
      ["private-account", "unlisted-shape"],
      ("Tom Fletcher", "tom@fletcher.example"),
      """\
Hey {pseudonym},

That sounds really hard. Having your phone taken and being told it's "a phase" can feel like they're not seeing you at all.

Try to stay safe for now: be careful what you write on your brother's laptop, and find one adult you trust (a teacher, a school counsellor) to talk to.

It's not a phase just because they say so. You know yourself.

[[Tom]]""",
      "en_parents", "Tom"),

    V("aoife-university-owa", "outlook_web", "en",
      ["work-signature", "disclaimer-en", "disclaimer", "pronouns"],
      ("Aoife Byrne", "aoife.byrne@vub-research.example"),
      """\
Hi {pseudonym},

Thanks for trusting us with this. Jokes about bi people can sting, even when friends "don't mean it".

You don't have to tell them. If you do want to, you could start with the friend who seems most open. And if the jokes hurt, you're allowed to say so.

Take care,
[[Aoife]]""",
      "en_bi", "Aoife",
      sig="""\
[[Dr Aoife Byrne]] ([[she/her]])
[[Postdoctoral Researcher]] | [[Brussels Institute for Social Research]]
[[Pleinlaan 2, 1050 Brussels]]

""" + DISC_EN),

    V("marcus-thunderbird-en-sigdash", "thunderbird", "en",
      ["private-account", "phone-in-sig"],
      ("Marcus Lindqvist", "marcus.lindqvist@posteo.example"),
      """\
Hi {pseudonym},

I'm Swedish and moved to Ghent for work, so I know a bit about starting over in a country where you don't speak the language well.

Some ideas: look for international youth groups or sports clubs, try a language exchange (lots of Belgian teens want to practise English!), and talk to someone at school about how you feel.

And if you struggle to get out of bed most days, please see a doctor. That's not weakness, it's looking after yourself.

Best,
[[Marcus]]""",
      "en_lonely", "Marcus",
      sig="""\
[[Marcus Lindqvist]]
[[+32 468 12 77 30]]""",
      sig_dash=True),

    V("hannah-apple-mail-en", "apple_mail", "en",
      ["private-account", "own-name-in-text"],
      ("Hannah Weiss", "hannah.weiss@me.example"),
      """\
Dear {pseudonym},

I'm [[Hannah]]. I had panic attacks all through secondary school, and I want you to know: nothing is wrong with you as a person. Your body is sounding an alarm too often, and that can be trained down.

Things that helped me: breathing exercises, talking to a psychologist, and telling one teacher so I could step out of class when needed.

Please write back and let us know how you're doing.

Warmly,
[[Hannah]]""",
      "en_panic", "Hannah"),

    V("kwame-samsung-bottom-en", "samsung", "en",
      ["private-account", "student"],
      ("Kwame Mensah", "kwame.mensah@gmail.example"),
      """\
Hey {pseudonym}

Thanks for writing. It's really hard when your parents don't get it. You're not wrong for loving who you love.

Keep yourself safe, and if things get bad at home, call 102 (Awel), they speak English too.

[[Kwame]]""",
      "en_parents", "Kwame", quote_pos="above"),

    V("laura-mailbird-en", "v5vol_mailbird", "en",
      ["private-account", "unlisted-shape"],
      ("Laura Castillo", "laura.castillo@zoho.example"),
      """\
Hi {pseudonym},

Moving country at your age is one of the hardest things. I moved from Valencia to Antwerp at 15 and cried a lot that first winter.

Be patient with yourself. Join one club, say yes to one invitation, and talk to a doctor if the bad days keep coming.

Un abrazo,
[[Laura]]""",
      "en_lonely", "Laura"),

    V("ben-gmail-android-no-punct-en", "gmail_android", "en",
      ["private-account", "very-short", "no-punctuation", "student"],
      ("Ben Carter", "bencarter.07@gmail.example"),
      """\
hey {pseudonym}
its not a phase
you know who you are
find a teacher you trust and talk to them
[[ben]]""",
      "en_parents", "Ben", quote_style="none"),
]
