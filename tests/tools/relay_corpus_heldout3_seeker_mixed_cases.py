"""Hand-written help-seeker mails for the third held-out relay-text corpus, part seeker-mixed.

French (Walloon and Brussels teenagers, SMS style), English (expats, international schools) and
Dutch (Flemish tussentaal), some mixing languages inside one mail. Written one by one the way
young people write to a helpline, by someone who had not read the relay's rules.

Markup (see relay_corpus_heldout.py): [[...]] around every identity span (the writer's own names,
addresses, phone numbers, handles, street addresses; the account holder's name when a parent,
sibling or school's account is used), <<...>> around what is neither. Friends' and family members'
first names in the running text are the story, not the writer's identity, and stay content;
a family member's surname (which the writer shares) is identity.

Rendered by relay_corpus_heldout3_seeker_mixed.py into tests/fixtures/relay_text/heldout/seeker-mixed/.
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

    Case("en-dads-laptop-outlook-sig", "seeker", "outlook_mac", "en",
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

    Case("fr-adresse-ecole-amoureux", "seeker", "school_o365", "fr",
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

    Case("nl-clb-computer-stiefvader", "seeker", "school_o365", "nl",
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
         ["html-only", "initial-only", "gender-identity", "parents"],
         ("", "anon_2010@proton.example"), from_style="bare", html="only",
         subject="binding",
         body="""I'm 16, trans (ftm), living in Brussels with my mum and her boyfriend.
They use my deadname all the time. I'm not going to write it here.
I've started binding but I'm scared it's hurting my ribs.
I just want someone who gets it.

- [[J]]"""),

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

    Case("fr-mail-grand-frere-insta", "seeker", "orange_webmail", "fr",
         ["sibling-account", "not-own-account", "own-name-in-text", "handle-in-text",
          "identity-in-text", "bullying"],
         ("Mathis Lejeune", "mathis.lejeune@orange.example"), subject="Harcèlement sur insta",
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

    Case("fr-voo-famille-prof-blagues", "seeker", "voo_webmail", "fr",
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

    Case("en-fastmail-sweden-lunch", "seeker", "fastmail", "en",
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
]
