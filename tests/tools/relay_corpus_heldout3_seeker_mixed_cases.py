# ruff: noqa: E501  (mail bodies keep the long lines their writers typed)
"""Hand-written help-seeker mails for the third held-out relay-text corpus, part seeker-mixed.

French (Walloon and Brussels teenagers, SMS style), English (expats, international schools) and
Dutch (Flemish tussentaal), some mixing languages inside one mail. Written one by one the way
young people write to a helpline, by someone who had not read the relay's rules.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span (the writer's own names,
addresses, phone numbers, handles, street addresses; the account holder's name when a parent,
sibling or school's account is used), <<...>> around what is neither. Friends' and family members'
first names in the running text are the story, not the writer's identity, and stay content;
a family member's surname (which the writer shares) is identity.

Rendered by relay_corpus_heldout3_seeker_mixed.py into
tests/fixtures/relay_text/heldout/seeker-mixed/.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# First names of people named in full in running text or signatures (so each part is identity).
EXTRA_FIRST_NAMES = frozenset({
    "Richard", "Katrien", "Oliver", "Ollie", "Christophe", "Bart", "Fatima", "Margaret", "Sophie",
    "Tomasz", "Grace", "Ilse", "Hélène", "Mustafa", "Dirk", "Anouk", "Kevin",
})

# What the helpline sends back at once; help-seekers answer it with the history below their words.
ACK_NL = """Hoi,

Dank je voor je bericht aan Lumi. Een vrijwilliger leest het en antwoordt je zo snel mogelijk,
meestal binnen twee dagen. Je naam en je adres blijven bij ons: de vrijwilliger ziet ze niet.

Is het dringend? Bel 1813 (Zelfmoordlijn) of 112.

Lumi"""
ACK_FR = """Bonjour,

Merci pour ton message à Lumi. Un·e bénévole le lit et te répond dès que possible, en général
dans les deux jours. Ton nom et ton adresse restent chez nous : la personne bénévole ne les voit pas.

C'est urgent ? Appelle le 0800 32 123 ou le 112.

Lumi"""
ACK_EN = """Hi,

Thanks for writing to Lumi. A volunteer will read your message and answer as soon as they can,
usually within two days. Your name and address stay with us: the volunteer does not see them.

If it is urgent, call 1813 or 112.

Lumi"""

# Earlier answers of volunteers, relayed from hulp@lumi.example, that help-seekers reply to.
ANSWER_NL = """Hoi,

Fijn dat je ons schrijft, en knap dat je het zo eerlijk vertelt. Wat je voelt, mag er zijn.
Mag ik je iets vragen: is er iemand in je buurt (thuis, op school, in de jeugdbeweging) bij wie
je je een beetje veilig voelt? Je hoeft niets te beslissen, we denken gewoon samen na.

Tot snel,
Lumi"""
ANSWER_FR = """Salut,

Merci de nous avoir écrit, ce n'est pas facile de mettre des mots là-dessus. Ce que tu ressens
est important. Est-ce qu'il y a un adulte à qui tu fais un peu confiance (à l'école, dans ta
famille, au club) ? Tu peux nous raconter ce que tu veux, à ton rythme.

À bientôt,
Lumi"""
ANSWER_EN = """Hi there,

Thank you for trusting us with this. What you describe sounds really hard, and it makes sense
that you feel the way you do. Would you like to tell us a bit more about what happened at school?
You can write as much or as little as you want.

Take care,
Lumi"""

CASES: list[Case] = [
    Case("fr-wesh-gay-snap", "seeker", "gmail_android", "fr",
         ["sms-style", "no-punctuation", "own-name-in-text", "handle-in-text", "identity-in-text",
          "coming-out"],
         ("Ilyes B", "ilyes.b2009@gmail.example"), subject="slt",
         body="""wesh
jsp si c ici qu'on peut ecrire
jsuis [[ilyes]] jai 15 ans jsuis a bxl
en vrai jcrois que jsuis gay frr
personne le sait meme pas mon reuf
si mes darons l'apprennent cest la fin jte jure
vous pouvez me rep sur snap cest [[ilyes.bxl09]]"""),

    Case("fr-disparaitre-bare", "seeker", "iphone", "fr",
         ["sms-style", "no-punctuation", "no-identity-in-body", "self-harm-thoughts"],
         ("", "lou.xx@icloud.example"), from_style="bare", subject="",
         body="""bonsoir
est ce que c normal de vouloir disparaitre des fois
pas mourir genre juste plus etre la
jsais pas a qui dire ca"""),

    Case("fr-tablette-maman-grosse", "seeker", "samsung", "fr",
         ["parent-account", "not-own-account", "own-name-in-text", "identity-in-text", "bullying"],
         ("Nathalie Fontaine", "nathalie.fontaine@skynet.example"), subject="question",
         body="""Bonjour cest pas ma mere qui ecrit cest sa fille
jai pas d'adresse mail a moi
je m'appelle [[Clara]] jai 13 ans
au college ya des filles qui me traitent de grosse tous les jours et elles ont fait un groupe snap sur moi
svp repondez pas trop clairement au cas ou ma mere lit
merci"""),

    Case("nl-geen-meisje-fase", "seeker", "gmail_web", "nl",
         ["tussentaal", "no-punctuation", "no-identity-in-body", "gender-identity", "parents"],
         ("Femke Claes", "femkeclaes07@gmail.example"), subject="vraagje",
         body="""hoi
