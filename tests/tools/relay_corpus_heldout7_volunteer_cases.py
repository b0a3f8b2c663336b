"""Hand-written bodies of part `volunteer` of the seventh held-out relay-text corpus.

Dressed by tests/tools/relay_corpus_heldout7_volunteer.py (see relay_corpus_heldout.py for the
markup): `[[...]]` marks a span that identifies the volunteer (their names, short forms, initials,
addresses, phones, employer and everything else in their signature block, client lines), `<<...>>`
a span that is neither content nor identity (a `#thema:` line or tail, text a tool put in the body,
the help-seeker's lines quoted inline). Everything else in `body` is the volunteer's own words and
becomes content; `sig` is the signature block (never content).

Label decisions, once for all mails:
- someone the volunteer mentions (a friend, a colleague's role, a singer, a writer, a resource, a
  town where a resource is) is content, unless the mention identifies the volunteer: their own
  child's, partner's or ICE contact's name, their own street, their stage name, their own ticket or
  volunteer number, a personal meeting-room ID;
- text a tool pasted into the answer around the volunteer's words (a WeTransfer block, a Teams
  share card, document comments, a Loom card, an OCR'd letter) is content where it is words meant
  for the reader, and identity where it names the volunteer; tool chrome ("Openen in Microsoft
  Teams", "##- Typ je antwoord boven deze lijn -##") is neither;
- lines that read like a signature but give helplines, resources, a recipe, a model letter or a
  mood grid are the volunteer's advice: content.

The bodies keep the long lines people type (a client wraps them, or does not): hence no E501.
"""
# ruff: noqa: E501

from __future__ import annotations

from tests.tools.relay_corpus_heldout import SHAPES, Case

# ---------------------------------------------------------------- what the volunteers answer

Q_BUS = ("hoi\nik zit in het 3de middelbaar en ze lachen mij uit in de bus\nelke dag\n"
         "ik wil niet meer naar school")
Q_BI = ("Ik denk dat ik bi ben maar ik weet het niet zeker. Mijn beste vriendin weet het al.\n"
        "Hoe weet je dat eigenlijk?")
Q_LIEF = "mijn mama vindt mijn vriend niet oke omdat hij 2 jaar ouder is. ik ben 15. wat moet ik doen"
Q_SLAAP = ("ik wil me niet meer zo voelen. ik slaap slecht en eet bijna niks. "
           "mijn ouders merken niks")
Q_SCHEIDING = ("Hallo, mijn ouders gaan scheiden en ik moet kiezen bij wie ik ga wonen. "
               "Ik ben 13 en ik wil niemand pijn doen.")
Q_TRANS = ("ik ben trans (ftm) en op school gebruiken ze nog altijd mijn oude naam, "
           "de leerkrachten ook.\nik word er zo moe van")
Q_FOTO = ("iemand heeft een foto van mij doorgestuurd in de klasgroep en nu weet iedereen het.\n"
          "ik durf morgen niet naar school")
Q_BROER = "mijn broer slaat mij als mama niet thuis is. hij is 17. ik mag het niet zeggen zegt hij"
Q_CRUSH = ("Ik heb een crush op mijn beste vriend en hij is ook een jongen. "
           "Moet ik het zeggen of verpest ik dan alles?")
Q_SNIJ = "ik snij soms. niemand weet het. ik wil stoppen maar het lukt niet"
Q_EENZAAM = ("ik heb eigenlijk geen vrienden. in de speeltijd sta ik altijd alleen.\n"
             "is er iets mis met mij")
Q_PAPA = "ik wil aan mijn papa zeggen dat ik lesbisch ben maar hij maakt altijd van die grapjes"
Q_FILLES = "salut jsuis en 4eme et g peur de dire a mes parents que jaime les filles"
Q_BEAUPERE = ("Bonjour, mon beau-père crie tout le temps et ma mère ne dit rien. J'ai 14 ans.\n"
              "Est-ce que c'est normal ?")
Q_INSTA = "on se moque de moi sur insta a cause de mon poids. je supprime rien je lis tout"
Q_NB = "je suis non-binaire et ma prof de sport me met toujours avec les filles. ça me tue"
Q_FRIEND = "hey im 16 and i think my friend is in an abusive relationship what do i do"
Q_MOVED = ("I moved to Belgium last year and I have no friends at school. "
           "I feel invisible.\nSorry my Dutch is bad so I write in English.")
Q_PHONE = ("my parents found my messages with my boyfriend and took my phone. "
           "im writing from my school laptop")

_DISCLAIMER_NL = (
    "Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de\n"
    "geadresseerde(n). Indien u dit bericht verkeerdelijk ontving, gelieve de afzender te\n"
    "verwittigen en het bericht te verwijderen.")
_DISCLAIMER_FR = (
    "Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement\n"
    "à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur\n"
    "et de le supprimer.")
_DISCLAIMER_EN = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
    "If you received it in error, please notify the sender and delete it.")

# First names of people who appear only inside a marked span (partners, children, ICE contacts,
# a name spelled differently from the display name): each part of their full name identifies too.
EXTRA_FIRST_NAMES = frozenset({"Tom", "Ilse", "Fien", "Lowie", "Mieke", "Wout", "Lucas", "Anne-Marie",
                               "Stijn", "Rik", "Emma"})


def _bold_script(text: str) -> str:
    """Letters as the 'fancy font' sites give them (Mathematical Bold Script)."""
    out = ""
    for ch in text:
        if "A" <= ch <= "Z":
            out += chr(0x1D4D0 + ord(ch) - ord("A"))
        elif "a" <= ch <= "z":
            out += chr(0x1D4EA + ord(ch) - ord("a"))
        else:
            out += ch
    return out


def v(slug: str, shape: str, lang: str, tags: str, sender: tuple[str, str], nickname: str,
      body: str, quote: str = "", **kw: object) -> Case:
    """One volunteer's answer; the tags a reader can see from the dressing are added here."""
    case = Case(slug=f"h7v-{slug}", direction="volunteer", shape=shape, lang=lang,
                tags=tags.split(), sender=sender, body=body.strip("\n"), quote=quote,
                nickname=nickname, **kw)  # type: ignore[arg-type]
    if "note_lang" not in kw:
        case.note_lang = lang
    auto: list[str] = []
    if case.quote_style == "none":
        auto.append("no-quote" if "inline-answer" not in case.tags else "inline-answer")
    elif case.quote_pos == "above":
        auto += ["quoted-history", "bottom-posted"]
    else:
        auto += ["quoted-history", "top-posted"]
    if "{pseudonym}" in case.body:
        auto.append("greets-pseudonym")
    client_line = SHAPES[shape].client_line.get(lang, "") if shape in SHAPES else ""
    if (case.client_line is None and client_line) or case.client_line:
        auto.append("client-line")
    if "#thema:" in case.body:
        auto.append("thema-line")
    if case.sig_dash:
        auto.append("sig-dash")
    if case.logo:
        auto.append("logo")
        if case.logo[1] == "attachment":
            auto.append("logo-attachment")
    if case.vcard:
        auto.append("vcard")
    if case.crlf:
        auto.append("crlf")
    if case.html == "only":
        auto.append("html-only")
    if case.sig_in == "html":
        auto.append("sig-html-only")
    if not sender[0] or case.from_style == "bare":
        auto.append("no-display-name")
    if case.from_style in ("ew", "ew-split"):
        auto.append("encoded-display-name")
    if case.from_style == "comment":
        auto.append("comment-display-name")
    for tag in auto:
        if tag not in case.tags:
            case.tags.append(tag)
    return case


CASES: list[Case] = []

# ================================================================ Dutch / Flemish, new shapes

