"""Hand-written bodies of the tenth held-out set, part seeker-mixed (HELD-OUT: do not tune on it).

Help-seekers of 10-19 and people writing for them, in French (Brussels, Wallonia, France, Québec,
African diaspora), English and Dutch, most of them mixing in a family language. Markup: `[[...]]`
around every identity span, `<<...>>` around what is neither content nor identity; everything else
the writer wrote is content. Dressed by relay_corpus_heldout10_seeker_mixed.py.
"""
# The bodies keep the writers' own long lines: a line break would change what they wrote.
# ruff: noqa: E501

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def _c(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
       **kw: object) -> Case:
    return Case(slug=f"h10m-{slug}", direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)  # type: ignore[arg-type]


# First names of people whose full names are marked in the bodies: each part of such a name
# identifies too (the dressing adds the parts of a marked "First Last" when First is listed here).
EXTRA_FIRST_NAMES = frozenset({
    "Dounia", "Yasmina", "Moussa", "Aïssata", "Inès", "Shirin", "Grâce", "Aminata", "Rayan",
    "Elif", "Maya", "Ange", "Karthik", "Abdi", "Hodan", "Ilham", "Vikash", "Mahlet",
    "Bilal", "Rohan", "Awa", "Fatoumata", "Liliane", "Rami", "Nadine", "Georges",
})

CASES: list[Case] = []

# ---------------------------------------------------------------------------------- French
CASES += [
    _c("collier-prenom", "gmail_android", "fr",
       ["brussels", "age-14", "mixed-language", "darija", "new-shape", "pasted-order",
        "identity-in-text", "trans"],
       ("", "dz.zaz1030@gmail.example"),
       """salam
jsp si c'est ici qu'on écrit mais bon
j'ai commandé un collier avec mon vrai prénom dessus en arabe, pas celui de ma carte d'identité, celui que moi je veux, et c'est ma mère qui a ouvert le colis parce que c'était à la maison, wallah j'ai cru que j'allais mourir
voila ce qui était écrit sur le bon dans la boîte :

Commande n° [[58214]] – Collier prénom arabe plaqué or
Texte à graver : [[آدم]] ([[Adam]])
Police : Diwani
Livraison : [[Dounia Zaza]], [[rue des Coteaux 61]], [[1030 Schaerbeek]]
Merci pour votre confiance ✨

elle a rien dit. juste elle a posé le collier sur la table et elle a dit "chkoun howa [[Adam]] ?" et moi j'ai dit c'est un cadeau pour un ami
mais c'est moi [[Adam]]
enfin je veux être [[Adam]]
j'ai 14 ans et je sais depuis la 5e primaire
stp répondez moi pas trop vite genre pas le matin parce qu'elle regarde mon tel quand je dors""",
       subject="question"),

    _c("snack-papa", "outlook_android", "fr",
       ["brussels", "age-16", "mixed-language", "turkish", "not-own-account",
        "family-business-account"],
       ("ANKARA SPRL", "info@snack-ankara.example"),
       """Bonjour
C'est pas mon père qui écrit, c'est son fils. J'utilise le mail du snack parce que sur mon tel mon père voit tout.
Ya un gars à l'école qui m'envoie des messages la nuit. Au début c'était des blagues. Maintenant il dit qu'il a des photos de moi au vestiaire et que si je donne pas 50 euros il les met sur le groupe de la classe.
Je sais pas si il a vraiment des photos. J'ai 16 ans.
Babam bilirse beni öldürür, sérieux. Pas vraiment mais vous voyez.
Je peux pas aller à la police avec mon père
Quoi faire ?""",
       sig="""[[Snack Ankara]] – Döner · Pide · Lahmacun
[[Chaussée de Haecht 212]], [[1210 Saint-Josse-ten-Noode]]
[[02 218 47 30]] – ouvert 7j/7 de 11h à 23h
TVA [[BE 0745.318.602]]""",
       subject="aide"),

    _c("nonno-liege", "gmail_web", "fr",
       ["wallonia", "age-15", "mixed-language", "italian", "contact-offered", "identity-in-text"],
       ("Luca Ferrante", "luca.ferrante.lg@gmail.example"),
       """Bonsoir,

Je m'appelle [[Luca]], j'ai 15 ans et j'habite à Seraing. Mon nonno est à l'hôpital à la Citadelle depuis 3 semaines et les médecins disent qu'il va pas revenir à la maison. Ma nonna pleure tout le temps en dialecte, "figghiu miu, figghiu miu", et ma mère crie sur tout le monde.

Le truc c'est que moi je sens rien. Genre rien du tout. Je vais à l'école, je joue à la Play, je mange. Tout le monde est triste et moi non. Est-ce que je suis un monstre ?

Mon nonno m'a appris à faire les tomates en bocal chaque été, c'était notre truc. Et même ça je sens rien quand j'y pense.

Si c'est plus simple de parler par message, mon snap c'est [[luca.frr_07]].

Ciao et merci
[[Luca F.]]""",
       subject="est-ce que c normal"),

    _c("aid-tablette-jeddi", "samsung", "fr",
       ["wallonia", "age-13", "mixed-language", "kabyle", "new-shape", "pasted-broadcast",
        "not-own-account", "grandparent-account", "account-holder-named",
        "identity-in-text"],
       ("Ouardia Aït-Ouarab", "ouardia.aitouarab@skynet.example"),
       """bonjour c'est pas ma grand mère c'est moi sa petite fille j'ai 13 ans
ma tante a envoyé ça à toute la famille sur whatsapp pour l'aïd et elle a mis tout le monde dedans :

"Saha Aïdkoum ! De la part de toute la famille [[Aït-Ouarab]] de [[Charleroi]] 🌙 [[Ouardia]], [[Hakim]] et [[Saliha]], [[Mounir]], [[Kahina]] et la petite [[Tiziri]] qui a enfin eu son diplôme de 6e 🎓 Tanemmirt à tous pour les cadeaux"

ma cousine a fait une capture et l'a mis sur son snap et maintenant des gens de ma classe disent que j'ai un prénom de berbère arriérée et ils m'appellent "la kabyle" dans le couloir
et mon diplôme de 6e c'était l'année passée en plus je suis en 1ère maintenant
je veux plus aller à l'école
ma grand mère sait pas lire le français donc elle voit pas ce que j'écris""",
       subject="famille"),

    _c("tontine-maman", "v10smx_laposte", "fr",
       ["france", "diaspora", "age-17", "mixed-language", "bambara", "soninke", "new-shape",
        "pasted-list", "not-own-account", "parent-account", "account-holder-named",
        "identity-in-text"],
       ("Aïssata Camara", "aissata.camara93@laposte.example"),
       """Bonjour,

J'écris depuis l'adresse de ma mère parce que j'ai pas de mail à moi à part celui du lycée et là-bas ils lisent tout je crois.
Ma mère fait une tontine avec d'autres mamans du quartier (Saint-Denis). Elles ont un groupe, et chaque mois une maman envoie la liste. Voilà celle de mars, je l'ai copiée de son téléphone :

TONTINE MARS 🙏🏾
1. [[Aïssata Camara]] (maman [[Moussa]]) – 100 € ✅
2. Fanta D. – 100 € ✅
3. Hawa S. – 100 € ❌ relance
4. Mariam K. – 100 € ✅
Bénéficiaire du mois : Fanta D.
Rappel : on se voit dimanche chez Hawa, ramenez les bissap

Pourquoi je vous montre ça. Parce que la maman de Hawa S. a vu [[Moussa]] c'est à dire moi en train d'embrasser un garçon à la gare de Saint-Denis, et elle l'a dit à une autre maman de la tontine, et maintenant tout le groupe le sait sauf ma mère. Elles me regardent bizarre quand elles viennent chez nous. N ga a fo an ba ye, c'est ce que je me dis tous les jours, dis-le à ta mère, mais je peux pas.
J'ai 17 ans. Si ma mère l'apprend par elles c'est pire que si c'est par moi. Mais je sais pas comment on dit ça.
Merci d'avoir lu.""",
       subject="Re: cotisation mars"),

    _c("historique-google", "v10smx_free", "fr",
       ["france", "age-16", "mixed-language", "arabic", "algerian", "new-shape",
        "pasted-history", "html-only", "identity-in-text"],
       ("Ines", "ines.bouzid07@free.example"),
       """Bonjour Lumi,

Mon père a un ordi qu'on partage à la maison et hier j'ai oublié de me déconnecter de mon compte. Ce matin il m'a dit "rabi yehdik" sans me regarder et il est parti au travail. Je pense qu'il a vu ça :

Activité sur le Web et les applications
Compte Google : [[Inès Bouzid]] ([[ines.bouzid07@free.example]])
Aujourd'hui
comment savoir si on est lesbienne test
est ce que c'est haram d'aimer une fille
lesbienne musulmane lyon association
Hier
exposé SVT reproduction cellulaire
coiffure mariage cousine

Maintenant j'ai tout supprimé mais c'est trop tard. Il me parle pas depuis. Ma mère elle fait comme si rien.
J'ai 16 ans, on habite à Vénissieux.
Est-ce qu'il peut me faire quelque chose ? Est-ce que je dois lui dire que c'était pour un exposé ?
[[Inès]]""",
       html="only", subject="j'ai fait une bêtise"),

    _c("shift-mtl", "v10smx_bell", "fr",
       ["quebec", "age-15", "mixed-language", "haitian-creole", "contact-offered",
        "identity-in-text", "html-only"],
       ("Wesly Dorvilus", "wdorvilus@bell.example"),
       """allo

j'sais pas trop comment ça marche ça mais ma tante m'a dit qu'on peut écrire icitte même si on reste à Montréal. Anfen.

Mon père est reparti en Haïti en janvier pis depuis ma mère travaille de nuit au CHSLD. Moi je m'occupe de mes deux petits frères, les lunchs, les devoirs, toute. Pis à l'école j'dors en classe, le prof de maths m'a niaisé devant tout le monde. J'suis tanné. Mwen bouke, vrèman bouke.

Je fume un peu pour dormir. Pas de la cigarette.

Mon cell c'est le [[514-555-0148]] si c'est mieux par texto, je réponds après 21h quand les petits dorment.
[[Wesly]], 15 ans""",
       html="only", subject="chu tanné"),

    _c("cv-tim", "gmail_ios", "fr",
       ["quebec", "age-18", "mixed-language", "farsi", "new-shape", "pasted-cv",
        "identity-in-text", "work"],
       ("Shirin Ahmadi", "shirin.ahmadi.mtl@gmail.example"),
       """Bonjour,

J'ai 18 ans et je travaille depuis l'été dans un café à Laval. Je vous mets le haut de mon CV pour que vous voyez que c'est vraiment mon premier emploi, je l'ai fait avec ma conseillère au cégep :

[[SHIRIN AHMADI]]
[[4375, rue Jean-Talon Est, app. 12]] · [[Montréal (Québec) H1S 1J9]]
[[438 555-0172]] · [[shirin.ahmadi.mtl@gmail.example]]
Étudiante en Sciences humaines – [[Cégep Marie-Victorin]]
Langues : français, anglais, persan (فارسی)

Le gérant de soir me touche le dos quand il passe derrière le comptoir, et il me dit des choses en riant, genre que les filles iraniennes sont "exotiques". Les autres filles disent qu'il fait ça avec toutes. Mon père dit toujours "kar kar-e", le travail c'est le travail, on se plaint pas. On a besoin de l'argent pour le loyer.

Est-ce que j'ai le droit de dire non sans perdre mon emploi ?

Merci,
[[Shirin]]""",
       subject="travail"),
]

