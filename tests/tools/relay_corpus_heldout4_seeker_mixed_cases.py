# ruff: noqa: E501  (the bodies are written the way people write: long lines are the point)
"""Hand-written bodies of the fourth held-out relay-text corpus, part seeker-mixed: help-seekers of
10-19 (and some adults writing for them) in French from Brussels, Wallonia and France, in English
from expat, international-school, UK, US and African families, and in mixes with Dutch, Arabic,
Turkish, Polish and Lingala. Dressed by relay_corpus_heldout4_seeker_mixed.py.

Markup (see relay_corpus_heldout.py): `[[...]]` around every identity span of the writer,
`<<...>>` around what is neither content nor identity. When an adult writes about a child, the
adult is the writer: the child named in the adult's running text is content. When a kid writes
from someone else's account, the account holder's name is identity wherever it appears (it is in
From), the kid's own name too.
"""

from __future__ import annotations

import re
from html import escape

from tests.tools.relay_corpus_heldout import Case

S = "seeker"


def _styled(body: str, wrap: str, line: str = "<div>{}</div>") -> str:
    """Hand-made HTML of a body whose identity spans the client shows styled (bold, colour)."""
    out: list[str] = []
    for ln in body.strip("\n").split("\n"):
        parts = re.split(r"\[\[(.+?)\]\]", ln)
        html = "".join(escape(p, quote=False) if i % 2 == 0 else wrap.format(escape(p, quote=False))
                       for i, p in enumerate(parts))
        out.append(line.format(html or "<br>"))
    return "".join(out)


# ---------------------------------------------------------------- the helpline's earlier answers

Q_FR_AMIE = """Bonjour,

Merci pour ton message, ça demande du courage d'écrire tout ça.
Ce que tu ressens pour ton amie, et la peur de la perdre, beaucoup de jeunes le vivent. Tu n'es pas bizarre.
Est-ce qu'il y a un adulte autour de toi à qui tu fais confiance ? On peut réfléchir ensemble à comment lui en parler.

À bientôt,
Lumi"""

Q_FR_MERE = """Bonsoir,

Merci de nous avoir fait confiance. Ce que tu vis à la maison est lourd, et ce n'est pas de ta faute si ta maman boit.
Tu as le droit d'en parler et d'être aidée. Est-ce que tu préférerais qu'on en parle par téléphone ?

Prends soin de toi,
Lumi"""

Q_FR_HARCELEMENT = """Salut,

Ce que ces garçons te font subir, c'est du harcèlement, et ce n'est jamais normal.
Est-ce qu'il y a un prof en qui tu as confiance ? Tu pourrais lui montrer les messages que tu nous as décrits.

On est là si tu veux nous réécrire,
Lumi"""

Q_EN_IDK = """Hi,

Thanks for writing to us, that took guts. There's nothing wrong with you for feeling this way, and you don't have to have it all figured out.
Is there someone in your life you feel safe with? Sometimes it helps to tell one person first.

Take care,
Lumi"""

Q_EN_STEPDAD = """Hi,

What you describe about your stepdad sounds really frightening, and you deserve to feel safe at home.
The CAW in your area helps young people in your situation, and you can call 1712 any time. In an emergency, call 112.
Write back whenever you want.

Lumi"""

Q_EN_SELF = """Hi,

Thank you for telling us how you feel about yourself. It sounds like you're being really hard on yourself lately.
Maybe try this: write down three things you like about yourself, even small ones. Then tell us how it went?

Lumi"""

Q_NL_LIEF = """Hoi,

Dank je om ons te schrijven. Liefdesverdriet kan echt veel pijn doen, en het is goed dat je erover praat.
Heb je iemand in je buurt met wie je kan praten, een vriend of iemand van je familie?

Groetjes,
Lumi"""

Q_NL_LICHAAM = """Dag,

Wat je schrijft over eten en over je lichaam klinkt zwaar. Je hoeft dit niet alleen te dragen.
Misschien kan je eens met iemand van het CLB praten? Zij mogen niets doorvertellen zonder jouw toestemming.

Liefs,
Lumi"""

Q_NL_THUIS = """Hoi,

Wat vervelend dat er thuis zoveel geroepen wordt. Als het weer begint, kan het helpen om even naar je kamer te gaan en muziek op te zetten, of iemand te bellen.
Je mag ons altijd terug schrijven.

Lumi"""


# ---------------------------------------------------------------- French

