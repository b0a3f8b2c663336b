"""Hand-written volunteers' answers of the twelfth held-out relay-text corpus, part `volunteer`.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span in the volunteer's own
words and signature, <<...>> around spans that are neither content nor identity (a `#thema:`
line, lines quoted by hand). Each `quote` is what the forward carried: the help-seeker's words
as the relay passed them on. Names, streets, numbers are invented; domains end in .example.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import Case


def vol(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
        quote: str, nickname: str, **kw: Any) -> Case:
    """One volunteer's answer to a forward; the forward's note is in the answer's language."""
    kw.setdefault("note_lang", lang)
    return Case(slug=f"h12v-{slug}", direction="volunteer", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, quote=quote, nickname=nickname, **kw)


# First names of people named in full in the marked spans, beside the senders' own.
EXTRA_FIRST_NAMES: frozenset[str] = frozenset({
    "Geert",
})

CASES: list[Case] = []

# ---------------------------------------------------------------- 1-10

CASES += [
    vol("blok-ps", "gmail_android", "nl",
        ["private-account", "student", "age-21", "top-posted", "greets-pseudonym",
         "content-after-name", "new-shape", "exam-block-note", "long"],
        ("Jolien Vercammen", "jolien.vercammen@gmail.example"),
        """Dag {pseudonym},

Eerst en vooral: wat goed dat je dit hebt opgeschreven. Ik las je mail op de bus en ik moest
echt even slikken bij dat stuk over de verjaardag van je oma, waar iedereen vroeg wanneer je
'eindelijk eens een lief' ging meebrengen. Dat is zo'n vraag die mensen stellen zonder na te
denken, en jij zit daar dan met je bord op je schoot en een rood hoofd.

Je hoeft aan niemand uit te leggen wie je graag ziet. Ook niet aan je oma, ook niet als ze het
lief bedoelt. Je mag zeggen "daar ben ik nog niet mee bezig" en over iets anders beginnen. Dat
is geen liegen, dat is jezelf beschermen tot je er zelf klaar voor bent. En dat moment kies jij,
niet de tafel vol tantes.

Wat je schrijft over dat meisje uit je klas vond ik trouwens heel mooi. Dat je zenuwachtig wordt
als ze naast je komt zitten in de refter is gewoon verliefd zijn, daar is niks mis mee, op je
vijftiende of op je vijftigste.

Wil je eens vertellen wie er in je familie het minst raar zou reageren? Soms is één bondgenoot al
genoeg om zo'n feest door te komen. Een nicht, een oom, een grote zus van een vriendin, maakt niet
uit wie.

Liefs,
[[Jolien]]

ps ik zit midden in de blok dus mijn volgende antwoord kan een paar dagen duren, maar ik lees
alles!!""",
        """ik ben 15 en ik denk dat ik op meisjes val. op het feest van mijn oma vroeg iedereen weer
wanneer ik een lief meebreng en ik wist niet waar kijken. er is ook een meisje in mijn klas...""",
        "Jolien"),

    vol("vzw-erkend", "outlook_desktop", "nl",
        ["work-account", "worker", "age-46", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "phone-in-sig", "signed-name", "new-shape", "accreditation-line"],
        ("Van Hecke Dirk", "dirk.vanhecke@dekouter.example"),
        """Dag {pseudonym},

Bedankt voor je bericht. Je schrijft dat je stiefvader 'grapjes' maakt over je stem en over hoe
je loopt, en dat je mama erbij lacht. Ik wil je eerst dit zeggen: dat zijn geen grapjes als jij
er 's avonds van wakker ligt. Dat mag je ernstig nemen, ook al doet de rest van het huis dat niet.

Een paar dingen die je kunt proberen:
- schrijf een week lang op wanneer het gebeurt en wat er gezegd wordt, dan zie je zelf beter of er
  een patroon in zit (na het eten? als er bezoek is?);
- zoek één volwassene buiten je gezin, een leerkracht, een trainer, iemand van het CLB, bij wie je
  dat lijstje eens op tafel kunt leggen;
- en als het thuis echt te veel wordt: 1712 is gratis en je hoeft je naam niet te zeggen.

Je bent altijd welkom om hier terug te schrijven, zo vaak als je wilt.

Met vriendelijke groeten,
[[Dirk]]""",
        """mijn stiefvader doet altijd mijn stem na en hoe ik stap en mijn ma lacht dan mee. ik ben
16.
ik zeg niks want dan is het 'gewoon voor de lol'""",
        "Dirk",
        sig="""[[Dirk Van Hecke]]
[[Jeugdwerker | Jeugdhuis De Kouter vzw]]
[[Kouterstraat 14, 9300 Aalst]]
[[T 053 70 11 48]]
Erkend door de Vlaamse overheid als jeugdhuis met werkingssubsidie

Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de
geadresseerde. Indien u dit bericht per vergissing ontving, gelieve de afzender te verwittigen en
het bericht te verwijderen."""),

    vol("slechthorend", "iphone", "nl",
        ["private-account", "retiree", "age-71", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "new-shape", "hearing-line", "typos"],
        ("Mariette Claeys", "mariette.claeys@skynet.example"),
        """Dag {pseudonym}

Ik ben al wat ouder, dat zal je wel merken aan mijn schrijven, maar ik heb zelf een kleinzoon
gehad die op zijn 14e niet meer naar school wilde. Hij lag elke morgen met buikpijn in zijn bed.
Niemand heeft toen gevraagd waarom, en dat spijt me nog altijd.

Dus ik vraag het jou wel: wat gebeurt er op school dat je daar niet meer naartoe wilt? Je hoeft
het niet allemaal in één keer te vertellen. Een stukje is ook goed.

En nog iets: buikpijn is echt. Het zit niet 'tussen je oren'. Je lichaam zegt iets tegen jou,
luister er maar naar.

Ik ben een beetje slechthorend, dus bellen is niks voor mij, maar schrijven kan ik uren.

Warme groet,
[[Mariette]]""",
        """ik wil niet meer naar school. elke ochtend heb ik buikpijn en mijn mama zegt dat ik me
aanstel. ik zit in het 2de middelbaar""",
        "Mariette"),

    vol("ham-73", "thunderbird", "nl",
        ["private-account", "retiree", "age-68", "top-posted", "greets-pseudonym", "sig-dash",
         "signed-name", "new-shape", "callsign-sig", "long"],
        ("Roger Delanghe", "roger.delanghe@scarlet.example"),
        """Dag {pseudonym},

Je vroeg of het raar is dat je liever 's nachts online bent met mensen uit andere landen dan
overdag met je klasgenoten. Nee, dat is niet raar. Ik heb het zelf ook gedaan, alleen zat ik toen
met een koptelefoon en een zendertje op zolder, en praatte ik met een visser uit Noorwegen en een
onderwijzeres uit Portugal. Mijn vader vond het ook maar niks.

Wat ik daar geleerd heb: soms is het makkelijker om eerlijk te zijn tegen iemand die je nooit
zult zien. Dat is niet erg. Het is zelfs een goede oefening. Maar ik zou je wel willen vragen:
is er overdag iemand, één persoon maar, bij wie je ook een beetje jezelf kunt zijn? Want die
nachten maken je moe, en moe zijn maakt alles zwaarder, ook de school.

Een klein voorstel: probeer één avond per week je scherm om elf uur weg te leggen en kijk of je
je de dag erna anders voelt. Niet als straf, als proefje. Schrijf me dan hoe het ging.

En nog iets over die jongen uit Canada waar je het over had. Als hij je ooit vraagt om foto's te
sturen of om met niemand anders over hem te praten, dan mag je daar meteen mee stoppen en het
tegen iemand zeggen. Ik zeg het niet om je bang te maken. Ik zeg het omdat het gebeurt.

Met vriendelijke groeten,
[[Roger]]""",
        """is het raar dat ik alleen s nachts echt met mensen praat? online met mensen uit canada en
zo. overdag op school zeg ik bijna niks""",
        "Roger",
        sig="""[[Roger Delanghe]] – [[ON4RDG]]
73 de [[ON4RDG]]""", sig_dash=True),

    vol("gemeenteraad", "outlook_web", "nl",
        ["work-account", "worker", "age-39", "top-posted", "greets-pseudonym", "work-signature",
         "phone-in-sig", "disclaimer", "new-shape", "council-mandate"],
        ("Ilse Van Damme", "ilse.vandamme@zele.example"),
        """Hoi {pseudonym},

Ik hoor dat je het gevoel hebt dat je in je eigen dorp niemand kent die 'zo' is als jij, en dat
je daarom al aan verhuizen denkt terwijl je pas zestien bent. Dat gevoel herken ik heel goed. Ik
ben zelf opgegroeid in een gemeente waar de enige regenboog die je zag die na een onweer was.

Toch even dit: in veel gemeenten bestaan er intussen kleine ontmoetingsgroepen voor jongeren,
vaak via het jeugdhuis of de bib, soms maar één keer per maand. Vraag eens rond, of kijk op de
site van de gemeente bij 'jeugd'. En als er niets is, dan is dat misschien iets om samen met een
paar anderen aan te vragen. Je zou verschieten hoe vaak zo'n vraag gewoon ja krijgt.

Tot die tijd: je bent niet de enige. Echt niet.

Groetjes,
[[Ilse]]""",
        """ik woon in een klein dorp en ik ken echt niemand die ook gay is. ik ben 16 en ik wil
gewoon
weg hier, naar gent of zo""",
        "Ilse",
        sig="""[[Ilse Van Damme]]
[[Gemeenteraadslid]] · [[Gemeente Zele]]
[[0476 81 22 09]]

Deze e-mail valt onder de regels van de deontologische code voor mandatarissen. Antwoorden op deze
e-mail kunnen openbaar worden in het kader van de openbaarheid van bestuur."""),

    vol("drie-woorden", "samsung", "nl",
        ["private-account", "worker", "age-33", "top-posted", "greets-pseudonym", "very-short",
         "client-line", "signed-name", "no-punctuation"],
        ("Kobe Wuyts", "kobe.wuyts@hotmail.example"),
        """Dag {pseudonym} ik lees je mail vanavond rustig en antwoord dan echt, beloofd
[[Kobe]]""",
        """heb je mijn vorige mail gekregen? niemand antwoordt""",
        "Kobe"),

    vol("ervaringsdeskundige", "gmail_web", "nl",
        ["private-account", "worker", "age-29", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "peer-expert-line", "long", "emoji"],
        ("Yasmina El Idrissi", "yasmina.elidrissi@gmail.example"),
        """Dag {pseudonym},

Ik schrijf je vanuit mijn eigen ervaring, dus niet vanuit een boek. Toen ik zeventien was, heb
ik ook een jaar lang mijn armen onder lange mouwen verstopt, zelfs in juli. Ik weet hoe moe je
daarvan wordt: elke ochtend nadenken over wat je aantrekt, elke turnles een smoes.

Wat mij toen geholpen heeft, was niet dat iemand zei 'stop ermee'. Het was dat één iemand, mijn
toenmalige scoutsleidster, vroeg: "Wat doet het voor jou?" En dat ze dan echt luisterde naar het
antwoord. Dus ik vraag het jou ook: wat doet het voor jou, op dat moment? Wat gebeurt er vlak
ervoor?

Je hoeft me niet te overtuigen dat het erg is of niet erg. Ik geloof je gewoon.

Een paar dingen die voor anderen soms werken als de drang heel groot is: een ijsblokje in je hand
houden tot het gesmolten is, met een rode stift op je huid tekenen, heel hard op een kussen
slaan, of iemand een berichtje sturen, ook al is het alleen maar een emoji. Niet alles werkt voor
iedereen. Het mag ook uitproberen zijn.

En als je ooit een wonde hebt die je zelf niet vertrouwt: ga naar een dokter of de spoed. Die
zijn dat gewend en ze gaan je niet uitlachen.

Ik ben er, ook volgende week nog 🌱

[[Yasmina]]""",
        """ik snij al een jaar en niemand weet het. het is nu zomer en ik weet niet meer wat ik moet
aandoen. zeg alsjeblieft niet dat ik moet stoppen""",
        "Yasmina",
        sig="[[ervaringsdeskundige bij Lumi, vrijwilliger sinds 2022]]"),

    vol("dyslexie-sorry", "outlook_android", "nl",
        ["private-account", "student", "age-19", "top-posted", "greets-pseudonym", "client-line",
         "typos", "content-after-name", "signed-name", "new-shape", "dyslexia-note", "tussentaal"],
        ("Wout Hermans", "wout.hermans@outlook.example"),
        """Hey {pseudonym}

ik snap heel goed da ge het ni ziet zitten om het aan uwe pa te zeggen. mijn pa is ook zo'n type
die bij elke voetbalmatch roept da de scheidsrechter 'een mietje' is. Ge weet dan al op voorhand
hoe die gaat reageren denkt ge. maar eerlijk, soms vallen ze mee. soms ook ni, dat is ook waar.

wat ik zou doen: eerst aan iemand anders zeggen bij wie ge zeker zijt. uwe zus misschien? ge
schreef dat ge goe overeenkomt met haar. dan staat ge ni alleen als het thuis ontploft.

en ge moet het helemaal nie nu doen. ge zijt 15. er is tijd.

[[Wout]]
sorry voor de schrijffouten, ik ben dyslectisch en autocorrect helpt ni altijd 😅""",
        """mijn pa zegt altijd lelijke dingen over homo's als er voetbal op tv is. ik ben 15 en ik
wil
het hem eigenlijk zeggen maar ik durf echt niet. mijn zus weet het misschien wel""",
        "Wout"),

    vol("mutt-followup", "v12vol_mutt", "nl",
        ["work-account", "worker", "age-52", "top-posted", "greets-pseudonym", "signed-name",
         "sig-dash", "work-signature", "new-shape", "mail-followup-to", "no-display-name"],
        ("", "g.willems@informatica.kuleuven.example"),
        """Dag {pseudonym},

Je schrijft dat je ouders je laptop 'controleren' en dat je daarom niet durft op te zoeken wat je
eigenlijk wilt weten over transgender zijn. Dat snap ik. Een paar tips die niets met hacken te
maken hebben:

1. De bibliotheek. Daar staan boeken over gender en je kunt er ook op de computers, zonder dat
   iemand thuis het ziet. De bibliothecaris stelt geen vragen.
2. Een privévenster is geen onzichtbaarheidsmantel, maar het laat wel geen geschiedenis achter
   op de laptop zelf.
3. Je kunt hier ook gewoon je vragen stellen. Wij kijken niet wie je bent, alleen wat je vraagt.

Stel gerust je eerste vraag in je volgende mail, hoe klein ze ook lijkt.

Groet,
[[Geert]]""",
        """mijn ouders kijken altijd mijn geschiedenis na op de laptop. ik wil dingen opzoeken over
trans zijn maar ik durf niet. ik ben 14""",
        "Geert",
        sig="""[[Geert Willems]]
[[Dept. Computerwetenschappen, KU Leuven]]""", sig_dash=True,
        headers=[("Mail-Followup-To", "geert.willems@mailbox.example")],
        identity=["geert.willems@mailbox.example"]),

    vol("pappa-account", "ipad", "nl",
        ["family-account", "others-account", "wrong-account", "retiree", "age-66", "top-posted",
         "greets-pseudonym", "client-line", "relative-named", "own-name-in-text", "signed-name",
         "reply-to-private"],
        ("Fam. Goossens-Wauters", "goossens.wauters@telenet.example"),
        """Dag {pseudonym},

Even vooraf: ik schrijf vanaf de iPad van mijn schoonzoon [[Pieter]], want de mijne ligt in de
herstelling. Het is wel degelijk [[Lutgart]] van Lumi die antwoordt.

Wat je vertelt over je mama die al drie weken in bed ligt en jij die intussen voor je twee kleine
broertjes zorgt: dat is heel veel voor een meisje van dertien. Je doet het goed, maar je moet het
niet alleen doen. Dat is geen kritiek op jou, en ook niet op je mama. Ziek zijn kan iedereen
overkomen.

Is er een huisarts die jullie kennen? Die mag je zelf bellen, ook als je dertien bent. Je kunt
zeggen: "Mijn mama is al lang ziek en ik weet niet meer wat ik moet doen." Dat is genoeg.

Ik denk aan je.
[[Lutgart]]""",
        """mijn mama ligt al 3 weken in bed en ik moet alles doen voor mijn broertjes. ik ben 13. ik
mag het aan niemand zeggen van haar""",
        "Lutgart",
        volunteer="lutgart.goossens@telenet.example",
        headers=[("Reply-To", "lutgart.goossens@telenet.example")],
        identity=["lutgart.goossens@telenet.example"]),
]

