"""Hand-written help-seekers' mails for the eighth held-out set, part seeker-mixed.

HELD-OUT: written apart, by someone who has not read the relay's rules nor any mail it was tuned
on. `[[...]]` marks identity, `<<...>>` words that are neither content nor identity; everything
else in a body is the writer's own words (content). Rendered by
relay_corpus_heldout8_seeker_mixed.py into tests/fixtures/relay_text/dev/heldout-v8/seeker-mixed/.
"""

from __future__ import annotations

from typing import Any

from tests.tools.relay_corpus_heldout import Case


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: Any) -> Case:
    """One help-seeker's mail; every slug of this part starts with h8m-."""
    return Case(slug="h8m-" + slug, direction="seeker", shape=shape, lang=lang, tags=tags,
                sender=sender, body=body, **kw)


CASES: list[Case] = [
    # ------------------------------------------------------------------ French
    S("darija-oneline", "gmail_android", "fr",
      ["mixed-language", "darija", "brussels", "age-14", "one-long-line", "no-punctuation",
       "identity-in-text", "own-account"],
      ("Yousra Bakkali", "yousra.bakkali2012@gmail.example"),
      "slm c [[Yousra]] jai 14 ans jsuis a schaerbeek et jcrois que jsuis bi mais si mon frere "
      "il sait wallah il va me tuer il regarde mon tel tout le temps 3afak dites moi quoi faire "
      "jai personne a qui parler hchouma de dire ca a ma mere",
      subject="question"),
    S("nonna-lines", "iphone", "fr",
      ["mixed-language", "italian", "wallonia", "age-16", "one-phrase-a-line",
       "no-identity-in-body", "own-account"],
      ("Lorenzo Capuano", "lolo.capuano@icloud.example"),
      "bonjour\n"
      "jsp si c ici qu il faut ecrire\n"
      "ma nonna est morte en octobre\n"
      "depuis je dors plus\n"
      "a l ecole a Seraing ils disent que ca va passer\n"
      "mais ca passe pas\n"
      "mio padre dice che gli uomini non piangono\n"
      "moi je pleure tous les soirs\n"
      "voila\n"
      "merci",
      subject=""),
    S("roubaix-html-only", "v8smx_laposte", "fr",
      ["mixed-language", "arabic", "france", "age-15", "html-only", "identity-in-text",
       "own-account", "name-age-town"],
      ("Ines H.", "ines.hm59@laposte.example"),
      "Bonjour,\n"
      "Je suis en France mais ma cousine de Bruxelles m'a donné votre adresse.\n"
      "Mes parents veulent que je porte le voile et moi je sais pas si je veux. "
      "Ma mère dit « inshallah tu vas comprendre plus tard ».\n"
      "Est-ce que vous répondez aussi aux gens qui sont pas en Belgique ?\n"
      "[[Inès]], 15 ans, Roubaix",
      html="only", subject="Une question (France)",
      identity=["Ines"]),
    S("google-group-via", "gmail_web", "fr",
      ["mixed-language", "darija", "brussels", "age-13", "new-shape", "mailing-list-via",
       "identity-in-header", "no-identity-in-body", "not-own-account", "youth-house-account"],
      ("'Ayoub K.' via Jeunesse Marollienne", "mj-marolles@googlegroups.example"),
      "salut\n"
      "j'ai envoyé ça depuis l'ordi de la maison de jeunes dsl si c bizarre\n"
      "y a un gars en 2eme qui me frappe dans les toilettes chaque jour et il me prend mes "
      "sous\n"
      "si je dis quelque chose il dit qu'il va ramener ses cousins\n"
      "mon père il dit \"dreb 3lih\" mais moi je sais pas me battre\n"
      "je fais quoi\n"
      "stp repondez vite",
      subject="harcèlement",
      headers=[("Sender", "mj-marolles@googlegroups.example"),
               ("X-Original-Sender", "ayoub.k2012@gmail.example"),
               ("Mailing-list", "list mj-marolles@googlegroups.example; contact "
                "mj-marolles+owners@googlegroups.example"),
               ("List-ID", "<mj-marolles.googlegroups.example>"),
               ("X-Original-From", "\"Ayoub K.\" <ayoub.k2012@gmail.example>")],
      identity=["Ayoub K.", "ayoub.k2012@gmail.example", "mj-marolles"]),
    S("lingala-mother-account", "samsung", "fr",
      ["mixed-language", "lingala", "brussels", "diaspora", "age-17", "not-own-account",
       "parent-account", "identity-in-text", "account-holder-named"],
      ("Mireille Tshibanda", "mireille.tshibanda@skynet.example"),
      "Bonsoir\n"
      "j'écris depuis le téléphone de ma mère [[Mireille]] parce que le mien est cassé, "
      "elle sait pas que j'écris ici svp répondez pas des choses bizarres dans l'objet\n"
      "Je suis en rhéto à Ixelles. J'ai une copine depuis 6 mois et personne sait. "
      "Chez nous à l'église on dit que c'est un péché. Nazali kobanga mingi. "
      "Mama alobaka tout le temps que Nzambe akopesa ngai mobali malamu 😔\n"
      "Est-ce que je suis obligée de leur dire un jour ?\n"
      "[[Grâce]]",
      subject="Bonsoir"),
    S("turkish-dyslexic-phone", "yahoo", "fr",
      ["mixed-language", "turkish", "brussels", "age-12", "dyslexic-spelling",
       "contact-offered", "phone-in-text", "identity-in-text", "own-account"],
      ("emre", "emre.2013.tr@yahoo.example"),
      "bonjour je mapel [[Emre]] jai 12 ans\n"
      "mon papa il crie tou le tems sur ma mere et hier il a cacer la table\n"
      "babam çok kızıyor ben korkuyorum\n"
      "je veu pas quil le sai que jai ecri\n"
      "vous pouvé mapeler apré lecol mon numero c [[0487 12 34 90]] "
      "mai pas le mercredi pasque mon papa il est la\n"
      "mersi",
      subject="aide mois"),
    S("albanian-engagement", "outlook_mobile", "fr",
      ["mixed-language", "albanian", "brussels", "age-15", "identity-in-text",
       "name-in-ps", "own-account"],
      ("D.", "d.krasniqi.09@outlook.example"),
      "Bonjour,\n\n"
      "Mon oncle a dit à ma mère qu'il y a un garçon au Kosovo pour moi. "
      "J'ai 15 ans. Ils disent que c'est juste une « fejesë » (des fiançailles) et que le "
      "mariage c'est après mes 18 ans, mais je veux faire des études d'infirmière à Anderlecht "
      "et pas partir.\n\n"
      "Je ne peux pas en parler au CPMS parce que la dame connaît ma tante.\n\n"
      "Est-ce que c'est légal en Belgique ? Est-ce qu'on peut m'obliger ?\n\n"
      "Merci de me répondre vite\n\n"
      "PS : je m'appelle [[Drita]] mais n'écrivez pas mon nom dans la réponse svp",
      subject="fiançailles forcées ?",
      identity=["Krasniqi", "d.krasniqi.09"]),
    S("romanian-caps", "huawei", "fr",
      ["mixed-language", "romanian", "wallonia", "age-11", "all-caps", "no-punctuation",
       "no-identity-in-body", "own-account"],
      ("Andrei Munteanu", "andrei.munteanu.11@gmail.example"),
      "BONJOUR\n"
      "JAI 11 ANS\n"
      "A LECOLE A CHARLEROI ILS ME DISENT TZIGANE ET VOLEUR\n"
      "MAMA SPUNE SA NU PLANG\n"
      "MAIS JE PLEURE QUAND MEME DANS LE BUS\n"
      "LA MAITRESSE ELLE DIT RIEN\n"
      "AIDEZ MOI SVP",
      subject="AIDE"),
    S("portuguese-telegram", "proton", "fr",
      ["mixed-language", "portuguese", "wallonia", "age-18", "new-shape", "telegram-handle",
       "contact-offered", "identity-in-text", "words-after-sign-off", "adversary-content",
       "own-account"],
      ("", "nova.conta.rui@proton.example"),
      "Bonjour,\n\n"
      "Je me suis fait une nouvelle adresse exprès pour vous écrire. "
      "J'ai 18 ans, j'habite à Namur chez mes parents. Depuis deux ans je prends des trucs "
      "pour dormir et maintenant j'arrive plus à arrêter. Minha mãe acha que é só cansaço.\n\n"
      "Je préfère parler par écrit. Si c'est plus simple, je suis sur Telegram : "
      "[[@rui_nmr04]]\n\n"
      "Cordialement,\n"
      "[[Rui]]\n\n"
      "ah et je bois aussi un peu le soir pour que ça marche mieux, je sais que c'est con",
      subject="dépendance médicaments"),
    S("wolof-reply", "gmail_web", "fr",
      ["mixed-language", "wolof", "wallonia", "diaspora", "age-16", "reply-quoted",
       "identity-in-text", "own-account"],
      ("Cheikh Ndiaye", "cheikh.ndiaye.lg@gmail.example"),
      "Merci pour votre réponse.\n"
      "J'ai parlé à mon coach de foot comme vous avez dit. Il a été cool, il a dit que je "
      "peux venir à l'entraînement même si je peux pas payer la cotisation ce mois-ci.\n"
      "Mais à la maison c'est toujours pareil, mon père dort pas à la maison depuis 3 "
      "semaines et ma mère pleure. Yalla na yalla sàmm nu.\n"
      "Je fais quoi pour mes petits frères ? Ils ont 6 et 9 ans.\n"
      "[[Cheikh]] (de Liège)",
      subject="Re: Accusé de réception",
      quote="Bonjour,\n\nMerci pour ton message, tu as bien fait d'écrire. Est-ce qu'il y a un "
            "adulte en dehors de la maison à qui tu fais confiance ? "
            "Un coach, un prof, un voisin ?\n\n"
            "Tu peux nous réécrire quand tu veux.\n\nL'équipe Lumi"),
    S("quebec-hey", "v8smx_hey", "fr",
      ["mixed-language", "english", "quebec", "age-17", "identity-in-text", "own-account",
       "exchange-student"],
      ("Maëlle Gagnon-Tremblay", "maelle.gt@hey.example"),
      "Allô,\n\n"
      "Je suis en échange à Louvain-la-Neuve pour la session et honnêtement ça va pas pantoute. "
      "Ma famille d'accueil est correcte mais je me sens toute seule, mes amies à Québec "
      "m'écrivent de moins en moins, pis ma blonde m'a laissée sur FaceTime la semaine passée. "
      "Like, I can't even cry properly because the walls are so thin.\n\n"
      "Est-ce que c'est normal d'avoir le goût de rentrer à la maison à chaque jour?\n\n"
      "Merci d'exister,\n"
      "[[Maëlle]] 🍁",
      subject="Mal du pays (en échange)",
      identity=["Maelle", "Gagnon", "Tremblay"]),
    S("comorian-free", "v8smx_free", "fr",
      ["mixed-language", "shikomori", "france", "age-14", "no-identity-in-body",
       "own-account", "emoji"],
      ("Nassim Said Ali", "nassim.saidali@free.example"),
      "wsh\n"
      "jsuis a marseille c pas en belgique mais bon\n"
      "mon reuf il a dit a tt le monde que jsuis gay alors que c pas vrai 😭😭😭\n"
      "enfin jcrois\n"
      "maintenant au quartier tt le monde me regarde bizarre\n"
      "ma mère elle dit \"mwana wangu\" et elle pleure\n"
      "jveux pu sortir\n"
      "c tout",
      subject="slt"),
    S("kot-room", "outlook_web", "fr",
      ["mixed-language", "kirundi", "brussels", "diaspora", "age-19", "new-shape",
       "student-residence-room", "contact-offered", "identity-in-text", "own-account",
       "university-account"],
      ("Clarisse Niyonzima", "clarisse.niyonzima@etu.ulb.example"),
      "Bonjour,\n\n"
      "Je suis étudiante en 1re bachelier et je vis dans un home de l'université. "
      "Depuis le début du quadri, un homme du même couloir frappe à ma porte la nuit et "
      "reste devant. J'ai peur de le dire au service logement parce que c'est un ami du "
      "responsable.\n\n"
      "Si quelqu'un peut passer ou m'aider à faire une plainte, je suis au "
      "[[Home Lucie Dejardin, chambre 3.14]], j'y suis tous les soirs après 18h.\n\n"
      "Murakoze cane (merci beaucoup en kirundi)\n\n"
      "[[Clarisse N.]]",
      subject="problème dans mon home",
      sig="[[Clarisse Niyonzima]]\n[[Étudiante BA1 Sciences biomédicales]]\n"
          "[[Matricule 000512347]]",
      sig_dash=True),
    S("tutor-account", "outlook_desktop", "fr",
      ["mixed-language", "amharic", "brussels", "age-16", "not-own-account",
       "guardian-account", "guardian-signature", "identity-in-text", "new-shape",
       "mena-tutor"],
      ("Bernadette Lemaire", "b.lemaire@tutelle-mena.example"),
      "Bonjour,\n"
      "je suis [[Yonas]], j'ai 16 ans, je suis venu seul d'Éthiopie l'année passée. "
      "Madame [[Lemaire]] est ma tutrice, elle m'a prêté son ordinateur pour écrire ici.\n"
      "La nuit je rêve du bateau et je me réveille en criant. Dans le centre les autres "
      "rigolent. Ene betam dekmognal (je suis très fatigué).\n"
      "Je parle un peu français, pardon pour les fautes.\n"
      "Est-ce que vous connaissez un psychologue qui parle amharique ?\n"
      "Merci",
      subject="Demande d'aide",
      sig="[[Bernadette Lemaire]]\n[[Tutrice MENA (bénévole)]]\n"
          "[[Service des Tutelles – agréée]]\n[[GSM +32 478 55 21 09]]"),
    S("youtube-channel", "gmail_ios", "fr",
      ["mixed-language", "haitian-creole", "brussels", "diaspora", "age-15", "new-shape",
       "youtube-channel", "contact-offered", "identity-in-text", "own-account"],
      ("Widline Joseph", "widlinejoseph.yt@gmail.example"),
      "Bonjour\n"
      "Je fais des vidéos de maquillage sur ma chaîne YouTube ([[Wid'Glow by Widline]], "
      "[[youtube.example/@widglow_bxl]]) et depuis que j'ai parlé de ma copine dans une "
      "vidéo, y a des commentaires horribles. Des gens de mon école à Etterbeek écrivent "
      "des trucs dessus.\n"
      "Manman m di pa okipe yo, men sa fè m mal anpil.\n"
      "Est-ce que je dois supprimer ma chaîne ?",
      subject="Commentaires haineux",
      identity=["Joseph"]),
    S("sister-excision", "outlook_web", "fr",
      ["mixed-language", "bambara", "wallonia", "diaspora", "age-17", "sibling-writes",
       "writes-for-kid", "identity-in-text", "own-account"],
      ("Aminata Coulibaly", "aminata_coul@hotmail.example"),
      "Bonjour,\n\n"
      "J'écris pour ma petite sœur qui a 10 ans. Moi j'en ai 17. Ma tante veut l'emmener "
      "au Mali cet été « pour la tradition » et je sais ce que ça veut dire, parce que "
      "c'est ce qu'on m'a fait à moi.\n\n"
      "Ma mère dit que c'est pas mes affaires. I ni ce pour rien.\n\n"
      "On habite à Verviers. Qui je peux appeler ? La police ? Je veux pas que mes parents "
      "aillent en prison, je veux juste qu'elle reste ici.\n\n"
      "Vous pouvez m'écrire ici, c'est mon adresse à moi.\n\n"
      "[[Aminata]]",
      subject="ma petite soeur"),
    S("epn-public-pc", "webmail", "fr",
      ["mixed-language", "chechen", "russian", "brussels", "age-16", "not-own-account",
       "public-computer-account", "new-shape", "public-computer-footer", "identity-in-text"],
      ("EPN Saint-Josse - PC04", "epn.pc04@epn-stjosse.example"),
      "bonjour je vous ecris depuis l'espace public numerique de la commune, j'ai pas internet "
      "a la maison\n"
      "mon frere m'a vu avec un garcon devant le metro et maintenant il dit qu'il va le dire "
      "a mon pere et qu'on va me renvoyer en Tchétchénie chez ma grand-mère\n"
      "я очень боюсь\n"
      "je m'appelle [[Zalina]] j'ai 16 ans\n"
      "si vous repondez je regarde demain a 16h ici, mon adresse perso c'est "
      "[[zalina.d.2009@mail.example]]\n"
      "svp",
      subject="urgent",
      sig="----------------------------------------------\n"
          "Message envoyé depuis un poste public de l'EPN de Saint-Josse.\n"
          "Pensez à vous déconnecter après usage.\n"
          "Horaires : lun-ven 10h-18h",
      identity=["zalina.d.2009"]),
    S("mother-spanish-10", "outlook_desktop", "fr",
      ["mixed-language", "spanish", "brussels", "age-10", "not-own-account", "parent-account",
       "parent-writes", "writes-for-kid", "kid-dictates", "work-signature", "identity-in-text",
       "adult-writes"],
      ("Carmen Ortega Ruiz", "c.ortega@traduc-bruxelles.example"),
      "Bonjour,\n"
      "Ma fille a 10 ans et elle voulait vous écrire elle-même, j'écris ce qu'elle dit :\n\n"
      "« moi c'est [[Lucía]] j'ai 10 ans et dans ma classe y a une fille qui dit que je "
      "suis moche et que je pue et tout le monde rigole. et à la récré personne veut jouer "
      "avec moi. je veux plus aller à l'école. »\n\n"
      "Perdón, yo no sabía qué hacer. L'école dit que c'est « des histoires de filles ».\n"
      "Merci",
      subject="pour ma fille",
      sig="Carmen Ortega Ruiz\n[[Traductrice jurée ES-FR-NL]]\n[[Traduc Bruxelles SRL]]\n"
          "[[Avenue Louise 231, 1050 Bruxelles]]\n[[T +32 2 640 18 77]]\n"
          "Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le détruire.",
      identity=["Ortega Ruiz"]),
    S("grindr-profile", "apple_mail", "fr",
      ["mixed-language", "tamazight", "brussels", "age-18", "new-shape", "dating-app-profile",
       "identity-in-text", "own-account"],
      ("Idir", "idir.amz@icloud.example"),
      "Salut,\n\n"
      "J'ai 18 ans depuis octobre et j'ai fait un profil sur Grindr ([[Idir_bxl]], avec "
      "une photo sans mon visage). Un mec de 40 ans a trouvé mon Insta je sais pas comment "
      "et il m'écrit là-bas maintenant, il dit qu'il connaît mon père au café à Molenbeek.\n\n"
      "Azul, je sais que c'est ma faute. Mais je fais quoi ? Je supprime tout ?\n\n"
      "[[Idir]]",
      subject="profil",
      identity=["idir.amz"]),
    S("bereal", "gmail_web", "fr",
      ["mixed-language", "vietnamese", "france", "age-15", "new-shape", "bereal-handle",
       "identity-in-text", "own-account"],
      ("Thảo Nguyễn", "thao.ng.2010@gmail.example"),
      "Bonjour,\n"
      "Je vis à Paris (13e) mais j'ai trouvé votre site sur TikTok.\n"
      "Une fille de ma classe a repost mon BeReal (je suis [[thaoo.ng]] dessus) avec un filtre "
      "et des mots dessus, et maintenant tout le monde m'appelle « la chinetoque » alors que "
      "je suis vietnamienne.\n"
      "Bố mẹ em không biết. Je veux pas leur dire, ils ont assez de problèmes avec le "
      "restaurant.\n"
      "[[Thảo]]",
      subject="harcèlement BeReal",
      identity=["Thao", "thao.ng"]),
    S("greek-numbered", "apple_mail", "fr",
      ["mixed-language", "greek", "brussels", "age-14", "numbered-questions",
       "words-after-sign-off", "adversary-content", "no-identity-in-body", "own-account"],
      ("Eleni Papadopoulou", "eleni.papad@icloud.example"),
      "Bonjour,\n\n"
      "J'ai plusieurs questions, je les mets en liste sinon je m'embrouille :\n"
      "1. Est-ce que c'est normal de ne rien ressentir pour les garçons à 14 ans ?\n"
      "2. Est-ce que je dois le dire à ma meilleure amie ?\n"
      "3. Ma γιαγιά demande toujours « πότε θα φέρεις γαμπρό; » (quand tu ramènes un fiancé) "
      "pour rigoler, comment je réponds ?\n"
      "4. Est-ce que vous êtes des psys ?\n\n"
      "Merci\n"
      "Voilà c'est tout\n"
      "ah non\n"
      "5. Est-ce que mes parents peuvent lire vos réponses ?",
      subject="questions"),
    S("slovak-seznam", "v8smx_seznam", "fr",
      ["mixed-language", "slovak", "brussels", "age-17", "identity-in-text", "contact-offered",
       "phone-in-text", "own-account", "roma"],
      ("Viera Horváthová", "viera.horvathova@seznam.example"),
      "Dobrý deň, bonjour\n"
      "je m'appelle [[Viera]], j'ai 17 ans. On est roms slovaques, on habite à Cureghem.\n"
      "Mon père veut que j'arrête l'école pour travailler avec lui aux marchés et pour me "
      "marier l'année prochaine. Moi je veux finir ma 6e et faire aide-soignante.\n"
      "Je peux pas parler au téléphone à la maison mais vous pouvez m'envoyer un SMS au "
      "[[+421 944 318 206]] (numéro slovaque, j'ai pas de belge)\n"
      "Ďakujem",
      subject="école",
      identity=["Horvathova"]),
    S("capeverde-webde-father", "v8smx_webde", "fr",
      ["mixed-language", "cape-verdean-creole", "wallonia", "age-13", "not-own-account",
       "parent-account", "identity-in-text", "client-line-in-german"],
      ("Adelino Tavares", "a.tavares@web.example"),
      "bonjour c [[Kelly]] pas mon papa\n"
      "jai 13 ans et jhabite a Arlon\n"
      "mon papa travaille au luxembourg et il rentre tard\n"
      "mi ka ta gosta di nha kaza\n"
      "la copine de papa elle me crie dessus tout le temps et elle dit que je suis une "
      "charge\n"
      "papa la croit elle et pas moi\n"
      "je dors chez ma copine le plus souvent possible\n"
      "est-ce que je peux aller vivre chez ma mere au Portugal si je veux",
      subject="(pas de sujet)",
      client_line="Von meinem iPhone gesendet mit WEB.DE Mail"),
    S("sister-for-brother", "gmail_android", "fr",
      ["mixed-language", "tshiluba", "lingala", "brussels", "diaspora", "age-12",
       "sibling-writes", "writes-for-kid", "identity-in-text", "own-account"],
      ("Nadine Kabongo", "nadinekabongo00@gmail.example"),
      "Bonjour,\n\n"
      "Je m'appelle [[Nadine]], j'ai 19 ans, j'écris pour mon petit frère qui a 12 ans. "
      "Depuis qu'il est en 1re secondaire il a changé : il mange plus, il reste dans sa "
      "chambre, il a des marques sur les bras. Il m'a dit « tu dis rien à maman sinon je te "
      "parle plus jamais ». Maman ne comprend pas bien le français, elle parle surtout "
      "tshiluba, et papa dit que c'est « les caprices des enfants d'ici ».\n\n"
      "Est-ce qu'il peut vous écrire lui-même ? Il n'a pas d'adresse mail. Est-ce qu'il peut "
      "utiliser la mienne ?\n\n"
      "Merci beaucoup, nasanton mingi\n"
      "[[Nadine K.]]",
      subject="Pour mon petit frère"),
    S("signal-arabic-end", "gmail_android", "fr",
      ["mixed-language", "arabic", "wallonia", "age-15", "new-shape", "signal-username",
       "contact-offered", "identity-in-text", "last-line-own-script", "adversary-content",
       "own-account"],
      ("R.A.", "rania.a.vrv@gmail.example"),
      "Bonjour je suis syrienne j'ai 15 ans on est à Verviers depuis 3 ans.\n"
      "Ma mère m'a trouvée en train de parler avec une fille sur mon téléphone et elle me l'a "
      "pris. Maintenant j'ai juste l'ordi de l'école.\n"
      "Si vous voulez me parler vite, j'ai Signal sur la tablette de ma voisine, mon nom "
      "d'utilisateur c'est [[rania.47]]\n"
      "Je m'appelle [[Rania]].\n"
      "الله يخليكم ساعدوني",
      subject="aidez-moi",
      identity=["rania.a.vrv"]),
    S("self-made-card", "gmail_web", "fr",
      ["mixed-language", "urdu", "wallonia", "age-14", "self-made-card-without-name",
       "adversary-content", "no-identity-in-body", "own-account"],
      ("Bilal Qureshi", "bilal.qureshi.tournai@gmail.example"),
      "Bonjour\n\n"
      "Nom : pas envie de dire\n"
      "Âge : 14\n"
      "Ville : Tournai\n"
      "Problème : mes parents veulent m'envoyer au Pakistan pour « apprendre la religion » "
      "pendant un an\n"
      "Ce que je veux : rester ici avec mes potes et mon club de cricket\n\n"
      "Abbu kehte hain yeh mere bhale ke liye hai. Mais je connais personne là-bas.\n\n"
      "Merci de répondre",
      subject="Formulaire lol"),
    S("georgian-proximus-header", "v8smx_proximus", "fr",
      ["mixed-language", "georgian", "brussels", "age-12", "new-shape",
       "authenticated-sender-header", "identity-in-header", "not-own-account",
       "parent-account", "no-identity-in-body"],
      ("", "famille.beridze@proximus.example"),
      "bonjour\n"
      "j ai 12 ans\n"
      "je suis sur l ordi de papa\n"
      "a l ecole on me dit que je parle bizarre le francais\n"
      "et que ma famille c des mafieux parce que on est georgiens\n"
      "გთხოვთ დამეხმარეთ\n"
      "je sais pas quoi dire a la prof",
      subject="école",
      headers=[("X-Authenticated-Sender", "giorgi.beridze@proximus.example (Giorgi Beridze)"),
               ("Organization", "Beridze")],
      identity=["Beridze", "giorgi.beridze@proximus.example", "Giorgi Beridze", "Giorgi"]),
    S("kurdish-second-reply", "thunderbird", "fr",
      ["mixed-language", "kurdish", "wallonia", "age-16", "reply-quoted",
       "no-identity-in-body", "own-account", "short-reply"],
      ("Rojîn Aydin", "rojin.aydin@mailbox.example"),
      "ok merci\n"
      "j'ai parlé à l'éducatrice\n"
      "ça va un peu mieux\n"
      "spas xwedê",
      subject="Re: ta demande",
      quote="Bonjour,\n\nTu peux aussi parler à l'éducatrice de ton école, elle est tenue au "
            "secret professionnel.\n\nL'équipe Lumi",
      identity=["Rojin"]),
    S("supermarket-student-job", "outlook_web", "fr",
      ["mixed-language", "swahili", "wallonia", "age-18", "new-shape", "student-job-account",
       "employer-signature", "work-account", "identity-in-text"],
      ("Mugisha Patrick (BP Jambes)", "p.mugisha@supermarche-bonprix-jambes.example"),
      "Bonjour,\n\n"
      "J'écris pendant ma pause depuis l'ordi du magasin où je fais mon job étudiant, "
      "le compte s'est ouvert tout seul avec ma signature du boulot, désolé.\n\n"
      "Le gérant me touche quand il passe derrière moi à la caisse et il fait des blagues "
      "sur « les Africains ». J'ai 18 ans, j'ai besoin de ce job pour payer mon kot. "
      "Mama yangu hajui chochote.\n\n"
      "C'est du harcèlement ou je me fais des films ?\n\n"
      "[[Patrick]]",
      subject="au travail",
      sig="[[Patrick Mugisha]]\n[[Étudiant jobiste – Caisse]]\n"
          "[[Supermarché Bon Prix Jambes]]\n[[Chaussée de Liège 512, 5100 Jambes]]\n"
          "Pensez à l'environnement avant d'imprimer ce mail."),
    S("verlan-ipad", "ipad", "fr",
      ["mixed-language", "arabic", "brussels", "age-13", "verlan", "emoji",
       "no-identity-in-body", "own-account"],
      ("Sofia Elmoussaoui", "sofia.elm@icloud.example"),
      "wesh\n"
      "c chelou de vous écrire\n"
      "ma daronne elle est vénère tt le temps depuis que mon père est parti\n"
      "elle me dit que jsuis comme lui\n"
      "ça me fait trop de la peine 💔\n"
      "ya rabbi\n"
      "jsuis en 1ere a Evere\n"
      "c tout",
      subject=""),
    # ------------------------------------------------------------------ English
    S("igbo-phone", "gmail_web", "en",
      ["mixed-language", "igbo", "brussels", "diaspora", "age-16", "contact-offered",
       "phone-in-text", "identity-in-text", "own-account", "international-school"],
      ("Chidera Okonkwo", "chidera.okonkwo.08@gmail.example"),
      "Hi,\n\n"
      "I'm in year 11 at an international school in Uccle. My parents want me to do medicine "
      "like my dad and my brother and I literally faint when I see blood. Every dinner it's "
      "the same talk. My mum says \"nne, we didn't come all this way for you to draw "
      "pictures\".\n\n"
      "I've started skipping meals because it's the only thing I decide myself. I know "
      "that's not good.\n\n"
      "Can someone text me? Calls are hard at home. [[+32 465 90 12 77]] (WhatsApp or "
      "normal)\n\n"
      "Thanks,\n"
      "[[Chidera]]",
      subject="pressure from parents"),
    S("hungarian-gamertag", "outlook_android", "en",
      ["mixed-language", "hungarian", "flanders", "age-15", "game-name", "identity-in-text",
       "contact-offered", "own-account"],
      ("Bence Tóth", "bence.toth.2010@outlook.example"),
      "hello\n"
      "there is a guy in a fortnite squad who says he is 16 but i think he is much older. "
      "he sent me money for skins and now he wants pics. he knows my gamertag "
      "([[BenceT_HUN]]) and where i live because i said it in voice chat like an idiot. "
      "basszus. i live in Ghent since 2 years, my english is better than my dutch sorry.\n"
      "should i tell my parents? my dad will take the xbox forever\n"
      "you can add me on xbox if its easier lol",
      subject="online",
      identity=["Toth"]),
    S("nanny-employer-account", "apple_mail", "en",
      ["mixed-language", "tagalog", "flanders", "age-17", "new-shape", "not-own-account",
       "employer-of-parent-account", "identity-in-text", "account-holder-named"],
      ("Familie Van Acker-De Wit", "thuis@vanacker-dewit.example"),
      "Hi po,\n\n"
      "Sorry I'm using the computer of the family where my nanay works as a nanny, I don't "
      "have a laptop. Please don't answer with anything private, Mrs [[Van Acker]] reads "
      "this inbox sometimes.\n\n"
      "I'm 17, we're from the Philippines, we live in Antwerp. My mom's papers depend on "
      "this job. Their son (he's 22) keeps coming into the laundry room when I help my mom "
      "on Saturdays and says stuff about my body. I can't tell nanay because she will quit "
      "and then we have nothing. Ano ba dapat kong gawin?\n\n"
      "Salamat po\n"
      "[[Angelica]]",
      subject="question (private)",
      identity=["Acker-De Wit"]),
    S("hindi-lines", "iphone", "en",
      ["mixed-language", "hindi", "wallonia", "age-14", "one-phrase-a-line",
       "no-identity-in-body", "own-account"],
      ("Arjun Mehta", "arjun.mehta.wtl@icloud.example"),
      "hi\n"
      "im 14\n"
      "we moved to waterloo for my dads job\n"
      "nobody talks to me at school\n"
      "they call me curry\n"
      "papa says beta ignore karo\n"
      "but its every day\n"
      "i eat lunch in the toilet\n"
      "ok bye",
      subject=""),
    S("bengali-university", "outlook_web", "en",
      ["mixed-language", "bengali", "flanders", "age-19", "university-account",
       "university-signature", "identity-in-text", "student-number", "own-account"],
      ("Tanvir Rahman", "tanvir.rahman@student.kuleuven.example"),
      "Dear Lumi team,\n\n"
      "I am a first-year master's student (19, yes I skipped a year) from Bangladesh, living "
      "in Leuven. I think I am gay. Here I could maybe say it, but my family calls every "
      "evening and Ammu already talks about a girl from Sylhet for after my degree.\n\n"
      "I am not in danger, I just feel like I live two lives and the second one is not "
      "real. Ami klanto.\n\n"
      "Is it possible to talk with someone who understands the Muslim side of it?\n\n"
      "Kind regards,\n"
      "[[Tanvir]]",
      subject="Question about talking to someone",
      sig="[[Tanvir Rahman]]\n[[Master of Science in Engineering: Computer Science]]\n"
          "[[r0912345]] | [[KU Leuven]]\nConfidentiality: this email is intended only for the "
          "addressee.",
      sig_dash=False),
    S("tamil-html-only", "gmail_web", "en",
      ["mixed-language", "tamil", "flanders", "age-13", "html-only", "identity-in-text",
       "young-carer", "own-account"],
      ("kavya s", "kavya.s.ant@gmail.example"),
      "Hello\n"
      "I am [[Kavya]], 13 years. My amma is sick since last year (kidneys) and my appa works "
      "nights. So I do the cooking and take my little brother to school and I am late "
      "every day and the teacher gives me remarks.\n"
      "I don't want to say it at school because they will call social services and take us.\n"
      "Is that true?\n"
      "Nandri 🙏",
      html="only", subject="is it true"),
    S("cantonese-ig", "gmail_android", "en",
      ["mixed-language", "cantonese", "brussels", "age-16", "lowercase", "emoji",
       "contact-offered", "instagram-handle", "identity-in-text", "own-account"],
      ("KY", "kylk.2009@gmail.example"),
      "hey\n"
      "idk how to start this\n"
      "i think im not a boy?? or not only a boy\n"
      "my parents own a restaurant in brussels and everyone there knows me as the son 🙃\n"
      "my mum says 唔好諗咁多 (dont think so much)\n"
      "i cut my hair short and then long and then short again lol\n"
      "can i dm someone instead of mail? my ig is [[kaiyan.lk]] (private acc)\n"
      "thx",
      subject="hey",
      identity=["kylk.2009"]),
    S("ukrainian-viber", "yahoo", "en",
      ["mixed-language", "ukrainian", "flanders", "age-15", "new-shape", "viber-number",
       "contact-offered", "identity-in-text", "own-account", "refugee"],
      ("Sofiia Kovalenko", "sofiia.kovalenko09@yahoo.example"),
      "Hello. I am [[Sofiia]], 15, from Kharkiv, now in Bruges with my mother and sister "
      "since 2022.\n"
      "My father is still in Ukraine, in army. I don't sleep when the news is bad. My mother "
      "cries in kitchen and I pretend I don't hear. At school I smile all day and then at home "
      "I just lie on bed. Мені дуже важко.\n"
      "I don't want psychologist from school, they tell my mother everything.\n"
      "If possible write me on Viber: [[+380 67 412 58 03]] (it is my Ukrainian number)\n"
      "Thank you",
      subject="Need to talk",
      identity=["Kovalenko"]),
    S("dad-account", "apple_mail", "en",
      ["mixed-language", "irish", "brussels", "age-11", "not-own-account", "parent-account",
       "identity-in-text", "parent-signature"],
      ("Declan Byrne", "declan.byrne@eu-consult.example"),
      "hi its [[Aoife]] not my dad\n"
      "im 11\n"
      "mam and dad are getting a divorce and dad is going back to Cork and mam is staying "
      "here in Brussels\n"
      "they want me to choose\n"
      "i dont want to choose\n"
      "mamó says it will be grand but its not grand\n"
      "please dont tell them i wrote",
      subject="Re: Lunch Friday?",
      sig="Declan Byrne\n[[Senior Policy Advisor]]\n[[EU Consult Partners]]\n"
          "[[Rue de la Loi 42, 1040 Brussels]]\n[[+32 2 555 01 18]]",
      identity=["Byrne"]),
    S("levantine-reply", "gmail_android", "en",
      ["mixed-language", "arabic", "levantine", "brussels", "age-18", "reply-quoted",
       "identity-in-text", "own-account"],
      ("Karim H", "karimh.bxl@gmail.example"),
      "Thank you for answering so fast.\n"
      "I did what you said, I told my cousin first instead of my parents. She was ok with it "
      "actually, she said \"yalla habibi I knew since you were 12\" 😂\n"
      "But now I am scared she will tell her mother by accident.\n"
      "Is it bad that I feel lighter anyway?\n"
      "[[Karim]]",
      subject="Re: Your message to Lumi",
      quote="Hi,\n\nThank you for trusting us with this. You don't have to tell everyone at "
            "once. Is there one person in your family you feel safest with?\n\nLumi"),
    S("swahili-bus", "v8smx_airmail", "en",
      ["mixed-language", "swahili", "brussels", "diaspora", "age-17", "words-after-sign-off",
       "adversary-content", "identity-in-text", "initial-sign-off", "own-account"],
      ("Wanjiru Kamau", "wanjiru.kamau@icloud.example"),
      "Hi Lumi,\n\n"
      "My boyfriend checks my phone every night and gets angry if I text boys from my class, "
      "even for group work. He says it's because he loves me. My friends say it's toxic. "
      "Mama says \"pole pole, men are like that\".\n\n"
      "Is it toxic? How do I know?\n\n"
      "Love,\n"
      "[[W.]]\n\n"
      "written on the bus sorry for typos\n"
      "and he's 20 btw",
      subject="is this normal"),
    S("dari-school-ipad", "ipad", "en",
      ["mixed-language", "dari", "flanders", "age-16", "not-own-account", "school-ipad-account",
       "identity-in-text", "simple-english", "refugee"],
      ("Leerling 12 Sint-Jozef", "ipad12.okan@sint-jozef-school.example"),
      "hello\n"
      "my name is [[Mustafa]] i am 16 from afghanistan\n"
      "i am in OKAN class in Turnhout, this is school ipad\n"
      "i live with other boys in house and one big boy take my money every week\n"
      "if i say he will hit\n"
      "man namedanam chi kar konam\n"
      "sorry my english",
      subject="help",
      identity=["ipad12.okan"]),
    S("korean-adoptive-mother", "outlook_desktop", "en",
      ["mixed-language", "korean", "flanders", "age-14", "not-own-account", "parent-account",
       "adoption", "two-names", "identity-in-text", "account-holder-named"],
      ("Griet Verhaegen", "griet.verhaegen@telenet.example"),
      "Hello,\n"
      "I'm writing from my mum's computer, her name is [[Griet]] but this is not from her.\n"
      "I'm 14 and I was adopted from Korea when I was 2. My name here is [[Thomas]] but my "
      "birth name was [[Min-jun]]. Lately I google my birth mother all the time and I can't "
      "focus at school in Kortrijk. My parents are nice but when I ask about Korea my mum "
      "gets sad so I stopped asking.\n"
      "I watch Korean dramas to learn words. 엄마 means mum. That's all I know.\n"
      "Is it wrong to want to find her?",
      subject="adoption question"),
    S("colombian-whatsapp", "gmail_ios", "en",
      ["mixed-language", "spanish", "flanders", "age-19", "au-pair", "contact-offered",
       "phone-in-text", "identity-in-text", "own-account"],
      ("Valentina Restrepo", "vale.restrepo.co@gmail.example"),
      "Hi! I'm [[Valentina]], 19, from Medellín, au pair in a family near Hasselt.\n\n"
      "Sorry it's long. The dad of the family makes comments about my clothes and yesterday "
      "he came into my room without knocking \"to check the heater\". The mom doesn't see "
      "anything. My contract says I can't change families easily and I'm scared to lose my "
      "visa. Estoy muy asustada.\n\n"
      "Can we talk on WhatsApp? My Colombian number works: [[+57 310 455 2871]]\n\n"
      "Gracias 🙏🏽",
      subject="au pair problem",
      identity=["Restrepo"]),
    S("punjabi-custom-client-line", "samsung", "en",
      ["mixed-language", "punjabi", "flanders", "age-12", "new-shape",
       "name-in-custom-client-line", "identity-in-client-line", "own-account"],
      ("jas", "jasleen.k.2013@gmail.example"),
      "sat sri akal\n"
      "im 12\n"
      "my cousin who is 17 keeps sending me videos that i dont want to see 😣\n"
      "when i say stop he laughs\n"
      "we see him every sunday at the gurdwara in sint-truiden\n"
      "my mom loves him so much\n"
      "what do i do",
      subject="",
      client_line="Sent from Jasleen's Galaxy A14 💅",
      identity=["Jasleen"]),
    S("krio-skiff", "v8smx_skiff", "en",
      ["mixed-language", "krio", "brussels", "diaspora", "age-15", "identity-in-text",
       "own-account", "hair"],
      ("", "fatmata.sl2010@skiff.example"),
      "Hello\n\n"
      "Me na [[Fatmata]], I am 15, my family is from Freetown. At my new school in Anderlecht "
      "they touch my hair without asking and a teacher said my braids are \"not "
      "professional\" and I should take them out for the class photo. I cried in the "
      "toilet. Ah nor know wetin for do.\n\n"
      "Is that even allowed for a teacher?\n\n"
      "Thanks, tenki",
      subject="teacher said about my hair"),
    S("brazilian-html-only", "outlook_android", "en",
      ["mixed-language", "portuguese", "brazilian", "brussels", "age-13", "html-only",
       "no-identity-in-body", "own-account", "international-school"],
      ("Davi Oliveira Santos", "davi.os.2012@outlook.example"),
      "hi\n"
      "my dad drinks every night since we moved here for his job\n"
      "he is not violent but he falls asleep on the sofa and my mom cries\n"
      "at school (international school) everybody thinks my life is perfect\n"
      "pai, para de beber por favor - i want to say that but i can't\n"
      "is there a group for kids like me?",
      html="only", subject="my dad",
      client_line="",
      identity=["Oliveira Santos"]),
    S("session-id", "proton", "en",
      ["mixed-language", "italian", "flanders", "age-18", "new-shape", "session-messenger-id",
       "contact-offered", "identity-in-text", "own-account"],
      ("", "n.ferraresi@proton.example"),
      "Ciao Lumi,\n\n"
      "18, Italian, studying in Antwerp. I'm bi and my ex is threatening to send screenshots "
      "of our chats to my family in Bari. My father is… traditional, let's say.\n\n"
      "I don't trust normal apps. If you can, contact me on Session, my ID is:\n"
      "[[05a3f9c1e2b7d4486f0c91ab3e5d27f8c4a19b6e0d3f82c75a1e96b4d0c3f7a21e]]\n\n"
      "Grazie mille\n"
      "[[Niccolò]]",
      subject="threats from ex",
      identity=["Ferraresi"]),
    S("japanese-own-script", "gmail_web", "en",
      ["mixed-language", "japanese", "flanders", "age-16", "own-script-name",
       "identity-in-text", "own-account"],
      ("Haruto Sato", "haruto.sato.be@gmail.example"),
      "Hello,\n\n"
      "I am 16, Japanese, my father works at a company in Zaventem. Exams are in 3 weeks and "
      "my parents expect only top marks like in Japan. When I get 14/20 my father does not "
      "talk to me for days.\n\n"
      "Sometimes I think it would be easier if I was not here. I don't have a plan or anything, "
      "I just think it. 疲れた.\n\n"
      "Is it ok to write this here?\n\n"
      "[[Haruto]] ([[陽翔]])",
      subject="exams",
      identity=["Sato"]),
    S("russian-mother-thunderbird", "thunderbird", "en",
      ["mixed-language", "russian", "brussels", "age-10", "not-own-account", "parent-account",
       "identity-in-text", "young-child", "legacy-charset"],
      ("Olga Smirnova", "olga.smirnova@mailbox.example"),
      "Hi my name is [[Mila]] I am 10\n"
      "I am on my mom computer she is sleeping\n"
      "At my school the big girls say I am a spy because I am russian\n"
      "I am not a spy\n"
      "Мама говорит не обращай внимания\n"
      "but they say it every day\n"
      "bye",
      subject="spy",
      charset="koi8-r", cte="quoted-printable"),
    # ------------------------------------------------------------------ Dutch
    S("antwerps-darija", "gmail_android", "nl",
      ["mixed-language", "darija", "antwerp", "age-15", "tussentaal", "no-punctuation",
       "contact-offered", "phone-in-text", "identity-in-text", "own-account",
       "words-after-sign-off", "adversary-content"],
      ("Ilyas Azzouzi", "ilyas.azz2010@gmail.example"),
      "salam\n"
      "ik ben [[Ilyas]] 15 jaar van borgerhout\n"
      "er zijn gasten van 19 20 die willen da ik pakskes bijhou in mijn kast thuis "
      "ze zeggen da ik 50 euro krijg per week\n"
      "ik wil da nie maar ze weten waar mijn klein broerke naar school gaat\n"
      "mijn vader werkt heel de dag en mijn moeder spreekt gen nederlands\n"
      "wa moet ik doen zonder dat de flikken erbij komen\n"
      "bel mij maar nie voor 17u [[0466 27 81 35]]\n"
      "bslama\n"
      "wollah ik ben nie zo ene",
      subject="vraag"),
    S("gents-turkish", "outlook_mobile", "nl",
      ["mixed-language", "turkish", "ghent", "age-17", "tussentaal", "identity-in-text",
       "own-account"],
      ("Elif Yıldız", "elif.yildiz.08@outlook.example"),
      "Hallo\n\n"
      "Ik ben [[Elif]], 17 jaar, ik woon in Gent (Sluizeken). Mijn ouders hebben ontdekt da "
      "ik een lief heb en nu mag ik na school nergens meer naartoe, mijne broer komt mij "
      "afhalen aan de schoolpoort. Mijn moeder zegt \"namusumuzu düşün\" (denk aan onze eer). "
      "Ze willen deze zomer naar Turkije gaan en ik heb schrik da ik nie meer terugkom.\n\n"
      "Kunnen jullie iets doen als ik niet terugkom? Moet ik nu al iemand verwittigen?\n\n"
      "Dank u",
      subject="Schrik voor de zomer",
      identity=["Yildiz"]),
    S("tarifit-smartschool", "smartschool", "nl",
      ["mixed-language", "tarifit", "brussels", "brussels-dutch", "age-13", "html-only",
       "school-account", "not-own-account", "identity-in-text"],
      ("Safae El Idrissi (2B)", "safae.elidrissi@leerling.sint-guido.example"),
      "Dag,\n"
      "ik zit in het 2de middelbaar in een Nederlandstalige school in Anderlecht maar thuis "
      "spreken we Tarifit en Frans.\n"
      "Ik ben altijd moe want ik moet elke avond op mijn drie kleine zussen letten, mijn "
      "mama werkt 's nachts in een schoonmaakbedrijf.\n"
      "Ik haal slechte punten en de leerkracht zegt dat ik lui ben. Ur zriɣ mani ad ddeɣ.\n"
      "Mag ik vragen of de school dat mag weten zonder dat mijn mama problemen krijgt?\n"
      "[[Safae]]",
      html="only", subject="vraag over school",
      identity=["El Idrissi", "Idrissi"]),
    S("limburg-polish-sticker", "telenet_webmail", "nl",
      ["mixed-language", "polish", "limburg", "age-16", "new-shape", "mutuality-sticker",
       "national-number", "identity-in-text", "legacy-charset", "own-account"],
      ("Kacper Kowalczyk", "kacper.kowalczyk@telenet.example"),
      "Hoi,\n\n"
      "Ik ben 16 en ik woon in Beringen. Ik wil naar een psycholoog zonder dat mijn ouders "
      "het weten, want mijn vader zegt dat \"geje\" (homo's) ziek zijn en ik denk dat ik er "
      "een ben. Mama heeft mij een klevertje van het ziekenfonds gegeven voor de tandarts, "
      "kan ik daarmee naar een psycholoog? Dit staat erop:\n\n"
      "[[KOWALCZYK KACPER]]\n"
      "[[INSZ 09.03.14-287.51]]\n"
      "CM Limburg - 1000\n\n"
      "Krijgen mijn ouders dan een brief?\n\n"
      "Dziękuję (dank u)",
      subject="psycholoog zonder ouders",
      charset="iso-8859-2"),
    S("somali-lines", "iphone", "nl",
      ["mixed-language", "somali", "flemish-brabant", "age-14", "one-phrase-a-line",
       "no-identity-in-body", "own-account"],
      ("Hodan Warsame", "hodan.w@icloud.example"),
      "hallo\n"
      "ik ben 14\n"
      "ik woon in leuven\n"
      "mijn hoofddoek werd afgetrokken op de bus\n"
      "iedereen lachte\n"
      "niemand deed iets\n"
      "hooyo zegt sabar\n"
      "maar ik wil nie meer met de bus\n"
      "is da racisme of pesten\n"
      "of allebei",
      subject=""),
    S("bosnian-telegram", "windows_mail", "nl",
      ["mixed-language", "bosnian", "limburg", "age-18", "new-shape", "telegram-handle",
       "contact-offered", "identity-in-text", "own-account"],
      ("Adnan Hodžić", "adnan.hodzic@outlook.example"),
      "Dag Lumi,\n\n"
      "Ik ben 18, ik woon in Genk (Waterschei). Mijn beste vriend heeft zich vorige maand van "
      "het leven benomen en iedereen doet alsof er niks gebeurd is. Op school hebben ze één "
      "minuut stilte gedaan en dat was het. Ja ne mogu više.\n\n"
      "Ik wil niet bellen maar ik zit veel op Telegram, daar ben ik [[@adnan_hdz]].\n\n"
      "Groeten,\n"
      "[[Adnan]]",
      subject="mijn vriend",
      identity=["Hodzic"]),
    S("armenian-yubo", "huawei", "nl",
      ["mixed-language", "armenian", "antwerp-province", "age-12", "new-shape", "yubo-handle",
       "dyslexic-spelling", "identity-in-text", "own-account"],
      ("Ani Petrosyan", "ani.petrosyan.2013@gmail.example"),
      "hallo ik ben [[Ani]] ik ben 12 jaar\n"
      "ik heb op yubo een jonen leren kenen hij is 15 zegt hij\n"
      "hij wil da ik mijn adress geef en da we afspreken in mechelen aan het station\n"
      "mijn naam op yubo is [[ani.prt.12]]\n"
      "mijn tatik (oma) zegt dat ik te veel op mijn gsm zit\n"
      "mag ik gaan of is da gevaarlijk\n"
      "ik zeg het nie tegen mama",
      subject="mag ik afspreken",
      identity=["Petrosyan"]),
    S("rotterdam-sranan", "gmail_ios", "nl",
      ["mixed-language", "sranan", "netherlands", "age-19", "html-only", "identity-in-text",
       "looks-like-client-line", "adversary-content", "own-account"],
      ("Shanice Pinas", "shanice.pinas@gmail.example"),
      "Hoi,\n"
      "Ik ben [[Shanice]], 19, uit Rotterdam-Zuid. Ik weet dat jullie Belgisch zijn maar een "
      "vriendin uit Antwerpen zei dat ik hier kon mailen.\n"
      "Ik heb een vriendin (ja echt een vriendin) en mijn moeder zegt dat het \"een fase\" is "
      "en dat ik naar de kerk moet. M'e lobi en, mi no wani lasi en.\n"
      "Ik wil niet kiezen tussen mijn moeder en mijn meisje.\n"
      "Verstuurd vanaf mijn bed om 3 uur 's nachts omdat ik niet kan slapen",
      html="only", subject="fase??"),
    S("voogd-writes", "outlook_desktop", "nl",
      ["mixed-language", "pashto", "antwerp-province", "age-15", "adult-writes",
       "guardian-writes", "writes-for-kid", "work-signature", "new-shape",
       "guardian-work-account", "kid-unnamed"],
      ("Hilde Vandecasteele", "hilde.vandecasteele@voogdij-antwerpen.example"),
      "Goedemiddag,\n\n"
      "Ik ben voogd van een niet-begeleide minderjarige van 15 jaar uit Afghanistan die in een "
      "opvangcentrum in Kapellen verblijft. Hij vroeg mij om jullie te schrijven, met zijn "
      "toestemming en in zijn woorden (vertaald via de tolk):\n\n"
      "\"Ik ben niet ziek in mijn hoofd. Maar ik wil weten of het normaal is dat ik meisjes "
      "niet mooi vind. Bij ons zeggen ze daar niks over. Za dera weregam.\"\n\n"
      "Hij zou graag rechtstreeks met iemand mailen, eventueel in het Engels. Mag hij mijn "
      "adres daarvoor gebruiken of is het beter dat hij een eigen adres maakt?\n\n"
      "Met vriendelijke groet",
      subject="Vraag namens een jongere",
      sig="[[Hilde Vandecasteele]]\n[[Voogd NBMV]]\n[[Voogdij Antwerpen vzw]]\n"
          "[[Kammenstraat 18, 2000 Antwerpen]]\n[[0494 61 27 30]]\n"
          "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, "
          "gelieve de afzender te verwittigen.",
      logo=("Voogdij Antwerpen vzw", "inline")),
    S("lingala-mama-roundcube", "webmail", "nl",
      ["mixed-language", "lingala", "brussels", "brussels-dutch", "age-11", "not-own-account",
       "parent-account", "identity-in-text", "words-after-sign-off", "adversary-content"],
      ("Bolingo Mbuyi", "bolingo.mbuyi@mailbox.example"),
      "hallo ik ben [[Prince]] ik ben 11 jaar\n"
      "ik zit in het 5de leerjaar in Jette\n"
      "in de klas zeggen ze da ik stink en da mijn mama in de jungle woont\n"
      "mama zegt na école tala kaka (kijk gewoon naar school)\n"
      "maar ik wil nie meer gaan\n"
      "groetjes\n"
      "xxx\n"
      "ps de juf weet het maar ze doet niks",
      subject="pesten",
      identity=["Mbuyi"]),
    S("vinted", "apple_mail", "nl",
      ["mixed-language", "greek", "east-flanders", "age-17", "new-shape", "vinted-username",
       "sextortion", "identity-in-text", "own-account"],
      ("Katerina Georgiou", "katerina.georgiou@icloud.example"),
      "Hallo,\n\n"
      "Ik verkoop kleren op Vinted (mijn naam daar is [[kat_geo_aalst]]). Een koper vroeg of "
      "hij een foto mocht van hoe het kleedje \"eruitziet aan het lichaam\". Ik was dom en "
      "heb er een gestuurd in ondergoed. Nu vraagt hij meer en hij zegt dat hij anders de "
      "foto naar mijn school in Aalst stuurt. Θεέ μου.\n\n"
      "Ik ben 17. Moet ik betalen wat hij vraagt? Hij wil 200 euro.\n\n"
      "[[Katerina]]",
      subject="dringend",
      identity=["Georgiou"]),
    S("nonno-yahoo-html", "yahoo", "nl",
      ["mixed-language", "italian", "limburg", "age-14", "html-only", "not-own-account",
       "grandparent-account", "identity-in-text", "account-holder-named"],
      ("Giuseppe Lombardo", "giuseppe.lombardo1951@yahoo.example"),
      "Hallo, ik ben [[Giulia]] en ik zit op de computer van mijn nonno [[Giuseppe]] in "
      "Maasmechelen want thuis mag ik nie op internet.\n"
      "Mijn papa en mama maken elke avond ruzie over geld en gisteren heeft papa de deur "
      "kapot geslagen.\n"
      "Nonno zegt \"pazienza, cara\".\n"
      "Ik ben 14. Mag ik bij nonno gaan wonen? Beslist de rechter dat of ik?",
      html="only", subject="vraag",
      identity=["Lombardo"]),
    S("restaurant-business-account", "outlook_desktop", "nl",
      ["mixed-language", "mandarin", "antwerp", "age-16", "new-shape", "family-business-account",
       "not-own-account", "business-signature", "kid-unnamed"],
      ("Jade Garden - Chen", "info@jadegarden-antwerpen.example"),
      "Hallo\n"
      "ik schrijf vanop de computer van het restaurant van mijn ouders, sorry voor het "
      "adres\n"
      "ik ben 16 en ik werk elke dag na school tot 23u in de keuken en het weekend ook\n"
      "mijn punten gaan achteruit en ik slaap in de les\n"
      "mijn papa zegt 吃得苦中苦，方为人上人 (je moet afzien om iets te worden)\n"
      "is dat kinderarbeid of is dat normaal in een familiebedrijf\n"
      "dank u",
      subject="vraag",
      sig="[[Restaurant Jade Garden]]\nChinees-Kantonese keuken – afhaal & levering\n"
          "[[Kiekenstraat 9, 2000 Antwerpen]]\n[[Tel. 03 226 88 19]]\n"
          "[[KBO 0712.345.678]] – [[BTW BE 0712.345.678]]\n"
          "Reservaties voor groepen: bel ons!",
      identity=["Chen"]),
    S("report-card-html", "gmail_web", "nl",
      ["mixed-language", "ukrainian", "west-flanders", "age-13", "html-only", "new-shape",
       "pasted-report-card", "identity-in-text", "own-account"],
      ("Oksana Melnyk", "oksana.melnyk.2012@gmail.example"),
      "Hallo, ik zit in het 1ste middelbaar in Roeselare. Ik kom uit Oekraïne, ik ben 13. "
      "Dit staat bovenaan mijn rapport:\n\n"
      "RAPPORT 1ste trimester\n"
      "Leerling: [[MELNYK Oksana]] – klas [[1B3]] – [[nr. 17]]\n"
      "Klastitularis: mevr. <<De Clercq>>\n\n"
      "Ik heb 4 tekorten en de klastitularis schreef \"[[Oksana]] moet meer inzet tonen\". "
      "Maar ik leer elke avond tot 22u Nederlands en ik begrijp nog niet alles. "
      "Мені соромно.\n"
      "Mijn mama huilt als ik slechte punten heb. Wat kan ik doen?",
      html="only", subject="rapport",
      identity=["Oksana"]),
    S("sorani-reply-work", "blackberry", "nl",
      ["mixed-language", "kurdish", "sorani", "east-flanders", "age-19", "reply-quoted",
       "work-account", "new-shape", "linkedin-offered", "contact-offered", "identity-in-text"],
      ("Aram Karim", "aram.karim@logistiek-interim.example"),
      "Bedankt voor jullie antwoord.\n"
      "Ik heb met mijn mama gesproken zoals jullie zeiden, in het Koerdisch. Ze heeft gehuild "
      "maar ze zei \"to kurrî mnî\" (je bent mijn zoon). Mijn vader weet het nog niet.\n"
      "Ik zou graag met andere Koerdische queer jongeren in contact komen. Mag ik mijn "
      "LinkedIn geven? [[linkedin.example/in/aram-karim-gent]] (daar staat niks over "
      "mij als queer, enkel werk)\n"
      "Sorry dat ik van mijn werkadres mail, mijn gsm is kapot.",
      subject="RE: Je bericht aan Lumi",
      quote="Hallo,\n\nBedankt om ons te schrijven. Je hoeft het niet aan iedereen tegelijk "
            "te vertellen. Is er iemand in je familie bij wie je je het veiligst voelt?\n\n"
            "Lumi"),
    S("iraqi-mother-phone", "samsung", "nl",
      ["mixed-language", "arabic", "iraqi", "west-flanders", "age-10", "not-own-account",
       "parent-account", "identity-in-text", "young-child", "emoji"],
      ("Um Zahraa", "umzahraa.kortrijk@gmail.example"),
      "hallo\n"
      "ik ben [[Zahraa]] ik ben 10\n"
      "ik schrijf op de gsm van mama\n"
      "een jongen in mijn klas in Kortrijk doet altijd zo 🤮 als ik eet\n"
      "omdat ik rijst met mijn handen eet zegt hij\n"
      "ماما تقول لا تهتمي\n"
      "ik ben heel verdrietig 😢😢",
      subject="hallo"),
    # ------------------------------------------------------------------ a few more
    S("hotspot-name", "iphone", "fr",
      ["mixed-language", "arabic", "brussels", "age-13", "new-shape", "name-in-hotspot-name",
       "name-in-insults", "identity-in-text", "own-account"],
      ("", "l.benhaddou@icloud.example"),
      "Bonjour\n"
      "en classe quand j'allume le partage de connexion mon téléphone s'affiche comme "
      "\"iPhone de [[Lina]]\" et tout le monde le voit\n"
      "maintenant les garçons ont renommé leurs téléphones \"[[Lina]] la grosse\" et "
      "\"[[Lina]] sans amis\" et quand la prof allume le bluetooth pour le projecteur ça "
      "s'affiche au tableau devant toute la classe\n"
      "la prof a rigolé\n"
      "ma mère dit \"ma t3tihomch bel\" mais c'est tous les jours\n"
      "j'ai 13 ans je suis en 1ère à Saint-Gilles\n"
      "je veux changer d'école",
      subject="Harcèlement en classe",
      identity=["l.benhaddou", "Benhaddou"]),
    S("card-lookalike-lines", "gmail_android", "fr",
      ["mixed-language", "tamazight", "wallonia", "age-16", "contact-lookalike-content",
       "adversary-content", "instagram-handle", "contact-offered", "identity-in-text",
       "words-after-sign-off", "own-account"],
      ("Tiziri", "tiziri.liege06@gmail.example"),
      "Coucou\n\n"
      "Je préfère mettre ça en premier pour que vous sachiez :\n"
      "Tél : pas de tél, il est confisqué jusqu'aux vacances\n"
      "Adresse : non 😅\n"
      "École : une école à Liège, je dis pas laquelle\n"
      "Insta : [[@tizi.ri_lg]] (je le regarde sur l'ordi de ma cousine)\n\n"
      "Voilà. En fait mes parents ont trouvé mon journal intime et ils ont lu que j'aime une "
      "fille. Depuis ma mère ne me parle plus et mon père dit que c'est la faute de "
      "« l'école des Belges ». Tanemmirt si vous répondez.\n\n"
      "Bisous\n"
      "PS : désolée c'est long\n"
      "PPS : elle s'appelle pas comme moi hein, c'est une autre fille",
      subject="mon journal"),
    S("medical-id-pasted", "iphone", "en",
      ["mixed-language", "farsi", "brussels", "age-17", "new-shape", "pasted-medical-id",
       "date-of-birth", "family-phone", "identity-in-text", "own-account"],
      ("Darius", "darius.k.2008@icloud.example"),
      "Hi,\n"
      "I'm 17 and on antidepressants since summer. My parents don't know the dose went up. "
      "I copied my Medical ID so you can see what I take, I don't know if it's ok to combine "
      "with the stuff my friends want to try at a party on Saturday:\n\n"
      "Medical ID\n"
      "[[Darius Karimi]]\n"
      "Date of birth [[14/02/2008]]\n"
      "Medications: sertraline 100 mg\n"
      "Allergies: none\n"
      "Emergency contacts: Maman ([[+32 486 33 70 12]])\n\n"
      "Please don't call that number lol. Maman would kill me. Khoda hafez",
      subject="meds question",
      identity=["Karimi"]),
    S("autofill-address-oops", "outlook_mobile", "nl",
      ["mixed-language", "darija", "west-flanders", "age-15", "new-shape",
       "autofill-own-contact", "street-in-text", "identity-in-text", "own-account"],
      ("Ayman Bouzid", "ayman.bouzid10@outlook.example"),
      "[[Ayman Bouzid]]\n"
      "[[Kapellestraat 41]]\n"
      "[[8400 Oostende]]\n"
      "oeps da is per ongeluk, mijn gsm vult da automatisch in. nie naar mij komen eh\n\n"
      "ik ben 15 en mijn vader wil da ik elke zaterdag in zijn frituur werk tot middernacht "
      "en als ik zeg da ik moe ben zegt hij \"sir t9ra\" (ga leren) maar ik kan nie leren als "
      "ik werk\n"
      "mijn moeder is in Marokko voor mijn oma\n"
      "ik voel mij gewoon alleen\n"
      "mvg",
      subject="vraagje"),
]

EXTRA_FIRST_NAMES: frozenset[str] = frozenset({
    "Clarisse", "Bernadette", "Patrick", "Carmen", "Giorgi", "Darius",
})
