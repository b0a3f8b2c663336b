# ruff: noqa: E501
"""Hand-written help-seekers' mails for part seeker_nl of the third held-out relay-text corpus.

HELD-OUT: whoever changes the relay's rules does not open this file. Do not tune on it.

Every body was written one by one the way young people (and a parent's or a school's account)
really write to a helpline; `[[...]]` marks what identifies the writer (their names, nicknames,
addresses, phone numbers, streets, handles, and every identifying line of an account's signature),
`<<...>>` what is neither content nor identity. The dressing is relay_corpus_heldout.py's.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# First names of people named in full in a body or signature, beside the senders' own.
EXTRA_FIRST_NAMES = frozenset({"Febe", "Ilias", "Geert", "Katrien", "Johan", "Mark"})

CONF_NL = """Hoi,

Bedankt voor je bericht, we hebben het goed ontvangen.
Een vrijwilliger van Lumi leest het en schrijft je zo snel mogelijk terug, meestal binnen de twee dagen.
Wil je nog iets toevoegen? Antwoord dan gewoon op deze mail.

Heb je nu meteen iemand nodig? Bel of chat met Tele-Onthaal (106) of de Zelfmoordlijn (1813).
In nood bel je 112.

Warme groet,
Lumi"""

CONF_FR = """Bonjour,

Merci pour ton message, nous l'avons bien reçu.
Un·e bénévole de Lumi le lit et te répond dès que possible, en général dans les deux jours.
Tu veux ajouter quelque chose ? Réponds simplement à ce mail.

Tu as besoin de parler à quelqu'un tout de suite ? Appelle le 107 (Télé-Accueil) ou le 0800 32 123 (Centre de Prévention du Suicide).
En cas d'urgence : 112.

Lumi"""

CONF_EN = """Hi,

Thank you for your message, we received it.
A Lumi volunteer will read it and write back as soon as possible, usually within two days.
Want to add something? Just reply to this mail.

If you need someone right now, call or chat with Tele-Onthaal (106) or the suicide line (1813).
In an emergency call 112.

Lumi"""


def s(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug, "seeker", shape, lang, tags, sender, body, **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
    # ------------------------------------------------------------------ Dutch and Flemish
    s("gmail-android-wout-oneliner", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "own-name-in-text", "tussentaal", "coming-out"],
      ("Wout De Clercq", "woutdeclercq2010@gmail.example"),
      "hoi ik ben [[Wout]] en ik denk da ik op jongens val maar ik durf da aan niemand zeggen",
      subject="vraag"),

    s("iphone-bi-lines", "iphone", "nl",
      ["one-phrase-per-line", "no-punctuation", "no-identity-in-body", "coming-out"],
      ("", "xx.fien.xx@hotmail.example"),
      "hey\nik ben 13\nik denk dat ik bi ben\nmaar ik weet het niet zeker\nis da normaal\nmijn vriendinnen zeggen van wel maar ik weet het ni",
      subject=""),

    s("samsung-help-short", "samsung", "nl",
      ["very-short", "no-identity-in-body", "self-harm"],
      ("Kenzo Mertens", "kenzo.mertens@telenet.example"),
      "help\nik kan ni meer",
      subject="help"),

    s("outlook-papa-laptop-westvlaams", "outlook_desktop", "nl",
      ["parent-account", "signature-disclaimer", "west-flemish", "own-name-in-text", "gender-identity", "long"],
      ("Geert Van Hoecke", "geert.vanhoecke@verstraete-bouw.example"),
      """Hallo

'k schryven via de mail van myn vader want 'k en geen eigen mail, hy weet da nie.
'k zyn [[Lowie]], 'k zyn 15 jaar en 'k zitten in 't middelbaar in Roeselare.
Al van da 'k kleen was voelen 'k mij gin jongen. 'k Weten nie hoe da 'k da moeten uutleggen. Als 'k in de spiegel kyken is 't precies nie myn lyf.
Op school doen 'k gewoon mee lyk of er niks is ma 's avonds zitten 'k te bleiten op myn kamer.
Is da normaal? En wie kan 'k daarover spreken zonder da myn ouders da weten?

Merci
""",
      subject="vraag",
      sig="""Met vriendelijke groeten,

[[Geert Van Hoecke]]
Projectleider
[[Bouwbedrijf Verstraete nv]]
[[Industrieweg 14]] | [[8800 Roeselare]]
T [[+32 51 20 30 40]] | M [[+32 475 11 22 33]]
[[www.verstraete-bouw.example]]

Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde en kunnen vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwittig dan de afzender en verwijder dit bericht. Bouwbedrijf Verstraete nv aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit het gebruik van e-mail."""),

    s("gmail-web-antwerp-pesten-long", "gmail_web", "nl",
      ["antwerp", "tussentaal", "no-punctuation", "long", "own-name-in-text", "bullying", "friends"],
      ("Jens Wuyts", "jenswuyts08@gmail.example"),
      """hallo

ik weet ni goe of ik hier juist ben ma ik ga het gewoon schrijven

sinds de paasvakantie is het echt zot op school ze noemen mij flikker en homo in de gang en ze hebben een foto van mij op snap gezet met allemaal regenbogen erop en iedereen van ons jaar heeft da gezien
ik heb da nooit tegen iemand gezegd da ik op jongens val dus ik weet ni hoe ze dat weten
misschien omda ik altijd met de meisjes optrek ik weet het ni
mijn beste vriend Yorick zegt da ik het moet negeren ma dat is makkelijk gezegd als ge ni elke dag in die klas moet zitten
de leerkrachten zien da ook ma ze doen niks of ze zeggen allez mannen stop
ik wil eigenlijk ni meer naar school gaan en mijn ma vraagt waarom ik altijd buikpijn heb

ik ben 14 en ik zit in het 3de middelbaar in Deurne

kunde gij mij zeggen wat ik kan doen zonder da het nog erger wordt

groetjes [[Jens]]
""",
      subject="pesten op school"),

    s("gmail-android-reply-vriendin-mama", "gmail_android", "nl",
      ["reply-with-quote", "no-identity-in-body", "parents", "love"],
      ("Yasmina Benali", "yasmina.benali06@gmail.example"),
      """ok merci voor jullie mail

ik wil nog iets zeggen wat ik vergeten was
mijn vriendin en ik zijn nu 4 maanden samen en mijn mama heeft gisteren onze berichten gezien
ze zegt dat het een fase is en dat ik haar niet meer mag zien
ik mag nu ook niet meer alleen weg
ik ben echt kapot 💔""",
      subject="Re: mijn mama",
      quote=CONF_NL),

    s("telenet-limburg-stijn", "telenet_webmail", "nl",
      ["limburg", "tussentaal", "own-name-in-text", "coming-out", "parents"],
      ("Stijn Vanderhoydonck", "stijn.vdhoydonck@telenet.example"),
      """Heej

