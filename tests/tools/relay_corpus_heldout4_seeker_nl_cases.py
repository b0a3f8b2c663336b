# ruff: noqa: E501
"""Hand-written help-seekers' mails for part seeker_nl of the fourth held-out relay-text corpus.

Markup (see tests/tools/relay_corpus_heldout.py): `[[...]]` around every identity span of the
writer, `<<...>>` around what is neither content nor identity (a quoted earlier mail, a forwarded
header block). Signatures, client lines and the quoted answer of the helpline are dressed by the
shared code from the Case fields. When an adult writes about a child, the adult is the writer: the
adult's identity is identity, the child named in the adult's running text is content.

Written by someone who had not read the relay's rules nor the mails it was tuned on.
Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug, "seeker", shape, lang, tags, sender, body, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the helpline's earlier answers

Q_MAMA = """Hoi,

Dank je dat je ons schreef. Wat je vertelt over je mama en de avonden thuis klinkt zwaar, en het is
knap dat je het opschrijft. Je hoeft dit niet alleen te dragen.
Wil je ons vertellen of er iemand is bij wie je terecht kan als het thuis misloopt?

Lieve groet,
Lumi"""

Q_GENERIC = """Hoi,

Bedankt voor je mail, het is goed dat je ons schrijft. Je mag hier alles vertellen, in je eigen
tempo. Niemand anders leest mee.
Hoe gaat het nu met je, vandaag?

Warme groet,
het Lumi-team"""

Q_COMING_OUT = """Dag,

Wat fijn dat je dit met ons deelt. Verliefd worden op iemand van hetzelfde geslacht is heel gewoon,
en jij beslist wanneer en aan wie je het vertelt. Daar is geen haast bij.
Heb je iemand in je omgeving bij wie je je veilig voelt?

Groetjes,
Lumi"""

Q_SCHOOL = """Hallo,

Dank je voor je bericht. Gepest worden is nooit jouw schuld, en het is goed dat je het niet voor
jezelf houdt. Er zijn mensen op school die hier iets mee moeten doen, maar enkel als jij dat wil.
Mogen we vragen of er een leerkracht is die je vertrouwt?

Groetjes,
Lumi"""

Q_SELF_HARM = """Hoi,

Dank je om zo eerlijk te zijn. Wat je doet als het te veel wordt, zegt iets over hoeveel pijn je
draagt, niet over wie je bent. Als je ooit in gevaar bent, bel 112. Je kan ook altijd de
Zelfmoordlijn bellen op 1813, dag en nacht.
Wil je ons vertellen wat je helpt op de moeilijke momenten?

Zorg goed voor jezelf,
Lumi"""

Q_FR = """Bonjour,

Merci pour ton message. Tu as bien fait de nous écrire, et tu peux le faire en français.
Est-ce que tu te sens en sécurité à la maison en ce moment ?

Bien à toi,
Lumi"""

Q_EN = """Hi,

Thank you for writing to us. What you describe sounds really hard, and it's brave to put it into
words. Would you like to tell us a bit more about what happened at school?

Take care,
Lumi"""

DISCLAIMER_NL = ("Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de "
                 "geadresseerde(n). Indien u dit bericht per vergissing ontving, gelieve de afzender "
                 "onmiddellijk te verwittigen en het bericht te verwijderen. Elk ander gebruik is verboden.")
DISCLAIMER_EN = ("The information contained in this e-mail is confidential and may be legally privileged. "
                 "If you are not the intended recipient, please notify the sender and delete this message. "
                 "Please consider the environment before printing this e-mail.")
DISCLAIMER_FR = ("Ce message et ses annexes sont confidentiels et destinés exclusivement à leur(s) "
                 "destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de "
                 "le supprimer.")


CASES: list[Case] = [
    # 1 ---------------------------------------------------------------------------------------
    S("gmail-android-oneliner-jongens", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "own-name-in-text", "coming-out", "tussentaal"],
      ("Jarne Wouters", "jarne.wouters09@gmail.example"),
      "hey ik ben [[jarne]] en ik denk dat ik op jongens val maar ik durf het aan niemand te zeggen",
      subject="vraag"),
    # 2 ---------------------------------------------------------------------------------------
    S("iphone-antwerps-regel-per-regel", "iphone", "nl",
      ["one-phrase-a-line", "no-punctuation", "dialect-antwerp", "own-name-in-text", "bullying",
       "school", "client-line"],
      ("Elodie Van Looy", "elodie.vl@icloud.example"),
      """hallo
ik zen [[elodie]]
ik zen 14
en ik zit in het 3e jaar in Berchem
ze lachen mij uit op school omdak te dik zen
elke dag
ik wil ni meer gaan
mijn ma weet da ni""",
      subject="hallo"),
    # 3 ---------------------------------------------------------------------------------------
    S("outlook-papa-laptop-dochter", "outlook_desktop", "nl",
      ["parent-account", "signature", "disclaimer", "own-name-in-text", "parents", "divorce",
       "kid-on-parent-account"],
      ("Dirk Verhaegen", "dirk.verhaegen@bouwbedrijf-verhaegen.example"),
      """Hallo,

Ik gebruik de laptop van mijn papa want ik heb zelf geen mail. Ik ben [[Fien]], 13 jaar.
Sinds een paar weken voel ik me echt niet goed, ik huil elke avond en ik weet niet waarom. Mijn papa en mama zijn vorig jaar gescheiden en ik woon nu om de week bij elk. Bij mama woont nu haar nieuwe vriend en die roept heel veel.
Kan ik hier gewoon over praten met iemand? Mijn papa mag niet weten dat ik dit stuur.

Groetjes
[[Fien]]""",
      subject="vraag van een meisje",
      sig=f"""Met vriendelijke groeten,

[[Dirk Verhaegen]]
Zaakvoerder
[[Bouwbedrijf Verhaegen bv]]
[[Industrieweg 8, 9200 Dendermonde]]
T [[052 21 44 87]] | GSM [[0475 63 21 90]]
www.[[bouwbedrijf-verhaegen.example]]

{DISCLAIMER_NL}""",
      crlf=True),
    # 4 ---------------------------------------------------------------------------------------
    S("samsung-west-vlaams-lief-gsm", "samsung", "nl",
      ["dialect-west-flemish", "love", "own-name-in-text", "client-line", "no-capitals"],
      ("Wannes Vanhoutte", "wannesvh@hotmail.example"),
      """hallo

'k zyn 16 en 'k zitte in Roeselare op school. 'k è e lief sinds 3 moanden en ze zegt da 'k eur gsm nie mag ziene mo zie pakt de myne ol de tyd en leest olles. as 'k nie direct antwoorde es ze kwoad en dreigt ze dat ze t'r gon mee stoppen. is dat normaal? myn moaten zeggen da 'k overdryve

[[wannes]]""",
      subject="is dit normaal"),
    # 5 ---------------------------------------------------------------------------------------
    S("gmail-limburgs-luna", "gmail_web", "nl",
      ["dialect-limburg", "gender-identity", "parents", "own-name-in-text", "chosen-name",
       "deadname"],
      ("Lars Claesen", "lars.claesen@gmail.example"),
      """Hoi Lumi,

Ich weet neet good of ich hie good zit. Ich bin 15 en ich woon in de buurt van Genk. Iedereen kent mich es [[Lars]] mer sins e paar maond veul ich mich gewoon gein jong. Ich wil geer [[Luna]] heite. Ich höb het allein mer aan mien beste vriendin gezag en die vond het good.
Mien vader is heel sjtreng en ich bin bang wat hae geit zage.

Wie mot ich dit doon?
[[Luna]] (of [[Lars]] veur de rest)""",
      subject="vraag over wie ich bin"),
    # 6 ---------------------------------------------------------------------------------------
    S("outlook-ios-brussel-broer-dreigt", "outlook_mobile", "nl",
      ["no-identity-in-body", "dialect-brussels", "code-switching", "coming-out", "parents",
       "extortion", "client-line"],
      ("Ayoub El Amrani", "ayoub.elamrani@outlook.example"),
      """Salut, allei hallo

Ik zit in Anderlecht op school, 6e middelbaar. Mijn broer heeft screenshots van mijn gesprekken met een jongen gezien en nu dreigt hij het aan mijn vader te zeggen als ik hem niet elke week geld geef. Ik weet echt ni wat doen, c'est la merde. Mijn vader zou mij buitensmijten.

