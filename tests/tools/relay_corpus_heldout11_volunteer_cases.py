# ruff: noqa: E501
"""Hand-written volunteers' answers of the eleventh held-out set, part `volunteer`.

Markup (see relay_corpus_heldout.py): [[...]] identity, <<...>> neither content nor identity,
{pseudonym} the conversation's pseudonym. Signature blocks go in `sig` and are not content.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

FWD = {
    "nl1": "hoi\nik ben 15 en ik denk dat ik op meisjes val\nmaar op school zeggen ze dat dat vies is\nik weet niet met wie ik kan praten",
    "nl2": "Mijn ouders gaan scheiden en ik moet kiezen bij wie ik ga wonen. Ik wil niemand kwetsen. Ik slaap bijna niet meer.",
    "nl3": "ze lachen mij uit in de klas omdat ik anders praat en kleren draag die ze raar vinden. ik wil niet meer naar school",
    "nl4": "Ik ben 17 en ik wil mijn naam veranderen maar mijn papa wil het niet horen. Hoe begin ik daaraan?",
    "nl5": "mijn beste vriend heeft gezegd dat hij zichzelf pijn doet en ik mag het aan niemand zeggen. wat moet ik doen",
    "nl6": "ik heb een vriendje maar hij wil altijd weten waar ik ben en hij leest mijn berichten. is dat normaal?",
    "fr1": "salut\njai 16 ans et je crois que je suis bi\nmes parents sont très croyants\njai peur qu'ils me mettent dehors",
    "fr2": "Bonjour, je suis harcelée sur Snap par des filles de ma classe. Elles ont partagé une photo de moi. Je ne sais plus quoi faire.",
    "fr3": "je me sens pas bien dans mon corps, je suis né garçon mais je me sens pas garçon. personne le sait.",
    "en1": "hi\nim 14 and i think im gay\nmy brother found out and says he'll tell everyone\nplease help",
    "en2": "Hello, I moved to Belgium last year and I have no friends at school. I feel alone every day and I don't want to bother my mum.",
}

_ROT = {"nl": ["nl1", "nl2", "nl3", "nl4", "nl5", "nl6"], "fr": ["fr1", "fr2", "fr3"], "en": ["en1", "en2"]}
_COUNT = {"nl": 0, "fr": 0, "en": 0}


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      nick: str, fwd: str = "", **kw: object) -> Case:
    """One volunteer's answer; the forward it quotes rotates through FWD unless given."""
    if not fwd:
        keys = _ROT[lang]
        fwd = keys[_COUNT[lang] % len(keys)]
        _COUNT[lang] += 1
    kw.setdefault("note_lang", lang)
    return Case(slug="h11v-" + slug, direction="volunteer", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, nickname=nick, quote=FWD[fwd], **kw)  # type: ignore[arg-type]


CASES: list[Case] = []