Ich bin [[Stijn]], 16 jaor, oet de buurt van Genk.
Ich wil het tegen mien ouders zeggen dat ich homo bin ma ich weet neet hoe.
Mien pap zegt soms dinger aan tafel als er iets op tv is, ni echt erg ma toch.
Mien mam is wel lief ma die vertelt alles door aan mien tante.
Hoe doen anderen da? Moet ich da in ene keer zeggen of eerst aan mien mam alleen?

Bedankt alvast
""",
      subject="coming out thuis"),

    s("smartschool-hanne-pesten", "smartschool", "nl",
      ["school-account", "html-only", "bullying", "school"],
      ("Hanne Goossens (5HWi)", "hanne.goossens@leerling.sint-ursula.example"),
      """Beste

Ik stuur dit via mijn schoolaccount omdat ik thuis niet op mijn eigen mail kan.
In mijn klas is er een groepje meisjes dat mij al sinds september uitlacht omdat ik kort haar heb en geen make-up draag. Ze zeggen dat ik een 'pot' ben en ze gaan weg als ik naast hen kom zitten.
Ik weet zelf eigenlijk nog niet goed wat ik ben en dat maakt het nog moeilijker.
Bij de leerlingenbegeleiding durf ik niet gaan want dan moet ik alles uitleggen en dan weten ze het op school.

Wat kan ik doen?

Dank u
""",
      subject="Pesten",
      html="only"),

    s("school-o365-mila-bestevriendin", "v3snl_school_o365", "nl",
      ["school-account", "school-signature", "love", "friends", "no-identity-in-body"],
      ("Mila Verhaegen", "mila.verhaegen@student.atheneum-brugge.example"),
      """Hoi,

ik denk dat ik verliefd ben op mijn beste vriendin.
We doen alles samen, we slapen bij elkaar en ik wil dat eigenlijk niet kapotmaken.
Soms denk ik dat zij het ook voelt, want ze pakt mijn hand vast als we naar de film gaan, maar misschien doet ze dat gewoon omdat ze zo is.
Moet ik het haar zeggen?? Of is dat dom

x""",
      subject="vraagje",
      sig="""[[Mila Verhaegen]]
Leerling 5 Latijn-Wiskunde
[[Koninklijk Atheneum Brugge]]"""),

    s("iphone-robbe-emoji", "iphone", "nl",
      ["emoji", "no-identity-in-body", "love", "one-phrase-per-line"],
      ("Robbe ✨", "robbe.dh@icloud.example"),
      """ik ben verliefd op mijn beste vriend 😭😭
en hij heeft een lief
en ik moet elke dag naast hem zitten in de bus 🚌
wat moet ik doen 🙃""",
      subject="😭"),

    s("outlook-web-kai-nonbinary", "outlook_web", "nl",
      ["mixed-language", "own-name-in-text", "gender-identity", "parents"],
      ("Laura Maes", "laura.maes2009@hotmail.example"),
      """hey

idk of dit de juiste plek is maar ok
ik ben 15 en ik denk dat ik non-binary ben. ik voel me gewoon geen meisje maar ook niet echt een jongen, gewoon... ik?
online noemen mijn vrienden mij [[Kai]] en ze zeggen die/hun en dat voelt literally zo veel beter
maar thuis is het nog altijd [[Laura]] en "ons meisje" en ik word daar echt zo moe van
mijn ouders zijn niet slecht maar ze snappen zoiets gewoon niet, mijn papa denkt dat het iets van TikTok is

hoe leg je dit uit aan mensen die er niks van weten?

thx
[[Kai]] (die/hun)
""",
      subject="non binary"),

    s("samsung-gsm-mama-lines", "samsung", "nl",
      ["parent-account", "one-phrase-per-line", "no-identity-in-body", "parents"],
      ("Nathalie Claes", "nathalie.claes@skynet.example"),
      """hallo
dit is de gsm van mijn mama
ze weet niet dat ik jullie mail
ik heb zelf nog geen gsm
ik ben 12
ik denk de hele tijd aan een meisje uit mijn klas
is dat raar als je een meisje bent
aub niet naar dit adres terugschrijven als mama kijkt
ik verwijder deze mail straks""",
      subject=""),

    s("outlook-reply-lucas-volunteer", "outlook_desktop", "nl",
      ["reply-with-quote", "quote-header-with-name", "parents", "coming-out"],
      ("Lucas Vermeiren", "lucas.vermeiren@skynet.example"),
      """Dag Lumi,

Bedankt voor jullie uitgebreid antwoord, ik heb het een paar keer gelezen.
Ik heb het gisteren aan mijn mama verteld. Ze moest eerst wat wenen maar daarna zei ze dat ze me graag ziet en dat er niks verandert. Mijn papa weet het nog niet, ze wil dat ik dat zelf doe.
Ik ben opgelucht maar ook bang voor mijn papa.

Mag ik nog eens schrijven als het gebeurd is?

Groeten""",
      subject="RE: coming out",
      quote="""Dag,

Wat fijn dat je ons schrijft, en wat moedig dat je erover nadenkt om het thuis te vertellen.
Je hoeft niks te haasten: jij kiest wanneer en aan wie. Veel jongeren beginnen bij de persoon bij wie ze zich het veiligst voelen.
Als je wil, kunnen we samen bekijken wat je zou willen zeggen.

Hou je goed,
Lumi""",
      quote_to="Lucas Vermeiren <lucas.vermeiren@skynet.example>"),

    s("yahoo-ella-zelfmoordlijn", "yahoo", "nl",
      ["long", "no-identity-in-body", "self-harm", "school"],
      ("Ella", "ella_x_2009@yahoo.example"),
      """Hallo,

Ik weet niet goed hoe ik moet beginnen.
Het gaat al een tijd niet goed met mij. Ik slaap slecht, ik eet bijna niks meer en op school haal ik alleen maar buizen terwijl ik vroeger goede punten had.
Soms denk ik dat het voor iedereen beter zou zijn als ik er niet meer was. Ik zou het niet echt doen denk ik, maar de gedachte komt elke avond terug.
Ik heb een keer naar 1813 gebeld maar ik heb direct ingelegd toen iemand opnam, ik wist niet wat zeggen.
Mijn ouders hebben het druk met mijn kleine broer die ziek is en ik wil hen niet nog meer zorgen geven.
Ik denk ook dat ik op meisjes val en dat maakt alles nog verwarrender.

Sorry voor de lange mail.""",
      subject="ik weet het niet meer"),

    s("gmail-web-dries-gsm-papa", "gmail_web", "nl",
      ["antwerp", "tussentaal", "own-name-in-text", "phone-in-text", "parents", "coming-out"],
      ("Dries Van Dyck", "dries.vandyck@gmail.example"),
      """yo

