# ruff: noqa: E501  (the writers' lines are kept as they typed them, long lines included)
"""Hand-written bodies of part `seeker-nl` of the tenth held-out relay-text corpus.

Dressed by tests/tools/relay_corpus_heldout10_seeker_nl.py. `[[...]]` marks identity, `<<...>>`
what is neither content nor identity (see relay_corpus_heldout.py). Whoever changes the relay's
rules does not read this file. Do not tune on it.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Yasmine", "Arne", "Jarne", "Lore", "Geert", "Natalie", "Kobe", "Dries", "Britt", "Isa",
    "Zoë", "Lander", "Zita", "Mathis", "Elias", "Imane", "Robbe", "Tom", "Dirk", "Mohammad",
})


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: Any) -> Case:
    return Case(slug="h10n-" + slug, direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)


LUMI_NL = """Hoi,

Dank je dat je ons schreef. Wat je vertelt is zwaar, en het is goed dat je het niet alleen
blijft dragen. Je mag hier alles zeggen, in je eigen woorden en op je eigen tempo.

Mag ik je iets vragen: is er iemand in je buurt bij wie je je een beetje veilig voelt?

Schrijf gerust terug.
Warme groet,
Lumi"""

LUMI_FR = """Bonjour,

Merci de nous avoir écrit. Ce que tu racontes est lourd et tu as bien fait d'en parler.
Tu peux nous écrire quand tu veux, avec tes mots à toi.

Est-ce qu'il y a quelqu'un autour de toi avec qui tu te sens un peu en sécurité ?

Chaleureusement,
Lumi"""

LUMI_EN = """Hi,

Thank you for writing to us. What you describe sounds heavy, and it's good that you told
someone. You can write here whenever you want, in your own words.

Is there anyone around you that you feel a bit safe with?

Warmly,
Lumi"""


CASES: list[Case] = [
    S("nieuwjaarsbrief", "gmail_android", "nl",
      ["dialect-antwerp", "own-account", "grief", "paste", "words-after-signoff",
       "own-name-in-text", "new-shape", "new-year-letter-to-godmother"],
      ("Wout Verbiest", "woutje.verbiest@telenet-gezin.example"),
      """hallo lumi

ik ben 11 en ik zit in het vijfde. mijn meter is gestorven in de kerstvakantie en ik had al mijne nieuwjaarsbrief geschreven voor haar. op school hebben we die gemaakt met goud papier. ik heb hem nu overgetypt want ik weet nie wat ik er mee moet doen. mama zegt leg hem op het graf maar dan word hij nat

Liefste meter
Ik wens u een gelukkig nieuwjaar
en een goeie gezondheid
dat ge nie meer naar het ziekenhuis moet
en dat we terug frietjes gaan eten aan de schelde
ik zal braaf zijn en goed leren
veel kusjes
uw petekind [[Wout]]

is dat raar dat ik hem toch wil voorlezen? tegen niemand""",
      subject="mijne brief"),
    S("geboortekaartje", "samsung", "nl",
      ["dialect-limburg", "own-account", "divorce", "parents", "paste", "emoji",
       "own-name-in-text", "new-shape", "birth-announcement-card"],
      ("Febe Claesen", "febeclaesen.x@gmail.example"),
      """hoi

ik weet nie of dit hier mag want het is nie echt erg ofzo. mijne papa heeft een kindje gekregen met zijn nieuwe vriendin. vandaag kwam het kaartje in de bus en mama heeft het op tafel gelegd en is naar boven gegaan. dit staat erop:

~ Hoera, ik ben er! ~
[[Amélie]]
geboren op 2 februari 2026 om 04u12
3,240 kg en 49 cm
Fiere ouders [[Dirk]] en [[Sabine]]
Trotse grote zus [[Febe]] 🎀
Een bezoekje? Graag na een sms'ke naar papa: [[0478 31 92 05]]
[[Maasstraat 12]], [[3630 Maasmechelen]]

ik ben dus de trotse grote zus. niemand heeft da aan mij gevraagd. ik ben 13 en ik ben nu ineens "grote zus" op een kaartje dat naar heel de familie gaat. ich voel mich raar. mag ik da zeggen dat ik da kindje nie wil zien?""",
      subject="kaartje"),
    S("gas-boete", "outlook_mobile", "nl",
      ["dialect-west-flemish", "own-account", "parents", "anxiety", "paste", "own-name-in-text",
       "new-shape", "municipal-fine-letter"],
      ("Warre Vandecasteele", "warre.vdc@outlook.example"),
      """ey

kzyn 16 en kzitn in de shit. we woaren me de mannen in 't park an de vaart en ter was e politiewagen en ze hebben ons gezien me drank. nu is der e brief gekommen van de stad. min moeder ee m opengedoan want ze dacht dat 't van de bank was. tis dit:

Stad Roeselare – Dienst GAS
Betreft: Administratieve sanctie – minderjarige
Dossiernummer: [[GAS/2026/01873]]
Aan de ouders van [[Warre Vandecasteele]], geboren op [[19/06/2009]]
[[Groenestraat 41]], [[8800 Roeselare]]
Uw zoon werd op 24/01/2026 vastgesteld in overtreding van art. 36 van het politiereglement (alcoholgebruik op openbare plaats). Er wordt een bemiddeling voorgesteld.

