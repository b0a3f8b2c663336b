"""Hand-written bodies of part `seeker-nl` of the sixth held-out relay-text corpus.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span of the writer (their
names, addresses, phones, streets; in a signature every identifying line), <<...>> around what is
neither content nor identity. Family, friends, towns, schools and ages in the running text are
content. The people, schools, streets and numbers are invented; domains end in .example/.test.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Kato", "Wout", "Jana", "Mats", "Seppe", "Yasmina", "Emre", "Zofia", "Bram", "Ferre",
    "Jitse", "Amber", "Nand", "Robbe", "Elin", "Milan", "Hanne", "Tuur", "Ines", "Warre",
    "Tiebe", "Margot", "Louis", "Chloé", "Aya", "Oscar", "Maya", "Kobe", "Febe", "Ilias",
    "Marthe", "Jules", "Rune", "Lowie", "Axelle", "Daan", "Sanne", "Thijs", "Mila", "Lander",
    "Jorre", "Saar", "Wannes", "Roos", "Griet", "Dirk", "Mieke", "Ann", "Kristof", "Hilde",
    "Lucas", "Elise", "Arne", "Fenna", "Sien", "Rik", "Vic", "Noah", "Lena", "Ella", "Zeno",
})

CONF_NL = """Dag,

Bedankt voor je bericht, het is goed aangekomen bij Lumi.
Een vrijwilliger leest het en antwoordt meestal binnen de drie dagen.
De vrijwilliger ziet je naam en je mailadres niet.

Is het dringend? Bel 1813 of 112.

Lumi"""

CONF_FR = """Bonjour,

Merci pour ton message, il est bien arrivé chez Lumi.
Un·e bénévole le lit et te répond en général dans les trois jours.
Le ou la bénévole ne voit ni ton nom ni ton adresse mail.

C'est urgent ? Appelle le 112.

Lumi"""

CONF_EN = """Hi,

Thank you for your message, it has reached Lumi.
A volunteer will read it and usually answers within three days.
The volunteer does not see your name or your e-mail address.

Is it urgent? Call 112.

Lumi"""

ANSWER_NL = """Hoi,

Wat goed dat je ons opnieuw schrijft. Wat je vertelt over school klinkt echt zwaar.
Je hoeft dit niet alleen te dragen. Mag ik vragen of er iemand op school is bij wie je je
een beetje veilig voelt? Een leerkracht, iemand van het CLB, de opvoeder?

Schrijf gerust terug, ook als het maar een paar woorden zijn.

Warme groet,
Lumi"""

CASES: list[Case] = []


def add(shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
        slug: str, **kw: object) -> None:
    """One help-seeker's mail; the slug gets this part's prefix and a running number."""
    n = len(CASES) + 1
    CASES.append(Case(slug=f"snl-{n:04d}-{slug}", direction="seeker", shape=shape, lang=lang,
                      tags=tags, sender=sender, body=body, **kw))  # type: ignore[arg-type]


# ---------------------------------------------------------------- own accounts, tussentaal

add("gmail_android", "nl",
    ["own-account", "no-punctuation", "one-phrase-a-line", "own-name-in-text", "dialect-antwerp",
     "coming-out", "parents"],
    ("Kato Verhaegen", "katoverhaegen2011@gmail.example"),
    """hey
kzen [[kato]]
kzen 13
ik zit in t eerste middelbaar in berchem
ik vind meisjes leuk
gelijk echt leuk
ma mijn ma zegt altijd da da een fase is
is da zo
ik weet ni wa ik moet doen""",
    "berchem-one-phrase-a-line", subject="vraag")

add("iphone", "nl",
    ["own-account", "one-liner", "no-punctuation", "no-identity-in-body", "self-harm"],
    ("Wout De Backer", "wout.db@icloud.example"),
    "ik heb mij weer gesneden en ik wil da ni meer maar ik kan ni stoppen",
    "one-liner-self-harm", subject="")

add("samsung", "nl",
    ["own-account", "all-caps", "own-name-in-text", "dialect-limburg", "bullying", "school",
     "emoji"],
    ("Jana Lemmens", "jana.lemmens08@hotmail.example"),
    """HALLO LUMI
IK BEN [[JANA]] EN IK BEN 12 JAAR
IN DE KLAS IN GENK ZEGGEN ZE DA IK EEN JONGEN BEN OMDA IK KORT HAAR HEB 😭😭
ICH HÖB GEEN ZIN OM NOG NAAR SCHOOL TE GAAN
MIJN MAMA WEET HET NIE
WAT MOET IK DOEN
ALSTUBLIEFT ANTWOORD""",
    "all-caps-genk", subject="HELP")

add("gmail_web", "nl",
    ["own-account", "long-rambling", "no-identity-in-body", "signature", "dialect-west-flemish",
     "gender-identity", "family"],
    ("Mats Vanhove", "mats.vanhove@telenet.example"),
    """Hallo

kweetnie goe hoe dat ik moet beginnen dus kzal gewoon schrijven. Kzyn 16 en kwoon in een klein
dorp bij Diksmuide, iedereen kent hier iedereen. Sinds vorige zomer weet ik da ik me geen jongen
voel, of toch nie helemaal, mo ik hen da nog tegen niemand gezegd. Me moeder zou da zeker en vast
ni verstoan, ze is ol kwaad as ik me nagels lak. Me vader werkt op zee en is vele weg. Op school
in Ieper gaat et ol wa beter want daar zijn nog mensen die queer zijn en die zeggen dat ik mij
ni moet haasten. Mo ton kom ik thuis en is et weer van voor af aan. Ik wil gewoon weten of het
normaal is dat ik soms zeker ben en soms ni. En of jullie ook met mensen van hier praten want
kheb een beetje schrik dat iemand mij herkent. Sorry voor de lange mail.

groetjes""",
    "diksmuide-long-signature",
    sig="[[Mats Vanhove]]\n[[0471 28 90 13]]\n[[Oude Veurnestraat 41, 8600 Diksmuide]]",
    subject="vraag over gender")

add("outlook_mobile", "nl",
    ["own-account", "no-punctuation", "emoji", "dialect-east-flemish", "love", "friends",
     "own-name-in-text"],
    ("Seppe Goossens", "seppe_goossens@outlook.example"),
    """hallo
ik zijn verliefd op mijne beste vriend 🙈 en hij weet da ni
wuk moe ik doen ik wil onze vriendschap ni kapot maken
we zitten al sinds het 1e leerjaar samen in Gent
ps ik ben [[seppe]] maar zeg da aan niemand aub""",
    "gent-crush-ps", subject="verliefd")

add("gmail_ios", "nl",
    ["own-account", "voice-to-text", "no-punctuation", "dialect-brussels", "family-violence",
     "own-name-in-text", "french-mixed"],
    ("Yasmina El Idrissi", "yasmina.elidrissi@gmail.example"),
    ("hallo ik ben [[Yasmina]] ik zen 14 ik woon in Anderlecht allez mijn broer slaagt mij als"
     " ik met mijn vriendinnen buiten ga hij zegt da ik een hoer ben et tout mais mijn mama "
     "zegt niks punt ik weet ni of da normaal is want hij is ouder uitroepteken kunnen jullie "
     "mij helpen vraagteken"),
    "anderlecht-dictated", subject="mijn broer")

add("outlook_desktop", "nl",
    ["own-account", "typos", "own-name-in-text", "dialect-flemish-brabant", "anxiety", "school"],
    ("Robbe Vercammen", "robbe.vercammen@skynet.example"),
    """Hallo,

ik weet nie of ik hier goe zit maar ik heb altijd stress. Als ik naar school moet in Leuven
krijg ik buikpijn en ik kan nie slapen. Mijn mama zegt da ik mij aanstel. Ik heb al gegoogeld
en ik denk da ik een angsstoornis heb ofzo. Is da erg? Kan da weggaan?

Allee, mercie al om dit te lezen.

[[Robbe]] (15)""",
    "leuven-anxiety-signed", subject="stress")

add("samsung", "nl",
    ["own-account", "nl-netherlands", "no-punctuation", "own-name-in-text", "coming-out",
     "friends"],
    ("Daan Verbruggen", "daanv2009@ziggo.example"),
    """hoi
