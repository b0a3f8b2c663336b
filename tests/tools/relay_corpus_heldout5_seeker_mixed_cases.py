# ruff: noqa: E501
"""Hand-written bodies of the fifth held-out relay-text corpus, part seeker-mixed.

Help-seekers (and people writing for them) in French (Brussels, Wallonia, France), English and
Dutch mixed with French, English, Arabic, Turkish, Polish, Croatian and Tamazight. Written apart:
the writer read only the corpus README's format, the dressing, the checker and issue 12.

Markup (see relay_corpus_heldout.py): [[...]] marks an identity span, <<...>> a span that is
neither content nor identity; everything else in a body is the writer's own words (content).
Signatures (sig=) are never content: their [[...]] parts are identity, the rest neither.
Quoted answers from the helpline (quote=) are neither; identity in them goes into identity=.
"""

from __future__ import annotations

from html import escape

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES: frozenset[str] = frozenset()


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    """A help-seeker's mail; a display name with accents is sent as an encoded word, as clients do."""
    if sender[0] and not sender[0].isascii():
        kw.setdefault("from_style", "ew")
    return Case(slug=slug, direction="seeker", shape=shape, lang=lang, tags=tags, sender=sender,
                body=body, **kw)  # type: ignore[arg-type]


def divs(text: str, wrap: dict[str, str] | None = None) -> str:
    """Gmail-like HTML for hand-written own words: one <div> a line; wrap puts a word in a tag."""
    out = []
    for line in text.split("\n"):
        html = escape(line)
        for word, tag in (wrap or {}).items():
            html = html.replace(escape(word), tag.format(escape(word)))
        out.append(f"<div>{html or '<br>'}</div>")
    return "".join(out)


# ---------------------------------------------------------------- the helpline's answers (quoted)

Q_FR_SAFE = """Salut,

Merci pour ton message, on l'a lu avec attention.
Ce que tu racontes, c'est lourd à porter toute seule, et tu as bien fait d'écrire.
Est-ce que tu te sens en sécurité à la maison en ce moment ?

Tu peux nous répondre quand tu veux, même juste quelques mots.

Lumi"""

Q_FR_TRUST = """Hello,

Merci de nous avoir écrit. Ce qui se passe avec ces garçons dans le bus, ce n'est pas normal et ce n'est pas de ta faute.
Est-ce qu'il y a un adulte autour de toi à qui tu fais un peu confiance ? Un prof, un éducateur, quelqu'un de ta famille ?

On est là,
Lumi"""

Q_FR_VALID = """Bonjour,

Merci pour ta confiance. Ce que tu ressens est valable, et beaucoup de garçons de ton âge se posent les mêmes questions.
Est-ce que tu as déjà pu en parler à quelqu'un ?

Prends soin de toi,
L'équipe Lumi"""

Q_EN_MUM = """Hi,

Thanks for writing to us, that took guts.
It sounds like you're carrying a lot on your own right now. Have you been able to tell your mum how you're feeling?
Sometimes doing something with your body, a walk or a run, can take the edge off for a while.

Write whenever you want,
Lumi"""

Q_EN_SOMEONE = """Hi,

Thank you for trusting us with this. There is nothing wrong with you.
Is there someone in your family or at school you could talk to about it, even a little?

Take care,
Lumi"""

Q_EN_AUNT = """Hi,

Thanks for your message. Living with family that doesn't listen is exhausting, and it makes sense that you feel stuck.
We're here if you want to tell us more, at your own pace.

Lumi"""

Q_NL_FAULT = """Hoi,

Bedankt voor je bericht. Wat die jongens doen is pesten, en het is niet jouw schuld.
Heb je op school een vertrouwensleerkracht of iemand van het CLB bij wie je terecht kan? Je mag ook altijd iemand meenemen naar zo'n gesprek.

Veel sterkte,
Lumi"""

Q_NL_STEP = """Hey,

Fijn dat je ons schreef. Wat je vertelt over je stiefvader is niet oké, en je hoeft dat niet alleen te dragen.
Wil je ons wat meer vertellen over wat er thuis gebeurt? Je kiest zelf hoeveel.

Lumi"""

Q_NL_DARK = """Hoi,

Dank je dat je dit met ons deelt. Zulke gedachten zijn zwaar, en het is moedig dat je erover schrijft.
Heb je die gedachten nu nog? Als het 's nachts te veel wordt, kan je altijd bellen naar 1813, dag en nacht.
Is er iemand in je buurt die je vertrouwt?

Lumi"""