CASES += [
    _c("maman-valentina", "apple_mail", "fr",
       ["quebec", "age-12", "mixed-language", "spanish", "adult-writes", "parent-writes",
        "writes-for-kid", "identity-in-text"],
       ("Carolina Restrepo", "c.restrepo@videotron.example"),
       """Bonjour madame, monsieur,

Je vous écris pour ma fille [[Valentina]] qui a 12 ans. Une amie au travail m'a donné votre adresse, elle dit que vous répondez aussi aux parents, j'espère que c'est vrai.

Depuis la rentrée à la polyvalente [[Valentina]] ne mange presque plus. Elle dit "no tengo hambre, mami" à chaque repas et elle cache la nourriture dans sa serviette. Hier j'ai trouvé dans son cahier une liste avec les calories de tout ce qu'elle mange, même une pomme. Elle a 12 ans! A su edad yo comía arepas tres veces al día.

Je ne veux pas la chicaner, j'ai peur que ce soit pire. Son père dit que c'est une phase.
Est-ce que je peux lui montrer votre adresse à elle aussi ? Est-ce que vous parlez avec les enfants de cet âge ?

Merci mille fois,
[[Carolina]], la maman de [[Vale]]""",
       subject="Pour ma fille"),

    _c("bracelet-hopital", "huawei", "fr",
       ["diaspora", "brussels", "age-16", "mixed-language", "lingala", "new-shape",
        "pasted-wristband", "identity-in-text"],
       ("Grace", "gracembk09@gmail.example"),
       """bjr
je suis sortie de l'hôpital samedi, j'étais 5 jours. j'ai encore le bracelet au poignet parce que j'arrive pas à le couper, c'est bête. il y a écrit :

[[MBUYI KABEYA Grâce]]
[[°11/05/2009]] F
[[N° 2483 0917]]
CHU Saint-Pierre – Pédiatrie ch. 412
⚠ ALLERGIE : PÉNICILLINE

à la maison personne en parle. ma mère a dit aux tantines que j'avais eu une crise d'asthme. mais c'était pas l'asthme, j'avais pris les médicaments de ma grand-mère. Nzambe alimbisa ngai. j'avais pas envie de mourir vraiment je voulais juste que ça s'arrête dans ma tête
la psy de l'hôpital a dit que je dois écrire à quelqu'un quand ça revient. ça revient un peu ce soir
j'ai 16 ans""",
       identity=["MBUYI", "KABEYA", "Grâce"], subject="(pas de sujet)"),

    _c("airtag-sac", "iphone", "fr",
       ["france", "diaspora", "age-14", "mixed-language", "wolof", "new-shape",
        "pasted-notification", "identity-in-text"],
       ("Aminata Ndiaye", "aminatandiaye2011@icloud.example"),
       """bonsoir
mon iphone m'a mis une notif bizarre quand je rentrais du collège
"AirTag détecté près de vous. Le propriétaire de cet AirTag peut voir sa position."
et quand j'ai cliqué ça disait le nom de l'objet : « Sac [[Aminata]] 🎒 »
donc c'est mon père qui l'a mis dans mon sac. il me l'a jamais dit
il sait quand je vais chez ma copine après le collège au lieu de rentrer direct. Il sait tout. Bayi ma !! je veux juste respirer
ma mère dit qu'il a raison, qu'à Paris c'est dangereux pour une fille
j'ai 14 ans, c'est normal ça ??
je l'ai pas enlevé j'ai peur qu'il le voie""",
       subject="airtag"),

    _c("proces-moi", "gmail_web", "fr",
       ["diaspora", "wallonia", "age-17", "mixed-language", "camfranglais", "new-shape",
        "contact-offered", "identity-in-text"],
       ("Ange Tchouameni", "ange.tch@gmail.example"),
       """TRIBUNAL DE MA TÊTE – audience du lundi soir

Accusée : moi, [[Ange]], 17 ans, Liège, rhéto
Chef d'accusation n°1 : avoir quitté mon gars après deux ans alors que "il était gentil"
Chef d'accusation n°2 : avoir fait pleurer ma mère qui l'aimait trop ("c'est un bon petit, il est de chez nous")
Chef d'accusation n°3 : ne plus savoir pourquoi je l'ai quitté

Témoin de l'accusation : toutes mes tantes sur le groupe WhatsApp
Témoin de la défense : personne, le gars a pris tous les potes

Plaidoirie : il me contrôlait mon phone, il voulait savoir où je go à chaque heure, il disait "tu es ma go, tu fais comme je dis". Quand je sortais avec mes copines il faisait le sauveteur, il appelait 20 fois. Mais il m'a jamais frappée donc est-ce que ça compte ?

Verdict : ??? c'est vous le juge

Vous pouvez m'écrire sur insta aussi si c'est plus facile : [[@ange.tch_]]""",
       subject="verdict svp"),

    _c("bd-nouchi", "yahoo", "fr",
       ["france", "diaspora", "age-15", "mixed-language", "nouchi", "new-shape",
        "no-identity-in-body"],
       ("Koffi", "koffi.yao.lille@yahoo.example"),
       """jvous raconte en BD parce que c'est plus facile

CASE 1
Le salon. Papa devant la télé. Moi avec mon bulletin.
Bulle de moi : "papa y a un truc..."
Bulle de papa : "si c'est pas 15 de moyenne, go dormir"

CASE 2
Ma chambre. Moi sur mon lit. Je regarde le plafond.
Pensée de moi : "dja, j'ai 9 de moyenne en maths, c'est gâté"

CASE 3
Le lendemain au collège. Le CPE.
Bulle du CPE : "tes parents doivent signer"
Moi : *sueur*

CASE 4
Moi qui imite la signature de papa dans les toilettes.

CASE 5 (pas encore dessinée)
Papa découvre tout. Fin.

Voilà. Faut que je fasse quoi pour que la case 5 arrive pas
j'ai 15 ans, au collège à Roubaix""",
       subject="ma vie en BD"),

    _c("interprete-centre", "outlook_web", "fr",
       ["brussels", "diaspora", "age-16", "mixed-language", "pular", "new-shape",
        "not-own-account", "reception-centre-account", "adult-writes", "interpreter-writes",
        "writes-for-kid", "identity-in-text", "html-only"],
       ("Interprètes CRU Uccle", "interpretes.uccle@croix-rouge.example"),
       """Bonjour,

Je suis interprète peul-français au centre. Un jeune résident m'a demandé d'écrire pour lui, il ne lit pas encore bien le français. Il est d'accord que je traduise tout, mot à mot. Il s'appelle [[Mamadou Saliou]] mais ici tout le monde dit [[Saliou]].

Il dit :
[il dit :] Bonjour. Mi wiyetee [[Saliou]]. J'ai 16 ans. Je suis arrivé en Belgique en octobre.
[il dit :] La nuit je ne dors pas. Je vois encore la mer. On était 40 dans le bateau, on est arrivé 31.
[il dit :] Ici au centre les autres sont gentils mais je n'ose pas dire que je pleure. Chez nous un homme ne pleure pas.
[il dit :] Je voudrais parler avec quelqu'un qui n'est pas du centre. Pas l'assistante sociale, pas le psy du centre. Quelqu'un dehors.
[il demande :] Est-ce que c'est gratuit ? Est-ce que la police le saura ?

Ce que j'ajoute moi : il a demandé que je ne change rien à ses mots. Si vous répondez, je lui lirai votre réponse en peul, sauf s'il préfère un autre interprète.

Cordialement,""",
       html="only",
       sig="""[[Fatoumata Bah]]
Interprète – [[Centre Croix-Rouge d'Uccle]]
[[Rue du Doyenné 96]], [[1180 Uccle]]
[[02 371 58 40]]""",
       subject="Pour un jeune du centre"),

    _c("neomutt-etudiant", "v10smx_neomutt", "fr",
       ["brussels", "age-19", "mixed-language", "tarifit", "new-shape", "identity-in-header",
        "no-identity-in-body", "university-account"],
       ("", "yelamrani@etu.ulb.example"),
       """Salut,

Je suis en BA2 info. Petite question, enfin pas si petite.

Mes parents pensent que je vais reprendre l'épicerie de mon père à Molenbeek après mes études, "nec d aqcic ameqran", je suis le fils aîné, c'est comme ça. Mon père le dit à tout le monde depuis que j'ai 8 ans. Sauf que moi je veux partir faire un master à Montréal et je suis en train de remplir les dossiers en cachette.

J'ai 19 ans, je suis majeur, techniquement je peux faire ce que je veux. Mais si je pars ma mère va dire que je les ai abandonnés. Ma petite soeur a 11 ans, c'est elle qui va devoir porter tout ça si je pars.

Est-ce que c'est égoïste ? Comment on annonce un truc pareil à un père rifain ?

Merci d'avance.""",
       identity=["yelamrani", "yassine-thinkpad"],
       subject="partir ou pas"),
]