ik ben [[daan]] uit breda (ja nederland sorry haha)
ik vond jullie via een tiktok
ik ben bi denk ik en mijn beste vriend heeft het aan de hele klas verteld
nu doet iedereen raar
ik wil niet meer naar gym want in de kleedkamer zeggen ze dingen
heel erg bedankt alvast""",
    "breda-nl-tiktok", subject="hoi")

add("iphone", "nl",
    ["own-account", "emoji", "one-liner", "no-identity-in-body", "loneliness"],
    ("Elin Dhondt", "elin.dhondt@icloud.example"),
    "niemand merkt het als ik er niet ben 🫥🫥🫥",
    "emoji-one-liner", subject="🫥")

add("gmail_android", "nl",
    ["own-account", "own-name-in-text", "typos", "dialect-antwerp", "divorce", "parents"],
    ("Milan Stevens", "milanstevens.2010@gmail.example"),
    """yo lumi

mijn ouders gaan scheiden en ik moet kiezen bij wie ik woon, mijn pa woont in mortsel en mijn ma
gaat naar lier verhuizen. ik wil ni kiezen want dan doe ik een van hun pijn. de rechter wil mij
horen ofzo. kunnen ze mij verplichten?

thx
[[milan]]""",
    "mortsel-divorce", subject="scheiding")

add("yahoo", "nl",
    ["own-account", "own-name-in-text", "phone-in-text", "dialect-limburg", "family", "coming-out"],
    ("Hanne Geerts", "hanne_g@yahoo.example"),
    """Hoi

Ich bin [[Hanne]], 17 joar, oet Hasselt. Ich wil aan mien mam zegge dat ich lesbisch ben mer ich
weit neet hoe. Kan iemand mij bellen? Mien nummer is [[0489 55 17 62]], liefst nao 16 oer want
dan bin ich van school.

Dankjewel""",
    "hasselt-limburgs-phone", subject="bellen?")

add("outlook_web", "nl",
    ["own-account", "own-name-in-text", "looks-like-signature", "dialect-east-flemish",
     "school", "bullying"],
    ("Tuur Verlinden", "tuur.verlinden@hotmail.example"),
    """Hallo,

ik zit in het derde jaar in Aalst. Er is een groepje in de klas dat mijn gerief kapot maakt en
ze hebben een foto van mij online gezet met ‘homo’ erop.

Wat ik al geprobeerd heb:
- het gezegd aan de leerkracht
- een nieuwe gsm-hoes gekocht want die hadden ze ook kapot
- thuis gebleven met "buikpijn"

Niks helpt.

[[Tuur]]
[[3B]]
[[Sint-Jozefscollege]]""",
    "aalst-list-class-town", subject="pesten")

add("thunderbird", "nl",
    ["own-account", "no-identity-in-body", "long-rambling", "nl-netherlands", "gender-identity",
     "anxiety"],
    ("Sanne de Vries", "s.devries@xs4all.example"),
    """Hallo,

ik ben 18 en woon sinds kort op kamers in Utrecht voor mijn studie. Ik ben non-binair en
thuis in Zeeland weet niemand dat. Nu komt de kerst eraan en dan moet ik een week naar huis.
Iedereen gaat me weer bij mijn oude naam noemen en ik word daar echt misselijk van. Vorig jaar
heb ik me de hele week op mijn kamer opgesloten. Hoe overleven andere mensen dat? Moet ik het
gewoon zeggen aan tafel, of eerst aan mijn zus? Zij is de enige bij wie ik denk dat het goed
valt.

Dank je wel voor het lezen.""",
    "zeeland-christmas", subject="feestdagen")

add("gmail_web", "nl",
    ["own-account", "own-name-in-text", "signature", "emoji", "dialect-west-flemish", "love",
     "looks-like-signature"],
    ("Febe Aerts", "febe.aerts@gmail.example"),
    """hallo!!

kzyn [[febe]] en kzyn 15 🌸 kheb een lief en zie zegt da ik te veel aan men vriendinnen
denk en da ik men gsm moet tonen elke dag, is da normaal in een relatie? kweet het ni meer

xxx""",
    "lief-gsm-controle",
    sig="[[Febe]] 🌸\n\"be yourself, everyone else is already taken\"", subject="relatie")

add("gmail_android", "nl",
    ["own-account", "one-phrase-a-line", "no-punctuation", "own-name-in-text", "self-harm",
     "dialect-flemish-brabant"],
    ("Lowie Mertens", "lowie.mertens@gmail.example"),
    """hallo
ik ben [[lowie]]
nee wacht
ik heet eigenlijk [[Lowie Mertens]] maar dat maakt ni uit
ik ben 14
ik woon in vilvoorde
ik denk er soms aan om er ni meer te zijn
niet echt iets doen ofzo
gewoon denken
is da al erg""",
    "vilvoorde-self-correct", subject="")


# -------------------------------------------------- other people's accounts, writing for

add("outlook_desktop", "nl",
    ["parent-account", "parent-writing", "written-for", "signature", "disclaimer", "logo",
     "gender-identity", "parents"],
    ("Griet Claerhout", "griet.claerhout@vanhoutte-bouw.example"),
    """Goedemiddag,

Ik schrijf jullie in naam van mijn dochter van 14 (of zoon, ik leer nog). Ze heeft ons gisteren
verteld dat ze zich een jongen voelt en voortaan [[Jules]] genoemd wil worden. We zijn niet boos,
maar we weten echt niet waar te beginnen. Mijn man is erg stil sindsdien. Bestaan er
praatgroepen voor ouders in de buurt van Kortrijk? En hoe zeggen we het tegen de grootouders?

Alvast bedankt voor uw tijd.

Met vriendelijke groeten,""",
    "mother-work-outlook-kortrijk",
    sig=("[[Griet Claerhout]]\n[[Dossierbeheerder | Vanhoutte Bouw nv]]\n"
         "[[Gentsesteenweg 212, 8500 Kortrijk]]\n"
         "[[T +32 56 21 44 90]] | [[www.vanhoutte-bouw.example]]\n\n"
         "Dit bericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de\n"
         "geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwijder het dan en\n"
         "verwittig de afzender."),
    logo=("Vanhoutte Bouw", "inline"), subject="vraag voor onze zoon/dochter",
    identity=["Vanhoutte Bouw nv", "vanhoutte-bouw.example"])

add("apple_mail", "nl",
    ["family-account", "own-name-in-text", "sibling", "written-for", "dialect-antwerp",
     "bullying", "signature"],
    ("Fam. Wuyts-Segers", "gezin@wuyts-segers.example"),
    """dag lumi

ik ben de grote zus van mijne broer van 11, ik ben [[Jitse]] (17). hij wordt al maanden gepest op
de voetbal in Schoten omda hij graag dansen doet. hij zegt niks tegen mama en papa want hij wil
ni dat ze naar de club gaan. ik heb beloofd dak eerst iets ging vragen aan iemand die er meer
van kent. mag hij zelf ook schrijven? hij is een beetje verlegen

merci xx""",
    "sister-family-account",
    sig="[[Dirk Wuyts & Ann Segers]]\n[[Kapelsestraat 88]]\n[[2900 Schoten]]",
    subject="mijn broertje", identity=["Wuyts", "Segers", "Dirk Wuyts", "Ann Segers", "Dirk",
                                      "wuyts-segers.example"])

add("outlook_web", "nl",
    ["school-account", "teacher", "written-for", "signature", "disclaimer", "no-identity-in-body",
     "coming-out", "school"],
    ("Kristof Daems", "kristof.daems@sint-ursula-lier.example"),
    """Beste,

Ik ben leerkracht in de tweede graad. Een leerling (15) kwam deze week bij mij na de les: hij
wil uit de kast komen in de klas maar is bang voor de reacties, en thuis weet niemand het.
Hij gaf me toestemming om jullie te contacteren en vroeg of hij zelf ook anoniem mag mailen.
Hij heeft geen eigen laptop, enkel zijn schoolaccount, dat de ICT-dienst kan inkijken. Is er
een andere manier?

Vriendelijke groet,""",
    "teacher-school-m365",
    sig=("[[Kristof Daems]]\n[[leerkracht Nederlands & Engels]]\n[[Sint-Ursula-Instituut Lier]]\n"
         "[[Kanunnik Davidlaan 15, 2500 Lier]]\n\n"
         "Denk aan het milieu voor je deze mail afdrukt."),
    subject="vraag vanuit school", identity=["Sint-Ursula-Instituut", "sint-ursula-lier.example"])

add("samsung", "nl",
    ["grandparent", "written-for", "parent-account", "dialect-west-flemish", "divorce",
     "loneliness", "signature", "own-name-in-text"],
    ("Roger Vandenbroucke", "rvdbroucke@skynet.example"),
    """Goeiedag

Ik ben de grootvader van een meisje van 12. Haar ouders zijn in ruzie gescheiden en ze woont
nu de ene week bij den enen en de andere week bij den andere, en in het weekend bij ons in
Poperinge. Ze zegt dat ze niemand meer heeft om tegen te praten, dat haar vriendinnen in
Brugge wonen en zij nu in Roeselare school loopt. Ik weet ook niet goed wat zeggen. Mijn
vrouw zegt dat ik u moest schrijven. Kan het kind zelf bij u terecht via mijn mail?

