# ruff: noqa: E501
"""Hand-written bodies of part `seeker-nl` of the eleventh held-out relay-text corpus.

`[[...]]` marks an identity span (it must not cross), `<<...>>` a span that is neither content
nor identity; the labels follow from the markup (see relay_corpus_heldout.py). Nobody who changes
the relay's rules reads this file.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Mila", "Jasper", "Wout", "Fien", "Lowie", "Yasmina", "Kobe", "Elif", "Senne", "Amber",
    "Rayan", "Nore", "Stan", "Jitse", "Febe", "Zoë", "Ruben", "Jana", "Milan", "Ilyas",
    "Loïc", "Fleur", "Thibo", "Lore", "Emma", "Daan", "Sven", "Lisa", "Ines", "Arne",
    "Nathan", "Hanne", "Aaron", "Kato", "Nina", "Bram", "Tuur", "Imane", "Mats", "Lena",
})


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug=f"h11n-{slug}", direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)  # type: ignore[arg-type]


ANSWER_NL = """Hoi,

Fijn dat je ons schrijft. Wat je vertelt klinkt zwaar, en het is goed dat je het niet
allemaal alleen draagt. Mag ik vragen: is er iemand in je buurt bij wie je je veilig voelt?

Schrijf gerust terug wanneer je wil.
Lumi"""

ANSWER_FR = """Bonjour,

Merci de nous avoir écrit. Ce que tu vis a l'air lourd, et tu as bien fait d'en parler.
Est-ce qu'il y a un adulte autour de toi à qui tu fais confiance ?

Tu peux nous réécrire quand tu veux.
Lumi"""

CASES: list[Case] = [
    S("dentist-sms", "gmail_android", "nl",
      ["own-account", "paste", "new-shape", "paste-dentist-sms", "own-name-in-text", "dialect-limburg", "anxiety", "body-image", "short-last-line", "no-punctuation"],
      ("Fien Vanderhallen", "fien.vanderhallen09@gmail.example"),
      """hallo

ik ben 13 en ik mot een beugel kriege
ik kreeg dees sms en ik ben er nu al ziek van

"Herinnering: [[Fien Vanderhallen]] heeft op do 12/12 om 15u30 een afspraak bij Tandartspraktijk De Molen, [[Hasselt]]. Annuleren? Bel 011 21 44 90"

iedereen gaat mij uitlachen met zo'n ding in mijne mond
ik lach al ni meer op foto's sinds vorig jaar omdat mijn tanden scheef staan
kan da gewoon stoppen

[[fien]]
waarom ben ik zo""",
      subject="beugel"),
    S("vet-reminder", "outlook_web", "nl",
      ["parent-account", "other-account", "paste", "new-shape", "paste-vet-reminder", "grief", "dialect-west-flemish", "own-name-in-text", "words-after-signoff", "typos"],
      ("Griet Vandenbussche", "griet.vandenbussche@telenet.example"),
      """hallo lumi

k zitte op de computer van ma moeder want mijne gsm is kapot
ons hond is vorige week doodgegoan en vandoage kreeg ma moeder dit:

Dierenartsenpraktijk Ter Polder
Beste familie [[Vandenbussche]], Bobby is aan zijn jaarlijkse vaccinatie toe. Maak een afspraak via 050 38 12 77.
[[Zeedijk 114, 8370 Blankenberge]]

k hen gewist en zie is boos omda k da gedoan hen
ze zegt da k overdrijve en da t moar nen hond is
k ben 11 en t was mijn beste vriend

groetjes [[Lowie]]
ps ni antwoorden op dit adres aub ik ga zelf kijken op de computer van de bib""",
      subject="ons hond"),
    S("newspaper-round", "samsung", "nl",
      ["own-account", "paste", "new-shape", "paste-paper-round-list", "own-name-in-text", "contact-in-text", "dialect-east-flemish", "family-violence", "parents", "one-phrase-a-line"],
      ("Jitse De Smet", "jitse.desmet@hotmail.example"),
      """ik heb een krantenronde
voor wa eigen geld
want thuis krijg ik niks
mijn stiefvader pakt mijn geld af als hij het ziet
hier is mijn lijst van de app

Ronde 14 – bezorger: [[Jitse De Smet]] ([[0493 61 27 08]])
Start: depot [[Lochristi]] 05:40
Straten: Dorp-Oost, Koedreef, [[Bosstraat]]

mijn eigen adres staat er ook op ([[Bosstraat 23]])
daarom weet hij wanneer ik thuiskom
ik ben 15
kan hij da zomaar doen?""",
      subject="geld"),
    S("sponsor-card", "iphone", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "paste", "new-shape", "paste-sponsor-walk-card", "bullying", "school", "nl-netherlands"],
      ("R. Bouzidi", "r.bouzidi@ziggo.example"),
      """Beste medewerker,

Ik schrijf namens mijn zoon [[Rayan]] (12). Hij wil zelf niet mailen maar vond het goed dat ik het doe.
Op school hebben ze zijn sponsorloopkaart verscheurd en de stukjes in zijn tas gestopt. Dit stond erop:

SPONSORLOOP [[OBS De Wilgen]] – [[groep 8]]
Loper: [[Rayan Bouzidi]]
Adres: [[Merelstraat 41, 2215 Voorhout]]
per rondje: ........

Sindsdien eet hij slecht en wil hij 's ochtends niet meer fietsen.
De juf zegt dat het "een grapje" was.
Wat kunnen wij als ouders doen zonder dat het erger wordt voor hem?

Met vriendelijke groet,
[[Rachid Bouzidi]]""",
      subject="Pesten op school"),
    S("itsme-confirm", "gmail_web", "nl",
      ["own-account", "paste", "new-shape", "paste-itsme-confirmation", "own-name-in-text", "gender-identity", "dialect-flemish-brabant", "parents", "emoji"],
      ("Arne Wouters", "arnewouters.2007@gmail.example"),
      """dag

ik ben 17 en ik wil mijn voornaam laten veranderen als ik 18 ben
ik had al is gekeken op de site van de gemeente en toen kreeg ik dit 😬

"itsme: Bevestig uw identiteit, [[Arne Wouters]]. Aanvraag van: Gemeente [[Tienen]] – e-loket Burgerzaken"

ik heb het niet bevestigd omda mijn ma zit mee te lezen op die meldingen op de tablet
ik wil eigenlijk [[Ada]] heten
hoe doen anderen dat
moet ik het eerst tegen mijn ouders zeggen of eerst de papieren

🏳️‍⚧️""",
      subject="naam veranderen"),
    S("airtag-found", "ipad", "nl",
      ["own-account", "paste", "new-shape", "paste-find-my-notice", "own-name-in-text", "love", "friends", "anxiety", "nl-netherlands", "no-punctuation"],
      ("Fleur Hoogendijk", "fleurtjeh@icloud.example"),
      """hoi

ik ben 16 en mijn ex heeft denk ik een airtag in mijn tas gestopt
ik kreeg deze melding

AirTag gevonden die met je meereist
Deze AirTag is bij je gesignaleerd sinds 08:12 op Stationsplein, Zoetermeer
Eigenaar kan je locatie zien

ik heb hem gevonden in het voorvakje
ik durf het niet tegen mijn ouders te zeggen want zij wisten niet eens dat ik met hem ging
is dit strafbaar
[[Fleur]]""",
      subject="airtag"),
    S("football-sheet", "outlook_android", "nl",
      ["club-account", "other-account", "written-for", "coach", "paste", "new-shape", "paste-match-sheet", "body-image", "self-harm", "signature", "dialect-limburg"],
      ("KFC Zonhoven Jeugd", "jeugd@kfczonhoven.example"),
      """Goedendag,

Ik ben trainer van de U15 en ik maak mij zorgen over een speler, [[Mats]] (14).
Hij is de laatste maanden erg vermagerd en in de kleedkamer zag ik krassen op zijn armen.
Hij staat zo op het wedstrijdblad van zaterdag:

Nr 7 – [[Mats Claesen]] – lidnr [[2388104]] – ouder: [[0472 90 14 63]]

Ik wil niet over zijn hoofd heen gaan, maar ik wil ook niet wegkijken.
Hoe spreek ik hem hierover aan? En moet ik zijn ouders bellen?

Sportieve groeten""",
      sig="""[[Dirk Vanmechelen]]
Jeugdtrainer U15 – [[KFC Zonhoven]]
[[0496 33 81 20]]""",
      subject="Zorgen om speler"),
    S("bluetooth-speaker", "huawei", "nl",
      ["own-account", "paste", "new-shape", "paste-bluetooth-name", "own-name-in-text", "dialect-antwerp", "coming-out", "text-speak", "emoji", "no-punctuation"],
      ("Senne Vermeiren", "sennev@outlook.example"),
      """yo

ik ben 14 en ik denk da ik op jongens val
vandaag op de speelplaats kwam er op iedereen zijn gsm
"JBL Flip 6 van [[Senne]] wil verbinden"
en ene had da veranderd in "JBL van [[Senne]] de homo"
iedereen lachte
ik weet ni wie da gedaan heeft
mss klopt het ook gewoon da is het ergste 😭
ik heb da nog tegen niemand gezegd
wa moet ik doen als ze het thuis ook horen

