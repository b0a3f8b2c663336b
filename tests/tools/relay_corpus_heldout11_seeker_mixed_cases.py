# ruff: noqa: E501
"""Hand-written bodies of the eleventh held-out set, part seeker-mixed (see the generator's docstring).

Markup: [[...]] an identity span, <<...>> neither content nor identity; everything else the writer
wrote is content. Written apart, without reading the relay's rules or the mails it was tuned on.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case, encoded_word


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case("h11m-" + slug, "seeker", shape, lang, tags, sender, body, **kw)  # type: ignore[arg-type]


LUMI_FR = """Bonjour,

Merci de nous avoir écrit, ça demande du courage.
Ce que tu ressens est tout à fait normal et tu n'es pas seul·e.
Si tu veux, tu peux nous raconter un peu plus : on est là.

L'équipe Lumi"""

LUMI_EN = """Hi,

Thank you for writing to us, that took courage.
What you feel is okay, and you are not alone with it.
Tell us more whenever you want: we are here.

The Lumi team"""

LUMI_NL = """Hoi,

Dank je om ons te schrijven, dat vraagt moed.
Wat je voelt is oké en je staat er niet alleen voor.
Vertel gerust meer als je wil: we zijn er.

Het Lumi-team"""

EXTRA_FIRST_NAMES = frozenset({
    "Ilyas", "Mame", "Elif", "Céline", "Manuel", "Mariama", "Yasmine", "Rachid", "Hamza",
    "Amadou", "Oksana", "Fatoumata", "Bilal", "Zeynep", "Kacper", "Marta", "Ana", "Ahmed",
    "Dawit", "Hodan", "Nilesh", "Claudia", "Kinga", "NIKOLAOS", "MAKSYM", "Arben", "Rojda", "Farida", "Nasrin", "Emre", "Ayoub", "Sara",
})