kzou graag iets vragen
ik ben 16 en ik denk da ik ni echt een meisje ben
al van kleins af eigenlijk
mijn ma zegt da da een fase is
maar amai het voelt ni als een fase
kga nu stoppen want mijn zus komt binnen"""),

    Case("en-dads-laptop-outlook-sig", "seeker", "v3smx_outlook_mac", "en",
         ["parent-account", "not-own-account", "signature", "signature-with-disclaimer",
          "own-name-in-text", "address-in-text", "identity-in-text", "bullying", "expat"],
         ("Richard Hawthorne", "r.hawthorne@hawthorne-consulting.example"), from_style="plain",
         subject="Question",
         body="""Hi,
this is not [[Richard]], it's his son. I'm on his laptop because mine is broken.
I'm 14 and I go to the international school in Waterloo. There's a group of boys in my year who keep calling me gay and they shoved me into the lockers on Friday.
I haven't told my dad. Please don't reply to this address, can you write to [[oliver.hawthorne10@gmail.example]] instead?
thanks
[[Ollie]]""",
         sig="""[[Richard Hawthorne]]
Managing Director
[[Hawthorne Consulting SRL]]
[[Avenue Louise 231, 1050 Brussels]]
M [[+32 475 30 11 82]]

This e-mail and any attachments are confidential and may be legally privileged. If you are not
the intended recipient, please notify the sender immediately and delete this message."""),

    Case("fr-re-amie-scarifie", "seeker", "gmail_android", "fr",
         ["reply-quoted", "sms-style", "own-name-in-text", "identity-in-text", "friends",
          "self-harm"],
         ("Inès Lambotte", "ines.lmbt@gmail.example"), from_style="ew", subject="Re: aide stp",
         quote=ACK_FR,
         body="""re
dsl jai pas repondu avant jetais en stage
en fait c pour ma meilleure amie Jade
elle se scarifie depuis genre 2 mois et elle ma fait jurer de rien dire
jsais pas si je dois le dire a quelqu'un
jai peur quelle me deteste apres
[[Ines]]"""),

    Case("nl-html-ouders-mietje", "seeker", "telenet_webmail", "nl",
         ["parent-account", "not-own-account", "html-only", "own-name-in-text",
          "identity-in-text", "bullying"],
         ("Fam. Wouters-Desmedt", "wouters.desmedt@telenet.example"), html="only",
         subject="hulp",
         body="""hallo
ik ben [[Jarne]] (13)
ik gebruik de mail van mijn ouders want ik heb zelf geen
op school lachen ze mij uit omdat ik liever met de meisjes optrek
ze zeggen dat ik een mietje ben
ik wil ni meer naar school
kan iemand mij helpen aub"""),

    Case("en-re-bi-ghana", "seeker", "gmail_ios", "en",
         ["reply-quoted", "no-punctuation", "no-identity-in-body", "coming-out", "parents",
          "expat"],
         ("Aisha Mensah", "aisha.mensah.08@gmail.example"), subject="Re: hi",
         quote=ANSWER_EN,
         body="""thanks for answering