Kan ik jullie bellen of alleen mailen?""",
      subject="dringend"),
    # 7 ---------------------------------------------------------------------------------------
    S("gmail-android-spraak-zesde-leerjaar", "gmail_android", "nl",
      ["voice-to-text", "one-liner", "no-punctuation", "own-name-in-text", "bullying", "school",
       "age-10-12"],
      ("Lore Deprez", "lore.deprez2012@gmail.example"),
      "hallo mijn naam is [[Lore]] ik ben 12 jaar ik zit in het zesde leerjaar punt er is een meisje in mijn klas die aan iedereen zegt dat ik stink en niemand wil nog naast mij zitten uitroepteken ik wil niet meer naar school gaan maar mama zegt dat ik moet gaan vraagteken wat moet ik doen",
      subject="pesten"),
    # 8 ---------------------------------------------------------------------------------------
    S("gmail-html-only-naam-vet", "gmail_web", "nl",
      ["html-only", "self-harm", "friends", "own-name-in-text", "name-in-html-markup"],
      ("Yasmine Boukhari", "yasmine.boukhari@gmail.example"),
      """Hey,

Ik ben [[Yasmine]] en ik ben 16. Ik heb een vraag over iets waar ik me heel erg voor schaam.
Ik snij soms in mijn arm als het te veel wordt. Niet diep. Niemand weet het. Mijn vriendin heeft het vorige week gezien in de turnles en nu wil ze dat ik het aan de CLB-mevrouw zeg.

Moet dat echt?

x [[Yasmine]]""",
      subject="iets wat niemand weet",
      html="only",
      html_own=('<div>Hey,</div><div><br></div><div>Ik ben <b>Yasmine</b> en ik ben 16. Ik heb een '
                'vraag over iets waar ik me heel erg voor schaam.</div><div>Ik snij soms in mijn arm '
                'als het te veel wordt. Niet diep. Niemand weet het. Mijn vriendin heeft het vorige '
                'week gezien in de turnles en nu wil ze dat ik het aan de CLB-mevrouw zeg.</div>'
                '<div><br></div><div>Moet dat echt?</div><div><br></div><div>x <span style="color:'
                '#8e24aa"><b><i>Yasmine</i></b></span></div>')),
    # 9 ---------------------------------------------------------------------------------------
    S("gmail-android-antwoord-mama-drinkt", "gmail_android", "nl",
      ["reply-with-quote", "no-identity-in-body", "parents", "addiction", "no-capitals"],
      ("Robbe Maes", "robbemaes@gmail.example"),
      """ja mijn tante misschien, die woont in Mol. maar ik wil niet dat mama boos is op mij
vannacht was het weer slecht, ze lag op de grond in de keuken en ik heb haar naar boven geholpen
ik ben 14 en mijn zusje is 8, ik doe eigenlijk alles""",
      subject="Re: mijn mama drinkt",
      quote=Q_MAMA),
    # 10 --------------------------------------------------------------------------------------
    S("outlook-web-moeder-werk-zoon", "outlook_web", "nl",
      ["written-for", "parent-writing", "signature", "disclaimer", "school", "parents",
       "withdrawal"],
      ("Katrien Devos", "katrien.devos@vandenbroele-logistics.example"),
      """Goedemiddag,

Ik schrijf jullie omdat ik me zorgen maak over mijn zoon [[Mathis]] (15). Sinds de kerstvakantie zit hij alleen nog op zijn kamer, eet hij weinig en zegt hij dat school "niet meer hoeft". Zijn titularis belde gisteren dat hij al vier keer gespijbeld heeft.
Ik heb gelezen dat jongeren jullie zelf kunnen mailen. Mag ik hem jullie adres geven, of kunnen jullie ook ouders raad geven? Ik wil hem niet forceren.

Alvast bedankt,
[[Katrien]]""",
      subject="Vraag als ouder",
      sig=f"""[[Katrien Devos]]
HR Business Partner
[[Vandenbroele Logistics NV]]
[[Havenlaan 51, 9100 Sint-Niklaas]]
[[+32 3 780 12 34]]

{DISCLAIMER_EN}"""),
    # 11 --------------------------------------------------------------------------------------
    S("gmail-ios-grote-zus-broertje", "gmail_ios", "nl",
      ["written-for", "sibling", "bullying", "online", "own-name-in-text"],
      ("Hanne Goossens", "hanne.goossens@gmail.example"),
      """Hallo,

Ik ben de grote zus (19) van een jongen van 12. Hij heeft mij gisteren verteld dat hij al maanden gepest wordt op de bus en op Snapchat, ze hebben een groep gemaakt over hem met foto's. Hij wil niet dat ik het aan onze ouders zeg.
Hij zou zelf willen schrijven maar durft niet. Mag hij dat via mijn mail doen, of moet hij een eigen adres maken? Is het echt anoniem?

Bedankt,
[[Hanne]]""",
      subject="voor mijn broertje"),
    # 12 --------------------------------------------------------------------------------------
    S("school-o365-leerkracht-leerling", "v4snl_school_o365", "nl",
      ["written-for", "teacher", "school-account", "signature", "disclaimer", "school",
       "family-violence"],
      ("Griet Vanderstraeten", "griet.vanderstraeten@sint-elooiscollege.example"),
      """Beste,

Ik ben leerkracht in het vierde jaar. Een leerling, Ilias, vertelde me na de les dat hij niet meer naar huis durft omdat zijn oudere broer hem slaat. Hij wil niet dat ik naar het CLB stap. Ik heb hem jullie adres gegeven, maar ik wil ook zelf weten wat ik best doe zonder zijn vertrouwen te verliezen.

Wat raden jullie aan?

Met vriendelijke groeten""",
      subject="Advies gevraagd over een leerling",
      sig="""[[Griet Vanderstraeten]]
