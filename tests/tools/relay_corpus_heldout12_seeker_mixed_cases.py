# ruff: noqa: E501  (the writers' own lines are as long as they wrote them)
"""Hand-written bodies of the twelfth held-out relay-text corpus, part seeker-mixed: help-seekers of
10-19 and people writing for them, in French (Brussels, Wallonia, France, Québec, African diaspora),
English and Dutch, mixing in a family language.

HELD-OUT: written apart, by someone who has not read the relay's rules nor the mails it was tuned on.
Markup (see relay_corpus_heldout.py): [[...]] around every identity span in the writer's own words
and signature, <<...>> around what is neither content nor identity. Everything else the writer wrote
is content. Names, streets, numbers are invented; domains end in .example or .test.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# First names of people whose full names are marked in the text or a signature, so that each part
# of the name is labelled too (the senders' first names are added by the generator).
EXTRA_FIRST_NAMES = frozenset({
    "Salma", "Emre", "Houssen", "Wideline", "Grâce", "Tanina", "Dawit", "Inês", "Awa", "Ioana",
    "Katarzyna", "Imane", "Matteo", "Valentina", "Yaqub", "Bilal", "Oksana", "Ayaan", "Nesrine",
    "Jorge", "Amira", "Fatoumata", "Ilyes", "Rukhsar", "Merve", "Kofi", "Thiago", "Yusuf",
    "Zainab", "Dorian", "Chiara", "Andrii", "Hamza", "Kenza", "Idris", "Leyla", "Mateus",
    "Wiktor", "Saba", "Odile", "Moussa", "Jakub", "Kavin", "Parwana", "Magomed",
})

LUMI_FR = ("Bonjour,\n\nMerci pour ton message, il est bien arrivé chez Lumi. Une personne bénévole "
           "va te répondre ici,\npar mail, dans les trois jours. Tu ne dois rien faire d'autre.\n"
           "Si c'est urgent : 103 (Écoute-Enfants) ou 112.\n\nÀ bientôt,\nl'équipe Lumi")
LUMI_EN = ("Hi,\n\nThanks for your message, it reached Lumi. A volunteer will answer you here, by "
           "mail,\nwithin three days. You don't have to do anything else.\n"
           "If it's urgent: 102 or 112.\n\nTake care,\nthe Lumi team")
LUMI_NL = ("Hoi,\n\nBedankt voor je bericht, het is goed aangekomen bij Lumi. Een vrijwilliger "
           "antwoordt je hier,\nper mail, binnen de drie dagen. Je hoeft verder niets te doen.\n"
           "Is het dringend? Bel 102 of 112.\n\nTot snel,\nhet Lumi-team")


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    """One help-seeker's mail to the helpline."""
    return Case(slug="h12m-" + slug, direction="seeker", shape=shape, lang=lang,
                tags=["mixed-language", *tags], sender=sender, body=body, **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
S("salma-frere-telephone", "gmail_android", "fr",
  ["darija", "brussels", "age-15", "identity-in-text", "sign-off-name"],
  ("Salma Benali", "salma.benali07@gmail.example"),
  """salam / bonjour

je sais pas trop comment on commence un mail comme ça donc je vais juste écrire
moi c'est [[Salma]], j'ai 15 ans, j'habite à Molenbeek et je suis en 4ème à l'athénée
en fait je crois que j'aime les filles. pas "je crois", je sais. wallah je le sais depuis la 1ère secondaire
mon grand frère regarde mon téléphone tous les soirs, il dit que c'est pour me protéger, "3andek chi wa7ed?" il me demande tout le temps. si il voit les messages avec ma copine je sais pas ce qui va se passer. ma mère elle dit rien, elle dit juste "sbri a benti, sbri"
pendant le ramadan c'est encore pire parce qu'on est tout le temps ensemble à la maison, je peux même pas pleurer tranquille
est-ce que c'est haram ce que je ressens? à l'école une prof a dit que c'était normal mais à la mosquée c'est pas ce qu'ils disent
je veux pas perdre ma famille. mais je veux pas mentir toute ma vie non plus
svp répondez moi par mail seulement, pas de sms, le téléphone c'est lui qui le prend

[[Salma]]""",
  subject="question"),
S("maman-travail-pour-fils", "outlook_desktop", "fr",
  ["turkish", "wallonia", "age-13", "parent-writes", "adult-writes", "writes-for-kid",
   "work-account", "signature", "identity-in-text", "family-pet-name"],
  ("Hatice Yıldız", "h.yildiz@meubles-meuse.example"),
  """Madame, Monsieur,

Je me permets de vous écrire pour mon fils [[Emre]], il a 13 ans. Je vous écris depuis mon travail parce qu'à la maison il y a toujours quelqu'un derrière mon dos.

Depuis la rentrée [[Emre]] ne mange presque plus. Il dit « anne, iyiyim, bir şeyim yok » mais je vois bien que ça ne va pas. Il a perdu 4 kilos depuis septembre. Le médecin dit que c'est la croissance. Moi je ne crois pas.

Hier j'ai vu sur sa tablette qu'il cherchait « comment savoir si on est gay » et « est-ce que Allah pardonne ». Je n'ai rien dit, j'ai fermé la tablette et je suis allée dans la cuisine. Je ne sais pas quoi faire. Mon mari ne doit pas savoir que je vous écris, il est très dur avec ces choses-là.

Je veux seulement que mon fils soit vivant et heureux. Ce n'est pas à moi de choisir qui il aime.

Est-ce que quelqu'un de chez vous peut parler avec lui ? Il ne parle pas beaucoup mais il écrit bien. Je peux lui donner votre adresse mail, ou c'est mieux que vous lui écriviez vous-même ?
Il s'appelle [[Emre Yıldız]] mais tout le monde l'appelle [[Emoş]] à la maison.

Merci beaucoup, Allah razı olsun.

Cordialement,""",
  subject="Demande d'aide pour mon fils",
  sig="""[[Hatice Yıldız]]
Service comptabilité – [[Meubles Meuse SA]]
[[Quai de Rome 112]] – [[4020 Liège]]
Tél. [[+32 4 221 38 90]]
Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."""),
S("recu-transfert-argent", "v12smx_laposte", "fr",
  ["shikomori", "france", "age-17", "pasted-remittance-receipt", "new-shape", "identity-in-text"],
  ("Houssen Saïd", "houssen.said13@laposte.example"),
  """Bonsoir,

Je vais essayer d'expliquer. Je suis un garçon de 17 ans, je vis à Marseille (Félix-Pyat) avec ma mère et mes trois petites sœurs. Mon père est resté au pays, à la Grande Comore. Depuis que j'ai 15 ans c'est moi qui envoie l'argent là-bas, avec mon travail au snack le week-end. Chaque mois. Voilà le dernier reçu, je l'ai recopié pour vous montrer que je mens pas :

---
TRANSFERT D'ARGENT – REÇU CLIENT
Expéditeur : [[HOUSSEN SAÏD]]
Adresse : [[14 bd Gustave Ricard]], [[13003 MARSEILLE]]
Bénéficiaire : [[SAÏD ABDALLAH]] – [[MORONI]], COMORES
Montant envoyé : 180,00 EUR
Frais : 7,90 EUR
Numéro de suivi (MTCN) : [[418 552 9071]]
---

Le problème c'est pas l'argent. L'argent ça va, je le fais pour ma famille, c'est normal chez nous.
Le problème c'est que mon oncle au téléphone il dit "wewe ndo mdru mdzima sasa" (tu es un homme maintenant) et il veut me marier l'été prochain avec une fille de là-bas. Et moi les filles ça m'intéresse pas. Je l'ai jamais dit à personne, même pas écrit. Là c'est la première fois.

Je sais pas si vous pouvez faire quelque chose pour quelqu'un en France. Si non dites-moi à qui je peux parler.
Merci""",
  subject="je sais pas si c'est ici"),
S("quebec-creole-cell", "v12smx_videotron", "fr",
  ["haitian-creole", "quebec", "age-16", "contact-offered", "identity-in-text"],
  ("Wideline Pierre-Louis", "wideline.pl@videotron.example"),
  """allo

chu pas sûre que vous répondez aux gens du Québec mais une amie m'a envoyé votre site fait que j'essaie
j'ai 16 ans, je suis en secondaire 4 à Montréal-Nord. mes parents sont haïtiens, très église, très "Bondye ap gade w"
je suis trans. bin je pense. je me sens pas comme une fille depuis que je suis petite pis là ça devient vraiment lourd, je porte des hoodies 3 tailles trop grands pour que personne voit rien
ma tante m'a dit "ou pa ka chwazi sa ou ye, se Bondye ki deside" quand j'ai coupé mes cheveux court
j'en ai parlé à personne à part mon amie
est-ce que c'est possible de parler à quelqu'un en vrai? genre au téléphone? mon cell c'est le [[514-555-0173]], texte avant d'appeler svp, jamais le soir parce que ma mère est à côté
sinon ici c'est correct aussi

merci d'avance
[[W.]]""",
  subject="allo"),
S("compte-cousine-lingala", "v12smx_proximus", "fr",
  ["lingala", "brussels", "age-14", "not-own-account", "cousin-account", "account-holder-named",
   "identity-in-text"],
  ("Grâce Mbuyi Kalala", "grace.mbuyi@proximus.example"),
  """Mbote,

ici c'est pas [[Grâce]] hein, c'est sa cousine, j'utilise son mail parce que moi j'ai pas encore d'adresse à moi et ma mère contrôle mon téléphone
j'ai 14 ans, je suis à Ixelles, en 2ème secondaire
à l'école y a des filles qui m'appellent "la noire qui se prend pour un garçon" parce que je joue au foot avec les gars et que je m'habille en jogging. elles ont fait un groupe snap où elles mettent des photos de moi de dos. moi je fais comme si ça me touchait pas mais le soir je pleure
à la maison si je dis ça ma mère va dire "kolela, bakoseka yo te soki ozali na Nzambe" genre si tu pries ils vont plus rire
j'aime bien une fille de ma classe aussi. c'est ça le vrai problème je crois
vous pouvez répondre ici, [[Grâce]] me donne ses codes, elle est au courant et elle dit rien
merci mingi""",
  subject="pour parler", from_style="ew"),
S("html-azul-patro", "outlook_web", "fr",
  ["kabyle", "wallonia", "age-12", "html-only", "identity-in-text", "name-in-bold"],
  ("Tanina Aït Ouali", "tanina.aitouali@outlook.example"),
  """Azul
je m'appelle [[Tanina]] et j'ai 12 ans. je suis en 6ème primaire à Marcinelle
ma meilleure amie a dit à toute la classe que j'ai fait un bisou à une fille au camp de patro. c'est pas vrai en plus. maintenant personne veut se mettre à côté de moi au réfectoire.
ma yemma dit toujours "ur ttru ara, a yelli" mais là je pleure quand même
et le pire c'est que moi je sais même pas si c'est pas vrai dans ma tête. genre j'ai pas fait le bisou mais j'aurais bien voulu
est-ce que je peux changer d'école? je veux pas dire pourquoi à mes parents
tanemmirt
[[Tanina]] 🌸""",
  html="only",
  html_own=("<div>Azul<br>je m'appelle <b><span style=\"color:#7030A0\">Tanina</span></b> et "
            "j'ai 12 ans. je suis en 6ème primaire à Marcinelle<br>ma meilleure amie a dit à "
            "toute la classe que j'ai fait un bisou à une fille au camp de patro. c'est pas vrai "
            "en plus. maintenant personne veut se mettre à côté de moi au réfectoire.<br>ma yemma "
            "dit toujours \"ur ttru ara, a yelli\" mais là je pleure quand même<br>et le pire "
            "c'est que moi je sais même pas si c'est pas vrai dans ma tête. genre j'ai pas fait "
            "le bisou mais j'aurais bien voulu<br>est-ce que je peux changer d'école? je veux pas "
            "dire pourquoi à mes parents<br>tanemmirt<br><b><span style=\"color:#7030A0\">Tanina"
            "</span></b> 🌸</div>"),
  subject="aide"),
S("educatrice-amo-tigrinya", "outlook_desktop", "fr",
  ["tigrinya", "brussels", "age-17", "youth-worker-writes", "adult-writes", "writes-for-kid",
   "work-account", "signature", "contact-offered", "identity-in-text"],
  ("Céline Gaspard", "c.gaspard@amo-lepassage.example"),
  """Bonjour,

Je suis éducatrice dans une AMO à Schaerbeek. J'accompagne depuis quelques mois un jeune de 17 ans, [[Dawit]], arrivé seul d'Érythrée il y a deux ans (il vit dans un centre pour mineurs non accompagnés). Il m'a demandé de vous écrire parce que son français écrit n'est pas encore très sûr ; il parle tigrinya, un peu d'arabe et de plus en plus de français.

[[Dawit]] m'a confié la semaine passée qu'il est attiré par les garçons. Il a très peur : au centre, d'autres jeunes de sa communauté ont vu une vidéo sur son téléphone et depuis, on l'insulte dans les couloirs. Il dort mal, il ne va plus au cours de néerlandais. Il répète « ኣነ ጽቡቕ የለን » (je ne vais pas bien) et il ne veut plus rentrer dans sa chambre le soir.

Il aimerait parler avec quelqu'un qui ne connaît ni le centre ni sa communauté. Est-ce possible chez vous, éventuellement avec un interprète, ou en anglais simple ? Il préfère écrire que parler.

Vous pouvez me répondre ici ou me joindre au [[0478 61 22 09]] (du mardi au vendredi). [[Dawit]] a aussi sa propre adresse, [[dawit.t2008@gmail.example]], il est d'accord que vous lui écriviez directement.

Merci pour ce que vous faites.
Bien à vous,""",
  subject="Jeune de 17 ans – demande de contact",
  sig="""[[Céline Gaspard]]
Éducatrice – [[AMO Le Passage]]
[[Rue Josaphat 201]], [[1030 Schaerbeek]]
[[02 215 48 70]]
Ce courriel est confidentiel et destiné uniquement à son destinataire."""),
S("reponse-confirmation-portugais", "iphone", "fr",
  ["portuguese", "france", "age-18", "reply-quoted", "no-identity-in-body"],
  ("Inês Carvalho", "ines.carvalho.ly@icloud.example"),
  """Merci pour la réponse rapide. En fait j'ai oublié de dire un truc important dans mon premier message : ma mère lit le portugais mais pas le français, donc si vous m'écrivez en français c'est mieux, elle comprendra pas si elle tombe dessus. Même si parfois je mélange, désolée, c'est plus fort que moi, "é o costume".

Et aussi : je ne suis pas sûre d'avoir 18 ans "pour vous". Je les ai depuis janvier. Est-ce que je peux quand même écrire ? J'ai lu sur Insta que c'était jusqu'à 25 ans mais je préfère demander.

Obrigada, vraiment. Ça fait du bien de savoir que quelqu'un va lire.""",
  subject="Re: besoin de parler", quote=LUMI_FR),
S("ordi-mame-danse", "windows_mail", "fr",
  ["wolof", "diaspora", "age-11", "not-own-account", "grandparent-account",
   "account-holder-named", "identity-in-text"],
  ("Awa Ndiaye", "awa.ndiaye.1956@hotmail.example"),
  """bonjour lumi
c'est l'ordinateur de ma mame [[Awa]] donc c'est pas elle qui écrit c'est moi son petit fils. j'ai 11 ans
on habite à Évry mais on est sénégalais. quand je vais chez elle le mercredi elle me laisse jouer sur son ordinateur
j'ai un problème à l'école. il y a des grands de CM2 qui me prennent mon goûter et qui me disent que je parle comme une fille. ils disent "il danse comme une meuf" parce que je fais de la danse. mon père veut que j'arrête la danse et que je fasse du foot. mais moi j'aime la danse
ma mame elle dit "bul ko xalaat, yow yaa baax" ça veut dire t'inquiète pas t'es bien
mais je m'inquiète quand même
est ce que c'est grave d'être un garçon qui danse?
répondez moi sur cette adresse je vais revenir mercredi""",
  subject="un garcon qui danse"),
S("une-ligne-roumain", "v12smx_sfr", "fr",
  ["romanian", "france", "age-19", "one-liner", "identity-in-text"],
  ("", "ioana.mrs@sfr.example"),
  """bonjour je suis [[Ioana]] 19 ans étudiante à Paris jsp a qui parler ma mère veut que je rentre en Roumanie cet été pour me «guérir» de ma copine chez un preot à la campagne. am frică. je fais quoi""",
  from_style="bare"),
S("onet-babcia-chantage", "v12smx_onet", "fr",
  ["polish", "wallonia", "age-13", "identity-in-text", "official-name-beside-short-form"],
  ("Kasia Nowak", "kasia.nowak2011@onet.example"),
  """Dzień dobry / bonjour

moi c'est [[Kasia]] (en vrai [[Katarzyna]] mais personne m'appelle comme ça sauf ma babcia quand elle est fâchée). j'ai 13 ans et j'habite à Jambes à côté de Namur
c'est mon téléphone mais c'est ma mère qui a mis l'appli, c'est en polonais en bas désolée
le samedi je vais à l'école polonaise et y a un garçon là-bas qui m'envoie des messages la nuit. au début c'était gentil, genre "jesteś ładna" mais maintenant il veut des photos. il dit que si j'envoie pas il va dire à tout le monde de l'école polonaise que j'ai embrassé une fille à la fête d'Andrzejki. c'est vrai que je l'ai fait mais c'était un jeu, enfin pour elle c'était un jeu
je sais pas si je dois le dire à mes parents. mon tata est très catholique et il va dire que c'est ma faute
est-ce que c'est du chantage ça? est-ce que la police peut faire quelque chose si c'est un garçon de 15 ans?""",
  subject="chantage?"),
S("rdv-consulat-passeport", "gmail_web", "fr",
  ["darija", "brussels", "age-16", "pasted-consulate-appointment", "new-shape",
   "identity-in-text"],
  ("Imane El Khattabi", "imane.elkhattabi@gmail.example"),
  """Bonjour,

Je suis une fille de 16 ans, j'habite à Anderlecht. Je vous écris parce que mon père a pris un rendez-vous au consulat pour refaire mon passeport marocain, et je pense que c'est pour m'emmener là-bas cet été et me laisser chez ma tante à Nador. Il a dit devant moi au téléphone "ghadi tb9a temma 7ta tfi9" (elle va rester là-bas jusqu'à ce qu'elle se réveille). Il a trouvé mes conversations avec ma copine.

Voilà la confirmation qu'il a reçue sur son mail et que j'ai copiée :

Royaume du Maroc – Consulat Général à Bruxelles
Confirmation de rendez-vous
Demandeur : [[EL KHATTABI Imane]]
Date de naissance : [[03/05/2009]]
Service : Passeport biométrique (mineur)
N° de dossier : [[CGB-2025-0417-8836]]
Représentant légal : [[EL KHATTABI Mohamed]]
Date : 18/03/2025 à 10h40

Est-ce qu'on peut refuser d'aller au consulat à 16 ans ? Est-ce que quelqu'un peut m'aider s'il m'emmène ? J'ai peur de ne plus revenir pour l'école. Je suis en 4ème et j'ai de bonnes notes, je veux faire médecine.

Merci de ne pas appeler chez moi.
[[Imane]]""",
  subject="passeport"),
S("grand-frere-html-fratellino", "v12smx_free", "fr",
  ["italian", "france", "age-10", "sibling-writes", "adult-writes", "writes-for-kid",
   "html-only", "identity-in-text"],
  ("Lorenzo Ferrante", "lorenzo.ferrante@free.example"),
  """Bonjour,
Je suis le grand frère de [[Matteo]], j'ai 19 ans, lui il a 10 ans. On habite à Échirolles, à côté de Grenoble. Nos parents sont italiens, de Calabre, à la maison on parle moitié italien moitié français.
[[Matteo]] m'a dit hier soir, dans le noir, parce qu'on partage la chambre : « [[Lollo]], io credo di essere una femmina ». Il pleurait. Il m'a demandé de promettre de ne rien dire à papa.
Moi je ne savais pas quoi répondre. Je lui ai dit que je l'aimais quand même, « sei sempre il mio fratellino », et là il a pleuré encore plus fort. Je crois que j'ai dit une bêtise avec « fratellino ».
Depuis quelques mois il met les robes de notre cousine quand on va chez la nonna, et la nonna rigole, mais notre père s'est énervé la dernière fois et il a dit des choses que je ne veux pas répéter.
Est-ce que vous pouvez m'aider à savoir quoi dire ? Est-ce qu'à 10 ans c'est possible de savoir ça ? Et est-ce que je dois en parler à maman ?
Je peux aussi lui montrer vos réponses, il sait bien lire.
Merci,
[[Lorenzo]]""",
  html="only", subject="mon petit frère"),
S("dictee-platre-sherbrooke", "gmail_android", "fr",
  ["spanish", "quebec", "age-15", "voice-to-text", "no-punctuation", "identity-in-text"],
  ("Valentina Rojas", "valen.rojas.qc@gmail.example"),
  """bonjour c'est [[Valentina]] je dicte parce que j'ai le bras dans le plâtre virgule je suis tombée en patin
j'ai 15 ans je viens de Colombie on est arrivés à Sherbrooke il y a deux ans
mon problème c'est ma mère elle a trouvé mon journal point elle a lu que je suis bi et elle a crié que ça c'est des choses de Canadiens que chez nous eso no existe
depuis elle me laisse plus aller chez mon amie Rosalie elle dit que c'est elle qui m'a mis ça dans la tête
moi je l'aime ma mère mais je suis fatiguée de m'expliquer tout le temps point d'interrogation
est-ce que c'est vrai qu'on devient bi à cause des amis
merci bonne soirée
envoyer"""),
S("faq-repondue-ulb", "outlook_web", "fr",
  ["tarifit", "brussels", "age-18", "school-account", "signature", "contact-offered",
   "faq-questions-answered", "new-shape", "identity-in-text"],
  ("Bilal Azzouzi", "bilal.azzouzi@etu.ulb-campus.example"),
  """Bonjour,

Sur votre site il y a écrit "tu ne sais pas par où commencer ? réponds à ces questions". Alors je fais ça, c'est plus facile.

Qui es-tu ?
Un étudiant de première année en sciences politiques. Rifain des deux côtés, né à Bruxelles, grandi à Saint-Gilles.

Quel âge as-tu ?
18 ans, depuis octobre.

Qu'est-ce qui se passe ?
Je suis gay et je viens de le dire à une seule personne, ma sœur. Elle a pleuré, puis elle m'a serré et elle a dit "ajji, ur ttaggwad" (viens, n'aie pas peur). Mais depuis elle me demande tous les jours si je vais le dire à mes parents, et moi je ne veux pas. Pas maintenant. Mon père est malade et je ne veux pas être "celui qui l'a achevé", comme dirait ma tante.

Qu'est-ce que tu aimerais ?
Parler à quelqu'un qui ne va pas me dire ce que je dois faire. Juste réfléchir avec moi.

Comment on peut te joindre ?
Par mail ici, ou sur Insta [[@bil.azz_]] si c'est plus simple, je réponds plus vite là-bas.

Voilà. C'est bizarre de répondre à un formulaire à soi-même.""",
  subject="tu ne sais pas par où commencer",
  sig="""[[Bilal Azzouzi]]
Étudiant BA1 – Sciences politiques
[[Université libre – campus du Solbosch]]"""),
S("maman-syrienne-gsm", "gmail_ios", "fr",
  ["levantine-arabic", "brussels", "age-14", "parent-writes", "adult-writes", "writes-for-kid",
   "contact-offered", "identity-in-text"],
  ("Rana Haddad", "rana.haddad.bxl@gmail.example"),
  """Bonjour madame bonjour monsieur

Excusez mon français, j'apprends encore, je suis en Belgique depuis 2019. Je suis la maman de [[Amira]], elle a 14 ans, elle est en 2ème à Etterbeek.

[[Amira]] a dit à moi la semaine passée qu'elle aime une fille de sa classe. Moi j'ai dit "ya albi, ma fi mshkle" (mon cœur, il n'y a pas de problème). Vraiment je pense ça. Mais ma famille en Syrie et ici à Bruxelles ne va pas penser comme ça. Ma belle-sœur a vu un message sur le téléphone de [[Amira]] et maintenant elle dit à tout le monde. Les cousines ne parlent plus à [[Amira]]. Elle ne veut plus aller aux fêtes de famille, elle reste dans la chambre.

Je ne sais pas comment protéger ma fille de ma propre famille. Mon mari est d'accord avec moi mais il ne veut pas de problème avec son frère.

Est-ce que [[Amira]] peut parler avec quelqu'un de chez vous ? Elle parle très bien français, mieux que moi. Et moi aussi je voudrais des conseils, comment faire avec la famille.

Mon numéro : [[0488 30 71 56]], vous pouvez appeler ou WhatsApp, mieux entre 9h et 15h quand les enfants sont à l'école.

Merci beaucoup, shukran
[[Rana]]""",
  subject="ma fille"),
S("convocation-match-html", "yahoo", "fr",
  ["lingala", "brussels", "age-16", "html-only", "pasted-match-call-up", "new-shape",
   "identity-in-text"],
  ("Idris Kabongo", "idris.kabongo@yahoo.example"),
  """yo bonjour

j'ai 16 ans je joue en U17 dans un club à Jette. je copie la convocation de samedi pour que vous compreniez:

CONVOCATION U17 – déplacement
Rendez-vous 12h15 parking du club
Joueurs : Benjelloun, Dos Santos, [[Kabongo I.]], Lefèvre, Mukendi, Nguyen, Van Damme
Ne pas oublier : carte d'identité, protège-tibias
Coach Éric

le coach m'a mis dans la liste mais il m'a dit devant tout le monde que si je "continue mes histoires de pédé" il me met sur le banc toute la saison. quelqu'un a vu que je suis en couple avec un garçon d'un autre club
mes parents savent pas, ma mère dit toujours "mwana na ngai akozala mobali ya solo" (mon fils sera un vrai homme)
le foot c'est toute ma vie et si je quitte le club tout le monde va savoir pourquoi
j'ai le droit de porter plainte contre un coach?
merci""",
  html="only", subject="coach"),
S("compte-papa-espagnol", "outlook_android", "fr",
  ["spanish", "brussels", "age-13", "not-own-account", "parent-account", "account-holder-named",
   "identity-in-text"],
  ("Jorge Martínez Ruiz", "jorge.martinez.ruiz@outlook.example"),
  """hola, bonjour

je suis pas [[Jorge]] je suis sa fille, il m'a prêté son téléphone pour faire un devoir et j'en profite. j'ai 13 ans
on est espagnols, on habite à Uccle depuis que j'ai 6 ans
je voulais juste demander un truc: c'est normal de pas avoir envie d'être amoureuse? genre de personne. toutes mes copines parlent que de ça et moi ça me fait rien du tout. ni les garçons ni les filles. ma mère dit "ya llegará, mi vida, ya llegará" mais moi je pense pas que ça va "llegar"
est-ce que je suis cassée?
vous pouvez répondre ici mais écrivez en français svp, mon père lit pas bien le français 😅 et mettez pas mon nom dans l'objet
gracias""",
  subject="une question"),
S("nonna-liege-long", "v12smx_emclient", "fr",
  ["italian", "wallonia", "age-17", "long-rambling", "identity-in-text", "sign-off-name"],
  ("Chiara Lombardo", "chiara.lombardo@skynet.example"),
  """Bonjour,

Je ne sais pas si c'est le bon endroit pour écrire ça, ce n'est pas vraiment une question, c'est plutôt que je n'ai personne à qui le raconter sans que ça parte dans toute la famille en deux heures. Chez nous à Seraing tout se sait, les Italiens de la cité c'est un village dans la ville.

Ma nonna est morte il y a trois semaines. C'était la seule personne à qui j'avais dit que j'étais avec une fille, avec Élodie, depuis un an. Elle m'avait dit, en faisant la sauce le dimanche, "l'amore è amore, [[Chiarù]], basta che ti vuole bene". Je l'entends encore avec sa voix et sa cuillère en bois. Elle m'a fait promettre de le dire un jour à ma mère "quando sei pronta".

À l'enterrement, ma tante a dit à ma mère qu'elle m'avait vue "avec cette fille" en ville et ma mère m'a regardée pendant toute la messe. Depuis, elle ne me parle presque plus. Elle met la table, elle dit "mangia", et c'est tout. Mon père fait comme si rien n'était. Mon petit frère de 9 ans me demande pourquoi maman pleure dans la salle de bain.

Moi je suis en rhéto, j'ai mes examens en juin, je voudrais faire kiné à Liège. Je n'arrive plus à étudier. Je me réveille à 4h et je pense à la nonna et à ma mère en même temps, comme si elles se disputaient dans ma tête.

Élodie dit que je devrais juste le dire à ma mère, que de toute façon elle sait. Mais le dire c'est autre chose que savoir. Si je le dis, je ne pourrai plus revenir en arrière, et si elle dit quelque chose de méchant, je ne pourrai plus l'oublier.

Je ne sais pas ce que j'attends de vous. Peut-être juste que quelqu'un lise ça jusqu'au bout. Si vous avez des idées pour parler à une mère italienne catholique qui vient de perdre sa mère, je prends.

Merci d'avoir lu,
[[Chiara]]""",
  subject="ma nonna"),
S("tante-ukrainienne-neveu", "outlook_android", "fr",
  ["ukrainian", "wallonia", "age-12", "aunt-writes", "adult-writes", "writes-for-kid",
   "pasted-temporary-protection-card", "new-shape", "identity-in-text"],
  ("Oksana Melnyk", "oksana.melnyk.mons@outlook.example"),
  """Добрий день, bonjour,

Je m'appelle [[Oksana]], je suis la tante d'[[Andrii]], 12 ans. Nous sommes arrivés de Kharkiv en 2022 et nous habitons dans le Hainaut, lui, sa maman (ma sœur) et moi. Sa maman travaille la nuit, c'est moi qui m'occupe de lui le soir.

Je vous écris parce que [[Andrii]] ne veut plus aller à l'école. Des garçons de sa classe lui disent "rentre chez toi" et autre chose que je ne veux pas écrire, parce qu'il a les cheveux longs et qu'il porte un bracelet. Il m'a dit en ukrainien "тітко, я не такий як вони" (tata, je ne suis pas comme eux), et je ne sais pas s'il parle de la guerre ou d'autre chose. Je crois qu'il parle d'autre chose.

L'école demande une attestation, j'ai envoyé ça (la carte qu'on a tous) :

ATTESTATION DE PROTECTION TEMPORAIRE
Nom : [[MELNYK]]
Prénom : [[ANDRII]]
Né le : [[11.02.2013]]
N° : [[A-UKR-0093 2217 48]]
Commune : [[MONS]]

Est-ce que quelqu'un chez vous parle ukrainien ou russe ? Sinon français simple, ça va. Il aime écrire, il dessine beaucoup. Je peux lui donner votre adresse.

Дякую, merci,
[[Oksana]]""",
  subject="pour mon neveu"),
S("reponse-benevole-verviers", "samsung", "fr",
  ["pashto", "wallonia", "age-19", "reply-quoted", "identity-in-text", "answer-to-volunteer"],
  ("Yaqub Ahmadzai", "yaqub.ahmadzai99@gmail.example"),
  """salam alaikum

merci pour votre réponse longue, j'ai lu 3 fois
vous demandez comment je vais au centre à Verviers. ça va un peu mieux. le nouveau coordinateur est gentil, il a dit que si quelqu'un me frappe encore je peux dormir dans la chambre près du bureau
vous demandez aussi si ma famille en Afghanistan sait. non. mon père dit au téléphone "zoya, wada kawa" (mon fils, marie-toi), il a trouvé une fille de notre village. je lui dis toujours "wrusta, wrusta" (plus tard)
je pense que je vais jamais dire. c'est pas possible là-bas. mais ici je veux vivre normal, peut-être avec un homme un jour, inshallah
j'ai 19 ans maintenant, le 3 mars. c'est le premier anniversaire où personne a chanté mais mon ami du cours de français m'a donné un gâteau
encore merci pour la réponse
[[Yaqub]]""",
  subject="Re: [Lumi] ta question",
  quote=("Salam,\n\nMerci pour ton message courageux. Ce que tu ressens n'est pas une "
         "maladie et tu n'es pas seul.\nComment ça se passe au centre en ce moment ? Et ta "
         "famille, est-ce qu'elle sait quelque chose ?\n\nPrends soin de toi,\nLumi")),
S("html-bresil-snap", "v12smx_aol", "fr",
  ["brazilian-portuguese", "wallonia", "age-15", "html-only", "contact-offered",
   "identity-in-text"],
  ("Thiago Souza", "thiagosouza.tnai@aol.example"),
  """oi, bonjour

je suis [[Thiago]], 15 ans, brésilien, à Tournai depuis 3 ans. mon français est bon mais l'orthographe nan 😅
en gros: je suis amoureux de mon meilleur ami. il le sait pas. je sais même pas si il aime les garçons. on fait tout ensemble, la play, le basket, il dort chez moi le vendredi. ma mãe l'adore, elle l'appelle "meu segundo filho"
si je lui dis et qu'il me rejette je perds tout. si je dis rien je vais exploser
mon cousin au Brésil m'a dit "fala logo, cara" mais lui il est pas là, c'est facile
vous pouvez me parler sur snap si c'est possible: [[thiago.sz09]]
ou ici mais je regarde pas souvent mes mails
valeu 🙏""",
  html="only", subject="question garçon"),
S("contrat-vie-de-classe", "gmail_web", "fr",
  ["algerian-arabic", "france", "age-14", "pasted-class-contract", "new-shape",
   "identity-in-text"],
  ("Nesrine Boukhalfa", "nesrine.bkf@gmail.example"),
  """Bonjour Lumi,

Dans ma classe on a signé un "contrat de vie de classe" en début d'année avec la prof principale. Je le recopie parce que c'est exactement ça le problème :

CONTRAT DE VIE DE CLASSE – [[4e B]] – [[Collège Jean-Macé]], [[Lille-Fives]]
Dans notre classe :
– on respecte tout le monde, quelles que soient ses origines, sa religion, son genre ou qui il aime
– on ne se moque pas
– on ne filme personne sans son accord
Signé par : [[Nesrine B.]] (déléguée)

Bah voilà. C'est moi qui l'ai écrit et lu devant toute la classe. Et depuis qu'une fille a dit que je suis "avec Inès", tout le monde se moque, on m'a filmée dans les vestiaires et la prof principale dit "c'est des gamineries".
Je suis déléguée, je suis censée défendre les autres, et moi je sais même pas me défendre.
À la maison je peux pas en parler. Ma mère dit "hchouma" pour tout, même quand on parle de règles.
J'ai 14 ans et j'en ai marre.
Est-ce que vous pouvez me dire ce que je peux faire avec la vidéo ? Elle tourne sur un compte.

[[Nesrine]]""",
  subject="contrat de vie de classe"),
S("compte-maman-kurde", "yahoo", "fr",
  ["kurmanji", "france", "age-16", "not-own-account", "parent-account", "account-holder-named",
   "identity-in-text"],
  ("Gulistan Demir", "gulistan.demir@yahoo.example"),
  """bonjour,
c'est pas [[Gulistan]] qui écrit, c'est son fils. je prends le mail de ma mère parce que le mien est connecté sur l'ordi de la maison et mon grand frère l'utilise
j'ai 16 ans, j'habite à Toulouse (quartier Bagatelle), on est kurdes de Turquie
je suis pas gay ni rien, c'est pas ça. c'est que mon grand frère veut que je vienne avec lui et ses potes "faire des trucs" le soir et si je dis non il dit que je suis un "jin" (une femme) devant tout le monde et il me frappe à la nuque. ma mère dit "bira te ye, guh nede" (c'est ton frère, laisse tomber)
je dors mal, j'ai des notes qui baissent, au lycée la CPE m'a demandé si ça va et j'ai dit oui
je veux juste savoir si c'est normal de détester son frère
répondez ici svp, ma mère lit pas le français sur l'ordi, elle regarde que les photos""",
  subject="(pas de sujet)"),
S("un-mot-par-ligne-strasbourg", "thunderbird", "fr",
  ["turkish", "france", "age-12", "one-word-a-line", "identity-in-text"],
  ("Merve Aydın", "merve.aydin.67@laposte.example"),
  """bonjour
moi
c'est
[[Merve]]
j'ai
12
ans
je
suis
à
Strasbourg
je
suis
triste
tout
le
temps
depuis
que
ma
meilleure
amie
m'a
dit
que
je
suis
bizarre
parce
que
je
veux
pas
de
copain
annem
dit
que
c'est
l'âge
c'est
vrai
?""",
  subject="merve"),
S("gatineau-libanais-liste", "outlook_mobile", "fr",
  ["lebanese-arabic", "quebec", "age-13", "numbered-fears-list", "new-shape",
   "identity-in-text"],
  ("Kenza Khoury", "kenza.khoury@outlook.example"),
  """Bonjour,

Je m'appelle [[Kenza]], j'ai 13 ans, je suis en secondaire 1 à Gatineau. Ma psy de l'école m'a dit d'écrire la liste de mes peurs pour les voir "en dehors de ma tête". Je l'ai faite et je vous l'envoie parce que je sais pas à qui d'autre :

1. que ma mère lise mon journal (encore)
2. que mon père le sache, lui qui dit "hayda 7aram" à la télé quand il voit deux hommes
3. que Maya dise à tout le monde que je lui ai écrit un poème
4. de pas être normale
5. que Dieu soit fâché
6. que ça soit juste une phase, et aussi que ça soit pas une phase
7. de mourir sans avoir embrassé personne (ça c'est un peu une blague)
8. la piscine le jeudi
9. ma téta qui dit toujours "emta bado nshoufik aroos?" (quand est-ce qu'on te voit mariée) alors que j'ai 13 ans!!
10. d'avoir écrit tout ça à des inconnus

Voilà. C'est moins long que je pensais.
[[Kenza]]""",
  subject="ma liste"),
S("laval-vietnamien-discord", "gmail_web", "fr",
  ["vietnamese", "quebec", "age-18", "html-only", "contact-offered", "identity-in-text"],
  ("Đặng Minh Thư", "minhthu.dang@gmail.example"),
  """Bonjour,

Je suis [[Minh Thư]] (ou juste [[Thư]]), j'ai 18 ans et j'étudie au cégep à Laval. Mes parents tiennent un salon d'ongles, on travaille toute la famille le samedi.

Je suis non-binaire. Je l'ai compris il y a un an sur des serveurs Discord, avec des gens qui parlaient comme moi. Au salon, ma mère me présente aux clientes comme "con gái tôi" (ma fille) et je souris. Mes parents ont tout sacrifié pour venir ici, je peux pas leur faire "ça", comme dit ma tante.

Mais je suis épuisé·e de sourire. Je mange plus le midi. J'ai eu une crise de panique dans l'autobus la semaine passée.

Je sais que vous êtes en Belgique, mais si quelqu'un peut juste m'écrire, je prends. Sur Discord je suis [[minhthu.exe]], c'est là que je suis le plus à l'aise pour parler.

Cảm ơn, merci.""",
  html="only",
  html_own=("<div style=\"font-family:Arial,sans-serif\"><p>Bonjour,</p><p>Je suis "
            "<i>Minh Thư</i> (ou juste <i>Thư</i>), j'ai 18 ans et j'étudie au cégep à Laval. "
            "Mes parents tiennent un salon d'ongles, on travaille toute la famille le samedi."
            "</p><p>Je suis non-binaire. Je l'ai compris il y a un an sur des serveurs Discord, "
            "avec des gens qui parlaient comme moi. Au salon, ma mère me présente aux clientes "
            "comme \"con gái tôi\" (ma fille) et je souris. Mes parents ont tout sacrifié pour "
            "venir ici, je peux pas leur faire \"ça\", comme dit ma tante.</p><p>Mais je suis "
            "épuisé·e de sourire. Je mange plus le midi. J'ai eu une crise de panique dans "
            "l'autobus la semaine passée.</p><p>Je sais que vous êtes en Belgique, mais si "
            "quelqu'un peut juste m'écrire, je prends. Sur Discord je suis <b>minhthu.exe</b>, "
            "c'est là que je suis le plus à l'aise pour parler.</p><p>Cảm ơn, merci.</p></div>"),
  subject="de Laval"),
S("lola-ecrit-pour-petite-fille", "ipad", "fr",
  ["tagalog", "quebec", "age-11", "grandparent-writes", "adult-writes", "writes-for-kid",
   "identity-in-text"],
  ("Corazon Dela Cruz", "cora.delacruz1951@videotron.example"),
  """Bonjour,

Je suis une grand-mère, la lola comme on dit chez nous aux Philippines, de [[Jasmine]], 11 ans. Nous habitons à Québec, dans Limoilou. Elle vit chez moi depuis que sa maman travaille en Alberta.

[[Jasmine]] ne veut plus porter de robe, elle a coupé ses cheveux elle-même avec les ciseaux de cuisine et elle veut qu'on l'appelle [[Jay]]. À l'école les enfants se moquent. Moi je ne comprends pas tout, mais je vois qu'elle est plus heureuse quand on dit [[Jay]]. Alors je dis [[Jay]]. Ma sœur dit "Diyos ko, [[Cora]], ano ba 'yan" mais ma sœur n'habite pas avec nous.

J'ai 74 ans, je ne connais pas ces choses. Je veux bien faire. Est-ce que c'est une mode ? Est-ce que je dois amener [[Jay]] chez un médecin ? Est-ce qu'il y a des livres pour une lola ?

Son amie de l'école lui a montré votre site sur la tablette, c'est pour ça que j'écris ici.

Salamat po, merci.
[[Cora]]""",
  subject="ma petite-fille"),
S("liste-tontine-maman", "gmail_android", "fr",
  ["camfranglais", "diaspora", "age-17", "pasted-savings-circle-list", "new-shape",
   "identity-in-text", "contact-offered"],
  ("Laure-Ange Mbarga", "laureange.mbarga@gmail.example"),
  """bonsoir

je vais direct au but parce que j'ai pas beaucoup de temps, ma mère revient de la tontine à 22h
j'ai 17 ans, on est camerounais, on vit à Liège depuis 2015
ma mère a trouvé des photos de moi avec ma copine sur mon téléphone. elle a dit "tu veux me tuer ou quoi? ça c'est les choses des blancs" et elle parle de m'envoyer au village chez ma grand-mère "pour qu'on te lave la tête". je sais ce que ça veut dire chez nous et ça me fait peur
le pire c'est que dans le groupe WhatsApp de sa tontine tout le monde va savoir, elle raconte tout là-bas. voilà ce qu'elle a posté ce matin, c'est pour vous montrer comment c'est organisé, elle connaît toute la communauté:

📋 TONTINE DES MAMANS SOLIDAIRES – tour de mars
1. Mama [[Odile Mbarga]] (bénéficiaire ce mois) ✅
2. Tata Rose E. ✅
3. Mami Clarisse ✅
4. Ma'a Bernadette ⏳
Les enveloppes chez la bénéficiaire samedi. Ma fille [[Laure-Ange]] passe récupérer chez celles qui ne viennent pas.
Responsable : [[Odile Mbarga]] – [[+32 465 20 81 17]]

vous voyez, c'est moi qui fais les courses de tout le monde. tout le monde me connaît
à l'école je suis normale, j'ai 14 de moyenne, je fais du handball le mercredi, personne se doute de rien. ma copine elle dit qu'on peut aller voir une assistante sociale mais si ma mère apprend que j'ai parlé de la famille à des blancs c'est encore pire
est ce que quelqu'un peut m'empêcher de partir au pays si elle prend le billet? je suis mineure
écrivez moi ici seulement, pas au numéro dans la liste, c'est le sien
merci beaucoup, on dit "a nti" chez nous""",
  subject="urgent un peu"),
S("nouchi-whatsapp-pays", "huawei", "fr",
  ["nouchi", "diaspora", "age-15", "one-phrase-a-line", "contact-offered", "identity-in-text"],
  ("Fatoumata Koné", "fatou.kone2009@gmail.example"),
  """bonjour
c'est [[Fatou]]
15 ans
ivoirienne
à Paris depuis l'année passée
chez mon tonton
il est gentil
mais sa femme non
elle dit que je suis "garçon manqué"
elle dit que c'est "gnan" de s'habiller comme ça
elle me fait faire tout le ménage
elle prend mon téléphone le soir
je dors dans le salon
je vais au collège
mais j'ai plus de cahiers
elle les a jetés
ma mère est au pays
elle sait pas
si je lui dis elle va pleurer
mon whatsapp c'est [[+225 07 58 41 22 90]]
c'est mon numéro du pays je l'ai gardé
écrivez là-bas si vous pouvez
ou ici
on va faire comment
merci""",
  subject="aide svp"),
S("soeur-traduit-peul", "v12smx_canary", "fr",
  ["pular", "diaspora", "age-16", "sibling-writes", "adult-writes", "writes-for-kid",
   "translated-by-sibling", "new-shape", "identity-in-text"],
  ("Mariama Diallo", "mariama.diallo.lg@icloud.example"),
  """Bonjour,

Je m'appelle [[Mariama]], j'ai 20 ans. Je vous écris pour mon petit frère [[Alpha]], 16 ans. On est guinéens, on habite à Liège avec notre père. À la maison on parle pular.

[[Alpha]] ne veut pas écrire lui-même, il dit que son français "fait honte". Il m'a dicté en pular et je traduis. Je mets ses mots à lui, pas les miens :

« Je ne suis pas comme les autres garçons. Je l'ai toujours su. Au foyer de la mosquée, les grands disent des choses sur "ceux-là" et je rigole avec eux pour qu'ils ne voient pas. Mon cœur est lourd, mi sukkaaku. Je ne veux pas que papa meure de honte. Je ne veux pas aller en enfer. Mais je ne veux pas mentir à Dieu non plus, Il sait déjà. »

Voilà ce qu'il a dit. Après il est allé dans sa chambre et il a mis la musique fort.

Moi je l'aime, je lui ai dit. Mais je ne sais pas quoi faire de plus. Est-ce que vous avez des gens qui comprennent la religion aussi ? Pas des gens qui vont lui dire de laisser tomber sa foi, il n'est pas prêt à ça.

Vous pouvez m'écrire ici, je lui lirai. Ou lui écrire en français simple, il comprend bien, c'est écrire qu'il n'aime pas.

Merci d'avance,
[[Mariama]]""",
  subject="pour mon frère"),
S("pc-maison-jeunes-ticket", "webmail", "fr",
  ["bambara", "diaspora", "age-14", "not-own-account", "youth-house-account",
   "pasted-pc-booking-slip", "new-shape", "identity-in-text"],
  ("MJ Tremplin Accueil", "accueil@mj-tremplin.example"),
  """bonjour
je suis sur l'ordi de la mj, j'ai que 30 minutes. je mets le papier de réservation comme ça vous savez que c'est pas l'animateur qui écrit :

RÉSERVATION POSTE INFORMATIQUE N°3
[[Moussa K.]] – 14h00-14h30
Carte membre : [[MJ-0412]]
Merci de libérer le poste à l'heure !

j'ai 14 ans, mes parents sont maliens, on est à Aubervilliers. à la maison on parle bambara. mon père dit "cɛ tɛ kasi" (un homme ne pleure pas)
moi je pleure tout le temps. en cachette. parce que j'aime un garçon de mon équipe de basket et lui il sort avec une fille maintenant
j'ai personne à qui le dire. mes potes disent des trucs horribles sur les gays
est ce que ça passe avec le temps? c'est une maladie?
répondez sur cette adresse l'animatrice me donne les mails qui sont pour moi, elle est cool elle lit pas
[[Moussa]]""",
  subject="pour moussa"),
S("rishta-biodata", "gmail_web", "en",
  ["urdu", "punjabi", "age-17", "pasted-marriage-biodata", "new-shape", "identity-in-text"],
  ("Hamza Qureshi", "hamzaq.2007@gmail.example"),
  """Hi,

I'm a 17 year old guy, Pakistani family, we live in Flanders. I don't even know how to start this so I'll just paste what my mum sent to the family WhatsApp yesterday. She made it with my aunty in Lahore. This is me apparently:

*BIODATA*
Name: [[Muhammad Hamza Qureshi]]
DOB: [[14-08-2007]]
Height: 5'10"
Education: 6th year science, [[Sint-Romboutscollege]], [[Mechelen]]
Family: father business (car export), mother housewife, 2 sisters
Caste: Arain
Contact: [[Mrs. Shazia Qureshi]] [[+32 478 55 19 03]]

"Just to keep options open beta, nothing now, shaadi after your studies." That's what she said. But they're already talking to a family in Gujranwala. Ammi ji keeps saying "larki bohat achi hai, bohat sharif".

I'm gay. Nobody knows. Not one person. I've known since I was like 12. I literally can't breathe when I think about this biodata going round to 50 aunties.

I'm not asking you to fix it. I just need to know if there's anyone in Belgium who has been through this and is still alive and still has a family. Sorry if that sounds dramatic.

Please don't reply with a phone call, only email.""",
  subject="biodata"),
S("dugsi-report", "outlook_desktop", "en",
  ["somali", "age-15", "pasted-dugsi-report", "new-shape", "identity-in-text"],
  ("Zainab Warsame", "zainab.warsame@outlook.example"),
  """Hello Lumi,

My name is [[Zainab]], I'm 15 and I live in Brussels with my hooyo and my 4 brothers. We speak Somali at home and English because we lived in Leicester before, and French at school (badly lol).

Every Saturday I go to dugsi (Quran school). Last week the macallin wrote this on my report and my mum read it:

DUGSI AL-NUUR – Termly Report
Student: [[Zainab W.]]   Group: [[Girls B2]]
Hifz: Juz 28 – good progress
Adab (behaviour): Concern. [[Zainab]] has been seen holding hands with another sister in a way that is not appropriate. Parents are asked to speak with her.
Teacher: Macallin Abdirahman

My mum cried and said "waad na ceebeysay" (you shamed us). The girl is my best friend. And also maybe more than that, I don't know. We haven't done anything. Just held hands on the bus.

Now I'm not allowed to go anywhere except school and dugsi. My brothers watch me. I'm not sleeping.

Is it wrong to feel something for a girl if you don't do anything about it? And how do I make my mum trust me again?

Thank you for reading.""",
  subject="help please"),
S("polish-mum-blackberry", "blackberry", "en",
  ["polish", "age-14", "parent-writes", "adult-writes", "writes-for-kid", "work-account",
   "signature", "contact-offered", "identity-in-text"],
  ("Agnieszka Zielińska", "a.zielinska@logistyka-benelux.example"),
  """Hello,

I hope it is OK to write in English, my Dutch is not good enough for this and my French is worse. I'm writing from work (sorry for the signature, I can't remove it on this phone).

My son [[Jakub]] (we call him [[Kuba]]) is 14. Since Christmas he stays in his room, he doesn't eat dinner with us, and last week the school in Sint-Niklaas called because he didn't go to lessons for 3 days. He was in the park.

Yesterday he told me, crying, "mamo, ja chyba jestem gejem, nie gniewaj się". I told him I am not angry. I am not. But I am scared, because his father and his grandfather in Poland are very traditional, and because [[Kuba]] said he thought about "not being here any more". He said it quietly and then laughed like a joke.

I don't know how to help him. Can someone from your organisation talk with him? Is it possible in English or Polish? He speaks Dutch also, better than me.

And please, where can I find help for myself to understand this?

You can call me at [[+32 470 12 84 66]], better after 17:00.

Thank you,""",
  subject="My son 14 years",
  sig="""[[Agnieszka Zielińska]]
Customs Declarations Team Lead
[[Logistyka Benelux BV]] | [[Industriepark-West 44]], [[9100 Sint-Niklaas]]
T [[+32 3 766 20 41]]"""),
S("one-liner-proton", "proton", "en",
  ["romanian", "age-19", "one-liner", "no-punctuation", "no-identity-in-body"],
  ("Andrei Popescu", "a.popescu.ro@proton.example"),
  """is it normal to be 19 and still not know if im into guys or girls my mom keeps asking when ill bring a nice romanian girl home and i just say nu acum mama nu acum"""),
S("dads-account-yoruba", "gmail_android", "en",
  ["yoruba", "age-13", "not-own-account", "parent-account", "account-holder-named",
   "identity-in-text"],
  ("Adebayo Ogunleye", "adebayo.ogunleye@gmail.example"),
  """hi

this is not [[Adebayo]] (my dad) its his daughter, 13. I'm on his phone bc mine got taken away for bad marks lol. we live in Leuven, we're Nigerian, Yoruba

theres a girl in my class who keeps sending me stuff on insta like "ur so ugly no boy will ever like u" and "go back to africa" and she made a fake account with my face on it. i reported it but it's still there

my dad would go crazy if he knew, he'd go to the school and make a massive scene and shout "ṣé ẹ ò mọ̀ ẹni tí mo jẹ́?" (don't you know who I am) and then everyone would know even more

i want it to stop without anyone knowing it was me who said

can u reply on here, he doesn't check this gmail, he uses the work one. e ṣé (thanks)""",
  subject="fake account"),
S("twi-reply-confirmation", "outlook_mobile", "en",
  ["twi", "age-18", "reply-quoted", "no-identity-in-body"],
  ("Kwabena Asante", "kwabena.asante@outlook.example"),
  """Thanks for the quick reply. Three days is fine, I've waited 18 years lol.

Just one thing I forgot: please don't mention my church or my town if you write back, my uncle reads my mails sometimes over my shoulder, he's "helping me with my university applications". If he asks I'll say it's a study group.

Also I wrote "boyfriend" in my first mail but we haven't even met in real life yet, we only talk online. I don't want you to think it's more than it is. Me pa wo kyɛw, be patient with me, I'm new at saying any of this.""",
  subject="RE: need advice", quote=LUMI_EN),
S("html-amharic-heading", "apple_mail", "en",
  ["amharic", "age-16", "html-only", "name-in-heading", "new-shape", "identity-in-text"],
  ("Meron Tesfaye", "meron.tesfaye@icloud.example"),
  """Hi, I'm [[Meron]]
16, Ethiopian, living in Ghent since I was 7.
Selam Lumi. I'm writing because my mom found out I'm bi from my TikTok likes (yes, likes). She said "ይሄ የፈረንጅ ነገር ነው" – it's a foreigner thing – and now she wants me to talk to our priest at the Orthodox church on Sunday.
I'm not against church. I actually like church, the singing, the incense, my friends there. I just don't want to sit in front of Abba and be "fixed".
Can I say no to that? How do I say no to my mom without her thinking I hate God?
Ameseginalehu (thank you).""",
  html="only",
  html_own=("<div><h2 style=\"font-family:Georgia,serif;color:#2E7D32\">Hi, I'm Meron</h2>"
            "<p><i>16, Ethiopian, living in Ghent since I was 7.</i></p><p>Selam Lumi. I'm "
            "writing because my mom found out I'm bi from my TikTok likes (yes, likes). She said "
            "\"ይሄ የፈረንጅ ነገር ነው\" – it's a foreigner thing – and now she wants me to talk to our "
            "priest at the Orthodox church on Sunday.</p><p>I'm not against church. I actually "
            "like church, the singing, the incense, my friends there. I just don't want to sit in "
            "front of Abba and be \"fixed\".</p><p>Can I say no to that? How do I say no to my "
            "mom without her thinking I hate God?</p><p>Ameseginalehu (thank you).</p></div>"),
  subject="church"),
S("glossary-at-the-end", "gmail_ios", "en",
  ["ukrainian", "russian", "age-17", "glossary-appended", "new-shape", "identity-in-text"],
  ("Sofiia Kovalenko", "sofiia.kovalenko@gmail.example"),
  """Hi,

I'm [[Sofiia]], 17, from Odesa, in Belgium since 2022 (Leuven). I'll write in English because it's the language where I feel most like me. I mix in words from home because some things only exist in those words, so I put a little list at the end, sorry, I'm a nerd.

My babusia lives with us. She loves me more than anyone. Last week she saw me kissing my girlfriend goodbye at the tram stop and she said nothing for two days. Then at dinner she said, in Russian, to nobody, "в наше время такого не было". My mom looked at me. I looked at the borscht.

Since then babusia calls me "sonechko" again, like when I was little, and she makes my favourite syrnyky, but she doesn't look at me when she talks. I don't know if she's sad or angry or scared for me. Mom says "дай їй час", give her time.

I'm scared she'll die before we talk about it. She's 81 and she has a heart thing.

My girlfriend says I should just hug babusia and say "I'm still me". My friends say wait until she brings it up. My therapist at school says there's no right way. Everybody has an opinion except babusia.

How do you talk to a grandmother about this? Do I wait?

Glossary (for whoever reads this):
babusia – grandma
в наше время такого не было – "in our time this didn't exist"
sonechko – little sun
syrnyky – cottage cheese pancakes, the best food on earth
дай їй час – give her time

Thanks,
[[Sofiia]]""",
  subject="grandma question"),
S("eal-teacher-tamil", "outlook_web", "en",
  ["tamil", "age-12", "teacher-writes", "adult-writes", "writes-for-kid", "work-account",
   "signature", "contact-offered", "identity-in-text"],
  ("Rebecca Hollings", "r.hollings@brusselsintl-school.example"),
  """Dear Lumi team,

I teach English as an Additional Language at an international school in Brussels. One of my Year 7 students, [[Kavin]] (12), asked me to contact you with him; he is sitting next to me as I type and has read this.

[[Kavin]]'s family moved from Chennai last summer. At home they speak Tamil. Over the past months he has been teased by a group of boys for "walking like a girl" and for wearing a pottu after a temple festival. Last Friday someone wrote "gay" on his locker in marker.

[[Kavin]] would like to talk to someone outside school about "feeling different from the other boys", in his words. He says his amma would be "romba kashtapaduvaanga" (very upset) if the school called home, so we have agreed not to do that for now; our school counsellor knows.

Could a volunteer write to him? He is happy to receive emails on his school address, [[kavin.r@brusselsintl-school.example]], and I will not read them unless he asks me to.

Many thanks,""",
  subject="Student asking for support (with his permission)",
  sig="""[[Rebecca Hollings]]
EAL Coordinator, Secondary
[[Brussels International School]]
[[Avenue de la Forêt 17]], [[1170 Watermael-Boitsfort]]
This email and any attachments are confidential and intended solely for the addressee."""),
S("postcard-layout", "samsung", "en",
  ["rioplatense-spanish", "age-14", "postcard-layout", "new-shape", "identity-in-text"],
  ("Lucía Benítez", "lucia.benitez.2011@gmail.example"),
  """✉️ POSTCARD ✉️
TO: Lumi, somewhere in Belgium
FROM: [[Lu]], 14, a flat above a bakery in Ixelles
WEATHER: grey. always grey. extrañamos el sol de Rosario

Dear Lumi,
my mamá says I'm "muy chiquita para saber" but I know I like girls. I've known since I was 11 and I saw Alba in the swimming pool (don't tell anyone 😳).
my friends here are nice but they're Belgian nice, which means I don't know what they really think.
at home my abuela says "que sea lo que Dios quiera" about everything, so maybe she'd be fine? or maybe not.
wish you were here, but you're not a person, you're an email.
besos, [[Lu]]

P.S. I'm not sad, just confused. Okay a bit sad.""",
  subject="postcard 📮"),
S("cousin-writes-hindi", "iphone", "en",
  ["hindi", "age-11", "cousin-writes", "writes-for-kid", "identity-in-text",
   "child-quoted-verbatim"],
  ("Priya Sharma", "priya.sharma.kl@icloud.example"),
  """Hi there,

I'm writing for my little cousin [[Aarav]], he's 11. I'm 16 and I babysit him on Wednesdays in Kortrijk, his parents both work late at the hospital.

Today he asked me if he could tell me a secret and then he made me pinky-promise. He said: "[[Priya]] didi, I think I'm a girl inside. Not pretend. Real." Then he asked if that makes him "bekaar" (useless), because his grandfather says that about a man on TV who wears saris.

I told him he's not useless, he's the best kid I know. But I honestly don't know anything about this and I don't want to say something wrong. I don't want to tell his parents behind his back either, he trusts me.

What should I say to him next Wednesday? Are there books or videos for kids his age? He reads a lot, he's finished all of Harry Potter twice.

Thank you so much,""",
  subject="my little cousin"),
S("signal-and-timetable", "gmail_web", "en",
  ["albanian", "age-17", "contact-offered", "availability-timetable", "new-shape",
   "identity-in-text"],
  ("Arben Hoxha", "arben.hoxha07@gmail.example"),
  """Hey,

17, Albanian from Kosovo, living in Liège since I was 4. French at school, Albanian at home, English online so I'll do this in English.

Short version: my dad found out I'm gay because my ex-boyfriend's sister posted something. He didn't hit me or anything. He just stopped talking to me. Completely. Three weeks now. My mom cries in the kitchen and says "mos e merr me zemër, babi është kokëfortë" (don't take it to heart, dad is stubborn). My little brother asks why babi doesn't eat with us anymore.

I need someone to talk to who isn't my family and isn't my friends, because my friends just say "fuck him" and that's not helping, he's still my dad.

Signal is safest for me: [[+32 491 70 35 82]]. These are the times I can actually talk without anyone hearing:

MON  16:30–17:30 (bus home)
TUE  —
WED  13:00–15:00 (free afternoon)
THU  —
FRI  16:30–17:30
SAT  after 22:00
SUN  never (family day)

If none of that works, email is fine, I check it at night.

Faleminderit,
[[Arben]]""",
  subject="talk"),
S("pros-cons-table", "thunderbird", "en",
  ["greek", "age-18", "pros-cons-table", "new-shape", "identity-in-text"],
  ("Eleni Papadaki", "eleni.papadaki@mail.uni-gent.example"),
  """Hello,

I'm [[Eleni]], 18, Greek, first year at uni in Ghent. My therapist back home in Thessaloniki used to make me do pros and cons, so here's my pros and cons of telling my parents I'm a lesbian over Easter (Πάσχα, which is a huge deal in our family, 40 people, a lamb on a spit, my yiayia's tsoureki):

TELL THEM AT EASTER
+ everyone is in a good mood
+ my cousin Stavros will be there and he's on my side
+ I'll have said it and I can fly back to Belgium on Tuesday
- 40 people
- my father's brother
- if it goes wrong, it's the memory of every Easter after
- yiayia is 88

DON'T TELL THEM
+ peace
+ tsoureki
- I'll be lying in every photo
- my girlfriend asked me not to hide her forever
- I'll have to do this all again at Christmas

Writing it down didn't help as much as my therapist promised. I still don't know. What would you say to someone in my place? Not what to do, just how to think about it.

Ευχαριστώ,
[[Eleni]]""",
  subject="pros and cons"),
S("interpreter-for-dari", "outlook_desktop", "en",
  ["dari", "age-15", "interpreter-writes", "adult-writes", "writes-for-kid", "work-account",
   "signature", "identity-in-text"],
  ("Farid Rahimi", "f.rahimi@tolk-interpret.example"),
  """Dear Sir or Madam,

I am an interpreter (Dari/Farsi – English/Dutch) and I work regularly in a reception centre for asylum seekers in Limburg. A 15-year-old girl there, [[Parwana]], asked me after a session with her social worker if I could write to you for her. The social worker agreed. I translate her words as close as possible:

"I am fifteen. In Afghanistan I could not go to school. Here I go to school and I am happy. But I do not want to marry. My uncle, who is my guardian here, says I will marry his friend's son when I am sixteen. He says 'این رسم ماست' – this is our custom. I also think I like girls, not boys. I have never said this. If my uncle knows, I do not know what happens. Please help me, I want to stay in school."

[[Parwana]] has no phone of her own. She can receive messages through the social worker of the centre, or through me. She asked explicitly that her uncle is not contacted.

I am aware this may be more than a helpline can handle, and I have also informed the centre's direction about the marriage plan. But she wanted to talk to "someone outside", in her words.

Kind regards,""",
  subject="Request on behalf of a minor (15)",
  sig="""[[Farid Rahimi]]
Sworn interpreter Dari – Farsi – Dutch – English
[[Tolk & Interpret]] – [[Hasselt]]
[[+32 11 44 27 90]]"""),
S("sisters-school-laptop", "smartschool", "en",
  ["bengali", "age-13", "not-own-account", "sibling-account", "school-account",
   "account-holder-named", "identity-in-text"],
  ("Tahmina Rahman", "tahmina.rahman@leerling.atheneum-deurne.example"),
  """hi
i'm on my big sister [[Tahmina]]'s school laptop bc mine is broken. she said its ok as long as i don't touch her homework folder
i'm 13, a boy, bangladeshi. we live in Deurne
i keep having dreams about my friend from football and then i feel weird all day and i can't look at him
my abbu says boys who like boys are "pagol" (crazy) and they go to hell
[[Tahmina]] said i should write here bc she saw a poster at school
is it bad to have those dreams? can you make them stop?
reply here, [[Tahmina]] will tell me
thx""",
  subject="question"),
S("part-two-kriolu", "v12smx_sapo", "en",
  ["kriolu", "age-16", "contact-offered", "continuation-after-early-send", "new-shape",
   "identity-in-text"],
  ("Nilton Tavares", "nilton.tavares@sapo.example"),
  """ugh sorry the first one sent by itself, my thumb 🙄 continuing:

so like i was saying, my family is Cape Verdean, we speak kriolu at home, we moved from Lisbon to Brussels 2 years ago. i'm 16. my tia always says "nha fidju, bu ta ben ser un grandi omi" (my son you will be a great man) and everybody laughs and i laugh too but inside i'm like. i'm not a man. or not only. i don't have the words for it yet

i watched videos about being non binary and it fit like a glove. but in my family a boy who paints his nails is already a scandal. i did it once, clear polish, and my cousin filmed it

can i talk to someone? here is good, or insta [[@niltontvrs]] (private, just send a request and say lumi)

obrigadu""",
  subject="part 2 (sorry)"),
S("three-wishes", "huawei", "en",
  ["iraqi-arabic", "age-10", "three-wishes", "new-shape", "identity-in-text"],
  ("Yusuf Al-Jubouri", "yusuf.aljubouri.kids@gmail.example"),
  """Hello Lumi

My name is [[Yusuf]] I am 10 years old. My teacher showed us your website in the lesson about feelings. I live in Genk with my mama and baba and my sister.

If I had three wishes:
1. That Omar and Rayan stop saying I am a girl because I like drawing and I have long eyelashes
2. That my baba is not sad all the time about Iraq
3. That I can have a cat

The first one is the most important. They say it every day at the playground. Yesterday they took my drawing book and threw it in the bin. I told the teacher and she said "just ignore them habibi". She does not really say habibi, my mama says that.

What can I do?
Bye
[[Yusuf]]""",
  subject="3 wishes"),
S("long-telenet-istanbul", "telenet_webmail", "en",
  ["turkish", "age-19", "long-rambling", "identity-in-text", "sign-off-name"],
  ("Deniz Arslan", "deniz.arslan@telenet.example"),
  """Hi,

This is going to be long, sorry. I've tried to write this email maybe ten times and I always delete it, so this time I'm just going to keep typing until it's done.

I'm 19, my parents are Turkish (from Kayseri, then Istanbul, then Beringen, which is a funny route if you think about it). I study engineering in Leuven and I live in a kot during the week. That's where I finally started being myself, a little. I have a boyfriend since October. His name is not important, but he's Flemish, and his mother hugged me the first time she met me. I went home and cried in my car, because I know my own mother will never do that.

Every weekend I go home to Beringen. My mother cooks for three days, my father asks about my grades and about "kızlar" (the girls) with a wink, and my anneanne asks when I'll bring her a gelin. I smile and say "okul bitsin, sonra" (let school finish first). I've been saying that since I was 15.

The problem is that my boyfriend wants to meet my family. Not now, he says, but "one day". And I feel like I'm living two lives and the Beringen one is the fake one, but it's also the one with all my memories, my little sister, the smell of my mother's kitchen, my father teaching me to drive on the parking of the mine museum.

Last weekend my sister (she's 15) asked me straight out: "abi, sen gay misin?" I said no. I lied to her face. She looked disappointed, like she knew and wanted me to trust her. I haven't slept well since.

I don't know what I'm asking. Maybe: is it possible to keep both lives? Or does one always eat the other? And should I tell my sister first? She's the one I'm most scared of losing, and the one I think would actually be fine.

Thanks for reading all this. It already feels lighter, weirdly.

[[Deniz]]""",
  subject="two lives"),
S("debate-pairing", "outlook_android", "en",
  ["swahili", "age-15", "pasted-debate-pairing", "new-shape", "identity-in-text"],
  ("Neema Mwangi", "neema.mwangi@eursc-student.example"),
  """Hi Lumi,

I go to the European School in Brussels, I'm 15, my family is Kenyan. At home we speak Swahili and English mixed, "Sheng" my cousins call it.

I'm in the debate club and I'm actually good. But look at this, the pairing for next week came out today:

INTER-SCHOOL DEBATE – ROUND 3 PAIRINGS
Motion: "This House believes schools should teach about LGBTQ+ families from primary"
Proposition: [[N. Mwangi]] / T. Okafor ([[EEB1 Uccle]])
Opposition: L. Martin / J. Schmidt (EEB3)

I'm gay. Nobody at school knows except Tolu, my debate partner. If I argue this motion really well everyone will guess. If I argue it badly I'm betraying myself. My mum will be in the audience because she comes to everything, and she says "mambo kama hayo si ya kwetu" (those things aren't for us) whenever anything gay is on TV.

I know it's "just a debate". It doesn't feel like that.

What would you do?""",
  subject="debate"),
S("sikh-reply-to-only", "gmail_ios", "en",
  ["punjabi", "age-14", "no-identity-in-body", "identity-in-header", "reply-to-other-address"],
  ("Harjot Singh Gill", "harjot.gill.09@gmail.example"),
  """hi
im 14 and i go to gurdwara every sunday with my family. i wear a patka. some boys at school keep pulling it and calling me "tomato head" and worse things about me liking boys which i dont even know if i do
my bebe ji says "sabar karo puttar, waheguru vekhda hai" but waheguru is not stopping them
i dont want to tell my dad because he will go to the school angry and then it gets worse
can you answer to the other address not this one, this one my dad can see on the ipad""",
  subject="school",
  headers=[("Reply-To", "hsg.private14@proton.example")],
  identity=["hsg.private14@proton.example"]),
S("zus-boodschappenbriefje", "gmail_web", "nl",
  ["darija", "age-15", "sibling-writes", "adult-writes", "writes-for-kid",
   "pasted-shopping-list-note", "new-shape", "identity-in-text"],
  ("Yasmina Amrani", "yasmina.amrani00@gmail.example"),
  """Hallo,

Ik ben de grote zus (19) van [[Ilyas]], hij is 15. Ik schrijf voor hem omdat hij het zelf niet durft en omdat ik niet meer weet wat ik moet doen.

Sinds een paar maanden komt [[Ilyas]] bijna niet meer buiten zijn kamer. Hij gaat naar school in Borgerhout en komt direct terug. Vroeger was hij de grappigste van ons huis. Nu zegt hij "laisse-moi, ma3andi walou" op alles.

Gisteren vond ik dit briefje van mama op de frigo, ik typ het over zodat ge ziet hoe het bij ons gaat:

"[[Ilyas]] – sir l'hanout: na3na3, sokkar, khobz x2
EN GEEN GSM AAN TAFEL
Zaterdag gaan we naar khalti [[Fatiha]], ge komt mee, geen discussie
Mama ❤️"

Op dat feest gaan al onze nichten en neven zijn. Vorige keer zei nonkel Rachid aan tafel dat [[Ilyas]] "zoals een meisje" praat, en iedereen lachte. [[Ilyas]] is toen opgestaan en heeft de rest van de avond in de auto gezeten.

Ik denk dat mijn broer homo is. Ik weet het niet zeker en het maakt mij ook niks uit. Maar ik denk dat hij bang is dat WIJ het niet ok vinden. Hoe zeg ik hem dat het ok is zonder dat hij denkt dat ik in zijn gsm heb gezeten?

Hij mag ook zelf mailen als dat mag, ik geef hem dit adres.

Bedankt
[[Yasmina]]""",
  subject="voor mijn broer"),
S("papa-carpool-garage", "outlook_desktop", "nl",
  ["turkish", "age-12", "parent-writes", "adult-writes", "writes-for-kid", "work-account",
   "signature", "pasted-carpool-schedule", "new-shape", "identity-in-text"],
  ("Murat Şahin", "murat@garage-sahin.example"),
  """Goeiedag,

Ik ben de papa van [[Elif]], 12 jaar. Ik schrijf vanop mijn werk, excuseer voor de handtekening eronder.

[[Elif]] speelt voetbal bij de meisjes U13 in Beringen. Wij ouders rijden om de beurt, dit is het rijschema van de WhatsApp-groep van de ouders:

RIJSCHEMA U13 MEISJES – MAART
za 8/3 uit: fam. Claes (3 pl.) – fam. [[Şahin]] (4 pl.: [[Elif]], Jana, Lotte, Yara)
za 15/3 thuis: geen vervoer
za 22/3 uit: fam. Vos – fam. Demir
Verzamelen parking sporthal om 8u30

Op zaterdag 8 maart, in mijn auto, hoorde ik de meisjes achteraan praten. Eén meisje zei tegen [[Elif]]: "gij zijt toch lesbisch, ge zit altijd naar Jana te kijken". [[Elif]] is beginnen wenen en heeft de hele wedstrijd op de bank gezeten. Ze wilde niet dat ik iets zei.

Thuis zegt ze niets. Haar moeder zegt "kızım büyüyor, geçer" (ze wordt groot, het gaat over). Ik ben niet zeker. Ik ben geen moderne vader misschien, maar ik wil niet dat mijn dochter zich schaamt in mijn auto.

Wat moet ik doen? Met de trainer praten? Met haar praten? Ik weet niet hoe.

Met vriendelijke groeten,""",
  subject="vraag over mijn dochter",
  sig="""[[Murat Şahin]]
Zaakvoerder
[[Garage Şahin bv]] – [[Koolmijnlaan 210]], [[3582 Beringen]]
tel. [[011 42 18 77]] – btw [[BE 0712.448.305]]"""),
S("pleegmoeder-afwezigheid", "apple_mail", "nl",
  ["tigrinya", "age-16", "foster-parent-writes", "adult-writes", "writes-for-kid",
   "pasted-homework-club-absence-sms", "new-shape", "identity-in-text"],
  ("Griet Van Hove", "griet.vanhove@telenet.example"),
  """Dag Lumi,

Ik ben sinds een jaar pleegmoeder van [[Saba]], een meisje van 16 uit Eritrea. Ze woont bij ons in Lokeren, met ons twee en onze zoon. Ze spreekt Tigrinya, Engels en al heel goed Nederlands.

Deze week kreeg ik al twee keer dit sms'je van de huiswerkklas:

"Beste ouder, [[Saba Haile]] was vandaag afwezig in de huiswerkbegeleiding ([[groep 5]]). Gelieve de afwezigheid te wettigen. Vriendelijke groet, Huiswerkklas [[De Sleutel]]"

Ze was niet daar. Ze zat, vertelde ze me gisteravond na veel aandringen, in het park met een meisje uit haar klas. Ze is verliefd. Op een meisje. En ze is doodsbang, want in haar gemeenschap hier (haar tante woont in Gent) "bestaat dat niet", zegt ze. Ze zei in het Tigrinya iets wat ik niet begreep en dan in het Engels: "God will not forgive me, and my aunt will not either."

Ik heb gezegd dat wij van haar houden zoals ze is. Dat meen ik. Maar ik voel dat ik niet de juiste persoon ben om over geloof en haar familie te praten; ik ken haar cultuur te weinig.

Kan iemand van jullie met haar praten? Misschien iemand met een gelijkaardige achtergrond? Ze wil het zelf, ik heb het gevraagd.

Hartelijk dank,
[[Griet]]""",
  subject="Pleegdochter, 16"),
S("clb-tsjetsjeens", "outlook_web", "nl",
  ["chechen", "russian", "age-17", "counsellor-writes", "adult-writes", "writes-for-kid",
   "work-account", "signature", "contact-offered", "identity-in-text"],
  ("Hanne Wouters", "hanne.wouters@clb-kempen.example"),
  """Goedemiddag,

Ik ben CLB-medewerker en ik begeleid een leerling van 17 jaar, [[Magomed]], met Tsjetsjeense roots. Hij vroeg me uitdrukkelijk om jullie te contacteren; hij zat naast me toen ik dit schreef en heeft het nagelezen.

[[Magomed]] heeft me toevertrouwd dat hij op jongens valt. Hij maakt zich zorgen om zijn veiligheid als zijn familie dit te weten komt; hij verwees naar wat er met mensen gebeurt "daar", en zei letterlijk: "мне нельзя быть таким, это не шутка". Er is op dit moment geen acuut gevaar thuis, maar ik neem zijn angst ernstig en we bekijken ook de veiligheidskant (met zijn toestemming).

Wat hij nu vooral zoekt, is een plek om te praten met iemand die niet van school is. Hij praat Nederlands, Russisch en Tsjetsjeens, en schrijft liever dan te bellen.

Hij gaf me toestemming om zijn eigen gsm-nummer door te geven voor berichten: [[0468 22 90 14]] (alleen tekst, geen oproepen). Mailen kan ook naar mij, ik geef het dan meteen aan hem.

Met vriendelijke groeten,""",
  subject="Leerling 17 j. – vraag om contact",
  sig="""[[Hanne Wouters]]
CLB-medewerker | [[Vrij CLB Kempen]], [[vestiging Geel]]
[[Stationsstraat 91]], [[2440 Geel]] | [[014 58 33 02]]
Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde."""),
S("nonkels-gsm-raadsel", "samsung", "nl",
  ["pashto", "age-13", "not-own-account", "uncle-account", "account-holder-named",
   "self-riddle", "new-shape", "identity-in-text"],
  ("Shafiq Stanikzai", "shafiq.stanikzai@gmail.example"),
  """salaam

ik zit op de gsm van mijn kaka [[Shafiq]] (oom) want ik heb zelf geen. hij weet het niet, hij slaapt na zijn shift

raadsel, raad wie ik ben:
ik ben 13
ik kom uit een land waar ze geen meisjes naar school laten gaan
ik ben een jongen maar ik speel liever met de meisjes
ik ben de beste van de klas in wiskunde
mijn oom zegt "saray sha" (word een man) als ik huil
ik woon in Sint-Truiden
ik wil later dokter worden of tekenaar

ok het is geen echt raadsel want ge kent mij toch niet haha

mijn vraag: is het slecht dat ik liever met meisjes speel? de jongens van de klas zeggen dat ik "gay" ben en ze trekken aan mijn broek in de turnles

niet terugsturen naar hier, ik kom zelf kijken op school bij de computer als ik mijn eigen mail heb
dank u""",
  subject="raadsel"),
S("bakkerij-familiepoll", "windows_mail", "nl",
  ["turkish", "age-16", "not-own-account", "family-business-account", "account-holder-named",
   "pasted-family-chat-poll", "new-shape", "identity-in-text"],
  ("Bakkerij Yılmaz", "info@bakkerij-yilmaz.example"),
  """hallo
dit is het mailadres van de winkel van mijn ouders, [[Bakkerij Yılmaz]], ik zit achter de kassa en er is niemand dus ik schrijf even
ik ben 16 (meisje)

in onze familiegroep op whatsapp heeft mijn teyze deze poll gezet:

📊 Wie komt er naar de nişan van [[Büşra]] op 12 april?
✅ Ja, met het hele gezin – [[Aysel teyze]], [[Hakan]], [[Emine]]
✅ Ja, alleen ik – [[Kerem]]
❌ Nee

iedereen gaat en ik moet mee. het probleem: mijn vriendin heeft die dag haar verjaardag en ik had beloofd te komen. niemand van mijn familie weet dat ik een vriendin heb. en ik bedoel "vriendin" als lief
ik ben het beu om altijd te liegen over waar ik ben. maar als ik het zeg ben ik bang dat ik thuis niet meer welkom ben. mijn vader zegt altijd "aile her şeydir" (familie is alles)
wat zou gij doen?
sorry voor de stomme vraag
antwoorden mag hier, ik lees de mails van de winkel toch""",
  subject="vraag"),
S("vriendenboekje-wiktor", "gmail_android", "nl",
  ["polish", "age-14", "not-own-account", "friend-account", "account-holder-named",
   "friendship-book-page", "new-shape", "identity-in-text"],
  ("Jens De Smet", "jens.desmet2011@gmail.example"),
  """hoi
dit is de mail van mijn beste vriend [[Jens]], ik mocht het gebruiken. ik heb zelf wel mail maar mijn mama kan daar in

in de klas moesten we zo een vriendenboekje invullen voor een juf die op pensioen gaat, voor de grap. ik plak mijn blad want ik weet niet hoe ik anders moet beginnen:

VRIENDENBOEKJE
Naam: [[Wiktor Kowalczyk]]
Leeftijd: 14
Klas: [[2B]]
Lievelingseten: pierogi van mijn babcia
Later wil ik: architect worden
Mijn geheim: ...
Dit vind ik niet leuk: als mensen "pedał" roepen in de gang

bij "mijn geheim" heb ik puntjes gezet. het geheim is dat ik denk dat ik op jongens val. ik heb het nog aan niemand gezegd, zelfs niet aan [[Jens]]
die jongens in de gang roepen dat woord (is pools voor homo, heel vies woord) naar mij omdat ze weten dat ik pools ben en ze denken dat het grappig is
hoe weet ik het zeker? en moet ik het aan [[Jens]] zeggen?""",
  subject="vriendenboekje"),
S("weerbericht-html", "gmail_web", "nl",
  ["romanian", "age-17", "html-only", "mood-weather-report", "new-shape",
   "no-identity-in-body"],
  ("Ana-Maria Dumitrescu", "anamaria.dumitrescu07@gmail.example"),
  """WEERBERICHT VAN MIJN HOOFD – week 11
maandag: mist. niet opgestaan voor het eerste uur
dinsdag: zware bewolking. mama zei "ce-i cu tine, fată?" (wat is er met jou, meisje?) en ik zei niks
woensdag: één opklaring: ze lachte naar mij in de refter
donderdag: onweer. ik heb gezien dat ze een lief heeft. een jongen
vrijdag: regen, veel regen, in de douche zodat niemand het hoort
weekend: windstil. ik voel niks
vooruitzichten: onzeker
ik ben 17, ik woon in Gent, mijn ouders zijn Roemeens. ik ben verliefd op een meisje die nooit verliefd op mij zal zijn, en ik kan het tegen niemand zeggen omdat niemand weet dat ik op meisjes val.
is er iemand die mij kan helpen om de vooruitzichten wat beter te maken?""",
  html="only",
  html_own=("<div dir=\"ltr\"><p style=\"font-size:18px\"><b>WEERBERICHT VAN MIJN HOOFD – week "
            "11</b></p><ul><li>maandag: mist. niet opgestaan voor het eerste uur</li><li>dinsdag: "
            "zware bewolking. mama zei \"ce-i cu tine, fată?\" (wat is er met jou, meisje?) en ik "
            "zei niks</li><li>woensdag: één opklaring: ze lachte naar mij in de refter</li><li>"
            "donderdag: onweer. ik heb gezien dat ze een lief heeft. een jongen</li><li>vrijdag: "
            "regen, veel regen, in de douche zodat niemand het hoort</li><li>weekend: windstil. "
            "ik voel niks</li><li>vooruitzichten: onzeker</li></ul><p>ik ben 17, ik woon in Gent, "
            "mijn ouders zijn Roemeens. ik ben verliefd op een meisje die nooit verliefd op mij "
            "zal zijn, en ik kan het tegen niemand zeggen omdat niemand weet dat ik op meisjes "
            "val.</p><p>is er iemand die mij kan helpen om de vooruitzichten wat beter te "
            "maken?</p></div>"),
  subject="weerbericht ☁️"),
S("gedicht-na-bevestiging", "iphone", "nl",
  ["somali", "age-15", "reply-quoted", "rhyming-poem-about-self", "new-shape",
   "no-identity-in-body", "identity-in-header"],
  ("Abdirahman Nur Farah", "a.n.farah2010@icloud.example"),
  """bedankt voor de bevestiging
ik kan het niet goed uitleggen in gewone zinnen dus ik heb een gedicht gemaakt op de bus, voor de vrijwilliger:

ik ben een jongen van vijftien
die niemand echt heeft gezien
mijn hooyo zegt "wiilkayga macaan"
maar ze weet niet wie ik ben vandaan
ik kijk naar jongens, niet naar haar
en dat maakt alles zo zwaar
in de moskee sta ik vooraan
maar in mijn hoofd wil ik weggaan

het rijmt niet overal sorry
ik woon in Mechelen als dat helpt
de rest schrijf ik als jullie antwoorden""",
  subject="Re: gedicht van Cabdi", quote=LUMI_NL, identity=["Cabdi"]),
S("huishoudschema-frigo", "yahoo", "nl",
  ["andalusian-spanish", "age-11", "pasted-chores-chart", "new-shape", "identity-in-text"],
  ("Lucía Moreno García", "luciamg2014@yahoo.example"),
  """hallo lumi

ik ben [[Lucía]] en ik ben 11. mijn mama is van Sevilla en mijn papa van hier (Aalst). ik heb 2 broers

dit hangt op onze frigo:

HUISHOUDSCHEMA FAMILIE [[MORENO-DE BACKER]] 🧹
[[Lucía]]: afwassen + tafel dekken + badkamer
[[Pablo]]: vuilbakken (maandag)
[[Mateo]]: -
mama: koken
papa: de rest

ziet ge het? mijn broers doen bijna niks en ik alles. als ik klaag zegt mijn abuela "las niñas ayudan en casa, cariño" en mijn broers lachen. mijn grootste broer zegt dan "ga maar poetsen prinses"
ik ben geen prinses. ik wil niet eens een meisje zijn soms. ik wil gewoon voetballen met de jongens en niet de badkamer doen
is dat raar? dat ik soms geen meisje wil zijn?
en hoe krijg ik dat schema eerlijk?
groetjes""",
  subject="schema"),
S("gsm-factuur-nummer", "thunderbird", "nl",
  ["sicilian", "italian", "age-18", "pasted-phone-bill", "new-shape", "contact-offered",
   "identity-in-text"],
  ("Salvatore Russo", "salvo.russo@skynet.example"),
  """Goeiendag,

Ik ben [[Salvo]], 18, Siciliaanse familie, derde generatie in Genk. Mijn nonno kwam hier voor de mijnen.

Ik heb een probleem dat klein lijkt maar het is niet klein. Mijn vader betaalt mijn gsm-abonnement, en op de factuur staat elk nummer dat ik bel en hoelang. Dit stond erop deze maand, ik kopieer het uit de pdf:

Factuur [[FA-2025-03-771204]] – klant [[RUSSO SALVATORE]]
Lijn: [[0479 63 18 25]]
05/03 23:14 – 0487 xx xx 41 – 1u 42min
07/03 22:51 – 0487 xx xx 41 – 2u 07min
09/03 00:03 – 0487 xx xx 41 – 1u 55min

Dat nummer is van mijn vriend. Mijn vriend, een jongen. Mijn vader heeft gevraagd wie dat is en ik heb gezegd dat het een kameraad van de voetbal is die problemen heeft. Hij zei "minchia, sei un assistente sociale adesso?" en hij lachte. Maar mijn moeder keek raar.

Ik ben 18. Kan ik zelf een abonnement nemen zonder dat ze het weten? En hoe vertel ik het ooit, in een familie waar mijn nonno nog elke zondag zegt "quando ti sposi, [[Salvo]]?"

Ge moogt mij bellen of sms'en op dat nummer hierboven, maar niet na 20u, dan ben ik thuis.

Grazie,
[[Salvo]]""",
  subject="factuur"),
S("quizlet-set", "outlook_android", "nl",
  ["syrian-arabic", "age-19", "pasted-flashcard-set", "new-shape", "identity-in-text"],
  ("Rania Al-Masri", "rania.almasri@student.hogent.example"),
  """Hallo,

Ik studeer verpleegkunde in Gent (eerste jaar, ik ben 19) en ik kom uit Aleppo. Ik leer voor mijn examen psychologie en ik kwam dit tegen in de Quizlet-set die ik zelf gemaakt heb. Ik plak het:

Quizlet – "Ontwikkelingspsychologie H4" – gemaakt door [[rania_studeert_22]]
Kaart 12: Seksuele oriëntatie → blijvend patroon van emotionele, romantische en/of seksuele aantrekking tot personen van hetzelfde geslacht, een ander geslacht of beide.
Kaart 13: Is seksuele oriëntatie een keuze? → Nee.

Toen ik kaart 13 typte, heb ik twintig minuten naar mijn scherm gezeten. Want ik heb altijd gedacht dat het bij mij wél een keuze was, een slechte keuze, die ik elke dag opnieuw "goed" moest maken. Mijn moeder zegt "Allah bi7ebbik, bas mish hek" (God houdt van je, maar niet zo).

Ik weet niet wat ik moet doen met die kaart. Ik ben niet naar hier gekomen om mijn familie te verliezen. Maar ik kan ook niet meer vergeten wat ik getypt heb.

Kan ik met iemand praten die dit begrijpt, ook het geloof?

Dank u,
[[Rania]]""",
  subject="kaart 13"),
S("escape-room-verjaardag", "gmail_ios", "nl",
  ["lingala", "age-12", "pasted-escape-room-booking", "new-shape", "identity-in-text"],
  ("Christ Lukusa", "christ.lukusa@gmail.example"),
  """hey

ik ben [[Christ]] ik word 12 op zaterdag. mijn mama heeft een escape room geboekt voor mijn verjaardag, dit is de mail die ze kreeg:

Bevestiging reservatie [[#ER-55831]]
Naam: [[Bijou Lukusa]]
Kamer: "Het Verloren Laboratorium" – 6 spelers
Zaterdag 22/03 om 14u00
Spelers: [[Christ]], Mohamed, Brent, Ilias, Dorian, Joachim

het probleem: ik wou een meisje uitnodigen, Laila, mijn beste vriendin. mama zei "te, ozali mwana mobali, bana basi te" (nee, jij bent een jongen, geen meisjes). maar ik speel nooit met die jongens, die heeft zij gekozen. Brent heeft mij vorige week nog "mietje" genoemd
ik wil liever geen feest dan een feest met hen
hoe zeg ik dat tegen mama zonder dat ze boos wordt, zij heeft al betaald
merci""",
  subject="mijn verjaardag"),
S("stappenplan-html-snap", "v12smx_canary", "nl",
  ["tarifit", "age-16", "html-only", "coming-out-step-plan", "new-shape", "contact-offered",
   "identity-in-text"],
  ("Soukaina Boulaich", "soukaina.b@icloud.example"),
  """hoi lumi
ik ben [[Soukaina]] (16, Rifijnse roots, Leuven). ik heb een stappenplan gemaakt om het aan mijn ouders te zeggen. wilt ge kijken of het goed is?
STAP 1: eerst aan mijn zus zeggen (zij is 21 en woont op kot)
STAP 2: wachten tot na de ramadan
STAP 3: aan mama zeggen, in de auto, want dan moet ze niet naar mij kijken
STAP 4: mama laten beslissen of papa het moet weten
STAP 5: als het slecht gaat → naar mijn zus op kot
STAP 6: ???
ik weet niet wat stap 6 is. misschien "leven"
mijn mama zegt altijd "ay illi, ay tarwa inu" (mijn dochter, mijn kind) en ik wil dat ze dat blijft zeggen na stap 3
ge kunt ook antwoorden op snap: [[souki.bl]]""",
  html="only", subject="stappenplan"),
S("sponsorloop-blad", "ipad", "nl",
  ["ukrainian", "age-10", "pasted-sponsor-sheet", "new-shape", "identity-in-text"],
  ("Daryna Shevchenko", "daryna.shevchenko.2015@gmail.example"),
  """hallo

ik ben [[Daryna]] ik ben 10 jaar en ik kom uit Oekraïne. ik woon nu in Brugge met mama en oma. papa is nog in Dnipro

op school is er een sponsorloop. ik heb mijn blad ingevuld:

SPONSORLOOP BS [[DE WILGEN]] – 4de leerjaar
Loper: [[Daryna Shevchenko]]
Sponsor 1: [[Olena Shevchenko]] (mama) – €0,50 per ronde
Sponsor 2: [[Halyna]] (oma) – €0,20 per ronde
Sponsor 3:
Sponsor 4:

de andere kinderen hebben 10 sponsors en ik maar 2. Lotje zei "gij hebt geen papa om te sponsoren" en iedereen lachte. ik heb gezegd dat mijn papa soldaat is en dat hij sterker is dan haar papa
nu moet ik bij de directeur komen
ik mis mijn tato
ik wil niet meer lopen
is het slecht wat ik zei?""",
  subject="sponsorloop"),
S("taakverdeling-groepswerk", "outlook_mobile", "nl",
  ["portuguese", "age-13", "school-account", "pasted-group-work-division", "new-shape",
   "identity-in-text"],
  ("Rodrigo Ferreira", "rodrigo.ferreira@leerling.sjc-school.example"),
  """Dag,

Ik ben [[Rodrigo]], 13, mijn ouders zijn Portugees. Ik zit op een school in Oostende. Dit is de taakverdeling van ons groepswerk voor aardrijkskunde, de leerkracht heeft het in Smartschool gezet:

Groepswerk "Migratie in België" – [[1B]]
Groep 3:
[[Rodrigo F.]] – interview met iemand die gemigreerd is
Tibo V. – powerpoint
Arne D. – bronnen
Deadline vrijdag 28/3

Tibo en Arne zeggen dat ik het interview moet doen "want gij zijt toch de migrant". Ik ben hier geboren. In de klas noemen ze mij "bacalhau" en ze maken geluiden als ik Portugees praat met mijn moeder aan de schoolpoort.

Mijn moeder zegt "não ligues, filho" (trek het u niet aan, zoon) maar ik trek het mij wel aan. Ik wil niet meer naar school.

Wat moet ik doen? Zeg ik het tegen de leerkracht? Dan ben ik een verklikker.""",
  subject="groepswerk"),
S("bulgaars-antwoord", "gmail_android", "nl",
  ["bulgarian", "age-18", "reply-quoted", "no-identity-in-body", "identity-in-header"],
  ("Dimitar Georgiev", "dimitar.georgiev.be@gmail.example"),
  """Bedankt om te antwoorden. Ik had niet verwacht dat iemand zo lang zou schrijven.

Ge vroeg hoe het nu gaat met mijn babi. Ze is terug naar Plovdiv, dus het huis is stiller. Mijn vader zegt nog altijd niets over "dat", maar gisteren heeft hij mij gevraagd om mee te gaan vissen. Dat heeft hij nog nooit gevraagd. We hebben drie uur niets gezegd en niets gevangen. Op de terugweg zei hij: "ти си ми син, разбра ли?" (ge zijt mijn zoon, begrepen?). Ik weet niet of dat goed of slecht bedoeld was. Ik denk goed.

Ik ben 18 nu en ik wil volgend jaar op kot. Misschien is dat beter voor iedereen.

Nog eens bedankt.""",
  subject="Re: vraag (van Mitko)",
  quote=("Hoi,\n\nWat fijn dat je ons schreef. Het klinkt alsof er veel spanning is thuis sinds je "
         "grootmoeder bij jullie woont.\nHoe gaat het nu met haar, en met je vader?\n\nGroetjes,\n"
         "Lumi"),
  identity=["Mitko"]),
S("verjaardagskalender", "huawei", "nl",
  ["papiamento", "age-15", "pasted-birthday-calendar", "new-shape", "identity-in-text"],
  ("Shanaira Martina", "shanaira.martina@hotmail.example"),
  """bon dia

ik ben [[Shanaira]], 15, mijn mama is van Curaçao en wij wonen in Rotterdam, maar mijn tante woont in Vilvoorde en daar ben ik nu voor de vakantie, daarom vond ik jullie

op de wc van mijn tante hangt de verjaardagskalender van de familie. kijk:

VERJAARDAGEN FAMILIA [[MARTINA]] 🎂
3 jan – [[tante Gisela]]
19 feb – [[Jurick]]
4 maart – [[Shanaira]] (15!!)
22 maart – [[mama Yolanda]]
30 maart – [[Dushi]] (de hond)

op 22 maart is het feest van mijn mama en dan komt de hele familie. mijn neef heeft aan iedereen verteld dat hij mij gezien heeft met een meisje in de stad. "e ta un machu muhé" zeggen ze nu over mij (een manwijf). mijn mama weet het nog niet, of doet alsof
ik wil niet naar dat feest. maar het is mijn mama
hoe overleef ik 22 maart?
danki""",
  subject="22 maart"),
]