CASES += [
    _c("madrasa-app", "ipad", "fr",
       ["brussels", "age-11", "mixed-language", "arabic", "darija", "new-shape",
        "pasted-notification", "not-own-account", "parent-account", "identity-in-text"],
       ("Oum Rayan", "oum.rayan.hamdi@hotmail.example"),
       """Bonjour c'est [[Rayan]] j'ai 11 ans
je suis sur l'ipad de ma mère
elle a reçu ça sur l'appli de la mosquée :

📚 École coranique – [[Anderlecht]]
Cher parent de [[Rayan Hamdi]] ([[groupe Hifz 2]]),
[[Rayan]] n'a pas récité la sourate Al-Mulk cette semaine pour la 3e fois. Merci de l'encourager à la maison.
Ustadh Karim

et maintenant ma mère dit que je vais plus au foot le samedi tant que je connais pas la sourate par coeur
mais le foot c'est le seul truc ou je suis content
et ustadh karim il crie quand on se trompe il tape sur la table
j'ai mal au ventre le dimanche matin avant d'y aller
wallah c'est vrai""",
       subject="ecole du dimanche"),

    _c("bon-reparation", "v10smx_fairemail", "fr",
       ["wallonia", "age-16", "mixed-language", "romanian", "new-shape", "pasted-receipt",
        "identity-in-text"],
       ("Ioana P.", "ioana.pop.nm@gmail.example"),
       """Bonjour,

J'ai fait réparer l'écran de mon téléphone dans une boutique à Namur (Jambes) samedi. Pour faire la réparation ils m'ont demandé le code de déverrouillage et je l'ai donné sans réfléchir. Voici le ticket :

BON DE DÉPÔT N° [[R-24117]]
Client : [[POP Ioana]]
Tél : [[0468 31 72 09]]
Appareil : Samsung A34 – écran cassé
Code : [[171106]]
Acompte : 40 € – Retrait prévu : mardi

Quand je suis allée le chercher, le vendeur m'a dit "belles photos" en me le rendant et il a souri. Dans ma galerie il y a des photos de moi en maillot, de la plage à Constanța, chez ma bunica. Rien de grave mais c'est privé. Et depuis dimanche j'ai deux demandes d'abonnement d'un compte sans photo.

J'ai 16 ans. Est-ce qu'il a le droit ? Est-ce que je dois le dire à mes parents ? Ma mère va dire "ți-am zis eu", je te l'avais dit.

[[Ioana]]""",
       subject="téléphone réparé et peur"),

    _c("maman-kacper", "gmail_android", "fr",
       ["wallonia", "age-14", "mixed-language", "polish", "adult-writes", "parent-writes",
        "writes-for-kid", "identity-in-text"],
       ("Agnieszka Wróbel", "agawrobel.mons@gmail.example"),
       """Bonjour,

je suis maman de [[Kacper]], il a 14 ans, on habite a Mons depuis 6 ans. Excusez mon français.
Depuis Noël [[Kacperek]] reste dans sa chambre tout le temps. Il mange dans la chambre, il parle seulement avec ordinateur, il dit "mamo, daj mi spokój". Avant il faisait basket, maintenant plus.
Le professeur a téléphoné, il dit que [[Kacper]] était pas à l'école 6 jours et moi je ne savais pas. Je travaille à l'usine le matin tôt, il part seul.
Mon mari dit laisser, c'est l'âge. Moi j'ai peur. Je ne sais pas quoi dire à lui en français ou en polonais, les deux langues il répond pas.
Vous pouvez aider ?
Merci beaucoup
[[Agnieszka]]""",
       subject="mon fils"),

    _c("top5-peurs", "thunderbird", "fr",
       ["wallonia", "age-18", "mixed-language", "chechen", "russian", "new-shape",
        "contact-offered", "identity-in-text"],
       ("Zelimkhan", "zelim.verviers@outlook.example"),
       """Bonjour.

TOP 5 DES TRUCS QUI ME FONT PEUR (par ordre)

5. Les araignées. Je rigole. Un peu.
4. Rater mon CESS en juin et que mon père dise "я же говорил" (je te l'avais dit).
3. Que mes cousins de Grozny apprennent que j'ai une copine belge.
2. Que mon père l'apprenne.
1. Que ma copine apprenne que j'ai pas le droit de l'aimer.

Bonus : que mon grand frère, qui "surveille" la famille depuis que papa est malade, lise ce mail.

J'ai 18 ans, on vit à Verviers, on est tchétchènes. Chez nous c'est très strict. J'aime ma famille. J'aime aussi cette fille. Les deux en même temps c'est possible ou pas ?

Si vous préférez m'appeler : [[+32 471 68 20 93]], mais envoyez un message avant, pas d'appel direct.
[[Z.]]""",
       subject="top 5"),

    _c("amis-proches", "samsung", "fr",
       ["france", "age-13", "mixed-language", "shikomori", "new-shape", "pasted-list",
        "not-own-account", "sibling-account", "account-holder-named", "identity-in-text"],
       ("Nasra Msa", "nasra.msa13@gmail.example"),
       """slt c'est pas [[Nasra]] c'est sa petite sœur, j'ai 13 ans
mon tel est confisqué donc je prends le sien

j'avais une liste "Amis proches" sur insta pour mettre mes stories que pour eux. voila la liste :
[[@lay.la.mrs]] (moi)
@zz_coco13
@inaya.btr
@dj.mouss_2011
@maellys.prv

dans une story pour les amis proches j'avais dit que j'aimais bien une fille de 4e. et quelqu'un de la liste a fait une capture et maintenant tout le collège à la Belle de Mai l'a vu. ils disent "dzaha" dans le couloir quand je passe, ça veut dire la honte en comorien, c'est mes cousins qui ont commencé
je sais pas qui a fait la capture
je veux changer de collège mais ma mère va demander pourquoi
[[Layla]]""",
       subject="stp aidez moi"),
]

CASES += [
    _c("plan-de-table", "v10smx_gmx", "fr",
       ["france", "age-16", "mixed-language", "turkish", "new-shape", "pasted-plan",
        "html-only", "identity-in-text"],
       ("Elif Y.", "elif.yldz67@gmx.example"),
       """Bonjour,

Ma cousine se marie le 12 avril à Strasbourg. Ma tante a envoyé le plan de table dans le groupe de la famille et j'ai vu ça :

Table 7 – famille [[Yıldız]] ([[Haguenau]])
[[Mehmet]] & [[Songül]]
[[Elif]] 🌸 – à côté de Burak (fils de Nurcan abla, Ankara)
[[Emre]], [[Berkay]]

Burak a 24 ans. Moi j'en ai 16. Ma mère dit "sadece tanışacaksınız, kızım", vous allez juste faire connaissance. Mais ma cousine aussi elle devait "juste faire connaissance" il y a deux ans et maintenant elle se marie.

Je veux faire médecine. Je veux pas me marier. Je veux même pas être à cette table.
Comment je fais pour ne pas y aller sans que ça fasse un drame avec toute la famille ?

[[Elif]]""",
       html="only", subject="mariage de ma cousine"),
]