min vader weet 't nog nie. as hij 't weet ben ik dood. nie letterlijk. mo wel bijna. wa is da bemiddeling? moe'k doar alleene noartoe?""",
      subject="brief van de stad"),
    S("kahoot", "ipad", "nl",
      ["dialect-east-flemish", "own-account", "bullying", "body-image", "school", "paste",
       "own-name-in-text", "new-shape", "quiz-game-leaderboard"],
      ("Kaat Van Hecke", "kaatvanhecke@icloud.example"),
      """Dag Lumi

In de les van frans deden we kahoot en ge moet dan een naam kiezen. Iemand heeft de naam [[KaatjeDikKaatje]] gekozen en die stond dan op het groot scherm voor iedereen. Het was zo:

🏆 Scoreboard
1. [[KaatjeDikKaatje]] 8420
2. baguettelover 7990
3. Mo_is_de_beste 7310
4. xX_frans_Xx 6880

En iedereen lachte en de juf zei alleen "allez, wie is dat, verander uw naam". Niemand zei iets. Ik ben 12 en ik ben nie dik ik weet nie ik ben gewoon groter dan de rest. Ik heb die avond niets gegeten. Is dat pesten of is dat een grap zoals ze zeggen""",
      subject="kahoot"),
    S("poll-groepschat", "gmail_ios", "nl",
      ["dialect-flemish-brabant", "own-account", "bullying", "school", "paste", "emoji",
       "no-punctuation", "own-name-in-text", "new-shape", "chat-poll-results"],
      ("Dries Vanhoof", "dries2011vh@gmail.example"),
      """yo

kzit in 2B en er is een groepschat van de klas zonder de leerkrachten. gisteren heeft iemand een poll gemaakt. kheb het overgetypt want screenshot mag ni in ne mail zeker?

📊 POLL: wie is de grootste loser van 2B
[[Dries V.]] 🤓 — 14 stemmen
Kobe — 3 stemmen
Yusuf — 2 stemmen
niemand want jullie zijn gemeen — 1 stem

die ene stem was van mij. 14 stemmen. we zijn met 22. ik ben 14 ironisch genoeg. kga morgen ni naar school kzen ziek (ni echt)""",
      subject="poll"),
    S("medische-id", "iphone", "nl",
      ["dialect-brussels", "mixed-languages", "own-account", "anxiety", "parents", "paste",
       "own-name-in-text", "new-shape", "medical-id-lock-screen"],
      ("Yas 🌙", "y.elkaddouri@icloud.example"),
      """salut lumi, ik schrijf in het nederlands want ik zit in een nederlandstalige school in jette

mijn mama heeft in mijn gsm gezeten. ze wist mijn code niet maar op het slotscherm kun je de medische ID zien en daar had ik dingen ingevuld voor als er iets gebeurt. dit staat er:

Medische ID
[[Yasmine El Kaddouri]]
Geboortedatum [[11 okt. 2010]]
Medische aandoeningen: paniekaanvallen, angststoornis
Medicatie: sertraline 50 mg ('s avonds)
Allergieën: geen
Noodcontacten:
Mama ❤️ [[+32 486 70 14 22]]
[[Hind]] (zus) [[+32 471 55 08 63]]

ze wist niet dat ik sertraline neem. de dokter heeft het voorgeschreven toen ik bij mijn papa was en ik haal het zelf bij de apotheek. nu is ze kwaad en verdrietig tegelijk en ze zegt "waarom weet een telefoon meer dan ik". allez ik ben 15 en ik dacht dat ik het zelf mocht beslissen? ça va pas""",
      subject="slotscherm"),
    S("kampadres", "outlook_desktop", "nl",
      ["dialect-antwerp", "parent-account", "work-account", "other-account", "parent-writing",
       "written-for", "anxiety", "signature", "own-name-in-text", "paste", "new-shape",
       "camp-letter-address"],
      ("Bart Van Looy", "bart.vanlooy@vanlooy-dakwerken.example"),
      """Dag,

Ik typ dit voor mijn zoon [[Kobe]] (10), hij zit naast mij en zegt wat ik moet schrijven. Ik laat het zoals hij het zegt.

"ik ga in juli op kamp met de welpen. 10 dagen. ik wil wel gaan maar ik doe soms nog in mijn bed en als de anderen dat zien dan ben ik voor altijd de pisbed. papa zegt dat ik gewoon een luier moet aandoen maar dat ziet iedereen toch. mama heeft al het adres opgeschreven voor de brieven:

[[Kobe Van Looy]]
Welpen – [[Scouts Sint-Jozef]]
Kampterrein [[Les Hêtres]]
[[Rue du Moulin 4]]
[[6990 Hotton]]

maar ik wil geen brieven ik wil gewoon thuis slapen. mag ik zeggen dat ik ziek ben?"

Dat was het. Hij wil zelf graag een antwoord lezen, dus schrijf gerust aan hem.

Groeten,""",
      subject="vraag van mijn zoon",
      sig="""[[Bart Van Looy]]
Zaakvoerder
[[Van Looy Dakwerken bv]]
[[Edegemsesteenweg 201]], [[2640 Mortsel]]
T [[03 440 18 27]] | www.vanlooy-dakwerken.example"""),
    S("strijklabels", "samsung", "nl",
      ["dialect-east-flemish", "parent-account", "other-account", "gender-identity", "parents",
       "paste", "own-name-in-text", "new-shape", "iron-on-name-labels"],
      ("Griet De Cock", "griet.decock@skynet-mail.example"),
      """hallo

dit is de mail van mijn mama maar ik ben het, niet mama.

ik ben 12 en ik ben een meisje, alleen weet bijna niemand dat. thuis weet mama het sinds de herfst en ze zegt dat ze het probeert. maar gisteren kwam er een pakje voor de zeeklassen en dat waren strijklabeltjes voor in mijn kleren. op de bevestiging stond dit:

Bestelling [[#NL-448213]] – Strijklabels Classic
Tekst regel 1: [[Arne De Cock]]
Tekst regel 2: ⭐
Aantal: 60 stuks, kleur marine
Leveradres: [[Lindenlaan 9]], [[9820 Merelbeke]]

60 keer mijn oude naam. in elke sok. ik had gevraagd of er [[Amber]] op mocht staan of alleen de eerste letter. mama zegt dat de juf de naam op de lijst moet kunnen vinden. ik snap dat maar ik moest wenen in de badkamer

hoe zeg ik tegen mama dat het pijn doet zonder dat ze weer zegt dat ze haar best doet""",
      subject="labeltjes"),
    S("armbandjes", "gmail_web", "nl",
      ["dialect-limburg", "own-account", "friends", "emoji", "signature-like-own-lines",
       "own-name-in-text", "new-shape", "bead-bracelet-letters"],
      ("Mila Bollen", "mila.bollen.hasselt@gmail.example"),
      """Hallo Lumi!!

ik ben [[Mila]] en ik ben 11 jaar. Ik heb een vraag over vriendschap.

Ik maak armbandjes met letterkralen. Voor mijn beste vriendin Jade heb ik er een gemaakt met BFF en haar naam en voor mij eentje met
🟣 [[M-I-L-A]] 🟣
En we zouden ruilen. Maar vandaag had ze een armbandje aan van een ander meisje met "Jade + Ella" en mijn armbandje lag in haar bank. 😢 ich höb neet gezeet dat ik het zag.

Mag ik het terugvragen? Of is dat kinderachtig. Mama zegt kralen zijn geen ruzie waard maar het voelt wel zo.

groetjes van een meisje uit Hasselt""",
      subject="armbandje 💜"),
    S("fotocake", "v10snl_kpn", "nl",
      ["nl-netherlands", "own-account", "body-image", "paste", "own-name-in-text", "new-shape",
       "photo-cake-order-slip"],
      ("Fenna Dijkstra", "fennadijkstra10@kpnmail.example"),
      """Hoi,

Ik ben vorige week 16 geworden. Mijn moeder had een fotocake besteld bij de bakker in het dorp, zo'n taart met een foto erop. Op de bon stond:

Fotocake rond 24 cm – 12 pers.
Tekst: "Hoera [[Fenna]] 16 jaar!! 🎉"
Foto: [[fenna_strand_2025.jpg]]
Afhalen: za 10.00 uur
Naam: [[Fam. Dijkstra]], [[06-41892037]]

De foto was van mij op het strand vorige zomer in bikini. Iedereen van de familie heeft een stuk van mijn buik gegeten. Dat klinkt grappig maar ik kon niks eten die avond en ook daarna niet echt. Ik weet niet of ik dit mag zeggen maar ik eet nu al 2 weken bijna niks en ik tel alles. Mijn moeder denkt dat ik lijn voor de zomer.

Hoe zeg ik dat tegen iemand zonder dat het meteen een Ding wordt""",
      subject="taart"),
    S("verkiezingsaffiche", "v10snl_outlook_lite", "nl",
      ["dialect-west-flemish", "own-account", "coming-out", "school", "paste", "emoji",
       "own-name-in-text", "new-shape", "election-poster"],
      ("Jarne Desmet", "jarne_desmet@hotmail.example"),
      """hallo

kzyn 17 en kzitten in 't zesde middelbaar in Kortrijk. kzyn kandidaat voor de leerlingenraad en m'n vrienden hebben affiches gemakt, ze hangen overal in de gangen:

🗳️ STEM [[JARNE]]! 🗳️
Een stem voor [[Jarne Desmet]] ([[6 Wet-Wisk]]) = een stem voor
✅ gratis water in de refter
✅ een echte chillruimte
✅ respect voor iedereen 🌈
#[[TeamJarne]] #[[JarneVoorVoorzitter]]

die regenboog hebben zij erop gezet "omdat da modern is". ze weten nie dat ik op jongens val. nu vraagt iedereen of dat regenboogje iets betekent en ik lach het weg. mo ik wil het eigenlijk zelf zeggen, op mijn manier, nie via een affiche.

moe'k wachten tot na de verkiezingen?""",
      subject="affiche"),
    S("cv-jobstudent", "v10snl_proximus", "nl",
      ["dialect-flemish-brabant", "own-account", "anxiety", "school", "paste", "contact-in-text",
       "own-name-in-text", "new-shape", "pasted-cv"],
      ("Lore Smolders", "lore.smolders@proximus-mail.example"),
      """Hallo,

Kvraag mij iets af en ik weet ni aan wie ik het anders moet vragen. Ik ben 17 en ik wil deze zomer werken in een supermarkt. Ik heb autisme (diagnose sinds ik 12 was). Moet dat op mijn cv? Dit is wat ik nu heb:

CURRICULUM VITAE
[[Lore Smolders]]
[[Tiensesteenweg 312]], [[3360 Bierbeek]]
[[0492 18 77 40]] – [[lore.smolders@proximus-mail.example]]
°[[04/09/2008]]
Opleiding: 6de jaar Handel, [[Heilig-Hartinstituut Heverlee]]
Talen: Nederlands, Frans, Engels
Ervaring: vrijwilliger speelpleinwerking (2023-2025)
Eigenschappen: nauwkeurig, eerlijk, houd van structuur
Hobby's: dressuur, puzzels van 3000 stukjes

Mijn mama zegt zet het er niet op, dan nemen ze u niet. Mijn begeleidster zegt zet het er wel op dan weten ze waarom ik soms geen oogcontact maak. Ik word er zenuwachtig van dat ik moet kiezen. Bij het gesprek ga ik sowieso iets raars doen.""",
      subject="cv vraag"),
    S("trouwuitnodiging", "outlook_android", "nl",
      ["dialect-antwerp", "own-account", "divorce", "parents", "paste", "own-name-in-text",
       "new-shape", "wedding-invitation"],
      ("Rune Verhaegen", "rune.verhaegen@outlook.example"),
      """hey

mijn pa gaat trouwen. ik heb het gehoord via de uitnodiging, ni via hem. die lag bij mijn moeder in de bus want mijne naam staat erop ofzo. hier:

Met veel liefde nodigen
[[Geert Verhaegen]] & [[Natalie Somers]]
samen met hun kinderen [[Rune]], [[Fien]] en [[Mats]]
u uit op hun trouwfeest
op zaterdag 13 juni 2026
in [[zaal 't Hoefijzer, Kapellen]]
Antwoord graag vóór 1 mei: [[0479 22 61 08]] of [[geert.natalie2026@trouw.example]]

"samen met hun kinderen". ik heb dat kaartje nooit gezien voor het gedrukt was. ik ken [[Fien]] en [[Mats]] van 3 weekends. ik ben 15 ik ben geen decoratie. mijn moeder zegt ik moet ni gaan als ik ni wil maar dan ben ik de lastige.

allez. wa zoudt gij doen""",
      subject="trouw"),
    S("weerbericht", "thunderbird", "nl",
      ["family-account", "other-account", "loneliness", "parents", "signature-like-own-lines",
       "no-identity-in-body", "new-shape", "weather-report-format"],
      ("Familie Vermeulen", "vermeulen.gezin@telenet-mail.example"),
      """WEERBERICHT VOOR MIJ
maandag 2 maart

Vandaag: zwaar bewolkt, vooral in het hoofd. Tegen de middag kans op een bui op de wc van school (80%).
Wind: sterke tegenwind van mama, uit het noorden.
Temperatuur: gevoelstemperatuur 3 graden, ook als de verwarming aanstaat.
Morgen: hetzelfde. Overmorgen ook. Lange termijn: geen opklaringen voorzien.
Waarschuwing: code oranje voor alleen zijn in het weekend.

dit is een opdracht die we moesten doen voor nederlands (een weerbericht schrijven over iets) maar ik heb het over mij gedaan en ik durf het niet af te geven. ik ben 14. het is eigenlijk echt zo. ik heb geen vrienden meer sinds de zomer en thuis zijn ze altijd boos.

wie leest dit eigenlijk?
- een meisje uit Lokeren""",
      subject="weerbericht"),
    S("vacature", "v10snl_fairemail", "nl",
      ["own-account", "loneliness", "grief", "words-after-signoff", "own-name-in-text",
       "new-shape", "job-vacancy-format"],
      ("jens", "jnsgnk2010@posteo-mail.example"),
      """GEZOCHT (m/v/x)
Iemand die luistert

Wie zijn wij?
Een jongen van 16 uit Genk. Voltijds aanwezig, zelden gehoord.

Wat verwachten wij?
- Je onderbreekt niet
- Je zegt niet "da's de puberteit"
- Je kan tegen lange stiltes
- Kennis van voetbal is een pluspunt (ik ben keeper, reserve)

Wat bieden wij?
- Een vaste babbel, liefst 's avonds na 22u
- Geen loon, sorry
- Eerlijke antwoorden

Solliciteren?
Gewoon antwoorden op deze mail. Vragen naar [[Jens]].

ja het is een beetje lachen maar ook niet. sinds mijn opa dood is praat er thuis niemand meer. papa zit in zijn garage en mama kijkt naar series. ik zit op mijn kamer en dan is het 2 uur 's nachts.""",
      subject="vacature"),
    S("tweede-persoon", "gmail_web", "nl",
      ["dialect-brussels", "mixed-languages", "own-account", "family-violence",
       "own-name-in-text", "new-shape", "second-person-narration"],
      ("Naïma", "naima.o.2008@gmail.example"),
      """Je bent 17. Je woont in Molenbeek, vlak bij de metro. Je zit in het zesde in een Nederlandstalige school omdat je papa dat wou, "voor later". Je spreekt Arabisch met je oma, Frans met je vrienden en Nederlands met de leerkrachten.

Je komt thuis en je luistert eerst aan de deur. Als de tv luid staat is het oké. Als het stil is, is het niet oké.

Je broer is 10. Je zet hem op zijn kamer met de tablet en een koptelefoon, volume op 80%, zodat hij het niet hoort.

Je denkt: dat is normaal, elke familie roept.
Je weet: nee.

Je schrijft dit in de tweede persoon omdat het dan over iemand anders gaat.

Het is over mij. Ik ben [[Naïma]]. Wallah ik weet niet wat ik moet doen. Ik wil niet dat ze mijn papa meenemen. Ik wil alleen dat het stil is op een goeie manier.""",
      subject="jij"),
    S("sinterklaasgedicht", "yahoo", "nl",
      ["nl-netherlands", "own-account", "bullying", "school", "signature-like-own-lines",
       "own-name-in-text", "new-shape", "sinterklaas-poem"],
      ("Daan de Wit", "daandewit2013@ziggo-mail.example"),
      """Sint zat te denken, wat schrijf ik deze keer,
voor een jongen uit groep 8 die niet meer wil, niet meer.
Op school noemen ze hem "[[Daantje Dons]]",
ze gooien zijn jas in de sloot, ze zeggen "jij hoort niet bij ons".
In de pauze staat hij alleen bij het hek,
en thuis zegt hij niks, want dan maakt hij het gek.
Zijn moeder vraagt "hoe was het?", hij zegt "gewoon goed",
maar 's nachts ligt hij wakker en weet niet wat hij doet.
Dus Sint stuurt dit gedicht naar de hulplijn vandaag,
want die jongen heeft eigenlijk maar één vraag:
hoe zorg je dat het stopt zonder dat je klikt?
En hoe word je weer iemand die 's ochtends niet schrikt?

Sint en Piet

(nee grapje ik ben het zelf. [[Daan]], 12 jaar. we moesten een gedicht maken voor de surprise en ik heb dit gemaakt maar dit kan ik niet inleveren natuurlijk)""",
      subject="gedicht"),
    S("kettingbrief", "huawei", "nl",
      ["dialect-flemish-brabant", "own-account", "anxiety", "paste", "emoji",
       "no-identity-in-body", "new-shape", "chain-letter"],
      ("Elise W", "elise.wauters.vvd@gmail.example"),
      """help ik ben echt bang

ik kreeg dit op whatsapp van een nummer dat ik niet ken:

⚠️⚠️ LEES DIT HELEMAAL ⚠️⚠️
Er was eens een meisje, Clara, 13 jaar. Ze kreeg deze boodschap en stuurde ze niet door. Drie dagen later was haar mama dood. Stuur dit naar 15 mensen binnen het uur of vannacht om 3u staat ze aan je bed. Als je het doorstuurt krijg je morgen goed nieuws 🍀
NIET NEGEREN. ZE ZIET HET.

ik heb het naar niemand gestuurd want ik wil mijn vriendinnen ni bang maken. maar nu is het al 2 uur geleden. ik ben ook 13. mijn mama is nu op nachtdienst in het ziekenhuis. ik weet da het niet echt is maar ik kan ni stoppen met denken

mag ik het nu toch nog doorsturen? is dat erg?""",
      subject="help"),
    S("bijles", "gmail_web", "nl",
      ["other-account", "written-for", "not-the-parent", "tutor", "family-violence",
       "signature", "own-name-in-text", "new-shape", "private-tutor-writing"],
      ("Margot Lemmens", "margotlemmens.bijles@gmail.example"),
      """Hallo,

Ik ben studente en ik geef sinds september bijles wiskunde aan een meisje van 14 uit Kessel-Lo, [[Ilona]]. Ik kom elke woensdag bij haar thuis.

Vandaag had ze een blauwe plek op haar pols en toen ik vroeg wat er gebeurd was zei ze "papa was boos over mijn toets". Daarna zei ze snel dat het een grap was en dat ik het niet mocht zeggen. Ze heeft de rest van de les niets meer gezegd, alleen oefeningen gemaakt, heel netjes, alles juist.

Ik ben geen leerkracht, ik heb geen school achter mij en ik word betaald door die papa. Ik weet niet bij wie ik dit moet melden en of ik dat mag. Ik heb [[Ilona]] gevraagd of ik jullie mocht mailen en ze heeft geknikt. Kan ze jullie ook zelf schrijven? Ik zou haar dit adres geven op een briefje.

Dank je wel,""",
      subject="een leerlinge van mij",
      sig="""[[Margot]] – bijles wiskunde & fysica
[[0468 20 11 93]]""", sig_dash=True),
    S("babysit", "ipad", "nl",
      ["other-account", "borrowed-account", "written-for", "not-the-parent", "babysitter",
       "self-harm", "contact-in-text", "own-name-in-text", "new-shape",
       "babysitter-on-employer-family-tablet"],
      ("Smolders-Aerts", "gezin.smolders.aerts@icloud.example"),
      """hallo lumi

ik ben aan het babysitten en ik gebruik de ipad van de mensen waar ik oppas (ik zeg het erbij want het is niet mijn mail). ik ben 16, ik pas hier al een jaar op op een jongetje van 10, [[Lowie]].

vanavond toen ik hem in bed stopte vroeg hij of ik wist hoe je "dood" moest gaan zonder pijn. hij zei het heel gewoon, zoals je vraagt hoe laat het is. ik heb gezegd dat ik heel blij ben dat hij er is en hij is nu in slaap gevallen. zijn ouders zijn op een trouwfeest tot laat.

moet ik het zeggen tegen zijn mama als ze thuiskomt? ik ben bang dat ze denkt dat ik overdrijf of dat ik iets verkeerd gedaan heb. en ik ben ook een beetje in paniek eerlijk gezegd.

ik ben [[Jana]] trouwens. als jullie terugschrijven komt het op deze ipad, dus misschien beter naar [[jana.v.oppas@gmail.example]]?""",
      subject="dringend?? over een kindje"),
    S("buschauffeur", "outlook_desktop", "nl",
      ["other-account", "work-account", "written-for", "not-the-parent", "bus-driver",
       "bullying", "signature", "disclaimer", "own-name-in-text", "new-shape",
       "school-bus-driver-writing"],
      ("Dirk Vanhoutte", "dirk.vanhoutte@autocars-vandenbroucke.example"),
      """Goeiendag,

Ik ben chauffeur van de schoolbus voor het buitengewoon onderwijs, al 11 jaar. Ik schrijf voor een jongen van 12 die elke dag meerijdt, [[Ruben]]. Hij zit altijd vooraan bij mij.

De laatste weken gooien twee grotere gasten zijn brooddoos door de bus en gisteren hebben ze zijn broek naar beneden getrokken aan de halte, voor iedereen. Ik heb het gemeld op mijn werk maar ze zeggen dat de begeleider van de school dat moet oplossen, en die rijdt niet mee.

[[Ruben]] zegt tegen mij: "meneer de chauffeur, mag ik bij u blijven zitten, ook later als ik groot ben". Da's niet om te lachen. Ik heb zelf kleinkinderen.

Kan er iemand van jullie met hem praten? Hij heeft een gsm maar kan niet zo goed lezen, de mama wel.

Met vriendelijke groeten""",
      subject="jongen op mijn bus",
      sig="""[[Dirk Vanhoutte]]
Chauffeur leerlingenvervoer
[[Autocars Vandenbroucke nv]]
[[Ieperseweg 118]] – [[8800 Roeselare]]
GSM [[0475 63 20 91]]

Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing ontvangen heeft, gelieve de afzender te verwittigen en het bericht te verwijderen."""),
    S("ziekenhuis-ipad", "outlook_mobile", "nl",
      ["shared-account", "other-account", "self-harm", "parents", "signature",
       "own-name-in-text", "new-shape", "hospital-ward-device"],
      ("K3 Kinderafdeling", "k3.kinderen@azsintlucas-gent.example"),
      """hoi

ik ben 13 en ik lig in het ziekenhuis sinds dinsdag. ik mag de ipad van de afdeling gebruiken van de verpleegster, die staat in de speelkamer, dus dit is niet mijn mail. antwoord wel gewoon hier, ze zeggen dat ze het naar mijn kamer brengen zonder te lezen.

ik heb te veel pillen genomen. niet om dood te gaan denk ik. ik weet het eigenlijk niet meer. iedereen is nu heel lief en dat is nog erger. mama slaapt hier op een zetel en ze heeft geweend in de gang en ze denkt dat ik het niet hoorde.

de psycholoog hier is ok maar ik durf niet alles zeggen want zij gaat het tegen mama zeggen denk ik.

[[Ine]], [[kamer 214]]""",
      subject="vraag",
      sig="""Dit toestel wordt gedeeld door patiënten van [[K3 Kinderafdeling]] – [[AZ Sint-Lucas Gent]].
Meld je af na gebruik."""),
    S("kluisje", "gmail_android", "nl",
      ["dialect-east-flemish", "own-account", "coming-out", "bullying", "school", "paste",
       "emoji", "short-last-line", "own-name-in-text", "new-shape", "locker-label-graffiti"],
      ("Elias Verstraeten", "elias.verstraeten09@gmail.example"),
      """ier is t

iemand heeft op mijn kluisje geschreven met alcoholstift. op mijn kluisje hangt zo een etiket van school met mijn naam en dan hebben ze daar onder geschreven. het staat er nu zo:

KLUIS 118
[[Elias Verstraeten]] – [[4B]]
[[ELIAS]] = 🏳️‍🌈 HOMO ♥️ XXX

ik ben 15. het erge is niet dat ze het geschreven hebben. het erge is dat het klopt en dat ik het nog niet gezegd had tegen iemand. nu denkt iedereen dat het een grap is en ik lach mee. de conciërge heeft het er nog niet afgekregen, hij zegt da is permanent

ik ga morgen met mijn jas over mijn kluisje hangen.
tis nen ambetante week""",
      subject="kluisje"),
]

