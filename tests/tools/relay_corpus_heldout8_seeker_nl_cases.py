"""Hand-written help-seekers' mails for part `seeker-nl` of the eighth held-out relay-text corpus.

Written apart, without reading the relay's rules, the dev mails or any other set's cases. Dressed
by relay_corpus_heldout8_seeker_nl.py. Markup (see relay_corpus_heldout.py): [[...]] is identity,
<<...>> is neither content nor identity, everything else in a body is the writer's own words.

Whoever changes the relay's rules does not open this file. Do not tune on it.
"""
# The bodies are mails as their writers typed them: long lines stay long.
# ruff: noqa: E501

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def s(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug="h8n-" + slug, direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)  # type: ignore[arg-type]


EXTRA_FIRST_NAMES = frozenset({
    "Ellis", "Dirk", "Ilse", "An", "Kris", "Hilde", "Jelle", "Robbe", "Wannes", "Mats",
    "Sofie", "Griet", "Evelien", "Kato", "Tom", "Geert", "Ruud", "Zita",
})

CASES: list[Case] = [
    s("gmail-android-antwerp-oneliner", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "dialect-antwerp", "coming-out", "parents",
       "no-identity-in-body", "own-account"],
      ("Jorre Van Loock", "jorre.vl2011@gmail.example"),
      """ik zen 14 en ik denk da ik op jongens val maar ik durf da tegen niemand te zeggen want mijne pa zegt altij van die dinges over homos en dan lacht iedereen aan tafel""",
      subject="vraagske"),
    s("iphone-limburg-phrase-lines", "iphone", "nl",
      ["one-phrase-a-line", "no-punctuation", "dialect-limburg", "parents", "anxiety",
       "own-name-in-text", "short-last-line", "own-account"],
      ("", "bibi.2012@icloud.example"),
      """hallo
ich bin [[Bibi]]
ich bin 12 jaor
mien mam en pap make altied roezie
ich kin neet sjlaope
ich lig dan te trille in bed
waat mot ich doen
doei""",
      from_style="bare", subject="hallo"),
    s("outlook-mother-absence-in-sig", "outlook_desktop", "nl",
      ["parent-account", "signature", "dialect-east-flemish", "bullying", "new-shape",
       "absence-notice-in-signature", "no-identity-in-body"],
      ("Verbruggen An", "an.verbruggen@verbruggen-co.example"),
      """Hallo

Ik ben 15 jaar en ik word al heel het jaar uitgelachen op de bus naar school. Ze pakken mijn muts af en gooien die naar achter en dan roepen ze allemaal "pakt em dan". Ik heb dat nog aan niemand gezegd.

Mama weet niet dat ik op haar computer zit, dus als ge antwoordt kan het zijn dat zij het leest. Kunt ge dan een beetje vaag blijven?

alvast merci""",
      sig="""[[An Verbruggen]]
Teamverantwoordelijke boekhouding
[[Verbruggen & Co Accountants]]
[[Stationsstraat 88, 9300 Aalst]]
T [[053 21 44 90]]
Ik werk niet op woensdagnamiddag. Van 10 tot 21 maart ben ik met verlof.""",
      from_style="plain", subject="vraag"),
    s("samsung-westvl-voice", "samsung", "nl",
      ["voice-to-text", "no-punctuation", "dialect-west-flemish", "self-harm", "school",
       "own-name-in-text", "own-account"],
      ("Wout Dewaele", "woutje.dw@hotmail.example"),
      """hallo ik ben [[wout]] ik ben 16 jaar en ik zitten in Tielt op school punt ik weet nie goed oe dat ik dat moet zeggen maar sinds de kerstvakantie snij ik in mijn arm komma ik wil da eigenlijk nie meer doen maar het gaat gelijk vanzelf punt mijn moeder mag da nie weten want die eit al genoeg zorgen punt ik weet nie of da hier mag van jullie""",
      subject="hulp"),
    s("gmail-web-brussels-brother", "gmail_web", "nl",
      ["dialect-brussels", "mixed-languages", "family-violence", "friends",
       "no-identity-in-body", "own-account"],
      ("Yasmina El Khatib", "yasmina.elkhatib@gmail.example"),
      """Salut lumi

allee ik schrijf in het nederlands want ik zit in een nederlandstalige school in Jette. Ik ben 13. Mijn grote broer slaat mij als mijn ouders er niet zijn, en dan zegt hij "si tu dis quelque chose t'es morte". Ik weet niet of dat normaal is bij broers, bij mijn nicht is dat ook zo.

Mijn vriendin <<Ines>> zegt dat ik dat moet zeggen aan de juf maar ik durf niet, die belt direct naar huis.

merci hé
bisous""",
      subject="broer"),
    s("gmail-reply-leuven-mentor", "gmail_web", "nl",
      ["reply-with-quote", "dialect-flemish-brabant", "parents", "school", "own-name-in-text",
       "short-last-line", "own-account"],
      ("Marthe Wuyts", "marthe.wuyts@gmail.example"),
      """hey

ja 't gaat al een beetje beter. ik heb het tegen mijne mentor gezegd zoals ge zei en die was echt lief, amai. ma thuis blijft het moeilijk, mama drinkt nog altijd elke avond en dan moet ik voor mijn broerke zorgen.

mag ik nog eens schrijven als het weer slecht gaat?

[[marthe]]""",
      subject="Re: mijn mama drinkt",
      quote="""Dag,

Wat goed dat je ons schreef. Het is zwaar om thuis voor zoveel te moeten zorgen terwijl je zelf nog 15 bent. Zou je het aan iemand op school kunnen vertellen, bijvoorbeeld je mentor of iemand van het CLB?

Je mag ons altijd opnieuw schrijven.

Lumi"""),
    s("hey-htmlonly-utrecht-weekends", "v8snl_hey", "nl",
      ["html-only", "nl-netherlands", "divorce", "parents", "own-name-in-text",
       "short-last-line", "own-account"],
      ("Daan Hoogendoorn", "daan.hoogendoorn@hey.example"),
      """Hoi,

Ik ben 17 en woon in Utrecht, maar mijn vader woont sinds vorig jaar in Mechelen, daarom kwam ik op jullie site. Sinds de scheiding moet ik om het weekend heen en weer met de trein en ik trek het gewoon niet meer. Mijn moeder praat slecht over hem en hij over haar, en ik zit ertussen.

Ik heb het idee dat ik het niemand naar de zin kan maken. Is het raar dat ik gewoon even geen van beiden wil zien?

Groetjes
[[Daan]]""",
      html="only", subject="weekends"),
    s("gmail-android-student-job-roster", "gmail_android", "nl",
      ["paste", "new-shape", "student-job-roster-paste", "dialect-west-flemish",
       "sexual-harassment", "own-name-in-text", "own-account"],
      ("Carla Ruiz Lopez", "carla.rl@gmail.example"),
      """k'en hier e rooster van mijn studentenjob geplakt want daar zie je het probleem. elke keer dat ik sluit moet ik met diene chef alleen blijven en hij zegt dingen over mijn lichaam en hij komt altijd te dichte

Weekplanning winkel 412 – week 11
ma 10/03   14:00-21:00   [[Ruiz Lopez C.]]   kassa
wo 12/03   16:00-21:00   [[Ruiz Lopez C.]]   vakken vullen
za 15/03   09:00-18:00   [[Ruiz Lopez C.]]   kassa

ik ben 17 en ik heb da geld nodig voor mijn rijbewijs. moe'k da aan iemand zeggen of is da normaal op een job""",
      subject="chef"),
    s("outlook-web-custody-schedule", "outlook_web", "nl",
      ["paste", "new-shape", "custody-schedule-paste", "divorce", "tussentaal",
       "own-name-in-text", "own-account"],
      ("", "ellisje_xx@outlook.example"),
      """ik ben 12 en mijn ouders zijn gescheiden. de rechter heeft dit gemaakt en ik moet het volgen maar ik wil niet meer naar papa zijn nieuwe vriendin, die doet heel gemeen als papa er niet is

Verblijfsregeling minderjarige [[Ellis Schepers]]
Vader: [[Dirk Schepers]] – even weekends van vrijdag 18u tot zondag 18u
Moeder: [[Ilse Vanhamel]] – overige tijd en helft van de vakanties

kan ik zelf vragen aan de rechter om het te veranderen? ik ben wel pas 12""",
      subject="regeling"),
    s("telenet-formal-letter-berlaar", "telenet_webmail", "nl",
      ["new-shape", "formal-letter-template", "anxiety", "school", "own-name-in-text",
       "words-after-signoff", "dialect-antwerp", "own-account"],
      ("Mats Verlinden", "mats.verlinden@telenet.example"),
      """Betreft: vraag om hulp

Geachte heer, mevrouw,

Hierbij wend ik mij tot u met een vraag. Ik ben 15 jaar en sinds enkele maanden heb ik paniekaanvallen voor elke toets. Mijn hart gaat dan heel snel en ik kan niet meer ademen. Mijn ouders denken dat ik me aanstel.

Graag had ik van u vernomen wat ik hieraan kan doen.

In afwachting van uw antwoord,

Hoogachtend,

[[Mats Verlinden]]
[[Kapelstraat 3]]
[[2590 Berlaar]]

PS sorry as da raar geschreve is, we hemme da zo geleerd in de les nederlands voor een brief""",
      subject="Betreft: vraag om hulp"),
    s("huawei-textspeak-photo", "huawei", "nl",
      ["text-speak", "sexting", "self-harm", "one-phrase-a-line", "typos",
       "own-name-in-text", "short-last-line", "own-account"],
      ("Louise Claes", "lou.claes10@gmail.example"),
      """wtf moet ik doen
mn bff heeft een foto van mij doorgestuurd naar heel de klas
zo ne foto
ik wil dood
nie echt maar wel
13 jr
sry
[[lou]]""",
      subject="???"),
    s("senior-tablet-grandmother", "v8snl_seniortablet", "nl",
      ["grandparent", "written-for", "grief", "dialect-west-flemish", "new-shape",
       "senior-tablet-client-line", "own-name-in-text", "family-account"],
      ("Marie-Jeanne Vandecasteele", "mj.vandecasteele@skynet.example"),
      """Goeiendag

Ik ben de grootmoeder van [[Robbe]], hij is 11 jaar. Sinds zijn vader vorig jaar gestorven is zegt hij bijna niets meer. Op school zeggen ze dat hij goed meedoet maar thuis zit hij alleen op zijne kamer en speelt hij spelletjes tot 's nachts.

Ik weet niet of dat normaal is voor een jongen van 11. Mag hij jullie ook zelf schrijven? Hij heeft geen eigen mail, hij mag de mijne gebruiken, ik zal niet meelezen.

Met vriendelijke groeten
[[Marie-Jeanne]]""",
      subject="mijn kleinzoon"),
    s("gmail-android-fr-bilingual-love", "gmail_android", "fr",
      ["love", "coming-out", "emoji", "no-identity-in-body", "own-account",
       "dialect-brussels"],
      ("Anaïs Dufour-Mertens", "anais.dm@gmail.example"),
      """Bonjour,
je sais pas si vous répondez en français. J'ai 14 ans, je vais à l'école en néerlandais mais chez moi on parle français. Je crois que je suis amoureuse de ma meilleure amie et j'ai trop peur de la perdre si je lui dis. Mes parents sont cool mais je veux pas en parler avec eux.
Voilà.
Merci de me lire 🌈""",
      subject="question", from_style="ew"),
    s("gmail-ios-en-ghost", "gmail_ios", "en",
      ["coming-out", "parents", "own-name-in-text", "initials", "mixed-languages",
       "own-account"],
      ("Oliver Nwosu", "olly.nwosu@gmail.example"),
      """hi. i'm 16, my mum is nigerian and my dad is flemish and we live near ghent. i'm writing in english bc my dutch spelling is bad lol

my dad found out i have a boyfriend and he hasn't talked to me in 2 weeks. my mum says "geef hem tijd". i feel like a ghost in my own house

thanks for reading
- [[O.]]""",
      subject="my dad"),
    s("outlook-family-on-behalf-of", "outlook_desktop", "nl",
      ["family-account", "family-violence", "new-shape", "sender-on-behalf-header",
       "no-identity-in-body", "dialect-antwerp", "words-after-signoff"],
      ("Familie Goossens", "gezin.goossens@telenet.example"),
      """hey

ik ben 10 jaar. mijn papa en mama maken veel ruzie en dan zet ik mijn koptelefoon op. soms roept papa heel hard en dan smijt hij dingen. ik ben bang dat hij mama pijn doet. ik schrijf op de computer van beneden als ze slapen.

niet terugschrijven naar hier aub

doeg

en ook mijn hamster is dood vorige week""",
      headers=[("Sender", '"Kris Goossens" <kris.goossens@telenet.example>')],
      identity=["Kris Goossens", "Kris", "kris.goossens@telenet.example"],
      subject="papa"),
    s("outlook-web-teacher-disclaimer", "outlook_web", "nl",
      ["teacher", "written-for", "school-account", "gender-identity", "signature",
       "disclaimer", "no-identity-in-body", "dialect-antwerp"],
      ("Hilde Cools", "hilde.cools@sint-ursula.example"),
      """Beste,

Ik ben leerkracht in het derde middelbaar. Een leerling van mij (14 jaar) vertelde vandaag dat hij zich al maanden niet goed voelt in zijn lichaam en eigenlijk als jongen door het leven wil gaan, terwijl iedereen hem als meisje kent. Hij wil zelf contact opnemen, maar heeft thuis geen eigen mail.

Hij weet dat ik jullie schrijf. Hij vroeg of jullie ook 's woensdags antwoorden, dan kan hij het samen met mij lezen in het lokaal van het CLB.

Alvast bedankt,""",
      sig="""[[Hilde Cools]]
leerkracht Nederlands & geschiedenis
[[Sint-Ursula-Instituut Lier]]
[[Kanunnik Davidlaan 2, 2500 Lier]]

Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n). Bent u niet de bedoelde ontvanger, gelieve de afzender te verwittigen en het bericht te verwijderen.""",
      from_style="plain", subject="leerling"),
    s("gmail-web-youth-worker-genk", "gmail_web", "nl",
      ["youth-worker", "written-for", "coming-out", "parents", "signature",
       "own-name-in-text", "tussentaal", "shared-account", "paste"],
      ("Jelle Bosmans", "jelle@jhdekolonie.example"),
      """Dag Lumi

Ik ben jeugdwerker in Genk. Een gast van 15 die bij ons komt, vroeg me om dit door te sturen, hij heeft het zelf getypt op mijn gsm:

"ik ben gay en mijn ouders zijn heel gelovig en als ze dat weten moet ik weg. ik wil gewoon weten of er plekken zijn waar ik kan slapen als het misloopt. en of dat gratis is"

Ik heb hem gezegd dat jullie anoniem zijn. Antwoorden mag naar dit adres, ik geef het aan hem door.

Groetjes
[[Jelle]]""",
      sig="""[[Jeugdhuis De Kolonie]] vzw
[[Kolonieplein 5, 3600 Genk]]
gsm [[0499 12 83 40]]""",
      subject="voor een jongere"),
    s("gmail-web-coach-club", "gmail_web", "nl",
      ["coach", "written-for", "club-account", "body-image", "eating", "signature",
       "own-name-in-text", "dialect-west-flemish"],
      ("VC Heule", "trainers@vcheule.example"),
      """Hallo,

Ik ben trainer van de U15 meisjes. Eén van mijn speelsters (14) heeft me na de training verteld dat ze zichzelf uithongert omdat ze "te dik" is voor de sport. Ze eet 's middags niets meer, 'k had dat zelf al gezien.

'k Weet nie goed hoe ik dat moet aanpakken zonder dat haar ouders het gevoel krijgen dat ik me moei. Kunnen jullie mij raad geven, of mag zij jullie zelf schrijven?

Sportieve groeten,
[[Kenny]]""",
      sig="""Jeugdtrainer U15 – [[VC Heule]]
[[0476 55 21 09]]""",
      subject="speelster"),
    s("yahoo-sister-for-brother", "yahoo", "nl",
      ["sibling", "written-for", "bullying", "own-name-in-text", "emoji",
       "dialect-east-flemish", "own-account"],
      ("Britt De Clercq", "brittdc@yahoo.example"),
      """hallo

ik ben de zus van een jongen van 13. hij heeft mij vanavond verteld dat ze hem op school mietje noemen en dat ze zijn boekentas in het toilet hebben gesmeten. hij wil het niet tegen onze ouders zeggen omdat papa dan naar school stormt en dan wordt het alleen maar erger, awel da denkt hij toch.

ik ben zelf 19 en weet ook niet goed wat te doen. hij leest mee.

[[Britt]] (en [[Wannes]] 👋)""",
      subject="mijn broertje"),
    s("outlook-android-dating-profile", "outlook_android", "nl",
      ["paste", "new-shape", "dating-profile-paste", "sexting", "love", "dialect-west-flemish",
       "own-name-in-text", "own-account"],
      ("Jana Vanhoutte", "jana.vanhoutte@outlook.example"),
      """hallo

'k zitte op een datingapp sinds da 'k 18 ben en 'k hebbe daar ne gast leren kennen. in't begin was 't tof ma nu wil hij foto's en as 'k nee zegge zegt hij dat hij screenshots van onze chat gaat doorsturen naar mijn ouders. dit is mijn profiel, is dat misschien te veel?

[[Jana]], 18
📍 [[Brugge]] · 4 km
student verpleegkunde 💉 | festivals | honden > mensen
op zoek naar: we zien wel

'k weet nie wa 'k moe doen. blokkeren? of dan doet hij het zeker""",
      subject="datingapp"),
    s("apple-mail-vinted-chat", "apple_mail", "nl",
      ["paste", "new-shape", "vinted-chat-paste", "sexting", "dialect-east-flemish",
       "own-name-in-text", "own-account"],
      ("Lisa Martens", "lisa.martens@icloud.example"),
      """hoi

ik verkoop kleren van mij op een tweedehandsapp want ik spaar voor een gsm. nu stuurt iemand dit:

[[lisa.mrtns]]: hallo, ja de jurk is nog beschikbaar
<<koper_8812>>: kunt ge eerst een foto sturen met u voeten erin
[[lisa.mrtns]]: waarom?
<<koper_8812>>: anders koop ik niet 😉 en ik betaal extra

ik ben 14. is dat raar of doe ik moeilijk? mijn mama weet niet dat ik dat verkoop""",
      subject="app"),
    s("windows-mail-mother-family-card", "windows_mail", "nl",
      ["parent-writing", "written-for", "anxiety", "signature", "new-shape",
       "family-membership-number-in-signature", "dialect-east-flemish",
       "no-identity-in-body", "own-account"],
      ("Katrien Verstraete", "katrien.verstraete@skynet.example"),
      """Hallo,

Ik schrijf voor mijn dochter van 11. Sinds de zomer durft ze niet meer alleen te slapen en nu wil ze ook niet mee op kamp met de klas, ze krijgt buikpijn als ze eraan denkt. We hebben al van alles geprobeerd. Ze heeft zelf gevraagd of ik jullie wou mailen, want ze schaamt zich om het zelf te doen.

Is dat iets waar jullie bij kunnen helpen of moeten we ergens anders zijn?

Vriendelijke groeten""",
      sig="""[[Katrien Verstraete]]
mama van 3 🙂
Gezinsbond lidnr. [[1043-2271-08]] – afdeling [[Eeklo]]""",
      subject="dochter bang"),
    s("smartschool-boarding-school", "smartschool", "nl",
      ["new-shape", "boarding-school-account", "shared-account", "school-account",
       "loneliness", "dialect-limburg", "signature", "no-identity-in-body", "html-only"],
      ("Leefgroep 3 - ISJ", "leefgroep3@internaat-sintjozef.example"),
      """hallo

ich zit hie op internaat en ich mis thoes zoe erg. ich bin 13. ich mag maar 1 keer in de week belle en dan moet ich doen of alles good is want mam hèt het al zwaor. ich lig elke aovend te kriese onder de deke zodat de andere het neet hure

is dat normaal in het begin

dit is de computer van de studie, ich mag hie 30 minute op""",
      sig="""Internaat [[Sint-Jozef Tongeren]] – leefgroep 3
studie: ma-do 19u-20u30
opvoeder van dienst: [[Ruud Claessens]]""",
      html="only", subject="heimwee"),
    s("gmail-web-student-house", "gmail_web", "nl",
      ["new-shape", "student-house-account", "shared-account", "loneliness", "eating",
       "tussentaal", "own-name-in-text", "words-after-signoff"],
      ("Vlamingenstraat 41", "vlamingenstraat41.leuven@gmail.example"),
      """hey

dit is het adres da we met heel ons huis gebruiken voor de huisbaas, sorry. ik ben 18 en ik zit op kot in Leuven sinds september. ik ken hier eigenlijk niemand en ik eet bijna niet meer, alleen 's avonds chips op mijn kamer. thuis denken ze dat alles super gaat.

als ge antwoordt, zet dan "voor [[Ine]]" in het onderwerp aub, anders leest een van de anderen het

groetjes
ik lees het vanavond""",
      subject="voor mij"),
    s("fairemail-pronouns-antwerp", "v8snl_fairemail", "nl",
      ["new-shape", "pronouns-after-own-name", "gender-identity", "dialect-antwerp",
       "own-name-in-text", "own-account", "short-last-line"],
      ("Robin Aerts", "robin.aerts@posteo.example"),
      """hallo lumi

ik ben 16 en ik ben non-binair. op school weten mijn vrienden het en die doen da echt goe, ma thuis ni. ik heb het aan mijn ma geprobeerd uit te leggen en zij zei "da's een fase, gij zijt gewoon een meiske". sindsdien zeg ik niks meer. ik wil da ze mijn naam en voornaamwoorden gebruiken, ma ik durf da ni nog eens te vragen

hoe begin ik daar terug over

[[Robin]] (hen/die)
ofwel gewoon [[R]]""",
      subject="thuis"),
    s("smart-tv-caps", "webmail", "nl",
      ["new-shape", "smart-tv-remote-typing", "all-caps", "body-image", "parents",
       "own-name-in-text", "no-punctuation", "own-account"],
      ("", "senne.vdv@webmail.example"),
      """SORRY ALLES IN HOOFDLETTERS IK TYP MET DE AFSTANDSBEDIENING OP DE TV
IK BEN 11
MIJN STIEFMOEDER ZEGT DAT IK DIK BEN EN IK MAG GEEN DESSERT ALS DE ANDEREN WEL MOGEN
PAPA ZEGT NIKS
IK WEET NIET OF DAT MAG VAN HAAR
[[SENNE]]""",
      label_client="Roundcube webmail (smart-TV browser)", subject="VRAAG"),
    s("proton-speech-therapist", "proton", "nl",
      ["new-shape", "speech-therapist-writing", "not-the-parent", "written-for", "bullying",
       "signature", "dialect-flemish-brabant", "no-identity-in-body", "own-account"],
      ("Logopedie De Babbelaar", "info@logo-babbelaar.example"),
      """Goeiemiddag,

Ik ben logopediste en ik zie een jongen van 10 al twee jaar voor stotteren. De laatste weken is hij heel stil in de sessies. Vandaag vertelde hij dat ze hem op de speelplaats nadoen en dat hij daarom niet meer durft te antwoorden in de klas. Zijn ouders weten ervan en vinden het goed dat ik jullie contacteer.

Hij typt zelf graag, maar traag. Zou het kunnen dat hij jullie samen met mij schrijft in een volgende sessie, bij ons in Aarschot? Ge moet geen haast hebben om te antwoorden.

Met vriendelijke groet,""",
      sig="""[[Evelien Smolders]]
logopedist – [[Logopedie De Babbelaar]]
RIZIV [[6-12044-63-702]]""",
      subject="jongen met stotteren"),
    s("gmail-web-au-pair-en", "gmail_web", "en",
      ["new-shape", "au-pair-writing", "not-the-parent", "written-for", "self-harm",
       "own-name-in-text", "own-account", "mixed-languages"],
      ("Maricel Dizon", "maricel.dizon88@gmail.example"),
      """Hello,

I am an au pair in a family near Tervuren. I look after 2 kids. The older girl is 12 and yesterday I saw scratches on her arm, she said it was the cat but they don't have a cat. She told me "zeg het niet aan mama" and I promised. Now I feel very bad.

I don't know the rules here in Belgium. Can I tell her parents? Can she write to you in Dutch if I help her?

Thank you,
[[Maricel]]""",
      subject="question about a girl I take care of"),
    s("outlook-dad-alderman-sig", "outlook_desktop", "nl",
      ["parent-account", "signature", "disclaimer", "parents", "anxiety", "new-shape",
       "local-politician-parent-signature", "dialect-west-flemish", "one-phrase-a-line",
       "no-punctuation", "no-identity-in-body"],
      ("Dewilde Geert", "geert.dewilde@zonnebeke.example"),
      """hallo
'k zitte ip de laptop van mijn vader
iedereen kent em hier in't dorp
en iedereen verwacht dat ik perfect ben
'k ben 16
'k hebbe een 12 ip wiskunde en 'k durve nie noar uus
hij gaat zeggen da 'k hem beschaamd maken
'k wille gewoon weg""",
      sig="""[[Geert Dewilde]]
Schepen van Jeugd, Sport en Feestelijkheden
[[Gemeente Zonnebeke]]
[[Langemarkstraat 8, 8980 Zonnebeke]]
T [[051 48 02 11]] – GSM [[0473 90 18 62]]

De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.""",
      from_style="plain", subject="(geen onderwerp)"),
    s("samsung-mother-parent-association", "samsung", "nl",
      ["parent-account", "signature", "friends", "loneliness", "new-shape",
       "parent-association-line-in-signature", "dialect-brussels", "mixed-languages",
       "own-name-in-text"],
      ("Mieke Vanderhaegen", "mieke.vdh@proximus.example"),
      """Dag

Ik ben niet mama, ik ben [[Jules]] en ik ben 11. Ik zit op een school in Anderlecht. Mijn beste vriend praat niet meer met mij sinds hij bij de andere jongens zit, ze zeggen "va-t'en" als ik bij hen kom staan. Op de speelplaats sta ik nu altijd alleen bij de muur.

Ik wil niet dat mama dit leest. Ze leest wel soms haar mails op de tablet.

daaag""",
      sig="""[[Mieke Vanderhaegen]]
Voorzitter oudervereniging [[basisschool De Puzzel]]
~ samen school maken ~""",
      subject="niet voor mama"),
    s("gmail-web-worksheet-header", "gmail_web", "nl",
      ["new-shape", "worksheet-header-at-top", "loneliness", "friends", "school",
       "own-name-in-text", "tussentaal", "own-account"],
      ("Febe Lannoo", "febe.lannoo2013@gmail.example"),
      """Naam: [[Febe Lannoo]]
Klas: [[6B]]
Datum: 7 maart

Opdracht: schrijf een brief aan iemand die je kan helpen

Dat was eigenlijk een opdracht van de juf maar ik stuur het echt. Ik ben 12. Mijn beste vriendin is verhuisd naar Spanje en sindsdien heb ik niemand meer om mee te spelen. Ik eet mijn boterhammen op het toilet zodat niemand ziet dat ik alleen ben.

Wat moet ik doen om nieuwe vriendinnen te maken?

Einde van de brief""",
      subject="brief"),
    s("thunderbird-own-arrow-lines", "thunderbird", "nl",
      ["new-shape", "own-words-as-gt-arrows", "anxiety", "parents", "dialect-east-flemish",
       "no-identity-in-body", "own-account", "list"],
      ("Brent Van Impe", "brent.vanimpe@telenet.example"),
      """dag

ik weet niet hoe ik moet beginnen dus ik zet het zo, zoals in mijn notities:

>> ik ben 17
>> ik slaap 4 uur per nacht of minder
>> ik ga niet meer naar de les sinds 2 weken, ik zit in 't station in Ninove
>> mijn ouders denken dat ik op school zit
>> ik ben niet lui, ik kan gewoon niet

dat is het eigenlijk""",
      subject="notities"),
    s("samsung-reply-short-thanks", "samsung", "nl",
      ["reply-with-quote", "one-phrase-a-line", "no-punctuation", "emoji", "bullying",
       "tussentaal", "no-identity-in-body", "own-account"],
      ("Emre Yildiz", "emre.yildiz07@gmail.example"),
      """ok dank u
ik heb het gezegd tegen de zorgcoördinator
ze gaat mij helpen
morgen gesprek
🙏""",
      subject="Re: ze pesten mij in de turnles",
      quote="""Hoi,

Dank je om ons dit te vertellen. Wat je beschrijft in de turnles is pesten, en dat hoort niemand mee te maken. Op veel scholen is er een zorgcoördinator of een leerlingenbegeleider bij wie je terecht kan. Zou je daar iemand kunnen aanspreken?

Laat je nog iets weten?

Lumi"""),
    s("iphone-reply-rotterdam-breakup", "iphone", "nl",
      ["reply-with-quote", "nl-netherlands", "love", "own-name-in-text", "own-account"],
      ("Sanne de Graaf", "sannedegraaf@icloud.example"),
      """Hoi,

Sorry dat ik zo laat terugschrijf. Het is uit met mijn vriend. Hij zei dat ik te veel aan mijn hoofd heb en dat hij dat niet trekt. Eerlijk? Ik snap hem wel. Maar ik voel me nu helemaal leeg en ik heb mijn toetsweek volgende week.

Jullie zeiden dat ik mocht terugschrijven, dus bij deze.

[[Sanne]]
16, Rotterdam (ja ik weet het, ik woon niet in België)""",
      subject="Re: mijn vriend",
      quote="""Dag,

Wat fijn dat je ons schrijft, ook al woon je in Nederland. Je mag hier altijd terecht. Het klinkt alsof je je erg onzeker voelt in je relatie. Hoe gaat het nu tussen jullie?

Groetjes,
Lumi"""),
    s("outlook-ios-reply-under-quote-ghent", "outlook_mobile", "nl",
      ["reply-with-quote", "bottom-post", "coming-out", "parents", "dialect-east-flemish",
       "own-name-in-text", "own-account"],
      ("Arne Van de Velde", "arne.vdvelde@outlook.example"),
      """Ik heb het gedaan. Ik heb het gisteren aan mijn ouders verteld, aan tafel, gewoon zo.

Mama begon te wenen, papa zei niks en is gaan fietsen. Nu is het stil thuis. Maar ik ben wel opgelucht denk ik?

Vanmorgen heeft papa wel mijn boterhammen gemaakt. Da doet hij anders nooit.

merci voor alles
[[Arne]]""",
      quote_pos="above", subject="Re: ik wil het zeggen",
      quote="""Dag,

Wat een belangrijke stap wil je zetten. Je bent 18 en je beslist zelf wanneer en hoe je het vertelt. Misschien helpt het om vooraf op te schrijven wat je wil zeggen? En je mag ons altijd laten weten hoe het ging.

Lumi"""),
    s("kpn-eindhoven-insta", "v8snl_kpn", "nl",
      ["nl-netherlands", "bullying", "typos", "own-name-in-text", "family-account",
       "text-speak"],
      ("fam. Bakker", "fambakker@kpnmail.example"),
      """hoi ik ben [[Jesse]] en ik ben 13 en ik woon in eindhoven. er is een acount op insta gemaakt met mijn foto's en daar zetten ze gemene dingen op over mij en iedereen van mijn klas volgt het. ik heb het gerapporteerd maar er gebeurd niks

mijn moeder weet het niet dit is de mail van ons gezin dus pls niet te duidelijk terug schrijven

thx""",
      subject="insta"),
    s("gmail-android-poperinge-oneliner", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "dialect-west-flemish", "love", "friends",
       "no-identity-in-body", "own-account"],
      ("Lowie Lermytte", "lowie.lermytte@gmail.example"),
      """k'een ik e vroage k'zien verliefd ip men beste moat en k'weten nie of da 'k da moen zeggen want ost nie goa is zien we gin moaten nie meer en k'zien nog moa 15""",
      subject="vroage"),
    s("yahoo-maaseik-nineteen", "yahoo", "nl",
      ["dialect-limburg", "loneliness", "own-account", "own-name-in-text", "long"],
      ("Stijn Vanwelkenhuysen", "stijnvw@yahoo.example"),
      """Hallo

Ich weet neet of ich nog te aod bin veur jullie, ich bin 19. Ich werk sins 'n jaor in 'n fabriek in Maaseik in ploege en ich zie eigelik niemus mie. Mien vrun van vreuger zitte allemaol op kot of in 't buitelaand. Thoes zeen ze blij dat ich geld verdien en dao hèt 't mit op.

Soms zit ich nao de nachploeg in mien auto op de parking en wil ich gewoon neet nao hoes.

Ich wil neet zielig doen. Ich wil gewoon ens mit iemus praote.

[[Stijn]]""",
      subject="te aod?"),
    s("outlook-web-antwerp-stepdad", "outlook_web", "nl",
      ["dialect-antwerp", "family-violence", "own-account", "no-identity-in-body",
       "short-last-line"],
      ("Kiara Bosteels", "kiara.bosteels@outlook.example"),
      """seg

mijne stiefpa is terug aant zuipen en gisteren heeft hij mijne ma tegen de kast geduwd. ik ben 17 en ik heb hem weggetrokken en toen heeft hij mij ne klets gegeven. ma zegt da we niks mogen zeggen tege de politie want dan verliest zij het huis.

ik heb mijn kleine zus bij mij in bed laten slapen.

wa moeten wij doen

dringend""",
      subject="dringend"),
    s("ipad-vilvoorde-game-friend", "ipad", "nl",
      ["dialect-flemish-brabant", "friends", "online-grooming", "own-account",
       "own-name-in-text", "family-account"],
      ("Fam. Heremans", "heremans.thuis@icloud.example"),
      """hallo

ik speel een online spel en daar heb ik een vriend van 15 zegt hij. nu wil hij afspreken aan het station van Vilvoorde en hij zegt dat ik het niet tegen mijn ouders mag zeggen omdat die het toch niet snappen. ik ben 13. hij is echt wel tof en hij geeft mij skins.

moet ik gaan? ik heb al ja gezegd maar ik twijfel

[[Milan]]""",
      subject="afspreken"),
    s("gmail-android-fr-reply-divorce", "gmail_android", "fr",
      ["reply-with-quote", "divorce", "parents", "dialect-brussels", "own-name-in-text",
       "own-account", "mixed-languages"],
      ("Chloé Vandermeulen", "chloe.vdmeulen@gmail.example"),
      """Merci pour votre réponse, ça m'a fait du bien. J'ai parlé avec ma tante comme vous avez dit et elle va parler avec papa.

Mais maintenant maman dit que je suis "une traître" parce que je veux aller vivre chez papa à Etterbeek. Elle pleure tout le temps. Je sais pas si je fais une erreur.

j'ai 15 ans btw, je l'avais pas dit

bisous
[[Chloé]]""",
      subject="Re: mes parents",
      quote="""Bonjour,

Merci de nous avoir écrit. C'est très lourd d'être entre tes deux parents. Est-ce qu'il y a un adulte de confiance dans ta famille à qui tu pourrais en parler, une tante, un oncle, une grand-mère ?

Tu peux toujours nous réécrire, en français ou en néerlandais.

Lumi"""),
    s("outlook-web-fr-htmlonly-trans", "outlook_web", "fr",
      ["html-only", "gender-identity", "own-name-in-text", "own-account", "school"],
      ("Maxime Lejeune", "maxime.lejeune@outlook.example"),
      """Bonjour,

J'ai 15 ans, j'habite à Halle. Mon prénom officiel c'est [[Maxime]] mais je suis une fille et je voudrais qu'on m'appelle [[Maxine]]. Personne ne le sait sauf ma cousine. À l'école ils font l'appel avec le vieux nom et chaque fois j'ai envie de disparaître.

Est-ce que l'école peut changer mon prénom sans que mes parents le sachent ?

Merci
[[Maxine]] (c'est la première fois que je signe comme ça)""",
      html="only", subject="prénom"),
    s("outlook-fr-mother-work-disclaimer", "outlook_desktop", "fr",
      ["parent-writing", "written-for", "anxiety", "school", "signature", "disclaimer",
       "no-identity-in-body", "own-account"],
      ("Nathalie Gérard", "nathalie.gerard@assurlux.example"),
      """Bonjour,

Je vous écris pour ma fille de 13 ans. Nous sommes francophones mais elle est à l'école en néerlandais à Grimbergen depuis la maternelle. Depuis janvier, elle refuse d'y aller : elle a mal au ventre tous les matins et pleure dans la voiture. Le médecin ne trouve rien.

Elle a vu votre site et m'a demandé d'écrire. Elle peut vous écrire en néerlandais si c'est plus simple pour vous.

Bien à vous,""",
      sig="""[[Nathalie Gérard]]
Gestionnaire sinistres
[[AssurLux SA]] – [[Avenue Louise 250, 1050 Bruxelles]]
Tél. [[02 640 88 13]]

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.""",
      from_style="ew", subject="ma fille ne veut plus aller à l'école"),
    s("samsung-fr-voice-bullying", "samsung", "fr",
      ["voice-to-text", "bullying", "no-punctuation", "own-name-in-text", "family-account"],
      ("Famille Benali", "famille.benali@proximus.example"),
      """bonjour c'est [[Ilyes]] j'ai 12 ans je parle dans le téléphone de ma mère parce que j'écris pas vite point dans ma classe il y a des garçons qui me prennent mon goûter et qui disent que je pue virgule le prof il voit rien point je veux plus aller à la natation avec eux point d'interrogation merci au revoir""",
      subject="message"),
    s("orange-fr-controlling-boyfriend", "v8snl_orange", "fr",
      ["love", "relationship-violence", "own-account", "no-identity-in-body", "dialect-brussels"],
      ("Inès Moreau", "ines.moreau@orange.example"),
      """Salut,

J'ai 17 ans et mon copain regarde mon téléphone tous les soirs. Il veut savoir avec qui je parle et il se fâche si je réponds pas dans les 5 minutes. La semaine passée il a cassé mon écran "sans faire exprès". Mes amies disent que c'est pas normal. Moi je sais plus, il est aussi super gentil parfois.

Je vous écris depuis l'ordi de la bibliothèque de mon école à Forest parce qu'il connaît mon code.

Merci de répondre ici, je regarde demain""",
      subject="mon copain"),
    s("outlook-en-international-school", "outlook_web", "en",
      ["school-account", "loneliness", "signature", "disclaimer", "own-name-in-text",
       "mixed-languages"],
      ("Hannah Whitfield", "h.whitfield28@bis-antwerp.example"),
      """Hi,

I'm 19, in my last year at an international school near Antwerp. My parents moved here for work two years ago and next year they move to Singapore, and I'm supposed to stay here for uni. Everyone keeps saying how exciting it is. I don't have one real friend here, my Dutch is "een beetje" at best, and I lie awake thinking I'll be completely alone.

Sorry, I know this isn't a big problem compared to other people.

[[Hannah]]""",
      sig="""[[Hannah Whitfield]] | Class of 2025
[[British International School Antwerp]]

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
      subject="not sure if this is for you"),
    s("edison-en-racist-bullying", "v8snl_edison", "en",
      ["bullying", "racism", "own-account", "own-name-in-text", "mixed-languages", "emoji"],
      ("Aarav Iyer", "aarav.iyer@icloud.example"),
      """hey

im 14, my parents are from india and im born in hasselt. at school some boys call me "curry" and make noises when i walk past. i speak dutch better than them lol but it still hurts 😞

the teacher said "gewoon negeren". i tried. it doesnt work.

can you help or is this not what you do

- [[Aarav]]""",
      subject="school"),
    s("gmail-en-friend-writing", "gmail_web", "en",
      ["friend-writing", "written-for", "self-harm", "own-account", "no-identity-in-body",
       "one-phrase-a-line"],
      ("Zoë Kaplan", "zoe.kaplan.k@gmail.example"),
      """hello
i'm writing for my best friend
she's 16 like me
she sent me a goodbye message last night
she says it was a joke
it didnt feel like a joke
i don't want to get her in trouble but i'm scared
what do i do
please answer fast""",
      subject="my friend"),
    s("holiday-park-guest-pc", "webmail", "nl",
      ["new-shape", "holiday-park-guest-pc", "shared-account", "signature", "parents",
       "family-violence", "dialect-limburg", "no-identity-in-body"],
      ("Gastcomputer KH", "gasten@vakantiepark-kempenheide.example"),
      """hallo

wij zijn op vakantie in een park en ik schrijf van de computer aan de receptie want thuis kan het niet. ik bin 14. mien pap drinkt ook hie elke daag en gister heeft hij mien mam geslage in de auto. iedereen dink dat wij een gelukkige familie zijn.

zaterdag gaan we terug naar huis. ik wil dat ge mij dan helpt. ik schrijf dan van mijn gsm""",
      sig_dash=True,
      sig="""Gastcomputer receptie – [[Vakantiepark Kempenheide]]
[[Heidestraat 120, 3950 Bocholt]]
Wis je gegevens na gebruik. Fijne vakantie!""",
      subject="hulp"),
    s("iphone-custom-sent-from-dad", "iphone", "nl",
      ["new-shape", "custom-sent-from-with-parent-name", "parent-account", "gender-identity",
       "dialect-flemish-brabant", "no-identity-in-body", "one-phrase-a-line"],
      ("Bart Mertens", "bart.mertens@telenet.example"),
      """hallo
ik zit op de gsm van mijn papa
ik ben 14
ik ben een meisje maar vanbinnen ni
of toch ni helemaal
ik weet ni hoe ik dat moet uitleggen aan iemand in Tienen
hier kent iedereen iedereen
kunt ge mij helpen of zijn er mensen zoals ik in de buurt""",
      client_line="Verstuurd vanaf de iPhone van Bart 🚴",
      identity=["Verstuurd vanaf de iPhone van Bart"],
      subject="vraag"),
    s("outlook-trade-fair-banner", "outlook_desktop", "nl",
      ["new-shape", "trade-fair-banner-in-parent-signature", "parent-account", "signature",
       "disclaimer", "school", "anxiety", "dialect-west-flemish", "own-name-in-text"],
      ("Lieven Desmet | Desmet Keukens", "lieven@desmet-keukens.example"),
      """hallo
ik ben [[Lena]], 13, ik typ op de computer van papa zijn bureau achter de winkel
ik heb volgende week examens en ik slaap nie meer
ik moet van hem altijd 80 procent halen of ik mag nie meer naar de hockey
ik kan gewoon nie meer leren want alles draait in mijn hoofd""",
      sig="""Met vriendelijke groeten,
[[Lieven Desmet]]
zaakvoerder – [[Desmet Keukens bv]]
[[Brugsesteenweg 214, 8800 Roeselare]] | [[051 22 47 70]]
Bezoek ons op Batibouw, paleis 5 stand 120!

Deze e-mail is vertrouwelijk. Indien u deze e-mail per vergissing ontving, gelieve ons te verwittigen en hem te verwijderen.""",
      from_style="plain", subject="examens"),
    s("samsung-anonymous-question-app", "samsung", "nl",
      ["paste", "new-shape", "anonymous-question-app-paste", "bullying", "self-harm",
       "dialect-antwerp", "own-name-in-text", "own-account"],
      ("Tess Van Hove", "tessvanhove@gmail.example"),
      """ik heb zo ne link in mijn bio gezet waar ze anoniem vragen kunnen stellen en dit is wat ik kreeg:

ngl.link/[[tess.vh_]]
"waarom leeft gij nog"
"iedereen in 3B vindt u lelijk"
"doe de wereld een plezier"

ik weet ni wie da stuurt. ik ben 15. ik heb de link weggedaan ma ik krijg die zinnen ni uit mijne kop""",
      subject="anonieme vragen"),
    s("gmail-absence-note-paste", "gmail_web", "nl",
      ["paste", "new-shape", "parent-absence-note-paste", "school", "anxiety",
       "dialect-east-flemish", "own-name-in-text", "own-account"],
      ("Kobe Dhondt", "kobe.dhondt@gmail.example"),
      """hallo

dit is wat mijn moeder al drie keer naar school heeft gestuurd:

"Geachte, mijn zoon [[Kobe]] was gisteren afwezig wegens ziekte. Met vriendelijke groeten, [[Griet Dhondt]]"

maar ik was niet ziek. ik durf niet naar school omdat ik altijd moet overgeven van de stress voor ik de poort binnen ga. zij dekt mij maar zegt dat het nu moet stoppen. ik ben 16. wat is er mis met mij""",
      subject="afwezig"),
    s("outlook-mobile-intake-lines", "outlook_mobile", "nl",
      ["new-shape", "self-filled-intake-lines", "list", "divorce", "loneliness",
       "dialect-flemish-brabant", "no-identity-in-body", "own-account"],
      ("Jitse Vermeiren", "jitse.vermeiren@outlook.example"),
      """ik heb op jullie site gelezen wat jullie graag weten dus:

Leeftijd: 13
Provincie: Vlaams-Brabant (bij Diest)
Waarover: mijn ouders gaan scheiden en niemand vraagt wat ik wil
Hoe lang al: sinds de herfstvakantie
Wie weet het: niemand buiten mijn hond
Wil ik antwoord: ja

dat was het""",
      subject="formulier"),
    s("gmail-mosque-youth-account", "gmail_web", "nl",
      ["new-shape", "mosque-youth-account", "club-account", "shared-account", "signature",
       "coming-out", "dialect-antwerp", "no-identity-in-body", "mixed-languages"],
      ("Jongeren Al-Nour", "jongeren.alnour.borgerhout@gmail.example"),
      """salam

ik gebruik het account van de jongerenwerking want iedereen van de groep heeft het wachtwoord, da's het enige dat niet op mijn gsm staat. ik ben 17 en ik denk da ik bi ben. wallah ik heb da nog tegen niemand gezegd. ik geloof echt en ik wil mijn geloof niet kwijt.

kan da samen? of moet ik kiezen

ge moogt niet terugschrijven naar hier want de begeleider leest de mails. ik kijk wel op jullie site""",
      sig="""Jongerenwerking [[moskee Al-Nour Borgerhout]]
elke zaterdag 14u-17u – voetbal, huiswerkklas, uitstappen
contact: [[0488 31 07 52]]""",
      subject="vraag over mezelf"),
    s("eye-gaze-typing", "outlook_web", "nl",
      ["new-shape", "eye-gaze-typing", "loneliness", "love", "own-name-in-text",
       "own-account", "no-punctuation"],
      ("Ruben Claeys", "ruben.claeys@outlook.example"),
      """hoi ik ben [[ruben]] ik ben 17 ik zit in een rolstoel en ik typ met mijn ogen dus het gaat traag sorry voor de fouten
iedereen denkt dat ik geen lief wil of niet kan
ik wil wel
ik ben verliefd op een meisje van mijn school
ik durf niks te zeggen want wie wil er nu met mij
groetjes""",
      client_line="— getypt met oogbesturing (Communicator 5) —",
      label_client="Outlook web (eye-gaze communicator)", subject="liefde"),
    s("gmail-limburg-engagement", "gmail_android", "nl",
      ["dialect-limburg", "mixed-languages", "love", "parents", "own-account",
       "own-name-in-text"],
      ("Elif Kaya", "elif.kaya2009@gmail.example"),
      """hallo

ich bin [[Elif]], 16 jaar, uit Genk. mijn ouders willen dat ich volgende zomer in Turkije verloofd word met een neef. ze zeggen "sadece nişan, daha sonra göreceğiz", gewoon een verloving, daarna zien we wel. maar ich wil da neet, ich wil verder studere en ich heb hier al iemand.

mag dat eigenlijk in België? ik wil mijn ouders ook geen verdriet doen

groetjes""",
      subject="zomer"),
    s("iphone-hasselt-reply", "iphone", "nl",
      ["reply-with-quote", "dialect-limburg", "self-harm", "own-account",
       "no-identity-in-body", "short-last-line"],
      ("Jorne Stulens", "jorne.stulens@icloud.example"),
      """Ich heb het gedaan wat ge zei, ich heb de nummer gebeld.

Het was ne mens die heel rustig was. Ich heb veur 't ierst in maanden gezeed dat ik neet mie wil laeve. Het is nog altied zwaor maar ich heb morgen ne afspraak bij de dokter.

Merci.
echt""",
      subject="Re: ik kan niet meer",
      quote="""Dag,

We zijn blij dat je ons schrijft, en we nemen wat je zegt heel ernstig. Als je eraan denkt om jezelf iets aan te doen, bel dan vandaag nog de Zelfmoordlijn op 1813 (dag en nacht, gratis en anoniem). Zou je dat willen doen?

We zijn er ook voor jou.

Lumi"""),
    s("outlook-dad-hospital-disclaimer", "outlook_desktop", "nl",
      ["parent-writing", "written-for", "anxiety", "signature", "disclaimer",
       "dialect-flemish-brabant", "no-identity-in-body", "own-account"],
      ("Wim Vandenbussche", "wim.vandenbussche@uzleuven-zorg.example"),
      """Goedemiddag,

Ik ben de vader van een jongen van 16. Hij zit sinds de kerstvakantie op zijn kamer, gaat niet meer naar de scouts en zegt dat alles "zinloos" is. Ik werk zelf in de zorg maar bij je eigen kind sta je machteloos, merk ik.

Hij wil niet met een psycholoog praten, wel misschien anoniem schrijven. Mag ik hem jullie adres geven? Moet hij dan zelf een mailadres maken?

Dank u wel,""",
      sig="""[[dr. Wim Vandenbussche]]
Diensthoofd anesthesie – [[UZ Zorgnet Leuven]]
[[Herestraat 49, 3000 Leuven]]
T [[016 34 12 90]]

Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Elke verspreiding zonder toestemming is verboden.""",
      subject="mijn zoon"),
    s("gmail-schaerbeek-htmlonly", "gmail_web", "nl",
      ["html-only", "dialect-brussels", "mixed-languages", "coming-out", "own-name-in-text",
       "emoji", "own-account"],
      ("Bilal Azzouzi", "bilal.azz@gmail.example"),
      """yo lumi

ik ben [[Bilal]], 16, van Schaerbeek. ik spreek frans thuis, nederlands op school en darija met mijn bomma. en in geen enkele taal kan ik zeggen dat ik op jongens val 😅 wallah het is zo.

mijn beste vriend heeft het geraden en hij zei "c'est rien frère". dat was de beste dag van mijn leven. maar thuis? jamais.

hoe doen anderen dat??""",
      html="only", subject="talen"),
    s("windows-mail-laken-divorce", "windows_mail", "nl",
      ["dialect-brussels", "divorce", "parents", "own-account", "own-name-in-text",
       "long"],
      ("Kevin Wouters-Michiels", "kevin.wm@hotmail.example"),
      """Dag

Ik ben 19 en ik woon nog bij mijne pa in Laken. Mijn ouders zijn al drie jaar gescheiden maar ze maken nog altijd ruzie via mij. Ma belt mij en zegt "zeg tegen uwe pa dat hij het geld moet storten", en pa zegt "zeg tegen uw ma dat ze eerst haar deel van de auto betaalt". Ik ben precies ne postbode.

Ik wil eigenlijk op mezelf gaan wonen maar dan denk ik dat pa helemaal alleen is en dan voel ik me schuldig.

Is dat egoïstisch?

[[Kevin]]
(sorry voor het lange bericht)""",
      subject="postbode"),
    s("gmail-ios-zwolle-oneliner", "gmail_ios", "nl",
      ["one-liner", "nl-netherlands", "grief", "no-identity-in-body", "own-account"],
      ("Thijs Bosman", "thijsbosman2011@gmail.example"),
      """Is het normaal dat ik niet heb gehuild op de begrafenis van mijn opa, iedereen keek raar naar me en ik ben 14 en ik hield echt van hem""",
      subject="opa"),
    s("apple-mail-amsterdam-htmlonly", "apple_mail", "nl",
      ["html-only", "nl-netherlands", "gender-identity", "own-name-in-text", "own-account",
       "signature-like-own-lines"],
      ("Mees van Dijk", "mees.vandijk@icloud.example"),
      """Hallo,

Ik ben 18 en woon in Amsterdam, mijn moeder komt uit Antwerpen en zij noemde jullie. Ik ben trans (ftm) en sta sinds een jaar op de wachtlijst bij het genderteam. Nog minstens twee jaar, zeggen ze. Ik houd het eerlijk gezegd bijna niet meer vol, elke ochtend in de spiegel is een klap.

Hebben jullie tips om die tijd door te komen?

Groet,
[[Mees]]
18 jaar
wachtlijst dag 371""",
      html="only", subject="wachtlijst"),
    s("smartschool-teacher-limburg-grief", "smartschool", "nl",
      ["teacher", "written-for", "school-account", "grief", "signature", "disclaimer",
       "dialect-limburg", "no-identity-in-body", "html-only"],
      ("Kristien Moors", "kristien.moors@bs-deklimop.example"),
      """Dag Lumi,

Ik ben juf van het vijfde leerjaar in Bilzen. De mama van een meisje uit mijn klas (10 jaar) is twee weken geleden overleden. Ze komt elke dag naar school, lacht, speelt, en zegt "het gaat goed juf". Maar in haar schrift tekent ze alleen nog zwarte bloemen.

Ik wil haar niet forceren. Hebben jullie tips, of kan zij (met mij erbij, of alleen) jullie schrijven? Ze is slim en schrijft graag.

Bedankt alvast, 't is zwaar voor iedereen hier.""",
      sig="""Juf [[Kristien]] – 5de leerjaar
[[Basisschool De Klimop Bilzen]]
Deze mail werd verstuurd via het schoolplatform. Vertrouwelijke informatie over leerlingen wordt niet verder verspreid.""",
      html="only", subject="leerlinge in rouw"),
    s("skynet-grandfather-caps", "v8snl_skynet", "nl",
      ["grandparent", "written-for", "all-caps", "dialect-limburg", "gaming", "parents",
       "own-name-in-text", "own-account"],
      ("Jef Vanderhoydonck", "jef.vanderhoydonck@skynet.example"),
      """GOEIENDAG

MIJN KLEINZOON IS 15 EN HIJ WOONT BIJ ONS SINDS ZIJN MAMA IN HET ZIEKENHUIS LIGT. HIJ ZIT ELKE NACHT TE GAMEN TOT 4 UUR EN ALS IK DE WIFI UITZET SLAAT HIJ MET DE DEUREN EN ROEPT HIJ DAT HIJ ONS HAAT. WIJ ZIJN 74 EN 71. WIJ WETEN HET NIET MEER.

HIJ IS EEN GOEIE JONGEN. ECHT.

MET VRIENDELIJKE GROETEN
[[JEF]] UIT LOMMEL""",
      subject="KLEINZOON"),
    s("gmail-sister-for-brother-violence", "gmail_android", "nl",
      ["sibling", "written-for", "family-violence", "dialect-flemish-brabant",
       "own-name-in-text", "own-account"],
      ("Amber Peetermans", "amber.peetermans@gmail.example"),
      """hey

ik ben 16 en ik schrijf voor mijn broerke van 10. mijn vader slaat hem als hij slechte punten heeft, met zijn riem. mij niet meer sinds ik groter ben. mijn broerke durft niks te zeggen en mama doet alsof ze het niet ziet.

vandaag had hij een blauwe plek op zijn been en de juf vroeg wat dat was en hij zei "gevallen met de fiets". ik wil dat het stopt maar ik wil niet dat ze ons weghalen.

[[Amber]]
uit de buurt van Zaventem""",
      subject="mijn broerke"),
    s("outlook-youth-worker-homeless", "outlook_desktop", "nl",
      ["youth-worker", "written-for", "homelessness", "parents", "signature", "disclaimer",
       "dialect-antwerp", "no-identity-in-body", "own-account"],
      ("Driss Ouali", "driss.ouali@straathoek-antwerpen.example"),
      """Dag collega's van Lumi,

Ik ben straathoekwerker in Antwerpen-Noord. Ik zie sinds een paar weken een meisje van 17 dat van zetel naar zetel slaapt bij vrienden, nadat haar moeder haar buitengezet heeft. Ze wil absoluut niet naar "een instelling". Ze heeft een gsm maar geen mailadres dat ze vertrouwt.

Ze vroeg me of jullie haar ook kunnen helpen met "gewoon praten" en niet alleen met regelingen. Ik zei van wel, klopt dat?

Met vriendelijke groeten,""",
      sig="""[[Driss Ouali]]
straathoekwerker
[[vzw Straathoek Antwerpen-Noord]]
[[Handelstraat 12, 2060 Antwerpen]]
M [[0470 66 14 35]]

Deze e-mail is vertrouwelijk en enkel bestemd voor de geadresseerde.""",
      subject="jongere zonder thuis"),
    s("samsung-signature-like-own-lines", "samsung", "nl",
      ["signature-like-own-lines", "bullying", "dialect-west-flemish", "no-identity-in-body",
       "own-account", "short-last-line"],
      ("Yentl Vandenberghe", "yentl.vdb@hotmail.example"),
      """hallo

ze lachen mij uit omdat ik nog geen bh draag en in de kleedkamer trekken ze aan mijn t-shirt. ik ben 12 en ik ben de kleinste van de klas. ik wil nie meer naar de zwemles

een bange leerling
eerste middelbaar
ergens in West-Vlaanderen""",
      subject="kleedkamer"),
    s("gmail-group-work-task-split", "gmail_web", "nl",
      ["paste", "new-shape", "group-work-task-split-paste", "bullying", "school",
       "dialect-east-flemish", "own-name-in-text", "own-account"],
      ("Seppe Van Damme", "seppe.vandamme08@gmail.example"),
      """hallo

we moeten een groepswerk maken voor aardrijkskunde en dit is de taakverdeling die de anderen gemaakt hebben zonder mij iets te vragen:

Taakverdeling groepswerk klimaat – groep 4
<<Lotus>>: inleiding + bronnen
<<Ferre>>: powerpoint
<<Mirte>>: conclusie
[[Seppe V.D.]]: ALLES typen + printen + presenteren (want hij heeft toch geen vrienden lol)

dat laatste stond er echt zo. de leraar heeft het gezien en niks gezegd. ik ben 14. moet ik het gewoon doen?""",
      subject="groepswerk"),
    s("iphone-appointment-reminder", "iphone", "nl",
      ["paste", "new-shape", "appointment-reminder-paste", "anxiety", "parents",
       "dialect-antwerp", "own-name-in-text", "own-account"],
      ("", "kato.x.verhulst@icloud.example"),
      """ik ga elke dinsdag stiekem naar een psycholoog via school en nu kreeg ik dit sms'je op mijn gsm en mijne pa heeft het bijna gezien:

Herinnering: afspraak voor [[Kato Verhulst]] op di 11/03 om 16u00 bij <<Praktijk Zonnebloem>>. Niet beschikbaar? Bel <<03 288 17 40>>.

als hij da ziet is het oorlog thuis. hij vindt psychologen voor zotten. ik ben 17. kan ik vragen dat ze geen sms meer sturen? of moet da van de wet?""",
      subject="sms"),
    s("gmail-safety-check-in-paste", "gmail_android", "nl",
      ["paste", "new-shape", "safety-check-in-paste", "love", "sexual-harassment",
       "dialect-flemish-brabant", "own-name-in-text", "own-account"],
      ("Fleur Vanroelen", "fleur.vanroelen@gmail.example"),
      """ik was zaterdag op een feestje in Leuven en ik had een check-in aangezet naar mijn beste vriendin. zij kreeg om 2u dit:

"[[Fleur]] is niet aangekomen op de verwachte tijd. Laatst gekende locatie: Tiensevest, batterij 4%."

toen zat ik in de auto van een jongen die ik net kende en die niet wou stoppen. uiteindelijk heeft hij mij aan een tankstation gelaten. er is niks "gebeurd" maar ik kan niet meer slapen. ik ben 16 en mijn ouders denken dat ik bij een vriendin sliep""",
      subject="zaterdag"),
    s("outlook-web-piercing-consent", "outlook_web", "nl",
      ["paste", "new-shape", "piercing-consent-form-paste", "parents", "body-image",
       "dialect-east-flemish", "own-name-in-text", "own-account"],
      ("Hanne Baert", "hanne.baert2009@outlook.example"),
      """hallo

ik heb een piercing laten zetten met een toestemmingsformulier waar ik de handtekening van mijn moeder op heb gezet. nu wil de studio een kopie van haar identiteitskaart. dit is het formulier:

TOESTEMMING MINDERJARIGE
Naam klant: [[Hanne Baert]]
Geboortedatum: [[14/05/2009]]
Ouder/voogd: [[Sofie Baert-De Wolf]]
Handtekening ouder: ............

ik ben 15 en ik weet dat het dom was. ik durf het niet te zeggen want mijn mama is al boos op alles. ga ik nu in de problemen komen bij de politie?""",
      subject="formulier"),
    s("outlook-department-in-display-name", "outlook_desktop", "nl",
      ["new-shape", "department-in-parent-display-name", "parent-account", "coming-out",
       "love", "dialect-antwerp", "no-identity-in-body", "one-phrase-a-line",
       "no-punctuation"],
      ("Vermeulen, Tom (Finance BE)", "tom.vermeulen@brouwerij-kempen.example"),
      """hallo
ik ben het kind niet de papa
ik ben 13
ik heb een lief
het is een meisje
en ik ben ook een meisje
papa werkt bij een grote firma en leest niet mee
denk ik""",
      sig="""[[Tom Vermeulen]]
Financial Controller Benelux
[[Brouwerij Kempen nv]]""",
      from_style="plain", subject="lief"),
    s("family-shop-opening-hours", "gmail_web", "nl",
      ["new-shape", "family-shop-account-with-opening-hours", "family-account", "signature",
       "parents", "anxiety", "dialect-west-flemish", "own-name-in-text"],
      ("Bakkerij Vandamme", "bakkerij.vandamme@gmail.example"),
      """hallo dit is [[Nele]], de dochter van de bakker, ik ben 15

ik moet elke zaterdag en zondag van 6u in de winkel staan en 's avonds nog helpen met de potten en pannen. ik doe da graag voor mijn ouders maar ik heb geen tijd meer voor vrienden of de academie en ik voel mij altijd moe. als ik da zeg wordt papa kwaad want "de zaak moet draaien"

is da normaal voor kinderen van zelfstandigen?""",
      sig="""[[Bakkerij Vandamme]] – ambachtelijk sinds 1962
[[Markt 7, 8870 Izegem]] – tel. [[051 30 11 28]]
open di-za 6u30-18u30, zo 6u30-13u, maandag gesloten""",
      subject="vraag"),
    s("thunderbird-exam-convocation", "thunderbird", "nl",
      ["paste", "new-shape", "exam-convocation-paste", "anxiety", "tussentaal",
       "own-name-in-text", "own-account"],
      ("Jens Lambrechts", "jens.lambrechts@gmx.example"),
      """dag

ik ben 18 en ik moet voor de vierde keer mijn praktisch rijexamen doen. ik heb deze uitnodiging gekregen en sindsdien slaap ik niet meer:

UITNODIGING PRAKTISCH EXAMEN
Kandidaat: [[LAMBRECHTS Jens]]
Dossiernummer: [[R-2025-0488172]]
Examencentrum Sint-Denijs-Westrem, 14 maart, 08u10

iedereen van mijn klas heeft zijn rijbewijs al. mijn vader zegt dat ik het gewoon moet "willen". ik wil het wel! mijn handen beven gewoon zo hard dat ik niet kan schakelen""",
      subject="rijexamen"),
    s("outlook-web-reply-antwerp-quote-to", "outlook_web", "nl",
      ["reply-with-quote", "dialect-antwerp", "self-harm", "own-name-in-text",
       "own-account", "one-phrase-a-line"],
      ("Ward Huybrechts", "ward.hbr@outlook.example"),
      """ja
ik heb het tegen de huisarts gezegd
ze was ni boos
ik moet over een week terug
mijn ma weet het nu ook
ze weende ma ze heeft mij vastgepakt
da was goe
[[ward]]""",
      subject="Re: snijden",
      quote_to="Ward Huybrechts <ward.hbr@outlook.example>",
      quote="""Dag,

Dank je dat je ons terug schrijft. Je hoeft dit niet alleen te dragen. Een huisarts kan je helpen met de wondjes en met wat eronder zit, zonder te oordelen. Zou je daar een afspraak durven maken?

Lumi"""),
    s("samsung-reply-genk-quote-to", "samsung", "nl",
      ["reply-with-quote", "dialect-limburg", "friends", "loneliness", "own-name-in-text",
       "own-account", "text-speak", "typos"],
      ("Lars Claesen", "larsclaesen@gmail.example"),
      """heej lumi

tis [[Lars]] nog eens. ik heb da gedaan wa ge zei, ik ben mee gaan voetballe mit de jongens van mien straat. ze ware eigelik wel chill. eentje vroeg of ik zaterdag terug kom 😁

ma op school is het nog hetzelfde. ik zit nog alleen in de refter

tog bedankt""",
      subject="Re: geen vrienden",
      quote_to="Lars Claesen <larsclaesen@gmail.example>",
      quote="""Hoi,

Het is heel eenzaam om elke dag alleen te zitten. Soms helpt het om buiten school iets te proberen, een sport of een jeugdbeweging, waar niemand je al "kent". Is er iets dat je graag doet?

Lumi"""),
    s("zoho-htmlonly-dyslexic", "v8snl_zoho", "nl",
      ["html-only", "dyslexic", "typos", "school", "bullying", "dialect-east-flemish",
       "own-name-in-text", "own-account"],
      ("Jarne De Vos", "jarne.devos@zohomail.example"),
      """hallo ik ben [[jarne]] ik ben 11 jaar ik ben dislecties en de andere kinderen lagen me uit als ik moed voorleesen. de juf zecht dat ik meer moed oefenen maar ik oefen al elke avont met mama. ik weet nie hoe dat ik hed beeter kan doen

sorry voor de foute""",
      html="only", subject="school"),
    s("k9-client-line-like-own-words", "v8snl_k9", "nl",
      ["client-line-like-own-words", "parents", "anxiety", "tussentaal", "own-account",
       "no-identity-in-body", "words-after-signoff"],
      ("Nina Lemmens", "nina.lemmens@posteo.example"),
      """verzonden vanaf de bus want thuis kan ik niks typen zonder dat mijn moeder over mijn schouder kijkt

ik ben 14. ze leest al mijn berichten en ze heeft een app op mijn gsm waarmee ze ziet waar ik ben. ik mag niet alleen naar de stad terwijl iedereen van mijn klas dat wel mag. als ik er iets van zeg zegt ze dat ze het doet omdat ze van mij houdt

is dat normaal

groetjes

ps mijn halte, ik moet afstappen""",
      subject="mijn moeder"),
    s("en-leuven-body-image", "gmail_ios", "en",
      ["body-image", "eating", "own-name-in-text", "own-account", "mixed-languages"],
      ("Freya Lindqvist-Smet", "freya.ls@gmail.example"),
      """Hi Lumi,

I'm 17, swedish-belgian, living in Leuven. I've been counting every calorie since september and I'm down to almost nothing at lunch. My volleyball coach said "goed bezig" when I lost weight and now I can't stop. My mum thinks I'm just "sporty".

I'm not sure if I have a problem or if I'm being dramatic.

[[Freya]]
(please don't use my name if you post stuff, idk if you do that)""",
      subject="food"),
    s("iphone-antwerp-text-speak", "iphone", "nl",
      ["text-speak", "emoji", "friends", "love", "dialect-antwerp", "own-account",
       "own-name-in-text", "one-phrase-a-line"],
      ("Yara", "yara.dm@icloud.example"),
      """hey
mn bff heeft met mn ex gekust op een feestje 😭😭
en ze zegt da ik overdrijf
wtf
ik ben 15 btw
moet ik haar blokkeren of ni
ik weet ni meer wie ik kan vertrouwen
xx [[yara]]""",
      subject="bff"),
    s("gmail-east-flemish-grief-dog", "gmail_web", "nl",
      ["grief", "dialect-east-flemish", "loneliness", "own-account", "no-identity-in-body",
       "short-last-line"],
      ("Cas Van Hecke", "casvanhecke@gmail.example"),
      """hallo,

onze hond is gisteren gestorven. hij was 13, ouder dan mijn broertje. iedereen zegt "'t was maar nen hond" maar hij was mijn beste vriend. ik ben 12 en ik ging elke dag met hem wandelen langs de Schelde.

mag je daar ook over schrijven bij jullie?

<<Bruno>> heette hij""",
      subject="hond"),
    s("proton-youth-group-account", "proton", "nl",
      ["club-account", "shared-account", "signature", "sexual-harassment",
       "dialect-flemish-brabant", "no-identity-in-body"],
      ("Leiding JH Ternat", "aspis@jeugdhuis-ternat.example"),
      """hallo

ik ben 16 en ik zit bij de aspi's. ik typ vanaf het account van onze groep want ik wil niet dat het op mijn eigen mail staat. een leider van 22 stuurt mij 's nachts berichten die ik raar vind, zoals "ge zijt de mooiste van de groep" en "zeg het tegen niemand he". de anderen vinden hem super cool.

ik weet niet of ik overdrijf""",
      sig="""Aspi's [[Jeugdhuis Ternat]]
vergaderen elke vrijdag 19u30
[[Kerkstraat 40, 1740 Ternat]]""",
      subject="leider"),
    s("gmail-coach-second-football", "gmail_android", "nl",
      ["coach", "written-for", "club-account", "parents", "anxiety", "signature",
       "dialect-antwerp", "own-name-in-text"],
      ("KFC Zwarte Leeuw", "jeugd.kfczl@gmail.example"),
      """Dag,

Ik ben trainer bij de U13. Een van mijn spelers heeft na de match in de kleedkamer zitten wenen en zei dat zijn papa hem "een schande" noemt als hij een bal verliest, langs de lijn, voor iedereen. De jongen wil stoppen met voetballen, terwijl hij het graagste doet van al.

Ik wil mij niet moeien met de opvoeding maar ik kan da toch ook niet laten gebeuren. Wat kan ik doen?

Groeten
[[Dimitri]]""",
      sig="""trainer U13 – [[KFC Zwarte Leeuw]]
[[0494 81 22 03]]""",
      subject="speler"),
    s("huawei-brussels-voice", "huawei", "nl",
      ["voice-to-text", "dialect-brussels", "mixed-languages", "school", "own-name-in-text",
       "own-account"],
      ("Rayan Haddouchi", "rayan.haddouchi@gmail.example"),
      """allo het is [[Rayan]] ik ben 14 jaar ik zit in Sint-Jans-Molenbeek op school en ik spreek in mijn gsm want typen is lastig euh de leerkracht van wiskunde zegt altijd dat ik dom ben voor de hele klas en iedereen lacht en dan zeg ik wesh laat me en dan moet ik naar de studie dat is niet eerlijk toch""",
      subject="leerkracht"),
    s("outlook-web-limburg-love-short", "outlook_web", "nl",
      ["dialect-limburg", "love", "one-phrase-a-line", "own-account", "no-identity-in-body",
       "short-last-line"],
      ("Tibo Vanluyd", "tibo.vanluyd@outlook.example"),
      """hoi
ich bin verleef
op de jongen nao mich in de rij
ich bin ouch ne jongen
ich bin 15
ich weet neet waat ich mot doen
help
?""",
      subject="verleef"),
    s("gmail-antwerp-phone-offered", "gmail_android", "nl",
      ["phone-in-text", "dialect-antwerp", "self-harm", "loneliness", "own-name-in-text",
       "own-account"],
      ("Jaymie Verbist", "jaymie.verbist@gmail.example"),
      """ik kan ni goe schrijven over mijn gevoelens, da lukt mij beter als ik praat

ge moogt mij bellen op [[0468 27 93 15]] na 16u maar ni in 't weekend want dan is mijne pa thuis en die pakt mijn gsm af

ik ben 16. het gaat ni goe. ik heb al een paar keer gedacht dat iedereen beter af is zonder mij

niet sms'en aub""",
      subject="bellen?"),
    s("outlook-web-name-only-in-subject", "outlook_web", "nl",
      ["name-in-subject", "dialect-east-flemish", "friends", "love", "own-account",
       "no-identity-in-body", "short-last-line"],
      ("", "xx.bluebird.xx@outlook.example"),
      """hallo

mijn vriendin en ik zijn al 3 jaar beste vriendinnen en nu wil ze ineens dat we "meer" zijn. ik vind haar heel lief maar niet op die manier denk ik. als ik nee zeg ben ik haar kwijt en als ik ja zeg lieg ik

ik ben 14. wat zou jij doen

sorry""",
      subject="vraag van Warre (14)",
      identity=["Warre"]),
    s("samsung-street-and-second-address", "samsung", "nl",
      ["street-in-text", "second-address-in-text", "dialect-east-flemish", "anxiety",
       "stalking", "own-name-in-text", "family-account"],
      ("Fam. De Meyer-Cosyns", "demeyer.cosyns@telenet.example"),
      """hallo, dit is [[Zita De Meyer]], ik ben 17

ik woon in de [[Molenstraat]] in Wetteren en sinds twee weken staat er elke avond een auto aan de overkant met iemand in. als ik naar de bushalte ga rijdt hij traag achter mij. mijn ouders zeggen dat ik mij dingen inbeeld.

antwoord aub op mijn eigen adres, da's [[zita.dm.2007@gmail.example]], dit is de mail van heel ons gezin

ik ben echt bang""",
      subject="auto"),
    s("gmail-cc-trusted-teacher", "gmail_web", "nl",
      ["new-shape", "cc-to-trusted-teacher", "school", "bullying", "self-harm",
       "dialect-flemish-brabant", "own-name-in-text", "own-account"],
      ("Oona Wijckmans", "oona.wijckmans@gmail.example"),
      """Dag Lumi,

Ik ben [[Oona]], 15 jaar. Ik zet mijn vertrouwensleerkracht in cc want zij zei dat ik jullie moest mailen en zij wil weten of het gelukt is. Ze weet alles al.

Op school noemen ze mij "de zombie" omdat ik lange mouwen draag, ook in de zomer. Ze weten waarom. Ze trekken aan mijn mouwen in de gang.

Juf, dit is de mail he 🙂

Groetjes""",
      headers=[("Cc", '"Mevr. M. Daems" <marleen.daems@sint-pieterscollege.example>')],
      identity=["marleen.daems@sint-pieterscollege.example", "Daems",
                "sint-pieterscollege.example"],
      subject="zoals afgesproken"),
]