FR: list[Case] = [
    S("anderlecht-madrasa-sms", "gmail_android", "fr",
      ["mixed-language", "darija", "arabic", "brussels", "age-15", "own-account", "pasted-sms",
       "madrasa-absence", "new-shape", "identity-in-text", "no-punctuation", "one-phrase-a-line"],
      ("Ilyas A.", "ilyas.a2010@gmail.example"),
      """salam
jsuis un garçon de 15 ans à anderlecht
wallah jsais pas a qui parler
je crois que jsuis gay et jai trop peur
ma mère elle a reçu ce sms samedi parce que jsuis pas allé au cours
« Madrasa Ibn Rochd ([[Molenbeek]]) : votre fils [[Ilyas Ait Lahcen]] était absent ce samedi 10h-13h. Merci de contacter l'ustadh. »
jy étais pas parce que jetais avec un gars de ma classe au parc
si elle apprend avec qui jetais elle va pleurer toute sa vie
3afak répondez moi vite
mais pas le soir mon frère prend mon tel""",
      subject="aide svp"),
    S("charleroi-nonna-account", "v11smx_libero", "fr",
      ["mixed-language", "italian", "wallonia", "age-13", "grandparent-account",
       "not-own-account", "account-holder-named", "identity-in-text", "no-punctuation"],
      ("Giuseppina Lo Russo", "giuseppina.lorusso@libero.example"),
      """buongiorno
c est pas nonna [[Giuseppina]] qui écrit c est moi sa petite fille [[Giulia]]
j ai 13 ans j habite marcinelle
nonna sait pas utiliser le mail alors elle m a donné son téléphone pour faire mes devoirs
à l école il y a des filles qui m appellent la baleine et elles ont fait un groupe snap sans moi
mamma dice che devo ignorarle ma ça marche pas
je pleure dans les toilettes à la récré
vous pouvez me répondre ici mais dites pas que c est vous parce que nonna lit tout 😅
grazie""",
      subject="per favore"),
    S("lyon-prefecture-convocation", "v11smx_orange", "fr",
      ["mixed-language", "kabyle", "arabic", "france", "age-17", "own-account",
       "pasted-convocation", "residence-permit-appointment", "new-shape", "identity-in-text"],
      ("Thiziri Belkacem", "thiziri.belkacem@orange.example"),
      """Bonjour,
Je m'appelle [[Thiziri]], j'ai 17 ans et j'habite près de Lyon.
Je suis lesbienne et personne le sait à part ma meilleure amie.
Mes parents veulent qu'on aille au bled cet été pour me "présenter" à une famille, yemma dit que c'est juste pour voir.
Avant ça on doit aller à la préfecture pour mon titre de séjour, voilà la convocation que mon père a reçue :
---
PRÉFECTURE DU RHÔNE – Service des étrangers
Convocation n° [[69-2025-118734]]
Nom : [[BELKACEM]]   Prénom : [[Thiziri]]
Adresse : [[14 rue Jules Guesde, 69200 Vénissieux]]
Date : 17/03/2025 à 9h15 – Guichet 4
---
Si je dis à la dame de la préfecture que j'ai peur de partir, elle peut faire quelque chose ?
Ou ça va retomber sur mes parents ?
Tanemmirt (merci en kabyle)
[[Thiziri]]""",
      subject="question titre de séjour + autre chose"),
    S("kinshasa-cousin-for-jordy", "gmail_web", "fr",
      ["mixed-language", "lingala", "diaspora", "age-16", "cousin-writes", "adult-writes",
       "writes-for-kid", "contact-offered", "do-not-use-number", "identity-in-text"],
      ("Grâce Mbuyi", "grace.mbuyi94@gmail.example"),
      """Mbote,
je vous écris depuis Kinshasa pour mon petit cousin [[Jordy]] qui vit à Ixelles chez sa tante.
Il a 16 ans. Il m'a dit au téléphone qu'il aime les garçons et depuis sa tante l'appelle "mwana ya satana" devant tout le monde et le fait dormir au salon.
[[Jordy]] n'a pas d'adresse mail à lui, il utilise le WiFi de l'école.
Je peux lui passer votre réponse par WhatsApp, mon numéro c'est le [[+243 81 234 5678]].
Lui il a un numéro belge mais NE L'APPELEZ PAS, c'est le téléphone de sa tante.
Nzambe apambola bino
[[Grâce]]""",
      subject="Pour mon cousin (Bruxelles)"),
    S("schaerbeek-tontine-group", "samsung", "fr",
      ["mixed-language", "wolof", "brussels", "age-14", "own-account", "pasted-group-chat",
       "tontine-list", "new-shape", "identity-in-text", "no-punctuation"],
      ("Awa Ndiaye", "awandiaye.10@hotmail.example"),
      """bjr
moi c [[awa]] 14 ans schaerbeek
ma mère elle est dans une tontine avec les dames du quartier et hier dans le groupe whatsapp y a eu ça
📋 TONTINE MARS
1. Tata Fatou ✅
2. [[Mame Diarra Ndiaye]] ([[rue Josaphat]]) ❌ pas encore payé
3. Tata Bineta ✅
rappel : la maman de la petite [[Awa]] doit 200€ avant dimanche
et juste après une dame a écrit qu on m a vu embrasser une fille au parc
maintenant ma mère me parle plus
dama tiit (j ai peur)
jsais pas quoi faire""",
      subject="jsp"),
    S("seraing-itsme-deadname", "outlook_mobile", "fr",
      ["mixed-language", "turkish", "wallonia", "age-18", "own-account", "pasted-app-notice",
       "itsme-notice", "deadname", "new-shape", "identity-in-text"],
      ("Elif Yildirim", "e.yildirim@outlook.example"),
      """Merhaba,
je m'appelle [[Deniz]] (c'est le prénom que j'ai choisi), j'ai 18 ans, j'habite à Seraing avec ma mère et mon petit frère.
Sur tous mes papiers c'est encore mon ancien prénom, même l'appli itsme me le rappelle à chaque fois :
"itsme® — [[Elif Yıldırım]], confirmez-vous la connexion à MyMinfin ?"
À chaque fois ça me fait un coup au ventre.
Je voudrais savoir comment on change de prénom en Belgique, si c'est payant, et si ma mère doit signer vu que je suis majeur.
Annem bilmiyor, elle croit que c'est "une phase".
Teşekkürler
[[D.]]""",
      subject="changer de prénom"),
    S("saint-denis-dating-profile", "proton", "fr",
      ["mixed-language", "arabic", "france", "age-19", "own-account", "pasted-dating-profile",
       "new-shape", "identity-in-text", "family-named-by-other"],
      ("", "velours_nocturne@proton.example"),
      """salut
j'ai 19 ans, je suis en L1 à Paris 8, famille égyptienne
je me suis fait un profil sur une appli de rencontre pour mecs, c'est la première fois
voilà ce que j'ai mis (je le copie pour que vous voyiez) :
"[[Karim]], 19
📍 [[Saint-Denis]] · Étudiant
Cherche : je sais pas encore
Langues : français, عربي, un peu d'anglais"
un mec m'a reconnu et m'a envoyé "je connais ton oncle [[Hossam]] de la boucherie"
depuis je dors plus, j'ai supprimé l'appli mais il a des captures
c'est du chantage ? je fais quoi
yalla merci""",
      subject="chantage ?", from_style="bare"),
    S("namur-daspa-teacher", "outlook_web", "fr",
      ["mixed-language", "dari", "farsi", "wallonia", "age-12", "teacher-writes",
       "adult-writes", "writes-for-kid", "work-account", "identity-in-text"],
      ("Céline Dufrasne", "c.dufrasne@athenee-jambes.example"),
      """Bonjour,
Je suis enseignante en classe DASPA (accueil des primo-arrivants) à Namur.
J'ai un élève de 12 ans, [[Mortaza]], arrivé d'Afghanistan il y a huit mois, qui vit avec son grand frère dans un centre.
Hier il m'a montré une page de son cahier où il avait écrit en dari « من دختر هستم » (« je suis une fille ») et il a tout de suite tourné la page.
Il ne parle pas encore assez français pour vous écrire seul. Est-ce que Lumi peut répondre en dari ou en anglais simple ? Sinon je peux transmettre.
Je ne veux surtout pas le mettre en danger là où il vit.
Merci pour votre travail,""",
      subject="Un élève primo-arrivant",
      sig="""[[Céline Dufrasne]]
Enseignante DASPA – [[Athénée royal de Jambes]]
[[081 30 45 67]]"""),
    S("bruxelles-reply-romanian", "yahoo", "fr",
      ["mixed-language", "romanian", "brussels", "age-14", "own-account", "reply-quoted",
       "identity-in-text", "no-punctuation"],
      ("Andreea Popa", "andreea.popa.2011@yahoo.example"),
      """mersi mult pour la réponse
j'ai parlé à la prof de religion comme vous avez dit
elle a été gentille mais elle va appeler ma mère 😭😭
ma mère parle pas bien français alors c'est moi qui dois traduire ce qu'on dit sur moi
c'est trop bizarre
vous pouvez écrire une lettre en roumain ?? mama ar înțelege mai bine
[[Andreea]] (14)""",
      subject="Re: ajutor / aide", quote=LUMI_FR),
    S("verviers-grandfather-html", "v11smx_skynet", "fr",
      ["mixed-language", "portuguese", "wallonia", "age-11", "grandparent-writes",
       "adult-writes", "writes-for-kid", "html-only", "contact-offered", "identity-in-text"],
      ("Manuel Fernandes", "manuel.fernandes@skynet.example"),
      """Bom dia,
Je suis le grand-père de [[Tiago]], 11 ans, qui vit chez nous à Verviers depuis que sa maman est repartie au Portugal.
[[Tiago]] ne mange plus à l'école. Les autres garçons l'appellent « menina » parce qu'il joue avec les filles et qu'il aime danser.
Ma femme dit que ça va passer. Moi je vois mon petit-fils qui se cache.
Je ne sais pas parler de ces choses. Dans mon temps on ne parlait pas.
Je voudrais savoir comment l'aider sans le brusquer.
Obrigado,
[[Manuel Fernandes]]
[[0487 55 21 09]] (vous pouvez m'appeler le soir)""",
      subject="Pour mon petit-fils", html="only"),
    S("marseille-lycee-zoho", "v11smx_zoho", "fr",
      ["mixed-language", "shikomori", "france", "age-15", "school-account",
       "no-identity-in-body", "no-punctuation", "one-phrase-a-line"],
      ("ATTOUMANI Nassim", "nassim.attoumani@lycee-marseille.zoho-school.example"),
      """wesh
jsuis en seconde, 15 ans, marseille 14e
mes parents sont comoriens et chez nous on parle pas de ça
jcrois que jsuis bi
ya un garçon au lycée qui ma dit qu'il allait le dire à tout le monde si je lui donne pas 50 euros
jai pas 50 euros
ntsi ndjo hindri (jsais pas quoi faire)
c'est mon mail du lycée dsl jen ai pas d'autre""",
      subject="urgent"),
    S("etterbeek-sim-activation", "v11smx_ukrnet", "fr",
      ["mixed-language", "ukrainian", "russian", "brussels", "age-16", "own-account",
       "pasted-sms", "sim-activation", "new-shape", "contact-offered", "identity-in-text"],
      ("Максим Коваленко", "maks.kovalenko@ukr.example"),
      """Добрий день / bonjour
je m'appelle [[Maksym]], 16 ans, on est arrivés de Kharkiv en 2022, maintenant on vit à Bruxelles.
J'ai un copain en Ukraine, on parle tous les soirs. Ma mère lit mon téléphone alors j'ai acheté une carte SIM avec mon argent de poche.
Mais le vendeur a demandé ma carte d'identité et j'ai reçu ça :
"Orange Belgium : Bonjour [[MAKSYM KOVALENKO]], votre carte prépayée [[0466 21 87 30]] est activée. Adresse enregistrée : [[Av. d'Auderghem 201, 1040]]."
Est-ce qu'ils peuvent envoyer une lettre à la maison ? Ma mère ouvre tout.
Вибачте за мою французьку
Vous pouvez m'écrire sur Signal à ce numéro-là, c'est le seul qu'elle connaît pas.""",
      subject="carte SIM question", identity=["KOVALENKO"]),
    S("mons-hospital-wristband", "huawei", "fr",
      ["mixed-language", "pular", "wallonia", "age-15", "own-account", "pasted-wristband",
       "new-shape", "identity-in-text"],
      ("Mariama D", "mariama.d2009@gmail.example"),
      """Bonsoir
je suis rentrée des urgences il y a deux heures, j'ai fait une crise d'angoisse au cours de gym
j'ai encore le bracelet, je recopie parce que je sais pas ce que ça veut dire "Urg. psy" :
[[DIALLO Mariama]] · F · [[12/04/2009]] · [[CHU Ambroise Paré]] · Urg. psy · [[IPP 0048213]]
l'infirmière a demandé si j'avais des soucis à la maison, j'ai dit non
la vérité c'est que mon père a trouvé mes messages avec ma copine
il a dit "a wonaa ɓiɗɗo am" (tu n'es plus ma fille)
j'ai 15 ans, j'ai nulle part où aller
est-ce que l'hôpital va lui dire ce que j'ai ?""",
      subject="urgences", identity=["DIALLO"]),
    S("uccle-reception-centre-pc", "outlook_web", "fr",
      ["mixed-language", "tigrinya", "diaspora", "brussels", "age-17",
       "reception-centre-account", "new-shape", "not-own-account", "contact-offered", "identity-in-text",
       "shared-computer-footer"],
      ("PC Accueil Uccle", "salle.pc.uccle@centre-accueil.example"),
      """bonjour lumi
je suis [[Saba]] j'ai 17 ans je viens d'Érythrée
j'écris sur l'ordinateur de la salle, tout le monde peut voir
dans ma chambre il y a une fille qui dit aux autres que je suis "ዓሻ" et que j'aime les filles
ce n'est pas vrai... peut-être c'est vrai je sais pas
les éducateurs ils parlent pas tigrinya
s'il vous plaît répondez en français facile
ne répondez pas ici, écrivez à mon mail [[saba.tesfay07@gmail.example]]
ቐንየለይ""",
      subject="question",
      sig="""Ce poste est partagé : déconnectez-vous après usage.
[[Centre d'accueil Croix-Rouge – Uccle]] · [[Chaussée de Saint-Job 430]]"""),
    S("lille-host-mother-account", "apple_mail", "fr",
      ["mixed-language", "spanish", "france", "age-16", "host-family-account", "new-shape",
       "not-own-account", "account-holder-named", "contact-offered", "identity-in-text"],
      ("Sophie Vandermeersch", "sophie.vdm@free.example"),
      """Hola / bonjour,
je suis [[Lucía]], une élève d'échange espagnole, j'ai 16 ans et je suis dans une famille d'accueil à Lille pour 3 mois.
J'utilise l'ordinateur de ma mère d'accueil parce que mon portable est cassé, elle est d'accord.
Ici j'ai rencontré une fille au lycée et je crois que je suis amoureuse. En Espagne j'avais un copain.
Je ne sais pas si je dois le dire à mes parents à Séville o esperar hasta volver.
Perdón por los errores
[[Lucía]]
PS : écrivez-moi plutôt sur [[lucia.moreno.r@gmail.example]], pas sur l'adresse de [[Sophie]]""",
      subject="una pregunta / une question"),
    S("dakar-sister-for-ousmane", "gmail_ios", "fr",
      ["mixed-language", "wolof", "diaspora", "age-10", "sibling-writes", "adult-writes",
       "writes-for-kid", "identity-in-text"],
      ("Khady Sarr", "khady.sarr@gmail.example"),
      """Bonjour Lumi,
Je suis la grande sœur de [[Ousmane]], il a 10 ans et il vit à Liège avec notre papa.
Moi je suis restée à Dakar pour mes études.
Au téléphone [[Ousmane]] m'a dit qu'à l'école on l'appelle "[[Ouss]] la fille" parce qu'il a des tresses et qu'il joue à la corde.
Il pleure le soir et papa lui dit "góor dafay muñ" (un homme doit supporter).
Je ne peux rien faire d'ici. Est-ce qu'il y a quelqu'un à Liège qui peut parler avec lui ou avec l'école ?
Jërëjëf,
[[Khady]]""",
      subject="mon petit frère"),
    S("subject-runs-on-rayan", "iphone", "fr",
      ["mixed-language", "darija", "brussels", "age-12", "own-account",
       "sentence-continues-from-subject", "name-in-subject", "new-shape", "identity-in-header",
       "no-punctuation"],
      ("", "minecraft.boss.2013@icloud.example"),
      """et je sais pas si c normal
quand les autres garçons parlent des filles moi je pense à un garçon de ma classe
mon père il dit toujours hchouma pour tout
je lai dit à personne
vous êtes des vrais gens ou un robot""",
      subject="je m'appelle Rayan j'ai 12 ans", from_style="bare",
      identity=["Rayan"]),
    S("mulhouse-nasab-signature", "v11smx_orange", "fr",
      ["mixed-language", "arabic", "darija", "france", "age-13", "own-account",
       "prayer-form-signature", "new-shape", "identity-in-text"],
      ("Yasmine B.", "yasmine.b.68@orange.example"),
      """bismillah
je vous écris parce que je fais des duas tous les soirs pour que ça parte et ça part pas
j'ai 13 ans et je crois que j'aime une fille de ma classe
à la mosquée ils disent que c'est haram et que Allah punit
est-ce que je vais aller en enfer ?
je veux pas décevoir ma mère elle fait tout pour nous
s'il vous plaît faites une dua pour moi
[[Yasmine]] bint [[Rachid]], fille de [[Khadija]]""",
      subject="dua"),
    S("liege-phone-bill", "windows_mail", "fr",
      ["mixed-language", "kurmanji", "kurdish", "wallonia", "age-16", "parent-account",
       "not-own-account", "pasted-bill", "new-shape", "identity-in-text"],
      ("Hozan Demir", "hozan.demir@telenet.example"),
      """Silav,
c'est pas mon père qui écrit c'est son fils, 16 ans, j'ai pris son ordi
la semaine dernière j'ai appelé votre ligne depuis le fixe de la maison et maintenant j'ai peur parce que la facture est arrivée par mail :
"Facture Proximus n° [[2025-03-118822]]
Client : [[M. H. DEMIR]] – [[Rue Saint-Léonard 377, 4000 Liège]]
Appels nationaux : 02/03 21:14 — numéro court — 00:23:10"
est-ce que votre numéro est écrit en clair quelque part ? il va demander c'est quoi 23 minutes
mon père est kurde très traditionnel il sait pas pour moi et mon ami
spas (merci)""",
      subject="facture question"),
    S("paris-ngl-messages", "gmail_android", "fr",
      ["mixed-language", "bambara", "france", "age-14", "own-account", "pasted-anonymous-app",
       "new-shape", "identity-in-text"],
      ("Fatoumata Keita", "fatou.keita.93@gmail.example"),
      """salut
jai 14 ans jhabite à Montreuil
jai mis le link NGL dans ma story insta et voilà ce que j'ai reçu
"ngl.link/[[fatou.k_93]]
📩 message anonyme : tout le monde sait que t'es une gouine [[Fatou]] 🤮
📩 message anonyme : on va le dire à ta daronne au marché"
ma mère vend des tissus au marché de Croix-de-Chavaux tout le monde la connaît
i ni ce pour lire (merci en bambara)
ça se trouve qui envoie les messages ou pas""",
      subject="ngl"),
    S("bruxelles-truecaller", "samsung", "fr",
      ["mixed-language", "arabic", "darija", "brussels", "age-17", "own-account",
       "pasted-caller-id", "new-shape", "contact-offered", "identity-in-text"],
      ("Hamza El Khattabi", "hamza.elkh@gmail.example"),
      """salam lumi
17 ans, Bruxelles nord
quelqu'un a mis mon numéro dans une appli d'identification d'appels avec un faux nom et maintenant quand j'appelle quelqu'un ça affiche ça :
"📞 [[0485 33 71 26]]
Identifié comme : [[Hamza]] 🏳️‍🌈 pd de [[Laeken]]
Signalé 14 fois"
mon oncle a vu ça quand je l'ai appelé pour le ramadan
il a rien dit mais il a regardé mon père bizarre
on peut faire retirer ça ? c'est du harcèlement non
vous pouvez m'écrire sur ce numéro sur whatsapp si c'est plus simple""",
      subject="faux nom sur mon numéro"),
    S("toulouse-airtag-bag", "v11smx_outlook_mac", "fr",
      ["mixed-language", "tamazight", "tarifit", "france", "age-16", "own-account",
       "pasted-device-alert", "new-shape", "identity-in-text"],
      ("Nadia Amrani", "nadia.amrani@outlook.example"),
      """Bonsoir,
J'ai 16 ans et j'habite à Toulouse. Hier j'ai trouvé un AirTag cousu dans la doublure de mon sac de cours.
Mon téléphone m'avait affiché ça plusieurs fois et je comprenais pas :
« AirTag « Sac de [[Nadia]] » détecté près de vous. Propriétaire : [[Nordine A.]] »
C'est mon frère. Il veut savoir où je vais après le lycée parce qu'il pense que je vois un garçon.
En vrai je vois une fille. Je sais pas ce qui est pire pour lui.
Thanmirth (merci en rifain)""",
      subject="AirTag dans mon sac"),
    S("charleroi-student-job-contract", "v11smx_k9", "fr",
      ["mixed-language", "polish", "wallonia", "age-18", "own-account", "pasted-contract",
       "new-shape", "identity-in-text"],
      ("Kacper Nowak", "kacper.nowak@gmail.example"),
      """Cześć / bonjour,
j'ai 18 ans et je commence un job étudiant dans un entrepôt ce weekend.
J'ai reçu le contrat et je panique parce que c'est mon ancien prénom qui est dessus :
CONTRAT D'OCCUPATION D'ÉTUDIANT
Travailleur : [[Kinga NOWAK]], né(e) le [[03/09/2006]]
Domicile : [[Rue de Montigny 58, 6000 Charleroi]]
Lieu de travail : Entrepôt Gosselies, équipe B
Je suis un garçon trans, tous mes potes m'appellent [[Kacper]] mais j'ai pas encore changé mes papiers.
Est-ce que je peux demander au patron de mettre [[Kacper]] sur le badge ? Est-ce qu'il doit le dire aux collègues ?
Dzięki""",
      subject="contrat avec mon deadname"),
    S("molenbeek-decoy-text", "gmail_web", "fr",
      ["mixed-language", "darija", "brussels", "age-15", "own-account", "decoy-text-for-parent",
       "new-shape", "identity-in-text"],
      ("Imane Haddouchi", "imane.haddouchi@gmail.example"),
      """(si maman lit : c'est pour le travail de sciences sur le sommeil, merci de votre réponse)
.
.
.
.
voilà c'est bon elle lit jamais jusqu'en bas
en vrai je m'appelle [[Imane]], 15 ans, et je dors plus parce que je pense à une fille toute la nuit
elle s'appelle Lina elle est dans ma classe de néerlandais
je sais que chez nous c'est pas possible, bba dit que c'est une maladie des Européens
mais moi je suis née ici et je me sens pas malade
répondez moi avec un objet qui parle de sommeil svp""",
      subject="travail de sciences : le sommeil des ados"),
    S("abidjan-aunt-for-nephew", "outlook_desktop", "fr",
      ["mixed-language", "nouchi", "diaspora", "age-19", "aunt-writes", "adult-writes",
       "writes-for-kid", "work-account", "identity-in-text"],
      ("Aminata Koné", "a.kone@pharmacie-riviera.example"),
      """Bonjour,
Je vous écris d'Abidjan pour mon neveu [[Serge-Olivier]] (19 ans), étudiant à Louvain-la-Neuve depuis septembre.
Il m'a avoué au téléphone qu'il est homosexuel. Ici on dit "il est dans son affaire", mais moi je l'aime comme il est.
Depuis qu'il l'a dit à son père, celui-ci a coupé l'argent du loyer. [[Serge]] dit qu'il "gère", mais je l'entends pleurer.
Est-ce qu'il y a en Belgique une aide pour les étudiants dans son cas ? Un logement, une assistante sociale ?
Je lui transmettrai votre réponse.
Bien à vous,""",
      subject="Mon neveu étudiant en Belgique",
      sig="""[[Aminata Koné]]
Pharmacienne – [[Pharmacie de la Riviera]]
[[Cocody, Abidjan]]
Tél. [[+225 27 22 48 91 00]]
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."""),
    S("namur-medical-id", "iphone", "fr",
      ["mixed-language", "lingala", "wallonia", "age-14", "own-account", "pasted-medical-id",
       "new-shape", "identity-in-text"],
      ("Divine Kabeya", "divine.kabeya@icloud.example"),
      """coucou
jai 14 ans
ma mère a rempli la fiche médicale de mon iphone et ça s'affiche sur l'écran verrouillé :
Fiche médicale
[[Divine Kabeya]], [[22 juin 2010]]
Contact d'urgence : Maman [[+32 478 90 14 55]]
Notes : « Dieu te garde de tes mauvaises pensées »
elle a écrit ça parce que je lui ai dit que je suis pas sûre d'aimer les garçons
maintenant tout le monde qui prend mon tel peut le lire
mama azali kolela mokolo mobimba
comment je fais sans qu'elle se fâche""",
      subject="fiche médicale"),
    S("bordeaux-interruptions", "v11smx_fastmail", "fr",
      ["mixed-language", "portuguese", "kriolu", "france", "age-15", "own-account",
       "interrupted-writing", "new-shape", "identity-in-text", "no-punctuation"],
      ("Nelson Tavares", "nelson.tavares@fastmail.example"),
      """salut c [[nelson]] jai 15 ans bordeaux
mes parents sont cap-verdiens et
(attends mon père arrive)
...
c bon il est parti
donc je disais mes parents sont cap-verdiens et chez nous un garçon doit etre fort
moi je suis pas comme ça j'aime la couture et je fais des vêtements pour les poupées de ma sœur
mi ta sta sempri ku medu
(ma mère m'appelle pour manger je reviens)
...
désolé
je voulais juste savoir si y a d'autres garçons comme moi
[[N.]]""",
      subject="question"),
]

