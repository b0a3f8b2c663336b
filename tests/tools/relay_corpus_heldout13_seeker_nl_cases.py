# ruff: noqa: E501  (the mails' lines are as long as their writers typed them)
"""Hand-written bodies of part seeker-nl of the thirteenth held-out relay-text corpus.

Help-seekers (kids of 10-19 and people writing for them) mailing hulp@lumi.example, mostly in
Flemish tussentaal and dialect, Brussels Dutch and Dutch from the Netherlands, some in French and
English. `[[...]]` marks identity, `<<...>>` what is neither; the rest of the own words is content
(see relay_corpus_heldout.py). Rendered by relay_corpus_heldout13_seeker_nl.py.

Whoever changes the relay's rules does not open this file. Do not tune on it.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Yentl", "Wout", "Ilias", "Marthe", "Jorre", "Fien", "Rune", "Elif", "Kato", "Mauro",
    "Amber", "Seppe", "Lowie", "Zita", "Anouk", "Bavo", "Hanne", "Thibo", "Luna", "Emiel",
    "Rayan", "Ines", "Robbe", "Nore", "Tuur", "Milan", "Aylin", "Jitse", "Femke", "Lars",
    "Daan", "Sterre", "Mats", "Jolien", "Imane", "Warre", "Febe", "Kobe", "Lisa", "Ward",
    "Margot", "Bram", "Elias", "Lena", "Senne", "Nina", "Arne", "Mila", "Jens", "Liv",
})

CASES: list[Case] = []


def seeker(slug: str, shape: str, lang: str, tags: str, sender: tuple[str, str], subject: str,
           body: str, **kw: Any) -> None:
    """One help-seeker's mail; tags as one space-separated string."""
    CASES.append(Case(slug=f"h13n-{slug}", direction="seeker", shape=shape, lang=lang,
                      tags=tags.split(), sender=sender, subject=subject, body=body, **kw))


# ------------------------------------------------------------------ 1-15

seeker("kahoot-podium", "gmail_android", "nl",
       "own-account dialect-antwerp bullying school paste no-punctuation one-phrase-a-line "
       "own-name-in-text new-shape kahoot-podium-nicknames emoji",
       ("Yentl Vercammen", "yentl.vercammen07@gmail.example"), "ze lachen mij uit in de les", """\
hallo lumi

ik weet nie goe hoe da ge zo ne mail moet beginnen dus ik begin gewoon
ik ben 14 en ik zit in 't 3de middelbaar in Berchem
sinds de krokusvakantie doen ze bij ons in de klas iets heel gemeens
bij elke kahoot in de les geschiedenis kiezen drie jongens ne nickname over mij
en dan staat da op 't groot scherm voor iedereen
ik plak het van gisteren want anders gelooft ge mij nie

PODIUM 🏆
🥇 [[yentl_heeft_snor]]  2140 ptn
🥈 [[yeti_yentl]]  1985 ptn
🥉 gigachad_b  1702 ptn

de leerkracht lacht dan mee of ze ziet het nie ik weet het nie
iedereen draait zich om naar mij en ik doe alsof het mij nie kan schelen
maar thuis zit ik op mijn kamer en ik scheer mij al drie keer per week boven mijn lip
mijn ma zegt da ik overdrijf en da het van de puberteit is
ik wil gewoon da ze stoppen
mag ik da aan de leerkracht zeggen zonder da die jongens weten da ik het was
want dan wordt het alleen maar erger da weet ik zeker

sorry voor de lange mail
""")

seeker("mama-schrijft-klasraad", "outlook_desktop", "nl",
       "parent-account parent-writing written-for other-account dialect-limburg school anxiety "
       "paste p6-record-number signature new-shape class-council-decision-letter long "
       "signature-like-own-lines",
       ("Carine Vandebroek", "carine.vandebroek@kinesist-praktijk.example"),
       "vraag voor mijn zoon, na de klassenraad", """\
Goeiedag,

Ik schrijf u voor mijn zoon [[Wout]] (16). Hij weet dat ik dit doe, hij zit naast mij maar wil zelf niet typen.
Vorige week kregen we de beslissing van de klassenraad. Ik kopieer ze hieronder, want hij heeft er sindsdien geen woord meer over gezegd.

-----
Beslissing delibererende klassenraad – 2e trimester
Leerling: [[Wout Vandebroek]] – leerlingnummer [[LL-2210-4471]]
Studierichting: 5 Wetenschappen-Wiskunde
De klassenraad stelt vast dat de resultaten voor wiskunde en fysica onvoldoende zijn.
Advies: heroriëntering naar een andere studierichting wordt sterk aangeraden.
-----

Voor [[Wout]] was dat een klap. Hij wil al van in het 1ste jaar ingenieur worden, zoals zijn nonkel.
Sindsdien slaapt hij slecht, hij eet 's middags niet meer op school en hij zegt dat hij "toch niks kan".
Gisteren zei hij iets dat me echt bang maakte: dat het voor niemand uitmaakt of hij er is of niet.
Ik heb hem gevraagd of hij aan zichzelf denkt pijn te doen, hij zei nee, maar ik weet het niet zeker.
Wij wonen in een dorp bij Tongeren, iedereen kent iedereen, hij wil niet naar de CLB-mevrouw omdat haar dochter bij hem in de klas zit.
Kan hij bij jullie terecht, anoniem? Mag hij ook zelf schrijven als hij daar klaar voor is?
Hij noemt zichzelf trouwens liever [[Woutje]] niet meer, gewoon [[Wout]].
Zijn papa vindt dat hij "gewoon harder moet werken" en dat heroriënteren een schande is. Daar is thuis al twee keer ruzie over geweest, waar hij bij was.
Ik wil hem vooral laten voelen dat we hem graag zien, wat hij ook studeert, maar ik weet niet of dat aankomt.

Met vriendelijke groeten,
een ongeruste mama
""", sig="""\
[[Carine Vandebroek]]
[[Kinesitherapeute]]
[[Kinépraktijk De Maasvallei]]
[[Stationsplein 12]], [[3700 Tongeren]]
T [[012 39 88 10]]""")

seeker("west-vl-kerstkaart", "iphone", "nl",
       "own-account dialect-west-flemish parents divorce paste p7-family-card p2-paste-place "
       "own-name-in-text new-shape pasted-family-christmas-card typos",
       ("Marthe", "marthe.d2011@icloud.example"), "kerstkoarte", """\
hey

'k ben 13 en 'k woone bie mn ma en mn stiefpa
mn pa woont in Roeselare mee zn nieuwe vrouwe
gisteren kreeg ik van em ne foto van hun kerstkoarte die ze nu al verstiern, in november!!
kijk ne keer wa dat er ip stoat

🎄 Zalig Kerstmis en een gelukkig 2026 🎄
van [[Dirk]], [[Sofie]], [[Lotta]] en [[baby Mil]]
[[Hof ter Leie 4]], [[Wervik]]

ik stoa der nie ip
ik ben zn dochter en ik stoa der gewoon nie ip
ze zeggen da t is omdat ik "toch bie ma ben me kerstmis" moa dat is nie just
en da kindje is nog nie eens geboren en da stoat der wel ip
mn ma zeg da k mij nie moet moeien en da t zijn probleem is
moa ik kan nie sloapen derdoor
'k wille em da zeggen moa ik durve nie want dan wordt em kwoad en dan zegt em da ik jaloers ben op de baby
is da raar da ik da zo erg vinde?

[[Marthe]] (mag ge nie zeggen tegen iemand)
""")

seeker("brussel-stage-eval", "outlook_web", "nl",
       "own-account dialect-brussels mixed-languages school loneliness paste p2-paste-place "
       "p6-record-number own-name-in-text new-shape pasted-internship-evaluation",
       ("Ilias Bouzid", "i.bouzid@student.atheneum-brussel.example"), "stage", """\
salut lumi, allei hallo

ik ben 17 ik zit in 6de jaar verzorging en ik doe nu stage in een rusthuis
ik moest vandaag mijn tussentijdse evaluatie tekenen en ik snap het nie
ik typ het over want ik mag geen foto trekken van de papieren

Stage-evaluatie – tussentijds
Stagiair: [[Ilias Bouzid]] (stagenr. [[ST-25-0917]])
Stageplaats: [[WZC Ter Linde]], afdeling 2, [[Jette]]
Houding: onvoldoende – stagiair is te stil, neemt geen initiatief, spreekt bewoners te weinig aan
Communicatie met team: te verbeteren

maar het is gewoon omdat de verpleegsters altijd Frans spreken onder elkaar en als ik iets vraag in het Nederlands zuchten ze
enfin ik spreek ook Frans mais ze zeggen "toi tu es le stagiaire flamand" en ze lachen
met de bewoners gaat het juist goed, madame Jeanne wacht elke dag op mij voor haar koffie
ik eet mijn boterhammen alleen in de vestiaire
als ik nu buis op die stage mag ik nie afstuderen
ik heb niemand om dat aan te vertellen, mijn pa zegt gewoon "werk harder"
wat moet ik doen, moet ik dat tegen mijn stagebegeleider zeggen of maakt dat het erger
""")

seeker("nl-sinterklaasgedicht", "gmail_web", "nl",
       "own-account nl-netherlands family-violence parents paste own-name-in-text new-shape "
       "pasted-sinterklaas-poem words-after-signoff",
       ("Daan Hofstede", "daan.hofstede2010@gmail.example"), "gedicht van mijn vader", """\
Hoi,

Ik ben [[Daan]], 15 jaar, ik woon in de buurt van Zwolle.
Bij ons thuis doen we elk jaar surprises met pakjesavond en dan krijg je een gedicht.
Dit jaar kreeg ik dit van mijn vader (nou ja "van Sinterklaas"):

Sint zag [[Daantje]] het hele jaar
met zijn telefoon, dat is echt waar
hij doet niks, hij zit maar wat
een luie zak, dat weet je wat
misschien wordt hij ooit nog een man
als hij eens iets zelf doen kan

Iedereen lachte. Mijn oma ook. Ik lachte ook want anders wordt hij boos.
Maar hij zegt dit soort dingen ook als het geen pakjesavond is, alleen dan zonder rijm.
Als ik iets fout doe pakt hij mijn arm heel hard vast tot het blauw wordt, niet heel vaak, maar wel een paar keer per maand.
Mijn moeder zegt dan "je weet hoe papa is".
Ik weet niet of dit erg genoeg is om ergens te melden. Er zijn kinderen die het veel erger hebben.

Groetjes
[[Daan]]

ps ik heb mijn gedicht terug geschreven maar niet gegeven
""")

seeker("genk-oppas", "samsung", "nl",
       "other-account written-for babysitter-writing dialect-limburg parents loneliness "
       "own-name-in-text new-shape babysitter-writes-for-child emoji",
       ("Jolien Schepers", "jolienschepers99@hotmail.example"), "ik pas op een meisje en ik maak mij zorgen", """\
Hallo

Ik ben 19 en ik pas al twee jaar op een meisje in Genk, ze is nu 10.
Ik schrijf niet voor mezelf maar voor haar, ze heet [[Fien]], ik noem haar [[Fientje]] 🙂
Ze heeft mij gevraagd of ik "aan iemand die geheim kan houden" iets wil vragen dus ik doe dat hier.
Haar mama werkt 's nachts in het ziekenhuis en haar papa is er bijna nooit, hij rijdt met de vrachtwagen naar Polen.
[[Fien]] zegt dat ze 's avonds soms alleen is tot mama om 7 uur thuiskomt als ik niet kom.
Ze zegt "ich bin neet bang" in haar Genks, maar ze slaapt met het licht aan en de tv aan.
Gisteren vroeg ze of ik haar mama wou worden 😔
Ik wil de ouders niet verraden, ze zijn lief en ze doen hun best, het is gewoon veel.
Maar ik ben maar de oppas, mag ik hier iets mee doen? Moet ik iets melden?
En kan [[Fien]] zelf eens mailen naar jullie? Ze heeft een tablet van school.

Dank u wel
[[Jolien]]
""")

seeker("aalst-carnavalsgroep", "outlook_mobile", "nl",
       "own-account dialect-east-flemish friends body-image paste p7-family-card own-name-in-text "
       "new-shape pasted-carnival-group-list mixed-languages",
       ("Kato Van Damme", "kato.vandamme@outlook.example"), "carnaval", """\
hallo

kzen 15 en kzen van Aalst en wie van Aalst is weet da carnaval heilig is
mijn heel familie zit al jaren in dezelfde groep en dit jaar is het thema "zeemeerminnen"
de lijst van de kostuums werd in de groepsapp gezet:

Groep [[De Stoemmeriks]] – kostuums 2026
[[Kato]] – zeemeermin, maat S?? (te bevestigen)
[[Geert & Hilde]] – Neptunus + schelp
[[Oma Rosa]] – vis

en daaronder schreef ne nonkel "[[kato]] maat S haha we gaan ne grotere staart moeten bestellen 😂"
iedereen stuurde lachende smileys
ik heb sindsdien bijna niks meer gegeten, al drie weken, en ik ga elke avond lopen in 't donker
ik wil in da kostuum passen, ik wil nie da ze lachen als we in de stoet lopen
maar ik ben ook moe de hele tijd en ik heb mijn periode nie meer gehad
ik kan nie zeggen da ik nie meedoe, dan is het drama in de familie
is het erg da ik nie eet?
""")

seeker("leuven-okan-leerkracht", "outlook_web", "nl",
       "work-account other-account teacher written-for dialect-flemish-brabant school loneliness "
       "signature disclaimer own-name-in-text new-shape okan-teacher-writes",
       ("Els Wouters", "els.wouters@go-leuven.example"), "voor een leerling van mijn OKAN-klas", """\
Dag Lumi,

Ik ben leerkracht in een OKAN-klas in Leuven (onthaalklas voor anderstalige nieuwkomers).
Een van mijn leerlingen, [[Aylin]] (12), kwam vorig jaar uit Turkije met haar moeder.
Ze spreekt al goed Nederlands en ze vroeg me vandaag na de les of er "een plek is om te praten zonder dat de school het weet".
Ik heb haar jullie adres gegeven, maar ze durft nog niet zelf te schrijven, dus ik doe het eerste stukje met haar toestemming.
Wat ze me vertelde: ze heeft geen enkele vriendin buiten de klas, in de speeltijd staat ze bij de toiletten om niet alleen op de speelplaats te staan.
Thuis moet ze voor haar broertje zorgen, haar moeder werkt in een bakkerij van vier uur 's ochtends.
Ze mist haar oma en haar kat die in Izmir zijn gebleven, ze praat er elke dag over.
Ze schrijft gedichten in het Turks en vertaalt ze dan zelf, dat is prachtig.
Mag ik haar zeggen dat ze in het Turks mag schrijven als het Nederlands te moeilijk is? En dat jullie het niet aan de school vertellen?
[[Aylin]] zou graag weten of jullie ook "gewoon om te babbelen" zijn of alleen voor grote problemen.

Vriendelijke groet,
""", sig="""\
[[Els Wouters]]
[[Leerkracht OKAN]] – [[GO! Atheneum Redingenhof]]
[[Redingenstraat 90, 3000 Leuven]]
[[016 22 41 70]]

Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. [[GO! scholengroep Leuven]] is niet aansprakelijk voor de inhoud.""")

seeker("kortrijk-onelinerx", "v13snl_k9", "nl",
       "own-account dialect-west-flemish one-liner no-punctuation no-identity-in-body self-harm",
       ("Warre D.", "warre.d@telenet.example"), "", """\
kzyn 16 en kzyn weer begonnen me snyden en kweet nie wie dak moet zeggen
""")