CASES += [
    _c("lettre-demission", "proton", "fr",
       ["france", "age-15", "mixed-language", "portuguese", "new-shape", "contact-offered",
        "identity-in-text"],
       ("", "bia.tls@proton.example"),
       """Objet : démission de mon poste de grande sœur

Madame, Monsieur,

Par la présente, je vous informe de ma démission du poste de grande sœur, que j'occupe depuis 9 ans sans salaire ni congés.

Mes missions étaient : aller chercher les petits à l'école, faire le souper, traduire les papiers de la CAF pour ma mère, faire la police quand ils se battent, et sourire quand la família vient le dimanche.

Ma mère dit "és a mais velha, tens de ajudar". Je sais. Mais moi aussi j'ai 15 ans, moi aussi j'ai un brevet à passer, et hier j'ai pleuré dans le bus en rentrant de Toulouse centre sans savoir pourquoi.

Je ne demande pas de préavis. Juste une semaine où personne ne m'appelle "[[Bia]], vem cá".

Veuillez agréer, Madame, Monsieur, l'expression de ma fatigue distinguée.

Si vous voulez me parler en vrai, j'ai Signal : [[bia_tls.15]]""",
       subject="démission"),

    _c("ent-cm2", "v10smx_ent", "fr",
       ["france", "age-10", "mixed-language", "vietnamese", "html-only", "school-account",
        "identity-in-text"],
       ("NGUYEN Linh", "linh.nguyen4@ent-ecole.example"),
       """Bonjour,

je m'apelle [[Linh]] j'ai 10 ans je suis en CM2.
La maîtresse a dit qu'on peut écrire à vous si on est triste.
Mes parents se disputent tous les soirs en vietnamien ils croivent que je comprend pas mais je comprend tout. Ba dit qu'il va partir. Mẹ pleure dans la cuisine.
Si Ba part est-ce que c'est à cause de moi ? Parce que j'ai eu une mauvaise note en dictée et ils se sont disputés après.
Merci
[[Linh]] 🐼""",
       html="only", subject="ma famille"),

    _c("tia-pour-luz", "outlook_mobile", "fr",
       ["brussels", "age-15", "mixed-language", "spanish", "adult-writes", "aunt-writes",
        "writes-for-kid", "work-account", "identity-in-text"],
       ("Rocío Gallardo Peña", "rocio.gallardo@ixelles-cpas.example"),
       """Bonjour,

Je vous écris pour ma nièce, [[Luz María]], qui a 15 ans et qui vit chez moi depuis septembre (ses parents sont restés à Madrid). Elle m'a demandé de le faire parce qu'elle a honte d'écrire elle-même avec ses fautes en français.

[[Luzma]] me dit qu'à l'école à Ixelles deux filles l'appellent "la sudaca" et lui prennent son téléphone pour lire ses messages. Elle rentre et s'enferme. Hier elle m'a dit en pleurant "tía, no quiero volver nunca más".

Je travaille beaucoup, je ne suis pas sa mère, je ne sais pas jusqu'où je peux aller avec l'école. Est-ce que je peux aller voir la direction sans l'accord de ses parents ?

Elle est d'accord pour que vous répondiez à cette adresse. Elle lira avec moi.

Merci,""",
       sig="""[[Rocío Gallardo Peña]]
Assistante administrative – [[CPAS d'Ixelles]]
[[Chaussée de Boondael 92]] – [[1050 Ixelles]]
[[02 641 55 18]]
Ce message et ses annexes sont confidentiels et destinés exclusivement au destinataire.""",
       subject="pour ma nièce"),

    _c("douaa", "gmail_web", "fr",
       ["brussels", "age-17", "mixed-language", "arabic", "syrian", "new-shape",
        "no-identity-in-body"],
       ("Lama Haddad", "lama.haddad.bx@gmail.example"),
       """يا رب
Ya Rabb, fais que ma mère arrête de pleurer quand elle parle de Homs.
Fais que mon père retrouve du travail, un vrai, pas les chantiers au noir.
Fais que je réussisse ma rhéto même si je comprends encore pas tout en néerlandais.
Fais que j'arrête de penser à me faire du mal quand tout le monde dort.
Amin.

Voilà c'est ce que je dis chaque soir. Mais ce soir j'ai eu envie de l'écrire à quelqu'un de vrai aussi, pas seulement à Dieu. Pardon si c'est bizarre. J'ai 17 ans, on est à Bruxelles depuis 2019.
La dernière phrase de ma prière c'est la plus vraie.""",
       subject="يا رب"),

    _c("maman-ukr", "samsung", "fr",
       ["wallonia", "age-12", "mixed-language", "ukrainian", "adult-writes", "parent-writes",
        "writes-for-kid", "identity-in-text", "contact-offered"],
       ("Оксана Мельник", "oksana.melnyk.lg@ukr.example"),
       """Bonjour,
Je suis la mère de [[Sofiia]] (12 ans). Nous sommes de Kharkiv, en Belgique depuis 2022, à Liège.
[[Софійка]] ne parle plus. Pas seulement à moi, à personne. A l'école la professeure dit qu'elle reste seule dans la cour. Le soir elle regarde les vidéos de notre ancienne maison, détruite. Вона не плаче, вона мовчить. Elle ne pleure pas, elle se tait.
Son père est resté en Ukraine, armée. Quand il appelle elle sort de la pièce.
Je ne sais pas si c'est normal. Je ne peux pas payer psychologue.
Mon numéro WhatsApp [[+380 67 412 58 09]], j'écris mieux que je parle en français.
[[Oksana]]""",
       subject="Ma fille"),

    _c("innu-sept-iles", "gmail_android", "fr",
       ["quebec", "age-16", "mixed-language", "innu-aimun", "contact-offered",
        "identity-in-text"],
       ("Kevin St-Onge", "kevstonge.uashat@gmail.example"),
       """kwe

je suis de Uashat, à côté de Sept-Îles. 16 ans.
mon chum s'est enlevé la vie en février. depuis j'arrive plus à aller à l'école à Sept-Îles parce que son casier est encore là avec ses stickers dessus
ma kukum dit qu'il faut parler, que garder ça en dedans c'est ça qui tue. mais parler à qui. ici tout le monde se connaît, si je vais voir l'intervenant tout le monde va le savoir au dépanneur le lendemain
c'est pour ça que j'écris à quelqu'un loin. même en Belgique lol
nitshisseniten, je sais que c'est bizarre
tu peux m'écrire sur messenger aussi : [[Kev St-Onge]] (la photo avec le skidoo)
tshinashkumitin""",
       subject="kwe"),

    _c("test-adn", "outlook_web", "fr",
       ["quebec", "age-17", "mixed-language", "arabic", "lebanese", "new-shape", "pasted-dna",
        "identity-in-text", "school-account"],
       ("Maya Haddad-Khoury", "maya.haddadkhoury@eleve.cssp.example"),
       """Bonjour,

Pour mes 17 ans ma tante m'a offert un test d'ADN "pour découvrir nos origines libanaises". J'ai reçu les résultats hier. Je copie ce qu'il y a dans l'appli :

Vos correspondances ADN – profil de [[Maya H.]] ([[Gatineau]], Québec)
• [[Liliane Khoury]] – Mère – 50 % d'ADN partagé
• [[Rami Saliba]] – Père ou fils – 49 % d'ADN partagé
• [[Nadine Khoury]] – Tante – 25 %

Mon père s'appelle pas [[Saliba]]. Mon père c'est [[Georges Haddad]]. [[Rami Saliba]] c'est l'ancien collègue de ma mère, je l'ai vu deux fois à des baptêmes.

Yalla, je sais pas quoi faire avec ça. Personne sait que j'ai vu. Si je demande à ma mère la famille explose. Si je demande rien moi j'explose.

Je vous écris de mon adresse de l'école parce que c'est la seule que ma mère connaît pas le mot de passe.
[[Maya]]""",
       subject="résultat ADN"),
]

CASES += [
    _c("transfert-nyogokuru", "apple_mail", "fr",
       ["diaspora", "brussels", "age-18", "mixed-language", "kinyarwanda", "new-shape",
        "pasted-receipt", "identity-in-text"],
       ("Umutoni", "umutoni.ig@icloud.example"),
       """Bonjour,

Je travaille le week-end dans un supermarché à Etterbeek depuis mes 18 ans. Chaque mois ma mère me demande d'envoyer une partie de mon salaire à ma grand-mère à Kigali. Voici le reçu de ce mois :

Transfert effectué ✔
Montant envoyé : 150,00 EUR
Montant reçu : 236 950 RWF
Expéditrice : [[Umutoni Ingabire]]
Bénéficiaire : [[Mukamana Vestine]] – MTN Mobile Money [[+250 788 41 63 20]]
Référence : [[TRX-8841-2207]]

Je l'aime, nyogokuru. C'est pas la question. Mais avec 150 € de moins il me reste presque rien pour mes cours de soins infirmiers, le bus, manger le midi. Quand j'ai dit ça à ma mère elle m'a dit "umwana w'umunyarwanda ntabara", un enfant rwandais ne compte pas ce qu'il donne.

Je me sens comme une mauvaise petite-fille, et en même temps j'en peux plus. C'est normal d'être en colère contre sa propre mère ?

[[Umutoni]]""",
       subject="argent et culpabilité"),

    _c("tel-papa", "iphone", "fr",
       ["france", "diaspora", "age-12", "malian", "not-own-account",
        "parent-account", "no-identity-in-body"],
       ("Boubacar Diarra", "b.diarra75@orange.example"),
       """bonjour
c pa mon papa qui ecrit c sa fille
j ai 12 an
je suis en 6e a paris 19e
y a des grands de 3e ki me suive a la sortie et ki dise des truc sur mon corp
je veux pa le dire a mon papa il va aller les frapé et apres c lui qui va avoir des problem
ma maman est au mali pour un mois
je fai comment
svp ne repondé pa sur ce mail aprè 19h il regarde son tel""",
       subject="aide"),

    _c("sms-interim", "outlook_desktop", "fr",
       ["france", "age-19", "mixed-language", "tamil", "new-shape", "pasted-sms",
        "work-account", "identity-in-text"],
       ("Karthik Selvarajah", "apprenti.atelier@garage-leroux.example"),
       """Bonjour,

J'écris depuis le PC de l'atelier pendant la pause, avec mon adresse du boulot.
Je suis en apprentissage mécanique à Rezé à côté de Nantes et en parallèle je m'étais inscrit en intérim pour les week-ends. J'ai reçu ça ce matin :

"[[Karthik]], votre mission du 15/03 chez Logistique Ouest est annulée suite au signalement de votre chef d'équipe. Merci de ne plus vous présenter sur site. Réf. intérimaire : [[448812]]. Votre agence Atlantique Intérim"

Le chef d'équipe m'appelait "le Sri Lankais" devant tout le monde et me donnait que les palettes les plus lourdes. Quand j'ai dit que je m'appelle [[Karthik]] pas "le Sri Lankais", il a fait un signalement pour "attitude". Amma dit qu'il faut baisser la tête, "paravaillai", c'est pas grave. Mais c'est grave.

J'ai 19 ans. Est-ce que je peux contester ? Je sais même pas à qui demander.

Merci""",
       sig="""[[Karthik S.]]
Apprenti mécanicien – [[Garage Leroux]]
[[12 rue de la Galarne, 44400 Rezé]]""",
       subject="signalement injuste"),

    _c("bulletin-meteo", "v10smx_proximus", "fr",
       ["brussels", "age-13", "mixed-language", "greek", "new-shape", "not-own-account",
        "parent-account", "no-identity-in-body"],
       ("Famille Papadakis", "papadakis.fam@proximus.example"),
       """BULLETIN MÉTÉO DE LA MAISON – semaine du 3 mars

Lundi : orage dans la cuisine vers 19h. Papa et Mama. Vents violents en grec, rafales de "ντροπή".
Mardi : brouillard. Personne ne se parle au souper.
Mercredi : éclaircie, yiayia est venue avec des koulourakia. Températures agréables jusqu'à son départ.
Jeudi : grêle. Une porte a claqué si fort que le cadre de mariage est tombé.
Vendredi : alerte rouge. Papa a dormi dans la voiture.
Prévisions pour le week-end : on ne sait pas.

Moi je suis le petit nuage dans la chambre du fond. J'ai 13 ans. Je mets mes écouteurs mais j'entends quand même.
Quelqu'un peut me dire si ça va s'arrêter un jour ?
(j'écris sur le mail de mes parents, ils ne regardent jamais cette boîte)""",
       subject="météo"),
]