leerkracht Nederlands - Engels
[[Sint-Elooiscollege]]
[[Vaartstraat 3, 8000 Brugge]]
[[050 33 71 20]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. De school is niet aansprakelijk voor de inhoud van persoonlijke berichten van personeelsleden."""),
    # 13 --------------------------------------------------------------------------------------
    S("smartschool-studie-ander-adres", "smartschool", "nl",
      ["school-account", "html-only", "address-in-text", "love", "coming-out", "no-punctuation"],
      ("Febe Dhondt", "febe.dhondt@leerling.atheneum-deinze.example"),
      """hallo
ik zit op de computer van school in de studie dus ik moet snel zijn
ik ben een meisje en ik ben verliefd op een meisje uit mijn klas en ik denk dat zij ook
maar ik weet niet hoe ik het moet weten
kunnen jullie antwoorden op mijn andere mail? die is [[febe.dh2009@gmail.example]] want hier kijkt de directie mee denk ik""",
      subject="vraag",
      html="only"),
    # 14 --------------------------------------------------------------------------------------
    S("outlook-android-maat-ziekenhuis", "outlook_android", "nl",
      ["no-identity-in-body", "one-liner", "tussentaal", "emoji", "friends", "self-harm",
       "client-line"],
      ("Kobe Van de Velde", "kobevdv@outlook.example"),
      "yo, kheb ni echt een vraag ma kmoet het gewoon kwijt, mijn beste maat heeft zichzelf iets aangedaan vorige week en hij ligt nu in het ziekenhuis, iedereen doet alsof er niks gebeurd is op school en ik kan ni meer slapen 😔😔 ik had het moeten zien",
      subject="ik moet het kwijt"),
    # 15 --------------------------------------------------------------------------------------
    S("gmail-gsm-mama-naam-in-onderwerp", "gmail_android", "nl",
      ["parent-account", "kid-on-parent-account", "name-in-subject", "one-phrase-a-line",
       "no-punctuation", "bullying", "parents", "age-10-12"],
      ("Sofie Lambrechts", "sofie.lambrechts74@gmail.example"),
      """dit is niet mama
ik mag haar gsm even gebruiken voor een spelletje
ik ben 11
mijn papa zit in de gevangenis en op school weten ze het en ze zeggen dat ik ook een crimineel word
is dat waar""",
      subject="van Mauro niet van mama",
      identity=["Mauro"]),
    # 16 --------------------------------------------------------------------------------------
    S("apple-mail-volledige-naam-quote-handtekening", "apple_mail", "nl",
      ["signature", "own-name-in-text", "coming-out", "parents", "html-heavy", "quote-in-signature"],
      ("Thibault Moens", "thibault.moens@telenet.example"),
      """Beste Lumi,

Ik ben 18 en woon nog thuis in Kortrijk. Ik heb mijn ouders vorige maand verteld dat ik gay ben. Mijn moeder huilt sindsdien bijna elke dag en mijn vader praat gewoon niet meer tegen mij, hij doet alsof ik er niet ben. Ze hebben me nooit uitgescholden of zo, maar die stilte is bijna erger.
Ik ga volgend jaar op kot in Gent en ik tel de dagen af. Is het normaal dat ik me schuldig voel omdat ik het verteld heb?

Met vriendelijke groet,
[[Thibault]]""",
      subject="Na mijn coming-out",
      sig="""[[Thibault Moens]]
[[+32 478 55 20 14]]
"Be yourself; everyone else is already taken." """),
    # 17 --------------------------------------------------------------------------------------
    S("samsung-brussel-frans-bi", "samsung", "fr",
      ["bilingual", "coming-out", "bullying", "school", "own-name-in-text", "client-line"],
      ("Inès Lambert", "ines.lambert@gmail.example"),
      """Bonjour,
je m'appelle [[Inès]], j'ai 15 ans et je suis dans une école néerlandophone à Jette. Mes parents parlent français à la maison et ils ne savent pas que je suis bi. Je vous écris en français parce que c'est plus facile pour moi, mais je peux aussi en néerlandais.
Ma meilleure amie m'a "outée" devant toute la klas sur Insta. Maintenant tout le monde chuchote quand je passe dans le couloir.
Est-ce que vous pouvez m'aider?
[[Inès]]""",
      subject="aide svp",
      from_style="ew"),
    # 18 --------------------------------------------------------------------------------------
    S("iphone-frans-oneliner-mere", "iphone", "fr",
      ["one-liner", "no-punctuation", "no-identity-in-body", "parents", "family-violence",
       "client-line", "sms-spelling"],
      ("", "kenzo.b2011@icloud.example"),
      "slt jsp si c le bon endroit mais ma mère me frappe quand elle a bu et jai peur de rentrer ce soir",
      subject="",
      from_style="bare"),
    # 19 --------------------------------------------------------------------------------------
    S("gmail-ios-engels-internationale-school", "gmail_ios", "en",
      ["bilingual", "school", "loneliness", "own-name-in-text", "code-switching"],
      ("Oscar Halvorsen", "oscar.halvorsen@gmail.example"),
      """Hi,

My name is [[Oscar]], I'm 14 and we moved to Brussels from Oslo last summer for my dad's job. I go to a Dutch-speaking school now because my parents want me to "integrate". I understand most of it but I can't really talk yet and everyone already has their friends. At lunch I sit in the toilets so nobody sees me alone.
I can write in Dutch a bit: ik ben heel eenzaam. Sorry if that's wrong.

Is this the right place for this?
[[Oscar]]""",
      subject="not sure if this is the right place"),
    # 20 --------------------------------------------------------------------------------------
    S("yahoo-oma-kleinzoon", "yahoo", "nl",
      ["written-for", "grandparent", "phone-in-text", "parents", "divorce", "client-line"],
      ("Mariette Claeys", "mariette.claeys@yahoo.example"),
      """Geachte mevrouw, mijnheer,

Ik ben de grootmoeder van een jongen van 13. Sinds de scheiding van zijn ouders woont hij bij ons op woensdag en in het weekend. Hij zegt dat hij "liever dood zou zijn" dan naar zijn moeder te moeten. Ik schrik daar erg van. Mijn kleinzoon heet Wout en hij is een gevoelige jongen, hij tekent veel en praat weinig.
Ik weet niet of ik dit aan zijn ouders moet vertellen. Mag ik u om raad vragen? U mag mij ook bellen op [[050 38 12 96]], ik ben meestal thuis.

Met de meeste hoogachting,
[[Mariette Claeys]]""",
      subject="Raad gevraagd voor mijn kleinzoon",
      charset="iso-8859-1"),
    # 21 --------------------------------------------------------------------------------------
    S("outlook-desktop-jeugdwerker-logo", "outlook_desktop", "nl",
      ["written-for", "youth-worker", "signature", "logo", "disclaimer", "gender-identity",
       "parents"],
      ("Jef Baert", "jef.baert@jeugdhuis-de-kroon.example"),
      """Hallo collega's van Lumi,

Ik ben jeugdwerker in een jeugdhuis. Er komt hier sinds een tijdje een jongere van 16 over de vloer die zich niet thuis voelt in het lichaam waarin die geboren is. Thuis kan dat niet ter sprake komen, de ouders zijn erg gelovig. De jongere wil graag met iemand praten die er meer van weet, maar durft nog niet zelf te mailen.
Mag ik jullie adres doorgeven? En hebben jullie tips voor mij als begeleider?

Bedankt en tot horens,
[[Jef]]""",
      subject="jongere met vragen over gender",
      sig=f"""[[Jef Baert]]
jeugdwerker
[[Jeugdhuis De Kroon vzw]]
[[Dorpsstraat 112, 2440 Geel]]
gsm [[0486 14 52 33]]
[[www.jeugdhuis-de-kroon.example]]

{DISCLAIMER_NL}""",
      logo=("Jeugdhuis De Kroon", "attachment"),
      crlf=True),
    # 22 --------------------------------------------------------------------------------------
    S("gmail-insta-handle-aangeboden", "gmail_android", "nl",
      ["handle-in-text", "own-name-in-text", "love", "online", "tussentaal", "emoji"],
      ("Mila Verhoeven", "milaverhoeven.x@gmail.example"),
      """hoi!!
ik ben [[mila]] (15) en ik heb sinds 2 weken een relatie met een jongen die ik op tiktok heb leren kennen. hij is 19 en woont in nederland. hij vraagt de hele tijd om foto's van mij in ondergoed en als ik nee zeg doet hij heel lief en dan weer heel boos 😕
mijn vriendinnen zeggen dat dat red flags zijn maar ik zie hem echt graag

als jullie liever chatten mag het ook via insta [[@mila.vrhvn_]] 💕""",
      subject="red flags?"),
    # 23 --------------------------------------------------------------------------------------
    S("huawei-oost-vlaams-ik-zijn", "huawei", "nl",
      ["dialect-east-flemish", "no-identity-in-body", "school", "stress", "no-punctuation",
       "client-line"],
      ("Lotte Van Damme", "lotte.vandamme@skynet.example"),
      """ik zijn 17 en ik zit in t laatste jaar in Gent
ik kan ni meer slapen van de stress voor de examens, mijn ouders verwachten da ik dokter word en ik wil da eigenlijk ni
as ik daaraan denk krijg ik geen lucht meer en moet ik op de wc gaan zitten tot da t overgaat
is da een paniekaanval?""",
      subject="paniek"),
    # 24 --------------------------------------------------------------------------------------
    S("gmail-drie-mails-eigen-quote", "gmail_web", "nl",
      ["own-earlier-mail-quoted", "own-name-in-text", "self-harm", "one-phrase-a-line",
       "no-capitals"],
      ("Jolan Segers", "jolan.segers@gmail.example"),
      """sorry dat ik nog eens stuur
ik had nog geen antwoord en ik weet niet of mijn mail aangekomen is
het gaat echt niet goed vandaag

<<Op ma 3 mrt 2025 om 22:41 schreef >>[[Jolan Segers]] <<<>>[[jolan.segers@gmail.example]]<<>:
> hallo
> ik ben >>[[Jolan]]<< en ik ben 16
> ik krab mezelf soms tot het bloedt
> ik weet niet aan wie ik dit moet vertellen>>""",
      subject="Re: hallo",
      headers=[("In-Reply-To", "<CAKx19Lq3vYwHALLO000-pO@mail.gmail.example>"),
               ("References", "<CAKx19Lq3vYwHALLO000-pO@mail.gmail.example>")]),
    # 25 --------------------------------------------------------------------------------------
    S("proximus-papa-schrijft-dochter-anorexia", "v4snl_proximus", "nl",
      ["written-for", "parent-writing", "eating", "parents", "own-name-in-text", "address-in-text"],
      ("Geert Vandenbussche", "geert.vandenbussche@proximus.example"),
      """Goedenavond

Onze dochter [[Amber]] is 14 en eet al een paar maanden bijna niks meer. Ze sport elke dag twee uur en weegt zich na elke maaltijd. Als we er iets van zeggen slaat ze de deur dicht. De huisarts zegt dat we moeten afwachten maar mijn vrouw en ik slapen er niet meer van.
Ik zou graag hebben dat iemand met haar praat die niet haar ouder is. Kan dat bij jullie? Wij wonen in de [[Leopoldlaan 27]], 8300 Knokke-Heist, mochten jullie folders hebben mag u die sturen.

Vriendelijke groeten
[[Geert Vandenbussche]]""",
      subject="onze dochter eet niet meer"),
    # 26 --------------------------------------------------------------------------------------
    S("iphone-meme-ipad-west-vlaams", "ipad", "nl",
      ["kid-on-grandparent-account", "dialect-west-flemish", "own-name-in-text", "parents",
       "divorce", "client-line", "age-10-12"],
      ("Jeannine Vercruysse", "jeannine.vercruysse@telenet.example"),
      """hallo

'k zitte op de ipad van myn meme want 'k moe doa slapen dit weekend. 'k zyn [[Zita]] en 'k zyn 10.
myn papa en mama maken ol de tyd ruzie over mie. papa zeit da mama liegt en mama zeit da papa liegt. 'k weten nie wie da 'k moe geloven.
meme mag da nie weten aub

[[zita]] 🌈""",
      subject="hallo ik ben het"),
    # 27 --------------------------------------------------------------------------------------
    S("gmail-naam-alleen-in-ps", "gmail_web", "nl",
      ["name-in-ps", "no-display-name", "love", "friends"],
      ("", "snoepje.2010@gmail.example"),
      """Hallo

Mijn beste vriendin heeft een lief gekregen en nu heeft ze geen tijd meer voor mij. We waren altijd samen, elke pauze en elke woensdag. Nu zit ik alleen en als ik iets stuur leest ze het pas 's avonds. Ik voel me zo stom dat ik daar verdrietig om ben. Is dat jaloers?

Groetjes

PS ik ben [[Kato]] trouwens, 13""",
      subject="Jaloers?",
      from_style="bare"),
    # 28 --------------------------------------------------------------------------------------
    S("outlook-mac-mama-handtekening-alleen-html", "v4snl_outlook_mac", "nl",
      ["parent-account", "kid-on-parent-account", "signature-only-in-html", "gender-identity",
       "own-name-in-text", "html-heavy"],
      ("Annelies Van Acker", "annelies@studio-vanacker.example"),
      """Hallo

Ik schrijf vanaf de computer van mijn mama, ze weet niet dat ik dit doe. Ik ben [[Robin]] en ik ben 14. Ik weet al lang dat ik geen meisje ben maar ook niet echt een jongen. Ik heb op YouTube het woord non-binair gehoord en dat klopt eigenlijk helemaal.
Hoe zeg ik dat tegen mijn ouders zonder dat ze denken dat het een fase is?

[[Robin]] (hen/die)""",
      subject="non-binair",
      sig=f"""[[Annelies Van Acker]]
Grafisch ontwerper
[[Studio Van Acker]]
[[Brugse Poort 44, 9000 Gent]]
[[0479 21 08 66]]
[[www.studio-vanacker.example]]

{DISCLAIMER_NL}""",
      sig_in="html"),
    # 29 --------------------------------------------------------------------------------------
    S("samsung-alles-hoofdletters", "samsung", "nl",
      ["capitals", "no-identity-in-body", "family-violence", "parents", "client-line", "emoji"],
      ("Brent Willems", "brentwillems2008@gmail.example"),
      """IK WIL DAT HET STOPT
MIJN STIEFVADER ROEPT ELKE AVOND EN VANDAAG HEEFT HIJ MIJN MOEDER GESLAGEN
IK HEB MIJN KAMERDEUR OP SLOT GEDAAN
WAT MOET IK DOEN 😭""",
      subject="HELP"),
    # 30 --------------------------------------------------------------------------------------
    S("gmail-tweeling-gedeeld-account", "gmail_web", "nl",
      ["shared-account", "sibling", "own-name-in-text", "coming-out", "friends"],
      ("Tuur en Lowie Segaert", "tuurenlowie.segaert@gmail.example"),
      """Hallo,

We delen dit account met twee maar dit schrijf ik alleen, mijn tweelingbroer weet er niks van. Ik ben [[Lowie]].
Ik heb vorige week op een feestje een jongen gekust en sindsdien denk ik aan niks anders. Maar ik heb ook al een vriendin gehad en dat was ook leuk. Kan je op allebei vallen? Mijn broer zou er grappen over maken, hij zegt altijd "da's gay" over alles.

Groetjes (en aub niet antwoorden met mijn naam erin, hij leest soms mee)""",
      subject="vraagje"),
    # 31 --------------------------------------------------------------------------------------
    S("k9-telefoon-in-woorden", "v4snl_k9", "nl",
      ["phone-in-text", "phone-in-words", "own-name-in-text", "loneliness", "voice-to-text",
       "client-line"],
      ("Arne Jacobs", "arne.jacobs@posteo.example"),
      """hallo ik ben [[Arne]] ik ben 17 jaar punt ik heb geen vrienden meer sinds ik van school veranderd ben en ik zit elke dag alleen op mijn kamer te gamen punt soms denk ik dat niemand het zou merken als ik er niet meer was punt ik wil liever bellen dan mailen mijn nummer is [[nul vier negen zeven twaalf vierendertig zesenvijftig]] punt""",
      subject="bellen"),
    # 32 --------------------------------------------------------------------------------------
    S("thunderbird-laatste-regels-lijken-handtekening", "thunderbird", "nl",
      ["looks-like-signature", "no-identity-in-body", "school", "stress", "age-line"],
      ("Emiel Dewulf", "emiel.dewulf@mailbox.example"),
      """Hallo,

Ik heb al twee keer gebisseerd en nu dreig ik weer te moeten overzitten. Mijn ouders zeggen dat ik lui ben maar ik zit elke avond te leren en het blijft niet hangen. Ik denk soms dat ik dom ben.
Kan je testen of je dyslexie hebt als je al 16 bent?

groetjes
een jongen uit Kortrijk
16 jaar
4de jaar TSO""",
      subject="dom?"),
    # 33 --------------------------------------------------------------------------------------
    S("windows-mail-gezinspc-kind", "windows_mail", "nl",
      ["family-account", "own-name-in-text", "no-punctuation", "bullying", "online",
       "client-line", "age-10-12"],
      ("Familie Öztürk", "familie.ozturk@telenet.example"),
      """hallo ik ben [[Emir]] en ik ben 12
in de klasgroep op whatsapp sturen ze stickers van mij met een varken
ik heb het gezegd tegen de juf maar ze zegt dat ze niks kan doen omdat het buiten school is
ik wil niet dat mijn ouders het zien want dan gaan ze naar school en dan wordt het erger""",
      subject="whatsapp groep"),
    # 34 --------------------------------------------------------------------------------------
    S("gmail-ew-split-naam-pools", "gmail_web", "nl",
      ["encoded-name", "nickname", "own-name-in-text", "parents", "migration", "school"],
      ("Zuzanna Kowalczyk", "zuzanna.kowalczyk@gmail.example"),
      """Hoi,

Ik ben [[Zuza]], ik ben 15 en we wonen sinds 4 jaar in Sint-Truiden. Mijn ouders spreken bijna geen Nederlands dus ik moet altijd mee naar de dokter, de bank, de school om te vertalen. Vorige week moest ik vertalen dat mijn papa zijn werk kwijt is. Ik heb geen tijd voor huiswerk en mijn punten gaan achteruit.
Ik voel me eigenlijk de mama in huis. Is dat normaal?

[[Zuza]]""",
      subject="te veel",
      from_style="ew-split"),
    # 35 --------------------------------------------------------------------------------------
    S("apple-mail-antwoord-onderaan-dankjewel", "apple_mail", "nl",
      ["reply-with-quote", "own-name-in-text", "coming-out", "bottom-posting"],
      ("Maxim De Clercq", "maxim.declercq@icloud.example"),
      """Dank je wel voor je antwoord!! Ja, mijn nicht. Zij is zelf lesbisch en ik denk dat ze het wel zou snappen. Ik ga het haar zaterdag vertellen op het verjaardagsfeest van oma, of misschien erna.
Ik laat nog weten hoe het ging.

[[Maxim]]""",
      subject="Re: verliefd op mijn beste vriend",
      quote=Q_COMING_OUT, quote_pos="above"),
    # 36 --------------------------------------------------------------------------------------
    S("gmail-web-brief-naam-klas-school", "gmail_web", "nl",
      ["letter-style", "own-name-in-text", "looks-like-signature", "school", "bullying"],
      ("Axel Bertels", "axel.bertels@gmail.example"),
      """Beste mevrouw of meneer,

Ik schrijf u omdat wij op school een project over welzijn doen en onze leerkracht zei dat we jullie mochten mailen met echte vragen. Mijn vraag is echt: wat moet je doen als je ziet dat iemand in je klas gepest wordt maar je bang bent dat je dan zelf gepest wordt?

Met vriendelijke groeten,
[[Axel Bertels]]
[[2B]]
[[Sint-Victorinstituut Turnhout]]""",
      subject="Vraag van een leerling"),
    # 37 --------------------------------------------------------------------------------------
    S("outlook-papa-vcard-kind-schrijft", "outlook_desktop", "nl",
      ["parent-account", "kid-on-parent-account", "vcard", "signature", "own-name-in-text",
       "love", "age-10-12"],
      ("Stijn Moerman", "stijn.moerman@moerman-advocaten.example"),
      """hallo, ik ben [[Lisa]], ik ben 12 en ik ben verliefd op mijn lerares muziek. ik weet dat dat niet mag. ik denk er de hele dag aan en ik schaam me heel erg. is er iets mis met mij?

[[Lisa]]""",
      subject="geheim",
      sig="""Met vriendelijke groet,

Mr. [[Stijn Moerman]]
Advocaat-vennoot
[[Moerman Advocaten]]
[[Frankrijklei 88, 2000 Antwerpen]]
T [[+32 3 224 18 90]]""",
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Moerman]];[[Stijn]];;Mr.;
FN:[[Stijn Moerman]]
ORG:[[Moerman Advocaten]]
TITLE:Advocaat-vennoot
TEL;TYPE=WORK,VOICE:[[+32 3 224 18 90]]
ADR;TYPE=WORK:;;[[Frankrijklei 88]];Antwerpen;;2000;België
EMAIL;TYPE=INTERNET:[[stijn.moerman@moerman-advocaten.example]]
END:VCARD""",
      crlf=True),
    # 38 --------------------------------------------------------------------------------------
    S("gmail-android-pasted-chat-eigen-naam", "gmail_android", "nl",
      ["pasted-chat", "own-name-in-text", "friends", "bullying", "online"],
      ("Senne Wyckmans", "sennew2009@gmail.example"),
      """kijk wat ze in de groep zeiden, ik weet niet meer wat te doen

[20:14] Jasper: wie nodigt die loser nog uit
[20:15] Dries: haha niemand
[20:15] [[Senne]]: ik zie dit eh
[20:16] Jasper: en? ga je wenen bij mama
[20:18] Dries: 💀💀

ze waren vroeger mijn beste vrienden""",
      subject="groepschat"),
    # 39 --------------------------------------------------------------------------------------
    S("gmail-gamer-handle-discord", "gmail_web", "nl",
      ["gaming-name", "handle-in-text", "own-name-in-text", "online", "grooming"],
      ("SenneGamerX", "sennegamerx@gmail.example"),
      """hey

ik speel veel fortnite en er is een gast op discord die super vriendelijk was, hij gaf mij v-bucks en zo. nu vraagt hij of ik op cam wil en zegt hij dat hij anders aan iedereen gaat zeggen dat ik hem geld gestolen heb. ik ben 13. mijn discord is [[gamerx_zwolle#2281]] als jullie dat nodig hebben.

ps mijn echte naam is [[Thor]]""",
      subject="discord",
      identity=["SenneGamerX"]),
    # 40 --------------------------------------------------------------------------------------
    S("school-google-leerling-tussentaal", "v4snl_school_google", "nl",
      ["school-account", "signature", "own-name-in-text", "school", "gender-identity"],
      ("Nathan De Meyer", "nathan.demeyer@leerling.campus-zandhof.example"),
      """Hoi

Ik zit in het 5de jaar en ik vraag me af of ik op school mag vragen om met een andere naam aangesproken te worden. In de lijsten sta ik als [[Nathan]] maar ik wil [[Nina]] genoemd worden. Mijn titularis is wel oké denk ik maar ik weet niet hoe ik da moet vragen.

Merci!!
[[Nina]]""",
      subject="andere naam op school?",
      sig="""[[Nathan De Meyer]] | 5 WEWI
[[Campus Zandhof]] – Leerling
Dit is een leerlingenaccount van [[Campus Zandhof]]. Gebruik is onderworpen aan het ICT-reglement."""),
    # 41 --------------------------------------------------------------------------------------
    S("iphone-antwerps-adres-voor-brief", "iphone", "nl",
      ["dialect-antwerp", "address-in-text", "own-name-in-text", "loneliness", "client-line"],
      ("Jade Van den Broeck", "jadevdb@icloud.example"),
      """allei ik weet ni of dees mag ma kunde gij ni een brief sturen ipv mail? ik vind da persoonlijker. ik zen [[jade]], 15, en ik heb eigenlijk gewoon niemand om mee te klappen sinds ons ma en pa naar Spanje zijn verhuisd en ik bij mijn nonkel woon

mijn adres is [[Kioskplaats 17 bus 2]], 2660 Hoboken

merci eh""",
      subject="brief?"),
    # 42 --------------------------------------------------------------------------------------
    S("gmail-naam-als-eerste-woord", "gmail_android", "nl",
      ["name-first-word", "no-punctuation", "no-capitals", "parents", "coming-out"],
      ("Wout Janszens-Baeten", "w.baeten@gmail.example"),
      """[[wout]] hier, 17
ik heb het gisteren tegen mijn mama gezegd dat ik op jongens val en ze zei 'da wist ik al lang'
ik weet niet of ik blij moet zijn of kwaad dat ze niks zei
raar he""",
      subject="raar",
      identity=["Janszens", "Baeten"]),
    # 43 --------------------------------------------------------------------------------------
    S("outlook-mobile-antwoord-citaat-mama", "outlook_mobile", "nl",
      ["reply-with-quote", "parents", "addiction", "own-name-in-text", "client-line"],
      ("Ine Vanlommel", "ine.vanlommel@outlook.example"),
      """Hey, sorry dat ik zo lang niks liet weten. Mama is nu in opname voor drie weken en wij zitten bij tante. Het is rustig maar ik mis haar toch. Raar he.
Jullie vroegen wie ik kan bellen: de juf van mijn zus is heel lief, die heeft haar nummer gegeven.

Liefs, [[Ine]]""",
      subject="RE: mijn mama drinkt",
      quote=Q_MAMA,
      quote_to="Ine Vanlommel <ine.vanlommel@outlook.example>"),
    # 44 --------------------------------------------------------------------------------------
    S("gmail-handtekening-met-lied", "gmail_web", "nl",
      ["own-words-after-name", "own-name-in-text", "self-harm", "looks-like-signature",
       "lyrics"],
      ("Marthe Vandeputte", "marthevdp@gmail.example"),
      """hoi

ik heb gisteren weer iets gedaan wat ik beloofd had niet meer te doen. mijn moeder heeft het niet gezien. ik ben 15 en ik schaam me zo.
er is een liedje dat ik de hele tijd luister en dat me helpt, daar staat dit in:

"ik ben niet kapot, ik ben gewoon even stil"
- Meau

[[Marthe]]
ps: mijn moeder heeft mijn wachtwoord niet, jullie kunnen gewoon antwoorden""",
      subject="weer"),
    # 45 --------------------------------------------------------------------------------------
    S("gmail-eigen-naam-in-moeders-woorden", "gmail_web", "nl",
      ["name-mid-story", "own-name-in-text", "parents", "family-violence", "no-display-name"],
      ("", "bloemetje06@gmail.example"),
      """Hallo,

Gisteren kwam ik thuis na de training en mijn moeder stond al aan de deur. Ze riep "[[Yentl]], wat heb jij weer gedaan" en ze trok mij aan mijn haar naar binnen omdat mijn kamer niet opgeruimd was. Dat doet ze al sinds ik klein ben maar nu ben ik 16 en ik denk dat het niet normaal is.
Ik durf het niet aan mijn trainer te zeggen.""",
      subject="is dit normaal",
      from_style="bare"),
    # 46 --------------------------------------------------------------------------------------
    S("samsung-oekraiens-kortenaam", "samsung", "nl",
      ["nickname", "own-name-in-text", "migration", "loneliness", "school", "client-line"],
      ("Oleksandr Bondarenko", "o.bondarenko2009@gmail.example"),
      """Goeiedag

Ik ben [[Sasha]], ik ben 16 en ik kom uit Charkiv. Ik ben hier twee jaar in OKAN school in Leuven. Mijn Nederlands is niet goed sorry. Mijn vader is nog in Oekraïne en ik hoor hem niet meer sinds twee weken. Ik kan niet slapen en op school ik kan niet denken.
Mama huilt elke avond en ik moet sterk zijn voor haar.

Dank u
[[Sasha B.]]""",
      subject="hulp"),
    # 47 --------------------------------------------------------------------------------------
    S("gmail-reply-to-ander-adres", "gmail_web", "nl",
      ["reply-to-header", "no-identity-in-body", "love", "friends", "tussentaal"],
      ("Noa Vermeulen", "noa.vermeulen@gmail.example"),
      """Hey

Mijn beste vriend heeft mij gisteren gezegd dat hij verliefd op mij is. Ik zie hem heel graag maar niet op die manier, en nu is alles raar. Hij antwoordt niet meer op mijn berichten. Moet ik het gewoon laten of moet ik iets zeggen? Ik wil hem ni kwijt.

Antwoorden mag op het andere adres aub, dit is het adres dat mijn pa ook kan zien.""",
      subject="beste vriend",
      headers=[("Reply-To", "Noa V <noa.v.prive@proton.example>")],
      identity=["noa.v.prive@proton.example", "Noa V"]),
    # 48 --------------------------------------------------------------------------------------
    S("new-outlook-papa-werk-dochter", "v4snl_outlook_new", "nl",
      ["parent-account", "kid-on-parent-account", "signature", "disclaimer", "self-harm",
       "own-name-in-text", "dit-is-niet-papa"],
      ("Luc Hermans", "luc.hermans@stad-mechelen.example"),
      """Dit is niet papa die schrijft maar zijn dochter. Mijn naam is [[Ella]] en ik ben 17.

Ik denk al een tijdje aan zelfmoord. Ik heb geen plan of zo, maar de gedachte is er elke dag, ook als het goed gaat. Ik heb een psycholoog gehad maar die zei dat ik gewoon moest gaan wandelen.
Ik durf het niet aan papa te vragen om een nieuwe te zoeken.

[[Ella]]""",
      subject="vraag",
      sig=f"""Met vriendelijke groeten

[[Luc Hermans]]
Diensthoofd Mobiliteit
[[Stad Mechelen]]
[[Grote Markt 21, 2800 Mechelen]]
[[015 29 77 41]]

{DISCLAIMER_NL}""",
      headers=[("Disposition-Notification-To", "Luc Hermans <luc.hermans@stad-mechelen.example>")]),
    # 49 --------------------------------------------------------------------------------------
    S("gmail-emoji-naamregel", "gmail_android", "nl",
      ["emoji", "emoji-name-line", "own-name-in-text", "friends", "loneliness"],
      ("Amira Belkadi", "amira.belkadi@gmail.example"),
      """hoii 🌸

ik weet niet goed waarom ik dit stuur maar ik voel me de laatste tijd zo leeg. niks is leuk meer, ook niet dansen en dat was mijn alles. mijn vriendinnen vragen wat er is en ik zeg altijd 'niks'. ik ben 14.

🌸 [[Amira]] 🌸""",
      subject="🌸"),
    # 50 --------------------------------------------------------------------------------------
    S("yahoo-ios-naam-in-commentaar", "v4snl_yahoo_ios", "nl",
      ["name-in-address-comment", "no-identity-in-body", "sexuality", "client-line"],
      ("Lucas Wauters", "lw.2008@yahoo.example"),
      """Hallo

Is het normaal dat ik nog nooit verliefd ben geweest op iemand? Ik ben 17 en iedereen rond mij heeft al een lief gehad en praat over seks. Ik heb daar gewoon geen interesse in, niet bij jongens en niet bij meisjes. Mijn vrienden denken dat ik lieg.""",
      subject="is dit raar",
      from_style="comment"),
    # 51 --------------------------------------------------------------------------------------
    S("fairemail-tussen-eigen-woorden-streep", "v4snl_fairemail", "nl",
      ["dash-separator-in-text", "looks-like-signature", "own-name-in-text", "parents",
       "gender-identity"],
      ("Kasper Aerts", "kasper.aerts@posteo.example"),
      """Hallo Lumi,

Eerst het goede nieuws: mijn mama weet het nu en ze was lief.
--
Dan het slechte: mijn papa zei dat er in zijn huis geen "zoon in een jurk" komt. Ik ben trans (mtf) en 16.
--
En nu weet ik niet waar ik moet wonen in het weekend.

[[Kasper]] (voorlopig nog)""",
      subject="goed en slecht nieuws"),
    # 52 --------------------------------------------------------------------------------------
    S("telenet-webmail-grootvader-kleindochter", "telenet_webmail", "nl",
      ["written-for", "grandparent", "signature", "online", "sexting"],
      ("Roger Vanmeerbeek", "roger.vanmeerbeek@telenet.example"),
      """Goede dag,

Mijn kleindochter van 15 heeft me in vertrouwen verteld dat een jongen uit haar school een foto van haar zonder kleren rondstuurt. Zij had die foto naar hem gestuurd toen ze nog samen waren. Ze is ten einde raad en wil niet dat haar ouders het weten, ze is bang dat haar vader razend zal zijn.
Ik ben 74 en ken niks van die telefoons. Wat kan ik doen om haar te helpen? Moeten we naar de politie?

Hoogachtend""",
      subject="hulp voor mijn kleindochter",
      sig="""[[Roger Vanmeerbeek]]
[[Kapelleweg 5]]
[[3090 Overijse]]
tel. [[02 687 41 22]]"""),
    # 53 --------------------------------------------------------------------------------------
    S("iphone-bottom-post-frans-reply", "iphone", "fr",
      ["reply-with-quote", "no-identity-in-body", "parents", "family-violence", "client-line"],
      ("Chaïma Haddouchi", "chaima.haddouchi@icloud.example"),
      """Oui ça va un peu mieux, je dors chez ma tante cette semaine. Mais je dois rentrer dimanche et j'ai déjà mal au ventre rien que d'y penser.
Vous pensez que je peux parler au PMS de l'école sans que mes parents soient prévenus ?""",
      subject="Re: aide",
      quote=Q_FR),
    # 54 --------------------------------------------------------------------------------------
    S("gmail-web-engels-they-them-html", "apple_mail", "en",
      ["gender-identity", "own-name-in-text", "html-heavy", "chosen-name", "school",
       "signature"],
      ("Ashley Verbruggen", "ashley.verbruggen@icloud.example"),
      """Hi there,

I'm 16, half Irish half Flemish, and I go to a school in Leuven where we mostly speak Dutch, but English is easier for me to write about feelings. I've started using they/them with my friends and a new name, [[Ash]]. My friends are great about it. My PE teacher keeps saying "ladies, line up" and looks at me when he says it.
Is it okay to ask a teacher to stop that? I don't want to make a scene.

Thanks,
[[Ash]]""",
      subject="teacher & pronouns",
      sig="""— [[Ash]] (they/them)
🌈 be kind, always"""),
    # 55 --------------------------------------------------------------------------------------
    S("samsung-engels-oneliner", "samsung", "en",
      ["one-liner", "no-punctuation", "no-identity-in-body", "self-harm", "client-line"],
      ("Daniel Okafor", "danielokafor07@gmail.example"),
      "i dont really want to be here anymore and i dont know who else to tell",
      subject="."),
    # 56 --------------------------------------------------------------------------------------
    S("outlook-engels-moeder-vcard", "outlook_desktop", "en",
      ["written-for", "parent-writing", "vcard", "signature", "disclaimer", "bullying", "school"],
      ("Rebecca Whitfield", "rebecca.whitfield@nordfin-advisory.example"),
      """Dear Lumi team,

I'm a British mum living in Tervuren. My son [[Felix]] (13) is in a Flemish secondary school and is being called names by a group of boys because of his accent. He came home with a ripped jacket on Friday and wouldn't say what happened.
I don't speak enough Dutch to talk to the school properly. Could someone advise me, or would [[Felix]] be able to write to you himself in English?

Kind regards,
[[Rebecca]]""",
      subject="Advice re. my son",
      sig=f"""[[Rebecca Whitfield]]
Senior Compliance Officer
[[Nordfin Advisory SA]]
[[Avenue Louise 231, 1050 Brussels]]
M [[+32 492 77 61 05]]

{DISCLAIMER_EN}""",
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Whitfield]];[[Rebecca]];;;
FN:[[Rebecca Whitfield]]
ORG:[[Nordfin Advisory SA]]
TEL;TYPE=CELL:[[+32 492 77 61 05]]
EMAIL:[[rebecca.whitfield@nordfin-advisory.example]]
END:VCARD""",
      crlf=True),
    # 57 --------------------------------------------------------------------------------------
    S("gmail-ios-engels-reply-quote", "gmail_ios", "en",
      ["reply-with-quote", "own-name-in-text", "bullying", "school", "bilingual"],
      ("Priya Raman", "priya.raman@gmail.example"),
      """It was in gym class. They hid my clothes while I was showering and I had to walk out in a towel and they filmed it. A teacher found my clothes in the bin later. Everybody saw the video by lunch.