CASES += [
    S("medaille", "apple_mail", "nl",
      ["dialect-limburg", "own-account", "body-image", "parents", "paste", "own-name-in-text",
       "new-shape", "trophy-engraving"],
      ("Britt Vanhees", "britt.vanhees@me.example"),
      """Hallo,

Dit is de tekst op de beker die ik vorige zaterdag won:

PROVINCIAAL KAMPIOENSCHAP LIMBURG 2026
200 m vlinderslag – dames 15 jaar
1ste plaats
[[Britt Vanhees]] – [[LZV Lommel]]

Mijn papa heeft hem op de schouw gezet en er meteen een foto van op Facebook gezet. Ik ben 15 en ik zwem sinds ik 6 ben. Ik haat het eigenlijk. Ik sta om 5u op, ik train 9 keer per week en na elke training weegt papa mij. Als ik te zwaar ben volgens hem mag ik geen boterham meer 's avonds.

Ich weit neet of dat normaal is bij topsport. Mijn trainster zegt niks. Iedereen zegt "ge zijt zo getalenteerd". Ik wil gewoon eens een zaterdag uitslapen zonder dat het voelt alsof ik iemand verraad.""",
      subject="beker"),
    S("haiku", "v10snl_hey", "en",
      ["own-account", "grief", "loneliness", "mixed-languages", "one-phrase-a-line",
       "own-name-in-text", "new-shape", "haiku"],
      ("Ingrid Halvorsen", "ingrid.h@hey-mail.example"),
      """three haiku because my English teacher says they help

grandad in the ground
Oslo snow, Brussels just rain
nobody speaks Norsk

mum says be grateful
we moved here for her big job
I eat lunch alone

[[Ingrid]], they call me
but grandad said [[Inga]], [[Ingeli]]
now no one says it

I'm 16. he died in January and we didn't fly back for the funeral because of mum's work. is it normal that I'm angrier about that than sad?""",
      subject="haiku"),
    S("objets-trouves", "samsung", "fr",
      ["own-account", "bullying", "school", "paste", "emoji", "own-name-in-text", "new-shape",
       "lost-and-found-notice"],
      ("Imane Benali", "imane.benali.bxl@gmail.example"),
      """Bonjour,

J'ai 14 ans et je suis en 3e secondaire à Schaerbeek. Aujourd'hui, il y avait ça sur le panneau à côté du secrétariat, imprimé et affiché :

OBJETS TROUVÉS – semaine du 2 mars
• 1 veste noire Nike (taille M)
• 1 gourde rose "Stanley"
• 1 sac de gym bleu – nom à l'intérieur : [[Imane B.]], [[3C]]
  (trouvé dans les toilettes des garçons 🚽)

Sauf que je l'ai pas perdu mon sac. Quelqu'un l'a pris dans mon casier et l'a mis là exprès, et l'éducateur a écrit "trouvé dans les toilettes des garçons" avec un émoji. Toute l'école l'a vu. Depuis on me fait des bruits quand je passe.

Je sais pas si je dois aller le rechercher ou le laisser là pour toujours.""",
      subject="objets trouvés"),
    S("blaze", "v10snl_outlook_lite", "fr",
      ["own-account", "parents", "no-punctuation", "own-name-in-text", "new-shape",
       "graffiti-tag"],
      ("", "kyro.bx1070@outlook.example"),
      """wesh

je vais pas dire mon vrai nom. mon blaze c'est [[KYRO]], je tague depuis mes 14 ans, surtout le long du canal et sur les trains à l'arrêt. j'ai 17 maintenant.

samedi la police m'a attrapé avec des bombes dans mon sac. ils ont pris des photos de mon carnet de croquis, y a [[KYRO]] partout dedans, en bulles, en 3D, sur chaque page. le flic a dit "on va pouvoir te lier à 200 tags, c'est 200 plaintes". mon père est venu me chercher au commissariat et il m'a pas dit un mot dans la voiture. depuis il me parle plus du tout. 3 jours

j'ai l'impression que c'est la seule chose que je sais faire de bien et c'est illégal. et mon père me regarde comme si j'étais un voleur""",
      subject="mon père", from_style="bare"),
    S("dictee-mama-roept", "v10snl_samsung_tab", "nl",
      ["own-account", "voice-to-text", "no-punctuation", "parents", "own-name-in-text",
       "new-shape", "dictation-catches-another-voice"],
      ("Senne Jacobs", "senne.jacobs2015@gmail.example"),
      """hallo lumi ik spreek dit in want typen gaat traag ik ben 11 jaar en ik heb een vraag over mijn mama en papa die maken elke avond ruzie over geld en over mij ook soms punt en dan ga ik onder mijn deken en dan zet ik muziek op nieuwe regel
[[Senne]] kom eten het is op tafel
nee dat moet er niet in mama riep gewoon punt nieuwe regel
mijn vraag is of het mijn schuld is want het gaat soms over mijn schoenen die te duur waren vraagteken
[[Senne]] nu
ok ik moet gaan doei""",
      subject="vraag van mij"),
    S("recensie", "proton", "nl",
      ["own-account", "loneliness", "love", "no-identity-in-body", "new-shape",
       "star-review-format"],
      ("Hanne D.", "hanne.d@proton.example"),
      """Mijn week, beoordeeld

Maandag ★☆☆☆☆
Niet uit bed geraakt voor de les van 8u30. Ook niet voor die van 13u.

Dinsdag ★★☆☆☆
Kotgenoten deden een filmavond. Ik ben gegaan, 20 minuten. Pluspunt: popcorn. Minpunt: ik.

Woensdag ☆☆☆☆☆
Geen sterren. Ik ben 19 en ik heb de hele dag naar het plafond gekeken en aan mijn ex gedacht.

Donderdag ★★★☆☆
Mama belde. Ik deed alsof alles oké was. Goeie acteerprestatie, verdient een ster extra.

Vrijdag: nog niet beoordeeld.

Eindscore: 1,2 op 5. Zou dit leven niet aanraden aan een vriendin.

Sorry voor het cynische. Ik weet niet hoe ik het anders moet opschrijven zonder dat het te zwaar wordt. Ik denk dat ik depressief ben. Ik heb nog nooit met iemand daarover gepraat.""",
      subject="recensie"),
    S("kies-je-avontuur", "telenet_webmail", "nl",
      ["dialect-antwerp", "own-account", "family-violence", "parents", "no-identity-in-body",
       "new-shape", "choose-your-own-adventure"],
      ("Tuur Mertens", "tuur.mertens@telenet-mail.example"),
      """KIES JE EIGEN AVONTUUR (maar dan echt)

1. Je bent 13. Je mama heeft een nieuwe vriend, Patrick. Hij drinkt. Als hij drinkt wordt hij luid.
   Ga je naar je kamer? → ga naar 2
   Zeg je iets? → ga naar 3

2. Je zit op je kamer. Je hoort glas breken. Je mama roept "'t is niks, slaap maar".
   Ga je kijken? → ga naar 3
   Bel je je papa in Merksem? → ga naar 4

3. Patrick zegt "bemoei u ni, manneke". Je mama kijkt naar de grond.
   → terug naar 1

4. Je papa neemt niet op. Het is 23u.
   → terug naar 1

Ziede. Elk pad komt terug bij 1. Dat is mijn leven nu. Ik heb dit gemaakt in de les informatica want we moesten een "interactief verhaal" programmeren. Ik heb het niet ingediend.

Is er een 5? Wat staat er bij 5?""",
      subject="avontuur"),
    S("spreekbeurt", "windows_mail", "nl",
      ["dialect-west-flemish", "own-account", "school", "parents", "paste", "own-name-in-text",
       "new-shape", "presentation-outline"],
      ("Lander Vercruysse", "lander.vercruysse@outlook.example"),
      """Hallo,

ik ben 12 en ik zit in het 6de leerjaar. ik moet een spreekbeurt geven en ik wil hem doen over ADHD omdat ik dat heb. maar mijn mama vindt dat geen goed idee "want dan weet iedereen het". ik heb al een blad gemaakt:

SPREEKBEURT
Onderwerp: ADHD (en ik)
Door: [[Lander Vercruysse]]
1. Wat is ADHD? (hersenen, niet stout)
2. Hoe voelt dat? (mijn hoofd is een browser met 40 tabbladen)
3. Wat helpt? (pilletje, wiebelkussen, koptelefoon)
4. Wat helpt NIET? ("zit nu eens stil")
5. Vragen

de juf vindt het wel goed. de anderen weten toch al dat ik anders ben. ik wil dat ze snappen waarom.

moe'k luisteren noar mama of noar de juf?""",
      subject="spreekbeurt"),
    S("jobstudent-account", "outlook_web", "nl",
      ["dialect-flemish-brabant", "work-account", "love", "signature", "no-identity-in-body",
       "new-shape", "student-job-account"],
      ("Zita Van Roy", "zita.vanroy@tuincentrum-groenhof.example"),
      """hoi, ik zit op mijn pauze en ik heb alleen mijn werkmail op de computer in de kantine. sorry.

ik ben 18 en ik werk hier in het weekend. mijn lief werkt hier ook, in de serre. we zijn sinds 4 maanden samen. hij kijkt op mijn gsm, hij wil weten met wie ik sms en als ik met een jongen van de kassa praat is hij de hele dag kwaad en zegt hij niks tegen mij. gisteren heeft hij mijn gsm afgepakt en mijn wachtwoord veranderd van insta.

iedereen hier vindt hem zo'n schatje. ik weet niet of ik overdrijf.

antwoord aub niet op dit adres, mijn chef kan dat lezen. ik probeer straks thuis met een ander adres te mailen""",
      subject="vraag",
      sig="""[[Zita Van Roy]]
Jobstudent – kassa & klantendienst
[[Tuincentrum Groenhof]] | [[Brusselsesteenweg 455]], [[3090 Overijse]]
T [[02 687 41 10]] | www.groenhof.example
🌱 Deze maand: 20% op alle fruitbomen!"""),
    S("ps5-browser", "outlook_web", "nl",
      ["dialect-antwerp", "own-account", "parents", "school", "loneliness", "typos", "emoji",
       "no-identity-in-body", "new-shape", "game-console-browser"],
      ("Milan Goossens", "milan.goossens@outlook.example"),
      """YO LUMI

sorry voor de rare zinnen ik typ met de controller op de ps5 want mijn gsm is afgepakt😂 elke letter duurt 3 seconden

mijn pa heeft mijn gsm afgepakt voor 2 weken omdat mijn rapport slecht is, 4 tekorten. maar hij zit zelf de hele avond op zijn gsm. ik ben 15 ik heb gewoon gin zin meer in school, ik slaap in de les, ik speel tot 3u. ik weet da da ni goe is.

ma ik voel mij alleen beter als ik speel, dan zijn er mensen die mij kennen

ok mijn hand doet pijn van de controller. doei""",
      subject="yo", label_client="Outlook web (PlayStation 5 browser)"),
    S("opvangcentrum", "webmail", "nl",
      ["shared-account", "other-account", "loneliness", "anxiety", "typos", "own-name-in-text",
       "new-shape", "reception-centre-computer"],
      ("PC Jongerenruimte", "pc-jongeren.lommel@opvang-rodekruis.example"),
      """Hallo

Mijn naam is [[Mohammad Reza]]. Ik ben 16 jaar. Ik kom uit Afghanistan, Herat. Ik ben hier 1 jaar en 2 maand. Ik woon in opvangcentrum. Ik leer Nederlands in OKAN school.

Ik schrijf op computer van centrum. Begeleider zegt het mag.

Mijn probleem. Ik slaap niet. Elke nacht ik denk aan mijn moeder en mijn kleine broers in Iran. Zij weten niet waar ik ben nu, telefoon is kapot. In mijn kamer zijn 4 jongens, zij roepen in nacht. Ik ben moe in school. Juf zegt "[[Reza]] je slaapt" en de klas lacht.

Ik wil niet klagen. Belgie is goed. Maar mijn hart is zwaar.

Sorry voor fout Nederlands.
Dank u""",
      subject="slapen"),
    S("bloemenkaartje", "gmail_web", "nl",
      ["nl-netherlands", "own-account", "love", "anxiety", "paste", "own-name-in-text",
       "new-shape", "florist-card"],
      ("Isa van Dam", "isavandam07@gmail.example"),
      """Hoi Lumi,

Ik weet niet of dit bij jullie hoort want ik woon in Nederland, maar mijn vriendin zei dat jullie ook Nederlanders helpen.

Ik heb het uitgemaakt met mijn vriend (hij is 19, ik 17). Vandaag stond er een bezorger aan de deur met rozen. Op het kaartje:

Bloemenhuis De Linde – bezorging
Voor: [[Isa van Dam]]
Adres: [[Esdoornlaan 7]], [[3817 KL Amersfoort]]
Tekst kaartje: "Voor mijn [[Isa]]. Ik weet waar je bent, ik weet wie je ziet. Ik geef je niet op. Nooit. ❤️ T."

Mijn moeder vond het romantisch. Ik vond het eng. Hij weet dat ik bij een vriendin slaap op vrijdag want hij reed er langs, ik zag zijn auto. Is dit stalken of ben ik dramatisch?""",
      subject="bloemen"),
    S("jaarboek", "v10snl_icloud_web", "nl",
      ["dialect-antwerp", "own-account", "body-image", "school", "paste", "emoji",
       "own-name-in-text", "new-shape", "yearbook-page"],
      ("Zoë Nuyts", "zoe.nuyts@icloud.example"),
      """hoi

ons jaarboek is uit, van het zesde. iedereen krijgt een pagina met een "most likely to". dit is de mijne:

[[ZOË NUYTS]] – [[6 Latijn-Wiskunde]]
Bijnaam: "[[Zoëtje]]" / "de Rekenmachine"
Most likely to: ooit een salade te eten zonder dressing 🥗😂
Quote: "ik heb al gegeten"
Binnenkort: Ingenieurswetenschappen @ KU Leuven

iedereen vond het grappig. ik heb gelachen op de foto. niemand weet dat ik al 2 jaar naar een diëtiste en een psycholoog ga voor anorexia. blijkbaar zien ze het dus wel allemaal. ze maken er gewoon grappen over. "ik heb al gegeten" is echt wat ik altijd zeg.

ik ben 18 en ik ga volgend jaar op kot en ik ben zo bang dat ik het daar niet ga volhouden met eten zonder mijn mama die kijkt.""",
      subject="jaarboek"),
    S("kinesist", "outlook_desktop", "nl",
      ["dialect-limburg", "other-account", "work-account", "written-for", "not-the-parent",
       "physiotherapist", "self-harm", "signature", "own-name-in-text", "new-shape",
       "physiotherapist-writing"],
      ("Tom Heylen", "tom@kine-heylen.example"),
      """Beste,

Ik ben kinesist en behandel sinds een paar maanden een patiënte van 15 voor een knieblessure (voetbal). Ze heet [[Kiara]]; ik heb haar toestemming om jullie te schrijven en ze leest mee.

Bij de behandeling van vandaag zag ik op haar bovenbenen verse snijwonden. Toen ik er voorzichtig naar vroeg zei ze dat ze het al een jaar doet en dat niemand het weet, ook haar mama niet, die haar altijd brengt en in de wachtzaal wacht.

Ik ben geen psycholoog en ik wil haar vertrouwen niet beschamen. Zij vroeg zelf: "kan ik daar met iemand over praten die mij niet kent?". Daarom deze mail. Mag zij jullie rechtstreeks mailen, en moet ik intussen zelf iets doen?

Met vriendelijke groeten,""",
      subject="vraag voor een patiënte",
      sig="""[[Tom Heylen]]
Kinesitherapeut – sportkine
[[Praktijk Kine Heylen]]
[[Koolmijnlaan 80]], [[3580 Beringen]]
[[011 43 92 18]] – RIZIV [[5-81273-43-527]]"""),
    S("vergelijkingen", "gmail_android", "nl",
      ["dialect-flemish-brabant", "own-account", "divorce", "loneliness", "school",
       "no-identity-in-body", "new-shape", "equations-format"],
      ("Arthur", "arthur.dc.halle@gmail.example"),
      """mijn leven in wiskunde want dat is het enige vak waar ik goed in ben

4u slaap + 3 energydrinks = 1 persoon die werkt (ongeveer)
mama + papa − 1 huis = 2 huizen, 2 kamers, 0 keer thuis
1 examen × 6 vakken ÷ 0 motivatie = error
16 jaar − 1 beste vriend die verhuisd is = ik alleen op de speelplaats
x = ?

los op voor x. ik kan het ni.

sorry ik weet ni goed wat ik moet vragen. ik wil gewoon dat iemand weet dat het ni goe gaat""",
      subject="x"),
    S("woordenboek", "gmail_web", "en",
      ["own-account", "loneliness", "parents", "own-name-in-text", "new-shape",
       "dictionary-entry-format"],
      ("Oliver Pendleton", "ollie.pendleton@gmail.example"),
      """[[ollie]] (n.) /ˈɒli/
1. a 15-year-old boy, originally from Leeds, currently living in Leuven against his will.
2. the new kid who says "sorry" too much in Dutch class.
3. (informal) someone who laughs at jokes he doesn't understand so nobody notices.
See also: homesick, invisible, "spreek Nederlands!"
Usage: "Where's [[Ollie]]?" "No idea, he doesn't really talk."

Our English teacher made us write a dictionary entry about ourselves. I wrote the nice one for class and this one for you.

My dad got a job here and my mum cries on the phone to my nan every night. I'm not allowed to complain because "this is a great opportunity". Is it normal to still feel this bad after 6 months?""",
      subject="definition"),
    S("strip", "huawei", "nl",
      ["own-account", "parents", "self-harm", "emoji", "own-name-in-text", "new-shape",
       "comic-panels-format"],
      ("Wannes Van den Bossche", "wannes.vdbossche@gmail.example"),
      """ik maak strips dus ik doe het zo

PANEEL 1
(keuken, avond. papa aan tafel met laptop. ik kom binnen met mijn rapport)
IK: papa kijk ik heb 7 op 10 voor wiskunde!
PAPA: (kijkt niet op) mmm

PANEEL 2
(zelfde keuken. mijn zus komt binnen)
ZUS: papa ik heb mijn rijbewijs!!
PAPA: (springt recht) WAAAT proficiat schat!! 🍾 [[Wannes]] ga eens opzij

PANEEL 3
(ik alleen op mijn kamer. een tekstballon boven mijn hoofd)
IK: misschien moet ik ook iets groots doen. of verdwijnen. dan ziet hij mij wel

PANEEL 4
(leeg. ik weet nog niet wat ik hier moet tekenen)

ik ben 12. dat laatste paneel is geen grap maar ook niet echt serieus. ik weet het niet.""",
      subject="strip"),
    S("naamdag", "v10snl_onet", "nl",
      ["dialect-limburg", "own-account", "mixed-languages", "grief", "loneliness",
       "own-name-in-text", "new-shape", "name-day"],
      ("Franciszka Kowalczyk", "frania.kowalczyk@onet-poczta.example"),
      """cześć Lumi

vandaag is het 9 maart, mijn imieniny, mijn naamdag. in Polen is dat belangrijker dan je verjaardag. mijn babcia belde altijd om 8u 's ochtends en zong "sto lat" voor [[Franeczka]]. vandaag heeft ze niet gebeld. ze is in december gestorven.

hier in Houthalen weet niemand wat een naamdag is. op school zei ik "het is mijn naamdag" en iemand zei "ah zoals een feestdag voor uw naam? raar". ik ben 14 en ik voel mij nergens thuis. in Polen ben ik "de Belgische" en hier "de Poolse". ich höb gein idee woe ich hoor.

mama werkt tot 22u. ik heb een kaars aangestoken voor babcia. is dat stom?

[[Frania]]""",
      subject="imieniny"),
    S("stickerkaart", "gmail_android", "nl",
      ["dialect-flemish-brabant", "own-account", "parents", "paste", "no-punctuation",
       "own-name-in-text", "new-shape", "football-sticker-card"],
      ("Mathis Vranckx", "mathis.vranckx@gmail.example"),
      """ey

onze club heeft een stickeralbum gemaakt zoals panini met alle jeugdploegen. iedereen verzamelt het, ook de mama's. dit staat op mijn sticker:

U13 A – [[KFC Aarschot]] ⚽
#7
[[MATHIS VRANCKX]]
Positie: rechtsbuiten
Lievelingsspeler: Doku
Motto: "nooit opgeven"

het probleem is dat ik wil stoppen met voetbal al een jaar. de trainer roept op ons en mijn pa staat elke match langs de lijn te roepen dat ik moet lopen. en nu staat mijn gezicht op een sticker met "nooit opgeven". echt grappig

ik ben 13. hoe zeg ik aan mijn pa dat ik wil stoppen zonder dat hij denkt dat ik een opgever ben""",
      subject="voetbal"),
    S("deurbord", "iphone", "nl",
      ["dialect-west-flemish", "own-account", "family-violence", "parents", "no-punctuation",
       "own-name-in-text", "new-shape", "bedroom-door-sign"],
      ("Tibo", "tibo.dewulf@icloud.example"),
      """op mijn deur hangt een bord dat ik gemaakt heb in het 3de leerjaar:

🚫 KAMER VAN [[TIBO]] 🚫
NIET BINNENKOMEN ZONDER KLOPPEN
(ook papa niet)
wachtwoord: dinosaurus

mijn stiefvader komt altijd binnen zonder kloppen. ook as ik mij an't omkleden ben. hij lacht dan en zegt "we zijn toch allemaal mannen". ik ben 14. ik wil niet dat hij binnenkomt. ik heb een stoel tegen de deur gezet maar dan zegt mama dat ik onbeleefd ben

is dat normaal of is dat raar""",
      subject="deur"),
    S("tatouage", "outlook_android", "fr",
      ["own-account", "grief", "parents", "own-name-in-text", "new-shape", "tattoo-text"],
      ("Théo Lambotte", "theo.lambotte@outlook.example"),
      """Salut,

J'ai 18 ans, je suis en première année à Leuven (je suis liégeois, je fais mes études en néerlandais, c'est une autre histoire).

Samedi je me suis fait tatouer sur l'avant-bras. Le texte exact :
"Maman ∞ [[Théo]]
[[27.04.2007]]"
C'est ma date de naissance à côté de son nom à elle. Elle est morte il y a 3 ans d'un cancer. Mon père dit que c'est "morbide" et qu'un jour je le regretterai. Il a pas pleuré à l'enterrement et maintenant il me dit comment faire mon deuil.

Je regrette pas le tatouage. Je regrette de lui avoir montré. Depuis on se parle plus.

Est-ce qu'on peut être en deuil "mal" ?""",
      subject="tatouage"),
    S("schoollogin", "outlook_web", "nl",
      ["dialect-east-flemish", "school-account", "bullying", "school", "signature",
       "own-name-in-text", "new-shape", "school-network-login"],
      ("Robbe De Meyer", "robbe.demeyer@leerling.sviee.example"),
      """hey

ik schrijf vanop mijn schoolaccount want mijn eigen mail is gehackt denk ik. iemand kent mijn wachtwoord.

op school log je in op de computers met je login en bij ons is dat je initiaal + achternaam + jaar. de mijne is [[rdemeyer23]]. iedereen kan dat dus raden. iemand is ingelogd als mij op de computer in het leslokaal en heeft vanaf mijn account in de klasgroep op Teams gezet "ik ben verliefd op meneer Van Acker 😍😍". met mijn naam erbij natuurlijk.

nu denkt de hele klas dat ik dat gepost heb en meneer Van Acker kijkt raar. de ICT-verantwoordelijke zegt dat het "uit mijn account komt dus is het van mij". 't es gelijk tegen ne muur praten

ik ben 16 en ik wil gewoon dat iemand gelooft dat ik dat niet was""",
      subject="gehackt",
      sig="""[[Robbe De Meyer]] | [[5 IW]] | [[Sint-Vincentiusinstituut Eeklo]]
Dit bericht werd verzonden via het leerlingenaccount van de school."""),
]