CASES += [
    v("helpdesk-ticket-footer", "v7vol_helpdesk", "nl",
      "new-shape helpdesk-ticket work-account worker work-signature phone-in-sig signed-name",
      ("Karim Bouzid", "karim.bouzid@igoleie.example"), "Karim",
      """
<<##- Typ je antwoord boven deze lijn -##>>

Hoi {pseudonym},

Sorry dat het wat duurde, ik wou je mail niet tussen twee dingen door beantwoorden.
Wat je beschrijft in de bus is pesten, ook als zij zeggen dat het "maar om te lachen" is. Elke dag is veel.
Is er een leerkracht of iemand van het CLB bij wie je je een beetje goed voelt? Je mag ook gewoon dit mailtje laten lezen, dan hoef je het niet allemaal zelf uit te leggen.
En niet meer naar school willen, dat snap ik. Dat is geen zwakte, dat is moe zijn.

Schrijf gerust terug, ook als het maar één zin is.
[[Karim]]
""", Q_BUS,
      sig="""[[Karim Bouzid]]
ICT-servicedesk | [[IGO Leie]]
[[050 40 71 22]] (intern [[2231]])

Ticketnummer: [[#IGO-48213]] · Status: opgelost
Behandeld door: [[Karim B.]]
Dit bericht werd verstuurd via de servicedesk-mailbox. Antwoord boven de lijn om je ticket bij te werken.""",
      subject="Re: [{pseudonym}] [#IGO-48213]"),

    v("wetransfer-block", "gmail_web", "nl",
      "new-shape file-share-text private-account worker initials emoji content-like-identity",
      ("Hanne Wuyts", "hanne.wuyts@gmail.example"), "Hanne",
      """
Dag {pseudonym}!

Je vraagt hoe je dat weet. Eerlijk? Veel mensen weten het niet "zeker" en dat hoeft ook niet. Je mag bi zijn en nog twijfelen, en je mag later ook een ander woord kiezen als dat beter past.
Ik heb een brochure die ik zelf heel fijn vond toen ik 16 was. Ze was te groot om mee te sturen dus ik heb ze via wetransfer gezet:

[[Hanne Wuyts]] heeft je een bestand gestuurd
1 bestand · 3,1 MB · Verloopt op 11 maart 2025
brochure_bi_en_twijfel.pdf
Download: https://we.tl.example/t-Q7vX2kPa

Laat je weten of het gelukt is? 🌈
[[H.]]
""", Q_BI),

    v("zivver-footer", "outlook_desktop", "nl",
      "new-shape secure-mail-footer work-account worker work-signature disclaimer phone-in-sig",
      ("Ann-Sofie Deckers", "ann-sofie.deckers@azrembert.example"), "Ann-Sofie",
      """
Dag {pseudonym},

Dank je dat je dit durfde te schrijven. Snijden is vaak een manier om iets te overleven dat te groot voelt. Het is goed dat je wil stoppen, ook al lukt het nog niet.
Een paar dingen die jongeren soms helpen als de drang komt: een ijsblokje in je hand houden, met een rode stift op je arm tekenen, tien minuten wachten en dan opnieuw kijken.
Zijn je wondjes diep of blijven ze bloeden? Ga dan naar de huisarts of de spoed. Daar zien ze dat vaker dan je denkt.
Je kan ook altijd bellen naar de Zelfmoordlijn op 1813 of chatten via www.zelfmoord1813.example, ook als het niet over zelfmoord gaat.

Warme groet,
[[Ann-Sofie]]
""", Q_SNIJ,
      label_client="Outlook desktop (Zivver add-in)",
      headers=[("X-Zivver-Classification", "laag risico")],
      sig=f"""[[Ann-Sofie Deckers]]
Verpleegkundige | Kinder- en jeugdpsychiatrie K2
[[AZ Sint-Rembert]] – campus [[Torhout]]
T [[050 23 31 07]]

Verstuurd via Zivver door [[ann-sofie.deckers@azrembert.example]] · Veilig mailen met Zivver
{_DISCLAIMER_NL}"""),

    v("bold-script-name", "gmail_android", "nl",
      "new-shape unicode-styled-name private-account student tussentaal no-punctuation emoji",
      ("Yentl De Wilde", "yentl.dw@hotmail.example"), "Yentl",
      """
heyy {pseudonym}
ik ben ook zo vaak alleen blijven staan op de speelplaats echt
er is niks mis met u
soms zit ge gewoon in de verkeerde klas met de verkeerde mensen en da is ni uw schuld
zoek eens iets buiten school? bij mij was da de jeugdtheaterwerking en daar had ik opeens vrienden
xx
""", Q_EENZAAM,
      sig=f"[[{_bold_script('Yentl')}]] 🦋 [[{_bold_script('De Wilde')}]]"),

    v("doc-comments-paste", "gmail_web", "nl",
      "new-shape doc-comments-paste private-account student signed-name",
      ("Marthe Goossens", "marthe.goossens@gmail.example"), "Marthe",
      """
Hoi {pseudonym},

Wat een rotsituatie. Je mama wil je beschermen en jij voelt je niet serieus genomen. Allebei begrijpelijk.
Twee jaar verschil is op zich niet raar. Belangrijker: voel jij je goed bij hem? Luistert hij als je nee zegt?
Misschien kan je je mama vragen wat haar precies ongerust maakt, in plaats van te discussiëren over de leeftijd.

[Opmerking [[Marthe Goossens]] 14:12: te belerend? misschien laatste zin schrappen]
[Antwoord Begeleiding Lumi 14:30: nee laat staan, het is een goede tip]
[Opgelost door [[Marthe Goossens]]]

Laat je iets weten hoe het gesprek ging?
[[Marthe]]
""", Q_LIEF),

    v("braille-signature", "outlook_desktop", "nl",
      "new-shape screenreader-line braille-name private-account retiree no-capitals",
      ("Geert Van Acker", "geert.vanacker@skynet.example"), "Geert",
      """
dag {pseudonym}

ik ben blind en ik typ met een brailleleesregel, dus als er rare spaties of tikfouten in  staan, dat is daarom :)
wat je schrijft over je broer is niet oke. niemand mag jou slaan, ook je broer niet.
dat hij zegt dat je het niet mag vertellen, is net een reden om het wel te vertellen.
kan je het aan je mama zeggen op een moment dat hij er niet bij is? of aan iemand op school?
je kan ook bellen naar 1712, dat is gratis en je hoeft je naam niet te zeggen.

groetjes
""", Q_BROER,
      sig="[[Geert]]\n[[⠛⠑⠑⠗⠞]]\n[[getypt met JAWS en een Focus 40 brailleleesregel]]"),

    v("scan-ocr-letter", "gmail_android", "nl",
      "new-shape scan-ocr-letter private-account retiree street-in-letter long",
      ("Rosette Dekeyser", "rosette.dekeyser@telenet.example"), "Rosette",
      """
Dag {pseudonym}, ik schrijf liever met de hand, dus ik heb mijn brief ingescand met de app van mijn kleinzoon. De foto was wazig, maar de tekst staat eronder, het programma heeft hem overgetypt (niet altijd goed).

--- tekst herkend door HP Smart ---
[[R. Dekeyser]]
[[Hoogstraat 1l]]
[[8890 Moorslede]]

[[Moorslede]], 3 maart 2O25

Lieve {pseudonym} ,
Ik heb je brief gelezen aan de keukentafel met een tas thee . Scheiden is iets
tussen je ouders , niet tussen jou en hen . Jij moet niet kiezen wie je liever
ziet . Je mag zeggen : ik wil bij allebei kunnen zijn .
Vanaf 12 jaar mag je ook met de familierechter praten , die moet naar jou
luisteren . Dat is jouw recht , geen gunst .
Met een warme hand op je schouder ,
[[Rosette]]
---
""", Q_SCHEIDING,
      label_client="Gmail Android (HP Smart scan)"),

    v("teams-share-card", "v7vol_teams", "nl",
      "new-shape teams-share work-account worker work-signature phone-in-sig",
      ("Jens Willems", "jens.willems@bouwgroepdewit.example"), "Jens",
      """
Hoi {pseudonym}, ik had mijn antwoord eerst in Teams getypt, dus het staat hieronder in zo'n kadertje. Sorry voor de rare opmaak.

<<Gedeeld vanuit Microsoft Teams>>
[[Jens Willems]] <<· 4/3 13:40 · Chat met jezelf>>
je bent niet alleen met die foto. wat zij gedaan hebben is strafbaar, niet wat jij gedaan hebt
morgen: ga samen met iemand die je vertrouwt naar je leerlingenbegeleider
vraag om de foto te laten verwijderen, via school en via de app zelf (melden)
op www.stopncii.example kan je een foto laten blokkeren zodat ze niet verder gedeeld wordt
<<Openen in Microsoft Teams>>

Je durft misschien niet, en dat is oké. Maar blijf er niet alleen mee zitten.
Met vriendelijke groeten,
""", Q_FOTO,
      sig="""[[Jens Willems]]
Projectleider renovatie
[[Bouwgroep De Wit nv]]
[[+32 9 218 44 10]] | [[www.bouwgroepdewit.example]]"""),

    v("thread-numbering", "iphone", "nl",
      "new-shape thread-numbering private-account student no-capitals emoji signed-name "
      "content-like-identity",
      ("Ines Vermeulen", "ines.vermeulen@icloud.example"), "Ines",
      """
{pseudonym} ik ga dit in stukjes doen want ik heb veel te zeggen 🧵

1/6 eerst: dat jij je zo voelt is echt, ook al merken je ouders niks. slecht slapen en niet eten zijn signalen van je lijf

2/6 je hoeft het niet in één keer uit te leggen. je kan ook gewoon zeggen "ik voel me al een tijd niet goed, kunnen we eens praten"

3/6 of je schrijft het op een briefje en legt het op hun kussen. klinkt raar maar werkt soms beter dan praten

4/6 een huisarts is ook een optie. die mag niks aan je ouders vertellen als jij dat niet wil

5/6 eten: probeer kleine dingen. een banaan. een boterham. geen perfectie

6/6 en schrijf ons gerust terug. ik lees alles
- [[ines]]
""", Q_SLAAP),

    v("volunteer-number", "outlook_web", "nl",
      "new-shape volunteer-id-number private-account worker signed-name",
      ("Bram Lemmens", "bram.lemmens@outlook.example"), "Bram",
      """
Dag {pseudonym},

Zeggen of niet zeggen, dat is de grote vraag he. Ik ga je niet vertellen wat je moet doen, maar misschien helpt dit:
- Wat zou je verliezen als je het zegt? En wat verlies je nu al door het niet te zeggen?
- Hoe praat hij over andere jongens, over verliefd zijn? Dat zegt soms veel.
- Je kan het ook half zeggen: "ik moet je iets vertellen over mezelf" en kijken hoe hij reageert.

Een echte vriendschap kan meer hebben dan je denkt. Niet altijd, maar vaker dan je vreest.

Veel moed!
""", Q_CRUSH,
      sig="""[[Bram]]
vrijwilliger bij Lumi sinds 2021 · vrijwilligersnummer [[V-0418]]
[[Kessel-Lo]]"""),

    v("google-groups-via", "v7vol_ggroups", "nl",
      "new-shape google-groups-via private-account worker wrong-account reply-to-private "
      "initials",
      ("'Katrien Mertens' via Meetjeslanders", "meetjeslanders@googlegroups.example"),
      "Katrien",
      """
Hey {pseudonym},

Nee, er is niks mis met jou. Echt niet.
Alleen staan op de speelplaats voelt alsof iedereen naar je kijkt, maar meestal is iedereen met zichzelf bezig.
Zijn er andere kinderen die ook vaak alleen staan? Soms zit je vriend daar al, je hebt hem alleen nog niet gezien.
En weet je wat ook helpt: iets meebrengen. Een bal, kaartjes, een boek over iets raars. Dingen trekken mensen aan.

Ik duim voor je.
[[K.]]
""", Q_EENZAAM,
      volunteer="katrien.mertens@telenet.example",
      headers=[("Reply-To", "katrien.mertens@telenet.example"),
               ("X-Original-Sender", "katrien.mertens@telenet.example"),
               ("Mailing-list", "list meetjeslanders@googlegroups.example; contact "
                                "meetjeslanders+owners@googlegroups.example"),
               ("List-ID", "<meetjeslanders.googlegroups.example>")],
      identity=["katrien.mertens@telenet.example", "Katrien Mertens"],
      sig_dash=True,
      sig="""Je hebt dit bericht ontvangen omdat je bent geabonneerd op de groep '[[Meetjeslanders]]' van Google Groups.
Als je je wilt afmelden bij deze groep en geen e-mails meer wilt ontvangen, stuur je een e-mail naar [[meetjeslanders+unsubscribe@googlegroups.example]]."""),

    v("initials-comment-markers", "thunderbird", "nl",
      "new-shape initials-comment-markers inline-answer private-account worker initials",
      ("Koen Dierickx", "koen.dierickx@scarlet.example"), "Koen",
      """
Dag {pseudonym},
ik antwoord tussen je eigen zinnen, mijn stukjes beginnen met [[KD]] zodat je ziet wat van mij is.

<<> ik wil aan mijn papa zeggen dat ik lesbisch ben>>
[[KD]]: wat fijn dat je dat voor jezelf al zo helder weet. Dat is al een hele stap.

<<> maar hij maakt altijd van die grapjes>>
[[KD]]: grapjes zeggen niet altijd wat iemand echt denkt. Veel papa's maken domme grappen tot het over hun eigen kind gaat.
[[KD]]: je kan eens testen: vertel over een bekende die uit de kast kwam en kijk hoe hij reageert. Of vraag het eerst aan je mama, als dat veiliger voelt.
[[KD]]: en je mag ook wachten tot je er klaar voor bent. Er is geen deadline.

Groeten,
[[Koen]]
""", Q_PAPA,
      quote_style="none", subject="[KD] Re: [{pseudonym}]"),

    v("ice-contact", "samsung", "nl",
      "new-shape ice-contact private-account worker family-named phone-in-sig emoji",
      ("Nele Maes", "nele.maes@hotmail.example"), "Nele",
      """
Dag {pseudonym}

Dat je ouders niks merken, wil niet zeggen dat het niet erg is. Soms zien grote mensen niet wat er onder hun neus gebeurt, zeker als ze zelf druk zijn.
Slecht slapen en bijna niks eten, dat houdt je lichaam niet lang vol. Zou je het aan één iemand willen vertellen? Een tante, een leerkracht, de schoolverpleegkundige?
Je mag ook bellen naar Awel op 102, elke dag van 12 tot 22 uur. Of chatten als bellen te eng is.

Hou je goed 💛
""", Q_SLAAP,
      sig="""[[Nele]] 🌻

ICE (in geval van nood): [[Tom Baert]] – [[0486 55 21 09]]"""),

    v("recall-notice", "outlook_desktop", "nl",
      "new-shape outlook-recall-line work-account worker work-signature disclaimer",
      ("Wouter Hermans", "wouter.hermans@accountancy-hermans.example"), "Wouter",
      """
Sorry {pseudonym}, mijn vorige mail vertrok veel te vroeg, ik was nog aan het typen. Als je een bericht krijgt van "[[Wouter Hermans]] wil het bericht 'Re: [{pseudonym}]' intrekken", dan is dat daarom 🙈 Hier het volledige antwoord:

Een foto van jou die rondgaat zonder dat jij dat wou: dat is niet jouw fout. Nooit.
Zeg het morgen tegen één volwassene op school, ook als je je schaamt. Zij kunnen de klasgroep laten opkuisen en met de daders praten.
Hou bewijs bij: screenshots van wie wat doorstuurde. Niet verwijderen voor je iemand hebt gesproken.
Je kan ook naar de politie, ook als je minderjarig bent.

Volhouden. Echt.
""", Q_FOTO,
      sig=f"""[[Wouter Hermans]]
Zaakvoerder
[[Accountancy Hermans bv]] | [[Koning Albertlaan 88, 3500 Hasselt]]
[[011 27 64 30]]

{_DISCLAIMER_NL}"""),

    v("duolingo-streak", "gmail_ios", "nl",
      "new-shape app-streak-line private-account student emoji handle-in-sig",
      ("Febe Van Damme", "febe.vandamme@gmail.example"), "Febe",
      """
Hey {pseudonym}!!

Oké eerlijk: ik zat in exact dezelfde situatie in het 5de middelbaar. Met een jongen uit mijn klas.
Wat ik geleerd heb: een vriendschap die kapotgaat omdat je eerlijk bent, was misschien minder sterk dan je dacht. En een vriendschap die blijft, wordt vaak net sterker.
Je hoeft het ook niet meteen als "ik ben verliefd op jou" te brengen. Je kan beginnen met "ik val op jongens" en zien hoe hij reageert.

Wat je ook kiest, het is jouw tempo.
""", Q_CRUSH,
      sig="""[[Febe]] ✌️
🔥 412 dagen Duolingo (Spaans!) · volg me: [[@febe.leert]]"""),

    v("dictated-not-read", "outlook_desktop", "nl",
      "new-shape dictated-not-read work-account worker voice-to-text title work-signature",
      ("dr. Luc Van Hecke", "luc.vanhecke@huisartsenhuisdemolen.example"), "Luc",
      """
Beste {pseudonym}

Dank voor uw bericht komma ik ben huisarts en ik dicteer deze antwoorden meestal na de raadpleging.
Wat u beschrijft , weinig slapen en weinig eten, is iets waar een huisarts u echt bij kan helpen. U mag alleen komen, zonder uw ouders. Wat u zegt blijft tussen u en de dokter, ook als u 14 of 15 bent.
Probeer intussen elke dag op hetzelfde uur op te staan, ook als u slecht geslapen hebt. Klinkt streng maar het helpt je klok.
En als de gedachten te zwaar worden: bel 1813, dag en nacht.

Met vriendelijke groeten
""", Q_SLAAP,
      sig="""Gedicteerd, niet nagelezen.
[[Dr. L. Van Hecke]]
Huisarts – [[Huisartsenhuis De Molen]], [[Molenstraat 5, 9160 Lokeren]]
Tel. [[09 348 12 70]]"""),

    v("child-typed-line", "apple_mail", "nl",
      "new-shape child-typed-line private-account parent family-named emoji",
      ("Evelien Smet", "evelien.smet@icloud.example"), "Evelien",
      """
Dag {pseudonym},

(sorry, mijn zoontje kroop op mijn schoot terwijl ik typte, ik laat zijn stukje staan want hij was zo trots)
hallo ik ben [[Wout]] en ik ben 6 jaar en ik kan al typen 😜😜🦖
Zo. Waar was ik.

Alleen staan in de speeltijd is een van de eenzaamste dingen die er zijn. Dat je dat durft op te schrijven, zegt dat je nog hoop hebt, en dat is goed.
Er is niks mis met jou. Vriendschap is soms gewoon een kwestie van de juiste mensen op de juiste plek.
Zijn er middagactiviteiten op school? Een schaakclub, een koor, iets met computers? Daar zitten vaak kinderen die ook zoeken.

Liefs,
[[Evelien]]
""", Q_EENZAAM),

    v("fundraising-page", "outlook_mobile", "nl",
      "new-shape fundraising-link private-account worker signed-name",
      ("Jonas De Bock", "jonas.debock@outlook.example"), "Jonas",
      """
Hoi {pseudonym}

Ik ben ook trans en ik weet hoe moe je daarvan wordt. Elke keer die oude naam, als een steentje in je schoen.
Weet je dat je school je nieuwe naam mag gebruiken in de klas en op Smartschool, ook als die nog niet officieel veranderd is? Vraag het aan de directie of de leerlingenbegeleiding, met een ouder erbij als dat lukt.
Çavaria heeft daar een brief voor scholen over, vraag er gerust naar.

Je bent niet te veel. Zij moeten gewoon leren.
""", Q_TRANS,
      sig="""[[Jonas]]
🏃 Op 25 mei loop ik de 20 km door Brussel voor Kom op tegen Kanker, sponsor me via [[www.komop.example/acties/jonas-de-bock]]"""),

    v("stage-name", "gmail_web", "nl",
      "new-shape stage-name private-account worker handle-in-sig emoji",
      ("Dries Michiels", "dries.michiels@gmail.example"), "Dries",
      """
hey {pseudonym} 💜

zo moe worden van je oude naam, ik snap dat zo goed. het is alsof je elke dag opnieuw moet uitleggen wie je bent
een paar dingen:
- schrijf je naam overal zelf op: op je schriften, je pennenzak, je agenda. hoe meer ze hem zien hoe sneller het went
- zoek 1 leerkracht die het wel goed doet en vraag of die wil helpen bij de anderen
- hou een lijstje bij van wie het blijft fout doen, dat kan later helpen als je naar de directie stapt

en vergeet niet: jij weet wie je bent. zij zijn gewoon traag
""", Q_TRANS,
      sig="""[[Dries]] ([[hij/hem]]) · op zaterdag [[Miss Tique]] 👠
volg [[Miss Tique]] op insta: [[@misstique.gent]]"""),

    v("bilingual-rules", "outlook_web", "nl",
      "new-shape bilingual-split-by-rules work-account worker work-signature disclaimer "
      "disclaimer-fr mixed-language",
      ("Naïma El Amrani", "naima.elamrani@brusselsjeugd.example"), "Naïma",
      """
Dag {pseudonym},

Ik schrijf mijn antwoord in het Nederlands en daaronder in het Frans, voor als je dat thuis makkelijker laat lezen.

Scheiden is een beslissing van je ouders. Kiezen bij wie je woont is niet jouw taak alleen. Je mag zeggen wat jij graag wil, maar de grote mensen moeten de beslissing nemen.
Vanaf 12 jaar kan je aan de familierechter vragen om gehoord te worden. Dat is geen verraad aan je mama of papa.

————————————
FR ↓
————————————

Le divorce, c'est une décision de tes parents. Choisir où tu vas vivre, ce n'est pas ton travail à toi tout seul. Tu peux dire ce que tu souhaites, mais ce sont les adultes qui décident.
À partir de 12 ans, tu peux demander au juge de la famille d'être entendu.

————————————

Groetjes / Bisous,
[[Naïma]]
""", Q_SCHEIDING,
      sig=f"""[[Naïma El Amrani]]
Jeugdwerker · Animatrice jeunesse
[[Brussels Jeugdhuis Cosmos]] | [[Maison de Jeunes Cosmos]]
[[Vlaamsesteenweg 30, 1000 Brussel]]
[[02 511 46 08]]

{_DISCLAIMER_NL}
{_DISCLAIMER_FR}"""),

    v("recipe-advice", "apple_mail", "nl",
      "new-shape recipe-advice private-account retiree long content-like-signature",
      ("Mariette Cools", "mariette.cools@skynet.example"), "Mariette",
      """
Lieve {pseudonym},

Ik ben een oma van 71 en ik heb in mijn leven veel nachten wakker gelegen. Je bent niet de enige.
Als niks smaakt en de nachten lang zijn, helpt het soms om iets kleins en warms te maken. Niet om veel te eten, maar om jezelf te verzorgen.
En vertel het aan iemand, ook als je ouders niks merken. Soms moet je het gewoon zeggen: "ik slaap al weken slecht".

Een dikke knuffel,
[[Mariette]]

P.S. mijn recept voor als niks smaakt:
Warme melk met honing
1 tas melk
1 koffielepel honing
snuifje kaneel
Bereiding:
melk warm maken, niet koken
honing en kaneel erin
drinken in bed met een dekentje
""", Q_SLAAP),

    v("mood-grid", "gmail_android", "nl",
      "new-shape mood-grid private-account student emoji no-capitals content-like-signature",
      ("Lore Segers", "lore.segers@gmail.example"), "Lore",
      """
hey {pseudonym}

wat jij beschrijft klinkt echt zwaar en het is goed dat je het opschrijft
iets wat mij hielp: elke avond 3 emoji zetten voor ochtend middag avond. na een week zie je beter hoe het gaat en kan je dat ook laten zien aan een dokter of je ouders

zo zag die van mij er vroeger uit:
ma 😴😴🙂
di 😢😐🙂
wo 😐😐😐
do 😢😢😴
vr 🙂🙂😄

😴 = moe
😢 = verdrietig
😐 = niks
🙂 = oké
😄 = goed

probeer het eens? en bel 102 als het echt niet gaat
xx
""", Q_SLAAP,
      sig="[[Lore]] 🐢"),

    v("letter-to-self", "windows_mail", "nl",
      "new-shape letter-to-self private-account worker content-like-signature",
      ("Tine Wouters", "tine.wouters@telenet.example"), "Tine",
      """
Dag {pseudonym},

Iets wat ik jongeren vaak aanraad als het hoofd te vol zit: schrijf een brief aan jezelf. Niet om te versturen, gewoon om te lezen als het weer moeilijk wordt. Zo ongeveer:

Lieve ik,
Vandaag was het weer zwaar in de speeltijd.
Maar ik heb het volgehouden.
Er is niks mis met mij, ik heb mijn mensen nog niet gevonden.
Liefs,
ik (van vandaag)

Je mag hem helemaal anders schrijven natuurlijk. En je mag ons ook altijd gewoon terug schrijven.

Groetjes,
[[Tine]]
""", Q_EENZAAM),

    v("stale-seasonal-banner", "outlook_desktop", "nl",
      "new-shape seasonal-banner work-account worker work-signature disclaimer",
      ("Kobe Claerhout", "kobe.claerhout@woonzorgoostkust.example"), "Kobe",
      """
Beste {pseudonym},

Dank je om ons te schrijven. Wat je broer doet, mag niet. Niemand mag jou slaan, en zeker niet als je alleen thuis bent.
Dat hij zegt dat je het niet mag vertellen, betekent dat hij zelf weet dat het fout is.
Vertel het aan je mama, of aan iemand op school die je vertrouwt. Je kan ook gratis bellen naar 1712.
Als je in gevaar bent: bel 112.

Met vriendelijke groet,
""", Q_BROER,
      logo=("Gelukkig nieuwjaar 2025 van Kobe en het team van Woonzorg Oostkust", "inline"),
      sig=f"""[[Kobe Claerhout]]
Maatschappelijk werker
[[Woonzorg Oostkust vzw]] · [[Zeedijk 201, 8400 Oostende]]
[[059 33 80 17]]

{_DISCLAIMER_NL}"""),
]