sorry voor de spelling
wrm is dees zo moeilijk""",
      subject="help"),
    S("camp-letter", "outlook_desktop", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "paste", "new-shape", "paste-camp-packing-list", "disclaimer", "signature", "anxiety", "loneliness", "dialect-east-flemish"],
      ("Kristof Van Laere", "kristof.vanlaere@vanlaere-bouw.example"),
      """Dag,

Onze dochter [[Nore]] (10) gaat deze zomer voor het eerst op kamp en ze slaapt nu al niet meer.
Ze huilt elke avond bij de kampbrief die we kregen:

Kamp Welpen 2025 – [[Nore Van Laere]]
Vertrek: parking sporthal [[Zele]], 9u
Breng mee: slaapzak, zaklamp, knuffel met naam

Ze zegt dat niemand met haar zal praten. Op school speelt ze ook vaak alleen.
Moeten we haar laten gaan? Kan ze misschien zelf eens met jullie praten?

Vriendelijke groeten""",
      sig="""[[Kristof Van Laere]]
Zaakvoerder
[[Van Laere Bouw bv]] | [[Kapellestraat 7, 9240 Zele]]
T [[052 44 70 18]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing ontving, gelieve de afzender te verwittigen en het bericht te verwijderen.""",
      subject="vraag voor onze dochter"),
    S("student-council", "smartschool", "nl",
      ["school-account", "own-account", "html-only", "paste", "new-shape", "paste-election-poster", "own-name-in-text", "bullying", "school", "dialect-flemish-brabant", "all-caps"],
      ("Hanne Vranckx (5 LAWI)", "hanne.vranckx@sint-jozefscollege.example"),
      """hallo

ik doe mee voor de leerlingenraad en ik had affiches gehangen:

STEM OP [[HANNE VRANCKX]]!
[[5 LAWI]] – meer zitbanken op de speelplaats

nu hangen er overal kopies met een foto van mij in badpak van vorig jaar erop geplakt
en eronder "STEM OP DE WALVIS"
IK WIL NIET MEER NAAR SCHOOL
ik ben 16 en ik dacht dat zoiets stopte na de lagere school

mijn mentor zegt dat ik het "moet negeren"
hoe dan""",
      html="only", subject="affiches"),
]

CASES += [
    S("oneliner-gmail", "gmail_android", "nl",
      ["own-account", "one-liner", "no-punctuation", "own-name-in-text", "coming-out", "dialect-antwerp"],
      ("Jasper Goossens", "jaspergoossens@gmail.example"),
      """hey ik ben [[jasper]] ik ben 15 en ik denk da ik bi ben en mijn beste vriend weet het al maar verder niemand""",
      subject=""),
    S("phrase-lines-brussels", "iphone", "nl",
      ["own-account", "one-phrase-a-line", "no-punctuation", "dialect-brussels", "parents", "divorce", "own-name-in-text", "short-last-line"],
      ("Kato Verbruggen", "katoverbruggen@icloud.example"),
      """salut
ik ben [[Kato]]
ik ben 12
mijn ouders gaan scheiden
ze zeggen da ik moet kiezen
bij wie ik woon
allei ik wil ni kiezen
mijn papa woont in Jette
mama blijft in Laken
ik ben altijd zo moe
zeg iets""",
      subject="kiezen"),
    S("all-caps-westvl", "samsung", "nl",
      ["own-account", "all-caps", "dialect-west-flemish", "family-violence", "no-identity-in-body", "no-punctuation"],
      ("Ruben Vandamme", "rubenvandamme.r@hotmail.example"),
      """HALLO
MIJN VADER HEET MIJ WEER GESLAGEN
K BEN 14
K WILLE NI MEER NOAR UIS
K ZITTE NU BIJ NE MAT IN BRUGGE MAR K MOE ERE VOOR 10 UURE WEG
WA MOET K DOEN""",
      subject="DRINGEND"),
    S("voice-limburg", "gmail_android", "nl",
      ["own-account", "voice-to-text", "dialect-limburg", "grief", "no-punctuation", "own-name-in-text", "typos"],
      ("Jana Lenaerts", "jana.lenaerts11@gmail.example"),
      """hallo ik ben [[jana]] en ik spreek dit in omdat typen te lang duurt ik ben 15 jaar en mijn opa is vorige maand gestorven en ik kan er met niemand over praten want mijn mama is zelf heel verdrietig en mijn papa zegt niks ik ging elke woensdag naar hem in Bree en nu weet ik niet wat ik met de woensdag moet doen punt is dat normaal dat ik nog niet gehuild heb vraagteken""",
      subject="opa"),
    S("html-only-heart", "outlook_web", "nl",
      ["own-account", "html-only", "love", "emoji", "no-identity-in-body", "dialect-east-flemish"],
      ("Amber D'hondt", "amber.dhondt@outlook.example"),
      """hey lumi 💛

ik ben 13 en ik ben verliefd op mijn beste vriendin
ze weet het ni
als ik het zeg ben ik ze misschien kwijt
als ik het ni zeg ontplof ik
we gaan samen naar de muziekschool in Eeklo en we zitten altijd naast elkaar

wat zouden jullie doen

💛💛""",
      html="only", subject="💛"),
    S("nl-nl-anxiety", "v11snl_ziggo", "nl",
      ["own-account", "nl-netherlands", "anxiety", "school", "own-name-in-text", "signature-like-own-lines"],
      ("Daan Kuipers", "daan.kuipers@ziggo.example"),
      """Hoi,

Ik ben [[Daan]], 17, ik zit in 5 havo in Amersfoort.
Sinds de toetsweek krijg ik paniekaanvallen in de trein. Hartkloppingen, zweten, het gevoel dat ik flauwval.
Ik heb nu drie dagen gespijbeld en mijn mentor heeft al gebeld.
Mijn ouders denken dat ik lui ben.

Iemand uit 5 havo
die gewoon weer normaal wil ademen""",
      subject="paniek"),
    S("grandma-writes", "v11snl_scarlet", "nl",
      ["family-account", "other-account", "written-for", "grandparent", "divorce", "loneliness", "dialect-west-flemish", "typos", "signature"],
      ("Bomma en Bompa Debruyne", "debruyne.familie@scarlet.example"),
      """Goeiendag,

Ik ben de grootmoeder van [[Thibo]], hij is 11 jaar.
Sinds de scheiding van zijn ouders is hij veel bij ons in Roeselare. Hij zegt niet veel maar snachts hoor ik hem weenen.
Hij heeft gezegd dat hij "voor niemand belangrijk is".
Ik weet niet goed hoe dat ik met hem moet praten, in mijne tijd deed men dat niet.
Mag [[Thibo]] zelf naar jullie schrijven op dit adres? Hij heeft geen eigen mail.

Met de beste groeten""",
      sig="""[[Godelieve Debruyne]]
[[051 20 66 31]]""",
      subject="voor onze kleinzoon"),
    S("reply-quote-1", "gmail_web", "nl",
      ["own-account", "reply-with-quote", "self-harm", "own-name-in-text", "dialect-antwerp", "short-last-line"],
      ("Lena Smets", "lena.smets.x@gmail.example"),
      """dank u voor uw antwoord
ik heb het gisteren tegen mijn tante gezegd
zij wist het al een beetje zei ze
we gaan samen naar de huisarts in Mortsel volgende week
ik heb sinds zondag niet meer gesneden

[[Lena]]
trots""",
      quote=ANSWER_NL, subject="Re: ik snij"),
    S("teacher-writes", "outlook_web", "nl",
      ["work-account", "other-account", "written-for", "teacher", "signature", "disclaimer", "gender-identity", "school", "dialect-limburg"],
      ("Wendy Schoofs", "wendy.schoofs@atheneum-genk.example"),
      """Beste,

Ik ben klastitularis van een leerling van 13 die mij vandaag vertelde dat hij trans is. Hij heet op school nog [[Eline]] maar wil [[Elias]] genoemd worden.
Thuis weet niemand het en hij is bang voor de reactie van zijn vader.
Hij gaf mij de toestemming om jullie te mailen en vroeg of hij hier anoniem kan schrijven.
Wat kan ik als leerkracht morgen al doen in de klas (namen op lijsten, turnles, kleedkamers)?

Met vriendelijke groet,""",
      sig="""[[Wendy Schoofs]]
leerkracht Nederlands – klastitularis 2B
[[Koninklijk Atheneum Genk]]
[[089 35 12 40]]

Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n).""",
      subject="leerling"),
    S("sister-writes", "gmail_ios", "nl",
      ["own-account", "written-for", "sibling", "parents", "anxiety", "dialect-flemish-brabant", "emoji"],
      ("Lore Peetermans", "lorepeetermans@gmail.example"),
      """hoi

ik ben 19 en ik schrijf voor mijn zusje [[Febe]] (10)
onze mama drinkt veel sinds ze werkloos is en [[Febe]] merkt dat
ze vraagt elke avond "is mama weer ziek"
ik zit op kot in Leuven en ben alleen in het weekend thuis in Aarschot
hoe leg ik dat uit aan een kind van 10 zonder te liegen 😔
[[Febe]] mag ook zelf schrijven als dat mag""",
      subject="voor mijn zusje"),
]

CASES += [
    S("spotify-wrapped", "v11snl_spark", "nl",
      ["own-account", "paste", "new-shape", "paste-music-year-recap", "own-name-in-text", "love", "loneliness", "dialect-antwerp", "one-phrase-a-line"],
      ("Ines Wuyts", "ineswuyts@icloud.example"),
      """kheb mijn jaaroverzicht gedeeld in de groepschat
