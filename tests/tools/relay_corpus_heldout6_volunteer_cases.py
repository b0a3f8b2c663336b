"""Hand-written volunteers' answers for part `volunteer` of the sixth held-out relay-text corpus.

Markup (see tests/tools/relay_corpus_heldout.py): [[...]] around every identity span of the
writer (their names, addresses, phones, streets, and the parts of their signature block that
identify them), <<...>> around what is neither content nor identity (a #thema line, a template
remnant, a pasted header block). Everything else in `body` is the volunteer's own words, content.
`sig` is the signature block (identity parts marked, the rest neither). `quote` is what the
help-seeker wrote, as the forward relayed it; the dressing adds the note to volunteers.

All people, addresses and numbers are invented; domains are .example/.test only.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case, own_html, strip_markup

# What help-seekers wrote, as the volunteers received it in the forward.
Q_NL = [
    "hoi\nik ben 15 en ik denk dat ik bi ben\nmaar mijn vriendinnen lachen met alles\nwat moet ik doen",  # noqa: E501
    "Hallo, mijn ouders gaan scheiden en ik slaap heel slecht. Ik durf het aan niemand te zeggen.",  # noqa: E501
    "ze pakken elke dag mijn gsm af op de bus en zetten foto's op hun story. ik wil niet meer naar school",  # noqa: E501
    "Mijn lief wil dat ik altijd mijn locatie deel en wordt kwaad als ik het uitzet. Is dat normaal?",  # noqa: E501
    "ik ben trans (hij/hem) en mijn school weigert mijn naam aan te passen op smartschool. mijn mama zegt dat het een fase is",  # noqa: E501
    "Is het raar dat ik nog nooit verliefd ben geweest? Ik ben 17 en iedereen heeft al iets gehad.",  # noqa: E501
]
Q_FR = [
    "salut, je suis en 4e et je crois que je suis lesbienne. personne le sait. j'ai peur",
    "Bonjour, mon beau-père crie tout le temps et j'ai peur de rentrer le soir. Je fais quoi ?",
    "on se moque de moi au foot parce que je suis pas comme les autres gars",
]
Q_EN = [
    "hi, I'm 16 and I think I'm non-binary but my parents just don't get it",
    "My best friend stopped talking to me after I came out to her. I feel so alone.",
]
BANNER_NL = ("[EXTERN] Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links\n"
             "en open geen bijlagen tenzij je de afzender kent.\n\n")
BANNER_FR = ("ATTENTION : Ce courriel provient d'un expéditeur externe. Ne cliquez pas sur les\n"
             "liens si vous ne connaissez pas l'expéditeur.\n\n")
BANNER_EN = ("CAUTION: This email originated from outside of the organisation. Do not click links\n"  # noqa: E501
             "or open attachments unless you recognise the sender.\n\n")

DISC_NL = ("Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de\n"
           "geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan en\n"
           "breng de afzender op de hoogte.")
DISC_FR = ("Ce message et ses annexes sont confidentiels et destinés exclusivement à leur\n"
           "destinataire. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir\n"
           "l'expéditeur.")
DISC_EN = ("This e-mail and any attachments are confidential and intended solely for the\n"
           "addressee. If you received it in error, please delete it and notify the sender.")

# First names that start a marked full name but are nobody's display name in From.
EXTRA_FIRST_NAMES = frozenset({
    "Greet", "Wies", "Louise", "Jorre", "Ilse", "Koen", "Rudi", "Hanne", "Bram", "Karolien",
    "Lotte", "Siobhán", "Mathis", "Aurélie", "Priya", "Niamh", "Dries", "Fien", "Ward",
    "Marleen", "Joris", "Yasmina", "Tuur", "Elke", "Pieter-Jan", "Ingrid", "Anouk", "Stijn",
    "Margot", "Kobe", "Ann-Sofie", "Hilde", "Roel", "Emma", "Xavier", "Chantal", "Benoît",
    "Ophélie", "Thibault", "Delphine", "Owen", "Harriet", "Callum", "Mei", "Gerda", "Filip",
    "Nathalie", "Johan", "Lowie", "Zoë", "Axel", "Hamid", "Katrien", "Wannes", "Febe",
})


def _tags(body: str, quote_pos: str, quote_style: str, tags: list[str]) -> list[str]:
    out = list(tags)
    if "{pseudonym}" in body:
        out.append("greets-pseudonym")
    if "#thema:" in body:
        out.append("thema-line")
    if quote_style == "none":
        out.append("inline-answer" if "<<>" in body else "no-quote")
    else:
        out.append("quoted-history")
        out.append("bottom-posted" if quote_pos == "above" else "top-posted")
    return list(dict.fromkeys(out))


def v(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      nickname: str, quote: str = "", **kw: object) -> Case:
    """One volunteer's answer to the forward of `quote` (the help-seeker's relayed words)."""
    quote_pos = str(kw.get("quote_pos", "below"))
    quote_style = str(kw.get("quote_style", ""))
    default = {"nl": Q_NL[0], "fr": Q_FR[0], "en": Q_EN[0]}[lang]
    return Case(slug=slug, direction="volunteer", shape=shape, lang=lang,
                tags=_tags(body, quote_pos, quote_style, tags), sender=sender, body=body,
                nickname=nickname, quote=quote or default, note_lang=lang,
                **kw)  # type: ignore[arg-type]


def html_with(style: str, body: str, *swaps: tuple[str, str], before: str = "") -> str:
    """The own words as the client writes them in HTML, with some visible text swapped for markup
    (a link whose target identifies the writer), and hidden text before it (a preheader)."""
    html = own_html(style, strip_markup(body).strip("\n"))
    for old, new in swaps:
        assert old in html, old
        html = html.replace(old, new, 1)
    return before + html


CASES: list[Case] = [
    # ------------------------------------------------------------------ Dutch / Flemish (60)
    v("student-gmail-android-oneliner", "gmail_android", "nl",
      ["student", "private-account", "very-short", "no-punctuation", "tussentaal", "nickname-sign"],
      ("Wies Verhaegen", "wiesje.verhaegen@gmail.example"),
      "hey {pseudonym} da is helemaal ni raar hoor en ge moet da aan niemand uitleggen als ge da ni wilt\n"  # noqa: E501
      "schrijf gerust nog eens\n[[wies]] 🌈", "Wies"),
    v("retiree-outlook-pronunciation", "outlook_desktop", "nl",
      ["retiree", "private-account", "long", "unlisted-shape", "pronunciation-guide", "sig-dash"],
      ("Siobhán Maes", "siobhan.maes@telenet.example"),
      "Beste {pseudonym},\n\n"
      "Dank je wel dat je ons schreef. Wat je vertelt over je ouders die uit elkaar gaan, dat is\n"
      "veel, en het is heel begrijpelijk dat je daar 's nachts van wakker ligt. Veel jongeren\n"
      "die ons schrijven zeggen hetzelfde: overdag lukt het nog, maar als het stil wordt komen\n"
      "de gedachten.\n\n"
      "Een paar dingen die anderen hielpen:\n"
      "- voor het slapen je gedachten opschrijven in een schriftje, ook als het rommelig is\n"
      "- één volwassene kiezen bij wie je het wel durft te zeggen, een tante, een leerkracht, de\n"
      "  CLB-medewerker op school\n"
      "- weten dat de scheiding niet jouw schuld is. Echt niet.\n\n"
      "Je mag ons altijd opnieuw schrijven, ook als het alleen is om te zeggen hoe je dag was.\n\n"
      "Hartelijke groet,",
      "Siobhán", quote=Q_NL[1], sig_dash=True, from_style="ew",
      sig="[[Siobhán Maes]]\n(uitspraak: [[Sjie-VAAN]], ik weet het, Ierse moeder)\n[[Kerkwegel 9, 8570 Vichte]]"),  # noqa: E501
    v("callsign-thunderbird", "thunderbird", "nl",
      ["retiree", "private-account", "unlisted-shape", "callsign", "sig-dash"],
      ("Rudi Van Acker", "on4rva@uba.example"),
      "Dag {pseudonym},\n\n"
      "Wat een moedige mail. Dat je mama zegt dat het een fase is, doet pijn, en toch: jij weet\n"
      "wie je bent. Vraag op school naar de vertrouwensleerkracht of het CLB, zij kunnen met de\n"
      "directie praten over je naam in smartschool. Dat gebeurt op veel scholen al.\n\n"
      "Laat je nog iets weten?\n\n<<#thema: genderidentiteit>>",
      "Rudi", quote=Q_NL[4], sig_dash=True,
      sig="vy 73 de [[ON4RVA]]\n[[Rudi Van Acker]]\nQTH [[Ruiselede]] · QRZ.example/[[on4rva]]"),
    v("farm-gps-webmail", "webmail", "nl",
      ["private-account", "business-account", "unlisted-shape", "geo-coordinates", "no-punctuation",
       "wrong-account", "reply-to-private"],  # noqa: E501
      ("Hoeve Ter Linde", "info@terlinde.example"),
      "dag {pseudonym}\n"
      "ik lees je bericht tussen het melken door\n"
      "bi zijn is niet iets om uit te lachen\n"
      "misschien is er één vriendin die je meer vertrouwt dan de rest\n"
      "begin daar\n"
      "en anders schrijf je ons\n"
      "groetjes\n[[Marleen]]",
      "Marleen", volunteer="marleen.terlinde@telenet.example",
      headers=[("Reply-To", "marleen.terlinde@telenet.example")],
      identity=["marleen.terlinde@telenet.example"],
      sig="[[Hoeve Ter Linde]] – hoevezuivel & hoeve-ijs\n[[Lindestraat 40, 9880 Aalter]]\n"
          "[[51.0853 N, 3.4478 O]]\n[[0476 31 22 90]]"),
    v("maps-link-outlook-web", "outlook_web", "nl",
      ["work-signature", "unlisted-shape", "maps-link", "disclaimer", "banner", "logo", "logo-attachment"],  # noqa: E501
      ("Joris Delvaux", "joris.delvaux@tandarts-delvaux.example"),
      "Hallo {pseudonym},\n\n"
      "Ik ben tandarts, maar hier gewoon vrijwilliger 🙂. Dat ze je gsm afpakken en foto's online\n"
      "zetten is pesten, en ook strafbaar. Bewaar screenshots, vertel het aan je klastitularis\n"
      "en als je wil kan je ook bellen naar 102.\n\nSterkte!",
      "Joris", quote=BANNER_NL + Q_NL[2],
      sig="[[Joris Delvaux]]\nTandarts – algemene praktijk\n[[Tandartspraktijk Delvaux]]\n"
          "Route: [[https://maps.example/?q=Stationsplein+7,+2440+Geel]]\n[[014 58 20 11]]\n\n" + DISC_NL,  # noqa: E501
      identity=["Stationsplein+7"], logo=("Tandartspraktijk Delvaux", "attachment")),
    v("vu-line-municipality", "outlook_desktop", "nl",
      ["work-signature", "unlisted-shape", "vu-line", "disclaimer"],
      ("Koen Lybaert", "koen.lybaert@deinze.example"),
      "Dag {pseudonym}\n\n"
      "Het is helemaal niet raar. Sommige mensen worden op hun 12e verliefd, anderen op hun 25e,\n"
      "en sommigen nooit, en dat is allemaal oké. Er is geen deadline. Je hoeft niets te forceren\n"
      "omdat je vrienden al iets hebben gehad.\n\nVriendelijke groeten",
      "Koen", quote=Q_NL[5],
      sig="[[Koen Lybaert]]\nDeskundige jeugd\n[[Stad Deinze]] – dienst Jeugd\n[[Markt 1, 9800 Deinze]]\n"  # noqa: E501
          "T [[09 381 95 40]]\n\nV.U.: [[Koen Lybaert]], [[Markt 1, 9800 Deinze]]\n\n" + DISC_NL),
    v("working-hours-line", "outlook_web", "nl",
      ["work-signature", "unlisted-shape", "working-hours-line", "phone-in-sig"],
      ("Hanne Wouters", "hanne.wouters@hogent.example"),
      "Hoi {pseudonym},\n\n"
      "Dat je lief boos wordt als je je locatie uitzet, is geen teken van liefde maar van controle.\n"  # noqa: E501
      "In een gezonde relatie mag je ook dingen voor jezelf houden. Hoe voel jij je erbij?\n\n"
      "<<#thema: relaties>>\n\nWarme groet",
      "Hanne", quote=Q_NL[3],
      sig="[[Hanne Wouters]] ([[zij/haar]])\nLector sociaal werk | [[HOGENT]]\n"
          "[[+32 9 243 87 12]]\n\n"
          "Mijn werkuren zijn misschien niet dezelfde als de jouwe. Voel je niet verplicht om\n"
          "buiten je eigen werkuren te antwoorden."),
    v("languagetool-line", "gmail_web", "nl",
      ["student", "private-account", "unlisted-shape", "writing-assistant-line", "client-line"],
      ("Tuur Maenhout", "tuur.maenhout@gmail.example"),
      "Hey {pseudonym}\n\n"
      "Ik las je bericht en wou je gewoon laten weten: je bent niet alleen. Ik zat vorig jaar\n"
      "met precies hetzelfde, ik ben nu 21 en het is echt beter geworden. Mijn tip: zoek een\n"
      "holebi-jongerenwerking bij jou in de buurt, daar lacht niemand.\n\nGroetjes,\n[[Tuur]]",
      "Tuur", client_line="Nagekeken met LanguageTool – schrijf foutloos in 30 talen"),
    v("template-remnant", "outlook_desktop", "nl",
      ["work-signature", "unlisted-shape", "template-remnant", "disclaimer"],
      ("Ilse Dierickx", "ilse.dierickx@ocmw-lede.example"),
      "Beste {pseudonym},\n\n"
      "Bedankt voor je bericht. Wat je beschrijft, dat je elke dag op de bus gepest wordt, is\n"
      "niet oké en het is niet jouw schuld. Je hebt recht op een veilige weg naar school.\n"
      "Praat met iemand op school die je vertrouwt; zij moeten hier iets mee doen.\n\n"
      "Met vriendelijke groet,\n<<[naam vrijwilliger]>>\n[[Ilse]]",
      "Ilse", quote=Q_NL[2],
      sig="[[Ilse Dierickx]] | maatschappelijk werker\n[[OCMW Lede]] | [[Kasteeldreef 1, 9340 Lede]]\n"  # noqa: E501
          "[[053 60 71 40]]\n" + DISC_NL),
    v("auth-header-posteo", "v6vol_posteo", "nl",
      ["private-account", "unlisted-shape", "auth-header", "no-display-name", "initials"],
      ("", "bv-lumi@posteo.example"),
      "Dag {pseudonym},\n\n"
      "Je hoeft niet te weten wat je bent om je goed te mogen voelen. Neem je tijd.\n"
      "Als je vriendinnen lachen, zegt dat meer over hen dan over jou.\n\n"
      "Groet,\n[[B.V.]]",
      "Bram", from_style="bare", volunteer="bv-lumi@posteo.example",
      headers=[("X-Authenticated-User", "bram.vanhoutte@posteo.example"),
               ("X-Posteo-Login", "bvanhoutte")],
      identity=["bram.vanhoutte@posteo.example", "bvanhoutte"]),
    v("autocrypt-mailboxorg", "v6vol_mailboxorg", "nl",
      ["private-account", "unlisted-shape", "autocrypt-header", "second-address"],
      ("Dries Goossens", "dries@goossens-familie.example"),
      "Hallo {pseudonym}\n\n"
      "Wat je meemaakt met de scheiding van je ouders is zwaar. Slecht slapen hoort daar vaak\n"
      "bij. Misschien helpt het om een vaste avondroutine te hebben, zonder gsm in bed.\n"
      "En zeg het aan één iemand, dat lucht op.\n\n[[Dries]]",
      "Dries", quote=Q_NL[1],
      headers=[("Autocrypt", "addr=dries.goossens@mailbox.example; prefer-encrypt=mutual;\n"
                " keydata=mQENBGX3b2IBCADh0Z1vX9bq3kQ7wK4JtqX1uC2g7m5Yw8N0aVbLsQpFhE")],
      identity=["dries.goossens@mailbox.example"]),
    v("inline-pgp-thunderbird", "thunderbird", "nl",
      ["private-account", "unlisted-shape", "inline-pgp", "sig-dash"],
      ("Stijn Claeys", "stijn@claeys.example"),
      "<<-----BEGIN PGP SIGNED MESSAGE----->>\n<<Hash: SHA256>>\n\n"
      "Dag {pseudonym},\n\n"
      "Je schrijft dat je school je naam niet wil aanpassen. Dat mag je aankaarten: vraag een\n"
      "gesprek met het CLB en neem iemand mee die je steunt. Je bent wie je zegt dat je bent.\n\n"
      "<<#thema: genderidentiteit>>\n\n[[Stijn]]",
      "Stijn", quote=Q_NL[4], sig_dash=True,
      sig="[[Stijn Claeys]]\nOpenPGP: [[7B1E 0D55 3F2A 91C4 A8E0  22D1 6F0B 4C3A 9E17 5D28]]\n"
          "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEEex4NVT8qkcSo4CLRbwtMOp4XXSgFAmfG\n"
          "=q7Xe\n-----END PGP SIGNATURE-----"),
    v("markdown-fairemail", "v6vol_fairemail", "nl",
      ["student", "private-account", "unlisted-shape", "markdown", "short-form-name"],
      ("Pieter-Jan Wyffels", "pj.wyffels@fastmail.example"),
      "Hoi {pseudonym}!\n\n"
      "**Eerst dit:** bi zijn is echt, en het is niet 'een fase'.\n\n"
      "Wat je kan doen:\n"
      "1. kijk eens op *wij-zijn-er.test*, daar staan verhalen van andere bi jongeren\n"
      "2. test eerst bij één vriendin, niet bij de hele groep\n"
      "3. laat weten hoe het ging\n\n"
      "---\n[[PJ]] · student psychologie",
      "Pieter-Jan"),
    v("bio-link-samsung", "samsung", "nl",
      ["student", "private-account", "unlisted-shape", "bio-link", "emoji", "client-line"],
      ("Febe Lauwers", "febelauwers@hotmail.example"),
      "heyy {pseudonym} 💛\n"
      "omg da ze u gsm afpakken is echt nie oke\n"
      "pak screenshots van die stories en toon ze aan iemand op school\n"
      "ge verdient da nie\n"
      "xx [[febe]]\n"
      "✨ [[lnk.bio.example/febelauwers]] ✨",
      "Febe", quote=Q_NL[2]),
    v("pet-handle-iphone", "iphone", "nl",
      ["private-account", "unlisted-shape", "pet-handle", "client-line", "very-short"],
      ("Gerda Smolders", "gerda.smolders@skynet.example"),
      "Dag {pseudonym}, neem je tijd, verliefd worden komt wanneer het komt of niet en beide is goed. Liefs [[Gerda]]\n"  # noqa: E501
      "🐾 volg ook [[@pluis_de_beagle]] op insta",
      "Gerda", quote=Q_NL[5]),
    v("playlist-spike", "v6vol_spike", "nl",
      ["student", "private-account", "unlisted-shape", "playlist-link", "client-line"],
      ("Lowie Vercammen", "lowie.vercammen@gmail.example"),
      "Yo {pseudonym}\n\n"
      "Ik ben [[Lowie]], 20, en ik hoor je. Ouders die scheiden, dat is alsof de grond onder je\n"
      "voeten wegschuift. Muziek hielp mij toen. Niet om het weg te maken, wel om te slapen.\n\n"
      "Schrijf ons gerust nog.",
      "Lowie", quote=Q_NL[1],
      sig="🎧 mijn slaap-playlist: [[open.music.example/user/lowievercammen]]"),
    v("erasmus-abroad-number", "gmail_ios", "nl",
      ["student", "private-account", "unlisted-shape", "abroad-number", "phone-in-sig"],
      ("Lotte Vanbiervliet", "lotte.vanbiervliet@ugent.example"),
      "Hey {pseudonym},\n\n"
      "Ik zit momenteel op Erasmus maar lees je mail toch even tussen twee lessen door.\n"
      "Dat je lief kwaad wordt als je je locatie uitzet, zou ik niet normaal vinden. Jij\n"
      "beslist wie weet waar je bent. Durf je daar met hem over te praten?\n\n"
      "Veel liefs",
      "Lotte", quote=Q_NL[3],
      sig="[[Lotte Vanbiervliet]]\n[[Erasmus Universidade de Lisboa 2024-25]]\n[[+351 912 480 337]]"),  # noqa: E501
    v("student-number-ku", "outlook_web", "nl",
      ["student", "work-signature", "unlisted-shape", "student-number", "disclaimer-en"],
      ("Kobe Nuyts", "kobe.nuyts@student.kuleuven.example"),
      "Hallo {pseudonym},\n\n"
      "Ik ben [[Kobe]] (vrijwilliger bij Lumi) en ik ben blij dat je ons vertrouwt met dit. Je\n"
      "naam is jouw naam. Veel scholen passen het al aan op smartschool als je het vraagt via\n"
      "het leerlingensecretariaat of het CLB. Wil je dat we samen uitzoeken hoe je dat vraagt?\n\n"
      "Groetjes",
      "Kobe", quote=Q_NL[4],
      sig="[[Kobe Nuyts]]\nMaster Orthopedagogiek – [[r0812764]]\n[[KU Leuven]]\n\n" + DISC_EN),
    v("village-nickname", "yahoo", "nl",
      ["retiree", "private-account", "unlisted-shape", "village-nickname", "dialect", "capitals"],
      ("Johan Debaene", "johan.debaene@yahoo.example"),
      "DAG {pseudonym}\n\n"
      "IK SCHRIJF IN HOOFDLETTERS WANT MIJN OGEN ZIJN NIET MEER ZO GOED, EXCUSEER.\n"
      "ZE ZIJN GEMEEN OP DIEN BUS. GIJ ZIJT NIET DE SCHULD. ZEG HET TEGEN UWEN LEERKRACHT OF\n"
      "BEL 102, DAT IS GRATIS.\n\n"
      "VEEL MOED JONG",
      "Johan", quote=Q_NL[2], sig="[[JOHAN]]\n[[DEN BAKKER]] VOOR DE MENSEN VAN 'T DORP"),
    v("doc-link-name", "gmail_web", "nl",
      ["work-signature", "unlisted-shape", "doc-link-name", "own-name-in-text"],
      ("Karolien De Bock", "karolien.debock@clb-brugge.example"),
      "Dag {pseudonym},\n\n"
      "Ik heb een lijstje gemaakt met plekken waar je terechtkan als het thuis te zwaar wordt:\n"
      "[[https://docs.example/d/Tips-van-Karolien-De-Bock-slaap-en-scheiding]]\n"
      "Er staan ook een paar apps op die helpen om in slaap te vallen.\n\n"
      "Hou je goed!",
      "Karolien", quote=Q_NL[1],
      sig="[[Karolien De Bock]]\nCLB-medewerker\n[[Vrij CLB Brugge]] | [[Sint-Jorisstraat 14, 8000 Brugge]]"),  # noqa: E501
    v("qr-card-apple", "apple_mail", "nl",
      ["work-signature", "unlisted-shape", "qr-card", "logo"],
      ("Anouk Verstraete", "anouk@praktijk-verstraete.example"),
      "Dag {pseudonym},\n\n"
      "Ik ben psychologe en vrijwilliger hier. Wat je schrijft over slecht slapen sinds je\n"
      "ouders uit elkaar gaan, herken ik bij veel jongeren. Het is een normale reactie op\n"
      "iets dat niet normaal voelt. Probeer overdag te bewegen, en zoek één iemand om mee te\n"
      "praten. Je mag ook altijd hier terecht.\n\nWarme groet,\n[[Anouk]]",
      "Anouk", quote=Q_NL[1],
      sig="[[Anouk Verstraete]] – klinisch psychologe\n[[Praktijk Verstraete]], [[Hoogpoort 12, 9000 Gent]]",  # noqa: E501
      logo=("Scan mijn visitekaartje – QR Anouk Verstraete", "inline")),
    v("badge-alt-outlook", "outlook_desktop", "nl",
      ["retiree", "private-account", "unlisted-shape", "badge-alt", "logo-attachment", "logo"],
      ("Ingrid Wuyts", "ingrid.wuyts@telenet.example"),
      "Lieve {pseudonym}\n\n"
      "Ik ben al 68 maar ik weet nog goed hoe het voelde toen ik 17 was en iedereen al een\n"
      "lief had behalve ik. Dat is niet raar. Ik heb pas op mijn 24e mijn eerste lief gehad en\n"
      "dat was de moeite van het wachten waard.\n\nVeel liefs\n[[Ingrid]]",
      "Ingrid", quote=Q_NL[5],
      logo=("Vrijwilliger van het jaar 2024 – Ingrid Wuyts – Lumi", "attachment")),
    v("self-forward-draft", "gmail_web", "nl",
      ["work-signature", "private-account", "unlisted-shape", "self-forward", "second-address"],
      ("Greet Coppens", "greetje.coppens@gmail.example"),
      "Hallo {pseudonym},\n\n"
      "<<---------- Forwarded message --------->>\n"
      "<<Van:>> [[Greet Coppens <greet.coppens@stad-mechelen.example>]]\n"
      "<<Date: di 4 mrt 2025 om 12:40>>\n<<Subject: ontwerp antwoord>>\n<<To:>> [[greetje.coppens@gmail.example]]\n\n"  # noqa: E501
      "(over de middag op het werk getypt, nu vanop mijn eigen adres)\n\n"
      "Dat ze je gsm afpakken en je foto's delen is pesten en dat moet stoppen. Je school\n"
      "heeft een pestbeleid en moet je helpen. Als je het moeilijk vindt om het zelf te\n"
      "zeggen, mag je deze mail tonen aan een leerkracht.\n\n"
      "Groetjes\n[[Greet]]",
      "Greet", quote=Q_NL[2],
      identity=["greet.coppens@stad-mechelen.example"]),
    v("hidden-preheader-html", "gmail_web", "nl",
      ["private-account", "unlisted-shape", "hidden-preheader", "html-only"],
      ("Bram Hendrickx", "bram.hendrickx@proximus.example"),
      "Dag {pseudonym},\n\n"
      "Het is oké om nog nooit verliefd te zijn geweest. Echt. Sommige mensen voelen dat pas\n"
      "later, anderen anders. Je hoeft jezelf niet te vergelijken.\n\nGroetjes",
      "Bram", quote=Q_NL[5], html="only",
      html_own=html_with("gmail", "Dag {pseudonym},\n\nHet is oké om nog nooit verliefd te zijn geweest. Echt. Sommige mensen voelen dat pas\n"  # noqa: E501
                         "later, anderen anders. Je hoeft jezelf niet te vergelijken.\n\nGroetjes",  # noqa: E501
                         before='<span style="display:none;max-height:0;overflow:hidden">'
                                'Antwoord van Bram Hendrickx, vrijwilliger</span>'),
      sig="[[Bram Hendrickx]]"),
    v("tel-href-only", "proton", "nl",
      ["private-account", "unlisted-shape", "tel-href-only", "html-only", "phone-in-text", "client-line"],  # noqa: E501
      ("Wannes Baert", "wannes.baert@proton.example"),
      "Hey {pseudonym}\n\n"
      "Als het thuis ooit echt niet meer gaat, bel dan 112 of de kinderrechtswinkel. En als\n"
      "je liever met mij belt, kan dat ook: bel me gerust, dan regel ik het via Lumi.\n\n"
      "[[Wannes]]",
      "Wannes", quote=Q_NL[1], html="only",
      html_own=html_with("proton", "Hey {pseudonym}\n\nAls het thuis ooit echt niet meer gaat, bel dan 112 of de kinderrechtswinkel. En als\n"  # noqa: E501
                         "je liever met mij belt, kan dat ook: bel me gerust, dan regel ik het via Lumi.\n\nWannes",  # noqa: E501
                         ("bel me gerust", '<a href="tel:+32478203355">bel me gerust</a>')),
      identity=["+32478203355"]),
    v("riziv-doctor", "v6vol_outlook_mac", "nl",
      ["retiree", "work-signature", "unlisted-shape", "riziv-number", "disclaimer"],
      ("dr. Filip Mortier", "f.mortier@huisartsen-hamme.example"),
      "Beste {pseudonym},\n\n"
      "Ik ben gepensioneerd huisarts en doe nu vrijwilligerswerk bij Lumi. Slecht slapen na\n"
      "een grote verandering thuis is heel gewoon. Als het langer dan een paar weken duurt,\n"
      "mag je ook bij je huisarts langsgaan; die heeft beroepsgeheim, ook tegenover je ouders.\n\n"  # noqa: E501
      "Met hartelijke groet,",
      "Filip", quote=Q_NL[1],
      sig="[[dr. Filip Mortier]]\nHuisarts (op rust)\nRIZIV [[1-23456-78-004]]\n[[Groepspraktijk Hamme]]\n\n" + DISC_NL),  # noqa: E501
    v("caw-outlook-disclaimer-above", "outlook_desktop", "nl",
      ["work-signature", "disclaimer", "phone-in-sig", "logo"],
      ("Marleen Baeyens", "marleen.baeyens@caw-limburg.example"),
      "Dag {pseudonym},\n\n"
      "Fijn dat je schrijft. Controle over je locatie is een alarmsignaal in een relatie. Je\n"
      "mag nee zeggen. Op de site van Sensoa staat een test 'is mijn relatie gezond?', die\n"
      "kan je helpen om het voor jezelf op een rij te zetten.\n\n<<#thema: relaties>>\n\n"
      "Met vriendelijke groeten,",
      "Marleen", quote=BANNER_NL + Q_NL[3],
      sig=DISC_NL + "\n\n[[Marleen Baeyens]]\nonthaalmedewerker\n[[CAW Limburg]] – [[Thonissenlaan 47, 3500 Hasselt]]\n"  # noqa: E501
          "[[011 30 20 10]] | [[0493 11 57 08]]",
      logo=("CAW Limburg", "inline")),
    v("partner-account-signed-other", "outlook_web", "nl",
      ["partner-account", "wrong-account", "signed-other-name", "work-signature", "cc-own-address"],  # noqa: E501
      ("Xavier Dumont", "xavier.dumont@bank-fintro.example"),
      "Dag {pseudonym},\n\n"
      "(ik zit op de laptop van mijn man, vandaar zijn naam hieronder, sorry)\n\n"
      "Het is helemaal niet raar dat je nog nooit verliefd bent geweest. Iedereen heeft zijn\n"
      "eigen tempo. Laat je niet opjagen.\n\nLiefs,\n[[Margo]]",
      "Margot", quote=Q_NL[5], volunteer="margot.heylen@hotmail.example",
      headers=[("Cc", "margot.heylen@hotmail.example")],
      sig="[[Xavier Dumont]]\nRelatiebeheerder\n[[Fintro Zottegem]]\n[[09 360 12 44]]\n\n" + DISC_NL),  # noqa: E501
    v("family-account-voice", "iphone", "nl",
      ["shared-family-account", "voice-to-text", "no-punctuation", "signed-other-name"],
      ("Familie Goethals", "goethals.thuis@telenet.example"),
      "hallo {pseudonym} komma dit is [[Hilde]] van Lumi punt ik spreek dit in want ik zit in de "
      "auto punt ze mogen je gsm niet afpakken punt dat is pesten en jij hebt geen schuld punt "
      "vertel het aan iemand op school of bel 102 uitroepteken groetjes [[hilde]]",
      "Hilde", quote=Q_NL[2], volunteer="hilde.goethals@lumi-vrijwilligers.example",
      headers=[("Reply-To", "hilde.goethals@lumi-vrijwilligers.example")],
      identity=["hilde.goethals@lumi-vrijwilligers.example", "Hilde"]),
    v("advice-like-sig", "gmail_android", "nl",
      ["private-account", "advice-like-signature", "short-form-name"],
      ("Ann-Sofie Raes", "annsofie.raes@gmail.example"),
      "Dag {pseudonym}\n\n"
      "Je hoeft dit niet alleen te dragen. Hier kan je terecht:\n\n"
      "Awel\nbel of chat gratis\n102 – awel.test\n\n"
      "Kinder- en Jongerentelefoon Pesten\nchat ma-za 16u-22u\n\n"
      "En wij blijven er ook.\n[[AS]]",
      "Ann-Sofie", quote=Q_NL[2]),
    v("inline-answer-webmail", "telenet_webmail", "nl",
      ["private-account", "inline-answer", "retiree"],
      ("Roel Wellens", "roel.wellens@telenet.example"),
      "Dag {pseudonym},\n\n"
      "<<> ik ben 15 en ik denk dat ik bi ben>>\n\n"
      "Dat mag je denken, en je mag er ook over twijfelen. Beide zijn goed.\n\n"
      "<<> maar mijn vriendinnen lachen met alles>>\n\n"
      "Lachen ze ook met jou, of met alles in het algemeen? Dat maakt verschil.\n\n"
      "<<> wat moet ik doen>>\n\n"
      "Niets moet. Je mag het voor jezelf houden tot je er klaar voor bent.\n\n"
      "[[Roel]]",
      "Roel", quote_style="none"),
    v("bottom-posted-apple", "apple_mail", "nl",
      ["private-account", "bottom-posted", "short-form-name"],
      ("Emma Vandenberghe", "emma.vdb@icloud.example"),
      "Hoi {pseudonym},\n\nJij bent de enige die bepaalt wie je bent. Je school mag je naam\n"
      "best aanpassen, veel scholen doen dat al. Vraag hulp aan het CLB.\n\nx [[Em]]",
      "Emma", quote=Q_NL[4], quote_pos="above"),
    v("vcard-clb", "outlook_desktop", "nl",
      ["work-signature", "vcard", "disclaimer", "phone-in-sig"],
      ("Elke Moens", "elke.moens@clb-go-aalst.example"),
      "Dag {pseudonym},\n\n"
      "Ik werk zelf bij een CLB, dus ik kan je dit zeggen: scholen kunnen je roepnaam in\n"
      "smartschool zetten. Vraag het aan je leerlingenbegeleider; je ouders hoeven daar niet\n"
      "altijd bij te zijn.\n\nGroeten",
      "Elke", quote=Q_NL[4],
      sig="[[Elke Moens]]\npsychopedagogisch consulent\n[[CLB GO! Aalst]]\n[[053 21 77 40]]\n\n" + DISC_NL,  # noqa: E501
      vcard="BEGIN:VCARD\nVERSION:3.0\nN:[[Moens]];[[Elke]]\nFN:[[Elke Moens]]\nORG:[[CLB GO! Aalst]]\n"  # noqa: E501
            "TEL;WORK:[[053 21 77 40]]\nEMAIL:[[elke.moens@clb-go-aalst.example]]\nEND:VCARD"),
    v("police-blackberry", "blackberry", "nl",
      ["work-signature", "client-line", "disclaimer", "very-short"],
      ("Ward Van Hoof", "ward.vanhoof@politie-kempen.example"),
      "Dag {pseudonym}, wat jij beschrijft mag niet, ook niet online. Bewaar bewijs (screenshots) "  # noqa: E501
      "en vraag een volwassene om mee te gaan als je aangifte wil doen. Groet, [[Ward]]",
      "Ward", quote=Q_NL[2],
      sig="[[INP Ward Van Hoof]]\n[[Politiezone Kempen Noord-Oost]]\n\n" + DISC_NL),
    v("huawei-tussentaal-emoji", "huawei", "nl",
      ["student", "private-account", "tussentaal", "emoji", "typos", "client-line"],
      ("Zoë Mertens", "zoe.mertens02@gmail.example"),
      "heej {pseudonym}!! 🫶\n"
      "ik ben zelf bi en ik snap u zo goed\n"
      "mijn vriendinne lachte eerst ok maar nu zijn ze heel lief\n"
      "soms hebbe mense gwn tijd nodig\n"
      "kzou zeggen probeer het eerst bij 1 iemand\n"
      "dikke knuffel\n[[zoë]] 🌸",
      "Zoë", from_style="ew"),
    v("windows-mail-retiree", "windows_mail", "nl",
      ["retiree", "private-account", "client-line", "long"],
      ("Gerard Coucke", "gerard.coucke@skynet.example"),
      "Beste {pseudonym},\n\n"
      "Ik ben [[Gerard]], ik ben 71 en ik ben al een paar jaar vrijwilliger. Ik heb zelf drie\n"
      "kleinkinderen van jouw leeftijd. Wat je schrijft over de bus, dat is afschuwelijk. In\n"
      "mijn tijd heette dat ook pesten, en toen deed niemand er iets aan. Nu moeten scholen\n"
      "dat wel. Ga naar je klastitularis of de directie. Als je dat niet durft, neem dan een\n"
      "vriend mee. En bewaar alles wat ze online zetten.\n\n"
      "Ik hoop dat je volgende week een betere week hebt.\n\nVriendelijke groeten",
      "Gerard", quote=Q_NL[2]),
    v("new-outlook-hospital-table", "v6vol_new_outlook", "nl",
      ["work-signature", "disclaimer", "disclaimer-en", "sig-html-only"],
      ("Nathalie Claes", "nathalie.claes@az-rivierenland.example"),
      "Hallo {pseudonym},\n\n"
      "Ik werk als verpleegkundige en zie elke dag jongeren die slecht slapen door zorgen\n"
      "thuis. Het helpt om er woorden aan te geven, zoals jij nu doet. Goed gedaan.\n\n"
      "Groetjes,",
      "Nathalie", quote=Q_NL[1], sig_in="html",
      sig="[[Nathalie Claes]] | verpleegkundige kinderafdeling\n[[AZ Rivierenland]] campus "
          "[[Bornem]]\n[[03 890 23 11]]\n\n" + DISC_NL + "\n\n" + DISC_EN),
    v("smartschool-teacher", "smartschool", "nl",
      ["work-signature", "html-only", "signed-other-name"],
      ("Katrien Dewulf", "katrien.dewulf@sint-jozef-tielt.example"),
      "Dag {pseudonym}\n\n"
      "Als leerkracht kan ik je zeggen: veel collega's willen echt je naam aanpassen, maar ze\n"
      "weten niet altijd hoe. Vraag het rechtstreeks aan iemand die je vertrouwt.\n\n"
      "Mevrouw [[Kat]]",
      "Katrien", quote=Q_NL[4], html="only",
      sig="[[Katrien Dewulf]] – leerkracht Nederlands\n[[Sint-Jozefsinstituut Tielt]]"),
    v("ipad-crlf", "ipad", "nl",
      ["retiree", "private-account", "crlf", "client-line"],
      ("Gerda Vanparys", "gerda.vanparys@scarlet.example"),
      "Lieve {pseudonym}, verliefd worden is geen wedstrijd. Je bent goed zoals je bent.\n"
      "Hartelijke groet, [[oma Gerda]]",
      "Gerda", quote=Q_NL[5], crlf=True),
    v("outlook-android-dialect", "outlook_android", "nl",
      ["private-account", "dialect", "client-line", "no-punctuation"],
      ("Axel Vermeersch", "axel.vermeersch@outlook.example"),
      "ey {pseudonym}\n"
      "ge moet da ni pikken hé\n"
      "zeg het tegen ulder op school\n"
      "of bel 102\n"
      "gie zij ni de schuldige\n"
      "[[axel]]",
      "Axel", quote=Q_NL[2]),
    v("outlook-mobile-ew-split", "outlook_mobile", "nl",
      ["work-signature", "client-line", "encoded-display-name", "initials"],
      ("Benoît Schepens", "b.schepens@vdab-partner.example"),
      "Hoi {pseudonym}, je locatie delen moet een keuze zijn, geen plicht. Let goed op jezelf. "
      "Groet, [[B.S.]]",
      "Benoît", quote=Q_NL[3], from_style="ew-split",
      sig="[[Benoît Schepens]] – jobcoach\n[[Partner VDAB regio Kortrijk]]"),
    v("aquamail-comment-from", "v6vol_aquamail", "nl",
      ["student", "private-account", "comment-display-name", "client-line"],
      ("Hamid Ouali", "hamid.ouali@gmail.example"),
      "Salut {pseudonym}, sorry ik bedoel hoi 😅 (ik studeer in Brussel)\n\n"
      "Je ouders gaan scheiden en jij ligt wakker. Dat is normaal, maar je moet het niet\n"
      "alleen dragen. Heb je een broer of zus, of een vriend bij wie je kan bellen?\n\n"
      "[[Hamid]]",
      "Hamid", quote=Q_NL[1], from_style="comment"),
    v("airmail-initials-thema", "v6vol_airmail", "nl",
      ["private-account", "initials", "client-line", "bottom-posted"],
      ("Katrien Lemmens", "katrien.lemmens@me.example"),
      "Dag {pseudonym},\n\nGoed dat je dit vraagt. Het is niet normaal dat iemand boos wordt\n"
      "omdat je je locatie uitzet. Jij bent geen bezit.\n\n<<#thema: relaties>>\n\n[[KL]]",
      "Katrien", quote=Q_NL[3], quote_pos="above"),
    v("tb-android-no-quote", "v6vol_tb_android", "nl",
      ["student", "private-account", "very-short", "no-quote"],
      ("Wannes Lenaerts", "wannes.lenaerts@student.uhasselt.example"),
      "dag {pseudonym}, ik las je mail nog eens na, je bent echt moedig. morgen schrijf ik je meer. [[W.]]",  # noqa: E501
      "Wannes", quote_style="none"),
    v("gmail-web-middle-name", "gmail_web", "nl",
      ["private-account", "signed-other-name", "family-named"],
      ("Maria Josephina Willems", "mj.willems@gmail.example"),
      "Dag {pseudonym},\n\nMijn dochter is ook bi en ze zei me ooit dat het moeilijkste was dat\n"
      "ze dacht dat ze de enige was. Dat ben je niet. Mijn dochter [[Lore]] zou zeggen: neem je tijd.\n\n"  # noqa: E501
      "Groetjes,\n[[Fina]]",
      "Fina"),
    v("outlook-web-caw-two-phones", "outlook_web", "nl",
      ["work-signature", "phone-in-sig", "disclaimer", "second-address", "phone-in-text"],
      ("Joke Van Damme", "joke.vandamme@caw-oost.example"),
      "Dag {pseudonym},\n\nAls je liever eens met iemand praat, kan je ook bij het JAC van het\n"
      "CAW terecht, gratis en anoniem. Mijn privénummer geef ik liever niet, maar via Lumi\n"
      "blijf ik je lezen. (Mail anders naar [[joke.vd@hotmail.example]] – nee, sorry, dat mag\n"
      "niet, laat maar.)\n\nGroeten",
      "Joke", quote=Q_NL[1],
      sig="[[Joke Van Damme]]\nJAC-medewerker\n[[CAW Oost-Vlaanderen]]\n[[Visserij 153, 9000 Gent]]\n"  # noqa: E501
          "T [[09 265 04 90]] – GSM [[0472 90 18 33]]\n\n" + DISC_NL),
    v("proton-student-lowercase", "proton", "nl",
      ["student", "private-account", "no-punctuation", "client-line"],
      ("", "stijn.v.2003@proton.example"),
      "hoi {pseudonym}\nje mag boos zijn op je lief\nje mag ook je locatie uitzetten\njij beslist\n[[stijn v]]",  # noqa: E501
      "Stijn", quote=Q_NL[3], from_style="bare", identity=["stijn.v.2003"]),
    v("gmail-ios-long-ramble", "gmail_ios", "nl",
      ["student", "private-account", "long", "typos", "tussentaal"],
      ("Fien Deschepper", "fien.deschepper@gmail.example"),
      "Heey {pseudonym}\n\n"
      "Ik heb je mail nu al drie keer gelezen want ik wil echt een goed antwoord geven. Toen ik\n"  # noqa: E501
      "15 was dacht ik ook dak bi was en ik heb da aan mijn beste vriendin gezegd op een\n"
      "fuif, slecht idee achteraf want ze was zat en de volgende dag wist heel de klas het. Dus\n"
      "mijn tip: kies een rustig moment, en iemand die al eens getoond heeft dat ze geheimen\n"
      "kan bewaren. En als ze lachen: dat zegt iets over hen. Nu ben ik 22 en mijn vriendinnen\n"  # noqa: E501
      "vinden het totaal normaal. Het wordt beter, echt waar. Ook al voelt da nu ni zo.\n\n"
      "Schrijf gerust terug als je wil vertellen hoe het gaat!!\n\nDikke knuffel",
      "Fien",
      sig="[[Fien]] 🏳️‍🌈\n[[@fien.dsp]]"),
    v("samsung-ew-retiree", "samsung", "nl",
      ["retiree", "private-account", "encoded-display-name", "client-line"],
      ("Rosalie Maréchal", "rosalie.marechal@skynet.example"),
      "Dag {pseudonym}\n\nIk heb zelf twee scheidingen meegemaakt, één als kind en één als\n"
      "volwassene. Slecht slapen hoort erbij, maar het gaat voorbij. Zorg goed voor jezelf.\n\n"
      "Groetjes van [[Rosalie]]",
      "Rosalie", quote=Q_NL[1], from_style="ew"),
    v("outlook-desktop-bank-logo-inline", "outlook_desktop", "nl",
      ["work-signature", "logo", "disclaimer", "disclaimer-fr", "short-form-name"],
      ("Geert Daems", "geert.daems@belfius-partner.example"),
      "Hoi {pseudonym},\n\nIk antwoord even vanop het werk. Wat je lief doet heet digitale\n"
      "controle. Het is goed dat je het vraagt, dat betekent dat je voelt dat er iets niet klopt.\n\n"  # noqa: E501
      "Gr,\n[[Gé]]",
      "Geert", quote=Q_NL[3],
      sig="[[Geert Daems]]\nKantoorverantwoordelijke\n[[Bank De Leie]] – kantoor [[Deinze-Centrum]]\n"  # noqa: E501
          "[[Tolpoortstraat 22, 9800 Deinze]]\n\n" + DISC_NL + "\n\n" + DISC_FR,
      logo=("Bank De Leie", "inline")),
    v("webmail-advice-contact-lines", "webmail", "nl",
      ["private-account", "advice-like-signature", "sig-dash"],
      ("Tineke Bouckaert", "tineke@bouckaert.example"),
      "Dag {pseudonym},\n\nHier zijn mensen die je kunnen helpen met je naam op school:\n\n"
      "Vertrouwensleerkracht\nvia het leerlingensecretariaat\n\n"
      "CLB\nclbchat.test – ma tot vr\n\n"
      "Wel Jong\nwel-jong.test | 09 223 69 29\n\n"
      "Veel moed!",
      "Tineke", quote=Q_NL[4], sig_dash=True,
      sig="[[Tineke Bouckaert]]\n[[Bouckaert Vertalingen]] – [[Rijselstraat 8, 8500 Kortrijk]]"),
    v("outlook-mac-reversed-display", "v6vol_outlook_mac", "nl",
      ["work-signature", "disclaimer", "phone-in-sig"],
      ("Verbeke, Annelies", "annelies.verbeke@kuleuven-kulak.example"),
      "Beste {pseudonym},\n\nEr bestaat geen leeftijd waarop je verliefd moet zijn geweest. Je\n"
      "bent helemaal oké. Geniet van je vrienden, de rest komt of komt niet.\n\nHartelijke groet,",  # noqa: E501
      "Annelies", quote=Q_NL[5],
      sig="[[Prof. dr. Annelies Verbeke]]\nFaculteit Psychologie\n[[KU Leuven Kulak]] | [[Etienne Sabbelaan 51, 8500 Kortrijk]]\n"  # noqa: E501
          "[[+32 56 24 61 11]]\n\n" + DISC_EN),
    v("yahoo-typos-caps-sign", "yahoo", "nl",
      ["private-account", "typos", "client-line", "capitals"],
      ("Dirk Lambrecht", "dirk.lambrecht58@yahoo.example"),
      "Dag {pseudonym}\n\nik ben geen expert maar ik wil je toch iets zegge: ge zijt goed zo.\n"
      "Trans zijn is geen fase. Zoek steun bij het CLB of bij Çavaria.\n\n"
      "GRTJS [[DIRK L]]",
      "Dirk", quote=Q_NL[4]),
    v("gmail-android-ocmw-sig-below-quote", "gmail_android", "nl",
      ["work-signature", "bottom-posted", "phone-in-sig"],
      ("Yasmina Bouzid", "y.bouzid@ocmw-vilvoorde.example"),
      "Dag {pseudonym},\n\nJe staat er niet alleen voor. Praat met je klastitularis en bewaar de\n"  # noqa: E501
      "screenshots. Als je wil, help ik je om een mailtje aan school op te stellen.\n\n[[Yasmina]]",  # noqa: E501
      "Yasmina", quote=Q_NL[2], quote_pos="above",
      sig="[[Yasmina Bouzid]] – maatschappelijk assistent\n[[OCMW Vilvoorde]] | [[02 255 47 00]]"),
    v("thunderbird-sig-dash-p-s", "thunderbird", "nl",
      ["private-account", "sig-dash", "ps-below-name"],
      ("Tom Verhelst", "tom@verhelst-fotografie.example"),
      "Dag {pseudonym},\n\nJe bent niet raar. Ik was 19 toen ik voor het eerst iets voelde voor\n"
      "iemand, en dat was een jongen. Alles op zijn tijd.\n\n[[Tom]]\n\n"
      "PS: als je vrienden je blijven pushen, mag je gewoon zeggen 'ik heb geen zin om daarover te praten'.",  # noqa: E501
      "Tom", quote=Q_NL[5], sig_dash=True,
      sig="[[Tom Verhelst]] | fotograaf\n[[verhelst-fotografie.example]] | [[@tomverhelst.foto]]"),  # noqa: E501
    v("outlook-web-scouts-totem", "outlook_web", "nl",
      ["private-account", "nickname-sign", "emoji"],
      ("Jens Wauters", "jens.wauters@outlook.example"),
      "Dag {pseudonym}! 🏕️\n\nBij ons in de scouts zijn er ook leden die trans zijn, en we\n"
      "gebruiken gewoon hun naam. Een school kan dat evengoed. Hou vol!\n\n"
      "Stevige linker,\n[[Bevers Jens]] a.k.a. [[Kwieke Otter]]",
      "Jens", quote=Q_NL[4]),
    v("gmail-web-brussels-mixed", "gmail_web", "nl",
      ["private-account", "tussentaal", "emoji", "family-named"],
      ("Nadia El Amrani", "nadia.elamrani@gmail.example"),
      "Hey {pseudonym} 💜\n\nMijn kleine broer is ook op de bus gepest, in Anderlecht. Wat\n"
      "hielp: hij is er met zijn mentor over gaan praten, en die heeft de buschauffeur ingelicht.\n"  # noqa: E501
      "Ge zijt echt niet alleen, wallah.\n\nBisous xx\n[[Nadia]]",
      "Nadia", quote=Q_NL[2]),
    v("apple-mail-ext-banner-in-own-quote", "apple_mail", "nl",
      ["work-signature", "banner", "logo", "logo-attachment", "disclaimer"],
      ("Lieselot Baert", "lieselot.baert@vives.example"),
      "Dag {pseudonym},\n\nGoed dat je schrijft. Slaap is vaak het eerste dat lijdt als het\n"
      "thuis onrustig is. Een vast ritueel helpt: zelfde uur, geen scherm, even ademen.\n\n"
      "Warme groet,",
      "Lieselot", quote=BANNER_NL + Q_NL[1],
      sig="[[Lieselot Baert]]\nStudentenbegeleider\n[[Hogeschool VIVES]] campus [[Roeselare]]\n\n" + DISC_NL,  # noqa: E501
      logo=("VIVES", "attachment")),
    v("huawei-one-liner-heart", "huawei", "nl",
      ["private-account", "very-short", "emoji", "client-line"],
      ("Mieke Vos", "mieke.vos@telenet.example"),
      "Dag {pseudonym}, ik denk aan je ❤️ [[M]]",
      "Mieke", quote=Q_NL[1]),
    v("ipad-partner-card", "ipad", "nl",
      ["partner-account", "wrong-account", "signed-other-name", "sender-header"],
      ("Stefaan Maertens", "stefaan.maertens@architect-maertens.example"),
      "Hoi {pseudonym},\n\nHet is oké om nog te twijfelen over alles. Je hoeft niet verliefd\n"
      "te zijn om mee te tellen.\n\nGroetjes,\n[[Lut]] (niet [[Stefaan]] 😄)",
      "Lut", quote=Q_NL[5], volunteer="lut.degraeve@telenet.example",
      headers=[("Sender", "lut.degraeve@telenet.example")],
      sig="[[Stefaan Maertens]] architect\n[[Veldstraat 2, 9070 Destelbergen]]"),
    # ------------------------------------------------------------------ French (15)
    v("fr-vcard-pasted-text", "gmail_web", "fr",
      ["private-account", "unlisted-shape", "vcard-pasted-text"],
      ("Delphine Lejeune", "delphine.lejeune@gmail.example"),
      "Coucou {pseudonym},\n\nMerci de nous avoir écrit. Tu n'as rien à expliquer à personne:\n"
      "si tu te sens lesbienne, c'est ta vérité. Prends ton temps pour le dire, et à qui tu veux.\n\n"  # noqa: E501
      "Je t'embrasse",
      "Delphine",
      sig="BEGIN:VCARD\nVERSION:3.0\nFN:[[Delphine Lejeune]]\nTEL;CELL:[[+32 485 66 12 09]]\n"
          "ADR;HOME:;;[[Rue des Fripiers 17]];[[Namur]];;[[5000]];Belgique\nEND:VCARD"),
    v("fr-address-change-notice", "outlook_web", "fr",
      ["retiree", "work-signature", "unlisted-shape", "address-change-notice", "second-address"],
      ("Chantal Dubois", "chantal.dubois@cpas-liege.example"),
      "Bonjour {pseudonym},\n\nTon beau-père n'a pas le droit de te faire peur chez toi. Si tu\n"
      "te sens en danger, appelle le 103 (Écoute-Enfants) ou le 112. Tu peux aussi en parler\n"
      "au PMS de ton école.\n\nBien à toi,",
      "Chantal", quote=Q_FR[1],
      sig="[[Chantal Dubois]]\nAssistante sociale\n[[CPAS de Liège]]\n\n"
          "Attention : je pars à la retraite le 30 avril, cette adresse sera alors désactivée.\n"
          "Écrivez-moi désormais à [[chantal.dubois.58@voo.example]]\n\n" + DISC_FR),
    v("fr-boomerang-scheduled", "gmail_web", "fr",
      ["work-signature", "unlisted-shape", "scheduled-send-line", "client-line"],
      ("Mathis Lambert", "mathis.lambert@amo-rixensart.example"),
      "Salut {pseudonym},\n\nJe t'écris tard le soir, donc j'ai programmé ce mail pour demain\n"
      "matin. Ce qu'ils te font au foot, c'est du harcèlement. Parles-en à ton coach ou à un\n"
      "adulte de confiance. Tu as le droit d'être comme tu es.\n\n[[Mathis]]",
      "Mathis", quote=Q_FR[2],
      client_line="Envoi programmé avec Boomerang pour Gmail",
      sig="[[Mathis Lambert]] – éducateur\n[[AMO Rixensart]]"),
    v("fr-azerty-slip", "v6vol_tb_android", "fr",
      ["student", "private-account", "unlisted-shape", "keyboard-slip", "typos"],
      ("Ophélie Renard", "ophelie.renard@ulb.example"),
      "qlut {pseudonym} (pardon, clavier qwerty sur le pc de la bibli 😅)\n\n"
      "Ce que tu ressens est normal, et tu n'es pas seule. Beaucoup de filles se posent les\n"
      "mêmes questions en 4e. Tu peux en parler ici quand tu veux.\n\nbisous [[ophé]]",
      "Ophélie", from_style="ew"),
    v("fr-outlook-bilingual-disclaimer", "outlook_desktop", "fr",
      ["work-signature", "disclaimer-fr", "disclaimer", "phone-in-sig", "logo"],
      ("Thibault Gérard", "thibault.gerard@chu-charleroi.example"),
      "Bonjour {pseudonym},\n\nJe suis infirmier et bénévole chez Lumi. Ce que tu vis à la\n"
      "maison n'est pas normal. Tu mérites de te sentir en sécurité. Parle à l'infirmière\n"
      "scolaire ou au PMS, ils sont tenus au secret.\n\nCordialement,",
      "Thibault", quote=Q_FR[1], from_style="ew",
      sig="[[Thibault Gérard]]\nInfirmier en pédiatrie\n[[CHU de Charleroi]] – [[Boulevard Paul Janson 92, 6000 Charleroi]]\n"  # noqa: E501
          "Tél. [[071 92 11 11]] – bip [[4417]]\n\n" + DISC_FR + "\n\n" + DISC_NL,
      logo=("CHU de Charleroi", "inline")),
    v("fr-iphone-oneliner", "iphone", "fr",
      ["private-account", "very-short", "no-punctuation", "client-line"],
      ("Aurélie Denis", "aurelie.denis@icloud.example"),
      "coucou {pseudonym} t'es pas seule et t'as le droit d'aimer qui tu veux 💕 [[aurélie]]",
      "Aurélie", from_style="ew"),
    v("fr-samsung-inline", "samsung", "fr",
      ["private-account", "inline-answer", "client-line"],
      ("Benoît Lecomte", "benoit.lecomte@proximus.example"),
      "Salut {pseudonym},\n\n"
      "<<> on se moque de moi au foot>>\n\n"
      "C'est pas normal et ton coach doit le savoir.\n\n"
      "<<> parce que je suis pas comme les autres gars>>\n\n"
      "Personne n'est comme les autres. C'est une force, même si ça fait mal maintenant.\n\n"
      "[[Ben]]",
      "Benoît", quote_style="none", from_style="ew"),
    v("fr-family-account", "yahoo", "fr",
      ["shared-family-account", "signed-other-name", "client-line"],
      ("Famille Dupont-Hallet", "dupont.hallet@yahoo.example"),
      "Bonjour {pseudonym},\n\n(c'est l'ordinateur de la famille, moi c'est [[Margaux]])\n\n"
      "Ta peur est légitime. Tu peux appeler le 103 de façon anonyme et gratuite. Et tu peux\n"
      "nous réécrire quand tu veux.\n\nDouce soirée",
      "Margaux", quote=Q_FR[1], volunteer="margaux.hallet@lumi-benevoles.example",
      headers=[("Reply-To", "margaux.hallet@lumi-benevoles.example")],
      identity=["margaux.hallet@lumi-benevoles.example"]),
    v("fr-apple-bottom", "apple_mail", "fr",
      ["private-account", "bottom-posted"],
      ("Xavier Collignon", "x.collignon@me.example"),
      "Salut {pseudonym},\n\nAu foot comme ailleurs, personne n'a le droit de se moquer de toi.\n"
      "Tu n'as pas à changer.\n\n<<#thema: pesten>>\n\n[[X.]]",
      "Xavier", quote=Q_FR[2], quote_pos="above"),
    v("fr-outlook-mobile-advice-card", "outlook_mobile", "fr",
      ["work-signature", "advice-like-signature", "client-line"],
      ("Nathalie Gillet", "n.gillet@ecole-saint-joseph.example"),
      "Bonjour {pseudonym},\n\nVoici où tu peux trouver de l'aide :\n\n"
      "Écoute-Enfants\n103 – gratuit, 24h/24\n\n"
      "Centre PMS de ton école\nsur rendez-vous, confidentiel\n\n"
      "Prends soin de toi.",
      "Nathalie", quote=Q_FR[1],
      sig="[[Mme Gillet]]\nProfesseure de français – [[Institut Saint-Joseph]], [[Ciney]]"),
    v("fr-proton-disclaimer-en", "proton", "fr",
      ["private-account", "client-line", "sig-dash"],
      ("Anaïs Moreau", "anais.moreau@proton.example"),
      "Hello {pseudonym},\n\nJe suis française, installée à Bruxelles. Je voulais te dire que\n"
      "tu n'as rien à prouver. Être lesbienne n'est pas un problème à résoudre.\n\n[[Anaïs]]",
      "Anaïs", sig_dash=True, from_style="ew",
      sig="[[Anaïs Moreau]] (elle)\n[[anaismoreau.example]]"),
    v("fr-webmail-caps", "webmail", "fr",
      ["retiree", "private-account", "capitals"],
      ("Jean-Marie Piron", "jm.piron@skynet.example"),
      "BONJOUR {pseudonym}\n\nIL FAUT EN PARLER A UN ADULTE. TU NE DOIS PAS AVOIR PEUR CHEZ TOI.\n"
      "LE 103 EST LA POUR TOI.\n\nAMITIES\n[[JEAN-MARIE]]",
      "Jean-Marie", quote=Q_FR[1]),
    v("fr-gmail-android-student", "gmail_android", "fr",
      ["student", "private-account", "emoji", "typos"],
      ("Inès Haddad", "ines.haddad@uclouvain.example"),
      "Hey {pseudonym} 🌷\n\njsuis en 2e bac psycho et bénévole ici, et franchement ce que tu\n"
      "vis au foot c'est pas ok. T'as le droit d'etre toi. Tu peux changer de club aussi si\n"
      "c'est trop dur, ya pas de honte.\n\n[[Inès]] ✌️",
      "Inès", quote=Q_FR[2], from_style="ew"),
    v("fr-outlook-web-amo-vcard", "outlook_web", "fr",
      ["work-signature", "vcard", "disclaimer-fr", "disclaimer"],
      ("Sébastien Wathelet", "s.wathelet@amo-verviers.example"),
      "Bonjour {pseudonym},\n\nL'AMO près de chez toi peut t'écouter gratuitement, sans prévenir\n"  # noqa: E501
      "tes parents. Tu peux aussi continuer à nous écrire ici.\n\nBien à toi,",
      "Sébastien", quote=Q_FR[1], from_style="ew",
      sig="[[Sébastien Wathelet]]\nÉducateur de rue\n[[AMO Verviers]]\n\n" + DISC_FR,
      vcard="BEGIN:VCARD\nVERSION:3.0\nFN:[[Sébastien Wathelet]]\nORG:[[AMO Verviers]]\n"
            "TEL;WORK:[[087 22 41 90]]\nEND:VCARD"),
    v("fr-huawei-short", "huawei", "fr",
      ["private-account", "very-short", "client-line", "initials"],
      ("Lucie Delvaux", "lucie.delvaux@hotmail.example"),
      "Courage {pseudonym}, tu n'es pas seule. [[L.D.]]",
      "Lucie"),
    # ------------------------------------------------------------------ English (10)
    v("en-callsign-keybase", "v6vol_fairemail", "en",
      ["private-account", "unlisted-shape", "callsign", "sig-dash"],
      ("Owen Pritchard", "owen.pritchard@fastmail.example"),
      "Hi {pseudonym},\n\nParents often need more time than we'd like. That doesn't make you\n"
      "less valid. Maybe share an article or a video with them that explains non-binary\n"
      "identities better than you have to.\n\nTake care,\n[[Owen]]",
      "Owen", sig_dash=True,
      sig="[[Owen Pritchard]] · [[ON8OWP]] / [[MW0OWP]]\n73!"),
    v("en-keyboard-slip-markdown", "v6vol_posteo", "en",
      ["student", "private-account", "unlisted-shape", "markdown", "keyboard-slip"],
      ("Priya Raman", "priya.raman@posteo.example"),
      "Hi {pqeudonym} -- sorry, azerty keyboard, I meqn hi!\n\n"
      "**You are not alone.** A few things:\n\n"
      "- give your friend some space, but not forever\n"
      "- write down what you'd like to say to her\n"
      "- talk to someone else you trust in the meantime\n\n"
      "---\n[[Priya]] ([[she/her]])",
      "Priya", quote=Q_EN[1]),
    v("en-outlook-uni-disclaimer", "outlook_desktop", "en",
      ["work-signature", "disclaimer-en", "disclaimer", "phone-in-sig", "logo"],
      ("Harriet Cole", "h.cole@vub-intl.example"),
      "Dear {pseudonym},\n\nThank you for trusting us with this. Losing a best friend after\n"
      "coming out hurts in a very particular way. It says nothing about your worth.\n\n"
      "Kind regards,",
      "Harriet", quote=Q_EN[1],
      sig="[[Dr Harriet Cole]]\nLecturer, School of Social Sciences\n[[Vrije Universiteit Brussel]]\n"  # noqa: E501
          "[[Pleinlaan 2, 1050 Brussels]]\n[[+32 2 629 11 11]] ext. [[4182]]\n\n" + DISC_EN,
      logo=("VUB", "attachment")),
    v("en-iphone-voice", "iphone", "en",
      ["private-account", "voice-to-text", "no-punctuation", "client-line"],
      ("Callum Reid", "callum.reid@icloud.example"),
      "hi {pseudonym} comma this is [[Callum]] from Lumi full stop I am dictating this on my walk "  # noqa: E501
      "full stop your parents might come round but you are already valid full stop write "
      "back anytime exclamation mark",
      "Callum"),
    v("en-gmail-short-form", "gmail_web", "en",
      ["private-account", "short-form-name", "bottom-posted"],
      ("Niamh O'Sullivan", "niamh.osullivan@gmail.example"),
      "Hey {pseudonym},\n\nIt's okay to grieve a friendship. Give it time, and lean on the\n"
      "people who do get it.\n\n[[Nee]] x",
      "Niamh", quote=Q_EN[1], quote_pos="above"),
    v("en-apple-mail-ngo", "apple_mail", "en",
      ["work-signature", "disclaimer-en", "disclaimer", "second-address"],
      ("Mei Lin Chow", "meilin.chow@eu-youth-ngo.example"),
      "Hi {pseudonym},\n\nMany parents take a while to understand. Some resources for them in\n"
      "English are on the Lumi website. You are who you say you are.\n\nWarmly,\n[[Mei]]",
      "Mei",
      sig="[[Mei Lin Chow]] | Programme Officer\n[[European Youth Network]] | [[Rue de la Loi 42, 1040 Brussels]]\n"  # noqa: E501
          "Personal: [[mei.lin.chow@gmail.example]]\n\n" + DISC_EN),
    v("en-spike-student", "v6vol_spike", "en",
      ["student", "private-account", "client-line", "emoji"],
      ("Daniel Okafor", "daniel.okafor@gmail.example"),
      "hey {pseudonym} 👋\n\nI came out at 17 and lost a friend too. We made up two years later.\n"
      "Not saying that'll happen, just that it can.\n\n[[Dan]]",
      "Dan", quote=Q_EN[1]),
    v("en-outlook-android-inline", "outlook_android", "en",
      ["private-account", "inline-answer", "client-line"],
      ("Rachel Whitmore", "rachel.whitmore@outlook.example"),
      "Hi {pseudonym},\n\n"
      "<<> I'm 16 and I think I'm non-binary>>\n\n"
      "Thank you for telling us.\n\n"
      "<<> my parents just don't get it>>\n\n"
      "They may not yet. You can get support elsewhere while they catch up.\n\n[[R]]",
      "Rachel", quote_style="none"),
    v("en-gmail-ios-doc-link", "gmail_ios", "en",
      ["private-account", "unlisted-shape", "doc-link-name"],
      ("Tom Whitfield", "tom.whitfield@gmail.example"),
      "Hi {pseudonym},\n\nI put together a little reading list that helped a friend of mine:\n"
      "[[https://docs.example/d/Toms-Whitfield-reading-list-nonbinary]]\n\n"
      "Hope it helps a bit.\n\nAll the best",
      "Tom"),
    v("en-windows-mail-retiree", "windows_mail", "en",
      ["retiree", "private-account", "client-line", "long"],
      ("Margaret Hughes", "margaret.hughes@btinternet.example"),
      "Dear {pseudonym},\n\nI'm a retired teacher and I have seen many young people go through\n"
      "what you describe. Parents who don't understand at first often come round when they\n"
      "see their child is the same person they always loved. Be patient with them, but above\n"
      "all be patient with yourself. You are not asking for anything unreasonable.\n\n"
      "With warm regards,\n[[Margaret]]",
      "Margaret"),
]