# ------------------------------------------------------------------ nl (64)
CASES += [
    V("deconnectie-caw", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "disclaimer", "greets-pseudonym", "top-posted", "right-to-disconnect", "new-shape"],
      ("Griet Van Acker", "griet.vanacker@cawzuidwest.example"),
      """Dag {pseudonym},

Dank je dat je ons dit durft te schrijven. Verliefd worden op een meisje is niet vies, het is gewoon verliefd worden.
Mensen op school die dat zeggen, weten vaak zelf niet goed waarover ze praten.
Is er iemand bij jou op school bij wie je je een beetje veilig voelt? Een leerkracht, iemand van het CLB?

Je mag ons altijd opnieuw schrijven, ook als het maar een zinnetje is.

Warme groet""",
      "Griet",
      sig="""[[Griet Van Acker]]
Onthaalmedewerker | [[CAW Zuid-West-Vlaanderen]]
[[Doorniksewijk 64, 8500 Kortrijk]]
T [[056 21 44 90]]

Ik werk 4 dagen per week en lees mijn mails binnen de kantooruren. Recht op deconnectie: je hoeft me niet buiten jouw werkuren te antwoorden.

Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan en verwittig de afzender."""),
    V("rechtdeconnectie-school", "outlook_web", "nl", ["work-account", "teacher", "worker", "work-signature", "greets-pseudonym", "top-posted", "right-to-disconnect", "new-shape", "tussentaal"],
      ("Dries Vermeulen", "dries.vermeulen@atheneumlier.example"),
      """Hey {pseudonym}

Amai, kiezen tussen mama en papa, da's veel te zwaar voor iemand van jouw leeftijd.
Ge moet eigenlijk ni kiezen om iemand te sparen. Ge moogt zeggen wat gij nodig hebt.
In veel gevallen kunt ge ook met de jeugdrechter of een bemiddelaar praten, die luisteren echt naar u.
En dat slapen: probeer een uur voor ge gaat slapen uw gsm weg te leggen, ik weet het, makkelijk gezegd.

Laat iets weten hoe het gaat ok?
[[Dries]]""",
      "Dries",
      sig="""[[Dries Vermeulen]] - leraar geschiedenis
[[Koninklijk Atheneum Lier]]
Mails van na 18u beantwoord ik de volgende werkdag. Wij respecteren het recht op deconnectie van leerkrachten."""),
    V("viervijfde-ocmw", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "phone-in-sig", "greets-pseudonym", "top-posted", "part-time-days", "new-shape"],
      ("Hilde Cornelis (OCMW Zele)", "hilde.cornelis@ocmwzele.example"),
      """Dag {pseudonym},

Wat jij beschrijft over je vriend is heel zwaar om alleen te dragen. Het is niet verraden als je hulp vraagt voor iemand die zichzelf pijn doet. Het is zorgen.
Je kan samen met hem naar de huisarts, of je kan zelf eens bellen naar de Zelfmoordlijn 1813, ook als het niet over zelfmoord gaat: ze helpen je nadenken.

Hou je goed, en schrijf ons wat je beslist.

[[Hilde]]""",
      "Hilde",
      sig="""[[Hilde Cornelis]]
Sociaal assistent – dienst schuldbemiddeling
[[OCMW Zele]] | [[Markt 1, 9240 Zele]]
tel. [[052 45 12 80]]
Ik werk 4/5: niet op woensdag.""",
      identity=["Hilde"]),
    V("bloedgever-yahoo", "v11vol_yahoo_ios", "nl", ["private-account", "retiree", "signed-name", "client-line", "greets-pseudonym", "top-posted", "blood-donor-line", "new-shape", "sig-dash"],
      ("Walter Maes", "walter.maes1953@telenet.example"),
      """Beste {pseudonym},

Dat je vriendje altijd wil weten waar je bent en je berichten leest, dat is niet normaal, nee.
Liefde is iemand vertrouwen. Controle is iets anders.
Je mag daar nee tegen zeggen. En als hij boos wordt als je dat doet, dan zegt dat veel.

Met vriendelijke groeten""",
      "Walter",
      sig="""[[Walter Maes]]
Bloedgever sinds 1978 – 150 donaties
[[0476 55 21 09]]""", sig_dash=True),
    V("tijdsverschil-erasmus", "gmail_android", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "timezone-note", "new-shape", "no-punctuation", "emoji"],
      ("Lore-Anne Dewulf", "loreanne.dewulf@gmail.example"),
      """hey {pseudonym} 💛

eerst en vooral je bent niet vies en er is niks mis met jou
ik zit zelf op erasmus in Lissabon dus sorry als ik wat laat antwoord door het tijdsverschil
op veel scholen is er een GSA of regenbooggroepje misschien ook bij jou
en anders zijn er jeugdhuizen met een holebi-avond

je bent welkom hier
[[Lore]]""",
      "Lore",
      sig="""[[Lore-Anne Dewulf]]
Master Psychologie [[UGent]] · Erasmus [[Universidade de Lisboa]]"""),
    V("braille-leesregel", "thunderbird", "nl", ["private-account", "retiree", "greets-pseudonym", "top-posted", "braille-display", "new-shape", "sig-dash"],
      ("Marc Degroote", "marc.degroote@skynet.example"),
      """Dag {pseudonym},

Ik lees je bericht met een brailleleesregel, want ik ben blind, dus vergeef me een tikfout hier of daar.
Je naam willen veranderen en je papa die niet wil luisteren: dat doet pijn, dat begrijp ik.
Een eerste stap kan zijn dat je kiest hoe je vrienden je mogen noemen. Dat kan vandaag al.
Voor de officiële naamswijziging ga je naar de dienst burgerzaken van je gemeente; vanaf 16 jaar kan je daar veel zelf.
Een organisatie als een transgenderinfopunt kan je daar ook bij helpen.

Hartelijk,
[[Marc]]""",
      "Marc",
      sig="""[[Marc Degroote]]
Getypt op een Focus 40 braille-leesregel
[[Kortemarkstraat 12, 8810 Lichtervelde]]""", sig_dash=True),
    V("warmsteweek-school", "gmail_web", "nl", ["school-account", "teacher", "worker", "work-signature", "greets-pseudonym", "top-posted", "campaign-hashtag", "new-shape"],
      ("Mevr. Annelies Goossens", "annelies.goossens@sintjozefscollege.example"),
      """Hallo {pseudonym},

Niemand zou uitgelachen mogen worden omdat hij anders praat of andere kleren draagt.
Op de school waar ik lesgeef, hebben we een vertrouwensleerkracht. Misschien is er ook zo iemand bij jou?
Je mag ook altijd je ouders of het CLB mailen, dat is gratis en vertrouwelijk.
Wat vind jij zelf leuk aan je kleren? Ik ben benieuwd.

Groetjes,
[[Annelies]]""",
      "Annelies",
      sig="""[[Annelies Goossens]]
Leerkracht Nederlands, 2de graad
[[Sint-Jozefscollege Aalst]] – [[Kapucienenlaan 30, 9300 Aalst]]
Wij doen mee aan #WarmsteWeek! Steun ons project 'Niemand alleen'.""",
      identity=["Mevr. Annelies Goossens"]),
    V("dikketruien-gemeente", "outlook_web", "nl", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "campaign-hashtag", "new-shape", "disclaimer"],
      ("Bart Vandenbussche", "bart.vandenbussche@stadroeselare.example"),
      """Dag {pseudonym}

Goed dat je het schrijft. Een vriendje dat je berichten leest, dat voelt misschien als aandacht, maar het is controle.
Je hebt recht op je eigen gsm en je eigen vrienden.
Wil je eens met iemand praten? Je kan chatten met Nupraatikerover of bellen naar 1712.

Groet
[[Bart]]""",
      "Bart",
      sig="""[[Bart Vandenbussche]]
Jeugdconsulent
[[Stad Roeselare]] | [[Jeugddienst De Spil]] | [[Zuidstraat 3, 8800 Roeselare]]
[[051 26 24 00]]
🧶 Op #DikkeTruiendag zet [[Stad Roeselare]] de verwarming een graadje lager.
De inhoud van deze e-mail is louter informatief en bindt de stad niet.""",
      identity=["Bart"]),
    V("vrijwilligervanhetjaar", "apple_mail", "nl", ["private-account", "retiree", "greets-pseudonym", "top-posted", "award-line", "new-shape"],
      ("Jeanine Claeys", "jeanine.claeys@icloud.example"),
      """Lieve {pseudonym},

Ik schrijf je vanuit mijn keuken, met een kop thee.
Dat je ouders scheiden is niet jouw schuld. En je hoeft niet te kiezen om iemand gelukkig te maken.
Zeg eens tegen allebei: ik wil van jullie allebei blijven houden. Dat is genoeg.

Een dikke knuffel,
[[Jeanine]]""",
      "Jeanine",
      sig="""[[Jeanine Claeys]]
Vrijwilliger van het Jaar 2023 – [[Gemeente Sint-Martens-Latem]]"""),
    V("routeplannen-jeugdhuis", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "phone-in-sig", "greets-pseudonym", "top-posted", "route-link", "new-shape"],
      ("Yannick Mertens", "yannick@jhdeklinker.example"),
      """Hey {pseudonym},

Ik werk zelf in een jeugdhuis in Mol en we hebben elke donderdag een regenbooggroep. Misschien is er ook zoiets in jouw buurt.
Wat ze op school zeggen, klopt gewoon niet. Verliefd zijn op meisjes is even normaal als verliefd zijn op jongens.
Je hoeft het aan niemand te vertellen tot je er klaar voor bent.

Tot schrijfs,
[[Yannick]]""",
      "Yannick",
      sig="""[[Yannick Mertens]] – jeugdwerker
[[Jeugdhuis De Klinker]] vzw
[[Sint-Apollonialaan 44, 2400 Mol]]
[[014 31 09 88]]
Route plannen: https://maps.example/?q=jeugdhuis+de+klinker
Parkeren kan op het Kerkplein.""",
      identity=["Jeugdhuis De Klinker"]),
    V("gesloten-feestdagen", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "disclaimer", "greets-pseudonym", "top-posted", "closure-notice", "new-shape"],
      ("Sofie Lambrecht", "sofie.lambrecht@mutualis.example"),
      """Dag {pseudonym},

Je naam veranderen is een grote stap en ik vind het knap dat je al weet wat je wil.
Misschien heeft je papa tijd nodig. Soms helpt een brief, waarin je rustig uitlegt waarom het zo belangrijk is.
Intussen mag je hier altijd vertellen hoe het gaat.

Vriendelijke groet,
[[Sofie]]""",
      "Sofie",
      sig="""[[Sofie Lambrecht]]
Adviseur sociale dienst
[[Mutualis Ziekenfonds]] – [[regio Brugge]]
Onze kantoren zijn gesloten van 24 december tot en met 1 januari.
Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde."""),
    V("doodle-paste", "gmail_web", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "doodle-paste", "new-shape", "content-after-name"],
      ("Ruben Callens", "ruben.callens99@gmail.example"),
      """Dag {pseudonym},

Sorry dat het wat langer duurde, we hadden een vrijwilligersoverleg dat ik eerst moest plannen, ik plak het hier per ongeluk nog mee:

Doodle: Overleg vrijwilligers maart
[[Ruben Callens]] ✔ di 11/3 ✔ do 13/3

Maar nu over jou: je vriend heeft jou iets heel zwaars toevertrouwd. Jij bent niet verantwoordelijk om hem te redden.
Vertel het aan een volwassene die je vertrouwt. Dat is geen verraad.

Groetjes
[[Ruben]]

ps bel 1813 als je er 's nachts mee zit, ze zijn er 24/24""",
      "Ruben",
),
    V("borstnummer-10miles", "samsung", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "race-result-paste", "new-shape", "client-line", "emoji"],
      ("Kobe Wouters", "kobe.wouters@hotmail.example"),
      """Dag {pseudonym} 🙂

Ik loop zelf om mijn hoofd leeg te maken, gisteren nog de 10 Miles in Antwerpen:
Borstnummer [[18342]] – [[Kobe Wouters]] – 1:31:44
Misschien helpt bewegen jou ook om beter te slapen. Maar vooral: jij hoeft niet te kiezen om je ouders gelukkig te houden.
Praat erover met iemand van het CLB, zij kennen dat.

Groetjes,
[[Kobe]]""",
      "Kobe",
),
    V("hond-in-handtekening", "apple_mail", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "pet-in-sig", "new-shape", "signed-name"],
      ("Evelien Smet", "evelien.smet@me.example"),
      """Hoi {pseudonym},

Wat er in de klas gebeurt is pesten. Je hoeft dat niet te pikken, en het ligt niet aan jou.
Schrijf eens op wanneer het gebeurt en wie erbij is. Met dat lijstje kan je naar een leerkracht of naar je ouders.
Je mag zo anders zijn als je wil.

Liefs,""",
      "Evelien",
      sig="""[[Evelien]] & [[Moos]] (hond)
[[Gentsesteenweg 201, 9300 Aalst]]""", identity=["Evelien Smet"]),
    V("uitleenbewijs-bib", "gmail_ios", "nl", ["private-account", "retiree", "greets-pseudonym", "top-posted", "library-receipt", "new-shape"],
      ("Roger Wuyts", "roger.wuyts@scarlet.example"),
      """Dag {pseudonym},

Er bestaan mooie boeken over jongeren die verliefd worden op iemand van hetzelfde geslacht. Ik heb er gisteren een paar geleend in de bib, hier is mijn bonnetje, dan heb je de titels:

Uitleenbewijs – Bibliotheek [[Herentals]]
Lener: [[Roger Wuyts]] – kaart [[2178 0045 19]]
1. Heartstopper deel 1 – terug op 01/04
2. Wit is de kleur van de liefde – terug op 01/04

Vraag ze zeker eens in jouw bib. Een boek kan je zeggen: je bent niet alleen.

Vriendelijke groeten,
[[Roger]]""",
      "Roger"),
    V("sponsor-trailrun", "gmail_web", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "sponsor-appeal", "new-shape", "sig-dash"],
      ("Joke Verstraete", "joke.verstraete@gmail.example"),
      """Hey {pseudonym},

Ik hoor dat je je naam wil veranderen. Wat mooi dat je daar al zo duidelijk over bent.
Als je papa er nu niet over wil praten, wil dat niet zeggen dat het nooit zal gaan.
Misschien is er iemand anders in je familie die je kan helpen om het gesprek te beginnen?

Knuffel""",
      "Joke",
      sig="""[[Joke Verstraete]]
Sponsor mij voor de Dodentocht: https://steun.example/[[jokeverstraete]]
[[0495 71 33 06]]""", sig_dash=True),
    V("aftellen-pensioen", "v11vol_notes", "nl", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "countdown-line", "new-shape", "disclaimer"],
      ("De Smedt Luc", "luc.desmedt@bpostbank.example"),
      """Dag {pseudonym},

Ik werk al 38 jaar bij de bank en heb ook mensen zien scheiden. De kinderen die het goed doorstonden, hadden één ding gemeen: iemand met wie ze konden praten.
Kies niet voor een ouder. Kies voor wat jij nodig hebt: rust, je school, je vrienden.
Je mag dat gewoon zeggen.

Met vriendelijke groeten,
[[Luc]]""",
      "Luc",
      sig="""[[Luc De Smedt]]
Kantoordirecteur – [[kantoor Ninove]]
[[bpost bank]]
Nog 42 dagen tot mijn pensioen 🎉
Dit bericht is vertrouwelijk. Indien u niet de bestemmeling bent, gelieve de afzender te verwittigen.""",
      identity=["De Smedt Luc", "De Smedt"]),
    V("dragnaam", "proton", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "drag-name-sig", "new-shape", "client-line", "emoji"],
      ("Jonas Vercruysse", "jonas.vercruysse@proton.example"),
      """Hey schat {pseudonym} 💅

Ik ben zelf opgegroeid in een dorp waar ze mij uitlachten om mijn stem en mijn kleren. Nu sta ik ermee op een podium.
Ik zeg niet dat het vanzelf gaat, maar het wordt beter. Echt.
Zoek je mensen: een jeugdhuis, een theaterklasje, een online groep die veilig is.

Veel liefs
[[Jonas]]""",
      "Jonas",
      sig="""[[Jonas]] / in drag: [[Miss Bonbon Deluxe]]
insta [[@missbonbondeluxe]]"""),
    V("hoevewinkel", "yahoo", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "farm-shop-sig", "new-shape", "client-line", "dialect", "no-punctuation"],
      ("Hoeve t Gasthuis", "hoevetgasthuis@yahoo.example"),
      """dag {pseudonym}

ik ben boerin en ik heb zelf vier kinders groot gebracht
wat da vriendje doet is ni goe jong
ge moogt u gsm voor u eigen houden
zeg het aan iemand die ge vertrouwt uw mama uw zus een leerkracht

groetjes van [[Martine]]""",
      "Martine",
      sig="""[[Martine Vanhoutte]]
[[Hoeve 't Gasthuis]] – hoevewinkel open vrijdag en zaterdag
[[Gasthuisstraat 8, 8970 Poperinge]]""",
      identity=["Hoeve t Gasthuis"]),
    V("bnb-vlaamseardennen", "outlook_web", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "bnb-sig", "new-shape"],
      ("B&B De Zwaluw | Karen", "info@bnbdezwaluw.example"),
      """Dag {pseudonym},

Ik schrijf je tussen twee gasten door, dus kort maar gemeend.
Je bent niet vies. Er is niks mis met verliefd worden op meisjes.
Mensen die dat zeggen, hebben het vaak van thuis meegekregen. Dat wil niet zeggen dat ze gelijk hebben.

Groet,
[[Karen]]""",
      "Karen",
      sig="""[[Karen Haegeman]]
[[B&B De Zwaluw]] – Vlaamse Ardennen
[[Zwalmstraat 21, 9630 Zwalm]]
[[0472 90 18 55]]"""),
]

