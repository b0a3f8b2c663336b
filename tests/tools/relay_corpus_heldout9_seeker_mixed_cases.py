# ruff: noqa: E501  (the bodies keep the writers' own long lines)
"""Hand-written bodies of the ninth held-out set, part seeker-mixed (see
relay_corpus_heldout9_seeker_mixed.py): help-seekers and people writing for them in French, English
and Dutch, each mixing in a family language.

Markup (relay_corpus_heldout.py): [[...]] around every identity span, <<...>> around words that are
neither content nor identity. Everything else in a body is the writer's own words, hence content.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case


def C(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug=f"h9m-{slug}", direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)  # type: ignore[arg-type]


# First names of people named in full in the bodies and signatures: each part identifies too.
EXTRA_FIRST_NAMES = frozenset({
    "Ioana", "Mamadou", "Kacper", "Rosângela", "Nuno", "Hiwot", "Darya", "Wing", "Pieter-Jan",
    "Rafiqul", "Jonas", "Harpreet", "Bence", "Zhou",
})

FR: list[Case] = [
    C("wero-chantage", "gmail_android", "fr",
      ["mixed-language", "darija", "age-16", "brussels", "new-shape", "pasted-payment-request",
       "identity-in-text"],
      ("Yassir Bouzidi", "yassir.bouzidi2009@gmail.example"),
      """salam
j'sais pas si c'est le bon endroit
mon ex me fait du chantage, il dit qu'il va montrer nos messages à mon frère si je lui rembourse pas
il m'a envoyé ça ce matin :

Wero · Demande de paiement
[[Yassir B.]], Ilyas M. vous demande 80,00 €
Motif : t sais pourquoi
Expire le 14/12

wallah j'ai pas 80 balles, et si mon frère apprend que je suis avec un garçon c'est fini pour moi
j'ai 16 ans, je suis à Anderlecht
svp répondez vite""",
      subject="urgent"),
    C("maman-traduction", "outlook_web", "fr",
      ["mixed-language", "arabic", "age-14", "wallonia", "new-shape", "machine-translation-pasted",
       "parent-writes", "writes-for-kid", "adult-writes", "contact-offered", "identity-in-text"],
      ("Khadija Amrani", "k.amrani61@hotmail.example"),
      """السلام عليكم
أنا أم [[رانيا]]، عمرها 14 سنة. منذ شهرين لا تأكل جيدا وتبكي في الليل. في المدرسة يضحكون عليها. لا أعرف ماذا أفعل.

Traduction (Google) :
Bonjour, je suis la mère de [[Rania]], elle a 14 ans. Depuis deux mois elle ne mange pas bien et elle pleure la nuit. À l'école ils se moquent d'elle. Je ne sais pas quoi faire.
Elle ne sait pas que j'écris. Vous pouvez m'appeler, je parle un peu français : [[0488 41 27 90]]
Merci beaucoup
[[Oum Rania]]""",
      subject="ma fille"),
    C("rdv-psy-confirmation", "yahoo", "fr",
      ["mixed-language", "romanian", "age-17", "france", "new-shape", "pasted-appointment",
       "identity-in-text"],
      ("", "ioana.lille59@yahoo.example"),
      """bonjour,
je veux pas que ma mère sache. elle est roumaine très croyante et pour elle la psy c'est pour les fous (nebuni, c'est ce qu'elle dit)
j'ai pris rdv toute seule, voilà la confirmation:

Votre rendez-vous est confirmé
Patient : [[Ioana Dumitrescu]]
Le jeudi 11 décembre à 16:30
Mme Claire Verhaegen, psychologue
12 rue des Postes, 59000 Lille
Téléphone patient : [[+33 6 71 84 20 55]]

est ce qu'elle va le dire à ma mère ? j'ai 17 ans, je suis mineure. et si elle l'apprend par la mutuelle ?
merci de me répondre vite svp""",
      from_style="bare", subject="question secret médical"),
    C("courriel-de-ma-mere", "v9smx_videotron", "fr",
      ["mixed-language", "vietnamese", "age-13", "quebec", "not-own-account", "parent-account",
       "identity-in-text"],
      ("Thanh Huong Nguyen", "th.nguyen@videotron.example"),
      """allo
c'est pas ma mère qui écrit, c'est son fils, [[Minh]], j'ai 13 ans. elle sait pas que j'utilise son courriel, mon ordi est brisé
on est à Montréal mais j'ai vu votre site sur TikTok et c'est en Belgique je pense? vous répondez quand même aux gens d'ici?
à l'école y'a des gars qui m'appellent "la tapette" à chaque récré et je suis tanné en crisse
ma mère dit toujours "con phải mạnh mẽ lên" (faut être fort) mais je suis pas capable
si vous répondez écrivez pas mon nom dans le titre svp elle lit tout""",
      subject="question"),
    C("delivrance-signal", "samsung", "fr",
      ["mixed-language", "lingala", "age-15", "brussels", "new-shape", "signal-username",
       "contact-offered", "identity-in-text"],
      ("Grâce Lukusa", "gracelukusa.pro@gmail.example"),
      """Mbote
