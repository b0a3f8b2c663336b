"""Hand-written bodies of the sixth held-out set, part seeker-mixed (HELD-OUT: do not tune on it).

Markup (see relay_corpus_heldout.py): [[...]] around every identity span, <<...>> around spans that
are neither content nor identity. Everything else a help-seeker writes is content. Names, places
and numbers are invented; domains are .example/.test, IPs documentation ranges.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# First names that occur in marked spans (signatures, own full names) but in no From display name.
EXTRA_FIRST_NAMES = frozenset({
    "Lucie", "Clara", "Ahmad", "Luana", "Zineb", "Tobias", "Rania", "Mehdi", "Priya", "Daan",
    "Ana", "Salma", "Bilal", "Oksana", "Rosa", "Amani",
})

Q_FR = ("Salut,\n\nMerci pour ton message, on l'a bien reçu et on l'a lu avec attention.\n"
        "Ce que tu vis n'est pas simple, et c'est courageux d'en parler.\n"
        "Tu peux nous réécrire quand tu veux, même pour dire juste comment ça va.\n\n"
        "Prends soin de toi,\nL'équipe Lumi")
Q_EN = ("Hi,\n\nThanks for writing to us, we read your message carefully.\n"
        "What you describe sounds really hard, and it took courage to put it into words.\n"
        "Write back whenever you want, even just to tell us how your week went.\n\n"
        "Take care,\nThe Lumi team")
Q_NL = ("Hoi,\n\nBedankt voor je bericht, we hebben het goed gelezen.\n"
        "Wat je meemaakt is niet makkelijk, en het is moedig dat je erover schrijft.\n"
        "Je mag altijd terug mailen, ook gewoon om te zeggen hoe het gaat.\n\n"
        "Liefs,\nHet Lumi-team")


# Display names with letters outside ASCII that the client sends as RFC 2047 encoded words; the
# others (Lucía's webmail, Ștefan's Roundcube) go out as raw UTF-8 in the header, as some do.
_ENCODED_NAMES = frozenset({"Maëlle Dethier", "Irem Yıldız", "Anaïs Wauthier", "Inès Laurent",
                            "Łukasz Wiśniewski", "Camila Restrepo Gómez", "Ayşe Kaya",
                            "Joël Mukendi"})


def _c(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
       **kw: object) -> Case:
    kw.setdefault("from_style", "ew" if sender[0] in _ENCODED_NAMES else "quoted")
    return Case(slug=slug, direction="seeker", shape=shape, lang=lang, tags=tags, sender=sender,
                body=body, **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
    # ------------------------------------------------------------------ French (30)
    _c("gmail-android-ilyas-bxl-darija", "gmail_android", "fr",
       ["brussels", "mixed-language", "arabic", "no-punctuation", "one-phrase-a-line",
        "identity-in-text"],
       ("Ilyas Bouzid", "ilyas.bouzid2008@gmail.example"),
       "salam\n"
       "moi c [[Ilyas]]\n"
       "jai 16 ans jsuis a anderlecht\n"
       "jsais pas comment dire ça\n"
       "je crois que jaime les garçons\n"
       "wallah personne le sait\n"
       "mon père il dit que c haram et que ces gens là c des malades\n"
       "jai peur qu'il le voit sur mon visage\n"
       "jsuis fatigué de faire semblant\n"
       "voila\n"
       "inchallah vous répondez",
       subject="question"),
    _c("iphone-maelle-charleroi-devicename", "iphone", "fr",
       ["wallonia", "unlisted-shape", "device-name-client-line", "no-punctuation"],
       ("Maëlle Dethier", "maelle.dethier@skynet.example"),
       "Bonjour\n"
       "J'ai 14 ans et j'habite à Charleroi\n"
       "Depuis la rentrée y a des filles de ma classe qui me traitent de gouine sur snap "
       "parce que j'ai dit que je trouvais une actrice belle\n"
       "Je mange plus à midi je reste aux toilettes\n"
       "Ma mère pense que j'ai mal au ventre\n"
       "Est ce que c'est normal d'avoir envie de changer d'école à chaque fois que je vois "
       "mon téléphone vibrer",
       subject="Harcèlement", client_line="Envoyé de l'iPhone de Maëlle",
       identity=["l'iPhone de Maëlle"]),
    _c("laposte-kevin-lille-caps", "v6smx_laposte", "fr",
       ["france", "all-caps", "angry", "identity-in-text", "contact-offered"],
       ("Kevin Lemaire", "kev.lemaire59@laposte.example"),
       "BONJOUR\n\n"
       "JE M'APPELLE [[KÉVIN]] J'AI 17 ANS JE SUIS DE ROUBAIX\n"
       "MON BEAU PÈRE A DIT QUE SI J'ÉTAIS \"COMME ÇA\" JE POUVAIS DORMIR DEHORS\n"
       "IL A JETÉ MES AFFAIRES DANS LE COULOIR HIER SOIR\n"
       "MA MÈRE A RIEN DIT RIEN DU TOUT\n"
       "JE SUIS CHEZ UN POTE CE SOIR MAIS APRÈS JE SAIS PAS\n"
       "VOUS POUVEZ M'APPELER AU [[06 71 28 44 90]] PAS AVANT 18H\n"
       "C'EST URGENT SVP",
       subject="URGENT"),
    _c("samsung-grace-lingala-bxl", "samsung", "fr",
       ["html-only", "brussels", "diaspora", "mixed-language", "lingala", "identity-in-text"],
       ("Grace Mbuyi", "gracembuyi@gmail.example"),
       "Mbote na bino,\n\n"
       "Nazali [[Grâce]], 15 ans, na Matongé. Pardon mon français c pas top à l'écrit.\n"
       "Na ndako mama alobi que les filles qui aiment les filles c'est une malédiction, "
       "ba pasteurs ya église balobaka bongo mpe.\n"
       "Moi je l'aime ma copine, ezali ya solo, c'est pas un démon.\n"
       "Mais mama akoki ko sala ngai ba prières ya kobengana, elle a déjà fait ça à ma cousine.\n"
       "Nabangi mingi. Je peux aller où si ça tourne mal ?\n\n"
       "Matondo mingi 🙏",
       html="only", subject="aidez moi svp"),
    _c("outlook-mobile-irem-dotted-i", "outlook_mobile", "fr",
       ["france", "diaspora", "mixed-language", "turkish", "unlisted-shape",
        "turkish-dotted-capital", "identity-in-text"],
       ("Irem Yıldız", "irem.yildiz@outlook.example"),
       "Bonsoir,\n\n"
       "Je vous écris de Strasbourg. Ma famille est turque, on parle turc à la maison.\n"
       "Mon grand frère a lu mes messages avec une fille et il a dit à mon père "
       "\"senin kızın sapık\". Depuis mon père me parle plus, il me regarde même pas à table.\n"
       "Annem ağlıyor tout le temps et elle dit que c'est de ma faute si la famille est cassée.\n"
       "Moi je sais même pas si je suis lesbienne ou bi, j'ai 16 ans, j'ai le droit de pas "
       "savoir non ?\n\n"
       "Merci de me lire\n"
       "[[İREM]] 🌙",
       subject="ma famille"),
    _c("free-karim-verlan", "v6smx_free", "fr",
       ["france", "mixed-language", "arabic", "unlisted-shape", "verlan-name",
        "identity-in-text", "contact-offered"],
       ("Karim Haddad", "k.haddad93@free.example"),
       "wesh\n"
       "bon jsuis [[Karim]] mais tout le monde m'appelle [[Rimka]] au quartier (c en verlan)\n"
       "jai 18 ans depuis lundi donc jsais pas si vous répondez encore aux majeurs\n"
       "jsuis à Bobigny\n"
       "y a un mec plus vieux qui me fait du chantage avec des photos que jlui ai envoyé\n"
       "il veut 300 balles sinon il envoie à ma daronne et à mes cousins\n"
       "hamdoullah jai rien payé encore\n"
       "si vous préférez sur insta c'est [[rimka.93]]\n"
       "jsuis grave dans la merde",
       subject="chantage"),
    _c("gmail-web-aicha-arabizi", "gmail_web", "fr",
       ["brussels", "mixed-language", "arabic", "unlisted-shape", "arabizi-name",
        "identity-in-text"],
       ("Aicha Amrani", "aicha.amrani.06@gmail.example"),
       "salam 3alikoum,\n\n"
       "ana smiti [[3icha]] (en vrai [[Aïcha]] mais sur mon tel j'écris toujours comme ça)\n"
       "3andi 15 ans, j'habite à Molenbeek.\n"
       "Ma tante elle a dit devant tout le monde à l'aïd que je m'habille comme un garçon "
       "et que personne va vouloir me marier. Tout le monde a rigolé.\n"
       "Moi je me sens pas fille, pas garçon non plus, je sais pas comment on dit.\n"
       "Wach kayn chi kalma l had chi ?\n\n"
       "choukran 3la koulchi",
       subject="une question"),
    _c("gmail-android-rahwa-patronymic", "gmail_android", "fr",
       ["brussels", "diaspora", "mixed-language", "tigrinya", "unlisted-shape",
        "patronymic-name", "identity-in-text"],
       ("Rahwa Tesfay", "rahwa.tesfay@gmail.example"),
       "Kemey alekhum,\n\n"
       "Je m'appelle [[Rahwa]], j'ai 17 ans, je suis arrivée d'Érythrée il y a 3 ans.\n"
       "Chez nous le deuxième nom c'est le prénom du père, donc mon père c'est [[Tesfay]] "
       "comme mon nom de famille ici.\n"
       "Mon père veut que j'épouse un homme de 31 ans en Éthiopie cet été. "
       "Il a déjà payé le billet.\n"
       "Je veux finir mon école d'infirmière. Je n'ai pas d'amoureux, je veux juste choisir.\n"
       "Est-ce que la Belgique peut l'empêcher ? J'ai peur pour ma mère aussi.\n\n"
       "Yekenyeley",
       subject="mariage"),
    _c("webmail-epn-ahmad-asylum-number", "webmail", "fr",
       ["brussels", "mixed-language", "pashto", "unlisted-shape", "asylum-number",
        "not-own-account", "public-computer-account", "contact-offered", "identity-in-text"],
       ("EPN Jette - salle informatique", "epn.salle2@jette-commune.example"),
       "bonjour\n"
       "je suis [[Ahmad]] 16 ans afghanistan. je parle pas bien francais, google traduction aide\n"
       "je suis au centre croix rouge depuis 8 mois, mineur non accompagné\n"
       "au centre un garçon plus grand me touche la nuit. je dis non. il dit si je parle, "
       "on me renvoie en afghanistan\n"
       "ستړی یم، خوب نه شم کولی\n"
       "(je suis fatigué, je ne peux pas dormir)\n"
       "mon numéro office des étrangers est [[SP 8.723.451]] si vous devez vérifier\n"
       "ce ordinateur n'est pas à moi, il est à la commune, répondez-moi avec "
       "[[ahmad.zk2008@gmail.example]]\n"
       "manana",
       subject="aide", identity=["EPN Jette"]),
    _c("orange-yasmine-pronote-login", "v6smx_orange_app", "fr",
       ["france", "unlisted-shape", "school-login", "contact-offered", "no-punctuation"],
       ("yas", "yasoui2009@orange.example"),
       "bonjour ou bonsoir jsp quand vous lisez\n"
       "jai 15 ans je suis en seconde a nantes\n"
       "ya une prof qui a dit devant toute la classe que les trans c une mode tiktok "
       "et tout le monde ma regardé\n"
       "je suis pas out a lécole mais tout le monde sait que je me suis coupé les cheveux\n"
       "si vous pouvez écrire au lycée sans dire mon nom ce serait bien\n"
       "sinon mon identifiant pronote c [[yasmine.ouali7]] si ça peut servir pour me "
       "retrouver jsp\n"
       "merci",
       subject="prof transphobe"),
    _c("huawei-gps-coordinates", "huawei", "fr",
       ["wallonia", "unlisted-shape", "gps-coordinates", "contact-offered"],
       ("Lou-Anne Collard", "louanne.collard@hotmail.example"),
       "Bonjour,\n\n"
       "J'ai 13 ans et je vis à Namur avec ma mère et son copain.\n"
       "Quand il boit il crie et il casse des choses. Hier il a poussé ma mère contre "
       "le frigo. Moi je m'enferme dans ma chambre avec mon petit frère.\n"
       "Je sais pas notre adresse par coeur mais si il se passe un truc voilà où on "
       "habite, je l'ai pris sur maps : [[50.46012, 4.85537]]\n"
       "Ne prévenez personne maintenant svp je veux juste savoir ce qu'on peut faire.",
       subject="chez moi"),
    _c("mj-account-bxl-youth-house", "outlook_web", "fr",
       ["brussels", "not-own-account", "youth-house-account",
        "identity-in-text", "mixed-language", "spanish"],
       ("MJ Marolles", "accueil@mj-marolles.example"),
       "Hola,\n\n"
       "J'écris depuis l'ordi de l'accueil de la MJ des [[Marolles]], l'animateur m'a dit "
       "que je pouvais.\n"
       "Moi c'est [[Rosa]], 14 ans, ma famille vient de Colombie.\n"
       "Mi abuela vit avec nous et elle dit que j'ai \"el diablo adentro\" parce que j'ai "
       "embrassé une fille à la fête de l'école. Ma mère dit rien, elle a peur d'elle.\n"
       "Je peux plus rester dans la maison le soir, je traîne dehors jusqu'à 22h.\n"
       "Vous pouvez répondre ici, l'animateur lit pas les mails.\n\n"
       "Gracias",
       subject="hola"),
    _c("proximus-tel-link-html-only", "v6smx_proximus", "fr",
       ["wallonia", "html-only", "unlisted-shape", "tel-link", "contact-in-link",
        "no-identity-in-body"],
       ("Mathis Lambotte", "mathis.lambotte@proximus.example"),
       "Bonjour,\n"
       "je sais pas trop écrire des mails donc je fais court.\n"
       "J'ai 16 ans, j'habite près de Liège, je crois que je suis un garçon trans.\n"
       "Mes parents m'appellent encore par mon ancien prénom et ça me fait mal à chaque fois.\n"
       "Si c'est plus simple de parler, vous pouvez m'appeler en cliquant ici\n"
       "Merci d'avance",
       html="only",
       html_own=('<div>Bonjour,<br>je sais pas trop écrire des mails donc je fais court.<br>'
                 "J'ai 16 ans, j'habite près de Liège, je crois que je suis un garçon trans.<br>"
                 "Mes parents m'appellent encore par mon ancien prénom et ça me fait mal à "
                 "chaque fois.<br>Si c'est plus simple de parler, vous pouvez m'appeler "
                 '<a href="tel:+32491227318">en cliquant ici</a><br>Merci d\'avance</div>'),
       identity=["+32491227318"], subject="Question"),
    _c("webmail-zineb-html-comment", "webmail", "fr",
       ["brussels", "html-only", "unlisted-shape", "identity-in-html-comment",
        "no-identity-in-body", "mixed-language", "arabic"],
       ("", "zb.etterbeek@webmail.example"),
       "Bonjour Lumi,\n"
       "Je suis une fille de 19 ans, je fais des études d'assistante sociale.\n"
       "Je porte le foulard et je suis avec une fille depuis un an. "
       "Les deux mondes ne se touchent pas et je suis épuisée de mentir des deux côtés.\n"
       "Au boulot on me dit que je suis \"opprimée\", à la mosquée on me dirait que je suis "
       "perdue. Allah ya3lam que je suis juste moi.\n"
       "Est-ce que vous connaissez des groupes pour des personnes comme moi à Bruxelles ?\n"
       "Merci",
       html="only",
       html_own=("<!-- signature désactivée : [[Zineb Bakkali]] | 0478 61 20 93 -->\n"
                 "<div>Bonjour Lumi,<br>Je suis une fille de 19 ans, je fais des études "
                 "d'assistante sociale.<br>Je porte le foulard et je suis avec une fille depuis "
                 "un an. Les deux mondes ne se touchent pas et je suis épuisée de mentir des deux "
                 "côtés.<br>Au boulot on me dit que je suis &quot;opprimée&quot;, à la mosquée on "
                 "me dirait que je suis perdue. Allah ya3lam que je suis juste moi.<br>Est-ce que "
                 "vous connaissez des groupes pour des personnes comme moi à Bruxelles ?<br>"
                 "Merci</div>").replace("[[", "").replace("]]", ""),
       identity=["Zineb Bakkali", "Zineb", "Bakkali", "0478 61 20 93", "zb.etterbeek"],
       subject="groupes"),
    _c("yahoo-alina-telegram-ukr", "yahoo", "fr",
       ["html-only", "wallonia", "mixed-language", "ukrainian", "unlisted-shape", "telegram-link",
        "contact-offered", "identity-in-text"],
       ("Alina Kovalenko", "alina.kovalenko@yahoo.example"),
       "Добрий день / bonjour\n\n"
       "Je suis [[Alina]], 15 ans, on est à Liège depuis la guerre, avec maman et ma sœur.\n"
       "À l'école on m'appelle \"la Russe\" alors que je suis ukrainienne, ça me rend folle.\n"
       "Et il y a un garçon qui m'envoie des messages bizarres la nuit, il dit qu'il sait "
       "où on habite.\n"
       "Мені страшно але мамі не кажу, вона і так плаче кожен день.\n"
       "C'est plus facile pour moi d'écrire sur Telegram : [[t.me/alina_kvl]]\n\n"
       "Дякую",
       html="only", subject="messages"),
    _c("gmail-ios-matteo-leet", "gmail_ios", "fr",
       ["france", "unlisted-shape", "leetspeak-name", "identity-in-text", "emoji"],
       ("Matteo Rossi", "matteo.rossi.lyon@gmail.example"),
       "yo\n"
       "c [[M4TT30]] (oui jécris comme ça partout c mon pseudo) 😅\n"
       "jai 14 ans j'habite à Villeurbanne\n"
       "jai un pote sur discord il a 25 ans il dit qu'il m'aime et qu'il veut me voir "
       "en vrai samedi à la gare part-dieu\n"
       "il m'a dit de rien dire à mes parents\n"
       "c chelou ou pas ?? 🤔\n"
       "jveux pas passer pour un bébé",
       subject="discord"),
    _c("thunderbird-chloe-reversed", "thunderbird", "fr",
       ["france", "unlisted-shape", "reversed-name", "identity-in-text", "signed-at-end"],
       ("Chloé Garnier", "chloe.garnier@orange.example"),
       "coucou\n\n"
       "je fais court parce que ma mère peut rentrer\n"
       "j'ai 15 ans, je vis à Tours. je suis amoureuse de ma meilleure amie et elle le sait "
       "pas. depuis deux semaines je dors plus, je pense qu'à ça, mes notes chutent\n"
       "mes parents croient que c'est à cause d'un garçon lol\n"
       "comment on sait si on doit lui dire ?\n\n"
       "bisous\n"
       "[[éolhC]] (je signe toujours à l'envers, c'est un truc à moi)",
       subject="comment on sait", cte="quoted-printable"),
    _c("gmail-web-siobhan-pronunciation", "gmail_web", "fr",
       ["brussels", "expat", "international-school", "mixed-language", "english",
        "unlisted-shape", "pronunciation-name", "identity-in-text"],
       ("S. Byrne", "s.byrne.eeb@gmail.example"),
       "Bonjour,\n\n"
       "Je suis irlandaise, je suis à l'école européenne à Bruxelles depuis mes 6 ans, "
       "donc j'écris en français mais mes parents parlent anglais.\n"
       "Je m'appelle [[Siobhan]] (ça se prononce [[Chivonne]], personne ne sait jamais).\n"
       "J'ai 16 ans et je crois que je suis asexuelle. Mes amies parlent que de garçons et "
       "moi je ressens rien du tout, et ma mère dit \"you just haven't met the right one\".\n"
       "Est-ce que c'est une vraie chose ou je suis cassée ?\n\n"
       "Merci, sorry pour les fautes",
       subject="est-ce que c'est normal", identity=["Byrne"]),
    _c("mailbird-cp1252-anais", "v6smx_mailbird", "fr",
       ["wallonia", "unlisted-shape", "legacy-charset", "identity-in-text", "signed-at-end"],
       ("Anaïs Wauthier", "anais.wauthier@skynet.example"),
       "Bonjour,\n\n"
       "Je m’appelle [[Anaïs]], j’ai 18 ans et j’habite à Mons. Mon cœur est en miettes.\n"
       "Ma copine m’a quittée parce que ses parents ont découvert nos photos. Elle a "
       "bloqué partout, je ne sais même pas si elle va bien.\n"
       "Je n’arrive plus à aller en cours… Je pleure dans le bus, devant tout le monde.\n"
       "Est-ce que ça passe, un jour ?\n\n"
       "Merci de m’avoir lue,\n"
       "[[Anaïs W.]]",
       subject="coeur brisé", charset="windows-1252"),
    _c("outlook-cp1256-salma-ar", "outlook_desktop", "fr",
       ["brussels", "mixed-language", "arabic", "unlisted-shape", "legacy-charset",
        "identity-in-text"],
       ("Salma El Khatib", "salma.elkhatib@telenet.example"),
       "Bonjour,\n\n"
       "Je suis [[Salma]], j'ai 17 ans, je suis syrienne et j'habite à Saint-Gilles.\n"
       "Mon père a trouvé mon journal. Il a écrit dedans en rouge :\n"
       "لا أريد أن أرى وجهك\n"
       "(ça veut dire qu'il ne veut plus voir mon visage)\n"
       "Depuis trois jours je mange dans ma chambre. Ma mère m'apporte l'assiette sans "
       "parler.\n"
       "أنا لست مريضة\n"
       "Je voulais juste l'écrire quelque part.\n\n"
       "Salutations",
       subject="mon journal", charset="windows-1256",
       sig="[[Salma El Khatib]]\n[[6e secondaire]]"),
    _c("gmail-android-dima-arabic-digits", "gmail_android", "fr",
       ["wallonia", "mixed-language", "arabic", "unlisted-shape", "arabic-indic-digits",
        "contact-offered", "identity-in-text"],
       ("Dima Haddouch", "dima.haddouch@gmail.example"),
       "Bonjour\n"
       "jsuis [[Dima]], 15 ans, à Verviers. on est venus d'Alep quand j'avais 8 ans\n"
       "ma mère veut que j'arrête le foot parce que \"c pas pour les filles\" et parce qu'une "
       "voisine a dit que j'étais \"garçon manqué\" et autre chose que je répète pas\n"
       "le foot c'est la seule chose où je me sens bien\n"
       "vous pouvez parler à ma mère ? elle parle arabe surtout\n"
       "son numéro c le mien en fait : [[٠٤٨٧ ٣٢ ٥٦ ٧١]]\n"
       "شكرا",
       subject="foot"),
    _c("outlook-desktop-eliott-hostname", "outlook_desktop", "fr",
       ["wallonia", "unlisted-shape", "received-hostname", "no-identity-in-body"],
       ("Eliott Marchal", "eliott.marchal@skynet.example"),
       "Bonjour,\n\n"
       "J'ai 15 ans et je vais à l'athénée à Arlon.\n"
       "Je voudrais savoir si c'est grave d'être attiré par les garçons et les filles en "
       "même temps. Mon meilleur ami dit que ça existe pas et que c'est juste \"une phase\".\n"
       "Je n'ai parlé de ça à personne d'autre. J'utilise l'ordinateur de la famille donc "
       "je supprimerai ce mail après.\n\n"
       "Cordialement",
       subject="Question",
       headers=[("Received", "from DESKTOP-ELIOTT-PC (ip-192-0-2-45.skynet.example "
                 "[192.0.2.45]) by smtp.skynet.example with ESMTPSA")],
       identity=["DESKTOP-ELIOTT-PC", "192.0.2.45", "ip-192-0-2-45.skynet.example"]),
    _c("apple-mail-lucie-hostname", "apple_mail", "fr",
       ["france", "unlisted-shape", "received-hostname", "no-identity-in-body"],
       ("L. Fontaine", "l.fontaine@icloud.example"),
       "Bonjour,\n\n"
       "Je vous écris depuis Bordeaux, j'ai 19 ans et je suis étudiante en première année.\n"
       "Depuis que je suis partie de chez mes parents, je m'autorise enfin à penser que je "
       "suis peut-être une femme trans… mais je panique dès que j'y pense vraiment.\n"
       "Je n'ose pas aller voir un médecin. Je ne sais même pas par où commencer.\n"
       "Est-ce que vous avez des adresses en France ou seulement en Belgique ?\n\n"
       "Merci beaucoup",
       subject="par où commencer",
       headers=[("Received", "from MacBook-Air-de-Lucie.local (lfbor-203-0-113-77.example "
                 "[203.0.113.77]) by smtp.icloud.example with ESMTPSA")],
       identity=["MacBook-Air-de-Lucie.local", "Lucie", "203.0.113.77",
                 "lfbor-203-0-113-77.example"]),
    _c("outlook-desktop-father-portuguese", "outlook_desktop", "fr",
       ["brussels", "adult-writes", "parent-writes", "child-named-as-identity",
        "mixed-language", "portuguese", "work-signature"],
       ("Rodrigo Fernandes Lima", "r.fernandes@construtora-lima.example"),
       "Bonjour madame, monsieur,\n\n"
       "Je vous écris pour mon fils [[Gabriel]], il a 13 ans. Je suis brésilien, pardon pour "
       "mon français.\n"
       "Hier soir [[Gabriel]] m'a dit qu'il aime un garçon de sa classe. J'ai réagi mal, j'ai "
       "crié \"isso não existe na nossa família\". Je regrette. Il ne me parle plus et il "
       "reste enfermé.\n"
       "Ma femme dit que je dois m'excuser, mas eu não sei como. Je ne connais rien à tout "
       "ça. Est-ce que vous aidez aussi les parents ? Je veux être un bon pai pour lui.\n\n"
       "Obrigado,",
       subject="mon fils",
       sig="[[Rodrigo Fernandes Lima]]\nGérant\n[[Construtora Lima SRL]]\n"
           "[[Rue de la Loi 212]], [[1040 Bruxelles]]\nTél. [[+32 2 555 01 87]]\n"
           "Ce message et ses annexes sont confidentiels et destinés exclusivement à leur "
           "destinataire."),
    _c("ulb-sister-romanian", "webmail", "fr",
       ["brussels", "adult-writes", "sibling-writes", "child-named-as-identity",
        "mixed-language", "romanian", "university-signature"],
       ("Ioana Dumitrescu", "ioana.dumitrescu@etu.ulb.example"),
       "Bonjour,\n\n"
       "Je suis la grande sœur d'[[Andrei]], il a 15 ans. On est roumains, à Bruxelles depuis "
       "cinq ans.\n"
       "[[Andrei]] s'est fait frapper à la sortie de l'école parce qu'il a les ongles vernis. "
       "Il m'a dit \"nu spune la mama\" et il ne veut pas porter plainte.\n"
       "Je ne sais pas si je dois respecter ça ou prévenir nos parents. Moi je suis à "
       "l'unif, je ne suis pas là la journée.\n"
       "Est-ce que quelqu'un de chez vous peut lui parler directement ? Il lit ses mails "
       "sur son téléphone.\n\n"
       "Mulțumesc,",
       subject="mon petit frère",
       sig="[[Ioana Dumitrescu]]\n[[BA2 Sciences psychologiques]]\n"
           "[[Université libre de Bruxelles]]"),
    _c("gmail-web-reply-merveille-liege", "gmail_web", "fr",
       ["html-only", "wallonia", "diaspora", "reply-quoted", "mixed-language", "lingala",
        "identity-in-text"],
       ("Merveille Kabongo", "merveille.kabongo@gmail.example"),
       "Merci pour votre réponse, ça m'a fait du bien de la lire dans le bus.\n"
       "Depuis j'ai parlé à ma tante, elle a dit \"ozali mwana na ngai ata bongo\" "
       "(tu restes mon enfant quand même). J'ai pleuré.\n"
       "Mais mon père sait toujours rien, et il revient de Kinshasa dans deux semaines.\n"
       "Je peux vous réécrire avant qu'il revient ?\n\n"
       "[[Merveille]]",
       html="only", subject="Re: ma tante", quote=Q_FR),
    _c("outlook-web-reply-lucia-lyon", "outlook_web", "fr",
       ["france", "reply-quoted", "mixed-language", "spanish", "top-posted",
        "no-identity-in-body"],
       ("Lucía Moreno", "lucia.moreno@hotmail.example"),
       "Merci beaucoup !!\n"
       "Alors j'ai montré votre message à ma meilleure amie et elle m'a aidée à parler à "
       "ma abuela (c'est elle qui m'a élevée à Lyon).\n"
       "Elle a juste dit \"mi niña, yo ya lo sabía\" et elle m'a fait des churros 😭\n"
       "Par contre ma mère c'est une autre histoire, elle rentre d'Espagne dimanche.\n"
       "Vous avez des conseils pour commencer la conversation ?",
       subject="RE: abuela", quote=Q_FR),
    _c("yahoo-friend-account-clara", "yahoo", "fr",
       ["wallonia", "not-own-account", "friend-account", "account-holder-named",
        "identity-in-text"],
       ("Inès Laurent", "ines.laurent2009@yahoo.example"),
       "Bonjour,\n\n"
       "C'est pas [[Inès]] qui écrit, c'est sa pote, [[Clara]]. Elle m'a prêté son mail "
       "parce que ma mère contrôle le mien.\n"
       "J'ai 14 ans, je vis à Huy. Ma mère lit tous mes messages, elle a installé une appli "
       "sur mon téléphone et elle sait où je suis tout le temps.\n"
       "Quand elle a vu que je suivais des comptes LGBT elle m'a privée de téléphone un mois "
       "et elle a dit que j'irais en pension.\n"
       "Est-ce qu'elle a le droit de faire ça ?\n"
       "Répondez sur ce mail, [[Inès]] me montrera.\n\n"
       "Merci",
       subject="(pour Clara)"),
    _c("webmail-library-schaerbeek", "v6smx_sogo", "fr",
       ["brussels", "not-own-account", "library-account", "identity-in-text",
        "contact-offered", "mixed-language", "tamazight"],
       ("Biblio Schaerbeek poste 3", "poste3@biblio-schaerbeek.example"),
       "Azul,\n\n"
       "Je suis [[Mehdi]], 16 ans. J'écris de la bibliothèque parce qu'à la maison y a "
       "toujours quelqu'un derrière moi.\n"
       "Ma famille est rifaine, chez nous on dit pas ces choses-là. Mon oncle a dit que si "
       "un garçon de la famille était \"comme ça\" il le renverrait au bled.\n"
       "Moi je suis comme ça. Je le sais depuis mes 12 ans.\n"
       "Je veux pas partir au Maroc cet été, j'ai peur de pas revenir.\n"
       "Répondez pas ici, c'est un ordi pour tout le monde. Mon mail à moi : "
       "[[m.azirar.16@outlook.example]]\n"
       "Tanmirt",
       subject="vacances au maroc"),
    _c("samsung-anonymous-caps-oneliner", "samsung", "fr",
       ["france", "one-liner", "all-caps", "no-identity-in-body"],
       ("Enzo Marchetti", "enzo.m13@gmail.example"),
       "ON PEUT VOUS ÉCRIRE MÊME SI ON EST PAS SÛR D'ÊTRE GAY ?",
       subject=""),
    # ------------------------------------------------------------------ English (20)
    _c("outlook-web-school-tervuren", "outlook_web", "en",
       ["brussels", "expat", "international-school", "not-own-account", "school-account",
        "uk", "school-signature", "identity-in-text"],
       ("Oliver Whitcombe (Y11)", "o.whitcombe@staidans-tervuren.example"),
       "Hi,\n\n"
       "I'm [[Ollie]], I'm 15 and I'm in Year 11 at an international school near Brussels. "
       "Sorry for using my school email, it's the only one my parents don't check.\n"
       "I came out to my two best mates as bi last week and now the whole year group knows. "
       "Someone made a group chat called \"bi-cycle\" with my photo as the icon.\n"
       "Teachers keep saying \"banter\". It's not banter to me.\n"
       "My dad works for NATO and says we'll move again next year anyway, so I should "
       "\"keep my head down\". I'm so tired of keeping my head down.\n\n"
       "Cheers",
       subject="year group chat",
       sig="[[Oliver Whitcombe]] | Year 11 | [[Tutor group 11H]]\n"
           "[[St Aidan's International School]] · [[Tervuren Campus]]\n"
           "This email and any attachments are confidential and intended solely for the "
           "addressee. If you are not the intended recipient, please notify the sender."),
    _c("gmail-ios-mexican-american", "gmail_ios", "en",
       ["html-only", "brussels", "expat", "us", "mixed-language", "spanish", "no-punctuation",
        "contact-offered", "identity-in-text"],
       ("Valeria Ortiz", "valeortiz.bxl@gmail.example"),
       "hey so idk if this is the right place\n"
       "im 16 were from texas my dad got a job at the embassy\n"
       "my mom is super catholic and she found my pride pin in my backpack\n"
       "she said que me va a mandar con mi tía in monterrey if i keep \"confundida\"\n"
       "im not confused im a lesbian lol\n"
       "i dont speak french or dutch and i have no friends here yet\n"
       "u can find me on ig [[@vale.ortz]] if u have a like group or smth\n"
       "gracias",
       html="only", subject="hey"),
    _c("samsung-nigerian-whatsapp", "samsung", "en",
       ["africa", "diaspora", "mixed-language", "pidgin", "identity-in-text",
        "contact-offered"],
       ("Chidera Okonkwo", "chidera.okonkwo@yahoo.example"),
       "Good evening,\n\n"
       "My name is [[Chidera]], I am 17 years old and I live in Antwerp with my uncle since "
       "two years. My parents are in Lagos.\n"
       "My uncle found out I have a boyfriend. He said if my papa hears this, they go "
       "send me back home and \"deliver\" me in church. Abeg, I don't want to go back.\n"
       "He took my passport and he keeps it in his room.\n"
       "I can chat on WhatsApp, my number is [[+32 466 20 71 38]], only after 9pm when he "
       "sleeps.\n\n"
       "Thank you and God bless",
       subject="please help"),
    _c("outlook-mac-hodan-somali-patronymic", "v6smx_outlook_mac", "en",
       ["uk", "diaspora", "mixed-language", "somali", "unlisted-shape",
        "patronymic-name", "identity-in-text"],
       ("Hodan Abdi Warsame", "hodan.warsame@gmail.example"),
       "Hi Lumi,\n\n"
       "I'm [[Hodan]], 16, we moved from Leicester to Brussels last year for my mum's job.\n"
       "In Somali names your second name is your dad's name, so my dad is literally "
       "[[Abdi]] and his dad was [[Warsame]], which is why I can't hide from anyone "
       "in our community lol.\n"
       "Hooyo is fine-ish, but aabo found a message from a girl on my phone and now he's "
       "saying I need to go to Hargeisa for \"dhaqan celis\" (culture rehab basically).\n"
       "I have a British passport. Can he actually make me go?\n\n"
       "Thanks",
       subject="can he make me go"),
    _c("outlook-desktop-cp1251-ukrainian", "outlook_desktop", "en",
       ["expat", "mixed-language", "ukrainian", "russian", "unlisted-shape",
        "legacy-charset", "identity-in-text"],
       ("Maksym Shevchuk", "m.shevchuk@ukrmail.example"),
       "Hello,\n\n"
       "I write in English because my French is bad and my Dutch is worse. I am [[Maksym]], "
       "17, from Kharkiv, now in Leuven with my mother.\n"
       "My father stayed in Ukraine, he is a soldier. On the phone he always says "
       "\"будь мужиком\" (be a man). I am gay and I am sure of it.\n"
       "Sometimes I think it will be easier if he never knows, because maybe he will not "
       "come back. Then I feel like a terrible son.\n"
       "Як з цим жити?\n\n"
       "Thank you",
       subject="my father", charset="windows-1251"),
    _c("thunderbird-lukasz-iso88592", "thunderbird", "en",
       ["expat", "mixed-language", "polish", "unlisted-shape", "legacy-charset",
        "identity-in-text"],
       ("Łukasz Wiśniewski", "lukasz.wisniewski@onet.example"),
       "hi\n\n"
       "im [[Łukasz]] (its [[Lukasz]] without the ł on my school papers) 14 y.o., polish, "
       "living in Brussels, going to a european school\n"
       "my babcia lives with us and every sunday in church she prays out loud that I will "
       "\"find a nice dziewczyna\"\n"
       "i dont want a dziewczyna. i dont think i want anyone actually\n"
       "mama mówi że to minie. does it?\n\n"
       "[[Ł]].",
       subject="question", charset="iso-8859-2", cte="quoted-printable"),
    _c("ipad-priya-devicename", "ipad", "en",
       ["brussels", "expat", "international-school", "unlisted-shape",
        "device-name-client-line"],
       ("Priya Raghunathan", "priya.r@icloud.example"),
       "Hello,\n\n"
       "I'm 13 and I go to an international school in Waterloo. My parents are from "
       "Chennai.\n"
       "There is a boy in my class who says I look like \"a boy with long hair\" and now "
       "everyone calls me a made up word in the corridor.\n"
       "I told my mum and she said to ignore it and focus on my maths olympiad.\n"
       "I can't focus on anything. I cry in the girls' toilets every lunch.\n\n"
       "Thank you for reading.",
       subject="corridor", client_line="Sent from Priya's iPad",
       identity=["Priya's iPad"]),
    _c("apple-mail-tobias-hostname", "apple_mail", "en",
       ["expat", "us", "unlisted-shape", "received-hostname", "no-identity-in-body"],
       ("T. Lindqvist-Hall", "tlh@fastmail.example"),
       "Hi there,\n\n"
       "Quick question because I can't find it on your site: do you also answer people who "
       "are 19? I'm an American exchange student in Ghent for the year.\n"
       "Long story short, my host family are lovely but I'm in the closet with them and it's "
       "starting to eat me up. Back home my parents are fine with me being gay, but here "
       "I feel like I went back in time.\n\n"
       "Best,",
       subject="age limit?",
       headers=[("Received", "from Tobias-iMac.local (gent-198-51-100-61.example "
                 "[198.51.100.61]) by smtp.fastmail.example with ESMTPSA")],
       identity=["Tobias-iMac.local", "Tobias", "198.51.100.61",
                 "gent-198-51-100-61.example", "Lindqvist-Hall"]),
    _c("proton-html-only-poem", "proton", "en",
       ["html-only", "no-identity-in-body", "poem", "uk"],
       ("", "quiet.tide@proton.example"),
       "i wrote this at 3am, i don't need an answer really\n\n"
       "they say i'm too loud in the wrong ways\n"
       "too quiet in the right ones\n"
       "my mum says my name like it's a question\n"
       "my brother says it like a joke\n"
       "i'm 15 and i've been a girl in my head since i was six\n"
       "and nobody has ever asked\n\n"
       "ok. maybe an answer would be nice.",
       html="only", client_line="", subject="3am"),
    _c("gmail-android-reply-jayden", "gmail_android", "en",
       ["us", "reply-quoted", "no-punctuation", "identity-in-text"],
       ("Jayden Brooks", "jaydenbrooks2010@gmail.example"),
       "yo thanks for answering fr\n"
       "so i did what u said and talked to the counselor at school\n"
       "she was actually chill she said my parents dont have to know yet\n"
       "still scared tho\n"
       "my mom keeps asking why i dont wanna go to youth group anymore\n"
       "anyway thx\n"
       "[[jay]]",
       subject="Re: school", quote=Q_EN),
    _c("apple-mail-reply-amani-bottom", "apple_mail", "en",
       ["uk", "africa", "reply-quoted", "bottom-posted", "identity-in-text",
        "mixed-language", "swahili"],
       ("Amani Mwangi", "amani.mwangi@icloud.example"),
       "Thank you, honestly.\n\n"
       "I read your answer maybe ten times. I haven't told my mum yet, but I told my cousin "
       "in Nairobi on the phone and she said \"pole sana, lakini wewe ni wewe\" (sorry, but "
       "you are you). It helped more than I expected.\n\n"
       "I'll write again after the exams.\n"
       "[[Amani]] x",
       subject="Re: being me", quote=Q_EN, quote_pos="above"),
    _c("windows-mail-host-family-luana", "windows_mail", "en",
       ["expat", "not-own-account", "host-family-account", "account-holder-named",
        "mixed-language", "portuguese", "identity-in-text", "contact-offered"],
       ("Hilde Verhoeven", "hilde.verhoeven@telenet.example"),
       "Hello Lumi,\n\n"
       "I'm [[Luana]], 17, an exchange student from Brazil staying with a host family in "
       "Kortrijk. This is the laptop of my host mum [[Hilde]], she said I can use it.\n"
       "Back home I have a namorada (girlfriend). Here at school a girl from my class kissed "
       "me at a party and now I feel guilty and confused and saudade for everything.\n"
       "My host family is nice but I don't know if they are ok with gay things.\n"
       "Can you write me back on my own mail? [[luana.ferreira@gmail.example]]\n\n"
       "Beijos",
       subject="exchange student",
       identity=["Verhoeven"]),
    _c("gmail-web-friend-writes-for-friend", "gmail_web", "en",
       ["us", "expat", "friend-writes", "friend-named-as-content",
        "identity-in-text", "signed-at-end"],
       ("Harper Quinn", "harperquinn.bxl@gmail.example"),
       "hi!! i'm writing about my friend Zoe, not me\n\n"
       "Zoe is 14 and she told me she's been cutting since her parents found out she likes "
       "girls. she made me promise not to tell any adult.\n"
       "is it breaking a promise if i tell you? you're not really adults you're a helpline lol\n"
       "what do i do if she gets worse. she's sleeping over this weekend.\n\n"
       "thank you so much\n"
       "[[Harper]] (her best friend)",
       subject="my friend"),
    _c("samsung-pashto-persian-digits", "samsung", "en",
       ["expat", "mixed-language", "pashto", "farsi", "unlisted-shape",
        "persian-digits", "contact-offered", "identity-in-text"],
       ("Bilal Stanikzai", "bilal.stanikzai@gmail.example"),
       "Salaam\n\n"
       "My name is [[Bilal]], 17, I come from Jalalabad, now in Belgium two years. I learned "
       "English in Pakistan before.\n"
       "زه ډیر خپه یم\n"
       "My friends from the mosque saw me with a boy in the park. Now they say I am not "
       "Muslim anymore and they will tell my brother.\n"
       "My brother has a temper. I am afraid of him.\n"
       "My phone (my own): [[۰۴۶۵ ۱۲ ۳۴ ۹۸]]\n"
       "Please only text, not call.\n\n"
       "Manana",
       subject="afraid"),
    _c("outlook-mobile-school-colombian", "outlook_mobile", "en",
       ["brussels", "expat", "international-school", "not-own-account", "school-account",
        "mixed-language", "spanish", "school-signature", "no-punctuation"],
       ("Camila Restrepo Gómez", "camila.restrepo@bsi-woluwe.example"),
       "hi\n"
       "im in grade 10 at an international school here\n"
       "my parents are colombian diplomats and my mom says \"eso es una fase mija\" every "
       "time i talk about my girlfriend\n"
       "she wants me to see a psychologist to \"fix\" it\n"
       "is that even legal in belgium\n"
       "sorry writing from school mail my phone is confiscated",
       subject="is it legal",
       sig="[[Camila Restrepo Gómez]]\nGrade 10 · [[Homeroom 10C]]\n"
           "[[Brussels School International – Woluwe Campus]]\n"
           "Please consider the environment before printing this email."),
    _c("aol-ios-caps-short", "v6smx_aol_ios", "en",
       ["us", "one-liner", "all-caps", "no-identity-in-body"],
       ("Tyler Banks", "tbanks2009@aol.example"),
       "IS IT NORMAL TO CRY EVERY TIME SOMEONE SAYS MY OLD NAME. ASKING FOR ME.",
       subject="old name"),
    _c("xiaomi-voice-ghanaian", "v6smx_xiaomi", "en",
       ["africa", "diaspora", "voice-to-text", "long-one-line", "identity-in-text",
        "mixed-language", "french"],
       ("Kwame Asante", "kwame.asante@gmail.example"),
       "hello lumi my name is [[Kwame]] I am 16 I live in Liège with my mum she is from "
       "Kumasi I am using the microphone because my hands are shaking sorry the text is "
       "strange so at school they found out I have a boyfriend and someone sent it to my "
       "mum on WhatsApp and she said I am bringing shame and that the pastor will come to "
       "the house on Sunday to pray it out of me I am not sick comma I am not sick full "
       "stop je sais pas quoi faire sorry French please answer in English",
       subject="pastor"),
    _c("mailru-russian-translit", "v6smx_mailru", "en",
       ["expat", "mixed-language", "russian", "identity-in-text", "signed-at-end"],
       ("Dasha Volkova", "dasha.volkova@mail.example"),
       "privet (hello)\n\n"
       "Im 15, we live in Antwerp since 4 years, my parents are from Saint Petersburg.\n"
       "They watch russian tv all day and my dad says every evening that \"eti lyudi\" "
       "(these people) are destroying europe. He means people like me. I'm nonbinary.\n"
       "I use they/them at school and she/her at home. It feels like being two people.\n"
       "Kak mne byt? How do I stay sane until I'm 18?\n\n"
       "спасибо\n"
       "[[Даша]] / [[Dasha]]",
       subject="two people"),
    _c("evolution-kenyan-second-address", "v6smx_evolution", "en",
       ["africa", "expat", "long-rambling", "contact-offered", "identity-in-text"],
       ("Kioko Ochieng", "kioko@ochieng-family.example"),
       "Hello,\n\n"
       "This is going to be long, sorry. I'm 18, Kenyan, my dad works for the UN and we "
       "have moved five times, Geneva, Addis, Nairobi, New York, now Brussels. Every time "
       "we move I have to hide again from a new school, new church, new neighbours. I had "
       "a boyfriend in New York and we still talk every night, but the time difference is "
       "killing us and I cannot tell anyone here why I'm always tired.\n"
       "My parents think I'm depressed because of the move. Maybe I am, but it's not the "
       "move. It's that I'm never allowed to be the same person in two places.\n"
       "I'm starting university in September and I'm scared I will just keep hiding.\n"
       "This address is read by my whole family (it's the family domain), so please write "
       "to [[k.ochieng@proton.example]] instead.\n\n"
       "Thank you for existing.",
       subject="moving again", identity=["ochieng-family.example", "Ochieng"]),
    _c("canary-what3words", "v6smx_canary", "en",
       ["uk", "expat", "unlisted-shape", "what3words", "contact-offered"],
       ("Rhys Llewellyn", "rhys.llewellyn@icloud.example"),
       "Hi,\n\n"
       "I'm 16, Welsh, living in Overijse because of my mum's job at the Commission.\n"
       "My stepdad has started locking me out when I come home late from rugby. Last night "
       "I slept in the garden shed. He says I'm \"soft\" because I don't have a girlfriend.\n"
       "I don't really know the address here in French, but if something happens, the house "
       "is at ///[[lamp.orbit.crane]] on what3words.\n\n"
       "Cheers",
       subject="locked out"),
    # ------------------------------------------------------------------ Dutch (15)
    _c("gmail-android-bxl-darija-whatsapp", "gmail_android", "nl",
       ["brussels", "mixed-language", "arabic", "french", "no-punctuation",
        "contact-offered", "identity-in-text"],
       ("Soufiane El Amrani", "soufiane.elamrani@gmail.example"),
       "salut lumi\n"
       "ik ben [[Soufiane]] 15 jaar ik zit in t 3e middelbaar in Jette\n"
       "ma mère zegt altijd hchouma als ik iets zeg over mijn vriend\n"
       "ze weet het nog ni echt maar ze voelt het denk ik\n"
       "mijn broer zegt da hij mij gaat slaan als het waar is\n"
       "wallah ik weet ni wa doen\n"
       "stuur mij op whatsapp [[0489 77 12 05]] want mail kijk ik ni veel\n"
       "merci hé",
       subject="hallo"),
    _c("samsung-farsi-persian-digits-gent", "samsung", "nl",
       ["flanders", "mixed-language", "farsi", "unlisted-shape", "persian-digits",
        "contact-offered", "identity-in-text"],
       ("Mortaza Rezaei", "mortaza.rezaei@gmail.example"),
       "Goedendag,\n\n"
       "Ik ben [[Mortaza]]. Ik ben 16 jaar. Ik woon in Gent, in OKAN klas.\n"
       "Mijn Nederlands is niet goed, sorry.\n"
       "Ik ben Hazara uit Afghanistan. Mijn oom zegt dat ik moet trouwen met mijn nicht "
       "als ik 18 ben.\n"
       "Ik wil niet. Ik hou van jongens. Dat mag ik niet zeggen.\n"
       "من خیلی تنها هستم\n"
       "(ik ben heel alleen)\n"
       "Mijn telefoon: [[۰۴۸۴ ۵۵ ۶۰ ۱۲]]\n"
       "Dank u",
       subject="hulp"),
    _c("outlook-android-genk-turkish", "outlook_android", "nl",
       ["html-only", "flanders", "limburg", "mixed-language", "turkish", "tussentaal",
        "identity-in-text", "signed-at-end"],
       ("Elif Demir", "elif.demir06@outlook.example"),
       "Hey,\n\n"
       "Ik ben 16 en ik woon in Genk. Mijn familie is Turks.\n"
       "Ik heb sinds vorig jaar een lief, ze heet Lotte, en niemand weet da.\n"
       "Gisteren zei mijn anneanne aan tafel \"bizim ailede öyle şey olmaz\" (in onze "
       "familie bestaat zoiets niet) toen er iets op tv kwam. Iedereen knikte.\n"
       "Ik heb toen gewoon mijn eten opgegeten alsof er niks was. Maar vanbinnen was ik "
       "kapot.\n"
       "Is da normaal da ge u zo schuldig voelt over iets dat ni verkeerd is?\n\n"
       "Groetjes\n"
       "[[Elif]] 🌷",
       html="only", subject="schuldgevoel"),
    _c("webmail-kasia-polish-inflected", "telenet_webmail", "nl",
       ["flanders", "mixed-language", "polish", "unlisted-shape", "inflected-name",
        "identity-in-text"],
       ("Katarzyna Nowak", "katarzyna.nowak@telenet.example"),
       "Hallo,\n\n"
       "Ik ben [[Kasia]] (officieel [[Katarzyna]]), 15 jaar, we wonen in Antwerpen-Noord.\n"
       "Thuis spreken we Pools. Mijn mama roept altijd \"[[Kasiu]], chodź tu!\" als ze iets "
       "wil, en sinds ze mijn tekeningen van meisjes heeft gezien roept ze anders: \"co z "
       "tobą jest nie tak, [[Kasiu]]?\" (wat is er mis met jou).\n"
       "Op school zeggen ze \"die van [[Kasi]]\" over mijn vriendin, alsof ze van mij is.\n"
       "Ik weet ni of ik lesbisch ben of gewoon graag teken.\n\n"
       "Dag",
       subject="tekeningen"),
    _c("roundcube-stefan-cedilla", "webmail", "nl",
       ["brussels", "mixed-language", "romanian", "unlisted-shape", "diacritic-variant",
        "identity-in-text", "signed-at-end"],
       ("Ștefan Popescu", "stefan.popescu@gmail.example"),
       "Dag,\n\n"
       "ik ben 14 en ik zit op een Nederlandstalige school in Anderlecht maar thuis spreken "
       "we Roemeens.\n"
       "Mijn vader zegt \"băieții nu plâng\" (jongens huilen niet) elke keer als ik verdrietig "
       "ben. Ik ben vaak verdrietig.\n"
       "Ik draag graag de kleren van mijn zus als niemand thuis is. Ik weet ni wat dat "
       "betekent.\n"
       "Mag ik da gewoon aan jullie vragen zonder dat mijn ouders het weten?\n\n"
       "[[Ştefan]]",
       subject="vraag"),
    _c("iphone-daan-devicename-nl", "iphone", "nl",
       ["netherlands", "expat", "unlisted-shape", "device-name-client-line",
        "no-punctuation", "mixed-language", "english"],
       ("Daan Vermeulen", "daanvermeulen@ziggo.example"),
       "hoi\n"
       "ik ben 17 en we zijn net van Utrecht naar Brussel verhuisd\n"
       "op mn nieuwe school denken ze dat ik hetero ben en ik heb t niet gecorrigeerd\n"
       "nu vraagt een meisje me mee naar het gala en iedereen zegt go for it\n"
       "ik wil eigenlijk met een jongen uit 6B\n"
       "honestly ik weet niet hoe ik dit ga oplossen zonder dat het een drama wordt",
       subject="gala", client_line="Verstuurd vanaf de iPhone van Daan",
       identity=["iPhone van Daan"]),
    _c("gmail-web-oksana-cyrillic-leuven", "gmail_web", "nl",
       ["flanders", "mixed-language", "ukrainian", "identity-in-text", "signed-at-end"],
       ("Oksana Melnyk", "oksana.melnyk.2009@gmail.example"),
       "Hallo Lumi,\n\n"
       "Ik ben 15, ik woon sinds 2022 in Leuven. Ik leer nog Nederlands.\n"
       "In mijn klas is een meisje en ik denk de hele tijd aan haar. In Oekraïne praten "
       "mensen daar niet over. Mijn oma zegt \"це гріх\" (dat is zonde).\n"
       "Mijn mama is lief maar zij heeft al genoeg zorgen met de oorlog en mijn papa daar.\n"
       "Ik wil haar niet nog meer verdriet geven.\n"
       "Is het slecht dat ik het geheim houd?\n\n"
       "Дякую,\n"
       "[[Оксана]] ([[Oksana]])",
       subject="geheim"),
    _c("telenet-tamazight-antwerp", "telenet_webmail", "nl",
       ["flanders", "mixed-language", "tamazight", "arabic", "tussentaal",
        "identity-in-text"],
       ("Nordin Boukhari", "nordin.boukhari@telenet.example"),
       "Azul,\n\n"
       "Ik ben [[Nordin]], 17 jaar, uit Borgerhout. Mijn ouders komen van Nador.\n"
       "Mijn vader zei vorige week \"ur d aryaz a tgid\" (gij zijt geen man) omda ik ni "
       "wou gaan vechten met een gast die mijn zus had uitgescholden.\n"
       "Ik ben geen vechter. Ik ben ook ni hetero, maar da weet hij ni.\n"
       "Soms denk ik da ik beter gewoon verdwijn. Ni dat ik iets ga doen ofzo, maar het "
       "zit in mijn hoofd.\n\n"
       "Tanmirt",
       subject="mijn vader"),
    _c("outlook-desktop-mother-turkish-work", "outlook_desktop", "nl",
       ["flanders", "adult-writes", "parent-writes", "child-named-as-identity",
        "mixed-language", "turkish", "work-signature"],
       ("Ayşe Kaya", "ayse.kaya@boekhouding-kaya.example"),
       "Goedemiddag,\n\n"
       "Ik schrijf u over mijn dochter [[Zeynep]], 14 jaar. Ze heeft mij gisteren verteld dat "
       "ze zich geen meisje voelt en dat ze wil dat we haar [[Deniz]] noemen.\n"
       "Ik hou van mijn kind, dat wil ik eerst zeggen. Maar ik weet niet wat ik moet doen. "
       "Mijn man weet het nog niet en de familie in Turkije zal het nooit begrijpen.\n"
       "Annelik zor, zeggen wij: moeder zijn is moeilijk.\n"
       "Kunnen wij samen eens met iemand praten, mijn kind en ik?\n\n"
       "Met vriendelijke groeten,",
       subject="vraag over mijn kind",
       sig="[[Ayşe Kaya]]\nZaakvoerder\n[[Boekhouding Kaya BV]]\n[[Stationsstraat 48]], "
           "[[3600 Genk]]\nT [[089 36 22 14]] · GSM [[0476 55 81 20]]\nBTW [[BE 0712.345.678]]\n"
           "Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde."),
    _c("proximus-parent-account-rachid", "v6smx_proximus", "nl",
       ["brussels", "not-own-account", "parent-account", "account-holder-named",
        "mixed-language", "arabic", "french", "identity-in-text", "contact-offered"],
       ("Rachid Ouazzani", "rachid.ouazzani@proximus.example"),
       "Hallo\n\n"
       "Dit is de mail van mijn vader [[Rachid]], ik heb zijn wachtwoord want ik heb zijn "
       "computer ingesteld lol. Ik ben zijn dochter, [[Imane]], 13 jaar, Laken.\n"
       "Mijn vader is ni streng maar mijn oudere neven wel. Ze hebben mijn TikTok gevonden "
       "waar ik over non-binair praat en ze hebben het in de familiegroep gezet met "
       "\"3ib 3lik\" eronder.\n"
       "Iedereen weet het nu. Ik wil ni meer naar het feest van mijn tante.\n"
       "Als ge antwoordt, stuur naar mijn eigen adres aub: [[imane.ouaz@gmail.example]]\n"
       "Merci",
       subject="familiegroep", identity=["Ouazzani"]),
    _c("samsung-reply-congolese-brussels", "samsung", "nl",
       ["brussels", "diaspora", "reply-quoted", "mixed-language", "lingala", "french",
        "identity-in-text"],
       ("Joël Mukendi", "joel.mukendi@gmail.example"),
       "Bedankt voor jullie antwoord\n"
       "ik heb het gelezen in de metro en ik moest bijna wenen\n"
       "mama sait toujours rien, ik ga het pas zeggen na mijn examens\n"
       "ma sœur zei \"tokolinga yo ndenge ozali\" (we houden van u zoals ge zijt), "
       "zij weet het wel\n"
       "dus ik ben ni helemaal alleen\n"
       "[[Joël]]",
       subject="Re: na mijn examens", quote=Q_NL),
    _c("outlook-android-reply-spanish-nl", "outlook_android", "nl",
       ["flanders", "reply-quoted", "mixed-language", "spanish", "no-identity-in-body"],
       ("Alejandro Ruiz", "alejandro.ruiz@outlook.example"),
       "Hoi,\n\n"
       "Dank je voor het antwoord. Ik heb de link naar die jongerengroep in Brugge bekeken.\n"
       "Mijn moeder zegt altijd \"lo que digan los demás no importa\" maar als het over mij "
       "gaat telt het blijkbaar wel.\n"
       "Ik ga volgende zaterdag misschien eens kijken. Als ik durf.\n\n"
       "Groetjes",
       subject="Re: jongerengroep", quote=Q_NL),
    _c("smartschool-html-only-eritrean", "smartschool", "nl",
       ["flanders", "html-only", "not-own-account", "school-account", "mixed-language",
        "tigrinya", "identity-in-text", "school-signature"],
       ("Yonas Gebremedhin", "yonas.gebremedhin@leerling.sint-rombout.example"),
       "Selam\n"
       "Ik ben [[Yonas]], 15. Ik zit in OKAN in Mechelen.\n"
       "Ik ben alleen in België, mijn familie is in Eritrea. Ik woon in een huis met "
       "begeleiders.\n"
       "In mijn kamer slaapt een jongen die zegt dat ik \"ጓል\" (meisje) ben omdat ik niet "
       "voetbal en omdat ik graag dans.\n"
       "Hij zegt het aan iedereen in het huis. Ik ben moe.\n"
       "Dit is mijn school-mail, een andere heb ik niet.",
       html="only", subject="kamer",
       sig="[[Yonas Gebremedhin]]\nLeerling [[OKAN 2B]]\n[[Sint-Romboutscollege Mechelen]]"),
    _c("gmail-sibling-account-youssef", "gmail_ios", "nl",
       ["flanders", "not-own-account", "sibling-account", "account-holder-named",
        "mixed-language", "arabic", "identity-in-text", "no-punctuation"],
       ("Youssef Benali", "youssef.benali@gmail.example"),
       "hey\n"
       "dis de gmail van mijn broer [[Youssef]] hij weet da ik het gebruik\n"
       "ik ben [[Salma]] 12 jaar uit Mechelen\n"
       "een meisje uit mijn klas heeft een filmpje van mij gemaakt in de kleedkamer\n"
       "en ze zegt dat ze het gaat posten als ik ni haar huiswerk maak\n"
       "wallah ik ben zo bang\n"
       "mijn broer zegt da ik jullie moet mailen",
       subject="filmpje", identity=["Benali"]),
    _c("windows-mail-iso885915-brazilian", "windows_mail", "nl",
       ["flanders", "mixed-language", "portuguese", "unlisted-shape", "legacy-charset",
        "identity-in-text", "signed-at-end"],
       ("Thiago Carvalho", "thiago.carvalho@skynet.example"),
       "Beste,\n\n"
       "Ik ben [[Thiago]], 18 jaar, Braziliaans, al 10 jaar in Aalst. Mijn ouders zijn "
       "evangélicos en elke zondag zit ik in de kerk te luisteren hoe slecht mensen zoals "
       "ik zijn.\n"
       "Volgende maand word ik 19 en ik wil op kot gaan in Gent. Mijn vader zegt dat hij "
       "niks betaalt als ik \"zo\" blijf.\n"
       "Kan ik ergens hulp krijgen om zelf te betalen? Ik werk al in een café.\n\n"
       "Obrigado,\n"
       "[[Thiago C.]]",
       subject="op kot", charset="iso-8859-15"),
    _c("bluewin-swiss-hostname-nl", "v6smx_bluewin", "nl",
       ["expat", "unlisted-shape", "received-hostname", "no-identity-in-body",
        "mixed-language", "french"],
       ("Fenna Zwahlen", "fenna.zwahlen@bluewin.example"),
       "Hallo,\n\n"
       "Ik ben 16, mijn mama is Vlaams en mijn papa Zwitsers, we wonen nu in Lausanne maar "
       "ik ben elke zomer in Oostende bij mijn grootouders.\n"
       "Ik schrijf in het Nederlands omdat niemand hier dat leest.\n"
       "Ik heb deze zomer een meisje leren kennen aan zee en nu zijn we samen, op afstand. "
       "Mes parents pensent que c'est une amie. Ik weet niet hoe lang ik dat nog volhoud.\n\n"
       "Bedankt",
       subject="op afstand",
       headers=[("Received", "from LAPTOP-FENNA-Z (dyn-192-0-2-118.bluewin.example "
                 "[192.0.2.118]) by smtp.bluewin.example with ESMTPSA")],
       identity=["LAPTOP-FENNA-Z", "192.0.2.118", "dyn-192-0-2-118.bluewin.example"]),
]

for _i, _case in enumerate(CASES, 1):
    _case.slug = f"smx-{_i:04d}-{_case.slug}"