FR: list[Case] = [
    Case("fr-gmail-android-oneliner", S, "gmail_android", "fr",
         ["one-liner", "no-punctuation", "own-name-in-text", "identity-in-text"],
         ("Chloé Vandamme", "chloe.vdm2010@gmail.example"),
         "bonjour je m'appelle [[Chloé]] j'ai 13 ans et je crois que je suis amoureuse d'une "
         "fille de ma classe et jsp quoi faire",
         subject="question"),

    Case("fr-iphone-one-phrase-a-line", S, "iphone", "fr",
         ["one-phrase-a-line", "no-punctuation", "own-name-in-text", "identity-in-text",
          "empty-subject", "wallonia"],
         ("Mathis Leroy", "mathis.leroy08@icloud.example"),
         """salut
c [[mathis]]
15 ans
charleroi
je me fais taper dessus au foot
par 3 gars de mon équipe
le coach voit rien
personne le sait
aidez moi svp"""),

    Case("fr-outlook-mother-work-signature-logo", S, "outlook_desktop", "fr",
         ["parent-writes", "adult-writes", "work-account", "signature-disclaimer", "logo-inline",
          "child-named-as-identity"],
         ("Nathalie Gérard", "n.gerard@brico-meuse.example"),
         """Madame, Monsieur,

Je me permets de vous écrire car je suis inquiète pour ma fille [[Zoé]], qui a 14 ans. Depuis la rentrée, elle s'enferme dans sa chambre, ne mange presque plus et j'ai trouvé des messages très durs sur son téléphone ("personne ne t'aime", "disparais").

Elle refuse d'en parler avec moi. Est-ce qu'elle peut vous écrire elle-même, de façon anonyme ? Et moi, que puis-je faire en attendant ?

Je vous remercie d'avance pour votre aide.

Bien à vous,""",
         subject="Demande de conseil concernant ma fille",
         sig="""[[Nathalie Gérard]]
[[Responsable des ressources humaines]]
[[Brico-Meuse SA]] | [[Quai de la Batte 7, 4020 Liège]]
[[Tél. +32 4 220 18 40]] | [[GSM +32 476 51 08 23]]

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.""",
         logo=("Brico-Meuse", "inline"),
         identity=["brico-meuse.example"]),

    Case("fr-samsung-mums-phone", S, "samsung", "fr",
         ["parent-account", "not-own-account", "own-name-in-text", "identity-in-text",
          "no-punctuation"],
         ("Fatima Benali", "fatima.benali73@hotmail.example"),
         """bonjour c pas ma mère qui écrit c'est sa fille [[Yasmine]] j'ai 12 ans
je prends son tel en cachette parce que j'ai pas de mail
à l'école une fille de 6ème me dit tous les jours que je pue et que je suis moche et maintenant tout le monde rigole quand je passe
j'ose plus aller à la récré je reste aux toilettes
svp répondez pas trop vite ma mère regarde ses mails le soir""",
         subject="aide"),

    Case("fr-laposte-html-only-name-in-bold", S, "v4smx_laposte", "fr",
         ["html-only", "html-name-styled", "own-name-in-text", "identity-in-text", "france",
          "signed-name"],
         ("Inès Haddouchi", "ines.haddouchi@laposte.example"),
         """Bonjour,
Moi c'est [[Inès]], j'ai 17 ans et j'habite à Lille (je sais que vous êtes en Belgique mais j'ai vu votre compte sur Insta).
Je sors avec un garçon depuis 8 mois et il regarde tout sur mon téléphone, il veut mes codes, il se fâche si je réponds pas en 5 minutes. Mes copines disent que c'est pas normal. Moi je sais plus.
Est-ce que c'est de l'amour ou pas ?
Merci de me lire
[[Inès H.]]""",
         subject="mon copain",
         html="only"),

    Case("fr-gmail-ios-brussels-dutch-mix", S, "gmail_ios", "fr",
         ["mixed-language", "brussels", "no-identity-in-body", "no-display-name",
          "signoff-not-identity"],
         ("", "skaterboy1080@gmail.example"),
         """Salut,
jsuis en 3ème secondaire dans une école néerlandophone à Schaerbeek mais chez moi on parle français.
Op school zeggen ze "janet" tegen mij omdat ik niet voetbal en graag teken. Allee, ça fait mal quoi.
Mon père il dit que je dois me défendre, "wees een vent" il dit en rigolant.
Je sais même pas si je suis gay ou pas, j'ai 14 ans, c'est normal de pas savoir ?
Peace""",
         subject="école"),

    Case("fr-gmail-android-arabic-mix", S, "gmail_android", "fr",
         ["mixed-language", "arabic", "signed-first-name", "identity-in-text"],
         ("Adam Chraibi", "adam.chraibi.07@gmail.example"),
         """Salam,
wallah je sais pas à qui parler. Mon père a trouvé des photos sur mon tel et maintenant il dit que je suis plus son fils, que c'est حرام et que la famille va avoir la hchouma à cause de moi.
Ma mère elle pleure tout le temps. Moi je dors chez mon cousin depuis 3 jours.
J'ai 17 ans, je suis à l'athénée à Anderlecht, je veux pas arrêter l'école.
Inchallah vous pouvez m'aider
[[Adam]]""",
         subject="j'ai un truc à dire"),

    Case("fr-samsung-lingala-mix", S, "samsung", "fr",
         ["mixed-language", "lingala", "no-identity-in-body"],
         ("Grâce Mbuyi", "grace.mbuyi@yahoo.example"),
         """Mbote,
je m'excuse pour les fautes, je suis arrivée de Kinshasa il y a 2 ans.
Ma tante chez qui je vis me dit "ozali mwana ya pamba" (tu es un enfant pour rien) et je dois faire tout le ménage avant l'école, je dors à 1h du matin.
Je suis fatiguée, j'ai 15 ans et je veux juste étudier.
Na ndimi ete bokosalisa ngai (je crois que vous allez m'aider)
Merci beaucoup""",
         subject="Bonjour"),

    Case("fr-gmail-reply-quoted-snap", S, "gmail_web", "fr",
         ["reply-quoted", "contact-offered", "handle-in-text", "identity-in-text", "emoji"],
         ("Louise Delcourt", "louise.dlc@gmail.example"),
         """Merci beaucoup d'avoir répondu, je pensais que personne lirait.
Oui il y a ma prof de français, je l'aime bien. Mais j'ai peur qu'elle le dise à mes parents.
Si c'est plus simple on peut parler sur snap, c'est [[lou.dlc]] 🙈""",
         subject="Re: ma meilleure amie",
         quote=Q_FR_AMIE),

    Case("fr-free-zimbra-phone-montpellier", S, "v4smx_free_zimbra", "fr",
         ["france", "contact-offered", "phone-in-text", "own-name-in-text", "identity-in-text"],
         ("Théo Marchetti", "theo.marchetti@free.example"),
         """Bonjour,
je suis [[Théo]], 16 ans, je suis en première à Montpellier. Mes parents divorcent et chacun veut que je choisisse chez qui habiter. Mon père me fait culpabiliser, ma mère pleure. Moi j'ai juste envie de partir loin.
Je préfère parler au téléphone, c'est plus facile pour moi que d'écrire : [[06 71 42 88 19]] (après 18h svp, avant je suis au lycée).
Merci
[[Théo]]""",
         subject="besoin de parler"),

    Case("fr-proximus-family-account-bastogne", S, "v4smx_proximus", "fr",
         ["family-account", "parent-account", "not-own-account", "own-name-in-text",
          "identity-in-text", "wallonia"],
         ("Famille Lejeune-Dock", "lejeune.dock@proximus.example"),
         """Bonjour,
je vous écris du mail de la famille alors svp ne mettez pas mon nom dans la réponse si vous répondez
Je m'appelle [[Nathan]], j'ai 11 ans et demi, j'habite près de Bastogne.
Mon grand frère (17 ans) me tape quand les parents sont pas là. Il dit que si je le dis il va casser ma Switch. Hier il m'a mis un coup de poing sur le bras, j'ai un bleu tout noir.
Je sais pas si c'est grave ou si c'est normal entre frères.
[[Nathan]]""",
         subject="mon frère"),

    Case("fr-outlook-ios-deadname-in-from", S, "outlook_mobile", "fr",
         ["trans", "chosen-name", "deadname-in-from", "identity-in-text", "pronouns"],
         ("Kevin Dethier", "kevin.dethier@outlook.example"),
         """Coucou,
le prénom dans l'adresse mail c'est plus moi, maintenant je m'appelle [[Alix]] (en tout cas dans ma tête et avec 2 amis).
J'ai 16 ans, je suis à Namur. Je me sens pas garçon, je me suis jamais senti garçon. Mais mes parents sont très catho et ils m'ont déjà dit que "ces trucs-là c'est une mode".
Comment on fait pour en parler à un médecin sans les parents ?
[[Alix]] (iel)""",
         subject="pas sûr·e comment commencer"),

    Case("fr-library-public-computer", S, "webmail", "fr",
         ["library-account", "not-own-account", "own-name-in-text", "identity-in-text",
          "no-punctuation", "brussels"],
         ("EPN Saint-Gilles Poste 4", "epn.poste4@biblio-stgilles.test"),
         """bonjour
je suis à la bibli parce que à la maison on a qu'un ordi et tout le monde regarde
je m'appelle [[Rayan]] j'ai 12 ans
mes parents se disputent tout le temps et hier la police est venue chez nous
j'ai peur qu'on me mette dans un foyer
je reviens ici mercredi après-midi pour lire votre réponse
[[Rayan]]""",
         subject="",
         client_line="--\nMessage envoyé depuis un ordinateur public de l'Espace Public "
                     "Numérique de Saint-Gilles",
         identity=["biblio-stgilles.test", "Espace Public Numérique de Saint-Gilles"]),

    Case("fr-owa-school-account-signature", S, "outlook_web", "fr",
         ["school-account", "school-signature", "signature-disclaimer", "suicidal-thoughts"],
         ("MARCHAL Lucas", "lucas.marchal@eleves.ar-arlon.example"),
         """Bonjour,
Je vous écris depuis mon adresse de l'école parce que je n'en ai pas d'autre, j'espère que c'est pas un problème.
Ça fait quelques mois que je ne dors plus, je pense tout le temps à la mort. Pas que je veux le faire, mais j'y pense. Je n'en ai parlé à personne.
Est-ce que c'est grave ? Est-ce que vous devez prévenir l'école si je vous le dis ?
Merci,""",
         subject="question (confidentiel)",
         sig="""[[Lucas MARCHAL]] – [[5TQ B]]
[[Athénée Royal d'Arlon]]
[[Rue de Sesselich 83 – 6700 Arlon]]
Ce courriel et ses annexes sont réservés à un usage pédagogique. Toute diffusion non autorisée est interdite.""",
         identity=["ar-arlon.example"]),

    Case("fr-gmail-sister-writes-for-brother", S, "gmail_web", "fr",
         ["sibling-writes", "someone-writes-for-kid", "child-named-as-identity", "signature"],
         ("Manon Colignon", "manon.colignon@student.helmo.example"),
         """Bonjour,
Je suis la grande sœur d'un garçon de 13 ans, [[Hugo]]. Je vous écris pour lui parce qu'il n'ose pas, mais il est d'accord (il est à côté de moi là).
Depuis qu'il a dit à ses potes qu'il aimait un garçon, ils l'ont viré du groupe WhatsApp de la classe et ils ont posté une photo de lui avec des insultes.
Nos parents ne savent rien. Qu'est-ce qu'on peut faire ? Est-ce qu'il peut vous écrire directement depuis mon adresse ?
Merci d'avance,""",
         subject="Pour mon petit frère",
         sig="""[[Manon Colignon]]
[[Étudiante en 2e bachelier assistant social – HELMo]]
[[0499 27 13 65]]"""),

    Case("fr-outlook-educatrice-amo", S, "outlook_desktop", "fr",
         ["youth-worker-writes", "adult-writes", "work-account", "signature-disclaimer",
          "child-named-as-identity"],
         ("Sophie Vanderhaegen", "s.vanderhaegen@amo-lesrives.example"),
         """Bonjour,
Je suis éducatrice dans une AMO à Verviers. Je suis un jeune de 15 ans, [[Kenzo]], qui se questionne beaucoup sur son orientation sexuelle et qui a été mis à la porte pendant deux nuits par son beau-père le mois passé.
Il aimerait pouvoir parler à quelqu'un de façon anonyme, en dehors de nous. Je lui ai parlé de Lumi. Peut-il vous écrire depuis son propre mail, et est-ce que vous répondez aussi le week-end ?
Bonne journée,""",
         subject="Orientation pour un jeune",
         sig="""[[Sophie Vanderhaegen]]
[[Éducatrice – AMO Les Rives]]
[[Rue du Collège 22, 4800 Verviers]]
[[087 31 44 02]] – [[www.amo-lesrives.example]]

Ce courriel peut contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, veuillez le détruire et en informer l'expéditeur.""",
         identity=["amo-lesrives.example"]),

    Case("fr-iphone-voice-to-text", S, "iphone", "fr",
         ["voice-to-text", "own-name-in-text", "identity-in-text"],
         ("Océane Lambotte", "oceane.lbt@icloud.example"),
         """Bonjour Lumi point je m'appelle [[Océane]] virgule j'ai 16 ans point à la ligne
Je vous envoie ce message en dictée parce que je pleure trop pour écrire point ma copine m'a quittée ce soir et elle a dit à tout le monde que je l'avais forcée à des choses alors que c'est pas vrai point d'interrogation
non pas point d'interrogation point
Je sais pas quoi faire tout le monde me croit pas""",
         subject="Au secours"),

    Case("fr-gmail-all-capitals", S, "gmail_android", "fr",
         ["capitals", "no-identity-in-body", "urgent", "no-punctuation"],
         ("Jade Renard", "jaderenard2009@gmail.example"),
         """JE VEUX PLUS RENTRER CHEZ MOI
MON BEAU PÈRE CRIE TOUT LE TEMPS SUR MA MÈRE ET SUR MOI
CE SOIR IL A CASSÉ LA PORTE DE MA CHAMBRE
JE SUIS CHEZ UNE COPINE MAIS JE PEUX PAS RESTER
QU'EST CE QUE JE FAIS""",
         subject="JE PEUX PLUS"),

    Case("fr-yahoo-signoff-age-and-town", S, "yahoo", "fr",
         ["signoff-not-identity", "lines-like-signature", "no-identity-in-body", "self-harm",
          "encoded-display-name"],
         ("Élise Warnier", "elise.warnier@yahoo.example"),
         """Bonjour,

j'ai envie de me faire du mal depuis quelques semaines. Je l'ai déjà fait 2 fois, sur les cuisses pour que personne voie. Je vous écris parce que j'ai vu l'affiche dans le bureau de l'infirmière.
Je veux pas qu'on appelle mes parents.

Une fille perdue
15 ans
Namur""",
         subject="",
         from_style="ew"),

    Case("fr-xiaomi-marseille-whatsapp", S, "v4smx_xiaomi", "fr",
         ["france", "contact-offered", "whatsapp-number", "identity-in-text", "slang",
          "no-display-name", "signed-first-name"],
         ("", "bilal13.officiel@gmail.example"),
         """wesh
jsp si vous répondez aux gens de France mais jsuis à Marseille et ici y a rien
mon frère il m'a trouvé sur une appli de rencontre pour mecs et depuis il me fait du chantage il veut de l'argent sinon il dit tout au daron
j'ai 16 ans frr j'ai pas d'argent moi
vous pouvez m'appeler sur whatsapp [[+33 7 58 21 90 46]] c'est mon numéro perso
[[Bilal]]""",
         subject="chantage"),

    Case("fr-samsung-reply-quoted-phone", S, "samsung", "fr",
         ["reply-quoted", "contact-offered", "phone-in-text", "identity-in-text"],
         ("Aurélie Piette", "aurelie.piette@skynet.example"),
         """Bonsoir,
merci pour votre réponse, ça m'a fait du bien de lire que c'est pas de ma faute.
Ma mère a encore bu ce soir. Je préférerais vraiment en parler de vive voix, vous pouvez m'appeler au [[0485 63 20 97]] mais seulement après 16h, avant je suis en cours et mon téléphone est dans le casier.
Bonne soirée""",
         subject="RE: ma mère",
         quote=Q_FR_MERE,
         quote_to="aurelie.piette@skynet.example"),

    Case("fr-gmail-scouts-unit-account", S, "gmail_web", "fr",
         ["club-account", "not-own-account", "account-signature", "identity-in-text",
          "abuse"],
         ("Unité scoute 23e Jambes - Staff", "staff.23ejambes@scouts.example"),
         """Bonjour,
Je suis une animée de la troupe, j'ai 13 ans. Les chefs m'ont laissé utiliser l'ordi du local pour vous écrire parce que j'ai pas de téléphone.
Au camp l'été passé, un animé plus âgé m'a touchée pendant la nuit. Je l'ai dit à une cheftaine, elle a dit qu'elle allait s'en occuper mais il revient aux réunions tous les samedis.
Je sais pas si je dois en parler à mes parents.
Si vous répondez ici, la cheftaine va me montrer la réponse sans la lire, elle a promis.
[[Maëlle]] (13 ans)""",
         subject="question",
         sig="""[[Staff d'unité – 23e Jambes]]
[[Local : Rue de Dave 210, 5100 Jambes]]
[[www.23ejambes.example]]"""),

    Case("fr-laposte-html-only-mother-france", S, "v4smx_laposte", "fr",
         ["html-only", "parent-writes", "adult-writes", "child-named-as-identity", "france",
          "identity-in-text", "contact-offered"],
         ("Christine Aubry", "christine.aubry62@laposte.example"),
         """Bonjour,
Je vis à Lens (France) mais ma fille [[Camille]], 16 ans, est interne dans une école à Tournai. Elle m'a dit au téléphone qu'elle pensait être lesbienne et qu'elle avait peur de ma réaction. J'ai mal réagi, j'ai pleuré, j'ai dit des choses que je regrette.
Je voudrais savoir comment réparer ça. Est-ce que vous conseillez aussi les parents ?
Cordialement,
[[Christine Aubry]]
[[06 12 48 77 30]]""",
         subject="Conseil pour une maman",
         html="only"),

    Case("fr-owa-html-only-name-coloured", S, "outlook_web", "fr",
         ["html-only", "html-name-styled", "own-name-in-text", "identity-in-text",
          "signed-first-name", "brussels", "emoji"],
         ("Hafsa Ouali", "hafsa.ouali@hotmail.example"),
         """Bonsoir,
je m'appelle [[Hafsa]], j'ai 18 ans et je suis en rhéto à Molenbeek.
Je porte le foulard depuis 2 ans et depuis quelques mois je me pose des questions, pas sur la religion mais sur moi, je crois que j'aime les filles. Je me sens hypocrite et sale.
Je peux en parler à personne, ni à la mosquée ni à l'école.
Est-ce qu'il existe des gens comme moi ?
[[Hafsa]] 🤍""",
         subject="une question",
         html="only",
         html_own=_styled("""Bonsoir,
je m'appelle [[Hafsa]], j'ai 18 ans et je suis en rhéto à Molenbeek.
Je porte le foulard depuis 2 ans et depuis quelques mois je me pose des questions, pas sur la religion mais sur moi, je crois que j'aime les filles. Je me sens hypocrite et sale.
Je peux en parler à personne, ni à la mosquée ni à l'école.
Est-ce qu'il existe des gens comme moi ?
[[Hafsa]] 🤍""", '<span style="color: rgb(112, 48, 160);">{}</span>',
                          '<div class="elementToProof">{}</div>')),

    Case("fr-gmail-cousins-account-young", S, "gmail_android", "fr",
         ["cousin-account", "friend-account", "not-own-account", "dyslexic-spelling",
          "no-punctuation", "young", "identity-in-text"],
         ("Dylan Masson", "dylan.masson.pro@gmail.example"),
         """slt c pa [[dylan]] c sa cousine
jai 10 ans
jsuis chez lui pour le week end
a lecole ya un garcon qui me force a lui donner mon gouter sinon il me frape
jai rien dit a maman
tu peu me repondre sur ce mail [[dylan]] est gentil il va pas lire""",
         subject="slt"),

    Case("fr-gmx-html-only-sextortion", S, "v4smx_gmx", "fr",
         ["html-only", "html-name-styled", "own-name-in-text", "identity-in-text",
          "wallonia", "sextortion"],
         ("Romain Lecomte", "romain.lecomte@gmx.example"),
         """Bonjour,
Je m'appelle [[Romain]], j'ai 15 ans et j'habite à Seraing.
Je joue beaucoup aux jeux en ligne et un mec sur Discord m'a demandé des photos de moi torse nu contre des skins. J'en ai envoyé deux. Maintenant il menace de les mettre sur un serveur si j'en envoie pas d'autres.
J'ai trop honte pour le dire à mes parents.
[[Romain]]""",
         subject="urgent svp",
         html="only",
         html_own=_styled("""Bonjour,
Je m'appelle [[Romain]], j'ai 15 ans et j'habite à Seraing.
Je joue beaucoup aux jeux en ligne et un mec sur Discord m'a demandé des photos de moi torse nu contre des skins. J'en ai envoyé deux. Maintenant il menace de les mettre sur un serveur si j'en envoie pas d'autres.
J'ai trop honte pour le dire à mes parents.
[[Romain]]""", '<font face="Verdana" color="#1f4e79"><b>{}</b></font>')),

    Case("fr-gmail-song-quote-at-the-end", S, "gmail_android", "fr",
         ["lines-like-signature", "song-quote", "no-identity-in-body"],
         ("Lina Mertens", "lina.mrt@gmail.example"),
         """Salut,
mon père est parti quand j'avais 6 ans et il vient de réapparaître sur Facebook. Il veut me voir. Ma mère dit que c'est à moi de décider mais elle a les larmes aux yeux à chaque fois qu'on en parle.
J'ai 15 ans et je sais pas si j'ai envie. Je lui en veux mais j'ai aussi envie de savoir qui il est.

« Où t'es, papa où t'es ? »
Stromae""",
         subject="mon père"),

    Case("fr-iphone-reply-quoted-short-name", S, "iphone", "fr",
         ["reply-quoted", "short-name", "identity-in-text", "emoji", "signed-short-name"],
         ("Clément Delvaux", "clement.delvaux@icloud.example"),
         """Merci 🙏
J'ai parlé au prof principal aujourd'hui comme vous m'aviez dit, il a été super. Il va convoquer les parents des gars.
J'ai un peu peur de la suite mais ça va mieux
[[Clem]]""",
         subject="Re: Harcèlement",
         quote=Q_FR_HARCELEMENT),

    Case("fr-huawei-phone-and-insta", S, "huawei", "fr",
         ["contact-offered", "phone-in-text", "handle-in-text", "identity-in-text",
          "second-phone", "brussels"],
         ("Mariama Bah", "mariama.bah09@gmail.example"),
         """Bonjour
j'ai 14 ans, je suis à Ixelles. Ma mère veut me faire exciser pendant les vacances au pays, je l'ai entendue en parler au téléphone avec ma grand-mère. Elle pense que je comprends pas la langue.
Je veux pas. J'ai peur.
Vous pouvez m'appeler sur mon deuxième numéro, ma mère le connaît pas : [[0473/22.41.18]]
Ou sur insta [[@mariama.bh]]
[[Mariama]]""",
         subject="svp aidez moi"),

    Case("fr-windows-mail-dads-pc-address-in-words", S, "windows_mail", "fr",
         ["parent-account", "not-own-account", "address-in-words", "contact-offered",
          "identity-in-text", "parent-signature-under-kid", "own-name-in-text"],
         ("Pascal Verhaegen", "p.verhaegen@scarlet.example"),
         """Bonjour, c'est [[Emma]], la fille de [[Pascal]], j'ai 14 ans
j'ai pris l'ordi de mon père parce que mon téléphone est confisqué
je voudrais savoir si c'est normal d'avoir envie de mourir quand on a des mauvais points
svp répondez sur mon adresse à moi : [[emmav2011 arobase gmail point example]] (je l'écris comme ça parce que sinon l'ordi le met en bleu souligné et mon père verra)
merci""",
         subject="question",
         sig="""[[Pascal Verhaegen]]
[[Comptable indépendant]]
[[0475 88 32 61]]"""),
]