FR += [
    S("tanger-sent-back", "v11smx_xiaomi", "fr",
      ["mixed-language", "darija", "arabic", "diaspora", "age-17", "own-account",
       "contact-offered", "do-not-use-number", "identity-in-text"],
      ("Soufiane Bouzid", "soufiane.bzd@gmail.example"),
      """salam alikoum
je m'appelle [[Soufiane]] j'ai 17 ans je suis né à Bruxelles
mes parents m'ont envoyé chez mon grand-père à Tanger "pour les vacances" mais ça fait 3 mois et j'ai plus mon passeport
ils ont trouvé des photos avec mon copain sur mon tel
جدي كيقول ليا غادي نرجعك راجل
je rate l'école, j'étais en 5e secondaire à Saint-Gilles
est-ce que quelqu'un en Belgique peut faire quelque chose ? l'école ? la police ?
mon numéro belge marche encore sur whatsapp : [[0489 60 17 42]]
n'appelez SURTOUT PAS le numéro marocain c'est celui de mon grand-père
wach kayn chi 7el""",
      subject="envoyé au maroc contre ma volonté"),
    S("forest-mother-for-daughter-html", "gmail_web", "fr",
      ["mixed-language", "kinyarwanda", "brussels", "age-15", "parent-writes", "adult-writes",
       "writes-for-kid", "html-only", "identity-in-text"],
      ("Consolata Uwimana", "consolata.uwimana@gmail.example"),
      """Muraho,
Je suis la maman d'[[Ange-Marie]], 15 ans. Nous habitons à Forest.
Hier ma fille m'a dit qu'elle aime une fille de son école. J'ai mal réagi, j'ai crié, j'ai dit des choses que je regrette.
Depuis elle s'enferme et ne mange plus avec nous.
Je ne veux pas perdre mon enfant. Moi aussi j'ai perdu beaucoup de gens dans ma vie.
Comment est-ce que je peux réparer ? Est-ce qu'il existe des groupes pour les parents ?
[[Ange]] ne sait pas que je vous écris.
Murakoze cyane,
[[Consolata]]""",
      subject="Une maman qui a mal réagi", html="only",
      html_own="""<div>Muraho,</div><div>Je suis la maman d'<b>Ange-Marie</b>, 15 ans. Nous habitons à Forest.</div><div>Hier ma fille m'a dit qu'elle aime une fille de son école. J'ai mal réagi, j'ai crié, j'ai dit des choses que je regrette.</div><div>Depuis elle s'enferme et ne mange plus avec nous.</div><div>Je ne veux pas perdre mon enfant. Moi aussi j'ai perdu beaucoup de gens dans ma vie.</div><div>Comment est-ce que je peux réparer ? Est-ce qu'il existe des groupes pour les parents ?</div><div><b>Ange</b> ne sait pas que je vous écris.</div><div><br></div><div>Murakoze cyane,</div><div><span style="color:#7b3fa0">Consolata</span></div>"""),
    S("liege-eid-chain", "gmail_android", "fr",
      ["mixed-language", "arabic", "darija", "wallonia", "age-19", "own-account",
       "pasted-greeting-chain", "new-shape", "identity-in-text"],
      ("Walid Hammouche", "walid.hammouche@gmail.example"),
      """Bonjour,
j'ai 19 ans, je suis étudiant à l'ULiège, ma famille est algérienne.
Pour l'Aïd mon oncle a envoyé ce message dans le groupe de la famille (150 personnes) :
"عيد مبارك 🌙 à toute la famille [[Hammouche]] !
Une pensée pour [[Walid]] à [[Liège]], qu'Allah le guide vers une bonne épouse inchallah 🤲
Et pour Meriem qui a eu son bac !"
Tout le monde a mis des cœurs. Moi j'ai un copain depuis un an, on vit presque ensemble.
Je ne veux pas mentir toute ma vie mais je ne veux pas perdre ma mère.
Est-ce que des gens ont réussi à garder leur famille après un coming out ?
Merci""",
      subject="coming out et famille"),
]