seeker("nl-dating-profiel", "v13snl_spark", "nl",
       "own-account nl-netherlands love coming-out paste own-name-in-text new-shape "
       "pasted-dating-profile contact-in-text",
       ("Sterre Bakker", "sterrebakker@icloud.example"), "kan iemand dit lezen pls", """\
hallo Lumi,

Ik ben 18, ik woon in Breda maar ik studeer sinds september in Tilburg.
Ik heb nooit met iemand gezoend en ik heb mezelf nu pas durven toegeven dat ik op meiden val.
Mijn huisgenote hielp me een profiel maken op een datingapp, dit is het:

"[[Sterre]], 18
🎓 pabo | 🎨 tekenen | 🐈 mijn kat heet Bonnie
Zoek: iemand om koffie mee te drinken en misschien meer
Eerlijk: dit is mijn eerste keer op zoiets 🙈"

Ik heb een match. Zij is 22 en ze wil zaterdag afspreken.
Ik ben zo zenuwachtig dat ik moet overgeven als ik eraan denk.
Mijn ouders weten het niet, ze zijn best christelijk, ik weet niet hoe ze zouden reageren.
En ik weet ook niet hoe je dat doet, een date. Wat als ze merkt dat ik geen ervaring heb?
Moet ik het eerlijk zeggen?
Als jullie liever appen: [[06 41 72 90 35]], maar mailen is ook goed.

Liefs
""")

seeker("gent-weekplanning-coouderschap", "gmail_web", "nl",
       "own-account dialect-east-flemish divorce parents paste p7-family-card p2-paste-place "
       "own-name-in-text new-shape pasted-coparenting-app-calendar long",
       ("Ward Claeys", "wardclaeys.gent@gmail.example"), "weekschema", """\
hallo

ik ben 12 jaar en ik woon half bij mijn mama en half bij mijn papa in Gent
ze gebruiken een app om te regelen waar ik ben, ik zie die op mijn gsm
deze week stond er dit:

📅 Week 11 – gedeelde kalender
ma–wo: [[Ward]] bij [[Pieter]] ([[Visserij 44]])
wo 16u: wissel aan school
wo–zo: [[Ward]] bij [[Nathalie]] ([[Brugse Poort]])
⚠️ opmerking van [[Pieter]]: "Graag op tijd deze keer, niet zoals vorige keer."
⚠️ antwoord van [[Nathalie]]: "Misschien eerst zelf op tijd komen."

ze maken altijd ruzie in die opmerkingen en ik kan dat allemaal lezen
ze denken dat ik dat nie zie
mijn zakken zijn altijd in het verkeerde huis, mijn turnzak, mijn gitaar, mijn oplader
ik heb in het ene huis een kamer en in het andere een zetel
mijn juf zegt dat ik moe ben in de klas
ik wil gewoon één huis maar ik wil nie kiezen want dan is de andere triestig
mijn vriend Lucas zegt dat ik het moet zeggen maar aan wie dan
als ik het aan mama zeg is het de schuld van papa en omgekeerd
kunnen jullie mij zeggen wat ik kan doen
""")

seeker("diest-vrouwenfiets", "v13snl_aquamail", "nl",
       "own-account dialect-flemish-brabant gender-identity coming-out parents no-identity-in-body "
       "new-shape bike-shop-choice-story typos",
       ("Jitse Verhaegen", "jitse.verhaegen@skynet.example"), "fiets", """\
dag

ik ben 11 jaar en ik woon in de buurt van Diest
ik ben eigenlijk een meisje ook al denken ze allemaal dat ik een jongen ben
ik weet da al heel lang, van toen ik 6 was denk ik
gisteren waren we in de fietsenwinkel voor mijn nieuwe fiets want mijn oude is te klein
ik wou de mintgroene met de mandje vooraan
mijn papa zei "da's een vrouwenfiets manneke" en de verkoper lachte
ik heb dan de zwarte gekozen en op de weg naar huis heb ik de heel tijd naar buiten gekeken in de auto om nie te wenen
ik heb het nog nooit aan iemand gezegd, alleen aan mijn knuffel
op school draag ik soms een haarspeldje in mijn zak en als niemand kijkt doe ik het in
is dat normaal wat ik voel? bestaan er nog kinderen zoals ik?
en moet ik het aan mijn mama zeggen of wachten tot ik groot ben
alsjeblief nie antwoorden aan dit adres als mijn papa kan lezen.. ik denk het nie maar ik weet het nie
""")

seeker("hasselt-itsme-melding", "v13snl_xiaomi", "nl",
       "own-account dialect-limburg love paste p6-record-number own-name-in-text new-shape "
       "pasted-identity-app-notice sextortion anxiety",
       ("Mats", "mats.hasselt08@gmail.example"), "help dringend", """\
hej

ich ben 17 jaor en ich zit ech in de shit
ich heb mit iemand gechat op insta, ich dacht da ze een meiske van Hasselt was
ich heb foto's gestuurd die ich neet had motte sture
nu zeet ze dat ze ze naor iederein stuurt as ich neet 500 euro betaal
en toen kreeg ich dit op mijne gsm:

itsme® – Bevestig je identiteit
[[Mats Vanderhoydonck]] – aanvraag van "PayQuick BV"
Referentie: [[IT-88F3-22K9]]
Bevestig binnen 5 minuten.

ich heb NIKS bevestigd. ich heb het weggeklikt
mer hoe weet die mijnen echte naam? op insta staon ich as iets anders
ich kin neet slaopen, ich dink da mijn ouders het gaon te weten komme en da ze da op school gaon zien
ich heb nog 2 dagen zeet ze
wat moet ich doen moet ich betaole? ich heb 340 euro van mijn studentenjob
""")

seeker("molenbeek-zus-vertaalt", "v13snl_bluemail", "nl",
       "sibling-account other-account sibling written-for dialect-brussels mixed-languages "
       "family-violence own-name-in-text new-shape sister-translates-mothers-words "
       "signature-like-own-lines",
       ("Imane El Amrani", "imane.elamrani@hotmail.example"), "voor mijn kleine broer", """\
salam, hallo

ik ben zijn grote zus, ik ben 19, ik schrijf voor mijn broer [[Rayan]] die 13 is
hij spreekt beter Frans dan Nederlands maar hij zit in een Nederlandstalige school in Molenbeek dus ik schrijf in het Nederlands
hij heeft mij gisteren verteld dat onze oom hem slaat als hij daar na school moet blijven
onze mama werkt tot 19u, daarom gaat hij naar die oom
ik heb het aan mama gezegd en ze zei in het Arabisch "hchouma, zeg dat nooit buiten de familie"
dat betekent zoiets als "schande"
ik weet niet meer wat doen, ik ben niet zijn mama maar ik kan dit ook niet laten
[[Rayan]] zegt "c'est rien, il est juste strict"
maar ik zag blauwe plekken op zijn rug toen hij zijn t-shirt uitdeed
hij wil niet dat de politie komt, hij is bang dat ze mama dan iets doen
kan iemand van jullie met hem praten? hij kan zelf schrijven op dit adres, het is mijn mail

merci, dank je
een bezorgde zus
""")

# ------------------------------------------------------------------ 15-30

seeker("mechelen-checklist-reply", "gmail_ios", "nl",
       "own-account dialect-antwerp friends anxiety reply-with-quote own-name-in-text new-shape "
       "advice-scorecard-reply emoji short-last-line",
       ("Febe Goossens", "febe.goossens@gmail.example"), "Re: ik heb geen vrienden meer", """\
hey lumi het is weer ik, [[Febe]] van de vorige keer (die van de vriendengroep)

ik heb uw tips geprobeerd en ik heb een scorebordje gemaakt zoals ge zei "kleine stapjes"

✅ tegen Hanne zeggen da ik het erg vond da ze mij uit de groep had gezet → gedaan, ze zei sorry maar ze zet mij nie terug
✅ iets doen buiten school → ik ben naar de tekenacademie geweest op woensdag, was wel plezant
❌ aan mijn ma vertellen → nog nie, ze heeft het al druk genoeg me mijn broer
❌ ne nieuwe persoon aanspreken in de klas → ik durfde nie, ik heb het drie keer bijna gedaan
➖ minder op mijn gsm kijken naar hun storys → half, ik heb ze gemute maar ik ga toch kijken

dus 2 van de 5
ik ben 13 dus misschien is da normaal da da nie direct lukt
maar het voelt nog altijd alsof iedereen ergens bij hoort en ik nergens
in Mechelen op de markt zag ik ze zaterdag allemaal samen bubbletea drinken
ik ben dan snel een andere straat ingegaan

kan ik volgende week nog eens schrijven?
ja?
""", quote="""\
Dag Febe,

Wat fijn dat je ons schreef, en wat pijnlijk dat je zo uit die groep gezet bent.
Misschien helpt het om kleine stapjes te zetten: zeg eens tegen Hanne wat het met je deed,
zoek iets buiten school waar je nieuwe mensen ziet, en vertel het aan iemand thuis.
Schrijf ons gerust hoe het gaat.

Lumi""")

seeker("hamont-trainer-wedstrijdblad", "outlook_web", "nl",
       "club-account other-account coach written-for dialect-limburg bullying body-image html-only "
       "paste p6-record-number p2-paste-place own-name-in-text new-shape pasted-match-sheet signature",
       ("KFC Hamont 99", "trainer.u15@kfc-hamont.example"),
       "vraag over een speler", """\
Hallo,

Ik ben trainer van de U15 bij een voetbalclub in Noord-Limburg en ik schrijf over een van mijn spelers, [[Lowie]] (14).
Hij heeft me gevraagd om dit te doen, hij zit nu naast mij in de kantine.
Zaterdag werd hij na 20 minuten gewisseld, niet omdat hij slecht speelde maar omdat hij huilend van het veld kwam.
Dit stond op het wedstrijdblad:

Wedstrijdblad U15 – speeldag 18
nr 7 [[Lowie Dirkx]] – aansluiting [[2087731]] – gewisseld 20' (blessure?)
Scheidsrechter: opmerking – verbale agressie publiek tegen speler thuisploeg
Terrein: [[Sportpark De Kiezel, Hamont]]

Die "verbale agressie" waren ouders van de tegenpartij die riepen dat hij "te dik is om te lopen".
Maar het ergste: het gebeurt ook in onze eigen kleedkamer, ploegmaats noemen hem "de koelkast".
Ik heb met de ploeg gepraat maar ik denk dat het in de groepschat verdergaat.
[[Lowie]] wil stoppen met voetbal terwijl het het enige is waar hij echt graag naartoe komt.
Hoe kan ik hem helpen, en kan hij jullie zelf mailen? Hij heeft een eigen gsm.

Sportieve groeten
""", sig="""\
[[Jeugdtrainer U15]]
[[KFC Hamont 99]]
[[0471 55 20 13]]""", html="only")

seeker("izegem-bompa-dorpsblad", "telenet_webmail", "nl",
       "grandparent-account other-account grandparent written-for dialect-west-flemish grief "
       "paste p2-paste-place own-name-in-text new-shape pasted-village-magazine-congrats long",
       ("Roger Lannoo", "roger.lannoo@telenet.example"), "voor mijn kleinzoon", """\
Goeiendag

Ik ben de grootvader van [[Tuur]], hij is 10 jaar. Ik schrijf omdat zijn moeder, onze dochter, in januari gestorven is.
Hij woont nu bij zijn vader maar komt elke woensdag en om het weekend bij ons in Izegem.
In het dorpsblad stond vorige maand dit, mijn vrouw had het laten zetten voor zijn verjaardag:

PROFICIAT
Onze [[Tuur]] wordt 10 jaar!
Dikke kussen van bompa en bomma uit de [[Meensesteenweg]]
en een hemelse knuffel van mama ⭐

Toen hij het zag is hij naar boven gelopen en heeft hij zich opgesloten in de badkamer.
Hij zei achteraf "waarom schrijven jullie dat iedereen dat moet lezen".
Wij bedoelden het goed, maar misschien was het verkeerd.
Sindsdien praat hij niet meer over zijn mama, ook niet als wij foto's bovenhalen.
Op school zeggen ze dat hij goed meedoet, de juffrouw ziet niets.
Maar 's nachts als hij bij ons slaapt, hoor ik hem soms praten in zijn slaap.
Ik ben 74 en ik weet niet goed hoe ik met een kind over de dood moet spreken, wij deden dat vroeger niet.
Toen mijn eigen vader stierf was ik twaalf, en niemand heeft er ooit nog een woord over gezegd. Ik wil niet dat het met hem ook zo gaat.
Mijn vrouw wil zijn mama's kamer bij ons zo laten, met haar foto's en haar jas aan de kapstok. Ik weet niet of dat goed is voor hem of net niet.
Hij vraagt ook soms of hij "het had kunnen tegenhouden", omdat hij die dag niet naar het ziekenhuis wilde. Wat antwoord je daarop?
Zijn vader is een goede man, maar hij zwijgt ook, en zo zitten ze daar met twee te zwijgen aan tafel.
Is er iets dat wij kunnen doen of laten? En kan hij met iemand van jullie schrijven, ook al is hij nog maar tien?

Met de beste groeten,
de bompa
""")

seeker("waasland-weerbericht", "apple_mail", "nl",
       "own-account dialect-east-flemish anxiety school own-name-in-text new-shape "
       "mood-weather-forecast one-phrase-a-line",
       ("Nore Van Hoey", "nore.vanhoey@me.example"), "mijn weerbericht", """\
dag lumi

mijn therapeute van vroeger zei dat ik mijn gevoelens als het weer moest beschrijven
ze is gestopt met werken dus ik stuur het nu naar jullie, is dat raar?
ik ben [[Nore]], 16, ik woon in het Waasland

WEERBERICHT VOOR DEZE WEEK 🌦️
maandag: mist. kon niet opstaan. niet naar school.
dinsdag: lichte regen, wind uit het noorden. examen Frans, blackout.
woensdag: onweer in de namiddag. ruzie met mama over "gewoon uw best doen".
donderdag: droog maar koud. niks gevoeld eigenlijk.
vrijdag: kans op zon 10%. vriendin kwam langs met frietjes.
vooruitzichten weekend: zware storm voorspeld, rapport komt zaterdag.

ze zeggen bij ons "ge moet u nie zo druk maken" maar mijn hart klopt zo hard dat ik denk dat ik doodga
twee keer al deze maand
is dat een paniekaanval? moet ik naar de dokter?
""")

seeker("halle-voor-tegen", "gmail_android", "nl",
       "own-account dialect-flemish-brabant love parents no-identity-in-body new-shape "
       "pros-cons-list-own-words no-punctuation",
       ("Lars Vanderlinden", "larsvdl2009@gmail.example"), "moet ik het zeggen", """\
hallo

ik ben 16 en ik woon in de buurt van Halle, in 't Pajottenland
ik heb een lief sinds 4 maanden, ze is 15 en mijn ouders weten het nie
haar ouders ook nie want die zijn heel streng en zij mag nog nie "gaan"
ik heb een lijstje gemaakt want mijn kop zit vol

VOOR het zeggen aan mijn ouders
+ ik moet nie meer liegen als ik zogezegd bij Jorn ben
+ mijn ma zou het waarschijnlijk wel oké vinden
+ dan kan ze hier eens komen eten

TEGEN
- mijn pa gaat er grapjes over maken aan tafel bij de hele familie
- mijn ma kent haar ma van de turnclub en dan weten haar ouders het ook
- dan mag zij mij misschien nie meer zien

dus eigenlijk is het 3 tegen 3
mijn lief zegt "zeg het nog nie" maar ik voel mij slecht de heel tijd
en gisteren ging ik bijna mijn fiets in de gracht rijden omdat ik zat te appen en nie keek
hoe doen andere mensen dat
""")

seeker("schaarbeek-uitpas", "windows_mail", "nl",
       "own-account dialect-brussels mixed-languages loneliness parents paste p6-record-number "
       "p2-paste-place own-name-in-text new-shape pasted-leisure-pass-balance",
       ("Emiel Kabongo", "emiel.kabongo@outlook.example"), "sportkamp", """\
hallo

ik ben 12, ik woon in Schaarbeek met mijn mama en mijn 3 kleine zussen
op school gaven ze ons een uitpas met kansentarief, da wil zeggen dat ge goedkoper kunt sporten en zo
ik heb mijn saldo bekeken op de site:

UiTPAS – [[Emiel Kabongo]]
kaartnummer [[4102 7783 9012 5]]
kansenstatus: geldig tot 31/12 – regio [[Brussel-Noord]]
gespaarde punten: 37
voordeel: sportkamp paasvakantie aan 20%

ik wil naar da sportkamp, het is basket
maar mijn mama zegt dat ik moet thuisblijven om op mijn zussen te letten
ik doe dat al elke woensdag en elke vakantie
mijn vrienden van de klas gaan allemaal, Youssef en Thomas ook
ik zeg altijd "ça va c'est pas grave" maar het is wel grave
ik wil ook een keer gewoon kind zijn, is dat egoïstisch?
mijn mama is heel moe, mijn papa is in Kinshasa, ik wil haar nie triestig maken
""")