# ---------------------------------------------------------------- English

EN: list[Case] = [
    Case("en-gmail-international-school", S, "gmail_web", "en",
         ["international-school", "expat", "own-name-in-text", "identity-in-text",
          "signed-first-name", "us-english"],
         ("Aiden Kowalczyk", "aiden.kowalczyk@gmail.example"),
         """Hi,
I'm [[Aiden]], I'm 14 and I go to an international school near Brussels. My dad works for NATO so we move every 3 years, this is our 3rd country.
I don't have real friends here. Everyone already has their group and I just sit alone at lunch. Back in Virginia I was on the swim team and now I'm just nobody.
My parents say "give it time" but it's been a year.
Is it normal to feel this lonely?
Thanks,
[[Aiden]]""",
         subject="lonely"),

    Case("en-iphone-uk-expat", S, "iphone", "en",
         ["uk-english", "expat", "signed-first-name", "identity-in-text", "no-punctuation"],
         ("Millie Thornton", "millie.thornton@icloud.example"),
         """hiya
so basically my mum and dad are splitting up and mum wants to move back to Leeds and I'd have to leave all my mates here in Tervuren
I'm 13 and nobody asked me what I want
I've been crying in the loos at school every day this week
sorry this is a bit of a mess
[[Millie]] x""",
         subject="hiya"),

    Case("en-gmail-nigerian-english-formal", S, "gmail_android", "en",
         ["african-english", "formal", "own-name-in-text", "identity-in-text"],
         ("Chiamaka Okafor", "chiamakaokafor05@gmail.example"),
         """Good evening,
Please I want to ask for advice. My name is [[Chiamaka]], I am 17 years old and I live in Antwerp with my uncle and his wife since 2022.
My uncle's wife does not allow me to go to school some days because I have to take care of the small children. She collects the money that the OCMW gives for me. When I complain she says she will send me back to Lagos.
I don't know if this is allowed in Belgium. I am afraid.
Thank you and God bless.
[[Chiamaka O.]]""",
         subject="Request for advice"),

    Case("en-owa-html-only-student-phone", S, "outlook_web", "en",
         ["html-only", "african-english", "contact-offered", "phone-in-text",
          "identity-in-text", "signed-first-name"],
         ("Kwame Asante", "kwame.asante@outlook.example"),
         """Hello,
I hope this is the right address. I'm a first year student at the VUB, 18, from Kumasi originally.
Back home being gay can get you in prison, and here I finally have some freedom, but my roommate is also Ghanaian and he found out. Now he says he will tell my family.
I haven't slept properly in days. What are my options?
Kind regards,
[[Kwame]]
[[+32 465 71 30 98]]""",
         subject="Need advice",
         html="only"),

    Case("en-outlook-father-logo-attachment", S, "outlook_desktop", "en",
         ["parent-writes", "adult-writes", "work-account", "signature-disclaimer",
          "logo-attachment", "child-named-as-identity", "expat"],
         ("Richard Hollis", "richard.hollis@meridian-consult.example"),
         """Hello,
My son [[Oliver]] (15) told me last night that he thinks he is bisexual. I told him I love him no matter what, but honestly I'm not sure I said the right things, and my wife is struggling with it more than I am.
Are there resources in English for parents in Belgium? We moved from Manchester two years ago and don't really know the system here.
Many thanks,""",
         subject="Support for parents",
         sig="""[[Richard Hollis]]
[[Senior Project Manager | Meridian Consulting Benelux]]
[[Avenue Louise 326, 1050 Brussels]]
[[M: +32 478 90 12 44]]

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.""",
         logo=("Meridian Consulting", "attachment"),
         identity=["meridian-consult.example"]),

    Case("en-gmail-reply-quoted-discord", S, "gmail_android", "en",
         ["reply-quoted", "contact-offered", "handle-in-text", "identity-in-text", "emoji"],
         ("Felix Brandt", "felixbrandt.2009@gmail.example"),
         """thank u so much for answering 🙏
yeah there's my aunt, she's cool, maybe I can tell her first
also is it ok if I talk to you on discord? my username is [[nightowl_felix]] (don't tell anyone lol)""",
         subject="Re: idk",
         quote=Q_EN_IDK),

    Case("en-gmail-ios-brothers-account", S, "gmail_ios", "en",
         ["sibling-account", "not-own-account", "second-address-in-text", "contact-offered",
          "identity-in-text", "grooming", "no-punctuation"],
         ("Jonah Whitfield", "jonah.whitfield@gmail.example"),
         """hi this is not [[jonah]] its his sister
im 12
plz dont reply here he reads everything, send it to my own email [[ruby.w.2013@mail.example]]
i think im being groomed?? theres a man on roblox who keeps asking for pics and says hes 14 but his voice on call is like an adult
i blocked him but he made a new account and found my insta""",
         subject="(no subject)"),

    Case("en-school-google-british-school", S, "v4smx_school_google", "en",
         ["school-account", "school-signature", "signed-first-name", "identity-in-text",
          "uk-english", "eating"],
         ("Priya Raman", "praman27@students.bsb-school.example"),
         """Dear Lumi,
I'm sorry if this isn't the kind of thing you deal with. I'm in Year 11 and my exams are in May. My parents expect me to get all 9s and become a doctor like my dad. I've started skipping meals because it's the only thing I feel I can control.
Today I fainted in PE. The school nurse asked questions and I lied.
I don't want this on my school record.
[[Priya]]""",
         subject="Confidential?",
         sig="""[[Priya Raman | Year 11 | Form 11C]]
[[The British School of Brussels]]
Think before you print. This email is intended for the addressee only.""",
         identity=["bsb-school.example"]),

    Case("en-samsung-one-word-a-line", S, "samsung", "en",
         ["one-word-a-line", "no-identity-in-body", "no-punctuation", "trans"],
         ("Leo Fontaine", "leo.fontaine11@gmail.example"),
         """hi
um
idk
how
to
say
this
but
i
think
im
trans""",
         subject="hi"),

    Case("en-gmail-pasted-whatsapp-own-name", S, "gmail_web", "en",
         ["pasted-chat", "own-name-as-author", "identity-in-text", "bullying", "emoji"],
         ("Zara Malik", "zara.malik08@gmail.example"),
         """Hi, this is what my "best friend" sends me every day, I copied it from WhatsApp:

[21:14, 02/03/2025] Hannah: omg ur so fat 😂
[21:14, 02/03/2025] Hannah: no one at school likes u
[21:15, 02/03/2025] [[Zara]]: why are u saying this
[21:16, 02/03/2025] Hannah: bc its true. kill urself
[21:16, 02/03/2025] Hannah: jk 💀

Is this bullying or am I overreacting? She says it's just jokes.
I'm 14, we're in the same class in Uccle.""",
         subject="is this bullying"),

    Case("en-outlook-android-polish-mix", S, "outlook_android", "en",
         ["mixed-language", "polish", "no-identity-in-body", "encoded-display-name"],
         ("Kacper Wiśniewski", "kacper.wisniewski@wp.example"),
         """Hello, sorry for my english.
I am Polish, 16, living in Liège since 1 year. My dad drinks every evening, after work he opens the wódka and then he is shouting. My mama says "nie mów nikomu" (don't tell anybody) because people will think we are bad family.
I want to help my little sister (she is 8). Can you tell me what to do? I can't speak french good yet.
Dziękuję""",
         subject="my father",
         from_style="ew"),

    Case("en-aol-grandmother-capitals", S, "v4smx_aol_android", "en",
         ["grandparent-writes", "adult-writes", "capitals", "contact-offered", "phone-in-text",
          "identity-in-text", "nickname"],
         ("Margaret Doyle", "maggie.doyle1951@aol.example"),
         """To whom it may concern,
I AM WRITING ABOUT MY GRANDDAUGHTER. She is 15 and lives with me in Waterloo since her mother passed. She told me she likes girls and she is being called names on the bus. I am old fashioned but I love her dearly and want to help her.
Can she talk to someone at your service? Should I call the school?
My phone is [[02 354 17 80]] if someone prefers to ring me, I am not good with the email.
Regards,
[[Margaret (Maggie) Doyle]]""",
         subject="GRANDDAUGHTER",
         headers=[("Disposition-Notification-To", "maggie.doyle1951@aol.example")],
         identity=["Maggie"]),

    Case("en-apple-mail-lines-like-a-signature", S, "apple_mail", "en",
         ["lines-like-signature", "signoff-not-identity", "no-identity-in-body", "positive"],
         ("Nathaniel Brooks", "nate.brooks@me.example"),
         """I don't really have a question, I just needed to tell someone that today I told my best friend I'm gay and he hugged me.
I'm 17 and I've been scared of this day since I was 11.
So yeah. Thank you for existing.

Still here,
Still standing.
– a very relieved kid in Brussels""",
         subject="good news for once"),

    Case("en-outlook-ios-friends-account", S, "outlook_mobile", "en",
         ["friend-account", "not-own-account", "identity-in-text", "forced-marriage",
          "signoff-not-identity"],
         ("Amara Diallo", "amara.diallo@outlook.example"),
         """Hi,
this is [[Amara]]'s email but it's not her writing, I'm her friend from school. My parents check my phone so I can't use my own.
I'm 15 and my parents want to take me to Pakistan this summer to get married to a man I never met. I only told [[Amara]].
Can they do this if I live in Belgium? Can I say no? I'm scared they will find out I wrote to you.
Please answer here, [[Amara]] will show me.
A friend""",
         subject="please help my friend"),

    Case("en-thunderbird-au-pair-family-domain", S, "thunderbird", "en",
         ["contact-offered", "phone-in-text", "family-domain", "sig-dash", "identity-in-text",
          "us-english", "signed-first-name"],
         ("Dana Whitaker", "dana@whitaker-family.test"),
         """Hi there,
I'm 19, American, and doing a gap year as an au pair in Ghent. The family I live with is nice but the dad has started making comments about my body and last week he came into my room while I was changing "by accident".
I don't want to lose my visa and I don't know who to talk to here. My host mom doesn't know.
If it helps, my Belgian number is [[0468 22 91 05]] and I'm usually free in the mornings after school drop-off.
Thanks,
[[Dana]]""",
         subject="not sure if this is for me",
         sig="""[[Dana Whitaker]]
[[Instagram: @dana.does.europe]]""",
         sig_dash=True,
         identity=["whitaker-family.test"]),

    Case("en-owa-reply-quoted-school-address", S, "outlook_web", "en",
         ["reply-quoted", "second-address-in-text", "contact-offered", "identity-in-text",
          "expat"],
         ("Tobias Meyer", "tobias.meyer@outlook.example"),
         """Hey,
thanks for the reply and the number of the CAW, I didn't know that existed.
Things got worse yesterday, he threw my phone against the wall. I'm staying at my friend's place for the weekend, his mum said it's ok.
If you need to reach me, better write to my school address [[t.meyer@ise-school.example]] because my stepdad knows the password of this one.""",
         subject="RE: my stepdad",
         quote=Q_EN_STEPDAD,
         quote_to="Tobias Meyer <tobias.meyer@outlook.example>"),

    Case("en-icloud-web-html-only-ace", S, "v4smx_icloud_web", "en",
         ["html-only", "no-identity-in-body", "asexual", "no-punctuation", "emoji"],
         ("Sienna Park", "sienna.park@icloud.example"),
         """hey
is it weird that i don't feel anything for anyone? like everyone at school is dating and talking about crushes and i just don't get it
i'm 16 and i've never had a crush on anyone, boy or girl
my friends say i'm a late bloomer but i don't think so
could i be ace?
thanks for reading 💜""",
         subject="weird question",
         html="only"),

    Case("en-iphone-voice-to-text", S, "iphone", "en",
         ["voice-to-text", "own-name-in-text", "identity-in-text", "no-punctuation", "abuse"],
         ("Malik Johnson", "malikj2010@icloud.example"),
         """hey Lumi my name is [[Malik]] and I'm 14 years old I'm using the microphone because my hand is hurt
my dad hit me with a belt yesterday because my grades were bad and my hand is swollen I can't move my fingers
my mom said don't tell nobody at school or they will take us away
is that true will they take me away""",
         subject="help"),

    Case("en-yahoo-html-only-neglect", S, "yahoo", "en",
         ["html-only", "own-name-in-text", "identity-in-text", "neglect", "no-punctuation",
          "african-english"],
         ("Tiana Mensah", "tiana.mensah@yahoo.example"),
         """hello
my names [[Tiana]] im 13
my mum said if I tell anyone about what happens at home we will get deported
she leaves me and my baby brother alone for days sometimes and there is no food
today I ate at school only
we live in Brussels we have papers I think
please dont call police""",
         subject="hello",
         html="only"),

    Case("en-proton-reply-quoted", S, "proton", "en",
         ["reply-quoted", "signed-first-name", "identity-in-text", "uk-english"],
         ("Isla Fraser", "isla.fraser@proton.example"),
         """Hi again,
sorry I didn't answer for a week, exams.
I did what you said and wrote down the things I like about myself. It was hard, I only found three. But it's three more than last week haha.
My mum still doesn't know. Can I keep writing here until I'm ready?
[[Isla]] :)""",
         subject="Re: hi",
         quote=Q_EN_SELF),
]