je suis [[Grâce]] 15 ans Schaerbeek
ma maman elle est pasteur à l'église et elle a trouvé mes messages avec une fille. depuis elle dit que j'ai un démon, ils veulent faire une délivrance dimanche avec les frères de l'église
nazali kobanga mingi (j'ai très peur)
je peux pas parler au téléphone à la maison, tout le monde écoute
vous pouvez m'écrire sur Signal, mon nom d'utilisateur c'est [[gracie_lk.21]]
merci""",
      subject="aidez moi"),
    C("ordi-de-nonna", "windows_mail", "fr",
      ["mixed-language", "italian", "age-12", "wallonia", "not-own-account", "grandparent-account",
       "identity-in-text"],
      ("Giuseppina Lo Bue", "giuseppina.lobue@skynet.example"),
      """bonjour c'est l'ordinateur de nonna mais c'est moi qui écrit, [[Matteo]] 12 ans
mes parents divorcent et ils crient tout le temps, papa a cassé la porte de la cuisine
je dors chez nonna le week-end c'est le seul endroit calme
nonna dit "pazienza, amore" mais moi j'ai mal au ventre tout le temps
est-ce que c'est normal d'avoir envie de disparaître un peu ?""",
      subject="(pas de sujet)"),
    C("grand-mariage-html", "v9smx_orange", "fr",
      ["mixed-language", "shikomori", "age-19", "france", "html-only", "contact-offered",
       "identity-in-text"],
      ("Anlia Said Mohamed", "anlia.saidmohamed@orange.example"),
      """Bonsoir,
Je m'appelle [[Anlia]], j'ai 19 ans, je suis en BTS à Marseille. Ma famille est comorienne.
Ma tante a organisé mon grand mariage pour l'été prochain aux Comores, avec un cousin que j'ai vu deux fois. Je ne veux pas. Je suis amoureuse de quelqu'un d'autre, une femme.
Ma mère dit que c'est le anda, la coutume, et que je vais m'habituer. « Mwana mtsahazi », elle dit, une fille obéissante.
Est-ce que vous pouvez m'aider même si je suis en France ? Je peux vous donner mon numéro : [[07 58 13 62 09]]
Bonne soirée
[[Anlia S.]]""",
      html="only", subject="Demande d'aide"),
    C("ordi-du-magasin", "outlook_desktop", "fr",
      ["mixed-language", "turkish", "age-14", "brussels", "not-own-account",
       "family-business-account", "identity-in-text", "signature-block"],
      ("Pâtisserie Anatolia", "info@anatolia-patisserie.example"),
      """slt
c'est [[Elif]], la fille du patron haha. j'écris depuis l'ordi du magasin parce que mon tel est confisqué
ma cousine a dit à tout le monde à l'école que je suis lesbienne. c'est même pas vrai enfin je sais pas
annem duyarsa beni öldürür (si ma mère apprend elle me tue, c'est une expression mais quand même)
j'ai 14 ans
vous pouvez répondre ici mais mettez un titre genre "commande" comme ça mon père pense que c'est un client""",
      sig="""[[Pâtisserie Anatolia]]
Baklava – Börek – Gâteaux sur commande
[[Chaussée de Haecht 412]], [[1030 Schaerbeek]]
Tél. [[02 215 80 44]]
TVA [[BE 0712.448.390]]""",
      subject="question"),
    C("admission-dakar", "gmail_web", "fr",
      ["mixed-language", "wolof", "age-18", "diaspora", "new-shape", "pasted-admission-letter",
       "identity-in-text"],
      ("Mamadou L. Sarr", "mlsarr.dkr@gmail.example"),
      """Salamalekum,
Je vous écris depuis Dakar. J'ai 18 ans et je viens d'être accepté à l'ULiège pour septembre, voilà le mail de l'université :

« Cher [[Mamadou Lamine Sarr]], nous avons le plaisir de vous informer que votre demande d'admission (dossier n° [[ADM-2026-118734]]) en [[Bachelier en sciences informatiques]] a été acceptée. »

Ici personne ne sait que je suis gay. Là-bas je pourrai peut-être vivre, mais j'ai peur de tout perdre avec ma famille. Ma mère dit toujours « sama doom, yow rekk laa am » (mon fils, je n'ai que toi).
Est-ce que vous parlez aussi avec des gens qui ne sont pas encore en Belgique ?
Jërëjëf""",
      subject="Question depuis le Sénégal"),
    C("telephone-maman", "iphone", "fr",
      ["mixed-language", "romanian", "age-10", "brussels", "not-own-account", "parent-account",
       "identity-in-text", "voice-to-text"],
      ("Mihaela Popa", "mihaela.popa.be@icloud.example"),
      """bonjour c'est pas maman c'est [[Daria]] j'ai 10 ans
à l'école il y a un garçon qui me touche les fesses à la récré et il dit que si je dis il va me frapper
la madame de la garderie elle dit que c'est un jeu
moi j'aime pas ce jeu
mama nu știe
au revoir""",
      subject="Daria", identity=["Daria"]),
    C("ukr-non-binaire", "v9smx_ukrnet", "fr",
      ["mixed-language", "ukrainian", "age-16", "wallonia", "contact-offered", "identity-in-text"],
      ("Олександра Ковальчук", "o.kovalchuk08@ukr.example"),
      """Bonjour,
je suis ukrainienne, ici depuis 2022 avec ma mère à Namur, j'ai 16 ans. Je m'appelle [[Sasha]] (en vrai [[Oleksandra]] mais personne m'appelle comme ça).
Je pense que je suis non-binaire. En ukrainien tout est masculin ou féminin, même le verbe au passé, «я зробила» ou «я зробив», et chaque phrase me fait mal.
Mon père est resté là-bas, il est soldat. Je ne peux pas lui dire ça maintenant, il a déjà assez de problèmes.
Si c'est plus facile, je suis sur Telegram : [[@sasha_kvl]]
Дякую""",
      from_style="ew", subject="bonjour"),
    C("recu-bolt", "gmail_android", "fr",
      ["mixed-language", "arabic", "age-17", "brussels", "new-shape", "pasted-ride-receipt",
       "identity-in-text"],
      ("Omar Haddad", "omarhaddad.bxl@gmail.example"),
      """salut
hier soir je suis parti de chez moi après une dispute avec mon père. il a dit que je suis plus son fils (ما عاد إلك بيت هون). j'ai dormi chez un pote
j'ai payé un Bolt avec la carte de mon grand frère, et maintenant il a reçu ça et il sait où je suis allé :

Merci d'avoir voyagé avec Bolt, [[Omar]] !
Départ : [[Rue de la Senne 18]], [[1000 Bruxelles]]
Arrivée : Avenue Brugmann 250, [[1180 Uccle]]
Total : 23,40 €

j'ai 17 ans, est-ce que mon père peut me forcer à rentrer ? est-ce que je peux aller quelque part ?""",
      subject="parti de chez moi"),
    C("kabyle-une-ligne", "outlook_android", "fr",
      ["mixed-language", "tamazight", "age-15", "wallonia", "one-long-line", "no-punctuation",
       "identity-in-text"],
      ("", "lyna.ait.15@hotmail.example"),
      """azul jsuis [[lyna]] jai 15 ans jsuis kabyle a liege et ma jedda ma dit que si je coupe mes cheveux courts je suis plus sa petite fille et yemma elle dit rien elle baisse la tete jsais pas quoi faire je veux juste etre moi tanemmirt""",
      from_style="bare", subject="cheveux"),
    C("mail-de-maman-html", "v9smx_sfr", "fr",
      ["mixed-language", "portuguese", "age-13", "france", "html-only", "not-own-account",
       "parent-account", "account-holder-named", "contact-offered", "identity-in-text"],
      ("Fatima Carvalho", "f.carvalho69@sfr.example"),
      """Bonjour,
C'est [[Tiago]], le fils de [[Fatima]]. J'ai 13 ans.
Je crois que je suis amoureux de mon meilleur ami. Il le sait pas. Ma mère écoute que de la musique portugaise triste toute la journée et dit « saudade » pour tout, moi aussi j'ai une saudade mais je peux pas lui dire de quoi.
Est-ce que c'est une phase comme dit ma tante ?
Répondez pas sur ce mail, écrivez à [[tiago.c.2013@gmail.example]] svp""",
      html="only", subject="pour Lumi"),
    C("pause-job-etudiant", "outlook_web", "fr",
      ["mixed-language", "polish", "age-18", "brussels", "student-job-account", "signature-block"],
      ("Kacper Wiśniewski", "kacper.wisniewski@teleservice-bxl.example"),
      """Bonjour,
J'écris pendant ma pause au job étudiant, désolé pour la signature automatique, je peux pas l'enlever.
Mes parents sont polonais et très catholiques. Ma mère m'envoie chaque dimanche une photo de la messe avec « módl się za siebie, synku ». Je suis bi et j'ai un copain depuis six mois.
À Noël on va à Wrocław chez ma babcia et mon copain veut que je dise la vérité avant. Je ne sais pas si j'en suis capable.
J'ai 18 ans.
Merci de me lire""",
      sig="""[[Kacper Wiśniewski]]
Agent Service Clients (étudiant)
[[TeleService Brussels SA]]
[[Boulevard du Souverain 36]], [[1170 Watermael-Boitsfort]]
[[+32 2 880 14 77]]
Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire.""",
      subject="coming out à Noël ?"),
    C("masisi-laval", "outlook_mobile", "fr",
      ["mixed-language", "haitian-creole", "age-16", "quebec", "contact-offered",
       "identity-in-text"],
      ("Widjy Jean-Baptiste", "widjy.jb@outlook.example"),
      """Bonjour,
Mwen rele [[Widjy]], j'ai 16 ans, je suis à Laval. Ma famille est haïtienne.
Mon père m'a dit que si je suis « masisi » il me renvoie en Haïti chez mon oncle. Il a vu une vidéo sur mon téléphone.
Je sais pas si c'est possible pour lui de faire ça, j'ai la citoyenneté canadienne.
Vous pouvez me texter au [[(450) 962-3318]], mais pas après 21h.
Mèsi anpil""",
      subject="aide"),
    C("mandarin-restaurant", "v9smx_163", "fr",
      ["mixed-language", "mandarin", "age-15", "france", "identity-in-text"],
      ("Xinyi ZHOU", "zhouxinyi2010@163.example"),
      """bonjour
je m'appelle [[Léa]] à l'école, [[Zhou Xinyi]] sur mes papiers, [[欣怡]] pour ma grand-mère. 15 ans, Paris 13e.
mes parents ont un restaurant, je travaille là-bas tous les soirs et le week-end, je fais mes devoirs à 23h. je dors 5h par nuit.
quand je dis que je suis fatiguée ma mère dit 吃苦 (il faut manger l'amertume, supporter)
je pleure dans les toilettes du resto. est-ce que c'est normal ?""",
      subject="fatiguée"),
    C("gmail-de-ma-soeur", "gmail_ios", "fr",
      ["mixed-language", "albanian", "age-11", "wallonia", "not-own-account", "sibling-account",
       "identity-in-text"],
      ("Arbana Krasniqi", "arbana.krasniqi03@gmail.example"),
      """bonjour
j'ai 11 ans je m'appelle [[Dua]] je prends le gmail de ma sœur
mon papa il boit et après il crie sur maman en albanais, des mots très méchants
hier il a jeté le téléphone de maman par la fenêtre
ma sœur elle dit que faut pas dire à l'école sinon on nous met dans un foyer
c'est vrai ?
faleminderit""",
      subject="question"),
    C("arabizi-molenbeek", "iphone", "fr",
      ["mixed-language", "darija", "age-17", "brussels", "new-shape", "arabizi",
       "no-identity-in-body"],
      ("Nizar 🦅", "nizar.ek7@icloud.example"),
      """wesh
jsp comment dire ça
ana 3reft (j'ai capté) que je kiffe les mecs depuis genre 2 ans
w ila 3raf baba ghadi ykhrejni mn dar
jsuis en 6e à Molenbeek j'ai 17 ans
mes potes pensent que je suis chaud avec les meufs hahah si ils savaient
y a des gens comme moi qui sont musulmans et qui sont ok avec eux mêmes ? sérieux""",
      subject="…"),
    C("chatgpt-colle", "thunderbird", "fr",
      ["mixed-language", "kurdish", "age-16", "france", "new-shape", "pasted-ai-chat",
       "not-own-account", "family-account", "identity-in-text"],
      ("Famille Demir", "famille.demir67@free.example"),
      """Bonjour,
j'ai d'abord demandé à ChatGPT mais il me dit d'écrire à un adulte de confiance, donc voilà. Je vous colle ce que j'ai écrit :

Vous avez dit :
je m'appelle [[Rojda]] j'ai 16 ans je suis kurde, mes parents veulent que j'arrête le lycée après le bac pour me marier avec un cousin à Diyarbakır, je veux faire médecine, c'est légal en France ?

ChatGPT a dit :
En France, le mariage forcé est interdit par la loi. Tu peux en parler à l'infirmière scolaire, à une assistante sociale ou appeler le 119.

Le 119 ça me fait peur, ils vont appeler chez moi. Vous êtes pas en France je crois, mais vous pouvez peut-être juste me parler ?
Dayika min dibêje « keça baş be », tu dois être une bonne fille.""",
      from_style="plain", subject="mariage"),
    C("annonce-vinted", "gmail_web", "fr",
      ["mixed-language", "spanish", "age-19", "brussels", "new-shape", "pasted-listing",
       "deadname", "identity-in-text"],
      ("Valentina Ríos", "vale.rios.m@gmail.example"),
      """Hola / bonjour,
je vends toutes mes robes sur Vinted pour acheter un binder et ma mère a vu l'annonce, elle m'a envoyé une capture en hurlant « ¿qué te pasa, mija? ». Voilà l'annonce :

[[mateo_rios_bxl]] · [[Forest, Belgique]]
Lot de 6 robes taille S, portées 2-3 fois
15 € · Très bon état
« je fais de la place pour la nouvelle version de moi ✨ »

je m'appelle [[Mateo]] maintenant (sur mes papiers encore [[Valentina]]), j'ai 19 ans, j'habite encore chez elle.
elle dit que c'est la faute de Bruxelles et qu'en Colombie ça existait pas.
je fais quoi ? je pars ?""",
      subject="ma mère et moi"),
    C("cousin-photos-html", "outlook_web", "fr",
      ["mixed-language", "russian", "chechen-family", "age-15", "wallonia", "html-only",
       "no-identity-in-body"],
      ("Amina Dudaeva", "amina.dudaeva2011@outlook.example"),
      """Bonjour
je préfère pas dire mon nom
chez nous (on est tchétchènes) une fille ne parle pas de ça, même pas à sa sœur
mon cousin m'a vue avec une copine dans le parc et il a pris des photos, il dit qu'il va les montrer à mes frères
je sais ce qui arrive aux filles comme moi là-bas, j'ai vu des choses sur internet
j'ai 15 ans et je suis à Verviers
пожалуйста помогите
est-ce que la police peut faire quelque chose sans que ma famille sache que c'est moi ?""",
      html="only", subject="danger"),
    C("famille-accueil", "huawei", "fr",
      ["mixed-language", "tigrinya", "age-16", "brussels", "contact-offered", "identity-in-text"],
      ("Selam Tesfay", "selamtesfay24@gmail.example"),
      """ሰላም bonjour
je m'appelle [[Selam]], je suis érythréenne, j'ai 16 ans et je vis dans une famille d'accueil à Etterbeek
ma famille d'accueil est très gentille mais je suis triste tout le temps, je pense à ma mère au Soudan, on parle pas depuis 3 mois
à l'école ils disent que je suis trop calme
ኣደይ ናፊቐያ (ma maman me manque)
je peux écrire à vous chaque semaine ? mon numéro whatsapp c'est [[+32 465 20 71 38]]""",
      subject="triste"),
    C("dicte-montre", "v9smx_watch", "fr",
      ["mixed-language", "bambara", "age-14", "france", "new-shape", "smartwatch",
       "voice-to-text", "identity-in-text"],
      ("Moussa Keïta", "moussa.keita.tls@gmail.example"),
      """bonjour je vous parle depuis ma montre parce que mon téléphone a été pris par mon père point je m'appelle [[Moussa]] j'ai 14 ans à Toulouse virgule mon père dit que je suis trop efféminé et il m'envoie au Mali cet été chez mon oncle pour devenir un homme point i ni ce est-ce que vous pouvez m'aider point d'interrogation""",
      subject="aide"),
    C("autre-adresse-en-copie", "v9smx_icloud", "fr",
      ["mixed-language", "arabic", "age-18", "quebec", "new-shape", "own-address-in-cc",
       "identity-in-header", "no-identity-in-body"],
      ("Karim Nassar", "karim.nassar@icloud.example"),
      """Salut,
je vous mets aussi mon autre adresse en copie au cas où mes parents regardent celle-ci.
J'ai 18 ans, j'étudie au cégep à Montréal, ma famille est libanaise, maronite. Ma teta (grand-mère) est mourante et tout le monde me demande quand je vais ramener une fiancée pour qu'elle la voie avant de partir.
Je suis gay. Je me demande si je devrais lui dire à elle, juste à elle. Yalla, je sais même pas pourquoi je vous écris ça à vous.
Merci""",
      headers=[("Cc", "kn.montreal.perso@proton.example")],
      identity=["kn.montreal.perso@proton.example"], subject="ma teta"),
    C("re-aide-ceinture", "gmail_android", "fr",
      ["mixed-language", "tshiluba", "age-13", "brussels", "reply-quoted", "identity-in-text"],
      ("Kevin Tshibangu", "kevintshibangu13@gmail.example"),
      """merci d'avoir répondu
je croyais que personne allait lire
hier encore mon oncle m'a frappé avec la ceinture parce que j'ai dansé comme une fille (il dit ça)
tata dit que c'est pour mon bien
je dis rien à l'école
[[Kev]]
ps: mon oncle dit « mwana wanyi » quand il est gentil mais c'est rare""",
      subject="Re: aide svp",
      quote="""Bonjour,

Merci de nous avoir écrit. Ce que tu vis à la maison n'est pas normal et ce n'est pas de ta faute.
Tu peux nous écrire autant que tu veux.

L'équipe Lumi"""),
    C("playlist-blend", "proton", "fr",
      ["mixed-language", "greek", "age-17", "wallonia", "new-shape", "pasted-playlist-name",
       "identity-in-text"],
      ("", "anonyme.lalouviere@proton.example"),
      """Bonjour,
Je préfère être anonyme mais bon, je vais me trahir tout seul : ma copine a créé une playlist Blend sur Spotify et elle s'appelle « [[Nikos]] + Chloé 💞 ». Sauf que je suis pas sûr d'aimer Chloé comme ça. Je crois que j'aime son frère.
Mon père est grec, pour lui un homme c'est « άντρας », point.
J'ai 17 ans, je suis en 6e à La Louvière.
Comment on quitte quelqu'un sans la détruire ?""",
      from_style="bare", subject="playlist"),
    C("telephone-travail-maman", "outlook_mobile", "fr",
      ["mixed-language", "portuguese", "age-12", "brussels", "not-own-account",
       "employer-of-parent-account", "account-holder-named", "identity-in-text",
       "signature-block"],
      ("Rosângela Ferreira", "r.ferreira@cleanpro-services.example"),
      """oi
c'est [[Bia]], la fille de [[Rosângela]], j'ai 12 ans
maman m'a prêté son téléphone pour jouer mais je vous écris
ma prof de gym dit devant toute la classe que je suis « trop grosse pour la roulade ». tout le monde rigole
mãe diz que sou linda mas ela é minha mãe né
je veux plus aller à l'école le mardi""",
      sig="""[[Rosângela Ferreira]]
Chef d'équipe – Secteur Bruxelles-Est
[[CleanPro Services SRL]]
[[Avenue de Tervueren 120]], [[1040 Etterbeek]]
GSM [[0472 95 31 06]]""",
      subject="gym"),
    C("alerte-connexion-insta", "gmail_web", "fr",
      ["mixed-language", "arabic", "age-15", "france", "new-shape", "pasted-security-alert",
       "identity-in-text"],
      ("Yanis Belkacem", "yanisbelkacem59@gmail.example"),
      """bonsoir
mon ex (un garçon) a mon mot de passe insta et il se connecte tout le temps, il lit mes messages et il menace de tout dire à mes frères. je reçois ça tous les jours :

« Bonjour [[yanis.rbx]],
Nous avons remarqué une nouvelle connexion à votre compte depuis un appareil Android à Tourcoing, France. Si c'était vous, vous n'avez rien à faire. »

c'est pas moi c'est lui !! il habite à Tourcoing
j'ai changé le mot de passe 3 fois, il le devine à chaque fois
wallah j'en peux plus, khouya m'a déjà dit que si il apprend un truc pareil je suis plus son frère
j'ai 15 ans""",
      subject="il rentre dans mon compte"),
    C("changer-prenom-commune", "apple_mail", "fr",
      ["mixed-language", "armenian", "age-19", "brussels", "deadname", "contact-offered",
       "identity-in-text"],
      ("Aram Petrosyan", "aram.petrosyan.bxl@me.example"),
      """Bonjour,
Je m'appelle [[Anahit]], même si mon adresse mail dit encore [[Aram]]. J'ai 19 ans, je vis à Ixelles avec mes parents et ma grand-mère, qui ne parle qu'arménien.
Je voudrais changer mon prénom à la commune. J'ai lu que c'est possible dès 18 ans avec une déclaration. Mais ma carte d'identité, mes parents la voient, le courrier arrive chez eux.
Ma grand-mère m'appelle « tghas » (mon garçon) depuis que je suis née, et je ne sais pas comment lui dire que je suis sa petite-fille. En arménien on dit « tornuhi », c'est le seul mot que je voudrais entendre.
Si vous préférez parler, je réponds au [[0032 477 18 92 64]] en semaine après 18h.
Շնորհակալություն
[[Anahit]]""",
      subject="changement de prénom"),
    C("abidjan-woubi", "yahoo", "fr",
      ["mixed-language", "nouchi", "age-16", "diaspora", "identity-in-text"],
      ("Ange-Émilie Kouassi", "angeemilie.k@yahoo.example"),
      """bonsoir
jsuis à Abidjan, j'ai vu votre compte sur insta par une cousine qui est à Bruxelles
ici si on sait que t'es une fille qui aime les filles on te gâte ton nom dans tout le quartier, on dit des choses que je peux même pas écrire
mon papa est pasteur, ma maman elle dit rien
jsuis fatiguée de faire semblant, mes amies parlent de gars tout le temps et moi je suis là je fais genre, on dit « je suis en haut » alors que je suis en bas
j'ai 16 ans je sais que vous êtes loin mais y a personne ici à qui parler
merci hein
[[Ange]]""",
      subject="depuis Abidjan"),
    C("ordi-de-papa-luxembourg", "outlook_desktop", "fr",
      ["mixed-language", "luxembourgish", "portuguese", "age-11", "diaspora", "not-own-account",
       "parent-account", "account-holder-named", "identity-in-text", "signature-block"],
      ("Nuno Almeida", "n.almeida@betonlux-construction.example"),
      """moien
jsuis [[Lara]] la fille de [[Nuno]] j'ai 11 ans, je suis sur son ordi
à l'école au Luxembourg on parle luxembourgeois et moi je suis nulle, les autres filles disent que je suis « Portugisesch » comme si c'était une insulte
papa dit que faut pas écouter, mamã dit qu'on rentre au Portugal un jour
moi je veux juste avoir une amie
merci""",
      sig="""[[Nuno Almeida]]
Conducteur de travaux
[[BétonLux Construction S.à r.l.]]
[[15, rue de l'Industrie]]
[[L-3895 Foetz]]
Tél. [[+352 26 55 48 01]]
Ce message est confidentiel. S'il ne vous est pas destiné, merci de le supprimer.""",
      subject="RE: devis"),
]