seeker("nl-mentor-overdracht", "outlook_web", "nl",
       "work-account other-account teacher written-for nl-netherlands self-harm school html-only "
       "signature disclaimer own-name-in-text new-shape mentor-handover-summary",
       ("Mw. R. Dijkstra", "r.dijkstra@csg-deventer.example"), "Verzoek om contact voor leerling", """\
Geachte medewerker van Lumi,

Ik ben mentor van een leerling uit 3 havo. Ze woont sinds de zomer bij haar tante in Vlaanderen (Lommel) maar zit nog bij ons op school, ze reist elke dag over de grens.
Ze heet [[Liv]], ze is 15, en ze gaf mij toestemming om haar aan te melden. Ze zegt dat ze liever met een Vlaamse hulplijn praat "omdat niemand van school daar zit".
Kort wat ik weet, zoals ik het in ons overdrachtsformulier zou zetten:

- sinds oktober wisselende stemming, veel verzuim op maandag
- heeft in de gymles lange mouwen aan, ook bij 25 graden
- vertelde vorige week aan een klasgenoot dat ze zichzelf snijdt "om rustig te worden"
- contact met moeder is moeizaam, vader niet in beeld
- zorgcoördinator is ingelicht, wachtlijst jeugd-GGZ is 7 maanden

[[Liv]] wil graag tussendoor iemand om te schrijven. Ik hoop dat dat kan, ook al woont ze officieel nog niet lang in België.
Ik heb haar gezegd dat ze zelf via dit adres contact mag opnemen, of via haar eigen e-mail.

Met vriendelijke groet,
""", sig="""\
[[Mw. R. Dijkstra]]
[[Mentor 3 havo / docent biologie]]
[[CSG Het Nieuwe Lyceum, Deventer]]
[[0570 - 61 44 20]]

De informatie in dit bericht is vertrouwelijk. Bent u niet de geadresseerde, verwijder dit bericht dan.""",
       html="only")

seeker("bxl-fr-top10", "gmail_web", "fr",
       "own-account mixed-languages friends self-harm no-identity-in-body new-shape "
       "top-ten-list-mail",
       ("Chloé Marchal", "chloe.marchal.bxl@gmail.example"), "pour mon amie", """\
bonjour

j'ai 15 ans, je suis à Etterbeek, je vais dans une école néerlandophone donc je comprends le néerlandais mais j'écris mieux en français
ma meilleure amie ne va pas bien et je sais pas quoi faire, alors j'ai fait une liste comme on fait sur TikTok

TOP 10 DES CHOSES QUI ME FONT PEUR
10. elle répond plus aux messages après 22h
9. elle a donné son sweat préféré à une autre fille "parce qu'elle en a plus besoin"
8. elle dit "de toute façon dans un an ça changera rien"
7. elle porte des bracelets partout maintenant
6. elle a arrêté le hip-hop alors qu'elle adorait ça
5. elle rigole plus aux mêmes trucs
4. elle mange plus à midi
3. elle m'a demandé si j'allais bien m'occuper de son chat
2. elle a écrit "bientôt fini" dans ses notes
1. elle m'a fait promettre de rien dire

je sais que je devrais le dire à un adulte mais j'ai promis
est-ce que je trahis si je le dis? et à qui? sa mère est vraiment dure
""")

seeker("tervuren-airtag", "v13snl_outlook_mac", "en",
       "own-account love family-violence paste own-name-in-text new-shape pasted-tracker-alert "
       "contact-in-text",
       ("Nina Okafor", "nina.okafor@britschool-tervuren.example"), "something weird on my phone", """\
Hi,

I'm 16 and I go to an international school near Tervuren. My parents don't speak Dutch so I'm writing in English, hope that's ok.
I broke up with my boyfriend two weeks ago. He was really controlling (checking my phone, telling me what to wear).
Yesterday this popped up on my iPhone:

"AirTag Found Moving With You
The location of this AirTag can be seen by the owner.
Owner: iPhone van Tibo"

Tibo is his brother's name, they share stuff all the time. I found it taped under the seat of my bike.
I haven't told anyone. My dad would go crazy and probably go to their house.
I don't want drama, I just want him to leave me alone.
Should I go to the police? Will they even believe me? I'm not even sure it's illegal here.
I threw the AirTag in the canal which was maybe stupid because now there's no proof.
You can text me on WhatsApp if that's easier, [[+32 478 10 66 92]], but please don't call, my mum checks who calls.

Thanks,
[[Nina]]
""")

seeker("mechelen-wrapped-opa", "yahoo", "nl",
       "own-account dialect-antwerp grief paste own-name-in-text new-shape pasted-music-year-review "
       "long",
       ("Jules Van Looy", "jules.vanlooy@yahoo.example"), "opa", """\
hallo

ik ben 14 en ik woon in Mechelen. ik weet nie of da hier past maar ik moet het ergens kwijt
mijn opa is in oktober gestorven, hij was de enige die echt naar mij luisterde
vandaag kwam mijn jaaroverzicht van de muziekapp en ik plak het, sorry het is lang

✨ JOUW JAAR IN MUZIEK ✨
[[@jules.mech]]
Je top nummer: "Rozen in de regen" – 412 keer
Je top artiest: Rocco Vermeir
Je luisterde 38.211 minuten, meer dan 94% van de luisteraars
Je muziekpersoonlijkheid: De Nostalgicus 🕰️

412 keer. da was opa zijn lievelingsliedje, we zongen da in de auto als hij mij van de scouts haalde
ik luister da elke avond om in slaap te vallen
mijn vrienden zagen mijn overzicht op insta en ze lachen mij uit, "Rocco Vermeir? ben jij 80 ofzo"
ik heb gezegd da het een grap was. da was het nie.
mijn ma wil nie meer over opa praten want dan weent ze en mijn pa zegt "het leven gaat door"
maar voor mij gaat het nie door, op school kan ik mij nie concentreren, ik heb al 3 onvoldoendes
soms denk ik da ik de enige ben die hem nog mist
is het raar da ik nog elke dag da lied luister?
soms zet ik het zo luid in mijn oortjes da ik niks anders meer hoor, ook mijn eigen gedachten nie
en dan ruik ik precies zijn pijptabak, da klinkt zot ik weet het
ik heb zijn oude pet nog, die lag in de auto, ik draag die als niemand kijkt
mijn tante zei op de begrafenis "gij zijt zijn evenbeeld" en sindsdien kijk ik elke ochtend in de spiegel of da waar is
hoe lang duurt rouwen eigenlijk
""")

seeker("maaseik-klein", "huawei", "nl",
       "own-account dialect-limburg parents emoji one-liner no-identity-in-body",
       ("Robbe", "robbe.m2015@gmail.example"), "😢", """\
ich bin 10 en mama en papa roepen elke aovend 😢😢 ich kin neet slaope
""")

seeker("brugge-studentenjob", "v13snl_tuta", "nl",
       "own-account dialect-west-flemish anxiety work paste p6-record-number own-name-in-text "
       "new-shape pasted-student-job-counter contact-in-text",
       ("Senne Vandenbussche", "senne.vdb@tuta.example"), "jobstudent", """\
hallo

'k ben 18 en 'k werk deze zomer als jobstudent in een ijssalon an de kust
'k weet nie of da hier moe zyn moa 'k weet nie woar da 'k anders moe zyn
de baas zegt da 'k meer uren moe doen "anders zyt ge weg"
moa 'k mag nie meer dan 650 uur per joar, anders moeten mijn ouders belastingen betalen ofzo
dit is mijn teller:

Student@work – [[Senne Vandenbussche]]
rijksregister [[04.03.17-233.61]]
Gepresteerde uren 2025: 611
Resterend saldo: 39 uur

'k ebbe ook 2 weken gewerkt zonder contract, "cash, da's makkelijker", zei em
en hij roept tegen ons vor de klanten, een meisje van 16 weende gisteren in de frigo
'k kan nie sloapen, 'k zien ol de mails van de baas ip mijn gsm, ook om 23u
mijn ma zeg "'t is een zomer, bijt deur"
is da normaal in een job? kan ik da ergens melden zonder da em weet da 'k het was?
bel mij gerust: [[0492 18 77 01]], na 21u want dan ben ik thuis
""")

# ------------------------------------------------------------------ 27-45

seeker("eeklo-meter-vormsel", "outlook_desktop", "nl",
       "work-account other-account godparent written-for dialect-east-flemish coming-out family "
       "paste signature disclaimer own-name-in-text new-shape pasted-confirmation-speech-draft",
       ("Griet De Paepe", "griet.depaepe@notariaat-meetjesland.example"), "Vraag als meter",
       """\
Dag,

Ik ben de meter van [[Bavo]], hij is 12 en doet in mei zijn vormsel in een parochie in het Meetjesland.
Hij moest een tekstje schrijven om voor te lezen in de kerk. Hij stuurde mij zijn eerste versie om na te lezen, ik plak ze hier:

"Mijn naam is [[Bavo]] en ik kies als vormselnaam Franciscus omdat hij van alle dieren hield.
Ik beloof om goed te zijn voor iedereen, ook voor mensen die anders zijn.
Ik ben zelf ook een beetje anders maar dat weet nog niemand.
Ik hoop dat God niet boos is op jongens die jongens leuk vinden."

Die laatste zin heeft hij er achteraf terug uitgehaald, maar ik had hem al gelezen.
Ik heb hem gebeld en gezegd dat ik hem graag zie zoals hij is, en dat ik niks ga vertellen.
Hij was opgelucht maar hij is heel bang voor zijn papa, die soms vervelende opmerkingen maakt bij het nieuws.
Hij vroeg of er "iemand is die daar verstand van heeft en niet de pastoor is" :-)
Ik heb hem jullie adres gegeven. Ik wou het eerst zelf eens vragen: kunnen jongens van 12 bij jullie terecht met zo'n vraag?
En hebben jullie tips voor mij als meter, om hem te steunen zonder iets te forceren?

Vriendelijke groeten,
""", sig="""\
[[Griet De Paepe]]
[[Kandidaat-notaris]]
[[Notariaat Meetjesland]] | [[Markt 7, 9900 Eeklo]]
T [[09 377 12 40]]

Deze e-mail en eventuele bijlagen zijn vertrouwelijk. Indien u niet de bestemmeling bent, gelieve de afzender te verwittigen.""")

seeker("tienen-correcties", "thunderbird", "nl",
       "own-account dialect-flemish-brabant parents anxiety reply-with-quote no-identity-in-body "
       "new-shape numbered-corrections-to-answer",
       ("Hanne Vranckx", "hanne.vranckx@scarlet.example"), "Re: mijn ouders", """\
hallo

bedankt voor uw antwoord, maar ik denk dat ik het slecht had uitgelegd, dus een paar verbeteringen:

1. ik ben nie 14 maar 16, ik had me getypt
2. mijn ouders zijn nie gescheiden, ze wonen nog samen, ze praten gewoon nie meer tegen elkaar
3. het is nie mijn papa die drinkt maar mijn mama, en alleen 's avonds als papa al slaapt
4. ik ben nie "bezorgd", ik ben kwaad. ik moet elke ochtend de flessen verstoppen voor mijn broertje die 8 is
5. het CLB is geen optie want de CLB-man is de nonkel van mijn beste vriendin

dus eigenlijk is mijn vraag: wat doe ik met mijn broertje als mama 's avonds raar doet
hij vraagt waarom mama zo "grappig praat"
ik zeg dan dat ze moe is
we wonen in de buurt van Tienen, ik heb een fiets, ik kan ergens naartoe als het moet
maar ik wil vooral dat het thuis gewoon normaal wordt
""", quote="""\
Dag,

Dank je om ons te schrijven. Het klinkt alsof je je veel zorgen maakt over je ouders sinds hun
scheiding, en over je papa die drinkt. Op 14 is dat veel om te dragen.
Misschien kan je eens langsgaan bij het CLB van je school?

Lumi""")

seeker("anderlecht-emoji-legende", "ipad", "nl",
       "own-account dialect-brussels mixed-languages love family-violence html-only emoji "
       "own-name-in-text new-shape emoji-legend-key",
       ("Ines Mertens", "ines.mertens@icloud.example"), "🔑", """\
ok ik schrijf met codes want mijn broer kijkt soms op mijn ipad

LEGENDE
🍕 = mijn lief
🌧️ = ruzie
🔒 = ze neemt mijn gsm af
🩹 = als ze mij pakt
🏠 = thuis bij mijn ma

dus: 🍕 is 17, ik ben 15, hij woont in Anderlecht
in 't begin was alles schoon, hij kocht bloemen en ne ketting
nu bij elke 🌧️ is het mijn fout, "t'es folle toi"
hij doet 🔒 als ik met vriendinnen wil gaan en hij leest al mijn berichten
vorige zaterdag was er een 🩹 aan mijn pols, ik zei thuis dat ik gevallen was met de step
in 🏠 weet niemand iets, mijn ma vindt hem "un garçon poli"
ik wil nie dat het stopt met 🍕 maar ik wil dat de 🩹 stopt
is da mogelijk?

[[Nessie]] (zo noemen ze mij)
""", html="only")

seeker("sint-truiden-pianoleraar", "proton", "nl",
       "other-account not-the-parent neighbour written-for dialect-limburg family-violence "
       "loneliness own-name-in-text new-shape piano-teacher-neighbour",
       ("Luc Moors", "luc.moors@proton.example"), "over een leerlingetje van mij", """\
Goeiendag,

Ik ben gepensioneerd muziekleraar en geef nog pianoles aan huis aan een paar kinderen uit de straat in Sint-Truiden.
Een van hen is [[Zita]], ze is 11, ze woont twee huizen verder. Ze is heel muzikaal, ze speelt Satie alsof ze al dertig is.
De laatste weken komt ze vaak te vroeg, soms een uur, en dan wil ze niet naar huis als de les gedaan is.
Ik hoor vaak geroep bij hen, ook glas dat breekt. Mijn vrouw zegt dat ik me er niet mee moet moeien, het zijn de buren.
Vorige dinsdag speelde [[Zita]] een stuk dat ze zelf gemaakt had en ze noemde het "Stil zijn tot het voorbij is".
Toen ik vroeg waarom die titel, haalde ze haar schouders op en zei "zo doe ik dat thuis".
Ik weet niet of het mijn plaats is. Ik ben geen familie en geen hulpverlener, gewoon de man met de piano.
Wat moet een buurman doen in zo'n geval? Ik wil haar niet bang maken of het vertrouwen breken.
Ze weet dat ik dit schrijf, ik zei dat ik "iemand om raad ging vragen" en ze knikte.
Als ze zelf wil schrijven, mag dat dan vanaf mijn computer na de les?

Met dank,
een buurman
""")

seeker("fr-mere-tribunal", "v13snl_gmx", "fr",
       "parent-account other-account parent-writing written-for family-violence mixed-languages "
       "paste p6-record-number p2-paste-place own-name-in-text new-shape pasted-youth-court-summons",
       ("Nathalie Dufrasne", "n.dufrasne@gmx.example"), "ma fille et une convocation", """\
Bonjour,

Je vous écris pour ma fille [[Océane]], 17 ans. Nous habitons à Bruxelles mais elle est scolarisée en néerlandais, d'où mon choix de vous écrire à vous.
Elle a reçu ceci hier, je le recopie :

TRIBUNAL DE LA JEUNESSE – convocation
Concerne : [[Océane Lambotte]], née le [[14/02/2008]]
Dossier n° [[JR/25/0318]]
Audience : mardi 18 mars, 9h00, [[Palais de Justice, salle 4]]

C'est suite à une bagarre à la sortie de l'école. Une fille la harcelait depuis des mois, et ce jour-là [[Océane]] a répondu. L'autre a eu le nez cassé.
Ma fille n'est pas violente. Elle a demandé de l'aide trois fois à l'école, je peux le prouver avec les mails.
Depuis la convocation, elle ne sort plus de sa chambre et elle dit qu'elle va « finir en prison ».
Son père et moi sommes séparés, il dit que c'est ma faute, qu'elle est « mal élevée ».
Je ne vous demande pas un avis juridique, nous avons une avocate.
Je vous demande s'il y a quelqu'un qui peut lui parler, à elle, de ce qu'elle ressent. Elle refuse le psy.
Elle lit mieux le néerlandais que moi, elle peut vous écrire en néerlandais ou en français.

Merci d'avance,
une maman inquiète
""")