CASES += [
    S("mama-werkaccount", "outlook_desktop", "nl",
      ["dialect-antwerp", "parent-account", "work-account", "other-account", "parent-writing",
       "written-for", "gender-identity", "signature", "disclaimer", "own-name-in-text"],
      ("Kristel Geens", "kristel.geens@vandermeulen-logistics.example"),
      """Goeiemiddag,

Ik schrijf van op mijn werk, excuses daarvoor. Mijn dochter [[Ellen]] (13) heeft ons vorige week gezegd dat ze liever [[Eli]] genoemd wordt, en "hij". Ik wil dat goed doen maar ik vergis me de hele tijd en dan loopt hij weg naar zijn kamer.

Mijn man zegt dat het een fase is omdat het in de klas "in" is. Ik weet het niet. [[Eli]] was altijd al liever met de jongens.

Heeft u tips voor ouders? En kan [[Eli]] zelf ook bij jullie terecht, zonder dat wij meelezen? Ik denk dat dat beter is.

Alvast bedankt,""",
      subject="vraag als mama",
      sig="""[[Kristel Geens]]
HR Officer
[[Vandermeulen Logistics nv]] | [[Noorderlaan 133]], [[2030 Merksem]]
T +32 3 [[541 22 90]]

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it."""),
    S("bompa", "thunderbird", "nl",
      ["dialect-west-flemish", "other-account", "grandparent", "written-for", "coming-out",
       "typos", "own-name-in-text"],
      ("Gilbert Vanneste", "gilbert.vanneste@skynet-oud.example"),
      """Goedendag

Ik ben een grootvader van 74 jaar uit Veurne. Mijn kleinzoon [[Seppe]] is 16 en hij heeft vorige zondag aan tafel gezegd dat hij op jongens valt. Zijn vader (mijn zoon) is rechtgestaan en buitengegaan. [[Seppe]] heeft gegeten bij ons die avond en bleef slapen.

Ik weet er niet veel van. In mijn tijd zei men dat niet. Maar het is mijn kleinzoon en hij is een goeie jongen, hij helpt mij in de hof en met de computer. Hij heeft mij dit adres gegeven.

Wat moet een bompa zeggen? Ik wil niets verkeerd doen. En hoe krijg ik mijn zoon zover dat hij terug met den jongen praat.

Met de beste groeten
[[G. Vanneste]]""",
      subject="vraag van een grootvader", charset="iso-8859-1"),
    S("grote-zus-roblox", "gmail_web", "nl",
      ["dialect-east-flemish", "other-account", "sibling", "written-for", "online-safety",
       "paste", "own-name-in-text", "signature"],
      ("Amke Baert", "amke.baert@gmail.example"),
      """Hallo Lumi

Ik ben 22 en ik schrijf voor mijn broertje [[Jules]], hij is 11. Hij speelt Roblox en daar is een "vriend" die hem al weken berichtjes stuurt. Ik heb vanavond meegelezen op zijn tablet (met zijn toestemming, hij kwam het zelf zeggen). Dit is een stukje:

xX_Dreamer_Xx: jij bent echt de coolste van de server
xX_Dreamer_Xx: hoe oud ben je eigenlijk, 13? 😏
[[JulesBlox_11]]: 11
xX_Dreamer_Xx: zeg het niet tegen je ouders hé, die snappen niks van gamen
xX_Dreamer_Xx: stuur eens een foto van je kamer, dan stuur ik je 800 robux

[[Jules]] voelt zich nu heel schuldig alsof hij iets fout deed. Onze ouders zijn gescheiden en mama werkt 's avonds. Ik wil het goed aanpakken. Moeten we dit melden, en bij wie? En mag [[Jules]] jullie zelf ook schrijven, hij wil dat wel.

Dank je wel!""",
      subject="mijn broertje en een 'vriend' op roblox",
      sig="""[[Amke]]
grote zus 🙂"""),
    S("broer-paniek", "v10snl_zoho", "nl",
      ["dialect-flemish-brabant", "other-account", "sibling", "written-for", "anxiety",
       "school", "no-punctuation", "own-name-in-text"],
      ("Jonas Lauwers", "jonas@lauwers-design.example"),
      """hey

ik ben de broer van [[Merel]] (15). ik ben 19. zij heeft sinds de examens paniekaanvallen, gisteren op de bus naar Leuven moest de chauffeur stoppen omdat ze niet meer kon ademen. ze zegt dat het niks is maar ik heb haar zien zitten op de stoep en dat was niet niks

onze ouders zijn in Spanje voor 3 weken voor het werk van papa. ik ben dus nu "de volwassene" thuis lol. ik weet niet wat ik moet doen als het weer gebeurt

[[Merel]] wil niet naar de dokter want dan moet mama het weten. kunnen jullie mij iets zeggen wat ik kan doen? of kan zij met jullie chatten

merci
[[Jonas]]""",
      subject="mijn zus"),
    S("leerkracht-brussel", "outlook_web", "nl",
      ["dialect-brussels", "school-account", "other-account", "teacher", "written-for",
       "coming-out", "parents", "signature", "disclaimer", "own-name-in-text"],
      ("Eva Vanderstraeten", "eva.vanderstraeten@sintguido-anderlecht.example"),
      """Beste medewerker,

Ik ben klastitularis in het vierde jaar. Een leerling van mij, [[Karim]] (16), slaapt sinds het weekend bij een vriend omdat zijn ouders hem buiten hebben gezet nadat ze berichten op zijn gsm hadden gelezen met een jongen. Hij kwam vanmorgen in dezelfde kleren als vrijdag en met zijn schooltas als enige bagage.

We hebben op school een CLB-medewerker, maar [[Karim]] durft daar niet naartoe "omdat ze dan mijn vader bellen". Hij wil wel met iemand praten die niets met school te maken heeft. Ik heb hem uw adres gegeven en beloofd dat ik jullie even zou verwittigen.

Hij spreekt thuis Frans en Arabisch en op school Nederlands; hij schrijft het liefst in het Nederlands, zegt hij.

Hartelijk dank voor jullie werk,""",
      subject="leerling in nood",
      sig="""[[Eva Vanderstraeten]]
Leerkracht Nederlands – klastitularis [[4B]]
[[Sint-Guido-Instituut]] | [[Dapperheidsplein 1]], [[1070 Anderlecht]]

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de bestemmeling, verwittig dan de afzender en verwijder het bericht. / Ce message peut contenir des informations confidentielles."""),
    S("jongerenwerker-rotterdam", "outlook_desktop", "nl",
      ["nl-netherlands", "work-account", "other-account", "youth-worker", "written-for",
       "loneliness", "gender-identity", "signature", "disclaimer", "own-name-in-text"],
      ("Ricardo Martina", "r.martina@jongerenwerk-charlois.example"),
      """Hoi Lumi,

Ik ben jongerenwerker in Rotterdam-Zuid. Een van onze jongeren, [[Dewi]] (17), zoekt iemand om mee te praten over gender. Hier bij ons in het buurthuis wordt daar nogal lacherig over gedaan door de andere jongens, en [[Dewi]] wil daarom niet met mij in het kantoortje gezien worden.

[[Dewi]] is non-binair en gebruikt hen/die. Thuis weet niemand het. Hen heeft een Vlaamse vriend die jullie tipte.

Ik heb gezegd dat ik even zou vragen of jullie ook jongeren uit Nederland helpen. Zo ja, dan geef ik hen het adres.

Met vriendelijke groet,""",
      subject="Vraag namens een jongere",
      sig="""[[Ricardo Martina]]
Jongerenwerker | Team Zuid
[[Stichting Jongerenwerk Charlois]]
[[Wolphaertsbocht 236]], [[3083 MV Rotterdam]]
[[06-28471930]]

Disclaimer: De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan."""),
    S("buurvrouw", "yahoo", "nl",
      ["dialect-limburg", "other-account", "neighbour", "not-the-parent", "written-for",
       "family-violence", "own-name-in-text"],
      ("Jeanine Vrancken", "jeanine.vrancken@yahoo.example"),
      """Dag

Ik bin de bovebuurvrouw van een gezin in ós appartementsblok in Maasmechelen. Dao woant e jungske van 10, [[Jayden]]. Ich hoor elke aovend gerues, roepe, en gisteren heurde ich hem schreeuwe "stop, stop". Vandaag zat hij op de trap met zijn boekentas, hij mocht nie binnen zei hij, mama sliep.

Ik heb hem boterhammen gegeven en hij heeft bij mij zijn huiswerk gemaakt tot zijn mama de deur opendeed. Hij zei "ge moogt het aan niemand zeggen mevrouw".

Ik wil geen ruzie met de buren maar ik kan dit toch niet laten. Wat moet ik doen? Bel ik de politie of is er iemand anders?

Groetjes
[[Jeanine]]""",
      subject="jongen van de buren"),
    S("tante-voogd", "gmail_web", "nl",
      ["dialect-antwerp", "other-account", "aunt", "written-for", "grief", "school",
       "own-name-in-text", "words-after-signoff"],
      ("Sofie Geudens", "sofiegeudens@gmail.example"),
      """Dag Lumi,

Mijn zus is in november overleden. Haar dochter, [[Louise]], is 16 en woont sindsdien bij ons in Schoten. Ik ben nu officieel haar voogd.

[[Louise]] doet alsof alles goed gaat. Ze haalt goeie punten, ze lacht aan tafel, ze gaat naar de chiro. Maar 's nachts hoor ik haar door de muur, en ze heeft mijn zus haar trui nog niet één keer uitgedaan. Als ik erover begin zegt ze "tante, ge moet u geen zorgen maken".

Ik weet niet of ik moet aandringen of haar gerust moet laten. Ik ben zelf ook in rouw en ik doe het waarschijnlijk verkeerd.

Groetjes,
[[Sofie]]

ps: ze weet dat ik jullie schrijf, ze zei "als ge wilt" """,
      subject="mijn nichtje"),
    S("pleegmama", "apple_mail", "nl",
      ["dialect-east-flemish", "other-account", "foster-parent", "written-for", "parents",
       "anxiety", "own-name-in-text"],
      ("Veronique & Luc Stevens", "stevens.pleeggezin@me.example"),
      """Hallo

Wij zijn pleeggezin in Wetteren. Sinds een half jaar woont [[Dylan]] (12) bij ons. Hij ziet zijn mama om de twee weken in een bezoekruimte.

Na elk bezoek is hij een paar dagen "weg": hij eet niet, hij schopt tegen de kasten, en gisteren zei hij "als ik stout ben moet ik misschien terug naar mama, dan is zij niet meer alleen". Hij voelt zich verantwoordelijk voor zijn moeder.

Onze begeleidster van pleegzorg komt pas over 3 weken. [[Dylan]] heeft gevraagd of hij "met iemand van de computer" mag praten, hij typt graag. Kan dat? Hij zou dan van mijn adres schrijven, of hij krijgt er een eigen.

Vriendelijke groet
[[Veronique]]""",
      subject="pleegzoon"),
    S("stiefvader", "outlook_desktop", "nl",
      ["nl-netherlands", "parent-account", "other-account", "stepparent", "written-for",
       "divorce", "self-harm", "own-name-in-text", "signature"],
      ("Erik Hoogendoorn", "erik@hoogendoorn-installatie.example"),
      """Beste Lumi,

Ik ben de stiefvader van [[Sterre]], 14 jaar. Haar moeder en ik wonen samen in Utrecht, haar vader woont in Gent. Elke andere week gaat ze met de trein naar België.

Sinds de kerst wil ze niet meer naar haar vader. Ze zegt niet waarom. Vorige week vond haar moeder krassen op haar armen. Haar vader vindt dat wij haar tegen hem opzetten en dreigt met een advocaat.

Ik ben maar de stiefvader, ik weet dat ik hier weinig over te zeggen heb. Maar ze praat wél met mij, op de fiets naar school. Ze noemde jullie zelf, een vriendin van haar in Gent heeft jullie ooit gemaild.

Kan ze bij jullie terecht, ook al woont ze in Nederland?

Met vriendelijke groet,""",
      subject="voor mijn stiefdochter",
      sig="""[[Erik Hoogendoorn]]
[[Hoogendoorn Installatietechniek]]
[[06-51093327]]"""),
    S("volleybaltrainer", "webmail", "nl",
      ["dialect-flemish-brabant", "club-account", "other-account", "coach", "written-for",
       "body-image", "signature", "own-name-in-text"],
      ("VC Zennevallei – jeugdwerking", "jeugd@vc-zennevallei.example"),
      """Hallo,

Ik ben trainer van de meisjes U18 bij onze volleybalclub. Ik schrijf vanop het clubadres omdat ik mijn privémail niet wil mengen met de club, excuseer.

Een van mijn speelsters, [[Charlotte]] (17), is de laatste maanden zichtbaar vermagerd. Ze draagt lange mouwen onder haar truitje, ze zegt na de training "ik heb al gegeten" en ze is al 2 keer bijna flauwgevallen bij de opwarming. Haar ouders komen nooit naar de matchen.

Ik heb haar gevraagd of ik iemand mocht contacteren en ze zei "niet mijn ouders". Ze wou wel een adres waar ze anoniem kan schrijven. Dat heb ik haar gegeven, maar ik wou ook zelf eens vragen: wat kan ik als trainer doen zonder het erger te maken?

Sportieve groeten""",
      subject="speelster",
      sig="""[[Hendrik Wouters]] – trainer U18 dames
[[VC Zennevallei]]
Sporthal [[De Meerbeek]], [[Lotsestraat 11]], [[1500 Halle]]"""),
    S("scoutsleidster", "gmail_android", "nl",
      ["dialect-limburg", "club-account", "shared-account", "other-account", "youth-leader",
       "written-for", "parents", "family-violence", "signature", "own-name-in-text"],
      ("Scouts Sint-Maarten Bilzen", "leiding@scouts-sintmaarten-bilzen.example"),
      """Dag

Ik ben leidster bij de kabouters en ik schrijf vanop het adres van de leiding. Een van onze kabouters, [[Nora-Lee]] (11), komt elke zaterdag zonder vieruurtje en heeft dan duidelijk honger, ze eet van iedereen de korstjes op. Op kamp vorig jaar had ze 3 dagen dezelfde kleren, en haar slaapzak was veel te klein.

Vandaag vroeg ze of ze na de vergadering "een beetje langer" mocht blijven in het lokaal. Ze wou niet naar huis. Toen ik vroeg waarom zei ze "mama is moe van mij".

Wij zijn allemaal studenten, wij weten niet goed wat ons te doen staat. Kunnen jullie ons helpen, of haar?

Stevige linker,""",
      subject="een kabouter",
      sig="""[[Ans]] (leiding kabouters)
[[Scouts Sint-Maarten Bilzen]]"""),
    S("mama-van-vriendin", "gmail_ios", "nl",
      ["dialect-west-flemish", "other-account", "friends-parent", "not-the-parent",
       "written-for", "self-harm", "own-name-in-text"],
      ("Katrien Degryse", "katrien.degryse@gmail.example"),
      """Hallo,

Ik ben de mama van een meisje van 15. Dit weekend bleef haar vriendin [[Amélie]] (ook 15) bij ons slapen. 's Nachts heeft mijn dochter mij wakker gemaakt: [[Amélie]] zat in onze badkamer en had zichzelf gesneden, niet diep, maar toch.

Ze heeft ons laten beloven het niet tegen haar ouders te zeggen, "anders stuurt papa mij naar een internaat". Ik heb het beloofd om haar te kalmeren, en nu lig ik er wakker van. Het is niet mijn kind, en ik ken haar ouders amper, van de schoolpoort.

Wat doe ik het beste? Kan [[Amélie]] zelf met jullie praten? Ze heeft het adres van mijn dochter gekregen.

Met vriendelijke groeten
[[Katrien]] (mama van een vriendin)""",
      subject="vriendin van mijn dochter"),
    S("vriendin-brussel", "samsung", "nl",
      ["dialect-brussels", "mixed-languages", "own-account", "friend-writing", "written-for",
       "love", "family-violence", "text-speak", "no-punctuation", "own-name-in-text"],
      ("Hajar", "hajar.bxl.2009@gmail.example"),
      """salut

ik schrijf voor ma meilleure amie [[Inès]] ze is 16 zoals ik. haar lief is 19 en hij slaat haar. ni altijd zegt ze. maar vandaag had ze een blauwe plek op haar wang en ze zei dat ze tegen een deur gelopen is. franchement wie loopt er nog tegen een deur

ze wil ni dat ik iets zeg tegen haar ouders want die weten ni dat ze een lief heeft ze zou dan echt problemen hebben thuis. ik ben bang dat hij ooit echt iets doet

wat moet ik doen?? als ik het zeg is ze boos op mij en als ik niks zeg en er gebeurt iets dan is dat mijn schuld

[[Hajar]]""",
      subject="mijn vriendin"),
    S("moeder-den-haag-html", "outlook_web", "nl",
      ["nl-netherlands", "parent-account", "other-account", "parent-writing", "written-for",
       "divorce", "html-only", "own-name-in-text", "words-after-signoff"],
      ("Marieke Visser", "marieke.visser@live.example"),
      """Goedenavond,

Mijn zoon [[Tijn]] van 10 zit naast me. Zijn vader en ik gaan scheiden, en we hebben het hem vorige week verteld. Sindsdien vraagt hij elke avond of het door hem komt.

Hij wil zelf iets schrijven, dus hier is hij:

ik ben [[Tijn]] ik ben 10 jaar. ik wil niet kiezen bij wie ik woon. mama zegt dat ik niet hoef te kiezen maar papa vroeg het wel. ook wil ik mijn hond bij me hebben in beide huizen. kan dat?

Dank u wel voor het lezen.
[[Marieke]]

(hij wil nog zeggen: de hond heet Bolletje)""",
      subject="Scheiding - vraag van mijn zoon", html="only"),
]