Met de meeste hoogachting
[[Roger]]""",
    "grandfather-poperinge",
    sig="[[R. Vandenbroucke]]\n[[Boeschepestraat 7]]\n[[8970 Poperinge]]\n[[tel 057 33 40 18]]",
    subject="Vraag")

add("gmail_web", "nl",
    ["youth-worker", "written-for", "signature", "dialect-brussels", "family-violence",
     "institution-account", "no-identity-in-body"],
    ("Wannes Coppens | JH De Ket", "wannes@jeugdhuisdeket.example"),
    """Hallo Lumi,

Ik werk in een jeugdhuis in Molenbeek. Een gast van 16 komt hier elke dag en vertelde me
vandaag dat zijn vader hem buiten heeft gezet toen hij vertelde dat hij een vriend heeft.
Hij slaapt nu bij vrienden, een keer hier, een keer daar. Hij wil niet naar de politie.
Hij spreekt Nederlands, Frans en Arabisch, hij heeft ook een gsm. Kunnen jullie met hem
praten? Ik kan hem helpen om een mail te sturen.

Groeten""",
    "youth-worker-molenbeek",
    sig=("[[Wannes Coppens]]\n[[jeugdwerker]]\n"
         "[[Jeugdhuis De Ket vzw]] - [[Ninoofsesteenweg 301, 1080 Molenbeek]]\n"
         "[[0478 61 02 39]]\n[[www.jeugdhuisdeket.example]]"),
    subject="Jongere zonder dak",
    identity=["Wannes", "Coppens", "JH De Ket", "De Ket", "jeugdhuisdeket.example"])

add("iphone", "nl",
    ["parent-account", "own-name-in-text", "dialect-limburg", "parents", "coming-out",
     "not-the-parent"],
    ("Mieke Vanbrabant", "mieke.vanbrabant@telenet.example"),
    """dit is ni [[mieke]]
ik ben haar zoon [[Ferre]] ik ben 13
ik heb haar gsm geleend omda mijne kapot is
kben bi en mijn ouders mogen dat ni weten want mijn pa zegt altijd slechte dingen over homos
kunnen jullie naar mijn eigen mail terugschrijven [[ferre.vb@gmail.example]]
niet naar deze
alvast bedankt""",
    "mothers-iphone-son", subject="vraag", identity=["Mieke", "Vanbrabant", "ferre.vb"])

add("outlook_desktop", "nl",
    ["club-account", "coach", "written-for", "signature", "disclaimer", "bullying",
     "no-identity-in-body"],
    ("KFC Eendracht Zele - jeugdwerking", "jeugd@eendrachtzele.example"),
    """Goeieavond,

Ik ben trainer van onze U15. Een van mijn spelers zit er de laatste weken heel erg door: hij
wordt in de kleedkamer uitgelachen omdat hij niet mee wil douchen. Ik heb het met de groep
besproken maar ik merk dat het erger wordt. Hij zegt dat hij misschien trans is, maar ik
wil niet te snel iets invullen. Wat raden jullie aan, als club en voor hem?

Sportieve groeten,""",
    "coach-club-account",
    sig=("[[Lander Van Acker]]\n[[Trainer U15 - jeugdcoördinator]]\n[[KFC Eendracht Zele]]\n"
         "[[Sportlaan 3, 9240 Zele]]\n[[GSM 0494 12 80 77]]\n\n"
         "Deze e-mail is enkel bestemd voor de geadresseerde. KFC Eendracht Zele is niet\n"
         "verantwoordelijk voor de inhoud van persoonlijke berichten van zijn medewerkers."),
    subject="speler U15", identity=["Eendracht Zele", "eendrachtzele.example"])

add("gmail_android", "nl",
    ["family-account", "own-name-in-text", "sibling", "shared-account", "love", "friends",
     "one-phrase-a-line"],
    ("De Smedt Thuis", "desmedt.thuis@gmail.example"),
    """hallo
dit is het mailadres van ons hele gezin
ik ben de jongste ([[Vic]]) 11 jaar
mijn zus (Saar) weet dat ik dit stuur
ik ben verliefd op een jongen van het 6e
en ik ben ook een jongen
mijn zus zegt da het oke is
is dat zo""",
    "family-gmail-youngest", subject="",
    identity=["De Smedt", "Smedt", "desmedt.thuis"])

add("outlook_mobile", "nl",
    ["parent-writing", "written-for", "own-account", "long-rambling", "signature",
     "dialect-antwerp", "self-harm", "parents"],
    ("Ilse Van Damme", "ilse.vandamme@outlook.example"),
    """Hallo,

Ik weet niet of ik hier juist zit want ik ben zelf de moeder. Mijn zoon van 16 heeft gisteren een
brief achtergelaten op zijn kamer waarin staat dat hij het niet meer ziet zitten. We hebben
meteen met hem gepraat en morgen gaan we naar de huisarts. Hij zegt dat het komt omdat hij
verliefd is op een jongen uit zijn klas en dat hij denkt dat wij hem dan niet meer graag zien.
Dat is niet waar! Maar ik zie dat hij ons niet gelooft. Ik wil niets verkeerds zeggen. Kan hij
bij jullie anoniem terecht, ook al is hij minderjarig? Mag ik hem dit adres geven?

Groetjes
[[Ilse]]""",
    "mother-son-letter", subject="onze zoon")

add("samsung", "nl",
    ["sibling", "written-for", "own-account", "no-punctuation", "dialect-limburg",
     "gender-identity", "own-name-in-text"],
    ("Axelle Cornet", "axelle.cornet@gmail.example"),
    """hoi lumi
ik ben [[axelle]] ik ben 19
mijn kleine zus is 13 en zegt dat ze eigenlijk een jongen is
thuis in maasmechelen lachen ze haar uit
ik wil haar helpen maar ik weet niet hoe
moet ik nu hem zeggen
ik wil het juist doen""",
    "sister-maasmechelen", subject="mijn zus/broer")

add("webmail", "nl",
    ["parent-account", "parent-writing", "written-for", "signature", "disclaimer",
     "no-identity-in-body", "family-violence", "divorce"],
    ("Kristel Moens", "kristel.moens@advocaten-moens.example"),
    """Geachte,

Ik ben moeder van twee kinderen van 12 en 15. Hun vader, van wie ik gescheiden ben, reageert
agressief sinds onze oudste vertelde dat ze lesbisch is. Ze wil niet meer naar zijn week. Ik
zoek iemand waar zij zelf, buiten mij, mee kan praten. Kunnen jullie haar daarbij helpen?

Met vriendelijke groet,""",
    "mother-law-firm",
    sig=("[[Mr. Kristel Moens]]\n[[Advocaat]]\n[[Advocatenkantoor Moens & Sels]]\n"
         "[[Frankrijklei 45 bus 3, 2000 Antwerpen]]\n[[T. 03 226 71 50]]\n\n"
         "VERTROUWELIJK: deze e-mail kan informatie bevatten die onder het beroepsgeheim valt.\n"
         "Indien u niet de bestemmeling bent, gelieve ons onmiddellijk te verwittigen."),
    subject="Vraag omtrent mijn dochter",
    identity=["Moens & Sels", "advocaten-moens.example"])

add("v6snl_zimbra", "nl",
    ["school-account", "own-name-in-text", "signature", "school", "gender-identity",
     "dialect-flemish-brabant"],
    ("Lucas Vanderlinden", "lucas.vanderlinden@leerling.atheneum-tienen.example"),
    """hey

ik stuur dit van mijn schoolmail want thuis kijken ze mijn gsm na. ik ben trans (ftm) en op
school noemen de leerkrachten mij al met mijn nieuwe naam, [[Lucas]], maar op het rapport en in
smartschool staat nog mijn oude naam. mijn ouders weten van niks. als het rapport naar huis
gaat gaan ze het zien. kan de school dat zomaar doorgeven?

[[Lucas]]""",
    "school-zimbra-trans",
    sig="[[Lucas Vanderlinden]] - [[5 WeWi]]\n[[Koninklijk Atheneum Tienen]]",
    subject="rapport en naam",
    identity=["Vanderlinden", "Atheneum Tienen", "leerling.atheneum-tienen.example"])


# ---------------------------------------------------------------- replies quoting Lumi

add("gmail_android", "nl",
    ["own-account", "reply-with-quote", "no-punctuation", "own-name-in-text", "dialect-antwerp",
     "coming-out", "parents"],
    ("Kato Verhaegen", "katoverhaegen2011@gmail.example"),
    """oke merci
