# ruff: noqa: E501
"""Hand-written help-seekers' mails of part `seeker-nl` of the twelfth held-out relay-text corpus.

Written apart, by someone who had not read the relay's rules nor the mails it was tuned on. Every
name, street, number and account here is invented; domains end in .example / .test. The markup:
[[...]] around each identity span of the writer's own words and signature, <<...>> around what is
neither content nor identity. relay_corpus_heldout12_seeker_nl.py dresses these bodies as mail.

Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def T(text: str) -> list[str]:
    return text.split()


def S(slug: str, shape: str, lang: str, tags: str, sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug="h12n-" + slug, direction="seeker", shape=shape, lang=lang, tags=T(tags),
                sender=sender, body=body.strip("\n"), **kw)  # type: ignore[arg-type]


CONFIRM_NL = """Hallo,

Bedankt voor je bericht aan Lumi. We hebben het goed ontvangen.
Een vrijwilliger leest het en antwoordt je zo snel mogelijk, meestal binnen de drie dagen.
Je blijft anoniem: de vrijwilliger ziet je naam en je adres niet.

Is het dringend? Bel dan 1712 of, bij gevaar, 112.

Lumi"""

CONFIRM_FR = """Bonjour,

Merci pour ton message à Lumi. Nous l'avons bien reçu.
Un·e bénévole le lit et te répond dès que possible, en général dans les trois jours.
Tu restes anonyme : la personne bénévole ne voit ni ton nom ni ton adresse.

Lumi"""

CONFIRM_EN = """Hi,

Thanks for writing to Lumi. We got your message.
A volunteer will read it and answer as soon as they can, usually within three days.
You stay anonymous: the volunteer does not see your name or your address.

Lumi"""

ANSWER_NL = """Dag,

Wat goed dat je ons schreef. Het klinkt alsof je al heel lang met dit alles alleen zit.
Je vraagt of het normaal is wat je voelt: ja, veel jongeren voelen dat, en het is niet raar.
Wil je me vertellen wie er in je buurt is bij wie je je een beetje veilig voelt?

Een warme groet,
een vrijwilliger van Lumi"""

CASES: list[Case] = []

# ------------------------------------------------------------------------------ 1-12
CASES += [
    S("sinterklaasbrief", "ipad", "nl",
      "parent-account other-account new-shape ns-sinterklaas-letter own-name-in-text "
      "contact-in-text paste divorce parents no-punctuation typos",
      ("Katrien Vercruysse", "katrien.vercruysse@telenet.example"), """
hallo ik ben 10 jaar en ik zit in het 4de leerjaar
ik gebruik de ipad van mama want ik heb zelf nog geen gsm en mama weet dat niet
ik heb mijn brief voor de sint al geschreven en ik wil vragen of dat mag wat ik vraag. de juf zei dat je alles mag vragen maar ik denk niet dat de sint dat kan
hier is hem ik heb hem overgetypt van mijn blad

Lieve Sinterklaas,
Ik ben dit jaar heel braaf geweest denk ik. Ik heb wel een keer op mijn broer geslagen maar hij begon.
Ik wil graag een lego paard met een stal en nieuwe stiften.
En ik wil vragen of papa terug bij ons mag wonen want sinds de zomer woont hij in een appartement en ik mag daar alleen om de twee weken slapen en dan is mama alleen.
Ik zet een wortel en een tekening in mijn schoen voor het paard.
Veel liefs van [[Mirthe]]
[[Beukenlaan 14]]
[[8870 Izegem]]

moet ik dat van papa er uit doen? mama weent soms in de keuken als ze denkt dat ik slaap. ik wil niet dat ze nog meer weent als ze de brief leest
is het mijn schuld dat papa weg is want ik was soms stout als ze ruzie maakten en dan riep ik dat ze moesten stoppen
""", subject="vraag over sinterklaas", identity=["Izegem"]),

    S("mien-ma", "gmail_android", "nl",
      "own-account one-liner no-punctuation dialect-limburg parents no-identity-in-body",
      ("jonah.b", "jonahbosmans07@gmail.example"), """
ich weit neet mie wat ich moet doon mien ma drinkt weer elke aovend en dan is ze gemein tege mien zusje en ich bin 14 en ich kan neet weg
""", subject=".", identity=["jonah", "jonahbosmans07"]),

    S("boekentas-airtag", "iphone", "nl",
      "own-account new-shape ns-airtag-bag-name own-name-in-text bullying school dialect-antwerp "
      "typos short-last-line all-caps",
      ("", "xx.kobe.xx@icloud.example"), """
yo

ik weet ni of da hier mag maar ik heb een vraag over pesten
ik zit in 't 2de middelbaar in Berchem en er zijn 3 gasten die mijn boekentas altijd afpakken en verstoppen. vorige week hebben ze hem in de container gegooid achter de refter
ma mijn moeder heeft een airtag in mijn boekentas gestoken omdat hij al 2 keer kwijt was, en nu zien die gasten da ook want als ge in de buurt zijt krijgde een melding op uwe gsm. en die airtag heet "Boekentas van [[Kobe]]" dus nu roepen ze heel de tijd BOEKENTAS VAN [[KOBE]] BOEKENTAS VAN [[KOBE]] door de gang en iedereen lacht
ik heb hem al proberen hernoemen ma ik kan da ni want hij staat op mijn moeder haar account
en als ik zeg tegen ma da ze hem moet hernoemen gaat ze vragen waarom en dan moet ik alles uitleggen en dan gaat ze naar de school bellen en dan is het nog erger
ik ben 13 btw
wa moet ik doen
echt
""", subject="airtag", identity=["xx.kobe.xx"]),

    S("oma-schrijft", "outlook_desktop", "nl",
      "family-account written-for grandparent own-name-in-text grief loneliness signature "
      "dialect-west-flemish long",
      ("Godelieve Vanhoutte", "godelieve.vanhoutte@skynet.example"), """
Goedemiddag,

Ik ben een grootmoeder en ik schrijf voor mijn kleinzoon [[Wout]]. Hij is 12 jaar. Ik weet niet of ik dat mag doen, de juffrouw van de bibliotheek heeft mij uw adres gegeven, zij zei dat het voor kinderen is maar dat de grootouders ook mogen schrijven.

Sinds de dood van zijn moeder, mijn dochter, in februari woont [[Wout]] bij ons op den buiten. Zijn vader werkt in Noorwegen op de boorplatformen en komt maar om de vier weken naar huis. [[Wout]] zegt bijna niets meer. Hij eet goed, hij gaat naar school, de meester zegt dat hij goed meedoet, maar thuis zit hij uren op zijn kamer met de deur toe. Als ik binnenkom zegt hij "'t is goed, moe" (hij zegt moe tegen mij, zoals zijn moeder deed) en dan draait hij zich om.

Vorige week heb ik een briefje gevonden in zijn broekzak toen ik de was deed. Er stond op: "ik wil bij mama zijn". Ik ben er niet van kunnen slapen. Mijn man zegt dat het normaal is voor een kind dat rouwt, dat ik er niets van moet zeggen. Maar ik weet het niet. Ik ben 71 en ik heb geen verstand van die dingen, in onze tijd werd daar niet over gesproken.

Er is nog iets. Vorige zondag zijn we naar het kerkhof geweest, zoals elke zondag. [[Wout]] wil nooit mee tot aan het graf, hij blijft bij de poort staan met zijn handen in zijn zakken. Deze keer ben ik bij hem gebleven en heb ik gevraagd of hij iets wilde zeggen tegen zijn moeder. Hij zei: "ze hoort het toch niet, moe." En toen: "als ik niet meer aan haar denk, is ze dan echt weg?" Ik heb geen antwoord gegeven. Ik wist het niet. Ik heb hem alleen een koek gegeven uit mijn handtas, zoals toen hij klein was.

Mag ik u vragen of er iemand is die met [[Wout]] kan praten, of dat hij zelf mag mailen? Hij heeft een tablet van school. Ik zou het hem willen voorstellen maar ik wil hem niet kwetsen.

Met vriendelijke groeten en alvast bedankt
""", subject="voor mijn kleinzoon",
      sig="[[Godelieve Vanhoutte - Deprez]]\n[[Hoogstraat 88]]\n[[8680 Koekelare]]\n[[051 58 44 19]]",
      identity=["Deprez"]),

    S("siri-bijnaam", "iphone", "nl",
      "own-account new-shape ns-siri-nickname own-name-in-text gender-identity voice-to-text "
      "no-punctuation",
      ("Jasper De Wilde", "jasper.dewilde09@icloud.example"), """
hoi ik spreek dit in want typen gaat niet goed met mijn duim die is verstuikt van basket
ik ben 15 en ik ben trans denk ik of nee ik weet het eigenlijk wel ik ben een meisje
op mijn account staat nog mijn oude naam dus let daar niet op
gisteren zei ik tegen siri noem mij voortaan [[Jade]] en siri zei oké vanaf nu noem ik je [[Jade]] en ik heb daar zo hard van moeten wenen want dat is de eerste keer dat iemand dat zegt ook al is het een telefoon
komma nee geen komma
mijn ouders weten het niet en mijn zus heeft de telefoon soms vast en als ze hey siri zegt en siri zegt oké [[Jade]] dan weet ze het
kan dat gebeuren
moet ik dat terug veranderen
ik wil het eigenlijk niet terug veranderen
punt
""", subject="siri", identity=[]),

    S("mijn-zus-kamer", "samsung", "nl",
      "sibling-account other-account written-for sibling own-name-in-text self-harm "
      "dialect-east-flemish",
      ("Ruben Maes", "rubenmaes.gent@gmail.example"), """
hallo
ik ben de broer van [[Elise]], ik ben 19 en zij is 16. ik schrijf van mijn mail want zij wil het zelf niet doen maar ze zit hier naast mij en ze zegt dat het goed is
ze heeft zichzelf gesneden aan haar arm, ik heb dat gezien toen ze haar pull uitdeed in de auto, ze denkt dat ik het niet gezien heb maar ik heb het wel gezien en ik heb het dan gevraagd en ze begon te wenen
ons ma en pa zijn gescheiden en we wonen bij ons ma in Lochristi, pa woont in Spanje. ons ma werkt nachten in het ziekenhuis dus we zijn veel alleen
[[Elise]] zegt dat ze het doet omdat ze anders ontploft in haar hoofd. ze zegt dat ik het niet mag zeggen tegen ons ma
ik weet niet of dat juist is. ik wil ze niet verraden maar ik wil ook niet dat er iets gebeurt
wat moet ik doen? en kan [[Elise]] zelf ook met iemand praten zonder dat ze haar naam moet zeggen?
ze vraagt ook of het normaal is dat het niet pijn doet als ze het doet maar erna wel
""", subject="mijn zus", client_line=""),

    S("bluetooth-box", "gmail_android", "nl",
      "own-account new-shape ns-bluetooth-speaker-name own-name-in-text love coming-out "
      "dialect-limburg emoji",
      ("Ilias", "ilias.elhamdaoui.2010@gmail.example"), """
hey lumi 👋

ich bin 15 en ich zit in Genk op school, ich wil iets vroegen euver een jongen 😳
we zaten vrijdag bij ene van de klas in de garage met muziek en iedereen verbindt dan met mien boxke, mien JBL, en die heet "JBL van [[Ilias]] 💙" want dat had ich ooit zo ingetikt
en dan zag ich dat die jongen, ich ga hem D. noemen, ook verbonden was maar zijn telefoon heet "D. zn iphone 🌈" en ich dacht direct is dat expres
we hebben de hele aovend naast elkaar gezeten en hij heeft mien hand vastgehouden onder de tafel toen de lichten uit waren 😭😭
maar maandag op school deed hij alsof ich neet bestond
ich weet neet of ich op jongens val of alleen op hem. mien pa zou mich vermoorden, echt, hij zegt altijd dingen over homo's aan tafel
hoe weet ge da
en moet ich hem een bericht sturen of neet
""", subject="vraagje 🙈", identity=["elhamdaoui"]),

    S("klastitularis-voor-leerling", "outlook_web", "nl",
      "work-account other-account written-for teacher own-name-in-text signature disclaimer "
      "school anxiety",
      ("Craeghs Hilde", "hilde.craeghs@sintvictor.example"), """
Beste medewerker van Lumi,

Ik ben klastitularis van een vijfde jaar in een school in Limburg en ik schrijf op vraag van een leerling, [[Nathan]] (17). Hij heeft mij gevraagd of ik dit voor hem wilde doorsturen, omdat hij thuis geen computer heeft waar hij rustig op kan en zijn gsm door zijn ouders wordt nagekeken. Hij zit hier naast mij in het lokaal en we hebben samen de tekst hieronder gemaakt, in zijn woorden:

"Ik heb sinds de herfstvakantie elke ochtend paniekaanvallen voor ik naar school ga. Mijn hart gaat heel snel en ik denk dat ik ga flauwvallen op de bus. Ik ben al twee keer uitgestapt en teruggewandeld. Mijn ouders denken dat ik lui ben en spijbel. Ik wil gewoon dat het stopt. Ik heb dit nog aan niemand verteld behalve aan mevrouw."

[[Nathan]] vraagt of hij rechtstreeks een antwoord mag krijgen op dit adres, of dat hij beter een eigen adres aanmaakt. Ik heb hem gezegd dat ik de antwoorden niet ga lezen als hij dat niet wil.

Met vriendelijke groeten,
""", subject="Vraag voor een leerling",
      sig="[[Hilde Craeghs]]\nKlastitularis [[5 ECWI]] – leerkracht Nederlands\n[[Sint-Victorinstituut Bilzen]]\n[[Kloosterlaan 3, 3740 Bilzen]]\n\nDit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, gelieve de afzender te verwittigen en het bericht te verwijderen.",
      identity=[]),

    S("zakgeld-app", "gmail_web", "nl",
      "own-account new-shape ns-pocket-money-app own-name-in-text paste parents "
      "family-violence nl-netherlands",
      ("Fenna", "fennavdberg2011@gmail.example"), """
Hoi,

Ik ben 13 en ik woon in Nederland maar mijn tante zei dat jullie ook mensen uit Nederland helpen, dus ik probeer het gewoon.

Mijn ouders gebruiken een zakgeld-app waar ze taken in zetten en dan krijg je geld als je het doet. Normaal is dat oké. Maar sinds mijn stiefvader er woont zet hij er dingen in die ik echt raar vind. Ik plak het hier want anders geloven mensen het niet:

Taken van [[Fenna]] – week 47
☐ Badkamer poetsen (ook voegen) — € 1,00
☐ Kamer opruimen vóór 7:00 — € 0,50
☐ Niet huilen aan tafel — € 2,00
☐ Sorry zeggen tegen [[Marco]] — € 1,00
Saldo [[Fenna]]: – € 4,50 (boete: brutaal)

Dus ik sta in de min. Als ik in de min sta mag ik niet naar hockey. Mijn moeder zegt dat [[Marco]] het goed bedoelt en dat hij gewoon "structuur" wil. Maar ik moet dus sorry zeggen terwijl hij tegen mij schreeuwt dat ik een verwend nest ben. Vorige week heeft hij mijn telefoon tegen de muur gegooid.

Is dit normaal in een gezin? Mijn vriendinnen hebben ook die app maar bij hen staat er gewoon "vaatwasser uitruimen".