# ---------------------------------------------------------------------------------- English
CASES += [
    _c("reddit-post", "gmail_ios", "en",
       ["uk", "london", "age-15", "mixed-language", "somali", "new-shape", "pasted-post",
        "identity-in-text"],
       ("Hodan", "hodan.w2011@gmail.example"),
       """hi
i posted this on reddit last night and someone in the comments said to email you lot so here it is, copied

Posted by [[u/quietgirl_hodan]] in r/TeenagersUK · 9h
"my mum found my diary and now she wants to send me 'back home' for the summer"
so basically my hooyo read my diary (in english, she reads english better than i thought lol) and saw i wrote about a boy from school. nothing happened we literally just talk on the bus. now she keeps saying i need to "remember who i am" and my aunties in hargeisa are expecting me in july. i'm 15 and i was born in london. i've been there once when i was 6. i don't want to go. is this even allowed??
↑ 214 · 63 comments

one of the comments said it might be something called a forced marriage thing but i don't think it is?? she never said marriage. she said "dhaqan celis" which means like going back to the culture
i'm scared to ask her more because she's already so angry
please reply, i check this email at school in the library not at home""",
       subject="saw you in a reddit comment"),

    _c("mum-for-zain", "outlook_web", "en",
       ["uk", "bradford", "age-16", "mixed-language", "urdu", "punjabi", "adult-writes",
        "parent-writes", "writes-for-kid", "identity-in-text"],
       ("Nasreen Akhtar", "nasreen_akhtar77@hotmail.example"),
       """Assalamu alaikum,

I am writing for my son [[Zain]], he is 16 years old. My English is ok but not perfect please forgive.

Since two month [[Zain]] is coming home very late, sometimes 1 or 2 in the night, and he has new trainers and a new phone we did not buy. When I ask he says "chill ammi, it's from my mate". His father works nights in the taxi so only me at home. I found in his jacket a small bag with money, a lot of money for a boy.

Main bohat pareshan hoon. I don't want to call police on my own child. I am scared of the boys he is with, they are older, they wait in a car outside the house.

Please tell me what I can do. Can you talk to [[Zain]] if I give him this email? He will not listen to me.

Jazakallah khair
[[Nasreen]]""",
       subject="my son please help"),

    _c("choose-your-path", "iphone", "en",
       ["uk", "leicester", "age-14", "mixed-language", "gujarati", "new-shape",
        "no-identity-in-body"],
       ("Dev Mistry", "dev.mistry.lei@icloud.example"),
       """YOU ARE A 14 YEAR OLD BOY IN LEICESTER.
It is Friday night. Your parents have invited the whole family over for Diwali planning. Your cousin (17) has just told everyone you "have a girlfriend" as a joke.
You do not have a girlfriend.
You have a boyfriend. He is called nothing, you will never say his name here.

What do you do?
[A] Laugh and say "haan haan, she's very pretty" and die inside
[B] Go to your room and say you have homework
[C] Tell the truth in front of Ba, Bapuji and 23 relatives
[D] Email a helpline from the toilet

You chose [D].

So yeah. Hi. I'm in the toilet. Ba keeps knocking. I always pick A or B and I'm so tired of it. C is not possible, my Bapuji had a heart thing last year and everyone would say I gave him another one.
Is there an option E? Because I can't find it.""",
       subject="option E?"),

    _c("onet-manchester", "v10smx_onet", "en",
       ["uk", "manchester", "age-17", "mixed-language", "polish", "contact-offered",
        "identity-in-text"],
       ("Wiktoria K", "wiktoria.kow17@onet.example"),
       """Hello,

My name is [[Wiktoria]], I'm 17, I live in Manchester with my dad and his new partner. My mum is in Poland (Wrocław), she went back two years ago.

My dad's partner is ok but she keeps calling me "leniwa" (lazy) in Polish when dad is not there, and says I'm "just like my mother". Last week she threw my stuff from the bathroom into a bin bag. Dad says we should "dogadać się", get along, and that he can't choose.

I want to go live with my mum but I have A-levels in May and June, and my whole life is here now. I feel like a suitcase nobody wants to carry.

You can text me if that's easier, [[07700 900418]]. Please don't call, they'd hear.

Dzięki,
[[Wiki]]""",
       subject="family"),

    _c("brothers-account", "samsung", "en",
       ["uk", "birmingham", "age-13", "mixed-language", "bengali", "sylheti",
        "not-own-account", "sibling-account", "identity-in-text"],
       ("xX SHAKIL GAMING Xx", "shakil.g.brum@gmail.example"),
       """this is my brother's email ok i'm his sister [[Rumana]] i'm 13
he's at work and his laptop is always logged in

at school there is a group chat called "year 8 rankings" and they ranked all the girls from 1 to 30. i was 30. under my name they wrote "looks like a bideshi aunty"
i've been wearing my hood all day every day since monday even in class and the teacher keeps telling me to take it off
amma thinks i'm ill. i said i'm fine. ami bhalo achi. i'm not fine
should i tell a teacher? what if they find out it was me who told""",
       subject="(no subject)"),

    _c("family-tree", "v10smx_spark", "en",
       ["uk", "cardiff", "age-18", "mixed-language", "arabic", "yemeni", "new-shape",
        "pasted-tree", "identity-in-text"],
       ("Huda Al-Saqqaf", "huda.alsaqqaf@icloud.example"),
       """Hi,

My uncle made a family tree for a proposal meeting next month. He sent it to everyone on the family WhatsApp so the other family can "see we are a good family". This is the part about me, I typed it out:

          [[Abdullah Al-Saqqaf]] (grandfather, [[Ibb]])
                    |
     [[Ahmed bin Abdullah]] ——— [[Khadija]]
            |                         |
   [[Huda bint Ahmed]] (18, [[Cardiff Uni]], pharmacy)    [[Salem]] (15)

The "proposal" is for me. His name is Faisal, he's my dad's cousin's son, he lives in Sana'a. I've spoken to him once on video. Everybody keeps saying "mabrook" to me like it's already done.

I'm 18. I know legally no one can force me. But "no one can force you" doesn't feel true when your grandmother cries on the phone.

I just want to finish pharmacy. Where do I even start?

[[Huda]]""",
       identity=["Al-Saqqaf"],
       subject="family tree"),
]

CASES += [
    _c("youth-worker-glasgow", "outlook_desktop", "en",
       ["uk", "glasgow", "age-17", "mixed-language", "dari", "adult-writes",
        "youth-worker-writes", "writes-for-kid", "work-account", "identity-in-text"],
       ("Morag Sinclair", "m.sinclair@govanyouth.example"),
       """Hello Lumi team,

I'm a youth worker in Govan and I'm writing on behalf of a young man I support, [[Farhad]] (17), with his permission; he's sitting beside me and we wrote this together. He asked me to keep his words as he said them, so the bits in quotes are his.

[[Farhad]] came to Scotland from Afghanistan in 2022 and lives in supported accommodation. Over the last month he has started to say "I am tired of being strong" and "maybe it is better if I am not here". He has no family in the UK. His mother is in Herat and he can only speak to her on WhatsApp when the signal allows.

"Man khasta shodam. I smile for everybody. Nobody sees inside."

He'd like to have someone to write to who is not connected to the Home Office or to his placement. He has read about you on a leaflet in the library. Would that be possible in English? His written English is good, better than he thinks.

Kind regards,""",
       sig="""[[Morag Sinclair]]
Senior Youth Worker | [[Govan Youth Hub]]
[[0141 496 0733]] | [[07700 900562]]
Working days: Mon–Thu""",
       subject="Referral - young person, 17"),

    _c("dublin-whatsapp", "gmail_android", "en",
       ["ireland", "dublin", "age-16", "mixed-language", "portuguese", "brazilian",
        "contact-offered", "identity-in-text"],
       ("Thiago Nunes", "thiagonunes.dub@gmail.example"),
       """hey

so im 16, from brazil originally (goiânia) but in dublin since i was 11. my english is fine dont worry

thing is i think i like boys. like i KNOW i like boys. and my dad is a pastor in a brazilian church here in dublin. every sunday he says stuff from the pulpit about "ideologia de gênero" and everyone says amém. i play drums in the church band so i have to be there

i cant stop going and i cant tell anyone in the church. my friends at school know and they are cool but they dont get the church part at all

i dont even know what im asking. how do you sit in a room every week where people say youre wrong

whatsapp me if you can its easier for me [[+353 85 214 7731]]
valeu""",
       subject="hi"),

    _c("foster-mum", "ipad", "en",
       ["uk", "london", "age-12", "mixed-language", "tigrinya", "adult-writes",
        "guardian-writes", "writes-for-kid", "identity-in-text"],
       ("Jenny Okafor", "jenny.okafor@btinternet.example"),
       """Hi there,

I'm a foster carer in Lewisham. I've had a girl, [[Selam]] (12), with me since November. She came from Eritrea via Libya and Italy with an older cousin, who is now in another placement.

[[Selam]] is sweet and clever and her English is coming on fast, but at night she wakes up screaming and won't let me in the room. She says "ayfelten, ayfelten" which I've since learned means something like "I don't want" in Tigrinya. In the morning she doesn't remember or says she doesn't.

Her social worker has put her on a waiting list for CAMHS, it's months. I'm looking for something in between. Does Lumi talk to children her age, and could she write to you in Tigrinya or would it need to be English?

Thank you,
[[Jenny]]""",
       subject="Foster child, 12"),

    _c("intl-school", "gmail_web", "en",
       ["brussels", "international", "age-15", "mixed-language", "korean", "html-only",
        "school-account", "identity-in-text"],
       ("Ji-woo Park", "jwpark29@student.bsi.example"),
       """Hi,

I'm [[Ji-woo]], 15, I go to an international school in Brussels. My dad is a diplomat so we move every 3 years. Brussels is the 4th city.

Everyone here thinks I'm fine because I have good grades. But I haven't had a real friend since Seoul. Every time I get close to someone, it's time to go again. So now I don't try. I eat lunch in the music room and practise piano.

My mum says "참아, 조금만 더" (just endure, a bit more). That's what she says about everything.

We move again in the summer. I'm not even sad about it and that's what scares me.

[[Jiwoo]]""",
       html="only", subject="question about loneliness"),

    _c("maps-timeline", "apple_mail", "en",
       ["netherlands", "amsterdam", "age-17", "mixed-language", "hindi", "new-shape",
        "pasted-timeline", "identity-in-text"],
       ("Rohan Mehta", "rohan.mehta.ams@icloud.example"),
       """Hi,

My dad turned on location sharing "for safety" when I turned 16. Yesterday he sent me a screenshot of my Google Maps timeline in the family group with "explain this beta". This is what it said:

Timeline – Saturday 1 March
Home ([[Van Baerlestraat 118]]) · 09:12
OBA Oosterdok · 10:05 – 13:40
COC Amsterdam (youth café) · 14:10 – 18:25
Home · 19:02

He knows what COC is. He googled it. Now my mum is crying in Hindi on the phone with my nani in Pune and my dad won't speak to me. "Hamare ghar mein yeh nahi hota", not in our house.

I'm 17. I didn't choose to come out this way. Can they make me stop going to the youth café?

[[Rohan]]""",
       subject="location sharing"),
]