CASES += [
    S("bomma-ipad", "ipad", "nl",
      ["dialect-brussels", "mixed-languages", "family-account", "other-account", "html-only",
       "parents", "divorce", "typos", "own-name-in-text"],
      ("Josée Vandevelde", "josee.vandevelde@skynet-oud.example"),
      """hallo

dit is de ipad van mijn bomma in Laken, ik ben hier elke woensdag. ik ben [[Lucas]] en ik ben 10

mijn mama en papa roepen altijd in de auto als ze mij afgeven. papa zegt dinge over mama en mama zegt dinge over papa en ik zit achteraan. bomma zegt "och menneke, dat is van de grote mensen" maar ik hoor het toch

kan ik vragen dat ze in de auto stil zijn? of is dat onbeleefd

merci""",
      subject="vraag", html="only"),
    S("oneliner-antwerpen", "gmail_android", "nl",
      ["dialect-antwerp", "own-account", "one-liner", "no-punctuation", "self-harm",
       "no-identity-in-body"],
      ("Jolan", "jolan.2011.x@gmail.example"),
      """ik wil ni dood ofzo ma ik wil ook ni wakker worden morgen""",
      subject="ik kan ni meer"),
    S("hoofdletters-wvl", "v10snl_nine", "nl",
      ["dialect-west-flemish", "own-account", "all-caps", "parents", "no-punctuation",
       "own-name-in-text", "short-last-line"],
      ("Kasper Debruyne", "kasper.debruyne@telenet-mail.example"),
      """IK ZYN HET KOTSBEU
ELKE DAG IS T HETZELFDE MIN VADER ROEPT DAT IK NIKS KAN DAT IK LUI ZYN DAT IK NOOIT IETS GA WORDEN
IK ZYN 15 EN IK WERKEN ELKE ZATERDAG OP DE BOERDERIJ VAN MIN NONKEL EN IK KRYGE DA GELD NIET EENS
HIJ STEEKT T IN ZIN ZAK VOOR "DE KOSTEN"
IK WIL WEG
KGA NIET WEGLOPEN OFZO MAAR IK WIL WEG
[[KASPER]]
sorry voor de hoofdletters
kzyn kwaad""",
      subject="KWAAD"),
    S("reply-limburg", "gmail_web", "nl",
      ["dialect-limburg", "own-account", "reply-with-quote", "friends", "loneliness",
       "own-name-in-text"],
      ("Lotte-Marie Thijs", "lottemarie.thijs@gmail.example"),
      """hoi

dank u voor uw antwoord. ja er is iemand, de juf van LO. ik heb haar vandaag gezegd dat mijn vriendinnen mij buitensluiten sinds de verjaardag van Lena. ze zei dat ze erover wil praten met mij in de middag.

ich bin nog altied verdrietig ma iets minder. ik ben 16 en ik voel mij zo kinderachtig dat ik hierover schrijf

[[LM]]""",
      subject="Re: mijn vriendinnen", quote=LUMI_NL),
    S("reply-coming-out", "gmail_web", "nl",
      ["dialect-east-flemish", "own-account", "reply-with-quote", "coming-out", "text-speak",
       "emoji", "html-only", "own-name-in-text"],
      ("Wout De Smet", "woutdesmet.gent@gmail.example"),
      """OMG update!!!

kheb het gezegd tegen mn ma en pa gisteren aan tafel 🏳️‍🌈 mn ma heeft geweend maar van blijdschap zei ze en mn pa zei "ah ja, ik dacht het al sinds ge 12 waart" 😂😂

kben 17 en ik had dit al 3 jaar in mn hoofd en het duurde letterlijk 2 minuten

merci om mij te laten schrijven toen ik zo in paniek was. jullie vraag "bij wie voel je je veilig" heeft echt geholpen, ik dacht ineens: bij mijn ma eigenlijk

xx [[Woutje]]""",
      subject="Re: ik durf het niet zeggen", quote=LUMI_NL, html="only"),
    S("reply-oneliner", "samsung", "nl",
      ["dialect-flemish-brabant", "own-account", "reply-with-quote", "one-liner",
       "no-punctuation", "bullying", "no-identity-in-body"],
      ("Noa Geeraerts", "noa.geeraerts2013@gmail.example"),
      """merci ik heb het tegen de juf gezegd en ze gaat met de klas praten morgen""",
      subject="Re: ze lachen mij uit", quote=LUMI_NL),
    S("reply-maastricht", "outlook_mobile", "nl",
      ["nl-netherlands", "own-account", "reply-with-quote", "anxiety", "school",
       "no-identity-in-body"],
      ("Julia Coenen", "julia.coenen@student-um.example"),
      """Hoi,

Dank je voor je reactie. Ik heb er even over moeten nadenken.

Nee, eigenlijk is er niemand. Mijn huisgenoten ken ik pas sinds september en mijn ouders wonen in Venlo en denken dat alles top gaat. Ik ben 19, eerstejaars, en ik zit al twee weken niet meer in de collegezaal omdat ik bij de deur begin te trillen.

Is dat iets waar een huisarts iets mee kan? Of lachen ze me dan uit?""",
      subject="Re: Paniek bij college", quote=LUMI_NL),
    S("reply-brussel-kind", "gmail_ios", "nl",
      ["dialect-brussels", "mixed-languages", "own-account", "reply-with-quote", "parents",
       "no-punctuation", "own-name-in-text"],
      ("Rayan Amrani", "rayan.amrani.2014@gmail.example"),
      """hallo c'est encore moi [[Rayan]]

ja er is iemand mijn tante [[Samira]] zij woont in Evere. ik ben 12 en ik mag soms bij haar slapen als papa en mama ruzie maken

maar ik heb nog een vraag. moet ik het zeggen tegen mijn tante of gaat zij dan ook ruzie maken met papa

bisous""",
      subject="Re: thuis", quote=LUMI_NL),
    S("tekst-speak-brussel", "samsung", "nl",
      ["dialect-brussels", "mixed-languages", "own-account", "text-speak", "love",
       "html-only", "emoji", "own-name-in-text"],
      ("Soumaya", "soumaya.bx.15@gmail.example"),
      """slt

kzweer kweet ni wa doen 😭 kben verliefd op een jongen van mijn klas ma mijn broer zegt als hij mij ooit ziet met een jongen dan is het fini voor mij. hij checkt mijn insta, mijn snap, alles

ik ben 15 wollah ik heb niks gedaan we hebben gewoon gepraat in de refter

wsh is dat normaal da mijn broer zo doet? hij is 19 ni mijn papa

[[Soumaya]] 💔""",
      subject="help", html="only"),
    S("een-zin-per-regel", "apple_mail", "nl",
      ["dialect-east-flemish", "own-account", "one-phrase-a-line", "loneliness",
       "no-punctuation", "no-identity-in-body"],
      ("Fleur Maes", "fleur.maes@me.example"),
      """ik ben 16
ik woon in Zottegem
ik heb 400 volgers
ik heb 0 mensen om mee naar de cinema te gaan
op school praat ik met iedereen een beetje
met niemand echt
in de pauze doe ik alsof ik iets op mijn gsm moet doen
thuis zeg ik dat het goed gaat
het gaat niet goed
het gaat gewoon
is dat ook iets waarvoor je mag mailen""",
      subject="gewoon"),
    S("hondje-dood", "v10snl_samsung_tab", "nl",
      ["dialect-limburg", "own-account", "typos", "grief", "no-punctuation",
       "own-name-in-text"],
      ("Jef Nelissen", "jefke.nelissen@gmail.example"),
      """hallo ik ben [[jef]] ik ben 10 jaar

mijn hont is dood hij hiet Brutus hij was 13 en dat is oud voor een hont zegt papa. hij is gisteren bij de dierenartz in slaap gedaan en ik mogt er niet bij zijn want ik moest naar school

ik heb niet gedag gezecht. ik heb wel zijn kussen op mijn kamer gelegt

is het raar dat ik meer wen voor brutus dan toen mijn overgrootmoeder dood is

groetjes [[jef]]""",
      subject="mijn hond"),
    S("examenstress-run-on", "outlook_android", "nl",
      ["dialect-west-flemish", "own-account", "anxiety", "school", "no-identity-in-body"],
      ("Margaux Vanhaecke", "margaux.vanhaecke@outlook.example"),
      """ik weet nie goed hoe ik moet beginnen dus ik schrijf gewoon, ik ben 18 en ik zit in mijn eerste jaar rechten in Gent en volgende week beginnen de examens en ik heb 4 van de 7 vakken nog nie open gedaan en elke keer als ik begin dan begint mijn hart te bonken en dan ga ik op tiktok en dan is het 3 uur 's nachts en dan haat ik mezelf, en mijn ouders hebben allebei rechten gestudeerd en mijn pa is advocaat in Brugge en ze zeggen altijd "da gaat wel lukken, gij zijt slim" en da maakt het nog erger want wat als ik nie slim ben, wat als ik gewoon goed was in het middelbaar omdat het makkelijk was, ik eet ook amper nog, ik drink alleen koffie en monster, en ik durf niemand zeggen dat ik gebuisd ga zijn want iedereen denkt dat ik het allemaal onder controle heb, sorry dit is echt lang""",
      subject="examens"),
    S("emoji-pesten-nl", "gmail_android", "nl",
      ["nl-netherlands", "own-account", "bullying", "emoji", "own-name-in-text"],
      ("Mees Hendriks", "mees.hendriks2012@gmail.example"),
      """Hoi 👋

Ik ben 13 😐 en ik zit in de brugklas 🏫 in Eindhoven.
Er is een TikTok account 📱 gemaakt met mijn naam, [[@mees.de.sukkel]] 🤡
Ze zetten er filmpjes op van mij in de gymles 🏀 waar ik val of mis schiet
Het heeft al 1200 volgers 😭😭
Mijn moeder weet het niet 🙊 ik wil het niet zeggen want dan belt ze de school en dan wordt het erger 📞

Hoe krijg ik dat account weg?? 🙏

[[Mees]]""",
      subject="tiktok account"),
    S("non-binair-smartschool", "smartschool", "nl",
      ["dialect-antwerp", "school-account", "html-only", "gender-identity", "school",
       "own-name-in-text", "signature"],
      ("Jill Aerts", "jill.aerts@leerling.sint-lodewijk.example"),
      """hoi lumi

ik schrijf vanop smartschool want da is het enige wa ik op de laptop van school heb, sorry

ik ben 17 en ik ben non-binair (die/hen). op school heet ik nog "[[Jill]]" op alle lijsten maar mijn vrienden zeggen [[Jay]]. een paar leerkrachten doen mee, de meeste ni. de leerkracht geschiedenis zei letterlijk "ik ga da ni doen, in mijn klas zijn er meisjes en jongens".

mijn ouders weten het half. ma zegt "ik zie u graag maar ik snap het ni".

ik wil ni dat er ruzie van komt, ik wil gewoon dat het normaal wordt. hoe vraag je zoiets aan een directie?

[[Jay]] (die/hen)""",
      subject="naam op school", html="only",
      sig="""[[Jill Aerts]] – [[6 Humane Wetenschappen]]
[[Sint-Lodewijkscollege Wilrijk]]"""),
    S("student-krassen", "v10snl_gmail_basic", "nl",
      ["dialect-brussels", "own-account", "self-harm", "no-identity-in-body"],
      ("M.", "m.brussel.2006@gmail.example"),
      """Hallo,

Ik ben 19 en ik studeer in Brussel (Etterbeek). Ik snij al sinds mijn 14de, met pauzes. De laatste pauze was 8 maanden. Gisteren is het weer gebeurd na een ruzie met mijn kotgenote over iets stoms, de afwas.

Ik ben niet in gevaar, ik verzorg het goed, ik weet hoe dat moet na al die jaren. Dat klinkt triest, ik weet het.

Ik wil gewoon weten of er iets is dat andere mensen doen in plaats van dat. Al die lijstjes met "houd een ijsblokje vast" hebben bij mij nooit gewerkt.""",
      subject="8 maanden"),
    S("verliefd-op-beste-vriendin", "iphone", "nl",
      ["dialect-flemish-brabant", "own-account", "coming-out", "love", "friends",
       "own-name-in-text", "short-last-line"],
      ("Anouk Peirs", "anouk.peirs@icloud.example"),
      """Hey

Ik ben 16 en ik denk dat ik verliefd ben op mijn beste vriendin. We kennen elkaar sinds de kleuterklas in Tervuren. We slapen bij elkaar, we delen alles, en sinds de zomer kijk ik anders naar haar en ik haat dat.

Als ik het zeg ben ik haar kwijt. Als ik het niet zeg word ik gek.

Zij heeft nu een lief, een jongen van het vijfde. Ik doe alsof ik blij ben. Ik ben heel goed geworden in doen alsof.

Kan je tegelijk iemand graag zien en jaloers zijn op haar lief?

[[Anouk]]
ps ik heb nog nooit met een meisje iets gehad
dus misschien is het niks""",
      subject="beste vriendin"),
    S("fitness-nl", "gmail_ios", "nl",
      ["nl-netherlands", "own-account", "body-image", "no-identity-in-body", "typos"],
      ("Luuk", "luukfit2010@gmail.example"),
      """Hoi,

Ik ben 15 en ik train sinds een jaar in de sportschool, 6 dagen per week. Ik ben al 12 kilo aangekomen maar als ik in de spiegel kijk zie ik nog steeds dat magere jongetje van vroeger.

Een jongen in de gym zegt dat ik "iets" moet proberen, hij heeft het zelf ook, het is alleen een kuurtje van 8 weken. Ik heb het geld eigenlijk al gespaard.

Ik weet dat het gevaarlijk is maar iedereen op insta gebruikt het ook, alleen zeggen ze het niet. Mijn ouders vinden dat ik er "gezond" uitzie en snappen er niks van.

Is 1 kuurtje echt zo erg?""",
      subject="vraag over iets"),
    S("week-week", "gmail_web", "nl",
      ["dialect-limburg", "own-account", "divorce", "school", "own-name-in-text"],
      ("Ward Vandeweerd", "ward.vdweerd@gmail.example"),
      """Hallo

ik ben [[Ward]], 12 jaar. sinds 1 jaar woon ik een week bij mama in Tongeren en een week bij papa in Sint-Truiden. ze zeggen dat dat het eerlijkste is.

maar mijn boeken liggen altijd in het verkeerde huis. mijn turngerief ook. ik krijg strafwerk omdat ik dingen vergeten ben en de juf zegt "ge moet beter plannen". ik kan toch ni plannen in 2 huizen

en op vrijdag als ik wissel weet ik nooit waar ik moet slapen in mijn hoofd. dan lig ik wakker en denk ik waar ben ik

hoe doen andere kinderen dat?""",
      subject="2 huizen"),
    S("gsm-in-tekst", "gmail_android", "nl",
      ["dialect-east-flemish", "own-account", "contact-in-text", "family-violence",
       "own-name-in-text"],
      ("Nathan Claeys", "nathanclaeys08@gmail.example"),
      """Hallo

Ik ben 17 en ik woon in Sint-Niklaas. Mijn pa drinkt en als hij gedronken heeft slaat hij tegen de muren en één keer tegen mij. Mijn ma zegt niks, ze is bang.

Ik typ liever niet zo veel. Kan er iemand mij bellen? Na 16u ben ik alleen thuis. Mijn nummer is [[0471 38 26 90]], het is mijn eigen gsm, ge moogt gerust bellen, ik neem op als ik kan.

Als ik niet opneem is het omdat hij thuis is, stuur dan aub geen sms.

[[Nathan]]""",
      subject="bellen?"),
    S("snap-handle", "v10snl_fairemail", "nl",
      ["dialect-antwerp", "own-account", "contact-in-text", "friends", "loneliness",
       "text-speak", "own-name-in-text"],
      ("Jule Van Dyck", "jule.vandyck.2012@gmail.example"),
      """heey

ik ben 14 en ik heb geen vrienden meer sinds ik van school veranderd ben naar Berchem. mijn oude vrienden antwoorden ni meer en in mijn nieuwe klas zitten al allemaal groepjes

kan ik met iemand van jullie op snap praten? mailen is zo traag. mijn snap is [[jule.xo2012]] en op insta [[@jule_vdyck]]

ik zit elke avond gwn alleen op mijn kamer en mijn mama zegt "ge moet u meer openstellen" ja hoe dan

xx [[Jule]]""",
      subject="snap?"),
    S("zus-studentaccount", "outlook_web", "nl",
      ["dialect-west-flemish", "family-account", "other-account", "borrowed-account",
       "sibling", "bullying", "signature", "own-name-in-text"],
      ("Ellen Depoorter", "ellen.depoorter@student.hogent.example"),
      """hallo

ik ben de broer van [[Ellen]], dit is haar mail van de hogeschool want ik heb nog geen mail. ik ben [[Briek]] en ik ben 11

in de bus naar school zeggen ze altijd dat ik een boer ben omdat wij koeien hebben en dat ik stink. ik heb al 3 keer gedoucht deze morgen. mama zegt dat ik niet stink

[[ellen]] zegt ik moet het jullie vragen want jullie weten het beter

dank u""",
      subject="vraag van mijn broer",
      sig="""[[Ellen Depoorter]]
Student Bachelor Verpleegkunde – [[HOGENT]]
[[ellen.depoorter@student.hogent.example]]"""),
    S("papa-werkaccount-nl", "blackberry", "nl",
      ["nl-netherlands", "parent-account", "work-account", "other-account", "signature",
       "disclaimer", "anxiety", "school", "own-name-in-text", "words-after-signoff"],
      ("Hans van Rijswijk", "h.vanrijswijk@delta-verzekeringen.example"),
      """hallo

dit is de telefoon van mijn vader van zijn werk, ik heb hem geleend want de mijne is stuk. ik ben [[Bram]], 14, ik woon in Breda

ik moet volgende week een presentatie geven voor de hele klas en ik word misselijk als ik er alleen al aan denk. vorig jaar ben ik halverwege weggelopen en toen hebben ze het gefilmd

mijn vader zegt "gewoon doen, dan went het" maar hij snapt het niet

alsjeblieft niet terugmailen naar dit adres, hij leest zijn werkmail. ik kijk wel op de site of zo
doei""",
      subject="presentatie",
      sig="""Met vriendelijke groet,

[[Hans van Rijswijk]]
Senior Accountmanager
[[Delta Verzekeringen B.V.]] | [[Claudius Prinsenlaan 144]], [[4818 CP Breda]]
[[+31 76 530 22 81]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend."""),
]