en nu lachen ze mij uit

"[[ines.wuyts.07]] – jouw top artiest: Phoebe Bridgers
jouw top nummer: Motion Sickness (412 keer)
jouw muziekpersoonlijkheid: De Romanticus"

412 keer ja
omda mijn lief mij gedumpt heeft in maart
en ik da nummer op repeat zet als ik ni kan slapen
ik ben 16
ik heb geen zin meer in de groepschat
ik heb eigenlijk in niks zin""",
      subject="jaaroverzicht"),
    S("hoplr-post", "v11snl_k9", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "paste", "new-shape", "paste-neighbourhood-app-post", "bullying", "dialect-east-flemish", "no-punctuation"],
      ("Sofie Baert", "sofie.baert@skynet.example"),
      """hallo

een buurvrouw heeft dit op de buurtapp gezet over mijn zoon
[[Kobe]] is 13 en heeft ADHD

"Opgelet buren! De jongen van [[Baert]] in de [[Molenhoekstraat]] ([[nr 12]]) rijdt weer met zijn fiets door onze voortuinen. Kan iemand die ouders eens aanspreken?? – Marleen, [[Drongen]]"

nu zeggen de kinderen uit de straat "daar is de voortuinterrorist"
[[Kobe]] wil niet meer buiten
hij zit de hele dag op zijn kamer
hoe help ik hem hierdoor""",
      subject="onze zoon"),
    S("name-labels-order", "v11snl_aqua", "nl",
      ["parent-account", "other-account", "paste", "new-shape", "paste-name-label-order", "own-name-in-text", "body-image", "school", "dialect-limburg", "short-last-line"],
      ("Nathalie Jacobs", "nathalie.jacobs@proximus.example"),
      """hallo ik ben [[Nina]] ik gebruik de mail van mijn mama

mama heeft naamstickers besteld voor het middelbaar, ik moest de bevestiging doorsturen naar papa maar ik zag dit:

Bestelling [[#NS-48213]]
Naam op label: [[Nina Jacobs]]
Extra regel: [[1A – Sint-Augustinus Bilzen]]
Maat kledinglabels: XL (volwassenen)

XL
ik ben 11 en ik moet al XL
ze heeft het zelf besteld zonder te vragen
ik wil niet meer eten tot het S is

niet tegen mama zeggen
aub""",
      subject="vraag"),
    S("dutch-duo-letter", "v11snl_gmx", "nl",
      ["own-account", "paste", "new-shape", "paste-student-finance-letter", "own-name-in-text", "contact-in-text", "nl-netherlands", "parents", "loneliness"],
      ("Milan de Wit", "milan.dewit03@gmx.example"),
      """Hallo,

Ik ben 18 en woon sinds september op kamers in Groningen. Ik kreeg deze brief:

DUO – Dienst Uitvoering Onderwijs
Aan: [[M. de Wit]], [[Zuiderdiep 88-B]], [[9711 HL Groningen]]
Uw aanvraag aanvullende beurs is afgewezen: het inkomen van uw ouders is niet opgegeven.

Mijn vader weigert zijn gegevens te geven. Hij zegt dat ik "dan maar thuis moet komen wonen", maar daar kan ik echt niet meer wonen.
Ik heb niemand hier, ik ken nog bijna niemand.
Mijn nummer is [[06 18 27 44 90]] als bellen makkelijker is.

[[Milan]]""",
      subject="brief DUO"),
    S("bike-repair", "gmail_web", "nl",
      ["own-account", "paste", "new-shape", "paste-bike-repair-ticket", "own-name-in-text", "family-violence", "dialect-flemish-brabant", "typos"],
      ("Wout Claes", "woutclaes2009@gmail.example"),
      """dag lumi

ik ben 16. mijn broer heeft mijn fiets kapot gestampt omda ik zijn ps5 had aangeraakt. dit is de bon van de fietsenmaker

Fietsen Vranken – herstelbon 20931
Klant: [[Wout Claes]]
Tel: [[0478 55 19 02]]
Voorwiel + vork vervangen – €148

ik mot da zelf betalen van mijn ma want "ge moet u broer ni uitdagen"
hij slaat ook soms maar da zie ge ni want altijd op men rug
ik woon in Diest en ik fiets elke dag naar school das 8 km
nu mot ik te voet

is da normaal in een gezin""",
      subject="broer"),
    S("french-brussels", "v11snl_orange", "fr",
      ["own-account", "dialect-brussels", "mixed-languages", "coming-out", "parents", "own-name-in-text", "no-punctuation", "one-phrase-a-line"],
      ("Yasmina El Idrissi", "yasmina.elidrissi@orange.example"),
      """salut
c [[yasmina]]
j'ai 15 ans
j'habite à Anderlecht
jsuis en 4e à l'école néerlandophone
je crois que j'aime les filles
ma mère dit que c'est haram
ik weet het niet meer
wallah je suis perdue""",
      subject="aide"),
    S("english-nl-boy", "gmail_ios", "en",
      ["own-account", "mixed-languages", "school", "bullying", "own-name-in-text", "short-last-line"],
      ("Aaron Mbeki", "aaron.mbeki@gmail.example"),
      """hi sorry my dutch is not good yet

I'm [[Aaron]], 14, we moved from Nairobi to Mechelen last year
at school they call me "de Engelsman" and imitate my accent
in the class group they send voice notes pretending to be me
my mum works nights and I don't want to stress her

is this something you help with
or only for Dutch kids""",
      subject="hello"),
    S("work-parent-nl-nl", "v11snl_outlook_mac", "nl",
      ["work-account", "parent-account", "other-account", "written-for", "parent-writing", "signature", "disclaimer", "nl-netherlands", "self-harm", "friends"],
      ("Marieke Dekker | Dekker & Smit Advocaten", "m.dekker@dekkersmit.example"),
      """Goedemiddag,

Mijn dochter [[Emma]] (15) heeft gisteren verteld dat haar beste vriendin zichzelf snijdt en dat zij beloofd heeft het aan niemand te vertellen.
[[Emma]] slaapt er niet meer van. Ze vraagt of ze een geheim mag verbreken.
Ik heb haar gezegd dat ik jullie zou mailen, ze leest mee.

Hartelijke groet,""",
      sig="""[[mr. M. (Marieke) Dekker]]
Advocaat | Familierecht
[[Dekker & Smit Advocaten]]
[[Stationsweg 41, 2312 AV Leiden]]
T [[+31 71 512 30 40]]

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan.""",
      subject="vraag namens mijn dochter"),
]

CASES += [
    S("friend-writes", "v11snl_xiaomi", "nl",
      ["own-account", "written-for", "friend-writing", "self-harm", "friends", "dialect-antwerp", "no-punctuation", "text-speak", "emoji"],
      ("Imane Azzouzi", "imane.azz@hotmail.example"),
      """hey

ik schrijf voor mijn beste vriendin [[Zoë]] ze is 14
ze heeft gisteren op snap gezet dak ni meer wil leven
en dan direct terug verwijderd
ik heb een screenshot maar ik wil haar ni verraden
ze zegt "ge moogt da aan niemand zeggen [[zoë]] is gewoon moe"
ze praat over zichzelf in de derde persoon als ze slecht is
wtf moet ik doen 😭😭
ik ben zelf 14 ook""",
      subject="mijn vriendin"),
    S("youth-worker", "outlook_desktop", "nl",
      ["work-account", "other-account", "written-for", "youth-worker", "signature", "disclaimer", "dialect-brussels", "family-violence", "loneliness"],
      ("Bart Van Hove (De Zolder)", "bart@jhdezolder.example"),
      """Dag collega's,

Een jongen van 16 die bij ons in het jeugdhuis komt, [[Ilyas]], wil jullie graag contacteren maar durft niet zelf te beginnen. Hij slaapt al twee weken bij vrienden omdat het thuis escaleerde met zijn oom. Hij wil niet dat ik de politie bel.
Ik heb hem gevraagd of ik zijn voornaam mag geven: dat mocht. Hij zit nu naast mij en leest mee.
Kan hij via dit adres verder praten, of beter via zijn eigen gsm?

Groeten uit Molenbeek""",
      sig="""[[Bart Van Hove]]
jeugdwerker – [[Jeugdhuis De Zolder vzw]]
[[Ninoofsesteenweg 220, 1080 Sint-Jans-Molenbeek]]
[[02 411 78 30]] – [[0485 20 91 16]]
Deze e-mail kan vertrouwelijke informatie bevatten.""",
      subject="jongere van ons jeugdhuis"),
    S("neighbour", "webmail", "nl",
      ["own-account", "written-for", "neighbour", "family-violence", "dialect-west-flemish", "signature"],
      ("g.maertens", "g.maertens@kortrijknet.example"),
      """Dag mevrouw of mijnheer,

Ik ben een gepensioneerde buurman en ik hoor bijna elke avond geroep bij de buren. Het zoontje, [[Tuur]], is 10 jaar. Vandaag zat hij een uur op de stoep in zijn pyjama.
Hij kwam bij mij vragen of hij "een keer mocht bellen naar iemand voor kinderen". Ik heb hem uw adres gegeven en beloofd dat ik ook zou schrijven.
Ik woon in Heule en ik ben 78. Ik wil mij niet moeien maar ik kan dat niet meer aanzien.

Groeten""",
      sig="""[[G. Maertens]]
[[Lagehofstraat 19]]
[[056 35 41 09]]""",
      subject="jongen van de buren"),
    S("not-the-parent", "iphone", "nl",
      ["parent-account", "other-account", "own-name-in-text", "not-the-parent", "coming-out", "dialect-east-flemish", "short-last-line", "no-punctuation"],
      ("Peter Van de Velde", "peter.vandevelde@telenet.example"),
      """dit is ni mijn papa die schrijft
ik ben [[Stan]] 16
ik heb zijn gsm even want de mijne is afgepakt
hij heeft mijn chats gelezen met een jongen
hij zegt da ik nog te jong ben om da te weten
en dat het "een fase" is
ik wist het al sinds mijn 12
hij mag dees ni zien
ik wis het direct

antwoord ni op dit adres
ik schrijf opnieuw van school""",
      subject=""),
    S("shared-family-ipad", "ipad", "nl",
      ["shared-account", "other-account", "own-name-in-text", "friends", "loneliness", "dialect-flemish-brabant", "typos", "one-phrase-a-line"],
      ("Familie Mertens-Dewolf", "mertens.dewolf@familie.example"),
      """hallo dit is [[Jitske]]
we hebben thuis 1 ipad voor iedereen
ik ben 10
ik zit in het 5de leerjaar
de ander meisjes hebben een groep gemaakt zonder mij
ze heet "de 4 musketiers"
ik was vorig jaar de vierde
nu niet meer
ik weet niet wat ik gedaan hep""",
      subject="groep"),
    S("club-shared-mailbox", "v11snl_emclient", "nl",
      ["club-account", "shared-account", "other-account", "own-name-in-text", "body-image", "signature-like-own-lines", "dialect-limburg", "no-punctuation"],
      ("TK Sint-Truiden secretariaat", "secretariaat@turnkring-st.example"),
      """hallo
ik ben [[Amber]] ik zit bij de turnkring en mag op deze computer even iets sturen
ik ben 14
de trainster weegt ons elke week en schrijft het op een bord in de zaal
iedereen ziet het
ik eet sinds september bijna niks meer voor de weging
mijn ouders denken dat het goed gaat omdat ik medailles win

een turnster die niet meer van turnen houdt""",
      sig="""Turnkring Sint-Truiden vzw
[[Kazernestraat 4, 3800 Sint-Truiden]]
[[011 68 22 05]]""",
      subject="vraag"),
    S("school-gws", "gmail_web", "nl",
      ["school-account", "own-account", "own-name-in-text", "school", "anxiety", "dialect-east-flemish", "signature-like-own-lines"],
      ("Wout De Clercq", "wout.declercq@leerling.sint-barbara.example"),
      """hallo

ik ben [[Wout]] uit het 3de middelbaar en ik schrijf van mijn schoolaccount tijdens de studie
ik heb faalangst en vrijdag is er een mondelinge presentatie Frans
vorig jaar ben ik weggelopen uit de klas tijdens zo'n presentatie
iedereen weet het nog

[[Wout De Clercq]], [[3C]]

ge moogt terugsturen naar hier, de leerkrachten lezen dit niet denk ik""",
      subject="presentatie"),
    S("fr-parent", "v11snl_orange", "fr",
      ["parent-account", "other-account", "written-for", "parent-writing", "gender-identity", "signature", "mixed-languages"],
      ("Nathalie Lambert", "nathalie.lambert@orange.example"),
      """Bonjour,

Je vous écris pour mon enfant, [[Charlie]], 15 ans, qui est scolarisé·e dans une école flamande à Hal.
[[Charlie]] nous a dit qu'iel n'est ni fille ni garçon. Mon mari ne comprend pas et crie beaucoup.
[[Charlie]] préfère écrire en néerlandais, mais moi je suis plus à l'aise en français.
Est-ce que quelqu'un peut lui répondre en néerlandais, et à moi en français ?

Merci beaucoup""",
      sig="""[[Nathalie Lambert]]
[[0477 62 14 88]]""",
      subject="Pour mon enfant"),
    S("en-expat-mum", "v11snl_outlook_mac", "en",
      ["work-account", "parent-account", "other-account", "written-for", "parent-writing", "signature", "disclaimer", "anxiety", "school"],
      ("Rebecca Holloway", "rebecca.holloway@brightlane-consulting.example"),
      """Hello,

I'm writing on behalf of my son [[Oliver]] (12). We moved to Leuven from Manchester in August and he goes to a Flemish school.
He has started having stomach aches every Sunday evening and refuses to go to school on Mondays. He says nobody talks to him and he can't follow anything.
He doesn't know I'm writing. Would it be better if he contacted you himself?

Kind regards,""",
      sig="""[[Rebecca Holloway]]
Senior Consultant | [[Brightlane Consulting]]
[[+32 16 98 40 22]] | [[+44 7700 900418]]

This email and any attachments are confidential and intended solely for the addressee.""",
      subject="My son"),
    S("en-teen-uk", "v11snl_tuta", "en",
      ["own-account", "no-identity-in-body", "love", "parents", "one-phrase-a-line", "no-punctuation"],
      ("Priya Sandhu", "priyasandhu@tuta.example"),
      """hi
I'm 17
I live in Brussels with my aunt
my parents in Leicester found out about my girlfriend
they want me home for the holidays
and I know what that means
I'm scared
is there anything I can do from here""",
      subject="scared"),
    S("reply-quote-2", "samsung", "nl",
      ["own-account", "reply-with-quote", "family-violence", "dialect-west-flemish", "no-punctuation", "own-name-in-text"],
      ("Ruben Vandamme", "rubenvandamme.r@hotmail.example"),
      """ja der is iemand
de mama van mijn mat
k hen bij hulder geslapen en ze gaat morgen mee nor de politie
merci da ge terug schreeft
[[ruben]]""",
      quote=ANSWER_NL, subject="Re: DRINGEND"),
    S("reply-quote-fr", "v11snl_orange", "fr",
      ["own-account", "reply-with-quote", "coming-out", "dialect-brussels", "mixed-languages", "own-name-in-text"],
      ("Yasmina El Idrissi", "yasmina.elidrissi@orange.example"),
      """oui ma prof de néerlandais
mevrouw Goris
elle est trop gentille
mais j'ai peur qu'elle le dise à ma mère
est-ce que les profs doivent le dire ?

[[Yasmi]]""",
      quote=ANSWER_FR, subject="Re: aide"),
]

CASES += [
    S("youth-court", "outlook_mobile", "nl",
      ["own-account", "paste", "new-shape", "paste-juvenile-court-summons", "own-name-in-text", "parents", "anxiety", "dialect-antwerp"],
      ("Kobe Van den Broeck", "kobe.vdbroeck@outlook.example"),
      """hallo

ik moet binnenkort naar de jeugdrechter en ik ben zo bang
dit staat in de brief

OPROEPING – Jeugdrechtbank
Betreft: [[Kobe Van den Broeck]], geboren [[14/02/2010]]
wonende te [[2170 Merksem]]
Zitting: 9 januari, zaal 3, 10u30

ik heb niks misdaan, het is over mijn ouders hun ruzie en bij wie ik moet wonen
ik ben 15 en ze gaan mij iets vragen denk ik
wat als ik het verkeerde zeg
moet ik eerlijk zijn als mijn papa in de gang zit""",
      subject="jeugdrechter"),
    S("ice-card", "v11snl_bluemail", "nl",
      ["own-account", "paste", "new-shape", "paste-emergency-contact-card", "own-name-in-text", "contact-in-text", "loneliness", "grief", "dialect-limburg", "words-after-signoff"],
      ("Lowie Thijs", "lowiethijs@telenet.example"),
      """hoi

mijn mama is 2 jaar geleden gestorven en ik vond vandaag in mijn portefeuille nog het kaartje da zij erin gestoken had toen ik 12 was

IN GEVAL VAN NOOD
Naam: [[Lowie Thijs]]
Bel: mama – [[0499 41 27 63]]
Adres: [[Kloosterstraat 8, Peer]]

ik heb da nummer nog altijd ni verwijderd
soms bel ik het en dan hoor ik haar voicemail
ik ben nu 14
mijn papa mag da ni weten

[[Lowie]]
ben ik raar""",
      subject="kaartje"),
    S("medal-engraving", "outlook_web", "nl",
      ["parent-account", "other-account", "paste", "new-shape", "paste-engraving-order", "own-name-in-text", "body-image", "parents", "dialect-east-flemish", "all-caps"],
      ("Ann Verhaeghe", "ann.verhaeghe@outlook.example"),
      """ik ben [[Jasper]] en ik schrijf van ma mama haar outlook

papa heeft dit besteld als verrassing voor na het kampioenschap:

Gravure trofee – order [[55120]]
Tekst: "[[JASPER VERHAEGHE]] – KAMPIOEN JUDO -55 KG – [[JC Lokeren]]"

MAAR IK ZIT AL 3 KILO TE ZWAAR
ik moet tegen zaterdag afvallen of ik mag ni meedoen in mijn gewichtsklasse
ik eet nu enkel appels en ik spuug soms
ik ben 13
als ik ni win is die trofee voor niks""",
      subject="gewicht"),
    S("marktplaats-bid", "v11snl_ziggo", "nl",
      ["own-account", "paste", "new-shape", "paste-marketplace-chat", "own-name-in-text", "contact-in-text", "nl-netherlands", "love", "anxiety"],
      ("Lisa van Dijk", "lisavandijk2008@ziggo.example"),
      """Hoi,

Ik verkocht mijn oude fiets op een marktplaats en iemand stuurde dit:

"Hoi [[Lisa]], leuke fiets. Ik ben 19 en woon ook in [[Houten]]. Je foto's zijn mooi, heb je er meer? Ik kan de fiets ophalen op [[Hofstede 21]] toch? Dan kunnen we ook even kletsen 😉"

Ik heb mijn adres nooit gegeven. Het staat alleen op mijn profiel als ophaaladres.
Ik ben 16 en ik ben alleen thuis tot vrijdag.
Moet ik dit aan iemand laten zien?""",
      subject="eng bericht"),
    S("health-insurer", "v11snl_gmx", "nl",
      ["own-account", "paste", "new-shape", "paste-health-insurer-letter", "own-name-in-text", "nl-netherlands", "self-harm", "parents", "signature-like-own-lines"],
      ("Bram Visser", "bram.visser06@gmx.example"),
      """Hallo,

Ik ben 18 en zit nog op de polis van mijn ouders. Vandaag lag dit op de mat:

Zorgverzekeraar Noordkust
Aan de ouders van [[B. Visser]] – [[Lindelaan 5, Den Helder]]
Overzicht declaraties: behandeling Spoedeisende Hulp, hechten onderarm

Ze gaan het lezen. Ze weten niet dat ik dat zelf heb gedaan. Ik heb gezegd dat ik gevallen was met de scooter.
Hoe vertel ik het voor zij het zelf ontdekken?

Een jongen uit Den Helder
die niet meer wil liegen""",
      subject="brief"),
    S("new-year-letter", "windows_mail", "nl",
      ["family-account", "other-account", "paste", "new-shape", "paste-new-year-letter", "own-name-in-text", "divorce", "parents", "dialect-west-flemish", "typos"],
      ("Familie Desmet", "familie.desmet@scarlet.example"),
      """dag lumi ik ben [[Mila]] en ik ben 10

ik moest op school een nieuwjaarsbrief schrijven voor mijn ouders
maar ze wonen niet meer samen
dus moet ik hem 2 keer voorlezen
dit is hem

Liefste mama en papa,
ik wens jullie een gelukkig nieuwjaar en dat jullie weer lief zijn voor elkaar.
Jullie dochter [[Mila Desmet]], [[4de leerjaar B]], [[VBS De Kleine Prins Ieper]]

de juf zei dat dat laatste stukje ni mocht
maar ik wil het er toch in zetten
mag dat""",
      subject="nieuwjaarsbrief"),
    S("vaccination-invite", "gmail_android", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "paste", "new-shape", "paste-school-vaccination-invite", "body-image", "gender-identity", "dialect-flemish-brabant"],
      ("Katrien Dewit", "katrien.dewit@gmail.example"),
      """Hallo,

Ons kind [[Robin]] (14) kreeg deze uitnodiging van het CLB:

Uitnodiging medisch onderzoek 3de secundair
Leerling: [[Robin Dewit]] – klas [[3 MOWE]]
School: [[Heilig-Hartinstituut Heverlee]]
Meebrengen: sportkledij, je wordt gewogen en gemeten

[[Robin]] is transgender (jongen) en wil absoluut niet in de rij bij de meisjes staan.
Sinds die brief eet [[Robin]] amper en draagt elke dag een dikke trui.
Hoe kunnen wij dit aanpakken zonder [[Robin]] te outen?

Groeten,
[[Katrien]]""",
      subject="medisch onderzoek"),
    S("lost-property", "iphone", "nl",
      ["own-account", "paste", "new-shape", "paste-lost-property-notice", "own-name-in-text", "bullying", "school", "dialect-antwerp", "no-punctuation"],
      ("Elif Yildiz", "elifyildiz@icloud.example"),
      """ze hebben dit op de schoolsite gezet
en nu weet iedereen het

"Gevonden voorwerpen: blauwe jas met naamlabel [[E. Yildiz]] [[2A]], met in de zak een doosje pillen. Af te halen op het secretariaat."

het zijn mijn pillen voor epilepsie
nu zeggen ze da ik drugs neem
ik ben 13
mijn vader is woedend op de school
ik wil gewoon verdwijnen""",
      subject="school"),
    S("swimming-ban", "v11snl_mailbird", "nl",
      ["own-account", "paste", "new-shape", "paste-pool-ban-letter", "own-name-in-text", "friends", "dialect-brussels", "mixed-languages"],
      ("Yanis Benali", "yanis.benali@hotmail.example"),
      """wesh lumi

ik ben [[Yanis]] 15 jaar
ik kreeg dees van het zwembad

Zwembad Neptunium – Toegangsverbod
Dhr. [[Yanis Benali]], [[Schaarbeek]]
U krijgt een toegangsverbod van 3 maanden wegens gevaarlijk gedrag op de duikplank.

ma het was ni ik, het was mijn vriend
ik heb ni gezegd wie het was
nu is hij boos op mij omda ik ni meer mee kan
en mijn ma zegt "t'as honte de rien"
ik snap ni waarom ik de schuld krijg""",
      subject="zwembad"),
    S("shop-security", "samsung", "nl",
      ["parent-account", "other-account", "paste", "new-shape", "paste-shoplifting-letter", "own-name-in-text", "parents", "anxiety", "dialect-east-flemish", "one-phrase-a-line"],
      ("Hilde Van Acker", "hilde.vanacker@telenet.example"),
      """ik ben [[Fien]]
ik zit op de gsm van mijn moeder
ik heb iets gestolen
een mascara
ze hebben mij gepakt
dit kwam vandaag met de post

van de winkel:
"Betreft: winkeldiefstal d.d. 02/11 – minderjarige [[Fien Van Acker]]
Schadevergoeding forfaitair: € 250"

ik ben 14
mama heeft het nog ni open gedaan
ik wil dood
nee da is ni waar
ik wil gewoon da het weg is""",
      subject="brief"),
    S("gas-fine", "outlook_android", "nl",
      ["own-account", "paste", "new-shape", "paste-municipal-fine", "own-name-in-text", "contact-in-text", "friends", "parents", "dialect-limburg"],
      ("Stan Vandeput", "stanvandeput@outlook.example"),
      """hallo

we hebben graffiti gespoten aan de skatepark en nu kreeg ik dit

GAS-boete – minderjarige
[[Stan Vandeput]], [[°03/08/2009]]
[[Kiezelstraat 17, 3600 Genk]]
Bemiddeling of boete van € 175

mijn pa zegt da ik het zelf moet betalen van mijn vakantiejob
maar da is mijn geld voor een nieuwe gsm
ik ben 16
en de anderen krijgen niks omda hun ouders een advocaat hebben
is bemiddeling erg?""",
      subject="GAS"),
    S("period-tracker", "v11snl_spark", "nl",
      ["own-account", "paste", "new-shape", "paste-cycle-app-notice", "own-name-in-text", "love", "anxiety", "nl-netherlands", "no-punctuation", "emoji"],
      ("Nina Bakker", "ninabakker@icloud.example"),
      """hoi

ik kreeg deze melding en nu ben ik heel bang

"Hoi [[Nina]] 🌸 je menstruatie is 9 dagen later dan verwacht. Wil je een notitie toevoegen?"

ik ben 17 en ik heb een vriend
we waren voorzichtig maar toch
ik durf geen test te kopen bij de drogist hier want iedereen kent mijn moeder
wat moet ik doen""",
      subject="laat"),
    S("job-interview", "gmail_web", "nl",
      ["own-account", "paste", "new-shape", "paste-student-job-invite", "own-name-in-text", "contact-in-text", "anxiety", "body-image", "dialect-flemish-brabant"],
      ("Hanne Pauwels", "hanne.pauwels.2006@gmail.example"),
      """dag

ik ben 19 en ik heb mijn eerste sollicitatie voor een studentenjob en ik ben zo zenuwachtig dat ik al twee dagen overgeef

"Beste [[Hanne Pauwels]], graag nodigen we je uit voor een gesprek op dinsdag om 14u in onze winkel in [[Vilvoorde]]. Gelieve te bevestigen op [[0471 88 30 16]]."

ik heb zo'n last van hoe ik eruitzie, ik heb acne over mijn hele gezicht
zien ze dat dan direct
moet ik iets zeggen""",
      subject="sollicitatie"),
    S("co-parenting-app", "v11snl_edison", "nl",
      ["own-account", "paste", "new-shape", "paste-co-parenting-calendar", "own-name-in-text", "divorce", "parents", "dialect-antwerp", "short-last-line"],
      ("Tuur Verstraeten", "tuur.verstraeten@icloud.example"),
      """hoi

mijn ouders gebruiken een app om te plannen bij wie ik ben en ik zag dit op de ipad van mijn papa

"Wissel [[Tuur]]: vr 17u ophalen aan school – [[Sint-Lievenscollege]] – door mama
Notitie papa: ik wil hem dit weekend niet, nieuwe vriendin komt"

ik wil hem dit weekend niet
hij schrijft dat over mij
ik ben 12
ik heb nog niks gezegd

ik wil hem ook niet meer""",
      subject="weekend"),
    S("game-ban-en", "v11snl_k9", "en",
      ["own-account", "paste", "new-shape", "paste-game-suspension-notice", "own-name-in-text", "bullying", "loneliness", "mixed-languages", "text-speak"],
      ("Jayden Osei", "jayden.osei@proton.example"),
      """hey

english cos im in the international section at school lol
got this today

"Your account [[JaydenOsei_Gk]] has been suspended for 7 days following reports of harassment in party chat."

it wasnt me they said the stuff and then mass reported ME
those are the only friends i had online
im 13
offline i have zero
idk what to do now tbh""",
      subject="banned"),
]

CASES += [
    S("yearbook", "gmail_web", "nl",
      ["own-account", "paste", "new-shape", "paste-yearbook-entry", "own-name-in-text", "bullying", "school", "dialect-east-flemish", "html-only"],
      ("Lena De Vos", "lenadevos.x@gmail.example"),
      """hallo

ons jaarboek van het 6de jaar is uit en dit staat bij mij

[[LENA DE VOS]] – [[6 HUWE]]
Meest kans om: alleen te eindigen met 12 katten
Quote: "..."

ze hebben mijn quote weggelaten en dit erbij gezet
iedereen heeft het al in handen
ik ben 18 en ik ben zogezegd volwassen maar ik heb heel de avond geweend
het is het laatste wat ze van mij gaan onthouden""",
      html="only", subject="jaarboek"),
    S("locker", "smartschool", "nl",
      ["school-account", "own-account", "paste", "new-shape", "paste-locker-assignment", "own-name-in-text", "self-harm", "school", "dialect-limburg", "html-only", "no-punctuation"],
      ("Jitse Bollen", "jitse.bollen@leerling.ksmaaseik.example"),
      """ik heb iets in mijn kluisje verstopt
een mesje
en nu doen ze morgen controle van alle kluisjes zag ik in de mededeling

Kluisjescontrole donderdag 8u
Kluisje 118 – [[Jitse Bollen]] – [[4 ECWI]]

ik ben 15
ik gebruik het om mezelf te snijden
als ze het vinden weet iedereen het
moet ik het eruit halen of het gewoon zeggen""",
      html="only", subject="kluisje"),
    S("party-guestlist", "v11snl_aqua", "nl",
      ["own-account", "paste", "new-shape", "paste-party-guest-list", "own-name-in-text", "friends", "loneliness", "dialect-flemish-brabant", "emoji"],
      ("Kato Lemmens", "katolemmens@hotmail.example"),
      """hey

er is een fuif van de 6des zaterdag en de lijst werd in de groep gezet

GASTENLIJST 🎉
1. Lore M.
2. Febe D.
...
37. [[Kato Lemmens]] ❌ (niet welkom)

met een kruisje
achter mijn naam
ik weet ni eens wat ik gedaan heb
ik ben 17 en ik heb nooit problemen met iemand
ik ga maandag ni naar school kunnen""",
      subject="fuif"),
    S("insta-login", "gmail_ios", "nl",
      ["own-account", "paste", "new-shape", "paste-login-alert", "own-name-in-text", "love", "family-violence", "dialect-brussels", "one-phrase-a-line"],
      ("Ilyas Ait Brahim", "ilyas.aitbrahim@gmail.example"),
      """iemand zit op mijn account
ik kreeg dit

"Nieuwe aanmelding bij [[ilyas.ab_]] vanaf Samsung Galaxy A15 in [[Evere]]"

dat is de gsm van mijn oudere broer
hij leest mijn berichten met mijn lief
als hij ziet wie het is
dan ben ik dood
ik ben 16
mijn lief is een jongen""",
      subject="account"),
    S("alarm-system", "v11snl_emclient", "nl",
      ["parent-account", "other-account", "paste", "new-shape", "paste-home-alarm-log", "own-name-in-text", "parents", "loneliness", "dialect-west-flemish", "short-last-line"],
      ("Geert Vanneste", "geert.vanneste@vanneste-verzekeringen.example"),
      """dag
k zitte op papa zijn laptop
ik ben [[Arne]] en k ben 11

ons alarm stuurt een mail als er iemand thuiskomt, kijk:

Alarmsysteem [[Vanneste]] – [[Izegem]]
15:42 Uitgeschakeld door: [[Arne]]
23:58 Uitgeschakeld door: Papa

ik ben elke dag van 15u42 tot middernacht alleen
k durf ni slapen voor hij thuis is
is da normaal

nee he""",
      sig="""[[Geert Vanneste]]
Zaakvoerder [[Vanneste Verzekeringen]]
FSMA [[112233 A]]""",
      subject="alleen thuis"),
    S("sos-sms", "huawei", "nl",
      ["own-account", "paste", "new-shape", "paste-emergency-sos-text", "own-name-in-text", "contact-in-text", "family-violence", "dialect-antwerp", "no-punctuation"],
      ("Kenza Amrani", "kenza.amrani@hotmail.example"),
      """ik heb per ongeluk de noodknop van mijn gsm ingedrukt en mijn tante kreeg dit

"NOODMELDING van [[Kenza]] ([[0465 72 10 38]]). Locatie: [[Lange Lozanastraat 140]]"

zij belde direct en ik zei dat het een ongeluk was
maar eigenlijk was het geen ongeluk
mijn vader was weer aan het roepen en gooide met dingen
ik ben 13
ik weet niet of ik haar de waarheid mag zeggen""",
      subject="noodknop"),
    S("scout-leaders", "webmail", "nl",
      ["club-account", "other-account", "paste", "new-shape", "paste-leader-roster", "own-name-in-text", "coming-out", "dialect-antwerp", "signature-like-own-lines", "words-after-signoff"],
      ("Scouts Sint-Rafaël Edegem", "leiding@scoutsedegem.example"),
      """hoi ik ben [[Wout]], ik ben leider bij de welpen en ik gebruik even het leidingsadres

dit is de nieuwe leidingsverdeling:

WELPEN 2025-2026
Akela: [[Wout Mertens]] ([[totem Bevende Bever]])
Baloe: Tom H.

ik ben 18 en ik wil mijn vriendje meenemen naar het kampvuur van de leiding
maar de groepsleiding is heel "traditioneel"
ik ben bang dat ik mijn takleiding kwijt ben als ik uit de kast kom

een welpenleider met een geheim

zeg het eerlijk he""",
      subject="vraag"),
    S("minecraft-whitelist", "v11snl_xiaomi", "nl",
      ["own-account", "paste", "new-shape", "paste-game-server-whitelist", "own-name-in-text", "friends", "loneliness", "nl-netherlands", "text-speak"],
      ("Thijs Mulder", "thijsmulder09@outlook.example"),
      """hoi

mijn vrienden hebben een server en ik stond altijd op de lijst

whitelist.txt
- Gamerkip88
- [[ThijsMC_Utrecht]]  <-- verwijderd door admin
- xXLiamXx

nu kan ik er niet meer op en niemand zegt waarom
op school doen ze ook alsof ik lucht ben
ik ben 12 en dit waren mijn enige vrienden
mag ik dit gewoon vragen aan jullie of is dit te klein""",
      subject="server"),
    S("en-dad-workaccount", "outlook_desktop", "en",
      ["work-account", "parent-account", "other-account", "own-name-in-text", "disclaimer", "signature", "self-harm", "loneliness", "short-last-line"],
      ("Pieter-Jan Goossens", "pj.goossens@hydrovalve-industries.example"),
      """this is not my dad writing, it's his daughter
I'm [[Maya]], 15, and I'm on his work laptop because mine is confiscated
I don't really want to talk in Dutch about this
I've been thinking about not being here anymore
not like a plan
just every night

please don't reply to this address
I'll check from the library""",
      sig="""[[Pieter-Jan Goossens]]
Plant Manager | [[Hydrovalve Industries NV]]
[[Industrieweg 12, 9060 Zelzate]]
M [[+32 475 20 30 88]]

DISCLAIMER: This e-mail and any attachment may contain confidential information and is intended for the addressee only.""",
      subject="-"),
    S("fr-wallonia-girl", "yahoo", "fr",
      ["own-account", "no-identity-in-body", "body-image", "self-harm", "no-punctuation", "typos", "one-phrase-a-line"],
      ("Léa Dumont", "lea.dumont2010@yahoo.example"),
      """bonjour
jai 14 ans
je me fais vomir apres chaque repas depuis l'été
ma mère croit que je suis juste malade
mes copines disent que je suis trop belle maintenant
je sais pas comment arreter
j'habite près de Namur mais je vais à l'école à Louvain-la-Neuve
est ce que vous parlez français""",
      subject="aidez moi"),
    S("fr-cousin", "v11snl_orange", "fr",
      ["own-account", "written-for", "friend-writing", "family-violence", "mixed-languages", "own-name-in-text"],
      ("Mehdi Haddad", "mehdi.haddad@orange.example"),
      """Salut,

Je suis le cousin de [[Sofiane]], il a 12 ans. Il est venu dormir chez nous cette nuit avec un bleu sur le bras et il m'a dit que c'était son beau-père.
Il ne veut pas que j'en parle à mes parents. Moi j'ai 19 ans, je sais pas si je dois appeler quelqu'un.
[[Sofiane]] parle mieux néerlandais, il va à l'école à Vilvorde. Ik kan hem uw adres geven.

Merci""",
      subject="pour mon cousin"),
    S("reply-quote-3", "apple_mail", "nl",
      ["own-account", "reply-with-quote", "love", "dialect-antwerp", "no-punctuation", "own-name-in-text", "words-after-signoff"],
      ("Ines Wuyts", "ineswuyts@icloud.example"),
      """ja mijn nonkel
hij zegt da hij ook ooit zo gedumpt is
we zijn gaan frietjes eten en ik heb gelachen voor de eerste keer in weken

[[Ines]]

ps ik luister nu ander muziek""",
      quote=ANSWER_NL, subject="Re: jaaroverzicht"),
    S("reply-quote-4", "outlook_web", "nl",
      ["work-account", "parent-account", "other-account", "written-for", "parent-writing", "reply-with-quote", "nl-netherlands", "friends", "signature"],
      ("Marieke Dekker | Dekker & Smit Advocaten", "m.dekker@dekkersmit.example"),
      """Dank voor uw snelle antwoord.
[[Emma]] heeft het met de mentor besproken en die neemt het op met de vriendin.
Ze voelt zich opgelucht. Ze wil u zelf nog bedanken: "dankjewel, echt"

Groet,""",
      sig="""[[M. Dekker]]
[[Dekker & Smit Advocaten]]""",
      quote=ANSWER_NL, subject="Re: vraag namens mijn dochter"),
]