# ---------------------------------------------------------------- Dutch (and Dutch mixed)

NL: list[Case] = [
    Case("nl-gmail-brussels-french-mix", S, "gmail_android", "nl",
         ["mixed-language", "brussels", "own-name-in-text", "identity-in-text", "tussentaal"],
         ("Yanis Dewulf", "yanis.dewulf@gmail.example"),
         """hey
ik ben [[Yanis]], 15 jaar, ik woon in Jette
mijn ma is Franstalig en mijn pa Vlaams en ze zijn aan het scheiden en ze doen allebei alsof ik de tolk ben, "dis à ton père que..." "zeg tegen uw moeder dat..."
ik word er zot van, ça me saoule grave
op school gaat het ook slecht, ik heb 4 buizen
wat moet ik doen""",
         subject="scheiding"),

    Case("nl-samsung-turkish-mix", S, "samsung", "nl",
         ["mixed-language", "turkish", "signed-first-name", "identity-in-text",
          "encoded-display-name"],
         ("Elif Yılmaz", "elifyilmaz.gent@hotmail.example"),
         """Hallo
ik ben 16 en woon in Gent, mijn ouders zijn Turks
mijn annem heeft gezien dat ik met een jongen chat en nu mag ik niet meer alleen naar buiten, zelfs niet naar de bib
babam weet het nog niet, als hij het weet is het echt over, ze zeggen "ayıp" alsof ik iets vies heb gedaan
ik wil gewoon normaal leven zoals mijn klasgenoten
inşallah kunnen jullie iets doen
[[Elif]]""",
         subject="thuis",
         from_style="ew-split"),

    Case("nl-outlook-android-polish-mix", S, "outlook_android", "nl",
         ["mixed-language", "polish", "short-name", "identity-in-text"],
         ("Zuzanna Nowak", "zuza.nowak@outlook.example"),
         """hoi
sorry voor mijn nederlands, ik woon pas 3 jaar in Antwerpen
mijn mama werkt heel de dag in de kuis en 's avonds ook, ik moet altijd voor mijn 2 broertjes zorgen en ik kom nooit buiten
op school noemen ze mij "die Poolse" en niemand wil met mij in groep
mama zegt altijd "nie płacz, będzie dobrze" (niet wenen, het komt goed) maar het komt niet goed
ik ben 13
groetjes [[Zuza]]""",
         subject="hoi"),

    Case("nl-gmail-brothers-account-darija", S, "gmail_android", "nl",
         ["sibling-account", "not-own-account", "mixed-language", "arabic", "identity-in-text",
          "signed-first-name"],
         ("Soufiane El Idrissi", "soufiane.elidrissi@gmail.example"),
         """salam
dit is de gmail van mijn broer [[Soufiane]] maar ik ben het, zijn zus, ik ben 14
mijn broer weet niet da ik dit stuur dus aub niet zeggen aan hem
ik heb een lief en mijn familie mag dat niet weten, hshouma zeggen ze. mijn lief wil dat ik foto's stuur en ik wil dat eigenlijk niet maar anders zegt hij dat ik hem niet graag zie
wallah ik weet het niet meer
[[Salma]]""",
         subject="vraag"),

    Case("nl-webmail-library-antwerp", S, "webmail", "nl",
         ["library-account", "not-own-account", "homeless", "identity-in-text",
          "signed-first-name", "no-punctuation"],
         ("Permeke PC12", "publiekpc12@bib-permeke.test"),
         """hallo,
ik zit in de bib want thuis heb ik geen internet
ik ben een jongen van 17 en ik ben sinds 2 weken dakloos ofzo, mijn pa heeft mij buiten gesmeten omdat ik een vriend heb
ik slaap bij vrienden, elke nacht ergens anders
weet iemand een plek waar ik kan slapen in Antwerpen?
de bib is open tot 20u, ik kijk morgen terug
[[Ilias]]""",
         subject="slaapplek",
         client_line="Deze e-mail werd verstuurd vanaf een publieke computer van "
                     "Bibliotheek Permeke.",
         identity=["bib-permeke.test", "Bibliotheek Permeke"]),

    Case("nl-owa-football-club-account", S, "outlook_web", "nl",
         ["club-account", "not-own-account", "account-signature", "bullying"],
         ("KFC Rapid Lokeren – Jeugdwerking", "jeugd@kfc-rapidlokeren.example"),
         """Beste,
Ik ben een speler van de U15, ik mocht de laptop van de kantine gebruiken om een mail te sturen voor school, maar ik stuur eigenlijk deze.
In de kleedkamer maken ze altijd grappen over mij omdat ik niet onder de douche ga met de anderen. Ze hebben een filmpje gemaakt en rondgestuurd. De trainer lacht mee.
Ik wil stoppen met voetbal maar mijn pa wil dat niet want hij speelde hier vroeger ook.
Aub niet antwoorden naar dit adres, ik kijk wel of ik later een eigen mail maak.""",
         subject="vraag",
         sig="""[[Jeugdwerking KFC Rapid Lokeren]]
[[Sportpark De Braken, Brakenstraat 4, 9160 Lokeren]]
[[jeugd@kfc-rapidlokeren.example]] | [[www.kfc-rapidlokeren.example]]
"Samen sterk, samen Rapid!\"""",
         identity=["kfc-rapidlokeren.example"]),

    Case("nl-outlook-reply-quoted-west-flemish", S, "outlook_desktop", "nl",
         ["reply-quoted", "west-flemish", "contact-offered", "phone-in-text",
          "identity-in-text", "signed-first-name"],
         ("Wout Vandecasteele", "wout.vdc@telenet.example"),
         """Hallo,
Merci voor jullie antwoord, 't is al iets.
Ik hè gisteren met mijn lief gesproken, zij zegt da ze nie meer weet of ze nog bij mij wil blijven omda ik "te veel drama" maak.
Ik voel mij echt slecht, ik eet nie meer. Zijn er mensen waarmee ik kan babbelen hier in Oostende?
Mijn gsm is [[0471 38 55 02]], ge moogt mij sms'en als da makkelijker is.
[[Wout]]""",
         subject="RE: mijn lief",
         quote=Q_NL_LIEF,
         quote_to="Wout Vandecasteele <wout.vdc@telenet.example>"),

    Case("nl-telenet-html-only-name-in-subject", S, "telenet_webmail", "nl",
         ["html-only", "name-in-subject", "young", "no-identity-in-body", "emoji"],
         ("Marieke Claes", "marieke.claes7@telenet.example"),
         """hoi lumi,
ik ben 10 jaar (bijna 11) en mijn mama heeft kanker. niemand vertelt mij iets, ze zeggen altijd "het komt goed" maar ik hoor papa 's nachts wenen.
mag ik jullie dingen vragen over kanker of is da alleen voor andere problemen?
dikke knuffel 🌈""",
         subject="vraag van Marieke",
         html="only"),

    Case("nl-outlook-father-signature-only-in-html", S, "outlook_desktop", "nl",
         ["parent-writes", "adult-writes", "work-account", "signature-html-only",
          "child-named-as-identity", "identity-in-text", "limburg"],
         ("Geert Vanhoudt", "geert.vanhoudt@vanhoudt-bouw.example"),
         """Goedemiddag,
Mijn zoon van 16, [[Robbe]], heeft gisteren gezegd dat hij zich een meisje voelt. Ik moet eerlijk zijn, ik heb niet goed gereageerd, ik ben weggelopen.
Vandaag heb ik erover nagedacht en ik wil hem (haar?) steunen, maar ik weet niet hoe. Zijn er andere ouders met wie ik kan praten?
Met vriendelijke groeten,
[[Geert]]""",
         subject="Vraag als vader",
         sig="""[[Geert Vanhoudt]]
[[Zaakvoerder]]
[[Vanhoudt Bouw bv – Industrieweg 14, 3680 Maaseik]]
[[T 089 56 72 10]] – [[www.vanhoudt-bouw.example]]""",
         sig_in="html",
         identity=["vanhoudt-bouw.example"]),

    Case("nl-smartschool-html-only-pupil", S, "smartschool", "nl",
         ["school-account", "html-only", "identity-in-text", "signed-first-name", "young"],
         ("Lotte Verbruggen (6B)", "lotte.verbruggen@leerling.sint-jozef-kontich.example"),
         """Dag Lumi,
Ik stuur dit vanaf Smartschool omdat ik geen andere mail heb, ik hoop dat de school dit niet kan lezen??
Ik ben 12 en zit in het zesde leerjaar. Mijn beste vriendin heeft mij verteld dat haar papa haar slaat. Ze liet blauwe plekken zien op haar rug. Ze zei dat ik het aan NIEMAND mag zeggen.
Moet ik het toch zeggen? Ik wil geen slechte vriendin zijn.
Groetjes
[[Lotte]]""",
         subject="geheim",
         html="only",
         client_line="Dit bericht werd verzonden via Smartschool – Basisschool Sint-Jozef Kontich",
         identity=["Basisschool Sint-Jozef Kontich", "sint-jozef-kontich.example"]),

    Case("nl-xiaomi-one-line-tussentaal", S, "v4smx_xiaomi", "nl",
         ["one-liner", "no-punctuation", "tussentaal", "no-identity-in-body",
          "comment-display-name"],
         ("Jens De Smedt", "jensds2008@gmail.example"),
         "ik zen 17 en ik ben al 3 maand nie meer naar school geweest omda ik paniekaanvallen "
         "krijg als ik de poort zie en mijn ma denkt da ik lui ben wa moet ik doen",
         subject="school",
         from_style="comment"),

    Case("nl-gmail-ios-nickname-and-insta", S, "gmail_ios", "nl",
         ["nickname", "handle-in-text", "contact-offered", "identity-in-text", "tussentaal"],
         ("Jasper Wouters", "jasper.wouters@gmail.example"),
         """yo
ik ben [[Jazz]] (zo noemt iedereen mij), 16, uit Leuven
ik denk da ik bi ben maar ik weet het nie zeker, ik heb iets gehad met een meisje en nu vind ik een jongen uit mijn klas echt leuk
mag ik jullie ook via insta contacteren? [[@jazz.wtrs]]
thx""",
         subject="bi?"),

    Case("nl-thunderbird-reply-bottom-posted", S, "thunderbird", "nl",
         ["reply-quoted", "bottom-posted", "signed-first-name", "identity-in-text", "eating"],
         ("Hanne Lemmens", "hanne.lemmens@skynet.example"),
         """Dank je voor je antwoord, ik heb het drie keer gelezen.
Ik heb gisteren met de CLB-mevrouw gepraat, ze was heel lief. Ze zegt dat ik misschien naar een diëtist moet.
Ik ben nog steeds bang om te eten waar anderen bij zijn.
Mag ik blijven schrijven?
[[Hanne]]""",
         subject="Re: mijn lichaam",
         quote=Q_NL_LICHAAM,
         quote_pos="above"),

    Case("nl-proximus-html-only-family-lingala", S, "v4smx_proximus", "nl",
         ["html-only", "family-account", "parent-account", "not-own-account",
          "mixed-language", "lingala", "signed-first-name", "identity-in-text", "brussels"],
         ("Famille Kabongo", "famille.kabongo@proximus.example"),
         """Goeiedag,
Ik ben de dochter van dit gezin, ik ben 14 en ik woon in Brussel. Mijn ouders komen uit Congo.
Ik ben verliefd op een meisje uit mijn klas. Thuis zeggen ze dat dat "likambo ya bato ya poto" is, iets van de blanken, en dat God dat niet wil.
Ik bid elke avond dat het weggaat maar het gaat niet weg.
Mag ik nog geloven als ik lesbisch ben?
[[Divine]]""",
         subject="geloof",
         html="only"),

    Case("nl-aol-html-only-reply-quoted", S, "v4smx_aol_android", "nl",
         ["html-only", "reply-quoted", "no-punctuation", "signed-first-name",
          "identity-in-text"],
         ("Bram Wuyts", "bram.wuyts@aol.example"),
         """ok merci
mijn ma is gisteren weer beginnen roepen maar ik ben naar mijn kamer gegaan zoals jullie zeiden en heb muziek opgezet
het hielp een beetje
ik ben wel nog altijd kwaad
[[Bram]]""",
         subject="Re: thuis",
         quote=Q_NL_THUIS,
         html="only"),
]

CASES: list[Case] = FR + EN + NL

# First names of people named in full in a marked span who are not the first word of a From.
EXTRA_FIRST_NAMES: frozenset[str] = frozenset({
    "Lucas", "Yasmine", "Alix", "Rayan", "Maëlle", "Emma", "Ruby", "Salma", "Ilias", "Divine",
    "Zuza", "Jazz", "Clem", "Maggie", "Mariama",
})