ik heb het gisteren aan mijn tante gezegd en zij was lief
ma nog ni aan mijn ma
ik ben trouwens [[kato]] van die mail over da meisjes ding""",
    "reply-kato-aunt", subject="Re: vraag", quote=CONF_NL)

add("iphone", "nl",
    ["own-account", "reply-with-quote", "one-liner", "no-identity-in-body", "self-harm"],
    ("Wout De Backer", "wout.db@icloud.example"),
    "ok ik wacht",
    "reply-one-liner", subject="Re: ", quote=CONF_NL)

add("outlook_desktop", "nl",
    ["parent-account", "reply-with-quote", "parent-writing", "written-for", "signature",
     "disclaimer", "gender-identity"],
    ("Griet Claerhout", "griet.claerhout@vanhoutte-bouw.example"),
    """Dank u voor de snelle bevestiging.

Nog een aanvulling: Jules wil zelf ook graag schrijven, maar enkel als wij het niet kunnen lezen.
Hij zal een eigen adres aanmaken. Is dat goed zo?

Groeten,""",
    "reply-mother-work-again",
    sig=("[[Griet Claerhout]]\n[[Dossierbeheerder | Vanhoutte Bouw nv]]\n"
         "[[Gentsesteenweg 212, 8500 Kortrijk]]\n[[T +32 56 21 44 90]]\n\n"
         "Dit bericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de\n"
         "geadresseerde."),
    subject="RE: vraag voor onze zoon/dochter", quote=CONF_NL,
    identity=["Vanhoutte Bouw nv", "vanhoutte-bouw.example"])

add("samsung", "nl",
    ["own-account", "reply-with-quote", "own-name-in-text", "dialect-limburg", "bullying",
     "all-caps", "emoji"],
    ("Jana Lemmens", "jana.lemmens08@hotmail.example"),
    """SORRY DA IK NOG EENS STUUR
VANDAAG WAS HET WEER
ZE HEBBEN MIJN JAS IN DE WC GEGOOID
ICH BIN [[JANA]] VAN GENK ALS JE DA NOG WEET 😢""",
    "reply-caps-genk", subject="Re: HELP", quote=ANSWER_NL)

add("gmail_web", "nl",
    ["own-account", "reply-with-quote", "own-name-in-text", "long-rambling", "nl-netherlands",
     "anxiety", "signature"],
    ("Sanne de Vries", "s.devries@xs4all.example"),
    """Hoi,

Dank voor jullie antwoord. Ik heb het gedaan: ik heb het aan mijn zus verteld in de trein naar
Middelburg. Ze moest huilen maar ze zei dat ze trots was. Ze gaat me helpen met de rest. Ik
voel me nog altijd misselijk maar ook een beetje lichter.

Oja, mijn naam is eigenlijk [[Sanne]] maar ik gebruik nu [[Sen]], voor als jullie me ooit
moeten aanspreken.

liefs""",
    "reply-utrecht-sister", subject="Re: feestdagen", quote=ANSWER_NL, quote_style="gt",
    sig="[[S. de Vries]]")

add("yahoo", "nl",
    ["own-account", "reply-with-quote", "phone-in-text", "dialect-limburg", "own-name-in-text"],
    ("Hanne Geerts", "hanne_g@yahoo.example"),
    """Mien nummer was fout in de vurige mail, het is [[0489 55 17 26]]. Sorry!! [[H.]]""",
    "reply-corrected-phone", subject="Re: bellen?", quote=CONF_NL)

add("v6snl_k9", "nl",
    ["own-account", "reply-with-quote", "no-identity-in-body", "client-line", "loneliness",
     "dialect-east-flemish"],
    ("Jorre Bogaert", "jorre.bogaert@posteo.example"),
    """ik em et gelezen
ge zegt da ik mag terugschrijven als ik wil dus bij deze
tis zaterdag en iedereen is op kamp behalve ik
mijn ouders zeggen dat ge ni weg moogt als ge slechte punten hebt
en ik zitte hier alleen in Lokeren""",
    "reply-k9-lokeren", subject="Re: je bericht", quote=ANSWER_NL)

add("outlook_web", "nl",
    ["school-account", "reply-with-quote", "teacher", "written-for", "signature",
     "no-identity-in-body"],
    ("Kristof Daems", "kristof.daems@sint-ursula-lier.example"),
    """Bedankt. De leerling heeft intussen zelf een adres gemaakt en zal jullie schrijven.
Ik laat het verder aan hem.""",
    "reply-teacher-short",
    sig="[[Kristof Daems]]\n[[Sint-Ursula-Instituut Lier]]",
    subject="RE: vraag vanuit school", quote=CONF_NL,
    identity=["Sint-Ursula-Instituut", "sint-ursula-lier.example"])

add("gmail_web", "fr",
    ["own-account", "reply-with-quote", "own-name-in-text", "french", "dialect-brussels",
     "coming-out", "friends"],
    ("Margot Delvaux", "margot.delvaux@gmail.example"),
    """merci beaucoup pour la réponse
j'ai parlé avec ma meilleure amie à Etterbeek et elle m'a dit que c'était pas grave du tout
je me sens mieux
[[Margot]] (la fille de 15 ans qui écrivait en néerlandais et en français haha)""",
    "reply-fr-etterbeek", subject="Re: question", quote=CONF_FR)


# -------------------------------------------------- French and English from bilingual kids

add("gmail_android", "fr",
    ["own-account", "french", "no-punctuation", "one-phrase-a-line", "own-name-in-text",
     "dialect-brussels", "gender-identity", "school"],
    ("Louis Dubois", "louis.dubois.bxl@gmail.example"),
    """salut
moi c [[louis]]
jai 14 ans
je suis dans une école néerlandophone à Jette mais chez moi on parle français
je me sens pas fille
enfin je sais pas
mes parents disent que c'est à cause de tiktok
je peux écrire en français ici ?""",
    "fr-jette-one-phrase", subject="question")

add("iphone", "fr",
    ["own-account", "french", "one-liner", "no-identity-in-body", "anxiety"],
    ("Chloé Lambert", "chloe.lambert@icloud.example"),
    "j'ai peur de rentrer à la maison ce soir je sais pas quoi faire",
    "fr-one-liner", subject="")

add("outlook_desktop", "fr",
    ["parent-account", "parent-writing", "written-for", "french", "signature", "disclaimer",
     "coming-out", "parents"],
    ("Benoît Lambert", "b.lambert@cabinet-lambert.example"),
    """Bonjour,

Mon fils de 17 ans, qui va à l'école en néerlandais à Bruxelles, nous a annoncé qu'il est gay.
Nous l'aimons, évidemment, mais sa mère et moi avons peur pour lui à l'école. Il refuse d'en
parler avec nous. Est-ce qu'il peut vous écrire en français ou en néerlandais, comme il veut ?

Bien à vous,""",
    "fr-father-work",
    sig=("[[Benoît Lambert]]\n[[Expert-comptable]]\n[[Cabinet Lambert & Associés sprl]]\n"
         "[[Avenue Louise 231, 1050 Bruxelles]]\n[[Tél. +32 2 640 18 55]]\n\n"
         "Ce message est confidentiel. S'il ne vous est pas destiné, merci de le détruire et\n"
         "d'en avertir l'expéditeur."),
    subject="Mon fils", identity=["Cabinet Lambert", "cabinet-lambert.example"])

add("samsung", "fr",
    ["own-account", "french", "own-name-in-text", "emoji", "love", "friends", "handle-in-text"],
    ("Aya Benali", "aya.benali06@hotmail.example"),
    """coucou 💜
je m'appelle [[Aya]] j'ai 16 ans et je crois que je suis amoureuse de ma meilleure amie
on est dans la même classe à Schaerbeek
si vous voulez me parler sur insta c'est [[@aya.bnl_]]
bisous""",
    "fr-insta-handle", subject="amoureuse")

add("v6snl_galaxy_tab", "fr",
    ["family-account", "french", "grandparent", "written-for", "signature", "family",
     "loneliness"],
    ("Josiane Delvaux", "josiane.delvaux@skynet.example"),
    """Bonjour Madame, Monsieur,

Je suis la grand-mère d'un garçon de 13 ans qui vit chez nous à Wemmel depuis le décès de sa
maman. Il ne parle plus à personne et il passe ses nuits sur son téléphone. Hier il m'a
demandé si c'était grave d'aimer les garçons. Je lui ai dit que non, mais je ne sais pas quoi
faire de plus. Il parle mieux le néerlandais que moi.