CASES += [
    V("sms-teller", "iphone", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "sms-counter", "new-shape", "client-line", "model-message"],
      ("Amber Claessens", "amber.claessens@icloud.example"),
      """Hey {pseudonym}

Als je niet weet hoe je het aan je vriendje moet zeggen, hier een berichtje dat je kan kopiëren (past in één sms):

"Ik zie je graag maar ik wil dat je mijn berichten niet meer leest. Ik heb ook privé nodig." (96/160)

Je mag het aanpassen hoor. En als hij boos wordt: laat het ons weten.

X [[Amber]]""",
      "Amber"),
    V("sms-teller-kort", "v11vol_k9", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "sms-counter", "new-shape", "client-line", "model-message", "no-punctuation", "no-display-name"],
      ("", "t.verhaeghe@posteo.example"),
      """dag {pseudonym}
je zou je papa dit kunnen sturen als praten te moeilijk is
"papa ik wil iets belangrijks met je bespreken over mijn naam wil je zaterdag even tijd maken voor mij" (102/160)
sterkte
[[Tine]]""",
      "Tine", identity=["t.verhaeghe"]),
    V("stoplicht-plan", "outlook_web", "nl", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "traffic-light-plan", "new-shape", "emoji", "content-after-name"],
      ("Nathalie Dierickx", "nathalie.dierickx@azsintelucas.example"),
      """Dag {pseudonym},

Je vriend vertrouwt jou, en dat is mooi. Maar je mag dit niet alleen dragen. Misschien helpt een stoplicht:

🟢 Hij praat erover en het lijkt rustig: blijf luisteren, zeg dat je er bent.
🟠 Hij doet zichzelf opnieuw pijn of trekt zich terug: vertel het aan een volwassene die je vertrouwt.
🔴 Hij praat over niet meer willen leven: bel 1813 of 112, ook 's nachts.

[[Nathalie]]
verpleegkundige, en ook gewoon iemand die luistert
🟢🟠🔴 je mag dit lijstje bewaren""",
      "Nathalie",
      sig="""[[Nathalie Dierickx]]
Verpleegkundige kinderpsychiatrie
[[AZ Sint-Lucas Gent]]"""),
    V("54321-grond", "gmail_android", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "grounding-54321", "new-shape", "no-punctuation", "typos"],
      ("Ilias Bouzidi", "ilias.bouzidi@gmail.example"),
      """hey {pseudonym}

als je s nachts ligt te piekeren over de scheiding probeer dit eens, mij helpt het echt
5 dingen die je ziet
4 dingen die je voelt
3 dingen die je hoort
2 dingen die je ruikt
1 ding dat je proeft
dan ben je weer even hier ipv in je hoofd

en je moet niet kiezen om iemand te sparen, da is niet jouw taak

groetjes [[Ilias]]""",
      "Ilias"),
    V("wistjedat", "windows_mail", "nl", ["private-account", "retiree", "greets-pseudonym", "top-posted", "did-you-know", "new-shape", "client-line"],
      ("Gilbert Van Damme", "gilbert.vandamme@telenet.example"),
      """Beste {pseudonym},

Wist je dat je in België vanaf 12 jaar door de rechter gehoord kan worden als je ouders scheiden? Jij mag zeggen wat jij wil, ook al beslist de rechter uiteindelijk.
Wist je ook dat heel veel kinderen van gescheiden ouders na een tijd zeggen dat het rustiger werd?
Het is nu zwaar. Het blijft niet altijd zo zwaar.

Vriendelijke groeten,
[[Gilbert]]""",
      "Gilbert"),
    V("halte-bus", "gmail_web", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "directions-advice", "new-shape"],
      ("Fien De Backer", "fien.debacker@gmail.example"),
      """Hoi {pseudonym},

Je bent zeker niet de enige. In Gent is er elke woensdagnamiddag een open groep voor jongeren die holebi of twijfelend zijn, bij Wel Jong Niet Hetero.
Vanaf Gent-Sint-Pieters neem je tram 1 tot de halte Korenmarkt, dan is het nog vijf minuten wandelen.
Je hoeft niks te vertellen als je er bent, je mag gewoon komen kijken.

Groetjes,
[[Fien]]""",
      "Fien"),
    V("bcc-eigen", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "phone-in-sig", "greets-pseudonym", "top-posted", "bcc-own-address", "new-shape"],
      ("Tom Verlinden", "tom.verlinden@vdab-partner.example"),
      """Dag {pseudonym},

Pesten om hoe je praat of je kleedt: dat zegt iets over hen, niet over jou.
Je mag op school vragen om een gesprek met de leerlingenbegeleiding. Neem iemand mee als je dat fijner vindt.
Niet meer naar school willen is een signaal dat er echt iets moet veranderen. Niet aan jou, aan de klas.

Met vriendelijke groet,
[[Tom]]""",
      "Tom",
      sig="""[[Tom Verlinden]]
Jobcoach | [[Werkwinkel Hasselt]]
M [[0488 12 40 73]]""",
      headers=[("Bcc", "tom.verlinden.prive@gmail.example")],
      identity=["tom.verlinden.prive@gmail.example"]),
    V("autocrypt-mutt", "thunderbird", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "autocrypt-header", "new-shape", "no-display-name"],
      ("", "wout.geerts@riseup.example"),
      """Hoi {pseudonym},

Een vriendje dat je berichten leest en altijd wil weten waar je bent: dat heet controle, en het is niet oké.
Zet je locatie delen uit als je dat wil. Je hoeft niemand je wachtwoord te geven.
Als je bang bent voor zijn reactie, spreek dan af met een vriendin in de buurt als je het zegt.

[[Wout]]""",
      "Wout",
      headers=[("Autocrypt", "addr=wout.geerts@riseup.example; prefer-encrypt=mutual; keydata=mDMEZ8xq0BYJKwYBBAHaRw8BAQdA4f2q9v0KkRk7aWxQHqzD0x3yQ7p2bQqj8g0mJ1mS3rO0J1dvdXQgR2VlcnRzIDx3b3V0LmdlZXJ0c0ByaXNldXAuZXhhbXBsZT4=")],
),
    V("crm-ref", "outlook_web", "nl", ["work-account", "worker", "work-signature", "disclaimer", "greets-pseudonym", "top-posted", "crm-thread-ref", "new-shape"],
      ("Klantendienst Energie Vlaanderen – Ann", "ann.dhondt@energievl.example"),
      """Dag {pseudonym},

Ik antwoord vanuit mijn werkmailbox, excuseer de rare code onderaan, ons systeem zet die er automatisch bij.
Dat je naam veranderen belangrijk is voor jou, dat hoor ik. Het gaat over wie je bent.
Probeer bij je papa te beginnen met kleine dingen, zoals wat je wil dat hij zegt aan tafel.

Groetjes,
[[Ann]]""",
      "Ann",
      sig="""[[Ann D'hondt]]
Klantendienst – [[Energie Vlaanderen]]
ref:_00D5g00000abcd._5007Q00000XyZ12:ref
Deze e-mail kan vertrouwelijke informatie bevatten.""",
      identity=["Ann D'hondt", "D'hondt", "Energie Vlaanderen", "ref:_00D5g00000abcd._5007Q00000XyZ12:ref"]),
    V("vertaald-banner", "gmail_web", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "translated-banner", "new-shape", "mixed-language"],
      ("Agnieszka Nowak", "agnieszka.nowak@gmail.example"),
      """Dag {pseudonym},

Nederlands is niet mijn moedertaal, ik schrijf eerst in het Pools en laat het vertalen. Sorry als het soms raar klinkt.
[Vertaald uit het Pools]
Ik weet hoe het is als ouders uit elkaar gaan, ik was 13 toen het bij ons gebeurde.
Jij bent niet de rechter tussen je ouders. Jij mag gewoon kind zijn.
Trzymaj się, dat betekent: hou je goed.

[[Agnieszka]]""",
      "Agnieszka"),
    V("mailman-footer", "v11vol_horde", "nl", ["shared-account", "wrong-account", "reply-to-private", "worker", "greets-pseudonym", "top-posted", "mailman-footer", "new-shape", "no-punctuation"],
      ("Regenboog vzw", "regenboog@lokeren-vzw.example"),
      """dag {pseudonym}

hier [[Hans]] van de werkgroep, ik gebruik ons gedeeld adres
jij bent helemaal oké zoals je bent
wij organiseren elke maand een avond voor jongeren in de bib van Lokeren, kom gerust eens kijken met een vriendin

groet
[[Hans]]""",
      "Hans",
      sig="""_______________________________________________
[[Regenboog-Lokeren]] mailing list
[[regenboog-lokeren@lists.lokeren-vzw.example]]
https://lists.lokeren-vzw.example/listinfo/[[regenboog-lokeren]]""",
      headers=[("Reply-To", "Hans De Buck <hans.debuck@lokeren-vzw.example>")],
      identity=["Hans De Buck", "De Buck", "hans.debuck@lokeren-vzw.example"],
      volunteer="hans.debuck@lokeren-vzw.example"),
    V("geboortejaar", "webmail", "nl", ["private-account", "retiree", "greets-pseudonym", "top-posted", "birth-year-sign", "new-shape"],
      ("Ria Segers", "ria.segers@skynet.example"),
      """Dag {pseudonym},

Ik ben een oma, en ik wil je zeggen: ook in mijn tijd waren er meisjes die meisjes graag zagen. Ze moesten het toen verstoppen. Jij hoeft dat niet.
Wie zegt dat het vies is, heeft ongelijk.
Zoek mensen die je graag zien zoals je bent.

Hartelijke groet,
[[Ria]] ([[°1951]])""",
      "Ria"),
    V("carplay-dictee", "iphone", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "carplay-dictation", "new-shape", "voice-to-text", "no-punctuation", "client-line"],
      ("Stijn Baert", "stijn.baert@icloud.example"),
      """Dag {pseudonym} ik spreek dit in in de auto via CarPlay dus sorry voor de rare zinnen
wat je vriendje doet met je gsm en je locatie is niet oké dat is controle
je mag nee zeggen en als je bang bent zeg het aan iemand thuis of op school
je kan ook chatten met Nupraatikerover punt be
groetjes [[Stijn]]
(gedicteerd via CarPlay)""",
      "Stijn"),
    V("reactie-regel", "outlook_mobile", "nl", ["work-account", "worker", "greets-pseudonym", "top-posted", "reaction-line", "new-shape", "client-line"],
      ("Lotte Van Hove", "lotte.vanhove@fluvius-partner.example"),
      """Dag {pseudonym},

<<Lotte Van Hove heeft gereageerd met ❤️ op uw bericht.>>
Oeps, ik drukte per ongeluk op een hartje in plaats van te antwoorden, dus hier mijn echte antwoord.
Je hoeft niet te kiezen tussen je ouders om lief te zijn. Zeg hen allebei wat je voelt.
Praat er eens over met een leerkracht of met het CLB, dat mag gewoon.

Groetjes,
[[Lotte]]""",
      "Lotte",
),
    V("vertrouwelijke-modus", "gmail_web", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "confidential-mode", "new-shape", "html-only"],
      ("Pieter-Jan Cools", "pj.cools@gmail.example"),
      """Dag {pseudonym},

Ik had dit eerst in de vertrouwelijke modus van Gmail gezet, maar dan kon je het misschien niet openen. Daarom nu gewoon zo.
Wat je vriend je vertelde, is te zwaar om alleen te dragen. Vraag hulp aan een volwassene, ook als hij dat niet wil.
Je bent een goede vriend. Juist daarom.

[[PJ]]""",
      "PJ", html="only"),
    V("kudos-kaart", "outlook_web", "nl", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "kudos-card", "new-shape", "content-after-name"],
      ("Eline Verbeke", "eline.verbeke@kbc-partner.example"),
      """Dag {pseudonym},

Ik wil je een kaartje geven, zoals wij dat op het werk doen:

🏅 Kudos voor jou!
Omdat je durfde te schrijven over iets wat heel moeilijk is.

Je naam mag van jou zijn. Je papa heeft misschien tijd nodig, jij hebt vooral steun nodig.

[[Eline]]
en nog iets: het CLB kan je ook helpen met de papieren""",
      "Eline",
      sig="""[[Eline Verbeke]] | HR business partner | [[KBC Brussel]]"""),
    V("zelfzorgdoos", "apple_mail", "nl", ["private-account", "worker", "parent", "greets-pseudonym", "top-posted", "self-care-box", "new-shape", "relative-named"],
      ("Sarah Coppens", "sarah.coppens@me.example"),
      """Lieve {pseudonym},

Mijn dochter [[Febe]] heeft vorig jaar een zelfzorgdoos gemaakt toen ze gepest werd. Ze mocht dit van haar doorgeven:
- een foto van iemand die je graag ziet
- een lievelingssnoepje
- een briefje met "het ligt niet aan mij"
- oortjes en een liedje dat je sterk maakt

Ze zegt: het helpt niet altijd, maar soms wel.
Vertel het ook aan iemand op school.

Liefs,
[[Sarah]]""",
      "Sarah"),
    V("als-dan", "gmail_web", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "if-then-plan", "new-shape", "capitals"],
      ("Arne Lauwers", "arne.lauwers@student.kuleuven.example"),
      """Yo {pseudonym},

Ik maak altijd een ALS-DAN lijstje als ik vastloop, misschien helpt het jou ook:

ALS ze me weer uitlachen in de klas, DAN ga ik naast iemand zitten die ok is
ALS ik 's ochtends niet wil gaan, DAN stuur ik een berichtje naar mama of een vriend
ALS het te veel wordt, DAN vraag ik een gesprek bij de leerlingenbegeleiding

Jij bent niet het probleem.
[[Arne]]""",
      "Arne",
      sig="""[[Arne Lauwers]] – 2de bach [[KU Leuven]] Campus Kulak"""),
    V("feestdagen-banner", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "logo", "greets-pseudonym", "top-posted", "seasonal-greeting", "new-shape"],
      ("Caroline Wyns", "caroline.wyns@notariswyns.example"),
      """Dag {pseudonym},

Ik werk op een notariskantoor en zie veel scheidingen passeren. Ik kan je zeggen: wat jij wil, telt.
Je mag aan je ouders vragen wat de afspraken zijn en wanneer je mee mag praten.
Schrijf ons gerust terug als je nog vragen hebt.

Met vriendelijke groet,
[[Caroline]]""",
      "Caroline",
      sig="""[[Caroline Wyns]]
Medewerker familierecht
[[Notariskantoor Wyns & Partners]] – [[Stationsstraat 18, 2800 Mechelen]]
Fijne feestdagen en een warm 2025 toegewenst!""",
      logo=("Notariskantoor Wyns & Partners", "inline")),
]