Groetjes
""", subject="zakgeld app"),

    S("bxl-tram", "outlook_mobile", "nl",
      "own-account dialect-brussels mixed-languages loneliness text-speak no-identity-in-body",
      ("Yassine B.", "y.bakkali@outlook.example"), """
salut lumi

ik ben 17 ik woon in Anderlecht ik zit in een nederlandstalige school in 't centrum dus ik ben elke dag 40 min op de tram 81
en ik weet ni hoe da ge da zegt maar ik voel me altijd alleen zelfs als er veel volk rond mij is
thuis spreken we frans en arabisch, op school nederlands, op straat un peu de tout, en ik heb het gevoel da ik in geen enkel taal echt ik ben
mijn vrienden van de wijk zeggen da ik een "flamand" ben geworden want ik zit in een vlaamse school, en op school ben ik de gast uit Anderlecht
mijn pa zegt allez arrête de pleurer, een man weent ni
ik ween ook ni eigenlijk. ik voel gewoon niks. is da erger?
ik wil gewoon iemand die ni zegt da ik moet "kiezen"
merci hein
""", subject="ik weet ni", identity=["Bakkali"]),

    S("reply-bedankt-nog-iets", "gmail_android", "nl",
      "own-account reply-with-quote bullying school short-last-line own-name-in-text "
      "dialect-east-flemish typos",
      ("Lotte Van Acker", "lottevanacker@gmail.example"), """
ok merci voor de mail
ik had nog iets vergeten te zeggen in mijn eerste mail
het pesten is ook online, ze hebben een groepschat gemaakt die "[[Lotte]] is een koe" heet 🐄 en daar zitten 23 mensen van ons jaar in
ik heb dat gezien omdat een meisje mij een screenshot stuurde
ik ben 12 en ik zit in het eerste jaar in Eeklo
ik wil ni dat de school het weet want dan weten ze dat ik het verteld heb
en mijn moeder wil ik het ook ni zeggen want zij heeft al genoeg aan haar hoofd met mijn broer die ziek is
sorry dat ik zoveel schrijf
[[Lotte]]
xxx
""", subject="Re: Je bericht aan Lumi", quote=CONFIRM_NL, client_line=""),

    S("fr-cousine", "yahoo", "fr",
      "family-account other-account written-for friend-writing own-name-in-text love anxiety "
      "mixed-languages "
      "dialect-brussels",
      ("Nadia Cherkaoui", "nadia.cherkaoui@yahoo.example"), """
Bonjour,

Je vous écris depuis le compte de ma tante parce que le mien est bloqué. Je suis la cousine de [[Amira]], elle a 14 ans, moi j'en ai 16. On habite toutes les deux à Molenbeek, elle va dans une école néerlandophone, alors elle m'a dit d'écrire en français mais que vous comprenez peut-être les deux, sorry voor het mengen.

[[Amira]] parle depuis deux mois avec un garçon sur Snap, il dit qu'il a 17 ans mais il ne veut jamais faire d'appel vidéo. Il lui demande des photos "normales" pour l'instant, mais il lui a déjà dit que si elle l'aime vraiment elle doit lui montrer plus. Elle est amoureuse, elle dit qu'il est gentil et que je suis jalouse.

Moi j'ai peur. Elle ne dort plus, elle regarde son téléphone toute la nuit. Sa mère ne sait rien.

Est-ce que je dois le dire à quelqu'un ? Est-ce que [[Amira]] peut vous écrire elle-même sans que ses parents le sachent ?

Merci beaucoup
""", subject="pour ma cousine", client_line=""),
]

# ------------------------------------------------------------------------------ 13-24
CASES += [
    S("verjaardagskalender", "apple_mail", "nl",
      "own-account new-shape ns-birthday-calendar-paste own-name-in-text paste grief "
      "loneliness family",
      ("Mats Verhelst", "mats.verhelst@icloud.example"), """
Dag Lumi,

Ik ben 18, dit is misschien een rare mail. Ik weet niet goed waar ik anders mee naartoe moet.

Bij ons op de wc hangt al sinds ik klein ben zo'n verjaardagskalender, je kent dat wel, met de maanden en dan in elk vakje de namen. Mijn mama heeft die ooit ingevuld met een gouden stift. Ik heb er gisteren een foto van getrokken en de tekst overgetypt, voor mezelf, en ik plak hem hier ook:

3 jan – Opa [[Roger]]
17 mrt – [[Mats]] 🎂
2 mei – Mama ([[Ingrid]])
9 mei – [[Tuur]] & [[Fien]]
28 aug – Papa ([[Dirk]])
11 okt – Tante [[Mieke]]
Fam. [[Verhelst]] – niet vergeten kaartjes te sturen!

Mijn papa is in augustus gestorven, twee weken voor zijn verjaardag. Niemand durft die kalender weg te doen, en niemand durft zijn naam te schrappen. Ik ga er elke dag op en ik lees elke dag "Papa ([[Dirk]])". Mijn broer en zus (de tweeling) zeggen er niets over, mama ook niet.

Ik wil weten of het normaal is dat ik nog altijd niet gehuild heb. Op de begrafenis ook niet. Ik voel me een slecht mens daardoor. Iedereen kwam mij vastpakken en ik stond daar gewoon, alsof ik naar een film keek. En nu, drie maanden later, moet ik soms ineens lachen om iets en dan denk ik: dat mag niet.

Ik studeer eerste bach in Leuven en kom elk weekend naar huis. Op kot gaat het. Thuis niet.

Vorige zondag stond mama in de gang met een stift in haar hand, voor die kalender. Ik dacht dat ze zijn naam ging doorstrepen. Ze heeft er een hartje naast getekend en is dan naar boven gegaan. Ik ben blijven staan en ik heb er lang naar gekeken. Ik voelde niets. Alleen dat ik wou dat ik iets voelde. Mijn vriendin zegt dat rouw bij iedereen anders is en dat het wel gaat komen, "op een moment dat je het niet verwacht". Ik ben eerlijk gezegd een beetje bang voor dat moment, want wat als het komt in de aula, tijdens een examen?

Mvg
""", subject="rare vraag misschien"),

    S("html-kleurtjes", "gmail_web", "nl",
      "own-account html-only body-image emoji all-caps own-name-in-text dialect-antwerp "
      "eating",
      ("Yana", "yana.deckers.x@gmail.example"), """
HEEEY

ik ben 14 en ik haat mijn lichaam
sorry da was direct
ik zit in 't derde in Mortsel en in de les LO moeten we ons omkleden in een groot lokaal met iedereen en ik doe altijd mijn t-shirt over mijn kleren aan en dan doe ik de kleren eronder uit zodat niemand mijn buik ziet
de meisjes hebben een filmpje gemaakt van mij waar ik da doe en op tiktok gezet met een lachend emoji
ik eet sinds 2 weken alleen nog 's avonds zodat ik dunner word maar ik word er alleen maar duizelig van
mijn mama zegt da ik mooi ben maar zij MOET da zeggen
IS DA NORMAAL DA IK MIJZELF ZO HAAT
💗🖤💗🖤💗
💗 [[yana]] 💗
💗🖤💗🖤💗
""", subject="help", html="only",
      html_own='<div dir="ltr"><div><b>HEEEY</b></div><div><br></div><div>ik ben 14 en ik haat mijn lichaam</div><div>sorry da was direct</div><div>ik zit in \'t derde in Mortsel en in de les LO moeten we ons omkleden in een groot lokaal met iedereen en ik doe altijd mijn t-shirt over mijn kleren aan en dan doe ik de kleren eronder uit zodat niemand mijn buik ziet</div><div>de meisjes hebben een filmpje gemaakt van mij waar ik da doe en op tiktok gezet met een lachend emoji</div><div>ik eet sinds 2 weken alleen nog \'s avonds zodat ik dunner word maar ik word er alleen maar duizelig van</div><div>mijn mama zegt da ik mooi ben maar zij MOET da zeggen</div><div><font color="#ff00ff"><b>IS DA NORMAAL DA IK MIJZELF ZO HAAT</b></font></div><div>💗🖤💗🖤💗</div><div>💗 <span style="color:#c71585">yana</span> 💗</div><div>💗🖤💗🖤💗</div></div>'),

    S("papa-werkmail", "outlook_desktop", "nl",
      "parent-account other-account written-for parent-writing own-name-in-text signature "
      "disclaimer gender-identity nl-netherlands long",
      ("Bart-Jan Koster", "bj.koster@installatiebedrijf-koster.example"), """
Goedenavond,

Excuses dat ik via mijn zakelijke mail schrijf, het is de enige die ik op mijn telefoon heb ingesteld.

Mijn kind, geboren als [[Daan]] maar sinds een half jaar [[Dani]] (hen), is 16 en zit in 4 havo in Breda. We zijn vorig jaar verhuisd vanuit Gent, vandaar dat ik jullie ken; de mentor in Gent raadde jullie toen al aan. [[Dani]] heeft ons in de zomer verteld non-binair te zijn. Mijn vrouw en ik proberen het echt goed te doen. We zeggen [[Dani]], we oefenen met "hen", ik maak nog steeds fouten.

Maar sinds een paar weken sluit [[Dani]] zich helemaal af. Ik heb gemerkt dat hen 's nachts zit te zoeken op dingen als "hoe lang duurt het voor je een verwijzing krijgt" en "borstbinder kopen zonder ouders". Ik vind het niet erg dat hen dat wil, ik vind het erg dat hen denkt dat het zonder ons moet.

Ik weet niet wat ik moet zeggen zonder het verkeerd te zeggen. Elke keer als ik iets vraag krijg ik "laat maar pap, je snapt het toch niet".

Gisteren zat ik in de auto met hen, op weg naar hockey, en ik heb de radio uitgezet en gezegd: "Ik ben er, wat er ook is." Hen keek uit het raam en zei na een hele tijd: "Weet ik, pap. Maar jij kunt het niet oplossen." Daarna was het stil tot we er waren. Ik heb in de auto gewacht tot de training voorbij was, anderhalf uur, en ik heb daar zitten huilen als een kind. Ik vertel dit omdat ik niet weet aan wie anders. Mijn vrouw is sterker dan ik hierin.

Kunnen jullie mij tips geven? En mag ik [[Dani]] jullie adres geven, zodat hen zelf kan schrijven met iemand die niet de vader is?

Met vriendelijke groet,
""", subject="vraag over mijn kind",
      sig="[[Bart-Jan Koster]]\nDirecteur\n[[Installatiebedrijf Koster & Zn. B.V.]]\n[[Industrieweg 41 | 4823 AB Breda]]\nT [[076 520 33 18]] | M [[06 41 87 22 05]]\nKvK [[58211473]]\n\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan.",
      identity=["Koster"]),

    S("lockermail-school", "smartschool", "nl",
      "school-account html-only own-name-in-text new-shape ns-locker-list-paste paste school "
      "bullying dialect-flemish-brabant",
      ("Leerling – Wannes Claes", "wannes.claes@leerling.sintmaarten-aarschot.example"), """
hallo

ik schrijf van ons schoolplatform want mijn gsm is afgepakt door mijn vader (straf)

er hangt bij ons in de gang een lijst met wie welk kluisje heeft en ik heb hem overgeschreven want dat is het probleem:

Kluis 114 – [[Claes W.]] – [[3LAT]]
Kluis 115 – Dierickx M. – [[3LAT]]
Kluis 116 – Ouali S. – 3WEa

elke dag zit er iets in mijn kluisje gestoken door de gleuf. een keer een dode muis, een keer papiertjes met "niemand wil u hier", een keer een foto van mij die ze uit de schoolkrant hebben geknipt met een hakenkruis op mijn hoofd getekend
ze weten welk kluisje van mij is door die lijst
ik heb al gevraagd aan de secretariaat of ik van kluis mag wisselen maar ze zeggen dat dat pas kan in september
ik ben 14 en ik zit hier nog tot juni. dat is nog zo lang
ik durf het ni aan mijn ouders te zeggen want mijn pa gaat zeggen da ik moet terugvechten en ik ben de kleinste van de klas
""", subject="kluisje", html="only", identity=["Leerling – Wannes Claes"]),

    S("en-exchange-student", "gmail_ios", "en",
      "own-account loneliness anxiety new-shape ns-host-family-welcome-paste paste "
      "own-name-in-text contact-in-text",
      ("Maya Okafor", "maya.okafor.ex@gmail.example"), """
Hi,

I hope it's ok that I write in English. I'm 17, I'm an exchange student from Canada and I've been living with a host family near Roeselare since August. My Dutch is getting better but not good enough for this.

I'm copying the welcome note my host mom put on my door on the first day, because it sort of explains the problem:

"Welkom [[Maya]]! 🇨🇦 Dit is nu ook jouw thuis.
Adres voor je post: [[Kasteelstraat 27, 8800 Roeselare]]
Huisregels: eten om 18u stipt, wifi uit om 22u, geen vriendjes op de kamer.
Liefs, [[familie Desmet]]"

They are nice people, they really are. But after three months I still feel like a guest. At 22:00 the wifi goes off and that's exactly when my family at home wakes up, so I basically can't talk to my mom anymore except on weekends. I cry almost every night. The exchange organisation says "culture shock is normal, it passes after Christmas". I don't think I can wait until Christmas.

I don't want to seem ungrateful. Is it ok to ask them to change the wifi rule? How do I even say that in Dutch?

Thank you for reading this.
""", subject="host family question", identity=["Desmet"]),

    S("een-woord", "huawei", "nl",
      "own-account one-liner no-identity-in-body self-harm",
      ("Kenzo", "kenzo.vdb@hotmail.example"), """
ik kan ni meer
""", subject="help", identity=["kenzo.vdb"]),

    S("gevonden-voorwerpen", "outlook_web", "nl",
      "school-account new-shape ns-lost-and-found-notice own-name-in-text paste coming-out "
      "friends dialect-west-flemish",
      ("Ward Vandenbussche", "ward.vandenbussche@leerling.vti-tielt.example"), """
Hallo

Dit is misschien nen raren vraag maar ik weet ni aan wie ik het anders moe vragen.

Ik heb op school mijn dagboek verloren. Vandaag kwam er een mail van het secretariaat naar heel de school, ik kopieer hem:

"Gevonden voorwerpen – week 46
– blauwe drinkfles (Decathlon)
– zwart schriftje met op de kaft '[[WARD V.]] – privé!!' gevonden in de refter
– sleutelbos met Club Brugge-hanger
Af te halen bij mevrouw Ryckaert, lokaal A0.12."

Nu weet iedereen dat da van mij is. En in da schriftje staat alles. Ook da ik verliefd ben op nen jongen van 't zesde en da ik denk da ik homo ben. Ik ben 16 en ik heb da nog aan niemand gezeid.

Ik weet ni of mevrouw Ryckaert het gelezen heeft. Ik weet ni of iemand anders het gelezen heeft voor het bij haar kwam. Ik durf het ni gaan halen. Maar als ik het ni ga halen blijft het daar liggen.

Wa moe ik doen? Ik zie er echt van af, ik heb vannacht ni geslapen.

[[Ward]]
""", subject="dagboek"),

    S("reply-ik-ben-het-weer", "iphone", "nl",
      "own-account reply-with-quote own-name-in-text self-harm dialect-antwerp "
      "one-phrase-a-line",
      ("", "bloemetje.2011@icloud.example"), """