My mum says I should "ignore them". I can't ignore a video.

[[Priya]]""",
      subject="Re: school",
      quote=Q_EN),
    # 58 --------------------------------------------------------------------------------------
    S("gmail-frans-nl-telefoon-aangeboden", "gmail_web", "fr",
      ["code-switching", "phone-in-text", "own-name-in-text", "love", "parents", "dialect-brussels"],
      ("Rayan Tahiri", "rayan.tahiri@gmail.example"),
      """Salut,

Moi c'est [[Rayan]], 17 ans, j'habite à Molenbeek. J'ai une copine depuis six mois, mais ses parents ne veulent pas que leur fille soit avec un garçon "comme moi". Ze heeft gezegd dat ze moet kiezen tussen haar familie en mij. Je sais pas quoi faire, j'ai peur qu'elle fasse une bêtise.
Si c'est plus facile, tu peux m'appeler au [[0486 71 22 09]] après 16h, ou m'envoyer un sms.

Merci hein""",
      subject="ma copine"),
    # 59 --------------------------------------------------------------------------------------
    S("outlook-frans-vader-handtekening", "outlook_desktop", "fr",
      ["written-for", "parent-writing", "signature", "disclaimer", "gender-identity", "parents"],
      ("Olivier Dubois", "o.dubois@cabinet-dubois-ixelles.example"),
      """Bonjour,

