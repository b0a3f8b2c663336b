# ruff: noqa: E501  (hand-written mails keep their own long lines)
"""Hand-written bodies of the thirteenth held-out relay-text corpus, part seeker-mixed.

Help-seekers of 10-19 and people writing for them, in French, English and Dutch, every one of them
mixing in a family language. Markup as in relay_corpus_heldout.py: [[...]] around identity,
<<...>> around what is neither content nor identity. Written by hand, apart from the relay's rules.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES = frozenset({
    "Yasmina", "Grâce", "Emre", "Tiziri", "Wideline", "Aminata", "Kassandra", "Parisa", "Tomás",
    "Mai", "Aline", "Ilinca", "Ayoub", "Zofia", "Ximena", "Oumar", "Rami", "Daryna", "Elif",
    "Vitória", "Chloé", "Ramatoulaye", "Hodan", "Inès", "Lucas", "Anahit", "Boris", "Merveille",
    "Mariam", "Ahmad", "Hamza", "Jonah", "Bilal", "Gabriela", "Adaeze", "Kavin", "Halima",
    "Farid", "Sven", "Luan", "Marta", "Liya", "Kofi", "Priya", "Yosef", "Mustafa", "Ines",
    "Nassim", "Kübra", "Kacper", "Stanislav", "Drilon", "Ayaan", "Florin", "Sofiia", "Zelimkhan",
    "Djeneba", "Rania", "Shirin", "Dieumerci", "Valeria", "Artem", "Serkan", "Malak", "Carlitos",
    "Armin", "Ibrahim", "Alba",
})


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug="h13m-" + slug, direction="seeker", shape=shape, lang=lang,
                tags=["mixed-language", *tags], sender=sender, body=body, **kw)  # type: ignore[arg-type]


CASES_FR1: list[Case] = [
    S("aid-groupe-famille", "gmail_android", "fr",
      ["brussels", "darija", "age-14", "new-shape", "pasted-family-group-eid-notice",
       "identity-in-text", "P2", "P7"],
      ("Yasmina Bouazzaoui", "yasmina.bzz@famnet.example"),
      """salam lumi
jsp si c'est le bon endroit mais bon
dans le groupe whatsapp de la famille ma tante a mis ça ce matin :

📢 Aïd moubarak à toute la famille [[Bouazzaoui]] !!
Cette année l'Aïd se fait chez [[Khalti Naima]] et [[3ammi Driss]]
📍 [[Rue de la Colonne 14, 1080 Molenbeek]]
Ramenez des chaises svp 🙏 et les enfants en tenue traditionnelle
[[Naima]] ❤️

voilà. le problème c'est que tout le monde va être là, même mon cousin
celui qui a fait des trucs quand j'avais 11 ans. j'en ai jamais parlé à personne
mama elle dit "wach nti hmqa, c'est la famille" quand je dis que je veux rester à la maison
je peux pas lui dire pourquoi, elle va pas me croire, ou pire elle va croire et ça va exploser
j'ai 14 ans et j'ai mal au ventre depuis une semaine rien que d'y penser
est-ce que c'est normal de plus rien ressentir quand je le vois ? genre je deviens vide
ma grande sœur elle se doute de quelque chose je crois, elle m'a demandé pourquoi je sors plus de ma chambre quand il vient. mais elle est mariée à Liège maintenant, elle vient que pour les fêtes
l'année passée j'ai passé tout l'Aïd dans la cuisine avec les tantes pour pas être dans le salon, et elles ont dit que j'étais une bonne fille. si elles savaient
et est-ce que je peux juste dire que je suis malade ce jour là
mer6 de lire

[[Yasmina]]""",
      subject="aïd"),
    S("matanga-mbuyi", "samsung", "fr",
      ["brussels", "diaspora", "lingala", "age-16", "new-shape", "pasted-matanga-announcement",
       "identity-in-text", "P2", "P7"],
      ("Grâce Mbuyi", "grace.mbuyi16@mail.example"),
      """Bonsoir

Je sais pas trop comment commencer. Mon grand-père est mort il y a 5 jours au pays et ici à Bruxelles on fait le matanga. Voilà l'annonce que ma mère a envoyé partout :

MATANGA – FAMILLE [[MBUYI KALONJI]]
La famille [[Mbuyi]] a la profonde douleur d'annoncer le décès de [[Papa Théodore Mbuyi Kalonji]]
Veillée : tous les soirs à partir de 19h
Lieu : [[Salle Saint-Guidon, Place de la Vaillance, Anderlecht]]
Contact : [[Maman Béatrice]] [[+32 477 55 01 28]]

Depuis lundi c'est plein de monde chez nous jusqu'à 3h du matin, les tantes pleurent fort, on chante, et moi je dois servir, faire la vaisselle, sourire. Personne me demande comment je vais. Nkoko azalaki moto na ngai, il m'appelait "mwana na ngai ya mayele" au téléphone chaque dimanche. Et moi je peux même pas pleurer devant les gens parce que mes tantes disent qu'une grande fille doit être forte pour sa maman.

J'ai des examens dans deux semaines et je dors 4 heures par nuit. En classe je pense qu'à lui. Est-ce que c'est bizarre que je sois en colère contre ma famille alors qu'ils sont tristes aussi ?

Merci de m'avoir lu. J'ai 16 ans si ça compte.
[[Grâce]]""",
      subject="deuil"),
    S("sunnet-abla", "gmail_web", "fr",
      ["wallonia", "turkish", "age-12", "new-shape", "pasted-sunnet-invitation", "writes-for-kid",
       "sibling-writes", "identity-in-text", "P2", "P7"],
      ("Elif Kaya", "elif.kaya.lg@mail.example"),
      """Bonjour,

Je suis la grande sœur d'[[Emre]], il a 12 ans. Je vous écris pour lui parce qu'il ose pas et il m'a dit que je pouvais.

Dans 3 semaines on fait sa fête de circoncision, ma mère a déjà imprimé les cartes :

