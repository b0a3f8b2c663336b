# ruff: noqa: E501
"""Hand-written help-seekers' mails for part seeker-nl of the fifth held-out relay-text corpus.

Markup (see tests/tools/relay_corpus_heldout.py): [[...]] around every string that identifies the
writer (their names, addresses, phones, streets; in a signature also employer, team, postcode +
town), <<...>> around text that is neither content nor identity (quoted lines typed into the body,
a bounce's or a web form's own text). Everything else in `body` is the writer's own words.

Label decisions taken here (the README's "Format" section decides everything else):
- A young person who co-writes a mail on someone else's account (a kid signing a parent's or an
  aunt's mail, a daughter whose letter a father retyped) is a writer: their name is identity.
- The name of the account holder is identity wherever it occurs, also in running text
  ("via het adres van de leerlingenraad" on the student council's mailbox).
- A job title in a signature ("Diensthoofd", "Leerkracht Nederlands") is neither; employer,
  team, street, postcode + town, phones and websites there are identity. A role that names one
  person ("Voorzitter leerlingenraad 2024-2025") is identity.
- An address in Cc (a teacher the kid copied) identifies the kid's school: identity.
- A phone number that is the sender's address (an SMS gateway) is identity in every written form.
- Text a young person resends (their own bounced mail) is content; the bounce's own text and its
  header lines are neither.
"""

from __future__ import annotations

from html import escape
from textwrap import dedent

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Emir", "Liam", "Geert", "Femke", "Fleur", "Dylan", "Milan", "Lowie", "Youssef", "Kobe",
    "Griet", "Ingrid", "Chidera", "Alba", "Ranim", "Ilias", "Tuba", "Mo", "Katrien",
    "Marie-Jeanne", "Stijn", "Fatima",
})


def t(text: str) -> str:
    return dedent(text).strip("\n")


def S(n: int, slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str],
      body: str, **kw: object) -> Case:
    return Case(slug=f"n-{n:04d}-{slug}", direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=t(body), **kw)  # type: ignore[arg-type]


def coloured(text: str, colour: str = "#7a2a8c") -> str:
    """Apple Mail HTML with every line in a coloured Georgia font, as a kid styles a mail."""
    lines = []
    for line in text.split("\n"):
        if line:
            lines.append(f'<div class=""><font face="Georgia" size="4" color="{colour}" class="">'
                         f'{escape(line)}</font></div>')
        else:
            lines.append('<div class=""><br class=""></div>')
    return "".join(lines)


# ---------------------------------------------------------------- Lumi's answers the kids quote

A_ZEYNEP = t("""
    Hoi Zeynep,

    Wat fijn dat je ons schreef, en wat dapper. Dat je voelt dat je op meisjes valt is helemaal oké,
    en je hoeft het aan niemand te vertellen voor je er zelf klaar voor bent.
    Is er iemand in je buurt bij wie je je veilig voelt? Een vriendin misschien?

    Groetjes,
    Lumi
""")

A_LINH = t("""
    Dag Linh,

    Bedankt voor je eerlijke mail. Dat je 's avonds nog moet helpen en koken en daarna moet
    studeren, dat is veel voor iemand van 15. Weet je mentor hoe moe je bent? En weten je ouders
    hoeveel je eigenlijk doet?

    Liefs,
    Lumi
""")

A_KWAME = t("""
    Hoi Kwame,

    Dank je voor je mail. Wat je beschrijft, dat ze je elke dag uitlachen om je accent en je
    schoenen, is pesten, en dat is nooit jouw schuld.
    Is er op school iemand, een leerkracht of een leerlingenbegeleider, aan wie je het zou durven
    vertellen? Je mag het ook eerst aan ons kwijt.

    Groetjes,
    Lumi
""")

A_GIULIA = t("""
    Hoi Giulia,

    Verliefd zijn op je beste vriendin kan heel verwarrend zijn. Je hoeft niet meteen te weten
    wat je ermee doet. Misschien kan je eerst eens opschrijven wat je precies voelt, gewoon voor
    jezelf?

    Veel liefs,
    Lumi
""")

A_NINO = t("""
    Dag Nino,

    Dank je dat je ons vertelt hoe het echt gaat. Als het 's nachts te zwaar wordt, kan je altijd
    bellen naar 1813 (ook anoniem) of chatten via hun website.
    Is er iemand op school, zoals de schoolverpleegster of je leerlingenbegeleider, die je kan
    vertrouwen?

    Warme groet,
    Lumi
""")

A_IOANA = t("""
    Hallo Ioana,

    Je schreef dat je elke avond moet werken en dat school er bijna niet meer in past. Weten je
    ouders hoeveel uren je werkt? En weet iemand op school ervan?

    Groetjes,
    Lumi
""")

A_HAMZA = t("""
    Hoi Hamza,

    Wat vervelend dat je broer je de hele tijd commandeert en dat je ouders hem gelijk geven.
    Heb je al eens op een rustig moment met hem alleen gepraat, niet tijdens een ruzie?

    Groetjes,
    Lumi
""")