# ---------------------------------------------------------------- 11-20

CASES += [
    vol("excusez-francais", "gmail_ios", "fr",
        ["private-account", "student", "age-20", "top-posted", "greets-pseudonym", "signed-name",
         "content-after-name", "new-shape", "language-apology", "mixed-language"],
        ("Lotte Vandenberghe", "lotte.vdb@gmail.example"),
        """Bonjour {pseudonym},

Merci pour ton message. Tu écris que ta meilleure amie ne te parle plus depuis que tu lui as dit
que tu es bi, et qu'elle a raconté ça à toute la classe. C'est vraiment dur, et c'est normal que
tu te sentes trahie. Ce n'était pas à elle de le dire, c'était ton histoire à toi.

Je pense qu'il y a deux choses différentes ici. D'abord la peine de perdre une amie. Ça, ça prend
du temps, et tu as le droit d'être triste ou en colère, ou les deux en même temps. Ensuite ce qui
se passe en classe: si des élèves se moquent de toi, c'est du harcèlement, et ça, un adulte à
l'école doit le savoir. Est-ce qu'il y a un éducateur ou une prof en qui tu as un peu confiance?

Tu peux m'écrire encore, même juste pour dire comment s'est passée ta journée.

Bisous,
[[Lotte]]

(excusez mon français, je suis néerlandophone, j'espère que tout est clair 🙈)""",
        """j'ai dit à ma meilleure amie que je suis bi et maintenant elle me parle plus et toute la
classe
le sait. j'ai 14 ans et je veux plus aller à l'école""",
        "Lotte"),

    vol("reading-time", "v12vol_hey", "en",
        ["private-account", "worker", "age-35", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "reading-time", "long"],
        ("Priya Raman", "priya@raman.example"),
        """Hi {pseudonym},

(Reading time: about three minutes. Sorry, I got carried away.)

Thank you for writing to us in English. You said you moved to Belgium eight months ago, that you
don't speak Dutch yet, and that at your new school everyone already has their group. Lunch is the
worst part, you said, because you end up eating in the toilets so nobody sees you alone.

I want you to know that what you describe is incredibly common for people who move countries as
teenagers, and it says nothing about how likeable you are. Groups at school form in the first
weeks of the first year and then they set like concrete. Arriving later means you're knocking on
closed doors, not that there's something wrong with you.

A few small things that have helped other people in your spot:
- Pick one person who also seems a bit on the edge and ask them something small and practical
  ("do you know where room B12 is?"). Small questions open doors better than big ones.
- Many schools here have a "buddy" system for newcomers, or a teacher who is responsible for
  students who are learning Dutch. Ask at the secretariat, it's a normal question.
- Join one thing outside school that doesn't need much language: a climbing gym, a swimming club,
  a youth orchestra. Doing something together is easier than talking.

And about the toilets: I understand why you go there. But you deserve to eat your lunch sitting
in the light. Even a bench outside with headphones is a step up.

Write back whenever you like. Tell me what you're good at, I'm curious.

Warmly,
[[Priya]]""",
        """i moved to belgium 8 months ago and i dont speak dutch. at school everyone has their
friends
already. i eat my lunch in the toilets. im 15""",
        "Priya"),

    vol("ziekenhuis-rolstoel", "outlook_desktop", "nl",
        ["work-account", "worker", "age-44", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "disclaimer-en", "phone-in-sig", "signed-name", "new-shape",
         "access-info-line"],
        ("Sofie Lenaerts", "sofie.lenaerts@azsintjan.example"),
        """Dag {pseudonym},

Ik lees dat je je zorgen maakt over het gesprek bij de psychiater volgende week, en dat je bang
bent dat ze je 'gek' gaan verklaren. Dat gaat niet gebeuren. Een eerste gesprek is vooral
kennismaken: ze gaan vragen hoe je slaapt, hoe het op school gaat, wat je graag doet, wat moeilijk
is. Je mag ook zelf vragen stellen, bijvoorbeeld wat ze met je antwoorden doen en wie ze te zien
krijgt.

Tip: schrijf vooraf op je gsm drie dingen die je zeker wilt zeggen. Als je dan dichtklapt, wat
heel normaal is, kun je gewoon je scherm voorlezen.

En je mag iemand meenemen in de wachtzaal. Dat hoeft niet je mama te zijn.

Groeten,
[[Sofie]]""",
        """volgende week moet ik naar een psychiater en ik ben zo bang dat ze gaan zeggen dat ik gek
ben. ik ben 17""",
        "Sofie",
        sig="""[[Sofie Lenaerts]]
[[Verpleegkundige kinder- en jeugdpsychiatrie]]
[[AZ Sint-Jan Brugge]] – [[campus Sint-Pieter]]
[[Ruddershove 10, 8000 Brugge]]
[[T +32 50 45 21 77]]
Campus is rolstoeltoegankelijk via ingang C (Ruddershove).

Dit bericht is vertrouwelijk. Bent u niet de bestemmeling, verwijder het dan en verwittig de
afzender. / This message is confidential. If you are not the intended recipient, please delete
it and notify the sender."""),

    vol("claws-inline", "v12vol_claws", "nl",
        ["private-account", "retiree", "age-74", "inline-answer", "greets-pseudonym", "signed-name",
         "no-quote"],
        ("Hugo Depoorter", "hugo.depoorter@pandora.example"),
        """Dag {pseudonym},

Ik antwoord tussen je zinnen, dat is voor mij het gemakkelijkst.

<<> ik weet niet of ik het aan mijn vriend moet zeggen dat ik twijfel over ons>>

Als je twijfelt, dan weet hij dat waarschijnlijk al een beetje. Mensen voelen zoiets. Het is
eerlijker om het te zeggen dan om het te laten sudderen. Je hoeft niet meteen een besluit te
hebben, je mag ook zeggen: "Ik weet het niet goed meer."

<<> hij is heel lief maar ik voel niks meer als hij me kust>>

Dat komt voor, ook bij lieve mensen. Lief zijn en verliefd zijn zijn twee verschillende dingen.

<<> ik ben 17 en het is mijn eerste lief>>

Dan is het ook je eerste keer dat je zoiets moet uitpraten. Dat mag onhandig gaan.

Vriendelijke groet,
[[Hugo]]""",
        """ik weet niet of ik het aan mijn vriend moet zeggen dat ik twijfel over ons""",
        "Hugo", quote_style="none"),

    vol("zimbra-school", "v12vol_zimbra", "nl",
        ["school-account", "teacher", "age-37", "greets-pseudonym", "html-only",
         "signed-name", "work-signature", "new-shape", "nntr-line", "no-quote"],
        ("An-Sofie Moens", "ansofie.moens@kaheverlee.example"),
        """Dag {pseudonym},

Ik ben leerkracht, dus ik weet hoe een klas eruitziet van voor aan het bord. Wat jij beschrijft,
dat er een groepje is dat elke keer zucht als jij iets zegt en dat de leerkracht niets merkt: dat
zie ik echt niet altijd. Soms zie ik het wel en weet ik niet goed hoe ik moet reageren.

Daarom wil ik je aanmoedigen om het toch tegen één leerkracht te zeggen, liefst na de les, even
alleen. Je kunt het kort houden: "Als ik iets zeg in de klas, lachen ze me uit. Ik wil niet dat
iedereen weet dat ik het gezegd heb." Een goede leerkracht gaat daar voorzichtig mee om.

Je hoeft hier niet op te antwoorden als je niet wilt. Ik wilde je gewoon laten weten dat het
gelezen is.

[[Mevr. Moens]]""",
        """als ik iets zeg in de klas zuchten ze allemaal en lachen ze. de leerkracht ziet niks. ik
zit in het 3de""",
        "An-Sofie", html="only", quote_style="none",
        sig="""[[An-Sofie Moens]]
[[leerkracht Nederlands – Kardinaal Heverlee College]]"""),

    vol("spike-thema", "v12vol_spike", "nl",
        ["private-account", "parent", "age-48", "top-posted", "greets-pseudonym", "thema-line",
         "client-line", "relative-named", "signed-name", "family-named"],
        ("Nathalie Verstraete", "nathalie.verstraete@proximus.example"),
        """Dag {pseudonym},

Mijn eigen zoon [[Ruben]] heeft op zijn veertiende ook een jaar gehad waarin hij alleen nog met zijn
koptelefoon op rondliep en niks meer zei aan tafel. Ik dacht toen dat hij ons haatte. Later vertelde
hij me dat hij gewoon niet wist hoe hij moest zeggen dat hij gepest werd op de bus.

Ik vertel je dat niet om over mezelf te praten, maar omdat ik denk dat je mama misschien net zo in
het duister tast als ik toen. Jij schrijft dat zij 'toch niks snapt'. Misschien klopt dat. Maar
misschien wil ze het wel, en weet ze niet waar te beginnen.

Zou je het eens kunnen proberen in een briefje in plaats van aan tafel? Soms is papier makkelijker.

Hartelijke groet,
[[Nathalie]]

<<#thema: familie, pesten>>""",
        """mijn mama snapt toch niks. ze vraagt altijd waarom ik zo stil ben aan tafel. ik word
gepest
op de bus maar dat ga ik haar echt niet zeggen""",
        "Nathalie"),

    vol("cpas-greve", "outlook_web", "fr",
        ["work-account", "worker", "age-51", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer-fr", "phone-in-sig", "signed-name", "new-shape", "strike-notice"],
        ("Bénédicte Lambotte", "benedicte.lambotte@cpas-namur.example"),
        """Bonjour {pseudonym},

Tu écris que tes parents vont divorcer et qu'on t'a demandé de choisir chez qui tu veux vivre. Ça
fait beaucoup de poids sur tes épaules, surtout à quinze ans. Je veux te dire une chose clairement:
tu n'as pas à porter ce choix tout seul. Ton avis compte, oui, mais ce sont les adultes (tes
parents, et si besoin un juge) qui décident. Tu peux donner ton avis sans avoir l'impression de
trahir l'un ou l'autre.

Si tu veux, tu peux demander à être entendu par quelqu'un de neutre. En Belgique, à partir de
douze ans, un enfant peut demander à être entendu par le juge. Ce n'est pas un tribunal effrayant,
c'est souvent une petite conversation dans un bureau.

Est-ce que tu as quelqu'un à qui parler de tout ça, en dehors de tes parents?

Bien à toi,
[[Bénédicte]]""",
        """mes parents divorcent et ils veulent que je choisisse chez qui je vais habiter. j'ai 15
ans.
si je choisis mon père ma mère va pleurer""",
        "Bénédicte",
        sig="""[[Bénédicte Lambotte]]
[[Assistante sociale – Service jeunesse]]
[[CPAS de Namur]] | [[Rue de Dave 165, 5100 Jambes]]
[[081 33 71 04]]

En raison d'une grève nationale, nos bureaux seront fermés le jeudi 13 mars.

Ce message et ses annexes sont confidentiels. S'il ne vous est pas destiné, merci de le supprimer
et d'en avertir l'expéditeur."""),

    vol("hoofdletters-opa", "yahoo", "nl",
        ["private-account", "retiree", "age-80", "top-posted", "greets-pseudonym", "capitals",
         "client-line", "signed-name", "own-name-in-text"],
        ("JOZEF VERMEULEN", "jozef.vermeulen34@yahoo.example"),
        """DAG {pseudonym}

IK BEN [[JOZEF]], IK BEN 80 JAAR EN IK SCHRIJF MET GROTE LETTERS OMDAT MIJN OGEN NIET MEER ZO GOED
ZIJN. NIET SCHRIKKEN, IK ROEP NIET.

JE SCHRIJFT DAT JE OPA DOOD IS EN DAT IEDEREEN ZEGT DAT JE MOET VERDERGAAN. IK BEN ZELF OPA VAN
NEGEN KLEINKINDEREN EN IK ZOU NIET WILLEN DAT ZIJ ZOMAAR MOETEN VERDERGAAN. VERDRIET HEEFT ZIJN
TIJD NODIG. JE MAG NOG LANG AAN HEM DENKEN. JE MAG OOK LACHEN OM DINGEN DIE HIJ ZEI. DAT IS GEEN
VERRAAD, DAT IS HEM MEENEMEN.

SCHRIJF EENS IETS OVER HEM ALS JE WIL. WAT DEDEN JULLIE SAMEN?

GROETEN
[[JOZEF]]""",
        """mijn opa is vorige maand gestorven en iedereen zegt dat ik moet verdergaan met mijn
leven. ik
was altijd bij hem op woensdag""",
        "Jozef"),

    vol("spotify-liedjes", "huawei", "nl",
        ["private-account", "worker", "age-24", "top-posted", "greets-pseudonym", "tussentaal",
         "emoji", "client-line", "signed-name", "new-shape", "song-list"],
        ("Jens Lauwers", "jenslauwers@gmail.example"),
        """Hey {pseudonym} 👋

Zo blij da ge terugschrijft! En kei goe nieuws da ge met die jongen van de muziekschool gesproken
hebt, ook al was 't maar over de bus. Da's een begin eh.

Ge vroeg wat ik doe als ik me slecht voel. Eerlijk? Muziek, keihard, en dan wandelen tot mijn
benen moe zijn. Hier zijn een paar nummers die mij door mijn eigen coming-out hebben gesleept,
misschien zit er iets tussen voor u:

🎵 Troye Sivan – Heaven
🎵 Stromae – Papaoutai (ja, ik weet het, maar luister naar de tekst)
🎵 Years & Years – Shine
🎵 Hozier – Take Me To Church

Laat gij mij ook eens iets weten da gij graag hoort? Ik ben altijd op zoek naar nieuwe muziek 🎧

Ciao!
[[Jens]]""",
        """ik heb met die jongen van de muziekschool gesproken!! wel alleen over de bus maar toch.
wat doe jij eigenlijk als je je slecht voelt?""",
        "Jens"),

    vol("isbn-book", "apple_mail", "en",
        ["private-account", "worker", "age-41", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "isbn-tip"],
        ("Hannah O'Connell", "hannah.oconnell@icloud.example"),
        """Dear {pseudonym},

You asked if there's a book that explains what being non-binary is, something you could leave on
the kitchen table for your parents without having to say it out loud. I love that idea. It's
brave and sneaky at the same time.

Two that people have found useful:

"Beyond the Gender Binary" by Alok Vaid-Menon. It's tiny, you can read it in an hour, and it's
written for people who have never thought about gender before.
ISBN 978-0-593-09465-5

"Gender: A Graphic Guide" by Meg-John Barker and Jules Scheele. It's a comic, which might make it
less scary for a parent to pick up.
ISBN 978-1-78578-451-6

Your local library can usually order either one in, for free or almost free. You don't have to
give a reason.

Let me know if they find it!
[[Hannah]]""",
        """is there a book that explains non binary? i want to put it on the kitchen table so my
parents read it and i dont have to say it. im 16""",
        "Hannah"),
]

# ---------------------------------------------------------------- 21-30

CASES += [
    vol("concept-opgeslagen", "v12vol_evolution", "nl",
        ["private-account", "worker", "age-31", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "draft-stamp", "long"],
        ("Thomas Vanhoutte", "thomas@vanhoutte.example"),
        """<<Concept opgeslagen om 23:41>>

Dag {pseudonym},

Ik heb dit antwoord eerst in mijn notities geschreven, want ik wilde het goed doen. Je vroeg of
het normaal is dat je soms denkt dat het beter zou zijn als je er niet meer was. Ik ga daar eerlijk
op antwoorden: veel mensen hebben zulke gedachten op een moment in hun leven, vooral als alles
tegelijk tegenzit. Het betekent niet dat je gek bent. Het betekent wel dat je pijn hebt, en dat
die pijn aandacht verdient.

Ik wil je iets vragen, en je mag eerlijk zijn: denk je er nu aan om jezelf iets aan te doen? Heb
je er al over nagedacht hoe? Als het antwoord ja is, bel dan vandaag nog 1813. Dat is de
Zelfmoordlijn, ze zijn er dag en nacht, gratis, en je mag ook chatten als bellen te veel is. En
als het echt acuut is: 112.

Als het eerder gedachten zijn die komen en gaan, dan is het toch goed om er met iemand over te
praten die je kunt zien. Een huisarts, de CLB-medewerker, een psycholoog. Je hoeft het niet
perfect uit te leggen. "Ik heb soms donkere gedachten en ik weet niet wat ik ermee moet" is genoeg.

Ik lees je volgende mail zeker. Schrijf gewoon wat er in je opkomt.

[[Thomas]]""",
        """is het normaal dat ik soms denk dat het beter zou zijn als ik er niet meer was? ik ben 17
en alles gaat mis dit jaar""",
        "Thomas"),

    vol("bank-ehbo", "outlook_mobile", "nl",
        ["work-account", "worker", "age-55", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "disclaimer-fr", "phone-in-sig", "client-line", "signed-name",
         "new-shape", "first-aid-line"],
        ("Kristof De Wulf", "kristof.dewulf@argenta-bank.example"),
        """Dag {pseudonym},

Even kort vanop de trein, maar ik wilde niet wachten. Je schrijft dat je 50 euro hebt 'geleend'
uit de portemonnee van je mama om een cadeau te kopen voor je vriendin, en dat je nu niet meer
kunt slapen. Dat je daar wakker van ligt, zegt eigenlijk veel goeds over jou.

Mijn raad: zeg het zelf, voor zij het ontdekt. Het zal even onaangenaam zijn, maar 'ik heb iets
stoms gedaan en ik wil het terugbetalen' is een zin die de meeste mama's uiteindelijk respecteren.
Stel zelf voor hoe je het terugbetaalt, bijvoorbeeld met je zakgeld of door extra te helpen.

Laat je weten hoe het ging?

[[Kristof]]""",
        """ik heb 50 euro gepakt uit de portemonnee van mijn ma voor een cadeau voor mijn vriendin.
ik
ben 14. ik kan niet meer slapen""",
        "Kristof",
        sig="""[[Kristof De Wulf]]
[[Kredietadviseur – Kantoor Gent-Zuid]]
[[Argenta Bank]] | [[Kortrijksesteenweg 311, 9000 Gent]]
[[M +32 478 66 10 25]]
[[EHBO-verantwoordelijke 3de verdieping]]

Dit bericht is uitsluitend bestemd voor de geadresseerde. / Ce message est exclusivement destiné
au destinataire."""),

    vol("lsfb-retraitee", "iphone", "fr",
        ["private-account", "retiree", "age-69", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "new-shape", "sign-language-line"],
        ("Monique Dethier", "monique.dethier@voo.example"),
        """Bonjour {pseudonym},

Tu me demandes si c'est bête de vouloir apprendre la langue des signes parce que ta copine est
sourde et que tu veux lui parler sans que sa mère traduise tout. Ce n'est pas bête du tout, c'est
magnifique. J'ai été interprète pendant trente ans, et je peux te dire que les personnes sourdes
remarquent toujours quand quelqu'un fait l'effort.

Il existe des cours du soir dans plusieurs villes, et aussi des vidéos pour commencer (l'alphabet,
les salutations, « je t'aime » qui est très facile). Demande à ta copine de t'apprendre un signe par
jour. Elle sera sûrement touchée, et vous aurez un petit langage à vous.

Avec toute mon amitié,
[[Monique]]""",
        """ma copine est sourde et je veux apprendre la langue des signes pour lui parler sans que
sa
mère traduise. c'est bête? j'ai 16 ans""",
        "Monique", sig="[[interprète LSFB retraitée]]"),

    vol("gedeeld-adres", "webmail", "nl",
        ["shared-account", "parent", "age-42", "top-posted", "greets-pseudonym", "relative-named",
         "signed-name", "family-named", "partner-named"],
        ("Bram & Elke", "bram.en.elke@telenet.example"),
        """Dag {pseudonym},

Hier [[Elke]]. Je krijgt dit vanaf het adres dat ik deel met mijn man [[Bram]], niet schrikken
van de afzender.

Je vertelt dat je plusvader heel streng is en dat hij altijd zegt 'zolang je onder mijn dak
woont'. Ik ben zelf plusmama van twee tieners en ik moet eerlijk toegeven dat ik die zin ook al
eens gezegd heb, in een slecht moment. Ik had spijt achteraf.

Soms helpt het om de regels eens samen op te schrijven, op een rustig moment, niet midden in
een ruzie. Wat mag, wat niet, en waarom. Dan weet iedereen waar hij staat en voelt het minder als
willekeur. Zou je dat durven voorstellen, misschien eerst aan je mama?

Groetjes,
[[Elke]]""",
        """mijn plusvader is super streng en zegt altijd zolang je onder mijn dak woont. ik ben 15
en
ik mag echt niks""",
        "Elke",
        volunteer="bram.en.elke@telenet.example"),

    vol("vorming-notities", "v12vol_geary", "nl",
        ["private-account", "student", "age-22", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "training-notes-paste"],
        ("Febe Dewulf", "febe.dewulf@posteo.example"),
        """Dag {pseudonym},

Je schreef dat je vriendin je elke avond vraagt om je locatie te delen, en dat ze boos wordt als
je een uur niet antwoordt. Je vroeg of dat 'normaal is in een relatie'. Ik had in mijn vorming bij
Lumi notities gemaakt over precies dit, ik plak ze hier even, want ze zeggen het beter dan ik:

"Uit de vorming, dag 2 – gezonde en ongezonde relaties:
- Gezond: je mag alleen tijd hebben zonder uitleg. Je partner vertrouwt je ook als je niet
  antwoordt.
- Ongezond: controle van je gsm, je locatie, je vrienden. Boosheid of schuldgevoel als je iets
  alleen doet.
- Let op: controle begint vaak als 'bezorgdheid' of 'omdat ik zoveel van je hou'."

Ik zeg niet dat je vriendin een slecht mens is. Misschien is ze zelf heel onzeker. Maar wat jij
beschrijft, hoort bij de tweede lijst. En jij verdient de eerste.

Hoe voel jij je als je je gsm een avondje wegleggen zou? Opgelucht, of bang voor wat zij zegt? Dat
antwoord zegt al veel.

Liefs,
[[Febe]]""",
        """mijn vriendin wil dat ik elke avond mijn locatie deel en ze wordt boos als ik een uur
niet
antwoord. is dat normaal in een relatie? ik ben 17""",
        "Febe"),

    vol("x-priority-uni", "outlook_desktop", "en",
        ["work-account", "worker", "age-38", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer-en", "signed-name", "new-shape", "priority-flag"],
        ("Dr. Marcus Fleming", "m.fleming@vub-research.example"),
        """Hi {pseudonym},

I flagged this as urgent by mistake, please ignore the little red exclamation mark if you see one.
Nothing is on fire.

You asked whether it's okay to not want a relationship at all, ever, when all your friends talk
about is who likes who. Yes. It's okay. Some people are asexual or aromantic, some people just
aren't interested right now, and some people figure it out much later. None of those is a
problem to be fixed.

If you want a word to look into, "asexual" and "aromantic" are good places to start, and there
are online communities of people your age who feel the same. But you don't need a label to be
allowed to say "not for me, thanks."

Take care,
[[Marcus]]""",
        """is it ok to not want a relationship ever? all my friends talk about is crushes. im 16
and i
just dont get it""",
        "Marcus",
        headers=[("X-Priority", "1 (Highest)"), ("Importance", "high")],
        sig="""[[Marcus Fleming]], PhD
[[Postdoctoral researcher, Brussels Institute for Social Research]]
[[Pleinlaan 9, 1050 Brussels]]

The information in this e-mail is confidential and intended solely for the addressee."""),

    vol("voornaam-veld", "gmail_web", "nl",
        ["private-account", "worker", "age-27", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "merge-field"],
        ("Elias Coppens", "elias.coppens@gmail.example"),
        """Dag «Voornaam»,

Oeps, ik gebruik een sjabloon dat ik voor mezelf gemaakt heb en ik vergat dat veld in te vullen.
Dag {pseudonym} dus!

Bedankt dat je terugschrijft. Je vertelt dat het gesprek met je leerkracht beter ging dan
verwacht, dat ze niet gelachen heeft en dat ze zelfs vroeg hoe ze je moet aanspreken. Wat fijn.
Dat is precies het soort volwassene dat je nodig hebt.

Je vroeg hoe je nu verder kunt met de rest van de klas. Mijn tip: je hoeft niet iedereen tegelijk
in te lichten. Begin bij de mensen die je al vertrouwt en laat het van daaruit groeien. En als je
leerkracht aanbiedt om te helpen, mag je dat aannemen.

Groetjes,
[[Elias]]""",
        """het gesprek met mijn leerkracht ging goed!! ze vroeg zelfs hoe ze me moet noemen. hoe
moet
ik het nu aan de klas zeggen""",
        "Elias"),

    vol("pegasus-latin1", "v12vol_pegasus", "nl",
        ["private-account", "retiree", "age-77", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "latin1-charset", "sig-dash"],
        ("Paula Verhaegen", "paula.verhaegen@belgacom.example"),
        """Beste {pseudonym},

Dank voor uw mail. Ik spreek jonge mensen nog altijd aan met 'u', dat is een oude gewoonte, neem
het mij niet kwalijk.

U schrijft dat u al weken niet meer buiten komt behalve voor school, en dat u de zaterdagen in
bed doorbrengt. U vraagt of dat luiheid is. Ik denk het niet. Luiheid voelt meestal prettig aan, en
wat u beschrijft klinkt eerder zwaar en grijs.

Zou u het aandurven om eens met uw huisarts te praten? U kunt gewoon zeggen: "Ik heb nergens
nog zin in, al een hele tijd." Dat is een heel gewone reden om op consultatie te gaan.

Met hartelijke groeten,
[[Paula]]""",
        """ik kom al weken niet meer buiten behalve voor school. zaterdag blijf ik gewoon in bed.
is dat
luiheid? ik ben 16""",
        "Paula", charset="iso-8859-1", sig="[[Paula Verhaegen]]", sig_dash=True),

    vol("echelle-dix", "gmail_android", "fr",
        ["private-account", "student", "age-23", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "scale-question", "emoji"],
        ("Inès Bouzid", "ines.bouzid@gmail.example"),
        """Coucou {pseudonym},

Je suis contente que tu m'aies répondu! Tu dis que ça va « un peu mieux mais pas trop ». Je
comprends, c'est souvent comme ça, ça monte et ça descend.

Je vais te poser une question un peu bizarre: sur une échelle de 1 à 10, où 1 c'est « je reste
sous ma couette toute la journée » et 10 c'est « je danse dans ma chambre », tu serais où
aujourd'hui? Et la semaine dernière?

Ça m'aide à comprendre si les choses bougent, même un tout petit peu. Un 3 qui devient un 4, c'est
déjà quelque chose 💛

Et dis-moi aussi une petite chose qui t'a fait sourire cette semaine, même minuscule.

À bientôt,
[[Inès]]""",
        """ça va un peu mieux mais pas trop. merci pour ta réponse de la dernière fois""",
        "Inès"),

    vol("dicteer-fietsen", "samsung", "nl",
        ["private-account", "worker", "age-30", "top-posted", "greets-pseudonym", "voice-to-text",
         "no-punctuation", "client-line", "signed-name", "own-name-in-text"],
        ("Dries Mertens", "dries.mertens88@gmail.example"),
        """hallo {pseudonym} ik ben aan het fietsen dus ik spreek dit in sorry als er rare woorden
tussen staan ik wou toch snel reageren op je vraag over de scouts ik vind het heel dapper dat je
hebt gezegd dat je niet meer mee wil op kamp omdat je niet bij de jongens wil slapen en ik denk dat
je leiding daar echt moet naar luisteren veel groepen hebben nu een aparte tent of laten je
kiezen vraag het gewoon aan de takleiding of laat je ouders het vragen als je dat liever hebt je
bent niet lastig je vraagt gewoon iets normaal groetjes [[Dries]] punt""",
        """ik wil niet meer mee op scoutskamp omdat ik niet bij de jongens wil slapen ik ben trans
maar
dat weet daar niemand""",
        "Dries"),
]

# ---------------------------------------------------------------- 31-40

CASES += [
    vol("amo-satisfaction", "outlook_desktop", "fr",
        ["work-account", "worker", "age-34", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer-fr", "phone-in-sig", "signed-name", "new-shape", "feedback-survey-line"],
        ("Masson Julien (Le Tremplin)", "j.masson@amo-tremplin.example"),
        """Salut {pseudonym},

J'ai bien lu ton message. Tu dis que tu dors chez un ami depuis quatre jours parce que ton père
t'a mis dehors après une dispute, et que tu ne sais pas combien de temps ça peut durer. D'abord:
je suis content que tu aies un endroit où dormir ce soir. C'est le plus important.

Ensuite, tu as des droits. À seize ans, tes parents restent responsables de toi, même après une
dispute. Tu peux aller dans une AMO (service d'aide en milieu ouvert) près de chez toi, sans
rendez-vous et sans que tes parents soient prévenus si tu ne le veux pas. Ils peuvent t'aider à
réfléchir, à reprendre contact avec ton père, ou à trouver une autre solution si ce n'est pas
possible.

Tu veux me dire dans quelle ville tu es? Pas ton adresse, juste la ville, pour que je te dise où
aller.

À très vite,
[[Julien]]""",
        """mon père m'a mis dehors après une dispute. je dors chez un pote depuis 4 jours. j'ai 16
ans.
je sais pas combien de temps je peux rester""",
        "Julien",
        sig="""[[Julien Masson]]
[[Éducateur]] – [[AMO Le Tremplin]]
[[Rue des Carmes 22, 6000 Charleroi]]
[[071 30 58 12]]

Êtes-vous satisfait de notre réponse ? Donnez-nous votre avis en 1 clic : 😀 😐 🙁

Ce courriel est confidentiel. Si vous l'avez reçu par erreur, merci de le signaler à l'expéditeur
et de le détruire."""),

    vol("clacks-bottom", "v12vol_mailmate", "nl",
        ["private-account", "worker", "age-34", "bottom-posted", "greets-pseudonym", "signed-name",
         "new-shape", "clacks-header"],
        ("Stijn Lammens", "stijn@lammens.example"),
        """Dag {pseudonym},

Ik antwoord onder je bericht, zo kun je het makkelijk teruglezen.

Je wilt weten hoe je een panikaanval herkent, omdat je vorige week in de winkel ineens niet meer
kon ademen en je dacht dat je doodging. Wat je beschrijft (hartkloppingen, het gevoel dat je
stikt, trillen, weg willen) klinkt inderdaad als een paniekaanval. Dat is heel beangstigend, maar
niet gevaarlijk. Hij gaat altijd weer voorbij, meestal binnen tien, twintig minuten.

Wat helpt tijdens: langzaam uitademen, langer uit dan in. Tel tot vier bij het inademen, tot zes
bij het uitademen. Voeten stevig op de grond. Zeg tegen jezelf: "Dit is paniek, het gaat over."

Als het vaker gebeurt, praat er dan met je huisarts over. Daar bestaat goede hulp voor.

Groet,
[[Stijn]]""",
        """vorige week in de delhaize kon ik ineens niet meer ademen en ik dacht dat ik doodging.
was
dat een paniekaanval? ik ben 15""",
        "Stijn", quote_pos="above",
        headers=[("X-Clacks-Overhead", "GNU Terry Pratchett")]),

    vol("dochters-account", "gmail_android", "nl",
        ["others-account", "wrong-account", "family-account", "parent", "age-58", "top-posted",
         "greets-pseudonym", "relative-named", "own-name-in-text", "signed-name", "cc-own-address"],
        ("Amber Segers", "amber.segers2006@gmail.example"),
        """Dag {pseudonym},

Niet verschieten van de naam bovenaan: mijn laptop is gecrasht en ik leen de gsm van mijn dochter
[[Amber]]. Ik ben het wel, [[Griet]], je vrijwilliger van vorige week. Ik zet mijn eigen adres
erbij in kopie zodat ik het terugvind.

Je schreef dat je je verjaardagsfeestje hebt afgezegd omdat je bang was dat niemand zou komen.
Dat is zo'n herkenbare angst. Ik wil je vragen: heb je het feestje afgezegd voor je het wist, of
omdat mensen effectief hebben gezegd dat ze niet kwamen? Dat is een groot verschil. Angst vertelt
ons vaak het slechtste verhaal, nog voor er iets gebeurd is.

Misschien kun je iets kleiners proberen: één of twee mensen uitnodigen voor een pizza. Minder
risico, minder druk.

Groetjes,
[[Griet]]""",
        """ik heb mijn verjaardagsfeest afgezegd want ik was bang dat niemand ging komen. ik word
14""",
        "Griet",
        volunteer="griet.segers@skynet.example",
        headers=[("Cc", "griet.segers@skynet.example")],
        identity=["griet.segers@skynet.example"]),

    vol("one-liner-thanks", "iphone", "en",
        ["private-account", "student", "age-19", "top-posted", "greets-pseudonym", "very-short",
         "client-line", "no-punctuation"],
        ("Chloe Mbeki", "chloe.mbeki@icloud.example"),
        """{pseudonym} that made my whole day honestly, so proud of you for telling her x""",
        """i told my mum!!! she hugged me. thank you for last time""",
        "Chloe"),

    vol("stagiair-gemeente", "outlook_web", "nl",
        ["work-account", "student", "age-23", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "crlf", "signed-name", "new-shape", "intern-line"],
        ("Arne Bogaert", "arne.bogaert@stad-lier.example"),
        """Dag {pseudonym},

Je schreef dat je nog niet weet wat je volgend jaar wilt studeren en dat iedereen in je klas dat
blijkbaar al wél weet. Geloof me: de helft van die mensen weet het ook niet, ze zeggen gewoon iets.
Ik ben zelf van richting veranderd na een jaar, en dat was de beste beslissing van mijn leven.

Wat je kunt doen: ga naar een paar infodagen, ook van richtingen waar je twijfelt. Praat met
studenten, niet alleen met professoren. En vraag jezelf af: waar verlies ik de tijd mee als ik
bezig ben? Daar zit vaak een hint.

Veel succes, en laat gerust weten wat je kiest!

[[Arne]]""",
        """ik weet nog altijd niet wat ik volgend jaar ga studeren en iedereen in mijn klas weet
het al.
ik ben 18 en ik word er gek van""",
        "Arne", crlf=True,
        sig="""[[Arne Bogaert]]
[[Stagiair communicatie]]
[[Stad Lier]] – [[Dienst Jeugd]]
[[Paradeplein 2, 2500 Lier]]

Aan deze e-mail kunnen geen rechten worden ontleend."""),

    vol("ramadan-mubarak", "v12vol_fairemail", "nl",
        ["private-account", "worker", "age-26", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "ramadan-line", "emoji", "mixed-language"],
        ("Soufiane Amrani", "soufiane.amrani@posteo.example"),
        """Salam {pseudonym},

Eerst en vooral: Ramadan Mubarak 🌙 Ik las dat je aan het vasten bent en dat het dit jaar extra
zwaar is, omdat je ook examens hebt en omdat je het gevoel hebt dat je familie het niet zou
begrijpen als je zegt dat je met jezelf worstelt.

Ik ben zelf moslim en ik ben ook gay. Ik heb jaren gedacht dat die twee niet samen konden bestaan.
Ik ga je niet vertellen wat je moet geloven, dat is tussen jou en God. Maar ik kan je wel zeggen
dat je niet de enige bent, en dat er mensen zijn die allebei zijn en daar vrede mee gevonden
hebben, elk op hun eigen manier.

Zorg ook goed voor je lichaam deze maand. Slaap genoeg, drink goed bij iftar. Examens en vasten
en piekeren tegelijk is veel.

Je mag me alles vragen.

[[Soufiane]]""",
        """ik vast en ik heb examens en ik denk dat ik gay ben en mijn familie mag dat nooit weten.
ik
ben 17 en ik weet niet meer wat te doen""",
        "Soufiane"),

    vol("alpine-commentaire", "v12vol_alpine", "fr",
        ["private-account", "retiree", "age-72", "top-posted", "greets-pseudonym", "signed-name",
         "comment-display-name", "sig-dash"],
        ("Jean-Pierre Gobert", "jp.gobert@skynet.example"),
        """Bonjour {pseudonym},

Vous me demandez, pardon, tu me demandes (je suis vieux jeu), si c'est normal d'avoir peur de la
fin du monde au point de ne plus dormir, à cause de tout ce qu'on lit sur le climat. Je crois que
c'est une peur très compréhensible. Tu n'es pas naïf, tu es attentif.

Deux choses m'aident, moi. D'abord, limiter les nouvelles: une fois par jour, pas au lit. Ensuite,
faire quelque chose de concret, même petit: un potager, un groupe de jeunes pour le climat, une
action à l'école. L'angoisse diminue quand on agit avec d'autres.

Et si tu ne dors vraiment plus, parles-en à ton médecin. Le sommeil, c'est sérieux.

Cordialement,
[[Jean-Pierre]]""",
        """j'ai tellement peur pour le climat que je dors plus. j'ai 15 ans. est-ce que c'est
normal""",
        "Jean-Pierre", from_style="comment", sig="[[J.-P. Gobert]]", sig_dash=True),

    vol("proton-leestijd", "proton", "nl",
        ["private-account", "worker", "age-32", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "new-shape", "reading-time", "long"],
        ("Margot Dierckx", "margot.dierckx@proton.example"),
        """Dag {pseudonym},

Leestijd: een minuut of vier. Neem er gerust een tas thee bij.

Je vertelde me dat je sinds de zomer geen eetlust meer hebt, dat je 's middags je boterhammen
weggeeft en dat je het eigenlijk wel fijn vindt dat je broek losser zit. Je vroeg of ik het aan
iemand ga zeggen. Nee. Wat je hier schrijft, blijft hier. Ik weet niet eens wie je bent.

Maar ik ga wel eerlijk zijn, want ik denk dat je dat verdient. Wat je beschrijft, lijkt op het
begin van een eetstoornis. Dat woord klinkt groot en eng, en ik gebruik het niet om je bang te
maken. Ik gebruik het omdat het vroeg herkennen echt het verschil maakt. Hoe sneller iemand hulp
krijgt, hoe beter het meestal afloopt.

Wat ik je zou aanraden:
- Vertel het aan één volwassene. Je huisarts kan een goede eerste persoon zijn, en die heeft
  beroepsgeheim.
- Hou een paar dagen bij wat je eet en hoe je je erbij voelt. Niet om te tellen, maar om het
  zwart op wit te zien.
- Let op de stem in je hoofd die zegt dat het 'nog niet erg genoeg' is. Die stem liegt. Je hoeft
  niet ziek genoeg te zijn om hulp te verdienen.

En als je ooit duizelig wordt, flauwvalt of hartkloppingen hebt: dan ga je naar een dokter, die
dag zelf.

Ik ben benieuwd hoe het met je gaat. Schrijf je me terug?

[[Margot]]""",
        """sinds de zomer heb ik geen honger meer. ik geef mijn boterhammen weg en eerlijk gezegd
vind ik
het wel fijn dat mijn broek losser zit. ga je het aan iemand zeggen? ik ben 15""",
        "Margot"),

    vol("lange-mama", "windows_mail", "nl",
        ["private-account", "parent", "age-50", "top-posted", "greets-pseudonym", "client-line",
         "relative-named", "signed-name", "long", "family-named"],
        ("Katrien Bauwens", "katrien.bauwens@telenet.example"),
        """Dag {pseudonym},

Wat een lange mail heb je geschreven, en wat fijn dat je dat gedaan hebt. Ik heb hem twee keer
gelezen, één keer 's avonds en één keer 's morgens met een frisse kop, want ik wilde niks missen.

Ik ga proberen om op je drie vragen te antwoorden, in de volgorde waarin je ze stelde.

Eén: of het 'te laat' is om nog vrienden te maken in het vijfde middelbaar. Nee. Mijn dochter
[[Lore]] heeft haar beste vriendin leren kennen in het laatste jaar, op een schoolreis naar
Rome, omdat ze allebei geen zin hadden in de disco en samen op een bankje gingen zitten. Soms
begint vriendschap met samen ergens geen zin in hebben.

Twee: of het raar is dat je liever met je oma praat dan met mensen van je leeftijd. Ook niet. Je
oma luistert blijkbaar, ze heeft tijd, ze oordeelt niet. Dat zijn precies de dingen die je in een
vriend zoekt. Het zegt dus vooral iets over wat jij belangrijk vindt. Misschien vind je dat ook bij
mensen van je leeftijd die wat rustiger zijn, die niet de luidsten van de klas zijn.

Drie: of je je ouders moet vertellen dat je in de pauze alleen zit. Dat is jouw keuze. Maar ik
ben zelf mama, en ik kan je zeggen: ik zou het willen weten. Niet om meteen de school te bellen,
maar om te kunnen luisteren. Je kunt er ook bij zeggen: "Ik wil niet dat je iets onderneemt, ik
wil het je gewoon vertellen."

Nog één ding, dat je niet vroeg maar dat ik toch wil zeggen: je schrijft heel goed. Je zinnen
zijn helder en je bent eerlijk over jezelf. Dat is zeldzaam, ook bij volwassenen.

Veel liefs,
[[Katrien]]""",
        """(lange mail) ... is het te laat om nog vrienden te maken in het 5de? is het raar dat ik
liever met mijn oma praat? moet ik mijn ouders zeggen dat ik alleen zit op de speelplaats?""",
        "Katrien"),

    vol("ngo-accredited", "v12vol_postbox", "en",
        ["work-account", "worker", "age-45", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer-en", "phone-in-sig", "signed-name", "new-shape", "accreditation-line"],
        ("Fiona Gallagher-Dubois", "fiona.gd@brusselsyouthline.example"),
        """Hello {pseudonym},

You wrote that your boyfriend shared a photo of you with his friends without asking, and that
you feel sick every time you think about who might have seen it. I'm so sorry. What he did is
not okay, and it's not your fault, whatever anyone says about why you sent it in the first place.

Some practical things:
- In Belgium, sharing an intimate image of someone without their consent is a crime, also
  between teenagers.
- You can ask the platforms to take it down; most have a reporting form specifically for this.
- You can talk to the school's counsellor or a trusted adult, and you can also go to the police
  together with someone.

You're not in trouble. He is.

Write back whenever you're ready.
[[Fiona]]""",
        """my boyfriend showed a picture of me to his friends. a private picture. im 16. i feel
sick""",
        "Fiona",
        sig="""[[Fiona Gallagher-Dubois]]
[[Youth Outreach Coordinator]]
[[Brussels Youth Line asbl]] | [[+32 2 511 40 87]]
Accredited by the Brussels-Capital Region (COCOF)

This e-mail and any attachments are confidential. If you received it in error, please notify
the sender and delete it."""),
]

# ---------------------------------------------------------------- 41-50

CASES += [
    vol("html-geen-antwoord", "gmail_web", "nl",
        ["private-account", "worker", "age-36", "top-posted", "greets-pseudonym", "html-only",
         "signed-name", "new-shape", "nntr-line", "emoji"],
        ("Evelien Maes", "evelien.maes@gmail.example"),
        """Hoi {pseudonym},

Ik wou je gewoon even laten weten dat ik aan je gedacht heb vandaag. Je schreef vorige keer dat
de rechtszaak van je ouders deze week was, en dat je de hele dag bij je tante zou zitten wachten
op nieuws. Ik hoop dat het niet te lang heeft geduurd, dat wachten.

Wat de uitkomst ook is: jij hebt daar niets fout aan gedaan. Het is hun ruzie, niet de jouwe. En
je mag er dubbele gevoelens over hebben. Opgelucht én verdrietig, dat kan allebei tegelijk.

Je hoeft hier niet op te antwoorden als je er geen zin in hebt. Als je wel wil vertellen hoe het
ging, ben ik er 🫶

[[Evelien]]""",
        """deze week is de rechtszaak van mijn ouders. ik moet de hele dag bij mijn tante wachten.
ik ben
13""",
        "Evelien", html="only"),

    vol("pair-aidante-mari", "outlook_android", "fr",
        ["others-account", "wrong-account", "partner-account", "worker", "age-47", "top-posted",
         "greets-pseudonym", "client-line", "own-name-in-text", "signed-name", "new-shape",
         "peer-expert-line"],
        ("Olivier Renard", "olivier.renard@renard-menuiserie.example"),
        """Bonjour {pseudonym},

Je t'écris depuis le téléphone de mon mari, le mien est tombé dans l'évier (oui, vraiment). C'est
bien moi, [[Carine]], qui t'avais répondu la semaine dernière. Tu peux répondre normalement, ça
m'arrivera.

Tu me racontes que ta mère boit le soir et que tu caches les bouteilles pour que ton petit frère
ne les voie pas. Je suis pair-aidante, ce qui veut dire que j'ai vécu quelque chose de semblable:
mon père buvait. Je connais ce réflexe de tout cacher, de tout gérer, de faire comme si tout
allait bien à l'école.

Tu n'es pas responsable de la consommation de ta mère. Tu ne peux pas la faire arrêter, même en
cachant toutes les bouteilles du monde. Ce que tu peux faire, c'est prendre soin de toi, et en
parler à un adulte de confiance. Il existe aussi des groupes pour les jeunes qui ont un parent qui
boit, où personne ne te jugera.

Je t'embrasse,
[[Carine]]""",
        """ma mère boit le soir et je cache les bouteilles pour que mon petit frère les voit pas.
j'ai
14 ans""",
        "Carine", volunteer="carine.renard@gmail.example",
        headers=[("Reply-To", "carine.renard@gmail.example")],
        identity=["carine.renard@gmail.example"]),

    vol("seamonkey-inline", "v12vol_seamonkey", "nl",
        ["private-account", "retiree", "age-75", "inline-answer", "greets-pseudonym", "no-quote",
         "signed-name", "sig-dash"],
        ("Frans Verbruggen", "frans.verbruggen@scarlet.example"),
        """Beste {pseudonym},

Ik zet mijn antwoorden tussen uw vragen, zoals ik vroeger op het werk deed.

<<> hoe weet je of je verliefd bent of gewoon een goede vriendschap>>

Dat is een vraag waar dichters al eeuwen mee worstelen, dus schaam u niet als u het niet meteen
weet. Een aanwijzing: als je aan die persoon denkt en je wilt dicht bij hem of haar zijn, ook
lichamelijk, dan is het meestal meer dan vriendschap.

<<> ik wil de vriendschap niet kapot maken>>

Dat begrijp ik. U hoeft ook niets te zeggen tot u het zelf beter weet. Gevoelens mogen even rijpen.

<<> ik ben 16 en het is een jongen en ik ben ook een jongen>>

Dat verandert niets aan mijn antwoorden hierboven. Verliefd is verliefd.

Met vriendelijke groet,
[[Frans]]""",
        """hoe weet je of je verliefd bent of gewoon een goede vriendschap""",
        "Frans", quote_style="none", sig="[[F. Verbruggen]]", sig_dash=True),

    vol("west-vlaams-blok", "v12vol_aquamail", "nl",
        ["private-account", "student", "age-20", "top-posted", "greets-pseudonym", "dialect",
         "client-line", "signed-name", "new-shape", "exam-block-note", "typos"],
        ("Lowie Vanneste", "lowie.vanneste@gmail.example"),
        """Ey {pseudonym},

k'ben content da ge were schrijft! k zit were in de blok (examens na de paasvakantie, ambetant)
mo k'ee toch efkes tyd gepakt.

ge vroegt of ge 't aan je trainer moet zeggen da ge ni mee wilt in de douche na de match omda
ge ni wilt dat de mannen je littekens zien. k'peinze da ge dat mag, ja. ge moet ni zeggen
waarom, ge kunt zeggen "k'douche liever thuis". da's alles. en als ie toch vraagt, ge moogt
zeggen "da's persoonlijk". een goeie trainer laat da.

en ge zyt ni raar. gie zyt gie.

[[Lowie]]""",
        """moet ik het aan mijn trainer zeggen dat ik niet mee wil douchen na de match? ik wil niet
dat ze
mijn littekens zien. ik ben 15""",
        "Lowie"),

    vol("scale-ten", "gmail_web", "en",
        ["private-account", "worker", "age-28", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "scale-question"],
        ("Daniel Okafor", "dan.okafor@gmail.example"),
        """Hey {pseudonym},

Thanks for writing back so quickly. You said the new medication is "kind of working, maybe?" and
that you can't tell if you feel better or just numb.

Can I ask you something? On a scale of 0 to 10, where 0 is the worst you've felt this year and 10
is a really good day, where would you put this week? And how about the week before you started the
pills?

Numbers sound cold, but they can make it easier to spot a change, and they're really useful to
bring to your doctor. "I went from a 2 to a 4 but I feel kind of flat" tells them a lot.

Also: feeling numb is something to mention too. Sometimes the dose needs adjusting. You're
allowed to ask.

Talk soon,
[[Dan]]""",
        """the new medication is kind of working maybe? i cant tell if i feel better or just numb.
17""",
        "Dan"),

    vol("politie-staking", "blackberry", "nl",
        ["work-account", "worker", "age-49", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "client-line", "phone-in-sig", "signed-name", "new-shape",
         "strike-notice"],
        ("Hendrik Wouters", "hendrik.wouters@politie-rupel.example"),
        """Dag {pseudonym},

Ik antwoord vanop mijn werktoestel, excuses voor de rare handtekening eronder. Ik ben hier als
vrijwilliger, niet als agent, en ik ga met jouw verhaal niets doen zonder dat je het vraagt.

Je schreef dat je in een groepschat zit waar naaktfoto's van een meisje uit je school worden
rondgestuurd, en dat je niet weet wat je moet doen. Eerst dit: dat je je er slecht bij voelt,
klopt. Het is ook niet oké. Het doorsturen van zulke beelden is strafbaar, ook onder jongeren.

Wat je kunt doen: niet verder sturen, de chat verlaten, en het melden. Bij een leerkracht, bij het
CLB, of via de meldknop van de app. Je hoeft niet te zeggen wie wat gestuurd heeft als je dat niet
durft. En het meisje zelf: als je haar kent, laat haar weten dat ze er niet alleen voor staat.

[[Hendrik]]""",
        """in een groepschat worden naaktfotos van een meisje van onze school gestuurd. ik ben 15.
moet
ik iets doen? ik wil geen verklikker zijn""",
        "Hendrik",
        sig="""[[Inspecteur H. Wouters]]
[[Lokale Politie Rupel]] – [[Jeugd en Gezin]]
[[Kapelstraat 38, 2850 Boom]]
[[03 880 17 40]]
Let op: door de vakbondsactie (staking) op 13/03 is het onthaal die dag gesloten.

Dit bericht kan vertrouwelijke informatie bevatten en is enkel bestemd voor de geadresseerde."""),

    vol("resent-bounce", "v12vol_mutt", "nl",
        ["private-account", "worker", "age-40", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "resent-headers", "sig-dash"],
        ("Joris Van Acker", "joris@vanacker.example"),
        """Dag {pseudonym},

Deze mail had ik per ongeluk naar mijn eigen adres gestuurd, ik stuur hem nu door naar de juiste
plek. Sorry voor het wachten.

Je schrijft dat je de laatste tijd op sociale media allemaal filmpjes krijgt over 'echte mannen'
en dat je je daardoor waardeloos voelt, omdat je geen spieren hebt en niet graag vecht. Ik ben
zelf geen spierbundel en ik ben 40. Ik kan je zeggen: die filmpjes verkopen iets. Abonnementen,
supplementen, cursussen. Ze verdienen aan jouw onzekerheid.

Probeer eens een week lang op 'niet geïnteresseerd' te tikken bij zulke filmpjes. Je feed
verandert sneller dan je denkt. En kijk eens rond wie jij écht bewondert in je leven. Ik wed dat
het niet om spieren gaat.

Groeten,
[[Joris]]""",
        """ik krijg altijd filmpjes over echte mannen en alpha en zo en ik voel me waardeloos want
ik
heb geen spieren. ik ben 14""",
        "Joris", sig="[[Joris Van Acker]]", sig_dash=True,
        headers=[("Resent-From", "joris.vanacker@werkmail.example"),
                 ("Resent-Date", "Wed, 5 Mar 2025 08:12:44 +0100"),
                 ("Resent-Message-ID", "<resent.20250305081244.joris@werkmail.example>")],
        identity=["joris.vanacker@werkmail.example"]),

    vol("ipad-famille", "ipad", "fr",
        ["family-account", "parent", "age-63", "top-posted", "greets-pseudonym", "client-line",
         "relative-named", "signed-name", "family-named"],
        ("Famille Collignon", "famille.collignon@proximus.example"),
        """Bonjour {pseudonym},

C'est [[Anne]] qui t'écrit, depuis la tablette de la famille (d'où le nom bizarre en haut).

Tu me parles de ta grand-mère qui est entrée en maison de repos et qui ne te reconnaît plus
toujours. Je vis la même chose avec ma maman, [[Odette]], depuis deux ans. Il y a des jours où elle
m'appelle par le prénom de ma sœur, et ça me brise le cœur à chaque fois.

Ce qui m'aide: ne pas la corriger, juste être là. Lui tenir la main, lui chanter les vieilles
chansons qu'elle connaît encore par cœur. La mémoire des chansons reste souvent plus longtemps que
celle des prénoms. Tu pourrais essayer avec ta grand-mère?

Et tu as le droit d'être triste, même si elle est encore là.

Je t'embrasse,
[[Anne]]""",
        """ma grand-mère est en maison de repos et elle me reconnaît plus toujours. j'ai 15 ans et
j'ai plus envie d'aller la voir mais je me sens coupable""",
        "Anne", volunteer="famille.collignon@proximus.example"),

    vol("clb-tevreden", "outlook_desktop", "nl",
        ["work-account", "worker", "age-43", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "logo", "logo-attachment", "vcard", "phone-in-sig", "signed-name",
         "new-shape", "feedback-survey-line"],
        ("Nele Lambrechts", "nele.lambrechts@clb-kempen.example"),
        """Dag {pseudonym},

Je vroeg wat een CLB eigenlijk doet en of ze je ouders moeten verwittigen als je daar iets
vertelt. Goede vraag, want veel jongeren weten het niet.

Een CLB (Centrum voor Leerlingenbegeleiding) is er voor leerlingen, los van de school. Je kunt er
terecht met vragen over leren, over je gezondheid, over hoe je je voelt, over thuis. De mensen die
er werken hebben beroepsgeheim. Ze vertellen dus niet zomaar iets door aan je ouders of je
leerkrachten. Alleen als je in ernstig gevaar bent, kunnen ze dat niet voor zich houden, en ook
dan zullen ze het eerst met jou bespreken.

Je kunt gewoon binnenlopen, of op school vragen hoe je een afspraak maakt.

Groetjes,
[[Nele]]""",
        """wat doet het clb eigenlijk? moeten ze mijn ouders bellen als ik daar iets vertel? ik ben
14""",
        "Nele", logo=("CLB Kempen", "attachment"),
        sig="""[[Nele Lambrechts]]
[[Psychopedagogisch consulent]]
[[CLB Kempen – vestiging Geel]]
[[Stationsstraat 47, 2440 Geel]]
[[014 58 92 36]]
Hoe tevreden ben je over ons antwoord? Laat het ons weten via de enquête op onze website.

Deze e-mail is vertrouwelijk. Ben je niet de bestemmeling, verwittig dan de afzender.""",
        vcard="""BEGIN:VCARD
VERSION:3.0
FN:[[Nele Lambrechts]]
ORG:[[CLB Kempen]]
TEL;TYPE=WORK:[[014 58 92 36]]
EMAIL:nele.lambrechts@clb-kempen.example
END:VCARD"""),

    vol("hartje-kort", "gmail_android", "nl",
        ["private-account", "student", "age-18", "top-posted", "greets-pseudonym", "very-short",
         "emoji", "no-punctuation", "signed-name"],
        ("Mila Goris", "mila.goris@gmail.example"),
        """{pseudonym} ik ben zo trots op u ❤️ echt waar
[[mila]]""",
        """ik heb het gezegd tegen mijn beste vriendin en ze was gewoon lief""",
        "Mila"),
]

# ---------------------------------------------------------------- 51-60

CASES += [
    vol("temps-lecture", "v12vol_spike", "fr",
        ["private-account", "student", "age-21", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "new-shape", "reading-time", "long"],
        ("Aïcha Diallo", "aicha.diallo@outlook.example"),
        """Salut {pseudonym},

(Temps de lecture: 3 minutes. J'avais beaucoup à dire, désolée!)

Tu m'as demandé comment on sait si on est « vraiment » une fille trans ou si c'est « juste une
phase », parce que ta tante a dit ça à table et que depuis, tu doutes de tout. Je vais essayer de
répondre honnêtement.

D'abord: personne ne peut le savoir à ta place. Ni ta tante, ni moi, ni un test sur internet. Ce
que tu ressens compte, et tu as le droit de prendre ton temps pour le comprendre. Si c'est une
phase (et très souvent, ça n'en est pas une), ce n'est pas grave non plus. Explorer qui on est,
ça n'a jamais fait de mal à personne.

Ensuite: beaucoup de personnes trans racontent qu'elles ont douté très longtemps, justement parce
que l'entourage disait « c'est une phase ». Le doute ne prouve rien, ni dans un sens ni dans
l'autre.

Quelques questions que tu peux te poser, sans pression:
- Quand tu imagines ta vie dans dix ans, tu te vois comment?
- Quand quelqu'un utilise « elle » pour toi, qu'est-ce que tu ressens?
- Qu'est-ce qui te rend heureuse, et qu'est-ce qui te fait mal?

Et si tu veux en parler à quelqu'un en vrai, il existe des associations pour les jeunes trans en
Wallonie et à Bruxelles, avec des groupes de parole. Je peux t'en donner, si tu veux.

Tu n'es pas seule.
[[Aïcha]]""",
        """ma tante a dit que c'est juste une phase. comment on sait si on est vraiment une fille
trans?
j'ai 15 ans""",
        "Aïcha"),

    vol("collega-mailbox", "outlook_desktop", "nl",
        ["others-account", "wrong-account", "work-account-colleague", "worker", "age-35",
         "top-posted", "greets-pseudonym", "work-signature", "disclaimer", "own-name-in-text",
         "signed-name"],
        ("Verhulst Tine", "tine.verhulst@vandenbossche-logistics.example"),
        """Dag {pseudonym},

Kleine uitleg vooraf: ik ([[Ward]]) zit vandaag op de pc van mijn collega omdat de mijne in
update hangt. Onderaan staat dus haar handtekening, niet de mijne. Niet erg, het bericht is van mij.

Je vraagt of je te oud bent om nog naar de jeugdbeweging te gaan, nu je zeventien bent en je nooit
bent geweest. Helemaal niet. Veel groepen hebben een 'aspi'- of 'givergroep' voor jouw leeftijd,
en na een paar weken weet niemand nog dat je later bent ingestapt. En anders: word leiding in een
paar jaar. Ik ken leiding die zelf nooit lid is geweest.

Probeer één zondag. Als het niks is, weet je het tenminste.

Groeten,
[[Ward]]""",
        """ben ik te oud om nog bij de chiro te gaan? ik ben 17 en ik ben nooit geweest. iedereen
kent
elkaar daar al""",
        "Ward", volunteer="ward.desmedt@telenet.example",
        headers=[("Reply-To", "ward.desmedt@telenet.example")],
        identity=["ward.desmedt@telenet.example"],
        sig="""[[Tine Verhulst]]
[[Planner Transport]]
[[Vandenbossche Logistics NV]] | [[Industrielaan 4, 9800 Deinze]]

Deze e-mail is vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n)."""),

    vol("vgt-claws", "v12vol_claws", "nl",
        ["private-account", "worker", "age-38", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "sign-language-line"],
        ("Tom Geerts", "tom.geerts@telenet.example"),
        """Dag {pseudonym},

Je schrijft dat je doof bent, dat je op een horende school zit en dat je je in de klas altijd een
buitenstaander voelt, ook al heb je een tolk. Ik ben zelf doof, ik groeide op met VGT thuis en
Nederlands op school, dus ik herken heel veel van wat je schrijft. Die vermoeidheid na een hele
dag liplezen, het gevoel dat de grap al voorbij is als jij hem snapt.

Wat mij geholpen heeft: contact met andere dove jongeren. Er bestaan jeugdwerkingen voor dove en
slechthorende jongeren, met weekends en kampen, waar iedereen gebaart. Daar moest ik voor het
eerst niet vertalen wie ik was.

Vertel me gerust meer over je school, als je wil.

Groetjes,
[[Tom]]""",
        """ik ben doof en ik zit op een gewone school met een tolk maar ik voel me altijd alleen in
de klas.
ik ben 14""",
        "Tom"),

    vol("html-hard-of-hearing", "outlook_web", "en",
        ["work-account", "worker", "age-53", "top-posted", "greets-pseudonym", "html-only",
         "work-signature", "disclaimer-en", "signed-name", "new-shape", "hearing-line"],
        ("Rebecca Thornton", "r.thornton@eurocontrol-brussels.example"),
        """Hello {pseudonym},

You wrote that you get so anxious before presentations at school that you've started skipping the
days when you have one, and now you're behind and that makes it worse. That loop is really common,
and really exhausting.

A few things that might help:
- Tell your teacher beforehand that you get very nervous. Many teachers will let you go first (so
  it's over) or present to just them.
- Practise out loud, not in your head. Record yourself on your phone. It feels silly but it works.
- You don't have to be good. You have to get through it. Those are different goals.

I'm hard of hearing, by the way, and I've given a lot of presentations where I misheard the
questions afterwards. The world did not end. People mostly just repeated themselves.

Best wishes,
[[Rebecca]]""",
        """i get so anxious about presentations that i skip school on those days. now im behind.
16""",
        "Rebecca", html="only",
        sig="""[[Rebecca Thornton]]
[[Senior Policy Officer]] | [[EUROCONTROL Brussels]]

This message is intended only for the named recipient and may contain confidential information."""),

    vol("isbn-oma", "telenet_webmail", "nl",
        ["private-account", "retiree", "age-79", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "isbn-tip", "relative-named", "family-named"],
        ("Godelieve Smets", "godelieve.smets@telenet.example"),
        """Dag {pseudonym},

Je vroeg of er een boek bestaat over kinderen van wie de papa in de gevangenis zit. Mijn
kleindochter [[Fien]] heeft me geholpen zoeken in de bibliotheek, want ik ken niet zoveel van
computers. We vonden er een paar:

"Papa zit in de bak" van Marijke Tollenaere, voor jongere kinderen, maar heel eerlijk.
ISBN 978-90-258-6217-4

En voor jouw leeftijd "Tralies" van Joke Verlinden, een roman over een meisje met hetzelfde
probleem.
ISBN 978-90-451-2388-0

Je kunt ze gratis lenen in de bib. Je hoeft aan niemand te zeggen waarom.

Ik vind het heel dapper dat je erover wil lezen. Lezen is een manier om niet alleen te zijn.

Hartelijke groeten,
[[Godelieve]]""",
        """bestaat er een boek over als je papa in de gevangenis zit? ik ben 12. niemand op school
weet
het""",
        "Godelieve"),

    vol("antwerps-onder", "gmail_ios", "nl",
        ["private-account", "worker", "age-25", "bottom-posted", "greets-pseudonym", "tussentaal",
         "dialect", "signed-name", "emoji"],
        ("Jonas Van Rompaey", "jonasvr@gmail.example"),
        """Hey {pseudonym},

Ik schrijf onder uw bericht, dan kunde het nog eens teruglezen 😉

Amai, da's nie simpel wa ge daar vertelt. Uw beste maat die ineens ni meer met u wilt omgaan omdat
ge gezegd hebt da ge op jongens valt, en da ge hem nu elke dag op de speelplaats ziet. Ik zou ook
kapot zijn.

Weette wa ik denk? Dat zegt meer over hem dan over u. Misschien is hij geschrokken, misschien
heeft hij da van thuis meegekregen. Misschien draait hij nog bij, misschien ni. Da's ni uw
verantwoordelijkheid.

Ondertussen: zoek een paar mensen rond u die wel oké zijn. Die zijn er, ook op uw school.

Houdt u goe,
[[Jonas]]""",
        """mijn beste vriend wil niet meer met me omgaan sinds ik zei dat ik op jongens val. ik zie
hem
elke dag op de speelplaats. ik ben 15""",
        "Jonas", quote_pos="above"),

    vol("prenom-fusion", "thunderbird", "fr",
        ["private-account", "worker", "age-44", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "merge-field", "sig-dash"],
        ("Sébastien Noël", "seb.noel@voo.example"),
        """Bonjour «Prénom»,

Ah, zut. J'ai préparé ce message dans un modèle et j'ai oublié de remplacer le champ. Bonjour
{pseudonym}, donc!

Merci pour ta nouvelle lettre. Tu me dis que les choses se sont un peu calmées avec ton beau-père
depuis que ta mère lui a parlé, mais que tu restes sur tes gardes. C'est tout à fait normal. La
confiance, ça ne revient pas en une semaine, et tu as le droit de prendre ton temps.

Continue de noter ce qui se passe, les bons jours comme les mauvais. Ça t'aidera à voir si le
calme dure vraiment.

Et n'oublie pas: si quelque chose te fait peur, le 103 (Écoute-Enfants) est là aussi.

Bien à toi,
[[Sébastien]]""",
        """ça va un peu mieux avec mon beau-père depuis que ma mère lui a parlé mais je fais
toujours
attention. j'ai 13 ans""",
        "Sébastien", sig="[[Séb]]", sig_dash=True),

    vol("outlook2010-prioriteit", "v12vol_outlook2010", "nl",
        ["work-account", "worker", "age-61", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "disclaimer-fr", "disclaimer-en", "phone-in-sig", "signed-name",
         "new-shape", "priority-flag"],
        ("Vandevelde, Luc", "luc.vandevelde@verzekeringen-hulst.example"),
        """Dag {pseudonym},

Je schrijft dat je papa binnenkort zijn werk verliest en dat je bang bent dat jullie moeten
verhuizen en dat je van school moet veranderen. Dat is veel onzekerheid tegelijk.

Ik werk al bijna veertig jaar, en ik heb collega's zien gaan en terugkomen, soms beter dan
tevoren. Werk verliezen is hard voor een gezin, maar het is niet het einde. Er zijn uitkeringen,
er is begeleiding naar nieuw werk, en heel vaak komt het, na een moeilijke periode, weer goed.

Wat je nu zelf kunt doen: vraag het aan je ouders. Niet om hen ongerust te maken, maar omdat je
het recht hebt om te weten wat er gebeurt. "Moeten we verhuizen?" is een eerlijke vraag.

Met vriendelijke groeten,
[[Luc]]""",
        """mijn papa verliest zijn werk en ik ben bang dat we moeten verhuizen en dat ik van school
moet.
ik ben 13""",
        "Luc", headers=[("X-Priority", "3 (Normal)"), ("Priority", "normal")],
        sig="""[[Luc Vandevelde]]
[[Schadebeheerder]]
[[Verzekeringen Hulst & Zonen]]
[[Grote Markt 12, 3500 Hasselt]]
[[Tel. 011 22 48 90]]

Dit bericht is vertrouwelijk. / Ce message est confidentiel. / This message is confidential."""),

    vol("vriend-account", "iphone", "nl",
        ["others-account", "wrong-account", "friend-account", "worker", "age-31", "top-posted",
         "greets-pseudonym", "client-line", "own-name-in-text", "signed-name", "contact-in-text"],
        ("Kevin Stevens", "kevin.stevens91@icloud.example"),
        """Dag {pseudonym},

Ik schrijf vanaf het account van een vriend, mijn eigen mail doet raar op deze gsm. Het is
[[Bieke]] die antwoordt. Antwoord gerust naar [[bieke.vanlook@gmail.example]], of gewoon hier, het
komt allemaal bij mij.

Je vroeg of je moet blijven vechten voor een vriendschap die al een jaar vooral pijn doet. Ik denk
dat je het antwoord zelf al een beetje weet, anders zou je het niet vragen. Vriendschappen mogen
eindigen. Ook lange, ook die van in de lagere school. Dat maakt die mooie jaren niet minder echt.

Je kunt afstand nemen zonder ruzie. Minder afspreken, minder antwoorden. Soms is dat genoeg.

Dikke knuffel,
[[Bieke]]""",
        """moet ik blijven vechten voor een vriendschap die al een jaar pijn doet? we zijn al
vrienden sinds
het 1ste leerjaar. ik ben 16""",
        "Bieke", volunteer="bieke.vanlook@gmail.example"),

    vol("sorry-nederlands", "v12vol_geary", "nl",
        ["private-account", "student", "age-19", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "language-apology", "mixed-language", "typos", "content-after-name"],
        ("Camille Dupont", "camille.dupont@ulb-etu.example"),
        """Hallo {pseudonym},

Bedankt voor uw bericht. U schrijft dat u op de internaat zit en dat u 's avonds heimwee heeft,
vooral naar uw hond en naar uw kleine zus. Dat is heel normaal. De eerste maanden zijn altijd de
moeilijkste.

Misschien kunt u een vast moment afspreken met uw familie, bijvoorbeeld elke woensdagavond
bellen. Dan heeft u iets om naar uit te kijken. En vraag eens aan de opvoeder of er andere
leerlingen zijn die ook heimwee hebben. Samen is het minder zwaar.

Groetjes,
[[Camille]]

sorry voor mijn Nederlands, ik ben Franstalig en ik oefen nog. als iets niet duidelijk is, zeg
het mij!""",
        """ik zit op internaat en s avonds heb ik zo heimwee naar mijn hond en mijn zusje. ik ben
13""",
        "Camille"),
]

# ---------------------------------------------------------------- 61-70

CASES += [
    vol("raadslid-hey", "v12vol_hey", "nl",
        ["private-account", "worker", "age-29", "top-posted", "greets-pseudonym", "signed-name",
         "work-signature", "phone-in-sig", "new-shape", "council-mandate"],
        ("Seppe Vanderlinden", "seppe@vanderlinden.example"),
        """Dag {pseudonym},

Je vraagt of het zin heeft om een petitie te starten op school voor genderneutrale toiletten,
omdat je nu elke dag tot thuis wacht om naar het toilet te gaan. Ja, dat heeft zin. En tegelijk
is het niet normaal dat jij een hele schooldag moet ophouden. Dat is ook ongezond.

Twee sporen dus. Voor nu: vraag aan de directie of een leerkracht of je het personeelstoilet of
het toilet bij het secretariaat mag gebruiken. Veel scholen zeggen daar gewoon ja op, zonder
uitleg. Voor later: de leerlingenraad is de plek om zoiets aan te kaarten. Met een petitie erbij
sta je sterker, want dan zien ze dat je niet de enige bent.

Houd me op de hoogte, ik ben benieuwd!

[[Seppe]]""",
        """heeft het zin om een petitie te starten voor genderneutrale wc's op school? nu wacht ik
altijd
tot thuis. ik ben 16""",
        "Seppe",
        sig="""[[Seppe Vanderlinden]]
[[gemeenteraadslid]] [[Oudenaarde]]
[[0497 12 80 63]]"""),

    vol("blocus-etudiante", "gmail_web", "fr",
        ["private-account", "student", "age-22", "top-posted", "greets-pseudonym", "signed-name",
         "content-after-name", "new-shape", "exam-block-note", "emoji"],
        ("Manon Lejeune", "manon.lejeune@gmail.example"),
        """Hello {pseudonym},

Je suis vraiment contente que tu aies osé en parler à l'infirmière de l'école. Tu dis qu'elle
t'a écoutée sans te juger et qu'elle t'a donné l'adresse d'un planning familial. C'est génial.

Pour ta question: oui, au planning familial, tu peux y aller seule, même à quinze ans, et ce que
tu dis reste confidentiel. Tu peux parler de contraception, de ta relation, de ce qui te fait peur.
Les consultations sont souvent gratuites ou presque pour les jeunes.

Et tu as raison de vouloir te protéger. Ce n'est pas « trop tôt pour y penser », c'est juste
prendre soin de toi.

Gros bisous,
[[Manon]]

PS: je suis en plein blocus, donc je réponds parfois tard le soir 📚 mais je réponds toujours!""",
        """j'en ai parlé à l'infirmière de l'école et elle a été trop gentille. elle m'a donné
l'adresse
d'un planning familial. je peux y aller seule? j'ai 15 ans""",
        "Manon"),

    vol("vorming-postbox", "v12vol_postbox", "nl",
        ["private-account", "retiree", "age-70", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "training-notes-paste"],
        ("Roland Timmermans", "roland.timmermans@skynet.example"),
        """Dag {pseudonym},

Je vroeg wat je kunt zeggen tegen een vriendin die je vertelde dat ze zichzelf pijn doet. Ik heb
in mijn vorming bij Lumi een blad gekregen met tips, ik typ ze hier over:

"Als iemand je iets zwaars toevertrouwt (uit de vorming):
1. Luister. Je hoeft het niet op te lossen.
2. Zeg dat je blij bent dat ze het vertelt.
3. Beloof geen geheimhouding als je je zorgen maakt over haar veiligheid.
4. Zoek samen een volwassene die kan helpen.
5. Zorg ook voor jezelf."

Vooral dat laatste wil ik onderstrepen. Jij bent ook maar zestien. Je hoeft dit niet alleen te
dragen. Je mag ook zelf hier schrijven, zo vaak als je wil.

Met warme groet,
[[Roland]]""",
        """mijn vriendin heeft me verteld dat ze zichzelf pijn doet. wat moet ik zeggen? ik ben 16
en
ze wil niet dat ik het aan iemand vertel""",
        "Roland"),

    vol("no-need-reply", "v12vol_fairemail", "en",
        ["private-account", "student", "age-20", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "nntr-line", "emoji"],
        ("Aisha Kamara", "aisha.kamara@fastmail.example"),
        """Hi {pseudonym},

Just a quick one. You said last time that your first day at the new school is tomorrow, and that
you were planning to wear the hoodie you feel most yourself in. I love that. Armour is allowed.

Whatever happens tomorrow, one day is one day. If it's awful, it's still just the first one, and
first days are awful for almost everyone. If it's okay, even better.

No need to reply to this. I just wanted you to know someone's rooting for you 🍀

[[Aisha]]""",
        """tomorrow is my first day at the new school. i'm going to wear my favourite hoodie. 14""",
        "Aisha"),

    vol("partner-galaxy", "samsung", "nl",
        ["others-account", "wrong-account", "partner-account", "worker", "age-44", "top-posted",
         "greets-pseudonym", "client-line", "own-name-in-text", "signed-name", "relative-named",
         "new-shape", "draft-stamp"],
        ("Dimitri Claes", "dimitri.claes@claes-dakwerken.example"),
        """<<Concept opgeslagen 07:52>>

Dag {pseudonym},

Dit is [[Hilde]], je vrijwilliger. Ik typ dit op de gsm van mijn man [[Dimitri]] omdat de mijne
leeg is, vandaar zijn naam en zijn firma bovenaan. Negeer dat maar.

Je schrijft dat je niet meer durft te eten in de refter omdat een groep jongens commentaar geeft
op wat je eet en hoeveel. Dat is pesten, ook al noemen ze het 'grapjes'. Niemand heeft het recht
om te becommentariëren wat er op jouw bord ligt.

Kun je met een vriendin ergens anders gaan zitten, of samen naar een leerkracht stappen? En eet
alsjeblieft wel. Je lichaam heeft dat nodig om de dag door te komen, wat die jongens ook zeggen.

Liefs,
[[Hilde]]""",
        """een groep jongens zegt altijd dingen over wat ik eet in de refter. nu eet ik niet meer op
school. ik ben 14""",
        "Hilde", volunteer="hilde.claes@proximus.example",
        headers=[("Reply-To", "hilde.claes@proximus.example")],
        identity=["hilde.claes@proximus.example"],
        sig="""[[Dimitri Claes]]
[[Claes Dakwerken BV]]
[[0475 30 12 88]]"""),

    vol("architect-toegankelijk", "apple_mail", "nl",
        ["work-account", "worker", "age-57", "top-posted", "greets-pseudonym", "work-signature",
         "logo", "phone-in-sig", "signed-name", "new-shape", "access-info-line"],
        ("Ann Wijnants", "ann@wijnants-architecten.example"),
        """Dag {pseudonym},

Je schrijft dat je in een rolstoel zit sinds je ongeval vorig jaar, en dat je vrienden je niet meer
uitnodigen voor feestjes omdat 'het toch niet toegankelijk is'. Dat doet pijn, en ik snap dat je
boos bent. Ze bedoelen het misschien goed, maar ze beslissen in jouw plaats.

Zou je het hen rechtstreeks kunnen zeggen? Iets als: "Ik wil liever zelf beslissen of ik kan komen.
Nodig me gewoon uit, dan zoeken we samen een oplossing." Vaak zijn er meer oplossingen dan mensen
denken: een plank over twee treden, een feestje op het gelijkvloers, twee sterke vrienden.

Je hoort erbij. Niet ondanks je stoel, gewoon.

Groet,
[[Ann]]""",
        """ik zit in een rolstoel sinds mijn ongeval en mijn vrienden nodigen me niet meer uit want
het
is toch niet toegankelijk zeggen ze. ik ben 16""",
        "Ann", logo=("Wijnants Architecten", "inline"),
        sig="""[[Ann Wijnants]]
[[architect – zaakvoerder]]
[[Wijnants Architecten BV]]
[[Diestsesteenweg 201, 3010 Kessel-Lo]]
[[016 35 77 02]]
Ons kantoor is rolstoeltoegankelijk (inrit links van het gebouw)."""),

    vol("dyslexique-windows", "windows_mail", "fr",
        ["private-account", "worker", "age-39", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "content-after-name", "new-shape", "dyslexia-note", "typos"],
        ("Kevin Leroy", "kevin.leroy@hotmail.example"),
        """Salut {pseudonym},

Tu m'écris que tu as redoublé et que maintenant tu es dans une classe avec des plus jeunes qui te
traitent de « vieux » et de « nul ». Moi aussi j'ai redoublé, deux fois même. Je peux te dire que
ça ne dit rien sur ton intelligence. Ça dit juste qu'une année ne s'est pas bien passée.

Aujourd'hui j'ai un travail que j'aime, une famille, et personne ne me demande mes bulletins de
l'école secondaire. Promis.

Pour les moqueries: si ça continue, parles-en à ton titulaire. Ce n'est pas « cafter », c'est te
protéger.

Courage,
[[Kevin]]

ps: je suis dyslexique alors pardon pour les fautes, j'ai fait de mon mieux 😅""",
        """j'ai redoublé et maintenant ils m'appellent le vieux et le nul dans ma nouvelle classe.
j'ai
15 ans""",
        "Kevin"),

    vol("lang-transitie", "gmail_android", "nl",
        ["private-account", "worker", "age-22", "top-posted", "greets-pseudonym", "signed-name",
         "long", "own-name-in-text"],
        ("Robin Declercq", "robin.declercq@gmail.example"),
        """Dag {pseudonym},

Ik ben [[Robin]], ik ben 22 en ik ben een trans man. Ik vertel je dat meteen, omdat ik denk dat
het je misschien helpt om te weten dat degene die je antwoordt, ongeveer op dezelfde plek heeft
gestaan als jij nu.

Je schrijft dat je het je ouders wilt vertellen na de examens, en dat je al drie versies van een
brief hebt geschreven en ze alle drie hebt verscheurd. Dat herken ik zo hard. Ik heb er zeven
geschreven. De laatste was de kortste.

Een paar dingen die ik had willen weten toen:

Je ouders hoeven het niet meteen te snappen. Veel ouders hebben tijd nodig, en hun eerste reactie
is zelden hun laatste. Mijn mama huilde de eerste avond, en twee maanden later stond ze mee op de
Pride. Dat is niet bij iedereen zo, maar het gebeurt vaker dan je denkt.

Kies een moment waarop niemand haast heeft. Niet net voor iemand moet gaan werken, niet op een
verjaardag, niet in de auto (al zweren sommige mensen daarbij, omdat je elkaar dan niet hoeft aan
te kijken).

Zorg voor een plan B. Is er iemand bij wie je die avond terecht kunt als het slecht loopt? Een
tante, een vriend, een buurvrouw? Het is niet omdat je een plan B hebt, dat je het ook nodig zult
hebben. Het geeft je gewoon rust.

En: je mag het ook uitstellen. Examens zijn al zwaar genoeg. Als je na de examens voelt dat het nog
niet het moment is, dan is dat ook goed. Jij bepaalt het tempo.

Als je wil, mag je me je kortste versie van de brief sturen. Ik lees hem graag, en ik zeg eerlijk
wat ik ervan vind.

[[Robin D.]]""",
        """ik wil het mijn ouders zeggen na de examens dat ik trans ben. ik heb al 3 brieven
geschreven en
ze alle 3 verscheurd. ik ben 16""",
        "Robin"),

    vol("html-playlist", "v12vol_evolution", "nl",
        ["private-account", "parent", "age-45", "top-posted", "greets-pseudonym", "html-only",
         "signed-name", "new-shape", "song-list", "emoji"],
        ("Sarah Willaert", "sarah.willaert@telenet.example"),
        """Dag {pseudonym},

Je vroeg of ik muziek ken voor als je niet kunt slapen omdat je hoofd te vol zit. Ik heb zelf ook
van die nachten, sinds ik mama ben van drie kleine rakkers. Dit is mijn rustige lijstje:

🎵 Ólafur Arnalds – Near Light
🎵 Ludovico Einaudi – Nuvole Bianche
🎵 Novo Amor – Anchor
🎵 Ben Howard – Promise

Zet het zacht, telefoon ondersteboven zodat het scherm je niet wakker houdt. En als de gedachten
blijven komen: schrijf ze op een blaadje naast je bed. Dan hoef je ze niet vast te houden tot
morgen.

Slaapwel 🌙
[[Sarah]]""",
        """ken jij muziek voor als je niet kunt slapen? mijn hoofd zit altijd zo vol s avonds. ik
ben 15""",
        "Sarah", html="only"),

    vol("ehbo-leerkracht", "outlook_desktop", "nl",
        ["school-account", "teacher", "age-41", "top-posted", "greets-pseudonym",
         "work-signature", "phone-in-sig", "signed-name", "new-shape", "first-aid-line"],
        ("Bart Cuypers", "bart.cuypers@sintjozefscollege.example"),
        """Dag {pseudonym},

Je schrijft dat je bij de LO-les flauwgevallen bent en dat iedereen je nu 'de flauwe' noemt. Als
leerkracht L.O. kan ik je zeggen: dat gebeurt vaker dan je denkt. Te weinig gegeten, te warm, te
snel recht gestaan. Het zegt niets over hoe sterk je bent.

Heb je het wel aan een dokter laten weten? Eén keer flauwvallen is meestal onschuldig, maar het is
goed om te laten nakijken, zeker als het vaker gebeurt.

En die bijnaam gaat vanzelf voorbij, zeker als je er zelf niet te veel op reageert. Volgende week
hebben ze iets anders.

Sportieve groet,
[[Bart]]""",
        """ik ben flauwgevallen in de turnles en nu noemen ze me de flauwe. ik ben 13 en ik schaam
me
dood""",
        "Bart",
        sig="""[[Bart Cuypers]]
[[Leerkracht lichamelijke opvoeding]] – [[Sint-Jozefscollege Turnhout]]
[[014 41 27 30]]
[[EHBO-hulpverlener van de school]]"""),
]

# ---------------------------------------------------------------- 71-80

CASES += [
    vol("mantelzorger-html", "gmail_web", "nl",
        ["private-account", "worker", "age-33", "top-posted", "greets-pseudonym", "sig-html-only",
         "phone-in-sig", "signed-name", "new-shape", "carer-line"],
        ("Lies Dhondt", "lies.dhondt@gmail.example"),
        """Dag {pseudonym},

Je schrijft dat je sinds de hersenbloeding van je papa elke dag na school voor hem zorgt: hem
helpen met eten, zijn pillen klaarzetten, zijn kousen aandoen. En dat je vrienden niet snappen
waarom je nooit meer meegaat. Ik ben zelf mantelzorger voor mijn broer, al tien jaar, en ik weet
hoe eenzaam dat kan zijn. Je bent tegelijk kind en verpleegster, en niemand ziet het.

Wist je dat er hulp bestaat voor jonge mantelzorgers? Er zijn groepen waar je andere jongeren
ontmoet die hetzelfde doen, en je kunt bij het ziekenfonds vragen naar thuiszorg, zodat jij niet
alles alleen hoeft te doen. Je bent vijftien. Je hebt ook recht op een leven.

Vertel me eens: wat zou je doen met één vrije middag per week?

[[Lies]]""",
        """sinds mijn papa een hersenbloeding had zorg ik elke dag voor hem na school. mijn vrienden
snappen niet waarom ik nooit meega. ik ben 15""",
        "Lies", sig_in="html",
        sig="""[[Lies Dhondt]]
mantelzorger · schrijft graag, belt liever niet
[[0486 21 55 09]]"""),

    vol("ocmw-encoded-thema", "outlook_web", "nl",
        ["work-account", "worker", "age-48", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "encoded-display-name", "thema-line", "signed-name", "phone-in-sig"],
        ("Ömer Yıldız", "omer.yildiz@ocmw-genk.example"),
        """Dag {pseudonym},

Je vertelt dat jullie thuis sinds een paar maanden moeten kiezen tussen de verwarming en
boodschappen,
en dat je je schaamt om je vrienden uit te nodigen. Ik wil je zeggen: je hoeft je niet te
schamen. Geldzorgen zijn nooit de schuld van een kind, en ze komen in veel meer gezinnen voor dan
je zou denken, ook bij mensen van wie je het niet verwacht.

Er bestaat hulp. Elk OCMW kan gezinnen helpen met energiekosten, schoolkosten en soms ook met
voedselpakketten, en dat gebeurt discreet. Je ouders kunnen gewoon een afspraak maken. Als ze zich
schamen om te gaan, mag jij hen vertellen dat zo'n afspraak heel gewoon is.

En voor jezelf: je vrienden komen voor jou, niet voor je verwarming.

Met vriendelijke groeten,
[[Ömer]]

<<#thema: familie, welzijn>>""",
        """bij ons thuis moeten we kiezen tussen verwarming of eten kopen. ik schaam me om vrienden
uit te
nodigen. ik ben 14""",
        "Ömer", from_style="ew",
        sig="""[[Ömer Yıldız]]
[[Maatschappelijk werker]] – [[OCMW Genk]]
[[089 65 31 20]]

Deze e-mail en de bijlagen zijn vertrouwelijk en kunnen wettelijk beschermd zijn."""),

    vol("ephemeride-zimbra", "v12vol_zimbra", "fr",
        ["work-account", "worker", "age-54", "top-posted", "greets-pseudonym", "work-signature",
         "signed-name", "new-shape", "tear-off-calendar"],
        ("Pascale Hennaux", "pascale.hennaux@uclouvain-staff.example"),
        """Bonjour {pseudonym},

Sur mon éphéméride ce matin, il y avait cette phrase: « Ce n'est pas parce que les choses sont
difficiles que nous n'osons pas, c'est parce que nous n'osons pas qu'elles sont difficiles. »
(Sénèque). J'ai pensé à toi tout de suite.

Tu m'écrivais que tu voudrais t'inscrire au club de théâtre, mais que tu as peur qu'on se moque
de ta voix, parce que tu bégaies. Beaucoup d'acteurs bégayaient dans la vie et pas sur scène:
jouer un rôle, chanter, réciter un texte appris, ça passe souvent par un autre chemin dans le
cerveau. Et de toute façon, un club de théâtre, c'est l'endroit où on apprend ensemble.

Essaie une séance. Juste une.

Amicalement,
[[Pascale]]""",
        """je voudrais faire du théâtre mais j'ai peur qu'on se moque de moi parce que je bégaie.
j'ai 14
ans""",
        "Pascale",
        sig="""[[Pascale Hennaux]]
[[Secrétariat de la Faculté de psychologie]]
[[UCLouvain]] – [[Place Cardinal Mercier 10, 1348 Louvain-la-Neuve]]"""),

    vol("gelezen-goedgekeurd", "iphone", "nl",
        ["private-account", "retiree", "age-73", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "content-after-name", "new-shape", "gelezen-goedgekeurd"],
        ("Willy Mortier", "willy.mortier@telenet.example"),
        """Dag {pseudonym},

Je stuurde me het lijstje met afspraken dat je met jezelf wilde maken voor de vakantie: elke dag
buiten komen, om middernacht je gsm wegleggen, één keer per week iets met je neef gaan doen, en
niet meer naar de weegschaal kijken. Ik vind het een heel goed lijstje. Niet te streng, niet te
vaag.

Eén ding zou ik eraan toevoegen: wat doe je op een dag dat het niet lukt? Schrijf daar ook iets
bij, bijvoorbeeld: "Als het niet lukt, begin ik morgen opnieuw, zonder mezelf uit te schelden."
Want er komen zulke dagen, en die horen erbij.

Met een hartelijke groet,
[[Willy]]

Gelezen en goedgekeurd, zoals ze bij ons op de bank zeiden 😉""",
        """dit zijn mijn afspraken voor de vakantie: elke dag buiten, om 12 uur gsm weg, 1x per
week iets
met mijn neef, niet meer op de weegschaal. is dat goed?""",
        "Willy"),

    vol("bsc-first-year", "gmail_android", "en",
        ["school-account", "student", "age-18", "top-posted", "greets-pseudonym", "signed-name",
         "work-signature", "new-shape", "study-programme-line"],
        ("Jamie Kowalski", "jamie.kowalski@student.vub.example"),
        """Hi {pseudonym},

I'm the youngest volunteer here, I think, so maybe I'm closer to where you are than most.

You said everybody at your sixth-form seems to have it figured out: the grades, the friends, the
plans for uni, and that you feel like you're faking it. I promise you, I felt the exact same last
year. Then I got to uni and found out literally everyone was faking it. The ones who looked the
most sure were often the most scared.

What helped me: picking one small thing each week that I did just for me, not for my CV. For me
it was a pottery class. Terrible pots, good evenings.

You're not behind. There's no race.

[[Jamie]]""",
        """everyone at school seems to have it figured out. grades friends uni plans. i feel like im
faking it. 17""",
        "Jamie",
        sig="""[[Jamie Kowalski]]
[[BSc Psychology, 1st year]]
[[Vrije Universiteit Brussel]]"""),

    vol("huawei-inline-nopunct", "huawei", "nl",
        ["private-account", "worker", "age-60", "inline-answer", "greets-pseudonym", "no-quote",
         "client-line", "no-punctuation", "signed-name"],
        ("Rita Vervoort", "rita.vervoort@hotmail.example"),
        """dag {pseudonym} ik antwoord tussen je vragen want zo ben ik het gewoon

<<> is het normaal dat ik jaloers ben op mijn zus omdat ze alles mag>>

ja dat is heel normaal jaloezie is geen slecht gevoel het zegt alleen dat je iets mist

<<> ze is 2 jaar ouder en zij mag wel alleen naar de stad>>

misschien mag jij dat ook als je zo oud bent als zij nu vraag het eens aan je ouders wanneer het
voor jou mag dan weet je waar je aan toe bent

<<> ik ben 13 en ik voel me altijd de kleine>>

de kleine zijn is soms ook fijn maar ik snap dat je ook groot wil zijn

groetjes [[rita]]""",
        """is het normaal dat ik jaloers ben op mijn zus omdat ze alles mag""",
        "Rita", quote_style="none"),

    vol("smartschool-leraar", "smartschool", "nl",
        ["school-account", "teacher", "age-50", "top-posted", "greets-pseudonym", "html-only",
         "signed-name", "work-signature"],
        ("Marc Vandenbroucke", "marc.vandenbroucke@sintlodewijk.example"),
        """Dag {pseudonym},

Je vroeg of je je punten mag tonen aan je ouders 'in stukjes', omdat je bang bent voor hun reactie
op je rapport. Ik ben zelf leerkracht wiskunde, en ik heb al veel ouders gezien op
oudercontacten. De meeste ouders zijn minder boos over slechte punten dan over verstoppen.

Mijn raad: toon alles, maar kies het moment. Zeg vooraf: "Ik heb een slecht rapport, ik weet het,
en ik wil er met jullie over praten hoe het beter kan." Dan sta je niet in de verdediging, dan sta
je naast hen. Neem ook al een idee mee: bijles, een studieplanning, een gesprek met je titularis.

Succes, ik duim voor je.

[[M. Vandenbroucke]]""",
        """mag ik mijn rapport in stukjes aan mijn ouders tonen? ik ben bang voor hun reactie. ik
heb 4
onvoldoendes. ik ben 15""",
        "Marc", html="only",
        sig="""[[Marc Vandenbroucke]]
[[Leerkracht wiskunde – Sint-Lodewijkscollege Brugge]]"""),

    vol("aidante-proche", "yahoo", "fr",
        ["private-account", "retiree", "age-66", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "new-shape", "carer-line"],
        ("Francine Delvaux", "francine.delvaux@yahoo.example"),
        """Bonjour {pseudonym},

Tu m'écris que ton frère est autiste et que depuis toujours, toute la famille tourne autour de
lui. Que tu l'aimes, mais que parfois tu aimerais qu'on te demande comment toi, tu vas. C'est une
question légitime, et tu as le droit de la poser.

Je suis aidante proche de mon fils depuis trente ans. Je sais à quel point les frères et sœurs
sont parfois oubliés, alors qu'ils portent beaucoup aussi. Il existe des groupes pour les frères
et sœurs de personnes handicapées, où on peut dire « j'en ai marre » sans culpabiliser.

Alors, je te la pose, la question: comment tu vas, toi?

Avec tendresse,
[[Francine]]""",
        """mon frère est autiste et toute la famille tourne autour de lui. je l'aime mais personne
me
demande comment je vais. j'ai 16 ans""",
        "Francine", sig="aidante proche"),

    vol("schoonmoeder-scheurkalender", "outlook_android", "nl",
        ["others-account", "wrong-account", "family-account", "worker", "age-37", "top-posted",
         "greets-pseudonym", "client-line", "own-name-in-text", "signed-name", "new-shape",
         "tear-off-calendar", "contact-in-text"],
        ("Georgette Van Bael", "georgette.vanbael@skynet.example"),
        """Dag {pseudonym},

Ik ben [[Stefanie]], ik logeer deze week bij mijn schoonmoeder en ik gebruik haar telefoon, dus
schrik niet van de naam. Mijn eigen adres is
[[stefanie.deroover@gmail.example]], voor het geval je daar liever naartoe
schrijft.

Op de scheurkalender in haar keuken stond vanmorgen: "Wie de zee niet ziet, ziet ook de golven
niet." Geen idee wat het betekent, maar ik moest lachen en aan jou denken, want je schreef dat je
alles zo zwaar vond dat je door de bomen het bos niet meer zag.

Je examens zijn over een week gedaan. Hou vol. Eén vak per dag, niet meer. En slapen telt ook als
studeren, echt waar, je hersenen ordenen dan alles.

Liefs,
[[Stefanie]]""",
        """ik zie door de bomen het bos niet meer. examens, mijn lief, mijn ouders die ruzie maken.
ik ben
17""",
        "Stefanie", volunteer="stefanie.deroover@gmail.example"),

    vol("student-sociaal-werk", "webmail", "nl",
        ["school-account", "student", "age-21", "top-posted", "greets-pseudonym", "signed-name",
         "work-signature", "long", "new-shape", "study-programme-line"],
        ("Hanne Van Hove", "r0874512@student.arteveldehs.example"),
        """Dag {pseudonym},

Bedankt voor je lange mail. Ik heb hem gelezen tussen twee lessen door en daarna nog eens rustig
's avonds. Je vertelt over je mama die sinds de scheiding elke avond huilt, over je papa die
nieuwe vriendin na nieuwe vriendin heeft, en over jou die tussen die twee huizen heen en weer
pendelt met een rugzak die nooit helemaal uitgepakt raakt. Dat beeld van die rugzak ben ik niet
meer kwijtgeraakt.

Ik ga niet doen alsof ik een oplossing heb. Scheidingen zijn ingewikkeld, en jij kunt het verdriet
van je mama niet wegnemen, ook al zou je dat misschien willen. Wat ik wel wil zeggen:

Het is niet jouw taak om je mama te troosten. Je mag er voor haar zijn, je mag haar een knuffel
geven, maar als je merkt dat je elke avond haar verdriet opvangt, dan is dat te veel voor iemand
van vijftien. Zij heeft een volwassene nodig om mee te praten: een vriendin, een zus, een
psycholoog. Misschien kun je dat voorzichtig tegen haar zeggen, of tegen iemand anders in de
familie die het kan doorgeven.

Het is ook oké om boos te zijn op je papa. En tegelijk blij als je bij hem bent. Die twee gevoelens
mogen naast elkaar bestaan.

En die rugzak: zou je in elk huis een paar vaste spullen kunnen hebben? Een eigen tandenborstel,
een eigen kussen, je oplader? Het lijkt klein, maar het maakt van twee logeeradressen twee thuizen.

Ik studeer zelf sociaal werk, en we leren veel over gezinnen, maar eerlijk gezegd leer ik het meest
van mails zoals de jouwe. Dank je daarvoor.

Schrijf gerust terug, ook als het alleen maar is om te zeggen hoe je week was.

[[Hanne]]""",
        """(lange mail over de scheiding) ... mijn mama huilt elke avond en mijn papa heeft steeds
een
nieuwe vriendin. ik pendel met een rugzak die nooit uitgepakt is. ik ben 15""",
        "Hanne",
        sig="""[[Hanne Van Hove]]
[[Bachelor Sociaal Werk – 2de jaar]]
[[Arteveldehogeschool Gent]] – [[studentennummer r0874512]]"""),
]

# ---------------------------------------------------------------- 81-90

CASES += [
    vol("lang-groepschat", "gmail_web", "nl",
        ["private-account", "worker", "age-34", "top-posted", "greets-pseudonym", "signed-name",
         "long", "thema-line", "content-after-name"],
        ("Ruth Vandamme", "ruth.vandamme@gmail.example"),
        """Dag {pseudonym},

Wat je beschrijft, is echt heftig, en ik wil het eerst even samenvatten zodat je weet dat ik het
goed begrepen heb. Iemand heeft een nepaccount gemaakt met jouw foto's en jouw naam erin verwerkt.
Op dat account worden berichten gepost alsof jij ze schrijft: gemene dingen over klasgenoten,
dingen over seks, dingen die jij nooit zou zeggen. En nu denken mensen op school dat jij dat
bent. Een paar vriendinnen praten niet meer tegen je, en je mama weet van niks.

Eerst en vooral: dit is niet jouw schuld. Dit is online pesten, en het nabootsen van iemand
anders is in veel gevallen ook strafbaar. Je bent hier het slachtoffer, ook al voelt het misschien
alsof je je moet verdedigen tegen iets wat je niet gedaan hebt.

Wat je nu concreet kunt doen:

Maak screenshots van alles. Van het account, van de berichten, van de datum en het uur. Ook als
het pijn doet om ernaar te kijken. Dat is je bewijs, en het kan verdwijnen als het account wordt
verwijderd.

Meld het account bij het platform. Bijna alle apps hebben een knop om een account te melden dat
zich voordoet als iemand anders. Als het niet meteen lukt, meld het opnieuw, en vraag een paar
vrienden die je vertrouwen om het ook te melden.

Vertel het aan een volwassene. Ik weet dat je je mama er liever buiten houdt, maar dit is groot.
Als dat te moeilijk is: een leerkracht, de zorgcoördinator, het CLB. Zij kunnen ook met de
klasgenoten praten en uitleggen dat het account nep is.

Zeg het tegen de vriendinnen die niet meer met je praten. Kort en duidelijk: "Dat account is niet
van mij. Iemand doet zich voor als mij. Ik heb het gemeld." Wie je echt kent, zal je geloven.

En als je weet of vermoedt wie het is: schrijf dat ook op, maar ga er niet zelf op af. Laat dat
aan volwassenen over.

Ik weet dat dit veel is. Je hoeft het niet allemaal vandaag te doen. Begin met de screenshots.

Ik ben er,
[[Ruth]]

<<#thema: pesten>>

ps: je schreef dat je 's nachts niet meer slaapt. als het niet gaat, mag je ook altijd Awel bellen
of chatten, ook midden in de week""",
        """iemand heeft een nepaccount gemaakt met mijn fotos en mijn naam en post daar gemene
dingen alsof
ik het ben. nu praten mijn vriendinnen niet meer met me. mijn mama weet het niet. ik ben 14""",
        "Ruth"),

    vol("een-regel-opa", "apple_mail", "nl",
        ["private-account", "retiree", "age-78", "top-posted", "greets-pseudonym", "very-short",
         "signed-name"],
        ("Albert Lievens", "albert.lievens@skynet.example"),
        """Dag {pseudonym}, wat fijn om te lezen dat het beter gaat. Doe zo voort, jongen.
[[Albert]]""",
        """het gaat echt beter nu, ik heb een nieuwe vriend op school en ik ga weer naar de
voetbal""",
        "Albert"),

    vol("malentendante-vcard", "outlook_desktop", "fr",
        ["work-account", "worker", "age-42", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer-fr", "disclaimer-en", "vcard", "phone-in-sig", "signed-name", "new-shape",
         "hearing-line"],
        ("Delphine Gilson", "delphine.gilson@chu-liege.example"),
        """Bonjour {pseudonym},

Tu m'as écrit que tu as des acouphènes depuis un concert, que ça siffle tout le temps dans tes
oreilles et que tu as peur que ça ne parte jamais. Je comprends ta peur. Je suis moi-même
malentendante depuis l'adolescence, et je me souviens de ce silence qui n'en était plus un.

Le plus important: va voir un médecin ORL rapidement. Plus on consulte tôt après un traumatisme
sonore, plus on a de chances que ça s'améliore. Ce n'est pas une urgence vitale, mais ce n'est
pas quelque chose à laisser traîner non plus.

En attendant, évite les endroits très bruyants, et garde un petit bruit de fond le soir (un
ventilateur, de la musique douce): ça aide beaucoup de gens à s'endormir.

Bien à toi,
[[Delphine]]""",
        """depuis un concert j'ai un sifflement dans les oreilles tout le temps. j'ai peur que ça
parte
jamais. j'ai 17 ans""",
        "Delphine",
        sig="""[[Delphine Gilson]]
[[Logopède – Service ORL]]
[[CHU de Liège]] – [[Avenue de l'Hôpital 1, 4000 Liège]]
[[04 366 72 18]]

Ce message est confidentiel. / This message is confidential.""",
        vcard="""BEGIN:VCARD
VERSION:3.0
FN:[[Delphine Gilson]]
ORG:[[CHU de Liège]]
TITLE:[[Logopède]]
TEL;TYPE=WORK:[[04 366 72 18]]
EMAIL:delphine.gilson@chu-liege.example
END:VCARD"""),

    vol("dad-bottom", "iphone", "en",
        ["private-account", "parent", "age-52", "bottom-posted", "greets-pseudonym", "client-line",
         "relative-named", "signed-name", "family-named"],
        ("Mark Henderson", "mark.henderson@icloud.example"),
        """Hi {pseudonym},

Answering below your message so you can see what you wrote.

You asked how to tell your dad you don't want to do the same sport he did, when he's spent years
driving you to every match. I'm a dad. My son [[Callum]] quit rugby at fifteen to do drama, and I'll
be honest, I was disappointed for about a week. Then I went to see his first play and I cried in
the back row.

Your dad probably cares more about you than about the sport. He just might not know how to show it
any other way. Tell him what you do want to do, not just what you don't.

Cheers,
[[Mark]]""",
        """how do i tell my dad i dont want to play football anymore? he drove me to every match
for years.
im 15""",
        "Mark", quote_pos="above"),

    vol("thunderbird-latin1", "thunderbird", "nl",
        ["private-account", "worker", "age-47", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "latin1-charset"],
        ("Peter Decock", "peter.decock@pandora.example"),
        """Dag {pseudonym},

Je vraagt of het raar is dat je nog altijd met knuffels slaapt, nu je dertien bent, en dat je
bang bent dat ze het ontdekken op schoolkamp. Het is helemaal niet raar. Veel jongeren, en ook
veel volwassenen (ik ga geen namen noemen, maar ik ken er), hebben iets wat hen rust geeft bij het
slapen.

Voor het kamp: je kunt een kleine knuffel onderaan in je slaapzak stoppen. Niemand kijkt daar. En
als iemand het toch ziet en er iets van zegt: "Ja, en?" is een prima antwoord. Wie daar grappen
over maakt, heeft waarschijnlijk zelf iets onder zijn kussen liggen.

Groeten,
[[Peter]]""",
        """is het raar dat ik nog met knuffels slaap? ik ben 13 en volgende week is het
schoolkamp""",
        "Peter", charset="iso-8859-1", cte="quoted-printable"),

    vol("tussentaal-hoofdletters", "samsung", "nl",
        ["private-account", "student", "age-18", "top-posted", "greets-pseudonym", "tussentaal",
         "capitals", "emoji", "client-line", "signed-name"],
        ("Yana Peremans", "yana.peremans@gmail.example"),
        """HEYY {pseudonym}!!

OMG ik heb uw mail gelezen en ik ben ZO blij voor u!! Ge hebt het gedaan!! Ge hebt het aan uw
mama gezegd en ze heeft u gewoon vastgepakt en gezegd dat ze al lang wist 😭😭 da's echt het
beste scenario eh.

Ik weet nog da ge drie weken geleden schreef da ge er ni van kon slapen. En nu dit. Ge moogt echt
trots zijn op uzelf, ik meen dat.

Wa nu? Ge moet niks. Geniet er gewoon even van. En als ge het later aan anderen wilt zeggen, dan
weet ge nu dat er iemand thuis achter u staat. Da's goud waard.

Veel liefs en ne dikke knuffel 🫂🌈
[[Yana]]""",
        """IK HEB HET GEZEGD!!! mijn mama pakte me vast en zei dat ze het al lang wist. ik ben
16""",
        "Yana"),

    vol("toegankelijk-erkend", "outlook_web", "nl",
        ["work-account", "worker", "age-56", "top-posted", "greets-pseudonym", "work-signature",
         "disclaimer", "logo", "phone-in-sig", "signed-name", "new-shape", "accreditation-line"],
        ("Marijke Van Loo", "marijke.vanloo@thuisbegeleiding-waas.example"),
        """Dag {pseudonym},

Je schrijft dat je broer van 19 een verstandelijke beperking heeft en dat hij soms agressief
wordt, vooral als plannen veranderen. Dat je bang bent, en dat je je daarover schuldig voelt omdat
je hem graag ziet. Ik werk al twintig jaar met gezinnen zoals het jouwe, en ik kan je zeggen: dat
je bang bent en tegelijk van hem houdt, is heel menselijk. Het ene sluit het andere niet uit.

Je veiligheid is belangrijk. Als hij agressief wordt, mag je weggaan, naar je kamer of naar buiten.
Dat is geen verraad, dat is jezelf beschermen. En je ouders kunnen hulp vragen bij een dienst
voor thuisbegeleiding, zodat er iemand mee kijkt hoe jullie het thuis rustiger kunnen maken, ook
voor hem. Veranderingen vooraf aankondigen met een tekening of een planning helpt vaak al veel.

Met warme groet,
[[Marijke]]""",
        """mijn broer is 19 en heeft een verstandelijke beperking. soms wordt hij agressief en dan
ben ik
bang. ik voel me schuldig want ik zie hem graag. ik ben 14""",
        "Marijke", logo=("Thuisbegeleiding Waasland", "inline"),
        sig="""[[Marijke Van Loo]]
[[Thuisbegeleider]]
[[Thuisbegeleiding Waasland vzw]] – [[Kazernestraat 8, 9100 Sint-Niklaas]]
[[03 776 40 12]]
Erkend door het Vlaams Agentschap voor Personen met een Handicap (VAPH)

Deze e-mail is uitsluitend bestemd voor de geadresseerde."""),

    vol("schaal-vriendin", "gmail_android", "nl",
        ["private-account", "worker", "age-26", "top-posted", "greets-pseudonym", "relative-named",
         "signed-name", "new-shape", "scale-question", "family-named"],
        ("Laura Smolders", "laura.smolders@gmail.example"),
        """Hoi {pseudonym},

Fijn dat je terugschrijft! Je zegt dat de eerste week in je nieuwe klas 'wel oké' was. Mag ik je
iets vragen? Op een schaal van 1 tot 10, hoe oké was het? Ik vraag het omdat 'wel oké' bij mij
soms een 3 betekent en soms een 8, en mijn vriendin [[Jasmien]] lacht me daar altijd mee uit.

Je schreef ook dat er een meisje is dat je helpt met de lokalen zoeken. Dat klinkt als een goed
begin. Misschien kun je haar eens vragen of ze mee wil lunchen? Het ergste wat er kan gebeuren is
dat ze nee zegt, en dan weet je het tenminste.

Laat je me je cijfer weten?

[[Laura]]""",
        """de eerste week in mijn nieuwe klas was wel oké. er is een meisje dat me helpt met de
lokalen.
ik ben 13""",
        "Laura"),

    vol("lu-et-approuve", "gmail_web", "fr",
        ["private-account", "student", "age-24", "top-posted", "greets-pseudonym", "signed-name",
         "content-after-name", "new-shape", "gelezen-goedgekeurd", "emoji"],
        ("Yanis Haddad", "yanis.haddad@gmail.example"),
        """Salut {pseudonym},

J'ai lu ta « charte anti-stress » pour la semaine des examens, et franchement, elle est top:
dormir au moins huit heures, une pause toutes les heures, pas de réseaux après 21 h, une balade
par jour, et manger autre chose que des chips. Je vais peut-être te la voler pour mes propres
examens.

La seule chose que j'ajouterais: prévois aussi une récompense pour la fin. Un film, un resto, un
après-midi à ne rien faire. Le cerveau travaille mieux quand il sait qu'il y a quelque chose de
chouette au bout.

Bon courage, tu vas gérer 💪
[[Yanis]]

Lu et approuvé ✍️""",
        """voici ma charte anti-stress pour les examens: dormir 8h, pause chaque heure, pas de
réseaux
après 21h, une balade par jour, manger autre chose que des chips. j'ai 16 ans""",
        "Yanis"),

    vol("brief-grootmoeder", "ipad", "nl",
        ["private-account", "retiree", "age-76", "top-posted", "greets-pseudonym", "client-line",
         "signed-name", "long", "relative-named", "family-named"],
        ("Jeanine Vanderstraeten", "jeanine.vds@telenet.example"),
        """Lieve {pseudonym},

Ik schrijf je zoals ik vroeger brieven schreef, want dat kan ik beter dan korte berichtjes. Neem
je tijd om het te lezen, er is geen haast.

Je vertelde me dat je je grootvader verloren hebt, dat hij de enige was die wist dat je van
meisjes houdt, en dat je nu het gevoel hebt dat niemand je nog echt kent. Dat heeft me diep
geraakt. Wat een geschenk, een grootvader bij wie je helemaal jezelf mocht zijn. En wat een pijn,
dat te verliezen.

Ik ben zelf grootmoeder. Mijn kleinzoon [[Jelle]] vertelde mij twee jaar geleden, op een
zondagmiddag bij de koffie, dat hij een vriend had. Niet zijn ouders eerst, maar mij. Ik heb hem
toen gevraagd waarom. Hij zei: "Omdat jij niet schrikt." Ik denk dat jouw grootvader ook zo iemand
was. Iemand die niet schrok.

Ik wil je twee dingen meegeven.

Het eerste: wat hij van je wist, is niet met hem verdwenen. Hij heeft je gezien, en dat blijft
waar. Je draagt dat mee, ook al is hij er niet meer om het te bevestigen.

Het tweede: er zullen weer mensen komen die niet schrikken. Misschien niet meteen, misschien niet
in je familie, misschien wel. Een vriendin, een leerkracht, later een lief, een collega. Je zult ze
herkennen, omdat je bij hen hetzelfde gevoel krijgt als bij je grootvader. Dat gevoel ken je nu,
en dat is een kompas.

Schrijf je me eens iets over hem? Hoe hij was, wat jullie samen deden? Ik zou het graag lezen.

Met een warme groet van een oude vrouw die niet schrikt,
[[Jeanine]]""",
        """mijn opa is gestorven en hij was de enige die wist dat ik van meisjes hou. nu voelt het
alsof
niemand me nog echt kent. ik ben 16""",
        "Jeanine"),
]