# ================================================================ Dutch / Flemish, known shapes

CASES += [
    v("gsm-one-line", "iphone", "nl",
      "private-account student very-short no-punctuation",
      ("Jules Verhaegen", "jules.verhaegen@icloud.example"), "Jules",
      """
hey {pseudonym} ik las je mail op de bus en ik wil je gewoon zeggen dat je niet raar bent en dat het oke is om het nog niet zeker te weten x
""", Q_BI),

    v("caw-outlook-logo", "outlook_desktop", "nl",
      "work-account worker work-signature disclaimer phone-in-sig signed-name",
      ("Hilde Vanhove", "hilde.vanhove@cawzuidoost.example"), "Hilde",
      """
Dag {pseudonym},

Bedankt voor je bericht. Ik hoor dat je je vriend graag ziet en dat je mama bezorgd is. Dat botst, en dat is lastig als je 15 bent.
Je mama's zorgen hoeven niet te betekenen dat ze je relatie kapot wil maken. Misschien kan je voorstellen dat ze hem eens leert kennen, bij jullie thuis.
Wat ik wel belangrijk vind: voel je je vrij bij hem? Mag je ook nee zeggen, tegen een afspraak, tegen foto's, tegen seks? Als dat zo is, is dat een goed teken.

Je mag altijd terugschrijven, ook als het gesprek met je mama niet goed loopt.

Vriendelijke groet,
[[Hilde]]
""", Q_LIEF,
      logo=("CAW Zuid-Oost", "inline"),
      sig=f"""[[Hilde Vanhove]]
Jeugdhulpverlener JAC
[[CAW Zuid-Oost]] | [[Stationsstraat 41, 9300 Aalst]]
T [[053 21 44 90]] | GSM [[0476 31 82 05]]
[[www.cawzuidoost.example]]

{_DISCLAIMER_NL}"""),

    v("tussentaal-galaxy", "samsung", "nl",
      "private-account worker tussentaal emoji short-form-name",
      ("Kris Van den Broeck", "kris.vdbroeck@telenet.example"), "Kris",
      """
Dag {pseudonym}

Ik zen zelf ook elke dag uitgelachen geweest op de bus, in de jaren 90 he, toen hadde nog geen gsm om u achter te verstoppen 😅
Da gaat echt beteren, maar ge moet da ni alleen dragen.
Zegt het tegen uw ouders of tegen ne leerkracht. En gaat vooraan zitten bij de chauffeur, die mag da ook weten.

gr. [[Kris]]
""", Q_BUS),

    v("thema-tail-heart", "gmail_web", "nl",
      "private-account student emoji nickname-sign",
      ("Saar Claes", "saar.claes@gmail.example"), "Saar",
      """
Hoi {pseudonym}!

Dat je het aan je papa wil vertellen, zegt al veel over hoe graag je hem ziet.
Die grapjes zijn echt pijnlijk, ik snap dat je twijfelt. Misschien kan je hem eerst eens vragen waarom hij zulke grappen maakt, los van jou. Soms weten mensen niet eens wat ze zeggen.
En als je het vertelt: kies een rustig moment, niet aan tafel met iedereen erbij. Een autorit werkt vaak goed, dan hoef je elkaar niet aan te kijken.

Ik wens je heel veel moed 💚 <<#thema: coming-out>>
x [[Saar]] ♡
""", Q_PAPA),

    v("teacher-signed-meneer", "outlook_web", "nl",
      "work-account worker teacher work-signature disclaimer signed-other-name",
      ("Bart Willaert", "bart.willaert@sintjozefscollege.example"), "Bart",
      """
Beste {pseudonym},

Ik ben zelf leerkracht, dus ik schrijf ook een beetje vanuit de andere kant van de klas.
Een leerkracht die je oude naam blijft gebruiken, doet dat soms uit gewoonte en soms uit onwil. In beide gevallen mag je het zeggen. Bij veel scholen kan je ook vragen dat je nieuwe naam in het leerlingensysteem komt, dan staat die ook op de klaslijsten.
Ga eens langs bij de leerlingenbegeleider of de zorgcoördinator. Die kan de collega's samen informeren, zodat jij het niet twintig keer moet uitleggen.

Vriendelijke groeten,
[[meneer W.]]
""", Q_TRANS,
      sig=f"""[[Bart Willaert]]
Leerkracht Nederlands en geschiedenis – 3de graad
[[Sint-Jozefscollege Izegem]]

{_DISCLAIMER_NL}"""),

    v("family-account-rik", "apple_mail", "nl",
      "family-account retiree family-named long signed-name",
      ("Fam. Claeys-Wouters", "claeys.wouters@skynet.example"), "Rik",
      """
Beste {pseudonym},

Ik ben zelf gescheiden, lang geleden, en ik herinner me nog goed hoe mijn dochter toen keek. Ze was ook 13.
Wat ik haar toen had willen zeggen, en wat ik nu tegen jou zeg: jij hoeft niet te kiezen om iemand gelukkig te maken. Je ouders moeten een regeling vinden die voor jou goed is, niet andersom.
Het is helemaal in orde om te zeggen dat je bij allebei wil zijn. Of om te zeggen dat je het nog niet weet.
Je mag ook steun vragen aan iemand buiten de familie: een leerkracht, het CLB, een jeugdwerker.

Met hartelijke groeten,
[[Rik]] (en [[Mieke]] leest mee)
""", Q_SCHEIDING),

    v("text-speak-android", "gmail_android", "nl",
      "private-account student text-speak emoji no-punctuation very-short",
      ("Milan Aerts", "milan.aerts05@gmail.example"), "Milan",
      """
yo {pseudonym} 👋
fr da is echt kut wat die gasten doen 😤
maar jij bent ni het probleem ok
zeg het tegen ne leerkracht of iemand van het clb die moeten daar iets mee doen
en blokkeer ze overal
stay strong 💪
[[Milan]] ✌️
""", Q_FOTO),

    v("bank-outlook-ios", "outlook_mobile", "nl",
      "work-account worker work-signature disclaimer disclaimer-en phone-in-sig",
      ("Sofie Lambrechts", "sofie.lambrechts@bankdelvaux.example"), "Sofie",
      """
Dag {pseudonym},

Ik typ dit op mijn gsm tijdens de middagpauze, dus kort maar gemeend.
Het zeggen kan alles veranderen, maar niet per se kapot maken. Vraag je eens af: als hij het morgen van iemand anders hoort, wat zou je dan willen dat je gedaan had?
Je kan ook eerst aan iemand anders vertellen dat je op jongens valt, om te oefenen. Een zus, een nicht, iemand van hier.

Veel liefs,
[[Sofie]]
""", Q_CRUSH,
      sig=f"""[[Sofie Lambrechts]] | Relatiebeheerder particulieren
[[Bank Delvaux]] – kantoor [[Mechelen-Centrum]]
M [[+32 477 20 61 93]]

{_DISCLAIMER_EN}"""),

    v("thunderbird-sig-dash-street", "thunderbird", "nl",
      "private-account worker short-form-name phone-in-sig",
      ("Pieter-Jan Hoste", "pj.hoste@scarlet.example"), "Pieter-Jan",
      """
Dag {pseudonym},

Je papa's grapjes zijn niet jouw schuld, en ze bepalen ook niet wie jij mag zijn.
Misschien helpt het om eerst een bondgenoot te zoeken in de familie: een tante, een oma, je mama. Dan sta je er niet alleen voor als je het vertelt.
En als hij slecht reageert: veel ouders draaien bij, soms na weken of maanden. Zijn eerste reactie is niet zijn laatste.

Groeten,
[[PJ]]
""", Q_PAPA,
      sig_dash=True,
      sig="""[[Pieter-Jan Hoste]]
[[Kortrijksesteenweg 112]], [[9830 Sint-Martens-Latem]]
[[0495 12 77 30]]"""),

    v("caps-retiree", "yahoo", "nl",
      "private-account retiree capitals signed-name",
      ("Gilbert Vandecasteele", "gilbert.vdc@yahoo.example"), "Gilbert",
      """
BESTE {pseudonym}

IK SCHRIJF IN HOOFDLETTERS WANT MIJN OGEN ZIJN NIET MEER WAT ZE GEWEEST ZIJN. NIET SCHRIKKEN DUS, IK ROEP NIET.
WAT JE VERTELT OVER DE BUS VIND IK HEEL ERG. NIEMAND HOEFT ELKE DAG UITGELACHEN TE WORDEN.
VERTEL HET AUB AAN JE OUDERS EN AAN DE DIRECTIE VAN JE SCHOOL. DIE MOETEN IETS DOEN, DAT IS HUN WERK.
EN ONTHOUD: WIE ANDEREN UITLACHT, IS MEESTAL ZELF BANG.

VEEL MOED
[[GILBERT]]
""", Q_BUS),

    v("proton-helplines-pronouns", "proton", "nl",
      "private-account student no-capitals advice-like-signature content-like-signature "
      "pronouns",
      ("Robin Wyckmans", "robin.w@proton.example"), "Robin",
      """
hoi {pseudonym},

dankjewel dat je dit aan ons vertelt, dat is niet niks.
stoppen is moeilijk, en het lukt bijna niemand in één keer. elke dag of elk uur dat je het niet doet, telt.
zou je met je huisarts of met het CLB willen praten? zij kunnen je helpen zonder dat het meteen naar je ouders gaat.

handig om bij te houden:
Awel – 102 – elke dag van 12 tot 22u
Tele-Onthaal – 106 – dag en nacht
Zelfmoordlijn – 1813
JAC – gratis en anoniem, ook zonder afspraak

liefs,
""", Q_SNIJ,
      sig="[[Robin]] ([[die/hen]])"),

    v("blackberry-stad", "blackberry", "nl",
      "work-account worker work-signature very-short",
      ("Dirk Vanmarcke", "dirk.vanmarcke@stad-roeselare.example"), "Dirk",
      """
Dag {pseudonym}, kort vanop mijn werkgsm: er is niks mis met jou. Zoek eens een jeugdbeweging of een club in je buurt, daar zijn kinderen die je nog niet kennen en die je nog niet in een hokje steken. Ik schrijf morgen uitgebreider.
""", Q_EENZAAM,
      sig="""[[Dirk Vanmarcke]]
Jeugddienst [[Stad Roeselare]]
[[051 26 25 80]]"""),

    v("west-flemish-malou", "telenet_webmail", "nl",
      "private-account retiree dialect signed-other-name short-form-name",
      ("Marie-Louise Desmet", "ml.desmet@telenet.example"), "Marie-Louise",
      """
Dag {pseudonym}

'k Ben van 't West-Vlaamse, 'k gaan schrijven lik da 'k klappen, 't is gemakkelijker voor mie.
Je moeder is ongerust, da's normaal, 't is ol moeders hun werk. Mo ge moet gie ook gehoord worden.
Vraagt ze ne keer om te zeggen wat ze precies vreest. En zegt gie wat da je joen vriend zo geerne ziet.
En as 't ooit nie goed voelt bij hem, dan meug je altied stoppen, oek al is 't lastig.

Vele groetjes
[[Malou]]
""", Q_LIEF),

    v("voice-on-site", "huawei", "nl",
      "private-account worker voice-to-text no-punctuation signed-name",
      ("Bjorn Verstraete", "bjorn.verstraete@gmail.example"), "Bjorn",
      """
hallo {pseudonym} ik spreek dit in want ik sta op de werf en ik heb vuile handen haha ik wou je zeggen dat verliefd worden op je beste vriend een van de meest normale dingen is die er zijn en dat hij een jongen is maakt dat niet minder normaal als je het wil zeggen doe het dan als jullie met twee zijn en niet via snap groetjes [[bjorn]]
""", Q_CRUSH),

    v("partner-ipad", "ipad", "nl",
      "partner-account worker wrong-account reply-to-private signed-name",
      ("Stijn Cornelis", "stijn.cornelis@icloud.example"), "Anouk",
      """
Dag {pseudonym},

Ik schrijf even vanop de iPad van mijn vriend, mijn laptop is kapot.
Wat er met die foto gebeurd is, is niet jouw schuld. Wie die foto doorstuurde, doet iets wat verboden is.
Morgen naar school gaan is eng, dat snap ik. Kan je met iemand samen gaan? En meteen bij de leerlingenbegeleiding binnenstappen?
Je moet dit niet alleen oplossen.

Knuffel,
[[Anouk]]
""", Q_FOTO,
      volunteer="anouk.lauwers@gmail.example",
      headers=[("Reply-To", "Anouk Lauwers <anouk.lauwers@gmail.example>")],
      identity=["anouk.lauwers@gmail.example", "Anouk Lauwers", "Lauwers"]),

    v("own-phone-second-address", "windows_mail", "nl",
      "private-account worker phone-in-text second-address signed-name",
      ("Jeroen Baeten", "jeroen.baeten@outlook.example"), "Jeroen",
      """
Dag {pseudonym},

Zulke grapjes van je papa, dat zit diep, ik weet het. Mijn vader deed dat ook.
Wat mij hielp: eerst aan mijn zus vertellen. Zij was erbij toen ik het aan mijn vader zei, en dat maakte het veel lichter.
Als je liever eens belt dan mailt: mijn gsm is [[0472 90 18 36]], na 18 uur. Of mail naar mijn ander adres, [[jeroen.b@baeten-fam.example]], dat lees ik sneller.

Groeten,
[[Jeroen]]
""", Q_PAPA),

    v("ocmw-sig-only-html", "outlook_desktop", "nl",
      "work-account worker work-signature disclaimer signed-name",
      ("Els Van Hoof", "els.vanhoof@ocmw-geel.example"), "Els",
      """
Beste {pseudonym},

Elke dag uitgelachen worden op de bus, dat vreet aan je. Dat je niet meer naar school wil, is een heel begrijpelijke reactie.
Mag ik je vragen om het aan je ouders te vertellen? Zij kunnen contact opnemen met de school en met de busmaatschappij. Op veel lijnen kan de chauffeur ingrijpen als hij het weet.
Spijbelen lost het helaas niet op, maar je hoeft ook niet gewoon door te bijten.

Met vriendelijke groeten,
[[Els]]
""", Q_BUS,
      sig_in="html",
      sig=f"""[[Els Van Hoof]]
Maatschappelijk assistent – Sociale Dienst
[[OCMW Geel]] · [[Markt 1, 2440 Geel]]
T [[014 56 66 11]]

{_DISCLAIMER_NL}"""),

    v("bottom-posted-gmail-ios", "gmail_ios", "nl",
      "private-account student",
      ("Joachim Raes", "joachim.raes@gmail.example"), "Joachim",
      """
Dag {pseudonym},

Oei, dat is een moeilijke. Ik heb het zelf ooit gezegd tegen een vriend, en hij had het eigenlijk al lang door 😄 We zijn nog altijd vrienden.
Niet iedereen reageert zo, dat weet ik. Maar jij kent hem: hoe reageert hij op andere dingen die moeilijk zijn?

Laat je horen wat je beslist?
[[Joa]]
""", Q_CRUSH,
      quote_pos="above"),

    v("family-card-outlook-android", "outlook_android", "nl",
      "private-account parent family-named worker",
      ("Bert Coppens", "bert.coppens@outlook.example"), "Bert",
      """
Dag {pseudonym},

Als papa van een dochter van 15 wil ik je iets zeggen: veel papa's maken domme grapjes zonder na te denken over wie er meeluistert. Dat maakt ze niet slecht, wel onhandig.
Mijn dochter heeft het ons verteld na een avondje voetbal kijken, heel onverwacht. Ik was even stil en daarna heel blij dat ze het durfde.
Jij bepaalt wanneer. Er is geen haast.

Groetjes,
""", Q_PAPA,
      sig="""[[Bert]]

[[Bert]], [[Ilse]], [[Fien]] & [[Lowie]] 🏡
[[Dorpsstraat 14]], [[Wortegem]]"""),

    v("outlook-web-quotes-in-text", "outlook_web", "nl",
      "private-account worker signed-name",
      ("Ellen Daems", "ellen.daems@outlook.example"), "Ellen",
      """
Dag {pseudonym},

Je schreef "ik moet kiezen bij wie ik ga wonen". Weet je, dat "moet" klopt eigenlijk niet. Je ouders moeten samen een oplossing zoeken, en jij mag zeggen wat je voelt.
Je schreef ook "ik wil niemand pijn doen". Dat zegt veel over hoe lief je bent. Maar het is niet jouw taak om je ouders te beschermen tegen verdriet.
Misschien kan je dit mailtje laten lezen aan een van hen?

Warme groet,
[[Ellen]]
""", Q_SCHEIDING),

    v("roundcube-inline", "webmail", "nl",
      "private-account retiree inline-answer signed-name",
      ("Walter Buyse", "walter.buyse@pandora.example"), "Walter",
      """
Beste {pseudonym},

<<> ik wil me niet meer zo voelen.>>

Dat begrijp ik. Dat je het zo opschrijft, is al een eerste stap weg ervan.

<<> ik slaap slecht en eet bijna niks.>>

Twee dingen die je lichaam nodig heeft. Als dat al meer dan twee weken zo is, ga naar een dokter, alleen of met iemand die je vertrouwt.

<<> mijn ouders merken niks>>

Soms moet je het hen gewoon zeggen, hoe vreemd dat ook voelt. Ouders zien minder dan we denken.

Hartelijke groet,
[[Walter]]
""", Q_SLAAP,
      quote_style="none"),

    v("smartschool-teacher-html", "smartschool", "nl",
      "work-account worker teacher work-signature",
      ("Griet Ramon", "griet.ramon@atheneumvilvoorde.example"), "Griet",
      """
Dag {pseudonym},

Wat een vreselijk gevoel moet dat zijn, dat iedereen die foto gezien heeft.
Als leerkracht weet ik dat scholen daar iets aan kunnen en moeten doen. Ga morgen naar het leerlingensecretariaat of de vertrouwensleerkracht. Je hoeft niet in de klas te zitten voor je met iemand gesproken hebt.
En nog iets: wie die foto doorstuurt, is strafbaar. Jij niet.

Groetjes,
[[Griet]]
""", Q_FOTO,
      html="only",
      sig="""[[Griet Ramon]]
Leerkracht wiskunde · klastitularis [[5B]]
[[Koninklijk Atheneum Vilvoorde]]"""),

    v("student-roundcube-number", "webmail", "nl",
      "work-account student work-signature",
      ("Arne De Clercq", "arne.declercq@student.hogent.example"), "Arne",
      """
Dag {pseudonym},

Ik zit in mijn tweede jaar sociaal werk en ik schrijf mee als vrijwilliger.
Weten of je bi bent: sommige mensen voelen het heel vroeg, anderen pas veel later, en nog anderen schuiven een beetje heen en weer. Allemaal oké.
Misschien helpt het om niet naar "zeker" te zoeken, maar naar "wat voel ik nu". Dat mag veranderen.

Groeten,
[[Arne]]
""", Q_BI,
      sig="""[[Arne De Clercq]]
Bachelor Sociaal Werk – 2de jaar
[[HOGENT]] – studentennummer [[202311458]]"""),

    v("encoded-name-crlf", "gmail_web", "nl",
      "private-account worker signed-name",
      ("Anaïs Verhelst", "anais.verhelst@gmail.example"), "Anaïs",
      """
Hey {pseudonym},

Je mama ongerust, jij verliefd: dat is een klassieker, en toch voelt het elke keer nieuw en oneerlijk.
Twee jaar is niet veel. Wat wel telt: respecteert hij jouw grenzen en jouw tempo?
Praat met je mama op een moment dat jullie allebei rustig zijn. En misschien kan ze hem eens ontmoeten.

Liefs,
[[Anaïs]]
""", Q_LIEF,
      from_style="ew", crlf=True),

    v("comment-display-fre", "apple_mail", "nl",
      "private-account worker very-short short-form-name",
      ("Frederik Joos", "frederik.joos@icloud.example"), "Frederik",
      """
Dag {pseudonym}, je bent niet te veel. Je bent precies genoeg. Schrijf gerust terug.
[[Fré]]
""", Q_TRANS,
      from_style="comment"),

    v("long-initial-m", "iphone", "nl",
      "private-account worker long initials",
      ("Mona Van Laere", "mona.vanlaere@icloud.example"), "Mona",
      """
Lieve {pseudonym}

Ik heb je mail een paar keer gelezen voor ik begon te typen.
Ik heb zelf ook een lange tijd gesneden, van mijn 14 tot mijn 19. Nu ben ik 31 en ik kan je zeggen: het kan stoppen. Niet van de ene dag op de andere, maar het kan.
Wat mij hielp was niet "gewoon stoppen", maar iemand hebben bij wie ik het kwijt kon. Voor mij was dat eerst een lerares, daarna een psycholoog.
Probeer ook te zien wanneer de drang komt. Na ruzie? 's Avonds laat? Als je dat weet, kan je vooraf iets anders klaarzetten: muziek, een douche, iemand bellen.
Je wil stoppen, en dat is de belangrijkste zin uit je mail.

Liefs,
[[M.]]
""", Q_SNIJ),

    v("antwerp-music-tips", "samsung", "nl",
      "private-account worker tussentaal content-like-identity celebrity-names short-form-name",
      ("Kevin Van Gorp", "kevin.vangorp@hotmail.example"), "Kevin",
      """
Hey {pseudonym}

Alleen staan op de speelplaats, amai, da ken ik. Ik had ook niemand in het 1ste jaar.
Wa mij toen hielp: muziek en boeken. Lees Heartstopper eens, van Alice Oseman, of kijk de serie. Charlie is daar ook een tijd alleen en da komt goed.
En luister eens naar Stromae, Formidable, met de volumeknop open.
Ge zijt ni raar, ge zijt gewoon nog ni op de plek waar uw mensen zitten.

Groetjes
[[Kev]]
""", Q_EENZAAM),

    v("bakery-kbo", "outlook_desktop", "nl",
      "business-account worker work-signature signed-name",
      ("Dominique Lenaerts", "dominique@bakkerijlenaerts.example"), "Dominique",
      """
Dag {pseudonym},

Ik sta al om vier uur in de bakkerij, dus ik antwoord tussen twee ovens door.
Elke dag uitgelachen worden is niet iets wat je moet "leren verdragen". Zeg het thuis, en vraag je ouders om met de school te bellen.
En als je niet meer naar school wil: zeg dat ook eerlijk. Dat is een alarmbel, geen luiheid.

Groetjes uit de bakkerij,
[[Dominique]]
""", Q_BUS,
      sig="""[[Bakkerij Lenaerts]]
[[Kerkplein 3, 3550 Heusden-Zolder]] | [[011 42 19 08]]
KBO [[0712.345.678]] | BTW [[BE 0712.345.678]]
Maandag gesloten"""),

    v("em-client-mastodon", "v7vol_em_client", "nl",
      "private-account worker handle-in-sig signed-name",
      ("Ruben Vervoort", "ruben@vervoort.example"), "Ruben",
      """
Hoi {pseudonym},

Grappen over homo's of lesbiennes zijn vaak luider dan de mening erachter. Dat maakt ze niet minder pijnlijk.
Misschien kan je eens zeggen dat je die grapjes niet leuk vindt, zonder er meteen iets over jezelf aan te koppelen. Dan zie je hoe hij reageert op kritiek.
En vergeet niet: je bent hem geen coming-out verschuldigd. Je mag het vertellen wanneer jij dat wil.

Groeten,
[[Ruben]]
""", Q_PAPA,
      sig="""[[Ruben Vervoort]]
[[https://ruben.vervoort.example]] · [[@ruben@mastodon.example]]"""),

    v("zoho-freelancer-logo", "v7vol_zoho", "nl",
      "business-account worker work-signature phone-in-sig",
      ("Charlotte Bosmans", "charlotte@bosmansvertaalt.example"), "Charlotte",
      """
Dag {pseudonym},

Ik ben zelf bi, en ik heb ook jaren getwijfeld of ik het "echt" was. Dat twijfelen hoort er vaak gewoon bij.
Je hoeft niemand te bewijzen wat je bent. Als je ooit meer weet, is dat goed. Als je het nooit helemaal zeker weet, is dat ook goed.
Fijn dat je beste vriendin het al weet. Dat is een mooie plek om te beginnen.

Groetjes,
[[Charlotte]]
""", Q_BI,
      logo=("Bosmans Vertaalt", "attachment"),
      sig="""[[Charlotte Bosmans]] | beëdigd vertaler NL-EN-FR
[[Bosmans Vertaalt]] · [[0498 33 10 72]]
[[www.bosmansvertaalt.example]]"""),

    v("k9-short", "v7vol_k9", "nl",
      "private-account student very-short no-punctuation signed-name",
      ("Toon Geens", "toon.geens@posteo.example"), "Toon",
      """
hey {pseudonym}
kort want ik zit in de trein
zeggen = risico ja
niet zeggen = ook een risico, want het vreet aan je
ik zou het zeggen maar op jouw moment
[[toon]]
""", Q_CRUSH),

    v("mailbird-thema-mid", "v7vol_mailbird", "nl",
      "private-account worker signed-name",
      ("Ilona Smets", "ilona.smets@telenet.example"), "Ilona",
      """
Dag {pseudonym},

Dat is echt niet oké, elke dag uitgelachen worden.
<<#thema: pesten>>
Schrijf eens op wat er gebeurt: wie, wanneer, wat ze zeggen. Dan heb je iets concreets om aan een leerkracht of je ouders te tonen.
En misschien is er iemand op de bus die het ook ziet en niks durft te zeggen. Die kan je bondgenoot worden.

Groetjes,
[[Ilona]]
""", Q_BUS),

    v("vivaldi-no-display", "v7vol_vivaldi", "nl",
      "private-account worker signed-name",
      ("", "wardvdb@vivaldi.example"), "Ward",
      """
Dag {pseudonym},

Niks mis met jou. Speeltijden zijn gewoon slecht gemaakt voor mensen die liever eerst kijken en dan pas praten.
Probeer eens de bib op school, of een middagactiviteit. Daar is de sfeer vaak rustiger en kom je makkelijker in gesprek.

Groetjes,
""", Q_EENZAAM,
      sig="""[[Ward]]
[[Ward Van den Bossche]] · [[0468 02 45 91]]"""),

    v("hey-vcard", "v7vol_hey", "nl",
      "private-account worker signed-name",
      ("Joke Verbruggen", "joke@verbruggen.example"), "Joke",
      """
Dag {pseudonym},

Je bent er niet alleen mee, ook al voelt het zo.
Slecht slapen en weinig eten: dat zijn dingen die je lichaam je vertelt. Luister ernaar, en vertel het aan iemand.
Je huisarts is een goede eerste stap. Die mag je alleen bezoeken.

Dikke knuffel,
[[Joke]]
""", Q_SLAAP,
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Verbruggen]];[[Joke]];;;
FN:[[Joke Verbruggen]]
TEL;TYPE=CELL:[[+32 479 66 14 28]]
EMAIL:[[joke@verbruggen.example]]
END:VCARD"""),

    v("resource-address-outlook-ios", "outlook_mobile", "nl",
      "private-account worker content-like-identity resource-address signed-name",
      ("Sander Pauwels", "sander.pauwels@outlook.example"), "Sander",
      """
