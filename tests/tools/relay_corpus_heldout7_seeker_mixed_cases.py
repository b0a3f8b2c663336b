# ruff: noqa: E501  (the bodies keep the long lines their writers typed)
"""Hand-written bodies of the seventh held-out relay-text corpus, part seeker-mixed.

HELD-OUT: whoever tunes the relay's rules does not open this file.

Help-seekers of 10-19 (and people writing for them) in French (Brussels, Wallonia, France, Québec,
African diaspora), English and Dutch, most of them mixing in another language. Dressed by
relay_corpus_heldout7_seeker_mixed.py with the shared dressing of relay_corpus_heldout.py.

Markup (see relay_corpus_heldout.py): [[...]] is identity, <<...>> is neither content nor identity,
everything else in `body` is content. `sig` is a signature block or a client-inserted footer (not
content; its [[...]] parts are identity).

Label decisions taken here (and reported):
- Text a kid pasted to be read (an AI-drafted model mail, a police attestation, a voicemail
  transcript) is content, with the names, numbers and dates in it that point at the writer marked
  as identity; the header lines of a forwarded message are neither.
- A full date of birth, a national register number, a youth-care, asylum or police file number, a
  reception-centre room, a creator code made of name and birth year, a stage name and its link, a
  marketplace or link-page profile, map coordinates, a what3words address and a plus code of where
  the writer lives or hides are identity: each points at one young person.
- A family member's phone the kid gives (a mother's number, a stepfather's number in a pasted
  voicemail) is identity: it leads to the household.
- A school, a town, a friend's or a sibling's first name, a celebrity, an address that is not the
  writer's (a family-planning centre) are content.
- On someone else's account the holder's name is identity wherever it shows up in the text.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

EXTRA_FIRST_NAMES: frozenset[str] = frozenset()

LUMI_FR = ("Bonjour,\n\nMerci de nous avoir écrit. Ce que tu vis est lourd, et c'est courageux "
           "d'en parler.\nTu peux nous réécrire quand tu veux, on lit tout.\n\nUne bénévole de Lumi")
LUMI_EN = ("Hi,\n\nThank you for writing to us. What you describe sounds really hard, and it took "
           "courage to put it into words.\nYou can write again whenever you want.\n\n"
           "A volunteer at Lumi")
LUMI_NL = ("Hoi,\n\nBedankt voor je bericht. Wat je vertelt is zwaar, en het is moedig dat je het "
           "opschrijft.\nMisschien kan je eens praten met iemand van het CLB? Je mag altijd "
           "terugschrijven.\n\nEen vrijwilliger van Lumi")


def seeker(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
           **kw: object) -> Case:
    return Case(slug=slug, direction="seeker", shape=shape, lang=lang, tags=tags, sender=sender,
                body=body, **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
    # ------------------------------------------------------------------ French
    seeker(
        "h7m-chatgpt-modele-bxl", "gmail_android", "fr",
        ["new-shape", "ai-drafted", "pasted", "mixed-language", "darija", "brussels", "age-15",
         "kid-writes", "identity-in-text"],
        ("Inès Bakkali", "ines.bakkali09@gmail.example"),
        """Bien sûr ! Voici un exemple de mail que tu peux envoyer :

Objet : Besoin d'aide

Bonjour,

Je m'appelle [[Inès]], j'ai 15 ans et je vis à Bruxelles. Depuis quelques mois, je me sens très mal à la maison. Mes parents se disputent tout le temps et j'ai l'impression que personne ne m'écoute. Je ne sais pas à qui en parler et j'aimerais avoir des conseils.

Merci d'avance pour votre réponse.

Cordialement,
[[Inès B.]]

N'hésite pas à adapter ce message selon ta situation. Si tu veux, je peux aussi t'aider à préparer ce que tu vas dire à un adulte de confiance. 💙
wallah j'ai tout copié je savais pas quoi écrire
en vrai c pire que ça mon père il crie tout le temps w ana kan3ya""",
        subject="aide", from_style="ew"),
    seeker(
        "h7m-position-whatsapp", "samsung", "fr",
        ["new-shape", "location-pin", "mixed-language", "darija", "brussels", "age-14",
         "kid-writes", "contact-offered", "identity-in-text"],
        ("Yassir", "yassir.2011@hotmail.example"),
        """salam
