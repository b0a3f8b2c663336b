"""Hand-written volunteers' answers of the twelfth held-out relay-text corpus, part `volunteer`.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span in the volunteer's own
words and signature, <<...>> around spans that are neither content nor identity (a `#thema:`
line, lines quoted by hand). Each `quote` is what the forward carried: the help-seeker's words
as the relay passed them on. Names, streets, numbers are invented; domains end in .example.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def vol(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
        quote: str, nickname: str, **kw: object) -> Case:
    """One volunteer's answer to a forward; the forward's note is in the answer's language."""
    kw.setdefault("note_lang", lang)
    return Case(slug=f"h12v-{slug}", direction="volunteer", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, quote=quote, nickname=nickname, **kw)  # type: ignore[arg-type]


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

ps ik zit midden in de blok dus mijn volgende antwoord kan een paar dagen duren, maar ik lees alles!!""",
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
        """mijn stiefvader doet altijd mijn stem na en hoe ik stap en mijn ma lacht dan mee. ik ben 16.
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
        """ik woon in een klein dorp en ik ken echt niemand die ook gay is. ik ben 16 en ik wil gewoon
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

[[Yasmina]]
ervaringsdeskundige bij Lumi, vrijwilliger sinds 2022""",
        """ik snij al een jaar en niemand weet het. het is nu zomer en ik weet niet meer wat ik moet
aandoen. zeg alsjeblieft niet dat ik moet stoppen""",
        "Yasmina"),

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
        """mijn pa zegt altijd lelijke dingen over homo's als er voetbal op tv is. ik ben 15 en ik wil
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
        """j'ai dit à ma meilleure amie que je suis bi et maintenant elle me parle plus et toute la classe
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
        """i moved to belgium 8 months ago and i dont speak dutch. at school everyone has their friends
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
        """mijn mama snapt toch niks. ze vraagt altijd waarom ik zo stil ben aan tafel. ik word gepest
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
        """mes parents divorcent et ils veulent que je choisisse chez qui je vais habiter. j'ai 15 ans.
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
        """mijn opa is vorige maand gestorven en iedereen zegt dat ik moet verdergaan met mijn leven. ik
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
🎵 Eefje de Visser – Bitterzoet

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
        """ik heb 50 euro gepakt uit de portemonnee van mijn ma voor een cadeau voor mijn vriendin. ik
ben 14. ik kan niet meer slapen""",
        "Kristof",
        sig="""[[Kristof De Wulf]]
[[Kredietadviseur – Kantoor Gent-Zuid]]
[[Argenta Bank]] | [[Kortrijksesteenweg 311, 9000 Gent]]
[[M +32 478 66 10 25]]
EHBO-verantwoordelijke 3de verdieping

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
[[Monique]]
interprète LSFB retraitée""",
        """ma copine est sourde et je veux apprendre la langue des signes pour lui parler sans que sa
mère traduise. c'est bête? j'ai 16 ans""",
        "Monique"),

    vol("gedeeld-adres", "webmail", "nl",
        ["shared-account", "parent", "age-42", "top-posted", "greets-pseudonym", "relative-named",
         "signed-name", "family-named"],
        ("Bram & Elke", "bram.en.elke@telenet.example"),
        """Dag {pseudonym},

Hier [[Elke]]. Je krijgt dit vanaf het adres dat ik deel met mijn man, niet schrikken van de
afzender.

Je vertelt dat je plusvader heel streng is en dat hij altijd zegt 'zolang je onder mijn dak
woont'. Ik ben zelf plusmama van twee tieners en ik moet eerlijk toegeven dat ik die zin ook al
eens gezegd heb, in een slecht moment. Ik had spijt achteraf.

Soms helpt het om de regels eens samen op te schrijven, op een rustig moment, niet midden in
een ruzie. Wat mag, wat niet, en waarom. Dan weet iedereen waar hij staat en voelt het minder als
willekeur. Zou je dat durven voorstellen, misschien eerst aan je mama?

Groetjes,
[[Elke]]""",
        """mijn plusvader is super streng en zegt altijd zolang je onder mijn dak woont. ik ben 15 en
ik mag echt niks""",
        "Elke",
        volunteer="bram.en.elke@telenet.example"),

    vol("vorming-notities", "v12vol_geary", "nl",
        ["private-account", "student", "age-22", "top-posted", "greets-pseudonym", "signed-name",
         "new-shape", "training-notes-paste", "long"],
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
        """mijn vriendin wil dat ik elke avond mijn locatie deel en ze wordt boos als ik een uur niet
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
        """is it ok to not want a relationship ever? all my friends talk about is crushes. im 16 and i
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
        """het gesprek met mijn leerkracht ging goed!! ze vroeg zelfs hoe ze me moet noemen. hoe moet
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
        """ik kom al weken niet meer buiten behalve voor school. zaterdag blijf ik gewoon in bed. is dat
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
        """ik wil niet meer mee op scoutskamp omdat ik niet bij de jongens wil slapen ik ben trans maar
dat weet daar niemand""",
        "Dries"),
]