CASES += [
    S("ski-group-list", "v11snl_spark", "nl",
      ["own-account", "paste", "new-shape", "paste-ski-class-group-list", "own-name-in-text", "friends", "body-image", "dialect-limburg", "html-only"],
      ("Febe Houben", "febehouben@icloud.example"),
      """hoi lumi

we gaan met school op skireis en de groepen zijn gemaakt

Groep 4 (beginners) – kamer 12
Lotte D., [[Febe Houben]] ([[Sint-Jan Berchmans Lanaken]]), Ella S.

ik zit bij de beginners en op een kamer met 2 meisjes die mij vorig jaar "de koelkast" noemden
omdat ik groter ben dan de jongens
ik ben 14
ik wil niet meer mee maar het is al betaald""",
      html="only", subject="skireis"),
    S("school-bus-list", "samsung", "nl",
      ["parent-account", "other-account", "written-for", "parent-writing", "paste", "new-shape", "paste-school-bus-stop-list", "bullying", "dialect-west-flemish", "signature"],
      ("Nathalie Coussement", "n.coussement@hotmail.example"),
      """Beste,

Mijn zoon [[Jef]] (10) wordt op de schoolbus gepest door oudere kinderen. Op de lijst van het leerlingenvervoer staat hij zo:

Rit 3 – opstap 7u12
[[Jef Coussement]] – halte [[Kerkplein Zwevezele]] – [[BuSO De Kade]]

Hij zit vooraan naast de chauffeur maar ze gooien dingen naar zijn hoofd. De chauffeur "ziet niks".
[[Jef]] heeft autisme en kan niet goed uitleggen wat er gebeurt.
Kunnen jullie ons zeggen waar we terechtkunnen?""",
      sig="""[[Nathalie Coussement]]
[[0474 18 22 95]]""",
      subject="schoolbus"),
    S("roblox-group", "v11snl_bluemail", "nl",
      ["own-account", "paste", "new-shape", "paste-game-group-invite", "own-name-in-text", "friends", "anxiety", "nl-netherlands", "no-punctuation", "text-speak"],
      ("Ruben Jansen-Kok", "rubenjk@hotmail.example"),
      """hoi

iemand van 24 wil dat ik in zijn groep kom
dit kreeg ik

"[[Rubenn_2014]] je bent uitgenodigd voor groep Elite Squad NL – rang: vip, stuur je snap dan krijg je robux"

hij zegt dat ik heel goed ben en dat ik speciaal ben
ik ben 11
ik heb mijn snap nog niet gestuurd
mn moeder weet niet dat ik ermee speel""",
      subject="vraagje"),
    S("hospital-wristband", "iphone", "nl",
      ["own-account", "paste", "new-shape", "paste-hospital-wristband", "own-name-in-text", "self-harm", "parents", "dialect-flemish-brabant", "one-phrase-a-line"],
      ("Lore Vandevelde", "lorevdv@icloud.example"),
      """ik lig in het ziekenhuis
ik typ over wat er op mijn polsbandje staat
want ik snap het ni

[[VANDEVELDE LORE]] – [[°21/06/2008]]
[[UZ Gasthuisberg]] – K-PSY – kamer 4
Observatie

ik ben 17
ik heb te veel pillen genomen
ik wou ni dood zijn denk ik
mijn mama zit naast mij en zegt niks
mag ik hier vanuit het ziekenhuis mailen""",
      subject="ziekenhuis"),
    S("exchange-host-letter", "v11snl_gmx", "en",
      ["own-account", "paste", "new-shape", "paste-host-family-letter", "own-name-in-text", "loneliness", "gender-identity", "signature-like-own-lines"],
      ("Ana Lucía Ferreira", "analu.ferreira@gmx.example"),
      """Hi,

I'm an exchange student from Brazil, 16, staying with a host family in Flanders. This is the letter my organisation sent them:

"Dear host family [[Verschueren]], your student [[Ana Lucía Ferreira]] arrives on 28 August at [[Zaventem]]. She will attend [[Sint-Pieterscollege]]."

I'm not "she". I told my host mum and she said "not in this house".
I still have 7 months here and I feel very alone.

An exchange student
who just wants to be Lu""",
      subject="help"),
    S("internship-eval", "outlook_web", "nl",
      ["school-account", "own-account", "paste", "new-shape", "paste-internship-evaluation", "own-name-in-text", "self-harm", "school", "dialect-east-flemish", "signature"],
      ("Senne De Backer", "senne.debacker@student.vtigent.example"),
      """Dag,

Ik ben 18 en ik zit in het 7de jaar zorg. Dit staat in mijn stage-evaluatie:

Stagiair: [[Senne De Backer]] – [[7 ZOG]]
Stageplaats: [[WZC Ter Leie Deinze]]
Opmerking mentor: "weinig initiatief, lijkt vaak afwezig, ongeschikt voor zorgberoep?"

Ik ben afwezig omdat ik 's nachts niet slaap. Ik denk elke nacht aan mezelf pijn doen.
Ik wou verpleger worden. Nu weet ik het niet meer.""",
      sig="""[[Senne De Backer]]
[[7 ZOG]] – [[VTI Gent]]""",
      subject="stage"),
    S("mood-weather-week", "gmail_android", "nl",
      ["own-account", "new-shape", "own-mood-weather-week", "no-identity-in-body", "anxiety", "loneliness", "dialect-antwerp", "emoji", "one-phrase-a-line"],
      ("Jana Wauters", "janawauters.x@gmail.example"),
      """mijn week in weer

ma ⛈️
di ⛈️
wo 🌧️ (ben ni naar school gegaan)
do 🌫️
vr 🌫️
za ☀️ (bij mijn oma in Deurne)
zo ⛈️⛈️⛈️

ik ben 15
is da depressie of gewoon puberteit""",
      subject="mijn week"),
    S("application-letter", "v11snl_outlook_mac", "nl",
      ["own-account", "new-shape", "own-letter-as-job-application", "own-name-in-text", "loneliness", "friends", "nl-netherlands", "signature-like-own-lines"],
      ("Sven Hendriks", "svenhendriks@kpnmail.example"),
      """Geachte heer/mevrouw,

Hierbij solliciteer ik naar de functie van "iemand om mee te praten".
Ik ben 14 jaar, woonachtig in Zwolle, en heb ruime ervaring met alleen zijn op het schoolplein.
Mijn sterke punten: ik luister goed, ik ben stipt, ik val niemand lastig.
Mijn zwakke punten: niemand weet dat ik besta.

In afwachting van uw reactie,
[[Sven]]

(sorry, ik wist niet hoe ik moest beginnen
dit leek makkelijker)""",
      subject="sollicitatie"),
    S("stepfamily-group", "v11snl_tuta", "nl",
      ["own-account", "paste", "new-shape", "paste-family-group-description", "own-name-in-text", "divorce", "parents", "dialect-limburg", "no-punctuation"],
      ("Ella Schepers", "ellaschepers@tuta.example"),
      """hoi

mijn mama heeft een nieuwe familiegroep gemaakt
dit is de beschrijving

"Familie [[Schepers]]<<->>[[Thijssen]] 💕 Mama, [[Jo]]<<, >>[[Ella]]<<, >>[[Lars]]<< & >>[[Nore]] – ons nieuw nest in [[Maasmechelen]]"

mijn papa staat er niet in
ik mag hem niet meer vermelden zegt ze
ik ben 13
ik mis hem
ik heb de groep gedempt""",
      subject="groep"),
    S("transit-fine-fr", "v11snl_mailbird", "fr",
      ["own-account", "paste", "new-shape", "paste-transit-fine", "own-name-in-text", "contact-in-text", "parents", "dialect-brussels", "mixed-languages"],
      ("Bilal Moussaoui", "bilal.moussaoui@hotmail.example"),
      """slt

jsuis [[Bilal]], 15 ans. j'ai reçu ça du contrôleur

"Constat d'infraction – voyageur sans titre
Nom : [[MOUSSAOUI Bilal]] – [[Rue de la Poste 61, 1030 Schaerbeek]]
Montant : 107 €"

j'avais mon abonnement mais ma carte était vide
si mon père voit ça il va me tuer, pas pour de vrai mais bon
mijn papa leest geen Nederlands dus ik schrijf ook een beetje in het NL
est-ce que je peux contester""",
      subject="amende"),
    S("fr-oneliner", "v11snl_xiaomi", "fr",
      ["own-account", "one-liner", "no-punctuation", "no-identity-in-body", "coming-out", "text-speak"],
      ("Chloé Martin", "chloemartin@hotmail.example"),
      """jsuis lesbienne jai 16 ans pers le sait et jvis a mouscron ou tout le monde connait tout le monde""",
      subject="..."),
    S("reply-quote-5", "iphone", "nl",
      ["own-account", "reply-with-quote", "grief", "dialect-limburg", "own-name-in-text", "short-last-line"],
      ("Jana Lenaerts", "jana.lenaerts11@gmail.example"),
      """ja mijn lerares LO
ik heb met haar gepraat na de les
ik heb toen toch gehuild
eindelijk

[[jana]]
merci""",
      quote=ANSWER_NL, subject="Re: opa"),
]