CASES += [
    _c("grandma-yahoo", "yahoo", "en",
       ["uk", "london", "age-14", "mixed-language", "yoruba", "not-own-account",
        "grandparent-account", "identity-in-header", "no-identity-in-body"],
       ("Mrs Adebayo", "mama.adebayo@yahoo.example"),
       """hello
im using my grandma's yahoo on her phone because she doesn't know how to check it anyway lol
im 14 and in year 9
my mum and dad are getting divorced and they both want me to pick who i live with. like actually pick, out loud, in front of a social worker next week
if i pick mummy, daddy will say i'm ungrateful. if i pick daddy, mummy will cry and say "omo mi, after everything"
grandma says "God will decide" which is not helpful no offence to God
can i say i don't want to pick?
please reply to the other email in reply-to, not this one""",
       headers=[("Reply-To", "tobi.adebayo09@outlook.example")],
       identity=["tobi.adebayo09@outlook.example"],
       subject="choosing"),

    _c("fight-poster", "huawei", "en",
       ["uk", "leeds", "age-16", "mixed-language", "kurdish", "sorani", "new-shape",
        "pasted-poster", "identity-in-text"],
       ("Aram", "aram.kb.ldn@gmail.example"),
       """hi

this is the poster for my first amateur fight, the gym put it on insta and on the door of the shop next to it:

🥊 FIGHT NIGHT – [[HAREHILLS ABC]] 🥊
Sat 22 March · doors 6pm
UNDERCARD – 60kg
[[ARAM "KID ZAGROS" BARZANI]] (16) vs JORDAN HEWITT (17)
tickets £10 from the gym

my dad thinks i'm at maths tutoring on tuesdays and thursdays. he paid for tutoring. i used the money for the gym membership
now the poster is everywhere and my uncle's barbershop is on the same road. someone is going to show him
bavkim says fighting is for people with no brains, he wants me to be a doctor like my cousin in Sulaymaniyah
but boxing is the only place where my head is quiet
should i tell him before he sees it? how""",
       identity=["KID ZAGROS", "BARZANI"],
       subject="boxing"),

    _c("belfast-irish", "gmail_web", "en",
       ["uk", "belfast", "age-18", "mixed-language", "irish", "contact-offered",
        "identity-in-text", "university-account"],
       ("Caoimhe Ní Bhriain", "cnibhriain01@qub.example"),
       """Dia dhuit,

I'm [[Caoimhe]], 18, first year at uni in Belfast. I grew up in a Gaeltacht bit of Donegal and went to an Irish-medium school, so Irish is the language I feel in, if that makes sense.

Since I moved I've had panic attacks in lectures, like proper ones where I think I'm dying. I've been to the GP once. I can't explain what it feels like in English, it comes out wrong. In Irish I'd say "tá mo chroí ag preabadh", my heart is leaping, but that sounds like a love song in English, not like dying.

I don't want to go home and admit defeat. Mam would say "tar abhaile, a stór" in a heartbeat.

If text is easier: [[07700 900287]]. Or my other email, [[caoimhe.nb@gmail.example]].

Go raibh maith agat,
[[Caoimhe]]""",
       subject="panic"),

    _c("mums-work-phone", "outlook_mobile", "en",
       ["uk", "london", "age-11", "mixed-language", "spanish", "not-own-account",
        "employer-of-parent-account", "identity-in-text"],
       ("Marisol Castaño", "m.castano@sparkleclean.example"),
       """hi my name is [[Mateo]] i am 11
this is my mums work phone she cleans offices at night and i have it because mine broke
at school in year 6 a boy said my mum is illegal and will get deported and everyone laughed. is that true can they take her
she has papers i think. but i dont know where they are
mi mamá no sabe que escribo
please dont tell her company""",
       sig="""[[Marisol Castaño]]
Cleaning Operative – [[SparkleClean Facilities Ltd]]
[[07700 900731]]
This email and any attachments are confidential and intended solely for the addressee.""",
       subject="question"),

    _c("iftar-rota", "v10smx_aquamail", "en",
       ["uk", "leicester", "age-15", "mixed-language", "urdu", "new-shape", "pasted-rota",
        "identity-in-text"],
       ("Bilal", "bilal.h.lei@gmail.example"),
       """Salaam,

I'm 15. Every Ramadan I help at the mosque with iftar for the youth section. This is the rota they sent in the group:

IFTAR VOLUNTEER ROTA – WEEK 2
Mon: Yusuf M. / Adam R.
Tue: [[Bilal Hussain]] ([[07700 900954]]) / Idris K.
Wed: Hamza T. / Zak A.
Contact: Br. Imran (youth coordinator)

The thing is, Br. Imran keeps texting me on that number. At first it was about the rota. Now it's late at night, "you're my favourite", "don't tell your abbu we talk, he wouldn't understand". Last week he gave me a lift home and put his hand on my leg the whole time.

He's respected, he's like a mini-imam. Nobody would believe me over him. Mujhe bohat dar lag raha hai.

I'm on the rota again for Tuesday.""",
       subject="need advice, private"),
]

CASES += [
    _c("bug-report", "webmail", "en",
       ["brussels", "international", "age-13", "mixed-language", "hungarian", "new-shape",
        "no-identity-in-body", "family-domain"],
       ("Bence", "bence@horvath-family.example"),
       """BUG REPORT #1

Component: me
Severity: high (I think)
Reproducible: every school day

Steps to reproduce:
1. Walk into class 2B at the European school in the morning
2. Say "szia" to the group of boys I used to sit with
3. Observe

Expected result:
They say hi back.

Actual result:
They turn around and start talking in French really fast so I can't follow, and one of them says "le Hongrois" and they laugh.

Workarounds tried:
- Pretending I'm busy with my phone (works, but only 5 minutes)
- Sitting with the girls (they are nice but the boys laugh more)
- Telling my mum (she said "majd elmúlik", it will pass. It did not pass. It's been 4 months.)

Environment:
13 years old, in Brussels since last August, French level: medium, Hungarian: native, English: ok

Please advise. Priority: I don't want to go tomorrow.""",
       subject="bug report"),

    _c("consulate-sms", "blackberry", "en",
       ["uk", "manchester", "age-19", "mixed-language", "arabic", "libyan", "new-shape",
        "pasted-sms", "work-account", "identity-in-text"],
       ("Omar Elmabrouk", "o.elmabrouk@northbridge-capital.example"),
       """Hi,

Sorry for writing from my work phone, I'm on a placement year and it's the only mail I check. I'm 19, studying in Manchester.

I got this text two days ago:

"Embassy of Libya – Consular Section. Dear Mr [[OMAR ALI ELMABROUK]], your passport no. [[LY4471903]] expires 30/06. Renewal requires attendance in person with your guardian's consent and a letter from the family. Ref: [[CS/2025/11874]]."

I'm 19. I don't have a "guardian". The thing is my father is the one who took my old passport when I told him I'm not going back for the summer, and the family letter is his letter. If I can't renew it I can't travel, but if I go to the embassy they'll call him. Ana khayef.

I'm not in danger right now, I just feel stuck between two countries and one man. Who do I even ask about this?

Thanks,
[[Omar]]""",
       sig="""[[Omar Elmabrouk]]
Placement Analyst | [[Northbridge Capital]]""",
       subject="passport question"),

    _c("tagalog-reply", "gmail_android", "en",
       ["uk", "london", "age-17", "mixed-language", "tagalog", "reply-quoted",
        "contact-offered", "identity-in-text"],
       ("Angelica Dizon", "angel.dizon08@gmail.example"),
       """thank u for answering so fast, honestly didn't expect it

to answer ur question: no, my tita doesn't know that i know. she thinks i was asleep when she said it to my mum on the phone ("ang anak mo, sobrang arte na, ipadala mo na lang sa Pinas")

and yes i'd like to keep talking. it's easier with someone who doesn't know the family lol. everyone in our church knows everyone

also if the mail is slow u can also reach me at my uni mail [[adizon@student.kcl.example]], i check that one more

salamat po
[[angel]]""",
       quote="""Hi,

Thank you for writing to us. It sounds really painful to hear someone in your family talk about sending you away, especially when you were not supposed to hear it.

Does your aunt know that you heard? And would you like to keep writing with us about this?

Lumi""",
       subject="Re: overheard my tita"),

    _c("sisters-laptop", "windows_mail", "en",
       ["uk", "cardiff", "age-10", "mixed-language", "cantonese", "not-own-account",
        "sibling-account", "no-identity-in-body"],
       ("Wing Yan Lau", "wingyan.lau@outlook.example"),
       """Dear Lumi,

I am 10 years old. I am using my big sisters laptop. She is at uni.
My grandma lives with us and she is very ill now. She dont know who I am sometimes. She calls me by my mums name.
Yesterday she shouted at me in Cantonese and said I was a thief. I only took the remote.
Mum says 婆婆 is not angry at me, it is the illness. But it still makes my tummy hurt.
Is it my fault she is ill?
From a girl in Cardiff""",
       subject="My grandma"),

    _c("cover-letter", "telenet_webmail", "en",
       ["flanders", "leuven", "age-16", "mixed-language", "swahili", "new-shape",
        "identity-in-text"],
       ("Wanjiru Kamau", "wanjiru.kamau@telenet.example"),
       """Dear Hiring Manager (Lumi),

I am writing to apply for the position of "person who gets listened to". I am 16 years old and I have extensive experience in:

- being the only Black girl in my class in Heverlee for 3 years
- laughing when people touch my hair without asking
- translating for my mum at the gemeente, at the doctor, at the bank
- saying "it's fine" in three languages (English, Dutch, Swahili: "ni sawa")

Reasons I am applying: last week a teacher asked me to "tell the class about Africa" as if it's one country, and everyone looked at me, and I went to the toilet and cried for the whole break. I don't know how to tell her that was not ok without getting a bad grade.

I am available immediately. References available on request (my little brother, he thinks I'm cool).

Yours sincerely,
[[Wanjiru]]""",
       subject="Application"),
]