Dag {pseudonym},

Wat je broer doet, mag niet. Punt.
Als je het niet aan je mama durft te zeggen: het JAC zit op het Stationsplein 9, naast het busstation. Je mag daar zonder afspraak binnenlopen, ook na school, tot 18 uur. Ze gaan niet meteen je ouders bellen.
Je kan ook bellen naar 1712.

Groeten,
[[Sander]]
""", Q_BROER),

    v("own-name-in-text", "gmail_android", "nl",
      "private-account worker own-name-in-text",
      ("Wannes Timmermans", "wannes.timmermans@gmail.example"), "Wannes",
      """
Hey {pseudonym}, ik ben [[Wannes]], 23, en ik ben zelf ook gepest geweest op de bus, drie jaar lang.
Wat ik nu weet en toen niet: het lag niet aan mij. En het stopte pas toen ik het aan mijn ouders vertelde.
Jij bent niet het probleem. Vertel het. En schrijf ons terug hoe het gaat.
""", Q_BUS),

    v("short-form-mie", "apple_mail", "nl",
      "private-account retiree signed-other-name short-form-name",
      ("Marie-Jeanne Bogaert", "mj.bogaert@skynet.example"), "Marie-Jeanne",
      """
Dag {pseudonym},

Je papa maakt grapjes, en jij houdt iets groots voor jezelf. Dat is zwaar om te dragen.
Ik ben een mama van drie, en één van hen is homo. Ik heb ook ooit domme dingen gezegd voor ik het wist. Toen hij het vertelde, heb ik me geschaamd voor die grapjes, niet voor hem.
Misschien is je papa zo ook.

