"""Hand-written bodies of part `volunteer` of the thirteenth held-out relay-text corpus.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span, <<...>> around what is
neither content nor identity (a `#thema:` line, lines quoted by hand), {pseudonym} where the
volunteer greets the conversation. Policies applied are named in a case's tags where a case turns
on one (P3: a volunteer's relatives are identity; "pet-content": a pet is no relative and stays
content; "sig-block": every line of a signature block is identity).
"""

# ruff: noqa: E501  (the bodies keep the lines the volunteers typed, however long)

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Griet", "Jasper", "Ilse", "Koen", "Yasmina", "Arne", "Mireille", "Bram", "Hanne", "Tuur",
    "Marleen", "Rik", "Soetkin", "Wout", "Nele", "Femke", "Dries", "Lotte", "Emiel", "Ruth",
    "Sofie", "Pieter", "Ayoub", "Kato", "Jef", "Hilde", "Lucas", "Maud", "Warre", "Elise",
})

QUOTES = {
    "slaap": "ik slaap al weken slecht en ik pieker de hele nacht over de examens\n"
             "mijn mama zegt dat ik me aanstel\nik ben 16",
    "pest": "ze lachen me uit in de klas omdat ik stotter\nik wil niet meer naar school\n"
            "wat moet ik doen",
    "coming": "ik denk dat ik op meisjes val maar ik durf het aan niemand te zeggen\n"
              "mijn ouders zijn best streng gelovig",
    "thuis": "mijn ouders maken elke avond ruzie en ik zit dan op mijn kamer met oortjes in\n"
             "soms wil ik gewoon weg",
    "lief": "mijn lief wil altijd weten waar ik ben en kijkt mijn gsm na\nis dat normaal?",
    "gender": "ik voel me geen jongen en ook geen meisje\nhoe zeg ik dat tegen mijn mama",
    "pijn": "ik heb mezelf weer pijn gedaan gisteren\nniemand weet het\nik wil stoppen maar lukt niet",
    "vriend": "mijn beste vriendin praat niet meer tegen me sinds ze een nieuwe groep heeft\n"
              "ik zit elke middag alleen",
    "harcel": "on m'insulte sur le groupe snap de la classe\nj'ai 14 ans et j'ose pas le dire",
    "famille": "mon beau-père crie tout le temps et ma mère dit rien\nje sais pas quoi faire",
    "genre": "je pense que je suis non-binaire mais je sais pas comment en parler à mes parents",
    "lonely": "i moved to belgium last year and i have no friends at school\n"
              "everyone already has their group",
    "panic": "i get panic attacks before tests and my heart goes crazy\nwhat can i do",
    "out": "my dad found out i'm gay from my phone and now he doesn't talk to me",
}


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      nickname: str, q: str, **kw: object) -> Case:
    """One volunteer's answer to the forward of conversation `q`."""
    note_lang = str(kw.pop("note_lang", lang))
    return Case(slug=f"h13v-{slug}", direction="volunteer", shape=shape, lang=lang,
                tags=["greets-pseudonym", *tags], sender=sender, body=body, quote=QUOTES[q],
                note_lang=note_lang, nickname=nickname, **kw)  # type: ignore[arg-type]


CASES: list[Case] = []

# ---------------------------------------------------------------- 1-15
CASES += [
    V("ademen-kot", "gmail_android", "nl",
      ["new-shape", "breathing-count", "private-account", "student", "age-19", "tussentaal",
       "top-posted", "signed-name"],
      ("Jasper Wuyts", "jasper.wuyts@kotmail.example"),
      """Hey {pseudonym}

Da ge u aanstelt is echt nie waar he, weken slecht slapen is zwaar en examens maken da nog erger.
Ik zit zelf in mijn tweede bach en ik ken da gevoel van om 3u nog naar het plafond te liggen staren.

Iets wat mij echt geholpen heeft, klinkt wat raar maar probeer het:
adem in door uw neus en tel tot vier
houd het vast en tel tot zeven
blaas langzaam uit door uw mond en tel tot acht
da heet de 4-7-8 manier, doe da een keer of vier na elkaar in uw bed

En leg uw gsm een half uur voor ge gaat slapen in een andere kamer, ik weet het, saai, maar het werkt.
Als het piekeren blijft mag ge altijd terug schrijven, ook midden in de nacht, dan lezen we het de dag erna.

Slaapwel (echt)
[[Jasper]]""",
      "Jasper", "slaap"),
    V("grounding-verpleging", "outlook_desktop", "nl",
      ["new-shape", "grounding-54321", "night-shift", "work-account", "worker", "age-34",
       "work-signature", "disclaimer", "top-posted", "sig-block"],
      ("Vandenbroucke Ilse (AZ Sint-Rembert)", "ilse.vandenbroucke@azsintrembert.example"),
      """Dag {pseudonym},

Ik lees je bericht net na mijn nachtdienst, dus excuses als het wat kort door de bocht is.

Wat je beschrijft, dat piekeren als alles stil is, dat herken ik van veel jongeren. Je hoofd krijgt dan eindelijk ruimte en gebruikt ze meteen helemaal.
Een oefening die we op de afdeling vaak meegeven is de 5-4-3-2-1:
- 5 dingen die je ziet
- 4 dingen die je voelt (het laken, je voeten, ...)
- 3 dingen die je hoort
- 2 dingen die je ruikt
- 1 ding dat je proeft
Zeg ze gerust half luidop. Het haalt je even uit je gedachten en terug in je kamer.

En over je mama: misschien ziet ze niet hoe moe je bent. Zou je het eens op een rustig moment willen vertellen, of opschrijven in een briefje?

Veel moed met de examens,
[[Ilse]]""",
      "Ilse", "slaap",
      sig="""[[Ilse Vandenbroucke]]
[[Verpleegkundige | Dienst Geriatrie]]
[[AZ Sint-Rembert]]
[[Koningin Astridlaan 10, 8200 Brugge]]
[[T 050 40 22 18]]""",
      identity=[]),
    V("recall-pesten", "outlook_desktop", "nl",
      ["new-shape", "recall-line", "work-account", "worker", "age-47", "top-posted",
       "work-signature", "own-name-in-text"],
      ("Koen Baert", "koen.baert@drukkerijbaert.example"),
      """<<Koen Baert wil het bericht "RE: [{pseudonym}]" intrekken.>>

Hallo {pseudonym},

Vorige mail was per ongeluk al weg voor ik klaar was, sorry, hier de volledige versie.

Stotteren is niets om je voor te schamen, en uitlachen is gewoon pesten. Punt. Dat is niet jouw fout.
Ik stotterde zelf tot mijn twintigste en ik weet nog hoe ik in de klas dingen niet vroeg, zodat niemand het zou horen.
Wat mij hielp: één leerkracht die het wist en die zorgde dat ik niet plots de beurt kreeg.
Is er iemand op school die jij vertrouwt? Een leerkracht, de leerlingbegeleider, het CLB?
Je mag ook een logopedist vragen, die kennen dit en weten hoe ze met de klas kunnen praten.

Niet meer naar school willen is een signaal dat het te zwaar is. Zeg dat ook aan iemand thuis, desnoods met deze mail erbij.

Groeten,
[[Koen]]""",
      "Koen", "pest",
      sig="""[[Koen Baert]]
[[Zaakvoerder – Drukkerij Baert bv]]
[[Molenstraat 3, 9940 Evergem]]"""),
    V("cokot-samen", "gmail_web", "nl",
      ["new-shape", "co-written", "shared-account", "student", "age-21", "top-posted",
       "own-name-in-text", "emoji"],
      ("Kot Veldstraat 12", "kot.veldstraat12@kotmail.example"),
      """Hoi {pseudonym}!

Deze mail is samen geschreven, door [[Lotte]] en [[Wout]], we zijn allebei vrijwilliger en toevallig kotgenoten 🙂 ([[Wout]] typt, [[Lotte]] dicteert en eet chips)

Wat je schrijft over op meisjes vallen: dat is oké. Echt. Er is niks mis met jou.
Je hoeft het ook niet meteen aan iedereen te zeggen. Jij beslist wie het mag weten en wanneer.
Met strenge gelovige ouders kan het slim zijn om eerst iemand anders te zoeken om mee te praten: een vriendin, een tante, iemand van een holebi-jongerengroep.
Veel gelovige jongeren vallen op hetzelfde geslacht, en er zijn zelfs groepen speciaal voor hen, ook in Vlaanderen.

Neem je tijd. Je bent niet te laat en niet te vroeg.

Liefs van ons twee 💛
(schrijf gerust terug, we lezen alles)""",
      "Lotte", "coming", volunteer="lotte.desmedt@vrijwilligers.example",
      headers=[("Reply-To", "lotte.desmedt@vrijwilligers.example")],
      identity=["lotte.desmedt@vrijwilligers.example"]),
    V("batterij-bus", "iphone", "nl",
      ["new-shape", "battery-low", "private-account", "worker", "age-28", "no-punctuation",
       "client-line", "top-posted", "typos"],
      ("Dries", "dries.m@icloudmail.example"),
      """hey {pseudonym}
snel want mijn batterij staat op 4 procent en ik zit op de bus
wat je lief doet is NIET normaal
je gsm nakijken en altijd willen weten waar je bent dat is controle geen liefde
iemand die je graag ziet vertrouwt je
ik wil je niet bang maken maar ik wil het wel duidelijk zeggen
praat er met iemand over die je vertrouwt en bekijk eens de site van de relatiehulplijn of bel 1712
ik schrijf vanavond uitgebreider als mn gsm terug opgeladen is beloofd
hou je goed""",
      "Dries", "lief"),
    V("tijdsverschil-erasmus", "gmail_ios", "nl",
      ["new-shape", "timezone-abroad", "private-account", "student", "age-22", "top-posted",
       "emoji", "long"],
      ("Hanne Coppens", "hanne.coppens@mailbox.example"),
      """Dag {pseudonym},

Ik zit dit semester op Erasmus in Montréal, dus met zes uur tijdsverschil lees ik je bericht hier over de middag terwijl het bij jou al avond is. Raar idee dat je nu misschien in je kamer zit met die oortjes in.

Ik wil eerst zeggen: het is heel normaal dat je weg wil als het thuis elke avond ruzie is. Dat is geen gek gevoel, dat is je lijf dat zegt dat het te veel is.
Wat je ouders doen, is hun ruzie. Het is niet jouw taak om het op te lossen, en het is ook niet jouw schuld.

Een paar dingen die je kan proberen:
1. Zoek een plek buiten je kamer waar je even kan ademen: een vriendin, grootouders, de jeugdbib, een sportclub.
2. Vertel het aan één volwassene buiten je gezin. Op school bijvoorbeeld, of bij het CLB.
3. Als de ruzies gevaarlijk worden, als er geduwd of geslagen wordt, bel 1712. Dat is gratis en anoniem.

En die oortjes: goed idee eigenlijk. Maak een playlist die je rustig maakt, en eentje die je boos mag maken. Beide mogen.

Schrijf gerust terug, ook als het gewoon is om te zeggen hoe je avond was. Hier is het dan ochtend 🌍

Warme groet,
[[Hanne]]""",
      "Hanne", "thuis"),
    V("screenreader-gepensioneerd", "thunderbird", "nl",
      ["new-shape", "screen-reader", "private-account", "retiree", "age-71", "top-posted",
       "signed-name", "sig-dash", "sig-block"],
      ("Rik Goossens", "rik.goossens@telenetmail.example"),
      """Beste {pseudonym},

Ik ben blind en lees en schrijf met een schermlezer, dus vergeef me als er hier of daar een vreemd woord staat dat de computer verkeerd heeft begrepen.

Je vriendin die plots niet meer met je praat: dat doet pijn, en alleen zitten over de middag maakt het elke dag opnieuw zichtbaar.
Vriendschappen veranderen soms, vooral op jouw leeftijd. Dat zegt niets over wat jij waard bent.
Misschien kan je haar één keer rustig vragen wat er gebeurd is, zonder verwijten. Een kort berichtje kan al genoeg zijn.
En zoek intussen ook één plek waar je anderen tegenkomt: een club, de speelplaats-werking, een muziekles.

Ik ben zelf als jongen lang alleen geweest op school, en de vriend die ik toen op het schaakclubje vond, zie ik vandaag nog.

Met vriendelijke groet,
[[Rik]]""",
      "Rik", "vriend", sig_dash=True,
      sig="""[[Rik Goossens]]
[[Lindenlei 40 bus 2, 2100 Deurne]]"""),
    V("harcelement-fr-teams", "outlook_web", "fr",
      ["new-shape", "reaction-line", "work-account", "worker", "age-39", "top-posted",
       "work-signature", "disclaimer-fr", "sig-block"],
      ("Mireille Lambotte", "m.lambotte@cpas-fontaine.example"),
      """<<Mireille Lambotte a réagi à votre message : 👍>>

Bonjour {pseudonym},

Merci d'avoir osé écrire. Ce qui se passe sur le groupe Snap, c'est du harcèlement, même si c'est « juste des messages ».
Tu n'as rien fait pour mériter ça.

Quelques idées :
- fais des captures d'écran des messages, avec la date, et garde-les quelque part ;
- tu peux quitter le groupe, ou le mettre en sourdine, pour respirer un peu ;
- parle à un adulte de l'école : éducateur, prof, centre PMS. Avec les captures, ils doivent agir ;
- tu peux aussi appeler le 103, c'est gratuit et on ne te jugera pas.

Je sais que « le dire » fait peur, surtout à 14 ans. Mais tu n'es pas obligé·e de le faire seul·e : tu peux venir avec un ami, ou montrer ce mail.

Courage, et réécris-nous quand tu veux.
[[Mireille]]""",
      "Mireille", "harcel",
      sig="""[[Mireille Lambotte]]
[[Assistante sociale – Service jeunesse]]
[[CPAS de Fontaine-Haute]]
[[Rue du Centre 14, 4000 Fontaine-Haute]]""",
      headers=[]),
    V("kat-toetsenbord", "apple_mail", "nl",
      ["new-shape", "cat-on-keyboard", "pet-content", "private-account", "worker", "age-41",
       "top-posted", "signed-name"],
      ("Soetkin Maes", "soetkin@maesthuis.example"),
      """Dag {pseudonym},

jjjjjjjjjjjjjjjjjjjjkkkkk
(sorry, de kat liep net over mijn toetsenbord, ik laat het staan, hij wou blijkbaar ook iets zeggen)

Wat je schrijft over je lief raakt me. Iemand die je gsm nakijkt en altijd wil weten waar je bent, doet dat vaak uit jaloezie of angst, maar dat maakt het niet oké.
In een goede relatie mag je een eigen leven hebben: vrienden, geheimen, tijd alleen.
Vraag jezelf eens af: voel ik me vrij bij hem of haar, of ben ik vooral bezig met niet boos maken?

Als je twijfelt, kan je het eens bespreken met een vriend of iemand van het CLB. En op de site van Lumi staat een lijstje "groene en rode vlaggen" in relaties, misschien herken je er dingen in.

Knuffel van mij en een kopstoot van Moustache (de kat),
[[Soetkin]]""",
      "Soetkin", "lief"),
    V("gender-gboard-winlive", "v13vol_winlive", "nl",
      ["new-shape", "late-answer-apology", "family-account", "retiree", "age-66",
       "top-posted", "relative-named", "P3", "own-name-in-text"],
      ("Familie Verhaeghe", "fam.verhaeghe@skynetmail.example"),
      """Dag {pseudonym},

Eerst: sorry voor het late antwoord, ik was een weekje bij mijn kleindochter [[Roos]] in Leuven en had mijn computer niet mee.

Je schrijft dat je je geen jongen en geen meisje voelt. Dat bestaat, en er zijn woorden voor, zoals non-binair. Je hoeft er nog geen te kiezen als je niet wil.
Het is moedig dat je het aan je mama wil vertellen. Een paar tips van een oude vrouw die er zelf veel over bijgeleerd heeft:
- kies een rustig moment, niet midden in een drukke ochtend
- je mag beginnen met "ik wil je iets vertellen en ik wil dat je eerst gewoon luistert"
- geef haar tijd: soms reageren ouders eerst onhandig en komen ze later terug
- je mag ook een brief schrijven, dat is minder eng dan oog in oog

Veel sterkte.
Groetjes van [[Marleen]]""",
      "Marleen", "gender", volunteer="marleen.verhaeghe@vrijwilligers.example",
      identity=["marleen.verhaeghe@vrijwilligers.example"],
      headers=[("Reply-To", "marleen.verhaeghe@vrijwilligers.example")]),
    V("oneliner-pijn", "samsung", "nl",
      ["very-short", "private-account", "worker", "age-52", "client-line", "top-posted",
       "no-punctuation"],
      ("Hilde V.", "hildev52@mailbox.example"),
      """{pseudonym} ik lees je en ik ben er, bel vannacht gerust 1813 als het te zwaar wordt, morgen schrijf ik langer""",
      "Hilde", "pijn"),
    V("psalm-pastor", "v13vol_emclient", "nl",
      ["new-shape", "scripture-line", "work-account", "worker", "age-58", "top-posted",
       "work-signature", "sig-block"],
      ("Pieter De Wilde", "pieter.dewilde@protestantsekerk-aalst.example"),
      """Beste {pseudonym},

Dank je om je zo open te delen. Je schrijft dat je ouders streng gelovig zijn en dat je daarom bang bent om te vertellen dat je op meisjes valt.
Ik ben zelf voorganger in een kerk, dus ik ken die wereld van binnenuit. Ik wil je dit meegeven: je bent goed zoals je gemaakt bent.

Er is een vers dat ik vaak aan jongeren geef, uit Psalm 139: "Ik loof U, omdat ik zo ontzagwekkend wonderlijk gemaakt ben."
Dat geldt voor jou, helemaal, ook voor wie je graag ziet.

Niet alle gelovigen denken zoals je ouders. Er bestaan gelovige holebi-groepen waar jongeren elkaar vinden. Als je wil, zoek ik er eentje in jouw buurt voor je op.

Je hoeft je ouders niets te vertellen voor je klaar bent. Veiligheid gaat voor.

Met hartelijke groet,
[[Pieter]]""",
      "Pieter", "coming",
      sig="""[[ds. Pieter De Wilde]]
[[Protestantse Kerk Aalst – Pastorie]]
[[Kerkstraat 22, 9300 Aalst]]
[[053 21 44 90]]"""),
    V("lonely-expat", "gmail_web", "en",
      ["new-shape", "foreign-word", "private-account", "worker", "age-31", "top-posted",
       "mixed-language"],
      ("Ruth Okafor", "ruth.okafor@mailbox.example"),
      """Hi {pseudonym},

I really get this one. I moved to Ghent from Lagos when I was fifteen, and the first year I ate lunch in the toilets more than once.

A few things that helped me, and that might help you:
- groups are easier to join through something you do together: a club, a choir, the school newspaper, a coding workshop. You don't need to talk much, you just show up every week.
- one person is enough to start. Look for the other kid who is also a bit on the outside.
- learning a few Dutch jokes helped me more than all the grammar. People laugh, and suddenly you're in.

The Danes have a word, hygge, for that cosy feeling of being with people. It takes time to build, but it comes.

Also: it's fine to feel lonely and sad about what you left behind. Both can be true at the same time.

Write back anytime,
[[Ruth]]""",
      "Ruth", "lonely"),
    V("famille-fr-bottom", "v13vol_airmail", "fr",
      ["bottom-posted", "private-account", "parent", "age-44", "client-line", "signed-name"],
      ("Yasmina Bouzidi", "yasmina.bouzidi@mailbox.example"),
      """Bonjour {pseudonym},

Ce que tu vis, un beau-père qui crie tout le temps et une mère qui ne dit rien, c'est lourd. Tu as le droit de te sentir en colère, ou perdu·e, ou les deux.

Est-ce qu'il y a un endroit où tu te sens en sécurité ? Chez une grand-mère, un copain, à l'école ?
Si les cris deviennent des coups ou des menaces, appelle le 103 ou le 112. Ce n'est pas « exagérer ».
Tu peux aussi en parler au centre PMS de ton école : ils peuvent parler avec ta mère, sans que ce soit toi qui dois tout porter.

Et ta mère ne dit peut-être rien parce qu'elle a peur aussi. Ce n'est pas une excuse, mais c'est possible.

Je t'embrasse,
[[Yasmina]]""",
      "Yasmina", "famille", quote_pos="above"),
    V("inline-panic", "thunderbird", "en",
      ["inline-answer", "private-account", "student", "age-24", "no-display-name"],
      ("", "m.verbeke@studentmail.example"),
      """Hey {pseudonym},

<<> i get panic attacks before tests>>

That's so common, and so horrible. You're not weak for having them. Your body thinks there is a tiger in the room, and a maths test looks like one to it.

<<> and my heart goes crazy>>

That racing heart is adrenaline. It feels dangerous but it isn't: it always comes down again, usually within ten minutes. Knowing that helps some people already.

<<> what can i do>>

Before the test: slow breathing, out longer than in. Walk around the block.
During: feet flat on the floor, press them down, notice the chair under you.
And tell your teacher or the school nurse. Many schools let you sit near the door or start a few minutes earlier.
If it happens a lot, a doctor or a psychologist can really help, there's good treatment for this.

Good luck!
[[M.]]""",
      "Mats", "panic", quote_style="none", identity=["M."]),
]