CASES += [
    S("mere-pour-son-fils", "v10snl_gmail_basic", "fr",
      ["parent-account", "other-account", "parent-writing", "written-for", "html-only",
       "school", "anxiety", "signature", "own-name-in-text"],
      ("Nathalie Dumont", "nathalie.dumont.ixelles@gmail.example"),
      """Bonjour,

Je vous écris pour mon fils [[Gaspard]], 13 ans. Nous sommes francophones mais il est dans une école néerlandophone à Bruxelles depuis la maternelle.

Depuis la rentrée il refuse d'aller à l'école trois jours sur cinq. Il a mal au ventre tous les matins, le médecin ne trouve rien. Hier il m'a dit en pleurant : "je comprends plus rien en néerlandais, tout le monde parle trop vite et je suis trop bête".

Je ne sais pas si c'est la langue, l'école ou autre chose. Il accepte d'écrire à quelqu'un, mais pas à moi « parce que tu t'inquiètes trop ». Il peut vous écrire en français ?

Merci d'avance,""",
      subject="Pour mon fils", html="only",
      sig="""[[Nathalie Dumont]]
[[0476 90 12 48]]"""),
    S("grand-mere", "ipad", "fr",
      ["other-account", "grandparent", "written-for", "gender-identity", "parents",
       "own-name-in-text"],
      ("Monique Lejeune", "monique.lejeune@skynet-oud.example"),
      """Bonsoir Madame, Monsieur,

Je suis la grand-mère de [[Camille]], qui a 16 ans et qui vit chez moi à Jette depuis que sa maman l'a mise dehors en décembre. [[Camille]] m'a expliqué qu'elle est un garçon à l'intérieur et qu'elle voudrait qu'on l'appelle [[Cam]], au masculin. J'ai 78 ans, je fais ce que je peux, je me trompe encore souvent.

Il ne mange presque plus, il ne sort plus de sa chambre sauf pour aller au lycée. Il m'a donné votre adresse en me disant « Mamy, écris-leur toi, moi je n'y arrive pas ».

Que puis-je faire pour lui ? Et pour sa maman, qui ne répond plus à mes appels ?

Avec mes sentiments les meilleurs,
[[Monique]]""",
      subject="Mon petit-fils"),
    S("reponse-fr", "gmail_android", "fr",
      ["own-account", "reply-with-quote", "one-liner", "no-punctuation", "friends",
       "no-identity-in-body"],
      ("Lina Haddad", "lina.haddad.2011@gmail.example"),
      """non y a personne franchement mais merci quand même je vais essayer de parler à ma prof de français elle est gentille""",
      subject="Re: mes copines m'ignorent", quote=LUMI_FR),
    S("dad-eu-account", "outlook_desktop", "en",
      ["parent-account", "work-account", "other-account", "parent-writing", "written-for",
       "bullying", "signature", "disclaimer", "own-name-in-text"],
      ("Stephen O'Connell", "stephen.oconnell@ec-dgmove.example"),
      """Dear Lumi team,

Apologies for writing from my work account. My son [[Finn]] (12) goes to a Dutch-speaking school in Tervuren and has been having a rough time: a group of boys call him "de Ier" and "aardappel", take his lunch and film him when he tries to answer in Dutch.

[[Finn]] asked me not to go to the school because "it'll be worse". He'd like to talk to someone himself and says he'd rather write in English. Would that be possible?

Many thanks,""",
      subject="My son – bullying at school",
      sig="""[[Stephen O'Connell]]
Policy Officer
[[European Commission – DG MOVE]]
[[Rue De Mot 28]], [[1040 Brussels]]
[[+32 2 298 41 17]]

The views expressed are purely those of the writer and may not in any circumstances be regarded as stating an official position of the European Commission."""),
    S("rugby-coach", "v10snl_posteo", "en",
      ["club-account", "other-account", "coach", "written-for", "grief", "signature",
       "own-name-in-text"],
      ("Barbarians RFC Youth", "youth@brussels-barbarians.example"),
      """Hello,

I coach the U16 squad at our rugby club in Brussels. One of our players, [[Kwame]] (15), lost his older brother in a road accident last month. He came back to training this week, tackled everyone far too hard, then sat in the changing room for an hour and wouldn't speak.

His mum asked us to "just keep him busy". I'm not sure that's enough. [[Kwame]] speaks English, French and Dutch; he told me he'd write to you if I sent you a heads-up first. So here it is.

Anything I should or shouldn't do as his coach would also help.

Cheers,""",
      subject="One of my players",
      sig="""[[Callum Reid]] – U16 head coach
[[Brussels Barbarians RFC]]
[[+32 479 63 11 05]]"""),
    S("caps-12", "gmail_ios", "en",
      ["own-account", "all-caps", "text-speak", "friends", "no-punctuation",
       "own-name-in-text"],
      ("Maisie", "maisie.b.2014@icloud.example"),
      """HIII I NEED HELP PLZ

IM 12 AND MY BEST FRIEND SAYS SHE DOESNT WANNA BE MY FRIEND ANYMORE COS I TOLD HER SECRET TO 1 PERSON BY ACCIDENT AND NOW EVERYONE KNOWS

I SAID SORRY LIKE 50 TIMES

IDK WHAT TO DO SHE WONT EVEN LOOK AT ME IN CLASS

PLZ REPLY FAST
[[MAISIE]] 💔""",
      subject="HELP PLZ"),
    S("reply-en", "apple_mail", "en",
      ["own-account", "reply-with-quote", "anxiety", "love", "no-identity-in-body"],
      ("Priya Raman", "priya.raman@me.example"),
      """Hi again,

Honestly, no. There isn't really anyone. My boyfriend was the person I'd tell things to, and he's the one I'm scared of now. My parents think he's lovely and keep inviting him for dinner.

I'm 17. I don't want to make a big thing of it. I just want him to stop checking where I am on Snap Map every hour.

Is it okay if I keep writing here for a while?""",
      subject="Re: Not sure if this counts", quote=LUMI_EN),
    S("groningen-posteo", "v10snl_posteo", "nl",
      ["nl-netherlands", "own-account", "loneliness", "parents", "signature-like-own-lines",
       "short-last-line", "no-identity-in-body"],
      ("", "ikbenhet@posteo-mail.example"),
      """Hallo,

Ik ben 18, woon nog thuis in een dorp bij Groningen en ik heb dit adres speciaal aangemaakt zodat niemand weet dat ik dit stuur.

Mijn moeder heeft MS en ik zorg voor haar sinds ik 13 was. Mijn vader is weg. Mijn klasgenoten gaan dit jaar allemaal op kamers. Ik niet. Ik kan niet weg en ik voel me schuldig dat ik weg wil.

Niemand vraagt ooit hoe het met mij gaat. Alleen hoe het met haar gaat.

Een mantelzorger van 18 die het even niet meer weet
moe""",
      subject="mantelzorg", from_style="bare"),
]
