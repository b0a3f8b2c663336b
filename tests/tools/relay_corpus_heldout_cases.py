# ruff: noqa: E501  (the bodies are hand-written data: a line per sentence reads better than wrapped)
"""Hand-written bodies of the HELD-OUT relay-text corpus (rendered by relay_corpus_heldout.py).

Markup in bodies and signatures: [[...]] = identity span, <<...>> = neither content nor identity
(a #thema: tail). Everything else in `body` is the writer's own words (content); `sig`, client
lines and quotes are neither, except their [[...]] parts. All people, addresses and numbers are
invented; domains end in .example.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case, name_parts


def S(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug, "seeker", shape, lang, tags, sender, body, **kw)  # type: ignore[arg-type]


def V(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      quote: str, nickname: str, **kw: object) -> Case:
    kw.setdefault("note_lang", lang if lang != "en" or "note-en" in tags else "nl")
    return Case(slug, "volunteer", shape, lang, tags, sender, body, quote=quote,  # type: ignore[arg-type]
                nickname=nickname, volunteer=kw.pop("volunteer", sender[1]), **kw)  # type: ignore[arg-type]


def who(display: str, addr: str) -> list[str]:
    """The identity strings of a name and address found in a header other than From."""
    return name_parts(display) + [addr]


# First names that occur only in signatures or running text (display names supply the rest).
EXTRA_FIRST_NAMES = frozenset({"Johan", "Philippe", "Geert", "Katrien", "Lars", "Aiden", "River", "Robin",
                               "Wim", "Olivia"})

PARENT_DISCLAIMER = (
    "Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de\n"
    "geadresseerde(n). Indien u dit bericht verkeerdelijk ontvangen heeft, gelieve de afzender\n"
    "te verwittigen en het bericht te verwijderen."
)

SEEKERS: list[Case] = [
    S("gmail-android-oneliner", "gmail_android", "nl", ["one-liner", "no-punctuation", "gmail"],
      ("", "xxlotte2010xx@gmail.example"),
      "ik denk dat ik lesbisch ben wat moet ik doen", subject="", from_style="bare"),
    S("iphone-one-phrase-a-line", "iphone", "nl",
      ["one-phrase-a-line", "no-punctuation", "tussentaal", "apple", "own-name-in-text", "phone"],
      ("Wout", "wout.vdb@icloud.example"),
      "hey\n"
      "ik ben [[Wout]]\n"
      "ik zit in het 4de middelbaar\n"
      "ik vind jongens leuk\n"
      "kweet nie of da normaal is\n"
      "mijn ouders weten van niks\n"
      "help",
      subject="vraag"),
    S("gmail-web-rambling-tussentaal", "gmail_web", "nl", ["tussentaal", "gmail", "own-name-in-text"],
      ("Jana Wouters", "jana.wouters07@gmail.example"),
      "Hallo\n\n"
      "amai ik weet eigenlijk niet goed hoe ik hier moet beginnen want ik heb dit nog nooit tegen iemand "
      "gezegd en tis ook wel raar om het te typen naar iemand die ik niet ken maar ok. ik ben 16 en ik zit "
      "op internaat in Lier en er is een meisje in mijn klas en ik denk de hele tijd aan haar, zoals echt "
      "de hele tijd, ook als ik ga slapen. da's toch nie normaal als ge gewoon vriendinnen zijt? mijn "
      "mama zegt altijd da ik later met een goeie vent moet trouwen dus ik kan da thuis echt nie vertellen.\n\n"
      "sorry voor de lange mail\n"
      "[[Jana]]",
      subject="ik weet het niet meer"),
    S("parent-account-outlook-disclaimer", "outlook_desktop", "nl",
      ["parent-account", "signature", "disclaimer", "outlook", "own-name-in-text", "no-punctuation"],
      ("Fam. Peeters", "fam.peeters@telenet.example"),
      "hallo dit is [[Robbe]] niet mijn papa\n"
      "ik gebruik zijn mail want ik heb zelf geen\n"
      "ik ben 14 en ik denk dat ik bi ben\n"
      "kunnen jullie mij iets terugsturen maar niet te duidelijk want hij leest soms mee",
      sig="Met vriendelijke groeten,\n\n[[Johan Peeters]]\n[[Kapelstraat 14]]\n[[2870 Puurs]]\n"
          "GSM: [[0476 21 43 65]]\n\n" + PARENT_DISCLAIMER,
      subject="RE: factuur schooluitstap", crlf=True),
    S("gmail-android-french-jsp", "gmail_android", "fr", ["french", "no-punctuation", "gmail", "one-phrase-a-line"],
      ("Inès", "ines.mrtn@gmail.example"),
      "slt\n"
      "jsp si c'est le bon endroit\n"
      "mes parents savent pas que je suis bi\n"
      "et ma meilleure amie l'a dit à toute la classe\n"
      "je veux plus aller à l'école 😞",
      subject=""),
    S("iphone-english-emoji", "iphone", "en", ["english", "emoji", "apple", "one-liner"],
      ("Sam", "sam.okafor@icloud.example"),
      "is it weird that i don't feel like a boy or a girl 🫠🫠", subject="question"),
    S("samsung-emoji-only-lines", "samsung", "nl",
      ["emoji", "samsung", "no-punctuation", "one-phrase-a-line", "own-name-in-text"],
      ("", "noor.ds@hotmail.example"),
      "ik heb het gezegd tegen mijn mama\n"
      "😭😭😭\n"
      "ze was niet boos\n"
      "ze zei dat ze het al wist\n"
      "🏳️‍🌈❤️\n"
      "- [[Noor]]",
      subject="ik heb het gedaan", from_style="bare"),
    S("outlook-school-signature", "outlook_web", "nl", ["signature", "outlook", "school-account"],
      ("Tibo Maes", "tibo.maes@leerling.sintjozef.example"),
      "Beste,\n\n"
      "Ik word op school gepest omdat ze denken dat ik homo ben. Ze schrijven dingen op mijn bank en in de "
      "klasgroep. Mijn leerkracht zegt dat ik het moet negeren. Wat kan ik nog doen?\n\n"
      "Groetjes",
      sig="[[Tibo Maes]]\nLeerling [[5 ECWI]]\n[[Sint-Jozefscollege Hasselt]]\n[[Kolonel Dusartplein 24]], "
          "[[3500 Hasselt]]\nwww.[[sintjozef.example]]",
      subject="pesten", identity=["leerling.sintjozef.example"]),
    S("thunderbird-dash-sig-trans", "thunderbird", "nl", ["signature", "thunderbird", "own-name-in-text"],
      ("Mila Goossens", "mila@goossens-thuis.example"),
      "Dag,\n\n"
      "Mijn naam is [[Mila]], ik ben 17. Ik ben trans (mtf) maar nog niet uit de kast bij mijn ouders. "
      "Ik zou graag naar een genderteam gaan maar ik weet niet of dat kan zonder hun toestemming.\n"
      "Hoe lang is de wachtlijst ongeveer?\n\n"
      "Alvast bedankt!",
      sig="[[Mila Goossens]]\n[[+32 489 55 12 07]]", sig_dash=True,
      subject="genderteam", identity=["goossens-thuis.example"]),
    S("yahoo-french-long", "yahoo", "fr", ["french", "yahoo", "own-name-in-text", "rambling"],
      ("Lucas Dubois", "lucas.dubois2008@yahoo.example"),
      "Bonjour,\n\n"
      "je m'appelle [[Lucas]], j'ai 16 ans et j'habite à Bruxelles. Depuis quelques mois je me pose "
      "beaucoup de questions sur moi, je crois que je suis gay mais j'ai peur de le dire à mon père parce "
      "qu'il fait tout le temps des blagues sur les homos. Ma mère je pense qu'elle comprendrait. "
      "Est-ce que c'est mieux de le dire d'abord à elle ?\n\n"
      "merci d'avance",
      subject="besoin de conseils"),
    S("proton-english-nonbinary-sig-html-only", "proton", "en",
      ["english", "proton", "signature-only-in-html", "signature", "own-name-in-text"],
      ("river", "river.k@proton.example"),
      "hi, i'm [[River]] (they/them), 19\n"
      "my uni residence has gendered floors and i don't know who to talk to about it\n"
      "is there anyone at your place who knows about housing stuff?",
      sig="[[River Kowalski]]\nthey/them", sig_in="html", subject="housing question"),
    S("gmail-web-written-out-address", "gmail_web", "nl",
      ["written-out-address", "gmail", "own-name-in-text", "no-punctuation"],
      ("", "anoniempje.2009@gmail.example"),
      "hoi ik ben [[Kato]]\n"
      "dit is een geheim account\n"
      "als ge iets wil terugsturen stuur het naar mijn echte mail aub\n"
      "[[kato punt wouters apenstaartje skynet punt example]]\n"
      "want deze check ik bijna nooit",
      subject="", from_style="bare"),
    S("outlook-desktop-logo-inline", "outlook_desktop", "nl",
      ["parent-account", "logo", "signature", "outlook", "html"],
      ("Kristel Verhoeven", "kristel@bakkerijverhoeven.example"),
      "Goedemiddag,\n\n"
      "Mijn zoon van 15 heeft me gisteren verteld dat hij homo is. Ik wil hem steunen maar ik weet niet "
      "goed hoe. Hebben jullie tips of iemand waar hij mee kan praten?\n\n"
      "Vriendelijke groet,",
      sig="[[Kristel Verhoeven]]\nZaakvoerder\n[[Bakkerij Verhoeven bv]]\n[[Markt 3]] | [[9200 Dendermonde]]\n"
          "T [[052 21 88 90]]",
      logo=("Bakkerij Verhoeven", "inline"), subject="vraag als mama",
      identity=["bakkerijverhoeven.example", "bakkerij_verhoeven_logo.png"]),
    S("encoded-name-split-french", "gmail_web", "fr", ["french", "encoded-name", "gmail", "one-liner"],
      ("Élodie Lefèvre-Dumont", "elo.lfv@gmail.example"),
      "comment on sait si on est trans ou si c'est juste une phase ?", from_style="ew-split",
      subject="question"),
    S("address-comment-nobody", "webmail", "nl", ["address-comment", "one-liner", "no-punctuation"],
      ("Senne Claes", "senne.c2008@telenet.example"),
      "is er iemand waar ik mee kan chatten vanavond", from_style="comment", subject=""),
    S("resent-from-identity", "webmail", "en", ["english", "resent-headers", "one-phrase-a-line"],
      ("", "throwaway.4.questions@mail.example"),
      "hey\n"
      "im 15\n"
      "i think im gay\n"
      "how do i know for sure\n"
      "dont reply to this address pls",
      from_style="bare", subject="hi",
      headers=[("Resent-From", "Ethan Brooks <ethan.brooks@brooksfamily.example>"),
               ("Resent-Date", "Mon, 3 Mar 2025 21:14:55 +0100"),
               ("Resent-Message-ID", "<resent-7731@brooksfamily.example>")],
      identity=who("Ethan Brooks", "ethan.brooks@brooksfamily.example") + ["brooksfamily.example"]),
    S("x-original-from-group", "gmail_web", "nl", ["resent-headers", "tussentaal", "gmail"],
      ("'Jonas V' via Regenboogclub", "regenboogclub-leuven@groups.example"),
      "is da hier juist om te vragen hoe ge iemand mee vraagt naar een date als ge nie weet of die ook "
      "op jongens valt? 😅",
      subject="date",
      headers=[("X-Original-From", "Jonas Verbruggen <jonas.verbruggen@gmail.example>"),
               ("X-Original-Sender", "jonas.verbruggen@gmail.example"),
               ("Mailing-list", "list regenboogclub-leuven@groups.example")],
      identity=who("Jonas Verbruggen", "jonas.verbruggen@gmail.example") + ["Jonas V"]),
    S("disposition-notification-only", "outlook_desktop", "nl",
      ["resent-headers", "outlook", "no-punctuation", "one-liner"],
      ("", "geheim123@outlook.example"),
      "hoe zeg ik tegen mijn lief dat ik nog niet klaar ben voor seks",
      from_style="bare", subject="vraagje",
      headers=[("Disposition-Notification-To", "\"Yasmine El Amrani\" <yasmine.elamrani@outlook.example>")],
      identity=who("Yasmine El Amrani", "yasmine.elamrani@outlook.example") + ["Amrani"]),
    S("return-receipt-to-french", "outlook_desktop", "fr", ["french", "resent-headers", "outlook"],
      ("", "mystere.b@hotmail.example"),
      "Bonsoir,\nest-ce que vous répondez aussi en français ? je préfère écrire que parler au téléphone.",
      from_style="bare", subject="",
      headers=[("Return-Receipt-To", "Baptiste Renard <baptiste.renard@hotmail.example>")],
      identity=who("Baptiste Renard", "baptiste.renard@hotmail.example")),
    S("apple-mail-zero-width-address", "apple_mail", "nl",
      ["obfuscated-address", "apple", "own-name-in-text", "html"],
      ("Ruben", "r.mertens@icloud.example"),
      "Hey,\n\n"
      "Ik ben [[Ruben]], 18. Mijn vriend en ik zijn nu een half jaar samen en zijn ouders weten het niet. "
      "Hij wil dat ik niet meer langskom. Ik voel me zo weggestoken.\n\n"
      "Mail me liefst op [[r.mer\u200btens@icl\u200boud.example]] want daar krijg ik meldingen van.\n\n"
      "[[Ruben]]",
      subject="verborgen relatie", client_line=""),
    S("iphone-soft-hyphen-address-fr", "iphone", "fr",
      ["french", "obfuscated-address", "apple", "no-punctuation"],
      ("", "zoe.petit@icloud.example"),
      "bonjour\n"
      "vous pouvez m'écrire sur [[zoe.pe\u00adtit.2009@gmail.example]] plutôt\n"
      "ma mère lit mes mails sur l'ipad",
      from_style="bare", subject=""),
    S("homoglyph-address-en", "gmail_android", "en",
      ["english", "homoglyph", "obfuscated-address", "gmail", "own-name-in-text"],
      ("Alex", "alexx.rainbow@gmail.example"),
      "Hi, it's [[Alex]] again. please use my other address from now on: "
      "[[аlex.mоrgan@gmail.example]] (not this one, my brother has the password)",
      subject="new address"),
    S("fullwidth-dot-address", "samsung", "nl", ["obfuscated-address", "samsung", "no-punctuation"],
      ("Lise", "lisev@telenet.example"),
      "als ge mij terugmailt doe het op [[lise．vermeulen＠gmail．example]]\n"
      "deze mail is van mijn zus",
      subject="", identity=[]),
    S("html-only-entity-dot", "smartschool", "nl",
      ["html-only", "obfuscated-address", "school-account", "own-name-in-text", "html"],
      ("Femke Jacobs", "femke.jacobs@leerling.kaboost.example"),
      "Hallo,\n\nik ben [[Femke]] (15). Ik wil praten over iets maar niet via mijn schoolmail. "
      "Kunnen jullie antwoorden naar [[femke.j.2010@gmail.example]]?\n\nDank u",
      html="only",
      html_own="<p>Hallo,</p><p>ik ben Femke (15). Ik wil praten over iets maar niet via mijn schoolmail. "
               "Kunnen jullie antwoorden naar femke&#46;j&#46;2010&#64;gmail&#46;example?</p><p>Dank u</p>",
      subject="vraag",
      identity=["femke&#46;j&#46;2010&#64;gmail&#46;example", "leerling.kaboost.example"]),
    S("phone-number-in-text", "gmail_android", "nl",
      ["phone-number", "gmail", "no-punctuation", "own-name-in-text", "tussentaal"],
      ("Yentl", "yentl.d@gmail.example"),
      "kunt ge mij bellen aub ik kan nie goe typen over dit\n"
      "[[0472 93 18 44]]\n"
      "na 16u want dan is school gedaan\n"
      "[[Yentl]]",
      subject="bellen?"),
    S("sig-lookalike-lines", "gmail_web", "nl",
      ["gmail", "one-phrase-a-line", "no-punctuation", "signature-lookalike"],
      ("", "blub.blub99@gmail.example"),
      "ik wil niet meer\n"
      "niemand weet dat ik trans ben\n"
      "ik ben 15\n"
      "bel 1712?\n"
      "of is dat enkel voor geweld",
      from_style="bare", subject=""),
    S("outlook-web-english-long", "outlook_web", "en",
      ["english", "outlook", "rambling", "own-name-in-text"],
      ("Hannah Lee", "hannah.lee@outlook.example"),
      "Hello,\n\n"
      "My name is [[Hannah]] and I'm an exchange student in Gent this year (I'm 17, from Canada). "
      "Back home I was out as bi to my friends but here I don't know anyone queer and my host family "
      "is quite religious. They're nice but I hear how they talk. I feel really lonely and I can't tell "
      "if it's homesickness or something else.\n\n"
      "Are there groups for young people in Gent that speak English?\n\n"
      "Thanks so much,\n"
      "[[Hannah]]",
      subject="lonely exchange student"),
    S("parent-account-french-signature", "outlook_desktop", "fr",
      ["french", "parent-account", "signature", "disclaimer", "outlook", "own-name-in-text"],
      ("Famille Lambert", "famille.lambert@skynet.example"),
      "bonjour c'est [[Chloé]] pas mes parents\n"
      "j'ai 13 ans\n"
      "je crois que j'aime les filles\n"
      "est-ce que c'est trop tôt pour savoir ?",
      sig="Cordialement,\n\n[[Philippe Lambert]]\n[[Rue des Tilleuls 8]]\n[[1300 Wavre]]\n"
          "Tél. : [[010 22 45 67]]\n\n"
          "Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le détruire.",
      subject="TR: réunion de parents",
      headers=[("Content-Language", "fr-be")]),
    S("gmail-english-no-punct", "gmail_android", "en", ["english", "no-punctuation", "gmail", "one-liner"],
      ("Jay", "jaymoon2007@gmail.example"),
      "how do i tell my mom im trans without her crying", subject=""),
    S("iphone-english-phrase-lines", "iphone", "en",
      ["english", "one-phrase-a-line", "apple", "own-name-in-text", "emoji"],
      ("", "noah.w@icloud.example"),
      "hey\n"
      "this is [[Noah]]\n"
      "my boyfriend broke up with me\n"
      "because i wasnt out\n"
      "i feel like trash\n"
      "💔\n"
      "xx [[Noah]]",
      from_style="bare", subject="", identity=[]),
    S("thunderbird-french-dash-sig", "thunderbird", "fr",
      ["french", "signature", "thunderbird", "phone-number"],
      ("Yanis Haddad", "yanis.haddad@voo.example"),
      "Bonjour,\n\n"
      "Je suis en 5e secondaire et je suis harcelé parce qu'on pense que je suis gay. "
      "Je ne le suis pas forcément, je sais pas. Est-ce qu'on peut en parler ?\n\n"
      "Merci",
      sig="[[Yanis Haddad]]\n[[0485 70 21 33]]", sig_dash=True, subject="harcèlement"),
    S("samsung-french-emoji", "samsung", "fr", ["french", "emoji", "samsung", "one-liner"],
      ("Manon", "manon.q@gmail.example"),
      "j'ai embrassé une fille à la soirée et maintenant tout le monde en parle 😳😳", subject=""),
    S("yahoo-nl-oneliner", "yahoo", "nl", ["yahoo", "one-liner", "no-punctuation", "tussentaal"],
      ("", "stijn_2009@yahoo.example"),
      "moet ik het zeggen tegen mijn beste vriend of nie", from_style="bare", subject="?"),
    S("outlook-mobile-nl", "outlook_mobile", "nl", ["outlook", "html", "own-name-in-text"],
      ("Lore Van Damme", "lore.vandamme@outlook.example"),
      "Hoi,\n"
      "Ik ben [[Lore]], 20 jaar, en sinds kort in een relatie met een meisje. Mijn oma is heel belangrijk "
      "voor mij en ik wil het haar vertellen maar ze is 84. Is dat egoïstisch?\n"
      "Groetjes [[Lore]]",
      subject="oma"),
    S("gmail-web-multipart-sig-differs", "gmail_web", "en",
      ["english", "gmail", "signature", "signature-only-in-html", "html"],
      ("Olivia Martens", "olivia.martens@gmail.example"),
      "Hi there,\n\n"
      "quick question: do you also help people over 25? I'm 26 and only now figuring out I'm ace. "
      "If not, no worries.\n\n"
      "Best,\n"
      "[[Liv]]",
      sig="[[Olivia Martens]] | Junior Designer\n[[Studio Noord]] · [[Noorderlaan 112, 2030 Antwerpen]]\n"
          "[[+32 3 555 01 23]]",
      sig_in="html", subject="age limit?"),
    S("apple-mail-reply-quoting-helpline", "apple_mail", "nl",
      ["apple", "quoted-reply", "own-name-in-text", "tussentaal"],
      ("Jens Aerts", "jens.aerts@icloud.example"),
      "merci voor jullie antwoord\n"
      "ik heb het gisteren gezegd tegen mijn broer en hij reageerde super chill\n"
      "amai wat een opluchting\n\n"
      "[[Jens]]",
      subject="Re: Je vraag", client_line="",
      quote="Dag,\n\nFijn dat je ons schreef. Je mag altijd terugschrijven als je wil vertellen hoe het ging.\n\n"
            "Groetjes,\nLumi"),
    S("gmail-reply-quoting-french", "gmail_web", "fr", ["french", "gmail", "quoted-reply", "one-liner"],
      ("Sarah B", "sarah.b.2007@gmail.example"),
      "ok merci je vais essayer de lui parler ce week-end 🙏", subject="Re: Ta question",
      quote="Bonjour,\n\nMerci pour ton message. Tu peux nous réécrire quand tu veux.\n\nL'équipe Lumi"),
    S("blackberry-parent-work", "blackberry", "nl",
      ["parent-account", "blackberry", "signature", "disclaimer"],
      ("Dirk Willems", "dirk.willems@stad-mechelen.example"),
      "Goeiedag,\n"
      "Mijn dochter (16) zegt dat ze non-binair is en wil een andere naam. Ik wil het goed doen maar ik "
      "vergis me steeds. Is er een praatgroep voor ouders?\n"
      "Dank",
      sig="[[Dirk Willems]]\nDiensthoofd [[Mobiliteit]]\n[[Stad Mechelen]]\n[[Grote Markt 21]], "
          "[[2800 Mechelen]]\n[[015 29 70 00]]\n\n"
          "Dit e-mailbericht is enkel bestemd voor de geadresseerde. [[Stad Mechelen]] is niet "
          "aansprakelijk voor de inhoud.",
      subject="vraag ouder", identity=["stad-mechelen.example"]),
    S("no-display-name-end-name", "webmail", "nl", ["no-display-name", "own-name-in-text"],
      ("", "pieter.hendrickx@scarlet.example"),
      "Dag,\n\nIk ben 22 en ik ben nooit verliefd geworden. Op niemand. Is er iets mis met mij?\n\n"
      "[[Pieter]]", from_style="bare", subject="niet verliefd",
      identity=["Pieter", "Hendrickx"]),
    S("html-only-gmail-style-fr", "gmail_web", "fr", ["french", "html-only", "html", "own-name-in-text"],
      ("Anaïs", "anais.vdb@gmail.example"),
      "coucou\n\n"
      "c'est [[Anaïs]], je vous avais écrit la semaine passée. j'ai parlé à la psy de l'école et ça m'a "
      "aidée. merci beaucoup 💜",
      html="only", subject="merci", from_style="ew"),
    S("english-parent-account-mum", "outlook_web", "en",
      ["english", "parent-account", "signature", "own-name-in-text", "one-phrase-a-line"],
      ("Karen Smith", "karen.smith@smithfamily.example"),
      "hi its [[Leo]] on my mums email\n"
      "i'm 12\n"
      "is it ok to be gay at 12\n"
      "dont reply with anything about gay in the subject pls",
      sig="[[Karen Smith]]\nSenior Accountant\n[[Hollis & Partners]]\n[[Kunstlaan 40, 1000 Brussels]]\n"
          "Mob: [[+32 478 11 22 33]]",
      subject="", identity=["smithfamily.example"]),
    S("gmail-android-tussentaal-bully", "gmail_android", "nl",
      ["tussentaal", "no-punctuation", "gmail", "one-phrase-a-line", "emoji"],
      ("Ferre", "ferre.jacobs10@gmail.example"),
      "ze noemen mij flikker op de bus\n"
      "elke dag\n"
      "tis nie eens waar\n"
      "en als het wel waar was wa dan\n"
      "😡",
      subject=""),
    S("iphone-long-mixed-lang", "iphone", "nl", ["apple", "rambling", "english-mix", "own-name-in-text"],
      ("Elias", "elias.p@icloud.example"),
      "ok so\n\n"
      "ik ben [[Elias]] en ik ben 17 en ik denk dat ik trans ben, like I've known for a long time honestly. "
      "mijn vrienden weten het en noemen me [[Elias]] maar thuis en op school heet ik nog mijn oude naam. "
      "kan ik op school vragen om mijn naam te veranderen in smartschool zonder dat mijn ouders het "
      "weten? ik zit in Brugge\n\n"
      "thx",
      subject="naam op school"),
    S("outlook-desktop-en-reply-block", "outlook_desktop", "en",
      ["english", "outlook", "quoted-reply", "signature"],
      ("Daniel Nowak", "d.nowak@nowak-it.example"),
      "Hi,\n\nThanks for getting back to me. I talked to my dad and it went better than I feared.\n"
      "I'll write again if I need to.\n\n[[Daniel]]",
      sig="[[Daniel Nowak]]\n[[Nowak IT Services]]\n[[+32 470 98 76 54]]",
      subject="RE: Your question", quote="Hi,\n\nThank you for writing to us. How did the talk with your dad go?\n\nLumi",
      identity=["Daniel", "nowak-it.example"], headers=[("Content-Language", "en-gb")]),
]

SEEKERS += [
    S("logo-as-attachment-cid", "outlook_desktop", "nl",
      ["parent-account", "logo", "signature", "outlook", "disclaimer", "own-name-in-text"],
      ("Vandenbroucke Bouw NV", "info@vandenbrouckebouw.example"),
      "Hallo\n\nIk ben [[Arne]], de zoon van de baas. Ik mail van hier omdat ik thuis geen computer heb. "
      "Ik ben 16 en ik ben verliefd op een jongen uit mijn jeugdbeweging. Hij weet het niet. "
      "Moet ik het zeggen op kamp of beter niet?\n\nmvg",
      sig="[[Vandenbroucke Bouw NV]]\n[[Industrieweg 7]] - [[8800 Roeselare]]\nTel. [[051 20 30 40]]\n"
          "BTW [[BE 0456.789.123]]\n\n" + PARENT_DISCLAIMER,
      logo=("Vandenbroucke Bouw", "attachment"), subject="vraag", crlf=True,
      identity=["vandenbrouckebouw.example"]),
    S("emoji-only-mail", "gmail_android", "nl", ["emoji", "one-liner", "emoji-only", "gmail"],
      ("", "m.0912@gmail.example"),
      "🏳️‍⚧️❓😢", from_style="bare", subject="?"),
    S("arobase-written-out-fr", "gmail_web", "fr",
      ["french", "written-out-address", "gmail", "own-name-in-text", "no-punctuation"],
      ("", "comptesecret.xx@gmail.example"),
      "salut c'est [[Emma]]\n"
      "répondez moi plutôt sur [[emma point leroy arobase outlook point example]]\n"
      "merci\n"
      "ah et j'ai 14 ans", from_style="bare", subject="salut"),
    S("spaced-address-nl", "iphone", "nl",
      ["written-out-address", "apple", "no-punctuation", "one-phrase-a-line"],
      ("", "gast2011@icloud.example"),
      "mijn mama kan deze mail zien\n"
      "stuur naar [[sam @ gezin . example]]\n"
      "ik ben nonbinair denk ik\n"
      "en ik wil praten", from_style="bare", subject=""),
    S("street-in-text-town-content", "samsung", "nl",
      ["own-name-in-text", "samsung", "street-address", "tussentaal"],
      ("Lars", "lars.vanimpe@telenet.example"),
      "hallo ik ben [[Lars Van Impe]] en ik woon in de [[Dorpsstraat 58]] in Zele. "
      "kunnen jullie iemand sturen om mee te praten want ik durf nie naar het CLB te gaan. "
      "mijn ouders mogen het nie weten da ik op jongens val",
      subject="hulp"),
    S("school-html-signature-en", "outlook_web", "en",
      ["english", "school-account", "signature", "outlook", "one-liner"],
      ("Mia Verbeke", "mia.verbeke@students.isa-brussels.example"),
      "can i come to a meeting if i'm questioning but not sure yet?",
      sig="[[Mia Verbeke]]\nGrade 10 – [[International School of Antwerp-Brussels]]\n"
          "This email is intended for school use only.",
      subject="meeting", identity=["students.isa-brussels.example"]),
    S("gmail-nl-name-in-greeting", "gmail_web", "nl", ["gmail", "own-name-in-text", "one-liner"],
      ("Lien Janssens", "lien.janssens@gezin.example"),
      "Hallo, ik ben [[Lien]] en ik heb een vraag over mijn vriendin: hoe weet je of het meer is dan vriendschap?",
      subject="vraag", identity=["gezin.example"]),
    S("outlook-windows1252-fr", "outlook_desktop", "fr", ["french", "outlook", "signature", "html"],
      ("Hugo Marchal", "hugo.marchal@proximus.example"),
      "Bonjour,\n\nJ'ai 19 ans et je viens de faire mon coming-out à mes parents. Ma mère pleure tous les "
      "soirs depuis. Est-ce que ça va passer ? Je me sens coupable.\n\nBien à vous,",
      sig="[[Hugo Marchal]]\nÉtudiant en [[BAC 2 kiné]] – [[HELHa Mons]]",
      charset="windows-1252", subject="après mon coming out",
      headers=[("Content-Language", "fr-be")]),
    S("yahoo-en-long-love", "yahoo", "en", ["english", "yahoo", "rambling", "own-name-in-text"],
      ("Chris", "chris.t2006@yahoo.example"),
      "hi\n\nso there's this guy at my football club and we kissed after practice last week and now he "
      "acts like nothing happened. he has a girlfriend. i don't know if he's using me or if he's scared. "
      "im 18 btw. my name is [[Chris]]. i just want someone to tell me what to do because i cant talk "
      "to my teammates about this obviously\n\nthanks",
      subject="confused"),
    S("proton-nl-html-sig-only", "proton", "nl",
      ["proton", "signature-only-in-html", "signature", "own-name-in-text"],
      ("Robin", "robin.x@proton.example"),
      "Dag,\nIk ben [[Robin]] (hen/die). Mijn school weigert mijn voornaam aan te passen op rapporten. "
      "Mag dat eigenlijk?\nBedankt",
      sig="[[Robin Claessens]] (hen/die)\n[[+32 495 60 70 80]]", sig_in="html", subject="naam op rapport"),
    S("iphone-fr-one-liner-no-punct", "iphone", "fr",
      ["french", "one-liner", "no-punctuation", "apple"],
      ("Jade", "jade.mrx@icloud.example"),
      "est ce que je peux venir a un groupe de parole si j'ai 13 ans", subject=""),
    S("thunderbird-en-pgp-like-sig", "thunderbird", "en",
      ["english", "thunderbird", "signature", "phone-number"],
      ("Morgan Peeters", "morgan@peeters-home.example"),
      "Hi,\n\nI'm 24, trans man, Flemish but more comfortable writing in English. I'm looking for a "
      "therapist in Leuven who is trans-friendly. Do you keep a list?\n\nCheers",
      sig="[[Morgan Peeters]]\n[[Tiensestraat 201 bus 3]]\n[[3000 Leuven]]\n[[+32 471 20 40 60]]",
      sig_dash=True, subject="therapist list", identity=["peeters-home.example"]),
    S("webmail-nl-rambling-no-caps", "webmail", "nl", ["no-punctuation", "rambling", "tussentaal"],
      ("", "hemelsblauw@scarlet.example"),
      "ik weet nie of ik hier goed zit maar ik moet het aan iemand kwijt mijn papa heeft mijn gsm "
      "afgepakt omda hij berichten zag van mijn vriendin en nu mag ik nergens meer naartoe buiten school "
      "en hij zegt da ik ziek ben en da het over gaat als ik naar de kerk ga "
      "ik ben 15 en ik woon in Genk\n"
      "ik mail van de bib", from_style="bare", subject=""),
    S("outlook-web-nl-parent-mum", "outlook_web", "nl",
      ["parent-account", "outlook", "signature", "phone"],
      ("An De Smedt", "an.desmedt@outlook.example"),
      "Goedenavond,\n\nMijn kind (17) heeft ons verteld trans te zijn. Wij willen graag begeleiding "
      "voor onszelf als ouders. Waar kunnen wij terecht in de buurt van Aalst?\n\nMet vriendelijke groeten",
      sig="[[An De Smedt]]\n[[0497 33 22 11]]", subject="begeleiding ouders"),
    S("samsung-en-phrases-emoji", "samsung", "en",
      ["english", "samsung", "emoji", "one-phrase-a-line", "no-punctuation"],
      ("", "kitty.cat.2010@gmail.example"),
      "hi\n"
      "i came out at school today\n"
      "half my class clapped\n"
      "half laughed\n"
      "🥲🥲\n"
      "idk how to feel", from_style="bare", subject="today"),
    S("gmail-android-fr-nom-fin", "gmail_android", "fr", ["french", "gmail", "own-name-in-text"],
      ("", "n.benali@gmail.example"),
      "Bonjour je suis une fille de 15 ans et je suis amoureuse de ma meilleure amie. Elle a un copain. "
      "Je fais quoi ?\n\n[[Nadia]]", from_style="bare", subject=""),
    S("apple-mail-en-html-sig", "apple_mail", "en", ["english", "apple", "signature", "html"],
      ("Tom Vermeiren", "tom.vermeiren@me.example"),
      "Hey there,\n\nI'm 21 and I just realised I'm probably bi. Is it normal to figure this out so late? "
      "All my friends seem to have known forever.\n\n[[Tom]]",
      sig="[[Tom Vermeiren]]\nSent from my MacBook", subject="late bloomer?",
      identity=[]),
    S("gmail-nl-one-liner-question", "gmail_web", "nl", ["gmail", "one-liner"],
      ("Milan", "milan.goris@gmail.example"),
      "Is het normaal dat ik twijfel of ik een jongen of een meisje ben?", subject=""),
    S("encoded-name-latin1-nl", "webmail", "nl", ["encoded-name", "one-liner", "no-punctuation"],
      ("Zoë Van Hoorebeke", "zoe.vanhoorebeke@telenet.example"),
      "hoe lang duurt het voor ik antwoord krijg", from_style="ew-split", subject="antwoord?"),
    S("outlook-desktop-phone-in-text-en", "outlook_desktop", "en",
      ["english", "outlook", "phone-number", "own-name-in-text"],
      ("Aiden", "aiden.m@outlook.example"),
      "Hello,\nmy name is [[Aiden Murphy]], I'm 16. Could someone text me on [[+32 468 123 456]]? "
      "I'm not allowed to make calls without my parents seeing the bill.\nThanks",
      subject="text me", headers=[("Content-Language", "en-ie")]),
    S("yahoo-fr-disclaimer-parent", "yahoo", "fr",
      ["french", "parent-account", "signature", "disclaimer", "yahoo"],
      ("Martine Gilson", "martine.gilson@yahoo.example"),
      "c'est pas ma mère qui écrit c'est sa fille\n"
      "j'ai 14 ans\n"
      "je suis lesbienne et je veux pas qu'elle le sache encore\n"
      "merci de répondre vite",
      sig="[[Martine Gilson]]\nInfirmière – [[CHU de Liège]]\n[[Avenue de l'Hôpital 1]], [[4000 Liège]]\n"
          "Ce courriel et ses annexes sont confidentiels.", subject="Re: rdv dentiste"),
    S("nl-tussentaal-ge-zijt", "gmail_android", "nl",
      ["tussentaal", "no-punctuation", "gmail", "one-phrase-a-line", "own-name-in-text"],
      ("Jarne", "jarne.smolders@gmail.example"),
      "ge zijt de enige die ik dit vertel\n"
      "kzit al maanden met da gevoel\n"
      "da ik misschien een meisje ben vanbinnen\n"
      "amai tis eruit\n"
      "[[Jarne]] (14)", subject="geheim"),
    S("webmail-en-html-only", "webmail", "en", ["english", "html-only", "html", "own-name-in-text"],
      ("Priya", "priya.s@mail.example"),
      "Hi,\n\nI'm [[Priya]], 17. My parents want to send me back to India for the summer and I'm scared "
      "they'll try to 'fix' me. Is there anyone I can talk to about this?\n\n- [[Pri]]",
      html="only", subject="summer", identity=[]),
    S("gmail-nl-bi-long-no-sig", "gmail_web", "nl", ["gmail", "rambling"],
      ("Amber Dewaele", "amber.dewaele@gmail.example"),
      "Hey,\n\n"
      "Ik ben 19 en zit op kot in Gent. Ik ben sinds kort aan het daten met een jongen en tegelijk "
      "merk ik dat ik ook gevoelens heb voor een vriendin uit mijn studentenvereniging. "
      "Ik weet dat ik bi ben, daar gaat het niet over. Maar hoe zeg je zoiets tegen iemand met wie "
      "je net begint, zonder dat die denkt dat je vreemdgaat?\n\n"
      "Als jullie tips hebben graag.\n\n"
      "Groetjes!",
      subject="bi en daten"),
    S("samsung-nl-html-differs", "samsung", "nl", ["samsung", "html", "own-name-in-text", "no-punctuation"],
      ("Kobe", "kobe.vl@gmail.example"),
      "wanneer zijn jullie open\n"
      "ik wil bellen\n"
      "[[Kobe]]", subject=""),
    S("blackberry-fr-parent", "blackberry", "fr",
      ["french", "parent-account", "blackberry", "signature", "disclaimer"],
      ("Nathalie Dupont", "n.dupont@fednot.example"),
      "Madame, Monsieur,\nMon fils de 13 ans s'interroge sur son genre. Comment puis-je l'accompagner sans le "
      "brusquer ?\nMerci",
      sig="[[Nathalie Dupont]]\nJuriste – [[Fednot]]\n[[Rue de la Montagne 30]], [[1000 Bruxelles]]\n"
          "Ce message est strictement confidentiel.", subject="question de parent",
      identity=["fednot.example"]),
    S("iphone-nl-short-thanks", "iphone", "nl", ["apple", "one-liner", "emoji", "quoted-reply"],
      ("Hanne", "hanne.ver@icloud.example"),
      "oke dankjewel 🥹", subject="Re: Je vraag",
      quote="Dag,\n\nIn Hasselt is er elke tweede woensdag een jongerengroep. Wil je het adres?\n\nGroetjes,\nLumi"),
    S("gmail-fr-long-trans", "gmail_web", "fr", ["french", "gmail", "rambling", "own-name-in-text"],
      ("Léa", "lea.fontaine@gmail.example"),
      "Bonjour,\n\n"
      "Je m'appelle [[Léa]] (enfin, c'est le prénom que j'ai choisi), j'ai 18 ans et je suis une femme trans. "
      "Je vis encore chez mes parents à Namur et ils refusent d'utiliser mon prénom. "
      "Je commence l'université en septembre et j'aimerais savoir si je peux m'inscrire avec mon "
      "prénom choisi.\n\n"
      "Merci pour ce que vous faites.\n\n"
      "[[Léa]]",
      subject="prénom à l'université"),
    S("outlook-web-en-short", "outlook_web", "en", ["english", "outlook", "one-liner", "no-punctuation"],
      ("", "sunny.side.up@outlook.example"),
      "do you have a whatsapp number", from_style="bare", subject=""),
    S("webmail-nl-parent-gsm-sig", "webmail", "nl",
      ["parent-account", "signature", "own-name-in-text", "one-phrase-a-line"],
      ("Fam. Van den Bossche", "vandenbossche.gezin@scarlet.example"),
      "hoi\n"
      "dit is [[Fien]]\n"
      "ik ben 12\n"
      "ik heb een vriendinnetje\n"
      "is dat raar",
      sig="--\n[[Geert & Katrien Van den Bossche]]\n[[Lindenlaan 3]], [[9140 Temse]]\nGSM [[0478 55 66 77]]",
      subject="", identity=["Geert", "Katrien", "Van den Bossche"]),
    S("gmail-nl-address-in-sentence", "gmail_web", "nl",
      ["gmail", "own-name-in-text", "second-address"],
      ("Bram", "bram.dh@gmail.example"),
      "Hallo,\nIk ben [[Bram]]. Ik schrijf ook vanaf [[bram.dehaes@school.example]] soms, dat ben ik ook. "
      "Ik wil graag weten of jullie ook met leerkrachten praten als je gepest wordt omdat je homo bent.\n[[Bram]]",
      subject="pesten", identity=[]),
    S("en-apple-sent-from-ipad", "iphone", "en", ["english", "apple", "one-phrase-a-line"],
      ("Lily", "lily.h@icloud.example"),
      "hi\n"
      "my friend is being bullied for being trans\n"
      "how can i help her", client_line="Sent from my iPad", subject=""),
    S("nl-outlook-mobile-fw", "outlook_mobile", "nl", ["outlook", "no-punctuation", "tussentaal"],
      ("Seppe", "seppe.maes@hotmail.example"),
      "ik heb mijn lief gekust op de speelplaats en nu wil de directeur mijn ouders bellen is da wel "
      "toegelaten", subject="directeur"),
    S("fr-gmail-android-emoji", "gmail_android", "fr", ["french", "gmail", "emoji", "one-phrase-a-line"],
      ("Rayan", "rayan.k@gmail.example"),
      "wsh\n"
      "je crois que je suis pas hétéro\n"
      "mais si mon frère l'apprend je suis mort\n"
      "😶", subject=""),
    S("en-gmail-web-quote-reply", "gmail_web", "en", ["english", "gmail", "quoted-reply", "own-name-in-text"],
      ("Ella", "ella.ward@gmail.example"),
      "Thank you, that really helped. I told my sister first like you said.\n\n[[Ella]] x",
      subject="Re: Your message",
      quote="Hi,\n\nMaybe start with someone you trust, like your sister?\n\nTake care,\nLumi"),
    S("nl-apple-mail-html-school", "apple_mail", "nl",
      ["apple", "school-account", "signature", "html", "own-name-in-text"],
      ("Marie Coppens", "marie.coppens@leerling.atheneumlier.example"),
      "Hallo,\n\nIk ben [[Marie]], ik zit in het 6de jaar. Voor mijn GIP wil ik iets doen over LGBTQ+ "
      "jongeren op school. Mag ik jullie een paar vragen stellen?\n\nDank u!",
      sig="[[Marie Coppens]]\n[[6 HUWE]] - [[Koninklijk Atheneum Lier]]", subject="GIP",
      identity=["leerling.atheneumlier.example"]),
    S("nl-samsung-one-liner", "samsung", "nl", ["samsung", "one-liner", "no-punctuation", "tussentaal"],
      ("", "gamerboy2011@gmail.example"),
      "kan ik anoniem blijven", from_style="bare", subject=""),
    S("nl-gmail-emoji-rambling", "gmail_android", "nl", ["gmail", "emoji", "rambling", "own-name-in-text"],
      ("Nina", "nina.lemmens@gmail.example"),
      "hallo 👋 ik ben [[Nina]] ik ben 13 en mijn beste vriendin zei da ze lesbisch is en nu wil ze "
      "da ik da aan niemand zeg maar ik vind het zo moeilijk om da geheim te houden want mijn mama "
      "vraagt altijd alles 😬 wat moet ik doen??", subject=""),
    S("nl-thunderbird-latin1-qp", "thunderbird", "nl", ["thunderbird", "signature", "phone-number"],
      ("Wim Roels", "wim.roels@telenet.example"),
      "Beste,\n\nIk ben 25 en woon nog thuis. Mijn ouders weten niet dat ik homo ben. Ik wil binnenkort "
      "alleen gaan wonen en het dan vertellen. Is dat een goed idee of laf?\n\nGroeten,\n[[Wim]]",
      sig="[[Wim Roels]] - [[0485 11 00 99]]", sig_dash=True, charset="iso-8859-1", cte="quoted-printable",
      subject="uit de kast na verhuis"),
    S("nl-proton-oneliner", "proton", "nl", ["proton", "one-liner"],
      ("", "anon1234@proton.example"),
      "Hoe weet ik of ik aseksueel ben?", from_style="bare", subject=""),
    S("en-outlook-desktop-html-disclaimer", "outlook_desktop", "en",
      ["english", "outlook", "signature", "disclaimer", "parent-account"],
      ("Mark Janssen", "mark.janssen@janssen-logistics.example"),
      "hi my dad doesnt know im using his laptop\n"
      "im 15 and i think im bi\n"
      "please reply fast",
      sig="Kind regards,\n\n[[Mark Janssen]]\nOperations Manager | [[Janssen Logistics]]\n"
          "[[Havenlaan 86]], [[1000 Brussels]]\nT: [[+32 2 555 77 88]]\n\n"
          "CONFIDENTIALITY NOTICE: This e-mail is confidential and intended solely for the addressee.",
      subject="RE: shipment 4471", identity=["janssen-logistics.example"],
      headers=[("Content-Language", "en-gb")]),
    S("fr-webmail-arobase-phone", "webmail", "fr",
      ["french", "written-out-address", "phone-number", "own-name-in-text"],
      ("", "q.x@voo.example"),
      "bonjour je m'appelle [[Théo]] j'ai 17 ans\n"
      "vous pouvez m'appeler au [[0470 45 67 89]] ou écrire à [[theo.m (arobase) gmail (point) example]]\n"
      "c'est à propos de mon coming out", from_style="bare", subject="coming out"),
    S("nl-iphone-reply-no-quote-name", "iphone", "nl", ["apple", "one-phrase-a-line", "own-name-in-text"],
      ("Jitse", "jitse.b@icloud.example"),
      "Dank jullie\n"
      "Het gaat al beter\n"
      "Groetjes [[Jitse]]", subject="Re: vraag"),
]

SEEKERS += [
    S("outlook-forward-own-earlier-mail", "outlook_desktop", "nl",
      ["outlook", "quoted-reply", "own-name-in-text", "no-punctuation"],
      ("Ilias Bakkali", "ilias.bakkali@hotmail.example"),
      "ik had dit vorige week gestuurd maar nog niks gehoord\n"
      "is het aangekomen\n"
      "[[Ilias]]",
      subject="FW: vraag", quote_style="outlook",
      quote="hallo ik ben 17 en moslim en ik denk dat ik homo ben. kan dat samen?"),
    S("gmail-nl-dt-typos", "gmail_android", "nl", ["gmail", "typos", "no-punctuation", "tussentaal"],
      ("", "luna.bxl@gmail.example"),
      "ik wordt gepest en ik weet nie wie ik het kan zeggen mijn mentor lacht er zelf mee\n"
      "kzen 13", from_style="bare", subject=""),
    S("samsung-nl-phone-own-name", "samsung", "nl",
      ["samsung", "phone-number", "own-name-in-text", "one-phrase-a-line"],
      ("Wout", "woutje.s@telenet.example"),
      "dag\n"
      "mag ik bellen\n"
      "of kunnen jullie mij bellen\n"
      "mijn nummer is [[0494/12.77.03]]\n"
      "groetjes [[Wout S.]]", subject=""),
    S("iphone-nl-emoji-love", "iphone", "nl", ["apple", "emoji", "one-liner", "no-punctuation"],
      ("", "hartje.2010@icloud.example"),
      "ze heeft ja gezegd 😍😍 we zijn samen", from_style="bare", subject="update"),
    S("outlook-web-nl-school-teacher-sig", "outlook_web", "nl",
      ["outlook", "school-account", "signature", "disclaimer", "one-liner"],
      ("Lucas Wuyts", "lucas.wuyts@leerling.campusdeveste.example"),
      "Mag ik eens langskomen in jullie praatcafé als ik 14 ben?",
      sig="[[Lucas Wuyts]] | [[3B]]\n[[Campus De Veste]] | [[Vestingstraat 1]], [[2500 Lier]]\n"
          "Dit bericht werd verzonden via het schoolplatform. De school is niet verantwoordelijk voor de inhoud.",
      subject="praatcafé", identity=["leerling.campusdeveste.example"]),
    S("webmail-nl-encoded-name-comment", "webmail", "nl",
      ["address-comment", "encoded-name", "own-name-in-text"],
      ("Sien", "s.verlinden2009@skynet.example"),
      "Hoi, ik ben [[Sien]]. Mijn ouders gaan scheiden en nu wil mijn papa niet meer dat ik bij mijn "
      "vriendin slaap. Hij zegt dat het door haar is dat ik 'zo' ben. Ik ben 15.",
      subject="papa", from_style="comment",
      headers=[("Reply-To", "=?UTF-8?Q?Sien_Verlind?= =?UTF-8?Q?en?= <s.verlinden2009@skynet.example>")],
      identity=["Sien Verlinden", "Verlinden"]),
    S("gmail-web-nl-bcc-and-name-only-end", "gmail_web", "nl",
      ["gmail", "no-display-name", "own-name-in-text", "rambling", "tussentaal"],
      ("", "xtremegamer.bxl@gmail.example"),
      "hallo\n\n"
      "mijn beste maat heeft me verteld dat hij op jongens valt en ik zei dat da geen probleem was maar "
      "nu doet iedereen in onze groep raar tegen hem en ik weet nie of ik hem moet verdedigen want "
      "dan denken ze da ik het ook ben. ben ik dan een slechte vriend?\n\n"
      "[[Yusuf]]", from_style="bare", subject=""),
]

# ---------------------------------------------------------------- volunteers
VEERLE = ("Veerle Peeters", "veerle.peeters@vrijwilligers.example")
BART = ("Bart Claes", "bart.claes@telenet.example")
SOFIE = ("Sofie Lemmens", "sofie.lemmens@caw-antwerpen.example")
JEROEN = ("Jeroen De Vos", "jeroen.devos@gmail.example")
CAMILLE = ("Camille Dubois", "camille.dubois@gmail.example")
JULIEN = ("Julien Lefebvre", "j.lefebvre@ulb-mail.example")
EMMA = ("Emma Clarke", "emma.clarke@outlook.example")
NATHAN = ("Nathan Hughes", "nathan@hughes-consult.example")
KATRIEN = ("Katrien Willems", "katrien.willems@ugent-mail.example")
ELS = ("Hilde Vermeersch", "hilde.vermeersch@kbc-bank.example")
PJ = ("Pieter-Jan Maes", "pj.maes@icloud.example")
INES = ("Inès Haddad", "ines.haddad@proton.example")
MARC = ("", "marc.goossens@skynet.example")
RUTH = ("Ruth Adams", "ruth.adams@me.example")
LOTTE = ("Lotte Verbeke", "lotte@verbeke-design.example")

Q_NL_BI = "ik denk dat ik bi ben\nmaar ik weet niet hoe ik het tegen mijn ouders moet zeggen"
Q_NL_PEST = "ze lachen me uit op school omdat ik met een meisje hand in hand liep\nwat moet ik doen"
Q_NL_TRANS = "ik ben 16 en ik denk dat ik trans ben. hoe begin ik daarover met mijn huisarts?"
Q_NL_LOVE = "ik ben verliefd op mijn beste vriend en ik durf het niet te zeggen"
Q_NL_OUDERS = "mijn papa zegt dat het een fase is. is dat zo?"
Q_NL_ALONE = "ik voel me zo alleen\nniemand in mijn klas is zoals ik"
Q_FR = "je crois que je suis gay mais j'ai peur de le dire à mes parents"
Q_FR_HARC = "on m'insulte au collège parce que je suis non-binaire"
Q_EN = "how do i tell my mom im bi"
Q_EN_TRANS = "i'm 17 and trans, my school won't use my name. what can i do?"

VOLUNTEERS: list[Case] = [
    V("gmail-pseudonym-greeting-theme", "gmail_web", "nl",
      ["pseudonym-greeting", "theme-tag", "gmail", "own-name-in-text"], VEERLE,
      "Dag {pseudonym},\n\n"
      "Wat goed dat je ons schrijft! Twijfelen is helemaal oké, je hoeft nog niets te weten of te "
      "zeggen. Je mag het in je eigen tempo ontdekken. Als je wil, kunnen we samen bekijken wie "
      "een veilige eerste persoon zou zijn om het aan te vertellen.\n\n"
      "Groetjes,\n[[Veerle]]\n\n<<#thema: coming-out>>",
      Q_NL_BI, "Veerle"),
    V("outlook-block-signature-employer", "outlook_desktop", "nl",
      ["outlook", "signature", "disclaimer", "theme-tag", "pseudonym-greeting"], SOFIE,
      "Dag {pseudonym},\n\n"
      "Wat vervelend dat ze je uitlachen. Dat is niet oké, en het ligt niet aan jou. "
      "Weet je of er op je school een vertrouwensleerkracht of iemand van het CLB is bij wie je terecht kan?\n"
      "Je mag ons altijd schrijven hoe het verder gaat.\n\n"
      "<<#thema: pesten>>\n\n"
      "Hartelijke groet,",
      Q_NL_PEST, "Sofie",
      sig="[[Sofie Lemmens]]\nMaatschappelijk werker | [[CAW Antwerpen]]\n[[Lange Gasthuisstraat 45]], "
          "[[2000 Antwerpen]]\nT [[03 234 56 78]] | M [[0471 23 45 67]]\n\n"
          "Dit bericht is vertrouwelijk en enkel bestemd voor de geadresseerde.",
      identity=["caw-antwerpen.example"], crlf=True),
    V("one-liner-theme-at-end", "gmail_android", "nl",
      ["one-liner", "theme-tag", "gmail", "theme-at-end-of-sentence"], BART,
      "Dat is geen fase, en ook als je later anders voelt is wat je nu voelt echt. <<#thema: familie>>",
      Q_NL_OUDERS, "Bart"),
    V("iphone-short-nickname-signoff", "iphone", "nl",
      ["apple", "short-name-signoff", "pseudonym-greeting", "theme-tag"], VEERLE,
      "Hoi {pseudonym}!\n"
      "Verliefd zijn op je beste vriend is spannend, zeker als je niet weet hoe hij reageert. "
      "Wat zou je het liefst willen dat er gebeurt?\n"
      "Liefs, [[Vee]]\n"
      "<<#thema: relaties>>",
      Q_NL_LOVE, "Veerle"),
    V("blackberry-work-outlook-block", "blackberry", "nl",
      ["blackberry", "signature", "disclaimer", "outlook-block"], ELS,
      "Hallo {pseudonym},\n\n"
      "Een huisarts is een goede eerste stap. Je kan zeggen: 'Ik wil het hebben over mijn genderidentiteit.' "
      "Huisartsen hebben beroepsgeheim, ook als je 16 bent.\n\n"
      "Veel moed,\n[[Hilde]]",
      Q_NL_TRANS, "Hilde",
      sig="[[Hilde Vermeersch]]\nRelatiebeheerder [[KBC Bank]] – kantoor [[Kortrijk]]\n\n"
          "Deze e-mail is vertrouwelijk. [[KBC Bank NV]], [[Havenlaan 2]], [[1080 Brussel]].",
      identity=["kbc-bank.example"]),
    V("no-display-name-signature", "webmail", "nl",
      ["no-display-name", "signature", "theme-tag"], MARC,
      "Hallo,\n\n"
      "Je bent niet alleen, ook al voelt dat zo in je klas. Er zijn jongerengroepen waar je mensen "
      "ontmoet die hetzelfde meemaken. Zal ik er een paar in jouw buurt opzoeken?\n\n"
      "<<#thema: welzijn>>\n\n"
      "Groeten,",
      Q_NL_ALONE, "Marc",
      sig="[[Marc Goossens]]\n[[Kerkplein 2]]\n[[3200 Aarschot]]\n[[016 56 78 90]]", sig_dash=True,
      identity=["skynet.example"]),
    V("second-address-in-sentence", "gmail_web", "nl",
      ["second-address", "gmail", "pseudonym-greeting"], JEROEN,
      "Dag {pseudonym},\n\n"
      "Fijn dat je terug schrijft! Ik ben deze week op kamp, dus als het dringend is kan een collega "
      "je verder helpen. (Collega's: mijn antwoorden komen ook soms van [[jeroen@devos-fotografie.example]].)\n\n"
      "Groetjes,\n[[Jeroen]]",
      Q_NL_LOVE, "Jeroen"),
    V("french-envoye-iphone", "iphone", "fr", ["french", "apple", "pseudonym-greeting", "theme-tag"], CAMILLE,
      "Bonjour {pseudonym},\n\n"
      "Merci pour ta confiance. Tu n'es pas obligé·e de le dire à tes parents maintenant. "
      "On peut réfléchir ensemble à qui pourrait être une première personne de confiance.\n\n"
      "Bien à toi,\n[[Camille]]\n<<#thema: coming-out>>",
      Q_FR, "Camille"),
    V("english-outlook-web", "outlook_web", "en", ["english", "outlook", "pseudonym-greeting", "theme-tag"],
      EMMA,
      "Hi {pseudonym},\n\n"
      "Thank you for reaching out. There's no perfect way to do it, but many people start with a short "
      "sentence like 'Mom, I want to tell you something important about me.' Would you like to practise "
      "what you'd say with me?\n\n"
      "Warmly,\n[[Emma]]\n\n<<#thema: coming-out>>",
      Q_EN, "Emma", note_lang="en"),
    V("thunderbird-dash-sig-role", "thunderbird", "nl", ["thunderbird", "signature", "theme-tag"], KATRIEN,
      "Dag {pseudonym},\n\n"
      "Dat klinkt echt pijnlijk. Je verdient een school waar je veilig hand in hand kan lopen.\n"
      "Heb je al iemand op school gevonden die aan jouw kant staat?\n\n"
      "<<#thema: pesten>>\n\n"
      "Groetjes,\n[[Trien]]",
      Q_NL_PEST, "Katrien",
      sig="[[Katrien Willems]]\nDoctoraatsonderzoeker [[Vakgroep Sociologie]]\n[[Universiteit Gent]]\n"
          "[[Korte Meer 5]], [[9000 Gent]]", sig_dash=True, identity=["ugent-mail.example"]),
    V("one-liner-no-greeting", "gmail_android", "nl", ["one-liner", "gmail"], PJ,
      "Zeker weten dat het geen fase hoeft te zijn, en jij bepaalt wie je bent 💛",
      Q_NL_OUDERS, "PJ"),
    V("french-outlook-block-signature", "outlook_desktop", "fr",
      ["french", "outlook", "signature", "phone", "theme-tag"], JULIEN,
      "Bonjour {pseudonym},\n\n"
      "Ce que tu vis n'est pas acceptable. Personne n'a le droit de t'insulter à cause de ton identité. "
      "Est-ce qu'il y a un·e éducateur·rice ou un·e prof à qui tu fais confiance ?\n\n"
      "<<#thema: pesten, genderidentiteit>>\n\n"
      "Courage,\n[[Julien]]",
      Q_FR_HARC, "Julien",
      sig="[[Julien Lefebvre]]\nAssistant – [[Faculté de Psychologie]]\n[[Université libre de Bruxelles]]\n"
          "[[Avenue F. D. Roosevelt 50]], [[1050 Bruxelles]]\n[[+32 2 650 00 00]]",
      identity=["ulb-mail.example"], headers=[("Content-Language", "fr-be")]),
    V("english-gmail-short", "gmail_web", "en", ["english", "gmail", "short"], NATHAN,
      "Hey {pseudonym}, that sounds really hard. You're not alone in this.\n\n"
      "<<#thema: genderidentiteit>>\n\n"
      "[[Nathan]]",
      Q_EN_TRANS, "Nathan", identity=["hughes-consult.example"]),
    V("proton-french-html-sig", "proton", "fr", ["french", "proton", "signature-only-in-html", "theme-tag"],
      INES,
      "Salut {pseudonym},\n\n"
      "Merci de nous avoir écrit. Être gay n'est pas quelque chose dont tu dois avoir honte. "
      "Tu veux qu'on parle de comment tes parents pourraient réagir ?\n\n"
      "<<#thema: coming-out>>\n\n"
      "[[Inès]]",
      Q_FR, "Inès", sig="[[Inès Haddad]]\n[[+32 485 44 33 22]]", sig_in="html"),
    V("apple-mail-english-long", "apple_mail", "en", ["english", "apple", "signature", "long"], RUTH,
      "Dear {pseudonym},\n\n"
      "Thank you so much for trusting us with this. Schools in Belgium can register the name you use in "
      "daily life, even before any legal change. Some schools already do this without any paperwork.\n\n"
      "A few things that might help:\n"
      "- ask your class teacher or the pupil counsellor for a meeting\n"
      "- bring a friend if that feels safer\n"
      "- write down what you want to ask\n\n"
      "If you want, I can help you write that email to your school.\n\n"
      "Take care of yourself,\n[[Ruth]]\n\n<<#thema: genderidentiteit>>",
      Q_EN_TRANS, "Ruth", sig="[[Ruth Adams]]\nVolunteer since 2019", note_lang="en"),
    V("samsung-nl-short", "samsung", "nl", ["samsung", "short", "theme-tag"], BART,
      "Hoi {pseudonym}, wat dapper dat je dit deelt. Je bent welkom hier, wanneer je maar wil. "
      "<<#thema: welzijn>>", Q_NL_ALONE, "Bart"),
]

VOLUNTEERS += [
    V("outlook-web-nl-long-theme-mid", "outlook_web", "nl",
      ["outlook", "long", "theme-tag", "pseudonym-greeting"], LOTTE,
      "Dag {pseudonym},\n\n"
      "Bedankt voor je bericht. Ik lees dat je papa zegt dat het een fase is. Dat zeggen ouders soms "
      "omdat ze zelf even tijd nodig hebben, niet omdat het waar is.\n\n"
      "<<#thema: familie, coming-out>>\n\n"
      "Misschien helpt het om hem iets te laten lezen? Er bestaan goede brochures voor ouders. "
      "Ik kan je er een paar doorsturen als je wil.\n\n"
      "Hou je goed,\n[[Lotte]]",
      Q_NL_OUDERS, "Lotte",
      sig="[[Lotte Verbeke]]\nGrafisch ontwerper\n[[Verbeke Design]] · [[www.verbeke-design.example]]\n"
          "[[+32 476 80 90 10]]", identity=["verbeke-design.example"]),
    V("gmail-one-liner-no-punct", "gmail_android", "nl", ["one-liner", "no-punctuation", "gmail"], JEROEN,
      "dikke knuffel en schrijf gerust terug als je wil", Q_NL_ALONE, "Jeroen"),
    V("iphone-nl-theme-only-nickname", "iphone", "nl", ["apple", "one-liner", "theme-tag"], PJ,
      "Wat een mooie stap dat je dit deelt!\n<<#thema: coming-out>>\n[[PJ]]", Q_NL_BI, "PJ"),
    V("outlook-desktop-logo-volunteer", "outlook_desktop", "nl",
      ["outlook", "logo", "signature", "disclaimer", "pseudonym-greeting"], SOFIE,
      "Dag {pseudonym},\n\n"
      "Je huisarts is een goede plek om te starten. Als je wil, kan je eerst eens langsgaan bij een "
      "jongerenconsultatie, daar hoef je geen afspraak voor te maken.\n\n"
      "Warme groet,\n[[Sofie]]",
      Q_NL_TRANS, "Sofie",
      sig="[[Sofie Lemmens]]\nMaatschappelijk werker\n[[CAW Antwerpen]] – [[Team Jongeren]]\n"
          "Disclaimer: [[CAW Antwerpen vzw]] kan niet aansprakelijk gesteld worden voor de inhoud van dit bericht.",
      logo=("CAW Antwerpen", "inline"), identity=["caw-antwerpen.example", "caw_antwerpen_logo.png"]),
    V("thunderbird-no-dash-short-form", "thunderbird", "nl", ["thunderbird", "short-name-signoff"], KATRIEN,
      "Hoi {pseudonym}, heb je al eens gedacht aan een van de jongerengroepen? "
      "Daar zijn veel mensen van jouw leeftijd die hetzelfde meemaken.\n\n"
      "Groetjes\n[[Kat]]",
      Q_NL_ALONE, "Katrien"),
    V("webmail-no-display-name-sig-nickname", "webmail", "nl",
      ["no-display-name", "signature", "pseudonym-greeting", "theme-tag"], MARC,
      "Dag {pseudonym},\n\n"
      "Dat je verliefd bent op je beste vriend is heel normaal. Misschien kan je eerst polsen hoe hij "
      "denkt over verliefdheid in het algemeen? Laat je weten hoe het gaat? <<#thema: relaties>>\n\n"
      "[[Marc]]",
      Q_NL_LOVE, "Marc", sig="[[Marc Goossens]] | [[016 56 78 90]]"),
    V("blackberry-short", "blackberry", "nl", ["blackberry", "one-liner", "short"], ELS,
      "Goed dat je dit vraagt, ik stuur je morgen wat meer uitleg.",
      Q_NL_TRANS, "Hilde"),
    V("gmail-web-html-sig-role-nl", "gmail_web", "nl",
      ["gmail", "signature-only-in-html", "signature", "theme-tag"], VEERLE,
      "Hallo {pseudonym},\n\n"
      "Hand in hand lopen met wie je graag ziet is iets moois. Dat anderen daarom lachen zegt meer over "
      "hen dan over jou.\n"
      "Wil je dat we samen bekijken hoe je dit op school kan aankaarten?\n\n"
      "<<#thema: pesten>>\n\n"
      "Groetjes,\n[[Veerle]]",
      Q_NL_PEST, "Veerle",
      sig="[[Veerle Peeters]]\nVrijwilliger Lumi · leerkracht [[GO! atheneum Mechelen]]\n[[0479 12 34 56]]",
      sig_in="html"),
    V("samsung-one-liner-emoji", "samsung", "nl", ["samsung", "one-liner", "emoji"], BART,
      "Jij bent helemaal oké zoals je bent 🌈", Q_NL_BI, "Bart"),
    V("apple-mail-nl-long-sig-dash", "apple_mail", "nl",
      ["apple", "signature", "long", "pseudonym-greeting", "phone"], RUTH,
      "Dag {pseudonym},\n\n"
      "Wat fijn dat je ons schrijft. Ik ben zelf ook pas op mijn twintigste uit de kast gekomen, dus ik "
      "herken wel wat je vertelt.\n\n"
      "Er is geen juiste manier of moment. Sommige mensen schrijven een brief, anderen zeggen het tijdens "
      "een autorit, omdat je elkaar dan niet hoeft aan te kijken. Wat past het best bij jou?\n\n"
      "Neem je tijd, en schrijf gerust terug.\n\n"
      "Hartelijke groet,\n[[Ruth]]",
      Q_NL_BI, "Ruth", sig="[[Ruth Adams]]\n[[Tervuursesteenweg 12]]\n[[3001 Heverlee]]\n[[0468 77 66 55]]",
      sig_dash=True),
    V("gmail-nl-theme-end-of-sentence-no-space", "gmail_web", "nl",
      ["gmail", "theme-tag", "theme-at-end-of-sentence", "one-liner"], JEROEN,
      "Je mag altijd terugschrijven, ook als het gewoon is om te ventileren.<<#thema: welzijn>>",
      Q_NL_ALONE, "Jeroen"),
    V("outlook-mobile-nl-short", "outlook_mobile", "nl", ["outlook", "short", "pseudonym-greeting"], LOTTE,
      "Hoi {pseudonym}, ik denk aan je! Laat je weten hoe het gesprek met je papa ging?\n[[Lotte]]",
      Q_NL_OUDERS, "Lotte"),
    V("outlook-desktop-nl-second-address-sig", "outlook_desktop", "nl",
      ["outlook", "signature", "second-address", "disclaimer"], KATRIEN,
      "Beste {pseudonym},\n\n"
      "Je bent zeker niet de enige. Ik stuur je hieronder een paar adressen van jongerengroepen in "
      "West-Vlaanderen en Oost-Vlaanderen.\n\n"
      "Groeten,",
      Q_NL_ALONE, "Katrien",
      sig="[[Katrien Willems]]\n[[Vakgroep Sociologie]] – [[Universiteit Gent]]\n"
          "Privé: [[katrien.w@telenet.example]]\n\n"
          "Disclaimer: de inhoud van dit bericht bindt de [[Universiteit Gent]] niet.",
      identity=["ugent-mail.example"]),
    V("gmail-android-tussentaal-volunteer", "gmail_android", "nl", ["gmail", "tussentaal", "short"], PJ,
      "Hey {pseudonym}, da's echt nie oké wat ze doen. Ge verdient beter. Kunt ge er met iemand "
      "op school over praten?\n[[PJ-tje]]",
      Q_NL_PEST, "PJ"),
    V("html-only-volunteer-nl", "webmail", "nl", ["html-only", "pseudonym-greeting", "theme-tag"], VEERLE,
      "Dag {pseudonym},\n\nJe vraag is heel terecht. Een huisarts mag je niet doorverwijzen naar je ouders "
      "zonder je toestemming.\n\n<<#thema: genderidentiteit>>\n\nGroetjes,\n[[Veerle]]",
      Q_NL_TRANS, "Veerle", html="only"),
    V("proton-nl-client-line", "proton", "nl", ["proton", "short", "theme-tag"], MARC,
      "Dag {pseudonym},\nEen fase of niet: wat je nu voelt telt.\n<<#thema: familie>>\nMarc G.".replace(
          "Marc G.", "[[Marc G.]]"),
      Q_NL_OUDERS, "Marc"),
    V("yahoo-nl-volunteer", "yahoo", "nl", ["yahoo", "pseudonym-greeting"], BART,
      "Dag {pseudonym},\n\nWat goed dat je hulp zoekt. Er zijn mensen die je kunnen helpen, ook op school. "
      "Zal ik je wat tips geven om het gesprek met je leerkracht te starten?\n\n[[Bart]]",
      Q_NL_PEST, "Bart"),
    V("iphone-nl-reply-html", "iphone", "nl", ["apple", "one-liner", "html"], SOFIE,
      "Ik stuur je vanavond een langer antwoord, beloofd!", Q_NL_LOVE, "Sofie", html="auto"),
    # ---- French
    V("gmail-fr-one-liner", "gmail_android", "fr", ["french", "one-liner", "gmail"], CAMILLE,
      "Tu n'es pas seul·e, on est là 💜", Q_FR_HARC, "Camille"),
    V("outlook-web-fr-signature-theme-end", "outlook_web", "fr",
      ["french", "outlook", "signature", "theme-tag", "theme-at-end-of-sentence"], JULIEN,
      "Bonjour {pseudonym},\n\n"
      "Ce n'est pas une phase parce que quelqu'un le dit. Prends le temps qu'il te faut. "
      "On peut en reparler quand tu veux. <<#thema: familie>>\n\n"
      "[[Julien]]",
      Q_FR, "Julien", sig="[[Julien Lefebvre]]\n[[+32 2 650 00 00]]", identity=[]),
    V("iphone-fr-envoye", "iphone", "fr", ["french", "apple", "pseudonym-greeting"], INES,
      "Coucou {pseudonym},\n"
      "Merci pour ton message. Est-ce que tu as quelqu'un à l'école à qui tu peux parler ?\n"
      "Bises, [[Inès]]",
      Q_FR_HARC, "Inès"),
    V("thunderbird-fr-dash-sig", "thunderbird", "fr", ["french", "thunderbird", "signature", "theme-tag"],
      CAMILLE,
      "Bonjour {pseudonym},\n\n"
      "Ce que tu ressens est important. Dire à tes parents que tu es gay, c'est un grand pas, et c'est "
      "toi qui choisis le moment.\n\n"
      "<<#thema: coming-out>>\n\n"
      "[[Camille]]",
      Q_FR, "Camille",
      sig="[[Camille Dubois]]\nÉducatrice – [[AMO Rythme]]\n[[Rue Haute 90]], [[1000 Bruxelles]]\n"
          "[[02 511 22 33]]", sig_dash=True, identity=["AMO"]),
    V("blackberry-fr", "blackberry", "fr", ["french", "blackberry", "short"], JULIEN,
      "Bonjour {pseudonym}, je te réponds plus longuement ce soir. Courage d'ici là.\n[[J.]]",
      Q_FR_HARC, "Julien", identity=[]),
    V("samsung-fr-long", "samsung", "fr", ["french", "samsung", "long", "theme-tag"], INES,
      "Salut {pseudonym},\n\n"
      "Merci de nous faire confiance. Les insultes que tu reçois sont inacceptables, et tu as le droit "
      "d'être protégé·e à l'école. Tu peux en parler au centre PMS, ils sont tenus au secret. "
      "Si tu veux, je peux t'aider à préparer ce que tu vas leur dire.\n\n"
      "<<#thema: pesten>>\n\n"
      "Prends soin de toi,\n[[Inès]]",
      Q_FR_HARC, "Inès"),
    V("apple-mail-fr-html-sig", "apple_mail", "fr", ["french", "apple", "signature", "html"], CAMILLE,
      "Bonjour {pseudonym},\n\nÊtre gay, c'est une partie de qui tu es, pas un problème à régler. "
      "On peut réfléchir ensemble à comment en parler à tes parents.\n\nBelle journée,\n[[Camille]]",
      Q_FR, "Camille", sig="[[Camille Dubois]]\nEnvoyé de mon Mac"),
    # ---- English
    V("gmail-en-dash-sig-employer", "gmail_web", "en",
      ["english", "gmail", "signature", "theme-tag", "pseudonym-greeting"], NATHAN,
      "Hi {pseudonym},\n\n"
      "A lot of people start by telling one person they trust. You could write it down first if saying "
      "it feels too big.\n\n"
      "#thema: coming-out".replace("#thema: coming-out", "<<#thema: coming-out>>") + "\n\n"
      "All the best,\n[[Nathan]]",
      Q_EN, "Nathan",
      sig="[[Nathan Hughes]]\nSenior Consultant, [[Hughes Consulting]]\n[[Avenue Louise 120]], "
          "[[1050 Brussels]]\n[[+32 2 555 12 12]]\n\nThis message may contain confidential information.",
      sig_dash=True, identity=["hughes-consult.example"]),
    V("iphone-en-sent-from", "iphone", "en", ["english", "apple", "one-liner"], EMMA,
      "You're doing great by asking. More tomorrow x", Q_EN, "Emma"),
    V("outlook-desktop-en-block", "outlook_desktop", "en",
      ["english", "outlook", "signature", "long", "theme-tag"], RUTH,
      "Hi {pseudonym},\n\n"
      "Thanks for writing. Your school should respect the name you use. In Flanders many schools already "
      "have a policy for this. You could ask your pupil counsellor (leerlingenbegeleider) for a meeting.\n\n"
      "<<#thema: genderidentiteit>>\n\n"
      "Kind regards,\n[[Ruth]]",
      Q_EN_TRANS, "Ruth",
      sig="[[Ruth Adams]]\nTeaching Assistant\n[[British School of Brussels]]\n[[Leuvensesteenweg 19]], "
          "[[3080 Tervuren]]", headers=[("Content-Language", "en-gb")], note_lang="en"),
    V("samsung-en-short", "samsung", "en", ["english", "samsung", "short", "pseudonym-greeting"], NATHAN,
      "Hey {pseudonym}! You're not alone. Write back whenever you like. - [[N.H.]]", Q_EN_TRANS, "Nathan"),
    V("proton-en-html-only-sig", "proton", "en",
      ["english", "proton", "signature-only-in-html", "theme-tag"], EMMA,
      "Hi {pseudonym},\nIt's really brave to reach out. Telling your mom can wait until you feel ready.\n"
      "<<#thema: coming-out, familie>>\n[[Em]]",
      Q_EN, "Emma", sig="[[Emma Clarke]]\n[[she/her]]", sig_in="html", note_lang="en"),
    V("yahoo-en-pseudonym-greeting", "yahoo", "en", ["english", "yahoo", "pseudonym-greeting"], RUTH,
      "Dear {pseudonym},\n\nI'm sorry your school is making this hard. Would it help if I sent you some "
      "information you could show them?\n\n[[Ruth]]",
      Q_EN_TRANS, "Ruth", identity=[]),
]

CASES: list[Case] = SEEKERS + VOLUNTEERS