FR += [
    S("uccle-maps-timeline", "webmail", "fr",
      ["mixed-language", "arabic", "lebanese", "brussels", "age-18", "own-account",
       "pasted-location-recap", "new-shape", "identity-in-text"],
      ("Elias H.", "elias.h@mailo.example"),
      """Bonsoir,
j'ai 18 ans, ma famille est libanaise, on vit à Bruxelles.
Mon père a accès au compte Google de toute la famille et chaque mois il reçoit un récapitulatif de nos trajets. Celui de mars :
"Votre récapitulatif de mars – [[Elias Haddad]]
🏠 Domicile : [[Avenue Brugmann 300, 1180 Uccle]]
📍 Lieux les plus visités : Athénée (18 visites), Rainbow House Brussels (4 visites)"
Il m'a juste dit "شو هيدا؟" au dîner et je me suis levé de table.
Je suis majeur, est-ce qu'il a le droit de me suivre comme ça ?
Et comment je désactive sans qu'il le remarque ?""",
      subject="suivi de position"),
]

EN: list[Case] = [
    S("brussels-tandem-profile", "outlook_android", "en",
      ["mixed-language", "somali", "brussels", "age-16", "own-account",
       "pasted-language-app-profile", "new-shape", "identity-in-text"],
      ("Hodan Warsame", "hodan.warsame@outlook.example"),
      """hi
im 16 and i live in brussels, my family is somali
i made a profile on a language exchange app to practice dutch and this is what it shows
"[[Hodan]] 🇸🇴🇧🇪 · 16 · [[Evere]]
Speaks: Somali, English, French
Learning: Dutch
About me: i like girls who read 📚"
i didnt think about it but my cousin found it and screenshotted the last line
she says she will show hooyo after ramadan
waan baqayaa (im scared)
what do i say to my mum if she asks""",
      subject="cousin has a screenshot"),
    S("london-brother-for-sister", "apple_mail", "en",
      ["mixed-language", "urdu", "punjabi", "age-13", "sibling-writes", "adult-writes",
       "writes-for-kid", "contact-offered", "identity-in-text"],
      ("Usman Chaudhry", "usman.chaudhry@icloud.example"),
      """Hi there,
I'm writing from London for my little sister [[Zara]], she's 13 and lives with our mum in Brussels since our parents split.
She texted me last night at 2am saying she's been cutting and that she "likes girls and hates herself for it".
Ammi doesn't know any of this. Zaroori hai ke koi us se baat kare (someone needs to talk to her) who is there and not 300 miles away.
[[Zara]] said she'd write to you herself if I gave her the address, so she might. Please be gentle with her.
If you need to reach me: [[+44 7700 900418]]
Thanks so much,
[[Usman]]""",
      subject="my little sister in Brussels"),
    S("ghent-church-prayer-list", "v11smx_fastmail", "en",
      ["mixed-language", "yoruba", "age-19", "own-account",
       "pasted-prayer-list", "new-shape", "identity-in-text"],
      ("Tobi A.", "tobi.a@fastmail.example"),
      """Hello,
I'm 19, a Nigerian student at UGent (engineering). I go to a Pentecostal church here with my aunt.
Yesterday this was in the church WhatsApp broadcast:
"PRAYER POINTS THIS WEEK 🙏
– Sis. Blessing: fruit of the womb
– Bro. [[Tobi Adeyemi]] ([[Ledeberg]]): deliverance from the spirit of homosexuality
– Pastor's trip to Lagos"
Nobody asked me. I told my aunt in confidence and she gave my name to the pastor.
Ẹ jọ̀ọ́, I don't know if I should confront her or just disappear from church.
I don't want to lose the only family I have in Belgium.""",
      subject="named in a church prayer list"),
    S("leuven-sister-account-polish", "v11smx_wp", "en",
      ["mixed-language", "polish", "age-12", "sibling-account", "not-own-account",
       "account-holder-named", "identity-in-text", "no-punctuation"],
      ("Weronika Zielińska", "weronika.zielinska@wp.example"),
      """hello
this is [[Marta]] not [[Weronika]] im her sister im 12
i write in english because my dutch is bad and polish you dont understand probably
at school in leuven a boy said i look like a boy and now everyone calls me "[[Marcin]]"
i cut my hair short because i like it not because of anything
mama mówi żebym zapuściła włosy
is it bad that i dont want to
pls answer here [[weronika]] said ok""",
      subject="question"),
    S("woluwe-luggage-tags-html", "v11smx_outlook_mac", "en",
      ["mixed-language", "greek", "brussels", "age-14", "own-account", "html-only",
       "pasted-luggage-tag", "deadname", "new-shape", "identity-in-text"],
      ("Nikos Papadopoulos", "n.papadopoulos@eursc.example"),
      """Hi Lumi,
I'm 14, I go to the European School. I'm a trans girl, my name is [[Eleni]] (only my friends know).
We fly to my grandparents in Thessaloniki for Easter and my mum printed these for the suitcases:
🧳 [[NIKOLAOS PAPADOPOULOS]] · [[Av. de Tervueren 155, 1150 Woluwe-Saint-Pierre]] · [[+32 476 10 22 83]]
Seeing it on every bag for two weeks makes me want to throw up.
Γιαγιά is very religious. Do I tell her? Do I wait until I'm 18?
Thank you for reading
[[E.]]""",
      subject="easter trip", html="only"),
    S("borgerhout-tamil-reply", "gmail_android", "en",
      ["mixed-language", "tamil", "age-15", "own-account", "reply-quoted",
       "no-identity-in-body", "no-punctuation"],
      ("Kavin Rajendran", "kavin.rajendran08@gmail.example"),
      """thank u for replying so fast
i told my best friend like u said and he was chill about it
but my appa heard me on the phone
he didnt say anything he just left the room
its been 2 days he doesnt talk to me
amma says "avaru kovama irukaru" (he is angry)
what if he never talks to me again
im 15 idk how long this lasts""",
      subject="Re: my dad", quote=LUMI_EN),
    S("manchester-cousin-account", "gmail_web", "en",
      ["mixed-language", "bengali", "age-11", "cousin-account", "not-own-account",
       "identity-in-text", "no-punctuation"],
      ("Rafiq Hossain", "rafiq.hossain.mcr@gmail.example"),
      """hi
its [[Arif]] im 11 im staying at my cousins house in manchester for the holidays
i live in brussels normally
my cousin is 17 and his friends keep making me do dares and film them
they said if i tell they will post the video of me crying
ami bhoy pacchi (im scared)
i dont want to tell my cousin its his friends
please dont write back to this email write to my school one [[arif.h@school-schaerbeek.example]]""",
      subject="help me"),
    S("the-hague-tricount", "v11smx_ziggo", "en",
      ["mixed-language", "tagalog", "age-17", "own-account", "pasted-expense-app",
       "new-shape", "identity-in-text"],
      ("Jasmine dela Cruz", "jasmine.delacruz@ziggo.example"),
      """hii
im 17 and i live in the hague, my parents are from the philippines
me and 3 friends went to amsterdam pride and we split costs in an app
my tita saw this on my phone when she borrowed it:
"Tricount · Pride Weekend 🌈
[[Jasmine dela Cruz]] paid €38,40 – train [[Den Haag HS]] ⇄ Amsterdam
[[Jas]] 🏳️‍🌈 owes Bea €12,00"
now she keeps asking who Bea is and if "Pride" is a church thing lol
nakakahiya talaga (so embarrassing)
should i just tell her""",
      subject="my aunt saw"),
    S("brussels-ukrainian-mother-account", "v11smx_ukrnet", "en",
      ["mixed-language", "ukrainian", "age-13", "parent-account", "not-own-account",
       "html-only", "identity-in-text"],
      ("Оксана Шевчук", "oksana.shevchuk@ukr.example"),
      """hello
i am [[Danylo]], 13, from Zaporizhzhia, now in Brussels 2 years
this is my mother's mail, i write from her tablet when she sleep
in school a boy from my class say i am "гей" because i dont play football and i have a friend Mathis who is always with me
мама каже не звертай уваги
but it is every day
is ok if i am not sure what i am?""",
      subject="question from boy", html="only"),
    S("ghent-mother-albanian-work", "outlook_desktop", "en",
      ["mixed-language", "albanian", "age-15", "parent-writes", "adult-writes",
       "writes-for-kid", "work-account", "identity-in-text"],
      ("Arta Krasniqi", "arta.krasniqi@cleanpro-services.example"),
      """Hello,
I write from my work mail, sorry. I am the mother of [[Dren]], he is 15.
Last week the school called me, [[Dren]] was in a fight because other boys say he is gay and they put his photo in a group.
He told me it is true, he is gay. I told him I love him, but inside I am very afraid for him. In Kosovo my brother... I don't want to write it.
His father does not know. I don't know if I must tell him.
Can [[Dreni]] talk to someone of your team? He speaks Dutch good, better than me.
Faleminderit,""",
      subject="For my son",
      sig="""[[Arta Krasniqi]]
Team leader – [[CleanPro Services bv]]
[[Port Arthurlaan 18, 9000 Gent]]
GSM [[0472 38 11 60]]
This e-mail and any attachments are confidential. If you are not the intended recipient, please delete it."""),
    S("mechelen-youth-worker-amharic", "outlook_web", "en",
      ["mixed-language", "amharic", "age-17", "youth-worker-writes", "adult-writes",
       "writes-for-kid", "work-account", "identity-in-text"],
      ("Jonas Verhaegen", "jonas.verhaegen@jeugdhuis-mechelen.example"),
      """Hi Lumi team,
I'm a youth worker in Mechelen. One of our regulars, [[Dawit]] (17, came from Ethiopia as an unaccompanied minor), asked me to write to you because his Dutch is still basic and his English is better.
He told me he's gay and that in his guardian family they pray for him every night. He used the word "ሸሽቶ" – hiding – for how he lives.
[[Dawit]] would like to chat with someone who isn't linked to his guardian or to us. Could you answer in English? He'll read it with me at the youth house, or alone if he prefers.
Thanks a lot,""",
      subject="For a young person (17)",
      sig="""[[Jonas Verhaegen]]
jeugdwerker | [[Jeugdhuis De Kelder]]
[[Onze-Lieve-Vrouwestraat 97, 2800 Mechelen]]
[[015 21 88 40]]"""),
    S("liege-interpreter-farsi", "thunderbird", "en",
      ["mixed-language", "farsi", "dari", "age-14", "interpreter-writes", "new-shape", "adult-writes",
       "writes-for-kid", "contact-offered", "identity-in-text"],
      ("Nasrin Ahmadi", "nasrin.ahmadi@tolk-freelance.example"),
      """Dear Lumi,
I am a freelance Farsi/Dari interpreter. I will not say where I interpreted, I must respect my professional secret, but the girl asked me herself to contact you.
She is 14, her name is [[Shabnam]], she lives with her family in the Liège region. She said to me in Dari: "من نمی‌خواهم با پسرعمویم ازدواج کنم" – I don't want to marry my cousin.
She has no phone of her own. She goes to the library on Wednesday afternoon.
You can write to me, I will translate and bring it to her: [[nasrin.tolk@proton.example]] or [[0499 12 65 07]].
Kind regards,
[[Nasrin Ahmadi]]""",
      subject="A girl asked me to write"),
    S("schaerbeek-photos-memories", "iphone", "en",
      ["mixed-language", "portuguese", "brazilian", "age-15", "own-account",
       "pasted-photos-memory", "new-shape", "identity-in-text"],
      ("Gabriel Souza", "gabriel.souza@icloud.example"),
      """hey
15, brazilian, living in brussels
my phone just showed me this and i started crying in the bus
"Memories ✨ 3 years ago
[[Gabi]] & Mamãe · [[Rua das Laranjeiras 210, Rio de Janeiro]]"
it's the last photo with my mom before she died
my dad married again here and his wife says i'm "muito sensível" for a boy and that i need to toughen up
i dont know who to talk to
sorry this is random""",
      subject="random"),
    S("leuven-biodata", "gmail_web", "en",
      ["mixed-language", "hindi", "gujarati", "age-19", "own-account", "pasted-biodata",
       "new-shape", "identity-in-text"],
      ("Rohan Patel", "rohan.patel.kul@gmail.example"),
      """Hi,
I'm 19 and study at KU Leuven. My parents live near Antwerp.
Last weekend I found this in the family group, my mom is sending it to "good families":
"🌸 BIODATA 🌸
Name: [[Rohan Patel]]
DOB: [[14-08-2005]] · Height: 5'10"
Education: B.Sc. Engineering, KU Leuven
Family: Father [[Nilesh Patel]], diamond trade, [[Wilrijk]]
Contact: [[+32 468 22 09 71]]"
I'm gay. I haven't told anyone except two friends. Beta, shaadi ka time aa gaya hai is all I hear.
How do I stop this without blowing up everything?""",
      subject="my parents are looking for a wife for me"),
    S("aalst-ramadan-html", "gmail_web", "en",
      ["mixed-language", "arabic", "age-10", "parent-account", "not-own-account",
       "html-only", "identity-in-text", "no-punctuation"],
      ("Um Yusuf", "umyusuf.family@gmail.example"),
      """hello
my name is [[Yusuf]] i am 10
this is my mum email
i am from syria and now i live in aalst
in school the big boys say i am like a girl because i cry
baba said boys dont cry
is that true
shukran""",
      subject="question from yusuf", html="only"),
    S("brussels-gym-waiver", "v11smx_k9", "en",
      ["mixed-language", "spanish", "age-16", "own-account", "pasted-waiver",
       "new-shape", "identity-in-text"],
      ("Valentina Rojas", "vale.rojas@gmail.example"),
      """Hi
I'm 16, my family is Colombian, we live in Ixelles.
I wanted to join a boxing gym and they needed a parent signature, so I signed it myself 🙈 and now they sent this confirmation to my mum:
"Welcome to Punch Club! Waiver received for: [[Valentina ROJAS GÓMEZ]] (minor)
Parent/guardian: [[Claudia Gómez]] – [[Rue du Trône 61, 1050 Ixelles]]
First class: Thursday 18:00"
Mi mamá está furiosa. She says boxing is for "marimachas".
I really like it and I feel strong for the first time. What do I do?""",
      subject="boxing and my mum"),
    S("anderlecht-nail-salon-account", "outlook_desktop", "en",
      ["mixed-language", "vietnamese", "age-14", "family-business-account", "not-own-account",
       "identity-in-text"],
      ("Nail Studio Hoa", "contact@nailstudio-hoa.example"),
      """hi this is the salon email but it's me, the daughter, [[Linh]], 14
i do my homework in the back of the shop after school
my parents work every day until 8 and they don't know much about this kind of things
i think i might be non-binary. i'm not sure what word fits
mẹ calls me "con gái ngoan" (good girl) and every time it feels wrong
i don't want to make her sad she works so hard
can you send me something to read? not to this email, to [[linh.ng.2011@gmail.example]]""",
      subject="a question",
      sig="""Nail Studio [[Hoa]]
[[Bergensesteenweg 412, 1070 Anderlecht]] · [[02 520 61 38]]
Open di–za 9u30–19u30"""),
    S("brussels-twi-no-identity", "samsung", "en",
      ["mixed-language", "twi", "age-18", "own-account", "no-identity-in-body",
       "one-phrase-a-line"],
      ("Kwame Boateng", "kwame.boateng04@gmail.example"),
      """good evening
18 years old
Ghanaian, living in brussels 5 years
i have been with a guy for 6 months
my father found out today
he said i should pack my things
me nim nea menyɛ (i dont know what to do)
where can i sleep tonight
please""",
      subject="tonight"),
]