seeker("leuven-erasmus-peer-review", "gmail_web", "en",
       "own-account loneliness anxiety school paste own-name-in-text new-shape "
       "pasted-group-project-peer-review",
       ("Mateo Ricci", "mateo.ricci.edu@gmail.example"), "not sure if this is the right place", """\
Hello,

I'm 19, on Erasmus in Leuven since September, from a small town near Bologna.
I read on a poster at the university that you also help young people, so here I am.
We had a group project and we had to give each other anonymous peer reviews. This came back today:

Peer evaluation – Group 7
Student: [[Mateo Ricci]] ([[r0912377]])
"Contributed little. Hard to understand. Did not come to the meetings."
"He was always quiet, we didn't really know if he was there."
Average score: 9/20

The thing is, they made a group chat in Dutch and I asked three times to switch to English. They said "sure" and then kept writing in Dutch.
The meetings were planned in that chat. I didn't know about them.
I haven't talked to anyone properly in weeks. I eat pasta alone in my room, I call my mother and I tell her everything is fantastic.
Some nights I can't breathe properly and I think about just taking the train home and never coming back.
Is it weak to give up Erasmus? Everyone here seems to be having the time of their life.
Sorry for the long message.
""")

seeker("borgerhout-meerkeuze", "smartschool", "nl",
       "school-account own-account dialect-antwerp friends love school html-only "
       "p4-class-beside-name own-name-in-text new-shape multiple-choice-quiz-for-reader",
       ("Amber Wuyts (4C)", "amber.wuyts@leerling.sintjan-borgerhout.example"), "quiz", """\
hallo lumi

ik heb een probleem maar ik weet zelf nie wa het antwoord is dus ik maak er ne quiz van, ge moogt kiezen 😅

VRAAG 1: mijn beste vriendin Selin zoent met de jongen waarvan ze weet dat ik hem al een jaar leuk vind. wat doe ik?
A) niks zeggen en doen alsof het mij nie kan schelen
B) haar uitschelden in de groepschat
C) het haar rustig zeggen
D) van school veranderen (serieus ik denk erover)

VRAAG 2: ze zegt "ge hebt hem nooit gevraagd dus hij was vrij". heeft ze gelijk?
A) ja
B) nee
C) een beetje maar het blijft gemeen

VRAAG 3: ik ben 15 en ik heb nog nooit gezoend. is da raar?
A) ja
B) nee
C) ??

ik zou C, A en B kiezen maar ik weet het nie
ik type dit in de studie dus ik moet snel zijn

[[Amber]] [[4C]]
""", html="only")

seeker("ieper-aftellen-oma", "samsung", "nl",
       "own-account dialect-west-flemish coming-out family no-punctuation own-name-in-text "
       "new-shape countdown-planning emoji",
       ("Jorre Vanneste", "jorre.vanneste@hotmail.example"), "nog 12 dagen", """\
hallo

'k ben 17 en 'k zit in Ieper
ier is mijn planning want 'k ebbe besloten

⏳ nog 12 dagen: oma wordt 80 en heel de familie komt
⏳ nog 10 dagen: tegen mijn zuster zeggen (zij weet het al half denk ik)
⏳ nog 7 dagen: tegen ma zeggen
⏳ nog 5 dagen: tegen pa zeggen, of ma laten zeggen
⏳ dag 0: mijn lief meebrengen naar 't feest. hij heet Kasper en hij is 18

ik ben dus homo voor wie 't nog nie wist 🌈
oma is 't belangrijkste, zij is heel katholiek moa ze is ook de liefste mens van de wereld
'k wil nie da ze 't van iemand anders hoort en 'k wil nie da ze ip heur feest moe wenen
mijn zuster zegt "doe 't nie ip 't feest, [[Jorre]], da's egoïstisch"
misschien eet ze gelijk
moa anders blijft 't weer een jaar geheim en 'k kan nie meer
wat vinden jullie, is de planning te snel?
""")

seeker("nl-hen-die-inschrijving", "proton", "nl",
       "own-account nl-netherlands gender-identity school paste p6-record-number p5-pronouns "
       "own-name-in-text new-shape pasted-sports-registration-gender-field",
       ("Rowan de Wit", "rowan.dewit@proton.example"), "jongens of meisjes", """\
Hoi Lumi,

Ik ben [[Rowan]] (hen/die), 17, uit Utrecht. Mijn tante woont in Vlaanderen en zij gaf me jullie adres.
Ik ben non-binair. Op school weten mijn vrienden het en de meeste docenten doen hun best.
Maar ik wil al drie jaar roeien en ik heb eindelijk het inschrijfformulier ingevuld:

Inschrijving studentenroeivereniging
Naam: [[Rowan de Wit]]
Lidnummer (na betaling): [[RV-2025-0388]]
Geslacht: ☐ man ☐ vrouw  (verplicht – i.v.m. ploegindeling)

Ik heb het formulier al twee weken open staan op mijn laptop.
Als ik "vrouw" aanvink, moet ik in een damesploeg en dan voelt het alsof ik weer moet doen alsof.
Als ik "man" aanvink, lieg ik ook.
Ik heb de vereniging gemaild en ze zeiden "kies maar wat het best past, het is maar een vakje".
Het is niet maar een vakje.
Mijn ouders zeggen dat ik niet alles zo zwaar moet maken. Misschien hebben ze gelijk.
Ik wil gewoon roeien. Hoe doen andere non-binaire mensen dat bij sport?
""")

seeker("beringen-innerlijke-stem", "outlook_android", "nl",
       "own-account dialect-limburg body-image anxiety mixed-languages no-identity-in-body "
       "new-shape dialogue-with-inner-critic",
       ("Elif Yıldız", "elif.yildiz2012@outlook.example"), "ik en mijn hoofd", from_style="ew", body="""\
hallo

ik ben 13 en ik woon in Beringen. ik schrijf hoe het in mijn hoofd klinkt, mijn hoofd is HOOFD en ik ben IK

HOOFD: ge zijt de dikste van de klas
IK: da's nie waar, Sofie zegt da ik normaal ben
HOOFD: Sofie liegt om lief te zijn
IK: mijn anneanne zegt "maşallah gij zijt gezond"
HOOFD: anneannes zeggen da tegen iedereen
IK: ik heb vandaag een boterham gegeten
HOOFD: en een koek. waarom die koek.
IK: omdat ik honger had
HOOFD: gij hebt altijd honger, da's het probleem

zo gaat da de heel dag, ook in de les
ik kijk 20 keer per dag in de spiegel van de wc op school
ik heb een app gedownload die calorieën telt, ik zet 600 als doel
mijn mama weet het nie, ze kookt elke avond veel en ik zeg da ik al gegeten heb bij mijn nicht
hoe krijg ik HOOFD stil?
""")

seeker("oudenaarde-mama-typt", "ipad", "nl",
       "parent-account other-account parent-writing written-for dialect-east-flemish bullying "
       "own-name-in-text new-shape child-dictates-parent-types-with-asides typos",
       ("Sofie Baert", "sofie.baert@icloud.example"), "van Kobe (mama typt)", """\
Hallo, ik ben de mama van [[Kobe]] (10). Hij wil zelf iets vertellen maar typen gaat nog traag dus hij zegt het en ik typ. Wat tussen haakjes staat is van mij.

"Hallo ik ben [[Kobe]] en ik ben 10 en ik zit in het 4de leerjaar in een school bij Oudenaarde.
Op de schoolbus zijn er 2 jongens van het 6de die mijn boekentas elke dag door de bus gooien.
Gisteren zat mijn brooddoos open en mijn boterhammen lagen op de grond en ze zeiden eet maar op.
De chauffeur zegt niks want hij heeft zijn muziek aan.
Ik wil niet meer met de bus maar mama moet werken.
(Dat klopt, ik begin om 7u30 in Gent, ik kan hem niet brengen.)
Ik heb het aan de juf gezegd en de juf zei dat het op de bus niet haar probleem is.
(Ik heb ook een mail gestuurd naar de directeur, nog geen antwoord na 9 dagen.)
Mag ik jullie elke dag vertellen hoe de bus was?
Dan moet ik het niet aan mama zeggen want dan is ze triestig.
(Oei. Dat wist ik niet.)
Dag."

Dank u om te lezen. Hij mag dit adres gebruiken als hij nog eens wil schrijven, ik lees dan niet mee als hij dat niet wil.
""", identity=["Kobe"])

# ------------------------------------------------------------------ 38-52

seeker("jette-andere-vrijwilliger", "gmail_web", "nl",
       "own-account dialect-brussels mixed-languages parents reply-with-quote own-name-in-text "
       "new-shape asks-for-other-volunteer words-after-signoff",
       ("Milan Vandersmissen", "milan.vdsmissen@gmail.example"), "Re: thuis", """\
hallo

merci voor het antwoord maar eerlijk, ik voelde mij nie begrepen
ge schreef "misschien bedoelen je ouders het goed" en da is precies wat iedereen zegt
allei, ik ben nie boos op u, ge kent mij nie
maar kan ik misschien iemand anders krijgen? iemand die jong is of die zelf ouders had die zo deden?
of is da nie hoe het werkt bij jullie

om het kort te herhalen voor de nieuwe persoon:
- ik ben 18, ik woon nog thuis in Jette
- mijn pa zegt da ik moet verhuizen "als ge toch alles beter weet", ik ben in mijn laatste jaar
- mijn ma zegt niks, ze kijkt naar haar telefoon
- ik slaap 3 nachten per week bij mijn vriend zijn ouders, die zijn super lief maar het is nie mijn huis
- ik heb een studentenjob in een Delhaize, ik verdien 480 euro per maand

ik wil gewoon weten of ik kan verhuizen zonder diploma en zonder da alles kapot gaat

[[Milan]]
ps sorry als da onbeleefd klonk
ps2 ik weet nie of ge moogt zeggen wie gij zijt maar ik vind da oneerlijk, gij weet alles van mij
""", quote="""\
Dag Milan,

Wat vervelend dat het thuis zo gespannen is. Misschien bedoelen je ouders het goed,
en willen ze je vooral voorbereiden op het leven na je middelbaar?
Heb je al eens geprobeerd om op een rustig moment met hen te praten?

Lumi""")

seeker("turnhout-jeugdhuis-verslag", "webmail", "nl",
       "work-account other-account youth-worker written-for dialect-antwerp self-harm friends "
       "signature own-name-in-text new-shape youth-house-shift-report paste",
       ("De Klinker - Jens", "jens@jeugdhuisdeklinker.example"), "doorverwijzing?", """\
Hoi Lumi,

Ik ben jeugdwerker in een jeugdhuis in de Kempen. Na elke avond schrijven we een kort verslag in ons logboek.
Dit is dat van vrijdag, met toestemming van de gast over wie het gaat (hij heet [[Thibo]], 17, ik gebruik zijn naam omdat hij dat zelf vroeg):

Logboek vrijdag – shift Bar
22u10: [[Thibo]] komt binnen, al wat gedronken, zit alleen aan de toog
22u45: ruzie met twee ex-vrienden over een meisje, wij komen tussen
23u20: [[Thibo]] op de trap buiten, huilt, zegt "niemand zou het merken als ik er niet meer was"
23u50: gesprek met mij en collega, rustiger, broer komt hem halen
00u15: afgesloten. Opvolgen!!

Ik heb hem zaterdag gebeld. Hij zei dat hij "gewoon zat was" en dat we het moesten vergeten.
Maar hij vertelde ook dat hij al weken slecht slaapt en dat zijn vader hem buiten wil zetten.
Hij wil niet naar een psycholoog, "da's voor zotten". Hij zei wel dat hij liever schrijft dan praat.
Mag ik hem jullie adres geven? Ik wil niet dat hij denkt dat ik hem doorschuif.
En wat mag ik als jeugdwerker zelf doen als het terug zo loopt?

Groeten
""", sig="""\
[[Jens]]
[[Jeugdhuis De Klinker vzw]] – [[coördinatie]]
[[0485 30 14 22]]""")

seeker("bilzen-pleegmoeder-bezoek", "v13snl_galaxy_tab", "nl",
       "family-account other-account foster-parent written-for dialect-limburg parents anxiety "
       "paste p6-record-number p7-family-card p2-paste-place own-name-in-text new-shape "
       "pasted-contact-visit-schedule",
       ("Fam. Croux-Martens", "crouxmartens@skynet.example"), "onze pleegdochter", """\
Goeiendag

Wij zijn pleegouders van een meisje van 14. Ze woont al 3 jaar bij ons in de buurt van Bilzen. Ze heet [[Luna]].
Elke maand heeft ze bezoek met haar biologische mama in een bezoekruimte. Dit is de nieuwe regeling die we kregen:

Bezoekregeling – dossier [[PZ-LIM-2022-118]]
Pleegkind: [[Luna Geerts]]
Bezoek met: [[Sandra Geerts]] (moeder), [[Kevin]] (halfbroer)
Plaats: [[Bezoekruimte De Brug, Genk]]
Frequentie: voortaan om de 2 weken (was: maandelijks)

[[Luna]] was eerst blij. Nu, twee dagen voor elk bezoek, krijgt ze buikpijn en plast ze 's nachts weer in bed, op 14 jaar, ze schaamt zich dood.
Na de bezoeken is ze een dag heel stil of heel boos.
Ze zegt dat haar mama tijdens het bezoek vraagt om "terug naar huis te komen" en dat ze dan niet weet wat ze moet zeggen.
Ze zegt ook: "als ik daar nee op zeg, ben ik een slechte dochter".
Onze pleegzorgbegeleidster is met zwangerschapsverlof en de vervanging kennen we nog niet.
Kan [[Luna]] bij jullie haar verhaal kwijt? Ze schrijft graag, ze heeft een eigen tablet.
Wij willen haar helpen zonder partij te kiezen tegen haar mama.

Vriendelijke groeten,
de pleegmama
""")

seeker("gent-en-patch-notes", "v13snl_yahoo_ios", "en",
       "own-account mixed-languages body-image anxiety own-name-in-text new-shape "
       "mail-as-game-patch-notes",
       ("Oscar Lindqvist", "oscar.lindqvist@yahoo.example"), "patch notes v13", """\
hey

I'm 13, my dad is Swedish and my mum is English, we live in Ghent. I speak Dutch at school but my brain thinks in English and apparently in video game updates, so here are my patch notes

[[OSCAR]] v13.0 – PATCH NOTES
REMOVED: appetite
REMOVED: wanting to go to football
NERFED: sleep (now 4-5 hrs max)
BUFFED: time spent in the bathroom looking at my arms
NEW FEATURE: counting push-ups until it hurts (200/day)
KNOWN BUG: voice in head keeps saying "you're too small"
KNOWN BUG: everyone at school is taller
FIX PLANNED: none

the guys in my class call me "mini" and "kabouter" and I laugh with them
I want to be bigger so badly that I looked up protein powder and stuff that's not allowed under 18
my dad says I'll grow, "[[Lindqvist]] men are late bloomers"
is there something wrong with me?
""")