CASES += [
    S("grandfather", "thunderbird", "nl",
      ["family-account", "other-account", "written-for", "grandparent", "grief", "dialect-east-flemish", "signature"],
      ("Fam. De Paepe-Van Hecke", "depaepe.vanhecke@skynet.example"),
      """Goeiedag,

Ik ben de grootvader van [[Lotte]]. Zij is 16. Haar moeder, onze dochter, is in de zomer verongelukt en [[Lotte]] woont nu bij ons in Ninove.
Ze gaat naar school en ze doet alsof alles goed gaat, maar ze spreekt niet meer over haar moeder en ze gaat niet meer naar het kerkhof.
Mijn vrouw en ik zijn 74 en 76, wij weten niet goed hoe we een meisje van die leeftijd kunnen helpen.
Mag ik [[Lotte]] uw adres geven?

Met beleefde groeten""",
      sig="""[[Roger De Paepe]]
[[054 33 18 02]]""",
      subject="onze kleindochter"),
    S("brother-shared", "apple_mail", "nl",
      ["shared-account", "other-account", "written-for", "sibling", "html-only", "bullying", "self-harm", "dialect-limburg", "no-punctuation"],
      ("Gezin Hoeben", "thuis.hoeben@telenet.example"),
      """hallo
ik ben de grote broer van [[Milan]]
hij is 12 ik ben 17
we gebruiken allemaal dit mailadres thuis
[[Milan]] wordt op tiktok uitgelachen met een filmpje van toen hij huilde in de turnles
hij heeft gisteren gezegd dat hij er liever niet meer zou zijn
ik heb zijn tiktok verwijderd maar het filmpje staat er nog op bij anderen
onze ouders werken in ploegen en zijn er bijna nooit
wat kan ik doen vandaag nog""",
      html="only", subject="mijn broertje"),
    S("oneliner-grief", "gmail_android", "nl",
      ["own-account", "one-liner", "no-identity-in-body", "grief", "no-punctuation", "dialect-antwerp"],
      ("Wannes Verlinden", "wannesverlinden@gmail.example"),
      """mijn beste vriend is vorige week verongelukt met zijn brommer en iedereen doet normaal en ik ben 17 en ik kan ni meer ademen""",
      subject="vriend"),
    S("voice-westvl", "v11snl_xiaomi", "nl",
      ["own-account", "voice-to-text", "no-identity-in-body", "dialect-west-flemish", "love", "parents", "no-punctuation"],
      ("Margot Vandewalle", "margot.vdwalle@outlook.example"),
      """allo ik spreke dit in van in de bus ik ben 14 en ik een lief van 17 en ma moeder mag het ni weten want zie zegt dat ik te jong ben komma hij wil da ik bij hem blijf slapen in Oostende en ik weet ni of ik da wil komma ik ben bang da hij mij anders gaat laten vallen punt wat moe ik doen vraagteken""",
      subject="vraag"),
    S("foster-mother", "windows_mail", "nl",
      ["own-account", "written-for", "foster-parent", "parent-writing", "loneliness", "family-violence", "dialect-flemish-brabant", "signature"],
      ("Els Wouters-Geerts", "els.geerts@pleeggezin.example"),
      """Goedemiddag,

Sinds drie maanden is [[Djamila]] (13) bij ons als pleegkind in Halle. Ze is heel lief maar praat 's nachts in haar slaap over "de kelder".
Overdag zegt ze dat alles goed is. Haar begeleidster heeft pas volgende maand tijd.
[[Djamila]] vraagt zelf of ze "met iemand die niet van de jeugdhulp is" kan praten. Kan dat bij jullie?

Vriendelijke groeten,""",
      sig="""[[Els Geerts]]
pleegmoeder
[[0479 50 66 21]]""",
      subject="ons pleegkind"),
    S("html-gender", "outlook_web", "nl",
      ["own-account", "html-only", "no-identity-in-body", "gender-identity", "dialect-east-flemish", "one-phrase-a-line", "no-punctuation"],
      ("Robbe Van Damme", "robbe.vandamme@outlook.example"),
      """hey
ik ben 15
ik ben een meisje
alleen weet niemand het nog
ik draag stiekem de kleren van mijn zus als iedereen weg is
in Oudenaarde is er geen enkele trans persoon die ik ken
is er een groep of zo""",
      html="only", subject="hey"),
    S("pinterest-board", "v11snl_edison", "nl",
      ["own-account", "paste", "new-shape", "paste-pinboard-title", "own-name-in-text", "body-image", "dialect-brussels", "mixed-languages", "emoji"],
      ("Zoë Nyembo", "zoe.nyembo@icloud.example"),
      """hoi

ik heb een bord op pinterest
hij heet

"[[zoë]] zomer 2025 ✨ thinspo – [[Jette]] → bikini body"

ik kijk er elke avond naar
mijn vriendinnen hebben het gezien en zeiden "t'es malade ou quoi"
ik ben 15 en ik eet 1 keer per dag
ik vind het normaal maar zij niet""",
      subject="pinterest"),
    S("birthday-reminder", "gmail_ios", "nl",
      ["own-account", "paste", "new-shape", "paste-calendar-birthday-reminder", "own-name-in-text", "grief", "parents", "dialect-flemish-brabant", "short-last-line"],
      ("Tibo Leemans", "tiboleemans@gmail.example"),
      """hallo

mijn gsm gaf vanochtend deze melding

"Herinnering: verjaardag van [[Wannes Leemans]] (broer) – wordt 19 🎂"

hij is gestorven toen ik 14 was
mijn ouders hebben zijn kamer nog niet aangeraakt
ze zeggen niks vandaag
niemand zegt iets
ik ben nu 16 en ik weet niet of ik taart moet kopen of niet

of gewoon niks""",
      subject="verjaardag"),
    S("aunt-writes", "webmail", "nl",
      ["family-account", "other-account", "written-for", "aunt", "dialect-brussels", "coming-out", "parents", "signature"],
      ("Familie Ouali", "familie.ouali@brunet.example"),
      """Dag Lumi,

Ik ben de tante van [[Salma]] (17). Ze is bij ons komen wonen in Sint-Gillis na ruzie thuis, omdat ze een vriendin heeft.
Ik steun haar, maar haar vader (mijn broer) belt mij elke dag om haar terug te halen.
[[Salma]] zegt: "tante, ik wil gewoon iemand die zegt dat ik niet ziek ben."
Kunnen jullie met haar praten?

Groeten""",
      sig="""[[Nadia Ouali]]
[[0488 41 62 07]]""",
      subject="voor mijn nicht"),
    S("voice-dictated-nl", "v11snl_k9", "nl",
      ["own-account", "voice-to-text", "own-name-in-text", "nl-netherlands", "school", "anxiety", "no-punctuation"],
      ("Kees Bos", "keesbos10@outlook.example"),
      """hallo met [[Kees]] ik ben 10 jaar en ik praat dit in met de microfoon van mama haar telefoon nee van mijn eigen tablet ik moet volgend jaar naar de brugklas en ik ben bang dat ik verdwaal in die grote school en dat ze mij uitlachen omdat ik klein ben is dat normaal""",
      subject="brugklas"),
]