Notre fils de 14 ans, [[Noah]], nous a annoncé le week-end dernier qu'il se sent fille et souhaite qu'on l'appelle [[Léa]] à la maison. Ma femme et moi voulons bien faire, mais nous sommes un peu perdus. Nous ne savons pas à qui nous adresser, ni si nous devons en parler à son école (néerlandophone).
Est-ce que vous accompagnez aussi les parents ?

Bien à vous,
[[Olivier]]""",
      subject="Demande de conseils",
      sig=f"""[[Olivier Dubois]]
Architecte associé
[[Cabinet Dubois & Partners]]
[[Rue du Bailli 14, 1050 Ixelles]]
Tél. [[+32 2 640 55 17]]

{DISCLAIMER_FR}""",
      crlf=True),
    # 60 --------------------------------------------------------------------------------------
    S("gmail-spellingsfouten-dyslexie", "gmail_android", "nl",
      ["typos", "no-punctuation", "own-name-in-text", "bullying", "school", "age-10-12"],
      ("Kyan Maertens", "kyan.maertens@gmail.example"),
      """hallo ik ben [[kyan]] en ik hep dislexie en in de klas lagen ze mij uit as ik moet voorleze
de meester zecht da ik moet oefene maar ik oefen al elke dag met mama
ik ben 10 en ik wil nie meer naar school
sorry voor de fautes""",
      subject="voorleze"),
    # 61 --------------------------------------------------------------------------------------
    S("gmail-gsm-nummer-in-stukken", "gmail_android", "nl",
      ["phone-in-text", "own-name-in-text", "parents", "homeless", "tussentaal"],
      ("Dylan Vervoort", "dylanvervoort@gmail.example"),
      """Ik ben buitengegooid door mijn pa gisteren, ik slaap nu bij een maat maar dat kan maar tot zondag. Ik ben 18 dus hij zegt dat hij niks meer moet. Waar kan ik terecht? Ik heb geen geld en geen werk.