# ---------------------------------------------------------------- 16-30
CASES += [
    V("autocrypt-ict", "thunderbird", "nl",
      ["new-shape", "autocrypt-header", "private-account", "worker", "age-37", "top-posted",
       "sig-dash", "sig-block", "thema-line"],
      ("Arne Vlaeminck", "arne@vlaeminck.example"),
      """Hoi {pseudonym},

Wat jij beschrijft, je zelf pijn doen en willen stoppen maar het niet kunnen: dat is geen zwakte. Het is vaak een manier die je lichaam gevonden heeft om met iets ondraaglijks om te gaan. Dat je wil stoppen, is al een grote stap.

Een paar dingen die anderen helpen om de drang te overbruggen:
ijsblokje in je hand houden tot het smelt
met rode stift lijnen tekenen waar je zou snijden
tien minuten wachten met een timer, en dan opnieuw kijken
heel hard op een kussen slaan of schreeuwen in je kussen

Maar echt: vertel het aan één iemand. Een huisarts mag niets doorvertellen aan je ouders als jij dat niet wil, zeker niet vanaf je 12 à 14 jaar, dat heet beroepsgeheim.
En verzorg de wondjes goed. Als iets diep is of niet stopt met bloeden: naar de spoed, altijd.

Je mag hier terugschrijven wanneer je wil.
<<#thema: welzijn>>
[[Arne]]""",
      "Arne", "pijn", sig_dash=True,
      sig="""[[Arne Vlaeminck]]
[[https://arne.vlaeminck.example]]""",
      headers=[("Autocrypt", "addr=arne@vlaeminck.example; prefer-encrypt=mutual; keydata=\n"
                " mDMEZ8bQ9xYJKwYBBAHaRw8BAQdAq3p1x0T7m2ZbL4d5bcr0n2Sx8yQvK1mH5W0Zr3Yq6Le0HkFybmUg")]),
    V("importance-school", "outlook_desktop", "nl",
      ["new-shape", "importance-header", "work-account", "teacher", "age-45", "top-posted",
       "work-signature", "disclaimer", "sig-block"],
      ("Van Acker Sofie", "sofie.vanacker@sintjozefscollege.example"),
      """Dag {pseudonym},

Ik ben leerkracht in een middelbare school, dus ik zie jammer genoeg elke week hoe snel uitlachen in een klas kan gaan. En ik weet ook hoe weinig leerkrachten soms merken.
Daarom: je leerkrachten weten het waarschijnlijk niet, of ze onderschatten het. Dat is niet jouw fout, maar het betekent wel dat iemand het hen moet zeggen.

Wat je kan doen:
• schrijf op wat er gebeurt, wanneer en wie erbij was
• ga naar je klastitularis of de leerlingbegeleiding en toon dat lijstje
• vraag of ze een klasgesprek of een no-blame-aanpak willen doen, waarbij niemand gestraft wordt maar de groep wel moet helpen
• betrek je ouders, ook als je denkt dat ze niet moeten weten dat het zo erg is

Niet meer naar school willen is heel begrijpelijk. Maar thuis blijven lost het pesten niet op, het maakt het vaak groter. Laat je helpen, daar zijn wij (en collega's van mij) voor.

Sterkte,
[[Sofie]]""",
      "Sofie", "pest",
      sig="""[[Sofie Van Acker]]
[[Leerkracht Nederlands en Engels – 2de graad]]
[[Sint-Jozefscollege]]
[[Collegestraat 7, 2440 Geel]]""",
      headers=[("Importance", "high"), ("X-MS-Has-Attach", "")]),
    V("html-only-kleur", "outlook_web", "nl",
      ["html-only", "private-account", "student", "age-20", "top-posted", "emoji"],
      ("Femke Aerts", "femke.aerts@hotmail.example"),
      """Heyy {pseudonym} 🌈

Jij schreef dat je je geen jongen en ook geen meisje voelt, en dat je niet weet hoe je dat tegen je mama moet zeggen.
Eerst: dat is helemaal oké!! Ik ben zelf non-binair en ik was 15 toen ik het tegen mijn mama zei.

Wat bij mij hielp:
✨ ik heb eerst een filmpje van een andere non-binaire persoon laten zien en gevraagd wat zij ervan vond
✨ zo wist ik een beetje hoe ze zou reageren
✨ daarna zei ik "dat ben ik eigenlijk ook"

Ze was eerst stil, en daarna had ze veel vragen. Dat was oké. Ouders hebben soms gewoon tijd nodig.

Je kan ook eens gaan kijken bij een jongerengroep voor trans en non-binaire jongeren, daar zitten mensen die precies hetzelfde meemaken 💜

x [[Femke]]""",
      "Femke", "gender", html="only"),
    V("fwd-for-header", "gmail_web", "nl",
      ["new-shape", "forwarded-for-header", "private-account", "worker", "age-29",
       "top-posted", "tussentaal", "signed-name"],
      ("Bram Jacobs", "bram.jacobs84@gmail.example"),
      """Hallo {pseudonym},

Kzie dat ge het thuis echt moeilijk hebt. Elke avond ruzie horen is uitputtend, ook al gaat het niet over u.
Ik ben zelf opgegroeid in zo'n huis. Wat ik toen niet wist en nu wel: er zijn mensen die u kunnen helpen zonder dat uw ouders boos worden op u.

Bijvoorbeeld het CLB van uw school, of een JAC in uw stad, daar kunt ge gewoon binnenlopen.
En als ge 's avonds weg wilt: zeg tegen iemand waar ge naartoe gaat, en ga naar iemand die ge vertrouwt, niet zomaar de straat op.

Hebt ge broers of zussen? Soms helpt het om samen te praten over hoe het voelt.

Laat gerust iets weten.
Groetjes, [[Bram]]""",
      "Bram", "thuis", volunteer="bram@jacobs-thuis.example",
      headers=[("X-Forwarded-To", "bram.jacobs84@gmail.example"),
               ("X-Forwarded-For", "bram@jacobs-thuis.example bram.jacobs84@gmail.example")],
      identity=["bram@jacobs-thuis.example"]),
    V("list-id-team", "webmail", "nl",
      ["new-shape", "list-headers", "shared-account", "worker", "age-33", "top-posted",
       "signed-name", "own-name-in-text"],
      ("Vrijwilligersteam Kessel-Lo", "team.kessello@vrijwilligers.example"),
      """Dag {pseudonym},

Ik ben [[Tuur]], ik antwoord vanuit het gedeelde adres van ons team, dus schrik niet van de naam bovenaan.

Je beste vriendin die plots bij een andere groep zit: dat is echt een gemis. Zeker als je dan elke middag alleen zit, voelt de school opeens heel groot.
Ik denk dat je twee dingen tegelijk mag doen: verdrietig zijn om haar, en intussen kleine stapjes zetten naar anderen.
Je kan in de refter eens vragen of je bij iemand mag aanschuiven, of op de middag naar een activiteit gaan (bib, sport, een club).
Eén iemand is genoeg om de middag minder lang te maken.

En misschien komt ze ooit terug, misschien niet. Dat ligt niet helemaal in jouw handen.

Groetjes,
[[Tuur H.]]""",
      "Tuur", "vriend", volunteer="tuur.hermans@vrijwilligers.example",
      headers=[("List-Id", "Vrijwilligers Kessel-Lo <team-kessello.lijsten.vrijwilligers.example>"),
               ("Sender", "Tuur Hermans <tuur.hermans@vrijwilligers.example>")],
      identity=["Tuur Hermans", "Hermans", "tuur.hermans@vrijwilligers.example",
                "team-kessello.lijsten.vrijwilligers.example"]),
    V("google-groups", "gmail_web", "fr",
      ["new-shape", "google-groups-footer", "shared-account", "retiree", "age-69",
       "top-posted", "signed-name"],
      ("Bénévoles Namur", "lumi-namur@googlegroups.example"),
      """Bonjour {pseudonym},

Tu n'es pas obligé·e de tout expliquer d'un coup. Te dire non-binaire à toi-même, c'est déjà un grand pas.
Avec tes parents, tu peux commencer petit : leur parler d'un film, d'une série, d'une personne connue, et voir comment ils réagissent.
Tu peux aussi demander à une personne de confiance d'être là quand tu leur parles.
Et si tu n'es pas prêt·e, ce n'est pas grave. Ton identité est valable même si personne d'autre ne la connaît encore.

J'ai été institutrice pendant quarante ans. J'ai vu des enfants qui ne rentraient dans aucune case, et je les ai vus devenir des adultes heureux, souvent parce qu'une seule personne autour d'eux avait dit : « Je te crois. » Alors je te le dis : je te crois.

Je t'envoie plein de courage,
[[Jacqueline]]

<<--
Vous recevez ce message, car vous êtes abonné au groupe Google Groups "Lumi bénévoles Namur".
Pour vous désabonner de ce groupe, envoyez un e-mail à lumi-namur+unsubscribe@googlegroups.example.>>""",
      "Jacqueline", "genre", volunteer="jacqueline.henrard@vrijwilligers.example",
      headers=[("Sender", "lumi-namur@googlegroups.example"),
               ("X-Original-Sender", "jacqueline.henrard@vrijwilligers.example")],
      identity=["jacqueline.henrard@vrijwilligers.example",
                "lumi-namur+unsubscribe@googlegroups.example"]),
    V("partner-account-fr", "yahoo", "fr",
      ["others-account", "wrong-account", "partner-account", "worker", "age-50",
       "top-posted", "relative-named", "P3", "own-name-in-text", "contact-in-text"],
      ("Didier Lejeune", "didier.lejeune@yahoo.example"),
      """Bonjour {pseudonym},

Je t'écris depuis la boîte de mon mari, la mienne ne veut plus s'ouvrir ce soir (mon adresse à moi, c'est [[christine.lejeune@vrijwilligers.example]]).

Quand on t'insulte sur un groupe de classe, ça te suit jusque dans ton lit, et c'est épuisant. Tu as raison de chercher de l'aide.
Garde des preuves, bloque les personnes qui t'insultent, et parle-en à un adulte de l'école.
Le harcèlement en ligne, c'est puni par la loi. Tu peux aussi signaler les messages à Snapchat.

À ton âge, ma fille [[Amélie]] a vécu la même chose. Ce qui l'a aidée, c'est une éducatrice qui a convoqué les élèves un par un.

Courage,
[[Christine]]""",
      "Christine", "harcel", volunteer="christine.lejeune@vrijwilligers.example"),
    V("encoded-walloon-pms", "v13vol_zoho", "fr",
      ["new-shape", "translate-note", "private-account", "worker", "age-27",
       "encoded-display-name", "top-posted", "mixed-language"],
      ("Zoë Lefèvre-Nguyễn", "zoe.lefevre@zohomail.example"),
      """Hello {pseudonym},

Je suis néerlandophone à la base, j'ai relu ce message avec Google Translate, donc pardon si certaines phrases sonnent bizarre.

Ce que tu vis avec ton beau-père, c'est pas normal. Crier tout le temps, c'est une forme de violence, même sans coups.
Ta maman ne dit rien, peut-être parce qu'elle a peur, peut-être parce qu'elle ne sait pas quoi faire. Toi non plus tu ne dois pas savoir.
Tu peux en parler au centre PMS, à un prof, ou appeler le 103 (Écoute-Enfants), même la nuit ce n'est pas fermé.

Et fais quelque chose de bien pour toi aujourd'hui, même petit. Je pense à toi.

[[Zoë]]""",
      "Zoë", "famille", from_style="ew"),
    V("dialect-voice", "samsung", "nl",
      ["voice-to-text", "dialect", "private-account", "retiree", "age-74", "client-line",
       "top-posted", "no-punctuation", "typos"],
      ("Jef Meulemans", "jef.meulemans@skynetmail.example"),
      """dag {pseudonym} ik spreek dit in want mijn vingers zijn te dik voor die kleine toetsen
ik heb uwe mail gelezen over uw vriendin die nie meer tegen u klapt
da is spijtig en da doet pijn da weet ik nog van toen ik jong was
maar allee ge zijt nie alleen op de wereld ook al voelt da nu zo
probeer eens bij de jeugdbeweging of bij de voetbal of bij de muziekschool
daar leer de mensen kennen zonder da ge veel moet zeggen
en uw vriendin misschien komt ze terug en misschien nie en da is dan haar verlies punt
veel groeten van [[Jef]]
nee niet punt zeggen ach ja laat maar staan""",
      "Jef", "vriend"),
    V("inline-coming-partner", "apple_mail", "nl",
      ["inline-answer", "private-account", "worker", "age-36", "signed-name"],
      ("Emiel Desmet", "emiel.desmet@icloudmail.example"),
      """Hoi {pseudonym},

<<> ik denk dat ik op meisjes val>>

Dat mag. Dat "denk" ook: je hoeft het nog niet zeker te weten, het mag groeien.

<<> maar ik durf het aan niemand te zeggen>>

Je hoeft ook nog niemand iets te zeggen. Maar soms lucht het op om het één persoon te vertellen, iemand die er niet direct iets van vindt. Dat mogen wij ook zijn: je hebt het ons nu al verteld, eigenlijk.

<<> mijn ouders zijn best streng gelovig>>

Dan is het slim om eerst een veilige plek te zoeken voor jezelf. Er bestaan online en in het echt groepen voor jongeren die holebi zijn en uit een gelovig gezin komen. Daar vind je mensen die weten hoe het is om tussen twee werelden te zitten.

Groet,
[[Emiel]]""",
      "Emiel", "coming", quote_style="none"),
    V("kaomoji-student", "v13vol_fastmail", "en",
      ["new-shape", "kaomoji", "private-account", "student", "age-18", "top-posted",
       "no-punctuation"],
      ("Lucas Ferreira", "lucas@ferreira.fastmail.example"),
      r"""hey {pseudonym}

ok first of all your dad finding out like that is not how it should have gone ¯\_(ツ)_/¯ that was your story to tell
im 18 and gay and my mum found out from my laptop history lol so yeah i kinda know the silence thing

what helped me
giving it time (weeks not days sadly)
writing my mum a short note saying i still love her and im still me
having one friend i could rant to every evening

if your dad gets aggressive or threatens to kick you out thats different and then you need to talk to someone at school or call a helpline straight away

youre not doing anything wrong by being you

[[lucas]]""",
      "Lucas", "out"),
    V("strava-sig", "gmail_android", "nl",
      ["new-shape", "strava-sig", "private-account", "worker", "age-43", "top-posted",
       "sig-block", "emoji"],
      ("Wout Claeys", "wout.claeys@gmail.example"),
      """Dag {pseudonym}!

Kort maar gemeend, want ik vertrek zo naar de training.
Ik lees dat je niet meer naar school wil omdat ze je uitlachen met je stotteren. Dat is echt pesten, en niemand verdient dat.
Weet je dat er veel bekende mensen stotteren? Zangers, acteurs, politici. Het zegt niets over hoe slim of grappig je bent.

Twee dingen voor vandaag:
👉 zeg het tegen één volwassene op school
👉 doe iets na school waar niemand je uitlacht: sporten, gamen met een vriend, tekenen

Lopen is mijn manier om mijn hoofd leeg te maken, misschien vind jij ook zoiets.
En als je ooit wil oefenen hoe je het aan een leerkracht vertelt: schrijf het ons eerst, dan kijken we samen naar je zinnen. Op papier stotter je niet, en je mag het gewoon voorlezen of afgeven.

Groeten!""",
      "Wout", "pest",
      sig="""[[Wout Claeys]]
[[🏃 Strava: strava.example/athletes/wout-claeys-ninove]]
[[Ninove Road Runners]]"""),
    V("english-work-ice", "outlook_mobile", "en",
      ["new-shape", "ice-line", "work-account", "worker", "age-55", "top-posted",
       "client-line", "sig-block", "work-signature"],
      ("Oyelaran, Kemi", "k.oyelaran@eurotransit.example"),
      """Hello {pseudonym},

I'm sorry you're going through this. Having a panic attack before a test doesn't mean you're bad at school, or that something is wrong with you. Lots of people have them, including grown-ups in serious jobs like mine.

Try this the next time you feel it coming:
breathe out slowly, as if you're blowing through a straw
put your hand on your belly and feel it move
name five blue things in the room

After the test, be kind to yourself. Don't replay it over and over.
If these attacks come often, please tell your parents or a doctor. It is very treatable, and you shouldn't have to get through every exam like this.

Take care,
[[Kemi]]""",
      "Kemi", "panic",
      sig="""[[Kemi Oyelaran]]
[[Safety Officer | EuroTransit Rail Operations]]
[[ICE: Tunde Oyelaran +32 470 55 81 20]]"""),
    V("thuis-bottom-kort", "iphone", "nl",
      ["bottom-posted", "private-account", "parent", "age-39", "client-line", "signed-name"],
      ("Griet Martens", "griet.martens@icloudmail.example"),
      """Dag {pseudonym},

Wat een zware avonden moeten dat zijn. Je hoeft dat niet in je eentje te dragen.
Wil je ons eens vertellen of er iemand is bij wie je terecht kan als het thuis te veel wordt? Een buur, een oma, de ouders van een vriend?
Dan kunnen we samen nadenken over een plan voor zo'n avond.

Liefs,
[[Griet]]""",
      "Griet", "thuis", quote_pos="above"),
    V("crlf-outlook-express", "v13vol_outlook_express", "nl",
      ["crlf", "private-account", "retiree", "age-80", "top-posted", "capitals",
       "signed-name", "typos"],
      ("Maria Vercauteren", "maria.vercauteren@skynetmail.example"),
      """Beste {pseudonym},

IK BEN 80 JAAR EN NOG ALTIJD VRIJWILLIGER, MIJN KLEINZOON HEEFT MIJ GELEERD HOE DIT WERKT. SORRY VOOR DE HOOFDLETTERS, ZO ZIE IK HET BETER.

U schrijft dat uw lief altijd uw gsm wil nakijken. In mijn tijd was het de brievenbus, maar het is hetzelfde: dat is niet goed. Liefde is vertrouwen, geen controle.
Ik heb zelf een goede man gehad, 52 jaar, en hij heeft nooit mijn brieven gelezen.
U mag nee zeggen. Als hij of zij dan kwaad wordt, dan weet u genoeg.

Praat er eens over met een vriendin of met iemand op school. Of schrijf ons nog eens.

VEEL LIEFS
[[Maria]]""",
      "Maria", "lief", crlf=True),
]