EN: list[Case] = [
    C("reception-centre-pc", "webmail", "en",
      ["mixed-language", "somali", "age-14", "new-shape", "reception-centre-account",
       "not-own-account", "identity-in-text", "signature-block"],
      ("CRB Uccle Ados PC1", "ados.pc1@centre-crb-uccle.example"),
      """Hello bonjour
my name is [[Hodan]], 14. I am in the centre since 5 month. I speak English better than French sorry
there is a boy here, older, he says I must be his wife when I am 16, because in our clan it is like this. My aunt in Hargeisa agree with him on the phone.
waan baqayaa (I am afraid)
the educators dont understand Somali. please help, how I can say no""",
      sig="""Ce PC est partagé. Déconnecte-toi après usage.
[[Centre Croix-Rouge d'Uccle]] – [[Rue de Stalle 96]] – [[1180 Uccle]]""",
      subject="help"),
    C("steam-friend-code", "gmail_web", "en",
      ["mixed-language", "hindi", "age-15", "new-shape", "steam-friend-code", "contact-offered",
       "no-punctuation", "identity-in-text"],
      ("Arjun Mehta", "arjun.mehta.2011@gmail.example"),
      """hey
idk if this is a thing you do but i need to talk to someone who isnt my parents
my dad works at the commission, we moved here from Pune 2 yrs ago. they expect me to get into IIT or something, its all 'beta, padhai karo' all day
i failed maths again and i havent told them. report comes friday. i keep thinking about just not being here anymore. not like a plan or anything. just thinking
im 15
i only feel ok when im gaming. if you can talk there, my steam friend code is [[1048836921]] and im [[arjun.exe]] on there""",
      subject="idk"),
    C("employers-ipad", "ipad", "en",
      ["mixed-language", "tagalog", "age-17", "new-shape", "not-own-account",
       "employer-family-account", "identity-in-text"],
      ("Whitfield-Van Rossem", "home@whitfield-vanrossem.example"),
      """hi po
im [[Jasmine]], 17. my mom works for the people who own this ipad, she cleans and cooks for them. im using it when they are out, sorry
my mom doesnt have papers. i have a boyfriend here in belgium and he pushes me when hes angry, last week he pulled my hair in the tram. i cant go to police because of mom
ingat lang daw ako sabi ng tita ko (my aunt says just be careful)
can you help without police
please dont write to this email more than once, ill check tomorrow when i babysit""",
      subject="question"),
    C("re-okan-uncle", "outlook_android", "en",
      ["mixed-language", "pashto", "age-16", "reply-quoted", "identity-in-text"],
      ("Farid Ahmadzai", "farid.ahmadzai09@outlook.example"),
      """thank you for answer
yes I am in the school in Gent, OKAN class. my teacher is good
but the other thing, in the house with my uncle, is same. he says I am shame for the family because I have friend girl from Belgium. he says in Pashto 'ta beghairata yey' (you have no honour)
I am 16. I want to live alone, is possible?
[[Farid]]""",
      subject="RE: thank you",
      quote="""Hi,

Thank you for writing to us. It sounds like a lot is happening: a new school, a new language and your uncle's house.
How is school going? And can you tell us more about the situation at home?

Lumi"""),
    C("docs-share-notification", "gmail_web", "en",
      ["mixed-language", "cantonese", "age-18", "new-shape", "document-share-notification",
       "service-sender", "identity-in-text"],
      ("Wing Yan Chan (via Google Docs)", "drive-shares-dm-noreply@google.example"),
      """[[Wing Yan Chan]] <<shared a document>>
i wrote everything down here because i cant say it out loud. please read it, its only 2 pages. im 18, my parents are from hong kong, they think im studying at KU Leuven but i stopped going in october. they pay the rent, i lie every sunday on the video call. 媽媽 asks if i eat well. i say yes. 我好攰
<<things i cant say out loud.docx>>
<<Open>>
<<You have received this email because>> [[wychan.leuven@gmail.example]] <<shared a document with you.>>""",
      from_style="plain", client_line="", label_client="Google Docs (share notification)",
      headers=[("Reply-To", "Wing Yan Chan <wychan.leuven@gmail.example>")],
      subject="Document shared with you: \"things i cant say out loud\""),
    C("football-mechelen", "yahoo", "en",
      ["mixed-language", "nigerian-pidgin", "igbo", "age-14", "identity-in-text"],
      ("Chidinma Okafor", "chidi.okafor2012@yahoo.example"),
      """good evening
my name is [[Chidinma]] but everyone call me [[Chi]]. i am 14 and we live in Mechelen
my mummy say if i dont stop playing football with the boys she go send me to boarding school for Enugu. she say football na for boys
i am the best in my team, my coach say i can play for the girls national team one day
abeg what can i do
nne m, i love her but she no dey understand""",
      subject="football"),
    C("brothers-mail-html", "outlook_web", "en",
      ["mixed-language", "polish", "age-13", "html-only", "not-own-account", "sibling-account",
       "account-holder-named", "identity-in-text"],
      ("Bartek Nowak", "bartek.nowak99@outlook.example"),
      """hi
this is my brother's email, i am his sister [[Zosia]], im 13
my brother [[Bartek]] is 19 and he is the only one who knows i like girls. he said i can use his email
our parents go to church every sunday and my mom says "Bóg widzi wszystko" god sees everything
i feel like a bad person all the time
is it a sin""",
      html="only", subject="a question"),
    C("ocmw-letter", "apple_mail", "en",
      ["mixed-language", "amharic", "age-19", "new-shape", "pasted-official-letter",
       "identity-in-text"],
      ("Hiwot Bekele", "hiwot.bekele@icloud.example"),
      """Hello,
I am 19, I came from Ethiopia when I was 12, I live in Leuven with my stepfather and my mother. My stepfather said I must leave the house when I turned 19. Now I received this:

OCMW Leuven – Sociale Dienst
Betreft: aanvraag leefloon
Mevrouw [[Hiwot Bekele]]
[[Tiensestraat 212 bus 3]]
[[3000 Leuven]]
Rijksregisternummer: [[05.03.14-284.61]]
Uw afspraak: dinsdag 16 december om 10u30.

I don't understand everything, my Dutch is not so good. Do I have to go? Will they tell my mother?
እናቴ አታውቅም (my mother doesn't know)
Thank you,
[[Hiwot]]""",
      subject="letter from OCMW"),
    C("lahore-one-line", "gmail_android", "en",
      ["mixed-language", "urdu", "age-16", "one-long-line", "no-punctuation",
       "no-identity-in-body"],
      ("Hamza Qureshi", "hamzaq.2010@gmail.example"),
      """salaam i dont even know why im writing this my parents found out i have a girlfriend shes belgian and my dad took my phone and said if i see her again he will send me to lahore to my chachu and i wont come back for school i'm 16 i was born here i dont even know anyone in pakistan properly is that legal can they do that pls reply fast they check my email on sundays""",
      subject="pls"),
    C("dna-match", "proton", "en",
      ["mixed-language", "korean", "age-17", "new-shape", "pasted-dna-match", "identity-in-text"],
      ("", "seoyeon.v@proton.example"),
      """hi,
i was adopted from korea when i was a baby, my belgian parents are lovely, that's not the problem. i did one of those DNA tests for my 17th birthday and got this last night:

Hi [[Seo-yeon]], you have a new DNA Relatives match!
Kim J. — predicted relationship: half-sibling
Shares 24.8% DNA · Lives in: Daejeon, South Korea

a HALF SIBLING. i don't know if i should write to her. my parents don't know i did the test. 언니? is that what i would call her? i don't even speak korean.
i haven't slept. sorry for the long mail""",
      from_style="bare", subject="i don't know what to do"),
    C("ward-tablet", "v9smx_k9", "en",
      ["mixed-language", "swahili", "age-12", "new-shape", "not-own-account", "hospital-account",
       "identity-in-text", "signature-block"],
      ("AZ Heuvelzicht K3 Tablet", "k3-tablet@az-heuvelzicht.example"),
      """hi
im [[Neema]] im 12, im in hospital for kids with problems in my head. its ok here, the nurses are nice
but when i go home next week my mum's new boyfriend will be there again. he says mambo ya ajabu to me when mum is at work (weird things) and comes in the bathroom
i told the psychologist a little bit but not everything
what happens if i tell everything""",
      sig="""Dit bericht werd verstuurd vanaf een gedeelde tablet van [[AZ Heuvelzicht]], [[afdeling K3]] (jongerenpsychiatrie).
[[Heuvelstraat 5]], [[3290 Diest]]""",
      subject="(geen onderwerp)"),
    C("father-for-son", "outlook_desktop", "en",
      ["mixed-language", "bengali", "age-10", "parent-writes", "writes-for-kid", "adult-writes",
       "contact-offered", "identity-in-text", "signature-block"],
      ("Rafiqul Islam", "r.islam@it-bridges.example"),
      """Dear Sir/Madam,
My son [[Tanvir]] (10 years) told his mother yesterday that he wants to be a girl. He cries every morning before school because the boys call him names.
We are from Bangladesh, we do not know much about this. My wife says it is "bhuter asor" (a spirit) but I do not believe this. I want to understand my child.
Can we talk with someone in English or Bengali? You may call me after 18:00 on the number below.
Kind regards,""",
      sig="""[[Rafiqul Islam]]
Senior Java Developer
[[IT Bridges BV]]
[[Kortrijksesteenweg 1120]], [[9051 Sint-Denijs-Westrem]]
M [[+32 498 33 07 12]]

This e-mail and any attachments are confidential and intended solely for the addressee.""",
      subject="Question about my son"),
    C("greenhouses-brothers", "samsung", "en",
      ["mixed-language", "bulgarian", "age-15", "contact-offered", "identity-in-text"],
      ("Stefani Ivanova", "stefi.ivanova10@gmail.example"),
      """hello
sorry my english, i am from bulgaria, living in Sint-Niklaas 1 year, 15 years
my parents work in the greenhouses all day and i take care of my 3 little brothers after school, cooking, bath, everything. i have no time for homework and teacher say i will repeat the year
I am so tired. Много съм уморена
my friend say you help. can you call me? [[0465 72 18 39]], only WhatsApp, not normal call
[[Stefi]]""",
      subject="help me"),
    C("gaman-html", "v9smx_icloud", "en",
      ["mixed-language", "japanese", "age-14", "html-only", "identity-in-text"],
      ("Hana Willems", "hana.willems@icloud.example"),
      """Hi,
I am half Japanese, half Belgian. 14.
My classmates do the "ching chong" thing with their eyes every day. The teacher laughs too.
My mother says 我慢 (gaman), endure it. My father says ignore them.
I am tired of enduring.
[[Hana]]""",
      html="only", subject="enduring"),
    C("pgp-key-pasted", "v9smx_tuta", "en",
      ["mixed-language", "farsi", "age-18", "new-shape", "pasted-public-key",
       "identity-in-text"],
      ("", "d.rahimi@tuta.example"),
      """hello
i'm 18, iranian family, living in Brussels since I was 6. my brother reads my messages so please if you can, encrypt your reply. here's my public key info:

pub   ed25519 2025-11-02 [SC]
      [[7A3F 91C2 0B4E 66D1 8F29  C3A0 55E1 B7D4 0C98 2E61]]
uid   [[Darya Rahimi]] <[[d.rahimi@tuta.example]]>

if you can't that's ok, just don't put anything obvious in the subject.
i'm lesbian. my mother knows and said "خدا نکنه" (god forbid) and hasn't spoken to me since. my brother doesn't know yet. if he finds out i'm scared of what he'd do, he's very religious since last year
i don't know what i'm asking for. maybe just someone to say it's ok""",
      from_style="bare", subject="."),
    C("aunt-guardian", "gmail_ios", "en",
      ["mixed-language", "twi", "age-11", "guardian-writes", "writes-for-kid", "adult-writes",
       "contact-offered", "identity-in-text"],
      ("Akosua Mensah", "akosua.mensah@gmail.example"),
      """Hello,
I am the aunt and legal guardian of [[Kwabena]], he is 11 and lives with me in Ghent since his mother passed last year.
Since school started he has stopped talking in class. His teacher sent me a message that he hides in the toilets during break. At home he only talks to me in Twi, he says "me ho nni mfaso" (I am worthless).
I have asked the CLB but the waiting list is 4 months.
Could someone speak with him? He does not like the phone but he likes to write.
You can reach me on [[0487 61 09 33]].
Thank you,
[[Akosua]]""",
      subject="For my nephew"),
    C("ngl-inbox", "gmail_web", "en",
      ["mixed-language", "thai", "age-19", "new-shape", "pasted-anonymous-inbox",
       "identity-in-text"],
      ("Kittipat Wouters", "kittipat.wouters@gmail.example"),
      """hey
so i put an NGL link on my insta story for fun and this is what i got, like 30 of these:

NGL · anonymous q&a
to: [[@kitti.ptw]]
"everyone knows ur a f*g just come out lol"
"ladyboy 🤣🇹🇭"
"ur mum came here to marry a belgian for money"

i'm 19 and i thought i was past this kind of thing. my mom is Thai and she'd be devastated by the last one. ไม่เป็นไร she'd say, it's nothing. but it's not nothing
i deleted the link. should i try to find out who it was?""",
      subject="anonymous messages"),
    C("homework-tutor-account", "gmail_web", "en",
      ["mixed-language", "arabic", "age-13", "new-shape", "not-own-account", "tutor-account",
       "identity-in-text", "signature-block"],
      ("Pieter-Jan Desmet", "pjdesmet@telenet.example"),
      """hello
the teacher of homework class says I can use his email, he did not read this
I am [[Mazin]], 13, from Sudan, in Belgium 2 years
my father is still in Khartoum, we dont know if he is alive. 6 weeks no message
at night I cant sleep and at school I cant think. my mother cries in the kitchen when she thinks we sleep
إن شاء الله he is ok
what can I do for my mother""",
      sig="""[[Pieter-Jan Desmet]]
vrijwilliger huiswerkbegeleiding [[De Leerbrug vzw]]
[[0474 80 26 15]]""",
      subject="from Mazin", identity=["Mazin"]),
    C("parcel-binder", "thunderbird", "en",
      ["mixed-language", "russian", "age-17", "new-shape", "pasted-parcel-notification",
       "deadname", "identity-in-text"],
      ("Ilya Sokolov", "ilya.sokolov@posteo.example"),
      """Hi,
I ordered a binder online (I'm a trans guy, 17, Russian parents) and I put a pickup point, but the shop sent it home anyway. This is the notification:

bpost – Your parcel is on its way
For: [[Ilya S.]]
Delivery address: [[Kapelstraat 41]], [[8500 Kortrijk]]
Expected: Thursday between 9:00 and 13:00
Sender: ChestCare Ltd

My mom is home on Thursdays. She still calls me [[Алина]]. If she opens it, I don't know what happens.
Can I change the delivery without an account? Or should I just tell her first? Sorry if this is not what you do.""",
      subject="parcel"),
    C("mother-shared-yahoo", "yahoo", "en",
      ["mixed-language", "tamil", "age-12", "parent-writes", "writes-for-kid", "adult-writes",
       "family-shared-account", "identity-in-text"],
      ("Kumar & Priya", "kumarpriya.gent@yahoo.example"),
      """Hello,
This is the mother of [[Aarthi]], 12 years. My husband does not know I am writing.
[[Aarthi]] has cut her arms. I saw it when she was sleeping. She wears long sleeves also in summer.
We are Tamil from Sri Lanka. In our community this is very shame, I cannot tell anyone. Enna seyvathu endru theriyavillai (I don't know what to do).
Please, how do I talk with her without making it worse?
[[Priya]]""",
      subject="my daughter"),
    C("alone-night-shifts", "gmail_android", "en",
      ["mixed-language", "malayalam", "age-16", "identity-in-text"],
      ("Anju Thomas", "anjuthomas.2009@gmail.example"),
      """hi lumi
can i ask something. my mum is a nurse at the hospital, night shifts, and my dad went back to Kerala. i am alone with my little brother most nights. sometimes i hear someone at the door at 2am. i didnt tell mum because she will cry and say 'ente mole, sorry'.
im 16. is it allowed that i am alone with him at night?
[[Anju]]""",
      subject="question"),
]