Bel mij aub als het kan: [[0468]]
[[33 90 12]]
(sorry gsm doet raar)
[[Dylan]]""",
      subject="buitengegooid"),
    # 62 --------------------------------------------------------------------------------------
    S("outlook-desktop-jeugdbeweging-leiding", "outlook_desktop", "nl",
      ["written-for", "youth-worker", "signature", "self-harm", "friends"],
      ("Pieter-Jan Cnudde", "hoofdleiding@chiro-sint-gillis.example"),
      """Hallo,

Ik ben hoofdleiding van een Chiro en tijdens ons kamp heeft een meisje van 15 aan een van onze leidsters verteld dat ze zichzelf pijn doet. De leidster (zelf 19) is er helemaal van onder de indruk. We hebben de ouders nog niet gecontacteerd, het meisje smeekte ons om dat niet te doen.
Wat is hier de juiste weg? En waar kan onze leidster zelf terecht?

Groeten
[[PJ]]""",
      subject="vraag na kamp",
      sig="""[[Pieter-Jan Cnudde]]
Hoofdleiding [[Chiro Sint-Gillis]]
[[0472 45 18 03]]
[[www.chiro-sint-gillis.example]]""",
      identity=["Pieter-Jan", "Cnudde"]),
    # 63 --------------------------------------------------------------------------------------
    S("gmail-adres-uitgeschreven-apenstaartje", "gmail_web", "nl",
      ["address-spelled-out", "own-name-in-text", "parents", "love", "no-capitals"],
      ("Lowie Dierickx", "lowie.dierickx@familie-dierickx.example"),
      """hallo