CASES: list[Case] = [
    # ================================================================ French (30)
    S("m-0001-gmail-android-fr-oneliner-crush", "gmail_android", "fr",
      ["one-liner", "no-punctuation", "identity-in-text", "brussels", "coming-out"],
      ("Inès Bakkali", "ines.bakkali2011@gmail.example"),
      "slt je suis [[ines]] j ai 13 ans et ma meilleure amie m a dit qu elle m aime bien genre plus qu une amie et moi je sais pas quoi penser",
      subject="question"),

    S("m-0002-iphone-fr-one-phrase-a-line-seraing", "iphone", "fr",
      ["one-phrase-a-line", "nickname-sign-off", "identity-in-text", "wallonia", "violence"],
      ("Yanis Ould-Ali", "yanis.ouldali@icloud.example"),
      """bonjour
j'ai 15 ans
j'habite à Seraing
mon père crie tout le temps
hier il a cassé la porte de ma chambre
j'ose plus rentrer
je sais pas si c'est normal
[[Yaya]]""",
      subject="aide"),

    S("m-0003-outlook-fr-kid-on-mums-work-account", "outlook_desktop", "fr",
      ["parent-account", "not-own-account", "signature-with-disclaimer", "identity-in-text",
       "wallonia", "bullying", "young-kid"],
      ("Nathalie Collard", "n.collard@collard-henrion.example"),
      """Bonjour,

c'est pas ma maman qui écrit, c'est sa fille [[Manon]]. j'ai 12 ans. j'ai pris l'ordi pendant qu'elle fait les courses.
à l'école il y a des filles de ma classe qui ont fait un groupe snap sans moi et elles mettent des photos de moi en se moquant de mes dents.
je veux plus y aller mais maman dit que c'est des histoires de filles.
est-ce que vous pouvez m'aider svp
merci""",
      subject="de la part de Manon",
      sig="""[[Nathalie Collard]]
[[Assistante de direction]]
[[Collard & Henrion Avocats]]
[[Boulevard Tirou 88]]
[[6000 Charleroi]]
[[Tél. +32 71 30 45 12]]

Ce courriel et ses annexes sont strictement confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),

    S("m-0004-gmail-fr-cc-own-second-address", "gmail_web", "fr",
      ["unlisted-shape", "cc-own-address", "identity-in-text", "wallonia", "discrimination"],
      ("Kenza Amrani", "kenza.amrani@gmail.example"),
      """Bonjour,

Je vous mets aussi mon autre adresse en copie, parce que ma mère a le mot de passe de celle-ci et je sais pas si elle regarde.

Je m'appelle [[Kenza]], j'ai 16 ans, j'habite à Verviers. Depuis cette année je porte le voile et à l'école une prof me fait des remarques devant tout le monde, genre "tu n'es pas obligée de t'infliger ça" ou "chez nous les femmes sont libres". Les autres rigolent. Hier elle m'a demandé devant la classe si mon père me forçait. Personne ne me force, c'est mon choix.

J'ai pas envie d'en parler à mes parents parce que mon père irait à l'école et ça ferait encore pire.

Qu'est-ce que je peux faire ?

[[Kenza]]""",
      subject="Une prof",
      headers=[("Cc", "kenza.perso2009@outlook.example")],
      identity=["kenza.perso2009@outlook.example"]),

    S("m-0005-thunderbird-fr-bakery-organization-header", "thunderbird", "fr",
      ["unlisted-shape", "organization-header", "parent-account", "not-own-account",
       "identity-in-text", "wallonia", "asexual-questioning"],
      ("Pascal Lambert", "boulangerie.lambert@skynet.example"),
      """bonsoir
je m'appelle [[Zoé]], j'ai 14 ans
j'écris depuis l'ordi du magasin de mon papa parce que à la maison tout le monde regarde mon téléphone
je crois que je suis pas comme les autres filles. j'ai pas envie d'avoir un copain, ni une copine d'ailleurs, j'ai juste envie qu'on me laisse tranquille avec ça. ma tante arrête pas de demander "alors les amoureux?" à chaque repas de famille
est-ce que c'est grave d'être comme ça? est-ce que ça a un nom?
svp répondez sur cette adresse mais pas avant 18h, après papa ferme le magasin et c'est moi qui lis les mails
[[Zoé]]""",
      subject="une question",
      headers=[("Organization", "Boulangerie Lambert - Marche-en-Famenne")],
      identity=["Boulangerie Lambert - Marche-en-Famenne", "Boulangerie Lambert"]),

    S("m-0006-owa-fr-student-job-account-footer", "outlook_web", "fr",
      ["unlisted-shape", "student-job-account", "work-footer", "identity-in-text", "wallonia",
       "sleep"],
      ("Leroy Hugo", "hugo.leroy@superfrais-jambes.example"),
      """Bonjour,

Désolé j'écris avec l'adresse de mon job étudiant, j'ai que celle-là sur mon téléphone à part celle de l'école.

J'ai 17 ans et depuis quelques mois je dors presque plus. Je travaille le samedi et le dimanche au magasin, la semaine j'ai cours, et le soir je joue jusqu'à 3h du matin parce que sinon je pense trop. Mes notes chutent, mon prof de math m'a dit que je vais doubler si ça continue.
Le pire c'est que j'ai l'impression que personne remarque rien. Mes parents pensent que je suis juste fatigué à cause du boulot.

Je sais pas trop ce que j'attends de vous en fait. Peut-être juste que quelqu'un lise ça.

[[Hugo]]""",
      subject="je dors plus",
      sig="""[[SuperFrais Jambes]] | [[Chaussée de Liège 214]] | [[5100 Jambes]]
[[Tél. magasin 081 30 77 20]]
Ce message est destiné uniquement à son destinataire. [[SuperFrais]] décline toute responsabilité quant au contenu des messages envoyés par ses collaborateurs."""),

    S("m-0007-windows-mail-fr-pasted-cv", "windows_mail", "fr",
      ["unlisted-shape", "pasted-cv", "contact-offered", "street-in-text", "phone-in-text",
       "identity-in-text", "wallonia", "money"],
      ("Mathis Wauters", "mathis.wauters@gmail.example"),
      """Bonjour,

J'ai 17 ans et je cherche un job pour l'été parce que chez moi on a vraiment besoin d'argent depuis que papa est parti. Ma mère pleure tous les soirs et c'est moi qui gère mes deux petites sœurs. J'ai envoyé mon CV partout et personne répond. Je me sens nul. Je vous le colle en dessous, peut-être que vous pouvez me dire ce qui va pas, ou juste me dire si c'est normal de se sentir comme ça.

[[Mathis Wauters]]
[[Rue Saint-Léonard 112]]
[[4020 Liège]]
[[0471 36 82 19]]
[[mathis.wauters@gmail.example]]

Étudiant en 6e technique électricité
Permis AM
Langues : français, néerlandais (moyen), anglais (scolaire)
Expérience : aide au marché du dimanche avec mon oncle (2 ans), baby-sitting
Qualités : ponctuel, calme, je travaille bien en équipe

Merci d'avance
[[Mathis]]""",
      subject="mon CV + une question"),

    S("m-0008-samsung-fr-arabizi-molenbeek", "samsung", "fr",
      ["unlisted-shape", "arabizi", "mixed-language", "arabic", "brussels", "identity-in-text",
       "coming-out"],
      ("Salma Idrissi", "salma.idrissi.07@gmail.example"),
      """salam
ana smiti [[Salma]] 3andi 15 ans w kan9ra f 4e f Molenbeek
mama w baba ma3ndhomch fikra, ils pensent que je suis à l'étude le mercredi mais en vrai je vais chez une fille que j'aime bien
wallah ana khayfa bzaf. si mon frère il sait, c'est fini pour moi
3afak est-ce que vous dites rien à personne?
chokran 🙏""",
      subject="svp"),

    S("m-0009-apple-watch-fr-dictation", "v5smx_apple_watch", "fr",
      ["unlisted-shape", "smartwatch-dictation", "no-punctuation", "identity-in-text",
       "coming-out"],
      ("Clément Dufour", "clement.dufour@icloud.example"),
      "Bonjour c'est [[Clément]] je vous écris depuis ma montre parce que mes parents m'ont pris mon téléphone depuis qu'ils ont vu mes messages avec un garçon est-ce que quelqu'un peut me répondre je lirai sur l'ordi de l'école demain",
      subject="Montre"),

    S("m-0010-roundcube-fr-kot-a-projet-signature", "webmail", "fr",
      ["unlisted-shape", "kot-a-projet-signature", "html-only", "school-account",
       "university-account", "signature", "identity-in-text", "depression", "age-19"],
      ("Jade Fontaine", "jade.fontaine@student.uclouvain.example"),
      """Bonjour Lumi,

Je vous écris un peu en retard sur la vie, j'ai 19 ans 😅
Je suis en 2e bac à LLN et je vis dans un kot-à-projet. On organise plein d'activités et tout le monde pense que je suis la fille toujours de bonne humeur.
Depuis Noël je n'arrive plus à sortir de mon lit certains jours. Je rate des cours, je mens aux autres koteurs en disant que j'ai la grippe. Ma mère est loin (elle vit à Dakar) et je ne veux pas l'inquiéter.
Je ne sais pas si c'est une dépression ou juste de la fatigue. Vous êtes pour les jeunes jusqu'à quel âge ? Si je suis trop vieille, vous pouvez me dire où aller ?

Merci d'exister,""",
      subject="trop vieille ?",
      html="only",
      sig="""[[Jade Fontaine]]
[[Responsable animations]] · [[Kot-à-projet Les Arpenteurs]]
[[Rue des Wallons 3]], [[1348 Louvain-la-Neuve]]
« Seul on va plus vite, ensemble on va plus loin »"""),

    S("m-0011-outlook-fr-social-worker-interpreter", "outlook_desktop", "fr",
      ["unlisted-shape", "interpreter", "adult-writes", "kid-speaks-in-quotes", "asylum",
       "signature", "identity-in-text", "mixed-language"],
      ("Hélène Mertens", "helene.mertens@accueil-rixensart.example"),
      """Bonjour,

Je suis assistante sociale dans un centre pour demandeurs d'asile et j'accompagne un jeune de 16 ans arrivé seul d'Afghanistan. Il m'a demandé de vous écrire parce qu'il ne sait pas encore écrire en français. Nous avons écrit ce message ensemble avec l'interprète, je vous le transmets tel qu'il l'a dit, avec son accord :

« Je m'appelle [[Ahmad]], j'ai 16 ans. Ici tout le monde est gentil mais je ne dors pas. Chaque nuit je pense à ma mère et à mon petit frère qui sont restés en Iran. Les autres garçons dans ma chambre se moquent parce que je pleure. Je ne veux pas parler avec le psychologue du centre parce qu'il connaît tout le monde. Est-ce que je peux parler avec vous par écrit ? Je peux utiliser le traducteur sur mon téléphone. »

Vous pouvez répondre à cette adresse, je lui lirai votre réponse, ou en dari si vous avez quelqu'un qui le parle.

Bien à vous,""",
      subject="Demande pour un jeune MENA",
      sig="""[[Hélène Mertens]]
Assistante sociale
[[Centre d'accueil Croix-Rouge de Rixensart]]
[[Rue de la Gare 40]], [[1330 Rixensart]]
[[GSM 0499 21 63 07]]"""),

    S("m-0012-gmail-fr-bounce-forwarded", "gmail_web", "fr",
      ["unlisted-shape", "bounce-forwarded", "own-words-in-forward", "identity-in-text",
       "self-harm"],
      ("Chloé Gérard", "chloe.gerard09@gmail.example"),
      """re-bonjour, hier soir j'ai envoyé un message mais je me suis trompée dans l'adresse 🙈 je le renvoie, c'est en dessous. Depuis ça va pas mieux.

<<---------- Forwarded message ---------
De : Mail Delivery Subsystem <mailer-daemon@googlemail.example>
Date: lun. 3 mars 2025 à 22:14
Subject: Delivery Status Notification (Failure)
To: <chloe.gerard09@gmail.example>


Adresse introuvable

Votre message n'a pas pu être distribué à hulp@lumie.example, car le domaine lumie.example est introuvable. Vérifiez qu'il ne comporte pas de fautes de frappe ou d'espaces inutiles, puis réessayez.

----- Message d'origine -----

De: Chloé Gérard <chloe.gerard09@gmail.example>
À: hulp@lumie.example
Objet: besoin de parler
Date: lun. 3 mars 2025 22:14>>

bonsoir
je sais pas si c'est le bon endroit. j'ai 15 ans et depuis la rentrée je me fais du mal (je me coupe). personne le sait. ce soir c'était pire que d'habitude parce que mon ex a montré nos messages à toute la classe
je voudrais arrêter mais j'y arrive pas
[[Chloé]]""",
      subject="Fwd: Delivery Status Notification (Failure)"),

    S("m-0013-orange-fr-prefilled-template-lille", "v5smx_orange", "fr",
      ["unlisted-shape", "prefilled-template", "identity-in-text", "france", "loneliness"],
      ("Maëlle Lecomte", "maelle.lecomte59@orange.example"),
      """<<(Tu peux effacer ce qui ne te convient pas. Tu n'es pas obligé·e de donner ton vrai prénom.)>>
Prénom ou pseudo : [[Maëlle]]
Âge : 14
Comment tu veux qu'on te réponde : par mail
Ton message : en fait je sais pas trop par où commencer. On a déménagé de Lille à Tournai l'été dernier et je connais personne dans ma nouvelle école. En récré je reste aux toilettes pour pas qu'on me voie toute seule. Ma mère croit que tout va bien parce que je souris quand elle me demande. Voilà. Je sais pas si vous pouvez faire quelque chose.""",
      subject="Message pour Lumi"),

    S("m-0014-iphone-fr-diary-entry-pasted", "iphone", "fr",
      ["unlisted-shape", "diary-pasted", "identity-in-text", "stepfamily", "emoji-sign-off"],
      ("Salomé Pirard", "salome.pirard@icloud.example"),
      """Bonjour,
Je sais pas comment expliquer alors je vous copie ce que j'ai écrit hier dans mon journal (sur mon tel).

Lundi 3 mars, 23h40
Cher journal,
Aujourd'hui encore Maman et Marc se sont disputés. Il a dit que si je continuais à "faire la gueule" il allait me renvoyer chez mon père. Sauf que mon père veut pas de moi non plus. Je suis allée dans la salle de bain et j'ai pleuré sans faire de bruit. J'ai 13 ans et j'ai l'impression d'être un colis que personne veut.
Demain contrôle de sciences. Je m'en fiche.
[[Salomé]] 🌙

Voilà. Désolée c'est pas très clair.""",
      subject="Mon journal"),

    S("m-0015-ukrnet-fr-ukrainian-with-translation", "v5smx_ukrnet", "fr",
      ["unlisted-shape", "machine-translation", "mixed-language", "ukrainian", "own-script",
       "identity-in-text", "wallonia", "bullying"],
      ("Sofiia Melnyk", "sofiia.melnyk@ukr.example"),
      """Добрий день. Мене звати [[Софія]], мені 15 років. Я з Харкова, живу в Льєжі з мамою вже два роки. У школі мене називають «росіянкою» і сміються з мого акценту. Мама працює весь час і я не хочу її турбувати.

(traduction Google, désolée pour les fautes)
Bonjour. Je m'appelle [[Sofiia]], j'ai 15 ans. Je viens de Kharkiv, je vis à Liège avec ma mère depuis deux ans. À l'école on m'appelle « la Russe » et on se moque de mon accent. Maman travaille tout le temps et je ne veux pas l'embêter.
Je peux écrire en anglais aussi si c'est mieux. Merci""",
      subject="Bonjour / Добрий день"),

    S("m-0016-k9-fr-report-card-pasted", "v5smx_k9", "fr",
      ["unlisted-shape", "report-card-pasted", "surname-in-capitals", "identity-in-text",
       "wallonia", "alcohol-at-home"],
      ("Enzo Marchal", "enzo.marchal@gmail.example"),
      """salut
mes parents vont me tuer quand ils vont voir mon bulletin. je vous copie ce que les profs ont mis, ça dit tout

BULLETIN DE NOËL – [[MARCHAL Enzo]] – 3e TQ
Français : 38 % – « [[Enzo]] a les capacités mais ne fournit aucun effort. »
Math : 41 % – « Travail insuffisant, bavardages. »
Titulaire : « Trimestre très décevant. Un rendez-vous avec les parents est nécessaire. »

sauf que personne sait que je dors 4h par nuit parce que mon père rentre bourré et gueule jusqu'à 2h. je peux pas réviser dans ce bruit. j'ai 15 ans et j'en ai marre
je fais quoi""",
      subject="bulletin"),

    S("m-0017-yahoo-fr-callback-at-grandmas-landline", "yahoo", "fr",
      ["unlisted-shape", "callback-request", "contact-offered", "phone-in-text",
       "identity-in-text", "wallonia"],
      ("Lucas Delvaux", "lucasdelvaux2010@yahoo.example"),
      """Bonjour,
je m'appelle [[Lucas]] j'ai 14 ans. j'ai pas de téléphone à moi (confisqué) mais je suis chez ma mamy tous les mercredis après-midi et elle est au courant que je vous écris, c'est la seule qui sait.
Est-ce que quelqu'un pourrait m'appeler chez elle mercredi entre 14h et 16h ? le numéro c'est le [[065 84 27 31]] (c'est un fixe). Si c'est elle qui décroche dites juste que c'est pour [[Lucas]], elle comprendra.
c'est à cause de mon beau-père, je préfère pas l'écrire ici.
merci beaucoup""",
      subject="appel mercredi ?"),

    S("m-0018-sfr-fr-html-only-chosen-name-toulouse", "v5smx_sfr", "fr",
      ["html-only", "chosen-name", "deadname-in-from", "identity-in-text", "france", "trans"],
      ("Élodie Marty", "elodie.marty31@sfr.example"),
      """Bonjour,

Je préfère qu'on m'appelle [[Eliott]], pas comme sur l'adresse mail (c'est ma mère qui l'a créée quand j'avais 10 ans).
J'ai 14 ans, j'habite près de Toulouse. Je suis un garçon trans mais personne le sait à part ma meilleure amie et internet.
Au collège je dois aller dans les vestiaires des filles pour le sport et c'est l'horreur. Je me change dans les toilettes et j'arrive en retard, le prof m'a mis une heure de colle.
Vous êtes en Belgique je crois mais vous répondez quand même aux Français ?

[[Eliott]]""",
      subject="vestiaires",
      html="only"),

    S("m-0019-huawei-fr-reply-lingala", "huawei", "fr",
      ["reply-quoted", "mixed-language", "lingala", "brussels", "initial-sign-off",
       "identity-in-text", "coming-out"],
      ("Grâce Mbuyi", "grace.mbuyi@gmail.example"),
      """Merci pour votre réponse, je l'ai lue 3 fois 🥹
Oui je suis en sécurité, c'est pas ça. c'est plus que à la maison on parle jamais de ces choses. Maman dit toujours "likambo ya bato mabe" quand elle voit deux filles ensemble à la télé, ça veut dire genre c'est une affaire de mauvaises personnes.
Et moi je suis une de ces "bato mabe" alors 😅
Ma tante à Kinshasa dirait que c'est un démon. Nzambe akoyoka, Dieu entendra, comme dit ma grand-mère.
Bref. Vous pouvez me dire comment les autres filles font pour en parler à leur mère ?
[[G.]]""",
      subject="Re: Ton message à Lumi",
      quote=Q_FR_SAFE,
      quote_to="grace.mbuyi@gmail.example"),

    S("m-0020-gmail-fr-reply-no-name", "gmail_web", "fr",
      ["reply-quoted", "no-identity-in-body", "bullying", "wallonia"],
      ("Théo Vandamme", "theo.vandamme@gmail.example"),
      """ma prof de français peut-être. elle a dit un jour en classe que si quelqu'un avait un souci on pouvait venir la voir. mais j'ai peur qu'elle le dise au directeur et que ça fasse un truc officiel
et sinon non personne
ah et j'ai 14 ans je l'avais pas dit""",
      subject="Re: Dans le bus",
      quote=Q_FR_TRUST),

    S("m-0021-outlook-ios-fr-little-brother-on-sisters-account", "outlook_mobile", "fr",
      ["sibling-account", "not-own-account", "account-holder-named", "identity-in-text",
       "young-kid", "bullying", "brussels"],
      ("Aminata Diallo", "aminata.diallo@outlook.example"),
      """salut c moi [[Moussa]] le petit frère d'[[Aminata]], c'est son mail mais elle sait pas que je l'utilise 🤫
g 11 ans
y a un grand de 6e qui me prend mon goûter et mes sous chaque jour devant l'école et il dit que si je parle il va me frapper avec ses copains
je l'ai dit à personne même pas à [[Aminata]]
vous pouvez me répondre mais pas le week-end parce qu'elle regarde ses mails le week-end""",
      subject="(pas de sujet)"),

    S("m-0022-horde-fr-library-account-html-only", "v5smx_horde", "fr",
      ["library-account", "not-own-account", "html-only", "identity-in-text", "brussels",
       "control-at-home"],
      ("BCJ Jeunesse", "jeunesse.bcj@biblio-jette.example"),
      """Bonjour,
J'ai 16 ans et j'écris depuis un ordi de la bibliothèque parce que chez moi c'est pas possible. La dame de l'accueil m'a laissée utiliser leur adresse parce que j'en ai pas à moi.
Mon père contrôle tout : mon téléphone, mes sorties, mes vêtements. Si je parle à un garçon il dit que je salis la famille. Hier il a trouvé mon maquillage et il l'a jeté à la poubelle devant tout le monde.
J'ai 16 ans pas 6.
Je reviens ici samedi prochain, je pourrai lire votre réponse à ce moment-là. Répondez sur cette adresse svp.
[[Rania]]""",
      subject="besoin de conseils",
      html="only",
      sig="""[[Bibliothèque communale de Jette]] – [[Place Cardinal Mercier 10]], [[1090 Jette]]
Ce poste est réservé aux usagers de la bibliothèque. Merci de vous déconnecter après usage."""),

    S("m-0023-gmail-ios-fr-best-friends-account", "gmail_ios", "fr",
      ["friend-account", "not-own-account", "account-holder-named", "identity-in-text",
       "crush"],
      ("Louna Hermans", "louna.hermans@gmail.example"),
      """coucou
c'est pas [[Louna]] qui écrit c'est sa meilleure pote, je m'appelle [[Rose]] (j'ai pas de mail à moi)
j'ai 13 ans et je crois que je suis amoureuse de ma prof de gym. je sais que c'est ridicule. je pense qu'à elle tout le temps et je fais exprès de rester après le cours pour lui parler
[[Louna]] dit que ça passera mais moi j'ai l'impression que je vais exploser
répondez ici c'est ok, [[Louna]] me montrera""",
      subject="c'est pas louna"),

    S("m-0024-apple-mail-fr-mother-writes-for-son", "apple_mail", "fr",
      ["adult-writes", "parent-writes", "child-named-as-identity", "signature", "wallonia",
       "coming-out"],
      ("Véronique Dethier", "veronique.dethier@proximus.example"),
      """Bonjour,

Je vous écris au sujet de mon fils [[Nathan]], 15 ans. Il m'a dit hier soir qu'il était gay. Je l'ai pris dans mes bras et je lui ai dit que je l'aimais, mais je crois que j'ai mal réagi ensuite : j'ai pleuré et je lui ai demandé s'il était sûr. Depuis il ne me parle presque plus et il reste enfermé dans sa chambre.
Son père n'est pas encore au courant et [[Nathan]] ne veut pas qu'il le sache.
Est-ce que vous parlez aussi aux parents ? Et est-ce que je peux lui donner votre adresse, pour qu'il puisse parler à quelqu'un d'autre que moi ?

Merci pour ce que vous faites.

Bien cordialement,""",
      subject="Mon fils",
      sig="""[[Véronique Dethier]]
[[Infirmière en chef – Service de pédiatrie]]
[[Clinique Saint-Rémy]] · [[Rue des Cerisiers 21]] · [[4020 Liège]]
[[Tél. 04 321 78 45]]"""),

    S("m-0025-gmail-fr-html-only-bold-name", "gmail_web", "fr",
      ["html-only", "name-in-bold", "identity-in-text", "wallonia", "eating", "divorce"],
      ("Lina Saidi", "lina.saidi.12@gmail.example"),
      """Bonjour
Moi c'est [[Lina]] et j'ai 13 ans 🙂
Je voulais savoir si c'est normal de pas avoir envie de manger quand on est stressée. Depuis que mes parents divorcent je mange presque rien, juste des chips le soir. Ma mère a rien remarqué et mon père habite à Mons maintenant.
Je suis pas malade hein, je veux juste savoir si c'est normal.
Bisous
[[Lina]] 🌸""",
      subject="question manger",
      html="only",
      html_own=divs("""Bonjour
Moi c'est Lina et j'ai 13 ans 🙂
Je voulais savoir si c'est normal de pas avoir envie de manger quand on est stressée. Depuis que mes parents divorcent je mange presque rien, juste des chips le soir. Ma mère a rien remarqué et mon père habite à Mons maintenant.
Je suis pas malade hein, je veux juste savoir si c'est normal.
Bisous
Lina 🌸""", {"Lina": '<b><span style="color:#c2185b">{}</span></b>'})),

    S("m-0026-yahoo-ios-fr-football-club-tablet", "v5smx_yahoo_ios", "fr",
      ["club-account", "not-own-account", "contact-offered", "second-address-in-text",
       "identity-in-text", "wallonia", "coming-out"],
      ("RFC Warnant", "secretariat.rfcwarnant@yahoo.example"),
      """bonjour
je suis capitaine des U15 et le coach m'a prêté la tablette du club pour envoyer les compositions, j'en profite pour vous écrire 😬
je m'appelle [[Adam]], 14 ans
dans le vestiaire les autres disent tout le temps "pd" pour rire et moi je rigole aussi alors que ça me fait mal parce que je crois que j'en suis un. si ils savent je peux arrêter le foot direct
le foot c'est toute ma vie
répondez pas ici svp, je vous réécris de mon adresse ce soir: [[adam.r.2010@gmail.example]]""",
      subject="compo U15",
      sig="""[[Royal Football Club Warnant]] – École des jeunes
[[Rue du Stade 2]], [[4530 Villers-le-Bouillet]]"""),

    S("m-0027-smartschool-fr-athenee-account-html-only", "smartschool", "fr",
      ["school-account", "html-only", "nickname", "surname-in-capitals", "identity-in-text",
       "brussels", "grief"],
      ("KABONGO Dieudonné", "dieudonne.kabongo@eleve.ar-evere.example"),
      """Bonjour madame ou monsieur,

C'est pour une question. Je suis en 5e à l'athénée et je m'appelle [[Dieudonné]] mais tout le monde m'appelle [[Dido]].
Mon meilleur ami s'est suicidé il y a deux semaines. À l'école ils ont fait une minute de silence et après c'est comme si rien s'était passé. Moi je le vois partout, dans le bus, à la cantine, au terrain de basket.
J'arrive pas à en parler à ma famille, chez nous on ne parle pas de ça, on prie.
Est-ce que c'est normal que je lui écris encore des messages sur WhatsApp ?

Merci
[[Dido]]""",
      subject="Question",
      html="only"),

    S("m-0028-gmail-android-fr-snap-and-phone-marseille", "gmail_android", "fr",
      ["contact-offered", "snap-handle", "phone-in-text", "identity-in-text", "france",
       "slang"],
      ("Lou Bertrand", "lou.bertrand13@gmail.example"),
      """wesh
jsuis [[Lou]] 16 ans de Marseille
ma daronne a trouvé ma plaquette de pilule et maintenant elle me traite de tous les noms, elle veut m'emmener chez le gynéco pour "vérifier"
jsp si elle a le droit??
écrivez moi sur snap c plus simple [[lou.brt13]] ou whatsapp [[06 52 18 90 43]]
merci 🙏🏼""",
      subject="urgent"),

    S("m-0029-ipad-fr-long-rambling-no-name-lyon", "ipad", "fr",
      ["long", "rambling", "no-identity-in-body", "france", "eating-disorder"],
      ("Capucine Morel", "capucine.morel@laposte.example"),
      """Bonjour,

Je ne sais pas vraiment pourquoi je vous écris à vous, je suis en France (à Lyon) et vous êtes en Belgique, mais j'ai vu votre adresse sur un forum où quelqu'un disait que vous répondiez vraiment et pas avec un message automatique. Alors je tente.

J'ai 17 ans. Je suis en terminale. Tout le monde dit que je suis une élève parfaite, que je suis organisée, que je suis mince, que j'ai de la chance. Sauf que depuis un an je compte tout. Les calories, les pas, les heures de sommeil, les minutes que je passe assise. Si je dépasse je me punis, je ne mange pas le lendemain ou je fais des abdos jusqu'à ce que j'aie mal. Je sais que ce n'est pas normal, j'ai lu des choses sur internet, mais en même temps je ne suis pas « assez maigre » pour que ce soit grave, enfin c'est ce que je me dis.

Ma mère a remarqué que je ne mangeais plus au dîner mais elle pense que c'est le stress du bac. Mon père ne remarque rien, il rentre tard. Ma petite sœur a 11 ans et elle commence à me copier, elle m'a demandé l'autre jour combien de calories il y avait dans une pomme. Ça m'a fait vraiment peur. Je ne veux pas qu'elle devienne comme moi.

J'ai pris rendez-vous chez l'infirmière du lycée deux fois et deux fois je n'y suis pas allée. J'ai l'impression que si je le dis à voix haute ça devient vrai.

Voilà, c'est long, désolée. Je ne sais pas ce que je vous demande. Peut-être juste si c'est grave ou si j'exagère.

Merci d'avoir lu jusqu'ici.""",
      subject="je ne sais pas si c'est grave"),

    S("m-0030-owa-fr-reply-signed-initial", "outlook_web", "fr",
      ["reply-quoted", "initial-sign-off", "identity-in-text", "wallonia", "coming-out"],
      ("Rayan Haddad", "rayan_haddad@hotmail.example"),
      """Re,

Oui j'en ai parlé à mon cousin, il a 22 ans. Il m'a dit que c'est une phase et que ça partira si je vais plus à la salle. J'ai essayé, ça change rien, je regarde toujours les mecs dans le vestiaire et après je me déteste.

Vous avez dit que c'était valable mais chez nous c'est pas valable du tout. Si mon père apprend ça il me met dehors, il l'a déjà dit à table quand on parlait d'un chanteur.

J'ai 17 ans, dans un an je suis majeur. Je tiens jusque-là ou je fais quoi ?

[[R.]]""",
      subject="RE: Besoin d'aide",
      quote=Q_FR_VALID,
      quote_to="Rayan Haddad <rayan_haddad@hotmail.example>"),

    # ================================================================ English (20)
    S("m-0031-gmail-en-long-rambling-international-school", "gmail_web", "en",
      ["long", "rambling", "no-identity-in-body", "brussels", "international-school",
       "gender-questioning"],
      ("Freya Lindqvist", "freya.lindqvist@gmail.example"),
      """Hi,

ok so I've started writing this like five times and deleted it so I'm just going to send whatever comes out this time.

I'm 17, I go to an international school in Brussels, my parents are both diplomats so we've moved every three or four years my whole life (Stockholm, Nairobi, Ottawa, now here). I've gotten really good at being the new kid. Like I know exactly how to make friends in two weeks. But I've never had a friend for longer than three years and I'm starting to feel like I don't actually know who I am when I'm not performing the "easy-going new girl" thing.

And the other thing, which is the real thing I guess: I don't think "girl" is right. I don't know if I'm non-binary or if it's just that I've never been anywhere long enough to figure out what I like. When I cut my hair short last summer it was the happiest I'd felt in years and my mum said "it's a bit much for the embassy reception, darling".

We're moving again in August. Probably Jakarta. I can't even start something here because it'll end anyway.

Sorry this is all over the place. I don't really have a question. Maybe: is it normal to not know who you are at 17? Everyone else seems so sure.

Thanks for reading""",
      subject="not sure how to start this"),

    S("m-0032-yahoo-en-html-only-antwerp-ghana", "yahoo", "en",
      ["html-only", "no-punctuation", "identity-in-text", "antwerp", "faith", "coming-out"],
      ("Kofi Mensah", "kofi.mensah08@yahoo.example"),
      """hi
my name is [[Kofi]] im 16 and i live in antwerp, my parents are from ghana
i speak english at home and dutch at school but i feel like i dont fit anywhere
at school they call me "the english guy" and at church they say im too belgian
and now i think i like boys too which makes it 100 times worse
my dad is a pastor
i dont know why im telling you this
[[Kofi]]""",
      subject="hi",
      html="only"),

    S("m-0033-proton-en-personal-domain", "proton", "en",
      ["unlisted-shape", "personal-domain", "no-display-name", "contact-offered",
       "identity-in-text", "wallonia", "age-18", "depression"],
      ("", "hello@mattiaferraro.example"),
      """Hi,

I'm 18 (is that still ok?) and I'm an illustrator, or trying to be. I post my stuff on my site, [[mattiaferraro.example]], that's also where this address comes from, sorry if it looks like a business mail, it isn't.

The thing is I haven't left my room much since I finished secondary school last June. My friends all went to uni in Ghent and Leuven and I stayed home in Arlon with my nonna because she's sick. I draw all night and sleep all day. Some days the only person I talk to is the guy at the pharmacy.

I don't even know what I'm asking. Maybe if this is depression or just me being lazy like my uncle says.

[[Mattia]]""",
      subject="probably too old but"),

    S("m-0034-gmail-en-au-pair-host-family-account", "gmail_web", "en",
      ["unlisted-shape", "host-family-account", "not-own-account", "mixed-language",
       "spanish", "contact-offered", "phone-in-text", "identity-in-text", "age-19",
       "loneliness"],
      ("Famille Verbeke-Dumont", "verbekedumont.famille@gmail.example"),
      """Hello,

sorry for my english, I am [[Valentina]], I am 19 and I am an au pair in a family in Uccle since september. I write from the family email on the ipad because my laptop is broken, they don't read it but please don't write anything too personal back here.

Everything is ok with the kids, I love them. But I am so lonely. In Medellín I had my friends, my girlfriend (nobody here knows I had a girlfriend, the mom is very catholic). Here I only speak with the kids and with my mamá on video. Some nights I cry until 3. No sé qué hacer, de verdad.

Is it possible to talk to you on WhatsApp? My number is [[+57 312 555 0187]], it's colombian but I use it here with wifi.

Gracias,
[[Vale]]""",
      subject="hello from an au pair"),

    S("m-0035-owa-en-self-description-list", "outlook_web", "en",
      ["unlisted-shape", "self-description-list", "identity-in-text", "wallonia", "bi"],
      ("Aoife Byrne", "aoife.byrne@outlook.example"),
      """Hi Lumi,

My school counsellor gave us your address in a workshop. Some stuff about me first so you know who you're talking to:
- name: [[Aoife]] (it's Irish, you say EE-fa, nobody here gets it right)
- 16
- Irish mum, Belgian dad, live in Waterloo
- in 5th year, the English section
- bi, I think. only 2 people know

What I actually want to ask: my best friend kissed me at a party and the next day she acted like nothing happened. Now she's going out with a guy from our class and posting it everywhere. Am I allowed to be this angry? We didn't even date.

Thanks for reading all this""",
      subject="a question about a friend (sort of)"),

    S("m-0036-gmail-android-en-own-vcard", "gmail_android", "en",
      ["unlisted-shape", "own-vcard", "contact-offered", "phone-in-text", "identity-in-text",
       "no-punctuation", "pressure", "anxiety"],
      ("Arjun Mehta", "arjun.mehta.09@gmail.example"),
      """hey
im [[arjun]], 15, from leuven
my parents want me to do the exam for the engineering school like my brother and my cousin and everyone, i want to do art. when i said it my dad didnt talk to me for 4 days
now i just pretend. i have panic attacks before every test and i hide in the toilet till it stops
i attached my contact card, you can text me on [[0486 71 20 44]] if thats a thing you do, after 5 is best
thx""",
      subject="panic attacks",
      vcard="""BEGIN:VCARD
VERSION:3.0
N:[[Mehta]];[[Arjun]];;;
FN:[[Arjun Mehta]]
TEL;TYPE=CELL:[[+32 486 71 20 44]]
EMAIL;TYPE=HOME:[[arjun.mehta.09@gmail.example]]
END:VCARD"""),

    S("m-0037-spark-en-fanfiction-pen-name", "v5smx_spark", "en",
      ["unlisted-shape", "pen-name", "outing", "initial-sign-off", "identity-in-text"],
      ("Ada Okafor", "ada.okafor@icloud.example"),
      """Hello

This might be a weird one. I'm 17 and I write fanfiction, mostly sad stuff, on AO3 under [[quietfoxglove]]. Last week someone in the comments figured out who I am IRL (they go to my school) and now they're screenshotting my stories and sending them around with "look what [[Ada]] writes at night". Some of the stories are about a girl falling for another girl and they're kind of obviously about me.

I haven't told anyone I'm gay. Now it's like I'm being outed by my own writing.

I deleted the account but the screenshots are still out there. What do I even do?

[[A.]]""",
      subject="being outed by my own stories"),

    S("m-0038-gmail-ios-en-bilingual-portuguese", "gmail_ios", "en",
      ["unlisted-shape", "bilingual-duplicate", "mixed-language", "portuguese",
       "identity-in-text", "brussels", "young-carer"],
      ("João Pereira", "joao.pereira.2009@gmail.example"),
      """(English below, I wrote it first in Portuguese because it's easier)

Olá. Chamo-me [[João]], tenho 15 anos e moro em Schaerbeek. Os meus pais trabalham à noite e eu fico sozinho com a minha irmã de 6 anos todas as noites. Tenho medo de fazer alguma coisa mal e ela se magoar. Não durmo.

Hello. My name is [[João]], I'm 15 and I live in Schaerbeek. My parents work at night and I'm alone with my sister (6) every night. I'm scared I'll do something wrong and she gets hurt. I don't sleep.

Can you answer in English or French? Obrigado / thank you""",
      subject="Olá / hello"),

    S("m-0039-iphone-en-slam-poem-stage-name", "iphone", "en",
      ["unlisted-shape", "slam-stage-name", "poem", "identity-in-text", "violence"],
      ("Kwabena Boateng", "k.boateng@icloud.example"),
      """yo
I do slam at the youth centre, I'm 17, they know me as [[Kaybee]] there. I wrote this last night and my youth worker said I should send it to someone who isn't her. So here:

they say boys don't break
so I bend
in the mirror at 2am
I practise smiling for my mother
the walls at home are thin
and my father's voice is thick
I am seventeen and tired
like a man of sixty

— [[Kaybee]]

not sure what I want back. maybe just tell me if it sounds like someone who needs help""",
      subject="a poem"),

    S("m-0040-apple-mail-en-reply-thanks", "apple_mail", "en",
      ["reply-quoted", "identity-in-text", "family-illness"],
      ("Liam O'Connor", "liam.oconnor@icloud.example"),
      """Hey, thanks for writing back so fast.

To answer your question: no, I haven't told my mum. She's got enough going on with my little brother being in hospital. I don't want to be one more problem.

It's been a bit better since I wrote. I went for a run yesterday like you suggested and it helped for like an hour haha.

Can I just write to you sometimes even if nothing's wrong?

[[Liam]]""",
      subject="Re: Your message",
      quote=Q_EN_MUM),

    S("m-0041-samsung-en-kid-on-dads-phone", "samsung", "en",
      ["parent-account", "not-own-account", "identity-in-text", "young-kid",
       "friendship"],
      ("Rajesh Raman", "rajesh.raman@gmail.example"),
      """hello
this is [[Priya]] not my dad, i am using his phone because i dont have one yet
i am 12
there is a girl in my class who says she will kill herself if i am not her best friend anymore. she says it every day. i am scared that if i play with other people it will be my fault
i cant tell my parents because they dont like her family
please dont reply today dad checks his mail on sunday""",
      subject="help about my friend"),

    S("m-0042-outlook-en-teacher-writes-for-student", "outlook_desktop", "en",
      ["adult-writes", "teacher-writes", "child-named-as-identity", "school-account",
       "signature-with-disclaimer", "brussels"],
      ("Claire Whitfield", "c.whitfield@meridian-school.example"),
      """Dear Lumi team,

I teach English at an international school in Brussels. One of my Year 10 students, [[Tariq]] (15), handed in a creative writing piece this week that worried me: a boy who wants to disappear so that his parents stop fighting over him. When I asked him about it he laughed it off, but later asked me whether there was "somewhere you can write to without your parents knowing".

I have given him your address. I am writing to ask whether a teacher can also contact you for advice, and whether there is anything I should or should not do in the meantime. The school counsellor is on leave until April.

Kind regards,""",
      subject="A student of mine",
      sig="""[[Claire Whitfield]]
[[Teacher of English, Secondary]]
[[Brussels Meridian International School]]
[[Avenue de Tervueren 412, 1150 Brussels]]
[[+32 2 763 18 40]]

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it."""),

    S("m-0043-gmail-en-discord-insta-spanish", "gmail_web", "en",
      ["contact-offered", "discord-handle", "insta-handle", "mixed-language", "spanish",
       "identity-in-text", "wallonia", "divorce"],
      ("Tomás Herrera", "tomas.herrera.rdz@gmail.example"),
      """hola / hi

I'm [[Tomás]], 15, we moved from Valencia to Namur 2 years ago. im writing in english bc my french is still not great lol
my parents are divorcing and both want me to choose who I live with. the judge wants to hear me next month. I don't want to choose, I love them both, it feels like whatever I say I lose one of them. mi madre llora cada vez que hablamos de eso

if its easier you can find me on discord ([[tomi_hz]]) or insta [[@tomas.hrr]]""",
      subject="choosing"),

    S("m-0044-iphone-en-one-phrase-a-line", "iphone", "en",
      ["one-phrase-a-line", "lowercase", "identity-in-text", "self-harm"],
      ("Mei Lin Chen", "meilin.chen@icloud.example"),
      """hi
i'm 14
my parents own a restaurant
i work there every weekend and after school
they say i'm lucky because they had it much harder
i know they're right
but i cut myself last night for the first time
i don't want to do it again
i don't know who to tell
[[mei]]""",
      subject="."),

    S("m-0045-fairemail-en-html-only-polish", "v5smx_fairemail", "en",
      ["html-only", "mixed-language", "polish", "no-identity-in-body", "brussels",
       "coming-out"],
      ("Oliwia Kowalczyk", "oliwia.k@posteo.example"),
      """Hi,
I'm 17, Polish, living in Brussels since I was 9. I'm writing in English because in Polish I would cry and in French I would make mistakes.
My mom found out I have a girlfriend. She didn't scream. She just said "nie jesteś już moją córką" (you're not my daughter anymore) and since then she talks to me only about food and school. It's been three weeks.
My girlfriend says I can sleep at hers whenever I want, but I don't want to leave my little brother.
Is there a place where you can go if your family is like this but not violent? Or do I just wait until I'm 18?""",
      subject="my mom",
      html="only"),

    S("m-0046-outlook-android-en-reply-turkish", "outlook_android", "en",
      ["reply-quoted", "mixed-language", "turkish", "no-identity-in-body", "coming-out"],
      ("Elif Aydın", "elif.aydin@outlook.example"),
      """thank u for answering 🥺
yes i told my abla (big sister) and she was actually nice about it. she said "kimseye söyleme" but in a protective way not a shame way
my parents still dont know and i dont think i'll tell them before uni
today was a good day ok bye""",
      subject="RE: hi",
      quote=Q_EN_SOMEONE),

    S("m-0047-roundcube-en-university-student-signature", "webmail", "en",
      ["school-account", "university-account", "signature", "identity-in-text", "brussels",
       "age-19", "pressure"],
      ("Ibrahima Ndiaye", "ibrahima.ndiaye@ulb-student.example"),
      """Good evening,

I am 19, I came from Dakar to Brussels in September to study engineering. I am writing in English because I am more at ease with it than writing French, strangely.

Since January I have failed two exams and I have not told my family. My father sold land so I could come here. Every Sunday on the phone he asks me if I am first in the class and I say yes. I cannot sleep and I think about just taking a plane back and never saying anything.

Is this something you help with or is it only for younger people?

Thank you,""",
      subject="Question from a student",
      sig="""[[Ibrahima Ndiaye]]
[[BA1 Engineering – Student no. 000541872]]"""),

    S("m-0048-gmail-android-en-brother-writes-for-sister", "gmail_android", "en",
      ["sibling-writes", "adult-writes", "child-named-as-identity", "identity-in-text",
       "trans"],
      ("Ethan Brooks", "ethan.brooks.99@gmail.example"),
      """Hi,

I'm 19 and I'm writing for my little sister [[Lily]] who is 13. She came out to me as trans last week (she wants us to use [[Lily]], her old name doesn't matter). She's terrified of telling our parents, who are quite religious.
I told her about you and she said she'd maybe write herself but she wanted me to ask first whether you keep things secret from parents, and whether you have people who know about trans kids specifically.

Thanks a lot, she's the best kid and I just want her to be ok.

[[Ethan]]""",
      subject="asking for my sister"),

    S("m-0049-samsung-en-all-caps-urgent", "samsung", "en",
      ["all-caps", "urgent", "identity-in-text", "sextortion"],
      ("Zeynep Kaya", "zeynep.kaya2011@hotmail.example"),
      """PLEASE HELP ME MY BROTHER SAYS HE WILL SEND MY PHOTOS TO MY DAD IF I DONT GIVE HIM MY MONEY. IM 13. I SENT THEM TO A BOY I TRUSTED AND THE BOY GAVE THEM TO MY BROTHER. PLEASE ANSWER TODAY
[[ZEYNEP]]""",
      subject="HELP"),

    S("m-0050-outlook-ios-en-reply-portuguese-aunt", "outlook_mobile", "en",
      ["reply-quoted", "mixed-language", "portuguese", "no-identity-in-body",
       "control-at-home"],
      ("Beatriz Santos", "bia.santos@outlook.example"),
      """Hi again

sorry it took me a week to answer. things got messy. my aunt found out I was writing to you and read everything on my laptop, so I deleted the app and I'm using outlook on my phone now.
she says "a família resolve os problemas da família" (family solves family problems) and that strangers online are dangerous.
I still want to talk to you. is there a way that doesn't leave traces?""",
      subject="Re: Your message to Lumi",
      quote=Q_EN_AUNT),

    # ================================================================ Dutch / Flemish, mostly mixed (15)
    S("m-0051-gmail-android-nl-brussels-fr-arabic", "gmail_android", "nl",
      ["mixed-language", "brussels", "french", "arabic", "no-punctuation", "identity-in-text",
       "coming-out"],
      ("Bilal Chaoui", "bilalchaoui07@hotmail.example"),
      """hallo
ik ben [[bilal]], 14 jaar, ik zit in een nederlandstalige school in anderlecht maar thuis spreken we frans en arabisch dus sorry voor de fouten
mijn vrienden zeggen dat ik raar doe sinds ik veel met een jongen van de basket stuur op insta. ze zeggen "wesh t'es amoureux ou quoi" en lachen
wallah ik weet zelf niet wat ik ben
mijn grote broer mag het echt niet weten
kunnen jullie antwoorden in het nederlands of frans, allebei goed""",
      subject="vraag"),

    S("m-0052-samsung-nl-limburg-turkish-snap", "samsung", "nl",
      ["mixed-language", "turkish", "limburg", "contact-offered", "snap-handle",
       "identity-in-text", "pressure"],
      ("Emre Yıldız", "emre.yildiz@hotmail.example"),
      """hey
ik ben [[emre]] 15 jaar uit genk
mijn vader wil da'k na school in zijn garage kom werken, ik wil verder studeren, ik wil leerkracht worden
elke keer da'k daarover begin zegt hij "sen adam mı olacaksın yoksa kitap mı okuyacaksın" (word je een man of ga je boekskes lezen)
mijn moeder zegt niks, die zegt nooit iets
ik zit echt vast
stuur maar op snap als ge wilt [[emre.yldz_07]]""",
      subject="mijn vader"),

    S("m-0053-iphone-nl-west-flemish-english", "iphone", "nl",
      ["mixed-language", "english", "west-flemish", "one-phrase-a-line", "identity-in-text",
       "heartbreak"],
      ("Wout Verhaegen", "wout.verhaegen@icloud.example"),
      """yo
kzyn [[wout]] 16j
kweet nie goed hoe da dit werkt
mn lief het het uitgemaakt via snap, na 2 jaar, bro
kan nie meer eten nie meer slapen, ik lig gwn in men bed
iedereen zegt move on maar ik kan da nie
t is lowkey echt erg
sorry voor de spelling""",
      subject="lief"),

    S("m-0054-telenet-nl-kid-on-mums-account-signature", "telenet_webmail", "nl",
      ["parent-account", "not-own-account", "signature", "identity-in-text", "young-kid",
       "bullying"],
      ("Katrien Claeys", "katrien.claeys@telenet.example"),
      """Dag Lumi
ik ben [[Febe]] en ik ben 11 jaar. ik schrijf met de computer van mama maar mama weet het (zij heeft gezegd dat ik mocht).
in mijn klas zit een jongen die elke dag zegt dat ik dik ben en dan doen de anderen mee. de juf zegt dat we het zelf moeten oplossen.
ik wil niet meer naar school. ik heb al 2 keer gezegd dat ik buikpijn had.
wat moet ik doen?
groetjes van [[Febe]]""",
      subject="pesten",
      sig="""[[Katrien Claeys]]
[[Kinesitherapeute]]
[[Praktijk De Linde]] – [[Stationsstraat 45]], [[9260 Wichelen]]
[[0478 19 55 32]]"""),

    S("m-0055-outlook-nl-reply-no-name", "outlook_desktop", "nl",
      ["reply-quoted", "no-identity-in-body", "bullying"],
      ("Jonas De Smedt", "jonas.desmedt@outlook.example"),
      """Hoi,

Bedankt voor jullie antwoord. Het deed deugd dat iemand zei dat het niet mijn schuld is.

Ik heb gedaan wat jullie voorstelden en met de vertrouwensleerkracht gesproken. Ze was heel lief. Ze gaat met mij mee naar het CLB volgende week.

Mijn ouders weten nog altijd niks van het pesten. Moet ik het hen vertellen voor het CLB belt?

Groetjes""",
      subject="RE: Je bericht",
      quote=Q_NL_FAULT),

    S("m-0056-smartschool-nl-html-only-pronouns", "smartschool", "nl",
      ["school-account", "html-only", "pronouns", "signature", "identity-in-text",
       "non-binary", "mixed-language", "english"],
      ("Rani Goossens", "rani.goossens@leerling.sintursula.example"),
      """Hallo,

Ik ben [[Rani]] uit het 2de middelbaar. Ik gebruik mijn schoolmail omdat ik geen andere heb, ik hoop dat de school dit niet kan lezen??

Ik denk dat ik non-binair ben. Ik haat het als de leerkrachten "meisjes en jongens" zeggen en dan moeten we in twee rijen staan. Thuis weten ze van niks en mijn mama zou het niet begrijpen denk ik.

Is het raar om dat op 13 jaar al te weten? Op TikTok zeggen ze "you just know" maar ik weet het niet zeker.

[[Rani]] (die/hen als dat mag, of they/them)""",
      subject="vraag",
      html="only",
      sig="""[[Sint-Ursulacollege Lier]] · leerlingenmail
Dit bericht werd verzonden via het leerlingenplatform."""),

    S("m-0057-gmail-nl-reply-english-call-me", "gmail_web", "nl",
      ["reply-quoted", "mixed-language", "english", "contact-offered", "phone-in-text",
       "identity-in-text", "stepfamily"],
      ("Mila Wuyts", "mila.wuyts@gmail.example"),
      """hey, thanks voor je antwoord
ik heb er lang over nagedacht en ik denk dat ik wel wil bellen ipv mailen, typen is zo awkward
kunnen jullie mij bellen? [[0492 63 40 18]], best na 16u want dan ben ik thuis van school
en ja het gaat nog altijd over mijn stiefvader, it's getting worse tbh
x [[Mila]]""",
      subject="Re: Je bericht aan Lumi",
      quote=Q_NL_STEP),

    S("m-0058-gmail-ios-nl-html-only-brothers-account", "gmail_ios", "nl",
      ["sibling-account", "not-own-account", "html-only", "account-holder-named",
       "identity-in-text", "young-kid", "conflict-at-home"],
      ("Arne Maes", "arne.maes@gmail.example"),
      """hallo
ik ben [[Senne]] en ik ben 12. dit is de mail van mijn broer [[Arne]] want ik heb nog geen gsm
mijn mama en papa maken elke avond ruzie en papa slaat dan met deuren. ik lig dan onder mijn deken met mijn koptelefoon
[[Arne]] zegt dat ik jullie mocht mailen
is dat normaal dat ik altijd buikpijn heb
[[Senne]]""",
      subject="ruzie thuis",
      html="only"),

    S("m-0059-k9-nl-croatian-young-carer", "v5smx_k9", "nl",
      ["mixed-language", "croatian", "identity-in-text", "young-carer", "alcohol-at-home",
       "grief"],
      ("Milan Horvat", "milan.horvat@gmx.example"),
      """Goeiendag,

Ik ben [[Milan]], 18 jaar, Gent. Mijn vader is Kroatisch, mijn moeder Vlaams. Sinds mijn vader vorig jaar gestorven is, woon ik alleen met mijn moeder en zij drinkt. Elke dag. Ik doe alles: koken, de was, de brieven van de bank.
Mijn baka in Zagreb zegt aan de telefoon "budi jak, sine" (wees sterk, jongen). Ik ben het beu om sterk te zijn.
Ik word binnenkort 19, mag ik dan nog schrijven?

[[Milan]]""",
      subject="mijn moeder"),

    S("m-0060-yahoo-nl-tamazight-insta", "yahoo", "nl",
      ["mixed-language", "tamazight", "french", "antwerp", "contact-offered", "insta-handle",
       "identity-in-text", "forced-marriage"],
      ("Amira Tahiri", "amira.tahiri@yahoo.example"),
      """salut/hallo
ik ben [[amira]] 16 jaar uit borgerhout
mijn ouders hebben mij beloofd aan een neef in nador, ik heb hem 1 keer gezien. ze zeggen dat we gaan trouwen als ik 18 ben. mijn moeder zegt "ad ak ihenna rebbi" (god zal je beschermen) alsof dat alles oplost
ik wil studeren voor vroedvrouw
ik ben echt bang voor de zomervakantie
ge kunt mij ook een dm sturen op insta [[@amiraa.thr]] maar alleen als het anoniem kan""",
      subject="hulp"),

    S("m-0061-owa-nl-youth-worker-writes-brussels", "outlook_web", "nl",
      ["adult-writes", "youth-worker-writes", "child-named-as-identity", "mixed-language",
       "brussels", "french", "signature", "homeless"],
      ("Thomas Vanhove", "thomas.vanhove@deoverkant.example"),
      """Dag Lumi,

Ik ben jeugdwerker in een jeugdhuis in Molenbeek. Een van onze gasten, [[Younes]] (17), vroeg of ik jullie kon mailen omdat hij zelf niet goed in het Nederlands schrijft. Hij zegt het zelf zo: "je veux juste parler à quelqu'un qui connaît pas ma famille".

Hij is sinds twee weken thuis buitengezet na een ruzie met zijn vader en slaapt nu bij vrienden, soms in het station. Hij wil geen contact met het OCMW "parce que ça finit toujours avec des papiers".

Kunnen jullie hem zelf antwoorden als hij jullie schrijft vanaf zijn eigen adres? Hij spreekt Frans en Arabisch, een beetje Nederlands.

Met vriendelijke groeten,""",
      subject="Vraag voor een jongere",
      sig="""[[Thomas Vanhove]]
jeugdwerker
[[Jeugdhuis De Overkant vzw]]
[[Ribaucourtstraat 60]], [[1080 Molenbeek]]
[[0485 77 12 90]]"""),

    S("m-0062-gmail-android-nl-polish-young-carer", "gmail_android", "nl",
      ["mixed-language", "polish", "no-identity-in-body", "young-carer", "family-illness"],
      ("Maja Wiśniewska", "maja.wisniewska@gmail.example"),
      """hallo
ik ben 14 en woon in Aalst. mijn mama is Pools en spreekt weinig Nederlands dus ik moet altijd mee naar de dokter, de bank, de school om te vertalen. vorige week moest ik aan de dokter vertellen dat mama een knobbel heeft. ze weet nog niet of het kanker is.
ik mag van haar niet huilen. "nie płacz, jesteś duża" zegt ze. (niet huilen, je bent groot)
ik wil gewoon ook eens klein zijn""",
      subject="mama"),

    S("m-0063-apple-mail-nl-reply-1813", "apple_mail", "nl",
      ["reply-quoted", "identity-in-text", "suicidal-thoughts", "service-number",
       "mixed-language", "turkish"],
      ("Yusuf Demir", "yusuf.demir@icloud.example"),
      """Hey

Sorry dat ik pas nu antwoord. Ik heb jullie mail een paar keer gelezen.

Ja, ik heb nog altijd die gedachten soms, vooral 's nachts. Maar ik heb het nummer 1813 in mijn gsm gezet zoals jullie zeiden. En ik heb het aan mijn beste vriend verteld. Hij zei niks slims, gewoon "kardeşim, ik ben hier", en hij bleef bij mij zitten en dat was genoeg.

Kunnen we verder mailen? Ik vind dat makkelijker dan praten.

[[Yusuf]]""",
      subject="Re: Je bericht",
      quote=Q_NL_DARK),

    S("m-0064-gmail-nl-pasted-quiz-result", "gmail_web", "nl",
      ["unlisted-shape", "pasted-quiz-result", "identity-in-text", "depression",
       "mixed-language", "english"],
      ("Dries Willems", "dries.willems06@gmail.example"),
      """hoi
ik heb online zo'n test gedaan en ik kopieer het resultaat hier want ik weet niet wat ik ermee moet

Resultaat voor: [[Dries W.]]
Jouw score: 21/27
Jouw klachten wijzen op een ernstige depressie. Neem contact op met je huisarts of een hulpverlener.

ik ben 16. ik wil niet naar de huisarts want dat is ook de huisarts van mijn ouders en die vertelt alles
is zo'n test eigenlijk juist? idk, ik voel me niet ernstig, ik voel me gewoon leeg. like empty""",
      subject="testresultaat"),

    S("m-0065-gmail-nl-english-school-address-offered", "gmail_web", "nl",
      ["mixed-language", "english", "antwerp", "contact-offered", "second-address-in-text",
       "identity-in-text", "eating-disorder"],
      ("Yara El Moussaoui", "yaraelm@gmail.example"),
      """Hoi Lumi

Ik ben [[Yara]], 16, uit Antwerpen-Noord. Quick question en dan een minder quick question.

Quick: als ik jullie mail, ziet iemand anders dat dan? Mijn gmail staat ook op de iPad van thuis.
Minder quick: ik denk dat ik een eetstoornis heb. I throw up after dinner like 4 times a week. Niemand weet het.

Als het kan, stuur jullie antwoord liever naar mijn schoolmail: [[yara.elmoussaoui@leerling.atheneumnoord.example]]. Die leest niemand behalve ik.

Thx""",
      subject="2 vragen"),
]