seeker("fr-tournai-fable", "samsung", "fr",
       "own-account bullying school friends no-identity-in-body new-shape fable-with-animals",
       ("Jade Lecomte", "jadelecomte2011@hotmail.example"), "une histoire", """\
bonjour,

j'ai 14 ans, j'habite près de Tournai. en cours de français on a fait des fables alors je vous écris la mienne, c'est plus facile que de dire les choses directement

LA PETITE CHOUETTE ET LES CORBEAUX
Il était une fois une petite chouette qui venait d'une autre forêt.
Elle parlait avec un accent, elle ne connaissait pas les chansons des corbeaux.
Les corbeaux l'ont invitée une fois, puis ils ont ri de ses plumes.
Ils ont volé ses graines et ils ont dit à tout le monde qu'elle sentait mauvais.
La chouette a commencé à voler seulement la nuit, quand personne ne la voyait.
Elle ne chantait plus.
Un jour un vieux hibou lui a demandé pourquoi elle se cachait.
Elle n'a pas su répondre.
FIN (je ne connais pas la morale)

la chouette c'est moi, vous aviez compris je pense
on a déménagé du Congo il y a deux ans et les « corbeaux » c'est trois filles de ma classe
le vieux hibou, j'en cherche un, c'est peut-être vous
""")

seeker("roeselare-tante-bakkerij", "v13snl_emclient", "nl",
       "work-account other-account aunt written-for dialect-west-flemish self-harm body-image "
       "signature own-name-in-text new-shape aunt-overhears-at-shop-counter",
       ("Demeulenaere R.", "info@bakkerij-demeulenaere.example"), "voor mijn nichtje", """\
Goedendag

'k schrijve van 't adres van de winkel, excuseer, 'k ben de tante van [[Femke]], ze is 15.
Ze helpt ons elke zaterdag in de bakkerij in Roeselare, achter den toog.
Vorige zaterdag hoorde ik twee meisjes van haar school die een brood kwamen kopen.
Ze zeiden tegen mekaar, zo dat [[Femke]] het moest horen: "zij eet zeker gratis hier, ziet ge da nie".
[[Femke]] is direct naar achter gegaan. 'k ben haar achterna gegaan en ze zat in 't magazijn met een mesje van de taarten in haar hand, ze had nog niks gedaan.
'k hebbe het mesje afgepakt en we hebben lang gepraat. Ze zei dat ze dat "soms" doet, op haar benen, al een jaar.
Ze wil nie dat ik het aan mijn zuster zeg, haar mama. Haar mama is zelf heel ziek geweest en [[Femkes]] grootste angst is dat ze haar mama extra zorgen geeft.
'k hebbe beloofd dat ik eerst raad zou vragen aan iemand die er verstand van heeft.
Wat moet ik doen als tante? Moet ik het toch zeggen aan mijn zuster?
En kan ze u zelf schrijven? Ze zit bijna de heel dag op haar gsm.

Met vriendelijke groeten
""", sig="""\
[[Rita Demeulenaere]]
[[Bakkerij Demeulenaere]] – [[Ooststraat 51, 8800 Roeselare]]
[[051 20 33 17]] – open di-zo 6u30-18u""")

seeker("aarschot-boete", "v13snl_mailspring", "nl",
       "own-account dialect-flemish-brabant parents loneliness paste p6-record-number p2-paste-place "
       "own-name-in-text new-shape pasted-transport-fine-letter",
       ("Arne Peetermans", "arne.peetermans@mailspring-user.example"), "buiten gezet", """\
hallo

ik ben 19, ik woon (woonde?) bij mijn ouders in de buurt van Aarschot
3 weken geleden ben ik buiten gezet na een ruzie over mijn studies, ik ben gestopt met mijn bachelor
sindsdien slaap ik op de zetel bij vrienden, elke week een andere
vandaag kreeg ik via mijn ma een foto van deze brief die thuis toekwam:

De Lijn – vaststelling zonder geldig vervoerbewijs
Reiziger: [[Arne Peetermans]]
Adres: [[Leuvensesteenweg 212]], [[3200 Aarschot]]
PV-nummer: [[DL-PV-77120-25]]
Te betalen: 107 euro binnen 30 dagen

ik had geen geld voor een abonnement want ik heb geen inkomen meer
mijn ma schreef erbij "uw probleem" met een duimpje
ik heb nog 62 euro op mijn rekening
ik schaam mij om aan mijn vrienden te zeggen dat ik eigenlijk dakloos ben, ze denken dat ik "op avontuur" ben
ik weet nie of ik recht heb op iets bij het OCMW als ik 19 ben
ik weet nie eens wat ik moet vragen eigenlijk
""")

seeker("gent-broer-paklijst", "blackberry", "nl",
       "sibling-account other-account sibling written-for dialect-east-flemish anxiety school "
       "paste signature own-name-in-text new-shape pasted-school-trip-packing-list",
       ("Kevin Van de Velde", "kevin.vandevelde@verzekeringen-ghent.example"), "voor mijn zus", """\
Dag,

Ik schrijf voor mijn zus [[Lena]] (12), ze zit in het 6de leerjaar in Gent.
Volgende week gaat ze op zeeklassen, 4 nachten. Ze heeft de paklijst van school op haar kamer gehangen en ik zag wat ze erbij geschreven had:

PAKLIJST ZEEKLASSEN – naam: [[Lena Van de Velde]]
☑ slaapzak
☑ regenjas
☑ zaklamp
☐ knuffel (MAG NIEMAND ZIEN)
☐ extra onderbroeken (voor als het 's nachts weer gebeurt)
☐ pilletjes van de dokter?? vragen aan mama

Ze plast nog soms in bed en ze is doodsbang dat de anderen dat merken in de slaapzaal.
Onze mama heeft het aan de juf gezegd maar [[Lena]] weet niet wat de juf gaat doen en dat maakt het erger.
Ze wil ziek zijn die week. Ze vroeg me gisteren hoe je koorts kan doen alsof.
Ik ben 24 en ik weet eerlijk niet wat ik moet zeggen behalve "het komt wel goed".
Hebben jullie tips voor haar? Ze mag zelf ook schrijven, ik heb haar mijn gsm al eens laten gebruiken.

Groeten,
""", sig="""\
[[Kevin Van de Velde]]
[[Schadebeheerder]] | [[Verzekeringen Van Hecke NV]]
[[Kortrijksesteenweg 1104, 9051 Gent]]""")

# ------------------------------------------------------------------ 46-60

seeker("eindhoven-kort", "gmail_android", "nl",
       "own-account nl-netherlands grief anxiety no-identity-in-body no-punctuation short-last-line",
       ("Jesse van Dongen", "jessevdongen@gmail.example"), "mama", """\
hoi
ik ben 12 en mijn moeder heeft borstkanker zei ze gisteren
ze zei het komt goed maar ze huilde toen ze dacht dat ik sliep
ik durf niks te vragen
mag dat hier
""")

seeker("lier-spraak-tweede-antwoord", "outlook_mobile", "nl",
       "own-account dialect-antwerp voice-to-text reply-with-quote school anxiety typos "
       "own-name-in-text",
       ("Seppe Michiels", "seppe.michiels@outlook.example"), "Re: examens", """\
ik spreek dit in want mijn handen trillen te hard om te typen komma dus sorry als het raar is punt
dank u voor vorige keer vraagteken nee uitroepteken
ik heb gedaan wat ge zei met die planning in blokjes van 25 minuten en het werkte twee dagen
maar vandaag had ik wiskunde en ik zag de eerste vraag en alles werd zwart
ik ben buiten gegaan en ik heb op de wc gezeten tot de bel
de leerkracht zegt ik mag het inhalen maar ik ben zo bang dat het dan weer gebeurt
mijn mama zegt dat ik mij aanstel
mijn lief zegt ik moet naar de dokter
ik ben 17 en ik moet volgend jaar naar de unief
hoe ga ik dat ooit doen als ik nu al niet eens een examen kan maken
[[seppe]] hier trouwens [[Michiels]] ik weet niet of ge dat nog wist
einde bericht
""", quote="""\
Dag Seppe,

Blokken is zwaar, zeker als je zo gespannen bent. Probeer eens te werken in blokjes van
25 minuten met korte pauzes, en gun jezelf na elk examen iets leuks.
Laat je weten hoe het gaat?

Lumi""")

seeker("lommel-buurtapp", "gmail_web", "nl",
       "own-account dialect-limburg family-violence parents paste p2-paste-place own-name-in-text "
       "new-shape pasted-neighbourhood-app-post",
       ("Emma Stevens", "emma.stevens.lml@gmail.example"), "de buurt weet het", """\
hoi

ich ben 18 en ich woon nog bie mien ouwers in Lommel
ich kreeg vandaag een screenshot van mien vriendin, haar mama zit in de buurtapp van ons wijk:

📍 [[Wijk Kattenbos]] – [[Heidestraat]] e.o.
"Weet iemand wat er elke avond gebeurt bij de familie [[Stevens]] op nr. [[23]]? Geroep tot 2u 's nachts, deuren die dichtslaan, vanmorgen lag er een kapotte stoel op de oprit. Moeten we niet eens iemand bellen? 🙁"
👍 14  💬 9 reacties

ich schaam mich kapot. iedereen in de straat weet het nu
en het ergste: het klopt. mien pa drinkt sinds hij zijn werk kwijt is en dan gaat het mis met mien ma
ich probeer mien kleine broer op zijn kamer te houden met een koptelefoon op
ich wil niet dat de politie komt want dan wordt het thuis nog erger na
mer misschien heeft die mevrouw in de app wel gelijk
wie moet ich eigenlijk bellen als het 2u 's nachts is?
""")

seeker("tielt-opsporing-vriendin", "smartschool", "nl",
       "school-account own-account dialect-west-flemish friends loneliness html-only "
       "p4-class-beside-name own-name-in-text new-shape wanted-poster-for-lost-friendship",
       ("Jana Vandamme", "jana.vandamme@leerling.vti-tielt.example"), "GEZOCHT", """\
hallo

ik ben 12 en ik zit in 't 1ste middelbaar in Tielt
we moesten in de les Nederlands een opsporingsbericht maken en ik maakte er een over mijn vriendschap 😢

⚠️ GEZOCHT ⚠️
Naam: de vriendschap van Lotte en mij
Laatst gezien: juni, laatste dag van 't 6de leerjaar
Kenmerken: samen fietsen naar school, zelfde gsm-hoesje, geheime taal met handgebaren
Verdwenen na: Lotte kwam in een andere klas en vond nieuwe vriendinnen die "cooler" zijn
Beloning: mijn halve zakgeld

Lotte zegt nu nog "hoi" in de gang maar da's alles
ik eet mijn boterhammen bij de juf van de studie omdat ik nie alleen wil zitten in de refter
mijn mama zegt dat ik nieuwe vriendinnen moet zoeken maar ik wil nie "nieuwe", ik wil mijn oude terug
is het normaal dat vriendschappen gewoon stoppen?

[[Jana]]
[[1B]]
""", html="only")

seeker("lokeren-teller", "iphone", "nl",
       "own-account dialect-east-flemish self-harm paste own-name-in-text new-shape "
       "pasted-recovery-days-counter",
       ("Bo Verstraeten", "bo.verstraeten@icloud.example"), "82", """\
hey

'k zen 17 en 'k gebruik sinds de zomer een app om bij te houden hoe lang ik mezelf nie meer gesneden heb
vannacht is het misgegaan. dit is wat de app nu zegt:

🌱 Jouw reis, [[bo_v.lkrn]]
Vorige reeks: 82 dagen 🏅
Huidige reeks: 0 dagen
"Elke dag is een nieuwe start. Je bent sterker dan je denkt 💪"

82 dagen. en nu 0. ik ben zo kwaad op mezelf
ik had het niemand gezegd dat het zo goed ging, alleen die app wist het
en nu voelt het alsof die 82 dagen niks waard waren
de wonde is nie diep, ik heb ze zelf verzorgd, ge moet u geen zorgen maken daarover
het was na een ruzie met mijn vriendin, ze zei dat ik "te veel" ben
mag ik vragen: tellen die 82 dagen nog? of moet ik echt weer van nul beginnen?
""")

seeker("vilvoorde-gezinscomputer", "samsung", "nl",
       "family-account shared-account other-account dialect-flemish-brabant parents love "
       "own-name-in-text new-shape warning-line-to-family-at-top all-caps",
       ("Familie Cools", "gezin.cools@telenet.example"), "PRIVE", """\
MAMA OF PAPA ALS GE DIT LEEST: STOP MET LEZEN. DIT IS PRIVE. ECHT.

ok
hallo lumi, ik ben [[Seppe]], 14, ik woon in Vilvoorde en dit is de computer van heel ons gezin want ik heb geen eigen laptop
ik zal het snel doen want mijn zus wacht om haar taak te maken
ik ben verliefd op iemand van mijn klas en het is een jongen
ik weet nie of ik homo ben of bi of gewoon in de war
ik denk er de heel dag aan, ik teken zijn naam in de kantlijn en dan gom ik het snel uit
mijn papa maakt soms grapjes over "mietjes" als er op tv iets is
ik wil het aan niemand vertellen tot ik zeker ben
hoe weet ge da eigenlijk, da ge zeker bent?
en kunnen jullie antwoorden zonder "Lumi" in de titel? want dan ziet iedereen het in de inbox

ik gooi deze mail direct uit de verzonden items
""")

seeker("marollen-pandjeshuis", "gmail_ios", "nl",
       "own-account dialect-brussels mixed-languages family paste p6-record-number own-name-in-text "
       "new-shape pasted-pawnshop-receipt gambling",
       ("Kenzo Vanderstraeten", "kenzo.vds@gmail.example"), "ik heb iets heel stoms gedaan", """\
allei, ik weet nie of ge mij kunt helpen maar ik moet het aan iemand zeggen

ik ben 16, ik woon in de Marollen bij mijn bomma, mijn ma is in Spanje voor haar werk
ik speel sinds vorig jaar online, eerst voetbal gokken met vrienden voor de fun, dan casino op mijn gsm
ik heb 1400 euro verloren. da was mijn spaargeld, en da van mijn bomma voor mijn rijbewijs
en gisteren heb ik dit gedaan:

Pandjeshuis – ontvangstbewijs
Nr. [[PH-BXL-558102]]
Voorwerp: gouden ring met steen (dames)
Geleend bedrag: 220 €
Terug te kopen vóór: 30 dagen + intrest

da is de trouwring van mijn bompa zaliger. bomma draagt hem nie meer maar hij ligt in haar juwelendoos
ze heeft nog niks gemerkt
ik wou het geld gebruiken om terug te winnen en ik heb het ook verloren
ik kan nie meer slapen, ik denk de heel tijd "nog één keer en dan win ik het terug"
ik weet da da zot is
hoe krijg ik die ring terug en hoe zeg ik het aan bomma
en hoe stop ik, want ik kan het precies nie
""")

seeker("denhaag-vriendin-regels", "outlook_android", "nl",
       "other-account friend-writing written-for nl-netherlands self-harm friends own-name-in-text "
       "new-shape friend-writes-her-own-helping-rules",
       ("Noa Brouwer", "noabrouwer@outlook.example"), "voor mijn beste vriendin", """\
Hallo Lumi,

Ik ben 16 en ik woon in Den Haag, mijn beste vriendin [[Ilse]] woont sinds een jaar in Brugge omdat haar moeder daar werk kreeg.
We bellen elke avond. Ze heeft me verteld dat ze niet meer wil leven. Niet dat ze iets gaat doen, zegt ze, maar dat ze "liever gewoon zou verdwijnen".
Ik heb voor mezelf regels gemaakt voor als ze zo praat, die heb ik van internet:

mijn regels voor als [[Ilse]] het moeilijk heeft:
1. niet in paniek raken aan de telefoon
2. vragen of ze een plan heeft
3. niet beloven dat ik het geheim houd
4. haar vragen wie er bij haar in de buurt is
5. zelf ook iemand hebben om mee te praten

Ik faal al bij regel 3. Ik heb het wel beloofd.
En regel 5, dat zijn jullie denk ik.
Ze wil zelf niet bellen naar een hulplijn, "te eng", maar ze vindt mailen wel oké.
Mag ik haar jullie adres geven? Of kunnen jullie haar iets sturen via mij?
En wat doe ik met die belofte?

Dankjewel,
""")