Avec mes remerciements,
[[Josiane]]""",
    "fr-grandmother-tablet",
    sig="[[Mme J. Delvaux-Huysmans]]\n[[Rue de l'Église 4]]\n[[1780 Wemmel]]",
    subject="Mon petit-fils", identity=["Delvaux-Huysmans", "Huysmans"])

add("gmail_ios", "en",
    ["own-account", "english", "own-name-in-text", "no-punctuation", "coming-out", "school"],
    ("Oscar Lindqvist", "oscar.lindqvist@gmail.example"),
    """hi
im [[oscar]] 15 i live in tervuren and go to the european school
my dutch is not good enough to write this so sorry
i think im gay and my parents are very religious
i have nobody to talk to here
is that ok to write in english""",
    "en-tervuren", subject="hi")

add("iphone", "en",
    ["own-account", "english", "one-liner", "no-identity-in-body", "self-harm"],
    ("Maya Okafor", "maya.okafor@icloud.example"),
    "i just need someone to tell me its gonna be ok",
    "en-one-liner", subject="")

add("outlook_web", "en",
    ["school-account", "english", "own-name-in-text", "signature", "bullying", "school"],
    ("Noah Whitfield", "noah.whitfield@student.isa-antwerp.example"),
    """Hello,

I'm [[Noah]], grade 10, at an international school near Antwerp. Some boys in my year made a
group chat about me and keep sending pictures of me with rainbow flags drawn on them. Teachers
say "boys will be boys". I don't want to tell my mum because she'll go to the school and make
it worse.

Thanks""",
    "en-international-school",
    sig="[[Noah Whitfield]] | [[10B]] | [[ISA Antwerp]]",
    subject="group chat", identity=["ISA", "student.isa-antwerp.example"])

add("gmail_web", "en",
    ["sibling", "written-for", "english", "own-account", "signature", "gender-identity",
     "own-name-in-text"],
    ("Ella Hartley", "ella.hartley.ghent@gmail.example"),
    """Hi there,

I'm the older sister (19) of a 12-year-old who just told me she's trans. We moved to Ghent from
Manchester two years ago, so she speaks Dutch at school and English at home. She made me
promise not to tell our parents yet. What can I do right now to support her? Are there groups
for kids her age around Ghent?

Cheers,
[[Ella]]""",
    "en-sister-ghent",
    sig="[[Ella Hartley]]\n[[+44 7700 900431]]",
    subject="my little sister")

add("samsung", "en",
    ["own-account", "english", "voice-to-text", "no-punctuation", "own-name-in-text", "parents",
     "dutch-mixed"],
    ("Zeno Achterberg", "zeno.a@gmail.example"),
    ("hey this is [[Zeno]] I'm using voice text so sorry for mistakes my mom is Dutch and my "
     "dad is from Canada we live in Mechelen and I told my mom that I like boys and she said "
     "ik wil dat niet horen in mijn huis and now she doesn't talk to me for 3 days what should"
     " I do question mark"),
    "en-voice-mechelen", subject="")


# -------------------------------------------------- shapes the list of rounds does not name

add("gmail_web", "nl",
    ["own-account", "new-shape", "pasted-order-confirmation", "own-name-in-text", "street-in-text",
     "gender-identity", "parents", "dialect-antwerp"],
    ("Ines Moens", "ines.moens.2009@gmail.example"),
    """hallo

ik heb een binder besteld met mijn zakgeld en ik heb nu deze mail gekregen. ik ben bang dat mijn
ouders het pakje gaan openen want het komt naar ons huis. kan ik da nog veranderen? hier is wat
er in de mail stond:

Bestelling [[#BX-40213]] is bevestigd!
Hoi [[Ines]], bedankt voor je bestelling bij de Binderwinkel.
Leveradres:
[[Ines Moens]]
[[Lange Leemstraat 119]]
[[2018 Antwerpen]]
Product: chest binder zwart, maat M (1x)
Verwachte levering: donderdag

ik ben 15 en ik ben non-binair, niemand thuis weet het""",
    "binder-order-pasted", subject="pakje")

add("gmail_web", "nl",
    ["own-account", "new-shape", "forwarded-bounce", "own-address-in-text", "loneliness",
     "dialect-flemish-brabant", "own-name-in-text"],
    ("Kobe Van Laer", "kobevanlaer@gmail.example"),
    """sorry ik had eerst een verkeerd adres getypt en kreeg dit terug, dus hier nog eens

<<---------- Forwarded message --------->>
<<Van: Mail Delivery Subsystem <mailer-daemon@mail.gmail.example> >>
<<Date: wo 5 mrt 2025 om 22:41>>
<<Subject: Delivery Status Notification (Failure)>>
<<To: >>[[kobevanlaer@gmail.example]]

<<Adres niet gevonden. Je bericht is niet afgeleverd bij hlup@lumi.example, omdat het adres niet
is gevonden of geen e-mail kan ontvangen.>>

<<----- Original message ----->>
<<From: >>[[Kobe Van Laer]]<< >>[[<kobevanlaer@gmail.example>]]
<<To: hlup@lumi.example>>
<<Subject: alleen>>

hoi ik ben [[kobe]] ik ben 16 en ik woon in aarschot
ik heb geen vrienden meer sinds ik gezegd heb dat ik gay ben
iedereen doet alsof ik lucht ben""",
    "forwarded-bounce", subject="Fwd: Delivery Status Notification (Failure)")

add("apple_mail", "nl",
    ["own-account", "new-shape", "letter-draft-for-review", "own-name-in-text", "coming-out",
     "parents", "dialect-east-flemish"],
    ("Rune Segers", "rune.segers@icloud.example"),
    """Hallo,

Ik wil deze brief op de tafel leggen voor mijn ouders. Kunnen jullie eens lezen of dat oké is zo?

Lieve mama en papa,
Ik schrijf dit omdat ik het niet kan zeggen zonder te wenen. Ik ben verliefd op een jongen.
Hij heet Bas en hij zit bij mij op de scouts in Zottegem. Ik ben nog altijd dezelfde als
gisteren. Ik hoop dat jullie mij even graag blijven zien.
Jullie [[Rune]]

Is dat te kort? Moet ik erbij zetten dat ik het al twee jaar weet? Ik ben 16.""",
    "coming-out-letter-draft", subject="kunnen jullie dit lezen")

add("samsung", "nl",
    ["own-account", "new-shape", "pasted-diary", "own-name-in-text", "self-harm", "loneliness",
     "dialect-west-flemish"],
    ("Marthe Sels", "marthe.sels@hotmail.example"),
    """kweet ni wa zeggen dus kheb een stuk uit men dagboek gekopieerd

12 februari
lief dagboek
vandaag was weer zo ne dag. ze lachten in de bus naar Tielt en ik dee alsof ik muziek
luisterde. thuis heb ik de deur op slot gedaan. ik ben het zo beu.
x [[Marthe]]

dat was vorige week en het is ni beter""",
    "diary-page", subject="")

add("gmail_android", "nl",
    ["own-account", "new-shape", "acrostic-name", "own-name-in-text", "gender-identity",
     "one-phrase-a-line", "no-punctuation"],
    ("Elise Vandamme", "elise.vandamme.2012@gmail.example"),
    """ik heb een gedicht geschreven over mezelf
Elke dag een beetje anders
Liever stil dan uitgelachen
Ik zoek wie ik ben
Soms een jongen in mijn hoofd
Eigenlijk weet ik het al
(de eerste letters zijn mijn naam hihi, [[Elise]])
ik ben 12
vinden jullie het mooi""",
    "acrostic-poem", subject="gedicht")

add("outlook_desktop", "nl",
    ["own-account", "new-shape", "parent-about-self", "parent-writing", "signature",
     "coming-out", "family", "no-identity-in-body"],
    ("Kristof Wauters", "kristof.wauters@stad-genk.example"),
    """Goedendag,

Ik ben vader van twee tieners (14 en 17). Ik ben vorig jaar gescheiden en heb nu een relatie met
een man. De kinderen weten het nog niet. Ik lees op jullie site dat jullie er voor jongeren
zijn, maar ik zou graag weten hoe ik het hen het best vertel, zodat zij ergens terecht kunnen
als ze daarna met vragen zitten. Mogen zij jullie schrijven, ook over mij?

Met vriendelijke groet""",
    "father-comes-out-to-teens",
    sig=("[[Kristof Wauters]]\n[[Diensthoofd Mobiliteit]]\n[[Stad Genk]]\n"
         "[[Stadsplein 1, 3600 Genk]]\n[[089 65 44 12]]"),
    subject="hoe vertel ik het mijn kinderen", identity=["stad-genk.example"])

add("iphone", "nl",
    ["own-account", "new-shape", "client-line-with-name", "no-punctuation", "love", "friends",
     "dialect-antwerp"],
    ("Tiebe Vandenbroucke", "tiebe.vdb@icloud.example"),
    """hey
kzen 14 en kheb een vriendin maar eigenlijk vind ik haar broer leuker
is dat raar
ik kan da aan niemand vragen""",
    "sent-from-nickname-line", subject="raar?", client_line="",
    sig="Verstuurd vanaf [[Tiebe]] zijn iPhone 🤙")

add("gmail_web", "nl",
    ["own-account", "new-shape", "pasted-cv", "own-name-in-text", "phone-in-text",
     "street-in-text", "gender-identity", "dialect-limburg"],
    ("Warre Daems", "warre.daems@gmail.example"),
    """hallo lumi

ik wil solliciteren voor een vakantiejob in een supermarkt in Tongeren maar op mijn
identiteitskaart staat nog mijn oude naam. ik heb mijn cv gemaakt met mijn nieuwe naam. mag
dat? moet ik het zeggen bij het gesprek? hier is het begin van mijn cv:

CURRICULUM VITAE
[[Warre Daems]]
[[Maastrichterstraat 62]], [[3700 Tongeren]]
[[0471 90 33 58]] - [[warre.daems@gmail.example]]
Geboren: 2008
Opleiding: 6 Handel, [[Sint-Jan Berchmanscollege]]
Talen: Nederlands, Frans, Engels

ik ben 17 trouwens""",
    "vakantiejob-cv", subject="cv en naam")

add("samsung", "nl",
    ["own-account", "new-shape", "pasted-payment-request", "own-name-in-text", "friends",
     "bullying", "nl-netherlands"],
    ("Thijs Bakker", "thijsbakker07@ziggo.example"),
    """hoi
mijn vrienden laten mij altijd alles betalen en als ik nee zeg noemen ze mij een flikker
vandaag stuurden ze dit in de groep terug als grap:

[[Thijs Bakker]] vraagt je om € 0,01 te betalen
Omschrijving: voor de homo van de klas 🏳️‍🌈
Betaal via Tikkie

iedereen lachte
ik ben 15 en woon in Eindhoven
moet ik dit aan mijn mentor laten zien""",
    "tikkie-bullying", subject="pesten met tikkie")

add("gmail_android", "nl",
    ["own-account", "new-shape", "pasted-team-lineup",
     "own-name-in-text", "bullying", "school", "dialect-east-flemish"],
    ("Ilias Amrani", "ilias.amrani10@gmail.example"),
    """hallo ik ben 13 en ik speel basket in Sint-Niklaas
de trainer zette dit in de groep voor zaterdag:

Basis zaterdag U14:
1. Jonas
2. Mehdi
3. Pieter-Jan
4. Thibo
5. Arthur
Bank: Wout V., Bilal
Niet geselecteerd: [[Ilias A.]] (mag komen supporteren 😉)

ik sta er al 4 weken niet meer in sinds ze mij in de kleedkamer zagen met nagellak
mag een trainer dat doen""",
    "basket-lineup", subject="trainer")

add("gmail_ios", "nl",
    ["own-account", "new-shape", "pasted-e-ticket", "own-name-in-text", "coming-out", "parents",
     "dialect-antwerp"],
    ("Amber Bogaert", "amber.bogaert@gmail.example"),
    """hey

ik ga in augustus voor de eerste keer naar de pride in Antwerpen met mijn vriendinnen. mijn ouders
denken dat ik bij een vriendin ga slapen. ik heb het ticket voor de afterparty al, kijk:

E-TICKET ANTWERP PRIDE AFTERPARTY
Naam ticket: [[Amber Bogaert]]
Type: -18 dagticket
Ticketnr: [[7734-2291-0085]]

moet ik het toch zeggen? wat als iemand een foto van mij online zet? ik ben 16""",
    "pride-e-ticket", subject="pride")

add("outlook_web", "nl",
    ["own-account", "new-shape", "pasted-invitation", "own-name-in-text", "street-in-text",
     "friends", "loneliness", "dialect-west-flemish"],
    ("Mila Vandewalle", "mila.vandewalle@hotmail.example"),
    """Hallo,

Ik geef een feestje voor mijn 13de verjaardag en ik heb de uitnodiging naar de hele klas
gestuurd. Niemand heeft geantwoord, alleen Zoë zei "misschien". Dit is de uitnodiging:

🎉 [[MILA]] WORDT 13! 🎉
Zaterdag 15 maart vanaf 14u
Waar: bij mij thuis, [[Kapelleweg 9]], [[Wevelgem]]
Neem je zwemgerief mee!
Laat iets weten aan mama op [[0476 20 81 44]]

Denken jullie dat ze niet komen omdat ik met een meisje gezien ben op de speelplaats?""",
    "birthday-invitation", subject="feestje")

add("gmail_android", "nl",
    ["own-account", "new-shape", "pasted-friendship-book", "own-name-in-text", "street-in-text",
     "gender-identity", "dialect-limburg"],
    ("Nand Coppens", "nand.coppens2013@gmail.example"),
    """hallo ik ben 11
in de klas moeten we vriendenboekjes invullen en ik weet niet wat ik bij jongen/meisje moet zetten
dit heb ik al:

Mijn naam: [[Nand]]
Ik woon: [[Weg naar Zwartberg 27]], [[Genk]]
Ik ben geboren op: 3 juni
Mijn lievelingseten: frieten
Later word ik: dierenarts
Ik ben een: jongen / meisje / ???

mag je ??? zetten""",
    "vriendenboekje", subject="vriendenboekje")

add("samsung", "nl",
    ["own-account", "new-shape", "pasted-marketplace-ad", "own-name-in-text", "phone-in-text",
     "gender-identity", "parents", "dialect-flemish-brabant"],
    ("Jules Deprez", "julesdeprez@gmail.example"),
    """hoi

ik wil al mijn kleedjes verkopen want ik draag ze nooit meer sinds ik weet dat ik een jongen ben.
mijn moeder vond mijn zoekertje en is heel boos, ze zegt dat ik later spijt ga hebben. dit is het:

Te koop: 12 kleedjes en 3 rokken, maat 158, als nieuw
€ 40 voor alles, ophalen in [[Halle]]
Contact: [[Jules]] - [[0468 23 11 90]]

heeft ze gelijk? ik ben 14""",
    "2dehands-ad", subject="kleedjes")

add("gmail_web", "nl",
    ["own-account", "new-shape", "name-reversed", "own-name-in-text", "anxiety", "no-punctuation"],
    ("Lena Verstraete", "lena.verstraete@gmail.example"),
    """hoi
ik wil niet dat jullie mijn echte naam weten dus ik schrijf hem achterstevoren [[anel]] haha
ik ben 12
ik heb paniekaanvallen als ik moet spreken voor de klas
mijn hart gaat dan zo snel
is dat gevaarlijk""",
    "name-backwards", subject="paniek")

add("gmail_web", "nl",
    ["own-account", "new-shape", "forwarded-voicemail-transcript", "phone-in-text",
     "family-violence", "parents", "dialect-antwerp"],
    ("Stan Willems", "stan.willems@gmail.example"),
    """dit heeft mijn pa op mijn voicemail ingesproken gisteravond nadat ik gezegd had dat ik bij
mijn vriend ging slapen. ik durf ni naar huis. ik ben 17.

<<---------- Doorgestuurd bericht --------->>
<<Van: Voicemail <voicemail@mobiel.example> >>
<<Onderwerp: Nieuw spraakbericht van 0475 66 12 09>>
<<Aan: >>[[0479 31 88 20]]

<<Je hebt een nieuw spraakbericht (0:42). Transcriptie (automatisch, kan fouten bevatten):>>
als ge vanavond ni thuis zijt moet ge ni meer afkomen ik wil geen janet in mijn huis ik heb
het aan uw moeder gezegd ge zijt gewaarschuwd""",
    "voicemail-transcript-forward", subject="Fwd: Nieuw spraakbericht")

add("iphone", "nl",
    ["own-account", "new-shape", "pasted-medical-id", "own-name-in-text", "phone-in-text",
     "anxiety", "self-harm", "dialect-east-flemish"],
    ("Fenna Dhaenens", "fenna.dhaenens@icloud.example"),
    """ik heb in mijn medische ID op mijn gsm gezet wie ze moeten bellen als er iets is met mij
maar mijn ouders staan daar niet in en nu zijn ze kwaad
dit staat erin

Medische ID
[[Fenna Dhaenens]]
Bloedgroep: A+
Medische aandoeningen: paniekstoornis
Noodcontact: tante Els (tante)

is dat erg dat ik mijn tante zet en niet mijn mama
ik woon in Gent""",
    "medical-id", subject="noodcontact")

add("v6snl_xbox_edge", "nl",
    ["own-account", "new-shape", "typed-on-console", "no-punctuation", "own-name-in-text",
     "gaming-name", "bullying", "friends"],
    ("Kobe Verhulst", "kobe_verhulst@outlook.example"),
    """sorry typen met de controller gaat traag
ik word in fortnite altijd uitgescholden als ik met mijn echte stem praat
ze zeggen dat ik als een meisje klink
mijn naam in het spel is [[KoboldKobe08]]
ik ben 12
ik speel met vrienden van school in Brugge""",
    "xbox-controller", subject="game")

add("gmail_android", "nl",
    ["own-account", "new-shape", "chain-letter-names", "own-name-in-text", "coming-out",
     "friends", "dialect-antwerp"],
    ("Robbe Van Looy", "robbe.vanlooy@gmail.example"),
    """hallo

in onze klasgroep wordt dit rondgestuurd en ze hebben mijn naam erbij gezet als laatste

💌 KETTINGBRIEF 💌
Stuur dit door naar 10 mensen of je wordt nooit verliefd!!
Al doorgestuurd door:
1. Lisa
2. Yentl
3. Emma D.
4. [[Robbe V.L.]] (die is toch homo 😂)

iedereen vond het grappig
ik ben 13 en ik weet het zelf nog niet
hoe weet je dat""",
    "chain-letter", subject="kettingbrief", identity=["Robbe", "Van Looy", "Looy"])

add("gmail_web", "nl",
    ["own-account", "new-shape", "pasted-student-card", "own-name-in-text", "gender-identity",
     "school", "dialect-brussels"],
    ("Ella Vermeersch", "ella.vermeersch@gmail.example"),
    """salut Lumi

op mijn leerlingenkaart staat nog mijn deadname en de foto van vroeger, ik moet die elke dag
tonen aan de poort. allez, kijk:

LEERLINGENKAART 2024-2025
Naam: [[Ella Vermeersch]]
Klas: 4 Latijn
Stamboeknr: [[20341187]]

ik heet nu [[Eli]] voor mijn vrienden. kan de school een nieuwe kaart maken zonder mijn ouders? ik
zit in Brussel, ik ben 16, mijn ouders zijn ni slecht mais ze snappen het nog ni""",
    "student-card", subject="leerlingenkaart")

add("v6snl_fairemail", "nl",
    ["own-account", "new-shape", "checkbox-form", "own-name-in-text", "coming-out", "school",
     "dialect-west-flemish"],
    ("Arne Declercq", "arne.declercq@posteo.example"),
    """Dag,

kzyn ni goe in lange mails dus kheb da zo gemaakt, ge moogt gewoon ja of nee zeggen

☑ ik ben 14
☑ ik zitte in Roeselare op school
☑ ik ben gay denk ik
☐ mijn ouders weten het
☐ mijn vrienden weten het
☑ ik wil het zeggen aan een leerkracht
☐ ik weet welke
☑ ik ben [[Arne]]

is da ok zo""",
    "checkbox-list", subject="ja of nee")

add("v6snl_ecard", "nl",
    ["new-shape", "e-card", "html-only", "own-name-in-text", "reply-to-only", "love", "friends"],
    ("Wenskaartjes", "noreply@wenskaartjes.example"),
    """<<Je hebt een kaartje gekregen van >>[[Zofia]]<<!>>
hallo lumi, ik wist niet hoe ik anders kon beginnen dus ik stuur een kaartje haha
ik ben 13 en ik ben verliefd op mijn beste vriendin Nina
ze wil dat we altijd samen blijven maar als vriendinnen
ik ben daar zo verdrietig van
schrijf je terug naar mijn mail?""",
    "e-card-html-only", subject="Zofia heeft je een kaartje gestuurd! 💌", html="only",
    headers=[("Reply-To", "Zofia Nowak <zofia.nowak.2012@gmail.example>")],
    identity=["Zofia Nowak", "Nowak", "zofia.nowak.2012@gmail.example"])

add("windows_mail", "nl",
    ["parent-account", "new-shape", "pasted-search-history", "parent-writing", "written-for",
     "gender-identity", "parents", "signature"],
    ("Dirk Maes", "dirk.maes@telenet.example"),
    """Goedenavond,

Op de laptop van onze zoon (13) zag ik per toeval deze zoekopdrachten staan:

hoe weet je of je een meisje bent in een jongenslichaam
puberteitsremmers belgie leeftijd
hoe zeg je tegen je papa dat je trans bent

Ik wil niet dat hij denkt dat ik zijn spullen doorzoek, maar ik wil hem ook niet alleen laten
met die vragen. Moet ik er zelf over beginnen of wachten tot hij komt?

Mvg""",
    "father-search-history",
    sig="[[Dirk Maes]]\n[[Kerkstraat 4, 9450 Haaltert]]")

add("v6snl_oneplus", "nl",
    ["club-account", "new-shape", "pasted-member-card", "own-name-in-text", "bullying",
     "dialect-antwerp", "shared-account"],
    ("ZC De Dolfijn Turnhout", "secretariaat@dedolfijn-turnhout.example"),
    """hallo ik ben [[Ferre]] ik ben 15
ik stuur dit van de mail van de zwemclub want mijn moeder is secretaris en ik mag haar gsm gebruiken
in de kleedkamer van het zwembad word ik altijd uitgelachen omdat ik mij in een hokje omkleed
de trainer zegt dat ik mij niet zo moet aanstellen
dit is mijn lidkaart, zodat jullie zien da ik echt lid ben:

Lidkaart seizoen 2024-25
[[Ferre Janszoon]] - competitiezwemmer
Lidnr. [[ZDT-1187]]

mag de club dat verplichten, samen omkleden""",
    "swimclub-member-card", subject="kleedkamer",
    identity=["De Dolfijn", "Dolfijn", "dedolfijn-turnhout.example"])

add("gmail_web", "nl",
    ["own-account", "new-shape", "html-only", "class-photo-caption", "own-name-in-text",
     "bullying", "school", "dialect-limburg"],
    ("Saar Jorissen", "saar.jorissen@gmail.example"),
    """hoi
ik stuur de klasfoto mee zodat jullie zien wie het zijn
de twee op de eerste rij helemaal rechts zijn de meisjes die mij pesten
ik sta achteraan met de gele trui
ik ben 12 en zit in Bilzen
Klas 6B – achteraan: Jorne, [[Saar]], Lucie – vooraan rechts: Kim en Yara""",
    "class-photo-figcaption", subject="klasfoto", html="only",
    html_own=('<div dir="ltr">hoi<br>ik stuur de klasfoto mee zodat jullie zien wie het zijn<br>'
              'de twee op de eerste rij helemaal rechts zijn de meisjes die mij pesten<br>'
              'ik sta achteraan met de gele trui<br>ik ben 12 en zit in Bilzen</div>\n'
              '<figure><img src="cid:klasfoto_6B.jpg" width="480">'
              '<figcaption>Klas 6B – achteraan: Jorne, Saar, Lucie – vooraan rechts: Kim en Yara'
              '</figcaption></figure>'))

add("proton", "nl",
    ["own-account", "html-only", "own-name-in-text", "family-violence", "parents",
     "dialect-east-flemish", "client-line"],
    ("Wannes Lievens", "wannes.lievens@proton.example"),
    """Hallo

Ik heb een Proton-adres gemaakt omdat mijn stiefvader in mijn gmail kan. Hij leest alles. Gisteren
heeft hij mijn gsm kapot gegooid omdat ik een foto had van mij met eyeliner. Mijn mama zegt dat
ik hem niet moet uitdagen. Ik ben 17, ik woon in Eeklo en ik zou het liefst gewoon weggaan.

[[Wannes]]""",
    "proton-stepfather", subject="thuis", html="only")

add("v6snl_new_outlook", "nl",
    ["own-account", "html-only", "no-identity-in-body", "anxiety", "school", "long-rambling"],
    ("Elin Wouters", "elin.wouters@outlook.example"),
    """Hallo,

Ik heb morgen examen wiskunde en ik kan al drie nachten niet slapen. Als ik de bladen zie gaat
mijn keel dicht. Vorig jaar ben ik flauwgevallen in de examenzaal en iedereen heeft het gezien.
Sindsdien denk ik dat iedereen naar mij kijkt. Mijn ouders zeggen dat ik moet doorzetten.
Ik wil niet zwak zijn maar ik weet niet meer hoe ik dit moet doen. Ik zit in het vijfde jaar.

Bedankt om te lezen.""",
    "new-outlook-exam", subject="examens", html="only")

add("v6snl_kpn", "nl",
    ["own-account", "nl-netherlands", "own-name-in-text", "signature", "coming-out", "parents"],
    ("Thijs de Groot", "t.degroot@kpnmail.example"),
    """Hallo,

ik ben [[Thijs]], 16, ik woon in een klein dorp in Drenthe. Ik wil volgende week uit de kast
komen bij mijn ouders want ik heb een vriend en ik wil niet meer liegen. Mijn vader zit in de
kerkenraad. Hebben jullie tips hoe ik het ga zeggen?

Groetjes""",
    "drenthe-church",
    sig="[[Thijs de Groot]]\n[[06 12 84 33 90]]")

add("v6snl_sogo", "nl",
    ["school-account", "own-name-in-text", "signature", "disclaimer", "gender-identity", "school",
     "dialect-west-flemish", "platform-footer"],
    ("Fenna Vanneste", "fenna.vanneste@leerling.vti-brugge.example"),
    """Hallo,

Ik ben 17 en zit in het laatste jaar. Ik ben een meisje maar ik ben geboren als jongen. Op
school gaat dat goed, maar we gaan op reis naar Rome en ik moet een kamer delen met de jongens
zegt de directie. Mag dat? Ik zou echt liever bij mijn vriendinnen slapen.

[[Fenna]]""",
    "school-sogo-rome",
    sig=("[[Fenna Vanneste]]\n[[6 Elektrotechnieken]]\n\n"
         "Dit bericht werd verstuurd via het leerlingenplatform van [[VTI Brugge]]. Berichten\n"
         "kunnen door de school worden nagelezen."),
    subject="schoolreis", identity=["leerling.vti-brugge.example"])

add("v6snl_fairphone", "nl",
    ["own-account", "voice-to-text", "no-punctuation", "own-name-in-text",
     "dialect-flemish-brabant", "love", "client-line"],
    ("Stien Heylen", "stien.heylen@gmail.example"),
    ("hallo hier is [[stien]] ik spreek dit in want ik lig in bed ik ben 14 en ik heb een lief"
     " maar hij wil dat ik foto's stuur en ik wil dat eigenlijk niet en als ik nee zeg dan "
     "zegt hij dat ik niet van hem hou wat moet ik doen mijn mama weet niet dat ik een lief "
     "heb we wonen in Diest"),
    "fairphone-dictated", subject="lief")

add("v6snl_mac_outlook", "nl",
    ["parent-account", "own-name-in-text", "not-the-parent", "signature", "disclaimer",
     "self-harm", "dialect-brussels"],
    ("Marc Cornelis", "marc.cornelis@cornelis-architecten.example"),
    """Hallo Lumi, hier is ni mijn pa maar zijn dochter [[Roos]] (15)

ik zit aan zijn laptop want mijne is kapot. ik heb mij vorige week gesneden en een vriendin heeft
het gezien en nu wil ze het aan de juf van Frans zeggen in onze school in Jette. moet zij dat
doen? ik wil ni da mijn pa dat weet, hij heeft al genoeg aan zijn hoofd.

sorry voor zijn handtekening hieronder die zet hij er automatisch bij""",
    "daughter-on-fathers-mac",
    sig=("[[Marc Cornelis]]\n[[architect - zaakvoerder]]\n[[Cornelis Architecten bv]]\n"
         "[[Dansaertstraat 112, 1000 Brussel]]\n[[+32 2 511 09 67]]\n\n"
         "De informatie in dit bericht is vertrouwelijk. Als u niet de bestemmeling bent, wordt u\n"
         "verzocht de afzender te verwittigen en het bericht te verwijderen."),
    subject="vraag", identity=["Cornelis Architecten", "cornelis-architecten.example"])

add("v6snl_ox8", "nl",
    ["own-account", "html-only", "own-name-in-text", "typos", "dialect-antwerp", "gender-identity",
     "family"],
    ("Jorre Wouters", "jorre.wouters@mailbox.example"),
    """Hoi lumi,

ik ben [[Jorre]], 18 jaar, uit Hoboken. ik ben vorige maand begonnen met hormonen via de
genderkliniek maar mijn oma weet het nog ni en zij is echt mijn alles. ze is 84 en heel
katholiek. ik wil ni dat ze het van iemand anders hoort op het familiefeest. hoe zeggen andere
mensen da tegen hun grootouders? ik ben zo bang da ze mij ni meer wil zien.

merci""",
    "ox-grandmother-hormones", subject="mijn oma", html="only")

add("ipad", "nl",
    ["family-account", "own-name-in-text", "one-phrase-a-line", "no-punctuation", "typos",
     "dialect-west-flemish", "bullying", "client-line"],
    ("Familie Vandecasteele", "vandecasteele.gezin@icloud.example"),
    """hallo
ik ben [[margo]]
ik ben 10
ik zit in t 4de
ze zeggen da ik een jongen ben omda ik voetbal spel
en da ik bij de jongens moet
ik wil gwn voetballen
mijn mama zegt dat ik u mag schrijven
ze zit naast mij""",
    "ten-year-old-family-ipad", subject="voetbal", identity=["Vandecasteele"])

add("v6snl_proximus", "nl",
    ["parent-account", "own-name-in-text", "not-the-parent", "no-punctuation", "dialect-limburg",
     "coming-out", "friends", "signature"],
    ("Rik Bollen", "rik.bollen@proximus.example"),
    """ik ben de zoon van [[rik]] ik heet [[Tuur]] ik ben 14
mijn vriend heeft mij een kus gegeven op kamp en nu weet ik ni meer wat ik ben
ik stuur van mijn pa zijn mail want ik heb nog geen eigen
hij weet da ni
asjeblief ni terugschrijven over dit onderwerp in de titel""",
    "son-on-fathers-proximus",
    sig="[[Rik Bollen]]\n[[Bollen Elektro]]\n[[Kiezelstraat 5, 3680 Maaseik]]",
    subject="vraag", identity=["Bollen Elektro"])

add("gmail_android", "nl",
    ["own-account", "new-shape", "self-written-news-headline", "own-name-in-text", "coming-out",
     "school", "dialect-antwerp", "all-caps"],
    ("Lander Huybrechts", "lander.huybrechts@gmail.example"),
    """ik heb dit geschreven als oefening, onze juf zei schrijf eens over iets
dat je wil dat gebeurt

BREAKING NIEUWS: [[LANDER]] (14) UIT BOOM KOMT UIT DE KAST EN NIEMAND DOET MOEILIJK
De klas van 3B applaudisseerde. Zijn mama zei "ik wist het al". Zijn voetbaltrainer gaf hem
een high five. Meer nieuws om 18u.

ik heb het ni afgegeven natuurlijk
denken jullie dat het ooit zo kan gaan""",
    "self-written-headline", subject="nieuws")

add("webmail", "nl",
    ["own-account", "new-shape", "holiday-park-computer", "own-name-in-text", "loneliness",
     "family", "dialect-limburg", "looks-like-signature"],
    ("Saar Vrancken", "saar.vrancken@hotmail.example"),
    """Hoi,

Ik zit op vakantie met mijn vader en zijn nieuwe vriendin in een vakantiepark in de Ardennen en
mijn gsm heeft hier geen bereik, dus ik typ dit op de computer aan de receptie. Ik voel mij hier
zo alleen. Zij doen alsof ik er niet ben. Ik ben 15 en ik mis mijn mama in Lommel.

Mail maar terug, ik kijk morgen nog eens.
[[Saar]]""",
    "holiday-park-reception-pc", subject="vakantie",
    client_line=("Envoyé depuis l'espace Internet du Domaine des Hêtres - Durbuy\n"
                 "Accès gratuit pour nos hôtes. Merci de vous déconnecter après usage."))

add("outlook_android", "nl",
    ["own-account", "new-shape", "national-register-number-offered", "own-name-in-text",
     "family-violence", "parents", "dialect-flemish-brabant", "client-line"],
    ("Vic Peetermans", "vic.peetermans@outlook.example"),
    """dag

ik weet ni of ik dit moet invullen maar bij al de rest moet ge da altijd geven dus bij deze:
naam [[Vic Peetermans]]
rijksregisternummer [[11.06.21-347.18]]

mijn plusmama roept heel de tijd tegen mij en ze heeft mij al 2 keer geslagen sinds ik gezegd
heb dat ik op jongens val. mijn papa zegt da ik ni moet overdrijven. ik ben 13 en woon in Zaventem.
wat kan ik doen zonder dat zij het weten?""",
    "rijksregisternummer", subject="vraag")