Sünnet Düğünümüze Davetlisiniz
Oğlumuz [[Emre Kaya]]'nın sünnet düğünü
[[Salle Le Palais d'Or, Rue Cockerill 21, Seraing]]
[[Ahmet & Fatma Kaya]]

Le truc c'est qu'[[Emre]] a très peur. Pas juste un peu. Il pleure le soir, il demande si on peut "annuler la fête et garder l'argent", il cherche des vidéos sur YouTube et ça empire. Mon père rigole et dit "erkek adam korkmaz" (un homme n'a pas peur), ça l'aide pas du tout.
En plus à l'école à Liège il y a des garçons qui se moquent déjà parce qu'ils ont vu l'invitation dans son cartable.

Moi j'ai 19 ans, je l'aime trop mon petit frère, je veux juste qu'il puisse parler à quelqu'un qui le prend au sérieux. Est-ce que vous répondez aussi à des enfants de 12 ans ? Il peut lire vos réponses sur mon téléphone.

Merci beaucoup,
[[Elif]]""",
      subject="pour mon petit frère"),
    S("yennayer-programme", "iphone", "fr",
      ["france", "kabyle", "age-17", "new-shape", "pasted-yennayer-programme", "identity-in-text",
       "contact-offered"],
      ("Tiziri", "tiziri.amr@mail.example"),
      """azul

alors voilà le programme de l'asso pour Yennayer, ma mère l'a partagé sur facebook avec MON nom dedans évidemment :

🌾 Yennayer 2976 – Soirée de l'association Tiwizi [[Marseille]]
18h – Couscous collectif
19h30 – Chorale des enfants
20h – Danse kabyle : [[Tiziri Amrouche]] et la troupe Tafsut
21h – Poésie de Si Mohand

sauf que je danse plus. j'ai arrêté depuis septembre mais personne veut l'entendre. Yemma dit "ad tt-tesɣiḍ udem-iw" en gros que je vais lui faire honte devant tout le monde
le vrai problème c'est que j'ai pris 8 kilos à cause de mes médocs et je me sens horrible dans la robe. et à la dernière répèt les grands-mères ont commenté mon corps devant tout le monde comme si j'étais pas là
j'ai 17 ans je devrais m'en foutre mais j'y arrive pas

si c'est plus simple pour parler vous pouvez m'écrire sur insta [[@tizi.amr]] (compte privé, j'accepte)
tanemmirt""",
      subject="yennayer"),
    S("reponse-montreal", "v13smx_sympatico", "fr",
      ["quebec", "haitian-creole", "age-15", "reply-quoted", "contact-offered", "identity-in-text"],
      ("Wideline Joseph", "wjoseph07@sympatico.example"),
      """Allo,

Merci pour votre réponse, ça m'a fait du bien pour vrai. J'ai pas eu le courage de parler à l'infirmière de l'école encore mais j'ai écrit ce que je ressens dans mon cahier comme vous avez dit.

Ma mère a trouvé le cahier hier soir. Elle l'a lu au complet. Elle a dit "sa w ap fè la a se pa bagay Bondye" et elle a appelé ma tante à Port-au-Prince pour lui raconter. Maintenant toute la famille sait que j'aime une fille. Je suis pas sortie de ma chambre depuis.

Mon cousin m'a texté "kenbe fèm" et c'est la seule personne qui est de mon bord.

Est-ce que je peux vous appeler? Ou vous m'appelez? Mon cell c'est le [[438-555-0147]], texte avant svp parce que ma mère répond des fois.

[[Wideline]]
15 ans""",
      subject="Re: mon cahier",
      quote="""Bonjour,

Merci de nous avoir écrit. Ce que tu vis avec ta mère est lourd, et tu n'es pas obligée de tout porter seule.
Écrire ce que tu ressens peut aider à y voir plus clair, et l'infirmière de ton école est tenue à la confidentialité.

On est là si tu veux nous réécrire.
L'équipe Lumi"""),
    S("tontine-mama", "gmail_web", "fr",
      ["france", "diaspora", "wolof", "age-13", "new-shape", "pasted-tontine-roster", "html-only",
       "identity-in-text", "P7"],
      ("Aminata Diop", "aminata.diop13@mail.example"),
      """Bonjour Lumi

ma mère fait une tontine avec ses copines du quartier, et voici la liste qu'elle a mise sur le frigo :

TONTINE DES MAMANS – [[Paris 18e]]
Janvier : [[Khady Diop]]
Février : Mme Ndiaye
Mars : Awa S.
Avril : [[Aminata Diop]] (la fille de [[Khady]]) pour payer sa classe de neige

oui c'est moi en avril. mais je veux pas partir en classe de neige. tout le monde croit que c'est un cadeau mais moi j'ai jamais dormi ailleurs que chez moi et je fais encore pipi au lit des fois quand je stresse. j'ai 13 ans. si les filles de ma classe voient ça je meurs

maman dit "dafa bari xaalis, dangay dem" ça veut dire c'est beaucoup d'argent donc je dois y aller
j'ose pas lui dire la vraie raison

vous pouvez m'aider à trouver quoi dire ?
merci
[[Ami]]""",
      subject="classe de neige", html="only"),
    S("pizzeria-papa", "outlook_desktop", "fr",
      ["wallonia", "italian", "sicilian", "age-18", "new-shape", "family-business-footer",
       "not-own-account", "family-business-account", "signature"],
      ("Da Salvo", "commandes@dasalvo-charleroi.example"),
      """Bonjour,

Désolé j'écris de l'adresse de la pizzeria de mon père parce que c'est le seul ordi avec internet chez nous en ce moment, j'espère que c'est pas grave.

J'ai 18 ans et je travaille ici tous les soirs après les cours depuis que j'ai 14 ans. Papà dit toujours "la famiglia prima di tutto" et que la pizzeria ce sera à moi un jour. Mais moi je veux faire des études d'infirmier à Bruxelles et je viens d'être accepté. Je lui ai pas encore dit. Ma nonna a déjà dit à tout le monde que je reprendrais la pizzeria, même au curé.

Chaque fois que j'essaie d'en parler il commence à parler de mio nonno qui est arrivé à Charleroi en 1956 pour la mine et qui a tout sacrifié. Et moi je me sens comme un traître.

Est-ce que c'est égoïste de vouloir autre chose ? Je dors plus bien, je fais des erreurs dans les commandes, hier j'ai crié sur un client.

Merci de pas répondre trop vite, c'est mon père qui ouvre les mails le matin. Répondez plutôt le soir svp.""",
      subject="question perso (pas une commande)",
      sig="""Pizzeria Da Salvo
[[Salvatore Greco]] & fils
[[Rue de Montigny 87, 6000 Charleroi]]
Tél. [[071 55 02 39]] – Commandes à emporter 7j/7
TVA [[BE 0555.018.422]]""",
      identity=["Da Salvo", "dasalvo-charleroi.example"]),
    S("traduit-du-persan", "gmail_android", "fr",
      ["brussels", "farsi", "age-15", "new-shape", "translation-app-banner", "identity-in-text"],
      ("Parisa Rahimi", "parisa.rhm@mail.example"),
      """Bonjour,
mon français n'est pas encore bon, alors j'ai écrit en persan et j'ai mis dans l'application de traduction. Je colle les deux.

سلام. من پانزده سال دارم و دو سال است که در بروکسل زندگی می‌کنم. در مدرسه هیچ دوستی ندارم.

Traduit de : persan
Salut. J'ai quinze ans et j'habite à Bruxelles depuis deux ans. À l'école je n'ai aucun ami.

Dans ma classe à Schaerbeek les filles parlent vite et rigolent, et je pense qu'elles rigolent de moi. À la maison mon père dit qu'il faut être reconnaissante parce qu'en Iran c'était pire. C'est vrai. Mais je suis quand même seule. Le soir je parle avec ma cousine à Shiraz sur Telegram jusqu'à 2 heures et le matin je suis trop fatiguée.
Je ne sais pas si j'ai le droit d'être triste.

Merci, khaily mamnoon
[[Parisa]]""",
      subject="question"),
    S("consulat-filho", "outlook_mobile", "fr",
      ["france", "portuguese", "age-11", "new-shape", "pasted-consulate-appointment",
       "writes-for-kid", "parent-writes", "adult-writes", "identity-in-text", "P6", "P2"],
      ("Ana Paula Ferreira", "anapaula.ferreira@mail.example"),
      """Bonjour madame, monsieur,

Je suis la maman de [[Tomás]], il a 11 ans. Une amie m'a donné votre adresse, je sais que vous êtes en Belgique mais on parle français et j'ai besoin de conseil.

Cet été on doit aller au Portugal pour refaire sa carte. Voilà la confirmation :

[[Consulado Geral de Portugal em Lyon]]
Agendamento confirmado – Cartão de Cidadão
Requerente: [[Tomás Ferreira Lopes]]
N.º de marcação: [[LYO-2025-088316]]
Morada: [[12 rue Pasteur, 69007 Lyon]]

Depuis qu'il a vu ce papier [[Tomás]] ne dort plus. Son père habite au Portugal et il ne veut pas le voir. Il dit "mãe, não me obrigues" et il s'enferme dans la salle de bain. Il y a eu des choses entre son père et moi, il a vu beaucoup quand il était petit.
Moi je ne veux pas le forcer mais le juge a dit qu'il doit voir son père deux semaines.

Est-ce que [[Tomás]] peut vous écrire lui-même ? Il écrit bien le français.

Obrigada,
[[Ana Paula]]""",
      subject="pour mon fils"),
    S("bulletin-css", "v13smx_zoho", "fr",
      ["quebec", "vietnamese", "age-16", "new-shape", "pasted-css-report-card", "school-account",
       "identity-in-text", "P6", "P4"],
      ("Mai Nguyen", "mai.nguyen@eleve.cssdm.example"),
      """bonjour,

j'écris de mon courriel d'école parce que chez nous l'ordi est dans le salon.

voici ce que mes parents ont reçu hier :

Centre de services scolaire – Bulletin 2e étape
Élève : [[NGUYEN, Mai]]   Fiche : [[4018827]]   Groupe : [[542]]
Mathématique SN : 58 %
Chimie : 61 %
Commentaire : [[Mai]] semble fatiguée et distraite en classe.

58 en maths. Mon père a juste dit "con làm ba mẹ xấu hổ" (tu nous fais honte) et il m'a pas parlé depuis. Ma mère me fait des soupes et pleure dans la cuisine quand elle pense que je dors.
Ils ont fermé leur salon d'ongles à 22 h tous les soirs pour que j'aille à McGill en médecine un jour. Moi je veux faire du design. Je le dis à personne.

Je suis fatiguée parce que je fais des crises de panique la nuit. Ça dure 20 minutes et après je peux plus dormir. Je sais pas à qui en parler à l'école sans que ça revienne à mes parents.

merci
[[Mai]], 16 ans""",
      subject="bulletin"),
    S("long-kigali-ixelles", "gmail_web", "fr",
      ["brussels", "diaspora", "kinyarwanda", "age-19", "contact-offered", "identity-in-text",
       "long"],
      ("Aline Uwase", "aline.uwase@mail.example"),
      """Muraho,

Je m'appelle [[Aline]], j'ai 19 ans, je suis en première année à l'ULB. Je vous écris parce que ma psy de la fac est partie en congé de maternité et la nouvelle ne commence qu'en mars.

Depuis quelques mois j'ai des souvenirs qui reviennent. Je suis née à Ixelles mais ma mère est rescapée et on n'en parle jamais à la maison. Jamais. En avril, pendant Kwibuka, elle s'enferme dans sa chambre une semaine et mon petit frère et moi on fait comme si de rien n'était. Cette année j'ai suivi un cours d'histoire africaine et d'un coup tout est remonté : les silences, les cauchemars de maman, les photos qu'on n'a pas.

J'ai commencé à faire des cauchemars moi aussi. Je me réveille en sueur. J'ai raté deux examens en janvier. Mon copain dit que je devrais "juste en parler avec ma mère" mais il comprend pas, chez nous on dit "amarira y'umugabo atemba ajya mu nda", les larmes d'un homme coulent vers l'intérieur, et c'est pareil pour les femmes en fait.

Je me sens coupable d'aller mal alors que moi je n'ai rien vécu. C'est ça le pire.

Si c'est possible j'aimerais parler à quelqu'un au téléphone, le soir après 20h. Mon numéro : [[0488 55 71 30]].

Murakoze cyane,
[[Aline U.]]""",
      subject="besoin de parler"),
    S("pomelnic-namur", "yahoo", "fr",
      ["wallonia", "romanian", "age-14", "new-shape", "pasted-pomelnic-list", "identity-in-text",
       "P7"],
      ("Ilinca Popescu", "ilinca.popescu@yahoo.example"),
      """buna ziua / bonjour

à l'église roumaine de Namur on donne un pomelnic au prêtre avec les noms pour prier. ma mère m'a demandé de le recopier au propre et voilà ce qu'elle a écrit :

POMELNIC – pentru vii
[[Ilinca]]
[[Mihai]]
[[Elena]]
[[Bunica Viorica]]
pentru sănătate și minte bună pentru [[Ilinca]]

« minte bună » ça veut dire « une tête qui va bien ». pour moi. parce que j'ai dit à ma mère que j'ai des pensées noires. et sa solution c'est le prêtre.
je crois en Dieu hein, mais j'ai besoin d'autre chose aussi. j'ai 14 ans et depuis octobre je me griffe les bras avec mes ongles quand ça va pas. pas profond. mais quand même.
à l'école personne sait, je mets des pulls même quand il fait chaud.

je voudrais savoir comment on dit à une mère qu'on a besoin d'un psychologue sans qu'elle pense qu'on est folle. en roumain ou en français, je peux traduire.

mulțumesc""",
      subject="pomelnic"),
    S("cousin-ecrit-ayoub", "huawei", "fr",
      ["brussels", "tarifit", "age-10", "writes-for-kid", "cousin-writes", "identity-in-text"],
      ("Bilal Azzouzi", "bilal.azz@mail.example"),
      """salut

c'est [[Bilal]], j'ai 17 ans. je vous écris pour mon petit cousin [[Ayoub]] il a 10 ans il est à coté de moi il me dit quoi écrire

"à l'école à Anderlecht il y a un grand de 6ème qui me prend mon goûter tous les jours et il dit que si je dis au prof il va me frapper à la sortie. il a déjà frappé un autre. j'ai peur d'aller à l'école. ma mère croit que j'ai mal au ventre c'est pas vrai"

voilà c'est ses mots. il dit aussi "ur ttrix ad d-iniɣ i baba" ça veut dire il veut pas le dire à son père parce que son père va aller à l'école crier et ça va être pire

moi je sais pas quoi faire, je suis pas ses parents. je peux aller le chercher à l'école des fois mais pas tous les jours
il m'a montré son bras aussi, il y a un bleu. il dit qu'il est tombé au foot mais après il a dit non c'est le grand. sa mère elle travaille à l'hôpital la nuit, elle dort le matin, donc c'est sa grand-mère qui le dépose et elle parle pas bien français, elle peut pas parler avec la directrice
et lui il veut pas changer d'école parce que son meilleur ami est dans sa classe

vous pouvez nous dire ce qu'il peut faire ? il a 10 ans hein, faut des mots simples

merci
[[Bilal]] (et [[Ayoub]])""",
      subject="pour mon cousin"),
    S("swiadectwo-sobota", "v13smx_orange", "fr",
      ["france", "polish", "age-13", "new-shape", "pasted-saturday-school-certificate",
       "identity-in-text", "P4", "P2"],
      ("Zofia Nowak", "zofia.nowak@orange.example"),
      """Bonjour,

Chaque samedi je vais à l'école polonaise à Lille. Là on a eu les notes du semestre, je copie :

[[Szkoła Polska im. Jana Pawła II – Lille]]
Świadectwo semestralne
Uczennica: [[Zofia Nowak]]   Klasa: [[VI b]]
Język polski: dostateczny
Zachowanie: nieodpowiednie (!!)

Nieodpowiednie = comportement pas correct. Parce que j'ai répondu à la prof qui a dit devant toute la classe que "les Polonais de France ne sont plus de vrais Polonais". Elle disait ça à moi surtout parce que je parle avec un accent.

Ma mère est d'accord avec la prof. Elle dit que je dois m'excuser. En France au collège on me traite de "polak" et à l'école polonaise je suis "la Française". Je suis où alors moi ? J'ai 13 ans et j'en ai marre d'être entre les deux.

Je voudrais arrêter l'école du samedi mais mama pleure quand je dis ça. Babcia à Cracovie dit que je dois continuer.

Dziękuję,
[[Zosia]]""",
      subject="école du samedi"),
    S("quinceanera-mtl", "gmail_ios", "fr",
      ["quebec", "spanish", "age-15", "new-shape", "pasted-quinceanera-invitation",
       "identity-in-text", "P2", "P7"],
      ("Ximena Ruiz", "ximena.ruiz.mtl@mail.example"),
      """Allo,

Voici l'invitation que ma mère a fait imprimer à 150 copies 😩

✨ Mis XV Años ✨
[[Ximena Ruiz Cárdenas]]
Padrinos de honor: [[Rodolfo y Leticia Cárdenas]]
Salle de réception [[Le Marquis, boul. Saint-Michel, Montréal]]
Le 14 juin à 18 h – Tenue de gala

Tout le monde pense que c'est le plus beau jour de ma vie. Moi je veux pas porter une robe rose bouffante et danser le vals avec mon père devant 150 personnes. Je suis pas « une princesse ». Depuis l'an passé je sais que je suis non-binaire (iel) mais personne dans ma famille le sait sauf ma prima.

Ma mère a économisé depuis que j'ai 5 ans pour ça. Si j'annule je brise son cœur. Si je le fais je me brise moi. « Ay mija, vas a ser la más bonita » elle dit tous les jours.

J'ai 15 ans. Je sais pas quoi faire. Est-ce qu'il y a un juste milieu ?

Gracias
[[Xime]]""",
      subject="quinceañera"),
    S("educ-mna-lyon", "outlook_web", "fr",
      ["france", "diaspora", "bambara", "age-17", "new-shape", "pasted-age-assessment-letter",
       "writes-for-kid", "youth-worker-writes", "adult-writes", "work-account", "signature",
       "identity-in-text", "P6"],
      ("Claire Vasseur", "c.vasseur@foyer-horizons.example"),
      """Bonjour,

Je suis éducatrice dans un foyer pour mineurs non accompagnés à Lyon. Je vous écris pour [[Oumar]], 17 ans, arrivé du Mali il y a huit mois, avec son accord (il est assis à côté de moi et relit).

Il a reçu hier ce courrier :

[[Département du Rhône]] – Évaluation de minorité
Dossier n° [[69-MNA-2024-1172]]
Nom : [[TRAORÉ Oumar]]
Conclusion : la minorité n'est pas établie.

Il a des papiers qui disent qu'il a 17 ans. L'avocate fait un recours. En attendant il risque de perdre sa place au foyer.

Depuis hier il ne mange plus. Il m'a dit en bambara à un collègue « n tɛ se ka sunɔgɔ », je n'arrive pas à dormir, et il a parlé de « partir pour de bon ». Nous avons prévenu l'infirmière. Il voudrait parler à quelqu'un qui n'est « pas du foyer et pas de la police », ce sont ses mots. Il lit bien le français.

Est-ce possible qu'il vous écrive directement ?

Bien à vous,""",
      subject="demande pour un jeune",
      sig="""[[Claire Vasseur]]
[[Éducatrice spécialisée]] – [[Foyer Horizons]]
[[04 72 55 01 63]]""",
      identity=["Foyer Horizons", "foyer-horizons.example"]),
]

CASES_FR2: list[Case] = [
    S("teta-transcription", "gmail_android", "fr",
      ["brussels", "levantine-arabic", "syrian-arabic", "age-12", "new-shape",
       "pasted-voice-note-transcript", "not-own-account", "grandparent-account",
       "identity-in-text", "account-holder-named"],
      ("Samira Haddad", "samira.haddad1957@mail.example"),
      """bonjour c'est pas teta qui écrit c'est moi [[Rami]] j'ai 12 ans, j'utilise le téléphone de ma grand-mère [[Samira]] parce que moi j'ai pas encore de téléphone

elle m'a envoyé un message vocal quand j'étais à l'école et whatsapp l'a écrit en texte, je le copie :

« [[Rami]] habibi, ya albi, ton père a appelé de Damas, il dit que les papiers c'est non encore une fois. ne dis rien à ta mère ce soir, elle est fatiguée. on va prier. »

depuis 3 ans on attend que papa vienne en Belgique. à chaque fois on dit bientôt bientôt. mes copains à Saint-Gilles ils partent en vacances avec leur père et moi je vois le mien sur l'écran du téléphone qui bug.
et teta dit de rien dire à maman mais maman voit bien que je suis triste. alors je mens à maman. j'aime pas mentir

c'est normal d'être fâché contre papa même si c'est pas sa faute ?
répondez sur ce mail teta sait que je vous écris""",
      subject="message"),
    S("protection-temporaire", "v13smx_ukrnet", "fr",
      ["wallonia", "ukrainian", "russian", "age-16", "new-shape",
       "pasted-temporary-protection-certificate", "identity-in-text", "P6", "P2"],
      ("Daryna Kovalenko", "daryna.kov@ukr.example"),
      """Доброго дня / Bonjour,

Je m'appelle [[Daryna]], j'ai 16 ans, je suis dans la province de Liège depuis mars 2022 avec ma mère et mon petit frère. Aujourd'hui on a reçu ça :

ATTESTATION DE PROTECTION TEMPORAIRE
Nom : [[KOVALENKO Daryna Serhiivna]]
N° : [[TP-BE-2022-0441907]]
Commune : [[Verviers]]
Valable jusqu'au : 04/03/2026

Ma mère dit qu'on va peut-être rentrer à Kharkiv quand ce sera fini. Tous les mois elle dit ça. Moi je parle français maintenant, j'ai des amies, j'ai un copain belge (ma mère sait pas). Je veux pas rentrer. Mais si je dis ça je suis une traître pour mon père qui est resté là-bas. Він воює. Il se bat.

Quand il appelle il me demande en russe pourquoi je réponds en français à mon frère. Je sais plus quelle langue est la mienne.
Je ne dors plus depuis que j'ai vu la date sur le papier.

Дякую,
[[Daryna]]""",
      subject="papier"),
    S("crous-strasbourg", "v13smx_mailo", "fr",
      ["france", "turkish", "age-19", "new-shape", "pasted-crous-housing-notice", "html-only",
       "contact-offered", "identity-in-text", "P2", "P6"],
      ("Kübra Demir", "kubra.demir@mailo.example"),
      """Bonjour,

J'ai 19 ans, je suis en L1 de droit à Strasbourg. Voici le message que j'ai reçu du Crous :

[[Crous Strasbourg]] – Notification d'attribution
Étudiant(e) : [[DEMIR Kübra]]
Résidence [[Paul Appell]], chambre [[B-214]]
N° dossier social étudiant : [[DSE-2025-67-118402]]

Pour tout le monde c'est une bonne nouvelle. Pour ma famille c'est un drame. Mon père dit que "kız evladı evden gelin olarak çıkar", une fille quitte la maison seulement mariée. Il m'a dit que si je vais dans cette chambre je ne suis plus sa fille. Ma mère pleure et me supplie en cachette d'y aller quand même.

Je fais 2h30 de transport par jour depuis Haguenau et je rate des TD. J'ai 19 ans, c'est légal, je sais. Mais légal ça ne m'aide pas à dormir.

Si vous voulez m'appeler : [[06 55 41 08 27]], en semaine après 18h c'est le mieux.

Teşekkür ederim,
[[Kübra]]""",
      subject="chambre Crous", html="only"),
    S("camp-de-jour-ramq", "gmail_web", "fr",
      ["quebec", "lebanese-arabic", "age-14", "new-shape", "pasted-day-camp-registration",
       "html-only", "identity-in-text", "P6", "P2"],
      ("Malak Khoury", "malak.khoury.lav@mail.example"),
      """Bonjour,

Mes parents m'ont inscrite comme monitrice au camp de jour cet été. Voici la fiche qu'ils ont remplie sans me demander :

[[Ville de Laval]] – Camp de jour, fiche d'inscription
Nom : [[Khoury, Malak]]
No d'assurance maladie : [[KHOM 1105 2318]]
Adresse : [[boul. Notre-Dame, Chomedey]]
Allergies : aucune
Remarques : parle français, anglais et arabe

Le problème c'est que le camp c'est là où un moniteur de 19 ans m'a écrit des messages bizarres l'été passé quand j'étais campeuse. Il va être encore là. Je l'ai jamais dit à mes parents parce que ma mère aurait dit « yalla, c'est de ta faute, t'étais trop gentille ».

Il m'envoyait des « tu es mature pour ton âge » à minuit. J'ai tout supprimé par peur.
J'ai 14 ans. Est-ce que c'était grave? Est-ce que je dois le dire à quelqu'un maintenant, un an après?

Merci, yislamo
[[Malak]]""",
      subject="camp de jour", html="only"),
    S("attestation-honneur", "gmail_android", "fr",
      ["brussels", "diaspora", "camfranglais", "age-15", "new-shape",
       "pasted-attestation-sur-lhonneur-draft", "identity-in-text", "P2"],
      ("Boris Ngono", "boris.ngono15@mail.example"),
      """bjr

Mola je vais direct au sujet. J'ai écrit ça pour que ma mère signe, pour l'école :

ATTESTATION SUR L'HONNEUR
Je soussignée Mme [[Ngono Célestine]], domiciliée [[avenue Rogier 212, 1030 Schaerbeek]], atteste que mon fils [[Boris Ngono]] était malade du 3 au 7 février.

Sauf qu'il était pas malade. Je suis resté à la maison parce que ma mère elle part au boulot à 5h et mes deux petites sœurs avaient la fièvre, quelqu'un devait garder. Ma mère elle dit "on ne va pas ndem l'école avec nos problèmes". Donc je mens pour elle et je loupe les cours.

L'éduc m'a dit que si j'ai encore des absences il va y avoir un signalement. Je sais pas ce que ça veut dire mais ça fait peur, genre on va me prendre mes sœurs ?? Je suis le grand, c'est moi l'homme de la maison depuis que le papa est reparti au mboa.

J'ai 15 ans. Je suis fatigué sérieux.
Je sais même pas ce que je vous demande en fait
[[Boris]]""",
      subject="école"),
    S("conta-da-mae", "apple_mail", "fr",
      ["brussels", "brazilian-portuguese", "age-11", "html-only", "not-own-account",
       "parent-account", "identity-in-text"],
      ("Juliana Souza", "juliana.souza.bxl@mail.example"),
      """oi
c'est [[Vitória]] pas maman
j'ai 11 ans
maman sait pas que j'écris, elle dort

à l'école à Etterbeek les filles disent que je parle bizarre et que je sens "la feijoada" 😢
j'ai demandé à maman de mettre du parfum à moi elle a dit "filha, você é linda do jeito que é"
mais ça aide pas
je mange seule à midi depuis la rentrée
une fois j'ai pleuré dans les toilettes et la madame du nettoyage m'a donné un mouchoir, c'est la seule gentille

à la récré je fais semblant de lire un livre sur le banc
comme ça on croit que j'aime être seule
mais j'aime pas
mon petit frère lui il a plein de copains, il parle français mieux que moi
maman travaille dans le nettoyage des bureaux le soir donc le soir c'est moi qui lui fais le bain
je lui dis pas que je suis triste

je veux retourner à Belo Horizonte chez vovó
elle au moins elle me trouve pas bizarre

vous pouvez répondre ici mais écrivez "pour [[V.]]" dans le titre svp
bisous
[[Vitória]] 🇧🇷""",
      subject="école", html="only"),
    S("compte-copine-mons", "v13smx_k9", "fr",
      ["wallonia", "algerian-arabic", "age-13", "not-own-account", "friend-account",
       "identity-in-text", "contact-offered"],
      ("Chloé Delvaux", "chloe.delvaux@mail.example"),
      """Bonjour,

J'écris depuis le mail de ma meilleure amie parce que mes parents regardent mon téléphone. Je m'appelle [[Inès]] ([[Ines Benaissa]] en vrai sur les papiers), j'ai 13 ans et je suis en 2e à Mons.

Mon père a trouvé que je parlais à un garçon sur snap. Juste parler, rien d'autre. Depuis il a pris mon téléphone, il me conduit et vient me chercher à l'école, et il a dit à ma mère "had lbent ghadi tfdahna", en gros que je vais nous déshonorer. Ma mère n'ose rien dire.

Il parle de m'envoyer "un été au bled chez ma tante pour que je me calme". J'ai peur que ce soit plus qu'un été. Une fille de mon cousin est partie comme ça et elle est jamais revenue.

Vous pouvez me répondre ici, ma copine me montrera. Ou sur mon adresse école [[ines.benaissa@eleves.mons.example]], mon père y a pas accès.

Merci
[[Inès]]""",
      subject="aide svp"),
    S("reponse-tigrinya", "thunderbird", "fr",
      ["france", "diaspora", "tigrinya", "age-17", "new-shape", "geez-script-name-line",
       "reply-quoted", "contact-offered", "identity-in-text"],
      ("Yosef Tesfay", "yosef.tesfay@mail.example"),
      """Bonjour,

Merci pour votre message. Je n'ai pas appelé le numéro, désolé. J'ai peur que quelqu'un entende, on est 4 dans une chambre au centre d'hébergement à Paris 19e.

Vous m'avez demandé comment ça va depuis la dernière fois. Pas bien. Mon ami qui était avec moi en Libye est parti en Angleterre en camion la semaine dernière, et maintenant je n'ai plus de nouvelles. Son téléphone est éteint. Chaque nuit je pense au pire.

Ma mère à Asmara m'écrit "ወዲ ዓደይ ጽናዕ" (mon fils, sois fort) mais je n'ai plus de force. J'ai 17 ans et je me sens comme 50.

Je peux vous écrire sur WhatsApp si c'est possible : [[+33 7 55 20 18 64]]
Mon nom comme ma mère l'écrit :
[[ዮሴፍ ተስፋይ]]

[[Yosef]]""",
      subject="Re: nouvelles",
      quote="""Bonjour,

Merci de nous avoir écrit, et bravo pour ton courage.
Si tu veux parler de vive voix, tu peux aussi appeler un service d'écoute gratuit.
Comment ça va depuis ton dernier message ?

L'équipe Lumi"""),
    S("cegep-accommodement", "outlook_web", "fr",
      ["quebec", "diaspora", "swahili", "age-18", "new-shape",
       "pasted-accommodation-request", "school-account", "identity-in-text", "P6"],
      ("Merveille Kabila Ilunga", "2231884@etu.cegep-vieux.example"),
      """Bonjour,

J'écris avec mon courriel du cégep, je sais pas si c'est correct.

J'ai fait une demande au service adapté pour avoir plus de temps aux examens. Voici leur réponse :

Service d'aide à l'intégration des élèves (SAIDE)
Élève : [[Merveille Kabila Ilunga]] – DA [[2231884]]
Demande : temps supplémentaire (TDAH)
Décision : refusée – diagnostic non reçu

J'ai pas de diagnostic parce que chez nous on va pas chez le psy. Maman dit "Mungu atakusaidia, soma tu" (Dieu va t'aider, étudie juste). J'ai 18 ans, je pourrais y aller seule mais ça coûte 200 $ la séance au privé et la liste au public est de 14 mois.

En attendant j'échoue chimie pour la deuxième fois. Si j'échoue encore je perds mon programme en soins infirmiers. J'ai l'impression que mon cerveau est une télé avec 40 chaînes en même temps.

Je sais que vous êtes en Belgique, mais est-ce que vous avez des idées quand même?

Asante,
[[Merveille]]""",
      subject="cégep"),
    S("famille-accueil-liege", "thunderbird", "fr",
      ["wallonia", "pular", "age-16", "writes-for-kid", "foster-parent-writes", "adult-writes",
       "identity-in-text", "contact-offered"],
      ("Martine Lambotte", "martine.lambotte@mail.example"),
      """Bonjour,

Je suis famille d'accueil depuis deux ans pour [[Djeneba]], 16 ans, originaire de Guinée. Elle est d'accord que je vous écrive, et elle veut vous écrire elle-même après.

[[Djeneba]] va bien à l'école à Liège, elle a des amies, elle rit. Mais depuis qu'elle a appris que sa petite sœur a été "donnée en mariage" au pays à 14 ans, elle ne mange presque plus. Elle répète "mi waawaa wallude mo", je ne peux pas l'aider, et elle s'en veut d'être ici, en sécurité.

Nous avons une psychologue, mais elle ne parle pas peul et [[Djeneba]] dit qu'avec elle "les mots ne viennent pas". Est-ce que vous connaissez des personnes qui parlent pular, ou qui connaissent ces situations ?

Vous pouvez aussi me joindre au [[0479 55 62 14]] en journée si c'est plus simple.

Avec mes remerciements,
[[Martine]]""",
      subject="pour la jeune que j'accueille"),
    S("abtirsi-anderlecht", "proton", "fr",
      ["brussels", "diaspora", "somali", "age-17", "new-shape", "abtirsi-lineage",
       "identity-in-text"],
      ("", "hodan.c@proton.example"),
      """Salaan,

Chez nous quand on rencontre un Somali on récite son abtirsi, la liste de ses pères. Le mien c'est :
[[Hodan Cabdi Xasan Faarax Maxamed]]
Mon grand-père me l'a fait apprendre par cœur à 6 ans.

Je vous écris parce que je sens que j'ai plus le droit d'être moi. J'ai 17 ans, je suis en 6e à Anderlecht. Je veux enlever mon voile. Pas parce que je crois plus, juste parce que je veux choisir. Ma mère dit "waxaad ceebaynaysaa qoyskeena" que je fais honte à toute la lignée, justement à tous ces noms.

J'ai l'impression que si je fais ce choix je sors de la liste. Comme si on allait m'effacer.

Mes amies belges disent "fais-le, c'est ta vie", c'est facile pour elles. Mes amies somaliennes disent "t'es folle". Je sais même pas ce que je veux vous demander. Peut-être juste quelqu'un qui me dit que j'ai le droit de réfléchir.

Mahadsanid
[[Hodan]]""",
      subject="abtirsi"),
    S("tante-bureau-bordeaux", "outlook_desktop", "fr",
      ["france", "darija", "age-10", "writes-for-kid", "aunt-writes", "adult-writes",
       "work-account", "signature", "identity-in-text"],
      ("Nadia El Mansouri", "n.elmansouri@cabinet-dentaire-cauderan.example"),
      """Bonjour,

Je vous écris du travail (pardon pour la signature). Je suis la tante de [[Nassim]], 10 ans. Ma sœur, sa maman, est hospitalisée depuis un mois pour une dépression et [[Nassim]] vit chez moi à Bordeaux avec mes enfants.

Il ne pose aucune question. Aucune. Il joue, il mange, il fait ses devoirs, c'est un enfant "parfait". Mais hier soir je l'ai entendu dire à son doudou "mama mrida bsbabi", maman est malade à cause de moi. Je ne savais pas quoi répondre, je l'ai serré fort.

Les médecins disent de lui expliquer avec des mots simples. Mais quels mots ? En famille on ne parle pas de "maladie de la tête", ma mère dit que c'est le mauvais œil.

Est-ce que vous avez des conseils, ou des livres pour enfants, en français ou en arabe ?

Merci infiniment,""",
      subject="conseil pour mon neveu",
      sig="""[[Nadia El Mansouri]]
[[Assistante dentaire]]
[[Cabinet dentaire de Caudéran]]
[[05 56 55 03 71]]

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
      identity=["cabinet-dentaire-cauderan.example"]),
    S("laptop-tio-arlon", "v13smx_fairemail", "fr",
      ["wallonia", "portuguese", "age-15", "not-own-account", "uncle-account",
       "identity-in-text"],
      ("Rui Carvalho", "rui.carvalho.transportes@mail.example"),
      """Bonjour

c'est l'ordi de mon oncle ([[tio Rui]]), il sait pas que j'écris. moi c'est [[Lucas]], 15 ans, Arlon

mes parents travaillent au Luxembourg, ils partent à 5h30 et reviennent à 20h. je vois ma mère 1h par jour. mon père dit "é para o teu futuro" mais mon futur c'est quoi, être tout seul dans une maison vide ?

je joue à la console jusqu'à 3h du matin parce que dans le jeu au moins il y a des gens qui me parlent. à l'école j'ai eu 4 échecs. le prof de français a appelé et mon père m'a engueulé au téléphone depuis sa camionnette.

je me sens invisible. c'est tout. pas triste, juste invisible, comme un fantôme

le weekend ils sont fatigués, ils dorment ou ils vont chez les cousins à Esch et moi je reste. avant j'allais avec eux mais les cousins parlent que de voitures et de boulot. ma grand-mère au Portugal m'appelle "o meu menino" et c'est la seule qui me demande comment je vais vraiment. mais elle a 84 ans et je veux pas l'inquiéter

est-ce que c'est de la dépression ça ou c'est juste l'ado qui fait sa crise comme dit ma mère

répondez pas trop long svp
[[Lucas]]""",
      subject="question"),
    S("russe-laval-html", "gmail_web", "fr",
      ["quebec", "russian", "age-12", "html-only", "identity-in-text", "emoji-lines"],
      ("Artem Volkov", "artem.volkov.12@mail.example"),
      """Bonjour Lumi 🙂
je m'appelle [[Artem]] j'ai 12 ans j'habite à Laval
je suis arrivé de Russie l'an dernier
à l'école on m'appelle « Poutine » 😡😡
même le prof de gym a rigolé une fois
moi j'aime pas Poutine
on est partis À CAUSE de lui
papa a dit « не обращай внимания » (ignore-les)
mais c'est tous les jours
hier ils ont mis un drapeau russe dans mon casier avec écrit « go home »
maman dit que c'est des enfants, que ça va passer
mais elle pleure quand elle regarde les nouvelles
et moi je fais semblant que tout va bien pour pas qu'elle pleure plus
mon seul ami c'est Hugo, il est de Haïti, lui aussi on se moque de lui
on mange ensemble à la bibliothèque
la bibliothécaire est gentille elle nous laisse jouer aux échecs
je veux changer d'école
ou changer de nom
je sais pas
🙁🙁🙁
[[Artem]]""",
      subject="école", html="only"),
    S("kinshasa-bruxelles-long", "v13smx_airmail", "fr",
      ["brussels", "diaspora", "lingala", "swahili", "age-19", "no-identity-in-body", "long"],
      ("Dieumerci Lukusa", "d.lukusa@airmail.example"),
      """Mbote,

Je vais essayer d'écrire ça sans m'énerver.

J'ai 19 ans. Je suis arrivé en Belgique à 9 ans pour rejoindre ma mère. Je parle lingala à la maison, un peu de swahili avec mon beau-père, français partout ailleurs, et néerlandais à l'école de Jette où je finis enfin ma 7e professionnelle.

Depuis deux mois, la police m'a contrôlé 6 fois. Six. Deux fois devant mon école, une fois avec ma petite sœur de 8 ans à côté de moi. La dernière fois un agent a dit "retourne dans ta jungle", et son collègue a rigolé. J'ai rien dit, parce que ma mère me l'a appris : "kolela te, zala na motema", ne te bats pas, garde ton cœur.

Mais mon cœur il en peut plus. J'ai commencé à éviter le métro. Je fais 40 minutes à pied pour pas passer par la gare. Quand je vois une voiture de police mes mains tremblent.

Ma mère veut pas que je porte plainte. Elle a peur pour ses papiers, même si elle a la nationalité maintenant. Mon beau-père dit "ni maisha, ndugu", c'est la vie. Mes potes disent qu'il faut filmer à chaque fois.

Je voulais juste savoir si c'est normal d'avoir aussi peur, et si porter plainte c'est vraiment dangereux ou si c'est juste la peur de ma mère.

Merci de lire jusqu'au bout.""",
      subject="contrôles"),
    S("grenoble-reply-to", "v13smx_orange", "fr",
      ["france", "armenian", "age-14", "no-identity-in-body", "identity-in-header",
       "new-shape", "reply-to-sister-address", "short"],
      ("", "jeux.anahit.arm@orange.example"),
      """bonjour
ma grand-mère dit que si j'aime une fille c'est la faute de la France. "Ays Fransan kez pchatsrets"
j'ai 14 ans, je vis à Grenoble
c'est vrai ??
répondez à l'adresse de ma sœur svp, c'est plus sûr""",
      subject="question rapide",
      headers=[("Reply-To", "Lilit Sarkissian <lilit.sark@orange.example>")],
      identity=["Lilit Sarkissian", "Lilit", "Sarkissian", "lilit.sark@orange.example"]),
]

CASES_EN: list[Case] = [
    S("madrassa-card", "gmail_ios", "en",
      ["urdu", "age-15", "new-shape", "pasted-madrassa-attendance-card", "identity-in-text",
       "P4", "P2"],
      ("Hamza Qureshi", "hamza.q.2010@mail.example"),
      """Assalamu alaikum,

so my dad put this on the fridge and circled it in red:

[[Jamia Masjid Al-Falah]] – Weekend Madrassa
Student: [[Hamza Qureshi]]   Class: [[Hifz 3]]
Attendance this term: 41%
Note to parents: [[Hamza]] is often absent without reason.

the reason is i go to football training on saturday mornings instead. i've been lying for 3 months. my coach in Leuven says I could try out for a youth academy, like a real one. abba thinks football is "waqt ki barbadi", a waste of time, and that i'm going to be a hafiz like my uncle.

i'm 15 and i don't even know if i believe half of what they teach there. is that haram to say? i feel sick every friday night thinking about lying again.

how do i tell him without him taking football away completely?

thanks
[[H]]""",
      subject="dad"),
    S("balikbayan-box", "samsung", "en",
      ["tagalog", "age-13", "new-shape", "pasted-balikbayan-tracking", "identity-in-text",
       "P2", "P6", "P7"],
      ("Carlitos Dela Cruz", "carlitos.dlc@mail.example"),
      """hi po

my mom sends a big box to the philippines every christmas and this is the tracking she forwarded to the whole family chat:

LBC Balikbayan Box – Status: Delivered
Tracking No: [[LBC-BE-7731204458]]
Sender: [[Rowena Dela Cruz]], [[Rue Américaine 40, Ixelles]]
Receiver: [[Lola Consolacion Dela Cruz]], [[Brgy. San Isidro, Tarlac]]

inside there was my old clothes and my old phone. and on my old phone there were photos. of me. wearing my sister's dress. my cousin ate found them and now EVERYONE in Tarlac knows, tita sent a voice message laughing "ay naku, bakla pala si [[Carlitos]]"

I'm 13. I didn't even tell anyone yet. I don't even know what I am yet. I just liked how it looked.

mom hasn't said anything to me about it, she just looks at me weird at dinner

what do i do
[[Carlitos]]""",
      subject="box"),
    S("reply-krakow-gran", "v13smx_wp", "en",
      ["polish", "age-17", "reply-quoted", "contact-offered", "identity-in-text"],
      ("Kacper Wiśniewski", "kacper.wisniewski@wp.example"),
      """Hi again,

Thanks for answering so fast. You asked if there's an adult I trust. I thought about it the whole week. There's my babcia, but she's in Kraków, and my old football coach, but I don't know if that's weird.

Update: my dad got drunk again Saturday and broke the kitchen door. My little brother hid in my room. I put headphones on him and played Minecraft with him until 2am so he wouldn't hear. He's 9. He asked me "czy tata nas nie kocha?" and I said of course he does. I don't know if I lied.

Mum says it's not "that bad" because he never hits us. Only the furniture.

I'm 17, I'll be 18 in May. I keep thinking I could just leave then. But then my brother stays alone with him.

If you can call, my number is [[+32 470 55 93 18]], better after 4pm when I'm out of school. Otherwise just write.

[[Kacper]]""",
      subject="Re: my dad",
      quote="""Hi,

Thank you for trusting us with this. What you describe at home sounds really hard, and it is not your fault.
Is there an adult you trust, in your family or at school, who you could talk to?

Take care,
Lumi"""),
    S("aso-ebi-group", "outlook_mobile", "en",
      ["yoruba", "age-16", "new-shape", "pasted-aso-ebi-list", "html-only", "identity-in-text",
       "P7"],
      ("Adaeze Okafor-Adebayo", "adaeze.oa@outlook.example"),
      """Hello,

My aunty made this list for my cousin's wedding owambe, everyone has to wear the same fabric:

ASO-EBI LIST – [[ADEBAYO]] FAMILY
1. [[Mummy Folake]] – paid ✅
2. [[Aunty Bisi]] – paid ✅
3. [[Adaeze (Daze)]] – size 14 – NOT PAID ❌

She put my SIZE in the family group. 60 people. Then my aunty replied "[[Daze]] abeg reduce that rice before December 😂" and everyone sent laughing emojis.

I'm 16. I've been throwing up after dinner for about 4 months. Nobody knows. Or maybe they do and think it's working because "you're looking better o".

I don't want to go to the wedding. I don't want to be measured again. I'm scared of how much I think about food, it's like every minute.

I know this is a lot, sorry.
[[Daze]]""",
      subject="owambe", html="only"),
    S("abbu-office-signature", "outlook_desktop", "en",
      ["bengali", "age-12", "writes-for-kid", "parent-writes", "adult-writes", "work-account",
       "signature", "identity-in-text"],
      ("Rafiqul Islam", "rafiqul.islam@polaris-logistics.example"),
      """Dear Lumi team,

I am writing on behalf of my daughter [[Priya]], who is 12. We moved from Dhaka to Brussels last August for my work.

[[Priya]] was a very confident girl at home. Here at the international school she has become silent. Her teacher says she does not speak in class at all, and at lunch she sits in the library. At home she speaks only Bangla with her mother and refuses to speak English even though her English is very good.

Yesterday she told her mother "ami ekhane keu na", I am nobody here. My wife cried the whole evening.

We are not used to speaking about feelings in our family, I am honest about this. I do not know if we need a psychologist or if this is normal adjustment. She does not want to "see a doctor for the head", those were her words.

Would it be possible for her to write to you herself? She enjoys writing.

With kind regards,""",
      subject="Advice regarding my daughter",
      sig="""[[Rafiqul Islam]]
[[Regional Finance Manager – EMEA]]
[[Polaris Logistics SA]]
[[Avenue Louise 480, 1050 Brussels]]
T [[+32 2 555 08 41]]

This e-mail may contain confidential information. If you are not the intended recipient, please delete it.""",
      identity=["polaris-logistics.example"]),
    S("youth-house-login", "webmail", "en",
      ["pashto", "age-18", "new-shape", "youth-house-banner", "not-own-account",
       "youth-house-account", "identity-in-text", "contact-offered"],
      ("JH De Schakel – PC 2", "pc2@jhdeschakel.example"),
      """hello
this is the computer of the youth house, everyone uses it. please dont answer with my name in the title

my name is [[Ahmad]], i am 18 years. i came from Afghanistan 3 years ago alone. now i have papers but my family is still in Jalalabad. my mother calls every week and asks for money. i work in a restaurant kitchen in Mechelen after school, 25 hours every week. i send almost everything.

my teacher says i am very tired and i will fail my year. if i fail, i lose my school and my dream to be electrician.

my mother says "zoya, ta zmong ummid ye", son, you are our hope. i dont want to be hope. i want to sleep.

i have nobody here to ask. the youth worker is nice but she is always busy.

you can send message on whatsapp [[0465 55 12 73]] also

thank you very much
[[Ahmad S.]]""",
      subject="help",
      sig="""--
Dit is een gedeelde computer van [[Jeugdhuis De Schakel]]. Vergeet niet uit te loggen!""",
      identity=["JH De Schakel", "jhdeschakel.example"]),
    S("snap-handle-romanian", "v13smx_mailcom", "en",
      ["romanian", "age-14", "contact-offered", "identity-in-text"],
      ("Gabriela Munteanu", "gabi.munteanu@mail-com.example"),
      """hey

im 14 and i live in brussels with my mum, my dad is in romania with his new wife
every summer i go there for 2 months and this year i dont want to go
his new wife is nice in front of him and then when he goes to work she calls me "țigancă proastă" because my skin is darker than her kids. and she makes me clean the whole house
when i told tata he said i'm exaggerating and that i have to respect her like a mother
mum says it's my dad's time and the court decided, she cant do anything

i cried on the plane last year the whole way home, and the flight attendant gave me chocolate lol
and the worst part is my grandma there, buni, she's the only one who's nice to me, and if i don't go i won't see her either. she's old. she makes me papanași and tells me stories about when tata was small and naughty. so it's like i have to choose between my grandma and my own head
my best friend says i should write a letter to the judge. can kids even do that?

i'm not asking for much. i just want someone to tell me if i can refuse. i'm 14 not 5

snap me if its easier: [[gabi.mnt07]]
[[gabi]]""",
      subject="summer"),
    S("mahber-list", "gmail_web", "en",
      ["tigrinya", "age-19", "new-shape", "pasted-mahber-contribution-list", "identity-in-text",
       "P7"],
      ("Liya Gebremedhin", "liya.gm@mail.example"),
      """Selam,

I'm 19, I'm a student, I'm Eritrean and I'm Orthodox, or at least my family is. Every month our mahber meets at someone's house and there's a list. My mother sent it to me this morning:

[[ማሕበር ቅድስቲ ማርያም – Leuven]]
This month at: [[Gebremedhin]] family
Coffee & injera: [[Liya]]
Contribution: 20 € per household

So, at my house, and I'm making the coffee for 30 people. The thing is that I moved out two months ago to live with my girlfriend and my mother told everyone I'm "staying at a friend's for my studies". She wants me to come home that day and pretend.

Part of me wants to go, I miss the coffee ceremony, I miss my mom's voice singing. Part of me thinks if I go and pretend I will never be able to stop pretending.

Is there someone I can talk to who understands both sides? Not just "be yourself" and not just "respect your parents".

Yekenyeley,
[[Liya]]""",
      subject="mahber"),
    S("abuela-ipad", "ipad", "en",
      ["spanish", "age-11", "writes-for-kid", "grandparent-writes", "adult-writes",
       "identity-in-text"],
      ("Dolores Jiménez", "dolores.jimenez@mail.example"),
      """Hello,

My English is not perfect, I am the grandmother of [[Valeria]], she is 11. Her mother (my daughter) died in October. [[Valeria]] lives with me and my husband in Kortrijk now, her father is not in her life.

She is very good at school, she does not cry. But at night she sleeps in my bed and she says "abuela, no te mueras tú también". Every night. I am 68 and I have diabetes. I always answer "no, mi amor", but I do not know if it is good to promise this.

She speaks English with her friends on the computer, so maybe she would like to write to you in English. Her teacher told us about your service.

She also keeps her mother's phone charged next to her bed and sometimes she listens to the old voice messages. I hear her through the door. She laughs at some of them. I do not know if I should take the phone away or let her keep it. My husband thinks it is not healthy. I think it is the only place where her mother still speaks.

What should I say when she asks me this? And is it normal that she does not cry?

Thank you,
[[Dolores]]
(abuela de [[Vale]])""",
      subject="my granddaughter"),
    S("telegram-school-bot", "gmail_android", "en",
      ["ukrainian", "age-15", "new-shape", "pasted-telegram-school-bot", "identity-in-text",
       "contact-offered", "P6"],
      ("Sofiia Melnyk", "sofiia.melnyk08@mail.example"),
      """Hi,

I do two schools. Belgian school in the day and Ukrainian online school in the evening. This came from the Ukrainian school bot on Telegram tonight:

🤖 [[Ліцей №7]] | Electronic diary
Учень: [[Мельник Софія]], [[9-Б]]
❗ 6 missed online lessons this month
Parents have been notified.

Mama saw it. She says I must not forget that I'm Ukrainian, that "after victory" we go home and I must not be behind. But I'm so tired. I start school at 8:30, I finish Belgian homework at 7, then online lessons until 10 because of the time difference. Weekends too.

My Belgian friends go to the cinema and I sit in my room with my laptop and a teacher in Lviv who can't hear me because the internet is bad.

I'm 15. I don't want to forget Ukraine. I just want to sleep sometimes.

You can reach me on Telegram too if you want, [[@sofi_mel]]
Дякую
[[Sofiia]]""",
      subject="two schools"),
    S("harvest-envelope", "v13smx_fairemail", "en",
      ["twi", "age-16", "new-shape", "pasted-harvest-envelope", "identity-in-text", "P7",
       "P6"],
      ("Kofi Mensah", "kofi.mensah.gh@mail.example"),
      """Hi Lumi,

Our church in Brussels does Harvest every year and every family gets an envelope. This was ours:

HARVEST THANKSGIVING 2025
Family: [[Mensah]] ([[Kwame]], [[Abena]], [[Kofi]], [[Esi]])
Member no: [[PCG-BXL-0317]]
Pledge: ______

And my parents wrote 500 euros. I know we don't have 500 euros. Last month my mum cried because the electricity bill. My dad says "Onyame bɛhwɛ", God will take care. And meanwhile I'm 16 and I've started working weekends at a car wash in cash to pay for my own phone bill and bus card.

I'm not angry at God, I'm angry at them. Is that a sin? My youth pastor says to honour your parents.

Also I can't tell anyone at church because it would shame my parents. So I'm telling you.

Thanks for listening
[[K]]""",
      subject="harvest"),
    S("tandem-profile", "yahoo", "en",
      ["hindi", "age-14", "new-shape", "pasted-language-exchange-profile", "html-only",
       "identity-in-text"],
      ("Ayaan Sharma", "ayaan.sharma2011@yahoo.example"),
      """hey,

i'm 14 and i'm on a language exchange app to practice dutch (my parents made me, we moved here from Pune for my dad's job). this is my profile:

👤 [[Ayaan S.]], 14
📍 [[Ghent]], Belgium
Speaks: Hindi, English, Marathi
Learning: Dutch
"Looking for friends my age to practice Dutch and talk about cricket 🏏"

a guy who says he's 15 started messaging me every day. nice at first, helping with dutch. now he keeps asking for pictures "for the app profile verification" and says if i dont send he'll tell my parents i was talking to strangers.

mummy would lose it. she already says "yeh sab apps bekaar hain".

i didn't send anything yet. i blocked him but he made a new account. i'm scared. is this my fault?

[[Ayaan]]""",
      subject="app", html="only"),
    S("school-counsellor-leuven", "outlook_web", "en",
      ["amharic", "age-17", "writes-for-kid", "counsellor-writes", "adult-writes",
       "school-account", "signature", "identity-in-text"],
      ("Hannah Verbeke", "h.verbeke@isleuven.example"),
      """Dear colleagues at Lumi,

I'm the school counsellor at an international school. I'm writing, with her explicit permission, about a student, [[Halima]] (17), who would like to write to you herself but wanted me to "introduce" her first.

[[Halima]] is Ethiopian-Belgian. Her family is very close-knit and she is the eldest daughter. She has been carrying a lot: translating for her parents at appointments, caring for two younger siblings, and now her mother is pregnant again with complications. She told me "እኔ እንደ እናት ነኝ" (I am like a mother) and laughed, but she wasn't laughing.

Her grades are excellent, which is part of the problem: nobody worries about her. She had her first panic attack in my office last week.

She would prefer to talk to someone outside school, anonymously. She will write from her own address in the coming days and sign as "[[H.]]".

Thank you for the work you do.

Kind regards,""",
      subject="Introduction – a student who would like to write to you",
      sig="""[[Hannah Verbeke]]
[[School Counsellor | Wellbeing Team]]
[[International School of Leuven]]
[[+32 16 55 04 22]]""",
      identity=["isleuven.example"]),
    S("big-brother-writes", "gmail_android", "en",
      ["iraqi-arabic", "age-10", "writes-for-kid", "sibling-writes", "identity-in-text"],
      ("Mustafa Al-Jubouri", "mustafa.aljubouri@mail.example"),
      """hi

im writing for my little sister [[Malak]], shes 10. im 19. we are from iraq, we live in liège now but she goes to an english-speaking school because of my dad's job before

she stopped eating at school. the teacher said she throws away her lunch every day. at home she eats normal. when i asked her she said "kulhum yguloon reehti ghareeba", everyone says my food smells weird. she wants sandwiches like the others now but mama is offended and says "shinu, akilna mu zeen?", our food isn't good?

i know it sounds small. but she is 10 and she is hungry all day and ashamed of our mom's food
and it's not only the food. she asked me last week if she can stop wearing her gold bracelet from our grandmother because a girl said it's "cheap fake gold from the market". she cried in the car. she never cries, she's the tough one in the family
i remember this feeling from when i was new here at 13, i just got angry and fought. i don't want her to become like i was

i dont know if i should talk to the teacher, or to mama, or just make her sandwiches myself every morning lol

any advice for a big brother?
[[Mustafa]]""",
      subject="my sister"),
    S("reply-sao-paulo", "gmail_web", "en",
      ["brazilian-portuguese", "age-18", "reply-quoted", "contact-offered", "identity-in-text"],
      ("Gabriel Rocha", "gabriel.rocha.bxl@mail.example"),
      """Hey,

Thanks for the answer and for the list of places. I went to the one in Brussels, the LGBT youth group on Wednesday. It was good! I talked to a guy from Rio lol, first time I spoke Portuguese with someone who knows.

But now something else. My mother found the flyer in my jacket. She didn't shout. She just said "meu filho, isso é fase" and went to pray. Since then she's super nice to me and it's scarier than if she shouted. She invited a girl from church to dinner on Sunday.

I'm 18, I could move out but I don't have money, I'm in my last year of secondary.

Can I call someone? My number is [[0491 55 20 06]]. Or Instagram [[@gab.rocha.18]], that's where I answer the fastest.

Valeu,
[[Gabriel]]""",
      subject="Re: first time",
      quote="""Hi,

Thanks for writing to us. Coming out to yourself is already a big step.
Here are some groups in Brussels where young people meet on a weekday evening.

Take care,
Lumi"""),
    S("igbo-oneliner", "iphone", "en",
      ["igbo", "age-13", "no-identity-in-body", "one-liner"],
      ("Adaeze Nwosu", "adaeze.nwosu@icloud.example"),
      """im 13 and my mum says depression is "oyibo sickness" and i should pray harder. is she right""",
      subject="?"),
    S("puja-booking", "thunderbird", "en",
      ["tamil", "age-15", "new-shape", "pasted-temple-puja-booking", "identity-in-text",
       "P2", "P6", "P7"],
      ("Kavin Raj", "kavin.raj@mail.example"),
      """Vanakkam,

My parents booked this at the temple for my birthday:

[[Sri Murugan Temple]] – Puja Booking Confirmation
Booking ref: [[SMT-24-1188]]
Devotee: [[Kavin Rajaratnam]] (Nakshatra: Karthigai)
Family: [[Rajaratnam]], [[Meenakshi]], [[Ananya]]
Address: [[Kapelstraat 17, 2660 Hoboken]]
Special prayer: "For focus in studies and good marks"

Good marks. It's always marks. I'm 15, I have 78% average and my dad acts like I'm a failure because my cousin in Chennai has 97. He says "nee ethukku pirandhay", why were you born, when he's angry. He says it's a joke.

I've started wishing I wasn't born too. Not like a plan or anything. Just the thought comes, a lot, lately. And then I feel bad because the gods and my parents did so much for me.

I don't know if I should tell someone. I'm telling you I guess.
[[Kavin]]""",
      subject="birthday"),
    S("interpreter-somali", "outlook_web", "en",
      ["somali", "age-16", "new-shape", "interpreter-relay", "writes-for-kid",
       "interpreter-writes", "adult-writes", "html-only", "work-account", "signature",
       "identity-in-text"],
      ("Faisal Warsame", "f.warsame@interpreting-flanders.example"),
      """Good afternoon,

I work as a social interpreter (Somali–Dutch–English). With the agreement of the mother and of the young person, I am passing on a message from [[Ibrahim]], 16, whom I interpreted for at a hospital appointment this week. He asked me to write it "exactly as I say it". His words, translated:

"Hooyo thinks I'm sick in my stomach. I'm not. I'm sick of being afraid. Older boys from my street in Borgerhout want me to sell for them. They know where I live. If I say no, they say my little brothers will pay. I can't tell Hooyo, she has enough. I can't tell police, they will know."

He says he will write himself if you answer. He reads English well.

I am bound by professional confidentiality and will not be further involved unless he asks.

Kind regards,""",
      subject="Message on behalf of a young person", html="only",
      sig="""[[Faisal Warsame]]
[[Social interpreter – Somali / Dutch / English]]
[[Interpreting Flanders]]""",
      identity=["interpreting-flanders.example"]),
    S("repair-cafe-badge", "gmail_web", "en",
      ["dari", "age-19", "new-shape", "pasted-repair-cafe-badge", "contact-offered",
       "identity-in-text", "long"],
      ("Armin Sadat", "armin.sadat.19@mail.example"),
      """Salaam,

I'm 19, I came from Afghanistan when I was 14 and since last year I volunteer at a repair café in Ghent every Saturday. This is the badge they gave me, I'm proud of it, I keep it on my bag:

🔧 REPAIR CAFÉ [[BRUGSE POORT]]
Vrijwilliger: [[Armin S.]]
Specialiteit: fietsen & elektronica
"Weggooien? Mooi niet!"

Why I tell you this: on Saturday a man came with a broken radio and when he heard my accent he said to the coordinator he doesn't want "een Afghaan aan zijn spullen". The coordinator said then he can leave. He left. Everybody said I did nothing wrong.

But since then I can't sleep. It's not even him. It's that it brought back everything: the camp in Greece, the boat, my cousin who didn't make it. My heart beats so fast at night. I thought I was over it. Five years.

My uncle says "mard gerya nemekona", men don't cry, and I should be thankful. I am thankful. I'm also very tired.

I don't want medicine. I want to talk. Maybe someone who knows about trauma and refugees? I can come to Ghent or Brussels.

My number if it helps: [[0484 55 17 92]]

Tashakor,
[[Armin]]""",
      subject="after Saturday"),
    S("punjabi-subject-name", "gmail_ios", "en",
      ["punjabi", "age-14", "no-identity-in-body", "identity-in-header", "new-shape",
       "name-only-in-subject-nickname"],
      ("", "cricketfan2011@mail.example"),
      """my parents want me to wear a patka every day at my new school. i'm the only sikh boy there. people pull it. i'm 14. my bebe says it's our pride, "sada maan". i know. but i'm tired. i want to be normal for one day. can i talk to someone about this without it getting back to the gurdwara? thanks""",
      subject="from Jassi (not my real name)",
      identity=["Jassi"]),
]

CASES_NL: list[Case] = [
    S("spraak-tarifit", "v13smx_scarlet", "nl",
      ["tarifit", "age-14", "voice-to-text", "contact-offered", "identity-in-text"],
      ("Rania Amghar", "rania.amghar@scarlet.example"),
      """hallo lumi ik ben [[Rania]] ik ben 14 jaar en ik spreek dit in want typen gaat te traag punt
mijn mama zegt altijd ad am yarḥem rebbi maar dat helpt nie echt punt
het gaat over mijn vader die is vorig jaar naar Marokko vertrokken en is niet teruggekomen en niemand zegt waarom punt mijn tantes fluisteren in het riffijns als ik binnenkom en dan zwijgen ze
ik denk dat ze gescheiden zijn maar ik mag het niet weten
op school in Gent zegt mijn juf dat ik afwezig ben in mijn hoofd en dat is ook zo
ik wil gewoon weten of hij nog van mij houdt vraagteken
mijn broer zegt zwijg erover ge maakt mama nog zieker
als ge wilt bellen mijn gsm is [[0467 55 28 31]] maar na school aub want op school moet hij in de kast
merci
bericht einde""",
      subject="papa"),
    S("kina-gecesi", "gmail_android", "nl",
      ["turkish", "age-16", "new-shape", "pasted-kina-invitation", "identity-in-text", "P2",
       "P7"],
      ("Kübra Aslan", "kubra.aslan.genk@mail.example"),
      """Hey

Dit is de uitnodiging die mijn moeder gisteren in de familiegroep heeft gezet:

💍 KINA GECESİ 💍
[[Aslan]] & [[Yıldız]] aileleri sizi davet eder
Gelin: [[Kübra Aslan]]
[[Feestzaal Anatolia, Vennestraat 210, Genk]]
Cumartesi 19:00

Ja. Gelin = bruid. Ik. Ik ben 16. Het is "maar een verloving" zegt mijn moeder, trouwen pas als ik 18 ben. Met een neef van mijn vader uit Emirdağ die ik twee keer gezien heb.

Ik heb op school een vriend, Jonas, niemand weet het. Mijn beste vriendin zegt dat ik het moet melden maar bij wie? Als de politie komt maak ik mijn familie kapot. Mijn opa heeft een hartprobleem.

Anneannem zei "kızım, biz de böyle evlendik, mutlu olduk". Maar zij was 15 en ze huilt nog altijd als ze over haar dorp praat.

Kan ik dit stoppen zonder dat iedereen mij haat? Ik heb nog 3 weken.

[[Kübra]]""",
      subject="dringend"),
    S("mama-windows-live", "v13smx_hotmail_win", "nl",
      ["polish", "age-12", "new-shape", "pasted-mothers-day-card", "writes-for-kid",
       "parent-writes", "adult-writes", "identity-in-text"],
      ("Agnieszka Wójcik", "a.wojcik1984@hotmail.example"),
      """Goeiedag,

Ik schrijf in het Nederlands maar ik ben Poolse, sorry voor fouten. Mijn zoon [[Kacper]] heeft 12 jaar. Voor Moederdag hij maakte deze kaart op school, ik schrijf over wat staat:

"Kochana Mamo
Je bent de beste mama van de wereld
maar ik wil niet meer leven
[[Kacperek]]"

De juf heeft de kaart niet gelezen, het was in de envelop. Ik heb gehuild de hele nacht. Als ik vraag, hij zegt "nic, mamo, nic", het is niets, het was grapje. Maar het is geen grapje, hij slaapt slecht, hij speelt niet meer met vrienden van voetbal.

Zijn vader is in Polen, wij zijn alleen in Roeselare. Ik werk in de nacht in fabriek, misschien ik ben te weinig thuis, dat is mijn fout.

Wat moet ik doen? Naar dokter? Naar school? Kan [[Kacper]] zelf met jullie praten, misschien hij zegt meer aan jullie dan aan mij.

Dziękuję bardzo
[[Agnieszka]]""",
      subject="mijn zoon kaart"),
    S("carwash-factuur", "windows_mail", "nl",
      ["bulgarian", "age-17", "new-shape", "family-business-invoice-footer", "not-own-account",
       "family-business-account", "signature"],
      ("IVANOV BV", "info@carwash-ivanov.example"),
      """Hallo,

Ik typ dit op de computer van de carwash van mijn pa omdat ik thuis geen laptop heb. Sorry voor het adres.

Ik ben 17 en werk hier elke zaterdag en zondag, 10 uur per dag, zonder loon want "семейството помага", de familie helpt. Dat vind ik eigenlijk oké. Wat niet oké is: als er een klant klaagt, krijg ik achteraf een klap. Niet voor de klanten, achteraf, in het kantoortje. Mijn broertje van 12 krijgt dat ook sinds kort.

Mijn mama zegt dat mijn pa stress heeft van de lening voor de zaak. Dat zal wel. Maar ik begin bang te worden van het geluid van zijn sleutels.

Op school in Sint-Niklaas weet niemand iets. Ik heb goeie punten, ik lach veel. Niemand zou het geloven.

Mag ik vragen: als ik het aan de CLB-mevrouw vertel, wordt mijn pa dan opgepakt? Ik wil niet dat de zaak kapotgaat, we hebben niks anders.

Liefst antwoorden na 20u, dan is de zaak dicht.""",
      subject="vraag",
      sig="""CARWASH [[IVANOV]] BV – Handwas & poetsbeurten
[[Parklaan 131, 9100 Sint-Niklaas]] | [[03 555 02 48]]
BTW [[BE 0777.204.815]]
Uw wagen, onze zorg!""",
      identity=["carwash-ivanov.example"]),
    S("newroz-dansgroep", "samsung", "nl",
      ["kurmanji", "age-15", "new-shape", "pasted-newroz-dance-list", "html-only",
       "identity-in-text", "P2", "P7"],
      ("Serkan Doğan", "serkan.dogan@mail.example"),
      """Silav,

ik zit in een Koerdische dansgroep van het cultureel centrum en voor Newroz hangt dit aan de muur:

NEWROZ 2025 – Govenda Ciwanan
Rij 1: [[Serkan Doğan]], [[Rojda Doğan]] (zus)
Rij 2: Baran, Helin, Dilan
Plaats: [[Kultur Merkezi Mezopotamya, Heusden-Zolder]]

Dus ik sta vooraan, naast mijn zus. Het probleem: ik wil stoppen met dansen en bij de theaterklas van school gaan, maar die repetities zijn op hetzelfde moment. Mijn vader zegt "tu Kurd î, ev çanda te ye", jij bent Koerd, dit is jouw cultuur. Alsof ik geen Koerd meer ben als ik theater doe.

Mijn opa is in de gevangenis gestorven omdat hij Koerdisch sprak. Dat wordt elke keer gezegd als ik over stoppen begin. Ik ben 15 en ik voel me schuldig over iets dat ik niet eens gedaan heb.

Hoe praat ik met mijn pa zonder dat het weer over opa gaat?

[[Serkan]]""",
      subject="newroz", html="only"),
    S("antwoord-mechelen", "outlook_android", "nl",
      ["darija", "age-13", "reply-quoted", "identity-in-text"],
      ("Malika Tahiri", "malika.tahiri@outlook.example"),
      """hoi
ik ben het terug, [[Malika]]
ik heb gedaan wat jullie zeiden, ik heb met de zorgleerkracht gepraat. ze was heel lief. ze zei dat ik mocht komen als het niet gaat
maar thuis is het erger geworden. mijn oudste broer heeft mijn gsm afgepakt omdat ik "te veel tiktok" kijk. ik kijk geen tiktok. ik kijk naar filmpjes over angst. want ik denk dat ik dat heb
mama zegt "ghir sbri a benti, kolchi ghadi yfout", gewoon geduld, alles gaat voorbij
het gaat al 2 jaar niet voorbij
's nachts word ik wakker met mijn hart heel snel en dan denk ik dat ik doodga. dan ga ik in de badkamer zitten en tel ik de tegels. 48 tegels. ik ken ze allemaal
overdag op school is het beter, behalve bij wiskunde want die leerkracht roept altijd
ik ben 13
ik schrijf dit op de computer van de bib in Mechelen, mijn broer mag dat niet weten
wat als hij mijn mails leest?""",
      subject="Re: angst",
      quote="""Hoi,

Dank je dat je ons schreef. Wat je beschrijft klinkt echt zwaar.
Misschien kan je eens praten met een zorgleerkracht of de CLB-medewerker van je school?
Je mag ons altijd terug schrijven.

Lumi"""),
    S("albanees-gsm", "telenet_webmail", "nl",
      ["albanian", "age-18", "contact-offered", "identity-in-text"],
      ("Drilon Berisha", "drilon.berisha@telenet.example"),
      """Dag,

Ik ben [[Drilon]], 18 jaar, van Kosovaarse afkomst, ik woon in Aalst. Ik heb een vraag die ik aan niemand durf te stellen.

Bij ons is er iets dat heet "besa", je woord geven. Mijn vader heeft zijn woord gegeven aan een familie in Prizren dat ik met hun dochter ga trouwen. Niet nu, "later". Ik was 9 toen hij dat deed. Ik heb haar één keer gezien.

Ik ben verliefd op iemand anders. Op een jongen. Dat is het echte probleem, ik weet het. Als mijn vader dat weet breekt niet alleen zijn besa, maar ook zijn eer, en bij ons is dat alles. "Burri pa fjalë s'është burrë", een man zonder woord is geen man.

Ik slaap niet meer. Ik heb al twee keer een examen gebuisd dit semester.

Als jullie liever bellen: [[0476 55 39 02]], of via mail op dit adres. Maar niet 's avonds, dan zit iedereen in de living.

Faleminderit,
[[D.]]""",
      subject="besa"),
    S("juf-smartschool", "smartschool", "nl",
      ["somali", "age-11", "new-shape", "teacher-forwards-kids-drawing-text", "writes-for-kid",
       "teacher-writes", "adult-writes", "school-account", "html-only", "signature",
       "identity-in-text"],
      ("Els Vandenbroucke", "els.vandenbroucke@sbs-regenboog.example"),
      """Beste,

Ik ben juf van het vijfde leerjaar. Een leerling van mij, [[Hodan]] (11), heeft deze week bij een schrijfopdracht "Mijn droom" iets geschreven dat mij niet loslaat. Ik heb het overgetypt met haar toestemming, want ze wou dat "iemand die het snapt" het las:

"Mijn droom is dat mijn hooyo weer lacht. Sinds mijn aabo weg is lacht ze nooit. Ik kook nu en ik breng mijn broertjes naar school. Ik ben 11 maar ik voel mij 40. Mijn droom is ook om een keer te spelen na school."

Haar moeder spreekt geen Nederlands, het CLB is op de hoogte. [[Hodan]] vroeg of ze zelf eens mocht mailen met jullie vanaf school. Kan dat, en kunnen jullie haar antwoorden in eenvoudige taal?

Met vriendelijke groeten,""",
      subject="vraag van een leerkracht", html="only",
      sig="""[[Els Vandenbroucke]]
[[Leerkracht L5]]
[[Stedelijke Basisschool De Regenboog]]""",
      identity=["sbs-regenboog.example"]),
    S("interim-contract", "outlook_mobile", "nl",
      ["romanian", "age-19", "new-shape", "pasted-interim-contract", "work-account",
       "identity-in-text", "P6", "P2"],
      ("Florin Dumitrescu", "florin.dumitrescu@bakkerij-vanhecke.example"),
      """Hallo,

Ik stuur dit vanaf mijn werkmail, excuses. Ik ben 19, uit Roemenië, 2 jaar in België. Ik heb gisteren dit gekregen van het interimkantoor:

Interimcontract – week 11
Uitzendkracht: [[DUMITRESCU Florin]]
Personeelsnr.: [[448207]]
Gebruiker: [[Bakkerij Vanhecke, Industrielaan 12, Wetteren]]
Uurrooster: nacht, 22u00 – 06u00

Week 11 is mijn zesde week nachtwerk na elkaar. Ik slaap overdag in een kamer die ik deel met 3 andere Roemenen, daar is altijd lawaai. Ik heb gemerkt dat ik begin te drinken om te slapen. Elke dag een beetje meer.

Mama belt uit Iași en vraagt "ești bine, puiule?" en ik zeg altijd "da, mamă, totul e bine". Ze denkt dat ik hier een goed leven heb.

Ik ben geen jongere meer misschien, met 19? Maar ik weet niet waar anders naartoe.

Mulțumesc,
[[Florin]]""",
      subject="vraag",
      identity=["bakkerij-vanhecke.example"]),
    S("babusya-vertaling", "huawei", "nl",
      ["ukrainian", "age-10", "new-shape", "grandmother-dictates-granddaughter-types",
       "writes-for-kid", "grandparent-writes", "adult-writes", "identity-in-text"],
      ("Oksana Shevchenko", "oksana.shev@mail.example"),
      """Goeiedag

ik ben [[Sofiia]] ik ben 16, ik typ wat mijn babusya zegt want zij spreekt geen Nederlands. het gaat over mijn broertje [[Artemko]], hij is 10. hieronder haar woorden:

"Добрий день. Mijn kleinzoon [[Artemko]] is 10 jaar. Sinds wij in Hasselt wonen, plast hij weer in bed. Bij elke vliegtuig boven het huis hij kruipt onder de tafel. In Kharkiv waren bommen. Zijn mama werkt in de zorg en is altijd moe. Ik ben 71, ik weet niet hoe ik hem kan helpen. Op school zeggen ze hij is 'stil maar lief'. Is er hulp in het Oekraïens voor kinderen?"

dat was babusya. ik wil er zelf nog iets bij zeggen: [[Artemko]] tekent elke avond hetzelfde huis, met vuur erin. mama wil dat niet zien en gooit de tekeningen weg.

bedankt
[[Sofiia]] (en babusya [[Oksana]])""",
      subject="voor mijn broertje"),
    S("tsjetsjeens-anoniem", "windows_mail", "nl",
      ["chechen", "russian", "age-16", "no-identity-in-body", "identity-in-header",
       "new-shape", "name-only-in-subject-and-reply-to"],
      ("", "z.m.2009@mail.example"),
      """Hallo,

Ik ga geen naam zeggen. Ik ben 16 en ik woon in Vlaanderen. Mijn familie komt uit Tsjetsjenië.

Mijn oudere broer houdt in de gaten wat ik doe, mijn kleren, met wie ik praat, ook op Instagram. Hij zegt dat het zijn plicht is, "так принято у нас", zo doen wij dat. Mijn vader is er niet meer, dus hij voelt zich de baas.

Vorige week heeft hij een jongen van mijn klas bedreigd die mij alleen maar de les had doorgestuurd. Nu durft niemand nog met mij te praten.

Mijn moeder zegt niks. Ze zegt alleen dat ik geduld moet hebben tot ik getrouwd ben, dan ben ik "vrij". Alsof trouwen vrijheid is. Mijn nicht is op 17 getrouwd en ze mag nu nog minder dan ik.
Ik wil later advocaat worden. Ik haal goeie punten. Maar ik ben bang dat hij ook dat gaat afpakken als ik naar de universiteit wil in een andere stad.

Is dit normaal in een familie? Ik weet echt niet meer wat normaal is.

Antwoord aub naar het adres dat erbij staat, niet naar dit.""",
      subject="vraag van Zelimkhan",
      headers=[("Reply-To", "Zelimkhan M. <zelim.noreply@mail.example>")],
      identity=["Zelimkhan", "Zelimkhan M.", "zelim.noreply@mail.example"]),
    S("kriolu-html", "proton", "nl",
      ["kriolu", "portuguese", "age-15", "html-only", "no-identity-in-body"],
      ("Djenifer Tavares", "djeni.tavares@proton.example"),
      """hoi lumi
ik ben 15, mijn familie is van Kaapverdië
ik ben zwanger. 7 weken.
niemand weet het, ook mijn vriend niet
mijn mãe zou zeggen "bu ta mata-m" (je maakt mij dood)
ik heb de test 3 keer gedaan, alle 3 positief
ik heb hem verstopt in een doos van mijn schoenen
mijn vriend is 16, hij is lief maar hij zou schrikken en weglopen denk ik
ik ga nog naar school, ik wil verpleegster worden
mijn tia is ook jong mama geworden en iedereen praat nog altijd slecht over haar op feesten
ik weet niet wat ik wil
ik weet wel dat ik wil dat iemand mij niet veroordeelt
waar kan ik naartoe zonder dat mijn ouders het weten? is dat zelfs mogelijk op mijn leeftijd?
aub snel antwoorden""",
      subject="dringend", html="only"),
    S("ocmw-brief-vertaald", "gmail_web", "nl",
      ["syrian-arabic", "age-14", "new-shape", "pasted-ocmw-letter", "identity-in-text",
       "P6", "P2", "P7"],
      ("Bilal Alhasan", "bilal.alhasan14@mail.example"),
      """Hallo,

Ik ben [[Bilal]], 14 jaar. Ik vertaal alle brieven voor mijn ouders want zij spreken nog niet goed Nederlands. Vandaag kwam deze:

OCMW [[Sint-Truiden]] – Sociale dienst
Dossiernr. [[2024/LV/03318]]
Aan de heer [[Alhasan Mohammad]] en mevrouw [[Alhasan Fatima]]
Betreft: terugvordering leefloon
Wij stellen vast dat u in de periode januari-maart onterecht...

Ik moest aan mijn vader uitleggen dat we 2.400 euro moeten terugbetalen. Hij zat heel lang stil en zei "yalla, Allah kbir". Mama huilde in de keuken. En ik dacht: misschien heb ik het verkeerd vertaald. Misschien is het mijn fout.

Ik doe dit sinds ik 11 ben. Brieven, dokter, school, de bank. Mijn vrienden spelen voetbal en ik zit bij de sociaal assistent. Ik ben moe van volwassen zijn.

Is dat raar om te zeggen?
Shukran
[[B.]]""",
      subject="brief ocmw"),
    S("hafez-fal", "iphone", "nl",
      ["farsi", "age-17", "new-shape", "own-fal-of-hafez", "contact-offered",
       "identity-in-text"],
      ("Shirin Moradi", "shirin.moradi@icloud.example"),
      """Salam,

Bij ons doen we op Yalda-nacht een "fal-e Hafez": je stelt een vraag, je opent het boek van Hafez op een willekeurige pagina en het gedicht is je antwoord. Mijn vraag was: moet ik het zeggen tegen mijn ouders? Dit kwam eruit:

یوسف گم گشته باز آید به کنعان غم مخور
(de verloren Jozef keert terug naar Kanaän, wees niet bedroefd)

Mijn tante zei dat het betekent "alles komt goed". Maar ik weet niet of een gedicht van 700 jaar oud weet hoe mijn vader gaat reageren als ik zeg dat ik geen moslim meer ben.

Ik ben 17, ik zit in het laatste jaar in Brugge. Ik wil gewoon eerlijk zijn. Mijn vader is geen slechte man, maar hij is gevlucht voor zijn geloof en het is alles wat hij heeft meegenomen.

Als jullie willen praten, mijn Signal is [[0499 55 84 10]].

Merci, mamnoon
[[Shirin]]""",
      subject="fal"),
    S("neef-account-lingala", "yahoo", "nl",
      ["lingala", "age-12", "not-own-account", "cousin-account", "identity-in-text"],
      ("Dieudonné Kabasele", "dieudo.kabasele@yahoo.example"),
      """hey

dit is de mail van mijn neef, ik mag hem gebruiken op zijn pc. ik ben [[Merveille]], 12 jaar

op school in Vilvoorde noemen ze mij "aap" en maken ze apengeluiden als ik binnenkom. de leerkracht zegt "negeer het gewoon". ik negeer het al 2 jaar

mijn mama zegt "Nzambe azali", God is er. mijn neef zegt ik moet terugslaan. als ik terugsla ben ik de agressieve zwarte jongen, dat weet ik al

vorige week hebben ze een banaan in mijn boekentas gestoken en iedereen filmde toen ik hem vond. het filmpje staat nu op tiktok, iemand van het zesde heeft het gedeeld. ik heb niet gehuild op school, pas thuis onder de douche zodat niemand het hoorde
mijn kleine zus zit op dezelfde school in het derde, ik ben bang dat ze het ook gaat zien

ik wil naar een andere school maar mama zegt dat het overal hetzelfde is

is dat zo?
[[Merveille]]

ps niet antwoorden met mijn naam erin aub, mijn neef leest mee""",
      subject="school"),
    S("zus-account-recital", "gmail_ios", "nl",
      ["spanish", "age-18", "new-shape", "pasted-recital-poster", "not-own-account",
       "sibling-account", "html-only", "identity-in-text", "P2"],
      ("Lucía Ortega", "lucia.ortega.kh@mail.example"),
      """Hola,

ik schrijf van het account van mijn zus want het mijne staat op de laptop van mijn ouders.

Dit is de affiche van het eindejaarsoptreden van de dansacademie:

💃 Flamenco Gala – [[Academia Sol y Sombra, Kortrijk]]
Solo: [[Alba Ortega]] – "Soleá por bulerías"
Gratis inkom – iedereen welkom!

Mijn eerste solo. Ik ben 18 en ik dans al sinds mijn vierde. Maar sinds drie maanden eet ik bijna niks meer omdat de lerares zei dat ik "een beetje zwaar ben voor een solo". Ik ben 1m68 en 49 kilo nu. Mijn mama zegt "qué guapa estás, mija" en ik word er ziek van.

Vorige week ben ik flauwgevallen op de repetitie. Iedereen dacht dat het de warmte was.

Ik weet dat dit niet gezond is. Ik weet ook dat ik niet kan stoppen, zeker niet voor het optreden.

[[Albita]]""",
      subject="optreden", html="only"),
    S("papa-werkgsm", "blackberry", "nl",
      ["russian", "age-13", "not-own-account", "parent-account", "no-identity-in-body"],
      ("Stanislav Petrov", "s.petrov@havenlogistiek.example"),
      """dit is de werkgsm van mijn vader, hij slaapt. ik ben 13

mijn vader en moeder roepen elke avond in het russisch, ze denken dat wij het niet verstaan. we verstaan alles. gisteren zei mama "я от тебя уйду" ik ga bij je weg
ik wil niet kiezen tussen hen
ze zijn allebei lief voor ons, gewoon niet voor elkaar
papa werkt aan de haven, hij komt om 7 uur thuis en dan begint het. mama zit de hele dag alleen thuis, ze heeft geen vriendinnen hier en ze spreekt bijna geen nederlands. ik denk dat ze heimwee heeft naar Sint-Petersburg
op school merk ik dat ik niet meer kan opletten, ik denk de hele tijd aan wat er 's avonds gaat gebeuren
mijn kleine zus vraagt elke avond of ze gaan scheiden en ik zeg nee
hoe weet je of je ouders gaan scheiden? en wat gebeurt er dan met ons?
niet terugmailen naar dit adres aub, ik lees het wel in de verzonden items of zo""",
      subject="vraag"),
    S("jeugdwerker-timeout", "outlook_desktop", "nl",
      ["turkish", "darija", "age-15", "new-shape", "pasted-school-timeout-contract",
       "writes-for-kid", "youth-worker-writes", "adult-writes", "work-account", "signature",
       "identity-in-text", "P4", "P2"],
      ("Wout De Smedt", "wout.desmedt@jeugdwerk-borgerhout.example"),
      """Hallo Lumi,

Ik ben straathoekwerker en ik schrijf in overleg met [[Mehmet-Ali]] (15), een gast die ik al twee jaar ken. Hij wou dat ik jullie dit doorstuurde, het "contract" dat hij van school kreeg:

TIME-OUTCONTRACT
Leerling: [[Mehmet-Ali Yıldırım]] – klas [[3BSO-b]]
School: [[GO! Atheneum Deurne]]
Afspraak: 3 weken time-out in het project Back2School, daarna evaluatie.

Hij zegt zelf, en ik citeer hem: "Ze hebben mij weggestuurd omdat ik een leerkracht terug uitgescholden heb. Die had eerst 'ga terug naar uw land' gezegd. Niemand gelooft mij. Annem ağlıyor, mijn pa zegt wallah ge zijt een schande."

Ik geloof hem. Hij is geen heilige, maar hij liegt niet over zulke dingen. Hij heeft nu het gevoel dat hij "toch de slechte is" en ik zie hem wegglijden: laat opblijven, blowen, andere vrienden.

Hij wil graag zelf met iemand van jullie mailen, anoniem. Mag dat?

Groetjes,""",
      subject="vraag voor een jongere",
      sig="""[[Wout De Smedt]]
Straathoekwerker
[[vzw Jeugdwerk Borgerhout]]
gsm [[0494 55 61 07]]""",
      identity=["jeugdwerk-borgerhout.example"]),
]

CASES: list[Case] = [*CASES_FR1, *CASES_FR2, *CASES_EN, *CASES_NL]