# ---------------------------------------------------------------- 31-45
CASES += [
    V("superhost-bnb", "v13vol_mailbird", "nl",
      ["new-shape", "superhost-line", "private-account", "worker", "age-57", "top-posted",
       "sig-block", "signed-name"],
      ("Marc Dewaele", "marc@hoevedelinde.example"),
      """Dag {pseudonym},

Ik wil je eerst bedanken dat je dit durft te schrijven. Je zegt dat je jezelf pijn doet en dat niemand het weet. Dat geheim alleen dragen is zwaar.
Je hoeft niet meteen te stoppen om hulp te mogen vragen. Hulp is er juist voor de periode dat het nog niet lukt.

Misschien is een eerste stap: het aan je huisarts zeggen. Je kan zelfs een afspraak maken zonder je ouders, en de dokter moet zwijgen.
Of chat eens met Tejo of met een jongerenhuis in je buurt, die zijn gratis en je hoeft je naam niet te geven.

Voor vannacht: zet iets klaar dat je kan doen als de drang komt. Muziek, een douche, iemand die je kan sms'en.

Ik denk aan je.
[[Marc]]""",
      "Marc", "pijn",
      identity=["Els Dewaele", "Els"],
      sig="""[[Marc & Els Dewaele]]
[[Hoeve De Linde – gastenkamers]]
[[⭐ Superhost op Airbnb sinds 2019]]
[[Lindekouter 4, 9690 Kluisbergen]]"""),
    V("wiki-gebruiker", "v13vol_sylpheed", "nl",
      ["new-shape", "wiki-user", "private-account", "retiree", "age-68", "top-posted",
       "sig-dash", "sig-block", "no-display-name"],
      ("", "l.dhondt@posteo.example"),
      """Dag {pseudonym},

Ik heb je bericht twee keer gelezen. Weg willen als het thuis elke avond ruzie is: dat snap ik heel goed.

Ik was vroeger leraar en nu schrijf ik in mijn vrije tijd mee aan een online encyclopedie. Daar leer je één ding: over alles bestaat een artikel, en dus ook over wat jij meemaakt. Je bent lang niet de enige.

Wat je kan doen, in volgorde van klein naar groot:
- zoek een plek om even te ontsnappen die veilig is (bib, sportzaal, vrienden)
- vertel het aan iemand op school
- bel of chat met 1712 als je wil weten of wat er thuis gebeurt nog "normaal" is
- als je echt niet meer thuis wil zijn, kan een JAC mee zoeken naar een oplossing

Weglopen zonder plan is gevaarlijk. Weggaan met hulp kan wel.

Met warme groet""",
      "Luc", "thuis", sig_dash=True,
      sig="""[[Luc D'hondt]]
[[Gebruiker:LucDh_Gent op de Nederlandstalige wiki]]"""),
    V("fide-schaak", "v13vol_k9", "nl",
      ["new-shape", "fide-id", "game-metaphor", "private-account", "student", "age-23",
       "client-line", "top-posted", "sig-block"],
      ("Ayoub El Amrani", "ayoub.elamrani@kotmail.example"),
      """Hey {pseudonym},

Ik speel schaak, en in schaak leer je dat je soms een stuk verliest en toch de partij kan winnen. Een vriendschap verliezen voelt als een dame kwijt zijn, maar het spel is niet gedaan.

Je beste vriendin heeft een nieuwe groep. Dat betekent niet dat jij iets fout deed. Soms groeien mensen even uit elkaar.
Probeer deze week één nieuwe zet: ga bij iemand zitten die ook vaak alleen zit. Of vraag op school of er een middagactiviteit is, bij ons was er een schaakclub in lokaal 12, daar leerde ik mijn beste vrienden kennen.

En wees lief voor jezelf op de lange middagen. Koptelefoon op, boek mee, en niet denken dat iedereen naar je kijkt. Dat doen ze minder dan je denkt.

Groetjes""",
      "Ayoub", "vriend",
      sig="""[[Ayoub El Amrani]]
[[♟ FIDE ID 14281934 · Schaakclub Leuven-Centrum]]"""),
    V("geocache-fr", "v13vol_mailfence", "fr",
      ["new-shape", "geocaching", "private-account", "worker", "age-46", "top-posted",
       "sig-block", "mixed-language"],
      ("Benoît Collard", "benoit.collard@mailfence.example"),
      """Salut {pseudonym},

Je lis ton message et je me dis que tu as beaucoup de courage de l'avoir écrit.
Sur le groupe Snap, les gens tapent des choses qu'ils n'oseraient jamais dire en face. Ça ne rend pas leurs mots moins blessants.

Moi, quand j'étais ado, je me réfugiais dehors : la forêt, le vélo, plus tard le geocaching. Le fait de bouger m'aidait à tenir.
Mais tenir ne suffit pas. Il faut que quelqu'un à l'école sache. Les éducateurs ont des outils : ils peuvent parler aux élèves du groupe, prévenir les parents, et même la police si c'est grave.

Garde les captures d'écran. Et si un jour tu te sens vraiment très mal, appelle le 0800 32 123, c'est pour ça qu'ils existent.

Bon courage, vraiment.""",
      "Benoît", "harcel",
      sig="""[[Benoît Collard]]
[[Geocaching : « BenoitDesArdennes » – 1 204 caches trouvées]]"""),
    V("richtlijn-cl", "outlook_web", "nl",
      ["new-shape", "guideline-quote", "work-account", "worker", "age-30", "top-posted",
       "work-signature", "sig-block"],
      ("Nele Devos", "nele.devos@stad-lokeren.example"),
      """Hallo {pseudonym},

In onze Lumi-richtlijn staat dat we nooit zeggen wat je "moet" voelen. Dus dat doe ik ook niet. Ik wil je wel vertellen wat ik lees: iemand die het lef heeft om te zeggen dat ze op meisjes valt, ook al is het thuis niet makkelijk.

Een paar vragen om zelf over na te denken, je hoeft ze niet te beantwoorden:
Is er iemand in je omgeving van wie je weet dat die er open over denkt?
Heb je een plek online of offline waar je jezelf kan zijn?
Wat zou je nodig hebben om je veiliger te voelen thuis?

En als je meer wil praten: schrijf ons gewoon terug. Of kijk eens bij een jongerenwerking, daar zijn vaak begeleiders die gespecialiseerd zijn in dit thema.

Veel groeten,
[[Nele]]""",
      "Nele", "coming",
      sig="""[[Nele Devos]]
[[Jeugdconsulent]]
[[Stad Lokeren – Dienst Jeugd]]
[[Markt 1, 9160 Lokeren]]"""),
    V("spoiler-discord", "gmail_web", "en",
      ["new-shape", "spoiler-bars", "private-account", "student", "age-20", "top-posted",
       "emoji", "no-punctuation"],
      ("Kato Lemmens", "kato.lemmens@gmail.example"),
      """hi {pseudonym} !!

okay so moving to a new country and having zero friends is genuinely one of the hardest things, youre not being dramatic

some stuff that might sound random but worked for people i know
join a discord or a club for something youre into, even online first, then find the local version
ask one person for help with something small (homework, where the bus stops) people LOVE being asked
say yes to every invite for a while even if its awkward

and a spoiler for later: ||in a year youll probably laugh about how lonely you felt now|| (i did 😅)

if you want to talk about the sad parts too, write back, we're here

[[kato]] ✌️""",
      "Kato", "lonely"),
    V("tilde-edit", "proton", "nl",
      ["new-shape", "tilde-strike", "private-account", "worker", "age-32", "client-line",
       "top-posted", "signed-name"],
      ("Warre", "warre@proton.example"),
      """Hoi {pseudonym},

Ik had eerst geschreven ~~dat je je lief moet dumpen~~ maar dat is niet aan mij, dat mag jij beslissen.
Wat ik wel wil zeggen: je gsm nakijken en altijd willen weten waar je bent, dat zijn signalen van controle. Het kan klein beginnen en groter worden.

Vraag jezelf eens:
voel ik me vrij om met vrienden af te spreken?
durf ik nee te zeggen?
ben ik soms bang van hoe hij of zij zal reageren?

Als je op een van die vragen twijfelt, is het goed om er met iemand over te praten. Dat mag een vriend zijn, een leerkracht, of wij.

Groetjes,
[[Warre]]""",
      "Warre", "lief"),
    V("een-hand-baby", "huawei", "nl",
      ["new-shape", "one-hand-typing", "private-account", "parent", "age-35", "client-line",
       "top-posted", "typos", "no-punctuation"],
      ("Elise Mertens", "elise.mertens@mailbox.example"),
      """hoi {pseudonym}
ik typ met één hand want er ligt een baby van 3 weken op mijn andere arm dus excuseer de typfouten
ik wou toch snel iets zeggen want je bericht bleef hangen
stotteren is geen reden om uitgelachen te worden nooit
ik hoop dat je een volwassene hebt op school die je serieus neemt
als je niemand weet probeer dan het CLB die moeten je helpen dat is hun job
en schrijf ons gerust terug met hoe het gaat
sterkte
[[E]]""",
      "Elise", "pest"),
    V("bloedgever-sig", "outlook_desktop", "nl",
      ["new-shape", "donor-line", "work-account", "worker", "age-49", "top-posted",
       "work-signature", "disclaimer", "sig-block"],
      ("Dirk Van Hoecke", "dirk.vanhoecke@verzekeringen-vanhoecke.example"),
      """Beste {pseudonym},

Ik lees dat je slecht slaapt door de examens, en dat je mama zegt dat je je aanstelt. Dat je je niet begrepen voelt, maakt het nog zwaarder.
Piekeren 's nachts is heel menselijk. Je brein probeert alles onder controle te krijgen, maar het is er het slechtste moment voor.

Wat je kan proberen:
- leg een schriftje naast je bed en schrijf elke gedachte op die blijft draaien, dan "parkeer" je ze
- sta op als je na twintig minuten nog wakker ligt en doe iets saais in een ander licht
- maak een haalbare studieplanning, met pauzes en een vast einde van de dag

En misschien kan je je mama deze mail laten lezen. Soms helpt het als iemand anders het uitlegt.

Met vriendelijke groeten,
[[Dirk]]""",
      "Dirk", "slaap",
      sig="""[[Dirk Van Hoecke]]
[[Zaakvoerder]]
[[Verzekeringen Van Hoecke bv – FSMA 0123.456.789]]
[[Stationsstraat 81, 9120 Beveren]]
[[🩸 Trotse bloedgever bij het Rode Kruis]]""",
      identity=["Verzekeringen Van Hoecke"]),
    V("ouderschapsverlof", "outlook_mobile", "nl",
      ["new-shape", "parental-leave", "work-account", "parent", "age-38", "client-line",
       "top-posted", "sig-block", "work-signature"],
      ("Pieters, Jolien", "jolien.pieters@hogeschool-gent.example"),
      """Dag {pseudonym},

Even tussen twee voedingen door, ik ben met ouderschapsverlof maar ik wou je bericht niet laten liggen.

Geen jongen en geen meisje voelen: ik hoor je. Dat is niet "een fase" en ook niet iets wat je moet verklaren voor het mag bestaan.
Je mama iets vertellen wat zo persoonlijk is, kan eng zijn. Misschien helpt het om het in stukjes te doen:
eerst vertellen dat je ergens mee zit
daarna zeggen dat het over wie je bent gaat
en dan pas de woorden die jij gebruikt

En geef haar iets om te lezen. Er bestaan brochures voor ouders van trans en non-binaire kinderen, die zijn heel mooi gemaakt.

Heel veel sterkte,
[[Jolien]]""",
      "Jolien", "gender",
      sig="""[[Jolien Pieters]]
[[Lector Sociaal Werk – Hogeschool Gent]]
[[Tot 30/06 met ouderschapsverlof; dringende vragen aan het secretariaat]]"""),
    V("vertaalbanner-fr", "outlook_web", "fr",
      ["new-shape", "translated-banner", "work-account", "worker", "age-42", "top-posted",
       "work-signature", "sig-block"],
      ("Sébastien Dupuis", "sebastien.dupuis@hopital-sudliege.example"),
      """<<Traduit de néerlandais. Afficher l'original>>

Bonjour {pseudonym},

Je suis infirmier en pédiatrie et on voit beaucoup de jeunes qui vivent des choses difficiles à la maison. Tu n'es pas seul·e.
Ton beau-père qui crie sans arrêt, ta mère qui se tait : ça peut te faire croire que c'est normal. Ça ne l'est pas.

Tu as droit à une maison où tu te sens en sécurité. Si ce n'est pas le cas, il y a des gens dont c'est le métier de t'aider : le SAJ, le centre PMS, le 103.
Tu peux aussi juste venir parler à ton médecin traitant de comment tu dors, comment tu manges, comment tu vas. Il a le secret médical.

Prends soin de toi,
[[Sébastien]]""",
      "Sébastien", "famille",
      sig="""[[Sébastien Dupuis]]
[[Infirmier – Pédiatrie, 3e étage]]
[[Hôpital du Sud-Liège]]""",
      note_lang="nl"),
    V("carplay-dicteer", "iphone", "nl",
      ["new-shape", "carplay-dictation", "voice-to-text", "private-account", "worker",
       "age-51", "top-posted", "no-punctuation"],
      ("Geert Lauwers", "geert.lauwers@icloudmail.example"),
      """hallo {pseudonym} ik dicteer dit in de auto
ik wil u zeggen dat iemand die uw gsm nakijkt en altijd wilt weten waar ge zijt u eigenlijk niet vertrouwt
en een relatie zonder vertrouwen is geen goeie relatie
ge moogt dat zeggen tegen uw lief
en als ge schrik hebt om dat te zeggen dan is dat ook al een teken
praat erover met een vriend of vriendin of met een leerkracht
veel groeten

<<Gedicteerd via CarPlay op de iPhone van Geert>>""",
      "Geert", "lief", client_line="",
      identity=["Gedicteerd via CarPlay op de iPhone van Geert"]),
    V("trein-vertraging", "gmail_ios", "nl",
      ["new-shape", "train-delay", "private-account", "worker", "age-26", "top-posted",
       "emoji", "tussentaal"],
      ("Maud Segers", "maud.segers@gmail.example"),
      """Hey {pseudonym},

Mijn trein heeft 25 minuten vertraging dus ik heb eindelijk tijd om je fatsoenlijk te antwoorden 🚆

Wat er met je gebeurt in de klas is niet oké. Uitlachen omdat je stottert, daar kan jij niks aan doen, en zij wel aan hun gedrag.
Ik snap dat je niet meer wil gaan. Maar het zou zo oneerlijk zijn als jij je school moet missen door hen.

Heb je al met iemand thuis gepraat? En op school? Soms helpt het om samen met een ouder naar de directie te gaan, dan wordt het serieuzer genomen.
En misschien heeft je school een vertrouwensleerkracht, dat is iemand die je zonder gedoe kan aanspreken.

Je mag altijd terugschrijven, ik zit vaker op de trein dan ik zou willen 😅

[[Maud]]""",
      "Maud", "pest"),
    V("others-dochter-laptop", "windows_mail", "nl",
      ["others-account", "wrong-account", "family-account", "retiree", "age-72",
       "top-posted", "relative-named", "P3", "own-name-in-text", "contact-in-text",
       "client-line"],
      ("Lies Bogaert", "lies.bogaert@outlookmail.example"),
      """Dag {pseudonym},

Ik schrijf vanaf de computer van mijn dochter [[Lies]], want de mijne is stuk. Mijn gewone adres is [[paula.bogaert@vrijwilligers.example]], daar mag je altijd naar terugschrijven via Lumi.

Je zit elke middag alleen sinds je vriendin een nieuwe groep heeft. Dat doet pijn, en het maakt de dagen lang.
Ik ben 72 en ik heb in mijn leven veel vriendschappen zien komen en gaan. De mooiste kwamen vaak onverwacht, van mensen die ook ergens alleen zaten.
Kijk eens rond op de speelplaats: wie zit er nog alleen? Misschien wacht die ook op iemand die durft.

En schrijf intussen gerust aan ons hoe je dag was.

Groetjes van [[Paula]]""",
      "Paula", "vriend", volunteer="paula.bogaert@vrijwilligers.example"),
    V("html-only-fr-couleur", "gmail_web", "fr",
      ["html-only", "private-account", "student", "age-22", "top-posted", "emoji"],
      ("Inès Marchal", "ines.marchal@gmail.example"),
      """Coucou {pseudonym} 🌷

Je suis étudiante et bénévole, et je voulais te dire que te poser ces questions sur ton genre, c'est ok. Il n'y a pas de bonne ou de mauvaise façon d'être non-binaire.
Pour en parler à tes parents, tu peux :
🌱 commencer par un des deux, celui qui te semble le plus ouvert
🌱 leur envoyer un message écrit si c'est plus facile
🌱 leur proposer de lire un site d'information pour parents

Et si ça se passe mal, tu peux revenir vers nous, ou contacter une association LGBTQIA+ pour jeunes à Bruxelles ou en Wallonie.

Gros bisous,
[[Inès]]""",
      "Inès", "genre", html="only"),
]