CASES: list[Case] = [
    # ------------------------------------------------------------ one-liners and phrase lines
    S(1, "gmail-android-oneliner-no-name", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "tussentaal", "coming-out", "no-identity-in-body"],
      ("Wout Verhaegen", "woutje.v2012@gmail.example"),
      """
      ik denk da ik op jongens val en ik weet ni tegen wie ik dat kan zeggen
      """,
      subject="vraag"),

    S(2, "iphone-phrase-lines-teacher-in-cc", "iphone", "nl",
      ["one-phrase-a-line", "tussentaal", "own-name-in-text", "bullying", "school", "cc-teacher",
       "looks-like-signature", "new-shape"],
      ("Fien Goossens", "fien.goossens@icloud.example"),
      """
      hey
      ik ben [[fien]]
      14 jaar
      uit de buurt van mechelen
      ze lachen mij uit op de bus
      elke dag
      ik heb mijn mentor in cc gezet
      zodat ze het ook weet
      ik wil ni meer gaan
      sorry voor de stomme mail
      """,
      subject="pesten op de bus",
      headers=[("Cc", "Mevr. De Wit <k.dewit@sint-ursula-lier.example>")],
      identity=["k.dewit@sint-ursula-lier.example", "Mevr. De Wit"]),

    S(3, "hotmail-antwerp-family-violence", "outlook_web", "nl",
      ["dialect-antwerp", "own-name-in-text", "sign-off-name", "family-violence", "parents"],
      ("Jayden Mertens", "jayden_mertens08@hotmail.example"),
      """
      Hallo,

      Ik ben [[Jayden]] ik zen 16 en ik woon in Borgerhout. Mijn ma en pa maken de hele tijd ruzie, gisteren heeft mijne pa ne stoel tegen de muur gegooid en ik zat boven met mijn klein zuske onder mijn dekbed want ze was aan het wenen. Ik weet nie of da normaal is. Mag ik da hier vragen of moet ik naar de politie bellen ofzo

      [[Jayden]]
      """,
      subject="thuis"),

    S(4, "gmail-web-limburg-girlfriend", "gmail_web", "nl",
      ["dialect-limburg", "own-name-in-text", "coming-out", "love", "parents"],
      ("Lore Schepers", "loreschepers@gmail.example"),
      """
      Hoi

      Ich bin de [[Lore]], 15 jaor, oet Maaseik. Ich höb zoe get wie ein vriendin, al drie maond. Ós ouders dinke dat ze gewoon mien beste vriendin is en dat ze daorum zoe vaak blijf slaope. Ich weet neet of ich 't mot zegke. Mien mam is leef mer mien pap zeet altied dinger euver "die van de regenboog" op tv.

      Waat zouwe jullie doen?

      Greutjes
      [[Lore]]
      """),

    S(5, "samsung-west-flemish-lonely", "samsung", "nl",
      ["dialect-west-flemish", "own-name-in-text", "loneliness", "school", "no-punctuation"],
      ("Ferre Vanhoutte", "ferre.vh@telenet.example"),
      """
      ey
      k zyn [[Ferre]] k zyn 15 joar
      k ee gin vrienden mi op school sinds da k van richting veranderd zyn
      tsmiddags zitten k allene in de refter en sna stoa k ip de koer me men gsm
      k ee gin goesting mi om nor school te goan
      t is al lange zo
      men moeder zeit da k mi moe buitenkommen moa woarnoa
      ge moe nie antwoorden ost nie gaat
      """),

    S(6, "thunderbird-ghent-organization-header", "thunderbird", "nl",
      ["dialect-east-flemish", "own-name-in-text", "self-harm", "header-only-identity",
       "new-shape"],
      ("Robbe De Clercq", "robbe@declercq-gent.example"),
      """
      Hallo

      'k Zen [[Robbe]], 17, van Gent. Ik weet nie goe of da hier past. Ik doe mezelf soms pijn, met nen passer in mijn arm, als het in mijn kop te vol zit. Niemand weet het, ik draag altijd lange mouwen. Nu is 't bijna zomer en ik weet nie hoe ik da ga doen op kamp met de jeugdbeweging.

      Ik wil eigenlijk stoppen maar ik weet nie hoe. Ge moet mij nie zeggen dat ik naar nen psycholoog moet, da weet ik al.

      Merci da ge dit leest
      """,
      subject="lange mouwen",
      headers=[("Organization", "Familie De Clercq")],
      identity=["Familie De Clercq", "De Clercq", "declercq-gent.example"]),

    S(7, "gmail-android-brussels-boyfriend-brother", "gmail_android", "nl",
      ["dialect-brussels", "own-name-in-text", "love", "parents", "mixed-language"],
      ("Rayan El Idrissi", "rayan.elidrissi.10@gmail.example"),
      """
      Salut,

      ik ben [[Rayan]] van Anderlecht, ik zit in een Nederlandstalige school maar thuis spreken we Frans en Arabisch. Allez, mijn probleem: ik heb een lief, zij is ook Marokkaans, maar mijn grote broer heeft ons gezien aan het metrostation en nu zegt hij da hij het aan papa gaat zeggen als ik niet zijn afwas doe heel de maand. Wallah ik ben bang, papa gaat mij de gsm afpakken en mij nooit meer laten buiten gaan.

      Wat moet ik doen? Ik ben 15.
      """,
      subject="mijn broer"),

    # ------------------------------------------------------------ people writing for a kid
    S(8, "outlook-mother-work-signature-milieu-footer", "outlook_desktop", "nl",
      ["parent-account", "parent-writing", "written-for", "body-image", "signature",
       "disclaimer", "kid-co-writes", "own-name-in-text"],
      ("Katrien Wuyts", "katrien.wuyts@bouwgroep-dekempen.example"),
      """
      Goedemiddag,

      Ik schrijf u omdat mijn zoon (12) sinds een paar weken bijna niet meer eet. Hij heeft me gevraagd of hij jullie mocht mailen, maar hij heeft nog geen eigen mailadres. Hij heeft het volgende zelf getypt:

      "ik vind mezelf te dik en de jongens in de kleedkamer zeggen dat ook. ik wil gewoon normaal zijn. [[Siebe]]"

      Onze huisarts zegt dat het een fase is. Ik ben daar niet zo zeker van. Kunnen jullie hem helpen, of weet u waar we beter terechtkunnen?

      Met vriendelijke groeten,
      [[Katrien]]
      """,
      sig=t("""
      [[Katrien Wuyts]]
      [[Afdeling Aankoop]]
      [[Bouwgroep De Kempen nv]]
      [[Industrieweg 44]], [[2440 Geel]]
      T [[+32 14 55 60 70]] | GSM [[+32 476 21 43 09]]
      [[www.bouwgroep-dekempen.example]]

      Denk aan het milieu voor u deze e-mail afdrukt.
      Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht per vergissing ontving, gelieve de afzender te verwittigen en het bericht te verwijderen.
      """),
      subject="Vraag voor mijn zoon"),

    S(9, "gmail-ios-sister-for-brother", "gmail_ios", "nl",
      ["sibling", "written-for", "gender-identity", "own-name-in-text", "sign-off-name"],
      ("Hodan Warsame", "hodan.warsame@student.kuleuven.example"),
      """
      Hallo Lumi,

      ik ben de grote zus (19) van iemand die jullie wil mailen maar het niet durft. Mijn broer is 15 en hij zegt al een tijdje dat hij eigenlijk een meisje is. Ik gebruik 'hij' omdat hij zelf nog niet weet hoe hij genoemd wil worden, hij zit naast me en zegt dat dat oké is.

      Onze ouders weten van niets. Ze zijn niet slecht maar heel traditioneel, en onze moeder zegt dat zulke dingen "iets van hier" zijn. Hij huilt veel 's nachts, ik hoor het door de muur.

      Hij wil graag met iemand praten die er iets van weet. Mag hij op dit adres antwoord krijgen? Ik lees niet mee als hij dat niet wil.

      Groetjes,
      [[Hodan]] (en mijn broer)
      """,
      subject="voor mijn broer"),

    S(10, "horde-grandmother-signature", "v5snl_horde", "nl",
      ["grandparent", "written-for", "loneliness", "divorce", "signature", "own-name-in-text"],
      ("Marie-Jeanne Dewaele", "mj.dewaele@skynet.example"),
      """
      Geachte Mevrouw, Mijnheer,

      Ik ben de Grootmoeder van een meisje van 13 jaar dat sinds de scheiding van haar ouders bij mij woont. Haar Moeder is naar Spanje verhuisd en haar Vader heeft een nieuw gezin. Zij zegt dat alles goed gaat maar zij komt bijna niet meer van haar kamer en ik hoor haar tot diep in de nacht op haar telefoon.

      Ik ben 74 jaar en ik weet niet goed meer hoe de jeugd van tegenwoordig denkt. Haar juffrouw van de school gaf mij uw adres. Zou iemand van u eens met haar willen praten? Zij zal zelf niet schrijven, zij is te fier.

      Met de meeste hoogachting,
      [[Marie-Jeanne Dewaele]]
      """,
      sig=t("""
      [[Marie-Jeanne Dewaele]]
      [[Kapelstraat 9]]
      [[8970 Poperinge]]
      tel. [[057 33 41 28]]
      """),
      subject="Mijn kleindochter"),

    S(11, "school-m365-teacher-pastes-pupil", "v5snl_school_m365", "nl",
      ["teacher", "school-account", "written-for", "family-violence", "signature"],
      ("Tuba Aydın", "tuba.aydin@sint-victor.example"),
      """
      Beste medewerker van Lumi,

      Een leerling van mij (16) vroeg me om dit door te sturen. Ze wil anoniem blijven en heeft thuis geen laptop. Ik heb haar tekst hieronder letterlijk overgenomen.

      ---
      ik word thuis geslagen als ik te laat ben en mijn stiefvader zegt dat ik niks waard ben. ik wil niet dat de school iets doet want dan wordt het erger. kan ik met iemand praten zonder dat het doorgegeven wordt
      ---

      Ik heb haar beloofd niets te ondernemen zonder haar akkoord. Kunnen jullie rechtstreeks naar mij antwoorden? Dan geef ik het op papier aan haar door.

      Vriendelijke groeten
      """,
      sig=t("""
      [[Tuba Aydın]]
      Leerkracht Nederlands - klastitularis
      [[Sint-Victorinstituut]]
      [[Kerkplein 3]], [[2300 Turnhout]]
      [[014 41 22 80]]
      """),
      subject="Vraag van een leerling"),

    S(12, "gmail-youth-worker-kicked-out", "gmail_web", "nl",
      ["youth-worker", "written-for", "coming-out", "parents", "signature", "own-name-in-text"],
      ("Mo Bouzid", "mo.bouzid@jhdeschakel.example"),
      """
      Hey Lumi,

      Ik ben jeugdwerker in een jeugdhuis in Genk. Een gast van 17 die al jaren bij ons over de vloer komt, is vorige week thuis buitengezet nadat zijn ouders zijn berichten met een jongen gelezen hadden. Hij slaapt nu bij een vriend, maar die ouders willen dat hij na het weekend weg is.

      Hij wil zelf met jullie praten maar zijn gsm is afgepakt. Hij zit hier in het jeugdhuis aan de pc en leest mee. Mogen we via dit adres verder mailen? Ik stuur alles ongelezen door als hij dat vraagt.

      Hij heeft mij gevraagd dit erbij te zetten: "ik ben niet boos op mijn ouders, ik wil gewoon terug naar huis kunnen."

      Groeten,
      [[Mo]]
      """,
      sig=t("""
      [[Mo Bouzid]]
      jeugdwerker
      [[JH De Schakel vzw]] | [[Stalenstraat 12]], [[3600 Genk]]
      [[0479 62 18 03]]
      """),
      subject="jongere buitengezet"),

    # ------------------------------------------------------------ replies
    S(13, "gmail-android-reply-best-friend", "gmail_android", "nl",
      ["reply-with-quote", "coming-out", "friends", "parents", "own-name-in-text",
       "sign-off-name", "emoji"],
      ("Zeynep Arslan", "zeyneparslan07@gmail.example"),
      """
      dankjewel voor je antwoord 🥺 ik heb het gisteren aan mijn beste vriendin verteld en ze was echt lief, ze zei dat ze het al een beetje wist haha. mijn ouders nog niet, dat durf ik echt niet want mijn vader is heel streng. misschien later als ik 18 ben

      [[zeynep]]
      """,
      subject="Re: ik denk dat ik lesbisch ben",
      quote=A_ZEYNEP),

    S(14, "gmx-html-only-ukrainian-newcomer", "v5snl_gmx", "nl",
      ["html-only", "own-name-in-text", "loneliness", "school", "newcomer"],
      ("Oleksandra Melnyk", "o.melnyk@gmx.example"),
      """
      Goede dag,

      Mijn naam is [[Oleksandra]], ik ben 13 jaar. Ik woon 2 jaar in België, in Leuven, en ik ga naar school in de OKAN klas en nu in de gewone klas. Mijn Nederlands is niet goed sorry.

      In de klas niemand praat met mij. Ze denken dat ik niet begrijp maar ik begrijp veel. Mijn papa is nog in Oekraïne. Mijn mama werkt veel en is altijd moe. Ik ben alleen elke middag na school.

      Is het goed dat ik hier schrijf?

      [[Sasha]] (zo noemen mijn vrienden in Kharkiv mij)
      """,
      html="only",
      subject="vraag"),

    S(15, "sms-gateway-phone-as-address", "v5snl_sms_gateway", "nl",
      ["one-liner", "no-punctuation", "sms-gateway", "parents", "alcohol",
       "no-identity-in-body", "new-shape"],
      ("", "32478112233@sms.mobiel.test"),
      """
      hallo is dit lumi ik ben 11 jaar en mijn mama drinkt elke avond wijn en dan roept ze heel hard en gooit ze dingen ik heb geen gsm met internet alleen sms kan je mij terug sturen
      """,
      client_line=t("""
      --
      Dit bericht werd als sms verstuurd vanaf +32 478 11 22 33 via SMS2Mail.
      Antwoorden op deze e-mail worden als sms afgeleverd (max. 160 tekens).
      """),
      subject="SMS van +32 478 11 22 33",
      identity=["32478112233", "+32 478 11 22 33"]),

    S(16, "apple-watch-dictated-divorce", "v5snl_apple_watch", "nl",
      ["voice-to-text", "no-punctuation", "own-name-in-text", "divorce", "parents", "new-shape"],
      ("Kobe Verstraete", "kobe.verstraete@icloud.example"),
      """
      Hallo ik ben [[Kobe]] en ik ben 10 jaar mijn papa en mama gaan scheiden en ik moet zeggen bij wie ik wil wonen maar ik wil bij allebei wonen is dat erg
      """),

    S(17, "yahoo-form-like-intro-friend-cuts", "yahoo", "nl",
      ["form-like", "own-name-in-text", "friends", "self-harm", "looks-like-signature",
       "new-shape"],
      ("Salma Bakkali", "salmaa.b@yahoo.example"),
      """
      Hallo

      Naam: [[Salma]]
      Leeftijd: 14
      Woonplaats: Sint-Niklaas
      School: 3de middelbaar
      Probleem: mijn beste vriendin snijdt zichzelf en ze heeft me laten beloven dat ik het aan niemand zeg. Ik heb foto's gezien van haar arm. Ik slaap er niet meer van. Als ik het zeg is ze kwaad op mij en als ik het niet zeg en er gebeurt iets is het mijn schuld.
      Wat ik wil: weten wat ik moet doen

      Dank u
      """,
      subject="vriendin"),

    S(18, "huawei-diary-greeting-new-school", "huawei", "nl",
      ["diary-style", "own-name-in-text", "sign-off-name", "loneliness", "school", "emoji",
       "name-in-subject", "new-shape"],
      ("Jente Bogaerts", "jentebogaerts@gmail.example"),
      """
      Lief dagboek,

      haha nee sorry, zo begin ik altijd als ik iets opschrijf en ik weet niet hoe je een mail aan een hulplijn begint. Ik ben het dus, [[Jente]], 12 jaar, eerste middelbaar.

      Sinds september zit ik op een nieuwe school in Turnhout en ik ken daar niemand. Op de middag eet ik mijn boterhammen in de wc want alleen aan een tafel zitten is nog erger. Thuis zeg ik dat alles goed gaat want mama heeft al genoeg zorgen met oma.

      Ik weet niet wat jullie hier aan kunnen doen maar het is al fijn om het eens te schrijven.

      Tot morgen dagboek 🙃
      [[Jente]]
      """,
      subject="mail van Jente"),

    S(19, "outlook-android-letter-to-self", "outlook_android", "nl",
      ["letter-to-self", "own-name-in-text", "anxiety", "newcomer", "loneliness", "new-shape"],
      ("Mursal Ahmadi", "mursal.ahmadi@outlook.example"),
      """
      Hallo,
      Mijn psycholoog van het CLB zei dat ik een brief aan mezelf moest schrijven. Ik weet niet aan wie ik hem anders moet laten lezen dus ik stuur hem naar jullie. Hier is hij:

      Lieve [[Mursal]],
      Je bent niet dom. Je spreekt nu drie talen en twee jaar geleden kende je nog geen woord Nederlands. Het is niet jouw schuld dat je broer nog in Iran zit. Je mag lachen op school ook al is mama verdrietig. Je mag slapen ook al denk je elke nacht aan de boot.
      Van [[Mursal]]

      Is dit normaal dat ik huil als ik dit lees? Ik ben 16. Ik heb soms het gevoel dat mijn hart te snel gaat en dan kan ik niet ademen.
      """,
      subject="brief"),

    S(20, "gmail-web-resends-bounced-mail", "gmail_web", "nl",
      ["bounce-forwarded", "forwarded-own-mail", "own-name-in-text", "coming-out", "love",
       "emoji", "new-shape"],
      ("Alba Moreno Díaz", "alba.morenodiaz@gmail.example"),
      """
      sorry!! ik had eerst naar een verkeerd adres gestuurd (met een typfout) en kreeg dit terug. hier is mijn mail nog eens:

      <<---------- Forwarded message --------->>
      <<Van: Mail Delivery Subsystem>>
      <<Date: di 4 mrt 2025 om 21:14>>
      <<Subject: Delivery Status Notification (Failure)>>
      <<To:>> [[alba.morenodiaz@gmail.example]]

      <<Adres niet gevonden>>
      <<Je bericht is niet afgeleverd bij hulp@lumj.example, omdat het domein lumj.example niet is gevonden. Controleer of het adres typfouten of onnodige spaties bevat.>>

      <<----- Oorspronkelijk bericht ----->>

      hoi
      ik ben [[Alba]], 14
      ik denk dat ik verliefd ben op mijn beste vriendin en ik weet niet of ik het haar moet zeggen
      als ze het raar vindt ben ik haar kwijt
      en als ik het niet zeg ontplof ik
      help 😭
      """,
      subject="Fwd: Delivery Status Notification (Failure)"),

    S(21, "iphone-notes-checklist-pregnancy", "iphone", "nl",
      ["checklist", "sexuality", "parents", "no-identity-in-body", "new-shape"],
      ("Inês Carvalho", "ines.carvalho08@icloud.example"),
      """
      Ik heb dit eerst in mijn notities gezet want ik kon niet meer denken:

      ☐ test kopen (waar??? niet in de apotheek van ons dorp want die kent mama)
      ☐ tegen Bram zeggen
      ☐ tegen mama zeggen
      ☑ Lumi mailen
      ☐ niet panikeren

      Ik ben 16, ik ben 9 dagen te laat en we hebben 1 keer zonder condoom. Ik ben zo bang. Mijn mama is heel katholiek en ik denk dat ze me buiten smijt.
      """,
      subject="te laat"),

    S(22, "gmail-web-own-tutoring-signature", "gmail_web", "nl",
      ["own-business-signature", "signature", "sig-dash", "anxiety", "school", "parents",
       "new-shape"],
      ("Ilias Amrani", "ilias.amrani.bijles@gmail.example"),
      """
      Goedenavond,

      Ik weet niet goed of dit voor mij bedoeld is, ik ben 17 en geen kind meer, maar ik zag jullie affiche op school.
      Ik geef zelf bijles aan jongere leerlingen en iedereen denkt dat ik alles onder controle heb. Maar voor elk examen krijg ik paniekaanvallen, dan zit ik op de grond in de badkamer en kan ik niet meer ademen. Mijn ouders zijn allebei dokter en verwachten dat ik geneeskunde ga studeren. Als ik iets minder dan 16/20 haal kijkt mijn vader niet meer naar me.
      Ik heb dit nog nooit aan iemand verteld.

      Met vriendelijke groeten
      """,
      sig=t("""
      [[Ilias Amrani]]
      Bijles wiskunde & fysica (2de en 3de graad)
      📞 [[0488 12 90 33]] · [[bijles-ilias.example]]
      """),
      sig_dash=True,
      subject="paniek"),

    S(23, "samsung-shared-location-street", "samsung", "nl",
      ["maps-link", "street-in-text", "tussentaal", "family-violence", "urgent", "no-punctuation",
       "new-shape"],
      ("Jolan Smolders", "jolan.smolders@telenet.example"),
      """
      kunne jullie iemand sturen?? papa is weer dronken en hij heeft mama tegen de kast geduwd, ik zit met mijn broertje op mijn kamer met de deur op slot. ik durf 112 niet bellen want dan weet hij dat ik het was
      ik woon hier:
      [[Bosstraat 17, 3520 Zonhoven]]
      https://maps.example/?q=[[Bosstraat+17,+3520+Zonhoven]]
      ik ben 14
      """,
      subject="HELP"),

    S(24, "hospital-ward-shared-pc", "v5snl_ward_exchange", "nl",
      ["institution-account", "own-name-in-text", "sign-off-name", "self-harm", "signature",
       "new-shape"],
      ("KJP Patiënten-pc 2", "kjp2.patienten@azzuiderkempen.example"),
      """
      hey
      ik ben [[Amber]], 15, ik lig hier al 3 weken op de K-dienst na wat er gebeurd is met mijn polsen. de begeleiders zijn lief maar ik kan niet zeggen wat ik echt denk want dan mag ik niet naar huis in het weekend
      mag ik jullie soms mailen van hier? ik mag de pc 30 min per dag gebruiken
      [[Amber]]
      """,
      sig=t("""
      Dit bericht werd verzonden vanaf een gedeelde computer van de [[afdeling kinder- en jeugdpsychiatrie]] van [[AZ Zuiderkempen]]. Berichten naar dit adres worden gelezen door het zorgteam.
      [[AZ Zuiderkempen]] · [[Herentalsebaan 80]], [[2260 Westerlo]] · www.[[azzuiderkempen.example]]
      """),
      subject="vraag"),

    S(25, "smartschool-html-only-fake-accounts", "smartschool", "nl",
      ["school-account", "html-only", "own-name-in-text", "sign-off-name", "bullying", "online"],
      ("Nina Claeys", "nina.claeys@leerling.sg-dekoepel.example"),
      """
      Hallo

      Ik word gepest door een meisje uit mijn klas op Instagram, ze maakt nepaccounts met mijn foto en zet er lelijke dingen bij. Ik heb het al aan mijn mama gezegd maar die zegt negeer het gewoon. Ik ben 12.

      [[Nina]] [[2C]]
      """,
      html="only",
      subject="nepaccount"),

    S(26, "samsung-capitals-strict-father", "samsung", "nl",
      ["capitals", "one-phrase-a-line", "parents", "no-identity-in-body"],
      ("Berkay Yılmaz", "berkay.yilmaz.bk@gmail.example"),
      """
      IK HAAT HET HIER
      MIJN VADER PAKT MIJN GSM AF ELKE AVOND EN LEEST ALLES
      IK MAG NIKS NIET NAAR VRIENDEN NIET NAAR VOETBAL NIKS
      MIJN ZUS MAG ALLES
      IK BEN 14 NIET 5
      WAAROM DOET HIJ ZO
      """),

    S(27, "outlook-ios-emoji-crush", "outlook_mobile", "nl",
      ["emoji", "one-phrase-a-line", "love", "parents", "own-name-in-text", "sign-off-name"],
      ("Elif Şahin", "elif.sahin@outlook.example"),
      """
      hoiii 👋
      ik heb een vraag 🙈
      er is een jongen in mijn klas
      hij heet Jonas
      ik denk dat hij mij ook leuk vindt 🥰
      maar mijn vriendinnen zeggen dat hij met iedereen zo doet 😒
      en mijn ouders mogen het niet weten want ik mag geen lief 🚫
      wat moet ik doen 😩😩
      xx [[elif]]
      """),

    S(28, "gmail-android-inline-answers", "gmail_android", "nl",
      ["reply-with-quote", "inline-reply", "coming-out", "parents", "sign-off-name"],
      ("Tarek Haddad", "tarek.haddad.2008@gmail.example"),
      """
      <<Op di 4 mrt 2025 om 18:40 schreef Lumi hulplijn <hulp@lumi.example>:>>

      <<> Hoi Tarek,
      >
      > Dank je dat je ons dit durft te vertellen. Je schrijft dat je denkt dat je homo bent en dat je bang bent voor de reactie van je ouders. Mag ik vragen hoe oud je bent?>>

      16, bijna 17

      <<> Is er iemand bij wie je je veilig voelt, thuis of op school?>>

      mijn tante misschien. zij woont in Antwerpen en is volgens mijn vader ook 'een beetje anders' haha. maar ik zie haar maar 2 keer per jaar

      <<> Je hoeft niets te overhaasten. Wat zou je zelf graag willen?>>

      dat ik het niet meer moet verstoppen. maar ook dat mijn vader nog met mij praat. dat gaat niet samen denk ik

      [[Tarek]]
      """,
      subject="Re: vraag",
      headers=[("In-Reply-To", "<answer-inline-28@lumi.example>"),
               ("References", "<answer-inline-28@lumi.example>")]),

    # ------------------------------------------------------------ French and English
    S(29, "fr-gmail-android-racist-bullying", "gmail_android", "fr",
      ["own-name-in-text", "sign-off-name", "bullying", "racism", "school"],
      ("Merveille Kabongo", "merveille.kabongo@gmail.example"),
      """
      Bonjour,

      Je m'appelle [[Merveille]], j'ai 15 ans et j'habite à Jette. Je suis dans une école néerlandophone à Laeken parce que mes parents veulent que je sois bilingue. Mais dans ma classe il y a des garçons qui font des bruits de singe quand je passe et la prof fait comme si elle n'entendait rien. J'écris en français parce que c'est plus facile pour moi d'expliquer, j'espère que ce n'est pas grave. Je peux aussi écrire en néerlandais si vous préférez.

      Merci
      [[Merveille K.]]
      """,
      subject="harcèlement"),

    S(30, "en-apple-mail-newcomer-lonely", "apple_mail", "en",
      ["own-name-in-text", "sign-off-name", "loneliness", "newcomer", "school"],
      ("Aarav Iyer", "aarav.iyer@icloud.example"),
      """
      hi,

      not sure if you answer in english, sorry. i'm [[Aarav]], 16, we moved to Leuven from Pune last summer because of my dad's job. school is in dutch and i understand maybe half. nobody is mean exactly, they just don't see me. at home i pretend everything is fine because my mom already cries about missing her sister every night.

      i haven't talked to anyone my age in like 3 weeks except to say sorry in the corridor.

      is that normal? does it get better?

      [[Aarav]]
      """,
      subject="english ok?"),

    S(31, "iphone-airdrop-device-name", "iphone", "nl",
      ["device-name", "own-name-in-text", "bullying", "online", "client-line-with-name",
       "new-shape"],
      ("Kacper Nowak", "kacper.nowak11@icloud.example"),
      """
      Hallo
      iemand heeft een foto van mij in de douche van de sporthal gemaakt en die via airdrop naar de hele bus gestuurd. mijn airdrop naam is nog 'iPhone van [[Kacper]]' dus ze weten allemaal dat ik het ben, ook al staat mijn hoofd er niet op. ik ben 13. mijn ouders spreken niet zo goed nederlands en ik wil ze niet ongerust maken.
      kan ik dat laten verwijderen? is dat strafbaar?
      """,
      client_line="Verstuurd vanaf de iPhone van Kacper",
      subject="foto"),

    S(32, "ipad-grandfathers-client-line", "ipad", "nl",
      ["family-account", "client-line-with-name", "own-name-in-text", "sign-off-name", "divorce",
       "parents", "new-shape"],
      ("Jef Vanderlinden", "jef.vanderlinden@telenet.example"),
      """
      Hallo ik ben [[Fleur]] ik ben 11 ik zit bij opa want het is het weekend van papa maar papa moest werken. ik mag op de ipad van opa spelen en ik heb jullie gevonden op google
      mama en papa praten niet meer tegen elkaar, alleen via mij. papa zegt zeg tegen je moeder dat ... en mama zegt zeg tegen je vader dat ... en als ik het verkeerd zeg is het mijn schuld
      opa weet niet dat ik dit stuur
      [[Fleur]]
      """,
      client_line="Verstuurd vanaf de iPad van Opa Jef",
      identity=["Opa Jef"]),

    S(33, "school-web-form-html-only-grief", "v5snl_web_form", "nl",
      ["web-form", "html-only", "school-account", "grief", "friends", "own-name-in-text",
       "reply-to", "new-shape"],
      ("SLC Lokeren", "noreply@slc-lokeren.example"),
      """
      <<Nieuw bericht via het formulier 'Praat met iemand buiten de school'.>>
      <<Dit formulier stuurt je bericht rechtstreeks door naar de hulplijn Lumi. De school leest niet mee.>>

      <<Naam (mag je leeg laten):>> [[Yonas]]
      <<E-mailadres:>> [[yonas.tesfaye@leerling.slc-lokeren.example]]
      <<Leeftijd:>> 14
      <<Je bericht:>>
      mijn beste vriend is vorige maand gestorven bij een ongeluk met de fiets. iedereen deed de eerste week lief en nu doet iedereen alsof er niks gebeurd is. ik zie zijn lege stoel elke dag in de klas. ik kan het niet tegen mijn ma zeggen want zij heeft het al moeilijk genoeg met haar werk
      ik wil gewoon dat iemand weet dat ik nog niet oké ben

      <<Verzonden op 04/03/2025 om 16:02 vanaf IP>> [[192.0.2.77]]
      """,
      html="only",
      subject="Nieuw bericht via 'Praat met iemand'",
      headers=[("Reply-To", "Yonas Tesfaye <yonas.tesfaye@leerling.slc-lokeren.example>")],
      identity=["Yonas Tesfaye", "Tesfaye"]),

    S(34, "apple-mail-mail-drop-video", "apple_mail", "nl",
      ["mail-drop", "own-name-in-text", "sign-off-name", "gender-identity", "new-shape"],
      ("Grâce Mbuyi", "grace.mbuyi@icloud.example"),
      """
      Hallo,

      Typen gaat moeilijk voor mij als het over gevoelens gaat, dus ik heb een filmpje opgenomen waarin ik alles vertel. Het is te groot voor een gewone bijlage, daarom via Mail Drop.

      Kort: ik ben [[Grâce]], 17, en ik denk al heel lang dat ik geen meisje ben. Ik bind mijn borst af met tape en dat doet pijn. Ik heb er nog met niemand over gepraat.

      Als jullie het filmpje niet mogen openen, zeg het dan, dan probeer ik het toch te typen.

      [[Grâce]]
      """,
      client_line=t("""
      Mail Drop-bijlage beschikbaar tot 3 apr. 2025
      VID_20250304_2211.mov (248,3 MB)
      https://www.icloud.example/attachment/?u=https%3A%2F%2Fcvws.icloud-content.example%2FB%2FAYx9&uk=Qm9fTz&f=VID_20250304_2211.mov&sz=260361216
      """),
      subject="filmpje"),

    S(35, "gmail-father-retypes-daughters-letter", "gmail_web", "nl",
      ["parent-writing", "letter-to-parent", "kid-co-writes", "coming-out", "love",
       "own-name-in-text", "new-shape"],
      ("Stijn Lauwers", "stijn.lauwers@gmail.example"),
      """
      Goedenavond,

      Gisteren lag deze brief op mijn hoofdkussen. Mijn dochter is 15. Ik heb hem overgetypt want ze had hem met de hand geschreven, en ik stuur hem door omdat ik niet weet hoe ik moet reageren zonder het te verknoeien. Ze weet dat ik jullie schrijf, het was zelfs haar idee.

      'Lieve papa,
      ik durf het niet te zeggen dus ik schrijf het. ik ben verliefd op een meisje. ze heet Aya en ze zit in mijn klas. ik weet dat jij en oma altijd grapjes maken over "zo'n mensen" op tv en daarom heb ik het nooit gezegd. ik wil niet dat je anders naar me kijkt. ik ben nog altijd dezelfde.
      je [[Femke]]'

      Ik ben niet boos. Ik schaam me eigenlijk voor die grapjes. Maar ik ben bang dat ik iets verkeerds zeg. Hoe begin ik daar morgen aan het ontbijt over?

      Met vriendelijke groet,
      [[Stijn]]
      """,
      subject="brief van mijn dochter"),

    S(36, "outlook-pasted-safety-plan", "outlook_desktop", "nl",
      ["pasted-document", "own-name-in-text", "sign-off-name", "self-harm", "new-shape"],
      ("Ranim Al-Khatib", "ranim.alkhatib@outlook.example"),
      """
      Hoi,

      Ik ben 17 en ik ben sinds een jaar in begeleiding bij een psycholoog. Zij is nu drie weken met zwangerschapsverlof en de vervanger ken ik niet. Ik heb het weer moeilijk. Ik plak hier mijn signaleringsplan zodat jullie weten hoe het bij mij werkt, dan moet ik niet alles uitleggen:

      SIGNALERINGSPLAN – [[Ranim Al-Khatib]] – versie 3 (okt 2024)
      Groen: ik slaap, ik ga naar school, ik teken
      Oranje: ik zeg af bij vriendinnen, ik eet niet op school, ik draag lange mouwen terwijl het warm is
      Rood: ik denk aan snijden, ik bewaar mesjes in mijn etui
      Wat helpt bij oranje: praten met mama, wandelen met de hond, tekenen met muziek op
      Wat helpt bij rood: 1813 bellen, mama wakker maken, ijsblokjes vasthouden

      Ik zit nu tussen oranje en rood. Mama is deze week in Jordanië bij mijn oma. Ik wil niet bellen, ik kan beter schrijven.

      [[Ranim]]
      """,
      subject="tussen oranje en rood"),

    S(37, "gmail-android-night-log-timestamps", "gmail_android", "nl",
      ["timestamped-log", "anxiety", "sign-off-name", "own-name-in-text", "new-shape"],
      ("Warre Cools", "warre.cools@gmail.example"),
      """
      ik kan niet slapen dus ik schrijf gewoon op wat ik denk, sorry als het raar is

      00:47 hart gaat weer heel snel
      00:52 gegoogeld of je van stress een hartaanval kan krijgen op je 15e. niet doen. slecht idee
      01:10 mama slaapt, ik wil haar niet wakker maken, ze moet om 5u op
      01:26 ik denk aan de toets van morgen en dan aan alles wat ik dit jaar al verkeerd gedaan heb
      01:40 beetje beter. muziek helpt
      01:58 dit is de derde nacht deze week

      is dit normaal? moet ik naar een dokter?

      [[warre]]
      """),

    S(38, "roundcube-youth-care-group-mailbox", "webmail", "nl",
      ["institution-account", "youth-care", "own-name-in-text", "sign-off-name", "parents",
       "signature", "new-shape"],
      ("Leefgroep De Vlinder", "devlinder@jeugdzorg-oostland.example"),
      """
      hallo
      ik ben [[Dylan]] ik ben 14 ik woon hier sinds de zomer
      mijn begeleidster zegt dat ik mag mailen als ik iets kwijt wil dat niet over de groep gaat
      ik mis mijn mama. ze mag mij maar 1 keer in de maand zien en dan is er altijd iemand bij. ze huilt dan altijd en dan ben ik de rest van de week kwaad op iedereen hier
      de anderen zeggen dat ik een mamaskindje ben
      [[Dylan]]
      """,
      sig=t("""
      Dit bericht werd verstuurd vanuit [[leefgroep De Vlinder]] ([[Jeugdzorg Oostland vzw]]).
      De begeleiding heeft toegang tot deze mailbox.
      [[Molenweg 2]], [[9620 Zottegem]] - [[09 360 12 12]]
      """),
      sig_dash=True,
      subject="mijn mama"),

    S(39, "workspace-student-council-mailbox", "v5snl_school_workspace", "nl",
      ["school-account", "shared-role-mailbox", "own-name-in-text", "sign-off-name",
       "coming-out", "signature", "sig-dash", "new-shape"],
      ("Leerlingenraad KA Berkenhof", "leerlingenraad@ka-berkenhof.example"),
      """
      Hallo,

      Sorry dat ik via het adres van de [[leerlingenraad]] mail, het is het enige adres waar mijn ouders niet in kunnen kijken. Ik ben [[Emir]], 17 jaar.
      Ik denk al een tijd dat ik bi ben. Ik heb een vriendin, maar ik merk dat ik ook naar jongens kijk en ik weet niet wat dat betekent. Op school ben ik 'de voorzitter', iedereen kent mij, en in mijn familie wordt daar gewoon niet over gesproken. Ik weet niet of ik het ooit aan iemand moet vertellen of dat ik het gewoon voor mezelf kan houden.

      Bedankt om dit te lezen.
      [[Emir]]
      """,
      sig=t("""
      [[Emir Demir]]
      [[Voorzitter leerlingenraad 2024-2025]]
      [[KA Berkenhof]] | [[Berkenhoflaan 5]], [[3600 Genk]]
      Volg ons op Instagram: [[@leerlingenraad.berkenhof]]
      """),
      sig_dash=True,
      subject="persoonlijk"),

    S(40, "iphone-own-vcard-attached", "iphone", "nl",
      ["vcard", "parents", "own-name-in-text", "sign-off-name", "new-shape"],
      ("Chidera Okeke", "chidera.okeke@icloud.example"),
      """
      hallo
      ik heb mijn contactkaart erbij gedaan want ik heb liever dat jullie mij bellen, typen over dit soort dingen lukt mij niet goed
      ik ben 16. mijn ouders zijn heel streng en als ik na school 10 minuten te laat ben krijg ik huisarrest voor een week. ik mag geen sleepover, geen feestjes, geen lief. mijn vader zegt dat meisjes in belgië te vrij zijn. ik voel me een gevangene
      bel alleen na 16u, dan ben ik alleen thuis
      [[Chidera]]
      """,
      vcard=t("""
      BEGIN:VCARD
      VERSION:3.0
      N:[[Okeke]];[[Chidera]];;;
      FN:[[Chidera Okeke]]
      TEL;type=CELL;type=VOICE;type=pref:[[+32 466 18 27 45]]
      EMAIL;type=INTERNET;type=HOME;type=pref:[[chidera.okeke@icloud.example]]
      ADR;type=HOME;type=pref:;;[[Groenstraat 31]];[[Kortrijk]];;[[8500]];België
      END:VCARD
      """),
      subject="bel mij aub"),

    S(41, "gmail-web-urgent-friend-suicidal", "gmail_web", "nl",
      ["urgent", "priority-headers", "friends", "self-harm", "sign-off-name", "own-name-in-text",
       "new-shape"],
      ("Arne Baert", "arnebaert10@gmail.example"),
      """
      mijn vriend zei net op snap dat hij het niet meer ziet zitten en dat we hem morgen niet meer gaan zien op school. hij antwoordt niet meer. ik ben 14 en ik weet niet wat ik moet doen, moet ik zijn ouders bellen? ik heb hun nummer niet
      [[Arne]]
      ps sorry als dit niet hier moet
      """,
      subject="DRINGEND!!!! vriend",
      headers=[("X-Priority", "1 (Highest)"), ("Importance", "high")]),

    S(42, "outlook-web-bottom-posted-reply", "outlook_web", "nl",
      ["reply-with-quote", "bottom-posted", "parents", "school", "own-name-in-text",
       "sign-off-name"],
      ("Linh Nguyen", "linh.nguyen2009@outlook.example"),
      """
      (ik antwoord onderaan want zo doet mijn vader het ook altijd haha)

      Dank je voor je antwoord. Ja, ik heb het aan mijn mentor gezegd. Zij zegt dat ik minder uren mag studeren, maar thuis zeggen ze dan dat ik lui ben. Mijn ouders hebben een nagelsalon en werken elke dag tot 8 uur, ik moet daarna nog voor mijn broertje koken. Vorige week ben ik in de klas in slaap gevallen.

      Ik weet dat ze het goed bedoelen. Ze zeggen altijd dat zij alles hebben opgegeven voor ons.

      [[Linh]]
      """,
      subject="RE: moe",
      quote=A_LINH,
      quote_pos="above",
      quote_to="Linh Nguyen <linh.nguyen2009@outlook.example>"),

    # ------------------------------------------------------------ dialects, second round
    S(43, "telenet-antwerp-long-breakup", "telenet_webmail", "nl",
      ["dialect-antwerp", "long", "love", "own-name-in-text", "sign-off-name"],
      ("Seppe Van Acker", "seppe.vanacker@telenet.example"),
      """
      Dag

      k weet nie goe hoe da ik hier moet beginnen maar allez. Ik ben [[Seppe]], 17 jaar, ik woon in Deurne. Mijn lief heeft het vorige week uitgemaakt na anderhalf jaar en ik kan echt aan niks anders meer denken. Ze zei da ze 'ruimte' nodig had en twee dagen later zag ik op insta da ze al met iemand anders op café zat op 't Zuid.

      Mijn maten zeggen allemaal 'joh er zijn nog vissen in de zee' maar da helpt gewoon ni. Ik eet bijna ni meer, ik ga ni meer naar de training, ik lig heel de dag op mijn kamer. Mijn moeder vraagt de hele tijd wa er scheelt en ik zeg niks want dan gaat ze beginnen over da ik te jong was voor iets serieus.

      Is da normaal da ge u zo voelt na een break up? Hoelang duurt da? Ik voel mij echt ne loser da ik hierover een hulplijn mail.

      Merci in elk geval
      [[Seppe]]
      """,
      subject="break up"),

    S(44, "gmail-android-limburg-football-club", "gmail_android", "nl",
      ["dialect-limburg", "no-punctuation", "one-phrase-a-line", "bullying", "own-name-in-text",
       "sign-off-name"],
      ("Jorn Hendrikx", "jornhendrikx@gmail.example"),
      """
      hoj
      ich bin [[Jorn]] 16 jaor oet Bree
      bij ós op de voetbal zegke ze de hieél tied flikker tegen mich in de kleedkamer umdet ich mien nagels ins gelak had veur carnaval
      de trainer lach mit
      ich wil stoppe mer voetbal is alles veur mich en mien pap
      waat mot ich doon
      [[Jorn]]
      """),

    S(45, "samsung-west-flemish-gender", "samsung", "nl",
      ["dialect-west-flemish", "gender-identity", "own-name-in-text", "sign-off-name",
       "typos"],
      ("Nand Decock", "nand.decock@gmail.example"),
      """
      Ey
      k zyn [[Nand]] k zyn 13 en k woon bie Tielt
      k voelen mie nie goed in mien lyf. k een altyd gedocht da k gewoon e jongen was moa nu wil k eigenlik liever e meisje zyn. k een da nog tegen niemand gezeid. men broers zyn echte boerejongens en men vader ook, die zoun mie uutlachn
      k een gezien ip tiktok da ge da genderdysforie kunt noemn. is da woar?
      sorry voe de schryffouten
      [[Nand]]
      """),

    S(46, "gmail-ios-ghent-jealous-friend", "gmail_ios", "nl",
      ["dialect-east-flemish", "friends", "love", "own-name-in-text", "sign-off-name"],
      ("Jana Van de Velde", "jana.vandevelde@gmail.example"),
      """
      Hallo Lumi

      Ik zen [[Jana]], 16, van Gent. Mijn beste vriendin heeft sinds kort nen nieuwe vriend en sindsdien zie ik heur bijna nie meer. Als ik er iets van zeg zegt ze da ik jaloers ben. Misschien is da ook zo? Ik weet het echt nie. 't Is gewoon raar da iemand waar ge alles mee deed nu ineens nooit meer tijd heeft. Ik voel me echt het vijfde wiel.

      Zijt ge zot als ge jaloers zijt op het lief van uw vriendin? Of is het misschien meer dan jaloers, da vraag ik me ook af.

      Groetjes
      [[Jana]]
      """),

    S(47, "yahoo-brussels-faith-and-boys", "yahoo", "nl",
      ["dialect-brussels", "coming-out", "parents", "religion", "own-name-in-text",
       "sign-off-name", "mixed-language"],
      ("Bilal Ouazzani", "bilal.ouazzani@yahoo.example"),
      """
      salam / hallo
      ik ben [[Bilal]], 17, van Molenbeek. ik ga naar school in het Nederlands in Jette. ik moet het aan iemand zeggen anders ontplof ik: ik val op jongens. ik weet het al sinds ik 12 ben.
      bij ons thuis is da haram, punt. mijn vader zegt als er ooit zo iemand in de familie is dan is die persoon dood voor hem. ik bid elke avond dat het weggaat maar het gaat nie weg.
      ik wil nie weglopen, ik hou van mijn familie. awel, ik weet nie wat ik moet doen.
      sorry voor mijn nederlands, thuis spreken we frans en darija
      [[B.]]
      """),

    S(48, "outlook-android-first-year-emoji", "outlook_android", "nl",
      ["emoji", "one-phrase-a-line", "loneliness", "school", "own-name-in-text"],
      ("Ella Wauters", "ella.wauters13@outlook.example"),
      """
      hallo
      ik ben [[ella]] en ik ben 12 😊
      ik zit in het eerste middelbaar in Mechelen
      mijn vriendinnen van de lagere school zitten allemaal op een andere school 😢
      ik heb nog niemand gevonden om mee te praten op de speeltijd
      ik sta dan gewoon bij de fietsenstalling met mijn gsm
      mijn mama zegt dat het wel gaat komen
      maar het is al november 😭
      hoe maak je vrienden????
      👉👈
      """),

    S(49, "iphone-dictation-name-misheard", "iphone", "nl",
      ["voice-to-text", "no-punctuation", "own-name-in-text", "parents", "forced-marriage"],
      ("Rojin Kaya", "rojin.kaya@icloud.example"),
      """
      Hallo ik ben [[rozijn]] nee [[Rojin]] sorry de spraakherkenning kent mijn naam niet ik ben 15 jaar en ik woon in Beringen mijn ouders zeggen dat ik na het middelbaar moet trouwen met mijn neef in Turkije ik ken hem amper ik heb hem twee keer gezien ik wil verpleegkundige worden ik wil zelf kiezen met wie ik trouw maar als ik dat zeg zegt mijn moeder dat ik de familie te schande maak kan ik daar iets aan doen of is dat gewoon zo punt
      """),

    S(50, "outlook-father-city-signature", "outlook_desktop", "nl",
      ["parent-account", "parent-writing", "written-for", "self-harm", "signature",
       "disclaimer", "reversed-display-name", "own-name-in-text"],
      ("Vervoort Geert", "geert.vervoort@stad-lier.example"),
      """
      Goedemiddag

      Excuses dat ik dit via mijn werkadres stuur, thuis kijkt mijn dochter soms mee op de laptop.

      Mijn dochter is 14. Gisterenavond zag ik sneden op haar bovenbeen toen ze uit de douche kwam. Ze heeft het meteen weggemoffeld en zei dat het van de kat was. We hebben geen kat.
      Ik heb nog niets gezegd. Mijn vrouw wil meteen naar de huisarts, ik ben bang dat we haar dan helemaal kwijt zijn. Hoe spreek je zoiets aan met een kind van 14 zonder dat ze dichtklapt?

      Zij mag van mij ook zelf naar jullie schrijven, als jullie dat een goed idee vinden.

      Alvast bedankt.

      Groeten
      [[Geert]]
      """,
      sig=t("""
      [[Geert Vervoort]]
      Diensthoofd [[Dienst Burgerzaken]]
      [[Stad Lier]] | [[Grote Markt 57]], [[2500 Lier]]
      T [[03 800 04 57]]
      [[www.stad-lier.example]]

      Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde. Een e-mail van Stad Lier is geen rechtsgeldig document, tenzij anders vermeld. Gelieve dit bericht te verwijderen als het niet voor u bestemd is.
      """),
      subject="Mijn dochter"),

    S(51, "gmail-mother-son-edited-photo", "gmail_web", "nl",
      ["parent-writing", "written-for", "bullying", "online", "own-name-in-text",
       "sign-off-name", "mixed-language"],
      ("Fatima Zahra Benali", "fz.benali@gmail.example"),
      """
      Bonjour/hallo,

      Ik ben de mama van een jongen van 13. Sinds twee maanden wordt hij gepest in een groepschat van zijn klas. Ze hebben een foto van hem bewerkt met een varkenskop en die wordt steeds opnieuw gedeeld, ook in andere klassen. Hij wil niet meer naar school en zegt elke ochtend dat hij buikpijn heeft. De school zegt dat het 'buiten de schooluren' gebeurt en dat ze er niets aan kunnen doen.

      Ik weet niet of jullie ook ouders helpen. Mijn zoon wil zelf niet met iemand praten, maar misschien wel mailen. Mag hij dan dit adres gebruiken?

      Dank u wel,
      [[Fatima Zahra]]
      """,
      subject="mijn zoon wordt gepest"),

    S(52, "samsung-boy-on-mothers-phone", "samsung", "nl",
      ["parent-account", "own-name-in-text", "sign-off-name", "parents", "no-punctuation"],
      ("Nadia Lahlou", "nadia.lahlou76@gmail.example"),
      """
      Hallo
      ik ben [[Youssef]] ik ben 10 jaar ik schrijf met de gsm van mama zij weet het, zij zegt dat ik het zelf mag vertellen
      mama en papa maken elke avond ruzie over geld en dan gaat papa weg met de auto en ik ben bang dat hij niet terug komt
      ik kan niet slapen dan
      mijn juf zegt dat ik moe ben in de klas
      [[Youssef]]
      """),

    S(53, "windows-mail-sisters-laptop", "windows_mail", "nl",
      ["family-account", "borrowed-account", "own-name-in-text", "bullying", "school"],
      ("Sofie Raes", "sofie.raes@outlook.example"),
      """
      hallo ik ben [[Milan]] ik ben 13 ik gebruik de laptop van mijn zus want ik heb zelf geen mail
      in mijn klas zijn ze een spel begonnen 'wie durft [[Milan]] te duwen' en dan duwen ze mij tegen de kapstokken. de leerkracht ziet het niet want het gebeurt altijd tussen de lessen. ik heb al blauwe plekken op mijn arm
      mijn zus weet het niet, ze denkt dat ik een werk voor school maak
      doei
      """),

    S(54, "proton-nonbinary-pronouns-signature", "proton", "nl",
      ["gender-identity", "parents", "signature", "sig-dash", "pronouns", "new-shape"],
      ("Tenzin Dolma", "tenzin.d@proton.example"),
      """
      Hoi,

      Ik ben 18, non-binair, en ik woon nog thuis in Antwerpen. Mijn ouders komen uit Tibet en 'non-binair' bestaat voor hen gewoon niet, er is zelfs geen woord voor in onze taal. Ze noemen mij nog altijd bij mijn meisjesnaam en 'zij'. Ik heb het twee keer proberen uit te leggen en mijn moeder heeft daarna drie dagen niet tegen mij gepraat.

      Ik wil ze niet kwetsen en ik wil ook niet liegen over wie ik ben. Ik ga volgend jaar op kot in Gent. Moet ik gewoon wachten tot ik het huis uit ben?

      Dank jullie.
      """,
      sig="[[Tenzin]] (hen/hun)",
      sig_dash=True,
      subject="non-binair"),

    S(55, "gmail-android-reply-told-mentor", "gmail_android", "nl",
      ["reply-with-quote", "bullying", "school", "own-name-in-text", "sign-off-name"],
      ("Kwame Mensah", "kwame.mensah09@gmail.example"),
      """
      ik heb het gedaan!!! ik heb het aan mijn mentor gezegd, meneer Verhulst. hij was echt chill, hij heeft met de klas gepraat zonder mijn naam te zeggen maar iedereen wist het natuurlijk wel haha
      de eerste dagen was het stil, nu begint één jongen terug maar minder
      bedankt dat jullie zeiden dat het niet mijn schuld is, dat had ik nodig
      [[kwame]]
      """,
      subject="Re: uitgelachen",
      quote=A_KWAME),

    S(56, "iphone-short-reply-ok", "iphone", "nl",
      ["reply-with-quote", "one-phrase-a-line", "love", "no-identity-in-body",
       "looks-like-signature"],
      ("Giulia Rossi", "giulia.rossi.gr@icloud.example"),
      """
      ok
      ik zal het proberen
      merci 💛
      """,
      subject="Re: beste vriendin",
      quote=A_GIULIA),

    S(57, "samsung-reply-school-nurse", "samsung", "nl",
      ["reply-with-quote", "self-harm", "school", "own-name-in-text", "sign-off-name"],
      ("Nino Beridze", "nino.beridze@gmail.example"),
      """
      Hallo, ik ben het weer.
      Het gaat iets beter. Ik heb het nummer van 1813 in mijn gsm gezet zoals jullie zeiden, en ik heb het aan de schoolverpleegster verteld. Ze belt morgen mijn moeder, met mij erbij. Ik ben bang maar ook een beetje opgelucht.
      Mag ik jullie nog schrijven na dat gesprek?
      [[Nino]]
      """,
      subject="Re: 's nachts",
      quote=A_NINO,
      quote_to="Nino Beridze <nino.beridze@gmail.example>"),

    S(58, "outlook-ios-reply-works-evenings", "outlook_mobile", "nl",
      ["reply-with-quote", "parents", "school", "work", "own-name-in-text", "sign-off-name"],
      ("Ioana Popescu", "ioana.popescu@outlook.example"),
      """
      Hoi,

      Sorry dat ik zo laat antwoord, ik werk elke avond in de frituur van mijn oom om thuis mee te betalen. Jullie vroegen of mijn ouders weten hoeveel ik werk. Ja, het was hun idee. Ik ben 17 en ik haal mijn school niet meer, ik heb al 4 tekorten. Mijn mama zegt dat school voor later is en de huur voor nu.

      Ik weet niet of jullie daar iets aan kunnen doen. Ik wil alleen dat iemand het weet.

      [[Ioana]]
      """,
      subject="RE: werken",
      quote=A_IOANA,
      quote_to="Ioana Popescu <ioana.popescu@outlook.example>"),

    S(59, "gmail-web-reply-are-you-a-robot", "gmail_web", "nl",
      ["reply-with-quote", "family", "emoji", "own-name-in-text", "sign-off-name"],
      ("Hamza Chakir", "hamzachakir12@gmail.example"),
      """
      wie ben jij eigenlijk 😂 ben je een robot of een echte persoon
      je antwoord was wel goed maar ik dacht dat het een ai was

      maar ok ik ga het proberen met mijn broer
      [[hamza]] 13j
      """,
      subject="Re: mijn broer",
      quote=A_HAMZA),

    S(60, "apple-mail-coloured-html-grandma-comments", "apple_mail", "nl",
      ["html-heavy", "body-image", "family", "own-name-in-text", "sign-off-name"],
      ("Anahit Sargsyan", "anahit.sargsyan@icloud.example"),
      """
      Lieve mensen van Lumi,

      Ik ben [[Anahit]], 16 jaar. Elke keer als we bij mijn oma gaan eten zegt ze waar iedereen bij is dat ik dikker geworden ben, en dan schept ze toch mijn bord drie keer vol. Mijn mama zegt dat het zo gaat in onze cultuur en dat oma het niet slecht bedoelt. Maar ik eet daarna twee dagen bijna niks en ik bekijk mezelf uren in de spiegel.

      Ik durf het niet te zeggen want oma is alles voor mama.

      Liefs
      [[Anahit]]
      """,
      html_own=coloured(t("""
      Lieve mensen van Lumi,

      Ik ben Anahit, 16 jaar. Elke keer als we bij mijn oma gaan eten zegt ze waar iedereen bij is dat ik dikker geworden ben, en dan schept ze toch mijn bord drie keer vol. Mijn mama zegt dat het zo gaat in onze cultuur en dat oma het niet slecht bedoelt. Maar ik eet daarna twee dagen bijna niks en ik bekijk mezelf uren in de spiegel.

      Ik durf het niet te zeggen want oma is alles voor mama.

      Liefs
      Anahit
      """)),
      subject="oma"),

    S(61, "fr-yahoo-html-only-divorce", "yahoo", "fr",
      ["html-only", "divorce", "parents", "own-name-in-text", "sign-off-name"],
      ("Maëlle Lambert", "maelle.lambert@yahoo.example"),
      """
      Salut,

      C'est [[Maëlle]], j'ai 13 ans et j'habite à Uccle. Mes parents divorcent et ils veulent que je choisisse chez qui je vais vivre. Le juge veut me voir la semaine prochaine. Si je choisis maman, papa va être triste, et l'inverse aussi. J'ai mal au ventre tout le temps.

      Mon école est en néerlandais, c'est comme ça que je connais Lumi, par une affiche. Vous répondez en français ?

      Bisous
      [[Maëlle]]
      """,
      html="only",
      subject="divorce"),

    S(62, "fr-outlook-web-bi-mixed-dutch", "outlook_web", "fr",
      ["coming-out", "mixed-language", "own-name-in-text", "sign-off-name"],
      ("Yasmine Belkacem", "yasmine.belkacem@hotmail.example"),
      """
      Coucou / hallo,

      Je m'appelle [[Yasmine]], 16 ans, d'Anderlecht. Je crois que je suis bi. J'ai embrassé une fille à une soirée et depuis je ne pense qu'à ça. Mes copines disent que c'est « une phase ». Peut-être ? Mais moi je ne crois pas.

      Ik schrijf ook een beetje Nederlands: ik ben niet bang voor mijn ouders, ik ben bang voor mezelf, dat ik het niet weet.

      Merci de me lire
      [[Yasmine B.]]
      """,
      subject="une question"),

    S(63, "fr-gmail-android-oneliner-nickname", "gmail_android", "fr",
      ["one-liner", "no-punctuation", "bullying", "racism", "own-name-in-text"],
      ("Exaucé Lukusa", "exauce.lukusa@gmail.example"),
      """
      slt je suis [[exaucé]] 14 ans ils m'appellent charbon à l'école tous les jours et j'en ai marre je sais pas à qui parler
      """),

    S(64, "fr-iphone-panic-metro", "iphone", "fr",
      ["anxiety", "parents", "own-name-in-text", "sign-off-name"],
      ("Thibault Renard", "thibault.renard@icloud.example"),
      """
      Bonsoir,

      J'ai 17 ans et depuis deux mois je fais des crises d'angoisse, surtout dans le métro. Je dois prendre le métro pour aller à l'école à Etterbeek. Hier je suis descendu à mi-chemin et je suis rentré à pied, 1h30. Mes parents pensent que je fais semblant pour sécher.

      Je ne sais pas si c'est le bon endroit pour ça, vous êtes surtout pour les jeunes LGBT non ?

      [[Thibault]]
      """,
      subject="angoisse"),

    S(65, "en-gmail-ios-hiding-it-short-name", "gmail_ios", "en",
      ["self-harm", "friends", "own-name-in-text", "short-form", "sign-off-name"],
      ("Joanna Reyes", "joanna.reyes@gmail.example"),
      """
      hi lumi

      i don't really know how to start this. i'm [[Jo]], 15, my mom is filipino and my dad is belgian and i go to school in Mechelen. i've been hurting myself for about a year, mostly scratching, sometimes worse. nobody knows. i'm really good at hiding it.

      last week my best friend saw my arm in PE and i said it was my cat. i hate lying to her.

      i don't want to stop yet, i just want someone to know. is that ok?

      - [[jo]]
      """),

    S(66, "en-international-school-m365", "v5snl_school_m365", "en",
      ["school-account", "bullying", "online", "own-name-in-text", "sign-off-name",
       "signature", "disclaimer", "reversed-display-name"],
      ("O'Connor, Liam (Y9)", "loconnor29@students.bsb-intl.example"),
      """
      Hi,

      I'm [[Liam]], I'm 14 and I'm in Year 9 at an international school near Brussels. Some boys in my year made a fake account pretending to be me and they post stuff about me being gay. I'm not even sure if I am. My parents both work for the EU and travel a lot, and my dad would go straight to the headteacher, which would make everything 100 times worse.

      Can you get a fake account taken down without anyone knowing it was you who reported it?

      Thanks,
      [[Liam]]
      """,
      sig=t("""
      [[Liam O'Connor]] | Year 9 | [[BSB International School]]
      This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Pupils' accounts are monitored in line with the school's safeguarding policy.
      """),
      subject="fake account"),

    S(67, "en-iphone-ps-below-client-line", "iphone", "en",
      ["love", "parents", "mixed-language", "own-name-in-text", "sign-off-name",
       "ps-below-client-line", "new-shape"],
      ("Aisha Bello", "aisha.bello@icloud.example"),
      """
      hey

      english is easier for me to write about this sorry. i'm 17, nigerian, live in Gent. i have a boyfriend since 4 months, he is belgian and really sweet. my parents can NEVER know, they would send me to my aunt in Lagos, they did that with my cousin. i'm scared all the time that someone from church sees us.

      ik spreek ook nederlands hoor, maar dit is makkelijker.

      is it wrong to lie to my parents if they are the reason i have to?

      xx [[Aisha]]

      <<Sent from my iPhone>>

      ps please don't call, only email
      """,
      client_line="",
      subject="secret"),

    S(68, "en-thunderbird-exchange-student", "thunderbird", "en",
      ["coming-out", "loneliness", "parents", "own-name-in-text", "sign-off-name"],
      ("Felix Schmidt", "felix.schmidt@posteo.example"),
      """
      Hello,

      I'm [[Felix]], 19, from Germany, doing an exchange semester in Gent. I found your address on a poster in the student restaurant. I hope it's ok that I write in English, my Dutch is only 'dank u' and 'een pintje'.

      I came out as gay to my parents just before I left and it did not go well. My father has not answered any of my messages in six weeks. Here I don't know anyone well enough to talk about it, and everybody thinks Erasmus is one big party.

      Sorry if this is not what you are for.

      [[Felix]]
      """,
      subject="not sure if this is for me"),

    # ------------------------------------------------------------ more Dutch and Flemish
    S(69, "gmail-android-dyslexic-reading-aloud", "gmail_android", "nl",
      ["typos", "tussentaal", "no-punctuation", "school", "bullying", "own-name-in-text"],
      ("Lucas Vermeiren", "lucas.vermeiren.2014@gmail.example"),
      """
      hallo ik ben [[lucas]] ik ben 11 jaar ik hep dislexie dus sorie voor de foute
      in de klas lachen ze als ik moet voorleze en de juf laat mij toch altijd voorleze
      ik wil nie meer naar skool
      mijn mama seg dat ik flink moet sijn
      """),

    S(70, "hotmail-long-leaving-home-phone", "outlook_web", "nl",
      ["long", "phone-in-text", "parents", "family-violence", "own-name-in-text",
       "sign-off-name"],
      ("Hanne Goris", "hanne.goris@hotmail.example"),
      """
      Hallo,

      Ik weet niet goed waar ik moet beginnen, het wordt waarschijnlijk een lange mail, sorry.

      Ik ben [[Hanne]], 18 sinds vorige maand. Mijn mama is vier jaar geleden hertrouwd en sindsdien is het thuis een hel. Mijn stiefvader slaat niet, dat wil ik erbij zeggen, maar hij kleineert mij de hele tijd. Als ik eet zegt hij dat ik een varken ben, als ik studeer zegt hij dat het toch niks wordt met mij. Mijn mama zegt niks, ze kijkt gewoon naar haar bord. Mijn kleine broertje van 9 begint het nu ook tegen mij te zeggen omdat hij het hoort.

      Ik heb een studentenjob in de Delhaize en ik heb wat gespaard. Een vriendin zegt dat ik bij haar mag komen wonen tot de zomer. Maar ik ben bang dat ik mijn broertje dan alleen laat, en dat mama het mij nooit vergeeft. Ik ben ook bang dat ik mijn diploma niet haal als ik nu verhuis, het is mijn laatste jaar.

      Mag je eigenlijk gewoon vertrekken als je 18 bent? Moet je dat aan iemand laten weten? Krijg je dan nog kindergeld of hoe werkt dat?

      Als het makkelijker is mag je me ook bellen op [[0496 77 81 20]], liefst na 17u want dan ben ik alleen.

      Bedankt dat je dit allemaal gelezen hebt.
      [[Hanne]]
      """,
      subject="weggaan van thuis"),

    S(71, "spark-ios-am-i-bi", "v5snl_spark", "nl",
      ["coming-out", "own-name-in-text", "sign-off-name"],
      ("Arthur Michiels", "arthur.michiels@icloud.example"),
      """
      Hey

      Vraagje: hoe weet je of je bi bent? Ik (16) heb altijd gedacht dat ik hetero was, ik heb zelfs een lief gehad. Maar sinds het kamp deze zomer denk ik heel veel aan een jongen van de leiding. Ik weet niet of dat gewoon bewondering is of meer.

      Ik heb het aan niemand gezegd, ook niet aan mijn beste vriend.

      Groetjes
      [[Arthur]]
      """,
      subject="vraagje"),

    S(72, "thunderbird-android-gamer-tag", "v5snl_tb_android", "nl",
      ["friends", "no-punctuation", "gamer-tag", "own-name-in-text", "sign-off-name"],
      ("Mathis Lemmens", "mathis.lemmens@gmail.example"),
      """
      yo
      mijn beste vriend doet al weken raar tegen mij sinds hij bij een andere groep zit op school
      hij lacht mee als ze mij uitlachen
      we kenden elkaar al van de kleuterklas
      ik ben 15 en ik voel me echt dom dat ik hier om moet janken
      gr [[Mathis]]
      (in game ben ik [[MathBoii_07]] als jullie willen weten wie ik ben haha nee grapje)
      """),

    S(73, "em-client-aunt-for-nephew", "v5snl_em_client", "nl",
      ["relative-writing", "written-for", "gender-identity", "signature", "own-name-in-text",
       "sign-off-name"],
      ("Griet Van Hove", "griet.vanhove@skynet.example"),
      """
      Goedendag,

      Ik schrijf voor het kind van mijn zus. Het is 12 en logeert vaak bij mij. Vorige maand vertelde het me in vertrouwen dat het zich eigenlijk een meisje voelt. Thuis durft het dat niet te zeggen: mijn zus is alleenstaand en heeft het al zwaar. Bij mij draagt het soms een jurk van mijn dochter en dan is het zo gelukkig.

      Ik wil het steunen, maar ik wil ook niet achter de rug van mijn zus gaan. Hoe pak ik dit aan? En bestaat er iets voor zo jonge kinderen?

      Met vriendelijke groeten,
      [[Griet Van Hove]]
      """,
      sig=t("""
      [[Griet Van Hove]]
      [[Zandstraat 14]]
      [[9200 Dendermonde]]
      """),
      subject="vraag over mijn neefje/nichtje"),

    S(74, "gmail-web-instagram-handle-eating", "gmail_web", "nl",
      ["body-image", "handle-in-text", "own-name-in-text", "sign-off-name", "online"],
      ("Mila Van den Broeck", "mila.vdbroeck@gmail.example"),
      """
      Hey

      Ik ben 14 en ik eet al een paar weken bijna niks meer. Op TikTok zie ik de hele tijd 'what I eat in a day' van meisjes die superdun zijn en ik wil er zo uitzien. Mijn mama heeft het nog niet door want ik zeg dat ik op school eet.
      Vandaag werd ik duizelig in de turnles.

      Als jullie willen kunnen jullie mij ook via insta bereiken: [[@mila.vdbroeck]]

      [[Mila]]
      """,
      subject="eten"),

    S(75, "hotmail-boy-on-mothers-account-signature", "outlook_web", "nl",
      ["parent-account", "grief", "own-name-in-text", "sign-off-name", "signature",
       "no-punctuation"],
      ("Ingrid Maes", "ingrid.maes@hotmail.example"),
      """
      hallo
      ik ben [[Lowie]] ik ben 12 ik stuur dit met de mail van mama
      mijn opa is vorige week gestorven en iedereen huilt maar ik niet en nu denken ze dat ik niks voel
      ik voel wel veel maar het komt er niet uit
      is er iets mis met mij
      [[Lowie]]
      """,
      sig=t("""
      [[Ingrid Maes]]
      [[0475 33 22 19]]
      """),
      subject="opa"),

    S(76, "xiaomi-sentence-starts-in-subject", "v5snl_xiaomi", "nl",
      ["subject-continues-in-body", "emoji", "love", "friends", "own-name-in-text",
       "looks-like-signature", "new-shape"],
      ("Rania Amghar", "rania.amghar@gmail.example"),
      """
      verliefd is op mij 😳
      ik ben 13
      ik weet niet wat ik voel
      ik wil haar niet kwijt
      help 😭😭

      [[rania]] 💕
      """,
      subject="mijn beste vriendin heeft gezegd dat ze"),
]