seeker("fr-pere-journal", "v13snl_outlook_mac", "fr",
       "parent-account other-account parent-writing written-for mixed-languages self-harm "
       "parents signature own-name-in-text new-shape father-confesses-reading-diary",
       ("Olivier Gillet", "olivier.gillet@architectes-gillet.example"), "mon fils",
       """\
Bonjour,

Je suis le père de [[Hugo]], 16 ans. Nous vivons à Bruxelles, il est en 5e dans une école flamande.
Je dois d'abord avouer quelque chose dont je ne suis pas fier : j'ai lu son journal.
Il l'avait oublié sur la table de la cuisine, ouvert. J'ai lu une page, puis trois.
Il y écrit qu'il se trouve « inutile », qu'il a fait une liste de gens « qui ne remarqueraient rien », que j'y suis en premier.
Il écrit aussi qu'il s'est fait mal au bras avec un compas, plusieurs fois.
Je n'ai rien dit. Je ne sais pas comment lui dire que je sais sans qu'il se sente trahi.
Sa mère est décédée il y a quatre ans. Depuis, je travaille beaucoup trop, je le sais.
[[Hugo]] parle mieux néerlandais que français maintenant, c'est pourquoi je m'adresse à vous.
Est-ce que je dois lui avouer que j'ai lu ? Est-ce que je peux lui donner votre adresse sans qu'il devine pourquoi ?
Je suis prêt à tout changer.

Cordialement,
""", sig="""\
[[Olivier Gillet]]
[[Architecte – associé]]
[[Gillet & Moens architectes]]
[[Rue de la Victoire 88, 1060 Saint-Gilles]]""")

seeker("en-anonymous-questions", "gmail_web", "en",
       "own-account bullying body-image html-only paste own-name-in-text new-shape "
       "pasted-anonymous-question-app",
       ("Priya Raman", "priya.raman.ant@gmail.example"), "anonymous messages", """\
hi

I'm 15, we moved to Antwerp from Chennai two years ago. I go to a Dutch-speaking school so I can also write in Dutch if you want but English is faster for me.
A girl in my class dared me to put one of those anonymous question links in my bio. These came in tonight:

send me anonymous messages! 💌 [[@priya.rmn]]
👻 "why do you smell like curry every day"
👻 "nobody wants you here go back"
👻 "your eyebrows are a whole forest lol"
👻 "honestly ur kinda pretty"
👻 "kill urself"

I know I should just delete it. I deleted the app. But I keep reading them in my head.
Everyone at school acts normal to me, so it's someone who smiles at me every day and writes this at night.
The pretty one is probably also a joke.
I haven't told my parents. They gave up everything to move here and they think I'm happy.
How do I stop thinking about who it was?
""", html="only")

seeker("boom-tablet-hoofdletters", "v13snl_galaxy_tab", "nl",
       "family-account shared-account other-account dialect-antwerp all-caps parents divorce "
       "own-name-in-text one-liner-ish",
       ("Tablet Keuken", "tablet.dehaes@gmail.example"), "HELP", """\
HALLO IK BEN [[MILA]] IK BEN 10 JAAR
MIJN MAMA EN PAPA GAAN SCHEIDEN ZE HEBBEN HET GISTEREN GEZEGD AAN TAFEL
IK MOET KIEZEN BIJ WIE IK WIL WONEN ZEI PAPA
IK WIL NIE KIEZEN
MIJN HAMSTER MOET OOK KIEZEN
IK HEB GEWEEND IN DE BADKAMER
MOET EEN KIND VAN 10 KIEZEN??
""")

seeker("tongeren-woordenlijst", "outlook_web", "nl",
       "own-account dialect-limburg love parents own-name-in-text new-shape "
       "dialect-glossary-for-reader mixed-languages",
       ("Lisa Ramaekers", "l.ramaekers@student.kulak-tongeren.example"), "lief", """\
hej

ich bin 15 en ich woon in de buurt van Tongere
ich sjrief in mien dialect want zo denk ich, onderaan staat een woordelijst veur als ge het neet snapt 😅

mien moder vindt mien vriendj neet good, hae is 17 en hae wirk al in de garage
zie zeet dat hae "te aajd" is en dat ich "get beters" verdien
ich zeen hem allein nog stiekem aan de kirk nao sjoal
ich lieg de hieël tied en ich vind dat vreselik
hae is leef veur mich, hae hilt mien hand vas as ich angs heb
mer mien moder hèlt mien gsm 's aoves in en zeet dat ich straks gein vrunj mie heb

WOORDELIJST
mien moder = mijn moeder
vriendj = vriend
aajd = oud
get beters = iets beters
kirk = kerk
sjoal = school
leef = lief
hilt … vas = houdt … vast
angs = angst
aoves = 's avonds
vrunj = vrienden

groetjes, [[Lies]] (zo zeggen ze thuis)
""")

# ------------------------------------------------------------------ 58-72

seeker("kortrijk-doorstreept", "proton", "nl",
       "own-account dialect-west-flemish coming-out family no-identity-in-body new-shape "
       "struck-through-drafts-in-text",
       ("Ruben Vercruysse", "ruben.vcr@proton.example"), "derde poging", """\
'k hebbe dezen mail al drie keer herbegonnen, 'k laat de oude poginge stoan zodat ge ziet hoe moeilijk da 't is

~~Beste Lumi, ik heb een vraag over geloof en~~
~~hallo, 'k ben 19 en 'k denk da 'k~~
~~sorry voor het storen~~

ok
'k ben 19, 'k studeer in Kortrijk en 'k ben al heel mijn leven actief in de parochie, misdienaar, later lector, nu help ik bij de catechese van de kleine
'k ben verliefd op een jongen van de jeugdkoor
in mijn hoofd is God liefde en dus is da ok
moa in de preken en bij mijn ouders thuis is da nie ok, ze zeggen "we veroordelen niemand, moa"
't is altijd "moa"
'k wille da nie kwijt, mijn geloof, en 'k wille hem ook nie kwijt
'k heb nog nooit iemand gekend die allebei was
bestoat da, christen en homo, zonder da ge één van de twee moet opgeven?
""")

seeker("dendermonde-vriendenboekje", "yahoo", "nl",
       "grandparent-account other-account grandparent written-for dialect-east-flemish friends "
       "bullying paste p2-paste-place own-name-in-text new-shape pasted-friendship-book-page",
       ("Godelieve Van Hove", "godelieve.vanhove@yahoo.example"), "kleindochter", """\
Dag

Ik ben de grootmoeder van [[Nina]], ze is 11 en ze komt na school altijd naar mij in Dendermonde.
Ze heeft een vriendenboekje, dat doen ze nog altijd zie ik. Ze liet mij de bladzijde zien die een meisje van haar klas invulde, ik typ ze over:

Naam: Chelsea
Woont in: [[Sint-Gillis]], [[Kapellestraat]] (bij [[Nina]] om de hoek)
Lievelingseten: frietjes
Mijn beste vriendin is: NIET [[Nina]] 😝
Wat ik van jou vind: je bent raar en je ruikt naar je oma
Later wil ik: beroemd worden

[[Nina]] heeft de hele avond geweend. Ze zegt dat ze dat boekje aan iedereen gaf omdat ze dacht dat ze zo vriendinnen zou maken.
Nu durft ze het niet meer terug te vragen aan de anderen.
Ik weet niet of ik de mama van dat meisje moet aanspreken, ik ken haar van de kerk.
En ik schaam me een beetje over dat "ruikt naar je oma", ik draag al veertig jaar hetzelfde parfum.
Wat zeg ik tegen een kind van 11 als andere kinderen zo gemeen zijn?

Met vriendelijke groeten,
[[Godelieve]], de oma
""")

seeker("leuven-naam-oefenen", "thunderbird", "nl",
       "own-account dialect-flemish-brabant gender-identity coming-out p5-pronouns "
       "own-name-in-text new-shape chosen-name-practice-lines",
       ("Robin Claes", "robin.claes@scarlet.example"), "mijn naam", """\
hallo

ik ben 14, ik woon in Leuven. mijn ouders noemen mij [[Robin]] en denken dat ik een jongen ben
ik ben een meisje. ik heb een naam gekozen en ik oefen hem elke avond in mijn schrift, zo:

[[Mila]]
[[Mila]]
[[Mila]] (zij/haar)
[[Mila]] met één l
[[Mila]] zoals mijn overgrootmoeder, daarom koos ik het

als ik het zo zie staan voelt het juist. als ik het hardop zeg in de badkamer moet ik lachen en wenen tegelijk
niemand weet het. mijn beste vriend vermoedt iets denk ik, hij zei "ge zijt precies gelukkiger als ge over meisjesdingen praat"
ik weet dat er een gendercentrum is in Gent maar ge moet daar met uw ouders naartoe denk ik
hoe zeg ik het tegen mijn ouders? mijn mama is verpleegster, misschien snapt zij het
en mag ik jullie vragen om mij [[Mila]] te noemen in jullie antwoord?
""")

seeker("laken-boodschappenlijst", "outlook_mobile", "nl",
       "other-account cousin-account dialect-brussels mixed-languages loneliness parents "
       "own-name-in-text new-shape wish-list-as-shopping-list",
       ("Yasmina Tahiri", "yasmina.tahiri@outlook.example"), "lijstje", """\
hallo

dit is de mail van mijn nicht, ik ben haar neef, ik ben 13 en ik heet [[Adam]]
ik woon in Laken bij mijn papa, mijn mama woont in Marokko sinds 2 jaar
ik heb een lijstje gemaakt zoals mijn papa doet voor de Colruyt

WAT IK NODIG HEB
1x iemand die vraagt hoe mijn dag was
2x per week warm eten dat nie uit de microgolf komt
1x mijn mama op bezoek (of ik bij haar in de zomer)
1x een vriend die nie alleen online is
1x papa die nie altijd zegt "later, ik ben moe"
minder: de tv die heel de avond aan is
meer: voetbal op het pleintje, maar het is donker om 17u

mijn papa werkt in de haven van 5u tot 15u en daarna slaapt hij
ik doe mijn taken alleen, ik kook noedels
ik wil niet klagen want hij doet zijn best, c'est mon père
maar soms denk ik dat niemand zou merken als ik een week niet naar huis ging
mijn nicht zegt dat ik jullie mag schrijven van haar adres
""")

seeker("deurne-laatste-antwoord", "gmail_web", "nl",
       "own-account dialect-antwerp reply-with-quote anxiety parents contact-in-text "
       "own-name-in-text new-shape closing-reply-lessons-learned",
       ("Anouk De Ridder", "anouk.deridder@gmail.example"), "Re: Re: slapen", """\
hey het is [[Anouk]]

ik denk dat dit mijn laatste mail is en ik wil gewoon merci zeggen
ik heb alles nog eens teruggelezen van september tot nu, 11 mails
wat ik geleerd heb van u (ik heb het op een post-it op mijn spiegel geschreven):

• slapen gaat nie beter door harder te proberen
• ne gedachte is geen feit
• mijn ma moet nie alles weten maar wel de grote dingen
• 18 worden betekent nie da ge alles alleen moet kunnen
• hulp vragen is ook iets doen

ik ga vanaf volgende week naar een psychologe in Deurne, mijn ma heeft meegezocht
ik ben bang maar ook een beetje blij
als het toch misgaat mag ik dan terugschrijven? of zijt gij dan weg?
als ge mij iets wilt laten weten als ik nie meer schrijf, mijn nummer is [[0468 22 51 09]], ik zou het nie erg vinden
""", quote="""\
Dag Anouk,

Wat een stap dat je met je mama over een psychologe hebt gepraat.
Je hebt de voorbije maanden veel geleerd over jezelf, ook al voelde het niet altijd zo.
Hoe kijk je zelf naar de voorbije tijd?

Lumi""")

seeker("fr-mouscron-horoscope", "webmail", "fr",
       "own-account love friends school no-identity-in-body new-shape mail-as-horoscope emoji",
       ("Manon Vanhove", "manon.vanhove@skynet.example"), "mon horoscope", """\
salut

j'ai 13 ans, j'habite à Mouscron, je vais à l'école à Menin donc je parle un peu flamand mais j'écris en français
ma copine a dit que je suis « trop dans les horoscopes » alors je vous écris mon horoscope de la semaine comme je le vis

♓ POISSONS – semaine du 10 mars
Amour : tu envoies un message à Théo. Il met « vu ». Pas de réponse. 2 étoiles sur 5.
Amitié : ta meilleure amie part en voyage scolaire sans toi. Elle poste 40 stories. 1 étoile.
Famille : ta mère te dit que tu es « trop sensible ». Comme toujours. 2 étoiles.
Santé : mal au ventre tous les matins avant l'école. 1 étoile.
Conseil des astres : arrête d'y penser.

mais je n'arrive pas à arrêter d'y penser
je relis le « vu » de Théo cinquante fois par jour
est-ce que c'est normal d'être aussi triste pour un garçon qui ne m'a jamais parlé en vrai?
""")

seeker("en-bank-app-pharmacy", "iphone", "en",
       "own-account love anxiety paste p2-paste-place p6-record-number own-name-in-text new-shape "
       "pasted-bank-app-notification",
       ("Grace Whitfield", "grace.whitfield@icloud.example"), "please help quickly", """\
Hi,

I'm 17, we're a British family living near Brussels, my dad works for the EU.
I went to a pharmacy after school and bought a pregnancy test with my debit card. I forgot my parents can see my account in the family banking app.
This is what my mum will see tonight when she checks (she always checks on Sundays):

Family account – card ending [[4471]]
Cardholder: [[Grace Whitfield]]
€ 14.90 – [[Apotheek De Linde, Overijse]]
Sun 16:42

The test was negative. I'm so relieved I cried in the bathroom at school.
But now my mum is going to ask what I bought at a pharmacy for 15 euros and she's going to go through everything.
My boyfriend is 18 and my parents don't even know he exists. They think I'm at choir on Wednesdays.
Should I lie and say it was make-up? Or tell her the truth? She's very religious.
Also I want to know where I can get contraception without my parents finding out. Is that possible at 17 in Belgium?
""")

seeker("nl-corvee-schema", "gmail_android", "nl",
       "own-account nl-netherlands parents family paste p7-family-card own-name-in-text new-shape "
       "pasted-family-chore-chart",
       ("Tess Mulder", "tessmulder2012@gmail.example"), "stiefvader", """\
hoi

ik ben 13 en ik woon in de buurt van Groningen met mijn moeder, mijn stiefvader en zijn twee kinderen
mijn stiefvader heeft een corvee-schema gemaakt en op de koelkast gehangen, ik typ het over:

CORVEE WEEK 11
[[Tess]]: afwas ma-zo, badkamer, stofzuigen boven, hond uitlaten 's avonds
[[Jordy]]: vuilnis dinsdag
[[Kim]]: -
Iedereen: eigen kamer

[[Jordy]] is 15 en [[Kim]] is 12. ik doe dus alles.
toen ik zei dat het niet eerlijk was zei hij "jij woont hier ook gratis, hun vader betaalt tenminste"
mijn moeder zei niks en ging naar de schuur
ik mag niet meer naar hockey op donderdag omdat de hond dan uit moet
ik ben nog nooit zo vaak boos geweest, ik sla soms met mijn vuist tegen de muur van mijn kamer tot het pijn doet
bij wie kan je klagen als je moeder het niet hoort?
""")

seeker("ninove-kapsalon", "outlook_desktop", "nl",
       "work-account other-account parent-account dialect-east-flemish body-image school signature "
       "own-name-in-text new-shape hair-salon-booking-account-footer",
       ("Nathalie Haircare", "afspraak@kapsalon-nathalie.example"), "vraagske", """\
hallo lumi

ik ben [[Marie]] en ik ben 16, ik schrijf van het adres van het kapsalon van mijn mama in Ninove want mijn eigen mail werkt nie
ik heb een probleem met mijn haar, dat klinkt dom, maar het is echt een probleem
ik heb alopecia, ik heb kale plekken sinds vorig jaar, de dokter zegt het is stress en het komt misschien terug
mijn mama is kapster en ze doet mijn haar elke ochtend zodat ge het niet ziet
maar in de turnles moet het in een staart en dan zien ze het
ze noemen mij "de kapperskind met haar kapotte kop"
ik durf niet meer naar turnen, ik heb al 4 keer een briefje van mama gemaakt dat ik ziek was
mijn mama weet dat niet, ze denkt dat de leerkracht het goed opvolgt
zou een pruik dom zijn op 16? of een hoofddoek, ik ben niet moslim, mag dat dan?
ik voel mij zo lelijk

[[Marie]]
""", sig="""\
[[Kapsalon Nathalie]]
[[Brakelsesteenweg 19, 9400 Ninove]]
Afspraken: [[054 33 10 72]] of online
Dinsdag t.e.m. zaterdag""")