Veel liefs,
[[Mie]]
""", Q_PAPA),

    v("dyslexic-spelling", "iphone", "nl",
      "private-account student typos no-punctuation signed-name",
      ("Kenzo Vermeiren", "kenzo.vermeiren@icloud.example"), "Kenzo",
      """
hey {pseudonym}
ik ben zelf dislectis dus sorrie voor de fauten
maar ik wou je zegen dat er niks mis is met jou
ik stond ook alleen in het eerste jaar en nu heb ik 2 beste vrienden die ik leerde kenen bij de basket
zoek iets wat je graag doet en ga daar naartoe
je vint je mensen wel
[[kenzo]]
""", Q_EENZAAM),
]

# ================================================================ French

CASES += [
    v("newsletter-tool-footer", "v7vol_brevo", "fr",
      "new-shape newsletter-tool-footer business-account worker work-signature signed-name",
      ("Bénédicte Hallet", "benedicte@ateliersducoin.example"), "Bénédicte",
      """
Bonjour {pseudonym},

Merci de nous avoir écrit. Ce que tu vis au cours de sport, ce n'est pas un détail : être mis·e tout le temps avec les filles alors que tu n'en es pas une, ça use.
Tu peux en parler à ta prof directement, ou demander à un·e éducateur·rice ou au CPMS de le faire avec toi. Beaucoup d'écoles peuvent organiser les groupes autrement.
Tu as le droit d'être respecté·e comme tu es.