NL: list[Case] = [
    C("life360-meldingen", "samsung", "nl",
      ["mixed-language", "darija", "age-15", "new-shape", "pasted-location-alerts",
       "identity-in-text"],
      ("Salma El Idrissi", "salma.elidrissi10@gmail.example"),
      """hey
mijn ouders hebben life360 op mijn gsm gezet en ik krijg da nu ook elke keer te zien, zo:

Life360: [[Salma]] is aangekomen bij Thuis ([[Brugsesteenweg 77]])
Life360: [[Salma]] heeft Thuis verlaten
Life360: [[Salma]] is aangekomen bij [[Sportcentrum Wondelgem]]

als ik na school bij mijn vriendin ga zien ze dat direct, en mijn vader belt dan al wa ze doet daar. ik mag nie gewoon bij iemand zijn
ik ben 15 en ik voel mij in de gevangenis
wallah ik word zot
kan da zomaar?""",
      subject="life360"),
    C("schoolpoort-oneliner", "iphone", "nl",
      ["mixed-language", "turkish", "age-17", "one-liner", "no-identity-in-body"],
      ("Emre Yıldız", "emre.yildiz.07@icloud.example"),
      """is het normaal da ik me schaam voor mijn eigen moeder omda ze met een hoofddoek aan de schoolpoort staat en iedereen kijkt, ik ben 17 en ik haat mezelf hiervoor, kusura bakma anne""",
      from_style="ew", subject="vraagje"),
    C("stiefvader-wp", "v9smx_wp", "nl",
      ["mixed-language", "polish", "age-14", "not-own-account", "parent-account",
       "identity-in-text"],
      ("Agnieszka Zielińska", "a.zielinska@wp.example"),
      """hoi
ik ben [[Kuba]], de zoon van mijn moeder haha, ik zit op haar mail want ik heb er zelf geen
ik ben 14 en ik woon in Hasselt
mijn stiefvader drinkt elk weekend en dan moet ik met mijn kleine zusje in mijn kamer blijven tot hij slaapt
mama zegt "nie mów nikomu" zeg tegen niemand
maar ik vertel het nu toch
is da erg""",
      subject="Re: (brak tematu)"),
    C("deepl-vertaald", "outlook_web", "nl",
      ["mixed-language", "arabic", "age-19", "new-shape", "machine-translation-footer",
       "university-account", "identity-in-text"],
      ("Mustafa Al-Jabouri", "mustafa.aljabouri@ugent.example"),
      """Goedendag,
Mijn Nederlands is nog niet goed genoeg, daarom heb ik dit vertaald.
Ik ben 19 jaar en student aan de universiteit. Ik ben homo. In Irak kon ik dat nooit zeggen. Hier mag het, maar ik voel me nog steeds schuldig als ik met een man praat. Mijn moeder belt elke avond vanuit Bagdad en vraagt wanneer ik trouw.
Ik wil graag met iemand praten die dit begrijpt.
<<Vertaald met DeepL.com (gratis versie)>>

الأصل:
مرحبا، عمري 19 سنة وأنا طالب في الجامعة. أنا مثلي. في العراق لم أستطع قول ذلك أبدا.
[[مصطفى]]""",
      subject="Hulp gevraagd"),
    C("computer-tante-html", "telenet_webmail", "nl",
      ["mixed-language", "tarifit", "age-13", "html-only", "not-own-account", "aunt-account",
       "identity-in-text"],
      ("Fatiha Amezian", "fatiha.amezian@telenet.example"),
      """hallo
ik ben [[Ayoub]] 13 jaar, ik zit op de computer van mijn tante
mijn vader zegt da ik een meisje ben als ik huil. ma ik huil veel
mijn oma zegt in het rifijns "ayaw inu" (mijn kleinzoon denk ik) en dan is het goed
ik wil gewoon da papa normaal tegen mij praat
mag ik terug schrijven als het slecht gaat""",
      html="only", subject="papa"),
    C("re-papa-front", "gmail_android", "nl",
      ["mixed-language", "ukrainian", "age-16", "reply-quoted", "identity-in-text"],
      ("Dmytro Melnyk", "dima.melnyk.ua@gmail.example"),
      """dank u
het gaat niet echt beter. papa zit nog altijd aan het front en mama kijkt elke avond het nieuws tot 2u
ik ben 16 en ik ben de man in huis zegt ze. "ти тепер чоловік у домі"
ik wil gewoon 16 zijn en gamen met mijn vrienden
[[Dima]]""",
      subject="Re: je bericht",
      quote="""Dag,

Bedankt voor je mail. Wat je vertelt over je vader klinkt heel zwaar.
Wil je ons wat meer vertellen over hoe het nu met je gaat?

Lumi"""),
    C("jeugdwerker-schrijft", "outlook_web", "nl",
      ["mixed-language", "kinyarwanda", "age-12", "youth-worker-writes", "writes-for-kid",
       "adult-writes", "identity-in-text", "signature-block"],
      ("Jonas Verstraete", "jonas.verstraete@jeugdhuis-dekreek.example"),
      """Hallo Lumi,
Ik schrijf voor een jongere uit ons jeugdhuis, [[Aline]] (12), Rwandese roots, die het zelf niet durft. Ze heeft mij toestemming gegeven om dit te sturen en leest mee.
Haar mama is vorige maand gestorven. Ze woont nu bij een oom die haar laat poetsen en koken voor het hele gezin, en niet naar de Chiro laat gaan.
Ze zei me vandaag: "ndarambiwe" (ik ben moe van alles).
Mag ik jullie gegevens aan haar geven zodat ze zelf kan schrijven?
Groeten,""",
      sig="""[[Jonas Verstraete]]
jeugdwerker
[[Jeugdhuis De Kreek]]
[[Molenstraat 14]], [[9300 Aalst]]
[[053 71 22 90]]""",
      subject="voor een jongere"),
    C("afwasser-leuven", "v9smx_outlook_mac", "nl",
      ["mixed-language", "portuguese", "age-18", "contact-offered", "identity-in-text"],
      ("Lucas Oliveira", "lucas.oliveira.be@outlook.example"),
      """Hoi,
ik ben Braziliaan, 18, en ik werk in een restaurant in Leuven als afwasser, zwart. De baas betaalt me al 2 maanden niet en zegt dat hij de politie belt als ik klaag omdat ik geen papieren heb.
Ik slaap soms in het restaurant.
Minha mãe acha que tudo está bem aqui. Ik durf het haar niet te zeggen.
Kunnen jullie mij bellen? [[+32 470 85 41 26]]
Obrigado
[[Lucas]]""",
      subject="werk"),
    C("opvang-brugge", "gmail_android", "nl",
      ["mixed-language", "dari", "age-17", "identity-in-text"],
      ("Sohrab Rezaie", "sohrab.rezaie08@gmail.example"),
      """goeiedag
ik ben niet begeleide minderjarige uit afghanistan, 17 jaar, ik woon in een opvang in Brugge
in 4 maand ben ik 18 en dan moet ik weg zeggen ze
ik heb schrik
ik heb nog niemand verteld da ik van jongens hou. in afghanistan kunnen ze u doden daarvoor
ze zeggen hier alles is ok, maar in de opvang zijn ook afghanen
مرسی
[[Sohrab]]""",
      subject="vraag"),
    C("gmail-papa-html", "gmail_web", "nl",
      ["mixed-language", "bosnian", "age-11", "html-only", "not-own-account", "parent-account",
       "identity-in-text"],
      ("Emir Hodžić", "emir.hodzic@gmail.example"),
      """hallo ik ben [[Lejla]] ik ben 11 jaar
ik zit op de gmail van papa
op school zeggen ze dat ik stink en niemand wil naast mij zitten in de bus naar het zwembad
mama zegt "ne obaziri se" da betekent trek het u niet aan
ma ik trek het mij wel aan
hoe kan ik vriendinnen maken""",
      html="only", subject="vriendinnen"),
    C("welzijnsbevraging", "apple_mail", "nl",
      ["mixed-language", "punjabi", "age-16", "new-shape", "pasted-form-receipt",
       "identity-in-text"],
      ("Harpreet Singh", "harpreet.singh.2009@icloud.example"),
      """Hoi,
op school moesten we een welzijnsbevraging invullen en ik heb eerlijk geantwoord. Nu krijg ik deze bevestiging en ik ben bang dat de leerlingbegeleider mijn ouders belt:

Bedankt voor je antwoorden!
Naam: [[Harpreet Singh]]
Klas: [[5ECWI]]
Voel je je veilig thuis? Nee
Heb je de afgelopen maand aan zelfdoding gedacht? Soms
Mogen we contact met je opnemen? Ja

Ik heb "ja" aangeklikt maar nu spijt het mij. Mijn vader zegt altijd "ghar di gall ghar ch rehni chahidi" (wat thuis gebeurt blijft thuis).
Ik ben 16. Wat gaat er nu gebeuren?""",
      subject="bevraging school"),
    C("gsm-mama-haar", "samsung", "nl",
      ["mixed-language", "lingala", "age-14", "not-own-account", "parent-account",
       "identity-in-text"],
      ("Béatrice Nsimba", "nsimba.beatrice@hotmail.example"),
      """mbote
ik ben het, [[Divine]], 14 jaar, ik zit op de gsm van mijn mama
mijn mama zegt da ik ga branden in de hel omdat ik een vriendin heb
ze heeft al mijn haar afgeknipt zondag
ik ga nie meer naar school want iedereen lacht
nalingi ye mingi (ik hou veel van haar)
wat moet ik doen""",
      subject="hulp"),
    C("nagelsalon-wc", "yahoo", "nl",
      ["mixed-language", "vietnamese", "age-15", "identity-in-text"],
      ("Linh Tran", "linh.tran.gent@yahoo.example"),
      """dag
mijn ouders hebben een nagelsalon in Gent en ik moet daar elke zaterdag en zondag werken, ook als ik examens heb
ik ben 15
mijn moeder zegt "con phải biết ơn" je moet dankbaar zijn want zij hebben alles opgegeven voor ons
ik ben dankbaar maar ik wil ook een leven
ik schrijf dit op de wc van de salon lol
[[Linh]]""",
      subject="werken"),
    C("rom-zonder-naam", "windows_mail", "nl",
      ["mixed-language", "romani", "age-13", "no-identity-in-body"],
      ("Romeo Stoica", "romeo.stoica2012@hotmail.example"),
      """hallo
ik ben 13 jaar, ik ben rom
op school zeggen ze zigeuner en dief tegen mij elke dag
de leerkracht zegt da ik moet stoppen met klagen
mijn papa zegt "na daraa" (wees nie bang)
ma ik ben wel bang om te gaan
waar kan ik naartoe""",
      subject="school"),
    C("huwelijk-kathmandu", "proton", "nl",
      ["mixed-language", "nepali", "age-18", "contact-offered", "identity-in-text"],
      ("Sushmita Gurung", "sushmita.g@proton.example"),
      """hallo
ik ben 18, Nepalees, ik woon in Aalst met mijn ouders. ze hebben een huwelijk voor mij gepland in Kathmandu in maart
mijn ouders zeggen "yo hamro chalan ho" dat is onze gewoonte
ik heb een Belgische vriend al 1 jaar, niemand weet het
stuur aub niets naar dit adres maar naar [[s.gurung.priv@tuta.example]]
dank je""",
      subject="huwelijk"),
    C("opa-schrijft", "webmail", "nl",
      ["mixed-language", "arabic", "age-10", "grandparent-writes", "writes-for-kid",
       "adult-writes", "identity-in-text"],
      ("Mahmoud Abu Saleh", "m.abusaleh@skynet.example"),
      """Goede dag,
Ik ben opa van [[Yara]], zij is 10 jaar. Zij woont bij ons in Sint-Niklaas sinds haar ouders gescheiden zijn.
Zij ziet elke avond de beelden van Gaza op de telefoon van haar tante. Zij droomt slecht en plast weer in bed. Zij vraagt of wij ook dood gaan.
Ik weet niet wat zeggen. In het Arabisch zeg ik "الله يحمينا" maar zij gelooft het niet meer.
Kan iemand met haar praten? Zij spreekt goed Nederlands.
Met vriendelijke groeten
[[Mahmoud]]""",
      subject="kleindochter"),
    C("uitslag-stadsloop", "huawei", "nl",
      ["mixed-language", "hungarian", "age-15", "new-shape", "pasted-race-results",
       "contact-offered", "identity-in-text"],
      ("Bence Varga", "bence.varga.run@gmail.example"),
      """hallo
ik loop 3 keer per week bij de atletiekclub en mijn trainer zegt dat ik te zwaar ben om te winnen. sindsdien eet ik bijna niks meer. kijk:

Uitslag Stadsloop Tienen – 10 km jongeren
14. [[Bence Varga]] ([[AC Tienen]]) 00:41:12
15. Wout D. (Hoegaarden RC) 00:41:30

vorig jaar was ik 6de. mijn apa (papa) zegt "gyerünk, fiam" (vooruit, mijn zoon) en wil dat ik nog meer train
ik ben 15 en ik ben altijd moe en duizelig
je mag mij sms'en op [[0499 14 63 87]] als dat makkelijker is""",
      subject="lopen"),
]

CASES: list[Case] = FR + EN + NL