ik ben [[Dries]], 17, van Antwerpen (Borgerhout)
mijn pa is echt ni cool met homos, hij zegt altijd da ze ziek zijn en da hij zijn zoon zou buitensmijten
en ik ben dus... ja ge snapt het wel
ik heb een lief, hij heet Milan en hij is 18, mijn pa weet van niks
ik ben bang da hij het ontdekt want mijn zus heeft ons al eens gezien aan de Groenplaats

ge moogt mij ook sms'en op [[0478 12 34 90]] ma ni na 18u want dan is mijn pa thuis en die kijkt soms op mijn gsm

thx
""",
      subject="mijn pa"),
    s("thunderbird-febe-formal", "thunderbird", "nl",
      ["formal", "own-name-in-text", "family-domain", "coming-out", "parents", "long"],
      ("Febe Lauwers", "febe@lauwers-thuis.example"),
      """Goeiedag,

Mijn naam is [[Febe Lauwers]], ik ben 17 jaar en ik zit in het laatste jaar humane wetenschappen.
Ik schrijf jullie omdat ik niet goed weet bij wie ik anders terecht kan.

Ik weet al sinds mijn veertiende dat ik lesbisch ben. Mijn vrienden weten het en die reageerden heel goed. Thuis ligt het moeilijker: mijn ouders zijn heel gelovig en mijn grootmoeder woont bij ons in. Ik heb het gevoel dat ik een dubbel leven leid.
Volgend jaar ga ik op kot in Leuven en ik twijfel of ik het hen voor of na die tijd moet vertellen. Als ze slecht reageren, ben ik bang dat ze mijn studies niet meer willen betalen.

Hebben jullie tips, of kennen jullie ouders die in dezelfde situatie zaten en met wie ik zou kunnen praten?

Met vriendelijke groeten,
[[Febe]]
""",
      subject="Vraag over coming out bij gelovige ouders",
      identity=["lauwers-thuis.example"]),

    s("outlook-ios-jarne-anoniem", "outlook_mobile", "nl",
      ["one-liner", "no-identity-in-body", "question-about-service"],
      ("Jarne Dewitte", "jarne.dewitte@outlook.example"),
      "kan ik hier ook anoniem iets vragen? want mijn naam staat er nu bij",
      subject="anoniem?"),

    s("gmail-ios-mo-vrienden", "gmail_ios", "nl",
      ["own-name-in-text", "nickname-in-text", "friends", "coming-out", "tussentaal"],
      ("Mohamed Aarab", "mohamed.aarab.2008@gmail.example"),
      """salut lumi

iedereen noemt mij [[Mo]], ik ben 16
vorige maand heb ik aan mijn vrienden gezegd da ik bi ben
eerst was het ok ma nu word ik ni meer uitgenodigd als ze gaan voetballen of naar de stad
in de groepschat sturen ze memes over gays en dan zeggen ze "grapje [[Mo]]"
ik heb het gevoel da ik al mijn vrienden kwijt ben door een zin

is da normaal da ze zo reageren? moet ik gewoon nieuwe vrienden zoeken
""",
      subject="vrienden"),

    s("apple-mail-reply-oke", "apple_mail", "nl",
      ["reply-with-quote", "short", "no-identity-in-body", "school"],
      ("Elias Wauters", "elias.wauters@icloud.example"),
      """oke dankjewel

ik zal morgen eens naar het CLB gaan denk ik""",
      subject="Re: stress",
      quote=CONF_NL),

    s("proximus-family-tibo-insta", "v3snl_proximus_webmail", "nl",
      ["parent-account", "family-account", "html-only", "own-name-in-text", "handle-in-text", "bullying"],
      ("Fam. Vandamme-Coppens", "vandamme.coppens@skynet.example"),
      """Hallo,

ik ben [[Tibo]], de zoon. Ik gebruik de mail van mijn ouders omdat ik geen eigen heb.
Op Instagram heeft iemand een nep account gemaakt met mijn foto's en daarop zetten ze dingen alsof ik gay ben en jongens wil versieren. Mensen van school sturen mij nu berichten en lachen mij uit.
Mijn echte account is [[@tibo.vdc]] en ik heb al gemeld maar er gebeurt niks.
Ik ben 13. Ik weet zelf nog niet of ik op jongens of meisjes val en nu denkt iedereen al iets.

Wat moet ik doen?
""",
      subject="nep account",
      html="only",
      identity=["Vandamme", "Coppens"]),

    s("iphone-arne-westvlaams-pesten", "iphone", "nl",
      ["west-flemish", "no-punctuation", "no-identity-in-body", "bullying", "school"],
      ("Arne Vanneste", "arnevanneste@icloud.example"),
      """ey