ik ben het weer
van gisteren
[[Zita]]
ge hebt nog ni geantwoord
ik weet da da 3 dagen kan duren
maar het is vandaag ni goed
ik heb het weer gedaan
ni erg
gewoon een beetje
ik ben 12 en
mijn mama slaapt
ik heb niemand anders
sorry
""", subject="Re: Je bericht aan Lumi", quote=CONFIRM_NL),

    S("fr-pere-compte", "v12snl_newoutlook", "fr",
      "parent-account other-account written-for parent-writing own-name-in-text signature "
      "school bullying",
      ("Olivier Lambotte", "o.lambotte@notaire-lambotte.example"), """
Madame, Monsieur,

Je me permets de vous écrire au sujet de ma fille [[Clémence]], 11 ans, en sixième primaire dans une école néerlandophone de Wemmel. Nous sommes francophones, c'est elle qui m'a montré votre adresse, qu'elle avait vue sur une affiche à l'école.

Depuis la rentrée, un groupe de filles de sa classe l'exclut systématiquement. Elles ont créé un « club » et [[Clémence]] doit passer des « épreuves » pour y entrer : donner son goûter, porter le cartable d'une autre, et la semaine dernière, se couper une mèche de cheveux devant elles. Elle l'a fait. Elle a honte de ses cheveux maintenant et ne veut plus aller à la piscine.

L'institutrice dit que ce sont « des histoires de filles ». Je ne suis pas d'accord.

[[Clémence]] souhaiterait vous écrire elle-même, en néerlandais, pour s'entraîner, dit-elle. Est-ce possible ?

Je vous prie d'agréer mes salutations distinguées.
""", subject="Ma fille",
      sig="[[Olivier Lambotte]]\nNotaire associé\n[[Étude Lambotte & Vanderhaegen]]\n[[Avenue de Limburg Stirum 112, 1780 Wemmel]]\n[[02 460 18 77]]",
      identity=[]),

    S("dm-gedicht", "gmail_android", "nl",
      "own-account no-identity-in-body love loneliness signature-like-own-lines no-punctuation "
      "short-last-line",
      ("Roos Wuyts", "rooswuyts06@gmail.example"), """
ik schreef een gedicht voor iemand
en ik stuur het hier
want naar haar durf ik het niet
ze weet niet dat ik besta denk ik

jij in de bus
met je koptelefoon
ik twee zitjes achter
elke dag 7u42
ik ken je halte
niet je naam

ik ben 17 en ik ben een meisje en zij is een meisje
dat is het probleem niet denk ik
het probleem is dat ik niemand ken die zo is
en ik niet weet of het een fase is zoals mijn oma zegt over alles

een meisje uit de bus
die niet durft
""", subject="gedicht"),

    S("vrijwilliger-jeugdhuis", "windows_mail", "nl",
      "shared-account other-account written-for youth-worker own-name-in-text signature "
      "family-violence dialect-limburg",
      ("JH De Kelder", "info@jhdekelder-maasmechelen.example"), """
Hallo Lumi,

Ik ben jeugdwerker in een jeugdhuis in Maasmechelen en ik schrijf van ons gedeeld adres, sorry daarvoor. Een van onze gasten, [[Mehmet]] (15), heeft mij vanavond iets verteld en hij heeft mij toestemming gegeven om jullie te mailen. Hij zit naast mij en leest mee.

Hij zegt letterlijk: "ich wil neet mie nao hoes". Zijn oudere broer slaat hem als de vader er niet is, en de vader zegt dat hij het zelf moet oplossen "als een man". Hij heeft een blauw oog gehad vorige maand, op school zei hij dat het van voetbal was.

We hebben geen eigen vertrouwenspersoon meer sinds de besparingen. Ik wil niet over zijn hoofd beslissen. Wat zijn de volgende stappen die hij zelf kan zetten, zonder dat het direct bij de politie komt? Daar is hij doodsbang voor.

[[Mehmet]] vraagt ook: mag hij later zelf schrijven van een eigen adres en weten jullie dan dat hij het is?

Groeten
""", subject="voor een jongere van ons jeugdhuis",
      sig="[[Joeri]]\nJeugdwerker – [[JH De Kelder vzw]]\n[[Rijksweg 250, 3630 Maasmechelen]]\n[[0470 22 81 96]]\nMaandag gesloten – woensdag tot zaterdag vanaf 14u",
      identity=["De Kelder"]),

    S("en-brother-tablet", "ipad", "en",
      "sibling-account other-account own-name-in-text friends school anxiety emoji "
      "new-shape ns-tablet-owner-sticker",
      ("Aiden Mwamba", "aiden.mwamba@gmail.example"), """
hi lumi

this is my big brother's ipad, it says "Property of [[Aiden Mwamba]] – if found call [[0488 31 72 40]]" on the back sticker lol so please don't call that number it's his not mine 😅

I'm [[Grace]], I'm 11 and I go to an international school in Tervuren. We moved here from Zambia 2 years ago. My best friend is leaving in January because her dad got a job in Singapore and she is the only one who understood me when I came. I keep having stomach aches in the morning and the nurse sends me home and my mum thinks I'm faking.

I don't want to make new friends, I'm tired of making new friends every time we move. Is it ok to not want that? Also how do you say goodbye to someone forever?

from [[Grace]] 🌻
""", subject="hi", client_line=""),
]

# ------------------------------------------------------------------------------ 25-36
CASES += [
    S("wachtwoordhint", "v12snl_fairemail", "nl",
      "own-account new-shape ns-password-hint own-name-in-text parents online-abuse "
      "dialect-east-flemish",
      ("", "rocket.lowie@posteo.example"), """
Hallo

Ik ben 15 en ik woon in Zele. Ik heb een vraag over privacy denk ik, of over mijn ouders, ik weet het niet goed.

Ik had een paswoord op mijn laptop gezet omdat mijn moeder altijd in mijn spullen zit. Als hint had ik gezet "naam hond + geboortejaar", en het paswoord was dus [[Lowie]]2010 ([[Lowie]] is niet de hond, de hond heet Bruno, dat was juist de truc, en toen dacht ik dat het slim was). Maar mijn moeder heeft het gewoon geraden want ze zegt dat ik "zo voorspelbaar" ben, en ze heeft alles gelezen. Ook mijn chats met een meisje van de Chiro. En ze heeft die afgeprint en op de tafel gelegd toen mijn vader thuiskwam.

Ze zegt dat ze dat mag want ik ben minderjarig en de laptop is van hen betaald.

Is dat zo? Mogen ouders alles lezen? Ik heb niks verkeerd gedaan, er stond niks vies in, gewoon dat ik haar leuk vind en dat ik bang ben dat ze mij saai vindt.

Ik schaam me kapot. Ik wil niet meer aan tafel zitten met hen.

Ik heb nu een nieuw paswoord en geen hint meer
""", subject="paswoord", identity=["rocket.lowie"]),

    S("kampbrief-chiro", "telenet_webmail", "nl",
      "parent-account other-account written-for parent-writing own-name-in-text "
      "new-shape ns-camp-letter-paste paste loneliness friends dialect-flemish-brabant",
      ("Fam. Wouters-Lemmens", "wouters.lemmens@telenet.example"), """
Dag,

Ik ben de mama van [[Seppe]] (10). Hij is deze zomer voor het eerst op Chirokamp geweest, tien dagen in de Ardennen. Vandaag vond ik bij het opruimen een brief die hij van op kamp had geschreven maar nooit heeft opgestuurd. Ik typ hem over, met zijn schrijffouten, omdat ik niet weet wat ik ermee moet:

"Lieve mama en papa,
Het kamp is niet leuk. De jongens van mijn tent zeggen dat ik stink en ze hebben mijn slaapzak in de beek gelegd. De leiding heeft gelachen. Ik slaap nu in de zaal bij de kookploeg. Ik wil naar huis maar ik wil niet dat de jongens zeggen dat ik een baby ben.
Veel kusjes van [[Seppe]]
[[Rode Kruisstraat 6]], [[3010 Kessel-Lo]]"

Toen hij thuiskwam zei hij dat het "wel oké" was. Ik heb er toen niet verder op ingegaan. Nu wil hij niet meer naar de Chiro op zondag en zegt hij dat hij buikpijn heeft.

Moet ik hem vertellen dat ik de brief gevonden heb? Ik wil zijn vertrouwen niet beschamen. En moet ik de leiding aanspreken? Het zijn zelf nog jongeren van 17, 18.

Alvast bedankt,
[[Kathleen]]
""", subject="brief van mijn zoon op kamp", identity=["Kessel-Lo", "Wouters", "Lemmens"]),

    S("fr-ado-liege", "proton", "fr",
      "own-account no-identity-in-body gender-identity anxiety no-punctuation text-speak",
      ("", "nuit.bleue@proton.example"), """
slt

jsuis un mec trans de 16 ans jhabite du côté de Verviers mais jsuis en internat en flandre pour apprendre le néerlandais
personne sait ici que jsuis trans, pour eux jsuis juste "de Waal" le francophone un peu bizarre
le problème c les douches de l'internat elles sont communes et jme cache tout le temps jme lève à 5h pour être seul
jdors plus jsuis crevé en cours
jsais pas à qui parler le surveillant est sympa mais il est du village et tout le monde se connaît
vous pouvez répondre en français svp mon néerlandais c pas encore ça pour des trucs comme ça
""", subject="question"),

    S("vriendenboekje", "gmail_android", "nl",
      "own-account new-shape ns-friendship-book-page own-name-in-text paste friends bullying "
      "emoji contact-in-text",
      ("Nora-Lynn D.", "noralynn.dauwe@gmail.example"), """
hoi ik ben 11

ik heb een vriendenboekje en iedereen van de klas heeft het ingevuld behalve 1 meisje en die heeft mijn bladzijde die ik zelf had ingevuld eruit gescheurd en rondgegeven aan de jongens en nu lachen ze met wat ik had geschreven

dit stond erop (ik heb het nog op mijn tablet gefotografeerd):

MIJN NAAM: [[Nora-Lynn]] 🦄
MIJN ADRES: [[Vijverlaan 3, Wetteren]]
MIJN GSM: [[0471 66 20 93]]
IK BEN VERLIEFD OP: (geheim!!) A.
MIJN GROOTSTE ANGST: alleen zijn
LATER WORD IK: dierenarts

nu roepen ze heel de tijd A. A. A. naar mij en naar hem en hij zegt dat ik vies ben
en ze hebben mijn gsm nummer en ik krijg nu berichten van nummers die ik niet ken
mama weet het nog niet want ik heb haar gsm nummer niet gegeven eigenlijk was het mijn eigen
wat moet ik doen 😢
""", subject="vriendenboekje", identity=["Dauwe", "Wetteren"]),

    S("reply-mama-telefoon", "samsung", "nl",
      "parent-account other-account reply-with-quote own-name-in-text dialect-limburg "
      "anxiety school no-punctuation",
      ("Marleen Thijs", "marleen.thijs68@gmail.example"), """
dit is ni mama dit is [[Kato]] van de mail van maandag
ik ben 13
ich heb de gsm van mama geleend want de mijne is kapot
ge moet ni antwoorden op dit adres want dan leest ze het
kunt ge antwoorden op [[kato.thijs.2012@hotmail.example]] da is van mij
en ja ik heb nog altijd zo een schrik voor het examen wiskunde da ik ni kan slapen
ich weet da het stom is
doei
""", subject="Re: Je bericht aan Lumi", quote=CONFIRM_NL, client_line="Verzonden vanaf mijn Galaxy van Marleen"),

    S("hoodie-vraag-en", "v12snl_canary", "en",
      "own-account no-identity-in-body body-image school loneliness nl-netherlands",
      ("", "quietkid.2009@icloud.example"), """
hey

im 16 and im british but we moved to Utrecht last year for my dads work. i go to a dutch school and everyone switches to english when i talk which is nice but also means i never learn dutch properly and i always feel like the foreigner

the thing i wanted to ask about is that i wear a hoodie every day, even in gym, even when it's 25 degrees. teachers keep telling me to take it off. i don't want to. it's not because of cuts or anything like that before you ask, i just hate how i look, i'm very skinny and my arms look like sticks. my mum says i'll "fill out". i'm tired of waiting to fill out.

is there a way to explain that to a teacher without it becoming a whole thing with the mentor and my parents

thanks
""", subject="hoodie"),

    S("kluis-printer", "v12snl_zoho", "nl",
      "work-account other-account new-shape ns-printer-job-name own-name-in-text signature "
      "coming-out love dialect-brussels",
      ("Mounir Azzouzi", "m.azzouzi@drukkerij-zennezicht.example"), """
Hallo

Ik typ dit op de computer van mijn werk (vakantiejob in een drukkerij in Vilvoorde, ik ben 18). Ik gebruik het adres van mijn chef want ik heb er geen eigen, hij zegt dat het ok is zolang het kort is. Het wordt niet kort sorry.

Gisteren heb ik een brief voor mijn lief afgedrukt op de printer van het bureau. Mijn lief is een jongen. De printer zet bovenaan altijd de naam van wie afdrukt, dus op het blad stond "Afdruktaak: [[YOUSSEF.EL-A]] – liefdesbrief.docx – 1 pag." en ik was te laat om hem te halen. Een collega heeft hem eerst gevonden en op het prikbord gehangen. Met mijn naam erop dus.

Nu is er een hele afdeling die het weet. Ze lachen niet echt, ze zeggen "allez [[Youssef]], proficiat" maar op een manier. Mijn familie is van Schaarbeek en heel traditioneel, als iemand van daar dit hoort ben ik dood, dat is geen overdrijving.

Ik wil niet meer terug naar het werk maar ik heb het geld nodig voor mijn studies.

Wat moet ik doen?

[[Youssef]]
""", subject="vraag",
      sig="--\n[[Mounir Azzouzi]]\nPrepress & ploegbaas\n[[Drukkerij Zennezicht nv]] – [[Mechelsesteenweg 301, 1800 Vilvoorde]]\n[[02 251 60 44]]",
      identity=["Youssef", "Zennezicht"]),

    S("oude-tante", "v12snl_proximus", "nl",
      "family-account other-account written-for aunt own-name-in-text signature "
      "family-violence dialect-west-flemish long",
      ("Rita Decoene", "rita.decoene@proximus.example"), """
Goeiedag,

'k Zen de tante van [[Jarne]], hij is 14 jaar. 'k Schrijve voor hem omda hij zelve gin mail heeft en omda hij mij gevroagd heeft om 't te doen. Hij zit hier naast mie in de living, hij slaapt hier sinds drie dagen.

Zijn moeder is mijn zuster. Ze woont samen met een nieuwe vent sinds vorig jaar en die vent drinkt. Zaterdag is 't uit de hand gelopen, hij heeft [[Jarne]] tegen de kast geduwd en hem bij zijn keel gepakt omda hij nie rap genoeg zijn jas had opgehangen. [[Jarne]] is toen al lopende naar hier gekomen, dat is 6 kilometer langs de vaart, in 't donker.

Mijn zuster zegt da 't ne misverstand was en da [[Jarne]] overdrijft. Ze wil da hij zondag terugkomt.