Bien à toi,
[[Bénédicte]]
""", Q_NB,
      label_client="Brevo (newsletter tool)", quote_style="none",
      sig="""[[Bénédicte Hallet]]
Coordinatrice – [[asbl Les Ateliers du Coin]]

Cet e-mail a été envoyé à {alias}.
Vous l'avez reçu car vous êtes en contact avec [[Les Ateliers du Coin]].
[[Rue Saint-Nicolas 14, 7000 Mons]]
Se désinscrire | Gérer mes préférences
Envoyé par Brevo"""),

    v("digital-business-card", "gmail_android", "fr",
      "new-shape digital-card-link private-account worker signed-name",
      ("Marc Dufour", "marc.dufour@gmail.example"), "Marc",
      """
Salut {pseudonym},

Avoir peur de le dire à tes parents, c'est normal. Tu n'es pas obligé·e de le faire maintenant.
Commence peut-être par une personne de confiance : un·e ami·e, une cousine, quelqu'un à l'école. Ça aide de l'avoir dit une fois à voix haute.
Et aimer les filles, il n'y a rien de mal là-dedans. Rien.

Courage,
""", Q_FILLES,
      sig="""[[Marc]]
📇 Ma carte de visite digitale : [[https://popl.example/co/marcdufour]]
(ou touchez ma carte NFC avec votre téléphone pour m'ajouter)"""),

    v("dicte-non-relu", "outlook_desktop", "fr",
      "new-shape dictated-not-read work-account worker work-signature disclaimer disclaimer-fr "
      "voice-to-text title",
      ("Anne-Marie Collignon", "am.collignon@chrsambremeuse.example"), "Anne-Marie",
      """
Bonjour {pseudonym},

Je suis pédiatre et je dicte souvent mes réponses le soir, excusez les petites erreurs.
Un adulte qui crie tout le temps à la maison, ce n'est pas normal, même si on finit par s'y habituer. Vous avez le droit de vous sentir en sécurité chez vous.
Si vous avez peur, vous pouvez appeler le 103, Écoute-Enfants, c'est gratuit et anonyme. Vous pouvez aussi en parler au centre PMS de votre école.
Et si un jour il y a des coups ou des menaces, appelez le 112.

Bien cordialement,
""", Q_BEAUPERE,
      sig=f"""Dicté mais non relu.
[[Dr Anne-Marie Collignon]]
Pédiatre – [[CHR Sambre et Meuse]], site [[Namur]]
Tél. [[081 72 61 11]]

{_DISCLAIMER_FR}"""),

    v("cpas-logo-attachment", "outlook_desktop", "fr",
      "work-account worker work-signature disclaimer disclaimer-fr phone-in-sig signed-name",
      ("Olivier Lambert", "olivier.lambert@cpas-marcinelle.example"), "Olivier",
      """
Bonjour {pseudonym},

Merci pour ton message. Ce que tu décris, un beau-père qui crie tout le temps et une maman qui se tait, ce n'est pas une situation normale, même si elle dure depuis longtemps.
Ta mère ne dit peut-être rien parce qu'elle a peur, elle aussi. Ce n'est pas à toi de régler ça.
Tu peux en parler au centre PMS, à un·e prof de confiance, ou appeler le 103.

Bien à toi,
[[Olivier]]
""", Q_BEAUPERE,
      logo=("CPAS de Marcinelle", "attachment"),
      sig=f"""[[Olivier Lambert]]
Assistant social – Service jeunesse
[[CPAS de Marcinelle]] | [[Rue de la Station 12, 6001 Marcinelle]]
Tél. [[071 20 44 18]] | GSM [[0478 55 90 21]]

{_DISCLAIMER_FR}"""),

    v("text-speak-insta", "gmail_android", "fr",
      "private-account student text-speak no-punctuation emoji short-form-name",
      ("Chloé Renard", "chloe.renard@gmail.example"), "Chloé",
      """
slt {pseudonym}
jsp si ça va t'aider mais moi aussi on se moquait de mon poids en 3eme
tkt t'es pas toute seule
perso j'ai fini par bloquer et signaler les comptes, insta les supprime parfois
et arrete de lire les coms stp ça fait que du mal 😭
t'es belle comme t'es
[[chlo]] 🫶
""", Q_INSTA),

    v("capitals-retiree", "yahoo", "fr",
      "private-account retiree capitals signed-name",
      ("Jacqueline Mathieu", "jacqueline.mathieu@yahoo.example"), "Jacqueline",
      """
BONJOUR {pseudonym}

JE VOUS ÉCRIS EN MAJUSCULES CAR MES YEUX FATIGUENT, CE N'EST PAS POUR CRIER.
J'AI 74 ANS ET J'AI APPRIS TARD QUE LES GENS NON-BINAIRES EXISTAIENT. MAIS J'AI COMPRIS UNE CHOSE : CHACUN SAIT MIEUX QUE LES AUTRES QUI IL EST.
PARLEZ À VOTRE PROFESSEUR APRÈS LE COURS, CALMEMENT. SI ELLE NE CHANGE RIEN, ALLEZ VOIR LA DIRECTION.

AMITIÉS
[[JACQUELINE]]
""", Q_NB),

    v("amo-bottom-posted", "outlook_mobile", "fr",
      "work-account worker work-signature phone-in-sig signed-name",
      ("Youssef Benali", "y.benali@amo-lepassage.example"), "Youssef",
      """
Salut {pseudonym},

Je travaille dans une AMO, un service pour les jeunes, et j'entends souvent cette peur-là.
Tu n'es pas obligé·e de tout dire d'un coup. Tu peux tester avec une phrase comme « tu penses quoi des filles qui aiment les filles ? » et voir comment ils réagissent.
Si un jour tu veux en parler avec quelqu'un en vrai, les AMO sont gratuites et tu peux y aller sans tes parents.

À bientôt,
[[Youssef]]
""", Q_FILLES,
      quote_pos="above",
      sig="""[[Youssef Benali]] – Éducateur
[[AMO Le Passage]] · [[0491 70 23 55]]"""),

    v("teacher-vcard", "apple_mail", "fr",
      "work-account worker teacher work-signature signed-name",
      ("Sophie Gérard", "sophie.gerard@athenee-jodoigne.example"), "Sophie",
      """
Bonjour {pseudonym},

Je suis moi-même prof (de français, pas de sport !) et je peux te dire que beaucoup de collègues ne savent simplement pas comment faire. Ça n'excuse rien, mais ça veut dire qu'on peut leur expliquer.
Écris-lui un petit mot, ou demande au CPMS de l'écrire avec toi : « je suis non-binaire, je préfère être dans un groupe mixte ».
Et si ça ne change pas, la direction doit intervenir.

Bonne journée,
[[Sophie]]
""", Q_NB,
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Gérard]];[[Sophie]];;;
FN:[[Sophie Gérard]]
ORG:[[Athénée royal de Jodoigne]]
TEL;TYPE=WORK:[[010 81 22 40]]
EMAIL:[[sophie.gerard@athenee-jodoigne.example]]
END:VCARD"""),

    v("thunderbird-inline-fr", "thunderbird", "fr",
      "private-account worker inline-answer signed-name",
      ("Thierry Leclercq", "thierry.leclercq@voo.example"), "Thierry",
      """
Bonsoir {pseudonym},

<<> on se moque de moi sur insta a cause de mon poids>>

C'est du harcèlement, et ce n'est jamais la faute de la personne visée. Ton corps n'a pas à être commenté.

<<> je supprime rien je lis tout>>

Je comprends, on veut savoir ce qui se dit. Mais chaque commentaire lu, c'est un coup de plus. Tu peux demander à une amie de trier pour toi, ou désactiver les commentaires un moment.

Courage à toi,
[[Thierry]]
""", Q_INSTA,
      quote_style="none"),

    v("voice-bus-fr", "huawei", "fr",
      "private-account student voice-to-text no-punctuation signed-name",
      ("Fatou Diallo", "fatou.diallo@gmail.example"), "Fatou",
      """
bonjour {pseudonym} je te réponds en vocal parce que je suis dans le bus alors excuse si c'est bizarre moi aussi j'aime les filles et j'ai eu super peur de le dire à ma mère finalement je l'ai dit à ma tante d'abord et elle m'a aidée prends ton temps tu n'es pas obligée de le dire demain bisous [[fatou]]
""", Q_FILLES),

    v("family-account-fr", "webmail", "fr",
      "family-account parent worker family-named signed-name",
      ("Famille Leroy-Dumont", "leroy.dumont@skynet.example"), "Chantal",
      """
Bonjour {pseudonym},

Je suis maman de deux ados, et je te le dis comme je le dirais aux miens : un adulte qui crie tout le temps, ce n'est pas « normal », même si ça arrive souvent.
Est-ce que tu as un endroit où tu te sens bien ? Chez une grand-mère, une amie, au club ? Garde ces endroits précieusement.
Et parle-en à quelqu'un à l'école. Tu peux aussi appeler le 103.

Je t'embrasse,
[[Chantal]] (maman de [[Lucas]] et [[Emma]])
""", Q_BEAUPERE),

    v("brussels-mixed-thema", "iphone", "fr",
      "private-account student mixed-language emoji signed-name",
      ("Mehdi Ouali", "mehdi.ouali@icloud.example"), "Mehdi",
      """
Salut {pseudonym} 👋
ik schrijf in het Frans en Nederlands door elkaar sorry, c'est Bruxelles 😅
T'as le droit d'avoir peur. Mais je te promets: aimer les filles, c'est pas un problème, c'est toi.
Zeg het eerst aan iemand die je vertrouwt, un pote, une cousine, whatever.
Tes parents, tu le feras quand t'es prête. Niet eerder.
Courage !!
[[Mehdi]]
<<#thema: coming-out>>
""", Q_FILLES),

    v("helplines-list-fr", "gmail_web", "fr",
      "private-account worker advice-like-signature content-like-signature signed-name",
      ("Élise Masson", "elise.masson@gmail.example"), "Élise",
      """
Bonjour {pseudonym},

Ce n'est pas normal qu'un adulte crie tout le temps, ni que tu doives te taire pour que ça se calme. Tu as 14 ans, tu as le droit d'être protégé·e.
Je te mets quelques numéros à garder dans ton téléphone :

Écoute-Enfants – 103 – tous les jours de 10h à minuit
Télé-Accueil – 107 – 24h/24
Centre PMS de ton école – demande à l'accueil
Police – 101 / Urgences – 112

Tu peux nous réécrire quand tu veux.
[[Élise]]
""", Q_BEAUPERE),

    v("own-name-in-text-fr", "samsung", "fr",
      "private-account worker own-name-in-text pronouns",
      ("Yasmina Haddad", "yasmina.haddad@hotmail.example"), "Yasmina",
      """
Hello {pseudonym}, moi c'est [[Yasmina]], j'ai 22 ans et je suis non-binaire aussi (iel).
Au lycée, j'avais exactement le même problème en sport. Ce qui a marché pour moi : aller voir le prof avec l'éducatrice, et proposer une solution concrète, genre des groupes par niveau.
Tu n'es pas « trop compliqué·e ». Ce sont les cases qui sont trop petites.
Bisous ✨
""", Q_NB),

    v("sig-only-html-fr", "outlook_web", "fr",
      "work-account worker work-signature disclaimer disclaimer-fr signed-name",
      ("Pierre-Yves Gillet", "py.gillet@hesambre.example"), "Pierre-Yves",
      """
Bonjour {pseudonym},

Je suis désolé que tu vives ça. Les moqueries sur le poids sont parmi les plus blessantes, et sur Instagram elles te suivent jusque dans ta chambre.
Tu peux signaler les commentaires et les comptes, et surtout garder des captures d'écran. Si ça vient de gens de ton école, l'école peut agir, même si ça se passe en ligne.
Et parles-en à un adulte. Tu n'as pas à porter ça seul·e.

Bien à toi,
[[P-Y]]
""", Q_INSTA,
      sig_in="html",
      sig=f"""[[Pierre-Yves Gillet]]
Assistant pédagogique – Département social
[[Haute École de la Sambre]] · [[Campus de Montignies]]
[[+32 71 44 28 90]]

{_DISCLAIMER_FR}"""),
]

# ================================================================ English

CASES += [
    v("signature-generator-credit", "gmail_web", "en",
      "new-shape signature-generator-credit private-account worker work-signature phone-in-sig",
      ("Priya Raman", "priya.raman@gmail.example"), "Priya",
      """
Hi {pseudonym},

Moving countries at your age is one of the hardest things there is, and feeling invisible is such a true way to put it.
I moved to Leuven when I was 15 and it took me almost a year to feel I belonged somewhere. What helped: one club (for me it was the school orchestra) and one person who spoke English with me at lunch.
Your Dutch will come, and people will notice you more when you feel a bit more at home. It's not a failure, it's a stage.

Warmly,
""", Q_MOVED,
      sig="""[[Priya Raman]]
UX designer · [[Mechelen]]
[[priyaraman-design.example]] | LinkedIn | Instagram
[[+32 470 81 26 44]]

Create your own email signature – Powered by WiseStamp"""),

    v("video-message-card", "gmail_ios", "en",
      "new-shape video-message-link private-account worker short-form-name signed-other-name",
      ("Thomas Hendrickx", "thomas.hendrickx@icloud.example"), "Thomas",
      """
Hey {pseudonym},

That sounds really stressful, having your phone taken and everything read. Your parents were probably scared, but that doesn't make it feel less unfair.
When things are calmer, you could ask them what exactly worried them. Sometimes parents overreact because they don't know the person you're talking to.
I also recorded a short video because I'm better at talking than typing:

▶ Loom | "A message for you – from [[Tom H.]]" (2 min)
https://www.loom.example/share/8f2ab1c9d0e34f7

Take care,
[[Tom]]
""", Q_PHONE),

    v("signed-off-by-trailer", "v7vol_mutt", "en",
      "new-shape signed-off-by-trailer private-account worker signed-name",
      ("Arjen Visser", "arjen@visser.example"), "Arjen",
      """
Hi {pseudonym},

It's good that you noticed and that you want to help. That already makes you a good friend.
Don't push your friend to leave; that often backfires. Tell them what you see ("I noticed he checks your phone a lot"), say you're worried, and that you're there no matter what.
And please tell an adult you trust as well. You don't have to carry this alone either.

Take care,
[[Arjen]]
""", Q_FRIEND,
      sig_dash=True,
      sig="""Signed-off-by: [[Arjen Visser]] <[[arjen@visser.example]]>

"There are only two hard things in Computer Science: cache invalidation and naming things."
  -- Phil Karlton"""),

    v("zoom-room-sig", "outlook_desktop", "en",
      "new-shape personal-meeting-room work-account worker work-signature disclaimer "
      "disclaimer-en title signed-name",
      ("Hannah Okafor", "h.okafor@vubstaff.example"), "Hannah",
      """
Dear {pseudonym},

Thank you for writing to us, and for caring about your friend.
Abusive relationships are often hard to see from the inside. What you can do is stay close, listen without judging and keep the door open, even when your friend defends the partner.
If you think your friend is in danger, talk to a school counsellor or call 112. You can also call Awel on 102 (in Dutch) to talk it through.

Best wishes,
[[Hannah]]
""", Q_FRIEND,
      sig=f"""Dr [[Hannah Okafor]]
Lecturer, Department of Psychology
[[Vrije Universiteit Brussel]]
Personal Zoom room: [[https://vub.zoom.example/j/8123456789]] · Meeting ID [[812 345 6789]]

{_DISCLAIMER_EN}"""),

    v("erasmus-text-speak", "gmail_android", "en",
      "private-account student text-speak no-punctuation emoji signed-name",
      ("Lucía Fernández", "lucia.fernandez@gmail.example"), "Lucía",
      """
omg {pseudonym} i literally felt the same when i came to ghent for erasmus
like nobody sees u right
join ONE thing. sports, music, whatever. thats how i made friends
also ur english is a superpower here dont forget that
u got this 💪✨
[[lucía]]
""", Q_MOVED),

    v("international-school-second-address", "outlook_web", "en",
      "work-account worker teacher work-signature disclaimer disclaimer-en second-address "
      "signed-name",
      ("Daniel Brooks", "d.brooks@bsb-school.example"), "Daniel",
      """
Hi {pseudonym},

It's really good that you're asking instead of looking away.
Signs to look out for: your friend seems scared of the partner's reactions, cancels plans a lot, or has to report where they are all the time.
Talk to your friend privately, tell them you care, and don't criticise the partner too hard, or they might defend him and pull away from you.
If you want, you can write to me directly at [[daniel.brooks.home@posteo.example]] as well, though Lumi is probably the better place.

Best,
[[Daniel]]
""", Q_FRIEND,
      sig=f"""[[Daniel Brooks]]
Pastoral Lead, Year 11
[[British School of Brabant]]

{_DISCLAIMER_EN}"""),

    v("retiree-ipad-bottom", "ipad", "en",
      "private-account retiree long signed-name",
      ("Margaret Whitfield", "margaret.whitfield@btinternet.example"), "Margaret",
      """
Dear {pseudonym},

I read your message twice. I came to Belgium from Yorkshire in 1978, and I remember that first year as the loneliest of my life. Nobody was unkind exactly, they simply didn't see me.
It did change. It changed when I stopped waiting to be asked and started asking: to join a choir, to help at the school fair, to walk home with someone.
Your English is nothing to apologise for. Many of your classmates would love to practise theirs, believe me.
Please write again if you would like to.

With kind regards,
[[Margaret]]
""", Q_MOVED,
      quote_pos="above"),

    v("thunderbird-inline-en", "thunderbird", "en",
      "private-account worker inline-answer signed-name",
      ("Niels Jacobs", "niels.jacobs@posteo.example"), "Niels",
      """
Hi {pseudonym},

<<> my parents found my messages with my boyfriend and took my phone.>>

That must feel like a huge invasion of your privacy. It's normal to feel angry and embarrassed.

<<> im writing from my school laptop>>

Good that you found a way to reach out. Be careful though: school laptops are sometimes monitored, so don't write anything there you'd want to keep private.

Cheers,
[[Niels]]
""", Q_PHONE,
      quote_style="none"),

    v("couple-account-cc", "iphone", "en",
      "family-account partner-account worker cc-own-address signed-name",
      ("Mark & Joëlle Davies-Lambert", "davieslambert@skynet.example"), "Mark",
      """
Hi {pseudonym},

Writing from our family account, sorry, my own phone is dead.
You're a good friend for worrying. Keep being there for them, and try to get them to talk to an adult, maybe a counsellor at school.
If it gets physical or your friend is scared for their safety, call 112.

All the best,
[[Mark]]
""", Q_FRIEND,
      volunteer="mark.davies@gmail.example",
      headers=[("Cc", "Mark Davies <mark.davies@gmail.example>")],
      identity=["mark.davies@gmail.example", "Mark Davies", "Davies"]),

    v("resource-list-initial", "apple_mail", "en",
      "private-account worker advice-like-signature content-like-signature initials",
      ("Rebecca Stone", "rebecca.stone@icloud.example"), "Rebecca",
      """
Hi {pseudonym},

I'm sorry, that sounds awful. Give your parents a day or two, then ask for a calm talk about what they found and why it scared them.
A few places you can reach without your own phone:

Awel – 102 – chat on the website, every day
Tele-Onthaal – 106 – day and night
JAC – walk in, free, no appointment
Your school's pupil counsellor – ask at reception

Hang in there.
— [[R.]]
""", Q_PHONE),
]