CASES += [
    V("inline-scheiding", "gmail_web", "nl", ["private-account", "worker", "greets-pseudonym", "inline-answer"],
      ("Bram Seghers", "bram.seghers@gmail.example"),
      """Dag {pseudonym},

<<> Mijn ouders gaan scheiden en ik moet kiezen bij wie ik ga wonen.>>

Moet je echt kiezen? Vaak kan je vragen om bij allebei te wonen, een week om een week. Vraag het gewoon.

<<> Ik wil niemand kwetsen.>>

Dat zegt veel over hoe lief jij bent. Maar jouw gevoel telt ook mee.

<<> Ik slaap bijna niet meer.>>

Dat is een teken dat het te veel is. Vertel het aan de huisarts of het CLB.

Groetjes,
[[Bram]]""",
      "Bram", fwd="nl2", quote_style="none"),
    V("inline-vriend-oma", "thunderbird", "nl", ["private-account", "retiree", "greets-pseudonym", "inline-answer", "relative-named"],
      ("Maria Vanderlinden", "maria.vanderlinden@telenet.example"),
      """Dag {pseudonym},

<<> mijn beste vriend heeft gezegd dat hij zichzelf pijn doet>>

Wat goed dat hij het aan jou durfde te zeggen. Dat betekent dat hij je vertrouwt.

<<> en ik mag het aan niemand zeggen. wat moet ik doen>>

Soms moet je een belofte breken om iemand te beschermen. Mijn kleinzoon [[Wannes]] heeft dat ook eens gedaan voor een vriendin, en ze is hem achteraf dankbaar.
Vertel het aan een volwassene die je vertrouwt.

Groetjes van een oma,
[[Maria]]""",
      "Maria", fwd="nl5", quote_style="none"),
    V("inline-k9-naam", "v11vol_k9", "nl", ["private-account", "student", "greets-pseudonym", "inline-answer", "client-line", "no-punctuation"],
      ("Jarne Pauwels", "jarne.pauwels@posteo.example"),
      """hey {pseudonym}

<<> Ik ben 17 en ik wil mijn naam veranderen>>

supercool dat je al weet welke naam bij jou past

<<> maar mijn papa wil het niet horen. Hoe begin ik daaraan?>>

begin klein met vrienden en op school die je nieuwe naam gebruiken
de officiële stap kan later nog
en je papa krijgt misschien nog tijd om te wennen

[[Jarne]]""",
      "Jarne", fwd="nl4", quote_style="none"),
    V("inline-outlook-pesten", "v11vol_emclient", "nl", ["work-account", "worker", "work-signature", "greets-pseudonym", "inline-answer"],
      ("Kristof Bogaert", "kristof.bogaert@scholengroep-brugge.example"),
      """Dag {pseudonym},

<<> ze lachen mij uit in de klas omdat ik anders praat>>

Dat is pesten. Het ligt niet aan hoe jij praat.

<<> ik wil niet meer naar school>>

Dat snap ik. Ga eerst praten met iemand op school, een leerkracht of de leerlingenbegeleiding. Je hoeft het niet alleen op te lossen.

Vriendelijke groet,
[[Kristof]]""",
      "Kristof", fwd="nl3", quote_style="none",
      sig="""[[Kristof Bogaert]] – ICT-coördinator
[[Scholengroep Brugge-Oostkust]]"""),
    V("onderaan-kmail", "v11vol_kmail", "nl", ["private-account", "worker", "greets-pseudonym", "bottom-posted", "sig-dash"],
      ("Ward Desmet", "ward@desmet-gezin.example"),
      """Dag {pseudonym},

Ik antwoord onderaan, zo ben ik het gewoon.
Een vriendje dat je berichten leest: dat mag niet. Jij beslist wie je gsm bekijkt.
Spreek met iemand die je vertrouwt. Je bent niet overdreven.

Groet,
[[Ward]]""",
      "Ward", fwd="nl6", quote_pos="above",
      sig="""[[Ward Desmet]]
[[0497 66 02 14]]""", sig_dash=True),
    V("onderaan-gmail-lang", "gmail_web", "nl", ["private-account", "student", "greets-pseudonym", "bottom-posted", "long"],
      ("Hanne Wuyts", "hanne.wuyts@gmail.example"),
      """Hoi {pseudonym},

Ik wil je eerst zeggen dat ik heel blij ben dat je ons schreef. Het is niet gemakkelijk om dit op te schrijven, en toch deed je het.

Wat ze op school zeggen, dat verliefd worden op een meisje vies zou zijn, is gewoon niet waar. Het is een vooroordeel. Mensen zeggen zulke dingen vaak omdat ze het niet kennen, of omdat ze bang zijn om zelf anders te lijken. Dat maakt het niet minder pijnlijk voor jou, maar het zegt niets over wie jij bent.

Je vraagt met wie je kan praten. Enkele ideeën:
- een leerkracht bij wie je je goed voelt, ook al is het niet je klastitularis
- het CLB van je school, dat is gratis en ze mogen niets doorvertellen zonder jouw toestemming
- een holebi-jongerengroep in de buurt, daar zitten jongeren die hetzelfde meemaakten
- en natuurlijk ons, hier, zo vaak als je wil

Je hoeft niet meteen aan iedereen te vertellen wie je graag ziet. Dat mag je zelf kiezen, in jouw tempo.

Ik studeer zelf nog, in Leuven, en ik weet nog goed hoe eenzaam het voelt als je denkt dat je de enige bent. Je bent het niet.

Schrijf je ons nog eens?

Heel veel liefs,
[[Hanne]]""",
      "Hanne", fwd="nl1", quote_pos="above"),
    V("onderaan-horde", "v11vol_horde", "nl", ["private-account", "retiree", "greets-pseudonym", "bottom-posted", "tussentaal"],
      ("Eddy Van Looy", "eddy.vanlooy@pandora.example"),
      """Dag {pseudonym}

Ge moet da ni alleen dragen, jong. Dat uw vriend zichzelf pijn doet, da's iets voor grote mensen om mee te helpen.
Zeg het aan uw mama of papa, of aan iemand op school.

[[Eddy]]""",
      "Eddy", fwd="nl5", quote_pos="above"),
    V("html-sig-owa", "outlook_web", "nl", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "html-only", "phone-in-sig"],
      ("Inge Moens", "inge.moens@politiezonekempen.example"),
      """Dag {pseudonym},

Ik werk bij de politie, maar ik schrijf je hier als vrijwilliger, niet als agent.
Als iemand een foto van jou deelt zonder jouw toestemming, mag je dat melden. Dat is strafbaar.
Maar eerst: hoe gaat het met jou? Heb je iemand thuis die het weet?

Groetjes,
[[Inge]]""",
      "Inge", html="only",
      sig="""[[Inge Moens]]
Inspecteur – wijkwerking
[[Politiezone Kempen Noord]]
[[014 44 80 20]]"""),
    V("html-apple", "apple_mail", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "html-only", "emoji"],
      ("Joost van Rijswijk", "joost.vanrijswijk@icloud.example"),
      """Hoi {pseudonym} 🌈

Ik ben Nederlander maar woon al tien jaar in Antwerpen, dus excuses voor mijn Hollands.
Je bent niet vies. Je bent gewoon jij.
Er zijn jongerengroepen in bijna elke stad, vraag op school of in de jeugddienst waar die zitten.

Groetjes,
[[Joost]]""",
      "Joost", html="only"),
    V("vcard-ziekenhuis", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "vcard", "disclaimer", "greets-pseudonym", "top-posted", "title"],
      ("dr. Wim Heylen", "wim.heylen@uzbrussel-partner.example"),
      """Dag {pseudonym},

Ik ben huisarts, en ik hoor vaak jongeren die niet slapen door wat er thuis gebeurt.
Slecht slapen is een signaal, geen zwakte. Als het blijft duren, ga eens langs bij je huisarts, die kan je verder helpen.
En je hoeft niet te kiezen om je ouders te sparen.

Met vriendelijke groet,
[[Wim]]""",
      "Wim",
      sig="""[[dr. Wim Heylen]]
Huisarts – [[Groepspraktijk Ter Linde]], [[Lindestraat 5, 1840 Londerzeel]]
Dit bericht kan medische informatie bevatten en is strikt vertrouwelijk.""",
      vcard="""BEGIN:VCARD
VERSION:3.0
FN:[[Wim Heylen]]
ORG:[[Groepspraktijk Ter Linde]]
TEL;TYPE=WORK:[[052 31 77 40]]
EMAIL:[[wim.heylen@uzbrussel-partner.example]]
END:VCARD""", identity=["Heylen"]),
    V("logo-bijlage", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "logo", "logo-attachment", "greets-pseudonym", "top-posted", "disclaimer"],
      ("Saskia Hendrickx", "saskia.hendrickx@vivesbouw.example"),
      """Dag {pseudonym},

Dat jouw vriendje je berichten leest, is niet normaal. Iemand die je graag ziet, vertrouwt je.
Probeer eens te vertellen aan een vriendin wat er gebeurt, en kijk hoe zij reageert.
Je verdient iemand die je vrij laat.

Groeten,
[[Saskia]]""",
      "Saskia",
      sig="""[[Saskia Hendrickx]]
Projectleider | [[Vives Bouw nv]]
[[Industrieweg 12, 3550 Heusden-Zolder]]
Disclaimer: dit bericht en de bijlagen zijn uitsluitend bestemd voor de geadresseerde.""",
      logo=("Vives Bouw", "attachment")),
    V("encoded-naam", "v11vol_outlook_mac", "nl", ["private-account", "worker", "encoded-display-name", "greets-pseudonym", "top-posted"],
      ("Hélène Van den Eynde", "helene.vde@skynet.example"),
      """Dag {pseudonym},

Uitgelachen worden om hoe je praat, dat deed mij vroeger ook pijn, ik had een Franse tongval in een Vlaamse klas.
Wat hielp: één vriendin die naast mij bleef staan. Zoek die ene persoon.
Je mag dit ook aan je ouders vertellen.

Hartelijk,
[[Hélène]]""",
      "Hélène", from_style="ew", identity=["Van den Eynde", "Eynde"]),
    V("comment-naam", "v11vol_sogo", "nl", ["work-account", "worker", "comment-display-name", "greets-pseudonym", "top-posted", "work-signature"],
      ("Koen Daems", "k.daems@hogeschool-pxl.example"),
      """Dag {pseudonym},

Je wil je naam veranderen, en je papa wil er niet over praten. Dat is pijnlijk.
Je kan vragen of iemand anders meegaat naar dat gesprek, een tante, een leerkracht.
Intussen: je naam is van jou.

Groeten,
[[Koen]]""",
      "Koen", from_style="comment",
      sig="""[[Koen Daems]] · lector sociaal werk · [[Hogeschool PXL]]"""),
    V("crlf-thema", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "crlf", "thema-line", "greets-pseudonym", "top-posted"],
      ("Vanessa Peetermans", "vanessa.peetermans@argenta-partner.example"),
      """Dag {pseudonym},

Je vriend heeft geluk met jou. Maar je mag hulp vragen, ook als hij dat niet wil.
Bel eens naar 1813, anoniem, om te vragen wat jij kan doen.

Groetjes,
[[Vanessa]]

<<#thema: welzijn>>""",
      "Vanessa", crlf=True,
      sig="""[[Vanessa Peetermans]]
Kantoorbeheerder [[Argenta Boom]]"""),
    V("cc-eigen-adres", "outlook_web", "nl", ["work-account", "worker", "work-signature", "cc-own-address", "greets-pseudonym", "top-posted"],
      ("Pieter Michiels", "pieter.michiels@provant.example"),
      """Dag {pseudonym},

Ik zet mijn eigen adres in cc zodat ik je antwoord thuis ook zie, sorry als dat raar is.
Je bent niet raar, en je mag je kleden zoals jij wil.
Vraag een gesprek bij de leerlingenbegeleiding. Neem gerust een vriend mee.

Groeten,
[[Pieter]]""",
      "Pieter",
      headers=[("Cc", "Pieter Michiels <pieter.michiels@provant.example>")],
      sig="""[[Pieter Michiels]]
[[Provincie Antwerpen]] – dienst Jeugd"""),
    V("replyto-prive", "outlook_desktop", "nl", ["work-account", "worker", "work-signature", "reply-to-private", "greets-pseudonym", "top-posted", "disclaimer"],
      ("Anouk Wellens", "anouk.wellens@agfa-partner.example"),
      """Dag {pseudonym},

Scheiden is voor ouders al moeilijk, voor kinderen nog meer. Jij doet niks fout door het moeilijk te vinden.
Zeg aan je ouders dat je niet wil kiezen. Dat mag.

Warme groet,
[[Anouk]]""",
      "Anouk",
      headers=[("Reply-To", "anouk.wellens@telenet.example")],
      volunteer="anouk.wellens@telenet.example",
      sig="""[[Anouk Wellens]]
Process engineer – [[Agfa Mortsel]]
This e-mail and any attachments are confidential."""),
    V("sig-enkel-html", "gmail_web", "nl", ["private-account", "worker", "sig-html-only", "greets-pseudonym", "top-posted"],
      ("Dieter Smolders", "dieter.smolders@gmail.example"),
      """Hey {pseudonym},

Een vriendje dat je gsm controleert, dat is niet oké. Je mag daar grenzen zetten.
Als je twijfelt, vraag eens aan een vriendin hoe zij het zou vinden.

Groetjes""",
      "Dieter", sig_in="html",
      sig="""[[Dieter Smolders]]
[[Smolders Fietsen]] – [[Bredabaan 300, 2930 Brasschaat]]
[[03 651 22 10]]"""),
    V("gezinsaccount", "v11vol_proximus", "nl", ["family-account", "wrong-account", "reply-to-private", "parent", "worker", "greets-pseudonym", "top-posted", "relative-named", "signed-name"],
      ("Fam. Dewitte-Vos", "dewittevos@proximus.example"),
      """Dag {pseudonym},

Hier [[Mieke]], ik gebruik ons gezinsadres, mijn man [[Geert]] leest niet mee hoor.
Wat je schrijft over kiezen tussen je ouders: mijn eigen zoon [[Lucas]] heeft dat ook meegemaakt met zijn papa en mij. Hij zegt nu dat het hielp dat wij het nooit van hem vroegen.
Jij mag zeggen: ik wil niet kiezen.

Liefs,
[[Mieke]]""",
      "Mieke", volunteer="mieke.vos@proximus.example",
      headers=[("Reply-To", "Mieke Vos <mieke.vos@proximus.example>")],
      identity=["Mieke Vos", "Vos", "Dewitte"]),
    V("partner-account", "yahoo", "nl", ["others-account", "partner-account", "wrong-account", "worker", "greets-pseudonym", "top-posted", "contact-in-text", "client-line"],
      ("Kathy Lemmens", "kathy.lemmens@yahoo.example"),
      """Dag {pseudonym},

Ik ben [[Jan]], vrijwilliger bij Lumi, maar ik stuur dit vanaf het account van mijn vrouw omdat mijn laptop kapot is. Mijn eigen adres is [[jan.lemmens@telenet.example]].
Je vriend heeft iets heel zwaars gezegd. Vertel het aan een volwassene. Dat is geen verraad, dat is vriendschap.

Groet,
[[Jan]]""",
      "Jan", volunteer="jan.lemmens@telenet.example"),
    V("dochter-schoolaccount", "gmail_web", "nl", ["others-account", "borrowed-account", "wrong-account", "parent", "worker", "greets-pseudonym", "top-posted", "contact-in-text", "relative-named", "school-platform"],
      ("Marthe Vinck", "marthe.vinck@leerling.sintursula.example"),
      """Dag {pseudonym},

Ik ben [[Liesbet]], de mama van [[Marthe]], en ik typ dit op haar schoollaptop omdat de mijne vastzit. Antwoorden kan naar [[liesbet.vinck@gmail.example]].
Een vriendje dat je berichten leest en je locatie wil zien, dat is controle. Je mag daar nee op zeggen.
Mijn dochter zegt dat je dat op Instagram "een red flag" noemt. Ze heeft gelijk.

Groetjes,
[[Liesbet]]""",
      "Liesbet", volunteer="liesbet.vinck@gmail.example",
      sig="""--
Dit bericht werd verstuurd via het leerlingenaccount van [[Sint-Ursula-Instituut Onze-Lieve-Vrouw-Waver]]."""),
    V("spraak-samsung", "samsung", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "voice-to-text", "tussentaal", "no-punctuation", "client-line", "typos"],
      ("Dennis Aerts", "dennis.aerts@hotmail.example"),
      """dag {pseudonym} ik spreek dit in want ik zit op de werf
ge moet u zeker ni schamen over da ge op meisjes valt da's heel normaal
op school zeggen ze dommen dingen omda ze ni beter weten
zoek iemand waarmee ge kunt babbelen een leerkracht of iemand van het clb
en ge kunt altijd hier terug schrijven
groetjes van [[Dennis]]""",
      "Dennis"),
    V("westvlaams-kort", "v11vol_nine", "nl", ["private-account", "worker", "greets-pseudonym", "top-posted", "dialect", "very-short", "client-line", "no-punctuation"],
      ("Jelle Vandewalle", "jelle.vdw@telenet.example"),
      """{pseudonym} ge zijt nie allene
zeg het tegen iemand die ge vertrouwt en schrijft ons morgen were
[[J.]]""",
      "Jelle", identity=["jelle.vdw"]),
    V("limburgs-zelfnaam", "v11vol_fastmail", "nl", ["private-account", "retiree", "greets-pseudonym", "top-posted", "dialect", "own-name-in-text", "initials"],
      ("Jos Vanderhoven", "jos.vanderhoven@fastmail.example"),
      """Hoi {pseudonym},

Ich bin [[Jos]], ich woon in Maaseik en ich help hie as vrijwilliger.
Dao is nieks mis mit dich. Kiezen tösse mama en papa, dat mós te neet doon.
Vertel 't aan iemand op sjoël of aan 't CLB, die helpe dich.

Groete,
[[J.V.]]""",
      "Jos"),
    V("roepnaam-kat", "gmail_android", "nl", ["private-account", "student", "greets-pseudonym", "top-posted", "signed-other-name", "emoji", "text-speak"],
      ("Kathleen Heremans", "kathleen.heremans@gmail.example"),
      """hey {pseudonym}!!

omg wat een rotsituatie 😩 maar je naam veranderen is zo'n mooie stap
misschien kan je je papa eerst een briefje schrijven ipv praten, dan kan hij het rustig lezen
en idk of je dit al weet maar er zijn jongeren-groepen voor trans jongeren waar je tips kan vragen

xx [[Kat]] 🐱""",
      "Kathleen"),
    V("eigen-gsm-tekst", "outlook_android", "nl", ["work-account", "worker", "greets-pseudonym", "top-posted", "contact-in-text", "client-line"],
      ("Bieke Van Gorp", "bieke.vangorp@colruyt-partner.example"),
      """Dag {pseudonym},

Pesten om je kleren en je stem, dat is niet oké. Jij verdient een school waar je jezelf kan zijn.
Ik ben vandaag niet aan mijn computer, dus als het dringend is mag je de verantwoordelijke van Lumi vragen om mij te bellen op [[0479 23 81 56]].
Maar bel ook gerust 1712 als het nu te zwaar is.

Groetjes,
[[Bieke]]""",
      "Bieke"),
]