'k Weet nie of ik hem mag houden. 'k Weet nie of da moet via de politie of via 't CLB of via wie. 'k Wil mijn zuster ook nie kwijt. [[Jarne]] zegt da hij nie meer terug gaat, nooit.

Wa moeten wij doen? Kan hij zelve ook met ulder schrijven of bellen?

Vele groeten en merci
""", subject="mijn neefje",
      sig="[[Rita Decoene]]\n[[Vaartstraat 19]]\n[[8610 Kortemark]]\ntel [[051 56 73 02]]"),

    S("html-onlyprofiel", "v12snl_icloud_web", "nl",
      "own-account html-only no-identity-in-body anxiety one-phrase-a-line school "
      "dialect-flemish-brabant",
      ("Febe Nijs", "febe.nijs@icloud.example"), """
ik zit in het 6de jaar
ik ben 18
iedereen weet wat ze volgend jaar gaan doen
ik niet
mijn vader wil rechten in Leuven
mijn mama wil dat ik dicht bij huis blijf in Tienen
ik wil eigenlijk een jaar niks
gewoon werken in een café of zo
en nadenken
maar als ik dat zeg kijken ze alsof ik gezegd heb dat ik drugs ga dealen
ik slaap slecht
ik heb 4 keer de infodag gemist expres
ik weet niet wat ik wil en ik weet niet of dat erg is
""", subject="volgend jaar", html="only"),

    S("bakkerij-taart", "gmail_web", "nl",
      "own-account new-shape ns-cake-order-paste own-name-in-text paste grief family "
      "contact-in-text nl-netherlands",
      ("Luna Hoekstra", "lunahoekstra.lh@gmail.example"), """
Hoi,

Ik word zaterdag 18. Mijn moeder heeft al in september een taart besteld bij de bakker, toen was alles nog normaal. Vandaag kreeg ik de bevestiging doorgestuurd want zij heeft mijn nummer opgegeven als contact:

"Bakkerij Van Dijk – bevestiging bestelling
Naam: [[L. Hoekstra]]
Tel: [[06 12 48 90 37]]
Taart: slagroom-aardbei, 12 pers.
Tekst op taart: 'Gefeliciteerd lieve [[Luna]] 18! Liefs mama & [[Pieter]]'
Afhalen: za 9.30 uur"

Mijn moeder is twee weken geleden opgenomen in het ziekenhuis in Zwolle, ze heeft een hersenbloeding gehad en ze praat niet meer. [[Pieter]] is mijn broertje van 10. Mijn vader is er al lang niet meer.

Ik weet niet of ik die taart moet gaan halen. Het is het laatste wat ze voor mij heeft geregeld. Als ik hem ga halen en hem opeet, dan is het op. Als ik hem laat staan gooit de bakker hem weg.

Ik weet dat dit een klein probleem is naast alles. Maar ik kan hier niet van slapen.

Liefs
""", subject="taart", identity=["Hoekstra"]),
]

# ------------------------------------------------------------------------------ 35-46
CASES += [
    S("maps-tijdlijn", "gmail_android", "nl",
      "own-account new-shape ns-maps-timeline-paste own-name-in-text contact-in-text paste love "
      "family-violence dialect-east-flemish",
      ("Ines Van de Velde", "ines.vdvelde@gmail.example"), """
hallo

ik ben 17 en ik woon in Gent. ik heb sinds een jaar een lief, hij is 19. in 't begin was alles echt schoon maar nu weet ik het ni meer

hij wilt dat ik mijn google maps tijdlijn met hem deel "zodat hij weet dat ik veilig thuis ben". ik heb dat gedaan. nu stuurt hij mij screenshots van mijn eigen tijdlijn als hij vindt dat ik ergens te lang was. gisteren kreeg ik dit:

Zaterdag 16 november
🏠 Thuis – [[Wolweversstraat 12, Gent]]   08:14 – 13:02
☕ Koffiebar Zuid   13:20 – 16:45 (3 u 25 min)
🏠 Thuis – [[Wolweversstraat 12, Gent]]   17:10

met erbij: "3 uur en 25 minuten met wie???"
ik zat daar met mijn beste vriendin. hij weet dat. hij wilt dat ik haar niet meer zie want "ze steekt mij tegen hem op"

als ik zeg dat ik het ga uitzetten zegt hij dat ik dan iets te verbergen heb. en dan zegt hij sorry en koopt hij bloemen en dan is het weer een week goed

is dit normaal in een relatie? mijn mama vindt hem "zo'n verantwoordelijke jongen"
""", subject="vraag over mijn lief"),

    S("opgeslagen-als", "samsung", "nl",
      "own-account new-shape ns-saved-as-in-parents-contacts own-name-in-text body-image parents "
      "dialect-antwerp emoji typos",
      ("Jolien", "jolien.aerts.2009@gmail.example"), """
hallo lumi

ik ben 16 jaar en ik woon in Hoboken
ik heb vandaag op de gsm van mijn pa gekeken want hij had mij gevraagd om een foto door te sturen en ik zag hoe da hij mij heeft opgeslagen in zijn contacten
"[[Jolien]] 🐷 (dikke)"
mijn zus staat er gewoon in als "[[Lore]] ❤️"
ik weet da hij da waarschijnlijk als grap bedoelt want hij zegt da ook soms aan tafel "ons dikke" maar ik heb da altijd gehaat en nu staat het er gewoon zwart op wit
ik heb niks gezegd
ik heb de foto doorgestuurd en de gsm teruggegeven en gezegd da ik hoofdpijn had
ik zit nu op mijn kamer en ik heb vandaag niks gegeten en ik ga ook niks eten
ik weet da da dom is
kunt gij mij zeggen of ik overdrijf want iedereen zegt altijd da ik overdrijf
""", subject="mijn pa", client_line=""),

    S("bxl-mama-html", "outlook_web", "nl",
      "parent-account other-account written-for parent-writing html-only own-name-in-text "
      "dialect-brussels mixed-languages school bullying",
      ("Sabrina Dos Santos", "sabrina.dossantos@hotmail.example"), """
Goeiedag,

Ik ben de mama van [[Lucas]], hij is 12 en zit in het 6de leerjaar in een Nederlandstalige school in Jette. Ik spreek niet zo goed Nederlands, excuseer mij voor de fouten, mijn man is Portugees en ik ben van Brussel, we spreken thuis Frans en Portugees.

[[Lucas]] komt sinds de herfstvakantie thuis met kapotte spullen. Zijn jas, zijn brilletje, vorige week zijn boekentas. Hij zegt "c'est rien maman, ik ben gevallen". Maar ik zie dat hij niet meer lacht. Hij wil niet meer naar de speelplaats, hij blijft binnen bij de juf.

Op de oudercontact heeft de juf gezegd dat hij "een beetje apart" is en dat de andere kinderen hem niet begrijpen omdat hij soms Frans spreekt op de speelplaats. Dat vind ik geen antwoord.

Ik wil graag dat [[Lucas]] zelf met iemand kan praten in het Nederlands of in het Frans, zoals hij wil. Is dat mogelijk bij jullie? Hij is heel verlegen maar schrijven doet hij graag.

Merci beaucoup,
[[Sabrina]]
""", subject="voor mijn zoon", html="only"),

    S("graffiti-tag", "v12snl_oneplus", "nl",
      "own-account new-shape ns-graffiti-tag own-name-in-text anxiety parents dialect-limburg "
      "no-punctuation words-after-signoff",
      ("Dries", "drieske.m@hotmail.example"), """
hallo
ich bin 16 en ich spray soms graffiti, ni op huizen, op de muur bij de skatepark in Hasselt waar het mag
mien tag is [[KRSH]] iedereen weet da da van mij is
nu staat die tag ineens ook op de gevel van de school en op een politiecombi en da was ik ni
ich denk da iemand mij erin wilt luizen
de directeur heeft mij binnengeroepen en gezegd da ze de politie gaan bellen en da mien ouders een factuur gaan krijgen van 2000 euro
mien pa heeft gezegd als da waar is dan mag ik vertrekken
ich heb niks gedaan maar niemand gelooft mij want het is mijn tag
kan ich da bewijzen
groetjes
ps mien ma weet niks van die muur bij het skatepark dus zeg da ni
als ge kunt
""", subject="iets wat ik ni gedaan heb", identity=["drieske"]),

    S("anoniem-leerkracht", "gmail_ios", "nl",
      "parent-account other-account one-liner no-identity-in-body school",
      ("Sofie Lenaerts", "sofie.lenaerts@gmail.example"), """
mag ik anoniem blijven als ik iets vertel over een leerkracht die dingen doet die niet oké zijn want ik ben 14 en ik wil niet dat hij het weet
""", subject="vraag"),

    S("bloemenkaartje", "iphone", "nl",
      "own-account new-shape ns-flower-card-paste own-name-in-text love family-violence "
      "dialect-west-flemish paste",
      ("Amber D.", "amberdh2010@icloud.example"), """
hallo

ik ben 15 en ik woone in Tielt
mijn lief is 17, we zijn al 8 maanden samen. zaterdag op 't feestje is hij kwaad geworden omda ik danste met nen andere gast (ne vriend van mij uit 't middelbaar, echt niks) en hij heeft mij buiten aan mijn arm meegetrokken en tegen de muur geduwd. ik heb nu blauwe plekken op mijn bovenarm, ik draag lange mouwen

zondag stond er ne bloemist aan de deur met rozen. mijn moeder vond da zo schoon. op 't kaartje stond:

"Voor mijn [[Amber]] 🌹
sorry voor gisteren, je weet da ik het nie meen.
jij bent alles voor mij. x K."

mijn moeder heeft het kaartje op de frigo gehangen. elke keer als ik ze zie wordt ik misselijk

iedereen zegt da hij zo lief is. misschien is 't mijn fout, ik wist da hij jaloers is en ik heb toch gedanst
moe 'k hem vergeven
""", subject="mijn lief"),

    S("lost-mode", "iphone", "nl",
      "own-account new-shape ns-lost-mode-message own-name-in-text contact-in-text parents "
      "dialect-antwerp anxiety",
      ("Milan", "milanvw.2011@icloud.example"), """
hey

ik ben 14. vorige week ben ik na ruzie van thuis weggelopen, naar mijn nonkel in Deurne. ik had mijn gsm thuis laten liggen expres.
mijn ma heeft toen dat "verloren modus" ding aangezet. nu staat er op mijn vergrendelscherm in grote letters:

"Deze iPhone is van [[Milan]].
Kom alsjeblieft naar huis, we zijn niet boos.
Bel mama: [[0477 12 90 55]]"

en dat krijg ik er ni af zonder haar wachtwoord. ik ben al lang terug thuis maar het staat er nog altijd want ze zegt "zodat ge het nooit vergeet". op school heeft iedereen het gezien. ze roepen "bel mama" naar mij.

ik weet da ik fout was om weg te lopen. maar ik liep weg omdat ze mij niet laten uitleggen. mijn pa roept en mijn ma weent en ik ben altijd de schuld.

hoe kan ik met ze praten zonder dat het ontploft
""", subject="mijn gsm", client_line=""),

    S("polsbandje", "v12snl_outlook_lite", "nl",
      "own-account new-shape ns-hospital-wristband own-name-in-text paste self-harm "
      "dialect-flemish-brabant",
      ("Saar De Bock", "saar.debock@outlook.example"), """
hallo

ik kom net uit het ziekenhuis in Leuven, ik ben 16. ik heb vorige week te veel pillen genomen. niet om dood te gaan denk ik. gewoon om te slapen en niks te voelen. ik weet het niet meer.

ik heb het polsbandje nog aan. ik krijg het niet los gekregen zonder schaar en ik wil het eigenlijk ook niet los. er staat op:

[[DE BOCK, Saar]]  ° [[14/06/2009]]
PID [[40028113]]  – PAAZ 4

iedereen thuis doet heel voorzichtig. mijn mama slaapt op een matras voor mijn deur. mijn broer kijkt mij niet aan. op de afdeling zeiden ze dat ik moet praten maar ik kon daar niet praten met die psycholoog, hij was zo oud en hij noteerde alles.

ik weet niet wat ik wil vragen. misschien gewoon of jullie ook antwoorden als ik niks vraag.
""", subject="(geen onderwerp)"),

    S("carplay", "iphone", "nl",
      "parent-account other-account new-shape ns-carplay-dictation voice-to-text own-name-in-text "
      "dialect-east-flemish divorce no-punctuation",
      ("Kristof Van Hecke", "kristof.vanhecke@icloud.example"), """
ik spreek dit in op de carplay van de auto van mijn papa hij is aan het tanken aan het tankstation ik heb vijf minuten
ik ben [[Tibo]] ik ben 12 jaar
mijn papa en mama zijn gescheiden en vanaf volgende maand moet ik kiezen bij wie ik woon want de rechter vraagt het aan mij
ik wil dat niet kiezen ik wil niemand pijn doen
als ik bij mama ga dan is papa alleen en hij zegt altijd gij zijt het enige wat ik nog heb
als ik bij papa ga dan moet ik van school veranderen naar Aalst
kan iemand anders kiezen voor mij
punt
verzenden
nee wacht
ook nog ik heb buikpijn elke zondag als ik moet wisselen
verzenden
""", subject="Bericht van Tibo", client_line="", identity=["Tibo"]),

    S("en-uni-leuven", "v12snl_fastmail", "en",
      "own-account no-identity-in-body loneliness anxiety signature-like-own-lines "
      "words-after-signoff",
      ("Toluwani Adeyemi", "tolu.adeyemi@fastmail.example"), """
Hello,

I'm 19, first year of a master's in Leuven, from Lagos. I know you're mostly for teenagers, I hope 19 still counts.

I haven't spoken to anyone in person for four days. Not on purpose, it just happened. Classes are online this week, my kot mates go home every weekend, and the only words I said out loud were "een zakje, alstublieft" in the Delhaize. My parents think I'm thriving, because that's what I tell them on the phone. They sold a piece of land for this degree.

I'm not in danger. I'm just very, very tired of being alone in a room with grey walls. I keep the laptop on with a YouTube video of a busy café so there's noise.

I don't really know what to ask. Maybe how do people make friends here, when everyone already has their friends from secondary school?

Thanks for reading.

a girl in a grey room
who is fine, mostly
""", subject="is 19 too old?"),

    S("jeugdraad-verslag", "v12snl_tb_android", "nl",
      "own-account new-shape ns-youth-council-minutes own-name-in-text paste online-abuse "
      "dialect-antwerp anxiety",
      ("Robbe Smolders", "robbe.smolders@posteo.example"), """
Dag Lumi

Ik ben 17 en ik zit in de jeugdraad van onze gemeente in de Kempen. Vorige maand heb ik op de vergadering gezegd dat er in ons dorp te weinig plek is voor jongeren die "anders" zijn en dat de regenboogvlag op het gemeentehuis mocht blijven hangen. Dat staat nu in het verslag dat op de website van de gemeente staat:

"Verslag jeugdraad 14/10
Aanwezig: schepen jeugd, jeugdconsulent, [[Robbe Smolders]] (voorzitter), 9 leden
Punt 4: [[R. Smolders]] pleit voor het laten hangen van de regenboogvlag. Geen consensus."