EN += [
    S("brussels-cover-song-comments", "gmail_ios", "en",
      ["mixed-language", "korean", "age-17", "own-account", "pasted-video-comments",
       "new-shape", "identity-in-text"],
      ("", "songbird.0428@gmail.example"),
      """hi
i'm 17, korean family, i live in brussels
i post song covers online without my face. last week i did a love song and changed "he" to "she"
this is under the video now:
"[[@minji.sings]] · 2 days ago
wait i KNOW this voice 😂 this is [[Min-ji Park]] from [[BSB]] year 12 right?? the girl who likes girls 🤢
↳ 34 likes"
엄마 아빠 don't even know i sing in public
can i make them delete it? can i find out who wrote it?""",
      subject="comment under my video", from_style="bare", identity=["Min-ji", "Park"]),
    S("woluwe-reply-to-irish", "proton", "en",
      ["mixed-language", "irish", "age-18", "own-account", "identity-in-header",
       "no-punctuation"],
      ("", "quietfox@proton.example"),
      """dia duit
18 living in brussels with my dad who works for the commission
i think im trans but my dad is proper old school
back home in cork my granny would say "is cuma" (it doesnt matter) about most things but not this i think
where do i even start
are there doctors here who speak english for this""",
      subject="where to start", from_style="bare",
      headers=[("Reply-To", f"{encoded_word('Cian Ó Súilleabháin')} <cian.osuilleabhain@gmail.example>")],
      identity=["Cian Ó Súilleabháin", "Cian", "Súilleabháin", "cian.osuilleabhain@gmail.example"]),
]