dit is het mailadres van heel ons gezin en mijn ouders lezen dus mee. ik heb een eigen adres gemaakt: [[lowie punt dk apenstaartje outlook punt example]]. kunnen jullie daar naar antwoorden? ik wil niet dat ze weten dat ik een vriendje heb.

ik ben 15 en het gaat verder goed eigenlijk, ik wil vooral weten hoe ik het hen later vertel

[[lowie]]""",
      subject="ander adres",
      identity=["familie-dierickx.example"]),
    # 64 --------------------------------------------------------------------------------------
    S("iphone-initialen-aftekening", "iphone", "nl",
      ["initials", "one-phrase-a-line", "parents", "school", "stress", "client-line"],
      ("Merel Hoebeke", "merel.hoebeke@icloud.example"),
      """hallo
korte vraag
mag het CLB aan mijn ouders vertellen wat ik hun zeg?
ik heb iets verteld over thuis en nu ben ik bang
ik ben 14
[[m.h.]]""",
      subject="CLB"),
    # 65 --------------------------------------------------------------------------------------
    S("gmail-naam-vriend-laatste-regel", "gmail_web", "nl",
      ["friend-name-last-line", "no-identity-in-body", "friends", "self-harm", "looks-like-signature"],
      ("Nathalie Van Hulle", "nathalie.vanhulle@gmail.example"),
      """Hey,

Mijn beste vriend stuurt me 's nachts berichten dat hij niet meer wil leven. Ik heb hem gezegd dat hij jullie moet mailen maar hij doet het niet. Ik ben zelf 16 en ik weet niet wat ik moet antwoorden als hij dat stuurt. Ik slaap bijna niet meer want ik ben bang dat ik een bericht mis.
Mag ik hem jullie mail doorsturen?

Dank je
Jasper weet niet dat ik dit stuur""",
      subject="mijn beste vriend"),
    # 66 --------------------------------------------------------------------------------------
    S("gmail-verzonden-vanuit-bed", "gmail_android", "nl",
      ["looks-like-client-line", "no-identity-in-body", "loneliness", "sleep"],
      ("Julie Desmet", "julie.desmet2008@gmail.example"),
      """hoi
het is 3u en ik kan weer niet slapen
ik lig te piekeren over alles: school, mijn lichaam, of mensen mij eigenlijk wel leuk vinden
overdag gaat het, maar 's nachts komt alles terug

verzonden vanuit mijn bed want ik kan toch niet slapen""",
      subject="3u"),
    # 67 --------------------------------------------------------------------------------------
    S("outlook-web-kind-op-papa-account-quote", "outlook_web", "nl",
      ["parent-account", "kid-on-parent-account", "reply-with-quote", "own-name-in-text",
       "bullying", "school"],
      ("Hendrik Vanparys", "hendrik.vanparys@hotmail.example"),
      """Hallo het is weer [[Lou]]

Ik heb het aan meneer Verbeke gezegd, de leerkracht wiskunde. Hij was heel lief en hij gaat met de directeur praten. De jongens weten nog niks. Ik ben wel bang voor maandag.
Dank jullie voor het antwoord.

[[Lou]]""",
      subject="RE: pesten in de klas",
      quote=Q_SCHOOL,
      quote_to="Hendrik Vanparys <hendrik.vanparys@hotmail.example>"),
    # 68 --------------------------------------------------------------------------------------
    S("samsung-antwoord-snij-reply", "samsung", "nl",
      ["reply-with-quote", "self-harm", "own-name-in-text", "tussentaal", "client-line"],
      ("Elif Yildiz", "elif.yildiz@gmail.example"),
      """Muziek helpt, en mijn kat. Als ze op mijn bed komt liggen dan is het even stil in mijn hoofd.
Ik heb 1813 opgeslagen in mijn gsm, voor de zekerheid. Dank je.

[[Elif]]""",
      subject="Re: iets wat niemand weet",
      quote=Q_SELF_HARM),
    # 69 --------------------------------------------------------------------------------------
    S("gmail-vorm-naam-leeftijd-regels", "gmail_web", "nl",
      ["form-like-lines", "own-name-in-text", "looks-like-signature", "school", "love"],
      ("Ruben Schepens", "ruben.schepens@gmail.example"),
      """Naam: [[Ruben]] (mag niet doorgegeven worden)
Leeftijd: 15
School: ergens in Aalst
Vraag: hoe weet ik of een meisje mij leuk vindt zonder het te vragen?

Ik weet dat dit geen echt probleem is zoals de rest maar ik lig er wel wakker van""",
      subject="vraag"),
    # 70 --------------------------------------------------------------------------------------
    S("gmail-afghaanse-naam-twee-spellingen", "gmail_web", "nl",
      ["name-variants", "own-name-in-text", "parents", "migration", "forced-marriage"],
      ("Parwana Rahimi", "parwana.rahimi@gmail.example"),
      """Goeiemiddag,

