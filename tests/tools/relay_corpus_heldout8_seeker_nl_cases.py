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
]