# ------------------------------------------------------------------ fr (16)
CASES += [
    V("deconnexion-cpas", "outlook_desktop", "fr", ["work-account", "worker", "work-signature", "disclaimer", "disclaimer-fr", "greets-pseudonym", "top-posted", "right-to-disconnect", "new-shape"],
      ("Isabelle Lambert", "isabelle.lambert@cpas-namur.example"),
      """Bonjour {pseudonym},

Merci de nous avoir écrit. Être bi, ce n'est ni une faute ni une phase qu'il faut cacher.
Tu n'es pas obligé·e d'en parler à tes parents maintenant. Tu peux choisir le moment, et les personnes.
Si un jour tu as peur d'être mis·e dehors, il existe des services d'aide à la jeunesse qui peuvent t'accueillir. Tu peux aussi appeler le 103, Écoute-Enfants.

Je t'embrasse,
[[Isabelle]]""",
      "Isabelle",
      sig="""[[Isabelle Lambert]]
Assistante sociale – [[CPAS de Namur]]
[[Rue de Dave 165, 5100 Jambes]]
Droit à la déconnexion : je ne lis pas mes mails après 17h, ne vous sentez pas obligé·e de répondre en dehors de vos heures.
Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire."""),
    V("mitemps-amo", "v11vol_zoho", "fr", ["work-account", "worker", "work-signature", "phone-in-sig", "greets-pseudonym", "top-posted", "part-time-days", "new-shape"],
      ("Karim Benali", "karim.benali@amo-lesmagnolias.example"),
      """Salut {pseudonym},

Ce qu'elles font sur Snap, c'est du harcèlement, et partager une photo de toi sans ton accord, c'est interdit.
Fais des captures d'écran, ne réponds pas, et parle-en à un adulte de confiance ou au PMS de ton école.
Tu peux aussi signaler la photo directement dans l'application.

Courage,
[[Karim]]""",
      "Karim",
      sig="""[[Karim Benali]]
Éducateur de rue – [[AMO Les Magnolias]], [[Molenbeek-Saint-Jean]]
GSM [[0485 44 12 90]]
Je travaille à mi-temps : présent lundi, mardi et jeudi matin."""),
    V("donneuse-sang", "v11vol_orange", "fr", ["private-account", "retiree", "greets-pseudonym", "top-posted", "blood-donor-line", "new-shape", "sig-dash"],
      ("Monique Dubois", "monique.dubois@orange.example"),
      """Bonjour {pseudonym},

Ce que tu ressens dans ton corps, beaucoup de jeunes le ressentent aussi, même s'ils n'osent pas le dire.
Tu n'as pas besoin d'avoir toutes les réponses aujourd'hui.
Il existe des associations pour les jeunes trans et en questionnement, où tu peux parler sans être jugé·e.

Bien à toi,""",
      "Monique",
      sig="""[[Monique Dubois]]
Donneuse de sang depuis 1982
[[Rue des Tilleuls 4, 6000 Charleroi]]""", sig_dash=True),
    V("decalage-horaire", "gmail_android", "fr", ["private-account", "student", "greets-pseudonym", "top-posted", "timezone-note", "new-shape", "no-punctuation", "emoji"],
      ("Léa Fontaine", "lea.fontaine@gmail.example"),
      """coucou {pseudonym} 💜

je réponds un peu tard je suis en stage à Montréal donc décalage horaire de 6h
être bi c'est normal et c'est pas une phase
tu as le droit de garder ça pour toi tant que tu veux
et si chez toi ça devient dangereux il y a des gens pour t'aider

bisous [[Léa]]""",
      "Léa"),
    V("benevole-annee", "outlook_web", "fr", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "award-line", "new-shape"],
      ("Nathalie Mertens", "nathalie.mertens@ville-liege.example"),
      """Bonjour {pseudonym},

Ce qu'elles ont fait avec ta photo n'est pas ta faute. Pas du tout.
Garde des preuves, parle à quelqu'un au PMS, et si tu veux, tu peux porter plainte à la police, même si tu es mineure.
Tu n'es pas seule.

Bien à toi,
[[Nathalie]]""",
      "Nathalie",
      sig="""[[Nathalie Mertens]]
Service Jeunesse – [[Ville de Liège]]
Bénévole de l'année 2024 – [[Plateforme bénévolat liégeoise]]"""),
    V("itineraire-mj", "thunderbird", "fr", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "route-link", "new-shape", "directions-advice"],
      ("Thomas Leclercq", "thomas@mj-lecaillou.example"),
      """Salut {pseudonym},

Je bosse dans une maison de jeunes à Ottignies. On a un groupe de parole pour les jeunes LGBT+ le mercredi.
Si tu viens en train, descends à la gare d'Ottignies, prends le bus 20 et descends à l'arrêt Place des Sciences.
Tu peux venir juste pour écouter.

À bientôt peut-être,
[[Thomas]]""",
      "Thomas",
      sig="""[[Thomas Leclercq]]
Animateur – [[Maison de Jeunes Le Caillou]]
[[Avenue des Combattants 12, 1340 Ottignies]]
Itinéraire : https://plan.example/mj-lecaillou"""),
    V("fermes-conges", "outlook_desktop", "fr", ["work-account", "worker", "work-signature", "disclaimer", "disclaimer-fr", "greets-pseudonym", "top-posted", "closure-notice", "new-shape"],
      ("Julie Renard", "julie.renard@mutuelle-solidaris.example"),
      """Bonjour {pseudonym},

Ce que tu vis dans ton corps, c'est important, et tu as raison d'en parler.
Tu peux commencer par en parler à une personne de confiance, ou à un médecin qui connaît les questions de genre.
Personne n'a le droit de te dire qui tu es.

Cordialement,
[[Julie]]""",
      "Julie",
      sig="""[[Julie Renard]]
Conseillère – [[Solidaris Mons]]
Nos bureaux sont fermés du 21 juillet au 4 août.
Ce courriel est confidentiel. S'il vous est parvenu par erreur, merci de le détruire."""),
    V("dossard-semi", "v11vol_sfr", "fr", ["private-account", "worker", "greets-pseudonym", "top-posted", "race-result-paste", "new-shape"],
      ("Antoine Mathieu", "antoine.mathieu@sfr.example"),
      """Bonjour {pseudonym},

Moi, quand ça ne va pas, je cours. Dimanche j'ai fait le semi de Lille, regarde :
Dossard [[4127]] – [[Antoine Mathieu]] – 1:52:08 – [[AC Roubaix]]
Je te dis ça parce que bouger aide un peu la tête, pas pour te donner des leçons.
Pour Snap : captures d'écran, signalement, et parle à un adulte. Tu as le droit d'être protégée.

Amicalement,
[[Antoine]]""",
      "Antoine"),
    V("ticket-pret", "gmail_web", "fr", ["private-account", "retiree", "greets-pseudonym", "top-posted", "library-receipt", "new-shape"],
      ("Françoise Gilson", "francoise.gilson@gmail.example"),
      """Bonjour {pseudonym},

Je suis bibliothécaire retraitée et je crois beaucoup aux livres. Voici ce que j'ai emprunté pour préparer ma réponse :

Ticket de prêt – Bibliothèque communale de [[Spa]]
Lecteur : [[F. Gilson]] – carte n° [[0087 2231]]
- « Le garçon en rose » – retour 14/03
- « Appelle-moi Elliot » – retour 14/03

Demande-les dans ta bibliothèque. Et surtout, parles-en à quelqu'un de confiance.

Amitiés,
[[Françoise]]""",
      "Françoise"),
    V("saviez-vous", "v11vol_webde", "fr", ["private-account", "worker", "greets-pseudonym", "top-posted", "did-you-know", "new-shape", "mixed-language"],
      ("Hamza El Idrissi", "hamza.elidrissi@web.example"),
      """Salam {pseudonym},

Le saviez-vous ? En Belgique, un jeune ne peut pas être mis à la porte sans que les services d'aide à la jeunesse puissent intervenir. Tu as des droits.
Mes parents aussi sont très croyants, et ça a pris du temps. Sabr, comme on dit chez nous, patience.
Tu n'as pas à tout dire tout de suite.

Prends soin de toi,
[[Hamza]]""",
      "Hamza"),
    V("traduit-banner", "gmail_web", "fr", ["private-account", "worker", "greets-pseudonym", "top-posted", "translated-banner", "new-shape", "mixed-language"],
      ("Ana Ferreira", "ana.ferreira@gmail.example"),
      """Bonjour {pseudonym},

[Traduit du portugais]
Je suis arrivée en Belgique à 15 ans et moi aussi je me suis sentie seule dans mon corps et dans ma vie.
Il y a des personnes qui peuvent t'écouter sans te juger. Commence par une seule.
Força, comme on dit chez moi.

[[Ana]]""",
      "Ana"),
    V("boite-reconfort", "v11vol_airmail", "fr", ["private-account", "parent", "worker", "greets-pseudonym", "top-posted", "self-care-box", "new-shape", "relative-named", "client-line"],
      ("Céline Warnier", "celine.warnier@me.example"),
      """Bonjour {pseudonym},

Avec ma fille [[Zélie]] on a fabriqué une boîte à réconfort quand elle a été harcelée au collège :
- une photo qui fait sourire
- un carnet pour écrire ce qu'on ressent
- une liste de personnes à appeler
Elle dit que ça l'a aidée les soirs difficiles.
Et surtout, parles-en au PMS ou à un adulte. Ce n'est pas toi le problème.

Bises,
[[Céline]]""",
      "Céline"),
    V("inline-fr", "gmail_web", "fr", ["private-account", "student", "greets-pseudonym", "inline-answer"],
      ("Maxime Collard", "maxime.collard@student.uclouvain.example"),
      """Salut {pseudonym},

<<> jai 16 ans et je crois que je suis bi>>

C'est super que tu le saches déjà, et c'est normal.

<<> jai peur qu'ils me mettent dehors>>

Si ça arrive, ce n'est pas la fin : il y a des services qui accueillent les jeunes. Tu peux nous réécrire n'importe quand.

[[Max]]""",
      "Maxime", fwd="fr1", quote_style="none"),
    V("encode-cpas-logo", "outlook_desktop", "fr", ["work-account", "worker", "work-signature", "logo", "disclaimer", "disclaimer-fr", "encoded-display-name", "greets-pseudonym", "top-posted"],
      ("Géraldine Noël", "geraldine.noel@cpas-tournai.example"),
      """Bonjour {pseudonym},

Je comprends que tu aies peur de la réaction de tes parents. Tu n'as aucune obligation de leur en parler tant que tu ne te sens pas en sécurité.
Tu peux contacter un planning familial, ils reçoivent les jeunes gratuitement.

Bien à vous,
[[Géraldine]]""",
      "Géraldine", from_style="ew",
      sig="""[[Géraldine Noël]]
Psychologue – [[CPAS de Tournai]]
Ce message est strictement confidentiel.""",
      logo=("CPAS de Tournai", "inline"), identity=["Noël"]),
    V("en-bas-famille", "v11vol_thebat", "fr", ["family-account", "retiree", "greets-pseudonym", "bottom-posted", "relative-named", "wrong-account", "contact-in-text"],
      ("Famille Dumont", "famille.dumont@skynet.example"),
      """Bonjour {pseudonym},

C'est [[Bernard]], j'écris depuis l'adresse de la famille, mon adresse à moi c'est [[bernard.dumont@skynet.example]].
Ma petite-fille [[Inès]] m'a appris ce qu'était le harcèlement sur Snap, je ne connaissais pas.
Ne reste pas seule avec ça. Parles-en à tes parents ou au PMS.

[[Bernard]]""",
      "Bernard", fwd="fr2", quote_pos="above", volunteer="bernard.dumont@skynet.example"),
    V("tres-court", "iphone", "fr", ["private-account", "worker", "greets-pseudonym", "top-posted", "very-short", "client-line", "no-punctuation"],
      ("Sabrina Lopes", "sabrina.lopes@icloud.example"),
      """{pseudonym} je lis ton message ce soir tranquillement et je te réponds demain promis
tu n'es pas seule
[[Sab]]""",
      "Sabrina"),
]

