"""Hand-written help-seekers' mails for part `seeker-nl` of the eighth held-out relay-text corpus.

Written apart, without reading the relay's rules, the dev mails or any other set's cases. Dressed
by relay_corpus_heldout8_seeker_nl.py. Markup (see relay_corpus_heldout.py): [[...]] is identity,
<<...>> is neither content nor identity, everything else in a body is the writer's own words.

Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def s(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug="h8n-" + slug, direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)  # type: ignore[arg-type]


EXTRA_FIRST_NAMES = frozenset({
    "Ellis", "Dirk", "Ilse", "An", "Kris", "Hilde", "Jelle", "Robbe", "Wannes", "Mats",
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
      ("Mevr. Hilde Cools", "hilde.cools@sint-ursula.example"),
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
📍 Brugge · 4 km
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
koper_8812: kunt ge eerst een foto sturen met u voeten erin
[[lisa.mrtns]]: waarom?
koper_8812: anders koop ik niet 😉 en ik betaal extra

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
ofwel gewoon R""",
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
      sig="""[[Hanne Smolders]]
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
      ("Febe Wouters", "febe.wouters2013@gmail.example"),
      """Naam: [[Febe Wouters]]
Klas: 6B
Datum: 7 maart

Opdracht: schrijf een brief aan iemand die je kan helpen

Dat was eigenlijk een opdracht van de juf maar ik stuur het echt. Ik ben 12. Mijn beste vriendin is verhuisd naar Spanje en sindsdien heb ik niemand meer om mee te spelen. Ik eet mijn boterhammen op het toilet zodat niemand ziet dat ik alleen ben.

Wat moet ik doen om nieuwe vriendinnen te maken?

Einde van de brief""",
      subject="brief"),
    s("thunderbird-own-arrow-lines", "thunderbird", "nl",
      ["new-shape", "own-words-as-gt-arrows", "anxiety", "parents", "dialect-east-flemish",
       "no-identity-in-body", "own-account", "list"],
      ("Robbe Van Impe", "robbe.vanimpe@telenet.example"),
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
      ("iPad van de familie Heremans", "heremans.thuis@icloud.example"),
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
      ("Hannah Whitfield (Student)", "h.whitfield28@bis-antwerp.example"),
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
      sig="""-- 
Gastcomputer receptie – [[Vakantiepark Kempenheide]]
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
]