# ---------------------------------------------------------------- 46-58
CASES += [
    V("hashtag-jeugdwerker", "v13vol_nine", "nl",
      ["new-shape", "hashtag-content", "work-account", "worker", "age-27", "client-line",
       "top-posted", "tussentaal", "sig-block", "work-signature"],
      ("Jonas Wouters (JH De Kelder)", "jonas@jhdekelder.example"),
      """Yo {pseudonym},

Ik werk in een jeugdhuis en ik zie elke week gasten die thuis ruzie horen en dan liever bij ons rondhangen dan naar huis gaan. Dus ik snap u.

Da ge weg wilt, is logisch. Maar doe het slim:
ga naar een plek waar volwassenen zijn die ge kent (jeugdhuis, sportclub, familie)
zeg tegen iemand waar ge zijt
en als het echt niet meer gaat thuis: bel 1712 of loop binnen bij een JAC, die kunnen meer dan ge denkt

En nog iets: uw ouders hun ruzie is niet uw schuld. Echt nie.

Op onze muur hangt een poster met #jebentnietalleen en ik meen da, elke keer als ik hem zie.

Laat iets weten als ge wilt praten.
[[Jonas]]""",
      "Jonas", "thuis",
      sig="""[[Jonas Wouters]]
[[Jeugdwerker – JH De Kelder vzw]]
[[Kerkplein 2, 3500 Hasselt]]
[[📱 0486 21 43 77]]"""),
    V("kindle-highlight", "ipad", "nl",
      ["new-shape", "kindle-highlight", "private-account", "retiree", "age-63", "client-line",
       "top-posted", "long", "signed-name"],
      ("Greet Van Loo", "greet.vanloo@telenetmail.example"),
      """Lieve {pseudonym},

Ik las je bericht gisterenavond, en daarna heb ik nog lang wakker gelegen. Niet van zorgen alleen, ook van bewondering, want wat je schrijft is eerlijk en dapper.

Je vertelt dat je jezelf pijn doet, dat niemand het weet, en dat je wil stoppen maar dat het niet lukt. Ik wil je zeggen: dat het niet lukt, betekent niet dat je faalt. Het betekent dat de pijn waar je mee omgaat groot is, en dat je meer steun verdient dan je nu hebt.

Ik las onlangs een boek dat me bijbleef, en ik heb er een stukje uit gemarkeerd. Ik plak het hier:

<<Markering (geel) | Locatie 1187
Kindle van Greet>>
"Je hoeft niet sterk te zijn om hulp te vragen. Hulp vragen is de sterkte."

Ik weet niet of het voor jou werkt, maar ik las het en dacht aan jou.

Wat zou een eerste klein stapje kunnen zijn? Ik denk aan een paar dingen, kies er gerust maar één:
- het aan één persoon vertellen die je vertrouwt, dat mag een vriend zijn, een leerkracht, een tante
- een afspraak bij de huisarts maken, alleen, de dokter moet zwijgen als jij dat vraagt
- chatten met een hulplijn op een avond dat het moeilijk is, in plaats van alleen te blijven met de drang
- een doosje klaarzetten met dingen die je kunnen troosten: een zachte trui, een foto, een lied, iets om te knijpen

En als je ooit in gevaar bent, als het te diep gaat of je niet meer wil leven: bel 112 of 1813. Meteen. Daar zijn ze voor.

Ik ben een gepensioneerde juf, en ik heb in veertig jaar veel kinderen gezien die dachten dat ze alleen waren met iets. Dat waren ze nooit. Jij ook niet.

Schrijf ons gerust terug, ook als het gewoon is om te zeggen dat je deze mail gelezen hebt.

Veel liefs,
[[Greet]]""",
      "Greet", "pijn", identity=["Kindle van Greet"]),
    V("nachtdienst-fr-garde", "v13vol_horde", "fr",
      ["new-shape", "night-shift", "work-account", "worker", "age-53", "top-posted",
       "work-signature", "sig-block", "disclaimer-fr"],
      ("Laurent Piron", "laurent.piron@pompiers-hesbaye.example"),
      """Bonsoir {pseudonym},

Je suis de garde de nuit à la caserne, c'est calme pour l'instant, alors je prends le temps de te répondre.

Ton beau-père qui crie tout le temps, ta mère qui ne dit rien… Je vois souvent, dans mon métier, des familles où les cris deviennent quelque chose de pire. Je ne dis pas que c'est ton cas. Je dis que tu as raison de prendre ça au sérieux.

Si un jour tu as peur pour ta sécurité ou celle de ta mère : 112. On vient, c'est notre travail, personne ne te reprochera d'avoir appelé.
Pour le reste, parle à un adulte de confiance. Le 103 est là aussi pour ça.

Prends soin de toi. Et dors un peu mieux que moi cette nuit.
[[Laurent]]""",
      "Laurent", "famille",
      sig="""[[Adjudant Laurent Piron]]
[[Zone de secours Hesbaye – Poste de Waremme]]
[[Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Zone de secours Hesbaye.]]"""),
    V("inline-gender-horde", "v13vol_groupwise", "nl",
      ["inline-answer", "work-account", "worker", "age-60", "work-signature", "sig-block"],
      ("Hugo Dierckx", "hugo.dierckx@provincie-limburg.example"),
      """Beste {pseudonym},

<<> ik voel me geen jongen en ook geen meisje>>

Dat heeft een naam die sommige jongeren gebruiken: non-binair. Maar je hoeft geen naam te kiezen. Wat je voelt, is echt, met of zonder woord.

<<> hoe zeg ik dat tegen mijn mama>>

Een paar mogelijkheden:
- schrijf een brief of een berichtje, dan kan je rustig kiezen wat je zegt
- neem iemand mee die al weet hoe jij je voelt
- begin met een vraag: "Mama, wat zou je doen als ik je iets over mezelf vertel dat je niet verwacht?"

Ik ben zelf vader van een trans kind, en ik kan je zeggen: ik heb niet alles meteen goed gedaan, maar ik ben wel gegroeid. Veel ouders doen dat.

Vriendelijke groeten,
[[Hugo]]""",
      "Hugo", "gender", quote_style="none",
      sig="""[[Hugo Dierckx]]
[[Diensthoofd Mobiliteit – Provincie Limburg]]
[[Universiteitslaan 1, 3500 Hasselt]]"""),
    V("ai-zelf-geschreven", "gmail_web", "nl",
      ["new-shape", "ai-disclaimer", "private-account", "student", "age-21", "top-posted",
       "signed-name", "emoji"],
      ("Kaat Vervoort", "kaat.vervoort@gmail.example"),
      """Dag {pseudonym},

Voor ik begin: ik heb dit zelf geschreven, niet met ChatGPT of zo. Ik vind dat je een echt antwoord verdient.

Examenstress en niet kunnen slapen, dat is iets wat ik elk jaar heb in januari en juni. En die opmerking dat je je aanstelt, die doet extra pijn, ik weet het.

Wat mij helpt:
• overdag écht pauzes nemen, buiten, zonder scherm
• een vaste "stop"-tijd: na 21u geen cursus meer
• een lijstje maken van wat morgen moet, zodat mijn hoofd het mag loslaten
• en soms gewoon huilen, dat lucht op

Je mama bedoelt het misschien niet zo, maar je mag haar zeggen: "ik stel me niet aan, ik heb het echt moeilijk". Dat is geen zeuren, dat is eerlijk zijn.

Heel veel succes met je examens 🍀
[[Kaat]]""",
      "Kaat", "slaap"),
    V("ademen-en-proximus", "v13vol_proximus", "en",
      ["new-shape", "breathing-count", "private-account", "retiree", "age-67", "top-posted",
       "signed-name"],
      ("Alan Whitfield", "alan.whitfield@proximusmail.example"),
      """Dear {pseudonym},

I'm an old Englishman living in Flanders, and I used to be a music teacher. Before every concert I ever gave, my hands shook. So I know a little about your racing heart.

Here is what I taught my pupils, and still use myself:
Breathe in through your nose and count to four.
Hold it gently and count to four.
Breathe out through your mouth and count to four.
Wait and count to four.
It's called box breathing. Do it three or four times before the test and once more when you sit down.

Panic feels like danger, but it's your body trying to help you, just a little too enthusiastically. It passes.
And please do tell a teacher or your parents. You deserve support, not just courage.

Warm regards,
[[Alan]]""",
      "Alan", "panic"),
    V("others-buurman", "telenet_webmail", "nl",
      ["others-account", "wrong-account", "shared-account", "worker", "age-48", "top-posted",
       "own-name-in-text", "contact-in-text", "typos"],
      ("Wijkcomité Heidebloem", "wijkcomite.heidebloem@telenetmail.example"),
      """Dag {pseudonym},

Ik ben [[Rita]], vrijwilliger bij Lumi, maar ik typ dit vanop de computer van [[Wijkcomité Heidebloem]] omdat mijn laptop bij de herstelling is. Antwoorden gaat gewoon via Lumi, en mijn eigen adres is [[rita.vanhove@vrijwilligers.example]] voor wie het nodig heeft.

Wat je over je lief schrijft vind ik zorgwekkend. Iemand die je gsm nakijkt en altijd wil weten waar je bent, neemt stukje bij beetje je vrijheid af.
Dat gebeurt soms zo geleidelijk dat je het pas merkt als je al bang bent om iets "verkeerd" te doen.

Het is niet normaal, en het is ook niet jouw schuld.
Praat erover met iemand die je vertrouwt. En als je wil, kunnen wij samen met jou nadenken over hoe je dit kan aankaarten of hoe je je grenzen kan stellen.

Groetjes,
[[Rita]]""",
      "Rita", "lief", volunteer="rita.vanhove@vrijwilligers.example"),
    V("fr-batterie", "samsung", "fr",
      ["new-shape", "battery-low", "private-account", "student", "age-19", "client-line",
       "top-posted", "no-punctuation", "typos"],
      ("Nassim B", "nassim.b@mailbox.example"),
      """salut {pseudonym}
j'ai plus que 2% de batterie donc vite fait
ce que tu vis sur snap c'est du harcelement et c'est grave
fais des captures avant qu'ils effacent
montre les a un prof ou un educ en qui t'as confiance
et si tu te sens trop mal appelle le 103 c'est gratuit
t'es pas seul(e) promis je reecris ce soir quand j'ai chargé""",
      "Nassim", "harcel"),
    V("outlook-mac-psycholoog", "v13vol_outlook_mac", "nl",
      ["new-shape", "late-answer-apology", "work-account", "worker", "age-44", "top-posted",
       "work-signature", "sig-block", "long"],
      ("Anouk Peirs", "anouk@praktijkdebrug.example"),
      """Dag {pseudonym},

Sorry voor mijn late antwoord, het was een drukke week in de praktijk en ik wou je bericht niet tussen twee afspraken door beantwoorden.

Je schrijft dat je mama zegt dat je je aanstelt, en dat je al weken slecht slaapt door het piekeren over de examens. Ik wil beginnen met dat eerste: weken slecht slapen is geen aanstellerij. Slaap is een van de eerste dingen die misloopt als iemand te veel stress heeft, en het maakt alles daarna zwaarder: concentratie, humeur, zin in dingen.

Wat ik jongeren in mijn praktijk vaak meegeef:

Overdag
- Sta elke dag ongeveer op hetzelfde uur op, ook in het weekend.
- Beweeg, al is het maar een wandeling van twintig minuten.
- Plan je studie in blokjes van 50 minuten met echte pauzes.

'S Avonds
- Leg een uur voor het slapen je cursus weg en doe iets wat niets moet.
- Schrijf op een papiertje wat je morgen gaat doen, dan hoeft je hoofd het niet vast te houden.

'S Nachts
- Lig je langer dan twintig minuten wakker, sta op, ga in een ander kamer iets rustigs doen bij gedimd licht, en ga terug als je slaperig bent.
- Kijk niet steeds op de klok. Draai hem om.

En als het na een paar weken niet beter gaat, of als je je echt somber gaat voelen: ga langs bij je huisarts. Die kan je doorverwijzen naar een eerstelijnspsycholoog, en voor jongeren is dat vaak gratis of heel goedkoop.

Misschien kan je je mama ook vragen om eens mee te lezen. Soms helpt het als ze ziet dat het echt is.

Veel sterkte, en veel succes.
[[Anouk]]""",
      "Anouk", "slaap",
      sig="""[[Anouk Peirs]]
[[Klinisch psycholoog – Praktijk De Brug]]
[[Erkenningsnummer 912345678]]
[[Brugstraat 17, 3000 Leuven]]"""),
    V("sogo-univ", "v13vol_sogo", "nl",
      ["new-shape", "game-metaphor", "work-account", "worker", "age-25", "top-posted",
       "sig-block", "work-signature", "emoji"],
      ("Thibo Van den Bossche", "thibo.vandenbossche@ugent-campus.example"),
      """Hey {pseudonym},

Je schrijft dat je beste vriendin niet meer met je praat sinds ze een nieuwe groep heeft. Dat is echt balen.

Ik ben een gamer, dus ik ga het zo zeggen: het voelt nu alsof je in Minecraft je hele basis kwijt bent en op een leeg veld staat. Maar je hebt nog altijd jezelf, en je kan opnieuw beginnen met bouwen. Eerst een klein hutje, dan iets groters.

Concreet:
🎮 zoek één iemand met wie je iets gemeen hebt (games, muziek, tekenen)
🎮 vraag of je er eens bij mag zitten, of stuur een berichtje
🎮 zoek naar een club op school of in je gemeente

En je vriendin: misschien kan je haar één keer vragen of er iets gebeurd is. Als het antwoord pijn doet, mag je daar verdrietig om zijn.

Groetjes 👾""",
      "Thibo", "vriend",
      sig="""[[Thibo Van den Bossche]]
[[Doctoraatsstudent – Vakgroep Informatica]]
[[Campus Sterre S9, Krijgslaan 281, 9000 Gent]]"""),
    V("tb-android-oneliner", "v13vol_tb_android", "nl",
      ["very-short", "private-account", "student", "age-18", "top-posted", "no-punctuation"],
      ("Mila Geerts", "mila.geerts@mailbox.example"),
      """{pseudonym} jij bent niet raar en je bent niet alleen, je mama mag dit stap voor stap leren
x""",
      "Mila", "gender"),
    V("eudora-grootvader", "v13vol_eudora", "nl",
      ["new-shape", "season-greeting", "private-account", "retiree", "age-77", "top-posted",
       "relative-named", "P3", "own-name-in-text", "signed-name"],
      ("Albert Wyns", "albert.wyns@skynetmail.example"),
      """Beste {pseudonym},

Eerst en vooral: zalig kerstfeest alvast, ook al is het thuis misschien niet zo feestelijk deze tijd.

Mijn kleinzoon [[Jonathan]] heeft ook gestotterd, en ik weet nog hoe hij thuiskwam en niets wilde zeggen. Hij is nu dertig en geeft les. Wat hem geholpen heeft, was een logopediste die hem leerde dat hij niet sneller hoefde te spreken dan hij kon.
En een leraar die de klas eens een uur liet praten over wat pesten met iemand doet.

U schrijft dat u niet meer naar school wil. Dat begrijp ik. Maar ik zou u willen vragen: vertel het aan uw ouders, en vraag hen om samen naar de school te gaan. Dat is niet klikken, dat is voor uzelf opkomen.

Met vriendelijke groeten,
[[Albert]]""",
      "Albert", "pest"),
    V("notes-bank-fr", "v13vol_notes", "fr",
      ["new-shape", "own-birthday", "work-account", "worker", "age-40", "top-posted",
       "work-signature", "sig-block", "disclaimer-fr"],
      ("Nathalie Gérard", "nathalie.gerard@banquemeuse.example"),
      """Bonjour {pseudonym},

C'est mon anniversaire aujourd'hui et le plus beau cadeau, ce serait que tu te sentes un peu moins seul·e après avoir lu ceci.

Se poser des questions sur son genre, c'est courageux. Tu n'as pas besoin d'avoir toutes les réponses pour en parler.
Avec tes parents, tu peux commencer par une phrase simple : « J'ai besoin de vous parler de quelque chose d'important pour moi. »
S'ils ne comprennent pas tout de suite, ce n'est pas un échec. Beaucoup de parents ont besoin de temps, et certains reviennent avec de belles surprises.

Si tu veux, réécris-nous pour qu'on prépare cette conversation ensemble.

Belle journée,
[[Nathalie]]""",
      "Nathalie", "genre",
      sig="""[[Nathalie Gérard]]
[[Conseillère clientèle – Agence de Huy]]
[[Banque de la Meuse SA]]
[[Ce courriel est confidentiel. Banque de la Meuse SA, RPM Liège.]]"""),
]