# ------------------------------------------------------------------ en (10)
CASES += [
    V("working-hours-en", "outlook_web", "en", ["work-account", "worker", "work-signature", "disclaimer", "disclaimer-en", "greets-pseudonym", "top-posted", "right-to-disconnect", "new-shape"],
      ("Rachel Okafor", "rachel.okafor@eu-agency.example"),
      """Hi {pseudonym},

Thank you for trusting us with this. Being gay is not something you did wrong, and it is not your brother's news to share.
If he tells people, that says something about him, not about you.
Is there an adult, at school or in your family, who you think would be kind about it?

Take care,
[[Rachel]]""",
      "Rachel",
      sig="""[[Rachel Okafor]]
Policy Officer | [[European Youth Rights Agency]]
[[Rue Belliard 99, 1040 Brussels]]
I work flexibly: please don't feel obliged to reply outside your working hours.
This message is intended only for the named recipient and may contain confidential information."""),
    V("blood-donor-en", "v11vol_mimestream", "en", ["private-account", "retiree", "greets-pseudonym", "top-posted", "blood-donor-line", "new-shape", "sig-dash"],
      ("Graham Whitfield", "graham.whitfield@gmail.example"),
      """Dear {pseudonym},

Moving to a new country is hard, and making friends takes much longer than anyone tells you.
I moved to Leuven from Leeds at 40 and still felt lonely at times. At 14 it must be even harder.
Could you try one club or activity after school? Football, drama, chess, anything. Friendships grow from doing things together.

And your mum would probably want to know. You're not a bother.

Warm regards,""",
      "Graham",
      sig="""[[Graham Whitfield]]
Proud blood donor, 120 donations
[[+32 478 20 91 44]]""", sig_dash=True),
    V("time-difference-en", "gmail_ios", "en", ["private-account", "student", "greets-pseudonym", "top-posted", "timezone-note", "new-shape", "no-punctuation", "text-speak"],
      ("Priya Raman", "priya.raman@gmail.example"),
      """hey {pseudonym}

sorry for the late reply im on exchange in Toronto so theres a big time difference
ur brother has no right to out u
if he does its on him not u
maybe tell one person u trust first so ur not alone when it happens

hugs [[Priya]]""",
      "Priya"),
    V("of-the-year-en", "apple_mail", "en", ["work-account", "teacher", "worker", "work-signature", "greets-pseudonym", "top-posted", "award-line", "new-shape"],
      ("Daniel Hughes", "d.hughes@intschool-waterloo.example"),
      """Hi {pseudonym},

I teach at an international school, and every year I see students arrive who feel invisible for the first months. You are not invisible.
Ask your school if they have a buddy programme or a student council you can join.
And talk to your mum. She'd rather know.

Best,
[[Dan]]""",
      "Daniel",
      sig="""[[Daniel Hughes]]
Head of Year 9, [[International School of Waterloo]]
Teacher of the Year 2022"""),
    V("five-things-en", "v11vol_mailbird", "en", ["private-account", "worker", "greets-pseudonym", "top-posted", "grounding-54321", "new-shape"],
      ("Tomasz Zielinski", "tomasz.zielinski@outlook.example"),
      """Hi {pseudonym},

When the lonely feeling gets too much, this helps me:
5 things you can see
4 things you can touch
3 things you can hear
2 things you can smell
1 thing you can taste
It brings you back to the room.

And please tell your mum. Being lonely is not a bother, it's something she would want to help with.

[[Tomasz]]""",
      "Tomasz"),
    V("did-you-know-en", "v11vol_groupwise", "en", ["work-account", "worker", "work-signature", "greets-pseudonym", "top-posted", "did-you-know", "new-shape", "phone-in-sig"],
      ("Siobhan Kelly", "siobhan.kelly@ehealth-partner.example"),
      """Hello {pseudonym},

Did you know that almost one in three young people who move countries feel lonely in their first year? It's really common, even if it feels like it's only you.
Your school probably has a pupil support person. Go and say hello, that's all it takes to start.

Kind regards,
[[Siobhan]]""",
      "Siobhan",
      sig="""[[Siobhan Kelly]]
Clinical Nurse Specialist, [[Sint-Jan Hospital]] Paediatrics
Bleep [[4471]] | Tel [[+32 2 555 01 23]]"""),
    V("comfort-box-en", "ipad", "en", ["private-account", "parent", "retiree", "greets-pseudonym", "top-posted", "self-care-box", "new-shape", "relative-named", "client-line"],
      ("Margaret Doyle", "margaret.doyle@icloud.example"),
      """Dear {pseudonym},

My grandson [[Finn]] made a comfort box when his big brother was unkind to him: a hoodie, sweets, a note saying "it's not my fault".
Maybe something like that could help you too.
Your brother has no right to tell anyone. If you can, tell a teacher or another adult before he does, so you have someone on your side.

Love,
[[Margaret]]""",
      "Margaret"),
    V("seasons-greetings-en", "outlook_desktop", "en", ["work-account", "worker", "work-signature", "disclaimer", "disclaimer-en", "greets-pseudonym", "top-posted", "seasonal-greeting", "new-shape"],
      ("Oliver Grant", "oliver.grant@lawfirm-brussels.example"),
      """Hi {pseudonym},

I am sorry you're feeling alone. Starting again in a new school in a new language is one of the hardest things there is.
Small steps: say hi to one person, join one thing, tell your mum one true sentence about how you feel.

All the best,
[[Oliver]]""",
      "Oliver",
      sig="""[[Oliver Grant]]
Associate | [[Grant & Moreau LLP]]
[[Avenue Louise 250, 1050 Brussels]]
Season's greetings from all of us at [[Grant & Moreau]]!
This e-mail may contain privileged information. If you are not the intended recipient, please delete it."""),
    V("inline-en", "v11vol_fastmail", "en", ["private-account", "student", "greets-pseudonym", "inline-answer"],
      ("Chloe Martin", "chloe.martin@fastmail.example"),
      """Hi {pseudonym},

<<> im 14 and i think im gay>>

That's okay. Really. Lots of people know at 14.

<<> my brother found out and says he'll tell everyone>>

That's not his to tell. If you can, talk to someone first, so you're not alone with it.

[[Chloe]]""",
      "Chloe", fwd="en1", quote_style="none"),
    V("borrowed-en", "outlook_android", "en", ["others-account", "borrowed-account", "wrong-account", "worker", "greets-pseudonym", "top-posted", "contact-in-text", "client-line", "own-name-in-text"],
      ("Yusuf Demir", "yusuf.demir@outlook.example"),
      """Hi {pseudonym},

I'm [[Emre]], one of the volunteers. My phone died so I'm writing from my brother's phone, my own address is [[emre.demir@proton.example]].
Being lonely after a move is so normal. It took me a year to find my people in Ghent.
Try one club at school and tell your mum, okay?

[[Emre]]""",
      "Emre", volunteer="emre.demir@proton.example"),
]

