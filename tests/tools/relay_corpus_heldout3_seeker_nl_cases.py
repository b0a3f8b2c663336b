# ruff: noqa: E501
"""Hand-written help-seekers' mails for part seeker_nl of the third held-out relay-text corpus.

HELD-OUT: whoever changes the relay's rules does not open this file. Do not tune on it.

Every body was written one by one the way young people (and a parent's or a school's account)
really write to a helpline; `[[...]]` marks what identifies the writer (their names, nicknames,
addresses, phone numbers, streets, handles, and every identifying line of an account's signature),
`<<...>>` what is neither content nor identity. The dressing is relay_corpus_heldout.py's.
"""

from __future__ import annotations

from tests.tools.relay_corpus_heldout import Case

# First names of people named in full in a body or signature, beside the senders' own.
EXTRA_FIRST_NAMES = frozenset({"Febe", "Ilias", "Geert", "Katrien", "Johan", "Mark"})

CONF_NL = """Hoi,

Bedankt voor je bericht, we hebben het goed ontvangen.
Een vrijwilliger van Lumi leest het en schrijft je zo snel mogelijk terug, meestal binnen de twee dagen.
Wil je nog iets toevoegen? Antwoord dan gewoon op deze mail.

Heb je nu meteen iemand nodig? Bel of chat met Tele-Onthaal (106) of de Zelfmoordlijn (1813).
In nood bel je 112.

Warme groet,
Lumi"""

CONF_FR = """Bonjour,

Merci pour ton message, nous l'avons bien reçu.
Un·e bénévole de Lumi le lit et te répond dès que possible, en général dans les deux jours.
Tu veux ajouter quelque chose ? Réponds simplement à ce mail.

Tu as besoin de parler à quelqu'un tout de suite ? Appelle le 107 (Télé-Accueil) ou le 0800 32 123 (Centre de Prévention du Suicide).
En cas d'urgence : 112.

Lumi"""

CONF_EN = """Hi,

Thank you for your message, we received it.
A Lumi volunteer will read it and write back as soon as possible, usually within two days.
Want to add something? Just reply to this mail.

If you need someone right now, call or chat with Tele-Onthaal (106) or the suicide line (1813).
In an emergency call 112.

Lumi"""


def s(slug: str, shape: str, lang: str, tags: list[str], sender: tuple[str, str], body: str,
      **kw: object) -> Case:
    return Case(slug, "seeker", shape, lang, tags, sender, body, **kw)  # type: ignore[arg-type]