# ---------------------------------------------------------------- 59-73
CASES += [
    V("x-sender-hotel", "v13vol_horde", "nl",
      ["new-shape", "hotel-wifi", "x-sender-header", "private-account", "retiree", "age-65",
       "top-posted", "signed-name"],
      ("Chris Vanderstraeten", "chris.vds@webmail-pensioen.example"),
      """Dag {pseudonym},

Ik zit met vakantie in de Ardennen en de hotelwifi is traag, maar ik wou je niet laten wachten.

Je schrijft dat je je zelf pijn doet en dat je wil stoppen. Dat willen is al ontzettend belangrijk. Het betekent dat er een deel van jou is dat voor jezelf zorgt.

Ik heb dertig jaar op een jeugdpsychiatrie gewerkt, en één ding weet ik zeker: jongeren die het iemand vertellen, hebben het daarna vaak een beetje lichter. Niet meteen, maar wel echt.
Wie zou die iemand voor jou kunnen zijn? Schrijf het gerust hier, dan denken we mee.

Tot dan: zorg voor je wondjes, en als het ooit te diep gaat, ga naar de spoed of bel 112.

Hartelijke groet vanuit een regenachtig Bouillon,
[[Chris]]""",
      "Chris", "pijn",
      headers=[("X-Sender", "chris.vds@webmail-pensioen.example (Christiane Vanderstraeten)")],
      identity=["Christiane Vanderstraeten", "Christiane"]),
    V("mail-drop-brochure", "apple_mail", "nl",
      ["new-shape", "mail-drop", "work-account", "worker", "age-50", "top-posted",
       "work-signature", "sig-block"],
      ("Ingrid Smets", "ingrid.smets@caw-kempen.example"),
      """Dag {pseudonym},

Wat een spannende vraag: hoe vertel ik mijn mama dat ik geen jongen en geen meisje ben? Ik vind het knap dat je al zo ver bent dat je het wíl vertellen.

Ik stuur je via Lumi een brochure door die wij in het CAW aan ouders geven. Ze legt in gewone woorden uit wat non-binair betekent, en ze is geschreven voor ouders die er niets van weten. Misschien kan je ze aan je mama geven, of er samen in bladeren.

<<Mail Drop-bijlage: brochure_ouders_genderdiversiteit.pdf (2,4 MB) – beschikbaar tot 3 april 2025>>

En als het gesprek moeilijk loopt, mag je ons altijd terug schrijven. Jij bent niet verantwoordelijk voor hoe snel je mama het begrijpt.

Groetjes,
[[Ingrid]]""",
      "Ingrid", "gender",
      sig="""[[Ingrid Smets]]
[[Onthaalmedewerker – CAW De Kempen]]
[[Grote Markt 31, 2300 Turnhout]]
[[014 40 91 22]]"""),
    V("loom-link-en", "outlook_web", "en",
      ["new-shape", "loom-link", "work-account", "worker", "age-33", "top-posted",
       "work-signature", "sig-block"],
      ("Priya Raman", "priya.raman@brusselsintl-school.example"),
      """Hi {pseudonym},

Thank you for trusting us with this. A parent going silent after finding out something so personal hurts in a very particular way.

I'm a school counsellor, and I've seen many parents go through this "silent phase". It often comes from shock, fear, or their own upbringing, not from not loving you. Many of them come back around, sometimes after weeks, sometimes after months.

Some things that can help in the meantime:
- keep doing normal things with him if you can: eating together, a film, small talk
- write him a short letter: you're still the same person, and you hope he'll talk to you when he's ready
- find an adult who can support you now: another family member, a teacher, a counsellor

And if he threatens you or you don't feel safe at home, please tell someone right away.

Take care of yourself,
[[Priya]]""",
      "Priya", "out",
      sig="""[[Priya Raman]]
[[School Counsellor – Brussels International School]]
[[Record a quick video reply: https://loom.example/share/priya-raman-counsellor]]"""),
    V("griep-thuis", "outlook_android", "nl",
      ["new-shape", "sick-at-home", "private-account", "worker", "age-31", "client-line",
       "top-posted", "typos", "tussentaal"],
      ("Ward Hendrickx", "ward.hendrickx@outlookmail.example"),
      """Hey {pseudonym},

Lig hier met de griep in de zetel dus ik heb tijd, al is mijn hoofd wat wazig, sorry als het rommelig is.

Wat ge schrijft over u vriendin: da is echt kut. Iemand verliezen die ge elke dag zag, zonder dat ge goed weet waarom.
Ik zou zeggen: stuur haar één keer een eerlijk berichtje. "Ik mis u, is er iets gebeurd?" Niet meer, niet minder. Als ze niet antwoordt, weet ge ook iets.

En voor de middagen: kijk of er iets te doen valt op school. Bij ons was er een schaakclub en een bandje, en daar zaten altijd gasten die ook een beetje alleen waren.

Beterschap voor mij, en veel moed voor u,
[[Ward]]""",
      "Ward", "vriend"),
    V("reaction-nl-teams", "outlook_desktop", "nl",
      ["new-shape", "reaction-line", "work-account", "worker", "age-46", "top-posted",
       "work-signature", "disclaimer", "sig-block"],
      ("De Clercq, Annemie", "annemie.declercq@mutualiteit-zuid.example"),
      """<<Annemie De Clercq heeft gereageerd op uw bericht: ❤️>>

Dag {pseudonym},

Ik wil je eerst zeggen dat het heel moedig is om te schrijven dat je op meisjes valt, zeker als je thuis niet weet hoe ze zouden reageren.

Je hoeft niets te overhaasten. Sommige jongeren vertellen het pas als ze het huis uit zijn, anderen veel vroeger. Geen van beide is fout.
Wat wel helpt: één plek hebben waar je jezelf kan zijn. Dat kan een vriend zijn, een jongerengroep, of gewoon hier bij ons.

Als je ooit merkt dat het thuis onveilig wordt, dan zijn er mensen die je helpen, ook als je ouders het niet goedkeuren. Denk aan het CLB of aan 1712.

Veel groetjes,
[[Annemie]]""",
      "Annemie", "coming",
      sig="""[[Annemie De Clercq]]
[[Maatschappelijk assistent]]
[[Mutualiteit Zuid – Kantoor Kortrijk]]
[[Doorniksestraat 60, 8500 Kortrijk]]"""),
    V("recall-fr", "outlook_desktop", "fr",
      ["new-shape", "recall-line", "work-account", "worker", "age-36", "top-posted",
       "work-signature", "sig-block"],
      ("Olivier Renard", "olivier.renard@ecole-saintluc.example"),
      """<<Olivier Renard souhaite rappeler le message « RE: [{pseudonym}] ».>>

Bonjour {pseudonym},

Pardon, mon premier message est parti trop vite. Voici ce que je voulais vraiment te dire.

Je suis prof dans une école secondaire. Le harcèlement sur les groupes de classe, je le vois presque chaque année, et je sais que les adultes ne le remarquent pas toujours. Il faut souvent que quelqu'un vienne nous le dire.
Si tu oses, va voir un prof ou un éducateur avec des captures. Tu peux aussi écrire un mot, si parler est trop difficile.
À l'école, on a l'obligation d'agir. Tu ne « balances » personne, tu te protèges.

Courage. Tu mérites d'aller à l'école sans avoir peur de ton téléphone.
[[O. R.]]""",
      "Olivier", "harcel",
      sig="""[[Olivier Renard]]
[[Professeur de français – Institut Saint-Luc]]"""),
    V("screenreader-fr", "thunderbird", "fr",
      ["new-shape", "screen-reader", "private-account", "worker", "age-38", "top-posted",
       "signed-name"],
      ("Karim Haddad", "karim.haddad@mailbox.example"),
      """Bonjour {pseudonym},

Je suis malvoyant et j'utilise un lecteur d'écran, donc ma mise en page est peut-être un peu étrange. Les mots, eux, sont sincères.

Tu dis que ton beau-père crie tout le temps et que ta mère ne dit rien. Vivre ça tous les jours, c'est épuisant, et ça peut donner l'impression que tout est de ta faute. Ce n'est pas le cas.

Je te propose trois choses :
trouver un endroit où tu peux souffler (un ami, un club, la bibliothèque) ;
parler à un adulte de confiance à l'école ;
noter dans un carnet ce qui se passe, avec les dates. Ça peut servir plus tard, et ça aide à y voir clair.

Et si tu as peur, vraiment peur : 103 ou 112.

Amitiés,
[[Karim]]""",
      "Karim", "famille"),
    V("co-written-en", "gmail_web", "en",
      ["new-shape", "co-written", "family-account", "parent", "age-45", "top-posted",
       "relative-named", "P3", "own-name-in-text"],
      ("Hartley Family", "hartley.family@gmail.example"),
      """Hi {pseudonym},

This reply is co-written: I'm [[Claire]], the Lumi volunteer, and my daughter [[Ella]] (17) helped me with the parts about school, because she moved here from Leeds two years ago and knows exactly what you mean.

Her advice first, in her own words: "Don't wait for them to invite you. Ask to join something, even if your voice shakes. And the international kids are usually the easiest to start with, because they were new once too."

Mine: loneliness after a big move is real grief. You lost your friends, your streets, your language maybe. It's ok to feel sad about that, and to be angry at the move.
Small steps count: one chat at the bus stop, one afternoon at a club, one message to someone from class.

We're both rooting for you.
[[Claire]]""",
      "Claire", "lonely", volunteer="claire.hartley@vrijwilligers.example",
      headers=[("Reply-To", "claire.hartley@vrijwilligers.example")],
      identity=["claire.hartley@vrijwilligers.example"]),
    V("inline-lief-k9", "v13vol_k9", "nl",
      ["inline-answer", "private-account", "student", "age-20", "client-line",
       "no-punctuation", "tussentaal"],
      ("Senne Wouters", "senne.w@kotmail.example"),
      """hey {pseudonym}

<<> mijn lief wil altijd weten waar ik ben>>

das niet normaal, ge moogt gewoon uw eigen leven hebben

<<> en kijkt mijn gsm na>>

ook niet oke, zelfs als ge niks te verbergen hebt, uw gsm is van u

<<> is dat normaal?>>

nee, het komt wel veel voor maar normaal is het niet
praat erover met een vriend of vriendin die ge vertrouwt
en als ge schrik hebt voor hoe uw lief zal reageren als ge nee zegt, dan is da een heel belangrijk teken

groetjes [[senne]]""",
      "Senne", "lief", quote_style="none"),
    V("others-zoon-gmail", "gmail_android", "nl",
      ["others-account", "wrong-account", "family-account", "retiree", "age-73",
       "top-posted", "relative-named", "P3", "own-name-in-text", "voice-to-text",
       "no-punctuation"],
      ("Stijn Lambrechts", "stijn.lambrechts@gmail.example"),
      """hallo {pseudonym} dit is [[Rosa]] de vrijwilliger ik spreek dit in op de telefoon van mijn zoon [[Stijn]] want mijn eigen telefoon is kapot
uw mama zegt dat ge u aanstelt maar dat is niet waar als ge weken niet slaapt dan is dat ernstig
probeer s avonds iets rustig te doen zonder scherm een warme douche een boek
en als het niet beter wordt ga naar de dokter die kan helpen
en zeg tegen uw mama dat ge het echt moeilijk hebt misschien samen met iemand anders
ik wens u veel succes met de examens
groetjes [[Rosa]]""",
      "Rosa", "slaap", volunteer="rosa.lambrechts@vrijwilligers.example",
      identity=["rosa.lambrechts@vrijwilligers.example"],
      headers=[("Reply-To", "rosa.lambrechts@vrijwilligers.example")]),
    V("smartschool-html-leerkracht", "smartschool", "nl",
      ["html-only", "work-account", "teacher", "age-54", "top-posted", "work-signature",
       "sig-block", "signed-name"],
      ("Mevr. Claessens", "e.claessens@atheneum-mol.example"),
      """Beste {pseudonym},

Als leerkracht schrik ik altijd als ik lees dat een leerling niet meer naar school wil omdat hij of zij uitgelachen wordt. Dat zou nooit mogen.
Stotteren is iets waar je niets aan kan doen, en wie lacht, toont vooral dat hij het zelf niet snapt.

Mijn raad:
1. Vertel het aan je klastitularis. Echt, ook al denk je dat het niets zal uithalen.
2. Vraag of een logopedist of het CLB een keer mee in de klas kan komen uitleggen wat stotteren is.
3. Zoek een medeleerling die jou steunt, en blijf in de pauzes bij die persoon.

Je verdient een klas waarin je gerust je mond kan opendoen.

Vriendelijke groet,
[[Mevr. E. Claessens]]""",
      "Elke", "pest", html="only",
      sig="""[[Elke Claessens]]
[[Leerkracht Frans – Koninklijk Atheneum Mol]]"""),
    V("long-ervaring-vader", "outlook_desktop", "nl",
      ["long", "work-account", "worker", "parent", "age-52", "top-posted",
       "work-signature", "disclaimer", "sig-block", "relative-named", "P3"],
      ("Geens Patrick", "patrick.geens@logistiek-geens.example"),
      """Beste {pseudonym},

Ik ga je een lang antwoord schrijven, want je vraag verdient dat.

Je schrijft dat je ouders elke avond ruzie maken, dat je op je kamer zit met je oortjes in, en dat je soms gewoon weg wil. Ik ben zelf vader van twee tieners, [[Lars]] en [[Febe]], en mijn vrouw en ik zijn drie jaar geleden gescheiden, na een lange periode van ruzies. Ik heb pas achteraf echt begrepen wat dat voor de kinderen betekende. Ze zaten ook op hun kamer, met muziek, en ze zeiden niets. Ik dacht dat ze het niet hoorden. Ze hoorden alles.

Dus eerst dit: wat jij voelt, is een normale reactie op een situatie die niet normaal is. Weg willen is geen slecht idee op zich, het is een teken dat je rust nodig hebt.

Wat ik achteraf zou willen dat mijn kinderen hadden gedaan, en wat jij misschien kan doen:

1. Zeg het. Aan één van je ouders, op een rustig moment, en alleen over wat het met jou doet. "Als jullie ruzie maken, kan ik niet slapen en ben ik bang." Ouders in ruzie zien vaak niet meer wat er rond hen gebeurt. Mijn dochter heeft het me uiteindelijk gezegd, en dat heeft veel veranderd.

2. Zoek een volwassene buiten het gezin. Een grootouder, een tante, de ouders van een vriend, een leerkracht, het CLB. Iemand bij wie je even je hart kan luchten.

3. Zorg voor een vluchtplek. Niet weglopen, maar een plaats waar je heen kan als het te veel wordt: een vriend, de bib, de sportclub, een jeugdhuis.

4. Als de ruzies ooit gewelddadig worden, als er geduwd, gegooid of geslagen wordt: bel 1712 of, in nood, 112. Dat is geen verraad aan je ouders, dat is zorgen voor jezelf.

En tot slot: het is niet jouw taak om de ruzies op te lossen. Je bent het kind. Jij mag gewoon jong zijn.

Schrijf ons zeker terug als je wil.

Met vriendelijke groeten,
[[Patrick]]""",
      "Patrick", "thuis",
      sig="""[[Patrick Geens]]
[[Operations Manager]]
[[Logistiek Geens nv]]
[[Industrieweg 12, 3550 Heusden-Zolder]]
[[T +32 11 45 67 80 | M +32 475 66 12 09]]"""),
    V("bottom-sogo-fr", "v13vol_sogo", "fr",
      ["bottom-posted", "work-account", "worker", "age-29", "sig-block", "work-signature",
       "P5"],
      ("Camille Delvaux", "camille.delvaux@ulb-campus.example"),
      """Salut {pseudonym},

Je réponds en dessous de ton message, pour qu'on le garde sous les yeux.

Ton identité, c'est toi qui la définis. Ni tes parents, ni l'école, ni personne d'autre. Tu as le droit de chercher, de changer d'avis, de prendre ton temps.
Pour en parler chez toi, tu peux t'entraîner d'abord avec un ami ou avec nous : écris-nous ce que tu aimerais dire, et on en discute.

Moi, j'ai mis deux ans avant d'en parler à mes parents. Les premières semaines ont été maladroites, ils se trompaient de pronom tout le temps. Aujourd'hui, ma mère corrige mes oncles à table. Ça arrive aussi.

À bientôt, j'espère,
[[Camille]] (iel)""",
      "Camille", "genre", quote_pos="above",
      sig="""[[Camille Delvaux]]
[[Assistant·e de recherche – Faculté de psychologie]]"""),
    V("oneliner-wa-fr", "iphone", "fr",
      ["very-short", "private-account", "worker", "age-62", "client-line", "top-posted"],
      ("Gilles", "gilles.m@icloudmail.example"),
      """{pseudonym}, tu n'es pas seul. Appelle le 103 ce soir si c'est trop dur. Je te réponds demain.""",
      "Gilles", "famille"),
    V("hashtag-fr", "gmail_web", "fr",
      ["new-shape", "hashtag-content", "private-account", "student", "age-23", "top-posted",
       "emoji", "mixed-language"],
      ("Lina Amrani", "lina.amrani@gmail.example"),
      """Hello {pseudonym} 💬

Je suis étudiante en assistante sociale et bénévole chez Lumi. Ton message m'a touchée.

Ce qui se passe sur Snap, c'est du cyberharcèlement. Ce n'est pas « des blagues ». Tu as le droit de dire stop, et les adultes de ton école ont le devoir de t'aider.
Trucs pratiques :
📸 captures d'écran, toujours avec la date
🔕 mets le groupe en silencieux
🗣️ parle à quelqu'un : prof, éduc, PMS, parent
☎️ 103 si tu veux en parler à quelqu'un sans donner ton nom

On a fait une affiche à l'école avec #tunespasseul, et c'est vrai : tu n'es pas seul·e.

Bisous,
[[Lina]]""",
      "Lina", "harcel"),
]