'k zyn 14 en 'k zitten in 't 3de jaar
ze pesten mie olle dagen omda 'k e bitje anders zyn
ze pakken myn boekentas en smyten ze in de vuilbak en iedereen lacht
de leraars zeggen da 'k ma nie zo gevoelig moeten zyn
'k en ook mo een vriend en die is nu ook bang van hunder
'k weten nie wuk da 'k moeten doen
'k goan liever nie meer noar school""",
      subject="pesten"),

    s("samsung-marthe-chiro", "samsung", "nl",
      ["antwerp", "tussentaal", "own-name-in-text", "love", "friends"],
      ("Marthe Smits", "marthe.smits@telenet.example"),
      """hoi

amai ik weet ni goe hoe da ik dit moet schrijven haha
ik ben [[Marthe]], 15, van bij Mechelen
ik zit al heel lang in de chiro en sinds het kamp deze zomer denk ik de hele tijd aan een leidster
ze is 19 dus ik weet dat dat nooit iets wordt maar ik word er echt zot van
als ze tegen mij lacht ben ik heel de week blij en als ze ni komt ben ik heel de week triest
ik heb nog nooit zoiets gevoeld voor een jongen
betekent dat dat ik lesbisch ben? of is dat gewoon een crush op iemand die ouder is

sorry als dit een domme vraag is""",
      subject="crush"),

    s("gmail-android-limburg-nick-school", "gmail_android", "nl",
      ["limburg", "tussentaal", "no-identity-in-body", "self-harm", "school"],
      ("Nick Jorissen", "nickjorissen2009@gmail.example"),
      """hoi

ich weet neet of ich hier goe zit want ich bin neet gay ofzo, ma ich had gelezen da ge oek ma gewoon iets moogt vertellen
ich bin 15 en het geit echt neet goe op school, ich ben twee keer blijven zitten en mien pap zegt da ich ne nietsnut ben
sinds ene paar weken snij ich soms in mien arm als het te veel wordt. niemand weet da
ich wil eigenlijk neet dood ofzo ma ich weet neet hoe ich anders moet stoppen met denken

wa moet ich doen""",
      subject=""),

    s("outlook-mac-mama-huisarts", "v3snl_outlook_mac", "nl",
      ["parent-account", "signature-disclaimer", "no-identity-in-body", "coming-out", "parents"],
      ("An Wouters", "an.wouters@dokters-delinde.example"),
      """Hallo,

Ik zit op de laptop van mijn mama en haar handtekening staat er automatisch onder, sorry, die kan ik niet weghalen.
Ik ben 14 en ik weet sinds een tijdje dat ik op meisjes val. Ik wil het mijn mama eigenlijk wel zeggen, ze is heel open over alles, maar ik ben bang dat ze het dan aan iedereen gaat vertellen of er een heel 'gesprek' van maakt.
Hoe kan ik het zeggen zonder dat het zo'n groot ding wordt?

Groetjes""",
      subject="vraag",
      sig="""[[Dr. An Wouters]]
Huisarts
[[Huisartsenpraktijk De Linde]]
[[Stationsstraat 88]], [[3500 Hasselt]]
Tel. [[011 22 33 44]]

De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Medische informatie wordt nooit via e-mail gegeven. Dringend? Bel 1733 of 112."""),

    s("gmail-web-reply-ilias-history", "gmail_web", "nl",
      ["reply-with-quote", "name-in-quoted-history", "no-identity-in-body", "gender-identity"],
      ("Ilias El Khatib", "ilias.elkhatib@gmail.example"),
      """en nog iets

ik heb gisteren voor de eerste keer een binder gekocht met mijn zakgeld en ik voel me zo veel beter
maar ik ben bang dat mijn zus hem gaat vinden in mijn kast
waar verstoppen anderen dat?""",
      subject="Re: ik ben een jongen",
      quote=CONF_NL + """

Je bericht:
Op zo 2 mrt 2025 om 21:47 schreef Ilias El Khatib <ilias.elkhatib@gmail.example>:
> hallo ik ben Ilias, ik ben 15 en ik ben geboren als meisje maar ik ben een jongen
> niemand weet het behalve mijn beste vriendin
> ik wil weten hoe ik aan hormonen kan geraken zonder mijn ouders"""),

    s("huawei-salma-religie", "huawei", "nl",
      ["mixed-language", "own-name-in-text", "coming-out", "parents", "love"],
      ("Salma B.", "salma.bk2008@hotmail.example"),
      """Salam

ik ben [[Salma]] ik ben 16 jaar en ik woon in Antwerpen
ik draag een hoofddoek en mijn familie is heel gelovig hamdoulilah daar heb ik geen probleem mee
maar ik ben al een jaar verliefd op een meisje van mijn school en zij op mij
wallah ik weet niet hoe ik dat moet combineren, ik bid elke dag dat het weggaat maar het gaat niet weg
als mijn vader dit weet dan stuurt hij mij naar Marokko dat weet ik zeker

is er iemand bij jullie die moslim is en die dit snapt?""",
      subject="vraag"),

    s("gmail-android-emre-genk", "gmail_android", "nl",
      ["limburg", "own-name-in-text", "coming-out", "parents", "friends"],
      ("Emre Yilmaz", "emreyilmaz.genk@gmail.example"),
      """Hallo

Ik ben [[Emre]], 17 jaar, uit Genk (Waterschei).
Mijn vrienden weten dat ik gay ben en dat is ok, maar mijn ouders niet. In onze gemeenschap wordt daar echt niet over gepraat, mijn moeder zegt altijd "dat bestaat bij ons niet".
Volgend jaar ben ik 18 en ik wil eigenlijk op mezelf gaan wonen voor ik het zeg. Is dat laf?
Mijn neef zegt dat ik het gewoon nooit moet zeggen en later met een meisje trouwen zoals zijn vriend gedaan heeft. Dat wil ik echt niet.

Bedankt om te lezen""",
      subject="ouders"),

    s("windows-mail-kacper-pesten", "windows_mail", "nl",
      ["non-native", "typos", "no-identity-in-body", "bullying", "school"],
      ("Kacper Nowak", "kacper.nowak@outlook.example"),
      """Goedendag

Ik ben 13 jaar en ik woon in Belgie sinds 3 jaar, ik kom uit Polen. Mijn nederlands is niet perfect sorry.
In school de jongens zeggen dat ik gay ben omdat ik praat zacht en ik hou van tekenen. Ze zeggen ook "ga terug naar Polen". In de turnles ze duwen mij en in de kleedkamer ze nemen mijn kleren.
Ik heb gezegt aan de juf maar zij zegt dat jongens zijn zo.
Mijn ouders werken veel en ik wil ze niet zorgen geven.

Wat kan ik doen?
Dank je wel""",
      subject="Help pesten"),

    s("gmx-femke-nederland", "v3snl_gmx", "nl",
      ["dutch-from-nl", "own-name-in-text", "gender-identity", "school"],
      ("Femke de Vries", "femke.devries@gmx.example"),
      """Hoi!

Ik ben [[Femke]] (16) en ik woon sinds de zomer in België, ik kom uit Utrecht. Dus sorry als ik dingen anders zeg dan jullie haha.
In Nederland ging ik naar een genderpoli (ik ben trans, mtf) maar die wachtlijst ben ik nu kwijt en hier weet ik echt niet waar ik moet beginnen. Op mijn nieuwe school weet niemand het en ik wil eigenlijk dat dat zo blijft, maar ik moet wel naar de jongenskleedkamer bij gym en dat is echt vreselijk.

Weten jullie hoe dat in België werkt? En kan ik op school vragen om apart om te kleden zonder dat iedereen het weet?

Alvast bedankt!!
Groetjes""",
      subject="trans en verhuisd naar België"),

    s("spark-lore-aseksueel", "v3snl_spark_ios", "nl",
      ["long", "no-identity-in-body", "love", "friends"],
      ("Lore Van Acker", "lore.vanacker@icloud.example"),
      """Dag Lumi

Ik ben 17 en al mijn vriendinnen hebben een lief of zijn er constant mee bezig. Ik heb dat gewoon nooit gehad. Ik vind mensen wel mooi, en ik heb een paar keer gedacht dat ik verliefd was, maar als iemand mij wil kussen of er meer van wil dan word ik bijna misselijk.
Mijn vriendinnen zeggen dat ik 'de ware' nog niet heb ontmoet. Ik heb online gelezen over aseksualiteit en aromantisch en ik herken er heel veel in, maar ik ben bang dat ik mezelf iets aanpraat.
Op de laatste fuif heb ik met een jongen gekust omdat iedereen stond te kijken en ik voelde me daarna echt vies van mezelf.

Is het mogelijk dat ik gewoon zo ben? En hoe zeg je dat aan vrienden zonder dat ze denken dat je raar bent?

Dank je""",
      subject="ben ik raar"),
    s("samsung-reply-senne", "samsung", "nl",
      ["reply-with-quote", "quote-header-with-address", "no-identity-in-body", "friends", "self-harm"],
      ("Senne Claeys", "senne.claeys@gmail.example"),
      """Dank u voor jullie antwoord.
Ik heb met mijn vriend gepraat zoals jullie zeiden en hij gaat nu naar een psycholoog. Ik ben blij maar ik voel me ook schuldig omdat ik het aan zijn mama heb verteld terwijl hij dat niet wilde.
Hij praat nu niet meer tegen mij.
Heb ik het fout gedaan?""",
      subject="Re: mijn vriend",
      quote="""Dag,

Wat goed dat je ons schrijft over je vriend. Je draagt een zware zorg, en dat hoef je niet alleen te doen.
Het is niet verraad om een volwassene in te lichten als iemand zichzelf pijn doet: je doet het omdat je om hem geeft.
Je kan ook zelf bellen met de Zelfmoordlijn (1813) om te vragen hoe je hem het best steunt.

Groetjes,
Lumi""",
      quote_to="senne.claeys@gmail.example"),

    s("outlook-web-kobe-oneliner", "outlook_web", "nl",
      ["one-liner", "no-punctuation", "no-identity-in-body", "self-harm"],
      ("Kobe Lemmens", "kobe_lemmens@hotmail.example"),
      "is het normaal dat ik soms denk dat iedereen beter af is zonder mij",
      subject="vraag"),

    s("ipad-papa-johan-klein", "ipad", "nl",
      ["parent-account", "young", "no-identity-in-body", "gender-identity", "parents"],
      ("Johan Cools", "johan.cools@telenet.example"),
      """Hallo ik ben 11 jaar en ik gebruik de ipad van mijn papa.
Ik wil eigenlijk een meisje zijn. Ik speel altijd met de meisjes en ik wil lang haar maar mijn papa zegt dat jongens geen lang haar hebben.
Op carnaval was ik een prinses en dat was de beste dag van mijn leven.
Mag dat? Kan een jongen een meisje worden?""",
      subject="vraag van een kind"),

    s("school-o365-lander-html", "v3snl_school_o365", "nl",
      ["school-account", "html-heavy", "own-name-in-text", "school", "bullying"],
      ("Wyns Lander", "lander.wyns@leerling.sgr-leuven.example"),
      """Hallo Lumi,

Ik heb een vraag over een leerkracht. Onze leraar LO maakt bijna elke les grapjes over 'mietjes' en 'homo's die niet kunnen gooien'. De hele klas lacht en kijkt dan naar mij.
Ik ben niet uit de kast, maar ik ben wel gay, en ik voel me elke dinsdag en donderdag echt slecht.
Kan ik daar iets tegen doen zonder dat ik moet zeggen dat ik het zelf ben? Ik wil niet dat mijn ouders gebeld worden.

Alvast bedankt
[[Lander]]
(4de jaar)""",
      subject="leerkracht LO",
      html_own="""<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 14pt; color: rgb(112, 48, 160);">Hallo Lumi,</div>
<div class="elementToProof"><br></div>
<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 14pt; color: rgb(112, 48, 160);">Ik heb een vraag over een leerkracht. Onze leraar LO maakt bijna elke les grapjes over <i>'mietjes'</i> en <i>'homo's die niet kunnen gooien'</i>. De hele klas lacht en kijkt dan naar mij.</div>
<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 14pt; color: rgb(112, 48, 160);">Ik ben <b>niet</b> uit de kast, maar ik ben wel gay, en ik voel me elke dinsdag en donderdag <span style="background-color: rgb(255, 255, 0);">echt slecht</span>.</div>
<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 14pt; color: rgb(112, 48, 160);">Kan ik daar iets tegen doen zonder dat ik moet zeggen dat ik het zelf ben? Ik wil niet dat mijn ouders gebeld worden.</div>
<div class="elementToProof"><br></div>
<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 14pt; color: rgb(112, 48, 160);">Alvast bedankt</div>
<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 14pt; color: rgb(112, 48, 160);">Lander</div>
<div class="elementToProof" style="font-family: 'Comic Sans MS', cursive; font-size: 12pt; color: rgb(128, 128, 128);">(4de jaar)</div>"""),

    s("gmail-android-scouts-antwerps", "gmail_android", "nl",
      ["antwerp", "tussentaal", "no-punctuation", "no-identity-in-body", "love", "coming-out"],
      ("Warre Van Looy", "warrevanlooy@gmail.example"),
      """seg

ik heb een vraagske
kzen 15 en kzit bij de scouts en er is daar ne gast van de givers waar da ik echt zot van ben
allez ik denk da toch
we sturen heel de tijd en hij stuurt altijd hartjes terug ma hij heeft vroeger een lief gehad (een meiske)
hoe weet ge of iemand ook op jongens valt zonder het te vragen
want als ik het vraag en hij is ni zo dan weet heel de scouts het tegen zaterdag
en ik wil ni stoppen met scouts want da is het enige wa ik echt graag doe""",
      subject="vraagske"),

    s("outlook-ios-reply-rune-ja", "outlook_mobile", "nl",
      ["reply-with-quote", "very-short", "quote-header-with-name", "no-identity-in-body", "gender-identity"],
      ("Rune Segers", "rune.segers@outlook.example"),
      "ja graag, woensdag na school kan ik",
      subject="RE: praten met iemand",
      quote="""Dag,

Dank je om ons zo open te schrijven over hoe je je voelt in je lichaam.
Als je wil, kunnen we je in contact brengen met een jongerengroep waar andere trans en non-binaire jongeren samenkomen. Zou je dat zien zitten?

Warme groet,
Lumi""",
      quote_to="Rune Segers <rune.segers@outlook.example>"),

    s("iphone-typos-gsm-afgepakt", "iphone", "nl",
      ["typos", "no-punctuation", "tussentaal", "no-identity-in-body", "parents", "love"],
      ("Ayoub", "ayoub.lk@icloud.example"),
      """ik wet ni wa ik mot doen mijn ma heft mijn gsm afgepakt en al mijn chats glezen me mijn lief
hij is een jongen en nu wet ze het
ze zegt da mijn pa het ni mag weten want dan is het oorlog thuis
ik mag nu ni meer naar buiten behalve naar school
ik schrijf da nu op de gsm van een vriend
kunne jullie terug schrijven naar dit adres da is van mijn icloud da kan ik op school lezen""",
      subject="dringend"),

    s("smartschool-vriendin-amber-snijdt", "smartschool", "nl",
      ["school-account", "html-only", "friends", "self-harm", "no-identity-in-body"],
      ("Mathis Lenaerts (2B)", "mathis.lenaerts@leerling.sint-jan-berchmans.example"),
      """Hallo

Ik maak mij zorgen over mijn beste vriendin Amber. Ze heeft littekens op haar armen en ze zegt dat het van haar kat is maar ik geloof dat niet. Ze draagt altijd lange mouwen ook als het warm is.
Ze heeft mij gisteren een bericht gestuurd dat ze 'er klaar mee is' en daarna niks meer.
Ik durf het niet tegen een leerkracht zeggen want dan is ze boos op mij.

Wat moet ik doen?? Ik ben 13.""",
      subject="Mijn vriendin",
      html="only"),

    s("outlook-mama-katrien-stad", "outlook_desktop", "nl",
      ["parent-account", "signature-no-disclaimer", "own-name-in-text", "parent-name-in-text", "young", "bullying"],
      ("Katrien Baert", "katrien.baert@stad.gent.example"),
      """Hallo

Ik ben [[Jasper]] en ik ben 12. Ik zit op de computer van mijn mama [[Katrien]] maar ze mag dit niet weten.
Op school noemen ze mij een meisje omdat ik graag dans en omdat ik mijn nagels soms lak. In de speeltijd mag ik nooit meedoen met voetbal.
Ik wil gewoon normaal zijn.

Groetjes [[Jasper]]""",
      subject="",
      sig="""[[Katrien Baert]]
Dossierbeheerder
[[Stad Gent – Dienst Burgerzaken]]
[[Woodrow Wilsonplein 1]], [[9000 Gent]]
[[09 210 10 10]] | [[katrien.baert@stad.gent.example]]"""),

    s("gmail-web-zoe-pronouns", "gmail_web", "nl",
      ["own-name-in-text", "pronouns", "gender-identity", "friends", "emoji", "html-heavy"],
      ("Zoë Van den Bossche", "zoe.vdbossche@gmail.example"),
      """Hey Lumi 🌸

Ik ben trans (meisje) en sinds januari ben ik bij mijn vrienden uit de kast. Ze gebruiken allemaal mijn nieuwe naam en zij/haar, echt super lief.
Mijn probleem: volgende maand is het klasfoto en op de lijst van school staat nog mijn oude naam. Ik wil niet dat iemand die ziet en ik wil ook niet dat mijn ouders weten dat ik op school al met een andere naam leef.
Kan een school zoiets aanpassen zonder de ouders te verwittigen? Ik ben 16.

Liefs,
[[Zoë]]
(zij/haar)""",
      subject="naam op school",
      html_own="""<div><font face="comic sans ms, sans-serif" color="#ff00ff" size="4">Hey Lumi 🌸</font></div><div><font face="comic sans ms, sans-serif"><br></font></div>
<div><font face="comic sans ms, sans-serif">Ik ben <b>trans</b> (meisje) en sinds januari ben ik bij mijn vrienden uit de kast. Ze gebruiken allemaal mijn nieuwe naam en zij/haar, <span style="background-color:rgb(255,229,153)">echt super lief</span>.</font></div>
<div><font face="comic sans ms, sans-serif">Mijn probleem: volgende maand is het klasfoto en op de lijst van school staat nog mijn <u>oude naam</u>. Ik wil niet dat iemand die ziet en ik wil ook niet dat mijn ouders weten dat ik op school al met een andere naam leef.</font></div>
<div><font face="comic sans ms, sans-serif">Kan een school zoiets aanpassen zonder de ouders te verwittigen? Ik ben 16.</font></div><div><font face="comic sans ms, sans-serif"><br></font></div>
<div><font face="comic sans ms, sans-serif">Liefs,</font></div><div><font face="comic sans ms, sans-serif" color="#ff00ff">Zoë</font></div><div><font face="comic sans ms, sans-serif" color="#999999">(zij/haar)</font></div>"""),

    s("apple-mail-maxime-scheiding", "apple_mail", "nl",
      ["long", "no-identity-in-body", "parents", "coming-out"],
      ("Maxime Delvaux", "maxime.delvaux@icloud.example"),
      """Hallo,

Mijn ouders gaan scheiden. Ze hebben het ons vorige week verteld aan tafel, mijn zus en ik moesten allebei wenen.
Ik ging het binnenkort aan hen vertellen dat ik bi ben, ik had het allemaal voorbereid, ik had zelfs een brief geschreven. Maar nu voelt het alsof ik dat niet meer kan doen, want ze hebben al genoeg aan hun hoofd.
Tegelijk heb ik het gevoel dat ik het nu nog langer moet wegsteken en ik word er echt moe van om elke dag te doen alsof.
Mijn mama gaat verhuizen naar Aalst en ik weet niet eens bij wie ik ga wonen.

Is het egoïstisch om het nu toch te zeggen?""",
      subject="Scheiding en coming out"),

    s("telenet-ouders-lou-transjongen", "telenet_webmail", "nl",
      ["parent-account", "family-account", "own-name-in-text", "gender-identity", "parents"],
      ("Dirk & Ann Pauwels", "dirk.ann.pauwels@telenet.example"),
      """hallo,

dit is het mailadres van mijn ouders, ik ben hun dochter maar eigenlijk niet, ik ben een jongen.
ik wil [[Lou]] genoemd worden. mijn broer Thibault weet het al en die noemt mij ook zo als we alleen zijn.
mijn ouders lezen deze mail niet (ze gebruiken hem alleen voor facturen) dus jullie mogen hier terugschrijven.

ik ben 15. ik wil weten of ik al iets kan doen aan mijn lichaam voor ik 18 ben, want elke maand als ik ongesteld word wil ik gewoon verdwijnen.

[[Lou]]""",
      subject="vraag over transitie"),

    s("gmail-web-reply-lina-naam", "gmail_web", "nl",
      ["reply-with-quote", "own-name-in-text", "love", "school"],
      ("Lina Haddou", "lina.haddou@gmail.example"),
      """hey

ik heb het gedaan!! ik heb haar een briefje gegeven na de les wiskunde en ze heeft ja gezegd om samen naar de fuif te gaan 😍
ik had het zonder jullie niet gedurfd denk ik

ps ik ben trouwens [[Lina]], dat had ik vorige keer niet gezegd""",
      subject="Re: crush op een meisje uit mijn klas",
      quote="""Dag,

Wat een mooie mail. Verliefd zijn is spannend, of het nu om een jongen of een meisje gaat.
Je hoeft haar niet meteen alles te zeggen: een klein stapje, zoals vragen of ze samen iets wil doen, is ook al dapper.
Laat je ons weten hoe het gaat?

Groetjes,
Lumi"""),

    s("iphone-reply-dankjewel-pesten", "iphone", "nl",
      ["reply-with-quote", "emoji", "no-identity-in-body", "bullying", "school"],
      ("Hamza Ouali", "hamza.ouali@icloud.example"),
      """Oké dankjewel 🙏

Ik heb het aan mijn mentor gezegd. Ze heeft met de jongens gepraat en nu is het een beetje beter maar in de bus doen ze nog steeds hetzelfde.
Moet ik dat ook nog zeggen of ga ik dan de verklikker zijn""",
      subject="Re: gepest",
      quote=CONF_NL),

    s("gmail-ios-fauve-westvlaams", "gmail_ios", "nl",
      ["west-flemish", "tussentaal", "own-name-in-text", "love", "coming-out"],
      ("Fauve Vandenberghe", "fauve.vdberghe@gmail.example"),
      """goeiendag

'k zyn e meisje van 16 uut de streke van Tielt en 'k zyn verliefd op e meisje uut myn klasse
'k en da nog nooit tegen iemand gezeid, ook nie tegen myn beste vriendinne
ze is echt schone en lief en 'k kunnen der nie stoppen mee van an eur te peinzen
ma 'k weten nie of zie ook zo is en 'k zyn bang da 't heel de school 't weet as 'k er iets van zeggen
hier in 't dorp kent iedereen iedereen gow

wuk zoudt gulder doen?

[[Fauve]]""",
      subject="verliefd"),
    s("outlook-web-seppe-adres-folder", "outlook_web", "nl",
      ["own-name-in-text", "street-in-text", "coming-out", "school"],
      ("Seppe Bogaert", "seppe.bogaert@hotmail.example"),
      """Hallo,

Ik moet voor school een spreekbeurt geven en ik wil die over coming out doen (ik ben zelf gay maar dat zeg ik er niet bij haha).
Kunnen jullie mij folders of affiches opsturen? Mijn adres is [[Kapelstraat 7]], 9940 Evergem, op naam van [[Seppe Bogaert]].
De spreekbeurt is op 20 maart.

Dank je wel!""",
      subject="folders voor spreekbeurt"),

    s("gmail-school-vince-prive-adres", "gmail_web", "nl",
      ["school-account", "second-address-in-text", "no-punctuation", "tussentaal", "parents", "coming-out"],
      ("Vince Van Wesemael", "vince.vanwesemael@leerling.kta-aalst.example"),
      """hallo
ik stuur dit van mijn schoolmail want thuis kijkt mijn ma op mijn gsm
aub ni hier op antwoorden want de school kan da lezen denk ik
stuur liever naar mijn prive mail [[vince.vw.2009@gmail.example]]
ik heb een vraag over hoe ge het aan uw ouders zegt als ge denkt da ze boos gaan zijn
ik ben 14 en ik val op jongens""",
      subject="vraag (ni op schoolmail antwoorden)",
      label_client="Gmail web (school Google Workspace)"),

    s("outlook-html-only-jolan-cyber", "outlook_desktop", "nl",
      ["html-only", "no-identity-in-body", "bullying", "friends"],
      ("Jolan Desmet", "jolan.desmet@telenet.example"),
      """Hallo,

Iemand heeft screenshots van mijn gesprekken met een jongen in de klasgroep op WhatsApp gezet. Het waren privéberichten, ik had alleen aan mijn beste vriend verteld dat ik met die jongen praatte en ik denk dat hij het doorgestuurd heeft.
Nu krijg ik elke avond berichten van nummers die ik niet ken, met dingen die ik hier niet ga herhalen.
Ik heb mijn gsm al twee dagen uitgezet maar ik kan toch niet altijd offline blijven.
Kan de politie daar iets aan doen? Ik ben 16.

(ik zet mijn naam er liever niet onder)""",
      subject="screenshots",
      html="only"),

    s("proximus-html-only-jitse-eerste-lief", "v3snl_proximus_webmail", "nl",
      ["html-only", "own-name-in-text", "love", "parents"],
      ("Jitse Verbruggen", "jitse.verbruggen@proximus.example"),
      """Dag Lumi

Ik ben [[Jitse]], 16 jaar. Ik heb sinds drie weken mijn eerste lief, een jongen van de jeugdbeweging in het dorp hiernaast.
Het is echt leuk maar hij wil dat we het geheim houden, ook voor onze vrienden, omdat zijn ouders heel streng zijn.
Ik vind dat moeilijk want ik wil het eigenlijk aan iedereen vertellen, ik ben zo blij. Mijn ouders weten al dat ik gay ben en vinden het oké.
Is het normaal dat ik me daar soms triest door voel? En hoe lang kan zoiets geheim blijven?

Groetjes
[[Jitse]]""",
      subject="geheim lief",
      html="only"),

    # ------------------------------------------------------------------ French (Brussels, bilingual)
    s("gmail-android-ines-anderlecht", "gmail_android", "fr",
      ["own-name-in-text", "brussels", "coming-out", "friends"],
      ("Inès Haddad", "ines.haddad09@gmail.example"),
      """Bonjour,

Je m'appelle [[Inès]], j'ai 15 ans et j'habite à Anderlecht.
Je pense que je suis bi. J'ai eu un copain l'année passée mais maintenant je ressens des trucs pour une fille de ma classe et je sais pas quoi en faire.
Ma meilleure amie Chaïma dit que c'est juste une phase et que ça va passer. Moi je crois pas.
Comment on sait vraiment ?

Merci d'avance""",
      subject="question"),

    s("orange-html-only-lea-harcelement", "v3snl_orange_fr", "fr",
      ["html-only", "no-identity-in-body", "bullying", "school"],
      ("Léa Fontaine", "lea.fontaine@orange.example"),
      """Bonsoir,

Je suis en 2e secondaire dans une école à Ixelles. Depuis la rentrée, un groupe de filles me traite de "gouine" et de "camionneuse" parce que j'ai les cheveux courts et que je joue au foot avec les garçons.
Hier elles ont écrit ça sur mon banc avec un marqueur. Le prof a vu mais il a juste dit de nettoyer.
Je n'ose pas en parler à mes parents, ils vont aller à l'école et ça va être pire.

Est-ce que vous pouvez m'aider ?""",
      subject="harcèlement à l'école",
      html="only"),

    s("iphone-fr-genre-argot", "iphone", "fr",
      ["no-punctuation", "slang", "one-phrase-per-line", "no-identity-in-body", "gender-identity"],
      ("", "xyz.lune@icloud.example"),
      """wsh
jsuis perdu
jsp si jsuis une fille ou un gars ou rien du tout
quand on m appelle mademoiselle j ai envie de vomir
mais jsuis pas sûr d être trans non plus
jai 14 ans
vous parlez français ou que néerlandais""",
      subject=""),

    s("outlook-web-fr-reply-yanis", "outlook_web", "fr",
      ["reply-with-quote", "own-name-in-text", "parents", "coming-out"],
      ("Yanis Belkacem", "yanis.belkacem@hotmail.example"),
      """Bonjour,

Merci pour le message. Je voulais ajouter que je ne peux pas recevoir d'appels, mes parents regardent mon téléphone. Seulement par mail svp.
Et c'est [[Yanis]], j'avais oublié de me présenter. J'ai 16 ans.
Mon père a trouvé des vidéos sur mon ordi et depuis il ne me parle plus. Ma mère pleure tout le temps. Je me sens coupable.

[[Yanis]]""",
      subject="RE: mon père",
      quote=CONF_FR,
      quote_to="Yanis Belkacem <yanis.belkacem@hotmail.example>"),

    s("samsung-fr-tel-maman", "samsung", "fr",
      ["parent-account", "no-identity-in-body", "parents", "self-harm"],
      ("Françoise Lambert", "francoise.lambert@skynet.example"),
      """Bonjour
c'est le téléphone de ma mère mais c'est moi qui écris, j'ai 13 ans
je me fais du mal parfois, je me griffe les bras jusqu'à ce que ça saigne
ma mère pense que c'est de l'eczéma
je veux pas qu'elle sache
svp répondez-moi vite et effacez après""",
      subject=""),

    s("gmail-web-fr-bilingue-ecole", "gmail_web", "fr",
      ["mixed-language", "bilingual", "no-identity-in-body", "school", "friends"],
      ("Nathan Dubois", "nathan.dubois.bxl@gmail.example"),
      """Salut,

sorry mijn Nederlands is niet super, ik ben franstalig maar ik zit op een Nederlandstalige school in Brussel. Donc je vais écrire en français si c'est ok.

Dans ma classe tout le monde parle néerlandais entre eux et je suis un peu seul. Le seul ami que j'avais, Jules, a changé d'école. En plus je pense que je suis gay et j'ai personne à qui le dire, mes parents sont très catho.
Est-ce qu'il existe des groupes pour des jeunes comme moi à Bruxelles ? Idéalement en français, maar Nederlands is ook oké.

Merci / bedankt""",
      subject="groupe de jeunes à Bruxelles ?"),

    s("gmail-web-fr-kev-scarification", "gmail_web", "fr",
      ["own-name-in-text", "nickname-in-text", "self-harm", "love"],
      ("Kevin Mukendi", "kevin.mukendi@gmail.example"),
      """Salut Lumi,

Moi c'est [[Kev]], 17 ans, de Molenbeek.
Je me scarifie depuis deux mois. Ça a commencé quand mon copain m'a quitté. Personne sait que j'étais avec un garçon, alors personne comprend pourquoi je vais mal, et je peux rien expliquer.
Ma famille est congolaise et chez nous on parle pas de ces choses-là. Ma tante dit toujours que les homosexuels c'est une maladie de Blancs.
Je veux arrêter mais c'est la seule chose qui me calme.

[[Kev]]""",
      subject="je sais plus"),

    s("school-o365-fr-aminata", "v3snl_school_o365", "fr",
      ["school-account", "love", "friends", "no-identity-in-body"],
      ("Diallo Aminata", "aminata.diallo@eleve.athenee-bxl.example"),
      """Bonjour,

J'écris depuis mon adresse de l'école parce que c'est la seule que j'ai.
Je suis amoureuse de ma meilleure amie. On se connaît depuis la maternelle. Hier elle m'a dit qu'elle sortait avec un garçon et j'ai pleuré toute la nuit.
Je ne sais pas si je dois lui dire ce que je ressens. J'ai peur de perdre notre amitié.

Merci de me répondre""",
      subject="ma meilleure amie"),

    # ------------------------------------------------------------------ English
    s("gmail-web-oliver-intl-school", "gmail_web", "en",
      ["own-name-in-text", "brussels", "coming-out", "parents"],
      ("Oliver Hughes", "oliver.hughes.2010@gmail.example"),
      """Hi,

I'm [[Oliver]], I'm 15 and I go to an international school in Brussels. My dad works for the EU and we move every few years, so I don't really have anyone here I trust yet.
I'm pretty sure I'm gay. My mum would probably be fine but my dad is quite traditional and we're moving to another country again next year.
Is it better to come out before or after the move? I feel like I keep waiting for the "right moment" and it never comes.

Thanks for reading this.
[[Oliver]]""",
      subject="coming out"),

    s("iphone-en-lines-trans", "iphone", "en",
      ["one-phrase-per-line", "no-punctuation", "no-identity-in-body", "gender-identity"],
      ("", "mxrbles@icloud.example"),
      """hi
im 16
i think im trans
like ftm
i cut my hair short last week and for the first time i liked the mirror
but my parents freaked out
is there a place in belgium where i can talk to someone in english""",
      subject="hi"),

    s("outlook-en-dad-policy-officer", "outlook_desktop", "en",
      ["parent-account", "signature-disclaimer", "no-identity-in-body", "bullying", "school"],
      ("Mark Thompson", "mark.thompson@policy-institute.example"),
      """Hello,

I'm writing from my dad's laptop, sorry about his signature at the bottom.
I'm 14. At my school some boys have started a group chat about me called "the girl in boy's clothes" and they post photos they take of me in the changing rooms. I'm a girl, I just don't like dresses.
I told one teacher but she said it's just banter.
What can I do? I don't want my dad to call the school, he'll make it a huge thing.

Thank you""",
      subject="help with school",
      sig="""Kind regards,

[[Mark Thompson]]
Senior Policy Officer
[[European Policy Institute for Sustainable Mobility]]
[[Rue de la Loi 42]], [[1040 Brussels]]
Tel. [[+32 2 555 01 23]]

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Any views expressed are those of the sender and not necessarily of the Institute."""),

    s("gmail-android-en-reply-grace", "gmail_android", "en",
      ["reply-with-quote", "no-identity-in-body", "friends", "love"],
      ("Grace Mbuyi", "grace.mbuyi@gmail.example"),
      """thank u for replying so fast

i told my friend like u said, that i like her as more than a friend
she said she needs time to think and now she sits with other people at lunch 😞
did i ruin everything""",
      subject="Re: my best friend",
      quote=CONF_EN),

    s("samsung-en-nl-mix", "samsung", "en",
      ["mixed-language", "no-identity-in-body", "parents", "coming-out"],
      ("Daniel Kabongo", "daniel.kabongo@hotmail.example"),
      """Hello

sorry for english, my dutch is not good yet, we came from London 2 years ago
my mum found out i have a boyfriend. she said i am not her son anymore and that she will send me back to Kinshasa to my grandmother
ik weet niet wat doen
i am 17. can she do that? i am scared to go home after school today""",
      subject="please help"),

    s("yahoo-ios-en-html-only", "v3snl_yahoo_ios", "en",
      ["html-only", "no-identity-in-body", "school", "gender-identity"],
      ("Robin Carter", "robin.carter@yahoo.example"),
      """Hey,

Quick question. I'm nonbinary and my school in Brussels only has boys' and girls' toilets. I've been holding it all day so I don't have to choose and I get really bad headaches.
Do schools in Belgium have to give a gender neutral option? Who would I even ask?

Thanks""",
      subject="toilets at school",
      html="only"),

    s("outlook-ios-en-short", "outlook_mobile", "en",
      ["one-liner", "no-punctuation", "no-identity-in-body", "self-harm"],
      ("Ethan Walsh", "ethan.walsh@outlook.example"),
      "i dont want to be here anymore and i dont know who else to tell",
      subject="."),
]