Sindsdien krijg ik berichten op Insta van accounts zonder foto. "Vieze flikker". "We weten waar ge woont". Iemand heeft een foto van ons huis gestuurd. Ik ben niet eens uit de kast tegen mijn ouders, ik heb dat gezegd als voorzitter, niet over mezelf. Maar nu denkt iedereen het, en het klopt ook nog.

Mijn ouders vragen waarom ik niet meer buiten wil. Ik zeg dat ik examens heb.

Moet ik aangifte doen? Kan dat zonder dat mijn ouders het weten? En kan dat verslag van de website?

[[Robbe]]
""", subject="jeugdraad"),
]

# ------------------------------------------------------------------------------ 46-57
CASES += [
    S("hondenchip", "gmail_android", "nl",
      "own-account new-shape ns-pet-chip-registration own-name-in-text paste divorce parents "
      "dialect-antwerp contact-in-text",
      ("Hanne G.", "hanne.goossens.2012@gmail.example"), """
hallo ik ben 13

mijn ouders gaan scheiden en ze maken ruzie over alles maar vooral over bobbie, da is onze hond. bobbie is eigenlijk van mij, ik heb hem gekregen voor mijn 10de verjaardag en ik laat hem elke dag uit en ik slaap met hem

maar mijn pa heeft de papieren van de chip getoond en daar staat zijn naam op dus hij zegt dat bobbie van hem is en mee gaat naar zijn nieuw appartement. ik heb het overgetypt van de website:

Registratie dier – ID [[981 000 4412 7763]]
Naam dier: Bobbie (kruising, reu)
Verantwoordelijke: [[Hendrik Goossens]]
Adres: [[Dorpsstraat 5]], [[2470 Retie]]
Tel: [[0496 30 11 84]]

in zijn appartement mogen geen honden eigenlijk, da weet ik want ik heb het horen zeggen aan de telefoon. dus ik denk dat hij hem gewoon wilt afpakken om ma pijn te doen. en mij ook

ik heb gisteren de hele nacht naast bobbie in de mand gelegen
kan een kind ook zeggen aan de rechter bij wie de hond moet?
""", subject="mijn hond", identity=["Retie"]),

    S("smartwatch-mama-mst", "v12snl_kpn", "nl",
      "parent-account other-account written-for parent-writing new-shape ns-kids-smartwatch-contacts "
      "own-name-in-text paste divorce nl-netherlands dialect-limburg",
      ("Ellen Ramakers", "ellen.ramakers@kpnmail.example"), """
Goedemiddag,

Mijn dochter [[Bo]] is 10 en ik weet niet goed waar ik heen moet met wat er speelt. Wij wonen in Maastricht, ik vond jullie via een Belgische collega. Ik hoop dat jullie ook moeders uit Nederland willen helpen, of anders [[Bo]] zelf.

Sinds de scheiding (een jaar geleden) heeft [[Bo]] een kinderhorloge waarmee ze mij en haar vader kan bellen. Vanmorgen keek ik in de app wie er in haar contacten staan, en ik zag dit:

Horloge van [[Bo]] – contacten (6)
Mama
Oma [[Thea]]
Opa [[Sjef]]
Juf Anouk
Mila (buurmeisje)
Verwijderd door gebruiker: Papa

Ze heeft haar vader er zelf uitgehaald. Ze zegt niets, ze zegt "het horloge deed raar". Haar vader heeft het nog niet gemerkt. Bij hem gaat het volgens mij niet goed, hij heeft een nieuwe vriendin en [[Bo]] zei een keer "ze zegt dat ik verwend ben en ik moet op de bank slapen".

Ik wil niet tussen hen in gaan staan, maar ik wil weten wat er met mijn kind gebeurt. Hoe begin ik dat gesprek? En kan [[Bo]] ook zelf met jullie chatten of mailen? Ze leest en schrijft goed, ze zit in groep 7.

Met vriendelijke groet,
[[Ellen]]
""", subject="mijn dochter (10)"),

    S("fietsgravure", "v12snl_tb_android", "nl",
      "own-account new-shape ns-bike-engraving own-name-in-text dialect-west-flemish bullying "
      "typos no-punctuation",
      ("", "warre.d.2013@telenet.example"), """
hallo ik ben 11 jaar en ik woone in Oostende
mijn velo is gestolen op de speelplein in de zomer en nu zie ik hem elke dag rijden met een gast van 15 die in onze straat woont
ik weet zeker da het mijn velo is want mijn papa heeft op het kader gegraveerd
[[WARRE D.]] [[8400]]
met een speciale machine van de politie
en je ziet dat nog staan onder de verf want ze hebben hem zwart geverfd maar slecht
ik heb da gezegd tegen die gast en hij heeft mij tegen de grond geduwd en gezegd als ik het zeg aan iemand dan pakt hij ook mijn step
nu durf ik ni meer buiten spelen
mijn papa werkt op zee en is er pas binnen 2 weken
mijn mama zegt laat het maar het is maar een velo
maar het is mijn velo
""", subject="velo", identity=["warre"]),

    S("online-kaarsje", "outlook_android", "nl",
      "own-account new-shape ns-online-memorial-candle own-name-in-text paste grief coming-out "
      "dialect-east-flemish",
      ("Jens Baert", "jens.baert@outlook.example"), """
Dag,

Ik ben 19 en ik zit met iets dat ik aan niemand kwijt kan.

Mijn oma is drie weken geleden gestorven. Ze was de enige in de familie die wist dat ik op jongens val. Ik had het haar in de zomer verteld, in haar keuken in Ninove, en ze had gezegd "ge zijt mijne [[Jensje]], of ge nu met een vent of een vrouw thuiskomt". Meer niet. Ze had koekjes gebakken.

De begrafenisondernemer heeft een website waar je een kaarsje kunt aansteken. Ik heb dat gedaan, midden in de nacht, en ik heb er iets bij geschreven. Ik dacht dat het alleen voor de familie zichtbaar was. Het staat gewoon online:

"🕯 Kaarsje aangestoken door [[Jens Baert]] voor [[Maria Baert-De Clercq]]
oma, ik had het u nog willen zeggen dat ik iemand heb leren kennen. hij heet [[Arne]]. ge zou hem graag gezien hebben."

Mijn nonkel heeft het gelezen en heeft het in de familiegroep gezet met "??". Mijn vader heeft gebeld en gevraagd of ik "een grap" had gemaakt op de site van de begrafenis.

Ik kan niet rouwen om mijn oma want ik ben bezig met mijn vader die niet meer tegen mij praat.

Hoe doe ik dat allebei tegelijk?
""", subject="oma", identity=["Baert-De Clercq", "Maria"]),

    S("tekstvervanging", "iphone", "nl",
      "own-account new-shape ns-keyboard-text-replacement own-name-in-text contact-in-text "
      "online-abuse dialect-brussels mixed-languages",
      ("Salma", "salma.lh.07@icloud.example"), """
wesh lumi

ik ben 15 ik woon in Laken. ik heb een stom probleem da ik zelf gemaakt heb

op mijn gsm heb ik zo een tekstvervanging ingesteld, als ik "@@" typ dan komt er automatisch mijn adres voor bestellingen en zo. gisteren wou ik in een groepschat van de klas typen "@@ iedereen morgen 8u" maar het werd dit:

"[[Salma Lahlou, Rue Champ de l'Église 48, 1020 Laken]] iedereen morgen 8u"

in een groep van 31 mensen. en er zit ook een jongen in die ik echt echt ni wil die da weet want hij stuurt mij al maanden rare berichten en ik heb hem geblokkeerd op insta. ik heb het direct verwijderd voor iedereen maar hij heeft er een screenshot van gestuurd naar mij met "merci 😘"

ik durf het ni te zeggen aan ma want ze gaat zeggen c'est de ta faute, ik had gezegd geen gsm voor je 16
wat moet ik doen? moet ik naar de politie? kan da?
""", subject="adres", client_line="", identity=["Lahlou"]),

    S("verkiezingsaffiche", "gmail_web", "nl",
      "own-account new-shape ns-election-poster own-name-in-text school bullying "
      "dialect-flemish-brabant",
      ("Liam Vanderstraeten", "liam.vdstraeten@gmail.example"), """
hoi

ik ben 13 en ik zit in het 2de middelbaar in Halle. ik had mij kandidaat gesteld voor de leerlingenraad omdat ik dacht dat het leuk was en omdat ik iets wilde doen aan de wc's die altijd vuil zijn

ik had affiches gemaakt op canva en opgehangen in de gang:
"STEM [[LIAM]] [[2B]] 🗳️
voor propere wc's en meer banken op de speelplaats!"

de volgende dag hadden ze op alle affiches iets getekend. op sommige een piemel. op andere hadden ze "STEM [[LIAM]]" veranderd in "STEM NIET" en er een varkensneus bij getekend omdat ik een beetje dik ben. er hingen er 12 en ze hebben ze alle 12 gedaan

de leerkracht die de verkiezingen regelt zei "dat hoort erbij als je in de politiek gaat, haha"

ik heb mij teruggetrokken. nu zeggen ze dat ik een lafaard ben

ik wil eigenlijk nog altijd in die raad. is dat dom?
""", subject="verkiezingen school"),

    S("ouders-haten", "v12snl_posteo", "nl",
      "own-account one-liner no-identity-in-body parents dialect-limburg no-punctuation",
      ("", "zwarte.kat.genk@posteo.example"), """
is het erg als ge uw ouders haat ich bin 16 en ich wil da ze gewoon weggaan allebei
""", subject="?"),

    S("en-yearbook", "v12snl_infomaniak", "en",
      "own-account new-shape ns-yearbook-entry own-name-in-text paste grief anxiety "
      "mixed-languages",
      ("Ana Lucía F.", "analucia.ferreira@ik.example"), """
Hi Lumi,

I'm 18 and in my last year at a European school in Brussels. The yearbook committee sent everyone a proof of their page today and asked us to check it. Mine says:

"[[Ana Lucía Ferreira]] – [[S7EN]]
Quote: 'I'll be fine, probably.'
Most likely to: disappear to Lisbon and never answer her phone
In memory of her brother [[Tomás]] (2004–2023) 🕊"

I did not ask them to put my brother on my page. I don't know who told them. I haven't talked about him at school, not once, not in two years. Now it will be in a printed book that everyone keeps forever, and at graduation they want to read out the "in memory" lines.

I wrote that quote as a joke in September. Reading it now next to his name it doesn't feel like a joke. It feels like someone will read it and think I'm not fine.

Am I allowed to ask them to remove it without explaining why? I don't want to be the sad girl at graduation. Desculpa, I'm rambling.
""", subject="yearbook page"),

    S("fr-jury-danse", "gmail_android", "fr",
      "own-account new-shape ns-dance-jury-sheet own-name-in-text paste body-image school",
      ("Inès Mbala", "ines.mbala13@gmail.example"), """
Bonjour,

J'ai 13 ans, j'habite à Ixelles et je fais de la danse classique depuis que j'ai 5 ans. Samedi on a eu un concours, et aujourd'hui la prof a envoyé les feuilles du jury à tous les parents. Voilà la mienne :

Candidate n° [[27]] – [[MBALA Inès]]
École : [[Studio Pointes & Plié – Ixelles]]
Technique : 7/10
Expression : 8/10
Remarque du jury : « Belle musicalité. Silhouette peu adaptée au classique, envisager la danse contemporaine. »

« Silhouette peu adaptée ». J'ai demandé à maman ce que ça voulait dire et elle a dit que c'était rien, mais j'ai bien vu qu'elle était fâchée. Une fille du cours m'a dit que ça voulait dire que je suis trop grosse pour le ballet. Je suis la seule fille noire du cours, aussi. Je sais pas si c'est lié.

Depuis samedi je mange plus le soir. Je me regarde dans le miroir du studio et je vois que ça.

Je veux pas arrêter la danse. Mais je veux plus y aller non plus. C'est possible de vouloir les deux ?
""", subject="danse", client_line=""),

    S("bijbaan-contract", "v12snl_newoutlook", "nl",
      "own-account new-shape ns-student-job-contract own-name-in-text paste contact-in-text "
      "harassment nl-netherlands",
      ("Sanne de Groot", "sannedegroot2008@outlook.example"), """
Hallo,

Ik ben 17 en ik woon in Rotterdam. Ik werk sinds de zomer in een lunchroom, drie avonden per week. Ik heb een vraag over iets op mijn werk en ik weet niet of jullie daarvoor zijn, maar ik weet niet wie anders.

Mijn leidinggevende (hij is 34) stuurt mij berichten buiten werktijd. Eerst over het rooster, nu over "hoe mooi ik er vandaag uitzag" en of ik "een keer na sluitingstijd wil blijven om wat te drinken". Als ik niet antwoord krijg ik minder uren.

Ik wilde kijken of ik ergens in mijn contract iets heb waar ik me op kan beroepen, dus ik heb het erbij gepakt. Bovenaan staat:

"Arbeidsovereenkomst oproepkracht
Werknemer: [[S.E. de Groot]], geb. [[02-03-2008]]
Adres: [[Schiedamseweg 88b, 3025 AG Rotterdam]]
BSN: [[240188517]]"

En verder niets over dit soort dingen. Hij heeft dus ook mijn adres, want dat staat erin. Vorige week stond hij ineens bij ons in de straat "toevallig".

Mijn ouders vinden het een goeie baan omdat ik sparen moet voor mijn studie. Ik durf niet te zeggen wat er gebeurt omdat ik bang ben dat mijn vader naar de zaak gaat en dat het dan helemaal uit de hand loopt.

Wat kan ik doen?

[[Sanne]]
""", subject="werk", identity=["Groot"]),

    S("buurman-bank", "windows_mail", "nl",
      "other-account written-for neighbour not-the-parent new-shape ns-neighbourhood-watch-paste "
      "own-name-in-text paste family-violence loneliness dialect-antwerp",
      ("Eddy Van Gool", "eddy.vangool@skynet.example"), """
Goeiendag,

Ik ben de buurman van een jongen, [[Senne]], 15 jaar. Ik ben gepensioneerd, ik woon alleen en ik zit veel aan het raam, dus ik zie wat er in de straat gebeurt.

Sinds een paar weken zit [[Senne]] elke avond tot laat op de bank bij de speeltuin, ook als het regent. Gisteren verscheen er dit in de WhatsApp-groep van de buurtpreventie, ik plak het:

"Buurtpreventie [[Zonnewijk]]
Wie kent die jongen die elke avond op de bank aan de speeltuin zit? Hangjongere? Blijkbaar de zoon van [[nr 23]] ([[Vermeiren]]). Misschien eens de wijkagent bellen."

Ik heb toen zelf met hem gaan praten met een thermos koffie. Hij zei dat het thuis "niet te doen" is sinds zijn moeder een nieuwe partner heeft, dat er veel geroepen wordt en dat hij buiten zit tot die man slaapt. Hij vroeg mij om niemand te bellen. Ik heb beloofd van niet. Maar ik kan die jongen toch niet elke avond in de kou laten zitten.

[[Senne]] heeft geen gsm-abonnement meer, alleen wifi. Ik heb hem uw adres gegeven en hij zei "misschien". Ik schrijf nu zelf omdat ik niet weet of hij het gaat doen. Wat kan ik doen als buurman, zonder zijn vertrouwen te beschamen?