# ---------------------------------------------------------------- 74-90
CASES += [
    V("collega-bureau", "outlook_desktop", "nl",
      ["new-shape", "original-from-header", "others-account", "wrong-account", "worker",
       "age-42", "top-posted", "own-name-in-text", "contact-in-text"],
      ("Van Damme Kristof", "kristof.vandamme@gemeente-zele.example"),
      """Dag {pseudonym},

Ik ben [[Evelien]], een van de vrijwilligers. Ik zit vandaag aan het bureau van mijn collega omdat mijn pc een update doet die maar niet wil eindigen, vandaar zijn naam bovenaan. Als er iets misloopt, mijn eigen adres is [[evelien.desaever@vrijwilligers.example]].

Je vriendin die plots niet meer met je praat: ik kan me voorstellen hoe eenzaam die middagen nu zijn. Zeker als je er niets van begrijpt.
Soms gaan mensen mee met een nieuwe groep omdat ze er zelf bij willen horen, niet omdat jij iets verkeerd deed. Dat maakt het niet minder pijnlijk, maar misschien wel iets minder persoonlijk.

Wat je kan proberen:
- haar één keer eerlijk vragen wat er is
- intussen voorzichtig nieuwe mensen leren kennen, bijvoorbeeld in een club of bij een middagactiviteit
- praten met iemand thuis of op school over hoe alleen je je voelt

Je bent de moeite waard om mee te praten, ook al voelt het nu even niet zo.

Groetjes,
[[Evelien]]""",
      "Evelien", "vriend", volunteer="evelien.desaever@vrijwilligers.example",
      headers=[("X-Original-From", "Evelien De Saever <evelien.desaever@vrijwilligers.example>")],
      identity=["Evelien De Saever", "De Saever"]),
    V("ikigai-html", "outlook_web", "nl",
      ["new-shape", "foreign-word", "html-only", "private-account", "worker", "age-35",
       "top-posted", "signed-name"],
      ("Sarah Willems", "sarah.willems@outlookmail.example"),
      """Dag {pseudonym},

Ik las je bericht en ik wil je vooral zeggen: je stelt je niet aan. Weken slecht slapen is zwaar, en dan ook nog horen dat je overdrijft, dat maakt je nog eenzamer.

De Japanners hebben een woord, ikigai, voor datgene waarvoor je 's ochtends opstaat. In examentijd verdwijnt dat soms helemaal achter cursussen en cijfers. Misschien helpt het om elke dag één klein ding te plannen waar je naar uitkijkt: een wandeling met de hond, een aflevering van je serie, een babbel met een vriendin.

Voor de nachten:
- schrijf je zorgen op een blaadje voor je gaat slapen
- luister naar iets rustigs, een podcast of regengeluiden
- en als je wakker ligt, probeer niet te "moeten" slapen, gewoon rusten is ook goed

En zeg het eens tegen iemand anders dan je mama: je huisarts, een leerkracht, het CLB. Jij verdient dat iemand het ernstig neemt.

Warme groet,
[[Sarah]]""",
      "Sarah", "slaap", html="only"),
    V("oneliner-outlook-ios", "outlook_mobile", "nl",
      ["very-short", "private-account", "worker", "age-30", "client-line", "top-posted"],
      ("Joke Peersman", "joke.peersman@outlookmail.example"),
      """Dag {pseudonym}, dit is niet normaal en niet jouw schuld. Morgen schrijf ik je uitgebreid, beloofd.""",
      "Joke", "lief"),
    V("lang-coming-proton", "proton", "nl",
      ["new-shape", "guideline-quote", "long", "private-account", "worker", "age-39",
       "client-line", "top-posted", "signed-name"],
      ("Jan Vermassen", "jan.vermassen@proton.example"),
      """Dag {pseudonym},

Ik ga je een wat langer antwoord geven, omdat ik denk dat je vraag er een is waar je lang mee rondloopt.

In de richtlijn die wij als vrijwilligers meekrijgen, staat één zin die ik altijd onthoud: "Niemand anders dan de jongere bepaalt het tempo van een coming-out." Ik herhaal hem voor jou, want hij klopt: jij bepaalt wanneer, aan wie en hoe.

Je schrijft dat je denkt dat je op meisjes valt, maar dat je het aan niemand durft te zeggen, en dat je ouders streng gelovig zijn. Ik wil een paar dingen met je delen.

Eén: denken dat je op meisjes valt is genoeg. Je hoeft het niet te bewijzen, niet aan jezelf en niet aan anderen. Het mag ook veranderen, of net heel duidelijk worden. Dat is allemaal oké.

Twee: geloof en holebi zijn gaan vaker samen dan je misschien denkt. Ik ken zelf jongeren en volwassenen die elke week naar de kerk of de moskee gaan en die openlijk lesbisch of homo zijn. Er bestaan zelfs groepen waar ze elkaar ontmoeten, zowel online als in het echt.

Drie: veiligheid gaat voor. Als je vermoedt dat je ouders heel slecht zouden reageren, dan is het verstandig om eerst een netwerk op te bouwen van mensen die je steunen: een vriendin, een leerkracht, een jongerengroep, of ons. Dan sta je niet alleen als het ooit ter sprake komt.

Vier: je mag ook gewoon genieten. Van verliefd zijn, van series met personages die op jou lijken, van muziek die je raakt. Je bent niet alleen een "probleem om op te lossen", je bent een jong mens met een hart.

Schrijf ons gerust terug. Je mag ook vertellen hoe het voelt om dit eindelijk eens opgeschreven te hebben.

Hartelijke groet,
[[Jan]]""",
      "Jan", "coming"),
    V("kleindochter-chromebook", "gmail_web", "nl",
      ["new-shape", "season-greeting", "others-account", "wrong-account", "family-account",
       "retiree", "age-70", "top-posted", "relative-named", "P3", "own-name-in-text",
       "contact-in-text"],
      ("Amira El Idrissi", "amira.elidrissi@familie-elidrissi.example"),
      """Dag {pseudonym},

Eid Mubarak! Vandaag is het bij ons Suikerfeest, en ik zit bij mijn kleindochter [[Amira]] omdat het hele gezin hier samen is. Ik leen even haar computer. Ik ben [[Fatima]], vrijwilliger, en mijn eigen adres is [[fatima.elidrissi@vrijwilligers.example]].

Ik wil je zeggen dat ik je bericht heel goed begrijp. Wat je lief doet, dat je gsm nakijken en altijd willen weten waar je bent, dat heeft niets met liefde te maken. Liefde geeft ruimte, ook om eens alleen te zijn of met vriendinnen te lachen.

Misschien kan je op een dag dat je je sterk voelt tegen je lief zeggen: "Mijn gsm is van mij. Ik wil dat je me vertrouwt." Kijk dan goed hoe hij of zij reageert.
En als je bang bent om dat te zeggen, dan is dat al een antwoord op je vraag.

Praat erover met iemand die je vertrouwt, een moeder, een tante, een leerkracht. Je hoeft dit niet alleen uit te zoeken.

Veel liefs,
[[Fatima]]""",
      "Fatima", "lief", volunteer="fatima.elidrissi@vrijwilligers.example"),
    V("kigali-tijdsverschil", "gmail_ios", "nl",
      ["new-shape", "timezone-abroad", "work-account", "worker", "age-34", "top-posted",
       "sig-block", "work-signature"],
      ("Lotte Verbist", "lotte.verbist@ngo-ubuntu.example"),
      """Hoi {pseudonym},

Ik werk een paar maanden in Kigali, Rwanda, en er is maar een uur tijdsverschil, dus ik lees je bericht op hetzelfde moment van de dag als jij het schreef. Dat vond ik een mooi idee.

Je voelt je geen jongen en geen meisje, en je vraagt hoe je dat aan je mama vertelt. Ik wil je eerst zeggen dat dat een hele mooie vraag is: je wil haar erbij betrekken. Dat zegt veel over hoe graag je haar ziet.

Een paar tips die ik van andere jongeren heb gehoord:
- schrijf eerst voor jezelf op wat je wil zeggen, in je eigen woorden
- kies een moment waarop jullie allebei tijd hebben, bijvoorbeeld tijdens een autorit (dan hoef je elkaar niet aan te kijken)
- vertel haar wat je van haar nodig hebt: luisteren, vragen stellen, of gewoon een knuffel

Het kan zijn dat ze eerst niet weet wat te zeggen. Geef haar tijd. En geef jezelf ook tijd.

Veel liefs vanuit de heuvels hier,
[[Lotte]]""",
      "Lotte", "gender",
      sig="""[[Lotte Verbist]]
[[Programme Officer – Ubuntu Youth Partnerships]]
[[KG 7 Ave, Kigali]]"""),
    V("stroompanne", "huawei", "nl",
      ["new-shape", "power-cut", "private-account", "parent", "age-43", "client-line",
       "top-posted", "no-punctuation"],
      ("Tom Moens", "tom.moens@mailbox.example"),
      """hey {pseudonym}
we hebben hier stroompanne in de straat dus ik typ dit bij een kaars op mijn gsm
ik wou je toch antwoorden want je bericht bleef in mijn hoofd
wat je beschrijft dat je jezelf pijn doet en dat niemand het weet dat is heel zwaar om alleen te dragen
je hoeft niet meteen te stoppen om hulp te verdienen
vertel het aan 1 iemand een vriend je huisarts iemand van het CLB
en als de drang komt probeer iets anders dat ook intens is ijs vasthouden zuur snoep heel hard lopen
als het ooit gevaarlijk wordt bel 112
ik ben blij dat je ons schreef echt
groetjes [[tom]]""",
      "Tom", "pijn"),
    V("jarig-html-owa", "outlook_web", "nl",
      ["new-shape", "own-birthday", "html-only", "work-account", "worker", "age-56",
       "top-posted", "work-signature", "sig-block"],
      ("Bernadette Claus", "bernadette.claus@notariaat-claus.example"),
      """Beste {pseudonym},

Ik ben vandaag jarig en ik gun mezelf een rustig uurtje om je te schrijven. Dat is voor mij een mooi cadeau.

Uitgelachen worden omdat je stottert: dat is pesten, en het is onaanvaardbaar. Je verdient een school waar je veilig kan zijn.
Ik heb zelf een broer die stottert, en ik weet hoeveel moed het vraagt om elke dag weer naar binnen te stappen. Hij heeft me ooit gezegd dat het ergste niet het stotteren was, maar het gevoel dat niemand hem verdedigde.

Daarom vraag ik je: zoek iemand die jou verdedigt. Een leerkracht, een ouder, een klasgenoot. En vertel wat er gebeurt.
Je mag ook aan je school vragen om een gesprek met de klas te organiseren over stotteren. Er zijn organisaties die daarvoor langskomen.

Met hartelijke groet,
[[Bernadette]]""",
      "Bernadette", "pest", html="only",
      sig="""[[Bernadette Claus]]
[[Notarieel medewerker – Notariaat Claus & Vennoten]]
[[Grote Markt 8, 8800 Roeselare]]"""),
    V("westvlaams-bottom", "yahoo", "nl",
      ["new-shape", "kaomoji", "dialect", "family-account", "retiree", "age-61",
       "bottom-posted", "client-line", "relative-named", "P3", "own-name-in-text"],
      ("Gezin Vanneste-Dobbels", "vanneste.dobbels@yahoo.example"),
      """Dag {pseudonym},

'k Èn je berichtje gelezen en 'k peinze dan je dat toch moe zeggen tegen iemand, da je ouders elke oavend ruzie moaken. Da's nie gezond voor joa.
Ik ben [[Rosette]], en mijn man [[Noël]] zit hier naast mie, hij zegt da je altijd mag weglopen naar een plekke woa da 't rustig is, moa nie zomoar de stroate op. Doar èt 'n gelijk in ʕ•ᴥ•ʔ

Proboer 'n keer mee te proaten met een juffrouw of meester van 't school, of met 't CLB. Of bel 1712, dat is gratis en ze zeggen niks tegen je ouders as je da nie wilt.

Vele groetjes uit de Westhoek,
[[Rosette]]""",
      "Rosette", "thuis", quote_pos="above", volunteer="rosette.vanneste@vrijwilligers.example",
      identity=["rosette.vanneste@vrijwilligers.example"],
      headers=[("Reply-To", "rosette.vanneste@vrijwilligers.example")]),
    V("inline-tilde", "v13vol_mailbird", "nl",
      ["new-shape", "tilde-strike", "inline-answer", "private-account", "student", "age-24",
       "signed-name"],
      ("Yentl Bosmans", "yentl.bosmans@kotmail.example"),
      """Hey {pseudonym},

<<> ze lachen me uit in de klas omdat ik stotter>>

Dat is ~~flauw~~ pesten. Zeg het maar gewoon zoals het is.

<<> ik wil niet meer naar school>>

Heel logisch dat je dat voelt. Maar dan verlies jij iets (je lessen, je vrienden, je toekomst) door wat zij doen. Dat is niet eerlijk. Laten we kijken hoe school weer draaglijk kan worden.

<<> wat moet ik doen>>

1. Vertel het aan een volwassene die je vertrouwt, thuis én op school.
2. Vraag of de school iets kan doen in de klas, zoals een gesprek of een project over stotteren.
3. Zoek steun bij een logopedist of bij een stottervereniging: daar leer je mensen kennen die hetzelfde meemaken.

Je bent meer dan je stotter. Veel meer.
[[Yentl]]""",
      "Yentl", "pest", quote_style="none"),
    V("broer-telefoon-trein", "samsung", "nl",
      ["new-shape", "train-delay", "others-account", "wrong-account", "family-account",
       "student", "age-19", "client-line", "top-posted", "relative-named", "P3",
       "own-name-in-text", "contact-in-text", "no-punctuation"],
      ("Robbe Dewulf", "robbe.dewulf@mailbox.example"),
      """hoi {pseudonym} dit is [[Jana]] van Lumi
ik zit op de trein met mijn broer [[Robbe]] en de trein heeft vertraging en mijn gsm is plat dus ik gebruik de zijne
mijn eigen adres is [[jana.dewulf@vrijwilligers.example]] voor als er iets misloopt
ik wou je gewoon snel zeggen dat je niet de enige bent die zich op de middag alleen voelt
veel mensen hebben dat als een vriendschap stopt
probeer eens een club of een activiteit op school daar leer je makkelijker mensen kennen
en stuur je vriendin misschien 1 berichtje om te vragen wat er is
groetjes [[Jana]]""",
      "Jana", "vriend", volunteer="jana.dewulf@vrijwilligers.example"),
    V("ocmw-long-grounding", "outlook_desktop", "nl",
      ["new-shape", "grounding-54321", "long", "work-account", "worker", "age-59",
       "top-posted", "work-signature", "disclaimer", "sig-block"],
      ("Vermeire Katrien", "katrien.vermeire@ocmw-deinze.example"),
      """Beste {pseudonym},

Dank je voor je bericht. Ik lees erin dat je het thuis erg moeilijk hebt, en dat je soms gewoon weg wil. Ik neem dat heel ernstig.

Ik werk al meer dan twintig jaar met jongeren en gezinnen, en ik wil je een paar dingen meegeven die volgens mij belangrijk zijn.

Ten eerste: als je ouders elke avond ruzie maken, dan is het heel normaal dat je je onveilig, boos of verdrietig voelt. Kinderen en jongeren voelen de spanning in huis, ook als ze met hun oortjes op hun kamer zitten. Je lijf staat dan de hele tijd "aan".

Ten tweede: het helpt om iets te hebben wat je kan doen als de spanning opkomt. Een oefening die ik vaak meegeef, is de 5-4-3-2-1-oefening. Je zoekt vijf dingen die je ziet, vier die je kan aanraken, drie die je hoort, twee die je ruikt en één die je proeft. Zo breng je jezelf terug naar het hier en nu, weg van het geroep beneden.

Ten derde: praat erover. Met een leerkracht, met het CLB, met een familielid dat je vertrouwt. Je hoeft niet alles in één keer te vertellen. Een eerste zin is genoeg: "Het gaat thuis niet zo goed."

Ten vierde: als je weg wil, doe dat dan niet alleen en zonder plan. Er zijn plekken waar jongeren terecht kunnen, zoals een JAC, en hulplijnen zoals 1712 die samen met jou kunnen bekijken wat mogelijk is.

En tot slot: het is niet jouw schuld dat je ouders ruzie maken. Je hoeft het ook niet op te lossen.

Schrijf ons gerust opnieuw.

Met vriendelijke groet,
[[Katrien]]""",
      "Katrien", "thuis",
      sig="""[[Katrien Vermeire]]
[[Maatschappelijk werker – Sociale Dienst]]
[[OCMW Deinze]]
[[Kaaiplein 1, 9800 Deinze]]
[[tel. 09 381 99 40]]"""),
    V("prediker-crlf", "v13vol_emclient", "nl",
      ["new-shape", "scripture-line", "crlf", "private-account", "retiree", "age-75",
       "top-posted", "signed-name"],
      ("Leo Bauwens", "leo.bauwens@skynetmail.example"),
      """Beste {pseudonym},

Ik ben een oude man en ik heb veel gelezen in mijn leven, ook de Bijbel. In het boek Prediker staat: "Alles heeft zijn tijd." Er is een tijd om te huilen en een tijd om te lachen.

Nu is het misschien een tijd om te huilen, omdat je beste vriendin niet meer met je praat en je elke middag alleen zit. Dat mag. Verdriet om een vriendschap is echt verdriet.
Maar er komt ook weer een tijd om te lachen, met haar of met iemand anders.

Wat je intussen kan doen: zoek een plek waar je elke week andere jongeren ziet. Een club, een jeugdbeweging, een koor, een sport. Daar groeien nieuwe vriendschappen vaak vanzelf.

Ik wens je veel moed,
[[Leo]]""",
      "Leo", "vriend", crlf=True),
    V("importance-kapster", "gmail_web", "nl",
      ["new-shape", "importance-header", "private-account", "worker", "age-27", "top-posted",
       "emoji", "tussentaal", "signed-name", "thema-line"],
      ("Jolien Van Gucht", "jolien.vangucht@gmail.example"),
      """Hey {pseudonym} 💇‍♀️

Ik ben kapster en bij ons in de zaak hoor ik zooooveel verhalen, ook van jonge gasten die het thuis moeilijk hebben of die op school gepest worden. Dus ge zijt echt niet de enige.

Wat ze u aandoen met uw stotteren, da is gewoon gemeen. En het zegt meer over hen dan over u.
Kheb zelf een nichtje dat stottert en zij zegt altijd: "Ik heb meer te zeggen dan de mensen die snel praten." Vind ik zo'n goeie.

Mijn tips:
✂️ zoek 1 leerkracht die ge vertrouwt en vertel het
✂️ vraag aan uw ouders om mee te gaan naar school
✂️ zoek hobby's waar ge u goed voelt, daar bouwt ge zelfvertrouwen

Ge moogt altijd terug schrijven!
<<#thema: pesten>>
[[Jolien]]""",
      "Jolien", "pest", headers=[("Importance", "High"), ("Priority", "urgent")]),
    V("en-late-long", "apple_mail", "en",
      ["new-shape", "late-answer-apology", "long", "private-account", "retiree", "age-64",
       "top-posted", "signed-name"],
      ("Margaret Doyle", "margaret.doyle@mailbox.example"),
      """Dear {pseudonym},

Please forgive my late reply. I was away visiting family and only read your message last night. I'm sorry you had to wait.

You wrote that your dad found out you're gay from your phone, and that he hasn't spoken to you since. I want to start by saying how sorry I am that it happened that way. Coming out is something that should belong to you: your timing, your words. Having that taken from you is painful, and it's normal to feel angry, embarrassed, scared, or all three.

I've been a volunteer for many years, and before that I was a nurse. I've met a lot of parents in the moment of shock. Here is what I have seen:

Silence is often not rejection. It can be a parent who doesn't know what to say, who is afraid of saying the wrong thing, or who is grieving an image of the future they had in their head. That grief is about them, not about you.

Many parents change. Not all, and not always quickly. But a great many of the fathers I met who were silent at first ended up at their child's side a year later, sometimes at a Pride march, sometimes just at the dinner table, talking normally again.

In the meantime, you need people around you. Is there someone else in your family who knows, or who you could tell? A friend? A teacher? There are also youth groups for LGBTQ+ young people where you can meet others who've been through exactly this.

If your dad becomes aggressive, threatens you, or takes away things you need, that's no longer "silence" and you should tell an adult you trust or call a helpline right away.

You've done nothing wrong. Please write again whenever you want.

With warm wishes,
[[Margaret]]""",
      "Margaret", "out"),
    V("partner-ai-en", "gmail_android", "en",
      ["new-shape", "ai-disclaimer", "others-account", "wrong-account", "partner-account",
       "student", "age-22", "top-posted", "relative-named", "P3", "own-name-in-text",
       "contact-in-text"],
      ("Finn Müller", "finn.mueller@gmail.example"),
      """Hey {pseudonym},

Quick heads-up: I'm writing from my boyfriend [[Finn]]'s phone, because mine got stolen last weekend. It's me, [[Tariq]], one of the volunteers, and my own mail is [[tariq.haddou@vrijwilligers.example]].
Also, no AI was used for this, just me, typing with my thumbs on a bus.

Panic attacks before tests: I had them all through my first year at uni. The worst part was the fear of the panic itself. What helped:
- knowing it can't hurt me, even though it feels like it
- slow breathing, especially long out-breaths
- going to the student psychologist, who taught me to "ride the wave" instead of fighting it
- telling one teacher, so I didn't have to hide it

You're not weak. Your alarm system is just a bit too sensitive right now, and that can be trained.

Good luck,
[[Tariq]]""",
      "Tariq", "panic", volunteer="tariq.haddou@vrijwilligers.example"),
    V("google-groepen-nl", "gmail_web", "nl",
      ["new-shape", "google-groups-footer", "shared-account", "worker", "age-32",
       "top-posted", "signed-name", "own-name-in-text"],
      ("Lumi-vrijwilligers Oost-Vlaanderen", "oostvl-vrijwilligers@googlegroups.example"),
      """Dag {pseudonym},

Hier [[Dorien]], ik beantwoord je bericht vanuit onze groepsmailbox, want zo kunnen mijn collega-vrijwilligers meelezen als ik er niet ben.

Wat je lief doet, je gsm nakijken en altijd willen weten waar je bent, is controlerend gedrag. Je vraagt of dat normaal is: nee. Het komt wel vaak voor, zeker bij jonge koppels, en daarom denken veel mensen dat het erbij hoort. Maar in een gezonde relatie vertrouwen jullie elkaar en heeft ieder een eigen leven.

Probeer eens op te schrijven wat je voelt als je lief dat doet. Ben je boos, bang, verdrietig? Dat helpt om te zien wat je zelf wil.
En praat erover met iemand die je vertrouwt. Je hoeft dit niet alleen uit te zoeken.

Veel groetjes,
[[Dorien]]

<<--
Je hebt dit bericht ontvangen omdat je bent geabonneerd op de groep 'Lumi-vrijwilligers Oost-Vlaanderen' in Google Groepen.
Als je je wilt afmelden bij deze groep, stuur je een e-mail naar oostvl-vrijwilligers+unsubscribe@googlegroups.example.>>""",
      "Dorien", "lief", volunteer="dorien.maes@vrijwilligers.example",
      headers=[("X-Original-Sender", "dorien.maes@vrijwilligers.example")],
      identity=["dorien.maes@vrijwilligers.example",
                "oostvl-vrijwilligers+unsubscribe@googlegroups.example"]),
]