EXTRA_FIRST_NAMES = frozenset({
    "Griet", "Dries", "Hilde", "Walter", "Lore", "Marc", "Annelies", "Bart", "Jeanine", "Yannick",
    "Sofie", "Ruben", "Kobe", "Evelien", "Roger", "Joke", "Luc", "Jonas", "Martine", "Karen",
    "Amber", "Tine", "Nathalie", "Ilias", "Gilbert", "Fien", "Tom", "Wout", "Ann", "Agnieszka",
    "Hans", "Ria", "Stijn", "Lotte", "Eline", "Sarah", "Arne", "Caroline", "Bram", "Maria",
    "Jarne", "Kristof", "Ward", "Hanne", "Eddy", "Inge", "Joost", "Wim", "Saskia", "Koen",
    "Vanessa", "Pieter", "Anouk", "Dieter", "Mieke", "Jan", "Liesbet", "Dennis", "Jelle", "Jos",
    "Kathleen", "Bieke", "Isabelle", "Karim", "Monique", "Antoine", "Thomas", "Julie",
    "Françoise", "Hamza", "Ana", "Céline", "Maxime", "Géraldine", "Bernard", "Sabrina", "Rachel",
    "Graham", "Priya", "Daniel", "Tomasz", "Siobhan", "Margaret", "Oliver", "Chloe", "Emre",
})
