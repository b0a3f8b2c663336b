# ruff: noqa: E501
"""Hand-written bodies of part `seeker-nl` of the seventh held-out relay-text corpus.

Help-seekers (and people writing for them) to hulp@lumi.example, written one by one the way they
write: no punctuation, one phrase a line, capitals, typos, tussentaal and dialect, text-speak,
emoji, voice typing, replies on top of (or under) Lumi's answer, other people's accounts with their
signatures, pastes from apps. Markup (see relay_corpus_heldout.py): [[...]] around every string
that identifies the writer, <<...>> around what is neither content nor identity; the content spans
and identity lists in labels.toml are derived from it.

Labelling decisions (the README's rules, applied):
- the writer's own names, addresses, phones, streets, handles, account-like numbers (a national
  register number, a case number at a service, a home location link or what3words, a birth date
  next to the name) are identity; so is everything in a signature block or a device footer that
  names the writer, their employer, their institution, their room or their parent;
- the name of the kid someone writes for, and a parent's full name, are identity (they identify
  the writer's family); a friend's, a teacher's, a staff member's, a celebrity's name is content;
- towns, schools without a class, ages, a stranger's licence plate, a grandmother's old street,
  pasted texts (a chatbot's draft, a chain message, an app's export) are content: the writer sent
  them to be read.
Mails tagged `new-shape` are in shapes the README's list of dev rounds does not name; each says
which with one more tag no other mail has.

Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from textwrap import dedent

from tests.tools.relay_corpus_heldout import Case


def _b(text: str) -> str:
    return dedent(text).strip("\n")


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    if isinstance(kw.get("sig"), str):
        kw["sig"] = _b(str(kw["sig"]))
    return Case(slug=f"h7n-{slug}", direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=_b(body), **kw)  # type: ignore[arg-type]


# First names of people named in full in the bodies or signatures whose surname identifies too.
EXTRA_FIRST_NAMES = frozenset({"Mila", "Sofie", "Kurt", "Maya", "Ella", "Dirk"})

# Lumi's answers, as the help-seekers' clients quote them.
LUMI_NL_1 = _b("""
    Hoi,

    Fijn dat je ons schreef. Wat je vertelt, klinkt echt zwaar, en het is goed dat je het niet
    langer alleen draagt.
    Je hoeft niet alles tegelijk op te lossen. Is er iemand in je buurt bij wie je je een beetje
    veilig voelt, iemand op school of in je familie?
    Laat je ons weten hoe het gaat? We lezen alles.

    Groetjes,
    Lumi
""")
LUMI_NL_2 = _b("""
    Dag,

    Bedankt voor je bericht. Twijfelen over wie je graag ziet is heel normaal, op elke leeftijd,
    en je hoeft er nog geen naam op te plakken.
    Je schrijft dat je het nog aan niemand verteld hebt. Dat mag ook: jij kiest wanneer en aan wie.
    Zou je het fijn vinden om eens te oefenen hoe je het zou zeggen?

    Warme groet,
    Lumi
""")
LUMI_NL_3 = _b("""
    Hallo,

    Wat goed dat je ons opnieuw schrijft. Je vroeg wie je op school kan aanspreken: het CLB is er
    voor alle leerlingen en wat je er vertelt, blijft tussen jullie, tenzij je in gevaar bent.
    Als je liever met iemand van buiten de school praat, kan dat bij een JAC in je buurt.

    Groetjes,
    Lumi
""")
LUMI_NL_PARENT = _b("""
    Beste,

    Dank u voor uw bericht en voor de zorg die eruit spreekt. Dat uw kind het aan u vertelde,
    zegt veel over het vertrouwen dat er is.
    Uw kind mag ons zelf mailen op dit adres, ook vanaf uw adres. We antwoorden altijd aan wie
    ons schrijft, en we gebruiken geen namen.

    Met vriendelijke groeten,
    Lumi
""")
LUMI_FR = _b("""
    Salut,

    Merci de nous avoir écrit. Ce que tu racontes est lourd, et c'est courageux de le mettre en mots.
    Tu n'es pas obligé·e de tout régler d'un coup. Est-ce qu'il y a une personne autour de toi à qui
    tu fais un peu confiance ?
    Tu peux nous réécrire quand tu veux.

    Bises,
    Lumi
""")
LUMI_EN = _b("""
    Hi,

    Thank you for writing to us. What you describe sounds really hard, and it makes sense that you
    feel confused.
    You don't have to figure everything out at once. Is there one person around you who feels
    a bit safe to talk to?
    Write back whenever you like.

    Take care,
    Lumi