jsp si c ici qu'il faut ecrire
mon grand frere il me frappe quand ya pas les parents
hier il m'a enfermé dans la cave 3 heures
ana khayef bzaf men had lkhouya
si vous pouvez envoyer quelqu'un voila ou j'habite
📍 Position : [[https://maps.google.example/?q=50.8371,4.3090]]
c pas loin du metro
svp dites rien a ma mere""",
        subject="", identity=["50.8371,4.3090"]),
    seeker(
        "h7m-arabizi-chiffres", "v7smx_sfr", "fr",
        ["new-shape", "arabizi-digits", "mixed-language", "darija", "france", "age-16",
         "kid-writes", "no-identity-in-body", "legacy-charset"],
        ("Salma Haddouch", "salma.hd13@sfr.example"),
        """bonsoir
je sais pas trop comment on fait
ma mère elle veut me marier l'été prochain au bled avec un cousin
jai 16 ans
elle dit "had chi 3adi, kolchi dar hakka"
mais moi wallah ma bghitch
rani m9al9a bzaf w ma3andi m3a men nhder
mon prof principal il a vu que j'étais pas bien mais j'ai rien dit
vous pouvez m'aider?? 7it ana ma3reftch chno ndir""",
        subject="question", charset="iso-8859-15"),
    seeker(
        "h7m-tel-maman-rtl", "gmail_ios", "fr",
        ["new-shape", "bidi-marks", "mixed-language", "arabic", "brussels", "age-13",
         "kid-writes", "contact-offered", "identity-in-text", "parent-phone-offered"],
        ("Mehdi Saadi", "mehdi.saadi.2012@gmail.example"),
        """Bonjour
j'ai 13 ans et je suis en 2ème secondaire
ma mère parle pas français alors elle m'a dit d'écrire
الله يحفظكم
mon beau-père il prend le téléphone de ma mère et il lit tout
on a peur
si vous voulez appeler c'est le numéro de ma mère \u200f[[+32\u200e 485 12 77 90]]\u200f mais appelez pas le soir
شكرا بزاف""",
        subject="Bonjour", identity=["485 12 77 90"]),
    seeker(
        "h7m-azul-tifinagh", "thunderbird", "fr",
        ["new-shape", "own-script-name", "mixed-language", "tamazight", "wallonia", "age-17",
         "kid-writes", "identity-in-text", "coming-out"],
        ("Amazigh Aït Ouali", "a.aitouali@skynet.example"),
        """Azul,

Je vous écris parce que je n'en peux plus. Je suis en rhéto à Liège et je suis gay. Chez nous on dit que ça n'existe pas chez les Imazighen.
Mon père m'a dit "ur tsɛiḍ ara d mmi" (tu n'es plus mon fils) quand il a trouvé des messages sur mon téléphone.
Depuis je dors chez un pote, Kevin, mais sa mère commence à poser des questions.

Tanemmirt
[[ⴰⵎⴰⵣⵉⵖ]] ([[Amazigh]], c'est mon prénom, oui je sais)""",
        subject="je sais plus quoi faire", from_style="ew"),
    seeker(
        "h7m-stefania-cedille", "yahoo", "fr",
        ["new-shape", "diacritic-variant", "mixed-language", "romanian", "brussels", "age-12",
         "kid-writes", "identity-in-text", "bullying"],
        ("Ștefania Popescu", "stefi.popescu@yahoo.example"),
        """buna ziua
scuze pt franceza mea
je suis [[Ştefania]] j'ai 12 ans
a l'école les filles de ma classe disent que je pue et que les roumains c tous des voleurs
elles ont fait un groupe snap sans moi et elles mettent des photos de moi
mama nu ştie nimic
je veux plus aller a l'école""",
        subject="aide svp", from_style="ew"),
    seeker(
        "h7m-attestation-plainte", "gmail_web", "fr",
        ["new-shape", "pasted", "police-report", "date-of-birth", "wallonia", "age-16",
         "kid-writes", "identity-in-text"],
        ("Maëlle Dubois", "maelle.dubois2009@gmail.example"),
        """bonjour
j'ai porté plainte la semaine passée pour ce que mon ex a fait avec les photos
voilà ce qu'ils m'ont donné à la police, je comprends rien à la suite
----
ATTESTATION DE DÉPÔT DE PLAINTE
Zone de police [[Charleroi]]
PV n° [[CH.55.L1.012345/2025]]
Plaignante : [[DUBOIS Maëlle]], née le [[14/02/2009]]
Faits : atteinte à l'intégrité sexuelle (diffusion d'images)
Votre dossier est transmis au Parquet.
----
est ce que mes parents vont recevoir une lettre ? ils savent pas
et est ce que lui il va savoir que c moi qui ai porté plainte""",
        subject="plainte", from_style="ew"),
    seeker(
        "h7m-dossier-spj", "gmail_android", "fr",
        ["new-shape", "case-number", "mixed-language", "lingala", "brussels", "diaspora",
         "age-15", "kid-writes", "identity-in-text"],
        ("Dieumerci Kabongo", "dieumerci.kbg@gmail.example"),
        """mbote
jsuis placé dans un foyer à Ixelles depuis 2 ans
le juge il veut que je retourne chez mon père en juin mais moi je veux pas du tout
na lingi te
mon délégué SPJ il répond jamais
mon numéro de dossier c'est le [[SPJ/BXL/2023/04417]] si ça peut aider
vous pouvez parler au juge pour moi ?
mersi mingi""",
        subject="juge"),
    seeker(
        "h7m-apprenti-garage", "v7smx_zoho", "fr",
        ["new-shape", "internship-account", "work-account", "wallonia", "age-17", "kid-writes"],
        ("Kylian Lambotte", "k.lambotte@garage-lambert.example"),
        """Bonjour,
je vous écris du pc du garage pendant la pause parce que chez moi je peux pas
Le patron il me traite de pd devant les clients et les autres rigolent
je suis en alternance au CEFA, il reste 5 mois de contrat
si je pars je perds mon année
je fais quoi""",
        subject="harcèlement au travail",
        sig="""[[Kylian Lambotte]]
Apprenti mécanicien
[[Garage Lambert & Fils SRL]]
[[Chaussée de Marche 212, 5100 Jambes]]
Tél. [[081 30 44 17]]"""),
    seeker(
        "h7m-mediatrice-cpas", "outlook_desktop", "fr",
        ["new-shape", "interpreter-writes", "adult-writes", "writes-for-kid", "work-account",
         "mixed-language", "arabic", "brussels", "age-14", "disclaimer"],
        ("Rania Haddad", "r.haddad@cpas-stjosse.example"),
        """Bonjour,

Je suis médiatrice interculturelle. Je traduis ici les mots d'une jeune fille de 14 ans que j'accompagne, avec son accord. Elle veut rester anonyme, je ne donne pas son nom.

Ce qu'elle dit (en arabe, puis ma traduction) :
« أنا تعبانة. أبي يقول إني لازم أترك المدرسة وأساعد في البيت. »
« Je suis fatiguée. Mon père dit que je dois quitter l'école et aider à la maison. »
« بدي كمل دراستي وصير دكتورة. »
« Je veux continuer mes études et devenir médecin. »

Elle aimerait savoir si quelqu'un peut lui écrire directement, en français simple. Elle a une adresse à elle, je la laisse vous la donner.

Bien à vous,
[[Rania]]""",
        subject="Demande pour une jeune que j'accompagne",
        sig="""[[Rania Haddad]]
Médiatrice interculturelle – Service social
[[CPAS de Saint-Josse-ten-Noode]]
[[Rue de la Tour 7, 1210 Bruxelles]]
T [[02 220 61 48]]

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),
    seeker(
        "h7m-quebec-blonde", "v7smx_videotron", "fr",
        ["quebec", "mixed-language", "english", "html-only", "age-16", "kid-writes",
         "identity-in-text", "breakup"],
        ("Félix Gagnon-Tremblay", "felix.gt@videotron.example"),
        """allo
chu pas sûr si vous répondez aux gens du Québec mais j'ai trouvé ça sur tiktok
ma blonde m'a laissé la semaine passée pis depuis j'ai pu le goût de rien
genre je feel juste vide, j'vais même pu à ma game de hockey
ma mère pense que c'est juste une phase
c'est pas une phase
anyway merci d'avoir lu
[[Félix]] 16 ans""",
        subject="bonjour", html="only", from_style="ew"),
    seeker(
        "h7m-reponse-tante", "iphone", "fr",
        ["reply-quoted", "mixed-language", "wolof", "diaspora", "brussels", "age-17",
         "kid-writes", "contact-offered", "identity-in-text"],
        ("Aïssatou Ndiaye", "aissatou.nd@icloud.example"),
        """merci pour votre réponse
jai parlé à ma tante comme vous avez dit
elle dit que c la tradition et que je dois respecter
dama xam ne du baax
je vais pas lâcher
mon numéro si c plus simple [[0465 77 21 03]] (whatsapp)""",
        subject="Re: mariage", quote=LUMI_FR, from_style="ew"),
    seeker(
        "h7m-licorne-html", "outlook_web", "fr",
        ["html-only", "mixed-language", "italian", "wallonia", "age-11", "kid-writes",
         "no-identity-in-body"],
        ("Giulia Russo", "giulia.russo.2014@outlook.example"),
        """coucou lumi 🦄
jai 11 ans
ma meilleure amie elle veux plus me parler parce que jai dit a la maîtresse que elle copiait
maintenant tout le monde dit que je suis une balance 😭😭
ma nonna dit "lascia stare tesoro" mais jarrive pas
vous pouvez me dire quoi faire""",
        subject="coucou", html="only",
        html_own=('<div style="color:#8a2be2;font-size:18pt;font-family:Comic Sans MS">coucou lumi '
                  '🦄</div>\n<div style="color:#8a2be2">jai 11 ans</div>\n'
                  '<div style="color:#ff1493">ma meilleure amie elle veux plus me parler parce que '
                  'jai dit a la maîtresse que elle copiait</div>\n'
                  '<div style="color:#ff1493">maintenant tout le monde dit que je suis une '
                  '<b>balance</b> 😭😭</div>\n'
                  '<div>ma nonna dit "lascia stare tesoro" mais jarrive pas</div>\n'
                  '<div><span style="font-size:16pt">vous pouvez me dire quoi faire</span></div>')),
    seeker(
        "h7m-messagerie-vocale", "v7smx_orange_web", "fr",
        ["new-shape", "voicemail-transcript", "forwarded", "france", "age-15", "kid-writes",
         "identity-in-text"],
        ("Chloé Verhaeghe", "chloe.vrhg@orange.example"),
        """bonjour je vous transfère le message que mon beau père m'a laissé hier soir, je sais pas si c grave ou si j'exagère

<<---------- Message transféré ----------
De : Messagerie vocale Orange <messagerie-vocale@orange.example>
Date : jeu. 6 mars 2025 à 22:47
Objet : Nouveau message vocal>>

Vous avez reçu un nouveau message vocal sur votre ligne [[06 12 48 93 07]].
Appelant : [[06 98 31 20 44]]
Transcription : « Tu rentres pas ce soir tu vas voir ce qui va se passer. Ta mère elle pourra rien faire. Rappelle-moi. »
Durée : 0 min 14 s""",
        subject="Fwd: Nouveau message vocal", from_style="ew"),
    seeker(
        "h7m-code-createur", "gmail_android", "fr",
        ["new-shape", "creator-code", "mixed-language", "spanish", "france", "age-14",
         "kid-writes", "identity-in-text"],
        ("Lucas Fernández", "lucasfdz2011@gmail.example"),
        """yo
jsp trop pk j'écris mais bon
mes parents divorcent et ma mère veut partir vivre à Valencia avec moi
mon père dit que si je pars je suis plus son fils
mi madre llora todo el tiempo y yo no sé qué hacer
jsuis au collège à Lyon j'ai tous mes potes ici
ps si jamais utilisez mon code créateur [[LUCAS2011]] sur fortnite mdr non jrigole""",
        subject="divorce", from_style="ew"),
    seeker(
        "h7m-compte-maman-clinique", "outlook_desktop", "fr",
        ["parent-account", "not-own-account", "mixed-language", "turkish", "brussels", "age-10",
         "kid-writes", "disclaimer"],
        ("Elif Yıldız", "e.yildiz@clinique-steloi.example"),
        """bonjour c'est pas maman qui écrit c'est son fils
j'ai 10 ans
à l'école y'a un grand de 6ème qui me prend mon goûter tous les jours et il dit que si je le dis il me tape
annem bilmiyor
je veux pas qu'elle sache parce qu'elle a déjà beaucoup de soucis""",
        subject="question", from_style="ew",
        sig="""[[Elif Yıldız]]
Assistante administrative – Service Facturation
[[Clinique Saint-Éloi]]
Tél. : [[02 555 18 40]]

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des informations médicales confidentielles. Si vous n'en êtes pas le destinataire, veuillez le détruire."""),
    seeker(
        "h7m-blaze-soundcloud", "v7smx_spike", "fr",
        ["new-shape", "stage-name", "profile-link", "mixed-language", "lingala", "brussels",
         "diaspora", "age-18", "kid-writes", "writes-about-sibling", "contact-offered",
         "identity-in-text"],
        ("Moïse Kalala", "moisekalala@gmail.example"),
        """Salut
je fais du son, mon blaze c'est [[MK Lokuta]], vous pouvez écouter sur [[soundcloud.example/mklokuta]]
c pas pour ça que j'écris
mon petit frère a 12 ans et il traîne avec des gars de la gare du Midi qui lui font porter des trucs
ma mère travaille la nuit elle voit rien
nakobanga mpo na ye
si je dis quelque chose aux gars c moi qui prends
je sais pas à qui parler, pas la police""",
        subject="mon petit frère", from_style="ew", identity=["mklokuta"]),
    seeker(
        "h7m-ukrainien-traduit", "v7smx_ukrnet", "fr",
        ["new-shape", "bilingual-duplicate", "machine-translated", "own-script-name",
         "mixed-language", "ukrainian", "wallonia", "age-14", "kid-writes", "identity-in-text"],
        ("Solomiia Kovalenko", "solomiia.k@ukr.example"),
        """Добрий день. Мені 14 років, я з Харкова, тепер живу в Льєжі з мамою.
Я не можу спати, бо постійно думаю про тата, він на фронті.
У школі я нікому не можу сказати, бо не говорю добре французькою.

(traduit avec Google)
Bonjour. J'ai 14 ans, je viens de Kharkiv, maintenant je vis à Liège avec maman.
Je n'arrive pas à dormir parce que je pense tout le temps à papa, il est au front.
À l'école je ne peux le dire à personne parce que je ne parle pas bien français.

[[Соломія]] / [[Solomiia]]""",
        subject="Допомога / aide"),
    seeker(
        "h7m-majuscules-hchouma", "samsung", "fr",
        ["all-caps", "mixed-language", "darija", "brussels", "age-13", "kid-writes",
         "no-identity-in-body", "coming-out"],
        ("Ayoub", "ayoub.2012.elk@gmail.example"),
        """SLT
JE SUIS UN GARCON DE 13 ANS
JE CROIS QUE JAIME LES GARCONS
SI MON PERE SAIT IL ME TUE WALLAH C PAS UNE BLAGUE
HCHOUMA 3LIYA
JE PRIE TOUS LES JOURS POUR QUE CA PARTE
CA PART PAS""",
        subject="SLT"),
    seeker(
        "h7m-soeur-pour-tiago", "apple_mail", "fr",
        ["sibling-writes", "writes-for-kid", "child-named-as-identity", "mixed-language",
         "portuguese", "brussels", "age-12", "identity-in-text"],
        ("Beatriz Carvalho", "bia.carvalho@icloud.example"),
        """Bonjour,

J'écris pour mon petit frère [[Tiago]], il a 12 ans. Il ne veut pas écrire lui-même mais il est d'accord que je le fasse.
Depuis la rentrée il ne mange presque plus et il se fait vomir, je l'ai entendu plusieurs fois.
Nossa mãe trabalha muito e não percebe nada, e o nosso pai não está cá.
Moi j'ai 19 ans, on habite à Saint-Gilles, je fais ce que je peux mais j'ai peur de mal faire.
Est-ce que vous parlez aussi aux garçons pour ça ? On dirait que c'est toujours pour les filles.

Merci,
[[Beatriz]]""",
        subject="Pour mon petit frère"),
    seeker(
        "h7m-tuteur-mena", "outlook_web", "fr",
        ["new-shape", "guardian-writes", "adult-writes", "writes-for-kid", "mixed-language",
         "tigrinya", "wallonia", "age-16"],
        ("Marc Delvaux", "marc.delvaux@hotmail.example"),
        """Bonjour,

Je suis le tuteur d'un garçon érythréen de 16 ans, arrivé en Belgique il y a huit mois, seul. Il vit dans un centre d'accueil près de Namur.
Depuis quelques semaines il ne dort plus, il a des cauchemars et parle de la traversée. Il ne veut pas voir de psychologue, « ils posent trop de questions ».
Hier il m'a montré ce qu'il a écrit dans son téléphone, il m'a permis de vous le recopier :
"ሓገዝ የድልየኒ ኣሎ። ክድቅስ ኣይክእልን እየ።"
(Il m'a expliqué : « j'ai besoin d'aide, je n'arrive pas à dormir »)
Est-ce qu'un jeune peut vous écrire en anglais ou en tigrinya ? Son anglais est correct.

Cordialement,""",
        subject="Jeune MENA – demande de soutien",
        sig="""[[Marc Delvaux]]
Tuteur MENA (désigné par le Service des Tutelles)
GSM [[0478 90 12 36]]"""),
    seeker(
        "h7m-iphone-de-enzo", "iphone", "fr",
        ["device-name-client-line", "dyslexic-spelling", "wallonia", "age-12", "kid-writes",
         "identity-in-text"],
        ("", "enzo.vdb@icloud.example"),
        """bonjour
je mapel [[Enzo]] jé 12 an
mon pere boi et il crie sur ma mere tou les soir
je dor avec mon casque pour pa entendre
ma soeur elle dit que c normal mai moi je croi pa""",
        subject="", client_line="", sig="Envoyé de l'iPhone de [[Enzo]]"),
    seeker(
        "h7m-insta-relance", "outlook_android", "fr",
        ["reply-quoted", "mixed-language", "darija", "brussels", "age-15", "kid-writes",
         "contact-offered", "identity-in-text"],
        ("Hajar El Idrissi", "hajar.elidrissi@hotmail.example"),
        """Coucou c encore moi
ça va un peu mieux depuis que j'ai parlé à la psy de l'école
mais hier ma tante a encore dit devant tout le monde que je suis "trop grosse pour me marier" 🙄
ya7asra
vous pouvez m'écrire sur insta c plus simple [[@hajar.bxl_]]""",
        subject="RE: Re: mon corps", quote=LUMI_FR),
    seeker(
        "h7m-liste-famille", "gmail_web", "fr",
        ["adversary-content", "looks-like-signature", "looks-like-client-line",
         "mixed-language", "darija", "brussels", "age-16", "kid-writes", "no-identity-in-body"],
        ("Dounia Amrani", "dounia.amr@gmail.example"),
        """bonsoir,
je fais une liste comme la psy m'a dit, pour mettre de l'ordre :

Maman – infirmière de nuit, jamais là
Papa – reparti au bled, ne répond plus
Mamie Fatna – malade, à l'hôpital Brugmann, Allah yechfiha
Moi – 16 ans, 5ème, envie de rien

voilà c'est ça ma famille
Envoyé de mon cœur cassé lol""",
        subject="ma liste"),
    seeker(
        "h7m-planning-adresse", "proton", "fr",
        ["adversary-content", "address-not-theirs", "mixed-language", "farsi", "france",
         "age-17", "kid-writes", "no-identity-in-body"],
        ("Mariam Ahmadi", "m.ahmadi.paris@proton.example"),
        """salam
je voulais savoir si le Planning familial du 12 rue des Capucines il faut avoir 18 ans pour y aller ou pas
j'ai 17 ans et je crois que je suis enceinte
ma famille est afghane, si mon frère l'apprend
khoda komakam kone
personne doit savoir, même pas mes copines""",
        subject="question rapide"),
    seeker(
        "h7m-damso-verviers", "windows_mail", "fr",
        ["adversary-content", "names-of-others", "celebrities", "mixed-language", "lingala",
         "wallonia", "age-13", "kid-writes", "no-identity-in-body", "racism"],
        ("Jordan Mbuyi", "jordan.mbuyi@outlook.example"),
        """Bonjour Lumi
Je suis fan de Damso et de Aya Nakamura, à l'école on m'appelle "le Congolais" alors que je suis né à Verviers
Mon ami Noah dit que c'est pas grave, que c'est une blague
mais moi ça me fait mal au cœur, je suis belge
Papa dit "bana ya mboka, bosala makasi" (les enfants du pays, travaillez dur)
Je sais pas comment leur dire d'arrêter""",
        subject="racisme"),
    seeker(
        "h7m-centre-croix-rouge", "webmail", "fr",
        ["new-shape", "reception-centre-account", "public-computer-account", "not-own-account",
         "case-number", "mixed-language", "pashto", "wallonia", "age-15", "kid-writes",
         "identity-in-text"],
        ("PC Résidents Jodoigne", "residents.jodoigne@croix-rouge.example"),
        """bonjour
je suis afghan j'ai 15 ans je suis au centre croix rouge
les autres garçons plus grands ils prennent mon argent de poche et ils disent si tu parles on te fait mal
zə der weriẓ̌əm
l'assistante sociale elle est gentille mais elle parle vite
mon numéro SP c'est [[9.876.543]] et ma chambre [[B14]] si vous voulez me trouver""",
        subject="aide",
        sig="""--
Ce poste informatique est mis à disposition des résidents du [[Centre Croix-Rouge de Jodoigne]].
Pensez à fermer votre session."""),
    seeker(
        "h7m-dictee-marseille", "samsung", "fr",
        ["voice-dictation", "mixed-language", "arabic", "france", "age-14", "kid-writes",
         "identity-in-text", "one-long-line"],
        ("Rayan Benchikh", "rayan.bck13@gmail.example"),
        """bonjour je parle dans le téléphone parce que j'écris mal point je m'appelle [[Rayan]] j'ai 14 ans et j'habite à Marseille virgule dans les quartiers nord point mon cousin veut que je fasse le guetteur pour eux et si je dis non ils vont me frapper point d'interrogation qu'est-ce que je fais point d'interrogation in cha Allah vous répondez vite""",
        subject="aide moi"),
    seeker(
        "h7m-iel-page-profil", "v7smx_aquamail", "fr",
        ["new-shape", "profile-link", "chosen-name", "mixed-language", "polish", "wallonia",
         "age-18", "kid-writes", "contact-offered", "identity-in-text"],
        ("Jakub Zieliński", "jakub.zielinski@gmail.example"),
        """hello
je suis non-binaire (iel), 18 ans, je vis à Tournai
ma famille polonaise le prend super mal, babcia dit que c'est "moda z zachodu" (une mode de l'ouest)
je dois partir de chez moi en septembre pour les études et j'ai peur qu'ils me coupent l'argent
tout est sur ma page si vous voulez voir qui je suis : [[linktr.example/kuba.zielinsk_i]]
bisous
[[Kuba]] (pas [[Jakub]] svp)""",
        subject="famille", from_style="ew"),
    seeker(
        "h7m-unite-ados-pc", "outlook_web", "fr",
        ["new-shape", "hospital-account", "not-own-account", "mixed-language", "dutch",
         "brussels", "age-16", "kid-writes", "contact-offered", "identity-in-text"],
        ("K-Ado PC Patients", "k-ado.patients@huerm.example"),
        """bonjour
je suis hospitalisée depuis 3 semaines à l'unité ados (j'ai 16 ans), les infirmières m'ont dit que je pouvais vous écrire d'ici
de verpleegsters zijn lief hier, ze spreken de twee talen
je sors vendredi et j'ai très peur de retourner à l'école, tout le monde sait pourquoi j'étais partie
ma meilleure pote Lina est la seule qui m'a écrit
vous pouvez me répondre sur mon adresse à moi : [[clara.m.2009@gmail.example]]""",
        subject="sortie vendredi",
        sig="""Unité K-Ado – [[Hôpital Universitaire des Enfants Reine Mathilde]]
Ce message provient d'un poste partagé mis à disposition des patients. Son contenu n'engage pas l'hôpital."""),

    # ------------------------------------------------------------------ English
    seeker(
        "h7m-chatgpt-your-name", "gmail_ios", "en",
        ["new-shape", "ai-drafted", "pasted", "mixed-language", "hindi", "expat", "brussels",
         "age-14", "kid-writes", "no-identity-in-body"],
        ("Aarav Mehta", "aarav.mehta11@gmail.example"),
        """Subject: Seeking Support Regarding a Personal Matter

Dear Lumi Team,

I hope this message finds you well. I am writing to seek guidance regarding a personal matter that has been affecting my well-being. Recently, I have been experiencing difficulties at school, including feelings of isolation and anxiety.

I would greatly appreciate any advice or resources you could provide.

Thank you for your time and support.

Best regards,
[Your Name]

ok that was chatgpt lol
basically nobody talks to me since we moved here from Pune, everyone at my school already has their groups
mummy says "beta give it time" but its been a YEAR yaar
also pls dont tell my school, its the international one in Waterloo""",
        subject="Seeking Support Regarding a Personal Matter"),
    seeker(
        "h7m-what3words", "apple_mail", "en",
        ["new-shape", "what3words", "location", "expat", "flanders", "age-13", "kid-writes",
         "contact-offered", "identity-in-text"],
        ("Grace O'Connor", "grace.oconnor@icloud.example"),
        """hi
idk if this is an emergency thing but i dont want to call anyone
my stepdad came home drunk again and i left through the back
im at the little park behind our street, the exact spot is ///[[lamp.velvet.orbit]] if anyone needs to find me
my phone is on 9%
im 13 btw""",
        subject="not sure"),
    seeker(
        "h7m-sobaka-adres", "v7smx_yandex", "en",
        ["new-shape", "written-out-address", "mixed-language", "russian", "flanders", "age-17",
         "kid-writes", "contact-offered", "identity-in-text", "own-script-name"],
        ("Дарья Волкова", "darya.volkova@yandex.example"),
        """Hello.
Sorry for my english, I am from Russia, now in Antwerpen 2 years.
My parents dont accept that I have girlfriend (I am girl too).
They say they will send me back to grandmother in Voronezh "to be normal". Мне страшно.
Please write to my other mail, this one my mother reads sometimes:
[[dasha_vl собака proton точка example]]
Thank you
[[Даша]]""",
        subject="Help please", from_style="ew"),
    seeker(
        "h7m-abtirsi-uncle", "v7smx_fairemail", "en",
        ["new-shape", "patronymic-name", "mixed-language", "somali", "flanders", "age-16",
         "kid-writes", "identity-in-text"],
        ("Abdirahman Warsame", "abdi.warsame@gmail.example"),
        """Asc
my name is [[Abdirahman Yusuf Warsame]], in our way that means me, my father and his father, so dont share it pls
im 16 and i live with my uncle in Gent since 2023
my uncle says i have to stop school and work in his shop. he keeps my papers
waan daalay walaal
i want to finish school and become electrician
can someone help me with this, the school doesnt know""",
        subject="school"),
    seeker(
        "h7m-oe-number", "gmail_android", "en",
        ["new-shape", "case-number", "mixed-language", "pashto", "brussels", "age-17",
         "kid-writes", "contact-offered", "identity-in-text"],
        ("Zabihullah Safi", "zabihullah.safi@gmail.example"),
        """hello
i am from afghanistan, 17 years, i am in belgium 10 month
my interview at CGRS is next month and i am very scared, my lawyer dont answer me
at night i think only about my mother in Jalalabad
زه ډېر خفه یم
my OE number [[8.765.432]] and my phone [[+32 466 90 14 27]], i have whatsapp
please help""",
        subject="please help"),
    seeker(
        "h7m-vinted-buyer", "outlook_mobile", "en",
        ["new-shape", "marketplace-profile", "expat", "flanders", "age-15", "kid-writes",
         "contact-offered", "identity-in-text"],
        ("Charlotte Evans", "charlotte.evans09@outlook.example"),
        """hiii
so this is kinda embarrassing
i sell my old clothes on vinted and some guy keeps buying stuff and then asks for pics of me wearing it 🤢🤢
he says he knows which school i go to bc of my profile
this is my profile so u can see: [[vinted.example/member/48213077-lottie_xo]]
should i tell my mum?? she will make me delete everything""",
        subject="weird guy", identity=["lottie_xo"]),
    seeker(
        "h7m-rtl-html-lamis", "outlook_web", "en",
        ["new-shape", "rtl-html", "html-only", "mixed-language", "arabic", "wallonia", "age-14",
         "kid-writes", "identity-in-text"],
        ("Lamis Al-Khatib", "lamis.alkhatib@outlook.example"),
        """Hello Lumi
I am 14 and I am from Syria, I live in Liège with my family
أنا بحب بنت بصفي وما حدا بيعرف
I love a girl in my class and nobody knows
I am scared that it is haram
from [[Lamis]]""",
        subject="secret", html="only",
        html_own=('<div dir="ltr">Hello Lumi</div>\n'
                  '<div dir="ltr">I am 14 and I am from Syria, I live in Liège with my family</div>\n'
                  '<div dir="rtl" style="text-align:right">أنا بحب بنت بصفي وما حدا بيعرف</div>\n'
                  '<div dir="ltr">I love a girl in my class and nobody knows</div>\n'
                  '<div dir="ltr">I am scared that it is haram</div>\n'
                  '<div dir="ltr">from <bdi>Lamis</bdi></div>')),
    seeker(
        "h7m-bitmoji-football", "gmail_web", "en",
        ["new-shape", "bitmoji-alt", "identity-in-html", "mixed-language", "twi", "expat",
         "brussels", "age-12", "kid-writes"],
        ("Kofi Mensah", "kofi.mensah.fc@gmail.example"),
        """hello
my mum told me i can write here
boys at football say im too small and they push me in the changing room
me ho yɛ me ya (it hurts me)
i dont want to go anymore but my dad loves football""",
        subject="football",
        html_own=('<div>hello</div><div>my mum told me i can write here</div>'
                  '<div>boys at football say im too small and they push me in the changing room'
                  '</div><div>me ho yɛ me ya (it hurts me)</div>'
                  '<div>i dont want to go anymore but my dad loves football</div>'
                  '<div><img src="cid:bitmoji_0a1b2c" alt="Kofi Bitmoji" width="96" height="96">'
                  '</div>'),
        identity=["Kofi Bitmoji"]),
    seeker(
        "h7m-k9-flatmate", "v7smx_k9", "en",
        ["mixed-language", "dutch", "netherlands", "age-18", "kid-writes", "identity-in-text"],
        ("Femke de Graaf", "femke.degraaf@fastmail.example"),
        """hey. short one, on the train.
my flatmate keeps coming into my room at night when hes drunk. nothing happened yet but i lock the door now
i'm 18, first year at uni in Maastricht, dont know anyone here
mijn ouders zeggen gewoon 'zeg het tegen de huisbaas' lol
should I?
- [[Femke]]""",
        subject="flatmate"),
    seeker(
        "h7m-broers-account", "outlook_android", "en",
        ["sibling-account", "not-own-account", "account-holder-named", "mixed-language",
         "yoruba", "brussels", "age-11", "kid-writes"],
        ("Tunde Adeyemi", "xx_tunde_xx@outlook.example"),
        """hi this is not [[Tunde]] its his little sister
i am 11
my brother doesnt know i use his email
our dad hits him with a belt when he comes home late and i hide in the bathroom
mo ń bẹ̀rù (im scared)
please dont write back here he will see. i will check tomorrow after school""",
        subject="help"),
    seeker(
        "h7m-library-colombia", "webmail", "en",
        ["library-account", "public-computer-account", "not-own-account", "mixed-language",
         "spanish", "brussels", "age-13", "kid-writes", "no-identity-in-body"],
        ("Bibliothèque Saint-Gilles PC3", "pc3@biblio-stgilles.example"),
        """hola
im at the library, i dont have a phone
my mom's boyfriend said he will call immigration on us if she leaves him
we are from Colombia and our papers are not finished
estoy muy asustada
can you write me back here? the library lady says i can use this email on tuesday and thursday""",
        subject="help", from_style="ew"),
    seeker(
        "h7m-host-mother-ipad", "ipad", "en",
        ["host-family-account", "not-own-account", "mixed-language", "portuguese", "flanders",
         "age-16", "kid-writes", "identity-in-text"],
        ("Ann Vandamme", "ann.vandamme@telenet.example"),
        """Hello, I am exchange student from Brazil, 16, I live with a host family in Kortrijk for this year
I use the ipad of my host mother because mine is broken, she doesnt read it (I hope)
My host father makes comments about my body and my clothes, and he comes in the bathroom "by mistake"
Tenho vergonha de falar com a minha organização, eles vão me mandar embora
What can I do?
[[Larissa]]""",
        subject="exchange"),
    seeker(
        "h7m-reply-panic-sunday", "v7smx_fastmail", "en",
        ["reply-quoted", "mixed-language", "irish", "age-19", "kid-writes", "identity-in-text",
         "expat"],
        ("Siobhán Ní Bhriain", "siobhan.nibhriain@fastmail.example"),
        """thanks for answering so fast, honestly didnt expect it
i did the thing you said, wrote down what happened before every panic attack
its always sunday evenings before uni. every single one
go raibh maith agat (my nan used to say that)
will write again after exams x
[[Siobhán]]""",
        subject="Re: panic attacks", quote=LUMI_EN, from_style="ew"),
    seeker(
        "h7m-father-omar", "outlook_desktop", "en",
        ["parent-writes", "adult-writes", "writes-for-kid", "child-named-as-identity",
         "work-account", "disclaimer", "mixed-language", "arabic", "flanders", "age-15"],
        ("Tarek Mansour", "tarek.mansour@solvanta.example"),
        """Hello,

I am writing about my son [[Omar]], he is 15. He told me last week that he thinks he is bisexual. I did not react well, I said things I regret.
I was raised in Cairo, for us this was never spoken about. ربنا يهديني
I love my son. I want to know how to talk to him now without making it worse.
Do you also help parents, or only young people?

Regards,""",
        subject="Question from a father",
        sig="""[[Tarek Mansour]]
Senior Process Engineer
[[Solvanta Chemicals NV]] | [[Haven 1053, 2030 Antwerpen]]
M [[+32 478 55 61 09]]

This e-mail and any attachments may contain confidential information and are intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""),
    seeker(
        "h7m-tita-taglish", "gmail_android", "en",
        ["one-phrase-a-line", "mixed-language", "tagalog", "brussels", "age-14", "kid-writes",
         "identity-in-text"],
        ("Jhenica Dela Cruz", "jhenica.dc@gmail.example"),
        """hi po
14 yrs old
filipina
my tita hits me when i dont finish cleaning
nakakapagod na talaga
mama is in dubai working
i cant tell her she will worry
[[Jhen]]""",
        subject="hi"),
    seeker(
        "h7m-head-of-year", "outlook_web", "en",
        ["teacher-writes", "adult-writes", "writes-for-kid", "school-account", "work-account",
         "mixed-language", "polish", "brussels", "age-13"],
        ("Helen Whitfield", "h.whitfield@stcolumba-school.example"),
        """Dear Lumi,

One of my Year 9 students asked me to send this on her behalf. She is 13 and has written it herself; I have not changed anything. She would like to receive the answer through me for now.

"i dont know how to say this but i think about dying a lot. not like i will do something. just that it would be easier. my parents are fighting about the divorce and they both ask me to choose. nie chcę wybierać."

(The last sentence is Polish: "I don't want to choose.")

Kind regards,""",
        subject="On behalf of a student",
        sig="""[[Helen Whitfield]]
Head of Year 9 | Pastoral Lead
[[St. Columba International School]]
[[Avenue des Érables 40, 1410 Waterloo]]
[[+32 2 555 70 18]]"""),
    seeker(
        "h7m-eritrea-one-line", "samsung", "en",
        ["one-long-line", "mixed-language", "tigrinya", "flanders", "age-15", "kid-writes",
         "identity-in-text"],
        ("Selam Tesfay", "selamtesfay15@gmail.example"),
        """hello my name is [[Selam]] i am 15 i come from eritrea i live in mechelen with my aunt she is good but her husband is not good he say i must cook and clean and not go outside with friends only school and church i am tired ኣዝየ ደኺመ i want to live like normal girl here can you help me please""",
        subject=""),
    seeker(
        "h7m-biscuit-html", "yahoo", "en",
        ["html-only", "age-10", "kid-writes", "no-identity-in-body", "grief"],
        ("Theo Williams", "theo.williams.2015@yahoo.example"),
        """hello
i am 10
my dog died yesterday
his name was Biscuit
everyone says its just a dog
its not just a dog""",
        subject="my dog", html="only"),
    seeker(
        "h7m-pidgin-caps", "huawei", "en",
        ["all-caps", "mixed-language", "pidgin", "wallonia", "diaspora", "age-16", "kid-writes",
         "contact-offered", "identity-in-text"],
        ("Esther Fomban", "estherfomban@gmail.example"),
        """PLEASE I NEED HELP
I BE 16 YEARS
MY MAMA DON DIE LAST YEAR AND NOW MY PAPA WIFE DEY TREAT ME LIKE SLAVE
I NO FIT TALK FOR HOUSE
ABEG HELP ME
CALL ME [[0489 31 72 50]] AFTER 4PM ONLY
[[ESTHER]]""",
        subject="HELP"),
    seeker(
        "h7m-friend-in-pe", "iphone", "en",
        ["friend-writes", "writes-for-kid", "mixed-language", "dutch", "brussels", "age-14",
         "contact-offered", "identity-in-text"],
        ("Maya Van Hove", "maya.vanhove08@icloud.example"),
        """hey so my friend told me something and she made me promise not to tell but i think she needs help
she cuts herself, i saw it in PE
i dont want to break her trust
shes 14, we're in the same school in Brussels (the european one)
ik weet echt niet wat ik moet doen
you can reach me on snap if its easier: [[maya.vh.08]]""",
        subject="my friend"),

    # ------------------------------------------------------------------ Dutch
    seeker(
        "h7m-malpa-adres", "v7smx_onet", "nl",
        ["new-shape", "written-out-address", "client-line-in-family-language",
         "mixed-language", "polish", "flanders", "age-14", "kid-writes", "contact-offered",
         "identity-in-text"],
        ("Kacper Wiśniewski", "kacper.wisniewski@onet.example"),
        """hallo
ik ben 14 jaar en ik woon in gent
mijn papa drinkt elke dag wodka en dan is hij heel boos
mama zegt niks tegen niemand zeggen
ale ja już nie mogę
mijn andere mail is [[kacper.w2011 małpa onet kropka example]] daar kijkt papa niet""",
        subject="papa", from_style="ew"),
    seeker(
        "h7m-irem-hoofdletters", "gmail_android", "nl",
        ["new-shape", "dotted-capital-i", "all-caps", "mixed-language", "turkish", "flanders",
         "age-16", "kid-writes", "identity-in-text"],
        ("İrem Yılmaz", "irem.yilmaz.08@gmail.example"),
        """SLM
IK BEN [[İREM]], 16
MIJN OUDERS HEBBEN MIJN GSM AFGEPAKT OMDAT IK MET EEN JONGEN SPRAK
NU MAG IK NIET MEER NAAR DE VERJAARDAG VAN MIJN VRIENDIN
ANNEM DİYOR Kİ "NAMUSUMUZU DÜŞÜN"
IK SCHRIJF VAN DE LAPTOP VAN SCHOOL""",
        subject="HELP", from_style="ew"),
    seeker(
        "h7m-plus-code-borgerhout", "outlook_android", "nl",
        ["new-shape", "plus-code", "location", "mixed-language", "tamazight", "flanders",
         "age-12", "kid-writes", "contact-offered", "identity-in-text"],
        ("Ilias Amzough", "ilias.amzough@hotmail.example"),
        """hallo
ik ben 12
mijn broer zit in de gevangenis en nu zeggen ze op school dat ik ook een crimineel ben
thuis huilt mama de hele tijd
ur ẓriɣ mani ad ruḥeɣ (ik weet niet waar naartoe)
als jullie iemand sturen ons huis is hier [[4G6P+7W Borgerhout]], de deur met het groene hekje""",
        subject="school"),
    seeker(
        "h7m-rijksregister-west", "telenet_webmail", "nl",
        ["new-shape", "national-number", "date-of-birth", "west-flemish", "dialect",
         "flanders", "age-17", "kid-writes", "identity-in-text", "legacy-charset"],
        ("Febe Vanhoutte", "febe.vanhoutte@telenet.example"),
        """goeiendag
'k zie da ge moet anoniem zyn mo 'k ee liever da ge weet wie da'k ben
'k zyn [[Febe]], geboren [[03/09/2008]], rijksregisternummer [[08.09.03-214.37]]
'k zitte in 't zesde middelbaar in Roeselare
mn moeder zegt da 'k te dik zyn en ze geeft me gin eten meer as 'k nie afvalle
'k een nu al 6 kilo verloren en 'k valle bykans flauw in de les""",
        subject="eten", charset="iso-8859-1"),
    seeker(
        "h7m-voogd-nbmv", "outlook_desktop", "nl",
        ["new-shape", "guardian-writes", "adult-writes", "writes-for-kid", "mixed-language",
         "farsi", "flanders", "age-15"],
        ("Pieter Claeys", "pieter.claeys@skynet.example"),
        """Goedemiddag,

Ik ben voogd van een Afghaanse jongen van 15 (niet-begeleide minderjarige). Hij vroeg me om jullie te mailen, hij durft zelf nog niet.
Hij is homo en in het opvangcentrum wordt hij uitgescholden en bedreigd door andere bewoners. Hij zegt: "man injā amn nistam" (ik ben hier niet veilig).
Een overplaatsing aanvragen duurt weken. Kunnen jullie hem rechtstreeks helpen of doorverwijzen? Hij spreekt Engels en wat Nederlands.

Met vriendelijke groeten,""",
        subject="Vraag voor een NBMV",
        sig="""[[Pieter Claeys]]
Voogd NBMV – erkend door de [[Dienst Voogdij]]
[[0472 18 33 95]]"""),
    seeker(
        "h7m-varke-ipad", "ipad", "nl",
        ["dyslexic-spelling", "tussentaal", "parent-account", "not-own-account",
         "mixed-language", "arabic", "flanders", "age-11", "kid-writes", "identity-in-text"],
        ("Karim Bouzid", "karim.bouzid@telenet.example"),
        """ey
ik ben 11 jaar
ik wort gepest omdat ik dik ben ze zegen dat ik een varke ben
en da is haram zeggen ze dan lache ze
ik wil nie mer na school
mijn mama weet et nie
[[Adam]]""",
        subject="gepest"),
    seeker(
        "h7m-smartschool-bus", "smartschool", "nl",
        ["school-account", "html-only", "mixed-language", "arabic", "flanders", "age-13",
         "kid-writes"],
        ("Hiba El Ouardi", "hiba.elouardi@sjcb.smartschool.example"),
        """hallo
ik ben in het 2de middelbaar
een jongen uit het 4de stuurt mij elke avond berichten dat hij me gaat opwachten aan de bus
ik heb het aan mijn klastitularis gezegd maar zij zegt dat ik hem moet blokkeren
dat helpt niet, hij maakt nieuwe accounts
ya rabbi""",
        subject="bus", html="only",
        sig="""[[Hiba El Ouardi]] – [[2B]]
[[Sint-Jozefscollege Borgerhout]]
Dit bericht werd verstuurd via het leerlingenplatform."""),
    seeker(
        "h7m-antwoord-clb-mama", "gmail_web", "nl",
        ["reply-quoted", "mixed-language", "ukrainian", "flanders", "age-15", "kid-writes",
         "no-identity-in-body"],
        ("Oleksandra Bondarenko", "sasha.bondarenko@gmail.example"),
        """dank u voor jullie antwoord
ik heb met de CLB-mevrouw gesproken zoals jullie zeiden
ze was lief maar ze wil mijn mama bellen en dat wil ik niet
мама і так плаче щодня
mag ik nog eens schrijven als het slecht gaat?""",
        subject="Re: thuis", quote=LUMI_NL),
    seeker(
        "h7m-stiefmoeder-bloemen", "apple_mail", "nl",
        ["step-parent-account", "parent-account", "not-own-account", "chosen-name", "flanders",
         "age-14", "kid-writes", "identity-in-text"],
        ("Katrien Meert", "katrien@bloemenatelier-aalst.example"),
        """hoi
dit is de mail van mijn stiefmoeder maar ze weet dat ik schrijf, zij is de enige die me steunt
ik ben een trans jongen van 14, op school gebruiken ze nog mijn deadname
mijn echte naam is [[Wout]]
mijn papa zegt dat het een fase is en noemt me nog altijd [[Elise]]
hoe vraag ik aan de directie dat ze mijn naam veranderen in smartschool?""",
        subject="naam",
        sig="""[[Katrien Meert]]
Zaakvoerder
[[Bloemenatelier Aalst]]
[[Markt 14, 9300 Aalst]]
[[053 71 22 48]]"""),
    seeker(
        "h7m-koerdisch-neef", "samsung", "nl",
        ["one-phrase-a-line", "mixed-language", "kurdish", "flanders", "age-13", "kid-writes",
         "no-identity-in-body"],
        ("Rojda Aslan", "rojda.aslan10@gmail.example"),
        """hallo
ik ben 13
mijn neef van 19 wil met mij trouwen zegt mijn oma
ez natirsim lê ez naxwazim
ik wil dokter worden
niemand luistert
help""",
        subject="help"),
    seeker(
        "h7m-zus-voor-emir", "gmail_ios", "nl",
        ["sibling-writes", "writes-for-kid", "child-named-as-identity", "mixed-language",
         "turkish", "flanders", "age-10", "identity-in-text"],
        ("Zeynep Kaya", "zeynep.kaya.2007@gmail.example"),
        """Hallo,
ik ben 18 en ik schrijf voor mijn broertje [[Emir]] van 10.
Sinds onze opa gestorven is zegt hij dingen zoals "ik wil bij dede zijn" en hij tekent graven.
Mijn ouders denken dat het normaal rouwen is maar ik maak me zorgen.
Dedemiz onu çok severdi.
Kan een kind van 10 zelf met jullie praten? Hij kan al goed typen.
Groetjes,
[[Zeynep]]""",
        subject="mijn broertje"),
    seeker(
        "h7m-sranan-rotterdam", "v7smx_ziggo", "nl",
        ["mixed-language", "sranan", "netherlands", "age-15", "kid-writes", "contact-offered",
         "identity-in-text"],
        ("Shanaya Pinas", "shanaya.p@ziggo.example"),
        """yo
ben 15 en woon in rotterdam zuid
me moeder heeft een nieuwe vriend en die doet raar tegen me, komt steeds binnen als ik me aankleed
mi no sabi san fu du
me tante in suriname zou het snappen maar die is ver
kan ik jullie appen? [[06 41 27 83 90]]""",
        subject="vraag"),
    seeker(
        "h7m-mail-aan-mezelf", "outlook_web", "nl",
        ["adversary-content", "looks-like-forward-header", "looks-like-client-line",
         "html-only", "flanders", "age-16", "kid-writes", "no-identity-in-body"],
        ("Lotte Goossens", "lotte.goossens@outlook.example"),
        """Van: mij
Aan: niemand
Onderwerp: alles

ik schrijf dit zoals een mail aan mezelf omdat de psycholoog zei dat dat helpt
maar ik stuur het naar jullie omdat ik wil dat iemand het leest
ik ben 16 en ik heb al een jaar geen vriendinnen meer
elke pauze zit ik op de wc met mijn gsm
Verzonden vanaf mijn eenzaamheid""",
        subject="alles", html="only"),
    seeker(
        "h7m-spraak-molenbeek", "iphone", "nl",
        ["voice-dictation", "one-long-line", "mixed-language", "darija", "brussels", "age-14",
         "kid-writes", "identity-in-text"],
        ("Bilal Ouazzani", "bilal.ouazzani@icloud.example"),
        """hallo ik ben [[Bilal]] en ik ben 14 jaar punt ik zit op school in Molenbeek en mijn leerkracht zegt altijd dat ik dom ben komma voor heel de klas punt wallah ik doe mijn best maar ik heb dyslexie en niemand gelooft me uitroepteken wat moet ik doen vraagteken""",
        subject="leerkracht"),
    seeker(
        "h7m-vriendin-haar-mail", "gmail_android", "nl",
        ["friend-account", "not-own-account", "account-holder-named", "mixed-language",
         "english", "flanders", "age-15", "kid-writes"],
        ("Jana Verbruggen", "jana.verbruggen@gmail.example"),
        """hey dit is nie [[Jana]] maar haar beste vriendin, ik heb geen mail
ik ben 15
mijn ma heeft mijn gsm afgepakt omdat ze zag dat ik met een meisje sta
she literally said dat ik geen dochter meer van haar ben
ik slaap nu bij [[jana]] maar dat kan nie lang
antwoord hier maar [[jana]] weet ervan 💜""",
        subject="hulp"),
]