EN += [
    S("etterbeek-dads-work-phone", "blackberry", "en",
      ["mixed-language", "punjabi", "age-15", "employer-of-parent-account", "not-own-account",
       "identity-in-text", "no-punctuation"],
      ("Gurpreet Sandhu", "g.sandhu@eu-logistics-group.example"),
      """hi sorry this is my dads work phone
im [[Harman]] im 15
my phone got taken away because of my grades
i need to ask something
i'm sikh and i want to cut my hair and i'm scared to tell my family because of what it means
and also i think i like boys
idk which one is worse
please reply to [[harman.s.2010@gmail.example]] not this one""",
      subject="question"),
]

NL: list[Case] = [
    S("borgerhout-jeugdkamp-inschrijving", "gmail_android", "nl",
      ["mixed-language", "darija", "tarifit", "age-15", "own-account", "pasted-registration",
       "mosque-youth-camp", "new-shape", "identity-in-text", "no-punctuation"],
      ("Anass Bouchouari", "anass.bouch@gmail.example"),
      """salam
ik ben 15 en woon in borgerhout
mijn vader heeft mij ingeschreven voor een kamp van de moskee in de paasvakantie zonder te vragen
dit kreeg hij als bevestiging
"Inschrijving bevestigd ✅
Deelnemer: [[Anass Bouchouari]] (15j)
Ouder: [[Mohamed Bouchouari]] – [[Turnhoutsebaan 233, 2140 Borgerhout]]
Thema van het kamp: 'Een echte man in de islam'"
ik weet wat ze daar gaan zeggen
ik ben bi en ik wil daar echt niet naartoe
wallah ik ga daar kapot gaan
hoe zeg ik nee zonder dat mijn vader ontploft""",
      subject="kamp"),
    S("gent-laptop-mama-turkish", "windows_mail", "nl",
      ["mixed-language", "turkish", "age-13", "parent-account", "not-own-account",
       "identity-in-text", "no-punctuation"],
      ("Fatma Aydın", "fatma.aydin@telenet.example"),
      """hallo
ik ben [[Emir]] ik ben 13 en ik woon in gent
ik schrijf op de laptop van mijn moeder want ik heb nog geen eigen mail
op school zeggen ze dat ik een meisje ben omdat ik met de meisjes om tijd zit en nagellak draag
annem kızmıyor maar mijn abi zegt dat ik de familie beschaam
ik wil gewoon mezelf zijn
antwoord aub niet voor 17u want dan is mama thuis""",
      subject="vraag"),
    S("rotterdam-papiamento-ziggo", "v11smx_ziggo", "nl",
      ["mixed-language", "papiamento", "netherlands", "age-17", "own-account",
       "contact-offered", "identity-in-text"],
      ("Shanaira Martina", "shanaira.m@ziggo.example"),
      """Bon dia,
Ik ben [[Shanaira]], 17, woon in Rotterdam-Zuid. Mijn familie komt van Curaçao.
Ik heb sinds 2 maanden een vriendin en mijn mama heeft het ontdekt via mijn Insta.
Ze zei "bo no ta mi yu mas" en nu slaap ik al een week bij mijn tante.
Mijn tante is lief maar ze heeft zelf 4 kinderen, ik kan hier niet blijven.
Kunnen jullie mij bellen? Liefst na school: [[06 41 27 88 03]]
Danki""",
      subject="ik kan niet meer naar huis"),
    S("amsterdam-sranan-html", "outlook_web", "nl",
      ["mixed-language", "sranan", "netherlands", "age-16", "own-account", "html-only",
       "no-identity-in-body", "no-punctuation"],
      ("Dion Kromodihardjo", "dion.kromo@outlook.example"),
      """yo
16 jaar amsterdam zuidoost
mijn ma is surinaams en heel gelovig
ik ben verliefd op mijn beste vriend en hij weet het niet
mi no sabi san fu du
als ik het hem zeg ben ik hem misschien kwijt
en als mijn ma het hoort ben ik alles kwijt
wat zouden jullie doen""",
      subject="beste vriend", html="only"),
    S("brussel-buddy-match", "v11smx_zoho", "nl",
      ["mixed-language", "polish", "brussels", "age-14", "school-account", "pasted-match-mail",
       "new-shape", "identity-in-text"],
      ("Zofia Wójcik", "zofia.wojcik@leerling.sint-guido.zoho-school.example"),
      """hoi
ik ben 14 en zit op een Nederlandstalige school in Brussel, thuis spreken we Pools
op school doen ze een buddyproject en ik kreeg deze mail:
"Dag [[Zofia]]! Je buddy voor dit trimester is Emma Claes (6de jaar).
Jullie eerste afspraak: dinsdag 12u30, lokaal B104.
Groetjes, het leerlingenteam van [[Sint-Guido Anderlecht]]"
Emma is dus het meisje waar ik al heel het jaar stiekem naar kijk 😳
ik weet niet of ik moet vragen om een andere buddy of gewoon gaan
mama zou zeggen "nie przesadzaj"
help""",
      subject="buddy"),
    S("kessel-lo-ukrainian-reply", "v11smx_ukrnet", "nl",
      ["mixed-language", "ukrainian", "age-18", "own-account", "reply-quoted",
       "identity-in-text"],
      ("Олена Мельник", "olena.melnyk@ukr.example"),
      """Dank jullie voor het antwoord.
Ik heb met de CLB-medewerker gepraat zoals jullie zeiden, ze was heel vriendelijk.
Ze zegt dat ik vanaf 18 zelf een psycholoog mag kiezen en dat mijn mama niet moet weten.
Maar mama gaat het zien op de rekening van het ziekenfonds, toch?
Дякую ще раз
[[Olena]]""",
      subject="Re: vraag over mama", quote=LUMI_NL),
    S("mechelen-somali-mother", "outlook_android", "nl",
      ["mixed-language", "somali", "age-11", "parent-writes", "adult-writes",
       "writes-for-kid", "contact-offered", "identity-in-text"],
      ("Fadumo Hassan", "fadumo.hassan@outlook.example"),
      """Goedendag,
Ik ben moeder van [[Abdirahman]] hij is 11 jaar. Mijn Nederlands is niet goed sorry.
Mijn zoon zegt elke dag buikpijn en wil niet naar school. Gisteren hij zegt kinderen noemen hem "meisje" en slaan hem in de rij.
De juf zegt "kinderen spelen".
Ilmahayga wuu murugaysan yahay. Mijn kind is verdrietig.
Wat moet ik doen? Kan iemand mij bellen, ik spreek ook Engels. [[0465 90 33 18]]
Dank u
[[Fadumo]]""",
      subject="mijn zoon school"),
    S("genk-italian-nonno", "gmail_ios", "nl",
      ["mixed-language", "italian", "age-16", "own-account", "identity-in-text"],
      ("Matteo Gallo", "matteo.gallo07@gmail.example"),
      """Ciao,
Ik ben [[Matteo]], 16, uit Genk (Waterschei). Mijn nonno was mijnwerker en voor hem ben ik "il nipote forte".
Vorige week zag hij mij hand in hand met mijn vriend aan de Cité.
Hij zei niks, maar hij kijkt mij niet meer aan en aan tafel praat hij alleen nog Italiaans met papa.
Nonna zegt "lascialo stare, è vecchio".
Ik mis hem en hij zit gewoon in dezelfde kamer.
[[Matt]]""",
      subject="nonno"),
    S("kortrijk-albanian-no-identity", "v11smx_xiaomi", "nl",
      ["mixed-language", "albanian", "age-15", "own-account", "no-identity-in-body",
       "no-punctuation", "one-phrase-a-line"],
      ("Elira Berisha", "elira.berisha@gmail.example"),
      """hey
ik ben 15
kortrijk
mijn ouders zijn kosovaars
ik heb een vriendin
niemand weet het
mijn mama vindt haar lief als 'vriendinnetje'
më vjen turp që gënjej
is dat erg""",
      subject="vriendin"),
    S("laeken-supermarket-work-account", "outlook_mobile", "nl",
      ["mixed-language", "darija", "brussels", "age-19", "work-account", "student-job",
       "identity-in-text"],
      ("Ayoub El Ouazzani", "ayoub.elouazzani@winkel-laken.example"),
      """Hallo,
sorry dat ik via mijn werkmail stuur, mijn gsm is leeg en ik zit in mijn pauze.
Ik ben [[Ayoub]], 19, studentenjob in een supermarkt in Laken.
Een collega heeft gezien dat ik op een datingapp voor mannen zit en nu zegt hij in de kantine "daar is de mietje" en iedereen lacht.
Ik durf het niet tegen de chef te zeggen, hij is een vriend van mijn oom.
Khoya, wat zijn mijn rechten als student? Kan ik ontslagen worden als ik klaag?""",
      subject="collega op het werk",
      sig="""[[Ayoub El Ouazzani]]
Jobstudent – [[Buurtmarkt Laken]]
Dit bericht kan vertrouwelijke informatie bevatten."""),
    S("aalst-syrian-reply", "samsung", "nl",
      ["mixed-language", "arabic", "age-14", "own-account", "reply-quoted",
       "no-identity-in-body"],
      ("Rama Alhassan", "rama.alhassan14@gmail.example"),
      """ok dank u
ik heb het boek gelezen dat jullie stuurden
het was goed, ik herkende mezelf
maar ik ben nog altijd bang voor mijn broer
الله يسامحني
kunnen jullie nog 1 boek geven maar in het Arabisch zodat mama denkt dat het voor de les godsdienst is""",
      subject="Re: boek", quote=LUMI_NL),
    S("gent-roma-youth-worker", "outlook_desktop", "nl",
      ["mixed-language", "romani", "bulgarian", "age-12", "youth-worker-writes",
       "adult-writes", "writes-for-kid", "work-account", "identity-in-text"],
      ("Kato De Smet", "kato.desmet@brugse-poort-jeugdwerk.example"),
      """Dag Lumi,
Ik ben jeugdwerker in de Brugse Poort. Een jongen van 12, [[Todor]], komt bijna elke dag naar onze speelpleinwerking. Thuis spreken ze Romanes en Bulgaars.
Vandaag vertelde hij me dat zijn oudere neven hem "džuvli" noemen (vrouw) en hem uitlachen omdat hij met de meisjes danst.
[[Todor]] vraagt of er "een andere plek is waar jongens mogen dansen". Ik wil hem niet in een hokje duwen, maar wel iets bieden.
Hebben jullie tips of een aanbod in Gent?
Vriendelijke groet,""",
      subject="Vraag over een jongen (12)",
      sig="""[[Kato De Smet]]
Jeugdwerker – [[vzw Speelpleinwerking Brugse Poort]]
[[Gebroeders De Smetstraat 12, 9000 Gent]]
[[09 233 41 70]]
Deze e-mail is enkel bestemd voor de geadresseerde."""),
    S("molenbeek-eid-chain-tarifit", "iphone", "nl",
      ["mixed-language", "tarifit", "darija", "brussels", "age-17", "own-account",
       "pasted-greeting-chain", "new-shape", "identity-in-text"],
      ("Nisrine Azzouzi", "nisrine.azz@icloud.example"),
      """hey lumi
17 jaar, ik zit op een Nederlandstalige school in Molenbeek
voor het suikerfeest stuurde mijn tante dit in de familiegroep
"Ɛid mbarek 🌙 aan de hele familie [[Azzouzi]] in [[Jette]] en [[Al Hoceima]]
speciaal aan onze [[Nisrine]] die volgend jaar gaat trouwen inshallah 💍"
ik wist van NIKS
ik ben 17 en ik hou van iemand anders en die iemand is een meisje
ma3ndi fin nmchi
kunnen jullie me helpen voor de zomer komt""",
      subject="trouwen??"),
    S("oostende-sister-for-kuba", "gmail_web", "nl",
      ["mixed-language", "polish", "age-10", "sibling-writes", "writes-for-kid",
       "identity-in-text"],
      ("Ola Kowalczyk", "ola.kowalczyk@gmail.example"),
      """hallo
ik ben de zus van [[Kuba]], ik ben 17 en hij is 10
wij wonen in oostende
[[Kuba]] wil al heel lang een meisje zijn, hij zegt "ja jestem dziewczynką" en hij huilt als hij naar de kapper moet
mama en tata werken veel en ze denken dat het een fase is
ik wil hem (haar?) helpen maar ik weet niet hoe
bestaat er iets voor kinderen van 10 die zo voelen
[[Ola]]""",
      subject="mijn broertje of zusje"),
    S("sint-niklaas-sorani-html", "v11smx_outlook_mac", "nl",
      ["mixed-language", "sorani", "kurdish", "age-15", "own-account", "html-only",
       "contact-offered", "identity-in-text"],
      ("Hevin Rashid", "hevin.rashid@outlook.example"),
      """Hallo,
Ik ben [[Hevin]], 15, ik woon in Sint-Niklaas. Mijn ouders zijn Koerden uit Sulaymaniyah.
Ik denk dat ik aseksueel ben. Ik heb nooit zin in "dat", ook niet als mijn vriendinnen erover praten.
Mijn dayik zegt altijd "kçekî bash dabî shû bkat" (een goed meisje moet trouwen).
Is er iets mis met mij?
Je mag me ook sms'en: [[0470 55 80 26]], maar enkel tekst, niet bellen.""",
      subject="is dit normaal", html="only"),
    S("hasselt-grandmother-tablet", "yahoo", "nl",
      ["mixed-language", "turkish", "age-14", "grandparent-account", "not-own-account",
       "account-holder-named", "identity-in-text"],
      ("Hatice Öztürk", "hatice.ozturk1958@yahoo.example"),
      """merhaba
ik ben [[Kerem]] ik ben 14 en ik zit bij mijn babaanne [[Hatice]] in hasselt op haar tablet
ik wou vragen of het normaal is dat ik nog nooit verliefd ben geweest op iemand
iedereen in mijn klas heeft al een lief
mijn neven zeggen "sen erkek değil misin"
ik weet het gewoon niet
babaanne kan geen Nederlands lezen dus jullie mogen hier terugschrijven""",
      subject="vraagje"),
]