Ik ben [[Parwana]] (op school schrijven ze [[Parvana]]), 17 jaar. Mijn ouders willen dat ik na mijn 18de trouw met een neef in Kabul. Ik wil verder studeren, verpleegkunde. Als ik erover begin zegt mijn vader dat ik de familie te schande maak.
Ik heb niemand anders om dit te vragen. Kan iemand mij helpen of weet u wie?

Dank u wel""",
      subject="mijn toekomst"),
    # 71 --------------------------------------------------------------------------------------
    S("gmail-antwoord-op-eigen-telefoon-vraag-ew", "gmail_android", "nl",
      ["reply-with-quote", "no-identity-in-body", "coming-out", "friends", "short"],
      ("Grâce Mbuyi", "grace.mbuyi@gmail.example"),
      """Ja mijn buurmeisje. Zij weet het al sinds vorige zomer 😊 dank u voor het antwoord""",
      subject="Re: meisjes",
      quote=Q_COMING_OUT,
      from_style="ew"),
    # 72 --------------------------------------------------------------------------------------
    S("apple-mail-engels-name-in-ps", "iphone", "en",
      ["name-in-ps", "no-display-name", "gender-identity", "parents", "client-line"],
      ("", "quietstorm.2009@icloud.example"),
      """hi

my parents found my binder and threw it away. they said i'm "confused" and it's because of tiktok. i'm 15 and i've known since i was 11. i don't know how to get through two more years in this house.

p.s. you can call me [[Jules]], it's the name i picked""",
      subject="binder",
      from_style="bare"),
    # 73 --------------------------------------------------------------------------------------
    S("outlook-web-leefgroep-account", "outlook_web", "nl",
      ["institution-account", "own-name-in-text", "youth-care", "loneliness", "signature"],
      ("De Linde", "leefgroep.delinde@jeugdzorg-meetjesland.example"),
      """hallo ik ben [[Bryan]] en ik woon in een leefgroep. de begeleider zei dat ik dit account mag gebruiken en dat hij niet meeleest. ik ben 15 en ik zie mijn mama maar 1 keer per maand in een bezoekruimte. iedereen hier heeft iemand en ik niet. soms word ik zo kwaad dat ik dingen kapotsla en dan heb ik weer een sanctie

[[Bryan]]""",
      subject="vraag",
      sig="""[[Leefgroep De Linde]]
[[vzw Jeugdzorg Meetjesland]]
[[Molenstraat 9, 9900 Eeklo]]
Deze mailbox wordt gedeeld door de begeleiders van de leefgroep.""",
      identity=["jeugdzorg-meetjesland.example"]),
    # 74 --------------------------------------------------------------------------------------
    S("gmail-android-brussels-whatsapp", "gmail_android", "nl",
      ["dialect-brussels", "phone-in-text", "whatsapp", "own-name-in-text", "bullying", "school",
       "no-capitals"],
      ("Mehdi Ouali", "mehdi.ouali09@gmail.example"),
      """ewa, ik zen [[Mehdi]], 16 jaar, ik woon in Laken. allei ik weet ni of da hier juist is ma ik zen al drei weken ni meer naar school geweest want ze hebben mij in de metro geklopt en nu durf ik ni meer buiten. mijn moeder denkt da ik ziek zen.
stuur mij aub op WhatsApp, da's makkelijker: [[+32 489 12 07 66]]""",
      subject="metro"),
    # 75 --------------------------------------------------------------------------------------
    S("smartschool-achternaam-eerst", "smartschool", "nl",
      ["school-account", "html-only", "surname-first", "own-name-in-text", "illness", "school",
       "parents"],
      ("VAN GOETHEM Seppe", "seppe.vangoethem@leerling.sint-jozef-lier.example"),
      """Dag,

Ik weet niet of dit mag via Smartschool maar ik heb thuis geen computer. Ik ben 13.
Mijn papa heeft kanker en niemand in de klas weet het. Ik wil het ook niet zeggen want dan gaan ze raar doen. Maar ik kan me niet concentreren en mijn punten zijn slecht en de leerkrachten vragen wat er is.

Moet ik het zeggen?

[[Seppe]]""",
      subject="vraag",
      html="only"),
    # 76 --------------------------------------------------------------------------------------
    S("iphone-naam-ingetrokken-hond", "iphone", "nl",
      ["self-correction", "own-name-in-text", "pet-name", "school", "stress", "no-punctuation",
       "client-line"],
      ("Jens Coppens", "jens.coppens@icloud.example"),
      """hey ik ben [[Jens]], nee wacht ik wil eigenlijk liever anoniem blijven, vergeet die naam
ik ben 14 en ik heb elke ochtend buikpijn voor ik naar school ga
mijn hond Rocky is het enige dat mij rustig maakt
de dokter zegt dat er niks is""",
      subject="buikpijn"),
    # 77 --------------------------------------------------------------------------------------
    S("outlook-web-html-only-vriendin", "outlook_web", "nl",
      ["html-only", "coming-out", "parents", "love", "own-name-in-text"],
      ("Saar Vlaeminck", "saar.vlaeminck@outlook.example"),
      """Hallo,

Ik ben 16 en ik heb sinds kort een vriendin. Mijn ouders denken dat ze gewoon mijn beste vriendin is. Gisteren zag mijn mama ons kussen in de gang en ze heeft er niks over gezegd, maar nu doet ze heel koel tegen mij.
Moet ik het gesprek zelf beginnen?

Dank je,
[[Saar]]""",
      subject="mijn mama zag ons",
      html="only"),
    # 78 --------------------------------------------------------------------------------------
    S("proximus-html-only-limburgs-voetbal", "v4snl_proximus", "nl",
      ["family-account", "dialect-limburg", "html-only", "bullying", "parents", "sports",
       "age-10-12", "own-name-in-text", "no-punctuation"],
      ("Fam. Vanhamel-Schoofs", "vanhamel.schoofs@proximus.example"),
      """hallo
ich bin [[Wiebe]], 12 jaor, en ich zit op de computer van ozze ma en pa
op de voetbal zègke ze da ich e meisje bin omdat ich neet good kan sjete
de trainer lach mèt
ich wil stoppe mer pa is de vurzitter van de club""",
      subject="voetbal",
      html="only",
      identity=["Vanhamel", "Schoofs"]),
    # 79 --------------------------------------------------------------------------------------
    S("gmail-gents-kot-drinken", "gmail_web", "nl",
      ["dialect-east-flemish", "addiction", "own-name-in-text", "age-18-19", "student"],
      ("Arthur Van Hecke", "arthur.vanhecke@gmail.example"),
      """Ewel, kweet ni goe hoe ik hier moet beginnen. Kzijn 18 en kzitte in Gent op kot. Sinds ik hier ben drink ik elke avond, eerst voor de plezier maar nu omda ik anders ni kan slapen. Mijn ouders betalen alles en denken da ik goe studeer.
Is 18 te oud voor jullie? Anders excuseer.

[[Arthur]]""",
      subject="te oud?"),
    # 80 --------------------------------------------------------------------------------------
    S("gmail-android-kort-antwoord-vriend", "gmail_android", "nl",
      ["reply-with-quote", "friend-name-in-text", "no-identity-in-body", "emoji", "short",
       "no-capitals"],
      ("Tibo Verstraeten", "tibo.verstraeten@gmail.example"),
      "vandaag gaat het beter denk ik. ik ben naar de les geweest en heb met Mats gepraat. morgen zien we wel 🙂",
      subject="Re: alles is te veel",
      quote=Q_GENERIC),
    # 81 --------------------------------------------------------------------------------------
    S("outlook-apotheek-mama-kind-antwoordt", "outlook_desktop", "nl",
      ["parent-account", "kid-on-parent-account", "reply-with-quote", "signature",
       "own-name-in-text", "teacher-name-in-text", "bullying", "school"],
      ("Nadia Benali", "nadia.benali@apotheek-benali.example"),
      """Hallo, hier is [[Soufiane]] weer (van de mail van vorige week).
Ja, mevrouw De Bock van Frans. Ik heb het haar gisteren gezegd na de les en ze gaat het met de klas bespreken zonder mijn naam te zeggen. Ik hoop dat het werkt.
Groetjes""",
      subject="RE: gepest om mijn geloof",
      sig="""[[Nadia Benali]]
Apotheker-titularis
[[Apotheek Benali]]
[[Stationsstraat 61, 9300 Aalst]]
[[053 70 22 18]]""",
      quote=Q_SCHOOL,
      quote_to="Nadia Benali <nadia.benali@apotheek-benali.example>",
      crlf=True),
]

# Marked full names whose first word is no sender's first name: their parts identify too.
EXTRA_FIRST_NAMES: frozenset[str] = frozenset({"Sasha", "Noa"})