Met vriendelijke groeten,
""", subject="jongen in onze straat",
      sig="[[Eddy Van Gool]]\n[[Zonnebloemlaan 21]]\n[[2660 Hoboken]]", identity=["Hoboken"]),

    S("fotokader-oma", "gmail_web", "nl",
      "own-account new-shape ns-digital-photo-frame-caption html-only own-name-in-text grief "
      "family dialect-limburg",
      ("Kiana Stevens", "kiana.stevens.x@gmail.example"), """
hallo

ik ben 18 en ik woon in Sint-Truiden. mijn oma zit in een woonzorgcentrum want ze heeft dementie. ze herkent mij niet meer, al een half jaar niet.

mijn mama heeft zo een digitaal fotokader voor haar gekocht waar wij via een app foto's op kunnen zetten, met een tekst eronder. ik heb vandaag in de app gekeken wat er allemaal op staat en bij elke foto van mij heeft mijn mama gezet:

"Dit is [[Kiana]], je kleindochter. Ze is 18. Ze komt op zondag."

en bij de foto's van vroeger, toen ik klein was en bij oma logeerde:
"Dit is [[Kiana]] bij jou in de tuin. Weet je nog?"

ik ben beginnen wenen op de bus. ik weet dat mama het goed bedoelt. maar oma leest dat en ze weet het toch niet meer. en elke zondag als ik kom kijkt ze naar het kader en dan naar mij en dan zegt ze "ah, ge lijkt op dat meiske op de foto"

ik durf niet meer te gaan op zondag. ik voel mij de slechtste kleindochter van de wereld. is dat normaal dat ik liever niet ga?
""", subject="oma", html="only"),
]

# ------------------------------------------------------------------------------ 58-69
CASES += [
    S("frigobord", "gmail_android", "nl",
      "own-account new-shape ns-fridge-whiteboard-plan own-name-in-text paste parents loneliness "
      "dialect-east-flemish",
      ("Femke", "femke.dhondt.09@gmail.example"), """
hallo

ik ben 14 en ik ben de oudste van 4. mijn mama werkt in ploegen in de fabriek en mijn papa is weg. ik wil niet klagen want mama doet haar best. maar ik heb vanmorgen een foto getrokken van het bord op onze frigo en ik heb het overgetypt om te tonen hoe een week eruit ziet:

WEEKPLANNING FAM. [[D'HONDT]]
ma – [[Femke]]: [[Rune]] + [[Lize]] van school halen, eten maken
di – [[Femke]]: [[Mona]] naar logo, was ophangen
wo – [[Femke]]: middag thuis bij de kleintjes (mama vroege)
do – [[Femke]]: eten maken, badjes
vr – mama thuis!! 🎉
za – [[Femke]]: boodschappen met oma
zo – rust (?)

ik heb op woensdag volleybal maar daar ben ik al 2 maanden niet meer geweest. mijn vriendinnen vragen niet meer of ik meega naar de stad want ik zeg toch altijd nee. ik heb een 4 op 20 voor frans want ik studeer om 11u s avonds als iedereen slaapt

als ik dat tegen mama zeg dan weent ze en zegt ze sorry en dan voel ik mij nog slechter

ik wil gewoon een keer 14 zijn. is dat egoïstisch?
""", subject="frigo", identity=["D'HONDT", "dhondt"]),

    S("reply-op-antwoord", "outlook_mobile", "nl",
      "own-account reply-with-quote own-name-in-text family-violence dialect-antwerp "
      "short-last-line",
      ("Sien Mertens", "sien.mertens@outlook.example"), """
hey, bedankt voor uw antwoord, ik heb het 3 keer gelezen

ge vraagt bij wie ik mij veilig voel. eigenlijk bij mijn nonkel Fons, den broer van mijn pa. hij woont in Schoten en ik mocht daar vroeger altijd slapen in de vakantie. maar als ik daar naartoe ga gaat mijn pa weten waarom en dan is het nog erger als ik thuis kom

ik ben trouwens 16, da had ik de vorige keer ni gezegd. en ge moogt mij [[Sien]] noemen, da is toch niet mijn echte naam. (het is wel mijn echte naam maar iedereen zegt da)

gisteren heeft hij weer met de deur gesmeten tot het glas brak. mijn ma heeft niks gezegd, ze heeft het gewoon opgeruimd

wat als ik nonkel Fons bel en hij gelooft mij ni
ok
""", subject="RE: Antwoord van Lumi", quote=ANSWER_NL, client_line=""),

    S("fr-bracelet-medical", "gmail_web", "fr",
      "own-account new-shape ns-medical-id-bracelet html-only own-name-in-text contact-in-text "
      "bullying body-image dialect-brussels",
      ("Rayan", "rayan.bk.2010@gmail.example"), """
salut

j'ai 15 ans, je suis à l'athénée à Schaerbeek. j'ai un diabète de type 1 depuis mes 9 ans. ma mère m'oblige à porter un bracelet médical, et c'est écrit dessus en gros :

[[RAYAN BENKIRANE]]
DIABÈTE TYPE 1 – INSULINE
URGENCE : [[0485 61 27 09]]

au vestiaire de foot un mec l'a vu et maintenant tout le monde m'appelle « le malade » ou « sucre ». ils font semblant de s'évanouir quand je passe. j'ai arrêté de faire mes piqûres à l'école, je vais aux toilettes et je les fais pas, j'attends d'être à la maison. hier j'ai eu une hypo dans le bus.

je sais que c'est dangereux. mais c'est encore pire d'être celui-là.

je peux enlever le bracelet ? ma mère dit que si je l'enlève et qu'il m'arrive quelque chose c'est ma faute. je sais pas à qui parler, mon médecin c'est ma mère qui y va avec moi.
""", subject="bracelet", html="only", identity=["Benkirane"]),

    S("gips", "v12snl_kpn", "nl",
      "own-account new-shape ns-plaster-cast-messages own-name-in-text paste bullying "
      "nl-netherlands typos",
      ("", "stijn.2013@kpnmail.example"), """
hallo

ik ben 12 en ik zit in groep 8 in Amsterdam. ik heb mijn arm gebroken met skaten en ik heb gips. iedereen mag erop schrijven zegt de juf. ik heb opgeschreven wat er op staat want mijn moeder wil er een foto van maken voor later en ik wil niet dat ze het leest

"beterschap [[Stijn]]!!" (van mijn oma)
"[[stijntje]] is een loser"
"L + ratio"
"wie dit leest is gay" met een pijl naar mij
"hoop dat je andere arm ook breekt"
"[[Stijn]] zuigt"
en een tekening die ik niet ga beschrijven

ik heb geprobeerd het weg te krassen met een pen maar dat lukt niet goed

volgende week gaat het gips eraf in het ziekenhuis en dan ziet de dokter het en mijn moeder is er ook bij
kan ik het gips eerder laten doen? of zelf eraf halen?
en hoe zorg ik dat ze dit op de middelbare niet ook gaan doen want een paar van hen gaan naar dezelfde school
""", subject="gips", identity=["stijn", "stijntje"]),

    S("armbandje-ex", "v12snl_oneplus", "nl",
      "own-account new-shape ns-engraved-bracelet own-name-in-text love self-harm "
      "dialect-limburg one-phrase-a-line",
      ("Noa Claesen", "noaclaesen@gmail.example"), """
hoi
ich bin 17
mien ex heeft het uitgemaakt via snap
na 2 jaar
via snap
ich draag nog altijd het armbandje da hij mij gegeven heeft voor ons 1 jaar
er staat in gegraveerd
[[NOA]] ∞ [[JORN]] 12.03
ich krijg het ni uit
ich bedoel ich kan het wel uitdoen
maar dan is het echt gedaan
hij heeft al een nieuw lief
ze lijkt op mij
mien ma zegt gewoon "pff de eerste liefde, da gaat over"
maar ich eet ni meer en ich kras in mien been met de achterkant van da armbandje
ich weet da da zot is
""", subject="armbandje", identity=["Jorn"]),

    S("westvlaams-coming-out", "iphone", "nl",
      "parent-account other-account voice-to-text coming-out parents dialect-west-flemish "
      "own-name-in-text no-punctuation",
      ("Martine Vandewalle", "martine.vandewalle@icloud.example"), """
hallo ik ben [[Lander]] en ik zen 15 jaar en ik woone in een dorpje bij Poperinge
ik spreek dit in want ik ben ni goed in schrijven ik heb dyslexie
ik gebruik de gsm van mijn moe want de mijne is plat en zij is naar de melkerij
ik wil het aan mijn ouders zeggen dat ik op jongens val
mijn ouders zijn boeren we hebben koeien en mijn pa zegt altijd dat ik later de boerderij moet overnemen en dat ik dan een goeie vrouw moet zoeken die kan meewerken
ik wil de boerderij wel overnemen eigenlijk ik zie de koeien graag
maar ik ga geen vrouw zoeken
ik weet ni of ze mij dan de boerderij nog gaan geven
mijn meter zegt dat mijn pa veel meer kan verdragen dan ik denk maar zij weet het ook ni van mij
hoe moet ik da zeggen
moet ik het eerst aan mijn moe zeggen of aan allebei
punt
""", subject="vraag"),

    S("grote-zus-unief", "v12snl_zoho", "nl",
      "school-account other-account written-for sibling own-name-in-text signature parents "
      "divorce dialect-east-flemish",
      ("Jana Verbeke", "jana.verbeke@student.ugent.example"), """
Hallo Lumi,

Ik schrijf van mijn universiteitsadres, ik ben 21 en ik ben de zus van [[Flor]], hij is 11. Ik woon op kot in Gent en hij woont nog thuis bij mijn ouders in Oudenaarde.

Mijn ouders gaan niet scheiden maar ze zouden het beter doen. Ze praten al maanden niet meer tegen elkaar, alleen via [[Flor]]: "zeg tegen je vader dat het eten klaar is", "zeg tegen je moeder dat ik niet thuis eet". [[Flor]] belt mij elke avond om half tien, onder zijn deken, en fluistert. Gisteren vroeg hij of het zijn schuld is dat mama en papa niet meer praten, omdat ze ruzie kregen over zijn rapport.

Ik weet niet wat ik hem moet zeggen. Ik ben zelf vertrokken naar Gent om daar weg te zijn, en nu voel ik me schuldig dat hij er alleen zit.

Zouden jullie [[Flor]] kunnen helpen als hij zelf schrijft? Hij heeft een tablet. En hebben jullie tips voor mij, wat ik kan zeggen aan de telefoon?

Groetjes,
""", subject="mijn broertje",
      sig="[[Jana Verbeke]]\nStudent Master Sociaal Werk\nStudentennummer [[02108814]]\n[[Universiteit Gent]]"),

    S("gas-boete", "outlook_web", "nl",
      "own-account new-shape ns-municipal-fine-letter own-name-in-text paste parents anxiety "
      "dialect-brussels mixed-languages contact-in-text",
      ("Aaron M.", "aaron.mukendi.08@outlook.example"), """
dag

ik ben 16 en ik woon in Molenbeek. ik heb vandaag ne brief gekregen van de gemeente, per post, op mijn naam. ik heb hem snel uit de bus gepakt voor mijn pa hem zag. ik typ over wat erop staat:

"Gemeentelijke administratieve sanctie
Dossier: [[GAS/2024/08812]]
Aan: [[De heer Aaron Mukendi]]
[[Rue Vandenboogaerde 60]], [[1080 Sint-Jans-Molenbeek]]
U werd op 28/09 om 23:40 aangetroffen in het Scheutbos na sluitingsuur. Boete: € 175."

we zaten daar met 5 gasten, gewoon te praten, er was niks. de politie heeft onze identiteitskaart gevraagd en alleen ik heb een brief gekregen denk ik want de anderen zijn nog 15

mijn pa gaat mij vermoorden, hij zegt altijd wij moeten dubbel zo braaf zijn als de anderen want de politie kijkt naar ons. en 175 euro heb ik ni, ik werk ni

kan ik da betwisten? of moet ik het aan mijn ouders zeggen, ze staan niet eens op de brief. c'est la merde honnêtement
""", subject="brief gemeente", identity=["Mukendi", "Sint-Jans-Molenbeek"]),

    S("luidspreker-omroep", "v12snl_canary", "nl",
      "own-account new-shape ns-smart-speaker-broadcast own-name-in-text family-violence parents "
      "dialect-flemish-brabant all-caps",
      ("Jules Peetermans", "jules.peetermans@icloud.example"), """
hoi

ik ben 14, ik woon in een dorp bij Diest

bij ons hangen in elke kamer van die slimme speakers. mijn pa gebruikt ze om ons te roepen met "omroepen". normaal is dat grappig, "eten is klaar". maar als hij kwaad is, roept hij door alle speakers tegelijk. ook als mijn vrienden er zijn. gisteren was mijn vriend bij mij op mijn kamer en ineens uit de speaker, keihard:

"Omroep van Papa: [[JULES]]. NU. BENEDEN. OF IK KOM U HALEN."

mijn vriend keek mij aan en ik deed alsof het een grap was. daarna ben ik naar beneden gegaan en hij heeft mij een half uur uitgescholden omdat ik mijn fiets in de regen had laten staan. hij heeft mij niet geslagen. dat doet hij niet. maar ik trilde daarna nog een uur.

mijn mama zegt dat hij veel stress heeft van zijn werk.

ik heb de speaker op mijn kamer al eens uitgetrokken, maar dan kwam hij naar boven en was het nog erger.

is dit al "geweld"? of overdrijf ik?
""", subject="mijn pa roept", identity=["Peetermans"]),

    S("trainer-voor-turnster", "outlook_desktop", "nl",
      "club-account other-account written-for coach own-name-in-text signature disclaimer "
      "body-image eating dialect-antwerp",
      ("Turnkring Olympia Mortsel", "jeugd@turnkring-olympia.example"), """
Beste,

Ik ben trainster van de jeugdselectie in onze turnclub en ik schrijf via het clubadres. Ik maak me zorgen over een van onze meisjes, [[Elena]], 15 jaar. Ik heb met haar gesproken en zij vond het goed dat ik jullie contacteer; ze heeft zelf gevraagd of ik haar voornaam wou vermelden "zodat het echt over mij gaat".

[[Elena]] is de laatste maanden veel vermagerd. Ze traint 14 uur per week en eet volgens mij bijna niets. Ze heeft twee keer een black-out gehad op de balk. Als ik erover begin zegt ze dat haar vorige trainer (in een andere club) altijd zei dat ze "zwaar landde" en dat ze dat wil oplossen. Ik merk dat ze het woord "zwaar" niet meer kan horen zonder in te storten.

Haar ouders vinden dat ik overdrijf: "ze is gewoon gegroeid". Ik ben geen therapeut en ik wil haar niet uit de selectie halen, want de sport is het enige waar ze zich goed bij voelt.

Hoe kan ik haar helpen zonder het erger te maken? En kan [[Elena]] zelf bij jullie terecht?

Met sportieve groet,
""", subject="zorgen om een gymnaste",
      sig="[[Katja Dierckx]]\nHoofdtrainster jeugdselectie\n[[Turnkring Olympia Mortsel vzw]]\n[[Sporthal De Wouwer, Krijgsbaan 2, 2640 Mortsel]]\n[[0479 18 55 02]]\n\nDeze e-mail en eventuele bijlagen zijn vertrouwelijk. Indien u niet de bestemmeling bent, verzoeken wij u dit bericht te verwijderen.",
      identity=["Katja", "Dierckx"]),

    S("en-dads-laptop", "outlook_desktop", "en",
      "parent-account other-account own-name-in-text signature parents divorce anxiety "
      "mixed-languages",
      ("Pieter-Jan Segers", "pj.segers@segers-consulting.example"), """
hi

I'm writing from my dad's laptop, he's in the shower. I'm [[Lou]], I'm 13. We speak English at home because my mum is from Ireland and Dutch at school.

My parents fight every night after they think I'm asleep. Last night my mum said "if it wasn't for [[Lou]] I would have left years ago". I heard it through the floor. I keep hearing it in my head.

So it's my fault they're both unhappy? If I wasn't there they could both be happy with someone else?

I can't ask them. My best friend says her parents also fight and it's normal. I don't think this is normal.

Please answer to my own email if you can: [[lou.segers.13@gmail.example]]. Not this one. This is my dad's work one and his signature thing comes automatically, I don't know how to turn it off.

[[Lou]]
""", subject="question",
      sig="Kind regards,\n[[Pieter-Jan Segers]]\nManaging Partner | [[Segers Consulting BV]]\n[[Kortrijksesteenweg 1002, 9051 Gent]]\n[[+32 9 245 17 80]]",
      identity=["Pieter-Jan", "Segers"]),

    S("wensboom", "smartschool", "nl",
      "school-account new-shape ns-school-wish-tree-card html-only own-name-in-text paste grief "
      "dialect-limburg no-punctuation",
      ("Leerling – Fleur Bollen", "fleur.bollen@leerling.bs-dezonnebloem.example"), """
hallo
ik ben 10
ik zit in het 4de leerjaar
in de klas hebben we een wensboom gemaakt en we moesten een wens op een kaartje schrijven en die hangen aan de takken in de gang
ik schreef
ik wens dat opa niet doodgaat van zijn kanker
[[Fleur]] [[4A]]
nu heeft de juf alle kaartjes voorgelezen in de klas en iedereen weet het nu en iedereen kijkt naar mij
en een jongen zei dat als je kanker hebt je altijd doodgaat
is dat waar
mama zegt dat opa heel ziek is
ik mag niet meer bij hem op schoot
ik mis hem nu al en hij is er nog
""", subject="opa", html="only"),
]

# ------------------------------------------------------------------------------ 70-81
CASES += [
    S("carnavalsgroep", "v12snl_fairemail", "nl",
      "own-account new-shape ns-carnival-group-roster own-name-in-text paste body-image friends "
      "dialect-west-flemish",
      ("Marthe Devos", "marthe.devos@telenet.example"), """
Hallo

Ik ben 17 en ik zit al drie jaar in een carnavalsgroep met vriendinnen van school. Dit jaar is ons thema "het klooster" en de verdeling van de rollen is vandaag in de groepschat gekomen. Ik kopieer het:

"Carnavalsgroep De Zotte Zusters – stoet 2025 🎭
Moeder-overste: Elke
Zuster Snoep: Jitske
De dikke non (met opvulling 😂 of toch maar zonder hé [[Marthe]] 😜): [[Marthe Devos]]
Inschrijvingsnr. [[CZ-0417]] – betalen vóór 31/12"

Iedereen heeft gelachen met hartjes. Ik heb ook een duim gegeven want anders ben ik "de zure". Maar ik heb daarna een uur in de badkamer gezeten.

Ik ben de grootste van de groep, da weet ik. Maar da ze da zo in de groep zetten, met mijn volle naam en al, voor iedereen die in die stoet gaat lopen. En ik ga daar dus door heel de stad lopen als "de dikke non".

Moet ik er gewoon mee lachen? Dat zeggen ze altijd, "ge moet kunnen lachen met uzelf". Of mag ik zeggen dat ik dat nie wil zonder dat ik de groep kwijt ben? Da zijn mijn enige vriendinnen.

Groetjes
""", subject="carnaval"),

    S("reply-arthur", "gmail_web", "nl",
      "own-account reply-with-quote own-name-in-text coming-out dialect-flemish-brabant "
      "one-phrase-a-line",
      ("", "blauwe.trui.3000@gmail.example"), """
hoi
ik ben het
de jongen van gisteren uit Leuven
van die mail over de douche na de voetbal
ik heb nog eens nagedacht
mag ik mijn naam zeggen?
ik ga het gewoon doen
ik ben [[Arthur]]
ik ben 15
het voelt raar om het te typen
niemand weet het
mijn moeder denkt dat ik een lief heb in de klas omdat ik zo veel op mijn gsm zit
het is een jongen uit Brugge die ik ken van een discord server
we hebben nog nooit afgesproken
hij is ook 15 zegt hij
is dat gevaarlijk?
""", subject="Re: Je bericht aan Lumi", quote=CONFIRM_NL),

    S("simkaart", "outlook_mobile", "nl",
      "own-account new-shape ns-sim-swap-notice own-name-in-text contact-in-text paste "
      "online-abuse love dialect-brussels",
      ("Chaïma", "chaima.ouali@outlook.example"), """
hallo

ik ben 17 en ik zit in het 6de in een school in Brussel. ik heb een probleem met mijn ex en ik weet ni of dit bij jullie past maar ik ben echt bang

vanmorgen kreeg ik een sms van mijn operator:
"Proximus: de simkaart voor het nummer [[0468 27 51 90]] ([[C. Ouali]]) werd vervangen op 18/11 om 07:12. Was u dit niet? Bel 6000."

en daarna werkte mijn gsm ni meer. geen bereik. ik zit nu op de wifi van de bib om dit te schrijven. ik weet zeker da het mijn ex is. hij kende al mijn codes want we waren 1 jaar samen en hij heeft een keer mijn identiteitskaart gefotografeerd "voor de grap". en sinds ik het heb uitgemaakt zegt hij "ik ga u kapotmaken".

nu kan hij alle berichten ontvangen die naar mij gaan. ook de codes van mijn bank en insta. ik heb al gezien da mijn insta wachtwoord veranderd is.

mijn ouders weten ni da ik een lief had. mijn ouders zijn streng, als ze da weten... wallah ik weet het ni.

wat moet ik eerst doen?
""", subject="dringend", client_line=""),

    S("bus-school-ella", "gmail_web", "nl",
      "own-account html-only own-name-in-text bullying school dialect-west-flemish emoji "
      "short-last-line",
      ("Ella Vandamme", "ella.vandamme.2012@gmail.example"), """
hallo lumi 🙂

ik ben 13 en ik zit op internaat in Brugge tijdens de week. op vrijdag neem ik de bus naar huis naar Diksmuide, dat is 50 minuten

op de bus zitten er 3 meisjes van 't 4de die elke week mijn zetel afnemen en dan moet ik rechtstaan en ze trekken aan mijn valies en ze zeggen da ik naar koeien stink omdat mijn ouders een boerderij hebben. vorige week hebben ze mijn valies opengedaan en mijn pyjama rondgegeven in de bus 😭 en de chauffeur zei niks

ik durf het ni zeggen tegen mijn ouders want zij hebben al zo veel werk en ze zijn blij dat ik op internaat ben want dat is "een kans". en op internaat zeggen ze dat de bus ni hun zaak is

ik heb al 2 keer gelogen dat ik ziek was zodat mijn mama mij kwam halen met de auto
maar dat kan ik ni elke week doen
help
x [[Ella]]
""", subject="de bus", html="only"),

    S("cyclus-app", "iphone", "nl",
      "own-account new-shape ns-period-tracker-notification own-name-in-text paste love "
      "pregnancy anxiety dialect-east-flemish",
      ("Zoë", "zoe.vdb.2007@icloud.example"), """
hallo

ik ben 18 en ik ben heel bang. ik heb zo een app voor mijn maandstonden en vanmorgen kreeg ik deze melding:

"Hoi [[Zoë]] 🌸 Je menstruatie is 9 dagen te laat. Wil je een symptoom loggen?"

ik heb een vriend sinds de zomer. we hebben altijd opgelet. bijna altijd. één keer niet, na de fuif in Aalst.

ik heb nog geen test gedaan. ik durf ni naar de apotheek in ons dorp want de apothekeres is de mama van een jongen uit mijn klas. en bij ons thuis... mijn ouders zijn heel katholiek, mijn vader is diaken in de parochie. ik zou niet weten hoe ik het ooit moet zeggen.

mijn vriend zegt "we zien wel". dat helpt niet.

ik zit in het 6de middelbaar en ik wil volgend jaar verpleegkunde gaan studeren in Gent. ik weet ni wat ik zou doen als ik zwanger ben. ik kan er ni aan denken en ik kan aan niks anders denken.

waar kan ik een test doen zonder dat iemand het weet? en met wie kan ik hierover praten die mij niet veroordeelt?
""", subject="te laat", client_line="", identity=["zoe.vdb.2007"]),

    S("meter-voor-gamer", "outlook_desktop", "nl",
      "family-account other-account written-for godparent own-name-in-text signature loneliness "
      "school dialect-flemish-brabant",
      ("Greet & Paul Verlinden", "greet.paul.verlinden@telenet.example"), """
Dag,

Ik ben de meter van [[Victor]], hij is 16 en woont in Vilvoorde. Ik schrijf van ons gezamenlijk adres (mijn man en ik), sorry voor de verwarring.

[[Victor]] heeft het moeilijk, al een hele tijd. Hij gaat bijna niet meer naar school, dit trimester 23 halve dagen afwezig. Hij zit dag en nacht te gamen op zijn kamer. Zijn ouders (mijn broer en schoonzus) werken allebei fulltime en zien het niet, of willen het niet zien. Ze zeggen dat het "een fase" is.

Vorige week was [[Victor]] bij ons op bezoek en hij heeft aan tafel iets gezegd dat me niet loslaat: "online ben ik iemand, in het echt ben ik niks". Daarna at hij verder alsof hij over het weer sprak.

Ik ben zijn meter, niet zijn moeder. Ik weet niet hoe ver ik mag gaan. Mijn man zegt dat ik me er niet mee moet moeien. Maar als ik niks doe en er gebeurt iets...

Zouden jullie [[Victor]] kunnen contacteren, of moet hij dat zelf doen? Ik denk dat hij het nooit uit zichzelf zou doen, maar als ik hem het adres geef misschien wel, als hij weet dat het anoniem is.

Met vriendelijke groeten,
""", subject="mijn petekind",
      sig="[[Greet Verlinden]]\n[[Leopoldlaan 77]]\n[[1800 Vilvoorde]]\n[[02 253 91 40]]",
      identity=["Greet", "Paul"]),

    S("klimaat-nl", "v12snl_kpn", "nl",
      "family-account other-account no-identity-in-body anxiety nl-netherlands long",
      ("Familie Bakker", "familiebakker@kpnmail.example"), """
Hoi,

Ik weet niet of dit iets is waar jullie mee helpen, maar ik ben 15 en ik kan niet meer slapen van het klimaat.

Het begon in de tweede, toen we bij aardrijkskunde een docu keken over de zeespiegel. Wij wonen in Zeeland, onder de zeespiegel. Ik weet dat er dijken zijn en dat Nederland daar goed in is. Maar elke keer als het stormt lig ik wakker en kijk ik op mijn telefoon naar de waterstanden. Ik heb een tas klaarstaan onder mijn bed, met een zaklamp, water en een kopie van mijn paspoort. Mijn ouders weten dat niet.

Mijn vriendinnen vinden het overdreven. Mijn moeder zegt dat ik "minder nieuws moet kijken". Ik heb geprobeerd minder nieuws te kijken, maar dan denk ik dat ik iets mis.

Ik eet ook geen vlees meer en ik wil niet meer met het vliegtuig op vakantie, en daar is thuis ruzie over, want we zouden in de zomer naar Turkije gaan. Mijn vader zei dat ik "het hele gezin gijzel met mijn idealen".

Ik wil gewoon weer normaal kunnen slapen. Is dit een soort angststoornis? Of ben ik gewoon de enige die het serieus neemt?

Groetjes
""", subject="klimaat"),

    S("fr-mamie", "v12snl_proximus", "fr",
      "family-account other-account written-for grandparent own-name-in-text signature grief "
      "loneliness",
      ("Jacqueline Moreau", "jacqueline.moreau@skynet.example"), """
Bonjour,

Je suis la grand-mère de [[Louise]], 12 ans. Elle vit chez moi à Mouscron depuis le décès de sa maman l'an dernier. Elle va à l'école de l'autre côté de la frontière linguistique, à Menin, en néerlandais, parce que c'était le souhait de sa maman.

[[Louise]] a trouvé votre adresse sur un dépliant à l'école et elle me l'a montré en me demandant si elle pouvait « écrire à des gens ». Je lui ai dit que je voulais d'abord vous écrire moi-même, pour savoir qui vous êtes. Je suis une vieille dame méfiante, pardonnez-moi.

Elle ne pleure jamais. Elle fait ses devoirs, elle m'aide à la cuisine, elle est polie. Trop polie. Le soir je l'entends parler à sa maman dans son lit, tout bas, en néerlandais, comme si c'était une langue secrète entre elles deux. Moi je ne comprends pas le néerlandais.

Si [[Louise]] vous écrit, est-ce qu'elle peut le faire en néerlandais ? Et est-ce que vous me direz ce qu'elle raconte ? (Je suppose que non, et c'est peut-être mieux ainsi.)

Avec mes remerciements,
""", subject="ma petite-fille",
      sig="[[Jacqueline Moreau-Descamps]]\n[[Rue du Christ 14]]\n[[7700 Mouscron]]",
      identity=["Descamps"]),

    S("bankje-plaatje", "gmail_android", "nl",
      "own-account new-shape ns-memorial-bench-plaque own-name-in-text paste grief "
      "dialect-antwerp signature-like-own-lines",
      ("Jasper", "jasper.wouters.2006@gmail.example"), """
dag lumi

ik ben 19 en ik woon nog thuis in Berchem. mijn pa is 2 jaar geleden gestorven (zelfdoding). de gemeente heeft een bankje gezet in het park waar hij altijd ging lopen, met een plaatje. er staat op:

"Ter nagedachtenis van [[Hugo Wouters]] (1968–2022)
vader van [[Jasper]] en [[Liese]]
'Loop maar door, ik haal u wel in.'"

ik ga daar elke avond zitten. ook als het vriest. ik zeg tegen ons ma dat ik ga lopen.

vorige week zaten er gasten op het bankje met bier, en een van hen las het plaatje luidop voor en zei "amai, sad" en ze lachten. ik heb niks gezegd. ik ben gewoon verder gewandeld en ik heb een uur rondgelopen in het donker.

ik weet da het een publiek bankje is. ik weet da ze het niet wisten. maar sindsdien kan ik er niet meer zitten zonder te denken da iemand komt.

ik heb nog nooit met iemand over mijn pa gepraat, alleen met dat bankje.

een zoon die elke avond gaat "lopen"
en eigenlijk gewoon zit
""", subject="bankje", identity=["Wouters"]),

    S("tijd-om-te-praten", "v12snl_outlook_lite", "nl",
      "family-account other-account one-liner no-identity-in-body dialect-limburg emoji",
      ("Mariette Vanhees", "mariette.vanhees@outlook.example"), """
mag ich ook mailen als het neet zo erg is 🙈 ich bin 12 en ich wil gewoon een keer met iemand praten die neet van mien familie is
""", subject="hoi", client_line=""),

    S("bagagelabel", "v12snl_newoutlook", "nl",
      "school-account new-shape ns-luggage-tag-paste own-name-in-text contact-in-text paste "
      "anxiety school dialect-brussels",
      ("Yasmina El Idrissi (leerling)", "yasmina.elidrissi@leerling.atheneum-bxl.example"), """
Hallo

Ik ben 14 en ik zit in het 3de jaar in Brussel. Volgende maand gaan we op meerdaagse naar de Ardennen, 4 nachten. Vandaag hebben we van de leerkracht bagagelabels gekregen die we al moesten invullen, zodat ze het niet vergeten. Ik heb het mijne ingevuld zoals gevraagd:

BAGAGELABEL – MEERDAAGSE 3DE JAAR
Naam: [[Yasmina El Idrissi]]
Klas: [[3B]]
Adres: [[Koningsstraat 140, 1000 Brussel]]
Noodnummer ouder: [[0486 71 30 22]]
Medicatie/bijzonderheden: ...............

Bij "bijzonderheden" weet ik niet wat ik moet schrijven. Ik plas soms nog in bed. Niet elke nacht, maar als ik stress heb wel. En ik heb altijd stress op reis. Ik slaap op een kamer met 5 andere meisjes.

Mijn moeder zegt dat ik het gewoon aan de leerkracht moet zeggen. Maar dan staat het op dat label, en dat label hangt aan mijn valies, en dan ziet iedereen het in de bus.

Ik wil eigenlijk niet mee. Maar als ik niet mee ga, vragen ze waarom.

Wat zou jij doen?
""", subject="meerdaagse"),

    S("en-friend-priya", "gmail_ios", "en",
      "own-account written-for friend-writing own-name-in-text self-harm friends anxiety "
      "words-after-signoff",
      ("Hannah Claes", "hannah.claes.ais@gmail.example"), """
Hello,

I'm 16 and I go to an international school near Antwerp (we live in Brasschaat). I'm writing about my best friend, [[Priya]], she's also 16. She doesn't know I'm writing this. Is that ok?

Yesterday [[Priya]] sent me a message at 2am saying "if I wasn't here nobody would even notice for a week". Then this morning she acted totally normal, laughing at lunch. When I asked about it she said "omg I was just tired, forget it". She made me promise not to tell anyone.

She's been giving stuff away too. Her favourite hoodie, her headphones. She said she "doesn't use them anymore".

I don't know what to do. If I tell the school counsellor she'll know it was me and she'll hate me. If I don't tell anyone and something happens I'll never forgive myself.

What should I do? Can [[Priya]] write to you too, if I give her your address?

[[Hannah]]

ps sorry, I know I put my name, I forgot it was anonymous
pps she's really funny, usually
""", subject="my friend", identity=[]),
]

# ------------------------------------------------------------------------------ 82-90
CASES += [
    S("ziekenhuismenu", "samsung", "nl",
      "parent-account other-account new-shape ns-hospital-menu-card own-name-in-text paste "
      "loneliness anxiety dialect-east-flemish typos",
      ("Veronique De Meyer", "vero.demeyer@telenet.example"), """
hallo ik ben 10 jaar

ik lig al 5 weken in het ziekenhuis in Gent voor mijn nieren en ik schrijf met de gsm van mama want zij is naar de cafetaria
elke dag komt er een kaartje bij mijn eten en daar staat op

MENU – [[K. 412 B]]
[[DE MEYER Lise]] – zoutarm / kind
woensdag: puree – vis – appelmoes

ik heb dat kaartje elke dag bijgehouden in mijn schuifke, ik heb er nu 34
ik mis mijn klas. de juf heeft een filmpje gestuurd waar iedereen hallo zegt maar twee jongens deden raar achteraan en ik denk dat ze mij uitlachen omdat ik zo dik ben van de medicijnen
mijn mama slaapt hier op een zetelbed en ze is altijd moe en ik mag ni wenen waar zij bij is want dan weent zij ook
de verpleegster Kim is lief maar zij heeft ni veel tijd
mag ik hier elke dag iets schrijven? want ik verveel mij en ik ben bang als het donker is
""", subject="ik ben Lise", client_line="Verzonden vanaf mijn Galaxy", identity=["Lise"]),

    S("reply-eerste-keer", "samsung", "nl",
      "own-account reply-with-quote own-name-in-text love dialect-west-flemish text-speak "
      "no-punctuation",
      ("", "robin.dkx@gmail.example"), """
ok thx voor de bevestiging
ik had in mijn eerste mail ni alles gezegd dus hier
ik ben 18 en ik ben [[Robin]] en ik ben een meisje ook al is da een jongensnaam lol
mijn lief wil seks en ik ben er nog ni klaar voor
we zijn al 7 maanden samen en ze zegt dat iedereen het al gedaan heeft en dat ik haar ni graag zie als ik nee zeg
ja ze is ook een meisje
ge moet ni schrikken
het is ni dat ik haar ni wil, ik weet gewoon ni hoe en ik ben bang da het pijn doet of da ik het slecht doe
ik durf het aan niemand vragen want in onze vriendengroep weten ze ni van ons
is het normaal da ik nog wil wachten
""", subject="Re: Je bericht aan Lumi", quote=CONFIRM_NL, identity=["robin.dkx"]),

    S("student-leuven-lang", "thunderbird", "nl",
      "own-account no-identity-in-body anxiety loneliness school dialect-flemish-brabant long "
      "signature-like-own-lines words-after-signoff",
      ("Wout Vandersmissen", "wout.vandersmissen@proton.example"), """
Beste

Ik weet niet of ik hier goed zit want ik ben 19 en geen "jongere" meer eigenlijk, maar op de site staat tot 25 dus ik probeer het.

Ik studeer ingenieur in Leuven, tweede bach. Vorig jaar had ik alles in eerste zit. Iedereen thuis (Tervuren) is daar heel trots op, mijn ouders zijn allebei ingenieur, mijn grootvader ook, er hangt een foto van hem met zijn diploma in de gang. Dit jaar lukt niets. Ik zit elke dag in de bib van 8 tot 22 en ik onthoud niets. Ik lees een bladzijde vijf keer en daarna weet ik nog steeds niet wat er stond. Mijn hart bonst als ik aan de examens denk, en ik denk er altijd aan.

Ik heb de laatste drie weken geen enkele les bijgewoond. Ik zeg thuis dat het "goed gaat". Ik heb mijn vrienden van het kot al een maand niet gezien, ik ga naar de bib langs een andere weg zodat ik ze niet tegenkom.

Soms denk ik dat het makkelijker zou zijn als ik gewoon een ongeluk kreeg met de fiets, dan moest ik niets uitleggen. Ik zou het niet zelf doen. Maar ik denk het wel vaak. Is dat al iets om ongerust over te zijn?

Ik heb een keer geprobeerd het aan mijn moeder te zeggen, aan de telefoon op zondagavond. Ik zei "ik heb het een beetje moeilijk met de leerstof". Ze zei meteen "dan moet ge een planning maken, ik stuur u morgen een schema". Het schema kwam de volgende ochtend, in een Excel-bestand, met kleuren. Ik heb het niet geopend. Het staat nog altijd ongelezen in mijn mailbox, met een rood vlaggetje dat zij erbij gezet heeft.

Ik heb de Lumi-folder gevonden in de studentenresto. Ik had nooit gedacht dat ik dit zou schrijven.

Sorry voor de lange mail.

een student die het "goed" doet
(tussen aanhalingstekens)
""", subject="(geen onderwerp)"),

    S("nl-html-utrecht", "v12snl_icloud_web", "nl",
      "own-account html-only own-name-in-text friends loneliness nl-netherlands emoji",
      ("Ivy", "ivy.hendriks@icloud.example"), """
Hoii

Ik ben 14 en ik woon in Utrecht. Ik heb een vraag over vriendschap.

Mijn beste vriendin en ik waren sinds groep 3 onafscheidelijk. Sinds de zomer heeft ze een nieuwe groep, de meiden van hockey, en ik ben er gewoon niet meer. Ze appt alleen als ze iets nodig heeft, huiswerk of zo. Op haar verjaardag ben ik niet uitgenodigd, ik zag de foto's op haar story 💔

Ik heb haar gevraagd of ik iets verkeerd had gedaan en ze zei "nee joh, het is gewoon zo gegroeid". Dat is erger dan als ik iets verkeerd had gedaan, want dan kon ik het tenminste goedmaken.

Ik eet in de pauze op de wc nu. Echt. Ik weet hoe zielig dat klinkt.

Mijn moeder zegt dat ik gewoon nieuwe vriendinnen moet maken, alsof dat zo makkelijk is als je 14 bent en iedereen al een groep heeft.

Hoe doe je dat? En hoe stop ik met de hele tijd naar haar story kijken?

xx [[Ivy]] 🌙
""", subject="vriendschap", html="only"),

    S("fr-bruxelles-grand-frere", "v12snl_fastmail", "fr",
      "sibling-account other-account written-for sibling own-name-in-text new-shape "
      "ns-router-device-list paste parents anxiety mixed-languages",
      ("Karim Haddad", "karim.haddad@fastmail.example"), """
Bonjour Lumi,

Je suis le grand frère d'[[Ibrahim]], il a 13 ans. Moi j'en ai 22, je vis encore chez nos parents à Schaerbeek. Je vous écris parce que je m'inquiète et que je sais pas à qui d'autre.

C'est moi qui gère la box internet à la maison. Depuis un mois, quand je regarde la liste des appareils connectés dans l'app, je vois ça presque toutes les nuits :

Appareils connectés – 03:14
Galaxy-A14-van-[[Ibrahim]]   actif
iPad-[[Ibrahim]]   actif
PS5-salon   inactif

Il est connecté toute la nuit. Le matin il est épuisé, il dort en classe (la juf a appelé maman, en néerlandais, maman n'a pas tout compris). Quand je lui ai demandé, il m'a dit « je peux pas dormir de toute façon, alors je regarde des trucs ». Il m'a dit qu'il a peur la nuit, qu'il pense à la mort, à maman qui est malade. Il a 13 ans.

Nos parents veulent juste couper le wifi. Moi je pense que c'est pas le wifi le problème.

Est-ce qu'[[Ibrahim]] peut vous écrire ? Il parle mieux néerlandais que français maintenant, c'est drôle.

Merci,
[[Karim]]
""", subject="mon petit frère"),

    S("een-zin-emoji", "webmail", "nl",
      "shared-account other-account one-liner no-identity-in-body emoji coming-out",
      ("Bib Wetteren – publiekscomputer 3", "publiek.pc3@bib-wetteren.example"), """
ik ben 13 en ik denk dat ik bi ben en ik moet het aan iemand zeggen dus bij deze 🏳️‍🌈😶
""", subject="🏳️‍🌈"),

    S("pleegmoeder-welkomstboekje", "apple_mail", "nl",
      "family-account other-account written-for foster-parent new-shape ns-foster-welcome-book "
      "own-name-in-text paste loneliness family dialect-west-flemish",
      ("Evi Lootens", "evi.lootens@icloud.example"), """
Goedenavond,

Ik ben pleegmoeder. Sinds drie weken woont [[Jayden]] (12) bij ons in een dorp bij Ieper. Het is zijn derde pleeggezin op twee jaar. We hadden voor zijn komst een welkomstboekje gemaakt, zoals de dienst aanraadt, met foto's van ons huis en de dieren en een woordje van ons. Het begint zo:

"Welkom [[Jayden]]!
Dit is je nieuwe thuis: [[Molenhoekstraat 3]], [[8904 Boezinge]]
Wij zijn [[Bram]] en [[Evi]], en dit zijn [[Ferre]] (9) en [[Nel]] (6).
Je kamer is de blauwe, boven naast de badkamer."

Gisteren vond ik het boekje in de vuilbak. Hij had er met balpen over geschreven, op elke bladzijde hetzelfde: "voor hoe lang".

Hij is beleefd, hij eet, hij gaat naar school. Maar hij pakt zijn rugzak nooit uit. Alles zit er nog in. Hij slaapt met zijn schoenen naast het bed.

Ik weet dat hij het recht heeft om niet te geloven dat het deze keer anders is. Ik weet niet hoe ik hem kan laten voelen dat we niet opgeven, zonder iets te beloven wat niet in mijn handen ligt.

Kan [[Jayden]] ook zelf bij jullie terecht? Hij heeft nog nooit met iemand willen praten van de diensten, "die schrijven alles op", zegt hij.

Hartelijke groet,
[[Evi]]
""", subject="voor ons pleegkind", identity=["Lootens", "Boezinge"]),

    S("limburg-inspreken", "v12snl_tb_android", "nl",
      "own-account voice-to-text own-name-in-text self-harm dialect-limburg no-punctuation "
      "short-last-line",
      ("", "bram.wijnants.09@telenet.example"), """
hallo ik spreek dit in want ich kan neet typen mien hand trilt
ich bin [[Bram]] ich bin 16 ich woon in Bree
ich heb vannacht aan de spoorweg gestaan
ich bin teruggegaan naar hoes want mien hond blafte toen ich de deur openmaakte en ich dacht wie laat die uit morgen
ich heb het nog aan niemand gezegd
mien ma slaapt
ich wil neet dood ich wil gewoon da het stil is in mien kop
wat moet ich doen nu
ich zit op mien kamer met de hond
""", subject="nu", identity=["wijnants"]),

    S("reply-brief-aan-ma", "v12snl_fairemail", "nl",
      "own-account reply-with-quote own-name-in-text parents dialect-antwerp long paste",
      ("Ruth Verbist", "ruth.verbist@gmail.example"), """
hoi, ik ben het nog eens, [[Ruth]], van de mail over mijn ouders en de verhuis

ik heb gedaan wat ge zei en ik heb een brief geschreven aan mijn ma in plaats van te praten, want als we praten roepen we. ik heb hem gisteren op haar kussen gelegd. ik plak hem hier ook zodat ge weet wat ik geschreven heb:

"Ma,
Ik wil niet verhuizen naar Spanje. Ik weet dat gij daar gelukkiger gaat zijn bij [[Miguel]]. Maar ik ben 17 en mijn leven is hier, mijn school, mijn vriendinnen, de scouts, oma. Ik wil bij papa blijven wonen tot ik 18 ben. Dat is niet omdat ik u niet graag zie.
[[Ruthje]]"

ze heeft hem gelezen en ze heeft niks gezegd. vanmorgen stond er ontbijt voor mij klaar met een hartje op mijn bord getekend met choco. en nu weet ik niet wat dat betekent. is dat ja of nee?

mijn pa zegt ik moet haar tijd geven
ik wil gewoon weten wat er gaat gebeuren
""", subject="Re: Antwoord van Lumi", quote=ANSWER_NL),
]

EXTRA_FIRST_NAMES = frozenset({
    "Hendrik", "Maria", "Hugo", "Ana", "Yasmina", "Salma", "Katja", "Greet", "Jacqueline",
    "Robbe", "Jana", "Eddy", "Bart-Jan", "Olivier", "Rita", "Godelieve", "Mounir",
})