# ---------------------------------------------------------------------------------- Dutch
CASES += [
    _c("gent-snap", "gmail_android", "nl",
       ["flanders", "gent", "age-15", "mixed-language", "turkish", "contact-offered",
        "identity-in-text"],
       ("Emir Kaya", "emirkaya2010@gmail.example"),
       """hallo ik ben [[Emir]] 15 jaar uit gent (ledeberg) en ik weet ni goe waar ik moet beginnen. mijn ouders zijn aant scheiden en mijn vader wilt terug naar Kayseri en hij wilt dat ik meega omdat ik "de oudste zoon" ben, mijn moeder zegt dat ik hier moet blijven voor school en ze roepen allebei tegen mij alsof ik moet kiezen, anne mi baba mı, da is toch ni normaal, ik heb hier mijn vrienden mijn voetbal bij KAA mijn school alles, en in Kayseri ken ik niemand buiten mijn nine, ik slaap al een week slecht en op school zeggen ze dat ik agressief ben maar ik ben gewoon moe
als ge wilt kunde mij op snap sturen [[emir.ky10]]""",
       subject="help"),

    _c("alleen-vragen", "iphone", "nl",
       ["flanders", "borgerhout", "age-14", "mixed-language", "darija", "new-shape",
        "no-identity-in-body"],
       ("Salma", "salma.b.2011@icloud.example"),
       """Is het normaal dat ik al drie weken niet meer wil eten als mijn vader thuis is?
Is het normaal dat mijn moeder zegt "sber, hadi hiya l7ayat" (heb geduld, zo is het leven) als hij roept?
Mag een vader zeggen dat zijn dochter "niks waard" is?
Moet ik het aan de leerkracht zeggen als zij vraagt waarom ik altijd moe ben?
Wat gebeurt er dan?
Komen ze dan naar ons huis?
Nemen ze mij dan mee?
Of mijn kleine broers?
Ben ik dan de schuld als de familie kapot is?
Waarom schrijf ik alleen maar vragen?
Is dat ook normaal?
Ik ben 14.
Kunt ge antwoorden zonder dat iemand het weet?""",
       subject="vragen"),

    _c("hostel-boeking", "outlook_web", "nl",
       ["netherlands", "rotterdam", "age-17", "mixed-language", "kriolu", "cape-verdean",
        "new-shape", "pasted-booking", "identity-in-text"],
       ("Djenifer Tavares", "djeni.tavares@hotmail.example"),
       """Hoi,

Ik heb gisternacht dit geboekt met mijn bijbaan-geld, ik twijfel nog of ik ga:

Boekingsbevestiging [[#HB-7730415]]
[[Stayokay Amsterdam Vondelpark]] – 4-persoonsslaapzaal (vrouwen)
Gast: [[Djenifer Tavares]]
Telefoon: [[+31 6 4187 2290]]
Inchecken: vrijdag 14 maart – Uitchecken: zondag 16 maart
Leeftijd bij inchecken: 17 – toestemming ouder vereist bij minderjarigen

Ik wil gewoon twee dagen weg van thuis. Mijn stiefvader drinkt sinds hij zijn werk kwijt is en dan is hij heel anders. Mijn mãe zegt "el é bom homi, é só stress". Hij is geen goede man als hij drinkt.

Ik weet niet eens wat ik moet doen met die toestemming van een ouder. Ik ben 17, bijna 18. Is het slecht als ik ga zonder iets te zeggen? Of is er iets beters?

[[Djeni]]""",
       subject="weggaan"),

    _c("smartschool-lingala", "smartschool", "nl",
       ["brussels", "age-13", "mixed-language", "lingala", "french", "html-only",
        "school-account", "identity-in-text"],
       ("Benedicte Lukusa", "benedicte.lukusa@leerling.atheneum-bxl.example"),
       """dag

ik ben [[Bénédicte]] ik zit in het eerste middelbaar, ik ben 13
ik schrijf op smartschool omdat mijn gsm kapot is
in de les LO moeten we ons omkleden samen en de meisjes lachen met mijn lichaam en zeggen dingen in het frans die ik wel versta, "elle est trop grosse la congolaise"
thuis zegt mama "bana basi bazali na mabe", meisjes zijn slecht, gewoon negeren
maar ik kan het niet negeren elke dinsdag en donderdag
mag ik zeggen dat ik ziek ben voor LO ?
merci""",
       html="only", subject="vraag"),

    _c("mechelen-suryoyo", "gmail_web", "nl",
       ["flanders", "mechelen", "age-17", "mixed-language", "aramaic", "suryoyo",
        "contact-offered", "identity-in-text"],
       ("Gabriel Yakub", "gabriel.yakub@gmail.example"),
       """Dag,

Ik ben [[Gabriel]], 17, uit Mechelen. Onze familie is Suryoyo, van Midyat oorspronkelijk. Bij ons is de kerk alles, elke zondag, elke feestdag, heel de gemeenschap kent elkaar.

Ik geloof niet meer. Al sinds vorig jaar eigenlijk. Ik ga nog mee en ik zing nog mee in het koor, maar het voelt als toneel. Mijn moeder zegt altijd "Aloho kothab", God schrijft het, en ik denk: nee, wij schrijven het zelf.

Als ik het zeg is het alsof ik mijn familie verraad. Mijn grootvader heeft moeten vluchten voor zijn geloof. Hoe zeg ik tegen hem dat ik het niet meer heb?

Als ge liever via insta praat: [[@gabi.ykb]]

Groeten,
[[Gabi]]""",
       subject="geloof"),

    _c("nonna-genk", "samsung", "nl",
       ["flanders", "genk", "age-12", "mixed-language", "italian", "turkish",
        "not-own-account", "grandparent-account", "no-identity-in-body"],
       ("Rosaria Ciccone", "rosaria.ciccone1951@skynet.example"),
       """hallo ik zit op de gsm van mijn nonna want mijn gsm mag ik niet meer gebruiken van mijn moeder
ik ben 12 jaar en ik woon in Genk Winterslag
mijn papa is italiaans en mijn mama is turks en ze zijn gescheiden
als ik bij papa ben zegt hij slechte dingen over mama en als ik bij mama ben zegt zij slechte dingen over papa
nonna zegt "poverina" en geeft mij koekjes maar dat helpt niet echt
anneannem zegt niks want ze spreekt geen nederlands
ik wil gewoon dat ze stoppen
kunt ge dat tegen hun zeggen?""",
       subject="mama en papa"),
]

CASES += [
    _c("functioneringsgesprek", "outlook_android", "nl",
       ["flanders", "leuven", "age-19", "mixed-language", "mandarin", "new-shape",
        "identity-in-text", "university-account"],
       ("Chen Xinyi", "xinyi.chen@student.kuleuven.example"),
       """Beste,

Ik heb eens geprobeerd om het te schrijven zoals op mijn studentenjob, als een functioneringsgesprek. Misschien klinkt het raar.

FUNCTIONERINGSGESPREK – DOCHTER, 19 JAAR
Beoordeeld door: mama en papa (via WeChat, elke avond 21u)

Sterke punten:
- haalt goede punten (maar "waarom geen 18/20?")
- belt elke dag
- is niet zoals "die Belgische meisjes"

Werkpunten:
- studeert "iets onnuttigs" (sociologie in plaats van geneeskunde)
- is te dik geworden sinds ze in Leuven woont ("你胖了")
- heeft een Belgisch vriendje (dat weten ze nog niet, dat staat er niet in)

Doelstellingen voor volgend jaar:
- overschakelen naar geneeskunde
- niet meer zo "koppig" zijn

Handtekening werknemer: ..........

Ik wil niet tekenen. Maar ik weet niet hoe je nee zegt tegen ouders die alles hebben opgegeven om mij hier te laten studeren. 我不知道怎么办.

[[Xinyi]]""",
       subject="raar misschien"),

    _c("taart-bestelling", "gmail_ios", "nl",
       ["netherlands", "amsterdam", "age-15", "mixed-language", "tarifit", "new-shape",
        "pasted-order", "identity-in-text"],
       ("Ilham", "ilhamelk.010@gmail.example"),
       """Hoii

Vandaag ben ik jarig. Dit is de bevestiging van de taart die mijn moeder heeft besteld, ze stuurde het naar mij "als verrassing":

Bakkerij De Zoete Inval – Bestelbevestiging
Naam: [[Fam. El Khattabi]]
Tel: [[06-31847266]]
Tekst op taart: "Gefeliciteerd [[Ilham]] 15 jaar ❤️ mama papa & de jongens"
Ophalen: zaterdag 8 maart, 14:00

En het klinkt stom maar ik heb de hele dag gehuild. Niemand van mijn vriendinnen komt vanavond, want ik mag niet meer mee naar buiten sinds ik een foto postte zonder hoofddoek. Mijn vader zegt "thamghart n tidet", een echte vrouw doet dat niet. Dus het is taart met mijn ouders en mijn broers en dat is het.

15 jaar en ik voel me 50.

[[Ilham]]""",
       identity=["El Khattabi"], subject="verjaardag"),

    _c("oostende-reply", "windows_mail", "nl",
       ["flanders", "oostende", "age-16", "mixed-language", "polish", "reply-quoted",
        "contact-offered", "identity-in-text"],
       ("Julia Zielińska", "julka.zielinska@outlook.example"),
       """Dankjewel voor jullie antwoord.

Nee, ik heb het nog aan niemand verteld buiten jullie. Mijn mama werkt in de visfabriek en komt pas na 7 uur thuis, en als ik het dan zeg is ze moe en begint ze te huilen in het Pools, "Boże, co ja zrobiłam źle".

Ik denk dat ik het wil proberen met de CLB-mevrouw, zoals jullie voorstelden. Maar kan ik eerst hier nog een paar keer schrijven? Dan weet ik beter wat ik ga zeggen.

Als het makkelijker is mag je mij ook een sms sturen: [[0492 18 37 64]]

[[Julka]]""",
       quote="""Dag,

Wat goed dat je ons terugschrijft. Het klinkt alsof je al heel lang alleen rondloopt met wat er gebeurd is.

Heb je al met iemand gepraat, thuis of op school? Misschien is de CLB-medewerker op je school een idee: die mag niets doorvertellen zonder jouw toestemming.

Lumi""",
       subject="Re: wat er op het feest gebeurde"),

    _c("gastgezin-ipad", "ipad", "nl",
       ["flanders", "brugge", "age-11", "mixed-language", "ukrainian", "not-own-account",
        "host-family-account", "identity-in-text"],
       ("Familie Vandewalle", "gezinvandewalle@telenet.example"),
       """dag
ik ben [[Daryna]] ik ben 11
ik woon bij een belgische familie in Brugge met mijn mama sinds 2 jaar
ik schrijf op hun ipad
de familie is lief maar mama zegt altijd dat we "gasten" zijn en dat ik stil moet zijn
ik mag geen vriendinnen meebrengen
ik mis tato en onze kat Murchyk
мені сумно
kan ik een vraag stellen: hoe lang mag je een gast zijn?""",
       subject="vraag van een meisje"),

    _c("poll", "outlook_desktop", "nl",
       ["netherlands", "den-haag", "age-18", "mixed-language", "sarnami", "new-shape",
        "no-identity-in-body"],
       ("Vikash Ramdin", "vikash.ramdin@hhs-student.example"),
       """📊 POLL: moet ik het mijn ouders vertellen?

○ Ja, nu meteen, voor het huwelijk van mijn zus
○ Ja, maar pas ná het huwelijk van mijn zus
○ Nee, nooit, gewoon trouwen met een meisje zoals mijn nana wil
○ Nee, maar verhuizen naar Rotterdam en een dubbelleven leiden
○ Anders, namelijk: ...

Totaal aantal stemmen: 1 (ik, en ik stem elke dag iets anders)

Ik ben 18, Hindostaans, uit Den Haag (Transvaal). Ik ben homo. In het Sarnami hebben we er niet eens een normaal woord voor, alleen scheldwoorden. Mijn ouders zijn lief maar "log ka kahi", wat zullen de mensen zeggen, is bij ons belangrijker dan alles.

Kunnen jullie stemmen? Of helpen met optie 5?""",
       subject="poll"),
]