seeker("evere-ja-nee", "v13snl_k9", "nl",
       "own-account dialect-brussels mixed-languages love consent no-identity-in-body new-shape "
       "yes-no-tally-questions no-punctuation",
       ("Ayoub Benali", "ayoub.benali@gmail.example"), "vraag over een feestje", """\
hallo

ik ben 17 ik woon in Evere
ik moet iets vragen maar ik schaam mij dus ik doe het met ja en nee

was er drank op het feestje: ja
was zij dronken: ja denk ik, ze viel twee keer
was ik dronken: een beetje, 3 pinten
heeft ze gezegd dat ze wou: ze zei "oké" toen ik vroeg of we naar boven gingen
heeft ze later iets gezegd: ja, ze stuurde "waarom deed je dat, ik was zat"
heeft ze nee gezegd tijdens: nee
heeft ze ja gezegd tijdens: ook nee, ze zei niks

nu zegt iedereen op school dat ik een klootzak ben en haar vriendinnen kijken mij zo aan
ik dacht echt dat het oké was
maar als ik het nu zo opschrijf weet ik het nie meer
wat heb ik gedaan, en wat moet ik nu doen, sorry zeggen of haar gerust laten
""")

seeker("zaventem-hartslag", "outlook_web", "nl",
       "own-account dialect-flemish-brabant anxiety school paste own-name-in-text new-shape "
       "pasted-smartwatch-heart-rate-alert",
       ("Lotte Huygens", "lotte.huygens@outlook.example"), "mijn horloge", """\
hallo,

ik ben 15 en ik woon in de buurt van Zaventem, dicht bij de luchthaven
ik kreeg voor mijn verjaardag een smartwatch en sindsdien krijg ik dit soort meldingen:

⌚ Hoge hartslag
[[Lotte]], je hartslag was boven 130 spm terwijl je ongeveer 10 minuten inactief leek.
14:03 – 14:13
Bekijk meer in de app

om 14u03 zat ik gewoon in de les Frans. ik deed niks. ik zat.
het gebeurt bijna elke dag, meestal in de les of 's avonds in bed
ik krijg het warm, ik moet plassen, ik denk dat iedereen naar mij kijkt
mijn mama denkt dat het horloge kapot is en wil het terugbrengen
ik denk dat het horloge gewoon laat zien wat ik al lang voel
is dat stress? kan stress zo hoog gaan als ge stilzit?
ik wil nie naar de dokter want dan moet mijn mama mee en dan moet ik alles uitleggen
""")

seeker("kapellen-rouwregister", "apple_mail", "nl",
       "own-account dialect-antwerp grief friends paste p2-paste-place own-name-in-text new-shape "
       "pasted-online-condolence-entry long",
       ("Anouk Verbist", "anouk.verbist@me.example"), "Jarne", """\
hallo

ik weet nie goed hoe ik moet beginnen
vorige week is een jongen van mijn klas verongelukt met zijn brommer, Jarne, hij was 16, net zoals ik
er is een online rouwregister en ik heb daar iets in geschreven, dit:

"Jarne, ik weet nog hoe je in het 1ste jaar mijn pennenzak in de vuilbak gooide en daarna heel de les sorry zat te zeggen.
Je was de enige die lachte om mijn flauwe mopjes.
Ik had je nog iets willen vragen op de fuif van zaterdag.
Rust zacht. 🕊️
– [[Anouk V.]], [[Kapellen]]"

nu staat da daar, met mijn naam, en iedereen kan het lezen, ook zijn ouders
zijn beste vriend stuurde mij "wat wou je hem vragen dan?"
ik wou hem vragen of hij met mij naar de film wou
ik heb het aan niemand gezegd dat ik hem leuk vond, nu kan ik het nooit meer zeggen
iedereen weent in de klas maar ik voel mij een bedrieger, ik was niet zijn vriendin, ik was niks
ik durf nie naar de begrafenis, mag ik gaan als ik geen vriendin was?
ik slaap nie meer, ik zie de hele tijd zijn lege bank
""")

seeker("poperinge-hond", "v13snl_yahoo_ios", "nl",
       "own-account dialect-west-flemish loneliness parents own-name-in-text new-shape "
       "mail-in-the-voice-of-the-dog signature-like-own-lines words-after-signoff",
       ("Kobe Dequidt", "kobe.dequidt@yahoo.example"), "woef", """\
dag

ik ben Bruno, ik ben de hond van [[Kobe]]. ik schrijf voor hem want hij durft nie zelf
(ja 't is [[Kobe]] die typt moa ge snapt het)

mijn baasje is 14 en we wonen op een hoevetje bij Poperinge
hij werkt elke dag na school in de hop, van 't moment dat hij thuiskomt tot 't donker is
zijn pa zegt "da's goe voor u, wij moesten da ook"
hij ziet zijn vrienden nooit, ze gaan naar de jeugdbeweging op zaterdag en hij moet dan de stallen doen
hij praat alleen nog tegen mij, 's avonds in 't hok
hij zegt dan dat hij wegloopt als hij 18 is en dat hij mij meeneemt
ik vind da goe moa ik wil nie dat hij triestig is tot hij 18 is, da's nog 4 joar
kunt ge mijn baasje helpen?

woef
Bruno 🐾
""")

# ------------------------------------------------------------------ 71-80

seeker("amsterdam-sterren-therapeuten", "windows_mail", "nl",
       "own-account nl-netherlands self-harm anxiety no-identity-in-body new-shape "
       "therapist-star-ratings",
       ("Fleur Hendriks", "fleur.hendriks@outlook.example"), "recensies", """\
Hallo,

Ik ben 19, ik woon in Amsterdam maar mijn vriend woont in Antwerpse Kempen en daar ben ik vaak. Hij zei dat ik jullie moest mailen.
Ik heb sinds mijn 14e hulp. Ik heb voor mezelf een soort recensies geschreven, omdat ik het gevoel heb dat ik het "verkeerd" doe:

⭐⭐⭐⭐⭐ schoolmaatschappelijk werker (14): luisterde gewoon. Vertrok naar een andere school.
⭐⭐ psycholoog 1 (15): liet me werkbladen invullen over "helpende gedachten". Ik vulde in wat ze wilde horen.
⭐ crisisdienst (16): drie uur wachten op de eerste hulp, daarna naar huis met een folder.
⭐⭐⭐⭐ psychiater (17): gaf medicatie, hielp met slapen, maar 10 minuten per maand.
⭐⭐⭐ groepstherapie (18): fijne mensen, maar ik durfde nooit iets te zeggen.
⭐ wachtlijst (nu): 9 maanden.

Ik ben zo moe van opnieuw mijn verhaal vertellen. Elke keer begin ik bij nul.
Het gaat nu niet goed. Ik heb gisteren weer pillen gespaard, niet genomen, gewoon gespaard, in een sokje in mijn la.
Ik weet dat ik dat moet zeggen aan iemand. Dus ik zeg het aan jullie.
Wat doe je als je al alles geprobeerd hebt?
""")

seeker("gent-minecraft-bordjes", "gmail_web", "nl",
       "sibling-account other-account dialect-east-flemish parents loneliness html-only paste "
       "own-name-in-text new-shape pasted-game-world-signs",
       ("Elke Van Acker", "elke.vanacker@gmail.example"), "van mijn zus haar mail", """\
hallo

ik ben [[Warre]], 13, ik woon in Gent en ik gebruik de mail van mijn grote zus want ik heb geen eigen
ik bouw al 2 jaar aan een wereld in minecraft waar niemand anders in mag
ik heb daar bordjes gezet, ik typ ze over want dat is makkelijker dan het uitleggen

[bordje aan de poort] PRIVE – alleen [[Warre_GNT]]
[bordje aan het huis] hier roept niemand
[bordje aan de boom] papa was hier vroeger ook. nu niet meer
[bordje in de kelder] als ik weg ben dan is het hierheen
[bordje aan de zee] 13 is te oud voor minecraft zegt mama

mijn papa is uit huis sinds oktober, hij woont nu bij een vrouw in Lokeren
mama zegt dat ik te veel game en wil de computer verkopen
maar in die wereld is het stil en niemand is kwaad
als ze hem verkoopt is alles weg, 2 jaar
kan iemand tegen mama zeggen dat het niet slecht is?
""", html="only")

seeker("hoboken-tekstspraak-reply", "v13snl_spark", "nl",
       "own-account dialect-antwerp text-speak emoji reply-with-quote friends love "
       "own-name-in-text typos",
       ("Aaliyah Mertens", "aaliyah.mrtns@icloud.example"), "Re: Re: hij", """\
heyyy ik ben het weer [[Liyah]] 🙈

omg ge had gelijk!!! ik heb het gezegd tegen hem da ik het nie fijn vond da hij mijn snaps screenshot
en hij zei "srry ik wist nie da da u stoorde" 😭😭
dus ja misschien was het nie zo erg als ik dacht
mr nu iets anders
mn bff zegt da ik "te hard val" voor gasten en da ik altijd mijn vriendinnen laat vallen als ik iemand heb
is da waar?? ik denk het nie mr misschien wel een beetje 🥲
vrijdag was er een fuif en ik ben de heel avond bij hem gebleven en zij stond alleen
ik voel mij zo kut nu
ik ben 15 btw voor ik het vergeet
wa moet ik doen, sorry zeggen of wachten tot zij iets zegt
xx
""", quote="""\
Dag Liyah,

Goed dat je het ons vertelt. Het is jouw recht om te zeggen wat je wel en niet fijn vindt,
ook tegen een jongen die je leuk vindt. Misschien kan je het hem rustig zeggen?

Lumi""")

seeker("molenbeek-winkelverbod", "outlook_web", "nl",
       "work-account other-account youth-worker written-for dialect-brussels mixed-languages "
       "school family paste p6-record-number p2-paste-place signature own-name-in-text new-shape "
       "pasted-shop-ban-letter",
       ("Bram Segers", "bram.segers@straathoekwerk-brussel.example"), "voor een jongere die ik begeleid",
       """\
Hallo Lumi,

Ik ben straathoekwerker in Molenbeek. Een jongen die ik al een jaar ken, [[Youssef]] (14), vroeg me om jullie te schrijven. Hij zit naast mij op de bank van het buurthuis en kijkt mee.
Hij kreeg vorige week deze brief, ik neem hem over:

WINKELVERBOD
Betreft: [[Youssef A.]], [[Rue de Ribaucourt]]
Referentie: [[WV-2025-0442]]
U wordt de toegang tot [[winkelcentrum De Passage]] ontzegd voor een periode van 12 maanden wegens diefstal (deodorant, 2 stuks).

Twee deodorants. Hij nam ze omdat ze thuis geen geld hebben voor zulke dingen en ze hem in de klas "de stinker" noemen sinds de turnles.
Hij schaamt zich kapot, voor de diefstal en voor de reden.
Hij zegt: "je suis pas un voleur, je voulais juste pas puer".
Ik help met de praktische kant (OCMW, een pakket van het buurthuis), maar hij wil met iemand praten die niet uit de wijk is.
Mag hij zelf schrijven? In het Nederlands gaat het traag, mag het ook half Frans?

Groeten,
""", sig="""\
[[Bram Segers]]
[[Straathoekwerker Molenbeek]]
[[Straathoekwerk Brussel vzw]]
[[0479 61 08 33]]""")

seeker("overijse-kort", "v13snl_aquamail", "nl",
       "own-account dialect-flemish-brabant bullying one-liner no-identity-in-body no-punctuation",
       ("Liam Coppens", "liamcoppens@gmail.example"), "", """\
ik ben 12 en ze hebben mijn gsm in de wc gegooid en gefilmd en nu staat het op tiktok wat moet ik doen
""")

seeker("genk-afwezigheid-sms", "ipad", "nl",
       "own-account dialect-limburg school anxiety html-only paste own-name-in-text new-shape "
       "pasted-school-absence-sms p4-class-beside-name",
       ("Milan Claesen", "milan.claesen@icloud.example"), "spijbelen", """\
hej

ich bin 16 en ich zit op school in Genk
ich ben al 3 weken neet mier in de les geweest op maandag en dinsdag. ich gaon wel van huis mer ich zit dan in het park of in de bib
vandaag kreeg mien moder dit op heur gsm, zie stuurde het door naar mich mit alleen "???":

SMS van school:
"Beste ouder, uw zoon [[Milan Claesen]] ([[5ECa]]) was vandaag afwezig (lesuur 1-8) zonder verwittiging. Gelieve contact op te nemen met het secretariaat."

ich weet neet wat ich mot zeggen
ich gaon neet omdat ich neet kin. as ich aan de poort kom krijg ich geen adem
het is begonnen na een presentatie waar ich blokkeerde en iederein lachte
mien moder gaat denken da ich drugs doe of zo, da doe ich neet
vanavond moet ich het uitleggen
hoe leg ich iets uit da ich zelf neet snap?
""", html="only")

seeker("sint-niklaas-budget", "outlook_desktop", "nl",
       "work-account own-account dialect-east-flemish parents family-violence signature "
       "own-name-in-text new-shape own-moving-out-budget-table",
       ("Febe Roels", "febe.roels@superkoop-winkels.example"), "kan ik dit betalen?", """\
Hallo,

Ik ben [[Febe]], 18, ik werk sinds september als winkelbediende in Sint-Niklaas. Ik stuur dit van mijn werkmail want thuis kijkt mijn stiefvader op mijn laptop.
Ik wil zo snel mogelijk weg thuis. Hij roept, hij gooit met dingen, mijn mama kiest altijd zijn kant.
Ik heb een budget gemaakt, kan iemand zeggen of dit haalbaar is?

INKOMEN
loon: 1.720
TOTAAL: 1.720

UITGAVEN
studio (huur): 690
energie + water: 140
internet + gsm: 45
eten: 280
verzekering: 35
bus: 0 (fiets)
onvoorzien: 100
TOTAAL: 1.290

OVER: 430

Mijn collega zegt dat ik "de waarborg" vergeet, wat is dat? En kan ik weg als ik 18 ben zonder dat mijn mama iets kan doen?
Ik voel mij schuldig tegenover mijn kleine zus, zij is 9 en zij blijft dan alleen met hem.

Groetjes,
""", sig="""\
[[Febe Roels]]
[[Winkelbediende – filiaal Sint-Niklaas Noord]]
[[Superkoop Winkels]] | intern gebruik""")

seeker("fr-demission-traductrice", "iphone", "fr",
       "sibling-account other-account mixed-languages family parents school html-only "
       "own-name-in-text new-shape resignation-letter-from-family-role",
       ("Sara Haddad", "sara.haddad@icloud.example"), "lettre de démission", """\
bonjour,

c'est l'adresse de ma grande sœur, moi c'est [[Rania]], j'ai 16 ans, on habite à Schaerbeek
ma prof de français nous a fait écrire une lettre formelle, j'ai écrit celle-ci mais je l'ai jamais donnée :

Objet : démission de mon poste de traductrice familiale
Madame, Monsieur,
Par la présente, je vous informe de ma démission.
Depuis mes 9 ans, je traduis pour mes parents : chez le médecin, à la banque, à la commune, aux réunions de parents (même les miennes).
J'ai traduit le diagnostic du cancer de mon père. J'ai traduit la lettre d'expulsion de l'appartement.
Je n'ai jamais été payée et je n'ai jamais eu de congé.
Je souhaite désormais être simplement la fille.
Veuillez agréer mes salutations distinguées.

je sais que c'est pas possible de démissionner de sa famille
mes parents ne parlent ni français ni néerlandais, que l'arabe
mais j'ai raté deux examens cette année parce que j'étais à l'hôpital avec papa pour traduire
je me sens égoïste rien qu'en écrivant ça
""", html="only")