CASES: list[Case] = [
    # ------------------------------------------------------------------ Dutch and Flemish
    s("gmail-android-wout-oneliner", "gmail_android", "nl",
      ["one-liner", "no-punctuation", "own-name-in-text", "tussentaal", "coming-out"],
      ("Wout De Clercq", "woutdeclercq2010@gmail.example"),
      "hoi ik ben [[Wout]] en ik denk da ik op jongens val maar ik durf da aan niemand zeggen",
      subject="vraag"),

    s("iphone-bi-lines", "iphone", "nl",
      ["one-phrase-per-line", "no-punctuation", "no-identity-in-body", "coming-out"],
      ("", "xx.fien.xx@hotmail.example"),
      "hey\nik ben 13\nik denk dat ik bi ben\nmaar ik weet het niet zeker\nis da normaal\nmijn vriendinnen zeggen van wel maar ik weet het ni",
      subject=""),

    s("samsung-help-short", "samsung", "nl",
      ["very-short", "no-identity-in-body", "self-harm"],
      ("Kenzo Mertens", "kenzo.mertens@telenet.example"),
      "help\nik kan ni meer",
      subject="help"),

    s("outlook-papa-laptop-westvlaams", "outlook_desktop", "nl",
      ["parent-account", "signature-disclaimer", "west-flemish", "own-name-in-text", "gender-identity", "long"],
      ("Geert Van Hoecke", "geert.vanhoecke@verstraete-bouw.example"),
      """Hallo

'k schryven via de mail van myn vader want 'k en geen eigen mail, hy weet da nie.
'k zyn [[Lowie]], 'k zyn 15 jaar en 'k zitten in 't middelbaar in Roeselare.
Al van da 'k kleen was voelen 'k mij gin jongen. 'k Weten nie hoe da 'k da moeten uutleggen. Als 'k in de spiegel kyken is 't precies nie myn lyf.
Op school doen 'k gewoon mee lyk of er niks is ma 's avonds zitten 'k te bleiten op myn kamer.
Is da normaal? En wie kan 'k daarover spreken zonder da myn ouders da weten?

Merci
""",
      subject="vraag",
      sig="""Met vriendelijke groeten,

[[Geert Van Hoecke]]
Projectleider
[[Bouwbedrijf Verstraete nv]]
[[Industrieweg 14]] | [[8800 Roeselare]]
T [[+32 51 20 30 40]] | M [[+32 475 11 22 33]]
[[www.verstraete-bouw.example]]

Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde en kunnen vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwittig dan de afzender en verwijder dit bericht. Bouwbedrijf Verstraete nv aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit het gebruik van e-mail."""),

    s("gmail-web-antwerp-pesten-long", "gmail_web", "nl",
      ["antwerp", "tussentaal", "no-punctuation", "long", "own-name-in-text", "bullying", "friends"],
      ("Jens Wuyts", "jenswuyts08@gmail.example"),
      """hallo

ik weet ni goe of ik hier juist ben ma ik ga het gewoon schrijven

sinds de paasvakantie is het echt zot op school ze noemen mij flikker en homo in de gang en ze hebben een foto van mij op snap gezet met allemaal regenbogen erop en iedereen van ons jaar heeft da gezien
ik heb da nooit tegen iemand gezegd da ik op jongens val dus ik weet ni hoe ze dat weten
misschien omda ik altijd met de meisjes optrek ik weet het ni
mijn beste vriend Yorick zegt da ik het moet negeren ma dat is makkelijk gezegd als ge ni elke dag in die klas moet zitten
de leerkrachten zien da ook ma ze doen niks of ze zeggen allez mannen stop
ik wil eigenlijk ni meer naar school gaan en mijn ma vraagt waarom ik altijd buikpijn heb

ik ben 14 en ik zit in het 3de middelbaar in Deurne

kunde gij mij zeggen wat ik kan doen zonder da het nog erger wordt

groetjes [[Jens]]
""",
      subject="pesten op school"),

    s("gmail-android-reply-vriendin-mama", "gmail_android", "nl",
      ["reply-with-quote", "no-identity-in-body", "parents", "love"],
      ("Yasmina Benali", "yasmina.benali06@gmail.example"),
      """ok merci voor jullie mail

ik wil nog iets zeggen wat ik vergeten was
mijn vriendin en ik zijn nu 4 maanden samen en mijn mama heeft gisteren onze berichten gezien
ze zegt dat het een fase is en dat ik haar niet meer mag zien
ik mag nu ook niet meer alleen weg
ik ben echt kapot 💔""",
      subject="Re: mijn mama",
      quote=CONF_NL),

    s("telenet-limburg-stijn", "telenet_webmail", "nl",
      ["limburg", "tussentaal", "own-name-in-text", "coming-out", "parents"],
      ("Stijn Vanderhoydonck", "stijn.vdhoydonck@telenet.example"),
      """Heej

Ich bin [[Stijn]], 16 jaor, oet de buurt van Genk.
Ich wil het tegen mien ouders zeggen dat ich homo bin ma ich weet neet hoe.
Mien pap zegt soms dinger aan tafel als er iets op tv is, ni echt erg ma toch.
Mien mam is wel lief ma die vertelt alles door aan mien tante.
Hoe doen anderen da? Moet ich da in ene keer zeggen of eerst aan mien mam alleen?

Bedankt alvast
""",
      subject="coming out thuis"),

    s("smartschool-hanne-pesten", "smartschool", "nl",
      ["school-account", "html-only", "bullying", "school"],
      ("Hanne Goossens (5HWi)", "hanne.goossens@leerling.sint-ursula.example"),
      """Beste

Ik stuur dit via mijn schoolaccount omdat ik thuis niet op mijn eigen mail kan.
In mijn klas is er een groepje meisjes dat mij al sinds september uitlacht omdat ik kort haar heb en geen make-up draag. Ze zeggen dat ik een 'pot' ben en ze gaan weg als ik naast hen kom zitten.
Ik weet zelf eigenlijk nog niet goed wat ik ben en dat maakt het nog moeilijker.
Bij de leerlingenbegeleiding durf ik niet gaan want dan moet ik alles uitleggen en dan weten ze het op school.

Wat kan ik doen?

Dank u
""",
      subject="Pesten",
      html="only"),

    s("school-o365-mila-bestevriendin", "school_o365", "nl",
      ["school-account", "school-signature", "love", "friends", "no-identity-in-body"],
      ("Mila Verhaegen", "mila.verhaegen@student.atheneum-brugge.example"),
      """Hoi,

ik denk dat ik verliefd ben op mijn beste vriendin.
We doen alles samen, we slapen bij elkaar en ik wil dat eigenlijk niet kapotmaken.
Soms denk ik dat zij het ook voelt, want ze pakt mijn hand vast als we naar de film gaan, maar misschien doet ze dat gewoon omdat ze zo is.
Moet ik het haar zeggen?? Of is dat dom

x""",
      subject="vraagje",
      sig="""[[Mila Verhaegen]]
Leerling 5 Latijn-Wiskunde
[[Koninklijk Atheneum Brugge]]"""),

    s("iphone-robbe-emoji", "iphone", "nl",
      ["emoji", "no-identity-in-body", "love", "one-phrase-per-line"],
      ("Robbe ✨", "robbe.dh@icloud.example"),
      """ik ben verliefd op mijn beste vriend 😭😭
en hij heeft een lief
en ik moet elke dag naast hem zitten in de bus 🚌
wat moet ik doen 🙃""",
      subject="😭"),

    s("outlook-web-kai-nonbinary", "outlook_web", "nl",
      ["mixed-language", "own-name-in-text", "gender-identity", "parents"],
      ("Laura Maes", "laura.maes2009@hotmail.example"),
      """hey

idk of dit de juiste plek is maar ok
ik ben 15 en ik denk dat ik non-binary ben. ik voel me gewoon geen meisje maar ook niet echt een jongen, gewoon... ik?
online noemen mijn vrienden mij [[Kai]] en ze zeggen die/hun en dat voelt literally zo veel beter
maar thuis is het nog altijd [[Laura]] en "ons meisje" en ik word daar echt zo moe van
mijn ouders zijn niet slecht maar ze snappen zoiets gewoon niet, mijn papa denkt dat het iets van TikTok is

hoe leg je dit uit aan mensen die er niks van weten?

thx
[[Kai]] (die/hun)
""",
      subject="non binary"),

    s("samsung-gsm-mama-lines", "samsung", "nl",
      ["parent-account", "one-phrase-per-line", "no-identity-in-body", "parents"],
      ("Nathalie Claes", "nathalie.claes@skynet.example"),
      """hallo
dit is de gsm van mijn mama
ze weet niet dat ik jullie mail
ik heb zelf nog geen gsm
ik ben 12
ik denk de hele tijd aan een meisje uit mijn klas
is dat raar als je een meisje bent
aub niet naar dit adres terugschrijven als mama kijkt
ik verwijder deze mail straks""",
      subject=""),

    s("outlook-reply-lucas-volunteer", "outlook_desktop", "nl",
      ["reply-with-quote", "quote-header-with-name", "parents", "coming-out"],
      ("Lucas Vermeiren", "lucas.vermeiren@skynet.example"),
      """Dag Lumi,

Bedankt voor jullie uitgebreid antwoord, ik heb het een paar keer gelezen.
Ik heb het gisteren aan mijn mama verteld. Ze moest eerst wat wenen maar daarna zei ze dat ze me graag ziet en dat er niks verandert. Mijn papa weet het nog niet, ze wil dat ik dat zelf doe.
Ik ben opgelucht maar ook bang voor mijn papa.

Mag ik nog eens schrijven als het gebeurd is?

Groeten""",
      subject="RE: coming out",
      quote="""Dag,

Wat fijn dat je ons schrijft, en wat moedig dat je erover nadenkt om het thuis te vertellen.
Je hoeft niks te haasten: jij kiest wanneer en aan wie. Veel jongeren beginnen bij de persoon bij wie ze zich het veiligst voelen.
Als je wil, kunnen we samen bekijken wat je zou willen zeggen.

Hou je goed,
Lumi""",
      quote_to="Lucas Vermeiren <lucas.vermeiren@skynet.example>"),

    s("yahoo-ella-zelfmoordlijn", "yahoo", "nl",
      ["long", "no-identity-in-body", "self-harm", "school"],
      ("Ella", "ella_x_2009@yahoo.example"),
      """Hallo,

Ik weet niet goed hoe ik moet beginnen.
Het gaat al een tijd niet goed met mij. Ik slaap slecht, ik eet bijna niks meer en op school haal ik alleen maar buizen terwijl ik vroeger goede punten had.
Soms denk ik dat het voor iedereen beter zou zijn als ik er niet meer was. Ik zou het niet echt doen denk ik, maar de gedachte komt elke avond terug.
Ik heb een keer naar 1813 gebeld maar ik heb direct ingelegd toen iemand opnam, ik wist niet wat zeggen.
Mijn ouders hebben het druk met mijn kleine broer die ziek is en ik wil hen niet nog meer zorgen geven.
Ik denk ook dat ik op meisjes val en dat maakt alles nog verwarrender.

Sorry voor de lange mail.""",
      subject="ik weet het niet meer"),

    s("gmail-web-dries-gsm-papa", "gmail_web", "nl",
      ["antwerp", "tussentaal", "own-name-in-text", "phone-in-text", "parents", "coming-out"],
      ("Dries Van Dyck", "dries.vandyck@gmail.example"),
      """yo

ik ben [[Dries]], 17, van Antwerpen (Borgerhout)
mijn pa is echt ni cool met homos, hij zegt altijd da ze ziek zijn en da hij zijn zoon zou buitensmijten
en ik ben dus... ja ge snapt het wel
ik heb een lief, hij heet Milan en hij is 18, mijn pa weet van niks
ik ben bang da hij het ontdekt want mijn zus heeft ons al eens gezien aan de Groenplaats

ge moogt mij ook sms'en op [[0478 12 34 90]] ma ni na 18u want dan is mijn pa thuis en die kijkt soms op mijn gsm

thx
""",
      subject="mijn pa"),
]