CASES += [
    _c("neef-schrijft", "gmail_web", "nl",
       ["flanders", "gent", "age-14", "mixed-language", "bulgarian", "turkish", "adult-writes",
        "cousin-writes", "writes-for-kid", "identity-in-text"],
       ("Mert Aliev", "mert.aliev96@gmail.example"),
       """Hallo,

Ik ben de neef van [[Aylin]], ze is 14. Ik ben 28 en ik woon in Gent-Brugse Poort, in dezelfde straat als haar familie. Ze heeft mij gevraagd om te schrijven omdat ze bang is dat haar ouders haar mails lezen.

Onze families komen uit Bulgarije (Kardzhali), we zijn Bulgaarse Turken. [[Aylin]] werd vorige week van school gehaald door haar vader omdat hij "hoorde" dat ze een lief heeft. Hij zegt dat ze na de paasvakantie naar familie in Bulgarije moet, "за малко", voor een tijdje. Ze heeft geen paspoort bij zich, haar vader heeft alles.

Ik weet niet of ik mij mag moeien. Het is mijn oom. Maar ze belt mij elke avond en huilt. Kan iemand van jullie met haar praten als ik jullie adres aan haar geef? Of moet ik naar de politie?

Groeten,
[[Mert]]""",
       subject="Mijn nichtje"),

    _c("telegram-farsi", "proton", "nl",
       ["brussels", "age-17", "mixed-language", "farsi", "contact-offered",
        "identity-in-text", "queer"],
       ("", "kiana.rz@proton.example"),
       """Hey,

Ik ben 17, ik woon in Brussel (Jette) en ik ga naar een Nederlandstalige school. Thuis spreken we Farsi.

Ik ben bi en ik heb het verteld aan mijn zus. Zij vond het oké, maar ze heeft het per ongeluk gezegd tegen onze khaleh (tante) in Teheran, en nu weet heel de familie het in Iran en belt mijn tante elke dag naar mijn moeder. Mijn moeder zegt "aberoomoon raft", onze eer is weg.

Ik voel mij schuldig tegenover mijn zus en boos tegelijk.

Ik check deze mail niet zo vaak. Telegram is beter: [[@kiana_rz17]]. Of mijn andere mail: [[kiana.rezaei.school@outlook.example]] (maar die kan mijn moeder soms zien, liever niet)

[[Kiana]]""",
       subject="familie weet het"),

    _c("zorgco-kortrijk", "outlook_web", "nl",
       ["flanders", "kortrijk", "age-10", "afghan", "adult-writes",
        "teacher-writes", "writes-for-kid", "school-account", "identity-in-text"],
       ("Ann-Sophie Debruyne", "annsophie.debruyne@sintamand-kortrijk.example"),
       """Goedemiddag,

Ik ben zorgcoördinator in een basisschool in Kortrijk. Ik schrijf voor een leerling van het vierde leerjaar, [[Wahid]] (10), in overleg met zijn moeder. Zijn moeder spreekt Pasjtoe en een beetje Nederlands; haar broer heeft vertaald.

[[Wahid]] tekent de laatste weken bijna alleen nog soldaten en vliegtuigen die bommen gooien. Als een juf hem vraagt wat het is, zegt hij "zo was het bij opa". Zijn grootvader is vorige maand gestorven in Afghanistan. Hij heeft hem nooit in het echt gezien, alleen via videobellen. Zijn moeder zegt: "Hij lacht niet meer, mijn zoon."

We zoeken iets laagdrempeligs waar [[Wahid]] misschien zelf, met hulp, zijn verdriet kan neerschrijven. Kan Lumi dat voor zo'n jong kind?

Met vriendelijke groeten,""",
       sig="""[[Ann-Sophie Debruyne]]
Zorgcoördinator
[[Basisschool Sint-Amand]] – [[Groeningestraat 17]], [[8500 Kortrijk]]
[[056 21 84 30]]""",
       subject="Vraag voor een leerling (10 j)"),

    _c("ns-gevonden", "yahoo", "nl",
       ["netherlands", "utrecht", "age-16", "mixed-language", "amharic", "new-shape",
        "pasted-notice", "html-only", "identity-in-text"],
       ("Mahlet", "mahlet.gebre@yahoo.example"),
       """Hallo,

Ik had mijn dagboek laten liggen in de trein. Ik kreeg deze mail:

"Beste [[Mahlet Gebremedhin]], uw verloren voorwerp (notitieboek, blauw, met stickers) is gevonden en ligt klaar bij NS Gevonden Voorwerpen [[Utrecht Centraal]]. Kenmerk: [[GV-2025-0391846]]. U kunt het afhalen met dit kenmerk en een geldig legitimatiebewijs. Bij vragen: [[06 2174 9903]] (opgegeven nummer)."

Dat nummer is van mijn vader. Ik had het ingevuld want mijn eigen abonnement was op. Mijn vader heeft het opgehaald.
In dat dagboek staat alles. Over mijn lief. Over dat ik niet meer naar de Ethiopisch-orthodoxe kerk wil. Over wat ik over hem denk.
Hij heeft het nog niet teruggegeven. Hij zegt niks. Mijn moeder zegt "Egziabher yirdash", God helpe je.

Ik ben 16. Wat als hij het gelezen heeft?

[[Mahlet]]""",
       html="only", subject="mijn dagboek"),

    _c("hasselt-kurmanci", "huawei", "nl",
       ["flanders", "hasselt", "age-16", "mixed-language", "kurmanji", "kurdish",
        "contact-offered", "identity-in-text"],
       ("Rojda Demir", "rojda.demir08@gmail.example"),
       """dag, ik ben [[Rojda]] 16 jaar uit hasselt

mijn broer is 19 en zit sinds november in de gevangenis. op school weet niemand het. mijn vriendinnen denken dat hij in turkije werkt
mijn moeder huilt elke avond en zegt "kurê min, kurê min" en mijn vader praat er niet over, alsof hij nooit bestaan heeft
ik ga elke twee weken mee op bezoek naar de gevangenis in Hasselt. dat is heel raar, met die glazen en bewakers
ik voel me schuldig als ik lach met mijn vriendinnen
mag ik da eigenlijk, lachen?

ge kunt mij altijd bellen of whatsappen na school, [[0485 62 19 07]]
[[Rojda]]""",
       subject="mijn broer"),

    _c("mama-gmail-aalst", "gmail_android", "nl",
       ["flanders", "aalst", "age-13", "mixed-language", "romanian", "not-own-account",
        "parent-account", "account-holder-named", "identity-in-text"],
       ("Florentina Ionescu", "florentina.ionescu80@gmail.example"),
       """hallo dit is de gmail van mijn mama [[Florentina]] maar ik ben het, haar dochter [[Bianca]], 13 jaar
mama weet dat ik schrijf, ze zei "scrie tu, că tu știi olandeză mai bine"
wij wonen in Aalst en mijn papa werkt in Duitsland, hij komt maar 1 keer per maand
sinds hij weg is moet ik voor mijn twee broertjes zorgen als mama werkt en ik haal slechte punten, mijn juf zegt dat ik "niet gemotiveerd" ben
ik ben wel gemotiveerd ik ben gewoon moe
mama wil weten of er hulp is voor gezinnen zoals ons, en ik wil weten of ik mag zeggen tegen de juf waarom
merci""",
       subject="vraag van bianca"),
]
