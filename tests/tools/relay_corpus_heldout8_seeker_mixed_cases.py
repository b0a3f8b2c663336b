"""Hand-written help-seekers' mails for the eighth held-out set, part seeker-mixed.

HELD-OUT: written apart, by someone who has not read the relay's rules nor any mail it was tuned
on. `[[...]]` marks identity, `<<...>>` words that are neither content nor identity; everything
else in a body is the writer's own words (content). Rendered by
relay_corpus_heldout8_seeker_mixed.py into tests/fixtures/relay_text/heldout/seeker-mixed/.
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
    S("yousra-darija-oneline", "gmail_android", "fr",
      ["mixed-language", "darija", "brussels", "age-14", "one-long-line", "no-punctuation",
       "identity-in-text", "own-account"],
      ("Yousra Bakkali", "yousra.bakkali2012@gmail.example"),
      "slm c [[Yousra]] jai 14 ans jsuis a schaerbeek et jcrois que jsuis bi mais si mon frere "
      "il sait wallah il va me tuer il regarde mon tel tout le temps 3afak dites moi quoi faire "
      "jai personne a qui parler hchouma de dire ca a ma mere",
      subject="question"),
    S("lorenzo-nonna-lines", "iphone", "fr",
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
    S("ines-roubaix-html-only", "v8smx_laposte", "fr",
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
    S("ayoub-google-group-via", "gmail_web", "fr",
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
    S("grace-lingala-mother-account", "samsung", "fr",
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
      subject="Bonsoir",
      identity=["Grace"]),
    S("emre-turkish-dyslexic-phone", "yahoo", "fr",
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
    S("drita-albanian-engagement", "outlook_mobile", "fr",
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
    S("andrei-romanian-caps", "huawei", "fr",
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
    S("rui-portuguese-telegram", "proton", "fr",
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
    S("cheikh-wolof-reply", "gmail_web", "fr",
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
            "adulte en dehors de la maison à qui tu fais confiance ? Un coach, un prof, un voisin ?\n\n"
            "Tu peux nous réécrire quand tu veux.\n\nL'équipe Lumi"),
    S("maelle-quebec-hey", "v8smx_hey", "fr",
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
    S("nassim-comorian-free", "v8smx_free", "fr",
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
    S("clarisse-kot-room", "outlook_web", "fr",
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
      sig="[[Clarisse Niyonzima]]\nÉtudiante BA1 Sciences biomédicales\n"
          "[[Matricule 000512347]]",
      sig_dash=True),
    S("yonas-tutor-account", "outlook_desktop", "fr",
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
      sig="[[Bernadette Lemaire]]\nTutrice MENA (bénévole)\n"
          "Service des Tutelles – agréée\n[[GSM +32 478 55 21 09]]"),
    S("widline-youtube-channel", "gmail_ios", "fr",
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
    S("aminata-sister-excision", "outlook_web", "fr",
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
    S("zalina-epn-public-pc", "webmail", "fr",
      ["mixed-language", "chechen", "russian", "brussels", "age-16", "not-own-account",
       "public-computer-account", "new-shape", "public-computer-footer", "identity-in-text"],
      ("EPN Saint-Josse Poste 4", "epn.poste4@epn-stjosse.example"),
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
    S("lucia-mother-spanish-10", "outlook_desktop", "fr",
      ["mixed-language", "spanish", "brussels", "age-10", "not-own-account", "parent-account",
       "parent-writes", "kid-dictates", "work-signature", "identity-in-text", "adult-writes"],
      ("Carmen Ortega Ruiz", "c.ortega@traduc-bruxelles.example"),
      "Bonjour,\n"
      "Ma fille a 10 ans et elle voulait vous écrire elle-même, j'écris ce qu'elle dit :\n\n"
      "« moi c'est [[Lucía]] j'ai 10 ans et dans ma classe y a une fille qui dit que je "
      "suis moche et que je pue et tout le monde rigole. et à la récré personne veut jouer "
      "avec moi. je veux plus aller à l'école. »\n\n"
      "Perdón, yo no sabía qué hacer. L'école dit que c'est « des histoires de filles ».\n"
      "Merci",
      subject="pour ma fille",
      sig="Carmen Ortega Ruiz\nTraductrice jurée ES-FR-NL\n[[Traduc Bruxelles SRL]]\n"
          "[[Avenue Louise 231, 1050 Bruxelles]]\n[[T +32 2 640 18 77]]\n"
          "Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le détruire.",
      identity=["Ortega Ruiz"]),
    S("idir-grindr-profile", "apple_mail", "fr",
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
    S("thao-bereal", "gmail_web", "fr",
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
    S("eleni-greek-numbered", "apple_mail", "fr",
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
    S("viera-slovak-seznam", "v8smx_seznam", "fr",
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
    S("kelly-capeverde-webde-father", "v8smx_webde", "fr",
      ["mixed-language", "cape-verdean-creole", "wallonia", "age-13", "not-own-account",
       "parent-account", "identity-in-text", "own-script-client-line"],
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
    S("nadine-sister-for-brother", "gmail_android", "fr",
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
    S("rania-signal-arabic-end", "gmail_android", "fr",
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
    S("bilal-self-made-card", "gmail_web", "fr",
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
    S("tamar-georgian-proximus-header", "v8smx_proximus", "fr",
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
    S("rojin-kurdish-second-reply", "thunderbird", "fr",
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
    S("patrick-supermarket-student-job", "outlook_web", "fr",
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
      sig="[[Patrick Mugisha]]\nÉtudiant jobiste – Caisse\n"
          "[[Supermarché Bon Prix Jambes]]\n[[Chaussée de Liège 512, 5100 Jambes]]\n"
          "Pensez à l'environnement avant d'imprimer ce mail."),
    S("sofia-verlan-ipad", "ipad", "fr",
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
]

EXTRA_FIRST_NAMES: frozenset[str] = frozenset({
    "Clarisse", "Bernadette", "Patrick", "Carmen", "Giorgi",
})