NL += [
    S("schaarbeek-oproepingsbrief", "telenet_webmail", "nl",
      ["mixed-language", "turkish", "brussels", "age-16", "own-account",
       "pasted-voting-card", "deadname", "new-shape", "identity-in-text"],
      ("Derya K.", "derya.k@telenet.example"),
      """hallo
ik ben 16 en ik mag dit jaar voor het eerst stemmen voor Europa
maar op de oproepingsbrief staat mijn oude naam:
"OPROEPINGSBRIEF – Europese verkiezingen
Kiezer: [[KAYA Yusuf Emre]], geboren [[11.02.2008]]
Stembureau 214 – [[GO! Atheneum Emile Bockstael]]"
ik ben een trans meisje, iedereen op school zegt [[Derya]]
maar daar zit de hele buurt en ook mijn baba die mee gaat stemmen
mag ik vragen om niet mijn oude naam af te roepen?
ya da hiç gitmeyeyim mi (of ga ik gewoon niet)""",
      subject="stemmen", identity=["Yusuf Emre", "KAYA"]),
    S("berchem-wedding-seating", "ipad", "nl",
      ["mixed-language", "darija", "tamazight", "age-19", "own-account",
       "pasted-seating-plan", "new-shape", "identity-in-text"],
      ("Ilias Benali", "ilias.benali@icloud.example"),
      """Hoi,
ik ben 19 en mijn zus trouwt in mei. Mijn moeder stuurde de tafelschikking in de familiegroep:
"Tafel 7 – de jongeren
[[Ilias Benali]] + 1 (eindelijk een meisje meebrengen hé [[Ilyaske]] 😉)
Nordin, Sanae, Yassir
Zaal: [[Feestzaal Amira, Boomsesteenweg 40, Wilrijk]]"
Iedereen stuurde lachende smileys. Ik heb een vriend, al twee jaar. Mijn zus weet het, verder niemand.
Ik wil niet alleen komen en ik wil ook geen nep-vriendin meebrengen.
Wat doen andere mensen in zo'n situatie? Tanmirt""",
      subject="trouw van mijn zus"),
]

CASES: list[Case] = FR + EN + NL