yeah I think I might be bi but idk
my parents are super religious (we're from Ghana originally) and I can't even imagine telling them
at school everyone is so open about it and I kind of feel like a fake because I'm not out
is that weird"""),

    Case("fr-adresse-ecole-amoureux", "seeker", "v3smx_school_o365", "fr",
         ["school-address", "no-identity-in-body", "love", "coming-out"],
         ("DUPONT Lucas (5B)", "lucas.dupont@eleve.athenee-jodoigne.example"), from_style="plain",
         subject="est ce que les profs peuvent lire",
         body="""bonjour
jecris depuis mon adresse de l ecole pcq j'ai que celle la
jvoudrais savoir si les profs peuvent lire mes mails
si oui oubliez
sinon ben... jsuis amoureux d'un gars de ma classe et jsais pas quoi faire de ca
il sait pas
merci"""),

    Case("nl-clb-computer-stiefvader", "seeker", "v3smx_school_o365", "nl",
         ["school-account", "not-own-account", "html-only", "signature", "own-name-in-text",
          "phone-in-text", "identity-in-text", "parents"],
         ("Katrien Vermeulen", "katrien.vermeulen@clb-kempen.example"), html="only",
         subject="Mail van een leerling",
         body="""Hallo,
Ik zit hier bij mijn CLB-begeleider omdat ik thuis geen internet heb.
Ze heeft gezegd dat ik jullie mocht mailen vanaf haar computer, ze leest niet mee.
Ik ben 15. Mijn stiefvader roept de hele tijd en gisteren heeft hij mijn gsm kapotgegooid.
Ik durf niet meer naar huis na school.
Mijn naam is [[Dounia]], jullie mogen mij bellen op het nummer van mijn tante [[0485 62 17 30]].
Dank u""",
         sig="""Met vriendelijke groeten

[[Katrien Vermeulen]]
Medewerker leerlingenbegeleiding
[[Vrij CLB Kempen]]
[[Grote Markt 8, 2300 Turnhout]]
[[014 44 12 80]]"""),

    Case("fr-wesh-meuf-haram-whatsapp", "seeker", "yahoo", "fr",
         ["sms-style", "verlan", "no-punctuation", "phone-in-text", "handle-in-text",
          "identity-in-text", "coming-out", "parents"],
         ("Yasmina", "yas.mn07@yahoo.example"), subject="",
         body="""wesh la team
cest chelou ce que je vais dire
mais jkiffe une meuf de ma classe et moi aussi jsuis une meuf
ma daronne elle dit que les gens comme ca cest haram
je me sens trop seule
si vous voulez me parler mon num cest le [[0492 18 40 77]] (whatsapp)
ou insta [[@yas.mn_07]]"""),

    Case("en-html-proton-binding", "seeker", "proton", "en",
         ["html-only", "no-identity-in-body", "gender-identity", "parents"],
         ("", "anon_2010@proton.example"), from_style="bare", html="only",
         subject="binding",
         body="""I'm 16, trans (ftm), living in Brussels with my mum and her boyfriend.
They use my deadname all the time. I'm not going to write it here.
I've started binding but I'm scared it's hurting my ribs.
I just want someone who gets it.

thanks for reading"""),

    Case("nl-help-oneliner", "seeker", "iphone", "nl",
         ["one-liner", "no-punctuation", "no-identity-in-body", "self-harm-thoughts"],
         ("Mats", "mats.dh@icloud.example"), subject="",
         body="help ik kan ni meer"),

    Case("nl-fr-broer-copain", "seeker", "samsung", "nl",
         ["mixed-language", "tussentaal", "own-name-in-text", "identity-in-text", "coming-out",
          "parents"],
         ("Yassine El Khattabi", "yassine.elkhattabi@hotmail.example"), subject="vraag",
         body="""salut of hallo ik weet ni welke taal
ik zit in een nederlandstalige school maar thuis spreken we frans
mon père sait pas que j'ai un copain
en mijn broer heeft het gezien op mijn gsm en nu dreigt hij het te zeggen
ik ben echt bang wallah
[[Yassine]]"""),

    Case("fr-mail-grand-frere-insta", "seeker", "v3smx_orange_webmail", "fr",
         ["sibling-account", "not-own-account", "own-name-in-text", "handle-in-text",
          "identity-in-text", "bullying"],
         ("Mathis Lejeune", "mathis.lejeune@orange.example"), subject="Harcèlement sur insta",
         charset="iso-8859-1",
         body="""Bonjour,
J'écris avec le mail de mon grand frère il est d'accord.
Je m'appelle [[Zoé]], j'ai 12 ans (bientôt 13) et j'habite à Namur.
Depuis la rentrée il y a une fille qui m'envoie des messages méchants tous les soirs sur insta.
Elle dit que je suis moche et que personne m'aime.
J'ai bloqué mais elle fait des autres comptes.
Mon insta c'est [[zoe.lejeune_]] si ça aide
Merci beaucoup"""),

    Case("en-re-diary-call-me", "seeker", "gmail_web", "en",
         ["reply-quoted", "own-name-in-text", "phone-in-text", "identity-in-text", "parents",
          "coming-out", "expat"],
         ("Priya Raman", "priya.raman.2009@gmail.example"), subject="Re: my dad",
         quote=ANSWER_EN,
         body="""Hi again,
thank you so much for replying, it helped more than you think
things got worse at home tho. my dad found my diary
he read the part about Emma and now he won't talk to me
could someone call me? I'm free after 4 most days. my number is [[+32 471 20 58 93]]
[[Priya]]"""),

    Case("nl-html-gmail-mama-gesneden", "seeker", "gmail_web", "nl",
         ["parent-account", "not-own-account", "html-only", "own-name-in-text",
          "identity-in-text", "self-harm", "no-punctuation"],
         ("Hilde Van den Broeck", "hilde.vdbroeck@gmail.example"), html="only", subject="",
         body="""hey dit is de gmail van mijn mama maar zij weet ni dat ik dit stuur
ik ben [[Ruben]], 14 jaar
ik heb mij gisteren gesneden
ni diep ofzo
maar ik ben bang da ik het weer ga doen
kunnen jullie iets doen zonder dat mijn mama het weet
sorry"""),

    Case("fr-voo-famille-prof-blagues", "seeker", "v3smx_voo_webmail", "fr",
         ["parent-account", "not-own-account", "own-name-in-text", "identity-in-text",
          "school", "coming-out", "sms-style"],
         ("famille Collignon", "famille.collignon@voo.example"), subject="question",
         body="""slt
c'est [[Arthur]] (le fils)
jsuis en 4eme a l'athenee de Spa
ya un prof qui fait des blagues sur les homos en classe et tout le monde rigole
moi jrigole aussi pour pas qu'on capte
mais apres jme sens trop mal
cest normal?"""),

    Case("en-fastmail-sweden-lunch", "seeker", "v3smx_fastmail", "en",
         ["no-identity-in-body", "expat", "friends", "self-harm-thoughts"],
         ("Elias Lindqvist", "elias@lindqvist.example"), from_style="plain",
         subject="no idea if this is the right place",
         body="""Hello,
I don't really know how this works. I'm 15, from Sweden, we moved to Belgium last year for my mom's job.
I have no friends here. Like zero. I eat lunch in the library every day.
Everyone at school speaks French or Dutch in the breaks and I'm just there.
Sometimes I think nobody would notice if I just stopped showing up. To anything.
That's all I guess."""),

    Case("fr-ghost-meilleure-pote", "seeker", "gmail_android", "fr",
         ["sms-style", "rambling", "emoji", "own-name-in-text", "identity-in-text", "love",
          "friends"],
         ("kenza🦋", "kenza.bxl@gmail.example"), from_style="ew", subject="besoin de parler",
         body="""coucou
bon jvais essayer dexpliquer
donc ya ce gars Rayan on parlait depuis septembre
et la il ma ghost du jour au lendemain
et apres jai vu qu'il sortait avec ma pote Lina
LINA
ma meilleure pote depuis la primaire
jsuis trop degoutee jarrive pas a manger
ma mere dit que c'est pas grave a 14 ans
mais pour moi c'est grave 😭😭
voila dsl c long
bisous [[kenza]]"""),

    Case("nl-re-foto-douche", "seeker", "outlook_mobile", "nl",
         ["reply-quoted", "tussentaal", "no-punctuation", "no-identity-in-body", "bullying"],
         ("Lotte Van Damme", "lotte_vd@outlook.example"), subject="Re: pesten",
         quote=ACK_NL,
         body="""ja sorry ik had nog iets vergeten
het is ni alleen op school
ook in de chat van de klas
ze hebben een foto van mij in de douche na de turnles gedeeld
ik wil da die weg is"""),

    Case("fr-huawei-pote-daron", "seeker", "huawei", "fr",
         ["friend-account", "not-own-account", "sms-style", "verlan", "no-punctuation",
          "own-name-in-text", "identity-in-text", "parents", "violence"],
         ("Rayane Haddou", "rayane.hdd@gmail.example"), subject="aide",
         body="""slt cest pas [[rayane]] qui ecrit cest son pote
jai pas de mail
moi cest [[Bilal]]
wallah jsuis a bout
mon daron me frappe quand il a bu
hier il ma eclate la levre
[[rayane]] dit que vous pouvez aider
repondez ici il me montrera"""),

    Case("en-ib-non-binary-long", "seeker", "apple_mail", "en",
         ["long", "no-identity-in-body", "gender-identity", "parents", "expat"],
         ("Charlotte Beaumont-Reid", "charlotte.br@me.example"), from_style="plain",
         subject="Not sure how to say this",
         body="""Hello,

I'm writing because I honestly don't know who else to ask. I'm 17 and in my final year (IB) at an international school near Tervuren.

For about a year I've been questioning my gender. I don't feel like a girl, but I don't really feel like a boy either. I've read about being non-binary and it fits, mostly.

My parents are lovely but very "traditional British", and my mum already cried when I cut my hair short. I'm applying to universities in the UK and I keep thinking: I could just wait and be myself there. But then I feel like a coward.

Is it normal to feel this split? And how did other people tell their parents?

Thank you for reading this."""),

    Case("fr-ordi-bureau-papa-toitures", "seeker", "outlook_desktop", "fr",
         ["parent-account", "not-own-account", "signature", "signature-with-disclaimer", "logo",
          "sms-style", "own-name-in-text", "identity-in-text", "coming-out", "love"],
         ("Christophe Marchal", "c.marchal@marchal-toitures.example"), subject="",
         logo=("Marchal Toitures", "attachment"), crlf=True,
         body="""bonjour
cest le fils de [[christophe]]
jutilise l'ordi du bureau de mon pere pcq chez nous ya pas de pc
jai 16 ans jsuis en 5eme technique a Charleroi
jpense que jsuis bi et jai un copain depuis 3 mois
mon pere il dit tout le temps des trucs degueu sur les pd
si il lit ca jsuis mort
mon mail a moi cest [[tom.marchal.16@hotmail.example]] svp ecrivez la
[[Tom]]""",
         sig="""[[Christophe Marchal]]
Gérant
[[Marchal Toitures SRL]]
[[Rue de la Station 42]]
[[6040 Jumet]]
Tél. [[071 35 22 18]] – GSM [[0476 81 22 03]]
TVA [[BE 0456.789.123]]

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.
Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),

    Case("nl-mail-zus-bus-stotter", "seeker", "windows_mail", "nl",
         ["sibling-account", "not-own-account", "own-name-in-text", "identity-in-text",
          "bullying"],
         ("Sarah Dewulf", "sarah.dewulf@outlook.example"), subject="Pesten",
         body="""Hallo
Ik ben de jongere broer van [[Sarah]], zij zei dat ik jullie kon mailen
Ik ben 14 en ik word al heel het jaar gepest op de bus
Ze nemen mijn pet af en gooien die uit het raam en lachen mij uit omdat ik stotter
Mijn ouders zeggen dat ik mij moet verdedigen
Maar ik durf dat niet
Groetjes [[Wout]]"""),

    Case("fr-html-yahoo-medocs", "seeker", "v3smx_yahoo_ios", "fr",
         ["html-only", "sms-style", "no-punctuation", "no-identity-in-body", "self-harm"],
         ("", "princesse_mons7000@yahoo.example"), from_style="bare", html="only", subject="",
         body="""jai pris des medocs
pas beaucoup
jsais pas pk jvous ecris"""),

    Case("en-re-kiss-best-mate", "seeker", "outlook_android", "en",
         ["reply-quoted", "own-name-in-text", "identity-in-text", "love", "coming-out",
          "friends"],
         ("Daniel Okafor", "d.okafor09@outlook.example"), subject="RE: about my friend",
         quote=ANSWER_EN,
         body="""Hey, sorry for the late reply, exams.
So the thing with Marco. We kissed at the party on Saturday and now he acts like nothing happened.
I'm not even sure I'm gay, maybe it was just that one time?
He's my best mate, I don't want to lose him.
[[Dan]]"""),

    Case("fr-en-nl-ecole-europeenne-divorce", "seeker", "gmail_web", "fr",
         ["mixed-language", "sms-style", "own-name-in-text", "phone-in-text",
          "identity-in-text", "parents", "expat"],
         ("Maxime Verstraete", "maxime.verstraete@gmail.example"), subject="divorce",
         body="""yo
sorry pour le mix de langues jsuis dans une ecole europeenne
long story short: my parents are divorcing et ils se battent pour savoir chez qui je vais habiter
je veux pas choisir
je veux juste que ca s'arrete
mijn zus zegt dat ik overdrijf
anyway
[[Maxime]] [[0468 90 33 12]]"""),

    Case("nl-re-mentor-eten", "seeker", "iphone", "nl",
         ["reply-quoted", "tussentaal", "no-punctuation", "no-identity-in-body", "school",
          "eating"],
         ("Amber", "amber.xx@icloud.example"), subject="Re: hoi",
         quote=ANSWER_NL,
         body="""ja
mijn mentor misschien
maar die is zo druk
en ik wil ni dat ze mij raar vindt
kheb deze week weer bijna ni gegeten"""),

    Case("fr-html-rheto-conservatoire", "seeker", "samsung", "fr",
         ["html-only", "rambling", "sms-style", "no-identity-in-body", "school", "parents",
          "self-harm-thoughts"],
         ("Théo Gillet", "theo.gillet@proximus.example"), from_style="ew", html="only",
         subject="",
         body="""Bonjour ou bonsoir
jsuis en rheto a Liege
ca fait 3 semaines que jdors plus
mes parents veulent que je fasse medecine comme mon frere
moi jveux faire le conservatoire (piano)
ils disent que c'est pas un metier
jai rate 4 examens en decembre et jai rien dit
ils vont voir le bulletin vendredi
jai pensé à fuguer sérieux
ou pire

voila
si quelqu'un peut maider"""),

    Case("en-spark-crush-insta", "seeker", "v3smx_spark_ios", "en",
         ["emoji", "own-name-in-text", "handle-in-text", "identity-in-text", "love",
          "coming-out", "expat"],
         ("Mia Kowalczyk", "mia.kowalczyk@icloud.example"), subject="hi",
         body="""hi!!
my name is [[Mia]], I'm 13 and I live in Brussels but I'm from Poland
I think I have a crush on my best friend (she's a girl) 🙈
I don't know if I should tell her
my insta is [[mia.k_dance]] if you want to dm me
bye"""),

    Case("nl-gmail-vriendin-psycholoog", "seeker", "gmail_android", "nl",
         ["friend-account", "not-own-account", "tussentaal", "own-name-in-text",
          "phone-in-text", "identity-in-text", "coming-out", "parents"],
         ("Jana Mertens", "jana.mertens2008@gmail.example"), subject="",
         body="""hey
ik ben ni [[jana]], ik ben haar vriendin
ik heb geen gsm meer want mijn ouders hebben die afgepakt
omdat ze gezien hebben dat ik met een meisje sms
ze zeggen dat ik naar een psycholoog moet om da te genezen
kan da?? is da ni verboden
ik ben [[Ella]] en ik ben 15
[[jana]] haar nummer is [[0497 22 61 48]] maar stuur liever een mail"""),

    Case("fr-ipad-dit-a-maman", "seeker", "ipad", "fr",
         ["sms-style", "emoji", "no-identity-in-body", "coming-out", "parents"],
         ("Manon Piette", "manon.piette@icloud.example"), subject="",
         body="""coucou
jvoulais juste dire que jlai dit a ma mere hier que jsuis lesbienne
et elle ma prise dans ses bras
jai pleuré pendant 1h
jsais pas pk je vous ecris ca mais fallait que je le dise a quelqu'un ❤️"""),

    Case("en-html-gmail-secret", "seeker", "gmail_web", "en",
         ["html-only", "no-punctuation", "no-identity-in-body"],
         ("", "ghost.writer.2011@gmail.example"), from_style="bare", html="only",
         subject="question",
         body="""is it true you don't tell anyone what we write
like not the school and not the police
because I need to tell someone something but only if it stays secret"""),

    Case("nl-owa-laptop-papa-lief-19", "seeker", "outlook_web", "nl",
         ["parent-account", "not-own-account", "signature", "signature-with-disclaimer",
          "tussentaal", "own-name-in-text", "identity-in-text", "love"],
         ("Dirk Vandevelde", "dirk.vandevelde@vandevelde-bouw.example"), from_style="plain",
         subject="vraag",
         body="""hallo lumi
kben de dochter van [[Dirk]]
mijn pa weet ni dat ik zijn laptop gebruik
ik ben 15 en ik heb een lief van 19
hij wil dat ik foto's stuur en hij wordt kwaad als ik nee zeg
mijn vriendinnen zeggen da da ni normaal is
is da normaal?
mail mij aub op [[anouk.vdv@gmail.example]]
[[Anouk]]""",
         sig="""Met vriendelijke groet

[[Dirk Vandevelde]]
Projectleider
[[Vandevelde Bouw NV]] | [[Industrielaan 17, 9320 Erembodegem]]
T [[053 21 44 90]] | M [[0495 60 71 12]]

Disclaimer: dit bericht en eventuele bijlagen kunnen vertrouwelijke informatie bevatten en zijn
uitsluitend bestemd voor de geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwijder
het dan en verwittig de afzender."""),

    Case("fr-thunderbird-victor-adresse", "seeker", "thunderbird", "fr",
         ["own-name-in-text", "address-in-text", "identity-in-text", "coming-out", "friends",
          "letter-style"],
         ("Hugo Lemaire", "hugo.lemaire@skynet.example"), from_style="plain",
         subject="Mon meilleur ami",
         body="""Bonsoir,

Je ne sais pas trop si c'est le bon endroit pour ça. Je m'appelle [[Hugo]], j'ai 17 ans, je suis en rhéto à Wavre.

Mon meilleur ami depuis la maternelle, Victor, ne me parle plus depuis que je lui ai dit que j'étais gay. Il a dit « pas de souci » sur le moment, puis plus rien. Il m'a retiré de tous les groupes.

Le pire c'est que toute la classe a l'air au courant maintenant.

Je ne vais pas mal mal, mais je n'ai plus envie de grand-chose.

Merci de m'avoir lu,
[[Hugo Lemaire]]
[[Rue du Moulin 9]]
[[1300 Wavre]]"""),

    Case("en-yahoo-stepmom-accra", "seeker", "yahoo", "en",
         ["no-punctuation", "no-identity-in-body", "parents", "expat"],
         ("Kofi Asante", "kofi.asante2010@yahoo.example"), subject="family",
         body="""hi so i dont know if you help boys too
my stepmom hates me and my dad always takes her side
she says im lazy and ungrateful and she calls me stupid in front of my little brothers
last week she locked my room so i had to sleep on the couch
i just want to go back to live with my mom in Accra but nobody listens
sorry for my english i speak mostly french at school"""),

    Case("fr-re-snap-reufs", "seeker", "gmail_android", "fr",
         ["reply-quoted", "verlan", "sms-style", "no-punctuation", "handle-in-text",
          "identity-in-text"],
         ("Nassim Amrani", "nassim.amr@gmail.example"), subject="Re: slt",
         quote=ANSWER_FR,
         body="""wsh merci de mavoir rep
nan jai personne a qui parler de ca
mes reufs se moqueraient de ouam
vous pouvez mecrire sur snap cest plus simple jregarde jamais mes mails
[[nass.amr]]"""),

    Case("nl-apple-trans-gekozen-naam", "seeker", "apple_mail", "nl",
         ["own-name-in-text", "identity-in-text", "gender-identity", "parents"],
         ("Lars De Wilde", "lars.dewilde@icloud.example"), subject="Vraag over groepen in Gent",
         body="""Hallo,

Ik ben trans (mtf) en ik heb het vorige week aan mijn ouders verteld. Mijn vader zei niks en zit sindsdien de hele tijd in de garage. Mijn moeder probeert het wel, maar ze blijft "hij" zeggen.

Ik wil graag [[Lara]] genoemd worden. Dat is de naam die ik gekozen heb.

Weten jullie of er in de buurt van Gent een groep is voor trans jongeren?

Groetjes,
[[Lara]] (op mijn mail staat nog mijn oude naam, sorry)"""),

    Case("fr-html-webmail-soeur-pasteure", "seeker", "webmail", "fr",
         ["html-only", "own-name-in-text", "identity-in-text", "self-harm-thoughts", "parents"],
         ("Océane Mbuyi", "oceane.mbuyi@webmail.example"), from_style="ew", html="only",
         subject="pour ma soeur",
         body="""Bonjour
je vous écris pour ma petite soeur elle a 13 ans
non en fait cest pour moi
jsuis desolee jsais pas pk jai dit ca
cest moi qui ai des pensees bizarres la nuit
comme si tout le monde serait mieux sans moi
ma mere est pasteure et elle dit que c'est le diable
jsuis [[Océane]] jai 15 ans
merci de pas lui dire"""),

    Case("nl-html-leerkracht-lesbisch", "seeker", "smartschool", "nl",
         ["school-account", "not-own-account", "html-only", "signature", "own-name-in-text",
          "identity-in-text", "coming-out", "parents"],
         ("Ilse Goossens", "ilse.goossens@kta-mechelen.example"), from_style="plain",
         html="only", subject="vraag van een leerling",
         body="""Beste
Ik ben een leerling van mevrouw [[Goossens]], ze laat mij haar mail gebruiken
Ik ben 16 en ik ben lesbisch maar thuis mag dat niet
Mijn vader zegt dat hij mij buiten smijt als het waar is
Ik heb een vriendin, ze heet Hanne, en ik zie haar alleen op school
Kunnen jullie mij zeggen wat mijn rechten zijn als hij mij buiten zet?
Mijn eigen mail is [[fien.bogaert@hotmail.example]]
[[Fien]]""",
         sig="""[[Ilse Goossens]]
Leerkracht Nederlands – tweede graad
[[KTA Mechelen]]"""),

    Case("fr-nl-re-lerares-ouders", "seeker", "gmail_ios", "fr",
         ["reply-quoted", "mixed-language", "sms-style", "own-name-in-text", "identity-in-text",
          "self-harm", "school"],
         ("Salma Ait Ouali", "salma.aitouali@gmail.example"), subject="Re: besoin d'aide",
         quote=ACK_FR,
         body="""merci
jsuis bilingue donc jsais pas si jecris en fr of nl
bref
mijn lerares heeft gezegd dat ze het aan mijn ouders gaat zeggen dat ik me snij
et moi jveux pas
est ce quelle a le droit??
[[Salma]]"""),

    Case("en-counsellor-computer-sleepover", "seeker", "outlook_desktop", "en",
         ["school-account", "not-own-account", "signature", "own-name-in-text",
          "identity-in-text", "sexual-abuse", "expat"],
         ("Grace Whitfield", "g.whitfield@stgeorges-intl.example"), subject="from a student",
         crlf=True,
         body="""Hi,
Ms [[Whitfield]] (the counsellor) said I could use her computer to write to you, she's not reading it.
I'm in Year 10. Something happened at a sleepover two weeks ago with an older boy, and I keep thinking about it. I didn't want it. I haven't told anyone except her and she only knows a little.
I don't want my parents to find out, my dad would go crazy.
Please write back to my own email: [[hana.sato.y10@gmail.example]]
[[Hana]]""",
         sig="""Kind regards,

[[Grace Whitfield]]
Student Wellbeing Coordinator
[[St George's International School]]
[[Drève de Lorraine 19, 1180 Uccle]]
Tel. [[+32 2 555 78 40]]

This email and any files transmitted with it are confidential and intended solely for the use of
the individual to whom they are addressed."""),

    Case("fr-voo-copine-jalouse", "seeker", "v3smx_voo_webmail", "fr",
         ["own-name-in-text", "phone-in-text", "identity-in-text", "love"],
         ("Kevin Dethier", "kevin.dethier@voo.example"), from_style="plain",
         subject="ma copine",
         body="""Bonjour,
j'ai 17 ans et je sors avec une fille depuis un an. Elle est super jalouse, elle regarde mon téléphone, elle m'interdit de voir mes potes.
Hier elle a menacé de se faire du mal si je la quitte.
Je sais plus quoi faire, je l'aime mais j'étouffe.
[[Kevin]] - [[0479 31 05 66]]"""),

    Case("nl-vriendin-vervangen-lang", "seeker", "gmail_android", "nl",
         ["rambling", "tussentaal", "no-punctuation", "emoji", "no-identity-in-body", "friends",
          "parents"],
         ("", "xx.emmaaa.xx@gmail.example"), from_style="bare", subject="",
         body="""hey
ik weet ni goed hoe ik moet beginnen
mijn beste vriendin praat ni meer met mij
sinds ze in een andere klas zit
ze heeft nu nieuwe vriendinnen
en op insta zie ik ze altijd samen
ik voel mij zo vervangen 😔
en thuis is het ook ni leuk
mijn ouders maken de hele tijd ruzie
kzit de hele dag op mijn kamer
sorry voor de lange mail
en bedankt"""),

    Case("en-re-school-nurse-lie", "seeker", "gmail_web", "en",
         ["reply-quoted", "no-punctuation", "no-identity-in-body", "self-harm", "school",
          "expat"],
         ("Mateo Fernández", "mateo.fdz@gmail.example"), from_style="ew",
         subject="Re: Re: hey", quote=ANSWER_EN,
         body="""Hi
ok so I did talk to the school nurse like you said
she was nice but she said she has to tell my parents if it's about hurting myself
so I said it wasn't
which was a lie
now I don't know what to do
sorry"""),

    Case("fr-html-orange-boxe-keum", "seeker", "v3smx_orange_webmail", "fr",
         ["html-only", "verlan", "sms-style", "no-punctuation", "no-identity-in-body",
          "coming-out", "love"],
         ("Mehdi Ouazzani", "mehdi.ouazzani@orange.example"), html="only", subject="",
         body="""wesh
cest ouf mais jsuis tombe amoureux dun keum
jsuis pas pd hein enfin jsais plus
cest un pote de la salle de boxe
si les gars de mon quartier apprennent ca jsuis fini
jpeux pas en parler a personne
vous etes des vrais gens ou cest un robot qui repond"""),

    Case("nl-re-mama-weende-bellen", "seeker", "iphone", "nl",
         ["reply-quoted", "tussentaal", "no-punctuation", "own-name-in-text", "phone-in-text",
          "identity-in-text", "coming-out", "parents"],
         ("Seppe Wuyts", "seppewuyts@icloud.example"), subject="Re: ik weet het ni",
         quote=ANSWER_NL,
         body="""hoi
dank u voor uw antwoord
ik heb het gisteren toch aan mijn mama gezegd dat ik op jongens val
ze was ni boos maar ze weende
mijn papa weet het nog ni
mag ik jullie eens bellen? of kunnen jullie mij bellen op [[0473 14 82 09]]
maar ni na 8 uur want dan is mijn papa thuis
[[Seppe]]"""),

    Case("en-nl-polish-leuven-accent", "seeker", "samsung", "en",
         ["mixed-language", "own-name-in-text", "identity-in-text", "bullying", "expat"],
         ("Kacper Nowak", "kacper.nowak07@gmail.example"), subject="hello",
         body="""hi
I'm Polish and I go to a Dutch school in Leuven
de andere jongens noemen mij altijd 'de Pool' en ze doen mijn accent na
I try to laugh but it's every day
my dad says just work hard and ignore
I don't have anyone to talk to here
[[Kacper]]"""),

    Case("fr-tel-cousine-trans-adresse", "seeker", "gmail_android", "fr",
         ["cousin-account", "not-own-account", "sms-style", "own-name-in-text",
          "address-in-text", "identity-in-text", "gender-identity", "parents"],
         ("Aurélie Bastin", "aurelie.bastin98@gmail.example"), from_style="ew",
         subject="question",
         body="""Bonjour
jsuis sur le tel de ma cousine [[Aurélie]]
moi jai 14 ans et jsuis trans (jsuis un garcon mais on me voit comme une fille)
mon prenom cest [[Noah]] mais personne a part elle m'appelle comme ca
ma mere veut pas en entendre parler
jhabite [[rue des Tanneurs 27]] a Namur si vous avez des trucs a envoyer genre des brochures mais mettez pas Lumi sur l'enveloppe svp"""),

    Case("nl-huawei-anoniem-oneliner", "seeker", "huawei", "nl",
         ["one-liner", "no-punctuation", "tussentaal", "no-identity-in-body"],
         ("Jef Van Looy", "jef.vanlooy@gmail.example"), subject="",
         body="is da hier anoniem"),

    Case("en-ipad-mum-sick-young-carer", "seeker", "ipad", "en",
         ["parent-account", "not-own-account", "own-name-in-text", "address-in-text",
          "identity-in-text", "bullying", "young-carer", "expat"],
         ("Elena Marchetti", "elena.marchetti@gmail.example"), subject="Hello",
         body="""Hello
my name is [[Sophie]] and I am 12. I live at [[Rue Belliard 88, 1040 Etterbeek]] with my mum.
My mum is sick a lot and I do everything at home, cooking and my little sister and the washing
at school they say I smell and nobody sits next to me
I am not sad all the time I am just tired
I'm not sure what you can do but my teacher gave us this address"""),

    Case("fr-re-prof-gym-vomir", "seeker", "apple_mail", "fr",
         ["reply-quoted", "own-name-in-text", "identity-in-text", "eating", "school"],
         ("Léa Wauters", "lea.wauters@icloud.example"), from_style="ew",
         subject="Re: Ton message à Lumi", quote=ANSWER_FR,
         body="""Bonjour,
oui il y a ma prof de gym, Mme Delvaux, elle est gentille
mais j'ose pas lui parler en vrai
est-ce que vous pouvez m'aider à écrire ce que je vais lui dire ?
je voudrais lui dire que je me fais vomir après manger depuis l'été
merci
[[Léa]]"""),

    Case("nl-en-html-mental-kapot", "seeker", "gmail_web", "nl",
         ["mixed-language", "html-only", "no-punctuation", "no-identity-in-body",
          "self-harm-thoughts", "parents"],
         ("Ayoub Bouzid", "ayoub.bzd@gmail.example"), html="only", subject="yo",
         body="""yo
bro ik ga eerlijk zijn
my mental is echt kapot deze weken
kslaap ni, keet ni, school interesseert mij ni meer
mijn moeder denkt dat ik gewoon lui ben
ik wil gwn met iemand praten die mij ni judged
fr"""),

    Case("fr-mail-bonne-maman-racket", "seeker", "yahoo", "fr",
         ["grandparent-account", "not-own-account", "sms-style", "own-name-in-text",
          "identity-in-text", "bullying"],
         ("Josiane Lecocq", "josiane.lecocq@skynet.example"), subject="racket",
         body="""Bonjour madame monsieur
jecris avec le mail de ma bonne-maman [[Josiane]] parce que jhabite chez elle
jsuis en 1ere secondaire a Mons
les grands de 3eme me prennent mon argent tous les jours a la recre
si je dis rien ils disent qu'ils vont me tabasser
bonne-maman sait pas
[[Enzo]]"""),

    Case("en-mac-ace-late-bloomer", "seeker", "v3smx_outlook_mac", "en",
         ["long", "no-identity-in-body", "coming-out", "friends"],
         ("Ethan Brooks", "ethan.brooks@brooks-family.example"), from_style="plain",
         subject="dumb question maybe",
         body="""Hey,

This is going to sound dumb. I'm 15 and I've never had a girlfriend and honestly I've never wanted one. Or a boyfriend. Everyone at school is always talking about who they fancy and I just... don't.

My older brother keeps joking that I'm a "late bloomer". My friends think I'm hiding something.

Is something wrong with me? I read about asexuality online but I don't know if that's a real thing or just an internet thing.

Thanks"""),

    Case("nl-re-ouders-mail-stiefmoeder", "seeker", "telenet_webmail", "nl",
         ["parent-account", "not-own-account", "reply-quoted", "own-name-in-text",
          "identity-in-text", "parents"],
         ("Fam. Goris", "goris.gezin@telenet.example"), subject="Re: je bericht aan Lumi",
         quote=ACK_NL,
         body="""hallo
ik ben het nog eens, [[Wannes]]
ik had vorige week gemaild over mijn stiefmoeder
ik heb nog niks terug gekregen
is mijn mail wel aangekomen?
het is nu erger, ze heeft mijn laptop afgepakt dus ik zit op die van mijn ouders"""),

    Case("fr-salam-voile-compte-secret", "seeker", "gmail_android", "fr",
         ["sms-style", "no-punctuation", "darija-words", "handle-in-text", "identity-in-text",
          "parents"],
         ("Sofia", "sofia.z2008@gmail.example"), subject="svp",
         body="""salam
jsuis une fille jai 16 ans
ma famille veut que jporte le voile et que jarrete de voir mes copines belges
ils disent c hchouma ce que je fais
mais moi jfais rien de mal jsuis juste moi
mon frere me surveille sur insta
jai fait un autre compte [[@sofia.secret.16]] personne le connait
svp aidez moi"""),

    Case("en-outed-screenshots-snap", "seeker", "gmail_android", "en",
         ["no-punctuation", "handle-in-text", "identity-in-text", "coming-out", "bullying",
          "self-harm-thoughts"],
         ("Jayden Mukendi", "jayden.mkd@gmail.example"), subject="",
         body="""yo
I got outed at school today
someone screenshot my messages with a guy and sent it to everyone
everyone is laughing
I can't go back tomorrow
snap me [[jay.mkd10]] pls I'm not ok"""),

    Case("fr-re-merci-tante", "seeker", "iphone", "fr",
         ["reply-quoted", "short", "emoji", "no-identity-in-body", "parents"],
         ("Camille Dardenne", "camille.dardenne@icloud.example"), subject="Re: Re: mes parents",
         quote=ANSWER_FR,
         body="""merci vraiment
ca va un peu mieux
jai parlé a ma tante ❤️"""),

    Case("nl-html-schoolmail-nonbinair", "seeker", "v3smx_school_o365", "nl",
         ["school-address", "html-only", "tussentaal", "own-name-in-text", "identity-in-text",
          "gender-identity", "school"],
         ("Vanhoutte Emma", "emma.vanhoutte@leerling.sintjozef-tielt.example"),
         from_style="plain", html="only", subject="naam op school",
         body="""hey
ik stuur vanaf mijn schoolmail want ik heb geen andere
ik ben non-binair en op school willen ze mijn naam ni aanpassen in smartschool
de directeur zegt da da pas kan als ik 18 ben
klopt da?
ik heet nu [[Jules]], ni meer zoals in mijn mailadres"""),

    Case("nl-verliefd-beste-vriend-fuif", "seeker", "samsung", "nl",
         ["tussentaal", "no-punctuation", "own-name-in-text", "handle-in-text",
          "identity-in-text", "love", "coming-out"],
         ("Kobe Maes", "kobemaes.2009@gmail.example"), subject="",
         body="""jow
ik zit met iets
ik ben verliefd op mijn beste vriend
en ik denk da hij het ook is maar ik weet het ni zeker
vrijdag is er een fuif en kwil het hem daar zeggen
is da dom?
mijn snap is [[kobe.m09]] als ge wilt
[[Kobe]]"""),
]