""")


CASES: list[Case] = [
    # ------------------------------------------------------------------ own accounts, dialects
    S("oneliner-jongens-antwerpen", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "own-name-in-text", "coming-out", "parents",
       "dialect-antwerp", "own-account"],
      ("Jonas Verbiest", "jonasverbiest09@gmail.example"),
      """
      hey ik ben [[jonas]] ik zen 15 en ik denk da ik op jongens val maar ik durf da tegen niemand te zeggen want mijne pa zegt altij van die dinge over homos aan tafel
      """),
    S("limburg-zinnetjes-scheiding", "iphone", "nl",
      ["one-phrase-a-line", "no-punctuation", "own-name-in-text", "divorce", "anxiety",
       "dialect-limburg", "own-account"],
      ("Fien Schepers", "fien.schepers@icloud.example"),
      """
      hoi
      ich bin [[Fien]]
      13 jaor
      oet Maasmechele
      mien mama en papa goon oet ein
      ze hebbe ut mich gister gezag
      ich mag dat nog neet tegen mien vriendinne zegge
      ich höb elke aovend pien in mien boek
      wat moet ich doon
      """,
      subject="hallo"),
    S("chatgpt-concept-geplakt", "gmail_web", "nl",
      ["new-shape", "ai-chatbot-draft", "gender-identity", "parents", "own-name-in-text",
       "own-account", "own-words-like-header", "paste"],
      ("Robbe Claerhout", "robbe.claerhout@gmail.example"),
      """
      ik wist niet hoe ik het moest schrijven dus ik heb het aan chatgpt gevraagd sorry als het raar klinkt

      Onderwerp: Vraag om hulp

      Beste medewerker van Lumi,

      Ik schrijf u omdat ik al een tijdje twijfel over mijn genderidentiteit. Ik ben 16 jaar en ik voel me niet thuis in mijn lichaam. Ik weet niet hoe ik dit aan mijn ouders moet vertellen, omdat zij nogal traditioneel zijn.

      Zou u mij kunnen helpen met advies of kunnen doorverwijzen naar iemand die hier meer over weet?

      Met vriendelijke groet,
      [[Robbe Claerhout]]

      ---
      Wil je dat ik de toon wat informeler maak, of nog iets toevoeg over je situatie op school?
      """,
      subject="Vraag om hulp"),
    S("rijksregisternummer-west-vlaams", "outlook_web", "nl",
      ["new-shape", "rijksregisternummer", "bullying", "dialect-west-flemish", "own-account",
       "no-punctuation"],
      ("Mauro Vandenbussche", "mauro.vdb@outlook.example"),
      """
      goeiendag
      'k è gelezen up julder site da 't anoniem is maar mijn moeder zeit da ge overal je rijksregisternummer moet geven dus hier is 't: [[11.04.07-213.58]]
      'k zyn 13 en 'k zitte in 't eeste middelboar in Roeselare
      ze pesten mie olle dagen in de bus, ze pakken mijn muts en ze smyten ze buten
      en as 'k ier zeg tegen de chauffeur lacht ie mee
      'k zeggen da nie tegen mijn moeder want z'eet al zorgen genoeg
      merci
      """,
      subject="vraagje"),
    S("whatsapp-locatie-geplakt", "samsung", "nl",
      ["new-shape", "location-share-link", "family-violence", "dialect-east-flemish",
       "own-account", "emoji", "no-punctuation"],
      ("Yasmina E.", "yasmina.e2009@gmail.example"),
      """
      hallo
      ik weet ni of da hier mag
      mijne pa is weer zat thuisgekomen en hij heeft mijn moeder tegen de kast geduwd
      ik zit op mijn kamer met de deur op slot
      mijn kleine broere slaapt gelukkig
      ik goa gin politie bellen want dan wordt het nog erger
      als er iets gebeurt, hier is waar we wonen:
      📍 Live locatie: [[https://maps.google.example/?q=51.0412,3.7289]]
      ge moet ni bellen eh ik wil gewoon da iemand het weet
      """,
      subject="help",
      identity=["51.0412,3.7289"]),
    S("what3words-thuis", "apple_mail", "nl",
      ["new-shape", "what3words-home", "self-harm", "dialect-flemish-brabant", "own-account"],
      ("Lore Van Hoof", "lorevanhoof@icloud.example"),
      """
      Dag,

      ik ben 17 en woon in een dorp bij Leuven. 't Gaat al maanden niet goed. Ik snij mezelf soms, niet diep ofzo, maar 't wordt wel erger. Ik heb da nog aan niemand gezegd, ook nie aan mijn lief, die denkt dat ik gewoon veel lange mouwen draag omdat ik het koud heb.

      Ik wil geen ambulance of zo, echt nie. Maar mocht het ooit misgaan: ik zet mijn plek hier in what3words, da gebruiken we bij de Chiro op kamp
      ///[[klok.zonnig.fiets]]

      Sorry voor den lange mail
      """,
      subject="geen idee hoe te beginnen"),
    S("patiententablet-ziekenhuis", "v7snl_patient_tablet", "nl",
      ["new-shape", "hospital-tablet-footer", "eating-disorder", "coming-out",
       "institution-account", "signature", "own-name-in-text", "no-punctuation"],
      ("", "kamer3214@patient.azdamiaan.test"),
      """
      hallo
      ik lig al 3 weken in het ziekenhuis omdat ik te weinig eet zeggen ze
      ik mag mijn gsm maar een uur per dag
      de verpleging is lief maar ik kan tegen niemand zeggen dat ik eigenlijk ook op meisjes val en dat dat misschien ook een reden is waarom ik zo raar doe met eten
      mijn mama komt elke dag en dan voel ik me schuldig
      sorry dat ik zomaar schrijf
      [[Hanne]] (15)
      """,
      subject="vraag",
      sig="""
      Verzonden via de patiëntentablet van [[AZ Damiaan Oostende]] – [[kamer 3.214]]
      Deze tablet is niet bedoeld voor medische vragen. Meld je af na gebruik.
      """),
    S("gemeenschapsinstelling-begeleide-pc", "outlook_desktop", "nl",
      ["new-shape", "supervised-institution-footer", "gender-identity", "deadname",
       "institution-account", "signature", "own-name-in-text"],
      ("Het Anker PC2", "pc2.jongeren@anker-gi.test"),
      """
      Dag Lumi

      Ik weet dat de begeleiding dit leest en dat is ok, Stijn van de nachtdienst zei dat ik jullie mocht mailen.
      Ik zit hier sinds november. Ik ga er niet op in waarom.
      Ik ben trans. Op papier heet ik nog [[Dylan]] maar ik ben [[Dana]], al sinds mijn 13e.
      Hier zeggen ze nog altijd [[Dylan]], zelfs de begeleiders die wel lief zijn. Ik mag geen make-up en ik moet bij de jongens slapen.
      Ik wil weten of ik daar recht op heb, of ik dat mag vragen aan de directie of aan mijn consulent.
      Ik heb hier geen gsm dus antwoord gewoon op dit adres, ze geven het mij wel.

      [[Dana]]
      """,
      subject="vraag over rechten",
      crlf=True,
      sig="""
      Dit bericht werd verstuurd vanaf een begeleide pc van [[Gemeenschapsinstelling Het Anker]], [[leefgroep De Linde]].
      Berichten van jongeren worden door de begeleiding nagelezen voor verzending.
      """),
    S("opvangcentrum-bewonerspc", "webmail", "nl",
      ["new-shape", "reception-centre-pc", "coming-out", "bullying", "shared-account",
       "mixed-languages", "own-name-in-text", "signature", "nt2-dutch"],
      ("Bewoners De Haven", "bewoners-pc@dehaven-opvang.test"),
      """
      hallo
      mijn naam is [[Farid]] ik ben 16 jaar ik kom van Afghanistan
      ik woon in opvang centrum met andere jongens zonder ouders
      ik ben niet zoals andere jongens. i like boys. in my country this is big problem, here also in the centre
      de jongens in mijn kamer zeggen slechte woorden en ze nemen mijn eten
      ik spreek een beetje nederlands ik leer op school in OKAN klas
      kan ik met iemand praten? niet met tolk van mijn taal please, de tolk kent mijn familie
      dank u
      """,
      subject="vraag",
      sig="""
      --
      Computerlokaal [[Opvangcentrum De Haven]] [[Lommel]] – PC 3
      Meld je af na gebruik! / Please log out after use!
      """),
    S("medische-id-geplakt", "ipad", "nl",
      ["new-shape", "medical-id-paste", "gender-identity", "family-account", "own-name-in-text",
       "phone-in-text", "young-kid"],
      ("Gezin Bogaert", "gezin.bogaert@telenet.example"),
      """
      hallo ik ben 12
      ik wil iets vragen over mijn lichaam want ik krijg borsten en ik wil dat niet ik ben een jongen vanbinnen
      moet ik iets invullen over mij? hier is mijn medische kaart van mijn gsm

      Medische ID
      [[Mila Bogaert]]
      Geboortedatum [[14 februari 2013]]
      Medische aandoeningen Astma
      Medicatie Ventolin puffer
      Noodcontacten
      Mama [[+32 478 51 20 94]]
      Papa [[+32 479 66 13 08]]

      is dat genoeg
      """,
      subject="vraag over mijn lichaam"),
    S("discord-spoilers", "gmail_web", "nl",
      ["new-shape", "discord-spoiler-markup", "coming-out", "friends", "no-identity-in-body",
       "own-account", "own-words-like-quote", "emoji"],
      ("Wout D", "woutje.gamer2010@gmail.example"),
      """
      yo
      **dit is serieus geen grap**
      ik zit al heel de avond in vc met mijn vrienden en ze maken constant grappen over gay mensen
      en ||ik denk dat ik bi ben|| en ik lach gewoon mee 💀
      mijn beste vriend zei letterlijk dit:
      > als iemand van ons gay is dan is het over
      en iedereen typte W W W
      ik kan dat toch nooit meer zeggen nu
      -# sorry als dit te veel tekst is
      -# ik ben 14 btw
      """,
      subject="vraag (niet doorsturen)"),
    S("dossiernummer-jac", "outlook_mobile", "nl",
      ["new-shape", "case-number", "coming-out", "parents", "homeless", "dialect-east-flemish",
       "own-account", "emoji"],
      ("Jana Verhaegen", "janaverhaegen@hotmail.example"),
      """
      Hallo,

      Ik ben 17 en woon in Aalst. Mijn ouders hebben mij vorige week buiten gezet omdat ik een lief heb dat een meisje is. Ik sloap nu bij mijn tante maar dat kan nie blijven, ze heeft zelf drie kinders.
      Ik heb al een gesprek gehad bij het JAC, mijn dossiernummer is [[JAC-OVL-2025-00417]] als dat helpt, dan moet ik niet alles opnieuw uitleggen 😔
      Ze zeiden dat ik moet wachten op een begeleider. Hoe lang duurt zoiets? En mag ik eigenlijk nog naar huis om mijn spullen te halen of kan da ni?

      Groetjes
      """,
      subject="buitengezet"),
    S("nummerplaat-van-een-vreemde", "yahoo", "nl",
      ["new-shape", "licence-plate-not-theirs", "anxiety", "friends", "no-identity-in-body",
       "own-account", "no-punctuation"],
      ("Chloë Vanhove", "chloe_vh@yahoo.example"),
      """
      hallo
      er is een man die mij volgt denk ik
      al drie keer deze week stond er een witte bestelwagen aan de bushalte aan mijn school in Genk als ik buitenkwam, nummerplaat 1-VXT-715 (ik heb het opgeschreven)
      vandaag reed hij stapvoets achter mij tot aan de Carrefour
      ik heb het tegen mijn vriendin Ilse gezegd en zij zegt dat ik het aan de politie moet zeggen maar wat als ik me vergis
      mijn ouders werken allebei tot laat
      ik ben 14
      """,
      subject="iemand volgt mij",
      from_style="ew"),
    S("azerty-qwerty-door-elkaar", "gmail_web", "nl",
      ["new-shape", "keyboard-layout-swap", "bullying", "typos", "no-identity-in-body",
       "own-account", "no-punctuation"],
      ("Kiara Lemmens", "kiaralemmens2012@gmail.example"),
      """
      hqllo ik ben 12 jqqr en ik zord gepest
      sorry het toetsenbord doet rqqr ik zit op een co,puter vqn de bib
      iedereen lqcht ,et ,ij o,dqt ik dik ben
      ok ik heb het gevonden je ,oet qlt shift doen
      dus nog eens normaal: iedereen lacht met mij omdat ik dik ben en ze zetten foto's van mij in de klasgroep met varkens emoji
      ik wil niet meer naar school
      """,
      subject="gepest"),
    S("leetspeak-tegen-het-filter", "gmail_android", "nl",
      ["new-shape", "leetspeak", "gender-identity", "parents", "own-name-in-text",
       "own-account"],
      ("Jorik Vandamme", "jorikvandamme@gmail.example"),
      """
      h3y
      1k schr1jf z0 z0d4t h3t f1lt3r v4n m1jn m4m4 h3t n13t z13t (z3 l33st 4ll3s m33 0p h4ar gsm)
      1k b3n 13 3n 1k d3nk d4t 1k g33n j0ng3n b3n m44r 33n m31sj3
      h03 w33t j3 d4t z3k3r
      pl33s 4ntw00rd n13t m3t w00rd3n 4ls tr4ns 1n h3t 0nd3rw3rp
      gr [[J0r1k]]
      """,
      subject="v r 4 4 g"),
    S("zelf-vertaald-brussel", "gmail_ios", "nl",
      ["new-shape", "self-translated-twice", "coming-out", "bullying", "love",
       "dialect-brussels", "own-name-in-text", "own-account", "mixed-languages"],
      ("Ilyas Bensaïd", "ilyas.bensaid@gmail.example"),
      """
      Dag
      ik ben [[Ilyas]], 15 jaar, ik zit in een Nederlandstalige school in Anderlecht maar thuis spreken we Frans en Arabisch
      ik schrijf het twee keer want ik weet niet of jullie Frans lezen
      ik ben verliefd op een jongen van mijn klas en hij weet het. hij zegt niks meer tegen mij en nu lacht de hele klas. ik durf niet meer naar de speelplaats
      da's echt ambetant want daar zijn mijn vrienden, allei, waren

      (en français pour être sûr)
      Bonjour, je suis [[Ilyas]], j'ai 15 ans, je suis dans une école flamande à Anderlecht mais à la maison on parle français et arabe.
      Je suis amoureux d'un garçon de ma classe et il le sait. Il ne me parle plus et maintenant toute la classe rigole. J'ose plus aller dans la cour.
      merci, dank u
      """,
      subject="vraag / question",
      from_style="ew"),
    S("reddit-post-geplakt", "v7snl_geary", "nl",
      ["new-shape", "reddit-post-paste", "coming-out", "parents", "handle-in-text",
       "own-account", "paste"],
      ("Thibaut Maes", "thibaut.maes@proton.example"),
      """
      Hoi,

      ik heb dit gisteren op reddit gezet maar de reacties hielpen niet echt, dus ik plak het gewoon hier.

      r/belgium • Geplaatst door u/[[stille_kiekendief]] • 1 d.
      Mijn ouders weten sinds kerst dat ik gay ben en willen dat ik verhuis voor ik 19 word (18M)
      Ze zeggen het niet letterlijk maar mijn vader heeft een appartement voor mij gezocht "voor als je gaat studeren" terwijl ik gewoon naar Gent wou pendelen. Mijn moeder praat alleen nog over praktische dingen. Ben ik paranoid of is dit gewoon hun manier om mij buiten te krijgen?
      ⬆ 23 · 💬 41 reacties

      De meeste reacties zeggen 'ga naar het CAW' maar ik weet niet eens wat dat is en ik wil niet dat het een dossier wordt.
      Is dit normaal?
      """,
      subject="reddit hielp niet",
      identity=["u/stille_kiekendief"]),
    S("tolk-vgt-typt-voor-dove-jongen", "gmail_web", "nl",
      ["new-shape", "sign-language-interpreter", "written-for", "not-the-parent", "loneliness",
       "bullying", "suicidal-thoughts", "signature", "own-name-in-text"],
      ("Katrien Goossens", "katrien.goossens.tolk@gmail.example"),
      """
      Goeiemiddag,

      Ik ben tolk Vlaamse Gebarentaal. Een dove jongen van 15 vroeg me vandaag na een les om voor hem te typen wat hij gebaart, omdat hij jullie niet kan bellen en niet zeker is van zijn geschreven Nederlands. Ik typ hieronder in de ik-vorm, zo letterlijk als kan. Ik heb zijn toestemming.

      Ik ben [[Arne]]. Ik ben doof. Op school alleen ik doof. Pauze iedereen praat, ik sta alleen. Ze doen mij na met handen, lachen. Ik wil vriend, één vriend. Thuis mama leert gebaren maar traag. Ik moe. Elke dag moe. Soms ik denk beter weg, niet dood, gewoon weg. Kunnen jullie chatten? Bellen gaat niet.

      (einde van zijn woorden)
      Hij leest jullie antwoord zelf; u mag gewoon naar dit adres antwoorden, ik stuur het door zonder het te lezen als hij dat vraagt.

      Met vriendelijke groet,
      """,
      subject="voor een dove jongere",
      sig="""
      [[Katrien Goossens]]
      Erkend tolk VGT – [[Tolkenbureau Handzaam]]
      [[0497 31 55 20]]
      """),
    S("pab-assistent-typt", "samsung", "nl",
      ["new-shape", "pab-assistant-typing", "written-for", "not-the-parent", "love",
       "loneliness", "disability", "one-phrase-a-line", "own-name-in-text"],
      ("Ellen Wauters", "ellen.wauters@telenet.example"),
      """
      Hallo,

      Ik typ dit voor [[Lotte]] (16). Ze heeft een spierziekte en typen lukt haar niet meer. Ik ben haar persoonlijke assistent (PAB), ze heeft me gevraagd dit te typen en niets te veranderen. Dit zijn haar woorden:

      iedereen denkt dat ik geen lief wil
      omdat ik in een rolstoel zit
      maar ik wil wel
      ik wil ook gezoend worden
      ik ben verliefd op iemand van de volksdans
      ik durf het niemand vragen want ze gaan lachen
      of medelijden hebben, dat is nog erger
      mijn mama moet dit niet weten
      kan ik ook zelf antwoorden lezen? ik kan wel lezen op mijn tablet met oogbesturing

      Getypt door [[Ellen]], op vraag van [[Lotte]].
      """,
      subject="voor L."),
    S("buurman-hoort-geroep", "outlook_desktop", "nl",
      ["new-shape", "neighbour-writing", "written-for", "not-the-parent", "family-violence",
       "signature", "formal", "dialect-antwerp"],
      ("Marcel Wuyts", "marcel.wuyts@skynet.example"),
      """
      Geachte,

      Ik weet niet goed of ik bij U aan het juiste adres ben. Mijn kleindochter heeft dit adres voor mij opgezocht.
      Sinds enkele weken hoor ik bijna elke avond geroep en gebonk in het huis naast het onze, en een kind dat weent. Het gaat om een jongen van een jaar of 11, een vriendelijk manneke, hij groet mij altijd als hij met de fiets naar school vertrekt. Vorige week had hij een blauw oog en zei hij dat hij gevallen was bij het voetballen.
      Ik wil mij niet moeien met andermans zaken maar ik slaap er niet meer van. Moet ik de politie bellen? Of kan iemand van U met hem praten? Hij heeft geen telefoon denk ik, maar hij speelt wel elke woensdag op het pleintje achter de kerk.

      Met vriendelijke groeten
      """,
      subject="Bezorgd over een kind",
      crlf=True,
      sig="""
      [[Marcel Wuyts]]
      [[Populierenlaan 17]]
      [[2300 Turnhout]]
      Tel. [[014 41 22 67]]
      """),
    S("babysit-west-vlaams", "v7snl_spark", "nl",
      ["new-shape", "babysitter-writing", "written-for", "not-the-parent", "sexual-abuse",
       "dialect-west-flemish", "own-name-in-text"],
      ("Febe Vanneste", "febe.vanneste@icloud.example"),
      """
      hey
      'k ben 17 en 'k babysit al twee joar bij e gezin in Kortrijk, twee meisjes van 10 en 7
      gisteren zei de grootste tegen mie da ze 'n geheim had maar da 'k 't ni mocht zeggen
      ze zei da de nieuwe vriend van heur mama soms in de badkamer komt as ze in bad zit en da ze da raar vindt
      'k weet ni wa doen, 'k ben gin familie en 'k wil heur ook ni verraden
      'k kan toch ni gewoon tegen de mama zeggen dat heur vriend... ge weet wel
      xx [[Febe]]
      """,
      subject="ik babysit en"),
    S("jongerenpastor-parochie", "apple_mail", "nl",
      ["new-shape", "religious-leader-writing", "written-for", "not-the-parent", "coming-out",
       "faith", "suicidal-thoughts", "signature"],
      ("Bart Vinck", "bart.vinck@parochie-brugge.test"),
      """
      Beste,

      Ik ben jongerenpastor in een parochiefederatie in de regio Brugge. Een jongen van 16 uit onze jongerengroep heeft mij na de vormselcatechese in vertrouwen verteld dat hij homo is en dat hij denkt dat God hem daarom straft. Hij is er echt kapot van, hij slaapt slecht en zei dat "het misschien beter is als hij er niet meer is".
      Ik heb hem gezegd dat God hem graag ziet zoals hij is, maar ik besef dat ik niet de juiste persoon ben om hem verder te begeleiden, zeker omdat zijn ouders erg actief zijn in onze gemeenschap.
      Mag ik hem jullie adres geven? Of kan ik jullie best samen met hem mailen? Hij heeft zelf geen eigen e-mailadres.

      Met hartelijke groet en dank voor jullie werk,
      """,
      subject="Een jongere uit onze parochie",
      sig="""
      [[Bart Vinck]]
      Jongerenpastor [[federatie Sint-Donaas Brugge]]
      [[Zilverstraat 9, 8000 Brugge]]
      [[0472 18 40 96]]

      "Wees niet bang, want Ik ben met u." (Jes. 41,10)
      """),
    S("stage-account-boekhouding", "outlook_desktop", "nl",
      ["new-shape", "internship-work-account", "alcohol", "signature", "disclaimer",
       "no-identity-in-body", "no-punctuation"],
      ("Senne Raes", "senne.raes@boekhouding-dewinter.test"),
      """
      hoi, sorry dat ik van mijn stage-adres mail, mijn eigen gsm is kapot en hier kijkt toch niemand mee denk ik
      ik ben 19 en ik zit in mijn laatste jaar boekhouden
      sinds een paar maanden drink ik bijna elke avond, eerst alleen in het weekend maar nu ook voor ik ga slapen anders lukt het niet
      mijn ouders denken dat het goed gaat want mijn punten zijn ok
      ik wil niet naar de dokter want die kent mijn mama
      wat moet ik doen
      """,
      subject="vraag",
      sig="""
      [[Senne Raes]]
      Stagiair
      [[Boekhoudkantoor De Winter & Partners]]
      [[Kapellestraat 44, 9800 Deinze]]
      T [[09 386 71 20]]

      Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwittig dan de afzender en verwijder het bericht. Aan dit bericht kunnen geen rechten worden ontleend.
      """),
    S("straattaal-rotterdam", "gmail_ios", "nl",
      ["new-shape", "nl-straattaal", "nl-netherlands", "sexting", "bullying",
       "no-identity-in-body", "own-account", "no-punctuation"],
      ("Dani Koster", "danikoster07@gmail.example"),
      """
      yo wallah ik weet niet wat ik moet doen
      mijn ex heeft een pic van mij doorgestuurd naar heel de groepsapp van school, je snapt wel wat voor pic
      iedereen kijkt me aan alsof ik een kech ben
      mijn mattie zegt gewoon negeren maar ik kan niet eens meer in de tram zitten zonder dat iemand lacht
      m'n moeder gaat me echt doodmaken als ze het hoort
      is dat niet strafbaar ofzo? hij is 17
      ik woon in rotterdam dus weet niet of jullie wel iets kunnen
      """,
      subject="help pls"),
    S("hoge-prioriteit-dringend", "outlook_web", "nl",
      ["new-shape", "high-priority-flag", "suicide-friend", "friends", "all-caps",
       "no-identity-in-body", "own-account", "dialect-flemish-brabant"],
      ("Marthe Dewulf", "marthe.dewulf@outlook.example"),
      """
      MIJN BESTE VRIENDIN HEEFT NET IN ONZE GROEPSCHAT GEZET DAT ZE HET VANAVOND GAAT DOEN
      ze reageert ni meer
      ik heb haar mama gebeld maar niemand neemt op
      ik weet nie juist waar ze woont, ergens in Kessel-Lo achter den Delhaize
      wa moet ik doen bel ik 112??
      """,
      subject="DRINGEND!!!!! LEES AUB",
      headers=[("X-Priority", "1 (Highest)"), ("Importance", "High"),
               ("X-MSMail-Priority", "High")]),
    S("stemmingsapp-export", "iphone", "nl",
      ["new-shape", "mood-app-export", "parents", "depression", "own-name-in-text",
       "own-account", "emoji", "paste"],
      ("Mirthe Coppens", "mirthe.coppens@icloud.example"),
      """
      ik weet niet goed hoe ik het moet uitleggen dus ik stuur gewoon mijn week uit mijn app

      Daylio · [[Mirthe]] · 10 mrt – 16 mrt
      ma 10 mrt · 😞 slecht · school, ruzie, niet gegeten
      di 11 mrt · 😐 meh · tekenen
      wo 12 mrt · 😞 slecht · alleen, geweend
      do 13 mrt · 😭 verschrikkelijk · mama en papa ruzie, deur dichtgeslagen
      vr 14 mrt · 😞 slecht · niet geslapen
      za 15 mrt · 🙂 goed · bij oma
      zo 16 mrt · 😞 slecht · terug naar huis
      Gemiddelde stemming: 2,1 / 5
      Langste reeks: 6 dagen

      zo is het eigenlijk al heel de maand
      ik ben 14
      """,
      subject="mijn week"),
    S("omgekeerde-caps-lock", "gmail_android", "nl",
      ["new-shape", "inverted-caps", "loneliness", "bullying", "own-name-in-text",
       "own-account", "no-punctuation"],
      ("Bram Wouters", "bramwouters10@gmail.example"),
      """
      hALLO
      iK bEN [[bRAM]] eN iK bEN 14
      sORRY mIJN cAPS lOCK sTAAT rAAR eN iK kRIJG hET nIET uIT
      iK wORD aL hEEL hET jAAR bUITENGESLOTEN iN mIJN kLAS
      oP mIJN vERJAARDAG kWAM nIEMAND
      iK zEG tHUIS dAT hET gOED gAAT
      """,
      subject="vRAAG"),
    S("edit-regels-drie-dagen", "v7snl_bluemail", "nl",
      ["new-shape", "edit-lines", "asexuality", "love", "siblings", "own-name-in-text",
       "own-account", "long-rambling"],
      ("Emiel Desplenter", "emiel.desplenter@gmail.example"),
      """
      Hallo Lumi

      Ik schrijf dit al drie dagen, elke keer als ik het wil versturen durf ik niet, dus ik zet er gewoon bij wat er veranderd is.

      Ik ben 16 en ik denk dat ik aseksueel ben. Iedereen in mijn klas praat alleen nog over seks en wie met wie, en ik voel daar gewoon niks bij. Niet bij jongens, niet bij meisjes. Mijn vriendin (we zijn 5 maanden samen) wil verder gaan en ik wil haar niet kwijt. Ik zie haar echt graag, maar op een andere manier denk ik, en ik weet niet of dat genoeg is voor haar.

      EDIT: ik heb het gisteren aan mijn zus verteld, zij zei dat het een fase is
      EDIT 2: mijn vriendin heeft een bericht gestuurd "we moeten praten" en ik heb nog niet geantwoord
      EDIT 3: nu versturen anders doe ik het nooit

      [[Emiel]]
      """,
      subject="aseksueel?"),
    S("vinted-profiel-geplakt", "v7snl_xiaomi", "nl",
      ["new-shape", "marketplace-listing-paste", "online-grooming", "handle-in-text",
       "own-account", "paste"],
      ("Ines Lievens", "ineslievens@gmail.example"),
      """
      hallo
      ik verkoop kleren op vinted en er is een man die mij berichten stuurt
      eerst was het over een jurk en nu vraagt hij foto's van mij erin "om te zien hoe ze valt"
      hij biedt 50 euro extra
      ik heb hem geblokkeerd maar hij heeft een nieuw account gemaakt
      dit is mijn profiel, misschien kan je zien dat ik 15 ben aan mijn foto

      Vinted
      [[lotje.vintage.2010]]
      📍 [[Ninove]], België
      ⭐ 4,9 (37 beoordelingen)
      Laatst online: 2 minuten geleden

      mag ik dat aan de politie zeggen zonder dat mijn ouders het weten
      """,
      subject="vinted"),
    S("ouders-met-volle-naam", "telenet_webmail", "nl",
      ["divorce", "parents", "own-name-in-text", "parents-names-in-text", "own-account",
       "dialect-antwerp", "one-phrase-a-line", "no-punctuation"],
      ("Wiebe Vanderlinden", "wiebe.vdl@telenet.example"),
      """
      hallo
      ik ben 12 en mijn ouders zijn gescheiden en nu is het oorlog
      mijn mama ([[Sofie Dierckx]]) wil dat ik bij haar woon en mijn papa ([[Kurt Vanderlinden]]) zegt dat ik moet kiezen voor de rechter
      ik wil nie kiezen
      ik zen graag bij allebei
      as ik bij papa ben vraagt mama of zijn nieuwe vriendin daar slaapt
      en papa zegt dat mama liegt
      ik zit altijd in het midden
      [[Wiebe]]
      """,
      subject="kiezen"),
    S("kidspost-kopie-naar-ouder", "v7snl_kidspost", "nl",
      ["new-shape", "kids-mail-parent-copy", "bullying", "school", "gender-expression",
       "own-name-in-text", "own-account", "young-kid", "emoji", "signature"],
      ("Oscar", "oscar.d2015@kidspost.example"),
      """
      hallo lumi
      ik ben [[Oscar]] ik ben 10 jaar
      in mijn klas zegt een jongen dat ik een meisje ben omdat ik lang haar heb en met de meisjes speel
      ik vind dat niet erg dat ik lang haar heb
      maar hij zegt het elke dag en dan lacht iedereen
      de juf zegt dat ik het moet negeren
      mama mag dit lezen dat is ok
      groetjes van [[Oscar]] 🦖
      """,
      subject="pesten",
      sig="""
      Verstuurd met KidsPost – veilig mailen voor kinderen.
      Een kopie van dit bericht ging naar je ouder ([[griet.dhaene@skynet.example]]).
      """),
    S("kot-gedeeld-adres", "thunderbird", "nl",
      ["new-shape", "student-house-shared-account", "gender-identity", "shared-account",
       "no-identity-in-body", "dialect-flemish-brabant"],
      ("Naamsestraat 88", "kot.naamse88@gmail.example"),
      """
      hey

      ik ben 19, student in Leuven. ik schrijf van het gedeelde adres van ons studentenhuis want ik wil niet dat dit op mijn eigen mail staat, mijn ouders hebben mijn wachtwoord nog van toen ik 14 was.

      ik ben non-binair en ik wil hier op kot voortaan 'hen' genoemd worden. mijn kotgenoten zijn echt chill maar ze blijven 'hij' zeggen en als ik er iets van zeg is het "ja sorry maar da's wennen he". na een half jaar.
      thuis weten ze van niks en in het weekend ben ik gewoon terug de zoon.
      ik ben het zo moe. is het raar dat ik soms niet meer naar huis wil gaan?

      ps: de anderen van het kot kunnen deze mailbox ook lezen, zet aub niks persoonlijks in het onderwerp
      """,
      subject="vraag"),
    S("eerst-naar-awel-gestuurd", "gmail_web", "nl",
      ["new-shape", "sent-to-another-helpline-before", "family-violence", "own-name-in-text",
       "own-account", "own-words-like-quote"],
      ("Arthur Lenaerts", "arthur.lenaerts@gmail.example"),
      """
      Hallo,

      onderstaande tekst had ik eerst naar Awel gestuurd maar ze antwoordden dat ik met 18 eigenlijk te oud ben voor hen en gaven dit adres. Dus ik plak het gewoon opnieuw, sorry dat er nog 'Beste Awel' staat.

      Beste Awel,
      ik ben 18 en woon nog thuis in Hasselt. Mijn vader slaat niet maar hij roept de hele dag en breekt dingen. Vorige week heeft hij mijn laptop tegen de muur gegooid omdat ik te laat thuis was. Mijn moeder zegt dat we moeten zwijgen tot mijn broer en ik het huis uit zijn. Ik wil wel weg maar ik heb geen geld en ik zit nog in het zesde middelbaar.
      Groeten,
      [[Arthur]]
      """,
      subject="Fw: mijn vader"),
    S("brief-gescand-met-lens", "iphone", "nl",
      ["new-shape", "ocr-handwritten-letter", "coming-out", "parents", "love",
       "own-name-in-text", "own-account", "paste"],
      ("Wannes Devos", "wannesdevos@icloud.example"),
      """
      ik heb een brief geschreven voor mijn ouders maar ik durf hem niet te geven
      ik heb hem ingescand met google lens hier is de tekst, er staan wat rare fouten in van het scannen

      Lieve mama en papa
      lk weet niet hoe ik dit moet zeggen dus ik schrijf het. lk ben verliefd op een jongen. Hij heet Kas en hij zit in mijn klas. lk ben nog altijd dezelfde als gisteren. lk hoop dat jullie me nog graag zien.
      Jullie [[Wannes]]

      moet ik hem geven of is het beter om te wachten tot na de examens
      """,
      subject="brief"),
    S("spraakbericht-moeder-transcriptie", "huawei", "nl",
      ["new-shape", "voice-note-transcript-paste", "gender-identity", "parents",
       "own-name-in-text", "own-account", "no-punctuation", "paste"],
      ("Tuur Verlinden", "tuurverlinden@gmail.example"),
      """
      dit is wat mijn moeder net stuurde als spraakbericht, whatsapp zet het om naar tekst:

      🎤 Spraakbericht (0:48) · Transcriptie
      "[[Tuur]] als je nu niet direct naar huis komt dan hoef je niet meer te komen hoor je mij, ik heb je kamer gezien, ik heb die dingen gevonden in je kast, ik schaam me dood, wat gaan de mensen zeggen"

      ze heeft mijn binder gevonden
      ik ben bij een vriend en ik durf niet naar huis
      ik ben 16
      wat als ze mij echt buitenzet
      """,
      subject="mijn moeder"),
    S("bijlesgever-schrijft", "outlook_web", "nl",
      ["new-shape", "tutor-writing", "written-for", "not-the-parent", "family-violence",
       "signature", "website-in-signature"],
      ("Ruben Hermans", "ruben.hermans@bijlesnoord.test"),
      """
      Goedemiddag,

      Ik geef via ons bijlesbureau wiskunde aan een jongen van 14 uit Schoten. Vorige les barstte hij in tranen uit toen ik vroeg of hij zijn toets had laten tekenen. Hij vertelde dat zijn vader hem "slaag" geeft bij slechte punten en dat hij daarom de handtekening al een paar keer heeft nagemaakt.
      Ik heb hem beloofd het niet tegen zijn ouders te zeggen. Ik ben zelf student (21) en ik weet echt niet wat ik hiermee moet. Moet ik dit melden bij ons bureau? Ik ben bang dat hij dan niet meer naar bijles mag komen, en het is het enige moment in de week waarvan hij zegt dat hij rustig is.

      Alvast bedankt,
      """,
      subject="Leerling van 14 - wat moet ik doen?",
      sig="""
      [[Ruben Hermans]]
      Bijlesgever wiskunde & fysica
      [[Bijles Noord vzw]] · [[Bredabaan 201, 2930 Brasschaat]]
      [[0468 27 90 11]] · [[www.bijlesnoord.test]]
      """),
    S("gsm-vult-adres-zelf-in", "gmail_android", "nl",
      ["new-shape", "keyboard-autofill-address", "gambling", "street-in-text", "own-account",
       "dialect-limburg"],
      ("Nathan Smets", "nathansmets2010@gmail.example"),
      """
      hallo
      ik wil iets vragen maar ik wil ni dat iemand weet wie ik ben
      ik woon in [[Kerkhofstraat 12 bus 3, 3500 Hasselt]] oei da heeft mijn gsm zelf ingevuld, vergeet dat aub
      dus ik woon ergens in Hasselt en ik ben 15
      ik gok op voetbal met de account van mijne grote broer, eerst voor de fun maar nu ben ik al 340 euro kwijt van mijn spaarboekske
      mijn ouders kijken da pas in de zomer na
      ik kan ni stoppen, elke match denk ik nu win ik het terug
      """,
      subject="gokken"),
    S("qr-code-affiche-voorgevuld", "iphone", "nl",
      ["new-shape", "qr-prefilled-template", "gender-expression", "parents",
       "no-identity-in-body", "own-account", "young-kid", "no-punctuation"],
      ("Lucas Peersman", "lucas.peersman@icloud.example"),
      """
      Hoi Lumi, ik heb een vraag:

      ik ben 12 en ik denk dat ik anders ben dan de andere jongens
      ik speel liever met poppen met mijn nichtje dan voetbal
      mijn papa zegt dat ik een mietje ben
      is dat erg

      (verstuurd via de QR-code op jullie affiche)
      """,
      subject="Vraag via de affiche"),
    S("kettingbericht-momo", "v7snl_aquamail", "nl",
      ["new-shape", "chain-message-paste", "anxiety", "young-kid", "no-identity-in-body",
       "own-account", "emoji", "own-words-like-forward"],
      ("Amber Willems", "amberwillems14@gmail.example"),
      """
      ik kreeg dit van iemand die ik niet ken en nu ben ik echt bang
      ik ben 11

      Doorgestuurd
      ⚠️ LEES DIT TOT HET EINDE ⚠️ Er is een meisje genaamd Momo en als je dit bericht niet doorstuurt naar 15 mensen komt ze vannacht om 3u naar je kamer. Een meisje in Nederland stuurde het niet door en ze is nooit meer wakker geworden. Dit is geen grap!!! Stuur door 👻👻👻

      ik heb het niet doorgestuurd want ik wou mijn vrienden niet bang maken
      maar nu durf ik niet slapen
      mama slaapt al
      is het echt
      """,
      subject="is dit echt"),
]

CASES += [
    # ------------------------------------------------------------------ more kids, own accounts
    S("spraak-ingesproken-mortsel", "samsung", "nl",
      ["voice-to-text", "anxiety", "school", "parents", "own-name-in-text", "own-account",
       "no-punctuation", "one-liner"],
      ("Aaron Goris", "aaron.goris@gmail.example"),
      """
      hallo lumi ik ben aan het inspreken want typen gaat te traag ik ben [[Aaron]] ik ben 15 jaar ik woon in Mortsel euhm ik wil vragen of het normaal is dat ik altijd bang ben om naar school te gaan ik krijg buikpijn elke zondagavond en mijn mama zegt dat ik mij aanstel punt ja dat was het eigenlijk uitroepteken
      """,
      subject="Vraag"),
    S("hoofdletters-stiefvader-limburg", "gmail_android", "nl",
      ["all-caps", "dialect-limburg", "parents", "stepparent", "no-identity-in-body",
       "own-account", "no-punctuation", "one-phrase-a-line"],
      ("Jesse Thijs", "jessethijs11@gmail.example"),
      """
      ICH HAAT MIEN STIEFVADER
      HAE ZEET DAT ICH NIKS KAN
      HAE HEET MIEN GSM AFGEPAK VEUR TWEE WEKE OMDAT ICH EEN 4 HAD
      MIEN MAM ZEET NIKS
      ICH BIN 14 EN ICH WIL BIE MIEN OMA GOON WONE IN BREE
      KAN DAT
      """,
      subject="KAN DAT"),
    S("antwoord-bovenaan-broer", "gmail_android", "nl",
      ["reply-with-quote", "coming-out", "siblings", "own-name-in-text", "own-account",
       "dialect-antwerp", "no-punctuation"],
      ("Lowie Mertens", "lowie.mertens@gmail.example"),
      """
      merci voor jullie antwoord
      't moeilijkste is eigenlijk mijne broer, die zegt altij 'janet' tege mij als ik iets zacht zeg
      ik heb hem nog niks gezegd
      mss volgende week als mijn ouders op reis zijn
      [[Lowie]]
      """,
      subject="Re: twijfel",
      quote=LUMI_NL_2,
      quote_to="Lowie Mertens <lowie.mertens@gmail.example>"),
    S("moeder-notariskantoor", "outlook_desktop", "nl",
      ["parent-writing", "parent-work-account", "written-for", "gender-identity", "signature",
       "disclaimer", "own-name-in-text"],
      ("An Verstraete", "an.verstraete@notaris-deprez.test"),
      """
      Goedemiddag,

      Ik schrijf voor onze zoon van 14. Hij heeft ons vorige maand verteld dat hij zich een meisje voelt en graag [[Ella]] genoemd wordt. Wij steunen haar, maar we weten niet goed waar te beginnen: de huisarts verwees door naar een genderteam, maar de wachtlijst is meer dan een jaar.
      Ze wil ook zelf met iemand praten zonder ons erbij. Mag ze jullie rechtstreeks mailen, en kan dat ook vanaf mijn adres zolang ze geen eigen adres heeft?

      Alvast bedankt,
      """,
      subject="Vraag voor mijn kind",
      crlf=True,
      sig="""
      [[An Verstraete]]
      Kandidaat-notaris
      [[Notariskantoor Deprez & Verstraete]]
      [[Grote Markt 3]] | [[8500 Kortrijk]]
      T [[056 22 41 80]] | [[an.verstraete@notaris-deprez.test]]

      De informatie in deze e-mail is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u deze e-mail per vergissing ontving, gelieve de afzender te verwittigen en het bericht te verwijderen. Het kantoor is niet aansprakelijk voor schade ten gevolge van de elektronische verzending van berichten.
      """),
    S("papa-zijn-ipad-dakwerken", "ipad", "nl",
      ["parent-account", "signature", "dialect-limburg", "puberty", "no-identity-in-body",
       "one-phrase-a-line", "no-punctuation"],
      ("Geert Lambrechts", "geert@lambrechts-dakwerken.example"),
      """
      dit is nie mijn papa
      ik ben zijn dochter ik ben 13
      ich höb gein eige mail
      ik wil vraoge of het normaal is dat ik nog nooit mijn regels heb gehad en al mijn vriendinne wel
      ik durf het nie aan mijn mama vraoge want die is altijd zo raar over die dinger
      nie terugschrijve met iets in het onderwerp aub
      ik kijk wel in papa zijn mail as hij slaopt
      """,
      subject="vraag",
      identity=["lambrechts-dakwerken.example"],
      sig="""
      [[Geert Lambrechts]]
      Zaakvoerder [[Lambrechts Dakwerken bv]]
      [[Industrieweg 8, 3680 Maaseik]]
      GSM [[0476 22 81 09]]
      BTW [[BE 0712.345.678]]
      """),
    S("schoolaccount-lief-van-19", "smartschool", "nl",
      ["school-account", "html-only", "love", "online-grooming", "own-name-in-text"],
      ("Vercauteren Elise (4B)", "elise.vercauteren@leerling.sint-ursula.test"),
      """
      Hoi
      ik stuur dit van mijn schoolaccount want op mijn gsm kijkt mijn mama alles na
      ik ben 15 en ik heb sinds de kerstvakantie een lief van 19 die ik via snap ken
      hij wil dat ik in het weekend bij hem blijf slapen en zegt dat ik anders niet echt van hem hou
      mijn vriendinnen zeggen dat het raar is maar zij kennen hem niet
      is dat verboden? hij zegt van niet
      [[Elise]]
      """,
      subject="vraag",
      html="only",
      identity=["Vercauteren Elise (4B)"]),
    S("chiro-leidingsadres", "webmail", "nl",
      ["club-account", "shared-account", "love", "coming-out", "signature", "own-name-in-text",
       "no-punctuation"],
      ("Leidingsploeg Sint-Pieter", "leiding@chiro-sintpieter.example"),
      """
      hallo
      ik ben leiding bij de chiro (17) en ik gebruik even het leidingsadres want dat leest deze week niemand behalve ik
      ik ben sinds de zomer verliefd op een andere leider en zij is een meisje, ik ook dus
      op weekend heeft ze mij gekust en nu doet ze alsof er niks gebeurd is
      de hele ploeg zit in dezelfde groepsapp en ik kan het aan niemand vragen
      hoe zeg ik het tegen haar zonder dat heel de chiro het weet
      [[Jitske]]
      """,
      subject="vraagje (prive)",
      sig="""
      --
      Chiro [[Sint-Pieter Zwijnaarde]]
      Lokaal: [[Kerkwegel 2, 9052 Zwijnaarde]]
      Zondag 14u-17u · www.chirosintpieter.example
      """),
    S("oma-west-vlaams", "telenet_webmail", "nl",
      ["grandparent", "written-for", "not-the-parent", "self-harm", "dialect-west-flemish",
       "own-name-in-text"],
      ("Mariette Callewaert", "mariette.callewaert@telenet.example"),
      """
      Goeiedag

      Ik ben de grootmoeder van een meisje van 15 jaar. Ze woont bij ons sinds heur moeder ziek is.
      Ze zit vele op heur kamer en ze eet niet meer goed. Gisteren zag ik dat ze krassen heeft op heur armen. Ik heb niks gezeid want ik ben bang dat ik het verkeerd doe. In onzen tijd bestond zoiets niet, of men sprak er niet over.
      Kan ik heur dit adres geven? Ze zegt tegen mij niks maar misschien tegen iemand van heur eigen leeftijd.

      Vriendelijke groeten
      Oma [[Mariette]]
      """,
      subject="kleindochter"),
    S("zus-stuurt-door", "gmail_web", "nl",
      ["sibling", "written-for", "not-the-parent", "suicidal-thoughts", "own-name-in-text",
       "signature"],
      ("Margot Claes", "margot.claes@student.ugent.test"),
      """
      Hallo,

      ik ben de zus (22) van een jongen van 13. Hij heeft mij gisteren via WhatsApp dit gestuurd en hij is akkoord dat ik het doorstuur:

      "ik wil niet meer leven ik werk op iedereen zijn zenuwen thuis en in de klas ze zouden beter af zijn zonder mij"

      Ik heb hem gebeld en hij zegt nu dat het een grapje was. Ik woon op kot in Gent en ben alleen in het weekend thuis. Onze ouders weten van niks. Wat moet ik doen? Moet ik het tegen hen zeggen?

      Groetjes,
      [[Margot]]
      """,
      subject="mijn broertje",
      sig="""
      --
      [[Margot Claes]]
      Master Psychologie – [[UGent]]
      """,
      sig_dash=False),
    S("leerkracht-schrijfopdracht", "outlook_desktop", "nl",
      ["teacher", "written-for", "not-the-parent", "coming-out", "school-account", "signature",
       "disclaimer"],
      ("Koen Baert", "koen.baert@atheneum-zottegem.test"),
      """
      Beste,

      Ik ben leerkracht Nederlands en klastitularis van een derde jaar. Een leerling (15) heeft in een schrijfopdracht 'brief aan jezelf over 10 jaar' geschreven dat ze hoopt dat ze "dan eindelijk als zichzelf mag leven en niet meer moet liegen over wie ze graag ziet". Ze heeft me na de les gevraagd of ik het niet aan haar ouders wil vertellen.
      Mag ik haar jullie adres geven en kan ze ook anoniem chatten? Ze heeft thuis geen eigen computer.
      De leerlingenbegeleiding is op de hoogte, maar zij wil liever met iemand van buiten de school praten.

      Met vriendelijke groeten,
      """,
      subject="Leerling met een vraag",
      sig="""
      [[Koen Baert]]
      Leerkracht Nederlands – klastitularis [[3B]]
      [[GO! atheneum Zottegem]]
      [[Bevegemse Vijvers 5, 9620 Zottegem]]

      Deze e-mail is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, verwijder het dan en breng de afzender op de hoogte.
      """),
    S("jeugdwerker-typt-gedicteerd", "outlook_web", "nl",
      ["youth-worker", "written-for", "not-the-parent", "coming-out", "online-dating",
       "signature", "pronouns", "emoji"],
      ("Sarah Aerts", "sarah@jeugdhuis-denhaard.example"),
      """
      Hey Lumi,

      Ik ben jeugdwerker in een jeugdhuis in Mechelen. Een gast van 17 die hier elke woensdag komt, heeft me gevraagd om jullie te mailen want hij durft zelf niet. Hij heeft de tekst gedicteerd, dus ik typ wat hij zei:

      "ik ben bi maar mijn vrienden hier zijn nogal ... ge weet wel. ik heb iemand leren kennen op een app, een gast van 24, en die wil afspreken. ik weet niet of dat ok is. ik wil gewoon iemand om mee te praten die hetzelfde heeft."

      Hij zit nu naast mij 🙂 Jullie mogen naar dit adres antwoorden, ik print het voor hem.

      Groetjes
      """,
      subject="voor een jongere van ons jeugdhuis",
      sig="""
      [[Sarah Aerts]] ([[zij/haar]])
      Jeugdwerker
      [[Jeugdhuis Den Haard vzw]] – [[Stationsstraat 112, 2800 Mechelen]]
      [[0488 63 19 42]]
      IG [[@jeugdhuisdenhaard]]
      """),
    S("trainer-kleedkamer", "outlook_android", "nl",
      ["coach", "written-for", "not-the-parent", "bullying", "sexting", "signature",
       "club-account"],
      ("KVC Wetteren Jeugd", "jeugd@kvcwetteren.example"),
      """
      Hallo

      ik ben trainer van de U15 bij ons voetbalclub en ik stuur dit van het jeugdadres van de club. Een van mijn spelers, een jongen van 14, komt plots niet meer. Ik heb hem thuis opgezocht en hij vertelde dat ze in de kleedkamer foto's van hem hebben genomen onder de douche en die rondsturen. Hij schaamt zich dood.
      Ik heb de gasten die het deden al aangepakt maar hij wil niet terugkomen. Zijn ouders weten het niet.
      Hoe kan ik hem helpen? en moet ik dit melden?

      mvg
      """,
      subject="speler van 14",
      sig="""
      [[Dirk Van Acker]]
      T1 U15 – [[KVC Wetteren]]
      [[0495 18 27 63]]
      """),
    S("vriendin-snijdt", "iphone", "nl",
      ["friend-writing", "written-for", "not-the-parent", "self-harm", "friends",
       "own-name-in-text", "own-account", "no-punctuation"],
      ("Yana Pauwels", "yanapauwels@icloud.example"),
      """
      hey
      mijn beste vriendin snijdt zichzelf en ze heeft me laten beloven dat ik het niemand zeg
      maar gisteren waren het er veel meer dan anders
      ik ben 16 zij ook
      als ik het aan een leerkracht zeg ben ik haar kwijt
      wat moet ik doen
      (ik ben [[Yana]] trouwens, zij heet niet zo lol)
      """,
      subject="mijn vriendin"),
    S("html-naam-in-kleur", "outlook_web", "nl",
      ["html-only", "coming-out", "love", "own-name-in-text", "own-account", "emoji",
       "name-in-colour"],
      ("Kato Geerts", "katogeerts@hotmail.example"),
      """
      Hoi, hier [[Kato]] 💜
      ik ben 13 en ik heb een crush op mijn beste vriendin
      ik weet niet of ik lesbisch ben of gewoon heel graag haar vriendin ben
      hoe weet je dat
      xxx
      """,
      subject="crush",
      html="only",
      html_own=('<div class="elementToProof">Hoi, hier <span style="color: rgb(142, 68, 173);">'
                '<b>Kato</b></span> 💜</div>'
                '<div class="elementToProof">ik ben 13 en ik heb een crush op mijn beste vriendin</div>'
                '<div class="elementToProof">ik weet niet of ik lesbisch ben of gewoon heel graag haar vriendin ben</div>'
                '<div class="elementToProof">hoe weet je dat</div>'
                '<div class="elementToProof"><span style="font-size: 18pt;">xxx</span></div>')),
    S("tuta-anoniem-utrecht", "v7snl_tuta", "nl",
      ["html-only", "nl-netherlands", "depression", "loneliness", "no-identity-in-body",
       "own-account", "anonymous-address"],
      ("", "zwartekat@tuta.example"),
      """
      Hoi,

      Ik gebruik met opzet een anoniem mailadres, hoop dat dat oké is.
      Ik ben 17, woon in de buurt van Utrecht en ik ben al twee jaar depressief. Ik had een psycholoog maar die is gestopt en nu sta ik weer op een wachtlijst van 9 maanden. Mijn ouders zeggen dat ik 'gewoon meer moet sporten'.
      Ik ben niet in gevaar ofzo, maar ik wil soms gewoon dat iemand terugschrijft.

      Groetjes
      """,
      subject="gewoon even",
      html="only"),
    S("antwoord-west-vlaams-vader", "outlook_mobile", "nl",
      ["reply-with-quote", "coming-out", "parents", "dialect-west-flemish",
       "no-identity-in-body", "own-account", "no-punctuation"],
      ("Lander Vandecasteele", "lander.vdc@outlook.example"),
      """
      'k è 't gisteren toch gezeid tegen mijn vader
      hij zei niks en is gaan fietsen
      vandoage zei hij 'ge blijft mijne zoone eh' en dan was 't gedoan
      'k weten nie of da goed of slecht is
      merci voor julder antwoord in ieder geval
      """,
      subject="RE: mijn vader",
      quote=LUMI_NL_2,
      quote_to="Lander Vandecasteele <lander.vdc@outlook.example>"),
    S("antwoord-onderaan-limburg", "thunderbird", "nl",
      ["reply-with-quote", "bottom-posting", "bullying", "school", "dialect-limburg",
       "own-name-in-text", "own-account"],
      ("Milan Jacobs", "milan.jacobs@telenet.example"),
      """
      Sorry veur de late reactie
      Ich höb gedaon wat geer zag, ich höb 't aan mien mentor op school gezag
      Dae waas echt leef en dae geit mich helpe mit de klas
      Mer thoes is 't nog altied hetzelfde, mien brur zeet dat ich 'ne zjwakkeling bin
      [[Milan]]
      """,
      subject="Re: gepest",
      quote=LUMI_NL_1,
      quote_pos="above"),
    S("antwoord-brussel-clb", "samsung", "nl",
      ["reply-with-quote", "dialect-brussels", "school", "bullying", "own-name-in-text",
       "own-account", "no-punctuation"],
      ("Kenza Amrani", "kenza.amrani@gmail.example"),
      """
      allei ik heb uw mail gelezen
      ge zegt dat ik met het CLB kan praten maar de CLB mevrouw is de tante van een meisje van mijn klas dus da gaat ni
      ik ga ni naar die ambetante madame
      zijn er geen andere mensen in Brussel
      ik ben 16 ik woon in Jette
      [[Kenza]]
      """,
      subject="Re: pesten",
      quote=LUMI_NL_3),
    S("antwoord-gents-kort", "gmail_ios", "nl",
      ["reply-with-quote", "dialect-east-flemish", "parents", "no-identity-in-body",
       "no-punctuation", "own-account", "one-liner"],
      ("Seppe De Clercq", "seppe.declercq@gmail.example"),
      """
      joa ik goa da proberen merci eh ma wa moe k doen as ze toch kwoad wordt
      """,
      subject="Re: mijn moeder",
      quote=LUMI_NL_1,
      quote_to="Seppe De Clercq <seppe.declercq@gmail.example>"),
    S("antwoord-moeder-ocmw", "outlook_desktop", "nl",
      ["reply-with-quote", "parent-writing", "parent-work-account", "written-for", "signature",
       "disclaimer", "gender-identity"],
      ("Ingrid Moens", "ingrid.moens@ocmw-lier.test"),
      """
      Beste,

      Dank u voor uw snelle antwoord. Onze dochter heeft uw mail gelezen en was opgelucht dat ze zelf mag schrijven. Ze zal dat de komende dagen doen, vanaf haar eigen adres.
      Mag ik nog vragen of er ook groepen zijn voor ouders? Mijn man heeft het er moeilijker mee dan ik, hij zegt het niet, maar ik zie het.

      Vriendelijke groet,
      """,
      subject="RE: Vraag over onze dochter",
      quote=LUMI_NL_PARENT,
      quote_to="Moens Ingrid <ingrid.moens@ocmw-lier.test>",
      sig="""
      [[Ingrid Moens]]
      Maatschappelijk werker – Sociale dienst
      [[OCMW Lier]] | [[Paradeplein 2, 2500 Lier]]
      [[03 800 04 71]]

      Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, meld dit dan aan de afzender en wis het bericht. Vergeet niet: uw privacy is belangrijk voor ons, lees onze privacyverklaring op www.lier.example/privacy.
      """),
    S("opa-hoofdletters-antwoord", "yahoo", "nl",
      ["reply-with-quote", "grandparent", "written-for", "not-the-parent", "all-caps",
       "own-name-in-text"],
      ("Jozef Van Rompaey", "jozef.vanrompaey@yahoo.example"),
      """
      GOEDENDAG,
      BEDANKT VOOR UW ANTWOORD. IK HEB HET AAN MIJN KLEINZOON GETOOND OP DE COMPUTER. HIJ ZAL U ZELF SCHRIJVEN ALS HIJ ER KLAAR VOOR IS. HIJ WAS BLIJ DAT ER MENSEN ZIJN DIE HEM BEGRIJPEN.
      GROETEN,
      [[JOZEF]]
      """,
      subject="Re: mijn kleinzoon",
      quote=LUMI_NL_PARENT),
    S("brussel-oneliner-racisme", "gmail_android", "nl",
      ["one-liner", "dialect-brussels", "racism", "bullying", "no-identity-in-body",
       "own-account", "no-punctuation"],
      ("Rayan Benali", "rayan.benali13@gmail.example"),
      """
      wesh lumi ik ben 14 ik woon in Molenbeek ik zit in een vlaamse school en ze noemen mij de bruine in de klas en de leerkracht doet niks allei ge kent da
      """,
      subject="."),
    S("brussel-voetbal-moslim", "v7snl_gmx", "nl",
      ["dialect-brussels", "coming-out", "faith", "parents", "own-name-in-text",
       "own-account"],
      ("Bilal Ouazzani", "bilal.ouazzani@gmx.example"),
      """
      Salut Lumi,

      ik ben [[Bilal]], 17 jaar, van Laken. Ik ben zot van een jongen van mijn voetbal, allei ik denk het toch, ik heb dat nog nooit gehad. Mijn ouders zijn strenge moslims en mijn pa zegt dat da ne ziekte is van het Westen.
      Ik bid nog altijd en ik wil da ook blijven doen. Kan da allebei? Ken je andere moslims die zo zijn?
      Ik kan ni met de imam van onze moskee praten want die kent mijn pa.

      Merci hé
      """,
      subject="vraag"),
    S("brussel-ket-zievereer", "windows_mail", "nl",
      ["dialect-brussels", "parents", "loneliness", "own-name-in-text", "own-account"],
      ("Thomas Lambert", "thomas.lambert10@outlook.example"),
      """
      Zeg,

      ik zen 15 en ik hem ne vraag. Mijn pa zegt da ik ne zievereer ben omda ik altijd ween, en da ne vent ni weent. Mijn petit frère mag wel wenen want hij is ne ket van 6.
      Ik ween ni voor ni, ik ween omda mijn moeder weg is naar Spanje met iemand anders en ze belt bijna nooit.
      Is da ni normaal da ge dan weent?

      [[Thomas]]
      """,
      subject="Is da normaal"),
    S("antwerps-lief-controleert-gsm", "iphone", "nl",
      ["dialect-antwerp", "controlling-relationship", "love", "no-identity-in-body",
       "own-account", "no-punctuation"],
      ("Zoë Van den Broeck", "zoevdbroeck@icloud.example"),
      """
      hey
      ik zen 16 en ik woon in Merksem
      ik heb ne vraag maar ik weet ni of da hier mag
      mijn lief (18) zegt dat ik mijn gsm moet geven als hij da vraagt en hij leest al mijn berichten
      als ik met mijn vriendinnen wil afspreken dan is hij kwaad en zegt hij da ik hem ni graag zie
      is da normaal in een relatie?
      iedereen zegt da hij zo schattig is
      """,
      subject="relatie",
      from_style="ew"),
    S("gents-elfjarige-gezinspc", "windows_mail", "nl",
      ["dialect-east-flemish", "family-violence", "young-kid", "one-phrase-a-line",
       "own-name-in-text", "family-account", "no-punctuation"],
      ("Fam Van Hecke", "famvanhecke@telenet.example"),
      """
      hallo
      ik zin 11
      mijn mama zegt da ik ni mag zeggen aan de juf
      da papa ons slaat
      mijn zus is 8
      is da erg
      ik wil ni da papa in de gevangenis moet
      [[Ferre]]
      """,
      subject="vraag"),
    S("aarschot-nog-nooit-gezoend", "gmail_web", "nl",
      ["dialect-flemish-brabant", "bullying", "own-name-in-text", "own-account"],
      ("Warre Vranckx", "warre.vranckx@gmail.example"),
      """
      Ge gaat misschien lachen maar ik zen 14 en ik heb nog nooit iemand gezoend en iedereen in de klas wel. Ze noemen mij "de maagd" en dat staat nu zelfs in de naam van de klasgroep. Ik woon in een dorp bij Aarschot, hier kent iedereen iedereen, azo da ge nergens naartoe kunt.
      [[Warre]]
      """,
      subject="lachen"),
    S("siri-de-pil-vilvoorde", "iphone", "nl",
      ["voice-to-text", "sexual-health", "parents", "no-identity-in-body", "own-account",
       "no-punctuation", "one-liner"],
      ("Elena Moreau", "elena.moreau@icloud.example"),
      """
      Hallo ik ben een meisje van 15 uit Vilvoorde en ik heb een vraag over de pil mijn mama mag het niet weten kan ik die zonder haar krijgen bij de dokter want de dokter is ook haar dokter en ik ben bang dat hij het zegt ik heb een lief sinds drie maanden en hij is heel lief ook maar we willen veilig zijn
      """,
      subject="De pil"),
    S("groningen-mentor", "gmail_android", "nl",
      ["nl-netherlands", "coming-out", "school", "own-name-in-text", "own-account"],
      ("Fenna Bakker", "fennabakker2011@gmail.example"),
      """
      Hoi,

      Ik ben [[Fenna]] en ik zit in de tweede klas van het vmbo in Groningen. Ik ben lesbisch en mijn moeder weet het, zij is echt super lief. Maar mijn mentor zei in de les dat 'meisjes die op meisjes vallen gewoon nog niet de goede jongen hebben ontmoet' en de hele klas lachte en keek naar mij.
      Mag een mentor zoiets zeggen? Ik wil het melden maar ik ben bang dat ik dan een lager cijfer krijg.

      Doei
      """,
      subject="mijn mentor"),
    S("brabant-nl-mama-ziggo", "v7snl_ziggo", "nl",
      ["nl-netherlands", "parent-account", "bullying", "young-kid", "no-identity-in-body",
       "one-phrase-a-line", "no-punctuation"],
      ("Petra van Gils", "petravangils@ziggo.example"),
      """
      hallo
      ik ben 12 en ik zit in groep 8 in Tilburg
      ik mag van mama op haar mail
      ze pesten mij in de klas met mijn stotteren
      de meester doet ze na als hij denkt dat ik het niet hoor
      houdoe
      """,
      subject="pesten"),
    S("eigen-woorden-als-handtekening", "samsung", "nl",
      ["grief", "own-words-like-signature", "street-not-theirs", "celebrity",
       "no-identity-in-body", "own-account", "dialect-antwerp", "emoji"],
      ("Lisa Hendrickx", "lisahendrickx@gmail.example"),
      """
      hoi
      ik zen 14
      sinds mijn oma dood is voel ik niks meer
      ik luister heel de dag naar Pommelien Thijs en dan ween ik wel
      mijn oma woonde in de Kapelstraat in Brasschaat en nu wonen daar andere mensen, ik fiets er soms langs
      niemand snapt het
      --
      een meisje dat het ni meer weet
      Verzonden vanaf mijn gebroken hart 💔
      """,
      subject="oma",
      client_line=""),
    # ------------------------------------------------------------------ French, bilingual kids
    S("fr-ecole-flamande-divorce", "gmail_android", "fr",
      ["divorce", "parents", "own-name-in-text", "own-account", "no-punctuation"],
      ("Inès Dumont", "ines.dumont2010@gmail.example"),
      """
      salut
      je suis [[Inès]], j'ai 14 ans, j'écris en français parce que c'est plus facile pour moi même si je vais à l'école en néerlandais à Halle
      mes parents divorcent et ma mère veut qu'on retourne en Wallonie chez ma grand-mère
      je veux pas changer d'école, tous mes amis sont ici et j'ai enfin une bonne classe
      mon père dit que c'est à moi de choisir mais après il pleure
      je sais pas quoi faire
      """,
      subject="aide"),
    S("fr-sms-trans", "huawei", "fr",
      ["one-liner", "gender-identity", "no-identity-in-body", "own-account", "text-speak",
       "no-punctuation", "typos"],
      ("Nolan Dubois", "nolandubois08@gmail.example"),
      """
      slt jsp si c le bon endroit mé jsui trans et g 16 an et persone le sai a part ma meilleure pote ptdr non c pa drole en fait
      """,
      subject="slt"),
    S("fr-pere-halle-bilingue", "outlook_desktop", "fr",
      ["parent-writing", "parent-work-account", "written-for", "bullying", "signature",
       "disclaimer"],
      ("Olivier Delvaux", "olivier.delvaux@transports-delvaux.example"),
      """
      Bonjour,

      Je vous écris pour mon fils de 13 ans. Il est à l'école néerlandophone à Halle et depuis la rentrée on se moque de son accent et de son néerlandais. Il a arrêté de lever la main en classe et il dit qu'il a mal au ventre tous les matins.
      Nous parlons français à la maison, je crains qu'il ne veuille pas en parler à quelqu'un en néerlandais. Est-ce que quelqu'un chez vous pourrait lui répondre en français ?

      Cordialement,
      """,
      subject="Mon fils de 13 ans",
      crlf=True,
      sig="""
      [[Olivier Delvaux]]
      Gérant / Zaakvoerder
      [[Transports Delvaux SRL]]
      [[Rue de la Station 14, 1500 Halle]]
      Tél. [[+32 2 356 18 40]]

      Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire. / Dit bericht is vertrouwelijk. Bent u niet de bestemmeling, gelieve het te vernietigen.
      """),
    S("fr-reponse-au-dessus", "gmail_web", "fr",
      ["reply-with-quote", "anxiety", "friends", "own-name-in-text", "own-account",
       "no-punctuation"],
      ("Maëlle Lejeune", "maelle.lejeune@gmail.example"),
      """
      merci pour la réponse
      oui il y a ma prof de néerlandais, madame Vos, elle est gentille
      mais j'ai peur qu'elle le dise à mes parents
      et ma meilleure amie Jade dit que je dois juste arrêter d'y penser
      [[Maëlle]]
      """,
      subject="Re: crises d'angoisse",
      quote=LUMI_FR,
      quote_to="Maëlle Lejeune <maelle.lejeune@gmail.example>"),
    S("fr-proton-html-harcelement", "proton", "fr",
      ["html-only", "cyberbullying", "own-name-in-text", "own-account", "mixed-languages"],
      ("Aïcha Diallo", "aicha.diallo@proton.example"),
      """
      Bonjour,

      Je m'appelle [[Aïcha]], j'ai 17 ans, j'habite à Schaerbeek et je suis dans une école flamande à Bruxelles.
      Quelqu'un a fait un faux compte Insta avec mes photos et écrit des choses sexuelles en mon nom. Tout le monde à l'école l'a vu, même des profs. J'ai signalé le compte mais Instagram dit que ça respecte leurs règles.
      Ik weet niet meer wat ik moet doen, sorry voor het mengen, mijn hoofd is chaos.

      Merci
      """,
      subject="faux compte",
      html="only"),
    S("fr-mix-nl-stiefmoeder", "outlook_android", "fr",
      ["mixed-languages", "parents", "stepparent", "no-identity-in-body", "own-account",
       "no-punctuation"],
      ("Lucie Fontaine", "lucie.fontaine@outlook.example"),
      """
      bonjour
      ik weet niet hoe dire ça en néerlandais donc je mélange un peu
      ma belle-mère lit mon journal intime et elle le raconte à mon père
      hier ze heeft gezegd aan tafel que j'ai un copain, devant mes petits frères
      j'ai 15 ans, j'ai le droit d'avoir des secrets non ?
      """,
      subject="journal"),
    # ------------------------------------------------------------------ English, bilingual kids
    S("en-international-school", "gmail_web", "en",
      ["school-account", "signature", "gender-identity", "own-name-in-text", "expat"],
      ("Maya Okafor", "maya.okafor@students.ais-antwerp.test"),
      """
      Hi,

      I'm [[Maya]], I'm 15 and I go to an international school in Antwerp. We moved here from Lagos two years ago. I think I'm non-binary but my family is very religious and there's literally no word for it in our language.
      My school counsellor is nice but she's friends with my mum on Facebook.
      Is it okay to write to you in English? My Dutch is only A2.

      Thanks
      """,
      subject="question",
      label_client="Gmail web (school Google Workspace)",
      sig="""
      [[Maya Okafor]] | Grade 10 | [[Antwerp International School]]
      "Be the change you wish to see in the world."
      """),
    S("en-textspeak-aroace", "iphone", "en",
      ["one-liner", "text-speak", "asexuality", "parents", "no-identity-in-body",
       "own-account", "emoji", "no-punctuation"],
      ("Ruby Claessens", "rubyclaessens@icloud.example"),
      """
      hiii idk if this is the right place but im 13 and i think im aroace?? my mum says im too young to know and it's a tiktok thing 😭 is it tho
      """,
      subject="hi"),
    S("en-dad-leuven", "apple_mail", "en",
      ["parent-writing", "written-for", "self-harm", "signature", "expat"],
      ("Daniel Whitfield", "d.whitfield@whitfield-consulting.example"),
      """
      Hello,

      I hope it's alright to write in English. We're a British family living near Leuven; our daughter (16) goes to a Dutch-speaking school.
      Last night I found out she has been cutting herself. She says she's fine and that it "helps". We've booked a GP appointment, but she refuses to talk to us about why.
      Would it be possible for her to write to you herself, in English or in Dutch? She's far more fluent than we are.

      Many thanks,
      """,
      subject="Our daughter",
      sig="""
      [[Daniel Whitfield]]
      Director, [[Whitfield Consulting BV]]
      [[+32 470 91 44 02]]
      """),
    S("en-reply-under-quote-no", "gmail_ios", "en",
      ["reply-with-quote", "loneliness", "friends", "own-name-in-text", "own-account",
       "no-punctuation"],
      ("Oliver Jennings", "ollie.jennings@gmail.example"),
      """
      thanks for answering so fast
      not really, the only person was my friend Finn and he moved back to Ireland in january
      we still play fortnite sometimes but its not the same
      my parents work till late so its mostly me and the dog
      - [[Ollie]]
      """,
      subject="Re: lonely",
      quote=LUMI_EN,
      quote_to="Oliver Jennings <ollie.jennings@gmail.example>"),
    S("en-voice-dictation", "samsung", "en",
      ["voice-to-text", "panic-attacks", "school", "own-name-in-text", "own-account",
       "no-punctuation", "one-liner"],
      ("Amara Nwosu", "amara.nwosu@gmail.example"),
      """
      hey so um I'm recording this because my hands are shaking too much to type my name is [[Amara]] I'm 17 and I keep having these panic attack things at school like I can't breathe and my heart goes crazy and the teacher just sends me to the nurse who gives me a glass of water is that normal or should I go to a doctor full stop sorry
      """,
      subject="panic"),
]

CASES += [
    S("emoji-tussen-woorden-sint-truiden", "outlook_android", "nl",
      ["emoji", "dialect-limburg", "love", "friends", "own-name-in-text", "own-account",
       "no-punctuation"],
      ("Laura Pirotte", "laura.pirotte@outlook.example"),
      """
      hey 👋 ich ben [[Laura]] 😅 15 jaor 🙈 oet Sint-Truiden 🍒
      mien beste vriendin 👭 heet mich gekust op ein feestje 🎉🍻
      en noe dut ze of ich besta neet 😶 en ze vertelt iedereen dat IK ut gedaon heb 😡😡
      ich wit neet mie wat ich veul 💔
      ben ich noe lesbisch of neet 🏳️‍🌈❓
      """,
      subject="🙈🙈"),
    S("ipad-van-oma-clientregel", "ipad", "nl",
      ["family-account", "client-line-names-owner", "divorce", "young-kid",
       "no-identity-in-body", "dialect-flemish-brabant", "one-phrase-a-line",
       "no-punctuation", "signature"],
      ("Rita Vandenplas", "rita.vandenplas@skynet.example"),
      """
      hallo
      ik ben 11 en ik ben bij mijn oma in Tienen
      mijn mama en mijn nieuwe papa maken elke avond ruzie
      ik mag het weekend altijd naar oma en da's het leukste
      maar zondag moet ik terug
      kan een kind zelf kiezen waar het woont
      """,
      subject="kiezen",
      client_line="",
      sig="Verstuurd vanaf de iPad van oma [[Rita]]"),
    S("tuta-west-vlaams-19", "v7snl_tuta", "nl",
      ["html-only", "dialect-west-flemish", "sexual-health", "love", "no-identity-in-body",
       "own-account", "anonymous-address"],
      ("", "anoniem.brugge@tuta.example"),
      """
      Goeiendag

      'k ben 19 en 'k è een nieuw mailadres gemakt speciaal voor dit, 'k weten dat 't raar is
      'k hèn ne vriend sinds e poar moanden, 't is mijn eerste lief, en na 't weekend è 'k ier een rare uitslag, 'k schamen mie dood om noar den dokter te goan want 't is de dokter van mijn olle familie in 't dorp
      wuk moe 'k doen? kan ik ergens anoniem e test doen in Brugge?

      merci
      """,
      subject="vraagske",
      html="only"),
    S("en-outlook-html-only-bi", "outlook_web", "en",
      ["html-only", "coming-out", "parents", "mixed-languages", "own-name-in-text",
       "own-account", "emoji"],
      ("Charlie Vos", "charlie.vos@hotmail.example"),
      """
      hey
      my mum's English and my dad's Flemish so sorry if I mix, dat doe ik altijd
      I'm 16 and I'm bi. I told my dad last week, he said "da's een fase, dat gaat wel over" and now he acts like I never said anything
      my mum doesn't know yet, she's the one I'm actually scared of telling
      how do I even start that conversation 😬
      [[Charlie]] x
      """,
      subject="telling my mum",
      html="only"),
]

CASES += [
    S("dyslexie-mama-haar-gmail", "gmail_web", "nl",
      ["typos", "dyslexic-spelling", "bullying", "school", "young-kid", "parent-account",
       "own-name-in-text", "dialect-east-flemish", "no-punctuation"],
      ("Kristien De Bock", "kristien.debock@gmail.example"),
      """
      hallo
      ik ben [[Lenn]] ik ben 12 jaar en ik hep dyslecksie dus sorie voor de foute
      mijn mama helpt mij nie want ze weet nie dat ik dit schrijf ik zit op haar kompjoeter
      ik wort uitgelagt in de klas om dat ik traag lees
      de jufrouw laat mij altijt harop lezen ook al weet ze dat ik dat nie kan
      dan doen ze mij na en zeggen ze dom dom dom
      ik wil nie meer naar skool in Dendermonde ik wil naar een andere skool
      mag dat
      """,
      subject="vraag van een kint"),
]