seeker("en-terms-and-conditions", "gmail_ios", "en",
       "own-account bullying friends no-identity-in-body new-shape mail-as-terms-and-conditions",
       ("Leo Brandt", "leo.brandt.bxl@gmail.example"), "terms & conditions", """\
TERMS AND CONDITIONS FOR READING THIS EMAIL
1. You won't tell my school.
2. You won't tell me to "just ignore them".
3. You will read until the end.
By continuing you agree. ok.

I'm 14, I live in Antwerp, I'm German but I grew up here, I go to an English-speaking school.
There's a group chat with my whole year. Someone made a poll last week: "who is the most annoying person in year 9". I won with 31 votes.
Then they made stickers of my face with a clown nose. They use them every time I send anything in the chat.
My only friend left the chat "in solidarity", which was nice, but now they make fun of him too, so he's kind of avoiding me.
I laughed at the stickers. I even used one myself. I thought if I laugh with them it stops.
It didn't stop.
I don't know why I'm the most annoying. I really don't know what I do.
Could you tell me how to find out what's wrong with me, without asking them?
""")

seeker("brugge-broer-voor-na", "samsung", "nl",
       "sibling-account other-account sibling written-for dialect-west-flemish body-image "
       "own-name-in-text new-shape brother-lists-sisters-changes-before-after",
       ("Jasper Vandewalle", "jasper.vandewalle@gmail.example"), "mijn zus", """\
hallo

'k ben 17, 'k schrijve voor mijn zuster [[Ine]], ze is 15, we woonen in Brugge
ze weet niet da 'k dit doe. 'k hebbe een lijstje gemaakt want 'k denke da 'k gek wordt

VOORE (zomer)
- at mee met ol da ma kookt, ook dessert
- ging naar de zwemclub 2x per week
- lachte ol met mijn flauwe mopjes
- droeg shortjes

NU (maart)
- "ik ee al gegeten bij Lotte"
- gaat elke dag 2 uur lopen, ook als 't regent
- draagt ol grote truien, ook binnen
- 't haar valt uit, 'k zie 't in de douche
- ze is heel kwaad als ge iets zegt over eten

ma en pa zien het niet of ze willen 't niet zien, ma zegt "ze groeit"
'k ben bang da ze ziek is, zo van die eetstoornis
wat kan ik als broer doen zonder da ze mij haat?
""")

# ------------------------------------------------------------------ 81-90

seeker("mortsel-twee-kerstdagen", "outlook_android", "nl",
       "own-account dialect-antwerp divorce parents loneliness no-identity-in-body long "
       "no-punctuation one-phrase-a-line",
       ("Lowie Van den Bossche", "lowie.vdbossche@outlook.example"), "alles dubbel", """\
hallo lumi

ik ben 17 en ik woon in Mortsel
mijn ouders zijn 5 jaar gescheiden en iedereen zegt "ge zijt er toch aan gewend"
nee
ik ben er nie aan gewend
ik heb twee kerstdagen twee verjaardagen twee tandenborstels twee keer dezelfde vragen
"hoe was het bij uw vader"
"hoe was het bij uw moeder"
en ik zeg altijd "goed" want elk ander antwoord geeft ruzie
mijn pa heeft een nieuwe vriendin die drie kinderen heeft en ik slaap daar nu op een luchtmatras in het bureau
mijn ma is alleen en belt mij elke avond om half tien als ik bij mijn pa ben
ze weent soms aan de telefoon en dan moet ik haar troosten
ik ben 17 ik wil ook eens getroost worden
volgend jaar ga ik op kot en eerlijk ik tel de dagen
maar dan voel ik mij schuldig want dan is mijn ma nog meer alleen
en mijn pa zegt da ik dan "eindelijk volwassen" word
niemand vraagt wat ik wil
op school denken ze dat ik gewoon ne chille gast ben die overal tegen kan
mijn vrienden weten nie eens dat mijn pa een nieuwe vriendin heeft, ik heb het nooit verteld
als ze vragen of ik zaterdag kan afspreken moet ik eerst nadenken in welk huis ik ben en of mijn fiets daar staat
mijn oma zegt dat ik de sterkste ben van de familie
ik wil nie de sterkste zijn
wat ik wil is een week waar ik nergens naartoe moet
is da raar om te willen?
""")

seeker("rotterdam-klas-html", "outlook_web", "nl",
       "school-account own-account nl-netherlands bullying school html-only p4-class-beside-name "
       "own-name-in-text",
       ("Yara Bos", "y.bos@leerling.erasmuscollege-rdam.example"), "pesten op schoolreis", """\
Hallo,

Ik weet niet of jullie ook Nederlandse kinderen helpen, mijn nicht in Mechelen zei van wel.
Ik ben 14 en ik zit in de derde klas van een vmbo in Rotterdam.
Volgende week gaan we op schoolreis naar de Ardennen, drie dagen.
De kamerindeling is gemaakt door de mentor en ik zit met de drie meisjes die me al het hele jaar pesten.
Ze hebben in de les al gezegd dat ze "een verrassing" voor me hebben op de kamer.
Vorig jaar hebben ze de kleren van een ander meisje in de douche gegooid en dat gefilmd.
Ik heb de mentor gevraagd of ik kon ruilen en hij zei dat ik "het een kans moet geven".
Mijn moeder wil dat ik thuisblijf maar dan krijg ik een onvoldoende voor het project.
Ik wil eigenlijk gewoon mee, ik wil de grotten zien.
Wat kan ik nog doen?

[[Yara]] uit [[3B]]
""", html="only")

seeker("fr-bxl-telephone-maman", "huawei", "fr",
       "parent-account other-account mixed-languages parents friends no-punctuation "
       "own-name-in-text",
       ("Fatou Diallo", "fatou.diallo@hotmail.example"), "c'est pas maman", """\
bonjour c'est pas maman c'est [[Aïcha]] j'ai 11 ans
j'écris avec le téléphone de maman parce que j'ai pas encore de téléphone
on habite à Anderlecht et je vais dans une école en néerlandais
ma meilleure copine va déménager à Liège dans deux semaines
on se connait depuis la 1ère maternelle
elle dit qu'on va s'appeler tous les jours mais moi je sais que c'est pas vrai
ma maman dit que je vais me faire d'autres amies mais je veux pas d'autres amies
je pleure tous les soirs et je fais des dessins pour elle
je veux lui faire un cadeau mais j'ai pas d'argent
vous avez une idée de cadeau qui coûte pas cher?
et comment on fait pour pas être triste
merci
[[Aïcha]]
""")

seeker("dilbeek-vriendin-account", "gmail_web", "nl",
       "friend-account other-account dialect-flemish-brabant body-image love own-name-in-text",
       ("Zoë Lambrecht", "zoe.lambrecht@gmail.example"), "ik op de laptop van zoë", """\
hallo

ik zit bij mijn vriendin thuis in Dilbeek en ik gebruik haar mail, ik ben [[Kiara]], 16
ik heb zelf geen mail die mijn mama nie kan lezen

ik heb sinds 3 maanden een lief en hij zegt heel vaak dingen over mijn lichaam
nie echt gemeen, meer zo "ge zou er zo mooi uitzien met iets minder buik" of "waarom draagt ge nie meer die rok, o ja"
hij stuurt mij foto's van influencers en zegt "zo wil ik u zien deze zomer"
ik ben begonnen met shakes in plaats van middageten
mijn vriendin zegt dat hij een klootzak is maar zij kent hem nie zoals ik
als we alleen zijn is hij echt lief, hij koopt bloemen en hij zegt dat hij van mij houdt
misschien wil hij gewoon dat ik gezonder leef?
ik weet het nie meer, ik kijk nu naar mezelf zoals hij naar mij kijkt
is da normaal in een relatie?

[[Kiara]]
([[zoë]] weet da ik dit schrijf, ze leest nie mee)
""")

seeker("oostende-polsbandje", "v13snl_gmx", "nl",
       "own-account dialect-west-flemish self-harm paste p6-record-number p2-paste-place "
       "own-name-in-text new-shape pasted-hospital-wristband",
       ("Dries Lefevere", "dries.lefevere@gmx.example"), "terug thuis", """\
hallo

'k zyn 19 en 'k zyn gisteren thuisgekomen uit 't ziekenhuis
'k ebbe nog mijn bandje rond mijn pols, 'k krijge 't nie over mijn hart om 't af te knippen, dit stoat erop:

[[LEFEVERE Dries]]
°[[07/11/2006]] M
Pat.nr. [[0083 2219 45]]
[[AZ Kustziekenhuis]] – [[Spoed / PAAZ]]

'k ebbe pillen genomen vorige week. te veel. mijn kotgenoot vond mij
ze zeggen da 'k geluk had
'k weet nie of 'k da vinde
mijn ma komt nu elke dag kijken, ze kijkt mij aan of 'k van glas ben
mijn pa zegt niks, hij is gewoon weer gaan werken
de psychiater zei da 'k binnen twee weken een afspraak krijg, "ambulant"
moa wat doe 'k die twee weken
'k wille nie nog eens, denk ik. 'k weet 't nie goed
kan ik hier 's avonds schrijven als 't nie gaat?
""")

seeker("leuven-en-vader", "outlook_desktop", "en",
       "parent-account other-account parent-writing written-for school anxiety loneliness "
       "signature disclaimer own-name-in-text",
       ("Dr. Michael Hart", "m.hart@imec-research.example"), "Writing on behalf of my son", """\
Dear Lumi team,

I am writing on behalf of my son [[Finn]], who is 17. We moved from Manchester to Leuven eighteen months ago for my job.
[[Finn]] attends a Flemish secondary school, which in hindsight was perhaps too ambitious of us.
His Dutch is good enough for the lessons, but socially he has not found his place. He eats lunch in the library.
Last week his mentor called us because he had written an essay for Dutch class titled "Niemand" (nobody), about a boy who disappears and nobody notices for a month.
The teacher was worried and so are we. [[Finn]] says it's "just fiction".
He refuses a psychologist, he says he doesn't want to "explain himself in Dutch to a stranger".
Would your service accept messages from him in English? He might be more open in writing.
I have not told him I am writing to you. Please advise whether I should.

Kind regards,
""", sig="""\
[[Dr. Michael Hart]]
[[Principal Researcher, Photonics]]
[[imec research]] | [[Kapeldreef 75, 3001 Leuven]]

This email and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender.""")

seeker("etterbeek-veilige-plekken", "proton", "nl",
       "own-account dialect-brussels mixed-languages family-violence loneliness "
       "no-identity-in-body new-shape own-safe-places-list",
       ("Lina Aksoy", "lina.aksoy@proton.example"), "mijn plekken", """\
hallo

ik ben 18, ik woon in Etterbeek met mijn ouders en ik tel de maanden tot ik weg kan
mijn psychologe van vroeger zei dat ik een lijst moest maken van plekken waar ik mij veilig voel
ze is nu weg (budget), maar de lijst heb ik nog

MIJN VEILIGE PLEKKEN
1. de bank bij de vijver in het Jubelpark, als het nie regent
2. de leeszaal op de derde verdieping van de bib, de stoel bij het raam
3. de tram 81, helemaal achteraan, van begin tot eindhalte
4. het zwembad op dinsdagavond, onder water hoort ge niks
5. de keuken van mijn tante in Sint-Joost, maar daar mag ik niet meer naartoe van mijn pa

thuis staat er niet op de lijst
mijn pa controleert alles: mijn gsm, mijn kleren, met wie ik praat
"c'est pour ton bien" zegt hij
vorige week heeft hij mijn deur eruit gehaald zodat ik "niks kan verbergen"
ik ben meerderjarig, mag hij dat?
waar kan ik naartoe als ik echt weg wil, zonder geld?
""")

seeker("leuven-reply-adres", "telenet_webmail", "nl",
       "own-account dialect-flemish-brabant reply-with-quote grief contact-in-text "
       "own-name-in-text",
       ("Nele Smolders", "nele.smolders@telenet.example"), "Re: mijn mama", """\
dag

dank u voor uw lieve antwoord, ik heb het drie keer gelezen
ge vroeg of ik iets van mama bij mij draag, ja, haar sjaal, ik slaap ermee
het gaat een beetje beter overdag, 's avonds nog altijd niet
mijn papa heeft nu een rouwgroep gevonden voor jongeren in Leuven, ik ga er volgende dinsdag naartoe
ik ben 17 en ik denk dat ik de oudste zal zijn, maar dat maakt niet uit

ge schreef dat ik een brief aan mama mocht schrijven. dat heb ik gedaan, vier bladzijden
ik wil hem eigenlijk aan iemand geven die hem echt leest
mag ik hem naar jullie sturen met de post? of is dat raar?
mijn adres voor als ge iets terug wil sturen: [[Nele Smolders]], [[Tervuursesteenweg 141]], [[3001 Heverlee]]
ik zou zo blij zijn met een kaartje, ook al is het maar één zin
""", quote="""\
Dag Nele,

Het spijt me zo dat je mama er niet meer is. Rouw heeft geen vaste weg.
Draag je iets van haar bij je? Soms helpt het ook om haar een brief te schrijven.

Lumi""")

seeker("nl-oma-kleindochter", "ipad", "nl",
       "grandparent-account other-account grandparent written-for nl-netherlands divorce parents "
       "own-name-in-text",
       ("Truus Hoekstra", "truus.hoekstra@ziggo.example"), "mijn kleindochter", """\
Goedemiddag,

Mijn kleindochter [[Evi]] (15) woont sinds de scheiding van haar ouders bij haar vader in Hasselt. Ik woon in Nijmegen.
Ze belt mij elke zondag. Vorige zondag huilde ze de hele tijd.
Haar moeder, mijn dochter, heeft een nieuwe partner en is naar Spanje verhuisd. [[Evi]] heeft haar sinds de zomer niet gezien.
Haar vader doet zijn best maar werkt in ploegen en is vaak weg.
[[Evi]] zegt dat ze "van niemand meer is", zo zei ze het letterlijk.
Ze wil niet met een psycholoog praten, ze zegt dat "dat alleen voor gekke mensen is".
Ik heb haar op het hart gedrukt dat ze u mag schrijven, ze zei "misschien, oma".
Ik ben 78 en ik weet niet goed hoe dat werkt met internet, mijn buurman helpt me met deze mail.
Mag ik haar uw adres geven? En kan ze anoniem blijven, ook tegenover haar vader?

Met vriendelijke groet,
oma [[Truus]]
""")

seeker("schaarbeek-ziekenhuisschool", "v13snl_galaxy_tab", "nl",
       "shared-account other-account dialect-brussels school loneliness anxiety signature "
       "own-name-in-text new-shape hospital-school-shared-tablet",
       ("ZHS-T3", "tablet3@ziekenhuisschool-brussel.example"), "vanuit het ziekenhuis", """\
hallo

ik ben [[Mauro]], 12, ik lig al 6 weken in het ziekenhuis in Brussel voor mijn nieren
de juf van de ziekenhuisschool zei dat ik deze tablet mocht gebruiken om "naar buiten te schrijven"
in mijn klas in Schaarbeek denken ze dat ik gewoon ziek ben, ze weten nie hoe erg
ik mis de speeltijd, ik mis voetballen, ik mis zelfs de refter
mijn vriend Nassim stuurt elke dag een spraakbericht maar ik durf nie terug te sturen want mijn stem klinkt raar van de medicatie
de verpleegsters zijn lief maar 's nachts piept alles en dan denk ik na
ik denk soms dat ik nooit meer naar huis ga
mijn mama slaapt op een stoel naast mij en ze doet alsof ze nie bang is
ik doe ook alsof ik nie bang ben
dus we doen allebei alsof
is dat normaal in een ziekenhuis?
""", sig="""\
[[Ziekenhuisschool Brussel]] – [[tablet 3 (afdeling kinderen)]]
Dit toestel wordt gedeeld door meerdere leerlingen.""")
